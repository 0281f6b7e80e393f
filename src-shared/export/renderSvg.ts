import { accentPath } from './cardShapes';
import { FONT_FAMILY } from './fonts';
import { ICON_GRID, ICON_STROKE } from './kindIcons';
import type { Point, Scene, SceneCard, SceneEdge, SceneText } from './sceneTypes';
import { attrs, num, xmlText } from './xml';

export interface SvgOptions {
  /** `theme` paints the theme's canvas colour behind the map. */
  background: 'transparent' | 'white' | 'theme';
  /** The document's `<title>`; the map's title when absent. */
  title?: string;
}

/**
 * A standalone SVG 1.1 document of the scene: plain shapes and real text with inline attributes, and
 * nothing that runs or loads (no script, event attributes, links, styles or foreign objects).
 */
export function renderSvg(scene: Scene, options: SvgOptions): string {
  const { x, y, width, height } = scene.bounds;
  const fill = { transparent: null, white: '#ffffff', theme: scene.canvas }[options.background];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({
      viewBox: `${num(x)} ${num(y)} ${num(width)} ${num(height)}`,
      width,
      height,
      'font-family': FONT_FAMILY,
    })}>`,
    `<title>${xmlText(options.title ?? scene.title)}</title>`,
    ...(fill ? [`<rect${attrs({ x, y, width, height, fill })}/>`] : []),
    ...scene.edges.map(edgeSvg),
    ...scene.cards.map(cardSvg),
    '</svg>',
    '',
  ].join('\n');
}

const pt = (p: Point) => `${num(p.x)} ${num(p.y)}`;

function edgeSvg(edge: SceneEdge): string {
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
  return `<g>${curve}${arrow}</g>`;
}

function cardSvg(card: SceneCard): string {
  const { x, y, width: w, height: h } = card.box;
  const r = card.radius;
  // The 1 px border is drawn inside the box, as CSS does with `box-sizing: border-box`.
  const frame = `<rect${attrs({
    x: x + 0.5,
    y: y + 0.5,
    width: w - 1,
    height: h - 1,
    rx: r - 0.5,
    fill: card.fill,
    stroke: card.stroke,
    'stroke-dasharray': card.dashed ? '3 3' : null,
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
  return `<g>${frame}${accent}${iconSvg}${card.texts.map(textSvg).join('')}</g>`;
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
