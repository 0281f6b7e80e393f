import type { MapDraft } from '../formats/draft';
import { inferKinds } from '../formats/inferKinds';
import { autoLayout } from '../layout/autoLayout';
import { LIMITS } from '../model/limits';
import { type ArgEdge, type ArgMap, type ArgNode, FORMAT_VERSION, Id, type TourStep } from '../model/map';
import { failure, type LoadResult } from './loadError';
import { loadMapFromValue } from './loadMap';

/** A map made from another format, and what did not come over (to tell the user). */
export interface Imported {
  map: ArgMap;
  warnings: string[];
}

const LISTED = 8;
const listed = (items: readonly string[]) =>
  items.length <= LISTED
    ? items.join(', ')
    : `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`;

/** A valid id made from a foreign key, unique among `taken`. */
function uniqueId(key: string, taken: Set<string>): string {
  if (Id.safeParse(key).success && !taken.has(key)) {
    taken.add(key);
    return key;
  }
  const base =
    key
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'node';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Turns a draft read from another format into a map through the one loader: ids made valid and unique,
 * links to missing nodes (and repeats, and links of a node to itself) dropped and listed, kinds inferred
 * where the file does not say, a layout where it gives no positions; then the loader checks it all.
 * Nothing is half imported: either a whole valid map or the loader's errors.
 */
export async function loadDraft(draft: MapDraft): Promise<LoadResult<Imported>> {
  if (draft.nodes.length === 0) return failure('not-a-map', '', 'The file holds no statements to map.');
  if (draft.nodes.length > LIMITS.nodes)
    return failure(
      'file-too-large',
      '/nodes',
      `The file holds ${draft.nodes.length} statements; a map holds at most ${LIMITS.nodes}.`,
    );
  const warnings = [...draft.notCarried];
  const taken = new Set<string>();
  // Links and tour steps name a key's first statement; a later one with the same name gets an id of its own.
  const ids = new Map<string, string>();
  const nodeIds = draft.nodes.map((node) => uniqueId(node.key, taken));
  const repeated: string[] = [];
  draft.nodes.forEach((node, i) => {
    if (ids.has(node.key)) repeated.push(`"${node.key}"`);
    else ids.set(node.key, nodeIds[i] as string);
  });
  if (repeated.length > 0) warnings.push(`Statements sharing a name were kept apart: ${listed(repeated)}.`);

  const dangling: string[] = [];
  const dropped: string[] = [];
  const links = new Set<string>();
  const edges = draft.edges.filter((edge) => {
    const missing = [edge.from, edge.to].filter((key) => !ids.has(key));
    if (missing.length > 0) {
      dangling.push(`${edge.from} → ${edge.to} (no "${missing.join('", "')}")`);
      return false;
    }
    const link = `${edge.from}\u0000${edge.to}`;
    if (edge.from === edge.to || links.has(link)) {
      dropped.push(`${edge.from} → ${edge.to}`);
      return false;
    }
    links.add(link);
    return true;
  });
  if (dangling.length > 0)
    warnings.push(`Links to statements that are not in the file were left out: ${listed(dangling)}.`);
  if (dropped.length > 0)
    warnings.push(`Repeated links and links of a statement to itself were left out: ${listed(dropped)}.`);

  const kinds = inferKinds(draft.nodes, edges);
  const notesFromLinks = new Map<string, string[]>();
  for (const edge of edges)
    if (edge.note) notesFromLinks.set(edge.from, [...(notesFromLinks.get(edge.from) ?? []), edge.note]);

  const nodes: ArgNode[] = draft.nodes.map((node, i) => {
    const kind = kinds.get(node.key) ?? 'premise';
    const id = nodeIds[i] as string;
    const fromLinks = notesFromLinks.get(node.key);
    const notes = fromLinks ? [node.notes, ...fromLinks].filter(Boolean).join('\n\n') : node.notes;
    return {
      id,
      kind,
      text: node.text,
      position: node.position ?? { x: 0, y: 0 },
      ...(node.size && { size: node.size }),
      ...(kind === 'quote' && {
        quote: {
          speaker: node.quote?.speaker ?? '',
          ...(node.quote?.role !== undefined && { role: node.quote.role }),
          direct: node.quote?.direct ?? true,
        },
      }),
      ...(node.anchor && { anchor: node.anchor }),
      ...(notes !== undefined && { notes }),
      ...(node.tags && { tags: node.tags }),
      ...(node.pinned !== undefined && { pinned: node.pinned }),
    };
  });
  return finish(draft, nodes, edges, ids, warnings);
}

async function finish(
  draft: MapDraft,
  nodes: ArgNode[],
  drafted: MapDraft['edges'],
  ids: ReadonlyMap<string, string>,
  warnings: string[],
): Promise<LoadResult<Imported>> {
  const taken = new Set(nodes.map((node) => node.id));
  const edges: ArgEdge[] = drafted.map((edge) => ({
    id: uniqueId(`e-${ids.get(edge.from)}-${ids.get(edge.to)}`.slice(0, 48), taken),
    from: ids.get(edge.from) as string,
    to: ids.get(edge.to) as string,
    relation: edge.relation,
  }));
  const missingSteps: number[] = [];
  const tour: TourStep[] = (draft.tour ?? []).map((step, i) => {
    const known = (keys: readonly string[]) =>
      keys.filter((key) => ids.has(key)).map((key) => ids.get(key) as string);
    const focus = known(step.focus);
    const reveal = step.reveal && known(step.reveal);
    if (focus.length < step.focus.length || (reveal && reveal.length < (step.reveal?.length ?? 0)))
      missingSteps.push(i + 1);
    return {
      id: uniqueId(`step-${i + 1}`, taken),
      ...(step.title !== undefined && { title: step.title }),
      focus,
      ...(reveal && { reveal }),
      ...(step.notes !== undefined && { notes: step.notes }),
    };
  });
  if (missingSteps.length > 0)
    warnings.push(
      `Tour steps named statements that are not in the file; those were left out of steps ${listed(missingSteps.map(String))}.`,
    );

  const unplaced = draft.nodes.some((node) => !node.position);
  if (unplaced) {
    const placed = await autoLayout({ nodes, edges });
    for (const node of nodes) node.position = placed.get(node.id) ?? node.position;
  }
  const map: ArgMap = {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: draft.title.slice(0, LIMITS.titleLength),
    ...(draft.source && { source: draft.source }),
    nodes,
    edges,
    tour,
  };
  const loaded = loadMapFromValue(map);
  return loaded.ok ? { ok: true, value: { map: loaded.value, warnings } } : loaded;
}
