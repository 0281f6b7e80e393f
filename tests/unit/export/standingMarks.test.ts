import { parseExportArgs } from '../../../src-main/cli/exportArgs';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src-shared/export/exportOptions';
import { exportScene } from '../../../src-shared/export/exportScene';
import { renderSvg } from '../../../src-shared/export/renderSvg';
import { buildScene } from '../../../src-shared/export/scene';
import { smallArgument } from '../../support/smallArgument';

const map = smallArgument({
  nodes: 't c r q',
  attacks: 'c>t r>c',
  supports: 'q>t',
  kinds: { c: 'counterpoint', r: 'rebuttal', q: 'quote' },
  assess: { r: { status: 'rejected' }, q: { score: 0.75 } },
});
const measure = (text: string) => text.length * 7;
const scene = (assessment: boolean) => buildScene(map, { measure, theme: 'light', padding: 24, assessment });

test('an export that shows the assessment rings each card by its standing: solid in, dashed out', () => {
  const { marks = [], cards } = scene(true);
  const ring = (id: string) => {
    const card = cards.find((candidate) => candidate.id === id);
    // The ring is the unfilled mark 4 px outside the card's corner.
    return marks.find(
      (mark) =>
        mark.fill === null && mark.box.x === (card?.box.x ?? 0) - 4 && mark.box.y === (card?.box.y ?? 0) - 4,
    );
  };
  expect(ring('c')?.dash).toBeNull();
  expect(ring('r')?.dash).toEqual([6, 4]);
  expect(ring('t')?.dash).toEqual([6, 4]);
});

// The thesis: τ 0.5, attacked by c (0.5, its rebuttal rejected), supported by q (0.75): 0.5 + 0.5 × 0.25.
test('the strength bar is as long as the strength, and the verdict stands above the thesis, inside the image', () => {
  const { marks = [], cards, bounds } = scene(true);
  const quote = cards.find((card) => card.id === 'q');
  const bars = marks.filter(
    (mark) => mark.fill !== null && !mark.text && quote && mark.box.y > quote.box.y + quote.box.height,
  );
  const [track, fill] = bars.filter((bar) => Math.abs(bar.box.x - ((quote?.box.x ?? 0) + 8)) < 0.01);
  expect((fill?.box.width ?? 0) / (track?.box.width ?? 1)).toBeCloseTo(0.75);
  const verdict = marks.find((mark) => mark.text);
  expect(verdict?.text?.lines).toEqual(['Fails · 63 %']);
  expect(verdict?.box.y).toBeGreaterThanOrEqual(bounds.y);
  expect(renderSvg(scene(true), { background: 'white' })).toContain('Fails · 63 %');
});

test('without the option nothing is added, and the command line asks for it with --assessment', () => {
  expect(scene(false).marks).toEqual([]);
  const parsed = parseExportArgs(['m.argmap.json', '--out', 'x.svg', '--assessment']);
  expect('options' in parsed && parsed.options.assessment).toBe(true);
  const plain = parseExportArgs(['m.argmap.json', '--out', 'x.svg']);
  expect('options' in plain && plain.options.assessment).toBeFalsy();
});

test('a tour step that shows the assessment is exported with it, as the room sees it; other steps without', () => {
  const toured = {
    ...map,
    tour: [
      { id: 's1', focus: ['t'] },
      { id: 's2', focus: ['c', 'r', 'q'], showAssessment: true },
    ],
  };
  const verdictOf = (index: number) => {
    const stepScene = exportScene(
      toured,
      { ...DEFAULT_EXPORT_OPTIONS, subject: { kind: 'step', index } },
      measure,
    );
    return 'refused' in stepScene ? 'refused' : stepScene.marks?.find((mark) => mark.text)?.text?.lines;
  };
  expect(verdictOf(0)).toBeUndefined();
  expect(verdictOf(1)).toEqual(['Fails · 63 %']);
});
