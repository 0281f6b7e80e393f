import { type ReactFlowState, useStore, ViewportPortal } from '@xyflow/react';
import { type MouseEvent, memo, useCallback, useId, useMemo, useRef } from 'react';
import type { Relation } from '../../../src-shared/model/map';
import { addsToSelection } from '../clickSelection';
import { drawnRegion, piecesIn, type Region } from '../drawnRegion';
import type { ArgFlowEdge, ArgFlowNode } from '../toFlow';
import { createLinkDrawer, type DrawnLink } from './drawnLinks';
import { useArrivingLinks } from './useArrivingLinks';

/** How wide a band around a link takes its clicks, as around React Flow's links. */
const HIT_WIDTH = 20;

interface LinkLayerProps {
  nodes: readonly ArgFlowNode[];
  edges: readonly ArgFlowEdge[];
  /** Whether to leave out what is far from the view (the canvas draws only what is in view). */
  culls: boolean;
  /** A link was clicked (`adding`: with Shift, Ctrl or ⌘). Without it, links are drawn to be seen only. */
  onPick?: (id: string, adding: boolean) => void;
}

/**
 * The map's links, drawn beneath the cards in one layer of our own rather than by React Flow, which
 * makes each link a component with its own wrapper and four store subscriptions: unfolding a claim with
 * a thousand reasons took 200–300 ms of main thread to draw its links that way, and folding it 66–120
 * ms to take them away (npm run bench, folding). Here a link is a group of two paths (the curve and its
 * hit band), drawn again only when its ends or its record change; a long link keeps only its pieces near
 * the view. Each link keeps React Flow's classes, so the styles for links and for forced colours hold.
 */
export function LinkLayer({ nodes, edges, culls, onPick }: LinkLayerProps) {
  const markers = useId();
  const draw = useRef(createLinkDrawer()).current;
  const region = useStore(
    useCallback(
      ({ transform, width, height }: ReactFlowState) =>
        culls ? drawnRegion(transform, width, height) : null,
      [culls],
    ),
    sameRegion,
  );
  const links = useMemo(() => draw(nodes, edges, region), [draw, nodes, edges, region]);
  const near = useMemo(() => {
    const shown: NearLink[] = [];
    for (const link of links) {
      const pieces = piecesIn(link.pieces, region);
      if (pieces !== '') shown.push({ id: link.id, link, pieces });
    }
    return shown;
  }, [links, region]);
  const drawn = useArrivingLinks(near);
  const onClick = (event: MouseEvent) => {
    const id = (event.target as Element).closest<SVGGElement>('.react-flow__edge')?.dataset.id;
    if (id) onPick?.(id, addsToSelection(event));
  };
  return (
    <ViewportPortal>
      {/* Clicks are taken here for every link; keys reach links from their cards (the L key). */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: see above */}
      <svg className="link-layer" role="presentation" onClick={onClick}>
        <defs>
          <Arrowhead id={`${markers}supports`} relation="supports" />
          <Arrowhead id={`${markers}opposes`} relation="opposes" />
        </defs>
        {drawn.map(({ link, pieces }) => (
          <Link
            key={link.id}
            link={link}
            pieces={pieces}
            arrowhead={`url(#${markers}${link.relation})`}
            interactive={onPick !== undefined}
          />
        ))}
      </svg>
    </ViewportPortal>
  );
}

/** A link near the view, and which of its pieces are (their indexes, joined by commas). */
interface NearLink {
  id: string;
  link: DrawnLink;
  pieces: string;
}

/**
 * Whether two drawn regions are the same (see drawnRegion.ts): the region moves in steps, so the layer
 * renders again only when the view has moved by one, not on every frame of a pan.
 */
function sameRegion(a: Region | null, b: Region | null): boolean {
  if (a === null || b === null) return a === b;
  return a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
}

/** React Flow's closed arrowhead, in the link's colour, scaled with its stroke as React Flow's is. */
const Arrowhead = ({ id, relation }: { id: string; relation: Relation }) => (
  <marker
    id={id}
    className={`react-flow__arrowhead link-arrowhead--${relation}`}
    markerWidth="18"
    markerHeight="18"
    viewBox="-10 -10 20 20"
    markerUnits="strokeWidth"
    orient="auto-start-reverse"
    refX="0"
    refY="0"
  >
    <polyline strokeLinecap="round" strokeLinejoin="round" strokeWidth="1" points="-5,-4 0,0 -5,4 -5,-4" />
  </marker>
);

interface LinkProps {
  link: DrawnLink;
  pieces: string;
  arrowhead: string;
  interactive: boolean;
}

/** One link: its pieces near the view as one path, the arrowhead where the last piece is among them. */
const Link = memo(function Link({ link, pieces, arrowhead, interactive }: LinkProps) {
  const indexes = pieces.split(',').map(Number);
  const d = indexes.map((i) => link.pieces[i]?.d).join(' ');
  const endsHere = indexes.at(-1) === link.pieces.length - 1;
  const classes = `react-flow__edge relation relation--${link.relation}${link.selected ? ' selected' : ''}`;
  return (
    <g
      className={interactive ? `${classes} nopan selectable` : `${classes} inactive`}
      data-id={link.id}
      role={interactive ? 'group' : 'img'}
      aria-roledescription="link"
      aria-label={link.label}
      // Reached from its cards (the L key), not a tab stop of its own.
      tabIndex={interactive ? -1 : undefined}
    >
      <path className="react-flow__edge-path" d={d} markerEnd={endsHere ? arrowhead : undefined} />
      {interactive && (
        <path
          className="react-flow__edge-interaction"
          d={d}
          fill="none"
          strokeOpacity={0}
          strokeWidth={HIT_WIDTH}
        />
      )}
    </g>
  );
});
