import type { ArgMap, ArgNode } from '../model/map';
import { type CriticalQuestion, openQuestions, schemeOf } from './schemes';

export interface OpenQuestions {
  node: ArgNode;
  scheme: string;
  questions: CriticalQuestion[];
}

/** The Open Questions report: every node whose scheme has critical questions not yet answered yes or no. */
export function openQuestionsReport(map: Pick<ArgMap, 'nodes'>): OpenQuestions[] {
  return map.nodes.flatMap((node) => {
    const scheme = schemeOf(node);
    const questions = openQuestions(node);
    return scheme && questions.length > 0 ? [{ node, scheme: scheme.label, questions }] : [];
  });
}
