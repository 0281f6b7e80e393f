import { keyMayRun } from '../../../src-renderer/actions/keyContext';
import { formatAccelerator } from '../../../src-shared/actions/accelerator';
import { ACTIONS, type ActionSpec } from '../../../src-shared/actions/catalog';

const action = (id: string) =>
  (ACTIONS as readonly ActionSpec[]).find((candidate) => candidate.id === id) as ActionSpec;
const canvas = { inText: false, onCanvas: true };
const textField = { inText: true, onCanvas: false };
const button = { inText: false, onCanvas: false };

/*
 * On macOS the native menu fires an item for every key the page left alone, so a key reaches an
 * action twice over: the page's keydown and the menu's "action:run" marked viaKey. Both ask keyMayRun.
 */
describe('whether a key runs an action (one rule for the page’s keys and the menu’s)', () => {
  test('letters add reasons on the canvas, never while typing in a field or on a button', () => {
    for (const id of [
      'node.addPremise',
      'node.addCounterpoint',
      'node.addRebuttal',
      'node.addQuote',
      'edge.switchRelation',
    ]) {
      expect(keyMayRun(action(id), canvas, false)).toBe(true);
      expect(keyMayRun(action(id), textField, false)).toBe(false);
      expect(keyMayRun(action(id), button, false)).toBe(false);
    }
    expect(keyMayRun(action('map.tidy'), textField, false)).toBe(false);
    expect(keyMayRun(action('map.pin'), textField, false)).toBe(false);
  });

  test('map commands with Cmd/Ctrl leave a text field’s own undo, select all and bold alone', () => {
    for (const id of ['edit.undo', 'edit.redo', 'edit.selectAll', 'edit.duplicate', 'view.toggleSource'])
      expect(keyMayRun(action(id), textField, false)).toBe(false);
    expect(keyMayRun(action('file.save'), textField, false)).toBe(true);
  });

  test('while presenting, no key runs an action: keys belong to the presentation', () => {
    for (const spec of ACTIONS as readonly ActionSpec[]) expect(keyMayRun(spec, canvas, true)).toBe(false);
  });

  test('arrow keys are shown as arrows', () => {
    expect(formatAccelerator('Up', false)).toBe('↑');
    expect(formatAccelerator('Right', true)).toBe('→');
  });
});

test('in the article, letters make nodes of selected text, while arrows and Space scroll it', () => {
  const article = { inText: false, onCanvas: false, inArticle: true };
  const premise = action('node.addPremise');
  const down = action('go.reason');
  expect(keyMayRun(premise, article, false)).toBe(true);
  expect(keyMayRun(down, article, false)).toBe(false);
  expect(keyMayRun(premise, { inText: false, onCanvas: false }, false)).toBe(false);
});
