import { readFileSync } from 'node:fs';
import { FOREIGN_FILE_CHARS, importText } from '../../../src-shared/formats/convert';
import type { ArgMap } from '../../../src-shared/model/map';

async function imported(text: string) {
  const result = await importText(text, 'argdown', 'From a file');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

/** "reason relation claim" for each link, by the nodes' texts. */
function links(map: ArgMap): string[] {
  const text = new Map(map.nodes.map((node) => [node.id, node.text]));
  return map.edges.map((edge) => `${text.get(edge.from)} ${edge.relation} ${text.get(edge.to)}`);
}
const node = (map: ArgMap, text: string) => map.nodes.find((n) => n.text === text);

describe('reading Argdown written by hand', () => {
  test('every relation form becomes supports or opposes, in the right direction', async () => {
    const { map, warnings } = await imported(
      readFileSync('tests/fixtures/formats/relations.argdown', 'utf8'),
    );
    expect(warnings).toEqual([]);
    expect(map.title).toBe('Every relation form');
    expect(links(map)).toEqual(
      expect.arrayContaining([
        'Cars make streets loud. supports Cities should ban cars.', // <+
        'Electric cars are quiet. opposes Cars make streets loud.', // <-
        'Shops need deliveries. opposes Cities should ban cars.', // <-
        'Walking is healthy. supports Cities should ban cars.', // + (shorthand)
        'Car factories employ many. opposes Cities should ban cars.', // - (shorthand)
        'Ambulances are exempt anyway. opposes Cities should ban cars.', // <_ (undercut)
        'Bikes carry more people per lane. supports Cities should ban cars.', // +>
        'Bikes carry more people per lane. opposes Shops need deliveries.', // ->
        'Bikes carry more people per lane. opposes Cars make streets loud.', // _>
        'Cars make streets loud. opposes Cities are silent already.', // >< (contradiction)
        'Cars foul the air. supports Cities should ban cars.', // premise of an argument
        'Foul air harms lungs. supports Cities should ban cars.',
      ]),
    );
    expect(map.edges).toHaveLength(14);
  });

  test('kinds follow the structure, and statement data makes a quote', async () => {
    const { map } = await imported(readFileSync('tests/fixtures/formats/relations.argdown', 'utf8'));
    expect(node(map, 'Cities should ban cars.')?.kind).toBe('thesis');
    expect(node(map, 'Cars make streets loud.')?.kind).toBe('premise');
    expect(node(map, 'Electric cars are quiet.')?.kind).toBe('counterpoint');
    expect(node(map, 'Tyres are loud at speed.')?.kind).toBe('rebuttal');
    expect(node(map, 'We will close the centre to cars.')).toMatchObject({
      kind: 'quote',
      quote: { speaker: 'Anne Hidalgo', role: 'Mayor of Paris', direct: true },
    });
    expect(node(map, 'Cities should ban cars.')?.tags).toEqual(['transport']);
  });

  test('an undercut is kept as opposes, with a note saying what it was', async () => {
    const { map } = await imported(readFileSync('tests/fixtures/formats/relations.argdown', 'utf8'));
    expect(node(map, 'Ambulances are exempt anyway.')?.notes).toContain('undercut');
  });

  test('malformed Argdown is refused with the parser’s line and column, and no map', async () => {
    const result = await importText(
      '[A]: fine\n  <+ [B]: also fine\n[C]: data {"x": "a} b"}',
      'argdown',
      'Broken',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^line 3, column \d+: Expecting/);
  });

  test('a syntax error is reported alone, not with the failures of the steps that come after parsing', async () => {
    const result = await importText('(1) [A]: A premise.\n----\n', 'argdown', 'Broken');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) expect(problem).toMatch(/^line \d+, column \d+: /);
    }
  });

  test('a file past the import limit is refused before it is parsed', async () => {
    const result = await importText('x'.repeat(FOREIGN_FILE_CHARS + 1), 'argdown', 'Huge');
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^It is too large to import \(16 MB; at most 16 MB\)\.$/)],
    });
  });

  test('a file without a statement is refused', async () => {
    const result = await importText('# Only a heading\n', 'argdown', 'Empty');
    expect(result).toEqual({ ok: false, problems: ['The file holds no statements to map.'] });
  });
});
