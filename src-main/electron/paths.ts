import { join } from 'node:path';
import { app } from 'electron';
import { APP_ENTRY_URL } from '../app/appProtocol';

/** Where the renderer is served from: the dev server in development, the bundle through `app://` otherwise. */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devServer) return devServer;
  return APP_ENTRY_URL;
}

/** The folder of the built renderer, the only one the `app:` protocol serves files from. */
export function rendererRoot(): string {
  return join(__dirname, '../renderer');
}

export function preloadPath(): string {
  return join(__dirname, '../preload/index.cjs');
}

/** The bundled maps: shipped as extra resources when packaged, in the project's maps/ folder otherwise. */
export function bundledMapPath(name: string): string {
  const base = app.isPackaged ? join(process.resourcesPath, 'maps') : join(app.getAppPath(), 'maps');
  return join(base, name);
}

export function userDataFile(name: string): string {
  return join(app.getPath('userData'), name);
}
