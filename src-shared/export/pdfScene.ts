import fontkit from '@pdf-lib/fontkit';
import {
  appendBezierCurve,
  type Color,
  clip,
  closePath,
  endPath,
  fillAndStroke,
  LineCapStyle,
  LineJoinStyle,
  lineTo,
  moveTo,
  type PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  scale,
  setCharacterSpacing,
  setDashPattern,
  setFillingColor,
  setGraphicsState,
  setLineJoin,
  setLineWidth,
  setStrokingColor,
  stroke as strokePath,
  translate,
} from 'pdf-lib';
import { accentPath, borderDashes, framePath, roundedBoxPath } from './cardShapes';
import { edgeBounds } from './edgeLayout';
import { INTER_CUTS, type InterFonts, SHAPING_FEATURES } from './interFonts';
import { ICON_GRID, ICON_STROKE } from './kindIcons';
import { PathCache } from './pdfPaths';
import { PageText } from './pdfText';
import type { Box, Scene, SceneCard, SceneEdge, SceneMark, SceneText } from './sceneTypes';

/** Inter's three cuts, embedded in one PDF document. */
export type EmbeddedInter = Record<keyof InterFonts, PDFFont>;

/**
 * Embeds only the glyphs used. Contextual alternates and ligatures are off, as `fontkitMeasure` measures
 * without them: a drawn line is then as wide as the line the scene was laid out with.
 */
export async function embedInter(doc: PDFDocument, fonts: InterFonts): Promise<EmbeddedInter> {
  doc.registerFontkit(fontkit);
  const options = { subset: true, features: SHAPING_FEATURES };
  const embedded: Partial<EmbeddedInter> = {};
  for (const cut of INTER_CUTS) embedded[cut] = await doc.embedFont(fonts[cut], options);
  return embedded as EmbeddedInter;
}

/** A rectangle on a page, in points, PDF's way up: (x, y) is its bottom-left corner. */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a region of the scene lands on a page: `scale` points per canvas px, the region's top-left
 * corner at (`left`, `top`) in page points.
 */
export interface ScenePlacement {
  region: Box;
  scale: number;
  left: number;
  top: number;
}

export function pdfColor(hex: string): Color {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  const channel = (i: number) => Number.parseInt(value.slice(i, i + 2), 16) / 255;
  return rgb(channel(0), channel(2), channel(4));
}

export function fillRect(page: PDFPage, rect: PageRect, hex: string) {
  page.drawRectangle({ ...rect, color: pdfColor(hex) });
}

/**
 * Draws the part of the scene inside the placement's region, clipped to it, as vector paths and
 * selectable text. What lies wholly outside the region is left out rather than clipped away, so a map
 * cut into many pages does not carry the whole map on every page.
 */
export function drawScene(page: PDFPage, scene: Scene, placement: ScenePlacement, fonts: EmbeddedInter) {
  const { region, scale, left, top } = placement;
  const pen: Pen = {
    page,
    text: new PageText(page, fonts),
    paths: new PathCache(),
    // drawSvgPath scales path coordinates (y down) from this point, line widths and dashes with them.
    origin: { x: left - region.x * scale, y: top + region.y * scale, scale },
    toPage: (x, y) => ({ x: left + (x - region.x) * scale, y: top - (y - region.y) * scale }),
    scale,
    opacityStates: new Map(),
  };
  page.pushOperators(
    pushGraphicsState(),
    rectangle(left, top - region.height * scale, region.width * scale, region.height * scale),
    clip(),
    endPath(),
    // Round joins, as the canvas draws arrowheads and icons.
    setLineJoin(LineJoinStyle.Round),
  );
  for (const edge of scene.edges) if (overlaps(edgeBounds(edge), region)) drawEdge(pen, edge);
  for (const card of scene.cards) if (overlaps(card.box, region)) drawCard(pen, card);
  for (const mark of scene.marks ?? []) if (overlaps(mark.box, region)) drawMark(pen, mark);
  page.pushOperators(popGraphicsState());
}

