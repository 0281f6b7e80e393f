import { z } from 'zod';
import { Assessment, SchemeId } from './assessment';
import { LIMITS } from './limits';

/** The current version of the map format. Older files are migrated up to it on load. */
export const FORMAT_VERSION = 2;

const idPattern = /^[A-Za-z0-9_-]+$/;

/** A stable identifier of a node, edge or tour step, unique within its map. */
export const Id = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(LIMITS.idLength, `An id is at most ${LIMITS.idLength} characters long.`)
  .regex(idPattern, 'An id uses only letters, digits, "-" and "_".');

/** The roles a node plays in an argument. */
export const NODE_KINDS = ['thesis', 'premise', 'counterpoint', 'rebuttal', 'quote', 'note'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/** How a reason bears on the claim it points to. */
export const RELATIONS = ['supports', 'opposes'] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

const coordinate = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate);

export const Position = z.strictObject({ x: coordinate, y: coordinate });
export type Position = z.infer<typeof Position>;

export const Size = z.strictObject({
  width: z.number().positive().max(LIMITS.coordinate),
  height: z.number().positive().max(LIMITS.coordinate),
});
export type Size = z.infer<typeof Size>;

/** Who said a quoted passage, and whether the article prints their words in quotation marks. */
export const QuoteAttribution = z.strictObject({
  speaker: z.string().max(LIMITS.titleLength),
  role: z.string().max(LIMITS.titleLength).optional(),
  /** true: the words are printed in quotation marks; false: reported speech. */
  direct: z.boolean(),
});
export type QuoteAttribution = z.infer<typeof QuoteAttribution>;

/**
 * The passage of the source text a node comes from: UTF-16 offsets into `source.text`.
 * `exact` repeats the slice so that a change of the source text can be detected.
 */
export const Anchor = z
  .strictObject({
    start: z.int().min(0),
    end: z.int().min(0),
    exact: z.string().max(LIMITS.sourceText),
  })
  .refine((a) => a.start <= a.end, { message: 'An anchor cannot end before it starts.', path: ['end'] });
export type Anchor = z.infer<typeof Anchor>;

/** One statement in the map: a thesis, a reason for or against a claim, a quote, or a note. */
export const ArgNode = z
  .strictObject({
    id: Id,
    kind: NodeKind,
    text: z.string().max(LIMITS.nodeText),
    position: Position,
    /** The size the node was last drawn at, so large maps render without measuring first. */
    size: Size.optional(),
    quote: QuoteAttribution.optional(),
    anchor: Anchor.optional(),
    notes: z.string().max(LIMITS.notes).optional(),
    tags: z.array(z.string().min(1).max(LIMITS.tagLength)).max(LIMITS.tags).optional(),
    /** A pinned node keeps its position when the map is laid out automatically. */
    pinned: z.boolean().optional(),
    /** Whether the user accepts the statement, how confident they are, and their answers to its critical questions. */
    assessment: Assessment.optional(),
    /** The argumentation scheme of a reason, whose critical questions the assessment answers. Quotes are expert opinion unless told. */
    scheme: SchemeId.optional(),
    /**
     * A folded claim: the reasons that bear on it (and theirs, all the way down) are hidden on the
     * canvas, in presentations and in exports, and the card shows how many nodes its fold hides.
     */
    collapsed: z.boolean().optional(),
  })
  .superRefine((node, ctx) => {
    if (node.kind === 'quote' && !node.quote) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: 'A quote needs a "quote" field naming its speaker.',
      });
    }
    if (node.kind !== 'quote' && node.quote) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: `Only quotes have a "quote" field, not a ${node.kind}.`,
      });
    }
  });
export type ArgNode = z.infer<typeof ArgNode>;

/** A directed link from a reason (`from`) to the claim it bears on (`to`). */
export const ArgEdge = z.strictObject({
  id: Id,
  from: Id,
  to: Id,
  relation: Relation,
});
export type ArgEdge = z.infer<typeof ArgEdge>;

/** One step of a guided tour through the map. */
export const TourStep = z.strictObject({
  id: Id,
  title: z.string().max(LIMITS.titleLength).optional(),
  /** The nodes the audience should look at in this step. */
  focus: z.array(Id).max(LIMITS.nodes),
  /** The nodes shown in this step; when absent, everything revealed so far plus the focus. */
  reveal: z.array(Id).max(LIMITS.nodes).optional(),
  notes: z.string().max(LIMITS.notes).optional(),
  /** The step shows the map's assessment (each node's standing and the verdict), so it can be revealed last. */
  showAssessment: z.boolean().optional(),
});
export type TourStep = z.infer<typeof TourStep>;

/** The text a map analyses, with its bibliographic details. */
export const Source = z.strictObject({
  title: z.string().max(LIMITS.titleLength),
  /** The author, or the authors as one line ("Ana Ruiz and Tom Lee"). */
  author: z.string().max(LIMITS.titleLength).optional(),
  /** The publisher, newspaper, journal or web site that published the article. */
  publisher: z.string().max(LIMITS.titleLength).optional(),
  url: z.string().max(2048).optional(),
  published: z.string().max(LIMITS.titleLength).optional(),
  text: z.string().max(LIMITS.sourceText),
});
export type Source = z.infer<typeof Source>;

/** A whole argument map, as saved in a `*.argmap.json` file. */
export const ArgMap = z.strictObject({
  format: z.literal('argmap'),
  version: z.literal(FORMAT_VERSION),
  title: z.string().max(LIMITS.titleLength),
  source: Source.optional(),
  nodes: z.array(ArgNode).max(LIMITS.nodes),
  edges: z.array(ArgEdge).max(LIMITS.edges),
  tour: z.array(TourStep).max(LIMITS.tourSteps),
});
export type ArgMap = z.infer<typeof ArgMap>;
