import fc from 'fast-check';
import { extractFragment, parseFragment, serializeFragment } from '../../src-shared/clipboard/fragment';
import { newId } from '../../src-shared/model/ids';
import { type ArgMap, type ArgNode, NODE_KINDS, RELATIONS } from '../../src-shared/model/map';
import type { Change } from '../../src-shared/ops/change';
import { deleteElements } from '../../src-shared/ops/deleteOps';
import { connect } from '../../src-shared/ops/edgeOps';
import { updateNodeFields } from '../../src-shared/ops/fieldOps';
import { collapseToLevel, setCollapsed } from '../../src-shared/ops/foldOps';
import { insertFragment } from '../../src-shared/ops/fragmentOps';
import { emptyHistory, type History, record, redo, undo } from '../../src-shared/ops/history';
import { setNodeKind } from '../../src-shared/ops/kindOps';
import { addNode, setNodeText, setQuoteAttribution } from '../../src-shared/ops/nodeOps';
import { isRefusal, type Refusal } from '../../src-shared/ops/refusal';
import { replaceSourceText } from '../../src-shared/ops/replaceSource';
import { addTourStep, updateTourStep } from '../../src-shared/ops/tourOps';
import { applyWithinLimits } from '../../src-shared/ops/withinLimits';
import { anchorFor } from '../../src-shared/source/anchors';

/**
 * A headless editor: the document and its history, changed the way the app's store changes them
 * (every change through `applyWithinLimits`, then recorded for undo).
 */
export class TestEditor {
  map: ArgMap;
  history: History = emptyHistory;
  readonly refusals: string[] = [];

  constructor(map: ArgMap) {
    this.map = map;
  }

  commit(result: Change | Refusal | null): void {
    if (result === null) return;
    const next = isRefusal(result) ? result : applyWithinLimits(this.map, result);
    if (isRefusal(next)) {
      this.refusals.push(next.refused);
      return;
    }
    this.map = next;
    this.history = record(this.history, result as Change);
  }

  undo(): void {
    const result = undo(this.map, this.history);
    if (result) ({ map: this.map, history: this.history } = result);
  }

  redo(): void {
    const result = redo(this.map, this.history);
    if (result) ({ map: this.map, history: this.history } = result);
  }
}

/** A record in the map as it is when the command runs, by position (wrapping), or one that does not exist. */
const pick = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 40 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const picks = fc.array(pick, { maxLength: 5 });

/**
 * Text as a person (or a paste) puts it in a field: any code point, controls, lone surrogates, and now
 * and then a very long one (past every limit of the format), built by repetition so it is cheap to make.
 */
export const anyText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom(
        '\u0000',
        '\u0007',
        '\u001b',
        '\u202e',
        '\u2028',
        '\ud800',
        '\udfff',
        '\ufeff',
        '😀',
        '\r\n',
      ),
      maxLength: 12,
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 60, max: 26_000 }))
      .map(([unit, times]) => unit.repeat(times).slice(0, 60_000)),
  },
);

