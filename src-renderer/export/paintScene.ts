import { accentPath, framePath } from '../../src-shared/export/cardShapes';
import { cssFont } from '../../src-shared/export/fonts';
import { ICON_GRID, ICON_STROKE } from '../../src-shared/export/kindIcons';
import type { Scene } from '../../src-shared/export/sceneTypes';

/**
 * Paints a scene on a 2D canvas at a scale: the same drawing as the SVG export, in the page's own fonts
 * (an SVG loaded as an image could not use them), for PNG export.
 */
export function paintScene(
  context: CanvasRenderingContext2D,
  scene: Scene,
  scale: number,
  background: string | null,
): void {
  const { bounds } = scene;
  context.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
  if (background) {
    context.fillStyle = background;
    context.fillRect(bounds.x, bounds.y, bounds.width, bounds.height);
  }
  for (const edge of scene.edges) {
    const [a, b, c, d] = edge.curve;
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.bezierCurveTo(b.x, b.y, c.x, c.y, d.x, d.y);
    context.setLineDash(edge.dash ? edge.dash.split(/\s+/).map(Number) : []);
    context.lineWidth = edge.strokeWidth;
    context.strokeStyle = edge.stroke;
    context.stroke();
    const [tip, left, right] = edge.arrow;
    context.setLineDash([]);
    context.beginPath();
    context.moveTo(tip.x, tip.y);
    context.lineTo(left.x, left.y);
    context.lineTo(right.x, right.y);
    context.closePath();
    context.fillStyle = edge.stroke;
    context.fill();
  }
  for (const card of scene.cards) {
    const frame = new Path2D(framePath(card));
    context.fillStyle = card.fill;
    context.fill(frame);
    context.setLineDash(card.dashed ? [3, 3] : []);
    context.lineWidth = 1;
    context.strokeStyle = card.stroke;
    context.stroke(frame);
    context.setLineDash([]);
    context.fillStyle = card.accent.color;
    context.fill(new Path2D(accentPath(card)));

    const { icon } = card;
    context.save();
    context.translate(icon.x, icon.y);
    context.scale(icon.size / ICON_GRID, icon.size / ICON_GRID);
    context.strokeStyle = icon.color;
    context.lineWidth = ICON_STROKE;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    for (const d of icon.paths) context.stroke(new Path2D(d));
    context.restore();

    for (const text of card.texts) {
      context.font = cssFont(text.font);
      context.letterSpacing = `${text.font.letterSpacing}px`;
      context.fillStyle = text.fill;
      text.lines.forEach((line, i) => {
        context.fillText(line, text.x, text.y + i * text.lineHeight);
      });
    }
    context.letterSpacing = '0px';
  }
}
