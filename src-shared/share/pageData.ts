import { evaluateMap, VERDICTS } from '../assess/evaluate';
import type { Box, Scene } from '../export/sceneTypes';
import { KIND_LABELS } from '../formats/kindLabels';
import type { ArgMap } from '../model/map';
import { passageChanged } from '../source/anchors';
import { revealBidiControls } from '../text/revealBidiControls';
import { stepTitle } from '../tour/stepTitle';
import { tourVisibility } from '../tour/visibility';

/** A node as the shared page's side panel shows it. */
export interface PageNode {
  id: string;
  kind: string;
  text: string;
  notes?: string;
  speaker?: string;
  role?: string;
  /** A direct quote is the speaker's words; otherwise it is reported speech. */
  direct?: boolean;
  /** Its passage in `source.text` (UTF-16 offsets), when the page carries the source and it still matches. */
  passage?: { start: number; end: number };
  /** The assessment's words for it ("Holds · 72 %"), when the page carries the assessment. */
  standing?: string;
  /** Where its card is drawn, in the map's pixels. */
  box: Box;
}

/** A tour step as the page plays it: what it shows, what it focuses on, and what the presenter says. */
export interface PageStep {
  title: string;
  notes?: string;
  focus: string[];
  revealed: string[];
}

/** Everything the shared page's viewer reads, besides the drawing itself. */
export interface PageData {
  title: string;
  source?: { title: string; author?: string; text?: string };
  nodes: PageNode[];
  /** The links, so that a step shows a link when it shows both its ends. */
  edges: Array<{ id: string; from: string; to: string }>;
  steps: PageStep[];
  /** The drawing's area, padding included (the SVG's view box). */
  bounds: Box;
  /** The thesis, shown first when the page opens. */
  thesis?: string;
  /** How strongly a card outside a step's focus shows. */
  dimmed: number;
}

export interface PageDataOptions {
  /** Carry the article's text, so that each node's passage can be shown in it. */
  source: boolean;
  assessment: boolean;
  dimmed: number;
}

/** The viewer's data: the map's texts (bidi controls made visible, as the drawing shows them), its tour and boxes. */
export function pageData(map: ArgMap, scene: Scene, options: PageDataOptions): PageData {
  const boxes = new Map(scene.cards.map((card) => [card.id, card.box]));
  const standings = options.assessment ? evaluateMap(map).nodes : {};
  const sourceText = options.source ? map.source?.text : undefined;
  const shown = (text: string | undefined) => (text ? revealBidiControls(text) : undefined);
  const nodes = map.nodes.flatMap((node): PageNode[] => {
    const box = boxes.get(node.id);
    if (!box) return [];
    const standing = standings[node.id];
    return [
      {
        id: node.id,
        kind: KIND_LABELS[node.kind],
        text: revealBidiControls(node.text),
        ...optional('notes', shown(node.notes)),
        ...optional('speaker', shown(node.quote?.speaker)),
        ...optional('role', shown(node.quote?.role)),
        ...(node.quote ? { direct: node.quote.direct } : {}),
        ...(node.anchor && sourceText !== undefined && !passageChanged(node, sourceText)
          ? { passage: { start: node.anchor.start, end: node.anchor.end } }
          : {}),
        ...(standing
          ? {
              standing: `${VERDICTS[standing.label]}${standing.strength === null ? '' : ` · ${Math.round(standing.strength * 100)} %`}`,
            }
          : {}),
        box,
      },
    ];
  });
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const steps = tourVisibility(map).map((visibility, index): PageStep => {
    const step = map.tour[index];
    const first = byId.get(step?.focus[0] ?? '');
    return {
      title: revealBidiControls(step?.title || (first ? stepTitle(first) : '') || `Step ${index + 1}`),
      ...optional('notes', shown(step?.notes)),
      focus: [...visibility.focus],
      revealed: [...visibility.revealed],
    };
  });
  const source = map.source;
  return {
    title: revealBidiControls(map.title),
    ...(source
      ? {
          source: {
            title: revealBidiControls(source.title),
            ...optional('author', shown(source.author)),
            // The source's text as it is: passages are offsets into it, and the page shows it as text.
            ...optional('text', sourceText),
          },
        }
      : {}),
    nodes,
    edges: map.edges.map(({ id, from, to }) => ({ id, from, to })),
    steps,
    bounds: scene.bounds,
    ...optional('thesis', map.nodes.find((node) => node.kind === 'thesis')?.id),
    dimmed: options.dimmed,
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
