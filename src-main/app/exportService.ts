import type { ExportOptions, OutputFormat } from '../../src-shared/export/exportOptions';
import type { InterFonts } from '../../src-shared/export/interFonts';
import { renderHandout } from '../../src-shared/export/renderHandout';
import { convertedName, FORMAT_INFO } from '../../src-shared/formats/formats';
import type {
  CopiedImage,
  ExportPreview,
  SaveResult,
  TextExportFormat,
  TextExportPreview,
} from '../../src-shared/ipc/contract';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import type { ArgMap } from '../../src-shared/model/map';
import { exportMap } from '../export/exportMap';
import { previewExport } from '../export/exportPreview';
import { writeFileAtomic } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';
import { suggestFileName } from '../files/mapFileName';
import { checkOutput } from '../files/outputGuard';
import type { Dialogs, Windows } from './ports';
import { previewTextExport, textExportOf } from './textExport';

export interface ExportServiceDeps {
  fs: FileSystem;
  dialogs: Dialogs;
  windows: Pick<Windows, 'send'>;
  fonts: () => Promise<InterFonts>;
  /** The system clipboard, written by main (a page may not write images to it). */
  clipboard?: Clipboard;
}

/** The system clipboard, as main writes it. */
export interface Clipboard {
  writePng(png: Uint8Array): void | Promise<void>;
  writeSvg(svg: string): void | Promise<void>;
}

const EXTENSIONS: Record<OutputFormat, string> = { svg: '.svg', png: '.png', pdf: '.pdf', html: '.html' };

/** A file name for an export: the map's title (and what is shown) made safe as for Save, with the extension. */
export function exportFileName(map: ArgMap, options: ExportOptions): string {
  const { subject } = options;
  const what =
    subject.kind === 'step' ? ` step ${subject.index + 1}` : subject.kind === 'nodes' ? ' selection' : '';
  return suggestFileName(`${map.title}${what}`, EXTENSIONS[options.format]);
}

function withExtension(path: string, format: OutputFormat): string {
  return path.toLowerCase().endsWith(EXTENSIONS[format]) ? path : `${path}${EXTENSIONS[format]}`;
}

/** One export at a time per window: a second would compete for the same progress bar. */
const BUSY: SaveResult = {
  status: 'failed',
  message: 'Another export is still running: wait for it to finish, or cancel it.',
};

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Exports for windows. The renderer sends the map as it stands and the options; main draws the file
 * with the same engine as `argmap export`, asks where to put it, and writes it atomically. One export
 * runs per window; it reports progress to the window and stops when the window cancels it.
 */
export class ExportService {
  readonly #deps: ExportServiceDeps;
  readonly #running = new Map<number, AbortController>();

  constructor(deps: ExportServiceDeps) {
    this.#deps = deps;
  }

  previewText(text: string, format: TextExportFormat): TextExportPreview {
    return previewTextExport(text, format);
  }

