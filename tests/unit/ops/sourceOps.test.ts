import type { ArgMap } from '../../../src-shared/model/map';
import { FORMAT_VERSION } from '../../../src-shared/model/map';
import { applyChange, invertChange } from '../../../src-shared/ops/change';
import { isRefusal } from '../../../src-shared/ops/refusal';
import { updateSourceInfo } from '../../../src-shared/ops/sourceOps';

const map: ArgMap = {
  format: 'argmap',
  version: FORMAT_VERSION,
  title: 'Bus lanes',
  source: { title: 'Bus lanes', author: 'Ana Ruiz', text: 'The council voted.' },
  nodes: [],
  edges: [],
  tour: [],
};

describe('Source Info', () => {
  it('sets the source’s details in one undoable change, dropping blank ones', () => {
    const change = updateSourceInfo(map, {
      title: ' Bus lanes for Main Street ',
      author: '',
      publisher: 'The Ledger',
      published: '2024-03-05',
      url: 'https://ledger.example/lanes',
    });
    if (!change || isRefusal(change)) throw new Error('expected a change');
    const after = applyChange(map, change);
    expect(after.source).toEqual({
      title: 'Bus lanes for Main Street',
      publisher: 'The Ledger',
      published: '2024-03-05',
      url: 'https://ledger.example/lanes',
      text: 'The council voted.',
    });
    expect(applyChange(after, invertChange(change))).toEqual(map);
  });

  it('refuses an empty title and makes no change when nothing changes', () => {
    expect(isRefusal(updateSourceInfo(map, { title: '  ' }))).toBe(true);
    expect(updateSourceInfo(map, { title: 'Bus lanes', author: 'Ana Ruiz' })).toBeNull();
  });
});
