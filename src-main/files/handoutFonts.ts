import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { HandoutFonts } from '../../src-shared/export/renderHandout';

// The main bundle is CommonJS; tests load this module as ESM.
const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

/** Inter's static cuts, shipped by the `inter-ui` package as WOFF2 (the app bundles no other copy). */
const FILES = {
  regular: 'Inter-Regular.woff2',
  semibold: 'Inter-SemiBold.woff2',
  italic: 'Inter-Italic.woff2',
} as const;

let loading: Promise<HandoutFonts> | null = null;

/** The fonts a PDF embeds, decoded once from WOFF2 to TrueType (PDF cannot embed WOFF2). */
export function loadHandoutFonts(): Promise<HandoutFonts> {
  loading ??= (async () => {
    const { decompress } = require('wawoff2') as { decompress(bytes: Uint8Array): Promise<Uint8Array> };
    // The decoder returns a view into its own memory, which its next call overwrites: keep a copy.
    const decode = async (file: string) =>
      (await decompress(await readFile(require.resolve(`inter-ui/web/${file}`)))).slice();
    // One at a time: the WASM decoder has one heap for all calls.
    const regular = await decode(FILES.regular);
    const semibold = await decode(FILES.semibold);
    const italic = await decode(FILES.italic);
    return { regular, semibold, italic };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
