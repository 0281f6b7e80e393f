import { replaceSourceText } from '../../src-shared/ops/replaceSource';
import type { ActionContext } from './actionContext';

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Map → Replace Source…: main imports the new version; every anchor is found again in one undoable change. */
export async function replaceSource(ctx: ActionContext): Promise<void> {
  const result = await ctx.argmap.import.replacement();
  const state = ctx.editor.getState();
  if (result.status === 'failed') {
    state.showNotice({ title: 'Could not replace the source', message: result.message });
    return;
  }
  if (result.status !== 'imported') return;
  const replaced = replaceSourceText(state.map, result.text);
  if (!replaced) return;
  state.commit(replaced.change);
  const { kept, moved, changed, lost } = replaced.summary;
  const lostNames = lost
    .map((id) => state.map.nodes.find((node) => node.id === id)?.text.slice(0, 60) || id)
    .map((text) => `• ${text}`);
  state.showNotice({
    title: 'Source replaced',
    message: [
      `${count(kept, 'passage')} kept, ${moved} moved, ${changed} changed, ${lost.length} lost.`,
      changed > 0
        ? 'Changed passages are marked "Passage changed" at the top of the source pane: check each one.'
        : '',
      lost.length > 0 ? `Not found, now without a passage:\n${lostNames.join('\n')}` : '',
      'Edit → Undo puts the old version back.',
    ]
      .filter(Boolean)
      .join('\n\n'),
  });
}
