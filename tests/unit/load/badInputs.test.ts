import { type LoadErrorCode, MAX_REPORTED_ERRORS } from '../../../src-shared/load/loadError';
import { loadMapFromBytes, loadMapFromText, loadMapFromValue } from '../../../src-shared/load/loadMap';
import { LIMITS } from '../../../src-shared/model/limits';
import { type ArgMap, FORMAT_VERSION } from '../../../src-shared/model/map';
import { sampleMap } from '../../support/arbitraryMap';

// Rows edit a plain copy of the sample map, where any field may be removed or given any value.
// biome-ignore lint/suspicious/noExplicitAny: these tests break maps on purpose, at any depth.
type Loose = Record<string, any>;

interface BadInput {
  name: string;
  /** What the file holds: bytes as read from disk, text, or a JSON value that is saved as text first. */
  input: () => Uint8Array | string | Loose | unknown[] | null;
  code: LoadErrorCode;
  pointer: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const edited = (edit: (map: Loose) => void) => () => {
  const map: Loose = sampleMap();
  edit(map);
  return map;
};
/** The sample map's text with one literal piece replaced (for inputs JSON.stringify cannot produce). */
const textWith = (edit: (map: Loose) => void, from: string, to: string) => () => {
  const text = JSON.stringify(edited(edit)());
  if (!text.includes(from)) throw new Error(`the sample map's text has no ${from}`);
  return text.replace(from, to);
};

const rows: BadInput[] = [
  { name: 'text that is not JSON', input: () => '{"title": "t",}', code: 'malformed-json', pointer: '' },
  { name: 'an empty file', input: () => '', code: 'malformed-json', pointer: '' },
  {
    name: 'a node whose text is a number',
    input: edited((m) => {
      m.nodes[1].text = 5;
    }),
    code: 'wrong-type',
    pointer: '/nodes/1/text',
  },
  {
    name: 'a title that is null',
    input: edited((m) => {
      m.title = null;
    }),
    code: 'wrong-type',
    pointer: '/title',
  },
  {
    name: 'a position that is a list',
    input: edited((m) => {
      m.nodes[0].position = [0, 0];
    }),
    code: 'wrong-type',
    pointer: '/nodes/0/position',
  },
  {
    name: 'a fractional anchor offset',
    input: edited((m) => {
      m.nodes[1].anchor.start = 1.5;
    }),
    code: 'wrong-type',
    pointer: '/nodes/1/anchor/start',
  },
  {
    name: 'a map without a title',
    input: edited((m) => {
      delete m.title;
    }),
    code: 'missing-field',
    pointer: '/title',
  },
  {
    name: 'a node without a position',
    input: edited((m) => {
      delete m.nodes[0].position;
    }),
    code: 'missing-field',
    pointer: '/nodes/0/position',
  },
  {
    name: 'an edge without a relation',
    input: edited((m) => {
      delete m.edges[1].relation;
    }),
    code: 'missing-field',
    pointer: '/edges/1/relation',
  },
  {
    name: 'a field Argmap does not know',
    input: edited((m) => {
      m.nodes[0].colour = 'red';
    }),
    code: 'unknown-field',
    pointer: '/nodes/0/colour',
  },
  {
    name: 'an unknown field at the top of the map',
    input: edited((m) => {
      m.author = 'me';
    }),
    code: 'unknown-field',
    pointer: '/author',
  },
  {
    name: 'an unknown kind of node',
    input: edited((m) => {
      m.nodes[0].kind = 'claim';
    }),
    code: 'invalid-value',
    pointer: '/nodes/0/kind',
  },
  {
    name: 'an unknown relation',
    input: edited((m) => {
      m.edges[0].relation = 'refutes';
    }),
    code: 'invalid-value',
    pointer: '/edges/0/relation',
  },
  {
    name: 'an id with a space in it',
    input: edited((m) => {
      m.edges[0].id = 'edge one';
    }),
    code: 'invalid-value',
    pointer: '/edges/0/id',
  },
  {
    name: 'a position off the plane',
    input: edited((m) => {
      m.nodes[0].position.x = 1e8;
    }),
    code: 'invalid-value',
    pointer: '/nodes/0/position/x',
  },
  {
    name: 'a title longer than the limit',
    input: edited((m) => {
      m.title = 'x'.repeat(LIMITS.titleLength + 1);
    }),
    code: 'invalid-value',
    pointer: '/title',
  },
  {
    name: 'an empty tag',
    input: edited((m) => {
      m.nodes[0].tags = ['transport', ''];
    }),
    code: 'invalid-value',
    pointer: '/nodes/0/tags/1',
  },
  {
    name: 'a quote without an attribution',
    input: edited((m) => {
      delete m.nodes[2].quote;
    }),
    code: 'invalid-value',
    pointer: '/nodes/2/quote',
  },
  {
    name: 'a premise with a quote attribution',
    input: edited((m) => {
      m.nodes[1].quote = { speaker: 'Someone', direct: false };
    }),
    code: 'invalid-value',
    pointer: '/nodes/1/quote',
  },
  {
    name: 'an anchor that ends before it starts',
    input: edited((m) => {
      m.nodes[1].anchor = { start: 10, end: 4, exact: '' };
    }),
    code: 'invalid-value',
    pointer: '/nodes/1/anchor/end',
  },
  {
    name: 'an edge reusing a node id',
    input: edited((m) => {
      m.edges[1].id = 'thesis';
    }),
    code: 'duplicate-id',
    pointer: '/edges/1/id',
  },
  {
    name: 'two edges sharing an id',
    input: edited((m) => {
      m.edges[1].id = 'e1';
    }),
    code: 'duplicate-id',
    pointer: '/edges/1/id',
  },
  {
    name: 'a tour step reusing an edge id',
    input: edited((m) => {
      m.tour[0].id = 'e2';
    }),
    code: 'duplicate-id',
    pointer: '/tour/0/id',
  },
  {
    name: 'an edge from a node that does not exist',
    input: edited((m) => {
      m.edges[0].from = 'ghost';
    }),
    code: 'dangling-reference',
    pointer: '/edges/0/from',
  },
  {
    name: 'an edge to a node that does not exist',
    input: edited((m) => {
      m.edges[1].to = 'ghost';
    }),
    code: 'dangling-reference',
    pointer: '/edges/1/to',
  },
  {
    name: 'a tour step focusing a node that does not exist',
    input: edited((m) => {
      m.tour[1].focus[1] = 'ghost';
    }),
    code: 'dangling-reference',
    pointer: '/tour/1/focus/1',
  },
  {
    name: 'a tour step revealing a node that does not exist',
    input: edited((m) => {
      m.tour[1].reveal[0] = 'ghost';
    }),
    code: 'dangling-reference',
    pointer: '/tour/1/reveal/0',
  },
  {
    name: 'an edge from a node to itself',
    input: edited((m) => {
      m.edges[0].to = 'noise';
    }),
    code: 'self-reference',
    pointer: '/edges/0/to',
  },
  {
    name: 'a second edge between the same nodes in the same direction',
    input: edited((m) => {
      m.edges.push({ id: 'e3', from: 'noise', to: 'thesis', relation: 'opposes' });
    }),
    code: 'duplicate-edge',
    pointer: '/edges/2',
  },
  {
    name: 'an anchor past the end of the source text',
    input: edited((m) => {
      m.nodes[1].anchor.end = 500;
    }),
    code: 'anchor-out-of-range',
    pointer: '/nodes/1/anchor',
  },
  {
    name: 'an anchor in a map without source text',
    input: edited((m) => {
      delete m.source;
    }),
    code: 'anchor-out-of-range',
    pointer: '/nodes/1/anchor',
  },
  {
    name: 'a number too large to represent',
    input: textWith(
      (m) => {
        m.nodes[0].position.x = 123456789;
      },
      '123456789',
      '1e999',
    ),
    code: 'non-finite-number',
    pointer: '/nodes/0/position/x',
  },
  {
    name: 'a number too far below zero to represent',
    input: textWith(
      (m) => {
        m.nodes[2].position.y = 123456789;
      },
      '123456789',
      '-1e999',
    ),
    code: 'non-finite-number',
    pointer: '/nodes/2/position/y',
  },
  {
    name: 'a "__proto__" key',
    input: textWith(() => {}, '"kind":"thesis"', '"__proto__":{"polluted":true},"kind":"thesis"'),
    code: 'forbidden-key',
    pointer: '/nodes/0/__proto__',
  },
  {
    name: 'a "constructor" key at the top',
    input: textWith(() => {}, '"title":', '"constructor":{"prototype":{"polluted":true}},"title":'),
    code: 'forbidden-key',
    pointer: '/constructor',
  },
  {
    name: 'a "prototype" key',
    input: textWith(() => {}, '"direct":true', '"direct":true,"prototype":{}'),
    code: 'forbidden-key',
    pointer: '/nodes/2/quote/prototype',
  },
  {
    name: 'arrays nested 100,000 deep',
    input: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    code: 'too-deep',
    pointer: '',
  },
  {
    name: 'unclosed arrays nested 100,000 deep',
    input: () => '['.repeat(100_000),
    code: 'too-deep',
    pointer: '',
  },
  {
    name: 'objects nested one level deeper than the limit',
    input: () => `${'{"a":'.repeat(LIMITS.depth + 1)}1${'}'.repeat(LIMITS.depth + 1)}`,
    code: 'too-deep',
    pointer: '',
  },
  {
    name: 'a file one byte over the size limit',
    // Zero-filled and allocated lazily by the OS, so it costs almost nothing.
    input: () => new Uint8Array(LIMITS.fileBytes + 1),
    code: 'file-too-large',
    pointer: '',
  },
  {
    name: 'bytes that are not UTF-8',
    input: () => Uint8Array.of(...utf8('{"title":"Caf'), 0xe9, ...utf8('"}')),
    code: 'invalid-utf8',
    pointer: '',
  },
  {
    name: 'an overlong UTF-8 encoding of "/"',
    input: () => Uint8Array.of(...utf8('{"title":"'), 0xc0, 0xaf, ...utf8('"}')),
    code: 'invalid-utf8',
    pointer: '',
  },
  {
    name: 'a file that ends inside a multi-byte character',
    input: () => Uint8Array.of(...utf8('{"title":"'), 0xe2, 0x82),
    code: 'invalid-utf8',
    pointer: '',
  },
  {
    name: 'a UTF-16 file',
    input: () => Uint8Array.of(0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])),
    code: 'invalid-utf8',
    pointer: '',
  },
  { name: 'a JSON list', input: () => [sampleMap()], code: 'not-a-map', pointer: '' },
  { name: 'a JSON string', input: () => JSON.stringify('argmap'), code: 'not-a-map', pointer: '' },
  { name: 'JSON null', input: () => null, code: 'not-a-map', pointer: '' },
  {
    name: 'a map of another format',
    input: edited((m) => {
      m.format = 'mindmap';
    }),
    code: 'not-a-map',
    pointer: '/format',
  },
  {
    name: 'an object without a format',
    input: edited((m) => {
      delete m.format;
    }),
    code: 'not-a-map',
    pointer: '/format',
  },
  {
    name: 'a map from a newer Argmap',
    input: edited((m) => {
      m.version = FORMAT_VERSION + 1;
    }),
    code: 'unsupported-version',
    pointer: '/version',
  },
  {
    name: 'version 0',
    input: edited((m) => {
      m.version = 0;
    }),
    code: 'invalid-version',
    pointer: '/version',
  },
  {
    name: 'a version written as text',
    input: edited((m) => {
      m.version = '1';
    }),
    code: 'invalid-version',
    pointer: '/version',
  },
  {
    name: 'a fractional version',
    input: edited((m) => {
      m.version = 1.5;
    }),
    code: 'invalid-version',
    pointer: '/version',
  },
  {
    name: 'a map without a version',
    input: edited((m) => {
      delete m.version;
    }),
    code: 'invalid-version',
    pointer: '/version',
  },
];

