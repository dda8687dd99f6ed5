import { createHash, randomBytes, type Hash } from 'node:crypto';
import { once } from 'node:events';
import {
  anomalies,
  patternClusters,
  patterns,
  summaries,
  uploads,
  withDedicatedTransaction,
} from '@logai/db';
import {
  Analyzer,
  inputClock,
  InputError,
  readEventBatches,
  TemplateMiner,
  type FileStats,
} from '@logai/engine';
import { and, eq } from 'drizzle-orm';
import type { Context, OrgContext } from '../context';
import { publishEvent } from '../live/publish';
import type { BlobStore } from '../ports/blob-store';
import type { JobContext } from '../ports/job-queue';
import { withTenant } from '../tenancy/with-tenant';
import { copyEventsInto, EventRowEncoder } from './analysis/event-rows';
import { loadBaseline } from './analysis/load-baseline';
import { createProgressReporter } from './analysis/progress-reporter';
import { SparklineCollector } from './analysis/sparkline-collector';
import { ClusterPatterns, copyPatternClusters, COPY_PATTERN_CLUSTERS } from './analysis/cluster-patterns';
import { fileSummaries, storeResults } from './analysis/store-results';
import { UploadMetadata } from './to-upload';

export type AnalysisOutcome = 'completed' | 'failed' | 'skipped';

const COPY_AHEAD_BYTES = 8 * 1024 * 1024;

/**
 * The worker's job: streams an upload's blobs through the engine and stores events (COPY), patterns,
 * anomalies and the summary in ONE transaction, replacing any earlier partial output: a retried or
 * duplicated job yields exactly the same rows. Refused input ends as `failed` with the engine's message.
 */
