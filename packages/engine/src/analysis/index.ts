export { Analyzer, type AnalyzerOptions, type FinishInput } from './analyzer';
export { buildDigest, estimateTokens, type Digest, type DigestOptions } from './digest';
export type * from './report';
export { ANOMALY_TYPES, SEVERITIES } from './report';
export { summarize } from './summarize';
export {
  analyzeInputs,
  type AnalysisInput,
  type AnalysisResult,
  type AnalyzeOptions,
} from './analyze-inputs';
export { sampleLine } from './format';
