import {
  MAX_PDF_PAGES,
  pdfPageCount,
  pdfPagesProblem,
  sheetsOf,
  widestFit,
} from '../../../src-shared/export/pdfSheets';

const box = (width: number, height: number) => ({ x: -40, y: 10, width, height });
/** A long, low map: hundreds of sheets across at print size. */
const strip = box(400_000, 3_000);

describe('a map on A4 or Letter sheets', () => {
  test('at print size a very wide map needs more sheets than Argmap prints, and the refusal names a width that fits', () => {
    expect(pdfPageCount(strip, { paper: 'a4' })).toBeGreaterThan(MAX_PDF_PAGES);
    const across = widestFit(strip, { paper: 'a4' });
    expect(across).toBeGreaterThan(0);
    expect(pdfPagesProblem(strip, { paper: 'a4' })).toContain(`Fit its width to ${across} sheets or fewer`);
    expect(pdfPagesProblem(strip, { paper: 'a4', sheetsAcross: across })).toBeNull();
    expect(pdfPageCount(strip, { paper: 'a4', sheetsAcross: across + 1 })).toBeGreaterThan(MAX_PDF_PAGES);
  });

  test('fitted to N sheets wide, the map spans exactly N columns and every sheet shows part of it', () => {
    for (const across of [1, 3, 12]) {
      const sheets = sheetsOf(strip, { paper: 'letter', sheetsAcross: across });
      const columns = new Set(sheets.map((sheet) => sheet.cell?.column));
      expect(columns.size).toBe(across);
      expect(sheets).toHaveLength(pdfPageCount(strip, { paper: 'letter', sheetsAcross: across }));
      const covered = sheets
        .filter((sheet) => sheet.cell?.row === 1)
        .reduce((sum, sheet) => sum + sheet.placement.region.width, 0);
      expect(covered).toBeCloseTo(strip.width, 6);
    }
  });

  test('a map narrower than N sheets at print size is not enlarged', () => {
    const small = box(600, 400);
    const [printed] = sheetsOf(small, { paper: 'a4' });
    const [fitted] = sheetsOf(small, { paper: 'a4', sheetsAcross: 5 });
    expect(fitted?.placement.scale).toBe(printed?.placement.scale);
    expect(pdfPageCount(small, { paper: 'a4', sheetsAcross: 5 })).toBe(1);
  });

  test('a map too tall for the page limit even one sheet wide is sent to “One page”', () => {
    const tower = box(300, 10_000_000);
    expect(widestFit(tower, { paper: 'a4' })).toBe(0);
    expect(pdfPagesProblem(tower, { paper: 'a4' })).toContain('Choose “One page” instead.');
  });
});
