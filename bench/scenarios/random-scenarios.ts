import type { ScenarioSpec } from './generate-scenario';
import { INCIDENT_KINDS, type IncidentKind, type IncidentSpec } from './incidents';
import { Random } from './random';
import type { ServiceName } from './services';

/** Where each kind of incident can happen (the service whose log shows it). */
const HOSTS: Record<IncidentKind, ServiceName[]> = {
  error_burst: ['billing'],
  silence: ['api', 'worker', 'billing', 'host'],
  retry_storm: ['worker'],
  latency_shift: ['api', 'nginx', 'worker', 'billing'],
  oom_kill: ['host'],
  new_error: ['api'],
  disk_full: ['worker'],
  panic: ['worker'],
  http_5xx: ['nginx'],
  traffic_flood: ['nginx'],
  refused_flood: ['api'],
};

/**
 * Random scenarios, unlike the hand-written catalog: random services, load, length, incidents, times
 * and intensities (0.5–1.5). A check that the detectors are not tuned to the catalog alone.
 */
export function randomScenarios(count: number, seed: number): ScenarioSpec[] {
  const r = new Random(seed);
  return Array.from({ length: count }, (_, n) => {
    const services: ServiceName[] = ['api', 'nginx', 'worker', 'billing', 'host'].filter(
      () => r.next() < 0.8,
    ) as ServiceName[];
    if (!services.includes('api')) services.push('api');
    const hours = [2, 3, 4, 6, 12][r.int(0, 4)] ?? 3;
    const minutes = hours * 60;
    const load = Math.min(1.2, Math.max(0.08, (r.int(60, 180) * 1000) / (hours * 3600 * 19)));
    const incidents: IncidentSpec[] = [];
    const wanted = r.int(0, 4);
    for (let tries = 0; incidents.length < wanted && tries < 50; tries++) {
      const kind = r.pick(INCIDENT_KINDS);
      const service = r.pick(HOSTS[kind]);
      if (!services.includes(service)) continue;
      const length =
        kind === 'new_error'
          ? Math.round(minutes * 0.4)
          : kind === 'oom_kill' || kind === 'panic'
            ? 1
            : r.int(5, 15);
      const atMinute =
        kind === 'new_error'
          ? Math.round(minutes * 0.55)
          : r.int(Math.round(minutes * 0.1), minutes - length - 10);
      const clash = incidents.some(
        (i) => atMinute < i.atMinute + i.minutes + 20 && i.atMinute < atMinute + length + 20,
      );
      if (!clash) incidents.push({ kind, service, atMinute, minutes: length, intensity: 0.5 + r.next() });
    }
    return { name: `random-${seed}-${n}`, seed: seed * 1000 + n, hours, services, load, incidents };
  });
}
