import { z } from 'zod';
import { Anchor, NodeKind, Position, Size, Source } from '../model/map';
import type { DraftNode, DraftStep } from './draft';

/** Statement data Argmap writes and reads back; a value of the wrong type is ignored, not fatal. */
const FIELDS = {
  kind: NodeKind,
  speaker: z.string(),
  role: z.string(),
  direct: z.boolean(),
  text: z.string(),
  tags: z.array(z.string().min(1)),
  notes: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  anchor: Anchor,
  pinned: z.boolean(),
} as const;
type Fields = { [K in keyof typeof FIELDS]?: z.infer<(typeof FIELDS)[K]> };

/** What a statement's data says about its node. Keys Argmap does not use are added to `ignored`. */
export function readArgmapData(data: unknown, ignored: Set<string>): Partial<DraftNode> {
  if (data === null || typeof data !== 'object') return {};
  const fields: Fields = {};
  for (const [key, value] of Object.entries(data)) {
    const schema = FIELDS[key as keyof typeof FIELDS];
    const read = schema?.safeParse(value);
    if (read?.success) (fields as Record<string, unknown>)[key] = read.data;
    else ignored.add(key);
  }
  const position = Position.safeParse({ x: fields.x, y: fields.y });
  const size = Size.safeParse({ width: fields.width, height: fields.height });
  return {
    ...(fields.text !== undefined && { text: fields.text }),
    ...(fields.kind && { kind: fields.kind }),
    ...(fields.speaker !== undefined && {
      quote: {
        speaker: fields.speaker,
        ...(fields.role !== undefined && { role: fields.role }),
        ...(fields.direct !== undefined && { direct: fields.direct }),
      },
    }),
    ...(position.success && { position: position.data }),
    ...(size.success && { size: size.data }),
    ...(fields.anchor && { anchor: fields.anchor }),
    ...(fields.notes !== undefined && { notes: fields.notes }),
    ...(fields.tags && { tags: fields.tags }),
    ...(fields.pinned !== undefined && { pinned: fields.pinned }),
  };
}

const Step = z.object({
  title: z.string().optional(),
  focus: z.array(z.string()),
  reveal: z.array(z.string()).optional(),
  notes: z.string().optional(),
});
const Front = z.object({
  title: z.string().optional(),
  argmap: z.object({ source: Source.optional(), tour: z.array(Step).optional() }).optional(),
});

/** The map's title, source and tour from the front matter Argmap writes. */
export function readFrontMatter(front: unknown): {
  title?: string;
  source?: z.infer<typeof Source>;
  tour?: DraftStep[];
  notCarried: string[];
} {
  if (front === undefined || front === null) return { notCarried: [] };
  const read = Front.safeParse(front);
  if (!read.success)
    return {
      notCarried: ["The front matter's Argmap section could not be read; the source and tour were left out."],
    };
  const { title, argmap } = read.data;
  return {
    ...(title !== undefined && { title }),
    ...(argmap?.source && { source: argmap.source }),
    ...(argmap?.tour && { tour: argmap.tour }),
    notCarried: [],
  };
}
