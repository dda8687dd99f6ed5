export * from './types';
export { InputError, type InputErrorCode } from './errors/input-error';
export { readEvents, readEventBatches, type ReadOptions } from './read/read-events';
export { commonYear } from './read/bundle-year';
export {
  bundleClock,
  inputClock,
  zoneOffsetMinutes,
  type BundleClock,
  type ClockOptions,
  type ClockInput,
  type InputClock,
} from './read/bundle-clock';
export { isArchive, memberEnds, type MemberEnds } from './read/member-ends';
export { TemplateMiner, type EvictedTemplates, type TemplateMinerOptions } from './mining/template-miner';
export { patternId, normalizeTemplate } from './mining/pattern-id';
export { parseTimestamp } from './fields/parse-timestamp';
export { normalizeLevel } from './fields/normalize-level';
export { detectFormat, type FormatDetection } from './format/detect-format';
export * from './analysis';
export * from './redact';
