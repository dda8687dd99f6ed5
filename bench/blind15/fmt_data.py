"""Data-platform formats: Druid, HBase RegionServer, HiveServer2, Dagster daemon, OpenSearch, ScyllaDB (syslog),
MariaDB Galera error log, Pulsar broker."""
import json
from datetime import datetime, timezone
from base import (Base, mk, off, P_ISO, P_SP, hx, uuid, ip, lognorm, wpick, go_panic, JAVA_OOM_FRAMES, US, MON)

DS = ['wikipedia', 'clickstream', 'orders', 'ad_events', 'metrics_1m', 'sessions']


def jtrace(exc, frames):
    return exc + '\n' + '\n'.join('\tat ' + f for f in frames)


class Druid(Base):
    name = 'Apache Druid broker'
    fname = 'broker.log'
    nd = 3
    weight = 1.2
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'latency_shift', 'oom_kill', 'disk_full')

    def setup(s, r):
        s.ts = mk(s.tz, P_ISO, 3, ',')
        s.z = mk(timezone.utc, P_ISO, 3, suf=lambda d: 'Z')
        s.ver = {2018: '0.12.3', 2019: '0.16.0-incubating', 2020: '0.20.0', 2021: '0.22.1', 2022: '24.0.2', 2023: '27.0.0',
                 2024: '29.0.1', 2025: '33.0.0', 2026: '35.0.1'}[s.year]
        s.pkg = 'org.apache.druid' if s.year >= 2019 else 'io.druid'
        s.qtp = r.randint(100000000, 2000000000)
        s.hist = [f"historical-{i}:8083" for i in range(1, r.randint(3, 8))]

    def L(s, t, lvl, th, cls, msg):
        return f"{s.ts(t)} {lvl} [{th}] {cls} - {msg}"

    def seg(s, t, r):
        z = s.z(t)
        h = r.randint(0, 22)
        return f"{r.choice(DS)}_{z[:10]}T{h:02d}:00:00.000Z_{z[:10]}T{h + 1:02d}:00:00.000Z_{z[:19]}.{r.randint(100, 999)}Z"

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.55:
            qt = int(lognorm(r, 120, 0.8) * L) + 2
            ds = r.choice(DS)
            q = json.dumps({"queryType": r.choice(["timeseries", "groupBy", "topN", "scan"]), "dataSource": {"type": "table", "name": ds},
                            "intervals": {"type": "intervals", "intervals": [f"{s.z(t)[:10]}T00:00:00.000Z/{s.z(t)[:11]}{r.randint(10, 23)}:00:00.000Z"]},
                            "granularity": {"type": "period", "period": "PT1H"}, "context": {"queryId": uuid(r)}}, separators=(',', ':'))
            st = json.dumps({"query/time": qt, "query/bytes": r.randint(200, 900000), "success": True, "identity": "allowAll"}, separators=(',', ':'))
            return self_line(s, t, r, q, st)
        if x < 0.7:
            return s.L(t, 'INFO', f"qtp{s.qtp}-{r.randint(100, 200)}", f"{s.pkg}.server.QueryLifecycle", f"Query [{uuid(r)}] finished in {int(lognorm(r, 150, .8) * L)} ms") if False else \
                s.L(t, 'INFO', f"HttpClient-Netty-Worker-{r.randint(0, 15)}", f"{s.pkg}.client.DirectDruidClient", f"Initializing client for host [{r.choice(s.hist)}]") if r.random() < 0.1 else \
                s.L(t, 'INFO', 'BrokerServerView-0' if s.year < 2021 else 'BrokerServerView-0', f"{s.pkg}.client.BrokerServerView",
                    f"Adding segment[{s.seg(t, r)}] for server[{r.choice(s.hist)}]")
        if x < 0.85:
            return s.L(t, 'INFO', 'LoggingEmitter-0' if s.year >= 2020 else 'LoggingEmitter-0', f"{s.pkg}.java.util.emitter.core.LoggingEmitter",
                       f"[metrics] {{\"feed\":\"metrics\",\"timestamp\":\"{s.z(t)}\",\"service\":\"druid/broker\",\"host\":\"{s.host}:8082\",\"version\":\"{s.ver}\",\"metric\":\"{r.choice(['query/cache/total/hits', 'jvm/gc/count', 'query/count', 'jetty/numOpenConnections'])}\",\"value\":{r.randint(0, 500)}}}")
        return s.L(t, 'INFO', 'ServerInventoryView-0', f"{s.pkg}.client.BatchServerInventoryView", f"Server Disappeared[DruidServerMetadata{{name='{r.choice(s.hist)}', hostAndPort='{r.choice(s.hist)}', hostAndTlsPort='null', maxSize=300000000000, tier='_default_tier', type=historical, priority=0}}]") if r.random() < 0.05 else \
            s.L(t, 'INFO', 'BrokerServerView-0', f"{s.pkg}.client.BrokerServerView", f"Removing segment[{s.seg(t, r)}] from server[{r.choice(s.hist)}].")

    def warn(s, t, r):
        return s.L(t, 'WARN', f"HttpClient-Netty-Worker-{r.randint(0, 15)}", f"{s.pkg}.client.DirectDruidClient", f"Query [{uuid(r)}] to host [{r.choice(s.hist)}] interrupted")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'ERROR', f"qtp{s.qtp}-{r.randint(100, 200)}", f"{s.pkg}.server.QueryResource", f"Exception handling request: {{class={s.pkg}.server.QueryResource, exceptionType=class {s.pkg}.query.QueryTimeoutException, exceptionMessage=Query [{uuid(r)}] timed out!, query={{\"queryType\":\"groupBy\",\"dataSource\":\"{r.choice(DS)}\"}}, peer=10.0.4.{r.randint(2, 250)}}}")

        def e1(t, r):
            return s.L(t, 'WARN', f"qtp{s.qtp}-{r.randint(100, 200)}", f"{s.pkg}.server.QueryLifecycle", f"Exception while processing queryId [{uuid(r)}] ({s.pkg}.query.QueryInterruptedException: Query cancelled)")
        return [e0, e1]

    def retry(s, t, r):
        return s.L(t, 'WARN', f"HttpClient-Netty-Boss-0", f"{s.pkg}.java.util.common.RetryUtils", f"Retrying ({r.randint(1, 9)} of 10) in {r.randint(500, 9000):,}ms.")

    def newerr(s, t, r):
        return s.L(t, 'ERROR', f"processing-{r.randint(0, 7)}", f"{s.pkg}.query.groupby.epinephelinae.GroupByMergingQueryRunnerV2", f"Query failed: {{exceptionType=class {s.pkg}.query.ResourceLimitExceededException, exceptionMessage=Not enough aggregation buffer space to execute this query. Try increasing druid.processing.buffer.sizeBytes or enable disk spilling by setting druid.query.groupBy.maxOnDiskStorage to a positive number., query={{\"queryType\":\"groupBy\",\"dataSource\":\"{r.choice(DS)}\"}}}}")

    def disk(s, t, r):
        return s.L(t, 'ERROR', f"processing-{r.randint(0, 7)}", f"{s.pkg}.query.groupby.epinephelinae.LimitedTemporaryStorage", f"Failed to write spill file [/opt/druid/var/tmp/druid-groupBy-{uuid(r)}_{uuid(r)}/{r.randint(0, 40):08d}.tmp]: java.io.IOException: No space left on device")

    def crash(s, t, r, kind):
        th = f"qtp{s.qtp}-{r.randint(100, 200)}"
        txt = s.L(t, 'ERROR', th, 'org.eclipse.jetty.server.HttpChannel', f"/druid/v2/") + '\n' + jtrace('java.lang.OutOfMemoryError: Java heap space', JAVA_OOM_FRAMES[:4])
        return [(t, txt)]

    def down(s, r):
        return r.randint(15, 90) * US

    def start(s, t, r, after):
        msgs = [('main', f"{s.pkg}.cli.CliBroker", f"Starting up with processors [{r.choice([8, 16, 32])}], memory [{r.choice([4294967296, 8589934592])}], maxMemory [{r.choice([8589934592, 17179869184])}], directMemory [{r.choice([4294967296, 8589934592])}]."),
                ('main', f"{s.pkg}.guice.JsonConfigurator", 'Skipping druid.emitter.logging.logLevel property: one of it\'s prefixes is also used as a property key. Prefix: druid.emitter.logging'),
                ('main', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Starting lifecycle [module] stage [INIT]'),
                ('main', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Starting lifecycle [module] stage [NORMAL]'),
                ('main', f"{s.pkg}.curator.discovery.CuratorDruidNodeAnnouncer", f"Announcing self[DiscoveryDruidNode{{druidNode=DruidNode{{serviceName='druid/broker', host='{s.host}', bindOnHost=false, port=-1, plaintextPort=8082, enablePlaintextPort=true, tlsPort=-1, enableTlsPort=false}}, nodeRole='BROKER'}}]."),
                ('main', 'org.eclipse.jetty.server.Server', f"Started @{r.randint(9000, 40000)}ms"),
                ('main', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Successfully started lifecycle [module]')]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', m[0], m[1], m[2]), 1000, 4000000)

    def stop(s, t, r):
        msgs = [('Thread-56', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Lifecycle [module] running shutdown hook'),
                ('Thread-56', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Stopping lifecycle [module] stage [ANNOUNCEMENTS]'),
                ('Thread-56', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Stopping lifecycle [module] stage [SERVER]'),
                ('Thread-56', 'org.eclipse.jetty.server.AbstractConnector', f"Stopped ServerConnector@{hx(r, 8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8082}}"),
                ('Thread-56', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Stopping lifecycle [module] stage [NORMAL]'),
                ('Thread-56', f"{s.pkg}.java.util.common.lifecycle.Lifecycle", 'Stopping lifecycle [module] stage [INIT]')]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', m[0], m[1], m[2]), 1000, 500000)


def self_line(s, t, r, q, st):
    return s.L(t, 'INFO', f"qtp{s.qtp}-{r.randint(100, 200)}", f"{s.pkg}.server.log.LoggingRequestLogger", f"{s.z(t)}\t10.0.4.{r.randint(2, 250)}\t{q}\t{st}")


class HBase(Base):
    name = 'HBase RegionServer'
    nd = 3
    weight = 1.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic')

    def setup(s, r):
        s.l4j2 = s.year >= 2023
        s.ts = mk(s.tz, P_ISO if s.l4j2 else P_SP, 3, ',')
        s.fname = f"hbase-hbase-regionserver-{s.host}.log"
        s.ver = {2018: '1.4.8', 2019: '2.1.7', 2020: '2.2.6', 2021: '2.4.8', 2022: '2.4.15', 2023: '2.5.5', 2024: '2.5.8',
                 2025: '2.6.2', 2026: '2.6.4'}[s.year]
        s.stc = 1700000000000 + r.randint(0, 10 ** 9)
        s.sn = f"{s.host},16020,{s.stc}"
        s.zk = [f"zk{i}" for i in (1, 2, 3)]
        s.regs = [hx(r, 32) for _ in range(30)]
        s.seqid = r.randint(10 ** 5, 10 ** 7)

    def L(s, t, lvl, th, cat, msg):
        return f"{s.ts(t)} {lvl:<5} [{th}] {cat}: {msg}"

    def norm(s, t, r, L, bad):
        x = r.random()
        rg = r.choice(s.regs)
        s.seqid += r.randint(1, 300)
        if x < 0.2:
            return s.L(t, 'INFO', f"MemStoreFlusher.{r.randint(0, 1)}", 'regionserver.HRegion', f"Flushing {rg}/{r.randint(1, 3)}/{r.randint(1, 3)} column families, dataSize={lognorm(r, 60, .5):.2f} MB heapSize={lognorm(r, 130, .5):.2f} MB")
        if x < 0.4:
            return s.L(t, 'INFO', f"MemStoreFlusher.{r.randint(0, 1)}", 'regionserver.DefaultStoreFlusher', f"Flushed memstore data size={lognorm(r, 60, .5):.2f} MB at sequenceid={s.seqid} (bloomFilter=true), to=hdfs://nameservice1/hbase/data/default/usertable/{rg}/.tmp/cf/{hx(r, 32)}")
        if x < 0.55:
            return s.L(t, 'INFO', f"MemStoreFlusher.{r.randint(0, 1)}", 'regionserver.HStore', f"Added hdfs://nameservice1/hbase/data/default/usertable/{rg}/cf/{hx(r, 32)}, entries={r.randint(10000, 900000)}, sequenceid={s.seqid}, filesize={lognorm(r, 20, .5):.1f} M")
        if x < 0.75:
            return s.L(t, 'INFO', f"MemStoreFlusher.{r.randint(0, 1)}", 'regionserver.HRegion', f"Finished flush of dataSize ~{lognorm(r, 60, .5):.2f} MB/{r.randint(10 ** 7, 10 ** 8)}, heapSize ~{lognorm(r, 130, .5):.2f} MB/{r.randint(10 ** 8, 3 * 10 ** 8)}, currentSize={r.randint(0, 900)} KB/{r.randint(0, 900000)} for {rg} in {int(lognorm(r, 400, .6))}ms, sequenceid={s.seqid}, compaction requested={r.choice(['false', 'false', 'true'])}")
        if x < 0.85:
            return s.L(t, 'INFO', f"regionserver/{s.host}:16020-shortCompactions-{r.randint(0, 3)}", 'regionserver.HStore', f"Completed compaction of {r.randint(3, 6)} (all) file(s) in cf of usertable,{hx(r, 8)},{s.stc}.{rg}. into {hx(r, 32)}(size={lognorm(r, 90, .5):.1f} M), total size for store is {lognorm(r, 900, .4):.1f} M. This selection was in queue for 0sec, and took {r.randint(1, 20)}sec to execute.")
        if x < 0.95:
            return s.L(t, 'INFO', f"regionserver/{s.host}:16020.logRoller", 'wal.AbstractFSWAL', f"Rolled WAL /hbase/WALs/{s.sn}/{s.host}%2C16020%2C{s.stc}.{s.stc + t // 1000 % 10 ** 8} with entries={r.randint(1000, 90000)}, filesize={lognorm(r, 120, .2):.2f} MB; new WAL /hbase/WALs/{s.sn}/{s.host}%2C16020%2C{s.stc}.{s.stc + t // 1000 % 10 ** 8 + 17}")
        return s.L(t, 'INFO', f"RS_OPEN_REGION-regionserver/{s.host}:16020-{r.randint(0, 2)}", 'regionserver.HRegion', f"Opened {rg}; next sequenceid={s.seqid}")

    def warn(s, t, r):
        return s.L(t, 'WARN', f"RpcServer.default.FPBQ.Fifo.handler={r.randint(0, 29)},queue={r.randint(0, 2)},port=16020", 'ipc.RpcServer',
                   f"(responseTooSlow): {{\"call\":\"Scan(org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos$ScanRequest)\",\"multi.gets\":0,\"starttimems\":\"{t // 1000 - 12000}\",\"responsesize\":\"{r.randint(100, 90000)}\",\"method\":\"Scan\",\"param\":\"region {{ type: REGION_NAME value: \\\"usertable,,{s.stc}.{r.choice(s.regs)}.\\\" }} scan {{ ... }}\",\"processingtimems\":{r.randint(10001, 40000)},\"client\":\"10.0.3.{r.randint(2, 250)}:{r.randint(30000, 60000)}\",\"multi.service_calls\":0,\"queuetimems\":0,\"class\":\"HRegionServer\",\"multi.mutations\":0}}")

    def errs(s):
        def e0(t, r):
            p = r.randint(1100, 9000)
            return s.L(t, 'WARN', 'JvmPauseMonitor', 'util.JvmPauseMonitor', f"Detected pause in JVM or host machine (eg GC): pause of approximately {p}ms\nGC pool 'G1 Young Generation' had collection(s): count=1 time={p + r.randint(0, 300)}ms")

        def e1(t, r):
            return s.L(t, 'ERROR', f"RpcServer.default.FPBQ.Fifo.handler={r.randint(0, 29)},queue=0,port=16020", 'ipc.RpcServer', f"Unexpected throwable object \norg.apache.hadoop.hbase.exceptions.RegionMovedException: Region moved to: hostname={r.choice(['rs2', 'rs3', 'rs4'])} port=16020 startCode={s.stc + 17}. As of locationSeqNum={s.seqid}.")
        return [e0, e1]

    def retry(s, t, r):
        z = r.choice(s.zk)
        if r.random() < 0.5:
            return s.L(t, 'INFO', f"main-SendThread({z}:2181)", 'zookeeper.ClientCnxn', f"Client session timed out, have not heard from server in {r.randint(26000, 40000)}ms for sessionid 0x{hx(r, 16)}, closing socket connection and attempting reconnect")
        return s.L(t, 'INFO', f"main-SendThread({z}:2181)", 'zookeeper.ClientCnxn', f"Opening socket connection to server {z}/10.0.9.{r.randint(11, 13)}:2181. Will not attempt to authenticate using SASL (unknown error)")

    def newerr(s, t, r):
        return s.L(t, 'WARN', f"RS_LOG_REPLAY_OPS-regionserver/{s.host}:16020-{r.randint(0, 1)}", 'regionserver.SplitLogWorker', f"log splitting of WALs/rs3,16020,{s.stc - 7}-splitting/rs3%2C16020%2C{s.stc - 7}.{s.stc + 99} failed, returning error\njava.io.IOException: Cannot get log reader\n\tat org.apache.hadoop.hbase.wal.WALFactory.createReader(WALFactory.java:365)\n\tat org.apache.hadoop.hbase.wal.WALSplitter.getReader(WALSplitter.java:412)")

    def crash(s, t, r, kind):
        lvl = 'FATAL' if s.year < 2020 else 'ERROR'
        if kind == 'oom_kill':
            a = s.L(t, lvl, f"RpcServer.default.FPBQ.Fifo.handler={r.randint(0, 29)},queue=0,port=16020", 'regionserver.HRegionServer',
                    f"***** ABORTING region server {s.sn}: Run out of memory; HRegionServer will abort itself immediately *****\n" + jtrace('java.lang.OutOfMemoryError: Java heap space', JAVA_OOM_FRAMES[:5]))
        else:
            a = s.L(t, lvl, f"regionserver/{s.host}:16020.logRoller", 'regionserver.HRegionServer',
                    f"***** ABORTING region server {s.sn}: IOE in log roller *****\njava.io.IOException: Failed to replace a bad datanode on the existing pipeline due to no more good datanodes being available to try.\n\tat org.apache.hadoop.hdfs.DataStreamer.findNewDatanode(DataStreamer.java:1304)\n\tat org.apache.hadoop.hdfs.DataStreamer.addDatanode2ExistingPipeline(DataStreamer.java:1372)")
        t2 = t + r.randint(100, 3000) * 1000
        b = s.L(t2, 'INFO', f"regionserver/{s.host}:16020", 'regionserver.HRegionServer', f"***** STOPPING region server '{s.sn}' *****")
        t3 = t2 + r.randint(1, 5) * US
        c = s.L(t3, 'INFO', 'main', 'regionserver.HRegionServer', f"Exiting; stopping={s.sn}; zookeeper connection closed.")
        return [(t, a), (t2, b), (t3, c)]

    def down(s, r):
        return r.randint(20, 150) * US

    def start(s, t, r, after):
        s.stc = t // 1000
        s.sn = f"{s.host},16020,{s.stc}"
        msgs = [('main', 'regionserver.HRegionServer', 'STARTING executorService HRegionServer'),
                ('main', 'util.VersionInfo', f"HBase {s.ver}"),
                ('main', 'util.VersionInfo', f"Source code repository git://buildhost/hbase revision={hx(r, 40)}"),
                ('main', 'util.ServerCommandLine', f"vmName=OpenJDK 64-Bit Server VM, vmVendor=Eclipse Adoptium, vmVersion=17.0.9+9"),
                ('main', 'ipc.NettyRpcServer', f"Bind to /{s.sc.ip(r)}:16020"),
                ('main', 'zookeeper.RecoverableZooKeeper', f"Process identifier=regionserver:16020 connecting to ZooKeeper ensemble=zk1:2181,zk2:2181,zk3:2181"),
                (f"regionserver/{s.host}:16020", 'regionserver.HRegionServer', f"Serving as {s.sn}, RpcServer on {s.host}/{s.sc.ip(r)}:16020, sessionid=0x{hx(r, 16)}")]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', m[0], m[1], m[2]), 1000, 3000000)

    def stop(s, t, r):
        msgs = [('Thread-5', 'regionserver.ShutdownHook', f"Shutdown hook starting; hbase.shutdown.hook=true; fsShutdownHook=org.apache.hadoop.fs.FileSystem$Cache$ClientFinalizer@{hx(r, 8)}"),
                ('Thread-5', 'regionserver.HRegionServer', f"***** STOPPING region server '{s.sn}' *****"),
                ('Thread-5', 'regionserver.HRegionServer', 'Stopping infoServer'),
                (f"regionserver/{s.host}:16020", 'regionserver.HRegionServer', f"Exiting; stopping={s.sn}; zookeeper connection closed."),
                ('Thread-5', 'regionserver.ShutdownHook', 'Shutdown hook finished.')]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', m[0], m[1], m[2]), 1000, 5000000)

    def periodic(s):
        def lru(t, r):
            acc = r.randint(10 ** 6, 10 ** 8)
            return s.L(t, 'INFO', 'LruBlockCacheStatsExecutor', 'hfile.LruBlockCache', f"totalSize={lognorm(r, 1.5, .2):.2f} GB, freeSize={lognorm(r, 2, .2):.2f} GB, max=3.57 GB, blockCount={r.randint(10000, 90000)}, accesses={acc}, hits={int(acc * .97)}, hitRatio=97.{r.randint(0, 99):02d}%, , cachingAccesses={acc - 7}, cachingHits={int(acc * .97) - 3}, cachingHitsRatio=97.{r.randint(0, 99):02d}%, evictions={r.randint(100, 9000)}, evicted={r.randint(0, 900)}, evictedPerRun={r.random() * 9:.14f}")
        return ((300, lru),)


class Hive(Base):
    name = 'HiveServer2'
    fname = 'hiveserver2.log'
    nd = 3
    weight = 1.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'latency_shift', 'oom_kill', 'disk_full')

    def setup(s, r):
        s.ts = mk(s.tz, P_ISO, 3, ',')
        s.ver = {2018: '2.3.3', 2019: '3.1.0', 2020: '3.1.2', 2021: '3.1.2', 2022: '3.1.3', 2023: '3.1.3', 2024: '4.0.0',
                 2025: '4.0.1', 2026: '4.1.0'}[s.year]
        s.q = None
        s.tables = ['sales.orders', 'sales.order_items', 'dw.fact_clicks', 'dw.dim_customer', 'staging.events_raw', 'finance.ledger']

    def L(s, t, lvl, th, cat, msg):
        return f"{s.ts(t)} {lvl:>5} [{th}] {cat}: {msg}"

    def qid(s, t, r):
        d = datetime.fromtimestamp(t // US, s.tz)
        return f"hive_{d:%Y%m%d%H%M%S}_{uuid(r)}"

    def norm(s, t, r, L, bad):
        x = r.random()
        h = f"HiveServer2-Handler-Pool: Thread-{r.randint(60, 400)}"
        b = f"HiveServer2-Background-Pool: Thread-{r.randint(300, 9000)}"
        if s.q is None or x < 0.15:
            s.q = s.qid(t, r)
            s.sql = f"SELECT {r.choice(['count(*)', 'customer_id, sum(amount)', '*'])} FROM {r.choice(s.tables)} WHERE dt='{datetime.fromtimestamp(t // US, s.tz):%Y-%m-%d}'" + (' GROUP BY customer_id' if r.random() < .4 else ' LIMIT 100')
            return s.L(t, 'INFO', h, 'ql.Driver', f"Compiling command(queryId={s.q}): {s.sql}")
        if x < 0.25:
            return s.L(t, 'INFO', h, 'ql.Driver', f"Completed compiling command(queryId={s.q}); Time taken: {lognorm(r, 0.3, .6) * L:.3f} seconds")
        if x < 0.35:
            return s.L(t, 'INFO', b, 'ql.Driver', f"Executing command(queryId={s.q}): {s.sql}")
        if x < 0.5:
            return s.L(t, 'INFO', b, 'ql.Driver', f"Completed executing command(queryId={s.q}); Time taken: {lognorm(r, 9, .8) * L:.3f} seconds")
        if x < 0.58:
            return s.L(t, 'INFO', b, 'ql.Driver', 'OK')
        if x < 0.68:
            u = uuid(r)
            return s.L(t, 'INFO', h, 'session.SessionState', f"Updating thread name to {u} {h}")
        if x < 0.76:
            return s.L(t, 'INFO', h, 'thrift.ThriftCLIService', 'Client protocol version: HIVE_CLI_SERVICE_PROTOCOL_V10')
        if x < 0.84:
            return s.L(t, 'INFO', h, 'conf.HiveConf', f"Using the default value passed in for log id: {uuid(r)}")
        if x < 0.92:
            return s.L(t, 'INFO', h, 'session.HiveSessionImpl', f"Operation log session directory is created: /tmp/hive/operation_logs/{uuid(r)}")
        return s.L(t, 'INFO', h, 'service.CompositeService', f"Session closed, SessionHandle [{uuid(r)}], current sessions:{r.randint(2, 60)}")

    def warn(s, t, r):
        return s.L(t, 'WARN', f"HiveServer2-Handler-Pool: Thread-{r.randint(60, 400)}", 'conf.HiveConf', 'HiveConf of name hive.server2.enable.impersonation does not exist')

    def errs(s):
        def e0(t, r):
            tb = r.choice(['sales.order', 'dw.fact_click', 'tmp.x'])
            return s.L(t, 'ERROR', f"HiveServer2-Handler-Pool: Thread-{r.randint(60, 400)}", 'ql.Driver', f"FAILED: SemanticException [Error 10001]: Line 1:{r.randint(14, 40)} Table not found '{tb}'\norg.apache.hadoop.hive.ql.parse.SemanticException: Line 1:{r.randint(14, 40)} Table not found '{tb}'\n\tat org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.getMetaData(SemanticAnalyzer.java:2216)\n\tat org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.genResolvedParseTree(SemanticAnalyzer.java:12288)")

        def e1(t, r):
            return s.L(t, 'ERROR', f"HiveServer2-Background-Pool: Thread-{r.randint(300, 9000)}", 'ql.Driver', f"FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.tez.TezTask. Vertex failed, vertexName=Map 1, vertexId=vertex_{t // 1000}_{r.randint(1, 9999):04d}_1_00, diagnostics=[Task failed, taskId=task_{t // 1000}_{r.randint(1, 9999):04d}_1_00_000000]")

        def e2(t, r):
            return s.L(t, 'WARN', f"HiveServer2-Handler-Pool: Thread-{r.randint(60, 400)}", 'thrift.ThriftCLIService', 'Error fetching results: \norg.apache.hive.service.cli.HiveSQLException: Invalid OperationHandle: OperationHandle [opType=EXECUTE_STATEMENT, getHandleIdentifier()=%s]' % uuid(r))
        return [e0, e1, e2]

    def retry(s, t, r):
        th = f"HiveServer2-Handler-Pool: Thread-{r.randint(60, 400)}"
        if r.random() < 0.5:
            return s.L(t, 'WARN', th, 'metastore.RetryingMetaStoreClient', f"MetaStoreClient lost connection. Attempting to reconnect (1 of 1) after 1s. {r.choice(['getTable', 'getDatabase', 'get_partitions_by_expr'])}")
        return s.L(t, 'INFO', th, 'metastore.HiveMetaStoreClient', 'Trying to connect to metastore with URI thrift://metastore.%s:9083' % s.sc.domain)

    def newerr(s, t, r):
        return s.L(t, 'ERROR', f"HiveServer2-Background-Pool: Thread-{r.randint(300, 9000)}", 'exec.Task', f"Failed to execute tez graph.\norg.apache.tez.dag.api.SessionNotRunning: TezSession has already shutdown. Application application_{t // 1000}_{r.randint(1, 9999):04d} failed 2 times due to AM Container for appattempt exited with  exitCode: -104\n\tat org.apache.tez.client.TezClient.waitTillReady(TezClient.java:1023)\n\tat org.apache.hadoop.hive.ql.exec.tez.TezSessionState.startSessionAndContainers(TezSessionState.java:474)")

    def disk(s, t, r):
        return s.L(t, 'ERROR', f"HiveServer2-Background-Pool: Thread-{r.randint(300, 9000)}", 'exec.Task', f"Failed with exception java.io.IOException: No space left on device (writing /tmp/hive/{uuid(r)}/hive_{r.randint(10 ** 9, 10 ** 10)}/-local-10002/HashTable-Stage-{r.randint(1, 9)}/MapJoin-mapfile{r.randint(10, 99)}--.hashtable)")

    def crash(s, t, r, kind):
        a = s.L(t, 'ERROR', f"HiveServer2-Handler-Pool: Thread-{r.randint(60, 400)}", 'thrift.ProcessFunction', 'Internal error processing ExecuteStatement\n' + jtrace('java.lang.OutOfMemoryError: GC overhead limit exceeded', JAVA_OOM_FRAMES[:4]))
        t2 = t + r.randint(1, 30) * 1000
        b = s.L(t2, 'ERROR', 'HiveServer2-Handler-Pool: Thread-99', 'server.HiveServer2', f"Halting HiveServer2 due to java.lang.OutOfMemoryError; heap dump written to /var/log/hive/hs2_heapdump_{s.pid(t)}.hprof")
        return [(t, a), (t2, b)]

    def down(s, r):
        return r.randint(20, 120) * US

    def start(s, t, r, after):
        banner = ('STARTUP_MSG: \n/************************************************************\nSTARTUP_MSG: Starting HiveServer2\n'
                  f"STARTUP_MSG:   host = {s.host}/{s.sc.ip(r)}\nSTARTUP_MSG:   args = [--hiveconf, hive.aux.jars.path=file:///usr/lib/hive/auxlib]\n"
                  f"STARTUP_MSG:   version = {s.ver}\nSTARTUP_MSG:   classpath = /etc/hive/conf:/usr/lib/hive/lib/hive-common-{s.ver}.jar:/usr/lib/hadoop/lib/*\n"
                  f"STARTUP_MSG:   build = git://buildhost/hive -r {hx(r, 40)}; compiled by 'hive' on {DOW_MON(s.year)}\n************************************************************/")
        out = [(t, s.L(t, 'INFO', 'main', 'server.HiveServer2', banner))]
        msgs = ['Starting HiveServer2', f"Starting ThriftBinaryCLIService on port 10000 with 5...500 worker threads",
                f"HiveServer2 started. Instance id: {uuid(r)}"]
        return out + s.seq(t + 3 * US, r, msgs, lambda tt, m: s.L(tt, 'INFO', 'main', 'server.HiveServer2', m), 1000, 20000000)

    def stop(s, t, r):
        msgs = [('server.HiveServer2', 'Shutting down HiveServer2'), ('thrift.ThriftCLIService', 'Thrift server has stopped'),
                ('service.AbstractService', 'Service:ThriftBinaryCLIService is stopped.'), ('server.HiveServer2', 'SHUTDOWN_MSG: \n/************************************************************\nSHUTDOWN_MSG: Shutting down HiveServer2 at %s/%s\n************************************************************/' % (s.host, s.sc.ip(r)))]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', 'shutdown-hook-0', m[0], m[1]), 1000, 2000000)


def DOW_MON(y):
    return f"Tue Mar 7 10:19:45 UTC {y - 1}"


class Dagster(Base):
    name = 'Dagster daemon + run worker'
    fname = 'dagster-daemon.log'
    absolute = True
    weight = 0.8
    years = (2020, 2026)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'latency_shift')

    def setup(s, r):
        s.ts = mk(s.tz, P_SP, 0, suf=lambda d: ' ' + off(d))
        s.jobs = ['etl_orders', 'daily_rollup', 'sync_crm', 'ml_features', 'export_finance']
        s.ops = ['extract_orders', 'clean_orders', 'load_orders', 'build_features', 'compute_rollup', 'publish_report', 'upload_s3']
        s.sensors = ['s3_new_files', 'upstream_asset_sensor', 'crm_webhook_sensor']
        s.scheds = ['daily_rollup_schedule', 'hourly_sync_schedule']
        s.run = (r.choice(s.jobs), uuid(r), r.randint(1000, 90000))

    def L(s, t, logger, lvl, msg):
        return f"{s.ts(t)} - {logger} - {lvl} - {msg}"

    def R(s, t, lvl, step, ev, msg):
        j, rid, pid = s.run
        return s.L(t, 'dagster', lvl, f"{j} - {rid} - {pid} - {step + ' - ' if step else ''}{ev} - {msg}")

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.05:
            s.run = (r.choice(s.jobs), uuid(r), r.randint(1000, 90000))
            return s.R(t, 'DEBUG', '', 'RUN_START', f"Started execution of run for \"{s.run[0]}\".")
        op = r.choice(s.ops)
        if x < 0.3:
            return s.R(t, 'DEBUG', op, 'STEP_START', f"Started execution of step \"{op}\".")
        if x < 0.5:
            return s.R(t, 'DEBUG', op, 'STEP_SUCCESS', f"Finished execution of step \"{op}\" in {lognorm(r, 2.5, .8) * L:.2f}s.")
        if x < 0.62:
            return s.R(t, 'DEBUG', op, 'STEP_OUTPUT', 'Yielded output "result" of type "Any". (Type check passed).')
        if x < 0.72:
            return s.R(t, 'DEBUG', op, 'HANDLED_OUTPUT', 'Handled output "result" using IO manager "io_manager"')
        if x < 0.8:
            return s.R(t, 'DEBUG', op, 'LOADED_INPUT', f"Loaded input \"{r.choice(['orders', 'df', 'records'])}\" using input manager \"io_manager\", from output \"result\" of step \"{r.choice(s.ops)}\"")
        if x < 0.9:
            sn = r.choice(s.sensors)
            return s.L(t, 'dagster.daemon.SensorDaemon', 'INFO', r.choice([f"Checking for new runs for sensor: {sn}", f"No run requests returned for {sn}, skipping"]))
        if x < 0.95:
            return s.L(t, 'dagster.daemon.QueuedRunCoordinatorDaemon', 'INFO', f"Retrieved {r.randint(0, 4)} queued runs, checking limits.")
        if x < 0.995:
            return s.R(t, 'DEBUG', '', 'RUN_SUCCESS', f"Finished execution of run for \"{s.run[0]}\".")
        return s.R(t, 'ERROR', op, 'STEP_FAILURE', f"Execution of step \"{op}\" failed.")

    def warn(s, t, r):
        return s.L(t, 'dagster.daemon.SensorDaemon', 'WARNING', f"Sensor {r.choice(s.sensors)} took {r.randint(60, 110)} seconds to evaluate, which is longer than the minimum interval of 30 seconds")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'dagster.daemon.QueuedRunCoordinatorDaemon', 'WARNING', f"Run {uuid(r)} is blocked by global concurrency limits: {{'dagster/concurrency_key': 'warehouse'}}, will be retried")

        def e1(t, r):
            return s.L(t, 'dagster.daemon.MonitoringDaemon', 'INFO', f"Detected run worker status UNKNOWN: 'Run worker container exited with code 1'. Marking run {uuid(r)} as failed, because it has surpassed the configured maximum attempts to resume the run: 0.")
        return [e0, e1]

    def retry(s, t, r):
        op = r.choice(s.ops)
        if r.random() < 0.5:
            return s.R(t, 'DEBUG', op, 'STEP_UP_FOR_RETRY', f"Execution of step \"{op}\" failed and has requested a retry in {r.choice([10, 30, 60])} seconds.")
        return s.R(t, 'DEBUG', op, 'STEP_RESTARTED', f"Started re-execution (attempt # {r.randint(2, 4)}) of step \"{op}\".")

    def newerr(s, t, r):
        return s.L(t, 'dagster.daemon.SensorDaemon', 'ERROR', f"Sensor daemon caught an error for sensor {s.sensors[0]}: dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server. gRPC Error code: UNAVAILABLE")

    def disk(s, t, r):
        op = r.choice(s.ops)
        return s.R(t, 'ERROR', op, 'STEP_FAILURE', f"Execution of step \"{op}\" failed. OSError: [Errno 28] No space left on device: '/opt/dagster/dagster_home/storage/{uuid(r)}/{op}/result'")

    def retry_ok(s, t, r):
        op = r.choice(s.ops)
        t2 = t + r.randint(10, 70) * US
        return [(t, s.R(t, 'DEBUG', op, 'STEP_UP_FOR_RETRY', f"Execution of step \"{op}\" failed and has requested a retry in 30 seconds.")),
                (t2, s.R(t2, 'DEBUG', op, 'STEP_RESTARTED', f"Started re-execution (attempt # 2) of step \"{op}\"."))]

    def start(s, t, r, after):
        d = "['BackfillDaemon', 'QueuedRunCoordinatorDaemon', 'SchedulerDaemon', 'SensorDaemon']" if s.year < 2023 else "['AssetDaemon', 'BackfillDaemon', 'MonitoringDaemon', 'QueuedRunCoordinatorDaemon', 'SchedulerDaemon', 'SensorDaemon']"
        return [(t, s.L(t, 'dagster.daemon', 'INFO', f"Instance is configured with the following daemons: {d}"))]

    def stop(s, t, r):
        return [(t, s.L(t, 'dagster.daemon', 'INFO', 'Daemon threads shut down.'))] if False else []

    def periodic(s):
        def sched(t, r):
            return s.L(t, 'dagster.daemon.SchedulerDaemon', 'INFO', f"Checking for new runs for the following schedules: {', '.join(s.scheds)}")
        return ((60, sched),)


OS_VER = {2021: ('1.2.3', '11'), 2022: ('2.4.0', '17'), 2023: ('2.11.1', '17'), 2024: ('2.15.0', '21'), 2025: ('3.0.0', '21'), 2026: ('3.3.2', '21')}


def oscat(c):
    return f"{c:<25}"


class OpenSearch(Base):
    name = 'OpenSearch'
    nd = 3
    weight = 0.9
    years = (2021, 2026)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'disk_full')

    def setup(s, r):
        s.ts = mk(s.tz, lambda d: '[' + P_ISO(d), 3, ',', suf=lambda d: ']')
        s.cluster = r.choice(['logs-prod', 'search', 'opensearch-cluster'])
        s.fname = f"{s.cluster}.log"
        s.node = f"{s.host}"
        s.ver, s.jdk = OS_VER[s.year]
        s.idx = ['logs', 'traces', 'metrics', 'audit']

    def L(s, t, lvl, cat, msg):
        return f"{s.ts(t)}[{lvl:<5}][{oscat(cat)}] [{s.node}] {msg}"

    def iname(s, t, r):
        d = datetime.fromtimestamp(t // US, timezone.utc)
        return f"{r.choice(s.idx)}-{d:%Y.%m.%d}"

    def norm(s, t, r, L, bad):
        x = r.random()
        i = s.iname(t, r)
        if x < 0.5:
            return s.L(t, 'INFO', 'o.o.c.m.MetadataMappingService', f"[{i}/{hx(r, 22)}] update_mapping [_doc]")
        if x < 0.65:
            return s.L(t, 'INFO', 'o.o.m.j.JvmGcMonitorService', f"[gc][{t // US % 10 ** 6}] overhead, spent [{int(lognorm(r, 300, .4))}ms] collecting in the last [1s]")
        if x < 0.75:
            return s.L(t, 'INFO', 'o.o.i.i.ManagedIndexRunner', f"Executing attempt_transition_step for {i}")
        if x < 0.85:
            return s.L(t, 'INFO', 'o.o.c.r.a.AllocationService', f"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[{i}][{r.randint(0, 4)}]]]).")
        if x < 0.93:
            return s.L(t, 'INFO', 'o.o.c.m.MetadataCreateIndexService', f"[{i}-{r.randint(1, 9):06d}] creating index, cause [rollover_index], templates [{i.split('-')[0]}-template], shards [{r.choice([1, 3, 5])}]/[1]")
        return s.L(t, 'INFO', 'o.o.j.s.JobSweeper', f"Running full sweep")

    def warn(s, t, r):
        return s.L(t, 'WARN', 'o.o.c.r.a.DiskThresholdMonitor', f"low disk watermark [85%] exceeded on [{hx(r, 22)}][{s.node}][/var/lib/opensearch/nodes/0] free: {lognorm(r, 40, .2):.1f}gb[{r.randint(11, 14)}.{r.randint(0, 9)}%], replicas will not be assigned to this node")

    def errs(s):
        def e0(t, r):
            i = 'logs-' + s.iname(t, r).split('-', 1)[1]
            return s.L(t, 'WARN', 'o.o.a.b.TransportShardBulkAction', f"[{i}][{r.randint(0, 4)}] failed to execute bulk item (index) index {{[{i}][_doc][{hx(r, 20)}], source[n/a, actual length: [{r.randint(2, 9)}.{r.randint(0, 9)}kb], max length: 2kb]}}\norg.opensearch.index.mapper.MapperParsingException: failed to parse field [http.status] of type [long] in document with id '{hx(r, 20)}'. Preview of field's value: 'OK'\n\tat org.opensearch.index.mapper.FieldMapper.parse(FieldMapper.java:289)")

        def e1(t, r):
            return s.L(t, 'WARN', 'o.o.m.j.JvmGcMonitorService', f"[gc][{t // US % 10 ** 6}] overhead, spent [{r.randint(1100, 4000)}ms] collecting in the last [{r.randint(1, 3)}.{r.randint(0, 9)}s]")
        return [e0, e1]

    def retry(s, t, r):
        n = r.choice(['os-data-2', 'os-data-3', 'os-master-1'])
        return s.L(t, 'WARN', 'o.o.c.NodeConnectionsService', f"failed to connect to {{{n}}}{{{hx(r, 22)}}}{{{hx(r, 22)}}}{{10.0.5.{r.randint(10, 20)}}}{{10.0.5.{r.randint(10, 20)}:9300}}{{dimr}}{{shard_indexing_pressure_enabled=true}} (tried [{r.randint(1, 90)}] times)")

    def newerr(s, t, r):
        return s.L(t, 'WARN', 'o.o.i.b.HierarchyCircuitBreakerService', f"[parent] Data too large, data for [<http_request>] would be [{r.randint(7 * 10 ** 9, 8 * 10 ** 9)}/7.{r.randint(0, 9)}gb], which is larger than the limit of [{7 * 10 ** 9 + 123}/7.3gb], real usage: [{r.randint(7 * 10 ** 9, 8 * 10 ** 9)}/7.{r.randint(0, 9)}gb], new bytes reserved: [{r.randint(100, 90000)}/{r.randint(1, 90)}kb], usages [request=0/0b, fielddata=0/0b, in_flight_requests={r.randint(100, 90000)}/{r.randint(1, 90)}kb]")

    def disk(s, t, r):
        i = s.iname(t, r)
        return s.L(t, 'WARN', 'o.o.i.e.Engine', f"[{i}][{r.randint(0, 4)}] failed engine [index id[{hx(r, 20)}] origin[PRIMARY] seq#[{r.randint(10 ** 5, 10 ** 7)}]]\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat org.opensearch.index.translog.TranslogWriter.writeBufferedOps(TranslogWriter.java:465)")

    def crash(s, t, r, kind):
        txt = s.L(t, 'ERROR', 'o.o.b.OpenSearchUncaughtExceptionHandler', f"fatal error in thread [opensearch[{s.node}][search][T#{r.randint(1, 12)}]], exiting\n" + jtrace('java.lang.OutOfMemoryError: Java heap space', JAVA_OOM_FRAMES[:4]))
        return [(t, txt)]

    def down(s, r):
        return r.randint(10, 60) * US

    def start(s, t, r, after):
        msgs = [('o.o.n.Node', f"version[{s.ver}], pid[{s.pid(t)}], build[tar/{hx(r, 40)}/{s.year}-0{r.randint(1, 9)}-1{r.randint(0, 9)}T21:43:10.135035992Z], OS[Linux/5.15.0-91-generic/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/{s.jdk}.0.9/{s.jdk}.0.9+9]"),
                ('o.o.n.Node', 'JVM home [/usr/share/opensearch/jdk], using bundled JDK [true]'),
                ('o.o.p.PluginsService', 'loaded module [aggs-matrix-stats]'), ('o.o.p.PluginsService', 'loaded module [analysis-common]'),
                ('o.o.p.PluginsService', 'loaded plugin [opensearch-index-management]'), ('o.o.p.PluginsService', 'loaded plugin [opensearch-security]'),
                ('o.o.n.Node', 'initialized'), ('o.o.n.Node', 'starting ...'),
                ('o.o.t.TransportService', f"publish_address {{{s.sc.ip(r)}:9300}}, bound_addresses {{[::]:9300}}"),
                ('o.o.c.c.Coordinator', f"cluster UUID [{hx(r, 22)}]"),
                ('o.o.h.AbstractHttpServerTransport', f"publish_address {{{s.sc.ip(r)}:9200}}, bound_addresses {{[::]:9200}}"),
                ('o.o.n.Node', 'started')]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', m[0], m[1]), 1000, 3000000)

    def stop(s, t, r):
        msgs = ['stopping ...', 'stopped', 'closing ...', 'closed']
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', 'o.o.n.Node', m), 1000, 2000000)


SCYLLA_VER = {2018: '3.0.1', 2019: '3.1.2', 2020: '4.2.1', 2021: '4.5.3', 2022: '5.0.7', 2023: '5.2.11', 2024: '5.4.6', 2025: '2025.1.2', 2026: '2025.4.1'}


class Scylla(Base):
    name = 'ScyllaDB (syslog)'
    fname = 'scylla.log'
    ident = 'scylla'
    unit = 'scylla-server.service'
    desc = 'Scylla Server'
    weight = 0.9
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic', 'disk_full')

    def setup(s, r):
        s.jsetup(r, ['syslog', 'syslog'] + (['rfc3339'] if s.year >= 2023 else []))
        s.ver = SCYLLA_VER[s.year]
        s.shards = r.choice([4, 8, 16])
        s.sg = s.year >= 2024
        s.peers = [f"10.0.7.{i}" for i in range(11, 11 + r.randint(2, 5))]
        s.tabs = ['ks.events', 'ks.users', 'ks.sessions', 'metrics.samples', 'ks.orders']

    def S(s, t, sh, logger, msg, grp='main'):
        tag = f"shard {sh}:{grp}" if s.sg else f"shard {sh}"
        return s.J(t, f" [{tag}] {logger} - {msg}")

    def norm(s, t, r, L, bad):
        sh = r.randrange(s.shards)
        x = r.random()
        tb = r.choice(s.tabs)
        if x < 0.45:
            n = r.randint(2, 8)
            a = lognorm(r, 120, .7)
            return s.S(t, sh, 'compaction', f"[Compact {tb} {uuid(r)}] Compacted {n} sstables to [/var/lib/scylla/data/{tb.replace('.', '/')}-{hx(r, 32)}/me-{r.randint(3000, 90000)}-big-Data.db:level=0]. {a:.0f}MB to {a * .8:.0f}MB (~{r.randint(60, 99)}% of original) in {int(lognorm(r, 1500, .6))}ms = {r.randint(20, 200)}MB/s. ~{r.randint(1000, 90000)} total partitions merged to {r.randint(900, 80000)}.", 'compaction')
        if x < 0.7:
            return s.S(t, sh, 'compaction', f"[Compact {tb} {uuid(r)}] Compacting [/var/lib/scylla/data/{tb.replace('.', '/')}-{hx(r, 32)}/me-{r.randint(3000, 90000)}-big-Data.db:level=0:origin=memtable, /var/lib/scylla/data/{tb.replace('.', '/')}-{hx(r, 32)}/me-{r.randint(3000, 90000)}-big-Data.db:level=0:origin=memtable]", 'compaction')
        if x < 0.8:
            return s.S(t, 0, 'repair', f"repair[{uuid(r)}]: Started to repair {r.randint(1, 50)} out of {r.randint(50, 300)} tables in keyspace={tb.split('.')[0]}, table={tb.split('.')[1]}, table_id={uuid(r)}, repair_reason=repair", 'streaming')
        if x < 0.9:
            return s.S(t, sh, 'large_data', f"Writing large partition {tb.replace('.', '/')}: (key{r.randint(1, 9999)}) ({r.randint(100, 900) * 10 ** 6} bytes) to me-{r.randint(3000, 90000)}-big-Data.db", 'memtable')
        return s.S(t, 0, 'gossip', f"InetAddress {r.choice(s.peers)} is now UP, status = NORMAL", 'gossip')

    def warn(s, t, r):
        return s.S(t, r.randrange(s.shards), 'reader_concurrency_semaphore', f"(rate limiting dropped {r.randint(1, 900)} similar messages) Semaphore _read_concurrency_sem with {r.randint(0, 100)}/100 count and {r.randint(10000, 9000000)}/{r.randint(10 ** 7, 10 ** 8)} memory resources: timed out, dumping permit diagnostics:", 'statement')

    def errs(s):
        def e0(t, r):
            return s.S(t, r.randrange(s.shards), 'storage_proxy', f"Exception when communicating with {r.choice(s.peers)}, to read from {r.choice(s.tabs)}: seastar::named_semaphore_timed_out (Semaphore timed out: _read_concurrency_sem)", 'statement')

        def e1(t, r):
            return s.S(t, r.randrange(s.shards), 'cql_server', f"{r.choice(s.peers[:1] + ['10.0.3.41', '10.0.3.42'])}:{r.randint(30000, 60000)}: request processing failed: exceptions::invalid_request_exception (Unrecognized name col{r.randint(1, 9)})", 'statement')
        return [e0, e1]

    def retry(s, t, r):
        p = r.choice(s.peers)
        if r.random() < 0.5:
            return s.S(t, r.randrange(s.shards), 'rpc', f"client {p}:7000: fail to connect: Connection refused", 'gossip')
        return s.S(t, 0, 'gossip', f"failure_detector_loop: Send echo to node {p}, status = failed: seastar::rpc::closed_error (connection is closed)", 'gossip')

    def newerr(s, t, r):
        return s.S(t, r.randrange(s.shards), 'sstable', f"Failed to parse {r.choice(s.tabs).replace('.', '/')}-{hx(r, 32)}/me-{r.randint(3000, 90000)}-big-Statistics.db: malformed_sstable_exception (Statistics is malformed: unexpected end of file)", 'compaction')

    def disk(s, t, r):
        sh = r.randrange(s.shards)
        if r.random() < 0.6:
            return s.S(t, sh, 'commitlog', 'Exception in segment reservation: std::system_error (error system:28, No space left on device)', 'commitlog')
        return s.S(t, sh, 'storage_service', 'Shutting down communications due to I/O errors until operator intervention: Disk error: std::system_error (error system:28, No space left on device)', 'main')

    def crash(s, t, r, kind):
        if kind == 'oom_kill':
            return s.sd_oom(t, r)
        sh = r.randrange(s.shards)
        lines = [f"Segmentation fault on shard {sh}.", 'Backtrace:'] + [f"  0x{r.randint(0x4000000, 0x6000000):x}" for _ in range(r.randint(6, 14))] + \
            ['  /opt/scylladb/libreloc/libc.so.6+0x3dbaf', '  /opt/scylladb/libreloc/libc.so.6+0x8a2d6']
        out = [(t, s.JM(t, lines))]
        t += r.randint(100000, 2000000)
        return out + s.sd_crashed(t, r, '11/SEGV') if False else out + [(t, s.sd(t, f"{s.unit}: Main process exited, code=dumped, status=11/SEGV")),
                                                                          (t, s.sd(t, f"{s.unit}: Failed with result 'core-dump'."))]

    def banner(s, t, r):
        msgs = [(0, 'init', f"Scylla version {s.ver}-0.{s.year}0{r.randint(1, 9)}1{r.randint(0, 9)}.{hx(r, 10)} with build-id {hx(r, 40)} starting ..."),
                (0, 'init', f"starting prometheus API server"), (0, 'init', 'creating snitch'), (0, 'init', 'starting tokens manager'),
                (0, 'init', 'starting gossiper'), (0, 'init', 'starting compaction_manager'), (0, 'init', 'starting commit log'),
                (0, 'init', f"Scylla version {s.ver} initialization completed."), (0, 'init', 'serving')]
        return s.seq(t, r, msgs, lambda tt, m: s.S(tt, m[0], m[1], m[2]), 1000, 6000000)

    def stop_lines(s, t, r):
        msgs = [(0, 'compaction_manager', 'Asked to stop'), (0, 'init', 'Signal received; shutting down'), (0, 'init', 'Scylla version %s shutdown complete.' % s.ver)]
        return s.seq(t, r, msgs, lambda tt, m: s.S(tt, m[0], m[1], m[2]), 1000, 8000000)

    def down(s, r):
        return r.randint(5, 40) * US


class MariaDB(Base):
    name = 'MariaDB Galera error log'
    fname = 'error.log'
    low = (1, 4)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'panic')
    raw_crash = False

    def setup(s, r):
        s.ts = mk(s.tz, P_SP, 0)
        s.old = s.year < 2020
        s.ver = {2018: '10.1.37', 2019: '10.3.18', 2020: '10.4.17', 2021: '10.5.13', 2022: '10.6.11', 2023: '10.11.6',
                 2024: '10.11.8', 2025: '11.4.5', 2026: '11.8.3'}[s.year]
        s.bin = 'mysqld' if s.year < 2021 else 'mariadbd'
        s.me = hx(r, 8)
        s.peers = [(hx(r, 8), f"10.0.8.{12 + i}") for i in range(2)]
        s.thr = r.randint(139900000000000, 140300000000000)

    def L(s, t, lvl, msg, th=None):
        if th is None:
            th = s.thr if s.old else 0
        return f"{s.ts(t)} {th} [{lvl}] {msg}"

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.75:
            return s.L(t, 'Warning', f"Aborted connection {r.randint(10 ** 4, 10 ** 7)} to db: '{r.choice(['shop', 'app', 'billing'])}' user: '{r.choice(['app', 'app', 'report'])}' host: '10.0.2.{r.randint(2, 250)}' ({r.choice(['Got timeout reading communication packets', 'Got an error reading communication packets'])})", th=r.randint(10, 90000))
        if x < 0.9:
            return s.L(t, 'Note', f"WSREP: ({s.me}-{hx(r, 4)}, 'tcp://0.0.0.0:4567') turning message relay requesting {r.choice(['on', 'off'])}, nonlive peers: tcp://{r.choice(s.peers)[1]}:4567")
        return s.L(t, 'Note', f"Detected table cache mutex contention at instance 1: {r.randint(20, 60)}% waits. Additional table cache instance activated. Number of instances after activation: 2.")

    def warn(s, t, r):
        return s.L(t, 'Warning', f"Access denied for user 'monitor'@'10.0.2.{r.randint(2, 250)}' (using password: YES)", th=r.randint(10, 90000))

    def errs(s):
        def e0(t, r):
            return s.L(t, 'Note', 'InnoDB: Transactions deadlock detected, dumping detailed information.' if not s.old else 'InnoDB: Transactions deadlock detected, dumping detailed information.', th=r.randint(10, 90000))

        def e1(t, r):
            return s.L(t, 'ERROR', f"Event Scheduler: [root@localhost][shop.purge_sessions] Lock wait timeout exceeded; try restarting transaction", th=r.randint(10, 90000))

        def e2(t, r):
            return s.L(t, 'Warning', f"WSREP: last inactive check more than PT1.5S ago (PT{r.randint(2, 6)}.{r.randint(1000, 9999)}S), skipping check")
        return [e0, e1, e2]

    def retry(s, t, r):
        u, a = r.choice(s.peers)
        if r.random() < 0.6:
            return s.L(t, 'Note', f"WSREP: ({s.me}-{hx(r, 4)}, 'tcp://0.0.0.0:4567') reconnecting to {u}-{hx(r, 4)} (tcp://{a}:4567), attempt {r.randint(0, 60)}")
        return s.L(t, 'Note', f"WSREP: ({s.me}-{hx(r, 4)}, 'tcp://0.0.0.0:4567') connection to peer {u}-{hx(r, 4)} with addr tcp://{a}:4567 timed out, no messages seen in PT3S, socket stats: rtt: {r.randint(200, 9000)} rttvar: {r.randint(100, 4000)} rto: 204000 lost: 1 last_data_recv: {r.randint(3000, 3500)} cwnd: 1 last_queued_since: {r.randint(10 ** 9, 10 ** 10)} last_delivered_since: {r.randint(10 ** 9, 10 ** 10)} send_queue_length: 0 send_queue_bytes: 0")

    def newerr(s, t, r):
        return s.L(t, 'ERROR', f"WSREP: Failed to report last committed {r.randint(10 ** 5, 10 ** 7)}, -110 (Connection timed out)")

    def disk(s, t, r):
        if r.random() < 0.7:
            return s.L(t, 'ERROR', f"{s.bin}: Disk full (/tmp/#sql-temptable-{r.randint(100, 999):x}-{r.randint(1, 9999):x}-{r.randint(1, 99):x}.MAI); waiting for someone to free some space... (errno: 28 \"No space left on device\")", th=r.randint(10, 90000))
        return s.L(t, 'Warning', f"{s.bin}: Retry in 60 secs. Message reprinted in 600 secs", th=r.randint(10, 90000))

    def crash(s, t, r, kind):
        d = datetime.fromtimestamp(t // US, s.tz)
        y = f"{d:%y%m%d} {d.hour:2d}:{d:%M:%S}"
        lines = [f"{y} [ERROR] {s.bin} got signal 11 ;", 'Sorry, we probably made a mistake, and this is a bug.', '',
                 'Your assistance in bug reporting will enable us to fix this for the next release.',
                 'To report this bug, see https://mariadb.com/kb/en/reporting-bugs', '',
                 'We will try our best to scrape up some info that will hopefully help', 'diagnose the problem, but since we have already crashed, ',
                 'something is definitely wrong and this may fail.', '', f"Server version: {s.ver}-MariaDB-log source revision: {hx(r, 40)}",
                 'key_buffer_size=134217728', 'read_buffer_size=131072', 'max_used_connections=%d' % r.randint(50, 400),
                 'max_threads=502', 'thread_count=%d' % r.randint(20, 200),
                 'It is possible that mysqld could use up to ', 'key_buffer_size + (read_buffer_size + sort_buffer_size)*max_threads = 1234567 K  bytes of memory',
                 'Hope that\'s ok; if not, decrease some variables in the equation.', '',
                 f"Thread pointer: 0x7f{hx(r, 10)}", 'Attempting backtrace. You can use the following information to find out',
                 'where mysqld died. If you see no messages after this, something went', 'terribly wrong...',
                 f"stack_bottom = 0x7f{hx(r, 10)} thread_stack 0x49000",
                 f"/usr/sbin/{s.bin}(my_print_stacktrace+0x32)[0x55{hx(r, 10)}]", f"/usr/sbin/{s.bin}(handle_fatal_signal+0x485)[0x55{hx(r, 10)}]",
                 f"/lib/x86_64-linux-gnu/libc.so.6(+0x3c050)[0x7f{hx(r, 10)}]", f"/usr/sbin/{s.bin}(_ZN4JOIN8optimizeEv+0x5a)[0x55{hx(r, 10)}]",
                 f"/usr/sbin/{s.bin}(_Z12mysql_selectP3THDP10TABLE_LIST+0x2a1)[0x55{hx(r, 10)}]",
                 f"/usr/sbin/{s.bin}(_Z21mysql_execute_commandP3THDb+0x1d84)[0x55{hx(r, 10)}]", '',
                 'Connection ID (thread ID): %d' % r.randint(10 ** 4, 10 ** 7), 'Status: NOT_KILLED', '',
                 'Writing a core file...', f"Working directory at /var/lib/mysql", 'Resource Limits:', 'Fatal signal 11 while backtracing']
        return [(t, '\n'.join(lines))]

    def down(s, r):
        return r.randint(3, 20) * US

    def start(s, t, r, after):
        msgs = [('Note', f"Starting MariaDB {s.ver}-MariaDB-log source revision {hx(r, 40)} as process {s.pid(t)}" if not s.old else f"/usr/sbin/mysqld (mysqld {s.ver}-MariaDB) starting as process {s.pid(t)} ..."),
                ('Note', f"WSREP: Loading provider /usr/lib/galera/libgalera_smm.so initial position: {uuid(r)}:{r.randint(10 ** 5, 10 ** 7)}"),
                ('Note', "WSREP: wsrep_load(): loading provider library '/usr/lib/galera/libgalera_smm.so'"),
                ('Note', f"InnoDB: Starting crash recovery from checkpoint LSN={r.randint(10 ** 9, 10 ** 11)}" if after == 'crash' else 'InnoDB: Initializing buffer pool, total size = 4.000GiB, chunk size = 64.000MiB'),
                ('Note', f"WSREP: Shifting JOINED -> SYNCED (TO: {r.randint(10 ** 5, 10 ** 7)})"),
                ('Note', f"/usr/sbin/{s.bin}: ready for connections.\nVersion: '{s.ver}-MariaDB-log'  socket: '/run/mysqld/mysqld.sock'  port: 3306  MariaDB Server")]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1]), 100000, 9000000)

    def stop(s, t, r):
        d = datetime.fromtimestamp(t // US + 3, s.tz)
        msgs = [('Note', f"/usr/sbin/{s.bin} (initiated by: unknown): Normal shutdown"), ('Note', 'WSREP: Shutdown replication'),
                ('Note', 'InnoDB: FTS optimize thread exiting.'), ('Note', 'InnoDB: Starting shutdown...'),
                ('Note', 'InnoDB: Dumping buffer pool(s) to /var/lib/mysql/ib_buffer_pool'),
                ('Note', f"InnoDB: Buffer pool(s) dump completed at {d:%y%m%d %H:%M:%S}"),
                ('Note', f"InnoDB: Shutdown completed; log sequence number {r.randint(10 ** 9, 10 ** 11)}; transaction id {r.randint(10 ** 5, 10 ** 8)}"),
                ('Note', f"/usr/sbin/{s.bin}: Shutdown complete")]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1]), 10000, 1500000)


