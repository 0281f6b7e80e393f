import { searchNodes } from '../../src-shared/model/search';
import { structureOf } from '../../src-shared/model/structure';
import type { EditorStoreState } from '../store/editorStore';
import type { ActionContext } from './actionContext';
import { revealNode } from './reveal';

const cache = new WeakMap<object, { key: string; ids: string[] }>();

/** The ids the open search finds, in reading order (thesis first), so Next walks the argument. */
export function findMatches(state: EditorStoreState): string[] {
  const { find, map } = state;
  if (!find.open) return [];
  const key = `${find.query}\u0000${[...find.kinds].sort().join(',')}`;
  const cached = cache.get(map.nodes);
  if (cached?.key === key) return cached.ids;
  const found = new Set(
    searchNodes(map.nodes, { text: find.query, kinds: find.kinds }).map((node) => node.id),
  );
  const ids = structureOf(map)
    .readingOrder()
    .filter((id) => found.has(id));
  cache.set(map.nodes, { key, ids });
  return ids;
}

/** Selects and shows the next (or previous) match, wrapping around. */
export function stepFind(ctx: ActionContext, by: 1 | -1): void {
  const state = ctx.editor.getState();
  if (!state.find.open) {
    state.setFind({ open: true });
    return;
  }
  const matches = findMatches(state);
  if (matches.length === 0) return;
  const current = (((state.find.current + by) % matches.length) + matches.length) % matches.length;
  state.setFind({ current });
  const node = state.map.nodes.find((candidate) => candidate.id === matches[current]);
  if (!node) return;
  state.select([node.id]);
  revealNode(ctx, node);
}
