"""More blind18 formats."""
from formats import *


def hclog(t, off, l, src, msg, kv):
    L = {"D": "[DEBUG]", "I": "[INFO] ", "W": "[WARN] ", "E": "[ERROR]"}[l]
    return (f"{iso(t, off, 3, 'o')} {L} {src}: {msg}" + ((":" + kvs(kv)) if kv else "")).replace("\\n", "\n  | ")


def oldconsul(t, off, l, src, msg, kv):
    L = {"D": "[DEBUG]", "I": "[INFO]", "W": "[WARN]", "E": "[ERR]"}[l]
    return f"{slash(t, off)} {L} {src}: {msg}" + "".join(f" {k}={v}" for k, v in kv)


HEAD_ISO = r"^(?P<ts>" + ISO_RE + ")"
HEAD_SLASH = r"^(?P<ts>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)?)"


def consul(y):
    old = y <= 2019
    nodes = ["consul-server-0", "consul-server-1", "consul-server-2"]

    def sync(rng):
        return ("I", "agent", "Synced service", [("service", rng.choice(["web", "api", "payments", "redis"]) + "-" + sfx(rng, 4))])

    def chk(rng):
        return ("I", "agent", "Synced check", [("check", "service:web-" + sfx(rng, 4))])

    def w(rng):
        return ("W", "agent", "Check is now critical", [("check", "service:api-" + sfx(rng, 4))])

    def e1(rng):
        return ("E", "agent.client", "RPC failed to server", [("method", "Catalog.Register"), ("server", "10.0.3.11:8300"), ("error", "rpc error making call: rpc error making call: Permission denied")])

    def e2(rng):
        return ("E", "agent.anti_entropy", "failed to sync remote state", [("error", "No cluster leader")])

    def retry(rng, a=1):
        return ("W", "agent", "Join cluster failed, will retry", [("cluster", "LAN"), ("retry_interval", "30s"), ("error", "No servers to join")])

    def hb(rng):
        return ("I", "agent", "Synced node info", [])

    def start(rng):
        return [("R", None, "==> Starting Consul agent...\n           Version: '1.17.1'\n        Build Date: '2023-12-13 22:53:04 +0000 UTC'\n           Node ID: '" + uuid(rng) + "'\n         Node name: 'consul-client-" + sfx(rng) + "'\n        Datacenter: 'dc1' (Segment: '')\n            Server: false (Bootstrap: false)\n       Client Addr: [0.0.0.0] (HTTP: 8500, HTTPS: -1, gRPC: 8502, gRPC-TLS: 8503, DNS: 8600)\n      Cluster Addr: " + ip(rng) + " (LAN: 8301, WAN: 8302)\n   Gossip Encryption: true\n\n==> Log data will now stream in as it occurs:\n", []),
                ("I", "agent", "Started DNS server", [("address", "0.0.0.0:8600"), ("network", "udp")]),
                ("I", "agent", "Starting server", [("address", "[::]:8500"), ("network", "tcp"), ("protocol", "http")]),
                ("I", "agent", "started state syncer", []),
                ("I", "agent", "Joining cluster...", [("cluster", "LAN")]),
                ("I", "agent", "Join cluster completed. Synced with initial agents", [("cluster", "LAN"), ("num_agents", 3)]),
                ("I", "agent", "Synced node info", [])]

    def stop(rng):
        return [("I", "agent", "Caught", [("signal", "terminated")]), ("I", "agent", "Graceful shutdown disabled. Exiting", []),
                ("I", "agent", "Requesting shutdown", []), ("I", "agent.client", "shutting down client", []), ("I", "agent", "shutdown complete", []),
                ("I", "agent", "Exit code", [("code", 1)])]

    def ne(rng):
        return ("E", "agent.proxycfg", "Failed to handle update from watch", [("kind", "connect-proxy"), ("proxy", "web-sidecar-proxy"), ("service_id", "web-sidecar-proxy"), ("id", "service-http-checks:web"), ("error", "error filling agent cached data: Internal cache failure: service 'web' not in agent state")])

    def disk(rng):
        return ("E", "agent", "failed to persist check state", [("check", "service:web-" + sfx(rng, 4)), ("error", "failed writing temp file: write /opt/consul/checks/state/" + hexs(rng, 32) + ".tmp: no space left on device")])

    if old:
        def render(t, off, l, src, msg, kv):
            if l == "R":
                return msg.replace("Version: '1.17.1'", "Version: 'v1.4.3'").rstrip("\n")
            kd = dict(kv)
            m = {"Synced node info": "Synced node info", "Check is now critical": f"Check \"{kd.get('check', '')}\" is now critical",
                 "Synced service": f"Synced service \"{kd.get('service', '')}\"", "Synced check": f"Synced check \"{kd.get('check', '')}\"",
                 "Join cluster failed, will retry": f"Join LAN failed: {kd.get('error', '')}, retrying in 30s",
                 "failed to sync remote state": f"failed to sync remote state: {kd.get('error', '')}",
                 "RPC failed to server": f"RPC failed to server {kd.get('server', '')}: {kd.get('error', '')}"}.get(msg)
            if m:
                return oldconsul(t, off, l, src.split(".")[0], m, [])
            return oldconsul(t, off, l, src.split(".")[0] if src else "agent", msg + (": " + ", ".join(f"{v}" for k, v in kv) if kv else ""), [])
        tsre, ab = HEAD_SLASH, "local"
    else:
        def render(t, off, l, src, msg, kv):
            if l == "R":
                return msg.rstrip("\n")
            return hclog(t, off, l, src, msg, kv)
        tsre, ab = HEAD_ISO, ("o" if True else "Z")
    return Spec(name="consul", file="consul.log", absk=ab, rt="go", vol=12, heavy=False, render=render, info=[sync, chk], warn=[w],
                err=[("agent.client 'RPC failed to server' Permission denied", e1), ("anti_entropy 'failed to sync remote state'", e2)],
                retry=retry, retry_re=r"Join cluster failed, will retry|agent: \(LAN\) couldn't join|Join cluster failed: .*will retry|Join LAN failed", hb=(60, hb), start=start, stop=stop,
                newerr=[("proxycfg 'Failed to handle update from watch'", ne)], disk=disk, crlf_p=0.25,
                gofr=("github.com/hashicorp/consul", [("agent/local.(*State).updateSyncState", "agent/local/state.go:1089"), ("agent/local.(*State).SyncChanges", "agent/local/state.go:1210")]),
                ts_re=tsre, tsk="iso", err_re=r"\[(?:ERROR|ERR)\]", start_re=r"Starting Consul agent")


