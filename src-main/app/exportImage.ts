import type { SaveResult } from '../../src-shared/ipc/contract';
import { writeFileAtomic } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';
import { suggestFileName } from '../files/mapFileName';
import type { Dialogs, ImageFormat } from './ports';

export interface ExportRequest {
  format: ImageFormat;
  text: string;
  suggestedName: string;
}

/** Exports for a window, with the file system and dialogs already at hand. */
export interface ImageExporter {
  export(windowId: number, request: ExportRequest): Promise<SaveResult>;
}

export function createImageExporter(deps: { fs: FileSystem; dialogs: Dialogs }): ImageExporter {
  return { export: (windowId, request) => exportImage(deps, windowId, request) };
}

const EXTENSIONS: Record<ImageFormat, string> = { svg: '.svg' };

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
  if (!/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(request.text)) {
    return { status: 'failed', message: 'The image could not be exported: it is not an SVG document.' };
  }
  const chosen = await deps.dialogs.chooseExportPath(
    windowId,
    exportFileName(request.suggestedName, request.format),
    request.format,
  );
  if (chosen === null) return { status: 'canceled' };
  const extension = EXTENSIONS[request.format];
  const path = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
  const written = await writeFileAtomic(deps.fs, path, request.text);
  if (!written.ok)
    return { status: 'failed', message: written.message.replace('Could not save', 'Could not export to') };
  return { status: 'saved', name: path.split(/[\\/]/).pop() ?? path };
}
