import type { LogEvent, MinedEvent, PatternSummary } from '../types';
import { Cluster, type ClusterLimits } from './cluster';
import { ClusterIndex, bucketKey, variableFirstKey } from './cluster-index';
import { FingerprintTable } from './fingerprint-table';
import { MaskedKeyScanner, readParams } from './masked-key';
import { WILDCARD } from './mask-token';
import { fitsVariable, mergeTokens } from './merge-tokens';
import { isEnumWord, similarity } from './similarity';
import { isMethodToken, isRouteAt, mergeRoutes, routeDifference, routeFits } from './routes';
import { tokenizeMessage } from './tokenize-message';

export interface TemplateMinerOptions {
  /** Clusters kept at once; the least recently used is evicted beyond it (default 10,000). */
  maxClusters?: number;
  /** Share of a template's constant tokens an event must repeat to join it (default 0.7). */
  similarity?: number;
  /** Distinct values a single position must take before it becomes a variable (default 4). */
  siblingThreshold?: number;
  /** Tokens of a message considered for mining (default 128). */
  maxTokens?: number;
  maxSamples?: number;
  maxVariables?: number;
  maxDistinctValues?: number;
  /** Characters kept of each sample event (default 1,000). */
  maxSampleChars?: number;
  /**
   * Give each mined event its variables' values, `params` (default true). Off, `params` is empty
   * and they are read only for the events the patterns' statistics track (see `Cluster.willTrack`):
   * for a consumer that reads none (`logai templates`), whose patterns are the same.
   */
  params?: boolean;
  /** Remember line shapes (default true); off, every line is masked (the same result, slower). */
  shapes?: boolean;
  /**
   * Clusters of one length and first token compared whole with a new message up to this many
   * (default 48); beyond it only those sharing a word with it (the same result, see ClusterIndex).
   */
  bucketScanLimit?: number;
  /**
   * Merged or evicted clusters `templateOf` answers for (default 1,000,000; beyond, the oldest tenth
   * is forgotten). Each costs an evicted cluster's template (~70 bytes) or, merged, a reference to the
   * cluster it went into. A file of free text evicts a cluster a line, and `logai templates --jsonl`
   * prints every line with its cluster's final template.
   */
  rememberGone?: number;
  /**
   * Of the merged or evicted clusters, those `templateOf` must still answer for, when not all (the
   * default). Asked of a cluster created before the latest `mine` or `mineBatch` call began, so a
   * consumer that has seen every event returned before it (an `Analyzer`: `tracksCluster`) can tell;
   * a cluster it does not need is forgotten at once instead of costing memory (a file of free text
   * evicts a cluster a line).
   */
  keepGone?: (clusterId: number) => boolean;
  /**
   * Where evicted clusters' templates are kept for `templateOf`, when not in memory (the default, up
   * to `rememberGone`): a store outside the heap (the CLI's is a temporary file) answers for every one.
   */
  evicted?: EvictedTemplates;
}

/** Templates of evicted clusters by cluster key (`TemplateMinerOptions.evicted`). */
export interface EvictedTemplates {
  set(clusterId: number, template: string): void;
  get(clusterId: number): string | undefined;
}

const CACHE_LIMIT = 200_000;
/** The params of a mined event when they are not read (see TemplateMinerOptions.params). */
const NO_PARAMS: string[] = [];
/**
 * Clusters made in a row in one bucket, each still matched by its first message only, after which the
 * bucket is taken for free text (see `freeTextTokens`). Long enough that a burst of one-off messages
 * (a boot, a deploy) rarely makes such a run in one bucket (token count and first word).
 */
export const FREE_TEXT_RUN = 256;
/** Share of distinct words a position takes among those clusters (and the new message) to be a variable. */
const FREE_TEXT_DISTINCT = 0.75;
/**
 * Buckets whose latest clusters are remembered for `freeTextTokens` (the oldest bucket goes beyond):
 * at most 65,536 clusters held, most of them live (a run with a cluster gone is dropped at the next).
 */
const FREE_TEXT_BUCKETS = 256;

/**
 * Drain-family miner. Messages are masked (numbers, ids, paths…), so most lines repeat exactly and are
 * served from a cache. A new shape joins the most similar template of the same length and first token;
 * otherwise it becomes a cluster, and once `siblingThreshold` clusters differ in one position only,
 * that position becomes a variable and they merge (words like "password"/"none" stay constant).
 */
