import { describeFolding, foldingOf, visiblePart } from '../../../src-shared/fold/folding';
import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../../src-shared/ops/change';
import { collapseToLevel, expandAll, levelsOf, setCollapsed } from '../../../src-shared/ops/foldOps';

/** A map from "reason>claim" links; every node a premise at x = its order. */
function mapOf(links: string[], collapsed: string[] = []): ArgMap {
  const ids = [...new Set(links.flatMap((link) => link.split('>').reverse()))];
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: '',
    nodes: ids.map((id, i) => ({
      id,
      kind: i === 0 ? 'thesis' : 'premise',
      text: id,
      position: { x: i * 300, y: 0 },
      ...(collapsed.includes(id) ? { collapsed: true } : {}),
    })),
    edges: links.map((link, i) => {
      const [from, to] = link.split('>') as [string, string];
      return { id: `e${i}`, from, to, relation: 'supports' as const };
    }),
    tour: [],
  };
}

// t ← a ← (a1 ← a11, a2);  t ← b ← b1
const tree = ['a>t', 'a1>a', 'a11>a1', 'a2>a', 'b>t', 'b1>b'];

describe('folding a claim', () => {
  test('hides every reason below it and counts them on its card', () => {
    const folding = foldingOf(mapOf(tree, ['a']));
    expect([...folding.hidden].sort()).toEqual(['a1', 'a11', 'a2']);
    expect(folding.hiddenBelow.get('a')).toBe(3);
  });

  test('a reason held also by a shown, unfolded claim stays in sight', () => {
    const folding = foldingOf(mapOf([...tree, 'a2>b'], ['a']));
    expect(folding.hidden.has('a2')).toBe(false);
    expect([...folding.hidden].sort()).toEqual(['a1', 'a11']);
  });

  test('a fold inside a fold is hidden, and the outer card counts everything beneath it', () => {
    const folding = foldingOf(mapOf(tree, ['a', 'a1']));
    expect(folding.hidden.has('a1')).toBe(true);
    expect(folding.hiddenBelow.get('a')).toBe(3);
    expect(folding.hiddenBelow.has('a1')).toBe(false);
  });

  test('a claim without reasons folds nothing, and a cycle never hides its own fold', () => {
    expect(foldingOf(mapOf(tree, ['b1'])).hidden.size).toBe(0);
    const cycle = foldingOf(mapOf(['x>y', 'y>x'], ['x']));
    expect([...cycle.hidden]).toEqual(['y']);
  });

  test('the visible part drops hidden nodes and their links, and says what is folded', () => {
    const map = mapOf(tree, ['a', 'b']);
    const visible = visiblePart(map);
    expect(visible.nodes.map((node) => node.id)).toEqual(['t', 'a', 'b']);
    expect(visible.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['a>t', 'b>t']);
    expect(describeFolding(map)).toBe('2 branches folded (4 nodes hidden)');
    expect(describeFolding(mapOf(tree))).toBeNull();
    expect(visiblePart(mapOf(tree)).nodes).toHaveLength(7);
  });
});

describe('fold operations', () => {
  const roundTrip = (map: ArgMap, change: Change | null) => {
    expect(change).not.toBeNull();
    const after = applyChange(map, change as Change);
    expect(applyChange(after, invertChange(change as Change))).toEqual(map);
    return after;
  };

  test('collapse and expand are undoable, and expanding clears the field', () => {
    const map = mapOf(tree);
    const folded = roundTrip(map, setCollapsed(map, { ids: ['a', 'b1'], collapsed: true }));
    expect(folded.nodes.find((node) => node.id === 'a')?.collapsed).toBe(true);
    expect(folded.nodes.find((node) => node.id === 'b1')?.collapsed).toBeUndefined();
    const open = roundTrip(folded, setCollapsed(folded, { ids: ['a'], collapsed: false }));
    expect(open).toEqual(map);
    expect(setCollapsed(map, { ids: ['a'], collapsed: false })).toBeNull();
  });

  test('levels count from the top claims', () => {
    expect(Object.fromEntries(levelsOf(mapOf(tree)))).toEqual({
      t: 0,
      a: 1,
      a1: 2,
      a11: 3,
      a2: 2,
      b: 1,
      b1: 2,
    });
  });

  test('collapse to level n keeps n levels of reasons in sight', () => {
    const map = mapOf(tree, ['t']);
    const one = roundTrip(map, collapseToLevel(map, { level: 1 }));
    expect([...foldingOf(one).hidden].sort()).toEqual(['a1', 'a11', 'a2', 'b1']);
    const two = roundTrip(one, collapseToLevel(one, { level: 2 }));
    expect([...foldingOf(two).hidden]).toEqual(['a11']);
    expect(collapseToLevel(two, { level: 2 })).toBeNull();
    const all = roundTrip(two, expandAll(two));
    expect(all.nodes.some((node) => node.collapsed)).toBe(false);
  });

  test('folding a claim with 1,000 reasons leaves one card and a badge of 1,000', () => {
    const links = Array.from({ length: 1000 }, (_, i) => `r${i}>t`);
    const map = mapOf(links);
    const folded = applyChange(map, setCollapsed(map, { ids: ['t'], collapsed: true }) as Change);
    expect(visiblePart(folded).nodes).toHaveLength(1);
    expect(foldingOf(folded).hiddenBelow.get('t')).toBe(1000);
  });
});
