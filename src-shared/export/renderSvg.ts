import { accentPath, borderDashes, roundedBoxPath } from './cardShapes';
import { edgeBounds } from './edgeLayout';
import { FONT_FAMILY } from './fonts';
import { ICON_GRID, ICON_STROKE } from './kindIcons';
import type { Box, Point, Scene, SceneCard, SceneEdge, SceneMark, SceneText } from './sceneTypes';
import { attrs, jsonForXml, num, xmlContent, xmlText } from './xml';

export interface SvgOptions {
  /** `theme` paints the theme's canvas colour behind the map. */
  background: 'transparent' | 'white' | 'theme';
  /** The document's `<title>`; the map's title when absent. */
  title?: string;
  /** The map's JSON, kept in `<metadata>` so that opening the image gives the map back, every character of it. */
  embeddedMap?: string;
  /** Shows only this region of the scene, drawn this many pixels wide and high (a strip of a large PNG). */
  frame?: { region: Box; width: number; height: number };
  /** Marks each card's group with `data-node`, each edge's with `data-edge` (a web page finds them so). */
  identify?: boolean;
}

/** The `id` of the `<metadata>` element that carries an embedded map. */
export const EMBEDDED_MAP_ID = 'argmap-map';

/**
 * A standalone SVG 1.1 document of the scene: plain shapes and real text with inline attributes, and
 * nothing that runs or loads (no script, event attributes, links, styles or foreign objects).
 */
