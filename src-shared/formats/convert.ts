import { type Imported, loadDraft } from '../load/loadDraft';
import { loadMapFromText } from '../load/loadMap';
import { parseJson } from '../load/parseJson';
import type { ArgMap } from '../model/map';
import { serializeMap } from '../model/serialize';
import { readAif } from './aifRead';
import { writeAif } from './aifWrite';
import { readArgdown } from './argdownRead';
import { writeArgdown } from './argdownWrite';
import { readCanvas } from './canvasRead';
import { writeCanvas } from './canvasWrite';
import type { MapDraft } from './draft';
import { type MapFormat, sniffJson } from './formats';
import { writeMarkdown } from './markdownWrite';
import { readOutline } from './outlineRead';

/** Larger foreign files are refused before parsing: the reference Argdown parser slows past a few MB. */
export const FOREIGN_FILE_CHARS = 16 * 1024 * 1024;

export type ImportResult = { ok: true; value: Imported } | { ok: false; problems: string[] };

type DraftResult = { ok: true; draft: MapDraft } | { ok: false; problems: string[] };

function parsedJson(text: string, read: (value: unknown) => DraftResult): DraftResult {
  const parsed = parseJson(text);
  return parsed.ok ? read(parsed.value) : { ok: false, problems: parsed.errors.map((e) => e.message) };
}

/** The draft a file of a foreign format holds; `json` is sniffed as AIF or JSON Canvas. */
function draftOf(text: string, format: Exclude<MapFormat, 'argmap'> | 'json', title: string): DraftResult {
  switch (format) {
    case 'argdown':
      return readArgdown(text, title);
    case 'aif':
      return parsedJson(text, (value) => readAif(value, title));
    case 'canvas':
      return parsedJson(text, (value) => readCanvas(value, title));
    case 'json':
      return parsedJson(text, (value) => {
        const kind = sniffJson(value);
        if (kind === 'aif') return readAif(value, title);
        if (kind === 'canvas') return readCanvas(value, title);
        return {
          ok: false,
          problems: ['It is JSON, but neither AIF (nodes with "nodeID") nor JSON Canvas.'],
        };
      });
    case 'markdown': {
      const draft = readOutline(text, title);
      return draft
        ? { ok: true, draft }
        : {
            ok: false,
            problems: ['It holds no outline: write the argument as an indented or bulleted list.'],
          };
    }
  }
}

/**
 * Reads a map from text in any format Argmap knows, through the one loader. `title` names the map when
 * the file does not (the file's name). Never throws; never returns part of a map.
 */
export async function importText(
  text: string,
  format: MapFormat | 'json',
  title: string,
): Promise<ImportResult> {
  if (text.length > FOREIGN_FILE_CHARS)
    return {
      ok: false,
      problems: [
        `It is too large to import (${(text.length / 1048576).toFixed(0)} MB; at most ${FOREIGN_FILE_CHARS / 1048576} MB).`,
      ],
    };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    if (
      format === 'argmap' ||
      (format === 'json' && /^\s*\{[\s\S]*"format"\s*:\s*"argmap"/.test(body.slice(0, 4096)))
    ) {
      const loaded = loadMapFromText(body);
      return loaded.ok
        ? { ok: true, value: { map: loaded.value, warnings: [] } }
        : {
            ok: false,
            problems: loaded.errors.map((e) => `${e.pointer ? `${e.pointer}: ` : ''}${e.message}`),
          };
    }
    const draft = draftOf(body, format, title);
    if (!draft.ok) return draft;
    const loaded = await loadDraft(draft.draft);
    return loaded.ok
      ? loaded
      : { ok: false, problems: loaded.errors.map((e) => `${e.pointer ? `${e.pointer}: ` : ''}${e.message}`) };
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is too large or too deeply nested' : String(error);
    return { ok: false, problems: [`It could not be read: ${reason}.`] };
  }
}

/** A map written in a format; every writer is pure and total. */
export function exportText(map: ArgMap, format: MapFormat): string {
  switch (format) {
    case 'argmap':
      return serializeMap(map);
    case 'argdown':
      return writeArgdown(map);
    case 'aif':
      return writeAif(map);
    case 'markdown':
      return writeMarkdown(map);
    case 'canvas':
      return writeCanvas(map);
  }
}