interface Pen {
  page: PDFPage;
  text: PageText;
  paths: PathCache;
  origin: { x: number; y: number; scale: number };
  toPage: (x: number, y: number) => { x: number; y: number };
  scale: number;
  /** One graphics state per opacity per page, not one per shape as pdf-lib's `opacity` option makes. */
  opacityStates: Map<number, PDFName>;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** An edge's curve and arrowhead, written as operators: its path is known, so there is nothing to parse. */
function drawEdge({ page, origin }: Pen, edge: SceneEdge) {
  const [a, b, c, d] = edge.curve;
  const [tip, left, right] = edge.arrow;
  const stroke = pdfColor(edge.stroke);
  // Path coordinates are canvas px, y down, scaled about the origin, line widths and dashes with them.
  const frame = [translate(origin.x, origin.y), scale(origin.scale, -origin.scale)];
  page.pushOperators(
    pushGraphicsState(),
    ...frame,
    setStrokingColor(stroke),
    setLineWidth(edge.strokeWidth),
    setDashPattern(edge.dash ? edge.dash.split(/\s+/).map(Number) : [], 0),
    moveTo(a.x, a.y),
    appendBezierCurve(b.x, b.y, c.x, c.y, d.x, d.y),
    strokePath(),
    popGraphicsState(),
    pushGraphicsState(),
    ...frame,
    setFillingColor(stroke),
    setStrokingColor(stroke),
    setLineWidth(edge.arrowStrokeWidth),
    moveTo(tip.x, tip.y),
    lineTo(left.x, left.y),
    lineTo(right.x, right.y),
    closePath(),
    fillAndStroke(),
    popGraphicsState(),
  );
}

function drawCard(pen: Pen, card: SceneCard) {
  const { page, paths } = pen;
  const dimmed = card.opacity < 1;
  if (dimmed) page.pushOperators(pushGraphicsState(), setGraphicsState(opacityState(pen, card.opacity)));
  // The card's shapes are drawn from its corner, so cards of one size share their operators.
  const corner = pen.toPage(card.box.x, card.box.y);
  const local = { ...card, box: { ...card.box, x: 0, y: 0 } };
  paths.draw(page, framePath(local), corner, {
    scale: pen.scale,
    color: pdfColor(card.fill),
    borderColor: pdfColor(card.stroke),
    borderWidth: card.border,
    ...(card.dashed ? { borderDashArray: borderDashes(card) } : {}),
  });
  paths.draw(page, accentPath(local), corner, { scale: pen.scale, color: pdfColor(card.accent.color) });
  const { icon } = card;
  const at = pen.toPage(icon.x, icon.y);
  for (const d of icon.paths) {
    paths.draw(page, d, at, {
      scale: (icon.size / ICON_GRID) * pen.scale,
      borderColor: pdfColor(icon.color),
      borderWidth: ICON_STROKE,
      borderLineCap: LineCapStyle.Round,
    });
  }
  for (const text of card.texts) drawText(pen, text);
  if (dimmed) page.pushOperators(popGraphicsState());
}

function drawMark(pen: Pen, mark: SceneMark) {
  const { page, origin } = pen;
  const dimmed = mark.opacity < 1;
  if (dimmed) page.pushOperators(pushGraphicsState(), setGraphicsState(opacityState(pen, mark.opacity)));
  page.drawSvgPath(roundedBoxPath(mark.box, mark.radius), {
    ...origin,
    ...(mark.fill ? { color: pdfColor(mark.fill) } : {}),
    ...(mark.stroke ? { borderColor: pdfColor(mark.stroke), borderWidth: mark.strokeWidth } : {}),
    ...(mark.dash ? { borderDashArray: mark.dash } : {}),
  });
  if (mark.text) drawText(pen, mark.text);
  if (dimmed) page.pushOperators(popGraphicsState());
}

function drawText({ page, text: writer, toPage, scale }: Pen, text: SceneText) {
  const spaced = text.font.letterSpacing !== 0;
  if (spaced) page.pushOperators(pushGraphicsState(), setCharacterSpacing(text.font.letterSpacing * scale));
  writer.draw(text, toPage(text.x, text.y), scale, pdfColor(text.fill));
  if (spaced) page.pushOperators(popGraphicsState());
}

function opacityState({ page, opacityStates }: Pen, opacity: number): PDFName {
  let name = opacityStates.get(opacity);
  if (!name) {
    name = page.node.newExtGState(
      'GS',
      page.doc.context.obj({ Type: 'ExtGState', ca: opacity, CA: opacity }),
    );
    opacityStates.set(opacity, name);
  }
  return name;
}
