import { readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentService } from '../../../src-main/app/documentService';
import { SessionRegistry } from '../../../src-main/app/sessions';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { watchFileInFolder } from '../../../src-main/files/watchFile';
import type { DocumentPayload } from '../../../src-shared/ipc/contract';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { noRecentFiles, stubWindows } from '../../support/mainStubs';
import { tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();

function setUp(options: { watch?: boolean } = {}) {
  const dialogs = new ScriptedDialogs();
  const windows = stubWindows(1);
  const documents = new DocumentService({
    fs: nodeFileSystem,
    dialogs,
    windows,
    recent: noRecentFiles,
    sessions: new SessionRegistry(),
    firstLaunchMapPath: 'maps/article.argmap.json',
    ...(options.watch ? { watchFile: watchFileInFolder } : {}),
  });
  return { documents, dialogs, sent: windows.sent };
}

const mine = serializeMap({ ...sampleMap(), title: 'Mine' });
const original = serializeMap(sampleMap());

/** The kinds of things other programs do to a file, and whether each changes what it holds. */
const MODIFICATIONS = {
  /** Same length, one character different, the time put back as it was: only the content tells. */
  sameSizeSameTime: async (path: string) => {
    const before = await nodeFileSystem.stat(path);
    await writeFile(path, original.replace('Cities', 'Citiez'));
    await utimes(path, before.mtimeMs / 1000, before.mtimeMs / 1000);
    return true;
  },
  sameSize: async (path: string) => {
    await writeFile(path, original.replace('loud', 'LOUD'));
    return true;
  },
  touchOnly: async (path: string) => {
    const later = Date.now() / 1000 + 60;
    await utimes(path, later, later);
    return false;
  },
  rewrittenUnchanged: async (path: string) => {
    await writeFile(path, original);
    return false;
  },
  deleted: async (path: string) => {
    await rm(path);
    return true;
  },
  replacedByRename: async (path: string) => {
    await writeFile(`${path}.new`, serializeMap({ ...sampleMap(), title: 'Theirs' }));
    await rename(`${path}.new`, path);
    return true;
  },
} as const;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

test('100 random external changes before a save: every real change asked about, no silent overwrite, no question for a touch', async () => {
  const next = random(7);
  const kinds = Object.keys(MODIFICATIONS) as Array<keyof typeof MODIFICATIONS>;
  const counts = { asked: 0, notAsked: 0 };
  for (let round = 0; round < 100; round++) {
    const path = join(folder(), `map-${round}.argmap.json`);
    await writeFile(path, original);
    const { documents, dialogs } = setUp();
    const opened = await documents.openPath(path, null);
    expect(opened.status).toBe('openedInOtherWindow');
    const kind = kinds[Math.floor(next() * kinds.length)] as keyof typeof MODIFICATIONS;
    const changed = await MODIFICATIONS[kind](path);
    const onDisk = await readFile(path, 'utf8').catch(() => null);
    dialogs.fileChangeAnswers.push('cancel');

    const result = await documents.save(1, mine);
    if (changed) {
      counts.asked++;
      expect(dialogs.asked, kind).toEqual([
        `${kind === 'deleted' ? 'missing' : 'modified'}:save:map-${round}`,
      ]);
      expect(result).toEqual({ status: 'canceled' });
      // Nothing was written over what the other program left (or in place of what it removed).
      expect(await readFile(path, 'utf8').catch(() => null), kind).toBe(onDisk);
    } else {
      counts.notAsked++;
      expect(dialogs.asked, kind).toEqual([]);
      expect(result).toEqual({ status: 'saved', name: `map-${round}` });
      expect(await readFile(path, 'utf8')).toBe(mine);
    }
  }
  console.log(
    `external changes: 100 rounds, ${counts.asked} real changes asked about, ${counts.notAsked} touches saved over without a question`,
  );
  expect(counts.asked).toBeGreaterThan(30);
  expect(counts.notAsked).toBeGreaterThan(10);
});

test('after Overwrite the window’s version is written; after Save As both are kept; Reload takes the file’s', async () => {
  const path = join(folder(), 'debate.argmap.json');
  await writeFile(path, original);
  const { documents, dialogs } = setUp();
  await documents.openPath(path, null);
  await MODIFICATIONS.replacedByRename(path);

  dialogs.fileChangeAnswers.push('saveAs');
  dialogs.saveAnswers.push(join(folder(), 'mine'));
  expect(await documents.save(1, mine)).toEqual({ status: 'saved', name: 'mine' });
  expect(await readFile(path, 'utf8')).toContain('"Theirs"');
  expect(await readFile(join(folder(), 'mine.argmap.json'), 'utf8')).toBe(mine);

  const other = join(folder(), 'other.argmap.json');
  await writeFile(other, original);
  const second = setUp();
  await second.documents.openPath(other, null);
  await writeFile(
    other,
    original.replace('"text": "Cars make streets loud."', '"text": "Cars make streets LOUD."'),
  );
  second.dialogs.fileChangeAnswers.push('reload');
  expect(await second.documents.save(1, mine)).toEqual({ status: 'canceled' });
  const reloaded = second.sent.find((event) => event.channel === 'document:open')?.payload as DocumentPayload;
  expect(reloaded.map.nodes.map((node) => node.text)).toContain('Cars make streets LOUD.');
  // The reloaded file is now the one the window knows: the next save asks nothing.
  expect(await second.documents.save(1, mine)).toEqual({ status: 'saved', name: 'other' });
  expect(second.dialogs.asked).toHaveLength(1);

  await writeFile(other, original);
  second.dialogs.fileChangeAnswers.push('overwrite');
  expect(await second.documents.save(1, mine)).toEqual({ status: 'saved', name: 'other' });
  expect(await readFile(other, 'utf8')).toBe(mine);
});

test('a deleted file is never silently created again', async () => {
  const path = join(folder(), 'gone.argmap.json');
  await writeFile(path, original);
  const { documents, dialogs } = setUp();
  await documents.openPath(path, null);
  await rm(path);
  dialogs.fileChangeAnswers.push('overwrite');
  expect(await documents.save(1, mine)).toEqual({ status: 'saved', name: 'gone' });
  expect(dialogs.asked).toEqual(['missing:save:gone']);
  expect(await readFile(path, 'utf8')).toBe(mine);
});

test('a watched file changed by another program is noticed without a save; Argmap’s own saves are not', async () => {
  const path = join(folder(), 'watched.argmap.json');
  await writeFile(path, original);
  const { documents, dialogs, sent } = setUp({ watch: true });
  await documents.openPath(path, null);
  expect(await documents.save(1, mine)).toEqual({ status: 'saved', name: 'watched' });
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(dialogs.asked).toEqual([]);

  dialogs.fileChangeAnswers.push('reload');
  await writeFile(path, original);
  await vi.waitFor(() => expect(dialogs.asked).toEqual(['modified:watch:watched']), { timeout: 5_000 });
  await vi.waitFor(() => expect(sent.some((event) => event.channel === 'document:open')).toBe(true));
  documents.approveClose(1);
});
