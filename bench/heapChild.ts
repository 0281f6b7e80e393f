// Run by bench/editing.ts in `node --expose-gc`: the heap before and after a long session of edits made as
// the editor's store makes them (apply the change, record it for undo), with garbage collected each time.
import { readFileSync } from 'node:fs';
import type { ArgMap } from '../src-shared/model/map';
import { applyChange } from '../src-shared/ops/change';
import { emptyHistory, type History, record } from '../src-shared/ops/history';
import { nextEdit } from './edits';
import { seededRandom } from './random';

/** What the child prints, as JSON on one line (bytes of V8's used heap). */
export interface HeapGrowth {
  edits: number;
  before: number;
  after: number;
  /** After dropping the history but keeping the edited map: what the map itself grew by. */
  withoutHistory: number;
  undoEntries: number;
  nodesAfter: number;
}

const collect = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  // Twice: the first pass can leave objects that only a second one frees (weak references, finalizers).
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

function main(path: string, edits: number): HeapGrowth {
  let map = JSON.parse(readFileSync(path, 'utf8')) as ArgMap;
  let history: History = emptyHistory;
  const next = seededRandom(8);
  // A few edits first, thrown away, so the code they compile is not counted as growth.
  for (let n = 0; n < 20; n++) applyChange(map, nextEdit(map, next, -1 - n));
  const before = collect();
  for (let n = 0; n < edits; n++) {
    const change = nextEdit(map, next, n);
    map = applyChange(map, change);
    history = record(history, change);
  }
  const after = collect();
  const undoEntries = history.undo.length;
  history = emptyHistory;
  const withoutHistory = collect();
  return { edits, before, after, withoutHistory, undoEntries, nodesAfter: map.nodes.length };
}

const [path, edits] = process.argv.slice(2);
if (!path || !edits) throw new Error('usage: heapChild <map file> <edits>');
console.log(JSON.stringify(main(path, Number(edits))));
