import { splitIntoBlocks } from '../../../src-shared/source/blocks';

const text =
  'The Title Line\n\n\nFirst paragraph, with a sentence.\nIt goes on.\n\nA Section Heading\n\nLast paragraph.\n\n';

describe('splitting source text into blocks', () => {
  test('finds the title, headings and paragraphs, with offsets that slice back to their text', () => {
    const blocks = splitIntoBlocks(text);
    expect(blocks.map((block) => [block.kind, text.slice(block.start, block.end)])).toEqual([
      ['title', 'The Title Line'],
      ['paragraph', 'First paragraph, with a sentence.\nIt goes on.'],
      ['heading', 'A Section Heading'],
      ['paragraph', 'Last paragraph.'],
    ]);
  });

  test('a short line that ends a sentence is a paragraph, not a heading', () => {
    const blocks = splitIntoBlocks('Title\n\nShort sentence.\n\nA quote, he said:');
    expect(blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'paragraph']);
  });

  test('empty or blank text has no blocks', () => {
    expect(splitIntoBlocks('')).toEqual([]);
    expect(splitIntoBlocks(' \n\n ')).toEqual([]);
  });
});
