import { PDFDocument } from 'pdf-lib';
import { exportMap } from '../../../src-main/export/exportMap';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { embeddedMap, PNG_MAP_KEYWORD } from '../../../src-shared/export/embeddedMap';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../src-shared/export/exportOptions';
import { textOf } from '../../../src-shared/export/pngChunks';
import { renderHandout } from '../../../src-shared/export/renderHandout';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { pdfText } from '../../support/pdfText';

const SPOOF = '\u202Egnp.exe';
const SHOWN = '‹RLO›gnp.exe';
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const map: ArgMap = {
  format: 'argmap',
  version: FORMAT_VERSION,
  title: SPOOF,
  nodes: [
    { id: 'a', kind: 'thesis', text: SPOOF, position: { x: 0, y: 0 } },
    {
      id: 'q',
      kind: 'quote',
      text: 'said',
      position: { x: 0, y: 200 },
      quote: { speaker: SPOOF, role: `\u2067${SPOOF}`, direct: true },
    },
  ],
  edges: [],
  tour: [{ id: 's', title: SPOOF, focus: ['a'], notes: SPOOF }],
};

async function exported(options: Partial<ExportOptions>): Promise<Uint8Array> {
  const result = await exportMap(
    map,
    { ...DEFAULT_EXPORT_OPTIONS, ...options },
    { fonts: await loadInterFonts() },
  );
  if (!result.ok) throw new Error(result.message);
  return result.bytes;
}

describe('a label with bidirectional controls cannot display reversed in an export', () => {
  test('SVG: labels and the title show the controls; the embedded map keeps them', async () => {
    const svg = new TextDecoder().decode(await exported({ format: 'svg' }));
    const drawn = svg.replace(/<metadata[\s\S]*<\/metadata>/, '');
    expect(drawn).not.toMatch(CONTROLS);
    expect(drawn).toContain(`<title>${SHOWN}</title>`);
    expect(drawn).toContain(`>${SHOWN}</tspan>`);
    expect(drawn).toContain(`‹RLI›${SHOWN}`);
    const embedded = embeddedMap(new TextEncoder().encode(svg));
    expect(embedded.found && loadMapFromText(embedded.text)).toEqual({ ok: true, value: map });
  });

  test('PDF: the title in its metadata and the text on the page show the controls', async () => {
    const pdf = await exported({ format: 'pdf' });
    const document = await PDFDocument.load(pdf);
    expect(document.getTitle()).toBe(SHOWN);
    const text = await pdfText(pdf);
    expect(text).toContain(SHOWN);
    expect(text).not.toMatch(CONTROLS);
  });

  test('PNG: the Title it declares shows the controls; the embedded map keeps them', async () => {
    const png = await exported({ format: 'png', scale: 1 });
    expect(textOf(png, 'Title')).toBe(SHOWN);
    const carried = textOf(png, PNG_MAP_KEYWORD);
    expect(carried !== null && loadMapFromText(carried)).toEqual({ ok: true, value: map });
    // This PNG took 9-12 s on 2 cores at a load average of 14-18, past the default 5 s.
  }, 60_000);

  test('the handout: its title, each step’s title and notes', async () => {
    const pdf = await renderHandout(map, await loadInterFonts(), 'light');
    expect((await PDFDocument.load(pdf)).getTitle()).toBe(`${SHOWN} — handout`);
    const text = await pdfText(pdf);
    expect(text).toContain(`1. ${SHOWN}`);
    expect(text).not.toMatch(CONTROLS);
  });
});
