"""Log formats for the blind17 generator. Each format renders one record (possibly multi-line)
for an epoch time e (UTC seconds, float). Local-time formats use self.off (seconds east of UTC)."""
import json
from datetime import datetime, timedelta

EPOCH = datetime(1970, 1, 1)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
USERS = ["jdoe", "asmith", "mkowalski", "lchen", "pgarcia", "tnguyen", "okim", "rpatel", "evolkova", "bmueller",
         "svc-ci", "hsato", "dlopez", "ktanaka", "nbrown"]
PROJECTS = ["platform/api", "platform/web", "infra/terraform", "data/etl", "mobile/android", "tools/cli",
            "docs/handbook", "security/scanner"]
UAS = ["Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "python-requests/2.31.0", "curl/8.5.0", "git/2.43.0"]


def dt(e):
    return EPOCH + timedelta(seconds=e)


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 254))


def hexs(r, n):
    return "%0*x" % (n, r.getrandbits(4 * n))


def fmt_dur_go(ms):
    if ms < 1:
        return "%.1fµs" % (ms * 1000)
    if ms < 1000:
        return "%.3fms" % ms if ms < 100 else "%.2fms" % ms
    return "%.3fs" % (ms / 1000)


class F:
    key = ""
    fname = ""
    absolute = True
    caps = ()          # subset of: req dur retry crash oom disk
    min_year = 2018
    lpe = 1.0          # lines per event
    weight = 1.0       # relative share of lines in a scenario
    hb_every = 60
    req_share = 0.0
    windows_os = False

    def __init__(self, sc, r):
        self.sc = sc
        self.off = sc.off
        self.year = sc.year
        self.r = r
        self.seq = r.randint(1, 3000)
        self.pid = r.randint(200, 30000)
        self.setup()

    def setup(self):
        pass

    def L(self, e):
        return dt(e + self.off)

    def U(self, e):
        return dt(e)

    # default content hooks
    def err(self, e, k):
        return self.log(e, "ERROR", self.ERRS[k % len(self.ERRS)](self.r))

    def warn(self, e):
        return self.log(e, "WARN", self.r.choice(self.WARNS)(self.r))

    def info(self, e):
        return self.log(e, "INFO", self.r.choice(self.INFOS)(self.r))

    def hb(self, e):
        return self.log(e, "INFO", self.HB(self.r))

    def newerr(self, e):
        return self.log(e, "ERROR", self.NEW(self.r))

    def retry(self, e):
        return self.log(e, "WARN", self.RETRY(self.r))

    def retry_ok(self, e):
        return [(0, self.retry(e)), (self.r.uniform(0.5, 4), self.log(e + 2, "INFO", self.RECOVER(self.r)))]

    def disk(self, e):
        return self.log(e, "ERROR", self.DISK(self.r))

    def stop(self, e):
        return [(0, self.log(e, "INFO", s)) for s in self.STOP]

    def start(self, e):
        return [(i * 0.05, self.log(e + i * 0.05, "INFO", s)) for i, s in enumerate(self.START(self.r))]


# ----------------------------------------------------------------------------------------------- GitLab
class GitLabProd(F):
    key, fname, caps, weight, req_share = "gitlab_prod", "production_json.log", ("req", "dur"), 0.7, 1.0
    CTRL = [("GET", "/{p}/-/merge_requests/{n}", "Projects::MergeRequestsController", "show", "html"),
            ("GET", "/{p}", "ProjectsController", "show", "html"),
            ("GET", "/{p}/-/pipelines.json", "Projects::PipelinesController", "index", "json"),
            ("POST", "/{p}/-/merge_requests/{n}/discussions", "Projects::MergeRequests::DiscussionsController", "create", "json"),
            ("GET", "/dashboard/todos", "Dashboard::TodosController", "index", "html"),
            ("GET", "/{p}/-/blob/main/README.md", "Projects::BlobController", "show", "html"),
            ("GET", "/{p}/-/issues/{n}/realtime_changes", "Projects::IssuesController", "realtime_changes", "json")]

    def req(self, e, st, ms, k=None):
        r = self.r
        m, path, c, a, f = r.choice(self.CTRL) if k is None else self.CTRL[k]
        p = r.choice(PROJECTS)
        path = path.format(p=p, n=r.randint(1, 4000))
        u = r.choice(USERS)
        ts = self.U(e).isoformat(timespec="milliseconds") + "Z"
        d = {"method": m, "path": path, "format": f, "controller": c, "action": a, "status": st, "time": ts,
             "params": [{"key": "namespace_id", "value": p.split("/")[0]}, {"key": "project_id", "value": p.split("/")[1]}],
             "remote_ip": ip(r), "user_id": 100 + USERS.index(u), "username": u, "ua": r.choice(UAS),
             "correlation_id": hexs(r, 26).upper(), "meta.user": u, "meta.project": p,
             "meta.caller_id": c + "#" + a, "meta.feature_category": "code_review_workflow"}
        if self.year >= 2020:
            d.update({"queue_duration_s": round(r.uniform(0.001, 0.02), 6), "redis_calls": r.randint(1, 30),
                      "db_count": r.randint(3, 80), "db_duration_s": round(ms * 0.3 / 1000, 5),
                      "view_duration_s": round(ms * 0.4 / 1000, 5), "duration_s": round(ms / 1000, 5),
                      "cpu_s": round(ms * 0.5 / 1000, 6), "mem_objects": r.randint(10000, 300000)})
        else:
            d.update({"duration": round(ms, 2), "view": round(ms * 0.4, 2), "db": round(ms * 0.3, 2)})
        if st >= 500:
            d["exception.class"] = ["ActiveRecord::QueryCanceled", "GRPC::Unavailable", "Rack::Timeout::RequestTimeoutException"][k % 3 if k is not None else r.randrange(3)]
            d["exception.message"] = {"ActiveRecord::QueryCanceled": "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout",
                                      "GRPC::Unavailable": "14:failed to connect to all addresses. debug_error_string:{UNKNOWN:failed to connect}",
                                      "Rack::Timeout::RequestTimeoutException": "Request ran for longer than 60000ms"}[d["exception.class"]]
        return json.dumps(d, separators=(",", ":"))

    def _ctl(self, e, c, a, path, st, ms, extra=None):
        r = self.r
        d = {"method": "GET", "path": path, "format": "json", "controller": c, "action": a, "status": st,
             "time": self.U(e).isoformat(timespec="milliseconds") + "Z", "params": [], "remote_ip": "127.0.0.1",
             "ua": "Prometheus/2.45.0" if "metrics" in path else "kube-probe/1.28", "correlation_id": hexs(r, 26).upper(),
             "duration_s": round(ms / 1000, 5)}
        if extra:
            d.update(extra)
        return json.dumps(d, separators=(",", ":"))

    def hb(self, e):
        return self._ctl(e, "HealthController", "readiness", "/-/readiness", 200, self.r.uniform(2, 9))

    def info(self, e):
        return self.req(e, 200, self.r.lognormvariate(4.0, 0.8))

    def warn(self, e):
        return self.req(e, self.r.choice([401, 404, 422]), self.r.lognormvariate(3.5, 0.7))

    def err(self, e, k):
        return self.req(e, 500, self.r.lognormvariate(6, 0.6), k % 3)

    def newerr(self, e):
        return self._ctl(e, "Projects::MergeRequestsController", "diffs", "/platform/api/-/merge_requests/12/diffs.json",
                         500, self.r.uniform(100, 900), {"exception.class": "Gitlab::Git::CommandTimedOut",
                                                          "exception.message": "Command timed out: diff --patch-with-stat"})


class Gitaly(F):
    key, fname, caps, weight = "gitaly", "gitaly_current.log", ("dur", "retry"), 1.2
    METHODS = [("CommitService", "FindCommit"), ("RefService", "FindDefaultBranchName"), ("BlobService", "GetBlobs"),
               ("SmartHTTPService", "PostUploadPackWithSidechannel"), ("RepositoryService", "RepositoryExists"),
               ("CommitService", "ListCommitsByOid"), ("DiffService", "CommitDiff"), ("RefService", "FindAllBranches")]

    def rec(self, e, level, msg, extra):
        d = {"correlation_id": hexs(self.r, 26).upper()} if "grpc.method" in extra else {}
        d.update(extra)
        d.update({"level": level, "msg": msg, "pid": self.pid, "time": self.U(e).isoformat(timespec="microseconds")[:-3] + "Z"})
        return json.dumps(d, separators=(",", ":"), sort_keys=True)

    def call(self, e, code="OK", ms=None, level="info"):
        r = self.r
        svc, m = r.choice(self.METHODS)
        if ms is None:
            ms = r.lognormvariate(1.2, 1.0) * getattr(self, "latmul", 1.0)
        p = r.choice(PROJECTS)
        h = hexs(r, 64)
        return self.rec(e, level, "finished unary call with code " + code if "Upload" not in m else "finished streaming call with code " + code, {
            "grpc.code": code, "grpc.meta.client_name": r.choice(["gitlab-web", "gitlab-sidekiq", "gitlab-workhorse"]),
            "grpc.method": m, "grpc.request.fullMethod": "/gitaly.%s/%s" % (svc, m),
            "grpc.request.glProjectPath": p, "grpc.request.repoPath": "@hashed/%s/%s/%s.git" % (h[:2], h[2:4], h),
            "grpc.request.repoStorage": "default", "grpc.service": "gitaly." + svc, "grpc.time_ms": round(ms, 3),
            "peer.address": "@", "span.kind": "server", "system": "grpc"})

    def req(self, e, st, ms):
        return self.call(e, ms=ms)

    def info(self, e):
        return self.call(e)

    def hb(self, e):
        return self.rec(e, "info", "housekeeping: optimized repositories", {"component": "housekeeping", "optimized": self.r.randint(0, 12)}) \
            if self.r.random() < 0.2 else self.call(e)

    def warn(self, e):
        return self.call(e, code="NotFound", level="info") if self.r.random() < 0.6 else \
            self.call(e, code="Canceled", level="warning")

    def err(self, e, k):
        return [lambda: self.call(e, code="Internal", level="error"),
                lambda: self.call(e, code="DeadlineExceeded", level="error", ms=self.r.uniform(30000, 60000)),
                lambda: self.rec(e, "error", "git: pack-objects: signal: broken pipe", {"component": "pack-objects"})][k % 3]()

    def newerr(self, e):
        return self.rec(e, "error", "repository consistency check failed", {"error": "fsck: object 5e1c4 is missing", "component": "housekeeping"})

    def retry(self, e):
        return self.rec(e, "warning", "retrying praefect connection", {"error": "rpc error: code = Unavailable desc = connection refused", "backoff": "%.1fs" % self.r.uniform(0.1, 5)})

    def retry_ok(self, e):
        return [(0, self.retry(e)), (1.5, self.rec(e + 1.5, "info", "praefect connection re-established", {"address": "tcp://praefect:2305"}))]

    def disk(self, e):
        return self.rec(e, "error", "write object failed", {"error": "write /var/opt/gitlab/git-data/repositories/+gitaly/tmp/repo123/objects/pack/tmp_pack_%s: no space left on device" % hexs(self.r, 6)})

    def stop(self, e):
        return [(0, self.rec(e, "warning", "received signal", {"signal": "terminated"})), (0.2, self.rec(e + 0.2, "info", "gracefully stopping", {}))]

    def start(self, e):
        v = "16.%d.%d" % (self.r.randint(0, 9), self.r.randint(0, 5))
        return [(0, self.rec(e, "info", "Starting Gitaly", {"version": "Gitaly, version " + v})),
                (0.3, self.rec(e + 0.3, "info", "listening at tcp address", {"address": "0.0.0.0:8075"})),
                (0.4, self.rec(e + 0.4, "info", "listening at unix address", {"address": "/var/opt/gitlab/gitaly/gitaly.socket"}))]


class Sidekiq(F):
    key, fname, caps, weight = "sidekiq", "sidekiq.log", ("dur", "retry"), 1.2
    JOBS = ["PipelineProcessWorker", "PostReceive", "MergeRequests::UpdateHeadPipelineWorker", "ProjectCacheWorker",
            "Ci::BuildFinishedWorker", "NewNoteWorker", "AuthorizedProjectsWorker", "WebHookWorker"]

    def rec(self, e, sev, cls, status, msg=None, extra=None):
        r = self.r
        jid = hexs(r, 24)
        d = {"severity": sev, "time": self.U(e).isoformat(timespec="milliseconds") + "Z", "retry": 3,
             "queue": "default", "class": cls, "args": [str(r.randint(1, 99999))], "jid": jid,
             "correlation_id": hexs(r, 26).upper(), "pid": self.pid,
             "message": msg or "%s JID-%s: %s" % (cls, jid, status), "job_status": status}
        if extra:
            d.update(extra)
        return json.dumps(d, separators=(",", ":"))

    def req(self, e, st, ms):
        return self.rec(e, "INFO", self.r.choice(self.JOBS), "done", None,
                        {"scheduling_latency_s": round(self.r.uniform(0.001, 0.3), 6), "duration_s": round(ms / 1000, 6),
                         "cpu_s": round(ms / 3000, 6), "db_count": self.r.randint(1, 40)})

    def info(self, e):
        if self.r.random() < 0.5:
            return self.rec(e, "INFO", self.r.choice(self.JOBS), "start")
        return self.req(e, 200, self.r.lognormvariate(4.5, 1.0))

    def hb(self, e):
        return self.rec(e, "INFO", "Gitlab::SidekiqCronWorker", "done", None, {"duration_s": round(self.r.uniform(0.01, 0.2), 6)})

    def warn(self, e):
        return self.rec(e, "WARN", "WebHookWorker", "done", None, {"duration_s": round(self.r.uniform(0.5, 9), 6),
                                                                    "message": "WebHookWorker: hook responded 404, disabling temporarily"})

    ERRMSG = [("ActiveRecord::RecordNotFound", "Couldn't find MergeRequest with 'id'=%d"),
              ("Gitlab::Git::ResourceExhaustedError", "Upstream Gitaly has been exhausted: maximum time in concurrency queue reached. Try again later (%d)"),
              ("Net::ReadTimeout", "Net::ReadTimeout with #<TCPSocket:(closed)> %d")]

    def err(self, e, k):
        c, m = self.ERRMSG[k % 3]
        return self.rec(e, "WARN", self.r.choice(self.JOBS), "fail", None,
                        {"error_class": c, "error_message": m % self.r.randint(1, 99999), "retry_count": self.r.randint(0, 2)})

    def newerr(self, e):
        return self.rec(e, "WARN", "Ci::ArchiveTraceWorker", "fail", None,
                        {"error_class": "Gitlab::Ci::Trace::ArchiveError", "error_message": "Trace artifact checksum mismatch for build %d" % self.r.randint(1, 9 ** 7)})

    def retry(self, e):
        return self.rec(e, "WARN", "WebHookWorker", "fail", None, {"error_class": "Redis::CannotConnectError",
                        "error_message": "Error connecting to Redis on redis:6379 (Errno::ECONNREFUSED)", "retry_count": self.r.randint(0, 3),
                        "message": "WebHookWorker: retrying after Redis::CannotConnectError"})

    def retry_ok(self, e):
        return [(0, self.retry(e)), (3, self.rec(e + 3, "INFO", "WebHookWorker", "done", None, {"duration_s": 0.41}))]

    def disk(self, e):
        return self.rec(e, "WARN", "Ci::ArchiveTraceWorker", "fail", None, {"error_class": "Errno::ENOSPC",
                        "error_message": "No space left on device @ io_write - /var/opt/gitlab/gitlab-rails/shared/artifacts/tmp/work/%s" % hexs(self.r, 8)})

    def stop(self, e):
        return [(0, self.rec(e, "INFO", "Sidekiq", "", "Shutting down")), (1, self.rec(e + 1, "INFO", "Sidekiq", "", "Terminating quiet threads")),
                (2, self.rec(e + 2, "INFO", "Sidekiq", "", "Bye!"))]

    def start(self, e):
        return [(0, self.rec(e, "INFO", "Sidekiq", "", "Booting Sidekiq 6.5.12 with Sidekiq::RedisConnection::RedisAdapter options {:url=>\"unix:/var/opt/gitlab/redis/redis.socket\"}")),
                (0.5, self.rec(e + 0.5, "INFO", "Sidekiq", "", "Running in ruby 3.1.4p223 (2023-03-30 revision 957bb7cb81) [x86_64-linux]")),
                (0.6, self.rec(e + 0.6, "INFO", "Sidekiq", "", "Starting processing, hit Ctrl-C to stop"))]


