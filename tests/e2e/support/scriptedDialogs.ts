import type {
  Dialogs,
  FileChange,
  FileChangeChoice,
  RecoveryChoice,
  UnsavedDocument,
} from '../../../src-main/app/ports';
import type { CloseChoice } from '../../../src-shared/ipc/contract';

/** Native dialogs stand-in: each test says beforehand what the user will pick, and can read what was asked. */
export class ScriptedDialogs implements Dialogs {
  openAnswers: Array<string | null> = [];
  saveAnswers: Array<string | null> = [];
  closeAnswers: CloseChoice[] = [];
  exportAnswers: Array<string | null> = [];
  articleAnswers: Array<string | null> = [];
  importAnswers: Array<string | null> = [];
  recoveryAnswers: RecoveryChoice[] = [];
  fileChangeAnswers: FileChangeChoice[] = [];
  readonly asked: string[] = [];
  /** Files shown in the file manager. */
  readonly shown: string[] = [];

  async chooseMapToOpen(): Promise<string | null> {
    this.asked.push('open');
    return this.#next(this.openAnswers, 'open');
  }

  async chooseArticleToImport(): Promise<string | null> {
    this.asked.push('article');
    return this.#next(this.articleAnswers, 'article');
  }

  async chooseMapToImport(): Promise<string | null> {
    this.asked.push('import');
    return this.#next(this.importAnswers, 'import');
  }

  async chooseSavePath(_windowId: number, suggestedName: string): Promise<string | null> {
    this.asked.push(`save:${suggestedName}`);
    return this.#next(this.saveAnswers, 'save');
  }

  async chooseExportPath(_windowId: number, suggestedName: string): Promise<string | null> {
    this.asked.push(`export:${suggestedName}`);
    return this.#next(this.exportAnswers, 'export');
  }

  /** What each recovery question said was wrong with a damaged entry. */
  readonly problems: string[] = [];

  async askRecovery(unsaved: UnsavedDocument): Promise<RecoveryChoice> {
    this.asked.push(`${unsaved.problem ? 'damaged' : 'recover'}:${unsaved.name}`);
    if (unsaved.problem) this.problems.push(unsaved.problem);
    return this.#next(this.recoveryAnswers, 'recovery');
  }

  async askFileChanged(_windowId: number, change: FileChange): Promise<FileChangeChoice> {
    this.asked.push(`${change.kind}:${change.during}:${change.name}`);
    return this.#next(this.fileChangeAnswers, 'file-changed');
  }

  showFile(path: string): void {
    this.shown.push(path);
  }

  async confirmClose(_windowId: number, name: string): Promise<CloseChoice> {
    this.asked.push(`close:${name}`);
    return this.#next(this.closeAnswers, 'close');
  }

  #next<T>(answers: T[], what: string): T {
    if (answers.length === 0) throw new Error(`The test did not script an answer to the ${what} dialog`);
    return answers.shift() as T;
  }
}
