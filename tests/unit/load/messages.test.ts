import { loadMapFromText, loadMapFromValue } from '../../../src-shared/load/loadMap';
import { LIMITS } from '../../../src-shared/model/limits';
import { sampleMap } from '../../support/arbitraryMap';

// biome-ignore lint/suspicious/noExplicitAny: these tests break maps on purpose, at any depth.
type Loose = Record<string, any>;

function messagesFor(edit: (map: Loose) => void): string[] {
  const map: Loose = sampleMap();
  edit(map);
  const result = loadMapFromValue(map);
  if (result.ok) throw new Error('expected the map to be refused');
  return result.errors.map((error) => error.message);
}

const zodJargon =
  /Invalid input|Invalid option|Too (big|small)|expected \w+, received|Unrecognized key|[<>]=/i;

test('a wrong type names the node by its place, the field, what it should be and what it is', () => {
  const [message] = messagesFor((m) => {
    m.nodes[1].text = 5;
  });
  expect(message).toContain('node 2');
  expect(message).toContain('"text"');
  expect(message).toContain('should be text, but it is the number 5');
  expect(message).not.toMatch(zodJargon);
});

test('a missing field names the record and the field', () => {
  expect(
    messagesFor((m) => {
      delete m.edges[1].relation;
    }),
  ).toEqual(['edge 2 → "relation" is missing.']);
});

test('a bad kind lists the kinds there are', () => {
  const [message] = messagesFor((m) => {
    m.nodes[0].kind = 'claim';
  });
  expect(message).toContain('node 1');
  expect(message).toContain('"thesis", "premise", "counterpoint", "rebuttal", "quote", "note"');
  expect(message).toContain('not the text "claim"');
});

test('a value out of range states the limit in words', () => {
  expect(
    messagesFor((m) => {
      m.nodes[0].position.x = 1e8;
      m.title = 'x'.repeat(LIMITS.titleLength + 1);
      m.nodes[2].tags = [''];
      m.nodes[2].size = { width: 0, height: 10 };
    }),
  ).toEqual([
    `"title" is longer than ${LIMITS.titleLength} characters.`,
    `node 1 → "position" → "x" must be at most ${LIMITS.coordinate}.`,
    'node 3 → "size" → "width" must be more than 0.',
    'node 3 → tag 1 cannot be empty.',
  ]);
});

test('an unknown field says Argmap does not know it and where it is', () => {
  const [message] = messagesFor((m) => {
    m.tour[0].duration = 5;
  });
  expect(message).toContain('"duration"');
  expect(message).toContain('tour step 1');
});

test('a dangling reference names the edge and the missing node', () => {
  const [message] = messagesFor((m) => {
    m.edges[0].to = 'ghost';
  });
  expect(message).toBe('Edge "e1" points to a node "ghost" that does not exist.');
});

test('a number too large to represent is named by its place in words', () => {
  const result = loadMapFromText(JSON.stringify(sampleMap()).replace('"y":150', '"y":1e999'));
  expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
    'node 2 → "position" → "y" holds a number too large to represent.',
  ]);
});

test('no message from a map full of problems uses zod wording', () => {
  const messages = messagesFor((m) => {
    m.title = null;
    m.extra = true;
    delete m.nodes[0].text;
    m.nodes[0].kind = 3;
    m.nodes[1].anchor = { start: -1, end: 1.5, exact: 4 };
    m.nodes[2].quote = { speaker: 'x' };
    m.nodes[2].tags = Array.from({ length: LIMITS.tags + 1 }, () => 'tag');
    m.edges[0].id = '';
    m.tour[1].focus = 'thesis';
  });
  expect(messages.length).toBeGreaterThanOrEqual(9);
  for (const message of messages) expect(message).not.toMatch(zodJargon);
});