# ------------------------------------------------------------------------------------------------ Gitea
class Gitea(F):
    key, fname, absolute, caps, weight, req_share = "gitea", "gitea.log", False, ("req", "dur", "retry", "crash", "disk"), 1.5, 0.85
    ROUTES = [("GET", "/user/login", "auth/auth.go:168(auth.SignIn)"), ("GET", "/{p}", "repo/view.go:736(repo.Home)"),
              ("GET", "/{p}/pulls", "repo/issue.go:452(repo.Issues)"), ("POST", "/{p}.git/git-upload-pack", "repo/githttp.go:532(repo.ServiceUploadPack)"),
              ("GET", "/api/v1/repos/{p}/commits", "api/v1/repo/commits.go:120(repo.GetAllCommits)"), ("GET", "/explore/repos", "explore/repo.go:151(explore.Repos)"),
              ("GET", "/{p}/src/branch/main", "repo/view.go:736(repo.Home)")]

    def setup(self):
        self.old = self.year < 2022

    def tsl(self, e):
        d = self.L(e)
        return "%04d/%02d/%02d %02d:%02d:%02d" % (d.year, d.month, d.day, d.hour, d.minute, d.second)

    def log(self, e, lvl, msg, src="...dules/setting/setting.go:312:loadFromConf()"):
        return "%s %s [%s] %s" % (self.tsl(e), src, lvl[0], msg)

    def req(self, e, st, ms):
        r = self.r
        m, path, h = r.choice(self.ROUTES)
        path = path.format(p=r.choice(PROJECTS))
        if self.old:
            d = self.L(e)
            return "[Macaron] %04d-%02d-%02d %02d:%02d:%02d: Completed %s %s %d %s in %s" % (
                d.year, d.month, d.day, d.hour, d.minute, d.second, m, path, st, HTTP[st], fmt_dur_go(ms))
        return "%s ...s/web/routing/logger.go:102:func1() [I] router: completed %s %s for %s:%d, %d %s in %.1fms @ %s" % (
            self.tsl(e), m, path, ip(r), r.randint(30000, 65000), st, HTTP[st], ms, h)

    def info(self, e):
        return self.req(e, self.r.choice([200, 200, 200, 200, 304, 302]), self.r.lognormvariate(2.5, 1.0))

    def warn(self, e):
        if self.r.random() < 0.5:
            return self.req(e, self.r.choice([401, 404]), self.r.lognormvariate(1.5, 0.6))
        return self.log(e, "W", "Failed authentication attempt for %s from %s:%d: invalid credentials" % (self.r.choice(USERS), ip(self.r), self.r.randint(30000, 65000)),
                        "...rs/web/auth/auth.go:197:SignInPost()")

    ERRS_ = ["...s/git/repo_attribute.go:314:CheckPath() [E] Unable to open checker for %s. Error: exit status 128",
             "...ers/web/repo/view.go:312:renderReadmeFile() [E] ReadmeFile \"README.md\" not found: %s",
             "...ices/mailer/mailer.go:331:Send() [E] Failed to send emails %s: dial tcp 10.0.4.2:587: i/o timeout"]

    def err(self, e, k):
        return self.tsl(e) + " " + self.ERRS_[k % 3] % self.r.choice(PROJECTS)

    def hb(self, e):
        return self.log(e, "I", "[%s] Running Cron: update_mirrors" % hexs(self.r, 16) if self.r.random() < 0.3 else
                        "Finished %s in %.1fms" % (self.r.choice(["check repo stats", "update_mirrors"]), self.r.uniform(1, 40)),
                        "...s/cron/tasks.go:90:RunWithUser()") if self.r.random() < 0.5 else self.req(e, 200, self.r.uniform(0.2, 1.5))

    def newerr(self, e):
        return self.tsl(e) + " ...ules/indexer/code/indexer.go:189:func2() [E] Codes indexer handler: index error for repo %d: elastic: Error 429 (Too Many Requests)" % self.r.randint(1, 900)

    def retry(self, e):
        return self.tsl(e) + " ...s/queue/workerpool.go:239:doWork() [W] Unable to connect to redis at redis:6379: dial tcp 10.0.3.7:6379: connect: connection refused, retrying in %ds" % self.r.randint(1, 10)

    def retry_ok(self, e):
        return [(0, self.retry(e)), (2, self.tsl(e + 2) + " ...s/queue/workerpool.go:245:doWork() [I] Reconnected to redis at redis:6379")]

    def disk(self, e):
        return self.tsl(e) + " ...ers/web/repo/http.go:485:serviceRPC() [E] Fail to serve RPC(receive-pack) in %s: exit status 128 - fatal: write error: No space left on device" % self.r.choice(PROJECTS)

    def crash(self, e):
        g = self.r.randint(100, 9000)
        lines = ["panic: runtime error: invalid memory address or nil pointer dereference",
                 "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x1f6a3c4]", "",
                 "goroutine %d [running]:" % g,
                 "code.gitea.io/gitea/services/pull.(*Checker).checkAndUpdateStatus(0xc0012a6000, {0x3a3c1b0, 0xc000e3e0f0})",
                 "\t/go/src/code.gitea.io/gitea/services/pull/check.go:212 +0x84",
                 "code.gitea.io/gitea/services/pull.handler({0xc001f0a2c0, 0x1, 0x1})",
                 "\t/go/src/code.gitea.io/gitea/services/pull/check.go:341 +0x1c5",
                 "created by code.gitea.io/gitea/modules/queue.(*WorkerPool).addWorkers in goroutine 1",
                 "\t/go/src/code.gitea.io/gitea/modules/queue/workerpool.go:214 +0x1e5"]
        return [(0, self.tsl(e) + " ...s/pull/check.go:209:checkAndUpdateStatus() [E] Unable to get pull request head commit\n" + "\n".join(lines))]

    def stop(self, e):
        return [(0, self.log(e, "I", "PID %d. Background context for operation cancelled" % self.pid, "...eful/manager_unix.go:157:handleSignals()")),
                (0.3, self.log(e + 0.3, "I", "PID: %d Gitea Web Finished" % self.pid, "cmd/web.go:271:listen()"))]

    def start(self, e):
        v = "1.%d.%d" % (21 if self.year >= 2024 else (17 if self.year >= 2022 else 13), self.r.randint(0, 9))
        s = [("cmd/web.go:223:runWeb()", "Starting Gitea on PID: %d" % self.pid),
             ("cmd/web.go:224:runWeb()", "Gitea version: %s built with GNU Make 4.4.1, go1.21.6 : bindata, timetzdata, sqlite, sqlite_unlock_notify" % v),
             ("cmd/web.go:225:runWeb()", "* RunMode: prod"), ("cmd/web.go:226:runWeb()", "* AppPath: /usr/local/bin/gitea"),
             ("cmd/web.go:227:runWeb()", "* WorkPath: /var/lib/gitea"), ("cmd/web.go:228:runWeb()", "* CustomPath: /var/lib/gitea/custom"),
             ("cmd/web.go:304:listen()", "Listen: http://0.0.0.0:3000"), ("...s/graceful/server.go:50:NewServer()", "Starting new Web server: tcp:0.0.0.0:3000 on PID: %d" % self.pid)]
        return [(i * 0.02, self.log(e + i * 0.02, "I", m, src)) for i, (src, m) in enumerate(s)]


HTTP = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
        401: "Unauthorized", 404: "Not Found", 422: "Unprocessable Entity", 500: "Internal Server Error",
        502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


