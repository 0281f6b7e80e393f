import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INTER_CUTS, type InterFonts } from '../../src-shared/export/interFonts';

// The main bundle is CommonJS; tests load this module as ESM.
const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

/** Inter's static cuts, shipped by the `inter-ui` package as WOFF2 (the app bundles no other copy). */
const FILES: Record<keyof InterFonts, string> = {
  regular: 'Inter-Regular.woff2',
  medium: 'Inter-Medium.woff2',
  semibold: 'Inter-SemiBold.woff2',
  italic: 'Inter-Italic.woff2',
  mediumItalic: 'Inter-MediumItalic.woff2',
};

let loading: Promise<InterFonts> | null = null;

/** The fonts exports measure and draw with, decoded once from WOFF2 to TrueType (PDF and resvg take no WOFF2). */
export function loadInterFonts(): Promise<InterFonts> {
  loading ??= (async () => {
    // Only the decoder: the package's index also loads its encoder, a megabyte of script.
    const decompress = require('wawoff2/decompress') as (bytes: Uint8Array) => Promise<Uint8Array>;
    // Read at once: once the decoder's WebAssembly is running, an asynchronous read waited
    // about 125 ms for its turn on two busy cores, longer than decoding all five cuts takes.
    // The decoder returns a view into its own memory, which its next call overwrites: keep a copy.
    const decode = async (file: string) =>
      (await decompress(readFileSync(require.resolve(`inter-ui/web/${file}`)))).slice();
    // One at a time: the WASM decoder has one heap for all calls.
    const fonts: Partial<InterFonts> = {};
    for (const cut of INTER_CUTS) fonts[cut] = await decode(FILES[cut]);
    return fonts as InterFonts;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
