import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../src-shared/model/map';
import { QuoteNode } from './nodes/QuoteNode';
import { StatementNode } from './nodes/StatementNode';

/** Defined once at module scope: React Flow remounts every node if this object changes identity. */
export const nodeTypes = {
  thesis: StatementNode,
  premise: StatementNode,
  counterpoint: StatementNode,
  rebuttal: StatementNode,
  note: StatementNode,
  quote: QuoteNode,
} satisfies Record<NodeKind, unknown> as NodeTypes;
