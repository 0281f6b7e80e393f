import { LIMITS } from '../model/limits';
import type { ArgMap } from '../model/map';
import { serializeMap } from '../model/serialize';
import type { Change } from './change';

/** Bytes of the map as saved, once measured (or, below half the bound, estimated) for this very object. */
const known = new WeakMap<ArgMap, number>();

/** UTF-8 bytes of a string, without encoding it. A lone surrogate counts as the 3 bytes U+FFFD takes. */
export function utf8Bytes(text: string): number {
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
  let estimate = known.get(map) ?? savedBytes(map);
  for (const step of change.steps) {
    if (step.type === 'insert') estimate += jsonBytes(step.record);
    else if (step.type === 'remove') estimate -= jsonBytes(step.record);
    else estimate += jsonBytes(step.after) - jsonBytes(step.before);
  }
  if (estimate < LIMITS.fileBytes / 2) {
    known.set(next, estimate);
    return false;
  }
  return savedBytes(next) > LIMITS.fileBytes;
}
