import {
  initialPresenterState,
  type PresenterCommand,
  type PresenterState,
  presenterCommand,
  presenterKey,
} from '../../../../src-shared/present/presenterState';
import type { PageStep } from '../../../../src-shared/share/pageData';
import { button, el } from './dom';

/** What the page does as the tour moves: show a step (or the whole map for the overview), or stop. */
export interface TourStage {
  showStep(step: PageStep, zoom: number): void;
  showOverview(): void;
  stopped(): void;
}

const HINT = '→ / Space next · ← previous · Home / End · O overview · B black · Esc back to exploring';

/**
 * The tour as Argmap presents it, with the presenting keys and their reducer from src-shared: a step
 * counter, the step's title and notes (which can be hidden), an overview of the steps, and a blackout.
 */
export class TourPlayer {
  readonly element: HTMLElement;
  readonly blackout: HTMLElement;
  state: PresenterState;
  #notesShown = true;
  readonly #counter = el('span', { class: 'tour-counter', attrs: { 'aria-live': 'polite' } });
  readonly #title = el('h2', { class: 'tour-title' });
  readonly #notes = el('p', { class: 'tour-notes' });
  readonly #list = el('ol', { class: 'tour-list' });
  readonly #notesButton: HTMLButtonElement;

  constructor(
    readonly steps: readonly PageStep[],
    readonly stage: TourStage,
  ) {
    this.state = { ...initialPresenterState(steps.length), ended: true };
    this.#notesButton = button('Hide notes', () => this.toggleNotes(), { 'aria-pressed': 'true' });
    const controls = el(
      'div',
      { class: 'tour-controls' },
      button('← Previous', () => this.command({ type: 'previous' })),
      this.#counter,
      button('Next →', () => this.command({ type: 'next' })),
      this.#notesButton,
      button('Overview', () => this.key('o')),
      button('Stop', () => this.command({ type: 'end' }), { title: 'Esc' }),
    );
    steps.forEach((step, index) => {
      this.#list.append(
        el(
          'li',
          {},
          button(`${index + 1}. ${step.title}`, () => this.command({ type: 'jump', step: index })),
        ),
      );
    });
    this.element = el(
      'section',
      { class: 'tourbar', attrs: { 'aria-label': 'Tour' } },
      controls,
      this.#title,
      this.#notes,
      this.#list,
      el('p', { class: 'tour-hint' }, HINT),
    );
    this.element.hidden = true;
    this.blackout = el('div', { class: 'blackout', attrs: { 'aria-hidden': 'true' } });
    this.blackout.hidden = true;
  }

  get playing(): boolean {
    return !this.state.ended;
  }

  start(): void {
    this.#set(initialPresenterState(this.steps.length));
  }

  /** A presenting key; true when it was one (the page should not act on it again). */
  key(
    key: string,
    modifiers: Partial<Pick<KeyboardEvent, 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>> = {},
  ) {
    // The page has no laser pointer to show (a reader points with their own cursor): L is not a key here.
    if (key === 'l' || key === 'L') return false;
    const next = presenterKey(this.state, { key, ...modifiers });
    if (next === this.state) return false;
    this.#set(next);
    return true;
  }

  command(command: PresenterCommand): void {
    this.#set(presenterCommand(this.state, command));
  }

  toggleNotes(): void {
    this.#notesShown = !this.#notesShown;
    this.#notesButton.textContent = this.#notesShown ? 'Hide notes' : 'Show notes';
    this.#notesButton.setAttribute('aria-pressed', String(this.#notesShown));
    this.#render();
  }

  /** Frames the step again (the window changed size). */
  refresh(): void {
    if (this.state.ended) return;
    const step = this.steps[this.state.step];
    if (this.state.overview || !step) this.stage.showOverview();
    else this.stage.showStep(step, this.state.zoom);
  }

  #set(state: PresenterState): void {
    const moved = state.step !== this.state.step || state.zoom !== this.state.zoom;
    const changed = moved || state.overview !== this.state.overview || state.ended !== this.state.ended;
    this.state = state;
    this.#render();
    if (state.ended) {
      this.stage.stopped();
      return;
    }
    if (changed) this.refresh();
  }

  #render(): void {
    const { state } = this;
    this.element.hidden = state.ended;
    this.blackout.hidden = state.ended || state.blackout === 'none';
    this.blackout.className = `blackout blackout-${state.blackout}`;
    const step = this.steps[state.step];
    const typed = state.typedNumber ? ` · go to ${state.typedNumber}` : '';
    this.#counter.textContent = `Step ${state.step + 1} of ${this.steps.length}${typed}`;
    this.#title.textContent = step?.title ?? '';
    this.#notes.textContent = step?.notes ?? '';
    this.#notes.hidden = !this.#notesShown || !step?.notes || state.overview;
    this.#title.hidden = state.overview;
    this.#list.hidden = !state.overview;
    this.#list.querySelectorAll('button').forEach((item, index) => {
      if (index === state.step) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    });
  }
}
