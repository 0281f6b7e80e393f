import fc from 'fast-check';
import { evaluateMap } from '../../../src-shared/assess/evaluate';
import type { ArgEdge, ArgMap } from '../../../src-shared/model/map';
import { smallArgument } from '../../support/smallArgument';

/** Random arguments: up to 12 nodes, random attacks and supports (cycles allowed), random assessments. */
const argumentArbitrary = (acyclic: boolean) =>
  fc
    .record({
      size: fc.integer({ min: 1, max: 12 }),
      links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 30 }),
      statuses: fc.array(fc.constantFrom('open', 'accepted', 'rejected', undefined), { maxLength: 12 }),
      scores: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 12 }),
    })
    .map(({ size, links, statuses, scores }) => {
      const ids = Array.from({ length: size }, (_, i) => `n${i}`);
      const map = smallArgument({ nodes: ids.join(' ') });
      const seen = new Set<string>();
      const edges: ArgEdge[] = [];
      for (const [a, b, attack] of links) {
        let from = a % size;
        let to = b % size;
        if (acyclic) [from, to] = [Math.max(from, to), Math.min(from, to)];
        if (from === to || seen.has(`${from}>${to}`)) continue;
        seen.add(`${from}>${to}`);
        edges.push({
          id: `e${edges.length}`,
          from: `n${from}`,
          to: `n${to}`,
          relation: attack ? 'opposes' : 'supports',
        });
      }
      map.edges = edges;
      map.nodes.forEach((node, i) => {
        const status = statuses[i];
        const score = scores[i];
        if (status || (score !== null && score !== undefined))
          node.assessment = {
            ...(status ? { status } : {}),
            ...(typeof score === 'number' ? { score } : {}),
          };
      });
      return map;
    });

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
