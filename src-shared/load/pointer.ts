/** Builds an RFC 6901 JSON pointer from a path of keys and indices. */
export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Describes a path for a person: ["nodes", 3, "kind"] → "node 4's kind". */
export function describePath(path: ReadonlyArray<PropertyKey>): string {
  const owners: Record<string, string> = {
    nodes: 'node',
    edges: 'edge',
    tour: 'tour step',
    tags: 'tag',
    focus: 'focus entry',
    reveal: 'reveal entry',
  };
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number' && owners[key]) {
      parts.push(`${owners[key]} ${next + 1}`);
      i++;
    } else {
      parts.push(`"${String(key)}"`);
    }
  }
  if (parts.length === 0) return 'the map';
  return parts.join(' → ');
}
