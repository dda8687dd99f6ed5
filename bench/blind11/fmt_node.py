"""Node.js formats: Pino (Fastify), Winston JSON (express-winston), NestJS ConsoleLogger."""
import json
from fmtbase import Base, hexid, uuid4, priv_ip

NODE_ERRS = [
    ("Request failed with status code 503", "Request failed with status code 503", "AxiosError"),
    ("Invalid signature for webhook", "Invalid signature for webhook", "UnauthorizedException"),
    ("Mail delivery failed", "Mail delivery failed: 421 4.7.0 Try again later, closing connection.", "Error"),
]
NODE_NEW = [
    ("QueryFailedError: deadlock detected", "QueryFailedError: deadlock detected"),
    ("MongoServerSelectionError: connection <monitor> to", "MongoServerSelectionError: connection <monitor> to 10.0.4.11:27017 closed"),
    ("ERR_STREAM_PREMATURE_CLOSE", "Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close"),
]


def node_ver(y):
    return {2018: '10.13.0', 2019: '12.13.0', 2020: '14.15.1', 2021: '16.13.0', 2022: '18.12.1', 2023: '20.10.0', 2024: '20.18.0', 2025: '22.14.0'}.get(y, '24.11.1')


def node_oom(r, y, pid):
    a = '0x' + hexid(r, 7)
    ms = r.randint(1000000, 9000000)
    head = ("\n<--- Last few GCs --->\n\n"
            f"[{pid}:{a}] {ms:>8} ms: Scavenge 2036.{r.randint(0, 9)} (2081.{r.randint(0, 9)}) -> 2035.{r.randint(0, 9)} (2082.{r.randint(0, 9)}) MB, 4.{r.randint(0, 9)} / 0.0 ms  (average mu = 0.21{r.randint(0, 9)}, current mu = 0.04{r.randint(0, 9)}) allocation failure; \n"
            f"[{pid}:{a}] {ms + 1700:>8} ms: Mark-Compact 2039.{r.randint(0, 9)} (2083.{r.randint(0, 9)}) -> 2037.{r.randint(0, 9)} (2083.{r.randint(0, 9)}) MB, 1631.{r.randint(0, 9)} / 0.0 ms  (average mu = 0.15{r.randint(0, 9)}, current mu = 0.01{r.randint(0, 9)}) allocation failure; scavenge might not succeed\n\n\n"
            "<--- JS stacktrace --->\n\n")
    msg = "FATAL ERROR: CALL_AND_RETRY_LAST Allocation failed - JavaScript heap out of memory" if y < 2020 else "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"
    frames = ["node::Abort() [node]", " [node]", "v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, bool) [node]",
              "v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, bool) [node]",
              "v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]",
              "v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]",
              "v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]"]
    body = '\n'.join(f"{i + 1:2d}: 0x{hexid(r, 6)} {f}" for i, f in enumerate(frames))
    return head + msg + "\n" + body + "\nAborted (core dumped)"


def node_uncaught(r, y, file):
    msg = "TypeError: Cannot read properties of undefined (reading 'id')" if y >= 2022 else "TypeError: Cannot read property 'id' of undefined"
    ln = r.randint(20, 200)
    s = (f"{file}:{ln}\n            const owner = order.customer.id;\n                                         ^\n\n{msg}\n"
         f"    at OrdersService.assignOwner ({file}:{ln}:42)\n"
         f"    at OrdersService.handle ({file}:{ln - 12}:18)\n"
         f"    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)")
    if y >= 2022:
        s += f"\n\nNode.js v{node_ver(y)}"
    return s


