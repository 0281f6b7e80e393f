import { droppedMessage, keepWithin } from '../../../src-shared/text/keepWithin';

describe('keepWithin cuts a text to a field’s limit', () => {
  test('a text within the limit is kept whole', () => {
    expect(keepWithin('abc', 3)).toEqual({ text: 'abc', dropped: 0 });
  });

  test('a longer one keeps its start and counts what it drops', () => {
    expect(keepWithin('abcdef', 4)).toEqual({ text: 'abcd', dropped: 2 });
  });

  test('never inside a surrogate pair: an emoji at the limit is dropped whole', () => {
    expect(keepWithin('ab😀', 3)).toEqual({ text: 'ab', dropped: 2 });
  });

  test('the message says the limit and how much was not kept', () => {
    expect(droppedMessage('A node’s text', 20_000, 5_000)).toBe(
      'A node’s text: 20,000 characters at most; the last 5,000 were not kept.',
    );
    expect(droppedMessage('Notes', 50_000, 1)).toBe(
      'Notes: 50,000 characters at most; the last one was not kept.',
    );
  });
});
