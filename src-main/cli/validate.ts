import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import type { FileSystem } from '../files/fileSystem';
import { readMapFile } from '../files/readMapFile';

export interface ValidateReport {
  /** For standard output: a line per valid file, and the count when several were checked. */
  lines: string[];
  /** For standard error: a line per invalid file, then its problems. */
  errors: string[];
  /** 0 when every file is a valid map, 1 otherwise. */
  exitCode: 0 | 1;
}

/** Checks map files with the app's own loader, naming each problem's place as a JSON pointer. */
export async function validateFiles(fs: FileSystem, paths: readonly string[]): Promise<ValidateReport> {
  const lines: string[] = [];
  const errors: string[] = [];
  let failed = 0;
  for (const path of paths) {
    const result = await readMapFile(fs, path);
    if (result.ok) {
      const { nodes, edges, tour } = result.map;
      lines.push(
        `✓ ${shortenForDisplay(path)}: a valid map (${nodes.length} nodes, ${edges.length} links, ${tour.length} tour steps)`,
      );
      continue;
    }
    failed++;
    errors.push(`✗ ${shortenForDisplay(path)}`);
    if (result.errors.length === 0) errors.push(`  ${result.message}`);
    for (const error of result.errors)
      errors.push(`  ${error.pointer || '(file)'}  ${error.code}: ${error.message}`);
  }
  if (paths.length > 1) lines.push(`${paths.length - failed} valid, ${failed} invalid`);
  return { lines, errors, exitCode: failed === 0 ? 0 : 1 };
}
