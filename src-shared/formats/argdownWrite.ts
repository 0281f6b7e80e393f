import type { ArgMap, ArgNode } from '../model/map';
import { argdownLine, dataBlock, lineHoldsExactly, yamlValue } from './argdownText';
import { argdownTitles } from './argdownTitles';
import { argumentOutline } from './argumentOutline';
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
  const outgoing = new Map<string, number>();
  for (const edge of map.edges) outgoing.set(edge.from, (outgoing.get(edge.from) ?? 0) + 1);
  const written = kindsToWrite(map, outgoing);
  const statement = (node: ArgNode) =>
    `[${title(node.id)}]: ${argdownLine(node.text)}${tagsOf(node)}${data(node, !written.has(node.id))}`;

  const lines = [frontMatter(map, title)];
  for (const line of argumentOutline(map)) {
    if (line.depth === 0) lines.push('');
    const indent = '  '.repeat(line.depth);
    const arrow = line.edge ? `${line.edge.relation === 'supports' ? '<+' : '<-'} ` : '';
    lines.push(`${indent}${arrow}${line.mention ? `[${title(line.node.id)}]` : statement(line.node)}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** What Argdown reads as `#tag` (its lexer's own class: no astral characters, no spaces). */
const PLAIN_TAG = /^[a-zA-Z0-9-\u00A1-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+$/;

/** Tags Argdown can hold as `#tag`: a non-empty list of distinct plain words. */
const plainTags = (tags: readonly string[] | undefined): tags is readonly string[] =>
  tags !== undefined &&
  tags.length > 0 &&
  new Set(tags).size === tags.length &&
  tags.every((tag) => PLAIN_TAG.test(tag));

function tagsOf(node: ArgNode): string {
  return plainTags(node.tags) ? ` ${node.tags.map((tag) => `#${tag}`).join(' ')}` : '';
}

function data(node: ArgNode, kindIsClear: boolean): string {
  const block = dataBlock({
    kind: kindIsClear ? undefined : node.kind,
    speaker: node.quote?.speaker,
    role: node.quote?.role,
    direct: node.quote?.direct === false ? false : undefined,
    text: lineHoldsExactly(node.text) ? undefined : node.text,
    tags: node.tags && !plainTags(node.tags) ? node.tags : undefined,
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

/**
 * The nodes whose kind must be written: those a reader would infer wrongly from the structure. Writing one
 * kind changes what is inferred below it, so this repeats until nothing changes. A node bearing on two
 * claims always says its kind: which link a reader takes first is up to the parser.
 */
function kindsToWrite(map: ArgMap, outgoing: ReadonlyMap<string, number>): Set<string> {
  const written = new Set(
    map.nodes.filter((node) => (outgoing.get(node.id) ?? 0) > 1).map((node) => node.id),
  );
  const edges = map.edges.map((edge) => ({ from: edge.from, to: edge.to, relation: edge.relation }));
  for (let round = 0; round <= map.nodes.length; round++) {
    const inferred = inferKinds(
      map.nodes.map((node) => ({
        key: node.id,
        quote: node.quote,
        ...(written.has(node.id) && { kind: node.kind }),
      })),
      edges,
    );
    const wrong = map.nodes.filter((node) => !written.has(node.id) && inferred.get(node.id) !== node.kind);
    if (wrong.length === 0) break;
    for (const node of wrong) written.add(node.id);
  }
  return written;
}
