import type { Handlers } from '../ipc/handle';
import type { DocumentService } from './documentService';
import type { ExportService } from './exportService';
import type { Windows } from './ports';
import type { PresentationHub } from './presentationHub';

/** Every IPC channel's handler, in one table: each forwards to the service that owns the work. */
export function createHandlers(
  documents: DocumentService,
  presentations: PresentationHub,
  exports: ExportService,
  windows: Windows,
): Handlers {
  return {
    'document:initial': ({ windowId }) => documents.initialDocument(windowId),
    'file:new': () => {
      documents.newWindow();
    },
    'file:open': ({ windowId }) => documents.openFromDialog(windowId),
    'file:save': ({ windowId }, { text }) => documents.save(windowId, text),
    'file:saveAs': ({ windowId }, { text, suggestedName }) => documents.saveAs(windowId, text, suggestedName),
    'export:preview': (_sender, { text, options }) => exports.preview(text, options),
    'export:copy': (_sender, { text, options }) => exports.copy(text, options),
    'export:save': ({ windowId }, { text, options }) => exports.save(windowId, text, options),
    'export:handout': ({ windowId }, { text, theme }) => exports.saveHandout(windowId, text, theme),
    'export:cancel': ({ windowId }) => {
      exports.cancel(windowId);
    },
    'file:import': ({ windowId }) => documents.importFromDialog(windowId),
    'export:textPreview': (_sender, { text, format }) => exports.previewText(text, format),
    'export:saveText': ({ windowId }, { text, format }) => exports.saveText(windowId, text, format),
    'file:listBackups': ({ windowId }) => documents.listBackups(windowId),
    'file:revertToBackup': ({ windowId }, { id }) => documents.revertToBackup(windowId, id),
    'journal:write': async ({ windowId }, { text }) => {
      await documents.keepUnsaved(windowId, text);
    },
    'window:setDirty': ({ windowId }, { dirty }) => {
      documents.setDirty(windowId, dirty);
    },
    'window:close': ({ windowId }) => {
      documents.approveClose(windowId);
    },
    'window:setFullScreen': ({ windowId }, { on }) => {
      presentations.setFullScreen(windowId, on);
    },
    'window:setInterfaceSize': ({ windowId }, { factor }) => {
      windows.setInterfaceSize?.(windowId, factor);
    },
    'dialog:confirmClose': ({ windowId }) => documents.confirmClose(windowId),
    'present:openPresenter': ({ windowId }, { text, state }) =>
      presentations.openPresenter(windowId, text, state),
    'present:initial': ({ windowId }) => presentations.initial(windowId),
    'present:sync': ({ windowId }, { state }) => {
      presentations.sync(windowId, state);
    },
    'present:end': ({ windowId }) => {
      presentations.end(windowId);
    },
    'compare:chooseMap': ({ windowId }) => documents.chooseMapToCompare(windowId),
    'import:article': ({ windowId }) => documents.newFromArticle(windowId),
    'import:cancel': ({ windowId }) => {
      documents.cancelImport(windowId);
    },
    'import:replacement': ({ windowId }) => documents.importReplacement(windowId),
    'import:paste': ({ windowId }, pasted) => documents.openPasted(windowId, pasted),
  };
}
