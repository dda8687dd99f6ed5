export { Analyzer, type AnalyzerOptions } from './analyzer';
export type * from './report';
export { ANOMALY_TYPES, SEVERITIES } from './report';
export { summarize } from './summarize';
