import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The bare React Flow page the canvas benchmark compares Argmap with, built as the app's renderer is
 * (production React, not minified). The bench builds it into a temporary folder of its own.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    minify: false,
    emptyOutDir: true,
    outDir: fileURLToPath(new URL('../../out/bench-baseline', import.meta.url)),
  },
});
