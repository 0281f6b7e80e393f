import { createStore } from 'zustand/vanilla';
import type { DocumentPayload, Notice } from '../../src-shared/ipc/contract';
import type { ArgMap } from '../../src-shared/model/map';
import type { Change } from '../../src-shared/ops/change';
import { applyChange } from '../../src-shared/ops/change';
import { currentSerial, emptyHistory, type History, record, redo, undo } from '../../src-shared/ops/history';

/** Everything the editor shows. Only `map` is the document; the rest is the view of it. */
export interface EditorState {
  map: ArgMap;
  name: string;
  hasFile: boolean;
  history: History;
  /** The history serial at the last save (or load): the document is dirty when the current serial differs. */
  savedSerial: number;
  /** Bumped when a new document is loaded, so the canvas starts afresh (fit to view, no stale sizes). */
  documentKey: number;
  selectedIds: ReadonlySet<string>;
  editingId: string | null;
  notice: Notice | null;
  shortcutsOpen: boolean;
  /** The passage of the source text the user has selected, as offsets into it. */
  sourceSelection: SourceRange | null;
  /** The quote whose speaker is being asked for (after creating it from a selection). */
  attributingId: string | null;
  sourceVisible: boolean;
}

export interface SourceRange {
  start: number;
  end: number;
}

export interface EditorActions {
  load(document: DocumentPayload): void;
  /** Applies a document change and records it for undo. `null` (nothing to change) is ignored. */
  commit(change: Change | null): void;
  undo(): void;
  redo(): void;
  markSaved(serial: number, name: string): void;
  select(ids: Iterable<string>): void;
  startEditing(id: string): void;
  stopEditing(): void;
  showNotice(notice: Notice | null): void;
  showShortcuts(open: boolean): void;
  selectSource(range: SourceRange | null): void;
  askAttribution(id: string | null): void;
  toggleSource(): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

export const isDirty = (state: EditorState): boolean => currentSerial(state.history) !== state.savedSerial;

export function createEditorStore(document: DocumentPayload) {
  return createStore<EditorState & EditorActions>()((set, get) => ({
    map: document.map,
    name: document.name,
    hasFile: document.hasFile,
    history: emptyHistory,
    savedSerial: 0,
    documentKey: 1,
    selectedIds: new Set(),
    editingId: null,
    notice: null,
    shortcutsOpen: false,
    sourceSelection: null,
    attributingId: null,
    sourceVisible: true,

    load: (next) =>
      set((state) => ({
        map: next.map,
        name: next.name,
        hasFile: next.hasFile,
        history: emptyHistory,
        savedSerial: 0,
        documentKey: state.documentKey + 1,
        selectedIds: new Set(),
        editingId: null,
        sourceSelection: null,
        attributingId: null,
      })),
    commit: (change) => {
      if (!change) return;
      set((state) => ({ map: applyChange(state.map, change), history: record(state.history, change) }));
    },
    undo: () => {
      const result = undo(get().map, get().history);
      if (result) set({ ...result, editingId: null });
    },
    redo: () => {
      const result = redo(get().map, get().history);
      if (result) set({ ...result, editingId: null });
    },
    markSaved: (serial, name) => set({ savedSerial: serial, name, hasFile: true }),
    select: (ids) => set({ selectedIds: new Set(ids) }),
    startEditing: (id) => set({ editingId: id, selectedIds: new Set([id]) }),
    stopEditing: () => set({ editingId: null }),
    showNotice: (notice) => set({ notice }),
    showShortcuts: (open) => set({ shortcutsOpen: open }),
    selectSource: (range) => {
      const current = get().sourceSelection;
      if (current?.start === range?.start && current?.end === range?.end) return;
      set({ sourceSelection: range });
    },
    askAttribution: (id) => set({ attributingId: id }),
    toggleSource: () => set((state) => ({ sourceVisible: !state.sourceVisible })),
  }));
}
