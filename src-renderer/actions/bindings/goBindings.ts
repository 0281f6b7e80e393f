import { mapOrder } from '../../../src-shared/a11y/order';
import { structureOf } from '../../../src-shared/model/structure';
import { nextUnmappedPassage } from '../../source/passageSelection';
import type { ActionContext } from '../actionContext';
import { nextLink } from '../linkWalk';
import { revealNode } from '../reveal';
import { soleSelectedEdge, soleSelectedNode } from '../selection';
import type { Bindings } from './types';

/** Moves the selection to another node, found from the selected one along the argument's structure. */
function go(find: (ctx: ActionContext, from: string | null) => string | undefined) {
  return {
    run: (ctx: ActionContext) => {
      const state = ctx.editor.getState();
      const target = find(ctx, soleSelectedNode(state)?.id ?? null);
      const node = state.map.nodes.find((candidate) => candidate.id === target);
      if (!node) return;
      state.select([node.id]);
      revealNode(ctx, node);
    },
  };
}

const structure = (ctx: ActionContext) => structureOf(ctx.editor.getState().map);
const step = (list: readonly string[], from: string, by: number) => list[list.indexOf(from) + by];
const inOrder = (by: number) =>
  go((ctx, from) => {
    const order = mapOrder(ctx.editor.getState().map);
    return from === null ? order[by > 0 ? 0 : order.length - 1] : step(order, from, by);
  });
const onlyWithSelection = {
  enabled: (ctx: ActionContext) => soleSelectedNode(ctx.editor.getState()) !== null,
};
/** On a selected link, ↑ goes to the claim it bears on and ↓ to the reason it comes from. */
const onNodeOrLink = {
  enabled: (ctx: ActionContext) =>
    soleSelectedNode(ctx.editor.getState()) !== null || soleSelectedEdge(ctx.editor.getState()) !== null,
};
const linkEnd = (ctx: ActionContext, end: 'from' | 'to') => soleSelectedEdge(ctx.editor.getState())?.[end];

export const goBindings: Bindings<'go'> = {
  'go.claim': {
    ...onNodeOrLink,
    ...go((ctx, from) => (from ? structure(ctx).claimsOf(from)[0] : linkEnd(ctx, 'to'))),
  },
  'go.reason': {
    ...onNodeOrLink,
    ...go((ctx, from) => (from ? structure(ctx).reasonsOf(from)[0] : linkEnd(ctx, 'from'))),
  },
  'go.previousSibling': {
    ...onlyWithSelection,
    ...go((ctx, from) => (from ? step(structure(ctx).siblingsOf(from), from, -1) : undefined)),
  },
  'go.nextSibling': {
    ...onlyWithSelection,
    ...go((ctx, from) => (from ? step(structure(ctx).siblingsOf(from), from, 1) : undefined)),
  },
  'go.nextLink': nextLink,
  'go.next': inOrder(1),
  'go.previous': inOrder(-1),
  'go.nextUnmapped': {
    enabled: (ctx) => ctx.editor.getState().map.source !== undefined,
    run: nextUnmappedPassage,
  },
};
