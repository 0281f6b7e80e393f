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
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ActionId } from '../../src-shared/actions/catalog';
import { revealBidiControls } from '../../src-shared/text/revealBidiControls';
import { useEnabledActions } from '../actions/ActionsContext';
import { useEditor } from '../store/EditorContext';
import { isDirty } from '../store/editorStore';
import { ActionButton } from './ActionButton';
import { ToolbarOverflow } from './ToolbarOverflow';
import { groupsThatFit } from './toolbarFit';

type Group = ReadonlyArray<readonly [ActionId, LucideIcon]>;

/** The buttons, in groups; in a narrow window the groups on the right give way to the overflow menu first. */
const GROUPS: readonly Group[] = [
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
const IDS = GROUPS.flat().map(([id]) => id);
/** The toolbar's own padding and the gap between the title and the buttons. */
const CHROME = 2 * 12 + 16;

/** The window's toolbar: the document's name, and buttons for the actions people reach for most. */
export function Toolbar() {
  const name = useEditor((state) => state.name);
  const dirty = useEditor(isDirty);
  const enabled = useEnabledActions(IDS);
  const toolbar = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(GROUPS.length);

  // Every group is drawn on the first render and measured once (buttons keep their size), then the
  // groups are fitted on each resize. Measuring when the observer reports, after the window's layout,
  // costs no layout of its own; the fit is drawn at once, before that frame is painted.
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    let widths: number[] | null = null;
    const observer = new ResizeObserver(() => {
      widths ??= [...element.querySelectorAll('.toolbar-group')].map(
        (group) => group.getBoundingClientRect().width,
      );
      const fit = groupsThatFit(element.clientWidth - CHROME, widths);
      flushSync(() => setShown(fit));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <header className="toolbar" ref={toolbar}>
      <div className="toolbar-title">
        <span className="toolbar-app">Argmap</span>
        <h1 className="toolbar-doc" title={revealBidiControls(name)}>
          {revealBidiControls(name)}
        </h1>
        {dirty ? (
          <span className="toolbar-dirty" title="Unsaved changes" role="status">
            Edited
          </span>
        ) : null}
      </div>
      <div className="toolbar-buttons" role="toolbar" aria-label="Map tools">
        {GROUPS.slice(0, shown).map((group) => (
          <div className="toolbar-group" key={group[0]?.[0]}>
            {group.map(([id, icon]) => (
              <ActionButton key={id} id={id} icon={icon} enabled={enabled.has(id)} />
            ))}
          </div>
        ))}
        {shown < GROUPS.length ? (
          <div className="toolbar-group">
            <ToolbarOverflow groups={GROUPS.slice(shown)} enabled={enabled} />
          </div>
        ) : null}
      </div>
    </header>
  );
}
