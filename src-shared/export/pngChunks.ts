/**
 * The chunks of a PNG file (signature, then length · type · data · CRC records). Argmap writes its own
 * PNGs, so it records the density and the embedded map as chunks, and reads them back on open.
 */

export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** CRC-32 as PNG chunks use it (ISO 3309, polynomial 0xEDB88320). */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** One chunk, ready to write: its length, type, data and CRC (which covers type and data). */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(ascii(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** The chunks of a PNG, in order; stops at the first record that runs past the end of the file. */
export function readPngChunks(png: Uint8Array): Array<{ type: string; data: Uint8Array }> {
  if (!isPng(png)) return [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Array<{ type: string; data: Uint8Array }> = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    if (at + 12 + length > png.length) break;
    chunks.push({
      type: String.fromCharCode(...png.subarray(at + 4, at + 8)),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return chunks;
}

const INCHES_PER_METRE = 39.3701;

/**
 * A `pHYs` chunk recording the image's density, so that slides and documents place a 2× export at
 * the size it was drawn for.
 */
export function densityChunk(dotsPerInch: number): Uint8Array {
  const perMetre = Math.round(dotsPerInch * INCHES_PER_METRE);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // the unit is the metre
  return pngChunk('pHYs', data);
}

/** The density a PNG records, in dots per inch, or null when it records none. */
export function densityOf(png: Uint8Array): number | null {
  const chunk = readPngChunks(png).find((c) => c.type === 'pHYs' && c.data[8] === 1);
  if (!chunk) return null;
  return new DataView(chunk.data.buffer, chunk.data.byteOffset).getUint32(0) / INCHES_PER_METRE;
}

/** An uncompressed international text chunk (`iTXt`): a Latin-1 keyword and UTF-8 text. */
export function textChunk(keyword: string, text: string): Uint8Array {
  const key = ascii(keyword);
  const value = new TextEncoder().encode(text);
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key, 0);
  data.set(value, key.length + 5);
  return pngChunk('iTXt', data);
}

/** The text of the first uncompressed `iTXt` chunk with this keyword, or null. */
export function textOf(png: Uint8Array, keyword: string): string | null {
  const key = ascii(keyword);
  for (const { type, data } of readPngChunks(png)) {
    if (type !== 'iTXt' || data[key.length] !== 0 || !key.every((byte, i) => data[i] === byte)) continue;
    if (data[key.length + 1] !== 0) continue; // compressed: Argmap never writes those
    let at = key.length + 3;
    for (let nul = 0; nul < 2 && at <= data.length; at++) if (data[at] === 0) nul++;
    return new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(at));
  }
  return null;
}
