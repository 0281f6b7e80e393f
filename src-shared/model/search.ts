import type { ArgNode, NodeKind } from './map';

export interface SearchQuery {
  text: string;
  /** Only nodes of these kinds; all kinds when empty. */
  kinds: ReadonlySet<NodeKind>;
}

/** Folds case and accents, so "seric" finds "Šerić" and "JAPAN" finds "Japan". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The nodes a search finds, in the order given: text, speaker, role, notes and tags are searched. */
export function searchNodes(nodes: readonly ArgNode[], query: SearchQuery): ArgNode[] {
  const needle = fold(query.text.trim());
  return nodes.filter((node) => {
    if (query.kinds.size > 0 && !query.kinds.has(node.kind)) return false;
    if (!needle) return query.kinds.size > 0;
    const haystack = [node.text, node.quote?.speaker, node.quote?.role, node.notes, ...(node.tags ?? [])];
    return haystack.some((field) => field !== undefined && fold(field).includes(needle));
  });
}
