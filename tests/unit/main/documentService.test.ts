import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentService, untitled } from '../../../src-main/app/documentService';
import type { Windows } from '../../../src-main/app/ports';
import { createRecentFiles } from '../../../src-main/app/recentFiles';
import { SessionRegistry } from '../../../src-main/app/sessions';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import type { DocumentPayload } from '../../../src-shared/ipc/contract';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { faultyFileSystem, tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();

/** The service with real files, scripted dialogs and a record of what it did to windows. */
function setUp(fs = nodeFileSystem) {
  const dialogs = new ScriptedDialogs();
  const sessions = new SessionRegistry();
  const opened: Array<{ id: number; document: DocumentPayload; path: string | null }> = [];
  const sent: Array<{ windowId: number; channel: string }> = [];
  const focused: number[] = [];
  const closed: number[] = [];
  let nextId = 10;
  const windows: Windows = {
    open: (document, path) => {
      const id = nextId++;
      opened.push({ id, document, path });
      return id;
    },
    focus: (id) => focused.push(id),
    close: (id) => closed.push(id),
    send: (windowId, channel) => sent.push({ windowId, channel }),
    setEdited: () => {},
    openPresenter: () => nextId++,
  };
  const recent = createRecentFiles({ fs: nodeFileSystem, storePath: join(folder(), 'recent.json') });
  const service = new DocumentService({
    fs,
    dialogs,
    windows,
    recent,
    sessions,
    firstLaunchMapPath: join(folder(), 'bundled.argmap.json'),
  });
  sessions.open(1, untitled(sampleMap()), null);
  return { service, dialogs, sessions, opened, sent, focused, closed, recent };
}

async function mapFile(name: string, title = 'On file') {
  const path = join(folder(), name);
  await writeFile(path, serializeMap({ ...sampleMap(), title }));
  return path;
}

describe('opening', () => {
  test('a file replaces the document of an untitled, unedited window', async () => {
    const { service, dialogs, opened, sessions } = setUp();
    dialogs.openAnswers.push(await mapFile('a.argmap.json', 'File A'));
    const result = await service.openFromDialog(1);
    expect(result).toMatchObject({
      status: 'opened',
      document: { name: 'a', hasFile: true, map: { title: 'File A' } },
    });
    expect(opened).toHaveLength(0);
    expect(sessions.get(1).filePath).toBe(join(folder(), 'a.argmap.json'));
  });

  test('a file opens in a new window when this one has unsaved changes', async () => {
    const { service, dialogs, opened, sessions } = setUp();
    service.setDirty(1, true);
    dialogs.openAnswers.push(await mapFile('a.argmap.json'));
    expect(await service.openFromDialog(1)).toEqual({ status: 'openedInOtherWindow' });
    expect(opened).toHaveLength(1);
    expect(sessions.get(opened[0]?.id ?? -1).filePath).toBe(join(folder(), 'a.argmap.json'));
  });

  test('a file already open is focused, not opened twice', async () => {
    const { service, focused, opened } = setUp();
    const path = await mapFile('a.argmap.json');
    await service.openPath(path, null);
    const windowId = opened[0]?.id;
    expect(await service.openPath(path, 1)).toEqual({ status: 'openedInOtherWindow' });
    expect(opened).toHaveLength(1);
    expect(focused).toEqual([windowId]);
  });

  test('cancelling the dialog changes nothing', async () => {
    const { service, dialogs, sessions } = setUp();
    dialogs.openAnswers.push(null);
    expect(await service.openFromDialog(1)).toEqual({ status: 'canceled' });
    expect(sessions.get(1).filePath).toBeNull();
  });

  test('a broken file is refused with its path in the message and is remembered nowhere', async () => {
    const { service, recent } = setUp();
    const path = join(folder(), 'broken.argmap.json');
    await writeFile(path, '{"format":"argmap"');
    const result = await service.openPath(path, 1);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain(path);
    expect(await recent.list()).toEqual([]);
  });

  test('a recent file that was deleted leaves the recent list; one that exists stays', async () => {
    const { service, recent } = setUp();
    const gone = join(folder(), 'gone.argmap.json');
    await recent.add(gone);
    const kept = await mapFile('kept.argmap.json');
    await recent.add(kept);
    await service.openPath(gone, 1);
    expect(await recent.list()).toEqual([kept]);
  });

  test('only map files and articles are accepted from a drop', async () => {
    const { service } = setUp();
    const path = join(folder(), 'notes.xyz');
    await writeFile(path, 'hello');
    const result = await service.openAnyFile(1, path);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('not an Argmap map') });
  });

  test('an article dropped on a window becomes the source of a new, untitled map', async () => {
    const { service } = setUp();
    const path = join(folder(), 'bus lanes.md');
    await writeFile(path, '# Bus lanes\n\nThe council voted for bus lanes on Main Street.');
    const result = await service.openAnyFile(1, path);
    expect(result).toMatchObject({
      status: 'opened',
      document: {
        hasFile: false,
        map: {
          title: 'Bus lanes',
          source: { text: 'Bus lanes\n\nThe council voted for bus lanes on Main Street.' },
        },
      },
    });
  });

  test('first launch shows the bundled map as an untitled copy, or a new map if it is missing', async () => {
    const { service } = setUp();
    expect(await service.firstLaunchDocument()).toMatchObject({
      hasFile: false,
      map: { title: 'Untitled map' },
    });
    const bundled = serializeMap({ ...sampleMap(), title: 'Bundled' });
    await writeFile(join(folder(), 'bundled.argmap.json'), bundled);
    expect(await service.firstLaunchDocument()).toMatchObject({
      hasFile: false,
      name: 'Bundled',
      map: { title: 'Bundled' },
      fileBytes: Buffer.byteLength(bundled),
    });
  });
});

