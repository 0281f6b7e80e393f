import { deflateSync } from 'node:zlib';
import { crc32, densityOf, withDensity } from '../../../src-shared/export/pngDensity';

/** A valid 1×1 PNG built by hand, so the test needs no image library. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array([...type].map((c) => c.charCodeAt(0)).concat([...data]));
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return out;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, 1);
  new DataView(header.buffer).setUint32(4, 1);
  header.set([8, 6, 0, 0, 0], 8);
  const pixels = deflateSync(new Uint8Array([0, 255, 0, 0, 255]));
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', new Uint8Array()),
  ];
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

describe('the density of an exported PNG', () => {
  test('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('is recorded right after the header, and read back', () => {
    const png = withDensity(tinyPng(), 192);
    expect(String.fromCharCode(...png.subarray(33 + 4, 33 + 8))).toBe('pHYs');
    expect(densityOf(png)).toBeCloseTo(192, 0);
    expect(densityOf(tinyPng())).toBeNull();
  });

  test('replaces an earlier density instead of adding a second one', () => {
    const png = withDensity(withDensity(tinyPng(), 96), 288);
    expect(densityOf(png)).toBeCloseTo(288, 0);
    expect(Buffer.from(png).toString('latin1').split('pHYs')).toHaveLength(2);
  });

  test('refuses what is not a PNG', () => {
    expect(() => withDensity(new Uint8Array([1, 2, 3]), 96)).toThrow('Not a PNG image.');
  });
});
