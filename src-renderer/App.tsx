import { ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useMemo } from 'react';
import type { ArgmapApi } from '../src-shared/ipc/api';
import { LiveRegion } from './a11y/LiveRegion';
import { announceSelections } from './a11y/selectionAnnouncement';
import { wrapTab } from './a11y/tabWrap';
import { ActionsProvider } from './actions/ActionsContext';
import type { ActionContext } from './actions/actionContext';
import { addNodeFromChooser } from './actions/addNodeAt';
import { useClipboard } from './actions/clipboard';
import { cancelExport } from './actions/exportActions';
import { runAction } from './actions/runAction';
import { useShortcuts } from './actions/useShortcuts';
import { AssessPanel } from './assess/AssessPanel';
import { MapCanvas } from './canvas/MapCanvas';
import { CommandPalette } from './chrome/CommandPalette';
import { FindBar } from './chrome/FindBar';
import { Flash } from './chrome/Flash';
import { Inspector } from './chrome/Inspector';
import { applyInterfaceSize } from './chrome/interfaceSize';
import { KindChooser } from './chrome/KindChooser';
import { NoticeDialog } from './chrome/NoticeDialog';
import { QuoteAttributionDialog } from './chrome/QuoteAttributionDialog';
import { RevertDialog } from './chrome/RevertDialog';
import { ShortcutSheet } from './chrome/ShortcutSheet';
import { SideDock } from './chrome/SideDock';
import { SourceInfoDialog } from './chrome/SourceInfoDialog';
import { Toolbar } from './chrome/Toolbar';
import { ComparedMapPane } from './compare/ComparedMapPane';
import { ComparePanel } from './compare/ComparePanel';
import { ExportDialog } from './export/ExportDialog';
import { ExportProgress } from './export/ExportProgress';
import { FocusBar } from './focus/FocusBar';
import { prepareLayout } from './layout/runLayout';
import { OutlinePanel } from './outline/OutlinePanel';
import { Presentation } from './present/Presentation';
import { TourPanel } from './present/TourPanel';
import { ImportProgress } from './source/ImportProgress';
import { SourcePane } from './source/SourcePane';
import { EditorProvider, useEditor } from './store/EditorContext';
import type { EditorStore } from './store/editorStore';
import { useDocumentSync } from './useDocumentSync';
import { useJournal } from './useJournal';

export function App({ store, argmap }: { store: EditorStore; argmap: ArgmapApi }) {
  return (
    <EditorProvider store={store}>
      <ReactFlowProvider>
        <Editor store={store} argmap={argmap} />
      </ReactFlowProvider>
    </EditorProvider>
  );
}

function Editor({ store, argmap }: { store: EditorStore; argmap: ArgmapApi }) {
  const flow = useReactFlow();
  const canvas = useStoreApi();
  const ctx = useMemo<ActionContext>(
    () => ({ editor: store, argmap, flow, canvas }),
    [store, argmap, flow, canvas],
  );
  useShortcuts(ctx);
  useDocumentSync(ctx);
  useJournal(ctx);
  useClipboard(ctx);
  const run = useCallback((id: string) => runAction(id, ctx), [ctx]);
  const documentKey = useEditor((state) => state.documentKey);
  const sourceVisible = useEditor((state) => state.sourceVisible);
  const theme = useEditor((state) => state.theme);
  const projector = useEditor((state) => state.projector);
  const tourVisible = useEditor((state) => state.tourVisible);
  const outlineVisible = useEditor((state) => state.outlineVisible);
  useEffect(() => announceSelections(store), [store]);
  useEffect(() => {
    // The size chosen at the last launch; main's windows open at normal size.
    const size = store.getState().interfaceSize;
    if (size !== 1) applyInterfaceSize(argmap, size);
  }, [store, argmap]);
  useEffect(() => {
    window.addEventListener('keydown', wrapTab);
    return () => window.removeEventListener('keydown', wrapTab);
  }, []);
  const presenting = useEditor((state) => state.presenting !== null);
  useEffect(() => {
    // After the map is on screen, when nothing else is going on.
    const idle = window.requestIdleCallback?.(prepareLayout, { timeout: 5_000 });
    return () => {
      if (idle !== undefined) window.cancelIdleCallback?.(idle);
    };
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    if (projector) document.documentElement.dataset.projector = '';
    else delete document.documentElement.dataset.projector;
  }, [theme, projector]);

  return (
    <ActionsProvider ctx={ctx}>
      <div className="app">
        <Toolbar />
        {/* Panels beside the map are complementary to it, inside the one main landmark. */}
        <main className="workspace">
          {tourVisible ? <TourPanel run={run} /> : null}
          {outlineVisible ? <OutlinePanel run={run} /> : null}
          <ComparePanel ctx={ctx} />
          <AssessPanel ctx={ctx} />
          <section className="canvas" aria-label="Map">
            <MapCanvas key={documentKey} />
            <FocusBar run={run} />
            <FindBar run={run} />
            <Flash />
          </section>
          <ComparedMapPane ctx={ctx} />
          {/* One column in a narrow window (200 % zoom): the properties above the source text (a11y.css). */}
          <div className="side-column">
            <SideDock label="Properties">
              <Inspector run={run} />
            </SideDock>
            {sourceVisible ? <SourcePane run={run} ctx={ctx} /> : null}
          </div>
        </main>
        {/* While presenting, the presentation (a modal dialog) holds the live region. */}
        {presenting ? null : <LiveRegion />}
        <KindChooser onChoose={(kind) => addNodeFromChooser(ctx, kind)} />
        <CommandPalette run={run} />
        <NoticeDialog />
        <ShortcutSheet />
        <QuoteAttributionDialog />
        <ExportDialog ctx={ctx} />
        <RevertDialog ctx={ctx} />
        <SourceInfoDialog ctx={ctx} />
        <ExportProgress onCancel={() => cancelExport(ctx)} />
        <ImportProgress argmap={argmap} />
        <Presentation argmap={argmap} />
      </div>
    </ActionsProvider>
  );
}
