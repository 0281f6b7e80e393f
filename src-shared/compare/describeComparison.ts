import type { ArgMap } from '../model/map';
import { oneLine } from '../text/oneLine';
import type { Difference, MapComparison } from './compareMaps';

/** A node's text as a report quotes it: one line, cut short with an ellipsis. */
export function quoteText(text: string, limit = 60): string {
  const line = oneLine(text);
  return `“${line.length > limit ? `${line.slice(0, limit - 1).trimEnd()}…` : line}”`;
}

const article = (kind: string) => (/^[aeiou]/i.test(kind) ? 'an' : 'a');
// Kinds are named in plain words already ("premise", "counterpoint").
const kindName = (kind: string | null) => kind ?? 'nothing';

/** One line that says what a difference is, in the words of argument mapping. */
export function explainDifference(reference: ArgMap, other: ArgMap, difference: Difference): string {
  const textIn = (map: ArgMap, id: string | null) =>
    quoteText(map.nodes.find((node) => node.id === id)?.text ?? '');
  const subject = textIn(reference, difference.reference);
  const { reference_value: was, other_value: is } = difference;
  switch (difference.what) {
    case 'kind':
      return `${subject} is ${article(kindName(was))} ${kindName(was)} in the reference, ${article(kindName(is))} ${kindName(is)} here.`;
    case 'relation':
      return `${subject} ${was} its claim in the reference, but ${is} it here.`;
    case 'speaker':
      return `${subject} is quoted from ${was} in the reference, from ${is} here.`;
    case 'parent':
      return `${subject} bears on ${was === null ? 'no claim' : textIn(reference, was)} in the reference, on ${is === null ? 'no claim' : textIn(other, is)} here.`;
  }
}

const percent = (value: number) => `${Math.round(value * 1000) / 10} %`;

/** The report `argmap compare` prints for one map: the score, then what is missing, extra and different. */
export function describeComparison(
  reference: ArgMap,
  other: ArgMap,
  report: MapComparison,
  names: { reference: string; other: string },
): string[] {
  const { precision, recall, f1, agreement } = report.score;
  const node = (map: ArgMap, id: string) => map.nodes.find((candidate) => candidate.id === id);
  const listed = (map: ArgMap, ids: string[]) =>
    ids.map((id) => {
      const found = node(map, id);
      return `  ${kindName(found?.kind ?? null).padEnd(12)} ${quoteText(found?.text ?? '', 80)}  (${id})`;
    });
  return [
    `${names.other} compared with ${names.reference}`,
    `  matched ${report.matched.length} of ${reference.nodes.length} reference nodes; ${report.missing.length} missing, ${report.extra.length} extra, ${report.differences.length} difference${report.differences.length === 1 ? '' : 's'}`,
    `  precision ${percent(precision)}, recall ${percent(recall)}, F1 ${f1.toFixed(2)}, agreement ${percent(agreement)}`,
    ...(report.missing.length > 0
      ? ['', 'Missing (in the reference, not in this map):', ...listed(reference, report.missing)]
      : []),
    ...(report.extra.length > 0
      ? ['', 'Extra (in this map, not in the reference):', ...listed(other, report.extra)]
      : []),
    ...(report.differences.length > 0
      ? [
          '',
          'Differences:',
          ...report.differences.map((d) => `  ${d.what.padEnd(9)} ${explainDifference(reference, other, d)}`),
        ]
      : []),
  ];
}
