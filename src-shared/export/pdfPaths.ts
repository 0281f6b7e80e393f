import {
  type Color,
  drawSvgPath,
  type LineCapStyle,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  translate,
} from 'pdf-lib';

/** As `PDFPage.drawSvgPath` takes them: a border width of 0 (or none) draws no border. */
export interface PathOptions {
  scale: number;
  color?: Color;
  borderColor?: Color;
  borderWidth?: number;
  borderDashArray?: number[];
  borderLineCap?: LineCapStyle;
}

/**
 * Draws SVG paths that recur (a kind's icon, the frames and accents of cards of one size) from
 * operators made once per document: pdf-lib parses the path anew at every `drawSvgPath`, which was a
 * fifth of a 5,000-node PDF. Each path is given relative to (0, 0) and placed with a translation.
 */
export class PathCache {
  readonly #operators = new Map<string, PDFOperator[]>();

  draw(page: PDFPage, d: string, at: { x: number; y: number }, options: PathOptions): void {
    const key = `${d}|${JSON.stringify(options)}`;
    let operators = this.#operators.get(key);
    if (!operators) {
      operators = drawSvgPath(d, {
        color: undefined,
        borderColor: undefined,
        borderWidth: 0,
        ...options,
        x: 0,
        y: 0,
      });
      this.#operators.set(key, operators);
    }
    page.pushOperators(pushGraphicsState(), translate(at.x, at.y), ...operators, popGraphicsState());
  }
}
