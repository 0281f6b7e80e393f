/** The times of one measurement, in milliseconds: the median is what tables show. */
export interface Timing {
  runs: number;
  medianMs: number;
  minMs: number;
  samplesMs: number[];
}

export function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    runs: sorted.length,
    medianMs: round(median),
    minMs: round(sorted[0] as number),
    samplesMs: samples.map(round),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Thrown by `withTimeout` when the work takes too long; the work itself is left to whoever can stop it. */
export class Timeout extends Error {
  constructor(readonly seconds: number) {
    super(`took more than ${seconds} s`);
  }
}

export function withTimeout<T>(work: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(seconds)), seconds * 1000);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export const formatMs = (ms: number): string =>
  ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms >= 100 ? Math.round(ms) : ms.toFixed(1)} ms`;

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} kB`
      : `${bytes} B`;

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** How often to repeat a measurement: up to `maxRuns`, fewer once `budgetS` is spent (never fewer than one). */
export interface RunPlan {
  maxRuns: number;
  budgetS: number;
  /** A single run longer than this is recorded as "> timeoutS s". */
  timeoutS: number;
}

export const wantsAnotherRun = (plan: RunPlan, samples: readonly number[]): boolean =>
  samples.length < plan.maxRuns &&
  (samples.length === 0 || samples.reduce((sum, ms) => sum + ms, 0) < plan.budgetS * 1000);
