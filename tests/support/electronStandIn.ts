import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module (Electron's binary cannot run here), faithful to the parts of
 * Electron 45's API main uses, recording what main asks of it. Tests mock `electron` with `electron`
 * below, call `resetStandIn()` before each start of main, and read `standIn`.
 */

type Listener = (...args: never[]) => unknown;

class StandInWebContents extends EventEmitter {
  readonly sent: Array<[string, unknown]> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  loading = false;
  zoomFactor = 1;
  setZoomFactor(factor: number) {
    this.zoomFactor = factor;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  isLoading() {
    return this.loading;
  }
  setWindowOpenHandler(handler: StandInWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
}

class StandInWindow extends EventEmitter {
  static all: StandInWindow[] = [];
  static focused: StandInWindow | null = null;
  static nextId = 1;
  readonly id = StandInWindow.nextId++;
  readonly webContents = new StandInWebContents();
  readonly calls: string[] = [];
  bounds: { x: number; y: number; width: number; height: number };
  fullScreen = false;
  url = '';
  destroyed = false;
  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    const { x = 0, y = 0, width = 800, height = 600 } = options as Record<string, number>;
    this.bounds = { x, y, width, height };
    StandInWindow.all.push(this);
    standIn.log.push('window');
    standIn.app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows = () => StandInWindow.all.filter((window) => !window.destroyed);
  static getFocusedWindow = () => StandInWindow.focused;
  static fromId = (id: number) => StandInWindow.getAllWindows().find((window) => window.id === id) ?? null;
  static fromWebContents = (contents: unknown) =>
    StandInWindow.all.find((window) => window.webContents === contents) ?? null;
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  getBounds = () => this.bounds;
  getNormalBounds = () => this.bounds;
  setBounds = (bounds: StandInWindow['bounds']) => {
    this.bounds = bounds;
  };
  isMinimized = () => this.calls.includes('minimize') && !this.calls.includes('restore');
  isMaximized = () => this.calls.includes('maximize');
  isFullScreen = () => this.fullScreen;
  isDestroyed = () => this.destroyed;
  setFullScreen(on: boolean) {
    this.calls.push(`fullScreen:${on}`);
    this.fullScreen = on;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}
for (const method of ['show', 'maximize', 'focus', 'restore', 'minimize', 'setDocumentEdited'] as const) {
  (StandInWindow.prototype as unknown as Record<string, unknown>)[method] = function (this: StandInWindow) {
    this.calls.push(method);
  };
}

function freshState() {
  const app = Object.assign(new EventEmitter(), {
    paths: new Map<string, string>(),
    switches: [] as Array<[string, string | undefined]>,
    isPackaged: false,
    hasLock: true,
    quit: () => standIn.log.push('quit'),
    exit: () => standIn.log.push('exit'),
    getName: () => 'Argmap',
    getAppPath: () => process.cwd(),
    getPath: (name: string) => app.paths.get(name) ?? `/nonexistent/${name}`,
    setPath: (name: string, path: string) => app.paths.set(name, path),
    requestSingleInstanceLock: () => app.hasLock,
    addRecentDocument: (path: string) => standIn.log.push(`recent ${path}`),
    whenReady: () => standIn.readyGate,
    commandLine: {
      appendSwitch: (name: string, value?: string) => {
        app.switches.push([name, value]);
        standIn.log.push(`switch ${name}`);
      },
    },
  });
  let openReadyGate = () => {};
  const readyGate = new Promise<void>((resolve) => {
    openReadyGate = resolve;
  });
  return {
    app,
    readyGate,
    /** Lets `app.whenReady()` resolve, as Electron does once Chromium has started. */
    becomeReady: () => {
      standIn.log.push('ready');
      openReadyGate();
    },
    log: [] as string[],
    handlers: new Map<string, Listener>(),
    privilegedSchemes: [] as unknown[],
    menu: null as { template: Array<Record<string, unknown>> } | null,
    clipboard: [] as Array<Array<{ types: string[] }>>,
    session: {
      permissionRequest: undefined as Listener | undefined,
      permissionCheck: undefined as Listener | undefined,
      spellcheck: undefined as boolean | undefined,
      dictionaryUrl: undefined as string | undefined,
    },
    dialogs: {
      open: [] as Array<string | null>,
      openParents: [] as unknown[],
      save: [] as Array<string | null>,
      saveDefaults: [] as string[],
      /** Answers (button indexes) to message boxes, in order; and the messages shown. */
      answers: [] as number[],
      messages: [] as string[],
    },
  };
}

export let standIn = freshState();

export function resetStandIn(): void {
  standIn = freshState();
  StandInWindow.all = [];
  StandInWindow.focused = null;
}

export { StandInWindow };

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };

/** What `import … from 'electron'` gives main while the stand-in is mocked in. */
export const electron = {
  get app() {
    return standIn.app;
  },
  BrowserWindow: StandInWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      standIn.privilegedSchemes.push(...schemes);
      standIn.log.push('privileged schemes');
    },
    handle: (scheme: string) => standIn.log.push(`protocol ${scheme}`),
  },
  session: {
    get defaultSession() {
      const recorded = standIn.session;
      return {
        setPermissionRequestHandler: (handler: Listener) => {
          recorded.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          recorded.permissionCheck = handler;
        },
        setSpellCheckerEnabled: (on: boolean) => {
          recorded.spellcheck = on;
        },
        setSpellCheckerDictionaryDownloadURL: (url: string) => {
          recorded.dictionaryUrl = url;
        },
      };
    },
  },
  ipcMain: {
    handle: (channel: string, handler: Listener) => {
      if (standIn.handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      standIn.handlers.set(channel, handler);
    },
  },
  Menu: {
    buildFromTemplate: (template: Array<Record<string, unknown>>) => ({ template }),
    setApplicationMenu: (menu: { template: Array<Record<string, unknown>> }) => {
      standIn.menu = menu;
    },
  },
  screen: {
    getAllDisplays: () => [display],
    getPrimaryDisplay: () => display,
    getDisplayMatching: () => display,
    on() {},
    off() {},
  },
  dialog: {
    showOpenDialog: async (...args: unknown[]) => {
      standIn.dialogs.openParents.push(args.length > 1 ? args[0] : null);
      const path = standIn.dialogs.open.shift() ?? null;
      return { canceled: path === null, filePaths: path ? [path] : [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath: string };
      standIn.dialogs.saveDefaults.push(options.defaultPath);
      const path = standIn.dialogs.save.shift() ?? null;
      return { canceled: path === null, filePath: path ?? '' };
    },
    showMessageBox: async (...args: unknown[]) => {
      standIn.dialogs.messages.push((args.at(-1) as { message: string }).message);
      return { response: standIn.dialogs.answers.shift() ?? 0 };
    },
    showErrorBox: (title: string, detail: string) => standIn.log.push(`error ${title}: ${detail}`),
  },
  shell: { openExternal: async () => {}, showItemInFolder() {} },
  clipboard: {
    write: async (items: Array<{ types: string[] }>) => {
      standIn.clipboard.push(items);
    },
  },
  ClipboardItem: class {
    readonly types: string[];
    constructor(readonly items: Record<string, unknown>) {
      this.types = Object.keys(items);
    }
  },
};
