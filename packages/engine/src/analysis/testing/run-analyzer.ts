import type { MinedEvent } from '../../types';
import { Analyzer, type AnalyzerOptions } from '../analyzer';
import type { AnalysisReport } from '../report';

/** Runs the analyzer on events already mined, with the pattern list the miner would give. */
export function analyze(events: readonly MinedEvent[], options: AnalyzerOptions = {}): AnalysisReport {
  const analyzer = new Analyzer(options);
  const sorted = [...events].sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
  for (const e of sorted) analyzer.add(e);
  return analyzer.finish({ patterns: [], files: [] });
}
