import { LIMITS } from '../model/limits';
import type { ArgMap } from '../model/map';
import { serializeMap } from '../model/serialize';
import type { Change } from './change';

/** Bytes of the map as saved, once measured (or, below half the bound, estimated) for this very object. */
const known = new WeakMap<ArgMap, number>();

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of a string, as TextEncoder writes it (a lone surrogate counts as the 3 bytes U+FFFD
 * takes). A short string is counted without encoding it; a long one (a whole map) is encoded, which in
 * native code is many times faster than counting in a loop.
 */
export function utf8Bytes(text: string): number {
  if (text.length > 256) return encoder.encode(text).byteLength;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Takes `bytes`, the size of the file `map` was just read from, as what is known of its saved size, so
 * the map's first change is counted rather than measured. The file may differ from what Save writes by
 * its spacing, the order of its fields or an older version's fields: it is an estimate like the others,
 * and from half the bound on the map is measured.
 */
export function knowSavedSize(map: ArgMap, bytes: number | undefined): void {
  if (bytes !== undefined && !known.has(map)) known.set(map, bytes);
}

/** Bytes of the file the map saves as, measured by writing it out. */
export function savedBytes(map: ArgMap): number {
  const bytes = utf8Bytes(serializeMap(map));
  known.set(map, bytes);
  return bytes;
}

const jsonBytes = (value: unknown) => (value === undefined ? 0 : utf8Bytes(JSON.stringify(value)));

/**
 * Whether `next` (the map `change` makes of `map`) would save to a file larger than the loader opens.
 * Writing out a whole map on every change would cost a large map a pause at each keystroke, so the
 * size is carried from map to map by what each change adds and removes. That estimate leaves out
 * indentation, so it only says when to look closer: from half the bound on, the map is measured.
 * Only long texts (a source, anchors over it) take a map that far, and the estimate counts them whole.
 */
export function tooLargeToSave(map: ArgMap, change: Change, next: ArgMap): boolean {
  if (!known.has(map)) savedBytes(map);
  return !carrySavedSize(map, change, next) && savedBytes(next) > LIMITS.fileBytes;
}

/**
 * Carries what is known of `map`'s saved size to `next`, the map `change` makes of it, while the
 * estimate stays below half the bound (past it, `next` is measured when asked); whether it did. Undo
 * and redo carry it too (their maps were checked when first made), so the next change need not write
 * the map out.
 */
export function carrySavedSize(map: ArgMap, change: Change, next: ArgMap): boolean {
  const before = known.get(map);
  if (before === undefined) return false;
  const estimate = before + addedBytes(change);
  if (estimate >= LIMITS.fileBytes / 2) return false;
  known.set(next, estimate);
  return true;
}

/** What a change adds to a map's saved size (less what it removes), indentation left out. */
function addedBytes(change: Change): number {
  let added = 0;
  for (const step of change.steps) {
    if (step.type === 'insert') added += jsonBytes(step.record);
    else if (step.type === 'remove') added -= jsonBytes(step.record);
    else added += jsonBytes(step.after) - jsonBytes(step.before);
  }
  return added;
}
