import { linkName } from '../../src-shared/a11y/names';
import type { ArgEdge, ArgMap } from '../../src-shared/model/map';
import { structureOf } from '../../src-shared/model/structure';
import { announce } from '../a11y/announcer';
import type { ActionContext } from './actionContext';
import { soleSelectedEdge, soleSelectedNode } from './selection';

/** The node whose links L is stepping through: a link belongs to two nodes, so the walk remembers which. */
let walkingFrom: string | null = null;

/** A node's links as L takes them: to the claims it bears on, then from its reasons, left to right. */
export function linksOf(map: ArgMap, nodeId: string): ArgEdge[] {
  const structure = structureOf(map);
  const touching = map.edges.filter((edge) => edge.from === nodeId || edge.to === nodeId);
  const rank = (edge: ArgEdge) =>
    edge.from === nodeId
      ? structure.claimsOf(nodeId).indexOf(edge.to)
      : 1_000_000 + structure.reasonsOf(nodeId).indexOf(edge.from);
  return touching.sort((a, b) => rank(a) - rank(b));
}

function walk(ctx: Pick<ActionContext, 'editor'>): { node: string; links: ArgEdge[]; at: number } | null {
  const state = ctx.editor.getState();
  const node = soleSelectedNode(state);
  if (node) return { node: node.id, links: linksOf(state.map, node.id), at: -1 };
  const edge = soleSelectedEdge(state);
  if (!edge) return null;
  const from = walkingFrom === edge.from || walkingFrom === edge.to ? walkingFrom : edge.from;
  const links = linksOf(state.map, from);
  return { node: from, links, at: links.findIndex((link) => link.id === edge.id) };
}

export const nextLink = {
  enabled: (ctx: Pick<ActionContext, 'editor'>) => (walk(ctx)?.links.length ?? 0) > 0,
  /** Selects the node's next link (focus follows); after the last, the first again. */
  run: (ctx: Pick<ActionContext, 'editor'>) => {
    const current = walk(ctx);
    if (!current || current.links.length === 0) return;
    const at = (current.at + 1) % current.links.length;
    const link = current.links[at] as ArgEdge;
    walkingFrom = current.node;
    const state = ctx.editor.getState();
    state.select([link.id]);
    const byId = (id: string) => state.map.nodes.find((node) => node.id === id);
    announce(`Link ${at + 1} of ${current.links.length}: ${linkName(link, byId(link.from), byId(link.to))}`);
  },
};
