import { readFileSync } from 'node:fs';
import { autoLayout } from '../../src-shared/layout/autoLayout';
import { estimateNodeSize, nodesBounds } from '../../src-shared/layout/nodeSize';
import { loadMapFromBytes } from '../../src-shared/load/loadMap';
import type { ArgMap, ArgNode } from '../../src-shared/model/map';
import { BODY_TEXT_PX, fittingZoom } from '../../src-shared/present/stepFrame';

// The showcase map Argmap opens at first launch: it must load, stay faithful to its article and read well.
const result = loadMapFromBytes(readFileSync('maps/article.argmap.json'));
const map = result.ok ? result.value : ({ nodes: [], edges: [], tour: [] } as unknown as ArgMap);
const source = map.source?.text ?? '';
const byId = new Map(map.nodes.map((node) => [node.id, node]));
const quotes = map.nodes.filter((node) => node.kind === 'quote');
const box = (node: ArgNode) => ({ ...node.position, ...estimateNodeSize(node) });

/** The passages the article prints in curly quotation marks; an unclosed one ends where the next one opens. */
function quotedPassages(text: string): string[] {
  const passages: string[] = [];
  for (let open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
    const close = text.indexOf('”', open + 1);
    const reopen = text.indexOf('“', open + 1);
    const end = close < 0 || (reopen >= 0 && reopen < close) ? reopen : close;
    passages.push(text.slice(open + 1, end < 0 ? undefined : end).trim());
  }
  return passages;
}

test('the map loads without errors', () => {
  expect(result.ok ? [] : result.errors).toEqual([]);
});

test('the source is the article, from its title to the author’s note, without the comment form', () => {
  expect(map.source?.title).toBe(
    'A New Turning Point On The Horizon: Possible Reconciliation Between Japan And North Korea – Analysis',
  );
  expect(map.source?.author).toBe('Matija Šerić');
  expect(source.startsWith(map.source?.title ?? '?')).toBe(true);
  expect(source.endsWith('writes on foreign policy, history, economy, society, etc.')).toBe(true);
  expect(source).not.toContain('Leave a Reply');
});

test('there is exactly one thesis, and it keeps the article’s hedge', () => {
  const theses = map.nodes.filter((node) => node.kind === 'thesis');
  expect(theses.map((node) => node.id)).toEqual(['thesis']);
  expect(theses[0]?.text).toMatch(/possible/);
});

test('every node but the thesis and notes is anchored, and every anchor repeats its slice', () => {
  for (const node of map.nodes) {
    if (node.kind !== 'thesis' && node.kind !== 'note') expect(node.anchor, node.id).toBeDefined();
    if (node.anchor)
      expect(source.slice(node.anchor.start, node.anchor.end), node.id).toBe(node.anchor.exact);
  }
});

test('every quote occurs verbatim in its anchored passage, and direct quotes in the article', () => {
  expect(quotes.length).toBeGreaterThan(0);
  for (const node of quotes) {
    expect(node.anchor?.exact, node.id).toContain(node.text);
    if (node.quote?.direct) expect(source, node.id).toContain(node.text);
    expect(node.quote?.speaker, node.id).not.toBe('');
  }
});

test('every passage the article prints in quotation marks is the text of some quote', () => {
  const passages = quotedPassages(source);
  expect(passages).toHaveLength(21);
  const directQuotes = quotes.filter((node) => node.quote?.direct);
  for (const passage of passages) {
    expect(
      directQuotes.some((node) => node.text.includes(passage)),
      passage,
    ).toBe(true);
  }
});

test('kinds follow relations: premises support, counterpoints oppose claims, rebuttals oppose counterpoints', () => {
  for (const edge of map.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (from?.kind === 'premise') expect(edge.relation, edge.id).toBe('supports');
    if (from?.kind === 'counterpoint') {
      expect(edge.relation, edge.id).toBe('opposes');
      expect(to?.kind, edge.id).not.toBe('counterpoint');
    }
    if (from?.kind === 'rebuttal') {
      expect(edge.relation, edge.id).toBe('opposes');
      expect(to?.kind, edge.id).toBe('counterpoint');
    }
  }
});

test('every node except notes reaches the thesis along its edges', () => {
  const claimsOf = new Map<string, string[]>();
  for (const edge of map.edges) claimsOf.set(edge.from, [...(claimsOf.get(edge.from) ?? []), edge.to]);
  const reaches = (id: string, seen = new Set<string>()): boolean =>
    id === 'thesis' ||
    (!seen.has(id) && (claimsOf.get(id) ?? []).some((next) => reaches(next, seen.add(id))));
  for (const node of map.nodes) if (node.kind !== 'note') expect(reaches(node.id), node.id).toBe(true);
});

test('no two node boxes overlap, and they keep at least 20 px apart', () => {
  expect(map.nodes.every((node) => node.size === undefined)).toBe(true);
  const boxes = map.nodes.map((node) => ({ id: node.id, ...box(node) }));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apartAcross = a.x + a.width + 20 <= b.x || b.x + b.width + 20 <= a.x;
      const apartDown = a.y + a.height + 20 <= b.y || b.y + b.height + 20 <= a.y;
      expect(apartAcross || apartDown, `${a.id} and ${b.id}`).toBe(true);
    }
  }
});

test('every reason sits below the claim it bears on', () => {
  for (const edge of map.edges) {
    const reason = byId.get(edge.from);
    const claim = byId.get(edge.to);
    if (!reason || !claim) throw new Error(`Edge ${edge.id} has a missing end.`);
    expect(reason.position.y, edge.id).toBeGreaterThanOrEqual(claim.position.y + box(claim).height);
  }
});

test('the tour names existing nodes and reveals every node after the claim it bears on', () => {
  expect(map.tour.length).toBeGreaterThanOrEqual(10);
  const revealed = new Set<string>();
  for (const step of map.tour) {
    for (const id of step.focus) expect(byId.has(id), `${step.id}: ${id}`).toBe(true);
    for (const id of step.focus) revealed.add(id);
    for (const edge of map.edges) {
      if (revealed.has(edge.from)) expect(revealed.has(edge.to), `${step.id}: ${edge.id}`).toBe(true);
    }
  }
  expect([...byId.keys()].filter((id) => !revealed.has(id))).toEqual([]);
});

test('is stored in the app’s Auto-Layout, which fits a 1440 × 1000 canvas at zoom 0.3 or more', async () => {
  const moves = await autoLayout(map);
  expect([...moves.keys()]).toEqual([]);
  const { minX, minY, maxX, maxY } = nodesBounds(map.nodes);
  expect(Math.min(1440 / (maxX - minX), 1000 / (maxY - minY))).toBeGreaterThanOrEqual(0.3);
});

test('every tour step’s focus fits a 1280 × 800 screen with body text of 14 px or more', () => {
  for (const step of map.tour) {
    const { minX, minY, maxX, maxY } = nodesBounds(step.focus.map((id) => byId.get(id) as ArgNode));
    const zoom = fittingZoom({ width: maxX - minX, height: maxY - minY }, { width: 1280, height: 800 });
    expect(zoom * BODY_TEXT_PX, step.id).toBeGreaterThanOrEqual(14);
  }
});
