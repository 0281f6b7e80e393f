import type { StateCreator } from 'zustand';
import type { Notice } from '../../src-shared/ipc/contract';
import type { ArgMap, NodeKind } from '../../src-shared/model/map';
import { interfaceSizeOf } from '../../src-shared/view/interfaceSize';
import type { EditorStoreState } from './editorStore';

export interface SourceRange {
  start: number;
  end: number;
}

/** Where the kind chooser opens: a point on screen and on the map, and the node a new one would link to. */
export interface KindChooser {
  screen: { x: number; y: number };
  flow: { x: number; y: number };
  /** A new node made from dragging out of a handle links to this node: as its reason, or as its claim. */
  link?: { nodeId: string; newNodeIs: 'reason' | 'claim' };
}

export type Theme = 'light' | 'dark';

/** How the document is shown and worked on. None of it enters history or the file. */
export interface ViewSlice {
  selectedIds: ReadonlySet<string>;
  editingId: string | null;
  notice: Notice | null;
  /** A short message that fades (a refused connection, a copied selection). */
  flash: { message: string; serial: number } | null;
  shortcutsOpen: boolean;
  paletteOpen: boolean;
  find: { open: boolean; query: string; kinds: ReadonlySet<NodeKind>; current: number };
  chooser: KindChooser | null;
  /** The passage of the source text the user has selected, as offsets into it. */
  sourceSelection: SourceRange | null;
  /** The quote whose speaker is being asked for (after creating it from a selection). */
  attributingId: string | null;
  sourceVisible: boolean;
  snapToGrid: boolean;
  theme: Theme;
  /** The page's zoom (View → Larger/Smaller Interface), 1 as normal; remembered between launches. */
  interfaceSize: number;
  /** Larger type, thicker links, stronger contrast: for a projector, while presenting or editing. */
  projector: boolean;
  tourVisible: boolean;
  /** The tour step the tour panel has selected: "present from the current step" starts there. */
  tourStep: number;
  /** While presenting: the step to start from. The editor stays mounted, untouched, beneath. */
  presenting: { startAt: number; presenterView: boolean } | null;
  exportOpen: boolean;
  revertOpen: boolean;
  /** The map the document is being compared with (File → Compare With…): the document is the reference. */
  comparison: { name: string; other: ArgMap } | null;
  /** While comparing: the other map is drawn beside the reference (closed, the comparison goes on). */
  comparisonSide: boolean;
  /** Assess mode: the canvas shows each node's standing, and A, X, O and 1–5 assess the selection. */
  assessing: boolean;
  sourceInfoOpen: boolean;
  /** The quote finder's panel beside the source text. */
  quoteFinderOpen: boolean;
  /** An export main is drawing: how far it got (its progress shows once it takes a while). */
  exportJob: { done: number; total: number } | null;

  select(ids: Iterable<string>): void;
  startEditing(id: string): void;
  stopEditing(): void;
  showNotice(notice: Notice | null): void;
  showFlash(message: string): void;
  showShortcuts(open: boolean): void;
  showPalette(open: boolean): void;
  setFind(find: Partial<ViewSlice['find']>): void;
  openChooser(chooser: KindChooser | null): void;
  selectSource(range: SourceRange | null): void;
  askAttribution(id: string | null): void;
  toggleSource(): void;
  toggleSnap(): void;
  setTheme(theme: Theme): void;
  setInterfaceSize(size: number): void;
  toggleProjector(): void;
  toggleTour(): void;
  selectTourStep(index: number): void;
  startPresenting(startAt: number, presenterView?: boolean): void;
  stopPresenting(): void;
  showExport(open: boolean): void;
  showRevert(open: boolean): void;
  showSourceInfo(open: boolean): void;
  showQuoteFinder(open: boolean): void;
  setExportJob(job: ViewSlice['exportJob']): void;
  showComparison(comparison: ViewSlice['comparison']): void;
  showComparisonSide(open: boolean): void;
  toggleAssess(): void;
  /** The view state a newly loaded document starts with. */
  resetView(): Partial<ViewSlice>;
}

