import { anchorFor, changedPassages } from '../../../src-shared/source/anchors';
import { sampleMap } from '../../support/arbitraryMap';

describe('changed passages', () => {
  test('a node whose passage reads as anchored is not changed', () => {
    expect(changedPassages(sampleMap()).size).toBe(0);
  });

  test('editing the source text under an anchor marks that node, and only that node', () => {
    const map = sampleMap();
    const edited = {
      ...map,
      source: {
        ...(map.source as NonNullable<typeof map.source>),
        text: `Cars make roads loud.${map.source?.text.slice(22)}`,
      },
    };
    expect([...changedPassages(edited)]).toEqual(['noise']);
  });

  test('an anchor without source text is changed', () => {
    const { source: _, ...withoutSource } = sampleMap();
    expect([...changedPassages({ ...withoutSource })]).toEqual(['noise']);
  });

  test('a new anchor repeats its slice of the text', () => {
    expect(anchorFor('abcdef', 1, 4)).toEqual({ start: 1, end: 4, exact: 'bcd' });
  });
});
