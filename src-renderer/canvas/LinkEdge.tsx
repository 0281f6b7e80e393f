import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { linkPieces } from './linkPieces';
import type { ArgFlowEdge } from './toFlow';

/**
 * A link: React Flow's bezier curve from the reason's top to the claim's bottom, drawn in pieces when it
 * is long (see linkPieces.ts), the arrowhead on the last piece. Hit areas follow the same pieces.
 */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<ArgFlowEdge>) {
  const { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = props;
  const { style, markerEnd, interactionWidth = 20 } = props;
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const pieces = useMemo(() => linkPieces(path), [path]);
  if (pieces.length === 1)
    return <BaseEdge path={path} style={style} markerEnd={markerEnd} interactionWidth={interactionWidth} />;
  const last = pieces.length - 1;
  return (
    <>
      {pieces.map((piece, i) => (
        <path
          // The pieces of one link never reorder: their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          className="react-flow__edge-path"
          d={piece}
          fill="none"
          style={style}
          markerEnd={i === last ? markerEnd : undefined}
        />
      ))}
      {interactionWidth
        ? pieces.map((piece, i) => (
            <path
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              key={`hit${i}`}
              className="react-flow__edge-interaction"
              d={piece}
              fill="none"
              strokeOpacity={0}
              strokeWidth={interactionWidth}
            />
          ))
        : null}
    </>
  );
});
