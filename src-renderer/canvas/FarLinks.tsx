import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import type { ArgEdge } from '../../src-shared/model/map';
import { farLinkPaths } from './farLinks';
import type { ArgFlowNode } from './toFlow';

/**
 * The map's links when zoomed out past reading (see farLinks.ts), drawn in the canvas's own coordinates
 * beneath the cards. The view moving moves them with the cards: nothing here renders again on a pan.
 */
export function FarLinks(props: {
  nodes: readonly ArgFlowNode[];
  edges: readonly ArgEdge[];
  selected: ReadonlySet<string>;
}) {
  const { nodes, edges, selected } = props;
  const paths = useMemo(() => farLinkPaths(nodes, edges, selected), [nodes, edges, selected]);
  return (
    <ViewportPortal>
      <svg className="far-links" aria-hidden>
        <path className="far-link far-link--supports" d={paths.supports} />
        <path className="far-link far-link--opposes" d={paths.opposes} />
        <path className="far-link far-link--selected" d={paths.selected} />
      </svg>
    </ViewportPortal>
  );
}
