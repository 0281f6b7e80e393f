import { droppedMessage, keepWithin } from '../../../src-shared/text/keepWithin';
import { shortened } from '../../../src-shared/text/shortened';

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

describe('shortened makes a name fit a dialog', () => {
  test('a short name is unchanged', () => {
    expect(shortened('Seminar notes')).toBe('Seminar notes');
  });

  test('a long one keeps its start and its end around an ellipsis, within the length asked', () => {
    const name = `${'a'.repeat(70_000_000)}.argmap.json`;
    const short = shortened(name, 40);
    expect(short).toHaveLength(40);
    expect(short).toMatch(/^a+…a*\.argmap\.json$/);
  });

  test('line breaks and other controls show as spaces, so a name is one line', () => {
    expect(shortened('two\nlines\u0007')).toBe('two lines ');
  });

  test('never splits a surrogate pair at either cut', () => {
    const short = shortened('😀'.repeat(100), 41);
    expect(short).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
