import { estimateNodeSize } from '../../src-shared/layout/nodeSize';
import type { ArgNode } from '../../src-shared/model/map';
import type { ActionContext } from './actionContext';

/** The drawn size when React Flow has measured the node (a new one has not been drawn yet). */
function drawnSize(ctx: Pick<ActionContext, 'flow'>, node: ArgNode) {
  const measured = ctx.flow.getNode(node.id)?.measured;
  return measured?.width && measured.height
    ? { width: measured.width, height: measured.height }
    : (node.size ?? estimateNodeSize(node));
}

/**
 * Keeps a new reason and the claim it bears on in sight together: the view centres on both, at the
 * current zoom or 0.8 (readable), whichever is larger, unless both fit only further out.
 */
export function revealWithClaim(ctx: Pick<ActionContext, 'flow'>, node: ArgNode, claim: ArgNode): void {
  const [a, b] = [
    { ...node.position, ...drawnSize(ctx, node) },
    { ...claim.position, ...drawnSize(ctx, claim) },
  ];
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const bounds = {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
  const fits = pane ? Math.min(pane.width / bounds.width, pane.height / bounds.height) / 1.15 : 0.8;
  void ctx.flow.setCenter(x + bounds.width / 2, y + bounds.height / 2, {
    zoom: Math.min(Math.max(ctx.flow.getZoom(), 0.8), fits),
    duration: reduceMotion ? 0 : 300,
  });
}

/**
 * Brings a node to the middle of the canvas, zooming in only as far as needed to read it. It waits two
 * frames first: selecting the node may dock the inspector beside the canvas, and the middle is the
 * middle of the canvas as it will be, not as it was before the panel took its room.
 */
export function revealNode(ctx: Pick<ActionContext, 'flow'>, node: ArgNode): void {
  requestAnimationFrame(() => requestAnimationFrame(() => centreOn(ctx, node)));
}

function centreOn(ctx: Pick<ActionContext, 'flow'>, node: ArgNode): void {
  const size = drawnSize(ctx, node);
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  void ctx.flow.setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
    zoom: Math.max(ctx.flow.getZoom(), 0.8),
    duration: reduceMotion ? 0 : 300,
  });
}