# ------------------------------------------------------------------------------------------------- Jira
class Jira(F):
    key, fname, caps, weight = "jira", "atlassian-jira.log", ("retry", "oom", "disk"), 1.0

    def setup(self):
        self.absolute = self.year >= 2020
        self.windows_os = self.r.random() < 0.3

    def ts(self, e):
        d = self.L(e)
        s = "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond // 1000)
        if self.absolute:
            o = self.off // 60
            s += "%s%02d%02d" % ("+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60)
        return s

    def rq(self, e, lvl, cls, msg):
        r = self.r
        u = r.choice(USERS)
        url = r.choice(["/rest/api/2/search", "/secure/Dashboard.jspa", "/rest/api/2/issue/PROJ-%d" % r.randint(1, 9999),
                        "/browse/OPS-%d" % r.randint(1, 3000), "/rest/greenhopper/1.0/xboard/work/allData.json"])
        return "%s http-nio-8080-exec-%d url: %s; user: %s %s %s %dx%dx1 %s %s %s [%s] %s" % (
            self.ts(e), r.randint(1, 200), url, u, lvl, u, (e // 60) % 1440, r.randint(1000, 999999), hexs(r, 6), ip(r), url, cls, msg)

    def bg(self, e, lvl, thread, cls, msg):
        return "%s %s %-5s %s [%s] %s" % (self.ts(e), thread, lvl, self.r.choice(["ServiceRunner    ", "      "]).strip() or "", cls, msg) \
            if False else "%s %s %s ServiceRunner     [%s] %s" % (self.ts(e), thread, lvl, cls, msg)

    def info(self, e):
        r = self.r
        if r.random() < 0.5:
            return self.bg(e, "INFO", "Caesium-1-%d" % r.randint(1, 4), "c.a.j.issue.index.DefaultIndexManager",
                           "Indexed %d issues in %d ms" % (r.randint(1, 40), r.randint(5, 900)))
        return self.rq(e, "INFO", "c.a.j.plugin.webresource.JiraWebResourceIntegration", "Superbatch resources recomputed")

    def hb(self, e):
        return self.bg(e, "INFO", "Caesium-1-%d" % self.r.randint(1, 4), "c.a.j.util.stats.JiraStats",
                       "[JIRA-STATS] [NODE-HEALTH] snapshot stats: duration: PT1M, statsOverhead: n/a, data: {\"runningTasks\":%d}" % self.r.randint(0, 9))

    def warn(self, e):
        return self.rq(e, "WARN", "c.a.j.web.filters.steps.requestinfo.RequestInfoFilterStep", "Your request took too long; slow query threshold exceeded")

    def err(self, e, k):
        r = self.r
        if k % 3 == 0:
            return self.rq(e, "ERROR", "c.a.j.rest.exception.ExceptionInterceptor",
                           "Returning internal server error in response\njava.lang.IllegalStateException: Field 'customfield_%d' not found\n"
                           "\tat com.atlassian.jira.issue.fields.DefaultFieldManager.getField(DefaultFieldManager.java:214)\n"
                           "\tat com.atlassian.jira.rest.v2.issue.IssueResource.getIssue(IssueResource.java:312)" % r.randint(10000, 10999))
        if k % 3 == 1:
            return self.bg(e, "ERROR", "Caesium-1-2", "c.a.jira.mail.MailFetcherService",
                           "Error fetching mail from server: javax.mail.AuthenticationFailedException: [AUTHENTICATIONFAILED] Invalid credentials")
        return self.rq(e, "ERROR", "c.a.j.issue.search.SearchHandler", "Error in JQL query: The value 'OPS-%d' does not exist for the field 'key'." % r.randint(1, 9999))

    def newerr(self, e):
        return self.bg(e, "ERROR", "Caesium-1-1", "c.a.j.cluster.lock.DatabaseClusterLock",
                       "Unable to renew cluster lock 'com.atlassian.jira.cluster.ReplicationLock': lock is held by node jira-node-%d" % self.r.randint(2, 4))

    def retry(self, e):
        return self.bg(e, "WARN", "HealthCheck:thread-%d" % self.r.randint(1, 8), "c.a.j.ofbiz.ConnectionPoolHealthSqlInterceptor",
                       "Connection to database lost, retrying connection attempt %d of 10" % self.r.randint(1, 10))

    def retry_ok(self, e):
        return [(0, self.retry(e)), (2, self.bg(e + 2, "INFO", "HealthCheck:thread-1", "c.a.j.ofbiz.ConnectionPoolHealthSqlInterceptor", "Database connection re-established"))]

    def disk(self, e):
        return self.bg(e, "ERROR", "Caesium-1-3", "c.a.j.issue.index.DefaultIndexManager",
                       "Error indexing issue\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n"
                       "\tat org.apache.lucene.store.FSDirectory$FSIndexOutput$1.write(FSDirectory.java:416)")

    def oom(self, e):
        r = self.r
        return [(0, self.rq(e, "ERROR", "c.a.j.web.dispatcher.JiraWebworkActionDispatcher",
                            "Exception thrown from action 'IssueNavigator', returning 500\njava.lang.OutOfMemoryError: Java heap space\n"
                            "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.atlassian.jira.issue.search.providers.LuceneSearchProvider.search(LuceneSearchProvider.java:244)")),
                (0.5, self.bg(e + 0.5, "ERROR", "Caesium-1-1", "c.a.j.cluster.NodeHeartbeatService", "java.lang.OutOfMemoryError: Java heap space"))]

    def stop(self, e):
        return [(0, self.bg(e, "INFO", "Catalina-utility-1", "c.a.jira.startup.DefaultJiraLauncher", "Stopping launchers")),
                (1, self.bg(e + 1, "INFO", "Catalina-utility-1", "c.a.jira.startup.DefaultJiraLauncher", "Jira launchers stopped"))]

    def start(self, e):
        v = "9.12.%d" % self.r.randint(1, 9) if self.year >= 2023 else "8.%d.%d" % (self.r.randint(5, 20), self.r.randint(0, 9))
        if self.year < 2019:
            v = "7.%d.%d" % (self.r.randint(6, 13), self.r.randint(0, 9))
        return [(0, self.bg(e, "INFO", "localhost-startStop-1", "c.a.jira.startup.JiraStartupLogger",
                            "\n    \n    ****************\n    Jira starting...\n    ****************\n    ")),
                (2, self.bg(e + 2, "INFO", "localhost-startStop-1", "c.a.jira.startup.JiraStartupLogger",
                            "\n    \n___ Environment _____________________________\n    \n     JIRA Build                                    : %s#%d-sha1:%s\n     Build Date                                    : Tue Jan 16 00:00:00 UTC 2024\n     JIRA Installation Type                        : Standalone\n     Application Server                            : Apache Tomcat/9.0.82 - Servlet API 4.0" % (v, self.r.randint(800000, 999999), hexs(self.r, 7)))),
                (9, self.bg(e + 9, "INFO", "Caesium-1-1", "c.a.jira.startup.JiraStartupLogger", "Jira is ready to serve"))]


class Confluence(F):
    key, fname, absolute, caps, weight = "confluence", "atlassian-confluence.log", False, ("retry", "oom", "disk"), 1.0

    def ts(self, e):
        d = self.L(e)
        return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond // 1000)

    def log(self, e, lvl, msg, thread=None, cls="confluence.impl.schedule.caesium.JobRunnerWrapper", meth="runJob", ctx=None):
        r = self.r
        s = "%s %s [%s] [%s] %s %s" % (self.ts(e), lvl, thread or "Caesium-1-%d" % r.randint(1, 4), cls, meth, msg)
        if ctx:
            s += "\n -- url: %s | traceId: %s | userName: %s | action: %s" % (ctx, hexs(r, 16), r.choice(USERS), ctx.split("/")[-1].split(".")[0])
        return s

    def info(self, e):
        r = self.r
        return self.log(e, "INFO", "Scheduled job %s#%s completed unsuccessfully with response JobRunnerResponse[runOutcome=ABORTED,message='Skipping: Job already running']" % (
            r.choice(["IndexQueueFlusher", "ClusterSafetyJob"]), r.choice(["flushQueue", "job"])) if r.random() < 0.05 else
            "Scheduled job %s completed successfully in %d ms" % (r.choice(["IndexQueueFlusher", "DailyReportJob", "ClusterSafetyJob", "MailQueueFlusher"]), r.randint(3, 500)))

    def hb(self, e):
        return self.log(e, "INFO", "Flushed %d index tasks in %d ms" % (self.r.randint(0, 60), self.r.randint(1, 300)), cls="confluence.internal.index.DefaultIndexFlusher", meth="flushQueue")

    def warn(self, e):
        r = self.r
        return self.log(e, "WARN", "Unable to resolve macro '%s' on page %d" % (r.choice(["jira", "roadmap", "drawio"]), r.randint(10000, 999999)),
                        "http-nio-8090-exec-%d" % r.randint(1, 40), "atlassian.confluence.macro.DefaultMacroManager", "getMacro", "/pages/viewpage.action")

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERROR", "Error rendering attachment thumbnail: Unsupported image type", "http-nio-8090-exec-%d" % r.randint(1, 40),
                                 "atlassian.confluence.pages.thumbnail.DefaultThumbnailManager", "getThumbnail", "/download/thumbnails/%d/image.png" % r.randint(1000, 99999)),
                lambda: self.log(e, "ERROR", "Failed to send notification to %s@example.com: com.sun.mail.smtp.SMTPSendFailedException: 452 4.3.1 Insufficient system resources" % r.choice(USERS),
                                 "Caesium-1-3", "atlassian.confluence.mail.ConfluenceMailQueueItem", "send"),
                lambda: self.log(e, "ERROR", "Synchrony request failed: HTTP 502", "http-nio-8090-exec-%d" % r.randint(1, 40),
                                 "confluence.plugins.synchrony.service.DefaultSynchronyProcessManager", "handleRequest", "/rest/synchrony-interop/enable")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Could not acquire lock on index directory after 30000 ms: Lock held by this virtual machine: /var/atlassian/application-data/confluence/index/write.lock",
                        "Caesium-1-1", "confluence.internal.index.lucene.LuceneIndexManager", "lockIndex")

    def retry(self, e):
        return self.log(e, "WARN", "Synchrony heartbeat failed, reconnecting in %d ms" % self.r.randint(500, 8000), "synchrony-interop-executor-1",
                        "confluence.plugins.synchrony.bootstrap.SynchronyProcessWatchdog", "run")

    def retry_ok(self, e):
        return [(0, self.retry(e)), (3, self.log(e + 3, "INFO", "Synchrony connection restored", "synchrony-interop-executor-1",
                                                   "confluence.plugins.synchrony.bootstrap.SynchronyProcessWatchdog", "run"))]

    def disk(self, e):
        return self.log(e, "ERROR", "Failed to store attachment data\njava.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)",
                        "http-nio-8090-exec-%d" % self.r.randint(1, 40), "confluence.pages.persistence.dao.filesystem.HierarchicalMultiStreamAttachmentDataFileSystem", "saveAttachmentData")

    def oom(self, e):
        return [(0, self.log(e, "ERROR", "Unhandled exception in request\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.HashMap.resize(HashMap.java:702)",
                             "http-nio-8090-exec-17", "atlassian.confluence.servlet.ConfluenceServletDispatcher", "serviceAction", "/rest/api/content/search"))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Shutting down Confluence", "Catalina-utility-2", "atlassian.confluence.setup.ConfluenceContextLoaderListener", "contextDestroyed"))]

    def start(self, e):
        v = "8.5.%d" % self.r.randint(1, 9) if self.year >= 2023 else "7.%d.%d" % (self.r.randint(4, 19), self.r.randint(0, 9))
        if self.year < 2020:
            v = "6.%d.%d" % (self.r.randint(7, 15), self.r.randint(0, 9))
        return [(0, self.log(e, "INFO", "Starting Confluence %s [build %d based on commit hash %s]" % (v, self.r.randint(8000, 9999), hexs(self.r, 40)),
                             "Catalina-utility-1", "atlassian.confluence.upgrade.UpgradeLauncherServletContextListener", "contextInitialized")),
                (12, self.log(e + 12, "INFO", "Confluence is ready to serve", "Catalina-utility-1", "atlassian.confluence.lifecycle.DefaultLifecycleManager", "startUp"))]


# ------------------------------------------------------------------------------------------- Mattermost
class Mattermost(F):
    key, fname, caps, weight = "mattermost", "mattermost.log", ("retry", "crash", "disk"), 1.0

    def setup(self):
        self.old = self.year < 2021

    def log(self, e, lvl, msg, caller="app/web_hub.go:123", extra=None):
        lv = {"WARN": "warn", "ERROR": "error", "INFO": "info", "DEBUG": "debug"}[lvl]
        if self.old:
            d = {"level": lv, "ts": round(e, 6), "caller": caller, "msg": msg}
        else:
            o = self.off // 60
            z = "Z" if o == 0 else "%s%02d:%02d" % ("+" if o > 0 else "-", abs(o) // 60, abs(o) % 60)
            l = self.L(e)
            d = {"timestamp": "%s.%03d %s" % (l.strftime("%Y-%m-%d %H:%M:%S"), l.microsecond // 1000, z), "level": lv, "msg": msg, "caller": caller}
        if extra:
            d.update(extra)
        return json.dumps(d, separators=(",", ":"))

    def info(self, e):
        r = self.r
        return self.log(e, "INFO", r.choice(["Post.Message has size restrictions", "Syncing plugins from the file store", "Websocket connection closed"]) if r.random() < 0.2
                        else "Received HTTP request", "web/handlers.go:%d" % r.randint(100, 200),
                        {"method": r.choice(["GET", "POST", "PUT"]), "url": r.choice(["/api/v4/users/me", "/api/v4/channels/%s/posts" % hexs(r, 26), "/api/v4/websocket", "/api/v4/users/status/ids"]),
                         "request_id": hexs(r, 26), "status_code": str(r.choice([200, 200, 200, 201, 304]))})

    def hb(self, e):
        return self.log(e, "DEBUG", "Cluster health score", "app/cluster_discovery.go:88", {"score": 0})

    def warn(self, e):
        return self.log(e, "WARN", "Error while creating session for user access token", "app/session.go:171",
                        {"err_where": "createSessionForUserAccessToken", "http_code": 401, "err_details": "token expired"})

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERROR", "Failed to send push notification", "app/notification_push.go:592", {"error": "Post \"https://push.mattermost.com/api/v1/send_push\": context deadline exceeded"}),
                lambda: self.log(e, "ERROR", "Unable to get the file", "web/handlers.go:180", {"path": "/api/v4/files/%s" % hexs(r, 26), "request_id": hexs(r, 26), "status_code": 404,
                                                                                              "error": "GetFileInfo: Unable to find the file., resource: FileInfo"}),
                lambda: self.log(e, "ERROR", "Incoming webhook failed", "web/webhook.go:80", {"error": "Unable to parse incoming data"})][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Failed to save Elasticsearch index", "enterprise/elasticsearch/common/indexing_job.go:521",
                        {"error": "elastic: Error 400 (Bad Request): mapper_parsing_exception"})

    def retry(self, e):
        return self.log(e, "WARN", "Failed to ping DB", "sqlstore/store.go:331", {"retrying in seconds": self.r.randint(1, 10),
                        "error": "dial tcp 10.0.2.9:5432: connect: connection refused"})

    def retry_ok(self, e):
        return [(0, self.retry(e)), (5, self.log(e + 5, "INFO", "Pinging SQL", "sqlstore/store.go:325", {"database": "master"}))]

    def disk(self, e):
        return self.log(e, "ERROR", "Unable to upload file", "app/file.go:1093", {"error": "WriteFile: Encountered an error writing to local server storage., write /mattermost/data/20240305/teams/noteam/channels/%s/users/x/%s/image.png: no space left on device" % (hexs(self.r, 26), hexs(self.r, 26))})

    def crash(self, e):
        return [(0, "panic: runtime error: index out of range [3] with length 3\n\ngoroutine %d [running]:\n"
                    "github.com/mattermost/mattermost/server/v8/channels/app.(*App).sendOutOfChannelMentions(0xc00123e000, {0x5a2c1e0, 0xc002f3a000})\n"
                    "\t/mattermost/server/channels/app/notification.go:812 +0x5b4\n"
                    "github.com/mattermost/mattermost/server/v8/channels/app.(*App).SendNotifications.func5()\n"
                    "\t/mattermost/server/channels/app/notification.go:418 +0x9a\n"
                    "created by github.com/mattermost/mattermost/server/v8/channels/app.(*App).SendNotifications in goroutine 1873\n"
                    "\t/mattermost/server/channels/app/notification.go:405 +0x2d5" % self.r.randint(100, 9000))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Stopping Server...", "app/server.go:1010")),
                (1, self.log(e + 1, "INFO", "Server stopped", "app/server.go:1117"))]

    def start(self, e):
        v = "9.5.%d" % self.r.randint(0, 3) if self.year >= 2024 else ("7.8.%d" % self.r.randint(0, 9) if self.year >= 2022 else "5.%d.0" % self.r.randint(20, 39))
        return [(0, self.log(e, "INFO", "Server is initializing...", "app/server.go:280", {"go_version": "go1.21.8"})),
                (0.5, self.log(e + 0.5, "INFO", "Current version is %s (%s/Tue Mar  5 00:00:00 UTC 2024/%s/%s)" % (v, v, hexs(self.r, 40), hexs(self.r, 40)), "app/server.go:597",
                               {"current_version": v, "build_number": v, "build_hash": hexs(self.r, 40)})),
                (3, self.log(e + 3, "INFO", "Starting Server...", "app/server.go:1204")),
                (3.1, self.log(e + 3.1, "INFO", "Server is listening on [::]:8065", "app/server.go:1281", {"address": "[::]:8065"}))]


class RocketChat(F):
    key, fname, caps, weight = "rocketchat", "rocketchat.log", ("retry", "crash", "oom"), 0.8

    def setup(self):
        self.pino = self.year >= 2022
        self.host = "rocketchat-%s-%s" % (hexs(self.r, 10), hexs(self.r, 5))

    def log(self, e, lvl, msg, name="System"):
        if self.pino:
            d = {"level": {"INFO": 30, "WARN": 40, "ERROR": 50, "DEBUG": 20}[lvl],
                 "time": self.U(e).isoformat(timespec="milliseconds") + "Z", "pid": 7, "hostname": self.host, "name": name, "msg": msg}
            return json.dumps(d, separators=(",", ":"))
        l = self.L(e)
        o = self.off / 3600.0
        oz = ("%g" % o)
        return "%s%s-%s.%03d(%s)? %s" % (lvl[0], l.strftime("%Y%m%d"), l.strftime("%H:%M:%S"), l.microsecond // 1000, oz,
                                         ("%s ➔ %s" % (name, msg)) if lvl != "INFO" else msg)

    INFOS_ = ["Livechat: routing inquiry to agent", "UserPresence: user status changed to online", "Message sent to room GENERAL",
              "Push: sending notification to %d devices", "Federation: room sync completed", "Apps: app status updated"]

    def info(self, e):
        m = self.r.choice(self.INFOS_)
        return self.log(e, "INFO", m % self.r.randint(1, 9) if "%d" in m else m, self.r.choice(["Livechat", "Presence", "Push", "Apps"]))

    def hb(self, e):
        return self.log(e, "INFO", "SyncedCron: Finished \"%s\"." % self.r.choice(["Generate and save statistics", "Cleanup OEmbed cache", "Usage Data Collection"]), "SyncedCron")

    def warn(self, e):
        return self.log(e, "WARN", "Rate limit exceeded for method sendMessage by user %s" % self.r.choice(USERS), "DDPRateLimiter")

    def err(self, e, k):
        return [lambda: self.log(e, "ERROR", "Error sending push to gateway (1 try) -> { message: 'Request failed with status code 406' }", "Push"),
                lambda: self.log(e, "ERROR", "Exception in callback of async function: Error: OAuth token expired", "OAuth"),
                lambda: self.log(e, "ERROR", "SMTP Error: Greeting never received", "Mailer")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "E11000 duplicate key error collection: rocketchat.rocketchat_subscription index: rid_1_u._id_1 dup key", "Subscriptions")

    def retry(self, e):
        return self.log(e, "WARN", "MongoServerSelectionError: connect ECONNREFUSED 10.0.5.4:27017 — reconnecting in %dms" % self.r.randint(100, 5000), "MongoDB")

    def retry_ok(self, e):
        return [(0, self.retry(e)), (2, self.log(e + 2, "INFO", "MongoDB reconnected", "MongoDB"))]

    def crash(self, e):
        return [(0, "/app/bundle/programs/server/node_modules/fibers/future.js:313\n\t\t\t\t\t\tthrow(ex);\n\t\t\t\t\t\t^\n\n"
                    "TypeError: Cannot read properties of undefined (reading '_id')\n    at Object.sendMessage (app/lib/server/functions/sendMessage.ts:214:21)\n"
                    "    at server/methods/sendMessage.ts:88:12\n\nNode.js v14.21.3")]

    def oom(self, e):
        return [(0, "\n<--- Last few GCs --->\n\n[7:0x5b1e2c0] 86400123 ms: Mark-sweep 2031.4 (2083.2) -> 2029.8 (2083.7) MB, 1523.2 / 0.0 ms  (average mu = 0.121, current mu = 0.012) allocation failure\n\n"
                    "<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
                    " 1: 0xb7b3e0 node::Abort() [node]\n 2: 0xa8e823  [node]")]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "SIGTERM received, shutting down"))]

    def start(self, e):
        v = "6.6.%d" % self.r.randint(0, 4) if self.year >= 2024 else ("6.%d.%d" % (self.r.randint(0, 4), self.r.randint(0, 9)) if self.pino else "0.%d.%d" % (self.r.randint(64, 74), self.r.randint(0, 4)))
        box = ["+----------------------------------------------+",
               "|                SERVER RUNNING                |",
               "+----------------------------------------------+",
               "|                                              |",
               "|  Rocket.Chat Version: %-23s|" % v,
               "|       NodeJS Version: %-23s|" % "14.21.3 - x64",
               "|      MongoDB Version: %-23s|" % "5.0.24",
               "|       MongoDB Engine: %-23s|" % "wiredTiger",
               "|             Platform: %-23s|" % "linux",
               "|         Process Port: %-23s|" % "3000",
               "|             Site URL: %-23s|" % "https://chat.example.com",
               "|     ReplicaSet OpLog: %-23s|" % "Enabled",
               "|                                              |",
               "+----------------------------------------------+"]
        return [(0, self.log(e, "INFO", "Loaded the Apps Framework and loaded a total of 3 Apps!")), (1, self.log(e + 1, "INFO", "\n".join(box), "Server"))] if self.pino \
            else [(0, self.log(e, "INFO", "Loaded the Apps Framework and loaded a total of 3 Apps!"))] + [(1 + i * 0.001, self.log(e + 1 + i * 0.001, "INFO", "➔ System ➔ startup\n" + l if i == 0 else "➔ " + l)) for i, l in enumerate(box)]


