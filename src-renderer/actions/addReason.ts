import { shortText } from '../../src-shared/a11y/names';
import { KIND_LABELS } from '../../src-shared/formats/kindLabels';
import { placeBelow } from '../../src-shared/layout/place';
import { newId } from '../../src-shared/model/ids';
import { DEFAULT_RELATION } from '../../src-shared/model/kinds';
import type { ArgEdge, ArgMap, ArgNode, NodeKind, QuoteAttribution } from '../../src-shared/model/map';
import { addNode } from '../../src-shared/ops/nodeOps';
import { anchorFor } from '../../src-shared/source/anchors';
import { FIELD_LIMITS } from '../../src-shared/text/fieldLimits';
import { droppedMessage, keepWithin } from '../../src-shared/text/keepWithin';
import { announce } from '../a11y/announcer';
import { currentSourceSelection } from '../source/domOffsets';
import type { SourceRange } from '../store/editorStore';
import type { ActionContext } from './actionContext';
import { revealNode, revealWithClaim } from './reveal';

/** The claim a new reason bears on: the one selected node, or else the map's only thesis. */
export function claimForNewReason(map: ArgMap, selectedIds: ReadonlySet<string>): string | null {
  const selected = map.nodes.filter((node) => selectedIds.has(node.id));
  if (selected.length === 1) return selected[0]?.id ?? null;
  const theses = map.nodes.filter((node) => node.kind === 'thesis');
  return theses.length === 1 ? (theses[0]?.id ?? null) : null;
}

/** Whitespace and quotation marks around a selection are not part of the passage or the quoted words. */
function tighten(text: string, range: SourceRange): SourceRange {
  let { start, end } = range;
  while (start < end && /[\s“”"‘’']/.test(text.charAt(start))) start++;
  while (end > start && /[\s“”"‘’']/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * Adds a reason of the given kind beneath the claim it bears on. With text selected in the source,
 * the new node is anchored to that passage, and a quote takes the selected words as its text and
 * asks who said them; otherwise the new node opens for typing.
 */
export function addReason(
  ctx: ActionContext,
  kind: NodeKind,
  given?: { range: SourceRange; quote?: QuoteAttribution },
): void {
  const state = ctx.editor.getState();
  const { map } = state;
  const sourceText = map.source?.text;
  // The selection as it is now: a key pressed right after selecting can beat the selectionchange event.
  const selection = given?.range ?? currentSourceSelection() ?? state.sourceSelection;
  const range = selection && sourceText !== undefined ? tighten(sourceText, selection) : null;
  const passage =
    range && range.end > range.start && sourceText !== undefined
      ? anchorFor(sourceText, range.start, range.end)
      : undefined;

  const claimId = claimForNewReason(map, state.selectedIds);
  // A passage can be longer than a node may hold: the quote keeps its start, the anchor the whole passage.
  const quoted = keepWithin(kind === 'quote' && passage ? passage.exact : '', FIELD_LIMITS.nodeText.max);
  if (quoted.dropped > 0)
    state.showFlash(droppedMessage(FIELD_LIMITS.nodeText.name, FIELD_LIMITS.nodeText.max, quoted.dropped));
  const draft: Omit<ArgNode, 'id' | 'position'> = {
    kind,
    text: quoted.text,
    ...(kind === 'quote' ? { quote: given?.quote ?? { speaker: '', direct: true } } : {}),
    ...(passage ? { anchor: passage } : {}),
  };
  const node: ArgNode = { id: newId(kind), position: placeBelow(map, claimId, draft), ...draft };
  const relation = DEFAULT_RELATION[kind];
  const edge: ArgEdge | undefined =
    claimId && relation ? { id: newId('e'), from: node.id, to: claimId, relation } : undefined;

  state.commit(addNode(map, { node, ...(edge ? { edge } : {}) }));
  state.selectSource(null);
  window.getSelection()?.removeAllRanges();
  const claim = claimId ? map.nodes.find((candidate) => candidate.id === claimId) : undefined;
  if (claim) revealWithClaim(ctx, node, claim);
  else revealNode(ctx, node);
  if (kind === 'quote' && passage) {
    state.select([node.id]);
    if (!given?.quote?.speaker) state.askAttribution(node.id);
  } else {
    state.startEditing(node.id);
  }
  announce(`${KIND_LABELS[kind]} added${claim ? ` under ${shortText(claim)}` : ''}`);
}
