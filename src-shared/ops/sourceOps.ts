import { LIMITS } from '../model/limits';
import type { ArgMap, Source } from '../model/map';
import type { Change } from './change';
import { type Refusal, refuse } from './refusal';

/** The details of a source that the Source Info dialog edits. */
export type SourceInfo = Pick<Source, 'title' | 'author' | 'publisher' | 'published' | 'url'>;

const DETAILS = ['author', 'publisher', 'published', 'url'] as const;

/**
 * Corrects the details of the map's source: its title, author(s), publisher or site, date and URL.
 * Blank details are removed. Null when the map has no source or nothing changes.
 */
export function updateSourceInfo(map: ArgMap, info: SourceInfo): Change | Refusal | null {
  const before = map.source;
  if (!before) return null;
  const title = info.title.trim();
  if (!title) return refuse('A source needs a title.');
  const after: Source = { title, text: before.text };
  for (const key of DETAILS) {
    const value = info[key]?.trim();
    if (value) after[key] = value;
  }
  if (
    [title, after.author, after.publisher, after.published].some(
      (value) => (value?.length ?? 0) > LIMITS.titleLength,
    )
  ) {
    return refuse(`Each detail of a source is at most ${LIMITS.titleLength} characters long.`);
  }
  if ((after.url?.length ?? 0) > 2048) return refuse('A URL is at most 2,048 characters long.');
  const unchanged = (['title', ...DETAILS] as const).every((key) => before[key] === after[key]);
  if (unchanged) return null;
  return { label: 'Edit source info', steps: [{ type: 'setSource', before, after }] };
}
