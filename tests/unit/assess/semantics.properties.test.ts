import fc from 'fast-check';
import { evaluateMap } from '../../../src-shared/assess/evaluate';
import type { ArgEdge, ArgMap } from '../../../src-shared/model/map';
import { argumentArbitrary } from '../../support/randomArgument';
import { smallArgument } from '../../support/smallArgument';

const attacks = (map: ArgMap) => map.edges.filter((edge) => edge.relation === 'opposes');

test('grounded labelling is conflict-free and defends its members', () => {
  fc.assert(
    fc.property(argumentArbitrary(false), (map) => {
      const { nodes } = evaluateMap(map);
      for (const attack of attacks(map)) {
        // Conflict-free: no node that is in attacks another that is in.
        expect(nodes[attack.from]?.label === 'in' && nodes[attack.to]?.label === 'in').toBe(false);
        // Defended: every attacker of a node that is in is out.
        if (nodes[attack.to]?.label === 'in') expect(nodes[attack.from]?.label).toBe('out');
      }
      // Nothing is out without a reason: it is rejected, or some node that is in attacks it.
      for (const node of map.nodes) {
        if (nodes[node.id]?.label !== 'out' || node.assessment?.status === 'rejected') continue;
        expect(
          attacks(map).some((attack) => attack.to === node.id && nodes[attack.from]?.label === 'in'),
        ).toBe(true);
      }
    }),
  );
});

test('strengths stay within [0, 1], and every node of an acyclic argument has one', () => {
  fc.assert(
    fc.property(argumentArbitrary(true), (map) => {
      const result = evaluateMap(map);
      expect(result.cycles).toEqual([]);
      for (const standing of Object.values(result.nodes)) {
        expect(standing.strength).not.toBeNull();
        expect(standing.strength).toBeGreaterThanOrEqual(0);
        expect(standing.strength).toBeLessThanOrEqual(1);
      }
    }),
  );
  fc.assert(
    fc.property(argumentArbitrary(false), (map) => {
      for (const standing of Object.values(evaluateMap(map).nodes))
        if (standing.strength !== null) expect(Math.abs(standing.strength - 0.5)).toBeLessThanOrEqual(0.5);
    }),
  );
});

test('a new supporter never lowers a claim’s strength, and a new attacker never raises it', () => {
  fc.assert(
    fc.property(
      argumentArbitrary(true),
      fc.nat(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (map, pick, score) => {
        const target = map.nodes[pick % map.nodes.length]?.id as string;
        const before = evaluateMap(map).nodes[target]?.strength as number;
        const withReason = (relation: ArgEdge['relation']): ArgMap => ({
          ...map,
          nodes: [
            ...map.nodes,
            { id: 'new', kind: 'premise', text: 'new', position: { x: 0, y: 0 }, assessment: { score } },
          ],
          edges: [...map.edges, { id: 'new-link', from: 'new', to: target, relation }],
        });
        expect(evaluateMap(withReason('supports')).nodes[target]?.strength).toBeGreaterThanOrEqual(
          before - 1e-12,
        );
        expect(evaluateMap(withReason('opposes')).nodes[target]?.strength).toBeLessThanOrEqual(
          before + 1e-12,
        );
      },
    ),
  );
});

test('a long chain of thousands of nodes is evaluated without overflowing the stack', () => {
  const ids = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
  const map = smallArgument({ nodes: ids.join(' ') });
  map.edges = ids.slice(1).map((id, i) => ({ id: `e${i}`, from: id, to: `n${i}`, relation: 'opposes' }));
  const { thesis } = evaluateMap(map);
  // Twenty thousand alternating attacks: the last node is in, so the thesis (an even distance away) is out.
  expect(thesis?.label).toBe('out');
  expect(thesis?.strength).toBeGreaterThan(0);
});
