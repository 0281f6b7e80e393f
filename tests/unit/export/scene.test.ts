import { PALETTES } from '../../../src-shared/export/palette';
import { buildScene } from '../../../src-shared/export/scene';
import type { ArgMap, ArgNode } from '../../../src-shared/model/map';
import { stepVisibility } from '../../../src-shared/tour/visibility';
import { sampleMap } from '../../support/arbitraryMap';

// 7 px per character at 14 px, scaled with the font size.
const measure = (text: string, font: { size: number }) => (text.length * 7 * font.size) / 14;
const options = { measure, theme: 'light', padding: 20 } as const;

function mapOf(...nodes: ArgNode[]): ArgMap {
  return { ...sampleMap(), nodes, edges: [], tour: [] };
}
const node = (text: string, extra: Partial<ArgNode> = {}): ArgNode => ({
  id: 'n',
  kind: 'premise',
  text,
  position: { x: 100, y: 50 },
  ...extra,
});

test('a card is as wide as its text plus borders and padding, between 180 and 280 px', () => {
  const width = (text: string) => buildScene(mapOf(node(text)), options).cards[0]?.box.width;
  expect(width('short')).toBe(180);
  expect(width('x'.repeat(30))).toBe(30 * 7 + 35);
  expect(width('word '.repeat(40))).toBe(280);
});

test('a card is as tall as its label and wrapped lines, and its text sits in the padded column', () => {
  const card = buildScene(
    mapOf(node('one two three four five six seven eight nine ten eleven twelve')),
    options,
  ).cards[0];
  const text = card?.texts[1];
  expect(card?.texts[0]?.lines).toEqual(['PREMISE']);
  expect(text?.lines.length).toBe(2);
  expect(card?.box).toEqual({ x: 100, y: 50, width: 280, height: 2 * 11 + 22 + 2 * 20 });
  expect(text?.x).toBe(100 + 4 + 16);
  for (const line of text?.lines ?? []) expect(measure(line, { size: 14 })).toBeLessThanOrEqual(245);
});

test('a direct quote is italic in curly quotation marks, followed by who said it', () => {
  const quote = node('Deliveries need vans.', {
    kind: 'quote',
    quote: { speaker: 'The  mayor', role: 'Mayor\nof the city', direct: true },
  });
  const texts = buildScene(mapOf(quote), options).cards[0]?.texts ?? [];
  expect(texts.map((t) => t.lines)).toEqual([
    ['QUOTE'],
    ['“Deliveries need vans.”'],
    ['— The mayor'],
    ['Mayor of the city'],
  ]);
  expect(texts[1]?.font.italic).toBe(true);
  expect(texts[2]?.font.weight).toBe(600);
});

test('reported speech is upright and says so; a quote without a speaker names none', () => {
  const quote = node('vans are needed', { kind: 'quote', quote: { speaker: '', direct: false } });
  const card = buildScene(mapOf(quote), options).cards[0];
  expect(card?.texts.map((t) => t.lines[0])).toEqual([
    'QUOTE',
    'vans are needed',
    '— Unknown speaker',
    'reported speech',
  ]);
  expect(card?.texts[1]?.font.italic).toBe(false);
  expect(card?.box.height).toBe(2 * 11 + 22 + 20 + 6 + 2 * 16);
});

test('an edge runs from the reason’s top centre to the claim’s bottom centre, curving vertically', () => {
  const scene = buildScene(sampleMap(), options);
  const box = (id: string) => scene.cards.find((card) => card.id === id)?.box;
  const [supports, opposes] = scene.edges;
  const reason = box('noise');
  const claim = box('thesis');
  if (!supports || !opposes || !reason || !claim) throw new Error('missing');
  const [start, c1, c2, end] = supports.curve;
  expect(start).toEqual({ x: reason.x + reason.width / 2, y: reason.y - 4 });
  expect(end).toEqual({ x: claim.x + claim.width / 2, y: claim.y + claim.height + 4 });
  expect([c1.x, c2.x]).toEqual([start.x, end.x]);
  expect(c1.y).toBeLessThan(start.y);
  expect(c2.y).toBeGreaterThan(end.y);
  expect(supports.arrow[0]).toEqual(end);
  expect([supports.stroke, supports.dash]).toEqual([PALETTES.light.relations.supports, null]);
  expect([opposes.stroke, opposes.dash]).toEqual([PALETTES.light.relations.opposes, '7 5']);
});

test('the bounds hold every card and curve, with the padding around them', () => {
  const scene = buildScene(sampleMap(), options);
  const { bounds } = scene;
  for (const { box } of scene.cards) {
    expect(box.x - 20).toBeGreaterThanOrEqual(bounds.x);
    expect(box.y - 20).toBeGreaterThanOrEqual(bounds.y);
    expect(box.x + box.width + 20).toBeLessThanOrEqual(bounds.x + bounds.width);
  }
  expect(bounds.x).toBe(-200 - 20);
  expect(bounds.y).toBe(-20);
});

test('a reason drawn above its claim loops round, and the bounds follow the loop', () => {
  const map = sampleMap();
  const moved = {
    ...map,
    nodes: map.nodes.map((n) => (n.id === 'noise' ? { ...n, position: { x: -200, y: -300 } } : n)),
  };
  const scene = buildScene(moved, options);
  const [start] = scene.edges[0]?.curve ?? [];
  expect(start?.y).toBe(-304);
  expect(scene.bounds.y).toBeLessThan(-304 - 20);
  expect(scene.bounds.y).toBeGreaterThan(-304 - 20 - 120);
});

test('`only` draws the chosen nodes and the edges between them', () => {
  const map = sampleMap();
  const scene = buildScene(map, { ...options, only: new Set(['thesis', 'noise']) });
  expect(scene.cards.map((card) => card.id)).toEqual(['thesis', 'noise']);
  expect(scene.edges.map((edge) => edge.id)).toEqual(['e1']);
  const first = buildScene(map, { ...options, only: stepVisibility(map, 0).revealed });
  expect(first.cards.map((card) => card.id)).toEqual(['thesis']);
  expect(first.edges).toEqual([]);
  expect(buildScene(map, { ...options, only: new Set() }).bounds).toEqual({
    x: -20,
    y: -20,
    width: 40,
    height: 40,
  });
});

test('the dark theme takes its colours from the dark palette', () => {
  const scene = buildScene(sampleMap(), { ...options, theme: 'dark' });
  expect(scene.canvas).toBe(PALETTES.dark.canvas);
  expect(scene.cards[1]?.accent.color).toBe(PALETTES.dark.kinds.premise.color);
  expect(scene.cards[1]?.fill).toBe(PALETTES.dark.surface);
  expect(scene.cards[0]?.fill).toBe(PALETTES.dark.kinds.thesis.tint);
});
