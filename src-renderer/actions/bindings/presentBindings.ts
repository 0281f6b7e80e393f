import { newId } from '../../../src-shared/model/ids';
import { addTourStep, replaceTour } from '../../../src-shared/ops/tourOps';
import { generateTour } from '../../../src-shared/tour/generateTour';
import type { ActionContext } from '../actionContext';
import { applyResult } from '../applyResult';
import { exportHandout } from '../exportActions';
import { selectedNodes } from '../selection';
import type { Bindings } from './types';

const hasTour = (ctx: ActionContext) => ctx.editor.getState().map.tour.length > 0;

export const presentBindings: Bindings<'present'> = {
  'present.start': { enabled: hasTour, run: (ctx) => ctx.editor.getState().startPresenting(0) },
  'present.current': {
    enabled: hasTour,
    run: (ctx) => {
      const { tourStep, map, startPresenting } = ctx.editor.getState();
      startPresenting(Math.min(tourStep, map.tour.length - 1));
    },
  },
  'present.handout': { enabled: hasTour, run: exportHandout },
  'present.withPresenterView': {
    enabled: hasTour,
    run: (ctx) => {
      const { tourStep, map, startPresenting } = ctx.editor.getState();
      startPresenting(Math.min(tourStep, map.tour.length - 1), true);
    },
  },
};

export const tourBindings: Bindings<'tour'> = {
  'tour.addStep': {
    enabled: (ctx) => selectedNodes(ctx.editor.getState()).length > 0,
    run: (ctx) => {
      const state = ctx.editor.getState();
      const focus = selectedNodes(state).map((node) => node.id);
      const index = Math.min(state.tourStep + 1, state.map.tour.length);
      if (applyResult(ctx, addTourStep(state.map, { step: { id: newId('step'), focus }, index }))) {
        const next = ctx.editor.getState();
        next.selectTourStep(index);
        if (!next.tourVisible) next.toggleTour();
      }
    },
  },
  'tour.generate': {
    run: (ctx) => {
      const state = ctx.editor.getState();
      if (applyResult(ctx, replaceTour(state.map, { steps: generateTour(state.map, newId) }))) {
        const next = ctx.editor.getState();
        next.selectTourStep(0);
        if (!next.tourVisible) next.toggleTour();
        next.showFlash(`The tour has ${next.map.tour.length} steps; undo brings back the previous one.`);
      }
    },
  },
};
