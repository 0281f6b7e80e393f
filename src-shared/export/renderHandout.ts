import fontkit from '@pdf-lib/fontkit';
import {
  type Color,
  clip,
  endPath,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
} from 'pdf-lib';
import type { ArgMap } from '../model/map';
import { tourVisibility } from '../tour/visibility';
import { accentPath, framePath } from './cardShapes';
import type { FontSpec, Measure } from './fonts';
import { ICON_GRID, ICON_STROKE } from './kindIcons';
import { buildScene } from './scene';
import type { Box, Scene, SceneCard } from './sceneTypes';
import { wrapText } from './wrapText';

/** Inter as TrueType (PDF cannot embed WOFF2): regular, semibold and italic. */
export interface HandoutFonts {
  regular: Uint8Array;
  semibold: Uint8Array;
  italic: Uint8Array;
}

/** A4 landscape, in points. */
const PAGE = { width: 842, height: 595, margin: 36 };
const TITLE_SIZE = 18;
const NOTES = { size: 11, lineHeight: 15, maxShare: 0.32 };
const DIMMED = 0.3;

function color(hex: string): Color {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  const channel = (i: number) => Number.parseInt(value.slice(i, i + 2), 16) / 255;
  return rgb(channel(0), channel(2), channel(4));
}

/**
 * The presentation's handout: one page per tour step with the step's title, its view of the map (the focus
 * in full, what earlier steps showed dimmed), and the speaker notes. Vector throughout, with Inter embedded
 * (only the glyphs used), so text is selectable and searchable. Lines break with the embedded fonts' metrics.
 */
export async function renderHandout(
  map: ArgMap,
  fonts: HandoutFonts,
  theme: 'light' | 'dark' = 'light',
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${map.title} — handout`);
  doc.setCreator('Argmap');
  // Inter's contextual alternates cost most of the time of shaping each line and change no width that
  // matters for a handout; kerning stays on.
  const options = { subset: true, features: { calt: false, liga: false, clig: false, ccmp: false } };
  const embedded = {
    regular: await doc.embedFont(fonts.regular, options),
    semibold: await doc.embedFont(fonts.semibold, options),
    italic: await doc.embedFont(fonts.italic, options),
  };
  const fontFor = (spec: FontSpec): PDFFont =>
    spec.italic ? embedded.italic : spec.weight >= 600 ? embedded.semibold : embedded.regular;
  const measure = wordCachedMeasure((text, spec) => fontFor(spec).widthOfTextAtSize(text, spec.size));

  const steps = tourVisibility(map);
  map.tour.forEach((step, index) => {
    const visibility = steps[index];
    if (!visibility) return;
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const title = step.title || `Step ${index + 1}`;
    page.drawText(`${index + 1}. ${title}`, {
      x: PAGE.margin,
      y: PAGE.height - PAGE.margin - TITLE_SIZE,
      size: TITLE_SIZE,
      font: embedded.semibold,
      color: color('#1f2023'),
      maxWidth: PAGE.width - 2 * PAGE.margin,
    });
    const width = PAGE.width - 2 * PAGE.margin;
    const notes = step.notes
      ? wrapText(step.notes, width, (text) => embedded.regular.widthOfTextAtSize(text, NOTES.size))
      : [];
    const maxNoteLines = Math.floor((PAGE.height * NOTES.maxShare) / NOTES.lineHeight);
    const shown =
      notes.length > maxNoteLines
        ? [...notes.slice(0, maxNoteLines - 1), `${notes[maxNoteLines - 1] ?? ''} …`]
        : notes;
    shown.forEach((line, i) => {
      page.drawText(line, {
        x: PAGE.margin,
        y: PAGE.margin + (shown.length - 1 - i) * NOTES.lineHeight,
        size: NOTES.size,
        font: embedded.regular,
        color: color('#3d3f45'),
      });
    });

    const scene = buildScene(map, { measure, theme, padding: 12, only: visibility.revealed });
    const top = PAGE.height - PAGE.margin - TITLE_SIZE - 16;
    const bottom = PAGE.margin + (shown.length > 0 ? shown.length * NOTES.lineHeight + 16 : 0);
    drawScene(page, scene, { x: PAGE.margin, top, width, height: top - bottom }, fontFor, visibility.focus);
  });
  return doc.save();
}

/**
 * Laying text out with the font's own shaping costs about half a millisecond a call, and line breaking
 * measures thousands of candidate lines. Words recur, and a space ends kerning: measure each word once.
 */
function wordCachedMeasure(measure: Measure): Measure {
  const widths = new Map<string, number>();
  const word = (text: string, spec: FontSpec) => {
    const key = `${spec.size}|${spec.weight}|${spec.italic}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, spec);
      widths.set(key, width);
    }
    return width;
  };
  return (text, spec) =>
    text
      .split(' ')
      .reduce((sum, part, i) => sum + (i > 0 ? word(' ', spec) : 0) + (part ? word(part, spec) : 0), 0);
}

