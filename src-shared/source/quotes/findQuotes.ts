import {
  findMentions,
  lastPerson,
  type Mention,
  NAME_PATTERN,
  resolveName,
  resolveRole,
  roleOf,
} from './people';
import { quoteSpans } from './quoteSpans';
import { sentenceStart } from './sentences';

/** A quotation found in the source, with who said it where the text says. Offsets are into the source text. */
export interface QuoteCandidate {
  text: string;
  speaker: string | null;
  role: string | null;
  start: number;
  end: number;
  /** true: printed in quotation marks; false: reported speech ("…, said X."). */
  direct: boolean;
}

const VERBS =
  'said|says|say|told|tells|added|adds|stated|states|asserted|asserts|insisted|insists|stressed|stresses|noted|notes|explained|explains|argued|argues|warned|warns|wrote|writes|expressed|praised|concluded|concludes|declared|declares|claimed|claims|replied|replies|announced|announces|acknowledged|admitted|admits|commented|reiterated|emphasised|emphasized|suggested|predicted|cautioned|recalled|observed|remarked|conceded|continued|asked|asks|urged|promised|vowed|described';
const SUBJECT = String.raw`(?:${NAME_PATTERN}|he|she|they|I|we|[Tt]he\s(?:[\p{L}\d-]+\s){0,3}[\p{L}\d-]+)`;
/** ”, Voss added · ” said Voss · ”, the mayor said */
const AFTER = new RegExp(
  String.raw`^[\s,]*(?:(${SUBJECT})\s+(?:\p{L}+ly\s+)?(?:${VERBS})\b|(?:${VERBS})\s+(${SUBJECT}))`,
  'u',
);
const VERB_BEFORE = new RegExp(String.raw`\b(?:${VERBS}|[Aa]ccording to)\b`, 'gu');
const SUBJECT_AT_END = new RegExp(`(${SUBJECT})$`, 'u');
const NAME_IN_APPOSITION = new RegExp(String.raw`,\s*(${NAME_PATTERN}),\s*$`, 'u');
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Quotes of this many words or fewer that no one is said to have said are scare quotes. */
const SCARE_WORDS = 3;

interface Speaker {
  speaker: string;
  role: string | null;
}

/**
 * Every quotation in a source text with its speaker: quotes in curly or straight marks, quotes split
 * by their attribution, quotes over several paragraphs, "X said", "said X", "according to X", "he
 * said" (the person named just before), "the mayor said" (the person named earlier with that role),
 * and reported speech ("…, said X."). Scare quotes (a few words no one is said to say) are left out.
 */
export function findQuotes(text: string): QuoteCandidate[] {
  const mentions = findMentions(text);
  const spans = quoteSpans(text);
  const found: Array<QuoteCandidate | null> = spans.map(() => null);
  const speakers: Array<Speaker | null> = spans.map((span) =>
    attribute(text, span.outerStart, span.outerEnd, mentions),
  );
  // A quote split by its attribution, or broken off by the next quote, is the next quote's speaker's;
  // a partial quote later in a sentence is the earlier quote's speaker's.
  for (let i = spans.length - 1; i >= 0; i--) {
    if (!speakers[i] && spans[i]?.runsOn) speakers[i] = speakers[i + 1] ?? null;
  }
  // A quote with no attribution of its own, in the paragraph of the last speaker's quote with no one else
  // named between them, is that speaker's ("…,” Okafor said. “…”).
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i];
    const previous = spans[i - 1];
    if (!span || !previous || speakers[i]) continue;
    const between = text.slice(previous.outerEnd, span.outerStart);
    const someoneElse = mentions.some(
      (mention) => mention.at >= previous.outerEnd && mention.at < span.outerStart,
    );
    const long = text.slice(span.start, span.end).split(/\s+/).length > SCARE_WORDS;
    if (long && !between.includes('\n\n') && !someoneElse) speakers[i] = speakers[i - 1] ?? null;
  }
  spans.forEach((span, i) => {
    const speaker = speakers[i];
    const words = text.slice(span.start, span.end).split(/\s+/).length;
    if (!speaker && words <= SCARE_WORDS) return;
    found[i] = {
      text: text.slice(span.start, span.end),
      speaker: speaker?.speaker ?? null,
      role: speaker?.role ?? null,
      start: span.start,
      end: span.end,
      direct: true,
    };
  });
  const direct = found.filter((quote): quote is QuoteCandidate => quote !== null);
  return [...direct, ...reportedSpeech(text, mentions, spans)].sort((a, b) => a.start - b.start);
}

