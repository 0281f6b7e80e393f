import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMapFileName } from '../files/mapFileName';

export interface ArgvContext {
  /** The folder the command ran in: `process.cwd()`, or the `workingDirectory` of a second instance. */
  cwd: string;
  /** `process.defaultApp`: true when run as `electron . file`, where argv[1] is the app's folder. */
  isDefaultApp: boolean;
}

/**
 * The map files named on a command line, as absolute paths: `argmap a.argmap.json`, a double-click
 * in the file manager, or the argv a second instance forwards. Flags are skipped, including the
 * Chromium switches Electron inserts into a second instance's argv (`--allow-file-access-from-files`,
 * `--original-process-start-time=…`) and macOS's `-psn_…`; after `--` everything is a path.
 */
export function mapPathsFromArgv(argv: readonly string[], { cwd, isDefaultApp }: ArgvContext): string[] {
  const paths: string[] = [];
  let flagsEnded = false;
  for (const arg of argv.slice(isDefaultApp ? 2 : 1)) {
    if (!flagsEnded && arg === '--') {
      flagsEnded = true;
      continue;
    }
    if (arg === '' || (!flagsEnded && arg.startsWith('-'))) continue;
    const path = toPath(arg, cwd);
    if (path && isMapFileName(path) && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** Linux desktop entries may pass `file://` URLs (%U) rather than paths; other URLs are not files. */
function toPath(arg: string, cwd: string): string | undefined {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return undefined;
  return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg);
}
