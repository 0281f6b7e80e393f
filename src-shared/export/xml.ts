/**
 * Text made safe for an XML 1.0 document, in element content or a quoted attribute: characters XML
 * forbids (C0 controls but tab and line feed, lone surrogates, U+FFFE, U+FFFF) are dropped, carriage
 * returns too, and the five markup characters are escaped.
 */
export function xmlText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a) continue;
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    out += ESCAPES[char] ?? char;
  }
  return out;
}

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

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** A coordinate rounded to 0.1 px, without a negative zero. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** An element's attributes, in the order given; null leaves an attribute out. */
export function attrs(values: Record<string, string | number | null>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : xmlText(value)}"`)
    .join('');
}
