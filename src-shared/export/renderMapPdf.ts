import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { InterFonts } from './interFonts';
import { drawScene, embedInter, fillRect, pdfColor, type ScenePlacement } from './pdfScene';
import { type ProgressOptions, partDone } from './progress';
import type { Box, Scene } from './sceneTypes';

/** Progress is reported after each page. */
export interface MapPdfOptions extends ProgressOptions {
  /** `fit`: one page the size of the map; a paper size: the map at print size, cut into pages of it. */
  paper: 'fit' | 'a4' | 'letter';
  /** `theme` paints the theme's canvas colour on every page. */
  background: 'transparent' | 'white' | 'theme';
  /** The document's title, also named in each sheet's footer. */
  title: string;
}

/** 1 canvas px is 1/96 in, as CSS prints it. */
const PRINT_SCALE = 0.75;
/** The largest page side PDF readers accept (PDF 1.7, Annex C). */
const MAX_PAGE_SIDE = 14_400;
const PAPERS = { a4: { width: 595, height: 842 }, letter: { width: 612, height: 792 } };
const MARGIN = 36;
const FOOTER = { size: 7, color: '#8a8c93' };

interface Sheet {
  width: number;
  height: number;
  placement: ScenePlacement;
  /** Where the sheet sits in the grid of a map cut into pages; none for a page the size of the map. */
  cell?: { row: number; column: number };
}

/**
 * The map as a vector PDF with selectable text. A map cut into pages keeps the whole grid, empty
 * sheets included, and says on each sheet where it goes, so the printout can be assembled.
 */
export async function renderMapPdf(
  scene: Scene,
  fonts: InterFonts,
  options: MapPdfOptions,
): Promise<Uint8Array> {
  options.signal?.throwIfAborted();
  const doc = await PDFDocument.create();
  doc.setTitle(options.title);
  doc.setCreator('Argmap');
  const inter = await embedInter(doc, fonts);
  const background = { transparent: null, white: '#ffffff', theme: scene.canvas }[options.background];
  const sheets =
    options.paper === 'fit' ? [fitSheet(scene.bounds)] : tiledSheets(scene.bounds, PAPERS[options.paper]);
  const footers = footersOf(sheets, options.title, inter.regular);
  for (const [index, sheet] of sheets.entries()) {
    const page = doc.addPage([sheet.width, sheet.height]);
    if (background) fillRect(page, { x: 0, y: 0, width: sheet.width, height: sheet.height }, background);
    drawScene(page, scene, sheet.placement, inter);
    const footer = footers[index];
    if (footer) drawFooter(page, footer, inter.regular);
    await partDone(options, index + 1, sheets.length);
  }
  return doc.save();
}

/** One page the size of the map at print size, scaled down as a whole where that exceeds PDF's limit. */
function fitSheet(bounds: Box): Sheet {
  const scale = Math.min(PRINT_SCALE, MAX_PAGE_SIDE / bounds.width, MAX_PAGE_SIDE / bounds.height);
  const [width, height] = [bounds.width * scale, bounds.height * scale];
  return { width, height, placement: { region: bounds, scale, left: 0, top: height } };
}

/** The most sheets a PDF is split across: beyond it, print the map at one page ("fit") instead. */
export const MAX_PDF_PAGES = 500;

/** How many pages the map makes: what the export dialog can show before anything is drawn. */
export function pdfPageCount(bounds: Box, paper: MapPdfOptions['paper']): number {
  if (paper === 'fit') return 1;
  const { columns, rows } = pageGrid(bounds, PAPERS[paper]);
  return columns * rows;
}

/** Why a PDF of `bounds` on this paper is not made (too many sheets), or null. */
export function pdfPagesProblem(bounds: Box, paper: MapPdfOptions['paper']): string | null {
  const pages = pdfPageCount(bounds, paper);
  if (pages <= MAX_PDF_PAGES) return null;
  return (
    `At print size the map needs ${pages.toLocaleString('en-US')} sheets, more than the ` +
    `${MAX_PDF_PAGES} Argmap prints. Choose “One page” instead.`
  );
}

