import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { type ArgFlowNode, drawnSize } from './toFlow';

const MARGIN = 16;

/**
 * When the canvas narrows (a panel docks beside it, the window shrinks), the view slides left just enough
 * that the selected cards, cut off by the new right edge, are whole again. The canvas's left edge stays
 * put, so without this a card picked near the right edge would vanish behind the panel it opened.
 */
export function useSelectionInSight(): void {
  const width = useStore((state) => state.width);
  const canvas = useStoreApi<ArgFlowNode>();
  const flow = useReactFlow();
  const previous = useRef(width);
  useEffect(() => {
    const narrowed = width < previous.current;
    previous.current = width;
    if (!narrowed) return;
    const { transform, nodes } = canvas.getState();
    const [x, y, zoom] = transform;
    let shift = 0;
    for (const node of nodes) {
      if (!node.selected) continue;
      const left = node.position.x * zoom + x;
      const right = (node.position.x + drawnSize(node).width) * zoom + x;
      if (right > width - MARGIN) shift = Math.max(shift, Math.min(right - width + MARGIN, left - MARGIN));
    }
    if (shift > 0) void flow.setViewport({ x: x - shift, y, zoom });
  }, [width, canvas, flow]);
}
