import { Handle, Position, useStore } from '@xyflow/react';
import type { ReactElement } from 'react';
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
 * The silhouette a card stands as when the canvas is zoomed out past reading, or null to draw it in
 * full. A card not yet drawn stands at the size layout planned for it (see toFlow.ts); one being edited
 * is drawn in full.
 */
export function useSilhouette(
  kind: NodeKind,
  card: { selected: boolean; editing: boolean; width?: number | undefined; height?: number | undefined },
): ReactElement | null {
  const far = useFarZoom();
  if (!far || card.editing || !card.width || !card.height) return null;
  return <NodeSilhouette kind={kind} selected={card.selected} width={card.width} height={card.height} />;
}

/**
 * A card at a distance: its frame in the kind's colours, exactly the size it has when drawn in full (so
 * links still meet it where they did), without text, icons or labels.
 */
function NodeSilhouette(props: { kind: NodeKind; selected: boolean; width: number; height: number }) {
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
