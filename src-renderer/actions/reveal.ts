import { estimateNodeSize } from '../../src-shared/layout/nodeSize';
import type { ArgNode } from '../../src-shared/model/map';
import type { ActionContext } from './actionContext';

/**
 * Brings a node to the middle of the canvas, zooming in only as far as needed to read it. It waits two
 * frames first: selecting the node may dock the inspector beside the canvas, and the middle is the
 * middle of the canvas as it will be, not as it was before the panel took its room.
 */
export function revealNode(ctx: Pick<ActionContext, 'flow'>, node: ArgNode): void {
  requestAnimationFrame(() => requestAnimationFrame(() => centreOn(ctx, node)));
}

function centreOn(ctx: Pick<ActionContext, 'flow'>, node: ArgNode): void {
  // The drawn size when React Flow has measured the node (a new one has not been drawn yet).
  const measured = ctx.flow.getNode(node.id)?.measured;
  const size =
    measured?.width && measured.height
      ? { width: measured.width, height: measured.height }
      : (node.size ?? estimateNodeSize(node));
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  void ctx.flow.setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
    zoom: Math.max(ctx.flow.getZoom(), 0.8),
    duration: reduceMotion ? 0 : 300,
  });
}
