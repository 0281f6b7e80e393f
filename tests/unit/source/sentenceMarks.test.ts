import { bodySentences, sourceCoverage } from '../../../src-shared/source/coverage';
import { segmentText } from '../../../src-shared/source/segments';
import { markSentences } from '../../../src-shared/source/sentenceMarks';

const TEXT =
  'Streets\n\nCars make streets loud. Quiet streets are safer. Vans still need access. Buses are slow.';
const BODY = TEXT.indexOf('Cars');
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const words = (segments: ReturnType<typeof markSentences>) =>
  segments.map((segment) => [TEXT.slice(segment.start, segment.end), segment.unmapped]);

describe('per-sentence margin marks', () => {
  test('each sentence no node anchors is a segment of its own, marked; anchored sentences are not', () => {
    const passage = { nodeId: 'safety', ...at('Quiet streets are safer') };
    const node = {
      id: 'safety',
      kind: 'premise',
      text: 't',
      position: { x: 0, y: 0 },
      anchor: { ...passage, exact: '' },
    } as const;
    const { unmapped } = sourceCoverage(TEXT, [node], new Set());
    const segments = markSentences(segmentText(BODY, TEXT.length, [passage]), unmapped);
    expect(words(segments)).toEqual([
      ['Cars make streets loud.', true],
      [' ', false],
      ['Quiet streets are safer', false],
      ['. ', false],
      ['Vans still need access.', true],
      [' ', false],
      ['Buses are slow.', true],
    ]);
    expect(segments.find((segment) => segment.nodeIds.includes('safety'))?.unmapped).toBe(false);
  });

  test('the segments still cover the block exactly, in order, with no gap', () => {
    const segments = markSentences(segmentText(BODY, TEXT.length, []), bodySentences(TEXT));
    expect(segments.map((segment) => TEXT.slice(segment.start, segment.end)).join('')).toBe(TEXT.slice(BODY));
    expect(segments.filter((segment) => segment.unmapped)).toHaveLength(4);
  });

  test('a block after the first starts from its own sentences', () => {
    const second = TEXT.indexOf('Vans');
    const segments = markSentences(segmentText(second, TEXT.length, []), bodySentences(TEXT));
    expect(words(segments)).toEqual([
      ['Vans still need access.', true],
      [' ', false],
      ['Buses are slow.', true],
    ]);
  });

  test('a fully mapped block has no mark', () => {
    const passage = { nodeId: 'all', start: BODY, end: TEXT.length };
    expect(markSentences(segmentText(BODY, TEXT.length, [passage]), []).every((s) => !s.unmapped)).toBe(true);
  });
});
