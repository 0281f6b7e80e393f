type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js's legacy build (it runs on Node 20, which the command line and the tests use), loaded on first use:
 * it is an ES module, and main and the command line are CommonJS. pdf.js 5 is pinned because 6 needs Node 22.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}
