import type { KeyboardEvent } from 'react';
import type { ArgNode } from '../../src-shared/model/map';
import { revealPassage } from './sourceView';

/** The nodes with a highlighted passage, in reading order (ties: the shorter passage first, as it is drawn). */
export function passagesInOrder(nodes: readonly ArgNode[], changed: ReadonlySet<string>): ArgNode[] {
  return nodes
    .filter((node) => node.anchor && !changed.has(node.id))
    .sort(
      (a, b) =>
        (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0) ||
        (a.anchor?.end ?? 0) - (a.anchor?.start ?? 0) - ((b.anchor?.end ?? 0) - (b.anchor?.start ?? 0)),
    );
}

/** The first highlight of a node's passage (a passage cut by another is drawn as several). */
export function markOf(root: HTMLElement, nodeId: string): HTMLElement | null {
  for (const mark of root.querySelectorAll<HTMLElement>('mark[data-nodes]')) {
    if (mark.dataset.nodes?.split(' ').includes(nodeId)) return mark;
  }
  return null;
}

/** Where Tab goes from: the focused highlight's node, or (from the article itself) the top of the view. */
function startingPoint(root: HTMLElement, ordered: readonly ArgNode[]): number {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.matches('mark[data-nodes]') && root.contains(focused)) {
    const ids = focused.dataset.nodes?.split(' ') ?? [];
    const index = ordered.findIndex((node) => node.id === ids[0]);
    if (index >= 0) return index;
  }
  return -1;
}

/** The first passage that starts at or below the top of the view: where Tab from the article begins. */
function firstInView(root: HTMLElement, ordered: readonly ArgNode[]): number {
  const top = root.getBoundingClientRect().top;
  const block = [...root.querySelectorAll<HTMLElement>('[data-end]')].find(
    (element) => element.getBoundingClientRect().bottom > top,
  );
  const offset = block ? Number(block.dataset.offset) : 0;
  const index = ordered.findIndex((node) => (node.anchor?.end ?? 0) > offset);
  return index < 0 ? ordered.length : index;
}

/**
 * Tab and Shift+Tab in the article move from highlight to highlight in reading order, drawing and scrolling
 * to passages out of view; past the last (or before the first) focus leaves the article as Tab always does.
 * Returns whether the key was taken.
 */
export function moveBetweenPassages(
  event: KeyboardEvent,
  root: HTMLElement,
  ordered: readonly ArgNode[],
): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || ordered.length === 0)
    return false;
  const current = startingPoint(root, ordered);
  const target =
    current >= 0 ? current + (event.shiftKey ? -1 : 1) : event.shiftKey ? -1 : firstInView(root, ordered);
  const node = ordered[target];
  if (!node?.anchor) return false;
  event.preventDefault();
  const { start, end } = node.anchor;
  void revealPassage(start, end).then(() => {
    const mark = markOf(root, node.id);
    mark?.focus({ preventScroll: true });
    mark?.scrollIntoView({ block: 'nearest' });
  });
  return true;
}
