/** What long exports take so the app can show how far they got and stop them. */
export interface ProgressOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reports a finished part (a page), then yields a macrotask, not a microtask, so a cancel request
 * queued behind the export gets its turn before the next part starts.
 */
export async function partDone(options: ProgressOptions, done: number, total: number): Promise<void> {
  options.onProgress?.(done, total);
  await new Promise((resolve) => setTimeout(resolve, 0));
  options.signal?.throwIfAborted();
}
