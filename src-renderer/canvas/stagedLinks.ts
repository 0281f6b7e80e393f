/**
 * How many links may come into view in one frame. Unfolding a claim with a thousand reasons puts a
 * thousand links in view at once; created in one task, with their paths, hit areas and React Flow's
 * wrappers, they took the main thread for over 200 ms (npm run bench, folding). A batch of 150 cost a
 * frame about 30 ms on the bench's machine, so larger arrivals draw 100 a frame over the next frames
 * while the cards are there at once; every ordinary edit draws at once.
 */
export const LINKS_PER_FRAME = 100;

interface Link {
  id: string;
}

/** Which links the canvas gets now, and whether some wait for a later frame. */
export interface StagedLinks<L extends Link> {
  shown: L[];
  /** The ids in `shown`: the links already given to the canvas. */
  given: ReadonlySet<string>;
  waiting: boolean;
}

/**
 * Gives the canvas every link it already has and at most `perFrame` links that come into view now, in
 * the order given; a new link out of the page (`inView` says which are in it) costs nothing and is
 * given at once. `inView` is asked only when more than `perFrame` links are new; null when the view is
 * not known yet (every link is given).
 */
export function stageLinks<L extends Link>(
  links: L[],
  given: ReadonlySet<string>,
  inView: () => ((link: L) => boolean) | null,
  perFrame = LINKS_PER_FRAME,
): StagedLinks<L> {
  let fresh = 0;
  for (const link of links) if (!given.has(link.id)) fresh++;
  const seen = fresh > perFrame ? inView() : null;
  if (!seen) return { shown: links, given: idsOf(links), waiting: false };
  const shown: L[] = [];
  let admitted = 0;
  let waiting = false;
  for (const link of links) {
    if (given.has(link.id) || !seen(link)) shown.push(link);
    else if (admitted < perFrame) {
      shown.push(link);
      admitted++;
    } else waiting = true;
  }
  return { shown, given: idsOf(shown), waiting };
}

const idsOf = (links: readonly Link[]) => new Set(links.map((link) => link.id));

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
