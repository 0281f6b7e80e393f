/**
 * How many links may come into view in one step. Unfolding a claim with a thousand reasons puts a
 * thousand links in view at once; created in one task, with their paths, hit areas and React Flow's
 * wrappers, they took the main thread for over 200 ms (npm run bench, folding). Larger arrivals come
 * 100 a step over the next steps while the cards are there at once; every ordinary edit draws at once.
 */
export const ARRIVING_LINKS_PER_STEP = 100;

/**
 * How many links may leave the page in one step. Folding a claim with a thousand reasons took its
 * thousand links and cards out in one task, 50 to 95 ms the first time in a page: React Flow told every
 * link that its cards had gone, then took each link's wrapper, paths and listeners apart. Larger
 * departures take 350 a step, the cards staying as they are until their last link has gone.
 */
export const LEAVING_LINKS_PER_STEP = 350;

interface Link {
  id: string;
}

/** Which links the canvas gets now, and whether some wait for a later step. */
export interface StagedLinks<L extends Link> {
  shown: L[];
  /** The ids in `shown`: the links already given to the canvas. */
  given: ReadonlySet<string>;
  waiting: boolean;
}

/**
 * Gives the canvas every link it already has and at most `perStep` links that come into view now, in
 * the order given; a new link out of the page (`inView` says which are in it) costs nothing and is
 * given at once. `inView` is asked only when more than `perStep` links are new; null when the view is
 * not known yet (every link is given).
 */
export function stageLinks<L extends Link>(
  links: L[],
  given: ReadonlySet<string>,
  inView: () => ((link: L) => boolean) | null,
  perStep = ARRIVING_LINKS_PER_STEP,
): StagedLinks<L> {
  let fresh = 0;
  for (const link of links) if (!given.has(link.id)) fresh++;
  const seen = fresh > perStep ? inView() : null;
  if (!seen) return { shown: links, given: idsOf(links), waiting: false };
  const shown: L[] = [];
  let admitted = 0;
  let waiting = false;
  for (const link of links) {
    if (given.has(link.id) || !seen(link)) shown.push(link);
    else if (admitted < perStep) {
      shown.push(link);
      admitted++;
    } else waiting = true;
  }
  return { shown, given: idsOf(shown), waiting };
}

const idsOf = (links: readonly Link[]) => new Set(links.map((link) => link.id));

/** The links of `before` that are not in `links`, in the order they were drawn. */
function linksLeaving<L extends Link>(links: readonly L[], before: readonly L[]): L[] {
  if (before.length === 0) return [];
  const now = idsOf(links);
  return before.filter((link) => !now.has(link.id));
}

interface Joined extends Link {
  source: string;
  target: string;
}

/** The cards of `before` that are not among `nodes` and that one of `held` joins. */
function endsOf<N extends Link>(nodes: readonly N[], before: readonly N[], held: readonly Joined[]): N[] {
  if (held.length === 0) return [];
  const present = idsOf(nodes);
  const ends = new Set<string>();
  for (const link of held) {
    if (!present.has(link.source)) ends.add(link.source);
    if (!present.has(link.target)) ends.add(link.target);
  }
  return ends.size === 0 ? [] : before.filter((node) => ends.has(node.id));
}

/** What the canvas was given in a step, and what it was asked to draw. */
export interface Step<L extends Joined, N extends Link> extends StagedLinks<L> {
  /** The cards it gets: those asked for, then those kept. */
  nodes: N[];
  /** The cards it was asked to draw. */
  asked: N[];
  /** Cards no longer asked for, kept while the links that join them leave. */
  kept: N[];
  /** Whether links are leaving over the steps. */
  leaving: boolean;
}

/** The step before the first: nothing given yet. */
export function nothingGiven<L extends Joined, N extends Link>(): Step<L, N> {
  return { shown: [], given: new Set(), waiting: false, nodes: [], asked: [], kept: [], leaving: false };
}

/** How many links may arrive and leave in this step (none in a second render of the same step). */
export interface StepBudget {
  arriving: number;
  leaving: number;
}

