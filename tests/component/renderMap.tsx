import '@xyflow/react/dist/style.css';
import '../../src-renderer/styles/theme.css';
import '../../src-renderer/styles/app.css';
import '../../src-renderer/canvas/nodes/nodes.css';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';
import { MapCanvas } from '../../src-renderer/canvas/MapCanvas';
import { EditorProvider } from '../../src-renderer/store/EditorContext';
import { createEditorStore } from '../../src-renderer/store/editorStore';
import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';

/**
 * Renders a map on the real canvas, in a window-sized box, and returns the store behind it. `inside` is
 * rendered within the canvas's provider, for a test that drives the canvas as the app's commands do.
 */
export async function renderMap(nodes: ArgMap['nodes'], edges: ArgMap['edges'] = [], inside?: ReactNode) {
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
          {inside}
        </ReactFlowProvider>
      </EditorProvider>
    </div>,
  );
  return { screen, store };
}
