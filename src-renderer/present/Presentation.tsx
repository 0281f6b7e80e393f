import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { stepAnnouncement } from '../../src-shared/a11y/names';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import { serializeMap } from '../../src-shared/model/serialize';
import { type PresenterState, presenterCommand, presenterKey } from '../../src-shared/present/presenterState';
import { planPresentation, presentationStart, stepCounter } from '../../src-shared/present/stepPlan';
import { revealBidiControls } from '../../src-shared/text/revealBidiControls';
import { announce } from '../a11y/announcer';
import { LiveRegion } from '../a11y/LiveRegion';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { LaserPointer } from './LaserPointer';
import { PresentationCanvas } from './PresentationCanvas';
import { PresenterHelp } from './PresenterHelp';

/**
 * Presenting a map's tour: full screen, the editing chrome gone, the document read-only. Leaving returns to
 * the editor exactly as it was, since the editor stays mounted beneath and this view has its own camera.
 */
export function Presentation({ argmap }: { argmap: ArgmapApi }) {
  const presenting = useEditor((state) => state.presenting);
  if (!presenting) return null;
  return (
    <ReactFlowProvider>
      <PresentationView
        startAt={presenting.startAt}
        presenterView={presenting.presenterView}
        argmap={argmap}
      />
    </ReactFlowProvider>
  );
}

function PresentationView({
  startAt,
  presenterView,
  argmap,
}: {
  startAt: number;
  presenterView: boolean;
  argmap: ArgmapApi;
}) {
  const store = useEditorStore();
  const map = useEditor((state) => state.map);
  // Steps too large to read on this screen are laid out on their own or split into parts (3a, 3b, …),
  // planned once for the screen the presentation starts on.
  const [screen] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const plan = planPresentation(map, screen);
  const [state, setLocalState] = useState<PresenterState>(() => presentationStart(plan, startAt, screen));
  // A change made here is told to the presenter's window (if one is open); changes made there arrive as events.
  const setState = useCallback(
    (next: PresenterState) => {
      setLocalState(next);
      void argmap.present.sync({ state: next });
    },
    [argmap],
  );

  // The presenter's window opens once, when the presentation starts, from its first state.
  const [opening] = useState(() => ({ presenterView, state }));
  useEffect(() => {
    if (opening.presenterView)
      void argmap.present.openPresenter({ text: serializeMap(store.getState().map), state: opening.state });
  }, [opening, argmap, store]);
  const [progressShown, setProgressShown] = useState(true);
  // A: show what is not yet revealed, dimmed (for questions that run ahead of the tour).
  const [showAll, setShowAll] = useState(false);
  // ?: the keys, listed from the same table the presentation reads them from.
  const [helpShown, setHelpShown] = useState(false);
  const presented = plan[state.step];
  const tourStep = presented?.tourStep ?? state.step;
  const { part = 0, parts = 1 } = presented ?? {};
  const step = map.tour[tourStep];
  const { overview } = state;
  useEffect(() => {
    const where = stepAnnouncement(map, { step: tourStep, stepCount: map.tour.length, overview });
    announce(parts > 1 && !overview ? `${where} Part ${part + 1} of ${parts}.` : where);
  }, [map, tourStep, part, parts, overview]);
  // The presentation takes focus (keys and screen readers stay with it); leaving gives it back.
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus({ preventScroll: true });
    return () => before?.focus({ preventScroll: true });
  }, []);

  /** Back to the editor, on the step the talk reached; the presenter's window is told unless it ended the talk. */
  const finish = useCallback(
    (tellPartner: boolean) => {
      store.getState().selectTourStep(tourStep);
      store.getState().stopPresenting();
      if (tellPartner) void argmap.present.end();
      void argmap.window.setFullScreen({ on: false });
    },
    [store, tourStep, argmap],
  );
  const leave = useCallback(() => finish(true), [finish]);

  useEffect(() => {
    const stops = [
      argmap.on('present:state', (snapshot) => (snapshot.ended ? leave() : setLocalState(snapshot))),
      argmap.on('present:ended', () => finish(false)),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [argmap, leave, finish]);

  useEffect(() => {
    // Main puts the window in full screen (Electron denies a page's requestFullscreen).
    void argmap.window.setFullScreen({ on: true });
  }, [argmap]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      // A modal presentation keeps focus: Tab must not wander into the editor hidden beneath.
      if (event.key === 'Tab') {
        event.preventDefault();
        return;
      }
      if (plain && (event.key === 'h' || event.key === 'H')) {
        setProgressShown((shown) => !shown);
        return;
      }
      if (plain && (event.key === 'a' || event.key === 'A')) {
        setShowAll((all) => !all);
        return;
      }
      if (plain && event.key === '?') {
        setHelpShown((shown) => !shown);
        return;
      }
      const next = presenterKey(state, event);
      if (next === state) return;
      event.preventDefault();
      event.stopPropagation();
      if (next.ended) leave();
      else setState(next);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [state, leave, setState]);

  const jumpToNode = (id: string) => {
    const index = plan.findIndex((candidate) => candidate.focus.includes(id));
    if (index >= 0) setState(presenterCommand(state, { type: 'jump', step: index }));
  };

  return (
    <div
      className={`presentation${state.laser ? ' is-laser' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      tabIndex={-1}
      ref={dialog}
    >
      <LiveRegion />
      <PresentationCanvas
        map={map}
        state={state}
        presented={presented}
        showAll={showAll}
        onPickNode={jumpToNode}
      />
      {step?.title && !state.overview ? (
        <h1 className="presentation-title">{revealBidiControls(step.title)}</h1>
      ) : null}
      {progressShown ? (
        <div className="presentation-progress">
          {state.overview
            ? 'Overview: click a node to go to its step'
            : stepCounter(plan, state.step, map.tour.length)}
          {state.typedNumber ? <span className="presentation-typed">Go to {state.typedNumber}…</span> : null}
        </div>
      ) : null}
      {state.blackout !== 'none' ? (
        <div
          className={`presentation-blackout is-${state.blackout}`}
          role="img"
          aria-label={`${state.blackout === 'black' ? 'Black' : 'White'} screen`}
        />
      ) : null}
      {state.laser ? <LaserPointer /> : null}
      {helpShown ? <PresenterHelp /> : null}
    </div>
  );
}
