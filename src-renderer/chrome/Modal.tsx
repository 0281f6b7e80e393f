import { type ReactNode, useEffect, useRef } from 'react';

interface ModalProps {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onClose(): void;
  children: ReactNode;
  /** The dialog's own buttons, when its content does not bring them; by default a single Close. */
  actions?: ReactNode;
  /** A class for a dialog that needs its own size or layout. */
  className?: string;
}

/** A modal built on <dialog>: focus is trapped, Esc closes, and the page behind is inert. */
export function Modal({ title, role = 'dialog', onClose, children, actions, className }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className ? `modal ${className}` : 'modal'}
      role={role}
      aria-label={title}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 className="modal-title">{title}</h2>
      {children}
      {actions !== undefined ? (
        actions
      ) : (
        <form method="dialog" className="modal-actions">
          <button type="submit" className="button button--primary">
            Close
          </button>
        </form>
      )}
    </dialog>
  );
}