export class TemplateMiner {
  private readonly index: ClusterIndex;
  /** Masked keys by fingerprint, each with its cluster. */
  private readonly cache = new FingerprintTable<CacheEntry>();
  /** Line shapes (digits read as 0) by fingerprint, each with its masked key's entry. */
  private readonly shapes = new FingerprintTable<ShapeEntry>();
  private readonly lru = new Map<number, Cluster>();
  /** Where `evictOldest` reads the least recently used cluster (see there). */
  private oldest: MapIterator<Cluster> = this.lru.values();
  /** Clusters gone by id: an evicted one's template; a merged one's cluster it went into. */
  private readonly gone = new Map<number, Cluster | string>();
  private readonly limits: ClusterLimits;
  private readonly maxClusters: number;
  private readonly threshold: number;
  private readonly siblingThreshold: number;
  private readonly maxTokens: number;
  private readonly useShapes: boolean;
  private readonly withParams: boolean;
  /** The params of the event `clusterOf` mined last. */
  private params: string[] = NO_PARAMS;
  private readonly rememberGone: number;
  private readonly keepGone: ((clusterId: number) => boolean) | undefined;
  private readonly evicted: EvictedTemplates | undefined;
  /** First cluster key of the current `mine`/`mineBatch` call: `keepGone` is asked about older ones. */
  private firstKeyOfCall = 1;
  /** Clusters of the current call that went: `keepGone` is asked about them at the next call. */
  private goneThisCall: number[] = [];
  private readonly scanner: MaskedKeyScanner;
  /** Token positions of the params, reused for every event (record() reads it at once). */
  private readonly positions: Int32Array;
  private nextKey = 1;
  private tick = 0;
  /** Per bucket (`bucketKey`), the latest clusters `place` made in it, up to FREE_TEXT_RUN. */
  private readonly madeIn = new Map<string, Cluster[]>();

  constructor(options: TemplateMinerOptions = {}) {
    this.maxClusters = options.maxClusters ?? 10_000;
    this.threshold = options.similarity ?? 0.7;
    this.siblingThreshold = options.siblingThreshold ?? 4;
    this.maxTokens = options.maxTokens ?? 128;
    this.useShapes = options.shapes ?? true;
    this.withParams = options.params ?? true;
    this.rememberGone = options.rememberGone ?? 1_000_000;
    this.keepGone = options.keepGone;
    this.evicted = options.evicted;
    this.index = new ClusterIndex(this.threshold, options.bucketScanLimit);
    this.scanner = new MaskedKeyScanner(this.maxTokens);
    this.positions = new Int32Array(this.maxTokens);
    this.limits = {
      maxSamples: options.maxSamples ?? 3,
      maxVariables: options.maxVariables ?? 16,
      maxDistinct: options.maxDistinctValues ?? 100,
      maxSampleChars: options.maxSampleChars ?? 1000,
    };
  }

  /**
   * Mines a batch of events in order (see `mine`). Analysing a batch after it is mined, rather than each
   * event right after its own mining, keeps the miner's and the analyser's working sets apart in the
   * CPU's caches: `analyze` then costs some 6–8 points less over `templates` (bench/analyze-overhead.ts).
   */
  mineBatch(events: readonly LogEvent[]): MinedEvent[] {
    this.beginCall();
    const mined = new Array<MinedEvent>(events.length);
    for (let i = 0; i < events.length; i++) mined[i] = this.mineEvent(events[i] as LogEvent);
    return mined;
  }

  mine(event: LogEvent): MinedEvent {
    this.beginCall();
    return this.mineEvent(event);
  }

  /**
   * Mines a batch of events for the patterns alone (`patterns`, `templateOf`), without a mined event
   * for each, nor their params beyond what the patterns' statistics track: for a consumer that reads
   * only the patterns (`logai templates`' table and --json).
   */
  addBatch(events: readonly LogEvent[]): void {
    this.beginCall();
    for (let i = 0; i < events.length; i++) this.clusterOf(events[i] as LogEvent, false);
  }

