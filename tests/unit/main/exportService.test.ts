import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExportService } from '../../../src-main/app/exportService';
import { exportMap } from '../../../src-main/export/exportMap';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../src-shared/export/exportOptions';
import { isPng } from '../../../src-shared/export/pngChunks';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { faultyFileSystem, tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();
const article = await readFile('maps/article.argmap.json', 'utf8');
const sample = serializeMap(sampleMap());
const options = (patch: Partial<ExportOptions> = {}): ExportOptions => ({
  ...DEFAULT_EXPORT_OPTIONS,
  ...patch,
});

function service(fs = nodeFileSystem) {
  const dialogs = new ScriptedDialogs();
  const progress: Array<[number, number]> = [];
  const exports = new ExportService({
    fs,
    dialogs,
    windows: {
      send: (_id, channel, payload) => {
        if (channel === 'export:progress') {
          const { done, total } = payload as { done: number; total: number };
          progress.push([done, total]);
        }
      },
    },
    fonts: loadInterFonts,
  });
  return { exports, dialogs, progress };
}

describe('exporting for a window', () => {
  test('asks where, suggesting a name from the title and what is shown, then writes and reports progress', async () => {
    const { exports, dialogs, progress } = service();
    dialogs.exportAnswers.push(join(folder(), 'talk'));
    const result = await exports.save(
      1,
      article,
      options({ format: 'pdf', paper: 'a4', subject: { kind: 'step', index: 4 } }),
    );
    expect(result).toEqual({ status: 'saved', name: 'talk.pdf' });
    expect(dialogs.asked).toEqual([
      'export:Possible reconciliation between Japan and North Korea step 5.pdf',
    ]);
    expect((await readFile(join(folder(), 'talk.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(progress[0]).toEqual([0, 1]);
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
  });

  test('never writes over a map, whatever the file is called', async () => {
    const { exports, dialogs } = service();
    const map = join(folder(), 'talk.svg');
    await writeFile(map, article);
    dialogs.exportAnswers.push(map);
    const result = await exports.save(1, article, options({ format: 'svg' }));
    expect(result).toEqual({
      status: 'failed',
      message: `Will not write "${map}": it is an Argmap map, and writing would replace it. Nothing was written; choose another output file.`,
    });
    expect(await readFile(map, 'utf8')).toBe(article);
  });

  test('a text export (AIF, Argdown, outline, canvas) never writes over a map either', async () => {
    const { exports, dialogs } = service();
    const map = join(folder(), 'seminar.argmap.json');
    await writeFile(map, sample);
    for (const format of ['aif', 'argdown', 'markdown', 'canvas'] as const) {
      dialogs.exportAnswers.push(map);
      expect(await exports.saveText(1, article, format)).toEqual({
        status: 'failed',
        message: `Will not write "${map}": it is an Argmap map, and writing would replace it. Nothing was written; choose another output file.`,
      });
    }
    expect(await readFile(map, 'utf8')).toBe(sample);
    // Anywhere else it writes as before.
    dialogs.exportAnswers.push(join(folder(), 'seminar'));
    expect(await exports.saveText(1, article, 'aif')).toEqual({ status: 'saved', name: 'seminar.json' });
    expect(JSON.parse(await readFile(join(folder(), 'seminar.json'), 'utf8'))).toHaveProperty('nodes');
  });

  test('a canceled dialog writes nothing and draws nothing', async () => {
    const { exports, dialogs, progress } = service();
    dialogs.exportAnswers.push(null);
    expect(await exports.save(1, sample, options())).toEqual({ status: 'canceled' });
    expect(progress).toEqual([]);
    expect(await readdir(folder())).toEqual([]);
  });

  test('cancel stops the window’s running export; no file, no temp file is left', async () => {
    const { exports, dialogs, progress } = service();
    dialogs.exportAnswers.push(join(folder(), 'huge.png'));
    const running = exports.save(7, article, options({ format: 'png', scale: 3 }));
    await vi.waitFor(() => expect(progress.length).toBeGreaterThan(1), { timeout: 30_000 });
    exports.cancel(7);
    expect(await running).toEqual({ status: 'canceled' });
    expect(await readdir(folder())).toEqual([]);
  }, 60_000);

  test('the handout reports a page at a time, and stops when canceled', async () => {
    const { exports, dialogs, progress } = service();
    dialogs.exportAnswers.push(join(folder(), 'handout'));
    const running = exports.saveHandout(3, article, 'light');
    await vi.waitFor(() => expect(progress.length).toBeGreaterThan(2), { timeout: 30_000 });
    exports.cancel(3);
    expect(await running).toEqual({ status: 'canceled' });
    const steps = JSON.parse(article).tour.length;
    expect(progress.slice(1, 3)).toEqual([
      [1, steps],
      [2, steps],
    ]);
    expect(await readdir(folder())).toEqual([]);
  }, 60_000);

  test('a failed write names the file and the reason', async () => {
    const faulty = faultyFileSystem();
    faulty.failOn('rename', 1, 'ENOSPC');
    const { exports, dialogs } = service(faulty.fs);
    dialogs.exportAnswers.push(join(folder(), 'full.svg'));
    const result = await exports.save(1, sample, options({ format: 'svg' }));
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('full.svg') });
    expect(result).toMatchObject({ message: expect.stringContaining('disk is full') });
  });

  test('a map that is not valid is refused before any dialog', async () => {
    const { exports, dialogs } = service();
    const result = await exports.save(1, '{"format":"argmap","version":1}', options());
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('not exported') });
    expect(dialogs.asked).toEqual([]);
  });
});

describe('previews and copies', () => {
  test('a preview is a small PNG with the export’s real size, and any problem with the options', async () => {
    const { exports } = service();
    const preview = await exports.preview(article, options({ format: 'png', scale: 2 }));
    if (preview.status !== 'ready') throw new Error(preview.message);
    expect(isPng(Buffer.from(preview.image, 'base64'))).toBe(true);
    // The export's own size, twice the drawing at 2×: far larger than the small image the dialog shows.
    const drawing = await exports.preview(article, options({ format: 'svg' }));
    if (drawing.status !== 'ready') throw new Error(drawing.message);
    expect(preview.width).toBe(drawing.width * 2);
    expect(preview.width).toBeGreaterThan(1280);
    expect(preview.problem).toBeNull();
    // A4 sheets: as many as the PDF that is written has.
    const tiles = await exports.preview(article, options({ format: 'pdf', paper: 'a4' }));
    const written = await exportMap(JSON.parse(article), options({ format: 'pdf', paper: 'a4' }), {
      fonts: await loadInterFonts(),
    });
    if (!written.ok) throw new Error(written.message);
    expect(tiles).toMatchObject({ status: 'ready', pages: written.pages });
    expect(written.pages).toBeGreaterThan(1);
  });

  test('a copy gives an SVG’s text or a PNG’s base64; a PDF cannot be copied', async () => {
    const { exports } = service();
    const svg = await exports.copy(sample, options({ format: 'svg' }));
    expect(svg).toMatchObject({ status: 'copied', format: 'svg', data: expect.stringMatching(/^<\?xml/) });
    const png = await exports.copy(sample, options({ format: 'png' }));
    expect(png.status === 'copied' && isPng(Buffer.from(png.data, 'base64'))).toBe(true);
    expect(await exports.copy(sample, options({ format: 'pdf' }))).toMatchObject({ status: 'failed' });
  });
});

test('one export at a time per window: a second is refused before its dialog, another window’s runs', async () => {
  const { exports, dialogs, progress } = service();
  dialogs.exportAnswers.push(join(folder(), 'first.png'), join(folder(), 'other.svg'));
  const first = exports.save(1, article, options({ format: 'png', scale: 2 }));
  await vi.waitFor(() => expect(progress.length).toBeGreaterThan(0));
  expect(await exports.save(1, sample, options({ format: 'svg' }))).toMatchObject({
    status: 'failed',
    message: expect.stringContaining('Another export is still running'),
  });
  expect(await exports.save(2, sample, options({ format: 'svg' }))).toEqual({
    status: 'saved',
    name: 'other.svg',
  });
  expect(await first).toEqual({ status: 'saved', name: 'first.png' });
  expect(dialogs.asked).toHaveLength(2);
}, 60_000);
