import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// The main bundle is CommonJS; tests load this module as ESM.
const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

/** One of the ranges Fontsource cuts Inter into ("latin", "greek", …), as in its `unicode.json`. */
interface Subset {
  name: string;
  ranges: Array<[number, number]>;
  css: string;
}

let subsets: Subset[] | null = null;

/** Fontsource's own table of Inter's subsets, the same files the app's window draws with. */
async function interSubsets(): Promise<Subset[]> {
  if (subsets) return subsets;
  const table = JSON.parse(
    await readFile(require.resolve('@fontsource-variable/inter/unicode.json'), 'utf8'),
  ) as Record<string, string>;
  subsets = Object.entries(table).map(([name, css]) => ({
    name,
    css,
    ranges: css.split(',').map((part) => {
      const [from, to] = part.replace('U+', '').split('-');
      const start = Number.parseInt(from ?? '0', 16);
      return [start, to === undefined ? start : Number.parseInt(to, 16)];
    }),
  }));
  return subsets;
}

/**
 * `@font-face` rules for "Inter Variable" with each subset the page's text uses inline as a data: URL
 * (a WOFF2 of all weights; the italic only when `italic` text is drawn). A subset no character needs is
 * left out: most maps need the Latin one alone, about 65 KB of base64.
 */
export async function interFontFaces(text: string, italic: boolean): Promise<string> {
  const codes = new Set<number>();
  for (const char of text) codes.add(char.codePointAt(0) ?? 0);
  const used = (await interSubsets()).filter((subset) =>
    [...codes].some((code) => subset.ranges.some(([from, to]) => code >= from && code <= to)),
  );
  const rules: string[] = [];
  for (const style of italic ? (['normal', 'italic'] as const) : (['normal'] as const)) {
    for (const subset of used) {
      const file = require.resolve(
        `@fontsource-variable/inter/files/inter-${subset.name}-wght-${style}.woff2`,
      );
      const data = (await readFile(file)).toString('base64');
      rules.push(
        `@font-face{font-family:'Inter Variable';font-style:${style};font-weight:100 900;font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${subset.css}}`,
      );
    }
  }
  return rules.join('\n');
}
