import { writeFileAtomic } from '../files/atomicWrite';
import type { FileSystem } from '../files/fileSystem';
import type { CommandOutput } from './exportCommand';

/**
 * Writes a command's output atomically (after the output guard has allowed it). Null when written; else
 * what to print and exit with: the file and the reason, in a command's words ("Could not write").
 */
export async function writeOutput(
  fs: FileSystem,
  out: string,
  data: Parameters<typeof writeFileAtomic>[2],
): Promise<CommandOutput | null> {
  const written = await writeFileAtomic(fs, out, data);
  if (written.ok) return null;
  return { lines: [], errors: [written.message.replace('Could not save', 'Could not write')], exitCode: 1 };
}
