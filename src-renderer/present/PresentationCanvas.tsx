import { ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { foldingOf } from '../../src-shared/fold/folding';
import type { ArgMap, Position } from '../../src-shared/model/map';
import type { PresenterState } from '../../src-shared/present/presenterState';
import { STEP_MARGINS, STEP_MAX_ZOOM, STEP_MIN_ZOOM } from '../../src-shared/present/stepFrame';
import type { PresentedStep } from '../../src-shared/present/stepPlan';
import { tourVisibility } from '../../src-shared/tour/visibility';
import { LinkLayer } from '../canvas/links/LinkLayer';
import { assessmentMarksOf } from '../canvas/nodeMarks';
import { nodeTypes } from '../canvas/nodeTypes';
import { type ArgFlowNode, markAttributes, toFlowEdges } from '../canvas/toFlow';
import { useMeasuredSizes } from '../canvas/useMeasuredSizes';

interface PresentationCanvasProps {
  map: ArgMap;
  state: PresenterState;
  /** The screen shown: a tour step, or a part of one, maybe in a layout of its own (see `planPresentation`). */
  presented: PresentedStep | undefined;
  /** Show what is not yet revealed, dimmed, instead of hiding it. */
  showAll: boolean;
  onPickNode(id: string): void;
}

const NO_SELECTION: ReadonlySet<string> = new Set();

/**
 * The map as the room sees it: the step's focus stands out, what was revealed earlier is dimmed, the
 * rest is hidden. Nothing here can change the document: no dragging, linking, selecting or editing.
 */
export function PresentationCanvas({ map, state, presented, showAll, onPickNode }: PresentationCanvasProps) {
  const flow = useReactFlow();
  const tourStep = presented?.tourStep ?? state.step;
  const stepShown = tourVisibility(map)[tourStep];
  const visibility = useMemo(
    () => (stepShown && presented ? { ...stepShown, focus: new Set(presented.focus) } : stepShown),
    [stepShown, presented],
  );
  const showAssessment = map.tour[tourStep]?.showAssessment === true;
  const ownLayout = state.overview ? null : (presented?.layout ?? null);
  const nodes = useMemo<ArgFlowNode[]>(() => {
    if (!visibility) return [];
    // A step too large to read where it lies on the map shows just its cards, in a layout of its own.
    if (ownLayout) return nodesOnTheirOwn(map, ownLayout, visibility.focus);
    // A step that shows the assessment draws each card's standing, as Assess mode does.
    const marks = showAssessment ? assessmentMarksOf(map) : null;
    // A step unfolds what it names: its nodes show even when folded away. Everything else folded stays hidden.
    const { hidden } = foldingOf(map);
    return map.nodes
      .filter((node) =>
        visibility.revealed.has(node.id) ? true : (state.overview || showAll) && !hidden.has(node.id),
      )
      .map((node) => ({
        id: node.id,
        type: node.kind,
        position: node.position,
        data: { node },
        draggable: false,
        selectable: false,
        connectable: false,
        className: `${
          state.overview
            ? ''
            : visibility.focus.has(node.id)
              ? 'is-focus'
              : visibility.revealed.has(node.id)
                ? 'is-dimmed'
                : 'is-unrevealed'
        } ${marks?.get(node.id)?.className ?? ''}`.trim(),
        ...markAttributes(marks?.get(node.id)),
      }));
  }, [map, visibility, state.overview, showAll, showAssessment, ownLayout]);
  const edges = useMemo(() => toFlowEdges(map.edges, NO_SELECTION, map.nodes), [map.edges, map.nodes]);
  // Links run between the cards as drawn, so they follow the sizes React Flow measures (the camera
  // follows the cards as given: a size reported must not move it again).
  const { measured, record: recordSizes } = useMeasuredSizes(false);
  const sized = useMemo(
    () =>
      nodes.map((node) => {
        const size = measured.get(node.id);
        return size ? { ...node, measured: size } : node;
      }),
    [nodes, measured],
  );

  // The camera follows the step: fit its focus (clear of the title and the progress line, never below
  // readable size), then apply the presenter's zoom.
  useEffect(() => {
    if (!visibility || nodes.length === 0) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const duration = reduceMotion ? 0 : 600;
    // A step in a layout of its own frames all it shows: the claims dimmed above its reasons fit too.
    const targets =
      state.overview || ownLayout ? nodes : nodes.filter((node) => visibility.focus.has(node.id));
    const px = (value: number) => `${value}px` as const;
    const fit = {
      nodes: (targets.length > 0 ? targets : nodes).map((node) => ({ id: node.id })),
      padding: state.overview
        ? 0.05
        : {
            top: px(STEP_MARGINS.top),
            bottom: px(STEP_MARGINS.bottom),
            left: px(STEP_MARGINS.left),
            right: px(STEP_MARGINS.right),
          },
      // A step's text never shrinks below readable: a focus too large to fit is shown from its middle.
      minZoom: state.overview ? undefined : STEP_MIN_ZOOM,
      maxZoom: STEP_MAX_ZOOM,
      duration,
    };
    void flow.fitView(fit).then(() => {
      if (state.zoom !== 1 && !state.overview)
        void flow.zoomTo(flow.getZoom() * state.zoom, { duration: reduceMotion ? 0 : 200 });
    });
  }, [flow, visibility, nodes, state.overview, state.zoom, ownLayout]);

  return (
    <ReactFlow<ArgFlowNode>
      nodes={nodes}
      nodeTypes={nodeTypes}
      onNodesChange={recordSizes}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
      disableKeyboardA11y
      minZoom={0.05}
      maxZoom={4}
      onNodeClick={(_event, node) => state.overview && onPickNode(node.id)}
      proOptions={{ hideAttribution: true }}
      aria-label="Presentation"
    >
      <LinkLayer nodes={sized} edges={edges} culls={false} />
    </ReactFlow>
  );
}

/** The cards of a step laid out on their own, where the step's plan put them: focus, or dimmed context. */
function nodesOnTheirOwn(
  map: ArgMap,
  layout: ReadonlyMap<string, Position>,
  focus: ReadonlySet<string>,
): ArgFlowNode[] {
  return map.nodes
    .filter((node) => layout.has(node.id))
    .map((node) => ({
      id: node.id,
      type: node.kind,
      position: layout.get(node.id) as Position,
      data: { node },
      draggable: false,
      selectable: false,
      connectable: false,
      className: focus.has(node.id) ? 'is-focus' : 'is-dimmed',
    }));
}
