import { type Node, type NodeHandle, Position as Side } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { cardDescription, foldedNote, linkName } from '../../src-shared/a11y/names';
import { plannedSize } from '../../src-shared/layout/nodeSize';
import type { ArgEdge, ArgNode, Position, Relation, Size } from '../../src-shared/model/map';
import type { NodeMark } from './nodeMarks';

/** `folded`: how many nodes the card's fold hides (its badge, "+12"), when it is folded. */
export type ArgFlowNode = Node<{ node: ArgNode; folded?: number }, ArgNode['kind']>;
/** A link as the canvas draws it (see links/LinkLayer.tsx): its cards, relation, selection and name. */
export interface ArgFlowEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  selected: boolean;
  /** What a screen reader calls it ("Reason 1 supports The claim"). */
  ariaLabel: string;
}

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
  /** In Focus on Claim a badge counts the nodes below a reason rather than what a fold hides. */
  below?: boolean;
  /** Where nodes are drawn instead of their place on the map (Focus on Claim lays a claim out on its own). */
  places?: ReadonlyMap<string, Position>;
  /** What each node bears on, for screen readers ("supports: Reconciliation is possible"). */
  descriptions?: ReadonlyMap<string, string>;
  /** The one card Tab stops on (roving tabindex): the others are reached by the arrow keys. */
  tabStop?: string | null;
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
      // The badge is drawn for the eye only (a button inside an option would be lost to a screen reader):
      // what it says is part of the card's description.
      const description = cardDescription(
        view.descriptions?.get(node.id),
        folded ? foldedNote(folded, view.below) : undefined,
      );
      const tabStop = view.tabStop === node.id;
      const inputs = [
        node,
        selected,
        position,
        measured,
        className,
        mark?.strength,
        mark?.verdict,
        folded,
        description,
        tabStop,
      ];
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
          ...cardAccessibility({ selected, description, tabStop }, markAttributes(mark).domAttributes),
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

/**
 * A card as a screen reader meets it: an option of the map's node list, named by what it shows (its
 * kind, text and a quote's speaker: a label apart from the visible text would fail WCAG 2.5.3),
 * described by what it bears on, selected or not; only the tab stop takes Tab (roving tabindex).
 */
function cardAccessibility(
  card: { selected: boolean; description: string | undefined; tabStop: boolean },
  more: ArgFlowNode['domAttributes'],
): Pick<ArgFlowNode, 'ariaRole' | 'domAttributes'> {
  return {
    ariaRole: 'option',
    domAttributes: {
      ...more,
      tabIndex: card.tabStop ? 0 : -1,
      'aria-selected': card.selected,
      ...(card.description ? { 'aria-description': card.description } : {}),
    } as ArgFlowNode['domAttributes'],
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

type NodeLookup = (id: string) => ArgNode | undefined;

function toFlowEdge(edge: ArgEdge, selected: boolean, nodeOf: NodeLookup): ArgFlowEdge {
  return {
    id: edge.id,
    source: edge.from,
    target: edge.to,
    relation: edge.relation,
    selected,
    ariaLabel: linkName(edge, nodeOf(edge.from), nodeOf(edge.to)),
  };
}

const lookupIn = (nodes: readonly ArgNode[]): NodeLookup => {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return (id) => byId.get(id);
};

export function toFlowEdges(
  edges: readonly ArgEdge[],
  selected: ReadonlySet<string>,
  nodes: readonly ArgNode[] = [],
): ArgFlowEdge[] {
  const nodeOf = lookupIn(nodes);
  return edges.map((edge) => toFlowEdge(edge, selected.has(edge.id), nodeOf));
}

/**
 * Derives the canvas's links from the document, reusing a link's object while its record and selection
 * are unchanged: selecting one node must not draw thousands of links again.
 */
export function createEdgeDeriver() {
  type Cached = { edge: ArgEdge; selected: boolean; ends: [ArgNode?, ArgNode?]; flow: ArgFlowEdge };
  let cache = new Map<string, Cached>();
  return (edges: readonly ArgEdge[], selected: ReadonlySet<string>, nodes: readonly ArgNode[] = []) => {
    const next = new Map<string, Cached>();
    const nodeOf = lookupIn(nodes);
    const result = edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const cached = cache.get(edge.id);
      const [from, to] = [nodeOf(edge.from), nodeOf(edge.to)];
      // A link is named by its ends' texts: it is drawn again only when one of them is edited.
      const same =
        cached?.edge === edge &&
        cached.selected === isSelected &&
        (cached.ends[0] === from || cached.ends[0]?.text === from?.text) &&
        (cached.ends[1] === to || cached.ends[1]?.text === to?.text);
      const flow = same && cached ? cached.flow : toFlowEdge(edge, isSelected, nodeOf);
      next.set(edge.id, { edge, selected: isSelected, ends: [from, to], flow });
      return flow;
    });
    cache = next;
    return result;
  };
}
