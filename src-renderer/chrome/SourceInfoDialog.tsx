import { type FormEvent, Fragment, useId } from 'react';
import { type SourceInfo, updateSourceInfo } from '../../src-shared/ops/sourceOps';
import type { ActionContext } from '../actions/actionContext';
import { applyResult } from '../actions/applyResult';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { Modal } from './Modal';

const FIELDS: Array<{ key: keyof SourceInfo; label: string; placeholder: string }> = [
  { key: 'title', label: 'Title', placeholder: 'The article’s headline' },
  { key: 'author', label: 'Author(s)', placeholder: 'e.g. Ana Ruiz and Tom Lee' },
  { key: 'publisher', label: 'Publisher or site', placeholder: 'e.g. The Guardian' },
  { key: 'published', label: 'Date', placeholder: 'e.g. 2024-03-05' },
  { key: 'url', label: 'URL', placeholder: 'https://…' },
];

/** Map → Source Info…: corrects what the import found out about the article (one undo step). */
export function SourceInfoDialog({ ctx }: { ctx: ActionContext }) {
  const store = useEditorStore();
  const open = useEditor((state) => state.sourceInfoOpen);
  const source = useEditor((state) => state.map.source);
  const fieldId = useId();
  if (!open || !source) return null;

  const close = () => store.getState().showSourceInfo(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: keyof SourceInfo) => String(form.get(key) ?? '');
    const info: SourceInfo = {
      title: value('title'),
      author: value('author'),
      publisher: value('publisher'),
      published: value('published'),
      url: value('url'),
    };
    const result = updateSourceInfo(store.getState().map, info);
    if (applyResult(ctx, result) || result === null) close();
  };

  return (
    <Modal title="Source Info" onClose={close} actions={null}>
      <form className="form" onSubmit={onSubmit}>
        {FIELDS.map(({ key, label, placeholder }) => (
          <Fragment key={key}>
            <label htmlFor={`${fieldId}-${key}`}>{label}</label>
            <input
              id={`${fieldId}-${key}`}
              name={key}
              defaultValue={source[key] ?? ''}
              placeholder={placeholder}
              autoComplete="off"
              required={key === 'title'}
            />
          </Fragment>
        ))}
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
