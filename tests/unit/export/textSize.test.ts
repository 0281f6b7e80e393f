import { bodyTextSizes } from '../../../src-shared/export/textSize';

describe('how large body text comes out in an export', () => {
  test('in the file it is 14 px times the pixels per map pixel', () => {
    expect(bodyTextSizes({ width: 1000, height: 500 }, 2).inFile).toBe(28);
    expect(bodyTextSizes({ width: 1000, height: 500 }, 1).inFile).toBe(14);
  });

  test('on a 1920 × 1080 slide it follows whichever side of the map fills the slide first', () => {
    // A wide strip is held by the slide's width, a tall map by its height.
    expect(bodyTextSizes({ width: 19_200, height: 500 }, 2).onSlide).toBeCloseTo(1.4);
    expect(bodyTextSizes({ width: 1000, height: 2160 }, 2).onSlide).toBeCloseTo(7);
    expect(bodyTextSizes({ width: 960, height: 540 }, 1).onSlide).toBeCloseTo(28);
  });
});