  /** Before mining: the clusters that went during the previous call are asked about (`keepGone`). */
  private beginCall(): void {
    this.firstKeyOfCall = this.nextKey;
    const keep = this.keepGone;
    if (keep === undefined || this.goneThisCall.length === 0) return;
    for (const key of this.goneThisCall) if (!keep(key)) this.gone.delete(key);
    this.goneThisCall = [];
  }

  private mineEvent(event: LogEvent): MinedEvent {
    const cluster = this.clusterOf(event, this.withParams);
    const params = this.params;
    // Spelled out: object spread is several times slower here, and this runs for every event.
    return {
      file: event.file,
      line: event.line,
      lineCount: event.lineCount,
      raw: event.raw,
      timestamp: event.timestamp,
      timestampInherited: event.timestampInherited,
      level: event.level,
      service: event.service,
      message: event.message,
      attributes: event.attributes,
      format: event.format,
      truncated: event.truncated,
      patternId: cluster.patternId,
      template: cluster.template,
      params,
      clusterId: cluster.key,
    };
  }

  /**
   * Mines an event into its cluster, which records it; its params, read when `withParams` or when
   * the cluster tracks this event's values (else NO_PARAMS), are left in `params`.
   */
  private clusterOf(event: LogEvent, withParams: boolean): Cluster {
    const scanner = this.scanner;
    scanner.scan(event.message);
    // A shape seen before has the masked key seen then; most lines end here.
    let shape = this.shapeOf(scanner.shapeHash, scanner.shapeHash2);
    const base = shape;
    // Lines of a shape that keeps some tokens' digits ("ssh2") have a key per text of those tokens.
    if (shape?.digitTokens) {
      scanner.digitVariant(shape.digitTokens, shape.digitTokens.length);
      shape = this.shapeOf(scanner.variantHash, scanner.variantHash2);
    }
    let cluster = shape?.entry === null || shape === undefined ? undefined : resolve(shape.entry.cluster);
    if (cluster === undefined || !cluster.alive) cluster = this.mineShape(event.message, base, shape);
    this.touch(cluster);
    const positions = this.positions;
    const params =
      withParams || cluster.willTrack()
        ? readParams(cluster.slots, event.message, scanner, positions)
        : NO_PARAMS;
    cluster.record(event, params, positions);
    this.params = params;
    return cluster;
  }

  private shapeOf(hash: number, hash2: number): ShapeEntry | undefined {
    return this.shapes.find(hash, hash2, this.scanner.shapeLength, this.scanner.count);
  }

  /**
   * The cluster of a message whose shape is new (or whose cluster was evicted): by its masked key.
   * `base` is the entry of the message's shape, `variant` that of its kept-digit variant (see `mine`).
   */
  private mineShape(message: string, base: ShapeEntry | undefined, variant: ShapeEntry | undefined): Cluster {
    const scanner = this.scanner;
    scanner.mask();
    let entry = this.cache.find(scanner.hash, scanner.hash2, scanner.length, scanner.count);
    let cluster = entry === undefined ? undefined : resolve(entry.cluster);
    if (cluster === undefined || !cluster.alive) {
      const { masked, dates } = tokenizeMessage(message, this.maxTokens);
      cluster = this.place(masked, dates);
      if (entry !== undefined) entry.cluster = cluster;
      // Free text seldom repeats a line: remembering its shapes and keys would only fill the caches
      // (cleared at CACHE_LIMIT), and push out those of the file's other lines.
      else if (cluster.freeText) return cluster;
    }
    if (this.cache.size + this.shapes.size >= CACHE_LIMIT) {
      this.cache.clear();
      this.shapes.clear();
      entry = undefined;
      base = undefined;
      variant = undefined;
    }
    if (entry === undefined) {
      entry = {
        hash: scanner.hash,
        hash2: scanner.hash2,
        length: scanner.length,
        count: scanner.count,
        cluster,
        next: null,
      };
      this.cache.add(entry);
    }
    if (!this.useShapes) return cluster;
    const kept = scanner.digitTokenCount;
    if (!scanner.keptDigits) this.rememberShape(base, scanner.shapeHash, scanner.shapeHash2, entry, null);
    else if (kept < 0) {
      // A digit kept beside a variable in a token ("bglio344:<*>"): lines of this shape always mask.
      this.rememberShape(base, scanner.shapeHash, scanner.shapeHash2, null, null);
    } else {
      // Tokens kept whole with their digits: the shape sends their text on to a variant with the key.
      const tokens = base?.digitTokens ?? scanner.digitTokens.slice(0, kept);
      this.rememberShape(base, scanner.shapeHash, scanner.shapeHash2, null, tokens);
      scanner.digitVariant(tokens, kept);
      this.rememberShape(variant, scanner.variantHash, scanner.variantHash2, entry, null);
    }
    return cluster;
  }

