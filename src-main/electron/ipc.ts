import { BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { GuardedHandler } from '../app/services';
import { IpcRefusal, type SenderFrame } from '../ipc/handle';

function senderOf(event: IpcMainInvokeEvent): SenderFrame {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return {
    windowId: window && window.webContents === event.sender ? window.id : null,
    url: frame?.url ?? '',
    isMainFrame: !!frame && frame.parent === null,
  };
}

/**
 * Registers every channel main answers, each already behind the one guard (trusted sender, valid
 * arguments): the contract's channels and the preload's drop alike. Nothing else is registered.
 */
export function registerIpc(guarded: Readonly<Record<string, GuardedHandler>>): void {
  for (const [channel, handler] of Object.entries(guarded)) {
    ipcMain.handle(channel, (event, ...args) => handler(senderOf(event), args).catch(report(channel)));
  }
}

function report(channel: string) {
  return (error: unknown): never => {
    console.error(`[ipc] ${channel}:`, error);
    throw error instanceof IpcRefusal ? error : new Error(`${channel} failed: ${String(error)}`);
  };
}
