import { type Link, reasonsByClaim } from './graph';

function reach(
  starts: Iterable<string>,
  reasons: ReadonlyMap<string, string[]>,
  avoid?: string,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts].filter((id) => id !== avoid);
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    for (const reason of reasons.get(id) ?? []) if (reason !== avoid && !seen.has(reason)) stack.push(reason);
  }
  return seen;
}

/**
 * For each unpinned node that can be reached from the top of the map only through a pinned claim, that
 * claim (the nearest one, when pinned claims are nested). Such nodes move along with the claim, so a
 * pinned claim keeps its own reasons beneath it.
 */
export function followersOfPinned(
  ids: readonly string[],
  links: readonly Link[],
  pinned: ReadonlySet<string>,
): Map<string, string> {
  const owner = new Map<string, string>();
  // Two walks of the graph per pinned claim: fine for the few nodes people pin, and nothing when all are.
  if (pinned.size === 0 || pinned.size === ids.length || links.length === 0) return owner;
  const { reasons, isReason } = reasonsByClaim(links);
  const tops = ids.filter((id) => !isReason.has(id));
  const ownedCount = new Map<string, number>();
  for (const claim of ids) {
    if (!pinned.has(claim) || !reasons.has(claim)) continue;
    const elsewhere = reach(tops, reasons, claim);
    const owned = [...reach([claim], reasons)].filter(
      (id) => id !== claim && !pinned.has(id) && !elsewhere.has(id),
    );
    for (const id of owned) {
      const current = owner.get(id);
      // Nested pinned claims own nested sets: the smaller set belongs to the nearer claim.
      if (current === undefined || owned.length < (ownedCount.get(current) as number)) owner.set(id, claim);
    }
    ownedCount.set(claim, owned.length);
  }
  return owner;
}
