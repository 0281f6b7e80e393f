import { basename } from 'node:path';
import { FOREIGN_FILE_CHARS, importText } from '../../src-shared/formats/convert';
import { type ForeignFormat, formatOfName } from '../../src-shared/formats/formats';
import { decodeUtf8 } from '../../src-shared/load/decode';
import type { ArgMap } from '../../src-shared/model/map';
import { describeFsError } from './describeFsError';
import type { FileSystem } from './fileSystem';

export type ReadForeignResult =
  | { ok: true; map: ArgMap; warnings: string[] }
  | { ok: false; message: string };

/** The problems listed in a message; the rest are counted. */
const LISTED = 10;

/**
 * Whether a dropped file's name says it is in a format Argmap imports (a `.json` that is not a map is
 * sniffed). A `.txt` is imported only when chosen in File → Import…: dropped, it is more likely notes.
 */
export function isImportableName(path: string): boolean {
  const format = formatOfName(path);
  return format !== null && format !== 'argmap' && !/\.txt$/i.test(path);
}

/**
 * Reads a map from a file in another format (Argdown, AIF, a Markdown outline, JSON Canvas) through the
 * one loader. The size is checked before a byte is read. The map is named after the file unless the file
 * names it. Never throws; never returns part of a map.
 */
export async function readForeignFile(
  fs: FileSystem,
  path: string,
  format: ForeignFormat | 'json' | null = null,
): Promise<ReadForeignResult> {
  const chosen = format ?? formatOfName(path);
  const name = basename(path);
  if (chosen === null || chosen === 'argmap')
    return { ok: false, message: `Could not import "${path}": Argmap cannot tell its format from its name.` };
  let text: string;
  try {
    const stats = await fs.stat(path);
    if (!stats.isFile())
      return { ok: false, message: `Could not import "${path}": it is not a regular file.` };
    // UTF-8 takes at least one byte a character: a file this large holds too many characters.
    if (stats.size > FOREIGN_FILE_CHARS * 3)
      return {
        ok: false,
        message: `Could not import "${path}": it is too large (${(stats.size / 1048576).toFixed(0)} MB).`,
      };
    const decoded = decodeUtf8(await fs.readFile(path));
    if (!decoded.ok)
      return { ok: false, message: `Could not import "${path}": ${decoded.errors[0]?.message}` };
    text = decoded.value;
  } catch (error) {
    return { ok: false, message: describeFsError('open', path, error) };
  }
  const title = name.replace(/\.[^.]+$/, '') || name;
  const result = await importText(text, chosen, title);
  if (result.ok) return { ok: true, map: result.value.map, warnings: result.value.warnings };
  const lines = result.problems.slice(0, LISTED).map((problem) => `- ${problem}`);
  if (result.problems.length > LISTED) lines.push(`…and ${result.problems.length - LISTED} more.`);
  return { ok: false, message: [`Could not import "${path}":`, ...lines].join('\n') };
}
