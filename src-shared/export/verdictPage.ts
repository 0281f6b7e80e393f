import type { PDFDocument, PDFPage } from 'pdf-lib';
import { evaluateMap, VERDICTS } from '../assess/evaluate';
import { openQuestionsReport } from '../assess/openQuestionsReport';
import type { ArgMap } from '../model/map';
import { type EmbeddedInter, pdfColor } from './pdfScene';
import { wrapText } from './wrapText';

/** Whether the map has been weighed at all: some node assessed, labelled with a scheme, or a step showing it. */
export function hasAssessment(map: ArgMap): boolean {
  return (
    map.nodes.some((node) => node.assessment || node.scheme) || map.tour.some((step) => step.showAssessment)
  );
}

const TEXT = { size: 11, lineHeight: 15 };

/**
 * The handout's last pages when the map has been weighed: the verdict on the thesis with its strength, then
 * the critical questions still open, node by node, continued on further pages as needed.
 */
export function addVerdictPages(
  doc: PDFDocument,
  map: ArgMap,
  inter: EmbeddedInter,
  page: { width: number; height: number; margin: number },
) {
  const width = page.width - 2 * page.margin;
  let current: PDFPage = doc.addPage([page.width, page.height]);
  let y = page.height - page.margin;
  const line = (text: string, font = inter.regular, size = TEXT.size, color = '#1f2023') => {
    for (const part of wrapText(text, width, (t) => font.widthOfTextAtSize(t, size))) {
      if (y - size < page.margin) {
        current = doc.addPage([page.width, page.height]);
        y = page.height - page.margin;
      }
      y -= size * 1.35;
      current.drawText(part, { x: page.margin, y, size, font, color: pdfColor(color) });
    }
  };
  const evaluation = evaluateMap(map);
  const { thesis } = evaluation;
  line('Verdict', inter.semibold, 18);
  y -= 6;
  if (thesis) {
    const strength = thesis.strength === null ? 'unknown' : `${Math.round(thesis.strength * 100)} %`;
    line(`${VERDICTS[thesis.label]}: strength ${strength}`, inter.semibold, 15);
    line(map.nodes.find((node) => node.id === thesis.id)?.text ?? '', inter.regular, 12, '#3d3f45');
  } else line('The map has no thesis to weigh.');
  const open = openQuestionsReport(map);
  y -= 12;
  line(open.length === 0 ? 'Every critical question is answered.' : 'Open questions', inter.semibold, 15);
  for (const entry of open) {
    y -= 4;
    const speaker = entry.node.quote?.speaker ? ` — ${entry.node.quote.speaker}` : '';
    line(`${entry.node.text}${speaker}`, inter.medium);
    for (const question of entry.questions) line(`   • ${question.question}`, inter.regular, 10.5, '#3d3f45');
  }
}
