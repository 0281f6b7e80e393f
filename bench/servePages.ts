import { existsSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { BrowserContext } from 'playwright';

/**
 * Makes a browser context ready for the bench's pages: requests to `origin` are answered from the
 * files in `root` (no server, no port to clash with a test run), and tsx's keepNames helper exists in
 * the page (functions handed to the page were compiled by tsx, which wraps them in `__name`, a helper
 * that exists only in Node). Call it before the context opens a page.
 */
export async function servePages(context: BrowserContext, origin: string, root: string): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.route(`${origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file });
  });
}

/** Closes a context whose page may be stuck; gives up after a while rather than hang the run. */
export async function closeQuietly(context: BrowserContext): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise((done) => {
    timer = setTimeout(done, 30_000);
  });
  await Promise.race([context.close().catch(() => {}), giveUp]);
  clearTimeout(timer);
}
