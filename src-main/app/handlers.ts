import type { Handlers } from '../ipc/handle';
import type { DocumentService } from './documentService';

/** Every IPC channel's handler, in one table: each forwards to the service that owns the work. */
export function createHandlers(documents: DocumentService): Handlers {
  return {
    'document:initial': ({ windowId }) => documents.initialDocument(windowId),
    'file:new': () => {
      documents.newWindow();
    },
    'file:open': ({ windowId }) => documents.openFromDialog(windowId),
    'file:save': ({ windowId }, { text }) => documents.save(windowId, text),
    'file:saveAs': ({ windowId }, { text, suggestedName }) => documents.saveAs(windowId, text, suggestedName),
    'window:setDirty': ({ windowId }, { dirty }) => {
      documents.setDirty(windowId, dirty);
    },
    'window:close': ({ windowId }) => {
      documents.approveClose(windowId);
    },
    'dialog:confirmClose': ({ windowId }) => documents.confirmClose(windowId),
  };
}
