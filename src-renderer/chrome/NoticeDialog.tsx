import { useEditor } from '../store/EditorContext';
import { Modal } from './Modal';

/** Tells the user what went wrong (a file that would not open or save), in the words main wrote. */
export function NoticeDialog() {
  const notice = useEditor((state) => state.notice);
  const dismiss = useEditor((state) => state.showNotice);
  if (!notice) return null;
  return (
    <Modal title={notice.title} role="alertdialog" onClose={() => dismiss(null)}>
      <pre className="notice-message">{notice.message}</pre>
    </Modal>
  );
}
