import type { NodeKind } from '../../../src-shared/model/map';
import { type Alignment, type Axis, alignNodes, distributeNodes } from '../../../src-shared/ops/arrange';
import { reverseEdge, setEdgeRelation } from '../../../src-shared/ops/edgeOps';
import { setPinned } from '../../../src-shared/ops/fieldOps';
import type { ActionContext } from '../actionContext';
import { addReason } from '../addReason';
import { applyResult } from '../applyResult';
import { drawnSizes } from '../drawnSizes';
import { layOut } from '../layoutActions';
import { replaceSource } from '../replaceSourceAction';
import { selectedNodes, soleSelectedEdge } from '../selection';
import type { ActionBinding, Bindings } from './types';

const add = (kind: NodeKind): ActionBinding => ({ run: (ctx) => addReason(ctx, kind) });
const withSource = { enabled: (ctx: ActionContext) => ctx.editor.getState().map.source !== undefined };
const withEdge = { enabled: (ctx: ActionContext) => soleSelectedEdge(ctx.editor.getState()) !== null };
const withNodes = (least: number) => ({
  enabled: (ctx: ActionContext) => selectedNodes(ctx.editor.getState()).length >= least,
});
const ids = (ctx: ActionContext) => selectedNodes(ctx.editor.getState()).map((node) => node.id);
const align = (to: Alignment): ActionBinding => ({
  ...withNodes(2),
  run: (ctx) =>
    applyResult(ctx, alignNodes(ctx.editor.getState().map, { ids: ids(ctx), to, sizes: drawnSizes(ctx) })),
});
const distribute = (axis: Axis): ActionBinding => ({
  ...withNodes(3),
  run: (ctx) =>
    applyResult(
      ctx,
      distributeNodes(ctx.editor.getState().map, { ids: ids(ctx), axis, sizes: drawnSizes(ctx) }),
    ),
});

export const nodeBindings: Bindings<'node'> = {
  'node.addPremise': add('premise'),
  'node.addCounterpoint': add('counterpoint'),
  'node.addRebuttal': add('rebuttal'),
  'node.addQuote': add('quote'),
  'node.addNote': add('note'),
};

export const edgeBindings: Bindings<'edge'> = {
  'edge.switchRelation': {
    ...withEdge,
    run: (ctx) => {
      const edge = soleSelectedEdge(ctx.editor.getState());
      if (!edge) return;
      const relation = edge.relation === 'supports' ? 'opposes' : 'supports';
      applyResult(ctx, setEdgeRelation(ctx.editor.getState().map, { id: edge.id, relation }));
    },
  },
  'edge.reverse': {
    ...withEdge,
    run: (ctx) => {
      const edge = soleSelectedEdge(ctx.editor.getState());
      if (edge) applyResult(ctx, reverseEdge(ctx.editor.getState().map, { id: edge.id }));
    },
  },
};

export const mapBindings: Bindings<'map'> = {
  'map.layout': { run: (ctx) => layOut(ctx) },
  'map.tidy': { ...withNodes(2), run: (ctx) => layOut(ctx, new Set(ids(ctx))) },
  'map.pin': {
    ...withNodes(1),
    run: (ctx) => {
      const nodes = selectedNodes(ctx.editor.getState());
      // Pin all unless all are pinned already: the common toggle of a mixed selection.
      const pinned = !nodes.every((node) => node.pinned);
      applyResult(ctx, setPinned(ctx.editor.getState().map, { ids: nodes.map((node) => node.id), pinned }));
    },
  },
  'map.alignLeft': align('left'),
  'map.alignCentre': align('centre'),
  'map.alignRight': align('right'),
  'map.alignTop': align('top'),
  'map.alignMiddle': align('middle'),
  'map.alignBottom': align('bottom'),
  'map.distributeHorizontally': distribute('horizontal'),
  'map.distributeVertically': distribute('vertical'),
  'map.sourceInfo': { ...withSource, run: (ctx) => ctx.editor.getState().showSourceInfo(true) },
  'map.replaceSource': { ...withSource, run: replaceSource },
  'map.findQuotes': { ...withSource, run: (ctx) => ctx.editor.getState().showQuoteFinder(true) },
};
