import { z } from 'zod';
import { LIMITS } from './limits';

/** What the user holds of a statement: accepted, rejected, or not yet decided (the default). */
export const ASSESSMENT_STATUSES = ['accepted', 'rejected', 'open'] as const;
export const AssessmentStatus = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/** The argumentation schemes a reason can be labelled with; each has its own critical questions. */
export const SCHEME_IDS = ['expert-opinion', 'consequences', 'analogy', 'cause-to-effect', 'sign'] as const;
export const SchemeId = z.enum(SCHEME_IDS);
export type SchemeId = z.infer<typeof SchemeId>;

/** An answer to one critical question of a node's scheme. */
export const CriticalAnswer = z.strictObject({
  answer: z.enum(['yes', 'no', 'unknown']),
  note: z.string().max(LIMITS.notes).optional(),
});
export type CriticalAnswer = z.infer<typeof CriticalAnswer>;

/** How many critical questions a node can hold answers to (the longest scheme has six). */
const MAX_QUESTIONS = 16;

/**
 * A node's assessment: its status, the user's confidence in it (0 to 1), a note, and the answers to the
 * critical questions of its scheme (keyed by question id). Every field is optional: absent means open.
 */
export const Assessment = z.strictObject({
  status: AssessmentStatus.optional(),
  score: z.number().min(0).max(1).optional(),
  note: z.string().max(LIMITS.notes).optional(),
  questions: z
    .record(z.string().regex(/^[a-z-]{1,32}$/, 'A question id is a short lower-case word.'), CriticalAnswer)
    .refine((questions) => Object.keys(questions).length <= MAX_QUESTIONS, {
      message: `A node answers at most ${MAX_QUESTIONS} critical questions.`,
    })
    .optional(),
});
export type Assessment = z.infer<typeof Assessment>;
