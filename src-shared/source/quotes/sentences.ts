/**
 * Where the sentence holding `at` starts: after the last ". ", "? " or "! " (a closing quotation mark may
 * follow the stop) or paragraph break before it. A stop after one capital letter ("J. Hall", "N. Korea")
 * ends no sentence.
 */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const char = text[i] as string;
    if (char === '\n') return i + 1;
    if (!/\s/.test(char)) continue;
    let stop = i - 1;
    if (/[”"’]/.test(text[stop] ?? '')) stop--;
    if (!/[.!?]/.test(text[stop] ?? '')) continue;
    if (/(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, stop - 2), stop))) continue;
    return i + 1;
  }
  return 0;
}
