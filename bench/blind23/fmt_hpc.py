"""blind23 - HPC batch schedulers, node syslog, parallel file systems, data transfer, portal."""
from base import Fmt, MON, DOW, USERS, GROUPS, JOBNAMES, pick, wpick, hexs, ip, lognorm, lt


def nodelist(r, pre="cn", maxn=256):
    n = r.choice([1, 1, 1, 2, 4, 8])
    a = r.randrange(1, maxn - n)
    if n == 1:
        return "%s%03d" % (pre, a), 1
    return "%s[%03d-%03d]" % (pre, a, a + n - 1), n


# ---------------------------------------------------------------- PBS Pro ---
class PbsServer(Fmt):
    key, fname, clock, base, perr = "pbs_server", "pbs_server.log", "local", 30.0, 0.004
    kinds = ("error_burst", "new_error", "retry_storm", "traffic_flood", "silence")

    def setup(self):
        self.srv = self.sc.cluster + "pbs"
        self.job = self.r.randrange(100000, 900000)
        self.running = []
        self.arr = None

    def ts(self, t):
        return self.L(t).strftime("%m/%d/%Y %H:%M:%S")

    def ln(self, t, ev, cls, obj, msg):
        return "%s;%s;Server@%s;%s;%s;%s" % (self.ts(t), ev, self.srv, cls, obj, msg)

    def jid(self, j):
        return "%d.%s" % (j, self.srv)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.28:
            self.job += 1
            u = pick(r, USERS)
            self.running.append(self.job)
            if len(self.running) > 400:
                self.running = self.running[-300:]
            return [self.ln(t, "0100", "Job", self.jid(self.job),
                            "enqueuing into %s, state Q hop 1" % pick(r, ["workq", "short", "long", "gpu"])),
                    self.ln(t, "0008", "Job", self.jid(self.job),
                            "Job Queued at request of %s@login%d, owner = %s@login%d, job name = %s, queue = %s"
                            % (u, USERS.index(u) % 3 + 1, u, USERS.index(u) % 3 + 1, pick(r, JOBNAMES),
                               pick(r, ["workq", "short", "long", "gpu"])))]
        if x < 0.50 and self.running:
            j = pick(r, self.running)
            nl, n = nodelist(r, "cn")
            return [self.ln(t, "0008", "Job", self.jid(j), "Job Run at request of Scheduler@%s on exec_vnode (%s:ncpus=%d:mem=%dkb)"
                            % (self.srv, nl.replace("[", "").split("-")[0], 32 * n, 67108864 * n))]
        if x < 0.70 and self.running:
            j = self.running.pop(r.randrange(len(self.running)))
            cpu = r.randrange(60, 86000)
            return [self.ln(t, "0010", "Job", self.jid(j),
                            "Exit_status=%d resources_used.cpupercent=%d resources_used.cput=%02d:%02d:%02d "
                            "resources_used.mem=%dkb resources_used.ncpus=%d resources_used.vmem=%dkb "
                            "resources_used.walltime=%02d:%02d:%02d"
                            % (wpick(r, [(90, 0), (4, 1), (2, 271), (1, 2)]), r.randrange(90, 3200), cpu // 3600,
                               cpu // 60 % 60, cpu % 60, r.randrange(100000, 60000000), pick(r, [1, 8, 32, 64]),
                               r.randrange(200000, 90000000), cpu // 7200, cpu // 120 % 60, cpu // 2 % 60))]
        if x < 0.82:
            return [self.ln(t, "0100", "Req", "", "Type 0 request received from Scheduler@%s, sock=%d"
                            % (self.srv, r.randrange(14, 40))),
                    self.ln(t, "0100", "Req", "", "Type 21 request received from Scheduler@%s, sock=%d"
                            % (self.srv, r.randrange(14, 40)))]
        if x < 0.92:
            return [self.ln(t, "0040", "Svr", self.srv, "Scheduler sent command %d" % r.choice([0, 1, 2]))]
        if x < 0.97:
            u = pick(r, USERS)
            return [self.ln(t, "0100", "Req", "", "Type 19 request received from %s@login%d, sock=%d"
                            % (u, r.randrange(1, 4), r.randrange(14, 90)))]
        return [self.ln(t, "0004", "Node", "cn%03d" % r.randrange(1, 256), "state changed from free to job-busy")]

    def err(self, t):
        r = self.r
        return [self.ln(t, "0080", "Req", "req_reject", "Reject reply code=15001, aux=0, type=%d, from %s@login%d"
                        % (r.choice([9, 19, 49]), pick(r, USERS), r.randrange(1, 4)))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "0001", "Svr", "pbs_server",
                        "LOG_ERROR::PBSD_commit, Failed to save job %d.%s to datastore, rc=-1 (errno 5, Input/output error)"
                        % (self.job + r.randrange(1, 50), self.srv))]

    def retry(self, t):
        r = self.r
        n = "cn%03d" % r.randrange(1, 256)
        return [self.ln(t, "0001", "Svr", "net_down_handler", "net restore handler called for %s, connection timed out" % n),
                self.ln(t, "0004", "Node", n, "Retrying connection to mom on %s, attempt %d" % (n, r.randrange(1, 9)))]

    def flood(self, t):
        if self.arr is None or self.arr[1] > 9999:
            self.job += 1
            self.arr = [self.job, 1, pick(self.r, USERS)]
        j, i, u = self.arr
        self.arr[1] += 1
        return [self.ln(t, "0008", "Job", "%d[%d].%s" % (j, i, self.srv),
                        "Job Queued at request of %s@login1, owner = %s@login1, job name = sweep, queue = workq" % (u, u))]

    def stop(self, t):
        return [self.ln(t, "0002", "Svr", "Log", "Log closed"),
                self.ln(t, "0002", "Svr", "Server@" + self.srv, "Server shutdown on request from root@" + self.srv)]

    def restart(self, t):
        return [self.ln(t, "0002", "Svr", "Log", "Log opened"),
                self.ln(t, "0002", "Svr", "Server@" + self.srv, "pbs_version=2022.1.3"),
                self.ln(t, "0002", "Svr", "Server@" + self.srv, "Server %s started, initialization type = 1" % self.srv)]


class PbsMom(Fmt):
    key, fname, clock, base, scal, perr = "pbs_mom", "pbs_mom.log", "local", 6.0, False, 0.006
    kinds = ("error_burst", "oom_kill", "disk_full", "silence")
    dies = False

    def setup(self):
        self.job = self.r.randrange(100000, 900000)

    def ts(self, t):
        return self.L(t).strftime("%m/%d/%Y %H:%M:%S")

    def ln(self, t, ev, cls, obj, msg):
        return "%s;%s;pbs_mom;%s;%s;%s" % (self.ts(t), ev, cls, obj, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        self.job += r.randrange(1, 4)
        j = "%d.%spbs" % (self.job, self.sc.cluster)
        if x < 0.4:
            return [self.ln(t, "0008", "Job", j, "Started, pid = %d" % r.randrange(3000, 400000))]
        if x < 0.75:
            return [self.ln(t, "0080", "Job", j, "task 00000001 terminated"),
                    self.ln(t, "0008", "Job", j, "Terminated"),
                    self.ln(t, "0100", "Job", j, "task 00000001 cput=%s" % "%02d:%02d:%02d" % (r.randrange(0, 30), r.randrange(60), r.randrange(60))),
                    self.ln(t, "0008", "Job", j, "delete job request received"),
                    self.ln(t, "0008", "Job", j, "kill_job")]
        if x < 0.9:
            return [self.ln(t, "0100", "Req", "", "Type 1 request received from root@%spbs, sock=1" % self.sc.cluster)]
        return [self.ln(t, "0d80", "TPP", "pbs_mom(Thread 0)", "sd %d, Received noroute to dest %s:15001, msg=\"end point not found\""
                        % (r.randrange(0, 9), ip(r)))]

    def err(self, t):
        return [self.ln(t, "0001", "Job", "%d.%spbs" % (self.job, self.sc.cluster),
                        "im_eof, Premature end of message from addr %d on stream %d" % (self.r.randrange(1, 9), self.r.randrange(2, 80)))]

    def oom(self, t):
        r = self.r
        self.job += 1
        j = "%d.%spbs" % (self.job, self.sc.cluster)
        return [self.ln(t, "0001", "Job", j, "Cgroup memory limit exceeded: mem %dkb > limit %dkb"
                        % (r.randrange(67108865, 69000000), 67108864)),
                self.ln(t, "0008", "Job", j, "job killed: Out of memory: Killed process %d (%s) by OOM killer"
                        % (r.randrange(3000, 400000), pick(r, ["vasp_std", "python3", "lmp_mpi", "cp2k.psmp"]))),
                self.ln(t, "0008", "Job", j, "Terminated"),
                self.ln(t, "0100", "Job", j, "Exit_status=-29")]

    def disk(self, t):
        r = self.r
        j = "%d.%spbs" % (self.job, self.sc.cluster)
        u = pick(r, USERS)
        return [self.ln(t, "0001", "Job", j, "sys_copy, command '/usr/bin/cp -rp /var/spool/pbs/spool/%s.OU /home/%s/%s.o%d' "
                        "status=1, try=1" % (j, u, pick(r, JOBNAMES), self.job)),
                self.ln(t, "0001", "Job", j, "/usr/bin/cp: error writing '/home/%s/%s.o%d': No space left on device"
                        % (u, pick(r, JOBNAMES), self.job)),
                self.ln(t, "0001", "Job", j, "Unable to copy file /var/spool/pbs/spool/%s.OU to %s@login1:/home/%s/" % (j, u, u))]

    def restart(self, t):
        return [self.ln(t, "0002", "Svr", "Log", "Log opened"), self.ln(t, "0002", "Svr", "pbs_mom", "Is up")]


# ---------------------------------------------------------------- Slurm -----
class Slurmctld(Fmt):
    key, fname, clock, base, perr = "slurmctld", "slurmctld.log", "local", 40.0, 0.003
    kinds = ("error_burst", "new_error", "retry_storm", "latency_shift", "traffic_flood", "silence")

    def setup(self):
        self.job = self.r.randrange(2000000, 9000000)
        self.pend = []
        self.arr = None

    def ts(self, t):
        d = self.L(t)
        return "[%s.%03d]" % (d.strftime("%Y-%m-%dT%H:%M:%S"), d.microsecond // 1000)

    def normal(self, t):
        r = self.r
        s = self.ts(t)
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.25:
            self.job += 1
            self.pend.append(self.job)
            if len(self.pend) > 500:
                self.pend = self.pend[-300:]
            us = int(lognorm(r, 900, 0.5) * self.lat)
            out = ["%s _slurm_rpc_submit_batch_job: JobId=%d InitPrio=%d usec=%d" % (s, self.job, r.randrange(4000, 90000), us)]
            if us > 1000000:
                out.append("%s Warning: Note very large processing time from _slurm_rpc_submit_batch_job: usec=%d began=%s"
                           % (s, us, s[12:24]))
            return out
        if x < 0.45 and self.pend:
            j = self.pend.pop(0)
            nl, n = nodelist(r)
            part = pick(r, ["compute", "compute", "gpu", "short", "bigmem"])
            return ["%s sched%s: Allocate JobId=%d NodeList=%s #CPUs=%d Partition=%s"
                    % (s, pick(r, ["", "/backfill"]), j, nl, 64 * n, part)]
        if x < 0.65:
            j = self.job - r.randrange(1, 400)
            st = wpick(r, [(92, "WEXITSTATUS 0"), (5, "WEXITSTATUS 1"), (2, "WTERMSIG 15")])
            return ["%s _job_complete: JobId=%d %s" % (s, j, st), "%s _job_complete: JobId=%d done" % (s, j)]
        if x < 0.78:
            return ["%s sched/backfill: _attempt_backfill: beginning with %d jobs to consider" % (s, r.randrange(20, 900)),
                    "%s sched/backfill: _attempt_backfill: completed testing %d(%d) jobs, usec=%d"
                    % (s, r.randrange(20, 300), r.randrange(1, 40), int(lognorm(r, 180000, 0.4) * self.lat))]
        if x < 0.86:
            return ["%s _slurm_rpc_complete_batch_script: JobId=%d usec=%d" % (s, self.job - r.randrange(1, 300), int(lognorm(r, 300) * self.lat))]
        if x < 0.93:
            u = pick(r, USERS)
            return ["%s _slurm_rpc_kill_job: REQUEST_KILL_JOB JobId=%d uid %d" % (s, self.job - r.randrange(0, 200), 1000 + USERS.index(u))]
        if x < 0.97:
            return ["%s SchedulerParameters=default_queue_depth=100,max_rpc_cnt=0,max_sched_time=2,partition_job_depth=0,sched_max_job_start=0,sched_min_interval=2" % s]
        return ["%s error: Security violation, ping RPC from uid 1%03d" % (s, r.randrange(0, 999))] if r.random() < 0.02 else \
               ["%s Resending TERMINATE_JOB request JobId=%d Nodelist=cn%03d" % (s, self.job - r.randrange(1, 500), r.randrange(1, 256))]

    def err(self, t):
        r = self.r
        return ["%s error: slurm_receive_msg [%s:%d]: Zero Bytes were transmitted or received" % (self.ts(t), ip(r), r.randrange(30000, 60000))]

    def new_err(self, t):
        r = self.r
        return ["%s error: _job_alloc: node cn%03d has no free GRES gpu for JobId=%d (invalid gres count)"
                % (self.ts(t), r.randrange(1, 64), self.job - r.randrange(0, 50))]

    def retry(self, t):
        r = self.r
        s = self.ts(t)
        a = r.randrange(1, 250)
        return ["%s agent/is_node_resp: node:cn%03d RPC:REQUEST_PING : Socket timed out on send/recv operation" % (s, a),
                "%s error: Nodes cn[%03d-%03d] not responding" % (s, a, a + r.randrange(1, 5))]

    def flood(self, t):
        r = self.r
        if self.arr is None or self.arr[1] > 5000:
            self.job += 1
            self.arr = [self.job, 0]
            self.job += 5001
        self.arr[1] += 1
        j, i = self.arr
        return ["%s sched: Allocate JobId=%d_%d(%d) NodeList=cn%03d #CPUs=1 Partition=short"
                % (self.ts(t), j, i, j + i, r.randrange(1, 256))]

    def stop(self, t):
        s = self.ts(t)
        return ["%s Terminate signal (SIGINT or SIGTERM) received" % s, "%s Saving all slurm state" % s]

    def restart(self, t):
        s = self.ts(t)
        return ["%s slurmctld version 23.02.7 started on cluster %s" % (s, self.sc.cluster),
                "%s Recovered state of %d nodes" % (s, 256), "%s Recovered information about %d jobs" % (s, len(self.pend) + 180),
                "%s Running as primary controller" % s]


class Slurmd(Fmt):
    key, fname, clock, base, scal, perr = "slurmd", "slurmd.log", "local", 4.0, False, 0.008
    kinds = ("error_burst", "new_error", "retry_storm", "oom_kill", "panic", "silence")
    dies = False

    def setup(self):
        self.job = self.r.randrange(2000000, 9000000)

    def ts(self, t):
        d = self.L(t)
        return "[%s.%03d]" % (d.strftime("%Y-%m-%dT%H:%M:%S"), d.microsecond // 1000)

    def normal(self, t):
        r = self.r
        s = self.ts(t)
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.35:
            self.job += r.randrange(1, 30)
            u = pick(r, USERS)
            return ["%s task/affinity: task_p_slurmd_batch_request: task_p_slurmd_batch_request: %d" % (s, self.job),
                    "%s task/affinity: batch_bind: job %d CPU input mask for node: 0x%s" % (s, self.job, "F" * 16),
                    "%s Launching batch job %d for UID %d" % (s, self.job, 1000 + USERS.index(u)),
                    "%s [%d.batch] task/cgroup: _memcg_initialize: job: alloc=%dMB mem.limit=%dMB memsw.limit=unlimited"
                    % (s, self.job, 64000, 64000)]
        if x < 0.65:
            j = self.job - r.randrange(0, 20)
            return ["%s [%d.batch] done with job" % (s, j), "%s [%d.extern] done with job" % (s, j)]
        if x < 0.85:
            j = self.job - r.randrange(0, 5)
            return ["%s launch task StepId=%d.%d request from UID:%d GID:%d HOST:%s PORT:%d"
                    % (s, j, r.randrange(0, 3), 1000 + r.randrange(23), 1000 + r.randrange(8), ip(r), r.randrange(30000, 60000))]
        return ["%s [%d.batch] sending REQUEST_COMPLETE_BATCH_SCRIPT, error:0 status:0" % (s, self.job)]

    def err(self, t):
        return ["%s error: [%d.0] _handle_stray_script: unknown job %d, terminating" % (self.ts(t), self.job, self.job)]

    def new_err(self, t):
        r = self.r
        return ["%s error: _rpc_launch_tasks: unable to load cgroup v2 controller cpuset for job %d: Device or resource busy"
                % (self.ts(t), self.job + r.randrange(0, 5))]

    def retry(self, t):
        s = self.ts(t)
        return ["%s error: Unable to register: Unable to contact slurm controller (connect failure)" % s,
                "%s debug:  slurm_persist_conn_open: failed to connect to %sctl:6817, retrying in 10s: Connection timed out" % (s, self.sc.cluster)]

    def oom(self, t):
        s = self.ts(t)
        self.job += 1
        return ["%s [%d.batch] error: Detected 1 oom_kill event in StepId=%d.batch. Some of the step tasks have been OOM Killed." % (s, self.job, self.job),
                "%s [%d.batch] done with job" % (s, self.job)]

    def panic(self, t):
        s = self.ts(t)
        self.job += 1
        return ["%s [%d.0] error: task 3 (%d) exited. Killed by signal 11 (Segmentation fault, core dumped)" % (s, self.job, self.r.randrange(3000, 400000)),
                "%s [%d.0] error: *** STEP %d.0 ON %s CANCELLED AT %s DUE TO TASK FAILURE ***" % (s, self.job, self.job, self.host, s[1:20]),
                "%s [%d.0] done with job" % (s, self.job)]

    def restart(self, t):
        s = self.ts(t)
        return ["%s slurmd version 23.02.7 started" % s, "%s slurmd started on %s" % (s, self.L(t).strftime("%a, %d %b %Y %H:%M:%S %z").strip()),
                "%s CPUs=128 Boards=1 Sockets=2 Cores=64 Threads=1 Memory=515000 TmpDisk=890000 Uptime=%d CPUSpecList=(null) FeaturesAvail=(null) FeaturesActive=(null)"
                % (s, self.r.randrange(100, 90000))]


class SlurmJobcomp(Fmt):
    key, fname, clock, base, perr = "slurm_jobcomp", "jobcomp.log", "local", 12.0, 0.03
    kinds = ("error_burst", "oom_kill", "traffic_flood")
    dies = False

    def setup(self):
        self.job = self.r.randrange(2000000, 9000000)

    def rec(self, t, state, ec, name=None, arr=None):
        r = self.r
        self.job += r.randrange(1, 6)
        u = pick(r, USERS)
        dur = int(lognorm(r, 1800, 1.2)) + 5
        end = self.L(t)
        st = lt(t - dur, self.off)
        nl, n = nodelist(r)
        jid = "%d" % self.job if arr is None else "%d_%d" % arr
        return ["JobId=%s UserId=%s(%d) GroupId=%s(%d) Name=%s JobState=%s Partition=%s TimeLimit=%d "
                "StartTime=%s EndTime=%s NodeList=%s NodeCnt=%d ProcCnt=%d WorkDir=/home/%s/%s "
                "ReservationName= Tres=cpu=%d,mem=%dG,node=%d Account=%s QOS=normal WcKey= Cluster=%s "
                "SubmitTime=%s EligibleTime=%s DerivedExitCode=0:0 ExitCode=%s"
                % (jid, u, 1000 + USERS.index(u), pick(r, GROUPS), 1000 + r.randrange(8), name or pick(r, JOBNAMES), state,
                   pick(r, ["compute", "gpu", "short"]), pick(r, [60, 240, 1440, 2880]),
                   st.strftime("%Y-%m-%dT%H:%M:%S"), end.strftime("%Y-%m-%dT%H:%M:%S"), nl, n, 64 * n, u,
                   pick(r, ["runs", "proj", "scratch"]), 64 * n, 250 * n, n, pick(r, GROUPS), self.sc.cluster,
                   lt(t - dur - r.randrange(5, 3000), self.off).strftime("%Y-%m-%dT%H:%M:%S"),
                   lt(t - dur - 3, self.off).strftime("%Y-%m-%dT%H:%M:%S"), ec)]

    def normal(self, t):
        r = self.r
        if r.random() < self.perr:
            return self.err(t)
        st = wpick(r, [(85, ("COMPLETED", "0:0")), (5, ("CANCELLED", "0:15")), (4, ("TIMEOUT", "0:1")), (2, ("PREEMPTED", "0:0"))])
        return self.rec(t, st[0], st[1])

    def err(self, t):
        return self.rec(t, "FAILED", "%d:0" % self.r.choice([1, 2, 127]))

    def oom(self, t):
        return self.rec(t, "OUT_OF_MEMORY", "0:125")

    def flood(self, t):
        if not hasattr(self, "arr") or self.arr[1] > 3000:
            self.job += 1
            self.arr = [self.job, 0]
            self.job += 10
        self.arr[1] += 1
        return self.rec(t, "COMPLETED", "0:0", "param_sweep", tuple(self.arr))


# ---------------------------------------------------------------- syslog ----
class Kernel(Fmt):
    """/var/log/messages of a compute (GPU) node; rsyslog traditional or RFC3339 format."""
    key, fname, clock, base, scal, perr = "syslog", "messages", "local", 5.0, False, 0.01
    kinds = ("panic", "oom_kill", "disk_full", "retry_storm", "new_error", "error_burst")
    dies = False

    def setup(self):
        self.iso = self.r.random() < 0.5 if self.sc.iso is None else self.sc.iso
        if self.iso:
            self.clock = "abs"
        self.up = self.r.randrange(200000, 9000000)
        self.t0 = None
        self.sess = self.r.randrange(1000, 90000)
        self.fsn = self.sc.fsname

    def ts(self, t):
        if self.iso:
            d = lt(t, self.sc.off)
            o = self.sc.off // 60
            return "%s.%06d%s%02d:%02d" % (d.strftime("%Y-%m-%dT%H:%M:%S"), d.microsecond, "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60)
        d = self.L(t)
        return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))

    def kt(self, t):
        if self.t0 is None:
            self.t0 = t
        return "[%.6f]" % (self.up + t - self.t0)

    def k(self, t, msg):
        return "%s %s kernel: %s %s" % (self.ts(t), self.host, self.kt(t), msg)

    def d(self, t, prog, msg):
        return "%s %s %s: %s" % (self.ts(t), self.host, prog, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.25:
            self.sess += 1
            u = pick(r, USERS)
            return [self.d(t, "systemd[1]", "Started Session %d of user %s." % (self.sess, u)),
                    self.d(t, "systemd-logind[%d]" % 1843, "New session %d of user %s." % (self.sess, u))]
        if x < 0.40:
            return [self.d(t, "systemd-logind[1843]", "Session %d logged out. Waiting for processes to exit." % (self.sess - r.randrange(0, 30)))]
        if x < 0.55:
            return [self.d(t, "slurmstepd[%d]" % r.randrange(3000, 400000), "task/cgroup: _memcg_initialize: job: alloc=64000MB mem.limit=64000MB memsw.limit=unlimited")]
        if x < 0.68:
            return [self.d(t, "chronyd[1502]", "Selected source %s (ntp%d.%s)" % (ip(r, "10.0"), r.randrange(1, 3), self.sc.domain))] \
                if r.random() < 0.3 else [self.d(t, "sssd_be[1707]", "GSSAPI client step 1")]
        if x < 0.80:
            return [self.d(t, "nvidia-persistenced[%d]" % 2210, "device 0000:%02x:00.0 - persistence mode enabled." % r.choice([7, 15, 0x47, 0x4e]))] \
                if r.random() < 0.1 else [self.d(t, "systemd[1]", "Started Check GPU health (dcgmi diag -r 1).")]
        if x < 0.88:
            return [self.k(t, "Lustre: %s-OST%04x-osc-ffff%s: Connection restored to %s-OST%04x (at %s@o2ib)"
                           % (self.fsn, r.randrange(0, 32), hexs(r, 12), self.fsn, r.randrange(0, 32), ip(r, "10.2")))] if r.random() < 0.15 \
                else [self.d(t, "CROND[%d]" % r.randrange(3000, 90000), "(root) CMD (/usr/lib64/sa/sa1 1 1)")]
        if x < 0.95:
            return [self.k(t, "perf: interrupt took too long (%d > %d), lowering kernel.perf_event_max_sample_rate to %d"
                           % (r.randrange(2600, 4000), 2500, r.choice([50000, 63000, 79000])))] if r.random() < 0.05 else \
                [self.d(t, "rsyslogd[1410]", "imjournal: %d messages lost due to rate-limiting (20000 allowed within 600 seconds)" % r.randrange(10, 900))] \
                if r.random() < 0.05 else [self.d(t, "dbus-daemon[1380]", "[system] Successfully activated service 'org.freedesktop.nm_dispatcher'")]
        return [self.k(t, "NVRM: Xid (PCI:0000:%02x:00): 13, pid=%d, name=python, Graphics SM Warp Exception on (GPC 4, TPC 1, SM 0): Out Of Range Address"
                       % (r.choice([7, 15, 0x47, 0x4e]), r.randrange(3000, 400000)))] if r.random() < 0.05 else \
            [self.k(t, "IPv4: martian source %s from %s, on dev ib0" % (ip(r), ip(r)))]

    def err(self, t):
        r = self.r
        return [self.k(t, "EDAC MC%d: 1 CE memory read error on CPU_SrcID#%d_MC#%d_Chan#%d_DIMM#0 (channel:%d slot:0 page:0x%s offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:%d imc:%d rank:1 bg:2 ba:3 row:0x%s col:0x%s)"
                       % (r.randrange(2), r.randrange(2), r.randrange(2), r.randrange(3), r.randrange(3), hexs(r, 7), r.randrange(2), r.randrange(2), hexs(r, 5), hexs(r, 3)))]

    def new_err(self, t):
        r = self.r
        bus = "%02x" % r.choice([0x3b, 0x5e])
        return [self.k(t, "NVRM: Xid (PCI:0000:%s:00): 79, pid='<unknown>', name=<unknown>, GPU has fallen off the bus." % bus),
                self.k(t, "NVRM: GPU 0000:%s:00.0: GPU has fallen off the bus." % bus),
                self.k(t, "NVRM: A GPU crash dump has been created. If possible, please run")]

    def retry(self, t):
        r = self.r
        o = r.randrange(0, 32)
        x = "x17%s" % "".join(str(r.randrange(10)) for _ in range(13))
        tt = int(t)
        return [self.k(t, "Lustre: %d:0:(client.c:2187:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: "
                          "[sent %d/real %d]  req@ffff%s %s/t0(0) o4->%s-OST%04x-osc-ffff%s@%s@o2ib:6/4 lens 488/448 e 0 to 1 dl %d ref 2 fl Rpc:X/0/ffffffff rc 0/-1"
                       % (r.randrange(3000, 90000), tt - 100, tt - 100, hexs(r, 12), x, self.fsn, o, hexs(r, 12), ip(r, "10.2"), tt + 7)),
                self.k(t, "Lustre: %s-OST%04x-osc-ffff%s: Connection to %s-OST%04x (at %s@o2ib) was lost; in progress operations using this service will wait for recovery to complete"
                       % (self.fsn, o, hexs(r, 12), self.fsn, o, ip(r, "10.2")))]

    def disk(self, t):
        r = self.r
        o = r.choice([3, 3, 3, 7])
        return [self.k(t, "LustreError: 11-0: %s-OST%04x-osc-ffff%s: operation ost_write to node %s@o2ib failed: rc = -28"
                       % (self.fsn, o, hexs(r, 12), "10.2.0.%d" % (10 + o)))]

    def oom(self, t):
        r = self.r
        pid = r.randrange(3000, 400000)
        prog = pick(r, ["python3", "vasp_std", "lmp_mpi", "gmx_mpi", "java"])
        rss = r.randrange(60000000, 66000000)
        k = lambda m: self.k(t, m)
        out = [k("%s invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0" % prog),
               k("CPU: %d PID: %d Comm: %s Tainted: P           OE    --------  ---  5.14.0-362.24.1.el9_3.x86_64 #1" % (r.randrange(128), pid, prog)),
               k("Hardware name: Dell Inc. PowerEdge XE8545/0TWR4K, BIOS 2.13.3 12/06/2023"),
               k("Call Trace:"), k(" <TASK>"), k(" dump_stack_lvl+0x34/0x48"), k(" dump_header+0x4a/0x201"),
               k(" oom_kill_process.cold+0xb/0x10"), k(" out_of_memory+0xed/0x2e0"), k(" mem_cgroup_out_of_memory+0x13a/0x150"),
               k(" try_charge_memcg+0x73d/0x7a0"), k(" charge_memcg+0x32/0xa0"), k(" __mem_cgroup_charge+0x29/0x80"), k(" </TASK>"),
               k("memory: usage %dkB, limit %dkB, failcnt %d" % (65536000, 65536000, r.randrange(1, 90))),
               k("Memory cgroup stats for /system.slice/slurmstepd.scope/job_%d:" % r.randrange(2000000, 9000000)),
               k("Tasks state (memory values in pages):"),
               k("[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name"),
               k("[%7d]  %4d %5d %8d %8d %14d        0             0 %s" % (pid, 1000 + r.randrange(23), pid, rss // 3, rss // 4, r.randrange(10 ** 6, 10 ** 8), prog)),
               k("oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=step_0,mems_allowed=0-1,oom_memcg=/system.slice/slurmstepd.scope/job_%d,task=%s,pid=%d,uid=%d"
                 % (r.randrange(2000000, 9000000), prog, pid, 1000 + r.randrange(23))),
               k("Memory cgroup out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:0"
                 % (pid, prog, rss + 9000000, rss, r.randrange(1000, 90000), 1000 + r.randrange(23), r.randrange(1000, 200000)))]
        return out

    def panic(self, t):
        r = self.r
        pid = r.randrange(3000, 400000)
        prog = pick(r, ["lmp_mpi", "gmx_mpi", "pw.x", "namd2", "nek5000"])
        ipa = "0000%s" % hexs(r, 8)
        out = [self.k(t, "%s[%d]: segfault at %s ip %s sp 00007ffd%s error 4 in %s[%s+%x]"
                      % (prog, pid, pick(r, ["0", "8", "7f3a%s" % hexs(r, 8)]), ipa, hexs(r, 8), prog, "0000555555554000", r.randrange(0x100000, 0x900000))),
               self.k(t, "Code: 48 8b 45 f8 48 8b 40 08 48 85 c0 74 0d <8b> 00 89 45 f4 eb 06"),
               self.d(t, "systemd[1]", "Started Process Core Dump (PID %d/UID 0)." % r.randrange(3000, 90000)),
               self.d(t, "systemd-coredump[%d]" % r.randrange(3000, 90000), "Process %d (%s) of user %d dumped core." % (pid, prog, 1000 + r.randrange(23))),
               "", "Stack trace of thread %d:" % pid]
        fns = ["_ZN9LAMMPS_NS8PairLJCut7computeEii", "_ZN9LAMMPS_NS6Verlet3runEi", "_ZN9LAMMPS_NS3Run7commandEiPPc",
               "_ZN9LAMMPS_NS5Input15execute_commandEv", "main", "__libc_start_main"]
        for i, f in enumerate(fns):
            out.append("#%d  0x0000%s %s (%s + 0x%x)" % (i, hexs(r, 8), f, prog, r.randrange(0x1000, 0x90000)))
        out.append(self.d(t, "systemd[1]", "systemd-coredump@%d-%d-0.service: Deactivated successfully." % (r.randrange(1, 9), r.randrange(1000, 9000))))
        return out


class LustreOSS(Fmt):
    key, fname, clock, base, scal, perr = "lustre_oss", "oss-messages", "local", 8.0, True, 0.01
    kinds = ("error_burst", "retry_storm", "new_error", "disk_full")
    dies = False

    def setup(self):
        self.fsn = self.sc.fsname
        self.ost = [self.r.randrange(0, 16) * 2 + i for i in range(2)]
        self.up = self.r.randrange(2000000, 9000000)
        self.t0 = None

    def ts(self, t):
        d = self.L(t)
        return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))

    def k(self, t, msg):
        if self.t0 is None:
            self.t0 = t
        return "%s %s kernel: [%.6f] %s" % (self.ts(t), self.host, self.up + t - self.t0, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        o = "%s-OST%04x" % (self.fsn, pick(r, self.ost))
        if x < self.perr:
            return self.err(t)
        if x < 0.35:
            return [self.k(t, "Lustre: %s: Client %s (at %s@o2ib) reconnecting" % (o, hexs(r, 8) + "-" + hexs(r, 4), ip(r)))]
        if x < 0.55:
            return [self.k(t, "Lustre: %s: Connection restored to %s (at %s@o2ib)" % (o, hexs(r, 8) + "-" + hexs(r, 4), ip(r)))]
        if x < 0.7:
            return [self.k(t, "Lustre: %s: Export ffff%s already connecting from %s@o2ib" % (o, hexs(r, 12), ip(r)))]
        if x < 0.85:
            return ["%s %s systemd[1]: Started Session %d of user root." % (self.ts(t), self.host, r.randrange(100, 9000))] if r.random() < 0.3 \
                else ["%s %s lctl[%d]: obdfilter.%s.stats snapshot_time %d.%06d write_bytes %d" % (self.ts(t), self.host, r.randrange(3000, 90000), o, int(t), r.randrange(10 ** 6), r.randrange(10 ** 9, 10 ** 11))]
        return [self.k(t, "LNet: %d:0:(o2iblnd_cb.c:3398:kiblnd_check_conns()) Timed out tx for %s@o2ib: %d seconds"
                       % (r.randrange(3000, 9000), ip(r), r.randrange(4, 20)))] if r.random() < 0.03 else \
            [self.k(t, "Lustre: %s: deleting orphan objects from 0x0:%d to 0x0:%d" % (o, r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 7, 10 ** 8)))]

    def err(self, t):
        r = self.r
        o = "%s-OST%04x" % (self.fsn, pick(r, self.ost))
        return [self.k(t, "Lustre: %s: haven't heard from client %s-%s (at %s@o2ib) in %d seconds. I think it's dead, and I am evicting it. exp ffff%s, cur %d expire %d last %d"
                       % (o, hexs(r, 8), hexs(r, 4), ip(r), r.randrange(227, 240), hexs(r, 12), int(t), int(t) - 150, int(t) - 230))]

    def retry(self, t):
        r = self.r
        return [self.k(t, "Lustre: %d:0:(service.c:1339:ptlrpc_at_send_early_reply()) @@@ Already past deadline (-%ds), not sending early reply. Consider increasing at_early_margin (5)?  req@ffff%s x17%s/t0(0) o4->%s@%s@o2ib:%d/0 lens 488/0 e 1 to 0 dl %d ref 2 fl Interpret:/0/ffffffff rc 0/-1"
                       % (r.randrange(3000, 90000), r.randrange(1, 30), hexs(r, 12), "".join(str(r.randrange(10)) for _ in range(12)), hexs(r, 8), ip(r), r.randrange(100, 999), int(t))),
                self.k(t, "Lustre: %s-OST%04x: Client %s (at %s@o2ib) reconnecting, waiting for %d clients in recovery for %d:%02d"
                       % (self.fsn, pick(r, self.ost), hexs(r, 8), ip(r), r.randrange(1, 40), r.randrange(0, 4), r.randrange(60)))]

    def new_err(self, t):
        r = self.r
        return [self.k(t, "LDISKFS-fs error (device dm-%d): ldiskfs_mb_generate_buddy:%d: group %d, block bitmap and bg descriptor inconsistent: %d vs %d free clusters"
                       % (r.randrange(2, 9), 757, r.randrange(1000, 90000), r.randrange(1000, 32768), r.randrange(1000, 32768)))]

    def disk(self, t):
        r = self.r
        return [self.k(t, "LustreError: %d:0:(ofd_dev.c:1785:ofd_create_hdl()) %s-OST%04x: unable to precreate: rc = -28"
                       % (r.randrange(3000, 90000), self.fsn, self.ost[0])),
                self.k(t, "LustreError: %d:0:(tgt_grant.c:%d:tgt_grant_incoming()) %s-OST%04x: cli %s/ffff%s dirty %d pend %d grant 0: No space left on device"
                       % (r.randrange(3000, 90000), 571, self.fsn, self.ost[0], hexs(r, 8), hexs(r, 12), r.randrange(0, 4194304), r.randrange(0, 99)))]


class Gpfs(Fmt):
    key, fname, clock, base, scal, perr = "gpfs_mmfs", "mmfs.log", "abs", 3.0, False, 0.01
    kinds = ("panic", "retry_storm", "disk_full", "error_burst", "new_error")
    dies = True

    def setup(self):
        self.nodes = ["nsd%02d" % i for i in range(1, 9)]

    def ts(self, t):
        d = lt(t, self.sc.off)
        o = self.sc.off // 60
        return "%s.%03d%s%02d%02d" % (d.strftime("%Y-%m-%d_%H:%M:%S"), d.microsecond // 1000, "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60)

    def ln(self, t, lv, msg):
        return "%s: [%s] %s" % (self.ts(t), lv, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        n = pick(r, self.nodes)
        if x < 0.3:
            return [self.ln(t, "I", "Accepted and connected to 10.3.0.%d %s <c0n%d>" % (self.nodes.index(n) + 11, n, self.nodes.index(n)))]
        if x < 0.5:
            return [self.ln(t, "I", "Command: mmmount %s" % self.sc.gpfsfs), self.ln(t, "I", "Command: successful mmmount %s" % self.sc.gpfsfs)] \
                if r.random() < 0.1 else [self.ln(t, "N", "Connecting to 10.3.0.%d %s <c0n%d>" % (self.nodes.index(n) + 11, n, self.nodes.index(n)))]
        if x < 0.7:
            return [self.ln(t, "I", "Lease renewal for node %s reply received from quorum node 10.3.0.%d" % (self.host, self.nodes.index(n) + 11))]
        if x < 0.85:
            return [self.ln(t, "I", "Command: tsdf %s -d" % self.sc.gpfsfs)] if r.random() < 0.5 else \
                [self.ln(t, "I", "Collecting stats: mmpmon fs_io_s %s br=%d bw=%d oc=%d cc=%d rdc=%d wc=%d"
                         % (self.sc.gpfsfs, r.randrange(10 ** 9), r.randrange(10 ** 9), r.randrange(999), r.randrange(999), r.randrange(9999), r.randrange(9999)))]
        return [self.ln(t, "W", "Disk lease period expired 0.%02d seconds ago in cluster %s.%s. Attempting to reacquire the lease."
                        % (r.randrange(1, 99), self.sc.cluster, self.sc.domain))] if r.random() < 0.05 else \
            [self.ln(t, "I", "Recovered %d nodes for file system %s." % (r.randrange(1, 3), self.sc.gpfsfs))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "E", "Unable to contact any quorum nodes during cluster probe. Last errno 78 (connection timed out) from node 10.3.0.%d" % r.randrange(11, 19))] \
            if False else [self.ln(t, "E", "Node 10.3.0.%d (%s) is being expelled because of an expired lease. Pings sent: 60. Replies received: 0."
                                   % (r.randrange(11, 19), "cn%03d" % r.randrange(1, 256)))]

    def retry(self, t):
        r = self.r
        n = r.randrange(1, 256)
        return [self.ln(t, "E", "Timed out in 300 seconds waiting for a commMsgCheckMessages reply from node 10.1.%d.%d cn%03d <c1n%d>. Sending expel message."
                        % (n // 64, n % 64 + 10, n, n)),
                self.ln(t, "N", "Request sent to 10.3.0.11 (nsd01) to expel 10.1.%d.%d (cn%03d) from cluster %s.%s" % (n // 64, n % 64 + 10, n, self.sc.cluster, self.sc.domain)),
                self.ln(t, "I", "Reconnecting to 10.1.%d.%d cn%03d <c1n%d>, retry %d" % (n // 64, n % 64 + 10, n, n, r.randrange(1, 8)))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "E", "MMFS_PDISK_FAILED: Location SV12345678-1-%d, pdisk e1s%02d, path /dev/sd%s, state missing/noPath/systemDrain"
                        % (r.randrange(1, 3), r.randrange(1, 90), pick(r, ["ac", "bd", "ce", "df"])))]

    def disk(self, t):
        r = self.r
        return [self.ln(t, "E", "Pool system in file system %s has reached 100%% of its capacity. Error 28: No space left on device (ENOSPC) writing inode %d"
                        % (self.sc.gpfsfs, r.randrange(10 ** 6, 10 ** 8)))]

    def panic(self, t):
        r = self.r
        out = [self.ln(t, "X", "*** Assert exp(totalLen <= pageSize) in line %d of file /project/sprelgpfs518/build/rgpfss518s003a/src/avs/fs/mmfs/ts/fs/bufdesc.C" % r.randrange(1000, 9000)),
               self.ln(t, "E", "*** Traceback:")]
        for i, f in enumerate(["logAssertFailed", "BufferDesc::flushBuffer(int, long long)", "Logger::flushAll()", "StripeGroup::sync()", "Thread::callBody(Thread*)", "Thread::callBodyWrapper(Thread*)"]):
            out.append(self.ln(t, "E", "        %d:0x55B3%s %s + 0x%X at ??:0" % (i + 2, hexs(r, 8).upper(), f, r.randrange(0x20, 0x800))))
        out += [self.ln(t, "E", "Signal 6 at location 0x7F3A%s in process %d, link reg 0xFFFFFFFFFFFFFFFF." % (hexs(r, 8).upper(), self.pid)),
                self.ln(t, "N", "mmfsd: Shutting down abnormally due to error in bufdesc.C line %d retCode 0, reasonCode 0" % r.randrange(1000, 9000)),
                self.ln(t, "I", "Unmounted file system %s." % self.sc.gpfsfs)]
        return out

    def restart(self, t):
        self.newpid()
        return [self.ln(t, "I", "mmfsd initializing. {Version: 5.1.8.1   Built: Jul 27 2023 13:28:02} ..."),
                self.ln(t, "I", "Cleaning old shared memory ..."), self.ln(t, "I", "First pass parsing mmfs.cfg ..."),
                self.ln(t, "N", "Connecting to 10.3.0.11 nsd01 <c0n0>"), self.ln(t, "I", "mmfsd ready"),
                self.ln(t, "I", "Command: mount %s" % self.sc.gpfsfs), self.ln(t, "I", "Command: successful mount %s" % self.sc.gpfsfs)]

    def stop(self, t):
        return [self.ln(t, "I", "Command: mmshutdown"), self.ln(t, "N", "mmfsd is shutting down."), self.ln(t, "N", "Reason for shutdown: Normal shutdown")]


class BeeGFS(Fmt):
    key, fname, clock, base, perr = "beegfs", "beegfs-storage.log", "local", 10.0, 0.006
    kinds = ("error_burst", "retry_storm", "disk_full", "new_error", "silence")

    def ts(self, t):
        d = self.L(t)
        return "%s%02d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))

    def ln(self, t, lv, th, ctx, msg):
        return "(%d) %s %s [%s] >> %s" % (lv, self.ts(t), th, ctx, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        w = "Worker%d" % r.randrange(1, 13)
        if x < 0.4:
            return [self.ln(t, 3, w, "Messaging (RPC)", "Established new connection: %s:%d (protocol: RDMA)" % (ip(r), r.randrange(30000, 60000)))] if r.random() < 0.5 \
                else [self.ln(t, 4, "DirectWorker1", "ChunkFile", "Opened chunk file. EntryID: %s-%s-%d; Target: %d" % (hexs(r, 2).upper(), hexs(r, 8).upper(), r.randrange(1, 9), r.choice([101, 102, 201, 202])))]
        if x < 0.7:
            return [self.ln(t, 3, "ConnAccept", "Connection", "Accepted new connection from %s:%d [SockFD: %d]" % (ip(r), r.randrange(30000, 60000), r.randrange(20, 900)))]
        if x < 0.85:
            return [self.ln(t, 3, "XNodeSync", "Storage targets", "Target 101: used 1.%02dTB of 12.0TB (%.1f%%) ok" % (r.randrange(100), r.uniform(40, 70)))]
        return [self.ln(t, 2, "StatsCollector", "Stats", "Requests: %d; Busy workers: %d; Queued: %d" % (r.randrange(100, 9000), r.randrange(0, 12), r.randrange(0, 30)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, 1, "Worker%d" % r.randrange(1, 13), "Messaging (RPC)", "Disconnect of TCP socket (peer: %s:%d). Error: Connection reset by peer" % (ip(r), r.randrange(30000, 60000)))]

    def retry(self, t):
        r = self.r
        return [self.ln(t, 2, "Worker%d" % r.randrange(1, 13), "Messaging (RPC)", "Communication timeout. Retrying communication with node: beegfs-meta meta0%d [ID: %d]" % (r.randrange(1, 3), r.randrange(1, 3))),
                self.ln(t, 2, "XNodeSync", "Node registration", "Retrying heartbeat to management node mgmt01 (attempt %d)" % r.randrange(1, 30))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, 1, "Worker%d" % r.randrange(1, 13), "StorageTarget", "Chunk file checksum mismatch on target 102. EntryID: %s-%s-%d; offset: %d"
                        % (hexs(r, 2).upper(), hexs(r, 8).upper(), r.randrange(1, 9), r.randrange(0, 10 ** 9)))]

    def disk(self, t):
        r = self.r
        return [self.ln(t, 1, "Worker%d" % r.randrange(1, 13), "WriteChunkFileMsg incoming", "Unable to write chunk. EntryID: %s-%s-%d; Target: 101; Error: No space left on device"
                        % (hexs(r, 2).upper(), hexs(r, 8).upper(), r.randrange(1, 9)))]

    def stop(self, t):
        return [self.ln(t, 2, "Main", "App", "Received a SIGTERM. Shutting down..."), self.ln(t, 1, "Main", "App", "All components stopped. Exiting now!")]

    def restart(self, t):
        return [self.ln(t, 2, "Main", "App", "BeeGFS Storage Server Version: 7.4.2"),
                self.ln(t, 3, "Main", "App", "Storage target 101: /data/beegfs/storage1"),
                self.ln(t, 2, "Main", "App", "Waiting for beegfs-mgmtd@mgmt01:8008..."), self.ln(t, 2, "RegistrationWorker", "Registration", "Node registration successful.")]


# ---------------------------------------------------------------- LSF / Condor
class Lsf(Fmt):
    key, fname, clock, base, perr = "lsf_mbatchd", "lsf.log.mbatchd", "local", 25.0, 0.004
    kinds = ("error_burst", "retry_storm", "silence", "traffic_flood", "new_error")

    def setup(self):
        self.job = self.r.randrange(100000, 900000)

    def ts(self, t):
        d = self.L(t)
        return "%s %02d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S %Y"))

    def ln(self, t, lv, msg):
        return "%s %d %d 10.1 %s" % (self.ts(t), self.pid, lv, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.3:
            self.job += 1
            return [self.ln(t, 6, "do_submitReq: Job <%d> submitted to queue <%s> by user <%s> from host <login%d>"
                            % (self.job, pick(r, ["normal", "short", "gpu", "priority"]), pick(r, USERS), r.randrange(1, 4)))]
        if x < 0.55:
            return [self.ln(t, 6, "dispatch_job: Job <%d> dispatched to host <cn%03d> slots <%d>" % (self.job - r.randrange(0, 80), r.randrange(1, 256), pick(r, [1, 8, 32, 64])))]
        if x < 0.75:
            return [self.ln(t, 6, "job_done: Job <%d> status <DONE> exit code <0> cpu time <%d.%d> run time <%d>"
                            % (self.job - r.randrange(0, 300), r.randrange(10, 90000), r.randrange(10), r.randrange(10, 90000)))]
        if x < 0.9:
            return [self.ln(t, 7, "mbatchd: sched session: %d jobs pending, %d running, cycle took %d ms" % (r.randrange(100, 2000), r.randrange(100, 900), r.randrange(40, 900)))]
        return [self.ln(t, 5, "lsb_mbd_upd_hostinfo: host <cn%03d> status changed from <ok> to <closed_Full>" % r.randrange(1, 256))]

    def err(self, t):
        r = self.r
        return [self.ln(t, 3, "do_sbatchdReq: Failed to get reply from sbatchd on host <cn%03d>: Communication time out" % r.randrange(1, 256))] if False \
            else [self.ln(t, 3, "job_done: Job <%d> status <EXIT> exit code <%d>" % (self.job - r.randrange(0, 300), r.choice([1, 2, 127, 130])))]

    def retry(self, t):
        r = self.r
        h = "cn%03d" % r.randrange(1, 256)
        return [self.ln(t, 3, "call_sbatchd: connect() to sbatchd on host <%s> failed: Connection timed out; will retry in 30 seconds" % h),
                self.ln(t, 5, "reply_acceptedJob: sbatchd on host <%s> unreachable, retrying job <%d>" % (h, self.job - r.randrange(0, 50)))]

    def new_err(self, t):
        return [self.ln(t, 3, "replay_newjob: File </opt/lsf/work/%s/logdir/lsb.events> at line %d: Bad event format; ignored" % (self.sc.cluster, self.r.randrange(1000, 99999)))]

    def flood(self, t):
        self.job += 1
        return [self.ln(t, 6, "do_submitReq: Job <%d[%d]> submitted to queue <short> by user <%s> from host <login1>" % (self.job // 10, self.job % 10000, "svc_etl"))]

    def stop(self, t):
        return [self.ln(t, 5, "mbatchd: received SIGTERM, exiting (badmin mbdrestart)")]

    def restart(self, t):
        self.newpid()
        return [self.ln(t, 6, "main: mbatchd starting up, LSF_VERSION 10.1.0.13"), self.ln(t, 6, "init_log: Log file opened"),
                self.ln(t, 6, "replay_events: %d events replayed from lsb.events" % self.r.randrange(10000, 90000))]


class CondorSched(Fmt):
    key, fname, clock, base, perr = "condor_sched", "SchedLog", "local", 20.0, 0.004
    kinds = ("error_burst", "retry_storm", "traffic_flood", "silence")

    def setup(self):
        self.cl = self.r.randrange(100000, 900000)

    def ts(self, t):
        return self.L(t).strftime("%m/%d/%y %H:%M:%S")

    def ln(self, t, msg):
        return "%s (pid:%d) %s" % (self.ts(t), self.pid, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        j = "%d.%d" % (self.cl - r.randrange(0, 40), r.randrange(0, 20))
        if x < 0.3:
            return [self.ln(t, "Starting add_shadow_birthdate(%s)" % j),
                    self.ln(t, "Started shadow for job %s on slot1_%d@cn%03d.%s <%s:9618?addrs=%s-9618&alias=cn%03d&noUDP&sock=startd_%d_%s> for %s, (shadow pid = %d)"
                            % (j, r.randrange(1, 64), r.randrange(1, 256), self.sc.domain, ip(r), ip(r), r.randrange(1, 256), r.randrange(1000, 9000), hexs(r, 4), pick(r, USERS), r.randrange(3000, 400000)))]
        if x < 0.55:
            return [self.ln(t, "Shadow pid %d for job %s exited with status 100" % (r.randrange(3000, 400000), j))]
        if x < 0.7:
            self.cl += 1
            return [self.ln(t, "New cluster %d submitted by %s (%d procs)" % (self.cl, pick(r, USERS), r.choice([1, 1, 10, 50])))]
        if x < 0.85:
            return [self.ln(t, "Number of Active Workers %d" % r.randrange(0, 3))]
        return [self.ln(t, "TransferQueueManager stats: active up=%d/100 down=%d/100; waiting up=0 down=0; wait time up=0s down=0s" % (r.randrange(0, 20), r.randrange(0, 20)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "Shadow pid %d for job %d.%d exited with status 4" % (r.randrange(3000, 400000), self.cl - r.randrange(0, 40), r.randrange(20))),
                self.ln(t, "ERROR: Shadow exited with job exception code!")]

    def retry(self, t):
        r = self.r
        return [self.ln(t, "attempt to connect to <%s:9618> failed: Connection timed out (connect errno = 110).  Will keep trying for %d total seconds (%d to go)."
                        % (ip(r), 300, r.randrange(1, 300))),
                self.ln(t, "SECMAN: FAILED: Received \"DENIED\" from server for user condor_pool@%s using method PASSWORD." % self.sc.domain)
                if r.random() < 0.2 else self.ln(t, "Failed to send RELEASE_CLAIM to startd slot1_%d@cn%03d: SECMAN:2003:TCP connection timed out, retrying" % (r.randrange(1, 64), r.randrange(1, 256)))]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "Starting add_shadow_birthdate(%d.%d)" % (self.cl, r.randrange(0, 10000)))]

    def stop(self, t):
        return [self.ln(t, "Got SIGTERM. Performing graceful shutdown."), self.ln(t, "All shadows are gone, exiting."),
                self.ln(t, "**** condor_schedd (condor_SCHEDD) pid %d EXITING WITH STATUS 0" % self.pid)]

    def restart(self, t):
        self.newpid()
        return [self.ln(t, "******************************************************"),
                self.ln(t, "** condor_schedd (CONDOR_SCHEDD) STARTING UP"),
                self.ln(t, "** /usr/sbin/condor_schedd"),
                self.ln(t, "** $CondorVersion: 23.0.6 2024-02-28 BuildID: 712345 PackageID: 23.0.6-1 $"),
                self.ln(t, "** PID = %d" % self.pid),
                self.ln(t, "******************************************************")]


class CondorStart(Fmt):
    key, fname, clock, base, scal, perr = "condor_start", "StartLog", "local", 10.0, True, 0.005
    kinds = ("panic", "oom_kill", "error_burst", "new_error")
    dies = False

    def ts(self, t):
        return self.L(t).strftime("%m/%d/%y %H:%M:%S")

    def ln(self, t, msg):
        return "%s (pid:%d) %s" % (self.ts(t), self.pid, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        s = "slot1_%d" % r.randrange(1, 64)
        if x < 0.35:
            return [self.ln(t, "%s: Got activate_claim request from shadow (%s)" % (s, ip(r))),
                    self.ln(t, "%s: Remote job ID is %d.%d" % (s, r.randrange(100000, 900000), r.randrange(0, 20))),
                    self.ln(t, "%s: Changing state and activity: Claimed/Idle -> Claimed/Busy" % s)]
        if x < 0.65:
            return [self.ln(t, "Starter pid %d exited with status 0" % r.randrange(3000, 400000)),
                    self.ln(t, "%s: State change: starter exited" % s),
                    self.ln(t, "%s: Changing activity: Busy -> Idle" % s)]
        if x < 0.85:
            return [self.ln(t, "%s: Request accepted." % s), self.ln(t, "%s: Remote owner is %s@%s" % (s, pick(r, USERS), self.sc.domain))]
        return [self.ln(t, "Sent update to collector %s (%s:9618)" % ("cm." + self.sc.domain, ip(r)))]

    def err(self, t):
        return [self.ln(t, "Starter pid %d exited with status 4" % self.r.randrange(3000, 400000))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "ERROR \"Failed to mount /cvmfs/oasis.opensciencegrid.org: Transport endpoint is not connected\" at line %d in file /var/lib/condor/execute/dir_%d" % (r.randrange(100, 900), r.randrange(3000, 400000)))]

    def panic(self, t):
        r = self.r
        p = r.randrange(3000, 400000)
        return [self.ln(t, "Starter pid %d died on signal 11 (Segmentation fault)" % p),
                self.ln(t, "slot1_%d: State change: starter exited" % r.randrange(1, 64)),
                self.ln(t, "Core file /var/lib/condor/execute/core.%d saved (%d bytes)" % (p, r.randrange(10 ** 8, 10 ** 9)))]

    def oom(self, t):
        r = self.r
        s = "slot1_%d" % r.randrange(1, 64)
        m = pick(r, [2048, 4096, 8192])
        return [self.ln(t, "%s: Job has gone over cgroup memory limit of %d megabytes. Last measured usage: %d megabytes.  Consider resubmitting with a higher request_memory." % (s, m, m + r.randrange(1, 90))),
                self.ln(t, "%s: Out of memory event (oom_kill) detected, killing starter pid %d" % (s, r.randrange(3000, 400000))),
                self.ln(t, "%s: Changing state and activity: Claimed/Busy -> Preempting/Vacating" % s)]


# ---------------------------------------------------------------- Globus / OOD
class GlobusXfer(Fmt):
    key, fname, clock, base, perr = "gridftp_xfer", "gridftp-transfer.log", "abs", 12.0, 0.01
    kinds = ("latency_shift", "traffic_flood", "error_burst")
    dies = False

    def stamp(self, t):
        d = lt(t)
        return "%s.%06d" % (d.strftime("%Y%m%d%H%M%S"), d.microsecond)

    def rec(self, t, code):
        r = self.r
        nb = int(r.lognormvariate(20, 2))
        dur = max(0.05, nb / (lognorm(r, 3.5e8, 0.6)) * self.lat)
        u = pick(r, USERS)
        return ["DATE=%s HOST=%s PROG=globus-gridftp-server NL.EVNT=FTP_INFO START=%s USER=%s FILE=/gpfs/%s/%s/%s/%s_%04d.h5 BUFFER=%d BLOCK=262144 NBYTES=%d VOLUME=/ STREAMS=%d STRIPES=1 DEST=[%s] TYPE=%s CODE=%s"
                % (self.stamp(t), self.host, self.stamp(t - dur), u, self.sc.gpfsfs, pick(r, GROUPS), u, pick(r, ["run", "snap", "chunk", "out"]), r.randrange(10000),
                   pick(r, [0, 87380, 4194304]), nb, pick(r, [1, 2, 4, 8]), ip(r, "192.168"), pick(r, ["RETR", "STOR", "RETR"]), code)]

    def normal(self, t):
        if self.r.random() < self.perr:
            return self.err(t)
        return self.rec(t, "226")

    def err(self, t):
        return self.rec(t, self.r.choice(["426", "451"]))


class OodAccess(Fmt):
    key, fname, clock, base, perr = "ood_access", "ondemand_access_ssl.log", "abs", 60.0, 0.0
    kinds = ("http_5xx", "latency_shift", "traffic_flood")
    dies = False

    def setup(self):
        self.ips = [ip(self.r, "172.%d" % self.r.randrange(16, 31)) for _ in range(60)]

    def ts(self, t):
        d = lt(t, self.sc.off)
        o = self.sc.off // 60
        return "[%02d/%s/%d:%s %s%02d%02d]" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60)

    def normal(self, t, cip=None):
        r = self.r
        u = pick(r, USERS)
        path, med = wpick(r, [(30, ("/pun/sys/dashboard/", 90000)), (15, ("/pun/sys/dashboard/batch_connect/sessions", 250000)),
                              (15, ("/pun/sys/files/fs/home/%s/" % u, 120000)), (10, ("/pun/sys/dashboard/assets/application-%s.js" % hexs(r, 16), 4000)),
                              (8, ("/rnode/cn%03d.%s/%d/api/kernels" % (r.randrange(1, 256), self.sc.domain, r.randrange(8000, 9000)), 30000)),
                              (8, ("/node/gpu%02d.%s/%d/lab/api/contents/work" % (r.randrange(1, 32), self.sc.domain, r.randrange(8000, 9000)), 60000)),
                              (6, ("/pun/sys/dashboard/activejobs.json", 900000)), (4, ("/nginx/stop?redir=/pun/sys/dashboard", 50000)),
                              (4, ("/oidc?code=%s&state=%s" % (hexs(r, 24), hexs(r, 16)), 150000))])
        st = wpick(r, [(88, 200), (5, 302), (4, 304), (1.5, 404), (0.7, 401), (0.15, 500), (0.1, 502), (0.05, 503)])
        if self.p5 and r.random() < self.p5:
            st = pick(r, [502, 502, 503, 500, 504])
        size = r.randrange(300, 90000) if st == 200 else r.randrange(0, 900)
        us = int(lognorm(r, med) * (self.lat if not path.startswith("/pun/sys/dashboard/assets") else 1))
        meth = "POST" if "/api/" in path and r.random() < 0.3 else "GET"
        ua = pick(r, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
                      "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"])
        return ['%s - %s %s "%s %s HTTP/1.1" %d %d "https://ondemand.%s/pun/sys/dashboard" "%s" %d'
                % (cip or pick(r, self.ips), u if not path.startswith("/oidc") else "-", self.ts(t), meth, path, st, size, self.sc.domain, ua, us)]

    def flood(self, t):
        r = self.r
        return ['%s - - %s "GET /pun/sys/dashboard/batch_connect/sessions HTTP/1.1" 302 %d "-" "python-requests/2.31.0" %d'
                % ("203.0.113.%d" % r.randrange(2, 12), self.ts(t), r.randrange(200, 400), int(lognorm(r, 20000)))]
