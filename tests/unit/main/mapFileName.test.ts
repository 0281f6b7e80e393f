import {
  displayName,
  ensureMapExtension,
  isMapFileName,
  suggestFileName,
} from '../../../src-main/files/mapFileName';

describe('isMapFileName', () => {
  it.each([
    ['/maps/coffee.argmap.json', true],
    ['/maps/Coffee.ARGMAP.JSON', true],
    ['coffee.argmap.json', true],
    ['/maps/coffee.json', false],
    ['/maps/coffee.argmap', false],
    ['/maps/coffee.argmap.json.bak', false],
    ['/maps/.argmap.json', false],
  ])('%s → %s', (path, expected) => {
    expect(isMapFileName(path)).toBe(expected);
  });
});

describe('displayName', () => {
  it('is the file name without the map extension', () => {
    expect(displayName('/home/a/Coffee debate.argmap.json')).toBe('Coffee debate');
    expect(displayName('/home/a/Coffee.ARGMAP.JSON')).toBe('Coffee');
  });

  it('keeps the whole name of a file that is not a map', () => {
    expect(displayName('/home/a/notes.txt')).toBe('notes.txt');
  });
});

describe('ensureMapExtension', () => {
  it.each([
    ['/maps/debate', '/maps/debate.argmap.json'],
    ['/maps/debate.argmap', '/maps/debate.argmap.json'],
    ['/maps/debate.json', '/maps/debate.argmap.json'],
    ['/maps/debate.', '/maps/debate.argmap.json'],
    ['/maps/debate.argmap.json', '/maps/debate.argmap.json'],
    ['/maps/Debate.ArgMap.Json', '/maps/Debate.ArgMap.Json'],
    ['/maps/v1.2 draft', '/maps/v1.2 draft.argmap.json'],
  ])('%s → %s', (path, expected) => {
    expect(ensureMapExtension(path)).toBe(expected);
  });
});

describe('suggestFileName', () => {
  it('keeps an ordinary title as it is', () => {
    expect(suggestFileName('Is coffee good for you')).toBe('Is coffee good for you.argmap.json');
  });

  it('replaces separators and drops characters some platform refuses', () => {
    expect(suggestFileName('Pro/contra: "coffee" <yes|no>?*')).toBe('Pro-contra- coffee yes-no.argmap.json');
    expect(suggestFileName('a\\b')).toBe('a-b.argmap.json');
    expect(suggestFileName('line\none\ttab')).toBe('line one tab.argmap.json');
  });

  it('never makes a hidden file or a name Windows would trim', () => {
    expect(suggestFileName('...hidden')).toBe('hidden.argmap.json');
    expect(suggestFileName('trailing dots...  ')).toBe('trailing dots.argmap.json');
  });

  it('avoids names Windows reserves for devices', () => {
    expect(suggestFileName('CON')).toBe('CON map.argmap.json');
    expect(suggestFileName('lpt1')).toBe('lpt1 map.argmap.json');
  });

  it('names an untitled map', () => {
    expect(suggestFileName('')).toBe('Untitled map.argmap.json');
    expect(suggestFileName('  ?*  ')).toBe('Untitled map.argmap.json');
  });

  it('shortens a long title without splitting a character', () => {
    const name = suggestFileName('☕'.repeat(50) + '😀'.repeat(100));
    const stem = name.replace(/\.argmap\.json$/, '');
    expect(Array.from(stem)).toHaveLength(80);
    expect(stem).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(stem.endsWith('😀')).toBe(true);
  });
});
