import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo } from 'react';
import type { ArgmapApi } from '../src-shared/ipc/api';
import type { ActionContext } from './actions/actionContext';
import { addNodeFromChooser } from './actions/addNodeAt';
import { useClipboard } from './actions/clipboard';
import { cancelExport } from './actions/exportActions';
import { runAction } from './actions/runAction';
import { useShortcuts } from './actions/useShortcuts';
import { MapCanvas } from './canvas/MapCanvas';
import { CommandPalette } from './chrome/CommandPalette';
import { FindBar } from './chrome/FindBar';
import { Flash } from './chrome/Flash';
import { Inspector } from './chrome/Inspector';
import { KindChooser } from './chrome/KindChooser';
import { NoticeDialog } from './chrome/NoticeDialog';
import { QuoteAttributionDialog } from './chrome/QuoteAttributionDialog';
import { RevertDialog } from './chrome/RevertDialog';
import { ShortcutSheet } from './chrome/ShortcutSheet';
import { Toolbar } from './chrome/Toolbar';
import { ExportDialog } from './export/ExportDialog';
import { ExportProgress } from './export/ExportProgress';
import { FocusBar } from './focus/FocusBar';
import { prepareLayout } from './layout/runLayout';
import { OutlinePanel } from './outline/OutlinePanel';
import { Presentation } from './present/Presentation';
import { TourPanel } from './present/TourPanel';
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
  const ctx = useMemo<ActionContext>(() => ({ editor: store, argmap, flow }), [store, argmap, flow]);
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
    <div className="app">
      <Toolbar run={run} />
      <div className="workspace">
        {tourVisible ? <TourPanel run={run} /> : null}
        {outlineVisible ? <OutlinePanel run={run} /> : null}
        <main className="canvas">
          <MapCanvas key={documentKey} />
          <FocusBar run={run} />
          <FindBar run={run} />
          <Inspector run={run} />
          <Flash />
        </main>
        {sourceVisible ? <SourcePane run={run} /> : null}
      </div>
      <KindChooser onChoose={(kind) => addNodeFromChooser(ctx, kind)} />
      <CommandPalette run={run} />
      <NoticeDialog />
      <ShortcutSheet />
      <QuoteAttributionDialog />
      <ExportDialog ctx={ctx} />
      <RevertDialog ctx={ctx} />
      <ExportProgress onCancel={() => cancelExport(ctx)} />
      <Presentation argmap={argmap} />
    </div>
  );
}
