import { compareWithMap } from '../../compare/compareActions';
import { closeWindow, importMap, newMapFromArticle, openMap, saveMap } from '../fileActions';
import type { Bindings } from './types';

export const fileBindings: Bindings<'file'> = {
  'file.new': { run: (ctx) => ctx.argmap.file.new() },
  'file.open': { run: openMap },
  'file.newFromArticle': { run: newMapFromArticle },
  'file.import': { run: importMap },
  'file.save': { run: (ctx) => saveMap(ctx) },
  'file.saveAs': { run: (ctx) => saveMap(ctx, { as: true }) },
  'file.revert': {
    enabled: (ctx) => ctx.editor.getState().hasFile,
    run: (ctx) => ctx.editor.getState().showRevert(true),
  },
  'file.export': { run: (ctx) => ctx.editor.getState().showExport(true) },
  'file.compare': { run: compareWithMap },
  'file.close': { run: closeWindow },
};