class Pulsar(Base):
    name = 'Apache Pulsar broker'
    fname = 'pulsar-broker.log'
    absolute = True
    nd = 3
    weight = 1.2
    years = (2019, 2026)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'latency_shift', 'http_5xx', 'oom_kill')

    def setup(s, r):
        s.ts = mk(s.tz, P_ISO, 3, ',', suf=lambda d: off(d, False, True))
        s.clf = mk(s.tz, lambda d: f"[{d.day:02d}/{['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month]}/{d.year}:{d.hour:02d}:{d.minute:02d}:", 0, suf=lambda d: ' ' + off(d) + ']')
        s.ver = {2019: '2.4.2', 2020: '2.6.1', 2021: '2.8.1', 2022: '2.10.2', 2023: '3.0.1', 2024: '3.2.2', 2025: '4.0.4', 2026: '4.1.1'}[s.year]
        s.topics = [f"persistent://{tn}/{ns}/{tp}" for tn, ns, tp in [('public', 'default', 'orders'), ('public', 'default', 'payments'),
                                                                       ('acme', 'events', 'clicks'), ('acme', 'events', 'page-views'),
                                                                       ('acme', 'iot', 'telemetry'), ('public', 'functions', 'assignments')]]
        s.bks = [f"bk-{i}" for i in (1, 2, 3)]

    def L(s, t, th, lvl, cat, msg):
        return f"{s.ts(t)} [{th}] {lvl:<5} {cat} - {msg}"

    def cli(s, r):
        return f"/10.0.6.{r.randint(2, 250)}:{r.randint(30000, 65000)}"

    def norm(s, t, r, L, bad):
        x = r.random()
        tp = r.choice(s.topics)
        c = s.cli(r)
        if x < 0.35:
            st = r.choice((500, 503)) if r.random() < bad else wpick(r, [(80, 200), (6, 204), (5, 404), (3, 401), (2, 307), (1, 409)])
            path = r.choice([f"/admin/v2/{tp.replace('://', '/')}/stats", f"/admin/v2/{tp.replace('://', '/')}/internalStats", '/metrics/', '/admin/v2/brokers/health', f"/lookup/v2/topic/{tp.replace('://', '/')}"])
            return s.L(t, f"pulsar-web-{r.randint(30, 45)}-{r.randint(1, 16)}", 'INFO', 'org.eclipse.jetty.server.RequestLog',
                       f"{c[1:].split(':')[0]} - - {s.clf(t)} \"{'GET' if st != 204 else 'POST'} {path} HTTP/1.1\" {st} {r.randint(0, 90000) if st == 200 else r.randint(0, 300)} \"-\" \"Pulsar-Java-v{s.ver}\" {max(1, int(lognorm(r, 8, 0.9) * L))}")
        io = f"pulsar-io-{r.randint(3, 6)}-{r.randint(1, 16)}"
        if x < 0.5:
            return s.L(t, io, 'INFO', 'org.apache.pulsar.broker.service.ServerCnx', f"New connection from {c}")
        if x < 0.6:
            return s.L(t, io, 'INFO', 'org.apache.pulsar.broker.service.ServerCnx', f"[{c}] Subscribing on topic {tp} / {tp.rsplit('/', 1)[1]}-sub")
        if x < 0.7:
            return s.L(t, io, 'INFO', 'org.apache.pulsar.broker.service.ServerCnx', f"[{c}] Created new producer: Producer{{topic=PersistentTopic{{topic={tp}}}, client={c}, producerName={r.choice(['standalone', 'prod-cluster'])}-{r.randint(0, 90)}-{r.randint(0, 9999)}, producerId={r.randint(0, 90)}}}")
        if x < 0.85:
            return s.L(t, io, 'INFO', 'org.apache.pulsar.broker.service.ServerCnx', f"Closed connection from {c}")
        if x < 0.93:
            return s.L(t, f"bookkeeper-ml-scheduler-OrderedScheduler-{r.randint(0, 7)}-0", 'INFO', 'org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl', f"[{tp[13:].replace('/', '/persistent/', 1) if False else tp.split('://')[1].rsplit('/', 1)[0] + '/persistent/' + tp.rsplit('/', 1)[1]}] Created new ledger {r.randint(10 ** 4, 10 ** 6)}")
        return s.L(t, f"pulsar-io-{r.randint(3, 6)}-{r.randint(1, 16)}", 'INFO', 'org.apache.pulsar.broker.service.persistent.PersistentTopic', f"[{tp}][{tp.rsplit('/', 1)[1]}-sub] Created new subscription for {r.randint(1, 9000)}")

    def warn(s, t, r):
        return s.L(t, f"pulsar-io-{r.randint(3, 6)}-{r.randint(1, 16)}", 'WARN', 'org.apache.pulsar.broker.service.ServerCnx', f"[{s.cli(r)}] Got exception java.net.SocketException: Connection reset")

    def errs(s):
        def e0(t, r):
            return s.L(t, f"pulsar-io-{r.randint(3, 6)}-{r.randint(1, 16)}", 'WARN', 'org.apache.pulsar.broker.service.ServerCnx', f"[{s.cli(r)}][{r.choice(s.topics)}] Failed to create topic: org.apache.pulsar.broker.service.BrokerServiceException$ServiceUnitNotReadyException: Namespace bundle for topic ({r.choice(s.topics)}) not served by this instance. Please redo the lookup.")

        def e1(t, r):
            return s.L(t, f"BookKeeperClientWorker-OrderedExecutor-{r.randint(0, 7)}-0", 'ERROR', 'org.apache.bookkeeper.client.PendingAddOp', f"Write of ledger entry to quorum failed: L{r.randint(10 ** 4, 10 ** 6)} E{r.randint(0, 90000)}")
        return [e0, e1]

    def retry(s, t, r):
        if r.random() < 0.5:
            b = r.choice(s.bks)
            return s.L(t, f"BookKeeperClientWorker-OrderedExecutor-{r.randint(0, 7)}-0", 'ERROR', 'org.apache.bookkeeper.proto.PerChannelBookieClient', f"Could not connect to bookie: [id: 0x{hx(r, 8)}]/{b}:3181, current state CONNECTING : ")
        return s.L(t, f"pulsar-client-io-{r.randint(1, 9)}-1", 'WARN', 'org.apache.pulsar.client.impl.ConnectionHandler', f"[{s.topics[-1]}] [c-{r.choice(['use', 'prod'])}-fw-{s.host}-8080] Could not get connection to broker: org.apache.pulsar.client.api.PulsarClientException$ConnectException: Connection refused: localhost/127.0.0.1:6650 -- Will try again in {r.choice(['0.1', '0.2', '0.4', '0.8'])} s")

    def newerr(s, t, r):
        tp = r.choice(s.topics[:4])
        return s.L(t, f"pulsar-io-{r.randint(3, 6)}-{r.randint(1, 16)}", 'WARN', 'org.apache.pulsar.broker.service.persistent.PersistentTopic', f"[{tp}] Failed to persist msg in store: org.apache.bookkeeper.mledger.ManagedLedgerException$ManagedLedgerFencedException: Attempted to use a fenced managed ledger")

    def crash(s, t, r, kind):
        a = s.L(t, f"pulsar-io-{r.randint(3, 6)}-{r.randint(1, 16)}", 'ERROR', 'io.netty.util.ResourceLeakDetector', 'LEAK: ByteBuf.release() was not called before it\'s garbage-collected.') if False else None
        txt = s.L(t, f"pulsar-io-{r.randint(3, 6)}-{r.randint(1, 16)}", 'WARN', 'io.netty.channel.DefaultChannelPipeline',
                  'An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.\n' +
                  jtrace('java.lang.OutOfMemoryError: Direct buffer memory', ['java.base/java.nio.Bits.reserveMemory(Bits.java:175)', 'java.base/java.nio.DirectByteBuffer.<init>(DirectByteBuffer.java:118)',
                                                                            'io.netty.buffer.PoolArena$DirectArena.allocateDirect(PoolArena.java:632)']))
        t2 = t + r.randint(100, 900) * 1000
        b = s.L(t2, 'main-EventThread', 'ERROR', 'org.apache.pulsar.broker.PulsarService', 'Shutting down Pulsar service due to OutOfMemoryError: Direct buffer memory') if True else None
        return [(t, txt), (t2, b)]

    def down(s, r):
        return r.randint(15, 90) * US

    def start(s, t, r, after):
        msgs = [('org.apache.pulsar.broker.PulsarService', f"Starting Pulsar Broker service; version: '{s.ver}'"),
                ('org.apache.pulsar.broker.PulsarService', f"Git Revision {hx(r, 40)}"),
                ('org.apache.pulsar.broker.PulsarService', f"Built by builder on buildhost at {s.year}-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:11:12+0000"),
                ('org.apache.pulsar.broker.service.BrokerService', 'Started Pulsar Broker service on /0.0.0.0:6650'),
                ('org.eclipse.jetty.server.Server', 'Started @%dms' % r.randint(5000, 30000)),
                ('org.apache.pulsar.broker.PulsarService', f"messaging service is ready, bootstrap_seconds={r.randint(4, 40)}, bootstrap service port = 6650, broker url= pulsar://{s.host}:6650, cluster=prod")]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'main', 'INFO', m[0], m[1]), 1000, 5000000)

    def stop(s, t, r):
        msgs = [('org.apache.pulsar.PulsarBrokerStarter', 'Shutting down Pulsar Broker'), ('org.apache.pulsar.broker.PulsarService', 'Closing PulsarService'),
                ('org.apache.pulsar.broker.service.BrokerService', 'Event loops shutting down gracefully...'),
                ('org.apache.pulsar.broker.PulsarService', f"Closed")]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'Thread-2', 'INFO', m[0], m[1]), 1000, 2000000)
