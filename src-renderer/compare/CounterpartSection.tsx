import { useStore } from 'zustand';
import type { MapComparison } from '../../src-shared/compare/compareMaps';
import type { ArgMap } from '../../src-shared/model/map';
import { useEditor } from '../store/EditorContext';
import { comparedMapStore, counterpartInOther } from './comparedMapStore';
import { NodeSummary } from './NodeSummary';

interface CounterpartSectionProps {
  comparison: { name: string; other: ArgMap };
  report: MapComparison;
}

/**
 * The selected node's counterpart in the other map, or that it has none; and a node of the other map
 * picked in its pane that the reference lacks (an extra), said as such.
 */
export function CounterpartSection({ comparison, report }: CounterpartSectionProps) {
  const { name, other } = comparison;
  const selectedIds = useEditor((state) => state.selectedIds);
  const pickedInOther = useStore(comparedMapStore(other, name), (state) => state.selectedIds);
  const [selected] = selectedIds.size === 1 ? [...selectedIds] : [];
  const nodeOf = (id: string | undefined) => other.nodes.find((node) => node.id === id);
  if (selected) {
    const counterpart = nodeOf(counterpartInOther(report, selected));
    return (
      <section className="compare-counterpart" aria-label="Counterpart of the selected node">
        <h2>In {name}</h2>
        {counterpart ? <NodeSummary node={counterpart} /> : <p className="compare-none">No counterpart.</p>}
      </section>
    );
  }
  const [picked] = pickedInOther.size === 1 ? [...pickedInOther] : [];
  const extra = report.extra.includes(picked ?? '') ? nodeOf(picked) : undefined;
  if (!extra) return null;
  return (
    <section className="compare-counterpart" aria-label="Counterpart of the selected node">
      <h2>Selected in {name}</h2>
      <NodeSummary node={extra} />
      <p className="compare-none">Not in the reference.</p>
    </section>
  );
}
