import nodePath, { type PlatformPath } from 'node:path';

/**
 * The renderer is served from one fixed origin, `app://argmap`, rather than `file://`: a file URL
 * would give the page the whole disk as its origin, and Chromium refuses module scripts from it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'argmap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The editor's page; the presenter's view is the same page with `#presenter`. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The production Content Security Policy, sent as a header with every file as well as in the page's
 * `<meta>` (written by the build in electron.config.ts; a test keeps the two equal). The header also
 * covers the layout worker, which a `<meta>` in the page does not reach.
 */
export const RENDERER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** The MIME type of a bundle file, from its extension (module scripts and workers need the exact one). */
export function mimeTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** NUL and the other control characters, which no file name we serve contains. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export type ResolvedAppUrl = { ok: true; path: string } | { ok: false; reason: string };

// Backslashes, and encoded separators or NUL, have no place in a bundle URL.
const FORBIDDEN_RAW = /\\|%(?:00|2f|5c)/i;
// A `.` or `..` segment, raw or encoded: browsers resolve these before asking, so one here is a probe.
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;
// Names Windows maps to devices, and names it silently trims (trailing dot or space).
const WINDOWS_SPECIAL = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$|[. ]$/i;

/**
 * Maps an `app://argmap/…` request to a file inside `root` (the renderer bundle's folder), or says why
 * not. Anything that could leave the folder is refused rather than normalised: `..` and `.` segments,
 * encoded separators, backslashes, NUL, absolute and drive paths, dotfiles, other hosts, credentials,
 * ports. The query and fragment never reach the file system.
 */
export function resolveAppUrl(url: string, root: string, path: PlatformPath = nodePath): ResolvedAppUrl {
  const refuse = (reason: string): ResolvedAppUrl => ({ ok: false, reason });
  if (url.length > 2048) return refuse('too long');
  if (FORBIDDEN_RAW.test(url) || hasControlCharacter(url))
    return refuse('a separator, NUL or control character');
  if (DOT_SEGMENT.test(url)) return refuse('a dot segment');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse('not a URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return refuse('another origin');
  if (parsed.username || parsed.password) return refuse('credentials');

  const segments: string[] = [];
  for (const raw of parsed.pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse('malformed percent-encoding');
    }
    if (segment === '' || segment.startsWith('.')) return refuse('an empty, dot or hidden segment');
    if (/[/\\:]/.test(segment) || hasControlCharacter(segment) || WINDOWS_SPECIAL.test(segment))
      return refuse('a name the file system treats specially');
    segments.push(segment);
  }
  const resolved = path.resolve(root, ...segments);
  const inside = path.relative(path.resolve(root), resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside))
    return refuse('outside the bundle');
  return { ok: true, path: resolved };
}

export type AppResponsePlan =
  | { status: 200; path: string; headers: Record<string, string>; body: boolean }
  | { status: 404 | 405; reason: string };

/** What the `app:` protocol answers a request: a bundle file and its headers, or a refusal. */
export function planAppResponse(
  request: { method: string; url: string },
  root: string,
  path: PlatformPath = nodePath,
): AppResponsePlan {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, reason: 'read only' };
  const target = resolveAppUrl(request.url, root, path);
  if (!target.ok) return { status: 404, reason: target.reason };
  return {
    status: 200,
    path: target.path,
    body: request.method === 'GET',
    headers: {
      'Content-Type': mimeTypeOf(target.path),
      'Content-Security-Policy': RENDERER_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  };
}
