import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

interface Announcement {
  message: string;
  /** Counts announcements, so that the same words said twice are still spoken twice. */
  serial: number;
}

const announcements = createStore<Announcement>(() => ({ message: '', serial: 0 }));

/**
 * Says something to screen readers through the window's one polite live region: what was selected,
 * added, deleted or undone, a presented step, an export's result. The latest message wins.
 */
export function announce(message: string): void {
  announcements.setState((state) => ({ message, serial: state.serial + 1 }));
}

export function currentAnnouncement(): Announcement {
  return announcements.getState();
}

export function useAnnouncement(): Announcement {
  return useStore(announcements);
}
