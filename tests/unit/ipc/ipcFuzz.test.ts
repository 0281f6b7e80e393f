import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { DocumentService } from '../../../src-main/app/documentService';
import { ExportService } from '../../../src-main/app/exportService';
import { createHandlers } from '../../../src-main/app/handlers';
import { JournalStore } from '../../../src-main/app/journal';
import { PresentationHub } from '../../../src-main/app/presentationHub';
import { createRecentFiles } from '../../../src-main/app/recentFiles';
import { SessionRegistry } from '../../../src-main/app/sessions';
import { BackupStore } from '../../../src-main/files/backups';
import { type FileSystem, nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { guardHandler, IpcRefusal, type SenderFrame, trustedUrlMatcher } from '../../../src-main/ipc/handle';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src-shared/export/exportOptions';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../src-shared/ipc/channels';
import { serializeMap } from '../../../src-shared/model/serialize';
import { initialPresenterState } from '../../../src-shared/present/presenterState';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { stubWindows } from '../../support/mainStubs';

const ARGUMENT_SETS = Number(process.env.IPC_FUZZ_RUNS ?? 1000);
const APP_URL = 'app://argmap/index.html';
const root = mkdtempSync(join(tmpdir(), 'argmap-ipc-fuzz-'));
const userData = join(root, 'data');
/** The only file a dialog ever grants: every save, export and open answer names it. */
const granted = join(root, 'granted', 'granted.argmap.json');

/** Every path the handlers write, rename, remove or create, whatever channel caused it. */
const touched: string[] = [];
const recordingFs: FileSystem = {
  ...nodeFileSystem,
  async open(path, flags, mode) {
    if (flags !== 'r') touched.push(path);
    return nodeFileSystem.open(path, flags, mode);
  },
  async rename(from, to) {
    touched.push(from, to);
    return nodeFileSystem.rename(from, to);
  },
  async unlink(path) {
    touched.push(path);
    return nodeFileSystem.unlink(path);
  },
  async mkdir(path, options) {
    touched.push(path);
    return nodeFileSystem.mkdir(path, options);
  },
};

/** Dialogs that always answer, with the one granted file or "cancel". */
class GrantingDialogs extends ScriptedDialogs {
  override async chooseMapToOpen() {
    return null;
  }
  override async chooseArticleToImport() {
    return null;
  }
  override async chooseMapToImport() {
    return null;
  }
  override async chooseSavePath() {
    return granted;
  }
  override async chooseExportPath() {
    return join(root, 'granted', 'export.out');
  }
  override async confirmClose() {
    return 'cancel' as const;
  }
  override async askFileChanged() {
    return 'cancel' as const;
  }
}

function app() {
  const windows = stubWindows();
  const dialogs = new GrantingDialogs();
  const sessions = new SessionRegistry();
  const documents = new DocumentService({
    fs: recordingFs,
    dialogs,
    windows,
    recent: createRecentFiles({ fs: recordingFs, storePath: join(userData, 'recent-files.json') }),
    sessions,
    firstLaunchMapPath: 'maps/article.argmap.json',
    journal: new JournalStore(recordingFs, join(userData, 'journal')),
    backups: new BackupStore(recordingFs, join(userData, 'backups')),
  });
  sessions.open(1, { map: sampleMap(), name: 'Sample', hasFile: false }, null);
  const handlers = createHandlers(
    documents,
    new PresentationHub(windows),
    new ExportService({ fs: recordingFs, dialogs, windows, fonts: loadInterFonts }),
    windows,
  );
  const trusted = trustedUrlMatcher(APP_URL);
  return Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [channel, guardHandler(channel, handlers[channel] as never, trusted)]),
  ) as Record<InvokeChannel, (sender: SenderFrame, args: unknown[]) => Promise<unknown>>;
}