export async function analyzeUpload({
  ctx: base,
  input,
  job,
}: {
  ctx: Context;
  input: { uploadId: string; organizationId: string };
  job: Pick<JobContext, 'attempt' | 'maxAttempts'>;
}): Promise<AnalysisOutcome> {
  const { uploadId, organizationId } = input;
  const ctx: OrgContext = {
    ...base,
    organizationId,
    actor: { kind: 'system', id: 'worker', userId: null, role: 'admin' },
  };
  const { db, blobs, logger } = ctx.deps;
  const [row] = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(uploads)
      .where(and(eq(uploads.id, uploadId), eq(uploads.organizationId, organizationId))),
  );
  if (!row) {
    logger.info({ uploadId }, 'upload no longer exists; nothing to analyse');
    return 'skipped';
  }
  if (row.status === 'completed' || row.status === 'failed') return 'skipped';
  const metadata = UploadMetadata.parse(row.metadata);
  const bytesTotal = metadata.members.reduce((sum, member) => sum + member.size, 0);
  await setStatus(ctx, uploadId, {
    status: 'processing',
    startedAt: row.startedAt ?? new Date(),
    error: null,
  });
  const reporter = createProgressReporter(ctx.deps, organizationId, uploadId, bytesTotal);
  reporter.report('reading', 0, 0, true);
  const baseline = await loadBaseline(ctx, uploadId);
  // Where an analysis spends its time, for the log line at the end.
  const phases = { readMs: 0, indexMs: 0, finishMs: 0, storeMs: 0, commitMs: 0 };
  let lapStart = Date.now();
  const lap = (): number => {
    const now = Date.now();
    const ms = now - lapStart;
    lapStart = now;
    return ms;
  };

  try {
    const result = await withDedicatedTransaction(db, async (tx) => {
      // Not under the logai_tenant role: PostgreSQL refuses COPY FROM where row-level security applies.
      // Every row below is built here with the job's organisation id; deletes filter by this upload.
      for (const table of [patternClusters, patterns, anomalies, summaries]) {
        await tx.db.delete(table).where(eq(table.uploadId, uploadId));
      }
      // The events go to a table of their own, indexed once loaded and attached as the upload's
      // partition at the end (replacing the partition of an earlier analysis of the same upload).
      const eventTable = `log_events_${uploadId.replaceAll('-', '')}_${randomBytes(3).toString('hex')}`;
      await tx.query('select logai_create_event_table($1, $2)', [eventTable, uploadId]);
      const analyzer = new Analyzer({ baselinePatternIds: baseline });
      const clusterPatterns = new ClusterPatterns((id) => analyzer.tracksCluster(id));
      const miner = new TemplateMiner({ evicted: clusterPatterns });
      const files: FileStats[] = [];
      const sparklines = new SparklineCollector({ liveClusterOf: (id) => miner.liveClusterOf(id) });
      const copy = tx.copyFrom(copyEventsInto(eventTable));
      const rows = new EventRowEncoder(organizationId, uploadId);
      let copyFailed = false;
      copy.done.catch(() => {
        copyFailed = true;
      });
      let bytesBefore = 0;
      let events = 0;
      // Timestamps without a year (syslog) take the year the upload's other files write, without a
      // zone the local time that fits them beside the others, in plain files and in a bundle's
      // members alike (see inputClock).
      const members = metadata.members;
      const clock = await inputClock(
        await Promise.all(
          members.map(async (m) => ({
            name: m.name,
            head: await blobBytes(blobs, m.key, 0, HEAD_BYTES),
            tail: await blobBytes(blobs, m.key, Math.max(0, m.size - HEAD_BYTES), HEAD_BYTES),
            reopen: () => blobs.get(m.key),
          })),
        ),
        metadata.timeZone === undefined ? {} : { timeZone: metadata.timeZone },
      );
      try {
        for (const [at, member] of members.entries()) {
          const { localTime, memberLocalTimes } = clock.inputs[at] ?? {};
          // Direct uploads reach the store without passing the API: their hash is taken here.
          const hash = member.sha256 ? null : createHash('sha256');
          const stored = await blobs.get(member.key);
          const source = hash ? hashing(stored, hash) : stored;
          const batches = readEventBatches(source, {
            name: member.name,
            ...(clock.year === undefined ? {} : { year: clock.year }),
            ...(clock.day === undefined ? {} : { day: clock.day }),
            ...(localTime === undefined ? {} : { localTime }),
            ...(memberLocalTimes === undefined ? {} : { memberLocalTimes }),
            onProgress: (bytes) => reporter.report('reading', bytesBefore + bytes, events),
            onFileDone: (stats) => files.push(stats),
          });
          for await (const batch of batches) {
            // Mined whole, then analysed (see TemplateMiner.mineBatch).
            const minedBatch = miner.mineBatch(batch);
            analyzer.addBatch(minedBatch);
            for (const mined of minedBatch) {
              if (mined.clusterId !== undefined) {
                clusterPatterns.named(mined.clusterId);
                sparklines.add(mined.clusterId, mined.timestamp);
              }
              rows.add(mined);
            }
            events += batch.length;
            // Run ahead of the server by up to 8 MB, so reading and storing overlap (waiting for 'drain'
            // after every batch made them take turns). Racing `done`: a COPY the server rejected errors
            // the stream, and 'drain' would never come.
            copy.stream.write(rows.take());
            if (copy.stream.writableLength > COPY_AHEAD_BYTES) {
              await Promise.race([once(copy.stream, 'drain'), copy.done]);
            }
          }
          bytesBefore += member.size;
          if (hash) member.sha256 = hash.digest('hex');
        }
        copy.stream.end(rows.finish());
        await copy.done;
        phases.readMs = lap();
        await tx.query('select logai_index_event_table($1)', [eventTable]);
        phases.indexMs = lap();
      } catch (error) {
        // Abort the COPY so the rollback can run — unless the COPY itself failed (its connection may be
        // gone, and pg-copy-streams throws when destroyed without one).
        if (!copyFailed) {
          try {
            copy.stream.destroy();
          } catch {
            // the connection is already gone; the transaction dies with it
          }
        }
        await copy.done.catch(() => undefined);
        throw error;
      }
      reporter.report('summarising', bytesTotal, events, true);
      const minedPatterns = miner.patterns();
      const report = analyzer.finish({
        patterns: minedPatterns,
        files,
        templateOf: (id) => miner.templateOf(id),
      });
      phases.finishMs = lap();
      const templateOf = (id: number) => miner.templateOf(id);
      await copyPatternClusters(
        tx.copyFrom(COPY_PATTERN_CLUSTERS),
        clusterPatterns.rows(templateOf),
        organizationId,
        uploadId,
      );
      const anomalyIds = await storeResults(tx.db, {
        organizationId,
        uploadId,
        report,
        patterns: minedPatterns,
        sparklines: sparklines.finish((id) => clusterPatterns.patternOf(id, templateOf)),
      });
      const completed: UploadMetadata = {
        ...metadata,
        files: fileSummaries(files),
        severity: report.summary.severity,
        anomalyCount: report.anomalies.length,
        errorCount: report.stats.errors,
      };
      // The reporter's writes (on the pool) first: one still in flight would wait for this row's lock
      // and land after the commit, over the final progress.
      await reporter.flush();
      await tx.db
        .update(uploads)
        .set({
          status: 'completed',
          completedAt: new Date(),
          lineCount: report.stats.lines,
          eventCount: report.stats.events,
          metadata: completed,
          sha256: row.sha256 ?? metadata.members[0]?.sha256 ?? null,
          progress: { stage: 'done', bytesDone: bytesTotal, bytesTotal, percent: 100, events },
          error: null,
        })
        .where(eq(uploads.id, uploadId));
      // Last, as attaching locks out other attachments until the commit that follows.
      await tx.query('select logai_attach_event_partition($1, $2)', [eventTable, uploadId]);
      phases.storeMs = lap();
      return { report, anomalyIds, events };
    });
    phases.commitMs = lap();
    await reporter.flush();
    await publishEvent(ctx.deps, organizationId, {
      type: 'upload.updated',
      data: {
        uploadId,
        status: 'completed',
        progress: { stage: 'done', bytesDone: bytesTotal, bytesTotal, percent: 100, events: result.events },
        error: null,
      },
    });
    for (const [index, anomaly] of result.report.anomalies.entries()) {
      const id = result.anomalyIds[index];
      if (!id) continue;
      await publishEvent(ctx.deps, organizationId, {
        type: 'anomaly.created',
        data: {
          id,
          uploadId,
          type: anomaly.type,
          severity: anomaly.severity,
          description: anomaly.description,
          windowStart: anomaly.start,
          windowEnd: anomaly.end,
        },
      });
    }
    logger.info(
      { uploadId, events: result.events, anomalies: result.anomalyIds.length, ...phases },
      'upload analysed',
    );
    return 'completed';
  } catch (error) {
    await reporter.flush();
    if (error instanceof InputError) {
      await fail(ctx, uploadId, error.message);
      return 'failed';
    }
    if (job.attempt >= job.maxAttempts) {
      logger.error({ err: error, uploadId }, 'analysis failed for good');
      await fail(
        ctx,
        uploadId,
        `LogAi could not analyse this upload (an internal error, ${job.attempt} attempts); the worker log has the details`,
      );
      return 'failed';
    }
    await setStatus(ctx, uploadId, { status: 'queued', error: null });
    throw error;
  }
}

