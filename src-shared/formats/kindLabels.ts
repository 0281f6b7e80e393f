import type { NodeKind } from '../model/map';

/** The label of each kind in text formats ("Premise"), as the outline writer prints it. */
export const KIND_LABELS: Record<NodeKind, string> = {
  thesis: 'Thesis',
  premise: 'Premise',
  counterpoint: 'Counterpoint',
  rebuttal: 'Rebuttal',
  quote: 'Quote',
  note: 'Note',
};

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

/** "**Premise:** text", "Con: text" or "[Rebuttal] text": the kind it names and the text after the label. */
export function splitKindLabel(line: string): { kind?: NodeKind; text: string } {
  const match = /^(?:\*\*|__)?\[?([A-Za-z]+)\]?(?::(?:\*\*|__)?|(?:\*\*|__):?|\])\s*/.exec(line);
  const kind = match ? LABELS[(match[1] as string).toLowerCase()] : undefined;
  return kind && match ? { kind, text: line.slice(match[0].length).trim() } : { text: line.trim() };
}
