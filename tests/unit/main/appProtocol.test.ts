import path from 'node:path';
import fc from 'fast-check';
import config from '../../../electron.config.ts';
import {
  APP_ENTRY_URL,
  mimeTypeOf,
  planAppResponse,
  RENDERER_CONTENT_SECURITY_POLICY,
  resolveAppUrl,
} from '../../../src-main/app/appProtocol';

const root = '/opt/argmap/resources/app.asar/out/renderer';

function isInside(file: string, folder: string, platform = path.posix): boolean {
  const relative = platform.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !platform.isAbsolute(relative);
}

describe('the app: protocol', () => {
  test.each([
    ['app://argmap/index.html', 'index.html'],
    ['app://argmap/index.html#presenter', 'index.html'],
    ['app://argmap/index.html?view=1', 'index.html'],
    ['app://argmap/assets/index-C1WtNRd6.js', 'assets/index-C1WtNRd6.js'],
    ['app://argmap/assets/layout.worker-DbQybHjG.js', 'assets/layout.worker-DbQybHjG.js'],
    ['app://argmap/assets/My%20Font.woff2', 'assets/My Font.woff2'],
    ['app://argmap/assets/%252e%252e', 'assets/%2e%2e'],
  ])('serves %s from the bundle', (url, file) => {
    expect(resolveAppUrl(url, root)).toEqual({ ok: true, path: `${root}/${file}` });
  });

  test.each([
    // Traversal, raw and encoded, in the path and in the query.
    'app://argmap/../../etc/passwd',
    'app://argmap/assets/../../../etc/passwd',
    'app://argmap/assets/../index.html',
    'app://argmap/./index.html',
    'app://argmap/%2e%2e/%2e%2e/etc/passwd',
    'app://argmap/%2E%2E/secret',
    'app://argmap/.%2e/secret',
    'app://argmap/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://argmap/..%2f..%2fetc/passwd',
    'app://argmap/..%5c..%5cwindows%5cwin.ini',
    'app://argmap/assets%2findex.html',
    'app://argmap/index.html?/../../etc/passwd',
    'app://argmap/index.html#/../../etc/passwd',
    // Backslashes and Windows paths.
    'app://argmap/..\\..\\windows\\win.ini',
    'app://argmap/assets\\index.html',
    'app://argmap/C:/Windows/win.ini',
    'app://argmap/C%3A%5CWindows%5Cwin.ini',
    'app://argmap/assets/index.js::$DATA',
    'app://argmap/con',
    'app://argmap/assets/NUL.txt',
    'app://argmap/index.html.',
    'app://argmap/index.html%20',
    // Absolute paths and empty segments.
    'app://argmap//etc/passwd',
    'app://argmap/%2fetc/passwd',
    'app://argmap/',
    'app://argmap',
    'app://argmap/assets/',
    // NUL and control characters.
    'app://argmap/index.html%00.png',
    'app://argmap/index.html\u0000.png',
    'app://argmap/index%0a.html',
    // Hidden files, malformed encoding.
    'app://argmap/.env',
    'app://argmap/assets/.DS_Store',
    'app://argmap/%E0%A4%A',
    'app://argmap/%',
    // Other origins, schemes and authorities.
    'app://evil/index.html',
    'app://ARGMAP/index.html',
    'app://argmap.evil.com/index.html',
    'app://argmap:8080/index.html',
    'app://user:secret@argmap/index.html',
    'app://user@argmap/index.html',
    'file:///etc/passwd',
    'http://argmap/index.html',
    'https://argmap/index.html',
    'javascript:alert(1)',
    'app:index.html',
    'app:/index.html',
    'not a url',
    '',
    `app://argmap/${'a/'.repeat(1100)}x.js`,
  ])('refuses %s', (url) => {
    expect(resolveAppUrl(url, root).ok).toBe(false);
  });

  test('refuses drive letters, device names and backslashes under Windows path rules', () => {
    const windowsRoot = 'C:\\Program Files\\Argmap\\resources\\app.asar\\out\\renderer';
    for (const url of [
      'app://argmap/C:/Windows/win.ini',
      'app://argmap/C:',
      'app://argmap/D%3A/x.js',
      'app://argmap/%5C%5Cserver%5Cshare%5Cx.js',
      'app://argmap/assets/CON.js',
      'app://argmap/assets/x.js%20',
      'app://argmap/assets/x.js%2E',
    ]) {
      expect(resolveAppUrl(url, windowsRoot, path.win32).ok).toBe(false);
    }
    expect(resolveAppUrl('app://argmap/assets/index.js', windowsRoot, path.win32)).toEqual({
      ok: true,
      path: `${windowsRoot}\\assets\\index.js`,
    });
  });

  test('no path, under POSIX or Windows rules, resolves outside the bundle', () => {
    const pieces = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E%2e',
      '%2f',
      '%5c',
      '/',
      '\\',
      '%00',
      ':',
      'C:',
      '~',
      '%',
      '%25',
      'a',
      'assets',
      'index.html',
      ' ',
      '?',
      '#',
      '//',
    );
    const pathText = fc.oneof(
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.string(),
    );
    const platforms = [
      [path.posix, root],
      [path.win32, 'C:\\Argmap\\renderer'],
    ] as const;
    let served = 0;
    fc.assert(
      fc.property(pathText, fc.constantFrom(...platforms), (text, [platform, folder]) => {
        const resolved = resolveAppUrl(`app://argmap/${text}`, folder, platform);
        if (!resolved.ok) return;
        served += 1;
        expect(isInside(resolved.path, folder, platform)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // The property is not vacuous: plenty of the generated paths are files in the bundle.
    expect(served).toBeGreaterThan(500);
  });

  test('the entry page is ours', () => {
    expect(resolveAppUrl(APP_ENTRY_URL, root)).toEqual({ ok: true, path: `${root}/index.html` });
  });

  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-C1.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index-B1.css', 'text/css; charset=utf-8'],
    ['assets/inter-latin.woff2', 'font/woff2'],
    ['assets/logo.PNG', 'image/png'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['schema.json', 'application/json; charset=utf-8'],
    ['assets/resvg.wasm', 'application/wasm'],
    ['assets/unknown.xyz', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
  ])('gives %s the type %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type);
  });

  test('answers GET with the file and its headers, HEAD without a body, and refuses other methods', () => {
    const get = planAppResponse({ method: 'GET', url: 'app://argmap/assets/a.js' }, root);
    expect(get).toEqual({
      status: 200,
      path: `${root}/assets/a.js`,
      body: true,
      headers: {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Content-Security-Policy': RENDERER_CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
    expect(planAppResponse({ method: 'HEAD', url: 'app://argmap/index.html' }, root)).toMatchObject({
      status: 200,
      body: false,
    });
    expect(planAppResponse({ method: 'POST', url: 'app://argmap/index.html' }, root).status).toBe(405);
    expect(planAppResponse({ method: 'GET', url: 'app://argmap/../x' }, root).status).toBe(404);
  });

  test('sends the same Content Security Policy as the one the build writes into the page', () => {
    interface HtmlPlugin {
      name?: string;
      configResolved(config: { command: string }): void;
      transformIndexHtml(html: string): string;
    }
    const renderer = (config as { renderer?: { plugins?: unknown[] } }).renderer;
    const plugin = (renderer?.plugins ?? [])
      .flat()
      .find((candidate): candidate is HtmlPlugin => (candidate as HtmlPlugin | null)?.name === 'argmap-csp');
    expect(plugin).toBeDefined();
    plugin?.configResolved({ command: 'build' });
    expect(plugin?.transformIndexHtml('<head>')).toContain(`content="${RENDERER_CONTENT_SECURITY_POLICY}"`);
  });
});
