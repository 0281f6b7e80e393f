import type { ArgMap } from '../model/map';
import type { AifNodeExtras } from './aifSchema';

interface AifOut {
  nodes: Array<{
    nodeID: string;
    text: string;
    type: string;
    timestamp: string;
    scheme?: string;
    argmap?: AifNodeExtras;
  }>;
  edges: Array<{ edgeID: string; fromID: string; toID: string; formEdgeID: null }>;
  locutions: Array<{ nodeID: string; personID: string; timestamp: string }>;
  participants: Array<{ participantID: string; firstname: string; surname: string }>;
  argmap: { title: string; source?: ArgMap['source']; tour?: unknown[] };
}

/** AIF's timestamp form, "2026-12-03 16:17:42" (UTC). */
const stamp = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/**
 * A map as AIF JSON (OVA's and AIFdb's form): each node an I-node, each link a scheme node (RA for supports,
 * CA for opposes) with one premise and one conclusion, each quote asserted (YA) in a locution (L) by its
 * speaker as a participant. What AIF has no place for (kinds, roles, positions, anchors, notes, the tour,
 * the source) rides along in `argmap` fields, which AIF tools ignore and Argmap reads back.
 */
export function writeAif(map: ArgMap, now = new Date()): string {
  const timestamp = stamp(now);
  const out: AifOut = { nodes: [], edges: [], locutions: [], participants: [], argmap: { title: map.title } };
  if (map.source) out.argmap.source = map.source;
  let edgeCount = 0;
  const link = (fromID: string, toID: string) =>
    out.edges.push({ edgeID: `e${++edgeCount}`, fromID, toID, formEdgeID: null });
  const people = new Map<string, string>();

  for (const node of map.nodes) {
    const extras: AifNodeExtras = {
      kind: node.kind,
      ...(node.quote?.role !== undefined && { role: node.quote.role }),
      ...(node.quote && { direct: node.quote.direct }),
      position: node.position,
      ...(node.size && { size: node.size }),
      ...(node.anchor && { anchor: node.anchor }),
      ...(node.notes !== undefined && { notes: node.notes }),
      ...(node.tags && { tags: node.tags }),
      ...(node.pinned !== undefined && { pinned: node.pinned }),
    };
    out.nodes.push({ nodeID: node.id, text: node.text, type: 'I', timestamp, argmap: extras });
    if (!node.quote) continue;
    const speaker = node.quote.speaker;
    let personID = people.get(speaker);
    if (personID === undefined) {
      personID = String(people.size + 1);
      people.set(speaker, personID);
      // OVA names people by first name and surname; the last word is the surname, unless that loses spaces.
      const cut = speaker.lastIndexOf(' ');
      const split = cut > 0 && cut < speaker.length - 1;
      out.participants.push({
        participantID: personID,
        firstname: split ? speaker.slice(0, cut) : speaker,
        surname: split ? speaker.slice(cut + 1) : '',
      });
    }
    const locution = `L-${node.id}`;
    const assertion = `YA-${node.id}`;
    out.nodes.push({ nodeID: locution, text: `${speaker} : ${node.text}`, type: 'L', timestamp });
    out.nodes.push({ nodeID: assertion, text: 'Asserting', type: 'YA', timestamp });
    out.locutions.push({ nodeID: locution, personID, timestamp });
    link(locution, assertion);
    link(assertion, node.id);
  }
  for (const edge of map.edges) {
    const supports = edge.relation === 'supports';
    const scheme = `${supports ? 'RA' : 'CA'}-${edge.id}`;
    out.nodes.push({
      nodeID: scheme,
      text: supports ? 'Default Inference' : 'Default Conflict',
      type: supports ? 'RA' : 'CA',
      timestamp,
    });
    link(edge.from, scheme);
    link(scheme, edge.to);
  }
  if (map.tour.length > 0) out.argmap.tour = map.tour.map(({ id: _, ...step }) => step);
  return `${JSON.stringify(out, null, 2)}\n`;
}
