import type { ArgNode } from '../model/map';

const WORDS = 6;
const MAX_LENGTH = 48;

/**
 * A readable, unique Argdown title for each node, from the first words of its text ("Trade would grow"):
 * letters, digits, spaces, apostrophes and hyphens only, so a title never needs escaping.
 */
export function argdownTitles(nodes: readonly ArgNode[]): Map<string, string> {
  const used = new Set<string>();
  const counts = new Map<string, number>();
  const titles = new Map<string, string>();
  for (const node of nodes) {
    const words = node.text
      .replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ')
      .split(/\s+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word))
      .slice(0, WORDS);
    let base = words.join(' ').slice(0, MAX_LENGTH).trim();
    if (!base) base = node.kind.charAt(0).toUpperCase() + node.kind.slice(1);
    let title = base;
    for (let n = counts.get(base) ?? 2; used.has(title.toLowerCase()); n++) {
      title = `${base} ${n}`;
      counts.set(base, n + 1);
    }
    used.add(title.toLowerCase());
    titles.set(node.id, title);
  }
  return titles;
}
