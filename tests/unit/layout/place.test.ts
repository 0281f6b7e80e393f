import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { estimateNodeSize } from '../../../src-shared/layout/nodeSize';
import { placeBelow } from '../../../src-shared/layout/place';
import type { ArgMap, ArgNode } from '../../../src-shared/model/map';
import { arbitraryMap, sampleMap } from '../../support/arbitraryMap';

const draft = { kind: 'premise' as const, text: 'A new reason' };

function overlapsAny(position: { x: number; y: number }, nodes: readonly ArgNode[]) {
  const size = estimateNodeSize(draft);
  return nodes.some((node) => {
    const other = node.size ?? estimateNodeSize(node);
    return (
      position.x < node.position.x + other.width &&
      node.position.x < position.x + size.width &&
      position.y < node.position.y + other.height &&
      node.position.y < position.y + size.height
    );
  });
}

describe('placing a new reason', () => {
  test('goes below the claim it bears on', () => {
    const map = sampleMap();
    const thesis = map.nodes.find((node) => node.id === 'thesis') as ArgNode;
    const position = placeBelow(map, 'thesis', draft);
    expect(position.y).toBeGreaterThan(thesis.position.y + estimateNodeSize(thesis).height);
  });

  test('never overlaps a node already on the map', () => {
    fc.assert(
      fc.property(arbitraryMap({ minNodes: 1, maxNodes: 20 }), fc.nat(), (map, pick) => {
        const claim = map.nodes[pick % map.nodes.length]?.id ?? null;
        expect(overlapsAny(placeBelow(map, claim, draft), map.nodes)).toBe(false);
        expect(overlapsAny(placeBelow(map, null, draft), map.nodes)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('placing a new reason where Auto-Layout would', () => {
  const article = (): ArgMap => JSON.parse(readFileSync('maps/article.argmap.json', 'utf8'));

  test('joins the column of its claim’s reasons, next to them, without overlapping', () => {
    const map = article();
    const byId = new Map(map.nodes.map((node) => [node.id, node]));
    for (const claim of ['p-condolences', 'p-kishida-direct-talks', 'p-nk-motives', 'p-yoon-thaw']) {
      const reasons = map.edges
        .filter((edge) => edge.to === claim)
        .map((edge) => byId.get(edge.from) as ArgNode);
      const position = placeBelow(map, claim, draft);
      const claimNode = byId.get(claim) as ArgNode;
      expect(position.y, claim).toBeGreaterThan(claimNode.position.y + estimateNodeSize(claimNode).height);
      expect(overlapsAny(position, map.nodes), claim).toBe(false);
      // Near the reasons it joins: within a card's width and a gap of them, across and down.
      const near = [claimNode, ...reasons].some(
        (node) =>
          Math.abs(node.position.x - position.x) <= 320 &&
          position.y - (node.position.y + estimateNodeSize(node).height) <= 80,
      );
      expect(near, claim).toBe(true);
    }
  });
});
