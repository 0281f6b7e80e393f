import fc from 'fast-check';
import type { ArgMap } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';
import { presenterKeyCodes } from '../../../src-shared/present/presenterKeys';
import {
  type PresenterCommand,
  type PresenterKeyPress,
  type PresenterState,
  presenterCommand,
  presenterKey,
} from '../../../src-shared/present/presenterState';
import { arbitraryMap } from '../../support/arbitraryMap';

/** Any state a presentation can be in, for a tour of 1 to 60 steps. */
const state: fc.Arbitrary<PresenterState> = fc.integer({ min: 1, max: 60 }).chain((stepCount) =>
  fc.record({
    step: fc.integer({ min: 0, max: stepCount - 1 }),
    stepCount: fc.constant(stepCount),
    blackout: fc.constantFrom('none' as const, 'black' as const, 'white' as const),
    overview: fc.boolean(),
    laser: fc.boolean(),
    zoom: fc.constantFrom(0.25, 0.512, 0.8, 1, 1.25, 3.051758, 4),
    typedNumber: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,6}$/)),
    ended: fc.boolean(),
  }),
);

const rarely = fc.oneof(
  { weight: 9, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);

/** Mostly presenting keys, sometimes any other key; Shift often, Ctrl, Cmd and Alt now and then. */
const press: fc.Arbitrary<PresenterKeyPress> = fc.record(
  {
    key: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...presenterKeyCodes) },
      { weight: 1, arbitrary: fc.constantFrom('Shift', 'Tab', 'F5', 'Dead', 'Unidentified', '', '_', 'é') },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    ),
    shiftKey: fc.boolean(),
    ctrlKey: rarely,
    metaKey: rarely,
    altKey: rarely,
  },
  { requiredKeys: ['key'] },
);

const command: fc.Arbitrary<PresenterCommand> = fc.oneof(
  fc.record({
    type: fc.constant('jump' as const),
    step: fc.oneof(fc.integer({ min: -5, max: 70 }), fc.double()),
  }),
  fc.constantFrom<PresenterCommand>({ type: 'next' }, { type: 'previous' }, { type: 'end' }),
);

/** What must hold after every input; a plain check rather than expect(), as it runs 50,000 times. */
function broken(s: PresenterState, stepCount: number): string | null {
  if (s.stepCount !== stepCount) return 'the step count changed';
  if (!Number.isInteger(s.step) || s.step < 0 || s.step >= stepCount)
    return `step ${s.step} is outside the tour`;
  if (!['none', 'black', 'white'].includes(s.blackout)) return `blackout is ${s.blackout}`;
  if (!(s.zoom >= 0.25 && s.zoom <= 4)) return `zoom is ${s.zoom}`;
  if (!/^[0-9]{0,6}$/.test(s.typedNumber)) return `the typed number is "${s.typedNumber}"`;
  return null;
}

const same = (a: PresenterState, b: PresenterState) =>
  (Object.keys(a) as Array<keyof PresenterState>).every((key) => a[key] === b[key]);

test('500 random key presses never throw, stay within the tour, and never touch the map', () => {
  fc.assert(
    fc.property(
      arbitraryMap({ maxNodes: 6 }),
      state,
      fc.array(fc.oneof({ weight: 9, arbitrary: press }, { weight: 1, arbitrary: command }), {
        minLength: 500,
        maxLength: 500,
      }),
      (generated: ArgMap, start, inputs) => {
        // A plain copy (fast-check builds some objects without a prototype), so toStrictEqual compares content.
        const map = structuredClone(generated);
        const snapshot = structuredClone(map);
        const saved = serializeMap(map);
        let current = start;
        for (const input of inputs) {
          const next =
            'key' in input
              ? presenterKey(current, input)
              : presenterCommand(current, input as PresenterCommand);
          const problem =
            broken(next, start.stepCount) ??
            ('key' in input && (input.ctrlKey || input.metaKey || input.altKey) && next !== current
              ? 'a key with Ctrl, Cmd or Alt changed the state'
              : null) ??
            (current.ended && next !== current ? 'an ended presentation changed' : null) ??
            (same(next, current) && next !== current ? 'an unchanged state is a new object' : null);
          if (problem)
            throw new Error(`${problem} after ${JSON.stringify(input)} from ${JSON.stringify(current)}`);
          current = next;
        }
        expect(map).toStrictEqual(snapshot);
        expect(serializeMap(map)).toBe(saved);
      },
    ),
    { numRuns: 200 },
  );
});
