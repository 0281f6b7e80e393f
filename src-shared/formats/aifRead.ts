import type { z } from 'zod';
import { checkStructure } from '../load/checkStructure';
import { AIF_NODE_TYPES, AifDocument, type AifNodeExtras } from './aifSchema';
import type { DraftNode, MapDraft } from './draft';

export type AifResult = { ok: true; draft: MapDraft } | { ok: false; problems: string[] };
type Doc = z.output<typeof AifDocument>;
type Node = Doc['nodes'][number];

const LISTED = 8;
const list = (items: readonly string[]) =>
  items.length <= LISTED
    ? items.join(', ')
    : `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`;

function fromExtras(extras: AifNodeExtras | undefined): Partial<DraftNode> {
  if (!extras) return {};
  const { role, direct, ...rest } = extras;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}

/**
 * Reads AIF as OVA and AIFdb write it. I-nodes become nodes; each RA node makes its premises support its
 * conclusion and each CA node makes them oppose it (a scheme aimed at another scheme, an undercut, lands on
 * that scheme's conclusion); MA becomes a note; an I-node asserted (YA) in a participant's locution is a
 * quote by that participant. Unknown node types, and schemes whose conclusions loop, refuse the file.
 */
export function readAif(value: unknown, fallbackTitle: string): AifResult {
  const safe = checkStructure(value);
  if (!safe.ok) return { ok: false, problems: safe.errors.map((e) => e.message) };
  const parsed = AifDocument.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, LISTED)
        .map((issue) => `/${issue.path.join('/')}: ${issue.message}`),
    };
  }
  const doc = parsed.data;
  const unknown = doc.nodes.filter((node) => !(AIF_NODE_TYPES as readonly string[]).includes(node.type));
  if (unknown.length > 0) {
    return {
      ok: false,
      problems: [
        `Nodes of types AIF does not define: ${list(unknown.map((n) => `${n.nodeID} ("${n.type}")`))}.`,
      ],
    };
  }
  const byId = new Map(doc.nodes.map((node) => [node.nodeID, node]));
  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  const missing = new Set<string>();
  for (const edge of doc.edges) {
    for (const end of [edge.fromID, edge.toID]) if (!byId.has(end)) missing.add(end);
    if (!byId.has(edge.fromID) || !byId.has(edge.toID)) continue;
    outOf.set(edge.fromID, [...(outOf.get(edge.fromID) ?? []), edge.toID]);
    into.set(edge.toID, [...(into.get(edge.toID) ?? []), edge.fromID]);
  }
  const draft: MapDraft = {
    title: doc.argmap?.title ?? fallbackTitle,
    ...(doc.argmap?.source && { source: doc.argmap.source }),
    nodes: [],
    edges: [],
    ...(doc.argmap?.tour && { tour: doc.argmap.tour }),
    notCarried: [],
  };
  if (missing.size > 0)
    draft.notCarried.push(
      `Edges naming nodes that are not in the file were left out: ${list([...missing])}.`,
    );

  const { speakers, used } = speakersOf(doc, byId, into, outOf);
  const notes = new Map<string, string[]>();
  for (const node of doc.nodes) {
    if (node.type !== 'I') continue;
    const speaker = speakers.get(node.nodeID);
    const extras = node.argmap;
    const draftNode: DraftNode = { key: node.nodeID, text: node.text, ...fromExtras(extras) };
    if (speaker !== undefined && (!extras?.kind || extras.kind === 'quote'))
      draftNode.quote = {
        speaker,
        ...(extras?.role !== undefined && { role: extras.role }),
        ...(extras?.direct !== undefined && { direct: extras.direct }),
      };
    draft.nodes.push(draftNode);
  }

  const incomplete: string[] = [];
  const skipped = new Map<string, number>();
  for (const scheme of doc.nodes) {
    if (!['RA', 'CA', 'MA'].includes(scheme.type)) {
      if (scheme.type !== 'I' && !used.has(scheme.nodeID))
        skipped.set(scheme.type, (skipped.get(scheme.type) ?? 0) + 1);
      continue;
    }
    const target = conclusionOf(scheme, byId, outOf);
    if (target === 'cycle')
      return {
        ok: false,
        problems: [`Scheme node ${scheme.nodeID} is part of a cycle of schemes that never reaches a claim.`],
      };
    const premises = (into.get(scheme.nodeID) ?? []).filter((id) => byId.get(id)?.type === 'I');
    if (!target || premises.length === 0) {
      incomplete.push(scheme.nodeID);
      continue;
    }
    const to = byId.get(target.id) as Node;
    for (const from of premises) {
      if (scheme.type === 'MA') {
        notes.set(from, [...(notes.get(from) ?? []), `In AIF this rephrased “${to.text}”.`]);
        continue;
      }
      draft.edges.push({
        from,
        to: target.id,
        relation: scheme.type === 'RA' ? 'supports' : 'opposes',
        ...(target.undercut && {
          note: `In AIF this ${scheme.type === 'RA' ? 'supported' : 'undercut'} the inference to “${to.text}”.`,
        }),
      });
    }
  }
  for (const node of draft.nodes) {
    const extra = notes.get(node.key);
    if (extra) node.notes = [node.notes, ...extra].filter(Boolean).join('\n\n');
  }
  if (incomplete.length > 0)
    draft.notCarried.push(
      `Scheme nodes without a premise or a single conclusion were left out: ${list(incomplete)}.`,
    );
  const dialogue = [...skipped].map(([type, count]) => `${count} ${type}`);
  if (dialogue.length > 0)
    draft.notCarried.push(
      `Dialogue and preference nodes are not carried over beyond who asserted what (${dialogue.join(', ')}).`,
    );
  return { ok: true, draft };
}

