"""Apache Spark driver log (log4j, yy/MM/dd), logstash-logback-encoder JSON, Spring Boot console with
ANSI colours (docker logs capture), Minecraft server latest.log (time only)."""
import json
import math
import time

from b7core import LogFile, SEC, MIN, HOUR, DAY, MON, WDAY, hexs, uuid4, public_ip, off_str, jstr
from b7stack import (AppCode, jstack, WEB9, HTTP9, HIKARI, PG, FILE9, SCHED9, KAFKA9, strip9, camel, singular)


def _cache_ts(fn):
    cache = {}

    def f(t):
        s = t // 1000
        v = cache.get(s)
        if v is None:
            v = fn(s)
            cache[s] = v
        return v
    return f


# =========================================================================== Spark driver

class SparkDriver(LogFile):
    KIND = 'spark_driver'
    SUPPORTS = ('latency_shift', 'error_burst', 'retry_storm', 'new_error', 'oom_kill', 'disk_full', 'silence', 'panic')
    RESTARTABLE = False
    ABS_TIME = False
    LPM = (30, 600, 5.0)
    RES = 1000
    PANIC_GAP = (8, 40)

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self._t = _cache_ts(lambda s: '%02d/%02d/%02d %02d:%02d:%02d' % ((lambda g: (g[0] % 100, g[1], g[2], g[3], g[4], g[5]))(time.gmtime(s + off // 1000))))
        self.query = '%s-%s' % (self.co.nouns[0], r.choice(['enrichment', 'aggregation', 'sessionizer', 'dedup', 'sink']))
        self.NAME = 'spark-driver-%s.log' % self.query
        self.sver = {2019: '2.4.4', 2020: '3.0.1', 2021: '3.1.2', 2022: '3.2.1', 2023: '3.4.1', 2024: '3.5.1', 2025: '3.5.4', 2026: '4.0.1'}[sc.year]
        self.s3 = self.sver >= '3.0'
        self.cls = camel(self.co.nouns[0]) + 'StreamingJob'
        self.line = r.randint(40, 200)
        self.site = 'start at %s.scala:%d' % (self.cls, self.line)
        self.execs = {}
        self.nodes = ['%s' % self.co.ip(r) for _ in range(r.randint(4, 9))]
        self.next_exec = 1
        for _ in range(r.randint(3, 6)):
            self.add_exec()
        self.job = r.randint(100, 9000)
        self.stage = self.job * 2 + r.randint(0, 50)
        self.tid = self.stage * 20 + r.randint(0, 999)
        self.batch = r.randint(1000, 90000)
        self.bc = r.randint(100, 9000)
        self.rdd = r.randint(1000, 90000)
        self.qid = uuid4(r)
        self.runid = uuid4(r)
        self.trigger = r.choice((30, 60, 60, 120)) * SEC
        self.task_ms = math.log(r.uniform(150, 2500))
        self.topic = '%s.%s' % (self.co.short, self.co.nouns[0])
        self.nparts = r.choice((6, 8, 12, 16))
        self.offsets = [r.randint(10 ** 6, 10 ** 8) for _ in range(self.nparts)]
        self.bucket = 's3a://%s-%s-lake' % (self.co.short, r.choice(['prod', 'data', 'analytics']))
        self.drvhost = self.co.ip(r)
        # tasks per stage from target lines/min: per batch lines ~ 4*tasks + 60
        per_min = self.lpm
        batches_per_min = MIN / self.trigger
        self.ntask = max(4, min(400, int((per_min / batches_per_min - 62) / 4)))
        self.appid = 'application_%d_%04d' % (1700000000000 + r.randint(0, 10 ** 10), r.randint(1, 9999))

    def add_exec(self):
        r = self.r
        eid = self.next_exec
        self.next_exec += 1
        self.execs[eid] = (r.choice(self.nodes), r.randint(32768, 60999))
        return eid

    def L(self, t, lvl, cls, msg):
        return '%s %s %s: %s' % (self._t(t), lvl, cls, msg)

    def stage_lines(self, t, r, kind, ntask, parent=None):
        """one stage; returns list of (t, text) and end time."""
        ev = []
        st = self.stage
        self.stage += 1
        self.rdd += r.randint(2, 6)
        L = self.L
        name = '%s %d' % (kind, st)
        ev.append((t, L(t, 'INFO', 'DAGScheduler', 'Submitting %s (MapPartitionsRDD[%d] at %s), which has no missing parents' % (name, self.rdd, self.site))))
        self.bc += 1
        sz = r.uniform(8, 90)
        ev.append((t + 3, L(t + 3, 'INFO', 'MemoryStore', 'Block broadcast_%d stored as values in memory (estimated size %.1f KiB, free %.1f GiB)' % (self.bc, sz, r.uniform(1.5, 4.0)))))
        ev.append((t + 5, L(t + 5, 'INFO', 'MemoryStore', 'Block broadcast_%d_piece0 stored as bytes in memory (estimated size %.1f KiB, free %.1f GiB)' % (self.bc, sz / 2.4, r.uniform(1.5, 4.0)))))
        ev.append((t + 6, L(t + 6, 'INFO', 'BlockManagerInfo', 'Added broadcast_%d_piece0 in memory on %s:%d (size: %.1f KiB, free: %.1f GiB)' % (self.bc, self.drvhost, 40123, sz / 2.4, r.uniform(1.5, 4.0)))))
        ev.append((t + 7, L(t + 7, 'INFO', 'SparkContext', 'Created broadcast %d from broadcast at DAGScheduler.scala:%d' % (self.bc, 1585 if self.s3 else 1161))))
        parts = ', '.join(str(i) for i in range(min(15, ntask)))
        ev.append((t + 9, L(t + 9, 'INFO', 'DAGScheduler', 'Submitting %d missing tasks from %s (MapPartitionsRDD[%d] at %s) (first 15 tasks are for partitions Vector(%s))' % (ntask, name, self.rdd, self.site, parts))))
        ev.append((t + 10, L(t + 10, 'INFO', 'YarnScheduler', 'Adding task set %d.0 with %d tasks%s' % (st, ntask, ' resource profile 0' if self.sver >= '3.1' else ''))))
        execs = sorted(self.execs)
        slots = []
        tt = t + 12
        fin = []
        end = tt
        for i in range(ntask):
            ex = execs[i % len(execs)]
            host = self.execs[ex][0]
            ts = tt + int(r.random() * 300) + (i // max(1, len(execs) * 2)) * 400
            self.tid += 1
            tid = self.tid
            if self.s3:
                ev.append((ts, L(ts, 'INFO', 'TaskSetManager', 'Starting task %d.0 in stage %d.0 (TID %d) (%s, executor %d, partition %d, %s, %d bytes) %s' % (i, st, tid, host, ex, i, r.choice(('PROCESS_LOCAL', 'NODE_LOCAL')), r.randint(7000, 12000), 'taskResourceAssignments Map()' if self.sver < '3.4' else ''))))
            else:
                ev.append((ts, L(ts, 'INFO', 'TaskSetManager', 'Starting task %d.0 in stage %d.0 (TID %d, %s, executor %d, partition %d, %s, %d bytes)' % (i, st, tid, host, ex, i, r.choice(('PROCESS_LOCAL', 'NODE_LOCAL')), r.randint(7000, 12000)))))
            d = math.exp(self.task_ms + 0.45 * r.gauss(0, 1))
            if r.random() < 0.015:
                d *= r.uniform(4, 12)
            d *= self.lat(ts)
            d = int(d)
            fin.append((ts + d, i, tid, host, ex, d))
        fin.sort()
        for k, (tf, i, tid, host, ex, d) in enumerate(fin):
            if self.s3:
                ev.append((tf, L(tf, 'INFO', 'TaskSetManager', 'Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/%d)' % (i, st, tid, d, host, ex, k + 1, ntask))))
            else:
                ev.append((tf, L(tf, 'INFO', 'TaskSetManager', 'Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/%d)' % (i, st, tid, d, host, ex, k + 1, ntask))))
            end = tf
        end += 2
        ev.append((end, L(end, 'INFO', 'YarnScheduler', 'Removed TaskSet %d.0, whose tasks have all completed, from pool %s' % (st, '' if self.s3 else 'default'))))
        ev.append((end + 1, L(end + 1, 'INFO', 'DAGScheduler', '%s (%s) finished in %.3f s' % (name, self.site, (end - t) / 1000.0))))
        return ev, end + 2, st

    def batch_lines(self, t, r):
        ev = []
        L = self.L
        self.job += 1
        self.batch += 1
        j = self.job
        rows = 0
        for p in range(self.nparts):
            n = int(r.uniform(0.5, 1.5) * 60 * self.rate_at(t) * 20)
            self.offsets[p] += n
            rows += n
        ev.append((t, L(t, 'INFO', 'SparkContext', 'Starting job: %s' % self.site)))
        ev.append((t + 2, L(t + 2, 'INFO', 'DAGScheduler', 'Got job %d (%s) with %d output partitions' % (j, self.site, self.ntask))))
        ev.append((t + 2, L(t + 2, 'INFO', 'DAGScheduler', 'Final stage: ResultStage %d (%s)' % (self.stage + 1, self.site))))
        ev.append((t + 2, L(t + 2, 'INFO', 'DAGScheduler', 'Parents of final stage: List(ShuffleMapStage %d)' % self.stage)))
        ev.append((t + 3, L(t + 3, 'INFO', 'DAGScheduler', 'Missing parents: List(ShuffleMapStage %d)' % self.stage)))
        e1, t1, s1 = self.stage_lines(t + 5, r, 'ShuffleMapStage', self.nparts)
        ev.extend(e1)
        ev.append((t1, L(t1, 'INFO', 'DAGScheduler', 'looking for newly runnable stages')))
        ev.append((t1, L(t1, 'INFO', 'DAGScheduler', 'running: %s()' % ('HashSet' if self.sver < '3.3' else 'Set'))))
        ev.append((t1, L(t1, 'INFO', 'DAGScheduler', 'waiting: %s(ResultStage %d)' % ('HashSet' if self.sver < '3.3' else 'Set', s1 + 1))))
        ev.append((t1, L(t1, 'INFO', 'DAGScheduler', 'failed: %s()' % ('HashSet' if self.sver < '3.3' else 'Set'))))
        e2, t2, s2 = self.stage_lines(t1 + 3, r, 'ResultStage', self.ntask)
        ev.extend(e2)
        if self.s3:
            ev.append((t2, L(t2, 'INFO', 'DAGScheduler', 'Job %d is finished. Cancelling potential speculative or zombie tasks for this job' % j)))
            ev.append((t2, L(t2, 'INFO', 'YarnScheduler', 'Killing all running tasks in stage %d: Stage finished' % s2)))
        ev.append((t2 + 1, L(t2 + 1, 'INFO', 'DAGScheduler', 'Job %d finished: %s, took %.6f s' % (j, self.site, (t2 + 1 - t) / 1000.0 + r.random() / 1000))))
        t3 = t2 + r.randint(20, 300)
        if self.s3:
            ev.append((t3, L(t3, 'INFO', 'WriteToDataSourceV2Exec', 'Data source write support MicroBatchWrite[epoch: %d, writer: DeltaSink] committed.' % self.batch)))
        ck = '%s/_checkpoints/%s/commits' % (self.bucket, self.query)
        tmp = '.%d.%s.tmp' % (self.batch, uuid4(r))
        ev.append((t3 + 5, L(t3 + 5, 'INFO', 'CheckpointFileManager', 'Writing atomically to %s/%d using temp file %s/%s' % (ck, self.batch, ck, tmp))))
        ev.append((t3 + 90, L(t3 + 90, 'INFO', 'CheckpointFileManager', 'Renamed temp file %s/%s to %s/%d' % (ck, tmp, ck, self.batch))))
        t4 = t3 + 100
        dur = t4 - t
        g = time.gmtime(t // 1000)
        stamp = '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000)
        offs = ', '.join('"%d" : %d' % (p, o) for p, o in enumerate(self.offsets))
        offs0 = ', '.join('"%d" : %d' % (p, o - r.randint(100, 3000)) for p, o in enumerate(self.offsets))
        prog = ['Streaming query made progress: {', '  "id" : "%s",' % self.qid, '  "runId" : "%s",' % self.runid, '  "name" : "%s",' % self.query,
                '  "timestamp" : "%s",' % stamp, '  "batchId" : %d,' % self.batch, '  "numInputRows" : %d,' % rows,
                '  "inputRowsPerSecond" : %.1f,' % (rows / (self.trigger / 1000.0)), '  "processedRowsPerSecond" : %.1f,' % (rows / max(0.1, dur / 1000.0)),
                '  "durationMs" : {', '    "addBatch" : %d,' % (dur - 60), '    "commitOffsets" : %d,' % r.randint(20, 90), '    "getBatch" : 0,',
                '    "latestOffset" : %d,' % r.randint(2, 30), '    "queryPlanning" : %d,' % r.randint(10, 80), '    "triggerExecution" : %d,' % dur, '    "walCommit" : %d' % r.randint(20, 90),
                '  },', '  "stateOperators" : [ ],', '  "sources" : [ {', '    "description" : "KafkaV2[Subscribe[%s]]",' % self.topic,
                '    "startOffset" : {', '      "%s" : {' % self.topic, '        %s' % offs0, '      }', '    },', '    "endOffset" : {', '      "%s" : {' % self.topic, '        %s' % offs, '      }', '    },',
                '    "numInputRows" : %d,' % rows, '    "inputRowsPerSecond" : %.1f,' % (rows / (self.trigger / 1000.0)), '    "processedRowsPerSecond" : %.1f' % (rows / max(0.1, dur / 1000.0)),
                '  } ],', '  "sink" : {', '    "description" : "DeltaSink[%s/%s]",' % (self.bucket, self.co.nouns[0]), '    "numOutputRows" : -1', '  }', '}']
        ev.append((t4, L(t4, 'INFO', 'MicroBatchExecution', '\n'.join(prog))))
        return ev

    def background(self):
        r = self.r
        ev = []
        t = self.fs + r.randint(1000, self.trigger)
        while t < self.fe - 30000:
            ev.extend(self.batch_lines(t, r))
            t += self.trigger
        L = self.L
        # dynamic allocation churn
        for t in self.times(r.uniform(0.02, 0.08), curve=False):
            if r.random() < 0.5 and len(self.execs) > 2:
                ex = sorted(self.execs)[r.randint(0, len(self.execs) - 1)]
                host = self.execs.pop(ex)[0]
                ev.append((t, L(t, 'INFO', 'ExecutorAllocationManager', 'Removing executor %d because it has been idle for 60 seconds (new desired total will be %d)' % (ex, len(self.execs)))))
                ev.append((t + 40, L(t + 40, 'INFO', 'YarnClusterSchedulerBackend', 'Requesting to kill executor(s) %d' % ex)))
                ev.append((t + 900, L(t + 900, 'INFO', 'YarnScheduler', 'Executor %d on %s killed by driver.' % (ex, host))))
                ev.append((t + 905, L(t + 905, 'INFO', 'ExecutorMonitor', 'Executor %d is removed. Remove reason statistics: (gracefully decommissioned: 0, decommision unfinished: 0, driver killed: %d, unexpectedly exited: 0).' % (ex, r.randint(1, 30)))))
            else:
                ev.extend(self.register(t, r, 'Requesting 1 new executor because tasks are backlogged (new desired total will be %d for resource profile id: 0)' % (len(self.execs) + 1)))
        for t in self.periodic(r.choice((10, 15)) * MIN, jitter=20000):
            ev.append((t, L(t, 'INFO', 'ContextCleaner', 'Cleaned accumulator %d' % r.randint(1000, 99999))))
            ev.append((t + 30, L(t + 30, 'INFO', 'BlockManagerInfo', 'Removed broadcast_%d_piece0 on %s:40123 in memory (size: %.1f KiB, free: %.1f GiB)' % (self.bc - r.randint(5, 50), self.drvhost, r.uniform(5, 40), r.uniform(1.5, 4)))))
        for t in self.times(r.uniform(0.02, 0.08), curve=False):
            ev.append((t, L(t, 'WARN', 'KafkaDataConsumer', 'KafkaDataConsumer is not running in UninterruptibleThread. It may hang when KafkaDataConsumer\'s methods are interrupted because of KAFKA-1894')))
        for t in self.times(r.uniform(0.0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_line(t, r, 1)))
        for t in self.times(r.uniform(0.05, 0.25), curve=False):
            ev.append((t, self.lost_task(t, r, r.choice(['fetch', 'npe']))))
        return ev

    def register(self, t, r, why):
        L = self.L
        ex = self.add_exec()
        host, port = self.execs[ex]
        cont = 'container_e%02d_%s_01_%06d' % (r.randint(10, 40), self.appid[12:], ex + 1)
        return [(t, L(t, 'INFO', 'ExecutorAllocationManager', why)),
                (t + 20, L(t + 20, 'INFO', 'YarnAllocator', 'Launching container %s on host %s for executor with ID %d%s' % (cont, host, ex, ' for ResourceProfile Id 0' if self.sver >= '3.1' else ''))),
                (t + 7000, L(t + 7000, 'INFO', 'YarnSchedulerBackend$YarnDriverEndpoint', 'Registered executor NettyRpcEndpointRef(spark-client://Executor) (%s:%d) with ID %d%s' % (host, port, ex, ',  ResourceProfileId 0' if self.sver >= '3.1' else ''))),
                (t + 7100, L(t + 7100, 'INFO', 'BlockManagerMasterEndpoint', 'Registering block manager %s:%d with 2.1 GiB RAM, BlockManagerId(%d, %s, %d, None)' % (host, port + 1, ex, host, port + 1)))]

    def lost_task(self, t, r, v):
        ex = sorted(self.execs)[r.randint(0, len(self.execs) - 1)]
        host = self.execs[ex][0]
        self.tid += 1
        pre = 'Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): ' % (r.randint(0, 200), self.stage - 1, self.tid, host, ex) if self.s3 else 'Lost task %d.0 in stage %d.0 (TID %d, %s, executor %d): ' % (r.randint(0, 200), self.stage - 1, self.tid, host, ex)
        if v == 'fetch':
            other = r.choice(self.nodes)
            body = ['org.apache.spark.shuffle.FetchFailedException: Failed to connect to %s/%s:7337' % (other, other)] + ['\tat ' + f for f in [
                'org.apache.spark.errors.SparkCoreErrors$.fetchFailedError(SparkCoreErrors.scala:437)',
                'org.apache.spark.storage.ShuffleBlockFetcherIterator.throwFetchFailedException(ShuffleBlockFetcherIterator.scala:1239)',
                'org.apache.spark.storage.ShuffleBlockFetcherIterator.next(ShuffleBlockFetcherIterator.scala:971)',
                'org.apache.spark.storage.ShuffleBlockFetcherIterator.next(ShuffleBlockFetcherIterator.scala:86)',
                'org.apache.spark.util.CompletionIterator.next(CompletionIterator.scala:29)',
                'scala.collection.Iterator$$anon$11.nextCur(Iterator.scala:486)',
                'scala.collection.Iterator$$anon$11.hasNext(Iterator.scala:492)',
                'org.apache.spark.sql.execution.UnsafeRowSerializerInstance$$anon$2$$anon$3.hasNext(UnsafeRowSerializer.scala:102)',
                'org.apache.spark.scheduler.ShuffleMapTask.runTask(ShuffleMapTask.scala:101)',
                'org.apache.spark.scheduler.Task.run(Task.scala:141)',
                'org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)',
                'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)',
                'java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)',
                'java.base/java.lang.Thread.run(Thread.java:840)']]
            body += ['Caused by: java.io.IOException: Failed to connect to %s/%s:7337' % (other, other)] + ['\tat ' + f for f in [
                'org.apache.spark.network.client.TransportClientFactory.createClient(TransportClientFactory.java:294)',
                'org.apache.spark.network.client.TransportClientFactory.createClient(TransportClientFactory.java:214)',
                'org.apache.spark.network.shuffle.ExternalBlockStoreClient.lambda$fetchBlocks$0(ExternalBlockStoreClient.java:128)']] + ['\t... 3 more']
        elif v == 'npe':
            body = ['java.lang.NullPointerException'] + ['\tat ' + f for f in [
                '%s.%s$.$anonfun$enrich$1(%s.scala:%d)' % (self.co.pkg, self.cls, self.cls, self.line + 31),
                'scala.collection.Iterator$$anon$10.next(Iterator.scala:461)',
                'org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage2.processNext(Unknown Source)',
                'org.apache.spark.sql.execution.BufferedRowIterator.hasNext(BufferedRowIterator.java:43)',
                'org.apache.spark.sql.execution.WholeStageCodegenEvaluatorFactory$WholeStageCodegenPartitionEvaluator$$anon$1.hasNext(WholeStageCodegenEvaluatorFactory.scala:43)',
                'org.apache.spark.scheduler.ResultTask.runTask(ResultTask.scala:93)',
                'org.apache.spark.scheduler.Task.run(Task.scala:141)',
                'org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)',
                'java.base/java.lang.Thread.run(Thread.java:840)']]
        elif v == 'disk':
            body = ['java.io.IOException: No space left on device'] + ['\tat ' + f for f in [
                'java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
                'java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)',
                'java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)',
                'java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:288)',
                'org.apache.spark.storage.DiskBlockObjectWriter.commitAndGet(DiskBlockObjectWriter.scala:182)',
                'org.apache.spark.shuffle.sort.BypassMergeSortShuffleWriter.write(BypassMergeSortShuffleWriter.java:165)',
                'org.apache.spark.shuffle.ShuffleWriteProcessor.write(ShuffleWriteProcessor.scala:59)',
                'org.apache.spark.scheduler.ShuffleMapTask.runTask(ShuffleMapTask.scala:104)',
                'org.apache.spark.scheduler.Task.run(Task.scala:141)',
                'org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)',
                'java.base/java.lang.Thread.run(Thread.java:840)']]
        else:
            body = ['org.apache.spark.SparkException: Task failed while writing rows.'] + ['\tat ' + f for f in ['org.apache.spark.sql.errors.QueryExecutionErrors$.taskFailedWhileWritingRowsError(QueryExecutionErrors.scala:789)',
                                                                                                             'org.apache.spark.sql.execution.datasources.FileFormatWriter$.executeTask(FileFormatWriter.scala:421)',
                                                                                                             'org.apache.spark.scheduler.Task.run(Task.scala:141)']]
        if not self.s3:
            body = [x.replace('java.base/', '').replace('Thread.java:840', 'Thread.java:748').replace('ThreadPoolExecutor.java:1136', 'ThreadPoolExecutor.java:1149').replace('ThreadPoolExecutor.java:635', 'ThreadPoolExecutor.java:624') for x in body]
        return self.L(t, 'WARN', 'TaskSetManager', pre + '\n'.join(body))

    def retry_line(self, t, r, n):
        return self.L(t, 'INFO', 'RetryingBlockFetcher', 'Retrying fetch (%d/3) for %d outstanding blocks after 5000 ms' % (n, r.randint(1, 40)))

    def head(self, t):
        return [(t, self.L(t, 'INFO', 'BlockManagerInfo', 'Removed broadcast_%d_piece0 on %s:40123 in memory (size: %.1f KiB, free: %.1f GiB)' % (self.bc - 3, self.drvhost, 12.3, 2.1)))]

    def anchor(self, t):
        return [(t, self.L(t, 'INFO', 'ContextCleaner', 'Cleaned accumulator %d' % self.r.randint(1000, 99999)))]

    # incidents
    def st_error(self):
        return {'v': self.r.choice(['fetch', 'npe']), 'desc': 'WARN TaskSetManager "Lost task" failures with executor stack traces'}

    def rec_error(self, t, i, st):
        return self.lost_task(t, st['r'], st['v'])

    def st_retry(self):
        return {'desc': 'RetryingBlockFetcher "Retrying fetch" / fetch exceptions'}

    def rec_retry(self, t, i, st):
        r = st['r']
        if i % 3 == 2:
            other = r.choice(self.nodes)
            return self.L(t, 'ERROR', 'RetryingBlockFetcher', 'Exception while beginning fetch of %d outstanding blocks (after %d retries)\njava.io.IOException: Connecting to /%s:7337 failed in the last 4750 ms, fail this connection directly\n\tat org.apache.spark.network.client.TransportClientFactory.createClient(TransportClientFactory.java:210)\n\tat org.apache.spark.network.shuffle.ExternalBlockStoreClient.lambda$fetchBlocks$0(ExternalBlockStoreClient.java:128)\n\tat org.apache.spark.network.shuffle.RetryingBlockTransferor.transferAllOutstanding(RetryingBlockTransferor.java:154)\n\tat org.apache.spark.network.shuffle.RetryingBlockTransferor.lambda$initiateRetry$0(RetryingBlockTransferor.java:184)\n\tat java.base/java.lang.Thread.run(Thread.java:840)' % (r.randint(1, 40), r.randint(1, 3), other))
        return self.retry_line(t, r, i % 3 + 1)

    def st_newerr(self):
        v = self.r.choice(['heartbeat', 'dropped'])
        return {'v': v, 'desc': {'heartbeat': 'HeartbeatReceiver "Removing executor ... with no recent heartbeats" warnings (new)', 'dropped': 'AsyncEventQueue "Dropping event from queue appStatus" errors (new)'}[v]}

    def rec_newerr(self, t, i, st):
        r = st['r']
        if st['v'] == 'heartbeat':
            ex = sorted(self.execs)[r.randint(0, len(self.execs) - 1)]
            return self.L(t, 'WARN', 'HeartbeatReceiver', 'Removing executor %d with no recent heartbeats: %d ms exceeds timeout 120000 ms' % (ex, r.randint(120001, 160000)))
        g = time.gmtime((t + self.sc.off_ms) // 1000)
        return self.L(t, 'ERROR', 'AsyncEventQueue', 'Dropping event from queue appStatus. This likely means one of the listeners is too slow and cannot keep up with the rate at which tasks are being started by the scheduler.') + '\n' + \
            self.L(t, 'WARN', 'AsyncEventQueue', 'Dropped %d events from appStatus since %s %s %02d %02d:%02d:%02d %s %d.' % (r.randint(1, 9000), WDAY[g[6]], MON[g[1] - 1], g[2], g[3], g[4], g[5], self.sc.tz.abbr(t), g[0]))

    def st_disk(self):
        return {'desc': 'tasks lost with "java.io.IOException: No space left on device" (shuffle spill)'}

    def rec_disk(self, t, i, st):
        return self.lost_task(t, st['r'], 'disk')

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'executor containers "killed by YARN for exceeding physical memory limits" (ExecutorLostFailure)'
        ex = sorted(self.execs)[r.randint(0, len(self.execs) - 1)]
        host = self.execs.pop(ex)[0]
        cont = 'container_e%02d_%s_01_%06d' % (r.randint(10, 40), self.appid[12:], ex + 1)
        lim = r.choice((5.5, 9, 11, 14))
        used = lim + r.choice((0.0, 0.1, 0.2, 0.4))
        msg = 'Container killed by YARN for exceeding physical memory limits. %s GB of %s GB physical memory used. Consider boosting spark.executor.memoryOverhead.' % (('%.1f' % used).rstrip('0').rstrip('.'), ('%.1f' % lim).rstrip('0').rstrip('.'))
        g = time.gmtime((t + self.sc.off_ms) // 1000)
        dstamp = '%04d-%02d-%02d %02d:%02d:%02d.%03d' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000)
        L = self.L
        self.tid += 1
        out = [(t, L(t, 'WARN', 'YarnAllocator', 'Container from a bad node: %s on host: %s. Exit status: 137. Diagnostics: [%s]Container killed on request. Exit code is 137\n[%s]Container exited with a non-zero exit code 137. \n[%s]Killed by external signal\n.' % (cont, host, dstamp, dstamp, dstamp))),
               (t + 5, L(t + 5, 'ERROR', 'YarnScheduler', 'Lost executor %d on %s: %s' % (ex, host, msg))),
               (t + 8, L(t + 8, 'WARN', 'TaskSetManager', 'Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): ExecutorLostFailure (executor %d exited caused by one of the running tasks) Reason: %s' % (r.randint(0, 99), self.stage - 1, self.tid, host, ex, ex, msg))),
               (t + 9, L(t + 9, 'INFO', 'DAGScheduler', 'Executor lost: %d (epoch %d)' % (ex, r.randint(10, 900)))),
               (t + 10, L(t + 10, 'INFO', 'BlockManagerMasterEndpoint', 'Trying to remove executor %d from BlockManagerMaster.' % ex))]
        return out

    def seq_start(self, t):
        # for the OOM case the "restart" is a replacement executor registering
        r = self.r
        if getattr(self, '_crashmode', False):
            return self.driver_start(t)
        return self.register(t, r, 'Requesting 1 new executor because tasks are backlogged (new desired total will be %d for resource profile id: 0)' % (len(self.execs) + 1))

    def seq_crash(self, t, i, st):
        r = st['r']
        self._crashmode = True
        st['desc'] = 'driver "SparkUncaughtExceptionHandler: Uncaught exception" + "User class threw exception" (new application attempt)'
        L = self.L
        th = 'stream execution thread for %s [id = %s, runId = %s]' % (self.query, self.qid, self.runid)
        exc = 'java.lang.IllegalStateException: Cannot find earliest offsets of Set(%s-%d). Some data may have been missed.' % (self.topic, r.randint(0, self.nparts - 1))
        out = [(t, L(t, 'ERROR', 'MicroBatchExecution', 'Query %s [id = %s, runId = %s] terminated with error\n%s\n\tat org.apache.spark.sql.kafka010.KafkaMicroBatchStream.reportDataLoss(KafkaMicroBatchStream.scala:340)\n\tat org.apache.spark.sql.kafka010.KafkaOffsetReaderAdmin.getOffsetRangesFromResolvedOffsets(KafkaOffsetReaderAdmin.scala:466)\n\tat org.apache.spark.sql.execution.streaming.MicroBatchExecution.runActivatedStream(MicroBatchExecution.scala:232)\n\tat org.apache.spark.sql.execution.streaming.StreamExecution.runStream(StreamExecution.scala:307)\n\tat org.apache.spark.sql.execution.streaming.StreamExecution$$anon$1.run(StreamExecution.scala:211)' % (self.query, self.qid, self.runid, exc))),
               (t + 30, L(t + 30, 'ERROR', 'SparkUncaughtExceptionHandler', 'Uncaught exception in thread Thread[%s,5,main]\norg.apache.spark.sql.streaming.StreamingQueryException: %s\n=== Streaming Query ===\nIdentifier: %s [id = %s, runId = %s]\nCurrent Committed Offsets: {KafkaV2[Subscribe[%s]]: {"%s":{"0":%d}}}\nCurrent Available Offsets: {KafkaV2[Subscribe[%s]]: {"%s":{"0":%d}}}' % (th, exc.split(': ', 1)[1], self.query, self.qid, self.runid, self.topic, self.topic, self.offsets[0], self.topic, self.topic, self.offsets[0] + 900))),
               (t + 60, L(t + 60, 'ERROR', 'ApplicationMaster', 'User class threw exception: org.apache.spark.sql.streaming.StreamingQueryException: %s' % exc.split(': ', 1)[1])),
               (t + 70, L(t + 70, 'INFO', 'ApplicationMaster', 'Final app status: FAILED, exitCode: 15, (reason: User class threw exception: org.apache.spark.sql.streaming.StreamingQueryException: %s)' % exc.split(': ', 1)[1])),
               (t + 90, L(t + 90, 'INFO', 'SparkContext', 'Invoking stop() from shutdown hook')),
               (t + 400, L(t + 400, 'INFO', 'SparkContext', 'Successfully stopped SparkContext')),
               (t + 450, L(t + 450, 'INFO', 'ShutdownHookManager', 'Shutdown hook called'))]
        return out

    def driver_start(self, t):
        r = self.r
        L = self.L
        self._crashmode = False
        self.runid = uuid4(r)
        att = r.randint(2, 3)
        out = []
        tt = t
        for lvl, cls, m in [('INFO', 'SignalUtils', 'Registering signal handler for TERM'), ('INFO', 'SignalUtils', 'Registering signal handler for HUP'), ('INFO', 'SignalUtils', 'Registering signal handler for INT'),
                            ('INFO', 'ApplicationMaster', 'ApplicationAttemptId: appattempt_%s_%06d' % (self.appid[12:], att)),
                            ('INFO', 'ApplicationMaster', 'Starting the user application in a separate Thread'),
                            ('INFO', 'ApplicationMaster', 'Waiting for spark context initialization...'),
                            ('INFO', 'SparkContext', 'Running Spark version %s' % self.sver),
                            ('INFO', 'ResourceUtils', '=============================================================='),
                            ('INFO', 'ResourceUtils', 'No custom resources configured for spark.driver.'),
                            ('INFO', 'ResourceUtils', '=============================================================='),
                            ('INFO', 'SparkContext', 'Submitted application: %s' % self.query),
                            ('INFO', 'Utils', "Successfully started service 'sparkDriver' on port %d." % r.randint(30000, 45000)),
                            ('INFO', 'SparkEnv', 'Registering MapOutputTracker'),
                            ('INFO', 'SparkEnv', 'Registering BlockManagerMaster'),
                            ('INFO', 'YarnClusterScheduler', 'Created YarnClusterScheduler'),
                            ('INFO', 'MicroBatchExecution', 'Starting %s [id = %s, runId = %s]. Use %s/_checkpoints/%s to store the query checkpoint.' % (self.query, self.qid, self.runid, self.bucket, self.query)),
                            ('INFO', 'MicroBatchExecution', 'Resuming at batch %d with committed offsets {KafkaV2[Subscribe[%s]]: {"%s":{"0":%d}}} and available offsets {KafkaV2[Subscribe[%s]]: {"%s":{"0":%d}}}' % (self.batch + 1, self.topic, self.topic, self.offsets[0], self.topic, self.topic, self.offsets[0] + 120))]:
            out.append((tt, L(tt, lvl, cls, m)))
            tt += r.randint(10, 900)
        out.extend(self.register(tt, r, 'Requesting %d new executors because tasks are backlogged (new desired total will be %d for resource profile id: 0)' % (len(self.execs), len(self.execs))))
        return out


# =========================================================================== Spring Boot family (shared)

class _SpringBase(LogFile):
    SUPPORTS = ('error_burst', 'retry_storm', 'new_error', 'disk_full', 'oom_kill', 'panic', 'silence')
    RESTARTABLE = True
    PANIC_GAP = (6, 40)

    def spring_setup(self):
        r = self.r
        sc = self.sc
        y = sc.year
        self.boot = {2019: '2.1.8.RELEASE', 2020: '2.3.4.RELEASE', 2021: '2.5.6', 2022: '2.7.5', 2023: '3.1.5', 2024: '3.2.4', 2025: '3.4.3', 2026: '3.5.6'}[y]
        self.java = {2019: '11.0.4', 2020: '11.0.9', 2021: '11.0.13', 2022: '17.0.5', 2023: '17.0.9', 2024: '21.0.2', 2025: '21.0.6', 2026: '21.0.8'}[y]
        self.b3 = self.boot.startswith('3')
        self.svc = '%s-%s' % (singular(self.co.nouns[1]), r.choice(['service', 'worker', 'api', 'gateway']))
        self.appcls = camel(self.svc.replace('-', ' ')) .replace(' ', '') + 'Application'
        self.appcls = ''.join(p.capitalize() for p in self.svc.split('-')) + 'Application'
        self.app = AppCode(r, self.co.pkg, self.co.nouns, self.svc.split('-')[0], 'java')
        self.appver = '%d.%d.%d' % (r.randint(1, 4), r.randint(0, 30), r.randint(0, 9))
        self.pid = 1 if r.random() < 0.6 else r.randint(7, 90)
        self.topic = '%s.%s' % (self.co.short, self.co.nouns[1])
        self.downstream = '%s-api' % singular(r.choice(self.co.nouns[2:6]))
        self.trace = r.random() < 0.6 and y >= 2021

    def loggers(self):
        p = self.app.pkg
        n0, n1 = camel(self.co.nouns[1]), camel(self.co.nouns[2])
        return {'svc': '%s.service.%sService' % (p, n0), 'ctl': '%s.web.%sController' % (p, n0), 'cli': '%s.client.%sClient' % (p, camel(singular(self.downstream.split('-')[0]))),
                'job': '%s.jobs.%sExportJob' % (p, n1), 'kafka': '%s.messaging.%sListener' % (p, n0),
                'hikari': 'com.zaxxer.hikari.pool.HikariPool', 'coord': 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator',
                'disp': 'org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]', 'retry': 'io.github.resilience4j.retry.internal.RetryImpl',
                'main': '%s.%s' % (p, self.appcls)}

    def threads(self, r, kind):
        if kind == 'http':
            return 'http-nio-8080-exec-%d' % r.randint(1, 200)
        if kind == 'kafka':
            return 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1'
        if kind == 'sched':
            return 'scheduling-1'
        if kind == 'hk':
            return 'HikariPool-1 housekeeper'
        return 'main'

    def app_events(self, r, t):
        """one routine record: (level, logger-key, thread-kind, message, exc-lines-or-None)"""
        k = r.random()
        n = self.co.nouns[1]
        if k < 0.45:
            return ('INFO', 'kafka', 'kafka', 'Processed %s %d for account %d in %d ms' % (singular(n), r.randint(10 ** 5, 10 ** 7), r.randint(1000, 99999), int(r.lognormvariate(3.2, 0.7))), None)
        if k < 0.75:
            return ('INFO', 'svc', 'http', '%s %d %s' % (camel(n), r.randint(10 ** 5, 10 ** 7), r.choice(['created', 'updated', 'settled', 'queued for export', 'validated'])), None)
        if k < 0.9:
            return ('INFO', 'cli', 'http', 'POST http://%s:8080/v1/%s -> 200 (%d ms)' % (self.downstream, singular(self.co.nouns[2]), int(r.lognormvariate(3.4, 0.6))), None)
        if k < 0.95:
            return ('DEBUG' if False else 'INFO', 'svc', 'http', 'Cache refresh of %s lookup table: %d entries' % (singular(self.co.nouns[3]), r.randint(100, 9000)), None)
        if k < 0.975:
            return ('WARN', 'svc', 'http', 'Slow query on %s (%d ms): SELECT ... FROM %s WHERE account_id = ?' % (n, r.randint(1500, 6000), n), None)
        if k < 0.99:
            return ('WARN', 'cli', 'http', 'Call to %s failed with 503 SERVICE_UNAVAILABLE, retried after 200 ms and succeeded (attempt 2/3)' % self.downstream, None)
        return ('WARN', 'disp', 'http', 'Failure in @ExceptionHandler %s.web.GlobalExceptionHandler#handle(Exception)' % self.app.pkg,
                ['org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe'] + ['\tat ' + f for f in [
                    'org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)',
                    'org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:783)',
                    'org.apache.catalina.connector.OutputBuffer.append(OutputBuffer.java:688)'] + WEB9[-4:]] + ['Caused by: java.io.IOException: Broken pipe'] + ['\tat ' + f for f in [
                        'java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)', 'java.base/sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:62)',
                        'org.apache.tomcat.util.net.NioChannel.write(NioChannel.java:136)']] + ['\t... %d more' % r.randint(40, 70)])

    def err_site(self, r, v):
        n = self.co.nouns[1]
        f9 = (lambda fr: fr) if self.java >= '11' else strip9
        if v == 'db':
            return ('ERROR', 'svc', 'kafka', 'Failed to persist %s event, will be redelivered' % singular(n),
                    ['org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [%s_ext_ref_key]' % n] + ['\tat ' + f for f in [
                        'org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)',
                        'org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)',
                        self.app.frame(n, 'repo'), self.app.frame(n, 'svc'), self.app.frame(n, 'svc')] + KAFKA9] +
                    ['Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "%s_ext_ref_key"' % n,
                     '  Detail: Key (ext_ref)=(%s-%d) already exists.' % (n[:3].upper(), r.randint(10 ** 5, 10 ** 7))] + ['\tat ' + f for f in PG] + ['\t... %d more' % r.randint(30, 60)])
        if v == 'timeout':
            return ('ERROR', 'ctl', 'http', 'Request processing failed for GET /api/%s/%d' % (n, r.randint(10 ** 4, 10 ** 6)),
                    ['org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://%s:8080/v1/%s": Read timed out' % (self.downstream, singular(self.co.nouns[2]))] + ['\tat ' + f for f in f9(HTTP9[-3:]) + [self.app.frame(n, 'cli'), self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + f9(WEB9)] +
                    ['Caused by: java.net.SocketTimeoutException: Read timed out'] + ['\tat ' + f for f in f9(HTTP9[:12])] + ['\t... %d more' % r.randint(40, 70)])
        if v == 'pool':
            return ('ERROR', 'svc', 'http', 'Unable to load %s page' % singular(n),
                    ['org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection'] + ['\tat ' + f for f in HIKARI[4:] + [self.app.frame(n, 'repo'), self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + f9(WEB9[:6])] +
                    ['Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.'] + ['\tat ' + f for f in HIKARI[:4]] + ['\t... %d more' % r.randint(40, 70)])
        if v == 'npe':
            nm = 'java.lang.NullPointerException: Cannot invoke "%s.%s.get%s()" because "%s" is null' % (self.app.pkg, camel(self.co.nouns[3]), r.choice(['Id', 'Status', 'Currency', 'Owner']), singular(self.co.nouns[3])) if self.java >= '17' else 'java.lang.NullPointerException'
            return ('ERROR', 'job', 'sched', 'Scheduled job %s failed' % self.co.jobs[0], [nm] + ['\tat ' + f for f in [self.app.frame(self.co.nouns[3], 'svc'), self.app.frame(self.co.nouns[3], 'job')] + f9(SCHED9)])
        if v == 'disk':
            fn = '/data/exports/%s-%d.csv' % (self.co.nouns[2], r.randint(10 ** 6, 10 ** 7))
            return ('ERROR', 'job', 'sched', 'Failed to write export file %s' % fn,
                    ['java.io.IOException: No space left on device'] + ['\tat ' + f for f in f9(FILE9) + [self.app.frame(self.co.nouns[2], 'job'), self.app.frame(self.co.nouns[2], 'job')] + f9(SCHED9)])
        if v == 'cert':
            return ('ERROR', 'cli', 'http', 'TLS handshake with %s failed' % self.downstream,
                    ['javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed'] + ['\tat ' + f for f in f9([
                        'java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)', 'java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)',
                        'java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1357)',
                        'java.base/sun.security.ssl.SSLHandshake.consume(SSLHandshake.java:396)', 'java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:451)']) + [self.app.frame(self.co.nouns[2], 'cli'), self.app.frame(self.co.nouns[2], 'svc')]] +
                    ['Caused by: java.security.cert.CertificateExpiredException: NotAfter: %s %s %02d 23:59:59 GMT %d' % (WDAY[r.randint(0, 6)], MON[r.randint(0, 11)], r.randint(1, 28), self.sc.year)] + ['\t... %d more' % r.randint(20, 40)])
        if v == 'kafka':
            return ('ERROR', 'kafka', 'kafka', 'Error handler threw an exception',
                    ['org.springframework.kafka.KafkaException: Seek to current after exception'] + ['\tat ' + f for f in ['org.springframework.kafka.listener.SeekUtils.seekOrRecover(SeekUtils.java:208)',
                                                                                                                     'org.springframework.kafka.listener.DefaultErrorHandler.handleRemaining(DefaultErrorHandler.java:168)'] + KAFKA9] +
                    ['Caused by: org.springframework.messaging.converter.MessageConversionException: Cannot convert from [java.lang.String] to [%s.messaging.%sEvent] for GenericMessage [payload={"schemaVersion":3}]' % (self.app.pkg, camel(self.co.nouns[1]))] + ['\t... %d more' % r.randint(10, 20)])
        return None

    def bg_sites(self):
        return ['db', 'timeout', 'npe']

    # -- records to text (subclass): rec(t, level, logger_key, thread, msg, exc)
    def rec_site(self, t, site):
        lvl, lk, th, msg, exc = site
        return self.rec(t, lvl, self.loggers()[lk], self.threads(self.r, th), msg, exc)

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        for t in self.times(lp * 0.82):
            lvl, lk, th, msg, exc = self.app_events(r, t)
            ev.append((t, self.rec(t, lvl, self.loggers()[lk], self.threads(r, th), msg, exc)))
        lg = self.loggers()
        for t in self.periodic(r.choice((5, 10, 15)) * MIN, jitter=2000):
            ev.append((t, self.rec(t, 'INFO', lg['job'], 'scheduling-1', 'Starting scheduled job %s' % self.co.jobs[1], None)))
            t2 = t + r.randint(2000, 90000)
            ev.append((t2, self.rec(t2, 'INFO', lg['job'], 'scheduling-1', 'Finished scheduled job %s: exported %d rows in %.1f s' % (self.co.jobs[1], r.randint(10, 90000), (t2 - t) / 1000.0), None)))
        for t in self.periodic(r.choice((30, 45, 60)) * MIN, jitter=60000):
            g = 'consumer-%s-1' % self.svc.split('-')[0]
            for j in range(r.randint(2, 4)):
                ev.append((t + j * 7, self.rec(t + j * 7, 'INFO', lg['coord'], self.threads(r, 'kafka'), '[Consumer clientId=%s, groupId=%s] Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[kafka-%d.%s:9092 (id: %d rack: null)], epoch=%d}}'
                                               % (g, self.svc, self.topic, j, r.randint(10 ** 5, 10 ** 8), r.randint(1, 20), j % 3, self.co.domain, j % 3, r.randint(1, 20)), None)))
        for t in self.times(r.uniform(0.01, 0.05), curve=False):
            ev.append((t, self.rec(t, 'WARN', lg['hikari'], 'HikariPool-1 housekeeper', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms).' % (r.randint(1, 2), r.randint(0, 59), r.randint(0, 999)), None)))
        for t in self.times(r.uniform(0.0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_rec(t, r, 1)))
        sites = self.bg_sites()
        for t in self.times(r.uniform(0.05, 0.35), curve=False):
            s = self.err_site(r, r.choice(sites))
            ev.append((t, self.rec(t, s[0], lg[s[1]], self.threads(r, s[2]), s[3], s[4])))
        return ev

    def retry_rec(self, t, r, n):
        return self.rec(t, 'WARN', self.loggers()['retry'], self.threads(r, 'http'),
                        "Retry '%s', waiting PT%sS until attempt '%d'. Last attempt failed with exception 'org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"http://%s:8080/v1/%s\": Connection refused'." % (self.downstream.split('-')[0] + 'Api', r.choice(['0.5', '1', '2']), n + 1, self.downstream, singular(self.co.nouns[2])), None)

    def anchor(self, t):
        return [(t, self.rec(t, 'INFO', self.loggers()['job'], 'scheduling-1', 'Starting scheduled job %s' % self.co.jobs[1], None))]

    def head(self, t):
        return self.anchor(t)

    def st_error(self):
        v = self.r.choice(['timeout', 'pool', 'db'])
        s = self.err_site(self.r, v)
        return {'v': v, 'desc': 'ERROR "%s" with %s stack traces' % (s[3].split(' for ')[0], s[4][0].split(':')[0])}

    def rec_error(self, t, i, st):
        s = self.err_site(st['r'], st['v'])
        return self.rec(t, s[0], self.loggers()[s[1]], self.threads(st['r'], s[2]), s[3], s[4])

    def st_retry(self):
        return {'desc': 'resilience4j "Retry ... waiting ... until attempt" warnings against %s' % self.downstream}

    def rec_retry(self, t, i, st):
        return self.retry_rec(t, st['r'], i % 3 + 1)

    def st_newerr(self):
        v = self.r.choice(['cert', 'kafka'])
        return {'v': v, 'desc': {'cert': 'SSLHandshakeException (certificate expired) errors (new)', 'kafka': 'MessageConversionException listener errors (new)'}[v]}

    def rec_newerr(self, t, i, st):
        s = self.err_site(st['r'], st['v'])
        return self.rec(t, s[0], self.loggers()[s[1]], self.threads(st['r'], s[2]), s[3], s[4])

    def st_disk(self):
        return {'desc': 'export writes failing with "java.io.IOException: No space left on device"'}

    def rec_disk(self, t, i, st):
        s = self.err_site(st['r'], 'disk')
        return self.rec(t, s[0], self.loggers()[s[1]], self.threads(st['r'], s[2]), s[3], s[4])

    def jvm_crash(self, t, r):
        jv = self.java
        vend = r.choice(['Temurin', 'Temurin', 'Corretto'])
        lines = ['#', '# A fatal error has been detected by the Java Runtime Environment:', '#',
                 '#  SIGSEGV (0xb) at pc=0x00007f%010x, pid=%d, tid=%d' % (r.getrandbits(36), self.pid, r.randint(20, 300)), '#',
                 '# JRE version: OpenJDK Runtime Environment %s-%s+7 (%s+7) (build %s+7)' % (vend, jv, jv, jv),
                 '# Java VM: OpenJDK 64-Bit Server VM %s-%s+7 (%s+7, mixed mode, sharing, tiered, compressed oops, compressed class ptrs, g1 gc, linux-amd64)' % (vend, jv, jv),
                 '# Problematic frame:', '# C  [%s+0x%x]  %s+0x%x' % ((lambda lib: (lib[0], r.getrandbits(20), lib[1], r.randint(16, 400)))(r.choice([('libzstd-jni-1.5.5-6.so', 'ZSTD_decompressStream'), ('libnetty_tcnative_linux_x86_64.so', 'SSL_read'), ('libsnappyjava.so', 'snappy::RawUncompress'), ('libc.so.6', '__memmove_avx_unaligned_erms')]))), '#',
                 '# Core dump will be written. Default location: /app/core', '#', '# An error report file with more information is saved as:', '# /app/hs_err_pid%d.log' % self.pid, '#',
                 '# If you would like to submit a bug report, please visit:', '#   https://github.com/adoptium/adoptium-support/issues' if vend == 'Temurin' else '#   https://github.com/corretto/corretto-%s/issues/' % jv.split('.')[0],
                 '# The crash happened outside the Java Virtual Machine in native code.', '# See problematic frame for where to report the bug.', '#']
        return '\n'.join(lines)

    def seq_crash(self, t, i, st):
        st['desc'] = 'JVM crashes ("A fatal error has been detected by the Java Runtime Environment", SIGSEGV in native code)'
        r = st['r']
        lvl, lk, th, msg, exc = self.app_events(r, t)
        while exc:
            lvl, lk, th, msg, exc = self.app_events(r, t)
        return [(t, self.rec(t, lvl, self.loggers()[lk], self.threads(r, th), msg, None)), (t + r.randint(1, 300), self.jvm_crash(t, r))]

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = '"java.lang.OutOfMemoryError: Java heap space" + "Terminating due to java.lang.OutOfMemoryError" (ExitOnOutOfMemoryError)'
        n = self.co.nouns[2]
        exc = ['java.lang.OutOfMemoryError: Java heap space'] + ['\tat ' + f for f in ['java.base/java.util.Arrays.copyOf(Arrays.java:3537)', 'java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)',
                                                                                    'java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:130)', self.app.frame(n, 'job'), self.app.frame(n, 'job')] + SCHED9[:3]]
        out = [(t, self.rec(t, 'WARN', self.loggers()['hikari'], 'HikariPool-1 housekeeper', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms).' % (r.randint(1, 2), r.randint(0, 59), r.randint(0, 999)), None)),
               (t + r.randint(2000, 9000), self.rec(t + 9500, 'ERROR', self.loggers()['job'], 'scheduling-1', 'Scheduled job %s failed' % self.co.jobs[1], exc))]
        out[1] = (t + 9500, out[1][1])
        out.append((t + 9600, 'Terminating due to java.lang.OutOfMemoryError: Java heap space'))
        return out


class LogstashJSON(_SpringBase):
    KIND = 'logstash_json'
    LPM = (6, 120, 1.5)

    def setup(self):
        self.spring_setup()
        r = self.r
        sc = self.sc
        self.NAME = '%s.json' % self.svc
        self.modern = sc.year >= 2022
        off = sc.off_ms
        self.offs = off_str(sc.off_min, zulu=True)
        self._t = _cache_ts(lambda s: '%04d-%02d-%02dT%02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6])
        self.host = self.co.host(r, self.svc.split('-')[0])

    def ts(self, t):
        if not self.modern:
            return '%s.%03d%s' % (self._t(t), t % 1000, self.offs)
        us = (t % 1000) * 1000 + self.r.randint(0, 999)
        if us == 0:
            return self._t(t) + self.offs
        return '%s.%s%s' % (self._t(t), ('%06d' % us).rstrip('0'), self.offs)

    LV = {'TRACE': 5000, 'DEBUG': 10000, 'INFO': 20000, 'WARN': 30000, 'ERROR': 40000}

    def rec(self, t, lvl, logger, thread, msg, exc):
        r = self.r
        s = '{"@timestamp":"%s","@version":"1","message":%s,"logger_name":"%s","thread_name":"%s","level":"%s","level_value":%d' % (self.ts(t), jstr(msg), logger, thread, lvl, self.LV[lvl])
        if exc:
            s += ',"stack_trace":' + jstr('\n'.join(exc) + '\n')
        if self.trace and thread.startswith('http'):
            s += ',"traceId":"%s","spanId":"%s"' % (hexs(r, 32), hexs(r, 16))
        return s + ',"app":"%s","env":"prod"}' % self.svc

    def seq_start(self, t):
        r = self.r
        lg = self.loggers()
        out = []
        tt = t
        msgs = [(lg['main'], 'Starting %s v%s using Java %s with PID %d (/app/app.jar started by app in /app)' % (self.appcls, self.appver, self.java, self.pid)),
                (lg['main'], 'The following 1 profile is active: "prod"' if self.b3 else 'The following profiles are active: prod'),
                ('org.springframework.boot.web.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port%s 8080 (http)' % ('' if self.b3 else '(s):')),
                ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
                ('com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%x' % r.getrandbits(28)),
                ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
                ('org.springframework.boot.web.embedded.tomcat.TomcatWebServer', "Tomcat started on port%s 8080 (http) with context path ''" % ('' if self.b3 else '(s):')),
                (lg['main'], 'Started %s in %.3f seconds (%s running for %.3f)' % (self.appcls, r.uniform(5, 25), 'process' if self.b3 else 'JVM', r.uniform(26, 30)))]
        for lgn, m in msgs:
            out.append((tt, self.rec(tt, 'INFO', lgn, 'main', m, None)))
            tt += r.randint(50, 3000)
        return out

    def seq_stop(self, t):
        r = self.r
        out = []
        tt = t
        for lgn, th, m in [('org.springframework.boot.web.embedded.tomcat.GracefulShutdown', 'SpringApplicationShutdownHook', 'Commencing graceful shutdown. Waiting for active requests to complete'),
                           ('org.springframework.boot.web.embedded.tomcat.GracefulShutdown', 'tomcat-shutdown', 'Graceful shutdown complete'),
                           ('com.zaxxer.hikari.HikariDataSource', 'SpringApplicationShutdownHook', 'HikariPool-1 - Shutdown initiated...'),
                           ('com.zaxxer.hikari.HikariDataSource', 'SpringApplicationShutdownHook', 'HikariPool-1 - Shutdown completed.')]:
            out.append((tt, self.rec(tt, 'INFO', lgn, th, m, None)))
            tt += r.randint(20, 1500)
        return out


def abbrev_logger(name, width=39):
    if len(name) <= width:
        return name
    parts = name.split('.')
    for i in range(len(parts) - 1):
        parts[i] = parts[i][:1]
        if len('.'.join(parts)) <= width:
            break
    return '.'.join(parts)


class SpringAnsi(_SpringBase):
    KIND = 'spring_ansi'
    LPM = (6, 120, 1.5)

    def setup(self):
        self.spring_setup()
        r = self.r
        sc = self.sc
        self.NAME = '%s-console.log' % self.svc
        off = sc.off_ms
        if self.b3:
            offs = off_str(sc.off_min, zulu=False)
            self._t = _cache_ts(lambda s: '%04d-%02d-%02dT%02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6])
            self.tsfmt = lambda t: '%s.%03d%s' % (self._t(t), t % 1000, offs)
            self.ABS_TIME = True
        else:
            self._t = _cache_ts(lambda s: '%04d-%02d-%02d %02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6])
            self.tsfmt = lambda t: '%s.%03d' % (self._t(t), t % 1000)
            self.ABS_TIME = False
        self.appname = self.boot >= '3.2'
        self.lcache = {}
        sv = {'3': '6.1.5', '2': '5.3.23'}[self.boot[0]]
        tv = {'3': '10.1.19', '2': '9.0.68'}[self.boot[0]]
        self.jars = [('org.springframework.web.servlet', 'spring-webmvc-%s.jar:%s' % (sv, sv)), ('org.springframework.web', 'spring-web-%s.jar:%s' % (sv, sv)),
                     ('org.springframework.kafka', 'spring-kafka-3.1.3.jar:3.1.3' if self.b3 else 'spring-kafka-2.9.2.jar:2.9.2'),
                     ('org.springframework.scheduling', 'spring-context-%s.jar:%s' % (sv, sv)), ('org.springframework.jdbc', 'spring-jdbc-%s.jar:%s' % (sv, sv)),
                     ('org.springframework.orm', 'spring-orm-%s.jar:%s' % (sv, sv)), ('org.springframework.dao', 'spring-tx-%s.jar:%s' % (sv, sv)),
                     ('org.apache.catalina', 'tomcat-embed-core-%s.jar:%s' % (tv, tv)), ('org.apache.coyote', 'tomcat-embed-core-%s.jar:%s' % (tv, tv)),
                     ('org.apache.tomcat', 'tomcat-embed-core-%s.jar:%s' % (tv, tv)), ('jakarta.servlet', 'tomcat-embed-core-%s.jar:6.0' % tv), ('javax.servlet', 'tomcat-embed-core-%s.jar:4.0.FR' % tv),
                     ('com.zaxxer.hikari', 'HikariCP-5.0.1.jar:na'), ('org.postgresql', 'postgresql-42.6.0.jar:42.6.0'), ('org.hibernate', 'hibernate-core-6.4.4.Final.jar:6.4.4.Final'),
                     ('org.apache.hc.client5', 'httpclient5-5.2.3.jar:5.2.3'), ('org.apache.hc.core5', 'httpcore5-5.2.4.jar:5.2.4'), ('java.', 'na:na'), ('sun.', 'na:na'), ('jdk.', 'na:na'),
                     (self.app.pkg, 'classes!/:%s' % self.appver if not self.b3 else '!/:%s' % self.appver)]

    def lg(self, name):
        v = self.lcache.get(name)
        if v is None:
            v = '%-40.40s' % abbrev_logger(name)
            self.lcache[name] = v
        return v

    def frame_suffix(self, line):
        if not line.startswith('\tat '):
            return line
        f = line[4:]
        g = f.split('/', 1)[1] if f.startswith('java.base/') else f
        for p, j in self.jars:
            if g.startswith(p):
                return line + ' ~[%s]' % j
        return line + ' ~[na:na]'

    LC = {'ERROR': '31', 'WARN': '33', 'INFO': '32', 'DEBUG': '32', 'TRACE': '32'}

    def rec(self, t, lvl, logger, thread, msg, exc):
        th = '[%15.15s]' % thread[-15:]
        if self.appname:
            th = '[%s] %s' % (self.svc, th)
        s = '\x1b[2m%s\x1b[0;39m \x1b[%sm%5s\x1b[0;39m \x1b[35m%d\x1b[0;39m \x1b[2m---\x1b[0;39m \x1b[2m%s\x1b[0;39m \x1b[36m%s\x1b[0;39m \x1b[2m:\x1b[0;39m %s' % (
            self.tsfmt(t), self.LC[lvl], lvl, self.pid, th, self.lg(logger), msg)
        if exc:
            s += '\n\n' + '\n'.join(self.frame_suffix(x) for x in exc) + '\n'
        return s

    def seq_start(self, t):
        r = self.r
        lg = self.loggers()
        pad = 42 - len(' :: Spring Boot :: ') - len(' (v%s)' % self.boot)
        banner = '\n'.join(['', "  .   ____          _            __ _ _", " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
                            "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\", " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
                            "  '  |____| .__|_| |_|_| |_\\__, | / / / /", " =========|_|==============|___/=/_/_/_/",
                            '\x1b[32m :: Spring Boot :: \x1b[39m%s\x1b[2m (v%s)\x1b[0;39m' % (' ' * pad, self.boot), ''])
        out = [(t, banner)]
        tt = t + r.randint(300, 900)
        msgs = [(lg['main'], 'Starting %s v%s using Java %s with PID %d (/app/app.jar started by app in /app)' % (self.appcls, self.appver, self.java, self.pid)),
                (lg['main'], 'The following 1 profile is active: "prod"' if self.b3 else 'The following profiles are active: prod'),
                ('org.springframework.boot.web.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port%s 8080 (http)' % ('' if self.b3 else '(s):')),
                ('org.apache.catalina.core.StandardService', 'Starting service [Tomcat]'),
                ('org.apache.catalina.core.StandardEngine', 'Starting Servlet engine: [Apache Tomcat/%s]' % ('10.1.19' if self.b3 else '9.0.68')),
                ('org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]', 'Initializing Spring embedded WebApplicationContext'),
                ('org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext', 'Root WebApplicationContext: initialization completed in %d ms' % r.randint(800, 4000)),
                ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
                ('com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%x' % r.getrandbits(28)),
                ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
                ('org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver', "Exposing %d endpoint(s) beneath base path '/actuator'" % r.randint(2, 5)),
                ('org.springframework.boot.web.embedded.tomcat.TomcatWebServer', "Tomcat started on port%s 8080 (http) with context path ''" % ('' if self.b3 else '(s):')),
                (lg['main'], 'Started %s in %.3f seconds (%s running for %.3f)' % (self.appcls, r.uniform(5, 25), 'process' if self.b3 else 'JVM', r.uniform(26, 30)))]
        for lgn, m in msgs:
            out.append((tt, self.rec(tt, 'INFO', lgn, 'main', m, None)))
            tt += r.randint(50, 2500)
        return out

    def seq_stop(self, t):
        r = self.r
        out = []
        tt = t
        for lgn, th, m in [('org.springframework.boot.web.embedded.tomcat.GracefulShutdown', 'SpringApplicationShutdownHook', 'Commencing graceful shutdown. Waiting for active requests to complete'),
                           ('org.springframework.boot.web.embedded.tomcat.GracefulShutdown', 'tomcat-shutdown', 'Graceful shutdown complete'),
                           ('com.zaxxer.hikari.HikariDataSource', 'SpringApplicationShutdownHook', 'HikariPool-1 - Shutdown initiated...'),
                           ('com.zaxxer.hikari.HikariDataSource', 'SpringApplicationShutdownHook', 'HikariPool-1 - Shutdown completed.')]:
            out.append((tt, self.rec(tt, 'INFO', lgn, th, m, None)))
            tt += r.randint(20, 1500)
        return out

    def rec_disk(self, t, i, st):
        r = st['r']
        base = _SpringBase.rec_disk(self, t, i, st)
        if i % 4 == 1:
            lt = time.gmtime((t + self.sc.off_ms) // 1000)
            base += '\n%02d:%02d:%02d,%03d |-ERROR in ch.qos.logback.core.rolling.RollingFileAppender[FILE] - IO failure in appender java.io.IOException: No space left on device' % (lt[3], lt[4], lt[5], t % 1000)
        return base


# =========================================================================== Minecraft

class Minecraft(LogFile):
    KIND = 'minecraft'
    SUPPORTS = ('error_burst', 'new_error', 'silence', 'panic')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (3, 25, 0.4)
    RES = 1000
    PANIC_GAP = (8, 40)

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self.paper = r.random() < 0.5
        self.mcver = {2019: '1.14.4', 2020: '1.16.4', 2021: '1.17.1', 2022: '1.19.2', 2023: '1.20.1', 2024: '1.20.4', 2025: '1.21.4', 2026: '1.21.8'}[sc.year]
        self._t = _cache_ts(lambda s: '%02d:%02d:%02d' % time.gmtime(s + off // 1000)[3:6])
        self.NAME = 'latest.log'
        syl = ['Craft', 'Stone', 'Dark', 'Pix', 'Red', 'Ender', 'Blaze', 'Frost', 'Nova', 'Moss', 'Ash', 'Sky', 'Iron', 'Wolf', 'Shadow', 'Lucky']
        syl2 = ['Miner', 'Fox', 'Wizard', 'Builder', 'King', '_YT', 'Ninja', 'Boi', 'Gamer', 'Hunter', '42', '_', 'x', 'Lord', 'Pro']
        self.players = ['%s%s%s' % (r.choice(syl), r.choice(syl2), r.choice(['', '', str(r.randint(1, 999))])) for _ in range(60)]
        self.online = []
        self.ent = r.randint(100, 900)
        self.world = r.choice(['world', 'survival', 'smp'])
        self.plugins = ['EssentialsX', 'LuckPerms', 'WorldGuard', 'Shops', 'CoreProtect', 'Vault'] if self.paper else []
        self.ips = {p: public_ip(r) for p in self.players}

    def L(self, t, thread, lvl, msg):
        if self.paper:
            return '[%s %s]: %s' % (self._t(t), lvl, msg)
        return '[%s] [%s/%s]: %s' % (self._t(t), thread, lvl, msg)

    def background(self):
        r = self.r
        ev = []
        L = self.L
        lp = self.lpm
        adv = ['Stone Age', 'Getting an Upgrade', 'Acquire Hardware', 'Hot Stuff', "Isn't It Iron Pick", 'We Need to Go Deeper', 'Diamonds!', 'Monster Hunter', 'Sweet Dreams', 'Eye Spy']
        deaths = ['was slain by Zombie', 'was shot by Skeleton', 'fell from a high place', 'drowned', 'was blown up by Creeper', 'tried to swim in lava', 'hit the ground too hard']
        chat = ['hi', 'anyone want to trade?', 'lag?', 'brb', 'gg', 'where is spawn', 'lol', 'need iron', 'who took my chest', 'ty', 'o/', 'nice build']
        for t in self.times(lp * 0.85):
            k = r.random()
            if k < 0.12 or not self.online:
                p = r.choice(self.players)
                if p in self.online:
                    continue
                self.online.append(p)
                self.ent += r.randint(1, 40)
                ev.append((t, L(t, 'User Authenticator #%d' % r.randint(1, 9), 'INFO', 'UUID of player %s is %s' % (p, uuid4(r)))))
                ev.append((t + 40, L(t + 40, 'Server thread', 'INFO', '%s[/%s:%d] logged in with entity id %d at (%.1f, %.1f, %.1f)' % (p, self.ips[p], r.randint(30000, 65000), self.ent, r.uniform(-3000, 3000), r.uniform(50, 120), r.uniform(-3000, 3000)))))
                ev.append((t + 41, L(t + 41, 'Server thread', 'INFO', '%s joined the game' % p)))
            elif k < 0.22 and len(self.online) > 1:
                p = self.online.pop(r.randint(0, len(self.online) - 1))
                ev.append((t, L(t, 'Server thread', 'INFO', '%s lost connection: %s' % (p, r.choice(['Disconnected', 'Disconnected', 'Timed out', 'Internal Exception: java.net.SocketException: Connection reset'])))))
                ev.append((t + 1, L(t + 1, 'Server thread', 'INFO', '%s left the game' % p)))
            elif k < 0.62:
                ev.append((t, L(t, 'Async Chat Thread - #%d' % r.randint(0, 20), 'INFO', '<%s> %s' % (r.choice(self.online), r.choice(chat)))))
            elif k < 0.74:
                ev.append((t, L(t, 'Server thread', 'INFO', '%s has made the advancement [%s]' % (r.choice(self.online), r.choice(adv)))))
            elif k < 0.84:
                ev.append((t, L(t, 'Server thread', 'INFO', '%s %s' % (r.choice(self.online), r.choice(deaths)))))
            elif k < 0.92:
                ev.append((t, L(t, 'Server thread', 'WARN', "Can't keep up! Is the server overloaded? Running %dms or %d ticks behind" % (lambda ms: (ms, ms // 50))(r.randint(2001, 6000)))))
            elif k < 0.97:
                ev.append((t, L(t, 'Server thread', 'INFO', 'com.mojang.authlib.GameProfile@%x[id=<null>,name=%s,properties={},legacy=false] (/%s:%d) lost connection: Disconnected' % (r.getrandbits(28), r.choice(['', 'Herobrine', 'admin', 'test']), public_ip(r), r.randint(30000, 65000)) if self.mcver < '1.20' else
                           'Disconnecting %s (/%s:%d): Disconnected' % (r.choice(['Player', '/%s:%d' % (public_ip(r), r.randint(30000, 65000))]), public_ip(r), r.randint(30000, 65000)))))
            else:
                ev.append((t, L(t, 'Server thread', 'WARN', '%s moved too quickly! %.6f,%.6f,%.6f' % (r.choice(self.online), r.uniform(-20, 20), r.uniform(-5, 5), r.uniform(-20, 20)))))
        for t in self.periodic(r.choice((5, 10, 15)) * MIN, jitter=1500):
            ev.append((t, L(t, 'RCON Listener #1', 'INFO', 'Thread RCON Client /127.0.0.1 started')))
            ev.append((t + 30, L(t + 30, 'Server thread', 'INFO', '[Rcon: Saved the game]' if self.mcver >= '1.17' else '[Rcon: Saving the game (this may take a moment!)]')))
            ev.append((t + 60, L(t + 60, 'RCON Client /127.0.0.1 #%d' % r.randint(2, 90), 'INFO', 'Thread RCON Client /127.0.0.1 shutting down')))
        for t in self.periodic(HOUR, jitter=2000, phase=0):
            ev.append((t, L(t, 'Server thread', 'INFO', '[Server] Restart-free backup starting; world save is off')))
            ev.append((t + 25000, L(t + 25000, 'Server thread', 'INFO', '[Server] Backup complete (%d MB), world save is on' % r.randint(800, 9000))))
        for t in self.times(r.uniform(0.05, 0.15), curve=False):
            ev.append((t, self.tick_err(t, r, 'entity')))
        return ev

    def tick_err(self, t, r, v):
        if v == 'entity':
            head = self.L(t, 'Server thread', 'ERROR', 'Failed to handle packet net.minecraft.network.protocol.game.ServerboundUseItemOnPacket@%x, suppressing error' % r.getrandbits(28))
            body = ['java.lang.IllegalStateException: Cannot get property BooleanProperty{name=open, clazz=class java.lang.Boolean, values=[true, false]} as it does not exist in Block{minecraft:air}',
                    '\tat net.minecraft.world.level.block.state.StateHolder.getValue(StateHolder.java:98) ~[server-%s.jar:?]' % self.mcver,
                    '\tat net.minecraft.world.level.block.DoorBlock.use(DoorBlock.java:171) ~[server-%s.jar:?]' % self.mcver,
                    '\tat net.minecraft.server.level.ServerPlayerGameMode.useItemOn(ServerPlayerGameMode.java:354) ~[server-%s.jar:?]' % self.mcver,
                    '\tat net.minecraft.server.network.ServerGamePacketListenerImpl.handleUseItemOn(ServerGamePacketListenerImpl.java:1117) ~[server-%s.jar:?]' % self.mcver,
                    '\tat net.minecraft.network.protocol.PacketUtils.lambda$ensureRunningOnSameThread$0(PacketUtils.java:23) ~[server-%s.jar:?]' % self.mcver,
                    '\tat net.minecraft.server.TickTask.run(TickTask.java:18) ~[server-%s.jar:?]' % self.mcver,
                    '\tat net.minecraft.server.MinecraftServer.runServer(MinecraftServer.java:690) ~[server-%s.jar:?]' % self.mcver,
                    '\tat java.lang.Thread.run(Thread.java:1583) ~[?:?]']
        else:
            pl = r.choice(self.plugins or ['Shops'])
            head = self.L(t, 'Server thread', 'ERROR', 'Could not pass event PlayerInteractEvent to %s v%d.%d.%d' % (pl, 2, 3, 1) if self.paper else 'Error executing task on Server')
            body = ['org.bukkit.event.EventException: null' if self.paper else 'java.util.ConcurrentModificationException: null',
                    '\tat org.bukkit.plugin.java.JavaPluginLoader$1.execute(JavaPluginLoader.java:306) ~[paper-api-%s-R0.1-SNAPSHOT.jar:?]' % self.mcver if self.paper else '\tat java.util.HashMap$HashIterator.nextNode(HashMap.java:1605) ~[?:?]',
                    '\tat co.aikar.timings.TimedEventExecutor.execute(TimedEventExecutor.java:80) ~[paper-api-%s-R0.1-SNAPSHOT.jar:git-Paper-%d]' % (self.mcver, r.randint(100, 500)) if self.paper else '\tat java.util.HashMap$KeyIterator.next(HashMap.java:1628) ~[?:?]',
                    '\tat net.minecraft.server.MinecraftServer.tickChildren(MinecraftServer.java:1501) ~[?:?]',
                    '\tat net.minecraft.server.MinecraftServer.tickServer(MinecraftServer.java:1363) ~[?:?]',
                    '\tat java.lang.Thread.run(Thread.java:1583) ~[?:?]']
            if self.paper:
                body += ['Caused by: java.lang.NullPointerException: Cannot invoke "org.bukkit.inventory.ItemStack.getType()" because "item" is null',
                         '\tat com.%s.shops.listener.SignListener.onInteract(SignListener.java:%d) ~[%s-2.3.1.jar:?]' % (self.co.short, r.randint(40, 300), pl),
                         '\t... %d more' % r.randint(10, 30)]
        return head + '\n' + '\n'.join(body)

    def anchor(self, t):
        return [(t, self.L(t, 'RCON Listener #1', 'INFO', 'Thread RCON Client /127.0.0.1 started'))]

    def head(self, t):
        return self.seq_start(t)

    def st_error(self):
        return {'desc': 'server-thread exceptions ("Could not pass event"/"Error executing task") with stack traces'}

    def rec_error(self, t, i, st):
        return self.tick_err(t, st['r'], 'plugin')

    def st_newerr(self):
        return {'desc': '"Chunk file ... is in the wrong location; relocating" warnings (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        x, z = r.randint(-300, 300), r.randint(-300, 300)
        return self.L(t, 'IO-Worker-%d' % r.randint(1, 12), 'WARN', 'Chunk file at [%d, %d] is in the wrong location; relocating. (Expected [%d, %d], got [%d, %d])' % (x, z, x, z, x + 1, z))

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'server crashes ("Encountered an unexpected exception" + crash report) followed by a restart'
        lt = time.gmtime((t + self.sc.off_ms) // 1000)
        body = ['net.minecraft.ReportedException: Ticking entity',
                '\tat net.minecraft.server.MinecraftServer.tickChildren(MinecraftServer.java:1005) ~[server-%s.jar:?]' % self.mcver,
                '\tat net.minecraft.server.dedicated.DedicatedServer.tickChildren(DedicatedServer.java:325) ~[server-%s.jar:?]' % self.mcver,
                '\tat net.minecraft.server.MinecraftServer.tickServer(MinecraftServer.java:908) ~[server-%s.jar:?]' % self.mcver,
                '\tat net.minecraft.server.MinecraftServer.runServer(MinecraftServer.java:690) ~[server-%s.jar:?]' % self.mcver,
                '\tat net.minecraft.server.MinecraftServer.lambda$spin$2(MinecraftServer.java:263) ~[server-%s.jar:?]' % self.mcver,
                '\tat java.lang.Thread.run(Thread.java:1583) ~[?:?]',
                'Caused by: java.lang.ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 16',
                '\tat net.minecraft.world.entity.ai.goal.GoalSelector.tick(GoalSelector.java:110) ~[server-%s.jar:?]' % self.mcver,
                '\tat net.minecraft.world.entity.Mob.serverAiStep(Mob.java:761) ~[server-%s.jar:?]' % self.mcver,
                '\t... 6 more']
        L = self.L
        out = [(t, L(t, 'Server thread', 'ERROR', 'Encountered an unexpected exception') + '\n' + '\n'.join(body)),
               (t + 60, L(t + 60, 'Server thread', 'ERROR', 'This crash report has been saved to: /srv/minecraft/./crash-reports/crash-%04d-%02d-%02d_%02d.%02d.%02d-server.txt' % lt[:6])),
               (t + 70, L(t + 70, 'Server thread', 'INFO', 'Stopping server')),
               (t + 80, L(t + 80, 'Server thread', 'INFO', 'Saving players')),
               (t + 400, L(t + 400, 'Server thread', 'INFO', 'Saving worlds')),
               (t + 900, L(t + 900, 'Server thread', 'INFO', "Saving chunks for level 'ServerLevel[%s]'/minecraft:overworld" % self.world)),
               (t + 2500, L(t + 2500, 'Server thread', 'INFO', 'ThreadedAnvilChunkStorage (%s): All chunks are saved' % self.world))]
        self.online = []
        return out

    def seq_start(self, t):
        r = self.r
        L = self.L
        tt = t
        msgs = [('ServerMain', 'INFO', "Environment: authHost='https://authserver.mojang.com', accountsHost='https://api.mojang.com', sessionHost='https://sessionserver.mojang.com', servicesHost='https://api.minecraftservices.com', name='PROD'"),
                ('ServerMain', 'INFO', 'Loaded %d recipes' % r.randint(1100, 1300)), ('ServerMain', 'INFO', 'Loaded %d advancements' % r.randint(1100, 1300)),
                ('Server thread', 'INFO', 'Starting minecraft server version %s' % self.mcver), ('Server thread', 'INFO', 'Loading properties'),
                ('Server thread', 'INFO', 'Default game type: SURVIVAL'), ('Server thread', 'INFO', 'Generating keypair'),
                ('Server thread', 'INFO', 'Starting Minecraft server on *:25565'), ('Server thread', 'INFO', 'Using epoll channel type'),
                ('Server thread', 'INFO', 'Preparing level "%s"' % self.world), ('Server thread', 'INFO', 'Preparing start region for dimension minecraft:overworld')]
        out = []
        for th, lv, m in msgs:
            out.append((tt, L(tt, th, lv, m)))
            tt += r.randint(10, 900)
        for pc in (0, 31, 74, 100):
            out.append((tt, L(tt, 'Worker-Main-%d' % r.randint(1, 8), 'INFO', 'Preparing spawn area: %d%%' % pc)))
            tt += r.randint(200, 900)
        out.append((tt, L(tt, 'Server thread', 'INFO', 'Time elapsed: %d ms' % r.randint(2000, 9000))))
        out.append((tt + 5, L(tt + 5, 'Server thread', 'INFO', 'Done (%.3fs)! For help, type "help"' % r.uniform(4, 30))))
        return out

    def seq_stop(self, t):
        L = self.L
        self.online = []
        return [(t, L(t, 'Server thread', 'INFO', '[Rcon: Stopping the server]')), (t + 10, L(t + 10, 'Server thread', 'INFO', 'Stopping server')),
                (t + 20, L(t + 20, 'Server thread', 'INFO', 'Saving players')), (t + 300, L(t + 300, 'Server thread', 'INFO', 'Saving worlds')),
                (t + 2200, L(t + 2200, 'Server thread', 'INFO', 'ThreadedAnvilChunkStorage (%s): All chunks are saved' % self.world))]