def etcd(y):
    zap = y >= 2021
    KEYS = ["/registry/pods/default/", "/registry/leases/kube-node-lease/", "/registry/events/", "/registry/configmaps/kube-system/", "/registry/services/endpoints/"]

    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        if zap:
            d = {"level": LW[l], "ts": iso(t, 0, 6), "caller": src, "msg": msg}
            d.update(kv)
            return jd(d)
        return f"{iso(t, off, 6, '', ' ')} {l} | {src}: {msg}"

    def req(rng, c):
        d = lognorm(rng, 0.14, 0.5) * c.dmul
        if d < 0.1:
            d = 0.1 + rng.random() * 0.05 * c.dmul
        k = rng.choice(KEYS)
        if zap:
            if rng.random() < 0.5:
                return ("W", "etcdserver/util.go:170", "apply request took too long", [("took", godur(d)), ("expected-duration", "100ms"), ("prefix", "read-only range "), ("request", f'key:"{k}{sfx(rng)}" '), ("response", f"range_response_count:1 size:{ri(rng, 300, 9000)}")])
            n = ri(rng, 10 ** 8, 10 ** 9)
            return ("I", "traceutil/trace.go:171", f"trace[{n}] range", [("detail", f"{{range_begin:{k}; range_end:; response_count:{ri(rng, 0, 40)}; response_revision:{ri(rng, 10 ** 6, 9 * 10 ** 6)}; }}"), ("duration", godur(d)), ("start", iso(1e9, 0, 6)), ("end", iso(1e9, 0, 6)), ("steps", [f"trace[{n}] 'agreement among raft nodes before linearized reading'  (duration: {godur(d * 0.9)})"]), ("step_count", 1)])
        return ("W", "etcdserver", f'read-only range request "key:\\"{k}{sfx(rng)}\\" " with result "range_response_count:1 size:{ri(rng, 300, 9000)}" took too long ({godur(d)}) to execute', [])

    def info(rng):
        if zap:
            return ("I", "mvcc/index.go:214", "compact tree index", [("revision", ri(rng, 10 ** 6, 9 * 10 ** 6))])
        return ("I", "mvcc", f"store.index: compact {ri(rng, 10 ** 6, 9 * 10 ** 6)}", [])

    def hb(rng):
        r = ri(rng, 10 ** 6, 9 * 10 ** 6)
        if zap:
            return ("I", "mvcc/kvstore_compaction.go:66", "finished scheduled compaction", [("compact-revision", r), ("took", godur(lognorm(rng, 0.02))), ("hash", ri(rng, 10 ** 8, 4 * 10 ** 9))])
        return ("I", "mvcc", f"finished scheduled compaction at {r} (took {godur(lognorm(rng, 0.02))})", [])

    def e1(rng):
        if zap:
            return ("W", "rafthttp/probing_status.go:68", "prober detected unhealthy status", [("round-tripper-name", "ROUND_TRIPPER_RAFT_MESSAGE"), ("remote-peer-id", "8e9e05c52164694d"), ("rtt", "0s"), ("error", "dial tcp 10.0.1.12:2380: i/o timeout")])
        return ("W", "rafthttp", "health check for peer 8e9e05c52164694d could not connect: dial tcp 10.0.1.12:2380: i/o timeout (prober \"ROUND_TRIPPER_RAFT_MESSAGE\")", [])

    def e2(rng):
        if zap:
            return ("E", "embed/config_logging.go:169", "rejected connection", [("remote-addr", ip(rng, "10.0") + f":{ri(rng, 30000, 60000)}"), ("server-name", ""), ("error", "remote error: tls: bad certificate")])
        return ("E" if False else "W", "embed", f"rejected connection from \"{ip(rng, '10.0')}:{ri(rng, 30000, 60000)}\" (error \"remote error: tls: bad certificate\", ServerName \"\")", [])

    def w(rng):
        if zap:
            return ("W", "etcdserver/raft.go:369", "leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk", [("to", "8e9e05c52164694d"), ("heartbeat-interval", "100ms"), ("expected-duration", "200ms"), ("exceeded-duration", godur(lognorm(rng, 0.05)))])
        return ("W", "etcdserver", f"failed to send out heartbeat on time (exceeded the 100ms timeout for {godur(lognorm(rng, 0.05))}, to 8e9e05c52164694d)", [])

    def retry(rng, a=1):
        if zap:
            return ("W", "rafthttp/stream.go:223", "lost TCP streaming connection with remote peer", [("stream-writer-type", "stream Message"), ("local-member-id", "fd422379fda50e48"), ("remote-peer-id", "8e9e05c52164694d")])
        return ("W", "rafthttp", "lost the TCP streaming connection with peer 8e9e05c52164694d (stream Message reader)", [])

    def start(rng):
        if zap:
            return [("I", "etcdmain/etcd.go:73", "Running: ", [("args", ["etcd", "--advertise-client-urls=https://10.0.1.10:2379", "--data-dir=/var/lib/etcd", "--name=master-0"])]),
                    ("I", "embed/etcd.go:309", "starting an etcd server", [("etcd-version", "3.5.10"), ("git-sha", "0223ca52b"), ("go-version", "go1.20.10"), ("go-os", "linux"), ("go-arch", "amd64"), ("max-cpu-set", 4), ("name", "master-0"), ("data-dir", "/var/lib/etcd")]),
                    ("I", "etcdserver/backend.go:81", "opened backend db", [("path", "/var/lib/etcd/member/snap/db"), ("took", godur(lognorm(rng, 0.01)))]),
                    ("I", "etcdserver/server.go:530", "No snapshot found. Recovering WAL from scratch!", []),
                    ("I", "embed/serve.go:187", "serving client traffic securely", [("address", "10.0.1.10:2379")]),
                    ("I", "etcdserver/server.go:2064", "published local member to cluster through raft", [("local-member-id", "fd422379fda50e48"), ("cluster-id", "cdf818194e3a8c32")])]
        return [("N", "etcdmain", "etcd Version: 3.3.10", []), ("N", "etcdmain", "Git SHA: 27fc7e2", []), ("N", "etcdmain", "Go Version: go1.10.4", []),
                ("I", "etcdmain", "setting maximum number of CPUs to 4, total number of available CPUs is 4", []),
                ("I", "etcdserver", "name = master-0", []), ("I", "etcdserver", "data dir = /var/lib/etcd", []),
                ("N", "etcdserver", "published {Name:master-0 ClientURLs:[https://10.0.1.10:2379]} to cluster cdf818194e3a8c32", []),
                ("N", "embed", "serving client requests on 10.0.1.10:2379", [])]

    def stop(rng):
        if zap:
            return [("I", "osutil/interrupt_unix.go:64", "received signal; shutting down", [("signal", "terminated")]),
                    ("I", "embed/etcd.go:376", "closing etcd server", [("name", "master-0")]),
                    ("I", "etcdserver/server.go:1465", "skipped leadership transfer for single voting member cluster", []),
                    ("I", "embed/etcd.go:577", "stopped serving peer traffic", [("address", "10.0.1.10:2380")])]
        return [("N", "osutil", "received terminated signal, shutting down...", []), ("I", "etcdserver", "skipped leadership transfer for single member cluster", [])]

    def ne(rng):
        if zap:
            return ("E", "etcdserver/corrupt.go:116", "failed to compare hash", [("error", "mvcc: required revision has been compacted"), ("remote-peer-id", "8e9e05c52164694d")])
        return ("E", "etcdserver", "failed to compare hash: mvcc: required revision has been compacted", [])

    def disk(rng):
        if zap:
            return ("E", "wal/wal.go:" + "765", "failed to write WAL entry", [("error", "write /var/lib/etcd/member/wal/0000000000000012-00000000001e8d1b.wal: no space left on device")]) if rng.random() < 0.7 else \
                ("W", "etcdserver/server.go:1089", "failed to save snapshot", [("error", "write /var/lib/etcd/member/snap/db: no space left on device")])
        return ("E", "wal", "write /var/lib/etcd/member/wal/0000000000000012-00000000001e8d1b.wal: no space left on device", [])

    r2 = (lambda t, off, l, src, msg, kv: render(t, off, {"N": "I"}.get(l, l), src, msg, kv)) if zap else \
        (lambda t, off, l, src, msg, kv: msg if l == "R" else f"{iso(t, off, 6, '', ' ')} {l} | {src}: {msg}")
    return Spec(name="etcd", file="etcd.log", absk="Z" if zap else "local", rt="go", vol=35, heavy=True, render=r2, req=req, reqw=0.75,
                info=[info], warn=[w], err=[("rafthttp 'prober detected unhealthy status' i/o timeout", e1), ("'rejected connection' tls: bad certificate", e2)],
                retry=retry, retry_re=r"lost (?:the )?TCP streaming connection", hb=(300, hb), start=start, stop=stop, newerr=[("corrupt check 'failed to compare hash'", ne)], disk=disk,
                gofr=("go.etcd.io/etcd/server/v3", [("etcdserver.(*EtcdServer).applyEntryNormal", "etcdserver/server.go:2191"), ("etcdserver.(*EtcdServer).apply", "etcdserver/server.go:2143")]),
                ts_re=(r'"ts":"(?P<ts>[^"]+)"' if zap else r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) [DINWEC] \|"), tsk="iso",
                err_re=(r'"level":"error"|"msg":"(?:prober detected unhealthy status|rejected connection)"' if zap else r"^\S+ \S+ E \||health check for peer|rejected connection from"), start_re=r"starting an etcd server|etcd Version:",
                dur_re=(r'"(?:took|duration)":"' + GO_DUR + '"' if zap else r"took too long \(" + GO_DUR + r"\)"))


