import fc from 'fast-check';
import { segmentText } from '../../../src-shared/source/segments';

describe('cutting text into highlighted segments', () => {
  test('a passage inside another gives three segments, the inner one covered by both', () => {
    const segments = segmentText(0, 30, [
      { nodeId: 'premise', start: 0, end: 30 },
      { nodeId: 'quote', start: 10, end: 20 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 10, nodeIds: ['premise'] },
      { start: 10, end: 20, nodeIds: ['quote', 'premise'] },
      { start: 20, end: 30, nodeIds: ['premise'] },
    ]);
  });

  test('passages outside the block are ignored and text between passages is plain', () => {
    expect(segmentText(100, 110, [{ nodeId: 'a', start: 0, end: 50 }])).toEqual([
      { start: 100, end: 110, nodeIds: [] },
    ]);
  });

  test('segments always tile the block exactly, and each lists exactly the passages covering it', () => {
    const passage = fc.record({
      nodeId: fc.string({ minLength: 1, maxLength: 3 }),
      start: fc.nat(60),
      end: fc.nat(60),
    });
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.array(passage, { maxLength: 8 }), (a, b, passages) => {
        const [start, end] = [Math.min(a, b + 31), Math.max(a, b + 31)];
        const segments = segmentText(start, end, passages);
        expect(segments[0]?.start).toBe(start);
        expect(segments.at(-1)?.end).toBe(end);
        segments.forEach((segment, i) => {
          if (i > 0) expect(segment.start).toBe(segments[i - 1]?.end);
          const covering = passages.filter(
            (p) => p.end > p.start && p.start <= segment.start && p.end >= segment.end,
          );
          expect([...segment.nodeIds].sort()).toEqual(covering.map((p) => p.nodeId).sort());
        });
      }),
    );
  });
});
