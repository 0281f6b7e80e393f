import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentService } from '../../../src-main/app/documentService';
import { JournalStore } from '../../../src-main/app/journal';
import { recoverUnsaved } from '../../../src-main/app/recovery';
import { SessionRegistry } from '../../../src-main/app/sessions';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { noRecentFiles, stubWindows } from '../../support/mainStubs';
import { tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();
const original = serializeMap(sampleMap());
const mine = serializeMap({ ...sampleMap(), title: 'Mine' });
const theirs = serializeMap({ ...sampleMap(), title: 'Theirs' });

/** One launch of the app: a document service over the same journal folder as the launches before it. */
function launch() {
  const dialogs = new ScriptedDialogs();
  const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
  const documents = new DocumentService({
    fs: nodeFileSystem,
    dialogs,
    windows: stubWindows(),
    recent: noRecentFiles,
    sessions: new SessionRegistry(),
    firstLaunchMapPath: 'maps/article.argmap.json',
    journal,
  });
  return { dialogs, journal, documents };
}

/** Opens the file, edits it, the journal keeps the edit, and the app dies without saving. */
async function editThenCrash(path: string) {
  const first = launch();
  await first.documents.openPath(path, null);
  first.documents.setDirty(2, true);
  await first.documents.keepUnsaved(2, mine);
}

/** The next launch restores the document; returns its window and the launch. */
async function relaunchAndRestore() {
  const next = launch();
  next.dialogs.recoveryAnswers.push('restore');
  const [restored] = (await recoverUnsaved({ journal: next.journal, dialogs: next.dialogs })).restored;
  if (!restored) throw new Error('nothing was restored');
  return { ...next, windowId: next.documents.openRecovered(restored) };
}

describe('a document restored after a crash, saved to its file', () => {
  test('asks Overwrite / Reload / Save As when another program changed the file meanwhile; Cancel writes nothing', async () => {
    const path = join(folder(), 'seminar.argmap.json');
    await writeFile(path, original);
    await editThenCrash(path);
    await writeFile(path, theirs);

    const { documents, dialogs, windowId } = await relaunchAndRestore();
    dialogs.fileChangeAnswers.push('cancel');
    expect(await documents.save(windowId, mine)).toEqual({ status: 'canceled' });
    expect(dialogs.asked).toEqual(['recover:seminar', 'modified:save:seminar']);
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  test('Overwrite then writes the restored version over theirs', async () => {
    const path = join(folder(), 'seminar.argmap.json');
    await writeFile(path, original);
    await editThenCrash(path);
    await writeFile(path, theirs);

    const { documents, dialogs, windowId } = await relaunchAndRestore();
    dialogs.fileChangeAnswers.push('overwrite');
    expect(await documents.save(windowId, mine)).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(mine);
  });

  test('saves without a question when the file is as the document last had it', async () => {
    const path = join(folder(), 'seminar.argmap.json');
    await writeFile(path, original);
    await editThenCrash(path);

    const { documents, dialogs, windowId } = await relaunchAndRestore();
    expect(await documents.save(windowId, mine)).toMatchObject({ status: 'saved' });
    expect(dialogs.asked).toEqual(['recover:seminar']);
    expect(await readFile(path, 'utf8')).toBe(mine);
  });

  test('from an entry that does not say what the file was (an older Argmap): asks rather than overwrite', async () => {
    const path = join(folder(), 'seminar.argmap.json');
    await writeFile(path, original);
    const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
    await journal.write('00000000-0000-4000-8000-000000000001', {
      filePath: path,
      name: 'seminar',
      savedAt: 1,
      text: mine,
    });

    const { documents, dialogs, windowId } = await relaunchAndRestore();
    dialogs.fileChangeAnswers.push('cancel');
    expect(await documents.save(windowId, mine)).toEqual({ status: 'canceled' });
    expect(dialogs.asked).toEqual(['recover:seminar', 'modified:save:seminar']);
    expect(await readFile(path, 'utf8')).toBe(original);
  });
});
