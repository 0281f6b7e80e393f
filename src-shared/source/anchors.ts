import type { ArgMap, ArgNode } from '../model/map';

/** Whether a node's passage still reads as it did when it was anchored. */
export function passageChanged(node: ArgNode, sourceText: string | undefined): boolean {
  if (!node.anchor) return false;
  return (
    sourceText === undefined || sourceText.slice(node.anchor.start, node.anchor.end) !== node.anchor.exact
  );
}

const changedCache = new WeakMap<
  readonly ArgNode[],
  { text: string | undefined; ids: ReadonlySet<string> }
>();

/**
 * The nodes whose `anchor.exact` no longer matches the source text. They are shown as "passage changed";
 * nothing is re-anchored silently. Cached per node list, since every node asks on each render.
 */
export function changedPassages(map: Pick<ArgMap, 'source' | 'nodes'>): ReadonlySet<string> {
  const text = map.source?.text;
  const cached = changedCache.get(map.nodes);
  if (cached && cached.text === text) return cached.ids;
  const ids = new Set(map.nodes.filter((node) => passageChanged(node, text)).map((node) => node.id));
  changedCache.set(map.nodes, { text, ids });
  return ids;
}

/** The anchor for a selection of the source text. */
export function anchorFor(sourceText: string, start: number, end: number): NonNullable<ArgNode['anchor']> {
  return { start, end, exact: sourceText.slice(start, end) };
}
