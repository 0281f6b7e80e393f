/**
 * Text made safe for an XML 1.0 document, in element content or a quoted attribute: characters XML
 * forbids (C0 controls but tab and line feed, lone surrogates, U+FFFE, U+FFFF) are dropped, carriage
 * returns too, and the five markup characters are escaped.
 */
export function xmlText(text: string): string {
  return escaped(text, ATTRIBUTE_MARKUP);
}

/**
 * Text made safe for element content only: as `xmlText`, but quotes and apostrophes stay as they are,
 * since only a quoted attribute needs them escaped. A map's JSON is full of quotes: escaped, they made
 * its SVG a quarter larger and cost a tenth of a second at 5,000 nodes, writing and reading back.
 */
export function xmlContent(text: string): string {
  return escaped(text, CONTENT_MARKUP);
}

function escaped(text: string, markup: RegExp): string {
  // Regular expressions, not a loop over each character (a tenth of a second for a large map's
  // embedded JSON); their lookarounds see the text as it was, as such a loop would.
  const allowed = text.replace(FORBIDDEN, '');
  if (!markup.test(allowed)) return allowed;
  // Ampersands first, so that no escape is escaped again.
  const content = allowed.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return markup === CONTENT_MARKUP ? content : content.replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

const ATTRIBUTE_MARKUP = /[&<>"']/;
const CONTENT_MARKUP = /[&<>]/;

/** What XML 1.0 forbids: C0 controls but tab and line feed (carriage return too), U+FFFE, U+FFFF, lone surrogates. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * JSON text that XML 1.0 can carry whole: each character XML forbids (U+FFFE, U+FFFF, a lone
 * surrogate, a C0 control) becomes its JSON escape, `\uFFFE`. Valid JSON holds such characters only
 * inside strings, where the escape reads back as the same character; JSON.stringify escapes controls
 * and lone surrogates itself, but not U+FFFE and U+FFFF, which `xmlText` would then drop.
 */
export function jsonForXml(json: string): string {
  return json.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A coordinate rounded to 0.1 px, without a negative zero. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** An element's attributes, in the order given; null leaves an attribute out. */
export function attrs(values: Record<string, string | number | null>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : xmlText(value)}"`;
  }
  return out;
}
