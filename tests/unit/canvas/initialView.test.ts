import { initialView, READABLE_ZOOM } from '../../../src-renderer/canvas/initialView';
import { nodesBounds } from '../../../src-shared/layout/nodeSize';
import { type ArgMap, type ArgNode, FORMAT_VERSION } from '../../../src-shared/model/map';

const SCREEN = { width: 860, height: 750 };
const node = (id: string, kind: ArgNode['kind'], x: number, y: number): ArgNode => ({
  id,
  kind,
  text: 'A claim in a few words.',
  position: { x, y },
});
const mapOf = (nodes: ArgNode[], reasons: string[]): ArgMap => ({
  format: 'argmap',
  version: FORMAT_VERSION,
  title: 'Map',
  nodes,
  edges: reasons.map((id) => ({ id: `e-${id}`, from: id, to: 't', relation: 'supports' })),
  tour: [],
});

/** The ids of the nodes wholly on screen at a view. */
function onScreen(map: ArgMap, view: { x: number; y: number; zoom: number }) {
  return map.nodes
    .filter((candidate) => {
      const box = nodesBounds([candidate]);
      return (
        box.minX * view.zoom + view.x >= 0 &&
        box.maxX * view.zoom + view.x <= SCREEN.width &&
        box.minY * view.zoom + view.y >= 0 &&
        box.maxY * view.zoom + view.y <= SCREEN.height
      );
    })
    .map((candidate) => candidate.id);
}

describe('where a map opens', () => {
  test('a map that reads whole opens whole', () => {
    const map = mapOf(
      [node('t', 'thesis', 300, 0), node('a', 'premise', 0, 200), node('b', 'premise', 600, 200)],
      ['a', 'b'],
    );
    const view = initialView(map, SCREEN);
    expect(onScreen(map, view)).toEqual(['t', 'a', 'b']);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  test('a wide map opens on its thesis with the nearest reasons that can be read beside it', () => {
    // Reasons in a row every 320 px, the thesis above the middle one; the far ends cannot be read together.
    const reasons = Array.from({ length: 15 }, (_, i) => node(`r${i}`, 'premise', i * 320, 200));
    const map = mapOf(
      [node('t', 'thesis', 7 * 320, 0), ...reasons],
      reasons.map((reason) => reason.id),
    );
    const view = initialView(map, SCREEN);
    const seen = onScreen(map, view);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(seen).toContain('t');
    expect(seen).toEqual(expect.arrayContaining(['r6', 'r7', 'r8']));
    expect(seen).not.toContain('r0');
  });

  test('a thesis with no reason near enough opens alone, readable', () => {
    const map = mapOf([node('t', 'thesis', 0, 0), node('far', 'premise', 20_000, 200)], ['far']);
    const view = initialView(map, SCREEN);
    expect(onScreen(map, view)).toEqual(['t']);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });
});
