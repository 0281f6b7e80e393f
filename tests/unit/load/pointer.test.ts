import { describePath, toPointer } from '../../../src-shared/load/pointer';

test('the whole document is the empty pointer', () => {
  expect(toPointer([])).toBe('');
});

test('a pointer joins keys and indices with slashes', () => {
  expect(toPointer(['nodes', 3, 'position', 'x'])).toBe('/nodes/3/position/x');
});

test('"~" and "/" in a key are escaped as RFC 6901 says', () => {
  expect(toPointer(['a/b', 'm~n', '~1'])).toBe('/a~1b/m~0n/~01');
});

test('a path reads as words, counting records from 1', () => {
  expect(describePath(['nodes', 3, 'kind'])).toBe('node 4 → "kind"');
  expect(describePath(['tour', 0, 'focus', 2])).toBe('tour step 1 → focus entry 3');
  expect(describePath(['edges', 1])).toBe('edge 2');
  expect(describePath([])).toBe('the map');
});
