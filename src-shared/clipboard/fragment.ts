import { z } from 'zod';
import { checkStructure } from '../load/checkStructure';
import { parseJson } from '../load/parseJson';
import { ArgEdge, type ArgMap, ArgNode } from '../model/map';
import { type Refusal, refuse } from '../ops/refusal';
import { hashSourceText } from './sourceHash';

/** Bounds on what a paste reads: clipboard text comes from anywhere. */
export const FRAGMENT_LIMITS = {
  /** UTF-16 code units of clipboard text; checked before parsing. */
  textLength: 16 * 1024 * 1024,
  nodes: 5_000,
  edges: 10_000,
} as const;

export const FRAGMENT_VERSION = 1;

/**
 * Nodes and the links among them, as copied to the clipboard (also between maps). `sourceHash`
 * fingerprints the source text the nodes' anchors point into; a paste keeps anchors only into the same text.
 */
export const FragmentSchema = z
  .strictObject({
    format: z.literal('argmap-fragment'),
    version: z.literal(FRAGMENT_VERSION),
    nodes: z.array(ArgNode).max(FRAGMENT_LIMITS.nodes),
    edges: z.array(ArgEdge).max(FRAGMENT_LIMITS.edges),
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .optional(),
  })
  .superRefine((fragment, ctx) => {
    const ids = new Set<string>();
    for (const record of [...fragment.nodes, ...fragment.edges]) {
      if (ids.has(record.id))
        ctx.addIssue({ code: 'custom', message: `The id "${record.id}" is used twice.` });
      ids.add(record.id);
    }
    const nodeIds = new Set(fragment.nodes.map((node) => node.id));
    const links = new Set<string>();
    for (const edge of fragment.edges) {
      const link = `${edge.from}\u0000${edge.to}`;
      if (!nodeIds.has(edge.from) || !nodeIds.has(edge.to) || edge.from === edge.to || links.has(link))
        ctx.addIssue({ code: 'custom', message: `Link "${edge.id}" does not join two copied nodes once.` });
      links.add(link);
    }
  });
export type Fragment = z.infer<typeof FragmentSchema>;

/** Copies nodes, in map order, with the links among them (links to nodes left behind stay behind). */
export function extractFragment(map: ArgMap, nodeIds: Iterable<string>): Fragment {
  const wanted = new Set(nodeIds);
  const nodes = map.nodes.filter((node) => wanted.has(node.id));
  const edges = map.edges.filter((edge) => wanted.has(edge.from) && wanted.has(edge.to));
  const anchored = map.source && nodes.some((node) => node.anchor);
  return {
    format: 'argmap-fragment',
    version: FRAGMENT_VERSION,
    nodes,
    edges,
    ...(anchored && map.source && { sourceHash: hashSourceText(map.source.text) }),
  };
}

export function serializeFragment(fragment: Fragment): string {
  return JSON.stringify(fragment);
}

const notNodes = 'The clipboard does not hold Argmap nodes.';
const damaged = 'The copied nodes are damaged and cannot be pasted.';

/** Reads clipboard text as a fragment, refusing anything else. Never throws. */
export function parseFragment(text: string): Fragment | Refusal {
  try {
    if (typeof text !== 'string') return refuse(notNodes);
    if (text.length > FRAGMENT_LIMITS.textLength) return refuse('The clipboard holds too much to paste.');
    const json = parseJson(text.trim());
    if (!json.ok) return refuse(notNodes);
    if (!checkStructure(json.value).ok) return refuse(damaged);
    const value = json.value as { format?: unknown; version?: unknown } | null;
    if (typeof value !== 'object' || value === null || value.format !== 'argmap-fragment')
      return refuse(notNodes);
    if (typeof value.version === 'number' && value.version > FRAGMENT_VERSION)
      return refuse('These nodes were copied from a newer version of Argmap.');
    const parsed = FragmentSchema.safeParse(value);
    return parsed.success ? parsed.data : refuse(damaged);
  } catch {
    return refuse(damaged);
  }
}
