import { serializeMap } from '../../src-shared/model/serialize';
import { currentSerial } from '../../src-shared/ops/history';
import { isDirty } from '../store/editorStore';
import type { ActionContext } from './actionContext';

/** Saves to the window's file (asking where, the first time). Resolves to whether the map was saved. */
export async function saveMap(ctx: ActionContext, options: { as?: boolean } = {}): Promise<boolean> {
  const state = ctx.editor.getState();
  // Edits made while the save is under way keep the document dirty: remember what is being written.
  const serial = currentSerial(state.history);
  const text = serializeMap(state.map);
  const result = options.as
    ? await ctx.argmap.file.saveAs({ text, suggestedName: state.map.title })
    : await ctx.argmap.file.save({ text });
  if (result.status === 'saved') ctx.editor.getState().markSaved(serial, result.name);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'The map was not saved', message: result.message });
  return result.status === 'saved';
}

export async function openMap(ctx: ActionContext): Promise<void> {
  const result = await ctx.argmap.file.open();
  if (result.status === 'opened') ctx.editor.getState().load(result.document);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'Could not open the map', message: result.message });
}

/** File → New Map from Article…: main asks for the file, imports it and opens the new map. */
export async function newMapFromArticle(ctx: ActionContext): Promise<void> {
  const result = await ctx.argmap.import.article();
  if (result.status === 'opened') ctx.editor.getState().load(result.document);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'Could not import the article', message: result.message });
}

/** Edit → Paste as New Map: the clipboard's HTML (cleaned like a web page) or text becomes a new map's source. */
export async function pasteAsNewMap(ctx: ActionContext): Promise<void> {
  let text = '';
  let html: string | undefined;
  try {
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
      if (item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
    }
  } catch {
    text = await navigator.clipboard.readText().catch(() => '');
  }
  const result = await ctx.argmap.import.paste({ text, ...(html ? { html } : {}) });
  if (result.status === 'opened') ctx.editor.getState().load(result.document);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'Could not paste as a new map', message: result.message });
}

/** File → Import…: a map in another format (Argdown, AIF, a Markdown outline, JSON Canvas), untitled. */
export async function importMap(ctx: ActionContext): Promise<void> {
  const result = await ctx.argmap.file.import();
  if (result.status === 'opened') ctx.editor.getState().load(result.document);
  if (result.status === 'failed')
    ctx.editor.getState().showNotice({ title: 'Could not import the map', message: result.message });
}

/** Closes the window, first asking what to do with unsaved changes: Save, Don't Save or Cancel. */
export async function closeWindow(ctx: ActionContext): Promise<void> {
  if (isDirty(ctx.editor.getState())) {
    const choice = await ctx.argmap.dialog.confirmClose();
    if (choice === 'cancel') return;
    if (choice === 'save' && !(await saveMap(ctx))) return;
  }
  await ctx.argmap.window.close();
}
