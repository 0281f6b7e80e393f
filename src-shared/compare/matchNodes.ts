import { claimOf, type MapSide } from './mapSide';
import { passageOverlap } from './sourceOffsets';
import { textSimilarity } from './textSimilarity';

/** Node pairs as indices into each side's nodes: `reference[i]` is matched with `other[otherOf[i]]`. */
export interface NodeMatching {
  otherOf: Map<number, number>;
  referenceOf: Map<number, number>;
}

/** A pair scoring at least this is a match; structure can lift a pair over it. */
const MATCH_FLOOR = 0.45;
/** In the first round only pairs this sure (and not tied with another) are taken, so structure settles ties. */
const SURE = 0.7;
/** How close two candidates for one node must be to count as a tie. */
const TIE = 0.05;
/** The lift a pair gets when the claims the two nodes bear on are matched with each other. */
const SAME_CLAIM = 0.2;
const SAME_KIND = 0.05;
/** Words (or pairs of words) found in more nodes than this are too common to suggest a pair on their own. */
const COMMON_WORD = 40;
/** A node's rarest word or pair suggests pairs up to this many holders, so every node has candidates. */
const RAREST_KEY = 400;

interface Pair {
  r: number;
  o: number;
  score: number;
}

/**
 * Matches the nodes of two maps one to one: first by how much of the source their passages share, then by
 * how alike their texts read, then by structure (a node whose claim is matched is likelier to match a
 * reason of that claim's counterpart). Ids, order and positions play no part. Deterministic.
 */
export function matchNodes(reference: MapSide, other: MapSide): NodeMatching {
  const matching: NodeMatching = { otherOf: new Map(), referenceOf: new Map() };
  const candidates = candidatePairs(reference, other);
  const base = (r: number, o: number) => baseScore(reference, other, r, o);
  const scored = candidates.map(([r, o]) => ({ r, o, score: base(r, o) }));
  take(matching, unambiguous(scored.filter((pair) => pair.score >= SURE)));
  // Each round lets the matches of claims lift their reasons; it stops when nothing more is matched.
  for (let round = 0; round < 8; round++) {
    const before = matching.otherOf.size;
    const lifted = [...scored, ...reasonsOfMatchedClaims(reference, other, matching, base)]
      .filter((pair) => !matching.otherOf.has(pair.r) && !matching.referenceOf.has(pair.o))
      .map((pair) => ({ ...pair, score: pair.score + structureLift(reference, other, matching, pair) }));
    take(
      matching,
      lifted.filter((pair) => pair.score >= MATCH_FLOOR),
    );
    if (matching.otherOf.size === before) break;
  }
  return matching;
}

function baseScore(reference: MapSide, other: MapSide, r: number, o: number): number {
  const text = textSimilarity(reference.words[r] ?? [], other.words[o] ?? []);
  const a = reference.passages[r];
  const b = other.passages[o];
  const kind = reference.nodes[r]?.kind === other.nodes[o]?.kind ? SAME_KIND : 0;
  if (a && b) return 0.6 * passageOverlap(a, b) + 0.4 * text + kind;
  return text + kind;
}

function structureLift(reference: MapSide, other: MapSide, matching: NodeMatching, pair: Pair): number {
  const claimR = claimOf(reference, pair.r);
  const claimO = claimOf(other, pair.o);
  if (claimR === undefined || claimO === undefined) return claimR === claimO ? SAME_CLAIM / 2 : 0;
  const matchedClaim = matching.otherOf.get(reference.index.get(claimR) ?? -1);
  return matchedClaim !== undefined && matchedClaim === other.index.get(claimO) ? SAME_CLAIM : 0;
}

/** Greedy: the best pairs first, each node at most once; ties broken by map order, so the result is stable. */
function take(matching: NodeMatching, pairs: Pair[]): void {
  pairs.sort((a, b) => b.score - a.score || a.r - b.r || a.o - b.o);
  for (const { r, o } of pairs) {
    if (matching.otherOf.has(r) || matching.referenceOf.has(o)) continue;
    matching.otherOf.set(r, o);
    matching.referenceOf.set(o, r);
  }
}

