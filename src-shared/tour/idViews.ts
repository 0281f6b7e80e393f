/**
 * Read-only sets of node ids that share their storage, so that a tour of 500 steps over 5,000 nodes
 * does not hold 500 copies of the map's ids. Each answers `has` in constant time.
 */

/** What every read-only set needs beyond `has`, `size` and `values`, written once for both views. */
abstract class IdSetView implements ReadonlySet<string> {
  abstract readonly size: number;
  abstract has(id: string): boolean;
  abstract values(): SetIterator<string>;

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.values()) callback.call(thisArg, id, id, this);
  }
}

/** The first `count` ids of an ordered list: what a run of cumulative tour steps has revealed so far. */
export class PrefixSet extends IdSetView {
  readonly #order: readonly string[];
  readonly #rank: ReadonlyMap<string, number>;
  override readonly size: number;

  /** `rank` gives each id's index in `order`; both are shared by every prefix of the same list. */
  constructor(order: readonly string[], rank: ReadonlyMap<string, number>, count: number) {
    super();
    this.#order = order;
    this.#rank = rank;
    this.size = count;
  }

  override has(id: string): boolean {
    const rank = this.#rank.get(id);
    return rank !== undefined && rank < this.size;
  }

  override *values(): SetIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.#order[i] as string;
  }
}

/** The ids of `all` that `excluded` does not hold: the nodes a tour step keeps hidden. */
export class ComplementSet extends IdSetView {
  readonly #all: readonly string[];
  readonly #allSet: ReadonlySet<string>;
  readonly #excluded: ReadonlySet<string>;
  override readonly size: number;

  /** `excluded` must be a subset of `all`, so that the size is a subtraction. */
  constructor(all: readonly string[], allSet: ReadonlySet<string>, excluded: ReadonlySet<string>) {
    super();
    this.#all = all;
    this.#allSet = allSet;
    this.#excluded = excluded;
    this.size = all.length - excluded.size;
  }

  override has(id: string): boolean {
    return this.#allSet.has(id) && !this.#excluded.has(id);
  }

  override *values(): SetIterator<string> {
    for (const id of this.#all) if (!this.#excluded.has(id)) yield id;
  }
}
