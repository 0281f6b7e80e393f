import type { ArgMap, ArgNode } from '../../../src-shared/model/map';
import { FORMAT_VERSION } from '../../../src-shared/model/map';
import { applyChange, invertChange } from '../../../src-shared/ops/change';
import { replaceSourceText } from '../../../src-shared/ops/replaceSource';
import { changedPassages } from '../../../src-shared/source/anchors';

const OLD =
  'Bus lanes\n\nThe council voted for bus lanes. Traders fear the loss of parking. The mayor welcomed it.';
const NEW =
  'Bus lanes on Main Street\n\nOn Tuesday the council voted for bus lanes. Traders fear losing their parking. Buses will be faster.';

const node = (id: string, words: string, text = OLD): ArgNode => {
  const start = text.indexOf(words);
  return {
    id,
    kind: 'premise',
    text: words,
    position: { x: 0, y: 0 },
    anchor: { start, end: start + words.length, exact: words },
  };
};
const map: ArgMap = {
  format: 'argmap',
  version: FORMAT_VERSION,
  title: 'Bus lanes',
  source: { title: 'Bus lanes', text: OLD },
  nodes: [
    node('title', 'Bus lanes'),
    node('vote', 'the council voted for bus lanes'),
    node('parking', 'Traders fear the loss of parking.'),
    node('mayor', 'The mayor welcomed it.'),
    { id: 'free', kind: 'note', text: 'no passage', position: { x: 0, y: 0 } },
  ],
  edges: [],
  tour: [],
};

describe('Replace Source', () => {
  const result = replaceSourceText(map, NEW);
  if (!result) throw new Error('expected a change');
  const after = applyChange(map, result.change);
  const anchorOf = (id: string) => after.nodes.find((candidate) => candidate.id === id)?.anchor;

  it('keeps, moves, marks as changed, or lists as lost every anchor, and says how many', () => {
    expect(result.summary).toEqual({ kept: 1, moved: 1, changed: 1, lost: ['mayor'] });
    expect(after.source?.text).toBe(NEW);
    const vote = anchorOf('vote');
    expect(vote && NEW.slice(vote.start, vote.end)).toBe('the council voted for bus lanes');
    expect(anchorOf('mayor')).toBeUndefined();
  });

  it('anchors a reworded passage where it stands now, marked "Passage changed" for the user to confirm', () => {
    const parking = anchorOf('parking');
    expect(parking && NEW.slice(parking.start, parking.end)).toMatch(/^Traders fear losing their parking/);
    expect([...changedPassages(after)]).toEqual(['parking']);
  });

  it('picks, of several matches, the one nearest the passage’s old place', () => {
    const twice = 'Vote yes. Intro text here. Vote yes.';
    const anchored: ArgMap = {
      ...map,
      source: { title: 't', text: twice },
      nodes: [node('second', 'Vote yes.', twice)],
    };
    anchored.nodes[0] = {
      ...anchored.nodes[0],
      anchor: { start: 27, end: 36, exact: 'Vote yes.' },
    } as ArgNode;
    const replaced = replaceSourceText(anchored, `Preface. ${twice}`);
    const moved = replaced && applyChange(anchored, replaced.change).nodes[0]?.anchor;
    expect(moved?.start).toBe(36);
  });

  it('is one undo step', () => {
    expect(applyChange(after, invertChange(result.change))).toEqual(map);
  });
});
