import { joinBlocks } from './article';

const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'button',
  'select',
  'head',
]);
const HEADINGS = /^h[1-6]$/;

/** The smallest piece of a DOM this module reads, so linkedom's and the browser's both fit. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree as blocks: each paragraph, heading and list item on its own (headings
 * on one line, so the source pane shows them as headings), inline markup dropped, link text kept.
 */
export function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) blocks.push(current);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      // Line breaks in HTML source are only layout; <br> is the one kept.
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (HEADINGS.test(name)) {
      current = (node.textContent ?? '').replace(/\s+/g, ' ');
      flush();
      return;
    }
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** The plain text of a DOM subtree, blocks separated by blank lines. */
export function textOf(root: DomNode): string {
  return joinBlocks(blocksOf(root));
}
