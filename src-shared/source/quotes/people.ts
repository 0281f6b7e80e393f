/** A person named in the text, at one place: their full name as first given and their role if stated. */
export interface Mention {
  at: number;
  name: string;
  role?: string;
  /** Named in passing, inside what is said about someone else ("the sister of Kim Jong-un"). */
  aside?: boolean;
}

const TITLES = new Set(
  'President Prime Minister Chancellor Secretary Mayor Senator Governor Professor Prof. Dr. Mr. Mrs. Ms. Leader Director General Judge Justice King Queen Pope Sir Lady Lord Rep. Sen. Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson Ambassador Commissioner Councillor Councilor Deputy Vice Chief Cabinet Foreign Defence Defense Finance Interior Premier CEO Editor Bishop Rabbi Imam Captain Colonel Officer Inspector Detective Coach Dean Rector Speaker Sheriff Attorney'.split(
    ' ',
  ),
);
/** Words that make a capitalised phrase a body or a place rather than a person. */
const NOT_PERSON = new Set(
  'University College Committee House Agency Institute Commission Assembly Ministry Department Party Council Parliament Government Office Bank Court Union Nations News Times Post Studies Republic Kingdom States Street Road City County Province Prefecture Peninsula Island Sea Ocean River Airport Station School Hospital Church Centre Center Company Corporation Inc Ltd Group Association Foundation Fund Organisation Organization Senate Congress Army Navy Police Service Board Authority Club Press Review Journal Daily Herald Guardian Tribune Year Day Eve Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December North South East West Korea Japan China America Europe Africa Asia'.split(
    ' ',
  ),
);
const STARTERS = new Set(
  'The A An In On At For But And Or If When While Although Though As After Before Since This That These Those It Its Their His Her Our We They He She I You Such With Without From By To Of Many Some Any Every Each Even Yet So Speaking According Fairly However Meanwhile Still Then There Here What Who Why How Where Public'.split(
    ' ',
  ),
);

export const NAME_PATTERN = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*))*`;
const NAMES = new RegExp(NAME_PATTERN, 'gu');
const VERB_START =
  /^(\p{L}+ed|sent|said|says|told|was|is|has|had|will|would|did|does|made|went|who|which|however)\b/u;
const stripPossessive = (word: string) => word.replace(/['’]s?$/u, '');

/** The person a capitalised phrase names (titles before the name become the role), or null. */
export function personIn(phrase: string): { name: string; role?: string } | null {
  const tokens = phrase.split(/\s+/).map(stripPossessive);
  let lastTitle = -1;
  tokens.forEach((token, i) => {
    if (TITLES.has(token)) lastTitle = i;
  });
  const nameTokens = tokens.slice(lastTitle + 1);
  while (nameTokens.length > 0 && STARTERS.has(nameTokens[0] as string)) nameTokens.shift();
  if (nameTokens.length < 2 || nameTokens.length > 4) return null;
  if (nameTokens.some((token) => NOT_PERSON.has(token) || /^\p{Lu}{2,}$/u.test(token))) return null;
  const role = lastTitle >= 0 ? tokens.slice(0, lastTitle + 1).join(' ') : undefined;
  return { name: nameTokens.join(' '), ...(role ? { role } : {}) };
}

/** Every person named with a full name, in reading order, with the role a title or an appositive gives them. */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  let asideUntil = -1;
  for (const match of text.matchAll(NAMES)) {
    const person = personIn(match[0]);
    if (!person) continue;
    const end = match.index + match[0].length;
    let appositive = /^,\s+((?:(?:the|a|an)\s|\p{Ll})[^,.;“”"]{3,120}?)[,.;]/u.exec(
      text.slice(end, end + 160),
    )?.[1];
    // "Kim Jong-un, sent a message": a verb after the comma ends an apposition, it starts none.
    if (appositive && VERB_START.test(appositive)) appositive = undefined;
    const role = person.role ?? appositive?.replace(/^(the|a|an)\s+/, '');
    const aside = match.index < asideUntil;
    mentions.push({
      at: match.index,
      name: person.name,
      ...(role ? { role } : {}),
      ...(aside ? { aside } : {}),
    });
    if (appositive && !aside) asideUntil = end + appositive.length + 2;
  }
  return mentions;
}

/** The latest full-name mention before `at` whose name holds the word (a surname or a first name). */
export function resolveName(mentions: readonly Mention[], word: string, at: number): Mention | undefined {
  const bare = stripPossessive(word.trim());
  const tokens = bare.split(/\s+/);
  const matches = (mention: Mention) => tokens.every((token) => mention.name.split(' ').includes(token));
  return (
    mentions.findLast((mention) => mention.at < at && !mention.aside && matches(mention)) ??
    mentions.findLast((mention) => mention.at < at && matches(mention)) ??
    mentions.find(matches)
  );
}

/** The person named last before `at`, not in passing: who "he" or "she" means. */
export function lastPerson(mentions: readonly Mention[], at: number): Mention | undefined {
  return mentions.findLast((mention) => mention.at < at && !mention.aside);
}

/** The role the text gives a person, at their latest mention with one before `at` (or their first). */
export function roleOf(mentions: readonly Mention[], name: string, at: number): string | null {
  const same = mentions.filter((mention) => mention.name === name && mention.role);
  return (same.findLast((mention) => mention.at < at) ?? same[0])?.role ?? null;
}

/** "the prime minister" → the latest person before `at` whose title or appositive says prime minister. */
export function resolveRole(mentions: readonly Mention[], role: string, at: number): Mention | undefined {
  const words = role.toLowerCase().split(/\s+/).slice(-2).join(' ');
  return mentions.findLast(
    (mention) => mention.at < at && mention.role?.toLowerCase().includes(words) === true,
  );
}
