import {
  LARGEST_INTERFACE,
  nextInterfaceSize,
  SMALLEST_INTERFACE,
} from '../../../src-shared/view/interfaceSize';
import { cycleRegion } from '../../a11y/regions';
import { cameraState, wholeMapViewport } from '../../canvas/camera';
import { changeInterfaceSize } from '../../chrome/interfaceSize';
import type { ActionContext } from '../actionContext';
import { selectedNodes } from '../selection';
import type { Bindings } from './types';

const ZOOM = { duration: 200 };
const camera = (ctx: ActionContext) => cameraState(ctx.canvas.getState());
const size = (ctx: ActionContext) => ctx.editor.getState().interfaceSize;

export const viewBindings: Bindings<'view'> = {
  'view.palette': { run: (ctx) => ctx.editor.getState().showPalette(true) },
  'view.toggleSource': {
    enabled: (ctx) => ctx.editor.getState().map.source !== undefined,
    run: (ctx) => ctx.editor.getState().toggleSource(),
  },
  'view.zoomIn': { enabled: (ctx) => camera(ctx).canZoomIn, run: (ctx) => ctx.flow.zoomIn(ZOOM) },
  'view.zoomOut': { enabled: (ctx) => camera(ctx).canZoomOut, run: (ctx) => ctx.flow.zoomOut(ZOOM) },
  'view.actualSize': { enabled: (ctx) => camera(ctx).canActualSize, run: (ctx) => ctx.flow.zoomTo(1, ZOOM) },
  'view.fit': {
    enabled: (ctx) => camera(ctx).canFit,
    run: (ctx) => {
      const whole = wholeMapViewport(ctx.canvas.getState());
      if (whole) return ctx.flow.setViewport(whole, ZOOM);
    },
  },
  'view.zoomSelection': {
    enabled: (ctx) => selectedNodes(ctx.editor.getState()).length > 0,
    run: (ctx) => {
      const nodes = selectedNodes(ctx.editor.getState()).map((node) => ({ id: node.id }));
      return ctx.flow.fitView({ ...ZOOM, nodes, padding: 0.25, maxZoom: 1.5 });
    },
  },
  'view.nextRegion': { run: () => cycleRegion(1) },
  'view.previousRegion': { run: () => cycleRegion(-1) },
  'view.snap': { run: (ctx) => ctx.editor.getState().toggleSnap() },
  'view.toggleOutline': { run: (ctx) => ctx.editor.getState().toggleOutline() },
  'view.compareSide': {
    enabled: (ctx) => ctx.editor.getState().comparison !== null,
    run: (ctx) => ctx.editor.getState().showComparisonSide(!ctx.editor.getState().comparisonSide),
  },
  'view.toggleTour': { run: (ctx) => ctx.editor.getState().toggleTour() },
  'view.projector': { run: (ctx) => ctx.editor.getState().toggleProjector() },
  'view.assess': { run: (ctx) => ctx.editor.getState().toggleAssess() },
  'view.largerInterface': {
    enabled: (ctx) => size(ctx) < LARGEST_INTERFACE,
    run: (ctx) => changeInterfaceSize(ctx, nextInterfaceSize(size(ctx), 1)),
  },
  'view.smallerInterface': {
    enabled: (ctx) => size(ctx) > SMALLEST_INTERFACE,
    run: (ctx) => changeInterfaceSize(ctx, nextInterfaceSize(size(ctx), -1)),
  },
  'view.actualInterface': { enabled: (ctx) => size(ctx) !== 1, run: (ctx) => changeInterfaceSize(ctx, 1) },
  'view.theme': {
    run: (ctx) => ctx.editor.getState().setTheme(ctx.editor.getState().theme === 'dark' ? 'light' : 'dark'),
  },
};
