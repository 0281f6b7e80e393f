import { newId } from './ids';
import { type ArgMap, FORMAT_VERSION } from './map';

/** What File → New opens: an untitled map with an empty thesis, ready to be stated. */
export function createNewMap(): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Untitled map',
    nodes: [{ id: newId('thesis'), kind: 'thesis', text: '', position: { x: 0, y: 0 } }],
    edges: [],
    tour: [],
  };
}
