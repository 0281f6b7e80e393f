import { Handle, Position, useStore } from '@xyflow/react';
import type { NodeKind } from '../../../src-shared/model/map';

/**
 * Below this zoom a card's 14 px text is under 5 px on screen: unreadable, yet it is most of what the
 * browser paints. Cards are then drawn as their silhouettes, which keeps a zoomed-out map of thousands
 * of nodes fluid.
 */
export const FAR_ZOOM = 0.35;

/** Whether the canvas is zoomed out past reading. Each node re-renders only when this flips. */
export function useFarZoom(): boolean {
  return useStore((state) => state.transform[2] < FAR_ZOOM);
}

/**
 * A card at a distance: its frame in the kind's colours, exactly the size it has when drawn in full (so
 * links still meet it where they did), without text, icons or labels.
 */
export function NodeSilhouette(props: { kind: NodeKind; selected: boolean; width: number; height: number }) {
  return (
    <div
      className={`node-card node-card--${props.kind} node-card--far${props.selected ? ' is-selected' : ''}`}
      style={{ width: props.width, height: props.height }}
      aria-hidden
    >
      <Handle type="source" position={Position.Top} className="node-handle" isConnectable={false} />
      <Handle type="target" position={Position.Bottom} className="node-handle" isConnectable={false} />
    </div>
  );
}
