import { describe, expect, it } from 'vitest';
import { API_CHANNELS, type ArgmapApi, buildArgmapApi, earlyChannels } from '../../../src-shared/ipc/api';

/** A bridge over a recording invoke: each call is noted, and answered with its channel and call number. */
function recordingBridge(early: readonly string[], fail: (call: number) => boolean = () => false) {
  const calls: { channel: string; args: unknown[] }[] = [];
  const invoke = async (channel: string, args: unknown[]) => {
    calls.push({ channel, args });
    if (fail(calls.length)) throw new Error(`call ${calls.length} failed`);
    return `${channel} #${calls.length}`;
  };
  const api = buildArgmapApi(API_CHANNELS, invoke, () => () => {}, early) as ArgmapApi;
  return { api, calls };
}

describe('the window.argmap bridge', () => {
  it('groups invoke channels by domain and passes arguments through', async () => {
    const { api, calls } = recordingBridge([]);
    expect(calls).toEqual([]);
    await expect(api.document.initial()).resolves.toBe('document:initial #1');
    expect(calls).toEqual([{ channel: 'document:initial', args: [] }]);
  });

  it('asks an early channel at once, and hands that answer to the first call without asking again', async () => {
    const { api, calls } = recordingBridge(['document:initial']);
    expect(calls.map((call) => call.channel)).toEqual(['document:initial']);
    await expect(api.document.initial()).resolves.toBe('document:initial #1');
    expect(calls).toHaveLength(1);
    // A later call is a fresh question: the document may have changed since.
    await expect(api.document.initial()).resolves.toBe('document:initial #2');
    expect(calls).toHaveLength(2);
  });

  it('asks again when the early ask failed, and raises no unhandled rejection meanwhile', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { api, calls } = recordingBridge(['document:initial'], (call) => call === 1);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await expect(api.document.initial()).resolves.toBe('document:initial #2');
      expect(calls).toHaveLength(2);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('asks early for the editor window’s document only, never from the presenter window', () => {
    expect(earlyChannels('')).toEqual(['document:initial']);
    expect(earlyChannels('#presenter')).toEqual([]);
    for (const channel of earlyChannels('')) expect(API_CHANNELS.invoke).toContain(channel);
  });

  it('refuses to subscribe to an event channel the contract does not list', () => {
    const { api } = recordingBridge([]);
    expect(() => api.on('no:such-event' as never, () => {})).toThrow(/Unknown event channel/);
  });
});
