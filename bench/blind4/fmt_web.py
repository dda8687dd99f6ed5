"""Request-driven formats: varnishncsa, gunicorn (access+error mixed), uWSGI, Phoenix/Elixir."""
from common import (MON, DOW, MIN, naive, offstr, hexs, b62, pois, TSCache)
from svc import AccessSvc

SITE = '/usr/local/lib/python3.11/site-packages'


# ---------------------------------------------------------------- python tracebacks
def py_frames(r, app, view, framework):
    fr = []
    if framework == 'django':
        fr += [('%s/django/core/handlers/exception.py' % SITE, 55, 'inner', 'response = get_response(request)'),
               ('%s/django/core/handlers/base.py' % SITE, 197, '_get_response', 'response = wrapped_callback(request, *callback_args, **callback_kwargs)')]
    else:
        fr += [('%s/flask/app.py' % SITE, 1463, 'wsgi_app', 'response = self.full_dispatch_request()'),
               ('%s/flask/app.py' % SITE, 872, 'full_dispatch_request', 'rv = self.dispatch_request()'),
               ('%s/flask/app.py' % SITE, 855, 'dispatch_request', 'return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)')]
    fr.append(('/app/%s/%s/views.py' % (app, view), r.randint(30, 240), r.choice(['detail', 'list_items', 'create', 'update', 'export']),
               r.choice(['obj = service.load(pk, for_update=True)', 'rows = repo.fetch_page(cursor, limit=limit)',
                         'payload = client.post(path, json=body, timeout=5)', 'result = compute_totals(cart)'])))
    return fr


PY_ERRS = {
    'statement_timeout': ([('%s/django/db/backends/utils.py' % SITE, 89, '_execute', 'return self.cursor.execute(sql, params)')],
                          'django.db.utils.OperationalError: canceling statement due to statement timeout'),
    'conn_closed': ([('%s/psycopg2/extras.py' % SITE, 236, 'execute', 'return super().execute(query, vars)')],
                    'psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.'),
    'redis_timeout': ([('%s/redis/connection.py' % SITE, 512, 'read_response', 'response = self._parser.read_response(disable_decoding=disable_decoding)')],
                      'redis.exceptions.TimeoutError: Timeout reading from socket'),
    'read_timeout': ([('%s/requests/adapters.py' % SITE, 532, 'send', 'raise ReadTimeout(e, request=request)')],
                     "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.payments.example', port=443): Read timed out. (read timeout=5)"),
    'keyerror': ([], "KeyError: 'shipping_address'"),
    'integrity': ([('%s/django/db/backends/utils.py' % SITE, 89, '_execute', 'return self.cursor.execute(sql, params)')],
                  'django.db.utils.IntegrityError: duplicate key value violates unique constraint "orders_order_external_ref_key"\nDETAIL:  Key (external_ref)=(%s) already exists.'),
    'valueerror': ([], "ValueError: invalid literal for int() with base 10: 'undefined'"),
}
PY_NEW = [
    ([], "AttributeError: 'NoneType' object has no attribute 'currency_code'"),
    ([('%s/json/encoder.py' % '/usr/local/lib/python3.11', 180, 'default', "raise TypeError(f'Object of type {o.__class__.__name__} '")],
     'TypeError: Object of type Decimal is not JSON serializable'),
    ([('%s/django/db/backends/utils.py' % SITE, 89, '_execute', 'return self.cursor.execute(sql, params)')],
     'django.db.utils.ProgrammingError: column orders_order.loyalty_tier does not exist\nLINE 1: ...order"."status", "orders_order"."loyalty_tier" FROM "orders_...\n                                                             ^'),
    ([('%s/jwt/api_jws.py' % SITE, 283, '_verify_signature', 'raise InvalidSignatureError("Signature verification failed")')],
     'jwt.exceptions.InvalidSignatureError: Signature verification failed'),
    ([('/usr/local/lib/python3.11/zoneinfo/_common.py', 24, 'load_tzdata', 'raise ZoneInfoNotFoundError(f"No time zone found with key {key}")')],
     "zoneinfo._common.ZoneInfoNotFoundError: 'No time zone found with key Europe/Kyiv'"),
]
PY_DISK = ([('/app/%s/exports/writer.py', 57, 'flush', 'fh.write(chunk)')], 'OSError: [Errno 28] No space left on device')


def py_tb(r, app, framework, key=None, spec=None):
    frames_extra, last = spec if spec is not None else PY_ERRS[key]
    fr = py_frames(r, app, r.choice(['orders', 'catalog', 'accounts', 'billing', 'search']), framework) + \
        [(f if '%s' not in f else f % app, n, fn, code) for f, n, fn, code in frames_extra]
    out = ['Traceback (most recent call last):']
    for f, n, fn, code in fr:
        out.append('  File "%s", line %d, in %s' % (f, n, fn))
        out.append('    ' + code)
    if '%s' in last:
        last = last % hexs(r, 10)
    out.extend(last.split('\n'))
    return out


