import { z } from 'zod';
import { Anchor, NodeKind, Position, Size, Source } from '../model/map';

/** OVA and AIFdb write ids as numbers or strings; Argmap reads both as strings. */
const AifId = z.union([z.string().min(1).max(200), z.int()]).transform(String);

/** The node types of AIF: information, locution, and the schemes that connect them. */
export const AIF_NODE_TYPES = ['I', 'L', 'RA', 'CA', 'MA', 'PA', 'YA', 'TA'] as const;

const Extras = z.object({
  kind: NodeKind.optional(),
  role: z.string().optional(),
  direct: z.boolean().optional(),
  position: Position.optional(),
  size: Size.optional(),
  anchor: Anchor.optional(),
  notes: z.string().optional(),
  tags: z.array(z.string()).optional(),
  pinned: z.boolean().optional(),
});
/** What Argmap adds to an I-node so that its own maps come back whole; AIF tools ignore it. */
export type AifNodeExtras = z.infer<typeof Extras>;

export const AifNode = z.object({
  nodeID: AifId,
  text: z.string().default(''),
  type: z.string(),
  timestamp: z.string().optional(),
  scheme: z.string().optional(),
  argmap: Extras.optional().catch(undefined),
});

export const AifDocument = z.object({
  nodes: z.array(AifNode),
  edges: z.array(z.object({ edgeID: AifId.optional(), fromID: AifId, toID: AifId })).default([]),
  locutions: z.array(z.object({ nodeID: AifId, personID: AifId.optional() })).default([]),
  participants: z
    .array(
      z.object({ participantID: AifId, firstname: z.string().default(''), surname: z.string().default('') }),
    )
    .default([]),
  argmap: z
    .object({
      title: z.string().optional(),
      source: Source.optional(),
      tour: z
        .array(
          z.object({
            title: z.string().optional(),
            focus: z.array(AifId),
            reveal: z.array(AifId).optional(),
            notes: z.string().optional(),
          }),
        )
        .optional(),
    })
    .optional()
    .catch(undefined),
});
export type AifDocument = z.input<typeof AifDocument>;

/** Whether parsed JSON looks like AIF: `nodes` whose entries carry a `nodeID`. */
export function looksLikeAif(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const nodes = (value as { nodes?: unknown }).nodes;
  return (
    Array.isArray(nodes) &&
    nodes.some((node) => node !== null && typeof node === 'object' && 'nodeID' in node)
  );
}
