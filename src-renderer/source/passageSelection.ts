import { changedPassages } from '../../src-shared/source/anchors';
import { sourceCoverage } from '../../src-shared/source/coverage';
import type { ActionContext } from '../actions/actionContext';
import { currentSourceSelection } from './domOffsets';
import { revealPassage } from './sourceView';

/**
 * Selects a passage of the source in the page, as if the user had dragged over it (drawing its paragraphs
 * first if they are out of view); scrolls it into view when asked.
 */
export async function selectPassage(
  start: number,
  end: number,
  options: { scroll?: boolean } = {},
): Promise<void> {
  const range = await revealPassage(start, end);
  if (!range) return;
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (options.scroll) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

/** Go → Next Unmapped Passage: selects the next sentence no node anchors, after the current selection (wrapping). */
export function nextUnmappedPassage(ctx: ActionContext): void {
  const state = ctx.editor.getState();
  const text = state.map.source?.text;
  if (text === undefined) return;
  if (!state.sourceVisible) state.toggleSource();
  const { unmapped } = sourceCoverage(text, state.map.nodes, changedPassages(state.map));
  if (unmapped.length === 0) {
    state.showFlash('Every sentence of the source is mapped.');
    return;
  }
  const from = (currentSourceSelection() ?? state.sourceSelection)?.end ?? -1;
  const next = unmapped.find((sentence) => sentence.start >= from) ?? unmapped[0];
  // The pane may have just been shown: select once it is drawn.
  if (next) requestAnimationFrame(() => void selectPassage(next.start, next.end, { scroll: true }));
}
