"""Bunyan JSON (restify audit logger), Serilog compact JSON (CLEF, ASP.NET Core), Elixir/Phoenix console
(time only, blank-line-free metadata format), Nextcloud JSON log (escaped slashes)."""
import base64
import math
import time

from b7core import LogFile, ReqModel, SEC, MIN, HOUR, DAY, MON, hexs, uuid4, public_ip, jstr, B62, B64, off_str
from b7stack import camel, singular, NODE_LIBS, NODE_PG, NODE_NET, NODE_FS, ASPNET_TAIL, NPGSQL, HTTPCLIENT_NET, FILE_NET
from b7fmt_cloud import ReqLog


def _cache_ts(fn):
    cache = {}

    def f(t):
        s = t // 1000
        v = cache.get(s)
        if v is None:
            v = fn(s)
            cache[s] = v
        return v
    return f


NODEV = {2019: 'v10.16.3', 2020: 'v12.19.0', 2021: 'v14.18.1', 2022: 'v16.18.0', 2023: 'v18.18.2', 2024: 'v20.11.1', 2025: 'v22.13.1', 2026: 'v22.20.0'}


# =========================================================================== Bunyan / restify

class Bunyan(ReqLog):
    KIND = 'bunyan'
    SUPPORTS = ('http_5xx', 'latency_shift', 'traffic_flood', 'error_burst', 'new_error', 'panic', 'oom_kill', 'silence', 'retry_storm')
    RESTARTABLE = True
    LPM = (20, 120, 1.0)
    PANIC_GAP = (3, 30)
    GZP = 0.5

    def setup(self):
        r = self.r
        sc = self.sc
        self.svc = '%s-api' % singular(self.co.nouns[0])
        self.NAME = '%s.log' % self.svc
        self.host = self.co.host(r, self.svc.split('-')[0])
        self.pid1 = r.random() < 0.5
        self.ep_init(pid=1 if self.pid1 else r.randint(10, 90))
        self.nodev = NODEV[sc.year]
        self.newv8 = self.nodev >= 'v16.9'
        self.rm = ReqModel(self, 'api', lat_med=(4, 180))
        self.req_rate = self.lpm * 0.85
        self.lb = [self.co.ip(r) for _ in range(3)]
        self.ctr = r.randint(0, 10000)

    def base(self, t, lvl, name=None):
        return '{"name":"%s","hostname":"%s","pid":%d,"level":%d' % (name or self.svc, self.host, self.ep('pid', t), lvl)

    def tail(self, t, msg):
        g = time.gmtime(t // 1000)
        return ',"msg":%s,"time":"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ","v":0}' % (jstr(msg), g[0], g[1], g[2], g[3], g[4], g[5], t % 1000)

    def render_req(self, t, q):
        r = self.r
        lvl = 30
        err = ''
        st = q.status
        if st >= 500:
            lvl = 50
            nm = {500: 'InternalServerError', 502: 'BadGatewayError', 503: 'ServiceUnavailableError', 504: 'GatewayTimeoutError'}[st]
            err = ',"err":{"message":"%s","name":"%s","stack":%s}' % ('upstream request failed' if st != 500 else 'Internal error', nm,
                                                                       jstr('%s: %s\n    at %s\n    at %s' % (nm, 'upstream request failed' if st != 500 else 'Internal error', 'Object.<anonymous> (/app/src/routes/%s.js:%d:%d)' % (singular(self.co.nouns[0]), r.randint(10, 200), r.randint(5, 40)), NODE_LIBS[0])))
        lat = int(q.lat)
        path = q.path + ('' if q.query == '-' else '?' + q.query)
        qobj = '{}' if q.query == '-' else '{%s}' % ','.join('"%s":"%s"' % tuple(kv.split('=')) for kv in q.query.split('&'))
        hdr = '{"host":"api.%s","user-agent":%s,"accept":"application/json","x-forwarded-for":"%s","x-forwarded-proto":"https","x-request-id":"%s"}' % (self.co.domain, jstr(q.ua), q.ip, uuid4(r))
        timers = '{"parseQueryString":%d,"readBody":%d,"parseBody":%d,"handler-0":%d}' % (r.randint(5, 40), r.randint(20, 900), r.randint(5, 60), max(1, int(q.lat * 1000) - 900))
        rid = uuid4(r)
        s = self.base(t, lvl, 'audit') + ',"audit":true,"remoteAddress":"::ffff:%s","remotePort":%d,"req_id":"%s","req":{"query":%s,"method":"%s","url":%s,"headers":%s,"httpVersion":"1.1","trailers":{},"version":"*","timers":%s},"res":{"statusCode":%d,"headers":{"content-type":"application/json","content-length":%d},"trailer":false}%s,"latency":%d,"_audit":true' % (
            r.choice(self.lb), r.randint(30000, 65000), rid, qobj, q.method, jstr(path), hdr, timers, st, q.bout, err, lat)
        return s + self.tail(t, 'handled: %d' % st)

    def app(self, t, lvl, msg, extra=''):
        return self.base(t, lvl) + extra + self.tail(t, msg)

    def err_obj(self, r, v):
        n = singular(self.co.nouns[0])
        if v == 'pg':
            msg = 'deadlock detected'
            stack = 'error: deadlock detected\n' + '\n'.join('    at ' + f for f in NODE_PG)
            return '{"message":"%s","name":"error","stack":%s,"length":%d,"severity":"ERROR","code":"40P01","detail":"Process %d waits for ShareLock on transaction %d; blocked by process %d.","file":"deadlock.c","line":"1148","routine":"DeadLockReport"}' % (msg, jstr(stack), r.randint(200, 400), r.randint(1000, 90000), r.randint(10 ** 6, 10 ** 7), r.randint(1000, 90000)), 'failed to update %s' % n
        if v == 'conn':
            host = '%s-svc' % singular(self.co.nouns[2])
            msg = 'connect ECONNREFUSED %s:8080' % self.co.ip(r)
            stack = 'Error: %s\n' % msg + '\n'.join('    at ' + f for f in NODE_NET)
            return '{"message":"%s","name":"Error","stack":%s,"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"%s","port":8080}' % (msg, jstr(stack), msg.split(' ')[2].split(':')[0]), 'call to %s failed' % host
        if v == 'type':
            msg = "Cannot read properties of undefined (reading 'currency')" if self.newv8 else "Cannot read property 'currency' of undefined"
            stack = 'TypeError: %s\n    at priceFor (/app/src/services/pricing.js:%d:%d)\n    at /app/src/routes/%s.js:%d:%d\n' % (msg, r.randint(10, 90), r.randint(5, 40), n, r.randint(10, 200), r.randint(5, 40)) + '\n'.join('    at ' + f for f in NODE_LIBS)
            return '{"message":%s,"name":"TypeError","stack":%s}' % (jstr(msg), jstr(stack)), 'unhandled error in handler'
        if v == 'redis':
            msg = 'Connection is closed.'
            stack = 'Error: Connection is closed.\n    at close (/app/node_modules/ioredis/built/redis/event_handler.js:189:25)\n    at Socket.<anonymous> (/app/node_modules/ioredis/built/redis/event_handler.js:156:20)\n    at Object.onceWrapper (node:events:632:26)\n    at Socket.emit (node:events:517:28)\n    at TCP.<anonymous> (node:net:350:12)'
            return '{"message":"%s","name":"Error","stack":%s}' % (msg, jstr(stack)), 'session cache unavailable'
        if v == 'jwt':
            msg = 'jwt audience invalid. expected: api.%s' % self.co.domain
            stack = 'JsonWebTokenError: %s\n    at /app/node_modules/jsonwebtoken/verify.js:200:19\n    at getSecret (/app/node_modules/jsonwebtoken/verify.js:90:14)\n    at module.exports [as verify] (/app/node_modules/jsonwebtoken/verify.js:94:10)\n    at authenticate (/app/src/middleware/auth.js:%d:%d)' % (msg, r.randint(10, 60), r.randint(5, 30))
            return '{"message":%s,"name":"JsonWebTokenError","stack":%s}' % (jstr(msg), jstr(stack)), 'token verification failed'

    def background(self):
        r = self.r
        ev = self.req_background(self.req_rate)
        lp = self.lpm
        n = self.co.nouns
        for t in self.times(lp * 0.1):
            k = r.random()
            if k < 0.7:
                ev.append((t, self.app(t, 30, '%s %d %s' % (singular(n[0]), r.randint(10 ** 5, 10 ** 7), r.choice(['created', 'updated', 'cancelled', 'paid'])), ',"component":"%s","req_id":"%s"' % (singular(n[0]), uuid4(r)))))
            elif k < 0.85:
                ev.append((t, self.app(t, 40, 'slow query (%d ms): select * from %s where id = $1' % (r.randint(1000, 5000), n[0]), ',"component":"db"')))
            elif k < 0.95:
                ev.append((t, self.app(t, 40, 'client aborted request before response was sent', ',"component":"http","req_id":"%s"' % uuid4(r))))
            else:
                ev.append((t, self.app(t, 40, 'request to %s-svc failed with 503, retried once and succeeded' % singular(n[2]), ',"component":"http-client"')))
        for t in self.periodic(r.choice((1, 5)) * MIN, jitter=1000):
            mu = r.randint(80, 400)
            ev.append((t, self.app(t, 20, 'process stats', ',"component":"metrics","rss":%d,"heapUsed":%d,"heapTotal":%d,"eventLoopDelayMs":%.1f' % (mu * 1048576 + r.randint(0, 10 ** 6), mu * 700000, mu * 900000, r.uniform(0.5, 20)))))
        for t in self.periodic(15 * MIN, jitter=5000):
            ev.append((t, self.app(t, 30, 'refreshed JWKS from https://auth.%s/.well-known/jwks.json (%d keys)' % (self.co.domain, r.randint(2, 4)), ',"component":"auth"')))
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_rec(t, r, 1)))
        for t in self.times(r.uniform(0.05, 0.25), curve=False):
            eo, m = self.err_obj(r, r.choice(['pg', 'conn', 'type']))
            ev.append((t, self.app(t, 50, m, ',"err":%s,"req_id":"%s"' % (eo, uuid4(r)))))
        return ev

    def retry_rec(self, t, r, n):
        return self.app(t, 40, 'redis connection lost, reconnecting in %d ms (attempt %d)' % (min(2000, 50 * n), n), ',"component":"cache"')

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.app(t, 20, 'process stats', ',"component":"metrics","rss":%d,"heapUsed":%d,"heapTotal":%d,"eventLoopDelayMs":%.1f' % (150 * 1048576, 9 * 10 ** 7, 12 * 10 ** 7, 1.5)))]

    def st_error(self):
        v = self.r.choice(['pg', 'conn'])
        return {'v': v, 'desc': 'level-50 records "%s" with err.stack' % self.err_obj(self.r, v)[1]}

    def rec_error(self, t, i, st):
        r = st['r']
        eo, m = self.err_obj(r, st['v'])
        return self.app(t, 50, m, ',"err":%s,"req_id":"%s"' % (eo, uuid4(r)))

    def st_retry(self):
        return {'desc': '"redis connection lost, reconnecting" warnings'}

    def rec_retry(self, t, i, st):
        return self.retry_rec(t, st['r'], i % 20 + 1)

    def st_newerr(self):
        return {'v': 'jwt', 'desc': '"token verification failed" JsonWebTokenError records (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        eo, m = self.err_obj(r, 'jwt')
        return self.app(t, 50, m, ',"err":%s,"req_id":"%s"' % (eo, uuid4(r)))

    def seq_start(self, t):
        r = self.r
        self.ep_set(t, pid=1 if self.pid1 else r.randint(10, 90))
        out = []
        tt = t
        for lvl, m, ex in [(30, 'starting %s (node %s, NODE_ENV=production)' % (self.svc, self.nodev), ''), (30, 'connected to postgres %s:5432/%s' % (self.co.ip(r), self.co.short), ',"component":"db"'),
                           (30, 'redis ready', ',"component":"cache"'), (30, '%s listening at http://[::]:8080' % self.svc, '')]:
            out.append((tt, self.app(tt, lvl, m, ex)))
            tt += r.randint(20, 900)
        return out

    def seq_stop(self, t):
        r = self.r
        return [(t, self.app(t, 30, 'received SIGTERM, draining connections')), (t + r.randint(200, 3000), self.app(t + 3000, 30, 'server closed, exiting'))]

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'uncaught exceptions (level 60 + Node crash output) followed by a restart'
        msg = "Cannot read properties of undefined (reading 'rows')" if self.newv8 else "Cannot read property 'rows' of undefined"
        ln = r.randint(40, 200)
        stack = 'TypeError: %s\n    at OrdersRepo.totals (/app/src/repo/%s.js:%d:16)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async Object.getTotals (/app/src/routes/%s.js:%d:19)' % (msg, self.co.nouns[0], ln, self.co.nouns[0], r.randint(10, 90))
        out = [(t, self.app(t, 60, 'uncaught exception, exiting', ',"err":{"message":%s,"name":"TypeError","stack":%s}' % (jstr(msg), jstr(stack))))]
        raw = ['/app/src/repo/%s.js:%d' % (self.co.nouns[0], ln), '    return res.rows[0].total;', '               ^', '', stack, '']
        if self.nodev >= 'v17':
            raw.append('Node.js %s' % self.nodev)
        out.append((t + 3, '\n'.join(raw)))
        return out

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'V8 "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" crashes'
        up = r.randint(10 ** 6, 10 ** 7)
        heap = r.choice((2048, 4096, 1536))
        addr = '0x%x' % r.randint(0x5000000, 0x7ffffff)
        lines = ['', '<--- Last few GCs --->', '',
                 '[%d:%s] %8d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = %.3f, current mu = %.3f) allocation failure; scavenge might not succeed' % (self.ep('pid', t), addr, up, heap - 15.2, heap + 35.4, heap - 16.9, heap + 36.1, r.uniform(1200, 2000), r.uniform(0.1, 0.2), r.uniform(0.01, 0.03)),
                 '[%d:%s] %8d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = %.3f, current mu = %.3f) allocation failure; scavenge might not succeed' % (self.ep('pid', t), addr, up + 2000, heap - 13.8, heap + 36.1, heap - 15.1, heap + 38.0, r.uniform(1200, 2000), r.uniform(0.05, 0.1), r.uniform(0.01, 0.03)),
                 '', '', '<--- JS stacktrace --->', '', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
                 ' 1: 0xc99960 node::Abort() [node]', ' 2: 0xb6ffcb  [node]', ' 3: 0xebe8d0 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, bool) [node]',
                 ' 4: 0xebebb7 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, bool) [node]', ' 5: 0x10d0545  [node]',
                 ' 6: 0x10e83c8 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
                 ' 7: 0x10c19e1 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
                 ' 8: 0x10c2b75 v8::internal::HeapAllocator::AllocateRawWithRetryOrFailSlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
                 ' 9: 0x10a0226 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]',
                 '10: 0x14fb0b6 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]',
                 '11: 0x7f2d2f699ef6 ']
        return [(t, self.app(t, 40, 'event loop delay %d ms, heap %d MB' % (r.randint(900, 4000), heap - r.randint(5, 30)), ',"component":"metrics"')),
                (t + r.randint(4000, 20000), '\n'.join(lines))]


# =========================================================================== Serilog CLEF

KEST = '0123456789ABCDEFGHIJKLMNOPQRSTUV'


class Clef(ReqLog):
    KIND = 'serilog_clef'
    SUPPORTS = ('http_5xx', 'latency_shift', 'traffic_flood', 'error_burst', 'retry_storm', 'new_error', 'disk_full', 'panic', 'silence')
    RESTARTABLE = True
    LPM = (20, 200, 2.0)
    PANIC_GAP = (3, 30)

    def setup(self):
        r = self.r
        sc = self.sc
        self.app_name = '%s.%s' % (camel(self.co.short), r.choice(['Api', 'Web', 'Gateway', 'Portal']))
        self.NAME = '%s-%04d%02d%02d.clef' % (self.app_name.lower().replace('.', '-'), *time.gmtime(self.fs // 1000)[:3])
        self.win = r.random() < 0.35
        self.CRLF = self.win
        self.machine = ('%sWEB%02d' % (self.co.short.upper()[:5], r.randint(1, 9))) if self.win else self.co.host(r, 'web').split('.')[0]
        self.src = 'D:\\a\\1\\s\\src\\%s\\' if self.win else '/src/src/%s/'
        self.rm = ReqModel(self, 'api', lat_med=(3, 200))
        self.req_rate = self.lpm * 0.6
        self.tr = sc.year >= 2024
        self.polly8 = sc.year >= 2024
        self.dotnet = {2019: '3.0', 2020: '3.1', 2021: '5.0', 2022: '6.0', 2023: '7.0', 2024: '8.0', 2025: '9.0', 2026: '10.0'}[sc.year]
        self.conns = []
        self.dsvc = '%s-api' % singular(self.co.nouns[2])
        self.ns = camel(self.co.short)

    def ts(self, t):
        g = time.gmtime(t // 1000)
        return '%04d-%02d-%02dT%02d:%02d:%02d.%03d%04dZ' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000, self.r.randint(0, 9999))

    def conn(self, r):
        if not self.conns or r.random() < 0.15:
            cid = '0HN' + ''.join(r.choice(KEST) for _ in range(10))
            self.conns.append([cid, 0])
            if len(self.conns) > 40:
                self.conns.pop(0)
        c = self.conns[r.randint(0, len(self.conns) - 1)]
        c[1] += 1
        return c[0], '%s:%08X' % (c[0], c[1])

    def trsp(self, r):
        if not self.tr:
            return ''
        return ',"@tr":"%s","@sp":"%s"' % (hexs(r, 32), hexs(r, 16))

    def render_req(self, t, q):
        r = self.r
        cid, rid = self.conn(r)
        lvl = ',"@l":"Error"' if q.status >= 500 else ''
        el = q.lat
        return '{"@t":"%s","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","@r":["%.4f"]%s%s,"RequestMethod":"%s","RequestPath":%s,"StatusCode":%d,"Elapsed":%r,"SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware","RequestId":"%s","ConnectionId":"%s","MachineName":"%s","Application":"%s"}' % (
            self.ts(t), el, lvl, self.trsp(r), q.method, jstr(q.path), q.status, round(el, 6), rid, cid, self.machine, self.app_name)

    def ev(self, t, mt, props, lvl=None, exc=None, ctx=None):
        r = self.r
        s = '{"@t":"%s","@mt":%s' % (self.ts(t), jstr(mt))
        if lvl:
            s += ',"@l":"%s"' % lvl
        if exc:
            s += ',"@x":%s' % jstr(exc)
        s += self.trsp(r)
        for k, v in props:
            if v is None:
                js = 'null'
            elif isinstance(v, bool):
                js = 'true' if v else 'false'
            elif isinstance(v, str):
                js = v if v and v[0] in '{[' else jstr(v)
            else:
                js = repr(v)
            s += ',"%s":%s' % (k, js)
        s += ',"SourceContext":"%s","MachineName":"%s","Application":"%s"}' % (ctx or '%s.Services.%sService' % (self.ns, camel(self.co.nouns[0])), self.machine, self.app_name)
        return s

    def exc(self, r, v):
        n = camel(self.co.nouns[0])
        sep = '\\' if self.win else '/'
        base = self.src % self.app_name
        app = ['%s.Services.%sService.%sAsync(%s id, CancellationToken ct) in %sServices%s%sService.cs:line %d' % (self.ns, n, r.choice(['Get', 'Update', 'Reserve']), 'Guid', base, sep, n, r.randint(30, 300)),
               '%s.Controllers.%sController.Get(Guid id, CancellationToken ct) in %sControllers%s%sController.cs:line %d' % (self.ns, n + 's', base, sep, n + 's', r.randint(20, 120))]
        if v == 'pg':
            return 'Npgsql.PostgresException (0x80004005): 40P01: deadlock detected\n\nDETAIL: Detail redacted as it may contain sensitive data. Specify \'Include Error Detail\' in the connection string to include this information.\n' + '\n'.join('   at ' + f for f in NPGSQL + app + ASPNET_TAIL[:4]) + '\n  Exception data:\n    Severity: ERROR\n    SqlState: 40P01\n    MessageText: deadlock detected\n    Hint: See server log for query details.\n    File: deadlock.c\n    Line: 1148\n    Routine: DeadLockReport'
        if v == 'http':
            return 'System.Net.Http.HttpRequestException: Connection refused (%s:80)\n ---> System.Net.Sockets.SocketException (111): Connection refused\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)\n   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)\n   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n   --- End of inner exception stack trace ---\n' % self.dsvc + '\n'.join('   at ' + f for f in HTTPCLIENT_NET + app + ASPNET_TAIL[:3])
        if v == 'nre':
            return 'System.NullReferenceException: Object reference not set to an instance of an object.\n' + '\n'.join('   at ' + f for f in app + ASPNET_TAIL)
        if v == 'disk':
            return ("System.IO.IOException: There is not enough space on the disk. : 'E:\\exports\\%s-%d.csv'\n" if self.win else "System.IO.IOException: No space left on device : '/app/data/exports/%s-%d.csv'\n") % (self.co.nouns[1], r.randint(10 ** 6, 10 ** 7)) + '\n'.join('   at ' + f for f in FILE_NET + ['%s.Jobs.ExportJob.RunAsync(CancellationToken ct) in %sJobs%sExportJob.cs:line %d' % (self.ns, self.src % self.app_name, '\\' if self.win else '/', r.randint(30, 200))])
        if v == 'redis':
            return 'StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5250ms elapsed, timeout is 5000ms), command=GET, next: GET session:%s, inst: 0, qu: 0, qs: 12, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 2, cur-in: 0, sync-ops: 0, async-ops: 98123, serverEndpoint: redis:6379, conn-sec: 8123.45, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: %s(SE.Redis-v2.7.4.20928), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=3,Free=32764,Min=4,Max=32767), POOL: (Threads=9,QueuedItems=0,CompletedItems=654321,Timers=12), v: 2.7.4.20928 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)\n' % (hexs(r, 16), self.machine) + '\n'.join('   at ' + f for f in ['StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message, ResultProcessor`1 processor, ServerEndPoint server, T defaultValue) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 2099', 'StackExchange.Redis.RedisDatabase.StringGet(RedisKey key, CommandFlags flags) in /_/src/StackExchange.Redis/RedisDatabase.cs:line 3175'] + app[:1])

    def background(self):
        r = self.r
        ev = self.req_background(self.req_rate)
        lp = self.lpm
        n = self.co.nouns
        for t in self.times(lp * 0.3):
            k = r.random()
            if k < 0.4:
                ev.append((t, self.ev(t, 'Sending HTTP request {HttpMethod} {Uri}', [('HttpMethod', 'POST'), ('Uri', 'http://%s/v1/%s' % (self.dsvc, n[2])), ('EventId', '{"Id":100,"Name":"RequestPipelineStart"}')], ctx='System.Net.Http.HttpClient.%s.LogicalHandler' % camel(n[2]))))
                t2 = t + int(r.lognormvariate(3.3, 0.6))
                ev.append((t2, self.ev(t2, 'End processing HTTP request after {ElapsedMilliseconds}ms - {StatusCode}', [('ElapsedMilliseconds', round((t2 - t) + r.random(), 4)), ('StatusCode', 200), ('EventId', '{"Id":101,"Name":"RequestPipelineEnd"}')], ctx='System.Net.Http.HttpClient.%s.LogicalHandler' % camel(n[2]))))
            elif k < 0.85:
                ev.append((t, self.ev(t, '{Entity} {EntityId} {Action} by {UserId}', [('Entity', camel(n[0])), ('EntityId', uuid4(r)), ('Action', r.choice(['created', 'updated', 'approved', 'archived'])), ('UserId', r.randint(1000, 99999))])))
            elif k < 0.95:
                ev.append((t, self.ev(t, 'Slow query {QueryName} took {ElapsedMs} ms', [('QueryName', 'Get%sPage' % camel(n[1])), ('ElapsedMs', r.randint(1500, 6000))], 'Warning', ctx='%s.Data.%sRepository' % (self.ns, camel(n[1])))))
            else:
                ev.append((t, self.ev(t, 'Call to {Service} failed with {StatusCode}; retried once and succeeded', [('Service', self.dsvc), ('StatusCode', 503)], 'Warning', ctx='%s.Clients.%sClient' % (self.ns, camel(n[2])))))
        for t in self.periodic(r.choice((5, 10)) * MIN, jitter=3000):
            ev.append((t, self.ev(t, 'Job {JobName} completed in {Elapsed} ms', [('JobName', self.co.jobs[0]), ('Elapsed', r.randint(200, 60000))], ctx='%s.Jobs.Scheduler' % self.ns)))
        for t in self.periodic(HOUR, jitter=5000):
            ev.append((t, self.ev(t, 'Key {KeyId:B} will expire in {Days} days; a new key will be generated', [('KeyId', uuid4(r)), ('Days', r.randint(5, 80))], ctx='Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingProvider')))
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_rec(t, r, 1)))
        for t in self.times(r.uniform(0.05, 0.25), curve=False):
            v = r.choice(['pg', 'http', 'nre'])
            ev.append((t, self.err_rec(t, r, v)))
        return ev

    def err_rec(self, t, r, v):
        cid, rid = self.conn(r)
        return self.ev(t, 'An unhandled exception has occurred while executing the request.', [('EventId', '{"Id":1,"Name":"UnhandledException"}'), ('RequestId', rid), ('RequestPath', '/api/%s/%s' % (self.co.nouns[0], uuid4(r))), ('ConnectionId', cid)],
                       'Error', self.exc(r, v), ctx='Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware')

    def retry_rec(self, t, r, n):
        if self.polly8:
            return self.ev(t, "Resilience event occurred. EventName: '{EventName}', Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}'",
                           [('EventName', 'OnRetry'), ('PipelineName', '%s-standard' % self.dsvc), ('PipelineInstance', ''), ('StrategyName', 'Standard-Retry'), ('OperationKey', None), ('Result', '503')], 'Warning', ctx='Polly')
        return self.ev(t, 'Delaying for {delay}ms, then making retry {retry}.', [('delay', [200, 400, 800, 1600][n % 4]), ('retry', n)], 'Warning', ctx='%s.Clients.%sClient' % (self.ns, camel(self.co.nouns[2])))

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.ev(t, 'Job {JobName} completed in {Elapsed} ms', [('JobName', self.co.jobs[0]), ('Elapsed', self.r.randint(200, 60000))], ctx='%s.Jobs.Scheduler' % self.ns))]

    def st_error(self):
        v = self.r.choice(['pg', 'http'])
        return {'v': v, 'desc': '"An unhandled exception has occurred while executing the request." errors (%s) with @x stack traces' % {'pg': 'PostgresException 40P01', 'http': 'HttpRequestException'}[v]}

    def rec_error(self, t, i, st):
        return self.err_rec(t, st['r'], st['v'])

    def st_retry(self):
        return {'desc': 'HTTP client retry warnings against %s' % self.dsvc}

    def rec_retry(self, t, i, st):
        return self.retry_rec(t, st['r'], i % 4 + 1)

    def st_newerr(self):
        return {'desc': 'RedisTimeoutException errors (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        return self.ev(t, 'Session store unavailable for {SessionKey}', [('SessionKey', hexs(r, 16))], 'Error', self.exc(r, 'redis'), ctx='%s.Infrastructure.RedisSessionStore' % self.ns)

    def st_disk(self):
        return {'desc': 'export job failing with "System.IO.IOException: No space left on device"'}

    def rec_disk(self, t, i, st):
        r = st['r']
        return self.ev(t, 'Export {ExportId} failed', [('ExportId', uuid4(r))], 'Error', self.exc(r, 'disk'), ctx='%s.Jobs.ExportJob' % self.ns)

    def seq_start(self, t):
        r = self.r
        self.conns = []
        out = []
        tt = t
        for mt, props in [('Starting {Application} on .NET {Runtime}', [('Application', self.app_name), ('Runtime', self.dotnet)]),
                          ('Now listening on: {address}', [('address', 'http://[::]:8080'), ('EventId', '{"Id":14,"Name":"ListeningOnAddress"}')]),
                          ('Application started. Press Ctrl+C to shut down.', []), ('Hosting environment: {EnvName}', [('EnvName', 'Production')]), ('Content root path: {ContentRoot}', [('ContentRoot', '/app')])]:
            out.append((tt, self.ev(tt, mt, props, ctx='Microsoft.Hosting.Lifetime' if not mt.startswith('Starting') else '%s.Program' % self.ns)))
            tt += r.randint(5, 900)
        return out

    def seq_stop(self, t):
        return [(t, self.ev(t, 'Application is shutting down...', [], ctx='Microsoft.Hosting.Lifetime'))]

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'BackgroundService failure stopping the host ("@l":"Fatal" "Host terminated unexpectedly")'
        ex = self.exc(r, 'nre')
        out = [(t, self.ev(t, 'BackgroundService failed', [('EventId', '{"Id":9,"Name":"BackgroundServiceFaulted"}')], 'Error', ex, ctx='Microsoft.Extensions.Hosting.Internal.Host')),
               (t + 2, self.ev(t + 2, 'The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted.', [('EventId', '{"Id":10,"Name":"BackgroundServiceStoppingHost"}')], 'Fatal', ex, ctx='Microsoft.Extensions.Hosting.Internal.Host')),
               (t + 10, self.ev(t + 10, 'Application is shutting down...', [], ctx='Microsoft.Hosting.Lifetime')),
               (t + 400, self.ev(t + 400, 'Host terminated unexpectedly', [], 'Fatal', ex, ctx='%s.Program' % self.ns))]
        return out


# =========================================================================== Phoenix (Elixir Logger console)

class Phoenix(ReqLog):
    KIND = 'phoenix'
    SUPPORTS = ('http_5xx', 'latency_shift', 'traffic_flood', 'error_burst', 'retry_storm', 'new_error', 'disk_full', 'panic', 'oom_kill', 'silence')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (20, 400, 3.0)
    PANIC_GAP = (5, 35)
    REQ = True

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self._t = _cache_ts(lambda s: '%02d:%02d:%02d' % time.gmtime(s + off // 1000)[3:6])
        self.mod = camel(self.co.short)
        self.web = self.mod + 'Web'
        self.NAME = '%s.log' % self.co.short
        self.warn = 'warning' if sc.year >= 2021 else 'warn'
        self.rm = ReqModel(self, 'api', lat_med=(0.8, 90))
        self.req_rate = self.lpm * 0.42
        self.ex = {2019: ('1.9.1', '22.1', '1.4.10', 'cowboy 2.7.0'), 2020: ('1.10.4', '23.1', '1.5.6', 'cowboy 2.8.0'), 2021: ('1.12.3', '24.1', '1.6.2', 'cowboy 2.9.0'),
                   2022: ('1.14.1', '25.1', '1.6.15', 'cowboy 2.9.0'), 2023: ('1.15.7', '26.1', '1.7.10', 'cowboy 2.10.0'), 2024: ('1.16.1', '26.2', '1.7.11', 'Bandit 1.2.3'),
                   2025: ('1.18.1', '27.2', '1.7.20', 'Bandit 1.6.7'), 2026: ('1.18.4', '28.0', '1.8.1', 'Bandit 1.7.0')}[sc.year]
        self.pfx = 'F' if sc.year < 2025 else 'G'
        self.db_host = 'db.%s.internal' % self.co.short
        self.oban = r.random() < 0.6

    def rid(self, r, t=None):
        # Plug.RequestId: <<system_time(:nanosecond)::64, phash2(node, self)::24, unique_integer::32>> url-encoded
        ns = (t if t is not None else self.fs) * 1000000 + r.getrandbits(20)
        b = ns.to_bytes(8, 'big') + r.getrandbits(24).to_bytes(3, 'big') + r.getrandbits(32).to_bytes(4, 'big')
        return base64.urlsafe_b64encode(b).decode('ascii')

    def L(self, t, lvl, msg, rid=None):
        if rid:
            return '%s.%03d request_id=%s [%s] %s' % (self._t(t), t % 1000, rid, lvl, msg)
        return '%s.%03d [%s] %s' % (self._t(t), t % 1000, lvl, msg)

    def render_req(self, t, q):
        r = self.r
        lat = q.lat
        t0 = t - int(lat)
        rid = self.rid(r, t0)
        path = q.path + ('' if q.query == '-' else '?' + q.query)
        sent = ('%dms' % int(lat)) if lat >= 1 else ('%dµs' % int(lat * 1000))
        a = self.L(t0, 'info', '%s %s' % (q.method, path), rid)
        return [(t0, a), (t, self.L(t, 'info', 'Sent %d in %s' % (q.status, sent), rid))]

    def req_background(self, rate):
        r = self.r
        ev = []
        rm = self.rm
        for t in self.times(rate):
            ev.extend(self.render_req(t, rm.sample(r, t)))
        for t in self.times(rate * r.uniform(0.001, 0.004), curve=False):
            ev.extend(self.render_req(t, rm.scanner(r)))
        return ev

    def flood_events(self, s, e, k):
        r = self.r_flood
        spec = self.rm.flood_spec(r)
        ev = []
        for t in self.times((k - 1.0) * self.req_rate, s, e, r=r):
            ev.extend(self.render_req(t, self.rm.sample(r, t, flood=spec)))
        return [x for x in ev if s <= x[0] < e], 'extra requests on %s' % ', '.join(self.route_name(i) for i in spec['routes'])

    def crash_req(self, t, r, v, rid=None):
        rid = rid or self.rid(r, t - r.randint(5, 5000))
        n = self.co.nouns[0]
        pid = '#PID<0.%d.0>' % r.randint(1000, 90000)
        if v == 'ecto':
            inner = ['    ** (Ecto.NoResultsError) expected at least one result but got none in query:', '', 'from %s0 in %s.%s.%s,' % (n[0], self.mod, camel(self.co.nouns[0]) + 's', camel(n)), '  where: %s0.id == ^%d' % (n[0], r.randint(1, 99999)), '']
            frames = ['(ecto 3.11.1) lib/ecto/repo/queryable.ex:164: Ecto.Repo.Queryable.one!/3', '(%s 0.1.0) lib/%s/%s.ex:%d: %s.%s.get_%s!/1' % (self.co.short, self.co.short, self.co.nouns[0], r.randint(20, 200), self.mod, camel(self.co.nouns[0]) + 's', singular(self.co.nouns[0]))]
        elif v == 'db':
            inner = ['    ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:' % r.randint(2000, 5000), '',
                     '  1. Ensuring your database is available and that you can connect to it', '  2. Tracking down slow queries and making sure they are running fast enough',
                     '  3. Increasing the pool_size (although this increases resource consumption)', '  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval', '',
                     'See DBConnection.start_link/2 for more information', '']
            frames = ['(ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1', '(ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:952: Ecto.Adapters.SQL.execute/6',
                      '(ecto 3.11.1) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4']
        else:
            inner = ['    ** (FunctionClauseError) no function clause matching in %s.Pricing.apply_discount/2' % self.mod, '']
            frames = ['(%s 0.1.0) lib/%s/pricing.ex:%d: %s.Pricing.apply_discount(nil, %%{"code" => "SPRING%d"})' % (self.co.short, self.co.short, r.randint(10, 90), self.mod, r.randint(10, 30))]
        frames += ['(%s 0.1.0) lib/%s_web/controllers/%s_controller.ex:%d: %s.%sController.show/2' % (self.co.short, self.co.short, singular(n), r.randint(10, 90), self.web, camel(n)),
                   '(%s 0.1.0) lib/%s_web/controllers/%s_controller.ex:1: %s.%sController.action/2' % (self.co.short, self.co.short, singular(n), self.web, camel(n)),
                   '(%s 0.1.0) lib/%s_web/controllers/%s_controller.ex:1: %s.%sController.phoenix_controller_pipeline/2' % (self.co.short, self.co.short, singular(n), self.web, camel(n)),
                   '(phoenix 1.7.11) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5', '(%s 0.1.0) lib/%s_web/endpoint.ex:1: %s.Endpoint.plug_builder_call/2' % (self.co.short, self.co.short, self.web),
                   '(%s 0.1.0) lib/%s_web/endpoint.ex:1: %s.Endpoint.call/2' % (self.co.short, self.co.short, self.web)]
        srv = 'Bandit' in self.ex[3]
        head = '%s running %s.Endpoint (connection %s, stream id %d) terminated' % (pid, self.web, '#PID<0.%d.0>' % r.randint(1000, 90000), r.randint(1, 9)) if not srv else '** (%s) %s' % (inner[0].split('(')[1].split(')')[0], inner[0].split(') ', 1)[1])
        if srv:
            body = inner[1:] + ['    ' + f for f in frames]
        else:
            body = ['Server: api.%s:443 (https)' % self.co.domain, 'Request: GET /api/%s/%d' % (n, r.randint(1, 99999)), '** (exit) an exception was raised:'] + inner + ['        ' + f for f in frames]
        return self.L(t, 'error', head, rid) + '\n' + '\n'.join(body)

    def background(self):
        r = self.r
        ev = self.req_background(self.req_rate)
        lp = self.lpm
        for t in self.times(lp * 0.08):
            k = r.random()
            if k < 0.5 and self.oban:
                w = '%s.Workers.%s' % (self.mod, r.choice(['SendEmail', 'SyncInventory', 'ChargeCard', 'RenderInvoice']))
                ev.append((t, self.L(t, 'info', '{"args":{"id":%d},"id":%d,"meta":{},"system_time":%d,"max_attempts":20,"queue":"default","worker":"%s","source":"oban","event":"job:stop","attempt":1,"duration":%d,"state":"success","queue_time":%d}' % (
                    r.randint(1, 99999), r.randint(10 ** 5, 10 ** 7), t * 1000000 + r.randint(0, 999999), w, r.randint(1000, 900000), r.randint(100, 90000)))))
            elif k < 0.75:
                ev.append((t, self.L(t, 'info', 'CONNECTED TO Phoenix.LiveView.Socket in %dµs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %%{"_csrf_token" => "%s", "_live_referer" => "undefined", "_mounts" => "0", "_track_static" => %%{"0" => "https://%s/assets/app.css", "1" => "https://%s/assets/app.js"}, "vsn" => "2.0.0"}' % (
                    r.randint(20, 300), ''.join(r.choice(B64) for _ in range(56)), self.co.domain, self.co.domain))))
            elif k < 0.95:
                ev.append((t, self.L(t, self.warn, 'Slow query on %s: %dms' % (self.co.nouns[1], r.randint(1000, 5000)))))
            else:
                ev.append((t, self.L(t, self.warn, 'Request to %s-svc failed (:timeout), retried and succeeded on attempt 2' % singular(self.co.nouns[2]))))
        for t in self.periodic(r.choice((5, 15)) * MIN, jitter=2000):
            ev.append((t, self.L(t, 'info', 'Pruned %d completed jobs' % r.randint(0, 900) if self.oban else 'Session sweeper removed %d expired sessions' % r.randint(0, 900))))
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_rec(t, r)))
        for t in self.times(r.uniform(0.05, 0.2), curve=False):
            ev.append((t, self.crash_req(t, r, r.choice(['ecto', 'clause']))))
        return ev

    def retry_rec(self, t, r):
        return self.L(t, 'error', 'Postgrex.Protocol (#PID<0.%d.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s:5432): connection refused - :econnrefused' % (r.randint(2000, 9000), self.db_host))

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.L(t, 'info', 'Pruned %d completed jobs' % self.r.randint(0, 900) if self.oban else 'Session sweeper removed %d expired sessions' % self.r.randint(0, 900)))]

    def st_error(self):
        return {'desc': 'request crashes "** (DBConnection.ConnectionError) connection not available" with Elixir stacktraces'}

    def rec_error(self, t, i, st):
        return self.crash_req(t, st['r'], 'db')

    def st_retry(self):
        return {'desc': 'Postgrex "failed to connect ... connection refused" reconnect attempts'}

    def rec_retry(self, t, i, st):
        return self.retry_rec(t, st['r'])

    def st_newerr(self):
        return {'desc': 'GenServer %s.Billing.Sync terminating with ** (KeyError) (new)' % self.mod}

    def rec_newerr(self, t, i, st):
        r = st['r']
        return self.L(t, 'error', 'GenServer %s.Billing.Sync terminating\n** (KeyError) key :currency not found in: %%{amount: %d, id: %d}\n    (%s 0.1.0) lib/%s/billing/sync.ex:%d: %s.Billing.Sync.handle_info/2\n    (stdlib %s) gen_server.erl:1095: :gen_server.try_handle_info/3\n    (stdlib %s) gen_server.erl:1183: :gen_server.handle_msg/6\n    (stdlib %s) proc_lib.erl:241: :proc_lib.init_p_do_apply/3\nLast message: :tick' % (
            self.mod, r.randint(100, 99999), r.randint(1, 99999), self.co.short, self.co.short, r.randint(20, 90), self.mod, '5.2', '5.2', '5.2'))

    def st_disk(self):
        return {'desc': 'uploads failing with "(File.Error) could not write to file ...: no space left on device"'}

    def rec_disk(self, t, i, st):
        r = st['r']
        p = '/var/lib/%s/uploads/%s/%s.pdf' % (self.co.short, time.strftime('%Y/%m', time.gmtime(t // 1000)), uuid4(r))
        return self.L(t, 'error', 'Failed to store upload: ** (File.Error) could not write to file "%s": no space left on device' % p, self.rid(r, t - r.randint(50, 3000)))

    def seq_start(self, t):
        r = self.r
        ex, otp, phx, srv = self.ex
        out = [(t, self.L(t, 'info', 'Migrations already up')),
               (t + r.randint(100, 800), self.L(t + 800, 'info', 'Running %s.Endpoint with %s at :::4000 (http)' % (self.web, srv))),
               (t + 810, self.L(t + 810, 'info', 'Access %s.Endpoint at https://%s' % (self.web, self.co.domain)))]
        return out

    def seq_stop(self, t):
        return [(t, self.L(t, 'notice', 'SIGTERM received - shutting down'))]

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'BEAM node crashes ("Kernel pid terminated (application_controller)") followed by a restart'
        out = []
        for j in range(3):
            tt = t + j * r.randint(50, 400)
            out.append((tt, self.L(tt, 'error', 'GenServer %s.Inventory.Cache terminating\n** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: the table identifier does not refer to an existing ETS table\n\n    (stdlib 5.2) :ets.lookup(:inventory_cache, %d)\n    (%s 0.1.0) lib/%s/inventory/cache.ex:%d: %s.Inventory.Cache.handle_call/3\n    (stdlib 5.2) gen_server.erl:1131: :gen_server.try_handle_call/4\n    (stdlib 5.2) gen_server.erl:1160: :gen_server.handle_msg/6\n    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3\nLast message (from #PID<0.%d.0>): {:get, %d}' % (
                self.mod, r.randint(1, 99999), self.co.short, self.co.short, r.randint(20, 90), self.mod, r.randint(1000, 9000), r.randint(1, 99999)))))
        tt += r.randint(20, 200)
        out.append((tt, self.L(tt, 'notice', 'Application %s exited: shutdown' % self.co.short)))
        out.append((tt + 5, 'Kernel pid terminated (application_controller) ("{application_terminated,%s,shutdown}")\n\nCrash dump is being written to: erl_crash.dump...done' % self.co.short))
        return out

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'BEAM "eheap_alloc: Cannot allocate ... bytes of memory" aborts followed by a restart'
        return [(t, self.L(t, self.warn, 'Process #PID<0.%d.0> message queue length is %d (%s.Events.Fanout)' % (r.randint(1000, 9000), r.randint(100000, 900000), self.mod))),
                (t + r.randint(3000, 20000), 'eheap_alloc: Cannot allocate %d bytes of memory (of type "heap").\n\nCrash dump is being written to: erl_crash.dump...done' % r.choice((3936326656, 2147483648, 1073741824, 6442450944)))]


# =========================================================================== Nextcloud

class Nextcloud(LogFile):
    KIND = 'nextcloud'
    NAME = 'nextcloud.log'
    SUPPORTS = ('error_burst', 'new_error', 'disk_full', 'silence')
    LPM = (2, 12, 0.3)
    RES = 1000

    def setup(self):
        r = self.r
        sc = self.sc
        self.ver = {2019: '16.0.5.1', 2020: '19.0.4.2', 2021: '22.2.0.2', 2022: '24.0.6.1', 2023: '27.1.3.2', 2024: '28.0.4.1', 2025: '31.0.2.1', 2026: '32.0.1.2'}[sc.year]
        self.exc_obj = sc.year >= 2020
        off = sc.off_ms
        offs = off_str(sc.off_min)
        self._t = _cache_ts(lambda s: '%04d-%02d-%02dT%02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6] + offs)
        self.users = [u for u in ['alice', 'bob', 'carla', 'deniz', 'emil', 'farah', 'goran', 'hana', 'ivo', 'jana']]
        self.ips = [public_ip(r) for _ in range(30)]
        self.uas = ['Mozilla/5.0 (Windows) mirall/3.%d.%d' % (r.randint(4, 12), r.randint(0, 5)), 'Mozilla/5.0 (Android) Nextcloud-android/3.%d.%d' % (r.randint(15, 29), r.randint(0, 3)),
                    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15', 'Mozilla/5.0 (iOS) Nextcloud-iOS/4.%d.%d' % (r.randint(4, 9), r.randint(0, 5)), '--']

    def rec(self, t, level, app, msg, user=None, method='GET', url='/index.php', exc=None, ip=None, ua=None):
        r = self.r
        rid = ''.join(r.choice(B62) for _ in range(20))
        s = '{"reqId":"%s","level":%d,"time":"%s","remoteAddr":"%s","user":"%s","app":"%s","method":"%s","url":%s,"message":%s,"userAgent":%s,"version":"%s"' % (
            rid, level, self._t(t), ip if ip is not None else r.choice(self.ips), user or '--', app, method, jstr(url).replace('/', '\\/'), jstr(msg).replace('/', '\\/'), jstr(ua or r.choice(self.uas)).replace('/', '\\/'), self.ver)
        if exc:
            s += ',"exception":' + exc.replace('/', '\\/')
        if app == 'PHP':
            s += ',"data":{"app":"PHP"}'
        return s + '}'

    def exc_json(self, cls, msg, trace, code=0):
        tr = ','.join('{"file":%s,"line":%d,"function":"%s","class":%s,"type":"->","args":["*** sensitive parameters replaced ***"]}' % (jstr(f), l, fn, jstr(c)) for f, l, fn, c in trace)
        return '{"Exception":%s,"Message":%s,"Code":%d,"Trace":[%s],"File":%s,"Line":%d,"CustomMessage":"--"}' % (jstr(cls), jstr(msg), code, tr, jstr(trace[0][0]), trace[0][1])

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        for t in self.times(lp * 0.85):
            k = r.random()
            u = r.choice(self.users)
            if k < 0.35:
                ev.append((t, self.rec(t, 1, 'admin_audit', 'Login successful: "%s"' % u, u, 'POST', '/login')))
            elif k < 0.7:
                f = '/%s/files/%s/%s-%d.%s' % (u, r.choice(['Documents', 'Photos', 'Shared', 'Projects']), r.choice(self.co.nouns), r.randint(1, 999), r.choice(['pdf', 'odt', 'jpg', 'xlsx', 'md']))
                act, meth = r.choice([('accessed', 'GET'), ('accessed', 'GET'), ('written to', 'PUT'), ('created', 'PUT'), ('deleted', 'DELETE')])
                ev.append((t, self.rec(t, 1, 'admin_audit', 'File %s: "%s"' % (act, f), u, meth, '/remote.php/dav/files/%s/%s' % (u, f.split('/', 3)[3]))))
            elif k < 0.85:
                ev.append((t, self.rec(t, 2, 'core', 'Login failed: %s (Remote IP: %s)' % (r.choice(['admin', 'test', u]), r.choice(self.ips)), None, 'POST', '/login')))
            elif k < 0.95:
                e = self.exc_json('OCP\\Lock\\LockedException', '"files/%s" is locked, existing lock on file: 2 shared locks' % hexs(r, 32),
                                  [('/var/www/html/lib/private/Lock/MemcacheLockingProvider.php', 80, 'acquireLock', 'OC\\Lock\\MemcacheLockingProvider'),
                                   ('/var/www/html/lib/private/Files/Storage/Common.php', 720, 'acquireLock', 'OC\\Files\\Storage\\Common')])
                ev.append((t, self.rec(t, 2, 'webdav', 'Exception in file locking', u, 'PUT', '/remote.php/dav/files/%s/Documents/x.odt' % u, e if self.exc_obj else None)))
            else:
                ev.append((t, self.rec(t, 2, 'core', 'Trusted domain error. "%s" tried to access using "%s" as host.' % (r.choice(self.ips), r.choice([public_ip(r), 'localhost'])), None)))
        for t in self.periodic(5 * MIN, jitter=4000):
            ev.append((t, self.rec(t, 1, 'cron', 'Finished background job, the job took : %d seconds, this job is an instance of class : OCA\\%s with arguments : []' % (r.randint(0, 12), r.choice(['Files\\BackgroundJob\\ScanFiles', 'DAV\\BackgroundJob\\CleanupInvitationTokenJob', 'Activity\\BackgroundJob\\EmailNotification', 'Files_Trashbin\\BackgroundJob\\ExpireTrash'])), None, '', '--', ip='', ua='--')))
        for t in self.times(r.uniform(0.05, 0.15), curve=False):
            e = self.exc_json('Doctrine\\DBAL\\Exception\\DriverException', 'An exception occurred while executing a query: SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction',
                              [('/var/www/html/3rdparty/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php', 117, 'convert', 'Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter'),
                               ('/var/www/html/lib/private/DB/Connection.php', 258, 'executeStatement', 'OC\\DB\\Connection')], 1205)
            ev.append((t, self.rec(t, 3, 'files', 'An exception occurred while executing a query: SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction', r.choice(self.users), 'PROPFIND', '/remote.php/dav/files/', e if self.exc_obj else None)))
        return ev

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.rec(t, 1, 'cron', 'Finished background job, the job took : 0 seconds, this job is an instance of class : OCA\\Files\\BackgroundJob\\ScanFiles with arguments : []', None, '', '--', ip='', ua='--'))]

    def st_error(self):
        return {'desc': 'level-3 "Redis server went away" / storage errors with exception traces'}

    def rec_error(self, t, i, st):
        r = st['r']
        e = self.exc_json('RedisException', 'Connection refused', [('/var/www/html/lib/private/RedisFactory.php', 137, 'connect', 'Redis'), ('/var/www/html/lib/private/RedisFactory.php', 178, 'create', 'OC\\RedisFactory')])
        return self.rec(t, 3, 'core', 'Connection refused', r.choice(self.users), r.choice(['GET', 'PROPFIND', 'PUT']), '/remote.php/dav/files/%s/' % r.choice(self.users), e if self.exc_obj else None)

    def st_newerr(self):
        return {'desc': '"Could not find resource ... federated share" errors (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        return self.rec(t, 3, 'federatedfilesharing', 'Could not find resource on remote server https://cloud.%s/ocs/v2.php/cloud/shares/%d' % (self.co.domain.replace('.', '-partner.', 1), r.randint(100, 9999)), r.choice(self.users), 'GET', '/ocs/v2.php/apps/files_sharing/api/v1/shares')

    def st_disk(self):
        return {'desc': '"fwrite(): Write of 8192 bytes failed with errno=28 No space left on device" / InsufficientStorage'}

    def rec_disk(self, t, i, st):
        r = st['r']
        u = r.choice(self.users)
        if i % 2 == 0:
            return self.rec(t, 3, 'PHP', 'fwrite(): Write of 8192 bytes failed with errno=28 No space left on device at /var/www/html/lib/private/Files/Storage/Local.php#%d' % r.choice((465, 497, 534)), u, 'PUT', '/remote.php/dav/files/%s/Documents/%s.odt' % (u, r.choice(self.co.nouns)))
        e = self.exc_json('Sabre\\DAV\\Exception\\InsufficientStorage', 'Insufficient space in /%s/files/Documents, %d required, 0 available' % (u, r.randint(10 ** 4, 10 ** 7)), [('/var/www/html/apps/dav/lib/Connector/Sabre/QuotaPlugin.php', 228, 'checkQuota', 'OCA\\DAV\\Connector\\Sabre\\QuotaPlugin')], 507)
        return self.rec(t, 3, 'webdav', 'Insufficient space in /%s/files/Documents' % u, u, 'PUT', '/remote.php/dav/files/%s/Documents/' % u, e)
