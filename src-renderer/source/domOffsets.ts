import type { SourceRange } from '../store/editorStore';

/**
 * Every element of the rendered source carries `data-offset` (where its text starts in the source)
 * and blocks also `data-end`, so a point of a DOM selection maps back to an offset in the text.
 */
export function offsetOf(node: Node, offset: number, root: HTMLElement): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const owner = node.parentElement?.closest<HTMLElement>('[data-offset]');
    return owner ? Number(owner.dataset.offset) + offset : null;
  }
  const element = node as HTMLElement;
  const child = element.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset.offset !== undefined) return Number(child.dataset.offset);
  if (child) return offsetOf(child, 0, root);
  // After the last child: the end of this block, or of the last block before the point.
  if (element.dataset?.end !== undefined) return Number(element.dataset.end);
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-end]')];
  const before = blocks.filter(
    (block) => block.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.length > 0 ? Number(before.at(-1)?.dataset.end) : 0;
}

/** The selected passage, if the selection lies in the source text and is not empty. */
export function selectedRange(selection: Selection | null, root: HTMLElement): SourceRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset, root);
  const end = offsetOf(range.endContainer, range.endOffset, root);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The passage selected in the source pane right now, read from the page rather than from the last selectionchange. */
export function currentSourceSelection(): SourceRange | null {
  const body = document.querySelector<HTMLElement>('.source-body');
  return body ? selectedRange(document.getSelection(), body) : null;
}

/** A DOM range over the rendered source from `start` to `end` (source offsets), to highlight or scroll to. */
export function rangeFor(root: HTMLElement, start: number, end: number): Range | null {
  const segments = [...root.querySelectorAll<HTMLElement>('span[data-offset], mark[data-offset]')];
  const point = (offset: number): [Node, number] | null => {
    for (const segment of segments) {
      const from = Number(segment.dataset.offset);
      const text = segment.firstChild;
      const length = text?.textContent?.length ?? 0;
      if (text && offset >= from && offset <= from + length) return [text, offset - from];
    }
    return null;
  };
  const from = point(start);
  const to = point(end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}