/** Drops pairs whose node has a second candidate nearly as good: structure should decide those. */
function unambiguous(pairs: Pair[]): Pair[] {
  const best = (key: (pair: Pair) => number) => {
    const top = new Map<number, number[]>();
    for (const pair of pairs) {
      const scores = top.get(key(pair)) ?? [];
      scores.push(pair.score);
      top.set(key(pair), scores);
    }
    for (const scores of top.values()) scores.sort((a, b) => b - a);
    return top;
  };
  const byR = best((pair) => pair.r);
  const byO = best((pair) => pair.o);
  const clear = ([best = 0, next = -1]: number[] = []) => best - next > TIE;
  return pairs.filter((pair) => clear(byR.get(pair.r)) && clear(byO.get(pair.o)));
}

/**
 * A node's words and pairs of neighbouring words. In a large map every word may recur in hundreds of
 * nodes, while a pair of them still points to a few: the pairs find candidates there.
 */
function keysOf(words: readonly string[]): Set<string> {
  const keys = new Set(words);
  for (let i = 1; i < words.length; i++) keys.add(`${words[i - 1]} ${words[i]}`);
  return keys;
}

/**
 * Pairs worth scoring: nodes that share an uncommon word or pair of words, or a stretch of the source.
 * Each node also meets the holders of its rarest word or pair, however common, so that no node of a
 * large map whose every word recurs goes without candidates.
 */
function candidatePairs(reference: MapSide, other: MapSide): Array<[number, number]> {
  const byKey = new Map<string, number[]>();
  reference.words.forEach((words, r) => {
    for (const key of keysOf(words)) {
      const holders = byKey.get(key);
      if (holders) holders.push(r);
      else byKey.set(key, [r]);
    }
  });
  const pairs = new Set<number>();
  const width = other.nodes.length;
  other.words.forEach((words, o) => {
    const shared = [...keysOf(words)]
      .map((key) => byKey.get(key))
      .filter((holders): holders is number[] => holders !== undefined)
      .sort((a, b) => a.length - b.length);
    shared.forEach((holders, i) => {
      if (holders.length <= COMMON_WORD || (i === 0 && holders.length <= RAREST_KEY))
        for (const r of holders) pairs.add(r * width + o);
    });
  });
  for (const [r, o] of overlappingPassages(reference, other)) pairs.add(r * width + o);
  return [...pairs].sort((a, b) => a - b).map((key) => [Math.floor(key / width), key % width]);
}

/** Every pair of anchored nodes whose passages overlap, by a sweep over passages sorted by start. */
function overlappingPassages(reference: MapSide, other: MapSide): Array<[number, number]> {
  const sorted = reference.passages
    .flatMap((passage, r) => (passage ? [{ ...passage, r }] : []))
    .sort((a, b) => a.start - b.start);
  const pairs: Array<[number, number]> = [];
  other.passages.forEach((passage, o) => {
    if (!passage) return;
    for (const candidate of sorted) {
      if (candidate.start >= passage.end) break;
      if (candidate.end > passage.start) pairs.push([candidate.r, o]);
    }
  });
  return pairs;
}

/** Unmatched reasons of claims already matched: candidates even when they share no uncommon word. */
function reasonsOfMatchedClaims(
  reference: MapSide,
  other: MapSide,
  matching: NodeMatching,
  score: (r: number, o: number) => number,
): Pair[] {
  const reasonsOf = (side: MapSide) => {
    const reasons = new Map<string, number[]>();
    side.links.forEach((links, i) => {
      const claim = links[0]?.to;
      if (claim !== undefined) reasons.set(claim, [...(reasons.get(claim) ?? []), i]);
    });
    return reasons;
  };
  const referenceReasons = reasonsOf(reference);
  const otherReasons = reasonsOf(other);
  const pairs: Pair[] = [];
  for (const [claimR, claimO] of matching.otherOf) {
    const rs = referenceReasons.get(reference.nodes[claimR]?.id ?? '') ?? [];
    const os = otherReasons.get(other.nodes[claimO]?.id ?? '') ?? [];
    for (const r of rs) for (const o of os) pairs.push({ r, o, score: score(r, o) });
  }
  return pairs;
}
