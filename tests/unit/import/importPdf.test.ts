import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { type Browser, chromium } from 'playwright';
import { importArticle } from '../../../src-main/import/importArticle';
import { chromiumLaunchOptions } from '../../support/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Chromium prints the page to PDF, as a browser's "Save as PDF" does. */
async function printed(html: string, options: { header?: string; pageNumbers?: boolean } = {}) {
  const page = await browser.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '2.5cm', bottom: '2.5cm', left: '2cm', right: '2cm' },
    displayHeaderFooter: !!(options.header || options.pageNumbers),
    headerTemplate: `<div style="font-size:9px;width:100%;text-align:center">${options.header ?? ''}</div>`,
    footerTemplate: options.pageNumbers
      ? '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>'
      : '<div></div>',
  });
  await page.close();
  return new Uint8Array(pdf);
}

const sentence = (n: number) =>
  `Sentence ${n} of the essay argues that road pricing cuts traffic and that the money raised pays for buses.`;
const paragraph = (from: number) => [0, 1, 2, 3].map((i) => sentence(from + i)).join(' ');
const PARAGRAPHS = Array.from({ length: 14 }, (_, i) => paragraph(i * 4));

async function imported(pdf: Uint8Array) {
  const result = await importArticle(pdf, 'essay.pdf');
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

describe('a PDF', () => {
  it('joins lines into paragraphs over several pages and drops running headers and page numbers', async () => {
    const html = `<html><head><title>Pricing the roads</title></head><body style="font: 12pt serif">
      <h1 style="font-size: 22pt">Pricing the roads</h1>
      ${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</body></html>`;
    const { text, meta } = await imported(
      await printed(html, { header: 'The Ledger · Opinion', pageNumbers: true }),
    );
    expect(meta.title).toBe('Pricing the roads');
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Pricing the roads');
    expect(blocks.slice(1)).toEqual(PARAGRAPHS);
    expect(text).not.toContain('The Ledger');
  }, 60_000);

  it('joins a word hyphenated at the end of a line', async () => {
    const html =
      '<p style="font: 12pt serif">Congestion charges are an argu-<br>ment about fairness as much as about traffic.</p>';
    expect((await imported(await printed(html))).text).toContain('an argument about fairness');
  }, 30_000);

  it('reads two columns in column order', async () => {
    const left = PARAGRAPHS.slice(0, 3);
    const right = PARAGRAPHS.slice(3, 6);
    const html = `<body style="font: 11pt serif; margin: 0">
      <div style="display: flex; gap: 1.2cm">
        <div style="flex: 1">${left.map((text) => `<p>${text}</p>`).join('')}</div>
        <div style="flex: 1">${right.map((text) => `<p>${text}</p>`).join('')}</div>
      </div></body>`;
    const { text } = await imported(await printed(html));
    expect(text.split('\n\n')).toEqual([...left, ...right]);
  }, 30_000);

  it('says a PDF with no text layer may be scanned', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const result = await importArticle(await pdf.save(), 'scan.pdf');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('no text layer') });
  });

  it('says an encrypted PDF needs its password', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Secret');
    const bytes = (length: number) => PDFHexString.of('ab'.repeat(length));
    const encrypt = pdf.context.obj({
      Filter: PDFName.of('Standard'),
      V: PDFNumber.of(1),
      R: PDFNumber.of(2),
      O: bytes(32),
      U: bytes(32),
      P: PDFNumber.of(-4),
    });
    pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
    pdf.context.trailerInfo.ID = pdf.context.obj([bytes(16), bytes(16)]);
    const result = await importArticle(await pdf.save({ useObjectStreams: false }), 'locked.pdf');
    expect(result).toEqual({
      ok: false,
      message: 'Could not import "locked.pdf": the PDF is encrypted with a password.',
    });
  });

  it('says a file that only claims to be a PDF is not one', async () => {
    const result = await importArticle(new TextEncoder().encode('%PDF-1.7 nothing else'), 'fake.pdf');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('not a readable PDF') });
  });
});
