import { createStore } from 'zustand/vanilla';
import type { DocumentPayload } from '../../src-shared/ipc/contract';
import { type DocumentSlice, documentSlice } from './documentSlice';
import { type OutlineSlice, outlineSlice } from './outlineSlice';
import { type ViewSlice, viewSlice } from './viewSlice';

export { isDirty } from './documentSlice';
export type { SourceRange } from './viewSlice';

/** The editor's state: the document (what is saved and undone) and the view of it (what is not). */
export type EditorStoreState = DocumentSlice & ViewSlice & OutlineSlice;

export type EditorStore = ReturnType<typeof createEditorStore>;

export function createEditorStore(document: DocumentPayload) {
  const store = createStore<EditorStoreState>()((...args) => ({
    ...documentSlice(document)(...args),
    ...viewSlice(...args),
    ...outlineSlice(...args),
  }));
  // A map imported from another format opens saying what did not come over.
  if (document.notice) store.getState().showNotice(document.notice);
  return store;
}
