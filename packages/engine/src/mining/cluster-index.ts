import type { Cluster } from './cluster';
import { WILDCARD } from './mask-token';

// Positions beyond this are not indexed for sibling detection (keys cost O(length) each).
const MAX_POSITIONS = 40;

/** Looks clusters up by (length, first token), by exact template, and by "all tokens but one". */
export class ClusterIndex {
  private readonly buckets = new Map<string, Cluster[]>();
  private readonly templates = new Map<string, Cluster>();
  private readonly siblings = new Map<string, Set<Cluster>>();
  private readonly attached = new Set<Cluster>();

  bucket(tokens: string[]): Cluster[] | undefined {
    return this.buckets.get(bucketKey(tokens));
  }

  /** The clusters of `length` tokens whose first token is (or holds) a variable. */
  variableFirst(length: number): Cluster[] | undefined {
    return this.buckets.get(`${length} ${WILDCARD}`);
  }

  byTemplate(joined: string): Cluster | undefined {
    return this.templates.get(joined);
  }

  /** Clusters equal to `c` except at position `i` (including `c`). */
  siblingsAt(c: Cluster, i: number): Set<Cluster> | undefined {
    return this.siblings.get(holeKey(c.tokens, i));
  }

  attach(c: Cluster): void {
    if (this.attached.has(c)) return;
    this.attached.add(c);
    const key = bucketKey(c.tokens);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(c);
    else this.buckets.set(key, [c]);
    this.templates.set(c.joined, c);
    forEachHole(c.tokens, (hole) => {
      const set = this.siblings.get(hole);
      if (set) set.add(c);
      else this.siblings.set(hole, new Set([c]));
    });
  }

  detach(c: Cluster): void {
    if (!this.attached.delete(c)) return;
    const key = bucketKey(c.tokens);
    const bucket = this.buckets.get(key);
    if (bucket) {
      const i = bucket.indexOf(c);
      if (i >= 0) bucket.splice(i, 1);
      if (bucket.length === 0) this.buckets.delete(key);
    }
    if (this.templates.get(c.joined) === c) this.templates.delete(c.joined);
    forEachHole(c.tokens, (hole) => {
      const set = this.siblings.get(hole);
      if (!set) return;
      set.delete(c);
      if (set.size === 0) this.siblings.delete(hole);
    });
  }
}

function bucketKey(tokens: string[]): string {
  const first = tokens[0] ?? '';
  return `${tokens.length} ${first.includes(WILDCARD) ? WILDCARD : first}`;
}

function holeKey(tokens: string[], i: number): string {
  return `${i}\u0001${tokens.slice(0, i).join(' ')}\u0001${tokens.slice(i + 1).join(' ')}`;
}

function forEachHole(tokens: string[], fn: (key: string) => void): void {
  const n = Math.min(tokens.length, MAX_POSITIONS);
  for (let i = 0; i < n; i++) if (tokens[i] !== WILDCARD) fn(holeKey(tokens, i));
}

export { holeKey };
