import { z } from 'zod';
import { Anomaly } from './analysis';
import { UploadProgress, UploadStatus } from './uploads';

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

export const StreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('upload.updated'), data: UploadUpdate }),
  z.object({ type: z.literal('anomaly.created'), data: Anomaly }),
]);
export type StreamEvent = z.infer<typeof StreamEvent>;
