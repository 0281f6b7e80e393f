import type { PageNode } from '../../../../src-shared/share/pageData';
import { button, el } from './dom';

/** What the page does when the reader asks to see a node's passage in the source. */
export interface PanelActions {
  showPassage(node: PageNode): void;
  close(): void;
}

/** The side panel of a node: its kind, full text, a quote's speaker and role, notes, standing and passage. */
export class NodePanel {
  readonly element: HTMLElement;
  readonly #content: HTMLElement;
  node: PageNode | null = null;

  constructor(
    readonly sourceText: string | undefined,
    readonly actions: PanelActions,
  ) {
    this.#content = el('div', { class: 'pane-content' });
    this.element = el(
      'aside',
      { class: 'pane node-pane', attrs: { 'aria-label': 'Node', id: 'node-pane' } },
      this.#content,
    );
    this.element.hidden = true;
  }

  show(node: PageNode): void {
    this.node = node;
    const passage =
      node.passage && this.sourceText !== undefined
        ? this.sourceText.slice(node.passage.start, node.passage.end)
        : null;
    const attribution = node.speaker
      ? el(
          'p',
          { class: 'node-speaker' },
          el('strong', {}, node.speaker),
          node.role ? `, ${node.role}` : '',
          node.direct === false ? ' (reported)' : ' (in their words)',
        )
      : null;
    const parts = [
      el(
        'div',
        { class: 'pane-head' },
        el('h2', { class: `pane-title kind kind-${node.kind.toLowerCase()}` }, node.kind),
        button('Close', () => this.actions.close(), { 'aria-label': 'Close the node' }),
      ),
      el('p', { class: 'node-text' }, node.text),
      attribution,
      node.standing ? el('p', { class: 'node-standing' }, `Assessment: ${node.standing}`) : null,
      node.notes ? el('p', { class: 'node-notes' }, node.notes) : null,
      passage === null
        ? null
        : el(
            'figure',
            { class: 'node-passage' },
            el('figcaption', {}, 'Its passage in the source'),
            el('blockquote', { class: 'passage-text' }, passage),
            button('Show in the source', () => this.actions.showPassage(node), {
              class: 'button show-passage',
            }),
          ),
    ];
    this.#content.replaceChildren(...parts.filter((part) => part !== null));
    this.element.hidden = false;
  }

  hide(): void {
    this.node = null;
    this.element.hidden = true;
  }
}
