import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentService } from '../../../src-main/app/documentService';
import { SessionRegistry } from '../../../src-main/app/sessions';
import { BACKUPS_PER_FILE, BackupStore } from '../../../src-main/files/backups';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { noRecentFiles, stubWindows } from '../../support/mainStubs';
import { faultyFileSystem, tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();
const bytes = (text: string) => new TextEncoder().encode(text);

function store(fs = nodeFileSystem) {
  let clock = 1_700_000_000_000;
  return new BackupStore(fs, join(folder(), 'backups'), () => (clock += 1_000));
}

describe('backups of the files saves replace', () => {
  test('the version on disk is kept before a save replaces it; a new file has nothing to keep', async () => {
    const backups = store();
    const path = join(folder(), 'debate.argmap.json');
    expect(await backups.keep(path, bytes('v1'))).toEqual({ ok: true });
    expect(await backups.list(path)).toEqual([]);
    await writeFile(path, 'v1');
    await backups.keep(path, bytes('v2'));
    const [kept] = await backups.list(path);
    expect(kept?.size).toBe(2);
    expect(Buffer.from((await backups.read(path, kept?.id ?? '')) ?? []).toString()).toBe('v1');
  });

  test('the newest five per file are kept, newest first; other files have their own', async () => {
    const backups = store();
    const path = join(folder(), 'a.argmap.json');
    const other = join(folder(), 'b.argmap.json');
    await writeFile(other, 'other');
    await backups.keep(other, bytes('x'));
    for (let version = 1; version <= 8; version++) {
      await writeFile(path, `v${version}`);
      await backups.keep(path, bytes(`v${version + 1}`));
    }
    const kept = await backups.list(path);
    expect(kept).toHaveLength(BACKUPS_PER_FILE);
    const contents = await Promise.all(
      kept.map(async (b) => Buffer.from((await backups.read(path, b.id)) ?? []).toString()),
    );
    expect(contents).toEqual(['v8', 'v7', 'v6', 'v5', 'v4']);
    expect(await backups.list(other)).toHaveLength(1);
    expect(await readFile(join(backups.folderOf(path), 'source.json'), 'utf8')).toContain(
      path.replaceAll('\\', '\\\\'),
    );
  });

  test('saving what is already on disk keeps no duplicate', async () => {
    const backups = store();
    const path = join(folder(), 'same.argmap.json');
    await writeFile(path, 'same');
    await backups.keep(path, bytes('same'));
    expect(await backups.list(path)).toEqual([]);
  });

  test('only ids from the list can be read: no path escapes the backup folder', async () => {
    const backups = store();
    const path = join(folder(), 'x.argmap.json');
    for (const id of ['../../etc/passwd', 'source.json', '/etc/passwd', '1700000000000.argmap.json/..']) {
      expect(await backups.read(path, id)).toBeNull();
    }
  });

  test('a backup that cannot be written says why and never throws', async () => {
    const faulty = faultyFileSystem();
    const path = join(folder(), 'full.argmap.json');
    await writeFile(path, 'v1');
    faulty.failOn('rename', 2, 'ENOSPC'); // the first rename writes source.json, the second the copy
    const result = await store(faulty.fs).keep(path, bytes('v2'));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('disk is full') });
  });
});

describe('saving and reverting through the document service', () => {
  function setUp() {
    const windows = stubWindows();
    const sessions = new SessionRegistry();
    const backups = store();
    const documents = new DocumentService({
      fs: nodeFileSystem,
      dialogs: new ScriptedDialogs(),
      windows,
      recent: noRecentFiles,
      sessions,
      firstLaunchMapPath: 'maps/article.argmap.json',
      backups,
    });
    return { documents, sessions, backups };
  }

  test('each save keeps the version it replaces; a revert gives it back as unsaved changes', async () => {
    const { documents, sessions } = setUp();
    const path = join(folder(), 'cars.argmap.json');
    const first = sampleMap();
    const second = { ...first, title: 'Second thoughts' };
    sessions.open(1, { map: first, name: 'cars', hasFile: true }, path);
    await documents.save(1, serializeMap(first));
    await documents.save(1, serializeMap(second));
    const list = await documents.listBackups(1);
    if (list.status !== 'listed') throw new Error(list.message);
    expect(list.backups).toHaveLength(1);
    const reverted = await documents.revertToBackup(1, list.backups[0]?.id ?? '');
    expect(reverted).toEqual({
      status: 'reverted',
      document: { map: first, name: 'cars', hasFile: true, unsaved: true },
    });
    expect(sessions.get(1).dirty).toBe(true);
    // The file itself is untouched until the next save.
    expect(await readFile(path, 'utf8')).toBe(serializeMap(second));
  });

  test('an untitled map has no backups, and says so', async () => {
    const { documents, sessions } = setUp();
    sessions.open(1, { map: sampleMap(), name: 'Untitled', hasFile: false }, null);
    expect(await documents.listBackups(1)).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('not been saved'),
    });
    expect(await documents.revertToBackup(1, '1700000000000.argmap.json')).toMatchObject({
      status: 'failed',
    });
  });
});
