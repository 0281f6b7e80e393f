import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { WatchFile } from '../app/ports';

/**
 * Watches a file through its folder: saves by other programs (and by Argmap) replace the file by
 * renaming another over it, which ends a watch on the file itself but not one on its folder.
 * Watching is a hint, never the only check: every save compares the file on disk first.
 */
export const watchFileInFolder: WatchFile = (path, onChange) => {
  const name = basename(path);
  let watcher: FSWatcher;
  try {
    watcher = watch(dirname(path), { persistent: false }, (_event, filename) => {
      if (filename === null || filename.toString() === name) onChange();
    });
  } catch {
    return () => {};
  }
  watcher.on('error', () => watcher.close());
  return () => watcher.close();
};
