import { BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { DROP_CHANNEL, INVOKE_CHANNELS, type InvokeChannel } from '../../src-shared/ipc/channels';
import type { OpenResult } from '../../src-shared/ipc/contract';
import { guardHandler, type Handlers, IpcRefusal, type SenderFrame } from '../ipc/handle';

function senderOf(event: IpcMainInvokeEvent): SenderFrame {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return {
    windowId: window && window.webContents === event.sender ? window.id : null,
    url: frame?.url ?? '',
    isMainFrame: !!frame && frame.parent === null,
  };
}

/** Registers every channel of the contract through the same guard: trusted sender, valid arguments. */
export function registerIpc(
  handlers: Handlers,
  isTrustedUrl: (url: string) => boolean,
  openDropped: (windowId: number, path: string) => Promise<OpenResult>,
): void {
  for (const channel of INVOKE_CHANNELS) {
    const guarded = guardHandler(channel as InvokeChannel, handlers[channel] as never, isTrustedUrl);
    ipcMain.handle(channel, (event, ...args) => guarded(senderOf(event), args).catch(report(channel)));
  }
  // A drop hands main a path from the preload; main still opens only map files from it.
  ipcMain.handle(DROP_CHANNEL, async (event, path: unknown) => {
    const sender = senderOf(event);
    if (
      sender.windowId === null ||
      !sender.isMainFrame ||
      !isTrustedUrl(sender.url) ||
      typeof path !== 'string' ||
      path.length > 4096
    ) {
      throw new IpcRefusal(`${DROP_CHANNEL}: refused.`);
    }
    return openDropped(sender.windowId, path);
  });
}

function report(channel: string) {
  return (error: unknown): never => {
    console.error(`[ipc] ${channel}:`, error);
    throw error instanceof IpcRefusal ? error : new Error(`${channel} failed: ${String(error)}`);
  };
}
