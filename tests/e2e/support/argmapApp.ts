import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { untitled } from '../../../src-main/app/documentService';
import type { RecoveryChoice, Windows } from '../../../src-main/app/ports';
import { recoverUnsaved } from '../../../src-main/app/recovery';
import { createServices } from '../../../src-main/app/services';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';
import { watchFileInFolder } from '../../../src-main/files/watchFile';
import { trustedUrlMatcher } from '../../../src-main/ipc/handle';
import { API_CHANNELS, buildArgmapApi, earlyChannels } from '../../../src-shared/ipc/api';
import type { DocumentPayload } from '../../../src-shared/ipc/contract';
import { createNewMap } from '../../../src-shared/model/newMap';
import { PREVIEW_URL } from '../../support/previewUrl';
import { ScriptedDialogs } from './scriptedDialogs';

/**
 * Argmap as a user meets it, minus Electron: the built renderer in Chromium, with `window.argmap`
 * bridged to the real main-process handlers (real files, real loader) through the same argument guard.
 */
export interface ArgmapApp {
  page: Page;
  dialogs: ScriptedDialogs;
  /** Windows the app opened besides the page's own (File → New, a file opened beside a dirty map). */
  otherWindows: DocumentPayload[];
  closedWindows: number[];
  userData: string;
  /** The presenter's window, once the app has opened one. */
  presenterWindow(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  userData?: string;
  /** Start on a new, untitled map instead of the bundled article. */
  blank?: boolean;
  /** Open as a second window of a running app: same browser context, so the two share a clipboard. */
  context?: BrowserContext;
  /** The answers to the crash-recovery questions at launch, in order. */
  recovery?: RecoveryChoice[];
  /** The page's address within the app, `/` unless told. */
  path?: string;
}

export async function launchArgmap(browser: Browser, options: LaunchOptions = {}): Promise<ArgmapApp> {
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'argmap-e2e-')));
  // The clipboard permissions stand in for what a desktop app has anyway.
  const context =
    options.context ?? (await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] }));
  const dialogs = new ScriptedDialogs();
  const otherWindows: DocumentPayload[] = [];
  const closedWindows: number[] = [];
  const pages = new Map<number, Page>();
  const PAGE_WINDOW = 1;
  let nextWindowId = 2;
  let presenter: Promise<Page> | null = null;
  const page = await context.newPage();

  const windows: Windows = {
    open(document) {
      otherWindows.push(document);
      return nextWindowId++;
    },
    openPresenter() {
      const id = nextWindowId++;
      presenter = context.newPage().then(async (presenterPage) => {
        await attach(presenterPage, id);
        await presenterPage.goto('/#presenter');
        return presenterPage;
      });
      return id;
    },
    focus() {},
    close(windowId) {
      closedWindows.push(windowId);
      const closing = pages.get(windowId);
      if (closing && windowId !== PAGE_WINDOW) {
        pages.delete(windowId);
        void closing.close().then(() => presentations.closed(windowId));
      }
    },
    send(windowId, channel, payload) {
      const target = pages.get(windowId);
      if (!target || target.isClosed()) return;
      void target
        .evaluate(
          ([c, p]) =>
            (window as unknown as { __argmapEmit(c: string, p: unknown): void }).__argmapEmit(
              c,
              p === undefined ? undefined : JSON.parse(p),
            ),
          [channel, JSON.stringify(payload)] as const,
        )
        .catch(() => {});
    },
    setEdited() {},
    setFullScreen() {},
  };
  const services = createServices({
    fs: nodeFileSystem,
    dialogs,
    windows,
    clipboard: {
      // What Electron's clipboard module does in the app: the system clipboard, here the browser's.
      writePng: (png) =>
        page.evaluate(async (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          await navigator.clipboard.write([
            new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) }),
          ]);
        }, Buffer.from(png).toString('base64')),
      writeSvg: (svg) => page.evaluate((text) => navigator.clipboard.writeText(text), svg),
    },
    watchFile: watchFileInFolder,
    fonts: loadInterFonts,
    dataFolder: userData,
    firstLaunchMapPath: resolve('maps/article.argmap.json'),
    someWindow: () => PAGE_WINDOW,
    isTrustedUrl: trustedUrlMatcher(PREVIEW_URL),
  });
  const { documents, sessions, presentations, guarded } = services;
  // As main does at launch: what a crash left unsaved is offered first; the page shows the first one
  // restored (others would open windows of their own).
  dialogs.recoveryAnswers.push(...(options.recovery ?? []));
  const [restored, ...moreRestored] = (await recoverUnsaved({ journal: services.journal, dialogs })).restored;
  if (restored) documents.openRecovered(restored, PAGE_WINDOW);
  else
    sessions.open(
      PAGE_WINDOW,
      options.blank ? untitled(createNewMap()) : await documents.firstLaunchDocument(),
      null,
    );
  for (const other of moreRestored) documents.openRecovered(other);

  // One script string, so no eval is needed under the page's Content Security Policy.
  const channels = { invoke: [...API_CHANNELS.invoke], events: [...API_CHANNELS.events] };

  /** Makes a page one of the app's windows: its `window.argmap` calls the handlers as that window. */
  async function attach(target: Page, windowId: number) {
    pages.set(windowId, target);
    // Arguments and results cross as JSON text: Playwright's own serialisation of a 5,000-node map took
    // most of a second each way, where Electron's structured clone takes milliseconds.
    await target.exposeFunction('__argmapInvoke', async (channel: string, args: string) => {
      const handler = guarded[channel];
      if (!handler) throw new Error(`No handler for ${channel}`);
      const result = await handler({ windowId, url: target.url(), isMainFrame: true }, JSON.parse(args));
      return JSON.stringify(result);
    });
    await target.addInitScript({
      content: `(${installBridge.toString()})(${buildArgmapApi.toString()}, ${JSON.stringify(channels)}, ${earlyChannels.toString()});`,
    });
  }

  await attach(page, PAGE_WINDOW);
  await page.goto(options.path ?? '/');
  await page.locator('.react-flow__node').first().waitFor();
  return {
    page,
    dialogs,
    otherWindows,
    closedWindows,
    userData,
    presenterWindow: () => {
      if (!presenter) throw new Error('No presenter window was opened');
      return presenter;
    },
    close: () => (options.context ? page.close() : context.close()),
  };
}

/** Runs in the page before its scripts: what the preload does in Electron, over Playwright's exposed function. */
function installBridge(
  build: typeof buildArgmapApi,
  channels: { invoke: string[]; events: string[] },
  early: typeof earlyChannels,
) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const host = window as unknown as Record<string, unknown>;
  host.__argmapEmit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  const invoke = async (channel: string, args: unknown[]) => {
    const call = host.__argmapInvoke as (channel: string, args: string) => Promise<string | undefined>;
    const result = await call(channel, JSON.stringify(args));
    return result === undefined ? undefined : JSON.parse(result);
  };
  host.argmap = build(
    channels,
    invoke,
    (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return () => listeners.get(channel)?.delete(listener);
    },
    early(window.location.hash),
  );
}
