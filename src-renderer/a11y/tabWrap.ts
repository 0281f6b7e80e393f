import { inDialog, TABBABLE } from './regions';

/** The window's tab stops in the order Tab walks them (the app sets no positive tabindex). */
function tabStops(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
}

/**
 * Tab past the window's last stop comes back to its first, and Shift+Tab before the first goes to the
 * last, as in a desktop app: otherwise focus falls to the page's body, where no key reaches anything.
 * Dialogs keep focus themselves; a key another handler took is left alone.
 */
export function wrapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body || inDialog()) return;
  const stops = tabStops();
  const ahead = event.shiftKey ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
  if (
    stops.length === 0 ||
    stops.some((stop) => stop !== active && active.compareDocumentPosition(stop) & ahead)
  )
    return;
  event.preventDefault();
  (event.shiftKey ? stops.at(-1) : stops[0])?.focus();
}
