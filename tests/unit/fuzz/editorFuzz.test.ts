import fc from 'fast-check';
import { exportMap } from '../../../src-main/export/exportMap';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { embeddedMap } from '../../../src-shared/export/embeddedMap';
import { DEFAULT_EXPORT_OPTIONS, type ExportFormat } from '../../../src-shared/export/exportOptions';
import type { InterFonts } from '../../../src-shared/export/interFonts';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { arbitraryMap } from '../../support/arbitraryMap';
import { editorCommand, runCommand, TestEditor } from '../../support/editorDriver';

let fonts: InterFonts;
let pngsReopened = 0;
beforeAll(async () => {
  fonts = await loadInterFonts();
});

/** The map an exported image carries, loaded back through the loader. */
async function exportedAndReopened(map: ArgMap, format: ExportFormat): Promise<ArgMap | string> {
  const result = await exportMap(map, { ...DEFAULT_EXPORT_OPTIONS, format, scale: 1 }, { fonts });
  if (!result.ok) return result.message;
  const carried = embeddedMap(result.bytes);
  if (!carried.found) return `the ${format} carries no map: ${carried.why}`;
  const loaded = loadMapFromText(carried.text);
  return loaded.ok ? loaded.value : `the ${format}'s map does not load: ${loaded.errors[0]?.message}`;
}

/** Runs per test run; raise it for a longer hunt (`ARGMAP_FUZZ_RUNS=500`). */
const RUNS = Number(process.env.ARGMAP_FUZZ_RUNS) || 24;

/** Every check after one operation: save and load back, export to SVG (and PNG), reopen the export. */
async function expectSoundEverywhere(map: ArgMap, withPng: boolean): Promise<void> {
  const loaded = loadMapFromText(serializeMap(map));
  expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  expect(loaded.ok && loaded.value).toEqual(map);
  if (map.nodes.length === 0) return; // an empty map has nothing to draw; the export says so
  const svg = await exportedAndReopened(map, 'svg');
  expect(typeof svg === 'string' ? svg : 'reopened').toBe('reopened');
  expect(svg).toEqual(map);
  if (!withPng) return;
  const png = await exportedAndReopened(map, 'png');
  // A map spread over millions of pixels is no PNG: the export says so, and points to SVG or PDF.
  if (typeof png === 'string')
    expect(png).toMatch(/more than Argmap writes .*Export it as SVG or PDF instead\.$/);
  else {
    expect(png).toEqual(map);
    pngsReopened++;
  }
}

/** The generated map drawn within a few thousand pixels (generated positions reach ten million). */
function fitForPng(map: ArgMap): ArgMap {
  const near = (value: number) => Math.round(value % 3000) || 0;
  const nodes = map.nodes.map(({ size: _size, ...node }) => ({
    ...node,
    position: { x: near(node.position.x), y: near(node.position.y) },
  }));
  return structuredClone({ ...map, nodes });
}

describe('the editor driven by random operations', () => {
  test('after every operation the map saves, loads back equal, exports, and its export reopens equal', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        arbitraryMap({ minNodes: 1, maxNodes: 6, maxEdges: 8 }),
        fc.array(editorCommand, { minLength: 1, maxLength: 10 }),
        async (generated, commands) => {
          // A PNG takes seconds for a node of 20,000 characters: every sixth run checks one, at its end.
          const withPng = run++ % 6 === 0;
          const editor = new TestEditor(withPng ? fitForPng(generated) : structuredClone(generated));
          for (const [i, command] of commands.entries()) {
            runCommand(editor, command);
            await expectSoundEverywhere(editor.map, withPng && i === commands.length - 1);
          }
        },
      ),
      // Shrinking re-runs exports of long texts many times over: report the first failure as found.
      { numRuns: RUNS, endOnFailure: true },
    );
    // Most runs' PNG checks must draw a PNG, not only hear that the map is too large for one.
    expect(pngsReopened).toBeGreaterThanOrEqual(Math.floor(RUNS / 6 / 2));
  }, 600_000);
});
