import { LIMITS } from '../model/limits';

/** A text field of the map, what a message calls it, and the most it holds (UTF-16 units, as the schema counts). */
export interface FieldLimit {
  name: string;
  max: number;
}

/** The bounds of the map format on each field the editor lets a person type into. */
export const FIELD_LIMITS = {
  nodeText: { name: 'A node’s text', max: LIMITS.nodeText },
  notes: { name: 'Notes', max: LIMITS.notes },
  speaker: { name: 'A speaker', max: LIMITS.titleLength },
  role: { name: 'A role or institution', max: LIMITS.titleLength },
  stepTitle: { name: 'A step’s title', max: LIMITS.titleLength },
  stepNotes: { name: 'Speaker notes', max: LIMITS.notes },
  assessmentNote: { name: 'An assessment note', max: LIMITS.notes },
  answerNote: { name: 'A note on a critical question', max: LIMITS.notes },
  /** Every tag at its longest, with a comma and a space between: the operation checks each tag. */
  tags: { name: 'Tags', max: LIMITS.tags * (LIMITS.tagLength + 2) },
} as const satisfies Record<string, FieldLimit>;
