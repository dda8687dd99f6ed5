import type { Cluster } from './cluster';
import { WILDCARD } from './mask-token';

// Positions beyond this are not indexed for sibling detection (keys cost O(length) each).
const MAX_POSITIONS = 40;
/** Buckets up to this size are compared whole with a message; larger ones are searched by its words. */
const SCAN_LIMIT = 48;

/** What the index keeps of an attached cluster. */
interface Attached {
  /** Its bucket (`bucketKey`). */
  key: string;
  /** When it was attached: a bucket lists its clusters in that order. */
  order: number;
  /** The postings it is found by (see `candidates`); null when it is `loose`. */
  keys: string[] | null;
  /** Its sibling keys by position (`holeKey`; null where none is kept) and its postings. */
  holes: (string | null)[];
  words: string[];
}

/**
 * Looks clusters up by (length, first token), by exact template, by "all tokens but one", and by a
 * word at a position, so that a bucket of thousands of clusters — lines of free text whose words no
 * mask takes, each a cluster of its own — is not compared whole with every new line.
 */
export class ClusterIndex {
  /** Clusters by `bucketKey`, in attach order (a set: a cluster leaves at once, however many there are). */
  private readonly buckets = new Map<string, Set<Cluster>>();
  private readonly templates = new Map<string, Cluster>();
  private readonly siblings = new Map<string, Members>();
  private readonly attached = new Map<Cluster, Attached>();
  private attaches = 0;
  /** Every cluster with a given word (a token without a variable) at a position after the first. */
  private readonly postings = new Map<string, Members>();
  /** The same for the few words of each cluster it is found by (see `candidates`). */
  private readonly finders = new Map<string, Members>();
  /** Per bucket: the clusters a message may match without sharing a word with them (see `attach`). */
  private readonly loose = new Map<string, Members>();

  /**
   * @param threshold the miner's similarity threshold, which tells how many of a cluster's words a
   *   message may miss and still join it (see `attach`)
   * @param scanLimit buckets up to this size are compared whole (tests set 0 to always search words)
   */
  constructor(
    private readonly threshold = 0.7,
    private readonly scanLimit = SCAN_LIMIT,
  ) {}

  /**
   * The clusters of bucket `key` (see `bucketKey`, `variableFirstKey`) that `similarity` may rate at
   * the threshold or above for the masked message `tokens`, in the bucket's order; others may be left
   * out. Such a cluster differs from the message in at most `misses` of its words (see `attach`), so
   * it shares one of any `misses` + 1 of them with it: it is found by those of its words that were
   * rarest when it was attached.
   */
  candidates(tokens: string[], key: string): Iterable<Cluster> {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return NONE;
    if (bucket.size <= this.scanLimit || !(this.threshold > 0)) return bucket;
    const found = new Set<Cluster>();
    forEachMember(this.loose.get(key), (c) => found.add(c));
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] ?? '';
      if (t.includes(WILDCARD)) continue;
      forEachMember(this.finders.get(postingKey(tokens.length, i, t)), (c) => {
        if (this.attached.get(c)?.key === key) found.add(c);
      });
    }
    return this.inOrder(found);
  }

  /**
   * The clusters of `c`'s bucket that its template may cover (see the miner's `covers`), in the
   * bucket's order, `c` aside; others may be left out. A covered cluster has every word of `c` at
   * its position: the shortest posting of those words (after the first, the bucket's) holds it.
   */
  mayBeCoveredBy(c: Cluster): readonly Cluster[] {
    const key = bucketKey(c.tokens);
    const bucket = this.buckets.get(key) ?? NONE;
    let narrowest: Members | undefined;
    if (bucket.size > this.scanLimit) {
      for (const posting of this.attached.get(c)?.words ?? wordsOf(c.tokens)) {
        const members = this.postings.get(posting);
        if (members !== undefined && (narrowest === undefined || sizeOf(members) < sizeOf(narrowest))) {
          narrowest = members;
        }
      }
    }
    if (narrowest === undefined) return [...bucket].filter((d) => d !== c);
    const found = new Set<Cluster>();
    forEachMember(narrowest, (d) => {
      if (d !== c && this.attached.get(d)?.key === key) found.add(d);
    });
    return this.inOrder(found);
  }

  byTemplate(joined: string): Cluster | undefined {
    return this.templates.get(joined);
  }

  /** Clusters equal to `c` except at position `i`, `c` among them; undefined when `c` is alone there. */
  siblingsAt(c: Cluster, i: number): Set<Cluster> | undefined {
    const members = this.siblings.get(this.attached.get(c)?.holes[i] ?? holeKey(c.tokens, i));
    return members instanceof Set ? members : undefined;
  }

  /**
   * Indexes a cluster. `similarity` ≥ t needs u ≤ (1 − t) × (w + e) for a template of w words
   * (tokens without a variable) and e tokens with a variable inside ("<*>:", which a masked message
   * may repeat as it is), u of the words differing from the message's: at most `misses` of them
   * (w + e: `constant`), and none is the first, which the message of a bucket shares. The cluster is
   * found by `misses` + 1 of its other words, the rarest then; with no more than `misses` of them it
   * is `loose`: a candidate for every message of its bucket.
   */
  attach(c: Cluster): void {
    if (this.attached.has(c)) return;
    const key = bucketKey(c.tokens);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.add(c);
    else this.buckets.set(key, new Set([c]));
    this.templates.set(c.joined, c);
    const holes = holesOf(c.tokens);
    for (const hole of holes) if (hole !== null) addTo(this.siblings, hole, c);
    const words = wordsOf(c.tokens);
    for (const posting of words) addTo(this.postings, posting, c);
    let constant = 0;
    for (const t of c.tokens) if (t !== WILDCARD) constant++;
    const misses = Math.floor((1 - this.threshold) * constant + 1e-9);
    let keys: string[] | null = null;
    if (words.length > misses) {
      const size = (posting: string): number => {
        const members = this.postings.get(posting);
        return members === undefined ? 0 : sizeOf(members);
      };
      keys = [...words].sort((a, b) => size(a) - size(b) || (a < b ? -1 : 1)).slice(0, misses + 1);
      for (const k of keys) addTo(this.finders, k, c);
    } else addTo(this.loose, key, c);
    this.attached.set(c, { key, order: this.attaches++, keys, holes, words });
  }

  detach(c: Cluster): void {
    const at = this.attached.get(c);
    if (at === undefined) return;
    this.attached.delete(c);
    const bucket = this.buckets.get(at.key);
    if (bucket) {
      bucket.delete(c);
      if (bucket.size === 0) this.buckets.delete(at.key);
    }
    if (this.templates.get(c.joined) === c) this.templates.delete(c.joined);
    for (const hole of at.holes) if (hole !== null) deleteFrom(this.siblings, hole, c);
    for (const posting of at.words) deleteFrom(this.postings, posting, c);
    if (at.keys === null) deleteFrom(this.loose, at.key, c);
    else for (const k of at.keys) deleteFrom(this.finders, k, c);
  }

  private inOrder(found: Set<Cluster>): Cluster[] {
    const out = [...found];
    const attached = this.attached;
    out.sort((a, b) => (attached.get(a)?.order ?? 0) - (attached.get(b)?.order ?? 0));
    return out;
  }
}

