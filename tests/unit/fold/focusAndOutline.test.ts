import { DEFAULT_EXPORT_OPTIONS } from '../../../src-shared/export/exportOptions';
import { exportScene } from '../../../src-shared/export/exportScene';
import { focusView } from '../../../src-shared/focus/focusView';
import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { outlineRows } from '../../../src-shared/outline/outlineRows';

/** The thesis t with reasons r0…r(n-1); r0 has reasons q0, q1 (q1 a quote). */
function map(n: number, collapsed: string[] = []): ArgMap {
  const ids = ['t', ...Array.from({ length: n }, (_, i) => `r${i}`), 'q0', 'q1'];
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: '',
    nodes: ids.map((id, i) => ({
      id,
      kind: id === 't' ? 'thesis' : id === 'q1' ? 'quote' : 'premise',
      text: `node ${id}`,
      position: { x: i * 300, y: id === 't' ? 0 : 200 },
      ...(id === 'q1' ? { quote: { speaker: 'Ada', direct: true } } : {}),
      ...(collapsed.includes(id) ? { collapsed: true } : {}),
    })),
    edges: ids.slice(1).map((id) => ({
      id: `e-${id}`,
      from: id,
      to: id.startsWith('q') ? 'r0' : 't',
      relation: 'supports' as const,
    })),
    tour: [],
  };
}

describe('Focus on Claim', () => {
  test('shows the claim and its reasons, the path up to the thesis, and what lies below each reason', () => {
    const view = focusView(map(3), 'r0', new Map());
    expect(view?.shown).toEqual(['r0', 'q0', 'q1']);
    expect(view?.path).toEqual(['t']);
    const top = focusView(map(3), 't', new Map());
    expect(top?.path).toEqual([]);
    expect(top?.below.get('r0')).toBe(2);
  });

  test('wraps many reasons into rows below the claim, none overlapping, to suit the frame', () => {
    const view = focusView(map(12), 't', new Map(), { width: 1280, height: 800 });
    const claim = view?.positions.get('t');
    const reasons = [...(view?.positions ?? [])].filter(([id]) => id.startsWith('r')).map(([, p]) => p);
    const rows = new Set(reasons.map((p) => p.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const p of reasons) expect(p.y).toBeGreaterThan(claim?.y ?? 0);
    const keys = reasons.map((p) => `${p.x},${p.y}`);
    expect(new Set(keys).size).toBe(reasons.length);
    const tall = focusView(map(12), 't', new Map(), { width: 400, height: 1600 });
    const tallRows = new Set(
      [...(tall?.positions ?? [])].filter(([id]) => id.startsWith('r')).map(([, p]) => p.y),
    );
    expect(tallRows.size).toBeGreaterThan(rows.size);
  });
});

describe('the outline', () => {
  test('lists the argument depth first with levels, places among siblings, and folds', () => {
    const rows = outlineRows(map(2));
    expect(rows.map((row) => `${row.node.id}:${row.level}`)).toEqual(['t:1', 'r0:2', 'q0:3', 'q1:3', 'r1:2']);
    const r0 = rows[1];
    expect(r0).toMatchObject({ parent: 't', position: 1, siblings: 2, hasReasons: true, expanded: true });
    const folded = outlineRows(map(2, ['r0']));
    expect(folded.map((row) => row.node.id)).toEqual(['t', 'r0', 'r1']);
    expect(folded[1]).toMatchObject({ hasReasons: true, expanded: false });
  });
});

describe('exporting a folded map', () => {
  const measure = (text: string) => text.length * 7;
  test('draws only what is in sight', () => {
    const scene = exportScene(map(2, ['r0']), DEFAULT_EXPORT_OPTIONS, measure);
    if ('refused' in scene) throw new Error(scene.refused);
    expect(scene.cards.map((card) => card.id).sort()).toEqual(['r0', 'r1', 't']);
  });
});