# ----------------------------------------------------------------------------------------------- Synapse
class Synapse(F):
    key, fname, absolute, caps, weight, req_share = "synapse", "homeserver.log", False, ("req", "dur", "retry", "crash", "disk"), 2.0, 0.85
    EPS = [("GET", "/_matrix/client/{v}/sync?timeout=30000&since=s{n}_1234_5_6_7_8_9_10_1"), ("PUT", "/_matrix/client/{v}/rooms/!{h}:example.org/send/m.room.message/m{n}"),
           ("GET", "/_matrix/client/{v}/pushrules/"), ("POST", "/_matrix/client/{v}/keys/query"), ("GET", "/_matrix/media/{v}/thumbnail/example.org/{h}?width=96&height=96"),
           ("PUT", "/_matrix/federation/v1/send/{n}")]

    def ts(self, e):
        d = self.L(e)
        return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond // 1000)

    def log(self, e, lvl, msg, logger="synapse.handlers.presence", ctx="sentinel"):
        return "%s - %s - %d - %s - %s - %s" % (self.ts(e), logger, self.r.randint(60, 900), lvl.replace("WARN", "WARNING"), ctx, msg)

    def req(self, e, st, ms):
        r = self.r
        m, path = r.choice(self.EPS)
        v = "v3" if self.year >= 2022 else "r0"
        path = path.format(v=v, n=r.randint(1000, 999999), h=hexs(r, 18))
        if "sync" in path and st < 300:
            ms = ms + r.choice([0, 0, 30000.0 * r.random()])
        u = r.choice(USERS)
        return "%s - synapse.access.http.8008 - 460 - INFO - %s-%d - %s - 8008 - {@%s:example.org} Processed request: %.3fsec/%.3fsec (%.3fsec, %.3fsec) (%.3fsec/%.3fsec/%d) %dB %d \"%s %s HTTP/1.1\" \"%s\" [%d dbevts]" % (
            self.ts(e), m, r.randint(1, 99999), ip(r), u, ms / 1000, 0.0 if r.random() < 0.7 else r.uniform(0, 0.01), ms / 4000, ms / 9000, ms / 3000, ms / 5000, r.randint(1, 9),
            r.randint(50, 9000), st, m, path, r.choice(["Element/1.11.58 (iPhone; iOS 17.3)", "Mozilla/5.0 Element", "Synapse/1.98.0"]), r.randint(0, 12))

    def info(self, e):
        return self.req(e, self.r.choice([200, 200, 200, 200, 200, 304]), self.r.lognormvariate(3.0, 1.0))

    def hb(self, e):
        return self.log(e, "INFO", "Handling presence timeouts" if self.r.random() < 0.5 else "Cleaning up expired presence", "synapse.handlers.presence", "presence_timeouts")

    def warn(self, e):
        if self.r.random() < 0.5:
            return self.req(e, self.r.choice([401, 404]), self.r.lognormvariate(1.5, 0.5))
        return self.log(e, "WARN", "Failed to fetch missing prev_events for !%s:matrix.org: 403: Forbidden" % hexs(self.r, 18), "synapse.handlers.federation_event", "PUT-%d" % self.r.randint(1, 99999))

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERROR", "Failed to send request to matrix.org: HttpResponseException: 502: Bad Gateway", "synapse.federation.sender.per_destination_queue", "federation_transaction_transmission_loop-%d" % r.randint(1, 9999)),
                lambda: self.log(e, "ERROR", "Failed to handle request via 'SyncRestServlet'\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.11/site-packages/synapse/http/server.py\", line 333, in _async_render_wrapper\n    callback_return = await self._async_render(request)\nsynapse.api.errors.SynapseError: 400: Unknown filter_id", "synapse.http.server", "GET-%d" % r.randint(1, 99999)),
                lambda: self.log(e, "ERROR", "Error fetching remote media example.net/%s: 404" % hexs(r, 24), "synapse.media.media_repository", "GET-%d" % r.randint(1, 99999))][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Database connection lost during background update 'event_search_fts': canceling statement due to conflict with recovery", "synapse.storage.background_updates", "background_updates-1")

    def retry(self, e):
        return self.log(e, "WARN", "Connection to redis lost: Connection was refused by other side: 111: Connection refused. Reconnecting in %.1f seconds" % self.r.uniform(0.5, 10), "synapse.replication.tcp.redis", "replication-conn-%d" % self.r.randint(1, 99))

    def retry_ok(self, e):
        return [(0, self.retry(e)), (3, self.log(e + 3, "INFO", "Connected to redis", "synapse.replication.tcp.redis", "replication-conn-1"))]

    def disk(self, e):
        return self.log(e, "ERROR", "Failed to store media: [Errno 28] No space left on device: '/data/media_store/local_content/%s'" % hexs(self.r, 24), "synapse.media.media_repository", "POST-%d" % self.r.randint(1, 99999))

    def crash(self, e):
        return [(0, self.log(e, "CRITICAL", "Unhandled error in reactor loop; shutting down\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.11/site-packages/twisted/internet/base.py\", line 1315, in run\n    self.mainLoop()\n"
                             "  File \"/usr/local/lib/python3.11/site-packages/synapse/storage/database.py\", line 1012, in runInteraction\n    raise\n"
                             "psycopg2.errors.AdminShutdown: terminating connection due to administrator command\nFATAL: synapse exiting", "twisted", "sentinel"))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Received signal SIGTERM, shutting down", "synapse.app._base", "sentinel")),
                (0.5, self.log(e + 0.5, "INFO", "Main loop terminated.", "twisted", "sentinel"))]

    def start(self, e):
        v = ("1.%d.0" % (self.r.randint(98, 105) if self.year >= 2024 else max(1, min(95, (self.year - 2019) * 20 + 10)))) if self.year >= 2019 else "0.33.%d" % self.r.randint(1, 9)
        if self.year < 2019:
            v = "0.33.%d" % self.r.randint(1, 9)
        return [(0, self.log(e, "INFO", "Server hostname: example.org", "synapse.app.homeserver", "main")),
                (0.01, self.log(e + 0.01, "INFO", "Server version: %s" % v, "synapse.app.homeserver", "main")),
                (0.02, self.log(e + 0.02, "INFO", "Setting up server", "synapse.app.homeserver", "main")),
                (2, self.log(e + 2, "INFO", "Synapse now listening on TCP port 8008", "synapse.app._base", "main")),
                (2.1, self.log(e + 2.1, "INFO", "Loading presence state", "synapse.handlers.presence", "main"))]


class Discourse(F):
    key, fname, caps, weight, lpe, req_share = "discourse", "production.log", ("req", "dur"), 1.5, 3.0, 1.0
    ROUTES = [("GET", "/latest.json", "ListController#latest", "JSON"), ("GET", "/t/%d.json", "TopicsController#show", "JSON"),
              ("POST", "/posts", "PostsController#create", "*/*"), ("GET", "/message-bus/%s/poll", "MessageBus", None),
              ("GET", "/session/current.json", "SessionController#current", "JSON"), ("GET", "/c/support/%d/l/latest.json", "ListController#category_latest", "JSON")]

    def req(self, e, st, ms):
        r = self.r
        m, p, c, f = r.choice(self.ROUTES)
        if "%d" in p:
            p = p % r.randint(1, 9999)
        elif "%s" in p:
            p = p % hexs(r, 32)
        l = self.L(e)
        o = self.off // 60
        s = "Started %s \"%s\" for %s at %s %s%02d%02d" % (m, p, ip(r), l.strftime("%Y-%m-%d %H:%M:%S"), "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60)
        if f:
            s += "\nProcessing by %s as %s" % (c, f)
        if st >= 500:
            s += "\nCompleted %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (st, HTTP[st], ms, ms * 0.3, r.randint(1000, 90000))
        elif c != "MessageBus":
            s += "\nCompleted %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (st, HTTP[st], ms, ms * 0.2, ms * 0.4, r.randint(1000, 90000))
        return s

    def info(self, e):
        return self.req(e, self.r.choice([200, 200, 200, 200, 204, 304]), self.r.lognormvariate(3.8, 0.9))

    def hb(self, e):
        return self.req(e, 200, self.r.uniform(2, 9))

    def warn(self, e):
        return self.req(e, self.r.choice([401, 404]), self.r.lognormvariate(2.5, 0.5))

    def err(self, e, k):
        return self.req(e, 500, self.r.lognormvariate(5, 0.5))

    def newerr(self, e):
        return self.req(e, 500, self.r.lognormvariate(5, 0.5))


# ------------------------------------------------------------------------------------------- blockchain
class Bitcoin(F):
    key, fname, caps, weight = "bitcoin", "debug.log", ("retry", "crash", "disk"), 1.0

    def setup(self):
        self.height = {2018: 510000, 2019: 560000, 2020: 615000, 2021: 668000, 2022: 720000, 2023: 772000, 2024: 825000, 2025: 878000, 2026: 930000}[self.year]
        self.cat = self.year >= 2023
        self.peer = self.r.randint(10, 300)

    def log(self, e, lvl, msg):
        return self.U(e).strftime("%Y-%m-%dT%H:%M:%SZ") + " " + msg

    def tip(self, e):
        r = self.r
        self.height += 1
        return self.log(e, "I", "UpdateTip: new best=%s height=%d version=0x%08x log2_work=%.6f tx=%d date='%s' progress=1.000000 cache=%.1fMiB(%dtxo)" % (
            "00000000000000000" + hexs(r, 47), self.height, r.choice([0x20000000, 0x2fffe000, 0x20002000, 0x3fff0000]), 90 + self.height / 200000,
            600000000 + self.height * 900, self.U(e - r.uniform(5, 200)).strftime("%Y-%m-%dT%H:%M:%SZ"), r.uniform(20, 400), r.randint(100000, 3000000)))

    def info(self, e):
        r = self.r
        x = r.random()
        if x < 0.04:
            return self.tip(e)
        if x < 0.4:
            return self.log(e, "I", ("[net] " if self.cat else "") + "received: %s (%d bytes) peer=%d" % (r.choice(["inv", "tx", "getdata", "headers", "ping", "pong", "addrv2"]), r.randint(24, 2000), r.randint(0, self.peer)))
        if x < 0.7:
            return self.log(e, "I", ("[net] " if self.cat else "") + "sending %s (%d bytes) peer=%d" % (r.choice(["inv", "getdata", "pong", "feefilter"]), r.randint(24, 600), r.randint(0, self.peer)))
        if x < 0.85:
            return self.log(e, "I", ("[mempool] " if self.cat else "") + "AcceptToMemoryPool: peer=%d: accepted %s (poolsz %d txn, %d kB)" % (r.randint(0, self.peer), hexs(r, 64), r.randint(3000, 90000), r.randint(9000, 300000)))
        return self.log(e, "I", ("[net] " if self.cat else "") + "Added connection peer=%d" % r.randint(0, self.peer))

    def hb(self, e):
        return self.tip(e) if self.r.random() < 0.15 else self.log(e, "I", ("[net] " if self.cat else "") + "Flushed %d addresses to peers.dat  %dms" % (self.r.randint(20000, 70000), self.r.randint(20, 200))) \
            if self.r.random() < 0.05 else self.log(e, "I", ("[net] " if self.cat else "") + "received: ping (8 bytes) peer=%d" % self.r.randint(0, self.peer))

    def warn(self, e):
        return self.log(e, "W", "Socks5() connect to %s.onion:8333 failed: host unreachable" % hexs(self.r, 16) if self.r.random() < 0.5 else
                        ("[net] " if self.cat else "") + "socket recv error Connection reset by peer (104)")

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "E", "ERROR: AcceptBlockHeader: block %s is marked invalid" % ("00000000000000000" + hexs(r, 47))),
                lambda: self.log(e, "E", "Misbehaving: peer=%d (0 -> 100) DISCOURAGE THRESHOLD EXCEEDED" % r.randint(0, 400) if not self.cat else "[net] Misbehaving: peer=%d (0 -> 100): invalid header received" % r.randint(0, 400)),
                lambda: self.log(e, "E", "ERROR: ConnectTip: ConnectBlock %s failed, bad-txns-inputs-missingorspent" % ("00000000000000000" + hexs(r, 47)))][k % 3]()

    def newerr(self, e):
        return self.log(e, "E", "ERROR: ReadBlockFromDisk: Deserialize or I/O error - ReadCompactSize(): size too large: iostream error at FlatFilePos(nFile=%d, nPos=%d)" % (self.r.randint(3000, 4000), self.r.randint(0, 130000000)))

    def retry(self, e):
        return self.log(e, "W", "Cannot connect to %s:8333: timeout, retrying in %ds" % (ip(self.r), self.r.randint(1, 60)) if not self.cat else "[net] connection attempt to %s:8333 timed out, retrying" % ip(self.r))

    def retry_ok(self, e):
        return [(0, self.retry(e)), (4, self.log(e + 4, "I", ("[net] " if self.cat else "") + "New outbound peer connected: version: 70016, blocks=%d, peer=%d" % (self.height, self.r.randint(0, 400))))]

    def disk(self, e):
        return self.log(e, "E", "Fatal LevelDB error: IO error: /home/bitcoin/.bitcoin/chainstate/%06d.log: No space left on device" % self.r.randint(1000, 999999))

    def crash(self, e):
        return [(0, self.log(e, "E", "\n\n************************\nEXCEPTION: St12out_of_range       \nvector::_M_range_check: __n (which is 4) >= this->size() (which is 4)       \nbitcoin in ThreadMessageHandler       \n"))]

    def stop(self, e):
        return [(0, self.log(e, "I", "tor: Thread interrupt")), (0.1, self.log(e + 0.1, "I", "Shutdown: In progress...")),
                (0.3, self.log(e + 0.3, "I", "scheduler thread exit")), (1.5, self.log(e + 1.5, "I", "Shutdown: done"))]

    def start(self, e):
        v = {2018: "v0.16.0", 2019: "v0.18.1", 2020: "v0.20.1", 2021: "v22.0.0", 2022: "v23.0.0", 2023: "v25.1.0", 2024: "v26.0.0", 2025: "v28.1.0", 2026: "v29.0.0"}[self.year]
        s = ["", "", "", "", "", "", "", "", "", "", "Bitcoin Core version %s (release build)" % v, "Using the 'sse4(1way),sse41(4way),avx2(8way)' SHA256 implementation",
             "Default data directory /home/bitcoin/.bitcoin", "Using data directory /home/bitcoin/.bitcoin", "Config file: /home/bitcoin/.bitcoin/bitcoin.conf",
             "Using at most 125 automatic connections (1024 file descriptors available)", "Script verification uses 3 additional threads", "init message: Loading block index…"]
        out = [(0, "\n" * 9 + self.log(e, "I", s[10]))]
        for i, m in enumerate(s[11:]):
            out.append((0.01 * (i + 1), self.log(e + 0.01 * (i + 1), "I", m)))
        out.append((3, self.log(e + 3, "I", "init message: Done loading")))
        return out


