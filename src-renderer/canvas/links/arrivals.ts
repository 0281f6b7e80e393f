/**
 * How many links may come into view with the change that brings them. More, and the change draws its
 * cards first and the links follow in the next steps: unfolding a claim with a thousand reasons put a
 * thousand links in the same task as the unfold, 65–87 ms the first time in a page (npm run bench,
 * folding); apart, neither task takes 50 ms. Every ordinary edit draws its links at once.
 */
export const ARRIVING_AT_ONCE = 100;

/** How many links may come into view in each step after that. */
export const ARRIVING_LINKS_PER_STEP = 1000;

/** How many new links a render may draw: all when no more than `atOnce`, else the first `perStep`. */
export interface Admission {
  atOnce: number;
  perStep: number;
}

/** Which links are drawn now, and whether some wait for a later step. */
export interface Arrivals<L extends { id: string }> {
  shown: L[];
  /** The ids in `shown`: the links drawn. */
  drawn: ReadonlySet<string>;
  waiting: boolean;
}

/** Before the first render: nothing drawn. */
export const NOTHING_DRAWN: Arrivals<never> = { shown: [], drawn: new Set(), waiting: false };

/**
 * Draws every link already drawn and, of the others, all when they are few enough, else the first of
 * them that `admission` allows, in the order given; the rest wait for a later step.
 */
export function admitLinks<L extends { id: string }>(
  links: L[],
  drawn: ReadonlySet<string>,
  { atOnce, perStep }: Admission,
): Arrivals<L> {
  let fresh = 0;
  for (const link of links) if (!drawn.has(link.id)) fresh++;
  if (fresh <= atOnce) return { shown: links, drawn: idsOf(links), waiting: false };
  const shown: L[] = [];
  let admitted = 0;
  for (const link of links) {
    if (drawn.has(link.id)) shown.push(link);
    else if (admitted < perStep) {
      shown.push(link);
      admitted++;
    }
  }
  return { shown, drawn: idsOf(shown), waiting: true };
}

const idsOf = (links: readonly { id: string }[]) => new Set(links.map((link) => link.id));
