import { patternId, type MinedEvent } from '@logai/engine';
import type { BufferedWriter } from './write-lines';

/**
 * Remembers which cluster each event joined (8 bytes per event), so every physical line can be
 * printed with its cluster's final template once mining is done.
 */
export class EventLines {
  private clusters = new Uint32Array(1024);
  private counts = new Uint32Array(1024);
  private files: { name: string; from: number }[] = [];
  private size = 0;

  add(event: MinedEvent): void {
    if (this.size === this.clusters.length) {
      this.clusters = grow(this.clusters);
      this.counts = grow(this.counts);
    }
    const last = this.files[this.files.length - 1];
    // A file's first event starts its lines (records of a JSON document on one line own none but the first).
    if (last === undefined || last.name !== event.file || (event.line === 1 && event.lineCount > 0))
      this.files.push({ name: event.file, from: this.size });
    this.clusters[this.size] = event.clusterId ?? 0;
    this.counts[this.size] = event.lineCount;
    this.size++;
  }

  async writeJsonl(
    out: BufferedWriter,
    templateOf: (clusterId: number) => string,
    withFile: boolean,
  ): Promise<void> {
    const ids = new Map<number, { template: string; json: string }>();
    for (let f = 0; f < this.files.length; f++) {
      const file = this.files[f];
      if (!file) continue;
      const to = this.files[f + 1]?.from ?? this.size;
      const fileJson = withFile ? `,"file":${JSON.stringify(file.name)}` : '';
      let line = 1;
      for (let i = file.from; i < to; i++) {
        const cluster = this.clusters[i] ?? 0;
        let known = ids.get(cluster);
        if (!known) {
          // Bounded: free text has a cluster a line (most lines repeat a recent cluster).
          if (ids.size >= 65_536) ids.clear();
          const template = templateOf(cluster);
          known = {
            template,
            json: `,"template":${JSON.stringify(template)},"pattern":"${patternId(template)}"`,
          };
          ids.set(cluster, known);
        }
        const n = this.counts[i] ?? 1;
        for (let k = 0; k < n; k++) {
          if (out.add(`{"line":${line++}${fileJson}${known.json}}\n`)) await out.flush();
        }
      }
    }
  }
}

function grow(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
