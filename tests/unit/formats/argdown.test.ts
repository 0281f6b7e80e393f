import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readArgdown } from '../../../src-shared/formats/argdownRead';
import { writeArgdown } from '../../../src-shared/formats/argdownWrite';
import { importText } from '../../../src-shared/formats/convert';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import { arbitraryMap } from '../../support/arbitraryMap';
import { structure } from './roundTrip';

const article = (() => {
  const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
  if (!loaded.ok) throw new Error('the bundled map does not load');
  return loaded.value;
})();

async function throughArgdown(map: ArgMap) {
  const text = writeArgdown(map);
  const back = await importText(text, 'argdown', 'fallback');
  if (!back.ok) throw new Error(`${back.problems.join('\n')}\n\n${text}`);
  return { text, ...back.value };
}

describe('Argdown', () => {
  test('the bundled map comes back with the same texts, kinds, links, speakers, layout, anchors and tour', async () => {
    const { map, warnings } = await throughArgdown(article);
    expect(warnings).toEqual([]);
    const byText = (node: ArgMap['nodes'][number]) => node.text;
    expect(structure(map, byText)).toEqual(structure(article, byText));
  });

  test('what Argmap writes is read by @argdown/core without a single error', () => {
    const parsed = readArgdown(writeArgdown(article), 'x');
    expect(parsed.ok).toBe(true);
  });

  test('any map comes back whole (texts made distinct so nodes can be matched)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap({ minNodes: 1 }), async (generated) => {
        const map = {
          ...generated,
          nodes: generated.nodes.map((n, i) => ({ ...n, text: `n${i} ${n.text}` })),
        };
        const { map: back } = await throughArgdown(map);
        const byText = (node: ArgMap['nodes'][number]) => node.text;
        expect(structure(back, byText)).toEqual(structure(map, byText));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
