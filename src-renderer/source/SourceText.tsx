import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { ArgNode } from '../../src-shared/model/map';
import { type SourceBlock as Block, splitIntoBlocks } from '../../src-shared/source/blocks';
import type { Sentence } from '../../src-shared/source/coverage';
import type { AnchoredPassage } from '../../src-shared/source/segments';
import { SourceBlock } from './SourceBlock';
import { setSourceView } from './sourceView';

interface SourceTextProps {
  text: string;
  nodes: readonly ArgNode[];
  changed: ReadonlySet<string>;
  emphasised: ReadonlySet<string>;
  /** Sentences no node anchors: each carries a mark in the margin. */
  unmapped: readonly Sentence[];
  /** The element that scrolls the article. */
  scrollElement: () => HTMLElement | null;
}

/** The article's top padding inside the scrolling element (see .source-body). */
const TOP = 8;
/** At most this many blocks are kept drawn for a passage out of view (a passage rarely spans more than two). */
const MAX_PINNED = 200;

/**
 * The article as readable text: title, headings and paragraphs. Only the blocks in view (and a few
 * around them) are in the page, so a megabyte-long source opens and scrolls as fast as a short one.
 */
export const SourceText = memo(function SourceText({
  text,
  nodes,
  changed,
  emphasised,
  unmapped,
  scrollElement,
}: SourceTextProps) {
  const blocks = useMemo(() => splitIntoBlocks(text), [text]);
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  // A passage that no longer reads as anchored is listed, not highlighted: its offsets may be wrong.
  const passages = useMemo<AnchoredPassage[]>(
    () =>
      nodes.flatMap((node) =>
        node.anchor && !changed.has(node.id)
          ? [{ nodeId: node.id, start: node.anchor.start, end: node.anchor.end }]
          : [],
      ),
    [nodes, changed],
  );
  const [pinned, setPinned] = useState<{ from: number; to: number } | null>(null);
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: scrollElement,
    estimateSize: (index) => estimateHeight(blocks[index], scrollElement()?.clientWidth ?? 420),
    getItemKey: (index) => blocks[index]?.start ?? index,
    overscan: 6,
    scrollMargin: TOP,
    rangeExtractor: (range: Range) => withPinned(defaultRangeExtractor(range), pinned),
  });

  const live = useRef({ blocks, virtualizer });
  live.current = { blocks, virtualizer };
  useEffect(
    () =>
      setSourceView({
        async reveal(start, end) {
          const { blocks: all, virtualizer: list } = live.current;
          const from = blockIndexAt(all, start);
          const to = Math.min(blockIndexAt(all, Math.max(start, end - 1)), from + MAX_PINNED);
          setPinned({ from, to });
          if (!isDrawn(from) || !inView(from)) list.scrollToIndex(from, { align: 'center' });
          for (let frame = 0; frame < 30 && !(isDrawn(from) && isDrawn(to)); frame++) await nextFrame();
        },
        pin(offset) {
          const index = blockIndexAt(live.current.blocks, offset);
          setPinned({ from: index, to: index });
        },
      }),
    [],
  );

  return (
    <div className="source-blocks" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const block = blocks[item.index] as Block;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="source-block"
            style={{ transform: `translateY(${item.start - TOP}px)` }}
          >
            <SourceBlock
              block={block}
              text={text}
              passages={passages}
              byId={byId}
              emphasised={emphasised}
              unmapped={unmapped}
            />
          </div>
        );
      })}
    </div>
  );
});

const isDrawn = (index: number) => document.querySelector(`.source-block[data-index="${index}"]`) !== null;

function inView(index: number): boolean {
  const element = document.querySelector(`.source-block[data-index="${index}"]`);
  const body = element?.closest('.source-body');
  if (!element || !body) return false;
  const box = element.getBoundingClientRect();
  const view = body.getBoundingClientRect();
  return box.bottom > view.top && box.top < view.bottom;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The drawn blocks, and the pinned ones too (a passage being shown, a selection being dragged). */
function withPinned(indexes: number[], pinned: { from: number; to: number } | null): number[] {
  if (!pinned) return indexes;
  const all = new Set(indexes);
  for (let index = pinned.from; index <= pinned.to; index++) all.add(index);
  return [...all].sort((a, b) => a - b);
}

/** The block holding `offset` (or the last before it), by binary search. */
export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((blocks[middle] as Block).start <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/** A block's height before it is drawn and measured, from its length and the pane's width (.source-body's type). */
function estimateHeight(block: Block | undefined, paneWidth: number): number {
  if (!block) return 0;
  const perLine = Math.max(20, Math.floor((paneWidth - 44) / 7.4));
  const lines = Math.ceil((block.end - block.start) / perLine);
  if (block.kind === 'title') return lines * 28 + 28;
  if (block.kind === 'heading') return lines * 25 + 30;
  return lines * 25 + 12;
}
