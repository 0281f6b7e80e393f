import { useCallback } from 'react';
import { setNodeText } from '../../../src-shared/ops/nodeOps';
import { useEditor, useEditorStore } from '../../store/EditorContext';

/** What a node needs to edit its own text, read so that only the node being edited re-renders. */
export function useNodeEditing(id: string) {
  const store = useEditorStore();
  const editing = useEditor((state) => state.editingId === id);
  const commitText = useCallback(
    (text: string) => {
      const { map, commit } = store.getState();
      commit(setNodeText(map, { id, text }));
    },
    [store, id],
  );
  const stopEditing = useCallback(() => {
    if (store.getState().editingId === id) store.getState().stopEditing();
  }, [store, id]);
  return { editing, commitText, stopEditing };
}
