// Run by bench/files.ts in a fresh `node`: the first open and the first save of a map in a process, as
// the app's main process meets them once per launch (zod's schemas and the loader not yet compiled).
import { writeFileAtomic } from '../src-main/files/atomicWrite';
import { nodeFileSystem } from '../src-main/files/fileSystem';
import { readMapFile } from '../src-main/files/readMapFile';
import { serializeMap } from '../src-shared/model/serialize';

/** What the child prints, as JSON on one line. */
export interface FirstCalls {
  openMs: number;
  saveMs: number;
  /** The same open again in the same process, for the split between cold and warm. */
  secondOpenMs: number;
}

async function main(path: string, savePath: string): Promise<FirstCalls> {
  let start = performance.now();
  const opened = await readMapFile(nodeFileSystem, path);
  const openMs = performance.now() - start;
  if (!opened.ok) throw new Error(opened.message);
  start = performance.now();
  const saved = await writeFileAtomic(nodeFileSystem, savePath, serializeMap(opened.map));
  const saveMs = performance.now() - start;
  if (!saved.ok) throw new Error(saved.message);
  start = performance.now();
  await readMapFile(nodeFileSystem, path);
  return { openMs, saveMs, secondOpenMs: performance.now() - start };
}

const [path, savePath] = process.argv.slice(2);
if (!path || !savePath) throw new Error('usage: fileChild <map file> <file to save>');
main(path, savePath).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
