/** The least the document's name keeps beside the buttons before groups of buttons give way to the overflow menu. */
export const TITLE_RESERVE = 260;
/** The space between two groups of buttons. */
export const GROUP_GAP = 6;
/** The overflow menu's button, with its gap. */
export const MORE_WIDTH = 34 + GROUP_GAP;

/**
 * How many groups of buttons, from the left, fit in a toolbar `width` wide whose groups are `groups` wide:
 * all of them when they fit beside the title's reserve, else as many as fit beside the overflow button.
 */
export function groupsThatFit(width: number, groups: readonly number[]): number {
  const room = width - TITLE_RESERVE;
  const span = (count: number) =>
    groups.slice(0, count).reduce((sum, group) => sum + group, 0) + GROUP_GAP * Math.max(0, count - 1);
  if (span(groups.length) <= room) return groups.length;
  let count = groups.length - 1;
  while (count > 0 && span(count) + GROUP_GAP + MORE_WIDTH > room) count--;
  return count;
}
