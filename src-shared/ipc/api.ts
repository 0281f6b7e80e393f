import { EVENT_CHANNELS, type EventChannel, INVOKE_CHANNELS, type InvokeChannel } from './channels';
import type { EventPayloads, InvokeArgs, InvokeResult } from './contract';

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** `window.argmap`: one method per invoke channel, grouped by domain (`argmap.file.save(…)`), and `on` for events. */
export type ArgmapApi = {
  [D in Domain<InvokeChannel>]: {
    [V in VerbOf<InvokeChannel, D>]: (
      ...args: InvokeArgs<`${D}:${V}` & InvokeChannel>
    ) => Promise<InvokeResult<`${D}:${V}` & InvokeChannel>>;
  };
} & {
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayloads[C]) => void): () => void;
};

export type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.argmap` from the channel lists. It is self-contained (it uses nothing from its module)
 * so that end-to-end tests can inject the very same function into a page as a script.
 *
 * The `early` channels are asked at once, with no arguments, while the page's own script still loads;
 * the first call to one takes that answer (or asks again if that early ask failed), and later calls ask again.
 */
export function buildArgmapApi(
  channels: { invoke: readonly string[]; events: readonly string[] },
  invoke: Invoke,
  subscribe: Subscribe,
  early: readonly string[] = [],
): unknown {
  const answers = new Map<string, Promise<unknown>>();
  for (const channel of early) {
    const answer = invoke(channel, []);
    // A failure is asked again by the first call, so it is no unhandled rejection meanwhile.
    answer.catch(() => {});
    answers.set(channel, answer);
  }
  const api: Record<string, unknown> = {};
  for (const channel of channels.invoke) {
    const [domain = '', verb = ''] = channel.split(':');
    if (!api[domain]) api[domain] = {};
    const group = api[domain] as Record<string, unknown>;
    group[verb] = (...args: unknown[]) => {
      const answer = args.length === 0 ? answers.get(channel) : undefined;
      if (!answer) return invoke(channel, args);
      answers.delete(channel);
      return answer.catch(() => invoke(channel, args));
    };
  }
  const events = new Set(channels.events);
  api.on = (channel: string, listener: (payload: unknown) => void) => {
    if (!events.has(channel)) throw new Error(`Unknown event channel: ${channel}`);
    return subscribe(channel, listener);
  };
  return Object.freeze(api);
}

/**
 * What an editor window asks for before its script has run: the document it shows, so that main reads
 * it while the page's script loads. The presenter window (`#presenter`) asks for nothing early.
 */
export function earlyChannels(hash: string): readonly InvokeChannel[] {
  return hash === '#presenter' ? [] : ['document:initial'];
}

export const API_CHANNELS = { invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS } as const;
