import type { Box } from '../../../../src-shared/export/sceneTypes';
import type { PageData, PageNode, PageStep } from '../../../../src-shared/share/pageData';

/**
 * The map's drawing in the page (the SVG export's, with `data-node` and `data-edge` on its groups): which
 * cards and links a step shows or dims, which card is selected, and each card named for Tab and screen
 * readers by its kind and text.
 */
export class Drawing {
  readonly nodes: ReadonlyMap<string, PageNode>;
  readonly #groups: SVGGElement[];
  readonly #links: Array<{ group: SVGGElement; from: string; to: string }>;

  constructor(world: HTMLElement, data: PageData) {
    this.nodes = new Map(data.nodes.map((node) => [node.id, node]));
    this.#groups = [...world.querySelectorAll<SVGGElement>('g[data-node]')];
    world.style.setProperty('--dimmed', String(data.dimmed));
    const edges = new Map(data.edges.map((edge) => [edge.id, edge]));
    this.#links = [...world.querySelectorAll<SVGGElement>('g[data-edge]')].flatMap((group) => {
      const edge = edges.get(group.dataset.edge ?? '');
      return edge ? [{ group, from: edge.from, to: edge.to }] : [];
    });
  }

  /** Makes each card reachable with Tab, named by its kind and text; `onFocus` is told which one has focus. */
  nameCards(onFocus: (node: PageNode) => void): void {
    const named = new Set<string>();
    for (const group of this.#groups) {
      const node = this.nodes.get(group.dataset.node ?? '');
      // A card comes before its assessment marks, which share its id: only the card is named.
      if (!node || named.has(node.id)) continue;
      named.add(node.id);
      group.setAttribute('tabindex', '0');
      group.setAttribute('role', 'button');
      group.setAttribute('aria-label', `${node.kind}: ${node.text}`);
      group.addEventListener('focus', () => onFocus(node));
    }
  }

  /** The node drawn at (or around) an element of the page, if any. */
  nodeAt(target: Element | null): PageNode | undefined {
    const id = target?.closest<SVGGElement>('g[data-node]')?.dataset.node;
    return id === undefined ? undefined : this.nodes.get(id);
  }

  select(id: string | null): void {
    for (const group of this.#groups) group.classList.toggle('is-selected', group.dataset.node === id);
  }

  /** Shows what a step reveals, the cards outside its focus dimmed; null shows the whole map. */
  reveal(step: PageStep | null): void {
    const revealed = step ? new Set(step.revealed) : null;
    const focus = step && step.focus.length > 0 ? new Set(step.focus) : null;
    for (const group of this.#groups) {
      const id = group.dataset.node ?? '';
      group.classList.toggle('is-hidden', revealed !== null && !revealed.has(id));
      group.classList.toggle('is-dimmed', focus !== null && revealed !== null && !focus.has(id));
    }
    for (const { group, from, to } of this.#links)
      group.classList.toggle('is-hidden', revealed !== null && !(revealed.has(from) && revealed.has(to)));
  }

  /** The box around the given nodes' cards, in map pixels; null when none is drawn. */
  boxOf(ids: readonly string[]): Box | null {
    const boxes = ids.flatMap((id) => this.nodes.get(id)?.box ?? []);
    if (boxes.length === 0) return null;
    const left = Math.min(...boxes.map((b) => b.x));
    const top = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    return { x: left, y: top, width: right - left, height: bottom - top };
  }
}
