import { type NodeChange, ReactFlow, type ReactFlowInstance, useStore } from '@xyflow/react';
import { type MouseEvent, useCallback, useMemo, useRef, useState } from 'react';
import { nodeDescriptions } from '../../src-shared/a11y/names';
import { inMapOrder } from '../../src-shared/a11y/order';
import { visiblePart } from '../../src-shared/fold/folding';
import type { ArgNode, Position } from '../../src-shared/model/map';
import { moveNodes } from '../../src-shared/ops/nodeOps';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { CanvasDots } from './CanvasDots';
import { canvasBounds, MAX_ZOOM, minZoomFor } from './camera';
import { selectionAfterClick } from './clickSelection';
import { FarCanvas } from './FarCanvas';
import { FarLinks } from './FarLinks';
import { drawnAsShape, farCardPaths, withShapesHidden } from './farCards';
import { farLinkPaths } from './farLinks';
import { findHighlight } from './findHighlight';
import { initialView } from './initialView';
import { LinkLayer } from './links/LinkLayer';
import { MapKeys } from './MapKeys';
import { nodeMarks } from './nodeMarks';
import { useFarZoom } from './nodes/farZoom';
import { nodeTypes } from './nodeTypes';
import { MapOverview } from './overview/MapOverview';
import { type ArgFlowNode, createEdgeDeriver, createNodeDeriver } from './toFlow';
import { useCanvasGestures } from './useCanvasGestures';
import { MAP_KEYS_ID, useCardFocus } from './useCardFocus';
import { useFarCardGestures } from './useFarCardGestures';
import { useMeasuredSizes } from './useMeasuredSizes';
import { useSelectionInSight } from './useSelectionInSight';
import { useShownMap } from './useShownMap';
import { useSimplifiedLinks } from './useSimplifiedLinks';
import { drawsVisibleOnly } from './visibleOnly';
import { ZoomControls } from './ZoomControls';

const NO_SHAPES: ArgFlowNode[] = [];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const SNAP_GRID: [number, number] = [12, 12];

