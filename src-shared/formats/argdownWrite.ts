import type { ArgEdge, ArgMap, ArgNode } from '../model/map';
import { argdownLine, dataBlock, lineHoldsExactly, yamlValue } from './argdownText';
import { argdownTitles } from './argdownTitles';
import { inferKinds } from './inferKinds';

/**
 * A map as Argdown: each claim with the reasons that bear on it nested below (`<+` supports, `<-` opposes),
 * every statement defined once and referred to by its title elsewhere. What Argdown has no syntax for
 * (kinds it would not infer, quotes' speakers, positions, sizes, anchors, notes, the tour, the source)
 * goes into statement data and the front matter, which Argmap reads back and other Argdown tools ignore.
 */
export function writeArgdown(map: ArgMap): string {
  const titles = argdownTitles(map.nodes);
  const title = (id: string) => titles.get(id) as string;
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const incoming = new Map<string, ArgEdge[]>();
  const outgoing = new Map<string, number>();
  for (const edge of map.edges) {
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);
    outgoing.set(edge.from, (outgoing.get(edge.from) ?? 0) + 1);
  }
  const inferred = inferKinds(
    map.nodes.map((node) => ({ key: node.id, quote: node.quote })),
    map.edges.map((edge) => ({ from: edge.from, to: edge.to, relation: edge.relation })),
  );
  const statement = (node: ArgNode) => {
    const kindIsClear = inferred.get(node.id) === node.kind && (outgoing.get(node.id) ?? 0) <= 1;
    return `[${title(node.id)}]: ${argdownLine(node.text)}${tagsOf(node)}${data(node, kindIsClear)}`;
  };

  const lines = [frontMatter(map, title), ''];
  const defined = new Set<string>();
  const starts = [
    ...map.nodes.filter((node) => !outgoing.has(node.id)),
    ...map.nodes.filter((node) => outgoing.has(node.id)),
  ];
  for (const start of starts) {
    if (defined.has(start.id)) continue;
    defined.add(start.id);
    lines.push(statement(start));
    // Depth first with an explicit stack: a long chain of reasons cannot overflow the call stack.
    const stack: Array<{ claim: string; depth: number; next: number }> = [
      { claim: start.id, depth: 1, next: 0 },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const edge = incoming.get(top.claim)?.[top.next++];
      if (!edge) {
        stack.pop();
        continue;
      }
      const arrow = edge.relation === 'supports' ? '<+' : '<-';
      const indent = '  '.repeat(top.depth);
      if (defined.has(edge.from)) {
        lines.push(`${indent}${arrow} [${title(edge.from)}]`);
        continue;
      }
      defined.add(edge.from);
      lines.push(`${indent}${arrow} ${statement(byId.get(edge.from) as ArgNode)}`);
      stack.push({ claim: edge.from, depth: top.depth + 1, next: 0 });
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const PLAIN_TAG = /^[\p{L}\p{N}_-]+$/u;

function tagsOf(node: ArgNode): string {
  const tags = node.tags ?? [];
  return tags.length > 0 && tags.every((tag) => PLAIN_TAG.test(tag))
    ? ` ${tags.map((tag) => `#${tag}`).join(' ')}`
    : '';
}

function data(node: ArgNode, kindIsClear: boolean): string {
  const tags = node.tags ?? [];
  const block = dataBlock({
    kind: kindIsClear ? undefined : node.kind,
    speaker: node.quote?.speaker,
    role: node.quote?.role,
    direct: node.quote?.direct === false ? false : undefined,
    text: lineHoldsExactly(node.text) ? undefined : node.text,
    tags: tags.length > 0 && !tags.every((tag) => PLAIN_TAG.test(tag)) ? tags : undefined,
    notes: node.notes,
    x: node.position.x,
    y: node.position.y,
    width: node.size?.width,
    height: node.size?.height,
    anchor: node.anchor,
    pinned: node.pinned,
  });
  return block ? ` ${block}` : '';
}

function frontMatter(map: ArgMap, title: (id: string) => string): string {
  const tour = map.tour.map((step) => ({
    title: step.title,
    focus: step.focus.map(title),
    reveal: step.reveal?.map(title),
    notes: step.notes,
  }));
  const argmap = { source: map.source, tour: tour.length > 0 ? tour : undefined };
  return ['===', `title: ${yamlValue(map.title)}`, `argmap: ${yamlValue(argmap)}`, '==='].join('\n');
}
