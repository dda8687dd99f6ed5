/** An entry known by a 64-bit fingerprint (two 32-bit hashes) and the length and token count it covers. */
export interface Fingerprinted<E> {
  hash: number;
  hash2: number;
  length: number;
  count: number;
  /** The next entry of the same slot (set by the table). */
  next: E | null;
}

const INITIAL_SLOTS = 1024;

/**
 * The miner's caches: entries in an array indexed by the low bits of their first hash, entries that
 * share a slot chained. A lookup is an array read and a few comparisons — a Map keyed by the hash costs
 * a builtin call and a hash of the key on every line. The table doubles when it holds as many entries
 * as slots, so chains stay short.
 */
export class FingerprintTable<E extends Fingerprinted<E>> {
  size = 0;
  private slots: (E | null)[] = new Array<E | null>(INITIAL_SLOTS).fill(null);
  private mask = INITIAL_SLOTS - 1;

  find(hash: number, hash2: number, length: number, count: number): E | undefined {
    let entry = this.slots[hash & this.mask] ?? null;
    while (
      entry !== null &&
      (entry.hash !== hash || entry.hash2 !== hash2 || entry.length !== length || entry.count !== count)
    )
      entry = entry.next;
    return entry ?? undefined;
  }

  /** Adds an entry (its fingerprint must be new to the table). */
  add(entry: E): void {
    if (this.size >= this.slots.length) this.grow();
    const at = entry.hash & this.mask;
    entry.next = this.slots[at] ?? null;
    this.slots[at] = entry;
    this.size++;
  }

  clear(): void {
    this.slots = new Array<E | null>(INITIAL_SLOTS).fill(null);
    this.mask = INITIAL_SLOTS - 1;
    this.size = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<E | null>(old.length * 2).fill(null);
    this.mask = this.slots.length - 1;
    for (let entry of old) {
      while (entry !== null && entry !== undefined) {
        const next: E | null = entry.next;
        const at = entry.hash & this.mask;
        entry.next = this.slots[at] ?? null;
        this.slots[at] = entry;
        entry = next;
      }
    }
  }
}
