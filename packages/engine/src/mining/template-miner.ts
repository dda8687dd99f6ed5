import type { LogEvent, MinedEvent, PatternSummary } from '../types';
import { Cluster, type ClusterLimits } from './cluster';
import { WILDCARD } from './mask-token';
import { tokenizeMessage } from './tokenize-message';
import { extractParams } from './extract-params';
import { similarity } from './similarity';

export interface TemplateMinerOptions {
  /** Clusters kept at once; the least recently used is evicted beyond it (default 10,000). */
  maxClusters?: number;
  /** Minimum share of a template's constant tokens an event must share to join it (default 0.5). */
  similarity?: number;
  /** Tokens of a message considered for mining (default 128). */
  maxTokens?: number;
  maxSamples?: number;
  maxVariables?: number;
  maxDistinctValues?: number;
  /** Characters kept of each sample event (default 1,000). */
  maxSampleChars?: number;
}

const CACHE_LIMIT = 200_000;
const RETIRED_LIMIT = 1_000_000;

/**
 * Drain-style miner: events are bucketed by token count and first token, then joined to the most
 * similar template in the bucket. Masking first makes most lines exact repeats, served from a cache.
 */
export class TemplateMiner {
  private readonly buckets = new Map<string, Cluster[]>();
  private readonly cache = new Map<string, Cluster>();
  private readonly lru = new Map<number, Cluster>();
  private readonly retired = new Map<number, string>();
  private readonly limits: ClusterLimits;
  private readonly maxClusters: number;
  private readonly threshold: number;
  private readonly maxTokens: number;
  private nextKey = 1;
  private tick = 0;

  constructor(options: TemplateMinerOptions = {}) {
    this.maxClusters = options.maxClusters ?? 10_000;
    this.threshold = options.similarity ?? 0.5;
    this.maxTokens = options.maxTokens ?? 128;
    this.limits = {
      maxSamples: options.maxSamples ?? 3,
      maxVariables: options.maxVariables ?? 16,
      maxDistinct: options.maxDistinctValues ?? 100,
      maxSampleChars: options.maxSampleChars ?? 1000,
    };
  }

  mine(event: LogEvent): MinedEvent {
    const { raw, masked } = tokenizeMessage(event.message, this.maxTokens);
    const key = masked.join(' ');
    let cluster = this.cache.get(key);
    if (cluster === undefined || !cluster.alive) {
      cluster = this.match(masked) ?? this.create(masked);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, cluster);
    }
    this.touch(cluster);
    const params = extractParams(cluster.tokens, raw);
    cluster.record(event.level, event.timestamp, params, () => ({
      file: event.file,
      line: event.line,
      text: event.raw,
    }));
    return {
      ...event,
      patternId: cluster.patternId,
      template: cluster.template,
      params,
      clusterId: cluster.key,
    };
  }

  /** The current template of a cluster (also after it was evicted), by `MinedEvent.clusterId`. */
  templateOf(clusterId: number): string | undefined {
    return this.lru.get(clusterId)?.template ?? this.retired.get(clusterId);
  }

  /** Patterns by count, descending; clusters that ended with the same template are merged. */
  patterns(): PatternSummary[] {
    const byTemplate = new Map<string, Cluster>();
    const extra: Cluster[] = [];
    for (const c of this.lru.values()) {
      const first = byTemplate.get(c.template);
      if (first) extra.push(c);
      else byTemplate.set(c.template, c);
    }
    const summaries = new Map<string, PatternSummary>();
    for (const [template, c] of byTemplate) {
      const twins = extra.filter((e) => e.template === template);
      if (twins.length === 0) {
        summaries.set(template, c.summary());
        continue;
      }
      const merged = new Cluster(0, [...c.tokens], this.limits);
      merged.merge(c);
      for (const t of twins) merged.merge(t);
      summaries.set(template, merged.summary());
    }
    return [...summaries.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  }

  private match(masked: string[]): Cluster | undefined {
    const first = masked[0] ?? '';
    const bucket = this.buckets.get(bucketKey(masked.length, first));
    let best: Cluster | undefined;
    let bestScore = -1;
    if (bucket) {
      for (const c of bucket) {
        const score = similarity(c.tokens, masked);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
    }
    if (best === undefined || bestScore < this.threshold) return undefined;
    best.absorb(masked);
    return best;
  }

  private create(masked: string[]): Cluster {
    const cluster = new Cluster(this.nextKey++, [...masked], this.limits);
    const key = bucketKey(masked.length, masked[0] ?? '');
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(cluster);
    else this.buckets.set(key, [cluster]);
    this.lru.set(cluster.key, cluster);
    cluster.touchedAt = this.tick;
    if (this.lru.size > this.maxClusters) this.evictOldest();
    return cluster;
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
    const oldest = this.lru.values().next().value;
    if (oldest === undefined) return;
    this.lru.delete(oldest.key);
    oldest.alive = false;
    if (this.retired.size >= RETIRED_LIMIT) this.retired.clear();
    this.retired.set(oldest.key, oldest.template);
    const key = bucketKey(oldest.tokens.length, oldest.tokens[0] ?? '');
    const bucket = this.buckets.get(key);
    if (bucket) {
      const i = bucket.indexOf(oldest);
      if (i >= 0) bucket.splice(i, 1);
      if (bucket.length === 0) this.buckets.delete(key);
    }
  }
}

function bucketKey(length: number, first: string): string {
  return first.includes(WILDCARD) ? `${length} ${WILDCARD}` : `${length} ${first}`;
}