/** Who said the quote between `open` and `close`: told after it, or before it in its sentence. */
function attribute(text: string, open: number, close: number, mentions: readonly Mention[]): Speaker | null {
  // After a quote that ends its sentence ("….” The plan states…) or its paragraph, the words are someone else's.
  const endsSentence =
    /[.!?]['"’”]?$/.test(text.slice(open, close)) && /^\s+\p{Lu}/u.test(text.slice(close, close + 3));
  const after = endsSentence ? null : AFTER.exec(text.slice(close, close + 160).split('\n')[0] ?? '');
  const named = after?.[1] ?? after?.[2];
  if (named) return resolve(named, close, mentions);
  const from = sentenceStart(text, open);
  const before = text.slice(from, open);
  const verbs = [...before.matchAll(VERB_BEFORE)];
  const verb = verbs.at(-1);
  if (!verb) return null;
  if (verb[0].toLowerCase() === 'according to') {
    const subject = /^\s+(?:a\s+\w+\s+(?:from|by)\s+)?([^,;“"]{2,80}?)\s*[,:]/u.exec(
      before.slice(verb.index + verb[0].length),
    );
    return subject?.[1] ? resolve(subject[1], open, mentions) : null;
  }
  let subject = before.slice(0, verb.index);
  const inApposition = NAME_IN_APPOSITION.exec(subject);
  if (inApposition?.[1]) return resolve(inApposition[1], from + inApposition.index, mentions);
  subject = subject
    .replace(/\s*,\s*who\s*$/u, ',')
    .replace(/\s+who\s*$/u, '')
    .replace(/(?:\s+(?:\p{L}+ly|also|even|then|later|earlier|once|had|has|have|was|is|recently))+\s*$/u, '');
  subject = subject.replace(/,[^,]*,\s*$/u, '').trimEnd();
  const match = SUBJECT_AT_END.exec(subject);
  return match?.[1] ? resolve(match[1], from + (match.index ?? 0), mentions) : null;
}

/** A name, pronoun or role as the text gives it, resolved to the person it means. */
function resolve(words: string, at: number, mentions: readonly Mention[]): Speaker {
  const phrase = words.trim().replace(/['’]s$/u, '');
  const lower = phrase.toLowerCase();
  const found = PRONOUNS.has(lower)
    ? lastPerson(mentions, at)
    : lower.startsWith('the ') || lower.startsWith('a ')
      ? resolveRole(mentions, phrase.replace(/^(the|a)\s+/i, ''), at)
      : resolveName(mentions, phrase, at);
  if (found) return { speaker: found.name, role: roleOf(mentions, found.name, at) };
  return { speaker: phrase, role: null };
}

/** "…, said Jeffrey J. Hall, an expert …": a sentence reported as someone's words, with no quotation marks. */
function reportedSpeech(
  text: string,
  mentions: readonly Mention[],
  spans: ReturnType<typeof quoteSpans>,
): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  const pattern = new RegExp(String.raw`,\s+(?:said|says|according to)\s+(${NAME_PATTERN})`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const start = sentenceStart(text, match.index);
    if (spans.some((span) => span.outerStart < match.index && span.outerEnd > start)) continue;
    const speaker = resolve(match[1] as string, match.index, mentions);
    found.push({
      text: text.slice(start, match.index),
      speaker: speaker.speaker,
      role: speaker.role,
      start,
      end: match.index,
      direct: false,
    });
  }
  return found;
}