class Pino(Base):
    """Pino as configured by Fastify's logger: true."""
    name = 'pino'
    software = 'Pino (Fastify)'
    res = 0.001
    access = True
    has_dur = True
    utc = True
    lpe = 2.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full')
    mix = (('req', 0.85), ('info', 0.1), ('warn', 0.05))

    def setup(self):
        self.v1 = self.year <= 2019
        self.n = self.r.randint(1, 900)
        self.nk = self.r.randrange(3)

    def L(self, t, lvl, d):
        s = '{"level":%d,"time":%d,"pid":%d,"hostname":%s' % (lvl, int(t * 1000), self.pid, json.dumps(self.host))
        for k, v in d:
            s += ',"%s":%s' % (k, json.dumps(v, ensure_ascii=False, separators=(',', ':')))
        if self.v1:
            s += ',"v":1'
        return s + '}'

    def req(self, t, q):
        self.n += 1
        rid = f"req-{self.n:x}" if self.year >= 2022 else self.n
        a = self.L(t, 30, (('reqId', rid), ('req', {'method': q.method, 'url': q.path, 'hostname': 'api.example.com', 'remoteAddress': q.ip, 'remotePort': self.r.randint(30000, 65000)}), ('msg', 'incoming request')))
        t2 = t + q.dur / 1000.0
        lvl = 30
        b = self.L(t2, lvl, (('reqId', rid), ('res', {'statusCode': q.status}), ('responseTime', round(q.dur, 14)), ('msg', 'request completed')))
        return [(t, a), (t2, b)]

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 40, (('msg', r.choice([f"cache stale for tenant {r.randint(1, 500)}", "Request timed out, retrying once"])),))
        return self.L(t, 30, (('msg', r.choice([f"invoice {r.randint(10000, 99999)} generated", f"webhook delivered to tenant {r.randint(1, 500)}", "token refreshed"])),))

    def hb(self, t):
        return self.L(t, 30, (('msg', 'heartbeat'), ('eventLoopDelay', round(self.r.uniform(10, 13), 3))))

    def job(self, t):
        return self.L(t, 30, (('job', 'sync-prices'), ('durationMs', self.r.randint(100, 4000)), ('msg', 'job finished')))

    def errobj(self, name, msg, extra=None):
        e = {'type': name, 'message': msg, 'stack': f"{name}: {msg}\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"}
        if extra:
            e.update(extra)
        return e

    def retry_ok(self, t):
        return [(t, self.L(t, 40, (('attempt', 1), ('msg', 'upstream timeout, retrying')))), (t + 0.5, self.L(t + 0.5, 30, (('attempt', 2), ('msg', 'upstream ok'))))]

    def err(self, t, k):
        e = NODE_ERRS[k % 3]
        return self.L(t, 50, (('err', self.errobj(e[2], e[1])), ('msg', e[1])))

    def err_sig(self, k):
        return '"msg":"%s"' % NODE_ERRS[k % 3][1]

    def newerr(self, t):
        e = NODE_NEW[self.nk]
        return self.L(t, 50, (('err', self.errobj(e[1].split(':')[0], e[1].split(': ', 1)[1])), ('msg', e[1])))

    def newerr_sig(self):
        return NODE_NEW[self.nk][0]

    retry_sig = 'connect ECONNREFUSED 10.0.3.9:6379'

    def retry(self, t, i):
        return self.L(t, 50, (('err', self.errobj('Error', 'connect ECONNREFUSED 10.0.3.9:6379', {'errno': -111, 'code': 'ECONNREFUSED', 'syscall': 'connect', 'address': '10.0.3.9', 'port': 6379})), ('msg', 'connect ECONNREFUSED 10.0.3.9:6379')))

    disk_sig = 'ENOSPC: no space left on device'

    def disk(self, t):
        p = f"/app/uploads/{uuid4(self.r)}"
        return self.L(t, 50, (('err', {'type': 'Error', 'message': f"ENOSPC: no space left on device, write", 'stack': "Error: ENOSPC: no space left on device, write", 'errno': -28, 'code': 'ENOSPC', 'syscall': 'write'}), ('path', p), ('msg', 'ENOSPC: no space left on device, write')))

    oom_sig = 'JavaScript heap out of memory'

    def oom(self, t):
        return [(t, self.L(t, 30, (('msg', 'export started'),)) + "\n" + node_oom(self.r, self.year, self.pid))] + self.start(t + 7)

    panic_sig = "TypeError: Cannot read propert"

    def panic(self, t):
        return [(t, self.L(t, 30, (('msg', 'processing order queue'),)) + "\n" + node_uncaught(self.r, self.year, '/app/dist/services/orders.js'))] + self.start(t + 6)

    def start(self, t):
        self.pid = self.r.randint(20, 400)
        return [(t, self.L(t, 30, (('msg', 'Server listening at http://0.0.0.0:3000'),)))]

    def stop(self, t):
        return [(t, self.L(t, 30, (('msg', 'received SIGTERM, closing server'),)))]


