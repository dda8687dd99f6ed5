import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emitted } from './formats';
import {
  EXPECTED_TYPES,
  incidentEvents,
  isSilenced,
  latencyFactor,
  rateFactor,
  type IncidentKind,
  type IncidentSpec,
} from './incidents';
import { Random } from './random';
import { SERVICES, type ServiceName } from './services';

export interface ScenarioSpec {
  name: string;
  seed: number;
  hours: number;
  services: ServiceName[];
  /** Multiplies every service's base rate. */
  load: number;
  incidents: IncidentSpec[];
}

export interface TruthIncident {
  kind: IncidentKind;
  types: string[];
  service: ServiceName;
  file: string;
  start: string;
  end: string;
}

export interface Scenario {
  spec: ScenarioSpec;
  files: { name: string; text: string; lines: number }[];
  truth: TruthIncident[];
  lines: number;
}

export const SCENARIO_START = Date.UTC(2026, 10, 20, 8, 0, 0);

/** Renders a scenario: several services in their own formats, diurnal load, noise, benign periodic jobs, incidents. */
export function generateScenario(spec: ScenarioSpec): Scenario {
  const r = new Random(spec.seed);
  const minutes = Math.round(spec.hours * 60);
  // Load shared by all services, wandering minute to minute: real traffic is over-dispersed.
  const load = Array.from(
    { length: minutes },
    (_, m) => spec.load * (1 + 0.25 * Math.sin((m / 1440) * 2 * Math.PI + spec.seed)) * r.logNormal(1, 0.12),
  );
  const files = spec.services.map((name) => {
    const service = SERVICES[name];
    const events: Emitted[] = [];
    for (let m = 0; m < minutes; m++) {
      if (isSilenced(spec.incidents, name, m)) continue;
      const conditions = { latency: latencyFactor(spec.incidents, name, m) };
      const n = r.poisson(service.rate * 60 * (load[m] ?? 1) * rateFactor(spec.incidents, name, m));
      for (let k = 0; k < n; k++)
        events.push(
          service.normal(r, SCENARIO_START + m * 60_000 + Math.floor(r.next() * 60_000), conditions),
        );
    }
    for (const p of service.periodic) {
      for (let ts = SCENARIO_START + p.offsetMs; ts < SCENARIO_START + minutes * 60_000; ts += p.everyMs) {
        if (!isSilenced(spec.incidents, name, Math.floor((ts - SCENARIO_START) / 60_000)))
          events.push(...p.make(r, ts));
      }
    }
    for (const incident of spec.incidents.filter((i) => i.service === name))
      events.push(...incidentEvents(incident, r, SCENARIO_START));
    events.sort((a, b) => a.ts - b.ts);
    const lines = events.flatMap((e) => service.render(service.name, e));
    return { name: service.file, text: lines.join('\n') + '\n', lines: lines.length };
  });
  const truth = spec.incidents.map((i) => ({
    kind: i.kind,
    types: EXPECTED_TYPES[i.kind],
    service: i.service,
    file: SERVICES[i.service].file,
    start: new Date(SCENARIO_START + i.atMinute * 60_000).toISOString(),
    end: new Date(SCENARIO_START + (i.atMinute + Math.max(i.minutes, 1)) * 60_000).toISOString(),
  }));
  return { spec, files, truth, lines: files.reduce((n, f) => n + f.lines, 0) };
}

export async function writeScenario(scenario: Scenario, root: string): Promise<string> {
  const dir = join(root, scenario.spec.name);
  await mkdir(dir, { recursive: true });
  for (const f of scenario.files) await writeFile(join(dir, f.name), f.text);
  await writeFile(
    join(dir, 'truth.json'),
    JSON.stringify({ lines: scenario.lines, incidents: scenario.truth }, null, 2),
  );
  return dir;
}
