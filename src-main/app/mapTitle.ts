/**
 * The title of the map as the page sends it, for naming a file: the map's current title, which the
 * window may have changed since it opened. Null when the text has none (the save then fails with the
 * loader's own message).
 */
export function titleOfMapText(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'title' in parsed && typeof parsed.title === 'string')
      return parsed.title;
  } catch {
    // not JSON: the save reports it
  }
  return null;
}
