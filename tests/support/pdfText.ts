import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { loadPdfJs } from '../../src-main/import/loadPdfJs';

/*
 * PDFs are read in the tests with pdf.js (its legacy build, which runs in Node 20) rather than with
 * system tools, so the tests need nothing but npm's packages and a browser. pdf.js reads text in
 * drawing order and renders pages on @napi-rs/canvas (Skia, from npm).
 */

const pdfjsFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const standardFontDataUrl = `${pathToFileURL(join(pdfjsFolder, 'standard_fonts')).href}/`;

/** Documents opened here, each with the loading task that closes it (pdf.js 6 closes through the task). */
const tasks = new WeakMap<PDFDocumentProxy, { destroy(): Promise<void> }>();

async function open(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: pdf.slice(), standardFontDataUrl });
  const doc = await task.promise;
  tasks.set(doc, task);
  return doc;
}

const close = (doc: PDFDocumentProxy) => tasks.get(doc)?.destroy();

/**
 * The text of a PDF (or of one page) in drawing order, as a reader copying it would get it.
 * Every run of white space becomes one space.
 */
export async function pdfText(pdf: Uint8Array, options: { page?: number } = {}): Promise<string> {
  const doc = await open(pdf);
  const numbers =
    options.page === undefined ? Array.from({ length: doc.numPages }, (_, i) => i + 1) : [options.page];
  const pages: string[] = [];
  for (const number of numbers) {
    const content = await (await doc.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await close(doc);
  return pages.join(' ').replace(/\s+/g, ' ');
}

/**
 * A page rendered at `dpi` on white, as pixels: a byte each in grey (luminance), three in colour.
 * A page with a transparent background shows the white beneath.
 */
export async function pdfRaster(pdf: Uint8Array, page: number, dpi: number, colour: 'grey' | 'rgb') {
  const doc = await open(pdf);
  const pdfPage = await doc.getPage(page);
  const viewport = pdfPage.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  await pdfPage.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const { width, height, data } = context.getImageData(0, 0, canvas.width, canvas.height);
  await close(doc);
  const size = colour === 'grey' ? 1 : 3;
  const pixels = new Uint8Array(width * height * size);
  for (let i = 0; i < width * height; i++) {
    const [r = 0, g = 0, b = 0] = data.subarray(i * 4, i * 4 + 3);
    if (colour === 'rgb') pixels.set([r, g, b], i * 3);
    else pixels[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width, height, pixels };
}

export interface PdfFont {
  /** The font's name without its subset tag (`ABCDEF+Inter-Regular` → `Inter-Regular`). */
  name: string;
  /** Whether the font program travels in the file. */
  embedded: boolean;
  /** Whether it maps its glyphs back to Unicode, so copied text is the real text. */
  toUnicode: boolean;
}

/** Every font the PDF's pages use, once each, read from the fonts' dictionaries. */
export async function pdfFonts(pdf: Uint8Array): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(pdf);
  const seen = new Map<string, PdfFont>();
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const key = ref instanceof PDFRef ? ref.toString() : String(seen.size);
      const name = String(font.get(PDFName.of('BaseFont')) ?? '')
        .replace(/^\//, '')
        .replace(/^[A-Z]{6}\+/, '');
      // A composite (Type0) font keeps its program in its descendant's descriptor.
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const holder = descendants ? doc.context.lookup(descendants.get(0), PDFDict) : font;
      const descriptor = holder.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((file) =>
        descriptor?.has(PDFName.of(file)),
      );
      seen.set(key, { name, embedded, toUnicode: font.has(PDFName.of('ToUnicode')) });
    }
  }
  return [...seen.values()];
}
