import { compareMaps } from '../../../src-shared/compare/compareMaps';
import { claimInReference, takeNode } from '../../../src-shared/compare/takeNode';
import { applyChange, invertChange } from '../../../src-shared/ops/change';
import { isRefusal } from '../../../src-shared/ops/refusal';
import { addReasons, bundledMap, leaves, removeNodes, renameIds } from '../../support/plantChanges';

const reference = bundledMap();
const leaf = leaves(reference).find((node) => node.kind === 'quote');
const link = reference.edges.find((edge) => edge.from === leaf?.id);
let n = 0;
const newId = (prefix: string) => `${prefix}-taken-${n++}`;

test('a node the reference lacks comes with its speaker, its passage and its link to the counterpart claim', () => {
  if (!leaf || !link) throw new Error('The bundled map has no quote that is a leaf.');
  const student = renameIds(reference);
  const lacking = removeNodes(reference, new Set([leaf.id]));
  const report = compareMaps(lacking, student.map);
  const change = takeNode(lacking, student.map, report, student.idOf.get(leaf.id) as string, newId);
  if (isRefusal(change)) throw new Error(change.refused);
  const taken = applyChange(lacking, change);
  const added = taken.nodes.at(-1);
  expect(added).toMatchObject({ kind: 'quote', text: leaf.text, quote: leaf.quote, anchor: leaf.anchor });
  expect(taken.edges.at(-1)).toMatchObject({ from: added?.id, to: link.to, relation: link.relation });
  expect(compareMaps(taken, student.map).extra).toEqual([]);
  expect(applyChange(taken, invertChange(change))).toEqual(lacking);
});

test('a node whose claim has no counterpart comes unlinked; a node that is not there is refused', () => {
  const student = addReasons(reference, [leaf?.id ?? ''], ['A reason on a claim the reference lacks']);
  const lacking = removeNodes(reference, new Set([leaf?.id ?? '']));
  const report = compareMaps(lacking, student);
  const change = takeNode(lacking, student, report, 'added0', newId);
  if (isRefusal(change)) throw new Error(change.refused);
  expect(change.steps).toHaveLength(1);
  expect(isRefusal(takeNode(lacking, student, report, 'nowhere', newId))).toBe(true);
});

test('an extra node names its claim in the reference where that claim is matched, and none where it is extra too', () => {
  const thesis = reference.nodes.find((node) => node.kind === 'thesis')?.id ?? '';
  const student = addReasons(reference, [thesis], ['Fishermen protest the quota']);
  student.nodes.push({
    id: 'cut',
    kind: 'premise',
    text: 'Quotas were cut by half',
    position: { x: 0, y: 0 },
  });
  student.edges.push({ id: 'cutLink', from: 'cut', to: 'added0', relation: 'supports' });
  const report = compareMaps(reference, student);
  expect(report.extra.sort()).toEqual(['added0', 'cut']);
  expect(claimInReference(student, report, 'added0')).toMatchObject({ claim: thesis });
  expect(claimInReference(student, report, 'cut')).toMatchObject({
    link: { to: 'added0' },
    claim: undefined,
  });
});
