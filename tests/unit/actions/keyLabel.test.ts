import { formatAccelerator, keyLabel } from '../../../src-shared/actions/accelerator';

describe('keys, as people read them', () => {
  test('arrows are arrows, whichever name the catalog uses', () => {
    for (const [names, label] of [
      [['ArrowUp', 'Up'], '↑'],
      [['ArrowDown', 'Down'], '↓'],
      [['ArrowLeft', 'Left'], '←'],
      [['ArrowRight', 'Right'], '→'],
    ] as const) {
      for (const name of names) expect(keyLabel(name)).toBe(label);
    }
  });

  test('named keys are written out in words, letters in capitals', () => {
    expect(keyLabel('Space')).toBe('Space');
    expect(keyLabel(' ')).toBe('Space');
    expect(keyLabel('PageDown')).toBe('Page Down');
    expect(keyLabel('PageUp')).toBe('Page Up');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel('p')).toBe('P');
    expect(keyLabel('F5')).toBe('F5');
  });

  test('a shortcut with an arrow shows the arrow after its modifiers', () => {
    expect(formatAccelerator('Alt+Up', false)).toBe('Alt+↑');
    expect(formatAccelerator('Shift+ArrowDown', true)).toBe('⇧↓');
  });
});
