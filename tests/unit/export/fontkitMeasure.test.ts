import fontkit from '@pdf-lib/fontkit';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { FONTS, textWidth } from '../../../src-shared/export/fonts';
import { fontkitMeasure, type InterFonts } from '../../../src-shared/export/interFonts';

let fonts: InterFonts;
beforeAll(async () => {
  fonts = await loadInterFonts();
});

/** A measure whose fontkit faces count what they shape. */
function countingMeasure() {
  const shaped: string[] = [];
  const create = fontkit.create.bind(fontkit);
  const spy = vi.spyOn(fontkit, 'create').mockImplementation((bytes) => {
    const face = create(bytes);
    const layout = face.layout.bind(face);
    face.layout = ((...args: Parameters<typeof layout>) => {
      shaped.push(String(args[0]));
      return layout(...args);
    }) as typeof face.layout;
    return face;
  });
  return { measure: fontkitMeasure(fonts), shaped, restore: () => spy.mockRestore() };
}

test('a word is shaped once per cut of the font, at whatever size it is measured', () => {
  const { measure, shaped, restore } = countingMeasure();
  try {
    const body = measure('Cars make cars loud', FONTS.body);
    const role = measure('Cars make cars loud', FONTS.role);
    expect(shaped.sort()).toEqual([' ', 'Cars', 'cars', 'loud', 'make']);
    // The same cut at 12 px instead of 14 px: the same shapes, scaled.
    expect(role).toBeCloseTo((body * FONTS.role.size) / FONTS.body.size, 9);
    measure('Cars', FONTS.thesis);
    expect(shaped.filter((text) => text === 'Cars')).toHaveLength(2);
  } finally {
    restore();
  }
});

test('a text is as wide as its words and the single spaces between them', () => {
  const measure = fontkitMeasure(fonts);
  const font = FONTS.body;
  const space = measure(' ', font);
  expect(measure('a  b', font)).toBeCloseTo(measure('a', font) + 2 * space + measure('b', font), 9);
  expect(measure(' ', font)).toBeGreaterThan(0);
  expect(measure('', font)).toBe(0);
});

test('letter spacing is added once per character, emoji counting as one', () => {
  const measure = fontkitMeasure(fonts);
  const { label } = FONTS;
  expect(textWidth('AB😀', label, measure)).toBeCloseTo(measure('AB😀', label) + 3 * label.letterSpacing, 9);
  expect(textWidth('AB', FONTS.body, measure)).toBe(measure('AB', FONTS.body));
});

test('a line measured on from the text before it is as wide as the line measured afresh', () => {
  const going = fontkitMeasure(fonts);
  const fresh = () => fontkitMeasure(fonts);
  const lines = [
    'Cars',
    'Cars make',
    'Cars make  streets',
    'Cars make  streets loud.',
    'Cars make  streets loud. ',
  ];
  for (const line of lines) expect(going(line, FONTS.body)).toBe(fresh()(line, FONTS.body));
  // A different size or cut starts again.
  expect(going('Cars make streets', FONTS.role)).toBe(fresh()('Cars make streets', FONTS.role));
  expect(going('Cars make streets loud', FONTS.thesis)).toBe(fresh()('Cars make streets loud', FONTS.thesis));
});