export const editorCommand = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    kind: fc.constantFrom(...NODE_KINDS),
    text: anyText,
    claim: pick,
    relation: fc.constantFrom(...RELATIONS),
    passage: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('edit' as const), node: pick, text: anyText }),
  fc.record({
    op: fc.constant('notes' as const),
    node: pick,
    notes: anyText,
    tags: fc.array(anyText, { maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('speaker' as const), node: pick, speaker: anyText, role: anyText }),
  fc.record({ op: fc.constant('kind' as const), node: pick, kind: fc.constantFrom(...NODE_KINDS) }),
  fc.record({
    op: fc.constant('connect' as const),
    from: pick,
    to: pick,
    relation: fc.constantFrom(...RELATIONS),
  }),
  fc.record({ op: fc.constant('paste' as const), nodes: picks, x: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ op: fc.constant('delete' as const), nodes: picks, edges: picks }),
  fc.record({ op: fc.constant('step' as const), title: anyText, notes: anyText, focus: picks }),
  fc.record({ op: fc.constant('editStep' as const), step: pick, title: anyText, notes: anyText }),
  fc.record({ op: fc.constant('fold' as const), nodes: picks, collapsed: fc.boolean() }),
  fc.record({ op: fc.constant('foldToLevel' as const), level: fc.integer({ min: 0, max: 3 }) }),
  // Map → Replace Source: a new version of the article, every anchor found again in it.
  fc.record({
    op: fc.constant('reanchor' as const),
    cut: fc.tuple(fc.nat(), fc.nat()),
    insert: anyText,
  }),
  fc.constant({ op: 'undo' as const }),
  fc.constant({ op: 'redo' as const }),
);
export type EditorCommand = typeof editorCommand extends fc.Arbitrary<infer T> ? T : never;

const at = <T extends { id: string }>(list: readonly T[], n: number, none: string) =>
  n < 0 || list.length === 0 ? none : (list[n % list.length] as T).id;

/** Runs one command the way the app's actions do; refusals are kept in `editor.refusals`. */
export function runCommand(editor: TestEditor, c: EditorCommand): void {
  if (c.op === 'undo') editor.undo();
  else if (c.op === 'redo') editor.redo();
  else editor.commit(attempt(editor.map, c));
}

function attempt(map: ArgMap, c: Exclude<EditorCommand, { op: 'undo' | 'redo' }>): Change | Refusal | null {
  const node = (n: number) => at(map.nodes, n, 'no-such-node');
  switch (c.op) {
    case 'add': {
      const source = map.source?.text;
      const anchor =
        c.passage && source !== undefined
          ? anchorFor(
              source,
              ...(c.passage.map((p) => p % (source.length + 1)).sort((a, b) => a - b) as [number, number]),
            )
          : undefined;
      const record: ArgNode = {
        id: newId(c.kind),
        kind: c.kind,
        text: c.text,
        position: { x: 0, y: 0 },
        ...(c.kind === 'quote' ? { quote: { speaker: '', direct: true } } : {}),
        ...(anchor ? { anchor } : {}),
      };
      const claim = node(c.claim);
      const edge =
        map.nodes.length > 0
          ? { id: newId('e'), from: record.id, to: claim, relation: c.relation }
          : undefined;
      return addNode(map, { node: record, ...(edge ? { edge } : {}) });
    }
    case 'edit':
      return setNodeText(map, { id: node(c.node), text: c.text });
    case 'notes':
      return updateNodeFields(map, { id: node(c.node), fields: { notes: c.notes, tags: c.tags } });
    case 'speaker':
      return setQuoteAttribution(map, {
        id: node(c.node),
        quote: { speaker: c.speaker, role: c.role, direct: false },
      });
    case 'kind':
      return setNodeKind(map, { id: node(c.node), kind: c.kind });
    case 'connect':
      return connect(map, { id: newId('e'), from: node(c.from), to: node(c.to), relation: c.relation });
    case 'paste': {
      // Through the clipboard's text, as Copy then Paste go.
      const copied = serializeFragment(extractFragment(map, c.nodes.map(node)));
      const fragment = parseFragment(copied);
      if (isRefusal(fragment)) return fragment;
      const pasted = insertFragment(map, fragment, { offset: { x: c.x, y: 20 }, newId });
      return isRefusal(pasted) ? pasted : pasted.change;
    }
    case 'delete':
      return deleteElements(map, {
        nodeIds: c.nodes.map(node),
        edgeIds: c.edges.map((n) => at(map.edges, n, 'no-such-edge')),
      });
    case 'step':
      return addTourStep(map, {
        step: { id: newId('s'), title: c.title, notes: c.notes, focus: c.focus.map(node) },
      });
    case 'editStep':
      return updateTourStep(map, {
        id: at(map.tour, c.step, 'no-such-step'),
        fields: { title: c.title, notes: c.notes },
      });
    case 'fold':
      return setCollapsed(map, { ids: c.nodes.map(node), collapsed: c.collapsed });
    case 'foldToLevel':
      return collapseToLevel(map, { level: c.level });
    case 'reanchor': {
      // The new version: a stretch of the old one cut out and other text put in its place.
      const old = map.source?.text ?? '';
      const [from, to] = c.cut.map((n) => n % (old.length + 1)).sort((a, b) => a - b) as [number, number];
      return replaceSourceText(map, old.slice(0, from) + c.insert + old.slice(to))?.change ?? null;
    }
  }
}
