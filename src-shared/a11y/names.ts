import { KIND_LABELS } from '../formats/kindLabels';
import type { ArgEdge, ArgMap, ArgNode } from '../model/map';
import { oneLine } from '../text/oneLine';

/** Past this many characters, a node's text is cut where it is quoted in another's description or a link's name. */
const QUOTED_LENGTH = 90;

/** A node's text on one line, or what it is when it has none yet ("(empty premise)"). */
export function nodeText(node: ArgNode): string {
  return oneLine(node.text) || `(empty ${KIND_LABELS[node.kind].toLowerCase()})`;
}

/**
 * Short texts already made, by node record: a claim is quoted in the description of each of its reasons
 * and the name of each of their links, thousands of times on a large map. Text and kind are checked too,
 * so a record changed in place is shortened afresh.
 */
const shortened = new WeakMap<ArgNode, { text: string; kind: string; short: string }>();

/** A node's text as another node or a link quotes it: short enough to be listened to. */
export function shortText(node: ArgNode | undefined): string {
  if (!node) return '(missing node)';
  const known = shortened.get(node);
  if (known && known.text === node.text && known.kind === node.kind) return known.short;
  const text = nodeText(node);
  const short = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1).trimEnd()}…` : text;
  shortened.set(node, { text: node.text, kind: node.kind, short });
  return short;
}

/**
 * What a screen reader says for a node, on the canvas and in the outline alike: its kind, its text
 * and, for a quote, who said it ("Quote: We must talk. — Jeffrey J. Hall").
 */
export function nodeName(node: ArgNode): string {
  const name = `${KIND_LABELS[node.kind]}: ${nodeText(node)}`;
  if (node.kind !== 'quote') return name;
  return `${name} — ${oneLine(node.quote?.speaker ?? '') || 'Unknown speaker'}`;
}

const descriptions = new WeakMap<ArgMap, ReadonlyMap<string, string>>();

/**
 * What each node bears on, as its description ("supports: Reconciliation is possible"); nodes that bear
 * on nothing (a thesis, a note) have none. Computed once per version of the map.
 */
export function nodeDescriptions(map: ArgMap): ReadonlyMap<string, string> {
  const known = descriptions.get(map);
  if (known) return known;
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const result = new Map<string, string>();
  for (const edge of map.edges) {
    const part = `${edge.relation}: ${shortText(byId.get(edge.to))}`;
    const before = result.get(edge.from);
    result.set(edge.from, before === undefined ? part : `${before}; ${part}`);
  }
  descriptions.set(map, result);
  return result;
}

/** What a screen reader says for a link: "<reason> supports <claim>". */
export function linkName(edge: ArgEdge, from: ArgNode | undefined, to: ArgNode | undefined): string {
  return `${shortText(from)} ${edge.relation} ${shortText(to)}`;
}

/** How many of a thing, spoken: "1 node", "3 nodes". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * What a folded card's badge ("+12") says: how many nodes its fold hides ("12 nodes folded away"), or
 * in Focus on Claim how many lie below a reason ("3 nodes below it").
 */
export function foldedNote(count: number, below = false): string {
  return `${countOf(count, 'node')} ${below ? 'below it' : 'folded away'}`;
}

/** A card's description: what its fold hides, then what it bears on, as one list of facts. */
export function cardDescription(bearsOn: string | undefined, folded: string | undefined): string | undefined {
  const facts = [folded, bearsOn].filter((fact) => fact);
  return facts.length > 0 ? facts.join('; ') : undefined;
}

/** A sentence with its full stop, unless it already ends as a sentence does ("loud." stays "loud."). */
const stop = (sentence: string) => (/[.!?…]$/.test(sentence) ? sentence : `${sentence}.`);

/**
 * What is said as a presented step comes up: where the talk is, the step's title and the nodes it
 * puts in focus ("Step 2 out of 5: Why now. Focus: Premise: Talks resumed in May."). "Out of" keeps it
 * apart from the visible counter ("Step 2 of 5"), which it would otherwise repeat word for word.
 */
export function stepAnnouncement(
  map: ArgMap,
  at: { step: number; stepCount: number; overview: boolean },
): string {
  if (at.overview) return 'Overview of the whole map';
  const step = map.tour[at.step];
  const where = `Step ${at.step + 1} out of ${at.stepCount}`;
  if (!step) return where;
  const focus = step.focus
    .map((id) => map.nodes.find((node) => node.id === id))
    .filter((node) => node !== undefined)
    .map(nodeName);
  const title = oneLine(step.title ?? '');
  return `${stop(`${where}${title ? `: ${title}` : ''}`)}${focus.length > 0 ? ` ${stop(`Focus: ${focus.join('; ')}`)}` : ''}`;
}
