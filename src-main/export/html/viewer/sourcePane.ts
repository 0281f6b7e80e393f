import type { PageData } from '../../../../src-shared/share/pageData';
import { button, el } from './dom';

/** The article beside the map, with one passage highlighted and scrolled into view. */
export class SourcePane {
  readonly element: HTMLElement;
  readonly #body: HTMLElement;
  readonly #text: string;

  constructor(source: NonNullable<PageData['source']>, onClose: () => void) {
    this.#text = source.text ?? '';
    this.#body = el('div', { class: 'source-text' }, this.#text);
    const byline = source.author ? el('p', { class: 'source-author' }, source.author) : null;
    this.element = el(
      'aside',
      { class: 'pane source-pane', attrs: { 'aria-label': 'Source text', id: 'source-pane' } },
      el(
        'div',
        { class: 'pane-head' },
        el('h2', { class: 'pane-title' }, source.title || 'Source'),
        button('Close', onClose, { 'aria-label': 'Close the source' }),
      ),
      byline,
      this.#body,
    );
    this.element.hidden = true;
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  set open(value: boolean) {
    this.element.hidden = !value;
  }

  /** Highlights the passage (UTF-16 offsets into the text) and scrolls it into view; null clears it. */
  highlight(passage: { start: number; end: number } | null): void {
    if (!passage) {
      this.#body.textContent = this.#text;
      return;
    }
    const mark = el('mark', { class: 'passage' }, this.#text.slice(passage.start, passage.end));
    this.#body.replaceChildren(this.#text.slice(0, passage.start), mark, this.#text.slice(passage.end));
    if (this.open) mark.scrollIntoView({ block: 'center' });
  }
}
