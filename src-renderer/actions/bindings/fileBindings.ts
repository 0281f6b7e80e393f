import { exportPng, exportSvg } from '../exportActions';
import { closeWindow, openMap, saveMap } from '../fileActions';
import type { Bindings } from './types';

export const fileBindings: Bindings<'file'> = {
  'file.new': { run: (ctx) => ctx.argmap.file.new() },
  'file.open': { run: openMap },
  'file.save': { run: (ctx) => saveMap(ctx) },
  'file.saveAs': { run: (ctx) => saveMap(ctx, { as: true }) },
  'file.exportSvg': { run: exportSvg },
  'file.exportPng': { run: exportPng },
  'file.close': { run: closeWindow },
};
