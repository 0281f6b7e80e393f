import type { ArgMap } from '../model/map';
import { type MapSide, readSides } from './mapSide';
import { matchNodes, type NodeMatching } from './matchNodes';
import { wordsOf } from './textSimilarity';

/** What a matched node's counterpart gets wrong, as a reference reads it. */
export type DifferenceKind = 'kind' | 'relation' | 'speaker' | 'parent';

export interface Difference {
  reference: string;
  other: string;
  what: DifferenceKind;
  /** The reference's value (a kind, a relation, a speaker, or the id of the claim it bears on). */
  reference_value: string | null;
  other_value: string | null;
}

/** How a map compares with a reference map of the same article (`argmap compare --json` prints this). */
export interface MapComparison {
  matched: Array<{ reference: string; other: string }>;
  /** Reference nodes with no counterpart in the other map. */
  missing: string[];
  /** Nodes of the other map with no counterpart in the reference. */
  extra: string[];
  differences: Difference[];
  score: {
    /** Matched ÷ nodes of the other map. */
    precision: number;
    /** Matched ÷ nodes of the reference. */
    recall: number;
    f1: number;
    /** The share of matched nodes with no difference. */
    agreement: number;
  };
}

/** Compares `other` with `reference`, node by node; see `matchNodes` for how nodes are paired. */
export function compareMaps(reference: ArgMap, other: ArgMap): MapComparison {
  const sides = readSides(reference, other);
  const matching = matchNodes(sides.reference, sides.other);
  const idR = (r: number) => sides.reference.nodes[r]?.id as string;
  const idO = (o: number) => sides.other.nodes[o]?.id as string;
  const pairs = [...matching.otherOf].sort((a, b) => a[0] - b[0]);
  const differences = pairs.flatMap(([r, o]) => differencesOf(sides.reference, sides.other, matching, r, o));
  const matched = pairs.length;
  const precision = other.nodes.length === 0 ? 1 : matched / other.nodes.length;
  const recall = reference.nodes.length === 0 ? 1 : matched / reference.nodes.length;
  const differing = new Set(differences.map((difference) => difference.reference)).size;
  return {
    matched: pairs.map(([r, o]) => ({ reference: idR(r), other: idO(o) })),
    missing: reference.nodes.filter((_, r) => !matching.otherOf.has(r)).map((node) => node.id),
    extra: other.nodes.filter((_, o) => !matching.referenceOf.has(o)).map((node) => node.id),
    differences,
    score: {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      agreement: matched === 0 ? (reference.nodes.length === 0 ? 1 : 0) : (matched - differing) / matched,
    },
  };
}

function differencesOf(
  reference: MapSide,
  other: MapSide,
  matching: NodeMatching,
  r: number,
  o: number,
): Difference[] {
  const a = reference.nodes[r];
  const b = other.nodes[o];
  if (!a || !b) return [];
  const found: Difference[] = [];
  const differ = (what: DifferenceKind, referenceValue: string | null, otherValue: string | null) =>
    found.push({
      reference: a.id,
      other: b.id,
      what,
      reference_value: referenceValue,
      other_value: otherValue,
    });

  if (a.kind !== b.kind) differ('kind', a.kind, b.kind);
  if (a.quote && b.quote && !sameSpeaker(a.quote.speaker, b.quote.speaker))
    differ('speaker', a.quote.speaker, b.quote.speaker);

  const linksA = reference.links[r] ?? [];
  const linksB = other.links[o] ?? [];
  const counterpart = (claim: string) => {
    const index = matching.otherOf.get(reference.index.get(claim) ?? -1);
    return index === undefined ? undefined : other.nodes[index]?.id;
  };
  // The link of the other node to the counterpart of one of the reference's claims, if it has one.
  const agreeing = linksA
    .map((link) => ({ link, twin: linksB.find((twin) => twin.to === counterpart(link.to)) }))
    .find((pair) => pair.twin !== undefined);
  if (!agreeing && (linksA.length > 0 || linksB.length > 0))
    differ('parent', linksA[0]?.to ?? null, linksB[0]?.to ?? null);
  const [linkA, linkB] = agreeing ? [agreeing.link, agreeing.twin] : [linksA[0], linksB[0]];
  if (linkA && linkB && linkA.relation !== linkB.relation) differ('relation', linkA.relation, linkB.relation);
  return found;
}

function sameSpeaker(a: string, b: string): boolean {
  return wordsOf(a).join(' ') === wordsOf(b).join(' ');
}
