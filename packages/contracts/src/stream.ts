import { z } from 'zod';
import { AnomalyType } from './analysis';
import { Severity, UploadProgress, UploadStatus } from './uploads';

/**
 * Server-sent events of GET /api/v1/stream (one organisation's live feed). `event:` is the type,
 * `data:` the JSON below, `id:` usable as Last-Event-ID to resume after a reconnect.
 */
export const UploadUpdate = z.object({
  uploadId: z.uuid(),
  status: UploadStatus,
  progress: UploadProgress.nullable(),
  error: z.string().nullable(),
});
export type UploadUpdate = z.infer<typeof UploadUpdate>;

/** A new anomaly, in brief (live messages stay small); GET /api/v1/anomalies/{id} has the evidence. */
export const AnomalyCreated = z.object({
  id: z.uuid(),
  uploadId: z.uuid(),
  type: AnomalyType,
  severity: Severity,
  description: z.string(),
  windowStart: z.iso.datetime().nullable(),
  windowEnd: z.iso.datetime().nullable(),
});
export type AnomalyCreated = z.infer<typeof AnomalyCreated>;

export const StreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('upload.updated'), data: UploadUpdate }),
  z.object({ type: z.literal('anomaly.created'), data: AnomalyCreated }),
]);
export type StreamEvent = z.infer<typeof StreamEvent>;
