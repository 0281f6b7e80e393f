import fc from 'fast-check';
import { groupDigits } from '../../../src-shared/text/groupDigits';

describe('a count with its thousands grouped', () => {
  test('reads as en-US writes whole numbers, for any whole number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), (count) => {
        expect(groupDigits(count)).toBe(count.toLocaleString('en-US'));
      }),
      { numRuns: 2_000 },
    );
  });

  test('as the badges of folded cards show them', () => {
    expect([12, 1000, 20_000].map((count) => `+${groupDigits(count)}`)).toEqual(['+12', '+1,000', '+20,000']);
  });
});
