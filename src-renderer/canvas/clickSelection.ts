/** Whether a click adds to the selection (or takes away from it) rather than replacing it. */
export const addsToSelection = (event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean =>
  event.shiftKey || event.ctrlKey || event.metaKey;

/**
 * The selection after a click on `id`: it alone; when `adding` (Shift, Ctrl or ⌘ held), the selection
 * with it added, or without it if it was already in.
 */
export function selectionAfterClick(selected: ReadonlySet<string>, id: string, adding: boolean): Set<string> {
  const next = new Set(adding ? selected : []);
  if (adding && next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
