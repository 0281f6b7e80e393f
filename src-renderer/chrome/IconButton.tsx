import type { LucideIcon } from 'lucide-react';
import type { MouseEvent } from 'react';

interface IconButtonProps {
  icon: LucideIcon;
  /** What the button does, for screen readers. */
  label: string;
  /** The tooltip, when it says more than the label (a shortcut, why it is disabled). */
  title?: string;
  disabled?: boolean;
  size?: number;
  /** Keep the current text selection (the source pane's buttons act on it). */
  keepSelection?: boolean;
  /** For a button that opens a menu: what it opens, and whether it is open. */
  hasPopup?: 'menu';
  expanded?: boolean;
  onClick(event: MouseEvent<HTMLButtonElement>): void;
}

/** A square button showing only an icon, named for assistive technology and explained by its tooltip. */
export function IconButton({
  icon: Icon,
  label,
  title,
  disabled = false,
  size = 17,
  keepSelection = false,
  hasPopup,
  expanded,
  onClick,
}: IconButtonProps) {
  return (
    <button
      type="button"
      className="toolbar-button"
      title={title ?? label}
      aria-label={label}
      disabled={disabled}
      aria-haspopup={hasPopup}
      aria-expanded={expanded}
      onMouseDown={keepSelection ? (event) => event.preventDefault() : undefined}
      onClick={onClick}
    >
      <Icon size={size} strokeWidth={1.9} aria-hidden />
    </button>
  );
}
