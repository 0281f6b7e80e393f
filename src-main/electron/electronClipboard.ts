import { ClipboardItem, clipboard } from 'electron';
import type { Clipboard } from '../app/exportService';

/** The system clipboard, written by main: Electron refuses a page's clipboard writes of images. */
export const electronClipboard: Clipboard = {
  writePng: (png) =>
    clipboard.write([
      new ClipboardItem({ 'image/png': new Blob([Uint8Array.from(png)], { type: 'image/png' }) }),
    ]),
  // As an SVG image where the platform takes one, and always as its text (editors and tools take that).
  writeSvg: (svg) =>
    clipboard.write([
      new ClipboardItem({ 'image/svg+xml': new Blob([svg], { type: 'image/svg+xml' }), 'text/plain': svg }),
    ]),
};
