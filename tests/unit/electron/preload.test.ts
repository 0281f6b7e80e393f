import { INVOKE_CHANNELS } from '../../../src-shared/ipc/channels';

/** What the preload hands Electron: the page's `window.argmap`, and the questions it asks main. */
const seen = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; args: unknown[] }[],
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => seen.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      seen.invoked.push({ channel, args });
      return { answeredFor: channel };
    },
    on: () => {},
    removeListener: () => {},
  },
  webUtils: { getPathForFile: () => '' },
}));

/** Runs the preload afresh in a window at `hash`. */
async function preloadAt(hash: string) {
  seen.exposed.clear();
  seen.invoked.length = 0;
  vi.stubGlobal('window', { location: { hash }, addEventListener: () => {} });
  vi.resetModules();
  await import('../../../src-main/preload/index');
  return seen.exposed.get('argmap') as { document: { initial(): Promise<unknown> } };
}

afterEach(() => vi.unstubAllGlobals());

describe('the preload', () => {
  it('exposes window.argmap with a method for every invoke channel', async () => {
    const argmap = (await preloadAt('')) as unknown as Record<string, Record<string, unknown>>;
    for (const channel of INVOKE_CHANNELS) {
      const [domain = '', verb = ''] = channel.split(':');
      expect(typeof argmap[domain]?.[verb], channel).toBe('function');
    }
  });

  it('asks main for the editor’s document before the page’s script runs, and asks only once', async () => {
    const argmap = await preloadAt('');
    expect(seen.invoked).toEqual([{ channel: 'document:initial', args: [] }]);
    await expect(argmap.document.initial()).resolves.toEqual({ answeredFor: 'document:initial' });
    expect(seen.invoked).toHaveLength(1);
  });

  it('asks nothing early in the presenter window', async () => {
    await preloadAt('#presenter');
    expect(seen.invoked).toEqual([]);
  });
});