def coredns(y):
    NAMES = ["api.example.org.", "kubernetes.default.svc.cluster.local.", "redis.prod.svc.cluster.local.", "postgres.prod.svc.cluster.local.", "s3.eu-central-1.amazonaws.com.", "checkout.prod.svc.cluster.local.", "auth.prod.svc.cluster.local.prod.svc.cluster.local."]
    LVL = {"I": "[INFO] ", "W": "[WARNING] ", "E": "[ERROR] ", "R": ""}
    inner = lambda t, off, l, src, msg, kv: LVL[l] + msg

    def render(t, off, l, src, msg, kv):
        p = f"{iso(t, 0, 9)} stdout F "
        return "\n".join(p + x for x in inner(t, off, l, src, msg, kv).split("\n"))

    def req(rng, c):
        n = rng.choice(NAMES)
        qt = rng.choice(["A", "A", "AAAA"])
        rc = "NXDOMAIN" if n.count("svc") > 1 or rng.random() < 0.05 else ("SERVFAIL" if rng.random() < 0.001 else "NOERROR")
        fl = "qr,aa,rd" if "cluster.local" in n else "qr,rd,ra"
        d = lognorm(rng, 0.00018 if "cluster.local" in n else 0.004, 0.8) * c.dmul
        return ("I", None, f'{ip(rng)}:{ri(rng, 1024, 65535)} - {ri(rng, 1, 65535)} "{qt} IN {n} udp {len(n) + 29} false 512" {rc} {fl} {ri(rng, 60, 400)} {d:.9f}s', [])

    def e1(rng):
        return ("E", None, f"plugin/errors: 2 {rng.choice(NAMES[4:5])} A: read udp {ip(rng)}:{ri(rng, 30000, 60000)}->10.0.0.2:53: i/o timeout", [])

    def e2(rng):
        return ("E", None, f"plugin/errors: 2 {rng.choice(NAMES[:1])} AAAA: dial udp 10.0.0.2:53: connect: network is unreachable", [])

    def w(rng):
        return ("W", None, "plugin/kubernetes: Kubernetes API connection failure: Get \"https://10.96.0.1:443/version\": dial tcp 10.96.0.1:443: i/o timeout", [])

    def retry(rng, a=1):
        return ("E", None, 'plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: Get "https://10.96.0.1:443/apis/discovery.k8s.io/v1/endpointslices?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: connect: connection refused', [])

    def start(rng):
        return [("R", None, ".:53", []), ("I", None, "plugin/reload: Running configuration SHA512 = " + hexs(rng, 128), []),
                ("R", None, "CoreDNS-1.11.1\nlinux/amd64, go1.20.7, ae2bbc2", [])]

    def stop(rng):
        return [("I", None, "SIGTERM: Shutting down servers then terminating", []), ("I", None, "plugin/health: Going into lameduck mode for 5s", [])]

    def ne(rng):
        return ("E", None, f"plugin/errors: 2 {NAMES[3]} A: plugin/forward: no healthy upstream", []) if False else \
            ("E", None, "plugin/errors: 2 . NS: plugin/loop: no next plugin found", [])

    def disk(rng):
        return ("E", None, "Failed to write pid file: open /var/run/coredns.pid: no space left on device" if False else "plugin/log: write /var/log/coredns/query.log: no space left on device", [])

    return Spec(name="coredns", file=f"coredns-5d78c9869d-{'x7k2q'}_kube-system_coredns-{'3c1f0d2a9b8e'}.log", absk="Z", rt="go", vol=300, heavy=True,
                render=render, raw=cri_raw, req=req, reqw=0.99, info=[], warn=[w],
                err=[("plugin/errors i/o timeout to upstream", e1), ("plugin/errors network is unreachable", e2)], retry=retry, retry_re=r"Failed to watch \*v1\.EndpointSlice",
                hb=None, start=start, stop=stop, newerr=[("plugin/loop 'no next plugin found'", ne)], disk=disk,
                gofr=("github.com/coredns/coredns", [("plugin/forward.(*Forward).ServeDNS", "plugin/forward/forward.go:144"), ("plugin.NextOrFailure", "plugin/plugin.go:80")]),
                ts_re=r"^(?P<ts>\S+) std(?:out|err) [FP] ", tsk="iso", err_re=r" \[ERROR\] ", start_re=r"CoreDNS-\d",
                dur_re=r'" \w+ [\w,]+ \d+ (?P<v>\d+\.\d+)(?P<u>s)$')


