import { dirname } from 'node:path';
import type { FileSystem } from '../files/fileSystem';
import { type SweepFileSystem, type SweepResult, sweepTempFiles } from '../files/sweepTempFiles';

/**
 * At launch: removes the temporary files interrupted saves left (a crash, a killed process, a full
 * disk) beside the files Argmap knows and in its data folder (journal, backups). A save through a
 * link writes beside the file the link points to, so both folders are swept.
 */
export async function sweepLeftovers(
  deps: { fs: Pick<FileSystem, 'realpath'>; sweepFs: SweepFileSystem },
  knownFiles: readonly string[],
  dataFolder: string,
): Promise<SweepResult> {
  const folders = new Set<string>();
  for (const file of knownFiles) {
    folders.add(dirname(file));
    try {
      folders.add(dirname(await deps.fs.realpath(file)));
    } catch {
      // gone, or not reachable today: its own folder is still swept
    }
  }
  const beside = await sweepTempFiles(deps.sweepFs, [...folders]);
  const data = await sweepTempFiles(deps.sweepFs, [dataFolder], { depth: 2 });
  return { removed: [...beside.removed, ...data.removed], failed: [...beside.failed, ...data.failed] };
}
