import type { Assessment } from '../../src-shared/model/assessment';
import type { ArgEdge, ArgMap, ArgNode, NodeKind } from '../../src-shared/model/map';
import { FORMAT_VERSION } from '../../src-shared/model/map';

/**
 * A small argument written the way a hand-worked example is: `attacks` and `supports` as "from>to" pairs.
 * The first node is the thesis; the others are premises unless `kinds` says otherwise.
 */
export function smallArgument(spec: {
  nodes: string;
  attacks?: string;
  supports?: string;
  assess?: Record<string, Assessment>;
  kinds?: Record<string, NodeKind>;
}): ArgMap {
  const ids = spec.nodes.split(' ');
  const nodes: ArgNode[] = ids.map((id, i) => {
    const kind = spec.kinds?.[id] ?? (i === 0 ? 'thesis' : 'premise');
    return {
      id,
      kind,
      text: id,
      position: { x: i * 300, y: 0 },
      ...(kind === 'quote' ? { quote: { speaker: 'Someone', direct: true } } : {}),
      ...(spec.assess?.[id] ? { assessment: spec.assess[id] } : {}),
    };
  });
  const links = (list: string | undefined, relation: ArgEdge['relation']): ArgEdge[] =>
    (list ? list.split(' ') : []).map((pair, i) => {
      const [from = '', to = ''] = pair.split('>');
      return { id: `${relation}${i}`, from, to, relation };
    });
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'A small argument',
    nodes,
    edges: [...links(spec.attacks, 'opposes'), ...links(spec.supports, 'supports')],
    tour: [],
  };
}
