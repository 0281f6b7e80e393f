import { type Connection, type FinalConnectionState, type OnConnectEnd, useReactFlow } from '@xyflow/react';
import { type MouseEvent, useCallback } from 'react';
import { newId } from '../../src-shared/model/ids';
import { DEFAULT_RELATION } from '../../src-shared/model/kinds';
import { connect } from '../../src-shared/ops/edgeOps';
import { applyResult } from '../actions/applyResult';
import type { EditorStore } from '../store/editorStore';

const pointOf = (event: globalThis.MouseEvent | TouchEvent) =>
  'changedTouches' in event
    ? { x: event.changedTouches[0]?.clientX ?? 0, y: event.changedTouches[0]?.clientY ?? 0 }
    : { x: event.clientX, y: event.clientY };

/**
 * What the mouse does to the map's structure: a link dragged between two handles connects the nodes
 * (reason below, claim above); a link dropped on empty canvas, or a double-click there, opens the kind
 * chooser for a new node.
 */
export function useCanvasGestures(store: EditorStore) {
  const flow = useReactFlow();

  const onConnect = useCallback(
    (connection: Connection) => {
      // The top handle is a reason's ("source"), the bottom one a claim's ("target").
      const { map } = store.getState();
      const reason = map.nodes.find((node) => node.id === connection.source);
      const relation = (reason && DEFAULT_RELATION[reason.kind]) ?? 'supports';
      const id = newId('e');
      if (
        applyResult(
          { editor: store },
          connect(map, { id, from: connection.source, to: connection.target, relation }),
        )
      ) {
        store.getState().select([id]);
      }
    },
    [store],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection: FinalConnectionState) => {
      if (connection.isValid || !connection.fromNode || connection.toNode) return;
      const screen = pointOf(event);
      store.getState().openChooser({
        screen,
        flow: flow.screenToFlowPosition(screen),
        link: {
          nodeId: connection.fromNode.id,
          newNodeIs: connection.fromHandle?.type === 'target' ? 'reason' : 'claim',
        },
      });
    },
    [store, flow],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const target = event.target as Element;
      if (!target.classList.contains('react-flow__pane')) return;
      const screen = { x: event.clientX, y: event.clientY };
      store.getState().openChooser({ screen, flow: flow.screenToFlowPosition(screen) });
    },
    [store, flow],
  );

  return { onConnect, onConnectEnd, onDoubleClick };
}
