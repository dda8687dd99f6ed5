"""blind23 - Hadoop/HDFS/YARN, Spark, HBase, data pipelines (Dagster, Prefect, Luigi, dbt), workflows (Nextflow, Snakemake), GridFTP."""
from base import Fmt, MON, DOW, USERS, MODELS, SAMPLES, pick, wpick, hexs, ip, lognorm, lt, uuid4


class Log4j(Fmt):
    clock = "local"

    def ts(self, t):
        d = self.L(t)
        return "%s,%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, cls, msg):
        return "%s %s %s: %s" % (self.ts(t), lv, cls, msg)

    def blk(self):
        self.bid += 1
        return "BP-%d-%s-%d:blk_%d_%d" % (self.bp, self.nnip, 1600000000000, self.bid, self.bid - 1073741824 + 1000)

    def setup(self):
        self.bid = self.r.randrange(1073741824, 1093741824)
        self.bp = self.sc.bp
        self.nnip = "10.4.0.2"
        self.dns = ["10.4.%d.%d" % (i // 16, 10 + i % 16) for i in range(24)]
        self.setup2()

    def setup2(self):
        pass


JVM_BANNER = ["/************************************************************", "STARTUP_MSG: Starting %s",
              "STARTUP_MSG:   host = %s/%s", "STARTUP_MSG:   args = []", "STARTUP_MSG:   version = 3.3.6",
              "STARTUP_MSG:   build = https://github.com/apache/hadoop -r 1be78238728da9266a4f88195058f08fd012bf9c; compiled by 'ubuntu' on 2023-06-18T08:22Z",
              "STARTUP_MSG:   java = 1.8.0_392", "************************************************************/"]


class NameNode(Log4j):
    key, fname, base, perr = "hdfs_namenode", "hadoop-hdfs-namenode.log", 60.0, 0.002
    kinds = ("latency_shift", "error_burst", "new_error", "silence", "traffic_flood")

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.35:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.StateChange", "BLOCK* allocate %s, replicas=%s for /user/%s/%s/part-%05d-%s-c000.snappy.parquet"
                            % (self.blk(), ", ".join("%s:9866" % pick(r, self.dns) for _ in range(3)), pick(r, USERS), pick(r, ["events", "warehouse/orders", "tmp/staging", "logs/raw"]), r.randrange(2000), uuid4(r)))]
        if x < 0.6:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.StateChange", "DIR* completeFile: /user/%s/.sparkStaging/application_%d_%04d/__spark_conf__.zip is closed by DFSClient_NONMAPREDUCE_%d_1"
                            % (pick(r, USERS), 1709600000000, r.randrange(1, 9000), r.randrange(10 ** 8, 10 ** 9)))]
        if x < 0.75:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.namenode.FSNamesystem.audit", "allowed=true\tugi=%s (auth:KERBEROS)\tip=/%s\tcmd=%s\tsrc=/user/%s/%s\tdst=null\tperm=null\tproto=rpc"
                            % (pick(r, USERS), ip(r, "10.4"), pick(r, ["getfileinfo", "open", "listStatus", "create", "delete"]), pick(r, USERS), pick(r, ["events", "warehouse"])))]
        if x < 0.88:
            n = r.randrange(50, 900)
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.namenode.FSEditLog", "Number of transactions: %d Total time for transactions(ms): %d Number of transactions batched in Syncs: %d Number of syncs: %d SyncTimes(ms): %d %d"
                            % (n, int(lognorm(r, 12) * self.lat), r.randrange(0, 90), r.randrange(20, 400), int(lognorm(r, 30) * self.lat), int(lognorm(r, 28) * self.lat)))]
        if x < 0.95:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.blockmanagement.BlockManager", "BLOCK* processReport 0x%s: from storage DS-%s node DatanodeRegistration(%s:9866, datanodeUuid=%s, infoPort=9864, infoSecurePort=0, ipcPort=9867, storageInfo=lv=-57;cid=CID-%s;nsid=%d;c=1600000000000), blocks: %d, hasStaleStorage: false, processing time: %d msecs, invalidatedBlocks: 0"
                            % (hexs(r, 16), uuid4(r), pick(r, self.dns), uuid4(r), uuid4(r), 1234567890, r.randrange(80000, 300000), int(lognorm(r, 40) * self.lat)))]
        if x < 0.985:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.namenode.FSNamesystem", "Roll Edit Log from %s" % self.nnip.replace(".2", ".3"))]
        return [self.ln(t, "INFO", "org.apache.hadoop.util.JvmPauseMonitor", "Detected pause in JVM or host machine (eg GC): pause of approximately %dms\nGC pool 'G1 Young Generation' had collection(s): count=1 time=%dms" % (r.randrange(1001, 1800), r.randrange(900, 1700)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "WARN", "org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy", "Failed to place enough replicas, still in need of 1 to reach 3 (unavailableStorages=[], storagePolicy=BlockStoragePolicy{HOT:7, storageTypes=[DISK], creationFallbacks=[], replicationFallbacks=[ARCHIVE]}, newBlock=true) For more information, please enable DEBUG log level on org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy")]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "org.apache.hadoop.hdfs.server.namenode.FSEditLog", "Error: flush failed for required journal (JournalAndStream(mgr=QJM to [10.4.0.5:8485, 10.4.0.6:8485, 10.4.0.7:8485], stream=QuorumOutputStream starting at txid %d))" % r.randrange(10 ** 8, 10 ** 9)),
                "java.io.IOException: Timed out waiting 20000ms for a quorum of nodes to respond.",
                "\tat org.apache.hadoop.hdfs.qjournal.client.AsyncLoggerSet.waitForWriteQuorum(AsyncLoggerSet.java:138)",
                "\tat org.apache.hadoop.hdfs.qjournal.client.QuorumOutputStream.flushAndSync(QuorumOutputStream.java:113)"]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.namenode.FSNamesystem.audit", "allowed=true\tugi=svc_etl (auth:KERBEROS)\tip=/%s\tcmd=getfileinfo\tsrc=/warehouse/events/dt=2024-01-%02d/hour=%02d/part-%05d.parquet\tdst=null\tperm=null\tproto=rpc"
                        % (ip(r, "10.4"), r.randrange(1, 29), r.randrange(24), r.randrange(9999)))]

    def restart(self, t):
        return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.namenode.NameNode", "STARTUP_MSG: ")] + [x % ("NameNode",) if "Starting" in x else (x % ("nn01", self.nnip) if "host" in x else x) for x in JVM_BANNER] + \
               [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.namenode.FSImage", "Loaded image for txid %d from /data/nn/current/fsimage_%019d" % (self.bid, self.bid))]

    def stop(self, t):
        return [self.ln(t, "ERROR", "org.apache.hadoop.hdfs.server.namenode.NameNode", "RECEIVED SIGNAL 15: SIGTERM"),
                self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.namenode.NameNode", "SHUTDOWN_MSG: "), "/************************************************************",
                "SHUTDOWN_MSG: Shutting down NameNode at nn01/%s" % self.nnip, "************************************************************/"]


class DataNode(Log4j):
    key, fname, base, perr = "hdfs_datanode", "hadoop-hdfs-datanode.log", 50.0, 0.003
    kinds = ("disk_full", "latency_shift", "error_burst", "retry_storm", "traffic_flood")
    dies = False

    def setup2(self):
        self.me = self.dns[self.r.randrange(len(self.dns))]

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        b = self.blk()
        src = pick(r, self.dns)
        if x < 0.3:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.datanode.DataNode", "Receiving %s src: /%s:%d dest: /%s:9866" % (b, src, r.randrange(30000, 60000), self.me))]
        if x < 0.65:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.datanode.DataNode.clienttrace", "src: /%s:%d, dest: /%s:9866, bytes: %d, op: HDFS_WRITE, cliID: DFSClient_NONMAPREDUCE_%d_1, offset: 0, srvID: %s, blockid: %s, duration(ns): %d"
                            % (src, r.randrange(30000, 60000), self.me, r.choice([134217728, r.randrange(10 ** 5, 134217728)]), r.randrange(10 ** 8, 10 ** 9), self.sc.dnid, b, int(lognorm(r, 9e8, 0.6) * self.lat)))]
        if x < 0.85:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.datanode.DataNode", "PacketResponder: %s, type=%s terminating" % (b, pick(r, ["LAST_IN_PIPELINE", "HAS_DOWNSTREAM_IN_PIPELINE"])))]
        if x < 0.95:
            return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.datanode.DataNode.clienttrace", "src: /%s:9866, dest: /%s:%d, bytes: %d, op: HDFS_READ, cliID: DFSClient_attempt_%d_%04d_m_%06d_0_%d_1, offset: 0, srvID: %s, blockid: %s, duration(ns): %d"
                            % (self.me, src, r.randrange(30000, 60000), r.randrange(10 ** 5, 134217728), 1709600000000, r.randrange(9999), r.randrange(999999), r.randrange(10 ** 8, 10 ** 9), self.sc.dnid, b, int(lognorm(r, 2.5e8, 0.6) * self.lat)))]
        return [self.ln(t, "INFO", "org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsDatasetAsyncDiskService", "Scheduling %s replica FinalizedReplica, %s, FINALIZED on volume /data/%d/dfs/dn for deletion" % (b, b.split(":")[1], r.randrange(1, 13)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "org.apache.hadoop.hdfs.server.datanode.DataNode", "%s:9866:DataXceiver error processing WRITE_BLOCK operation  src: /%s:%d dst: /%s:9866" % (self.sc.dnhost, pick(r, self.dns), r.randrange(30000, 60000), self.me)),
                "java.io.IOException: Premature EOF from inputStream",
                "\tat org.apache.hadoop.io.IOUtils.readFully(IOUtils.java:212)",
                "\tat org.apache.hadoop.hdfs.protocol.datatransfer.PacketReceiver.doReadFully(PacketReceiver.java:211)"]

    def retry(self, t):
        r = self.r
        return [self.ln(t, "INFO", "org.apache.hadoop.ipc.Client", "Retrying connect to server: nn01.%s/%s:8020. Already tried %d time(s); retry policy is RetryUpToMaximumCountWithFixedSleep(maxRetries=10, sleepTime=1000 MILLISECONDS)" % (self.sc.domain, self.nnip, r.randrange(0, 10))),
                self.ln(t, "WARN", "org.apache.hadoop.hdfs.server.datanode.DataNode", "IOException in offerService"),
                "java.net.SocketTimeoutException: Call From %s/%s to nn01.%s:8020 failed on socket timeout exception: java.net.SocketTimeoutException: 60000 millis timeout while waiting for channel to be ready for read." % (self.sc.dnhost, self.me, self.sc.domain)]

    def disk(self, t):
        r = self.r
        b = self.blk()
        return [self.ln(t, "ERROR", "org.apache.hadoop.hdfs.server.datanode.DataNode", "%s:9866:DataXceiver error processing WRITE_BLOCK operation  src: /%s:%d dst: /%s:9866" % (self.sc.dnhost, pick(r, self.dns), r.randrange(30000, 60000), self.me)),
                "org.apache.hadoop.util.DiskChecker$DiskOutOfSpaceException: Out of space: The volume with the most available space (=%d B) is less than the block size (=134217728 B)." % r.randrange(0, 90000000),
                "\tat org.apache.hadoop.hdfs.server.datanode.fsdataset.RoundRobinVolumeChoosingPolicy.chooseVolume(RoundRobinVolumeChoosingPolicy.java:100)",
                "\tat org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsVolumeList.getNextVolume(FsVolumeList.java:104)",
                "\tat org.apache.hadoop.hdfs.server.datanode.DataXceiver.writeBlock(DataXceiver.java:738)"] if r.random() < 0.6 else \
            [self.ln(t, "WARN", "org.apache.hadoop.hdfs.server.datanode.DataNode", "IOException in BlockReceiver constructor :Possible disk error: Failed to create %s. Cause is " % b.split(":")[1]),
             "java.io.IOException: No space left on device", "\tat java.io.UnixFileSystem.createFileExclusively(Native Method)"]

    def flood(self, t):
        return self.normal(t)


class NodeManager(Log4j):
    key, fname, base, perr = "yarn_nodemanager", "yarn-nodemanager.log", 30.0, 0.003
    kinds = ("oom_kill", "disk_full", "error_burst", "new_error", "silence")
    dies = False

    def setup2(self):
        self.app = self.r.randrange(1, 900)
        self.cts = []

    def cid(self, r):
        return "container_e%02d_%d_%04d_01_%06d" % (self.sc.epoch, 1709600000000, self.app, r.randrange(1, 400))

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        c = self.cid(r)
        if x < 0.45:
            used = r.uniform(0.3, 3.6)
            return [self.ln(t, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl", "Memory usage of ProcessTree %d for container-id %s: %.1f GB of 4 GB physical memory used; %.1f GB of 8.4 GB virtual memory used" % (r.randrange(10000, 90000), c, used, used + 2.1))]
        if x < 0.7:
            st = pick(r, [("NEW", "LOCALIZING"), ("LOCALIZING", "SCHEDULED"), ("SCHEDULED", "RUNNING"), ("RUNNING", "EXITED_WITH_SUCCESS"), ("EXITED_WITH_SUCCESS", "DONE")])
            return [self.ln(t, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl", "Container %s transitioned from %s to %s" % (c, st[0], st[1]))]
        if x < 0.85:
            if r.random() < 0.05:
                self.app += 1
            return [self.ln(t, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.ContainerManagerImpl", "Start request for %s by user %s" % (c, pick(r, USERS)))]
        if x < 0.95:
            return [self.ln(t, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.launcher.ContainerLaunch", "Cleaning up container %s" % c)]
        return [self.ln(t, "INFO", "org.apache.hadoop.yarn.server.nodemanager.NodeStatusUpdaterImpl", "Sending out %d NM container statuses: [%s]" % (r.randrange(1, 40), c))]

    def err(self, t):
        c = self.cid(self.r)
        return [self.ln(t, "WARN", "org.apache.hadoop.yarn.server.nodemanager.containermanager.launcher.ContainerLaunch", "Container %s completed with exit code 1 (Exception from container-launch)" % c)]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "org.apache.hadoop.yarn.server.nodemanager.containermanager.localizer.ResourceLocalizationService", "Failed to download resource { { hdfs://nn01.%s:8020/user/%s/.sparkStaging/application_%d_%04d/__spark_libs__%d.zip, %d, ARCHIVE, null },pending,[(container_e%02d_%d_%04d_01_000001)],%d,DOWNLOADING}"
                        % (self.sc.domain, pick(r, USERS), 1709600000000, self.app, r.randrange(10 ** 17, 10 ** 18), 1709600000000, self.sc.epoch, 1709600000000, self.app, r.randrange(10 ** 12, 10 ** 13))),
                "java.io.IOException: Resource hdfs://nn01.%s:8020/user/.sparkStaging/__spark_libs__.zip changed on src filesystem (expected %d, was %d" % (self.sc.domain, 1709600000000, 1709600001234)]

    def oom(self, t):
        r = self.r
        c = self.cid(r)
        pid = r.randrange(10000, 90000)
        return [self.ln(t, "WARN", "org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl", "Container [pid=%d,containerID=%s] is running %dB beyond the 'PHYSICAL' memory limit. Current usage: 4.%d GB of 4 GB physical memory used; 6.%d GB of 8.4 GB virtual memory used. Killing container." % (pid, c, r.randrange(10 ** 6, 5 * 10 ** 8), r.randrange(1, 6), r.randrange(0, 9))),
                "Dump of the process-tree for %s :" % c,
                "\t|- PID PPID PGRPID SESSID CMD_NAME USER_MODE_TIME(MILLIS) SYSTEM_TIME(MILLIS) VMEM_USAGE(BYTES) RSSMEM_USAGE(PAGES) FULL_CMD_LINE",
                "\t|- %d %d %d %d (java) %d %d %d %d /usr/lib/jvm/java-8-openjdk/bin/java -server -Xmx3584m org.apache.spark.executor.YarnCoarseGrainedExecutorBackend --driver-url spark://CoarseGrainedScheduler@%s:35711 --executor-id %d" % (pid, pid - 7, pid - 7, pid - 7, r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 4, 10 ** 6), r.randrange(6 * 10 ** 9, 7 * 10 ** 9), r.randrange(10 ** 6, 1100000), self.nnip, r.randrange(1, 60)),
                self.ln(t, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl", "Container %s transitioned from RUNNING to KILLING" % c),
                self.ln(t, "WARN", "org.apache.hadoop.yarn.server.nodemanager.LinuxContainerExecutor", "Exit code from container %s is : 143" % c),
                self.ln(t, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl", "Container %s transitioned from KILLING to EXITED_WITH_FAILURE" % c)]

    def disk(self, t):
        r = self.r
        d = r.randrange(1, 5)
        return [self.ln(t, "WARN", "org.apache.hadoop.yarn.server.nodemanager.DirectoryCollection", "Directory /data/%d/yarn/local error, used space above threshold of 90.0%%, removing from list of valid directories" % d),
                self.ln(t, "ERROR", "org.apache.hadoop.yarn.server.nodemanager.LocalDirsHandlerService", "Most of the disks failed. 1/4 local-dirs usable space is below configured utilization percentage/no more usable space [ /data/1/yarn/local : used space above threshold of 90.0%% ] ; 1/4 log-dirs usable space is below configured utilization percentage/no more usable space"),
                self.ln(t, "WARN", "org.apache.hadoop.yarn.server.nodemanager.containermanager.launcher.ContainerLaunch", "Failed to launch container %s: java.io.IOException: No space left on device" % self.cid(r))]


class Spark(Fmt):
    key, fname, clock, base, perr = "spark_driver", "spark-driver.log", "local", 60.0, 0.003
    kinds = ("latency_shift", "oom_kill", "retry_storm", "error_burst", "new_error", "traffic_flood")
    dies = False

    def setup(self):
        self.stage = self.r.randrange(1, 40)
        self.tid = self.r.randrange(1000, 90000)
        self.ntask = 200
        self.done = 0
        self.med = self.r.uniform(800, 6000)
        self.execs = {i: "10.4.%d.%d" % (i // 16, 10 + i % 16) for i in range(1, 25)}

    def ts(self, t):
        return self.L(t).strftime("%y/%m/%d %H:%M:%S")

    def ln(self, t, lv, cls, msg):
        return "%s %s %s: %s" % (self.ts(t), lv, cls, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.45:
            self.done += 1
            e = r.randrange(1, 25)
            out = [self.ln(t, "INFO", "TaskSetManager", "Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/%d)"
                           % (self.done - 1, self.stage, self.tid - 30, int(lognorm(r, self.med, 0.3) * self.lat), self.execs[e], e, self.done, self.ntask))]
            if self.done >= self.ntask:
                out += [self.ln(t, "INFO", "YarnScheduler", "Removed TaskSet %d.0, whose tasks have all completed, from pool " % self.stage),
                        self.ln(t, "INFO", "DAGScheduler", "ResultStage %d (parquet at ETLJob.scala:%d) finished in %.3f s" % (self.stage, r.randrange(40, 400), self.ntask * self.med / 24000 * self.lat))]
                self.stage += 1
                self.done = 0
                self.ntask = pick(r, [200, 200, 400, 64, 1000])
                out += [self.ln(t, "INFO", "DAGScheduler", "Submitting %d missing tasks from ShuffleMapStage %d (MapPartitionsRDD[%d] at parquet at ETLJob.scala:%d) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))" % (self.ntask, self.stage, self.stage * 3 + 2, r.randrange(40, 400))),
                        self.ln(t, "INFO", "YarnScheduler", "Adding task set %d.0 with %d tasks resource profile 0" % (self.stage, self.ntask))]
            return out
        if x < 0.9:
            self.tid += 1
            e = r.randrange(1, 25)
            return [self.ln(t, "INFO", "TaskSetManager", "Starting task %d.0 in stage %d.0 (TID %d) (%s, executor %d, partition %d, PROCESS_LOCAL, %d bytes) " % (min(self.done + 30, self.ntask - 1), self.stage, self.tid, self.execs[e], e, min(self.done + 30, self.ntask - 1), r.randrange(4000, 9000)))]
        if x < 0.96:
            return [self.ln(t, "INFO", "BlockManagerInfo", "Removed broadcast_%d_piece0 on %s:%d in memory (size: %.1f KiB, free: %.1f GiB)" % (r.randrange(1, 400), pick(r, list(self.execs.values())), r.randrange(30000, 45000), r.uniform(5, 90), r.uniform(1, 2.2)))]
        return [self.ln(t, "WARN", "TaskSetManager", "Stage %d contains a task of very large size (%d KiB). The maximum recommended task size is 1000 KiB." % (self.stage, r.randrange(1001, 4000)))] if r.random() < 0.1 else \
            [self.ln(t, "INFO", "MemoryStore", "Block broadcast_%d stored as values in memory (estimated size %.1f KiB, free 2004.5 MiB)" % (r.randrange(1, 400), r.uniform(5, 400)))]

    def err(self, t):
        r = self.r
        e = r.randrange(1, 25)
        return [self.ln(t, "WARN", "TaskSetManager", "Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): java.io.IOException: Filesystem closed" % (r.randrange(self.ntask), self.stage, self.tid, self.execs[e], e))]

    def new_err(self, t):
        r = self.r
        e = r.randrange(1, 25)
        return [self.ln(t, "WARN", "TaskSetManager", "Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): org.apache.spark.sql.execution.QueryExecutionException: Parquet column cannot be converted in file hdfs://nn01.%s:8020/warehouse/events/dt=2024-02-%02d/part-%05d.snappy.parquet. Column: [amount], Expected: decimal(18,2), Found: DOUBLE"
                        % (r.randrange(self.ntask), self.stage, self.tid, self.execs[e], e, self.sc.domain, r.randrange(1, 29), r.randrange(9999)))]

    def retry(self, t):
        r = self.r
        e = r.randrange(1, 25)
        return [self.ln(t, "WARN", "TaskSetManager", "Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): FetchFailed(BlockManagerId(%d, %s, 7337, None), shuffleId=%d, mapIndex=%d, mapId=%d, reduceId=%d, message=" % (r.randrange(self.ntask), self.stage, self.tid, self.execs[e], e, e, self.execs[e], self.stage - 1, r.randrange(200), r.randrange(10 ** 4), r.randrange(200))),
                "org.apache.spark.shuffle.FetchFailedException: Connection from /%s:7337 closed" % self.execs[e],
                self.ln(t, "INFO", "RetryingBlockTransferor", "Retrying fetch (%d/3) for %d outstanding blocks after 5000 ms" % (r.randrange(1, 4), r.randrange(1, 40)))]

    def oom(self, t):
        r = self.r
        e = r.randrange(1, 25)
        m = "Container killed by YARN for exceeding memory limits. %.1f GB of 4.4 GB physical memory used. Consider boosting spark.executor.memoryOverhead." % r.uniform(4.5, 4.9)
        return [self.ln(t, "WARN", "YarnAllocator", "Container from a bad node: container_e%02d_%d_%04d_01_%06d on host: %s. Exit status: 143. Diagnostics: [%s]%s." % (self.sc.epoch, 1709600000000, r.randrange(1, 900), r.randrange(1, 400), self.sc.dnhost, self.ts(t), m)),
                self.ln(t, "ERROR", "YarnScheduler", "Lost executor %d on %s: %s" % (e, self.execs[e], m)),
                self.ln(t, "WARN", "TaskSetManager", "Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): ExecutorLostFailure (executor %d exited caused by one of the running tasks) Reason: %s" % (r.randrange(self.ntask), self.stage, self.tid, self.execs[e], e, e, m)),
                self.ln(t, "INFO", "DAGScheduler", "Executor lost: %d (epoch %d)" % (e, r.randrange(1, 90)))]

    def flood(self, t):
        return self.normal(t)


class HBase(Fmt):
    key, fname, clock, base, perr = "hbase_rs", "hbase-regionserver.log", "local", 25.0, 0.003
    kinds = ("latency_shift", "retry_storm", "error_burst", "oom_kill", "silence")

    def ts(self, t):
        d = self.L(t)
        return "%s,%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, th, cls, msg):
        return "%s %-5s [%s] %s: %s" % (self.ts(t), lv, th, cls, msg)

    def reg(self, r):
        return "%s,%s,%d.%s." % (pick(r, ["events", "user_profiles", "features:item_emb"]), hexs(r, 8), 1700000000000 + r.randrange(10 ** 9), hexs(r, 32))

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.4:
            ms = int(lognorm(r, 900) * self.lat)
            return [self.ln(t, "WARN", "RpcServer.default.FPBQ.Fifo.handler=%d,queue=%d,port=16020" % (r.randrange(30), r.randrange(3)), "ipc.RpcServer",
                            "(responseTooSlow): {\"call\":\"Multi(org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos$MultiRequest)\",\"multi.gets\":0,\"starttimems\":\"%d\",\"responsesize\":\"%d\",\"method\":\"Multi\",\"param\":\"region= %s, for %d action(s) and 1st row key=%s\",\"processingtimems\":%d,\"client\":\"%s:%d\",\"multi.service_calls\":0,\"queuetimems\":%d,\"class\":\"HRegionServer\",\"multi.mutations\":%d}"
                            % (int(t * 1000) - ms, r.randrange(10, 900), self.reg(r), r.randrange(100, 2000), hexs(r, 16), ms, ip(r, "10.4"), r.randrange(30000, 60000), r.randrange(0, 5), r.randrange(100, 2000)))]
        if x < 0.65:
            return [self.ln(t, "INFO", "MemStoreFlusher.%d" % r.randrange(2), "regionserver.HRegion", "Finished flush of dataSize ~%.2f MB/%d, heapSize ~%.2f MB/%d, currentSize=0 B/0 for %s in %dms, sequenceid=%d, compaction requested=%s"
                            % (r.uniform(10, 128), r.randrange(10 ** 7, 10 ** 8), r.uniform(30, 200), r.randrange(10 ** 7, 10 ** 8), hexs(r, 32), int(lognorm(r, 400) * self.lat), r.randrange(10 ** 6, 10 ** 8), pick(r, ["true", "false"])))]
        if x < 0.85:
            return [self.ln(t, "INFO", "regionserver/rs%02d:16020-shortCompactions-0" % r.randrange(1, 9), "regionserver.HStore", "Completed compaction of %d (all) file(s) in %s/f of %s into %s(size=%.1f M), total size for store is %.1f G. This selection was in queue for 0sec, and took %dsec to execute."
                            % (r.randrange(2, 8), hexs(r, 32), self.reg(r), hexs(r, 32), r.uniform(10, 900), r.uniform(1, 30), int(lognorm(r, 8) * self.lat) + 1))]
        return [self.ln(t, "INFO", "LruBlockCacheStatsExecutor", "hfile.LruBlockCache", "totalSize=%.2f GB, freeSize=%.2f GB, max=6.40 GB, blockCount=%d, accesses=%d, hits=%d, hitRatio=%.2f%%, , cachingAccesses=%d, cachingHits=%d, cachingHitsRatio=%.2f%%, evictions=%d, evicted=%d, evictedPerRun=%.2f"
                        % (r.uniform(4, 6), r.uniform(0.4, 2), r.randrange(10 ** 4, 10 ** 5), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.uniform(90, 99), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.uniform(90, 99), r.randrange(1000, 9000), r.randrange(10 ** 5, 10 ** 6), r.uniform(10, 300)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "WARN", "RpcServer.default.FPBQ.Fifo.handler=%d,queue=0,port=16020" % r.randrange(30), "regionserver.HRegion", "Region %s is too busy, rejecting request: org.apache.hadoop.hbase.RegionTooBusyException: Over memstore limit=512.0 M, regionName=%s, server=rs%02d.%s,16020,%d" % (self.reg(r), hexs(r, 32), r.randrange(1, 9), self.sc.domain, 1709000000000))]

    def retry(self, t):
        r = self.r
        return [self.ln(t, "WARN", "main-SendThread(zk%d.%s:2181)" % (r.randrange(1, 4), self.sc.domain), "zookeeper.ClientCnxn", "Client session timed out, have not heard from server in %dms for session id 0x%s" % (r.randrange(20000, 40000), hexs(r, 16))),
                self.ln(t, "INFO", "main-SendThread(zk%d.%s:2181)" % (r.randrange(1, 4), self.sc.domain), "zookeeper.ClientCnxn", "Session 0x%s for server zk%d.%s/10.4.0.%d:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException." % (hexs(r, 16), r.randrange(1, 4), self.sc.domain, r.randrange(5, 8)))]

    def oom(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "RpcServer.default.FPBQ.Fifo.handler=%d,queue=0,port=16020" % r.randrange(30), "regionserver.HRegionServer", "***** ABORTING region server rs%02d.%s,16020,%d: Run out of memory; HRegionServer will abort itself immediately *****" % (r.randrange(1, 9), self.sc.domain, 1709000000000)),
                "java.lang.OutOfMemoryError: Java heap space",
                "\tat java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:57)",
                "\tat org.apache.hadoop.hbase.io.ByteBuffAllocator.allocateOnHeap(ByteBuffAllocator.java:311)",
                self.ln(t, "INFO", "RpcServer.default.FPBQ.Fifo.handler=%d,queue=0,port=16020" % r.randrange(30), "regionserver.HRegionServer", "Dump of metrics as JSON on abort: {\"beans\":[{\"name\":\"java.lang:type=Memory\",\"HeapMemoryUsage\":{\"committed\":8589934592,\"max\":8589934592,\"used\":8589120000}}]}")]

    def restart(self, t):
        return [self.ln(t, "INFO", "main", "regionserver.HRegionServer", "STARTING executorService HRegionServer"),
                self.ln(t, "INFO", "main", "util.VersionInfo", "HBase 2.5.7-hadoop3"),
                self.ln(t, "INFO", "main", "regionserver.HRegionServer", "Serving as rs%02d.%s,16020,%d, RpcServer on rs%02d.%s/%s:16020, sessionid=0x%s" % (3, self.sc.domain, int(t * 1000), 3, self.sc.domain, ip(self.r, "10.4"), hexs(self.r, 16)))]


# ---------------------------------------------------------------- pipelines --
class Dagster(Fmt):
    key, fname, clock, base, perr = "dagster", "dagster-daemon.log", "abs", 25.0, 0.004
    kinds = ("new_error", "retry_storm", "latency_shift", "error_burst", "traffic_flood")
    dies = False
    OPS = ["extract_orders", "extract_customers", "stage_events", "clean_events", "dedupe_sessions", "build_features", "train_churn_model", "score_customers", "publish_dashboard", "load_warehouse"]

    def setup(self):
        self.run = uuid4(self.r)
        self.job = "daily_sales_job"
        self.i = 0
        self.med = {o: self.r.uniform(1, 60) for o in self.OPS}

    def ts(self, t):
        d = lt(t, self.sc.off)
        o = self.sc.off // 60
        return "%s %s%02d%02d" % (d.strftime("%Y-%m-%d %H:%M:%S"), "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60)

    def ln(self, t, lv, step, ev, msg):
        return "%s - dagster - %s - %s - %s - %d - %s%s - %s" % (self.ts(t), lv, self.job, self.run, self.pid, step + " - " if step else "", ev, msg)

    def normal(self, t):
        r = self.r
        if r.random() < self.perr:
            return self.err(t)
        if self.i >= 2 * len(self.OPS):
            self.i = 0
            self.run = uuid4(r)
            self.job = pick(r, ["daily_sales_job", "hourly_events_job", "ml_features_job", "customer_360_job"])
            self.newpid()
            return [self.ln(t, "DEBUG", "", "RUN_SUCCESS", "Finished execution of run for \"%s\"." % self.job),
                    self.ln(t, "DEBUG", "", "RUN_START", "Started execution of run for \"%s\"." % self.job),
                    self.ln(t, "DEBUG", "", "ENGINE_EVENT", "Started process for run (pid: %d)." % self.pid)]
        op = self.OPS[self.i // 2]
        self.i += 1
        if self.i % 2:
            return [self.ln(t, "DEBUG", op, "STEP_START", "Started execution of step \"%s\"." % op),
                    self.ln(t, "DEBUG", op, "LOADED_INPUT", "Loaded input \"%s\" using input manager \"io_manager\"" % pick(r, ["raw", "df", "events", "upstream"]))]
        return [self.ln(t, "DEBUG", op, "HANDLED_OUTPUT", "Handled output \"result\" using IO manager \"io_manager\""),
                self.ln(t, "DEBUG", op, "STEP_SUCCESS", "Finished execution of step \"%s\" in %.2fs." % (op, lognorm(r, self.med[op], 0.2) * self.lat))]

    def err(self, t):
        op = pick(self.r, self.OPS)
        return [self.ln(t, "WARNING", op, "STEP_WORKER_STARTING", "Run worker for step \"%s\" was interrupted (ECS task stopped: Essential container in task exited); resuming" % op)]

    def new_err(self, t):
        r = self.r
        op = "load_warehouse"
        return [self.ln(t, "ERROR", op, "STEP_FAILURE", "Execution of step \"%s\" failed." % op), "",
                "dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op \"%s\"::" % op, "",
                "snowflake.connector.errors.ProgrammingError: 002003 (42S02): %s: SQL compilation error:" % uuid4(r),
                "Object 'ANALYTICS.RAW.ORDERS_V2' does not exist or not authorized.", "",
                "Stack Trace:", '  File "/usr/local/lib/python3.11/site-packages/dagster/_core/execution/plan/utils.py", line 54, in op_execution_error_boundary',
                "    yield"]

    def retry(self, t):
        r = self.r
        op = pick(r, ["extract_orders", "extract_customers"])
        return [self.ln(t, "DEBUG", op, "STEP_UP_FOR_RETRY", "Execution of step \"%s\" failed and has requested a retry in 30 seconds." % op), "",
                "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.shop.example.com', port=443): Max retries exceeded with url: /v2/orders?page=%d (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f%s>, 'Connection to api.shop.example.com timed out. (connect timeout=10)'))" % (r.randrange(1, 900), hexs(r, 9)),
                self.ln(t, "DEBUG", op, "STEP_RESTARTED", "Started re-execution (attempt # %d) of step \"%s\"." % (r.randrange(2, 6), op))]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "DEBUG", "", "ASSET_MATERIALIZATION_PLANNED", "%s intends to materialize asset [\"events_partitioned\", \"%s\"]" % (self.job, "2024-01-%02d-%02d:00" % (r.randrange(1, 29), r.randrange(24))))]


class Prefect(Fmt):
    key, fname, clock, base, perr = "prefect", "prefect-worker.log", "local", 20.0, 0.004
    kinds = ("retry_storm", "new_error", "error_burst", "silence")
    FLOWS = ["crimson-wolf", "amber-heron", "silver-lynx", "quiet-badger", "brave-otter", "jade-falcon", "rusty-mole", "sage-python"]

    def ts(self, t):
        d = self.L(t)
        return "%s.%03d" % (d.strftime("%H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, msg):
        return "%s | %-7s | %s" % (self.ts(t), lv, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        f = pick(r, self.FLOWS)
        task = pick(r, ["extract", "transform", "load", "validate", "notify"])
        if x < 0.15:
            return [self.ln(t, "INFO", "prefect.flow_runs.worker - Worker 'ProcessWorker %s' submitting flow run '%s'" % (self.sc.wid, uuid4(r))),
                    self.ln(t, "INFO", "prefect.flow_runs.runner - Opening process...")]
        if x < 0.55:
            return [self.ln(t, "INFO", "Flow run '%s' - Created task run '%s-%d' for task '%s'" % (f, task, r.randrange(0, 40), task))]
        if x < 0.9:
            return [self.ln(t, "INFO", "Task run '%s-%d' - Finished in state Completed()" % (task, r.randrange(0, 40)))]
        if x < 0.96:
            return [self.ln(t, "INFO", "Flow run '%s' - Finished in state Completed('All states completed.')" % f),
                    self.ln(t, "INFO", "prefect.flow_runs.worker - Process %d exited cleanly." % r.randrange(10000, 90000))]
        return [self.ln(t, "WARNING", "Task run '%s-%d' - Task run '%s' received invalid parameters: retry_delay_seconds ignored for cached result" % (task, r.randrange(40), task))] if r.random() < 0.05 else \
            [self.ln(t, "INFO", "prefect.worker.process.%s - Worker pool 'hpc-pool' polling for scheduled flow runs" % self.sc.wid[:8])]

    def err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "Flow run '%s' - Finished in state Failed('Flow run encountered an exception: KeyError: \\'customer_id\\'')" % pick(r, self.FLOWS))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "Task run 'load-%d' - Finished in state Failed('Task run encountered an exception SchemaValidationError: column \"discount_pct\" has type FLOAT64, expected NUMERIC(5,2)')" % r.randrange(40))]

    def retry(self, t):
        r = self.r
        n = r.randrange(40)
        return [self.ln(t, "ERROR", "Task run 'extract-%d' - Encountered exception during execution: httpx.ConnectTimeout: timed out" % n),
                self.ln(t, "INFO", "Task run 'extract-%d' - Received non-final state 'AwaitingRetry' when proposing final state 'Failed' and will attempt to run again..." % n)]

    def restart(self, t):
        return [self.ln(t, "INFO", "prefect.worker.process.%s - Worker 'ProcessWorker %s' started!" % (self.sc.wid[:8], self.sc.wid))]

    def stop(self, t):
        return [self.ln(t, "INFO", "prefect.worker.process.%s - Worker 'ProcessWorker %s' stopped!" % (self.sc.wid[:8], self.sc.wid))]


class Luigi(Fmt):
    key, fname, clock, base, perr = "luigi", "luigi-worker.log", "local", 12.0, 0.006
    kinds = ("new_error", "error_burst", "disk_full", "traffic_flood")
    dies = False
    TASKS = ["ExtractOrders", "ExtractClickstream", "CleanClickstream", "AggregateSessions", "BuildDailyReport", "LoadToWarehouse", "ExportS3Snapshot"]

    def ts(self, t):
        d = self.L(t)
        return "%s,%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, msg):
        return "%s luigi-interface[%d] %s: %s" % (self.ts(t), self.pid, lv, msg)

    def wk(self):
        return "Worker(salt=%d, workers=4, host=%s, username=etl, pid=%d)" % (self.sc.salt, self.host, self.pid)

    def task(self, r):
        return "%s(date=%s, region=%s)" % (pick(r, self.TASKS), lt(self.sc.t0 - 86400 * r.randrange(0, 3), self.off).strftime("%Y-%m-%d"), pick(r, ["eu", "us", "apac"]))

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        tk = self.task(r)
        if x < 0.3:
            return [self.ln(t, "INFO", "[pid %d] %s running   %s" % (self.pid, self.wk(), tk))]
        if x < 0.6:
            return [self.ln(t, "INFO", "[pid %d] %s done      %s" % (self.pid, self.wk(), tk)),
                    self.ln(t, "DEBUG", "1 running tasks, waiting for next task to finish")]
        if x < 0.85:
            return [self.ln(t, "INFO", "Informed scheduler that task   %s_%s   has status   DONE" % (tk.split("(")[0], hexs(r, 10)))]
        return [self.ln(t, "DEBUG", "Checking if %s is complete" % tk)]

    def err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "[pid %d] %s failed    %s" % (self.pid, self.wk(), self.task(r))),
                "luigi.contrib.postgres.PGCopyError: COPY failed: duplicate key value violates unique constraint \"orders_pkey\"",
                self.ln(t, "INFO", "Informed scheduler that task   %s_%s   has status   FAILED" % (pick(r, self.TASKS), hexs(r, 10)))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "[pid %d] %s failed    %s" % (self.pid, self.wk(), self.task(r))),
                "botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.",
                self.ln(t, "INFO", "Informed scheduler that task   ExportS3Snapshot_%s   has status   FAILED" % hexs(r, 10))]

    def disk(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "[pid %d] %s failed    %s" % (self.pid, self.wk(), self.task(r))),
                "OSError: [Errno 28] No space left on device: '/data/luigi/tmp/luigi-tmp-%010d'" % r.randrange(10 ** 9, 10 ** 10),
                self.ln(t, "INFO", "Informed scheduler that task   %s_%s   has status   FAILED" % (pick(r, self.TASKS), hexs(r, 10)))]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "DEBUG", "Checking if RawEventPartition(date=2024-01-%02d, hour=%02d, shard=%d) is complete" % (r.randrange(1, 29), r.randrange(24), r.randrange(64)))]


class Dbt(Fmt):
    key, fname, clock, base, scal, perr = "dbt", "dbt.log", "local", 12.0, False, 0.0
    kinds = ("new_error", "latency_shift")
    dies = False

    def setup(self):
        self.q = []
        self.med = {m: self.r.uniform(0.5, 30) for m in MODELS}

    def ts(self, t):
        d = self.L(t)
        return "%s.%06d" % (d.strftime("%H:%M:%S"), d.microsecond)

    def ln(self, t, lv, th, msg):
        return "%s [%-5s] [%s]: %s" % (self.ts(t), lv, th, msg)

    def newrun(self, t):
        r = self.r
        d = self.L(t)
        inv = uuid4(r)
        ms = MODELS[:]
        out = ["", "", "============================== %s.%06d | %s ==============================" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, inv),
               "%s [info ] [MainThread]: Running with dbt=1.7.9" % self.ts(t),
               "%s [debug] [MainThread]: running dbt with arguments {'printer_width': '80', 'indirect_selection': 'eager', 'log_cache_events': 'False', 'write_json': 'True', 'partial_parse': 'True', 'cache_selected_only': 'False', 'warn_error': 'None', 'fail_fast': 'False', 'profiles_dir': '/opt/dbt', 'log_path': '/opt/dbt/logs', 'version_check': 'True', 'debug': 'False', 'use_colors': 'True', 'use_experimental_parser': 'False', 'no_print': 'None', 'quiet': 'False', 'warn_error_options': 'WarnErrorOptions(include=[], exclude=[])', 'invocation_command': 'dbt run --target prod', 'log_format': 'default', 'static_parser': 'True', 'target_path': 'None', 'introspect': 'True', 'send_anonymous_usage_stats': 'False'}" % self.ts(t),
               self.ln(t, "info ", "MainThread", "Registered adapter: postgres=1.7.9"),
               self.ln(t, "info ", "MainThread", "Found %d models, %d tests, %d sources, 0 exposures, 0 metrics, 512 macros, 0 groups, 0 semantic models" % (len(ms), 64, 9)),
               self.ln(t, "info ", "MainThread", ""), self.ln(t, "info ", "MainThread", "Concurrency: 4 threads (target='prod')"), self.ln(t, "info ", "MainThread", "")]
        self.q = [("start", i, m) for i, m in enumerate(ms)]
        self.q = [x for i, m in enumerate(ms) for x in (("start", i, m), ("ok", i, m))] + [("end", 0, "")]
        return out

    def normal(self, t):
        r = self.r
        if not self.q:
            return self.newrun(t)
        what, i, m = self.q.pop(0)
        n = len(MODELS)
        th = "Thread-%d (" % (i % 4 + 1)
        if what == "start":
            return [self.ln(t, "info ", th, ("%d of %d START sql table model analytics.%s " % (i + 1, n, m)).ljust(68, ".") + " [RUN]")]
        if what == "ok":
            return [self.ln(t, "debug", th, "Began running node model.analytics.%s" % m) if r.random() < 0.3 else self.ln(t, "debug", th, "On model.analytics.%s: COMMIT" % m),
                    self.ln(t, "info ", th, ("%d of %d OK created sql table model analytics.%s " % (i + 1, n, m)).ljust(68, ".") + " [SELECT %d in %.2fs]" % (r.randrange(100, 9000000), lognorm(r, self.med[m], 0.2) * self.lat))]
        return [self.ln(t, "info ", "MainThread", ""), self.ln(t, "info ", "MainThread", "Finished running %d table models in 0 hours %d minutes and %.2f seconds (%.2fs)." % (n, r.randrange(1, 9), r.uniform(0, 59), r.uniform(60, 500))),
                self.ln(t, "info ", "MainThread", ""), self.ln(t, "info ", "MainThread", "Completed successfully"), self.ln(t, "info ", "MainThread", ""),
                self.ln(t, "info ", "MainThread", "Done. PASS=%d WARN=0 ERROR=0 SKIP=0 TOTAL=%d" % (n, n))]

    def new_err(self, t):
        r = self.r
        n = len(MODELS)
        return [self.ln(t, "error", "Thread-2 (", ("%d of %d ERROR creating sql table model analytics.fct_orders " % (5, n)).ljust(68, ".") + " [ERROR in %.2fs]" % r.uniform(0.2, 0.9)),
                self.ln(t, "error", "MainThread", "Database Error in model fct_orders (models/marts/fct_orders.sql)"),
                self.ln(t, "error", "MainThread", "  column \"discount_amount\" does not exist"),
                self.ln(t, "error", "MainThread", "  LINE 41:         sum(oi.discount_amount) as total_discount,"),
                self.ln(t, "error", "MainThread", "  compiled Code at target/run/analytics/models/marts/fct_orders.sql")]


# ---------------------------------------------------------------- workflows --
class Nextflow(Fmt):
    key, fname, clock, base, perr = "nextflow", ".nextflow.log", "local", 20.0, 0.004
    kinds = ("new_error", "oom_kill", "retry_storm", "disk_full", "traffic_flood", "silence")
    dies = False
    PROCS = ["FASTQC", "TRIMGALORE", "BWA_MEM", "SAMTOOLS_SORT", "MARKDUPLICATES", "BQSR", "HAPLOTYPECALLER", "MULTIQC"]

    def ts(self, t):
        d = self.L(t)
        return "%s-%02d %s.%03d" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, th, lv, cls, msg):
        return "%s [%s] %-5s %s - %s" % (self.ts(t), th, lv, cls, msg)

    def wd(self, r):
        return "%s/%s" % (hexs(r, 2), hexs(r, 6))

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        p = "%s (%s)" % (pick(r, self.PROCS), pick(r, SAMPLES))
        if x < 0.3:
            return [self.ln(t, "Task submitter", "INFO", "nextflow.Session", "[%s] Submitted process > %s" % (self.wd(r), p))]
        if x < 0.6:
            w = self.wd(r)
            return [self.ln(t, "Task monitor", "DEBUG", "n.processor.TaskPollingMonitor", "Task completed > TaskHandler[jobId: %d; id: %d; name: %s; status: COMPLETED; exit: 0; error: -; workDir: /scratch/nf/work/%s%s started: %d; exited: %sZ; ]"
                            % (r.randrange(2000000, 9000000), r.randrange(1, 9000), p, w, hexs(r, 26), int(t * 1000) - r.randrange(10 ** 5, 10 ** 7), lt(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]))]
        if x < 0.8:
            return [self.ln(t, "Task submitter", "DEBUG", "n.executor.GridTaskHandler", "[SLURM] submitted process %s > jobId: %d; workDir: /scratch/nf/work/%s%s" % (p, r.randrange(2000000, 9000000), self.wd(r), hexs(r, 26)))]
        if x < 0.95:
            return [self.ln(t, "Task monitor", "DEBUG", "n.processor.TaskPollingMonitor", "!! executor slurm > tasks to be completed: %d -- submitted tasks are shown below" % r.randrange(10, 300)),
                    "~> TaskHandler[jobId: %d; id: %d; name: %s; status: RUNNING; exit: -; error: -; workDir: /scratch/nf/work/%s%s started: %d; exited: -; ]" % (r.randrange(2000000, 9000000), r.randrange(1, 9000), p, self.wd(r), hexs(r, 26), int(t * 1000) - 60000)]
        return [self.ln(t, "Task monitor", "DEBUG", "n.executor.AbstractGridExecutor", "Failed to parse job status line: '  %d  PENDING' (queue status may be incomplete)" % r.randrange(2000000, 9000000))] if r.random() < 0.1 else \
            [self.ln(t, "Actor Thread %d" % r.randrange(1, 40), "DEBUG", "nextflow.file.SortFileCollector", "Saved collect-files list to: /scratch/nf/.nextflow/cache/%s" % hexs(r, 32))]

    def err(self, t):
        r = self.r
        p = "%s (%s)" % (pick(r, self.PROCS), pick(r, SAMPLES))
        return [self.ln(t, "Task monitor", "INFO", "nextflow.processor.TaskProcessor", "[%s] NOTE: Process `%s` terminated with an error exit status (140) -- Execution is retried (1)" % (self.wd(r), p))]

    def retry(self, t):
        r = self.r
        p = "%s (%s)" % (pick(r, ["BWA_MEM", "HAPLOTYPECALLER"]), pick(r, SAMPLES))
        return [self.ln(t, "Task monitor", "INFO", "nextflow.processor.TaskProcessor", "[%s] NOTE: Process `%s` terminated with an error exit status (%d) -- Execution is retried (%d)" % (self.wd(r), p, r.choice([1, 255]), r.randrange(1, 4))),
                self.ln(t, "Task monitor", "DEBUG", "n.executor.GridTaskHandler", "Failed to get exit status for process TaskHandler[jobId: %d] -- exitStatusReadTimeoutMillis: 270000; delta: %d" % (r.randrange(2000000, 9000000), r.randrange(270000, 400000)))]

    def fail(self, t, p, code, cmd, errl):
        r = self.r
        return [self.ln(t, "Task monitor", "ERROR", "nextflow.processor.TaskProcessor", "Error executing process > '%s'" % p), "",
                "Caused by:", "  Process `%s` terminated with an error exit status (%d)" % (p, code), "", "Command executed:", "", "  " + cmd, "",
                "Command exit status:", "  %d" % code, "", "Command output:", "  (empty)", "", "Command error:"] + ["  " + e for e in errl] + \
               ["", "Work dir:", "  /scratch/nf/work/%s%s" % (self.wd(r), hexs(r, 26)), "",
                "Tip: you can replicate the issue by changing to the process work dir and entering the command `bash .command.run`"]

    def new_err(self, t):
        r = self.r
        s = pick(r, SAMPLES)
        return self.fail(t, "HAPLOTYPECALLER (%s)" % s, 2, "gatk --java-options \"-Xmx8g\" HaplotypeCaller -R GRCh38.fa -I %s.recal.bam -O %s.g.vcf.gz -ERC GVCF" % (s, s),
                         ["A USER ERROR has occurred: Input files reference and reads have incompatible contigs: No overlapping contigs found.", "  reference contigs = [chr1, chr2, chr3, ...]", "  reads contigs = [1, 2, 3, ...]"])

    def oom(self, t):
        r = self.r
        s = pick(r, SAMPLES)
        return self.fail(t, "BWA_MEM (%s)" % s, 137, "bwa mem -t 16 -R '@RG\\tID:%s\\tSM:%s' GRCh38.fa %s_R1.fq.gz %s_R2.fq.gz | samtools view -b -o %s.bam" % (s, s, s, s, s),
                         [".command.sh: line 2: %d Killed                  bwa mem -t 16 GRCh38.fa %s_R1.fq.gz %s_R2.fq.gz" % (r.randrange(10000, 90000), s, s),
                          "slurmstepd: error: Detected 1 oom_kill event in StepId=%d.batch. Some of the step tasks have been OOM Killed." % r.randrange(2000000, 9000000)])

    def disk(self, t):
        r = self.r
        s = pick(r, SAMPLES)
        return self.fail(t, "SAMTOOLS_SORT (%s)" % s, 1, "samtools sort -@ 8 -m 2G -T /scratch/tmp/%s -o %s.sorted.bam %s.bam" % (s, s, s),
                         ["[E::hts_open_format] Failed to open file \"/scratch/tmp/%s.%04d.bam\" : No space left on device" % (s, r.randrange(9999)),
                          "samtools sort: failed to create temporary file \"/scratch/tmp/%s.%04d.bam\": No space left on device" % (s, r.randrange(9999))])

    def flood(self, t):
        r = self.r
        return [self.ln(t, "Task submitter", "INFO", "nextflow.Session", "[%s] Submitted process > SPLIT_INTERVALS (chunk_%05d)" % (self.wd(r), r.randrange(99999)))]


class Snakemake(Fmt):
    key, fname, clock, base, perr = "snakemake", "snakemake.log", "local", 8.0, 0.0
    kinds = ("new_error", "disk_full", "traffic_flood", "silence")
    dies = False
    RULES = ["fastp", "star_align", "featurecounts", "salmon_quant", "deseq2", "multiqc", "index_bam"]

    def setup(self):
        self.job = self.r.randrange(10, 300)
        self.done = self.r.randrange(10, 400)
        self.total = 2400

    def ts(self, t):
        d = self.L(t)
        return "[%s %s %2d %s %d]" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year)

    def normal(self, t):
        r = self.r
        s = pick(r, SAMPLES)
        if r.random() < 0.5:
            self.job += 1
            rule = pick(r, self.RULES)
            return [self.ts(t), "rule %s:" % rule, "    input: results/trimmed/%s_R1.fq.gz, results/trimmed/%s_R2.fq.gz" % (s, s),
                    "    output: results/%s/%s.out" % (rule, s), "    log: logs/%s/%s.log" % (rule, s), "    jobid: %d" % self.job,
                    "    reason: Missing output files: results/%s/%s.out" % (rule, s), "    wildcards: sample=%s" % s,
                    "    threads: %d" % pick(r, [1, 4, 8, 16]), "    resources: mem_mb=%d, disk_mb=%d, tmpdir=<TBD>, slurm_partition=compute, runtime=%d" % (pick(r, [4000, 16000, 32000]), pick(r, [1000, 20000]), pick(r, [60, 240])), "",
                    "Submitted job %d with external jobid 'Submitted batch job %d'." % (self.job, r.randrange(2000000, 9000000))]
        self.done += 1
        return [self.ts(t), "Finished job %d." % (self.job - r.randrange(0, 40)), "%d of %d steps (%d%%) done" % (self.done, self.total, 100 * self.done // self.total)]

    def rule_err(self, t, rule, s, extra):
        r = self.r
        j = r.randrange(2000000, 9000000)
        return [self.ts(t), "Error in rule %s:" % rule, "    jobid: %d" % self.job, "    input: results/star/%s.bam" % s, "    output: results/%s/%s.out" % (rule, s),
                "    log: logs/%s/%s.log (check log file(s) for error details)" % (rule, s), "    shell:", "        %s" % extra[0],
                "        (one of the commands exited with non-zero exit code; note that snakemake uses bash strict mode!)",
                "    cluster_jobid: Submitted batch job %d" % j, "",
                "Error executing rule %s on cluster (jobid: %d, external: Submitted batch job %d, jobscript: /scratch/.snakemake/tmp.%s/snakejob.%s.%d.sh). For error details see the cluster log and the log files of the involved rule(s)." % (rule, self.job, j, hexs(r, 8), rule, self.job)] + extra[1:]

    def new_err(self, t):
        s = pick(self.r, SAMPLES)
        return self.rule_err(t, "deseq2", s, ["Rscript scripts/deseq2.R results/featurecounts/%s.out" % s,
                                              "Error in DESeqDataSetFromMatrix(countData = cts, colData = coldata, design = ~condition) : ncol(countData) == nrow(colData) is not TRUE"])

    def disk(self, t):
        s = pick(self.r, SAMPLES)
        return self.rule_err(t, "star_align", s, ["STAR --runThreadN 16 --genomeDir ref/star --readFilesIn results/trimmed/%s_R1.fq.gz results/trimmed/%s_R2.fq.gz --outFileNamePrefix results/star/%s." % (s, s, s),
                                                  "OSError: [Errno 28] No space left on device: '/scratch/project/results/star/%s.Aligned.out.bam'" % s])

    def flood(self, t):
        self.job += 1
        return [self.ts(t), "localrule touch_marker:", "    output: results/markers/chunk_%05d.done" % self.job, "    jobid: %d" % self.job, "",
                "Finished job %d." % self.job]


class GridFtp(Fmt):
    key, fname, clock, base, perr = "gridftp", "gridftp.log", "local", 15.0, 0.005
    kinds = ("disk_full", "retry_storm", "error_burst", "new_error")
    dies = False

    def ts(self, t):
        d = self.L(t)
        return "%s %s %2d %s %d" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year)

    def ln(self, t, pid, msg):
        return "[%d] %s :: %s" % (pid, self.ts(t), msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        p = r.randrange(10000, 90000)
        c = "%s:%d" % (ip(r, "192.168"), r.randrange(40000, 60000))
        if x < 0.3:
            return [self.ln(t, p, "New connection from: %s" % c)]
        if x < 0.55:
            u = pick(r, USERS)
            return [self.ln(t, p, "%s: [CLIENT]: USER :globus-mapping:" % c), self.ln(t, p, "%s: [SERVER]: 230 User %s logged in." % (c, u))]
        if x < 0.85:
            return [self.ln(t, p, "Transfer stats: DATE=%s HOST=%s PROG=globus-gridftp-server NL.EVNT=FTP_INFO TYPE=%s CODE=226" % (lt(t).strftime("%Y%m%d%H%M%S.%f"), self.host, pick(r, ["RETR", "STOR"])))]
        return [self.ln(t, p, "Closed connection from %s" % c)]

    def err(self, t):
        r = self.r
        c = "%s:%d" % (ip(r, "192.168"), r.randrange(40000, 60000))
        return [self.ln(t, r.randrange(10000, 90000), "%s: [CLIENT ERROR]: ABOR: Transfer aborted by client (data connection reset by peer)" % c)]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, r.randrange(10000, 90000), "Server is not configured for SHARING: globus_gridftp_server_gsi_cred.c: Failed to acquire credentials: certificate /etc/grid-security/hostcert.pem has expired")]

    def retry(self, t):
        r = self.r
        p = r.randrange(10000, 90000)
        return [self.ln(t, p, "globus_xio: Unable to connect to %s:%d" % (ip(r, "192.168"), r.randrange(50000, 51000))),
                self.ln(t, p, "globus_xio: System error in connect: Connection timed out; retrying data channel (attempt %d of 5)" % r.randrange(1, 6))]

    def disk(self, t):
        r = self.r
        p = r.randrange(10000, 90000)
        return [self.ln(t, p, "%s:%d: [SERVER]: 451 Local resource failure: malloc error." % (ip(r, "192.168"), r.randrange(40000, 60000))) if False else
                self.ln(t, p, "globus_l_gfs_file_write_cb: globus_xio: System error in write: No space left on device"),
                self.ln(t, p, "%s:%d: [SERVER]: 451 End of file: globus_xio: System error in write: No space left on device" % (ip(r, "192.168"), r.randrange(40000, 60000)))]
