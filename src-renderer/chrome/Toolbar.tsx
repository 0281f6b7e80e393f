import {
  CircleMinus,
  CirclePlus,
  Command,
  FilePlus2,
  FolderOpen,
  Keyboard,
  type LucideIcon,
  Maximize,
  MessageSquareReply,
  Network,
  PanelRight,
  Presentation,
  Quote,
  Redo2,
  Save,
  Search,
  StickyNote,
  Undo2,
  ZoomIn,
  ZoomOut,
} from 'lucide-react';
import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { type ActionId, actionSpec } from '../../src-shared/actions/catalog';
import { revealBidiControls } from '../../src-shared/text/revealBidiControls';
import { isMac } from '../bridge';
import { useEditor } from '../store/EditorContext';
import { isDirty } from '../store/editorStore';
import { IconButton } from './IconButton';

const GROUPS: ReadonlyArray<ReadonlyArray<[ActionId, LucideIcon]>> = [
  [
    ['file.new', FilePlus2],
    ['file.open', FolderOpen],
    ['file.save', Save],
  ],
  [
    ['edit.undo', Undo2],
    ['edit.redo', Redo2],
  ],
  [
    ['node.addPremise', CirclePlus],
    ['node.addCounterpoint', CircleMinus],
    ['node.addRebuttal', MessageSquareReply],
    ['node.addQuote', Quote],
    ['node.addNote', StickyNote],
  ],
  [
    ['map.layout', Network],
    ['edit.find', Search],
    ['view.palette', Command],
  ],
  [
    ['view.zoomOut', ZoomOut],
    ['view.zoomIn', ZoomIn],
    ['view.fit', Maximize],
  ],
  [['present.start', Presentation]],
  [
    ['view.toggleSource', PanelRight],
    ['help.shortcuts', Keyboard],
  ],
];

/** The window's toolbar: the document's name, and buttons for the actions people reach for most. */
export function Toolbar({ run }: { run(id: ActionId): void }) {
  const name = useEditor((state) => state.name);
  const dirty = useEditor(isDirty);
  const canUndo = useEditor((state) => state.history.undo.length > 0);
  const canRedo = useEditor((state) => state.history.redo.length > 0);
  const hasSource = useEditor((state) => state.map.source !== undefined);
  const hasTour = useEditor((state) => state.map.tour.length > 0);
  const disabled: Partial<Record<ActionId, boolean>> = {
    'present.start': !hasTour,
    'edit.undo': !canUndo,
    'edit.redo': !canRedo,
    'view.toggleSource': !hasSource,
  };

  return (
    <header className="toolbar" role="toolbar" aria-label="Map tools">
      <div className="toolbar-title">
        <span className="toolbar-app">Argmap</span>
        <span className="toolbar-doc" title={revealBidiControls(name)}>
          {revealBidiControls(name)}
        </span>
        {dirty ? (
          <span className="toolbar-dirty" title="Unsaved changes" role="status">
            Edited
          </span>
        ) : null}
      </div>
      <div className="toolbar-buttons">
        {GROUPS.map((group) => (
          <div className="toolbar-group" key={group[0]?.[0]}>
            {group.map(([id, Icon]) => {
              const spec = actionSpec(id);
              const shortcut = spec?.accelerator ? ` (${formatAccelerator(spec.accelerator, isMac)})` : '';
              return (
                <IconButton
                  key={id}
                  icon={Icon}
                  label={spec?.label ?? id}
                  title={`${spec?.label ?? id}${shortcut}`}
                  size={18}
                  disabled={disabled[id] ?? false}
                  onClick={() => run(id)}
                />
              );
            })}
          </div>
        ))}
      </div>
    </header>
  );
}
