import {
  type Color,
  degrees,
  drawLinesOfText,
  type PDFFont,
  PDFHexString,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import { cutFor } from './interFonts';
import type { EmbeddedInter } from './pdfScene';
import type { SceneText } from './sceneTypes';

/**
 * Lines of text as a PDF's glyph ids, each word shaped once per document. pdf-lib shapes every line it
 * draws (half a millisecond a line), and a map's words recur: a 5,000-node map has some 30,000 lines but
 * a few thousand distinct words. A space ends shaping as it ends measuring (see `fontkitMeasure`), so a
 * line's glyphs are its words' glyphs with the space's between them.
 */
export class GlyphRuns {
  readonly #runs = new Map<PDFFont, Map<string, string>>();

  /** The line's glyph ids, as the hex string a PDF `Tj` shows. */
  encode(font: PDFFont, line: string): string {
    let runs = this.#runs.get(font);
    if (!runs) {
      runs = new Map();
      this.#runs.set(font, runs);
    }
    let hex = '';
    for (const [i, word] of line.split(' ').entries()) {
      if (i > 0) hex += this.#run(runs, font, ' ');
      if (word) hex += this.#run(runs, font, word);
    }
    return hex;
  }

  #run(runs: Map<string, string>, font: PDFFont, text: string): string {
    let hex = runs.get(text);
    if (hex === undefined) {
      // encodeText also adds the glyphs to the font's subset, which is why it runs once per word.
      hex = font.encodeText(text).asString();
      runs.set(text, hex);
    }
    return hex;
  }
}

/**
 * Writes a page's text: each of Inter's cuts named once in the page's resources (pdf-lib's `drawText`
 * names the font anew at every change of font, and each new name searches all the names before it), and
 * every line's glyphs from the document's `GlyphRuns`.
 */
export class PageText {
  readonly #keys = new Map<PDFFont, PDFName>();
  readonly #runs: GlyphRuns;

  constructor(
    readonly page: PDFPage,
    readonly fonts: EmbeddedInter,
  ) {
    this.#runs = runsOf(fonts);
  }

  /** Draws the lines of one text of the scene, its first baseline at `at` in page points, `scale` points a px. */
  draw(text: SceneText, at: { x: number; y: number }, scale: number, color: Color) {
    const font = this.fonts[cutFor(text.font)];
    let key = this.#keys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.#keys.set(font, key);
    }
    const size = text.font.size * scale;
    text.lines.forEach((line, i) => {
      if (!line) return;
      const glyphs = PDFHexString.of(this.#runs.encode(font, line));
      this.page.pushOperators(
        ...drawLinesOfText([glyphs], {
          color,
          font: key,
          size,
          rotate: UPRIGHT,
          xSkew: UPRIGHT,
          ySkew: UPRIGHT,
          x: at.x,
          y: at.y - i * text.lineHeight * scale,
          lineHeight: size,
        }),
      );
    });
  }
}

const UPRIGHT = degrees(0);

/** Embedded fonts belong to one document, and so do the glyph ids of their subsets. */
const documentRuns = new WeakMap<EmbeddedInter, GlyphRuns>();

function runsOf(fonts: EmbeddedInter): GlyphRuns {
  let runs = documentRuns.get(fonts);
  if (!runs) {
    runs = new GlyphRuns();
    documentRuns.set(fonts, runs);
  }
  return runs;
}
