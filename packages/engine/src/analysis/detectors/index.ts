import type { DetectionContext, Finding } from '../detection-context';
import { detectContainerRestarts, detectHeapExhaustions, detectWorkerKills } from './lifecycle';
import { detectCrashSilences } from './crash-silence';
import { detectErrorSpikes } from './error-spike';
import { detectLatencyDegradation } from './latency-degradation';
import { detectNewPatterns } from './new-pattern';
import { detectPatternSpikes } from './pattern-spike';
import { detectRareEvents } from './rare-event';
import { detectVolumeDrops } from './volume-drop';
import { detectVolumeSpikes } from './volume-spike';

export const DETECTORS: ((ctx: DetectionContext) => Finding[])[] = [
  detectErrorSpikes,
  detectVolumeSpikes,
  detectVolumeDrops,
  detectPatternSpikes,
  detectNewPatterns,
  detectRareEvents,
  detectCrashSilences,
  detectContainerRestarts,
  detectWorkerKills,
  detectHeapExhaustions,
  detectLatencyDegradation,
];
