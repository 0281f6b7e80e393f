import fc from 'fast-check';
import type { ArgMap } from '../../../src-shared/model/map';
import type { Change } from '../../../src-shared/ops/change';
import { deleteElements } from '../../../src-shared/ops/deleteOps';
import type { Refusal } from '../../../src-shared/ops/refusal';
import {
  addTourStep,
  moveTourStep,
  removeTourStep,
  replaceTour,
  updateTourStep,
} from '../../../src-shared/ops/tourOps';
import { generateTour } from '../../../src-shared/tour/generateTour';
import { arbitraryMap } from '../../support/arbitraryMap';
import { expectReversible } from '../../support/expectReversible';

/** A record by position (wrapping), or -1 for one that does not exist. */
const pick = fc.oneof(
  { weight: 5, arbitrary: fc.nat({ max: 15 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const picks = fc.array(pick, { maxLength: 5 });
const index = fc.oneof(
  fc.integer({ min: -2, max: 8 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
);
const words = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 12 }));

function nodeAt(map: ArgMap, n: number): string {
  return n < 0 || map.nodes.length === 0 ? 'no-such-node' : (map.nodes[n % map.nodes.length]?.id as string);
}
function stepAt(map: ArgMap, n: number): string {
  return n < 0 || map.tour.length === 0 ? 'no-such-step' : (map.tour[n % map.tour.length]?.id as string);
}

const command = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    id: fc.constantFrom('fresh', 'taken', 'not an id!'),
    focus: picks,
    reveal: fc.option(picks, { nil: undefined }),
    title: fc.option(words, { nil: undefined }),
    index: fc.option(index, { nil: undefined }),
  }),
  fc.record({ op: fc.constant('remove' as const), step: pick }),
  fc.record({ op: fc.constant('move' as const), step: pick, toIndex: index }),
  fc.record(
    {
      op: fc.constant('update' as const),
      step: pick,
      title: words,
      notes: words,
      focus: picks,
      reveal: fc.option(picks, { nil: null }),
    },
    { requiredKeys: ['op', 'step'] },
  ),
  fc.record({ op: fc.constant('generate' as const) }),
  fc.record({ op: fc.constant('clear' as const) }),
  fc.record({ op: fc.constant('deleteNodes' as const), nodes: picks }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

let fresh = 0;
const newId = (prefix: string) => `${prefix}-fresh${++fresh}`;

function run(map: ArgMap, c: Command): Change | Refusal | null {
  const nodes = (list: number[]) => list.map((n) => nodeAt(map, n));
  switch (c.op) {
    case 'add': {
      const id = c.id === 'fresh' ? newId('step') : c.id === 'taken' ? nodeAt(map, 0) : c.id;
      const step = {
        id,
        focus: nodes(c.focus),
        ...(c.reveal && { reveal: nodes(c.reveal) }),
        ...(c.title !== undefined && { title: c.title }),
      };
      return addTourStep(map, { step, ...(c.index !== undefined && { index: c.index }) });
    }
    case 'remove':
      return removeTourStep(map, { id: stepAt(map, c.step) });
    case 'move':
      return moveTourStep(map, { id: stepAt(map, c.step), toIndex: c.toIndex });
    case 'update': {
      const { title, notes, focus, reveal } = c;
      const fields = {
        ...(title !== undefined && { title }),
        ...(notes !== undefined && { notes }),
        ...(focus !== undefined && { focus: nodes(focus) }),
        ...(reveal !== undefined && { reveal: reveal && nodes(reveal) }),
      };
      return updateTourStep(map, { id: stepAt(map, c.step), fields });
    }
    case 'generate':
      return replaceTour(map, { steps: generateTour(map, newId) });
    case 'clear':
      return replaceTour(map, { steps: [] });
    case 'deleteNodes':
      return deleteElements(map, { nodeIds: nodes(c.nodes) });
  }
}

test('tour operations keep the map valid, and undoing them in turn gives back the original exactly', () => {
  fc.assert(
    fc.property(
      arbitraryMap({ maxNodes: 10, maxEdges: 16, maxTourSteps: 6 }),
      fc.array(command, { maxLength: 15 }),
      (generated, commands) => {
        const map = structuredClone(generated);
        expectReversible(
          map,
          commands.map((c) => (current: ArgMap) => run(current, c)),
        );
      },
    ),
    { numRuns: 300 },
  );
});
