import { readFileSync } from 'node:fs';
import { loadMapFromBytes } from '../../src-shared/load/loadMap';
import type { ArgMap, ArgNode, NodeKind } from '../../src-shared/model/map';

/** The bundled article map, as a reference every planted copy is compared with. */
export function bundledMap(): ArgMap {
  const result = loadMapFromBytes(readFileSync('maps/article.argmap.json'));
  if (!result.ok) throw new Error('The bundled map does not load.');
  return result.value;
}

/** A deterministic stream of numbers in [0, 1), so planted changes are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const copy = (map: ArgMap): ArgMap => structuredClone(map);

/** Every id renamed (a student's map never shares the reference's ids), with the new id of each node. */
export function renameIds(map: ArgMap): { map: ArgMap; idOf: ReadonlyMap<string, string> } {
  const next = copy(map);
  const rename = new Map(next.nodes.map((node, i) => [node.id, `s${i}x`]));
  for (const node of next.nodes) node.id = rename.get(node.id) as string;
  next.edges.forEach((edge, i) => {
    edge.id = `l${i}x`;
    edge.from = rename.get(edge.from) as string;
    edge.to = rename.get(edge.to) as string;
  });
  next.tour = [];
  return { map: next, idOf: rename };
}

/** Nodes and links in another order, and every node elsewhere on the canvas. */
export function shuffle(map: ArgMap, random: () => number): ArgMap {
  const next = copy(map);
  const mix = <T>(list: T[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
  };
  mix(next.nodes);
  mix(next.edges);
  for (const node of next.nodes)
    node.position = { x: Math.round(random() * 5000), y: Math.round(random() * 3000) };
  return next;
}

/** Leaves: nodes no reason bears on, so removing one changes nothing else. */
export function leaves(map: ArgMap): ArgNode[] {
  const claims = new Set(map.edges.map((edge) => edge.to));
  return map.nodes.filter((node) => !claims.has(node.id));
}

export function removeNodes(map: ArgMap, ids: ReadonlySet<string>): ArgMap {
  const next = copy(map);
  next.nodes = next.nodes.filter((node) => !ids.has(node.id));
  next.edges = next.edges.filter((edge) => !ids.has(edge.from) && !ids.has(edge.to));
  next.tour = [];
  return next;
}

/** New reasons on the given claims, with texts of their own and no passage. */
export function addReasons(map: ArgMap, claims: readonly string[], texts: readonly string[]): ArgMap {
  const next = copy(map);
  claims.forEach((claim, i) => {
    const id = `added${i}`;
    next.nodes.push({ id, kind: 'premise', text: texts[i] as string, position: { x: 0, y: 0 } });
    next.edges.push({ id: `addedLink${i}`, from: id, to: claim, relation: 'supports' });
  });
  return next;
}

export function setKind(map: ArgMap, id: string, kind: NodeKind): ArgMap {
  const next = copy(map);
  const node = next.nodes.find((candidate) => candidate.id === id) as ArgNode;
  node.kind = kind;
  return next;
}

export function flipRelation(map: ArgMap, from: string): ArgMap {
  const next = copy(map);
  for (const edge of next.edges)
    if (edge.from === from) edge.relation = edge.relation === 'supports' ? 'opposes' : 'supports';
  return next;
}

export function setSpeaker(map: ArgMap, id: string, speaker: string): ArgMap {
  const next = copy(map);
  const node = next.nodes.find((candidate) => candidate.id === id) as ArgNode;
  if (node.quote) node.quote = { ...node.quote, speaker };
  return next;
}

/** Hangs a reason under another claim. */
export function moveReason(map: ArgMap, from: string, to: string): ArgMap {
  const next = copy(map);
  for (const edge of next.edges) if (edge.from === from) edge.to = to;
  return next;
}

/** Replaces a share of each node's words with words of no other node, as a light or heavy rewording. */
export function reword(map: ArgMap, share: number, random: () => number): ArgMap {
  const next = copy(map);
  let n = 0;
  for (const node of next.nodes) {
    node.text = node.text
      .split(' ')
      .map((word) => (random() < share ? `zq${(n++).toString(36)}` : word))
      .join(' ');
  }
  return next;
}

/** Moves every passage by a few characters, as a student selecting a little more or less would. */
export function shiftAnchors(map: ArgMap, random: () => number): ArgMap {
  const next = copy(map);
  const length = next.source?.text.length ?? 0;
  for (const node of next.nodes) {
    if (!node.anchor) continue;
    const start = Math.max(0, node.anchor.start + Math.round(random() * 8 - 4));
    const end = Math.min(length, Math.max(start + 1, node.anchor.end + Math.round(random() * 8 - 4)));
    node.anchor = { start, end, exact: next.source?.text.slice(start, end) ?? '' };
  }
  return next;
}

export function withoutAnchors(map: ArgMap): ArgMap {
  const next = copy(map);
  for (const node of next.nodes) delete node.anchor;
  return next;
}
