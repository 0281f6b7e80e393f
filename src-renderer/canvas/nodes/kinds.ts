import {
  CircleMinus,
  CirclePlus,
  Flag,
  type LucideIcon,
  MessageSquareReply,
  Quote,
  StickyNote,
} from 'lucide-react';
import type { NodeKind } from '../../../src-shared/model/map';

/** How each kind is told apart: a label and an icon as well as a colour, so colour is never the only cue. */
export const KIND_LOOK: Record<NodeKind, { label: string; icon: LucideIcon }> = {
  thesis: { label: 'Thesis', icon: Flag },
  premise: { label: 'Premise', icon: CirclePlus },
  counterpoint: { label: 'Counterpoint', icon: CircleMinus },
  rebuttal: { label: 'Rebuttal', icon: MessageSquareReply },
  quote: { label: 'Quote', icon: Quote },
  note: { label: 'Note', icon: StickyNote },
};
