import { getBezierPath, Position } from '@xyflow/react';
import fc from 'fast-check';
import { LINK_PIECE, parseCubic } from '../../../src-renderer/canvas/linkPieces';
import { createLinkDrawer, curveBox } from '../../../src-renderer/canvas/links/drawnLinks';
import { type ArgFlowEdge, type ArgFlowNode, toFlowEdges } from '../../../src-renderer/canvas/toFlow';
import type { ArgEdge, ArgNode } from '../../../src-shared/model/map';

const record = (id: string, x: number, y: number): ArgNode => ({
  id,
  kind: id === 't' ? 'thesis' : 'premise',
  text: `Node ${id}`,
  position: { x, y },
});
const card = (node: ArgNode, width = 200, height = 60): ArgFlowNode => ({
  id: node.id,
  type: node.kind,
  position: node.position,
  data: { node },
  measured: { width, height },
});

const RECORDS = [record('t', 100, 0), record('p', 0, 300), record('c', 400, 300)];
const ARG_EDGES: ArgEdge[] = [
  { id: 'e1', from: 'p', to: 't', relation: 'supports' },
  { id: 'e2', from: 'c', to: 't', relation: 'opposes' },
];
const CARDS = RECORDS.map((node) => card(node));
const EDGES: ArgFlowEdge[] = toFlowEdges(ARG_EDGES, new Set(['e2']), RECORDS);

const ends = (d: string) => {
  const curve = parseCubic(d);
  if (!curve) throw new Error(`not one curve: ${d}`);
  return [curve[0], curve[1], curve[6], curve[7]];
};

describe('links as the link layer draws them', () => {
  test('a link runs from the centre of the reason’s top handle to the centre of the claim’s bottom handle', () => {
    const [supports] = createLinkDrawer()(CARDS, EDGES, null);
    // Handles are 8 px squares centred on the cards' edges: their centres lie 4 px outside.
    expect(ends(supports?.pieces[0]?.d ?? '')).toEqual([100, 296, 200, 64]);
  });

  test('each link carries its relation, its selection and its name', () => {
    const [supports, opposes] = createLinkDrawer()(CARDS, EDGES, null);
    expect(supports).toMatchObject({ id: 'e1', relation: 'supports', selected: false });
    expect(opposes).toMatchObject({ id: 'e2', relation: 'opposes', selected: true });
    expect(opposes?.label).toBe(EDGES[1]?.ariaLabel);
    expect(opposes?.label).toContain('Node c');
  });

  test('a link whose record and ends are unchanged is the same object from one drawing to the next', () => {
    const draw = createLinkDrawer();
    const [first, second] = draw(CARDS, EDGES, null);
    // The claim is selected (a new card object), and a reason moves.
    const moved = [
      { ...CARDS[0], selected: true } as ArgFlowNode,
      CARDS[1] as ArgFlowNode,
      card(record('c', 420, 300)),
    ];
    const [again, redrawn] = draw(moved, EDGES, null);
    expect(again).toBe(first);
    expect(redrawn).not.toBe(second);
    expect(ends(redrawn?.pieces[0]?.d ?? '')[0]).toBe(520);
  });

  test('a link is drawn again when its record changes (selected), though its ends do not', () => {
    const draw = createLinkDrawer();
    const [first] = draw(CARDS, EDGES, null);
    const [selected] = draw(CARDS, toFlowEdges(ARG_EDGES, new Set(['e1']), RECORDS), null);
    expect(selected).not.toBe(first);
    expect(selected?.selected).toBe(true);
  });

  test('a card not given leaves its links out', () => {
    const links = createLinkDrawer()(CARDS.slice(0, 2), EDGES, null);
    expect(links.map((link) => link.id)).toEqual(['e1']);
  });

  test('a long link is cut into pieces, each beginning where the last ends', () => {
    const far = [card(record('t', 0, 0)), card(record('p', 6000, 2000))];
    const [link] = createLinkDrawer()(far, EDGES.slice(0, 1), null);
    const pieces = link?.pieces ?? [];
    expect(pieces.length).toBeGreaterThan(Math.floor(6000 / LINK_PIECE));
    for (let i = 1; i < pieces.length; i++)
      expect(ends(pieces[i]?.d ?? '').slice(0, 2)).toEqual(ends(pieces[i - 1]?.d ?? '').slice(2));
  });

  test('links that cannot cross the region are left out; a long one that crosses it is drawn though its ends lie outside', () => {
    const cards = [
      card(record('t', 0, 0)),
      card(record('near', 100, 300)),
      card(record('far', 9000, 9000)),
      card(record('across', -5000, 3000)),
    ];
    const edges = toFlowEdges(
      [
        { id: 'near', from: 'near', to: 't', relation: 'supports' },
        { id: 'far', from: 'far', to: 'far', relation: 'supports' },
        { id: 'across', from: 'across', to: 'far', relation: 'supports' },
      ],
      new Set(),
      [],
    );
    const region = { left: -500, top: -500, right: 1500, bottom: 1000 };
    expect(createLinkDrawer()(cards, edges, region).map((link) => link.id)).toEqual(['near']);
    const band = { left: -500, top: 4000, right: 9000, bottom: 4500 };
    expect(createLinkDrawer()(cards, edges, band).map((link) => link.id)).toEqual(['across']);
  });
});

describe('the box a link’s curve stays within', () => {
  test('holds the control points of React Flow’s curve between any two ends', () => {
    const coordinate = fc.integer({ min: -20_000, max: 20_000 });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (sx, sy, tx, ty) => {
        const [path] = getBezierPath({
          sourceX: sx,
          sourceY: sy,
          sourcePosition: Position.Top,
          targetX: tx,
          targetY: ty,
          targetPosition: Position.Bottom,
        });
        const curve = parseCubic(path);
        expect(curve).not.toBeNull();
        const box = curveBox([sx, sy, tx, ty]);
        for (let i = 0; i < 8; i += 2) {
          const [x, y] = [curve?.[i] ?? Number.NaN, curve?.[i + 1] ?? Number.NaN];
          expect(x).toBeGreaterThanOrEqual(box.left - 0.01);
          expect(x).toBeLessThanOrEqual(box.right + 0.01);
          expect(y).toBeGreaterThanOrEqual(box.top - 0.01);
          expect(y).toBeLessThanOrEqual(box.bottom + 0.01);
        }
      }),
    );
  });
});