def retry_py(r, host, path):
    return ("Retrying (Retry(total=%d, connect=None, read=None, redirect=None, status=None)) after connection broken by "
            "'NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f%s>: Failed to establish a new connection: "
            "[Errno 111] Connection refused')': %s" % (r.randint(0, 2), hexs(r, 10), path))


# ---------------------------------------------------------------- varnishncsa
class Varnish(AccessSvc):
    name = 'varnishncsa'
    kinds = ('http_5xx', 'traffic_flood', 'latency_shift', 'silence')
    restartable = False
    lpe = 1.0

    def setup(self):
        r = self.rng
        self.setup_access()
        self.off = self.sc.tz_min if r.random() < 0.6 else 0
        self.hitmiss = r.random() < 0.7
        self.fn = r.choice(['varnishncsa.log', 'varnishncsa.log', 'varnishncsa-access.log', 'varnish-access.log'])
        off = self.off
        self._ts = TSCache(lambda s: (lambda d: '%02d/%s/%04d:%02d:%02d:%02d %s' % (
            d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second, offstr(off)))(naive(s * 1000, off)))

    def fname(self):
        return self.fn

    def req_lines(self, T, q):
        r = self.rng
        s = q['s']
        if s in (500, 502, 503, 504) and q.get('v503', r.random() < 0.7):
            s = 503
            b = 282
        else:
            b = q['b']
        hm = 'miss'
        d = q['d']
        if s == 200 and q['m'] == 'GET' and (q['p'].startswith('/static') or q['p'].startswith('/assets') or r.random() < 0.35):
            hm = 'hit'
            d = d * 0.02 + 0.05
        elif q['m'] == 'POST' or s >= 500:
            hm = 'pass' if s < 500 else 'miss'
        if q['p'] == self.health_path:
            hm = 'pass'
        us = int(d * 1000) + r.randint(0, 999)
        line = '%s - - [%s] "%s http://%s%s HTTP/1.1" %d %s "%s" "%s" %d' % (
            q['ip'], self._ts(T // 1000), q['m'], self.sc.domain, q['p'], s, b if b else '-', q['ref'], q['ua'], us)
        if self.hitmiss:
            line += ' ' + hm
        return [line]


# ---------------------------------------------------------------- gunicorn
class Gunicorn(AccessSvc):
    name = 'gunicorn'
    kinds = ('http_5xx', 'traffic_flood', 'latency_shift', 'error_burst', 'retry_storm', 'oom_kill',
             'new_error', 'panic', 'silence', 'disk_full')
    lpe = 1.02

    def setup(self):
        r = self.rng
        self.setup_access()
        self.off = 0 if r.random() < 0.6 else self.sc.tz_min
        self.tunit = r.choice(['L', 'L', 'D', 'M'])
        self.framework = r.choice(['django', 'flask'])
        self.ver = r.choice(['20.1.0', '21.2.0', '22.0.0'])
        self.workers = [r.randint(8, 60) + i for i in range(r.randint(3, 9))]
        self.master = r.choice([1, 1, 7, r.randint(100, 900)])
        self.fn = r.choice(['gunicorn.log', '%s-web.log' % self.sc.app, 'gunicorn-%s.log' % self.sc.app])
        self.extra = r.choice(['orders', 'billing', 'quotes', 'rates'])
        off = self.off
        self._ta = TSCache(lambda s: (lambda d: '%02d/%s/%04d:%02d:%02d:%02d %s' % (
            d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second, offstr(off)))(naive(s * 1000, off)))
        self._te = TSCache(lambda s: naive(s * 1000, off).strftime('%Y-%m-%d %H:%M:%S') + ' ' + offstr(off))
        self.nextpid = max(self.workers) + 1
        self.ptypes = ['statement_timeout', 'redis_timeout', 'read_timeout', 'keyerror', 'valueerror', 'integrity', 'conn_closed']
        r.shuffle(self.ptypes)
        self.base_types = self.ptypes[:4]

    def fname(self):
        return self.fn

    def E(self, T, lvl, msg, pid=None):
        return '[%s] [%d] [%s] %s' % (self._te(T // 1000), pid or self.rng.choice(self.workers), lvl, msg)

    def req_lines(self, T, q):
        ip = self.sc.edge_ip if self.sc.has_edge and q['ip'] != self.hc_ip else q['ip']
        d = q['d']
        if self.tunit == 'L':
            t = '%.6f' % (d / 1000.0)
        elif self.tunit == 'D':
            t = '%d' % int(d * 1000)
        else:
            t = '%d' % int(d)
        return ['%s - - [%s] "%s %s HTTP/1.1" %d %s "%s" "%s" %s' % (
            ip, self._ta(T // 1000), q['m'], q['p'], q['s'], q['b'] if q['b'] else '-', q['ref'], q['ua'], t)]

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        k = etype or r.choice(self.base_types)
        return [self.E(T, 'ERROR', 'Error handling request %s' % self.sc.fill_path(r, self.sc.pick_route(r)[1]))] + \
            py_tb(r, self.sc.app, self.framework, key=k)

    def rare(self, T):
        r = self.rng
        x = r.random()
        if x < 0.35:
            w = r.choice(self.workers)
            return [self.E(T, 'INFO', 'Autorestarting worker after current request.', w),
                    self.E(T + 3, 'INFO', 'Worker exiting (pid: %d)' % w, w)]
        if x < 0.6:
            return [self.E(T, 'WARNING', "%s/django/db/models/fields/__init__.py:1595: RuntimeWarning: DateTimeField Order.created received a naive datetime (2024-01-01 00:00:00) while time zone support is active." % SITE)]
        if x < 0.8:
            return [self.E(T, 'WARNING', 'Slow request %s took %.2fs' % (self.sc.fill_path(r, self.sc.pick_route(r)[1]), r.uniform(3, 9)))]
        h = '%d.%d.%d.%d' % tuple(r.randint(1, 250) for _ in range(4))
        return [self.E(T, 'WARNING', "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (h, h))]

    def retry(self, T):
        return [self.E(T, 'WARNING', retry_py(self.rng, 'x', '/v1/%s' % self.extra))]

    def disk(self, T):
        r = self.rng
        return [self.E(T, 'ERROR', 'Error handling request /api/v1/exports/%d' % r.randint(1000, 99999))] + \
            py_tb(r, self.sc.app, self.framework, spec=PY_DISK)

    def pick_new(self):
        self.new_spec = self.rng.choice(PY_NEW)

    def newerr(self, T):
        r = self.rng
        return [self.E(T, 'ERROR', 'Error handling request %s' % self.sc.fill_path(r, self.sc.pick_route(r)[1]))] + \
            py_tb(r, self.sc.app, self.framework, spec=self.new_spec)

    def dep(self, T):
        return self.err(T, 'conn_closed' if self.rng.random() < 0.6 else 'statement_timeout')

    def startup(self, T):
        r = self.rng
        m = self.master
        out = [(T, [self.E(T, 'INFO', 'Starting gunicorn %s' % self.ver, m)]),
               (T + 2, [self.E(T + 2, 'INFO', 'Listening at: http://0.0.0.0:8000 (%d)' % m, m)]),
               (T + 3, [self.E(T + 3, 'INFO', 'Using worker: %s' % r.choice(['gthread', 'sync', 'uvicorn.workers.UvicornWorker']), m)])]
        t = T + 10
        self.workers = []
        for i in range(r.randint(3, 9)):
            p = self.nextpid
            self.nextpid += r.randint(1, 3)
            self.workers.append(p)
            t += r.randint(2, 40)
            out.append((t, [self.E(t, 'INFO', 'Booting worker with pid: %d' % p, p)]))
        return out

    def shutdown(self, T):
        m = self.master
        out = [(T, [self.E(T, 'INFO', 'Handling signal: term', m)])]
        t = T
        for w in self.workers:
            t += self.rng.randint(5, 300)
            out.append((t, [self.E(t, 'INFO', 'Worker exiting (pid: %d)' % w, w)]))
        out.append((t + 400, [self.E(t + 400, 'INFO', 'Shutting down: Master', m)]))
        return out

    def oom(self, T):
        r = self.rng
        out = []
        t = T
        for _ in range(r.randint(1, 3)):
            w = r.choice(self.workers)
            out.append((t, [self.E(t, 'ERROR', 'Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?' % w, self.master)]))
            t += r.randint(30, 900)
            p = self.nextpid
            self.nextpid += 1
            self.workers[self.workers.index(w)] = p
            out.append((t, [self.E(t, 'INFO', 'Booting worker with pid: %d' % p, p)]))
            t += r.randint(200, 20000)
        return out, None

    def panic(self, T):
        r = self.rng
        lines = ['Fatal Python error: Segmentation fault', '',
                 'Thread 0x00007f%s (most recent call first):' % hexs(r, 10),
                 '  File "/usr/local/lib/python3.11/threading.py", line 331 in wait',
                 '  File "/usr/local/lib/python3.11/concurrent/futures/thread.py", line 81 in _worker', '',
                 'Current thread 0x00007f%s (most recent call first):' % hexs(r, 10),
                 '  File "%s/lxml/html/__init__.py", line 875 in document_fromstring' % SITE,
                 '  File "/app/%s/catalog/importers.py", line 142 in parse_feed' % self.sc.app,
                 '  File "/app/%s/catalog/views.py", line 61 in import_feed' % self.sc.app,
                 '  File "%s/gunicorn/workers/gthread.py", line 323 in handle_request' % SITE,
                 '  File "%s/gunicorn/workers/gthread.py", line 271 in handle' % SITE, '',
                 'Extension modules: psycopg2._psycopg, lxml.etree, lxml._elementpath, charset_normalizer.md, yaml._yaml (total: 5)']
        recs = [(T, [self.E(T, 'CRITICAL', 'WORKER TIMEOUT (pid:%d)' % self.workers[0], self.master)]),
                (T + 40, lines)]
        g1 = T + 100 + r.randint(3000, 150000)
        return recs + self.startup(g1), (T + 41, g1)


# ---------------------------------------------------------------- uWSGI
class Uwsgi(AccessSvc):
    name = 'uwsgi'
    kinds = ('http_5xx', 'traffic_flood', 'latency_shift', 'error_burst', 'retry_storm', 'oom_kill',
             'new_error', 'panic', 'silence', 'disk_full')
    lpe = 1.0

    def setup(self):
        r = self.rng
        self.setup_access()
        self.off = self.sc.tz_min if r.random() < 0.5 else 0
        self.logdate = r.random() < 0.5
        self.nw = r.randint(2, 8)
        self.pids = [r.randint(20, 90) + i for i in range(self.nw)]
        self.nextpid = max(self.pids) + 1
        self.wreq = [0] * self.nw
        self.total = 0
        self.framework = r.choice(['django', 'flask'])
        self.fn = r.choice(['uwsgi.log', '%s-uwsgi.log' % self.sc.app, 'uwsgi-%s.log' % self.sc.app])
        self.ver = r.choice(['2.0.21', '2.0.22', '2.0.23'])
        self.extra = r.choice(['inventory', 'pricing', 'geo', 'mailer'])
        off = self.off
        self._tc = TSCache(lambda s: (lambda d: '%s %s %2d %02d:%02d:%02d %04d' % (
            DOW[d.weekday()], MON[d.month - 1], d.day, d.hour, d.minute, d.second, d.year))(naive(s * 1000, off)))
        self._tp = TSCache(lambda s: naive(s * 1000, off).strftime('%Y-%m-%d %H:%M:%S'))
        self.ptypes = ['statement_timeout', 'redis_timeout', 'read_timeout', 'keyerror', 'valueerror', 'integrity', 'conn_closed']
        r.shuffle(self.ptypes)
        self.base_types = self.ptypes[:4]

    def fname(self):
        return self.fn

    def P(self, T, lvl, logger, msg):
        return '%s,%03d %s [%s] %s' % (self._tp(T // 1000), T % 1000, lvl, logger, msg)

    def D(self, T, msg):
        return ('%s - %s' % (self._tc(T // 1000), msg)) if self.logdate else msg

    def req_lines(self, T, q):
        r = self.rng
        w = r.randrange(self.nw)
        self.wreq[w] += 1
        self.total += 1
        ip = q['ip']
        if self.sc.has_edge and ip != self.hc_ip:
            ip = self.sc.edge_ip
        nh = r.randint(3, 6)
        return ['[pid: %d|app: 0|req: %d/%d] %s () {%d vars in %d bytes} [%s] %s %s => generated %d bytes in %d msecs (HTTP/1.1 %d) %d headers in %d bytes (1 switches on core 0)' % (
            self.pids[w], self.wreq[w], self.total, ip, r.choice([34, 36, 38, 40, 42]), r.randint(420, 900), self._tc(T // 1000),
            q['m'], q['p'], q['b'] + (0 if q['b'] else 0), int(q['d']), q['s'], nh, nh * 30 + r.randint(0, 60))]

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        k = etype or r.choice(self.base_types)
        return [self.P(T, 'ERROR', 'django.request' if self.framework == 'django' else self.sc.app,
                       'Internal Server Error: %s' % self.sc.fill_path(r, self.sc.pick_route(r)[1]))] + \
            py_tb(r, self.sc.app, self.framework, key=k)

    def rare(self, T):
        r = self.rng
        x = r.random()
        if x < 0.3:
            return [self.D(T, '*** uWSGI listen queue of socket ":8000" (fd: 3) full !!! (%d/100) ***' % r.randint(101, 104))]
        if x < 0.55:
            w = r.randrange(self.nw)
            return [self.D(T, '*** HARAKIRI ON WORKER %d (pid: %d, try: 1) ***' % (w + 1, self.pids[w])),
                    self.D(T + 2, 'HARAKIRI !!! worker %d status !!!' % (w + 1)),
                    self.D(T + 3, 'HARAKIRI [core 0] %s - GET /api/v1/reports/export since %d' % (self.sc.edge_ip, T // 1000 - 60)),
                    self.D(T + 4, 'HARAKIRI !!! end of worker %d status !!!' % (w + 1)),
                    self.D(T + 40, 'DAMN ! worker %d (pid: %d) died, killed by signal 9 :( trying respawn ...' % (w + 1, self.pids[w])),
                    self.D(T + 41, 'Respawned uWSGI worker %d (new pid: %d)' % (w + 1, self._respawn(w)))]
        if x < 0.8:
            return [self.P(T, 'WARNING', 'django.request', 'Not Found: /%s' % r.choice(['favicon.ico', 'apple-touch-icon.png', 'robots.txt']))]
        return ['%s/django/views/generic/list.py:91: UnorderedObjectListWarning: Pagination may yield inconsistent results with an unordered object_list: <class \'catalog.models.Item\'> QuerySet.' % SITE,
                '  paginator = self.get_paginator(']

    def _respawn(self, w):
        p = self.nextpid
        self.nextpid += self.rng.randint(1, 4)
        self.pids[w] = p
        self.wreq[w] = 0
        return p

    def retry(self, T):
        return [self.P(T, 'WARNING', 'urllib3.connectionpool', retry_py(self.rng, 'x', '/v2/%s' % self.extra))]

    def disk(self, T):
        r = self.rng
        return [self.P(T, 'ERROR', 'django.request', 'Internal Server Error: /api/v1/exports/%d' % r.randint(100, 9999))] + \
            py_tb(r, self.sc.app, self.framework, spec=PY_DISK)

    def pick_new(self):
        self.new_spec = self.rng.choice(PY_NEW)

    def newerr(self, T):
        r = self.rng
        return [self.P(T, 'ERROR', 'django.request', 'Internal Server Error: %s' % self.sc.fill_path(r, self.sc.pick_route(r)[1]))] + \
            py_tb(r, self.sc.app, self.framework, spec=self.new_spec)

    def dep(self, T):
        return self.err(T, 'conn_closed')

    def startup(self, T):
        r = self.rng
        self.pids = []
        for i in range(self.nw):
            self.pids.append(self.nextpid)
            self.nextpid += r.randint(1, 3)
        self.wreq = [0] * self.nw
        self.total = 0
        host = '%s-%s-%s' % (self.sc.app, hexs(r, 9), b62(r, 5).lower())
        L = ['*** Starting uWSGI %s (64bit) on [%s] ***' % (self.ver, self._tc(T // 1000)),
             'compiled with version: 12.2.0 on 14 November 2023 10:21:07',
             'os: Linux-5.15.0-1051-aws #56-Ubuntu SMP Thu Nov 30 14:36:40 UTC 2023',
             'nodename: %s' % host, 'machine: x86_64', 'clock source: unix',
             'detected number of CPU cores: %d' % r.choice([2, 4, 8]),
             'current working directory: /app', 'detected binary path: /usr/local/bin/uwsgi',
             'your memory page size is 4096 bytes', 'detected max file descriptor number: 1048576',
             'lock engine: pthread robust mutexes', 'thunder lock: disabled (you can enable it with --thunder-lock)',
             'uwsgi socket 0 bound to TCP address :8000 fd 3',
             'Python version: 3.11.7 (main, Dec 19 2023, 20:33:49) [GCC 12.2.0]',
             'Python main interpreter initialized at 0x%s' % hexs(r, 12),
             'python threads support enabled', 'your server socket listen backlog is limited to 100 connections',
             'your mercy for graceful operations on workers is 60 seconds',
             'mapped %d bytes (%d KB) for %d cores' % (self.nw * 91150, self.nw * 89, self.nw),
             '*** Operational MODE: preforking ***']
        out = [(T, L)]
        t = T + r.randint(1200, 4000)
        out.append((t, ['WSGI app 0 (mountpoint=\'\') ready in %d seconds on interpreter 0x%s pid: %d (default app)' % (r.randint(1, 4), hexs(r, 12), self.pids[0] - 1),
                        '*** uWSGI is running in multiple interpreter mode ***',
                        'spawned uWSGI master process (pid: %d)' % (self.pids[0] - 1)] +
                    ['spawned uWSGI worker %d (pid: %d, cores: 1)' % (i + 1, p) for i, p in enumerate(self.pids)]))
        return out

    def shutdown(self, T):
        L = ['SIGINT/SIGTERM received...killing workers...'] + \
            ['worker %d buried after 1 seconds' % (i + 1) for i in range(self.nw)] + ['goodbye to uWSGI.']
        return [(T, [self.D(T, x) for x in L])]

    def oom(self, T):
        r = self.rng
        out = []
        t = T
        for _ in range(r.randint(1, 3)):
            w = r.randrange(self.nw)
            old = self.pids[w]
            out.append((t, [self.D(t, 'DAMN ! worker %d (pid: %d) died, killed by signal 9 :( trying respawn ...' % (w + 1, old)),
                            self.D(t + 1, 'Respawned uWSGI worker %d (new pid: %d)' % (w + 1, self._respawn(w)))]))
            t += r.randint(500, 30000)
        return out, None

    def panic(self, T):
        r = self.rng
        p = self.pids[0] - 1
        bt = ['!!! uWSGI process %d got Segmentation Fault !!!' % p, '*** backtrace of %d ***' % p,
              'uwsgi(uwsgi_backtrace+0x2a) [0x55%s]' % hexs(r, 10), 'uwsgi(uwsgi_segfault+0x23) [0x55%s]' % hexs(r, 10),
              '/lib/x86_64-linux-gnu/libc.so.6(+0x3c050) [0x7f%s]' % hexs(r, 10),
              '%s/psycopg2/_psycopg.cpython-311-x86_64-linux-gnu.so(+0x2b1d4) [0x7f%s]' % (SITE, hexs(r, 10)),
              'uwsgi(uwsgi_master_cleanup_hooks+0x41) [0x55%s]' % hexs(r, 10),
              'uwsgi(uwsgi_run+0x2b9) [0x55%s]' % hexs(r, 10), '/lib/x86_64-linux-gnu/libc.so.6(+0x2724a) [0x7f%s]' % hexs(r, 10),
              'uwsgi(_start+0x21) [0x55%s]' % hexs(r, 10), '*** end of backtrace ***']
        recs = [(T, [self.D(T, x) for x in bt])]
        g1 = T + 50 + r.randint(3000, 150000)
        return recs + self.startup(g1), (T + 10, g1)


# ---------------------------------------------------------------- Phoenix / Elixir
EX_ERRS = {
    'noresults': ['** (Ecto.NoResultsError) expected at least one result but got none in query:', '',
                  'from o0 in {M}.Orders.Order,', '  where: o0.id == ^{ID}', '',
                  '        (ecto 3.10.3) lib/ecto/repo/queryable.ex:164: Ecto.Repo.Queryable.one!/3',
                  '        ({app} 0.1.0) lib/{app}_web/controllers/order_controller.ex:24: {M}Web.OrderController.show/2'],
    'dbtimeout': ['** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2983ms. This means requests are coming in and your connection pool cannot serve them fast enough.',
                  '        (ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1',
                  '        (ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:945: Ecto.Adapters.SQL.execute/6',
                  '        ({app} 0.1.0) lib/{app}/catalog.ex:88: {M}.Catalog.list_items/1'],
    'funclause': ['** (FunctionClauseError) no function clause matching in {M}Web.CartController.update/2',
                  '        ({app} 0.1.0) lib/{app}_web/controllers/cart_controller.ex:41: {M}Web.CartController.update/2',
                  '        ({app} 0.1.0) lib/{app}_web/controllers/cart_controller.ex:1: {M}Web.CartController.action/2'],
    'badmatch': ['** (MatchError) no match of right hand side value: {:error, :timeout}',
                 '        ({app} 0.1.0) lib/{app}/payments/client.ex:57: {M}.Payments.Client.capture/2',
                 '        ({app} 0.1.0) lib/{app}_web/controllers/checkout_controller.ex:33: {M}Web.CheckoutController.create/2'],
    'castfail': ['** (Ecto.Query.CastError) deps/ecto/lib/ecto/repo/queryable.ex:472: value `"undefined"` in `where` cannot be cast to type :id in query:',
                 '', 'from u0 in {M}.Accounts.User,', '  where: u0.id == ^"undefined",', '  select: u0',
                 '        (elixir 1.15.7) lib/enum.ex:1693: Enum."-map_reduce/3-lists^mapfoldl/2-0-"/3'],
}
EX_NEW = [
    ['** (KeyError) key :currency not found in: %{amount: 1999, country: "DE"}',
     '        ({app} 0.1.0) lib/{app}/pricing.ex:112: {M}.Pricing.format_price/1',
     '        ({app} 0.1.0) lib/{app}_web/views/product_view.ex:19: {M}Web.ProductView.render/2'],
    ['** (Protocol.UndefinedError) protocol Jason.Encoder not implemented for %{M}.Accounts.Session{...} of type {M}.Accounts.Session (a struct)',
     '        (jason 1.4.1) lib/jason.ex:213: Jason.Encoder.Any.encode/2',
     '        (phoenix 1.7.10) lib/phoenix/controller.ex:336: Phoenix.Controller.json/2'],
    ['** (ArgumentError) errors were found at the given arguments:', '',
     '  * 1st argument: not a valid UTF-8 string (invalid byte 0xC3 at position 17)', '',
     '        (elixir 1.15.7) lib/string.ex:2210: String.normalize/2',
     '        ({app} 0.1.0) lib/{app}/search.ex:44: {M}.Search.tokenize/1'],
]


class Phoenix(AccessSvc):
    name = 'phoenix'
    kinds = ('http_5xx', 'traffic_flood', 'latency_shift', 'error_burst', 'retry_storm', 'oom_kill',
             'new_error', 'panic', 'silence', 'disk_full')
    lpe = 2.0

    def setup(self):
        r = self.rng
        self.setup_access()
        self.off = 0 if r.random() < 0.5 else self.sc.tz_min
        self.M = self.sc.app.capitalize()
        self.fn = r.choice(['%s.log' % self.sc.app, 'phoenix.log', '%s-prod.log' % self.sc.app])
        off = self.off
        self._t = TSCache(lambda s: naive(s * 1000, off).strftime('%Y-%m-%d %H:%M:%S'))
        self.etypes = list(EX_ERRS.keys())
        r.shuffle(self.etypes)
        self.base_types = self.etypes[:3]
        self.pool = r.randint(2, 9)

    def fname(self):
        return self.fn

    def L(self, T, lvl, msg, rid=None):
        return '%s.%03d %s[%s] %s' % (self._t(T // 1000), T % 1000, ('request_id=%s ' % rid) if rid else '', lvl, msg)

    def rid(self):
        return b62(self.rng, 16) + 'AAA' + self.rng.choice('ABCDEFGHIJ')

    def sub(self, lines):
        return [x.replace('{M}', self.M).replace('{app}', self.sc.app).replace('{ID}', str(self.rng.randint(1, 99999))) for x in lines]

    def req_lines(self, T, q):
        r = self.rng
        rid = self.rid()
        d = q['d']
        if d < 1.0:
            took = '%dµs' % max(40, int(d * 1000))
        else:
            took = '%dms' % int(d)
        T2 = T + int(d)
        if q['s'] >= 500 and q.get('crash', r.random() < 0.5):
            k = q.get('etype') or r.choice(self.base_types)
            return [self.L(T, 'info', '%s %s' % (q['m'], q['p']), rid),
                    self.L(T2, 'error', '#PID<0.%d.0> running %sWeb.Endpoint (connection #PID<0.%d.0>, stream id %d) terminated' % (r.randint(2000, 90000), self.M, r.randint(2000, 90000), r.randint(1, 9)), rid),
                    'Server: %s:80 (http)' % self.sc.domain, 'Request: %s %s' % (q['m'], q['p']),
                    '** (exit) an exception was raised:'] + ['    ' + x for x in self.sub(EX_ERRS[k])]
        return [self.L(T, 'info', '%s %s' % (q['m'], q['p']), rid),
                self.L(T2, 'info', 'Sent %d in %s' % (q['s'], took), rid)]

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        q = self.req(T)
        q['s'] = 500
        q['crash'] = True
        q['etype'] = etype
        return self.req_lines(T, q)

    def rare(self, T):
        r = self.rng
        x = r.random()
        if x < 0.4:
            return [self.L(T, 'info', 'CONNECTED TO Phoenix.LiveView.Socket in %dµs' % r.randint(30, 400)),
                    '  Transport: :websocket', '  Serializer: Phoenix.Socket.V2.JSONSerializer',
                    '  Parameters: %%{"_csrf_token" => "%s", "_live_referer" => "undefined", "_mounts" => "0", "vsn" => "2.0.0"}' % b62(r, 32)]
        if x < 0.6:
            return [self.L(T, 'warning', 'Phoenix.Router.NoRouteError: no route found for GET /%s (%sWeb.Router)' % (r.choice(['wp-admin', 'favicon.ico', 'api/v0/items']), self.M))]
        if x < 0.8:
            return [self.L(T, 'warning', 'Ecto query took %dms (threshold 500ms): SELECT o0."id", o0."total" FROM "orders" AS o0 WHERE (o0."customer_id" = $1)' % r.randint(500, 1800))]
        return [self.L(T, 'warning', 'invalid CSRF (Cross Site Request Forgery) token, please make sure that:'),
                '', '  * The session cookie is being sent and session is loaded',
                '  * The request include a valid \'_csrf_token\' param or \'x-csrf-token\' header']

    def retry(self, T):
        r = self.rng
        return [self.L(T, 'error', 'Postgrex.Protocol (#PID<0.%d.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s:5432): connection refused - :econnrefused' % (r.randint(2400, 2400 + self.pool * 3), self.sc.db_host))]

    def disk(self, T):
        r = self.rng
        return [self.L(T, 'error', 'Task #PID<0.%d.0> started from %s.Exports.Supervisor terminating' % (r.randint(3000, 90000), self.M)),
                '** (File.Error) could not write to file "/var/lib/%s/exports/export-%d.csv": no space left on device' % (self.sc.app, r.randint(1000, 99999)),
                '    (elixir 1.15.7) lib/file.ex:1088: File.write!/3',
                '    (%s 0.1.0) lib/%s/exports.ex:77: %s.Exports.run/1' % (self.sc.app, self.sc.app, self.M),
                'Function: #Function<0.10853459/0 in %s.Exports.start_link/1>' % self.M, '    Args: []']

    def pick_new(self):
        self.new_spec = self.rng.choice(EX_NEW)

    def newerr(self, T):
        r = self.rng
        rid = self.rid()
        q = self.req(T)
        return [self.L(T, 'info', '%s %s' % (q['m'], q['p']), rid),
                self.L(T + r.randint(2, 40), 'error', '#PID<0.%d.0> running %sWeb.Endpoint (connection #PID<0.%d.0>, stream id 1) terminated' % (r.randint(2000, 90000), self.M, r.randint(2000, 90000)), rid),
                'Server: %s:80 (http)' % self.sc.domain, 'Request: %s %s' % (q['m'], q['p']),
                '** (exit) an exception was raised:'] + ['    ' + x for x in self.sub(self.new_spec)]

    def dep(self, T):
        return self.retry(T) if self.rng.random() < 0.5 else self.err(T, 'dbtimeout')

    def startup(self, T):
        r = self.rng
        return [(T, [self.L(T, 'info', 'Running %sWeb.Endpoint with cowboy 2.10.0 at :::4000 (http)' % self.M)]),
                (T + 3, [self.L(T + 3, 'info', 'Access %sWeb.Endpoint at https://%s' % (self.M, self.sc.domain))])]

    def shutdown(self, T):
        return [(T, [self.L(T, 'notice', 'SIGTERM received - shutting down')]),
                (T + 300, [self.L(T + 300, 'info', 'Application %s exited: :stopped' % self.sc.app)])]

    def oom(self, T):
        r = self.rng
        recs = [(T, ['eheap_alloc: Cannot allocate %d bytes of memory (of type "heap").' % r.choice([3936326656, 1257826640, 6801972136, 2147483648]),
                     '', 'Crash dump is being written to: erl_crash.dump...done'])]
        g1 = T + r.randint(4000, 40000)
        return recs + self.startup(g1), (T + 1, g1)

    def panic(self, T):
        r = self.rng
        recs = [(T, [self.L(T, 'error', 'GenServer %s.SessionCache terminating' % self.M),
                     '** (ArgumentError) errors were found at the given arguments:', '',
                     '  * 1st argument: the table identifier does not refer to an existing ETS table', '',
                     '    (stdlib 5.1.1) :ets.lookup(:session_cache, "%s")' % b62(r, 22),
                     '    (%s 0.1.0) lib/%s/session_cache.ex:41: %s.SessionCache.handle_call/3' % (self.sc.app, self.sc.app, self.M),
                     '    (stdlib 5.1.1) gen_server.erl:1113: :gen_server.try_handle_call/4',
                     '    (stdlib 5.1.1) gen_server.erl:1142: :gen_server.handle_msg/6',
                     '    (stdlib 5.1.1) proc_lib.erl:241: :proc_lib.init_p_do_apply/3',
                     'Last message (from #PID<0.%d.0>): {:get, "%s"}' % (r.randint(2000, 9000), b62(r, 22)),
                     'State: %{table: :session_cache, ttl: 3600}']),
                (T + 20, [self.L(T + 20, 'notice', 'Application %s exited: shutdown' % self.sc.app),
                          'Kernel pid terminated (application_controller) ("{application_terminated,%s,shutdown}")' % self.sc.app, '',
                          'Crash dump is being written to: erl_crash.dump...done'])]
        g1 = T + 300 + r.randint(3000, 150000)
        return recs + self.startup(g1), (T + 21, g1)
