import { Handle, Position } from '@xyflow/react';
import { Pin, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import type { NodeKind } from '../../../src-shared/model/map';
import { FoldBadge } from './FoldBadge';
import { KIND_LOOK } from './kinds';

interface NodeCardProps {
  kind: NodeKind;
  selected: boolean;
  /** The passage this node was anchored to reads differently now. */
  passageChanged?: boolean;
  /** Auto-layout leaves a pinned node where it is. */
  pinned?: boolean;
  /** A folded card: its id and how many nodes the fold hides (the badge). */
  fold?: { id: string; count: number } | undefined;
  children: ReactNode;
}

/**
 * The frame every node shares: kind label with icon, and two handles. Reasons sit below the claims
 * they bear on, so an edge leaves a reason at its top and enters the claim at its bottom.
 */
export function NodeCard({
  kind,
  selected,
  passageChanged = false,
  pinned = false,
  fold,
  children,
}: NodeCardProps) {
  const { label, icon: Icon } = KIND_LOOK[kind];
  return (
    // The card is the map's option (its React Flow wrapper): its frame adds no role of its own, so the
    // option is named by all it shows.
    <article
      role="none"
      className={`node-card node-card--${kind}${selected ? ' is-selected' : ''}${fold ? ' is-folded' : ''}`}
    >
      <Handle type="source" position={Position.Top} className="node-handle" />
      {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: outside an article's role a header would be a banner landmark per card; the option is named by its text. */}
      <header className="node-kind" role="none">
        <Icon size={14} strokeWidth={2.25} aria-hidden />
        <span>{label}</span>
        {passageChanged ? (
          <span
            className="node-warning"
            title="The source text of this passage has changed since it was anchored"
          >
            <TriangleAlert size={12} aria-hidden />
            Passage changed
          </span>
        ) : null}
        {pinned ? <Pin className="node-pin" size={12} aria-label="Pinned" /> : null}
      </header>
      {children}
      {fold ? <FoldBadge id={fold.id} count={fold.count} /> : null}
      <Handle type="target" position={Position.Bottom} className="node-handle" />
    </article>
  );
}
