import { loadMapFromText, loadMapFromValue } from '../../../src-shared/load/loadMap';
import { LIMITS } from '../../../src-shared/model/limits';
import { sampleMap } from '../../support/arbitraryMap';

// A map handed over as data (pasted, embedded in an image) passes the same guards as a file.
describe('loading an already parsed value', () => {
  test('refuses a __proto__ key with the same code as a file would', () => {
    const map = { ...sampleMap(), nodes: [{ ...sampleMap().nodes[0], ['__proto__']: { polluted: true } }] };
    const result = loadMapFromValue(map);
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.pointer])).toEqual([
      ['forbidden-key', '/nodes/0/__proto__'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('refuses numbers that are not finite', () => {
    const map = sampleMap();
    const first = map.nodes[0];
    if (first) first.position.x = Number.POSITIVE_INFINITY;
    const result = loadMapFromValue(map);
    expect(result.ok ? null : result.errors[0]?.code).toBe('non-finite-number');
    expect(result.ok ? null : result.errors[0]?.pointer).toBe('/nodes/0/position/x');
  });

  test('refuses deep and even cyclic data without overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { ...sampleMap() };
    cyclic.source = cyclic;
    expect(loadMapFromValue(cyclic)).toMatchObject({ ok: false, errors: [{ code: 'too-deep' }] });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(loadMapFromValue({ ...sampleMap(), title: deep })).toMatchObject({
      ok: false,
      errors: [{ code: 'too-deep' }],
    });
  });

  test('text longer than the file limit is refused before parsing', () => {
    const result = loadMapFromText(' '.repeat(LIMITS.fileBytes + 1));
    expect(result.ok ? null : result.errors[0]?.code).toBe('file-too-large');
  });
});
