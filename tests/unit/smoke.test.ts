import { loadMapFromText } from '../../src-shared/load/loadMap';

test('a minimal map loads', () => {
  const result = loadMapFromText(
    '{"format":"argmap","version":1,"title":"t","nodes":[],"edges":[],"tour":[]}',
  );
  expect(result.ok).toBe(true);
});
