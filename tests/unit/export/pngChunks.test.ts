import {
  crc32,
  densityChunk,
  densityOf,
  isPng,
  PNG_SIGNATURE,
  pngChunk,
  readPngChunks,
  textChunk,
  textOf,
} from '../../../src-shared/export/pngChunks';

/** A PNG's chunk structure, enough for the chunk functions (no real pixels are needed). */
function pngOf(...chunks: Uint8Array[]): Uint8Array {
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', new Uint8Array(13)),
    ...chunks,
    pngChunk('IEND', new Uint8Array()),
  ]);
}

describe('PNG chunks', () => {
  test('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('a chunk is its length, type, data and the CRC of type and data', () => {
    const chunk = pngChunk('tEXt', Uint8Array.from([1, 2, 3]));
    const view = new DataView(chunk.buffer);
    expect(view.getUint32(0)).toBe(3);
    expect(Buffer.from(chunk.subarray(4, 8)).toString('latin1')).toBe('tEXt');
    expect(view.getUint32(11)).toBe(crc32(chunk.subarray(4, 11)));
  });

  test('are read back in order, and a record that runs past the end is not', () => {
    const png = pngOf(densityChunk(192));
    expect(readPngChunks(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'pHYs', 'IEND']);
    expect(readPngChunks(png.subarray(0, png.length - 3)).map((chunk) => chunk.type)).toEqual([
      'IHDR',
      'pHYs',
    ]);
    expect(readPngChunks(new Uint8Array([1, 2, 3]))).toEqual([]);
    expect(isPng(png)).toBe(true);
    expect(isPng(new TextEncoder().encode('{"format":"argmap"}'))).toBe(false);
  });

  test('record the density in dots per inch, and read it back', () => {
    expect(densityOf(pngOf(densityChunk(192)))).toBeCloseTo(192, 0);
    expect(densityOf(pngOf(densityChunk(288)))).toBeCloseTo(288, 0);
    expect(densityOf(pngOf())).toBeNull();
  });

  test('carry UTF-8 text under a keyword, found again by that keyword only', () => {
    const text = 'Kishida: “meet without preconditions” — 岸田 🇯🇵 مرحبا';
    const png = pngOf(textChunk('Title', 'Other'), textChunk('argmap', text));
    expect(textOf(png, 'argmap')).toBe(text);
    expect(textOf(png, 'Title')).toBe('Other');
    expect(textOf(png, 'argma')).toBeNull();
    expect(textOf(pngOf(), 'argmap')).toBeNull();
  });
});
