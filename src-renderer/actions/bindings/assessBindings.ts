import { setAssessmentScore, setAssessmentStatus } from '../../../src-shared/ops/assessOps';
import type { ActionContext } from '../actionContext';
import { applyResult } from '../applyResult';
import { selectedNodes } from '../selection';
import type { ActionBinding, Bindings } from './types';

/** The selected nodes that can be assessed: everything but notes. */
const assessable = (ctx: ActionContext) =>
  selectedNodes(ctx.editor.getState()).filter((node) => node.kind !== 'note');

/** Assessing keys act only in Assess mode, so A, X, O and digits stay free everywhere else. */
const inAssessMode = (ctx: ActionContext) => ctx.editor.getState().assessing && assessable(ctx).length > 0;

const status = (next: 'accepted' | 'rejected' | 'open'): ActionBinding => ({
  enabled: inAssessMode,
  run: (ctx) =>
    applyResult(
      ctx,
      setAssessmentStatus(ctx.editor.getState().map, { ids: assessable(ctx).map((n) => n.id), status: next }),
    ),
});

/** Five steps of confidence, 0 to 1: key 1 is 0, key 3 is 0.5, key 5 is 1. */
const score = (step: 1 | 2 | 3 | 4 | 5): ActionBinding => ({
  enabled: inAssessMode,
  run: (ctx) =>
    applyResult(
      ctx,
      setAssessmentScore(ctx.editor.getState().map, {
        ids: assessable(ctx).map((n) => n.id),
        score: (step - 1) / 4,
      }),
    ),
});

export const assessBindings: Bindings<'assess'> = {
  'assess.accept': status('accepted'),
  'assess.reject': status('rejected'),
  'assess.open': status('open'),
  'assess.scoreOne': score(1),
  'assess.scoreTwo': score(2),
  'assess.scoreThree': score(3),
  'assess.scoreFour': score(4),
  'assess.scoreFive': score(5),
};
