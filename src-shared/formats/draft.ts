import type { Anchor, NodeKind, Position, Relation, Size, Source } from '../model/map';

/**
 * A map as read from another format, before it is a valid Argmap map: nodes are named by the keys the
 * foreign file uses (Argdown titles, AIF node ids), kinds and positions may be missing, and links may
 * name nodes that are not there. `loadDraft` turns it into a map or refuses it.
 */
export interface MapDraft {
  title: string;
  source?: Source;
  nodes: DraftNode[];
  edges: DraftEdge[];
  tour?: DraftStep[];
  /** What the foreign file held that Argmap does not carry over, one sentence each. */
  notCarried: string[];
}

export interface DraftNode {
  key: string;
  text: string;
  /** Absent: inferred from the structure (see inferKinds). */
  kind?: NodeKind;
  quote?: { speaker: string; role?: string; direct?: boolean };
  position?: Position;
  size?: Size;
  anchor?: Anchor;
  notes?: string;
  tags?: string[];
  pinned?: boolean;
}

export interface DraftEdge {
  from: string;
  to: string;
  relation: Relation;
  /** Why the link is not quite what the file said (an undercut read as opposes); kept in the reason's notes. */
  note?: string;
}

export interface DraftStep {
  title?: string;
  focus: string[];
  reveal?: string[];
  notes?: string;
}

export const emptyDraft = (title: string): MapDraft => ({ title, nodes: [], edges: [], notCarried: [] });
