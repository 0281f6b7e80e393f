import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The renderer's Content Security Policy. Built pages load only their own scripts, styles and fonts and
 * talk to no server. The dev server needs inline scripts and a websocket for hot reload, and nothing more.
 */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'argmap-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = [
        "default-src 'none'",
        dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
        dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        dev ? "connect-src 'self' ws:" : "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
      ].join('; ');
      return html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The app's main process, and the `argmap` command line, which runs in plain Node.
      lib: {
        entry: {
          main: resolve('src-main/electron/main.ts'),
          cli: resolve('src-main/cli/argmap.ts'),
          // Article imports parse in a worker thread of main.
          importWorker: resolve('src-main/import/importWorker.ts'),
        },
        formats: ['cjs'],
        fileName: (_format, name) => `${name}.cjs`,
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be a single CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve('src-main/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves code unminified; the page parses its 1.8 MB script before it draws anything.
      minify: true,
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
