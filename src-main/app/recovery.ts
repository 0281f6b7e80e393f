import type { DocumentPayload } from '../../src-shared/ipc/contract';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import type { FileIdentity } from '../files/fileIdentity';
import type { DamagedJournal, JournalStore, StoredJournal } from './journal';
import type { Dialogs, UnsavedDocument } from './ports';

/** A document to reopen as it stood before a crash. */
export interface RecoveredDocument {
  document: DocumentPayload;
  filePath: string | null;
  /** Its journal entry stays until the document is saved or discarded. */
  journalKey: string;
  /**
   * The file as the document last read or wrote it, so that a save still asks before replacing a
   * version another program wrote meanwhile. Null for an untitled document.
   */
  identity: FileIdentity | null;
}

export interface RecoveryReport {
  restored: RecoveredDocument[];
  discarded: number;
  /** Entries kept for later and shown in the file manager. */
  kept: string[];
}

/** Reading the journal at launch stops after this long, so a window always opens (what is left is offered as damaged). */
export const RECOVERY_TIME_LIMIT_MS = 5_000;

/**
 * An entry from before the journal kept the file's identity: nothing says what the file was, so the
 * first save asks (no file's hash is empty) rather than overwrite what another program may have written.
 */
const UNKNOWN_FILE: FileIdentity = { size: -1, mtimeMs: -1, hash: '' };

/** What one question at launch is about: a document that can be restored, or a damaged entry. */
type Offer = { path: string; key?: string; recovered?: RecoveredDocument; question: UnsavedDocument };

/**
 * At launch: every document the journal still holds was left unsaved by a crash or a killed process.
 * Each is offered in turn (Restore / Discard / Show); a damaged entry is offered too, saying what is
 * wrong with it (Show / Discard). Nothing is deleted without the user saying so, nothing passed over unsaid.
 */
export async function recoverUnsaved(deps: {
  journal: JournalStore;
  dialogs: Pick<Dialogs, 'askRecovery' | 'showFile'>;
  timeLimitMs?: number;
}): Promise<RecoveryReport> {
  const report: RecoveryReport = { restored: [], discarded: 0, kept: [] };
  const { entries, damaged } = await deps.journal.list({
    timeLimitMs: deps.timeLimitMs ?? RECOVERY_TIME_LIMIT_MS,
  });
  const offers = [...entries.map(restorable), ...damaged.map(damagedOffer)];
  for (const { path, key, recovered, question } of offers) {
    const choice = await deps.dialogs.askRecovery(question);
    if (choice === 'restore' && recovered) report.restored.push(recovered);
    else if (choice === 'discard' && key !== undefined) {
      await deps.journal.remove(key);
      report.discarded++;
    } else {
      deps.dialogs.showFile(path);
      report.kept.push(path);
    }
  }
  return report;
}

function restorable({ key, path, entry }: StoredJournal): Offer {
  const loaded = loadMapFromText(entry.text);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    const where = first?.pointer ? `${first.pointer}: ` : '';
    const problem = `the map in it does not open (${where}${first?.message})`;
    return damagedOffer({ key, path, name: entry.name, savedAt: entry.savedAt, problem });
  }
  const { filePath, name, savedAt } = entry;
  const document: DocumentPayload = { map: loaded.value, name, hasFile: filePath !== null, unsaved: true };
  const identity = filePath === null ? null : (entry.identity ?? UNKNOWN_FILE);
  return {
    path,
    key,
    recovered: { document, filePath, journalKey: key, identity },
    question: {
      name: shortenForDisplay(name, 80),
      filePath: filePath && shortenForDisplay(filePath, 200),
      savedAt,
    },
  };
}

function damagedOffer({ key, path, name, savedAt, problem }: DamagedJournal): Offer {
  const file = shortenForDisplay(path.split(/[\\/]/).pop() || path, 80);
  return {
    path,
    key,
    question: {
      name: shortenForDisplay(name || file, 80),
      filePath: null,
      savedAt,
      problem: `${file}: ${problem}.`,
    },
  };
}