/** Everything goes in through the front door: bytes, as the file service reads them. */
function load(row: BadInput) {
  const input = row.input();
  const bytes =
    input instanceof Uint8Array ? input : utf8(typeof input === 'string' ? input : JSON.stringify(input));
  return loadMapFromBytes(bytes);
}

const zodJargon = /Invalid input|Too (big|small)|expected \w+, received|Unrecognized key|[<>]=/i;

describe('a file holding a bad input is refused with a code and a pointer to the problem', () => {
  test.each(rows)('$name is refused as $code at "$pointer"', (row) => {
    const result = load(row);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ code: row.code, pointer: row.pointer }));
  });

  test.each(rows)('the message for $name is a plain sentence', (row) => {
    const result = load(row);
    if (result.ok) throw new Error('expected the input to be refused');
    for (const { message } of result.errors) {
      expect(message).toMatch(/\S.*\.$/s);
      expect(message).not.toMatch(zodJargon);
    }
  });
});

describe('malformed JSON', () => {
  const text = '{\n  "title": "t"\n  "nodes": []\n}';

  test('the message gives the line and column where V8 reports a position', () => {
    let v8Message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      v8Message = (error as Error).message;
    }
    const result = loadMapFromText(text);
    if (result.ok) throw new Error('expected malformed JSON to be refused');
    expect(result.errors[0]?.code).toBe('malformed-json');
    // The stray `"nodes"` begins line 3 after two spaces.
    if (/position \d+/.test(v8Message)) expect(result.errors[0]?.message).toContain('line 3, column 3');
    expect(result.errors[0]?.message).not.toMatch(/position \d+/);
  });

  test('the message does not echo the text of the file', () => {
    const result = loadMapFromText('{"secret": tru}');
    if (result.ok) throw new Error('expected malformed JSON to be refused');
    expect(result.errors[0]?.message).not.toContain('secret');
  });
});

