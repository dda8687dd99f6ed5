import type { Emitted } from './formats';
import type { Random } from './random';
import type { ServiceName } from './services';

export const INCIDENT_KINDS = [
  'traffic_flood',
  'refused_flood',
  'error_burst',
  'silence',
  'retry_storm',
  'latency_shift',
  'oom_kill',
  'new_error',
  'disk_full',
  'panic',
  'http_5xx',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Anomaly types that count as finding each kind of incident (the first is the one we aim for). */
export const EXPECTED_TYPES: Record<IncidentKind, string[]> = {
  error_burst: ['error_spike', 'pattern_spike', 'new_pattern'],
  silence: ['volume_drop'],
  retry_storm: ['pattern_spike', 'volume_spike'],
  latency_shift: ['latency_degradation'],
  oom_kill: ['rare_event'],
  new_error: ['new_pattern'],
  disk_full: ['rare_event'],
  panic: ['rare_event'],
  http_5xx: ['error_spike'],
  traffic_flood: ['volume_spike'],
  refused_flood: ['pattern_spike', 'error_spike', 'new_pattern'],
};

export interface IncidentSpec {
  kind: IncidentKind;
  service: ServiceName;
  /** Minutes from the scenario start. */
  atMinute: number;
  minutes: number;
  /** Scales the incident's extra lines (and the latency factor); default 1. */
  intensity?: number;
}

/** The extra lines an incident writes (the silence and latency kinds change conditions instead). */
export function incidentEvents(spec: IncidentSpec, r: Random, startMs: number): Emitted[] {
  const from = startMs + spec.atMinute * 60_000;
  const span = spec.minutes * 60_000;
  const k = spec.intensity ?? 1;
  const within = (n: number) =>
    Array.from({ length: Math.round(n * k) }, () => from + Math.floor(r.next() * span)).sort((a, b) => a - b);
  switch (spec.kind) {
    case 'error_burst':
      return within(spec.minutes * 60).map((ts) => ({
        ts,
        level: 'error',
        msg: `Charge failed for order ${r.int(1e5, 9e5)}: PaymentGatewayException: connection reset by peer`,
        fields: { logger: 'com.example.billing.PaymentService', request_id: r.hex(12) },
        trace: [
          'com.example.billing.gateway.PaymentGatewayException: connection reset by peer',
          '\tat com.example.billing.gateway.PaymentClient.charge(PaymentClient.java:118)',
          '\tat com.example.billing.PaymentService.capture(PaymentService.java:77)',
          '\t... 23 more',
        ],
      }));
    case 'retry_storm':
      return within(spec.minutes * 600).map((ts) => ({
        ts,
        level: 'warn',
        msg: `retrying connection to redis:6379 (attempt ${r.int(1, 9)})`,
      }));
    case 'new_error':
      return within(spec.minutes * 4).map((ts) => ({
        ts,
        level: 'error',
        msg: `replication lag on shard ${r.int(1, 3)} is ${r.int(30, 300)}s, reads may be stale`,
      }));
    case 'http_5xx':
      return within(spec.minutes * 240).map((ts) => ({
        ts,
        level: 'error',
        msg: '',
        http: {
          method: 'POST',
          path: `/v1/checkout/${r.int(1, 99999)}`,
          status: r.pick([502, 503, 504]),
          bytes: 150,
          seconds: r.logNormal(0.2, 0.3),
          client: `10.0.${r.int(0, 20)}.${r.int(1, 254)}`,
        },
      }));
    case 'oom_kill':
      return [
        {
          ts: from,
          level: 'error',
          msg: `Out of memory: Killed process ${r.int(1000, 30000)} (java) total-vm:${r.int(8e6, 9e6)}kB, anon-rss:${r.int(4e6, 5e6)}kB, file-rss:0kB`,
          fields: { tag: 'kernel' },
        },
      ];
    case 'disk_full':
      return within(3 / k).map((ts) => ({
        ts,
        level: 'error',
        msg: `write /var/lib/app/exports/${r.hex(8)}.csv: no space left on device`,
        fields: { queue: 'exports' },
      }));
    case 'panic':
      return [
        {
          ts: from,
          level: 'fatal',
          msg: 'panic: runtime error: invalid memory address or nil pointer dereference',
          fields: { goroutine: 41 },
        },
        {
          ts: from + 5,
          level: 'fatal',
          msg: '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4a1b2c]',
        },
      ];
    case 'refused_flood':
      return within(spec.minutes * 900).map((ts) => ({
        ts,
        level: 'error',
        msg: `connect ECONNREFUSED 10.0.3.${r.int(10, 12)}:5432 (pool ${r.pick(['primary', 'replica'])})`,
      }));
    case 'silence':
    case 'latency_shift':
    case 'traffic_flood':
      return [];
  }
}

export function isSilenced(specs: readonly IncidentSpec[], service: ServiceName, minute: number): boolean {
  return specs.some(
    (s) =>
      s.kind === 'silence' &&
      s.service === service &&
      minute >= s.atMinute &&
      minute < s.atMinute + s.minutes,
  );
}

export function latencyFactor(specs: readonly IncidentSpec[], service: ServiceName, minute: number): number {
  const shift = specs.find(
    (s) =>
      s.kind === 'latency_shift' &&
      s.service === service &&
      minute >= s.atMinute &&
      minute < s.atMinute + s.minutes,
  );
  return shift ? 1 + 5 * (shift.intensity ?? 1) : 1;
}

/** Multiplies a service's normal traffic (floods). */
export function rateFactor(specs: readonly IncidentSpec[], service: ServiceName, minute: number): number {
  const flood = specs.find(
    (s) =>
      s.kind === 'traffic_flood' &&
      s.service === service &&
      minute >= s.atMinute &&
      minute < s.atMinute + s.minutes,
  );
  return flood ? 1 + 4 * (flood.intensity ?? 1) : 1;
}
