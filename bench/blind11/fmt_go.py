"""Go-ecosystem formats: log/slog (text, JSON), zerolog, logrus (dockerd/containerd), Gin."""
import json
from fmtbase import Base, MON, hexid, uuid4, priv_ip, off_str, go_dur, go_nano_frac

GO_ERRS = [
    ("failed to publish event", "failed to publish event", "nats: timeout"),
    ("cache refresh failed", "cache refresh failed", "redis: connection pool timeout"),
    ("upstream returned error", "upstream returned error", "unexpected status 502 from http://inventory:8080/v1/stock"),
]
GO_NEW = [
    ("pq: remaining connection slots are reserved", "query failed", "pq: remaining connection slots are reserved for non-replication superuser connections"),
    ("x509: certificate has expired or is not yet valid", "tls handshake failed", "x509: certificate has expired or is not yet valid: current time {now} is after 2026-01-01T00:00:00Z"),
    ("context deadline exceeded (Client.Timeout exceeded", "fetch pricing failed", "Get \"http://pricing:9000/v2/quote\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
]


def go_panic(r, mod, in_goroutine):
    gid = r.randint(20, 9000)
    created = "created by %s.(*Worker).Start in goroutine 1" % mod if in_goroutine else "created by %s.(*Worker).Start" % mod
    return (f"panic: runtime error: invalid memory address or nil pointer dereference\n"
            f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x{r.randint(8, 120):x} pc=0x{r.randint(0x400000, 0xafffff):x}]\n\n"
            f"goroutine {gid} [running]:\n"
            f"{mod}/internal/store.(*Store).Get(0x0, {{0xc000{hexid(r, 6)}, 0x24}})\n"
            f"\t/src/internal/store/store.go:{r.randint(40, 300)} +0x{hexid(r, 2)}\n"
            f"{mod}/internal/worker.(*Worker).process(0xc000{hexid(r, 6)}, {{0xb4c1e8, 0xc000{hexid(r, 6)}}})\n"
            f"\t/src/internal/worker/worker.go:{r.randint(40, 300)} +0x{hexid(r, 3)}\n"
            f"{created}\n"
            f"\t/src/internal/worker/worker.go:{r.randint(20, 60)} +0x{hexid(r, 2)}")


def go_oom(r):
    return ("fatal error: runtime: out of memory\n\n"
            f"runtime stack:\nruntime.throw({{0x9c2f1d?, 0x4000000?}})\n\t/usr/local/go/src/runtime/panic.go:1077 +0x5c fp=0x7ffd{hexid(r, 8)} sp=0x7ffd{hexid(r, 8)} pc=0x43a1fc\n"
            f"runtime.sysMapOS(0xc0{hexid(r, 8)}, 0x4000000?)\n\t/usr/local/go/src/runtime/mem_linux.go:167 +0x11b fp=0x7ffd{hexid(r, 8)} sp=0x7ffd{hexid(r, 8)} pc=0x41d9bb\n\n"
            f"goroutine {r.randint(30, 900)} [running]:\n"
            f"encoding/json.(*decodeState).literalStore(...)\n\t/usr/local/go/src/encoding/json/decode.go:948 +0x{hexid(r, 3)}")


def slog_q(v):
    s = str(v)
    if s == '' or any(c in s for c in ' ="\\') or any(ord(c) < 32 for c in s):
        return json.dumps(s, ensure_ascii=False)
    return s