  /** Writes the map as Argdown, AIF, a Markdown outline or JSON Canvas, where the user says. */
  async saveText(windowId: number, text: string, format: TextExportFormat): Promise<SaveResult> {
    const made = textExportOf(text, format);
    if (!made.ok) return { status: 'failed', message: made.message };
    const name = convertedName(suggestFileName(made.map.title), format);
    const chosen = await this.#deps.dialogs.chooseExportPath(windowId, name, format);
    if (chosen === null) return { status: 'canceled' };
    const path = /\.[a-z]+$/i.test(fileName(chosen)) ? chosen : `${chosen}${FORMAT_INFO[format].extension}`;
    // The rule of `argmap convert`: never over a map (AIF's .json lists every map in the dialog).
    const allowed = await checkOutput(this.#deps.fs, path, { inputs: [] });
    if (!allowed.ok) return { status: 'failed', message: allowed.message };
    const written = await writeFileAtomic(this.#deps.fs, path, made.text);
    return written.ok
      ? { status: 'saved', name: fileName(path) }
      : { status: 'failed', message: written.message };
  }

  async preview(text: string, options: ExportOptions): Promise<ExportPreview> {
    const loaded = loadMapFromText(text);
    if (!loaded.ok)
      return { status: 'failed', message: `The map is not valid: ${loaded.errors[0]?.message}` };
    return previewExport(loaded.value, options, await this.#deps.fonts());
  }

  /** Puts the export on the clipboard, and gives its bytes back: an SVG as text, a PNG as base64. */
  async copy(text: string, options: ExportOptions): Promise<CopiedImage> {
    const loaded = loadMapFromText(text);
    if (!loaded.ok)
      return { status: 'failed', message: `The map is not valid: ${loaded.errors[0]?.message}` };
    if (options.format === 'pdf') return { status: 'failed', message: 'A PDF cannot go on the clipboard.' };
    if (options.format === 'html')
      return { status: 'failed', message: 'A web page cannot go on the clipboard: export it to a file.' };
    const result = await exportMap(loaded.value, options, { fonts: await this.#deps.fonts() });
    if (!result.ok) return { status: 'failed', message: result.message };
    const svg = options.format === 'svg' ? new TextDecoder().decode(result.bytes) : null;
    if (svg !== null) await this.#deps.clipboard?.writeSvg(svg);
    else await this.#deps.clipboard?.writePng(result.bytes);
    const data = svg ?? Buffer.from(result.bytes).toString('base64');
    return { status: 'copied', format: options.format, data };
  }

  async save(windowId: number, text: string, options: ExportOptions): Promise<SaveResult> {
    const loaded = loadMapFromText(text);
    if (!loaded.ok) {
      return { status: 'failed', message: `The map was not exported: ${loaded.errors[0]?.message}` };
    }
    const map = loaded.value;
    if (this.#running.has(windowId)) return BUSY;
    const chosen = await this.#deps.dialogs.chooseExportPath(
      windowId,
      exportFileName(map, options),
      options.format,
    );
    if (chosen === null) return { status: 'canceled' };
    const path = withExtension(chosen, options.format);
    return this.#run(windowId, async (signal) => {
      const fonts = await this.#deps.fonts();
      const result = await exportMap(map, options, {
        fonts,
        signal,
        onProgress: this.#progressTo(windowId),
      });
      if (!result.ok)
        return result.canceled ? { status: 'canceled' } : { status: 'failed', message: result.message };
      return this.#write(path, result.bytes, signal);
    });
  }

  /** The presentation's handout: a PDF with a page per tour step. */
  async saveHandout(windowId: number, text: string, theme: 'light' | 'dark'): Promise<SaveResult> {
    const loaded = loadMapFromText(text);
    if (!loaded.ok)
      return { status: 'failed', message: `The handout could not be made: ${loaded.errors[0]?.message}` };
    if (loaded.value.tour.length === 0) {
      return { status: 'failed', message: 'The map has no tour: add steps to the tour first.' };
    }
    if (this.#running.has(windowId)) return BUSY;
    const chosen = await this.#deps.dialogs.chooseExportPath(
      windowId,
      suggestFileName(`${loaded.value.title} handout`, '.pdf'),
      'pdf',
    );
    if (chosen === null) return { status: 'canceled' };
    const path = withExtension(chosen, 'pdf');
    return this.#run(windowId, async (signal) => {
      const pdf = await renderHandout(loaded.value, await this.#deps.fonts(), theme, {
        signal,
        onProgress: this.#progressTo(windowId),
      });
      return this.#write(path, pdf, signal);
    });
  }

  /** Stops the window's running export; nothing is written. */
  cancel(windowId: number): void {
    this.#running.get(windowId)?.abort();
  }

  #progressTo(windowId: number) {
    return (done: number, total: number) =>
      this.#deps.windows.send(windowId, 'export:progress', { done, total });
  }

  async #run(windowId: number, work: (signal: AbortSignal) => Promise<SaveResult>): Promise<SaveResult> {
    if (this.#running.has(windowId)) return BUSY;
    const controller = new AbortController();
    this.#running.set(windowId, controller);
    this.#deps.windows.send(windowId, 'export:progress', { done: 0, total: 1 });
    try {
      return await work(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return { status: 'canceled' };
      throw error;
    } finally {
      if (this.#running.get(windowId) === controller) this.#running.delete(windowId);
    }
  }

  async #write(path: string, bytes: Uint8Array, signal: AbortSignal): Promise<SaveResult> {
    if (signal.aborted) return { status: 'canceled' };
    // The same rule as `argmap export`: an export never replaces a map (a map file named "talk.svg").
    const allowed = await checkOutput(this.#deps.fs, path, { inputs: [] });
    if (!allowed.ok) return { status: 'failed', message: allowed.message };
    const written = await writeFileAtomic(this.#deps.fs, path, bytes);
    if (!written.ok) {
      return { status: 'failed', message: written.message.replace('Could not save', 'Could not export to') };
    }
    return { status: 'saved', name: fileName(path) };
  }
}