describe('saving', () => {
  test('Save of an untitled map asks where, suggesting a name from its title, and grants that file', async () => {
    const { service, dialogs, sessions } = setUp();
    const path = join(folder(), 'chosen');
    dialogs.saveAnswers.push(path);
    const text = serializeMap(sampleMap());
    expect(await service.save(1, text)).toEqual({ status: 'saved', name: 'chosen' });
    expect(dialogs.asked).toEqual(['save:Should cities ban cars.argmap.json']);
    expect(await readFile(`${path}.argmap.json`, 'utf8')).toBe(text);
    expect(sessions.get(1).filePath).toBe(`${path}.argmap.json`);
  });

  test('a second Save writes to the granted file without asking', async () => {
    const { service, dialogs } = setUp();
    dialogs.saveAnswers.push(join(folder(), 'm.argmap.json'));
    await service.save(1, serializeMap(sampleMap()));
    const changed = serializeMap({ ...sampleMap(), title: 'Changed' });
    await service.save(1, changed);
    expect(dialogs.asked).toHaveLength(1);
    expect(await readFile(join(folder(), 'm.argmap.json'), 'utf8')).toBe(changed);
  });

  test('text that is not a valid map is never written', async () => {
    const { service, dialogs } = setUp();
    const path = join(folder(), 'm.argmap.json');
    await writeFile(path, 'original');
    dialogs.saveAnswers.push(path);
    const result = await service.saveAs(1, '{"format":"argmap","version":1}', 'x');
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('not valid') });
    expect(await readFile(path, 'utf8')).toBe('original');
  });

  test('a failed write keeps the original file and the window’s grant as they were', async () => {
    const faulty = faultyFileSystem();
    const { service, dialogs, sessions } = setUp(faulty.fs);
    const path = await mapFile('m.argmap.json', 'Original');
    const before = await readFile(path, 'utf8');
    dialogs.saveAnswers.push(path);
    faulty.failOn('rename', 1, 'EXDEV');
    const result = await service.saveAs(1, serializeMap({ ...sampleMap(), title: 'New' }), 'x');
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain(path);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(sessions.get(1).filePath).toBeNull();
  });

  test('saves of one window land in the order they were asked for', async () => {
    const { service, dialogs } = setUp();
    dialogs.saveAnswers.push(join(folder(), 'm.argmap.json'));
    await service.save(1, serializeMap(sampleMap()));
    const versions = Array.from({ length: 8 }, (_, i) => serializeMap({ ...sampleMap(), title: `v${i}` }));
    await Promise.all(versions.map((text) => service.save(1, text)));
    expect(await readFile(join(folder(), 'm.argmap.json'), 'utf8')).toBe(versions.at(-1));
  });
});

