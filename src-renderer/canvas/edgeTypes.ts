import type { EdgeTypes } from '@xyflow/react';
import { LinkEdge } from './LinkEdge';

/** Defined once at module scope, as nodeTypes is: every link is drawn by LinkEdge. */
export const edgeTypes = { default: LinkEdge } as EdgeTypes;
