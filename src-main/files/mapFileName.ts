import { basename } from 'node:path';

/** The extension of a map file: plain JSON that editors and tools recognise, marked as Argmap's. */
export const MAP_EXTENSION = '.argmap.json';

const MAP_EXTENSION_PATTERN = /\.argmap\.json$/i;

/** Case-insensitive, because Windows and macOS file systems are, and people type "Map.ARGMAP.JSON". */
export function isMapFileName(path: string): boolean {
  return MAP_EXTENSION_PATTERN.test(path) && basename(path).length > MAP_EXTENSION.length;
}

/** A map, or an image Argmap may have exported with the map inside (PNG or SVG). */
export function isOpenableFileName(path: string): boolean {
  return isMapFileName(path) || /\.(png|svg)$/i.test(path);
}

/** The name shown in window titles and the recent-files menu: the file name without `.argmap.json`. */
export function displayName(path: string): string {
  const name = basename(path);
  return isMapFileName(name) ? name.replace(MAP_EXTENSION_PATTERN, '') : name;
}

/**
 * Save dialogs return whatever was typed; a map saved without its extension could not be opened
 * again by double-click. "debate" and "debate.argmap" and "debate.json" all become "debate.argmap.json".
 */
export function ensureMapExtension(path: string): string {
  if (isMapFileName(path)) return path;
  const stem = path
    .replace(/\.argmap$/i, '')
    .replace(/\.json$/i, '')
    .replace(/\.+$/, '');
  return `${stem}${MAP_EXTENSION}`;
}

const MAX_STEM_LENGTH = 80;
// Characters that Windows, macOS or Linux refuse in a file name. Separators become a dash so
// "Pro/contra" stays readable; the rest are dropped.
const SEPARATORS = /[/\\:|]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
const UNSAFE_CHARACTERS = /[<>"?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A file name for a map's title that every platform accepts: "Coffee: good? A/B" → "Coffee- good A-B.argmap.json" (or another extension, for exports). */
export function suggestFileName(title: string, extension: string = MAP_EXTENSION): string {
  const cleaned = title
    .normalize('NFC')
    .replace(SEPARATORS, '-')
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/\s+/g, ' ');
  // Cut by code point so an emoji is never split; a leading dot hides the file, and Windows drops
  // trailing dots and spaces.
  let stem = Array.from(cleaned.replace(/^[.\s]+/, ''))
    .slice(0, MAX_STEM_LENGTH)
    .join('')
    .replace(/[.\s]+$/, '');
  if (stem === '') stem = 'Untitled map';
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem} map`;
  return `${stem}${extension}`;
}
