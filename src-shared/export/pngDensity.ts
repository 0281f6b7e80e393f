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

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const INCHES_PER_METRE = 39.3701;

/**
 * Records an image's density in a PNG (its `pHYs` chunk, placed right after `IHDR`), so that slides and
 * documents place a 2× export at the size it was drawn for. An existing `pHYs` is replaced.
 */
export function withDensity(png: Uint8Array, dotsPerInch: number): Uint8Array {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('Not a PNG image.');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Array<{ type: string; start: number; end: number }> = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, start: at, end: at + 12 + length });
    at += 12 + length;
  }
  const header = chunks.find((chunk) => chunk.type === 'IHDR');
  if (!header) throw new Error('The PNG image has no header.');

  const perMetre = Math.round(dotsPerInch * INCHES_PER_METRE);
  const chunk = new Uint8Array(21);
  const out = new DataView(chunk.buffer);
  out.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  out.setUint32(8, perMetre);
  out.setUint32(12, perMetre);
  chunk[16] = 1; // the unit is the metre
  out.setUint32(17, crc32(chunk.subarray(4, 17)));

  const kept = chunks.filter((c) => c.type !== 'pHYs');
  const parts = [
    png.subarray(0, 8),
    ...kept.flatMap((c) =>
      c === header ? [png.subarray(c.start, c.end), chunk] : [png.subarray(c.start, c.end)],
    ),
  ];
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** The density a PNG records, in dots per inch, or null when it records none. */
export function densityOf(png: Uint8Array): number | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'pHYs' && png[at + 16] === 1) {
      return view.getUint32(at + 8) / INCHES_PER_METRE;
    }
    at += 12 + length;
  }
  return null;
}
