import { JOBS, type JobName } from '@logai/core';
import { z } from 'zod';

/** The body of every SQS message: which job, its payload, and how often it may be tried. */
export const JobEnvelope = z.object({
  name: z.string(),
  payload: z.unknown(),
  maxAttempts: z.number().int().positive().optional(),
});
export type JobEnvelope = z.infer<typeof JobEnvelope>;

export type ParsedEnvelope =
  { ok: true; name: JobName; payload: unknown; maxAttempts?: number } | { ok: false; reason: string };

/** Parses a message body; the payload itself is validated by the consumer against `JOBS[name]`. */
export function parseEnvelope(body: string | undefined): ParsedEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch {
    return { ok: false, reason: 'the message body is not JSON' };
  }
  const envelope = JobEnvelope.safeParse(json);
  if (!envelope.success) return { ok: false, reason: 'the message body is not a job envelope' };
  const { name, payload, maxAttempts } = envelope.data;
  if (!isJobName(name)) return { ok: false, reason: `unknown job ${JSON.stringify(name)}` };
  return { ok: true, name, payload, maxAttempts };
}

function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}
