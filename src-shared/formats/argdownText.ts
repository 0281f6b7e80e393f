/**
 * How Argmap's text and data go into Argdown and come back. Argdown's statement text is one line in which
 * brackets, tags, links and emphasis mean something; Argmap escapes those with a backslash. Text that one
 * line cannot hold exactly (line breaks, runs of spaces, control characters, a literal "#") is also kept,
 * exactly, in the statement's data, which other Argdown tools ignore.
 */

const SPECIAL = /[\\[\]<>{}#*_/@=`]/g;

/** One line of Argdown text saying what `text` says: whitespace collapsed, special characters escaped. */
export function argdownLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cs}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (c) => `\\${c}`);
}

/** Whether the escaped line reads back as exactly `text`, or the data must carry the text too. */
export function lineHoldsExactly(text: string): boolean {
  return (
    !/[\p{Cc}\p{Cs}\u2028\u2029#]|\s\s|^\s|\s$/u.test(text) &&
    // Only a plain space separates words on one line.
    !/[^\S ]/.test(text)
  );
}

/**
 * A value written as YAML flow inside Argdown: JSON (which YAML reads), with the characters that end
 * Argdown's data block or front matter ("{", "}", "=") written as \u escapes inside strings.
 */
/** Ends a data block or front matter, or is a line end or control character to a regular expression's `.`. */
const ESCAPED_IN_DATA = /[{}=\u007f-\u009f\u2028\u2029\ufeff]/g;

export function yamlValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value).replace(
      ESCAPED_IN_DATA,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    return `{${fields.map(([key, field]) => `${JSON.stringify(key)}: ${yamlValue(field)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** Data as `{key: value, …}`, keys in the order given, absent values left out. */
export function dataBlock(entries: Record<string, unknown>): string {
  const parts = Object.entries(entries)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${yamlValue(value)}`);
  return parts.length === 0 ? '' : `{${parts.join(', ')}}`;
}
