import { z } from 'zod';
import { checkStructure } from '../load/checkStructure';
import type { NodeKind } from '../model/map';
import type { DraftEdge, DraftNode, MapDraft } from './draft';
import { speakerRead, splitKindLabel } from './kindLabels';

const CanvasDocument = z.object({
  nodes: z
    .array(
      z.object({
        id: z.string().min(1),
        type: z.string(),
        x: z.number(),
        y: z.number(),
        width: z.number(),
        height: z.number(),
        text: z.string().optional(),
      }),
    )
    .default([]),
  edges: z
    .array(
      z.object({
        id: z.string().optional(),
        fromNode: z.string(),
        toNode: z.string(),
        label: z.string().optional(),
      }),
    )
    .default([]),
});

/** A card's text as Argmap writes it (a kind line, the text, "— speaker, role"), or any Markdown note. */
function cardOf(id: string, markdown: string): DraftNode {
  const paragraphs = markdown.split(/\n\s*\n/).map((p) => p.trim());
  const label = splitKindLabel(paragraphs[0] ?? '');
  const kind: NodeKind | undefined = label.kind && label.text === '' ? label.kind : undefined;
  const body = kind ? paragraphs.slice(1) : paragraphs;
  const last = body[body.length - 1] ?? '';
  const attribution = kind === 'quote' ? /^—\s*([^,]*)(?:,\s*(.*))?$/s.exec(last) : null;
  const text = (attribution ? body.slice(0, -1) : body).join('\n\n');
  return {
    key: id,
    text,
    ...(kind && { kind }),
    ...(attribution && {
      quote: {
        speaker: speakerRead((attribution[1] ?? '').trim()),
        ...(attribution[2] && { role: attribution[2].trim() }),
      },
    }),
  };
}

/**
 * Reads JSON Canvas: text cards become nodes at their positions and sizes, edges labelled "opposes" oppose
 * and every other edge supports. Cards Argmap wrote come back with their kinds and speakers; file, link
 * and group cards have no place in a map and are listed as left out.
 */
export function readCanvas(
  value: unknown,
  fallbackTitle: string,
): { ok: true; draft: MapDraft } | { ok: false; problems: string[] } {
  const safe = checkStructure(value);
  if (!safe.ok) return { ok: false, problems: safe.errors.map((e) => e.message) };
  const parsed = CanvasDocument.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 8).map((i) => `/${i.path.join('/')}: ${i.message}`),
    };
  const draft: MapDraft = { title: fallbackTitle, nodes: [], edges: [], notCarried: [] };
  const others: string[] = [];
  for (const card of parsed.data.nodes) {
    if (card.type !== 'text') {
      others.push(`${card.id} (${card.type})`);
      continue;
    }
    draft.nodes.push({
      ...cardOf(card.id, card.text ?? ''),
      position: { x: card.x, y: card.y },
      ...(card.width > 0 && card.height > 0 && { size: { width: card.width, height: card.height } }),
    });
  }
  draft.edges = parsed.data.edges.map(
    (edge): DraftEdge => ({
      from: edge.fromNode,
      to: edge.toNode,
      relation: edge.label?.trim().toLowerCase() === 'opposes' ? 'opposes' : 'supports',
    }),
  );
  if (others.length > 0)
    draft.notCarried.push(`Cards that are not text were left out: ${others.slice(0, 8).join(', ')}.`);
  return { ok: true, draft };
}
