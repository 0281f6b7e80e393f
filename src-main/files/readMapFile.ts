import { embeddedMap } from '../../src-shared/export/embeddedMap';
import { isPng } from '../../src-shared/export/pngChunks';
import { tooLargeMessage } from '../../src-shared/load/decode';
import type { LoadError } from '../../src-shared/load/loadError';
import { loadMapFromBytes, loadMapFromText } from '../../src-shared/load/loadMap';
import { LIMITS } from '../../src-shared/model/limits';
import type { ArgMap } from '../../src-shared/model/map';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import { describeFsError } from './describeFsError';
import { type FileIdentity, identityOf } from './fileIdentity';
import type { FileStats, FileSystem } from './fileSystem';
import { displayName } from './mapFileName';

export type ReadMapResult =
  /**
   * `fromImage`: the map came out of an exported PNG or SVG; saving it must not overwrite the image.
   * `fileBytes`: the size of the map's JSON, when the file is that JSON (not an image holding it).
   */
  | { ok: true; map: ArgMap; name: string; fromImage: boolean; identity: FileIdentity; fileBytes?: number }
  | { ok: false; message: string; errors: LoadError[] };

/** The message lists this many problems; all of them stay in `errors` for a details view. */
const LISTED_ERRORS = 10;

/**
 * Opens a map file through the one loading path. The size is checked before a byte is read, so a
 * huge or endless file (a FIFO, a device) cannot exhaust memory. Never throws.
 */
export async function readMapFile(fs: FileSystem, path: string): Promise<ReadMapResult> {
  let bytes: Uint8Array;
  let stats: FileStats;
  try {
    stats = await fs.stat(path);
    if (stats.isDirectory())
      return unreadable(`Could not open "${shortenForDisplay(path)}": it is a folder, not a file.`);
    if (!stats.isFile())
      return unreadable(`Could not open "${shortenForDisplay(path)}": it is not a regular file.`);
    if (stats.size > LIMITS.fileBytes) {
      return refuse(path, [{ code: 'file-too-large', pointer: '', message: tooLargeMessage(stats.size) }]);
    }
    bytes = await fs.readFile(path);
  } catch (error) {
    return unreadable(describeFsError('open', path, error));
  }
  const identity = identityOf(bytes, stats);
  if (looksLikeImage(bytes)) return readEmbeddedMap(path, bytes, identity);
  const loaded = loadMapFromBytes(bytes);
  if (!loaded.ok) return refuse(path, loaded.errors);
  return {
    ok: true,
    map: loaded.value,
    name: displayName(path),
    fromImage: false,
    identity,
    fileBytes: bytes.byteLength,
  };
}

/** A map file is JSON, which never starts with PNG's signature or with markup. */
function looksLikeImage(bytes: Uint8Array): boolean {
  if (isPng(bytes)) return true;
  const start = bytes.findIndex(
    (byte) =>
      byte !== 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf,
  );
  return bytes[start] === 0x3c; // "<"
}

/** An image Argmap exported with "Embed the map": the map inside it, through the same loader. */
function readEmbeddedMap(path: string, bytes: Uint8Array, identity: FileIdentity): ReadMapResult {
  const embedded = embeddedMap(bytes);
  if (!embedded.found)
    return unreadable(
      `Could not open "${shortenForDisplay(path)}": the image carries no map (${embedded.why}).`,
    );
  const loaded = loadMapFromText(embedded.text);
  if (!loaded.ok) return refuse(path, loaded.errors);
  return {
    ok: true,
    map: loaded.value,
    name: loaded.value.title || displayName(path),
    fromImage: true,
    identity,
  };
}

function unreadable(message: string): ReadMapResult {
  return { ok: false, message, errors: [{ code: 'file-unreadable', pointer: '', message }] };
}

function refuse(path: string, errors: LoadError[]): ReadMapResult {
  const lines = errors
    .slice(0, LISTED_ERRORS)
    .map((e) => `- ${e.pointer ? `${e.pointer}: ` : ''}${e.message}`);
  const more = errors.length - LISTED_ERRORS;
  if (more > 0) lines.push(`…and ${more} more.`);
  return {
    ok: false,
    message: [`Could not open "${shortenForDisplay(path)}":`, ...lines].join('\n'),
    errors,
  };
}
