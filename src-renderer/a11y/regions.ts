/**
 * The window's regions as F6 and Shift+F6 cycle them (as VS Code and Office do): the toolbar, the side
 * panels, the map, the map it is compared with, the properties dock and the source text, in the order
 * they stand on screen.
 */
const REGIONS =
  '.app > .toolbar, .workspace > aside, .workspace > .canvas, .workspace > .compare-side, .side-column > aside';
export const TABBABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where focus was last in each region, so that coming back lands there again. */
const lastFocus = new WeakMap<Element, HTMLElement>();

const shown = (element: Element) => element.getClientRects().length > 0;

function regions(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(REGIONS)].filter(
    (region) => shown(region) && entryOf(region) !== null,
  );
}

/** Where focus goes on entering a region: where it last was there, the map's tab-stop card, or its first control. */
function entryOf(region: HTMLElement): HTMLElement | null {
  const remembered = lastFocus.get(region);
  if (remembered?.isConnected && region.contains(remembered) && shown(remembered)) return remembered;
  if (region.matches('.canvas, .compare-side'))
    return region.querySelector<HTMLElement>('.react-flow__node[tabindex="0"], .react-flow[tabindex="0"]');
  return [...region.querySelectorAll<HTMLElement>(TABBABLE)].find(shown) ?? null;
}

/** Whether focus is inside a dialog, which keeps it until it closes. */
export const inDialog = () =>
  document.activeElement?.closest('[role="dialog"], [role="alertdialog"], dialog') != null;

/** Moves focus to the next region (`by` 1) or the previous one (-1). From nowhere, F6 goes to the map. */
export function cycleRegion(by: 1 | -1): boolean {
  if (inDialog()) return false;
  const list = regions();
  if (list.length === 0) return false;
  const active = document.activeElement;
  const here = list.findIndex((region) => region.contains(active));
  if (here >= 0 && active instanceof HTMLElement) lastFocus.set(list[here] as HTMLElement, active);
  const map = list.findIndex((region) => region.matches('.canvas'));
  const next = here < 0 ? Math.max(map, 0) : (here + by + list.length) % list.length;
  const target = list[next] && entryOf(list[next]);
  target?.focus({ preventScroll: true });
  return target != null;
}