export const viewSlice: StateCreator<EditorStoreState, [], [], ViewSlice> = (set, get) => ({
  selectedIds: new Set(),
  editingId: null,
  notice: null,
  flash: null,
  shortcutsOpen: false,
  paletteOpen: false,
  find: { open: false, query: '', kinds: new Set(), current: -1 },
  chooser: null,
  sourceSelection: null,
  attributingId: null,
  sourceVisible: true,
  snapToGrid: false,
  theme: initialTheme(),
  interfaceSize: interfaceSizeOf(globalThis.localStorage?.getItem(INTERFACE_SIZE_KEY)),
  projector: false,
  tourVisible: false,
  tourStep: 0,
  presenting: null,
  exportOpen: false,
  revertOpen: false,
  sourceInfoOpen: false,
  quoteFinderOpen: false,
  exportJob: null,
  comparison: null,
  comparisonSide: false,
  assessing: false,

  select: (ids) => set({ selectedIds: new Set(ids) }),
  startEditing: (id) => set({ editingId: id, selectedIds: new Set([id]) }),
  stopEditing: () => set({ editingId: null }),
  showNotice: (notice) => set({ notice }),
  showFlash: (message) => set((state) => ({ flash: { message, serial: (state.flash?.serial ?? 0) + 1 } })),
  showShortcuts: (open) => set({ shortcutsOpen: open }),
  showPalette: (open) => set({ paletteOpen: open }),
  setFind: (find) => set((state) => ({ find: { ...state.find, ...find } })),
  openChooser: (chooser) => set({ chooser }),
  selectSource: (range) => {
    const current = get().sourceSelection;
    if (current?.start === range?.start && current?.end === range?.end) return;
    set({ sourceSelection: range });
  },
  askAttribution: (id) => set({ attributingId: id }),
  toggleSource: () => set((state) => ({ sourceVisible: !state.sourceVisible })),
  toggleSnap: () => set((state) => ({ snapToGrid: !state.snapToGrid })),
  setTheme: (theme) => {
    localStorage.setItem(THEME_KEY, theme);
    set({ theme });
  },
  setInterfaceSize: (interfaceSize) => {
    localStorage.setItem(INTERFACE_SIZE_KEY, String(interfaceSize));
    set({ interfaceSize });
  },
  toggleProjector: () => set((state) => ({ projector: !state.projector })),
  toggleTour: () => set((state) => ({ tourVisible: !state.tourVisible })),
  selectTourStep: (index) => set({ tourStep: index }),
  startPresenting: (startAt, presenterView = false) =>
    set({ presenting: { startAt, presenterView }, editingId: null, chooser: null, paletteOpen: false }),
  stopPresenting: () => set({ presenting: null }),
  showExport: (open) => set({ exportOpen: open, ...(open ? { paletteOpen: false, chooser: null } : {}) }),
  setExportJob: (job) => set({ exportJob: job }),
  showComparison: (comparison) => set({ comparison, comparisonSide: comparison !== null }),
  showComparisonSide: (open) => set({ comparisonSide: open }),
  toggleAssess: () => set((state) => ({ assessing: !state.assessing })),
  showRevert: (open) => set({ revertOpen: open, ...(open ? { paletteOpen: false, chooser: null } : {}) }),
  showSourceInfo: (open) =>
    set({ sourceInfoOpen: open, ...(open ? { paletteOpen: false, chooser: null } : {}) }),
  showQuoteFinder: (open) => set({ quoteFinderOpen: open, ...(open ? { sourceVisible: true } : {}) }),
  resetView: () => ({
    selectedIds: new Set(),
    editingId: null,
    sourceSelection: null,
    attributingId: null,
    chooser: null,
    tourStep: 0,
    presenting: null,
    comparison: null,
  }),
});

const THEME_KEY = 'argmap.theme';
const INTERFACE_SIZE_KEY = 'argmap.interfaceSize';

/** The theme last chosen here, or else the system's. */
function initialTheme(): Theme {
  const saved = globalThis.localStorage?.getItem(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
