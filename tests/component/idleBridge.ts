import type { ArgmapApi } from '../../src-shared/ipc/api';

/** A bridge that answers nothing: these tests exercise the editor alone; the e2e suite covers main. */
export function idleBridge(): ArgmapApi {
  const never = () => new Promise<never>(() => {});
  return {
    document: { initial: never },
    file: { new: never, open: never, save: never, saveAs: never },
    window: { setDirty: async () => undefined, close: never, setFullScreen: async () => undefined },
    journal: { write: async () => undefined },
    dialog: { confirmClose: never },
    on: () => () => {},
  } as unknown as ArgmapApi;
}
