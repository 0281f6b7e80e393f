import type { ActionId } from '../../src-shared/actions/catalog';
import type { ActionContext } from './actionContext';
import { addReason } from './addReason';
import { closeWindow, openMap, saveMap } from './fileActions';

/** What an action does in the renderer, and when it can run. */
export interface ActionBinding {
  enabled?(ctx: ActionContext): boolean;
  run(ctx: ActionContext): unknown;
}

const ZOOM = { duration: 200 };

/** Every action of the catalog, bound. The type makes a missing binding a compile error. */
export const BINDINGS: Record<ActionId, ActionBinding> = {
  'file.new': { run: (ctx) => ctx.argmap.file.new() },
  'file.open': { run: openMap },
  'file.save': { run: (ctx) => saveMap(ctx) },
  'file.saveAs': { run: (ctx) => saveMap(ctx, { as: true }) },
  'file.close': { run: closeWindow },
  'edit.undo': {
    enabled: (ctx) => ctx.editor.getState().history.undo.length > 0,
    run: (ctx) => ctx.editor.getState().undo(),
  },
  'edit.redo': {
    enabled: (ctx) => ctx.editor.getState().history.redo.length > 0,
    run: (ctx) => ctx.editor.getState().redo(),
  },
  'edit.text': {
    enabled: (ctx) => singleSelectedNode(ctx) !== null,
    run: (ctx) => {
      const id = singleSelectedNode(ctx);
      if (id) ctx.editor.getState().startEditing(id);
    },
  },
  'view.zoomIn': { run: (ctx) => ctx.flow.zoomIn(ZOOM) },
  'view.zoomOut': { run: (ctx) => ctx.flow.zoomOut(ZOOM) },
  'view.actualSize': { run: (ctx) => ctx.flow.zoomTo(1, ZOOM) },
  'view.fit': { run: (ctx) => ctx.flow.fitView({ ...ZOOM, padding: 0.12 }) },
  'node.addPremise': { run: (ctx) => addReason(ctx, 'premise') },
  'node.addCounterpoint': { run: (ctx) => addReason(ctx, 'counterpoint') },
  'node.addRebuttal': { run: (ctx) => addReason(ctx, 'rebuttal') },
  'node.addQuote': { run: (ctx) => addReason(ctx, 'quote') },
  'view.toggleSource': {
    enabled: (ctx) => ctx.editor.getState().map.source !== undefined,
    run: (ctx) => ctx.editor.getState().toggleSource(),
  },
  'help.shortcuts': { run: (ctx) => ctx.editor.getState().showShortcuts(true) },
};

function singleSelectedNode(ctx: ActionContext): string | null {
  const { selectedIds, map } = ctx.editor.getState();
  if (selectedIds.size !== 1) return null;
  const [id] = selectedIds;
  return map.nodes.some((node) => node.id === id) ? (id ?? null) : null;
}