interface PageGrid {
  page: { width: number; height: number };
  columns: number;
  rows: number;
}

/** The pages that hold the map at print size within their margins, turned whichever way needs fewer (landscape on a tie). */
function pageGrid(bounds: Box, paper: { width: number; height: number }): PageGrid {
  const landscape = {
    width: Math.max(paper.width, paper.height),
    height: Math.min(paper.width, paper.height),
  };
  const portrait = { width: landscape.height, height: landscape.width };
  const across = (length: number, room: number) => Math.max(1, Math.ceil((length * PRINT_SCALE) / room));
  const [wide, tall] = [landscape, portrait].map((page) => ({
    page,
    columns: across(bounds.width, page.width - 2 * MARGIN),
    rows: across(bounds.height, page.height - 2 * MARGIN),
  })) as [PageGrid, PageGrid];
  return tall.columns * tall.rows < wide.columns * wide.rows ? tall : wide;
}

/** The map cut into tiles of the grid's pages, row by row; a map that fits one page is centred on it. */
function tiledSheets(bounds: Box, paper: { width: number; height: number }): Sheet[] {
  const { page, columns, rows } = pageGrid(bounds, paper);
  if (columns * rows === 1) {
    const placement = {
      region: bounds,
      scale: PRINT_SCALE,
      left: (page.width - bounds.width * PRINT_SCALE) / 2,
      top: page.height - (page.height - bounds.height * PRINT_SCALE) / 2,
    };
    return [{ ...page, placement, cell: { row: 1, column: 1 } }];
  }
  const tile = {
    width: (page.width - 2 * MARGIN) / PRINT_SCALE,
    height: (page.height - 2 * MARGIN) / PRINT_SCALE,
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
      const placement = { region, scale: PRINT_SCALE, left: MARGIN, top: page.height - MARGIN };
      sheets.push({ ...page, placement, cell: { row: row + 1, column: column + 1 } });
    }
  }
  return sheets;
}

/**
 * "<title> — page 3 of 8 (row 2, column 1)" for each sheet of a grid. A title too long for the line is
 * shortened, the same on every sheet, so the sheet's place always shows.
 */
function footersOf(sheets: Sheet[], title: string, font: PDFFont): (string | null)[] {
  const places = sheets.map(({ cell }, i) =>
    cell ? `page ${i + 1} of ${sheets.length} (row ${cell.row}, column ${cell.column})` : null,
  );
  const widthOf = (text: string) => font.widthOfTextAtSize(text, FOOTER.size);
  const line = (sheets[0]?.width ?? 0) - 2 * MARGIN;
  const widestPlace = Math.max(0, ...places.map((place) => (place ? widthOf(place) : 0)));
  const heading = shortened(title.trim(), line - widestPlace - widthOf(' — '), widthOf);
  return places.map((place) => place && (heading ? `${heading} — ${place}` : place));
}

/** The longest start of the text, with an ellipsis, that is no wider than `room`; found by halving. */
function shortened(text: string, room: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= room) return text;
  const characters = [...text];
  const cut = (length: number) => `${characters.slice(0, length).join('').trimEnd()}…`;
  let [shortest, longest] = [0, characters.length - 1];
  while (shortest < longest) {
    const length = Math.ceil((shortest + longest) / 2);
    if (widthOf(cut(length)) <= room) shortest = length;
    else longest = length - 1;
  }
  return shortest > 0 ? cut(shortest) : '';
}

function drawFooter(page: PDFPage, text: string, font: PDFFont) {
  page.drawText(text, {
    x: MARGIN,
    y: (MARGIN - FOOTER.size) / 2,
    size: FOOTER.size,
    font,
    color: pdfColor(FOOTER.color),
  });
}
