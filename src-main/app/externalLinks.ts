/** Links the app hands to the user's browser or mail client; everything else is dropped. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link may be opened outside the app with `shell.openExternal`: an http(s) link to a host,
 * or a mailto link, with no user name or password in it. Anything that does not parse as a URL, and
 * every other scheme (`file:`, `javascript:`, `smb:`, custom app handlers…), is refused: those can run
 * programs or reach the file system through the operating system's handlers.
 */
export function isOpenableExternally(url: string): boolean {
  if (typeof url !== 'string' || url.length > 8192) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.hostname.length > 0;
}
