import { applyChange } from '../../../src-shared/ops/change';
import {
  currentSerial,
  emptyHistory,
  HISTORY_LIMIT,
  type History,
  record,
  redo,
  undo,
} from '../../../src-shared/ops/history';
import { setNodeText } from '../../../src-shared/ops/nodeOps';
import { sampleMap } from '../../support/arbitraryMap';

function edit(map: ReturnType<typeof sampleMap>, history: History, text: string) {
  const change = setNodeText(map, { id: 'thesis', text });
  if (!change) throw new Error('no change');
  return { map: applyChange(map, change), history: record(history, change) };
}

describe('history', () => {
  test('undo and redo walk back and forth through the edits', () => {
    let state = { map: sampleMap(), history: emptyHistory };
    state = edit(state.map, state.history, 'one');
    state = edit(state.map, state.history, 'two');
    const undone = undo(state.map, state.history);
    expect(undone?.map.nodes[0]?.text).toBe('one');
    const redone = redo(undone?.map ?? state.map, undone?.history ?? state.history);
    expect(redone?.map.nodes[0]?.text).toBe('two');
  });

  test('a new edit after an undo clears redo', () => {
    let state = { map: sampleMap(), history: emptyHistory };
    state = edit(state.map, state.history, 'one');
    const undone = undo(state.map, state.history);
    if (!undone) throw new Error('nothing to undo');
    const branched = edit(undone.map, undone.history, 'other');
    expect(branched.history.redo).toHaveLength(0);
    expect(redo(branched.map, branched.history)).toBeNull();
  });

  test('undo with nothing to undo does nothing', () => {
    expect(undo(sampleMap(), emptyHistory)).toBeNull();
  });

  test('the serial tells whether the document is back where it was saved', () => {
    let state = { map: sampleMap(), history: emptyHistory };
    state = edit(state.map, state.history, 'one');
    const saved = currentSerial(state.history);
    state = edit(state.map, state.history, 'two');
    expect(currentSerial(state.history)).not.toBe(saved);
    const undone = undo(state.map, state.history);
    expect(undone && currentSerial(undone.history)).toBe(saved);
  });

  test(`keeps the last ${HISTORY_LIMIT} changes`, () => {
    let state = { map: sampleMap(), history: emptyHistory };
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) state = edit(state.map, state.history, `text ${i}`);
    expect(state.history.undo).toHaveLength(HISTORY_LIMIT);
    let steps = 0;
    for (let back = undo(state.map, state.history); back; back = undo(back.map, back.history)) steps++;
    expect(steps).toBe(HISTORY_LIMIT);
  });
});
