import type { z } from 'zod';
import type { InvokeChannel } from '../../src-shared/ipc/channels';
import { type InvokeArgs, type InvokeResult, invokeContract } from '../../src-shared/ipc/contract';

/** What main knows about the frame that sent a request. */
export interface SenderFrame {
  /** The window (BrowserWindow id) the frame belongs to, or null when it is not one of ours. */
  windowId: number | null;
  url: string;
  isMainFrame: boolean;
}

export interface RequestContext {
  windowId: number;
}

export type Handler<C extends InvokeChannel> = (
  context: RequestContext,
  ...args: InvokeArgs<C>
) => Promise<InvokeResult<C>> | InvokeResult<C>;

export type Handlers = { [C in InvokeChannel]: Handler<C> };

/** Refused requests: a frame that is not the top frame of one of our windows at our own address, or bad arguments. */
export class IpcRefusal extends Error {
  override name = 'IpcRefusal';
}

/**
 * Wraps a handler so it runs only for trusted senders and only with arguments that match the contract.
 * `isTrustedUrl` decides which page addresses are ours (the bundled renderer, or the dev server).
 */
export function guardHandler<C extends InvokeChannel>(
  channel: C,
  handler: Handler<C>,
  isTrustedUrl: (url: string) => boolean,
): (sender: SenderFrame, rawArgs: unknown[]) => Promise<InvokeResult<C>> {
  const schema = invokeContract[channel].args as unknown as z.ZodType<InvokeArgs<C>>;
  return guardRequest(channel, schema, isTrustedUrl, handler);
}

/**
 * The one guard of every request main answers, the contract's channels and the preload's own alike:
 * the top frame of one of our windows, at our own address, with arguments that match `schema`.
 */
export function guardRequest<Args extends unknown[], Result>(
  channel: string,
  schema: z.ZodType<Args>,
  isTrustedUrl: (url: string) => boolean,
  handler: (context: RequestContext, ...args: Args) => Promise<Result> | Result,
): (sender: SenderFrame, rawArgs: unknown[]) => Promise<Result> {
  return async (sender, rawArgs) => {
    if (sender.windowId === null || !sender.isMainFrame || !isTrustedUrl(sender.url)) {
      throw new IpcRefusal(
        `${channel}: refused a request from an untrusted sender (${sender.url || 'no frame'}).`,
      );
    }
    const parsed = schema.safeParse(rawArgs);
    if (!parsed.success) {
      throw new IpcRefusal(
        `${channel}: invalid arguments (${parsed.error.issues.map((issue) => issue.message).join('; ')}).`,
      );
    }
    return handler({ windowId: sender.windowId }, ...parsed.data);
  };
}

/**
 * Our renderer is served from one place: the bundle at `app://argmap` or, in development, the dev server.
 * Custom schemes have an opaque origin (`"null"`) in WHATWG URL, and every such URL shares it, so those
 * are matched by scheme and host instead, never by `origin`.
 */
export function trustedUrlMatcher(rendererUrl: string): (url: string) => boolean {
  const expected = new URL(rendererUrl);
  return (url) => {
    let actual: URL;
    try {
      actual = new URL(url);
    } catch {
      return false;
    }
    if (actual.protocol !== expected.protocol || actual.username || actual.password) return false;
    if (expected.protocol === 'file:') return actual.pathname === expected.pathname;
    if (expected.origin === 'null') return expected.host !== '' && actual.host === expected.host;
    return actual.origin === expected.origin;
  };
}
