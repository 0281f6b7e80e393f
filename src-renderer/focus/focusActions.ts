import { structureOf } from '../../src-shared/model/structure';
import type { ActionContext } from '../actions/actionContext';
import { soleSelectedNode } from '../actions/selection';

/** What focusing reaches: the document's store and the canvas's camera. */
type Scope = Pick<ActionContext, 'editor' | 'flow'>;

const afterDrawing = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
const duration = () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 250);

/** Frames the claim in focus and its reasons once the canvas has drawn them. */
function frameFocus(ctx: Scope, claimId: string) {
  afterDrawing(() => {
    const ids = [claimId, ...structureOf(ctx.editor.getState().map).reasonsOf(claimId)];
    void ctx.flow.fitView({
      nodes: ids.map((id) => ({ id })),
      padding: 0.15,
      maxZoom: 1.2,
      duration: duration(),
    });
  });
}

/** Shows one claim on its own (or steps down into the selected reason when already in focus). */
export function focusOn(ctx: Scope, claimId: string): void {
  const state = ctx.editor.getState();
  if (!state.map.nodes.some((node) => node.id === claimId)) return;
  const restore = state.focus?.restore ?? {
    viewport: ctx.flow.getViewport(),
    selectedIds: state.selectedIds,
  };
  const box = document.querySelector('.react-flow')?.getBoundingClientRect();
  // Room for the path along the top.
  const frame = { width: box?.width || window.innerWidth, height: (box?.height || window.innerHeight) - 60 };
  state.setFocus({ claimId, restore, frame });
  state.select([claimId]);
  frameFocus(ctx, claimId);
}

export function enterFocus(ctx: ActionContext): void {
  const node = soleSelectedNode(ctx.editor.getState());
  if (node) focusOn(ctx, node.id);
  else ctx.editor.getState().showFlash('Select one claim to focus on.');
}

/** Steps back up: the claim above the one in focus, with the one left behind selected. */
export function focusUp(ctx: ActionContext): void {
  const { focus, map, showFlash, select } = ctx.editor.getState();
  if (!focus) return;
  const [above] = structureOf(map).claimsOf(focus.claimId);
  if (!above) {
    showFlash('This is the top of the argument; Esc shows the whole map.');
    return;
  }
  focusOn(ctx, above);
  select([focus.claimId]);
}

/** Back to the whole map, exactly as it was: the same view and the same selection. */
export function leaveFocus(ctx: ActionContext): void {
  const { focus, setFocus, select, map } = ctx.editor.getState();
  if (!focus) return;
  setFocus(null);
  const exists = new Set([...map.nodes.map((node) => node.id), ...map.edges.map((edge) => edge.id)]);
  select([...focus.restore.selectedIds].filter((id) => exists.has(id)));
  afterDrawing(() => void ctx.flow.setViewport(focus.restore.viewport));
}
