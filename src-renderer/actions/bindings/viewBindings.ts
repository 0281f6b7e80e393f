import { selectedNodes } from '../selection';
import type { Bindings } from './types';

const ZOOM = { duration: 200 };

export const viewBindings: Bindings<'view'> = {
  'view.palette': { run: (ctx) => ctx.editor.getState().showPalette(true) },
  'view.toggleSource': {
    enabled: (ctx) => ctx.editor.getState().map.source !== undefined,
    run: (ctx) => ctx.editor.getState().toggleSource(),
  },
  'view.zoomIn': { run: (ctx) => ctx.flow.zoomIn(ZOOM) },
  'view.zoomOut': { run: (ctx) => ctx.flow.zoomOut(ZOOM) },
  'view.actualSize': { run: (ctx) => ctx.flow.zoomTo(1, ZOOM) },
  'view.fit': { run: (ctx) => ctx.flow.fitView({ ...ZOOM, padding: 0.12 }) },
  'view.zoomSelection': {
    enabled: (ctx) => selectedNodes(ctx.editor.getState()).length > 0,
    run: (ctx) => {
      const nodes = selectedNodes(ctx.editor.getState()).map((node) => ({ id: node.id }));
      return ctx.flow.fitView({ ...ZOOM, nodes, padding: 0.25, maxZoom: 1.5 });
    },
  },
  'view.snap': { run: (ctx) => ctx.editor.getState().toggleSnap() },
  'view.toggleOutline': { run: (ctx) => ctx.editor.getState().toggleOutline() },
  'view.toggleTour': { run: (ctx) => ctx.editor.getState().toggleTour() },
  'view.projector': { run: (ctx) => ctx.editor.getState().toggleProjector() },
  'view.theme': {
    run: (ctx) => ctx.editor.getState().setTheme(ctx.editor.getState().theme === 'dark' ? 'light' : 'dark'),
  },
};
