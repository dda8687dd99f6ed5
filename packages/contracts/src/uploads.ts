import { z } from 'zod';
import { pageOf } from './common';

export const UPLOAD_STATUSES = ['pending', 'queued', 'processing', 'completed', 'failed'] as const;
export const UploadStatus = z.enum(UPLOAD_STATUSES);
export type UploadStatus = z.infer<typeof UploadStatus>;

export const SEVERITY_VALUES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const Severity = z.enum(SEVERITY_VALUES);
export type Severity = z.infer<typeof Severity>;

export const LEVEL_VALUES = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export const Level = z.enum(LEVEL_VALUES);
export type Level = z.infer<typeof Level>;

export const UploadProgress = z
  .object({
    stage: z.enum(['uploading', 'queued', 'reading', 'storing', 'summarising', 'done']),
    bytesDone: z.number().int(),
    bytesTotal: z.number().int(),
    /** 0–100. */
    percent: z.number(),
    events: z.number().int().optional(),
  })
  .meta({ id: 'UploadProgress' });
export type UploadProgress = z.infer<typeof UploadProgress>;

/** One file of an upload (a bundle has several). */
export const UploadMember = z
  .object({
    name: z.string(),
    format: z.string().nullable(),
    lines: z.number().int().nullable(),
    events: z.number().int().nullable(),
    start: z.iso.datetime().nullable(),
    end: z.iso.datetime().nullable(),
  })
  .meta({ id: 'UploadMember' });
export type UploadMember = z.infer<typeof UploadMember>;

export const Upload = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    fileSize: z.number().int().nullable(),
    sha256: z.string().nullable(),
    status: UploadStatus,
    /** Why processing failed, in words a person can act on. */
    error: z.string().nullable(),
    progress: UploadProgress.nullable(),
    members: z.array(UploadMember),
    lineCount: z.number().int().nullable(),
    eventCount: z.number().int().nullable(),
    /** Overall severity of the analysis, once completed. */
    severity: Severity.nullable(),
    anomalyCount: z.number().int(),
    /** An earlier upload of the organisation with the same content (sha256), if any. */
    duplicateOf: z.object({ id: z.uuid(), filename: z.string(), createdAt: z.iso.datetime() }).nullable(),
    uploadedBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Upload' });
export type Upload = z.infer<typeof Upload>;

export const UploadPage = pageOf(Upload).meta({ id: 'UploadPage' });
export type UploadPage = z.infer<typeof UploadPage>;

export const UploadListQuery = z.object({
  status: UploadStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type UploadListQuery = z.infer<typeof UploadListQuery>;

/** Raw uploads name their file in the query: POST /api/v1/uploads?filename=app.log (body = the bytes). */
/** The zone that an upload's times written without one are in (see the engine's `inputClock`). */
const TimeZoneField = z
  .string()
  .min(1)
  .max(64)
  .describe(
    'The zone that times written without one are in: an IANA name (Europe/Berlin) or an offset (+05:30). ' +
      'Without it, a file beside files that write a zone is read at the offset that lines it up with them, else as UTC.',
  );

export const RawUploadQuery = z.object({
  filename: z.string().min(1).max(255).optional(),
  timezone: TimeZoneField.optional(),
});

export const DirectUploadRequest = z
  .object({
    filename: z.string().min(1).max(255),
    size: z.number().int().positive(),
    contentType: z.string().max(200).optional(),
    timezone: TimeZoneField.optional(),
  })
  .meta({ id: 'DirectUploadRequest', example: { filename: 'big.log.gz', size: 734003200 } });
export type DirectUploadRequest = z.infer<typeof DirectUploadRequest>;

export const DirectUploadTicket = z
  .object({
    upload: Upload,
    /** `put`: one PUT of the whole file to `url`. `multipart`: PUT each part to its URL, keep the ETags. */
    method: z.enum(['put', 'multipart']),
    url: z.url().optional(),
    partSize: z.number().int().optional(),
    parts: z.array(z.object({ partNumber: z.number().int(), url: z.url() })).optional(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'DirectUploadTicket' });
export type DirectUploadTicket = z.infer<typeof DirectUploadTicket>;

export const CompleteDirectUpload = z
  .object({
    parts: z.array(z.object({ partNumber: z.number().int().positive(), etag: z.string() })).optional(),
  })
  .meta({ id: 'CompleteDirectUpload' });
export type CompleteDirectUpload = z.infer<typeof CompleteDirectUpload>;
