import { z } from 'zod';

/** One unsaved document as the journal keeps it: enough to reopen it as it stood. */
export const JournalEntry = z.strictObject({
  format: z.literal('argmap-journal'),
  version: z.literal(1),
  /** The file the document belongs to, or null for an untitled one. */
  filePath: z.string().nullable(),
  name: z.string(),
  /** When this state was written (ms since the epoch). */
  savedAt: z.number(),
  /** The map, serialised as a file would be; loaded through the map loader on restore. */
  text: z.string(),
  /**
   * The file as the document last read or wrote it, so a restored document's save still notices a
   * change another program made meanwhile. Null for an untitled document; absent in older entries.
   */
  identity: z.strictObject({ size: z.number(), mtimeMs: z.number(), hash: z.string() }).nullable().optional(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/** What is wrong with a journal file, in words for a person, and the document's name when it can be told. */
export interface EntryProblem {
  problem: string;
  name?: string;
}

/** Reads a journal file's bytes as an entry, or says what is wrong with it (empty, cut short, from a newer Argmap…). */
export function parseEntry(bytes: Uint8Array): JournalEntry | EntryProblem {
  if (bytes.byteLength === 0) return { problem: 'it is empty' };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return error instanceof TypeError
      ? { problem: 'it is not text (it is not valid UTF-8)' }
      : { problem: 'it is cut short or damaged (it is not complete JSON)' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problem: 'it is not an Argmap journal entry' };
  const record = data as Record<string, unknown>;
  const name = typeof record.name === 'string' ? { name: record.name } : {};
  if (record.format !== 'argmap-journal') return { problem: 'it is not an Argmap journal entry', ...name };
  if (typeof record.version === 'number' && record.version > 1)
    return {
      problem: `it was written by a newer version of Argmap (journal version ${record.version}; this one reads version 1)`,
      ...name,
    };
  const parsed = JournalEntry.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { problem: `it is not a complete journal entry (${where}${issue?.message})`, ...name };
}
