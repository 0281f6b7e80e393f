// Native modules pick their binary by process.platform when first loaded: load them as this machine.
import '@resvg/resvg-js';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ACTIONS, type ActionSpec } from '../../../src-shared/actions/catalog';
import { DROP_CHANNEL, INVOKE_CHANNELS } from '../../../src-shared/ipc/channels';
import { createNewMap } from '../../../src-shared/model/newMap';
import { serializeMap } from '../../../src-shared/model/serialize';
import { electron, resetStandIn, StandInWindow, standIn } from '../../support/electronStandIn';

// One stand-in for every fresh start of main (vi.resetModules would otherwise make a new one each time).
const shared = globalThis as { electronStandIn?: typeof electron };
shared.electronStandIn = electron;
vi.mock(
  'electron',
  () => (globalThis as { electronStandIn?: Record<string, unknown> }).electronStandIn ?? {},
);

const realPlatform = process.platform;
const ARTICLE = resolve('maps/article.argmap.json');

/** Runs main.ts afresh on `platform`, against a new stand-in; the app is not ready until `ready()`. */
async function launch(platform: NodeJS.Platform, options: { lock?: boolean; argv?: string[] } = {}) {
  resetStandIn();
  standIn.app.hasLock = options.lock ?? true;
  const appData = await mkdtemp(join(tmpdir(), 'argmap-main-'));
  standIn.app.paths.set('appData', appData);
  delete process.env.ARGMAP_USER_DATA_DIR;
  Object.defineProperty(process, 'platform', { value: platform });
  const argv = process.argv;
  process.argv = ['electron', ...(options.argv ?? [])];
  vi.resetModules();
  await import('../../../src-main/electron/main');
  process.argv = argv;
  return { appData };
}

/** Lets the app become ready and waits for its first window. */
async function ready(): Promise<StandInWindow> {
  standIn.becomeReady();
  await vi.waitFor(() => expect(StandInWindow.getAllWindows().length).toBeGreaterThan(0), {
    timeout: 10_000,
  });
  return StandInWindow.getAllWindows()[0] as StandInWindow;
}

/** Calls a registered IPC handler as the top frame of `window` at `url` would. */
function invoke(channel: string, window: StandInWindow, args: unknown[], url = 'app://argmap/index.html') {
  const handler = standIn.handlers.get(channel) as (event: unknown, ...args: unknown[]) => Promise<unknown>;
  return handler({ sender: window.webContents, senderFrame: { url, parent: null } }, ...args);
}

type MenuItem = {
  id?: string;
  role?: string;
  label?: string;
  submenu?: MenuItem[];
  click?: (item: unknown, window: unknown, event: { triggeredByAccelerator?: boolean }) => void;
};
const menuItems = (items: MenuItem[] = standIn.menu?.template as MenuItem[]): MenuItem[] =>
  items.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);

afterEach(() => {
  Object.defineProperty(process, 'platform', { value: realPlatform });
  vi.spyOn(console, 'error').mockRestore();
});

beforeAll(async () => {
  // The first start compiles main and everything it imports.
  await launch(realPlatform);
}, 60_000);

