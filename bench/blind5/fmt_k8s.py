"""Kubernetes CRI container log files (containerd format) wrapping:
uvicorn/FastAPI Python output, pino (Node) or zap (Go) JSON, CoreDNS."""
import json
import math

from core import (US, MIN, Gen, TS, Api, hexs, uuid4, rid, off_str, f_iso, STATUS_TEXT, public_ip, cri_setup, cri_wrap)
from fmt_http import go_panic, node_oom_block, GO_BY_YEAR, NODE_BY_YEAR, ver

PY_BY_YEAR = {2019: '3.7', 2020: '3.8', 2021: '3.9', 2022: '3.10', 2023: '3.11', 2024: '3.12', 2025: '3.13', 2026: '3.13'}


class Cri(Gen):
    PREC = 1

    def cri_setup(self, container):
        cri_setup(self, container)

    def cri(self, us, stream, payload):
        return cri_wrap(self, us, stream, payload)


# =====================================================================
class Uvicorn(Cri):
    FMT = 'k8s_uvicorn'
    KINDS = ('http_5xx', 'error_burst', 'retry_storm', 'new_error', 'silence', 'traffic_flood')
    WEIGHT = 1.0

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svc = sc.take_service(v)
        self.deploy = v.choice([self.svc, self.svc + '-api'])
        self.ns = v.choice([self.svc, sc.slug, 'prod', 'backend'])
        self.cri_setup(v.choice(['api', 'app', self.svc]))
        self.api = Api(v, self.svc, '%s.%s' % (self.svc, self.ns))
        self.py = PY_BY_YEAR[sc.year]
        self.carets = self.py in ('3.11', '3.12', '3.13')
        self.node_ip = '10.0.%d.%d' % (v.randint(0, 15), v.randint(2, 250))
        self.peer = v.choice(['fx', 'rates', 'inventory', 'kyc', 'geo'])
        self.peer_host = v.choice(['api.%s-partner.example' % self.peer, '%s.%s' % (self.peer, sc.internal)])
        self.site = '/usr/local/lib/python%s/site-packages' % self.py

    def acc(self, us, ip, m, path, st):
        return self.cri(us, 'stdout', 'INFO:     %s:%d - "%s %s HTTP/1.1" %d %s' % (
            ip, self.rng.randint(30000, 65000), m, path, st, STATUS_TEXT.get(st, '')))

    def tb(self, rng, frames, last):
        s = self.site
        out = ['Traceback (most recent call last):',
               '  File "%s/uvicorn/protocols/http/httptools_impl.py", line %d, in run_asgi' % (s, rng.choice([419, 426, 435])),
               '    result = await app(  # type: ignore[func-returns-value]']
        if self.carets:
            out.append('             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^')
        out += ['  File "%s/uvicorn/middleware/proxy_headers.py", line 84, in __call__' % s,
                '    return await self.app(scope, receive, send)',
                '  File "%s/fastapi/applications.py", line 1054, in __call__' % s,
                '    await super().__call__(scope, receive, send)',
                '  File "%s/starlette/routing.py", line 74, in app' % s,
                '    response = await func(request)',
                '  File "%s/fastapi/routing.py", line 193, in run_endpoint_function' % s,
                '    return await dependant.call(**values)']
        out += frames
        out.append(last)
        return '\n'.join(out)

    def startup(self, us, inc=None):
        rng = self.rng
        t = us
        for m in ['INFO:     Started server process [1]', 'INFO:     Waiting for application startup.',
                  'INFO:app.main:%s %s starting (python %s)' % (self.svc, 'v' + ver(rng), self.py),
                  'INFO:     Application startup complete.',
                  'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)']:
            self.add(t, self.cri(t, 'stderr', m), inc=inc, force=True)
            t += rng.randint(1000, 400000)
        return t

    def restart(self, us):
        rng = self.rng
        t = us
        for m in ['INFO:     Shutting down', 'INFO:     Waiting for application shutdown.',
                  'INFO:     Application shutdown complete.', 'INFO:     Finished server process [1]']:
            self.add(t, self.cri(t, 'stderr', m), force=True)
            t += rng.randint(1000, 300000)
        down = rng.randint(8, 30) * US
        self.startup(us + down)
        return down

    def build(self):
        rng, sc, api = self.rng, self.sc, self.api
        base = self.rate_for(self.target * 0.82, 1.0)
        e5 = self.win('http_5xx')
        for inc in e5:
            inc.p['err'] = rng.randrange(2)
        ing = ['10.244.%d.%d' % (rng.randint(0, 12), rng.randint(2, 250)) for _ in range(3)]
        mod = 'app/routers/%s.py' % self.svc
        for us, m, path, st, lat, size, ip, ua, r, flag in self.requests(base, api, internal=True):
            if not flag:
                ip = rng.choice(ing)
            else:
                ua = ua
            if st >= 500 and rng.random() < 0.9:
                inc = self.active(e5, us)
                if inc and inc.p['err'] == 0 or (not inc and rng.random() < 0.5):
                    fr = ['  File "/app/%s", line %d, in get_item' % (mod, rng.randint(30, 120)),
                          '    rate = await %s.get(item_id)' % self.peer,
                          '  File "/app/app/clients/%s.py", line %d, in get' % (self.peer, rng.randint(20, 80)),
                          '    resp.raise_for_status()',
                          '  File "%s/httpx/_models.py", line 761, in raise_for_status' % self.site,
                          '    raise HTTPStatusError(message, request=request, response=self)']
                    last = "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://%s/v1/items/%d'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503" % (self.peer_host, rng.randint(100, 99999))
                else:
                    fr = ['  File "/app/%s", line %d, in list_items' % (mod, rng.randint(30, 120)),
                          '    rows = await session.execute(stmt)',
                          '  File "%s/sqlalchemy/ext/asyncio/session.py", line 455, in execute' % self.site,
                          '    result = await greenlet_spawn(']
                    last = 'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)'
                self.add(us - 500, self.cri(us - 500, 'stderr', 'ERROR:    Exception in ASGI application\n' + self.tb(rng, fr, last)))
            self.add(us, self.acc(us, ip, m, path, st))
        for t in self.periodic(10 * US, 9 * US):
            self.add(t, self.acc(t, self.node_ip, 'GET', '/healthz', 200))
            t2 = t + rng.randint(100000, 900000)
            self.add(t2, self.acc(t2, self.node_ip, 'GET', '/readyz', 200))
        job = rng.choice(['refresh_rates', 'sync_catalog', 'expire_sessions'])
        itv = rng.choice([60, 120, 300])
        for t in self.periodic(itv * US, 20000):
            nxt = self.cts(t + itv * US).replace('T', ' ')
            sched = self.cts(t).replace('T', ' ')
            self.add(t, self.cri(t, 'stderr', 'INFO:apscheduler.executors.default:Running job "%s (trigger: interval[0:%02d:00], next run at: %s UTC)" (scheduled at %s+00:00)' % (
                job, itv // 60, nxt, sched)))
            t2 = t + rng.randint(50000, 3000000)
            self.add(t2, self.cri(t2, 'stderr', 'INFO:apscheduler.executors.default:Job "%s (trigger: interval[0:%02d:00], next run at: %s UTC)" executed successfully' % (job, itv // 60, nxt)))
        for t in self.arrivals(rng.uniform(0.05, 0.3)):
            k = rng.random()
            if k < 0.5:
                m = 'WARNING:app.clients.%s:%s response for %s is stale (age %ds), using cached value' % (self.peer, self.peer, rid(rng, 3).upper(), rng.randint(300, 900))
            elif k < 0.8:
                m = 'WARNING:root:request validation failed: 1 validation error for %sCreate\nquantity\n  Input should be greater than 0 [type=greater_than, input_value=0, input_type=int]' % self.svc.capitalize()
            else:
                m = "WARNING:urllib3.connectionpool:Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='%s', port=443): Read timed out. (read timeout=5)\")': /v1/items/%d" % (self.peer_host, rng.randint(1, 9999))
            self.add(t, self.cri(t, 'stderr', m))
        for _ in range(rng.choice([0, 1, 1, 2])):
            t = rng.randint(self.start, self.end - 1)
            payload = json.dumps({'batch': [{'sku': rid(rng, 10), 'qty': rng.randint(-3, 50), 'note': rid(rng, 40)} for _ in range(rng.randint(250, 420))]}, separators=(',', ':'))
            self.add(t, self.cri(t, 'stderr', 'WARNING:app.validation:rejected bulk payload (%d bytes): %s' % (len(payload), payload)))
        self.inject_generic()

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'burst of psycopg2 OperationalError "too many clients already" tracebacks in %s' % self.svc
        fr = ['  File "/app/app/routers/%s.py", line %d, in create_item' % (self.svc, rng.randint(40, 160)),
              '    await session.commit()',
              '  File "%s/sqlalchemy/engine/default.py", line 622, in connect' % self.site,
              '    return self.loaded_dbapi.connect(*cargs, **cparams)',
              '  File "%s/psycopg2/__init__.py", line 122, in connect' % self.site,
              '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)']
        last = 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-main.%s" (10.0.4.12), port 5432 failed: FATAL:  sorry, too many clients already\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)' % self.sc.internal
        self.add(us, self.cri(us, 'stderr', 'ERROR:    Exception in ASGI application\n' + self.tb(rng, fr, last)), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'urllib3 retry storm: %s refusing connections' % self.peer_host
        tot = 2 - i % 3
        self.add(us, self.cri(us, 'stderr', "WARNING:urllib3.connectionpool:Retrying (Retry(total=%d, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%010x>: Failed to establish a new connection: [Errno 111] Connection refused')': /v1/items/%d" % (
            tot, rng.getrandbits(40), rng.randint(1, 99999))), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['k'] = rng.choice(['billing_address', 'tax_id', 'currency_code'])
            inc.desc = "new recurring KeyError '%s' in sync task of %s" % (ctx['k'], self.svc)
        self.add(us, self.cri(us, 'stderr', "ERROR:app.tasks.sync:sync of account %d failed: KeyError('%s')\nTraceback (most recent call last):\n  File \"/app/app/tasks/sync.py\", line %d, in sync_account\n    addr = payload[\"%s\"]\nKeyError: '%s'" % (
            rng.randint(1000, 99999), ctx['k'], rng.randint(40, 90), ctx['k'], ctx['k'])), inc=inc)


# =====================================================================
class JsonApp(Cri):
    """pino (Node.js) or zap (Go) JSON request logs inside CRI."""
    FMT = 'k8s_json'
    WEIGHT = 1.0

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svc = sc.take_service(v)
        self.lib = v.choice(['pino', 'zap'])
        self.deploy = v.choice([self.svc, self.svc + '-svc', self.svc + '-api'])
        self.ns = v.choice([self.svc, sc.slug, 'prod', 'services'])
        self.cri_setup(v.choice([self.svc, 'app', 'server']))
        self.api = Api(v, self.svc, '%s.%s' % (self.svc, self.ns))
        self.zts = v.choice(['epoch', 'epoch', 'iso'])
        self.gover = v.choice(GO_BY_YEAR[sc.year])
        self.node = NODE_BY_YEAR[sc.year]
        self.pkg = 'github.com/%s/%s' % (sc.slug, self.svc)
        self.mods = v.sample(['api', 'store', 'events', 'sync', 'billing', 'search'], 3)
        self.peer = v.choice(['inventory', 'accounts', 'pricing', 'search'])
        self.reqn = v.randint(1, 50000)
        self.ztf = TS(lambda tm: f_iso(tm), 0)

    def kinds(self):
        k = ['http_5xx', 'latency_shift', 'traffic_flood', 'error_burst', 'retry_storm', 'new_error', 'silence']
        k.append('panic' if self.lib == 'zap' else 'oom_kill')
        return k

    def j(self, us, lvl, msg, **kw):
        if self.lib == 'pino':
            d = {'level': {'debug': 20, 'info': 30, 'warn': 40, 'error': 50, 'fatal': 60}[lvl],
                 'time': us // 1000, 'pid': 1, 'hostname': self.pod}
            d.update(kw)
            d['msg'] = msg
        else:
            if self.zts == 'epoch':
                ts = float('%d.%06d' % (us // US, us % US))
            else:
                ts = '%s.%03dZ' % (self.ztf(us), us % US // 1000)
            d = {'level': lvl, 'ts': ts, 'caller': kw.pop('caller', 'server/middleware.go:64'), 'msg': msg}
            d.update(kw)
        return self.cri(us, 'stdout', json.dumps(d, separators=(',', ':')))

    def req_line(self, us, m, path, st, lat, size, ip, ua):
        rng = self.rng
        self.reqn += 1
        if self.lib == 'pino':
            lvl = 'info' if st < 500 else 'error'
            kw = {'reqId': 'req-%s' % format(self.reqn, 'x'),
                  'req': {'method': m, 'url': path, 'headers': {'host': '%s:3000' % self.svc, 'user-agent': ua}, 'remoteAddress': '::ffff:' + ip, 'remotePort': rng.randint(30000, 65000)},
                  'res': {'statusCode': st}, 'responseTime': int(round(lat))}
            if st >= 500:
                kw['err'] = {'type': 'Error', 'message': 'failed with status code 500', 'stack': 'Error: failed with status code 500\n    at onResFinished (/app/node_modules/pino-http/logger.js:115:39)'}
                return self.j(us, lvl, 'request errored', **kw)
            return self.j(us, lvl, 'request completed', **kw)
        lvl = 'info' if st < 500 else 'error'
        kw = {'method': m, 'path': path, 'status': st, 'duration': round(lat / 1000.0, 6), 'size': size,
              'remote_addr': '%s:%d' % (ip, rng.randint(30000, 65000)), 'request_id': hexs(rng, 16)}
        return self.j(us, lvl, 'request', **kw)

    def startup(self, us, inc=None):
        rng = self.rng
        t = us
        if self.lib == 'pino':
            msgs = [('info', 'Server listening at http://0.0.0.0:3000', {}), ('info', 'connected to postgres', {'pool': 10})]
        else:
            msgs = [('info', 'starting %s' % self.svc, {'caller': 'cmd/%s/main.go:41' % self.svc, 'version': 'v' + ver(rng), 'go': self.gover}),
                    ('info', 'http server listening', {'caller': 'cmd/%s/main.go:77' % self.svc, 'addr': ':8080'})]
        for lvl, m, kw in msgs:
            self.add(t, self.j(t, lvl, m, **kw), inc=inc, force=True)
            t += rng.randint(5000, 800000)
        return t

    def restart(self, us):
        rng = self.rng
        self.add(us, self.j(us, 'info', 'shutting down: received SIGTERM', **({'caller': 'cmd/%s/main.go:98' % self.svc} if self.lib == 'zap' else {})), force=True)
        down = rng.randint(6, 30) * US
        self.startup(us + down)
        return down

    def build(self):
        rng, sc = self.rng, self.sc
        base = self.rate_for(self.target * 0.92, 1.0)
        for us, m, path, st, lat, size, ip, ua, r, flag in self.requests(base, self.api, internal=True):
            self.add(us, self.req_line(us, m, path, st, lat, size, ip, ua))
        for t in self.periodic(30 * US, 2 * US):
            if self.lib == 'pino':
                self.add(t, self.j(t, 'info', 'outbox flushed', count=rng.randint(0, 200), ms=rng.randint(1, 90)))
            else:
                self.add(t, self.j(t, 'info', 'outbox flushed', caller='events/outbox.go:112', count=rng.randint(0, 200), took=round(rng.uniform(0.001, 0.09), 6)))
        for t in self.arrivals(rng.uniform(0.03, 0.2)):
            if self.lib == 'pino':
                self.add(t, self.j(t, 'warn', 'slow upstream call', upstream=self.peer, ms=rng.randint(800, 4000)))
            else:
                self.add(t, self.j(t, 'warn', 'slow upstream call', caller='clients/%s.go:88' % self.peer, upstream=self.peer, took=round(rng.uniform(0.8, 4), 6)))
        for inc in self.win('panic'):
            self.inject_panic(inc)
        for inc in self.win('oom_kill'):
            self.inject_oom(inc)
        self.inject_generic()

    def inject_panic(self, inc):
        rng = self.irng
        t = inc.s
        n = rng.randint(1, 3)
        for c in range(n):
            text, why, mod = go_panic(rng, self.pkg, self.mods, self.gover)
            self.add(t, self.j(t, 'warn', 'retrying stale item', caller='%s/%s.go:%d' % (mod, mod, rng.randint(30, 300)), item=uuid4(rng)), inc=inc, force=True)
            t += rng.randint(200, 5000)
            self.add(t, self.cri(t, 'stderr', text), inc=inc, force=True)
            down = (10 * 2 ** c + rng.randint(0, 3)) * US
            self.gaps.append((t - 6000, t + down))
            t = self.startup(t + down, inc=inc) + rng.randint(30, 120) * US
        inc.desc = 'Go panic (%s) in %s container, restarted %d time%s (CrashLoopBackOff delays)' % (why, self.svc, n, '' if n == 1 else 's')

    def inject_oom(self, inc):
        rng = self.irng
        t = inc.s
        heap = rng.choice([512, 1024, 2048])
        lines = node_oom_block(rng, 1, rng.randint(3_000_000, 60_000_000), heap)
        self.add(t, self.j(t, 'warn', 'event loop lag high', lagMs=rng.randint(900, 3000)), inc=inc, force=True)
        t += rng.randint(1000, 3000) * 1000
        self.add(t, self.cri(t, 'stderr', '\n'.join(lines)), inc=inc, force=True)
        down = rng.randint(1, 12) * US
        self.gaps.append((t - 2 * US, t + down))
        self.startup(t + down, inc=inc)
        inc.desc = 'Node.js container ran out of memory (JavaScript heap out of memory, --max-old-space-size=%d) and was restarted' % heap

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['ip'] = '10.0.%d.%d' % (rng.randint(1, 9), rng.randint(2, 250))
            inc.desc = 'burst of database connection errors with stack traces in %s' % self.svc
        if self.lib == 'pino':
            self.add(us, self.j(us, 'error', 'query failed', err={'type': 'Error', 'message': 'Connection terminated unexpectedly',
                                                                'stack': 'Error: Connection terminated unexpectedly\n    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)\n    at Object.onceWrapper (node:events:632:28)\n    at Connection.emit (node:events:518:28)\n    at Socket.<anonymous> (/app/node_modules/pg/lib/connection.js:63:12)'}), inc=inc)
        else:
            self.add(us, self.j(us, 'error', 'query failed', caller='store/pg.go:141', error='read tcp 10.244.3.17:%d->%s:5432: read: connection reset by peer' % (rng.randint(30000, 60000), ctx['ip']),
                                stacktrace='%s/internal/store.(*PG).Query\n\t/build/internal/store/pg.go:141\n%s/internal/api.(*Server).list\n\t/build/internal/api/list.go:58\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2136' % (self.pkg, self.pkg)), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'retry storm calling %s (HTTP 503)' % self.peer
        a = i % 5 + 1
        if self.lib == 'pino':
            self.add(us, self.j(us, 'warn', 'upstream call failed, retrying', upstream=self.peer, status=503, attempt=a, delayMs=100 * 2 ** a), inc=inc)
        else:
            self.add(us, self.j(us, 'warn', 'upstream call failed, retrying', caller='clients/%s.go:61' % self.peer, upstream=self.peer, status=503, attempt=a, backoff='%dms' % (100 * 2 ** a)), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'new recurring error: schema validation of %s events fails (unknown field)' % self.peer
        kw = {'event': uuid4(rng), 'error': 'json: unknown field "discount_v2"'}
        if self.lib == 'zap':
            kw['caller'] = 'events/consumer.go:203'
        self.add(us, self.j(us, 'error', 'failed to decode event from %s' % self.peer, **kw), inc=inc)


# =====================================================================
class CoreDNS(Cri):
    FMT = 'k8s_coredns'
    KINDS = ('latency_shift', 'error_burst', 'traffic_flood', 'silence')
    WEIGHT = 1.0

    def setup(self):
        v, sc = self.vrng, self.sc
        self.deploy = 'coredns'
        self.ns = 'kube-system'
        self.cri_setup('coredns')
        self.ver = {2019: '1.6.2', 2020: '1.7.0', 2021: '1.8.4', 2022: '1.9.3', 2023: '1.10.1', 2024: '1.11.1', 2025: '1.11.3', 2026: '1.12.1'}[sc.year]
        self.my_ip = '10.244.0.%d' % v.randint(2, 30)
        self.upstream = v.choice(['10.0.0.2', '169.254.169.253', '8.8.8.8', '1.1.1.1'])
        self.clients = ['10.244.%d.%d' % (v.randint(0, 12), v.randint(2, 250)) for _ in range(v.randint(30, 90))]
        nss = [sc.slug, 'prod', 'default', 'payments', 'monitoring', 'data']
        self.nss = v.sample(nss, 3)
        self.internal = ['%s.%s.svc.cluster.local.' % (s, v.choice(self.nss)) for s in
                         v.sample(['orders', 'billing', 'redis', 'postgres', 'kafka', 'auth', 'search', 'catalog', 'pricing', 'notifier', 'prometheus', 'minio'], 8)]
        self.internal.append('kubernetes.default.svc.cluster.local.')
        self.external = v.sample(['api.stripe.com.', 'sqs.eu-west-1.amazonaws.com.', 'oauth2.googleapis.com.', 'hooks.slack.com.',
                                  'api.sendgrid.com.', 's3.amazonaws.com.', 'sentry.io.', 'api.github.com.', 'login.microsoftonline.com.',
                                  'www.%s.' % sc.domain, 'api.twilio.com.', 'registry-1.docker.io.'], 6)
        self.search = v.choice(['eu-west-1.compute.internal.', 'ec2.internal.', 'c.%s-prod.internal.' % sc.slug, None])

    def q(self, us, ip, port, qid, qt, name, rc, fl, rsz, dur, bufsz):
        return self.cri(us, 'stdout', '[INFO] %s:%d - %d "%s IN %s udp %d false %d" %s %s %d %.9fs' % (
            ip, port, qid, qt, name, len(name) + 17 + self.rng.randint(0, 12), bufsz, rc, fl, rsz, dur))

    def banner(self, us, inc=None):
        rng = self.rng
        txt = '.:53\n[INFO] plugin/reload: Running configuration SHA512 = %s\nCoreDNS-%s\nlinux/amd64, go1.%d.%d, %s' % (
            hexs(rng, 128), self.ver, rng.randint(17, 22), rng.randint(1, 9), hexs(rng, 7))
        self.add(us, self.cri(us, 'stdout', txt), inc=inc, force=True)

    def restart(self, us):
        self.add(us, self.cri(us, 'stdout', '[INFO] SIGTERM: Shutting down servers then terminating\n[INFO] plugin/health: Going into lameduck mode for 5s'), force=True)
        down = self.rng.randint(6, 20) * US
        self.banner(us + down)
        return down

    def build(self):
        rng = self.rng
        lookups_lines = 4.2
        base = self.rate_for(self.target * 0.97, lookups_lines)
        fl = self.win('traffic_flood')
        for inc in fl:
            inc.p['client'] = rng.choice(self.clients)
            inc.p['name'] = rng.choice(self.external)
        cache = {}
        for m, ms in self.minutes():
            cv = self.curve(m)
            n = int(base * cv * self.noise[m - self.m0] * rng.uniform(0.9, 1.1))
            finc = self.active(fl, ms)
            nf = int(base * cv * (finc.p['mult'] - 1)) if finc else 0
            evs = sorted([(rng.randrange(MIN), 0) for _ in range(n)] + [(rng.randrange(MIN), 1) for _ in range(nf)])
            for off, flag in evs:
                us = ms + off
                if us < self.start or us >= self.end:
                    continue
                self.lookup(us, flag, finc, cache)
        for t in self.arrivals(0.02):
            nm = rng.choice(self.external)
            self.add(t, self.cri(t, 'stdout', '[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout' % (
                nm, rng.choice(['A', 'AAAA']), self.my_ip, rng.randint(30000, 60000), self.upstream)))
        self.inject_generic()

    def lookup(self, us, flag, finc, cache):
        rng = self.rng
        lm = self.lat_mult(us)
        if flag:
            ip = finc.p['client']
            names = [finc.p['name']]
            ext = True
        else:
            ip = rng.choice(self.clients)
            ext = rng.random() < 0.35
            names = [rng.choice(self.external if ext else self.internal)]
        name = names[0]
        port = rng.randint(30000, 60999)
        bufsz = rng.choice([512, 1232])
        t = us
        for qt in (('A', 'AAAA') if rng.random() < 0.7 else ('A',)):
            if ext:
                cand = [name[:-1] + '.%s.svc.cluster.local.' % rng.choice(self.nss), name[:-1] + '.svc.cluster.local.', name[:-1] + '.cluster.local.']
                if self.search:
                    cand.append(name[:-1] + '.' + self.search)
                if rng.random() < 0.4:
                    cand = []   # absolute name / ndots hit
                for c in cand:
                    if c.endswith('cluster.local.'):
                        self.add(t, self.q(t, ip, port, rng.randint(1, 65535), qt, c, 'NXDOMAIN', 'qr,aa,rd', len(c) + 110, rng.uniform(0.00004, 0.0003) * lm, bufsz))
                    else:
                        self.add(t, self.q(t, ip, port, rng.randint(1, 65535), qt, c, 'NXDOMAIN', 'qr,rd,ra', len(c) + 110, rng.uniform(0.0002, 0.004) * lm, bufsz))
                    t += rng.randint(100, 2000)
                key = (name, qt)
                if cache.get(key, 0) > t:
                    dur = rng.uniform(0.00003, 0.00025) * lm
                else:
                    cache[key] = t + rng.randint(5, 30) * US
                    dur = rng.uniform(0.002, 0.045) * lm
                self.add(t, self.q(t, ip, port, rng.randint(1, 65535), qt, name, 'NOERROR', 'qr,rd,ra', rng.randint(60, 500), dur, bufsz))
            else:
                self.add(t, self.q(t, ip, port, rng.randint(1, 65535), qt, name, 'NOERROR', 'qr,aa,rd', len(name) + (60 if qt == 'A' else 130), rng.uniform(0.00005, 0.0004) * lm, bufsz))
            t += rng.randint(100, 3000)

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'upstream DNS %s timing out: SERVFAIL answers and i/o timeout errors' % self.upstream
        nm = rng.choice(self.external)
        qt = rng.choice(['A', 'AAAA'])
        self.add(us, self.cri(us, 'stdout', '[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout' % (
            nm, qt, self.my_ip, rng.randint(30000, 60000), self.upstream)), inc=inc)
        if rng.random() < 0.7:
            self.add(us + 50, self.q(us + 50, rng.choice(self.clients), rng.randint(30000, 60999), rng.randint(1, 65535), qt, nm, 'SERVFAIL', 'qr,rd', len(nm) + 17, rng.uniform(2.0, 2.01), 512), inc=inc)
