import fc from 'fast-check';
import { exportMap } from '../../../src-main/export/exportMap';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { embeddedMap } from '../../../src-shared/export/embeddedMap';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src-shared/export/exportOptions';
import { loadMapFromText, loadMapFromValue } from '../../../src-shared/load/loadMap';
import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { arbitraryMap } from '../../support/arbitraryMap';

/** Every code point, lone surrogates, and the characters XML 1.0 cannot carry, often. */
const anyUnit = fc.oneof(
  fc.constantFrom(
    '\uFFFE',
    '\uFFFF',
    '\uD800',
    '\uDFFF',
    '\u0000',
    '\u0008',
    '\r',
    '\u202E',
    '<',
    '&',
    ']]>',
    '"',
    "'",
  ),
  fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);
const anyText = fc.string({ unit: anyUnit, maxLength: 30 });

/** A small map with the text in every text field there is. */
function mapWith(text: string): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: text,
    source: { title: text, author: text, url: text, published: text, text: `${text}${text}` },
    nodes: [
      {
        id: 'claim',
        kind: 'thesis',
        text,
        position: { x: 0, y: 0 },
        notes: text,
        tags: text === '' ? [] : [text.slice(0, 20)],
        anchor: { start: text.length, end: 2 * text.length, exact: text },
      },
      {
        id: 'said',
        kind: 'quote',
        text,
        position: { x: 0, y: 200 },
        quote: { speaker: text, role: text, direct: false },
      },
    ],
    edges: [{ id: 'e', from: 'said', to: 'claim', relation: 'supports' }],
    tour: [{ id: 's', title: text, focus: ['claim'], notes: text }],
  };
}

/** XML 1.0's Char production: what a well-formed document may hold. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

async function svgOf(map: ArgMap): Promise<string> {
  const result = await exportMap(
    map,
    { ...DEFAULT_EXPORT_OPTIONS, format: 'svg' },
    { fonts: await loadInterFonts() },
  );
  if (!result.ok) throw new Error(result.message);
  return new TextDecoder('utf-8', { fatal: true }).decode(result.bytes);
}

describe('an SVG export gives back, from its embedded map, every string the loader accepts', () => {
  test('any text in every field, U+FFFE and U+FFFF among it; the SVG stays well-formed XML', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const map = mapWith(text);
        fc.pre(loadMapFromValue(map).ok);
        const svg = await svgOf(map);
        expect(svg).not.toMatch(NOT_XML);
        const embedded = embeddedMap(new TextEncoder().encode(svg));
        expect(embedded.found && loadMapFromText(embedded.text)).toEqual({ ok: true, value: map });
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  test('the reported case: U+FFFE and U+FFFF in a label and an anchored source come back', async () => {
    const map = mapWith('a\uFFFEb\uFFFF');
    expect(loadMapFromValue(map).ok).toBe(true);
    const embedded = embeddedMap(new TextEncoder().encode(await svgOf(map)));
    expect(embedded.found && loadMapFromText(embedded.text)).toEqual({ ok: true, value: map });
  });

  test('the map keeps its quotes: in element content only &, < and > are escaped', async () => {
    const map = mapWith(`"Cars" & 'streets' <are> loud`);
    const svg = await svgOf(map);
    const metadata = /<metadata[^>]*>([\s\S]*)<\/metadata>/.exec(svg)?.[1] ?? '';
    expect(metadata).toContain('"format"');
    expect(metadata).toContain(`\\"Cars\\" &amp; 'streets' &lt;are&gt; loud`);
    expect(metadata).not.toMatch(/&quot;|&apos;/);
    const embedded = embeddedMap(new TextEncoder().encode(svg));
    expect(embedded.found && loadMapFromText(embedded.text)).toEqual({ ok: true, value: map });
  });

  test('any valid map', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap({ minNodes: 1, maxNodes: 6, maxEdges: 8 }), async (map) => {
        const svg = await svgOf(map);
        expect(svg).not.toMatch(NOT_XML);
        const embedded = embeddedMap(new TextEncoder().encode(svg));
        expect(embedded.found && loadMapFromText(embedded.text)).toEqual({ ok: true, value: map });
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
