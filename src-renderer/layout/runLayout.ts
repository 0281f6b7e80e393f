import type { AutoLayoutOptions, LaidOutMap } from '../../src-shared/layout/autoLayout';
import type { Position } from '../../src-shared/model/map';

/** What the page asks the layout worker; `id` matches the reply to its request. */
export interface LayoutRequest extends AutoLayoutOptions {
  id: number;
  map: LaidOutMap;
}

/** The worker's answer: the nodes that move, or why it could not lay the map out. */
export type LayoutReply = { id: number; positions: Map<string, Position> } | { id: number; error: string };

interface Waiting {
  resolve: (positions: Map<string, Position>) => void;
  reject: (error: Error) => void;
}

const waiting = new Map<number, Waiting>();
let nextId = 1;
let worker: Worker | undefined;

function failAll(error: Error): void {
  for (const request of waiting.values()) request.reject(error);
  waiting.clear();
}

/** One worker for the whole page, started on first use; its start-up is paid once. */
function layoutWorker(): Worker {
  if (worker) return worker;
  // A file of its own (not a blob URL), which the page's script-src 'self' policy allows.
  const started = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    const request = waiting.get(reply.id);
    if (!request) return;
    waiting.delete(reply.id);
    if ('error' in reply) request.reject(new Error(reply.error));
    else request.resolve(reply.positions);
  });
  // A worker that failed to load or crashed fails everything it was asked; the next request starts a new one.
  const broken = (message: string) => {
    started.terminate();
    if (worker === started) worker = undefined;
    failAll(new Error(message));
  };
  started.addEventListener('error', (event) => {
    event.preventDefault();
    broken(`The layout worker failed${event.message ? `: ${event.message}` : ' to start.'}`);
  });
  started.addEventListener('messageerror', () =>
    broken('The layout worker sent a reply that could not be read.'),
  );
  worker = started;
  return started;
}

/**
 * Starts the layout worker ahead of need (loading and warming it up takes a while), so the first
 * Auto-Layout answers as fast as the ones after it. Called when the page is idle after it opens.
 */
export function prepareLayout(): void {
  if (typeof Worker !== 'undefined') layoutWorker();
}

/**
 * Lays out a map (or only `options.only`) off the main thread and resolves with the nodes that move.
 * Where there are no workers (tests, old runtimes) it lays out on this thread instead.
 */
export async function runLayout(
  map: LaidOutMap,
  options: AutoLayoutOptions = {},
): Promise<Map<string, Position>> {
  if (typeof Worker === 'undefined') {
    // Loaded only here, so the layout stays out of the page's own bundle.
    const { autoLayout } = await import('../../src-shared/layout/autoLayout');
    return autoLayout(map, options);
  }
  const id = nextId++;
  const request: LayoutRequest = { id, map: { nodes: map.nodes, edges: map.edges }, ...options };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    try {
      layoutWorker().postMessage(request);
    } catch (error) {
      waiting.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