describe('closing', () => {
  test('a clean window closes at once', () => {
    const { service, sent } = setUp();
    expect(service.mayClose(1)).toBe(true);
    expect(sent).toEqual([]);
  });

  test('a dirty window asks its page to settle the changes, then closes once they are', () => {
    const { service, sent, closed } = setUp();
    service.setDirty(1, true);
    expect(service.mayClose(1)).toBe(false);
    expect(sent).toEqual([{ windowId: 1, channel: 'window:closeRequested' }]);
    service.approveClose(1);
    expect(closed).toEqual([1]);
    expect(service.mayClose(1)).toBe(true);
  });

  test('a new edit after approval needs asking again', () => {
    const { service } = setUp();
    service.setDirty(1, true);
    service.approveClose(1);
    service.setDirty(1, true);
    expect(service.mayClose(1)).toBe(false);
  });
});

describe('the unsaved-changes question', () => {
  test('is asked with the document’s name, and a Cancel is reported (so a pending quit stops)', async () => {
    const dialogs = new ScriptedDialogs();
    const sessions = new SessionRegistry();
    const onCloseCanceled = vi.fn();
    const service = new DocumentService({
      fs: nodeFileSystem,
      dialogs,
      windows: { open: () => 2, focus() {}, close() {}, send() {}, setEdited() {}, openPresenter: () => 3 },
      recent: createRecentFiles({ fs: nodeFileSystem, storePath: join(folder(), 'recent.json') }),
      sessions,
      firstLaunchMapPath: join(folder(), 'none.argmap.json'),
      onCloseCanceled,
    });
    sessions.open(1, untitled(sampleMap()), null);
    dialogs.closeAnswers.push('save', 'cancel');
    expect(await service.confirmClose(1)).toBe('save');
    expect(onCloseCanceled).not.toHaveBeenCalled();
    expect(await service.confirmClose(1)).toBe('cancel');
    expect(onCloseCanceled).toHaveBeenCalledOnce();
    expect(dialogs.asked).toEqual(['close:Should cities ban cars?', 'close:Should cities ban cars?']);
  });
});

describe('maps in other formats', () => {
  test('a dropped Argdown file opens untitled, saying what did not come over', async () => {
    const { service } = setUp();
    const path = join(folder(), 'cars.argdown');
    await writeFile(path, '# Cars\n\n[Ban]: Ban cars.\n  <+ [Loud]: Cars are loud.\n');
    const result = await service.openAnyFile(1, path);
    expect(result).toMatchObject({
      status: 'opened',
      document: {
        hasFile: false,
        name: 'cars',
        map: {
          nodes: [
            { kind: 'thesis', text: 'Ban cars.' },
            { kind: 'premise', text: 'Cars are loud.' },
          ],
        },
        notice: { message: expect.stringContaining('Headings') },
      },
    });
  });

  test('File → Open takes an Argdown file as Import… does, and refuses a .json that is no map', async () => {
    const { service, dialogs } = setUp();
    const argdown = join(folder(), 'bikes.argdown');
    await writeFile(argdown, '[Bikes]: Build bike lanes.\n  <+ [Safe]: Lanes are safe.\n');
    dialogs.openAnswers.push(argdown);
    expect(await service.openFromDialog(1)).toMatchObject({
      status: 'opened',
      document: {
        hasFile: false,
        map: { nodes: [{ text: 'Build bike lanes.' }, { text: 'Lanes are safe.' }] },
      },
    });
    // macOS lists every .json for "argmap.json": a settings file chosen there is named and refused.
    const settings = join(folder(), 'settings.json');
    await writeFile(settings, JSON.stringify({ theme: 'dark' }));
    dialogs.openAnswers.push(settings);
    const refused = await service.openFromDialog(1);
    expect(refused).toMatchObject({ status: 'failed', message: expect.stringContaining(settings) });
  });

  test('a broken AIF file is refused whole, naming the file and the problem', async () => {
    const { service } = setUp();
    const path = join(folder(), 'debate.json');
    await writeFile(path, JSON.stringify({ nodes: [{ nodeID: 1, text: 'x', type: 'XX' }], edges: [] }));
    const result = await service.openAnyFile(1, path);
    expect(result).toEqual({
      status: 'failed',
      message: `Could not import "${path}":\n- Nodes of types AIF does not define: 1 ("XX").`,
    });
  });
});
