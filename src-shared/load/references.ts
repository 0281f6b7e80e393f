import type { ArgMap } from '../model/map';
import { type LoadError, type LoadResult, MAX_REPORTED_ERRORS } from './loadError';

/**
 * Checks what the schema cannot see: ids are unique across the map, edges and tour steps
 * name nodes that exist, and anchors lie inside the source text.
 */
export function checkReferences(map: ArgMap): LoadResult<ArgMap> {
  const errors: LoadError[] = [];
  const report = (error: LoadError) => errors.length < MAX_REPORTED_ERRORS && errors.push(error);

  const seen = new Map<string, string>();
  const claim = (id: string, pointer: string) => {
    const first = seen.get(id);
    if (first)
      report({ code: 'duplicate-id', pointer, message: `The id "${id}" is used twice (first at ${first}).` });
    else seen.set(id, pointer);
  };
  for (const list of ['nodes', 'edges', 'tour'] as const) {
    map[list].forEach((record, i) => {
      claim(record.id, `/${list}/${i}/id`);
    });
  }

  const nodeIds = new Set(map.nodes.map((node) => node.id));
  const links = new Set<string>();
  map.edges.forEach((edge, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!nodeIds.has(edge[end])) {
        report({
          code: 'dangling-reference',
          pointer: `/edges/${i}/${end}`,
          message: `Edge "${edge.id}" points to a node "${edge[end]}" that does not exist.`,
        });
      }
    }
    if (edge.from === edge.to) {
      report({
        code: 'self-reference',
        pointer: `/edges/${i}/to`,
        message: `Edge "${edge.id}" links node "${edge.from}" to itself.`,
      });
    }
    const link = `${edge.from}\u0000${edge.to}`;
    if (links.has(link)) {
      report({
        code: 'duplicate-edge',
        pointer: `/edges/${i}`,
        message: `Edge "${edge.id}" repeats a link from "${edge.from}" to "${edge.to}".`,
      });
    }
    links.add(link);
  });

  map.tour.forEach((step, i) => {
    for (const list of ['focus', 'reveal'] as const) {
      step[list]?.forEach((id, j) => {
        if (!nodeIds.has(id)) {
          report({
            code: 'dangling-reference',
            pointer: `/tour/${i}/${list}/${j}`,
            message: `Tour step ${i + 1} names a node "${id}" that does not exist.`,
          });
        }
      });
    }
  });

  const sourceLength = map.source?.text.length ?? 0;
  map.nodes.forEach((node, i) => {
    if (node.anchor && node.anchor.end > sourceLength) {
      const why = map.source
        ? `the source text is only ${sourceLength} characters long`
        : 'the map has no source text';
      report({
        code: 'anchor-out-of-range',
        pointer: `/nodes/${i}/anchor`,
        message: `Node "${node.id}" is anchored at characters ${node.anchor.start}–${node.anchor.end}, but ${why}.`,
      });
    }
  });

  return errors.length === 0 ? { ok: true, value: map } : { ok: false, errors };
}
