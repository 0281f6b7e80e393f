import { createContext } from 'react';

/**
 * Whether the canvas around leaves what is out of view out of the page (see visibleOnly.ts), for the
 * parts that cull for themselves: a long link's pieces. Other canvases (presenting, the compared map)
 * draw every piece.
 */
export const DrawsVisibleOnly = createContext(false);
