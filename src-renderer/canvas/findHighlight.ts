import { findMatches } from '../actions/find';
import type { EditorStoreState } from '../store/editorStore';

const cache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The nodes an open search found, as a set that keeps its identity while the matches do. Null: no search. */
export function findHighlight(state: EditorStoreState): ReadonlySet<string> | null {
  if (!state.find.open || (!state.find.query.trim() && state.find.kinds.size === 0)) return null;
  const matches = findMatches(state);
  let set = cache.get(matches);
  if (!set) {
    set = new Set(matches);
    cache.set(matches, set);
  }
  return set;
}
