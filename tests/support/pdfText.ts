import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a PDF to a fresh temporary folder, for the poppler tools, which read files. */
export function pdfFile(pdf: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'argmap-pdf-')), 'document.pdf');
  writeFileSync(path, pdf);
  return path;
}

/**
 * The text of a PDF (or of one page) as a reader would copy it, with poppler's pdftotext (installed by
 * .ci/run); `raw` keeps drawing order. Every run of white space becomes one space.
 */
export function pdfText(pdf: Uint8Array, options: { page?: number; raw?: boolean } = {}): string {
  const pages = options.page === undefined ? [] : ['-f', String(options.page), '-l', String(options.page)];
  return execFileSync('pdftotext', [...(options.raw ? ['-raw'] : []), ...pages, pdfFile(pdf), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
}
