import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentService } from '../../../src-main/app/documentService';
import { JournalStore } from '../../../src-main/app/journal';
import { recoverUnsaved } from '../../../src-main/app/recovery';
import { SessionRegistry } from '../../../src-main/app/sessions';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import {
  JOURNAL_MAX_WAIT_MS,
  JOURNAL_QUIET_MS,
  journalDueAt,
  withEdit,
} from '../../../src-shared/journal/journalPolicy';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { noRecentFiles, stubWindows } from '../../support/mainStubs';
import { faultyFileSystem, tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();
const text = serializeMap(sampleMap());
const entry = (
  patch: Partial<{ filePath: string | null; name: string; savedAt: number; text: string }> = {},
) => ({
  filePath: null,
  name: 'Untitled map',
  savedAt: 1_000,
  text,
  ...patch,
});

describe('when the journal is written', () => {
  test('a second after the last edit', () => {
    expect(journalDueAt(withEdit(null, 5_000))).toBe(5_000 + JOURNAL_QUIET_MS);
  });

  test('at most ten seconds after the first edit not yet kept, however the edits keep coming', () => {
    let pending = withEdit(null, 0);
    for (let t = 500; t < 30_000; t += 500) {
      pending = withEdit(pending, t);
      expect(journalDueAt(pending)).toBeLessThanOrEqual(JOURNAL_MAX_WAIT_MS);
    }
  });
});

describe('the journal store', () => {
  test('keeps an entry per key, replaced on each write, listed oldest first', async () => {
    const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
    await journal.write('00000000-0000-4000-8000-000000000002', entry({ savedAt: 2_000, name: 'B' }));
    await journal.write('00000000-0000-4000-8000-000000000001', entry({ savedAt: 1_000, name: 'A' }));
    await journal.write('00000000-0000-4000-8000-000000000002', entry({ savedAt: 3_000, name: 'B2' }));
    const { entries, damaged } = await journal.list();
    expect(entries.map((e) => e.entry.name)).toEqual(['A', 'B2']);
    expect(damaged).toEqual([]);
    await journal.remove('00000000-0000-4000-8000-000000000001');
    expect((await journal.list()).entries.map((e) => e.entry.name)).toEqual(['B2']);
  });

  test('a removal right after a write is never undone by the write landing later', async () => {
    const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
    const key = '00000000-0000-4000-8000-00000000000a';
    void journal.write(key, entry());
    await journal.remove(key);
    expect((await journal.list()).entries).toEqual([]);
  });

  test('a file cut short is reported, not deleted; other files in the folder are ignored', async () => {
    const dir = join(folder(), 'journal');
    const journal = new JournalStore(nodeFileSystem, dir);
    await journal.write('00000000-0000-4000-8000-000000000003', entry());
    await writeFile(join(dir, '00000000-0000-4000-8000-000000000004.journal.json'), '{"format":"argmap-jour');
    await writeFile(join(dir, 'notes.txt'), 'hello');
    const { entries, damaged } = await journal.list();
    expect(entries).toHaveLength(1);
    expect(damaged.map((d) => d.path)).toEqual([
      join(dir, '00000000-0000-4000-8000-000000000004.journal.json'),
    ]);
    expect(await readdir(dir)).toHaveLength(3);
  });

  test('a failing disk makes a write report failure, never throw', async () => {
    const faulty = faultyFileSystem();
    faulty.failOn('rename', 1, 'ENOSPC');
    const journal = new JournalStore(faulty.fs, join(folder(), 'journal'));
    expect(await journal.write('00000000-0000-4000-8000-000000000005', entry())).toEqual({
      ok: false,
      message: expect.any(String),
    });
  });
});

describe('recovery at launch', () => {
  async function journalWith(...names: string[]) {
    const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
    for (const [i, name] of names.entries()) {
      await journal.write(
        `00000000-0000-4000-8000-00000000000${i}`,
        entry({ name, savedAt: i, filePath: i ? `/maps/${name}.argmap.json` : null }),
      );
    }
    return journal;
  }

  test('offers each document in turn: restore reopens it unsaved, discard deletes, show keeps and shows', async () => {
    const journal = await journalWith('Draft', 'Seminar', 'Old');
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('restore', 'discard', 'show');
    const report = await recoverUnsaved({ journal, dialogs });
    expect(dialogs.asked).toEqual(['recover:Draft', 'recover:Seminar', 'recover:Old']);
    expect(report.restored).toEqual([
      {
        document: { map: sampleMap(), name: 'Draft', hasFile: false, unsaved: true },
        filePath: null,
        journalKey: '00000000-0000-4000-8000-000000000000',
        identity: null,
      },
    ]);
    expect(report.discarded).toBe(1);
    expect(dialogs.shown).toEqual([journal.pathOf('00000000-0000-4000-8000-000000000002')]);
    // The restored entry stays until its document is saved or discarded; the shown one stays too.
    expect((await journal.list()).entries.map((e) => e.entry.name)).toEqual(['Draft', 'Old']);
  });

  test('an entry whose map does not load is offered as damaged, saying why; Show keeps it and shows it', async () => {
    const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
    await journal.write('00000000-0000-4000-8000-000000000009', entry({ text: '{"format":"argmap"}' }));
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('show');
    const report = await recoverUnsaved({ journal, dialogs });
    expect(dialogs.asked).toEqual(['damaged:Untitled map']);
    expect(dialogs.problems[0]).toMatch(
      /^00000000-0000-4000-8000-000000000009\.journal\.json: the map in it does not open \(.+\)\.$/,
    );
    const path = journal.pathOf('00000000-0000-4000-8000-000000000009');
    expect(report).toEqual({ restored: [], discarded: 0, kept: [path] });
    expect(dialogs.shown).toEqual([path]);
  });
});

describe('the document service keeps unsaved documents in the journal', () => {
  function setUp() {
    const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
    const windows = stubWindows();
    const sessions = new SessionRegistry();
    const documents = new DocumentService({
      fs: nodeFileSystem,
      dialogs: new ScriptedDialogs(),
      windows,
      recent: noRecentFiles,
      sessions,
      firstLaunchMapPath: 'maps/article.argmap.json',
      journal,
    });
    sessions.open(1, { map: sampleMap(), name: 'Draft', hasFile: false }, null);
    return { journal, documents, sessions };
  }

  test('only while the document has unsaved changes', async () => {
    const { journal, documents } = setUp();
    await documents.keepUnsaved(1, text);
    expect((await journal.list()).entries).toEqual([]);
    documents.setDirty(1, true);
    await documents.keepUnsaved(1, text);
    expect((await journal.list()).entries.map((e) => e.entry.name)).toEqual(['Draft']);
  });

  test('saved (or undone back to saved): the entry goes', async () => {
    const { journal, documents } = setUp();
    documents.setDirty(1, true);
    await documents.keepUnsaved(1, text);
    documents.setDirty(1, false);
    await vi.waitFor(async () => expect((await journal.list()).entries).toEqual([]));
  });

  test('discarded when the window closes: the entry goes', async () => {
    const { journal, documents } = setUp();
    documents.setDirty(1, true);
    await documents.keepUnsaved(1, text);
    documents.approveClose(1);
    await vi.waitFor(async () => expect((await journal.list()).entries).toEqual([]));
  });

  test('a restored document opens unsaved, bound to its file, and keeps its entry’s key', async () => {
    const { documents, sessions } = setUp();
    const id = documents.openRecovered({
      document: { map: sampleMap(), name: 'Seminar', hasFile: true, unsaved: true },
      filePath: '/maps/seminar.argmap.json',
      journalKey: '00000000-0000-4000-8000-0000000000ff',
      identity: { size: 1, mtimeMs: 2, hash: 'h' },
    });
    expect(sessions.get(id)).toMatchObject({
      dirty: true,
      filePath: '/maps/seminar.argmap.json',
      journalKey: '00000000-0000-4000-8000-0000000000ff',
      identity: { size: 1, mtimeMs: 2, hash: 'h' },
    });
  });
});

describe('a save that fails keeps everything as it was', () => {
  test.each(['ENOSPC', 'EACCES', 'EROFS', 'EXDEV', 'EIO'])(
    '%s at the rename: the file intact, the document unsaved, its journal entry kept, the message naming path and reason',
    async (code) => {
      const faulty = faultyFileSystem();
      const journal = new JournalStore(nodeFileSystem, join(folder(), 'journal'));
      const windows = stubWindows();
      const sessions = new SessionRegistry();
      const documents = new DocumentService({
        fs: faulty.fs,
        dialogs: new ScriptedDialogs(),
        windows,
        recent: noRecentFiles,
        sessions,
        firstLaunchMapPath: 'maps/article.argmap.json',
        journal,
      });
      const path = join(folder(), 'kept.argmap.json');
      await writeFile(path, text);
      expect((await documents.openPath(path, null)).status).toBe('openedInOtherWindow');
      documents.setDirty(2, true);
      await documents.keepUnsaved(2, serializeMap({ ...sampleMap(), title: 'Edited' }));
      faulty.failOn('rename', 1, code);
      const result = await documents.save(2, serializeMap({ ...sampleMap(), title: 'Edited' }));
      expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining(path) });
      expect(result.status === 'failed' && result.message.length).toBeGreaterThan(path.length + 20);
      expect(await readFile(path, 'utf8')).toBe(text);
      expect(sessions.get(2)).toMatchObject({ dirty: true, filePath: path });
      expect((await journal.list()).entries.map((e) => e.entry.name)).toEqual(['kept']);
    },
  );
});
