import type { ReactFlowInstance } from '@xyflow/react';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import type { EditorStore } from '../store/editorStore';

/** What an action can reach: the document store, the bridge to main, and the canvas's camera. */
export interface ActionContext {
  editor: EditorStore;
  argmap: ArgmapApi;
  flow: Pick<
    ReactFlowInstance,
    | 'zoomIn'
    | 'zoomOut'
    | 'zoomTo'
    | 'fitView'
    | 'setCenter'
    | 'getZoom'
    | 'getNodes'
    | 'getNode'
    | 'screenToFlowPosition'
    | 'getViewport'
    | 'setViewport'
  >;
}
