import type { DocumentPayload } from '../../src-shared/ipc/contract';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import type { JournalStore } from './journal';
import type { Dialogs } from './ports';

/** A document to reopen as it stood before a crash. */
export interface RecoveredDocument {
  document: DocumentPayload;
  filePath: string | null;
  /** Its journal entry stays until the document is saved or discarded. */
  journalKey: string;
}

export interface RecoveryReport {
  restored: RecoveredDocument[];
  discarded: number;
  /** Entries kept for later: shown in the file manager, or not readable as a map. */
  kept: string[];
}

/**
 * At launch: every document the journal still holds was left unsaved by a crash or a killed process.
 * Each is offered in turn (Restore / Discard / Show); nothing is deleted without the user saying so.
 */
export async function recoverUnsaved(deps: {
  journal: JournalStore;
  dialogs: Pick<Dialogs, 'askRecovery' | 'showFile'>;
}): Promise<RecoveryReport> {
  const report: RecoveryReport = { restored: [], discarded: 0, kept: [] };
  const { entries, unreadable } = await deps.journal.list();
  report.kept.push(...unreadable);
  for (const { key, path, entry } of entries) {
    const loaded = loadMapFromText(entry.text);
    if (!loaded.ok) {
      report.kept.push(path);
      continue;
    }
    const choice = await deps.dialogs.askRecovery({
      name: entry.name,
      filePath: entry.filePath,
      savedAt: entry.savedAt,
    });
    if (choice === 'restore') {
      report.restored.push({
        document: { map: loaded.value, name: entry.name, hasFile: entry.filePath !== null, unsaved: true },
        filePath: entry.filePath,
        journalKey: key,
      });
    } else if (choice === 'discard') {
      await deps.journal.remove(key);
      report.discarded++;
    } else {
      deps.dialogs.showFile(path);
      report.kept.push(path);
    }
  }
  return report;
}
