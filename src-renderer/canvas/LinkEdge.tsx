import { BaseEdge, type EdgeProps, getBezierPath, type ReactFlowState, useStore } from '@xyflow/react';
import { memo, useContext, useMemo } from 'react';
import { drawnRegion, piecesIn } from './drawnRegion';
import { DrawsVisibleOnly } from './drawsVisibleOnly';
import { linkPieces } from './linkPieces';
import type { ArgFlowEdge } from './toFlow';

/**
 * A link: React Flow's bezier curve from the reason's top to the claim's bottom, drawn in pieces when it
 * is long (see linkPieces.ts), the arrowhead on the last piece. The hit area is one path of the same
 * pieces (an invisible stroke costs nothing to paint, only an element to create and style). Where
 * the canvas draws only what is in view, a long link keeps only its pieces near the view in the page: a
 * claim with a thousand reasons fans a thousand long links across the screen, and all their pieces would
 * be ten thousand paths to create and style each time the claim unfolds.
 */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<ArgFlowEdge>) {
  const { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = props;
  const { style, markerEnd, interactionWidth = 20 } = props;
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const pieces = useMemo(() => linkPieces(path), [path]);
  const culls = useContext(DrawsVisibleOnly);
  // Asked on every change to the canvas's store (a thousand links, each time): answered again only when
  // the view has moved.
  const near = useStore(
    useMemo(() => {
      let seen: Pick<ReactFlowState, 'transform' | 'width' | 'height'> & { near: string };
      return (state: ReactFlowState) => {
        if (pieces.length === 1) return '';
        const { transform, width, height } = state;
        if (seen?.transform !== transform || seen.width !== width || seen.height !== height) {
          const region = culls ? drawnRegion(transform, width, height) : null;
          seen = { transform, width, height, near: piecesIn(pieces, region) };
        }
        return seen.near;
      };
    }, [pieces, culls]),
  );
  if (pieces.length === 1)
    return <BaseEdge path={path} style={style} markerEnd={markerEnd} interactionWidth={interactionWidth} />;
  const last = pieces.length - 1;
  const drawn = near === '' ? [] : near.split(',').map(Number);
  return (
    <>
      {drawn.map((i) => (
        <path
          key={i}
          className="react-flow__edge-path"
          d={pieces[i]?.d}
          fill="none"
          style={style}
          markerEnd={i === last ? markerEnd : undefined}
        />
      ))}
      {interactionWidth && drawn.length > 0 ? (
        <path
          className="react-flow__edge-interaction"
          d={drawn.map((i) => pieces[i]?.d).join(' ')}
          fill="none"
          strokeOpacity={0}
          strokeWidth={interactionWidth}
        />
      ) : null}
    </>
  );
});
