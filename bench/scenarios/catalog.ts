import type { ScenarioSpec } from './generate-scenario';

/** The benchmark's cases: multi-service, several formats, 50k–200k lines over hours, known incidents. */
export const CATALOG: ScenarioSpec[] = [
  {
    name: 'checkout-outage',
    seed: 11,
    hours: 3,
    services: ['api', 'nginx', 'worker', 'billing', 'host'],
    load: 0.8,
    incidents: [
      { kind: 'error_burst', service: 'billing', atMinute: 70, minutes: 8 },
      { kind: 'http_5xx', service: 'nginx', atMinute: 72, minutes: 6 },
      { kind: 'oom_kill', service: 'host', atMinute: 140, minutes: 1 },
    ],
  },
  {
    name: 'redis-flap',
    seed: 23,
    hours: 4,
    services: ['api', 'worker', 'host'],
    load: 1,
    incidents: [
      { kind: 'retry_storm', service: 'worker', atMinute: 95, minutes: 6 },
      { kind: 'silence', service: 'worker', atMinute: 180, minutes: 15 },
    ],
  },
  {
    name: 'slow-database',
    seed: 37,
    hours: 3,
    services: ['api', 'nginx', 'billing'],
    load: 0.8,
    incidents: [
      { kind: 'latency_shift', service: 'api', atMinute: 100, minutes: 15 },
      { kind: 'latency_shift', service: 'nginx', atMinute: 100, minutes: 15 },
    ],
  },
  {
    name: 'disk-and-shards',
    seed: 41,
    hours: 5,
    services: ['api', 'worker', 'host'],
    load: 0.6,
    incidents: [
      { kind: 'new_error', service: 'api', atMinute: 160, minutes: 140 },
      { kind: 'disk_full', service: 'worker', atMinute: 230, minutes: 5 },
    ],
  },
  {
    name: 'go-panic',
    seed: 53,
    hours: 2,
    services: ['api', 'nginx', 'worker', 'billing'],
    load: 1.2,
    incidents: [
      { kind: 'panic', service: 'worker', atMinute: 60, minutes: 1 },
      { kind: 'silence', service: 'worker', atMinute: 61, minutes: 12 },
      { kind: 'error_burst', service: 'billing', atMinute: 20, minutes: 5 },
    ],
  },
  {
    name: 'busy-day',
    seed: 67,
    hours: 6,
    services: ['api', 'nginx', 'worker', 'billing', 'host'],
    load: 0.45,
    incidents: [
      { kind: 'http_5xx', service: 'nginx', atMinute: 45, minutes: 10 },
      { kind: 'retry_storm', service: 'worker', atMinute: 200, minutes: 4 },
      { kind: 'latency_shift', service: 'worker', atMinute: 290, minutes: 20 },
      { kind: 'oom_kill', service: 'host', atMinute: 320, minutes: 1 },
    ],
  },
  {
    name: 'subtle',
    seed: 97,
    hours: 4,
    services: ['api', 'nginx', 'worker', 'billing', 'host'],
    load: 0.5,
    incidents: [
      { kind: 'error_burst', service: 'billing', atMinute: 50, minutes: 8, intensity: 0.25 },
      { kind: 'retry_storm', service: 'worker', atMinute: 110, minutes: 5, intensity: 0.25 },
      { kind: 'latency_shift', service: 'api', atMinute: 170, minutes: 12, intensity: 0.4 },
      { kind: 'silence', service: 'billing', atMinute: 200, minutes: 6 },
    ],
  },
  {
    name: 'two-days',
    seed: 101,
    hours: 36,
    services: ['api', 'nginx', 'worker', 'billing', 'host'],
    load: 0.08,
    incidents: [
      { kind: 'silence', service: 'api', atMinute: 600, minutes: 40 },
      { kind: 'error_burst', service: 'billing', atMinute: 1300, minutes: 15, intensity: 0.5 },
      { kind: 'oom_kill', service: 'host', atMinute: 1900, minutes: 1 },
    ],
  },
  {
    name: 'healthy-mixed',
    seed: 79,
    hours: 4,
    services: ['api', 'nginx', 'worker', 'billing', 'host'],
    load: 0.6,
    incidents: [],
  },
  {
    name: 'healthy-quiet',
    seed: 83,
    hours: 6,
    services: ['api', 'worker', 'billing', 'host'],
    load: 0.5,
    incidents: [],
  },
  {
    name: 'healthy-long',
    seed: 89,
    hours: 30,
    services: ['api', 'nginx', 'worker', 'billing', 'host'],
    load: 0.08,
    incidents: [],
  },
];
