import { useReactFlow } from '@xyflow/react';
import { ChevronRight, X } from 'lucide-react';
import { pathToTop } from '../../src-shared/focus/focusView';
import { KIND_LOOK } from '../canvas/nodes/kinds';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { focusOn } from './focusActions';

const short = (text: string) => (text.length > 48 ? `${text.slice(0, 46).trimEnd()}…` : text || 'Untitled');

/** In Focus on Claim: the path from the top of the argument down to the claim in focus, and the way back. */
export function FocusBar({ run }: { run: (id: string) => void }) {
  const editor = useEditorStore();
  const flow = useReactFlow();
  const claimId = useEditor((state) => state.focus?.claimId ?? null);
  const map = useEditor((state) => state.map);
  if (!claimId) return null;
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const claim = byId.get(claimId);
  if (!claim) return null;
  const path = pathToTop(map, claimId);
  return (
    <nav className="focus-bar" aria-label="Focus on claim: the path from the top of the argument">
      <ol className="focus-path">
        {path.map((id) => {
          const node = byId.get(id);
          if (!node) return null;
          return (
            <li key={id}>
              <button
                type="button"
                className="focus-crumb"
                title={node.text}
                onClick={() => focusOn({ editor, flow }, id)}
              >
                <span className="focus-kind">{KIND_LOOK[node.kind].label}</span> {short(node.text)}
              </button>
              <ChevronRight size={14} aria-hidden className="focus-sep" />
            </li>
          );
        })}
        <li aria-current="location" className="focus-current" title={claim.text}>
          <span className="focus-kind">{KIND_LOOK[claim.kind].label}</span> {short(claim.text)}
        </li>
      </ol>
      <span className="focus-keys">F steps into a reason · Alt+↑ steps up</span>
      <button type="button" className="focus-leave" onClick={() => run('focus.leave')}>
        <X size={14} aria-hidden /> Whole map <kbd>Esc</kbd>
      </button>
    </nav>
  );
}
