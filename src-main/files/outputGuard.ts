import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import type { FileStats, FileSystem } from './fileSystem';
import { readMapFile } from './readMapFile';

export type OutputCheck = { ok: true } | { ok: false; message: string };

export interface OutputRequest {
  /** Every file the command reads: none of them may be written over. */
  inputs: readonly string[];
  /**
   * The person asked, in so many words, to replace an existing map file with this output (a flag such
   * as `--replace`): only then may a file that loads as an Argmap map be written over.
   */
  replaceMap?: boolean;
}

/**
 * The one rule every command that writes a file obeys (`argmap export` today; `new`, `convert`,
 * `layout`, `evaluate`, `compare` as they come): call it with the output path and the paths read
 * before writing a byte, and stop with its message (exit 1) when it refuses.
 *
 * - An output that is one of the inputs is refused: the same file however it is named (through a
 *   symbolic or hard link, `./`, `..`, or another case on a case-insensitive disk), told by the
 *   device and file number that stat(2) gives after following links.
 * - An output that is an existing map file (it loads as an Argmap map) is refused unless the person
 *   asked to replace it (`replaceMap`): an export written over a map loses the map. Images exported
 *   with the map embedded are not protected: exporting over the previous export is the usual case.
 *
 * Never throws. An output that does not exist yet, or cannot be inspected, is left to the write,
 * which says what is wrong with the path.
 */
export async function checkOutput(fs: FileSystem, out: string, request: OutputRequest): Promise<OutputCheck> {
  const existing = await statOrNull(fs, out);
  if (existing === null) return { ok: true };
  for (const input of request.inputs) {
    const read = await statOrNull(fs, input);
    if (read !== null && (await sameFile(fs, [out, existing], [input, read])))
      return refuse(
        out,
        `it is ${input === out ? 'the file' : `"${shortenForDisplay(input)}", the file`} being read`,
      );
  }
  if (!request.replaceMap && existing.isFile()) {
    const loaded = await readMapFile(fs, out);
    if (loaded.ok && !loaded.fromImage)
      return refuse(out, 'it is an Argmap map, and writing would replace it');
  }
  return { ok: true };
}

function refuse(out: string, why: string): OutputCheck {
  return {
    ok: false,
    message: `Will not write "${shortenForDisplay(out)}": ${why}. Nothing was written; choose another output file.`,
  };
}

/** By file number; where a file system gives none (0), by the real path, which resolves links and case. */
async function sameFile(
  fs: FileSystem,
  [aPath, a]: [string, FileStats],
  [bPath, b]: [string, FileStats],
): Promise<boolean> {
  if (a.ino !== 0 && b.ino !== 0) return a.dev === b.dev && a.ino === b.ino;
  try {
    return (await fs.realpath(aPath)) === (await fs.realpath(bPath));
  } catch {
    return false;
  }
}

async function statOrNull(fs: FileSystem, path: string): Promise<FileStats | null> {
  try {
    return await fs.stat(path);
  } catch {
    // A path that cannot be inspected is not a file the command reads or may lose.
    return null;
  }
}
