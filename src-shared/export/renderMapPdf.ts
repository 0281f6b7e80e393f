import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { InterFonts } from './interFonts';
import { drawScene, embedInter, fillRect, pdfColor } from './pdfScene';
import { type PaperChoice, SHEET_MARGIN, type Sheet, sheetsOf } from './pdfSheets';
import { type ProgressOptions, partDone } from './progress';
import type { Scene } from './sceneTypes';

export { MAX_PDF_PAGES, pdfPageCount, pdfPagesProblem } from './pdfSheets';

const FOOTER = { size: 7, color: '#8a8c93' };

/** Progress is reported after each page. */
export interface MapPdfOptions extends ProgressOptions {
  /** `fit`: one page the size of the map; a paper size: the map at print size (or fitted to `sheetsAcross`), cut into pages of it. */
  paper: PaperChoice['paper'];
  sheetsAcross?: number | undefined;
  /** `theme` paints the theme's canvas colour on every page. */
  background: 'transparent' | 'white' | 'theme';
  /** The document's title, also named in each sheet's footer. */
  title: string;
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
  const sheets = sheetsOf(scene.bounds, options);
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

/**
 * "<title> — page 3 of 8 (row 2, column 1)" for each sheet of a grid. A title too long for the line is
 * shortened, the same on every sheet, so the sheet's place always shows.
 */
function footersOf(sheets: Sheet[], title: string, font: PDFFont): (string | null)[] {
  const places = sheets.map(({ cell }, i) =>
    cell ? `page ${i + 1} of ${sheets.length} (row ${cell.row}, column ${cell.column})` : null,
  );
  const widthOf = (text: string) => font.widthOfTextAtSize(text, FOOTER.size);
  const line = (sheets[0]?.width ?? 0) - 2 * SHEET_MARGIN;
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
    x: SHEET_MARGIN,
    y: (SHEET_MARGIN - FOOTER.size) / 2,
    size: FOOTER.size,
    font,
    color: pdfColor(FOOTER.color),
  });
}
