/** A cubic Bézier curve: start, two control points, end. */
export type Cubic = readonly [number, number, number, number, number, number, number, number];

/**
 * The longest piece a link is drawn in, in map units (its control polygon, which is never shorter than
 * the curve). At zoom 1 a cross link of the compact layout runs 10,000–50,000 px across the map; the
 * browser strokes a path whole for every tile of the screen it touches, so while the view moved every
 * frame re-stroked each long link many times over, though only a few hundred pixels of it were in sight.
 * In pieces, each tile strokes only the pieces that cross it (npm run bench, canvas section, zoom 1).
 */
export const LINK_PIECE = 1000;

const at = (c: Cubic, t: number): [number, number] => {
  const m = 1 - t;
  const a = m * m * m;
  const b = 3 * m * m * t;
  const d = 3 * m * t * t;
  const e = t * t * t;
  return [a * c[0] + b * c[2] + d * c[4] + e * c[6], a * c[1] + b * c[3] + d * c[5] + e * c[7]];
};

const slope = (c: Cubic, t: number): [number, number] => {
  const m = 1 - t;
  const a = 3 * m * m;
  const b = 6 * m * t;
  const d = 3 * t * t;
  return [
    a * (c[2] - c[0]) + b * (c[4] - c[2]) + d * (c[6] - c[4]),
    a * (c[3] - c[1]) + b * (c[5] - c[3]) + d * (c[7] - c[5]),
  ];
};

/** The part of `curve` from t0 to t1, itself a cubic that traces exactly that part. */
export function curvePart(curve: Cubic, t0: number, t1: number): Cubic {
  const [x0, y0] = at(curve, t0);
  const [x3, y3] = at(curve, t1);
  const [dx0, dy0] = slope(curve, t0);
  const [dx1, dy1] = slope(curve, t1);
  const third = (t1 - t0) / 3;
  return [x0, y0, x0 + dx0 * third, y0 + dy0 * third, x3 - dx1 * third, y3 - dy1 * third, x3, y3];
}

const polygonLength = (c: Cubic) =>
  Math.hypot(c[2] - c[0], c[3] - c[1]) +
  Math.hypot(c[4] - c[2], c[5] - c[3]) +
  Math.hypot(c[6] - c[4], c[7] - c[5]);

/** Reads the curve of an SVG path `M x,y C x,y x,y x,y` (React Flow's bezier links); null for any other shape. */
export function parseCubic(path: string): Cubic | null {
  const numbers = /^\s*M([^C]*)C(.*)$/.exec(path);
  if (!numbers) return null;
  const values = `${numbers[1]} ${numbers[2]}`
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return values.length === 8 && values.every(Number.isFinite) ? (values as unknown as Cubic) : null;
}

const round = (value: number) => Math.round(value * 10) / 10;
const pathOf = (c: Cubic) =>
  `M${round(c[0])},${round(c[1])} C${round(c[2])},${round(c[3])} ${round(c[4])},${round(c[5])} ${round(c[6])},${round(c[7])}`;

/** One piece of a link: its path, and the box its control points span (the curve never leaves it). */
export interface LinkPiece {
  d: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const pieceOf = (c: Cubic, d = pathOf(c)): LinkPiece => ({
  d,
  left: Math.min(c[0], c[2], c[4], c[6]),
  top: Math.min(c[1], c[3], c[5], c[7]),
  right: Math.max(c[0], c[2], c[4], c[6]),
  bottom: Math.max(c[1], c[3], c[5], c[7]),
});

/**
 * A link's path cut into consecutive pieces no longer than about `LINK_PIECE` (each traces its stretch of
 * the same curve, and each begins where the one before ends); a short link, or a path that is not a
 * single cubic (given an endless box), stays one piece as given.
 */
export function linkPieces(path: string, longest = LINK_PIECE): LinkPiece[] {
  const curve = parseCubic(path);
  if (!curve) return [{ d: path, left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity }];
  const count = Math.ceil(polygonLength(curve) / longest);
  if (count <= 1) return [pieceOf(curve, path)];
  const pieces: LinkPiece[] = [];
  for (let i = 0; i < count; i++) pieces.push(pieceOf(curvePart(curve, i / count, (i + 1) / count)));
  return pieces;
}
