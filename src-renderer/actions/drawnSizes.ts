import type { ActionContext } from './actionContext';

/** The sizes nodes are drawn at, as React Flow measured them (layout and alignment use real sizes). */
export function drawnSizes(
  ctx: Pick<ActionContext, 'flow'>,
): ReadonlyMap<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const node of ctx.flow.getNodes()) {
    if (node.measured?.width && node.measured.height)
      sizes.set(node.id, { width: node.measured.width, height: node.measured.height });
  }
  return sizes;
}