  private rememberShape(
    shape: ShapeEntry | undefined,
    hash: number,
    hash2: number,
    entry: CacheEntry | null,
    digitTokens: Int32Array | null,
  ): void {
    if (shape !== undefined) {
      shape.entry = entry;
      shape.digitTokens = digitTokens;
      return;
    }
    const scanner = this.scanner;
    this.shapes.add({
      hash,
      hash2,
      length: scanner.shapeLength,
      count: scanner.count,
      entry,
      digitTokens,
      next: null,
    });
  }

  /** The current template of a cluster, by `MinedEvent.clusterId` (also after merges and eviction). */
  templateOf(clusterId: number): string | undefined {
    const c = this.lru.get(clusterId) ?? this.gone.get(clusterId);
    if (c === undefined) return this.evicted?.get(clusterId);
    return typeof c === 'string' ? c : resolve(c).template;
  }

  /**
   * The live cluster whose events a cluster's now count with: itself while alive, or the one it was
   * merged into; undefined once evicted (or forgotten, see `rememberGone`).
   */
  liveClusterOf(clusterId: number): number | undefined {
    const c = this.lru.get(clusterId) ?? this.gone.get(clusterId);
    if (c === undefined || typeof c === 'string') return undefined;
    const live = resolve(c);
    return live.alive ? live.key : undefined;
  }

  /** Patterns by count, descending. */
  patterns(): PatternSummary[] {
    return [...this.lru.values()]
      .map((c) => c.summary())
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  }