export function renderSvg(scene: Scene, options: SvgOptions): string {
  const { frame } = options;
  const region = frame?.region ?? scene.bounds;
  const fill = { transparent: null, white: '#ffffff', theme: scene.canvas }[options.background];
  // A frame leaves out what lies wholly outside it: less to draw in each band of a PNG, and resvg
  // cannot draw a translucent group that falls wholly outside the image.
  // Without a frame everything is shown, and no edge's bounds need working out again.
  const shown = <T>(items: readonly T[], box: (item: T) => Box) =>
    frame ? items.filter((item) => overlaps(box(item), region)) : items;
  const ids = options.identify === true;
  const content = [
    ...(fill ? [`<rect${attrs({ ...region, fill })}/>`] : []),
    ...shown(scene.edges, edgeBounds).map((edge) => edgeSvg(edge, ids)),
    ...shown(scene.cards, (card) => card.box).map((card) => cardSvg(card, ids)),
    ...shown(scene.marks ?? [], (mark) => mark.box).map((mark) => markSvg(mark, ids)),
  ];
  // A frame is drawn in whole pixels: the view box counts pixels and one transform places the region in
  // it, so the bands of a large PNG meet exactly at any scale.
  const scale = frame ? frame.width / region.width : 1;
  const body = frame
    ? [
        `<g${attrs({ transform: `matrix(${[scale, 0, 0, scale, -region.x * scale, -region.y * scale].map(fine).join(' ')})` })}>`,
        ...content,
        '</g>',
      ]
    : content;
  const viewBox = frame
    ? [0, 0, frame.width, frame.height]
    : [region.x, region.y, region.width, region.height];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({
      viewBox: viewBox.map(fine).join(' '),
      width: frame?.width ?? region.width,
      height: frame?.height ?? region.height,
      'font-family': FONT_FAMILY,
    })}>`,
    `<title>${xmlText(options.title ?? scene.title)}</title>`,
    ...(options.embeddedMap === undefined
      ? []
      : [
          `<metadata${attrs({ id: EMBEDDED_MAP_ID })}>${xmlContent(jsonForXml(options.embeddedMap))}</metadata>`,
        ]),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * One element's markup as one flat string. Pieces joined with `+` stay a tree of pieces until the
 * whole document is joined; with thousands of cards those trees outlive many collections and the
 * garbage collector copies them again and again (a third of a 5,000-node export's time).
 */
const flat = (pieces: string[]) => pieces.join('');

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A number to a ten-thousandth: finer than `num`, for the transform and view box that place a frame. */
const fine = (value: number) => String(Math.round(value * 10_000) / 10_000);

const pt = (p: Point) => `${num(p.x)} ${num(p.y)}`;

/** A group's opening tag, with what it draws named when asked and a translucent group's opacity. */
function groupTag(name: 'data-node' | 'data-edge', id: string | undefined, ids: boolean, opacity = 1) {
  return `<g${attrs({
    [name]: ids && id !== undefined ? id : null,
    opacity: opacity === 1 ? null : String(opacity),
  })}>`;
}

function edgeSvg(edge: SceneEdge, ids: boolean): string {
  const [start, c1, c2, end] = edge.curve;
  const [tip, left, right] = edge.arrow;
  const curve = `<path${attrs({
    d: `M${pt(start)}C${pt(c1)} ${pt(c2)} ${pt(end)}`,
    fill: 'none',
    stroke: edge.stroke,
    'stroke-width': String(edge.strokeWidth),
    'stroke-dasharray': edge.dash,
  })}/>`;
  const arrow = `<path${attrs({
    d: `M${pt(tip)}L${pt(left)}L${pt(right)}Z`,
    fill: edge.stroke,
    stroke: edge.stroke,
    'stroke-width': String(edge.arrowStrokeWidth),
    'stroke-linejoin': 'round',
  })}/>`;
  return flat([groupTag('data-edge', edge.id, ids), curve, arrow, '</g>']);
}

function cardSvg(card: SceneCard, ids: boolean): string {
  const { x, y, width: w, height: h } = card.box;
  const r = card.radius;
  // The border is drawn inside the box, as CSS does with `box-sizing: border-box`.
  const b = card.border;
  const frame = `<rect${attrs({
    x: x + b / 2,
    y: y + b / 2,
    width: w - b,
    height: h - b,
    rx: r - b / 2,
    fill: card.fill,
    stroke: card.stroke,
    'stroke-width': b === 1 ? null : b,
    'stroke-dasharray': card.dashed ? borderDashes(card).join(' ') : null,
  })}/>`;
  const accent = `<path${attrs({ d: accentPath(card), fill: card.accent.color })}/>`;
  const { icon } = card;
  const scale = String(Math.round((icon.size / ICON_GRID) * 10000) / 10000);
  const iconSvg =
    `<g${attrs({
      transform: `translate(${num(icon.x)} ${num(icon.y)}) scale(${scale})`,
      fill: 'none',
      stroke: icon.color,
      'stroke-width': String(ICON_STROKE),
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    })}>` +
    icon.paths.map((d) => `<path${attrs({ d })}/>`).join('') +
    '</g>';
  const group = groupTag('data-node', card.id, ids, card.opacity);
  return flat([group, frame, accent, iconSvg, ...card.texts.map(textSvg), '</g>']);
}

function markSvg(mark: SceneMark, ids: boolean): string {
  const shape = `<path${attrs({
    d: roundedBoxPath(mark.box, mark.radius),
    fill: mark.fill ?? 'none',
    stroke: mark.stroke,
    'stroke-width': mark.stroke ? String(mark.strokeWidth) : null,
    'stroke-dasharray': mark.dash ? mark.dash.join(' ') : null,
  })}/>`;
  const group = groupTag('data-node', mark.node, ids, mark.opacity);
  return flat([group, shape, mark.text ? textSvg(mark.text) : '', '</g>']);
}

/** One `<tspan>` per line; an empty line has no characters to carry its `dy`, so the next line takes it. */
function textSvg(text: SceneText): string {
  let dy = 0;
  let spans = '';
  for (const line of text.lines) {
    const content = xmlText(line);
    if (content !== '') {
      spans += `<tspan${attrs({ x: text.x, dy })}>${content}</tspan>`;
      dy = 0;
    }
    dy += text.lineHeight;
  }
  if (spans === '') return '';
  const { font } = text;
  return `<text${attrs({
    x: text.x,
    y: text.y,
    'font-size': font.size,
    'font-weight': font.weight === 400 ? null : font.weight,
    'font-style': font.italic ? 'italic' : null,
    'letter-spacing': font.letterSpacing === 0 ? null : String(font.letterSpacing),
    fill: text.fill,
    'xml:space': 'preserve',
  })}>${spans}</text>`;
}
