import { linksAmong } from '../layout/graph';
import { plannedSize } from '../layout/nodeSize';
import { LIMITS } from '../model/limits';
import type { ArgMap, Position, Size } from '../model/map';
import { tourVisibility } from '../tour/visibility';
import { layOutAlone, splitFocus } from './focusParts';
import { initialPresenterState, type PresenterState } from './presenterState';
import { fitsReadably, STEP_MARGINS } from './stepFrame';

/** One screen of a presentation: a tour step, or a part of one (3a, 3b, …) when its focus is too large. */
export interface PresentedStep {
  /** The tour step shown, from 0. */
  tourStep: number;
  /** Which part of it, from 0, and how many parts it has (1 when it is shown whole). */
  part: number;
  parts: number;
  /** The cards in focus on this screen. */
  focus: readonly string[];
  /** Claims shown dimmed above reasons of theirs that were split from them. */
  context: readonly string[];
  /**
   * Where the cards go when the step is shown in a layout of its own (its focus and context only, with
   * the links among them); null when it is shown where it lies on the map. Never saved into the map.
   */
  layout: ReadonlyMap<string, Position> | null;
}

const cache = new WeakMap<ArgMap, Map<string, readonly PresentedStep[]>>();

/**
 * How a map's tour is presented on a screen of this size: each step on the map where its focus can be
 * framed with body text at 14 px or more; else its focus in a layout of its own; else split into parts
 * that each fit (see `splitFocus`). Computed once per version of the map and size of screen.
 */
export function planPresentation(map: ArgMap, screen: Size): readonly PresentedStep[] {
  const key = `${screen.width}×${screen.height}`;
  let byScreen = cache.get(map);
  if (!byScreen) {
    byScreen = new Map();
    cache.set(map, byScreen);
  }
  let plan = byScreen.get(key);
  if (!plan) {
    plan = computePlan(map, screen);
    byScreen.set(key, plan);
  }
  return plan;
}

function computePlan(map: ArgMap, screen: Size): PresentedStep[] {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const sizes = new Map(map.nodes.map((node) => [node.id, plannedSize(node)]));
  const links = linksAmong(map.edges, new Map(map.nodes.map((node, i) => [node.id, i])));
  const isThesis = (id: string) => byId.get(id)?.kind === 'thesis';
  const room = screen.width - STEP_MARGINS.left - STEP_MARGINS.right;
  const arranged = (ids: readonly string[]) => layOutAlone(ids, links, sizes, isThesis, room);
  const area = (ids: readonly string[]) =>
    ids.reduce((sum, id) => sum + (sizes.get(id) as Size).width * (sizes.get(id) as Size).height, 0);
  // Cards that cover more than the screen cannot fit however they are laid out: skip laying them out.
  const fits = (ids: readonly string[]) =>
    area(ids) <= screen.width * screen.height && fitsReadably(arranged(ids), screen);

  const plan: PresentedStep[] = [];
  tourVisibility(map).forEach((visibility, tourStep) => {
    const focus = [...visibility.focus];
    const whole = { tourStep, part: 0, parts: 1, focus, context: [] };
    const onMap = focus.map((id) => ({
      ...(byId.get(id)?.position as Position),
      ...(sizes.get(id) as Size),
    }));
    if (focus.length === 0 || fitsReadably(boxAround(onMap), screen)) {
      plan.push({ ...whole, layout: null });
      return;
    }
    const alone = arranged(focus);
    // A tour already at the format's bound of steps is not split further: its steps are shown whole.
    const spare = LIMITS.tourSteps - (plan.length + map.tour.length - tourStep);
    const parts = fitsReadably(alone, screen) ? [] : splitFocus(focus, links, fits);
    if (parts.length <= 1 || parts.length - 1 > spare) {
      plan.push({ ...whole, layout: alone.positions });
      return;
    }
    parts.forEach((part, index) => {
      const { positions } = arranged([...part.context, ...part.focus]);
      plan.push({ tourStep, part: index, parts: parts.length, ...part, layout: positions });
    });
  });
  return plan;
}

function boxAround(boxes: ReadonlyArray<Position & Size>): Size {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { width: right - left, height: bottom - top };
}

/** A step's number as the audience reads it: "3", or "3a", "3b", … for the parts of a split step. */
export function stepLabel(step: Pick<PresentedStep, 'tourStep' | 'part' | 'parts'>): string {
  if (step.parts <= 1) return String(step.tourStep + 1);
  let letters = '';
  for (let n = step.part; n >= 0; n = Math.floor(n / 26) - 1)
    letters = String.fromCharCode(97 + (n % 26)) + letters;
  return `${step.tourStep + 1}${letters}`;
}

/** Where each tour step starts in the plan: what a typed step number goes to. */
export function stepStarts(plan: readonly PresentedStep[]): number[] {
  const starts: number[] = [];
  plan.forEach((step, index) => {
    if (step.part === 0) starts[step.tourStep] = index;
  });
  return starts;
}

/** The screen in the plan that a tour step starts at (clamped into the tour). */
export function startOfTourStep(plan: readonly PresentedStep[], tourStep: number): number {
  const index = plan.findIndex((step) => step.tourStep >= tourStep);
  return index >= 0 ? index : Math.max(0, plan.length - 1);
}

/**
 * A presentation of a planned tour, from the screen that tour step `startAt` begins at. Its steps count
 * screens; when some step is split, it carries where each tour step starts, for typed step numbers.
 */
export function presentationStart(
  plan: readonly PresentedStep[],
  startAt: number,
  screen: Size,
): PresenterState {
  const state = initialPresenterState(plan.length, startOfTourStep(plan, startAt));
  const split = plan.some((step) => step.parts > 1);
  return { ...state, screen, ...(split ? { stepStarts: stepStarts(plan) } : {}) };
}

/** "Step 3a of 16": where the talk stands, counted in tour steps, with the part of a split one. */
export function stepCounter(plan: readonly PresentedStep[], screen: number, tourLength: number): string {
  const step = plan[screen];
  return `Step ${step ? stepLabel(step) : screen + 1} of ${tourLength}`;
}
