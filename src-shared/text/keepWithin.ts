/** A text cut to a field's limit, and how many characters (UTF-16 units, as the map's limits count) were cut. */
export interface KeptText {
  text: string;
  dropped: number;
}

/** Cuts a text to at most `max` UTF-16 units, never inside a surrogate pair (an emoji is kept whole or not at all). */
export function keepWithin(text: string, max: number): KeptText {
  if (text.length <= max) return { text, dropped: 0 };
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), dropped: text.length - end };
}

/** "Notes: 50,000 characters at most; the last 1,200 were not kept." */
export function droppedMessage(field: string, max: number, dropped: number): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return `${field}: ${n(max)} characters at most; the last ${dropped === 1 ? 'one was' : `${n(dropped)} were`} not kept.`;
}
