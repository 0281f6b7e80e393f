import { useReactFlow } from '@xyflow/react';
import { CircleMinus, CirclePlus, PanelRightClose, Quote } from 'lucide-react';
import {
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
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
import { useAfterFirstPaint } from '../useAfterFirstPaint';
import { ChangedPassages } from './ChangedPassages';
import { offsetOf, selectedRange } from './domOffsets';
import { markOf, moveBetweenPassages, passagesInOrder } from './passageKeys';
import { selectPassage } from './passageSelection';
import { QuoteFinder } from './QuoteFinder';
import { FROM_SELECTION, SelectionMenu } from './SelectionMenu';
import { SourceText } from './SourceText';
import { Splitter } from './Splitter';
import { pinSourceOffset, revealPassage } from './sourceView';
import { useNodesApartFromPlace } from './useNodesApartFromPlace';

const WIDTH_KEY = 'argmap.sourceWidth';
const NONE: ReadonlySet<string> = new Set();
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
  const nodes = useNodesApartFromPlace(map.nodes);
  const selectedIds = useEditor((state) => state.selectedIds);
  const hasSelection = useEditor((state) => state.sourceSelection !== null);
  const findingQuotes = useEditor((state) => state.quoteFinderOpen);
  const body = useRef<HTMLElement>(null);
  // The article's text follows the map onto the screen: the map is what the first frame is for.
  const articleShown = useAfterFirstPaint();
  const [width, setWidth] = useState(() => Number(localStorage.getItem(WIDTH_KEY)) || 420);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  // One set per map, so the coverage of a long source is not counted again on every render.
  const source = map.source;
  // A map without a source shows no pane: nothing to count on its nodes.
  const changed = useMemo(() => (source ? changedPassages({ source, nodes }) : NONE), [source, nodes]);
  const coverage = useMemo(
    () => sourceCoverage(source?.text ?? '', source ? nodes : [], changed),
    [source, nodes, changed],
  );
  const changedNodes = useMemo(() => nodes.filter((node) => changed.has(node.id)), [nodes, changed]);

  useEffect(() => localStorage.setItem(WIDTH_KEY, String(width)), [width]);

  // Text selected in the pane becomes the passage that new nodes are anchored to.
  useEffect(() => {
    const onSelectionChange = () => {
      if (body.current) store.getState().selectSource(selectedRange(document.getSelection(), body.current));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [store]);

  // Selecting one node on the canvas brings its passage into view (drawing its paragraph if out of view).
  useEffect(() => {
    if (selectedIds.size !== 1 || !articleShown) return;
    const [id] = selectedIds;
    const anchor = store.getState().map.nodes.find((node) => node.id === id)?.anchor;
    if (!anchor || !id) return;
    let current = true;
    void revealPassage(anchor.start, anchor.end).then(() => {
      const mark = current && body.current ? markOf(body.current, id) : null;
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      mark?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    });
    return () => {
      current = false;
    };
  }, [selectedIds, store, articleShown]);

  // Clicking a highlight (or Enter on one) selects the nodes it anchors and shows the first on the canvas.
  const selectNodesOf = useCallback(
    (mark: HTMLElement | null) => {
      const ids = mark?.dataset.nodes?.split(' ') ?? [];
      const first = store.getState().map.nodes.find((node) => node.id === ids[0]);
      if (!first) return false;
      store.getState().select(ids);
      revealNode({ flow }, first);
      return true;
    },
    [store, flow],
  );
  const onClick = useCallback(
    (event: MouseEvent) => {
      if (event.altKey && body.current) {
        selectSentenceAt(event, body.current, store.getState().map.source?.text ?? '');
        return;
      }
      if (!document.getSelection()?.isCollapsed) return;
      selectNodesOf((event.target as HTMLElement).closest<HTMLElement>('mark[data-nodes]'));
    },
    [store, selectNodesOf],
  );
  const passageOrder = useMemo(() => passagesInOrder(nodes, changed), [nodes, changed]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!body.current) return;
    if (moveBetweenPassages(event, body.current, passageOrder)) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-nodes]');
    if (event.key === 'Enter' && mark && selectNodesOf(mark)) event.preventDefault();
  };
  // A selection dragged from a paragraph keeps that paragraph drawn however far it scrolls.
  const onMouseDown = (event: MouseEvent) => {
    const block = (event.target as HTMLElement).closest<HTMLElement>('[data-end]');
    if (block) pinSourceOffset(Number(block.dataset.offset));
  };

  // A drag that starts or ends inside a word takes the whole word.
  const onMouseUp = (event: MouseEvent) => {
    const text = store.getState().map.source?.text;
    const range = body.current && !event.altKey ? selectedRange(document.getSelection(), body.current) : null;
    if (!range || text === undefined) return;
    const snapped = snapToWords(text, range.start, range.end);
    if (snapped.start !== range.start || snapped.end !== range.end)
      void selectPassage(snapped.start, snapped.end);
  };

  const onContextMenu = (event: MouseEvent) => {
    if (!store.getState().sourceSelection) return;
    event.preventDefault();
    setMenuAt({ x: event.clientX, y: event.clientY });
  };
  const closeMenu = useCallback(() => setMenuAt(null), []);
  // The article's scroller is known once it is in the page (after the article's own first layout).
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const bodyRef = useCallback((element: HTMLElement | null) => {
    body.current = element;
    setScroller(element);
  }, []);
  const scrollElement = useCallback(() => scroller, [scroller]);

  if (!map.source) return null;
  return (
    <>
      <Splitter width={width} min={280} max={900} onResize={setWidth} />
      <aside
        className="source-pane"
        // A variable rather than a width, so that a narrow window's layout can set the width aside (a11y.css).
        style={{ '--source-width': `${width}px` } as CSSProperties}
        aria-label="Source text"
      >
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
        {/* Tab moves from highlight to highlight, Enter selects a highlight's node (clicks do the same). */}
        <section
          ref={bodyRef}
          className="source-body"
          aria-label="Article text"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keys.
          tabIndex={0}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onMouseDown={onMouseDown}
          onMouseUp={onMouseUp}
          onContextMenu={onContextMenu}
        >
          {articleShown ? (
            <SourceText
              text={map.source.text}
              nodes={nodes}
              changed={changed}
              emphasised={selectedIds}
              unmapped={coverage.unmapped}
              scrollElement={scrollElement}
            />
          ) : null}
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
  if (sentence) void selectPassage(sentence.start, sentence.end);
}
