import type { ArgmapApi } from '../src-shared/ipc/api';

declare global {
  interface Window {
    /** The preload's bridge to main: the only way out of the page. */
    argmap?: ArgmapApi;
  }
}

/** The bridge to main. Its absence means the page was opened outside Argmap, which main.tsx reports. */
export function getBridge(): ArgmapApi | null {
  return window.argmap ?? null;
}

export const isMac = navigator.platform.toLowerCase().includes('mac');
