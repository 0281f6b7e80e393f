import { DISPLAY_LENGTH, shortenForDisplay } from '../../../src-shared/text/shortenForDisplay';

describe('shortenForDisplay: a name as a message shows it', () => {
  test('a name of ordinary length is shown whole', () => {
    expect(shortenForDisplay('/home/ana/Debates/tax.argmap.json')).toBe('/home/ana/Debates/tax.argmap.json');
  });

  test('a 70 MB name becomes one short line that keeps its start and its extension', () => {
    const name = `${'a'.repeat(70 * 1024 * 1024)}.argmap.json`;
    const shown = shortenForDisplay(name);
    expect(Array.from(shown).length).toBe(DISPLAY_LENGTH);
    expect(shown.startsWith('aaaa')).toBe(true);
    expect(shown.endsWith('.argmap.json')).toBe(true);
    expect(shown).toContain('…');
  });

  test('never cuts an emoji in half', () => {
    const shown = shortenForDisplay('😀'.repeat(500), 21);
    expect(shown).toBe(`${'😀'.repeat(12)}…${'😀'.repeat(8)}`);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  test('a name in astral characters that fits is not shortened', () => {
    expect(shortenForDisplay('😀'.repeat(100), 100)).toBe('😀'.repeat(100));
  });

  test('bidirectional controls in a name are shown, not obeyed', () => {
    expect(shortenForDisplay('\u202Egnp.exe')).toBe('‹RLO›gnp.exe');
  });
});

test('line breaks and other controls show as spaces, so a name is one line', () => {
  expect(shortenForDisplay('two\nlines\u0007')).toBe('two lines ');
});
