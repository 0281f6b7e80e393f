import { type Evaluation, evaluateMap } from '../../src-shared/assess/evaluate';
import type { ArgMap } from '../../src-shared/model/map';

const evaluations = new WeakMap<ArgMap, Evaluation>();

/** The map's evaluation, computed once per version of the map however many views ask. */
export function evaluationOf(map: ArgMap): Evaluation {
  let evaluation = evaluations.get(map);
  if (!evaluation) {
    evaluation = evaluateMap(map);
    evaluations.set(map, evaluation);
  }
  return evaluation;
}
