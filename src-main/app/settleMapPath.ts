import { basename } from 'node:path';
import { ensureMapExtension } from '../files/mapFileName';

export interface SettleDeps {
  exists(path: string): Promise<boolean>;
  /** The usual question: the file is there already; replace it? */
  confirmReplace(path: string): Promise<boolean>;
}

/**
 * The file a Save dialog's answer stands for. macOS keeps only the last part of `.argmap.json` (a
 * typed "debate" comes back as "debate.json") and Windows cannot filter a two-part extension, so the
 * answer may lack it; then the extension is added here, and since the dialog asked about replacing
 * a different name, the question is asked again for the real one. Null: the user kept the file.
 */
export async function settleMapPath(chosen: string, deps: SettleDeps): Promise<string | null> {
  const final = ensureMapExtension(chosen);
  if (final === chosen || !(await deps.exists(final))) return final;
  return (await deps.confirmReplace(final)) ? final : null;
}

export function replaceQuestion(path: string) {
  return {
    message: `“${basename(path)}” already exists. Do you want to replace it?`,
    detail: 'A map with the same name is already in that folder. Replacing it overwrites its contents.',
  };
}
