import type { Fragment } from '../clipboard/fragment';
import { hashSourceText } from '../clipboard/sourceHash';
import { LIMITS } from '../model/limits';
import type { ArgEdge, ArgMap, ArgNode, Position } from '../model/map';
import type { Change, Step } from './change';
import { count } from './labels';
import { type Refusal, refuse } from './refusal';
import { freshId, usedIds } from './usedIds';

/** A paste: its change, and the ids the new nodes and links got (to select them). */
export interface Pasted {
  change: Change;
  ids: string[];
  edgeIds: string[];
}

/**
 * Adds copies of a fragment's nodes and links as one change (paste, duplicate). Every record gets a fresh
 * id and links follow their nodes; positions move by `offset`. Anchors stay only when the map's source
 * text is the one they were copied from. Links that would not join two pasted nodes once are skipped.
 */
export function insertFragment(
  map: ArgMap,
  fragment: Pick<Fragment, 'nodes' | 'edges' | 'sourceHash'>,
  options: { offset: Position; newId: (prefix: string) => string; verb?: 'Paste' | 'Duplicate' },
): Pasted | Refusal {
  if (fragment.nodes.length === 0) return refuse('There is nothing to paste.');
  if (map.nodes.length + fragment.nodes.length > LIMITS.nodes)
    return refuse(`A map holds at most ${LIMITS.nodes} nodes.`);

  const used = usedIds(map);
  const fresh = (prefix: string) => freshId(prefix, used, options.newId);
  const keepAnchors =
    fragment.sourceHash !== undefined &&
    map.source !== undefined &&
    hashSourceText(map.source.text) === fragment.sourceHash;
  const sourceLength = map.source?.text.length ?? 0;

  const renamed = new Map<string, string>();
  const nodes = fragment.nodes.map((node): ArgNode => {
    const copy = { ...node, id: fresh(node.kind), position: shifted(node.position, options.offset) };
    if (!renamed.has(node.id)) renamed.set(node.id, copy.id);
    if (copy.anchor && !(keepAnchors && copy.anchor.end <= sourceLength)) delete copy.anchor;
    return copy;
  });

  const links = new Set<string>();
  const edges: ArgEdge[] = [];
  for (const edge of fragment.edges) {
    const from = renamed.get(edge.from);
    const to = renamed.get(edge.to);
    const link = `${from}\u0000${to}`;
    if (!from || !to || from === to || links.has(link)) continue;
    links.add(link);
    edges.push({ ...edge, id: fresh('e'), from, to });
  }
  if (map.edges.length + edges.length > LIMITS.edges)
    return refuse(`A map holds at most ${LIMITS.edges} links.`);

  const steps: Step[] = [
    ...nodes.map(
      (record, i): Step => ({ type: 'insert', list: 'nodes', index: map.nodes.length + i, record }),
    ),
    ...edges.map(
      (record, i): Step => ({ type: 'insert', list: 'edges', index: map.edges.length + i, record }),
    ),
  ];
  return {
    change: { label: `${options.verb ?? 'Paste'} ${count(nodes.length, 'node')}`, steps },
    ids: nodes.map((node) => node.id),
    edgeIds: edges.map((edge) => edge.id),
  };
}

const clamp = (value: number) => Math.min(LIMITS.coordinate, Math.max(-LIMITS.coordinate, value));

/** Moved by the offset and kept on the plane a map allows; an offset that is not a finite number is ignored. */
function shifted(position: Position, offset: Position): Position {
  const by = (n: number) => (Number.isFinite(n) ? n : 0);
  return { x: clamp(position.x + by(offset.x)), y: clamp(position.y + by(offset.y)) };
}