const text = serializeMap(sampleMap());
const snapshot = initialPresenterState(1);
/** A valid call of each channel, for generated calls that are almost right. */
const VALID: Record<InvokeChannel, unknown[]> = {
  'document:initial': [],
  'file:new': [],
  'file:open': [],
  'file:save': [{ text }],
  'file:saveAs': [{ text, suggestedName: 'x' }],
  'file:listBackups': [],
  'file:revertToBackup': [{ id: '1700000000000.argmap.json' }],
  'export:preview': [{ text, options: { ...DEFAULT_EXPORT_OPTIONS, scale: 1 } }],
  'export:copy': [{ text, options: { ...DEFAULT_EXPORT_OPTIONS, format: 'svg' } }],
  'export:save': [{ text, options: { ...DEFAULT_EXPORT_OPTIONS, format: 'svg' } }],
  'export:handout': [{ text, theme: 'light' }],
  'export:cancel': [],
  'file:import': [],
  'export:textPreview': [{ text, format: 'argdown' }],
  'export:saveText': [{ text, format: 'aif' }],
  'journal:write': [{ text }],
  'window:setDirty': [{ dirty: true }],
  'window:setFullScreen': [{ on: true }],
  'window:setInterfaceSize': [{ factor: 1.5 }],
  'window:close': [],
  'dialog:confirmClose': [],
  'present:openPresenter': [{ text, state: snapshot }],
  'present:initial': [],
  'present:sync': [{ state: snapshot }],
  'present:end': [],
  'compare:chooseMap': [],
  'import:article': [],
  'import:cancel': [],
  'import:replacement': [],
  'import:paste': [{ text: 'The council voted.' }],
};

/** Arguments as an attacker in the page would send them: anything, or a valid call with one part replaced. */
function argumentSets(channel: InvokeChannel): fc.Arbitrary<unknown[]> {
  const valid = VALID[channel];
  const nearlyValid = fc
    .tuple(
      fc.anything({ withObjectString: true, withNullPrototype: true }),
      fc.nat(),
      fc.string({ maxLength: 12 }),
    )
    .map(([value, at, key]) => {
      const args = structuredClone(valid);
      const first = args[0];
      if (first && typeof first === 'object' && at % 3 !== 0) {
        const keys = Object.keys(first);
        (first as Record<string, unknown>)[at % 2 ? (keys[at % keys.length] ?? key) : key] = value;
      } else args[at % (args.length + 1)] = value;
      return args;
    });
  return fc.oneof(
    { arbitrary: fc.array(fc.anything(), { maxLength: 3 }), weight: 10 },
    { arbitrary: nearlyValid, weight: 10 },
    // Now and then the real thing, so the handlers behind the guard run too.
    { arbitrary: fc.constant(valid), weight: 1 },
  );
}

const WRONG_SENDERS: SenderFrame[] = [
  { windowId: null, url: APP_URL, isMainFrame: true },
  { windowId: 1, url: APP_URL, isMainFrame: false },
  { windowId: 1, url: 'https://example.com/index.html', isMainFrame: true },
  { windowId: 1, url: 'app://evil/index.html', isMainFrame: true },
  { windowId: 1, url: 'file:///tmp/evil.html', isMainFrame: true },
  { windowId: 1, url: '', isMainFrame: true },
];

/** True when `path` is the granted file, a save's temporary file beside it, or in the app's data folder. */
function allowed(path: string): boolean {
  const inside = (folder: string) => !relative(folder, path).startsWith('..');
  return inside(userData) || inside(join(root, 'granted'));
}

describe.each(INVOKE_CHANNELS)('%s', (channel) => {
  const guarded = app()[channel];

  test('refuses every wrong sender before looking at its arguments', async () => {
    for (const sender of WRONG_SENDERS) {
      await expect(guarded(sender, VALID[channel])).rejects.toBeInstanceOf(IpcRefusal);
    }
  });

  test(`${ARGUMENT_SETS} generated argument sets: refused cleanly or handled, never an uncaught error, no file touched outside the grants`, async () => {
    touched.length = 0;
    await fc.assert(
      fc.asyncProperty(argumentSets(channel), async (args) => {
        try {
          await guarded({ windowId: 1, url: APP_URL, isMainFrame: true }, args);
        } catch (error) {
          if (!(error instanceof IpcRefusal)) throw error;
        }
      }),
      { numRuns: ARGUMENT_SETS },
    );
    expect(touched.filter((path) => !allowed(path))).toEqual([]);
  }, 120_000);
});
