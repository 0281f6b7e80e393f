import { useRef } from 'react';
import type { ArgNode } from '../../src-shared/model/map';

/**
 * Whether two lists of nodes read the same beside the article: the same nodes in the same order, with
 * the same texts, kinds, speakers and passages, wherever they stand on the canvas.
 */
export function sameApartFromPlace(before: readonly ArgNode[], after: readonly ArgNode[]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  return after.every((node, index) => {
    const was = before[index];
    return (
      was === node ||
      (was !== undefined &&
        was.id === node.id &&
        was.text === node.text &&
        was.kind === node.kind &&
        was.quote === node.quote &&
        was.anchor === node.anchor)
    );
  });
}

/**
 * The map's nodes as the source pane reads them: the same list while nodes only move, so that a drag or
 * an Auto-Layout does not make the pane count its coverage and draw its highlights again.
 */
export function useNodesApartFromPlace(nodes: ArgNode[]): ArgNode[] {
  const kept = useRef(nodes);
  // A cache of what reads the same, not state: a render React throws away leaves nothing wrong in it.
  if (!sameApartFromPlace(kept.current, nodes)) kept.current = nodes;
  return kept.current;
}
