import type { NodeKind, Relation } from '../model/map';
import type { FontSpec } from './fonts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A block of lines in one style: `y` is the first baseline, each further line `lineHeight` lower. */
export interface SceneText {
  x: number;
  y: number;
  lineHeight: number;
  lines: string[];
  font: FontSpec;
  fill: string;
}

/** A node drawn as the canvas draws it: a rounded card, a coloured left edge, a kind label and its text. */
export interface SceneCard {
  id: string;
  kind: NodeKind;
  box: Box;
  radius: number;
  fill: string;
  stroke: string;
  /** The border's width, drawn inside the box as CSS's `box-sizing: border-box` does. */
  border: number;
  /** A note's border is dashed. */
  dashed: boolean;
  /** The thick left border in the kind's colour. */
  accent: { width: number; color: string };
  icon: { x: number; y: number; size: number; color: string; paths: readonly string[] };
  texts: SceneText[];
  /** 1, or less for a card shown dimmed (revealed by an earlier tour step, not in the step's focus). */
  opacity: number;
}

/** A relation drawn as a cubic bezier from the reason's top to the claim's bottom, with a closed arrowhead. */
export interface SceneEdge {
  id: string;
  relation: Relation;
  /** Start, two control points, end (the arrow's tip). */
  curve: [Point, Point, Point, Point];
  stroke: string;
  strokeWidth: number;
  /** SVG `stroke-dasharray`, or null for a solid line. */
  dash: string | null;
  /** The arrowhead's outline: tip, then the two corners of its base; filled, and stroked this wide. */
  arrow: [Point, Point, Point];
  arrowStrokeWidth: number;
}

/** A shape drawn over the cards: an assessment's ring, strength bar or verdict (rounded box, optional text). */
export interface SceneMark {
  box: Box;
  radius: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  /** Dash and gap lengths, or null for a solid line. */
  dash: number[] | null;
  opacity: number;
  text?: SceneText;
  /** The node the mark belongs to (its ring, bar or the verdict over the thesis). */
  node?: string;
}

/** Everything a drawing of the map needs, already laid out; `bounds` is the area to show, padding included. */
export interface Scene {
  title: string;
  bounds: Box;
  /** The canvas colour of the theme, for a themed background. */
  canvas: string;
  edges: SceneEdge[];
  cards: SceneCard[];
  /** Drawn over the cards (an export that shows the assessment); empty otherwise. */
  marks?: SceneMark[];
}
