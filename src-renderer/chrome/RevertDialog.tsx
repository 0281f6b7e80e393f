import { type FormEvent, useEffect, useState } from 'react';
import type { BackupList } from '../../src-shared/ipc/contract';
import type { ActionContext } from '../actions/actionContext';
import { useEditor } from '../store/EditorContext';
import { isDirty } from '../store/editorStore';
import { Modal } from './Modal';
import './revert.css';

/** File → Revert to Backup…: the versions of the file that saves replaced, to take one back. */
export function RevertDialog({ ctx }: { ctx: ActionContext }) {
  const open = useEditor((state) => state.revertOpen);
  return open ? <RevertDialogBody ctx={ctx} /> : null;
}

const when = (time: number) =>
  new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const size = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`);

function RevertDialogBody({ ctx }: { ctx: ActionContext }) {
  const [list, setList] = useState<BackupList | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const dirty = useEditor(isDirty);
  const close = () => ctx.editor.getState().showRevert(false);

  useEffect(() => {
    let current = true;
    void ctx.argmap.file.listBackups().then((answer) => {
      if (!current) return;
      setList(answer);
      if (answer.status === 'listed') setChosen(answer.backups[0]?.id ?? null);
    });
    return () => {
      current = false;
    };
  }, [ctx]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const result = await ctx.argmap.file.revertToBackup({ id: chosen });
    const state = ctx.editor.getState();
    close();
    if (result.status === 'failed') {
      state.showNotice({ title: 'The map was not reverted', message: result.message });
      return;
    }
    state.load(result.document);
    ctx.editor.getState().showFlash('Reverted to the backup. Save to make it the file again.');
  };

  let body: React.ReactNode = <p className="revert-empty">Looking for backups…</p>;
  if (list?.status === 'failed') body = <p className="revert-empty">{list.message}</p>;
  if (list?.status === 'listed' && list.backups.length === 0) {
    body = (
      <p className="revert-empty">
        No backups of “{list.name}” yet: one is kept each time a save replaces the file (the last five).
      </p>
    );
  }
  if (list?.status === 'listed' && list.backups.length > 0) {
    body = (
      <fieldset className="revert-list">
        <legend>Versions of “{list.name}” replaced by saves, newest first</legend>
        {list.backups.map((backup) => (
          <label key={backup.id} className="revert-item">
            <input
              type="radio"
              name="backup"
              checked={chosen === backup.id}
              onChange={() => setChosen(backup.id)}
            />
            <span className="revert-when">{when(backup.replacedAt)}</span>
            <span className="revert-size">{size(backup.size)}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <Modal title="Revert to Backup" onClose={close} actions={null}>
      <form className="revert-form" onSubmit={(event) => void onSubmit(event)}>
        {body}
        {dirty ? (
          <p className="warning-box">Your unsaved changes will be replaced by the version you choose.</p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!chosen}>
            Revert
          </button>
        </div>
      </form>
    </Modal>
  );
}
