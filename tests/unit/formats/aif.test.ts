import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readAif } from '../../../src-shared/formats/aifRead';
import { writeAif } from '../../../src-shared/formats/aifWrite';
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
const byId = (node: ArgMap['nodes'][number]) => node.id;

async function throughAif(map: ArgMap) {
  const back = await importText(writeAif(map), 'aif', 'fallback');
  if (!back.ok) throw new Error(back.problems.join('\n'));
  return back.value;
}

describe('AIF', () => {
  test('the bundled map comes back whole: texts, kinds, links, speakers, layout, anchors, tour', async () => {
    const { map, warnings } = await throughAif(article);
    expect(warnings).toEqual([]);
    expect(structure(map, byId)).toEqual(structure(article, byId));
  });

  test('export is valid AIF: each scheme has one conclusion and a premise; quotes are locutions of participants', () => {
    const aif = JSON.parse(writeAif(article)) as {
      nodes: Array<{ nodeID: string; type: string; text: string }>;
      edges: Array<{ fromID: string; toID: string }>;
      locutions: Array<{ nodeID: string; personID: string }>;
      participants: Array<{ participantID: string; firstname: string; surname: string }>;
    };
    const ids = new Set(aif.nodes.map((n) => n.nodeID));
    expect(ids.size).toBe(aif.nodes.length);
    for (const edge of aif.edges) expect(ids.has(edge.fromID) && ids.has(edge.toID)).toBe(true);
    for (const scheme of aif.nodes.filter((n) => n.type === 'RA' || n.type === 'CA')) {
      expect(aif.edges.filter((e) => e.fromID === scheme.nodeID)).toHaveLength(1);
      expect(aif.edges.filter((e) => e.toID === scheme.nodeID).length).toBeGreaterThanOrEqual(1);
    }
    const quotes = article.nodes.filter((n) => n.kind === 'quote');
    expect(aif.nodes.filter((n) => n.type === 'L')).toHaveLength(quotes.length);
    const people = new Set(aif.participants.map((p) => `${p.firstname} ${p.surname}`.trim()));
    expect(people).toEqual(new Set(quotes.map((q) => q.quote?.speaker)));
    for (const locution of aif.locutions)
      expect(aif.participants.some((p) => p.participantID === locution.personID)).toBe(true);
  });

  test('any map comes back whole', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap({ minNodes: 1 }), async (map) => {
        const { map: back } = await throughAif(map);
        expect(structure(back, byId)).toEqual(structure(map, byId));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  test('a debate from OVA: locutions make quotes, RA supports, CA opposes, MA is a note', async () => {
    const result = await importText(
      readFileSync('tests/fixtures/formats/debate.aif.json', 'utf8'),
      'json',
      'Debate',
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { map, warnings } = result.value;
    const text = new Map(map.nodes.map((n) => [n.id, n.text]));
    expect(map.edges.map((e) => `${text.get(e.from)} ${e.relation} ${text.get(e.to)}`)).toEqual([
      'Cars make streets loud. supports Cities should ban cars.',
      'Shops need deliveries. opposes Cities should ban cars.',
      'Vans can deliver at night. opposes Shops need deliveries.',
      'We will close the centre to cars. supports Cities should ban cars.',
    ]);
    expect(map.nodes.map((n) => n.kind)).toEqual([
      'thesis',
      'premise',
      'counterpoint',
      'rebuttal',
      'quote',
      'thesis',
    ]);
    expect(map.nodes[4]?.quote).toEqual({ speaker: 'Anne Hidalgo', direct: true });
    expect(map.nodes[5]?.notes).toBe('In AIF this rephrased “Cars make streets loud.”.');
    expect(warnings).toEqual([
      'Dialogue and preference nodes are not carried over beyond who asserted what (1 L, 1 TA).',
    ]);
  });

  test('edges to missing nodes are dropped and listed', async () => {
    const aif = {
      nodes: [
        { nodeID: 'a', text: 'A', type: 'I' },
        { nodeID: 'b', text: 'B', type: 'I' },
        { nodeID: 'r', text: 'Default Inference', type: 'RA' },
      ],
      edges: [
        { fromID: 'a', toID: 'r' },
        { fromID: 'r', toID: 'b' },
        { fromID: 'ghost', toID: 'r' },
      ],
    };
    const result = await importText(JSON.stringify(aif), 'aif', 'Missing');
    expect(result.ok && result.value.warnings).toEqual([
      'Edges naming nodes that are not in the file were left out: ghost.',
    ]);
  });

  test('unknown node types and cycles of schemes are refused, naming the nodes', () => {
    const unknown = readAif({ nodes: [{ nodeID: 1, text: 'x', type: 'ZZ' }], edges: [] }, 't');
    expect(unknown).toEqual({ ok: false, problems: ['Nodes of types AIF does not define: 1 ("ZZ").'] });
    const cycle = readAif(
      {
        nodes: [
          { nodeID: 'a', text: 'A', type: 'I' },
          { nodeID: 'r', text: '', type: 'RA' },
          { nodeID: 'c', text: '', type: 'CA' },
        ],
        edges: [
          { fromID: 'a', toID: 'r' },
          { fromID: 'r', toID: 'c' },
          { fromID: 'c', toID: 'r' },
        ],
      },
      't',
    );
    expect(cycle.ok).toBe(false);
    expect(!cycle.ok && cycle.problems[0]).toMatch(/cycle of schemes/);
  });

  test('JSON that is not AIF is refused with the reason', async () => {
    const result = await importText('{"nodes": [{"id": 1}]}', 'aif', 'x');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/nodeID/);
  });
});
