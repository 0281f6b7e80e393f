/**
 * When the crash-recovery journal is written: about a second after the last edit, and at least every
 * ten seconds while edits keep coming, so a crash loses at most the last ten seconds of work.
 */
export const JOURNAL_QUIET_MS = 1_000;
export const JOURNAL_MAX_WAIT_MS = 10_000;

/** Edits not yet in the journal: when the first and the last of them were made. */
export interface PendingEdits {
  firstAt: number;
  lastAt: number;
}

/** The time the pending edits are due in the journal. */
export function journalDueAt(pending: PendingEdits): number {
  return Math.min(pending.lastAt + JOURNAL_QUIET_MS, pending.firstAt + JOURNAL_MAX_WAIT_MS);
}

/** Pending edits once another edit is made at `now`. */
export function withEdit(pending: PendingEdits | null, now: number): PendingEdits {
  return { firstAt: pending?.firstAt ?? now, lastAt: now };
}
