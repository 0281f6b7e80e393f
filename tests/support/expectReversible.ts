import { checkReferences } from '../../src-shared/load/references';
import { validateMap } from '../../src-shared/load/validate';
import type { ArgMap } from '../../src-shared/model/map';
import { applyChange, type Change, invertChange } from '../../src-shared/ops/change';
import { isRefusal, type Refusal } from '../../src-shared/ops/refusal';

/**
 * The law every operation obeys, checked over a sequence of attempts: a refusal is a sentence; a change
 * is never empty, undoes exactly, and leaves a valid map; and undoing them all gives back the original.
 */
export function expectReversible(
  map: ArgMap,
  attempts: ReadonlyArray<(current: ArgMap) => Change | Refusal | null>,
): void {
  const original = structuredClone(map);
  const changes: Change[] = [];
  let current = map;
  for (const attempt of attempts) {
    const result = attempt(current);
    if (result === null) continue;
    if (isRefusal(result)) {
      expect(result.refused).toMatch(/^[A-Z].*\.$/);
      continue;
    }
    expect(result.steps.length).toBeGreaterThan(0);
    const before = current;
    current = applyChange(current, result);
    expect(applyChange(current, invertChange(result))).toStrictEqual(before);
    const valid = validateMap(current);
    expect(valid.ok ? [] : valid.errors).toEqual([]);
    const references = checkReferences(current);
    expect(references.ok ? [] : references.errors).toEqual([]);
    changes.push(result);
  }
  expect([...changes].reverse().map(invertChange).reduce(applyChange, current)).toStrictEqual(original);
  expect(map).toStrictEqual(original);
}
