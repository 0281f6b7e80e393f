import { readFileSync } from 'node:fs';
import { parseExportArgs } from '../../../src-main/cli/exportArgs';
import { exportMap } from '../../../src-main/export/exportMap';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../src-shared/export/exportOptions';
import { renderHandout } from '../../../src-shared/export/renderHandout';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import { citationLine } from '../../../src-shared/source/citation';
import { pdfText } from '../../support/pdfText';

const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
if (!loaded.ok) throw new Error('the article map does not load');
const cited: ArgMap = {
  ...loaded.value,
  source: {
    title: 'Streets for People',
    author: 'Ana Ruiz',
    publisher: 'The Ledger',
    published: '2024-03-05',
    url: 'https://example.org/streets',
    text: loaded.value.source?.text ?? '',
  },
};
const SOURCE = 'Source: Ana Ruiz, Streets for People, The Ledger, 2024-03-05, https://example.org/streets';
const svgOptions: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, format: 'svg', embedMap: false };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the citation line', () => {
  test('names author, title, publisher, date and URL, leaving out what the source does not say', () => {
    expect(citationLine(cited.source as NonNullable<ArgMap['source']>)).toBe(SOURCE);
    expect(citationLine({ title: 'Streets', text: '' })).toBe('Source: Streets');
  });

  test('an SVG asked to cite carries the line beneath the map, and grows to hold it', async () => {
    const fonts = await loadInterFonts();
    const plain = await exportMap(cited, svgOptions, { fonts });
    const withLine = await exportMap(cited, { ...svgOptions, citation: true }, { fonts });
    if (!plain.ok || !withLine.ok) throw new Error('the export failed');
    expect(text(plain.bytes)).not.toContain('Source:');
    expect(text(withLine.bytes).replace(/<[^>]+>/g, ' ')).toContain('Source: Ana Ruiz, Streets for People');
    expect(withLine.height).toBeGreaterThan(plain.height);
  }, 60_000);

  test('a map without a source is drawn as it was, citation or not', async () => {
    const fonts = await loadInterFonts();
    const { source: _source, ...bare } = cited;
    const plain = await exportMap(bare, svgOptions, { fonts });
    const asked = await exportMap(bare, { ...svgOptions, citation: true }, { fonts });
    if (!plain.ok || !asked.ok) throw new Error('the export failed');
    expect(text(asked.bytes)).toBe(text(plain.bytes));
  }, 60_000);

  test('a PDF asked to cite has the line as selectable text', async () => {
    const result = await exportMap(
      cited,
      { ...DEFAULT_EXPORT_OPTIONS, format: 'pdf', citation: true },
      { fonts: await loadInterFonts() },
    );
    if (!result.ok) throw new Error(result.message);
    expect((await pdfText(result.bytes)).replace(/\s+/g, ' ')).toContain(
      'Source: Ana Ruiz, Streets for People',
    );
  }, 60_000);

  test('the handout’s first page, and only it, says what the map reads', async () => {
    const pdf = await renderHandout(cited, await loadInterFonts());
    expect((await pdfText(pdf, { page: 1 })).replace(/\s+/g, ' ')).toContain(SOURCE);
    expect(await pdfText(pdf, { page: 2 })).not.toContain('Source:');
  }, 60_000);

  test('argmap export --citation asks for it; without the flag there is none', () => {
    expect(parseExportArgs(['m.argmap.json', '--out', 'm.svg', '--citation'])).toMatchObject({
      options: { citation: true },
    });
    const plain = parseExportArgs(['m.argmap.json', '--out', 'm.svg']);
    expect('options' in plain && plain.options.citation).toBeFalsy();
  });
});
