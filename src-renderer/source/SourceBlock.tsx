import { memo } from 'react';
import type { ArgNode, NodeKind } from '../../src-shared/model/map';
import type { SourceBlock as Block } from '../../src-shared/source/blocks';
import type { Sentence } from '../../src-shared/source/coverage';
import { type AnchoredPassage, segmentText } from '../../src-shared/source/segments';
import { markSentences } from '../../src-shared/source/sentenceMarks';
import { KIND_LOOK } from '../canvas/nodes/kinds';
import { passageLabel } from './passageLabel';

const TAGS = { title: 'h1', heading: 'h2', paragraph: 'p' } as const;

interface SourceBlockProps {
  block: Block;
  text: string;
  passages: readonly AnchoredPassage[];
  byId: ReadonlyMap<string, ArgNode>;
  emphasised: ReadonlySet<string>;
  /** Sentences no node anchors, in reading order: each gets a mark in the margin beside its first line. */
  unmapped: readonly Sentence[];
}

/**
 * One title, heading or paragraph of the article, each node's passage highlighted in the colour of its
 * kind. A highlight is reached by Tab from the article and named by its node. Text is always text, never HTML.
 */
export const SourceBlock = memo(function SourceBlock({
  block,
  text,
  passages,
  byId,
  emphasised,
  unmapped,
}: SourceBlockProps) {
  const Tag = TAGS[block.kind];
  const segments = markSentences(segmentText(block.start, block.end, passages), unmapped);
  return (
    <Tag className={`source-${block.kind}`} data-offset={block.start} data-end={block.end}>
      {segments.map((segment) => {
        const slice = text.slice(segment.start, segment.end);
        if (segment.nodeIds.length === 0) {
          return (
            <span
              key={segment.start}
              data-offset={segment.start}
              className={segment.unmapped ? 'unmapped-sentence' : undefined}
            >
              {slice}
            </span>
          );
        }
        const nodes = segment.nodeIds.map((id) => byId.get(id));
        const kinds = nodes.map((node): NodeKind => node?.kind ?? 'note');
        const names = kinds.map((kind) => KIND_LOOK[kind].label.toLowerCase());
        return (
          // A highlight stays text (selectable with the words around it, as a <button> would not be), yet
          // acts as a button: Tab reaches it, its name says whose passage it is, then its words (so that
          // what is seen is what is named), and Enter selects the node.
          // biome-ignore lint/a11y/useSemanticElements: see above.
          <mark
            key={segment.start}
            data-offset={segment.start}
            data-nodes={segment.nodeIds.join(' ')}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a highlight acts as a button (see above).
            role="button"
            tabIndex={-1}
            aria-label={`${passageLabel(nodes)}: ${slice}`}
            className={[
              'anchor',
              `anchor--${kinds[0]}`,
              segment.nodeIds.length > 1 ? 'anchor--several' : '',
              segment.nodeIds.some((id) => emphasised.has(id)) ? 'is-emphasised' : '',
            ].join(' ')}
            title={
              segment.nodeIds.length > 1
                ? `Passage of ${segment.nodeIds.length} nodes: ${names.join(', ')}`
                : `Passage of a ${names[0]}`
            }
          >
            {slice}
          </mark>
        );
      })}
    </Tag>
  );
});