describe('text encoding', () => {
  test('a UTF-8 byte-order mark before the JSON is accepted', () => {
    const result = loadMapFromBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(JSON.stringify(sampleMap()))));
    expect(result).toEqual({ ok: true, value: sampleMap() });
  });

  test('a byte-order mark at the start of already decoded text is accepted', () => {
    expect(loadMapFromText(`\ufeff${JSON.stringify(sampleMap())}`).ok).toBe(true);
  });

  test('the invalid UTF-8 message names the offset of the first bad byte', () => {
    const bytes = Uint8Array.of(...utf8('{"title":"Caf'), 0xe9, ...utf8('"}'));
    const result = loadMapFromBytes(bytes);
    if (result.ok) throw new Error('expected invalid UTF-8 to be refused');
    expect(result.errors[0]?.message).toContain('offset 13');
  });

  test('a file cut inside a multi-byte character names where that character starts', () => {
    const result = loadMapFromBytes(Uint8Array.of(...utf8('{"title":"'), 0xe2, 0x82));
    if (result.ok) throw new Error('expected invalid UTF-8 to be refused');
    expect(result.errors[0]?.message).toContain('offset 10');
  });

  test('the size message gives both the size of the file and the limit', () => {
    const result = loadMapFromBytes(new Uint8Array(LIMITS.fileBytes + 1));
    if (result.ok) throw new Error('expected a large file to be refused');
    expect(result.errors[0]?.message).toContain(`${(LIMITS.fileBytes / 1024 / 1024).toFixed(1)} MiB`);
  });
});

