import { writeCanvas } from '../../../src-shared/formats/canvasWrite';
import { importText } from '../../../src-shared/formats/convert';
import { sampleMap } from '../../support/arbitraryMap';

const HEX_OR_PRESET = /^(#[0-9a-f]{6}|[1-6])$/i;
const SIDES = ['top', 'right', 'bottom', 'left'];

describe('JSON Canvas 1.0', () => {
  const map = sampleMap();
  const canvas = JSON.parse(writeCanvas(map)) as {
    nodes: Array<Record<string, unknown>>;
    edges: Array<Record<string, unknown>>;
  };

  test('every node has the fields the spec requires: id, type, integer x, y, width, height; a text node its text', () => {
    expect(canvas.nodes).toHaveLength(map.nodes.length);
    const ids = new Set(canvas.nodes.map((n) => n.id));
    expect(ids.size).toBe(canvas.nodes.length);
    for (const node of canvas.nodes) {
      expect(typeof node.id).toBe('string');
      expect(node.type).toBe('text');
      for (const field of ['x', 'y', 'width', 'height']) expect(Number.isInteger(node[field])).toBe(true);
      expect(node.width as number).toBeGreaterThan(0);
      expect(typeof node.text).toBe('string');
      expect(node.color).toMatch(HEX_OR_PRESET);
    }
  });

  test('every edge has id, fromNode and toNode naming nodes, valid sides and ends, and its relation as label', () => {
    const ids = new Set(canvas.nodes.map((n) => n.id));
    expect(canvas.edges.map((e) => e.label)).toEqual(map.edges.map((e) => e.relation));
    for (const edge of canvas.edges) {
      expect(typeof edge.id).toBe('string');
      expect(ids.has(edge.fromNode as string) && ids.has(edge.toNode as string)).toBe(true);
      expect(SIDES).toContain(edge.fromSide);
      expect(SIDES).toContain(edge.toSide);
      expect(['none', 'arrow']).toContain(edge.toEnd);
      expect(edge.color).toMatch(HEX_OR_PRESET);
    }
  });

  test('cards carry the kind and a quote’s speaker, and read back with positions, kinds and links', async () => {
    const quote = canvas.nodes.find((n) => n.id === 'mayor');
    expect(quote?.text).toMatch(/^\*\*Quote\*\*\n\n.+\n\n— /s);
    const back = await importText(writeCanvas(map), 'canvas', 'Canvas');
    if (!back.ok) throw new Error(back.problems.join('\n'));
    expect(back.value.map.nodes.map((n) => [n.id, n.kind, n.text, n.position, n.quote?.speaker])).toEqual(
      map.nodes.map((n) => [
        n.id,
        n.kind,
        n.text,
        { x: Math.round(n.position.x), y: Math.round(n.position.y) },
        n.quote?.speaker,
      ]),
    );
    expect(back.value.map.edges.map((e) => [e.from, e.to, e.relation])).toEqual(
      map.edges.map((e) => [e.from, e.to, e.relation]),
    );
  });

  test('file, link and group cards are left out and named', async () => {
    const file = {
      nodes: [
        { id: 'a', type: 'text', x: 0, y: 0, width: 10, height: 10, text: 'A' },
        { id: 'g', type: 'group', x: 0, y: 0, width: 10, height: 10 },
      ],
      edges: [],
    };
    const back = await importText(JSON.stringify(file), 'canvas', 'Canvas');
    expect(back.ok && back.value.warnings).toEqual(['Cards that are not text were left out: g (group).']);
  });
});