class Winston(Base):
    """Winston 3 with format.combine(timestamp(), json()) and express-winston request logging."""
    name = 'winston'
    software = 'Winston JSON (express-winston)'
    res = 0.001
    utc = True
    access = True
    has_dur = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full')
    mix = (('req', 0.8), ('info', 0.12), ('warn', 0.08))

    def setup(self):
        self.nk = self.r.randrange(3)
        self.svc = self.r.choice(['user-service', 'billing', 'notifier'])

    def ts(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.ms(f):03d}Z"

    def L(self, t, lvl, msg, meta=()):
        d = {'level': lvl, 'message': msg}
        for k, v in meta:
            d[k] = v
        d['service'] = self.svc
        d['timestamp'] = self.ts(t)
        return json.dumps(d, ensure_ascii=False, separators=(',', ':'))

    def req(self, t, q):
        lvl = 'error' if q.status >= 500 else ('warn' if q.status >= 400 else 'info')
        meta = {'req': {'url': q.path, 'headers': {'host': 'api.internal', 'user-agent': q.ua, 'accept': 'application/json'}, 'method': q.method, 'httpVersion': '1.1', 'originalUrl': q.path, 'query': {}},
                'res': {'statusCode': q.status}, 'responseTime': int(round(q.dur))}
        return self.L(t, lvl, f"HTTP {q.method} {q.path}", (('meta', meta),))

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'warn', r.choice(['Rate limit close to threshold', f'Slow query detected ({r.randint(500, 4000)} ms)']))
        return self.L(t, 'info', r.choice([f"User {r.randint(1, 99999)} updated profile", f"Sent {r.randint(1, 50)} notifications", "Token refreshed"]))

    def hb(self, t):
        return self.L(t, 'info', 'heartbeat', (('uptime', round(t - self.sc.start + 5000, 2)),))

    def retry_ok(self, t):
        return [(t, self.L(t, 'warn', 'SMTP connection timed out, retrying (1/3)')), (t + 2, self.L(t + 2, 'info', 'SMTP message accepted'))]

    def err(self, t, k):
        e = NODE_ERRS[k % 3]
        return self.L(t, 'error', e[1], (('stack', f"{e[2]}: {e[1]}\n    at /app/src/clients/http.js:88:13\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"),))

    def err_sig(self, k):
        return '"message":"%s"' % NODE_ERRS[k % 3][1]

    def newerr(self, t):
        return self.L(t, 'error', NODE_NEW[self.nk][1])

    def newerr_sig(self):
        return NODE_NEW[self.nk][0]

    retry_sig = 'Redis connection lost, reconnecting'

    def retry(self, t, i):
        return self.L(t, 'warn', f"Redis connection lost, reconnecting in {min(2000, (i % 20 + 1) * 100)}ms", (('attempt', i + 1),))

    disk_sig = 'ENOSPC: no space left on device'

    def disk(self, t):
        return self.L(t, 'error', f"ENOSPC: no space left on device, open '/app/logs/audit-{self.r.randint(1, 9)}.log'")

    oom_sig = 'JavaScript heap out of memory'

    def oom(self, t):
        return [(t, self.L(t, 'info', 'Building report cache') + "\n" + node_oom(self.r, self.year, self.r.randint(1, 30)))] + self.start(t + 8)

    panic_sig = "TypeError: Cannot read propert"

    def panic(self, t):
        return [(t, self.L(t, 'info', 'Processing webhook batch') + "\n" + node_uncaught(self.r, self.year, '/app/src/services/orders.js'))] + self.start(t + 5)

    def start(self, t):
        return [(t, self.L(t, 'info', f"Server started on port 3000 (env: production, node {node_ver(self.year)})"))]

    def stop(self, t):
        return [(t, self.L(t, 'info', 'SIGTERM received, draining connections'))]


