import type { ReactFlowInstance, ReactFlowState } from '@xyflow/react';
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
    | 'setViewport'
    | 'getZoom'
    | 'getNodes'
    | 'getNode'
    | 'screenToFlowPosition'
    | 'getViewport'
    | 'setViewport'
  >;
  /** The canvas's own state (its size, view and zoom limits), read by the zoom commands to know what they can do. */
  canvas: {
    getState(): ReactFlowState;
    subscribe(listener: () => void): () => void;
  };
}
