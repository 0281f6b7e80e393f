import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorStore, EditorStoreState } from './editorStore';

const EditorContext = createContext<EditorStore | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditor must be used inside <EditorProvider>');
  return store;
}

/** Reads one slice of editor state; the component re-renders only when that slice changes. */
export function useEditor<T>(selector: (state: EditorStoreState) => T): T {
  return useStore(useEditorStore(), selector);
}
