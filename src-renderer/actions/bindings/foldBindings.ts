import { structureOf } from '../../../src-shared/model/structure';
import { collapseToLevel, expandAll, setCollapsed } from '../../../src-shared/ops/foldOps';
import { enterFocus, focusUp, leaveFocus } from '../../focus/focusActions';
import { commitAndCloseUp } from '../../fold/closeUp';
import type { ActionContext } from '../actionContext';
import { selectedNodes } from '../selection';
import type { ActionBinding, Bindings } from './types';

const withSelection = { enabled: (ctx: ActionContext) => selectedNodes(ctx.editor.getState()).length > 0 };

/** Collapse: each selected claim folds; a selected reason without reasons of its own folds its claim. */
function collapse(ctx: ActionContext) {
  const state = ctx.editor.getState();
  const structure = structureOf(state.map);
  const ids = selectedNodes(state).map((node) =>
    structure.reasonsOf(node.id).length > 0 ? node.id : (structure.claimsOf(node.id)[0] ?? node.id),
  );
  const before = state.selectedIds;
  void commitAndCloseUp(ctx, setCollapsed(state.map, { ids, collapsed: true }));
  // A reason that folded away with its claim leaves the selection to that claim.
  if (ctx.editor.getState().map !== state.map && ids.some((id) => !before.has(id)))
    ctx.editor.getState().select(ids);
}

const level = (n: number): ActionBinding => ({
  run: (ctx) => commitAndCloseUp(ctx, collapseToLevel(ctx.editor.getState().map, { level: n })),
});

export const foldBindings: Bindings<'fold'> = {
  'fold.collapse': { ...withSelection, run: collapse },
  'fold.expand': {
    ...withSelection,
    run: (ctx) => {
      const state = ctx.editor.getState();
      const ids = selectedNodes(state).map((node) => node.id);
      return commitAndCloseUp(ctx, setCollapsed(state.map, { ids, collapsed: false }));
    },
  },
  'fold.levelOne': level(1),
  'fold.levelTwo': level(2),
  'fold.levelThree': level(3),
  'fold.expandAll': {
    enabled: (ctx) => ctx.editor.getState().map.nodes.some((node) => node.collapsed),
    run: (ctx) => commitAndCloseUp(ctx, expandAll(ctx.editor.getState().map)),
  },
};

export const focusBindings: Bindings<'focus'> = {
  'focus.claim': { ...withSelection, run: enterFocus },
  'focus.up': { enabled: (ctx) => ctx.editor.getState().focus !== null, run: focusUp },
  'focus.leave': { enabled: (ctx) => ctx.editor.getState().focus !== null, run: leaveFocus },
};
