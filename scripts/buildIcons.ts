// Writes the app's icon and the map file's icon from their SVG sources in build/, for electron-builder:
//   build/icon.png               the app (electron-builder makes the macOS and Windows icons from it)
//   build/argmap.json.icns|.ico  the icon Finder and Explorer show on .argmap.json files
//   npx tsx scripts/buildIcons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { icnsOf, icoOf } from './iconContainers';

const build = new URL('../build/', import.meta.url);
const render = (svg: string, size: number) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

const appSvg = readFileSync(new URL('icon.svg', build), 'utf8');
writeFileSync(new URL('icon.png', build), render(appSvg, 1024));

const mapSvg = readFileSync(new URL('map-document.svg', build), 'utf8');
const sized = (sizes: number[]) => sizes.map((size) => ({ size, png: render(mapSvg, size) }));
writeFileSync(new URL('argmap.json.icns', build), icnsOf(sized([128, 256, 512, 1024])));
writeFileSync(new URL('argmap.json.ico', build), icoOf(sized([16, 32, 48, 256])));
