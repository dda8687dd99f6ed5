"""Application logs: Rust tracing fmt, gunicorn (+Flask/Django), Phoenix inside
Docker json-file."""
import math

from b6core import (US, SEC, MIN, R, Stamp, Picker, p_iso, p_sp, p_clf, p_hms, p_date, hexs,
                    uuid4, b64id, priv_ip, ver, offs)
from b6base import LogFile, HttpModel
from b6fmt_edge import go_nano

APP_KINDS = frozenset({'error_burst', 'retry_storm', 'new_error', 'latency_shift', 'http_5xx',
                       'silence', 'panic', 'disk_full'})


def singular(noun):
    n = noun.replace('-', '_')
    if n.endswith('ies'):
        return n[:-3] + 'y'
    if n.endswith('sses') or n.endswith('xes'):
        return n[:-2]
    if n.endswith('s'):
        return n[:-1]
    return n


# ===========================================================================
class RustTracing(LogFile):
    KIND = 'rust'
    HEAVY = True
    LPE = 1.12
    ALPHA = 0.95
    SUPPORTS = APP_KINDS

    def setup(self):
        v = self.vr
        sc = self.sc
        self.svc = self.spec['hint']['svc']
        self.crate = self.svc.replace('-', '_')
        self.http = HttpModel(v, sc, public=False, lat_scale=0.6)
        self.stamp = Stamp(p_iso)
        self.rid_span = v.random() < 0.4
        self.newpanic = sc.year >= 2024 or (sc.year == 2023 and v.random() < 0.4)
        self.version = '%d.%d.%d' % (v.randint(0, 3), v.randint(1, 40), v.randint(0, 9))
        self.sha = hexs(v, 7)
        self.dep = v.choice(['inventory', 'pricing', 'payments', 'accounts', 'search', 'identity'])
        self.port = v.choice([8080, 3000, 8000, 9090])
        self.pool = v.choice([10, 20, 32, 50])
        causes = [
            'error returned from database: deadlock detected',
            'pool timed out while waiting for an open connection',
            'error returned from database: canceling statement due to statement timeout',
            'error sending request for url (http://%s:8080/internal/v1/%s): operation timed out' % (
                self.dep, v.choice(sc.nouns)),
            'error returned from database: could not serialize access due to concurrent update',
        ]
        v.shuffle(causes)
        self.bg_cause = causes[0]
        self.burst_causes = causes[1:3]

    def t(self, ts):
        s, us = divmod(ts, US)
        return '%s.%06dZ' % (self.stamp(s), us)

    def ln(self, ts, lvl, span, target, msg):
        if span:
            return '%s %5s %s: %s: %s' % (self.t(ts), lvl, span, target, msg)
        return '%s %5s %s: %s' % (self.t(ts), lvl, target, msg)

    def span(self, rt, path, rng):
        if self.rid_span:
            return 'request{method=%s uri=%s version=HTTP/1.1 request_id=%s}' % (
                rt.method, path, uuid4(rng))
        return 'request{method=%s uri=%s version=HTTP/1.1}' % (rt.method, path)

    def request(self, ts, rng, rt, st, lat, tag=None, err=None):
        path = self.http.path(rt, rng)
        sp = self.span(rt, path, rng)
        c = self.crate
        lt = int(lat)
        t_in = ts - int(lat * 1000 * 0.6)
        if err:
            self.add(t_in, self.ln(t_in, 'ERROR', sp, '%s::handlers::%s' % (c, rt.noun.replace('-', '_') or 'api'),
                                   err), tag)
        elif st >= 500 and st == 500:
            self.add(t_in, self.ln(t_in, 'ERROR', sp, '%s::handlers::%s' % (c, rt.noun.replace('-', '_') or 'api'),
                                   'request handler failed error=%s' % self.bg_cause), tag)
        elif rt.kind == 'create' and st == 201 and rng.random() < 0.5:
            self.add(t_in, self.ln(t_in, 'INFO', sp, '%s::handlers::%s' % (c, rt.noun.replace('-', '_')),
                                   'created %s id=%s' % (singular(rt.noun), self.http.rid(rng))), tag)
        elif st == 401 and rng.random() < 0.6:
            self.add(t_in, self.ln(t_in, 'WARN', sp, '%s::auth' % c,
                                   'rejected request reason=%s' % rng.choice(
                                       ['ExpiredSignature', 'InvalidToken', 'missing bearer token'])), tag)
        elif st == 422 and rng.random() < 0.6:
            self.add(t_in, self.ln(t_in, 'WARN', sp, '%s::extract' % c,
                                   'request body validation failed error=%s: invalid value' % rng.choice(
                                       ['quantity', 'email', 'currency', 'postal_code'])), tag)
        if st >= 500:
            self.add(ts, self.ln(ts, 'ERROR', sp, 'tower_http::trace::on_failure',
                                 'response failed classification=Status code: %d %s latency=%d ms' % (
                                     st, {500: 'Internal Server Error', 502: 'Bad Gateway',
                                          503: 'Service Unavailable', 504: 'Gateway Timeout'}[st], lt)),
                     tag)
        self.add(ts + 3, self.ln(ts + 3, 'INFO', sp, 'tower_http::trace::on_response',
                                 'finished processing request latency=%d ms status=%d' % (lt, st)), tag)

    def background(self):
        rng = self.rng
        http = self.http
        c = self.crate
        b5 = http.p5base
        for ts in self.arrivals(self.ev_per_min):
            rt, st, lat = http.sample(rng, self.p5(ts, b5), self.lat_mult(ts))
            self.request(ts, rng, rt, st, lat)
        # retried-then-succeeded downstream calls
        for ts in self.arrivals(0.25):
            rt = http.pick(rng)
            sp = self.span(rt, http.path(rt, rng), rng)
            self.add(ts, self.ln(ts, 'WARN', sp, '%s::clients::%s' % (c, self.dep),
                                 'request to %s failed, retrying attempt=1 max_attempts=3 backoff_ms=%d '
                                 'error=%s' % (self.dep, rng.choice([100, 200]), rng.choice([
                                     'connection closed before message completed',
                                     'error trying to connect: tcp connect error: Connection reset by peer (os error 104)',
                                     'operation timed out']))))
        # sqlx slow statements (multi-line statement text)
        for ts in self.arrivals(0.06):
            noun = rng.choice(self.sc.nouns).replace('-', '_')
            el = rng.uniform(1.0, 4.0) * self.lat_mult(ts)
            self.add(ts, self.ln(ts, 'WARN', None, 'sqlx::query',
                                 'slow statement: execution time exceeded alert threshold summary="SELECT '
                                 't.id, t.status, …" db.statement="\\n\\nSELECT\\n  t.id,\\n  t.status,\\n  '
                                 't.updated_at\\nFROM\\n  %s t\\nWHERE\\n  t.account_id = $1\\nORDER BY\\n  '
                                 't.updated_at DESC\\nLIMIT\\n  $2\\n" rows_affected=0 rows_returned=%d '
                                 'elapsed=%.6fs elapsed_secs=%.6f slow_threshold=1s' % (
                                     noun, rng.randint(1, 200), el, el)))
        for ts in self.ticks(300, 2):
            self.add(ts, self.ln(ts, 'INFO', None, '%s::jobs::cache' % c,
                                 'refreshed %s cache entries=%d elapsed_ms=%d' % (
                                     singular(self.sc.nouns[0]), rng.randint(800, 40000), rng.randint(30, 900))))
        for ts in self.ticks(60, 1):
            self.add(ts, self.ln(ts, 'INFO', None, '%s::jobs::outbox' % c,
                                 'relayed outbox events published=%d pending=%d' % (
                                     rng.randint(0, 40), rng.randint(0, 3))))
        for inc in self.incs:
            if inc['kind'] == 'latency_shift':
                inc['desc'] = ('%s request latencies (tower_http latency=) rise about %.1fx with a '
                               '90 s ramp' % (self.svc, inc['params']['k']))
            elif inc['kind'] == 'http_5xx':
                inc['desc'] = ('%s answers about %.1f%% of requests with 5xx and logs on_failure '
                               'errors' % (self.svc, 100 * inc['params']['share']))
            elif inc['kind'] == 'silence':
                inc['desc'] = '%s stops writing log lines%s' % (
                    self.svc, ' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        return self.ln(ts, 'INFO', None, '%s::jobs::outbox' % self.crate,
                       'relayed outbox events published=0 pending=0')

    def inject(self, inc):
        LogFile.inject(self, inc)
        k = inc['kind']
        if k == 'error_burst':
            inc['desc'] = 'burst of %s handler errors returning 500 (%s)' % (self.svc, ' / '.join(self.burst_causes))
        elif k == 'retry_storm':
            inc['desc'] = '%s retries calls to the %s service in a storm (503 Service Unavailable)' % (self.svc, self.dep)
        elif k == 'new_error':
            inc['desc'] = 'a never-seen %s ERROR template starts recurring' % self.svc

    # ---------------------------------------------------------- incidents
    def ev_error(self, ts, tag, rng):
        rt = self.http.pick(rng)
        cause = rng.choice(self.burst_causes)
        self.request(ts, rng, rt, 500, rng.uniform(5, 60), tag,
                     err='request handler failed error=%s' % cause)

    def ev_retry(self, ts, tag, rng):
        rt = self.http.pick(rng)
        sp = self.span(rt, self.http.path(rt, rng), rng)
        a = rng.randint(1, 5)
        if a == 5:
            self.add(ts, self.ln(ts, 'ERROR', sp, '%s::clients::%s' % (self.crate, self.dep),
                                 'giving up on %s after 5 attempts (retries exhausted) error=HTTP status '
                                 'server error (503 Service Unavailable) for url (http://%s:8080/internal/v1/'
                                 'reserve)' % (self.dep, self.dep)), tag)
        else:
            self.add(ts, self.ln(ts, 'WARN', sp, '%s::clients::%s' % (self.crate, self.dep),
                                 'request to %s failed, retrying attempt=%d max_attempts=5 backoff_ms=%d '
                                 'error=HTTP status server error (503 Service Unavailable) for url '
                                 '(http://%s:8080/internal/v1/reserve)' % (
                                     self.dep, a, 100 * 2 ** a, self.dep)), tag)

    def new_error_tpl(self, rng):
        c = self.crate
        n = singular(rng.choice(self.sc.nouns))
        pool = [
            (None, '%s::events::consumer' % c,
             'failed to deserialize event error=missing field `currency_code` at line 1 column {a} '
             'topic=' + n + '.events.v2 partition={p} offset={o}'),
            (None, '%s::jobs::reconcile' % c,
             'reconciliation mismatch for ' + n + ' batch batch_id={o} expected_total={a} actual_total={b}'),
            ('span', '%s::handlers::pricing' % c,
             'invariant violated: discount exceeds line total ' + n + '_id={o} discount_cents={a} '
             'total_cents={b}'),
            (None, '%s::cache' % c,
             'redis command failed error=MOVED {p} 10.0.{p}.{a}:6379 key=' + n + ':{o}'),
        ]
        return rng.choice(pool)

    def ev_new_error(self, ts, tag, rng, tpl):
        kind, target, msg = tpl
        msg = msg.replace('{a}', str(rng.randint(10, 999))).replace('{b}', str(rng.randint(1000, 99999)))
        msg = msg.replace('{p}', str(rng.randint(0, 11))).replace('{o}', str(rng.randint(100000, 9999999)))
        sp = None
        if kind == 'span':
            rt = self.http.pick(rng)
            sp = self.span(rt, self.http.path(rt, rng), rng)
        self.add(ts, self.ln(ts, 'ERROR', sp, target, msg), tag)

    def ev_disk(self, ts, tag, rng, first):
        d = '%04d%02d%02d' % tuple(__import__('time').gmtime(ts // US)[:3])
        if rng.random() < 0.6:
            self.add(ts, self.ln(ts, 'ERROR', None, '%s::export' % self.crate,
                                 'failed to write export chunk path=/var/lib/%s/exports/%s/part-%05d.ndjson '
                                 'error=No space left on device (os error 28)' % (self.svc, d, rng.randint(1, 4000))),
                     tag)
        else:
            self.add(ts, self.ln(ts, 'WARN', None, '%s::jobs::spool' % self.crate,
                                 'spool write failed, dropping batch size=%d error=No space left on device '
                                 '(os error 28)' % rng.randint(10, 500)), tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = '%s cannot write its export/spool files: No space left on device (os error 28)' % self.svc

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        inc = ev['inc']
        if 'pan' not in inc['params']:
            fr = R(self.sc.seed, self.sc.sid, self.name, 'panic', inc['idx'])
            n = fr.choice(self.sc.nouns).replace('-', '_')
            inc['params']['pan'] = fr.choice([
                ('src/handlers/%s.rs' % n, fr.randint(40, 400), fr.randint(9, 60),
                 'called `Option::unwrap()` on a `None` value'),
                ('src/domain/%s.rs' % singular(n), fr.randint(40, 400), fr.randint(9, 60),
                 'index out of bounds: the len is 0 but the index is 0'),
                ('src/clients/%s.rs' % self.dep, fr.randint(40, 300), fr.randint(9, 60),
                 'called `Result::unwrap()` on an `Err` value: Error { kind: UnexpectedEof, '
                 'message: "failed to fill whole buffer" }'),
            ])
        f, l, col, msg = inc['params']['pan']
        loc = '%s:%d:%d' % (f, l, col)
        head = self.ln(ts, 'ERROR', None, '%s::panic' % self.crate,
                       'panic occurred panic.payload=%s panic.location=%s' % (
                           '"' + msg.replace('"', '\\"') + '"', loc))
        if self.newpanic:
            body = "thread 'tokio-runtime-worker' panicked at %s:\n%s\n" % (loc, msg)
        else:
            body = "thread 'tokio-runtime-worker' panicked at '%s', %s\n" % (msg, loc)
        body += 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace'
        self.add(ts, head + '\n' + body, ev['tag'])
        inc['desc'] = ('%s aborts on a panic ("%s" at %s) and is restarted by its supervisor%s' % (
            self.svc, msg.split(': Error {')[0], f, '' if len(inc['params']['crashes']) == 1 else
            ' (%d crashes)' % len(inc['params']['crashes'])))

    def shutdown(self, ts, tag, rng):
        self.add(ts, self.ln(ts, 'INFO', None, self.crate,
                             'signal received, starting graceful shutdown signal=SIGTERM'), tag)
        t2 = ts + int(rng.uniform(0.2, 3) * US)
        self.add(t2, self.ln(t2, 'INFO', None, self.crate, 'graceful shutdown complete'), tag)
        return t2

    def startup(self, ts, tag, rng, after='restart'):
        c = self.crate
        t = ts
        lines = [('INFO', c, 'starting %s version=%s git_sha=%s' % (self.svc, self.version, self.sha)),
                 ('INFO', '%s::config' % c, 'loaded configuration env=production'),
                 ('INFO', '%s::db' % c, 'connected to postgres max_connections=%d' % self.pool),
                 ('INFO', '%s::db' % c, 'migrations up to date applied=0'),
                 ('INFO', c, 'listening on 0.0.0.0:%d' % self.port)]
        for lvl, tg, msg in lines:
            self.add(t, self.ln(t, lvl, None, tg, msg), tag)
            t += int(rng.uniform(0.002, 0.25) * US)
        return t


# ===========================================================================
FLASK_FRAMES = [
    ('flask/app.py', 'wsgi_app', 'response = self.full_dispatch_request()'),
    ('flask/app.py', 'full_dispatch_request', 'rv = self.handle_user_exception(e)'),
    ('flask/app.py', 'full_dispatch_request', 'rv = self.dispatch_request()'),
    ('flask/app.py', 'dispatch_request', 'return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)'),
]
DJANGO_FRAMES = [
    ('django/core/handlers/exception.py', 'inner', 'response = get_response(request)'),
    ('django/core/handlers/base.py', '_get_response',
     'response = wrapped_callback(request, *callback_args, **callback_kwargs)'),
    ('django/views/decorators/csrf.py', 'wrapper_view', 'return view_func(*args, **kwargs)'),
    ('rest_framework/viewsets.py', 'view', 'return self.dispatch(request, *args, **kwargs)'),
    ('rest_framework/views.py', 'dispatch', 'response = self.handle_exception(exc)'),
    ('rest_framework/views.py', 'dispatch', 'response = handler(request, *args, **kwargs)'),
]


class Gunicorn(LogFile):
    KIND = 'gunicorn'
    HEAVY = True
    LPE = 1.04
    ALPHA = 0.95
    PREC = 1000
    CRASH_DOWN = False
    CRASH_GAP = (2.0, 8.0)
    SUPPORTS = frozenset(APP_KINDS | {'traffic_flood', 'oom_kill'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.django = v.random() < 0.45
        self.off = v.choice([0, sc.tz]) if self.django else 0
        self.z = offs(self.off, 'plain')
        self.st = Stamp(p_sp, self.off)
        self.sclf = Stamp(p_clf, self.off)
        self.sdj = Stamp(p_iso, self.off)
        self.gver = ver('gunicorn', sc.year)
        self.py = ver('python', sc.year)
        self.site = '/usr/local/lib/python%s/site-packages/' % self.py
        self.pkg = singular(v.choice(sc.nouns)) + 's' if not self.django else v.choice(sc.svcs).replace('-', '_')
        self.container = v.random() < 0.55
        self.nw = v.randint(2, 8)
        self.wclass = v.choice(['sync', 'gthread', 'gevent'])
        self.port = v.choice([8000, 5000, 8080])
        self.http = HttpModel(v, sc, public=True, browser=not self.django and v.random() < 0.5,
                              prefix='/api/v1' if v.random() < 0.7 else '/api')
        self.lbs = [priv_ip(v, sc.vpc_b, 0, 15) for _ in range(2)]
        self.maxreq = v.choice([0, 1000, 2000, 5000])
        self.partner = v.choice(sc.D['partners'])
        self.bg_exc = [
            ('repository.py', 'fetch', 'cur.execute(SQL_FETCH, (obj_id,))',
             ['psycopg2.OperationalError: server closed the connection unexpectedly',
              '\tThis probably means the server terminated abnormally',
              '\tbefore or while processing the request.']),
            ('services.py', 'quote', 'resp = session.post(url, json=payload, timeout=10)',
             ["requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='%s', port=443): Read "
              "timed out. (read timeout=10)" % self.partner]),
            ('serializers.py', 'to_representation', "return obj.owner.id",
             ["AttributeError: 'NoneType' object has no attribute 'id'"]),
            ('cache.py', 'get_or_set', 'return self.client.get(key)',
             ['redis.exceptions.ConnectionError: Error 110 connecting to redis-master:6379. '
              'Connection timed out.']),
        ]
        self.burst_exc = [
            ('repository.py', 'fetch', 'cur.execute(SQL_FETCH, (obj_id,))',
             ['psycopg2.errors.QueryCanceled: canceling statement due to statement timeout']),
            ('db.py', 'connect', 'return pool.getconn()',
             ['psycopg2.pool.PoolError: connection pool exhausted']),
        ]

    # ------------------------------------------------------------ stamps
    def pid_master(self, ts):
        return 1 if self.container else self.pid_at(ts)

    def workers(self, ts):
        m = self.pid_master(ts)
        if self.container:
            return [7 + i for i in range(self.nw)]
        return [m + 5 + i for i in range(self.nw)]

    def g(self, ts, pid, lvl, msg):
        return '[%s %s] [%d] [%s] %s' % (self.st(ts // US), self.z, pid, lvl, msg)

    def access(self, ts, ip, meth, path, st, size, ref, ua, lat):
        return '%s - - [%s %s] "%s %s HTTP/1.1" %d %s "%s" "%s" %d' % (
            ip, self.sclf(ts // US), self.z, meth, path, st, size if size else '-', ref, ua,
            int(lat * 1000))

    def app(self, ts, lvl, module, msg):
        s, us = divmod(ts, US)
        if self.django:
            return '%s%s %s %s %s' % (self.sdj(s), self.z, lvl, module, msg)
        return '[%s,%03d] %s in %s: %s' % (self.st(s), us // 1000, lvl, module.split('.')[-1], msg)

    def tb(self, route_fn, exc, path, meth):
        fr, fn, code, tail = exc
        lines = ['Traceback (most recent call last):']
        base = DJANGO_FRAMES if self.django else FLASK_FRAMES
        ln0 = 55
        for f, func, src in base:
            lines.append('  File "%s%s", line %d, in %s' % (self.site, f, ln0, func))
            lines.append('    ' + src)
            ln0 = (ln0 * 7 + 113) % 2200 + 20
        lines.append('  File "/app/%s/views.py", line %d, in %s' % (self.pkg, 40 + len(path) % 90, route_fn))
        lines.append('    result = service.%s(request)' % fn if self.django else '    result = service.%s(**params)' % fn)
        lines.append('  File "/app/%s/%s", line %d, in %s' % (self.pkg, fr, 20 + len(fn) * 7, fn))
        lines.append('    ' + code)
        lines.extend(tail)
        return lines

    def error_record(self, ts, rt, path, exc, tag, st=500):
        head = (self.app(ts, 'ERROR', 'django.request', 'Internal Server Error: %s' % path.split('?')[0])
                if self.django else
                self.app(ts, 'ERROR', 'app', 'Exception on %s [%s]' % (path.split('?')[0], rt.method)))
        fn = ('retrieve' if rt.kind == 'item' else 'list') if self.django else \
            '%s_%s' % (rt.method.lower(), singular(rt.noun or 'resource'))
        self.add(ts, '\n'.join([head] + self.tb(fn, exc, path, rt.method)), tag)

    def request(self, ts, rng, rt, st, lat, ip, ua, tag=None, exc=None):
        path = self.http.path(rt, rng)
        if st == 500 or exc:
            self.error_record(ts - 1000, rt, path, exc or rng.choice(self.bg_exc), tag)
        ref = '-' if rt.kind not in ('static', 'page') else 'https://%s/' % self.sc.web_host
        self.add(ts, self.access(ts, ip, rt.method, path, st, self.http.size(rt, st, rng), ref, ua, lat),
                 tag, q=SEC)

    def background(self):
        rng = self.rng
        http = self.http
        b5 = http.p5base
        n = 0
        for ts in self.arrivals(self.ev_per_min):
            rt, st, lat = http.sample(rng, self.p5(ts, b5), self.lat_mult(ts))
            ip, ua = http.client(rng)
            self.request(ts, rng, rt, st, lat, ip, ua)
            n += 1
            if self.maxreq and n % (self.maxreq * self.nw // max(1, self.nw)) == 0 and not self.in_any(ts, self.down_plan):
                w = rng.choice(self.workers(ts))
                m = self.pid_master(ts)
                nw = w + rng.randint(20, 400) if not self.container else w + self.nw + rng.randint(1, 50)
                self.add(ts + 1000, self.g(ts + 1000, w, 'INFO', 'Autorestarting worker after current request.'), q=SEC)
                self.add(ts + 30000, self.g(ts + 30000, w, 'INFO', 'Worker exiting (pid: %d)' % w), q=SEC)
                self.add(ts + 90000, self.g(ts + 90000, nw, 'INFO', 'Booting worker with pid: %d' % nw), q=SEC)
        for ts in self.ticks(rng.choice([10, 15, 30]), 0.5):
            for lb in self.lbs:
                self.add(ts, self.access(ts, lb, 'GET', '/health', 200, 15, '-', 'ELB-HealthChecker/2.0',
                                         rng.uniform(0.6, 3)), q=SEC)
        for inc in self.floods:
            p = inc['params']
            ips, ua, rts = http.flood_setup(rng, inc)
            inc['desc'] = ('%d client%s (%s, "%s") flood %s at about %.1fx the normal request '
                           'volume' % (len(ips), 's' if len(ips) > 1 else '', ', '.join(ips), ua,
                                       ' and '.join(r.base for r in rts), p['k']))
            for ts in self.arrivals(self.ev_per_min * (p['k'] - 1.0), inc['t0'], inc['t1']):
                rt = rts[int(rng.random() * len(rts))]
                rt, st, lat = http.sample(rng, self.p5(ts, b5), self.lat_mult(ts), rt)
                self.request(ts, rng, rt, st, lat, ips[int(rng.random() * len(ips))], ua)
        # retried-then-succeeded, validation warnings, garbage requests
        for ts in self.arrivals(0.2):
            if self.django:
                self.add(ts, self.app(ts, 'WARNING', 'urllib3.connectionpool',
                                      "Retrying (Retry(total=2, connect=None, read=None, redirect=None, "
                                      "status=None)) after connection broken by 'ReadTimeoutError(\"HTTPS"
                                      "ConnectionPool(host='%s', port=443): Read timed out. (read timeout=5)\")': "
                                      "/v1/quotes" % self.partner))
            else:
                self.add(ts, self.app(ts, 'WARNING', 'services', '%s call timed out, retrying (attempt 1/3)'
                                      % self.partner))
        for ts in self.arrivals(0.3):
            if self.django:
                self.add(ts, self.app(ts, 'WARNING', 'django.request', 'Bad Request: %s' % rng.choice(
                    [r.base for r in http.routes if r.method == 'POST'] or ['/api/v1/login'])))
            else:
                self.add(ts, self.app(ts, 'WARNING', 'validators', 'rejected payload: %s' % rng.choice(
                    ["'email' is not a valid email address", "'quantity' must be >= 1",
                     "missing required field 'currency'"])))
        for ts in self.arrivals(0.05):
            w = rng.choice(self.workers(ts))
            self.add(ts, self.g(ts, w, 'WARNING', "Invalid request from ip=%s: Invalid HTTP request line: '%s'"
                                % (rng.choice(http.ips[-50:]), rng.choice(['\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03', 'SSH-2.0-Go', '\\x03\\x00\\x00/*\\xe0'])
                                   )), q=SEC)
        for inc in self.incs:
            if inc['kind'] == 'latency_shift':
                inc['desc'] = 'gunicorn request times (%%(D)s) rise about %.1fx with a 90 s ramp' % inc['params']['k']
            elif inc['kind'] == 'http_5xx':
                inc['desc'] = ('about %.1f%% of requests end in HTTP 500 with %s tracebacks' % (
                    100 * inc['params']['share'], 'Django' if self.django else 'Flask'))
            elif inc['kind'] == 'silence':
                inc['desc'] = 'the gunicorn log stops%s' % (' for good' if inc['params'].get('stop') else ' and later resumes')

    def build(self):
        self.down_plan = [(t, t + 60 * SEC) for t in self.spec.get('restarts', [])]
        return LogFile.build(self)

    def routine(self, ts):
        return self.access(ts, self.lbs[0], 'GET', '/health', 200, 15, '-', 'ELB-HealthChecker/2.0', 1.1)

    def inject(self, inc):
        LogFile.inject(self, inc)
        k = inc['kind']
        if k == 'error_burst':
            inc['desc'] = 'burst of HTTP 500s with %s tracebacks (statement timeout / pool exhausted)' % (
                'Django' if self.django else 'Flask')
        elif k == 'retry_storm':
            inc['desc'] = 'storm of urllib3 "Retrying (Retry(total=...))" warnings: the payment partner refuses connections'
        elif k == 'new_error':
            inc['desc'] = 'a never-seen exception type starts failing one endpoint with HTTP 500'

    # ---------------------------------------------------------- incidents
    def ev_error(self, ts, tag, rng):
        rt = self.http.pick(rng)
        ip, ua = self.http.client(rng)
        exc = rng.choice(self.burst_exc)
        self.request(ts, rng, rt, 500, rng.uniform(5, 200), ip, ua, tag, exc=exc)

    def ev_retry(self, ts, tag, rng):
        tot = rng.randint(0, 4)
        msg = ("Retrying (Retry(total=%d, connect=None, read=None, redirect=None, status=None)) after "
               "connection broken by 'NewConnectionError('<urllib3.connection.HTTPSConnection object at "
               "0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused')': /v1/%s"
               % (tot, hexs(rng, 9), rng.choice(['charges', 'quotes', 'events'])))
        self.add(ts, self.app(ts, 'WARNING', 'urllib3.connectionpool' if self.django else 'connectionpool', msg), tag)

    def new_error_tpl(self, rng):
        n = rng.choice(self.sc.nouns)
        pool = [
            ('encoders.py', 'default', 'return json.JSONEncoder.default(self, o)',
             ['TypeError: Object of type Decimal is not JSON serializable']),
            ('importers.py', 'parse_row', "return row['name'].encode('latin-1').decode('utf-8')",
             ["UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 118: invalid "
              "continuation byte"]),
            ('repository.py', 'save', 'session.flush()',
             ['sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value '
              'violates unique constraint "%s_external_ref_key"' % n.replace('-', '_'),
              'DETAIL:  Key (external_ref)=(%s) already exists.' % 'EXT-REF']),
            ('auth.py', 'decode_token', "return jwt.decode(token, key, audience=AUDIENCE, algorithms=['RS256'])",
             ["jwt.exceptions.InvalidAudienceError: Audience doesn't match"]),
        ]
        exc = rng.choice(pool)
        rts = [r for r in self.http.routes if r.kind in ('item', 'list', 'create')]
        return (rng.choice(rts), exc)

    def ev_new_error(self, ts, tag, rng, tpl):
        rt, exc = tpl
        ip, ua = self.http.client(rng)
        self.request(ts, rng, rt, 500, rng.uniform(10, 90), ip, ua, tag, exc=exc)

    def ev_disk(self, ts, tag, rng, first):
        rt = [r for r in self.http.routes if r.method == 'POST'] or self.http.routes
        rt = rt[0]
        ip, ua = self.http.client(rng)
        exc = ('storage.py', 'write_upload', 'fh.write(chunk)',
               ["OSError: [Errno 28] No space left on device: '/var/lib/%s/uploads/tmp/%s.part'"
                % (self.pkg, hexs(rng, 12))])
        self.request(ts, rng, rt, 500, rng.uniform(20, 300), ip, ua, tag, exc=exc)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = 'uploads fail with OSError [Errno 28] No space left on device (HTTP 500 + tracebacks)'

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        m = self.pid_master(ts)
        w = rng.choice(self.workers(ts))
        tag = ev['tag']
        rt = self.http.pick(rng)
        path = self.http.path(rt, rng)
        self.add(ts, self.g(ts, m, 'CRITICAL', 'WORKER TIMEOUT (pid:%d)' % w), tag, q=SEC)
        t = ts + int(rng.uniform(0.01, 0.3) * US)
        if self.gver >= '20.1':
            tb = ['Traceback (most recent call last):',
                  '  File "%sgunicorn/workers/sync.py", line 135, in handle' % self.site,
                  '    self.handle_request(listener, req, client, addr)',
                  '  File "%sgunicorn/workers/sync.py", line 178, in handle_request' % self.site,
                  '    respiter = self.wsgi(environ, resp.start_response)',
                  '  File "/app/%s/views.py", line 212, in export' % self.pkg,
                  '    rows = list(query.yield_per(1000))',
                  '  File "%sgunicorn/workers/base.py", line 203, in handle_abort' % self.site,
                  '    sys.exit(1)',
                  'SystemExit: 1']
            self.add(t, '\n'.join([self.g(t, w, 'ERROR', 'Error handling request %s' % path)] + tb), tag, q=SEC)
        t += int(rng.uniform(0.01, 0.2) * US)
        self.add(t, self.g(t, w, 'INFO', 'Worker exiting (pid: %d)' % w), tag, q=SEC)
        t += int(rng.uniform(0.05, 0.4) * US)
        self.add(t, self.g(t, m, 'ERROR', 'Worker (pid:%d) exited with code 1' % w), tag, q=SEC)
        inc = ev['inc']
        inc['desc'] = ('gunicorn workers hang and are killed by the master (WORKER TIMEOUT), '
                       'then replaced (%d time%s)' % (len(inc['params']['crashes']),
                                                     's' if len(inc['params']['crashes']) > 1 else ''))

    def crash_oom(self, ev, rng):
        ts = ev['tc']
        m = self.pid_master(ts)
        w = rng.choice(self.workers(ts))
        if self.gver >= '20.1':
            self.add(ts, self.g(ts, m, 'ERROR', 'Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?' % w),
                     ev['tag'], q=SEC)
        else:
            self.add(ts, self.g(ts, m, 'WARNING', 'Worker with pid %d was terminated due to signal 9' % w),
                     ev['tag'], q=SEC)
        inc = ev['inc']
        inc['desc'] = ('gunicorn workers are SIGKILLed by the kernel OOM killer and re-spawned '
                       '(%d time%s)' % (len(inc['params']['crashes']), 's' if len(inc['params']['crashes']) > 1 else ''))

    def shutdown(self, ts, tag, rng):
        m = self.pid_master(ts)
        self.add(ts, self.g(ts, m, 'INFO', 'Handling signal: term'), tag, q=SEC)
        t = ts
        for w in self.workers(ts):
            t += int(rng.uniform(0.01, 0.5) * US)
            self.add(t, self.g(t, w, 'INFO', 'Worker exiting (pid: %d)' % w), tag, q=SEC)
        t += int(rng.uniform(0.1, 1.5) * US)
        self.add(t, self.g(t, m, 'INFO', 'Shutting down: Master'), tag, q=SEC)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        if after != 'restart':
            w = rng.randint(60, 30000) if not self.container else rng.randint(self.nw + 8, 400)
            self.add(ts, self.g(ts, w, 'INFO', 'Booting worker with pid: %d' % w), tag, q=SEC)
            return ts
        m = self.pid_master(ts + 1)
        t = ts
        self.add(t, self.g(t, m, 'INFO', 'Starting gunicorn %s' % self.gver), tag, q=SEC)
        self.add(t + 1000, self.g(t + 1000, m, 'INFO', 'Listening at: http://0.0.0.0:%d (%d)' % (self.port, m)),
                 tag, q=SEC)
        self.add(t + 2000, self.g(t + 2000, m, 'INFO', 'Using worker: %s' % self.wclass), tag, q=SEC)
        t += 5000
        for w in self.workers(ts + 1):
            t += int(rng.uniform(0.005, 0.08) * US)
            self.add(t, self.g(t, w, 'INFO', 'Booting worker with pid: %d' % w), tag, q=SEC)
        return t


# ===========================================================================
def jesc(s):
    if '\\' in s:
        s = s.replace('\\', '\\\\')
    if '"' in s:
        s = s.replace('"', '\\"')
    if '\t' in s:
        s = s.replace('\t', '\\t')
    if '<' in s:
        s = s.replace('<', '\\u003c')
    if '>' in s:
        s = s.replace('>', '\\u003e')
    if '&' in s:
        s = s.replace('&', '\\u0026')
    return s


class PhoenixDocker(LogFile):
    KIND = 'phoenix'
    HEAVY = True
    LPE = 2.05
    ALPHA = 0.95
    SUPPORTS = frozenset(APP_KINDS | {'oom_kill'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.app_mod = sc.app_name
        self.otp = sc.app_name.lower()
        self.http = HttpModel(v, sc, public=True, prefix='/api', lat_scale=0.5)
        self.stamp = Stamp(p_iso)
        self.hms = Stamp(p_hms)
        self.warn = 'warning' if sc.year >= 2023 else 'warn'
        self.cowboy = ver('cowboy', sc.year)
        self.health = v.random() < 0.6
        self.oban = v.random() < 0.7
        self.host = sc.api_host
        self.version = '%d.%d.%d' % (v.randint(0, 2), v.randint(1, 30), v.randint(0, 9))
        self.pidn = v.randint(2000, 9000)
        self.pid_rate = max(0.5, self.ev_per_min / 60.0 * 1.3)
        self.workers = ['%s.Workers.%s' % (self.app_mod, j.replace('Job', '')) for j in sc.D['jobs']]
        self.partner = v.choice(sc.D['partners'])

    # docker json-file wrapper -------------------------------------------
    def dk(self, ts, lines, stream='stdout', tag=None):
        out = []
        base = ts
        for i, l in enumerate(lines):
            t = base + i * 7
            s, us = divmod(t, US)
            ns = us * 1000 + (t * 7919 + i * 131) % 1000
            out.append('{"log":"%s\\n","stream":"%s","time":"%sZ"}' % (
                jesc(l), stream, go_nano(self.stamp(s), ns)))
        self.add(ts, '\n'.join(out), tag)

    def ix(self, ts, rid, lvl, msg):
        s, us = divmod(ts, US)
        if rid:
            return '%s.%03d request_id=%s [%s] %s' % (self.hms(s), us // 1000, rid, lvl, msg)
        return '%s.%03d [%s] %s' % (self.hms(s), us // 1000, lvl, msg)

    def pid(self, rng, ts):
        n = self.pidn + int((ts - self.fs) / US * self.pid_rate) + rng.randint(0, 30)
        self._lastpid = n
        return '#PID<0.%d.0>' % n

    def crash_lines(self, ts, rid, rt, path, exc_lines, rng):
        p1 = self.pid(rng, ts)
        p0 = '#PID<0.%d.0>' % (self._lastpid - rng.randint(1, 5))
        ls = [self.ix(ts, rid, 'error', '%s running %sWeb.Endpoint (connection %s, stream id %d) terminated'
                      % (p1, self.app_mod, p0, rng.randint(1, 5)))]
        ls.append('Server: %s:80 (http)' % self.host)
        ls.append('Request: %s %s' % (rt.method, path))
        ls.append('** (exit) an exception was raised:')
        ls.extend(exc_lines)
        return ls

    def exc_dbconn(self):
        return ['    ** (DBConnection.ConnectionError) connection not available and request was dropped '
                'from queue after 2000ms. This means requests are coming in and your connection pool '
                'cannot serve them fast enough. You can address this by:',
                '',
                '  1. Ensuring your database is available and that you can connect to it',
                '  2. Tracking down slow queries and making sure they are running fast enough',
                '  3. Increasing the pool_size (although this increases resource consumption)',
                '  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval',
                '',
                'See DBConnection.start_link/2 for more information',
                '',
                '        (ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1',
                '        (%s %s) lib/%s/%s.ex:%d: %s.%s.list/1' % (
                    self.otp, self.version, self.otp, singular(self.sc.nouns[0]), 41,
                    self.app_mod, singular(self.sc.nouns[0]).capitalize())]

    def exc_bg(self, rng, rt):
        n = singular(rt.noun or 'item')
        return ['    ** (Ecto.NoResultsError) expected at least one result but got none in query:',
                '',
                'from %s0 in %s.%s,' % (n[0], self.app_mod, n.capitalize()),
                '  where: %s0.id == ^"%d"' % (n[0], rng.randint(1000, 999999)),
                '',
                '        (ecto 3.10.3) lib/ecto/repo/queryable.ex:164: Ecto.Repo.Queryable.one!/3',
                '        (%s %s) lib/%s_web/controllers/%s_controller.ex:%d: %sWeb.%sController.show/2' % (
                    self.otp, self.version, self.otp, n, 20 + len(n), self.app_mod, n.capitalize()),
                '        (%s %s) lib/%s_web/controllers/%s_controller.ex:1: %sWeb.%sController.action/2' % (
                    self.otp, self.version, self.otp, n, self.app_mod, n.capitalize()),
                '        (phoenix 1.7.10) lib/phoenix/router.ex:432: Phoenix.Router.__call__/5']

    def request(self, ts, rng, rt, st, lat, tag=None, exc=None):
        rid = b64id(rng)
        path = self.http.path(rt, rng).split('?')[0]
        t0 = ts - int(lat * 1000)
        self.dk(t0, [self.ix(t0, rid, 'info', '%s %s' % (rt.method, path))], tag=tag)
        if st == 500:
            self.dk(ts - 300, self.crash_lines(ts - 300, rid, rt, path, exc or self.exc_bg(rng, rt), rng), tag=tag)
        if lat < 1.0:
            d = '%dµs' % max(1, int(lat * 1000))
        else:
            d = '%dms' % int(lat)
        self.dk(ts, [self.ix(ts, rid, 'info', 'Sent %d in %s' % (st, d))], tag=tag)

    def background(self):
        rng = self.rng
        http = self.http
        b5 = http.p5base
        for ts in self.arrivals(self.ev_per_min):
            rt, st, lat = http.sample(rng, self.p5(ts, b5), self.lat_mult(ts))
            self.request(ts, rng, rt, st, lat)
        if self.health:
            for ts in self.ticks(10, 0.2):
                rid = b64id(rng)
                self.dk(ts, [self.ix(ts, rid, 'info', 'GET /health')])
                t2 = ts + rng.randint(300, 900)
                self.dk(t2, [self.ix(t2, rid, 'info', 'Sent 200 in %dµs' % rng.randint(180, 900))])
        if self.oban:
            for ts in self.arrivals(1.2):
                w = rng.choice(self.workers)
                self.dk(ts, [self.ix(ts, None, 'info',
                                     '{"args":{"id":%d},"attempt":1,"duration":%d,"event":"job:stop","id":%d,'
                                     '"max_attempts":20,"meta":{},"queue":"default","queue_time":%d,'
                                     '"source":"oban","state":"success","tags":[],"worker":"%s"}' % (
                                         rng.randint(1000, 999999), rng.randint(800, 900000),
                                         rng.randint(100000, 9999999), rng.randint(200, 90000), w))])
        for ts in self.arrivals(0.04):
            self.dk(ts, [self.ix(ts, None, 'error', 'Postgrex.Protocol (%s) disconnected: ** '
                                 '(DBConnection.ConnectionError) tcp recv (idle): closed' % self.pid(rng, ts))])
        for ts in self.arrivals(0.15):
            self.dk(ts, [self.ix(ts, None, self.warn, 'retry: got exception, will retry in 1000ms, 2 attempts left'),
                         self.ix(ts + 2, None, self.warn, '** (Mint.TransportError) socket closed')])
        for inc in self.incs:
            if inc['kind'] == 'latency_shift':
                inc['desc'] = 'Phoenix "Sent ... in Nms" durations rise about %.1fx with a 90 s ramp' % inc['params']['k']
            elif inc['kind'] == 'http_5xx':
                inc['desc'] = ('about %.1f%% of requests fail with 5xx, 500s with Cowboy crash reports' % (
                    100 * inc['params']['share']))
            elif inc['kind'] == 'silence':
                inc['desc'] = 'the container stops writing log lines%s' % (
                    ' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        s, us = divmod(ts, US)
        return '{"log":"%s\\n","stream":"stdout","time":"%sZ"}' % (
            jesc(self.ix(ts, b64id(self.rng), 'info', 'GET /health')), go_nano(self.stamp(s), us * 1000))

    def inject(self, inc):
        LogFile.inject(self, inc)
        k = inc['kind']
        if k == 'error_burst':
            inc['desc'] = 'burst of Cowboy crash reports: DBConnection.ConnectionError, pool cannot serve requests (HTTP 500)'
        elif k == 'retry_storm':
            inc['desc'] = 'Req retries against %s in a storm (status 503, will retry / giving up)' % self.partner
        elif k == 'new_error':
            inc['desc'] = 'a never-seen error (Oban job exception or GenServer crash) starts recurring'

    # ---------------------------------------------------------- incidents
    def ev_error(self, ts, tag, rng):
        rt = self.http.pick(rng)
        self.request(ts, rng, rt, 500, rng.uniform(2000, 2100), tag, exc=self.exc_dbconn())

    def ev_retry(self, ts, tag, rng):
        left = rng.randint(0, 3)
        if left == 0:
            self.dk(ts, [self.ix(ts, None, 'error', 'retry: got response with status 503, giving up after 3 retries (%s)' % self.partner)], tag=tag)
        else:
            self.dk(ts, [self.ix(ts, None, self.warn, 'retry: got response with status 503, will retry in %dms, %d attempts left'
                                 % (1000 * 2 ** (3 - left), left))], tag=tag)

    def new_error_tpl(self, rng):
        w = rng.choice(self.workers)
        return rng.choice([
            ('oban', w, '** (KeyError) key :currency not found in: %{amount: 1200, status: "pending"}'),
            ('oban', w, '** (Jason.DecodeError) unexpected byte at position 0: 0x3C ("<")'),
            ('genserver', '%s.RateLimiter' % self.app_mod,
             '** (FunctionClauseError) no function clause matching in %s.RateLimiter.handle_info/2' % self.app_mod),
        ])

    def ev_new_error(self, ts, tag, rng, tpl):
        kind, who, msg = tpl
        if kind == 'oban':
            line = ('{"attempt":%d,"duration":%d,"error":"%s","event":"job:exception","id":%d,'
                    '"max_attempts":20,"meta":{},"queue":"default","queue_time":%d,"source":"oban",'
                    '"state":"failure","tags":[],"worker":"%s"}' % (
                        rng.randint(1, 5), rng.randint(900, 90000), msg.replace('"', '\\"'),
                        rng.randint(100000, 9999999), rng.randint(100, 9000), who))
            self.dk(ts, [self.ix(ts, None, 'error', line)], tag=tag)
        else:
            self.dk(ts, [self.ix(ts, None, 'error', 'GenServer %s terminating' % who), msg,
                         '    (%s %s) lib/%s/rate_limiter.ex:%d: %s.handle_info/2' % (
                             self.otp, self.version, self.otp, 88, who),
                         '    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_dispatch/4',
                         'Last message: {:refill, :bucket_%d}' % rng.randint(1, 64)], tag=tag)

    def ev_disk(self, ts, tag, rng, first):
        p = '/app/uploads/tmp/%s.part' % hexs(rng, 16)
        self.dk(ts, [self.ix(ts, b64id(rng), 'error', 'upload failed: %%File.Error{reason: :enospc, action: '
                             '"write to file", path: "%s"}' % p),
                     '** (File.Error) could not write to file "%s": no space left on device' % p], tag=tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = 'uploads fail with :enospc (no space left on device) in the Phoenix app'

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        tag = ev['tag']
        who = '%s.Pricing.Cache' % self.app_mod
        self.dk(ts, [self.ix(ts, None, 'error', 'GenServer %s terminating' % who),
                     '** (ArgumentError) errors were found at the given arguments:',
                     '',
                     '  * 1st argument: the table identifier does not refer to an existing ETS table',
                     '',
                     '    (stdlib 5.2) :ets.lookup(:pricing_cache, "sku-%d")' % rng.randint(100, 99999),
                     '    (%s %s) lib/%s/pricing/cache.ex:44: %s.handle_call/3' % (self.otp, self.version, self.otp, who),
                     '    (stdlib 5.2) gen_server.erl:1131: :gen_server.try_handle_call/4',
                     '    (stdlib 5.2) gen_server.erl:1160: :gen_server.handle_msg/6',
                     '    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3',
                     'Last message (from %s): {:get, "sku-%d"}' % (self.pid(rng, ts), rng.randint(100, 99999))], tag=tag)
        t = ts + int(rng.uniform(0.05, 0.5) * US)
        self.dk(t, [self.ix(t, None, 'notice', 'Application %s exited: shutdown' % self.otp)], tag=tag)
        t += int(rng.uniform(0.01, 0.2) * US)
        self.dk(t, ['Kernel pid terminated (application_controller) ("{application_terminated,%s,shutdown}")'
                    % self.otp, '', 'Crash dump is being written to: erl_crash.dump...done'], 'stderr', tag)
        inc = ev['inc']
        inc['desc'] = ('the BEAM node halts after the %s supervisor gives up (Kernel pid terminated) and '
                       'the container is restarted' % self.otp)

    def crash_oom(self, ev, rng):
        ts = ev['tc']
        self.dk(ts, ['eheap_alloc: Cannot allocate %d bytes of memory (of type "heap").' % rng.randint(1_500_000_000, 6_000_000_000),
                     '', 'Crash dump is being written to: erl_crash.dump...done'], 'stderr', ev['tag'])
        inc = ev['inc']
        inc['desc'] = 'the BEAM VM dies with eheap_alloc "Cannot allocate ... bytes of memory" and the container restarts'

    def shutdown(self, ts, tag, rng):
        self.dk(ts, [self.ix(ts, None, 'notice', 'SIGTERM received - shutting down')], tag=tag)
        return ts

    def startup(self, ts, tag, rng, after='restart'):
        t = ts
        self.dk(t, [self.ix(t, None, 'info', 'Migrations already up')], tag=tag)
        t += int(rng.uniform(0.3, 1.5) * US)
        self.dk(t, [self.ix(t, None, 'info', 'Running %sWeb.Endpoint with cowboy %s at :::4000 (http)'
                            % (self.app_mod, self.cowboy))], tag=tag)
        t += int(rng.uniform(0.001, 0.01) * US)
        self.dk(t, [self.ix(t, None, 'info', 'Access %sWeb.Endpoint at https://%s' % (self.app_mod, self.host))], tag=tag)
        return t
