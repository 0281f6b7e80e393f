import type { LaidOutMap } from '../../src-shared/layout/autoLayout';
import type { ArgEdge, ArgNode } from '../../src-shared/model/map';

const node = (id: string, kind: ArgNode['kind'], text: string): ArgNode => ({
  id,
  kind,
  text,
  position: { x: 0, y: 0 },
});
const link = (from: string, to: string, relation: ArgEdge['relation']): ArgEdge => ({
  id: `${from}-${to}`,
  from,
  to,
  relation,
});

/**
 * A small argument of every shape layout meets (reasons for and against, a rebuttal, a cross link, a loose
 * note), laid out once when the layout worker starts: the engine compiles its code on first use, which
 * would make the first Auto-Layout of a session slower than the ones after it.
 */
export const WARM_UP_MAP: LaidOutMap = {
  nodes: [
    node('t', 'thesis', 'A claim worth arguing about'),
    node('p1', 'premise', 'A reason for it'),
    node('p2', 'premise', 'Another reason, longer, that takes two lines to say'),
    node('c', 'counterpoint', 'A reason against it'),
    node('r', 'rebuttal', 'An answer to that'),
    { ...node('q', 'quote', 'What an expert said'), quote: { speaker: 'An expert', direct: true } },
    node('n', 'note', 'A loose note'),
  ],
  edges: [
    link('p1', 't', 'supports'),
    link('p2', 't', 'supports'),
    link('c', 't', 'opposes'),
    link('r', 'c', 'opposes'),
    link('q', 'p1', 'supports'),
    link('q', 'p2', 'supports'),
  ],
};
