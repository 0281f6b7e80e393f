import type { ArgMap, ArgNode } from './map';

/**
 * Queries over the argument's shape: which claims a node bears on, which reasons bear on it,
 * and the order a reader walks the map in. Reasons are ordered as drawn: row by row, left to right.
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
    for (const [claim, list] of this.#reasons) this.#reasons.set(claim, this.#asRead(list));
  }

  /**
   * Nodes as a reader takes them in: row by row from the top, left to right in each row. A node starts
   * a new row when it lies lower than half the height of the row's first node, so reasons that wrap onto
   * a second row (as Auto-Layout wraps them) come after the whole first row.
   */
  #asRead(ids: readonly string[]): string[] {
    const at = (id: string) => this.#byId.get(id)?.position ?? { x: 0, y: 0 };
    const height = (id: string) => this.#byId.get(id)?.size?.height ?? 60;
    const byTop = [...ids].sort((a, b) => at(a).y - at(b).y || at(a).x - at(b).x);
    const rows: string[][] = [];
    for (const id of byTop) {
      const row = rows.at(-1);
      const first = row?.[0];
      if (row && first !== undefined && at(id).y < at(first).y + height(first) / 2) row.push(id);
      else rows.push([id]);
    }
    return rows.flatMap((row) => row.sort((a, b) => at(a).x - at(b).x));
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