def cilium(y):
    def inner(l, msg, kv):
        return f"level={LW[l].replace('warn', 'warning')} msg={lq(msg)}" + "".join(f" {k}={lq(v)}" for k, v in sorted(kv))

    def render(t, off, l, src, msg, kv):
        p = f"{iso(t, 0, 9)} stdout F "
        if l == "R":
            return "\n".join(p + x for x in msg.split("\n"))
        return p + inner(l, msg, kv + [("subsys", src)])

    def ep(rng):
        return ("I", "endpoint", rng.choice(["Rewrote endpoint BPF program", "Completed endpoint regeneration with no pending regeneration requests"]),
                [("containerID", hexs(rng, 12)), ("datapathPolicyRevision", ri(rng, 1, 90)), ("desiredPolicyRevision", ri(rng, 1, 90)), ("endpointID", ri(rng, 10, 4000)),
                 ("identity", ri(rng, 1000, 65000)), ("ipv4", ip(rng, "10.0")), ("ipv6", ""), ("k8sPodName", f"default/web-{sfx(rng, 10)}-{sfx(rng)}")])

    def pol(rng):
        return ("I", "daemon", "Policy imported via API, recalculating...", [("policyAddRequest", uuid(rng)), ("policyRevision", ri(rng, 1, 900))]) if False else \
            ("I", "endpoint", "Create endpoint request", [("addressing", f"&{{{ip(rng, '10.0')} fe80::1  }}"), ("containerID", hexs(rng, 64)), ("datapathConfiguration", "&{false false false false false <nil>}"), ("interface", "lxc" + hexs(rng, 12)), ("k8sPodName", f"default/api-{sfx(rng, 10)}-{sfx(rng)}"), ("labels", "[]")])

    def hb(rng):
        return ("I", "ipcache", "Garbage collection of stale ipcache entries complete" if False else "Periodic IPAM map sync: no changes", []) if False else \
            ("I", "map-ct", "Conntrack garbage collector interval recalculated", [("deleteRatio", f"{rng.random() * 0.02:.6f}"), ("newInterval", "7m30s")])

    def w(rng):
        return ("W", "endpoint", "Regeneration of endpoint failed", [("reason", "syncing state to host"), ("endpointID", ri(rng, 10, 4000)), ("error", "Error while configuring proxy redirects: context canceled")])

    def e1(rng):
        return ("E", "k8s-watcher", "Unable to update CiliumEndpoint custom resource", [("error", "Operation cannot be fulfilled on ciliumendpoints.cilium.io \"web-" + sfx(rng, 10) + "\": the object has been modified; please apply your changes to the latest version and try again"), ("ciliumEndpointName", "web-" + sfx(rng, 10))])

    def e2(rng):
        return ("E", "daemon", "Failed to get DNS response", [("error", "dial udp 10.96.0.10:53: i/o timeout")]) if False else \
            ("E", "fqdn/dnsproxy", "Timeout waiting for response to forwarded proxied DNS lookup", [("dnsName", "api.example.org."), ("error", "read udp 10.0.1.5:44112->10.96.0.10:53: i/o timeout"), ("ipAddr", ip(rng, "10.0") + ":53")])

    def retry(rng, a=1):
        return ("W", "clustermesh", "Unable to establish etcd connection to remote cluster, retrying", [("clusterName", "eu-west-2"), ("config", "/var/lib/cilium/clustermesh/eu-west-2"), ("error", "context deadline exceeded")])

    def start(rng):
        return [("I", "daemon", "Memory available for map entries (0.003% of 16656490496B): 41641226B", []),
                ("I", "daemon", "  --agent-health-port='9879'", []),
                ("I", "daemon", "     _ _ _", []), ("I", "daemon", " ___|_| |_|_ _ _____", []), ("I", "daemon", "|  _| | | | | |     |", []), ("I", "daemon", "|___|_|_|_|___|_|_|_|", []),
                ("I", "daemon", "Cilium 1.14.5 85db28be 2023-12-11T14:30:29+01:00 go version go1.20.12 linux/amd64", []),
                ("I", "daemon", "Initializing daemon", []),
                ("I", "daemon", "Daemon initialization completed", [("bootstrapTime", godur(lognorm(rng, 7.0)))]),
                ("I", "daemon", "Initializing Cilium API", [])]

    def stop(rng):
        return [("I", "daemon", "received signal, shutting down", [("signal", "terminated")]) if False else ("I", "daemon", "Stopped reading ipsec", []) if False else ("I", "hive", "Stopping", []),
                ("I", "daemon", "Shutting down... ", [])]

    def ne(rng):
        return ("E", "datapath-loader", "Error while rewriting endpoint BPF program", [("endpointID", rng.choice([1123, 2291])), ("error", "Failed to load prog with tc: exit status 1"), ("k8sPodName", "default/payments-7f9c6b5d8-q2w4e")])

    def disk(rng):
        return ("E", "endpoint", "Error regenerating endpoint", [("error", f"failed to write state file: open /var/run/cilium/state/{ri(rng, 100, 3000)}_next/ep_config.h: no space left on device")])

    return Spec(name="cilium", file=f"cilium-{'7xk2p'}_kube-system_cilium-agent-{'9f2c8e1d4b7a'}.log", absk="Z", rt="go", vol=30, heavy=True,
                render=render, raw=cri_raw, info=[ep, ep, pol], warn=[w], err=[("k8s-watcher 'Unable to update CiliumEndpoint custom resource'", e1), ("dnsproxy 'Timeout waiting for response to forwarded proxied DNS lookup'", e2)],
                retry=retry, retry_re=r"Unable to establish etcd connection to remote cluster, retrying", hb=(300, hb), start=start, stop=stop,
                newerr=[("datapath-loader 'Error while rewriting endpoint BPF program'", ne)], disk=disk,
                gofr=("github.com/cilium/cilium", [("pkg/endpoint.(*Endpoint).regenerateBPF", "pkg/endpoint/bpf.go:622"), ("pkg/endpoint.(*Endpoint).regenerate", "pkg/endpoint/policy.go:402")]),
                ts_re=r"^(?P<ts>\S+) std(?:out|err) [FP] ", tsk="iso", err_re=r" level=error ", start_re=r"Cilium \d+\.\d+\.\d+ ")


