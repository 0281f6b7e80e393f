import { ReactFlow } from '@xyflow/react';
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { nodeDescriptions } from '../../src-shared/a11y/names';
import { mapOrder } from '../../src-shared/a11y/order';
import { LinkLayer } from '../canvas/links/LinkLayer';
import type { NodeMark } from '../canvas/nodeMarks';
import { nodeTypes } from '../canvas/nodeTypes';
import { type ArgFlowNode, createNodeDeriver, toFlowEdges } from '../canvas/toFlow';
import { useMeasuredSizes } from '../canvas/useMeasuredSizes';
import { useEditor } from '../store/EditorContext';

const NO_MOVES = new Map();
const NO_SELECTION: ReadonlySet<string> = new Set();

/** Keys that step through the cards in reading order, as the map's own cards do. */
const STEPS: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowRight: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_at, count) => count - 1,
};

interface ComparedMapCanvasProps {
  /** Each card's standing in the comparison: matched, different or extra. */
  marks: ReadonlyMap<string, NodeMark> | null;
  /** A card was chosen (click, or arrows and Enter): select it and its counterpart. */
  onPick(id: string): void;
}

/**
 * The other map, drawn as the app draws any map, where its author put its nodes; read only: nothing can
 * be dragged, linked or edited. Its cards are one list: Tab stops on the selected one, arrows move on.
 */
export function ComparedMapCanvas({ marks, onPick }: ComparedMapCanvasProps) {
  const map = useEditor((state) => state.map);
  const selected = useEditor((state) => state.selectedIds);
  const container = useRef<HTMLDivElement>(null);
  const deriveNodes = useMemo(createNodeDeriver, []);
  // Cards as React Flow measured them, kept as the map's canvas keeps them: its nodes are controlled.
  const { measured, record: onNodesChange } = useMeasuredSizes(false);
  const order = useMemo(() => mapOrder(map), [map]);
  const descriptions = useMemo(() => nodeDescriptions(map), [map]);
  const tabStop = order.find((id) => selected.has(id)) ?? order[0] ?? null;
  const nodes = useMemo(
    () =>
      deriveNodes(map.nodes, {
        selected,
        dragging: NO_MOVES,
        measured,
        highlighted: null,
        marks,
        descriptions,
        tabStop,
      }),
    [deriveNodes, map.nodes, selected, measured, marks, descriptions, tabStop],
  );
  const edges = useMemo(() => toFlowEdges(map.edges, NO_SELECTION, map.nodes), [map]);

  useEffect(() => {
    const list = container.current?.querySelector('.react-flow__nodes');
    list?.setAttribute('role', 'listbox');
    list?.setAttribute('aria-label', 'Nodes of the compared map');
  });

  // Focus follows the selection when it is already in this pane (arrows), never taking it from elsewhere.
  useEffect(() => {
    const root = container.current;
    if (!tabStop || !root?.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(tabStop)}"]`)?.focus();
  }, [tabStop]);

  const onKeyDown = (event: KeyboardEvent) => {
    const card = (event.target as Element).closest('.react-flow__node');
    const id = card?.getAttribute('data-id');
    if (!id) return;
    const step = STEPS[event.key];
    if (step) {
      const next = order[step(order.indexOf(id), order.length)];
      if (next) onPick(next);
    } else if (event.key === 'Enter' || event.key === ' ') onPick(id);
    else return;
    event.preventDefault();
  };

  return (
    <ReactFlow<ArgFlowNode>
      ref={container}
      nodes={nodes}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
      disableKeyboardA11y
      onNodeClick={(_event, node) => onPick(node.id)}
      onKeyDown={onKeyDown}
      fitView
      minZoom={0.05}
      maxZoom={2}
      proOptions={{ hideAttribution: true }}
      aria-label="Compared map"
    >
      <LinkLayer nodes={nodes} edges={edges} culls={false} />
    </ReactFlow>
  );
}
