import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { renderSvg, type SvgOptions } from '../../../src-shared/export/renderSvg';
import { buildScene } from '../../../src-shared/export/scene';
import { loadMapFromBytes } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';
import { allElements, inertnessProblems, parseSvg, type SvgElement } from '../../support/svgDocument';

const parseXml = parseSvg;
const all = allElements;
const textOf = (el: SvgElement): string => el.text + el.children.map(textOf).join('');

const measure = (text: string, font: { size: number }) => (text.length * 7 * font.size) / 14;
function svgOf(
  map: ArgMap,
  options: SvgOptions = { background: 'white' },
  only?: ReadonlySet<string>,
): string {
  return renderSvg(buildScene(map, { measure, theme: 'light', padding: 24, ...(only && { only }) }), options);
}

/** The document loads nothing and runs nothing. */
function expectInert(svg: string) {
  expect(inertnessProblems(svg)).toEqual([]);
}

const article = loadMapFromBytes(readFileSync('maps/article.argmap.json'));
if (!article.ok) throw new Error('the article map does not load');

test('the article map exports as a well-formed, inert SVG document', () => {
  const svg = svgOf(article.value, { background: 'theme' });
  expectInert(svg);
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(root.attributes.viewBox?.split(' ')).toHaveLength(4);
  expect(textOf(all(root).find((el) => el.name === 'title') as SvgElement)).toBe(article.value.title);
});

test('every word of every node’s text is drawn as text', () => {
  const root = parseXml(svgOf(article.value));
  const drawn = all(root)
    .filter((el) => el.name === 'tspan')
    .map(textOf)
    .join(' ');
  for (const node of article.value.nodes) {
    for (const word of node.text.split(/\s+/).filter(Boolean)) expect(drawn).toContain(word);
    if (node.quote) expect(drawn).toContain(node.quote.speaker);
  }
  expect(all(root).filter((el) => el.name === 'g' && el.children.length > 3)).toHaveLength(
    article.value.nodes.length,
  );
});

test('hostile labels come out as inert text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    ']]> <![CDATA[ x ]]>',
    'Tom & Jerry &amp; &#x3c; "double" \'single\'',
    '<a href="http://example.com" onclick="x()">link</a>',
    'emoji 😀👨‍👩‍👧🇺🇦',
    'עברית ותו לא مرحبا بالعالم',
    'bell\u0007 nul\u0000 esc\u001b lone\ud83d fffe\ufffe ffff\uffff cr\r end',
  ];
  const map = sampleMap();
  const nodes = map.nodes.map((node, i) => ({
    ...node,
    text: hostile.join('\n'),
    ...(node.quote && { quote: { ...node.quote, speaker: hostile[i] ?? '', role: '<b>&' } }),
  }));
  const svg = svgOf({ ...map, title: hostile.join(' '), nodes }, { background: 'transparent' });
  expectInert(svg);
  const drawn = all(parseXml(svg))
    .filter((el) => el.name === 'tspan')
    .map(textOf)
    .join(' ');
  for (const line of hostile.slice(0, 6)) expect(drawn).toContain(line);
  expect(drawn).toContain('bell nul esc lone fffe ffff cr end');
});

test('any map, with any text, exports as a well-formed, inert document', () => {
  fc.assert(
    fc.property(
      arbitraryMap(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('transparent', 'white', 'theme'),
      (map, title, background) => {
        expectInert(svgOf(map, { background, title }));
      },
    ),
    { numRuns: 150 },
  );
});

test('`only` leaves out the other nodes and their edges', () => {
  const map = sampleMap();
  const root = parseXml(svgOf(map, { background: 'white' }, new Set(['thesis', 'noise'])));
  const drawn = all(root)
    .filter((el) => el.name === 'tspan')
    .map(textOf);
  expect(drawn).toContain('Cities should ban cars.');
  expect(drawn).toContain('Cars make streets loud.');
  expect(drawn.join(' ')).not.toContain('Deliveries');
  expect(all(root).filter((el) => el.attributes['stroke-dasharray'] === '7 5')).toEqual([]);
  expect(
    all(root).filter(
      (el) => el.name === 'path' && el.attributes.fill === 'none' && el.attributes.stroke === '#2c8a5a',
    ),
  ).toHaveLength(1);
});

test('an empty line between paragraphs moves the next line down two line heights', () => {
  const map = {
    ...sampleMap(),
    nodes: [{ id: 'n', kind: 'note' as const, text: 'a\n\nb', position: { x: 0, y: 0 } }],
    edges: [],
  };
  const spans = all(parseXml(svgOf(map))).filter((el) => el.name === 'tspan');
  expect(spans.map((el) => [textOf(el), el.attributes.dy])).toEqual([
    ['NOTE', '0'],
    ['a', '0'],
    ['b', '40'],
  ]);
});

test('the output is deterministic and its coordinates are rounded to 0.1 px', () => {
  const svg = svgOf(article.value);
  expect(svgOf(article.value)).toBe(svg);
  for (const el of all(parseXml(svg)).filter((e) => ['rect', 'text', 'tspan'].includes(e.name))) {
    for (const key of ['x', 'y', 'width', 'height', 'dy']) {
      if (el.attributes[key] !== undefined) expect(el.attributes[key]).toMatch(/^-?\d+(\.\d)?$/);
    }
  }
  expect(svg.length).toBeLessThan(200 * article.value.nodes.length * 10);
});

test('the background is left out, white, or the theme’s canvas colour', () => {
  const first = (options: SvgOptions) => all(parseXml(svgOf(sampleMap(), options)))[2];
  expect(first({ background: 'transparent' })?.name).toBe('g');
  expect(first({ background: 'white' })?.attributes.fill).toBe('#ffffff');
  expect(first({ background: 'theme' })?.attributes.fill).toBe('#f6f6f3');
});
