import { useReactFlow } from '@xyflow/react';
import { CircleMinus, CirclePlus, PanelRightClose, Quote } from 'lucide-react';
import { type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatAccelerator } from '../../src-shared/actions/accelerator';
import { type ActionId, actionSpec } from '../../src-shared/actions/catalog';
import { changedPassages } from '../../src-shared/source/anchors';
import { sourceDetails } from '../../src-shared/source/citation';
import { sentenceAt, snapToWords, sourceCoverage } from '../../src-shared/source/coverage';
import type { ActionContext } from '../actions/actionContext';
import { revealNode } from '../actions/reveal';
import { isMac } from '../bridge';
import { IconButton } from '../chrome/IconButton';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { ChangedPassages } from './ChangedPassages';
import { offsetOf, selectedRange } from './domOffsets';
import { selectPassage } from './passageSelection';
import { QuoteFinder } from './QuoteFinder';
import { FROM_SELECTION, SelectionMenu } from './SelectionMenu';
import { SourceText } from './SourceText';
import { Splitter } from './Splitter';

const WIDTH_KEY = 'argmap.sourceWidth';
const ICONS = {
  'node.addPremise': CirclePlus,
  'node.addCounterpoint': CircleMinus,
  'node.addQuote': Quote,
} as const;

/** The article beside the map: highlighted passages, and new nodes made from selected text. */
export function SourcePane({ run, ctx }: { run(id: ActionId): void; ctx: ActionContext }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const map = useEditor((state) => state.map);
  const selectedIds = useEditor((state) => state.selectedIds);
  const hasSelection = useEditor((state) => state.sourceSelection !== null);
  const findingQuotes = useEditor((state) => state.quoteFinderOpen);
  const body = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(() => Number(localStorage.getItem(WIDTH_KEY)) || 420);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const changed = changedPassages(map);
  const coverage = useMemo(
    () => sourceCoverage(map.source?.text ?? '', map.nodes, changed),
    [map.source?.text, map.nodes, changed],
  );
  const changedNodes = useMemo(() => map.nodes.filter((node) => changed.has(node.id)), [map.nodes, changed]);

  useEffect(() => localStorage.setItem(WIDTH_KEY, String(width)), [width]);

  // Text selected in the pane becomes the passage that new nodes are anchored to.
  useEffect(() => {
    const onSelectionChange = () => {
      if (body.current) store.getState().selectSource(selectedRange(document.getSelection(), body.current));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [store]);

  // Selecting one node on the canvas brings its passage into view.
  useEffect(() => {
    if (selectedIds.size !== 1 || !body.current) return;
    const [id] = selectedIds;
    const mark = [...body.current.querySelectorAll<HTMLElement>('mark[data-nodes]')].find((element) =>
      element.dataset.nodes?.split(' ').includes(id ?? ''),
    );
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [selectedIds]);

  // Clicking a highlight selects the nodes it anchors and shows the first on the canvas.
  const onClick = useCallback(
    (event: MouseEvent) => {
      if (event.altKey && body.current) {
        selectSentenceAt(event, body.current, store.getState().map.source?.text ?? '');
        return;
      }
      if (!document.getSelection()?.isCollapsed) return;
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-nodes]');
      const ids = mark?.dataset.nodes?.split(' ') ?? [];
      const first = store.getState().map.nodes.find((node) => node.id === ids[0]);
      if (!first) return;
      store.getState().select(ids);
      revealNode({ flow }, first);
    },
    [store, flow],
  );

  // A drag that starts or ends inside a word takes the whole word.
  const onMouseUp = (event: MouseEvent) => {
    const text = store.getState().map.source?.text;
    const range = body.current && !event.altKey ? selectedRange(document.getSelection(), body.current) : null;
    if (!range || text === undefined) return;
    const snapped = snapToWords(text, range.start, range.end);
    if (snapped.start !== range.start || snapped.end !== range.end) selectPassage(snapped.start, snapped.end);
  };

  const onContextMenu = (event: MouseEvent) => {
    if (!store.getState().sourceSelection) return;
    event.preventDefault();
    setMenuAt({ x: event.clientX, y: event.clientY });
  };
  const closeMenu = useCallback(() => setMenuAt(null), []);

  if (!map.source) return null;
  return (
    <>
      <Splitter width={width} min={280} max={900} onResize={setWidth} />
      <aside className="source-pane" style={{ width }} aria-label="Source text">
        <header className="source-header">
          <div className="source-meta">
            <span className="source-label">Source</span>
            <button
              type="button"
              className="source-author"
              title="Source Info…: title, author(s), site, date and URL"
              onClick={() => run('map.sourceInfo')}
            >
              {sourceDetails(map.source) || 'Add author, site and date…'}
            </button>
          </div>
          <button
            type="button"
            className="source-coverage"
            title="Share of the article’s sentences that a node anchors. Click: Next Unmapped Passage"
            onClick={() => run('go.nextUnmapped')}
          >
            {Math.floor(coverage.share * 100)} % mapped
          </button>
          <div className="source-tools" role="toolbar" aria-label="From the selected text">
            {FROM_SELECTION.map(({ id, label }) => {
              const Icon = ICONS[id as keyof typeof ICONS];
              const key = formatAccelerator(actionSpec(id)?.accelerator ?? '', isMac);
              return (
                <IconButton
                  key={id}
                  icon={Icon}
                  label={label}
                  title={hasSelection ? `${label} (${key})` : `${label}: select text first`}
                  disabled={!hasSelection}
                  keepSelection
                  onClick={() => run(id)}
                />
              );
            })}
            <IconButton
              icon={PanelRightClose}
              label="Hide the source text"
              onClick={() => run('view.toggleSource')}
            />
          </div>
        </header>
        {findingQuotes ? <QuoteFinder ctx={ctx} /> : null}
        <ChangedPassages
          nodes={changedNodes}
          onPick={(node) => {
            store.getState().select([node.id]);
            revealNode({ flow }, node);
          }}
        />
        {/* Focusable, so that the article scrolls by keys too (axe: scrollable-region-focusable). */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: clicks on highlights are shortcuts; each node is also reachable on the canvas and in the list. */}
        <section
          ref={body}
          className="source-body"
          aria-label="Article text"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keys.
          tabIndex={0}
          onClick={onClick}
          onMouseUp={onMouseUp}
          onContextMenu={onContextMenu}
        >
          <SourceText
            text={map.source.text}
            nodes={map.nodes}
            changed={changed}
            emphasised={selectedIds}
            unmapped={coverage.unmapped}
          />
        </section>
        {menuAt ? <SelectionMenu at={menuAt} run={run} onClose={closeMenu} /> : null}
      </aside>
    </>
  );
}

/** Alt+click: selects the whole sentence under the pointer. */
function selectSentenceAt(event: MouseEvent, root: HTMLElement, text: string) {
  const caret = document.caretRangeFromPoint(event.clientX, event.clientY);
  const offset = caret ? offsetOf(caret.startContainer, caret.startOffset, root) : null;
  const sentence = offset === null ? undefined : sentenceAt(text, offset);
  if (sentence) selectPassage(sentence.start, sentence.end);
}
