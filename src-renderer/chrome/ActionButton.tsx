import type { LucideIcon } from 'lucide-react';
import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { type ActionId, actionSpec } from '../../src-shared/actions/catalog';
import { useActions } from '../actions/ActionsContext';
import { isMac } from '../bridge';
import { IconButton } from './IconButton';

/** How an action is named to a person, with its shortcut: "Zoom In (Ctrl+=)". */
export function actionTitle(id: ActionId): string {
  const spec = actionSpec(id);
  const shortcut = spec?.accelerator ? ` (${formatAccelerator(spec.accelerator, isMac)})` : '';
  return `${spec?.label ?? id}${shortcut}`;
}

/** A button for one action of the registry: its label, its shortcut in the tooltip, enabled when it can run. */
export function ActionButton({ id, icon, enabled }: { id: ActionId; icon: LucideIcon; enabled: boolean }) {
  const { run } = useActions();
  return (
    <IconButton
      icon={icon}
      label={actionSpec(id)?.label ?? id}
      title={actionTitle(id)}
      size={18}
      disabled={!enabled}
      onClick={() => run(id)}
    />
  );
}
