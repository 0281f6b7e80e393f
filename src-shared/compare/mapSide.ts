import type { ArgEdge, ArgMap, ArgNode } from '../model/map';
import { type OffsetMapper, offsetMapper } from './sourceOffsets';
import { wordsOf } from './textSimilarity';

/** One map as the comparison reads it: its nodes in order, their words, passages and the claims they bear on. */
export interface MapSide {
  map: ArgMap;
  nodes: readonly ArgNode[];
  index: ReadonlyMap<string, number>;
  words: readonly string[][];
  /** Each node's passage in the reference's source text (mapped across when the sources differ). */
  passages: ReadonlyArray<{ start: number; end: number } | undefined>;
  /** Each node's links to the claims it bears on, in map order: the first is its claim. */
  links: ReadonlyArray<readonly ArgEdge[]>;
}

/** Reads a map for comparison; `toReference` carries its anchors into the reference's source text. */
export function readSide(map: ArgMap, toReference: OffsetMapper = (offset) => offset): MapSide {
  const index = new Map(map.nodes.map((node, i) => [node.id, i]));
  const links: ArgEdge[][] = map.nodes.map(() => []);
  for (const edge of map.edges) links[index.get(edge.from) ?? -1]?.push(edge);
  return {
    map,
    nodes: map.nodes,
    index,
    words: map.nodes.map((node) => wordsOf(node.text)),
    passages: map.nodes.map((node) =>
      node.anchor ? { start: toReference(node.anchor.start), end: toReference(node.anchor.end) } : undefined,
    ),
    links,
  };
}

/** Both sides of a comparison, the other map's anchors carried into the reference's source. */
export function readSides(reference: ArgMap, other: ArgMap): { reference: MapSide; other: MapSide } {
  const referenceText = reference.source?.text;
  const otherText = other.source?.text;
  const sameSource = referenceText !== undefined && otherText !== undefined;
  return {
    reference: readSide(reference),
    other: sameSource
      ? readSide(other, offsetMapper(otherText, referenceText))
      : stripPassages(readSide(other)),
  };
}

/** Without a shared source, offsets mean nothing across the two maps: only text and structure count. */
function stripPassages(side: MapSide): MapSide {
  return { ...side, passages: side.nodes.map(() => undefined) };
}

/** The id of the claim a node bears on (its first link), if any. */
export function claimOf(side: MapSide, i: number): string | undefined {
  return side.links[i]?.[0]?.to;
}
