import { access } from 'node:fs/promises';
import { BrowserWindow, dialog, shell } from 'electron';
import type { CloseChoice } from '../../src-shared/ipc/contract';
import { ARTICLE_FILTER, IMPORT_FILTERS, MAP_FILTERS, OPEN_FILTERS } from '../app/dialogFilters';
import type { Dialogs, FileChangeChoice } from '../app/ports';
import { recoveryQuestion } from '../app/recoveryQuestion';
import { replaceQuestion, settleMapPath } from '../app/settleMapPath';

const EXPORT_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  argdown: { name: 'Argdown', extensions: ['argdown'] },
  aif: { name: 'AIF (JSON)', extensions: ['json'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  canvas: { name: 'JSON Canvas', extensions: ['canvas'] },
  html: { name: 'Web page', extensions: ['html', 'htm'] },
};

function parentOf(windowId: number | null): BrowserWindow | undefined {
  return windowId === null ? undefined : (BrowserWindow.fromId(windowId) ?? undefined);
}

/** Native dialogs, each sheet-attached to the window that asked. */
export const electronDialogs: Dialogs = {
  async chooseMapToOpen(windowId) {
    const options = { title: 'Open Map', properties: ['openFile' as const], filters: OPEN_FILTERS };
    const parent = parentOf(windowId);
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseMapToImport(windowId) {
    const options = { title: 'Import Map', properties: ['openFile' as const], filters: IMPORT_FILTERS };
    const parent = parentOf(windowId);
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseSavePath(windowId, suggestedName) {
    const options = { title: 'Save Map', defaultPath: suggestedName, filters: MAP_FILTERS };
    const parent = parentOf(windowId);
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    return settleMapPath(result.filePath, {
      exists: (path) =>
        access(path).then(
          () => true,
          () => false,
        ),
      confirmReplace: async (path) => {
        const question = {
          type: 'warning' as const,
          ...replaceQuestion(path),
          buttons: ['Replace', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
        };
        const { response } = parent
          ? await dialog.showMessageBox(parent, question)
          : await dialog.showMessageBox(question);
        return response === 0;
      },
    });
  },
  async chooseExportPath(windowId, suggestedName, format) {
    const options = {
      title: 'Export',
      defaultPath: suggestedName,
      filters: [EXPORT_FILTERS[format] ?? { name: format.toUpperCase(), extensions: [format] }],
    };
    const parent = parentOf(windowId);
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async confirmClose(windowId, name): Promise<CloseChoice> {
    const options = {
      type: 'warning' as const,
      message: `Do you want to save the changes you made to "${name}"?`,
      detail: 'Your changes will be lost if you don’t save them.',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    };
    const parent = parentOf(windowId);
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
  },
  async askRecovery(unsaved) {
    const question = recoveryQuestion(unsaved);
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      message: question.message,
      detail: question.detail,
      buttons: question.buttons,
      defaultId: 0,
      // Closing the dialog keeps what was kept: Show never loses anything.
      cancelId: question.choices.indexOf('show'),
      noLink: true,
    });
    return question.choices[response] ?? 'show';
  },
  async chooseArticleToImport(windowId) {
    const options = {
      title: 'New Map from Article',
      properties: ['openFile' as const],
      filters: [ARTICLE_FILTER, { name: 'All files', extensions: ['*'] }],
    };
    const parent = parentOf(windowId);
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  showFile(path) {
    shell.showItemInFolder(path);
  },
  async askFileChanged(windowId, change) {
    // The buttons depend on what happened and when; each maps to one choice.
    const buttons: Array<[string, FileChangeChoice]> =
      change.during === 'save'
        ? change.kind === 'modified'
          ? [
              ['Overwrite', 'overwrite'],
              ['Reload', 'reload'],
              ['Save As…', 'saveAs'],
              ['Cancel', 'cancel'],
            ]
          : [
              ['Save Here Again', 'overwrite'],
              ['Save As…', 'saveAs'],
              ['Cancel', 'cancel'],
            ]
        : change.kind === 'modified'
          ? [
              ['Reload', 'reload'],
              ['Keep Mine', 'overwrite'],
              ['Save As…', 'saveAs'],
            ]
          : [
              ['Keep Mine', 'overwrite'],
              ['Save As…', 'saveAs'],
            ];
    const options = {
      type: 'warning' as const,
      message:
        change.kind === 'modified'
          ? `"${change.name}" was changed by another program.`
          : `"${change.name}" was deleted or moved by another program.`,
      detail:
        change.kind === 'modified'
          ? `The file ${change.path} is no longer what Argmap opened or last saved. Reload takes the file's version; keeping yours writes it over the file when you save.`
          : `${change.path} is no longer there. Argmap will not create it again unless you say so.`,
      buttons: buttons.map(([label]) => label),
      // Enter: cancel a save, or take the file's version; Escape: cancel a save, or keep the window's.
      defaultId: Math.max(
        0,
        buttons.findIndex(
          ([, choice]) =>
            choice ===
            (change.during === 'save' ? 'cancel' : change.kind === 'modified' ? 'reload' : 'overwrite'),
        ),
      ),
      cancelId: Math.max(
        0,
        buttons.findIndex(([, choice]) => choice === (change.during === 'save' ? 'cancel' : 'overwrite')),
      ),
      noLink: true,
    };
    const parent = parentOf(windowId);
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return buttons[response]?.[1] ?? (change.during === 'save' ? 'cancel' : 'overwrite');
  },
};
