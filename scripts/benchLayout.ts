// Times the layout engines on argument-like maps: `npx tsx scripts/benchLayout.ts [sizes…] [--runs N] [--model-order]`.
// dagre against elkjs (layered, with the options Argmap ships), then Argmap's whole auto-layout. With
// --model-order, also elkjs keeping sibling order by its own `considerModelOrder` (slow: 20 s at 2,000 nodes).
import { readFileSync } from 'node:fs';
import dagre from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import { autoLayout } from '../src-shared/layout/autoLayout';
import { type Link, layOutLayers } from '../src-shared/layout/layered';
import { estimateNodeSize } from '../src-shared/layout/nodeSize';
import { type ArgEdge, type ArgMap, type ArgNode, FORMAT_VERSION, type Size } from '../src-shared/model/map';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const sizes = args.filter((arg, i) => /^\d+$/.test(arg) && i !== runsAt + 1).map(Number);
const modelOrder = args.includes('--model-order');
const NODE_COUNTS = sizes.length > 0 ? sizes : [100, 500, 1000, 2000];

/** A small seeded generator, so every run times the same maps. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A thesis with a tree of reasons under it (each new reason bears on an earlier claim) plus cross links:
 * one reason in five also bears on a second, earlier claim, as in real argument maps.
 */
function argumentLikeMap(count: number, seed = 1): ArgMap {
  const next = random(seed);
  const nodes: ArgNode[] = [];
  const edges: ArgEdge[] = [];
  for (let i = 0; i < count; i++) {
    const text = 'A reason of some length. '.repeat(1 + Math.floor(next() * 8));
    nodes.push({ id: `n${i}`, kind: i === 0 ? 'thesis' : 'premise', text, position: { x: 0, y: 0 } });
    if (i > 0) {
      const claim = Math.floor(next() * i);
      edges.push({ id: `e${i}`, from: `n${i}`, to: `n${claim}`, relation: 'supports' });
      if (i > 1 && next() < 0.2) {
        const other = Math.floor(next() * i);
        if (other !== claim) edges.push({ id: `x${i}`, from: `n${i}`, to: `n${other}`, relation: 'opposes' });
      }
    }
  }
  return { format: 'argmap', version: FORMAT_VERSION, title: `${count} nodes`, nodes, edges, tour: [] };
}

function dagreLayout(ids: readonly string[], boxes: ReadonlyMap<string, Size>, links: readonly Link[]): void {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 60 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) graph.setNode(id, { ...(boxes.get(id) as Size) });
  for (const [claim, reason] of links) graph.setEdge(claim, reason);
  dagre.layout(graph);
}

const elk = new ELK();

/** ELK's layered layout with its default crossing minimization, told to keep the model's order. */
async function elkModelOrder(
  ids: readonly string[],
  boxes: ReadonlyMap<string, Size>,
  links: readonly Link[],
) {
  await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: ids.map((id) => ({ id, ...(boxes.get(id) as Size) })),
    edges: links.map(([claim, reason], i) => ({ id: `e${i}`, sources: [claim], targets: [reason] })),
  });
}

async function median(times: number, run: () => unknown): Promise<number> {
  const spent: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    spent.push(performance.now() - start);
  }
  spent.sort((a, b) => a - b);
  return spent[Math.floor(spent.length / 2)] as number;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`.padStart(11);

const article: ArgMap = JSON.parse(
  readFileSync(new URL('../maps/article.argmap.json', import.meta.url), 'utf8'),
);
const start = performance.now();
await autoLayout(article);
const cold = performance.now() - start;
// Warm ELK's compiled code up on every size first, as a long-lived worker would be.
for (const count of NODE_COUNTS) await autoLayout(argumentLikeMap(count));
const warm = await median(Math.max(runs, 5), () => autoLayout(article));
console.log(`article map (${article.nodes.length} nodes): first layout ${ms(cold)}, then ${ms(warm)}\n`);

console.log(`Median of ${runs} runs; a tree plus 20% cross links; nodes 280 px wide, 84-204 px tall.\n`);
const extra = modelOrder ? ' elkjs considerModelOrder |' : '';
console.log(`| nodes | edges | dagre | elkjs layered |${extra} Argmap autoLayout |`);
console.log(`| ---: | ---: | ---: | ---: |${modelOrder ? ' ---: |' : ''} ---: |`);
for (const count of NODE_COUNTS) {
  const map = argumentLikeMap(count);
  const ids = map.nodes.map((node) => node.id);
  const boxes = new Map(map.nodes.map((node) => [node.id, estimateNodeSize(node)]));
  const links: Link[] = map.edges.map((edge) => [edge.to, edge.from]);
  const layered = await median(runs, () => layOutLayers(ids, boxes, links));
  const auto = await median(runs, () => autoLayout(map));
  const dag = await median(runs, () => dagreLayout(ids, boxes, links));
  const ordered = modelOrder ? ` ${ms(await median(runs, () => elkModelOrder(ids, boxes, links)))} |` : '';
  console.log(`| ${count} | ${map.edges.length} | ${ms(dag)} | ${ms(layered)} |${ordered} ${ms(auto)} |`);
}
