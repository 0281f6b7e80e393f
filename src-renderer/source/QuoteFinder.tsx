import { X } from 'lucide-react';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { ArgNode } from '../../src-shared/model/map';
import { findQuotes, type QuoteCandidate } from '../../src-shared/source/quotes/findQuotes';
import type { ActionContext } from '../actions/actionContext';
import { addReason } from '../actions/addReason';
import { IconButton } from '../chrome/IconButton';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { revealPassage } from './sourceView';

const HIGHLIGHT = 'argmap-quote-finder';

/** Whether a quote node already anchors this candidate's words. */
const isMapped = (candidate: QuoteCandidate, nodes: readonly ArgNode[]) =>
  nodes.some(
    (node) =>
      node.kind === 'quote' &&
      node.anchor &&
      node.anchor.start < candidate.end &&
      node.anchor.end > candidate.start,
  );

/** Shows a passage of the source: highlighted (CSS Custom Highlight, no change to the text's DOM) and scrolled to. */
let shown = 0;
async function showPassage(candidate: QuoteCandidate | null) {
  const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  highlights?.delete(HIGHLIGHT);
  const asked = ++shown;
  if (!candidate) return;
  const range = await revealPassage(candidate.start, candidate.end);
  // The pointer may have moved on while the passage was drawn.
  if (!range || asked !== shown) return;
  const Highlight = (window as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;
  if (highlights && Highlight) highlights.set(HIGHLIGHT, new Highlight(range));
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

/**
 * Map → Find Quotes…: every quotation in the source with its speaker, in reading order. Hover or
 * select one to see it in the text; Enter or Q adds it as a quote node anchored to it, with its
 * speaker and role, linked to the selected claim.
 */
export function QuoteFinder({ ctx }: { ctx: ActionContext }) {
  const store = useEditorStore();
  const text = useEditor((state) => state.map.source?.text ?? '');
  const nodes = useEditor((state) => state.map.nodes);
  const quotes = useMemo(() => findQuotes(text), [text]);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => () => void showPassage(null), []);
  useEffect(() => list.current?.focus(), []);

  const add = (candidate: QuoteCandidate | undefined) => {
    if (!candidate) return;
    const quote = {
      speaker: candidate.speaker ?? '',
      direct: candidate.direct,
      ...(candidate.role ? { role: candidate.role } : {}),
    };
    addReason(ctx, 'quote', { range: { start: candidate.start, end: candidate.end }, quote });
    showPassage(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) {
      event.preventDefault();
      const next = Math.max(0, Math.min(quotes.length - 1, active + move));
      setActive(next);
      showPassage(quotes[next] ?? null);
      list.current?.querySelectorAll('[role="option"]')[next]?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' || event.key.toLowerCase() === 'q') {
      event.preventDefault();
      event.stopPropagation();
      add(quotes[active]);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      store.getState().showQuoteFinder(false);
    }
  };

  const mappedCount = quotes.filter((quote) => isMapped(quote, nodes)).length;
  return (
    <section className="quote-finder" aria-label="Quotes in the source">
      <header className="quote-finder-header">
        <span>
          {quotes.length} quote{quotes.length === 1 ? '' : 's'} · {mappedCount} mapped
        </span>
        <span className="quote-finder-hint">Enter or Q adds the selected quote</span>
        <IconButton
          icon={X}
          label="Close the quote finder"
          onClick={() => store.getState().showQuoteFinder(false)}
        />
      </header>
      <div
        ref={list}
        className="quote-finder-list"
        role="listbox"
        tabIndex={0}
        aria-label="Quotes"
        aria-activedescendant={quotes.length > 0 ? `quote-${active}` : undefined}
        onKeyDown={onKeyDown}
        onMouseLeave={() => showPassage(null)}
      >
        {quotes.length === 0 ? (
          <p className="quote-finder-empty">No quotations found in the source.</p>
        ) : null}
        {quotes.map((quote, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox takes the keys for its options.
          <div
            key={quote.start}
            id={`quote-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={`quote-candidate${index === active ? ' is-active' : ''}`}
            onMouseEnter={() => showPassage(quote)}
            onClick={() => setActive(index)}
            onDoubleClick={() => add(quote)}
          >
            <span className="quote-candidate-text">{quote.direct ? `“${quote.text}”` : quote.text}</span>
            <span className="quote-candidate-speaker">
              {quote.speaker ?? 'Speaker unknown'}
              {quote.role ? `, ${quote.role}` : ''}
              {quote.direct ? '' : ' (reported)'}
              {isMapped(quote, nodes) ? <span className="quote-candidate-mapped">Mapped</span> : null}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
