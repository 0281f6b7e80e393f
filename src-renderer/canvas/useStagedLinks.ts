import { useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  type Box,
  LINKS_PER_FRAME,
  linkMayShow,
  type StagedLinks,
  sameLinks,
  stageLinks,
} from './stagedLinks';
import { type ArgFlowEdge, type ArgFlowNode, drawnSize } from './toFlow';

/** What was given, and in which of the frames links waited through. */
type Staged = StagedLinks<ArgFlowEdge> & { frame: number };

const NOTHING_GIVEN: Staged = { shown: [], given: new Set(), waiting: false, frame: -1 };

/**
 * The links to give the canvas: all of them, except when many come into view at once, which then
 * arrive over the next frames (see stagedLinks.ts). `visibleOnly`: the canvas leaves what is out of
 * view out of the page; otherwise every link it gets is drawn, in view or not.
 */
export function useStagedLinks(
  edges: ArgFlowEdge[],
  nodes: readonly ArgFlowNode[],
  visibleOnly: boolean,
): ArgFlowEdge[] {
  const flow = useStoreApi();
  const last = useRef(NOTHING_GIVEN);
  const [frame, setFrame] = useState(0);
  const staged = useMemo((): Staged => {
    const before = last.current;
    if (!before.waiting && sameLinks(before.shown, edges)) return { ...before, shown: edges, frame };
    // The canvas renders again within a frame (cards just drawn report their sizes): links that wait
    // keep waiting until the next frame, which alone gives the next batch.
    const budget = before.waiting && before.frame === frame ? 0 : LINKS_PER_FRAME;
    const inView = () => inViewTest(flow.getState(), nodes, visibleOnly);
    return { ...stageLinks(edges, before.given, inView, budget), frame };
  }, [edges, nodes, flow, frame, visibleOnly]);
  useLayoutEffect(() => {
    last.current = staged;
  });
  useEffect(() => {
    if (!staged.waiting) return;
    const next = requestAnimationFrame(() => setFrame((count) => count + 1));
    return () => cancelAnimationFrame(next);
  }, [staged]);
  return staged.shown;
}

/**
 * Whether a link may be in the canvas's page now: in view, where the canvas draws only that; null before
 * the canvas has a size.
 */
function inViewTest(
  state: { width: number; height: number; transform: [number, number, number] },
  nodes: readonly ArgFlowNode[],
  visibleOnly: boolean,
): ((edge: ArgFlowEdge) => boolean) | null {
  const { width, height, transform } = state;
  const [x, y, zoom] = transform;
  if (width <= 0 || height <= 0 || zoom <= 0) return null;
  if (!visibleOnly) return () => true;
  const view: Box = { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
  const boxes = new Map<string, Box>();
  for (const node of nodes) boxes.set(node.id, { ...node.position, ...drawnSize(node) });
  return (edge) => {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    return !source || !target || linkMayShow(source, target, view);
  };
}
