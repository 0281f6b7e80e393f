import '@xyflow/react/dist/style.css';
import '../../src-renderer/styles/theme.css';
import '../../src-renderer/styles/app.css';
import '../../src-renderer/canvas/nodes/nodes.css';
import { type ReactFlowInstance, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { render } from 'vitest-browser-react';
import { MapCanvas } from '../../src-renderer/canvas/MapCanvas';
import { EditorProvider } from '../../src-renderer/store/EditorContext';
import { createEditorStore } from '../../src-renderer/store/editorStore';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';

/** Hands the test the canvas's controls, from inside its provider. */
function FlowHandle({ onFlow }: { onFlow(flow: ReactFlowInstance): void }) {
  onFlow(useReactFlow());
  return null;
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
          <MapCanvas />
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
