import { createHash } from 'node:crypto';
import { renderSvg } from '../../../src-shared/export/renderSvg';
import type { Scene } from '../../../src-shared/export/sceneTypes';
import { xmlText } from '../../../src-shared/export/xml';
import type { PageData } from '../../../src-shared/share/pageData';
import { interFontFaces } from './pageFonts';
import { VIEWER_SCRIPT, VIEWER_STYLE } from './viewerBundle';

/** The `id` of the script element that carries the viewer's data as JSON. */
export const PAGE_DATA_ID = 'argmap-data';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * JSON that can sit inside a `<script>` element: `<` is written `\u003c`, so no `</script>` or `<!--` in
 * a map's text can end the element early; the JSON reads back the same.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * One self-contained web page: the drawing (the SVG export's, inline), the viewer's data, Inter's subsets
 * and the viewer's script and style. Its Content Security Policy allows that one script and that one style
 * sheet (by hash), fonts and images from data: URLs, and nothing else: no request leaves the page.
 */
export async function sharePage(scene: Scene, data: PageData, background: string | null): Promise<string> {
  const svg = renderSvg(scene, { background: 'transparent', identify: true }).replace(/^<\?xml[^>]*>\n/, '');
  // Only the drawing's quotes are italic: the viewer's own text is upright.
  const italic = scene.cards.flatMap((card) => card.texts.filter((text) => text.font.italic));
  const json = jsonForScript(data);
  const fonts = await interFontFaces(json, italic.flatMap((text) => text.lines).join(''));
  const canvas = background === null ? '' : `.map{background:${background}}`;
  const style = `${fonts}\n${VIEWER_STYLE}${canvas}`;
  const policy = [
    "default-src 'none'",
    `script-src ${hash(VIEWER_SCRIPT)}`,
    `style-src ${hash(style)}`,
    'font-src data:',
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Argmap">',
    `<title>${xmlText(data.title || 'Argument map')}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<div class="stage">',
    `<main id="argmap-map" class="map" tabindex="0" aria-label="The map: drag, or use the arrow keys, to move it; + and − zoom">`,
    `<div class="world">${svg}</div>`,
    '</main>',
    '</div>',
    `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`,
    `<script>${VIEWER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
