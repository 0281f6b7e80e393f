import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { NODE_KINDS, type NodeKind } from '../../src-shared/model/map';
import type { Box } from './camera';
import type { FarLinkPaths } from './farLinks';

const LINK_LAYERS = ['supports', 'opposes', 'selected'] as const;
/** A picture of the whole map is kept for panning while it is at most this many pixels (4× a 1080p screen). */
const PICTURE_LIMIT = 4 * 1920 * 1080;
/** A zoom shows the picture stretched until the view has rested this long, then paints it afresh. */
const REST_MS = 150;

/**
 * A large map zoomed out past reading: its links and the cards drawn as shapes (see farCards.ts), painted
 * on one canvas beneath the cards that stay elements. As SVG, the browser painted those paths once per
 * tile of the screen on every frame of a pan (a fitted map of 20,000 cards panned at 20 frames a second);
 * here they are painted once per frame, from paths made once per change of the map. While the whole map
 * fits in a picture of modest size (zoomed out far enough), it is painted once; a pan only moves the
 * picture and a zoom stretches it until the view rests, as painting 20,000 shapes took longer than a
 * frame. Colours come from the stylesheet, through swatches that are never shown.
 */
export function FarCanvas(props: {
  cards: Partial<Record<NodeKind, string>>;
  links: FarLinkPaths;
  /** The box holding every card, in the canvas's own coordinates. */
  bounds: Box | null;
  theme: string;
}) {
  const { cards, links, bounds, theme } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const swatches = useRef<SVGSVGElement>(null);
  const flowStore = useStoreApi();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme means new colours, read from the page's styles.
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !swatches.current) return;
    const style = (name: string) => getComputedStyle(swatches.current?.querySelector(`.${name}`) as Element);
    const linkLayers = LINK_LAYERS.filter((relation) => links[relation]).map((relation) => {
      const swatch = style(`far-link--${relation}`);
      return {
        path: new Path2D(links[relation]),
        colour: swatch.stroke,
        width: Number.parseFloat(swatch.strokeWidth),
      };
    });
    const cardLayers = NODE_KINDS.filter((kind) => cards[kind]).map((kind) => ({
      path: new Path2D(cards[kind]),
      colour: style(`far-card.node-card--${kind}`).fill,
    }));

    const paint = (target: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, zoom: number) => {
      for (const layer of linkLayers) {
        // A hairline whatever the zoom, as the links' stylesheet asks of SVG.
        target.lineWidth = layer.width / zoom;
        target.strokeStyle = layer.colour;
        target.stroke(layer.path);
      }
      for (const layer of cardLayers) {
        target.fillStyle = layer.colour;
        target.fill(layer.path);
      }
    };
    let picture: { zoom: number; ratio: number; image: OffscreenCanvas } | null = null;
    /** The whole map painted afresh at `zoom`, or null when that picture would be too large to keep. */
    const pictureAt = (zoom: number, ratio: number) => {
      picture = null;
      if (!bounds) return null;
      const scale = zoom * ratio;
      // A pixel to spare on each side, for the hairlines that run along the edge.
      const width = Math.ceil((bounds.maxX - bounds.minX) * scale) + 2;
      const height = Math.ceil((bounds.maxY - bounds.minY) * scale) + 2;
      if (width * height > PICTURE_LIMIT) return null;
      const image = new OffscreenCanvas(width, height);
      const target = image.getContext('2d');
      if (!target) return null;
      target.setTransform(scale, 0, 0, scale, 1 - bounds.minX * scale, 1 - bounds.minY * scale);
      paint(target, zoom);
      picture = { zoom, ratio, image };
      return picture;
    };

    let frame = 0;
    let resting = 0;
    /**
     * Paints a frame: from the picture when one is kept (stretched while a zoom goes on, painted afresh
     * once the view has rested), else path by path.
     */
    const draw = (rested = false) => {
      frame = 0;
      const { transform, width, height } = flowStore.getState();
      const [x, y, zoom] = transform;
      const ratio = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * ratio);
      const pixelHeight = Math.round(height * ratio);
      if (element.width !== pixelWidth || element.height !== pixelHeight) {
        element.width = pixelWidth;
        element.height = pixelHeight;
      }
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, pixelWidth, pixelHeight);
      const kept = picture?.ratio === ratio && (picture.zoom === zoom || !rested) ? picture : null;
      const whole = kept ?? pictureAt(zoom, ratio);
      if (whole && bounds) {
        // The picture's first pixel is the one spared before the map's left and top edges.
        const stretch = zoom / whole.zoom;
        const left = x * ratio + bounds.minX * zoom * ratio - stretch;
        const top = y * ratio + bounds.minY * zoom * ratio - stretch;
        if (stretch === 1) context.drawImage(whole.image, Math.round(left), Math.round(top));
        else {
          context.drawImage(
            whole.image,
            left,
            top,
            whole.image.width * stretch,
            whole.image.height * stretch,
          );
          clearTimeout(resting);
          resting = window.setTimeout(() => draw(true), REST_MS);
        }
        return;
      }
      context.setTransform(zoom * ratio, 0, 0, zoom * ratio, x * ratio, y * ratio);
      paint(context, zoom);
    };
    draw();
    const unsubscribe = flowStore.subscribe((state, previous) => {
      const moved =
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height;
      if (moved && frame === 0) frame = requestAnimationFrame(() => draw());
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(resting);
    };
  }, [cards, links, bounds, theme, flowStore]);

  return (
    <div className="far-canvas" aria-hidden>
      <canvas ref={canvas} />
      <svg ref={swatches} className="far-swatches" aria-hidden>
        {LINK_LAYERS.map((relation) => (
          <path key={relation} className={`far-link far-link--${relation}`} />
        ))}
        {NODE_KINDS.map((kind) => (
          <path key={kind} className={`far-card node-card--${kind}`} />
        ))}
      </svg>
    </div>
  );
}
