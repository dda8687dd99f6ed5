import { SEVERITIES, type Severity } from './report';

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function maxSeverity(severities: Iterable<Severity>): Severity {
  let best: Severity = 'info';
  for (const s of severities) if (severityRank(s) > severityRank(best)) best = s;
  return best;
}

/** Picks a severity from a ratio against thresholds given as [critical, high, medium, low]. */
export function severityByFactor(factor: number, thresholds: [number, number, number, number]): Severity {
  const [critical, high, medium, low] = thresholds;
  if (factor >= critical) return 'critical';
  if (factor >= high) return 'high';
  if (factor >= medium) return 'medium';
  if (factor >= low) return 'low';
  return 'info';
}

/** The lower of two severities: caps a severity. */
export function capSeverity(severity: Severity, cap: Severity): Severity {
  return severityRank(severity) > severityRank(cap) ? cap : severity;
}
