import { memo, useMemo } from 'react';
import type { ArgNode, NodeKind } from '../../src-shared/model/map';
import { splitIntoBlocks } from '../../src-shared/source/blocks';
import type { Sentence } from '../../src-shared/source/coverage';
import { type AnchoredPassage, segmentText } from '../../src-shared/source/segments';
import { KIND_LOOK } from '../canvas/nodes/kinds';

interface SourceTextProps {
  text: string;
  nodes: readonly ArgNode[];
  changed: ReadonlySet<string>;
  emphasised: ReadonlySet<string>;
  /** Sentences no node anchors: their paragraphs carry a mark in the margin. */
  unmapped: readonly Sentence[];
}

const TAGS = { title: 'h1', heading: 'h2', paragraph: 'p' } as const;

/**
 * The article as readable text: title, section headings and paragraphs, with each node's passage
 * highlighted in the colour of its kind. Text is always rendered as text, never as HTML.
 */
export const SourceText = memo(function SourceText({
  text,
  nodes,
  changed,
  emphasised,
  unmapped,
}: SourceTextProps) {
  const blocks = useMemo(() => splitIntoBlocks(text), [text]);
  // Both lists are in reading order: one walk finds the blocks holding an unmapped sentence.
  const unmappedBlocks = useMemo(() => {
    const starts = new Set<number>();
    let i = 0;
    for (const block of blocks) {
      while (i < unmapped.length && (unmapped[i] as Sentence).start < block.start) i++;
      if (i < unmapped.length && (unmapped[i] as Sentence).start < block.end) starts.add(block.start);
    }
    return starts;
  }, [blocks, unmapped]);
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

  return (
    <>
      {blocks.map((block) => {
        const Tag = TAGS[block.kind];
        return (
          <Tag
            key={block.start}
            className={`source-${block.kind}${unmappedBlocks.has(block.start) ? ' has-unmapped' : ''}`}
            data-offset={block.start}
            data-end={block.end}
          >
            {segmentText(block.start, block.end, passages).map((segment) => {
              const slice = text.slice(segment.start, segment.end);
              if (segment.nodeIds.length === 0) {
                return (
                  <span key={segment.start} data-offset={segment.start}>
                    {slice}
                  </span>
                );
              }
              const kinds = segment.nodeIds.map((id) => byId.get(id)?.kind ?? 'note');
              const names = kinds.map((kind: NodeKind) => KIND_LOOK[kind].label.toLowerCase());
              const label =
                segment.nodeIds.length > 1
                  ? `Passage of ${segment.nodeIds.length} nodes: ${names.join(', ')}`
                  : `Passage of a ${names[0]}`;
              return (
                <mark
                  key={segment.start}
                  data-offset={segment.start}
                  data-nodes={segment.nodeIds.join(' ')}
                  className={[
                    'anchor',
                    `anchor--${kinds[0]}`,
                    segment.nodeIds.length > 1 ? 'anchor--several' : '',
                    segment.nodeIds.some((id) => emphasised.has(id)) ? 'is-emphasised' : '',
                  ].join(' ')}
                  title={label}
                >
                  {slice}
                </mark>
              );
            })}
          </Tag>
        );
      })}
    </>
  );
});
