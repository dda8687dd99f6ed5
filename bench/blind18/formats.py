"""Format registry for blind18: real-looking line layouts of cloud-native control planes / o11y stack."""
import re
from core import *

LW = {"D": "debug", "I": "info", "W": "warn", "E": "error"}
ISO_RE = r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?"
ERR_LOGFMT = re.compile(r"\blevel=(?:error|ERROR|err)\b")


class Spec:
    def __init__(self, **kw):
        self.raw = None
        self.req = None
        self.reqw = 0.0
        self.warn = []
        self.retry = None
        self.retry_ok = None
        self.hb = None
        self.gofr = None
        self.dur_re = None
        self.st_re = None
        self.crlf_p = 0.0
        self.caps = set()
        self.__dict__.update(kw)
        self.ts_re = re.compile(self.ts_re)
        self.err_re = re.compile(self.err_re)
        self.start_re = re.compile(self.start_re)
        if self.dur_re:
            self.dur_re = re.compile(self.dur_re)
            self.caps.add("latency_shift")
        if self.st_re:
            self.st_re = re.compile(self.st_re)
            self.caps.add("http_5xx")
        if self.retry:
            self.retry_re = re.compile(self.retry_re)
            self.caps.add("retry_storm")
        if self.heavy:
            self.caps |= {"traffic_flood", "silence"}
        self.caps |= {"error_burst", "new_error", "oom_kill", "disk_full", "panic"}


def cri(inner, stream="stdout"):
    def render(t, off, l, src, msg, kv):
        return f"{iso(t, 0, 9)} {stream} F " + inner(t, off, l, src, msg, kv)
    return render


def cri_raw(t, off, text):
    p = f"{iso(t, 0, 9)} stderr F "
    return "\n".join(p + x for x in text.split("\n"))


def gokit(style, nano=False):
    def render(t, off, l, src, msg, kv):
        caller, comp = src
        c = f" component={lf(comp)}" if comp else ""
        m = f" msg={lf(msg)}" if msg is not None else ""
        if style == "lvl1":
            return f"level={LW[l]} ts={iso(t, 0, 9 if nano else 3)} caller={caller}{c}{m}{kvs(kv)}"
        if style == "ts1":
            return f"ts={iso(t, 0, 3)} caller={caller} level={LW[l]}{c}{m}{kvs(kv)}"
        return f"time={iso(t, 0, 3)} level={LW[l].upper()} source={caller}{m}{c}{kvs(kv)}"
    return render


GOKIT_TS = r"(?:^|\s)(?:ts|time)=(?P<ts>" + ISO_RE + ")"
GO_DUR = r"(?P<v>\d+(?:\.\d+)?)(?P<u>µs|us|ms|s|m)\b"


def go_frames(rng, mod, fr):
    out = []
    for fn, fl in fr:
        out.append(f"{mod}/{fn}(0xc000{hexs(rng, 6)}, {{0x{hexs(rng, 7)}, 0xc00{hexs(rng, 7)}}})")
        out.append(f"\t/go/src/{mod}/{fl} +0x{hexs(rng, 3)}")
    return out


