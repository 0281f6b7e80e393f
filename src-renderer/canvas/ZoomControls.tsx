import { Panel } from '@xyflow/react';
import { Maximize, ZoomIn, ZoomOut } from 'lucide-react';
import type { ActionId } from '../../src-shared/actions/catalog';
import { useEnabledActions } from '../actions/ActionsContext';
import { ActionButton } from '../chrome/ActionButton';

const CONTROLS = [
  ['view.zoomIn', ZoomIn],
  ['view.zoomOut', ZoomOut],
  ['view.fit', Maximize],
] as const;
const IDS: readonly ActionId[] = CONTROLS.map(([id]) => id);

/** Zoom buttons on the canvas: the registry's zoom actions, each disabled exactly when it would do nothing. */
export function ZoomControls() {
  const enabled = useEnabledActions(IDS);
  return (
    <Panel position="bottom-left" className="zoom-controls" aria-label="Zoom">
      {CONTROLS.map(([id, icon]) => (
        <ActionButton key={id} id={id} icon={icon} enabled={enabled.has(id)} />
      ))}
    </Panel>
  );
}
