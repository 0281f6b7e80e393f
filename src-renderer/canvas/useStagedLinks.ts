import { useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  ARRIVING_LINKS_PER_STEP,
  type Box,
  LEAVING_LINKS_PER_STEP,
  linkMayShow,
  nextStep,
  nothingGiven,
  type Step,
} from './stagedLinks';
import { type ArgFlowEdge, type ArgFlowNode, drawnSize } from './toFlow';

type Given = Step<ArgFlowEdge, ArgFlowNode> & { step: number };

const NOTHING_GIVEN: Given = { ...nothingGiven(), step: -1 };

/** The cards and links the canvas gets now. */
export interface GivenToCanvas {
  nodes: ArgFlowNode[];
  edges: ArgFlowEdge[];
}

/**
 * The cards and links to give the canvas: all of them, except when many links come into view or leave
 * at once, which then arrive or leave over the next steps (see nextStep in stagedLinks.ts). Each step
 * is a task of its own, so the browser may paint between them. `visibleOnly`: the canvas leaves what is
 * out of view out of the page; otherwise every link it gets is drawn, in view or not.
 */
export function useStagedLinks(
  edges: ArgFlowEdge[],
  nodes: ArgFlowNode[],
  visibleOnly: boolean,
): GivenToCanvas {
  const flow = useStoreApi();
  const last = useRef(NOTHING_GIVEN);
  const [step, setStep] = useState(0);
  const given = useMemo((): Given => {
    const before = last.current;
    // The canvas renders again within a step (cards just drawn report their sizes): what waits keeps
    // waiting until the next step, which alone moves the next batch.
    const again = before.waiting && before.step === step;
    const budget = again
      ? { arriving: 0, leaving: 0 }
      : { arriving: ARRIVING_LINKS_PER_STEP, leaving: LEAVING_LINKS_PER_STEP };
    const inView = () => inViewTest(flow.getState(), nodes, visibleOnly);
    return { ...nextStep(edges, nodes, before, inView, budget), step };
  }, [edges, nodes, flow, step, visibleOnly]);
  useLayoutEffect(() => {
    last.current = given;
  });
  useEffect(() => {
    if (!given.waiting) return;
    // A message, not a frame: steps follow one another as soon as the main thread is free, and the
    // browser paints between them when a frame is due.
    let cancelled = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!cancelled) setStep((count) => count + 1);
    };
    channel.port2.postMessage(null);
    return () => {
      cancelled = true;
      channel.port1.close();
    };
  }, [given]);
  return useMemo(() => ({ nodes: given.nodes, edges: given.shown }), [given.nodes, given.shown]);
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
