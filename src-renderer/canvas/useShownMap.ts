import { useMemo } from 'react';
import { type FocusView, focusView } from '../../src-shared/focus/focusView';
import { foldingOf, visiblePart } from '../../src-shared/fold/folding';
import type { ArgEdge, ArgNode, Size } from '../../src-shared/model/map';
import { useEditor } from '../store/EditorContext';
import type { NodeView } from './toFlow';

/**
 * The focus layout places cards by their stored or estimated sizes (an estimate is never too small), not
 * as measured: cards off screen until now are measured only once drawn, and the view is framed before that.
 */
const NO_SIZES: ReadonlyMap<string, Size> = new Map();

export interface ShownMap {
  nodes: readonly ArgNode[];
  edges: readonly ArgEdge[];
  view: Pick<NodeView, 'folded' | 'places' | 'below'>;
  focus: FocusView | null;
}

/**
 * What the canvas draws of the map: in Focus on Claim, one claim and its reasons laid out on their own
 * (each reason's badge counts what lies below it); otherwise everything that no fold hides.
 */
export function useShownMap(): ShownMap {
  const map = useEditor((state) => state.map);
  const claimId = useEditor((state) => state.focus?.claimId ?? null);
  const frame = useEditor((state) => state.focus?.frame);
  return useMemo(() => {
    const focus = claimId ? focusView(map, claimId, NO_SIZES, frame) : null;
    if (focus) {
      const shown = new Set(focus.shown);
      return {
        nodes: map.nodes.filter((node) => shown.has(node.id)),
        edges: map.edges.filter((edge) => shown.has(edge.from) && shown.has(edge.to)),
        view: {
          places: focus.positions,
          folded: new Map([...focus.below].filter(([, n]) => n > 0)),
          below: true,
        },
        focus,
      };
    }
    const visible = visiblePart(map);
    return {
      nodes: visible.nodes,
      edges: visible.edges,
      view: { folded: foldingOf(map).hiddenBelow },
      focus: null,
    };
  }, [map, claimId, frame]);
}