interface Area {
  x: number;
  top: number;
  width: number;
  height: number;
}

/** Draws a scene fitted into an area of the page (never enlarged), centred; cards not in focus are dimmed. */
function drawScene(
  page: PDFPage,
  scene: Scene,
  area: Area,
  fontFor: (spec: FontSpec) => PDFFont,
  focus: ReadonlySet<string>,
) {
  const bounds = frameOf(scene, focus);
  const scale = Math.min(1, area.width / bounds.width, area.height / bounds.height);
  const left = area.x + (area.width - bounds.width * scale) / 2;
  const top = area.top - (area.height - bounds.height * scale) / 2;
  // drawSvgPath takes SVG coordinates (y down) from the point it is given.
  const origin = { x: left - bounds.x * scale, y: top + bounds.y * scale, scale };
  const toPage = (x: number, y: number) => ({
    x: left + (x - bounds.x) * scale,
    y: top - (y - bounds.y) * scale,
  });

  // What lies outside the frame is cut off at its edge, as the room's screen cuts it off.
  const corner = toPage(bounds.x, bounds.y + bounds.height);
  page.pushOperators(
    pushGraphicsState(),
    rectangle(corner.x, corner.y, bounds.width * scale, bounds.height * scale),
    clip(),
    endPath(),
  );
  for (const edge of scene.edges) {
    const [a, b, c, d] = edge.curve;
    page.drawSvgPath(`M${a.x} ${a.y}C${b.x} ${b.y} ${c.x} ${c.y} ${d.x} ${d.y}`, {
      ...origin,
      borderColor: color(edge.stroke),
      borderWidth: edge.strokeWidth * scale,
      ...(edge.dash ? { borderDashArray: edge.dash.split(/\s+/).map((n) => Number(n) * scale) } : {}),
    });
    const [tip, left1, right1] = edge.arrow;
    page.drawSvgPath(`M${tip.x} ${tip.y}L${left1.x} ${left1.y}L${right1.x} ${right1.y}Z`, {
      ...origin,
      color: color(edge.stroke),
    });
  }
  for (const card of scene.cards)
    drawCard(page, card, origin, toPage, scale, fontFor, focus.has(card.id) ? 1 : DIMMED);
  page.pushOperators(popGraphicsState());
}

const FRAME_MARGIN = 40;

/** The step's view: the focus with a margin around it, as the presentation's camera frames it. */
function frameOf(scene: Scene, focus: ReadonlySet<string>): Box {
  const cards = scene.cards.filter((card) => focus.has(card.id));
  if (cards.length === 0) return scene.bounds;
  const left = Math.min(...cards.map((card) => card.box.x)) - FRAME_MARGIN;
  const top = Math.min(...cards.map((card) => card.box.y)) - FRAME_MARGIN;
  const right = Math.max(...cards.map((card) => card.box.x + card.box.width)) + FRAME_MARGIN;
  const bottom = Math.max(...cards.map((card) => card.box.y + card.box.height)) + FRAME_MARGIN;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function drawCard(
  page: PDFPage,
  card: SceneCard,
  origin: { x: number; y: number; scale: number },
  toPage: (x: number, y: number) => { x: number; y: number },
  scale: number,
  fontFor: (spec: FontSpec) => PDFFont,
  opacity: number,
) {
  page.drawSvgPath(framePath(card), {
    ...origin,
    color: color(card.fill),
    borderColor: color(card.stroke),
    borderWidth: scale,
    ...(card.dashed ? { borderDashArray: [3 * scale, 3 * scale] } : {}),
    opacity,
    borderOpacity: opacity,
  });
  page.drawSvgPath(accentPath(card), { ...origin, color: color(card.accent.color), opacity });
  const { icon } = card;
  const iconScale = (icon.size / ICON_GRID) * scale;
  const iconAt = toPage(icon.x, icon.y);
  for (const d of icon.paths) {
    page.drawSvgPath(d, {
      x: iconAt.x,
      y: iconAt.y,
      scale: iconScale,
      borderColor: color(icon.color),
      borderWidth: ICON_STROKE * iconScale,
      borderOpacity: opacity,
    });
  }
  for (const text of card.texts) {
    text.lines.forEach((line, i) => {
      if (!line) return;
      const at = toPage(text.x, text.y + i * text.lineHeight);
      page.drawText(line, {
        x: at.x,
        y: at.y,
        size: text.font.size * scale,
        font: fontFor(text.font),
        color: color(text.fill),
        opacity,
      });
    });
  }
}
