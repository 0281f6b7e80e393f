import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_CHANNELS, buildArgmapApi, earlyChannels } from '../../src-shared/ipc/api';
import { DROP_CHANNEL } from '../../src-shared/ipc/channels';

// The page gets `window.argmap`, built from the IPC contract's channel names, and nothing else.
contextBridge.exposeInMainWorld(
  'argmap',
  buildArgmapApi(
    API_CHANNELS,
    (channel, args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => ipcRenderer.removeListener(channel, forward);
    },
    earlyChannels(window.location.hash),
  ),
);

// A map dropped on the window: its path goes straight to main, never through the page.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  const path = webUtils.getPathForFile(file);
  if (!path) return;
  // Main opens it and tells the page what happened through the usual events.
  void ipcRenderer.invoke(DROP_CHANNEL, path);
});
