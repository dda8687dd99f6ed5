"""Data stores: MongoDB 4.4+ JSON log, MySQL 8 error log, MySQL slow query log,
Cassandra system.log."""
import math

from b6core import (US, SEC, MIN, R, Stamp, Picker, p_iso, p_sp, hexs, uuid4, priv_ip, ver,
                    offs)
from b6base import LogFile, Track


def sing(n):
    n = n.replace('-', '_')
    return n[:-3] + 'y' if n.endswith('ies') else (n[:-1] if n.endswith('s') else n)


# ===========================================================================
class MongoDB(LogFile):
    KIND = 'mongodb'
    HEAVY = True
    PREC = 1000
    LPE = 1.45
    ALPHA = 0.9
    SUPPORTS = frozenset({'error_burst', 'retry_storm', 'new_error', 'silence', 'panic', 'oom_kill',
                          'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.mv = ver('mongodb', sc.year)
        self.off = v.choice([0, 0, sc.tz])
        self.stamp = Stamp(p_iso, self.off)
        self.zs = offs(self.off)
        self.db = sc.slug.replace('-', '_')[:12] + v.choice(['', '_prod', '_main'])
        self.colls = [n.replace('-', '_') for n in sc.nouns]
        self.apps = []
        drivers = [('nodejs', '4.17.1' if sc.year >= 2023 else '3.6.3', 'Node.js v18.19.0, LE'),
                   ('PyMongo', '4.6.1' if sc.year >= 2023 else '3.11.2', 'CPython 3.11.6.final.0'),
                   ('mongo-java-driver|sync', '4.11.1' if sc.year >= 2023 else '4.1.1', 'Java/Eclipse Adoptium/17.0.9+9'),
                   ('mongo-go-driver', 'v1.13.1' if sc.year >= 2023 else 'v1.4.4', 'go1.21.5')]
        for s in sc.svcs:
            d = v.choice(drivers)
            ips = [priv_ip(v, sc.vpc_b, 16, 47) for _ in range(v.randint(2, 5))]
            self.apps.append((s, d, ips))
        self.cid = v.randint(1000, 200000)
        self.open0 = v.randint(30, 300)
        self.host = 'mongo-%s-%d' % (v.choice(['rs0', 'data', 'prod']), v.randint(0, 2))
        self.rs = v.choice(['rs0', 'rs-prod', sc.slug[:6] + '-rs'])
        self.container = v.random() < 0.5
        self.files = ['collection-%d-%d' % (v.randint(2, 90), v.getrandbits(62)) for _ in range(6)]
        self.plans = {c: v.choice(['IXSCAN { customerId: 1, createdAt: -1 }', 'IXSCAN { status: 1, updatedAt: 1 }',
                                   'COLLSCAN', 'IXSCAN { accountId: 1 }', 'IXSCAN { _id: 1 }']) for c in self.colls}
        self.qh = {c: hexs(v, 8).upper() for c in self.colls}

    def L(self, ts, s, c, id_, ctx, msg, attr=None):
        sec, us = divmod(ts, US)
        a = '"s":"%s",' % s
        b = '"c":"%s",' % c
        d = '"id":%d,' % id_
        out = '{"t":{"$date":"%s.%03d%s"},%s%s%s%s%s%s"ctx":"%s","msg":"%s"' % (
            self.stamp(sec), us // 1000, self.zs, a, ' ' * max(1, 10 - len(a)), b, ' ' * max(1, 16 - len(b)),
            d, ' ' * max(1, 14 - len(d)), ctx, msg)
        if attr is not None:
            return out + ',"attr":' + attr + '}'
        return out + '}'

    def background(self):
        rng = self.rng
        E = self.ev_per_min
        # connection lifecycle
        evs = []
        self.cids = Track(self.cid)
        for ts in self.arrivals(E * 0.225):
            app, drv, ips = self.apps[int(rng.random() * len(self.apps))]
            self.cid += 1
            self.cids.rec(ts, self.cid)
            rem = '%s:%d' % (ips[int(rng.random() * len(ips))], rng.randint(32768, 60999))
            u = uuid4(rng)
            evs.append((ts, 1, self.cid, rem, u, app, drv))
            life = int(rng.expovariate(1.0 / 900) * US) + 2 * SEC
            if ts + life < self.fe:
                evs.append((ts + life, -1, self.cid, rem, u, app, drv))
        evs.sort(key=lambda e: (e[0], e[1]))
        n = self.open0
        for ts, d, cid, rem, u, app, drv in evs:
            n += d
            if n < 5:
                n = 5
            if d > 0:
                self.add(ts, self.L(ts, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted',
                                    '{"remote":"%s","uuid":{"uuid":{"$uuid":"%s"}},"connectionId":%d,"connectionCount":%d}'
                                    % (rem, u, cid, n) if self.mv >= '5' else
                                    '{"remote":"%s","connectionId":%d,"connectionCount":%d}' % (rem, cid, n)))
                t2 = ts + rng.randint(300, 3000)
                self.add(t2, self.L(t2, 'I', 'NETWORK', 51800, 'conn%d' % cid, 'client metadata',
                                    '{"remote":"%s","client":"conn%d","doc":{"driver":{"name":"%s","version":"%s"},'
                                    '"os":{"type":"Linux","name":"linux","architecture":"x64","version":"5.10.0"},'
                                    '"platform":"%s","application":{"name":"%s"}}}' % (
                                        rem, cid, drv[0], drv[1], drv[2], app)))
                t3 = t2 + rng.randint(2000, 30000)
                self.add(t3, self.L(t3, 'I', 'ACCESS', 20250, 'conn%d' % cid, 'Authentication succeeded',
                                    '{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"%s",'
                                    '"authenticationDatabase":"admin","remote":"%s","extraInfo":{}}' % (app, rem)))
            else:
                self.add(ts, self.L(ts, 'I', 'NETWORK', 22944, 'conn%d' % cid, 'Connection ended',
                                    '{"remote":"%s","uuid":{"uuid":{"$uuid":"%s"}},"connectionId":%d,"connectionCount":%d}'
                                    % (rem, u, cid, n) if self.mv >= '5' else
                                    '{"remote":"%s","connectionId":%d,"connectionCount":%d}' % (rem, cid, n)))
        for ts in self.arrivals(E * 0.55):
            self.slow(ts, rng, 100 + int(rng.lognormvariate(4.3, 0.9)))
        for ts in self.ticks(60, 0.5):
            self.add(ts, self.L(ts, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message',
                                '{"message":"[%d:%d][%d:0x7f%s], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] '
                                'saving checkpoint snapshot min: %d, snapshot max: %d snapshot count: 0, oldest timestamp: '
                                '(%d, 1) , meta checkpoint timestamp: (%d, 1) base write gen: %d"}' % (
                                    ts // US, ts % US, 1, hexs(rng, 10), ts // US % 100000, ts // US % 100000,
                                    ts // US - 60, ts // US, 100000 + ts // US % 1000000)))
        for ts in self.arrivals(0.12):
            self.add(ts, self.L(ts, 'I', 'NETWORK', 20883, 'conn%d' % max(1, self.cids.at(ts) - rng.randint(0, 300)),
                                'Interrupted operation as its client disconnected', '{"opId":%d}' % rng.randint(10**5, 10**8)))
        for ts in self.arrivals(0.05, flat=True):
            self.add(ts, self.L(ts, 'I', 'ACCESS', 20249, 'conn%d' % max(1, self.cids.at(ts) - rng.randint(0, 300)),
                                'Authentication failed',
                                '{"mechanism":"SCRAM-SHA-256","speculative":false,"principalName":"reporting",'
                                '"authenticationDatabase":"admin","remote":"%s:%d","extraInfo":{},"error":'
                                '"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}' % (
                                    priv_ip(rng, self.sc.vpc_b), rng.randint(32768, 60999))))
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'mongod stops writing its log%s' % (' for good' if inc['params'].get('stop') else ' and later resumes')

    def slow(self, ts, rng, dur, tag=None, extra=''):
        c = self.colls[int(rng.random() * len(self.colls))]
        app, drv, ips = self.apps[int(rng.random() * len(self.apps))]
        cid = max(1, self.cids.at(ts) - rng.randint(0, 200))
        docs = int(dur * rng.uniform(5, 400))
        r = rng.random()
        if r < 0.6:
            cmd = ('{"find":"%s","filter":{"%s":%s,"status":"%s"},"sort":{"createdAt":-1},"limit":%d,'
                   '"lsid":{"id":{"$uuid":"%s"}},"$db":"%s"}' % (
                       c, rng.choice(['customerId', 'accountId', 'ownerId']),
                       '{"$oid":"%s"}' % hexs(rng, 24), rng.choice(['open', 'active', 'pending']),
                       rng.choice([20, 50, 100]), uuid4(rng), self.db))
            typ = 'command'
        elif r < 0.85:
            cmd = ('{"aggregate":"%s","pipeline":[{"$match":{"createdAt":{"$gte":{"$date":"%s"}}}},{"$group":'
                   '{"_id":"$status","n":{"$sum":1}}}],"cursor":{},"lsid":{"id":{"$uuid":"%s"}},"$db":"%s"}' % (
                       c, '2020-01-01T00:00:00.000Z', uuid4(rng), self.db))
            typ = 'command'
        else:
            cmd = ('{"q":{"_id":{"$oid":"%s"}},"u":{"$set":{"updatedAt":{"$date":"2020-01-01T00:00:00.000Z"}},'
                   '"$inc":{"version":1}},"multi":false,"upsert":false}' % hexs(rng, 24))
            typ = 'update'
        attr = ('{"type":"%s","ns":"%s.%s","appName":"%s","command":%s,"planSummary":"%s","keysExamined":%d,'
                '"docsExamined":%d,"cursorExhausted":true,"numYields":%d,"nreturned":%d,"queryHash":"%s",'
                '"reslen":%d,"locks":{"FeatureCompatibilityVersion":{"acquireCount":{"r":%d}},"Global":'
                '{"acquireCount":{"r":%d}},"Mutex":{"acquireCount":{"r":1}}},"storage":{"data":{"bytesRead":%d,'
                '"timeReadingMicros":%d}},%s"remote":"%s:%d","protocol":"op_msg","durationMillis":%d}') % (
            typ, self.db, c, app, cmd, self.plans[c], docs // 3, docs, docs // 128, rng.randint(0, 100),
            self.qh[c], rng.randint(200, 90000), docs // 128 + 1, docs // 128 + 1, docs * 90,
            int(dur * 300), extra, ips[0], rng.randint(32768, 60999), dur)
        self.add(ts, self.L(ts, 'I', 'COMMAND', 51803, 'conn%d' % cid, 'Slow query', attr), tag)

    def routine(self, ts):
        return self.L(ts, 'I', 'NETWORK', 20883, 'conn%d' % self.cids.at(ts), 'Interrupted operation as its client disconnected',
                      '{"opId":%d}' % self.rng.randint(10**5, 10**8))

    def first_pid(self):
        return 1 if self.container else self.vr.randint(500, 5000)

    def next_pid(self, pid):
        return 1 if self.container else pid + self.vr.randint(40, 3000)

    def shutdown(self, ts, tag, rng):
        t = ts
        for s, c, i, ctx, msg, attr in [
                ('I', 'CONTROL', 23377, 'SignalHandler', 'Received signal', '{"signal":15,"error":"Terminated"}'),
                ('I', 'CONTROL', 23378, 'SignalHandler', 'Signal was sent by kill(2)', '{"pid":1,"uid":0}'),
                ('I', 'CONTROL', 23381, 'SignalHandler', 'will terminate after current cmd ends', None),
                ('I', 'REPL', 4784900, 'SignalHandler', 'Stepping down the ReplicationCoordinator for shutdown',
                 '{"waitTimeMillis":15000}'),
                ('I', 'NETWORK', 20562, 'SignalHandler', 'Shutdown: going to close listening sockets', None),
                ('I', 'STORAGE', 4784927, 'SignalHandler', 'Shutting down the HealthLog', None),
                ('I', 'STORAGE', 22320, 'SignalHandler', 'Shutting down journal flusher thread', None),
                ('I', 'STORAGE', 22318, 'SignalHandler', 'Shutting down session sweeper thread', None),
                ('I', 'STORAGE', 4795902, 'SignalHandler', 'Closing WiredTiger', '{"closeConfig":"leak_memory=true,"}'),
                ('I', 'STORAGE', 4795901, 'SignalHandler', 'WiredTiger closed', '{"durationMillis":%d}' % rng.randint(80, 2400)),
                ('I', 'CONTROL', 20565, 'SignalHandler', 'Now exiting', None),
                ('I', 'CONTROL', 23138, 'SignalHandler', 'Shutting down', '{"exitCode":0}')]:
            self.add(t, self.L(t, s, c, i, ctx, msg, attr), tag)
            t += int(rng.uniform(0.001, 0.4) * US)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        t = ts
        pid = self.pid_at(ts + 1)
        for s, c, i, ctx, msg, attr in [
                ('I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'', None),
                ('I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.', None),
                ('I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting',
                 '{"pid":%d,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"%s"}' % (pid, self.host)),
                ('I', 'CONTROL', 23403, 'initandlisten', 'Build Info',
                 '{"buildInfo":{"version":"%s","gitVersion":"%s","openSSLVersion":"OpenSSL 3.0.2 15 Mar 2022",'
                 '"modules":[],"allocator":"tcmalloc","environment":{"distmod":"ubuntu2204","distarch":"x86_64",'
                 '"target_arch":"x86_64"}}}' % (self.mv, hexs(rng, 40))),
                ('I', 'CONTROL', 51765, 'initandlisten', 'Operating System',
                 '{"os":{"name":"Ubuntu","version":"22.04"}}'),
                ('I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line',
                 '{"options":{"net":{"bindIp":"*"},"replication":{"replSet":"%s"},"security":{"keyFile":"/etc/mongo/keyfile"},'
                 '"storage":{"dbPath":"/data/db"}}}' % self.rs),
                ('I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger',
                 '{"config":"create,cache_size=7680M,session_max=33000,eviction=(threads_min=4,threads_max=4),'
                 'config_base=false,statistics=(fast),log=(enabled=true,remove=true,path=journal,compressor=snappy),'
                 'builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,'
                 'close_scan_interval=10,close_handle_minimum=2000),statistics_log=(wait=0),json_output=(error,message),'
                 'verbose=[recovery_progress:1,checkpoint_progress:1,compact_progress:1,backup:0,checkpoint:0,'
                 'compact:0,evict:0,history_store:0,recovery:0,rts:0,salvage:0,tiered:0,timestamp:0,transaction:0,'
                 'verify:0,log:0],"}'),
                ('I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', '{"durationMillis":%d}' % rng.randint(300, 9000)),
                ('I', 'REPL', 21529, 'initandlisten', 'Initializing rollback ID', '{"rbid":%d}' % rng.randint(1, 20)),
                ('I', 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"/tmp/mongodb-27017.sock"}'),
                ('I', 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0"}'),
                ('I', 'NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}'),
                ('I', 'REPL', 21358, 'ReplCoord-0', 'Replica set state transition',
                 '{"newState":"SECONDARY","oldState":"STARTUP2"}')]:
            self.add(t, self.L(t, s, c, i, ctx, msg, attr), tag)
            t += int(rng.uniform(0.001, 0.6) * US)
        return t

    def backtrace(self, ts, ctx, tag, rng):
        frames = ['_ZN5mongo18stack_trace_detail12_GLOBAL__N_119printStackTraceImplERKNS1_7OptionsEPNS_14StackTraceSinkE',
                  '_ZN5mongo15printStackTraceEv', '_ZN5mongo12_GLOBAL__N_116abruptQuitActionEiP9siginfo_tPv',
                  'abort', '_ZN5mongo25fassertFailedWithLocationEiPKcj',
                  '_ZN5mongo4repl19OplogApplierUtils24applyOplogEntryOrGroupedInsertsEPNS_16OperationContextEPNS0_16OplogEntryOrGroupedInsertsENS0_17OplogApplication4ModeE',
                  '_ZN5mongo4repl15applyOplogBatchPerWorkerEPNS_16OperationContextEPSt6vectorIPKNS0_10OplogEntryESaIS6_EEPNS0_17WorkerMultikeyPathInfo',
                  '_ZN5mongo10ThreadPool4Impl10_doOneTaskEPSt11unique_lockINS_12latch_detail5LatchEE',
                  'start_thread', 'clone']
        base = rng.getrandbits(44) | 0x550000000000
        bt = ','.join('{"a":"%X","b":"%X","o":"%X","s":"%s"}' % (base + i * 0x1F3A, base, i * 0x1F3A, f)
                      for i, f in enumerate(frames))
        lines = [self.L(ts, 'I', 'CONTROL', 31380, ctx, 'BACKTRACE', '{"bt":{"backtrace":[%s],"processInfo":{"mongodbVersion":"%s"}}}'
                        % (bt, self.mv))]
        for i, f in enumerate(frames):
            lines.append(self.L(ts, 'I', 'CONTROL', 31445, ctx, '  Frame', '{"frame":{"a":"%X","b":"%X","o":"%X","s":"%s"}}'
                                % (base + i * 0x1F3A, base, i * 0x1F3A, f)))
        self.add(ts, '\n'.join(lines), tag)

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        tag = ev['tag']
        ctx = 'ReplWriterWorker-%d' % rng.randint(0, 15)
        c = self.colls[0]
        self.add(ts, self.L(ts, 'F', 'REPL', 21238, ctx, 'Writer worker caught exception',
                            '{"error":"DuplicateKey{ keyPattern: { _id: 1 }, keyValue: { _id: ObjectId(\'%s\') } }: E11000 '
                            'duplicate key error collection: %s.%s index: _id_ dup key: { _id: ObjectId(\'%s\') }",'
                            '"oplogEntry":{"op":"i","ns":"%s.%s","o":{"_id":{"$oid":"%s"}}}}' % (
                                hexs(rng, 24), self.db, c, hexs(rng, 24), self.db, c, hexs(rng, 24))), tag)
        t = ts + 1000
        self.add(t, self.L(t, 'F', 'ASSERT', 23089, ctx, 'Fatal assertion',
                           '{"msgid":34437,"file":"src/mongo/db/repl/oplog_applier_impl.cpp","line":%d}' % rng.randint(400, 600)), tag)
        self.add(t, self.L(t, 'F', 'ASSERT', 23090, ctx, '\\n\\n***aborting after fassert() failure\\n\\n'), tag)
        t += 2000
        self.add(t, self.L(t, 'F', 'CONTROL', 4757800, ctx, 'Writing fatal message', '{"message":"Got signal: 6 (Aborted).\\n"}'), tag)
        self.backtrace(t + 1000, ctx, tag, rng)
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = ('mongod aborts on a fatal assertion in oplog application (fassert 34437) and is '
                             'restarted%s' % ('' if n == 1 else ' (%d crashes)' % n))

    def crash_oom(self, ev, rng):
        ts = ev['tc']
        tag = ev['tag']
        ctx = 'conn%d' % max(1, self.cids.at(ts) - rng.randint(0, 100))
        self.add(ts, self.L(ts, 'E', 'CONTROL', 4757800, ctx, 'Writing fatal message',
                            '{"message":"tcmalloc: allocation failed, size=%d\\n"}' % rng.randint(2**27, 2**31)), tag)
        self.add(ts + 1000, self.L(ts + 1000, 'F', 'CONTROL', 4757800, ctx, 'Writing fatal message',
                                   '{"message":"out of memory.\\n"}'), tag)
        self.backtrace(ts + 2000, ctx, tag, rng)
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = 'mongod dies with "out of memory." from tcmalloc and is restarted%s' % (
            '' if n == 1 else ' (%d times)' % n)

    def ev_error(self, ts, tag, rng):
        c = self.colls[1 % len(self.colls)]
        cid = max(1, self.cids.at(ts) - rng.randint(0, 200))
        self.add(ts, self.L(ts, 'E', 'QUERY', 4625501, 'conn%d' % cid, 'Plan executor error during findAndModify',
                            '{"error":{"code":11000,"codeName":"DuplicateKey","errmsg":"E11000 duplicate key error '
                            'collection: %s.%s index: ownerId_1_slot_1 dup key: { ownerId: ObjectId(\'%s\'), slot: %d }"},'
                            '"stats":{"stage":"UPDATE","nReturned":0},"cmd":{"findAndModify":"%s","query":{"ownerId":'
                            '{"$oid":"%s"}},"upsert":true}}' % (self.db, c, hexs(rng, 24), rng.randint(1, 40), c,
                                                                 hexs(rng, 24))), tag)

    def ev_retry(self, ts, tag, rng):
        c = self.colls[0]
        a = rng.randint(2, 40)
        self.add(ts, self.L(ts, 'I', 'WRITE', 20530, 'conn%d' % max(1, self.cids.at(ts) - rng.randint(0, 60)),
                            'Caught WriteConflictException doing update on %s.%s, attempt: %d retrying' % (self.db, c, a),
                            '{"operation":"update","namespace":"%s.%s","attempt":%d}' % (self.db, c, a)),
                 tag)

    def new_error_tpl(self, rng):
        return rng.choice(['agg', 'index', 'stale'])

    def ev_new_error(self, ts, tag, rng, tpl):
        c = self.colls[2 % len(self.colls)]
        if tpl == 'agg':
            self.add(ts, self.L(ts, 'W', 'QUERY', 4716000, 'conn%d' % max(1, self.cids.at(ts) - rng.randint(0, 80)),
                                'Aggregate command executor error',
                                '{"error":{"code":16006,"codeName":"Location16006","errmsg":"can\'t convert from BSON type '
                                'string to Date"},"stats":{},"cmd":{"aggregate":"%s","pipeline":[{"$project":{"day":'
                                '{"$dayOfMonth":"$deliveredAt"}}}],"cursor":{},"$db":"%s"}}' % (c, self.db)), tag)
        elif tpl == 'index':
            self.add(ts, self.L(ts, 'E', 'INDEX', 4655800, 'IndexBuildsCoordinatorMongod-%d' % rng.randint(0, 4),
                                'Index build: failed', '{"buildUUID":{"uuid":{"$uuid":"%s"}},"namespace":"%s.%s",'
                                '"error":{"code":11000,"codeName":"DuplicateKey","errmsg":"E11000 duplicate key error '
                                'collection: %s.%s index: externalRef_1"}}' % (uuid4(rng), self.db, c, self.db, c)), tag)
        else:
            self.add(ts, self.L(ts, 'E', 'REPL', 21799, 'BackgroundSync', 'Sync source candidate chosen was too stale',
                                '{"syncSource":"%s-%d:27017","lastOpTimeFetched":{"ts":{"$timestamp":{"t":%d,"i":1}},'
                                '"t":%d},"error":"TooStaleToSyncFromSource"}' % (self.host[:-2], rng.randint(0, 2),
                                                                                   ts // US - 86400, rng.randint(20, 90))),
                     tag)

    def ev_disk(self, ts, tag, rng, first):
        f = rng.choice(self.files)
        if rng.random() < 0.5:
            path, ctx = '/data/db/%s.wt' % f, 'Checkpointer'
        else:
            path, ctx = '/data/db/journal/WiredTigerLog.%010d' % rng.randint(100, 900), 'WTJournalFlusher'
        self.add(ts, self.L(ts, 'E', 'STORAGE', 22435, ctx, 'WiredTiger error',
                            '{"error":28,"message":"[%d:%d][%d:0x7f%s], file:%s, WT_SESSION.checkpoint: '
                            '__posix_file_write, 621: %s: handle-write: pwrite: failed to write %d bytes at offset %d: '
                            'No space left on device"}' % (ts // US, ts % US, self.pid_at(ts), hexs(rng, 10),
                                                           path.split('/')[-1], path, rng.choice([4096, 8192, 32768]),
                                                           rng.randint(10**6, 10**10))), tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = 'WiredTiger checkpoint/journal writes fail with error 28: No space left on device'

    def inject(self, inc):
        LogFile.inject(self, inc)
        if inc['kind'] == 'error_burst':
            inc['desc'] = 'burst of E11000 DuplicateKey plan executor errors on findAndModify'
        elif inc['kind'] == 'retry_storm':
            inc['desc'] = 'storm of WriteConflictException retries on a hot document'
        elif inc['kind'] == 'new_error':
            inc['desc'] = 'a never-seen mongod error/warning starts recurring'


# ===========================================================================
class MysqlError(LogFile):
    KIND = 'mysql_error'
    LPE = 1.0
    ALPHA = 0.85
    SUPPORTS = frozenset({'error_burst', 'new_error', 'silence', 'panic', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.mv = ver('mysql', sc.year)
        self.off = v.choice([0, 0, 0, sc.tz])
        self.stamp = Stamp(p_iso, self.off)
        self.zs = 'Z' if self.off == 0 else offs(self.off)
        self.tid = v.randint(1000, 3000000)
        self.db = sc.slug.replace('-', '_')[:12]
        self.users = ['app', sc.svcs[0].replace('-', '_'), 'reporting', 'debezium']
        self.ips = [priv_ip(v, sc.vpc_b, 16, 47) for _ in range(v.randint(4, 14))]
        self.depr = self.mv >= '8.0.34'
        self.container = v.random() < 0.5
        self.host = 'db-%d' % v.randint(1, 3)

    def L(self, ts, tid, lvl, code, sub, msg):
        s, us = divmod(ts, US)
        return '%s.%06d%s %d [%s] [%s] [%s] %s' % (self.stamp(s), us, self.zs, tid, lvl, code, sub, msg)

    def background(self):
        rng = self.rng
        E = self.ev_per_min
        self.tids = Track(self.tid)
        for ts in self.arrivals(E):
            self.tid += rng.randint(1, 30)
            self.tids.rec(ts, self.tid)
            r = rng.random()
            ip = self.ips[int(rng.random() * len(self.ips))]
            if self.depr and r < 0.45:
                self.add(ts, self.L(ts, self.tid, 'Warning', 'MY-013360', 'Server',
                                    "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will "
                                    "be removed in a future release. Please use caching_sha2_password instead'"))
            elif r < 0.8:
                self.add(ts, self.L(ts, self.tid - rng.randint(1, 500), 'Note', 'MY-010914', 'Server',
                                    "Aborted connection %d to db: '%s' user: '%s' host: '%s' (%s)." % (
                                        self.tid - rng.randint(1, 500), self.db, rng.choice(self.users[:2]), ip,
                                        rng.choice(['Got an error reading communication packets',
                                                    'Got timeout reading communication packets']))))
            elif r < 0.88:
                self.add(ts, self.L(ts, self.tid, 'Note', 'MY-010926', 'Server',
                                    "Access denied for user '%s'@'%s' (using password: YES)" % (
                                        rng.choice(['reporting', 'root', 'readonly']), ip)))
            elif r < 0.93:
                self.add(ts, self.L(ts, self.tid, 'Warning', 'MY-010055', 'Server',
                                    "IP address '%s' could not be resolved: Name or service not known" % ip))
            else:
                self.add(ts, self.L(ts, 0, 'Note', 'MY-011953', 'InnoDB',
                                    'Page cleaner took %dms to flush %d and evict 0 pages' % (
                                        rng.randint(4100, 9000), rng.randint(100, 2000))))
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'mysqld stops writing its error log%s' % (' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        tid = self.tids.at(ts)
        return self.L(ts, tid, 'Note', 'MY-010914', 'Server',
                      "Aborted connection %d to db: '%s' user: 'app' host: '%s' (Got an error reading communication packets)."
                      % (tid, self.db, self.ips[0]))

    def first_pid(self):
        return 1 if self.container else self.vr.randint(500, 5000)

    def next_pid(self, pid):
        return 1 if self.container else pid + self.vr.randint(40, 3000)

    def shutdown(self, ts, tag, rng):
        self.add(ts, self.L(ts, 0, 'System', 'MY-013172', 'Server',
                            'Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: %s).' % self.mv), tag)
        t = ts + int(rng.uniform(1, 6) * US)
        self.add(t, self.L(t, 0, 'System', 'MY-010910', 'Server',
                           '/usr/sbin/mysqld: Shutdown complete (mysqld %s)  MySQL Community Server - GPL.' % self.mv), tag)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        t = ts
        rows = [('System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld %s) starting as process %d' % (self.mv, self.pid_at(ts + 1))),
                ('System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.')]
        if after != 'restart':
            rows.append(('Note', 'MY-012551', 'InnoDB', 'Database was not shutdown normally!'))
            rows.append(('Note', 'MY-012552', 'InnoDB', 'Starting crash recovery.'))
            rows.append(('Note', 'MY-013086', 'InnoDB', 'Starting to parse redo log at lsn = %d, whereas checkpoint_lsn = %d and start_lsn = %d'
                         % ((lambda x: (x + 300, x, x))(rng.randint(10**9, 10**11)))))
        rows += [('System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
                 ('Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
                 ('System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
                 ('System', 'MY-011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
                 ('System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '%s'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL." % self.mv)]
        for lvl, code, sub, msg in rows:
            self.add(t, self.L(t, 0 if lvl != 'System' or code != 'MY-010116' else 0, lvl, code, sub, msg), tag)
            t += int(rng.uniform(0.005, 1.2) * US)
        return t

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        s = ts // US
        z = self.stamp(s) + self.zs
        q = 'SELECT o.id, o.total FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.customer_id = %d' % rng.randint(1000, 99999)
        base = 0x55d000000000 + rng.getrandbits(36)
        if self.zs == 'Z':
            first = '%sZ UTC - mysqld got signal 11 ;' % self.stamp(s)
        else:
            first = '%s%s - mysqld got signal 11 ;' % (self.stamp(s), self.zs)
        lines = [first,
                 'Most likely, you have hit a bug, but this error can also be caused by malfunctioning hardware.',
                 'BuildID[sha1]=%s' % hexs(rng, 40),
                 'Thread pointer: 0x7f%s' % hexs(rng, 10),
                 'Attempting backtrace. You can use the following information to find out',
                 'where mysqld died. If you see no messages after this, something went',
                 'terminally wrong...',
                 'stack_bottom = 7f%s thread_stack 0x100000' % hexs(rng, 10),
                 '/usr/sbin/mysqld(my_print_stacktrace(unsigned char const*, unsigned long)+0x41) [0x%x]' % (base + 0x2041),
                 '/usr/sbin/mysqld(print_fatal_signal(int)+0x39f) [0x%x]' % (base + 0x1a39f),
                 '/usr/sbin/mysqld(handle_fatal_signal+0xd5) [0x%x]' % (base + 0x1a4d5),
                 '/lib/x86_64-linux-gnu/libc.so.6(+0x3c050) [0x7f%s]' % hexs(rng, 10),
                 '/usr/sbin/mysqld(Item_func::fix_fields(THD*, Item**)+0x1c4) [0x%x]' % (base + 0x88c4),
                 '/usr/sbin/mysqld(JOIN::optimize(bool)+0x6a1) [0x%x]' % (base + 0x96a1),
                 '/usr/sbin/mysqld(Sql_cmd_dml::execute(THD*)+0x5f4) [0x%x]' % (base + 0x45f4),
                 '/usr/sbin/mysqld(mysql_execute_command(THD*, bool)+0xa2e) [0x%x]' % (base + 0x7a2e),
                 '/usr/sbin/mysqld(do_command(THD*)+0x1d3) [0x%x]' % (base + 0x31d3),
                 '/lib/x86_64-linux-gnu/libc.so.6(+0x89134) [0x7f%s]' % hexs(rng, 10),
                 'Trying to get some variables.',
                 'Some pointers may be invalid and cause the dump to abort.',
                 'Query (7f%s): %s' % (hexs(rng, 10), q),
                 'Query_id: %d' % rng.randint(10**6, 10**9),
                 'Thread_id: %d' % self.tids.at(ts),
                 'Status: NOT_KILLED',
                 '',
                 'The manual page at http://dev.mysql.com/doc/mysql/en/crashing.html contains',
                 'information that should help you find out what is causing the crash.']
        self.add(ts, '\n'.join(lines), ev['tag'], q=SEC)
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = 'mysqld crashes with signal 11 while optimizing a join and restarts with crash recovery%s' % (
            '' if n == 1 else ' (%d times)' % n)

    def ev_error(self, ts, tag, rng):
        if rng.random() < 0.5:
            self.add(ts, self.L(ts, self.tids.at(ts), 'ERROR', 'MY-012592', 'InnoDB', 'Operating system error number 24 in a file operation.'), tag)
            self.add(ts + 5, self.L(ts + 5, self.tids.at(ts), 'ERROR', 'MY-012596', 'InnoDB', "Error number 24 means 'Too many open files'"), tag)
        else:
            self.add(ts, self.L(ts, self.tids.at(ts), 'ERROR', 'MY-012646', 'InnoDB', "File ./%s/%s.ibd: 'open' returned OS error 124. Cannot continue operation"
                                % (self.db, rng.choice(self.sc.nouns).replace('-', '_'))), tag)

    def new_error_tpl(self, rng):
        return rng.choice(['client', 'checkpoint'])

    def ev_new_error(self, ts, tag, rng, tpl):
        if tpl == 'client':
            self.add(ts, self.L(ts, self.tids.at(ts) - rng.randint(0, 90), 'ERROR', 'MY-013129', 'Server',
                                "A message intended for a client cannot be sent there as no client-session is attached. "
                                "Therefore, we're sending the information to the error-log instead: MY-001158 - Got an "
                                "error reading communication packets"), tag)
        else:
            x = rng.randint(7000000, 9000000)
            self.add(ts, self.L(ts, 0, 'ERROR', 'MY-012814', 'InnoDB',
                                'The age of the last checkpoint is %d, which exceeds the log capacity %d.' % (x, x - rng.randint(100, 5000))), tag)

    def disk_full(self, inc, rng):
        t = inc['t0']
        tag = inc['idx']
        n = 0
        nb = rng.randint(100, 900)
        while t <= inc['t1']:
            if n % 4 == 0:
                self.add(t, self.L(t, self.tids.at(t), 'ERROR', 'MY-000035', 'Server',
                                   "Disk is full writing './binlog.%06d' (OS errno 28 - No space left on device). Waiting for "
                                   "someone to free space... Retry in 60 secs. Message reprinted in 600 secs." % nb), tag)
            else:
                self.add(t, self.L(t, self.tids.at(t), 'ERROR', 'MY-012639', 'InnoDB',
                                   'Write to file ./#innodb_temp/temp_%d.ibt failed at offset %d, 16384 bytes should have been '
                                   'written, only 0 were written. Operating system error number 28. Check that your OS and '
                                   'file system support files of this size. Check also that the disk is not full or a disk '
                                   'quota exceeded.' % (rng.randint(1, 10), rng.randint(10**5, 10**8))), tag)
                self.add(t + 20, self.L(t + 20, self.tids.at(t), 'ERROR', 'MY-012640', 'InnoDB',
                                        "Error number 28 means 'No space left on device'"), tag)
            n += 1
            t += int(rng.uniform(10, 30) * US)
        inc['desc'] = 'mysqld cannot write binlog/temp files: Disk is full (OS errno 28 - No space left on device)'

    def inject(self, inc):
        LogFile.inject(self, inc)
        if inc['kind'] == 'error_burst':
            inc['desc'] = 'burst of InnoDB file operation errors (too many open files / OS error 124)'
        elif inc['kind'] == 'new_error':
            inc['desc'] = 'a never-seen mysqld ERROR starts recurring'


# ===========================================================================
class MysqlSlow(LogFile):
    KIND = 'mysql_slow'
    LPE = 5.6
    ALPHA = 0.9
    CAN_RESTART = True
    SUPPORTS = frozenset({'silence'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.mv = ver('mysql', sc.year)
        self.stamp = Stamp(p_iso)
        self.lqt = v.choice([0.5, 1.0, 1.0, 2.0])
        self.db = sc.slug.replace('-', '_')[:12]
        self.tables = [n.replace('-', '_') for n in sc.nouns]
        self.users = [(s.replace('-', '_')[:16], priv_ip(v, sc.vpc_b, 16, 47)) for s in sc.svcs] + [('reporting', priv_ip(v, sc.vpc_b, 48, 63))]
        self.id = v.randint(1000, 900000)
        self.lastdb = {}

    def block(self, ts, user, ip, cid, qt, lock, sent, exam, sql, tag=None):
        s, us = divmod(ts, US)
        out = ['# Time: %s.%06dZ' % (self.stamp(s), us),
               '# User@Host: %s[%s] @  [%s]  Id: %6d' % (user, user, ip, cid),
               '# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d' % (qt, lock, sent, exam)]
        if self.lastdb.get(cid) != self.db:
            out.append('use %s;' % self.db)
            self.lastdb[cid] = self.db
        out.append('SET timestamp=%d;' % (ts // US - int(qt)))
        out.append(sql)
        self.add(ts, '\n'.join(out), tag)

    def sql(self, rng):
        t = self.tables
        a = rng.choice(t)
        b = rng.choice(t)
        r = rng.random()
        if r < 0.45:
            return ('SELECT %s.* FROM %s LEFT JOIN %s ON %s.%s_id = %s.id WHERE %s.status IN (\'open\',\'pending\') '
                    'ORDER BY %s.created_at DESC LIMIT %d;' % (a, a, b, a, sing(b), b, a, a, rng.choice([20, 50, 100])))
        if r < 0.65:
            return ('SELECT COUNT(*) FROM %s WHERE created_at >= \'%s\' AND account_id = %d;' % (
                a, '2020-01-01 00:00:00', rng.randint(1, 90000)))
        if r < 0.85:
            return ('UPDATE %s SET updated_at = NOW(), version = version + 1 WHERE id = %d;' % (a, rng.randint(1, 9999999)))
        return ('SELECT DATE(created_at) d, SUM(total_cents) FROM %s WHERE created_at BETWEEN \'2020-01-01\' AND '
                '\'2020-12-31\' GROUP BY d;' % a)

    def background(self):
        rng = self.rng
        for ts in self.arrivals(self.ev_per_min):
            user, ip = self.users[int(rng.random() * len(self.users))]
            cid = self.id + int(rng.random() * 400)
            qt = self.lqt * (1.0 + rng.lognormvariate(-0.6, 0.9))
            exam = int(qt * rng.uniform(2e4, 4e5))
            self.block(ts, user, ip, cid, qt, rng.uniform(0.00002, 0.0004), rng.randint(0, 200), exam, self.sql(rng))
        # mysqldump backup run (sequential full-table selects) if the nightly slot is in the window
        for ts in self.clock_ticks(86400, offset_s=(2 * 3600 + 15 * 60 - self.sc.tz * 60) % 86400, jitter_s=30):
            t = ts
            cid = self.id + 9000
            for tb in self.tables:
                qt = rng.uniform(3, 90)
                t += int(qt * US)
                self.block(t, 'backup', '127.0.0.1', cid, qt, 0.0, rng.randint(10**4, 10**7),
                           rng.randint(10**4, 10**7), 'SELECT /*!40001 SQL_NO_CACHE */ * FROM `%s`;' % tb)
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'the slow query log stops being written%s' % (
                    ' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        return '\n'.join(['# Time: %s.%06dZ' % (self.stamp(ts // US), ts % US),
                          '# User@Host: app[app] @  [%s]  Id: %6d' % (self.users[0][1], self.id),
                          '# Query_time: %.6f  Lock_time: 0.000120 Rows_sent: 1  Rows_examined: 210344' % (self.lqt * 1.3),
                          'SET timestamp=%d;' % (ts // US - 1),
                          'SELECT COUNT(*) FROM %s WHERE status = \'open\';' % self.tables[0]])

    def startup(self, ts, tag, rng, after='restart'):
        self.add(ts, '\n'.join(['/usr/sbin/mysqld, Version: %s (MySQL Community Server - GPL). started with:' % self.mv,
                                'Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock',
                                'Time                 Id Command    Argument']), tag)
        self.lastdb = {}
        return ts


# ===========================================================================
class Cassandra(LogFile):
    KIND = 'cassandra'
    CRASH_GAP = (15.0, 40.0)
    PREC = 1000
    LPE = 1.3
    ALPHA = 0.6
    SUPPORTS = frozenset({'error_burst', 'new_error', 'silence', 'oom_kill', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.cv = ver('cassandra', sc.year)
        self.jv = ver('java', sc.year)
        self.stamp = Stamp(p_sp)
        self.ks = sc.slug.replace('-', '_')[:10] + '_ks'
        self.tables = [n.replace('-', '_') for n in sc.nouns[:6]]
        self.tid = {t: hexs(v, 32) for t in self.tables}
        self.ip = priv_ip(v, sc.vpc_b, 48, 63)
        self.peers = [priv_ip(v, sc.vpc_b, 48, 63) for _ in range(v.randint(2, 8))]
        self.host = 'cass-%d' % v.randint(1, 9)
        self.gen = v.randint(100, 9000)
        self.seg = v.randint(10**12, 2 * 10**12)
        self.c4 = self.cv >= '4'
        self.heap = v.choice(['7.906GiB', '15.000GiB', '11.812GiB'])

    def L(self, ts, lvl, thread, src, msg):
        s, us = divmod(ts, US)
        return '%-5s [%s] %s,%03d %s - %s' % (lvl, thread, self.stamp(s), us // 1000, src, msg)

    def sst(self, t):
        self.gen += 1
        return '/var/lib/cassandra/data/%s/%s-%s/%s-%d-big-Data.db' % (self.ks, t, self.tid[t], 'nb' if self.c4 else 'md', self.gen)

    def background(self):
        rng = self.rng
        E = self.ev_per_min
        for ts in self.arrivals(E * 0.3):
            t = rng.choice(self.tables)
            mib = rng.uniform(1, 180)
            th = 'PerDiskMemtableFlushWriter_0:%d' % rng.randint(1, 40) if self.c4 else 'MemtableFlushWriter:%d' % rng.randint(1, 9)
            self.add(ts, self.L(ts, 'INFO', th,
                                'Flushing.java:145' if self.c4 else 'Memtable.java:456',
                                'Writing Memtable-%s@%d(%.3fMiB serialized bytes, %d ops, %d%%/0%% of on/off-heap limit), '
                                'flushed range = (min(-9223372036854775808), max(9223372036854775807)]' % (
                                    t, rng.randint(10**8, 2 * 10**9), mib, int(mib * rng.uniform(800, 9000)), rng.randint(0, 9))))
            t2 = ts + int(rng.uniform(0.1, 4) * US)
            self.add(t2, self.L(t2, 'INFO', th, 'Flushing.java:174' if self.c4 else 'Memtable.java:485',
                                'Completed flushing %s (%.3fMiB) for commitlog position CommitLogPosition(segmentId=%d, '
                                'position=%d)' % (self.sst(t), mib * 0.4, self.seg, rng.randint(10**5, 3 * 10**7))))
        for ts in self.arrivals(E * 0.2):
            t = rng.choice(self.tables)
            a = rng.uniform(10, 900)
            ms = int(a * rng.uniform(8, 40))
            n = rng.randint(2, 6)
            self.add(ts, self.L(ts, 'INFO', 'CompactionExecutor:%d' % rng.randint(1, 8), 'CompactionTask.java:241',
                                'Compacted (%s) %d sstables to [%s,] to level=0.  %.3fMiB to %.3fMiB (~%d%% of original) in '
                                '%s ms.  Read Throughput = %.3fMiB/s, Write Throughput = %.3fMiB/s, Row Throughput = ~%s/s.  '
                                '%s total partitions merged to %s.  Partition merge counts were {1:%d, 2:%d, }' % (
                                    uuid4(rng), n, self.sst(t), a, a * 0.9, 90, format(ms, ','), a / ms * 1000,
                                    a * 0.9 / ms * 1000, format(rng.randint(1000, 90000), ','),
                                    format(rng.randint(1000, 90000), ','), format(rng.randint(1000, 90000), ','),
                                    rng.randint(900, 90000), rng.randint(10, 900))))
        for ts in self.arrivals(E * 0.3):
            ms = int(200 + rng.lognormvariate(3.5, 0.8))
            eden = rng.randint(800, 4000) * 1048576
            old = rng.randint(1000, 6000) * 1048576
            lvl = 'WARN' if ms > 1000 else 'INFO'
            self.add(ts, self.L(ts, lvl, 'Service Thread' if self.c4 else 'ScheduledTasks:1',
                                'GCInspector.java:%d' % (294 if lvl == 'INFO' else 292),
                                'G1 Young Generation GC in %dms.  G1 Eden Space: %d -> 0; G1 Old Gen: %d -> %d; '
                                'G1 Survivor Space: %d -> %d;' % (ms, eden, old, old + rng.randint(0, 90) * 1048576,
                                                                   33554432, 41943040)))
        for ts in self.arrivals(E * 0.1):
            self.add(ts, self.L(ts, 'INFO', 'ScheduledTasks:1', 'NoSpamLogger.java:105' if self.c4 else 'MonitoringTask.java:173',
                                'Some operations were slow, details available at debug level (debug.log)'))
        for ts in self.arrivals(E * 0.05):
            t = rng.choice(self.tables)
            self.add(ts, self.L(ts, 'WARN', 'ReadStage-%d' % rng.randint(1, 32), 'ReadCommand.java:%d' % (626 if self.c4 else 569),
                                'Read %d live rows and %d tombstone cells for query SELECT * FROM %s.%s WHERE id = %d LIMIT '
                                '5000 ALLOW FILTERING; token %d (see tombstone_warn_threshold)' % (
                                    rng.randint(0, 900), rng.randint(1001, 30000), self.ks, t, rng.randint(1, 10**6),
                                    rng.randint(-2**62, 2**62))))
        for ts in self.arrivals(E * 0.04):
            self.add(ts, self.L(ts, 'INFO', 'ScheduledTasks:1', 'MessagingMetrics.java:206' if self.c4 else 'MessagingService.java:1236',
                                'MUTATION_REQ messages were dropped in last 5000 ms: 0 internal and %d cross node. Mean internal '
                                'dropped latency: 0 ms and Mean cross-node dropped latency: %d ms' % (
                                    rng.randint(1, 40), rng.randint(2000, 9000))))
        for ts in self.clock_ticks(3600, offset_s=self.vr.randint(0, 3599)):
            self.add(ts, self.L(ts, 'INFO', 'IndexSummaryManager:1', 'IndexSummaryRedistribution.java:78', 'Redistributing index summaries'))
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'Cassandra stops writing system.log%s' % (' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        return self.L(ts, 'INFO', 'ScheduledTasks:1', 'NoSpamLogger.java:105', 'Some operations were slow, details available at debug level (debug.log)')

    def shutdown(self, ts, tag, rng):
        t = ts
        for th, src, msg in [('StorageServiceShutdownHook', 'HintsService.java:222', 'Paused hints dispatch'),
                             ('StorageServiceShutdownHook', 'Server.java:171', 'Stop listening for CQL clients'),
                             ('StorageServiceShutdownHook', 'Gossiper.java:2044', 'Announcing shutdown'),
                             ('StorageServiceShutdownHook', 'StorageService.java:2911', 'Node /%s:7000 state jump to shutdown' % self.ip),
                             ('StorageServiceShutdownHook', 'MessagingService.java:441', 'Waiting for messaging service to quiesce'),
                             ('StorageServiceShutdownHook', 'HintsService.java:222', 'Paused hints dispatch')]:
            self.add(t, self.L(t, 'INFO', th, src, msg), tag)
            t += int(rng.uniform(0.01, 2.0) * US)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        t = ts
        rows = [('main', 'YamlConfigurationLoader.java:104', 'Configuration location: file:/etc/cassandra/cassandra.yaml'),
                ('main', 'CassandraDaemon.java:617', 'Hostname: %s:7000:7001' % self.host),
                ('main', 'CassandraDaemon.java:624', 'JVM vendor/version: OpenJDK 64-Bit Server VM/%s' % self.jv),
                ('main', 'CassandraDaemon.java:625', 'Heap size: %s/%s' % (self.heap, self.heap)),
                ('main', 'StorageService.java:735', 'Cassandra version: %s' % self.cv),
                ('main', 'CommitLog.java:198', 'Replaying /var/lib/cassandra/commitlog/CommitLog-7-%d.log' % self.seg),
                ('main', 'CommitLog.java:206', 'Log replay complete, %d replayed mutations' % rng.randint(0, 90000)),
                ('main', 'StorageService.java:1010', 'Starting up server gossip'),
                ('main', 'Gossiper.java:2234', 'Waiting for gossip to settle...'),
                ('main', 'Gossiper.java:2265', 'No gossip backlog; proceeding'),
                ('main', 'Server.java:158', 'Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)...'),
                ('main', 'CassandraDaemon.java:766', 'Startup complete')]
        for th, src, msg in rows:
            self.add(t, self.L(t, 'INFO', th, src, msg), tag)
            t += int(rng.uniform(0.05, 2.5) * US)
        self.seg += 1
        return t

    def crash_oom(self, ev, rng):
        ts = ev['tc']
        tag = ev['tag']
        t = ts
        for k in range(rng.randint(2, 3)):
            ms = rng.randint(3000, 12000)
            self.add(t, self.L(t, 'WARN', 'Service Thread' if self.c4 else 'ScheduledTasks:1', 'GCInspector.java:292',
                               'G1 Old Generation GC in %dms.  G1 Eden Space: 0 -> 0; G1 Old Gen: 8480000000 -> 8479000000; '
                               'Metaspace: 61000000 -> 61000000;' % ms), tag)
            t += int(rng.uniform(0.5, 3.0) * US)
        th = 'ReadStage-%d' % rng.randint(1, 32)
        lines = [self.L(t, 'ERROR', th, 'JVMStabilityInspector.java:196',
                        'OutOfMemory error letting the JVM handle the error:'),
                 'java.lang.OutOfMemoryError: Java heap space',
                 '\tat java.base/java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:61)',
                 '\tat java.base/java.nio.ByteBuffer.allocate(ByteBuffer.java:348)',
                 '\tat org.apache.cassandra.utils.memory.BufferPool.allocate(BufferPool.java:112)',
                 '\tat org.apache.cassandra.db.ReadResponse$Serializer.deserialize(ReadResponse.java:289)',
                 '\tat org.apache.cassandra.db.ReadCommandVerbHandler.doVerb(ReadCommandVerbHandler.java:78)',
                 '\tat org.apache.cassandra.net.InboundSink.lambda$new$0(InboundSink.java:78)',
                 '\tat java.base/java.lang.Thread.run(Thread.java:829)']
        self.add(t, '\n'.join(lines), tag)
        ev['_t'] = t
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = ('long old-gen GC pauses end in java.lang.OutOfMemoryError: Java heap space; the JVM exits '
                             'and Cassandra restarts%s' % ('' if n == 1 else ' (%d times)' % n))

    def ev_error(self, ts, tag, rng):
        t = rng.choice(self.tables)
        if rng.random() < 0.6:
            self.add(ts, self.L(ts, 'ERROR', 'ReadStage-%d' % rng.randint(1, 32), 'ReadCommand.java:%d' % (605 if self.c4 else 546),
                                "Scanned over 100001 tombstones during query 'SELECT * FROM %s.%s WHERE device_id = %d LIMIT "
                                "5000' (last scanned row token was %d and partion key was ((%d))); query aborted" % (
                                    self.ks, t, rng.randint(1, 99999), rng.randint(-2**62, 2**62), rng.randint(1, 99999))), tag)
        else:
            lines = [self.L(ts, 'ERROR', 'Native-Transport-Requests-%d' % rng.randint(1, 128), 'ErrorMessage.java:457',
                            'Unexpected exception during request'),
                     'org.apache.cassandra.db.filter.TombstoneOverwhelmingException: null',
                     '\tat org.apache.cassandra.db.ReadCommand$1MetricRecording.onCell(ReadCommand.java:%d)' % (596 if self.c4 else 510),
                     '\tat org.apache.cassandra.db.transform.BaseRows.hasNext(BaseRows.java:129)',
                     '\tat org.apache.cassandra.db.transform.UnfilteredRows.isEmpty(UnfilteredRows.java:74)',
                     '\tat org.apache.cassandra.service.StorageProxy$LocalReadRunnable.runMayThrow(StorageProxy.java:2011)',
                     '\tat java.base/java.lang.Thread.run(Thread.java:829)']
            self.add(ts, '\n'.join(lines), tag)

    def new_error_tpl(self, rng):
        return rng.choice(self.tables)

    def ev_new_error(self, ts, tag, rng, t):
        th = 'CompactionExecutor:%d' % rng.randint(1, 8)
        path = '/var/lib/cassandra/data/%s/%s-%s/nb-%d-big-Data.db' % (self.ks, t, self.tid[t], 4711)
        lines = [self.L(ts, 'ERROR', th, 'CassandraDaemon.java:581', 'Exception in thread Thread[%s,1,main]' % th),
                 'org.apache.cassandra.io.sstable.CorruptSSTableException: Corrupted: %s' % path,
                 '\tat org.apache.cassandra.io.sstable.SSTableIdentityIterator.hasNext(SSTableIdentityIterator.java:134)',
                 '\tat org.apache.cassandra.db.compaction.CompactionIterator.hasNext(CompactionIterator.java:233)',
                 '\tat org.apache.cassandra.db.compaction.CompactionTask.runMayThrow(CompactionTask.java:203)',
                 'Caused by: org.apache.cassandra.io.compress.CorruptBlockException: (%s): corruption detected, chunk at 1048576 of length 65536.' % path,
                 '\t... 12 common frames omitted']
        self.add(ts, '\n'.join(lines), tag)

    def ev_disk(self, ts, tag, rng, first):
        t = rng.choice(self.tables)
        if rng.random() < 0.45:
            self.add(ts, self.L(ts, 'WARN', 'CompactionExecutor:%d' % rng.randint(1, 8), 'CompactionTask.java:%d' % 382,
                                'Not enough space for compaction (%s) of %s.%s, estimated sstables = 1, expected write size = %d'
                                % (uuid4(rng), self.ks, t, rng.randint(10**8, 10**10))), tag)
        else:
            th = 'PerDiskMemtableFlushWriter_0:%d' % rng.randint(1, 40)
            lines = [self.L(ts, 'ERROR', th, 'LogTransaction.java:%d' % 245, 'Transaction log [nb_txn_flush_%s.log in /var/lib/cassandra/data/%s/%s-%s] indicates txn was not completed, trying to abort it now'
                            % (uuid4(rng), self.ks, t, self.tid[t])),
                     self.L(ts + 300, 'ERROR', th, 'CassandraDaemon.java:581', 'Exception in thread Thread[%s,5,main]' % th),
                     'org.apache.cassandra.io.FSWriteError: java.io.IOException: No space left on device',
                     '\tat org.apache.cassandra.io.util.SequentialWriter.flushData(SequentialWriter.java:256)',
                     '\tat org.apache.cassandra.io.sstable.format.big.BigTableWriter.append(BigTableWriter.java:196)',
                     '\tat org.apache.cassandra.db.memtable.Flushing$FlushRunnable.writeSortedContents(Flushing.java:166)',
                     'Caused by: java.io.IOException: No space left on device',
                     '\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
                     '\t... 11 common frames omitted']
            self.add(ts, '\n'.join(lines), tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = 'memtable flushes and compactions fail: FSWriteError / No space left on device'

    def inject(self, inc):
        LogFile.inject(self, inc)
        if inc['kind'] == 'error_burst':
            inc['desc'] = 'burst of tombstone-overwhelmed read failures (queries aborted, TombstoneOverwhelmingException)'
        elif inc['kind'] == 'new_error':
            inc['desc'] = 'compaction of one table starts failing repeatedly with CorruptSSTableException'
