import {
  drawnAsShape,
  farCardPaths,
  shapeAt,
  shapesWithin,
  withShapesHidden,
} from '../../../src-renderer/canvas/farCards';
import type { ArgFlowNode } from '../../../src-renderer/canvas/toFlow';
import type { ArgNode } from '../../../src-shared/model/map';

const card = (id: string, kind: ArgNode['kind'], x: number, y: number, more: Partial<ArgFlowNode> = {}) => {
  const node: ArgNode = { id, kind, text: `Node ${id}`, position: { x, y } };
  return {
    id,
    type: kind,
    position: node.position,
    data: { node },
    measured: { width: 200, height: 60 },
    domAttributes: { tabIndex: -1 },
    ...more,
  } as ArgFlowNode;
};

const thesis = card('t', 'thesis', 100, 0);
const left = card('a', 'premise', 0, 300);
const right = card('b', 'premise', 300, 300);
const quote = card('q', 'quote', 300.04, 500);

describe('cards seen from afar on a large map', () => {
  test('each card is a box in its kind’s path, as large as it is drawn', () => {
    const paths = farCardPaths([thesis, left, right, quote]);
    expect(paths.thesis).toBe('M100 0h200v60h-200z');
    expect(paths.premise).toBe('M0 300h200v60h-200zM300 300h200v60h-200z');
    expect(paths.quote).toBe('M300 500h200v60h-200z');
    expect(paths.counterpoint).toBeUndefined();
  });

  test('a card stays in the page when it is selected, edited, marked or the tab stop', () => {
    expect(drawnAsShape(left, null)).toBe(true);
    expect(drawnAsShape(card('s', 'premise', 0, 0, { selected: true }), null)).toBe(false);
    expect(drawnAsShape(left, 'a')).toBe(false);
    expect(drawnAsShape(card('m', 'premise', 0, 0, { className: 'is-match' }), null)).toBe(false);
    expect(drawnAsShape(card('s', 'premise', 0, 0, { domAttributes: { tabIndex: 0 } }), null)).toBe(false);
  });

  test('a point finds the card drawn on top of it, and nothing between cards', () => {
    const under = card('u', 'note', 350, 310);
    expect(shapeAt([thesis, left, right], { x: 150, y: 30 })?.id).toBe('t');
    expect(shapeAt([right, under], { x: 400, y: 330 })?.id).toBe('u');
    expect(shapeAt([thesis, left, right], { x: 250, y: 330 })).toBeUndefined();
  });

  test('a selection box takes only the cards wholly inside it', () => {
    const box = { x: -10, y: 290, width: 420, height: 80 };
    expect(shapesWithin([thesis, left, right], box).map((c) => c.id)).toEqual(['a']);
    expect(shapesWithin([thesis, left, right], { ...box, width: 520 }).map((c) => c.id)).toEqual(['a', 'b']);
  });

  test('cards drawn as shapes are hidden from React Flow, each as the same object from one call to the next', () => {
    const nodes = [thesis, left, right];
    const first = withShapesHidden(nodes, [left, right]);
    expect(first.map((node) => node.hidden ?? false)).toEqual([false, true, true]);
    expect(first[0]).toBe(thesis);
    const second = withShapesHidden(nodes, [left]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).toBe(right);
    expect(withShapesHidden(nodes, [])).toBe(nodes);
  });
});
