import type { NodeKind, Relation } from '../model/map';

/** The label of each kind in text formats ("Premise"), as the outline writer prints it. */
export const KIND_LABELS: Record<NodeKind, string> = {
  thesis: 'Thesis',
  premise: 'Premise',
  counterpoint: 'Counterpoint',
  rebuttal: 'Rebuttal',
  quote: 'Quote',
  note: 'Note',
};

/** What text formats write for a quote whose speaker is not known; read back as no speaker. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';

/** A speaker as written in a text format: the placeholder for an unknown one reads as none. */
export const speakerRead = (written: string) => (written === UNKNOWN_SPEAKER ? '' : written);

/** Labels a person drafting an outline might put before an item, and the kind each names. */
const LABELS: Record<string, NodeKind> = {
  thesis: 'thesis',
  claim: 'thesis',
  premise: 'premise',
  reason: 'premise',
  pro: 'premise',
  because: 'premise',
  counterpoint: 'counterpoint',
  objection: 'counterpoint',
  con: 'counterpoint',
  rebuttal: 'rebuttal',
  reply: 'rebuttal',
  quote: 'quote',
  note: 'note',
};

/**
 * "**Premise:** text", "Con: text", "[Rebuttal] text" or "Quote (opposes): text": the kind the label names,
 * the relation when it departs from the kind's usual one, and the text after the label.
 */
export function splitKindLabel(line: string): { kind?: NodeKind; relation?: Relation; text: string } {
  const match =
    /^(?:\*\*|__)?\[?([A-Za-z]+)(?: \((supports|opposes)\))?\]?(?::(?:\*\*|__)?|(?:\*\*|__):?|\])\s*/.exec(
      line,
    );
  const kind = match ? LABELS[(match[1] as string).toLowerCase()] : undefined;
  if (!kind || !match) return { text: line.trim() };
  const relation = match[2] as Relation | undefined;
  return { kind, ...(relation && { relation }), text: line.slice(match[0].length).trim() };
}
