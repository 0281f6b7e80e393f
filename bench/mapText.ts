import type { NodeKind } from '../src-shared/model/map';
import { between, pick, type Random } from './random';

// Phrases from the register of an op-ed on diplomacy, so texts wrap, kern and measure like real cards.
const SUBJECTS = [
  'The government',
  'Public opinion in both countries',
  'Regional trade',
  'The new prime minister',
  'Pyongyang',
  'Tokyo’s foreign ministry',
  'The opposition party',
  'Economic sanctions',
  'The summit in Singapore',
  'Younger voters',
  'The defence budget',
  'Relief aid after the earthquake',
  'The abduction issue',
  'Washington',
  'State media',
  'Back-channel talks',
  'The fishing industry',
  'Most analysts',
];
const PREDICATES = [
  'has quietly softened',
  'depends heavily on',
  'will not survive',
  'is unlikely to change',
  'has already weakened',
  'openly contradicts',
  'cannot be separated from',
  'gives new weight to',
  'was never meant to replace',
  'keeps returning to',
  'strengthens the case for',
  'undermines',
  'follows directly from',
  'has little to do with',
];
const OBJECTS = [
  'its stance on the missile tests',
  'the talks that stalled in 2019',
  'any lasting reconciliation',
  'the memory of the occupation',
  'the price of rice and fuel',
  'a formal peace treaty',
  'the alliance with the United States',
  'the families of the abductees',
  'the leader’s own standing at home',
  'the condolence message',
  'humanitarian exchanges',
  'the sanctions regime',
  'trust between the two capitals',
];
const QUALIFIERS = [
  'according to recent polls',
  'at least in the short term',
  'despite years of hostility',
  'as the article points out',
  'even without a summit',
  'since the last election',
  'if the envoy is to be believed',
  'whatever the hardliners say',
  'for the first time in decades',
  'in the eyes of most observers',
  'and nobody in the region expects otherwise',
];
const SPEAKERS = [
  ['Fumio Kishida', 'Prime Minister of Japan'],
  ['Kim Yo-jong', 'Vice Department Director of the WPK'],
  ['Jeffrey J. Hall', 'lecturer at Kanda University of International Studies'],
  ['Yoshimasa Hayashi', 'Chief Cabinet Secretary'],
  ['Lee Jong-seok', 'former unification minister'],
  ['Hitoshi Tanaka', 'former diplomat'],
  ['an unnamed official', undefined],
  ['KCNA', 'state news agency'],
] as const;

export const TEXT_LENGTH = { min: 30, max: 150 } as const;

const sentence = (parts: string[]) => {
  const text = parts.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}`;
};

/**
 * A card's text: one English-like sentence of 30–150 characters (1–4 lines on a 280 px card). Lengths
 * spread over the whole range, shorter ones a little more often, as in real maps.
 */
export function cardText(next: Random, kind: NodeKind): string {
  const target = Math.round(TEXT_LENGTH.min + (TEXT_LENGTH.max - TEXT_LENGTH.min) * next() ** 1.3);
  const subject = pick(next, SUBJECTS);
  const opening = kind === 'note' ? ['Check whether', subject.replace(/^The /, 'the ')] : [subject];
  let text = sentence([...opening, pick(next, PREDICATES), pick(next, OBJECTS)]);
  // Qualifiers are added while they fit and the text is still short of its target.
  for (let tries = 0; tries < 6 && text.length < target - 10; tries++) {
    const more = `${text}, ${pick(next, QUALIFIERS)}`;
    if (more.length + 1 <= TEXT_LENGTH.max) text = more;
  }
  if (text.length > TEXT_LENGTH.max - 1) text = text.slice(0, text.lastIndexOf(' ', TEXT_LENGTH.max - 1));
  return `${text}${kind === 'note' ? '?' : '.'}`;
}

/** Who said a quote: a speaker, usually with a role, usually in quotation marks. */
export function quoteAttribution(next: Random): { speaker: string; role?: string; direct: boolean } {
  const [speaker, role] = pick(next, SPEAKERS);
  const direct = next() < 0.7;
  return role !== undefined && between(next, 0, 3) > 0 ? { speaker, role, direct } : { speaker, direct };
}
