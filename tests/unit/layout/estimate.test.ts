import { estimateNodeSize } from '../../../src-shared/layout/nodeSize';
import type { ArgNode } from '../../../src-shared/model/map';

describe('the estimate of a card’s size', () => {
  test('follows a record changed in place: more text, another kind, a speaker with a role', () => {
    const node: ArgNode = { id: 'n', kind: 'premise', text: 'Short.', position: { x: 0, y: 0 } };
    const short = estimateNodeSize(node);
    node.text = 'A much longer reason. '.repeat(12);
    const long = estimateNodeSize(node);
    expect(long.height).toBeGreaterThan(short.height);
    node.kind = 'quote';
    node.quote = { speaker: 'Someone', direct: true };
    const quoted = estimateNodeSize(node);
    expect(quoted.height).toBeGreaterThan(long.height);
    node.quote.role = 'a role long enough to need a line of its own, and then another line';
    expect(estimateNodeSize(node).height).toBeGreaterThan(quoted.height);
  });

  test('is the same for the same record asked again, and for an equal record', () => {
    const node: ArgNode = { id: 'n', kind: 'note', text: 'Some words. '.repeat(9), position: { x: 0, y: 0 } };
    expect(estimateNodeSize(node)).toEqual(estimateNodeSize(node));
    expect(estimateNodeSize({ ...node })).toEqual(estimateNodeSize(node));
  });
});
