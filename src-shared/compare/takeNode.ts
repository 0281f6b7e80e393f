import { placeBelow } from '../layout/place';
import { LIMITS } from '../model/limits';
import type { ArgEdge, ArgMap, ArgNode } from '../model/map';
import type { Change } from '../ops/change';
import { addNode } from '../ops/nodeOps';
import { type Refusal, refuse } from '../ops/refusal';
import { freshId, usedIds } from '../ops/usedIds';
import { anchorFor } from '../source/anchors';
import type { MapComparison } from './compareMaps';
import { offsetMapper } from './sourceOffsets';

/**
 * Copies a node of the other map into the reference ("Take this node"), as one step of history: with a fresh
 * id, its passage carried into the reference's source, and its link to the counterpart of the claim it bears
 * on (same relation), placed beneath that claim. A node whose claim has no counterpart comes without a link.
 */
export function takeNode(
  reference: ArgMap,
  other: ArgMap,
  report: Pick<MapComparison, 'matched'>,
  otherId: string,
  newId: (prefix: string) => string,
): Change | Refusal {
  const taken = other.nodes.find((node) => node.id === otherId);
  if (!taken) return refuse('That node is no longer in the other map.');
  if (reference.nodes.length >= LIMITS.nodes) return refuse(`A map holds at most ${LIMITS.nodes} nodes.`);
  const used = usedIds(reference);
  const { link, claim } = claimInReference(other, report, otherId);

  const { id: _id, position: _position, anchor: _anchor, size: _size, ...fields } = taken;
  const anchor = carryAnchor(taken, other, reference);
  const draft = { ...fields, ...(anchor ? { anchor } : {}) };
  const node: ArgNode = {
    id: freshId(taken.kind, used, newId),
    position: placeBelow(reference, claim ?? null, draft),
    ...draft,
  };
  const edge: ArgEdge | undefined =
    claim && link
      ? { id: freshId('e', used, newId), from: node.id, to: claim, relation: link.relation }
      : undefined;
  return { ...addNode(reference, { node, ...(edge ? { edge } : {}) }), label: `Take ${taken.kind}` };
}

/**
 * The link of a node of the other map to the claim it bears on (its first), and that claim's counterpart
 * in the reference, where it has one.
 */
export function claimInReference(
  other: ArgMap,
  report: Pick<MapComparison, 'matched'>,
  otherId: string,
): { link: ArgEdge | undefined; claim: string | undefined } {
  const link = other.edges.find((edge) => edge.from === otherId);
  const claim = link && report.matched.find((pair) => pair.other === link.to)?.reference;
  return { link, claim };
}

/** The node's passage in the reference's source, when both maps have one. */
function carryAnchor(node: ArgNode, from: ArgMap, to: ArgMap): ArgNode['anchor'] {
  if (!node.anchor || !from.source || !to.source) return undefined;
  const map = offsetMapper(from.source.text, to.source.text);
  const start = map(node.anchor.start);
  const end = map(node.anchor.end);
  return end > start && end <= to.source.text.length ? anchorFor(to.source.text, start, end) : undefined;
}
