import { nextEdit, representativeEdits } from '../../../bench/edits';
import { generateArgument } from '../../../bench/generateMap';
import { appliesTo, type Goal, goalNote, verdict } from '../../../bench/goals';
import { splitTasks } from '../../../bench/layout';
import { scatteredMap } from '../../../bench/layoutInApp';
import { formatMs } from '../../../bench/measure';
import { seededRandom } from '../../../bench/random';
import { sizesFor } from '../../../bench/section';
import { applyChange } from '../../../src-shared/ops/change';
import { emptyHistory, record, undo } from '../../../src-shared/ops/history';

const OPEN: Goal = { text: '< 200 ms', limit: 200, nodes: 5000, format: formatMs };
const TASK: Goal = { text: '≤ 50 ms', limit: 50, bound: 'atMost', format: formatMs };

describe('goal verdicts', () => {
  it('says how much was to spare when a goal is met', () => {
    expect(verdict(OPEN, 57.2, 5000)).toBe('met (143 ms to spare)');
  });

  it('says by how much, and how many times the goal, when it is missed', () => {
    expect(verdict(OPEN, 260, 5000)).toBe('missed by 60.0 ms (1.3× the goal)');
    expect(verdict(OPEN, 4200, 5000)).toBe('missed by 4.00 s (21× the goal)');
  });

  it('holds smaller maps to a goal set for a larger one, and sets none for larger maps', () => {
    expect(appliesTo(OPEN, 100)).toBe(true);
    expect(verdict(OPEN, 10, 100)).toBe('met (190 ms to spare)');
    expect(verdict(OPEN, 10, 10_000)).toBe('no goal above 5,000 nodes');
  });

  it('lets an "at most" goal equal its limit, and an "under" goal not', () => {
    expect(verdict(TASK, 50)).toBe('met (0.0 ms to spare)');
    expect(verdict(OPEN, 200, 5000)).toBe('missed by 0.0 ms (1.0× the goal)');
  });

  it('shows a dash for a figure that was not measured', () => {
    expect(verdict(OPEN, undefined, 5000)).toBe('—');
    expect(goalNote('open a map', OPEN, undefined)).toBe('Goal: open a map — not measured.');
  });

  it('writes the notes under a table', () => {
    expect(goalNote('open a map', OPEN, 57.2)).toBe('Goal: open a map — 57.2 ms: met.');
    expect(goalNote('open a map', OPEN, 260)).toBe('Goal: open a map — 260 ms: NOT met by 60.0 ms.');
  });
});

describe('long tasks around an auto-layout', () => {
  it('counts the task that ends where the result was applied as applying it, not as layout', () => {
    const run = {
      appliedMs: 698.8,
      onScreenMs: 776,
      longTasks: [
        { startMs: 120, durationMs: 60 },
        { startMs: 544.3, durationMs: 154 },
        { startMs: 698.9, durationMs: 76 },
      ],
    };
    expect(splitTasks(run)).toEqual({ whileComputing: 60, applying: 154, longest: 154 });
  });

  it('reports no long task as zero', () => {
    expect(splitTasks({ appliedMs: 300, onScreenMs: 320, longTasks: [] })).toEqual({
      whileComputing: 0,
      applying: 0,
      longest: 0,
    });
  });
});

describe('the maps and edits the bench times', () => {
  const map = generateArgument(300);

  it('gives back the map when each representative edit is undone', () => {
    for (const edit of representativeEdits(map)) {
      const change = edit.make(map, 1);
      expect(change, edit.label).not.toBeNull();
      const history = record(emptyHistory, change as NonNullable<typeof change>);
      const undone = undo(applyChange(map, change as NonNullable<typeof change>), history);
      expect(undone?.map, edit.label).toEqual(map);
    }
  });

  it('makes a long session of edits that always apply, keeping the map about its size', () => {
    const next = seededRandom(8);
    let edited = map;
    for (let n = 0; n < 1000; n++) edited = applyChange(edited, nextEdit(edited, next, n));
    expect(Math.abs(edited.nodes.length - map.nodes.length)).toBeLessThan(60);
  });

  it('scatters every node of a map to a place of its own, the same way every time', () => {
    const scattered = scatteredMap(300);
    const places = new Set(scattered.nodes.map((node) => `${node.position.x},${node.position.y}`));
    expect(places.size).toBe(300);
    expect(scatteredMap(300)).toEqual(scattered);
  });
});

describe('--sizes', () => {
  it('narrows a section to the sizes asked for, keeping its own order; without it, every size', () => {
    expect(sizesFor({ sizes: [5000, 2000] }, [100, 500, 1000, 2000, 5000])).toEqual([2000, 5000]);
    expect(sizesFor({ sizes: [300] }, [100, 1000])).toEqual([]);
    expect(sizesFor({ sizes: null }, [100, 1000])).toEqual([100, 1000]);
  });
});
