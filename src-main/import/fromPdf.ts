import { type Article, clean, type ImportControl, ImportProblem, joinBlocks, withTitle } from './article';
import { loadPdfJs } from './loadPdfJs';
import { type PdfItem, type PdfPage, pdfBlocks } from './pdfLayout';

/** Titles that programs write when the document has none: a blank page's address, a file name. */
const PLACEHOLDER_TITLE = /^(about:blank|untitled.*|https?:\/\/\S+|\S+\.(docx?|pdf|html?|txt|rtf|odt))$/i;

/** A PDF's text layer read with pdf.js (in main or the command line: never in a window's page). */
export async function fromPdf(bytes: Uint8Array, control: ImportControl = {}): Promise<Article> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ImportProblem('the PDF is encrypted with a password.');
    throw new ImportProblem(`it is not a readable PDF (${error instanceof Error ? error.message : error}).`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      if (control.signal?.aborted) throw new ImportProblem('the import was canceled.');
      const page = await pdf.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , scaleY, x, y] = item.transform as number[];
        items.push({
          str: item.str,
          x: x ?? 0,
          y: y ?? 0,
          width: item.width,
          height: item.height || Math.abs(scaleY ?? 0),
        });
      }
      pages.push({ width, height, items });
      page.cleanup();
      control.onProgress?.(number, pdf.numPages);
    }
    const blocks = pdfBlocks(pages);
    if (blocks.join('').trim().length === 0) {
      throw new ImportProblem(
        'the PDF has no text layer (it may be a scanned document); Argmap cannot read text in images.',
      );
    }
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as {
      info: Record<string, unknown>;
    };
    const infoText = (key: string) =>
      typeof info[key] === 'string' ? clean(info[key] as string) : undefined;
    const named = infoText('Title');
    const title = (named && !PLACEHOLDER_TITLE.test(named) ? named : undefined) ?? firstPageTitle(pages[0]);
    const author = infoText('Author');
    return {
      text: joinBlocks(withTitle(title, blocks)),
      meta: {
        title,
        authors: author ? author.split(/\s*(?:;|\band\b|&)\s*/).filter(Boolean) : undefined,
      },
    };
  } finally {
    await task.destroy();
  }
}

/** The first page's largest text near its top, taken as the title when the PDF names none. */
function firstPageTitle(page: PdfPage | undefined): string | undefined {
  if (!page || page.items.length === 0) return undefined;
  const heights = page.items.map((item) => item.height).sort((a, b) => a - b);
  const largest = heights.at(-1) ?? 0;
  // A page in one type size has no title line to find.
  if (largest <= (heights[Math.floor(heights.length / 2)] ?? 0) * 1.2) return undefined;
  const top = page.items
    .filter((item) => item.height >= largest * 0.95 && item.str.trim())
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const text = clean(top.map((item) => item.str).join(' '));
  return text && text.length <= 200 ? text : undefined;
}
