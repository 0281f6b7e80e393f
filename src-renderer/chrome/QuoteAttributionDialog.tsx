import { type FormEvent, useId } from 'react';
import { setQuoteAttribution } from '../../src-shared/ops/nodeOps';
import { FIELD_LIMITS } from '../../src-shared/text/fieldLimits';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { Modal } from './Modal';
import { useTextLimit } from './useTextLimit';

/** Asks who said a quote just made from the source text: speaker, role, and whether the words are printed as a quotation. */
export function QuoteAttributionDialog() {
  const store = useEditorStore();
  const id = useEditor((state) => state.attributingId);
  const node = useEditor((state) =>
    state.map.nodes.find((candidate) => candidate.id === state.attributingId),
  );
  const fieldId = useId();
  const speakerLimit = useTextLimit(FIELD_LIMITS.speaker.name, FIELD_LIMITS.speaker.max);
  const roleLimit = useTextLimit(FIELD_LIMITS.role.name, FIELD_LIMITS.role.max);
  if (!id || !node?.quote) return null;

  const close = () => store.getState().askAttribution(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const speaker = speakerLimit.keep(String(form.get('speaker') ?? '').trim());
    const role = roleLimit.keep(String(form.get('role') ?? '').trim());
    const { map, commit } = store.getState();
    commit(
      setQuoteAttribution(map, {
        id,
        quote: { speaker, direct: form.get('direct') === 'on', ...(role ? { role } : {}) },
      }),
    );
    close();
  };

  return (
    <Modal title="Who said this?" onClose={close} actions={null}>
      <blockquote className="attribution-quote">{node.text}</blockquote>
      <form className="form" onSubmit={onSubmit}>
        <label htmlFor={`${fieldId}-speaker`}>Speaker</label>
        <input
          id={`${fieldId}-speaker`}
          name="speaker"
          defaultValue={node.quote.speaker}
          placeholder="e.g. Jeffrey J. Hall"
          autoComplete="off"
          onInput={speakerLimit.onInput}
        />
        {speakerLimit.note}
        <label htmlFor={`${fieldId}-role`}>Role or institution</label>
        <input
          id={`${fieldId}-role`}
          name="role"
          defaultValue={node.quote.role ?? ''}
          placeholder="e.g. Kanda University of International Studies"
          autoComplete="off"
          onInput={roleLimit.onInput}
        />
        {roleLimit.note}
        <label className="checkbox">
          <input type="checkbox" name="direct" defaultChecked={node.quote.direct} />
          Printed in quotation marks (not reported speech)
        </label>
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Later
          </button>
          <button type="submit" className="button button--primary">
            Save speaker
          </button>
        </div>
      </form>
    </Modal>
  );
}
