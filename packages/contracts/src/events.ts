import { z } from 'zod';
import { Level } from './uploads';

export const LogEvent = z
  .object({
    id: z.string(),
    file: z.string(),
    line: z.number().int(),
    lineCount: z.number().int(),
    ts: z.iso.datetime().nullable(),
    level: Level.nullable(),
    service: z.string().nullable(),
    patternId: z.string().nullable(),
    message: z.string(),
    raw: z.string(),
  })
  .meta({ id: 'LogEvent' });
export type LogEvent = z.infer<typeof LogEvent>;

const levels = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
  z.array(Level),
);

/** Filters shared by event search and the histogram. */
export const EventFilter = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  level: levels.optional(),
  pattern: z.string().max(64).optional(),
  file: z.string().max(500).optional(),
  /** Case-insensitive text the event contains. */
  q: z.string().max(500).optional(),
});
export type EventFilter = z.infer<typeof EventFilter>;

export const EventQuery = EventFilter.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});
export type EventQuery = z.infer<typeof EventQuery>;

export const EventPage = z
  .object({ items: z.array(LogEvent), nextCursor: z.string().nullable() })
  .meta({ id: 'EventPage' });
export type EventPage = z.infer<typeof EventPage>;

export const EventContextQuery = z.object({
  before: z.coerce.number().int().min(0).max(100).default(10),
  after: z.coerce.number().int().min(0).max(100).default(10),
});

export const EventContext = z
  .object({ before: z.array(LogEvent), event: LogEvent, after: z.array(LogEvent) })
  .meta({ id: 'EventContext' });
export type EventContext = z.infer<typeof EventContext>;

export const HistogramQuery = EventFilter.extend({
  buckets: z.coerce.number().int().min(1).max(500).default(60),
});
export type HistogramQuery = z.infer<typeof HistogramQuery>;

export const Histogram = z
  .object({
    bucketSeconds: z.number(),
    buckets: z.array(
      z.object({
        start: z.iso.datetime(),
        counts: z.object({
          trace: z.number().int(),
          debug: z.number().int(),
          info: z.number().int(),
          warn: z.number().int(),
          error: z.number().int(),
          fatal: z.number().int(),
          none: z.number().int(),
        }),
      }),
    ),
  })
  .meta({ id: 'Histogram' });
export type Histogram = z.infer<typeof Histogram>;
