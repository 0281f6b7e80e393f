import { resolve } from 'node:path';
import type { Page } from 'playwright';

/** html-to-image's browser build, as a page would bundle it; it defines `window.htmlToImage`. */
const HTML_TO_IMAGE = resolve('node_modules/html-to-image/dist/html-to-image.js');

export type DomFormat = 'png' | 'svg';

export interface DomCapture {
  ms: number;
  bytes: number;
  /** The output's size: pixels for PNG (html-to-image shrinks a canvas past 16,384 px a side), CSS px for SVG. */
  width: number;
  height: number;
  /** The size captured, in CSS pixels: the nodes' bounds plus padding. */
  cssWidth: number;
  cssHeight: number;
  /** Edge paths in the output (SVG only): what html-to-image kept of React Flow's edges. */
  edgePaths?: number;
}

export async function injectHtmlToImage(page: Page): Promise<void> {
  await page.addScriptTag({ path: HTML_TO_IMAGE });
}

/**
 * React Flow's "download image" example, at the map's full size: the viewport element captured with the
 * nodes' bounds (plus `padding`) as the image's size and a transform that moves their corner to the
 * padding, at pixel ratio 2. The bounds come from the nodes in the DOM (their transforms and drawn sizes),
 * which is what `getNodesBounds` reads; `getViewportForBounds` with zoom fixed at 1 gives this transform.
 * Runs in the page; only the timing and the output's size come back.
 */
export function captureInPage(page: Page, format: DomFormat, padding: number): Promise<DomCapture> {
  return page.evaluate(
    async ([format, padding]) => {
      type Options = Record<string, unknown>;
      type Capture = (element: Element, options: Options) => Promise<string>;
      const lib = (window as unknown as { htmlToImage: { toPng: Capture; toSvg: Capture } }).htmlToImage;
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const match = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/.exec(node.style.transform);
        const x = Number(match?.[1] ?? 0);
        const y = Number(match?.[2] ?? 0);
        bounds.minX = Math.min(bounds.minX, x);
        bounds.minY = Math.min(bounds.minY, y);
        bounds.maxX = Math.max(bounds.maxX, x + node.offsetWidth);
        bounds.maxY = Math.max(bounds.maxY, y + node.offsetHeight);
      }
      const width = Math.ceil(bounds.maxX - bounds.minX + 2 * padding);
      const height = Math.ceil(bounds.maxY - bounds.minY + 2 * padding);
      const flow = document.querySelector('.react-flow') as HTMLElement;
      const options: Options = {
        backgroundColor: getComputedStyle(flow).backgroundColor,
        width,
        height,
        pixelRatio: 2,
        style: {
          width: `${width}px`,
          height: `${height}px`,
          transform: `translate(${padding - bounds.minX}px, ${padding - bounds.minY}px) scale(1)`,
        },
      };
      const start = performance.now();
      const url = await (format === 'png' ? lib.toPng : lib.toSvg)(viewport, options);
      const ms = performance.now() - start;
      const data = url.slice(url.indexOf(',') + 1);
      if (format === 'png') {
        const header = atob(data.slice(0, 32));
        const word = (at: number) =>
          ((header.charCodeAt(at) << 24) |
            (header.charCodeAt(at + 1) << 16) |
            (header.charCodeAt(at + 2) << 8) |
            header.charCodeAt(at + 3)) >>>
          0;
        const pad = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
        const bytes = (data.length / 4) * 3 - pad;
        return { ms, bytes, width: word(16), height: word(20), cssWidth: width, cssHeight: height };
      }
      // The SVG is percent-encoded UTF-8: each %XX is one byte. Class names need no escaping.
      let escapes = 0;
      for (let at = data.indexOf('%'); at >= 0; at = data.indexOf('%', at + 3)) escapes++;
      let edgePaths = 0;
      for (
        let at = data.indexOf('react-flow__edge-path');
        at >= 0;
        at = data.indexOf('react-flow__edge-path', at + 1)
      )
        edgePaths++;
      const bytes = data.length - 2 * escapes;
      return { ms, bytes, width, height, cssWidth: width, cssHeight: height, edgePaths };
    },
    [format, padding] as const,
  );
}
