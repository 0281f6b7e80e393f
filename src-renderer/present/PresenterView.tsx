import { ReactFlowProvider } from '@xyflow/react';
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { stepAnnouncement } from '../../src-shared/a11y/names';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import type { PresenterStart } from '../../src-shared/ipc/contract';
import { type PresenterState, presenterCommand, presenterKey } from '../../src-shared/present/presenterState';
import { planPresentation, stepCounter } from '../../src-shared/present/stepPlan';
import { revealBidiControls } from '../../src-shared/text/revealBidiControls';
import { announce } from '../a11y/announcer';
import { LiveRegion } from '../a11y/LiveRegion';
import { EditorProvider } from '../store/EditorContext';
import { createEditorStore } from '../store/editorStore';
import { PresentationCanvas } from './PresentationCanvas';

const time = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
};

/**
 * The presenter's window: the step on the room's screen, the next one, the speaker notes, the time since
 * the start and the clock. Its keys are the room's keys; both windows stay in step through main.
 */
export function PresenterView({ start, argmap }: { start: PresenterStart; argmap: ArgmapApi }) {
  const [store] = useState(() =>
    createEditorStore({ map: start.map, name: start.map.title, hasFile: false }),
  );
  const [state, setLocalState] = useState<PresenterState>(start.state);
  const [ended, setEnded] = useState(false);
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const { map } = start;

  const setState = useCallback(
    (next: PresenterState) => {
      setLocalState(next);
      if (next.ended) void argmap.present.end();
      else void argmap.present.sync({ state: next });
    },
    [argmap],
  );

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const stops = [
      argmap.on('present:state', (snapshot) => setLocalState(snapshot)),
      argmap.on('present:ended', () => setEnded(true)),
    ];
    const onKeyDown = (event: KeyboardEvent) => {
      const next = presenterKey(state, event);
      if (next === state) return;
      event.preventDefault();
      setState(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onKeyDown);
      for (const stop of stops) stop();
    };
  }, [argmap, state, setState]);

  // The same plan as the room's window: made for the room's screen, which it says in its state.
  const [screen] = useState(
    () => start.state.screen ?? { width: window.innerWidth, height: window.innerHeight },
  );
  const plan = planPresentation(map, screen);
  const presented = plan[state.step];
  const tourStep = presented?.tourStep ?? state.step;
  const { overview } = state;
  useEffect(() => {
    announce(stepAnnouncement(map, { step: tourStep, stepCount: map.tour.length, overview }));
  }, [map, tourStep, overview]);

  const step = map.tour[tourStep];
  const followingScreen = plan[state.step + 1];
  const following = followingScreen ? map.tour[followingScreen.tourStep] : undefined;
  const nextState = followingScreen ? { ...state, step: state.step + 1, overview: false, zoom: 1 } : null;
  if (ended) return <p className="presenter-ended">The presentation has ended. You can close this window.</p>;

  return (
    <EditorProvider store={store}>
      <main className="presenter" aria-label="Presenter view">
        <LiveRegion />
        <header className="presenter-bar">
          {/* The window's heading: where the talk is. */}
          <h1 className="presenter-step">{stepCounter(plan, state.step, map.tour.length)}</h1>
          {state.blackout !== 'none' ? (
            <span className="presenter-flag">Screen is {state.blackout}</span>
          ) : null}
          <span className="presenter-timer" role="timer" aria-label="Elapsed time">
            {time(now - startedAt)}
          </span>
          <span className="presenter-clock">
            <span className="visually-hidden">Time now </span>
            {new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          </span>
          <div className="presenter-buttons">
            <button
              type="button"
              className="button"
              aria-label="Previous step"
              onClick={() => setState(presenterCommand(state, { type: 'previous' }))}
            >
              <ChevronLeft size={16} aria-hidden />
            </button>
            <button
              type="button"
              className="button"
              aria-label="Next step"
              onClick={() => setState(presenterCommand(state, { type: 'next' }))}
            >
              <ChevronRight size={16} aria-hidden />
            </button>
            <button
              type="button"
              className="button"
              aria-label="End the presentation"
              onClick={() => setState(presenterCommand(state, { type: 'end' }))}
            >
              <X size={16} aria-hidden /> End
            </button>
          </div>
        </header>
        <section className="presenter-current" aria-label="Current step">
          <h2>{revealBidiControls(step?.title ?? `Step ${tourStep + 1}`)}</h2>
          <ReactFlowProvider>
            <PresentationCanvas
              map={map}
              state={state}
              presented={presented}
              showAll={false}
              onPickNode={() => {}}
            />
          </ReactFlowProvider>
        </section>
        <section className="presenter-next" aria-label="Next step">
          <h2>
            {following
              ? `Next: ${revealBidiControls(following.title ?? stepCounter(plan, state.step + 1, map.tour.length))}`
              : 'This is the last step'}
          </h2>
          {nextState ? (
            <ReactFlowProvider>
              <PresentationCanvas
                map={map}
                state={nextState}
                presented={followingScreen}
                showAll={false}
                onPickNode={() => {}}
              />
            </ReactFlowProvider>
          ) : null}
        </section>
        <section className="presenter-notes" aria-label="Speaker notes">
          <h2>Notes</h2>
          <p>{revealBidiControls(step?.notes || 'No notes for this step.')}</p>
        </section>
      </main>
    </EditorProvider>
  );
}