class Nest(Base):
    """NestJS ConsoleLogger (colours off when not a TTY), with a request-logging interceptor."""
    name = 'nest'
    software = 'NestJS ConsoleLogger'
    res = 1.0
    access = True
    has_dur = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill')
    mix = (('req', 0.85), ('info', 0.1), ('warn', 0.05))

    def setup(self):
        self.v8 = self.year >= 2021
        self.nnbsp = self.year >= 2023 and self.r.random() < 0.6
        self.nk = self.r.randrange(3)
        self.last = None

    def ts(self, t):
        g, f = self.tm(t)
        h = g.tm_hour % 12 or 12
        ap = 'AM' if g.tm_hour < 12 else 'PM'
        sp = '\u202f' if self.nnbsp else ' '
        if self.v8:
            return f"{g.tm_mon:02d}/{g.tm_mday:02d}/{g.tm_year}, {h}:{g.tm_min:02d}:{g.tm_sec:02d}{sp}{ap}"
        return f"{g.tm_mon}/{g.tm_mday}/{g.tm_year}, {h}:{g.tm_min:02d}:{g.tm_sec:02d} {ap}"

    def L(self, t, lvl, ctx, msg, diff=True):
        d = ''
        if diff:
            ms = 0 if self.last is None else max(0, int((t - self.last) * 1000))
            d = f" +{ms}ms"
        self.last = t
        if self.v8:
            return f"[Nest] {self.pid}  - {self.ts(t)} {lvl.upper():>7} [{ctx}] {msg}{d}"
        return f"[Nest] {self.pid}   - {self.ts(t)}   [{ctx}] {msg}{d}"

    def req(self, t, q):
        lvl = 'error' if q.status >= 500 else ('warn' if q.status >= 400 else 'log')
        return self.L(t, lvl, 'HTTP', f"{q.method} {q.path} {q.status} {int(round(q.dur))}ms - {q.ua} {q.ip}")

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'warn', 'CacheService', f"Cache miss for key users:{r.randint(1, 99999)}")
        return self.L(t, 'log', r.choice(['UsersService', 'OrdersService', 'MailService']), r.choice([f"Created order #{r.randint(1000, 99999)}", f"Email queued for user {r.randint(1, 99999)}", "Refreshed feature flags"]))

    def hb(self, t):
        return self.L(t, 'debug', 'HealthController', 'Health check OK')

    def job(self, t):
        return self.L(t, 'log', 'TasksService', f"Cron job cleanupExpiredTokens removed {self.r.randint(0, 70)} rows")

    def err(self, t, k):
        e = NODE_ERRS[k % 3]
        return self.L(t, 'error', 'ExceptionsHandler', e[1]) + f"\n{e[2]}: {e[1]}\n    at /app/dist/src/payments/payments.service.js:57:19\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"

    def err_sig(self, k):
        return NODE_ERRS[k % 3][1]

    def newerr(self, t):
        e = NODE_NEW[self.nk]
        return self.L(t, 'error', 'ExceptionsHandler', e[1].split(': ', 1)[1]) + f"\n{e[1]}\n    at new QueryFailedError (/app/node_modules/typeorm/error/QueryFailedError.js:9:9)"

    def newerr_sig(self):
        return NODE_NEW[self.nk][1]

    retry_sig = 'Unable to connect to the database. Retrying'

    def retry(self, t, i):
        return self.L(t, 'error', 'TypeOrmModule', f"Unable to connect to the database. Retrying ({i % 9 + 1})...") + "\nError: connect ECONNREFUSED 10.0.3.7:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"

    oom_sig = 'JavaScript heap out of memory'

    def oom(self, t):
        return [(t, self.L(t, 'log', 'ReportsService', 'Generating monthly report') + "\n" + node_oom(self.r, self.year, self.pid))] + self.start(t + 9)

    panic_sig = "TypeError: Cannot read propert"

    def panic(self, t):
        return [(t, self.L(t, 'log', 'OrdersService', 'Reassigning orders') + "\n" + node_uncaught(self.r, self.year, '/app/dist/src/orders/orders.service.js'))] + self.start(t + 6)

    def start(self, t):
        self.pid = self.r.randint(1, 60)
        self.last = None
        out = []
        ctxs = [('NestFactory', 'Starting Nest application...'), ('InstanceLoader', 'AppModule dependencies initialized'),
                ('InstanceLoader', 'TypeOrmModule dependencies initialized'), ('RoutesResolver', 'OrdersController {/orders}:'),
                ('RouterExplorer', 'Mapped {/orders, GET} route'), ('RouterExplorer', 'Mapped {/orders/:id, GET} route'),
                ('RouterExplorer', 'Mapped {/orders, POST} route'), ('NestApplication', 'Nest application successfully started')]
        for i, (c, m) in enumerate(ctxs):
            tt = t + i * 0.004 + (0.4 if i >= 3 else 0)
            out.append((tt, self.L(tt, 'log', c, m)))
        return out

    def stop(self, t):
        return [(t, self.L(t, 'log', 'NestApplication', 'Shutting down on SIGTERM'))]
