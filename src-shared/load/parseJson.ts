import { LIMITS } from '../model/limits';
import { failure, type LoadResult } from './loadError';

/**
 * Parses JSON text, refusing nesting deeper than the format allows before parsing (without recursion),
 * so that a hostile file cannot make the parser or a later walk exhaust the stack.
 */
export function parseJson(text: string): LoadResult<unknown> {
  const depth = maxNesting(text);
  if (depth > LIMITS.depth) {
    return failure(
      'too-deep',
      '',
      `The file nests deeper than a map can (${LIMITS.depth} levels); it is not an Argmap map.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure('malformed-json', '', `The file is not valid JSON: ${describeSyntaxError(error, text)}.`);
  }
  return { ok: true, value };
}

/** The deepest bracket nesting outside strings. Unbalanced text is left for JSON.parse to report. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * V8 words syntax errors in two ways: "… in JSON at position N", or "Unexpected token 'x', "…context…" is
 * not valid JSON", quoting up to 10 characters either side of the error. Keep the reason, drop the quoted
 * input (it may be long or garbled), and turn the position into line and column for a person.
 */
function describeSyntaxError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
  const position = errorPosition(raw, text);
  if (position === null) return reason;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}

const CONTEXT_CHARS = 10;

function errorPosition(message: string, text: string): number | null {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  const quoted = /^Unexpected token '(.+?)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!quoted) return null;
  const [, token = '', leading, context = ''] = quoted;
  const at = text.indexOf(context);
  if (at < 0) return null;
  if (leading) return at + CONTEXT_CHARS;
  const offset = context.indexOf(token);
  return offset < 0 ? null : at + offset;
}
