import type { NodeKind } from '../../src-shared/model/map';
import { type ArgFlowNode, drawnSize } from './toFlow';

/**
 * A large map zoomed out past reading draws most of its cards as shapes in one path per kind rather than
 * as an element each. Panning a fitted map of 5,000 cards spent most of each frame on the cards' elements
 * (hit testing, layerizing, resize observers; the browser's own work, not the app's): with them out of
 * the page the frame is the path's, whatever the number of cards.
 *
 * A card stays an element when something about it must be seen or reached: selected, being edited,
 * marked (found by a search, compared, assessed), or the card Tab stops on.
 */
export function drawnAsShape(node: ArgFlowNode, editingId: string | null): boolean {
  if (node.selected || node.className || node.id === editingId) return false;
  return (node.domAttributes as { tabIndex?: number } | undefined)?.tabIndex !== 0;
}

/** The shapes of `cards`, one path of boxes per kind, in the canvas's own coordinates. */
export function farCardPaths(cards: readonly ArgFlowNode[]): Partial<Record<NodeKind, string>> {
  const parts: Partial<Record<NodeKind, string[]>> = {};
  for (const card of cards) {
    const kind = card.data.node.kind;
    const list = parts[kind];
    if (list) list.push(box(card));
    else parts[kind] = [box(card)];
  }
  const paths: Partial<Record<NodeKind, string>> = {};
  for (const [kind, rects] of Object.entries(parts) as [NodeKind, string[]][]) paths[kind] = rects.join('');
  return paths;
}

/** A card's box. Square corners: a rounded card is under 3 px from its box at this distance, and arcs
 * cost the painter several times what straight sides do. */
function box(card: ArgFlowNode): string {
  const { x, y } = card.position;
  const { width, height } = drawnSize(card);
  return `M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${round(-width)}z`;
}

/** The card drawn on top at `point` (canvas coordinates): the last in drawing order whose box holds it. */
export function shapeAt(
  cards: readonly ArgFlowNode[],
  point: { x: number; y: number },
): ArgFlowNode | undefined {
  for (let i = cards.length - 1; i >= 0; i--) {
    const card = cards[i] as ArgFlowNode;
    const { width, height } = drawnSize(card);
    const { x, y } = card.position;
    if (point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height) return card;
  }
  return undefined;
}

/** The cards wholly inside `rect` (canvas coordinates), as React Flow's selection box takes cards. */
export function shapesWithin(
  cards: readonly ArgFlowNode[],
  rect: { x: number; y: number; width: number; height: number },
): ArgFlowNode[] {
  return cards.filter((card) => {
    const { width, height } = drawnSize(card);
    const { x, y } = card.position;
    return (
      x >= rect.x && y >= rect.y && x + width <= rect.x + rect.width && y + height <= rect.y + rect.height
    );
  });
}

const round = (value: number) => Math.round(value * 10) / 10;

const hiddenCopies = new WeakMap<ArgFlowNode, ArgFlowNode>();

/**
 * `nodes` with those drawn as shapes hidden from React Flow (it then neither draws nor measures them).
 * Each hidden copy is made once per node object, so React Flow meets the same object while its card is
 * unchanged, as it does with the nodes toFlow.ts derives.
 */
export function withShapesHidden(nodes: ArgFlowNode[], shapes: readonly ArgFlowNode[]): ArgFlowNode[] {
  if (shapes.length === 0) return nodes;
  const hide = new Set(shapes);
  return nodes.map((node) => {
    if (!hide.has(node)) return node;
    let copy = hiddenCopies.get(node);
    if (!copy) {
      copy = { ...node, hidden: true };
      hiddenCopies.set(node, copy);
    }
    return copy;
  });
}
