import { useCallback } from 'react';
import { setNodeText } from '../../../src-shared/ops/nodeOps';
import { changedPassages } from '../../../src-shared/source/anchors';
import { useEditor, useEditorStore } from '../../store/EditorContext';

/** What a node needs about itself beyond its record, read so that only the node concerned re-renders. */
export function useNodeEditing(id: string) {
  const store = useEditorStore();
  const editing = useEditor((state) => state.editingId === id);
  const passageChanged = useEditor((state) => changedPassages(state.map).has(id));
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
  return { editing, passageChanged, commitText, stopEditing };
}
