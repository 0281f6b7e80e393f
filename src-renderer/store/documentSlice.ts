import type { StateCreator } from 'zustand';
import type { DocumentPayload } from '../../src-shared/ipc/contract';
import type { ArgMap } from '../../src-shared/model/map';
import type { Change } from '../../src-shared/ops/change';
import { currentSerial, emptyHistory, type History, record, redo, undo } from '../../src-shared/ops/history';
import { isRefusal } from '../../src-shared/ops/refusal';
import { knowSavedSize } from '../../src-shared/ops/savedSize';
import { applyWithinLimits } from '../../src-shared/ops/withinLimits';
import type { EditorStoreState } from './editorStore';

/** The document and what edits it: the map, its history, and the name it is saved under. */
export interface DocumentSlice {
  map: ArgMap;
  name: string;
  hasFile: boolean;
  history: History;
  /** The history serial at the last save (or load): the document is dirty when the current serial differs. */
  savedSerial: number;
  /** Bumped when a new document is loaded, so the canvas starts afresh (framing, no stale sizes). */
  documentKey: number;

  load(document: DocumentPayload): void;
  /**
   * Applies a document change and records it for undo. `null` (nothing to change) is ignored; a change
   * that would break a bound of the map format is refused with a passing message.
   */
  commit(change: Change | null): void;
  /**
   * Adds a change to the last entry of history, so that one undo takes back both (a fold and the
   * layout that closes the map up after it). Committed as an entry of its own if the document was
   * saved since, so a saved document never differs from its file unseen.
   */
  amend(change: Change | null): void;
  undo(): void;
  redo(): void;
  markSaved(serial: number, name: string): void;
}

/** A document restored after a crash, or reverted to a backup, has changes no file holds: no history serial is "saved". */
const savedSerialOf = (document: DocumentPayload) => (document.unsaved ? -1 : 0);

/** The document's map, its saved size known from its file where it has one (see savedSize.ts). */
const mapOf = (document: DocumentPayload): ArgMap => {
  knowSavedSize(document.map, document.fileBytes);
  return document.map;
};

export const isDirty = (state: Pick<DocumentSlice, 'history' | 'savedSerial'>): boolean =>
  currentSerial(state.history) !== state.savedSerial;

export const documentSlice =
  (document: DocumentPayload): StateCreator<EditorStoreState, [], [], DocumentSlice> =>
  (set, get) => ({
    map: mapOf(document),
    name: document.name,
    hasFile: document.hasFile,
    history: emptyHistory,
    savedSerial: savedSerialOf(document),
    documentKey: 1,

    load: (next) =>
      set((state) => ({
        map: mapOf(next),
        name: next.name,
        hasFile: next.hasFile,
        history: emptyHistory,
        savedSerial: savedSerialOf(next),
        documentKey: state.documentKey + 1,
        ...state.resetView(),
        ...(next.notice && { notice: next.notice }),
      })),
    commit: (change) => {
      if (!change) return;
      // Nothing enters the document that the loader would refuse: the change is refused, and said so.
      const next = applyWithinLimits(get().map, change);
      if (isRefusal(next)) {
        get().showFlash(next.refused);
        return;
      }
      set((state) => ({ map: next, history: record(state.history, change) }));
    },
    amend: (change) => {
      if (!change) return;
      const { history, savedSerial, commit } = get();
      const last = history.undo.at(-1);
      if (!last || last.serial === savedSerial) return commit(change);
      const next = applyWithinLimits(get().map, change);
      if (isRefusal(next)) {
        get().showFlash(next.refused);
        return;
      }
      const merged = { ...last, change: { ...last.change, steps: [...last.change.steps, ...change.steps] } };
      set((state) => ({
        map: next,
        history: { ...state.history, undo: [...state.history.undo.slice(0, -1), merged] },
      }));
    },
    undo: () => {
      const result = undo(get().map, get().history);
      if (result)
        set({ ...result, editingId: null, selectedIds: keepExisting(get().selectedIds, result.map) });
    },
    redo: () => {
      const result = redo(get().map, get().history);
      if (result)
        set({ ...result, editingId: null, selectedIds: keepExisting(get().selectedIds, result.map) });
    },
    markSaved: (serial, name) => set({ savedSerial: serial, name, hasFile: true }),
  });

/** After undo or redo, a selection keeps only what still exists. */
function keepExisting(selected: ReadonlySet<string>, map: ArgMap): ReadonlySet<string> {
  const exists = new Set([...map.nodes.map((node) => node.id), ...map.edges.map((edge) => edge.id)]);
  const kept = [...selected].filter((id) => exists.has(id));
  return kept.length === selected.size ? selected : new Set(kept);
}
