import { hasBidiControls, revealBidiControls } from '../../../src-shared/text/revealBidiControls';

describe('revealBidiControls: bidirectional controls are drawn as their names', () => {
  test.each([
    ['\u202A', 'LRE'],
    ['\u202B', 'RLE'],
    ['\u202C', 'PDF'],
    ['\u202D', 'LRO'],
    ['\u202E', 'RLO'],
    ['\u2066', 'LRI'],
    ['\u2067', 'RLI'],
    ['\u2068', 'FSI'],
    ['\u2069', 'PDI'],
    ['\u200E', 'LRM'],
    ['\u200F', 'RLM'],
    ['\u061C', 'ALM'],
  ])('U+%s shows as ‹%s›', (control, name) => {
    expect(revealBidiControls(`a${control}b`)).toBe(`a‹${name}›b`);
    expect(hasBidiControls(`a${control}b`)).toBe(true);
  });

  test('"\\u202Egnp.exe" reads as written, with the control in view', () => {
    expect(revealBidiControls('\u202Egnp.exe')).toBe('‹RLO›gnp.exe');
  });

  test('text without controls, right-to-left scripts included, is unchanged', () => {
    for (const text of ['', 'plain', 'שלום עולם', 'مرحبا', 'e\u0301 😀 \u200D']) {
      expect(revealBidiControls(text)).toBe(text);
      expect(hasBidiControls(text)).toBe(false);
    }
  });

  test('the result holds no control, so it can reorder nothing', () => {
    const every = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(hasBidiControls(revealBidiControls(every.repeat(3)))).toBe(false);
  });
});
