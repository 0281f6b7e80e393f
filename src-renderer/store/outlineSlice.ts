import type { Viewport } from '@xyflow/react';
import type { StateCreator } from 'zustand';
import type { EditorStoreState } from './editorStore';

/** Focus on Claim: the claim shown on its own, and the whole map's view to return to. */
export interface FocusState {
  claimId: string;
  /** The size of the canvas it is shown on: the claim's reasons wrap to suit it. */
  frame: { width: number; height: number };
  /** The whole map's viewport and selection when focus began: Esc puts them back exactly. */
  restore: { viewport: Viewport; selectedIds: ReadonlySet<string> };
}

/** The outline panel and Focus on Claim: ways of seeing the argument. View state, never saved or undone. */
export interface OutlineSlice {
  outlineVisible: boolean;
  focus: FocusState | null;
  toggleOutline(): void;
  setFocus(focus: FocusState | null): void;
}

export const outlineSlice: StateCreator<EditorStoreState, [], [], OutlineSlice> = (set) => ({
  outlineVisible: false,
  focus: null,
  toggleOutline: () => set((state) => ({ outlineVisible: !state.outlineVisible })),
  setFocus: (focus) => set({ focus }),
});
