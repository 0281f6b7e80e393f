/**
 * A 64-bit fingerprint of a source text (two 32-bit multiply-xorshift lanes, after cyrb53). A copied
 * fragment carries it instead of the text itself, which can run to megabytes, so that a paste can tell
 * whether its anchors point into the same article. Not cryptographic: a forged fingerprint only yields
 * anchors that show as "passage changed", and a paste still checks that they lie inside the text.
 */
export function hashSourceText(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}
