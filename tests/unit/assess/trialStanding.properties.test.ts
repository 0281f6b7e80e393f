import fc from 'fast-check';
import { argumentGraph } from '../../../src-shared/assess/argumentGraph';
import { evaluateMap } from '../../../src-shared/assess/evaluate';
import { type Trial, trialStanding } from '../../../src-shared/assess/trialStanding';
import type { ArgMap } from '../../../src-shared/model/map';
import { argumentArbitrary } from '../../support/randomArgument';

/** The map with the trials' statuses written into it, as the user would set them. */
function withStatuses(map: ArgMap, trials: readonly Trial[]): ArgMap {
  const ids = map.nodes.map((node) => node.id);
  const status = new Map(trials.map((trial) => [ids[trial.node], trial.status]));
  return {
    ...map,
    nodes: map.nodes.map((node) => {
      const next = status.get(node.id);
      return next ? { ...node, assessment: { ...node.assessment, status: next } } : node;
    }),
  };
}

const trialsArbitrary = fc.array(
  fc.record({ node: fc.nat({ max: 11 }), status: fc.constantFrom('rejected' as const, 'accepted' as const) }),
  { minLength: 1, maxLength: 3 },
);

test('a trial gives the thesis the very standing the whole computation gives the changed map', () => {
  fc.assert(
    fc.property(argumentArbitrary(false), trialsArbitrary, (map, drawn) => {
      const size = map.nodes.length;
      // Distinct nodes, as the search tries them.
      const trials = [...new Map(drawn.map((trial) => [trial.node % size, trial.status]))].map(
        ([node, status]) => ({ node, status }),
      );
      const standing = trialStanding(argumentGraph(map), 0);
      const expected = evaluateMap(withStatuses(map, trials)).thesis;
      const after = standing.after(trials);
      expect(after.label).toBe(expected?.label);
      if (expected?.strength === null) expect(after.strength).toBeNull();
      else expect(after.strength).toBeCloseTo(expected?.strength as number, 12);
      // Each semantics alone gives the same, and the trial leaves nothing behind: the map stands as before.
      expect(standing.after(trials, 'label').label).toBe(expected?.label);
      expect(standing.after(trials, 'strength').strength).toBe(after.strength);
      expect(standing.after([])).toEqual(standing.now);
      expect(standing.now).toEqual({
        label: evaluateMap(map).thesis?.label,
        strength: evaluateMap(map).thesis?.strength,
      });
    }),
    { numRuns: 500 },
  );
});
