import { PDFDocument } from 'pdf-lib';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { renderHandout } from '../../../src-shared/export/renderHandout';
import { pdfText } from '../../support/pdfText';
import { smallArgument } from '../../support/smallArgument';

test('a weighed map’s handout ends with the verdict and the critical questions still open', async () => {
  const map = smallArgument({
    nodes: 't c q',
    attacks: 'c>t',
    supports: 'q>t',
    kinds: { c: 'counterpoint', q: 'quote' },
    assess: { c: { status: 'rejected' }, q: { questions: { expertise: { answer: 'yes' } } } },
  });
  map.tour = [{ id: 's1', title: 'The claim', focus: ['t'] }];
  const pdf = await renderHandout(map, await loadInterFonts());
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
  const last = (await pdfText(pdf, { page: 2 })).replace(/\s+/g, ' ');
  expect(last).toContain('Verdict');
  // c is rejected, so nothing that is in attacks the thesis: it holds, at 0.5 + 0.5 × 0.5.
  expect(last).toContain('Holds: strength 75 %');
  expect(last).toContain('Open questions');
  expect(last).toContain('Is the speaker an expert in the field the claim is about?');
  expect(last).not.toContain('Is the speaker an expert?');
}, 60_000);

test('a map nobody has weighed has no verdict page', async () => {
  const map = smallArgument({ nodes: 't p', supports: 'p>t' });
  map.tour = [{ id: 's1', focus: ['t'] }];
  const pdf = await renderHandout(map, await loadInterFonts());
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
}, 60_000);

test('a step that shows the assessment shows the verdict on its page, and the steps before it do not', async () => {
  const map = smallArgument({ nodes: 't c', attacks: 'c>t', assess: { c: { status: 'rejected' } } });
  map.tour = [
    { id: 's1', title: 'The claim', focus: ['t'] },
    { id: 's2', title: 'The verdict', focus: ['t', 'c'], showAssessment: true },
  ];
  const pdf = await renderHandout(map, await loadInterFonts());
  const page = async (n: number) => (await pdfText(pdf, { page: n })).replace(/\s+/g, ' ');
  // The verdict over the thesis, as the presentation draws it: c is rejected, so the thesis holds at 0.5.
  expect(await page(1)).not.toContain('Holds ·');
  expect(await page(2)).toContain('Holds · 50 %');
}, 60_000);
