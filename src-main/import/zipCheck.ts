import { ImportProblem } from './article';

/** More than this, unpacked, is not a Word document but a zip bomb. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** Text and XML pack at most about 1:100; far beyond that is a bomb. */
const MAX_RATIO = 1000;

/**
 * Reads a zip's central directory (without unpacking anything) and refuses archives that are broken
 * or that would unpack to far more than they hold.
 */
export function checkZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0)
    throw new ImportProblem('it is not a Word document (the file is not a zip archive, or it is cut short).');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new ImportProblem('the Word document is damaged (its zip directory is broken).');
    }
    const packed = view.getUint32(offset + 20, true);
    const unpacked = view.getUint32(offset + 24, true);
    total += unpacked;
    if (
      unpacked === 0xffffffff ||
      total > MAX_UNZIPPED_BYTES ||
      unpacked > Math.max(packed, 1024) * MAX_RATIO
    ) {
      throw new ImportProblem(
        'the Word document would unpack to far more than it holds (a zip bomb); it was not opened.',
      );
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}
