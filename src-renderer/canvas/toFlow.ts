import { type Edge, MarkerType, type Node, type NodeHandle, Position as Side } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { plannedSize } from '../../src-shared/layout/nodeSize';
import type { ArgEdge, ArgNode, Position, Relation, Size } from '../../src-shared/model/map';
import type { NodeMark } from './nodeMarks';

/** `folded`: how many nodes the card's fold hides (its badge, "+12"), when it is folded. */
export type ArgFlowNode = Node<{ node: ArgNode; folded?: number }, ArgNode['kind']>;
export type ArgFlowEdge = Edge<{ relation: Relation }>;

/** The size a node is drawn at: as measured once drawn, else as layout plans it (stored, else estimated). */
export function drawnSize(node: ArgFlowNode): Size {
  const { measured } = node;
  return measured?.width && measured.height
    ? { width: measured.width, height: measured.height }
    : plannedSize(node.data.node);
}

/** Where a card's handles are (8 px squares centred on its top and bottom edges, as nodes.css draws them). */
const HANDLE = 8;
function plannedHandles({ width, height }: Size): NodeHandle[] {
  const x = width / 2 - HANDLE / 2;
  const box = { x, width: HANDLE, height: HANDLE };
  return [
    { type: 'source', position: Side.Top, y: -HANDLE / 2, ...box },
    { type: 'target', position: Side.Bottom, y: height - HANDLE / 2, ...box },
  ];
}

/**
 * What React Flow knows of a card's size. Once drawn, as measured. Before, the size layout planned for it,
 * with its handles where they will be: React Flow then needs to draw a card only when it comes into view
 * (with `onlyRenderVisibleElements`), rather than drawing every card once to measure it, and links to
 * cards not yet drawn run to the planned handles.
 */
function sizing(
  node: ArgNode,
  measured: Size | undefined,
): Pick<ArgFlowNode, 'measured' | 'initialWidth' | 'initialHeight' | 'handles'> {
  if (measured) return { measured };
  const planned = plannedSize(node);
  return { initialWidth: planned.width, initialHeight: planned.height, handles: plannedHandles(planned) };
}

export interface NodeView {
  selected: ReadonlySet<string>;
  /** Positions of nodes being dragged: transient until the drag ends and one move is committed. */
  dragging: ReadonlyMap<string, Position>;
  measured: ReadonlyMap<string, { width: number; height: number }>;
  /** While a search is open: the nodes it found (others fade). */
  highlighted: ReadonlySet<string> | null;
  /** What a mode shows on each card (comparing, assessing): a class, a strength, a verdict. */
  marks: ReadonlyMap<string, NodeMark> | null;
  /** Folded cards and how many nodes each hides (shown as a badge). */
  folded?: ReadonlyMap<string, number>;
  /** Where nodes are drawn instead of their place on the map (Focus on Claim lays a claim out on its own). */
  places?: ReadonlyMap<string, Position>;
}

/**
 * Derives React Flow nodes from the document. A node object is reused while its record, selection,
 * drag position and size are unchanged, so React Flow re-renders only the nodes that changed.
 */
export function createNodeDeriver() {
  let cache = new Map<string, { inputs: unknown[]; flow: ArgFlowNode }>();
  return (nodes: readonly ArgNode[], view: NodeView): ArgFlowNode[] => {
    const next = new Map<string, { inputs: unknown[]; flow: ArgFlowNode }>();
    const result = nodes.map((node) => {
      const selected = view.selected.has(node.id);
      const position = view.dragging.get(node.id) ?? view.places?.get(node.id) ?? node.position;
      const folded = view.folded?.get(node.id);
      const measured = view.measured.get(node.id);
      const found = view.highlighted ? (view.highlighted.has(node.id) ? 'is-match' : 'is-faded') : undefined;
      const mark = view.marks?.get(node.id);
      const className = found && mark ? `${found} ${mark.className}` : (found ?? mark?.className);
      const inputs = [node, selected, position, measured, className, mark?.strength, mark?.verdict, folded];
      const cached = cache.get(node.id);
      let flow: ArgFlowNode;
      if (cached?.inputs.every((input, i) => input === inputs[i])) flow = cached.flow;
      else {
        // A node that only moved keeps its data object, so its card (memoised on it) is not drawn again.
        const previous = cached?.flow.data;
        const data =
          previous && sameButPlace(previous.node, node) && previous.folded === folded
            ? previous
            : { node, ...(folded === undefined ? {} : { folded }) };
        flow = {
          id: node.id,
          type: node.kind,
          position,
          data,
          selected,
          ...sizing(node, measured),
          ...(className ? { className } : {}),
          ...markAttributes(mark),
        };
      }
      next.set(node.id, { inputs, flow });
      return flow;
    });
    cache = next;
    return result;
  };
}

/** A mode's strength bar and verdict, as a CSS variable and a data attribute the card's styles draw. */
export function markAttributes(mark: NodeMark | undefined): Pick<ArgFlowNode, 'style' | 'domAttributes'> {
  if (!mark) return {};
  const strength = mark.strength;
  return {
    ...(typeof strength === 'number' ? { style: { '--strength': String(strength) } as CSSProperties } : {}),
    ...(mark.verdict
      ? { domAttributes: { 'data-verdict': mark.verdict } as ArgFlowNode['domAttributes'] }
      : {}),
  };
}

/** Whether two versions of a node differ only in where it is (or its stored size): what a card does not show. */
function sameButPlace(a: ArgNode, b: ArgNode): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key === 'position' || key === 'size') continue;
    if (a[key as keyof ArgNode] !== b[key as keyof ArgNode]) return false;
  }
  return true;
}

const RELATION_COLOR: Record<Relation, string> = { supports: 'var(--supports)', opposes: 'var(--opposes)' };

function toFlowEdge(edge: ArgEdge, selected: boolean): ArgFlowEdge {
  return {
    id: edge.id,
    source: edge.from,
    target: edge.to,
    selected,
    className: `relation relation--${edge.relation}`,
    data: { relation: edge.relation },
    markerEnd: { type: MarkerType.ArrowClosed, color: RELATION_COLOR[edge.relation], width: 18, height: 18 },
    ariaLabel: `${edge.relation}`,
  };
}

export function toFlowEdges(edges: readonly ArgEdge[], selected: ReadonlySet<string>): ArgFlowEdge[] {
  return edges.map((edge) => toFlowEdge(edge, selected.has(edge.id)));
}

/**
 * Derives React Flow edges from the document, reusing an edge object while its record and selection
 * are unchanged: selecting one node must not re-render thousands of links.
 */
export function createEdgeDeriver() {
  let cache = new Map<string, { edge: ArgEdge; selected: boolean; flow: ArgFlowEdge }>();
  return (edges: readonly ArgEdge[], selected: ReadonlySet<string>): ArgFlowEdge[] => {
    const next = new Map<string, { edge: ArgEdge; selected: boolean; flow: ArgFlowEdge }>();
    const result = edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const cached = cache.get(edge.id);
      const flow =
        cached && cached.edge === edge && cached.selected === isSelected
          ? cached.flow
          : toFlowEdge(edge, isSelected);
      next.set(edge.id, { edge, selected: isSelected, flow });
      return flow;
    });
    cache = next;
    return result;
  };
}
