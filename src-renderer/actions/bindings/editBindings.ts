import { countOf } from '../../../src-shared/a11y/names';
import { deleteElements } from '../../../src-shared/ops/deleteOps';
import { announce } from '../../a11y/announcer';
import { applyResult } from '../applyResult';
import { duplicateSelection } from '../clipboard';
import { copyAsPng, copyAsSvg } from '../exportActions';
import { pasteAsNewMap } from '../fileActions';
import { stepFind } from '../find';
import { selectedEdges, selectedNodes, soleSelectedNode } from '../selection';
import type { Bindings } from './types';

const hasSelection = (ctx: Parameters<NonNullable<Bindings<'edit'>['edit.delete']['enabled']>>[0]) =>
  ctx.editor.getState().selectedIds.size > 0;

/** The platform's clipboard commands raise copy/cut/paste events, which useClipboard handles. */
const platformCommand = (command: 'cut' | 'copy' | 'paste') => () => document.execCommand(command);

export const editBindings: Bindings<'edit'> = {
  'edit.undo': {
    enabled: (ctx) => ctx.editor.getState().history.undo.length > 0,
    run: (ctx) => {
      const entry = ctx.editor.getState().history.undo.at(-1);
      ctx.editor.getState().undo();
      if (entry) announce(`Undone: ${entry.change.label}`);
    },
  },
  'edit.redo': {
    enabled: (ctx) => ctx.editor.getState().history.redo.length > 0,
    run: (ctx) => {
      const entry = ctx.editor.getState().history.redo.at(-1);
      ctx.editor.getState().redo();
      if (entry) announce(`Redone: ${entry.change.label}`);
    },
  },
  'edit.cut': { enabled: hasSelection, run: platformCommand('cut') },
  'edit.copy': { enabled: hasSelection, run: platformCommand('copy') },
  'edit.paste': { run: platformCommand('paste') },
  'edit.copyPng': { run: copyAsPng },
  'edit.copySvg': { run: copyAsSvg },
  'edit.pasteAsNewMap': { run: pasteAsNewMap },
  'edit.duplicate': {
    enabled: (ctx) => selectedNodes(ctx.editor.getState()).length > 0,
    run: duplicateSelection,
  },
  'edit.delete': {
    enabled: hasSelection,
    run: (ctx) => {
      const state = ctx.editor.getState();
      const nodeIds = selectedNodes(state).map((node) => node.id);
      const edgeIds = selectedEdges(state).map((edge) => edge.id);
      if (!applyResult(ctx, deleteElements(state.map, { nodeIds, edgeIds }))) return;
      ctx.editor.getState().select([]);
      const what = [
        ...(nodeIds.length > 0 ? [countOf(nodeIds.length, 'node')] : []),
        ...(edgeIds.length > 0 ? [countOf(edgeIds.length, 'link')] : []),
      ];
      announce(`Deleted ${what.join(' and ')}`);
    },
  },
  'edit.selectAll': {
    run: (ctx) => ctx.editor.getState().select(ctx.editor.getState().map.nodes.map((node) => node.id)),
  },
  'edit.text': {
    enabled: (ctx) => soleSelectedNode(ctx.editor.getState()) !== null,
    run: (ctx) => {
      const node = soleSelectedNode(ctx.editor.getState());
      if (node) ctx.editor.getState().startEditing(node.id);
    },
  },
  'edit.find': { run: (ctx) => ctx.editor.getState().setFind({ open: true }) },
  'edit.findNext': { run: (ctx) => stepFind(ctx, 1) },
  'edit.findPrevious': { run: (ctx) => stepFind(ctx, -1) },
};
