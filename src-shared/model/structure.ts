import type { ArgMap, ArgNode } from './map';

/**
 * Queries over the argument's shape: which claims a node bears on, which reasons bear on it,
 * and the order a reader walks the map in. Reasons are ordered left to right, as drawn.
 */
export class ArgumentStructure {
  readonly #byId: Map<string, ArgNode>;
  readonly #claims = new Map<string, string[]>();
  readonly #reasons = new Map<string, string[]>();
  readonly #map: ArgMap;

  constructor(map: ArgMap) {
    this.#map = map;
    this.#byId = new Map(map.nodes.map((node) => [node.id, node]));
    for (const edge of map.edges) {
      push(this.#claims, edge.from, edge.to);
      push(this.#reasons, edge.to, edge.from);
    }
    const x = (id: string) => this.#byId.get(id)?.position.x ?? 0;
    for (const list of this.#reasons.values()) list.sort((a, b) => x(a) - x(b));
  }

  claimsOf(id: string): readonly string[] {
    return this.#claims.get(id) ?? [];
  }

  reasonsOf(id: string): readonly string[] {
    return this.#reasons.get(id) ?? [];
  }

  /** The other reasons for the node's (first) claim, itself included, left to right. */
  siblingsOf(id: string): readonly string[] {
    const [claim] = this.claimsOf(id);
    return claim ? this.reasonsOf(claim) : [id];
  }

  /** Every node once, in reading order: each thesis, then depth first through its reasons, then whatever is left. */
  readingOrder(): string[] {
    const seen = new Set<string>();
    const order: string[] = [];
    const visit = (root: string) => {
      const stack = [root];
      while (stack.length > 0) {
        const id = stack.pop() as string;
        if (seen.has(id)) continue;
        seen.add(id);
        order.push(id);
        stack.push(...[...this.reasonsOf(id)].reverse());
      }
    };
    const roots = [...this.#map.nodes].sort(
      (a, b) => a.position.y - b.position.y || a.position.x - b.position.x,
    );
    for (const node of roots) if (node.kind === 'thesis') visit(node.id);
    for (const node of roots) if (this.claimsOf(node.id).length === 0) visit(node.id);
    for (const node of roots) visit(node.id);
    return order;
  }
}

function push(index: Map<string, string[]>, key: string, value: string) {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

const cache = new WeakMap<ArgMap, ArgumentStructure>();

/** The structure of a map, computed once per version of the map. */
export function structureOf(map: ArgMap): ArgumentStructure {
  let structure = cache.get(map);
  if (!structure) {
    structure = new ArgumentStructure(map);
    cache.set(map, structure);
  }
  return structure;
}