class SlogText(Base):
    name = 'slog_text'
    software = 'Go log/slog TextHandler'
    res = 0.001
    access = True
    has_dur = True
    min_year = 2023
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full')
    mix = (('req', 0.8), ('info', 0.12), ('warn', 0.05), ('debug', 0.03))
    mod = 'github.com/acme/gateway'

    def setup(self):
        self.nk = self.r.randrange(3)
        self.osfx = off_str(self.off)

    def tstr(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.ms(f):03d}{self.osfx}"

    def L(self, t, lvl, msg, kv=()):
        s = f"time={self.tstr(t)} level={lvl} msg={slog_q(msg)}"
        if kv:
            s += ' ' + ' '.join(f"{k}={slog_q(v)}" for k, v in kv)
        return s

    def req(self, t, q):
        lvl = 'ERROR' if q.status >= 500 else ('WARN' if q.status >= 400 else 'INFO')
        return self.L(t, lvl, 'request', (('method', q.method), ('path', q.path), ('status', q.status), ('bytes', q.size), ('duration', go_dur(q.dur)), ('remote', f"{q.ip}:{self.r.randint(30000, 65000)}"), ('request_id', q.rid)))

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'WARN', 'slow upstream', (('upstream', 'inventory'), ('elapsed', go_dur(r.uniform(800, 3000)))))
        if kind == 'debug':
            return self.L(t, 'DEBUG', 'cache lookup', (('key', f"sku:{r.randint(1000, 99999)}"), ('hit', r.random() < 0.8)))
        return self.L(t, 'INFO', r.choice(['token refreshed', 'config reloaded', 'route table updated']), (('component', r.choice(['auth', 'router', 'ratelimit'])), ('version', r.randint(100, 999))))

    def hb(self, t):
        return self.L(t, 'INFO', 'health check', (('status', 'ok'), ('goroutines', self.r.randint(40, 400))))

    def job(self, t):
        return self.L(t, 'INFO', 'compaction finished', (('segments', self.r.randint(1, 20)), ('took', go_dur(self.r.uniform(50, 2000)))))

    def retry_ok(self, t):
        return [(t, self.L(t, 'WARN', 'retrying request', (('attempt', 1), ('err', 'read: connection reset by peer')))),
                (t + 0.3, self.L(t + 0.3, 'INFO', 'request succeeded after retry', (('attempts', 2),)))]

    def err(self, t, k):
        e = GO_ERRS[k % 3]
        return self.L(t, 'ERROR', e[1], (('err', e[2]),))

    def err_sig(self, k):
        return GO_ERRS[k % 3][0]

    def newerr(self, t):
        e = GO_NEW[self.nk]
        return self.L(t, 'ERROR', e[1], (('err', e[2].replace('{now}', self.tstr(t))),))

    def newerr_sig(self):
        return GO_NEW[self.nk][0]

    retry_sig = 'dial tcp 10.0.3.7:5432: connect: connection refused'

    def retry(self, t, i):
        return self.L(t, 'WARN', 'database unavailable, retrying', (('attempt', i + 1), ('backoff', go_dur(250)), ('err', 'dial tcp 10.0.3.7:5432: connect: connection refused')))

    disk_sig = 'no space left on device'

    def disk(self, t):
        return self.L(t, 'ERROR', 'write failed', (('err', f"write /var/lib/gateway/spool/{self.r.randint(100000, 999999)}.seg: no space left on device"),))

    panic_sig = 'panic: runtime error: invalid memory address'

    def panic(self, t):
        return [(t, self.L(t, 'INFO', 'processing batch', (('size', self.r.randint(10, 500)),)) + "\n" + go_panic(self.r, self.mod, self.year >= 2023))] + self.start(t + 3.5)

    oom_sig = 'fatal error: runtime: out of memory'

    def oom(self, t):
        return [(t, self.L(t, 'INFO', 'loading snapshot', (('path', '/var/lib/gateway/snap.json'),)) + "\n" + go_oom(self.r))] + self.start(t + 4)

    def start(self, t):
        return [(t, self.L(t, 'INFO', 'starting server', (('version', f"v1.{self.r.randint(2, 30)}.{self.r.randint(0, 9)}"), ('go', 'go1.22.5'), ('addr', ':8080')))),
                (t + 0.05, self.L(t + 0.05, 'INFO', 'connected to database', (('host', '10.0.3.7'), ('pool', 20))))]

    def stop(self, t):
        return [(t, self.L(t, 'INFO', 'shutting down', (('signal', 'terminated'),))), (t + 0.2, self.L(t + 0.2, 'INFO', 'server stopped'))]


