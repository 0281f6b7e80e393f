import { LIMITS } from '../model/limits';
import type { ArgMap, ArgNode, Relation, TourStep } from '../model/map';
import { structureOf } from '../model/structure';
import { freshId } from '../ops/usedIds';
import { stepTitle } from './stepTitle';

/**
 * How many nodes one step may put in focus before its branch is split: about what a seminar room can
 * read on one screen. The hand-made tour of the showcase map keeps its steps between 4 and 11 nodes.
 */
export const MAX_STEP_FOCUS = 12;

/** A branch of the argument as one step would show it: a node, the reasons shown with it, and its size. */
interface Branch {
  id: string;
  children: Branch[];
  size: number;
}

interface Draft {
  title: string;
  focus: string[];
}

/**
 * A default tour, built from the argument's structure. Each thesis has a step of its own; then come its
 * premises, left to right, then its counterpoints. A premise's step shows it with everything that backs
 * it (quotes and sub-premises, all the way down), so the room sees a claim together with its evidence. A
 * counterpoint's step shows it with its backing and its rebuttals (and theirs), so an objection is never
 * left on screen without the reply. Any other objection gets its own step right after the step that
 * showed its target, while the target is fresh. What counts as backing or objection is the link's
 * relation (supports, opposes), whatever the kind of the node.
 *
 * A branch too large for one screen (more than MAX_STEP_FOCUS nodes) is split: a step with the node and
 * its direct reasons, then a follow-up step for each of those reasons that has reasons of its own.
 *
 * Maps without a thesis are walked from their roots in reading order. Every node of the map is in the
 * focus of some step. Notes are left empty; titles are the first words of the step's node. Deterministic
 * for a given `newId`; ids are unique across the map (the old tour's are free, as this one replaces it).
 */
export function generateTour(map: ArgMap, newId: (prefix: string) => string): TourStep[] {
  const structure = structureOf(map);
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const relations = new Map<string, Relation>();
  for (const edge of map.edges) {
    const link = `${edge.from}\u0000${edge.to}`;
    if (!relations.has(link)) relations.set(link, edge.relation);
  }
  const reasons = (claim: string, relation: Relation) =>
    structure
      .reasonsOf(claim)
      .filter((reason) => byId.has(reason) && relations.get(`${reason}\u0000${claim}`) === relation);

  const shown = new Set<string>();
  const drafts: Draft[] = [];
  const theses = map.nodes.filter((node) => node.kind === 'thesis').length;
  const titleOf = (id: string) => {
    const node = byId.get(id) as ArgNode;
    if (node.kind === 'thesis') return theses === 1 ? 'The thesis' : `Thesis: ${stepTitle(node)}`;
    return stepTitle(node);
  };

  /** The branch under `root`, depth first; objections it does not show are added to `objections`. */
  const gather = (root: string, withRebuttals: boolean, objections: string[]): Branch => {
    const top: Branch = { id: root, children: [], size: 1 };
    const visited: Branch[] = [];
    const stack: Array<{ id: string; parent: Branch | null }> = [{ id: root, parent: null }];
    while (stack.length > 0) {
      const { id, parent } = stack.pop() as { id: string; parent: Branch | null };
      if (shown.has(id)) continue;
      shown.add(id);
      const branch: Branch = parent ? { id, children: [], size: 1 } : top;
      parent?.children.push(branch);
      visited.push(branch);
      // The root of an objection's branch shows its rebuttals; every other objection waits for its own step.
      const rebuttals = withRebuttals && !parent;
      const shownHere = reasons(id, 'supports');
      for (const reason of reasons(id, 'opposes')) (rebuttals ? shownHere : objections).push(reason);
      for (let i = shownHere.length - 1; i >= 0; i--)
        stack.push({ id: shownHere[i] as string, parent: branch });
    }
    for (const branch of visited.toReversed()) for (const child of branch.children) branch.size += child.size;
    return top;
  };

  const emit = (root: Branch) => {
    const stack = [root];
    while (stack.length > 0) {
      const branch = stack.pop() as Branch;
      if (branch.size <= MAX_STEP_FOCUS) {
        drafts.push({ title: titleOf(branch.id), focus: flatten(branch) });
        continue;
      }
      const focus = [branch.id, ...branch.children.map((child) => child.id)];
      drafts.push({ title: titleOf(branch.id), focus });
      for (const child of branch.children.toReversed()) if (child.children.length > 0) stack.push(child);
    }
  };

  /** A node's step, then a step for each objection to what it showed, depth first. */
  const present = (start: string, withRebuttals: boolean) => {
    const stack = [{ id: start, withRebuttals }];
    while (stack.length > 0) {
      const next = stack.pop() as { id: string; withRebuttals: boolean };
      if (shown.has(next.id)) continue;
      const objections: string[] = [];
      emit(gather(next.id, next.withRebuttals, objections));
      for (const id of objections.toReversed()) stack.push({ id, withRebuttals: true });
    }
  };

  for (const id of structure.readingOrder()) {
    if (shown.has(id)) continue;
    if (byId.get(id)?.kind !== 'thesis') {
      present(id, false);
      continue;
    }
    shown.add(id);
    drafts.push({ title: titleOf(id), focus: [id] });
    for (const premise of reasons(id, 'supports')) present(premise, false);
    for (const counterpoint of reasons(id, 'opposes')) present(counterpoint, true);
  }

  const used = new Set([...map.nodes, ...map.edges].map((record) => record.id));
  return withinLimit(drafts).map(({ title, focus }) => ({
    id: freshId('step', used, newId),
    ...(title && { title }),
    focus,
  }));
}

function flatten(root: Branch): string[] {
  const ids: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const branch = stack.pop() as Branch;
    ids.push(branch.id);
    for (const child of branch.children.toReversed()) stack.push(child);
  }
  return ids;
}

/** A tour holds at most LIMITS.tourSteps steps; on a map too large for that, the last step shows the rest. */
function withinLimit(drafts: Draft[]): Draft[] {
  if (drafts.length <= LIMITS.tourSteps) return drafts;
  const kept = drafts.slice(0, LIMITS.tourSteps - 1);
  const rest = drafts.slice(LIMITS.tourSteps - 1).flatMap((draft) => draft.focus);
  return [...kept, { title: 'The rest of the map', focus: [...new Set(rest)] }];
}