/**
 * The cards and links the canvas gets in this step, given what it got in the last. Links that come into
 * view arrive `budget.arriving` a step (see stageLinks). When more than `budget.leaving` links leave:
 * the first step shows only the change to the cards that stay (a folded claim's badge), the links then
 * leave `budget.leaving` a step, and the cards they joined, kept as they were, leave in the step after
 * the last of them. Every list of cards given again costs React Flow a pass over every link it draws,
 * so while nothing else changes the cards are the same list from step to step.
 */
export function nextStep<L extends Joined, N extends Link>(
  links: L[],
  nodes: N[],
  before: Step<L, N>,
  inView: () => ((link: L) => boolean) | null,
  budget: StepBudget,
): Step<L, N> {
  if (!before.waiting && sameLinks(before.shown, links))
    return { ...before, shown: links, nodes, asked: nodes, kept: [], leaving: false };
  const arriving = stageLinks(links, before.given, inView, budget.arriving);
  // Beyond the budget, links wait: all of them in the step a departure starts, then all but a batch.
  const leaving = linksLeaving(links, before.shown);
  const starts = !before.leaving && leaving.length > budget.leaving;
  const held = starts ? leaving : leaving.slice(budget.leaving);
  // The cards asked for, then those kept: the very list given before while neither changed.
  const withKept = (kept: N[]) =>
    kept.length === 0
      ? { kept, nodes }
      : { kept, nodes: before.asked === nodes && kept === before.kept ? before.nodes : [...nodes, ...kept] };
  if (held.length > 0)
    return {
      shown: [...held, ...arriving.shown],
      given: new Set([...arriving.given, ...held.map((link) => link.id)]),
      waiting: true,
      asked: nodes,
      ...withKept(keptWhileLeaving(nodes, before, held)),
      leaving: true,
    };
  if (before.leaving && before.kept.length > 0)
    return {
      ...arriving,
      waiting: true,
      asked: nodes,
      ...withKept(stillKept(before, nodes)),
      leaving: false,
    };
  return { ...arriving, nodes, asked: nodes, kept: [], leaving: false };
}

/** The cards kept while `held` links leave: every card one of them joins that is no longer asked for. */
function keptWhileLeaving<L extends Joined, N extends Link>(
  nodes: N[],
  before: Step<L, N>,
  held: readonly L[],
): N[] {
  if (!before.leaving) return endsOf(nodes, before.nodes, held);
  if (before.asked === nodes) return before.kept;
  // The cards asked for changed while links leave (the claim measured again, another claim folded).
  const kept = stillKept(before, nodes);
  const keptIds = idsOf(kept);
  const more = endsOf(nodes, before.nodes, held).filter((card) => !keptIds.has(card.id));
  return more.length === 0 ? kept : [...kept, ...more];
}

/** The cards kept before that are still not asked for (a claim unfolded at once asks for them again). */
function stillKept<N extends Link>(before: Step<Joined, N>, nodes: N[]): N[] {
  return before.asked === nodes ? before.kept : withoutAny(before.kept, nodes);
}

/** `cards` without those among `nodes`: the same list when none is. */
function withoutAny<N extends Link>(cards: N[], nodes: readonly N[]): N[] {
  if (cards.length === 0) return cards;
  const present = idsOf(nodes);
  return cards.some((card) => present.has(card.id)) ? cards.filter((card) => !present.has(card.id)) : cards;
}

/** Whether two lists hold the same links in the same order (only their drawing may differ). */
export function sameLinks(a: readonly Link[], b: readonly Link[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.id !== b[i]?.id) return false;
  return true;
}

/** A rectangle of the map, in map units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Whether a link between two cards may be in view: the box around both cards overlaps the view, as
 * React Flow decides which links to leave out of the page.
 */
export function linkMayShow(source: Box, target: Box, view: Box): boolean {
  const left = Math.min(source.x, target.x);
  const top = Math.min(source.y, target.y);
  const right = Math.max(source.x + source.width, target.x + target.width);
  const bottom = Math.max(source.y + source.height, target.y + target.height);
  return left < view.x + view.width && right > view.x && top < view.y + view.height && bottom > view.y;
}
