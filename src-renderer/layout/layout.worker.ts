import { autoLayout } from '../../src-shared/layout/autoLayout';
import type { LayoutReply, LayoutRequest } from './runLayout';
import { WARM_UP_MAP } from './warmUpMap';

function reply(message: LayoutReply): void {
  self.postMessage(message);
}

// A listener rather than `onmessage`, so nothing else loaded in the worker can take the requests over.
self.addEventListener('message', async (event: MessageEvent<LayoutRequest>) => {
  const { id, map, sizes, only } = event.data;
  if (typeof id !== 'number') return;
  try {
    reply({ id, positions: await autoLayout(map, { sizes, only }) });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

// Before anyone waits for it (the page starts this worker when idle): a failure here shows on real requests.
void autoLayout(WARM_UP_MAP).catch(() => undefined);
