import fc from 'fast-check';
import { LIMITS } from '../../src-shared/model/limits';
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  FORMAT_VERSION,
  NODE_KINDS,
  type QuoteAttribution,
  RELATIONS,
  type Source,
  type TourStep,
} from '../../src-shared/model/map';

/** How large the generated maps get. Small defaults keep property tests fast; raise them for stress runs. */
export interface ArbitraryMapOptions {
  minNodes?: number;
  maxNodes?: number;
  maxEdges?: number;
  maxTourSteps?: number;
}

// Characters that have broken JSON and text tooling before: emoji (with modifiers, ZWJ and flags),
// combining marks, quotes, escapes, line separators, NUL, a lone surrogate, and brackets (the loader
// counts nesting outside strings, so brackets inside text must not count).
const trickyUnits = [
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇺🇦',
  'e\u0301',
  '"',
  '\\',
  '/',
  '\n',
  '\u2028',
  '\u0000',
  '\ud83d',
  '[',
  '{',
  '}',
  '~',
];

const textUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...trickyUnits) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Unicode text of at most `maxUnits` UTF-16 code units (the unit zod measures lengths in). */
function text(maxUnits: number, minLength = 0): fc.Arbitrary<string> {
  return fc
    .string({ unit: textUnit, minLength, maxLength: Math.min(maxUnits, 40) })
    .map((s) => s.slice(0, maxUnits))
    .filter((s) => s.length >= minLength);
}

const idChars = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'];
const id = fc.string({ unit: fc.constantFrom(...idChars), minLength: 1, maxLength: 16 });

// JSON has no negative zero: -0 saves as 0, so a map holding -0 cannot come back equal.
const noNegativeZero = (x: number) => (x === 0 ? 0 : x);
const coordinate = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -LIMITS.coordinate, max: LIMITS.coordinate, noNaN: true }).map(noNegativeZero),
);
const extent = fc.oneof(
  fc.integer({ min: 1, max: 600 }),
  fc.double({ min: Number.MIN_VALUE, max: LIMITS.coordinate, noNaN: true }),
);

const quoteAttribution: fc.Arbitrary<QuoteAttribution> = fc
  .record({ speaker: text(80), role: fc.option(text(80), { nil: undefined }), direct: fc.boolean() })
  .map(({ speaker, role, direct }) => ({ speaker, ...(role !== undefined && { role }), direct }));

const source: fc.Arbitrary<Source> = fc
  .record(
    { title: text(100), author: text(60), url: text(200), published: text(30), text: text(400) },
    { requiredKeys: ['title', 'text'] },
  )
  .map((s) => ({
    title: s.title,
    ...(s.author !== undefined && { author: s.author }),
    ...(s.url !== undefined && { url: s.url }),
    ...(s.published !== undefined && { published: s.published }),
    text: s.text,
  }));

const nodeDraft = fc.record(
  {
    id,
    kind: fc.constantFrom(...NODE_KINDS),
    text: text(300),
    position: fc.record({ x: coordinate, y: coordinate }),
    size: fc.record({ width: extent, height: extent }),
    quote: quoteAttribution,
    anchor: fc.tuple(fc.nat(), fc.nat()),
    notes: text(200),
    tags: fc.array(text(LIMITS.tagLength, 1), { maxLength: 4 }),
    pinned: fc.boolean(),
  },
  { requiredKeys: ['id', 'kind', 'text', 'position', 'quote'] },
);
type NodeDraft = typeof nodeDraft extends fc.Arbitrary<infer T> ? T : never;

const edgeDraft = fc.record({ id, from: fc.nat(), to: fc.nat(), relation: fc.constantFrom(...RELATIONS) });

const stepDraft = fc.record(
  {
    id,
    title: text(80),
    focus: fc.array(fc.nat(), { maxLength: 4 }),
    reveal: fc.array(fc.nat(), { maxLength: 6 }),
    notes: text(120),
  },
  { requiredKeys: ['id', 'focus'] },
);

/**
 * Valid maps: ids unique across nodes, edges and tour steps; edges join two distinct existing nodes,
 * at most once per direction; only quotes carry an attribution; anchors lie in the source text
 * (and `exact` is their slice); tour steps name existing nodes. Keys come in schema order, so a
 * generated map serializes exactly as a loaded one does.
 */
