import { LINK_PIECE, parseCubic } from '../../../src-renderer/canvas/linkPieces';
import { createLinkDrawer } from '../../../src-renderer/canvas/links/drawnLinks';
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
    const [supports] = createLinkDrawer()(CARDS, EDGES);
    // Handles are 8 px squares centred on the cards' edges: their centres lie 4 px outside.
    expect(ends(supports?.pieces[0]?.d ?? '')).toEqual([100, 296, 200, 64]);
  });

  test('each link carries its relation, its selection and its name', () => {
    const [supports, opposes] = createLinkDrawer()(CARDS, EDGES);
    expect(supports).toMatchObject({ id: 'e1', relation: 'supports', selected: false });
    expect(opposes).toMatchObject({ id: 'e2', relation: 'opposes', selected: true });
    expect(opposes?.label).toBe(EDGES[1]?.ariaLabel);
    expect(opposes?.label).toContain('Node c');
  });

  test('a link whose record and ends are unchanged is the same object from one drawing to the next', () => {
    const draw = createLinkDrawer();
    const [first, second] = draw(CARDS, EDGES);
    // The claim is selected (a new card object), and a reason moves.
    const moved = [
      { ...CARDS[0], selected: true } as ArgFlowNode,
      CARDS[1] as ArgFlowNode,
      card(record('c', 420, 300)),
    ];
    const [again, redrawn] = draw(moved, EDGES);
    expect(again).toBe(first);
    expect(redrawn).not.toBe(second);
    expect(ends(redrawn?.pieces[0]?.d ?? '')[0]).toBe(520);
  });

  test('a link is drawn again when its record changes (selected), though its ends do not', () => {
    const draw = createLinkDrawer();
    const [first] = draw(CARDS, EDGES);
    const [selected] = draw(CARDS, toFlowEdges(ARG_EDGES, new Set(['e1']), RECORDS));
    expect(selected).not.toBe(first);
    expect(selected?.selected).toBe(true);
  });

  test('a card not given leaves its links out', () => {
    const links = createLinkDrawer()(CARDS.slice(0, 2), EDGES);
    expect(links.map((link) => link.id)).toEqual(['e1']);
  });

  test('a long link is cut into pieces, each beginning where the last ends', () => {
    const far = [card(record('t', 0, 0)), card(record('p', 6000, 2000))];
    const [link] = createLinkDrawer()(far, EDGES.slice(0, 1));
    const pieces = link?.pieces ?? [];
    expect(pieces.length).toBeGreaterThan(Math.floor(6000 / LINK_PIECE));
    for (let i = 1; i < pieces.length; i++)
      expect(ends(pieces[i]?.d ?? '').slice(0, 2)).toEqual(ends(pieces[i - 1]?.d ?? '').slice(2));
  });
});
