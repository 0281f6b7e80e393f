import type { RecoveryChoice, UnsavedDocument } from './ports';

/** The crash-recovery question as the native dialog asks it: its words, its buttons and what each answers. */
export interface RecoveryQuestion {
  message: string;
  detail: string;
  buttons: string[];
  choices: RecoveryChoice[];
}

/**
 * A sound entry offers Restore, Discard and Show; a damaged one (it cannot be restored) says what is wrong
 * and offers only Show and Discard. The time is given only when it is known.
 */
export function recoveryQuestion(unsaved: UnsavedDocument): RecoveryQuestion {
  const when = unsaved.savedAt > 0 ? ` as they stood at ${new Date(unsaved.savedAt).toLocaleString()}` : '';
  if (unsaved.problem) {
    return {
      message: `Argmap closed before "${unsaved.name}" was saved, and what it kept cannot be read.`,
      detail: `${unsaved.problem} Show keeps the file and shows where it is, so nothing is lost; Discard deletes it.`,
      buttons: ['Show', 'Discard'],
      choices: ['show', 'discard'],
    };
  }
  const file = unsaved.filePath ? ` (the file is ${unsaved.filePath}).` : ' (it was never saved to a file).';
  return {
    message: `Argmap closed before "${unsaved.name}" was saved.`,
    detail: `Its unsaved changes${when} can be restored${file} Show keeps them for later and shows where they are kept.`,
    buttons: ['Restore', 'Discard', 'Show'],
    choices: ['restore', 'discard', 'show'],
  };
}
