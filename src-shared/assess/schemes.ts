import type { SchemeId } from '../model/assessment';
import type { ArgNode } from '../model/map';

export interface CriticalQuestion {
  id: string;
  /** One word for lists and reports. */
  label: string;
  question: string;
}

export interface Scheme {
  id: SchemeId;
  label: string;
  questions: readonly CriticalQuestion[];
}

/**
 * The argumentation schemes Argmap knows, with their critical questions (after Walton, Reed and Macagno,
 * Argumentation Schemes, 2008). Expert opinion is the scheme of every quote unless the node says otherwise.
 */
export const SCHEMES: Readonly<Record<SchemeId, Scheme>> = {
  'expert-opinion': {
    id: 'expert-opinion',
    label: 'Expert opinion',
    questions: [
      { id: 'expertise', label: 'Expertise', question: 'Is the speaker an expert?' },
      { id: 'field', label: 'Field', question: 'Is the speaker an expert in the field the claim is about?' },
      { id: 'opinion', label: 'Opinion', question: 'Did the speaker say this, as quoted?' },
      { id: 'trustworthiness', label: 'Trust', question: 'Is the speaker free of bias and reliable?' },
      { id: 'consistency', label: 'Consistency', question: 'Do other experts agree?' },
      { id: 'evidence', label: 'Evidence', question: 'Is the claim based on evidence?' },
    ],
  },
  consequences: {
    id: 'consequences',
    label: 'Consequences',
    questions: [
      { id: 'likelihood', label: 'Likelihood', question: 'Are the consequences likely to follow?' },
      { id: 'evidence', label: 'Evidence', question: 'Is there evidence that they would follow?' },
      { id: 'offsetting', label: 'Other effects', question: 'Are there no opposite consequences to weigh?' },
    ],
  },
  analogy: {
    id: 'analogy',
    label: 'Analogy',
    questions: [
      {
        id: 'similar',
        label: 'Similarity',
        question: 'Are the two cases similar in the respects that matter?',
      },
      { id: 'differences', label: 'Differences', question: 'Are there no differences that undermine it?' },
      {
        id: 'counter',
        label: 'Counter-case',
        question: 'Is there no similar case that points the other way?',
      },
    ],
  },
  'cause-to-effect': {
    id: 'cause-to-effect',
    label: 'Cause to effect',
    questions: [
      { id: 'strength', label: 'Strength', question: 'Is the causal link strong enough?' },
      { id: 'evidence', label: 'Evidence', question: 'Is there evidence for the causal link?' },
      { id: 'interference', label: 'Interference', question: 'Can nothing else stop the effect?' },
    ],
  },
  sign: {
    id: 'sign',
    label: 'Sign',
    questions: [
      { id: 'correlation', label: 'Correlation', question: 'Is the sign reliably tied to what it signals?' },
      { id: 'alternatives', label: 'Alternatives', question: 'Does nothing else explain the sign?' },
    ],
  },
};

/** The scheme whose questions a node answers: its own, or expert opinion for a quote. */
export function schemeOf(node: Pick<ArgNode, 'kind' | 'scheme'>): Scheme | null {
  if (node.scheme) return SCHEMES[node.scheme];
  return node.kind === 'quote' ? SCHEMES['expert-opinion'] : null;
}

/** Each "no" to a critical question takes a quarter off the node's base score. */
export const PENALTY_PER_NO = 0.75;

/** The factor a node's answers put on its base score: 0.75 for each question answered "no". */
export function answersFactor(node: Pick<ArgNode, 'kind' | 'scheme' | 'assessment'>): number {
  const scheme = schemeOf(node);
  const answers = node.assessment?.questions;
  if (!scheme || !answers) return 1;
  const noes = scheme.questions.filter((question) => answers[question.id]?.answer === 'no').length;
  return PENALTY_PER_NO ** noes;
}

/** The questions of a node's scheme it has not answered yes or no. */
export function openQuestions(node: Pick<ArgNode, 'kind' | 'scheme' | 'assessment'>): CriticalQuestion[] {
  const scheme = schemeOf(node);
  if (!scheme) return [];
  const answers = node.assessment?.questions ?? {};
  return scheme.questions.filter((question) => {
    const answer = answers[question.id]?.answer;
    return answer !== 'yes' && answer !== 'no';
  });
}