class Geth(F):
    key, fname, absolute, caps, weight = "geth", "geth.log", False, ("dur", "retry", "crash", "disk", "oom"), 1.0

    def setup(self):
        self.ms = self.year >= 2019
        self.num = {2018: 5200000, 2019: 7300000, 2020: 9600000, 2021: 11800000, 2022: 14000000, 2023: 16800000, 2024: 19400000, 2025: 21800000, 2026: 24300000}[self.year]
        self.pos = self.year >= 2023

    def log(self, e, lvl, msg, kv=""):
        d = self.L(e)
        lv = {"INFO": "INFO ", "WARN": "WARN ", "ERROR": "ERROR", "DEBUG": "DEBUG", "CRIT": "CRIT "}[lvl]
        t = "%02d-%02d|%02d:%02d:%02d" % (d.month, d.day, d.hour, d.minute, d.second)
        if self.ms:
            t += ".%03d" % (d.microsecond // 1000)
        return ("%s[%s] %-40s %s" % (lv, t, msg, kv)).rstrip()

    def req(self, e, st, ms):
        r = self.r
        self.num += 1
        txs = r.randint(20, 400)
        msg = "Imported new potential chain segment" if self.pos else "Imported new chain segment"
        return self.log(e, "INFO", msg, "number=%s hash=%s..%s blocks=1 txs=%d mgas=%.3f elapsed=%s mgasps=%.3f%s dirty=%.2fMiB" % (
            "{:,}".format(self.num), "0x" + hexs(r, 6), hexs(r, 6), txs, txs * 0.08, fmt_dur_go(ms), txs * 80 / ms, " snapdiffs=%.2fMiB" % r.uniform(1, 9) if self.year >= 2021 else "", r.uniform(100, 1000)))

    def info(self, e):
        r = self.r
        x = r.random()
        if x < 0.45:
            return self.req(e, 200, r.lognormvariate(4.5, 0.5))
        if x < 0.7 and self.pos:
            return self.log(e, "INFO", "Chain head was updated", "number=%s hash=%s..%s root=%s..%s elapsed=%s" % ("{:,}".format(self.num), "0x" + hexs(r, 6), hexs(r, 6), hexs(r, 6), hexs(r, 6), fmt_dur_go(r.lognormvariate(1, 0.5))))
        if x < 0.85:
            return self.log(e, "INFO", "Looking for peers", "peercount=%d tried=%d static=0" % (r.randint(20, 50), r.randint(0, 60)))
        return self.log(e, "INFO", "Unindexed transactions", "blocks=1 txs=%d tail=%s elapsed=%s" % (r.randint(50, 400), "{:,}".format(self.num - 2350000), fmt_dur_go(r.uniform(1, 9))))

    def hb(self, e):
        if self.pos and self.r.random() < 0.5:
            return self.log(e, "INFO", "Forkchoice requested sync to new head", "number=%s hash=%s..%s" % ("{:,}".format(self.num + 1), "0x" + hexs(self.r, 6), hexs(self.r, 6)))
        return self.log(e, "INFO", "Looking for peers", "peercount=%d tried=%d static=0" % (self.r.randint(20, 50), self.r.randint(0, 60)))

    def warn(self, e):
        r = self.r
        return self.log(e, "WARN", r.choice(["Snapshot extension registration failed", "Served eth_getLogs"]), ("peer=%s err=\"peer connected on snap without compatible eth support\"" % hexs(r, 8))
                        if r.random() < 0.5 else "reqid=%d duration=%s err=\"query timeout exceeded\"" % (r.randint(1, 99999), fmt_dur_go(r.uniform(5000, 10000))))

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERROR", "Nil-block verification failed", "err=\"invalid merkle root\" peer=%s" % hexs(r, 8)),
                lambda: self.log(e, "WARN", "Synchronisation failed, dropping peer", "peer=%s err=\"retrieved hash chain is invalid: invalid gas limit\"" % hexs(r, 16)),
                lambda: self.log(e, "ERROR", "Failed to journal state snapshot", "err=\"snapshot stale\"")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Beacon backfilling failed", "err=\"retrieved block mismatch\" number=%s" % "{:,}".format(self.num - self.r.randint(1, 99)))

    def retry(self, e):
        if self.pos:
            return self.log(e, "WARN", "Post-merge network, but no beacon client seen. Please launch one to follow the chain!" if self.r.random() < 0.3 else
                            "Beacon client online, but no consensus updates received in a while. Please fix your beacon client to follow the chain!")
        return self.log(e, "WARN", "Dial error, retrying", "id=%s addr=%s:30303 err=\"i/o timeout\"" % (hexs(self.r, 16), ip(self.r)))

    def retry_ok(self, e):
        return [(0, self.log(e, "WARN", "Dial error, retrying", "id=%s addr=%s:30303 err=\"i/o timeout\"" % (hexs(self.r, 16), ip(self.r)))),
                (2, self.log(e + 2, "INFO", "Looking for peers", "peercount=%d tried=1 static=0" % self.r.randint(20, 50)))]

    def disk(self, e):
        return self.log(e, "ERROR", "Failed to write block into disk", "err=\"write /data/geth/chaindata/%06d.ldb: no space left on device\"" % self.r.randint(1000, 999999)) \
            if self.r.random() < 0.6 else self.log(e, "CRIT", "Failed to write ancient data", "err=\"write /data/geth/chaindata/ancient/chain/bodies.%04d.cdat: no space left on device\"" % self.r.randint(1, 900))

    def crash(self, e):
        return [(0, "panic: runtime error: slice bounds out of range [:32] with capacity 20\n\ngoroutine %d [running]:\n"
                    "github.com/ethereum/go-ethereum/core/state/snapshot.(*diskLayer).AccountRLP(0xc000a4c0f0, {0x10, 0xe4, 0x2c})\n"
                    "\tgithub.com/ethereum/go-ethereum/core/state/snapshot/disklayer.go:102 +0x3a5\n"
                    "github.com/ethereum/go-ethereum/core/state.(*StateDB).getStateObject(0xc0184f2000, {0x1d, 0x2a})\n"
                    "\tgithub.com/ethereum/go-ethereum/core/state/statedb.go:612 +0x196\ncreated by github.com/ethereum/go-ethereum/core.(*BlockChain).insertChain in goroutine 512\n"
                    "\tgithub.com/ethereum/go-ethereum/core/blockchain.go:1791 +0x1a5" % self.r.randint(1000, 90000))]

    def oom(self, e):
        return [(0, "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x1a5e8f3?, 0x400000?})\n\truntime/panic.go:1077 +0x5c fp=0x7ffd0e2f3a88 sp=0x7ffd0e2f3a58 pc=0x43e7dc\n"
                    "runtime.sysMapOS(0xc8a4000000, 0x400000?)\n\truntime/mem_linux.go:167 +0x11b fp=0x7ffd0e2f3ad0 sp=0x7ffd0e2f3a88 pc=0x41c3fb\n\ngoroutine 1 [running]:\n"
                    "github.com/ethereum/go-ethereum/trie.(*Database).Commit(0xc0001c8000)")]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Got interrupt, shutting down...")), (0.2, self.log(e + 0.2, "INFO", "HTTP server stopped", "endpoint=127.0.0.1:8545")),
                (0.3, self.log(e + 0.3, "INFO", "IPC endpoint closed", "url=/data/geth/geth.ipc")), (2, self.log(e + 2, "INFO", "Blockchain stopped"))]

    def start(self, e):
        v = {2018: "1.8.13", 2019: "1.9.6", 2020: "1.9.24", 2021: "1.10.13", 2022: "1.10.26", 2023: "1.13.5", 2024: "1.13.14", 2025: "1.15.2", 2026: "1.16.3"}[self.year]
        return [(0, self.log(e, "INFO", "Starting Geth on Ethereum mainnet...")),
                (0.001, self.log(e + 0.001, "INFO", "Maximum peer count", "ETH=50 LES=0 total=50")),
                (0.01, self.log(e + 0.01, "INFO", "Set global gas cap", "cap=50,000,000")),
                (0.5, self.log(e + 0.5, "INFO", "Starting peer-to-peer node", "instance=Geth/v%s-stable-%s/linux-amd64/go1.21.6" % (v, hexs(self.r, 8)))),
                (0.6, self.log(e + 0.6, "INFO", "Loaded most recent local block", "number=%s hash=%s..%s td=%s age=%dm" % ("{:,}".format(self.num), "0x" + hexs(self.r, 6), hexs(self.r, 6), "58,750,003,716,598,352,816,469", self.r.randint(1, 4)))),
                (1.2, self.log(e + 1.2, "INFO", "HTTP server started", "endpoint=127.0.0.1:8545 auth=false prefix= cors= vhosts=localhost"))]


class Solana(F):
    key, fname, caps, weight, min_year = "solana", "solana-validator.log", ("retry", "crash", "oom", "disk"), 2.5, 2020

    def setup(self):
        self.slot = int((self.sc.ws - 1584000000) / 0.42)
        self.newpanic = self.year >= 2024

    def log(self, e, lvl, msg, mod="solana_core::replay_stage"):
        return "[%s.%09dZ %-5s %s] %s" % (self.U(e).strftime("%Y-%m-%dT%H:%M:%S"), int((e % 1) * 1e9) // 1000 * 1000 + self.r.randint(0, 999), lvl, mod, msg)

    def info(self, e):
        r = self.r
        x = r.random()
        self.slot = int((e - 1584000000) / 0.42)
        if x < 0.3:
            return self.log(e, "INFO", "datapoint: replay-slot-stats slot=%di fetch_entries_time=%di confirmation_time=%di replay_time=%di execute_batches_us=%di" % (
                self.slot, r.randint(100, 2000), r.randint(1000, 9000), r.randint(20000, 400000), r.randint(20000, 300000)), "solana_metrics::metrics")
        if x < 0.5:
            return self.log(e, "INFO", "new fork:%d parent:%d root:%d" % (self.slot, self.slot - 1, self.slot - 32))
        if x < 0.65:
            return self.log(e, "INFO", "voting: %d %.1f" % (self.slot, r.uniform(0, 100)))
        if x < 0.8:
            return self.log(e, "INFO", "datapoint: cluster_info_stats5 pull_requests_count=%di pull_response_count=%di" % (r.randint(0, 900), r.randint(0, 900)), "solana_metrics::metrics")
        return self.log(e, "INFO", "bank frozen: %d hash: %s accounts_delta: %s signature_count: %d last_blockhash: %s capitalization: %d" % (
            self.slot, b58(r, 44), b58(r, 44), r.randint(100, 4000), b58(r, 44), 570000000000000000 + r.randint(0, 10 ** 15)), "solana_runtime::bank")

    def hb(self, e):
        return self.log(e, "INFO", "new root %d" % int((e - 1584000000) / 0.42 - 32))

    def warn(self, e):
        return self.log(e, "WARN", "Unable to get leader schedule for slot %d" % (self.slot + 432000) if self.r.random() < 0.3 else
                        "Shred from %s failed sigverify" % b58(self.r, 44), "solana_core::window_service")

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERROR", "Failed to send vote transaction: Transport(Custom(\"TpuConnectionError\"))", "solana_core::voting_service"),
                lambda: self.log(e, "ERROR", "Slot %d was marked dead: InstructionError(0, Custom(1))" % self.slot),
                lambda: self.log(e, "WARN", "dropping %d packets from %s" % (r.randint(100, 9000), ip(r)), "solana_streamer::streamer")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Unable to load accounts hash for slot %d: snapshot archive hash mismatch" % self.slot, "solana_runtime::snapshot_utils")

    def retry(self, e):
        return self.log(e, "WARN", "repair request for slot %d timed out, retrying (attempt %d)" % (self.slot - self.r.randint(1, 40), self.r.randint(1, 9)), "solana_core::repair_service")

    def retry_ok(self, e):
        return [(0, self.retry(e)), (0.8, self.log(e + 0.8, "INFO", "repair completed for slot %d" % self.slot, "solana_core::repair_service"))]

    def disk(self, e):
        return self.log(e, "ERROR", "Error writing to blockstore: RocksDb(Error { message: \"IO error: No space left on device: While appending to file: /mnt/ledger/rocksdb/%06d.log: No space left on device\" })" % self.r.randint(100000, 999999), "solana_ledger::blockstore")

    def crash(self, e):
        if self.newpanic:
            m = "thread 'solReplayStage' panicked at core/src/replay_stage.rs:1414:25:\nslot=%d: Duplicate slot, bank not found\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % self.slot
        else:
            m = "thread 'solana-replay-stage' panicked at 'called `Option::unwrap()` on a `None` value', core/src/replay_stage.rs:1414:25\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
        return [(0, self.log(e, "ERROR", "panicked at replay_stage; exiting", "solana_metrics::metrics") + "\n" + m)]

    def oom(self, e):
        return [(0, "memory allocation of %d bytes failed" % (self.r.randint(1, 64) * 1048576))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "validator exit requested", "solana_validator::admin_rpc_service")),
                (1, self.log(e + 1, "INFO", "Validator exited", "solana_core::validator"))]

    def start(self, e):
        v = "1.%d.%d" % (self.r.choice([17, 18]), self.r.randint(10, 28)) if self.year >= 2024 else "1.%d.%d" % (min(16, 2 + (self.year - 2020) * 4), self.r.randint(0, 20))
        if self.year >= 2025:
            v = "2.%d.%d" % (self.r.randint(0, 2), self.r.randint(0, 20))
        return [(0, self.log(e, "INFO", "solana-validator %s (src:%s; feat:%d, client:SolanaLabs)" % (v, hexs(self.r, 8), self.r.randint(10 ** 9, 4 * 10 ** 9)), "solana_validator")),
                (0.01, self.log(e + 0.01, "INFO", "Starting validator with: ArgsOs [\"solana-validator\", \"--identity\", \"/home/sol/validator-keypair.json\", \"--ledger\", \"/mnt/ledger\"]", "solana_validator")),
                (0.1, self.log(e + 0.1, "INFO", "boot", "solana_metrics::metrics")),
                (3, self.log(e + 3, "INFO", "Processing ledger from slot %d..." % (self.slot - 500), "solana_ledger::blockstore_processor"))]


def b58(r, n):
    a = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "".join(a[r.randrange(58)] for _ in range(n))


class Fabric(F):
    key, fname, caps, weight = "fabric", "peer.log", ("dur", "retry", "crash", "disk"), 1.0

    def setup(self):
        self.v2 = self.year >= 2020
        self.block = self.r.randint(10000, 900000)

    def log(self, e, lvl, msg, mod="gossip.privdata", fn="StoreBlock"):
        self.seq += 1
        t = self.U(e).strftime("%Y-%m-%d %H:%M:%S") + ".%03d UTC" % (int((e % 1) * 1000))
        if self.v2:
            return "%s %04x %s [%s] %s -> %s" % (t, self.seq & 0xffff, lvl[:4], mod, fn, msg)
        return "%s [%s] %s -> %s %03x %s" % (t, mod, fn, lvl[:4], self.seq & 0xfff, msg)

    def req(self, e, st, ms):
        self.block += 1
        n = self.r.randint(1, 40)
        return self.log(e, "INFO", "[mychannel] Committed block [%d] with %d transaction(s) in %dms (state_validation=%dms block_and_pvtdata_commit=%dms state_commit=%dms) commitHash=[%s]" % (
            self.block, n, ms, ms * 0.2, ms * 0.6, ms * 0.2, hexs(self.r, 64)), "kvledger", "commit")

    def info(self, e):
        r = self.r
        x = r.random()
        if x < 0.3:
            return self.req(e, 200, r.lognormvariate(3.0, 0.5))
        if x < 0.6:
            return self.log(e, "INFO", "Received block [%d] from buffer channel=mychannel" % (self.block + 1), "gossip.privdata", "StoreBlock")
        if x < 0.8:
            return self.log(e, "INFO", "[mychannel] Validated block [%d] in %dms" % (self.block + 1, r.randint(1, 60)), "committer.txvalidator", "Validate")
        return self.log(e, "INFO", "[][%s] Entry chaincode: name:\"basic\" " % hexs(r, 8), "endorser", "callChaincode")

    def hb(self, e):
        return self.log(e, "INFO", "Membership view has changed. peers went online:  [[peer1.org1.example.com:7051 ]] , current view:  [[peer1.org1.example.com:7051 ]]"
                        if self.r.random() < 0.05 else "Exiting", "gossip.discovery" if self.r.random() < 0.05 else "comm.grpc.server", "1 ->" if False else "(*GRPCServer).Start")

    def warn(self, e):
        return self.log(e, "WARN", "Could not connect to Endpoint: peer1.org2.example.com:9051, InternalEndpoint: peer1.org2.example.com:9051, PKI-ID: <nil>, Metadata:  : context deadline exceeded",
                        "gossip.discovery", "func1")

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERRO", "[%s] failed to invoke chaincode basic, error: timeout expired while executing transaction" % hexs(r, 8), "endorser", "callChaincode"),
                lambda: self.log(e, "WARN", "[mychannel] Block [%d] Transaction index [%d] TxId [%s] marked as invalid by state validator. Reason code [MVCC_READ_CONFLICT]" % (self.block, r.randint(0, 20), hexs(r, 64)), "validation", "validateAndPrepareBatch"),
                lambda: self.log(e, "ERRO", "Failed fetching block from deliver service: rpc error: code = Unavailable", "deliveryClient", "RequestBlocks")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERRO", "Failed to obtain missing private data for block [%d]: collection basic~private not found" % self.block, "gossip.privdata", "fetchPrivateData")

    def retry(self, e):
        return self.log(e, "WARN", "Got error &{SERVICE_UNAVAILABLE}, retrying in %s" % fmt_dur_go(self.r.uniform(100, 9000)), "peer.blocksprovider", "DeliverBlocks")

    def retry_ok(self, e):
        return [(0, self.retry(e)), (1, self.log(e + 1, "INFO", "Connected to orderer.example.com:7050", "peer.blocksprovider", "DeliverBlocks"))]

    def disk(self, e):
        return self.log(e, "ERRO", "Error while committing block [%d]: write /var/hyperledger/production/ledgersData/chains/chains/mychannel/blockfile_%06d: no space left on device" % (self.block, self.r.randint(0, 40)), "kvledger", "commit")

    def crash(self, e):
        return [(0, self.log(e, "PANI", "Could not set up ledger [mychannel]: error while opening statedb: leveldb: manifest corrupted (field 'comparer'): missing [file=MANIFEST-000123]", "ledgermgmt", "OpenLedger") +
                 "\npanic: Could not set up ledger [mychannel]\n\ngoroutine 1 [running]:\ngo.uber.org/zap/zapcore.(*CheckedEntry).Write(0xc000b2a000, {0x0, 0x0, 0x0})\n\t/vendor/go.uber.org/zap/zapcore/entry.go:234 +0x499\n"
                 "github.com/hyperledger/fabric/core/peer.(*Peer).Initialize(0xc0003a8000)\n\t/core/peer/peer.go:512 +0x2a5")]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "received signal: terminated", "nodeCmd", "func6")), (0.2, self.log(e + 0.2, "INFO", "Stopping peer", "nodeCmd", "serve"))]

    def start(self, e):
        v = "2.5.%d" % self.r.randint(0, 6) if self.year >= 2023 else ("2.2.%d" % self.r.randint(0, 9) if self.v2 else "1.4.%d" % self.r.randint(0, 4))
        return [(0, self.log(e, "INFO", "Starting peer:\n Version: %s\n Commit SHA: %s\n Go version: go1.21.5\n OS/Arch: linux/amd64\n Chaincode:\n  Base Docker Label: org.hyperledger.fabric\n  Docker Namespace: hyperledger" % (v, hexs(self.r, 7)), "nodeCmd", "serve")),
                (0.5, self.log(e + 0.5, "INFO", "Starting peer with ID=[peer0.org1.example.com], network ID=[dev], address=[peer0.org1.example.com:7051]", "nodeCmd", "serve")),
                (1, self.log(e + 1, "INFO", "Started peer with ID=[peer0.org1.example.com], network ID=[dev], address=[peer0.org1.example.com:7051]", "nodeCmd", "serve"))]


