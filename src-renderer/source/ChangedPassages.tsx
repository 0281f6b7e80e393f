import { TriangleAlert } from 'lucide-react';
import type { ArgNode } from '../../src-shared/model/map';

interface ChangedPassagesProps {
  nodes: readonly ArgNode[];
  onPick(node: ArgNode): void;
}

/** Nodes whose passage no longer reads as when they were anchored. They are listed, never re-anchored silently. */
export function ChangedPassages({ nodes, onPick }: ChangedPassagesProps) {
  if (nodes.length === 0) return null;
  return (
    <section className="changed-passages" aria-label="Changed passages">
      <h3>
        <TriangleAlert size={15} aria-hidden />
        {nodes.length === 1 ? '1 passage has changed' : `${nodes.length} passages have changed`} since it was
        anchored
      </h3>
      <ul>
        {nodes.map((node) => (
          <li key={node.id}>
            <button type="button" className="link-button" onClick={() => onPick(node)}>
              {node.text || node.anchor?.exact || node.id}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
