import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../src-shared/export/exportOptions';
import type { ExportTheme } from '../../src-shared/export/palette';
import type { SaveResult, TextExportFormat } from '../../src-shared/ipc/contract';
import { serializeMap } from '../../src-shared/model/serialize';
import type { EditorStoreState } from '../store/editorStore';
import type { ActionContext } from './actionContext';

/** The export theme that looks like the window: its theme, or the projector theme when that is on. */
export function windowExportTheme(state: Pick<EditorStoreState, 'theme' | 'projector'>): ExportTheme {
  return state.projector ? 'projector' : state.theme;
}

/**
 * Runs an export that main draws and writes (after asking where), showing its progress while it runs;
 * main reports progress once the user has picked the file.
 */
async function runExport(ctx: ActionContext, start: () => Promise<SaveResult>): Promise<void> {
  const editor = ctx.editor;
  const stop = ctx.argmap.on('export:progress', (job) => editor.getState().setExportJob(job));
  let result: SaveResult;
  try {
    result = await start();
  } finally {
    stop();
    editor.getState().setExportJob(null);
  }
  if (result.status === 'saved') editor.getState().showFlash(`Exported ${result.name}.`);
  if (result.status === 'failed') {
    editor.getState().showNotice({ title: 'The map was not exported', message: result.message });
  }
}

/** Exports the map (as it stands, unsaved edits included) with the export dialog's options. */
export function saveExport(ctx: ActionContext, options: ExportOptions): Promise<void> {
  const text = serializeMap(ctx.editor.getState().map);
  return runExport(ctx, () => ctx.argmap.export.save({ text, options }));
}

/** Writes the map as Argdown, AIF, a Markdown outline or JSON Canvas, where the user says. */
export function saveTextExport(ctx: ActionContext, format: TextExportFormat): Promise<void> {
  const text = serializeMap(ctx.editor.getState().map);
  return runExport(ctx, () => ctx.argmap.export.saveText({ text, format }));
}

/** The tour as a PDF handout, one page per step. */
export function exportHandout(ctx: ActionContext): Promise<void> {
  const { map, theme } = ctx.editor.getState();
  return runExport(ctx, () => ctx.argmap.export.handout({ text: serializeMap(map), theme }));
}

/** Stops the export that is running; main writes nothing. */
export function cancelExport(ctx: ActionContext): void {
  void ctx.argmap.export.cancel();
}

/** What a copy shows: the selected nodes (with the links among them), or the whole map when none is selected. */
function copyOptions(state: EditorStoreState, format: 'png' | 'svg'): ExportOptions {
  const ids = state.map.nodes.filter((node) => state.selectedIds.has(node.id)).map((node) => node.id);
  return {
    ...DEFAULT_EXPORT_OPTIONS,
    format,
    subject: ids.length > 0 ? { kind: 'nodes', ids } : { kind: 'map' },
    theme: windowExportTheme(state),
    embedMap: false,
  };
}

function describeCopy(options: ExportOptions): string {
  if (options.subject.kind !== 'nodes') return 'the map';
  const count = options.subject.ids.length;
  return count === 1 ? '1 node' : `${count} nodes`;
}

/**
 * Asks main to draw the selection (or the map) in the window's theme and put it on the system
 * clipboard (main writes it: Electron lets no page write images there), and says what was copied;
 * a drawing main refuses is reported instead.
 */
async function copyExport(ctx: ActionContext, format: 'png' | 'svg', as: string): Promise<void> {
  const state = ctx.editor.getState();
  const options = copyOptions(state, format);
  const copied = await ctx.argmap.export.copy({ text: serializeMap(state.map), options });
  if (copied.status === 'failed') {
    state.showNotice({ title: 'Nothing was copied', message: copied.message });
    return;
  }
  ctx.editor.getState().showFlash(`Copied ${describeCopy(options)} as ${as}.`);
}

/** Puts the selection (or the map) on the clipboard as a PNG at 2×, ready to paste into slides. */
export function copyAsPng(ctx: ActionContext): Promise<void> {
  return copyExport(ctx, 'png', 'an image');
}

/** Puts the selection (or the map) on the clipboard as SVG. */
export function copyAsSvg(ctx: ActionContext): Promise<void> {
  return copyExport(ctx, 'svg', 'SVG');
}