class Lighthouse(F):
    key, fname, absolute, caps, weight, min_year, hb_every = "lighthouse", "beacon.log", False, ("retry", "crash", "disk"), 0.8, 2021, 12

    def setup(self):
        self.slot = int((self.sc.ws - 1606824023) / 12)

    def log(self, e, lvl, msg, kv):
        d = self.L(e)
        return "%s %02d %02d:%02d:%02d.%03d %-4s %-40s%s" % (MON[d.month - 1], d.day, d.hour, d.minute, d.second, d.microsecond // 1000, {"WARN": "WARN", "ERROR": "ERRO", "INFO": "INFO", "CRIT": "CRIT"}[lvl], msg, kv)

    def hb(self, e):
        r = self.r
        s = int((e - 1606824023) / 12)
        return self.log(e, "INFO", "Synced", "peers: \"%d\", exec_hash: \"0x%s… (verified)\", finalized_checkpoint: { epoch: %d, root: 0x%s… }, epoch: %d, block: \"0x%s…\", slot: %d, service: slot_notifier" % (
            r.randint(60, 100), hexs(r, 4) + hexs(r, 4)[:0], s // 32 - 2, hexs(r, 4), s // 32, hexs(r, 4), s))

    def info(self, e):
        r = self.r
        s = int((e - 1606824023) / 12)
        x = r.random()
        if x < 0.5:
            return self.log(e, "INFO", "New block received", "root: 0x%s, slot: %d" % (hexs(r, 64), s))
        if x < 0.8:
            return self.log(e, "INFO", "Subscribed to topics", "topics: [\"/eth2/%s/beacon_attestation_%d/ssz_snappy\"], service: network" % (hexs(r, 8), r.randint(0, 63)))
        return self.log(e, "INFO", "Attestation included in block", "validator: %d, slot: %d, epoch: %d, service: val_mon" % (r.randint(1, 900000), s, s // 32))

    def warn(self, e):
        return self.log(e, "WARN", "Low peer count", "peer_count: %d, service: slot_notifier" % self.r.randint(5, 20))

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERROR", "Error updating deposit contract cache", "error: Failed to get remote head: Eth1Error(EngineError(Api { error: Reqwest(reqwest::Error { kind: Request, source: hyper::Error(Connect, TimedOut) }) })), retry_millis: 60000, service: deposit_contract_rpc"),
                lambda: self.log(e, "WARN", "Block arrived late", "slot: %d, delay_ms: %d, service: beacon" % (int((e - 1606824023) / 12), r.randint(4000, 9000))),
                lambda: self.log(e, "ERROR", "Failed to update head", "error: ForkChoiceError(MissingProtoArrayBlock(0x%s)), service: beacon" % hexs(r, 64))][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Database write failed!", "error: DBError { message: \"Error { message: \\\"Corruption: block checksum mismatch\\\" }\" }, msg: Restoring fork choice from disk, service: beacon")

    def retry(self, e):
        return self.log(e, "WARN", "Error connecting to eth1 node endpoint", "endpoint: http://localhost:8551/, auth=true, service: deposit_contract_rpc") if self.r.random() < 0.5 else \
            self.log(e, "ERROR", "Execution engine call failed", "error: HttpClient(url: http://localhost:8551/, kind: request, detail: error trying to connect: tcp connect error: Connection refused (os error 111)), service: exec")

    def retry_ok(self, e):
        return [(0, self.retry(e)), (12, self.log(e + 12, "INFO", "Execution engine online", "service: exec"))]

    def disk(self, e):
        return self.log(e, "CRIT", "Beacon block persistence failed", "error: DBError(Error { message: \"IO error: No space left on device: While appending to file: /root/.lighthouse/mainnet/beacon/chain_db/%06d.log: No space left on device\" }), service: beacon" % self.r.randint(100000, 999999))

    def crash(self, e):
        return [(0, "thread 'tokio-runtime-worker' panicked at 'called `Result::unwrap()` on an `Err` value: SszDecodeError(InvalidByteLength { len: 0, expected: 32 })', beacon_node/beacon_chain/src/beacon_chain.rs:2871:49\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" if self.year < 2024
                 else "thread 'tokio-runtime-worker' panicked at beacon_node/beacon_chain/src/beacon_chain.rs:2871:49:\ncalled `Result::unwrap()` on an `Err` value: SszDecodeError(InvalidByteLength { len: 0, expected: 32 })\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Shutting down..", "reason: Success(\"Received SIGTERM\")")), (0.5, self.log(e + 0.5, "INFO", "Saved DHT state", "service: network"))]

    def start(self, e):
        v = "v%d.%d.%d" % ((5, self.r.randint(0, 3), self.r.randint(0, 2)) if self.year >= 2024 else (4 if self.year >= 2023 else 2, self.r.randint(0, 5), self.r.randint(0, 2)))
        return [(0, self.log(e, "INFO", "Logging to file", "path: \"/root/.lighthouse/mainnet/beacon/logs/beacon.log\"")),
                (0.01, self.log(e + 0.01, "INFO", "Lighthouse started", "version: Lighthouse/%s-%s" % (v, hexs(self.r, 7)))),
                (0.02, self.log(e + 0.02, "INFO", "Configured for network", "name: mainnet")),
                (1, self.log(e + 1, "INFO", "Block production enabled", "method: json rpc via http, endpoint: Auth { endpoint: \"http://localhost:8551/\", jwt_path: \"/secrets/jwt.hex\", jwt_id: None, jwt_version: None }"))]


# ------------------------------------------------------------------------------------------------ media
class Wowza(F):
    key, fname, caps, weight, req_share = "wowza", "wowzastreamingengine_access.log", ("req",), 1.0, 0.7
    FIELDS = ["date", "time", "tz", "x-event", "x-category", "x-severity", "x-status", "x-ctx", "x-comment", "x-vhost", "x-app", "x-appinst",
              "x-duration", "s-ip", "s-port", "s-uri", "c-ip", "c-proto", "c-referrer", "c-user-agent", "c-client-id", "cs-bytes", "sc-bytes",
              "x-stream-id", "x-spos", "cs-stream-bytes", "sc-stream-bytes", "x-sname", "x-sname-query", "x-file-name", "x-file-ext",
              "x-file-size", "x-file-length", "x-suri", "x-suri-stem", "x-suri-query", "cs-uri-stem", "cs-uri-query"]

    def setup(self):
        self.windows_os = self.r.random() < 0.4
        self.tzn = self.sc.tzabbr
        self.absolute = True

    def header(self, e):
        l = self.L(e)
        v = "4.8.%d+%d" % (self.r.randint(20, 28), self.r.randint(1, 9)) if self.year >= 2022 else "4.7.%d" % self.r.randint(1, 8)
        return "#Version: 1.0\n#Start-Date: %s %s\n#Software: Wowza Streaming Engine %s build%d\n#Date: %s\n#Fields: %s" % (
            l.strftime("%Y-%m-%d %H:%M:%S"), self.tzn, v, self.r.randint(10 ** 13, 10 ** 14 - 1), l.strftime("%Y-%m-%d"), " ".join(self.FIELDS))

    def row(self, e, ev, cat, sev, st, ctx="-", comment="-", dur=None, cid=None):
        r = self.r
        l = self.L(e)
        c = ip(r)
        sname = r.choice(["myStream", "cam1", "event_1080p", "radio"])
        vals = [l.strftime("%Y-%m-%d"), l.strftime("%H:%M:%S"), self.tzn, ev, cat, sev, str(st), ctx, comment, "_defaultVHost_", "live", "_definst_",
                "%.3f" % (dur if dur is not None else r.uniform(0, 3600)), "172.31.4.10", "1935", "rtmp://172.31.4.10:1935/live", c,
                r.choice(["rtmp", "http (cupertino)", "http (mpegdash)"]), "-", r.choice(["LNX 9,0,124,2", "AppleCoreMedia/1.0.0.21D50", "Lavf/60.3.100"]),
                str(cid or r.randint(10 ** 8, 2 * 10 ** 9)), str(r.randint(3000, 9000)), str(r.randint(3000, 10 ** 8)), str(r.randint(1, 9)), "0", "0",
                str(r.randint(0, 10 ** 8)), sname, "-", sname, "-", "-", "-", "rtmp://172.31.4.10:1935/live/" + sname, "live/" + sname, "-",
                "live/%s/playlist.m3u8" % sname, "-"]
        return "\t".join(vals)

    def req(self, e, st, ms):
        ev = self.r.choice(["play", "play", "stop", "connect", "destroy"])
        if st >= 500:
            return self.row(e, "connect", "session", "WARN", st, "-", "Rejected: HTTPStreamer session limit reached")
        return self.row(e, ev, "stream" if ev in ("play", "stop") else "session", "INFO", st)

    def info(self, e):
        return self.req(e, 200, 0)

    def hb(self, e):
        return self.row(e, "comment", "server", "INFO", 200, "-", "ServerListenerStreamPublisher: stats heartbeat", 0.0)

    def warn(self, e):
        return self.row(e, "connect", "session", "INFO", self.r.choice([401, 404]), "-", "Rejected: stream not found")

    def err(self, e, k):
        return [lambda: self.row(e, "comment", "server", "ERROR", 500, "-", "RTPUDPTransport.bind: java.net.BindException: Address already in use"),
                lambda: self.row(e, "comment", "server", "WARN", 200, "-", "LiveMediaStreamReceiver.doWatchdog: streamTimeout[live/_definst_/cam1]: Resetting connection: rtsp://10.0.9.4:554/stream1"),
                lambda: self.row(e, "comment", "server", "ERROR", 500, "-", "MediaCasterStreamManager.startStream: Stream not found: live/_definst_/event_1080p")][k % 3]()

    def newerr(self, e):
        return self.row(e, "comment", "server", "ERROR", 500, "-", "TranscoderStreamUtils.initTranscode: Transcoder decoder failed: Unsupported codec: HEVC")

    def stop(self, e):
        return [(0, self.row(e, "app-stop", "application", "INFO", 200, "_definst_", "-", 0.0)), (1, self.row(e + 1, "server-stop", "server", "INFO", 200, "-", "-", 0.0))]

    def start(self, e):
        return [(0, self.header(e)), (0.01, self.row(e + 0.01, "server-start", "server", "INFO", 200, "-", "-", 0.0)),
                (2, self.row(e + 2, "vhost-start", "vhost", "INFO", 200, "_defaultVHost_", "-", 0.0)), (3, self.row(e + 3, "app-start", "application", "INFO", 200, "_definst_", "-", 0.0))]


class IcecastErr(F):
    key, fname, absolute, caps, weight = "icecast_err", "error.log", False, ("retry", "crash", "disk"), 0.6

    def log(self, e, lvl, msg, mod="connection/_handle_connection"):
        d = self.L(e)
        return "[%04d-%02d-%02d  %02d:%02d:%02d] %s %s %s" % (d.year, d.month, d.day, d.hour, d.minute, d.second, {"INFO": "INFO", "WARN": "WARN", "ERROR": "EROR", "DEBUG": "DBUG"}[lvl], mod, msg)

    def info(self, e):
        r = self.r
        x = r.random()
        if x < 0.4:
            return self.log(e, "INFO", "Source logging in at mountpoint \"/live.mp3\" from %s" % ip(r) if r.random() < 0.05 else "listener %s connected to /%s" % (ip(r), r.choice(["live.mp3", "live.ogg", "hq.aac"])), "connection/connection_complete_source" if x < 0.02 else "source/source_add_listener")
        if x < 0.7:
            return self.log(e, "INFO", "removing client %d from /%s" % (r.randint(1, 99999), r.choice(["live.mp3", "live.ogg"])), "source/source_main")
        return self.log(e, "DEBUG", "Client %d (%s) has %d bytes in queue" % (r.randint(1, 99999), ip(r), r.randint(0, 60000)), "source/source_main")

    def hb(self, e):
        return self.log(e, "INFO", "stats: %d listeners on /live.mp3, %d sources" % (self.r.randint(10, 900), 2), "stats/stats_callback") if False else \
            self.log(e, "DEBUG", "Updating YP entry for /live.mp3", "yp/yp_update_thread")

    def warn(self, e):
        return self.log(e, "WARN", "Disconnecting lagging client %d" % self.r.randint(1, 99999), "source/source_main")

    def err(self, e, k):
        return [lambda: self.log(e, "ERROR", "Source (/live.mp3) attempted to login with invalid or missing password", "connection/connection_check_pass"),
                lambda: self.log(e, "ERROR", "YP update performed failed: couldn't connect to dir.xiph.org", "yp/send_to_yp"),
                lambda: self.log(e, "ERROR", "Relay slave failed to contact master server to fetch stream list", "slave/update_from_master")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Format error: Ogg stream corrupted on /live.ogg, dropping source", "format-ogg/process_ogg_page")

    def retry(self, e):
        return self.log(e, "WARN", "Failed to connect to relay master 10.0.7.2:8000, retrying in %d seconds" % self.r.randint(1, 30), "slave/open_relay_connection")

    def retry_ok(self, e):
        return [(0, self.retry(e)), (5, self.log(e + 5, "INFO", "Relay \"/live.mp3\" connected to 10.0.7.2:8000", "slave/open_relay_connection"))]

    def disk(self, e):
        return self.log(e, "ERROR", "Dumpfile write failed on /live.mp3: No space left on device", "source/source_write_dumpfile")

    def crash(self, e):
        return [(0, self.log(e, "ERROR", "Caught signal 11 (Segmentation fault), exiting", "main/_sig_die"))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Caught signal 15, shutting down...", "main/_sig_die")), (0.5, self.log(e + 0.5, "INFO", "Shutting down", "main/main"))]

    def start(self, e):
        v = "2.4.4" if self.year < 2022 else "2.4.99.2" if self.year < 2025 else "2.5.0"
        return [(0, self.log(e, "INFO", "Icecast %s server started" % v, "main/main")), (0.01, self.log(e + 0.01, "INFO", "Using system certificate directory /etc/ssl/certs", "connection/get_ssl_certificate")),
                (0.02, self.log(e + 0.02, "INFO", "Server listening on 0.0.0.0:8000", "connection/connection_setup_sockets"))]


class IcecastAcc(F):
    key, fname, caps, weight, req_share = "icecast_acc", "access.log", ("req",), 0.6, 1.0

    def req(self, e, st, ms):
        r = self.r
        l = self.L(e)
        o = self.off // 60
        return "%s - %s [%02d/%s/%04d:%02d:%02d:%02d %s%02d%02d] \"GET /%s HTTP/1.1\" %d %d \"%s\" \"%s\" %d" % (
            ip(r), "-" if r.random() < 0.9 else r.choice(USERS), l.day, MON[l.month - 1], l.year, l.hour, l.minute, l.second, "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60,
            r.choice(["live.mp3", "live.ogg", "hq.aac", "status-json.xsl", "admin/stats.xml"]), st, 0 if st >= 400 else r.randint(1000, 10 ** 8), r.choice(["-", "https://radio.example.com/"]),
            r.choice(["VLC/3.0.20 LibVLC/3.0.20", "iTunes/12.12", "Mozilla/5.0 (Linux; Android 14) Chrome/122.0", "Lavf/58.76.100"]), int(r.lognormvariate(5, 1.8)) if st < 400 else 0)

    def info(self, e):
        return self.req(e, 200, 0)

    def hb(self, e):
        return self.req(e, 200, 0)

    def warn(self, e):
        return self.req(e, self.r.choice([401, 404]), 0)

    def err(self, e, k):
        return self.req(e, 503, 0) if k % 2 else self.req(e, 500, 0)


class JVB(F):
    key, fname, absolute, caps, weight, hb_every = "jvb", "jvb.log", False, ("dur", "retry", "crash", "oom"), 1.0, 10

    def setup(self):
        self.new = self.year >= 2020

    def log(self, e, lvl, msg, tid=None):
        d = self.L(e)
        return "JVB %04d-%02d-%02d %02d:%02d:%02d.%03d %s: [%d] %s" % (d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond // 1000,
                                                                     {"INFO": "INFO", "WARN": "WARNING", "ERROR": "SEVERE"}[lvl], tid or self.r.randint(20, 400), msg)

    def req(self, e, st, ms):
        if self.new:
            return self.log(e, "INFO", "HealthChecker.run#175: Performed a successful health check in PT%sS. Sticky failure: false" % ("%.3f" % (ms / 1000)).rstrip("0").rstrip("."), 29)
        return self.log(e, "INFO", "org.jitsi.videobridge.health.Health.log() Performed a successful health check in %dms. Sticky failure: false" % ms, 29)

    def hb(self, e):
        return self.req(e, 200, max(1, round(self.r.lognormvariate(1.5, 0.6))))

    def ctx(self):
        r = self.r
        return "[confId=%s conf_name=%s@muc.meet.jitsi meeting_id=%s epId=%s stats_id=%s]" % (hexs(r, 16), r.choice(["standup", "allhands", "design-review", "1on1-" + hexs(r, 4)]), hexs(r, 8), hexs(r, 8), r.choice(["Rosa-Qwx", "Elmo-zR3", "Nia-4Pb"]))

    def info(self, e):
        r = self.r
        m = r.choice(["Endpoint.updateForceMute#%d: Force mute: audio=false, video=false", "Conference.dominantSpeakerChanged#%d: ds_change ds_id=" + hexs(r, 8),
                      "Endpoint.setTransportInfo#%d: Ignoring empty DtlsFingerprint extension", "EndpointConnectionStatusMonitor.run#%d: Endpoint connectivity status changed: active"])
        m = m % r.randint(100, 900)
        return self.log(e, "INFO", (self.ctx() + " " + m) if self.new else "org.jitsi.videobridge." + m.split("#")[0] + "() " + m.split(": ", 1)[1])

    def warn(self, e):
        return self.log(e, "WARN", self.ctx() + " TransportCcEngine.tccReceived#%d: TCC packet contained received sequence numbers: %d-%d. Couldn't find packet detail for the seq nums: %d. Latest seqNum was %d, size is 1000." % (
            self.r.randint(100, 200), 1, 9, 5, self.r.randint(1000, 60000)))

    def err(self, e, k):
        return [lambda: self.log(e, "ERROR", self.ctx() + " DtlsTransport.handleDtlsData#216: Error during DTLS negotiation, closing this transport manager"),
                lambda: self.log(e, "WARN", "XmppConnection.handleIq#191: Failed to handle IQ: conference not found"),
                lambda: self.log(e, "ERROR", "ColibriWebSocketService.createServlet#123: Failed to authenticate websocket: invalid password")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", self.ctx() + " SctpManager.handleIncomingSctp#88: SCTP association aborted: Connection reset by peer")

    def retry(self, e):
        return self.log(e, "WARN", "MucClient.lambda$new$0#176: [hostname=xmpp.meet.jitsi id=shard] Failed to connect/login, will retry: XMPPException$XMPPErrorException: XMPP error reply received from xmpp.meet.jitsi")

    def retry_ok(self, e):
        return [(0, self.retry(e)), (5, self.log(e + 5, "INFO", "MucClient$2.authenticated#322: [hostname=xmpp.meet.jitsi id=shard] Authenticated, b=false"))]

    def crash(self, e):
        return [(0, "Exception in thread \"Smack Reader (0)\" java.lang.NullPointerException: Cannot invoke \"org.jitsi.videobridge.Conference.getEndpoint(String)\" because \"conference\" is null\n"
                    "\tat org.jitsi.videobridge.xmpp.XmppConnection.handleColibriRequest(XmppConnection.kt:186)\n\tat org.jivesoftware.smack.AbstractXMPPConnection$3.run(AbstractXMPPConnection.java:1473)\n"
                    "#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f3a1c2b5e4d, pid=%d, tid=%d\n#\n# JRE version: OpenJDK Runtime Environment (17.0.10+7) (build 17.0.10+7-Debian-1deb12u1)\n"
                    "# Problematic frame:\n# C  [libjnisctp.so+0x5e4d]  usrsctp_conninput+0x2d\n#\n# Core dump will be written. Default location: /usr/share/jitsi-videobridge/core" % (self.pid, self.pid + 40))]

    def oom(self, e):
        return [(0, self.log(e, "ERROR", "BridgeShutdownHandler: uncaught exception\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:64)\n\tat org.jitsi.nlj.util.BufferPool.getBuffer(BufferPool.kt:41)"))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Main$main$2.invoke#117: Bridge shutting down", 1))]

    def start(self, e):
        v = "2.3-%d-g%s" % (self.r.randint(60, 120), hexs(self.r, 8)) if self.new else "1.1-%d" % self.r.randint(100, 400)
        return [(0, self.log(e, "INFO", "MainKt.main#86: Starting jitsi-videobridge version %s" % v, 1)),
                (1, self.log(e + 1, "INFO", "JvbApplication.start#62: Starting Colibri REST API on port 9090" if self.new else "org.jitsi.videobridge.Videobridge.start() Videobridge started", 1))]


# --------------------------------------------------------------------------------------------------- ML
class Triton(F):
    key, fname, absolute, caps, weight, min_year = "triton", "triton.log", False, ("dur", "crash", "retry"), 1.5, 2020
    MODELS = ["resnet50", "bert_large", "yolov8n", "ensemble_ocr", "text_embed"]

    def g(self, e, lvl, src, msg):
        d = self.L(e)
        return "%s%02d%02d %02d:%02d:%02d.%06d 1 %s] %s" % ({"INFO": "I", "WARN": "W", "ERROR": "E", "FATAL": "F"}[lvl], d.month, d.day, d.hour, d.minute, d.second, d.microsecond, src, msg)

    def req(self, e, st, ms):
        r = self.r
        m = r.choice(self.MODELS)
        return self.g(e, "INFO", "infer_handler.cc:%d" % r.choice([680, 691]), "model %s, instance %s_0_%d, executing %d requests; compute_infer %d us" % (m, m, r.randint(0, 3), r.randint(1, 8), int(ms * 1000)))

    def info(self, e):
        r = self.r
        x = r.random()
        if x < 0.5:
            return self.req(e, 200, r.lognormvariate(2.3, 0.5))
        if x < 0.8:
            return self.g(e, "INFO", "http_server.cc:%d" % 4022, "HTTP request: 2 /v2/models/%s/infer" % r.choice(self.MODELS))
        return self.g(e, "INFO", "grpc_server.cc:%d" % 2451, "Process for ModelInferHandler, rpc_ok=1, %d step START" % r.randint(1, 99999))

    def hb(self, e):
        return self.g(e, "INFO", "http_server.cc:4022", "HTTP request: 0 /v2/health/ready")

    def warn(self, e):
        return self.g(e, "WARN", "pinned_memory_manager.cc:%d" % 170, "failed to allocate pinned system memory, falling back to non-pinned system memory")

    def err(self, e, k):
        r = self.r
        return [lambda: self.g(e, "ERROR", "http_server.cc:3240", "[request id: %d] inference request batch-size must be <= 8 for '%s'" % (r.randint(1, 99999), r.choice(self.MODELS))),
                lambda: self.g(e, "ERROR", "model_repository_manager.cc:1325", "Poll failed for model directory 'text_embed': failed to open text file for read /models/text_embed/config.pbtxt"),
                lambda: self.g(e, "ERROR", "backend_model_instance.cc:%d" % 809, "Model 'yolov8n' instance yolov8n_0_0 failed: input 'images' shape mismatch")][k % 3]()

    def newerr(self, e):
        return self.g(e, "ERROR", "shared_memory_manager.cc:531", "Unable to find shared memory region: 'input_data_%d'" % self.r.randint(0, 3))

    def retry(self, e):
        return self.g(e, "WARN", "metrics.cc:%d" % 872, "Unable to get power limit for GPU 0. Status:Success, value:0.000000, retrying") if False else \
            self.g(e, "WARN", "model_repository_manager.cc:%d" % 1190, "failed to load 's3://models/bert_large': Unable to connect to endpoint, retrying in %d ms" % self.r.randint(100, 3000))

    def retry_ok(self, e):
        return [(0, self.retry(e)), (2, self.g(e + 2, "INFO", "model_lifecycle.cc:693", "successfully loaded 'bert_large' version 1"))]

    def crash(self, e):
        d = self.L(e)
        st = "\n".join(" %d# 0x%016X in %s" % (i, self.r.getrandbits(48), s) for i, s in enumerate(
            ["tritonserver", "/lib/x86_64-linux-gnu/libc.so.6", "/opt/tritonserver/backends/onnxruntime/libonnxruntime.so.1.16.3", "/opt/tritonserver/bin/../lib/libtritonserver.so", "/lib/x86_64-linux-gnu/libc.so.6", "clone"]))
        return [(0, "Signal (11) received.\n" + st)]

    def stop(self, e):
        return [(0, self.g(e, "INFO", "server.cc:305", "Waiting for in-flight requests to complete.")),
                (0.1, self.g(e + 0.1, "INFO", "server.cc:321", "Timeout 30: Found 0 model versions that have in-flight inferences")),
                (0.5, self.g(e + 0.5, "INFO", "server.cc:336", "All models are stopped, unloading models")),
                (1.5, self.g(e + 1.5, "INFO", "model_lifecycle.cc:608", "successfully unloaded 'resnet50' version 1"))]

    def start(self, e):
        v = {2020: "2.5.0", 2021: "2.17.0", 2022: "2.29.0", 2023: "2.40.0", 2024: "2.44.0", 2025: "2.54.0", 2026: "2.62.0"}[self.year]
        rows = [("server_id", "triton"), ("server_version", v), ("server_extensions", "classification sequence model_repository schedule_policy model_configuration system_shared_memory cuda_shared_memory binary_tensor_data statistics trace logging"),
                ("model_repository_path[0]", "/models"), ("model_control_mode", "MODE_NONE"), ("strict_model_config", "0"), ("rate_limit", "OFF"), ("pinned_memory_pool_byte_size", "268435456"),
                ("cuda_memory_pool_byte_size{0}", "67108864"), ("min_supported_compute_capability", "6.0"), ("strict_readiness", "1"), ("exit_timeout", "30")]
        bar = "+----------------------------------+" + "-" * 60 + "+"
        tab = "\n".join([bar, "| %-32s | %-58s |" % ("Option", "Value"), bar] + ["| %-32s | %-58s |" % (k, v2[:58]) for k, v2 in rows] + [bar])
        out = [(0, self.g(e, "INFO", "pinned_memory_manager.cc:241", "Pinned memory pool is created at '0x7f2c3e000000' with size 268435456")),
               (0.1, self.g(e + 0.1, "INFO", "cuda_memory_manager.cc:107", "CUDA memory pool is created on device 0 with size 67108864"))]
        for i, m in enumerate(self.MODELS):
            out.append((1 + i * 0.4, self.g(e + 1 + i * 0.4, "INFO", "model_lifecycle.cc:693", "successfully loaded '%s' version 1" % m)))
        out.append((4, self.g(e + 4, "INFO", "server.cc:677", "\n" + tab)))
        out.append((4.1, self.g(e + 4.1, "INFO", "grpc_server.cc:2451", "Started GRPCInferenceService at 0.0.0.0:8001")))
        out.append((4.2, self.g(e + 4.2, "INFO", "http_server.cc:3558", "Started HTTPService at 0.0.0.0:8000")))
        out.append((4.3, self.g(e + 4.3, "INFO", "http_server.cc:187", "Started Metrics Service at 0.0.0.0:8002")))
        return out


class TorchServe(F):
    key, fname, absolute, caps, weight, min_year, req_share = "torchserve", "ts_log.log", False, ("req", "dur", "oom", "crash"), 1.5, 2020, 0.5

    def setup(self):
        self.models = [("resnet-18", "1.0"), ("bert_seq_cls", "2.0")]
        self.w = ["W-%d-%s_%s" % (9000 + i, m, v) for i, (m, v) in enumerate(self.models)]

    def ts(self, e):
        d = self.L(e)
        return "%04d-%02d-%02dT%02d:%02d:%02d,%03d" % (d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond // 1000)

    def log(self, e, lvl, msg, thread="main", logger="org.pytorch.serve.ModelServer"):
        return "%s [%-5s] %s %s - %s" % (self.ts(e), lvl, thread, logger, msg)

    def req(self, e, st, ms):
        r = self.r
        i = r.randrange(2)
        w = self.w[i]
        if st >= 500:
            return self.log(e, "INFO", "/%s:%d \"POST /predictions/%s HTTP/1.1\" %d %d" % (ip(r), r.randint(30000, 65000), self.models[i][0], st, int(ms)), w, "ACCESS_LOG").replace(" ACCESS_LOG - ", " ACCESS_LOG - ")
        return self.log(e, "INFO", "Backend response time: %d" % int(ms), w, "org.pytorch.serve.wlm.WorkerThread") + "\n" + \
            self.log(e + 0.001, "INFO", "/%s:%d \"POST /predictions/%s HTTP/1.1\" %d %d" % (ip(r), r.randint(30000, 65000), self.models[i][0], st, int(ms) + r.randint(1, 4)), w, "ACCESS_LOG")

    def info(self, e):
        r = self.r
        if r.random() < 0.7:
            return self.req(e, 200, r.lognormvariate(3.3, 0.5))
        i = r.randrange(2)
        return self.log(e, "INFO", "Flushing req.cmd %s to backend at: %d" % (r.choice(["PREDICT", "PREDICT", "DESCRIBE"]), int(e * 1000)), self.w[i], "org.pytorch.serve.wlm.WorkerThread")

    def hb(self, e):
        return self.log(e, "INFO", "/%s:%d \"GET /ping HTTP/1.1\" 200 %d" % ("127.0.0.1", self.r.randint(30000, 65000), self.r.randint(1, 4)), "pool-3-thread-%d" % self.r.randint(1, 4), "ACCESS_LOG")

    def warn(self, e):
        r = self.r
        if r.random() < 0.5:
            return self.log(e, "INFO", "/%s:%d \"POST /predictions/unknown_model HTTP/1.1\" 404 0" % (ip(r), r.randint(30000, 65000)), "epollEventLoopGroup-3-%d" % r.randint(1, 8), "ACCESS_LOG")
        return self.log(e, "WARN", "Model resnet-18 not ready, request queue length: %d" % r.randint(90, 100), "epollEventLoopGroup-3-1", "org.pytorch.serve.wlm.WorkLoadManager")

    def err(self, e, k):
        r = self.r
        w = self.w[r.randrange(2)]
        return [lambda: self.log(e, "INFO", "Invalid input: could not decode image bytes", w + "-stdout", "MODEL_LOG"),
                lambda: self.log(e, "ERROR", "Number or consecutive unsuccessful inference 1", w, "org.pytorch.serve.wlm.WorkerThread"),
                lambda: self.log(e, "WARN", "Backend worker thread exception.\norg.pytorch.serve.wlm.WorkerInitializationException: Backend worker did not respond in given time", w, "org.pytorch.serve.wlm.WorkerLifeCycle")][k % 3]()

    def newerr(self, e):
        w = self.w[1]
        return self.log(e, "INFO", "ValueError: Token indices sequence length is longer than the specified maximum sequence length for this model (%d > 512)" % self.r.randint(513, 4000), w + "-stdout", "MODEL_LOG")

    def oom(self, e):
        w = self.w[0]
        return [(0, self.log(e, "INFO", "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 15.77 GiB total capacity; 13.02 GiB already allocated; 1.21 GiB free)", w + "-stdout", "MODEL_LOG")),
                (0.1, self.log(e + 0.1, "INFO", "Backend worker process died.", w + "-stdout", "MODEL_LOG")),
                (0.2, self.log(e + 0.2, "ERROR", "Backend worker error\norg.pytorch.serve.wlm.WorkerInitializationException: Backend worker died (out of memory)", w, "org.pytorch.serve.wlm.WorkerThread"))]

    def crash(self, e):
        w = self.w[1]
        return [(0, self.log(e, "INFO", "Fatal Python error: Segmentation fault", w + "-stdout", "MODEL_LOG") + "\n" +
                 self.log(e, "INFO", "Current thread 0x00007f1c2a5fe700 (most recent call first):", w + "-stdout", "MODEL_LOG") + "\n" +
                 self.log(e, "INFO", "  File \"/home/model-server/tmp/models/bert_seq_cls/handler.py\", line 88 in inference", w + "-stdout", "MODEL_LOG")),
                (0.2, self.log(e + 0.2, "ERROR", "Backend worker process died (signal 11).", w, "org.pytorch.serve.wlm.WorkerLifeCycle"))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Torchserve stopped.", "main", "org.pytorch.serve.ModelServer"))]

    def start(self, e):
        v = {2020: "0.2.0", 2021: "0.4.1", 2022: "0.6.1", 2023: "0.8.2", 2024: "0.10.0", 2025: "0.12.0", 2026: "0.12.0"}[self.year]
        out = [(0, self.log(e, "INFO", "\nTorchserve version: %s\nTS Home: /usr/local/lib/python3.10/dist-packages\nCurrent directory: /home/model-server\nTemp directory: /home/model-server/tmp\n"
                                     "Number of GPUs: 1\nNumber of CPUs: 8\nMax heap size: 7936 M\nPython executable: /usr/bin/python3\nConfig file: /home/model-server/config.properties\n"
                                     "Inference address: http://0.0.0.0:8080\nManagement address: http://0.0.0.0:8081\nMetrics address: http://0.0.0.0:8082\nModel Store: /home/model-server/model-store" % v)),
               (0.5, self.log(e + 0.5, "INFO", "Loading initial models: resnet-18.mar,bert_seq_cls.mar", "main", "org.pytorch.serve.ModelServer"))]
        for i, (m, vv) in enumerate(self.models):
            out.append((3 + i, self.log(e + 3 + i, "INFO", "Backend worker process started.", self.w[i] + "-stdout", "MODEL_LOG")))
            out.append((3.5 + i, self.log(e + 3.5 + i, "INFO", "Model %s loaded." % m, "main", "org.pytorch.serve.wlm.ModelManager")))
        out.append((6, self.log(e + 6, "INFO", "Inference API bind to: http://0.0.0.0:8080", "main", "org.pytorch.serve.ModelServer")))
        return out

    def restart_after(self, e, kind):
        w = self.w[0] if kind == "oom" else self.w[1]
        return [(0, self.log(e, "INFO", "Retry worker: %s in 1 seconds." % w, w, "org.pytorch.serve.wlm.WorkerThread")),
                (2, self.log(e + 2, "INFO", "Backend worker process started.", w + "-stdout", "MODEL_LOG")),
                (2.5, self.log(e + 2.5, "INFO", "Torch worker started.", w + "-stdout", "MODEL_LOG"))]


class MLflow(F):
    key, fname, caps, weight, req_share = "mlflow", "mlflow.log", ("req", "dur", "oom", "crash"), 1.2, 0.9
    EPS = [("POST", "/api/2.0/mlflow/runs/log-metric"), ("POST", "/api/2.0/mlflow/runs/log-batch"), ("GET", "/api/2.0/mlflow/runs/get"),
           ("POST", "/api/2.0/mlflow/runs/search"), ("GET", "/ajax-api/2.0/mlflow/experiments/search"), ("GET", "/api/2.0/mlflow/registered-models/get-latest-versions"),
           ("POST", "/api/2.0/mlflow-artifacts/artifacts/1/%s/artifacts/model/model.pkl")]

    def gts(self, e):
        l = self.L(e)
        o = self.off // 60
        return "[%s %s%02d%02d]" % (l.strftime("%Y-%m-%d %H:%M:%S"), "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60)

    def log(self, e, lvl, msg, pid=None):
        return "%s [%d] [%s] %s" % (self.gts(e), pid or self.pid, {"WARN": "WARNING"}.get(lvl, lvl), msg)

    def req(self, e, st, ms):
        r = self.r
        m, p = r.choice(self.EPS)
        if "%s" in p:
            p = p % hexs(r, 32)
        l = self.L(e)
        o = self.off // 60
        return "%s - - [%02d/%s/%04d:%02d:%02d:%02d %s%02d%02d] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\" %.6f" % (
            ip(r), l.day, MON[l.month - 1], l.year, l.hour, l.minute, l.second, "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60, m, p, st, r.randint(2, 9000),
            r.choice(["python-requests/2.31.0", "mlflow-python-client/2.11.1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/123.0"]), ms / 1000)

    def info(self, e):
        return self.req(e, self.r.choice([200, 200, 200, 200, 304]), self.r.lognormvariate(3.0, 0.9))

    def hb(self, e):
        l = self.L(e)
        o = self.off // 60
        return "127.0.0.1 - - [%02d/%s/%04d:%02d:%02d:%02d %s%02d%02d] \"GET /health HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" %.6f" % (
            l.day, MON[l.month - 1], l.year, l.hour, l.minute, l.second, "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60, self.r.uniform(0.0005, 0.003))

    def warn(self, e):
        return self.req(e, self.r.choice([401, 404]), self.r.lognormvariate(1.5, 0.5))

    def err(self, e, k):
        r = self.r
        l = self.L(e)
        pfx = "%04d/%02d/%02d %02d:%02d:%02d" % (l.year, l.month, l.day, l.hour, l.minute, l.second)
        return [lambda: self.req(e, 500, r.lognormvariate(5, 0.5)),
                lambda: self.log(e, "WARN", "Worker with pid %d was terminated due to signal 15" % r.randint(100, 9000)),
                lambda: "%s ERROR mlflow.server: Exception on /api/2.0/mlflow/runs/search [POST]" % pfx][k % 3]()

    def newerr(self, e):
        l = self.L(e)
        return "%04d/%02d/%02d %02d:%02d:%02d ERROR mlflow.store.artifact.s3_artifact_repo: Failed to upload artifact: botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the PutObject operation" % (
            l.year, l.month, l.day, l.hour, l.minute, l.second)

    def oom(self, e):
        p = self.r.randint(100, 9000)
        return [(0, self.log(e, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % p)), (0.5, self.log(e + 0.5, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % p))]

    def crash(self, e):
        return [(0, self.log(e, "ERROR", "Exception in worker process\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.10/site-packages/gunicorn/arbiter.py\", line 609, in spawn_worker\n    worker.init_process()\n"
                                          "  File \"/usr/local/lib/python3.10/site-packages/mlflow/store/db/utils.py\", line 232, in _initialize_tables\n    raise MlflowException(\nmlflow.exceptions.MlflowException: Detected out-of-date database schema")),
                (0.4, self.log(e + 0.4, "INFO", "Shutting down: Master")), (0.5, self.log(e + 0.5, "INFO", "Reason: Worker failed to boot."))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Handling signal: term")), (0.5, self.log(e + 0.5, "INFO", "Shutting down: Master"))]

    def start(self, e):
        v = "21.2.0" if self.year >= 2023 else "20.1.0"
        out = [(0, self.log(e, "INFO", "Starting gunicorn %s" % v)), (0.01, self.log(e + 0.01, "INFO", "Listening at: http://0.0.0.0:5000 (%d)" % self.pid)),
               (0.02, self.log(e + 0.02, "INFO", "Using worker: sync"))]
        for i in range(4):
            out.append((0.05 + i * 0.01, self.log(e + 0.05 + i * 0.01, "INFO", "Booting worker with pid: %d" % (self.pid + 3 + i), self.pid + 3 + i)))
        return out


class BentoML(F):
    key, fname, caps, weight, min_year, req_share = "bentoml", "bentoml.log", ("req", "dur", "crash", "oom"), 1.5, 2022, 0.9

    def pfx(self, e, lvl, comp):
        l = self.L(e)
        o = self.off // 60
        return "%s%s%02d%02d [%s] [%s]" % (l.strftime("%Y-%m-%dT%H:%M:%S"), "+" if o >= 0 else "-", abs(o) // 60, abs(o) % 60, lvl, comp)

    def log(self, e, lvl, msg, comp="api_server:iris_classifier:1"):
        return "%s %s" % (self.pfx(e, {"WARN": "WARNING"}.get(lvl, lvl), comp), msg)

    def req(self, e, st, ms):
        r = self.r
        path = r.choice(["/classify", "/classify", "/embed", "/healthz"])
        return "%s %s:%d (scheme=http,method=%s,path=%s,type=application/json,length=%d) (status=%d,type=%s,length=%d) %.3fms (trace=%s,span=%s,sampled=0,service.name=iris_classifier)" % (
            self.pfx(e, "INFO", "api_server:iris_classifier:%d" % r.randint(1, 4)), ip(r), r.randint(30000, 65000), "GET" if path == "/healthz" else "POST", path,
            0 if path == "/healthz" else r.randint(20, 3000), st, "application/json" if st < 400 else "text/plain; charset=utf-8", r.randint(1, 900), ms, hexs(r, 32), hexs(r, 16))

    def info(self, e):
        return self.req(e, 200, self.r.lognormvariate(2.0, 0.7))

    def hb(self, e):
        return self.log(e, "INFO", "%s:%d (scheme=http,method=GET,path=/readyz,type=,length=) (status=200,type=text/plain; charset=utf-8,length=1) 0.%03dms (trace=%s,span=%s,sampled=0,service.name=iris_classifier)" % (
            "127.0.0.1", self.r.randint(30000, 65000), self.r.randint(300, 999), hexs(self.r, 32), hexs(self.r, 16)), "api_server:iris_classifier:1")

    def warn(self, e):
        return self.req(e, self.r.choice([404, 422 if False else 404, 401]), self.r.lognormvariate(0.5, 0.4))

    def err(self, e, k):
        r = self.r
        return [lambda: self.log(e, "ERROR", "Exception on /classify [POST] (trace=%s,span=%s,sampled=0,service.name=iris_classifier)\nTraceback (most recent call last):\n  File \"/home/bentoml/bento/src/service.py\", line 41, in classify\n    return self.model.predict(input_series)\nValueError: X has 3 features, but SVC is expecting 4 features as input." % (hexs(r, 32), hexs(r, 16))),
                lambda: self.req(e, 500, r.lognormvariate(3, 0.5)),
                lambda: self.log(e, "WARNING", "Runner iris_clf timed out waiting for batch, dispatching %d requests" % r.randint(1, 9), "runner:iris_clf:1")][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Failed to load model 'iris_clf:%s': bentoml.exceptions.NotFound: Model 'iris_clf' is not found in BentoML store" % hexs(self.r, 16), "runner:iris_clf:1")

    def crash(self, e):
        return [(0, self.log(e, "ERROR", "Fatal Python error: Segmentation fault\n\nThread 0x00007f8b2d7fe700 (most recent call first):\n  File \"/usr/local/lib/python3.11/site-packages/onnxruntime/capi/onnxruntime_inference_collection.py\", line 220 in run\n  File \"/home/bentoml/bento/src/service.py\", line 41 in classify", "runner:iris_clf:1")),
                (0.3, self.log(e + 0.3, "ERROR", "Runner process runner:iris_clf:1 exited with code -11", "supervisor"))]

    def oom(self, e):
        return [(0, self.log(e, "ERROR", "Runner process runner:iris_clf:1 was killed by signal SIGKILL (OOM killer: out of memory, rss=%d MiB)" % self.r.randint(3000, 8000), "supervisor"))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Received SIGTERM, shutting down", "supervisor")), (0.5, self.log(e + 0.5, "INFO", "Shutting down API server", "api_server:iris_classifier:1"))]

    def start(self, e):
        v = "1.2.%d" % self.r.randint(0, 12) if self.year >= 2024 else "1.0.%d" % self.r.randint(5, 22)
        return [(0, self.log(e, "INFO", "Starting production HTTP BentoServer from \"iris_classifier:%s\" listening on http://0.0.0.0:3000 (Press CTRL+C to quit)" % hexs(self.r, 16), "cli")),
                (0.1, self.log(e + 0.1, "INFO", "BentoML version %s" % v, "cli")),
                (2, self.log(e + 2, "INFO", "Runner process runner:iris_clf:1 started", "supervisor"))]


class Seldon(F):
    key, fname, caps, weight, min_year = "seldon", "seldon-executor.log", ("retry", "crash"), 0.8, 2019

    def log(self, e, lvl, msg, logger="SeldonRestApi", extra=None):
        d = {"level": lvl.lower().replace("warn", "warn"), "ts": round(e, 7), "logger": logger, "msg": msg}
        if extra:
            d.update(extra)
        return json.dumps(d, separators=(",", ":"))

    def info(self, e):
        r = self.r
        return self.log(e, "INFO", r.choice(["Predictions ok", "Feedback received", "Ready"]), r.choice(["SeldonRestApi", "SeldonGrpcApi"]),
                        {"predictor": "default", "puid": hexs(r, 26)})

    def hb(self, e):
        return self.log(e, "INFO", "Ready", "SeldonRestApi", {"predictor": "default"})

    def warn(self, e):
        return self.log(e, "WARN", "Microservice returned non-200 status", "SeldonRestApi", {"status": 404})

    def err(self, e, k):
        return [lambda: self.log(e, "ERROR", "Failed to send request to microservice", "SeldonRestApi", {"error": "Post \"http://0.0.0.0:9000/api/v1.0/predictions\": context deadline exceeded"}),
                lambda: self.log(e, "ERROR", "Failed to log request payload", "PayloadLogger", {"error": "dial tcp 10.0.8.3:80: i/o timeout"}),
                lambda: self.log(e, "ERROR", "Unmarshal error", "SeldonRestApi", {"error": "invalid character 'x' looking for beginning of value"})][k % 3]()

    def newerr(self, e):
        return self.log(e, "ERROR", "Graph routing failed", "SeldonGraph", {"error": "unknown router output -1 for node transformer"})

    def retry(self, e):
        return self.log(e, "INFO", "Retrying connection to model server", "SeldonRestApi", {"attempt": self.r.randint(1, 9), "error": "dial tcp 127.0.0.1:9000: connect: connection refused"})

    def retry_ok(self, e):
        return [(0, self.retry(e)), (1, self.log(e + 1, "INFO", "Ready", "SeldonRestApi", {"predictor": "default"}))]

    def crash(self, e):
        return [(0, self.log(e, "PANIC" if False else "ERROR", "Unexpected error in request handler", "SeldonRestApi") + "\npanic: assignment to entry in nil map\n\ngoroutine %d [running]:\n"
                 "github.com/seldonio/seldon-core/executor/api/rest.(*SeldonRestApi).predictions(0xc00042a000, {0x1f3c9a0, 0xc0003fa000}, 0xc000516200)\n\t/workspace/api/rest/server.go:312 +0x6b4" % self.r.randint(100, 9000))]

    def stop(self, e):
        return [(0, self.log(e, "INFO", "Shutting down", "entrypoint"))]

    def start(self, e):
        return [(0, self.log(e, "INFO", "Setting up REST API", "entrypoint", {"port": 8000})), (0.01, self.log(e + 0.01, "INFO", "Setting up gRPC API", "entrypoint", {"port": 5001})),
                (0.5, self.log(e + 0.5, "INFO", "Running http server", "entrypoint", {"port": 8000})), (0.51, self.log(e + 0.51, "INFO", "Running grpc server", "entrypoint", {"port": 5001}))]


ALL = [GitLabProd, Gitaly, Sidekiq, Gitea, Jira, Confluence, Mattermost, RocketChat, Synapse, Discourse,
       Bitcoin, Geth, Solana, Fabric, Lighthouse, Wowza, IcecastErr, IcecastAcc, JVB, Triton, TorchServe, MLflow, BentoML, Seldon]
THEMES = {"dev": ["gitlab_prod", "gitaly", "sidekiq", "gitea", "jira", "confluence", "mattermost", "rocketchat", "synapse", "discourse"],
          "chain": ["bitcoin", "geth", "solana", "fabric", "lighthouse"],
          "media": ["wowza", "icecast_err", "icecast_acc", "jvb"],
          "ml": ["triton", "torchserve", "mlflow", "bentoml", "seldon"]}
