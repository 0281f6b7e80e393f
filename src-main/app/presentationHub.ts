import type { PresenterSnapshot, PresenterStart } from '../../src-shared/ipc/contract';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import type { Windows } from './ports';

/**
 * Pairs the audience's window with the presenter's and relays each one's state to the other, so a key
 * pressed in either moves both. Closing either ends the presentation in the other.
 */
export class PresentationHub {
  readonly #windows: Windows;
  /** Each window of a presentation, with its partner. */
  readonly #partners = new Map<number, number>();
  /** What each presenter window shows when its page asks. */
  readonly #starts = new Map<number, PresenterStart>();

  constructor(windows: Windows) {
    this.#windows = windows;
  }

  openPresenter(audienceId: number, text: string, state: PresenterSnapshot) {
    const loaded = loadMapFromText(text);
    if (!loaded.ok)
      return {
        status: 'failed' as const,
        message: `The map cannot be presented: ${loaded.errors[0]?.message}`,
      };
    const existing = this.#partners.get(audienceId);
    if (existing !== undefined) this.end(existing);
    const presenterId = this.#windows.openPresenter(audienceId);
    this.#partners.set(audienceId, presenterId);
    this.#partners.set(presenterId, audienceId);
    this.#starts.set(presenterId, { map: loaded.value, state });
    return { status: 'opened' as const };
  }

  initial(windowId: number): PresenterStart | null {
    return this.#starts.get(windowId) ?? null;
  }

  sync(fromId: number, state: PresenterSnapshot): void {
    const partner = this.#partners.get(fromId);
    if (partner === undefined) return;
    const start = this.#starts.get(fromId) ?? this.#starts.get(partner);
    if (start) start.state = state;
    this.#windows.send(partner, 'present:state', state);
  }

  /** A presentation starts or ends in the window: full screen while it lasts. */
  setFullScreen(windowId: number, on: boolean): void {
    this.#windows.setFullScreen?.(windowId, on);
  }

  /** Ends the presentation that `windowId` is part of: the presenter's window closes, the audience returns to editing. */
  end(windowId: number): void {
    const partner = this.#partners.get(windowId);
    if (partner === undefined) return;
    this.#unpair(windowId, partner);
    const presenterId = this.#starts.has(windowId) ? windowId : partner;
    const audienceId = presenterId === windowId ? partner : windowId;
    this.#starts.delete(presenterId);
    this.#windows.send(audienceId, 'present:ended', {});
    // On a second display the audience's window was put in full screen by main: it comes back.
    this.#windows.setFullScreen?.(audienceId, false);
    this.#windows.close(presenterId);
  }

  /** A window of a presentation was closed (by the user or the system): the presentation ends in the other. */
  closed(windowId: number): void {
    const partner = this.#partners.get(windowId);
    if (partner === undefined) return;
    const audienceClosed = this.#starts.has(partner);
    this.#unpair(windowId, partner);
    this.#starts.delete(windowId);
    this.#starts.delete(partner);
    // The presenter's window has nothing left to show; the audience's window goes back to editing.
    if (audienceClosed) this.#windows.close(partner);
    else {
      this.#windows.send(partner, 'present:ended', {});
      this.#windows.setFullScreen?.(partner, false);
    }
  }

  #unpair(a: number, b: number) {
    this.#partners.delete(a);
    this.#partners.delete(b);
  }
}
