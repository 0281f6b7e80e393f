const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A fresh id such as "n-4k2x9q1m": a readable prefix and 8 random characters, enough for any one map. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `${prefix}-${suffix}`;
}
