import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { renderHandout } from '../../../src-shared/export/renderHandout';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { pdfFonts, pdfText } from '../../support/pdfText';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const article = loaded.value;

const textOf = (pdf: Uint8Array, page: number) => pdfText(pdf, { page });

describe('the handout', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await renderHandout(article, await loadInterFonts());
  }, 60_000);

  test('has one A4 landscape page per tour step', async () => {
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(article.tour.length);
    expect(doc.getPage(0).getSize()).toEqual({ width: 842, height: 595 });
  });

  test('each page carries its step’s title and notes, and the text of its focus, as selectable text', async () => {
    for (const index of [0, 2, article.tour.length - 1]) {
      const step = article.tour[index];
      const text = (await textOf(pdf, index + 1)).replace(/\s+/g, ' ');
      expect(text).toContain(`${index + 1}. ${step?.title}`);
      expect(text).toContain((step?.notes ?? '').split(' ').slice(0, 6).join(' '));
      const focus = article.nodes.find((node) => node.id === step?.focus[0]);
      expect(text).toContain(focus?.text.split(' ').slice(0, 3).join(' '));
    }
  });

  test('embeds Inter, with a Unicode map (so copied text is the real text)', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.map((font) => font.name.replace(/-\d+$/, '')).sort()).toEqual([
      'Inter-Italic',
      'Inter-Regular',
      'Inter-SemiBold',
    ]);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, toUnicode: true });
    expect(await textOf(pdf, 3)).toContain('Kishida’s initiative');
  });
});
