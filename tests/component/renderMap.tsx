import '@xyflow/react/dist/style.css';
import '../../src-renderer/styles/theme.css';
import '../../src-renderer/styles/app.css';
import '../../src-renderer/canvas/nodes/nodes.css';
import { type ReactFlowInstance, ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { type ReactNode, useMemo } from 'react';
import { render } from 'vitest-browser-react';
import { ActionsProvider } from '../../src-renderer/actions/ActionsContext';
import { MapCanvas } from '../../src-renderer/canvas/MapCanvas';
import { EditorProvider } from '../../src-renderer/store/EditorContext';
import { createEditorStore, type EditorStore } from '../../src-renderer/store/editorStore';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';
import { idleBridge } from './idleBridge';

/** Hands the test the canvas's controls, from inside its provider. */
function FlowHandle({ onFlow }: { onFlow(flow: ReactFlowInstance): void }) {
  onFlow(useReactFlow());
  return null;
}

/** The action registry's bindings, as the app gives them to its buttons (the canvas's zoom buttons use them). */
function WithActions({ store, children }: { store: EditorStore; children: ReactNode }) {
  const flow = useReactFlow();
  const canvas = useStoreApi();
  const ctx = useMemo(() => ({ editor: store, argmap: idleBridge(), flow, canvas }), [store, flow, canvas]);
  return <ActionsProvider ctx={ctx}>{children}</ActionsProvider>;
}

/**
 * Renders a map on the real canvas, in a window-sized box. Returns the store behind it, and `flow`: the
 * canvas's own controls (viewport, zoom), as the app's commands reach them.
 */
export async function renderMap(nodes: ArgMap['nodes'], edges: ArgMap['edges'] = []) {
  let flow: ReactFlowInstance | null = null;
  const map: ArgMap = {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Test map',
    nodes,
    edges,
    tour: [],
  };
  const store = createEditorStore({ map, name: 'Test map', hasFile: false });
  const screen = await render(
    <div style={{ width: 1200, height: 800 }}>
      <EditorProvider store={store}>
        <ReactFlowProvider>
          <WithActions store={store}>
            <MapCanvas />
          </WithActions>
          <FlowHandle
            onFlow={(instance) => {
              flow = instance;
            }}
          />
        </ReactFlowProvider>
      </EditorProvider>
    </div>,
  );
  const controls = () => {
    if (!flow) throw new Error('the canvas is not mounted');
    return flow;
  };
  return { screen, store, flow: controls };
}
