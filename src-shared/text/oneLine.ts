/** Whitespace that `oneLine` would change: any but a lone space between words. */
const UNEVEN_SPACE = /[^\S ]|\s\s|^\s|\s$/;

/**
 * A text on one line: runs of whitespace (line breaks too) as one space, none at either end. Most texts
 * are on one line already and are returned as they are: asking is ten times cheaper than rewriting, and
 * a large map asks it of every node's text as it opens.
 */
export function oneLine(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
