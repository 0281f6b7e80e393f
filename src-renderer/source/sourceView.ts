import { rangeFor } from './domOffsets';

/** What the (virtualised) article offers the code around it: only the paragraphs in view are in the page. */
export interface SourceView {
  /** Brings the blocks holding [start, end) into the page and scrolls to them; resolves once they are drawn. */
  reveal(start: number, end: number): Promise<void>;
  /** Keeps the block holding `offset` in the page while the user drags a selection from it. */
  pin(offset: number): void;
}

let current: SourceView | null = null;

/** The pane's article registers itself while it is shown; the returned function unregisters it. */
export function setSourceView(view: SourceView): () => void {
  current = view;
  return () => {
    if (current === view) current = null;
  };
}

export const sourceBody = () => document.querySelector<HTMLElement>('.source-body');

/** A DOM range over a passage of the article, drawing its paragraphs first if they are out of view. */
export async function revealPassage(start: number, end: number): Promise<Range | null> {
  await current?.reveal(start, end);
  const body = sourceBody();
  return body && rangeFor(body, start, end);
}

/** Pins the block under a pointer press, so a selection dragged from it survives scrolling. */
export function pinSourceOffset(offset: number): void {
  current?.pin(offset);
}