export function arbitraryMap(options: ArbitraryMapOptions = {}): fc.Arbitrary<ArgMap> {
  const { minNodes = 0, maxNodes = 12, maxEdges = 24, maxTourSteps = 5 } = options;
  return fc
    .record({
      title: text(120),
      source: fc.option(source, { nil: undefined }),
      nodes: fc.array(nodeDraft, { minLength: minNodes, maxLength: maxNodes }),
      edges: fc.array(edgeDraft, { maxLength: maxEdges }),
      tour: fc.array(stepDraft, { maxLength: maxTourSteps }),
    })
    .map(({ title, source, nodes: nodeDrafts, edges: edgeDrafts, tour: stepDrafts }) => {
      const ids = uniqueIds([...nodeDrafts, ...edgeDrafts, ...stepDrafts].map((draft) => draft.id));
      const nodes = nodeDrafts.map((draft, i) => buildNode(draft, ids[i] as string, source));
      const nodeId = (n: number) => (nodes[n % nodes.length] as ArgNode).id;
      const edges = buildEdges(edgeDrafts, nodes.length, nodeId, ids.slice(nodes.length));
      const stepIds = ids.slice(nodes.length + edgeDrafts.length);
      const tour = stepDrafts.map((draft, i): TourStep => {
        const names = (indices: number[]) => (nodes.length === 0 ? [] : [...new Set(indices.map(nodeId))]);
        return {
          id: stepIds[i] as string,
          ...(draft.title !== undefined && { title: draft.title }),
          focus: names(draft.focus),
          ...(draft.reveal !== undefined && { reveal: names(draft.reveal) }),
          ...(draft.notes !== undefined && { notes: draft.notes }),
        };
      });
      return {
        format: 'argmap' as const,
        version: FORMAT_VERSION,
        title,
        ...(source !== undefined && { source }),
        nodes,
        edges,
        tour,
      };
    });
}

/** Keeps the drafted ids but renames repeats, so that every id in the map is unique and still valid. */
function uniqueIds(drafted: string[]): string[] {
  const seen = new Set<string>();
  return drafted.map((draft, i) => {
    let candidate = draft;
    for (let n = 0; seen.has(candidate); n++) candidate = `${draft}_${i}_${n}`;
    seen.add(candidate);
    return candidate;
  });
}

function buildNode(draft: NodeDraft, id: string, source: Source | undefined): ArgNode {
  let anchor: ArgNode['anchor'];
  if (draft.anchor && source) {
    const length = source.text.length + 1;
    const [a, b] = [draft.anchor[0] % length, draft.anchor[1] % length];
    const [start, end] = a <= b ? [a, b] : [b, a];
    anchor = { start, end, exact: source.text.slice(start, end) };
  }
  return {
    id,
    kind: draft.kind,
    text: draft.text,
    position: draft.position,
    ...(draft.size !== undefined && { size: draft.size }),
    ...(draft.kind === 'quote' && { quote: draft.quote }),
    ...(anchor !== undefined && { anchor }),
    ...(draft.notes !== undefined && { notes: draft.notes }),
    ...(draft.tags !== undefined && { tags: draft.tags }),
    ...(draft.pinned !== undefined && { pinned: draft.pinned }),
  };
}

function buildEdges(
  drafts: Array<{ from: number; to: number; relation: ArgEdge['relation'] }>,
  nodeCount: number,
  nodeId: (n: number) => string,
  ids: string[],
): ArgEdge[] {
  if (nodeCount < 2) return [];
  const links = new Set<string>();
  const edges: ArgEdge[] = [];
  drafts.forEach((draft, i) => {
    const from = draft.from % nodeCount;
    // Any node but `from`: a reason never bears on itself.
    const to = (from + 1 + (draft.to % (nodeCount - 1))) % nodeCount;
    const link = `${from}>${to}`;
    if (links.has(link)) return;
    links.add(link);
    edges.push({ id: ids[i] as string, from: nodeId(from), to: nodeId(to), relation: draft.relation });
  });
  return edges;
}

/** A small hand-written valid map with one of everything: the starting point of example-based tests. */
export function sampleMap(): ArgMap {
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Should cities ban cars?',
    source: {
      title: 'Car-free cities',
      author: 'A. Writer',
      text: 'Cars make streets loud. Quiet streets are safer.',
    },
    nodes: [
      { id: 'thesis', kind: 'thesis', text: 'Cities should ban cars.', position: { x: 0, y: 0 } },
      {
        id: 'noise',
        kind: 'premise',
        text: 'Cars make streets loud.',
        position: { x: -200, y: 150 },
        anchor: { start: 0, end: 22, exact: 'Cars make streets loud' },
      },
      {
        id: 'mayor',
        kind: 'quote',
        text: 'Deliveries need vans.',
        position: { x: 200, y: 150 },
        quote: { speaker: 'The mayor', direct: true },
      },
    ],
    edges: [
      { id: 'e1', from: 'noise', to: 'thesis', relation: 'supports' },
      { id: 'e2', from: 'mayor', to: 'thesis', relation: 'opposes' },
    ],
    tour: [
      { id: 'step1', title: 'The claim', focus: ['thesis'] },
      { id: 'step2', focus: ['noise', 'mayor'], reveal: ['thesis', 'noise', 'mayor'] },
    ],
  };
}
