"""HTTP-serving application log formats: Go std log, Ruby Logger + Rack/Puma,
.NET console logging, pm2-prefixed Node.js output, ingress-nginx controller."""
import math

from core import (US, MIN, Gen, TS, Api, go_dur, hexs, uuid4, rid, off_str, f_iso, f_clf,
                  MON, STATUS_TEXT, public_ip, B32, cri_setup, cri_wrap)

GO_BY_YEAR = {2019: ['go1.12.9', 'go1.13.4'], 2020: ['go1.14.6', 'go1.15.5'],
              2021: ['go1.16.7', 'go1.17.3'], 2022: ['go1.18.5', 'go1.19.3'],
              2023: ['go1.20.6', 'go1.21.4'], 2024: ['go1.22.3', 'go1.23.1'],
              2025: ['go1.23.6', 'go1.24.2'], 2026: ['go1.25.3', 'go1.26.1']}


def gominor(v):
    return int(v.split('.')[1])


def ver(rng):
    return '%d.%d.%d' % (rng.randint(1, 4), rng.randint(0, 31), rng.randint(0, 12))


def go_panic(rng, pkg, mods, gover):
    """Text of an unrecovered Go panic (GOTRACEBACK=single)."""
    gm = gominor(gover)
    mod = rng.choice(mods)
    typ = rng.choice(['Batcher', 'Worker', 'Reconciler', 'Handler', 'Syncer', 'Publisher'])
    meth = rng.choice(['apply', 'flush', 'process', 'handleBatch', 'commit', 'merge'])
    gid = rng.randint(40, 9000)
    recv = '0x%x' % (0xc000010000 + rng.randrange(0, 0x800000, 16))
    ctxa = '{0x%x, 0x%x}' % (rng.randint(0xa00000, 0xdfffff), 0xc000010000 + rng.randrange(0, 0x800000, 16))
    if gm >= 18:
        ctxa = ctxa.replace(', ', '?, ', 1) if rng.random() < 0.4 else ctxa
    pk = rng.choice(['nil', 'nil', 'index', 'map', 'chan', 'conc'])
    lines = []
    if pk == 'nil':
        lines += ['panic: runtime error: invalid memory address or nil pointer dereference',
                  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]' %
                  (rng.choice([0, 8, 0x10, 0x18, 0x28, 0x40]), rng.randint(0x460000, 0xb00000)), '']
        why = 'nil'
    elif pk == 'index':
        k = rng.randint(0, 12)
        lines += ['panic: runtime error: index out of range [%d] with length %d' % (k, k), '']
        why = 'index out of range'
    elif pk == 'map':
        lines += ['panic: assignment to entry in nil map', '']
        why = 'nil map'
    elif pk == 'chan':
        lines += ['panic: send on closed channel', '']
        why = 'send on closed channel'
    else:
        lines += ['fatal error: concurrent map writes', '']
        why = 'concurrent map writes'
    lines.append('goroutine %d [running]:' % gid)
    if pk == 'conc':
        if gm >= 19:
            lines += ['runtime.throw({0x%x?, 0x0?})' % rng.randint(0x900000, 0xa00000),
                      '\t/usr/local/go/src/runtime/panic.go:%d +0x71' % rng.choice([1047, 1077, 1023])]
        else:
            lines += ['runtime.throw(0x%x, 0x15)' % rng.randint(0x900000, 0xa00000),
                      '\t/usr/local/go/src/runtime/panic.go:%d +0x72' % rng.choice([1117, 1116])]
        lines += ['runtime.mapassign_faststr(0x%x, 0xc0002a4f90, {0xc0003c8a80, 0x24})' % rng.randint(0x800000, 0x900000),
                  '\t/usr/local/go/src/runtime/map_faststr.go:%d +0x%x' % (rng.choice([203, 211]), rng.randint(0x100, 0x3ff))]
    fn = '%s/internal/%s.(*%s).%s' % (pkg, mod, typ, meth)
    fl = '/build/internal/%s/%s.go' % (mod, typ.lower())
    l1 = rng.randint(80, 400)
    lines += ['%s(%s, %s)' % (fn, recv, ctxa), '\t%s:%d +0x%x' % (fl, l1, rng.randint(0x20, 0x3ff))]
    lines += ['%s/internal/%s.(*%s).Run(%s, %s)' % (pkg, mod, typ, recv, ctxa),
              '\t%s:%d +0x%x' % (fl, rng.randint(30, l1), rng.randint(0x20, 0x3ff))]
    if gm >= 21:
        lines += ['created by %s/internal/%s.(*%s).Start in goroutine %d' % (pkg, mod, typ, rng.choice([1, 1, 18, 33]))]
    else:
        lines += ['created by %s/internal/%s.(*%s).Start' % (pkg, mod, typ)]
    lines.append('\t%s:%d +0x%x' % (fl, rng.randint(20, 80), rng.randint(0x20, 0x1ff)))
    return '\n'.join(lines), why, mod