# ---------------------------------------------------------------- Prometheus
def prometheus(y):
    style = "lvl1" if y <= 2019 else ("ts1" if y <= 2024 else "slog")
    ver = {2017: "2.0.0", 2018: "2.5.0", 2019: "2.13.1", 2020: "2.22.0", 2021: "2.32.1", 2022: "2.40.5",
           2023: "2.48.1", 2024: "2.53.1", 2025: "3.2.1", 2026: "3.5.0"}[y]
    am = "http://alertmanager-main.monitoring.svc:9093/api/" + ("v1" if y <= 2019 else "v2") + "/alerts"

    def gc(rng):
        return ("I", ("head.go:1355", "tsdb"), "Head GC completed", [("caller", None)] and [("duration", godur(lognorm(rng, 0.012)))])

    def ckpt(rng):
        a = ri(rng, 100, 900)
        return ("I", ("head.go:1324", "tsdb"), "Creating checkpoint", [("from_segment", a), ("to_segment", a + 2), ("mint", 1700000000000)])

    def wblock(rng):
        return ("I", ("compact.go:576", "tsdb"), "write block", [("mint", 1709632800000), ("maxt", 1709640000000), ("ulid", ulid(rng)), ("duration", godur(lognorm(rng, 1.4)))])

    def scrape_warn(rng):
        return ("W", ("scrape.go:1613", "scrape manager"), "Error on ingesting samples that are too old or are too far into the future",
                [("scrape_pool", "kubernetes-pods"), ("target", f"http://{ip(rng)}:8080/metrics"), ("num_dropped", ri(rng, 1, 40))])

    def e_notify(rng):
        return ("E", ("notifier.go:530", "notifier"), "Error sending alert", [("alertmanager", am), ("count", ri(rng, 1, 6)),
                ("err", f'Post "{am}": context deadline exceeded')])

    def e_rule(rng):
        return ("W" if False else "E", ("manager.go:610", "rule manager"), "Failed to send alerts" if False else "Evaluating rule failed",
                [("group", rng.choice(["node.rules", "kube-apiserver.rules", "k8s.rules"])),
                 ("rule", "record: node:node_cpu_utilisation:avg1m"), ("err", "found duplicate series for the match group {instance=\"10.0.3.4:9100\"} on the right hand-side of the operation")])

    def e_klog(rng):
        return ("E", ("klog.go:116", "k8s_client_runtime"), "pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: Failed to watch *v1.Endpoints: the server has asked for the client to provide credentials", [("func", "ErrorDepth")])

    def retry(rng, a=1):
        return ("W", ("queue_manager.go:1501", "remote"), "Failed to send batch, retrying",
                [("remote_name", "a1b2c3"), ("url", "http://mimir-distributor:8080/api/v1/push"),
                 ("err", 'Post "http://mimir-distributor:8080/api/v1/push": dial tcp 10.96.12.7:8080: connect: connection refused')])

    def ok(rng):
        return ("I", ("queue_manager.go:1070", "remote"), "Remote storage resharding", [("remote_name", "a1b2c3"), ("from", 2), ("to", 3)])

    def hb(rng):
        return scrape_warn(rng)

    def start(rng):
        return [("I", ("main.go:" + ("330" if y < 2020 else "578"), None), "Starting Prometheus" if y < 2025 else "Starting Prometheus Server",
                 [("version", f"(version={ver}, branch=HEAD, revision={hexs(rng, 40)})")]),
                ("I", ("main.go:583", None), "operational information", [("build_context", "(go=go1.21.5, platform=linux/amd64, user=root@4b1e5c, date=20240101-10:00:00, tags=netgo,builtinassets,stringlabels)"), ("host_details", "(Linux 5.15.0-91-generic #101-Ubuntu SMP x86_64 prometheus-k8s-0 (none))")]),
                ("I", ("web.go:566", "web"), "Start listening for connections", [("address", "0.0.0.0:9090")]),
                ("I", ("main.go:1024", None), "Starting TSDB ...", []),
                ("I", ("head.go:606", "tsdb"), "Replaying on-disk memory mappable chunks if any", []),
                ("I", ("head.go:797", "tsdb"), "WAL replay completed", [("checkpoint_replay_duration", godur(lognorm(rng, 0.05))), ("wal_replay_duration", godur(lognorm(rng, 4.0))), ("total_replay_duration", godur(lognorm(rng, 4.2)))]),
                ("I", ("main.go:1045", None), "TSDB started", []),
                ("I", ("main.go:1227", None), "Loading configuration file", [("filename", "/etc/prometheus/config_out/prometheus.env.yaml")]),
                ("I", ("main.go:1264", None), "Completed loading of configuration file", [("filename", "/etc/prometheus/config_out/prometheus.env.yaml"), ("totalDuration", godur(lognorm(rng, 0.03)))]),
                ("I", ("main.go:988", None), "Server is ready to receive web requests.", [])]

    def stop(rng):
        return [("W", ("main.go:860", None), "Received SIGTERM, exiting gracefully...", []),
                ("I", ("main.go:883", None), "Stopping scrape discovery manager...", []),
                ("I", ("main.go:897", None), "Stopping notify discovery manager...", []),
                ("I", ("manager.go:1012", "rule manager"), "Stopping rule manager...", []),
                ("I", ("main.go:1156", None), "Notifier manager stopped", []),
                ("I", ("main.go:1168", None), "See you next time!", [])]

    def ne1(rng):
        return ("E", ("db.go:1013", "tsdb"), "compaction failed", [("err", f"compact head: persist head block: populate block: add series: out-of-order series added with label set \"{{__name__=\\\"up\\\"}}\"")])

    def ne2(rng):
        return ("E", ("manager.go:246", "discovery manager scrape"), "Cannot create service discovery", [("err", "unable to load specified CA cert /etc/prometheus/secrets/ca.crt: open /etc/prometheus/secrets/ca.crt: permission denied"), ("type", "kubernetes"), ("config", "kubernetes-pods")])

    def disk(rng):
        return ("E", ("head.go:1400" if y < 2022 else "db.go:1014", "tsdb"), "compaction failed" if rng.random() < 0.3 else "WAL write failed" if False else "Failed to write to WAL" if False else "compaction failed",
                [("err", f"write /prometheus/wal/{ri(rng, 1000, 9999):08d}: no space left on device")])

    return Spec(name="prometheus", file="prometheus.log", absk="Z", rt="go", vol=1.5, heavy=False,
                render=gokit(style, nano=(y <= 2019)), info=[gc, ckpt, wblock], warn=[scrape_warn],
                err=[("notifier 'Error sending alert'", e_notify), ("rule manager 'Evaluating rule failed'", e_rule), ("k8s client 'Failed to watch *v1.Endpoints'", e_klog)],
                retry=retry, retry_re=r"Failed to send batch, retrying", retry_ok=ok, hb=(240, hb), start=start, stop=stop,
                newerr=[("tsdb 'compaction failed: out-of-order series'", ne1), ("'Cannot create service discovery' permission denied", ne2)],
                disk=disk, gofr=("github.com/prometheus/prometheus", [("tsdb.(*Head).appendableHistogram", "tsdb/head_append.go:512"), ("tsdb.(*headAppender).Append", "tsdb/head_append.go:388"), ("scrape.(*scrapeLoop).append", "scrape/scrape.go:1715"), ("scrape.(*scrapeLoop).scrapeAndReport", "scrape/scrape.go:1372")]),
                ts_re=GOKIT_TS, tsk="iso", err_re=r"\blevel=(?:error|ERROR)\b", start_re=r"Starting Prometheus")