describe.each(['darwin', 'win32', 'linux'] as const)('main on %s', (platform) => {
  test('before the app is ready: the app:// scheme is privileged and Chromium’s network use is off', async () => {
    await launch(platform);
    expect(standIn.log).not.toContain('ready');
    expect(standIn.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    // V8's code cache works for a custom scheme only when it is also standard.
    expect(standIn.privilegedSchemes[0]).toMatchObject({ privileges: { standard: true, codeCache: true } });
    expect(standIn.app.switches.map(([name]) => name)).toEqual(
      expect.arrayContaining(['disable-background-networking', 'disable-component-update', 'no-pings']),
    );
    await ready();
    expect(standIn.log.indexOf('privileged schemes')).toBeLessThan(standIn.log.indexOf('ready'));
    expect(standIn.log.indexOf('protocol app')).toBeLessThan(standIn.log.indexOf('window'));
  });

  test('a development run keeps its own data folder, and so its own single-instance lock', async () => {
    const { appData } = await launch(platform);
    expect(standIn.app.getPath('userData')).toBe(join(appData, 'Argmap Development'));
  });

  test('windows are isolated, sandboxed, without Node, and shown only once drawn', async () => {
    await launch(platform);
    const window = await ready();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
    });
    expect(window.options.show).toBe(false);
    expect(window.calls).not.toContain('show');
    window.emit('ready-to-show');
    expect(window.calls).toContain('show');
    expect(window.url).toBe('app://argmap/index.html');
  });

  test('spelling is checked only where nothing is downloaded for it (the system’s checker on macOS)', async () => {
    await launch(platform);
    const window = await ready();
    expect(window.options.webPreferences.spellcheck).toBe(platform === 'darwin');
    expect(standIn.session.spellcheck).toBe(platform === 'darwin');
    expect(standIn.session.dictionaryUrl).toMatch(/^app:\/\/argmap\//);
  });

  test('pages get no permission: not full screen, not the clipboard', async () => {
    await launch(platform);
    await ready();
    for (const permission of ['fullscreen', 'clipboard-sanitized-write', 'clipboard-read']) {
      const grant = vi.fn();
      standIn.session.permissionRequest?.({} as never, permission as never, grant as never);
      expect(grant).toHaveBeenCalledWith(false);
    }
    expect(standIn.session.permissionCheck?.()).toBe(false);
  });

  test('every channel of the IPC contract has a handler, and the drop channel, and nothing else', async () => {
    await launch(platform);
    await ready();
    expect([...standIn.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS, DROP_CHANNEL].sort());
  });

  test('a dropped file goes through the same guard as every channel', async () => {
    await launch(platform);
    const window = await ready();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(invoke(DROP_CHANNEL, window, [ARTICLE], 'https://example.com/')).rejects.toThrow(
      /untrusted sender/,
    );
    await expect(invoke(DROP_CHANNEL, window, [42])).rejects.toThrow(/invalid arguments/);
    await expect(invoke('file:save', window, [{ text: 1 }])).rejects.toThrow(/invalid arguments/);
  });

  test('navigation, redirects, webviews and new windows are refused', async () => {
    await launch(platform);
    const window = await ready();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      window.webContents.emit(event, { preventDefault });
      expect(preventDefault).toHaveBeenCalled();
    }
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  test('the menu is built from the action registry, each action once, with one Select All and one About', async () => {
    await launch(platform);
    await ready();
    const items = menuItems();
    const inMenu = (ACTIONS as readonly ActionSpec[]).filter((action) => action.menu && !action.native);
    for (const action of inMenu) expect(items.filter((item) => item.id === action.id)).toHaveLength(1);
    expect(items.filter((item) => item.role === 'selectAll')).toHaveLength(0);
    expect(items.filter((item) => item.role === 'about')).toHaveLength(platform === 'darwin' ? 0 : 1);
    expect(items.some((item) => item.role === 'appMenu')).toBe(platform === 'darwin');
  });

  test('a menu item fired by its key is marked, so the page decides (macOS fires them while typing)', async () => {
    await launch(platform);
    const window = await ready();
    StandInWindow.focused = window;
    const premise = menuItems().find((item) => item.id === 'node.addPremise');
    premise?.click?.({}, window, { triggeredByAccelerator: true });
    premise?.click?.({}, window, {});
    expect(window.webContents.sent).toEqual([
      ['action:run', { id: 'node.addPremise', viaKey: true }],
      ['action:run', { id: 'node.addPremise', viaKey: false }],
    ]);
  });

  test('with no window open, New Map and Open… still work', async () => {
    await launch(platform);
    const first = await ready();
    first.close();
    StandInWindow.focused = null;
    const item = (id: string) => menuItems().find((candidate) => candidate.id === id);
    item('file.new')?.click?.({}, undefined, {});
    expect(StandInWindow.getAllWindows()).toHaveLength(1);
    standIn.dialogs.open.push(ARTICLE);
    item('file.open')?.click?.({}, undefined, {});
    await vi.waitFor(() => expect(StandInWindow.getAllWindows()).toHaveLength(2));
    expect(standIn.dialogs.openParents).toEqual([null]);
  });

  test('files a second launch hands over before the app is ready are kept, then opened', async () => {
    await launch(platform);
    standIn.app.emit('second-instance', {}, ['argmap', ARTICLE], process.cwd());
    await ready();
    await vi.waitFor(() =>
      expect(standIn.log.filter((line) => line.startsWith('recent'))).toEqual([`recent ${ARTICLE}`]),
    );
  });

  test('a second launch without files brings back a minimized window', async () => {
    await launch(platform);
    const window = await ready();
    window.calls.push('minimize');
    standIn.app.emit('second-instance', {}, ['argmap'], process.cwd());
    expect(window.calls.slice(-2)).toEqual(['restore', 'focus']);
  });

  test('when another Argmap holds the lock, this one quits before anything else', async () => {
    await launch(platform, { lock: false });
    expect(standIn.log).toContain('quit');
    standIn.becomeReady();
    await new Promise((done) => setTimeout(done, 50));
    expect(StandInWindow.all).toHaveLength(0);
  });

  test('View → Larger Interface: main zooms the window’s page, within the sizes the interface takes', async () => {
    await launch(platform);
    const window = await ready();
    await invoke('window:setInterfaceSize', window, [{ factor: 2 }]);
    expect(window.webContents.zoomFactor).toBe(2);
    await expect(invoke('window:setInterfaceSize', window, [{ factor: 40 }])).rejects.toThrow(
      /invalid arguments/,
    );
    expect(window.webContents.zoomFactor).toBe(2);
  });

  test('presenting: main puts the window in full screen and takes it out again', async () => {
    await launch(platform);
    const window = await ready();
    await invoke('window:setFullScreen', window, [{ on: true }]);
    expect(window.isFullScreen()).toBe(true);
    await invoke('present:end', window, []);
    await invoke('window:setFullScreen', window, [{ on: false }]);
    expect(window.calls.filter((call) => call.startsWith('fullScreen'))).toEqual([
      'fullScreen:true',
      'fullScreen:false',
    ]);
  });

  test('Copy as Image and Copy as SVG are written to the clipboard by main', async () => {
    await launch(platform);
    const window = await ready();
    const text = serializeMap(createNewMap());
    const options = {
      format: 'png',
      subject: { kind: 'map' },
      scale: 1,
      background: 'theme',
      padding: 24,
      theme: 'light',
      embedMap: false,
      paper: 'fit',
    };
    await expect(invoke('export:copy', window, [{ text, options }])).resolves.toMatchObject({
      status: 'copied',
    });
    await invoke('export:copy', window, [{ text, options: { ...options, format: 'svg' } }]);
    expect(standIn.clipboard.map((items) => items[0]?.types)).toEqual([
      ['image/png'],
      ['image/svg+xml', 'text/plain'],
    ]);
  });

  test('a window’s size and place are saved after a resize or a move, on every platform', async () => {
    await launch(platform);
    const window = await ready();
    window.setBounds({ x: 40, y: 50, width: 900, height: 700 });
    window.emit('resize');
    window.emit('move');
    const file = join(standIn.app.getPath('userData'), 'window-state.json');
    await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toContain('900'), { timeout: 3000 });
  });

  test('a window remembered maximized is maximized only once drawn (maximize() would show it early)', async () => {
    const { appData } = await launch(platform);
    const window = await ready();
    window.calls.push('maximize');
    window.emit('maximize');
    const file = join(appData, 'Argmap Development', 'window-state.json');
    await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toMatch(/"maximized": ?true/));
    item('file.new');
    const second = StandInWindow.getAllWindows().at(-1) as StandInWindow;
    expect(second).not.toBe(window);
    expect(second.calls).toEqual([]);
    second.emit('ready-to-show');
    expect(second.calls).toEqual(['maximize', 'show']);
  });

  test('Save of an untitled map suggests its current title, not the one its window opened with', async () => {
    await launch(platform);
    const window = await ready();
    const map = { ...createNewMap(), title: 'Renamed since' };
    await invoke('file:save', window, [{ text: serializeMap(map) }]);
    expect(standIn.dialogs.saveDefaults).toEqual(['Renamed since.argmap.json']);
  });

  test('a Save answer without .argmap.json never replaces an existing map without asking', async () => {
    await launch(platform);
    const window = await ready();
    const folder = await mkdtemp(join(tmpdir(), 'argmap-save-'));
    const existing = join(folder, 'debate.argmap.json');
    await writeFile(existing, 'theirs');
    const text = serializeMap(createNewMap());
    // macOS hands back "debate.json" for a typed "debate"; the user keeps the existing map.
    standIn.dialogs.save.push(join(folder, 'debate.json'));
    standIn.dialogs.answers.push(1);
    await expect(invoke('file:saveAs', window, [{ text, suggestedName: 'x' }])).resolves.toEqual({
      status: 'canceled',
    });
    expect(standIn.dialogs.messages).toEqual([
      '“debate.argmap.json” already exists. Do you want to replace it?',
    ]);
    expect(await readFile(existing, 'utf8')).toBe('theirs');
    standIn.dialogs.save.push(join(folder, 'debate.json'));
    standIn.dialogs.answers.push(0);
    await expect(invoke('file:saveAs', window, [{ text, suggestedName: 'x' }])).resolves.toMatchObject({
      status: 'saved',
    });
    expect(await readFile(existing, 'utf8')).toBe(text);
  });
});

function item(id: string) {
  menuItems()
    .find((candidate) => candidate.id === id)
    ?.click?.({}, undefined, {});
}
