/**
 * From this many nodes on, the canvas leaves off-screen nodes and links out of the page (React Flow's
 * `onlyRenderVisibleElements`): the browser then styles, hit-tests and paints only what is in view while
 * the view moves, and a change to every node (an auto-layout) renders only those in view. Below it every
 * node stays in the page: that costs little at this size, and keeps the whole map within reach of a
 * screen reader and of the browser's own find.
 */
export const VISIBLE_ONLY_FROM = 300;

/**
 * Whether a map of `nodeCount` nodes is drawn visible-only. `?render=all` in the page's address keeps every
 * node in the page at any size, for tools that read the canvas's DOM whole (the benchmark's DOM capture).
 * The page's own address is read once: the canvas asks on every render.
 */
export function drawsVisibleOnly(nodeCount: number, search?: string): boolean {
  if (nodeCount < VISIBLE_ONLY_FROM) return false;
  if (search !== undefined) return !asksForEveryNode(search);
  pageAsksForEveryNode ??= asksForEveryNode(window.location.search);
  return !pageAsksForEveryNode;
}

let pageAsksForEveryNode: boolean | undefined;
const asksForEveryNode = (search: string) => new URLSearchParams(search).get('render') === 'all';
