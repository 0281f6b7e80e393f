import fc from 'fast-check';
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

  test('counts each paragraph’s lines: a line break starts a line, a long paragraph wraps', () => {
    const premise = (text: string) => estimateNodeSize({ kind: 'premise', text });
    const oneLine = premise('Short.').height;
    const twoParagraphs = premise('Short.\nShort.');
    const threeParagraphs = premise('A\n\nB');
    const wrapped = premise('word '.repeat(60));
    const line = twoParagraphs.height - oneLine;
    expect(line).toBeGreaterThan(0);
    expect(threeParagraphs.height).toBe(oneLine + 2 * line);
    expect((wrapped.height - oneLine) % line).toBe(0);
    expect(wrapped.height).toBeGreaterThan(twoParagraphs.height);
  });

  test('is the same for the same record asked again, and for an equal record', () => {
    const node: ArgNode = { id: 'n', kind: 'note', text: 'Some words. '.repeat(9), position: { x: 0, y: 0 } };
    expect(estimateNodeSize(node)).toEqual(estimateNodeSize(node));
    expect(estimateNodeSize({ ...node })).toEqual(estimateNodeSize(node));
  });

  test('whatever was estimated before, a node gets the estimate a fresh start gives it', async () => {
    const fresh = async (node: ArgNode) => {
      vi.resetModules();
      const module = await import('../../../src-shared/layout/nodeSize');
      return module.estimateNodeSize(node);
    };
    const texts = ['Short.', 'A much longer reason. '.repeat(9), 'Mid-length words here. '.repeat(3)];
    const node = fc.record({
      text: fc.constantFrom(...texts),
      kind: fc.constantFrom('premise', 'quote', 'note'),
      quote: fc.option(
        fc.record({
          speaker: fc.constantFrom('Ada', 'A speaker with a long name and title'),
          direct: fc.boolean(),
        }),
        { nil: undefined },
      ),
      x: fc.integer(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(node, { minLength: 1, maxLength: 8 }), async (drawn) => {
        const records = drawn.map(
          ({ x, quote, ...rest }): ArgNode => ({
            id: 'n',
            ...rest,
            ...(quote ? { quote } : {}),
            position: { x, y: 0 },
          }),
        );
        for (const record of records) estimateNodeSize(record);
        const last = records.at(-1) as ArgNode;
        // A moved copy, as a layout makes it: a new record with the same text.
        const moved = { ...last, position: { x: last.position.x + 1, y: 5 } };
        expect(estimateNodeSize(moved)).toEqual(await fresh(moved));
      }),
      { numRuns: 60 },
    );
  });
});
