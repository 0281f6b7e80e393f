import fc from 'fast-check';
import type { ArgEdge } from '../../src-shared/model/map';
import { smallArgument } from './smallArgument';

/** Random arguments: up to 12 nodes, random attacks and supports (cycles allowed), random assessments. */
export const argumentArbitrary = (acyclic: boolean) =>
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