/**
 * The clusters under one key: one cluster as itself, several as a set (most keys of free text hold
 * one cluster: a set each was most of what indexing a cluster cost).
 */
type Members = Cluster | Set<Cluster>;

function addTo<K>(map: Map<K, Members>, key: K, c: Cluster): void {
  const members = map.get(key);
  if (members === undefined) map.set(key, c);
  else if (members instanceof Set) members.add(c);
  else if (members !== c) map.set(key, new Set([members, c]));
}

function deleteFrom<K>(map: Map<K, Members>, key: K, c: Cluster): void {
  const members = map.get(key);
  if (members === undefined) return;
  if (!(members instanceof Set)) {
    if (members === c) map.delete(key);
    return;
  }
  members.delete(c);
  // One left: kept as itself (a set again when another comes: the same order as a set kept all along).
  // Its first member is looked up only then: in a set whose oldest members went (evicted first), it
  // is found past every slot they left, until the set is rebuilt — for each cluster detached, a scan
  // of thousands of slots where one-token clusters, all siblings of one another, come and go.
  if (members.size === 1) {
    const first = members.values().next();
    if (first.done !== true) map.set(key, first.value);
  } else if (members.size === 0) map.delete(key);
}

function forEachMember(members: Members | undefined, fn: (c: Cluster) => void): void {
  if (members === undefined) return;
  if (members instanceof Set) for (const c of members) fn(c);
  else fn(members);
}

function sizeOf(members: Members): number {
  return members instanceof Set ? members.size : 1;
}

const NONE: ReadonlySet<Cluster> = new Set();

/** The bucket of clusters of `length` tokens whose first token is (or holds) a variable. */
export function variableFirstKey(length: number): string {
  return `${length} ${WILDCARD}`;
}

/** A cluster's bucket: its length and first token, or `variableFirstKey` when that holds a variable. */
export function bucketKey(tokens: string[]): string {
  const first = tokens[0] ?? '';
  return `${tokens.length} ${first.includes(WILDCARD) ? WILDCARD : first}`;
}

function holeKey(tokens: string[], i: number): string {
  return `${i}\u0001${tokens.slice(0, i).join(' ')}\u0001${tokens.slice(i + 1).join(' ')}`;
}

function postingKey(length: number, at: number, token: string): string {
  return `${length}\u0001${at}\u0001${token}`;
}

/** The posting (`postingKey`) of each word of `tokens` (a token without a variable) after the first. */
function wordsOf(tokens: string[]): string[] {
  const words: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!t.includes(WILDCARD)) words.push(postingKey(tokens.length, i, t));
  }
  return words;
}

/** `holeKey` of each position of `tokens` but variables and those past MAX_POSITIONS (null there). */
export function holesOf(tokens: string[]): (string | null)[] {
  const holes = new Array<string | null>(tokens.length).fill(null);
  const joined = tokens.join(' ');
  const n = Math.min(tokens.length, MAX_POSITIONS);
  let start = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] ?? '';
    const end = start + t.length;
    // The same text as holeKey's: the tokens before `t` and those after it, each joined by spaces.
    if (t !== WILDCARD)
      holes[i] = `${i}\u0001${joined.slice(0, Math.max(0, start - 1))}\u0001${joined.slice(end + 1)}`;
    start = end + 1;
  }
  return holes;
}

export { holeKey };