def felix(y):
    def render(t, off, l, src, msg, kv):
        L = {"I": "INFO", "W": "WARNING", "E": "ERROR", "D": "DEBUG"}[l]
        return f"{iso(t, off, 3, '', ' ')} [{L}][{57 if y > 2019 else 1234}] {src}: {msg}" + "".join(f" {k}={v}" for k, v in kv)

    def req(rng, c):
        d = lognorm(rng, 0.006, 0.9) * c.dmul
        return ("I", f"felix/int_dataplane.go {1836 if y > 2020 else 1093}", "Finished applying updates to dataplane.", [("msecToApply", repr(d * 1000))])

    def info(rng):
        return rng.choice([("I", f"felix/int_dataplane.go {1794}", "Applying dataplane updates", []),
                           ("I", "felix/calc_graph.go 467", "Local endpoint updated", [("id", f"WorkloadEndpoint(node=ip-10-0-1-23, orchestrator=k8s, workload=prod/api-{sfx(rng, 10)}-{sfx(rng)}, name=eth0)")]),
                           ("I", "felix/endpoint_mgr.go 602", "Updating per-endpoint chains.", [("id", f"proto.WorkloadEndpointID{{OrchestratorId:\"k8s\", WorkloadId:\"prod/api-{sfx(rng)}\", EndpointId:\"eth0\"}}")])])

    def hb(rng):
        return ("I", "felix/summary.go 100", f"Summarising {ri(rng, 8, 40)} dataplane reconciliation loops over 1m{rng.uniform(0, 3):.1f}s: avg={ri(rng, 3, 20)}ms longest={ri(rng, 20, 90)}ms ({rng.choice(['resync-filter-v4', 'resync-routes-v4', 'update-filter-v4'])})", [])

    def w(rng):
        return ("W", "felix/ipsets.go 582", "Failed to resync with dataplane", [("error", "exit status 1"), ("family", '"inet"')])

    def e1(rng):
        return ("E", "felix/route_table.go 1023", "Failed to access interface because it doesn't exist.", [("error", "Link not found"), ("ifaceName", '"cali' + hexs(rng, 11) + '"'), ("ifaceRegex", '"^cali.*"'), ("ipVersion", "0x4")]) if False else \
            ("W" if False else "E", "felix/route_table.go 900", "Failed to get interface; it's down/gone.", [("error", "Link not found"), ("ifaceName", '"cali' + hexs(rng, 11) + '"'), ("ipVersion", "0x4")])

    def e2(rng):
        return ("E", "felix/table.go 1262", "iptables-legacy-restore failed", [("error", "exit status 4"), ("ipVersion", "0x4"), ("table", '"filter"')])

    def retry(rng, a=1):
        return ("W", "felix/sync_client.go 153", f"Failed to connect to Typha endpoint 10.0.{ri(rng, 0, 3)}.{ri(rng, 2, 250)}:5473.  Will retry other endpoints.", [("error", "dial tcp 10.0.1.45:5473: connect: connection refused")])

    def start(rng):
        return [("I", "felix/daemon.go 381", "Felix starting up", [("GOMAXPROCS", 4), ("builddate", '"2024-01-09T22:04:26+0000"'), ("gitcommit", '"a93ce77"'), ("version", '"v3.27.0"')]),
                ("I", "felix/daemon.go 402", "Kubernetes server override env vars.", [("KUBERNETES_SERVICE_HOST", '"10.96.0.1"'), ("KUBERNETES_SERVICE_PORT", '"443"')]),
                ("I", "felix/daemon.go 452", "Successfully loaded configuration.", [("GOMAXPROCS", 4), ("builddate", '"2024-01-09T22:04:26+0000"')]),
                ("I", "felix/int_dataplane.go 1052", "Started internal iptables dataplane driver loop", []),
                ("I", "felix/daemon.go 1224", "Connected to Typha", [("address", '"10.0.1.45:5473"')])]

    def stop(rng):
        return [("I", "felix/daemon.go 1321", "Received SIGTERM, shutting down", []) if False else ("W", "felix/daemon.go 1330", "Felix is shutting down", [("reason", '"SIGTERM received"')])]

    def ne(rng):
        return ("E", "felix/bpf_ep_mgr.go 1890", "Failed to apply policy to interface", [("error", "attaching program to wep: loading program: invalid argument"), ("iface", '"cali' + hexs(rng, 11)[:4] + 'deadbee"')])

    def disk(rng):
        return ("E", "felix/status_file_reporter.go 218", "Failed to write endpoint status file", [("error", f"write /var/run/calico/endpoint-status/{hexs(rng, 8)}: no space left on device")])

    return Spec(name="felix", file="felix.log", absk="local", rt="go", vol=40, heavy=True, render=render, req=req, reqw=0.55, info=[info], warn=[w],
                err=[("route_table 'Failed to get interface; it's down/gone.'", e1), ("'iptables-legacy-restore failed'", e2)], retry=retry, retry_re=r"Will retry other endpoints",
                hb=(60, hb), start=start, stop=stop, newerr=[("bpf_ep_mgr 'Failed to apply policy to interface'", ne)], disk=disk,
                gofr=("github.com/projectcalico/calico", [("felix/dataplane/linux.(*endpointManager).resolveWorkloadEndpoints", "felix/dataplane/linux/endpoint_mgr.go:689"), ("felix/dataplane/linux.(*InternalDataplane).apply", "felix/dataplane/linux/int_dataplane.go:1960")]),
                ts_re=r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \[", tsk="iso", err_re=r"^\S+ \S+ \[ERROR\]", start_re=r"Felix starting up",
                dur_re=r"msecToApply=(?P<v>[\d.e-]+)(?P<u>)")