describe('keys that reach a prototype', () => {
  test('loading them leaves Object.prototype untouched', () => {
    const text = JSON.stringify(sampleMap())
      .replace('"kind":"thesis"', '"__proto__":{"polluted":true},"kind":"thesis"')
      .replace('"title":', '"constructor":{"prototype":{"polluted":true}},"title":');
    expect(loadMapFromText(text).ok).toBe(false);
    expect(loadMapFromValue(JSON.parse(text)).ok).toBe(false);
    expect(({} as Loose).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  test('a "__proto__" key handed over as a parsed value is refused as an unknown field', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true}}');
    const result = loadMapFromValue({ ...sampleMap(), ...value });
    expect(result.ok).toBe(false);
    expect(({} as Loose).polluted).toBeUndefined();
  });
});

describe('nesting', () => {
  test('brackets inside text do not count as nesting', () => {
    const map: ArgMap = sampleMap();
    map.title = `${'[{'.repeat(LIMITS.depth * 2)}"\\`;
    (map.nodes[0] as ArgMap['nodes'][number]).text = '"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[';
    expect(loadMapFromText(JSON.stringify(map))).toEqual({ ok: true, value: map });
  });

  test('nesting exactly at the limit is not refused as too deep', () => {
    const text = `${'['.repeat(LIMITS.depth)}${']'.repeat(LIMITS.depth)}`;
    const result = loadMapFromText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('not-a-map');
  });

  test('a value nested 100,000 deep handed over already parsed does not throw', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => loadMapFromValue(deep)).not.toThrow();
    expect(() => loadMapFromValue({ ...sampleMap(), nodes: deep })).not.toThrow();
    expect(() => loadMapFromValue({ ...sampleMap(), extra: deep })).not.toThrow();
    expect(loadMapFromValue({ ...sampleMap(), extra: deep }).ok).toBe(false);
  });
});

describe('how many problems are reported', () => {
  test('every problem at the failing stage is reported, up to the cap', () => {
    const map: Loose = sampleMap();
    map.title = 7;
    map.nodes[0].kind = 'claim';
    const result = loadMapFromValue(map);
    expect(result.ok ? [] : result.errors.map((e) => e.pointer)).toEqual(['/title', '/nodes/0/kind']);
  });

  test('a file with hundreds of problems reports at most the cap', () => {
    const map: Loose = sampleMap();
    map.nodes = Array.from({ length: 200 }, (_, i) => ({
      id: `n${i}`,
      kind: 'thesis',
      text: i,
      position: {},
    }));
    const result = loadMapFromValue(map);
    expect(result.ok ? 0 : result.errors.length).toBe(MAX_REPORTED_ERRORS);
  });

  test('reference problems are capped too', () => {
    const map: Loose = sampleMap();
    map.edges = Array.from({ length: 200 }, (_, i) => ({
      id: `e${i}`,
      from: `a${i}`,
      to: 'thesis',
      relation: 'supports',
    }));
    const result = loadMapFromValue(map);
    expect(result.ok ? 0 : result.errors.length).toBe(MAX_REPORTED_ERRORS);
  });
});