/** The map on a React Flow canvas. The document is the truth; the canvas shows it and reports gestures. */
export function MapCanvas() {
  const store = useEditorStore();
  const selectedIds = useEditor((state) => state.selectedIds);
  const snapToGrid = useEditor((state) => state.snapToGrid);
  const theme = useEditor((state) => state.theme);
  const editingId = useEditor((state) => state.editingId);
  const highlighted = useEditor(findHighlight);
  const marks = useEditor(nodeMarks);
  const { onConnect, onConnectEnd, onDoubleClick } = useCanvasGestures(store);
  const [dragging, setDragging] = useState<ReadonlyMap<string, Position>>(new Map());
  const deriveNodes = useRef(createNodeDeriver()).current;
  const deriveEdges = useRef(createEdgeDeriver()).current;
  const simplified = useSimplifiedLinks();
  const { measured, record: recordSizes } = useMeasuredSizes(simplified.on);
  const far = useFarZoom();
  const container = useRef<HTMLDivElement>(null);
  useSelectionInSight();
  useCardFocus(container);
  // The canvas remounts for each new document, so this is where each document opens, framed for the canvas's own size.
  const onInit = useCallback(
    (flow: ReactFlowInstance<ArgFlowNode>) => {
      const bounds = container.current?.getBoundingClientRect();
      const size = {
        width: bounds?.width || window.innerWidth,
        height: bounds?.height || window.innerHeight,
      };
      void flow.setViewport(initialView(visiblePart(store.getState().map), size));
    },
    [store],
  );

  const shown = useShownMap();
  const map = useEditor((state) => state.map);
  const totalNodes = map.nodes.length;
  // Cards in the outline's order, so a screen reader walks them as it reads the outline.
  const ordered = useMemo(() => inMapOrder(map, shown.nodes), [map, shown.nodes]);
  const descriptions = nodeDescriptions(map);
  const tabStop = tabStopOf(ordered, selectedIds);
  const nodes = useMemo(
    () =>
      deriveNodes(ordered, {
        selected: selectedIds,
        dragging,
        measured,
        highlighted,
        marks,
        descriptions,
        tabStop,
        ...shown.view,
      }),
    [
      deriveNodes,
      ordered,
      shown.view,
      selectedIds,
      dragging,
      measured,
      highlighted,
      marks,
      descriptions,
      tabStop,
    ],
  );
  const edges = useMemo(
    () => deriveEdges(shown.edges, selectedIds, shown.nodes),
    [deriveEdges, shown.edges, selectedIds, shown.nodes],
  );
  const visibleOnly = drawsVisibleOnly(totalNodes);
  // A large map from afar is painted (FarCanvas); a small one keeps every card in the page.
  const painted = far && visibleOnly;
  const shapes = useMemo(
    () => (painted ? nodes.filter((node) => drawnAsShape(node, editingId)) : NO_SHAPES),
    [painted, nodes, editingId],
  );
  const cardPaths = useMemo(() => farCardPaths(shapes), [shapes]);
  const linkPaths = useMemo(
    () => (painted ? farLinkPaths(nodes, shown.edges, selectedIds) : null),
    [painted, nodes, shown.edges, selectedIds],
  );
  const flowNodes = useMemo(() => withShapesHidden(nodes, shapes), [nodes, shapes]);
  const farGestures = useFarCardGestures(store, shapes);
  const onCanvasDoubleClick = useCallback(
    (event: MouseEvent) => {
      const card = farGestures.shapeUnder(event);
      if (card) store.getState().startEditing(card.id);
      else onDoubleClick(event);
    },
    [farGestures, store, onDoubleClick],
  );
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  // Whatever the map's size, zooming out reaches the zoom at which it fits whole.
  const minZoom = minZoomFor(canvasBounds(nodes), { width, height });

  // Selection is view state: React Flow reports it as changes, the store keeps it, history never sees it.
  const onSelect = useCallback(
    (changes: readonly NodeChange[]) => {
      const picks = changes.filter((change) => change.type === 'select');
      if (picks.length === 0) return;
      const next = new Set(store.getState().selectedIds);
      for (const change of picks)
        if (change.type === 'select') change.selected ? next.add(change.id) : next.delete(change.id);
      store.getState().select(next);
    },
    [store],
  );

  // Links are drawn by the canvas's own layer (see links/LinkLayer.tsx), so what React Flow does for
  // its links is done here: a click picks one (with Shift, Ctrl or ⌘ adds or takes it away), a click on
  // the pane lets all go, and the selection box takes the links of the cards it takes.
  const onPickLink = useCallback(
    (id: string, adding: boolean) => {
      const { selectedIds: selected, select } = store.getState();
      select(selectionAfterClick(selected, id, adding));
    },
    [store],
  );
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      store.getState().select(new Set());
      farGestures.onPaneClick(event);
    },
    [store, farGestures],
  );
  const onSelectionEnd = useCallback(() => {
    const { selectedIds: selected, select } = store.getState();
    const cards = shown.nodes.filter((node) => selected.has(node.id)).map((node) => node.id);
    const links = shown.edges.filter((edge) => selected.has(edge.from) || selected.has(edge.to));
    select([...cards, ...links.map((edge) => edge.id)]);
    farGestures.onSelectionEnd();
  }, [store, shown, farGestures]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ArgFlowNode>[]) => {
      onSelect(changes);
      recordSizes(changes);
      const moves = changes.filter((change) => change.type === 'position');
      if (moves.length === 0) return;
      const stillDragging = moves.some((change) => change.type === 'position' && change.dragging);
      setDragging((previous) => {
        const next = new Map(previous);
        for (const change of moves)
          if (change.type === 'position' && change.position) next.set(change.id, change.position);
        if (!stillDragging) {
          // The drag is over: the whole gesture becomes one move in the document's history.
          const { map: current, commit } = store.getState();
          commit(moveNodes(current, { moves: [...next].map(([id, position]) => ({ id, position })) }));
          return new Map();
        }
        return next;
      });
    },
    [store, onSelect, recordSizes],
  );

  const onNodeDoubleClick = useCallback(
    (_event: unknown, node: ArgFlowNode) => store.getState().startEditing(node.id),
    [store],
  );

  return (
    <ReactFlow<ArgFlowNode>
      nodes={flowNodes}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeDoubleClick={onNodeDoubleClick}
      onMoveStart={simplified.start}
      onMoveEnd={simplified.end}
      onNodeDragStart={simplified.start}
      onNodeDragStop={simplified.end}
      className={simplified.on ? 'links-simplified' : undefined}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      onDoubleClick={onCanvasDoubleClick}
      onPaneClick={onPaneClick}
      onSelectionEnd={onSelectionEnd}
      zoomOnDoubleClick={false}
      // Keys are the action registry's: Delete, arrows and Tab are commands there.
      deleteKeyCode={null}
      disableKeyboardA11y
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      selectionKeyCode="Shift"
      snapToGrid={snapToGrid}
      colorMode={theme}
      snapGrid={SNAP_GRID}
      ref={container}
      onInit={onInit}
      // By the whole map's size, not what folding shows: were it to flip as a fold hides or shows a large
      // branch, React Flow would take the new setting before the new nodes and draw every old node once.
      onlyRenderVisibleElements={visibleOnly}
      // In focus, the claim and its reasons are laid out for the moment: they are read, not arranged.
      nodesDraggable={!shown.focus}
      minZoom={minZoom}
      maxZoom={MAX_ZOOM}
      proOptions={{ hideAttribution: true }}
      aria-label="Argument map"
      aria-describedby={MAP_KEYS_ID}
    >
      <MapKeys />
      {/* React Flow draws no links: LinkLayer does, and from afar FarLinks (or FarCanvas paints them). */}
      {!far && <LinkLayer nodes={flowNodes} edges={edges} culls={visibleOnly} onPick={onPickLink} />}
      {far && !painted && <FarLinks nodes={nodes} edges={shown.edges} selected={selectedIds} />}
      <CanvasDots />
      {linkPaths && (
        <FarCanvas cards={cardPaths} links={linkPaths} bounds={canvasBounds(nodes)} theme={theme} />
      )}
      <MapOverview nodes={nodes} theme={theme} />
      <ZoomControls />
    </ReactFlow>
  );
}

/** The card Tab stops on: the first selected card, else the first in reading order (the thesis). */
function tabStopOf(nodes: readonly ArgNode[], selected: ReadonlySet<string>): string | null {
  return (nodes.find((node) => selected.has(node.id)) ?? nodes[0])?.id ?? null;
}
