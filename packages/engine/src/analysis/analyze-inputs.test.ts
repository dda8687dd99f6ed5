import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInputs } from './analyze-inputs';
import { buildDigest, estimateTokens } from './digest';

const fixtures = join(import.meta.dirname, '../../test-fixtures/analysis');
const inputs = (dir: string, files: string[]) =>
  files.map((name) => ({ name, source: createReadStream(join(fixtures, dir, name)) }));

describe('analyzeInputs on fixture files', () => {
  it('finds the payment outage and the OOM kill of the ground truth, and summarises them', async () => {
    const truth = JSON.parse(readFileSync(join(fixtures, 'payment-outage/truth.json'), 'utf8')) as {
      incidents: { kind: string; types: string[]; start: string; end: string }[];
    };
    const { report, patterns } = await analyzeInputs(inputs('payment-outage', ['billing.log', 'syslog']));
    for (const incident of truth.incidents) {
      const found = report.anomalies.find(
        (a) => incident.types.includes(a.type) && a.start <= incident.end && a.end >= incident.start,
      );
      expect(found, incident.kind).toBeDefined();
    }
    expect(report.files.map((f) => f.name)).toEqual(['billing.log', 'syslog']);
    expect(patterns.length).toBeGreaterThanOrEqual(report.patterns.length);
    expect(report.summary.severity).toBe('critical');
    expect(report.summary.content).toMatch(/08:15–08:1\d UTC/);
    expect(report.summary.key_issues.some((k) => /Charge failed/.test(k.title) && k.sample !== null)).toBe(
      true,
    );
  });

  it('finds nothing serious in the healthy fixture', async () => {
    const { report } = await analyzeInputs(inputs('healthy', ['billing.log', 'syslog']));
    expect(report.anomalies.filter((a) => a.severity === 'high' || a.severity === 'critical')).toEqual([]);
    expect(report.summary.severity).not.toBe('critical');
  });

  it('turns the report into a redacted digest far below the token budget', async () => {
    const { report } = await analyzeInputs(inputs('payment-outage', ['billing.log', 'syslog']));
    const digest = buildDigest(report);
    expect(estimateTokens(digest)).toBeLessThan(8000);
    expect(digest.anomalies.map((a) => a.type)).toContain('rare_event');
  });
});