  /** The cluster of a masked message (`dates`: its runs of tokens that write a date, see Cluster). */
  private place(masked: string[], dates: number[]): Cluster {
    let best: Cluster | undefined;
    let bestScore = -1;
    const bucket = bucketKey(masked);
    for (const c of this.index.candidates(masked, bucket)) {
      const score = similarity(c.tokens, masked);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    // A first word that became a variable with fixed edges ("<*>:" from "com.apple.a:",
    // "com.apple.b:") takes later messages with another word there too.
    const first = masked[0] ?? '';
    if (bestScore < this.threshold && !first.includes(WILDCARD)) {
      for (const c of this.index.candidates(masked, variableFirstKey(masked.length))) {
        const head = c.tokens[0] ?? WILDCARD;
        if (head === WILDCARD || !fitsVariable(head, first)) continue;
        const score = similarity(c.tokens, masked);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
    }
    if (best !== undefined && bestScore >= this.threshold) {
      const tokens = best.tokens.map((t, i) =>
        isRouteAt(best.tokens, i) ? mergeRoutes(t, masked[i] ?? '') : mergeTokens(t, masked[i] ?? ''),
      );
      return tokens.some((t, i) => t !== best.tokens[i]) ? this.retemplate(best, tokens) : best;
    }
    // An all-variable template ("<*> <*>") is never "similar"; reuse it when it exists.
    const twin = this.index.byTemplate(masked.join(' '));
    if (twin !== undefined) return twin;
    const general = this.freeTextTokens(bucket, masked);
    const cluster = new Cluster(this.nextKey++, general ?? [...masked], this.limits, dates);
    if (general === null) this.noteMade(bucket, cluster);
    else cluster.freeText = true;
    cluster.touchedAt = this.tick;
    this.lru.set(cluster.key, cluster);
    this.index.attach(cluster);
    if (this.lru.size > this.maxClusters) this.evictOldest();
    // A new cluster may be the general one ("disk <*> usage" after "disk sda1 usage", "disk sdb1 usage").
    return this.foldCovered(this.mergeSiblings(cluster));
  }

  /**
   * Free text: when the last FREE_TEXT_RUN clusters made in a bucket (one length and first token) are
   * all still matched by their first message only — nothing the miner learnt there was ever seen
   * again: a search query, a chat line, a sentence after a fixed prefix — the new message's tokens
   * with a variable at each position where those messages hardly repeat a word (FREE_TEXT_DISTINCT),
   * or null. Such a bucket otherwise makes a cluster a line, indexes it and evicts another, and
   * shows each line as a pattern of its own; the general cluster takes the bucket's later messages
   * and folds those clusters (`foldCovered`). A bucket where any of them was matched again, merged,
   * evicted or a warning or an error is left to the usual rules (`endsFreeText`).
   */
  private freeTextTokens(bucket: string, masked: string[]): string[] | null {
    const made = this.madeIn.get(bucket);
    if (made === undefined || made.length < FREE_TEXT_RUN) return null;
    if (made.some(endsFreeText)) return null;
    const tokens = [...masked];
    const words = new Set<string>();
    let variables = 0;
    let constants = 0;
    for (let p = 0; p < tokens.length; p++) {
      const t = tokens[p] ?? '';
      if (t === WILDCARD) continue;
      words.clear();
      words.add(t);
      for (const c of made) words.add(c.tokens[p] ?? '');
      // The first token is the bucket's: the same in all of them unless it is a variable.
      if (p > 0 && words.size >= FREE_TEXT_DISTINCT * (made.length + 1)) {
        tokens[p] = WILDCARD;
        variables++;
      } else if (!t.includes(WILDCARD)) constants++;
    }
    this.madeIn.delete(bucket);
    // A template without a word ("<*>: <*> <*>") would take every message of its length.
    return variables > 0 && constants > 0 ? tokens : null;
  }

  /** Remembers a cluster made in a bucket, for `freeTextTokens`. */
  private noteMade(bucket: string, c: Cluster): void {
    let made = this.madeIn.get(bucket);
    if (made === undefined) {
      if (this.madeIn.size >= FREE_TEXT_BUCKETS) {
        const oldest = this.madeIn.keys().next();
        if (oldest.done !== true) this.madeIn.delete(oldest.value);
      }
      made = [];
      this.madeIn.set(bucket, made);
    }
    // A cluster matched again or gone (merged, evicted) ends the run: nor is a gone one held for it.
    if (made.some(endsFreeText)) made.length = 0;
    else if (made.length >= FREE_TEXT_RUN) made.shift();
    made.push(c);
  }

  /** Gives a cluster new tokens; if another cluster already has that template, the two merge. */
  private retemplate(c: Cluster, tokens: string[]): Cluster {
    this.index.detach(c);
    c.setTokens(tokens);
    const twin = this.index.byTemplate(c.joined);
    if (twin !== undefined && twin !== c) {
      const [keep, drop] = twin.key < c.key ? [twin, c] : [c, twin];
      this.fold(keep, drop);
      this.index.attach(keep);
      return keep;
    }
    this.index.attach(c);
    return this.foldCovered(c);
  }

  /**
   * Folds into `c` the clusters its template covers (every token the same, or taken by one of its
   * variables), when it is new or has just changed: "tenant t1" stays a cluster of its own beside
   * "tenant t0" (one word differs: the sibling rule's), and when a third line generalises the first to
   * "tenant <*>", the second is one of its events too.
   */
  private foldCovered(c: Cluster): Cluster {
    if (!c.joined.includes(WILDCARD)) return c;
    const covered = this.index.mayBeCoveredBy(c).filter((d) => covers(c.tokens, d.tokens));
    for (const d of covered) this.fold(c, d);
    return c;
  }

  private mergeSiblings(c: Cluster): Cluster {
    for (let i = 0; i < c.tokens.length; i++) {
      if (c.tokens[i] === WILDCARD) continue;
      const set = this.index.siblingsAt(c, i);
      if (set === undefined) continue;
      if (
        set.size < this.siblingThreshold &&
        !(set.size >= 2 && (isKeyValueHole(set, i) || isEmptyValueHole(set, i)))
      )
        continue;
      // A template made only of variables would swallow every message of its length. (Asked first:
      // every one-token cluster is a sibling of every other at its only position, thousands of them
      // in a file of one-word messages, and the questions below read them all.)
      if (!c.tokens.some((t, k) => k !== i && t !== WILDCARD)) continue;
      // HTTP methods are what a request does, not data: `"GET <*>"` and `"POST <*>"` stay apart; so
      // are past participles, what happened (`VM Started`, `VM Paused`, `VM Resumed`, `VM Stopped`).
      if ([...set].every((s) => isMethodToken(s.tokens[i] ?? ''))) continue;
      if ([...set].every((s) => isParticiple(s.tokens[i] ?? ''))) continue;
      // A request's route is what it asks for: routes (an access line's `GET orders/v1/orders/<*>`)
      // merge only with those that differ from it in one segment, the same one, and not an API's
      // version (`blog/<*>` for a blog's posts; `orders/v0/…` apart from `orders/v1/…`). Merged as
      // any token, every route a service answers for had become one `GET <*>`: a burst of 404s on a
      // retired version was no pattern's (blind20 1/s06, 3/s08, 12/s09).
      const route = isRouteAt(c.tokens, i);
      const group = route ? routeSiblings(c, [...set], i) : [...set];
      if (group.length < this.siblingThreshold && route) continue;
      const keep = group.reduce((a, b) => (a.key < b.key ? a : b));
      const merged = route
        ? group.reduce((t, c) => mergeRoutes(t, c.tokens[i] ?? ''), keep.tokens[i] ?? '')
        : group.reduce((t, c) => mergeTokens(t, c.tokens[i] ?? ''), keep.tokens[i] ?? '');
      for (const other of group) if (other !== keep) this.fold(keep, other);
      const tokens = [...keep.tokens];
      tokens[i] = merged;
      return this.mergeSiblings(this.retemplate(keep, tokens));
    }
    return c;
  }

  private fold(keep: Cluster, drop: Cluster): void {
    this.index.detach(drop);
    keep.merge(drop);
    drop.alive = false;
    drop.mergedInto = keep;
    this.lru.delete(drop.key);
    this.remember(drop.key, keep);
  }

  private touch(cluster: Cluster): void {
    this.tick++;
    // Re-inserting on every hit would cost two map operations per line; refresh only stale entries.
    if (this.tick - cluster.touchedAt > 1024) {
      this.lru.delete(cluster.key);
      this.lru.set(cluster.key, cluster);
      cluster.touchedAt = this.tick;
    }
  }

  private evictOldest(): void {
    // One iterator kept across calls: a fresh one steps over every slot the map's deletions left at
    // its front (thousands of them between two compactions, a cluster evicted a line in free text);
    // this one has passed them already, and V8 keeps it in place when the map is rehashed. Every
    // entry before it is gone (evicted, or moved to the end by `touch`), so it is at the oldest.
    let next = this.oldest.next();
    if (next.done === true) {
      this.oldest = this.lru.values();
      next = this.oldest.next();
    }
    const oldest = next.value;
    if (oldest === undefined) return;
    this.lru.delete(oldest.key);
    this.index.detach(oldest);
    oldest.alive = false;
    oldest.release();
    if (this.evicted !== undefined) this.evicted.set(oldest.key, oldest.template);
    else this.remember(oldest.key, oldest.template);
  }

  /**
   * Keeps what `templateOf` needs of a merged or evicted cluster (bounded): not the cluster itself,
   * whose object and arrays are most of what a file of free text — a cluster a line — keeps.
   */
  private remember(key: number, what: Cluster | string): void {
    if (this.keepGone !== undefined) {
      if (key >= this.firstKeyOfCall) this.goneThisCall.push(key);
      else if (!this.keepGone(key)) return;
    }
    if (this.gone.size >= this.rememberGone) {
      let forget = Math.max(1, Math.floor(this.rememberGone / 10));
      for (const old of this.gone.keys()) {
        if (forget-- <= 0) break;
        this.gone.delete(old);
      }
    }
    this.gone.set(key, what);
  }
}

/**
 * A masked key, known by its 64-bit fingerprint (two 32-bit hashes), length and token count: with at
 * most 200,000 entries, the odds of two keys colliding are about 1 in 10^9.
 */
interface CacheEntry {
  hash: number;
  hash2: number;
  length: number;
  count: number;
  cluster: Cluster;
  next: CacheEntry | null;
}

/** A line shape, known by its 64-bit fingerprint, length and token count, and its masked key. */
interface ShapeEntry {
  hash: number;
  hash2: number;
  length: number;
  count: number;
  /** Null when lines of this shape can have different masked keys (digits kept: "ssh2", "bglio344"). */
  entry: CacheEntry | null;
  /** The tokens whose text (digits as written) picks a variant of this shape with the key (see `mine`). */
  digitTokens: Int32Array | null;
  next: ShapeEntry | null;
}

/** Whether every message of template `specific` fits template `general` (of the same length). */
function covers(general: string[], specific: string[]): boolean {
  if (general.length !== specific.length) return false;
  for (let i = 0; i < general.length; i++) {
    const g = general[i] ?? '';
    const t = specific[i] ?? '';
    if (g === t) continue;
    if (!g.includes(WILDCARD)) return false;
    if (isRouteAt(general, i) ? !routeFits(g, t) : mergeTokens(g, t) !== g) return false;
  }
  return true;
}

/**
 * Whether a cluster ends a run of free text (see `freeTextTokens`): it was matched again, merged or
 * evicted — or its one message was a warning or an error: each new error stays a pattern of its own,
 * however many one-off errors share a first word and length ("Error: …").
 */
function endsFreeText(c: Cluster): boolean {
  return !c.alive || c.count !== 1 || c.warned;
}

function resolve(c: Cluster): Cluster {
  let r = c;
  while (r.mergedInto !== null) r = r.mergedInto;
  return r;
}

/**
 * A past participle, punctuation after it aside: letters only, ending in "ed", six letters or more
 * ("Started", "paused", "Resumed."; not "fred", "ahmed").
 */
function isParticiple(token: string): boolean {
  let end = token.length;
  while (end > 0 && ',.;:!)'.includes(token[end - 1] ?? '')) end--;
  if (end < 6 || token[end - 2] !== 'e' || token[end - 1] !== 'd') return false;
  for (let k = 0; k < end; k++) {
    const c = token.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * Whether the clusters differ at position i only in a value that is sometimes empty: "(<*>)" beside
 * "()" (sshd's `connection from 1.2.3.4 (host.example) at …` when the address has no name),
 * `"<*>"` beside `""`, `user=<*>` beside `user=`. An empty value is a value: two such clusters are
 * enough to merge.
 */
function isEmptyValueHole(set: Set<Cluster>, i: number): boolean {
  let variable: string | null = null;
  let empty: string | null = null;
  for (const c of set) {
    const token = c.tokens[i] ?? '';
    const at = token.indexOf(WILDCARD);
    if (at >= 0) {
      if (token.length === WILDCARD.length || token.indexOf(WILDCARD, at + 1) >= 0) return false;
      if (variable !== null && variable !== token) return false;
      variable = token;
    } else {
      if (empty !== null && empty !== token) return false;
      empty = token;
    }
  }
  return variable !== null && empty !== null && variable.replace(WILDCARD, '') === empty;
}

/**
 * Whether the clusters differ at position i only in the value of one `key=` ("user=root",
 * "user=guest"): a key's value is data, so two such clusters are enough to merge, not
 * `siblingThreshold`. All-caps values are states (status=FAILED, status=OK), which stay apart.
 */
function isKeyValueHole(set: Set<Cluster>, i: number): boolean {
  let key: string | null = null;
  for (const c of set) {
    const token = c.tokens[i] ?? '';
    const eq = token.indexOf('=');
    if (eq <= 0 || eq === token.length - 1) return false;
    if (key === null) key = token.slice(0, eq + 1);
    else if (!token.startsWith(key)) return false;
    if (isEnumWord(token.slice(eq + 1).replace(/[,;)\]}]+$/, ''))) return false;
  }
  return true;
}

/**
 * Of the clusters that differ from `c` only in the route at position `i`, `c` and those whose route
 * differs from its own in one segment — the segment most of them differ in (see mergeSiblings).
 */
function routeSiblings(c: Cluster, set: readonly Cluster[], i: number): Cluster[] {
  const own = c.tokens[i] ?? '';
  const bySegment = new Map<number, Cluster[]>();
  for (const s of set) {
    if (s === c) continue;
    const at = routeDifference(own, s.tokens[i] ?? '');
    if (at < 0) continue;
    const list = bySegment.get(at);
    if (list) list.push(s);
    else bySegment.set(at, [s]);
  }
  let best: Cluster[] = [];
  for (const list of bySegment.values()) if (list.length > best.length) best = list;
  return [c, ...best];
}