async function* hashing(source: AsyncIterable<Uint8Array>, hash: Hash): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

async function setStatus(
  ctx: OrgContext,
  uploadId: string,
  values: Partial<typeof uploads.$inferInsert>,
): Promise<void> {
  await withTenant(ctx, (tx) => tx.update(uploads).set(values).where(eq(uploads.id, uploadId)));
  if (values.status) {
    await publishEvent(ctx.deps, ctx.organizationId, {
      type: 'upload.updated',
      data: {
        uploadId,
        status: values.status === 'queued' ? 'queued' : 'processing',
        progress: null,
        error: null,
      },
    });
  }
}

async function fail(ctx: OrgContext, uploadId: string, message: string): Promise<void> {
  await withTenant(ctx, (tx) =>
    tx
      .update(uploads)
      .set({ status: 'failed', error: message, completedAt: new Date(), progress: null })
      .where(eq(uploads.id, uploadId)),
  );
  await publishEvent(ctx.deps, ctx.organizationId, {
    type: 'upload.updated',
    data: { uploadId, status: 'failed', progress: null, error: message },
  });
}

/** Bytes of a stored member's head and tail read to set its clock (see bundleClock). */
const HEAD_BYTES = 64 * 1024;

/** `length` bytes of a stored member from `start` (null when it cannot be read: the analysis reports that itself). */
async function blobBytes(
  blobs: BlobStore,
  key: string,
  start: number,
  length: number,
): Promise<Uint8Array | null> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await blobs.get(key, { start, end: start + length - 1 }))
      chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  } catch {
    return null;
  }
}