# ---------------------------------------------------------------- Alertmanager
def alertmanager(y):
    style = "lvl1" if y <= 2020 else ("ts1" if y <= 2024 else "slog")

    def info(rng):
        return ("I", ("dispatch.go:" + ("138"), "dispatcher"), "Completed maintenance", [("duration", godur(lognorm(rng, 0.0003)))]) if False else \
            ("I", ("silence.go:" + "400", "silences"), "Running maintenance", []) if rng.random() < 0.3 else \
            ("I", ("nflog.go:" + "336", "nflog"), "Maintenance done", [("duration", godur(lognorm(rng, 0.0004))), ("size", ri(rng, 3000, 90000))])

    def e1(rng):
        r = rng.choice(["slack", "pagerduty", "email"])
        return ("E", ("dispatch.go:353", "dispatcher"), "Notify for alerts failed", [("num_alerts", ri(rng, 1, 8)),
                ("err", f"{r}/{r}[0]: notify retry canceled after 17 attempts: " + ("Post \"<redacted>\": context deadline exceeded" if r != "email" else "establish connection to server: dial tcp 10.20.0.25:25: i/o timeout"))])

    def e2(rng):
        return ("E", ("cluster.go:" + "438", "cluster"), "failed to join cluster", [("err", "1 error occurred:\n\t* Failed to resolve alertmanager-main-2.alertmanager-operated:9094: lookup alertmanager-main-2.alertmanager-operated on 10.96.0.10:53: no such host\n\n")])

    def retry(rng, a=1):
        return ("W", ("notify.go:" + "745", "dispatcher"), "Notify attempt failed, will retry later",
                [("receiver", "slack-critical"), ("integration", "slack[0]"), ("aggrGroup", '{}/{severity="critical"}:{alertname="KubePodCrashLooping"}'), ("attempts", a),
                 ("err", 'Post "<redacted>": dial tcp 34.120.177.193:443: connect: connection refused')])

    def ok(rng):
        return ("I", ("notify.go:" + "752", "dispatcher"), "Notify success", [("receiver", "slack-critical"), ("integration", "slack[0]"), ("attempts", 2)])

    def hb(rng):
        return ("I", ("nflog.go:336", "nflog"), "Maintenance done", [("duration", godur(lognorm(rng, 0.0004))), ("size", ri(rng, 3000, 90000))])

    def start(rng):
        return [("I", ("main.go:" + "181", None), "Starting Alertmanager", [("version", "(version=0.26.0, branch=HEAD, revision=d7b4f0c7322e7151d6e3b1e31cbc15361e295d8d)")]),
                ("I", ("main.go:182", None), "", [("build_context", "(go=go1.20.7, platform=linux/amd64, user=root@df8d7debeef4, date=20230824-11:11:58, tags=netgo)")]),
                ("I", ("cluster.go:186", "cluster"), "setting advertise address explicitly", [("addr", ip(rng)), ("port", 9094)]),
                ("I", ("cluster.go:683", "cluster"), "Waiting for gossip to settle...", [("interval", "2s")]),
                ("I", ("coordinator.go:113", "configuration"), "Loading configuration file", [("file", "/etc/alertmanager/config_out/alertmanager.env.yaml")]),
                ("I", ("coordinator.go:126", "configuration"), "Completed loading of configuration file", [("file", "/etc/alertmanager/config_out/alertmanager.env.yaml")]),
                ("I", ("tls_config.go:274", None), "Listening on", [("address", "[::]:9093")]),
                ("I", ("cluster.go:708", "cluster"), "gossip settled; proceeding", [("elapsed", "10.00" + str(ri(rng, 1000, 9999)) + "s")])]

    def stop(rng):
        return [("I", ("main.go:" + "554", None), "Received SIGTERM, exiting gracefully...", [])]

    def ne(rng):
        return ("E", ("dispatch.go:353", "dispatcher"), "Notify for alerts failed", [("num_alerts", ri(rng, 1, 4)), ("err", "webhook/webhook[0]: notify retry canceled due to unrecoverable error after 1 attempts: unexpected status code 410: http://alert-bridge.ops.svc:8080/hook")])

    def disk(rng):
        return ("E", ("nflog.go:" + "345", "nflog"), "Creating shutdown snapshot failed", [("err", f"open /alertmanager/nflog.{hexs(rng, 16)}: no space left on device")])

    return Spec(name="alertmanager", file="alertmanager.log", absk="Z", rt="go", vol=0.6, heavy=False, render=gokit(style),
                info=[info], err=[("dispatcher 'Notify for alerts failed'", e1), ("cluster 'failed to join cluster'", e2)],
                retry=retry, retry_re=r"Notify attempt failed, will retry later", retry_ok=ok, hb=(900 // 6, hb), start=start, stop=stop,
                newerr=[("dispatcher webhook 'unexpected status code 410'", ne)], disk=disk,
                gofr=("github.com/prometheus/alertmanager", [("dispatch.(*aggrGroup).run", "dispatch/dispatch.go:447"), ("dispatch.(*Dispatcher).processAlert.func2", "dispatch/dispatch.go:335")]),
                ts_re=GOKIT_TS, tsk="iso", err_re=r"\blevel=(?:error|ERROR)\b", start_re=r"Starting Alertmanager")


# ---------------------------------------------------------------- Thanos store gateway
def thanos(y):
    def req(rng, c):
        d = lognorm(rng, 0.045, 0.9) * c.dmul
        return ("I", ("grpc.go:" + "131", None), "finished call" if False else None,
                [("service", "gRPC/server"), ("kind", "server"), ("grpc.service", "thanos.Store"), ("grpc.method", "Series"),
                 ("grpc.code", "OK"), ("grpc.time_ms", f"{d * 1000:.3f}"), ("msg", "finished call")])

    def loaded(rng):
        return ("I", ("bucket.go:" + "654", None), "loaded new block", [("elapsed", godur(lognorm(rng, 0.09))), ("id", ulid(rng))])

    def sync(rng):
        return ("I", ("fetcher.go:" + "478", None), "successfully synchronized block metadata", [("component", "block.BaseFetcher"), ("duration", godur(lognorm(rng, 0.3))), ("duration_ms", ri(rng, 80, 900)), ("cached", ri(rng, 300, 2000)), ("returned", ri(rng, 300, 2000)), ("partial", 0)])

    def e1(rng):
        return ("E", ("bucket.go:" + "1392", None), "failed to get series", [("err", "context canceled"), ("id", ulid(rng))]) if False else \
            ("W", ("intrumentation.go:" + "67", None), "failed to get series", [("err", "rpc error: code = Canceled desc = context canceled")])

    def e2(rng):
        return ("E", ("fetcher.go:" + "460", None), "failed to fetch metadata", [("component", "block.BaseFetcher"), ("err", "incomplete view: meta.json file exists: " + ulid(rng) + "/meta.json: Get \"https://storage.googleapis.com/thanos-metrics/" + ulid(rng) + "/meta.json\": net/http: TLS handshake timeout")])

    def e3(rng):
        return ("E", ("bucket.go:" + "712", None), "loading block failed", [("elapsed", godur(lognorm(rng, 0.2))), ("id", ulid(rng)), ("err", "create index header reader: write index header: new index reader: get object attributes of " + ulid(rng) + "/index: The specified key does not exist.")])

    def retry(rng, a=1):
        return ("W", ("retry.go:" + "60", None), "failed to fetch metadata, retrying", [("component", "block.BaseFetcher"), ("attempt", a), ("err", "Get \"https://s3.eu-central-1.amazonaws.com/thanos/?list-type=2\": dial tcp 52.219.170.12:443: i/o timeout")])

    def start(rng):
        return [("I", ("factory.go:" + "52", None), "loading bucket configuration", []),
                ("I", ("inmemory.go:" + "175", None), "created in-memory index cache", [("maxItemSizeBytes", 131072000), ("maxSizeBytes", 262144000), ("maxItems", "maxInt")]),
                ("I", ("store.go:" + "437", None), "starting store node", []),
                ("I", ("intrumentation.go:" + "75", None), "changing probe status", [("status", "healthy")]),
                ("I", ("http.go:" + "73", None), "listening for requests and metrics", [("service", "http/server"), ("component", "store"), ("address", "0.0.0.0:10902")]),
                ("I", ("store.go:" + "381", None), "initializing bucket store", []),
                ("I", ("store.go:" + "395", None), "bucket store ready", [("init_duration", godur(lognorm(rng, 8.0)))]),
                ("I", ("intrumentation.go:" + "56", None), "changing probe status", [("status", "ready")]),
                ("I", ("grpc.go:" + "131", None), "listening for serving gRPC", [("service", "gRPC/server"), ("component", "store"), ("address", "0.0.0.0:10901")])]

    def stop(rng):
        return [("I", ("main.go:" + "167", None), "caught signal. Exiting.", [("signal", "terminated")]),
                ("W", ("intrumentation.go:" + "67", None), "changing probe status", [("status", "not-ready"), ("reason", None)]),
                ("I", ("grpc.go:" + "138", None), "internal server is shutting down", [("service", "gRPC/server"), ("component", "store"), ("err", None)]),
                ("I", ("main.go:" + "159", None), "exiting", [])]

    def ne(rng):
        return ("E", ("bucket.go:" + "1221", None), "decode postings", [("err", "decode postings: invalid size"), ("block", ulid(rng))])

    def disk(rng):
        return ("E", ("bucket.go:" + "712", None), "loading block failed", [("elapsed", godur(lognorm(rng, 0.2))), ("id", ulid(rng)), ("err", f"create index header reader: write index header: write /var/thanos/store/{ulid(rng)}/index-header: no space left on device")])

    return Spec(name="thanos-store", file="thanos-store.log", absk="Z", rt="go", vol=25, heavy=True, render=gokit("lvl1", nano=True), req=req, reqw=0.8,
                info=[loaded, sync], err=[("'failed to fetch metadata' TLS handshake timeout", e2), ("'loading block failed' key does not exist", e3)],
                warn=[e1], retry=retry, retry_re=r"failed to fetch metadata, retrying", hb=(180, sync), start=start, stop=stop, newerr=[("'decode postings: invalid size'", ne)], disk=disk,
                gofr=("github.com/thanos-io/thanos", [("pkg/store.(*bucketIndexReader).fetchPostings", "pkg/store/bucket.go:2345"), ("pkg/store.(*BucketStore).Series.func2", "pkg/store/bucket.go:1290")]),
                ts_re=GOKIT_TS, tsk="iso", err_re=r"\blevel=error\b", start_re=r"starting store node",
                dur_re=r"grpc\.time_ms=(?P<v>[\d.]+)(?P<u>)")


# ---------------------------------------------------------------- Loki (query frontend / querier)
def loki(y):
    QS = ['{namespace="prod", app="checkout"} |= "error"', 'sum by (level) (count_over_time({job="varlogs"}[5m]))',
          '{app="nginx"} | json | status >= 500', 'rate({cluster="eu1", container="api"}[1m])', '{namespace="kube-system"}']

    def req(rng, c):
        d = lognorm(rng, 0.12, 1.0) * c.dmul
        st = c.status(rng)
        q = rng.choice(QS)
        return ("I", ("metrics.go:" + ("159" if y >= 2023 else "122"), "frontend"), None,
                [("org_id", rng.choice(["fake", "tenant-a", "tenant-b"])), ("traceID", hexs(rng, 16)), ("latency", "fast" if d < 10 else "slow"), ("query", q),
                 ("query_hash", ri(rng, 10 ** 8, 4 * 10 ** 9)), ("query_type", "filter" if "|" in q else "metric" if "(" in q else "limited"),
                 ("range_type", "range"), ("length", "1h0m0s"), ("step", "14s"), ("duration", godur(d)), ("status", st), ("limit", 1000),
                 ("returned_lines", ri(rng, 0, 1000)), ("throughput", f"{ri(rng, 1, 900)}MB"), ("total_bytes", f"{ri(rng, 1, 900)}MB"), ("queue_time", godur(lognorm(rng, 0.0002))), ("splits", ri(rng, 0, 24)), ("shards", ri(rng, 0, 32))])

    def flush(rng):
        return ("I", ("flush.go:" + "167", "ingester"), "flushing stream", [("user", "fake"), ("fp", hexs(rng, 16)), ("immediate", "false"), ("num_chunks", ri(rng, 1, 4)), ("labels", '{app="checkout", namespace="prod"}')])

    def table(rng):
        return ("I", ("table_manager.go:" + "136", "index-store"), "uploading tables", [])

    def w1(rng):
        return ("W", ("logging.go:" + "128", None), "POST /loki/api/v1/push (500) " + godur(lognorm(rng, 0.004)) + " Response: \"entry out of order\\n\"", [("ws", "false")]) if False else \
            ("W", ("pool.go:" + "193", "distributor"), "removing ingester failing healthcheck", [("addr", ip(rng) + ":9095"), ("reason", "rpc error: code = DeadlineExceeded desc = context deadline exceeded")])

    def e1(rng):
        return ("E", ("retry.go:" + "73", "frontend"), "error processing request", [("try", 0), ("query", rng.choice(QS)), ("err", "rpc error: code = Code(500) desc = max entries limit per query exceeded, limit > max_entries_limit (10000 > 5000)")])

    def e2(rng):
        return ("E", ("batch.go:" + "734", None), "error fetching chunks", [("err", "failed to load chunk 'fake/" + hexs(rng, 16) + "': context canceled")])

    def retry(rng, a=1):
        return ("E", ("retry.go:" + "73", "frontend"), "error processing request", [("try", a), ("query", QS[0]), ("err", "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing dial tcp 10.96.33.4:9095: connect: connection refused\"")])

    def hb(rng):
        return ("I", ("table_manager.go:" + "171", "index-store"), "handing over indexes to shipper", [])

    def start(rng):
        return [("I", ("main.go:" + "103", None), "Starting Loki", [("version", "(version=2.9.4, branch=HEAD, revision=f599ebc535)")]),
                ("I", ("server.go:" + "322", None), "server listening on addresses", [("http", "[::]:3100"), ("grpc", "[::]:9095")]),
                ("I", ("modules.go:" + "1098", None), "RulerStorage is not configured in single binary mode and will not be started.", []),
                ("I", ("module_service.go:" + "82", None), "initialising", [("module", "query-frontend")]),
                ("I", ("loki.go:" + "505", None), "Loki started", [])]

    def stop(rng):
        return [("I", ("signals.go:" + "55", None), "=== received SIGINT/SIGTERM ===\n*** exiting", []),
                ("I", ("module_service.go:" + "114", None), "module stopped", [("module", "query-frontend")]),
                ("I", ("server_service.go:" + "164", None), "server stopped", [])]

    def ne(rng):
        return ("E", ("retry.go:" + "73", "frontend"), "error processing request", [("try", 0), ("query", QS[2]), ("err", "rpc error: code = Code(500) desc = failed to decode chunk: invalid chunk checksum")])

    def disk(rng):
        return ("E", ("flush.go:" + "143", "ingester"), "failed to flush", [("err", f"failed to flush chunks: store put chunk: write /loki/chunks/fake/{hexs(rng, 16)}: no space left on device, num_chunks: 1, labels: {{app=\"checkout\"}}")])

    return Spec(name="loki", file="loki.log", absk="Z", rt="go", vol=120, heavy=True, render=gokit("lvl1", nano=True), req=req, reqw=0.85,
                info=[flush, table], warn=[w1], err=[("'error processing request' max entries limit", e1), ("'error fetching chunks' context canceled", e2)],
                retry=retry, retry_re=r"error processing request\" try=\d+ .*connection refused", hb=(60, hb), start=start, stop=stop, newerr=[("'error processing request' invalid chunk checksum", ne)], disk=disk,
                gofr=("github.com/grafana/loki", [("pkg/querier/queryrange.(*splitByInterval).Do", "pkg/querier/queryrange/split_by_interval.go:212"), ("pkg/querier/queryrange.NewSplitByRangeMiddleware.func1", "pkg/querier/queryrange/split_by_range.go:48")]),
                ts_re=GOKIT_TS, tsk="iso", err_re=r"\blevel=error\b", start_re=r"Starting Loki",
                dur_re=r"caller=metrics\.go.* duration=" + GO_DUR, st_re=r"caller=metrics\.go.* status=(?P<s>\d{3})\b")


# ---------------------------------------------------------------- Mimir query-frontend
def mimir(y):
    def req(rng, c):
        d = lognorm(rng, 0.08, 1.0) * c.dmul
        p = rng.choice(["/prometheus/api/v1/query_range", "/prometheus/api/v1/query", "/prometheus/api/v1/series", "/prometheus/api/v1/labels"])
        return ("I", ("handler.go:" + "314", "query-frontend"), "query stats",
                [("user", rng.choice(["anonymous", "team-a", "team-b"])), ("method", "GET" if rng.random() < 0.7 else "POST"), ("path", p), ("route_name", "prometheus_api_v1_" + p.rsplit("/", 1)[1]),
                 ("user_agent", rng.choice(["Grafana/10.2.3", "Go-http-client/1.1"])), ("status_code", 200), ("response_time", godur(d)), ("query_wall_time_seconds", f"{d * 0.7:.6f}"),
                 ("fetched_series_count", ri(rng, 0, 4000)), ("fetched_chunk_bytes", ri(rng, 0, 10 ** 7)), ("fetched_chunks_count", ri(rng, 0, 9000)),
                 ("sharded_queries", ri(rng, 0, 16)), ("split_queries", ri(rng, 1, 4)), ("estimated_series_count", ri(rng, 0, 5000)), ("queue_time", godur(lognorm(rng, 0.0003))),
                 ("status", "success")])

    def e1(rng):
        return ("W", ("handler.go:" + "314", "query-frontend"), "query stats", [("user", "team-a"), ("method", "GET"), ("path", "/prometheus/api/v1/query_range"), ("status_code", 422),
                ("response_time", godur(lognorm(rng, 0.02))), ("status", "failed"), ("err", "expanding series: the query exceeded the maximum number of chunks (limit: 2000000 chunks) (err-mimir-max-chunks-per-query)")]) if False else \
            ("E", ("retry.go:" + "83", "query-frontend"), "error processing request", [("try", 0), ("err", "rpc error: code = Code(500) desc = expanding series: the query time range exceeds the limit (query length: 744h0m0s, limit: 720h0m0s) (err-mimir-max-total-query-length)")])

    def e2(rng):
        return ("E", ("scheduler_processor.go:" + "172", "querier"), "error notifying frontend about finished query", [("err", "rpc error: code = Canceled desc = context canceled"), ("frontend", ip(rng) + ":9095")])

    def w(rng):
        return ("W", ("querier.go:" + "274", "querier"), "slow query detected", [("time_taken", godur(lognorm(rng, 12.0))), ("param_query", "sum(rate(container_cpu_usage_seconds_total[5m]))")])

    def retry(rng, a=1):
        return ("W", ("frontend_scheduler_worker.go:" + "176", "query-frontend"), "error contacting scheduler", [("err", "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.96.41.9:9095: connect: connection refused\""), ("addr", "10.96.41.9:9095")])

    def hb(rng):
        return ("I", ("frontend_scheduler_worker.go:" + "115", "query-frontend"), "established stream with scheduler", [("addr", ip(rng) + ":9095")]) if False else \
            ("I", ("tenant_federation.go:" + "61", "query-frontend"), "usage stats reporter: sent report", [("attempts", 1)])

    def start(rng):
        return [("I", ("main.go:" + "244", None), "Starting application", [("version", "(version=2.11.0, branch=HEAD, revision=c8939ea)")]),
                ("I", ("server.go:" + "339", None), "server listening on addresses", [("http", "[::]:8080"), ("grpc", "[::]:9095")]),
                ("I", ("module_service.go:" + "82", None), "starting", [("module", "query-frontend")]),
                ("I", ("mimir.go:" + "916", None), "Application started", [])]

    def stop(rng):
        return [("I", ("signals.go:" + "55", None), "=== received SIGINT/SIGTERM ===\n*** exiting", []), ("I", ("mimir.go:" + "935", None), "Application stopped", [])]

    def ne(rng):
        return ("E", ("retry.go:" + "83", "query-frontend"), "error processing request", [("try", 0), ("err", "rpc error: code = Code(500) desc = unexpected end of JSON input (err-mimir-query-blocks-consistency-check-failed)")])

    def disk(rng):
        return ("E", ("results_cache.go:" + "411", "query-frontend"), "error writing results cache", [("err", "write /data/query-cache/" + hexs(rng, 16) + ": no space left on device")])

    return Spec(name="mimir", file="mimir-query-frontend.log", absk="Z", rt="go", vol=80, heavy=True, render=gokit("ts1"), req=req, reqw=0.9,
                info=[hb], warn=[w], err=[("'error processing request' err-mimir-max-total-query-length", e1), ("'error notifying frontend about finished query'", e2)],
                retry=retry, retry_re=r"error contacting scheduler", hb=(120, hb), start=start, stop=stop, newerr=[("'error processing request' err-mimir-query-blocks-consistency-check-failed", ne)], disk=disk,
                gofr=("github.com/grafana/mimir", [("pkg/frontend/querymiddleware.(*querySharding).Do", "pkg/frontend/querymiddleware/querysharding.go:128"), ("pkg/frontend/transport.(*Handler).ServeHTTP", "pkg/frontend/transport/handler.go:214")]),
                ts_re=GOKIT_TS, tsk="iso", err_re=r"\blevel=error\b", start_re=r"Starting application",
                dur_re=r" response_time=" + GO_DUR)
