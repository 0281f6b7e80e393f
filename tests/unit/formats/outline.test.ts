import { readFileSync } from 'node:fs';
import { importText } from '../../../src-shared/formats/convert';
import { writeMarkdown } from '../../../src-shared/formats/markdownWrite';
import { outlineFragment } from '../../../src-shared/formats/outlineFragment';
import { looksLikeOutline, readOutline } from '../../../src-shared/formats/outlineRead';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import { sampleMap } from '../../support/arbitraryMap';

describe('Markdown outline', () => {
  test('writes the title, the source, the argument as a nested list with kinds, quotes with their speaker', () => {
    const markdown = writeMarkdown(sampleMap());
    expect(markdown.startsWith('# Should cities ban cars?\n\nSource: *Car-free cities*, A. Writer\n')).toBe(
      true,
    );
    expect(markdown).toContain('- **Thesis:** Cities should ban cars.');
    expect(markdown).toMatch(/\n {2}- \*\*Premise:\*\* Cars make streets loud\./);
    expect(markdown).toMatch(/- \*\*Quote \(opposes\):\*\*\n\s+> .+\n\s+>\n\s+> — /);
  });

  test('what it writes reads back with the same texts, kinds, links and speakers', async () => {
    const loaded = loadMapFromText(readFileSync('maps/article.argmap.json', 'utf8'));
    if (!loaded.ok) throw new Error('bundled map');
    const article = loaded.value;
    const back = await importText(writeMarkdown(article), 'markdown', 'x');
    if (!back.ok) throw new Error(back.problems.join('\n'));
    const summary = (map: typeof article) => {
      const text = new Map(map.nodes.map((n) => [n.id, n.text]));
      return {
        nodes: map.nodes.map((n) => `${n.kind} ${n.text} ${n.quote?.speaker ?? ''}`).sort(),
        edges: map.edges.map((e) => `${text.get(e.from)} ${e.relation} ${text.get(e.to)}`).sort(),
      };
    };
    expect(summary(back.value.map)).toEqual(summary(article));
  });

  test('reads a plain indented outline: labels give kinds, the rest is inferred', () => {
    const draft = readOutline(
      'Cities should ban cars\n  Cars are loud\n    Con: Electric cars are quiet\n      Reply: Tyres are loud\n  Objection: Shops need vans',
      'Draft',
    );
    expect(draft?.nodes.map((n) => [n.text, n.kind])).toEqual([
      ['Cities should ban cars', undefined],
      ['Cars are loud', undefined],
      ['Electric cars are quiet', 'counterpoint'],
      ['Tyres are loud', 'rebuttal'],
      ['Shops need vans', 'counterpoint'],
    ]);
    expect(draft?.edges.map((e) => `${e.from} ${e.relation} ${e.to}`)).toEqual([
      'item-2 supports item-1',
      'item-3 opposes item-2',
      'item-4 opposes item-3',
      'item-5 opposes item-1',
    ]);
  });

  test('reads a Markdown list with a heading as the title', async () => {
    const result = await importText(
      '# Cars\n\n* Ban them\n  1. They are loud\n  2. **Con:** We need them\n',
      'markdown',
      'x',
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.value.map.title).toBe('Cars');
    expect(result.value.map.nodes.map((n) => n.kind)).toEqual(['thesis', 'premise', 'counterpoint']);
  });

  test('tells an outline from a single line of text', () => {
    expect(looksLikeOutline('Just a sentence.')).toBe(false);
    expect(looksLikeOutline('- a\n- b')).toBe(true);
    expect(looksLikeOutline('Claim\n  reason')).toBe(true);
  });
});

describe('pasting an outline', () => {
  test('an indented list becomes nodes and links, a claim above its reasons, none overlapping', () => {
    const fragment = outlineFragment(
      'Ban cars\n  They are loud\n    Con: Electric ones are quiet\n  They pollute',
    );
    expect(fragment?.nodes.map((n) => [n.text, n.kind])).toEqual([
      ['Ban cars', 'thesis'],
      ['They are loud', 'premise'],
      ['Electric ones are quiet', 'counterpoint'],
      ['They pollute', 'premise'],
    ]);
    expect(fragment?.edges.map((e) => [e.from, e.relation, e.to])).toEqual([
      ['item-2', 'supports', 'item-1'],
      ['item-3', 'opposes', 'item-2'],
      ['item-4', 'supports', 'item-1'],
    ]);
    const places = new Set(fragment?.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(places.size).toBe(4);
    const [claim, reason] = fragment?.nodes ?? [];
    expect((reason?.position.y ?? 0) > (claim?.position.y ?? 0)).toBe(true);
  });

  test('plain text that is not an outline is left alone', () => {
    expect(outlineFragment('One sentence, nothing more.')).toBeNull();
  });
});
