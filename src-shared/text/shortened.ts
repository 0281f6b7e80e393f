/**
 * A name short enough for a dialog: at most `max` characters, cut in the middle with an ellipsis so both
 * its start and its end (a file's extension) stay readable. Never cuts inside a surrogate pair, and shows
 * line breaks and other control characters as spaces. Fast on a name of many megabytes.
 */
export function shortened(name: string, max = 80): string {
  if (name.length <= max) return oneLine(name);
  const tailLength = Math.floor((max - 1) / 3);
  let head = name.slice(0, max - 1 - tailLength);
  let tail = name.slice(name.length - tailLength);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  if (/^[\udc00-\udfff]/.test(tail)) tail = tail.slice(1);
  return oneLine(`${head}…${tail}`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
