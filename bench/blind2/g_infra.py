"""Infrastructure logs: MongoDB, Elasticsearch, Kafka, Redis, MySQL (error + slow log), PostgreSQL,
journald (short-iso), Java unified GC log."""
import math

from g_core import (US, MS, MIN, HOUR, Svc, WC, arrivals, periodic, poisson, uuid4, hexs, b36, priv_ip,
                    iso_s, isosp_s, redis_s, klog_s, syslog_s, offstr, jq, ramp_val)


def spread(r, s, e, n):
    """n sorted times in [s, e] including both ends"""
    if n <= 1:
        return [s]
    ts = [r.randint(s, e) for _ in range(n - 2)] + [s, e]
    ts.sort()
    return ts


# ====================================================================== MongoDB

class Mongo(Svc):
    KINDS = ('latency_shift', 'disk_full', 'silence', 'new_error', 'retry_storm')
    ROLE = 'db'
    LPE = 1.0

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.off = r.choice([0, 0, 0, 60, -300, 120, 330])
        self.offs = offstr(self.off, 'colon')
        self.db = sc.dbname
        self.colls = r.sample(['orders', 'users', 'sessions', 'products', 'carts', 'events', 'payments', 'invoices', 'audit_log', 'shipments'], 5)
        self.clients = [priv_ip(r) for _ in range(r.randint(3, 12))]
        self.conn = r.randint(1000, 90000)
        self.ccount = r.randint(20, 120)
        self.slow_med = r.uniform(130, 260)
        self.rs = r.random() < 0.6
        self.host = 'mongo-%d' % r.randint(0, 2)
        self.peer = 'mongo-%d.mongo.%s.svc.cluster.local:27017' % (r.randint(3, 5), sc.k8s_ns)
        self.fname = r.choice(['mongod.log', 'mongodb.log', 'mongod-%s.log' % self.host])
        self.drivers = [('nodejs', '6.3.0', 'Node.js v20.11.1, LE'), ('PyMongo', '4.6.1', 'CPython 3.11.7.final.0'),
                        ('mongo-go-driver', 'v1.13.1', 'go1.21.6'), ('mongo-java-driver|sync|spring-boot', '4.11.1', 'Java/Eclipse Adoptium/17.0.9+9')]
        self.drv = r.choice(self.drivers)

    def ts(self, t):
        tt = t + self.off * 60 * US
        return '%s.%03d%s' % (iso_s(tt // US), (tt // 1000) % 1000, self.offs)

    def line(self, t, s, c, id_, ctx, msg, attr):
        return '{"t":{"$date":"%s"},%s%s%s"ctx":"%s","msg":"%s","attr":%s}' % (
            self.ts(t), ('"s":"%s",' % s).ljust(10), ('"c":"%s",' % c).ljust(16), ('"id":%d,' % id_).ljust(14), ctx, msg, attr)

    def set_volume(self, lines):
        Svc.set_volume(self, lines)

    def slow(self, t, dur, tag=None):
        r = self.r
        coll = r.choice(self.colls)
        conn = r.randint(self.conn - 500, self.conn)
        kind = r.random()
        if kind < 0.6:
            cmd = '{"find":"%s","filter":{"customerId":"%s","status":{"$in":["open","pending"]}},"sort":{"createdAt":-1},"limit":50,"lsid":{"id":{"$uuid":"%s"}},"$db":"%s"}' % (coll, hexs(r, 24), uuid4(r), self.db)
            plan = r.choice(['COLLSCAN', 'IXSCAN { customerId: 1 }', 'IXSCAN { status: 1, createdAt: -1 }'])
            ex = r.randint(1000, 400000) if plan == 'COLLSCAN' else r.randint(50, 20000)
            extra = '"planSummary":"%s","keysExamined":%d,"docsExamined":%d,"cursorExhausted":true,"numYields":%d,"nreturned":%d,"queryHash":"%08X","planCacheKey":"%08X"' % (
                plan, 0 if plan == 'COLLSCAN' else ex, ex, ex // 128, r.randint(0, 50), r.getrandbits(32), r.getrandbits(32))
            typ = 'command'
        elif kind < 0.85:
            cmd = '{"aggregate":"%s","pipeline":[{"$match":{"createdAt":{"$gte":{"$date":"%sZ"}}}},{"$group":{"_id":"$status","n":{"$sum":1}}}],"cursor":{},"$db":"%s"}' % (coll, iso_s(t // US - 86400), self.db)
            ex = r.randint(10000, 900000)
            extra = '"planSummary":"IXSCAN { createdAt: 1 }","keysExamined":%d,"docsExamined":%d,"cursorExhausted":true,"numYields":%d,"nreturned":%d' % (ex, ex, ex // 128, r.randint(2, 8))
            typ = 'command'
        else:
            cmd = '{"q":{"_id":"%s"},"u":{"$set":{"status":"processing","updatedAt":{"$date":"%sZ"}}},"upsert":false}' % (hexs(r, 24), iso_s(t // US))
            extra = '"planSummary":"IDHACK","keysExamined":1,"docsExamined":1,"nMatched":1,"nModified":1,"numYields":0'
            typ = 'update'
        attr = '{"type":"%s","ns":"%s.%s","command":%s,%s,"reslen":%d,"locks":{"FeatureCompatibilityVersion":{"acquireCount":{"r":%d}},"Global":{"acquireCount":{"r":%d}}},"storage":{"data":{"bytesRead":%d,"timeReadingMicros":%d}},"remote":"%s:%d","protocol":"op_msg","durationMillis":%d}' % (
            typ, self.db, coll, cmd, extra, r.randint(100, 90000), r.randint(1, 40), r.randint(1, 40), r.randint(0, 9000000), r.randint(0, 90000),
            r.choice(self.clients), r.randint(30000, 60999), int(dur))
        self.add(t, self.line(t, 'I', 'COMMAND' if typ == 'command' else 'WRITE', 51803, 'conn%d' % conn, 'Slow query', attr), tag=tag)

    def conn_cycle(self, t):
        r = self.r
        self.conn += 1
        self.ccount += 1
        c = self.conn
        ip = '%s:%d' % (r.choice(self.clients), r.randint(30000, 60999))
        u = uuid4(r)
        self.add(t, self.line(t, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted',
                              '{"remote":"%s","uuid":"%s","connectionId":%d,"connectionCount":%d}' % (ip, u, c, self.ccount)))
        t2 = t + r.randint(1, 5) * MS
        self.add(t2, self.line(t2, 'I', 'NETWORK', 51800, 'conn%d' % c, 'client metadata',
                               '{"remote":"%s","client":"conn%d","doc":{"driver":{"name":"%s","version":"%s"},"os":{"type":"Linux","name":"linux","architecture":"x64","version":"5.15.0-1053-aws"},"platform":"%s"}}' % (ip, c, self.drv[0], self.drv[1], self.drv[2])))
        t3 = t2 + r.randint(2, 30) * MS
        self.add(t3, self.line(t3, 'I', 'ACCESS', 5286306, 'conn%d' % c, 'Successfully authenticated',
                               '{"client":"%s","isSpeculative":true,"isClusterMember":false,"mechanism":"SCRAM-SHA-256","user":"%s","db":"admin","result":0,"metrics":{"conversation_duration":{"micros":%d,"summary":{"0":{"step":1,"step_total":2,"duration_micros":%d},"1":{"step":2,"step_total":2,"duration_micros":%d}}}},"extraInfo":{}}' % (ip, self.sc.dbuser, r.randint(2000, 9000), r.randint(100, 900), r.randint(20, 90))))
        t4 = t3 + int(r.expovariate(1 / 600.0) * US)
        self.ccount -= 1
        self.add(t4, self.line(t4, 'I', 'NETWORK', 22944, 'conn%d' % c, 'Connection ended',
                               '{"remote":"%s","uuid":"%s","connectionId":%d,"connectionCount":%d}' % (ip, u, c, self.ccount)))

    def baseline(self):
        r = self.r
        lams = self.lams(self.rate)
        share_conn = r.uniform(0.35, 0.8)
        for t in arrivals(r, self.t0, self.t1, [l * share_conn / 4 for l in lams]):
            self.conn_cycle(t)
        sl = [l * (1 - share_conn) for l in lams]
        for t in arrivals(r, self.t0, self.t1, sl):
            self.slow(t, max(100, self.slow_med * math.exp(0.45 * r.gauss(0, 1))) * (self.lat_f(t) if self.latw else 1))
        # latency shift: ordinary queries that now cross the slowms threshold
        for s, e, rp, F in self.latw:
            i0 = int((s - self.t0) // MIN)
            sub = sl[max(0, i0): i0 + int((e - s) // MIN) + 2]
            for t in arrivals(r, self.t0 + max(0, i0) * MIN, e, [x * 0.5 for x in sub]):
                if s <= t < e and r.random() < ramp_val(t, s, e, rp):
                    d = r.uniform(25, 90) * self.lat_f(t)
                    if d >= 100:
                        self.slow(t, d)
        # WiredTiger checkpoint messages every 60s
        for t in periodic(r, self.t0, self.t1, 60 * US, 20 * MS):
            if r.random() < 0.5:
                a = r.randint(100, 9000)
                self.add(t, self.line(t, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message',
                                      '{"message":"[%d:%d][1:0x7f%08x], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: %d, snapshot max: %d snapshot count: 0, oldest timestamp: (%d, 1) , meta checkpoint timestamp: (%d, 1) base write gen: %d"}' % (
                                          t // US, t % US, r.getrandbits(32), a, a, t // US - 300, t // US, r.randint(10 ** 6, 10 ** 7))))

    def benign(self):
        r = self.r
        if r.random() < 0.5:
            t = self.free_time()
            if t:
                self.add(t, self.line(t, 'I', 'CONTROL', 23138, 'conn%d' % self.conn, 'Log rotation initiated',
                                      '{"suffix":"%s","logType":"server"}' % iso_s(t // US).replace(':', '-')))
        if r.random() < 0.4:
            t = self.free_time()
            if t:
                coll = r.choice(self.colls)
                bid = uuid4(r)
                self.add(t, self.line(t, 'I', 'INDEX', 20438, 'conn%d' % self.conn, 'Index build: registering',
                                      '{"buildUUID":{"uuid":{"$uuid":"%s"}},"namespace":"%s.%s","collectionUUID":{"uuid":{"$uuid":"%s"}},"indexes":1,"firstIndex":{"name":"createdAt_1_status_1"},"command":"createIndexes"}' % (bid, self.db, coll, uuid4(r))))
                t2 = t + r.randint(5, 90) * US
                self.add(t2, self.line(t2, 'I', 'INDEX', 20663, 'IndexBuildsCoordinatorMongod-0', 'Index build: completed successfully',
                                       '{"buildUUID":{"uuid":{"$uuid":"%s"}},"collectionUUID":{"uuid":{"$uuid":"%s"}},"namespace":"%s.%s","indexesBuilt":["createdAt_1_status_1"],"numIndexesBefore":3,"numIndexesAfter":4}' % (bid, uuid4(r), self.db, coll)))

    def startup(self, t, tag):
        r = self.r
        seq = [('CONTROL', 20698, 'main', '***** SERVER RESTARTED *****', '{}'),
               ('CONTROL', 4615611, 'initandlisten', 'MongoDB starting', '{"pid":%d,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"%s"}' % (r.randint(1, 9000), self.host)),
               ('CONTROL', 23403, 'initandlisten', 'Build Info', '{"buildInfo":{"version":"6.0.13","gitVersion":"3b13907f9bdf6bd3264d67140d6c215d51bbd20c","openSSLVersion":"OpenSSL 3.0.2 15 Mar 2022","modules":[],"allocator":"tcmalloc","environment":{"distmod":"ubuntu2204","distarch":"x86_64","target_arch":"x86_64"}}}'),
               ('STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', '{"config":"create,cache_size=7680M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,remove=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=2000),statistics_log=(wait=0),json_output=(error,message),verbose=[recovery_progress:1,checkpoint_progress:1,compact_progress:1,backup:0,checkpoint:0,compact:0,evict:0,history_store:0,recovery:0,rts:0,salvage:0,tiered:0,timestamp:0,transaction:0,verify:0,log:0],"}'),
               ('RECOVERY', 23987, 'initandlisten', 'WiredTiger recoveryTimestamp', '{"recoveryTimestamp":{"$timestamp":{"t":%d,"i":1}}}' % (t // US - 600)),
               ('NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0"}'),
               ('NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}')]
        tt = t
        for c, i, ctx, msg, attr in seq:
            self.add(tt, self.line(tt, 'I', c, i, ctx, msg, attr), tag=tag)
            tt += r.randint(5, 600) * MS
        return tt

    def inject(self, inc):
        r = self.r
        tg = inc.tag
        k = inc.kind
        if k == 'disk_full':
            ts = spread(r, inc.s, inc.p['crash'], max(2, int(inc.p['rate'] * (inc.p['crash'] - inc.s) / US)))
            for t in ts:
                f = 'collection-%d-%d.wt' % (r.randint(2, 80), r.getrandbits(60))
                self.add(t, self.line(t, 'E', 'STORAGE', 22435, r.choice(['WTCheckpointThread', 'conn%d' % self.conn, 'Checkpointer', 'JournalFlusher']), 'WiredTiger error',
                                      '{"error":28,"message":"[%d:%d][1:0x7f%08x], file:%s, WT_SESSION.checkpoint: __posix_file_write, 617: /data/db/%s: handle-write: pwrite: failed to write %d bytes at offset %d: No space left on device"}' % (
                                          t // US, t % US, r.getrandbits(32), f, f, r.choice([4096, 8192, 32768, 131072]), r.randint(10 ** 6, 10 ** 10))), tag=tg)
            t = inc.p['crash'] + 3 * MS
            self.add(t, self.line(t, 'F', 'STORAGE', 50853, 'JournalFlusher', 'Writing to journal failed', '{"error":"UnknownError: 28: No space left on device"}'), tag=tg)
            self.add(t, self.line(t, 'F', '-', 23089, 'JournalFlusher', 'Fatal assertion', '{"msgid":50853,"file":"src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp","line":580}'), tag=tg)
            self.add(t, self.line(t, 'F', '-', 23090, 'JournalFlusher', '\\n\\n***aborting after fassert() failure\\n\\n', '{}'), tag=tg)
            self.drops.append((t + MS, inc.p['restart']))
            self.startup(inc.p['restart'], tg)
        elif k == 'new_error':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                self.add(t, self.line(t, 'W', 'QUERY', 23798, 'conn%d' % r.randint(self.conn - 300, self.conn), 'Plan executor error during find command',
                                      '{"error":{"code":292,"codeName":"QueryExceededMemoryLimitNoDiskUseAllowed","errmsg":"Executor error during find command :: caused by :: Sort exceeded memory limit of 104857600 bytes, but did not opt in to external sorting."},"stats":{"stage":"SORT","nReturned":0,"works":%d,"memLimit":104857600,"totalDataSizeSorted":%d},"cmd":{"find":"%s","filter":{},"sort":{"updatedAt":-1},"$db":"%s"}}' % (
                                          r.randint(10000, 900000), 104857600 + r.randint(10, 10 ** 6), r.choice(self.colls), self.db)), tag=tg)
        elif k == 'retry_storm':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                self.add(t, self.line(t, 'I', 'REPL_HB', 23974, 'ReplCoord-%d' % r.randint(0, 9), 'Heartbeat failed after max retries',
                                      '{"target":"%s","maxHeartbeatRetries":2,"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Error connecting to %s (%s:27017) :: caused by :: Connection refused"}}' % (
                                          self.peer, self.peer, priv_ip(r))), tag=tg)


# ====================================================================== Elasticsearch

class Elastic(Svc):
    KINDS = ('disk_full', 'error_burst', 'new_error')
    ROLE = 'db'
    QUIET = True

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.cluster = r.choice(['logging', 'search-prod', 'es-prod', 'catalog-search', 'observability'])
        self.node = r.choice(['es-data-%d', 'elasticsearch-data-%d', 'es-%d', 'node-%d']) % r.randint(0, 5)
        self.fname = '%s.log' % self.cluster
        self.idx = r.choice(['logs-app', 'products', 'events', 'audit', 'orders-search', 'traces'])
        self.natural = r.uniform(0.6, 6.0)
        self.rate = self.natural

    def natural_lines(self):
        return self.natural * (self.t1 - self.t0) / MIN

    def set_volume(self, lines):
        pass

    def line(self, t, lvl, logger, msg):
        return '[%s,%03d][%-5s][%-25s] [%s] %s' % (iso_s(t // US), (t // 1000) % 1000, lvl, logger, self.node, msg)

    def idxname(self, t):
        return '%s-%s' % (self.idx, iso_s(t // US)[:10].replace('-', '.'))

    def baseline(self):
        r = self.r
        lams = self.lams(self.rate)
        for t in arrivals(r, self.t0, self.t1, lams):
            u = r.random()
            if u < 0.45:
                self.add(t, self.line(t, 'INFO', 'o.e.c.m.MetadataMappingService', '[%s/%s] update_mapping [_doc]' % (self.idxname(t), b36(r, 22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'))))
            elif u < 0.75:
                lvl = 'INFO' if r.random() < 0.8 else 'WARN'
                self.add(t, self.line(t, lvl, 'o.e.m.j.JvmGcMonitorService', '[gc][%d] overhead, spent [%dms] collecting in the last [1s]' % (
                    (t - self.t0) // US + 100000, r.randint(250, 520) if lvl == 'INFO' else r.randint(520, 900))))
            elif u < 0.85:
                self.add(t, self.line(t, 'INFO', 'o.e.x.i.IndexLifecycleTransition', 'moving index [.ds-%s-%06d] from [{"phase":"hot","action":"rollover","name":"check-rollover-ready"}] to [{"phase":"hot","action":"rollover","name":"attempt-rollover"}] in policy [%s-policy]' % (self.idx, r.randint(1, 400), self.idx)))
            elif u < 0.93:
                sh = r.randint(0, 4)
                self.add(t, self.line(t, 'INFO', 'o.e.c.r.a.AllocationService', 'current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[%s][%d]]])." previous.health="YELLOW" reason="shards started [[%s][%d]]"' % (
                    self.idxname(t), sh, self.idxname(t), sh)))
            else:
                self.add(t, self.line(t, 'WARN', 'o.e.t.ThreadPool', 'timer thread slept for [%d.%ds/%dms] on absolute clock which is above the warn threshold of [5000ms]' % (
                    r.randint(5, 7), r.randint(0, 9), r.randint(5000, 7900))))
        # hourly rollover
        h = self.t0 - self.t0 % HOUR + HOUR
        while h < self.t1:
            t = h + r.randint(0, 90) * US
            self.add(t, self.line(t, 'INFO', 'o.e.c.m.MetadataCreateIndexService', '[.ds-%s-%s-%06d] creating index, cause [rollover_data_stream], templates [%s], shards [1]/[1]' % (self.idx, iso_s(t // US)[:10].replace('-', '.'), r.randint(1, 400), self.idx)))
            self.add(t + 400 * MS, self.line(t + 400 * MS, 'INFO', 'o.e.c.r.a.AllocationService', 'current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[.ds-%s][0]]])." previous.health="YELLOW" reason="shards started [[.ds-%s][0]]"' % (self.idx, self.idx)))
            h += HOUR

    def inject(self, inc):
        r = self.r
        tg = inc.tag
        k = inc.kind
        path = '/usr/share/elasticsearch/data'
        if k == 'disk_full':
            t = inc.s
            self.add(t, self.line(t, 'WARN', 'o.e.c.r.a.DiskThresholdMonitor', 'high disk watermark [90%%] exceeded on [%s][%s][%s] free: %.1fgb[%.1f%%], shards will be relocated away from this node; currently relocating away shards totalling [0] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete' % (
                b36(r, 22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789'), self.node, path, r.uniform(4, 9), r.uniform(5, 9.9))), tag=tg)
            t2 = inc.s + r.randint(60, 300) * US
            self.add(t2, self.line(t2, 'WARN', 'o.e.c.r.a.DiskThresholdMonitor', 'flood stage disk watermark [95%%] exceeded on [%s][%s][%s] free: %.1fgb[%.1f%%], all indices on this node will be marked read-only' % (
                b36(r, 22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789'), self.node, path, r.uniform(0.5, 2.5), r.uniform(0.5, 4.9))), tag=tg)
            for t in spread(r, t2 + 2 * US, inc.e, max(3, int(inc.p['rate'] * (inc.e - t2) / US))):
                if r.random() < 0.3:
                    self.add(t, self.line(t, 'WARN', 'o.e.i.e.Engine', '[%s][0] failed engine [index id[%s] origin[PRIMARY] seq#[%d]]\njava.io.IOException: No space left on device\n\tat sun.nio.ch.FileDispatcherImpl.write0(Native Method) ~[?:?]\n\tat sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62) ~[?:?]\n\tat org.elasticsearch.index.translog.Checkpoint.write(Checkpoint.java:187) ~[elasticsearch-7.17.18.jar:7.17.18]\n\tat org.elasticsearch.index.translog.TranslogWriter.writeCheckpoint(TranslogWriter.java:556) ~[elasticsearch-7.17.18.jar:7.17.18]' % (
                        self.idxname(t), b36(r, 20, 'abcdefghijklmnopqrstuvwxyz0123456789'), r.randint(10 ** 6, 10 ** 8))), tag=tg)
                else:
                    self.add(t, self.line(t, 'DEBUG', 'o.e.a.b.TransportShardBulkAction', '[%s][%d] failed to execute bulk item (index) index {[%s][_doc][%s], source[n/a, actual length: [%d.%dkb], max length: 2kb]}\norg.elasticsearch.cluster.block.ClusterBlockException: index [%s] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];' % (
                        self.idxname(t), r.randint(0, 4), self.idxname(t), b36(r, 20, 'abcdefghijklmnopqrstuvwxyzABCDEF0123456789'), r.randint(1, 9), r.randint(0, 9), self.idxname(t))), tag=tg)
        elif k == 'error_burst':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                lim = 4080218931
                self.add(t, self.line(t, 'WARN', 'o.e.i.b.HierarchyCircuitBreakerService' if r.random() < 0.3 else 'r.suppressed',
                                      'path: /%s/_search, params: {index=%s}\norg.elasticsearch.common.breaker.CircuitBreakingException: [parent] Data too large, data for [<http_request>] would be [%d/%.1fgb], which is larger than the limit of [%d/%.1fgb], real usage: [%d/%.1fgb], new bytes reserved: [%d/%.1fkb], usages [request=0/0b, fielddata=%d/%.1fmb, in_flight_requests=%d/%.1fkb, accounting=%d/%.1fmb]\n\tat org.elasticsearch.indices.breaker.HierarchyCircuitBreakerService.checkParentLimit(HierarchyCircuitBreakerService.java:460) ~[elasticsearch-7.17.18.jar:7.17.18]\n\tat org.elasticsearch.common.breaker.ChildMemoryCircuitBreaker.addEstimateBytesAndMaybeBreak(ChildMemoryCircuitBreaker.java:108) ~[elasticsearch-7.17.18.jar:7.17.18]\n\tat org.elasticsearch.transport.InboundAggregator.checkBreaker(InboundAggregator.java:215) ~[elasticsearch-7.17.18.jar:7.17.18]' % (
                                          self.idx, self.idx, lim + 1000, 3.8, lim, 3.8, lim - 100, 3.7, 1234, 1.2, 1200000, 1.1, 2300, 2.2, 5000000, 4.7)), tag=tg)
        elif k == 'new_error':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                self.add(t, self.line(t, 'DEBUG', 'o.e.a.b.TransportShardBulkAction', '[%s][%d] failed to execute bulk item (index) index {[%s][_doc][%s], source[n/a, actual length: [%d.%dkb], max length: 2kb]}\norg.elasticsearch.index.mapper.MapperParsingException: failed to parse field [price.amount] of type [float] in document with id \'%s\'. Preview of field\'s value: \'N/A\'\n\tat org.elasticsearch.index.mapper.FieldMapper.parse(FieldMapper.java:222) ~[elasticsearch-7.17.18.jar:7.17.18]\nCaused by: java.lang.NumberFormatException: For input string: "N/A"' % (
                    self.idxname(t), r.randint(0, 4), self.idxname(t), hexs(r, 20), r.randint(1, 9), r.randint(0, 9), hexs(r, 20))), tag=tg)


# ====================================================================== Kafka

class Kafka(Svc):
    KINDS = ('retry_storm', 'disk_full', 'error_burst', 'new_error', 'silence')
    ROLE = 'db'
    LPE = 1.1

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.bid = r.randint(0, 5)
        self.others = [b for b in range(6) if b != self.bid][:r.randint(2, 4)]
        self.topics = r.sample(['orders', 'payments', 'clickstream', 'inventory-updates', 'notifications', 'audit-events', 'cdc.public.users', 'search-indexing'], 4)
        self.parts = r.randint(6, 24)
        self.groups = ['%s-consumer' % t.split('.')[-1] for t in self.topics[:3]]
        self.gen = {g: r.randint(5, 200) for g in self.groups}
        self.off = {}
        self.dir = r.choice(['/var/lib/kafka/data', '/bitnami/kafka/data', '/kafka/kafka-logs'])
        self.fname = r.choice(['server.log', 'kafka-server.log', 'kafka-%d.log' % self.bid])
        self.host = 'kafka-%d.kafka-headless.%s.svc.cluster.local' % (self.bid, sc.k8s_ns)

    def line(self, t, lvl, msg, cls):
        return '[%s,%03d] %s %s (%s)' % (isosp_s(t // US), (t // 1000) % 1000, lvl, msg, cls)

    def tp(self):
        return '%s-%d' % (self.r.choice(self.topics), self.r.randrange(self.parts))

    def baseline(self):
        r = self.r
        lams = self.lams(self.rate)
        for t in arrivals(r, self.t0, self.t1, lams):
            u = r.random()
            tp = self.tp()
            o = self.off.get(tp, r.randint(10 ** 5, 10 ** 8)) + r.randint(10000, 900000)
            self.off[tp] = o
            if u < 0.4:
                self.add(t, self.line(t, 'INFO', '[LocalLog partition=%s, dir=%s] Rolled new log segment at offset %d in %d ms.' % (tp, self.dir, o, r.randint(0, 6)), 'kafka.log.LocalLog'))
                self.add(t + r.randint(0, 3) * MS, self.line(t, 'INFO', '[ProducerStateManager partition=%s] Wrote producer snapshot at offset %d with %d producer ids in %d ms.' % (tp, o, r.randint(0, 4), r.randint(0, 9)), 'org.apache.kafka.storage.internals.log.ProducerStateManager'))
            elif u < 0.65:
                b = o - r.randint(10 ** 6, 10 ** 7)
                self.add(t, self.line(t, 'INFO', '[UnifiedLog partition=%s, dir=%s] Deleting segment LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=Some(%d)) due to retention time 604800000ms breach based on the largest record timestamp in the segment' % (
                    tp, self.dir, b, r.randint(10 ** 8, 1073741824), (t // 1000) - 604800000 - r.randint(0, 10 ** 6), (t // 1000) - 604800000 - r.randint(0, 10 ** 6)), 'kafka.log.UnifiedLog'))
                t2 = t + 60 * US
                self.add(t2, self.line(t2, 'INFO', 'Deleted log %s/%s/%020d.log.deleted.' % (self.dir, tp, b), 'kafka.log.LogSegment'))
            elif u < 0.8:
                g = r.choice(self.groups)
                self.gen[g] += 1
                n = r.randint(2, 6)
                mem = 'consumer-%s-%d-%s' % (g, r.randint(1, 6), uuid4(r))
                self.add(t, self.line(t, 'INFO', '[GroupCoordinator %d]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member %s with group instance id None; client reason: rebalance failed due to MemberIdRequiredException)' % (
                    self.bid, g, self.gen[g] - 1, r.randint(0, 49), mem), 'kafka.coordinator.group.GroupCoordinator'))
                t2 = t + r.randint(100, 3000) * MS
                self.add(t2, self.line(t2, 'INFO', '[GroupCoordinator %d]: Stabilized group %s generation %d (__consumer_offsets-%d) with %d members' % (self.bid, g, self.gen[g], r.randint(0, 49), n), 'kafka.coordinator.group.GroupCoordinator'))
                t3 = t2 + r.randint(5, 60) * MS
                self.add(t3, self.line(t3, 'INFO', '[GroupCoordinator %d]: Assignment received from leader %s for group %s for generation %d. The group has %d members, 0 of which are static.' % (self.bid, mem, g, self.gen[g], n), 'kafka.coordinator.group.GroupCoordinator'))
            else:
                self.add(t, self.line(t, 'INFO', '[UnifiedLog partition=%s, dir=%s] Incremented log start offset to %d due to SegmentDeletion' % (tp, self.dir, o - r.randint(10 ** 6, 10 ** 7)), 'kafka.log.UnifiedLog'))
        for t in periodic(r, self.t0, self.t1, 10 * MIN, 50 * MS):
            self.add(t, self.line(t, 'INFO', '[GroupMetadataManager brokerId=%d] Removed %d expired offsets in %d milliseconds.' % (self.bid, r.choice([0, 0, 0, 1, 3]), r.randint(0, 2)), 'kafka.coordinator.group.GroupMetadataManager'))

    def benign(self):
        r = self.r
        if r.random() < 0.45:
            t = self.free_time()
            if t:
                self.leader_election(t)
        # a single benign ISR blip when a follower is slow
        if r.random() < 0.5:
            t = self.free_time()
            if t:
                tp = self.tp()
                o = r.randint(10 ** 6, 10 ** 8)
                self.add(t, self.line(t, 'INFO', '[Partition %s broker=%d] Shrinking ISR from %d,%d,%d to %d,%d. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: %d, endOffset: %d, lastCaughtUpTimeMs: %d).' % (
                    tp, self.bid, self.bid, self.others[0], self.others[1], self.bid, self.others[0], o, o + 12, self.others[1], o - 300, t // 1000 - 30000), 'kafka.cluster.Partition'))
                t2 = t + r.randint(2, 40) * US
                self.add(t2, self.line(t2, 'INFO', '[Partition %s broker=%d] ISR updated to %d,%d,%d  and version updated to %d' % (tp, self.bid, self.bid, self.others[0], self.others[1], r.randint(10, 90)), 'kafka.cluster.Partition'))

    def leader_election(self, t):
        """benign: a controller move / preferred-leader election moves some partition leaders here"""
        r = self.r
        ep = r.randint(10, 60)
        self.add(t, self.line(t, 'INFO', '[Controller id=%d] %d successfully elected as the controller. Epoch incremented to %d and epoch zk version is now %d' % (self.bid, self.bid, ep, ep), 'kafka.controller.KafkaController'))
        tt = t + r.randint(50, 400) * MS
        for _ in range(r.randint(3, 8)):
            tp = self.tp()
            o = r.randint(10 ** 6, 10 ** 8)
            le = r.randint(5, 90)
            self.add(tt, self.line(tt, 'INFO', '[Partition %s broker=%d] %s starts at leader epoch %d from offset %d with partition epoch %d, high watermark %d. Previous leader epoch was %d.' % (
                tp, self.bid, tp, le, o, le + r.randint(5, 30), o, le - 1), 'kafka.cluster.Partition'))
            tt += r.randint(1, 30) * MS

    def startup(self, t, tag):
        r = self.r
        seq = [('[KafkaServer id=%d] starting' % self.bid, 'kafka.server.KafkaServer'),
               ('Loading logs from log dirs ArraySeq(%s)' % self.dir, 'kafka.log.LogManager'),
               ('Skipping recovery for all logs in %s since clean shutdown file was found' % self.dir, 'kafka.log.LogManager'),
               ('Loaded %d logs in %dms.' % (len(self.topics) * self.parts, r.randint(900, 9000)), 'kafka.log.LogManager'),
               ('[SocketServer listenerType=ZK_BROKER, nodeId=%d] Enabling request processing.' % self.bid, 'kafka.network.SocketServer'),
               ('[KafkaServer id=%d] started' % self.bid, 'kafka.server.KafkaServer')]
        tt = t
        for m, c in seq:
            self.add(tt, self.line(tt, 'INFO', m, c), tag=tag)
            tt += r.randint(20, 2500) * MS

    def inject(self, inc):
        r = self.r
        tg = inc.tag
        k = inc.kind
        if k == 'retry_storm':
            lb = r.choice(self.others)
            ip = priv_ip(r)
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                self.add(t, self.line(t, 'WARN', '[ReplicaFetcher replicaId=%d, leaderId=%d, fetcherId=0] Connection to node %d (kafka-%d.kafka-headless.%s.svc.cluster.local/%s:9092) could not be established. Broker may not be available.' % (
                    self.bid, lb, lb, lb, self.sc.k8s_ns, ip), 'org.apache.kafka.clients.NetworkClient'), tag=tg)
        elif k == 'disk_full':
            ts = spread(r, inc.s, inc.p['crash'], max(3, int(inc.p['rate'] * (inc.p['crash'] - inc.s) / US)))
            for t in ts:
                tp = self.tp()
                self.add(t, self.line(t, 'ERROR', 'Error while appending records to %s in dir %s' % (tp, self.dir), 'org.apache.kafka.storage.internals.log.LogDirFailureChannel') +
                         '\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)\n\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)\n\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:285)\n\tat org.apache.kafka.common.record.MemoryRecords.writeFullyTo(MemoryRecords.java:92)\n\tat org.apache.kafka.common.record.FileRecords.append(FileRecords.java:188)\n\tat kafka.log.LogSegment.append(LogSegment.scala:158)\n\tat kafka.log.LocalLog.append(LocalLog.scala:439)\n\tat kafka.log.UnifiedLog.append(UnifiedLog.scala:911)', tag=tg)
            t = inc.p['crash'] + 5 * MS
            self.add(t, self.line(t, 'WARN', '[ReplicaManager broker=%d] Stopping serving replicas in dir %s' % (self.bid, self.dir), 'kafka.server.ReplicaManager'), tag=tg)
            self.add(t + 40 * MS, self.line(t + 40 * MS, 'ERROR', 'Shutdown broker because all log dirs in %s have failed' % self.dir, 'kafka.log.LogManager'), tag=tg)
            self.drops.append((t + 50 * MS, inc.p['restart']))
            self.startup(inc.p['restart'], tg)
        elif k == 'error_burst':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                tp = '%s-%d' % (self.topics[0], r.randrange(self.parts))
                self.add(t, self.line(t, 'ERROR', '[ReplicaManager broker=%d] Error processing append operation on partition %s' % (self.bid, tp), 'kafka.server.ReplicaManager') +
                         '\norg.apache.kafka.common.errors.NotEnoughReplicasException: The size of the current ISR Set(%d) is insufficient to satisfy the min.isr requirement of 2 for partition %s' % (self.bid, tp), tag=tg)
        elif k == 'new_error':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                self.add(t, self.line(t, 'WARN', '[SocketServer listenerType=ZK_BROKER, nodeId=%d] Unexpected error from /%s (channelId=%s:9092-%s:%d-%d); closing connection' % (
                    self.bid, inc.p.setdefault('ip', priv_ip(r)), priv_ip(r), inc.p['ip'], r.randint(30000, 60000), r.randint(1, 900)), 'org.apache.kafka.common.network.Selector') +
                    '\norg.apache.kafka.common.network.InvalidReceiveException: Invalid receive (size = 1195725856 larger than 104857600)\n\tat org.apache.kafka.common.network.NetworkReceive.readFrom(NetworkReceive.java:94)\n\tat org.apache.kafka.common.network.KafkaChannel.receive(KafkaChannel.java:452)\n\tat org.apache.kafka.common.network.Selector.poll(Selector.java:481)\n\tat kafka.network.Processor.poll(SocketServer.scala:1144)\n\tat java.base/java.lang.Thread.run(Thread.java:840)', tag=tg)


# ====================================================================== Redis

class Redis(Svc):
    KINDS = ('disk_full', 'retry_storm')
    ROLE = 'cache'
    QUIET = True

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.replica = r.random() < 0.4
        self.pid = r.randint(1, 40) if r.random() < 0.6 else r.randint(300, 30000)
        self.role = 'S' if self.replica else 'M'
        self.save_every = r.choice([60, 60, 120, 300]) * US
        self.master = priv_ip(r)
        self.fname = r.choice(['redis-server.log', 'redis_6379.log', 'redis.log'])
        if not self.replica:
            self.KINDS = ('disk_full',)

    def natural_lines(self):
        return (self.t1 - self.t0) / self.save_every * 5

    def set_volume(self, lines):
        pass

    def line(self, t, pid, role, sym, msg):
        return '%d:%s %s.%03d %s %s' % (pid, role, redis_s(t // US), (t // 1000) % 1000, sym, msg)

    def baseline(self):
        r = self.r
        t = self.t0 + r.randrange(self.save_every)
        while t < self.t1:
            self.bgsave(t)
            t += self.save_every + r.randint(-2000, 2000) * MS

    def bgsave(self, t, fail=False, tag=None):
        r = self.r
        if fail:
            self.pending = getattr(self, 'pending', r.randint(100, 3000)) + r.randint(20, 400)
            ch = self.pending
        else:
            ch = r.randint(100, 9000)
        child = r.randint(1000, 90000)
        sec = {60 * US: 60, 120 * US: 120, 300 * US: 300}.get(self.save_every, 60)
        self.add(t, self.line(t, self.pid, self.role, '*', '%d changes in %d seconds. Saving...' % (ch, sec)), tag=tag)
        self.add(t + 1 * MS, self.line(t + 1 * MS, self.pid, self.role, '*', 'Background saving started by pid %d' % child), tag=tag)
        if fail:
            t2 = t + r.randint(3, 40) * MS
            self.add(t2, self.line(t2, child, 'C', '#', 'Failed opening the temp RDB file temp-%d.rdb (in server root dir /data) for saving: No space left on device' % child), tag=tag)
            t3 = t2 + r.randint(80, 120) * MS
            self.add(t3, self.line(t3, self.pid, self.role, '#', 'Background saving error'), tag=tag)
            return
        t2 = t + r.randint(20, 900) * MS
        self.add(t2, self.line(t2, child, 'C', '*', 'DB saved on disk'), tag=tag)
        self.add(t2 + 1 * MS, self.line(t2 + 1 * MS, child, 'C', '*', 'Fork CoW for RDB: current %d MB, peak %d MB, average %d MB' % (r.randint(0, 3), r.randint(1, 6), r.randint(0, 3))), tag=tag)
        t3 = t2 + r.randint(80, 120) * MS
        self.add(t3, self.line(t3, self.pid, self.role, '*', 'Background saving terminated with success'), tag=tag)

    def benign(self):
        r = self.r
        if r.random() < 0.35:
            t = self.free_time()
            if t:
                ip = priv_ip(r)
                self.add(t, self.line(t, self.pid, self.role, '#', 'Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name= age=%d idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=%d omem=%d tot-mem=%d events=rw cmd=subscribe user=default redir=-1 resp=2 lib-name= lib-ver= scheduled to be closed ASAP for overcoming of output buffer limits.' % (
                    r.randint(10, 9000), ip, r.randint(30000, 60000), priv_ip(r), r.randint(10, 90), r.randint(10, 900), r.randint(2000, 9000), 33554432 + r.randint(0, 10 ** 6), 33554432 + r.randint(10 ** 6, 2 * 10 ** 6))))

    def inject(self, inc):
        r = self.r
        tg = inc.tag
        if inc.kind == 'disk_full':
            t = inc.s
            while t <= inc.e:
                self.bgsave(t, fail=True, tag=tg)
                t += r.randint(5000, 5400) * MS
            # aof as well
            if r.random() < 0.5:
                for t in spread(r, inc.s + 2 * US, inc.e - 2 * US, max(2, int((inc.e - inc.s) / US / 30))):
                    self.add(t, self.line(t, self.pid, self.role, '#', 'Error writing to the AOF file: No space left on device'), tag=tg)
        elif inc.kind == 'retry_storm':
            t = inc.s
            while t <= inc.e:
                self.add(t, self.line(t, self.pid, 'S', '*', 'Connecting to MASTER %s:6379' % self.master), tag=tg)
                self.add(t, self.line(t, self.pid, 'S', '*', 'MASTER <-> REPLICA sync started'), tag=tg)
                self.add(t + 1 * MS, self.line(t + 1 * MS, self.pid, 'S', '#', 'Error condition on socket for SYNC: Connection refused'), tag=tg)
                t += r.randint(1000, 1003) * MS


# ====================================================================== MySQL error log

class MySQLErr(Svc):
    KINDS = ('disk_full', 'new_error')
    ROLE = 'db'
    QUIET = True

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.natural = r.uniform(0.3, 4.0)
        self.rate = self.natural
        self.off = r.choice([0, 0, 0, 60, -300])
        self.fname = r.choice(['mysqld.log', 'error.log', 'mysql-error.log'])
        self.clients = [priv_ip(r) for _ in range(r.randint(2, 8))]
        self.conn = r.randint(1000, 900000)
        self.db = sc.dbname

    def natural_lines(self):
        return self.natural * (self.t1 - self.t0) / MIN

    def set_volume(self, lines):
        pass

    def line(self, t, thr, lvl, code, sub, msg):
        tt = t + self.off * 60 * US
        return '%s.%06d%s %d [%s] [%s] [%s] %s' % (iso_s(tt // US), tt % US, offstr(self.off, 'z'), thr, lvl, code, sub, msg)

    def baseline(self):
        r = self.r
        for t in arrivals(r, self.t0, self.t1, self.lams(self.rate)):
            self.conn += r.randint(1, 40)
            u = r.random()
            if u < 0.55:
                self.add(t, self.line(t, self.conn, 'Warning', 'MY-013360', 'Server', "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'"))
            elif u < 0.9:
                self.add(t, self.line(t, self.conn, 'Note', 'MY-010914', 'Server', "Aborted connection %d to db: '%s' user: '%s' host: '%s' (%s)." % (
                    self.conn, self.db, self.sc.dbuser, r.choice(self.clients), r.choice(['Got an error reading communication packets', 'Got timeout reading communication packets']))))
            else:
                self.add(t, self.line(t, self.conn, 'Warning', 'MY-010055', 'Server', "IP address '%s' could not be resolved: Name or service not known" % r.choice(self.clients)))

    def benign(self):
        r = self.r
        if r.random() < 0.25:
            t = self.free_time()
            if t:
                self.add(t, self.line(t, 0, 'System', 'MY-013172', 'Server', 'Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.36).'))
                t += r.randint(1, 4) * US
                self.add(t, self.line(t, 0, 'System', 'MY-010910', 'Server', '/usr/sbin/mysqld: Shutdown complete (mysqld 8.0.36)  MySQL Community Server - GPL.'))
                gap = r.randint(5, 40) * US
                self.drops.append((t + MS, t + gap))
                t += gap
                for thr, lvl, code, sub, msg in [
                        (0, 'System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld 8.0.36) starting as process 1'),
                        (1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
                        (1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
                        (0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
                        (0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
                        (0, 'System', 'MY-011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
                        (0, 'System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.")]:
                    self.add(t, self.line(t, thr, lvl, code, sub, msg))
                    t += r.randint(20, 900) * MS

    def inject(self, inc):
        r = self.r
        tg = inc.tag
        if inc.kind == 'disk_full':
            t = inc.s
            first = True
            while t <= inc.e:
                self.add(t, self.line(t, r.randint(10, 90), 'ERROR', 'MY-012639', 'InnoDB', 'Write to file ./%s/%s.ibd failed at offset %d, 16384 bytes should have been written, only 0 were written. Operating system error number 28. Check that your OS and file system support files of this size. Check also that the disk is not full or a disk quota exceeded.' % (
                    self.db, r.choice(['orders', 'events', 'audit_log', 'sessions']), r.randint(10 ** 6, 10 ** 9))), tag=tg)
                self.add(t, self.line(t, r.randint(10, 90), 'ERROR', 'MY-012640', 'InnoDB', "Error number 28 means 'No space left on device'"), tag=tg)
                if first:
                    self.add(t + 2 * MS, self.line(t + 2 * MS, 0, 'ERROR', 'MY-000035', 'Server', "Disk is full writing './binlog.%06d' (OS errno 28 - No space left on device). Waiting for someone to free space... Retry in 60 secs. Message reprinted in 600 secs." % r.randint(100, 9999)), tag=tg)
                    first = False
                t += int(r.expovariate(1.0 / inc.p['gap']) * US) + 200 * MS
            self.add(inc.e, self.line(inc.e, 0, 'ERROR', 'MY-012640', 'InnoDB', "Error number 28 means 'No space left on device'"), tag=tg)
        elif inc.kind == 'new_error':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                self.add(t, self.line(t, r.randint(10, 9000), 'Warning', 'MY-010956', 'Server', "Invalid replication timestamps: original commit timestamp is more recent than the immediate commit timestamp. This may be an issue if delayed replication is active. Make sure that servers have their clocks set to the correct time. No further message will be emitted until after timestamps become valid again."), tag=tg)
                self.add(t, self.line(t, r.randint(10, 9000), 'ERROR', 'MY-013134', 'Server', "Failed to open the relay log './relay-bin.%06d' (relay_log_pos 4)." % r.randint(100, 999)), tag=tg)


# ====================================================================== MySQL slow log

class MySQLSlow(Svc):
    KINDS = ('latency_shift',)
    ROLE = 'db'
    LPE = 5.0

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.fname = r.choice(['mysql-slow.log', 'slow-query.log', '%s-slow.log' % sc.dbhost])
        self.db = sc.dbname
        self.clients = [priv_ip(r) for _ in range(r.randint(2, 8))]
        self.med = r.uniform(0.7, 1.6)
        self.ids = r.randint(1000, 90000)
        t = self.db
        self.queries = [
            ("SELECT o.*, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at >= '%s' ORDER BY o.created_at DESC LIMIT 100;", 'date', 100, 120000),
            ("SELECT COUNT(*) FROM events WHERE account_id = %d AND type = 'page_view';", 'int', 1, 900000),
            ("UPDATE inventory SET reserved = reserved + 1 WHERE sku = 'SKU-%05d';", 'sku', 0, 1),
            ("SELECT * FROM audit_log WHERE actor_id = %d ORDER BY id DESC LIMIT 50;", 'int', 50, 400000),
            ("SELECT p.id, p.name, SUM(oi.qty) AS sold FROM products p JOIN order_items oi ON oi.product_id = p.id GROUP BY p.id ORDER BY sold DESC LIMIT 20;", None, 20, 2500000),
            ("DELETE FROM sessions WHERE expires_at < '%s' LIMIT 5000;", 'date', 0, 5000),
        ]

    def baseline(self):
        r = self.r
        lams = self.lams(self.rate)
        for t in arrivals(r, self.t0, self.t1, lams):
            q = self.med * math.exp(0.5 * r.gauss(0, 1))
            if self.latw:
                q *= self.lat_f(t)
            self.entry(t, max(0.5, q))
        for s, e, rp, F in self.latw:
            i0 = int((s - self.t0) // MIN)
            for t in arrivals(r, self.t0 + max(0, i0) * MIN, e, [l * 0.4 for l in lams[max(0, i0): i0 + int((e - s) // MIN) + 2]]):
                if s <= t < e and r.random() < ramp_val(t, s, e, rp):
                    q = r.uniform(0.1, 0.45) * self.lat_f(t)
                    if q >= 0.5:
                        self.entry(t, q)

    def entry(self, t, qt):
        r = self.r
        sql, kind, sent, ex = r.choice(self.queries)
        if kind == 'date':
            sql = sql % isosp_s(t // US - r.randint(3600, 86400 * 7))
        elif kind == 'int':
            sql = sql % r.randint(1000, 999999)
        elif kind == 'sku':
            sql = sql % r.randint(1, 48000)
        lines = ['# Time: %s.%06dZ' % (iso_s(t // US), t % US),
                 '# User@Host: %s[%s] @  [%s]  Id: %5d' % (self.sc.dbuser, self.sc.dbuser, r.choice(self.clients), r.randint(self.ids, self.ids + 900)),
                 '# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d' % (qt, r.random() * 0.0003, sent if sent != 100 else r.randint(0, 100), r.randint(ex // 3, ex) if ex > 1 else ex),
                 'SET timestamp=%d;' % (t // US - int(qt)),
                 sql]
        if r.random() < 0.08:
            lines.insert(3, 'use %s;' % self.db)
        self.add(t, '\n'.join(lines))


# ====================================================================== PostgreSQL

class Postgres(Svc):
    KINDS = ('latency_shift', 'disk_full', 'error_burst', 'new_error', 'retry_storm', 'silence')
    ROLE = 'db'
    LPE = 1.6

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.userdb = r.random() < 0.5
        self.fname = 'postgresql-%s_%s.log' % (iso_s(self.t0 // US)[:10], '%02d0000' % time_hour(self.t0))
        self.db = sc.dbname
        self.user = sc.dbuser
        self.clients = [priv_ip(r) for _ in range(r.randint(2, 8))]
        self.med = r.uniform(300, 700)
        self.pids = [r.randint(1000, 60000) for _ in range(30)]
        self.postmaster = r.randint(1, 60)
        self.replica = r.random() < 0.3
        self.primary = priv_ip(r)
        if not self.replica:
            self.KINDS = tuple(k for k in self.KINDS if k != 'retry_storm')

    def pre(self, t, pid, ud=True):
        s = '%s.%03d UTC [%d] ' % (isosp_s(t // US), (t // 1000) % 1000, pid)
        if self.userdb and ud:
            s += '%s@%s ' % (self.user, self.db)
        return s

    def stmt(self):
        r = self.r
        return r.choice([
            'SELECT o.id, o.status, o.total_cents FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 50',
            'SELECT count(*) FROM events WHERE account_id = $1 AND created_at > now() - interval \'30 days\'',
            'UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2',
            'SELECT p.* FROM products p WHERE p.search_vector @@ plainto_tsquery($1) ORDER BY ts_rank(p.search_vector, plainto_tsquery($1)) DESC LIMIT 20',
            'INSERT INTO audit_log (actor_id, action, payload, created_at) VALUES ($1, $2, $3, now())',
        ])

    def slow(self, t, d):
        r = self.r
        pid = r.choice(self.pids)
        self.add(t, self.pre(t, pid) + 'LOG:  duration: %.3f ms  execute <unnamed>: %s\n%sDETAIL:  parameters: $1 = \'%d\'' % (d, self.stmt(), self.pre(t, pid), r.randint(1000, 999999)))

    def baseline(self):
        r = self.r
        lams = self.lams(self.rate)
        for t in arrivals(r, self.t0, self.t1, lams):
            u = r.random()
            pid = r.choice(self.pids)
            if u < 0.75:
                self.slow(t, max(250.0, self.med * math.exp(0.5 * r.gauss(0, 1))) * (self.lat_f(t) if self.latw else 1))
            elif u < 0.85:
                self.add(t, self.pre(t, pid) + 'LOG:  could not receive data from client: Connection reset by peer')
            elif u < 0.95:
                em = 'x%s@example.com' % hexs(r, 6)
                self.add(t, self.pre(t, pid) + 'ERROR:  duplicate key value violates unique constraint "users_email_key"\n' +
                         self.pre(t, pid) + 'DETAIL:  Key (email)=(%s) already exists.\n' % em +
                         self.pre(t, pid) + "STATEMENT:  INSERT INTO users (email, name, created_at) VALUES ($1, $2, now())")
            else:
                self.add(t, self.pre(t, pid) + 'ERROR:  canceling statement due to user request\n' + self.pre(t, pid) + 'STATEMENT:  ' + self.stmt())
        for s, e, rp, F in self.latw:
            i0 = int((s - self.t0) // MIN)
            for t in arrivals(r, self.t0 + max(0, i0) * MIN, e, [l * 0.35 for l in lams[max(0, i0): i0 + int((e - s) // MIN) + 2]]):
                if s <= t < e and r.random() < ramp_val(t, s, e, rp):
                    d = r.uniform(30, 120) * self.lat_f(t)
                    if d >= 250:
                        self.slow(t, d)
        # checkpoints every 5 minutes
        ckpt = r.randint(1, 60)
        for t in periodic(r, self.t0, self.t1, 5 * MIN, 10 * MS):
            w = r.randint(50, 9000)
            self.add(t, self.pre(t, ckpt, False) + 'LOG:  checkpoint starting: time')
            dur = r.uniform(20, 270)
            t2 = t + int(dur * US)
            self.add(t2, self.pre(t2, ckpt, False) + 'LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%X/%08X, redo lsn=%X/%08X' % (
                w, w / 163.84, r.randint(0, 3), dur - 0.02, r.random() * 0.02, dur, r.randint(5, 90), r.random() * 0.01, r.random() * 0.002,
                r.randint(1000, 90000), r.randint(20000, 90000), 5, r.getrandbits(32), 5, r.getrandbits(32)))

    def benign(self):
        r = self.r
        for _ in range(r.randint(0, 3)):
            t = self.free_time()
            if t:
                tbl = r.choice(['orders', 'events', 'sessions', 'audit_log'])
                pid = r.randint(1000, 60000)
                self.add(t, self.pre(t, pid, False) + 'LOG:  automatic vacuum of table "%s.public.%s": index scans: 1\n\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)\n\ttuples: %d removed, %d remain, 0 are dead but not yet removable\n\tremovable cutoff: %d, which was %d XIDs old when operation ended\n\tindex scan needed: %d pages from table (%.2f%% of total) had %d dead item identifiers removed\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s\n\tbuffer usage: %d hits, %d misses, %d dirtied\n\tWAL usage: %d records, %d full page images, %d bytes\n\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s' % (
                    self.db, tbl, r.randint(10000, 900000), r.randint(1000, 9000), r.uniform(1, 20), r.randint(1000, 90000), r.randint(10 ** 5, 10 ** 7),
                    r.randint(10 ** 6, 10 ** 8), r.randint(0, 40), r.randint(100, 9000), r.uniform(0.1, 5), r.randint(1000, 90000),
                    r.uniform(1, 40), r.uniform(1, 20), r.randint(10 ** 4, 10 ** 6), r.randint(100, 9000), r.randint(100, 9000),
                    r.randint(1000, 90000), r.randint(100, 9000), r.randint(10 ** 5, 10 ** 7), r.uniform(0.1, 3), r.uniform(0, 1), r.uniform(10, 600)))

    def inject(self, inc):
        r = self.r
        tg = inc.tag
        k = inc.kind
        if k == 'disk_full':
            rels = [(r.randint(16400, 90000), 'INSERT INTO audit_log (actor_id, action, payload, created_at) VALUES ($1, $2, $3, now())'),
                    (r.randint(16400, 90000), 'INSERT INTO events (account_id, type, payload, created_at) VALUES ($1, $2, $3, now())'),
                    (r.randint(16400, 90000), 'UPDATE orders SET status = $1, updated_at = now() WHERE id = $2')]
            ts = spread(r, inc.s, inc.p['crash'], max(3, int(inc.p['rate'] * (inc.p['crash'] - inc.s) / US)))
            for t in ts:
                pid = r.choice(self.pids)
                rel, stmt = r.choice(rels)
                self.add(t, self.pre(t, pid) + 'ERROR:  could not extend file "base/16384/%d": No space left on device\n%sHINT:  Check free disk space.\n%sSTATEMENT:  %s' % (
                    rel, self.pre(t, pid), self.pre(t, pid), stmt), tag=tg)
            t = inc.p['crash']
            wal = r.randint(100, 9000)
            self.add(t, self.pre(t, wal, False) + 'PANIC:  could not write to file "pg_wal/xlogtemp.%d": No space left on device' % wal, tag=tg)
            t += 30 * MS
            for m in ['LOG:  server process (PID %d) was terminated by signal 6: Aborted' % wal,
                      'LOG:  terminating any other active server processes', 'LOG:  all server processes terminated; reinitializing']:
                self.add(t, self.pre(t, self.postmaster, False) + m, tag=tg)
                t += r.randint(5, 200) * MS
            self.drops.append((t, inc.p['restart']))
            t = inc.p['restart']
            st = r.randint(100, 9000)
            for m in ['LOG:  database system was interrupted; last known up at %s UTC' % isosp_s(inc.p['crash'] // US - 120),
                      'LOG:  database system was not properly shut down; automatic recovery in progress',
                      'LOG:  redo starts at 5/%08X' % r.getrandbits(32), 'LOG:  redo done at 5/%08X system usage: CPU: user: 0.41 s, system: 0.22 s, elapsed: 1.93 s' % r.getrandbits(32),
                      'LOG:  checkpoint starting: end-of-recovery immediate wait']:
                self.add(t, self.pre(t, st, False) + m, tag=tg)
                t += r.randint(20, 900) * MS
            self.add(t, self.pre(t, self.postmaster, False) + 'LOG:  database system is ready to accept connections', tag=tg)
        elif k == 'error_burst':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                pid = r.randint(1000, 60000)
                self.add(t, self.pre(t, pid) + r.choice(['FATAL:  remaining connection slots are reserved for non-replication superuser connections',
                                                         'FATAL:  sorry, too many clients already']), tag=tg)
        elif k == 'new_error':
            for t in spread(r, inc.s, inc.e, max(3, int(inc.p['rate'] * (inc.e - inc.s) / US))):
                pid = r.choice(self.pids)
                self.add(t, self.pre(t, pid) + 'ERROR:  column "discount_rate" does not exist at character %d\n%sHINT:  Perhaps you meant to reference the column "orders.discount_cents".\n%sSTATEMENT:  SELECT id, status, total_cents, discount_rate FROM orders WHERE customer_id = $1' % (
                    r.randint(30, 60), self.pre(t, pid), self.pre(t, pid)), tag=tg)
        elif k == 'retry_storm':
            t = inc.s
            while t <= inc.e:
                pid = r.randint(1000, 60000)
                self.add(t, self.pre(t, pid, False) + 'FATAL:  could not connect to the primary server: connection to server at "%s", port 5432 failed: Connection refused\n\t\tIs the server running on that host and accepting TCP/IP connections?' % self.primary, tag=tg)
                self.add(t + 2 * MS, self.pre(t + 2 * MS, self.postmaster, False) + 'LOG:  waiting for WAL to become available at 5/%08X' % r.getrandbits(32), tag=tg)
                t += int(inc.p['gap'] * US) + r.randint(0, 30) * MS


def time_hour(t):
    return (t // HOUR) % 24


# ====================================================================== journald

class Journal(Svc):
    KINDS = ('oom_kill', 'disk_full', 'panic')
    ROLE = 'host'
    LPE = 1.15

    def __init__(self, sc, key):
        Svc.__init__(self, sc, key)
        r = self.r
        self.RES = US
        self.k8s = r.random() < 0.75
        if self.k8s:
            self.host = r.choice(['ip-10-0-%d-%d' % (r.randint(0, 63), r.randint(2, 250)), 'node-%s-%s' % (sc.env, b36(r, 4)),
                                  'gke-prod-pool-1-%s-%s' % (hexs(r, 8), b36(r, 4)), 'worker-%02d' % r.randint(1, 30)])
        else:
            self.host = r.choice(['ip-10-0-%d-%d' % (r.randint(0, 63), r.randint(2, 250)), '%s-vm-%02d' % (sc.env, r.randint(1, 20)),
                                  'app%02d' % r.randint(1, 30), 'web-%s-%d' % (sc.region.split('-')[0], r.randint(1, 9))])
        self.colon = r.random() < 0.5
        self.off = r.choice([0, 0, 0, 60, 120, -300, 330])
        self.offs = offstr(self.off, 'colon' if self.colon else 'plain')
        self.pids = {'kubelet': r.randint(800, 3000), 'containerd': r.randint(500, 900), 'systemd': 1, 'sshd': 0, 'journald': r.randint(280, 420),
                     'chronyd': r.randint(400, 700), 'dockerd': r.randint(700, 1200), 'node_exporter': r.randint(1000, 5000)}
        self.fname = r.choice(['journal.log', '%s-journal.log' % self.host, 'syslog-journal.txt', 'journalctl-%s.log' % self.host])
        self.pods = ['%s/%s-%s-%s' % (sc.k8s_ns, n, hexs(r, 9), b36(r, 5)) for n in sc.pod_names()]
        self.pods += ['%s/%s' % (sc.k8s_ns, p) for p in (
            'web-frontend-%s-%s' % (hexs(r, 9), b36(r, 5)), 'report-cron-%d-%s' % (r.randint(28400000, 28499999), b36(r, 5)))]
        self.pods += ['kube-system/%s' % p for p in ('aws-node-%s' % b36(r, 5), 'kube-proxy-%s' % b36(r, 5), 'fluent-bit-%s' % b36(r, 5))]
        self.unit = sc.names.get('backend', 'app')

    def p(self, t, ident, pid=None):
        tt = t // US + self.off * 60
        if pid is None:
            return '%s%s %s %s: ' % (iso_s(tt), self.offs, self.host, ident)
        return '%s%s %s %s[%d]: ' % (iso_s(tt), self.offs, self.host, ident, pid)

    def klog(self, t, lvl, src, msg):
        return self.p(t, 'kubelet', self.pids['kubelet']) + '%s%s.%06d %7d %s] %s' % (lvl, klog_s(t // US), t % US, self.pids['kubelet'], src, msg)

    def baseline(self):
        r = self.r
        lams = self.lams(self.rate, noise=0.1)
        for t in arrivals(r, self.t0, self.t1, lams):
            u = r.random()
            if self.k8s and u < 0.45:
                pod = r.choice(self.pods)
                v = r.random()
                if v < 0.4:
                    self.add(t, self.klog(t, 'I', 'kubelet.go:%d' % r.choice([2432, 2447, 2470]), '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s"' % pod))
                elif v < 0.7:
                    self.add(t, self.klog(t, 'I', 'reconciler_common.go:%d' % r.choice([172, 258]), '"operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\") pod \\"%s\\" (UID: \\"%s\\") " pod="%s"' % (
                        b36(r, 5), uuid4(r), b36(r, 5), pod.split('/')[1], uuid4(r), pod)))
                elif v < 0.85:
                    self.add(t, self.klog(t, 'I', 'kuberuntime_container_linux.go:%d' % r.randint(150, 200), '"Skipping container image pull: image already present" image="%s" pod="%s"' % (
                        r.choice(['registry.k8s.io/pause:3.9', 'public.ecr.aws/%s/app:v%d.%d.%d' % (self.sc.org, r.randint(1, 4), r.randint(0, 30), r.randint(0, 9))]), pod)))
                else:
                    self.add(t, self.p(t, 'containerd', self.pids['containerd']) + 'time="%s.%09dZ" level=info msg="ImageCreate event name:\\"sha256:%s\\" labels:{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}"' % (
                        iso_s(t // US), t % US * 1000 + r.randint(0, 999), hexs(r, 64)))
            elif u < 0.6:
                ip = '%d.%d.%d.%d' % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
                pid = r.randint(10000, 99999)
                port = r.randint(1024, 65535)
                user = r.choice(['admin', 'test', 'ubuntu', 'oracle', 'user', 'postgres', 'git', 'ftpuser'])
                self.add(t, self.p(t, 'sshd', pid) + 'Invalid user %s from %s port %d' % (user, ip, port))
                t2 = t + r.randint(50, 900) * MS
                self.add(t2, self.p(t2, 'sshd', pid) + 'Connection closed by invalid user %s %s port %d [preauth]' % (user, ip, port))
            elif u < 0.7:
                self.add(t, self.p(t, 'systemd', 1) + r.choice(['Started Session %d of User ubuntu.' % r.randint(100, 9000), 'run-containerd-runc-k8s.io-%s-runc.%s.mount: Deactivated successfully.' % (hexs(r, 64), b36(r, 6)),
                                                              'var-lib-containerd-tmpmounts-containerd\\x2dmount%d.mount: Deactivated successfully.' % r.randint(10 ** 8, 10 ** 9)]))
            elif u < 0.8:
                self.add(t, self.p(t, 'kernel') + r.choice(['IPv6: ADDRCONF(NETDEV_CHANGE): eni%s: link becomes ready' % hexs(r, 11),
                                                          'cni0: port %d(veth%s) entered forwarding state' % (r.randint(1, 40), hexs(r, 8)),
                                                          'cni0: port %d(veth%s) entered disabled state' % (r.randint(1, 40), hexs(r, 8)),
                                                          'device veth%s entered promiscuous mode' % hexs(r, 8)]))
            elif u < 0.9:
                self.add(t, self.p(t, 'containerd', self.pids['containerd']) + 'time="%s.%09dZ" level=info msg="shim disconnected" id=%s namespace=k8s.io' % (iso_s(t // US), t % US * 1000, hexs(r, 64)))
            else:
                self.add(t, self.p(t, 'systemd-networkd', r.randint(300, 600)) + 'veth%s: %s' % (hexs(r, 8), r.choice(['Gained IPv6LL', 'Link UP', 'Link DOWN', 'Lost carrier'])))
        # CRON hourly at :17 (Debian default)
        h = self.t0 - self.t0 % HOUR + 17 * MIN
        while h < self.t1:
            pid = r.randint(10000, 99999)
            self.add(h, self.p(h, 'CRON', pid) + '(root) CMD (   cd / && run-parts --report /etc/cron.hourly)')
            h += HOUR
        # chrony
        for t in periodic(r, self.t0, self.t1, r.choice([17, 34, 64]) * MIN, 10 * US):
            self.add(t, self.p(t, 'chronyd', self.pids['chronyd']) + 'Selected source 169.254.169.123')

    def benign(self):
        r = self.r
        # logrotate + certbot + apt timers
        for name, lines in [('logrotate', ['Starting Rotate log files...', 'logrotate.service: Deactivated successfully.', 'Finished Rotate log files.']),
                            ('certbot', ['Starting Certbot...', 'certbot.service: Deactivated successfully.', 'Finished Certbot.']),
                            ('apt', ['Starting Daily apt download activities...', 'apt-daily.service: Deactivated successfully.', 'Finished Daily apt download activities.'])]:
            if r.random() < 0.6:
                t = self.free_time()
                if t:
                    for ln in lines:
                        self.add(t, self.p(t, 'systemd', 1) + ln)
                        t += r.randint(100, 9000) * MS
        # autoscaling: HPA adds replicas, new pods land on this node
        if self.k8s and r.random() < 0.4:
            t = self.free_time()
            if t:
                app = r.choice(self.sc.pod_names())
                for _ in range(r.randint(1, 3)):
                    pod = '%s/%s-%s-%s' % (self.sc.k8s_ns, app, hexs(r, 9), b36(r, 5))
                    self.add(t, self.klog(t, 'I', 'kubelet.go:2425', '"SyncLoop ADD" source="api" pods=["%s"]' % pod))
                    t2 = t + r.randint(1, 4) * US
                    self.add(t2, self.p(t2, 'containerd', self.pids['containerd']) + 'time="%s.%09dZ" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:%s,Uid:%s,Namespace:%s,Attempt:0,} returns sandbox id \\"%s\\""' % (
                        iso_s(t2 // US), r.randint(0, 999999999), pod.split('/')[1], uuid4(r), self.sc.k8s_ns, hexs(r, 64)))
                    t3 = t2 + r.randint(2, 20) * US
                    self.add(t3, self.klog(t3, 'I', 'kubelet.go:2455', '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (pod, uuid4(r), hexs(r, 64))))
                    t = t3 + r.randint(1, 30) * US
        # rolling deploy on this node: pod killed and started
        if self.k8s and r.random() < 0.6:
            t = self.free_time()
            if t:
                pod = r.choice(self.pods)
                cid = hexs(r, 64)
                self.add(t, self.klog(t, 'I', 'kuberuntime_container.go:779', '"Killing container with a grace period" pod="%s" podUID="%s" containerName="%s" containerID="containerd://%s" gracePeriod=30' % (pod, uuid4(r), self.unit, cid)))
                t += r.randint(2, 20) * US
                self.add(t, self.klog(t, 'I', 'kubelet.go:2455', '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (pod, uuid4(r), cid)))
                t += r.randint(2, 20) * US
                self.add(t, self.klog(t, 'I', 'kubelet.go:2455', '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (pod, uuid4(r), hexs(r, 64))))

    def inject(self, inc):
        r = self.r
        tg = inc.tag
        k = inc.kind
        if k == 'oom_kill':
            t = inc.s
            proc = inc.p['proc']
            pid = r.randint(3000, 90000)
            podu = uuid4(r)
            cid = hexs(r, 64)
            kern = self.p(t, 'kernel')
            lines = ['%s invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=%d' % (proc, r.choice([0, 936, 969, 1000]) if self.k8s else 0),
                     'CPU: %d PID: %d Comm: %s Not tainted 5.15.0-1053-aws #58~20.04.1-Ubuntu' % (r.randint(0, 7), pid, proc[:15]),
                     'Hardware name: Amazon EC2 m5.xlarge/, BIOS 1.0 10/16/2017', 'Call Trace:', ' <TASK>', ' dump_stack_lvl+0x4a/0x63',
                     ' dump_header+0x4a/0x1f4', ' oom_kill_process.cold+0xb/0x10', ' out_of_memory+0x1bd/0x4f0', ' mem_cgroup_out_of_memory+0x13a/0x150',
                     ' try_charge_memcg+0x73d/0x7a0', ' charge_memcg+0x45/0xb0', ' __mem_cgroup_charge+0x2d/0x80', ' handle_mm_fault+0xd8/0x2c0',
                     ' do_user_addr_fault+0x1c2/0x660', ' exc_page_fault+0x77/0x170', ' asm_exc_page_fault+0x27/0x30', ' </TASK>',
                     'memory: usage %dkB, limit %dkB, failcnt %d' % (inc.p['limit'], inc.p['limit'], r.randint(1, 90)),
                     'swap: usage 0kB, limit 0kB, failcnt 0',
                     'Tasks state (memory values in pages):',
                     '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
                     '[%7d] %5d %7d %8d %8d %14d %8d %13d %s' % (pid, 1000, pid, r.randint(10 ** 6, 4 * 10 ** 6), inc.p['limit'] // 4 - r.randint(100, 900), r.randint(10 ** 6, 9 * 10 ** 6), 0, 936, proc[:15]),
                     ('oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=%s,pid=%d,uid=1000' % (
                         cid, podu.replace('-', '_'), podu.replace('-', '_'), cid, proc[:15], pid)) if self.k8s else
                     ('oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/system.slice/%s.service,task_memcg=/system.slice/%s.service,task=%s,pid=%d,uid=1000' % (
                         inc.p['unit'], inc.p['unit'], proc[:15], pid)),
                     'Memory cgroup out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:936' % (
                         pid, proc[:15], r.randint(4 * 10 ** 6, 9 * 10 ** 6), inc.p['limit'] - r.randint(1000, 9000), r.randint(10000, 60000), r.randint(4000, 9000))]
            for i, ln in enumerate(lines):
                self.add(t + i, kern + ln, tag=tg)
            t2 = t + r.randint(20, 200) * MS
            if self.k8s:
                self.add(t2, self.p(t2, 'containerd', self.pids['containerd']) + 'time="%s.%09dZ" level=info msg="TaskOOM event container_id:\\"%s\\""' % (iso_s(t2 // US), t2 % US * 1000, cid), tag=tg)
                t3 = t2 + r.randint(1, 3) * US
                pod = inc.p['pod']
                self.add(t3, self.klog(t3, 'I', 'kubelet.go:2455', '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (pod, podu, cid)), tag=tg)
                t4 = t3 + r.randint(1, 12) * US
                self.add(t4, self.klog(t4, 'I', 'kubelet.go:2455', '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (pod, podu, hexs(r, 64))), tag=tg)
            else:
                u = inc.p['unit']
                self.add(t2, self.p(t2, 'systemd', 1) + '%s.service: A process of this unit has been killed by the OOM killer.' % u, tag=tg)
                self.add(t2, self.p(t2, 'systemd', 1) + '%s.service: Main process exited, code=killed, status=9/KILL' % u, tag=tg)
                self.add(t2, self.p(t2, 'systemd', 1) + "%s.service: Failed with result 'oom-kill'." % u, tag=tg)
                t3 = t2 + r.randint(1, 10) * US
                self.add(t3, self.p(t3, 'systemd', 1) + '%s.service: Scheduled restart job, restart counter is at %d.' % (u, r.randint(1, 3)), tag=tg)
                self.add(t3, self.p(t3, 'systemd', 1) + 'Stopped %s.' % inc.p['desc_unit'], tag=tg)
                self.add(t3, self.p(t3, 'systemd', 1) + 'Started %s.' % inc.p['desc_unit'], tag=tg)
        elif k == 'disk_full':
            ts = spread(r, inc.s, inc.e, max(4, int(inc.p['rate'] * (inc.e - inc.s) / US)))
            for i, t in enumerate(ts):
                v = r.random()
                if i == 0 or v < 0.12:
                    self.add(t, self.p(t, 'systemd-journald', self.pids['journald']) + 'Failed to write entry (%d items, %d bytes), ignoring: No space left on device' % (r.randint(9, 25), r.randint(300, 2000)), tag=tg)
                elif v < 0.3 and self.k8s:
                    self.add(t, self.klog(t, 'I', 'image_gc_manager.go:%d' % r.choice([304, 353]), '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=%d highThreshold=85 amountToFree=%d lowThreshold=80' % (r.randint(97, 100), r.randint(2, 9) * 1073741824)), tag=tg)
                elif v < 0.6 and self.k8s:
                    self.add(t, self.p(t, 'containerd', self.pids['containerd']) + 'time="%s.%09dZ" level=error msg="failed to handle container TaskExit event" error="failed to stop container: write /var/lib/containerd/io.containerd.metadata.v1.bolt/meta.db: no space left on device"' % (iso_s(t // US), t % US * 1000), tag=tg)
                elif v < 0.8 and self.k8s:
                    self.add(t, self.klog(t, 'W', 'eviction_manager.go:%d' % r.choice([349, 366]), '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'), tag=tg)
                else:
                    self.add(t, self.p(t, 'rsyslogd', r.randint(600, 900)) + "file '/var/log/syslog'[7] write error - see https://www.rsyslog.com/solving-rsyslog-write-errors/ for help OS error: No space left on device [v8.2001.0 try https://www.rsyslog.com/e/2027 ]", tag=tg)
        elif k == 'panic':
            t = inc.s
            pid = self.pids['node_exporter']
            lines = ['panic: runtime error: invalid memory address or nil pointer dereference',
                     '[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x%x]' % r.randint(0x600000, 0x9fffff), '',
                     'goroutine %d [running]:' % r.randint(100, 900),
                     'github.com/prometheus/node_exporter/collector.(*filesystemCollector).GetStats(0xc0001a2f00)',
                     '\t/app/collector/filesystem_linux.go:%d +0x%x' % (r.randint(60, 200), r.randint(0x20, 0x3ff)),
                     'github.com/prometheus/node_exporter/collector.(*filesystemCollector).Update(0xc0001a2f00, 0xc0003b4060)',
                     '\t/app/collector/filesystem_common.go:%d +0x%x' % (r.randint(60, 200), r.randint(0x20, 0x3ff)),
                     'created by github.com/prometheus/node_exporter/collector.NodeCollector.Collect in goroutine %d' % r.randint(20, 90),
                     '\t/app/collector/collector.go:%d +0x%x' % (r.randint(60, 200), r.randint(0x20, 0x3ff))]
            for i, ln in enumerate(lines):
                self.add(t + i, self.p(t, 'node_exporter', pid) + ln, tag=tg)
            t2 = t + r.randint(5, 80) * MS
            self.add(t2, self.p(t2, 'systemd', 1) + 'node_exporter.service: Main process exited, code=exited, status=2/INVALIDARGUMENT', tag=tg)
            self.add(t2, self.p(t2, 'systemd', 1) + "node_exporter.service: Failed with result 'exit-code'.", tag=tg)
            t3 = t2 + 5 * US + r.randint(0, 200) * MS
            self.add(t3, self.p(t3, 'systemd', 1) + 'node_exporter.service: Scheduled restart job, restart counter is at 1.', tag=tg)
            self.add(t3, self.p(t3, 'systemd', 1) + 'Stopped Prometheus Node Exporter.', tag=tg)
            self.add(t3, self.p(t3, 'systemd', 1) + 'Started Prometheus Node Exporter.', tag=tg)
            t4 = t3 + r.randint(20, 200) * MS
            self.add(t4, self.p(t4, 'node_exporter', pid + r.randint(5, 900)) + 'ts=%s.%03dZ caller=node_exporter.go:193 level=info msg="Starting node_exporter" version="(version=1.7.0, branch=HEAD, revision=7333465abf9efba81876303bb57e6fadb946041b)"' % (iso_s(t4 // US), (t4 // 1000) % 1000), tag=tg)


# ====================================================================== Java GC log

class JavaGC(Svc):
    KINDS = ('latency_shift',)
    ROLE = 'jvm'
    QUIET = True

    def __init__(self, sc, key, app=None):
        Svc.__init__(self, sc, key)
        r = self.r
        self.app = app
        self.fname = r.choice(['gc.log', '%s-gc.log' % (app.svc if app else 'app'), 'gc-%s.log' % (app.svc if app else 'jvm')])
        self.off = r.choice([0, 0, 60, -300, 120])
        self.heap = r.choice([512, 1024, 2048, 4096])
        self.period = r.uniform(3, 40)
        self.pause = r.uniform(2.5, 12)
        self.uptime0 = r.uniform(3000, 400000)
        self.gc = r.randint(100, 9000)
        self.uptime = r.random() < 0.5

    def natural_lines(self):
        return (self.t1 - self.t0) / US / self.period * 1.06

    def set_volume(self, lines):
        pass

    def pre(self, t):
        tt = t + self.off * 60 * US
        s = '[%s.%03d%s]' % (iso_s(tt // US), (tt // 1000) % 1000, offstr(self.off, 'plain'))
        if self.uptime:
            s += '[%.3fs]' % (self.uptime0 + (t - self.t0) / US)
        return s

    def baseline(self):
        r = self.r
        t = self.t0 + int(r.random() * self.period * US)
        used = self.heap * 0.3
        H = self.heap
        young_since_mark = 0
        while t < self.t1:
            d = self.sc.diurnal(t)
            self.gc += 1
            after = H * r.uniform(0.12, 0.3) + young_since_mark * H * 0.004
            before = min(H * 0.95, after + H * r.uniform(0.25, 0.5))
            p = self.pause * math.exp(0.35 * r.gauss(0, 1)) * (self.lat_f(t) if self.latw else 1)
            young_since_mark += 1
            if young_since_mark > r.randint(40, 120):
                self.add(t, self.pre(t) + '[info][gc] GC(%d) Pause Young (Concurrent Start) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms' % (self.gc, before, after, H, p * 1.2))
                t2 = t + 2 * MS
                self.add(t2, self.pre(t2) + '[info][gc] GC(%d) Concurrent Mark Cycle' % (self.gc + 1))
                cm = r.uniform(40, 400)
                t3 = t2 + int(cm * 0.8 * MS)
                self.add(t3, self.pre(t3) + '[info][gc] GC(%d) Pause Remark %dM->%dM(%dM) %.3fms' % (self.gc + 1, after + 20, after + 10, H, p * 0.6 * r.uniform(0.8, 1.3)))
                t4 = t3 + int(cm * 0.15 * MS)
                self.add(t4, self.pre(t4) + '[info][gc] GC(%d) Pause Cleanup %dM->%dM(%dM) %.3fms' % (self.gc + 1, after + 10, after + 10, H, r.uniform(0.05, 0.4)))
                t5 = t4 + int(cm * 0.05 * MS) + MS
                self.add(t5, self.pre(t5) + '[info][gc] GC(%d) Concurrent Mark Cycle %.3fms' % (self.gc + 1, cm))
                self.gc += 1
                young_since_mark = 0
            else:
                kind = '(Normal) (G1 Evacuation Pause)' if r.random() < 0.97 else '(Normal) (G1 Humongous Allocation)'
                self.add(t, self.pre(t) + '[info][gc] GC(%d) Pause Young %s %dM->%dM(%dM) %.3fms' % (self.gc, kind, before, after, H, p))
            gap = self.period / max(0.2, d) * math.exp(0.3 * r.gauss(0, 1))
            if self.latw:
                gap /= (1 + (self.lat_f(t) - 1) * 0.3)
            t += int(gap * US)
