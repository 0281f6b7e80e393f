import type { ActionContext } from '../actions/actionContext';

/** File → Compare With…: the window's map is the reference; the chosen map is read by main and compared here. */
export async function compareWithMap(ctx: ActionContext): Promise<void> {
  const result = await ctx.argmap.compare.chooseMap();
  const state = ctx.editor.getState();
  if (result.status === 'opened') state.showComparison({ name: result.name, other: result.map });
  else if (result.status === 'failed')
    state.showNotice({ title: 'Could not compare', message: result.message });
}
