// Measures layout techniques on argument maps: `npx tsx scripts/benchLayout.ts [sizes…] [--elk-up-to N]`.
// For each map: time, aspect (width:height of the bounding box) and fill (the share of it cards cover),
// for Argmap's compact layout against ELK layered (Argmap's previous layout), ELK layered wrapped, and
// ELK mrtree. Maps: the bundled article, random argument trees, and the bench's generated arguments.
import { readFileSync } from 'node:fs';
import { generateArgument } from '../bench/generateMap';
import { seededRandom } from '../bench/random';
import { autoLayout } from '../src-shared/layout/autoLayout';
import type { Link } from '../src-shared/layout/graph';
import { estimateNodeSize } from '../src-shared/layout/nodeSize';
import { layoutShape } from '../src-shared/layout/shape';
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  FORMAT_VERSION,
  type Position,
} from '../src-shared/model/map';
import { ELK_VARIANTS, elkLayout } from './elkLayouts';

const args = process.argv.slice(2);
const elkAt = args.indexOf('--elk-up-to');
const elkUpTo = elkAt >= 0 ? Number(args[elkAt + 1]) : 1000;
const counts = args.filter((arg, i) => /^\d+$/.test(arg) && i !== elkAt + 1).map(Number);
const SIZES = counts.length > 0 ? counts : [100, 1000, 5000];

/** A random recursive tree under one thesis, cards of random length: no cross links. */
function randomTree(count: number, seed = 7): ArgMap {
  const next = seededRandom(seed);
  const nodes: ArgNode[] = [];
  const edges: ArgEdge[] = [];
  for (let i = 0; i < count; i++) {
    const text = 'word '.repeat(3 + Math.floor(next() * 40));
    nodes.push({ id: `n${i}`, kind: i === 0 ? 'thesis' : 'premise', text, position: { x: 0, y: 0 } });
    if (i > 0)
      edges.push({ id: `e${i}`, from: `n${i}`, to: `n${Math.floor(next() * i)}`, relation: 'supports' });
  }
  return { format: 'argmap', version: FORMAT_VERSION, title: 'tree', nodes, edges, tour: [] };
}

const article: ArgMap = JSON.parse(
  readFileSync(new URL('../maps/article.argmap.json', import.meta.url), 'utf8'),
);
const maps: [string, ArgMap][] = [
  ['bundled article', article],
  ['random tree 100', randomTree(100)],
  ['random tree 400', randomTree(400)],
  ...SIZES.map((n): [string, ArgMap] => [`bench argument ${n}`, generateArgument(n)]),
];

function measured(map: ArgMap, positions: ReadonlyMap<string, Position>, ms: number): string {
  const shape = layoutShape(
    map.nodes.map((node) => ({ ...(positions.get(node.id) ?? node.position), ...estimateNodeSize(node) })),
  );
  return `${Math.round(ms).toLocaleString('en')} ms, ${shape.aspect.toFixed(2)}:1, ${Math.round(shape.fill * 100)} %`;
}

await autoLayout(article);
console.log(`| map | nodes | compact (Argmap) | ${Object.keys(ELK_VARIANTS).join(' | ')} |`);
console.log(`| --- | ---: | --- |${' --- |'.repeat(Object.keys(ELK_VARIANTS).length)}`);
for (const [name, map] of maps) {
  let start = performance.now();
  const moves = await autoLayout(map);
  const cells = [measured(map, moves, performance.now() - start)];
  const ids = map.nodes.map((node) => node.id);
  const sizes = new Map(map.nodes.map((node) => [node.id, estimateNodeSize(node)]));
  const links: Link[] = map.edges.map((edge) => [edge.to, edge.from]);
  for (const variant of Object.keys(ELK_VARIANTS) as (keyof typeof ELK_VARIANTS)[]) {
    if (map.nodes.length > elkUpTo) {
      cells.push('not run');
      continue;
    }
    start = performance.now();
    const positions = await elkLayout(variant, ids, sizes, links);
    cells.push(measured(map, positions, performance.now() - start));
  }
  console.log(`| ${name} | ${map.nodes.length} | ${cells.join(' | ')} |`);
}
