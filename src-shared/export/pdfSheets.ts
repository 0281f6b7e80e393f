import type { ScenePlacement } from './pdfScene';
import type { Box } from './sceneTypes';

/** 1 canvas px is 1/96 in, as CSS prints it. */
const PRINT_SCALE = 0.75;
/** The largest page side PDF readers accept (PDF 1.7, Annex C). */
const MAX_PAGE_SIDE = 14_400;
const PAPERS = { a4: { width: 595, height: 842 }, letter: { width: 612, height: 792 } };
/** Space left blank around each sheet of a map cut into pages, in points; the footer sits in it. */
export const SHEET_MARGIN = 36;

/** The most sheets a PDF is split across: beyond it, fit the map's width to fewer sheets, or print it on one page. */
export const MAX_PDF_PAGES = 500;

/** How the map is laid on paper: one page the map's size, or A4 or Letter sheets. */
export interface PaperChoice {
  paper: 'fit' | 'a4' | 'letter';
  /** On A4 or Letter: shrink the map so that its width spans this many sheets (never enlarged past print size). */
  sheetsAcross?: number | undefined;
}

export interface Sheet {
  width: number;
  height: number;
  placement: ScenePlacement;
  /** Where the sheet sits in the grid of a map cut into pages; none for a page the size of the map. */
  cell?: { row: number; column: number };
}

/** Every sheet of the PDF, row by row. */
export function sheetsOf(bounds: Box, choice: PaperChoice): Sheet[] {
  return choice.paper === 'fit' ? [fitSheet(bounds)] : tiledSheets(bounds, choice);
}

/** One page the size of the map at print size, scaled down as a whole where that exceeds PDF's limit. */
function fitSheet(bounds: Box): Sheet {
  const scale = Math.min(PRINT_SCALE, MAX_PAGE_SIDE / bounds.width, MAX_PAGE_SIDE / bounds.height);
  const [width, height] = [bounds.width * scale, bounds.height * scale];
  return { width, height, placement: { region: bounds, scale, left: 0, top: height } };
}

/** How many pages the map makes: what the export dialog can show before anything is drawn. */
export function pdfPageCount(bounds: Box, choice: PaperChoice): number {
  if (choice.paper === 'fit') return 1;
  const { columns, rows } = pageGrid(bounds, choice);
  return columns * rows;
}

/**
 * Why a PDF of `bounds` on this paper is not made (too many sheets), or null. The refusal names a
 * width in sheets that fits, which the dialog and `--fit-width` accept.
 */
export function pdfPagesProblem(bounds: Box, choice: PaperChoice): string | null {
  const pages = pdfPageCount(bounds, choice);
  if (pages <= MAX_PDF_PAGES) return null;
  const across = widestFit(bounds, choice);
  const scaled = choice.sheetsAcross ? `${choice.sheetsAcross} sheets wide` : 'print size';
  return (
    `At ${scaled} the map needs ${pages.toLocaleString('en-US')} sheets, more than the ` +
    `${MAX_PDF_PAGES} Argmap prints. ` +
    (across > 0
      ? `Fit its width to ${across} sheets or fewer, or choose “One page”.`
      : 'Choose “One page” instead.')
  );
}

/** The most sheets across that keep the whole map within the page limit; 0 when even one is too many. */
export function widestFit(bounds: Box, choice: PaperChoice): number {
  for (let across = MAX_PDF_PAGES; across >= 1; across--) {
    if (pdfPageCount(bounds, { ...choice, sheetsAcross: across }) <= MAX_PDF_PAGES) return across;
  }
  return 0;
}

interface PageGrid {
  page: { width: number; height: number };
  /** Points a canvas px. */
  scale: number;
  columns: number;
  rows: number;
}

/** The pages that hold the map within their margins, turned whichever way needs fewer (landscape on a tie). */
function pageGrid(bounds: Box, choice: PaperChoice): PageGrid {
  const paper = PAPERS[choice.paper === 'fit' ? 'a4' : choice.paper];
  const landscape = {
    width: Math.max(paper.width, paper.height),
    height: Math.min(paper.width, paper.height),
  };
  const portrait = { width: landscape.height, height: landscape.width };
  const [wide, tall] = [landscape, portrait].map((page) => {
    const room = { width: page.width - 2 * SHEET_MARGIN, height: page.height - 2 * SHEET_MARGIN };
    const scale = choice.sheetsAcross
      ? Math.min(PRINT_SCALE, (choice.sheetsAcross * room.width) / bounds.width)
      : PRINT_SCALE;
    // A hair's tolerance, so a map fitted to N sheets is not pushed onto N + 1 by rounding.
    const across = (length: number, side: number) => Math.max(1, Math.ceil((length * scale) / side - 1e-9));
    return {
      page,
      scale,
      columns: across(bounds.width, room.width),
      rows: across(bounds.height, room.height),
    };
  }) as [PageGrid, PageGrid];
  return tall.columns * tall.rows < wide.columns * wide.rows ? tall : wide;
}

/** The map cut into tiles of the grid's pages, row by row; a map that fits one page is centred on it. */
function tiledSheets(bounds: Box, choice: PaperChoice): Sheet[] {
  const { page, scale, columns, rows } = pageGrid(bounds, choice);
  if (columns * rows === 1) {
    const placement = {
      region: bounds,
      scale,
      left: (page.width - bounds.width * scale) / 2,
      top: page.height - (page.height - bounds.height * scale) / 2,
    };
    return [{ ...page, placement, cell: { row: 1, column: 1 } }];
  }
  const tile = {
    width: (page.width - 2 * SHEET_MARGIN) / scale,
    height: (page.height - 2 * SHEET_MARGIN) / scale,
  };
  const sheets: Sheet[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = bounds.x + column * tile.width;
      const y = bounds.y + row * tile.height;
      const region = {
        x,
        y,
        width: Math.min(tile.width, bounds.x + bounds.width - x),
        height: Math.min(tile.height, bounds.y + bounds.height - y),
      };
      const placement = { region, scale, left: SHEET_MARGIN, top: page.height - SHEET_MARGIN };
      sheets.push({ ...page, placement, cell: { row: row + 1, column: column + 1 } });
    }
  }
  return sheets;
}
