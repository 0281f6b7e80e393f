import fc from 'fast-check';
import { guardHandler, IpcRefusal, type SenderFrame, trustedUrlMatcher } from '../../../src-main/ipc/handle';
import { INVOKE_CHANNELS } from '../../../src-shared/ipc/channels';
import { invokeContract } from '../../../src-shared/ipc/contract';

const APP_URL = 'file:///opt/argmap/out/renderer/index.html';
const trusted = trustedUrlMatcher(APP_URL);
const ours: SenderFrame = { windowId: 7, url: APP_URL, isMainFrame: true };

describe('the IPC guard', () => {
  test('passes valid arguments and the sender window to the handler', async () => {
    const handler = vi.fn(() => ({ status: 'canceled' as const }));
    const save = guardHandler('file:save', handler, trusted);
    await save(ours, [{ text: '{}' }]);
    expect(handler).toHaveBeenCalledWith({ windowId: 7 }, { text: '{}' });
  });

  test.each([
    ['a frame outside our windows', { ...ours, windowId: null }],
    ['a subframe', { ...ours, isMainFrame: false }],
    ['a page at another address', { ...ours, url: 'https://example.com/index.html' }],
    ['another file on disk', { ...ours, url: 'file:///tmp/evil.html' }],
    ['no frame at all', { ...ours, url: '' }],
  ])('refuses %s without calling the handler', async (_what, sender) => {
    const handler = vi.fn();
    const save = guardHandler('file:save', handler, trusted);
    await expect(save(sender, [{ text: '{}' }])).rejects.toBeInstanceOf(IpcRefusal);
    expect(handler).not.toHaveBeenCalled();
  });

  test.each([
    ['no arguments', []],
    ['a path instead of text', [{ path: '/etc/passwd' }]],
    ['an extra field', [{ text: '{}', path: '/etc/passwd' }]],
    ['a number', [42]],
    ['extra arguments', [{ text: '{}' }, 'more']],
  ])('refuses %s for file:save', async (_what, args) => {
    const handler = vi.fn();
    await expect(guardHandler('file:save', handler, trusted)(ours, args)).rejects.toBeInstanceOf(IpcRefusal);
    expect(handler).not.toHaveBeenCalled();
  });

  test('random arguments on any channel are refused cleanly, and none of the wrong count reaches a handler', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...INVOKE_CHANNELS),
        fc.array(fc.anything(), { maxLength: 3 }),
        async (channel, args) => {
          let called = false;
          const guarded = guardHandler(
            channel,
            (() => {
              called = true;
            }) as never,
            trusted,
          );
          try {
            await guarded(ours, args);
          } catch (error) {
            expect(error).toBeInstanceOf(IpcRefusal);
          }
          // Every contract takes a fixed number of arguments: nothing of another arity reaches a handler.
          if (called) expect(args).toHaveLength(invokeContract[channel].args._zod.def.items.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('trusts the dev server by origin', () => {
    const dev = trustedUrlMatcher('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('not a url')).toBe(false);
  });
});