# =====================================================================
class GoLog(Gen):
    FMT = 'golog'
    KINDS = ('panic', 'http_5xx', 'latency_shift', 'error_burst', 'silence', 'retry_storm',
             'new_error', 'traffic_flood')
    WEIGHT = 1.0

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svc = sc.take_service(v)
        self.micro = v.random() < 0.5
        self.sfile = v.random() < 0.4
        self.PREC = 1 if self.micro else US
        self.prefix = (self.svc + ': ') if v.random() < 0.2 else ''
        self.local = sc.tz_off != 0 and v.random() < 0.45
        self.ts = TS(lambda tm: '%04d/%02d/%02d %02d:%02d:%02d' % tm[:6], sc.tz_off if self.local else 0)
        self.E, self.W, self.I = v.choice([('ERROR ', 'WARN ', 'INFO '), ('[ERROR] ', '[WARN] ', '[INFO] '),
                                           ('error: ', 'warning: ', '')])
        self.astyle = v.randrange(3)
        self.api = Api(v, self.svc, '%s.%s' % (self.svc, sc.domain))
        self.gover = v.choice(GO_BY_YEAR[sc.year])
        self.ver = 'v' + ver(v)
        self.pkg = 'github.com/%s/%s' % (sc.slug, self.svc)
        self.mods = v.sample(['settle', 'sync', 'outbox', 'billing', 'store', 'queue', 'reconcile', 'ingest'], 3)
        self.fname = v.choice(['%s.log', '%s-server.log', '%s.stderr.log']) % self.svc
        self.peer = v.choice([s for s in ('inventory', 'pricing', 'accounts', 'catalog', 'geo') if s != self.svc])

    def line(self, us, msg, src='main.go:88'):
        t = self.ts(us)
        if self.micro:
            t = '%s.%06d' % (t, us % US)
        if self.sfile:
            return '%s%s %s: %s' % (self.prefix, t, src, msg)
        return '%s%s %s' % (self.prefix, t, msg)

    def startup(self, us, inc=None):
        sc, rng = self.sc, self.rng
        msgs = [('%sstarting %s %s (%s linux/amd64)' % (self.I, self.svc, self.ver, self.gover), 'main.go:41'),
                ('%sconfig: loaded /etc/%s/config.yaml (env=production)' % (self.I, self.svc), 'config.go:77')]
        if self.local:
            msgs.append(('%slocal time zone %s' % (self.I, self.tzdecl()), 'main.go:52'))
        msgs += [('%sdb: connected to postgres://%s@pg-main.%s:5432/%s (max_open=25)' % (self.I, self.svc, sc.internal, self.svc), 'db.go:35'),
                 ('%shttp: listening on :8080' % self.I, 'server.go:61')]
        t = us
        for m, src in msgs:
            self.add(t, self.line(t, m, src), inc=inc, force=True)
            t += rng.randint(300, 90000)
        return t

    def restart(self, us):
        rng = self.rng
        self.add(us, self.line(us, '%sreceived signal terminated, shutting down' % self.I, 'main.go:97'), force=True)
        t = us + rng.randint(200000, 3000000)
        self.add(t, self.line(t, '%shttp: server stopped (drained %d connections in %s)' % (
            self.I, rng.randint(2, 40), go_dur(t - us)), 'server.go:88'), force=True)
        down = rng.randint(4, 20) * US
        self.startup(us + down)
        return down

    def build(self):
        rng, sc, api = self.rng, self.sc, self.api
        E, W, I = self.E, self.W, self.I
        if self.local:
            self.startup(self.start)
        base = self.rate_for(self.target * 0.9, 1.05)
        causes = ['context deadline exceeded', 'pq: canceling statement due to statement timeout',
                  'redis: connection pool timeout', 'upstream %s: unexpected EOF' % self.peer,
                  'rpc error: code = Unavailable desc = connection closed before server preface received']
        e5 = self.win('http_5xx')
        for inc in e5:
            inc.p['cause'] = rng.choice(causes[:3] + ['dial tcp 10.0.%d.%d:5432: connect: connection refused' % (rng.randint(1, 9), rng.randint(2, 250))])
        for us, m, path, st, lat, size, ip, ua, r, flag in self.requests(base, api):
            d = go_dur(int(lat * 1e6) + rng.randrange(1000))
            if self.astyle == 0:
                msg = '%s - "%s %s HTTP/1.1" %d %d %s' % (ip, m, path, st, size, d)
            elif self.astyle == 1:
                msg = '%s%s %s %d %s' % (I, m, path, st, d)
            else:
                msg = 'http: %s %s -> %d (%s, %d bytes)' % (m, path, st, d, size)
            if st >= 500 and rng.random() < 0.8:
                inc = self.active(e5, us)
                cause = inc.p['cause'] if inc else rng.choice(causes)
                t = us - rng.randint(50, 900)
                self.add(t, self.line(t, '%shandler: %s %s: %s' % (E, m, path.split('?')[0], cause), 'handler.go:143'))
            self.add(us, self.line(us, msg, 'middleware.go:64'))
        # routine
        for t in self.periodic(60 * US, 2 * US):
            o = rng.randint(6, 25)
            self.add(t, self.line(t, '%sdb: pool stats open=%d idle=%d inuse=%d wait_count=%d wait_duration=%s' % (
                I, o, o - rng.randint(0, o // 2), rng.randint(0, o // 2), rng.randint(0, 3), go_dur(rng.randint(0, 30000000))), 'db.go:112'))
        for t in self.periodic(300 * US, 20 * US):
            self.add(t, self.line(t, '%scache: refreshed %d entries in %s' % (
                I, rng.randint(800, 20000), go_dur(rng.randint(20_000_000, 900_000_000))), 'cache.go:58'))
        job = rng.choice(['hourly-rollup', 'expire-holds', 'compact-outbox', 'sync-fx-rates'])
        for t in self.periodic(3600 * US, 3 * US, phase=rng.randint(1, 58) * MIN):
            self.add(t, self.line(t, '%sscheduler: job "%s" started' % (I, job), 'cron.go:44'))
            t2 = t + rng.randint(1, 40) * US
            self.add(t2, self.line(t2, '%sscheduler: job "%s" finished in %s (%d rows)' % (
                I, job, go_dur(t2 - t), rng.randint(0, 5000)), 'cron.go:51'))
        reasons = ['EOF', 'read tcp 10.0.1.%d:8443->%s: read: connection reset by peer',
                   'tls: client offered only unsupported versions: [302 301]', 'remote error: tls: bad certificate',
                   'tls: first record does not look like a TLS handshake', 'remote error: tls: unknown certificate authority']
        for t in self.arrivals(rng.uniform(0.05, 0.4)):
            ipp = '%s:%d' % (public_ip(rng), rng.randint(1024, 65535))
            rs = rng.choice(reasons)
            if '%' in rs:
                rs = rs % (rng.randint(2, 250), ipp)
            self.add(t, self.line(t, 'http: TLS handshake error from %s: %s' % (ipp, rs), 'server.go:3215'))
        for t in self.arrivals(0.02):
            self.add(t, self.line(t, '%sslow query (%s): SELECT ... FROM %s WHERE %s_id = $1' % (
                W, go_dur(rng.randint(500, 2500) * 1_000_000), rng.choice(['events', 'line_items', 'audit_log']), self.svc[:-1] if self.svc.endswith('s') else self.svc), 'db.go:140'))
        for t in self.arrivals(0.015):
            hook = 'https://hooks.%s/%s' % (rng.choice(['partner-one.example', 'acme-erp.example', 'crm.example']), rid(rng, 8))
            self.add(t, self.line(t, '%swebhook: POST %s failed: context deadline exceeded (attempt 1/5, retrying in 2s)' % (W, hook), 'webhook.go:77'))
            t2 = t + rng.randint(2, 4) * US
            self.add(t2, self.line(t2, '%swebhook: POST %s delivered (attempt 2/5, status 200)' % (I, hook), 'webhook.go:70'))
        if rng.random() < 0.35:
            t = rng.randint(self.start, self.end - 1)
            self.add(t, self.line(t, '%sautocert: renewed certificate for %s (expires %d-%02d-%02d)' % (
                I, self.api.host, self.sc.year + (1 if rng.random() < 0.3 else 0), rng.randint(1, 12), rng.randint(1, 28)), 'tls.go:93'))
        for inc in self.win('panic'):
            self.inject_panic(inc)
        self.inject_generic()

    def inject_panic(self, inc):
        rng = self.irng
        n = rng.randint(1, 3)
        t = inc.s
        whys = []
        for c in range(n):
            text, why, mod = go_panic(rng, self.pkg, self.mods, self.gover)
            whys.append(why)
            pre = rng.choice(['%s%s: processing batch %d (%d entries)' % (self.I, mod, rng.randint(1000, 99999), rng.randint(10, 900)),
                              '%s%s: retrying stale item %s' % (self.W, mod, uuid4(rng)),
                              '%s%s: unexpected empty snapshot for key %d, continuing' % (self.E, mod, rng.randint(1000, 99999))])
            self.add(t, self.line(t, pre, mod + '.go:%d' % rng.randint(40, 300)), inc=inc, force=True)
            self.add(t, text, inc=inc, force=True)
            down = rng.randint(2, 8) * US * (c + 1) + rng.randint(0, 999999)
            self.gaps.append((t, t + down))
            end = self.startup(t + down, inc=inc)
            t = end + rng.randint(25, 110) * US
        inc.desc = 'Go runtime crash (%s) in %s; process restarted %d time%s' % (
            whys[0], self.svc, n, '' if n == 1 else 's')

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['th'] = rng.randrange(4)
            ctx['ip'] = '10.0.%d.%d' % (rng.randint(1, 9), rng.randint(2, 250))
            inc.desc = ['burst of "pq: deadlock detected" commit failures',
                        'burst of gRPC Unavailable errors (connection refused) to %s' % self.peer,
                        'burst of object storage 503 errors in export worker',
                        'burst of redis i/o timeouts'][ctx['th']] + ' in %s (%d lines)' % (self.svc, n)
        th = ctx['th']
        if th == 0:
            m = '%ssettle: commit batch %d: pq: deadlock detected' % (self.E, rng.randint(10000, 99999))
        elif th == 1:
            m = '%sgrpc: call %s.v1.%sService/Get failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s:9090: connect: connection refused"' % (
                self.E, self.peer, self.peer.capitalize(), ctx['ip'])
        elif th == 2:
            m = '%sexport: upload %s/%s.parquet: googleapi: Error 503: Backend Error, backendError' % (
                self.E, self.sc.slug + '-exports', uuid4(rng))
        else:
            m = '%scache: GET %s:%s: read tcp 10.0.1.17:%d->%s:6379: i/o timeout' % (
                self.E, self.svc, rid(rng, 10), rng.randint(30000, 60000), ctx['ip'])
        self.add(us, self.line(us, m, 'worker.go:%d' % (200 + th)), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['topic'] = '%s-events' % self.svc
            ctx['th'] = rng.randrange(2)
            inc.desc = ('kafka producer retry storm (Not Leader For Partition) on topic %s' % ctx['topic']
                        if ctx['th'] == 0 else 'retry storm calling %s (503 Service Unavailable)' % self.peer)
        a = i % 10 + 1
        if ctx['th'] == 0:
            m = '%skafka: produce to topic "%s" partition %d failed (attempt %d/10), retrying in %dms: kafka server: Tried to send a message to a replica that is not the leader for some partition. Your metadata is out of date.' % (
                self.W, ctx['topic'], rng.randint(0, 11), a, 100 * a)
        else:
            m = '%s%s: GET http://%s.%s/v1/items/%d: 503 Service Unavailable, retrying in %s (attempt %d/10)' % (
                self.W, self.peer, self.peer, self.sc.internal, rng.randint(1000, 99999), go_dur(100_000_000 * a), a)
        self.add(us, self.line(us, m, 'retry.go:58'), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['th'] = rng.randrange(2)
            inc.desc = ('new recurring error: reconcile balance drift' if ctx['th'] == 0
                        else 'new recurring error: json: unsupported value: NaN while exporting invoices')
        if ctx['th'] == 0:
            x = rng.uniform(10, 9000)
            m = '%sreconcile: balance drift for account %d: ledger=%.2f cache=%.2f' % (self.E, rng.randint(10000, 99999), x, x - rng.uniform(0.01, 50))
        else:
            m = '%sexport: marshal invoice %s: json: unsupported value: NaN' % (self.E, uuid4(rng))
        self.add(us, self.line(us, m, 'reconcile.go:219'), inc=inc)


# =====================================================================
RUBY_BY_YEAR = {2019: ('2.6.5', '4.3.1'), 2020: ('2.7.2', '5.0.4'), 2021: ('3.0.2', '5.5.2'),
                2022: ('3.1.2', '5.6.5'), 2023: ('3.2.2', '6.4.0'), 2024: ('3.3.1', '6.4.2'),
                2025: ('3.4.1', '6.6.0'), 2026: ('3.4.5', '7.0.3')}


class Ruby(Gen):
    """Sinatra app under Puma: Ruby Logger lines + Rack::CommonLogger access lines."""
    FMT = 'ruby'
    KINDS = ('http_5xx', 'latency_shift', 'traffic_flood', 'silence', 'error_burst', 'retry_storm',
             'new_error', 'disk_full')
    WEIGHT = 1.0

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svc = sc.take_service(v)
        self.api = Api(v, self.svc, '%s.%s' % (self.svc, sc.domain))
        self.local = sc.tz_off != 0 and v.random() < 0.5
        off = sc.tz_off if self.local else 0
        self.lts = TS(lambda tm: f_iso(tm), off)
        self.cts = TS(lambda tm: f_clf(tm) + ' ' + off_str(off, False), off)
        self.cluster = v.random() < 0.6
        self.master = v.randint(1, 9)
        self.workers = [self.master + 3 + i for i in range(v.choice([2, 3, 4]))] if self.cluster else [self.master]
        self.ruby, self.puma = RUBY_BY_YEAR[self.sc.year]
        self.sinatra, self.rack = {2019: ('2.0.7', '2.0.7'), 2020: ('2.1.0', '2.2.3'), 2021: ('2.1.0', '2.2.3'), 2022: ('2.2.2', '2.2.4'),
                                   2023: ('3.1.0', '2.2.8'), 2024: ('4.0.0', '3.0.9'), 2025: ('4.1.1', '3.1.8'), 2026: ('4.1.1', '3.2.1')}[self.sc.year]
        self.prog = v.choice(['', '', self.svc])
        self.fname = v.choice(['%s.log', '%s-web.log', 'puma-%s.log']) % self.svc
        self.peer = v.choice(['inventory', 'pricing', 'accounts', 'catalog'])
        self.xff = v.random() < 0.5

    def ll(self, us, sev, msg, pid=None):
        return '%s, [%s.%06d #%d] %5s -- %s: %s' % (sev[0], self.lts(us), us % US, pid or self.workers[0], sev, self.prog, msg)

    def boot(self, us, inc=None):
        rng = self.rng
        t = us
        lines = []
        if self.cluster:
            m = self.master
            lines = ['[%d] Puma starting in cluster mode...' % m,
                     '[%d] * Puma version: %s (ruby %s-p%d) ("%s")' % (m, self.puma, self.ruby, rng.choice([0, 53, 100, 194]),
                                                                     rng.choice(['The Eagle of Durango', 'Birdie\'s Version', 'Sunflower'])),
                     '[%d] *  Min threads: 0' % m, '[%d] *  Max threads: 5' % m,
                     '[%d] *  Environment: production' % m, '[%d] *   Master PID: %d' % (m, m),
                     '[%d] *      Workers: %d' % (m, len(self.workers)), '[%d] *     Restarts: (\u2714) hot (\u2714) phased' % m,
                     '[%d] * Preloading application' % m,
                     '[%d] * Listening on http://0.0.0.0:9292' % m, '[%d] Use Ctrl-C to stop' % m]
        else:
            lines = ['Puma starting in single mode...',
                     '* Puma version: %s (ruby %s-p%d) ("%s")' % (self.puma, self.ruby, rng.choice([0, 53, 100]), 'The Eagle of Durango'),
                     '*  Min threads: 0', '*  Max threads: 5', '*  Environment: production',
                     '*          PID: %d' % self.master, '* Listening on http://0.0.0.0:9292', 'Use Ctrl-C to stop']
        self.add(t, '\n'.join(lines), inc=inc, force=True)
        t += rng.randint(200000, 900000)
        msg = 'Booted %s (sinatra, ruby %s)' % (self.svc, self.ruby)
        if self.local:
            msg += ' ' + self.tzdecl()
        self.add(t, self.ll(t, 'INFO', msg, self.master), inc=inc, force=True)
        if self.cluster:
            for i, w in enumerate(self.workers):
                t += rng.randint(50000, 600000)
                self.add(t, '[%d] - Worker %d (PID: %d) booted in %.2fs, phase: 0' % (self.master, i, w, rng.uniform(0.4, 2.5)),
                         inc=inc, force=True)
        return t

    def restart(self, us):
        rng = self.rng
        if self.cluster:
            m = self.master
            self.add(us, '[%d] - Starting phased worker restart, phase: 1' % m, force=True)
            t = us
            for i, w in enumerate(self.workers):
                t += rng.randint(300000, 2000000)
                self.add(t, '[%d] + Changing to /app\n[%d] - Stopping %d for phased upgrade...\n[%d] - TERM sent to %d...' % (m, m, w, m, w), force=True)
                t += rng.randint(800000, 3000000)
                self.add(t, '[%d] - Worker %d (PID: %d) booted in %.2fs, phase: 1' % (m, i, w, rng.uniform(0.5, 2.0)), force=True)
            return 0
        self.add(us, '- Gracefully stopping, waiting for requests to finish\n=== puma shutdown: %s ===\n- Goodbye!' % (
            self.lts(us).replace('T', ' ') + ' ' + off_str(self.sc.tz_off if self.local else 0, False)), force=True)
        down = rng.randint(5, 15) * US
        self.boot(us + down)
        return down

    def access(self, us, ip, m, path, st, size, lat_s):
        pq = path.split('?', 1)
        q = ('?' + pq[1]) if len(pq) > 1 else ''
        return '%s - - [%s] "%s %s%s HTTP/1.1" %d %s %.4f' % (ip, self.cts(us), m, pq[0], q, st, size if size else '-', lat_s)

    def build(self):
        rng, sc, api = self.rng, self.sc, self.api
        if self.local:
            self.boot(self.start)
        base = self.rate_for(self.target * 0.85, 1.1)
        e5 = self.win('http_5xx')
        for inc in e5:
            inc.p['exc'] = rng.choice([('PG::ConnectionBad', 'could not connect to server: Connection refused\n\tIs the server running on host "pg-main.%s" (10.0.4.12) and accepting\n\tTCP/IP connections on port 5432?' % sc.internal),
                                       ('ActiveRecord::ConnectionTimeoutError', 'could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use'),
                                       ('Redis::CannotConnectError', 'Error connecting to Redis on redis.%s:6379 (Redis::TimeoutError)' % sc.internal)])
        ws = self.workers
        for us, m, path, st, lat, size, ip, ua, r, flag in self.requests(base, api):
            if self.xff and rng.random() < 0.3:
                ip = '%s, 10.0.%d.%d' % (ip, rng.randint(0, 3), rng.randint(2, 250))
            pid = rng.choice(ws)
            if st >= 500 and rng.random() < 0.85:
                inc = self.active(e5, us)
                exc = inc.p['exc'] if inc else rng.choice([('Net::ReadTimeout', 'Net::ReadTimeout with #<TCPSocket:(closed)>'),
                                                          ('NoMethodError', "undefined method `[]' for nil:NilClass")])
                t = us - rng.randint(100, 2000)
                self.add(t, self.ll(t, 'ERROR', '%s (%s)\n%s' % (exc[1], exc[0], self.backtrace(rng, exc[0])), pid))
            elif st == 422 and rng.random() < 0.5:
                self.add(us - 50, self.ll(us - 50, 'WARN', 'Validation failed: %s' % rng.choice(
                    ["Quantity must be greater than 0", "Email is invalid", "Currency is not included in the list", "Name can't be blank"]), pid))
            elif st == 429:
                self.add(us - 50, self.ll(us - 50, 'WARN', 'Rack::Attack throttled %s %s from %s' % (m, path.split('?')[0], ip.split(',')[0]), pid))
            self.add(us, self.access(us, ip, m, path, st, size, lat / 1000.0))
        I = 'INFO'
        for t in self.periodic(10 * US, 2 * US):
            self.add(t, self.access(t, '10.0.%d.1' % rng.randint(0, 3), 'GET', '/health', 200, 15, rng.uniform(0.0005, 0.003)))
        for t in self.arrivals(rng.uniform(0.3, 1.2)):
            k = rng.random()
            pid = rng.choice(ws)
            if k < 0.4:
                msg = 'Enqueued %s job %s (queue: default)' % (rng.choice(['ReceiptMailerJob', 'SyncJob', 'IndexJob', 'WebhookJob']), uuid4(rng))
            elif k < 0.7:
                msg = 'Cache miss for %s:v3:%s' % (self.svc, rid(rng, 8))
            elif k < 0.85:
                msg = 'Processed %s %d in %.1fms' % (self.svc.rstrip('s'), rng.randint(1000, 99999), rng.uniform(3, 80))
            else:
                msg = 'Stripe::CardError: Your card was declined. (charge for order %d)' % rng.randint(10000, 999999)
                self.add(t, self.ll(t, 'WARN', msg, pid))
                continue
            self.add(t, self.ll(t, I, msg, pid))
        for t in self.arrivals(0.02):
            pid = rng.choice(ws)
            self.add(t, self.ll(t, 'WARN', 'Faraday::TimeoutError calling %s (Net::ReadTimeout), retrying (1/3)' % self.peer, pid))
            self.add(t + 2 * US, self.ll(t + 2 * US, 'INFO', 'Request to %s succeeded after 1 retry' % self.peer, pid))
        for t in self.periodic(3600 * US, 2 * US, phase=rng.randint(1, 59) * MIN):
            self.add(t, self.ll(t, 'INFO', 'Hourly report: %d orders, %d refunds, %d signups' % (
                rng.randint(100, 3000), rng.randint(0, 40), rng.randint(5, 300)), ws[0]))
        for inc in self.win('disk_full'):
            self.inject_disk(inc)
        self.inject_generic()

    def backtrace(self, rng, cls):
        if cls == 'Errno::ENOSPC':
            fr = ['/app/lib/%s/export_writer.rb:%d:in `write\'' % (self.svc, rng.randint(20, 90)),
                  '/app/lib/%s/export_writer.rb:%d:in `block in flush\'' % (self.svc, rng.randint(20, 90)),
                  '/app/lib/%s/service.rb:%d:in `call\'' % (self.svc, rng.randint(20, 200))]
        else:
            fr = None
        fr = fr or rng.choice([['/app/lib/%s/repository.rb:%d:in `find_each\'' % (self.svc, rng.randint(20, 200)),
                          '/app/lib/%s/service.rb:%d:in `call\'' % (self.svc, rng.randint(20, 200))],
                         ['/app/app/routes/%s.rb:%d:in `block (2 levels) in <class:Api>\'' % (self.svc, rng.randint(10, 150))]])
        gems = '/usr/local/bundle/gems'
        sv = self.sinatra
        last = ('%s/puma-%s/lib/puma/request.rb:98:in `handle_request\'' % (gems, self.puma) if self.puma >= '5'
                else '%s/puma-%s/lib/puma/server.rb:718:in `handle_request\'' % (gems, self.puma))
        return '\n'.join(fr + ['%s/sinatra-%s/lib/sinatra/base.rb:1706:in `block in compile!\'' % (gems, sv),
                               '%s/sinatra-%s/lib/sinatra/base.rb:1090:in `block (3 levels) in route!\'' % (gems, sv),
                               '%s/sinatra-%s/lib/sinatra/base.rb:1108:in `route_eval\'' % (gems, sv),
                               '%s/rack-%s/lib/rack/common_logger.rb:38:in `call\'' % (gems, self.rack), last])

    def inject_disk(self, inc):
        rng = self.irng
        t = inc.s
        n = 0
        path = rng.choice(['/app/tmp/exports', '/app/tmp/uploads', '/var/cache/%s' % self.svc])
        while t <= inc.e:
            f = '%s/%s.%s' % (path, rid(rng, 12), rng.choice(['csv', 'part', 'json']))
            msg = 'No space left on device @ io_write - %s (Errno::ENOSPC)\n%s' % (f, self.backtrace(rng, 'Errno::ENOSPC'))
            self.add(t, self.ll(t, 'ERROR', msg, rng.choice(self.workers)), inc=inc)
            n += 1
            t += rng.randint(8, 70) * US
        inc.desc = 'disk full under %s: %d Errno::ENOSPC write failures' % (path, n)

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['th'] = rng.randrange(3)
            inc.desc = ['NoMethodError exception burst in %s serializer',
                        'burst of PG::QueryCanceled statement timeouts in %s',
                        'burst of Net::OpenTimeout calling payment gateway from %s'][ctx['th']] % self.svc
        th = ctx['th']
        if th == 0:
            msg = "undefined method `fetch' for nil:NilClass (NoMethodError)"
        elif th == 1:
            msg = 'PG::QueryCanceled: ERROR:  canceling statement due to statement timeout (ActiveRecord::QueryCanceled)'
        else:
            msg = 'execution expired (Net::OpenTimeout)'
        self.add(us, self.ll(us, 'ERROR', msg + '\n' + self.backtrace(rng, ''), rng.choice(self.workers)), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'Faraday retry storm: %s refusing connections (%d retry lines)' % (self.peer, n)
        a = i % 3 + 1
        self.add(us, self.ll(us, 'WARN', 'Faraday::ConnectionFailed: Failed to open TCP connection to %s.%s:443 (Connection refused - connect(2) for "%s.%s" port 443), retrying (%d/3)' % (
            self.peer, self.sc.internal, self.peer, self.sc.internal, a), rng.choice(self.workers)), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'new recurring InvoiceIntegrityError (total mismatch) in %s' % self.svc
        a = rng.uniform(10, 900)
        self.add(us, self.ll(us, 'ERROR', 'Invoice total mismatch for order %d: computed %.2f != stored %.2f (InvoiceIntegrityError)' % (
            rng.randint(10000, 999999), a, a + rng.choice([-1, 1]) * rng.uniform(0.01, 5)), rng.choice(self.workers)), inc=inc)


# =====================================================================
DOTNET_BY_YEAR = {2019: '3.1', 2020: '3.1', 2021: '5.0', 2022: '6.0', 2023: '7.0', 2024: '8.0', 2025: '8.0', 2026: '10.0'}


class DotNet(Gen):
    FMT = 'dotnet'
    KINDS = ('error_burst', 'http_5xx', 'latency_shift', 'new_error', 'retry_storm', 'silence', 'traffic_flood')
    WEIGHT = 1.3

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svc = sc.take_service(v)
        self.api = Api(v, self.svc, '%s.%s' % (self.svc, sc.domain))
        self.ns = '%s.%s' % (sc.company.split()[0], self.svc.capitalize())
        self.tsv = v.choice([0, 0, 1, 1, 2, 3])
        if self.tsv == 3:      # default console format (no timestamp) inside a Kubernetes CRI file
            self.deploy = v.choice([self.svc, self.svc + '-api'])
            self.kns = v.choice([self.svc, sc.slug, 'prod'])
            self.PREC = 1
        elif self.tsv == 0:      # "yyyy-MM-dd HH:mm:ss.fff " with UseUtcTimestamp
            self.ts = TS(lambda tm: f_iso(tm, ' '), 0)
        elif self.tsv == 1:    # "yyyy-MM-ddTHH:mm:ss.fffzzz "
            o = sc.tz_off if v.random() < 0.6 else 0
            z = off_str(o)
            self.ts = TS(lambda tm: f_iso(tm), o)
            self.z = z
        else:                  # "[yyyy-MM-dd HH:mm:ss] " local or utc
            self.local = sc.tz_off != 0 and v.random() < 0.5
            self.ts = TS(lambda tm: '[' + f_iso(tm, ' ') + ']', sc.tz_off if self.local else 0)
            self.PREC = US
        self.fname = v.choice(['%s-api.log', '%s.console.log', '%s-stdout.log']) % self.svc
        if self.tsv == 3:
            cri_setup(self, v.choice(['api', self.svc]))
        self.ef = v.random() < 0.6
        self.host = '%s:8080' % self.svc if v.random() < 0.5 else '%s.%s' % (self.svc, sc.domain)
        self.peer = v.choice(['inventory', 'pricing', 'accounts', 'catalog', 'fx'])
        self.dn = DOTNET_BY_YEAR[sc.year]

    def rec(self, us, lvl, cat, eid, msg):
        if self.tsv == 3:
            return cri_wrap(self, us, 'stdout', '%s: %s[%d]\n      %s' % (lvl, cat, eid, msg.replace('\n', '\n      ')))
        if self.tsv == 0:
            p = '%s.%03d ' % (self.ts(us), us % US // 1000)
        elif self.tsv == 1:
            p = '%s.%03d%s ' % (self.ts(us), us % US // 1000, self.z)
        else:
            p = self.ts(us) + ' '
        return '%s%s: %s[%d]\n      %s' % (p, lvl, cat, eid, msg.replace('\n', '\n      '))

    def startup(self, us, inc=None):
        rng = self.rng
        t = us
        msgs = [('Microsoft.Hosting.Lifetime', 14, 'Now listening on: http://[::]:8080'),
                ('Microsoft.Hosting.Lifetime', 0, 'Application started. Press Ctrl+C to shut down.'),
                ('Microsoft.Hosting.Lifetime', 0, 'Hosting environment: Production'),
                ('Microsoft.Hosting.Lifetime', 0, 'Content root path: /app')]
        if self.local:
            msgs.insert(0, (self.ns + '.Program', 0, 'Starting %s (.NET %s), local time zone %s' % (self.ns, self.dn, self.tzdecl())))
        for cat, eid, m in msgs:
            self.add(t, self.rec(t, 'info', cat, eid, m), inc=inc, force=True)
            t += rng.randint(500, 40000)
        return t

    def restart(self, us):
        self.add(us, self.rec(us, 'info', 'Microsoft.Hosting.Lifetime', 0, 'Application is shutting down...'), force=True)
        down = self.rng.randint(6, 25) * US
        self.startup(us + down)
        return down

    def exc(self, rng, etype, emsg, inner=None):
        frames = ['   at %s.Services.%sService.%sAsync(%s) in /src/%s.Api/Services/%sService.cs:line %d' % (
            self.ns, self.svc.capitalize(), rng.choice(['Get', 'Load', 'Save', 'Quote']), rng.choice(['Int32 id', 'Guid id', 'CancellationToken ct']),
            self.ns.split('.')[1], self.svc.capitalize(), rng.randint(20, 300)),
            '   at %s.Controllers.%sController.Get(Int32 id, CancellationToken ct) in /src/%s.Api/Controllers/%sController.cs:line %d' % (
            self.ns, self.svc.capitalize(), self.ns.split('.')[1], self.svc.capitalize(), rng.randint(20, 200)),
            '   at lambda_method%d(Closure, Object)' % rng.randint(5, 400),
            '   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.AwaitableObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)',
            '   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)',
            '   at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)',
            '   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)']
        s = '%s: %s' % (etype, emsg)
        if inner:
            s += '\n ---> %s: %s' % inner + '\n   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)\n   --- End of inner exception stack trace ---'
        return s + '\n' + '\n'.join(frames)

    def build(self):
        rng, sc, api = self.rng, self.sc, self.api
        if self.local:
            self.startup(self.start)
        lpe = 4.3 + (1.5 if self.ef else 0)
        base = self.rate_for(self.target * 0.92, lpe)
        e5 = self.win('http_5xx')
        for inc in e5:
            inc.p['exc'] = rng.choice([('Npgsql.NpgsqlException (0x80004005)', 'Exception while reading from stream', ('System.TimeoutException', 'Timeout during reading attempt')),
                                       ('System.Net.Http.HttpRequestException', 'Connection refused (%s:8080)' % self.peer, ('System.Net.Sockets.SocketException (111)', 'Connection refused')),
                                       ('Microsoft.Data.SqlClient.SqlException (0x80131904)', 'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.', None)])
        HD = 'Microsoft.AspNetCore.Hosting.Diagnostics'
        for us, m, path, st, lat, size, ip, ua, r, flag in self.requests(base, api):
            t0 = us - int(lat * 1000)
            if t0 < self.start:
                t0 = us
            body = m in ('POST', 'PUT', 'PATCH')
            self.add(t0, self.rec(t0, 'info', HD, 1, 'Request starting HTTP/1.1 %s http://%s%s - %s %s' % (
                m, self.host, path, 'application/json' if body else '-', rng.randint(40, 900) if body else '-')))
            if self.ef and rng.random() < 0.35:
                t1 = t0 + int(lat * 1000 * rng.uniform(0.2, 0.7))
                tbl = rng.choice(['Orders', 'Items', 'Customers', 'Ledger', 'Prices'])
                self.add(t1, self.rec(t1, 'info', 'Microsoft.EntityFrameworkCore.Database.Command', 20101,
                                      'Executed DbCommand (%dms) [Parameters=[@__id_0=\'?\' (DbType = Int32)], CommandType=\'Text\', CommandTimeout=\'30\']\nSELECT t."Id", t."CreatedAt", t."Status", t."Total"\nFROM "%s" AS t\nWHERE t."Id" = @__id_0\nLIMIT 2' % (
                                          max(0, int(lat * rng.uniform(0.1, 0.6))), tbl)))
            if st >= 500:
                inc = self.active(e5, us)
                ex = inc.p['exc'] if inc else rng.choice([('System.InvalidOperationException', 'Sequence contains no elements', None),
                                                         ('System.Threading.Tasks.TaskCanceledException', 'The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.', None)])
                self.add(us - 200, self.rec(us - 200, 'fail', 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware', 1,
                                            'An unhandled exception has occurred while executing the request.\n' + self.exc(rng, *ex)))
            elif st in (400, 422) and rng.random() < 0.6:
                self.add(us - 100, self.rec(us - 100, 'warn', self.ns + '.Validation.ValidationFilter', 0,
                                            'Validation failed for %s: \'%s\' %s' % (rng.choice(['CreateOrderRequest', 'UpdateRequest', 'QuoteRequest']),
                                                                                       rng.choice(['Quantity', 'Email', 'Currency', 'Sku']),
                                                                                       rng.choice(['must be greater than \'0\'.', 'is not a valid value.', 'must not be empty.']))))
            ct = '-' if st == 204 else 'application/json;+charset=utf-8'
            self.add(us, self.rec(us, 'info', HD, 2, 'Request finished HTTP/1.1 %s http://%s%s - %d %s %s %.4fms' % (
                m, self.host, path, st, size if size else '-', ct, lat)))
        for t in self.periodic(30 * US, 3 * US):
            self.add(t, self.rec(t, 'info', self.ns + '.Workers.OutboxPublisher', 0,
                                 'Published %d outbox messages in %dms' % (rng.randint(0, 300), rng.randint(2, 120))))
        for t in self.arrivals(rng.uniform(0.05, 0.3)):
            self.add(t, self.rec(t, 'warn', 'Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware', 3,
                                 'Failed to determine the https port for redirect.'))
        for t in self.arrivals(0.03):
            self.add(t, self.rec(t, 'warn', 'Polly', 3, "Execution attempt. Source: '%s-client/standard/Retry', Operation Key: '', Result: 'The operation was canceled.', Handled: 'True', Attempt: '0', Execution Time: '%.1fms'" % (
                self.peer, rng.uniform(10000, 10010))))
            t2 = t + rng.randint(1, 3) * US
            self.add(t2, self.rec(t2, 'info', 'System.Net.Http.HttpClient.%s-client.LogicalHandler' % self.peer, 101,
                                  'End processing HTTP request after %.4fms - 200' % rng.uniform(12000, 14000)))
        for t in self.periodic(3600 * US, 5 * US, phase=rng.randint(1, 59) * MIN):
            self.add(t, self.rec(t, 'info', self.ns + '.Workers.ReportService', 0,
                                 'Hourly report generated: %d orders, %d refunds (took %.1fs)' % (rng.randint(50, 5000), rng.randint(0, 50), rng.uniform(0.3, 4))))
        self.inject_generic()

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['th'] = rng.randrange(2)
            inc.desc = ('burst of DbUpdateConcurrencyException in %s' if ctx['th'] == 0 else
                        'burst of Npgsql timeouts (exceptions with stack traces) in %s') % self.svc
        if ctx['th'] == 0:
            ex = self.exc(rng, 'Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException',
                          'The database operation was expected to affect 1 row(s), but actually affected 0 row(s); data may have been modified or deleted since entities were loaded.')
            cat, eid, m = 'Microsoft.EntityFrameworkCore.Update', 10000, 'An exception occurred in the database while saving changes for context type \'%s.Data.AppDbContext\'.\n' % self.ns
        else:
            ex = self.exc(rng, 'Npgsql.NpgsqlException (0x80004005)', 'Exception while reading from stream', ('System.TimeoutException', 'Timeout during reading attempt'))
            cat, eid, m = 'Microsoft.EntityFrameworkCore.Query', 10100, 'An exception occurred while iterating over the results of a query for context type \'%s.Data.AppDbContext\'.\n' % self.ns
        self.add(us, self.rec(us, 'fail', cat, eid, m + ex), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'Polly retry storm against %s (503 responses)' % self.peer
        self.add(us, self.rec(us, 'warn', 'Polly', 3, "Execution attempt. Source: '%s-client/standard/Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '%d', Execution Time: '%.1fms'" % (
            self.peer, i % 3, rng.uniform(2, 60))), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'new recurring JsonException deserializing %s webhook payloads' % self.peer
        self.add(us, self.rec(us, 'fail', self.ns + '.Webhooks.WebhookConsumer', 0,
                              "Failed to process webhook %s\nSystem.Text.Json.JsonException: The JSON value could not be converted to System.Decimal. Path: $.amount | LineNumber: 0 | BytePositionInLine: %d.\n   at System.Text.Json.ThrowHelper.ReThrowWithPath(ReadStack& state, Utf8JsonReader& reader, Exception ex)\n   at %s.Webhooks.WebhookConsumer.HandleAsync(Message msg, CancellationToken ct) in /src/%s.Api/Webhooks/WebhookConsumer.cs:line %d" % (
                                  uuid4(rng), rng.randint(40, 400), self.ns, self.ns.split('.')[1], rng.randint(40, 90))), inc=inc)


# =====================================================================
NODE_BY_YEAR = {2019: 'v10.16.3', 2020: 'v12.18.3', 2021: 'v14.17.6', 2022: 'v16.18.1', 2023: 'v18.18.2',
                2024: 'v20.11.1', 2025: 'v22.12.0', 2026: 'v24.11.0'}


def node_oom_block(rng, pid, uptime_ms, heap_mb):
    iso = '0x%x' % rng.randint(0x4000000, 0x7ffffff)
    a = rng.uniform(1500, 2600)
    lines = ['', '<--- Last few GCs --->', '']
    for k in range(2):
        lines.append('[%d:%s] %8d ms: Mark-sweep (reduce) %.1f (%.1f) -> %.1f (%.1f) MB, %.1f / 0.0 ms  (average mu = %.3f, current mu = %.3f) %s' % (
            pid, iso, uptime_ms + k * int(a), heap_mb - 3 + k, heap_mb + 38, heap_mb - 3.4 + k, heap_mb + 38.5, a + rng.uniform(-80, 80),
            rng.uniform(0.05, 0.2), rng.uniform(0.001, 0.02), 'allocation failure; scavenge might not succeed' if k == 0 else 'allocation failure; GC in old space requested'))
    lines += ['', '', '<--- JS stacktrace --->', '',
              'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory']
    natives = ['node::Abort()', 'node::OOMErrorHandler(char const*, v8::OOMDetails const&)',
               'v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&)',
               'v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&)',
               '', 'v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags)',
               'v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment)',
               'v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin)',
               'v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*)', '']
    addr = rng.randint(0xa00000, 0xc00000)
    for k, nm in enumerate(natives):
        addr += rng.randint(0x1000, 0x90000)
        lines.append('%2d: 0x%x %s[node]' % (k + 1, addr, (nm + ' ') if nm else ' '))
    return lines


class Pm2(Gen):
    """`pm2 logs` output of a Node.js Express app in cluster mode (+ PM2 daemon lines)."""
    FMT = 'pm2'
    KINDS = ('oom_kill', 'error_burst', 'retry_storm', 'new_error', 'http_5xx', 'latency_shift',
             'traffic_flood', 'silence')
    WEIGHT = 1.0

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svc = sc.take_service(v)
        self.api = Api(v, self.svc, '%s.%s' % (self.svc, sc.domain))
        self.app = v.choice([self.svc, self.svc + '-api', 'api'])
        n = v.choice([2, 2, 3, 4])
        self.inst = list(range(n))
        self.wname = v.choice(['worker', self.svc + '-worker', 'jobs'])
        self.has_worker = v.random() < 0.6
        self.w = max(len(self.app), len(self.wname) if self.has_worker else 0) + v.randint(1, 6)
        self.dv = v.randrange(3)
        self.local = sc.tz_off != 0 and v.random() < 0.5
        off = sc.tz_off if self.local else 0
        if self.dv == 0:
            self.ts = TS(lambda tm: f_iso(tm, ' '), off)
        elif self.dv == 1:
            self.ts = TS(lambda tm: f_iso(tm), off)
        else:
            oz = sc.tz_off
            self.ts = TS(lambda tm: f_iso(tm, ' '), oz)
            self.zz = off_str(oz)
            self.local = False
        self.pts = TS(lambda tm: f_iso(tm), off)   # PM2 daemon log date (pm2.log, local time)
        self.PREC = US if self.dv != 2 else 1000
        self.pids = {i: v.randint(30, 900) for i in self.inst}
        self.node = NODE_BY_YEAR[sc.year]
        self.fname = v.choice(['pm2-%s.log', '%s-pm2.log', 'pm2-logs-%s.txt']) % self.svc
        self.peer = v.choice(['redis', 'postgres', 'inventory'])

    def pre(self, i):
        return '%s|%-*s| ' % (i, self.w, self.app if i in self.inst else self.wname)

    def dated(self, us, i, msg):
        if self.dv == 2:
            d = '%s.%03d %s' % (self.ts(us), us % US // 1000, self.zz)
        else:
            d = self.ts(us)
        lines = msg.split('\n')
        p = self.pre(i)
        out = [p + d + ': ' + lines[0]] + [p + l for l in lines[1:]]
        return '\n'.join(out)

    def pm2(self, us, msg):
        return 'PM2%s| %s: PM2 log: %s' % (' ' * (self.w - 1), self.pts(us), msg)

    def restart_inst(self, us, i, inc=None, code='[0] via signal [SIGINT]', mode='cluster'):
        rng = self.rng
        self.add(us, self.pm2(us, 'App [%s:%d] exited with code %s' % (self.app, i, code)), inc=inc, force=True)
        t = us + rng.randint(100000, 900000)
        self.add(t, self.pm2(t, 'App [%s:%d] starting in -%s mode-' % (self.app, i, mode)), inc=inc, force=True)
        t += rng.randint(200000, 900000)
        self.add(t, self.pm2(t, 'App [%s:%d] online' % (self.app, i)), inc=inc, force=True)
        t += rng.randint(300000, 1500000)
        m = '%s listening on port 3000 (pid %d, node %s)' % (self.app, self.pids[i], self.node)
        if self.local:
            m += ' ' + self.tzdecl()
        self.add(t, self.dated(t, i, m), inc=inc, force=True)
        return t

    def restart(self, us):
        t = us
        for i in self.inst:
            t = self.restart_inst(t, i) + self.rng.randint(500000, 2000000)
        return 0

    def stack(self, rng, err, kind='net'):
        if kind == 'net':
            fr = ['    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:%d:16)' % rng.choice([1494, 1555, 1595])]
        else:
            fr = ['    at %s (/app/src/%s/%s.js:%d:%d)' % (rng.choice(['formatTotals', 'toDTO', 'applyDiscount', 'mapLine']), self.svc,
                                                       rng.choice(['service', 'mapper', 'handlers']), rng.randint(10, 300), rng.randint(5, 40)),
                  '    at Array.map (<anonymous>)',
                  '    at /app/src/routes/%s.js:%d:%d' % (self.svc, rng.randint(10, 200), rng.randint(5, 40)),
                  '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)']
        return err + '\n' + '\n'.join(fr)

    def build(self):
        rng, sc, api = self.rng, self.sc, self.api
        if self.local:
            for i in self.inst:
                m = '%s listening on port 3000 (pid %d, node %s) %s' % (self.app, self.pids[i], self.node, self.tzdecl())
                self.add(self.start + i * 1000, self.dated(self.start + i * 1000, i, m), force=True)
        base = self.rate_for(self.target * 0.88, 1.08)
        e5 = self.win('http_5xx')
        for inc in e5:
            inc.p['err'] = rng.choice(['Error: connect ECONNREFUSED 10.0.%d.%d:5432' % (rng.randint(1, 9), rng.randint(2, 250)),
                                       'Error: Connection terminated due to connection timeout',
                                       'TimeoutError: ResourceRequest timed out'])
        for us, m, path, st, lat, size, ip, ua, r, flag in self.requests(base, api):
            i = rng.choice(self.inst)
            if st >= 500 and rng.random() < 0.8:
                inc = self.active(e5, us)
                err = inc.p['err'] if inc else rng.choice(['Error: socket hang up', 'Error: read ECONNRESET'])
                self.add(us - 300, self.dated(us - 300, i, self.stack(rng, err)))
            self.add(us, self.dated(us, i, '%s %s %d %s - %.3f ms' % (m, path, st, size if size else '-', lat)))
        for t in self.arrivals(rng.uniform(0.2, 0.6)):
            i = rng.choice(self.inst)
            k = rng.random()
            if k < 0.5:
                msg = '[%s] synced %d records from upstream in %dms' % (self.svc, rng.randint(0, 500), rng.randint(20, 3000))
            elif k < 0.8:
                msg = '[cache] evicted %d keys (lru), size=%d' % (rng.randint(1, 200), rng.randint(1000, 9000))
            else:
                msg = 'Error: aborted\n    at connResetException (node:internal/errors:720:14)\n    at abortIncoming (node:_http_server:781:17)\n    at socketOnClose (node:_http_server:775:3)\n    at Socket.emit (node:events:529:35)'
            self.add(t, self.dated(t, i, msg))
        if self.has_worker:
            wi = len(self.inst)
            for t in self.periodic(60 * US, 2 * US):
                self.add(t, self.dated(t, wi, '[jobs] tick: %d due, %d done, %d failed' % (rng.randint(0, 40), rng.randint(0, 40), rng.choice([0] * 12 + [1]))))
            for t in self.periodic(3600 * US, 2 * US, phase=rng.randint(1, 59) * MIN):
                self.add(t, self.dated(t, wi, '[jobs] hourly digest sent to %d subscribers' % rng.randint(20, 4000)))
        for inc in self.win('oom_kill'):
            self.inject_oom(inc)
        self.inject_generic()

    def inject_oom(self, inc):
        rng = self.irng
        i = rng.choice(self.inst)
        t = inc.s
        heap = rng.choice([2048, 4096, 1536])
        p = self.pids[i]
        lines = node_oom_block(rng, p, rng.randint(2_000_000, 90_000_000), heap)
        self.add(t, self.dated(t, i, lines[1]), inc=inc, force=True)
        t2 = t + rng.randint(1200, 2600) * 1000
        self.add(t2, '\n'.join(self.pre(i) + l for l in lines[2:]), inc=inc, force=True)
        self.gaps.append((t, t2 + 3 * US))
        t3 = t2 + rng.randint(100000, 600000)
        self.restart_inst(t3, i, inc=inc, code='[null] via signal [SIGABRT]')
        inc.desc = 'Node.js process %s:%d ran out of heap (JavaScript heap out of memory, %d MB); PM2 restarted it' % (self.app, i, heap)

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['ip'] = '10.0.%d.%d' % (rng.randint(1, 9), rng.randint(2, 250))
            inc.desc = 'burst of ETIMEDOUT errors with stack traces connecting to %s' % self.peer
        self.add(us, self.dated(us, rng.choice(self.inst), self.stack(rng, 'Error: connect ETIMEDOUT %s:%d' % (ctx['ip'], 5432 if self.peer == 'postgres' else 6379))), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'ioredis reconnect storm (ECONNREFUSED) in %s' % self.app
            ctx['ip'] = '10.0.%d.%d' % (rng.randint(1, 9), rng.randint(2, 250))
        self.add(us, self.dated(us, rng.choice(self.inst), '[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379 (reconnect attempt %d, retrying in %dms)' % (
            ctx['ip'], i // len(self.inst) + 1, min(2000, 50 * (i // len(self.inst) + 1)))), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['f'] = rng.choice(['currency', 'lineItems', 'price', 'address'])
            inc.desc = "new recurring TypeError: Cannot read properties of undefined (reading '%s')" % ctx['f']
        self.add(us, self.dated(us, rng.choice(self.inst), self.stack(rng, "TypeError: Cannot read properties of undefined (reading '%s')" % ctx['f'], 'app')), inc=inc)


# =====================================================================
class Ingress(Gen):
    """ingress-nginx controller pod output: access log (upstreaminfo), nginx error log, klog."""
    FMT = 'ingress_nginx'
    KINDS = ('http_5xx', 'latency_shift', 'traffic_flood', 'error_burst', 'silence')
    WEIGHT = 1.5
    PREC = US

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svcs = [sc.take_service(v) for _ in range(v.randint(2, 3))]
        self.ns = v.choice(['prod', 'default', sc.slug, 'apps'])
        self.apis = [Api(v, s, 'api.%s' % sc.domain) for s in self.svcs]
        wts = [v.uniform(1, 4) for _ in self.svcs]
        self.wts = [w / sum(wts) for w in wts]
        self.pods = {s: ['10.244.%d.%d' % (v.randint(0, 12), v.randint(2, 250)) for _ in range(v.randint(2, 4))] for s in self.svcs}
        self.ctl = 'ingress-nginx-controller-%s-%s' % (rid(v, 10, 'bcdfghjklmnpqrstvwxz2456789'), rid(v, 5, 'bcdfghjklmnpqrstvwxz2456789'))
        self.fname = self.ctl + '.log'
        self.alts = TS(lambda tm: f_clf(tm) + ' +0000', 0)
        self.ets = TS(lambda tm: '%04d/%02d/%02d %02d:%02d:%02d' % tm[:6], 0)
        self.kts = TS(lambda tm: '%02d%02d %02d:%02d:%02d' % tm[1:6], 0)
        self.ver = v.choice(['v1.9.4', 'v1.8.1', 'v1.10.1', 'v1.11.3'])
        self.host = 'api.' + sc.domain

    def klog(self, us, lvl, src, msg):
        return '%s%s.%06d       7 %s] %s' % (lvl, self.kts(us), us % US, src, msg)

    def elog(self, us, lvl, msg):
        return '%s [%s] %d#%d: %s' % (self.ets(us), lvl, self.wpid, self.wpid, msg)

    def restart(self, us):
        rng = self.rng
        self.add(us, self.klog(us, 'I', 'controller.go:190', '"Configuration changes detected, backend reload required"'), prec=1, force=True)
        t = us + rng.randint(100000, 400000)
        self.add(t, self.klog(t, 'I', 'controller.go:210', '"Backend successfully reloaded"'), prec=1, force=True)
        self.add(t + 200, self.klog(t + 200, 'I', 'event.go:298', 'Event(v1.ObjectReference{Kind:"Pod", Namespace:"ingress-nginx", Name:"%s", UID:"%s", APIVersion:"v1", ResourceVersion:"%d", FieldPath:""}): type: \'Normal\' reason: \'RELOAD\' NGINX reload triggered due to a change in configuration' % (
            self.ctl, uuid4(rng), rng.randint(100000, 9999999))), prec=1, force=True)
        return 0

    def build(self):
        rng, sc = self.rng, self.sc
        self.wpid = rng.randint(20, 60)
        base_total = self.rate_for(self.target * 0.94, 1.02)
        e5 = self.win('http_5xx')
        for inc in e5:
            k = max(range(len(self.svcs)), key=lambda j: self.wts[j])
            inc.p['svc'] = self.svcs[k]
            inc.p['rate'] = min(0.35, inc.p['rate'] / self.wts[k])
        for k, s in enumerate(self.svcs):
            api = self.apis[k]
            up = '%s-%s-%d' % (self.ns, s, 80 if rng.random() < 0.5 else 8080)
            pods = self.pods[s]
            for us, m, path, st, lat, size, ip, ua, r, flag in self.requests(base_total * self.wts[k], api, allow499=True):
                inc = self.active(e5, us)
                if inc and inc.p['svc'] != s and st >= 500:   # only one upstream is failing
                    st = 200
                rl = rng.randint(180, 900) + (len(path) if m == 'GET' else rng.randint(100, 2000))
                pod = rng.choice(pods)
                rt = lat / 1000.0
                if st == 499:
                    urt = '%.3f' % rt
                    ust = '-'
                    ul = 0
                elif st == 503 and rng.random() < 0.5:
                    pod_s = '-'
                    self.add(us, '%s - - [%s] "%s %s HTTP/1.1" 503 190 "-" "%s" %d 0.000 [%s] [] - - - - %s' % (
                        ip, self.alts(us), m, path, ua, rl, up, hexs(rng, 32)))
                    continue
                else:
                    urt = '%.3f' % max(0.0, rt - rng.uniform(0, 0.002))
                    ust = str(st)
                    ul = size
                if st in (502, 504):
                    why = ('upstream prematurely closed connection while reading response header from upstream' if st == 502
                           else 'upstream timed out (110: Operation timed out) while reading response header from upstream')
                    if inc and st == 502 and rng.random() < 0.5:
                        why = 'connect() failed (111: Connection refused) while connecting to upstream'
                    self.add(us - 1, self.elog(us - 1, 'error', '*%d %s, client: %s, server: %s, request: "%s %s HTTP/1.1", upstream: "http://%s:8080%s", host: "%s"' % (
                        rng.randint(10000, 9999999), why, ip, self.host, m, path, pod, path, self.host)))
                self.add(us, '%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" %d %.3f [%s] [] %s:8080 %d %s %s %s' % (
                    ip, self.alts(us), m, path, st, size, rng.choice(['-', '-', '-', 'https://%s/' % sc.domain]), ua, rl, rt,
                    up, pod, ul, urt, ust, hexs(rng, 32)))
        # crawler bursts (healthy)
        for _ in range(rng.randint(0, 3)):
            t = rng.randint(self.start, self.end - 10 * MIN)
            bua = rng.choice(['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
                              'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
                              'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)'])
            bip = '66.249.%d.%d' % (rng.randint(64, 79), rng.randint(1, 250))
            for j in range(rng.randint(60, 250)):
                t += rng.randint(200000, 3000000)
                if t >= self.end:
                    break
                st = 200 if rng.random() < 0.93 else 404
                path = '/%s/%s' % (rng.choice(['products', 'blog', 'docs', 'help']), rid(rng, 10))
                lat = rng.uniform(0.005, 0.08)
                self.add(t, '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s-web-80] [] 10.244.%d.%d:80 %d %.3f %d %s' % (
                    bip, self.alts(t), path, st, rng.randint(3000, 40000), bua, rng.randint(200, 400), lat, self.ns,
                    rng.randint(0, 9), rng.randint(2, 250), rng.randint(3000, 40000), lat, st, hexs(rng, 32)))
        for t in self.arrivals(rng.uniform(0.1, 0.5)):
            ip = rng.choice(sc.pub_ips)
            self.add(t, self.elog(t, 'warn', '*%d an upstream response is buffered to a temporary file /tmp/nginx/proxy-temp/%d/%02d/%010d while reading upstream, client: %s, server: %s, request: "GET %s/%s?page=1&limit=500 HTTP/1.1", upstream: "http://%s:8080%s/%s?page=1&limit=500", host: "%s"' % (
                rng.randint(10000, 9999999), rng.randint(0, 9), rng.randint(0, 99), rng.randint(1, 99999), ip, self.host,
                self.apis[0].prefix, rng.choice(self.apis[0].routes)[1].split('/')[-1] or 'items', rng.choice(self.pods[self.svcs[0]]),
                self.apis[0].prefix, 'items', self.host)))
        for t in self.periodic(rng.randint(20, 50) * MIN, 5 * MIN):
            self.add(t, self.klog(t, 'W', 'controller.go:1214', 'Service "%s/%s-legacy" does not have any active Endpoint.' % (self.ns, self.svcs[0])), prec=1)
        for t in self.periodic(rng.randint(45, 90) * MIN, 10 * MIN):
            self.add(t, self.klog(t, 'I', 'store.go:440', '"Found valid IngressClass" ingress="%s/%s" ingressclass="nginx"' % (self.ns, rng.choice(self.svcs))), prec=1)
            self.restart(t + rng.randint(1, 3) * US)
        if rng.random() < 0.4:
            t = rng.randint(self.start + 5 * MIN, self.end - 5 * MIN)
            self.add(t, self.klog(t, 'I', 'store.go:584', '"Updating secret in local store" name="%s/%s-tls"' % (self.ns, self.host.replace('.', '-'))), prec=1)
            self.add(t + 900, self.klog(t + 900, 'I', 'backend_ssl.go:67', '"Adding secret to local store" name="%s/%s-tls"' % (self.ns, self.host.replace('.', '-'))), prec=1)
            self.restart(t + rng.randint(1, 3) * US)
        self.inject_generic()

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['s'] = rng.choice(self.svcs)
            ctx['pod'] = rng.choice(self.pods[ctx['s']])
            inc.desc = 'burst of nginx "connect() failed (111: Connection refused)" errors for upstream %s (pod %s)' % (ctx['s'], ctx['pod'])
        ip = rng.choice(self.sc.pub_ips)
        api = self.apis[self.svcs.index(ctx['s'])]
        r = api.pick(rng)
        path = api.path(rng, r)
        self.add(us, self.elog(us, 'error', '*%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: %s, request: "%s %s HTTP/1.1", upstream: "http://%s:8080%s", host: "%s"' % (
            rng.randint(10000, 9999999), ip, self.host, r[0], path, ctx['pod'], path, self.host)), inc=inc)
