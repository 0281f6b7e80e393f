import type { Blockquote, List, ListItem, Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as plainText } from 'mdast-util-to-string';
import { DEFAULT_RELATION } from '../model/kinds';
import { oneLine } from '../text/oneLine';
import type { DraftNode, MapDraft } from './draft';
import { speakerRead, splitKindLabel } from './kindLabels';

interface Item {
  depth: number;
  line: string;
  quote?: { text: string; speaker: string; role?: string; direct: boolean };
}

const BULLET = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

/** A text as a mention names it: Markdown trims an item's line, and a block quote's may keep spaces. */
const sameText = oneLine;

/** Whether text reads as an outline: at least two lines, a Markdown list or lines indented under others. */
export function looksLikeOutline(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  return (
    lines.length >= 2 &&
    (lines.some((line) => BULLET.test(line)) || lines.some((line) => /^\s+\S/.test(line)))
  );
}

/**
 * Reads an outline into a draft: a Markdown list (through mdast, so any list Markdown allows) or plain
 * lines indented under each other. Each item is a node under the item it is indented beneath; a label
 * ("Premise:", "Con:", "**Rebuttal:**") names its kind and so whether it supports or opposes, an item
 * without one is inferred from its place; a block quote in an item ending "— Speaker, role" is a quote.
 */
export function readOutline(text: string, fallbackTitle: string): MapDraft | null {
  const markdown = text.split(/\r?\n/).some((line) => BULLET.test(line));
  const { title, items } = markdown ? markdownItems(text) : indentedItems(text);
  if (items.length === 0) return null;
  const draft: MapDraft = { title: title ?? fallbackTitle, nodes: [], edges: [], notCarried: [] };
  const parents: Array<{ depth: number; key: string }> = [];
  const keyOfText = new Map<string, string>();
  items.forEach((item, i) => {
    while (parents.length > 0 && (parents[parents.length - 1] as { depth: number }).depth >= item.depth)
      parents.pop();
    const parent = parents[parents.length - 1]?.key;
    const { kind, relation: stated, text: said } = splitKindLabel(item.line);
    const mention = /^Also (supports|opposes) this:\s*(.*)$/s.exec(said);
    const known = mention && keyOfText.get(sameText(mention[2] as string));
    if (known && parent) {
      draft.edges.push({
        from: known,
        to: parent,
        relation: mention[1] === 'opposes' ? 'opposes' : 'supports',
      });
      return;
    }
    const key = `item-${i + 1}`;
    const node: DraftNode = { key, text: item.quote?.text ?? said };
    if (kind) node.kind = kind;
    if (item.quote) {
      node.kind = 'quote';
      node.quote = {
        speaker: item.quote.speaker,
        direct: item.quote.direct,
        ...(item.quote.role && { role: item.quote.role }),
      };
    }
    draft.nodes.push(node);
    keyOfText.set(sameText(node.text), key);
    const relation =
      stated ?? DEFAULT_RELATION[node.kind ?? 'premise'] ?? (node.kind === 'thesis' ? 'supports' : null);
    if (parent && relation) draft.edges.push({ from: key, to: parent, relation });
    parents.push({ depth: item.depth, key });
  });
  return draft;
}

function indentedItems(text: string): { title?: string; items: Item[] } {
  const items = text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => ({
      depth: (/^\s*/.exec(line.replace(/\t/g, '    ')) as RegExpExecArray)[0].length,
      line: line.trim(),
    }));
  return { items };
}

function markdownItems(text: string): { title?: string; items: Item[] } {
  const root = fromMarkdown(text);
  const heading = root.children.find((node) => node.type === 'heading' && node.depth === 1);
  const items: Item[] = [];
  // Iterative walk, list by list: an outline nested thousands deep cannot overflow the stack.
  const lists: Array<{ list: List; depth: number }> = root.children
    .filter((node): node is List => node.type === 'list')
    .map((list) => ({ list, depth: 0 }))
    .reverse();
  const pending: Array<{ item: ListItem; depth: number }> = [];
  for (const { list, depth } of lists)
    pending.push(...list.children.map((item) => ({ item, depth })).reverse());
  while (pending.length > 0) {
    const { item, depth } = pending.pop() as { item: ListItem; depth: number };
    const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph');
    const blockquote = item.children.find((child): child is Blockquote => child.type === 'blockquote');
    items.push({
      depth,
      line: paragraph ? plainText(paragraph) : '',
      ...(blockquote && { quote: quoteOf(blockquote) }),
    });
    const nested = item.children.filter((child): child is List => child.type === 'list');
    for (const list of nested.reverse())
      pending.push(...list.children.map((child) => ({ item: child, depth: depth + 1 })).reverse());
  }
  return { ...(heading && { title: plainText(heading) }), items };
}

/** A block quote's words, and its speaker from a last paragraph "— Speaker, role". */
function quoteOf(blockquote: Blockquote): NonNullable<Item['quote']> {
  const paragraphs = blockquote.children.map((child: RootContent) => plainText(child).trim()).filter(Boolean);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const attribution = /^[—–-]\s*([^,]*)(?:,\s*(.*))?$/s.exec(last);
  const words = (attribution ? paragraphs.slice(0, -1) : paragraphs).join('\n');
  const direct = /^[“"].*[”"]$/s.test(words);
  return {
    text: direct ? words.slice(1, -1) : words,
    speaker: speakerRead(attribution?.[1]?.trim() ?? ''),
    ...(attribution?.[2] && { role: attribution[2].trim() }),
    direct,
  };
}
