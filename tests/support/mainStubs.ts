import type { RecentFiles, Windows } from '../../src-main/app/ports';

/** Windows that open nothing on screen (the first gets `firstId`), recording what main sends and closes. */
export function stubWindows(firstId = 2): Windows & {
  sent: Array<{ windowId: number; channel: string; payload: unknown }>;
  closed: number[];
} {
  const sent: Array<{ windowId: number; channel: string; payload: unknown }> = [];
  const closed: number[] = [];
  let nextId = firstId;
  return {
    sent,
    closed,
    open: () => nextId++,
    focus() {},
    close: (windowId) => closed.push(windowId),
    send: (windowId, channel, payload) => sent.push({ windowId, channel, payload }),
    setEdited() {},
    setFullScreen() {},
    openPresenter: () => nextId++,
  };
}

/** A recent-files list that remembers nothing. */
export const noRecentFiles: RecentFiles = {
  list: async () => [],
  add: async () => {},
  remove: async () => {},
};
