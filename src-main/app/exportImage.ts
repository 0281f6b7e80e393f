import { renderHandout } from '../../src-shared/export/renderHandout';
import type { SaveResult } from '../../src-shared/ipc/contract';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { writeFileAtomic } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';
import { loadHandoutFonts } from '../files/handoutFonts';
import { suggestFileName } from '../files/mapFileName';
import type { Dialogs, ImageFormat } from './ports';

export interface ExportRequest {
  format: 'svg' | 'png';
  /** The SVG's text, or the PNG's bytes in base64. */
  data: string;
  suggestedName: string;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The file's bytes, once checked to be the format asked for; null otherwise. */
function contentOf(request: ExportRequest): string | Uint8Array | null {
  if (request.format === 'svg')
    return /^(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(request.data) ? request.data : null;
  const bytes = Buffer.from(request.data, 'base64');
  return bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? bytes : null;
}

/** Exports for a window, with the file system and dialogs already at hand. */
export interface ImageExporter {
  export(windowId: number, request: ExportRequest): Promise<SaveResult>;
  exportHandout(windowId: number, request: { text: string; theme: 'light' | 'dark' }): Promise<SaveResult>;
}

export function createImageExporter(deps: { fs: FileSystem; dialogs: Dialogs }): ImageExporter {
  return {
    export: (windowId, request) => exportImage(deps, windowId, request),
    exportHandout: (windowId, request) => exportHandout(deps, windowId, request),
  };
}

const EXTENSIONS: Record<ImageFormat, string> = { svg: '.svg', png: '.png', pdf: '.pdf' };

/** A file name for an export: the map's title made safe (as for Save), with the format's extension. */
export function exportFileName(title: string, format: ImageFormat): string {
  return suggestFileName(title, EXTENSIONS[format]);
}

/**
 * Writes an image the renderer drew to a file the user picks. The renderer names no path; main checks
 * that what it writes is the format asked for, and writes it atomically like a map.
 */
export async function exportImage(
  deps: { fs: FileSystem; dialogs: Dialogs },
  windowId: number,
  request: ExportRequest,
): Promise<SaveResult> {
  const content = contentOf(request);
  if (content === null) {
    return {
      status: 'failed',
      message: `The image could not be exported: it is not a ${request.format.toUpperCase()} image.`,
    };
  }
  const chosen = await deps.dialogs.chooseExportPath(
    windowId,
    exportFileName(request.suggestedName, request.format),
    request.format,
  );
  if (chosen === null) return { status: 'canceled' };
  const extension = EXTENSIONS[request.format];
  const path = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
  const written = await writeFileAtomic(deps.fs, path, content);
  if (!written.ok)
    return { status: 'failed', message: written.message.replace('Could not save', 'Could not export to') };
  return { status: 'saved', name: path.split(/[\\/]/).pop() ?? path };
}

/** The presentation's handout: a PDF with a page per tour step, drawn in main with the bundled Inter. */
export async function exportHandout(
  deps: { fs: FileSystem; dialogs: Dialogs },
  windowId: number,
  request: { text: string; theme: 'light' | 'dark' },
): Promise<SaveResult> {
  const loaded = loadMapFromText(request.text);
  if (!loaded.ok)
    return { status: 'failed', message: `The handout could not be made: ${loaded.errors[0]?.message}` };
  if (loaded.value.tour.length === 0)
    return { status: 'failed', message: 'The map has no tour: add steps to the tour first.' };
  const chosen = await deps.dialogs.chooseExportPath(
    windowId,
    suggestFileName(`${loaded.value.title} handout`, '.pdf'),
    'pdf',
  );
  if (chosen === null) return { status: 'canceled' };
  const path = chosen.toLowerCase().endsWith('.pdf') ? chosen : `${chosen}.pdf`;
  const pdf = await renderHandout(loaded.value, await loadHandoutFonts(), request.theme);
  const written = await writeFileAtomic(deps.fs, path, pdf);
  if (!written.ok)
    return { status: 'failed', message: written.message.replace('Could not save', 'Could not export to') };
  return { status: 'saved', name: path.split(/[\\/]/).pop() ?? path };
}
