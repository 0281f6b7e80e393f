import { readFileSync } from 'node:fs';
import { PALETTES } from '../../../src-shared/export/palette';
import { NODE_KINDS, RELATIONS } from '../../../src-shared/model/map';

// The exporter runs without CSS (in main, for the handout), so it keeps its own copy of the theme's
// colours. This keeps the copy honest: a colour changed in theme.css and not here fails.
const css = readFileSync('src-renderer/styles/theme.css', 'utf8');

function variables(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [
      match[1] as string,
      (match[2] as string).toLowerCase(),
    ]),
  );
}

describe('the export palette', () => {
  test.each([
    ['light', ':root'],
    ['dark', ':root[data-theme="dark"]'],
  ] as const)('matches theme.css in the %s theme', (theme, selector) => {
    const vars = variables(selector);
    const palette = PALETTES[theme];
    expect(palette.canvas).toBe(vars.get('canvas-bg'));
    expect(palette.surface).toBe(vars.get('surface'));
    expect(palette.border).toBe(vars.get('border'));
    expect(palette.borderStrong).toBe(vars.get('border-strong'));
    expect(palette.text).toBe(vars.get('text'));
    expect(palette.textMuted).toBe(vars.get('text-muted'));
    for (const kind of NODE_KINDS) {
      expect(palette.kinds[kind]).toEqual({ color: vars.get(kind), tint: vars.get(`${kind}-tint`) });
    }
    for (const relation of RELATIONS) expect(palette.relations[relation]).toBe(vars.get(relation));
  });

  test('the projector theme is the light theme with the projector’s darker secondary text', () => {
    const present = readFileSync('src-renderer/present/present.css', 'utf8');
    const block = present.slice(present.indexOf(':root[data-projector] {'));
    const muted = /--text-muted:\s*(#[0-9a-f]{6})/i.exec(block)?.[1];
    expect(PALETTES.projector).toEqual({ ...PALETTES.light, textMuted: muted });
  });
});
