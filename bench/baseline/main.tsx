// The canvas benchmark's baseline: bare React Flow with its default nodes and edges, nothing else.
import '@xyflow/react/dist/style.css';
import {
  type Edge,
  type Node,
  ReactFlow,
  type ReactFlowInstance,
  useEdgesState,
  useNodesState,
  type Viewport,
} from '@xyflow/react';
import { createRoot } from 'react-dom/client';

/** What the bench hands the page (in an init script): the map's nodes and links, and Argmap's canvas size. */
export interface BaselineMap {
  nodes: { id: string; text: string; position: { x: number; y: number } }[];
  /** Each link from the claim down to its reason, so default edges run the way Argmap draws them. */
  edges: { id: string; source: string; target: string }[];
  width: number;
  height: number;
}

/** What the page offers the bench. */
export interface BaselinePage {
  /** Mounts the canvas with the map at `viewport`; the probe's clock starts here. */
  load(viewport: Viewport): void;
  setViewport(viewport: Viewport): void;
}

declare global {
  interface Window {
    __map?: BaselineMap;
    __baseline?: BaselinePage;
    __canvasProbe?: { openedAt: number | null };
  }
}

let flow: ReactFlowInstance | null = null;

function Flow({
  nodes: start,
  edges: links,
  viewport,
}: {
  nodes: Node[];
  edges: Edge[];
  viewport: Viewport;
}) {
  const [nodes, , onNodesChange] = useNodesState(start);
  const [edges, , onEdgesChange] = useEdgesState(links);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      defaultViewport={viewport}
      // Argmap's zoom range, so both canvases can show the same views.
      minZoom={0.1}
      maxZoom={2.5}
      onInit={(instance) => {
        flow = instance;
      }}
      proOptions={{ hideAttribution: true }}
    />
  );
}

const container = document.getElementById('root') as HTMLElement;
const root = createRoot(container);

window.__baseline = {
  load(viewport) {
    const map = window.__map;
    if (!map) throw new Error('No map was handed to the baseline page');
    if (window.__canvasProbe) window.__canvasProbe.openedAt = performance.now();
    const nodes: Node[] = map.nodes.map((node) => ({
      id: node.id,
      type: 'default',
      position: node.position,
      data: { label: node.text },
    }));
    const edges: Edge[] = map.edges.map((edge) => ({ ...edge }));
    container.style.width = `${map.width}px`;
    container.style.height = `${map.height}px`;
    root.render(<Flow nodes={nodes} edges={edges} viewport={viewport} />);
  },
  setViewport(viewport) {
    if (!flow) throw new Error('The baseline canvas is not ready');
    void flow.setViewport(viewport);
  },
};
