import { DEFAULT_RELATION } from '../model/kinds';
import type { ArgEdge, ArgMap, ArgNode } from '../model/map';
import { argumentOutline } from './argumentOutline';
import { KIND_LABELS, UNKNOWN_SPEAKER } from './kindLabels';

/** Text as Markdown inline content: characters Markdown would read as markup are escaped. */
const inline = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

function sourceLine(source: NonNullable<ArgMap['source']>): string {
  const parts = [`*${inline(source.title)}*`];
  if (source.author) parts.push(inline(source.author));
  if (source.published) parts.push(inline(source.published));
  const cited = parts.join(', ');
  return `Source: ${source.url ? `${cited}. <${source.url.replace(/[<>\s]/g, encodeURIComponent)}>` : cited}`;
}

function item(node: ArgNode, edge: ArgEdge | null, indent: string): string[] {
  const unusual = edge && edge.relation !== DEFAULT_RELATION[node.kind] ? ` (${edge.relation})` : '';
  const label = `**${KIND_LABELS[node.kind]}${unusual}:**`;
  if (node.kind !== 'quote' || !node.quote) return [`${indent}- ${label} ${inline(node.text)}`];
  const { speaker, role, direct } = node.quote;
  const words = direct ? `“${inline(node.text)}”` : inline(node.text);
  const who = `— ${inline(speaker || UNKNOWN_SPEAKER)}${role ? `, ${inline(role)}` : ''}`;
  return [`${indent}- ${label}`, `${indent}  > ${words}`, `${indent}  >`, `${indent}  > ${who}`];
}

/**
 * A map as a Markdown outline for notes, a course page or a handout: the title, the source cited, then each
 * claim as a nested list of the reasons that bear on it, kinds as bold labels, quotes as block quotes with
 * their speaker. A reason that bears on two claims is written under the first and named under the second.
 */
export function writeMarkdown(map: ArgMap): string {
  const lines = [`# ${inline(map.title || 'Untitled map')}`, ''];
  if (map.source) lines.push(sourceLine(map.source), '');
  for (const line of argumentOutline(map)) {
    const indent = '  '.repeat(line.depth);
    if (line.mention) {
      const verb = line.edge?.relation === 'opposes' ? 'Also opposes this' : 'Also supports this';
      lines.push(`${indent}- *${verb}:* ${inline(line.node.text)}`);
    } else lines.push(...item(line.node, line.edge, indent));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
