// Synthetic mined events for tests: deterministic (seeded), no Engine I needed.
import type { Level, MinedEvent } from '../../types';

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson-distributed count (Knuth; fine for the small means used in tests). */
export function poisson(random: () => number, mean: number): number {
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

export function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
}

export interface EventSpec {
  template: string;
  params?: string[];
  level?: Level | null;
  service?: string | null;
  file?: string;
  attributes?: MinedEvent['attributes'];
  format?: MinedEvent['format'];
}

let line = 0;

export function minedEvent(timestamp: number | null, spec: EventSpec): MinedEvent {
  const params = spec.params ?? [];
  let i = 0;
  const message = spec.template.replace(/<\*>/g, () => params[i++] ?? 'x');
  return {
    file: spec.file ?? 'app.log',
    line: ++line,
    lineCount: 1,
    raw: `${timestamp === null ? '' : new Date(timestamp).toISOString()} ${(spec.level ?? 'info').toUpperCase()} ${message}`,
    timestamp,
    timestampInherited: false,
    level: spec.level === undefined ? 'info' : spec.level,
    service: spec.service === undefined ? 'api' : spec.service,
    message,
    attributes: spec.attributes ?? {},
    format: spec.format ?? 'text',
    truncated: false,
    patternId: fingerprint(spec.template),
    template: spec.template,
    params,
  };
}

export function fingerprint(template: string): string {
  let h = 2166136261;
  for (let i = 0; i < template.length; i++) h = Math.imul(h ^ template.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);
export const MINUTE = 60_000;

/** Events of several healthy patterns at `perMinute` for `minutes`, with noise and rare benign lines. */
export function healthyTraffic(options: {
  minutes: number;
  perMinute: number;
  seed?: number;
  service?: string;
  file?: string;
}): MinedEvent[] {
  const random = seeded(options.seed ?? 1);
  const { service = 'api', file = 'app.log' } = options;
  const events: MinedEvent[] = [];
  for (let m = 0; m < options.minutes; m++) {
    const n = poisson(random, options.perMinute);
    for (let k = 0; k < n; k++) {
      const ts = T0 + m * MINUTE + Math.floor(random() * MINUTE);
      const r = random();
      const ms = String(Math.round(20 * Math.exp(0.3 * gaussian(random))));
      if (r < 0.6)
        events.push(
          minedEvent(ts, {
            template: 'GET /api/<*> completed in <*> ms',
            params: [`items/${k}`, ms],
            service,
            file,
          }),
        );
      else if (r < 0.85)
        events.push(minedEvent(ts, { template: 'user <*> logged in', params: [`u${k}`], service, file }));
      else if (r < 0.995)
        events.push(
          minedEvent(ts, {
            template: 'cache hit ratio <*>',
            params: ['0.93'],
            level: 'debug',
            service,
            file,
          }),
        );
      else
        events.push(
          minedEvent(ts, {
            template: 'request <*> failed: upstream timeout',
            params: [`r${k}`],
            level: 'error',
            service,
            file,
          }),
        );
    }
    if (m % 15 === 7)
      events.push(
        minedEvent(T0 + m * MINUTE + 1000, {
          template: 'cron: rotated logs in <*>',
          params: ['/var/log'],
          service,
          file,
        }),
      );
  }
  return events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
}
