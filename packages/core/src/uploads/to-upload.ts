import type { Severity, Upload, UploadMember, UploadProgress, UploadStatus } from '@logai/contracts';
import { UPLOAD_STATUSES, SEVERITY_VALUES } from '@logai/contracts';
import type { uploads } from '@logai/db';
import { z } from 'zod';

/** What the uploads.metadata column holds. */
export const UploadMetadata = z.object({
  members: z
    .array(
      z.object({
        name: z.string(),
        key: z.string(),
        size: z.number(),
        sha256: z.string(),
        format: z.string().nullable().default(null),
        lines: z.number().nullable().default(null),
        events: z.number().nullable().default(null),
        start: z.string().nullable().default(null),
        end: z.string().nullable().default(null),
      }),
    )
    .default([]),
  /** Every file read, after opening bundles: what the engine found in each. */
  files: z
    .array(
      z.object({
        name: z.string(),
        format: z.string().nullable(),
        lines: z.number().nullable(),
        events: z.number().nullable(),
        start: z.string().nullable(),
        end: z.string().nullable(),
      }),
    )
    .default([]),
  severity: z.enum(SEVERITY_VALUES).nullable().default(null),
  anomalyCount: z.number().default(0),
  errorCount: z.number().default(0),
  /** The zone its times written without one are in, as the uploader said (see `inputClock`). */
  timeZone: z.string().optional(),
  /** A direct-to-store upload in progress: the store's multipart id (null for a single PUT). */
  direct: z.object({ multipartId: z.string().nullable(), partSize: z.number() }).optional(),
});
export type UploadMetadata = z.infer<typeof UploadMetadata>;

const Progress = z.object({
  stage: z.enum(['uploading', 'queued', 'reading', 'storing', 'summarising', 'done']),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  percent: z.number(),
  events: z.number().optional(),
});

export interface DuplicateRef {
  id: string;
  filename: string;
  createdAt: Date;
}

export function toUpload(row: typeof uploads.$inferSelect, duplicate: DuplicateRef | null = null): Upload {
  const metadata = UploadMetadata.parse(row.metadata);
  const progress = Progress.safeParse(row.progress);
  const members: UploadMember[] = (metadata.files.length > 0 ? metadata.files : metadata.members).map(
    (member) => ({
      name: member.name,
      format: member.format,
      lines: member.lines,
      events: member.events,
      start: member.start,
      end: member.end,
    }),
  );
  return {
    id: row.id,
    filename: row.filename,
    fileSize: row.fileSize,
    sha256: row.sha256,
    status: toStatus(row.status),
    error: row.error,
    progress: progress.success ? (progress.data satisfies UploadProgress) : null,
    members,
    lineCount: row.lineCount,
    eventCount: row.eventCount,
    severity: metadata.severity satisfies Severity | null,
    anomalyCount: metadata.anomalyCount,
    duplicateOf: duplicate
      ? { id: duplicate.id, filename: duplicate.filename, createdAt: duplicate.createdAt.toISOString() }
      : null,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

function toStatus(value: string): UploadStatus {
  const found = UPLOAD_STATUSES.find((status) => status === value);
  if (!found) throw new Error(`unknown upload status in the database: ${value}`);
  return found;
}
