import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { icnsOf, icoOf } from '../../../scripts/iconContainers';

const build = new URL('../../../build/', import.meta.url);
const config = JSON.parse(readFileSync(new URL('../electron-builder.json', build), 'utf8'));
const bytes = (name: string) => readFileSync(new URL(name, build));

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the icons Finder, Explorer and the dock show', () => {
  const [association] = config.fileAssociations;
  // electron-builder's default: `${firstExt}.icns` and `.ico` in the build resources folder.
  const icns = bytes(`${association.ext}.icns`);
  const ico = bytes(`${association.ext}.ico`);

  test('the map file’s .icns holds a PNG of each size its element type says, and its length adds up', () => {
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024 };
    const found: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const type = icns.toString('ascii', at, at + 4);
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      expect(pngSize(png)).toEqual([sizes[type], sizes[type]]);
      found.push(type);
    }
    expect(found).toEqual(['ic07', 'ic08', 'ic09', 'ic10']);
  });

  test('the map file’s .ico lists 16 to 256 px images, each pointing at a PNG of its size', () => {
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => {
      const entry = 6 + 16 * index;
      const size = ico.readUInt8(entry) || 256;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(pngSize(png)).toEqual([size, size]);
      return size;
    });
    expect(sizes).toEqual([16, 32, 48, 256]);
  });

  test('the app icon is a 1024 px square electron-builder can make every platform’s icon from', () => {
    expect(pngSize(bytes('icon.png'))).toEqual([1024, 1024]);
  });

  test('the files are what their SVG sources draw today (rerun scripts/buildIcons.ts after editing one)', () => {
    const svg = bytes('map-document.svg').toString('utf8');
    const render = (size: number) => ({
      size,
      png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
    });
    expect(Buffer.from(icoOf([16, 32, 48, 256].map(render)))).toEqual(ico);
    expect(Buffer.from(icnsOf([128, 256, 512, 1024].map(render)))).toEqual(icns);
  });

  test('Windows registers the association: the installer is per machine, as NSIS requires for it', () => {
    expect(config.nsis.perMachine).toBe(true);
  });
});
