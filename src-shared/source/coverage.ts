import type { ArgNode } from '../model/map';
import { splitIntoBlocks } from './blocks';

/** A sentence of the source's body: UTF-16 offsets, surrounding spaces left out. */
export interface Sentence {
  start: number;
  end: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The sentences of the body's paragraphs (the title and headings are not the argument). */
export function bodySentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of splitIntoBlocks(text)) {
    if (block.kind !== 'paragraph') continue;
    for (const { segment, index } of sentenceSegmenter.segment(text.slice(block.start, block.end))) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (!trimmed) continue;
      const start = block.start + index + lead;
      sentences.push({ start, end: start + trimmed.length });
    }
  }
  return sentences;
}

export interface Coverage {
  sentences: Sentence[];
  unmapped: Sentence[];
  /** The share of body sentences some node's passage touches, 0 to 1 (1 for a body with no sentences). */
  share: number;
}

/** Which sentences of the body no node anchors. Passages that changed do not count. */
export function sourceCoverage(
  text: string,
  nodes: readonly ArgNode[],
  changed: ReadonlySet<string>,
): Coverage {
  const sentences = bodySentences(text);
  const passages = nodes
    .filter((node) => node.anchor && !changed.has(node.id))
    .map((node) => node.anchor as NonNullable<ArgNode['anchor']>)
    .sort((a, b) => a.start - b.start);
  const unmapped = sentences.filter(
    (sentence) => !passages.some((passage) => passage.start < sentence.end && passage.end > sentence.start),
  );
  const share = sentences.length === 0 ? 1 : (sentences.length - unmapped.length) / sentences.length;
  return { sentences, unmapped, share };
}

/** The sentence holding `offset`, if it is in the body. */
export function sentenceAt(text: string, offset: number): Sentence | undefined {
  return bodySentences(text).find((sentence) => offset >= sentence.start && offset <= sentence.end);
}

/** A selection widened to whole words: a drag that starts or ends inside a word takes all of it. */
export function snapToWords(text: string, start: number, end: number): Sentence {
  const from = Math.max(0, start - 60);
  let snappedStart = start;
  let snappedEnd = end;
  for (const { segment, index, isWordLike } of wordSegmenter.segment(
    text.slice(from, Math.min(text.length, end + 60)),
  )) {
    if (!isWordLike) continue;
    const wordStart = from + index;
    const wordEnd = wordStart + segment.length;
    if (wordStart < start && wordEnd > start) snappedStart = wordStart;
    if (wordStart < end && wordEnd > end) snappedEnd = wordEnd;
  }
  return { start: snappedStart, end: snappedEnd };
}
