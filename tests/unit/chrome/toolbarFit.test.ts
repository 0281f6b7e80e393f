import { GROUP_GAP, groupsThatFit, MORE_WIDTH, TITLE_RESERVE } from '../../../src-renderer/chrome/toolbarFit';

const GROUPS = [113, 75, 185, 113, 113, 41, 75];
const span = (groups: number[]) =>
  groups.reduce((sum, group) => sum + group, 0) + GROUP_GAP * (groups.length - 1);

describe('which toolbar groups fit beside the title', () => {
  test('all of them when the window is wide enough, with no overflow menu', () => {
    expect(groupsThatFit(TITLE_RESERVE + span(GROUPS), GROUPS)).toBe(GROUPS.length);
  });

  test('one pixel short, the last group gives way to the overflow menu', () => {
    const width = TITLE_RESERVE + span(GROUPS) - 1;
    const kept = groupsThatFit(width, GROUPS);
    expect(kept).toBeLessThan(GROUPS.length);
    expect(span(GROUPS.slice(0, kept)) + GROUP_GAP + MORE_WIDTH).toBeLessThanOrEqual(width - TITLE_RESERVE);
    expect(span(GROUPS.slice(0, kept + 1)) + GROUP_GAP + MORE_WIDTH).toBeGreaterThan(width - TITLE_RESERVE);
  });

  test('none in a window too narrow for even the first', () => {
    expect(groupsThatFit(TITLE_RESERVE + 50, GROUPS)).toBe(0);
  });
});
