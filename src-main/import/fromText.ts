import type { Article } from './article';
import { decodeText } from './decodeText';

/** Plain text: decoded, line endings made "\n", trailing spaces and runs of blank lines tidied. */
export function fromText(bytes: Uint8Array): Article {
  const text = decodeText(bytes)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const first = text.split('\n', 1)[0] ?? '';
  const titled = first.length > 0 && first.length <= 200 && text.startsWith(`${first}\n\n`);
  return { text, meta: titled ? { title: first } : {} };
}
