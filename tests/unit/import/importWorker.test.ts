import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { importArticle } from '../../../src-main/import/importArticle';
import { importInWorker, workerFromSource } from '../../../src-main/import/importInWorker';
import { isImportRequest, isWorkerReply } from '../../../src-main/import/workerProtocol';

const MARKDOWN = new TextEncoder().encode(
  '---\ntitle: Streets for People\n---\n\n# Streets for People\n\nBy Ana Ruiz\n\nCars make streets *loud*. Quiet [streets](https://x.org) are safer.\n',
);

/** A plain PDF of `pages` pages, each with a few lines of text. */
async function pdfOf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pages; number++) {
    const page = pdf.addPage([595, 842]);
    for (let line = 0; line < 20; line++) {
      page.drawText(`Page ${number}, line ${line}: road pricing cuts traffic and pays for buses.`, {
        x: 56,
        y: 760 - line * 15,
        size: 11,
        font,
      });
    }
  }
  return pdf.save();
}

describe('the import worker’s messages', () => {
  test('main understands progress and results, and nothing else', () => {
    expect(isWorkerReply({ type: 'progress', done: 2, total: 9 })).toBe(true);
    expect(isWorkerReply({ type: 'result', result: { ok: false, message: 'no text' } })).toBe(true);
    expect(isWorkerReply({ type: 'result', result: { ok: true, article: { text: 'a', meta: {} } } })).toBe(
      true,
    );
    expect(isWorkerReply({ type: 'progress', done: 'two', total: 9 })).toBe(false);
    expect(isWorkerReply({ type: 'result', result: { ok: true } })).toBe(false);
    expect(isWorkerReply({ type: 'result', result: { ok: false } })).toBe(false);
    expect(isWorkerReply('done')).toBe(false);
    expect(isWorkerReply(null)).toBe(false);
  });

  test('the worker serves a request with the file’s bytes and name, and nothing else', () => {
    expect(isImportRequest({ type: 'import', bytes: new Uint8Array(1), name: 'a.md' })).toBe(true);
    expect(isImportRequest({ type: 'import', bytes: [1, 2], name: 'a.md' })).toBe(false);
    expect(isImportRequest({ type: 'import', bytes: new Uint8Array(1) })).toBe(false);
  });
});

describe('importing in a worker thread', () => {
  test('gives the very article the same import gives on this thread', async () => {
    const here = await importArticle(MARKDOWN, 'streets.md');
    const there = await importInWorker(MARKDOWN, 'streets.md');
    expect(there).toEqual(here);
    expect(there.ok && there.article.meta.title).toBe('Streets for People');
  }, 60_000);

  test('reports each page of a PDF as it is read', async () => {
    const progress: Array<[number, number]> = [];
    const result = await importInWorker(await pdfOf(4), 'report.pdf', {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.ok).toBe(true);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  }, 60_000);

  test('a file that cannot be read fails with its name and the reason', async () => {
    const result = await importInWorker(new TextEncoder().encode('%PDF-1.7 broken'), 'broken.pdf');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('"broken.pdf"') });
  }, 60_000);

  test('Cancel during the import ends the worker and says the import was canceled', async () => {
    const controller = new AbortController();
    let worker: Worker | undefined;
    let exited = false;
    const result = await importInWorker(
      await pdfOf(60),
      'long.pdf',
      { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() },
      () => {
        worker = workerFromSource(resolve('src-main/import/importWorker.ts'));
        worker.on('exit', () => {
          exited = true;
        });
        return worker;
      },
    );
    expect(result).toEqual({ ok: false, message: 'Could not import "long.pdf": the import was canceled.' });
    await expect.poll(() => exited).toBe(true);
  }, 60_000);

  test('a worker that dies gives a clear failure rather than waiting for ever', async () => {
    const result = await importInWorker(
      MARKDOWN,
      'streets.md',
      {},
      () => new Worker('process.exit(3)', { eval: true }),
    );
    expect(result).toEqual({
      ok: false,
      message: 'Could not import "streets.md": the import stopped (exit code 3).',
    });
  });
});
