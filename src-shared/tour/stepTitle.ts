import type { ArgNode } from '../model/map';

const WORDS = 6;
const MAX_LENGTH = 60;

/**
 * A short title for a step about a node: its first six words, with an ellipsis when there are more.
 * A quote's title keeps its quotation marks, so it is not mistaken for the author's own words.
 * An empty node gives an empty title.
 */
export function stepTitle(node: Pick<ArgNode, 'kind' | 'text'>): string {
  const words = node.text.trim().split(/\s+/u).filter(Boolean);
  let title = words.slice(0, WORDS).join(' ');
  let cut = words.length > WORDS;
  if (title.length > MAX_LENGTH) {
    // Cut between code points, never inside a surrogate pair.
    title = [...title].slice(0, MAX_LENGTH).join('').trimEnd();
    cut = true;
  }
  if (!title) return '';
  const text = cut ? `${title.replace(/[\s.,;:!?…]+$/u, '')}…` : title;
  return node.kind === 'quote' ? `“${text}”` : text;
}
