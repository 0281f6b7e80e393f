import { ReactFlowProvider } from '@xyflow/react';
import { X } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ActionContext } from '../actions/actionContext';
import type { NodeMark } from '../canvas/nodeMarks';
import { IconButton } from '../chrome/IconButton';
import { EditorProvider, useEditor } from '../store/EditorContext';
import type { EditorStore } from '../store/editorStore';
import { ComparedMapCanvas } from './ComparedMapCanvas';
import { comparedMapStore, paneKey } from './comparedMapStore';
import { otherMapMarks } from './comparisonReport';
import { SideSplitter } from './SideSplitter';
import { useCounterpartSelection } from './useCounterpartSelection';
import './compareSide.css';

/**
 * While comparing, the other map beside the reference, in the same window: coloured by how each of its
 * nodes stands (matched, different, extra), read only, its file never written. Closing it (or Esc in it)
 * ends the side view, not the comparison; the comparison panel opens it again.
 */
export function ComparedMapPane({ ctx }: { ctx: ActionContext }) {
  const comparison = useEditor((state) => state.comparison);
  const open = useEditor((state) => state.comparisonSide);
  const pane = useRef<HTMLElement>(null);
  // Half the canvas's room until the splitter is moved.
  const [paneWidth, setPaneWidth] = useState<number | null>(null);
  if (!comparison || !open) return null;
  const side = comparedMapStore(comparison.other, comparison.name);
  const close = () => {
    ctx.editor.getState().showComparisonSide(false);
    document.querySelector<HTMLElement>('.compare-panel .compare-side-toggle')?.focus();
  };
  return (
    <>
      <SideSplitter pane={pane} onResize={setPaneWidth} />
      <section
        ref={pane}
        className="compare-side"
        style={paneWidth === null ? undefined : { width: paneWidth, flex: '0 1 auto' }}
        aria-label={`Compared map: ${comparison.name}`}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          close();
        }}
      >
        <header className="compare-side-header">
          <span className="compare-side-title" title={comparison.name}>
            {comparison.name}
            <span className="compare-side-note"> · read only</span>
          </span>
          <IconButton icon={X} label="Close the compared map" size={16} onClick={close} />
        </header>
        <ReactFlowProvider key={paneKey(side)}>
          <EditorProvider store={side}>
            <ComparedMap ctx={ctx} side={side} />
          </EditorProvider>
        </ReactFlowProvider>
      </section>
    </>
  );
}

/** Inside the pane's own providers: its canvas, with the reference's selection kept in step. */
function ComparedMap({ ctx, side }: { ctx: ActionContext; side: EditorStore }) {
  const pick = useCounterpartSelection(ctx, side);
  // The standing is the reference's to say: read from the window's store, not the pane's.
  const standing = useStore(ctx.editor, otherMapMarks);
  const marks = useMemo(() => {
    if (!standing) return null;
    return new Map<string, NodeMark>([...standing].map(([id, className]) => [id, { className }]));
  }, [standing]);
  return (
    <div className="compare-side-canvas">
      <ComparedMapCanvas marks={marks} onPick={pick} />
    </div>
  );
}
