import type { Box } from '../../../../src-shared/export/sceneTypes';

const MIN_SCALE = 0.05;
const MAX_SCALE = 4;
const KEY_STEP = 80;
const KEY_ZOOM = 1.25;

/** Room kept around what is framed, in screen px. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The view of the drawing: `world` (the SVG's box) is moved and scaled inside `frame` with one CSS
 * transform. The map's pixel (x, y) lands at screen (x - bounds.x) * scale + tx, likewise for y.
 */
export class Camera {
  scale = 1;
  tx = 0;
  ty = 0;

  constructor(
    readonly frame: HTMLElement,
    readonly world: HTMLElement,
    readonly bounds: Box,
  ) {}

  apply(): void {
    this.world.style.transform = `translate(${this.tx}px, ${this.ty}px) scale(${this.scale})`;
  }

  /** Shows `box` (in map pixels) as large as fits within the margins, never larger than `maxScale`. */
  show(box: Box, margins: Margins, maxScale = 1.6): void {
    const width = Math.max(1, this.frame.clientWidth - margins.left - margins.right);
    const height = Math.max(1, this.frame.clientHeight - margins.top - margins.bottom);
    this.scale = clamp(Math.min(width / box.width, height / box.height, maxScale));
    this.centre(box, margins);
  }

  /** Puts the middle of `box` in the middle of the area inside the margins, at the current scale. */
  centre(box: Box, margins: Margins): void {
    const width = this.frame.clientWidth - margins.left - margins.right;
    const height = this.frame.clientHeight - margins.top - margins.bottom;
    this.tx = margins.left + width / 2 - (box.x + box.width / 2 - this.bounds.x) * this.scale;
    this.ty = margins.top + height / 2 - (box.y + box.height / 2 - this.bounds.y) * this.scale;
    this.apply();
  }

  /** The scale at which the whole drawing fits. */
  fitScale(margins: Margins): number {
    const width = this.frame.clientWidth - margins.left - margins.right;
    const height = this.frame.clientHeight - margins.top - margins.bottom;
    return clamp(Math.min(width / this.bounds.width, height / this.bounds.height, 1));
  }

  pan(dx: number, dy: number): void {
    this.tx += dx;
    this.ty += dy;
    this.apply();
  }

  /** Multiplies the scale by `factor`, keeping the screen point (x, y) (frame pixels) where it is. */
  zoom(factor: number, x = this.frame.clientWidth / 2, y = this.frame.clientHeight / 2): void {
    const scale = clamp(this.scale * factor);
    const ratio = scale / this.scale;
    this.tx = x - (x - this.tx) * ratio;
    this.ty = y - (y - this.ty) * ratio;
    this.scale = scale;
    this.apply();
  }

  /** Whether `box` (map pixels) lies wholly on screen. */
  sees(box: Box): boolean {
    const left = (box.x - this.bounds.x) * this.scale + this.tx;
    const top = (box.y - this.bounds.y) * this.scale + this.ty;
    return (
      left >= 0 &&
      top >= 0 &&
      left + box.width * this.scale <= this.frame.clientWidth &&
      top + box.height * this.scale <= this.frame.clientHeight
    );
  }

  /** The keys that move the view: arrows pan, + and − zoom, 0 shows everything. True when the key was used. */
  key(key: string, showAll: () => void): boolean {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => this.pan(KEY_STEP, 0),
      ArrowRight: () => this.pan(-KEY_STEP, 0),
      ArrowUp: () => this.pan(0, KEY_STEP),
      ArrowDown: () => this.pan(0, -KEY_STEP),
      '+': () => this.zoom(KEY_ZOOM),
      '=': () => this.zoom(KEY_ZOOM),
      '-': () => this.zoom(1 / KEY_ZOOM),
      '0': showAll,
    };
    const move = moves[key];
    move?.();
    return move !== undefined;
  }
}

const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
