import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { patternId, type EvictedTemplates } from '@logai/engine';

const NAMED = 1;
const EVICTED = 2;
const FINGERPRINT_BYTES = 8;

/**
 * The final pattern of every cluster an upload's events name, for the `pattern_clusters` rows that
 * join its events to its patterns. An evicted cluster's is taken at its eviction (the miner's
 * `evicted` store): a log of free text evicts a cluster every other line, ~5 M in a gigabyte, and
 * holding their templates (or a map of them) took the worker past its memory budget. 9 bytes a
 * cluster here; a template is kept only where the analyser will ask for it.
 */
export class ClusterPatterns implements EvictedTemplates {
  /** NAMED | EVICTED by cluster id. */
  private state = new Uint8Array(1 << 16);
  /** An evicted cluster's pattern id (16 hex digits) as 8 bytes, at 8 × its cluster id. */
  private fingerprints = new Uint8Array(FINGERPRINT_BYTES << 16);
  private readonly templates = new Map<number, string>();
  private maxId = 0;

  /** `keep`: whether `get` must answer for an evicted cluster (`Analyzer.tracksCluster`). */
  constructor(private readonly keep: (clusterId: number) => boolean) {}

  /** An event names the cluster (after its batch was mined). */
  named(clusterId: number): void {
    this.grow(clusterId);
    this.state[clusterId] = (this.state[clusterId] ?? 0) | NAMED;
  }

  set(clusterId: number, template: string): void {
    this.grow(clusterId);
    this.state[clusterId] = (this.state[clusterId] ?? 0) | EVICTED;
    this.fingerprints.set(Buffer.from(patternId(template), 'hex'), clusterId * FINGERPRINT_BYTES);
    // Not yet named: evicted in the batch that made it, before the analyser saw its events.
    if (((this.state[clusterId] ?? 0) & NAMED) === 0 || this.keep(clusterId)) {
      this.templates.set(clusterId, template);
    }
  }

  get(clusterId: number): string | undefined {
    return this.templates.get(clusterId);
  }

  /** A cluster's final pattern id: its own at eviction, or its template's now (`templateOf`). */
  patternOf(clusterId: number, templateOf: (clusterId: number) => string | undefined): string | undefined {
    if (((this.state[clusterId] ?? 0) & EVICTED) !== 0) {
      const at = clusterId * FINGERPRINT_BYTES;
      return Buffer.from(this.fingerprints.buffer, at, FINGERPRINT_BYTES).toString('hex');
    }
    const template = templateOf(clusterId);
    return template === undefined ? undefined : patternId(template);
  }

  /** Every named cluster with its final pattern id, by cluster id. */
  *rows(templateOf: (clusterId: number) => string | undefined): Generator<[number, string]> {
    for (let id = 0; id <= this.maxId; id++) {
      if (((this.state[id] ?? 0) & NAMED) === 0) continue;
      const fingerprint = this.patternOf(id, templateOf);
      if (fingerprint !== undefined) yield [id, fingerprint];
    }
  }

  private grow(clusterId: number): void {
    if (clusterId > this.maxId) this.maxId = clusterId;
    if (clusterId < this.state.length) return;
    let length = this.state.length;
    while (length <= clusterId) length *= 2;
    const state = new Uint8Array(length);
    state.set(this.state);
    this.state = state;
    const fingerprints = new Uint8Array(length * FINGERPRINT_BYTES);
    fingerprints.set(this.fingerprints);
    this.fingerprints = fingerprints;
  }
}

/** The COPY statement `copyPatternClusters` writes to. */
export const COPY_PATTERN_CLUSTERS =
  'copy pattern_clusters (organization_id, upload_id, cluster_id, fingerprint) from stdin';

/**
 * Writes rows of (cluster id, pattern id) to a COPY of `COPY_PATTERN_CLUSTERS` and ends it: millions of
 * rows for a log of free text, which inserts of 500 rows took minutes over.
 */
export async function copyPatternClusters(
  copy: { stream: Writable; done: Promise<void> },
  rows: Iterable<[number, string]>,
  organizationId: string,
  uploadId: string,
): Promise<void> {
  const prefix = `${organizationId}\t${uploadId}\t`;
  let chunk = '';
  for (const [clusterId, fingerprint] of rows) {
    chunk += `${prefix}${clusterId}\t${fingerprint}\n`;
    if (chunk.length < 1 << 20) continue;
    if (!copy.stream.write(chunk)) await Promise.race([once(copy.stream, 'drain'), copy.done]);
    chunk = '';
  }
  copy.stream.end(chunk);
  await copy.done;
}
