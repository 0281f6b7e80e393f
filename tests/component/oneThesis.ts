import { type ArgMap, FORMAT_VERSION } from '../../src-shared/model/map';

/** The smallest map an editor opens on: a thesis alone. */
export const oneThesis = (title: string): ArgMap => ({
  format: 'argmap',
  version: FORMAT_VERSION,
  title,
  nodes: [{ id: 'thesis', kind: 'thesis', text: 'Cities should ban cars.', position: { x: 0, y: 0 } }],
  edges: [],
  tour: [],
});
