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

/** The subsets that hold at least one character of `text`. */
async function subsetsFor(text: string): Promise<Subset[]> {
  const codes = new Set<number>();
  for (const char of text) codes.add(char.codePointAt(0) ?? 0);
  return (await interSubsets()).filter((subset) =>
    [...codes].some((code) => subset.ranges.some(([from, to]) => code >= from && code <= to)),
  );
}

/**
 * `@font-face` rules for "Inter Variable" with each subset the page's text uses inline as a data: URL
 * (a WOFF2 of all weights), upright for `text` and italic for `italicText`. A subset no character needs
 * is left out: most maps need the Latin ones alone, about 65 KB of base64 each.
 */
export async function interFontFaces(text: string, italicText: string): Promise<string> {
  const rules: string[] = [];
  const styles = [
    ['normal', await subsetsFor(text)],
    ['italic', italicText === '' ? [] : await subsetsFor(italicText)],
  ] as const;
  for (const [style, used] of styles) {
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
