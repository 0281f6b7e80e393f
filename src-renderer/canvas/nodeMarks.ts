import { VERDICTS } from '../../src-shared/assess/evaluate';
import type { ArgMap } from '../../src-shared/model/map';
import { evaluationOf } from '../assess/evaluation';
import { comparisonMarks } from '../compare/comparisonReport';
import type { EditorStoreState } from '../store/editorStore';

/** What a mode shows on a card beyond the document: a class, a strength bar, a verdict. */
export interface NodeMark {
  className: string;
  /** Drawn as a bar along the card's foot, 0 to 1; null where the strength is unknown. */
  strength?: number | null;
  /** Words over the card (the thesis's verdict in Assess mode). */
  verdict?: string;
}

const assessed = new WeakMap<ArgMap, ReadonlyMap<string, NodeMark>>();

/** Each node's standing: its grounded label as a class, its strength, and the thesis's verdict in words. */
export function assessmentMarksOf(map: ArgMap): ReadonlyMap<string, NodeMark> {
  const known = assessed.get(map);
  if (known) return known;
  const evaluation = evaluationOf(map);
  const marks = new Map<string, NodeMark>();
  for (const [id, standing] of Object.entries(evaluation.nodes))
    marks.set(id, { className: `assess-${standing.label}`, strength: standing.strength });
  if (evaluation.thesis) {
    const { id, label, strength } = evaluation.thesis;
    const words = `${VERDICTS[label]}${strength === null ? '' : ` · ${Math.round(strength * 100)} %`}`;
    marks.set(id, { className: `assess-${label} assess-verdict`, strength, verdict: words });
  }
  assessed.set(map, marks);
  return marks;
}

const assessmentMarks = (state: EditorStoreState) => (state.assessing ? assessmentMarksOf(state.map) : null);

let merged: { parts: unknown[]; marks: ReadonlyMap<string, NodeMark> | null } | null = null;

/** Every mode's marks on the cards (comparing, assessing), merged; keeps its identity while they do. */
export function nodeMarks(state: EditorStoreState): ReadonlyMap<string, NodeMark> | null {
  const compare = comparisonMarks(state);
  const assess = assessmentMarks(state);
  if (merged && merged.parts[0] === compare && merged.parts[1] === assess) return merged.marks;
  let marks: Map<string, NodeMark> | null = null;
  if (compare || assess) {
    marks = new Map(assess ?? []);
    for (const [id, className] of compare ?? []) {
      const mark = marks.get(id);
      marks.set(id, mark ? { ...mark, className: `${mark.className} ${className}` } : { className });
    }
  }
  merged = { parts: [compare, assess], marks };
  return marks;
}
