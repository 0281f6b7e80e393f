/** A small seeded generator (mulberry32), so every run times the same maps. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof seededRandom>;

export const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** An integer in [min, max]. */
export const between = (next: Random, min: number, max: number): number =>
  min + Math.floor(next() * (max - min + 1));
