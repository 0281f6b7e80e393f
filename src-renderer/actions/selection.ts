import type { ArgEdge, ArgNode } from '../../src-shared/model/map';
import type { EditorStoreState } from '../store/editorStore';

/** The selected nodes and links of the map, in map order. */
export function selectedNodes(state: EditorStoreState): ArgNode[] {
  return state.map.nodes.filter((node) => state.selectedIds.has(node.id));
}

export function selectedEdges(state: EditorStoreState): ArgEdge[] {
  return state.map.edges.filter((edge) => state.selectedIds.has(edge.id));
}

/** The one selected node, if exactly one thing is selected and it is a node. */
export function soleSelectedNode(state: EditorStoreState): ArgNode | null {
  if (state.selectedIds.size !== 1) return null;
  return selectedNodes(state)[0] ?? null;
}

export function soleSelectedEdge(state: EditorStoreState): ArgEdge | null {
  if (state.selectedIds.size !== 1) return null;
  return selectedEdges(state)[0] ?? null;
}
