import {
  cardDescription,
  countOf,
  foldedNote,
  linkName,
  nodeDescriptions,
  nodeName,
} from '../../src-shared/a11y/names';
import { foldingOf } from '../../src-shared/fold/folding';
import type { EditorStore, EditorStoreState } from '../store/editorStore';
import { announce } from './announcer';

/**
 * What is said when the selection changes: the node's name, what its fold hides and what it bears on (as
 * its card's description says), a link's name, or a count.
 */
export function selectionAnnouncement(state: EditorStoreState): string | null {
  const { map, selectedIds } = state;
  if (selectedIds.size === 0) return null;
  if (selectedIds.size > 1) return `${countOf(selectedIds.size, 'item')} selected`;
  const [id] = selectedIds;
  const node = map.nodes.find((candidate) => candidate.id === id);
  if (node) {
    const folded = foldingOf(map).hiddenBelow.get(node.id);
    const facts = cardDescription(
      nodeDescriptions(map).get(node.id),
      folded ? foldedNote(folded) : undefined,
    );
    const name = nodeName(node);
    // A pause between the node and the rest, without doubling the sentence's own full stop.
    return facts ? `${name}${/[.!?…]$/.test(name) ? '' : '.'} ${facts}` : name;
  }
  const edge = map.edges.find((candidate) => candidate.id === id);
  if (!edge) return null;
  const byId = (nodeId: string) => map.nodes.find((candidate) => candidate.id === nodeId);
  return `Link: ${linkName(edge, byId(edge.from), byId(edge.to))}`;
}

/** Announces each new selection (not while presenting, where the steps are announced instead). */
export function announceSelections(store: EditorStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.selectedIds === previous.selectedIds || state.presenting) return;
    const message = selectionAnnouncement(state);
    if (message) announce(message);
  });
}