/** The I-node a scheme concludes in: directly, or through the scheme it attacks (an undercut). */
function conclusionOf(
  scheme: Node,
  byId: ReadonlyMap<string, Node>,
  outOf: ReadonlyMap<string, string[]>,
): { id: string; undercut: boolean } | null | 'cycle' {
  const seen = new Set<string>();
  let current = scheme;
  while (true) {
    seen.add(current.nodeID);
    const targets = (outOf.get(current.nodeID) ?? []).filter((id) => byId.get(id)?.type !== 'YA');
    if (targets.length !== 1) return null;
    const next = byId.get(targets[0] as string) as Node;
    if (next.type === 'I') return { id: next.nodeID, undercut: current !== scheme };
    if (!['RA', 'CA', 'MA'].includes(next.type)) return null;
    if (seen.has(next.nodeID)) return 'cycle';
    current = next;
  }
}

/** Who asserted each I-node: L-node → YA → I, the L-node's locution naming a participant. */
function speakersOf(
  doc: Doc,
  byId: ReadonlyMap<string, Node>,
  into: ReadonlyMap<string, string[]>,
  outOf: ReadonlyMap<string, string[]>,
): { speakers: Map<string, string>; used: Set<string> } {
  const used = new Set<string>();
  const people = new Map(
    doc.participants.map((p) => [p.participantID, p.surname ? `${p.firstname} ${p.surname}` : p.firstname]),
  );
  const personOf = new Map(doc.locutions.map((l) => [l.nodeID, l.personID]));
  const speakers = new Map<string, string>();
  for (const ya of doc.nodes) {
    if (ya.type !== 'YA') continue;
    const locution = (into.get(ya.nodeID) ?? []).map((id) => byId.get(id)).find((n) => n?.type === 'L');
    if (!locution) continue;
    const person = personOf.get(locution.nodeID);
    const speaker =
      person !== undefined && people.has(person)
        ? people.get(person)
        : /^([^:]{1,80}?)\s*:/.exec(locution.text)?.[1];
    if (speaker === undefined) continue;
    for (const id of outOf.get(ya.nodeID) ?? []) if (byId.get(id)?.type === 'I') speakers.set(id, speaker);
    used.add(ya.nodeID).add(locution.nodeID);
  }
  return { speakers, used };
}
