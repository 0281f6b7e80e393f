/** What `withinTime` gives when the time ran out first. */
export const TOO_LATE: unique symbol = Symbol('too late');

/**
 * The promise's value, or TOO_LATE once `ms` have passed without it. The work itself goes on (a promise
 * cannot be stopped); the caller stops waiting for it, so a launch never hangs on one unanswered read.
 */
export function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | typeof TOO_LATE> {
  if (ms === Number.POSITIVE_INFINITY) return promise;
  if (ms <= 0) return Promise.resolve(TOO_LATE);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TOO_LATE>((resolve) => {
    timer = setTimeout(() => resolve(TOO_LATE), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
