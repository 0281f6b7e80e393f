import { revealBidiControls } from './revealBidiControls';

/** Enough for any real file name or path to show whole in a dialog or a message. */
export const DISPLAY_LENGTH = 160;

/**
 * A name (a file's, a map's) as a message or a dialog shows it: at most `max` code points, keeping
 * its start and its end (where the extension is) around an ellipsis, with bidirectional controls
 * shown rather than obeyed, and line breaks as spaces. A 70 MB name becomes one readable line; the name
 * itself is unchanged.
 */
export function shortenForDisplay(text: string, max = DISPLAY_LENGTH): string {
  return oneLine(revealBidiControls(text.length <= max ? text : shortened(text, max)));
}

/** Line breaks and other control characters show as spaces, so a name is one line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

/** Cut on code points (never inside a surrogate pair), reading only the two ends of a long text. */
function shortened(text: string, max: number): string {
  if (text.length <= max * 2 && Array.from(text).length <= max) return text;
  const keep = Math.max(1, max - 1);
  const front = Math.ceil(keep * 0.6);
  const back = keep - front;
  const head = Array.from(text.slice(0, front * 2)).slice(0, front);
  const tail = back === 0 ? [] : Array.from(text.slice(-back * 2)).slice(-back);
  return `${head.join('')}…${tail.join('')}`;
}
