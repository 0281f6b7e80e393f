// The ELK layouts Argmap's compact layout was measured against (scripts/benchLayout.ts).
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Link } from '../src-shared/layout/graph';
import type { Position, Size } from '../src-shared/model/map';

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '60',
  'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.edgeRouting': 'POLYLINE',
  'elk.separateConnectedComponents': 'true',
};

/** The variants: Argmap's previous layered layout, the same wrapped into chunks, and ELK's tree layout. */
export const ELK_VARIANTS = {
  'ELK layered': LAYERED,
  'ELK layered, wrapped': {
    ...LAYERED,
    'elk.layered.wrapping.strategy': 'MULTI_EDGE',
    'elk.aspectRatio': '1.6',
  },
  'ELK mrtree': {
    'elk.algorithm': 'mrtree',
    'elk.direction': 'DOWN',
    'elk.spacing.nodeNode': '40',
    'elk.mrtree.weighting': 'MODEL_ORDER',
  },
} as const;

const elk = new ELK();

export async function elkLayout(
  variant: keyof typeof ELK_VARIANTS,
  ids: readonly string[],
  sizes: ReadonlyMap<string, Size>,
  links: readonly Link[],
): Promise<Map<string, Position>> {
  const at = new Map(ids.map((id, i) => [id, `n${i}`]));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: ELK_VARIANTS[variant],
    children: ids.map((id, i) => ({ id: `n${i}`, x: i * 320, y: 0, ...(sizes.get(id) as Size) })),
    edges: links.map(([claim, reason], i) => ({
      id: `e${i}`,
      sources: [at.get(claim) as string],
      targets: [at.get(reason) as string],
    })),
  };
  const result = await elk.layout(graph);
  return new Map(
    (result.children ?? []).map((child) => [
      ids[Number(child.id.slice(1))] as string,
      { x: child.x ?? 0, y: child.y ?? 0 },
    ]),
  );
}