class SlogJSON(SlogText):
    name = 'slog_json'
    software = 'Go log/slog JSONHandler'
    res = 0.000000001
    mod = 'github.com/acme/orders'

    def tstr(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}{go_nano_frac(f)}{self.osfx}"

    def L(self, t, lvl, msg, kv=()):
        d = {'time': self.tstr(t), 'level': lvl, 'msg': msg}
        for k, v in kv:
            d[k] = v
        return json.dumps(d, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c').replace('>', '\\u003e')

    def req(self, t, q):
        lvl = 'ERROR' if q.status >= 500 else ('WARN' if q.status >= 400 else 'INFO')
        return self.L(t, lvl, 'request', (('method', q.method), ('path', q.path), ('status', q.status), ('bytes', q.size), ('duration', int(q.dur * 1e6)), ('request_id', q.rid)))


class Zerolog(Base):
    name = 'zerolog'
    software = 'zerolog'
    res = 1.0
    access = True
    has_dur = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full')
    mix = (('req', 0.75), ('info', 0.15), ('warn', 0.06), ('debug', 0.04))
    utc = True

    def setup(self):
        self.epoch_ms = self.r.random() < 0.35
        if self.epoch_ms:
            self.res = 0.001
        self.nk = self.r.randrange(3)

    def L(self, lvl, fields, t, msg):
        tv = int(t * 1000) if self.epoch_ms else int(t)
        parts = ['"level":"%s"' % lvl]
        for k, v in fields:
            parts.append('"%s":%s' % (k, json.dumps(v, ensure_ascii=False)))
        parts.append('"time":%d' % tv)
        if msg:
            parts.append('"message":%s' % json.dumps(msg))
        return '{' + ','.join(parts) + '}'

    def req(self, t, q):
        lvl = 'error' if q.status >= 500 else ('warn' if q.status >= 400 else 'info')
        return self.L(lvl, (('method', q.method), ('url', q.path), ('status', q.status), ('size', q.size), ('duration', round(q.dur, 6)), ('ip', q.ip), ('req_id', q.rid[:20])), t, '')

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L('warn', (('lobby', f"lb-{hexid(r, 6)}"), ('players', r.randint(1, 16))), t, 'lobby idle timeout, closing')
        if kind == 'debug':
            return self.L('debug', (('peer', priv_ip(r)),), t, 'ping')
        return self.L('info', ((r.choice(['match_id', 'lobby']), f"{hexid(r, 8)}"), ('region', r.choice(['eu-west', 'us-east', 'ap-south']))), t, r.choice(['match allocated', 'lobby created', 'player joined lobby', 'session ticket validated']))

    def hb(self, t):
        return self.L('info', (('alloc_mb', self.r.randint(40, 300)), ('goroutines', self.r.randint(20, 300))), t, 'heartbeat')

    def job(self, t):
        return self.L('info', (('removed', self.r.randint(0, 40)),), t, 'expired sessions swept')

    def retry_ok(self, t):
        return [(t, self.L('warn', (('error', 'EOF'), ('attempt', 1)), t, 'redis command failed, retrying')),
                (t + 0.2, self.L('info', (('attempt', 2),), t + 0.2, 'redis command ok'))]

    def err(self, t, k):
        e = GO_ERRS[k % 3]
        return self.L('error', (('error', e[2]),), t, e[1])

    def err_sig(self, k):
        return '"message":"%s"' % GO_ERRS[k % 3][1]

    def newerr(self, t):
        e = GO_NEW[self.nk]
        return self.L('error', (('error', e[2].replace('{now}', '2026-11-25 10:00:00 +0000 UTC')),), t, e[1])

    def newerr_sig(self):
        return GO_NEW[self.nk][0]

    retry_sig = 'failed to connect to matchmaker, retrying'

    def retry(self, t, i):
        return self.L('warn', (('error', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.2.9:50051: connect: connection refused"'), ('attempt', i + 1)), t, 'failed to connect to matchmaker, retrying')

    disk_sig = 'no space left on device'

    def disk(self, t):
        return self.L('error', (('error', f"write /data/replays/{hexid(self.r, 12)}.rpl: no space left on device"),), t, 'failed to save replay')

    panic_sig = '"level":"panic"'

    def panic(self, t):
        r = self.r
        return [(t, self.L('panic', (('lobby', f"lb-{hexid(r, 6)}"),), t, 'invariant violated: lobby has no owner') + "\npanic: invariant violated: lobby has no owner\n\ngoroutine %d [running]:\ngithub.com/rs/zerolog.(*Logger).Panic.func1({0xc000%s, 0x26})\n\t/go/pkg/mod/github.com/rs/zerolog@v1.31.0/log.go:396 +0x27\ngithub.com/rs/zerolog.(*Event).msg(0xc000%s, {0xc000%s, 0x26})\n\t/go/pkg/mod/github.com/rs/zerolog@v1.31.0/event.go:158 +0x2aa\nmain.(*Lobby).transfer(0xc000%s)\n\t/src/lobby.go:211 +0x1c5" % (r.randint(30, 999), hexid(r, 6), hexid(r, 6), hexid(r, 6), hexid(r, 6)))] + self.start(t + 2.5)

    oom_sig = 'fatal error: runtime: out of memory'

    def oom(self, t):
        return [(t, self.L('info', (('path', '/data/replays/index.bin'),), t, 'rebuilding replay index') + "\n" + go_oom(self.r))] + self.start(t + 5)

    def start(self, t):
        return [(t, self.L('info', (('version', f"0.{self.r.randint(10, 40)}.{self.r.randint(0, 9)}"), ('addr', ':7350')), t, 'starting lobby service')),
                (t + 0.1, self.L('info', (), t + 0.1, 'listening'))]

    def stop(self, t):
        return [(t, self.L('info', (('signal', 'terminated'),), t, 'shutting down'))]


class Logrus(Base):
    """logrus TextFormatter as written by dockerd / containerd."""
    name = 'logrus'
    software = 'logrus text (dockerd)'
    res = 0.000000001
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'disk_full')
    mix = (('info', 0.8), ('warn', 0.15), ('debug', 0.05))

    def setup(self):
        self.containerd = self.fname.startswith('containerd')
        self.osfx = off_str(self.off)
        self.cids = [hexid(self.r, 64) for _ in range(12)]
        self.nk = self.r.randrange(2)
        y = self.year
        self.dver = {2018: '18.09.0', 2019: '19.03.5', 2020: '20.10.0', 2021: '20.10.12', 2022: '20.10.21', 2023: '24.0.7', 2024: '27.1.1', 2025: '28.1.1'}.get(y, '29.0.1')
        self.cver = {2018: 'v1.2.0', 2019: 'v1.2.10', 2020: 'v1.4.3', 2021: 'v1.4.12', 2022: 'v1.6.10', 2023: 'v1.6.24', 2024: 'v1.7.20', 2025: 'v2.0.5'}.get(y, 'v2.1.5')
        self.api = {2018: '1.39', 2019: '1.40', 2020: '1.41', 2021: '1.41', 2022: '1.41', 2023: '1.43', 2024: '1.46', 2025: '1.49'}.get(y, '1.52')

    def tsn(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}{go_nano_frac(f)}{self.osfx}"

    def L(self, t, lvl, msg, kv=()):
        s = f'time="{self.tsn(t)}" level={lvl} msg={json.dumps(msg, ensure_ascii=False)}'
        for k, v in sorted(kv):
            s += f" {k}={slog_q(v)}"
        return s

    def bg(self, t, kind):
        r = self.r
        c = r.choice(self.cids)
        if self.containerd:
            if kind == 'warn':
                return self.L(t, 'warning', 'cleanup warnings time="%s" level=info msg="starting signal loop" namespace=moby pid=%d runtime=io.containerd.runc.v2\n' % (self.tsn(t), r.randint(1000, 90000)), (('namespace', 'moby'),))
            return r.choice([
                lambda: self.L(t, 'info', 'shim disconnected', (('id', c), ('namespace', 'moby'))),
                lambda: self.L(t, 'info', 'cleaning up dead shim', (('namespace', 'moby'),)),
                lambda: self.L(t, 'info', 'loading plugin "io.containerd.event.v1.publisher"...', (('runtime', 'io.containerd.runc.v2'), ('type', 'io.containerd.event.v1'))),
                lambda: self.L(t, 'info', 'starting signal loop', (('namespace', 'moby'), ('path', f"/run/containerd/io.containerd.runtime.v2.task/moby/{c}"), ('pid', r.randint(1000, 90000)), ('runtime', 'io.containerd.runc.v2'))),
            ])()
        if kind == 'warn':
            return self.L(t, 'warning', f"Health check for container {c} error: context deadline exceeded")
        if kind == 'debug':
            return self.L(t, 'info', 'Container failed to exit within 10s of signal 15 - using the force' if self.year < 2023 else 'Container failed to exit within 10 seconds of signal 15 - using the force', (('container', c),))
        return r.choice([
            lambda: self.L(t, 'info', 'ignoring event', (('container', c), ('module', 'libcontainerd'), ('namespace', 'moby'), ('topic', '/tasks/delete'), ('type', '*events.TaskDelete'))),
            lambda: self.L(t, 'info', 'ignoring event', (('container', c), ('module', 'libcontainerd'), ('namespace', 'moby'), ('topic', '/tasks/delete'), ('type', '*events.TaskDelete'))),
            lambda: self.L(t, 'info', 'shim disconnected', (('id', c), ('namespace', 'moby'))) if self.year >= 2022 else self.L(t, 'info', 'shim reaped', (('id', c),)),
            lambda: self.L(t, 'info', 'cleaning up dead shim', (('namespace', 'moby'),)),
        ])()

    def hb(self, t):
        return self.L(t, 'info', 'ignoring event', (('container', self.cids[0]), ('module', 'libcontainerd'), ('namespace', 'moby'), ('topic', '/tasks/exec-added'), ('type', '*events.TaskExecAdded')))

    def job(self, t):
        return self.L(t, 'info', 'Attempting next endpoint for pull after error: manifest unknown: manifest unknown') if not self.containerd else self.L(t, 'info', 'ImageUpdate event name:"docker.io/library/redis:7-alpine"')

    def retry_ok(self, t):
        return [(t, self.L(t, 'warning', 'Error getting v2 registry: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)')),
                (t + 3, self.L(t + 3, 'info', 'Attempting next endpoint for pull after error: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)'))]

    ERRS = [("Handler for POST /v{api}/containers/", "Handler for POST /v{api}/containers/{c}/start returned error: driver failed programming external connectivity on endpoint web (9f2c): Bind for 0.0.0.0:80 failed: port is already allocated"),
            ("Error reading tail of log file", "Error reading tail of log file: EOF"),
            ("Not continuing with pull after error", "Not continuing with pull after error: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit")]

    def err(self, t, k):
        e = self.ERRS[k % 3]
        return self.L(t, 'error', e[1].replace('{api}', self.api).replace('{c}', self.cids[1][:12]))

    def err_sig(self, k):
        return self.ERRS[k % 3][0].replace('{api}', self.api)

    NEW = [("failed to create endpoint", "failed to create endpoint {n} on network bridge: failed to add the host (veth{h}) <=> sandbox (veth{h2}) pair interfaces: operation not supported"),
           ("error while reading from stream", "Error streaming logs: error while reading from stream: unexpected EOF")]

    def newerr(self, t):
        r = self.r
        return self.L(t, 'error', self.NEW[self.nk][1].format(n='web-' + hexid(r, 4), h=hexid(r, 7), h2=hexid(r, 7)))

    def newerr_sig(self):
        return self.NEW[self.nk][0]

    retry_sig = 'Reconnecting...'

    def retry(self, t, i):
        return self.L(t, 'warning', 'grpc: addrConn.createTransport failed to connect to {unix:///run/containerd/containerd.sock  <nil> 0 <nil>}. Err :connection error: desc = "transport: error while dialing: dial unix:///run/containerd/containerd.sock: timeout". Reconnecting...', (('module', 'grpc'),))

    disk_sig = 'no space left on device'

    def disk(self, t):
        c = self.r.choice(self.cids)
        return self.L(t, 'error', f'Failed to log msg "" for logger json-file: error writing log entry: write /var/lib/docker/containers/{c}/{c}-json.log: no space left on device')

    def start(self, t):
        r = self.r
        if self.containerd:
            return [(t, self.L(t, 'info', 'starting containerd', (('revision', hexid(r, 40)), ('version', self.cver)))),
                    (t + 0.3, self.L(t + 0.3, 'info', 'serving...', (('address', '/run/containerd/containerd.sock'),))),
                    (t + 0.31, self.L(t + 0.31, 'info', f'containerd successfully booted in {r.uniform(0.03, 0.3):.6f}s'))]
        return [(t, self.L(t, 'info', 'Starting up')),
                (t + 0.9, self.L(t + 0.9, 'info', 'Loading containers: start.')),
                (t + 2.1, self.L(t + 2.1, 'info', 'Loading containers: done.')),
                (t + 2.3, self.L(t + 2.3, 'info', 'Docker daemon', (('commit', hexid(r, 7)), ('graphdriver' if self.year < 2024 else 'storage-driver', 'overlay2'), ('version', self.dver)))),
                (t + 2.31, self.L(t + 2.31, 'info', 'Daemon has completed initialization')),
                (t + 2.4, self.L(t + 2.4, 'info', 'API listen on /run/docker.sock'))]

    def stop(self, t):
        if self.containerd:
            return [(t, self.L(t, 'info', 'Stop CRI service')), (t + 0.2, self.L(t + 0.2, 'info', 'Event monitor stopped'))]
        return [(t, self.L(t, 'info', "Processing signal 'terminated'")), (t + 1.2, self.L(t + 1.2, 'info', 'Daemon shutdown complete'))]


class Gin(Base):
    """Gin default Logger middleware output mixed with the std log package."""
    name = 'gin'
    software = 'Gin'
    res = 1.0
    access = True
    has_dur = True
    kinds = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'retry_storm', 'new_error')
    mix = (('req', 0.93), ('info', 0.07))

    def setup(self):
        self.nk = self.r.randrange(3)

    def gts(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}/{g.tm_mon:02d}/{g.tm_mday:02d} - {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"

    def std(self, t, msg):
        g, f = self.tm(t)
        return f"{g.tm_year}/{g.tm_mon:02d}/{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {msg}"

    def req(self, t, q):
        path = f'"{q.path}"' if self.year >= 2019 else q.path
        return f"[GIN] {self.gts(t)} | {q.status:3d} | {go_dur(q.dur):>13} | {q.ip:>15} | {q.method:<7}  {path}"

    def bg(self, t, kind):
        r = self.r
        return self.std(t, r.choice([f"cache warmed: {r.randint(100, 5000)} keys", f"session store: {r.randint(10, 900)} active sessions", "metrics pushed to pushgateway"]))

    def hb(self, t):
        return self.req(t, _Q('GET', '/healthz', 200, self.r.uniform(0.02, 0.09), '127.0.0.1', 2, ''))

    def err(self, t, k):
        e = GO_ERRS[k % 3]
        return self.std(t, f"{e[1]}: {e[2]}")

    def err_sig(self, k):
        return GO_ERRS[k % 3][0]

    def newerr(self, t):
        e = GO_NEW[self.nk]
        return self.std(t, f"{e[1]}: {e[2].replace('{now}', '2026-11-25T10:00:00Z')}")

    def newerr_sig(self):
        return GO_NEW[self.nk][0]

    retry_sig = 'redis: connection refused, retrying in'

    def retry(self, t, i):
        return self.std(t, f"redis: connection refused, retrying in {(i % 5 + 1) * 100}ms (attempt {i + 1})")

    panic_sig = 'panic: runtime error: invalid memory address'

    def panic(self, t):
        return [(t, self.std(t, "worker: starting batch") + "\n" + go_panic(self.r, 'github.com/acme/lobby-api', self.year >= 2023) + "\nexit status 2")] + self.start(t + 3)

    def start(self, t):
        out = ("[GIN-debug] [WARNING] Running in \"debug\" mode. Switch to \"release\" mode in production.\n"
               " - using env:\texport GIN_MODE=release\n - using code:\tgin.SetMode(gin.ReleaseMode)\n\n"
               "[GIN-debug] GET    /healthz                  --> main.health (3 handlers)\n"
               "[GIN-debug] GET    /api/v1/lobbies           --> main.listLobbies (4 handlers)\n"
               "[GIN-debug] POST   /api/v1/lobbies           --> main.createLobby (4 handlers)\n"
               "[GIN-debug] GET    /api/v1/players/:id       --> main.getPlayer (4 handlers)\n")
        if self.year >= 2021:
            out += "[GIN-debug] [WARNING] You trusted all proxies, this is NOT safe. We recommend you to set a value.\nPlease check https://pkg.go.dev/github.com/gin-gonic/gin#readme-don-t-trust-all-proxies for details.\n"
        out += "[GIN-debug] Listening and serving HTTP on :8080"
        return [(t, self.std(t, "loaded config from /etc/lobby/config.yaml")), (t + 0.01, out)]

    def stop(self, t):
        return [(t, self.std(t, "Shutting down server...")), (t + 0.5, self.std(t + 0.5, "Server exiting"))]


class _Q:
    __slots__ = ('method', 'path', 'status', 'dur', 'ip', 'size', 'rid', 'ua')

    def __init__(self, method, path, status, dur, ip, size, rid, ua='curl/8.5.0'):
        self.method, self.path, self.status, self.dur, self.ip, self.size, self.rid, self.ua = method, path, status, dur, ip, size, rid, ua
