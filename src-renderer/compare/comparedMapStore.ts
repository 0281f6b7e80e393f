import type { MapComparison } from '../../src-shared/compare/compareMaps';
import type { ArgMap } from '../../src-shared/model/map';
import { createEditorStore, type EditorStore } from '../store/editorStore';

const stores = new WeakMap<ArgMap, EditorStore>();
const serials = new WeakMap<EditorStore, number>();
let serial = 0;

/**
 * A store of its own for the map compared with, which its pane's cards read instead of the document's:
 * its selection is the pane's, and nothing drawn there can reach the document, its history or a file.
 * One per map, so the comparison panel and the pane share it.
 */
export function comparedMapStore(other: ArgMap, name: string): EditorStore {
  const known = stores.get(other);
  if (known) return known;
  const store = createEditorStore({ map: other, name, hasFile: false });
  stores.set(other, store);
  serials.set(store, ++serial);
  return store;
}

/** A key for the pane of each compared map: another map (even of the same name) opens on a fresh canvas. */
export const paneKey = (store: EditorStore): number => serials.get(store) ?? 0;

/** The other map's node matched with a reference node, if any. */
export const counterpartInOther = (report: MapComparison, referenceId: string): string | undefined =>
  report.matched.find((pair) => pair.reference === referenceId)?.other;

/** The reference's node matched with a node of the other map, if any. */
export const counterpartInReference = (report: MapComparison, otherId: string): string | undefined =>
  report.matched.find((pair) => pair.other === otherId)?.reference;
