"""Non-access formats: PostgreSQL, PgBouncer, Keycloak (Quarkus/JBoss), PHP-FPM, Rust env_logger, kubelet klog."""
from common import (MON, MIN, HOUR, naive, offstr, hexs, b62, usec, uuid4, pois, TSCache)
from svc import Svc

# ================================================================ PostgreSQL
PG_Q = [
    ('SELECT o.id, o.status, o.total_cents FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 20', 0.4),
    ('SELECT * FROM items WHERE sku = $1', 0.15),
    ('UPDATE carts SET updated_at = now(), payload = $1 WHERE id = $2', 0.6),
    ('INSERT INTO events (kind, actor_id, payload, created_at) VALUES ($1, $2, $3, now())', 0.3),
    ('SELECT count(*) FROM sessions WHERE expires_at > now()', 2.5),
    ('BEGIN', 0.02), ('COMMIT', 0.3),
    ('SELECT u.id, u.email, u.locale FROM users u WHERE u.id = $1', 0.1),
]
PG_MULTI = ['SELECT date_trunc(\'hour\', o.created_at) AS h,\n       count(*) AS n,\n       sum(o.total_cents) AS revenue\n  FROM orders o\n WHERE o.created_at >= now() - interval \'24 hours\'\n GROUP BY 1\n ORDER BY 1',
            'WITH recent AS (\n    SELECT customer_id, max(created_at) AS last_order\n      FROM orders\n     GROUP BY customer_id\n)\nSELECT c.id, c.email, r.last_order\n  FROM customers c JOIN recent r ON r.customer_id = c.id\n WHERE r.last_order < now() - interval \'90 days\'']
TZABBR = {0: 'UTC', 60: 'CET', 120: 'CEST', -300: 'EST', -240: 'EDT', 540: 'JST', 330: 'IST', 180: 'MSK', 480: '+08', -180: '-03', 600: 'AEST'}


class Postgres(Svc):
    name = 'postgresql'
    kinds = ('error_burst', 'silence', 'latency_shift', 'oom_kill', 'new_error', 'disk_full', 'panic')
    load_coupling = 0.8

    def setup(self):
        r = self.rng
        sc = self.sc
        self.busy = r.random() < 0.55
        self.latency_kind = self.busy
        if not self.busy:
            self.kinds = tuple(k for k in self.kinds if k != 'latency_shift')
        self.klass = 'busy' if self.busy else 'medium'
        self.lpe = 1.25 if self.busy else 1.6
        self.off = sc.tz_min if r.random() < 0.6 else 0
        self.abbr = TZABBR.get(self.off, 'UTC')
        if self.abbr == 'UTC':
            self.off = 0
        self.variant = r.choice(['m', 't'])
        self.ver = r.choice(['13.13', '14.10', '15.5', '16.1'])
        self.fn = r.choice(['postgresql-%s.log' % naive(sc.w0 - 25 * MIN, self.off).strftime('%Y-%m-%d_%H%M%S'),
                            'postgresql-%s-main.log' % self.ver.split('.')[0]])
        if self.fn.startswith('postgresql-20'):
            self.fn = 'postgresql-%s.log' % naive(sc.w0 - 60 * MIN, self.off).strftime('%Y-%m-%d_%H0000')
        self.pids = [r.randint(1000, 60000) for _ in range(r.randint(15, 40))]
        self.postmaster = r.randint(900, 3000)
        self.line_no = {}
        off = self.off
        ab = self.abbr
        self._t = TSCache(lambda s: naive(s * 1000, off).strftime('%Y-%m-%d %H:%M:%S'))
        self.tables = ['orders', 'order_items', 'carts', 'events', 'sessions', 'users', 'items', 'payments']
        self.etypes = ['dup', 'timeout', 'deadlock', 'serial', 'authfail', 'fk']
        r.shuffle(self.etypes)
        self.base_types = [e for e in self.etypes[:4]]
        if 'authfail' not in self.base_types:
            self.base_types.append('authfail')

    def fname(self):
        return self.fn

    def pre(self, T, pid=None, user='app', db=None, app='[unknown]'):
        pid = pid or self.rng.choice(self.pids)
        db = db or self.sc.db
        if self.variant == 'm':
            ts = '%s.%03d %s' % (self._t(T // 1000), T % 1000, self.abbr)
            return '%s [%d] %s' % (ts, pid, ('%s@%s ' % (user, db)) if user else '')
        n = self.line_no.get(pid, 0) + 1
        self.line_no[pid] = n
        ts = '%s %s' % (self._t(T // 1000), self.abbr)
        if user:
            return '%s [%d]: [%d-1] user=%s,db=%s,app=%s,client=%s ' % (ts, pid, n, user, db, app, self.sc.app_ip)
        return '%s [%d]: [%d-1] user=,db=,app=,client= ' % (ts, pid, n)

    def sys(self, T, msg, pid=None):
        return self.pre(T, pid or self.postmaster, user=None) + msg

    def ev(self, T, lat):
        r = self.rng
        if self.busy:
            if r.random() < 0.02:
                q = r.choice(PG_MULTI)
                ms = r.uniform(40, 400) * lat
            else:
                q, base = r.choice(PG_Q)
                ms = base * r.lognormvariate(0, 0.7) * lat
            pid = r.choice(self.pids)
            if '$1' in q:
                P = self.pre(T, pid, app=self.sc.app)
                out = [P + 'LOG:  duration: %.3f ms  execute <unnamed>: %s' % (ms, q)]
                nparams = q.count('$')
                out.append(P + 'DETAIL:  parameters: ' + ', '.join(
                    "$%d = '%s'" % (i + 1, r.randint(1, 999999)) for i in range(nparams)))
                return out
            return (self.pre(T, pid, app=self.sc.app) + 'LOG:  duration: %.3f ms  statement: %s' % (ms, q)).split('\n')
        # quiet: connection churn + slow statements
        x = r.random()
        pid = r.choice(self.pids)
        if x < 0.45:
            return [self.pre(T, pid, user=None) + 'LOG:  connection received: host=%s port=%d' % (self.sc.app_ip, r.randint(30000, 60000))]
        if x < 0.8:
            return [self.pre(T, pid) + 'LOG:  connection authorized: user=app database=%s application_name=%s' % (self.sc.db, self.sc.app)]
        if x < 0.97:
            return [self.pre(T, pid) + 'LOG:  disconnection: session time: 0:%02d:%06.3f user=app database=%s host=%s port=%d' % (
                r.randint(0, 59), r.uniform(0, 59.999), self.sc.db, self.sc.app_ip, r.randint(30000, 60000))]
        q = r.choice(PG_MULTI)
        return (self.pre(T, pid) + 'LOG:  duration: %.3f ms  statement: %s' % (r.uniform(500, 3000) * lat, q)).split('\n')

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        k = etype or r.choice(self.base_types)
        pid = r.choice(self.pids)
        P = self.pre(T, pid)
        if k == 'dup':
            return [P + 'ERROR:  duplicate key value violates unique constraint "orders_external_ref_key"',
                    P + 'DETAIL:  Key (external_ref)=(%s) already exists.' % hexs(r, 12),
                    P + 'STATEMENT:  INSERT INTO orders (customer_id, external_ref, total_cents) VALUES ($1, $2, $3)']
        if k == 'timeout':
            return [P + 'ERROR:  canceling statement due to statement timeout',
                    P + 'STATEMENT:  SELECT * FROM events WHERE actor_id = $1 ORDER BY created_at DESC']
        if k == 'deadlock':
            a, b = r.sample(self.pids, 2)
            return [P + 'ERROR:  deadlock detected',
                    P + 'DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.' % (pid, r.randint(10**6, 10**8), a),
                    '\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.' % (a, r.randint(10**6, 10**8), pid),
                    '\tProcess %d: UPDATE carts SET updated_at = now(), payload = $1 WHERE id = $2' % pid,
                    '\tProcess %d: UPDATE carts SET updated_at = now(), payload = $1 WHERE id = $2' % a,
                    P + 'HINT:  See server log for query details.',
                    P + 'CONTEXT:  while updating tuple (%d,%d) in relation "carts"' % (r.randint(1, 9999), r.randint(1, 80)),
                    P + 'STATEMENT:  UPDATE carts SET updated_at = now(), payload = $1 WHERE id = $2']
        if k == 'serial':
            return [P + 'ERROR:  could not serialize access due to concurrent update',
                    P + 'STATEMENT:  UPDATE items SET stock = stock - $1 WHERE id = $2']
        if k == 'fk':
            return [P + 'ERROR:  insert or update on table "order_items" violates foreign key constraint "order_items_item_id_fkey"',
                    P + 'DETAIL:  Key (item_id)=(%d) is not present in table "items".' % r.randint(1, 99999),
                    P + 'STATEMENT:  INSERT INTO order_items (order_id, item_id, qty) VALUES ($1, $2, $3)']
        u = r.choice(['postgres', 'admin', 'app', 'root', 'test'])
        Pa = self.pre(T, pid, user=u, db=u if r.random() < 0.5 else self.sc.db)
        return [Pa + 'FATAL:  password authentication failed for user "%s"' % u,
                Pa + 'DETAIL:  Connection matched pg_hba.conf line %d: "host all all 0.0.0.0/0 scram-sha-256"' % r.randint(95, 130)]

    def rare(self, T):
        r = self.rng
        x = r.random()
        P = self.pre(T)
        if x < 0.4:
            return [P + 'LOG:  could not receive data from client: Connection reset by peer']
        if x < 0.6:
            return [P + 'WARNING:  there is no transaction in progress']
        if x < 0.8:
            return [P + 'LOG:  unexpected EOF on client connection with an open transaction']
        return [self.sys(T, 'LOG:  received SIGHUP, reloading configuration files'),
                self.sys(T + 2, 'LOG:  parameter "log_min_duration_statement" changed to "%d"' % (0 if self.busy else 500))]

    def periodic(self, fs, fe):
        r = self.rng
        out = []
        ct = r.choice([5, 5, 10, 15]) * MIN
        T = fs + r.randint(0, ct)
        ckpid = r.randint(900, 3000)
        while T < fe:
            out.append((T, [self.sys(T, 'LOG:  checkpoint starting: time', ckpid)]))
            w = r.uniform(0.5, 0.9) * ct / 1000
            t2 = T + int(w * 1000)
            bufs = r.randint(20, 9000)
            out.append((t2, [self.sys(t2, 'LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB' % (
                bufs, bufs / 163.84, r.randint(0, 2), r.randint(0, 4), w - 0.05, r.uniform(0.001, 0.09), w, r.randint(5, 120), r.uniform(0.001, 0.02), r.uniform(0.0, 0.004), bufs * 8, bufs * 9), ckpid)]))
            T += ct + r.randint(-50, 50)
        # autovacuum
        T = fs + r.randint(1, 10) * MIN
        while T < fe:
            pid = r.randint(20000, 90000)
            tb = r.choice(self.tables)
            pages = r.randint(100, 90000)
            P = self.pre(T, pid, user=None)
            if r.random() < 0.55:
                out.append((T, [P + 'LOG:  automatic vacuum of table "%s.public.%s": index scans: %d' % (self.sc.db, tb, r.randint(0, 2)),
                                '\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)' % (pages, pages // 20, 5.0),
                                '\ttuples: %d removed, %d remain, 0 are dead but not yet removable' % (r.randint(10, 9000), pages * 30),
                                '\tremovable cutoff: %d, which was %d XIDs old when operation ended' % (r.randint(10**6, 10**8), r.randint(0, 30)),
                                '\tindex scan needed: %d pages from table (%.2f%% of total) had %d dead item identifiers removed' % (r.randint(1, 900), r.uniform(0, 3), r.randint(10, 9000)),
                                '\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s' % (r.uniform(0, 40), r.uniform(0, 20)),
                                '\tbuffer usage: %d hits, %d misses, %d dirtied' % (r.randint(100, 90000), r.randint(0, 900), r.randint(0, 900)),
                                '\tWAL usage: %d records, %d full page images, %d bytes' % (r.randint(10, 9000), r.randint(0, 90), r.randint(1000, 999999)),
                                '\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s' % (r.uniform(0, 0.5), r.uniform(0, 0.1), r.uniform(0.01, 3))]))
            else:
                out.append((T, [P + 'LOG:  automatic analyze of table "%s.public.%s"' % (self.sc.db, tb),
                                '\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s' % (r.uniform(0, 40), r.uniform(0, 5)),
                                '\tbuffer usage: %d hits, %d misses, %d dirtied' % (r.randint(100, 9000), r.randint(0, 900), r.randint(0, 90)),
                                '\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s' % (r.uniform(0, 0.5), r.uniform(0, 0.1), r.uniform(0.01, 3))]))
            T += r.randint(1, 12) * MIN + r.randint(0, 59999)
        # nightly-ish batch: temp files
        T = fs + r.randint(5, self.sc.cron_every) * MIN
        while T < fe:
            for i in range(r.randint(2, 8)):
                t = T + i * r.randint(200, 3000)
                pid = r.choice(self.pids)
                out.append((t, [self.pre(t, pid) + 'LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp%d.%d", size %d' % (pid, i, r.randint(10**6, 10**9)),
                                self.pre(t, pid) + 'STATEMENT:  ' + PG_MULTI[0].split('\n')[0]]))
            T += self.sc.cron_every * MIN + r.randint(-30000, 30000)
        return out

    def disk(self, T):
        r = self.rng
        P = self.pre(T)
        if r.random() < 0.7:
            return [P + 'ERROR:  could not extend file "base/%d/%d": No space left on device' % (self.sc.dboid, r.randint(16400, 99999)),
                    P + 'HINT:  Check free disk space.',
                    P + 'STATEMENT:  INSERT INTO events (kind, actor_id, payload, created_at) VALUES ($1, $2, $3, now())']
        return [P + 'ERROR:  could not write to file "base/pgsql_tmp/pgsql_tmp%d.%d": No space left on device' % (r.choice(self.pids), r.randint(0, 9)),
                P + 'STATEMENT:  ' + PG_MULTI[0].split('\n')[0]]

    def pick_new(self):
        self.new_spec = self.rng.choice([
            ('ERROR:  column "loyalty_tier" does not exist at character %d', 'SELECT id, status, loyalty_tier FROM customers WHERE id = $1'),
            ('ERROR:  relation "promo_rules" does not exist at character %d', 'SELECT * FROM promo_rules WHERE active AND starts_at <= now()'),
            ('ERROR:  invalid input syntax for type uuid: "undefined" at character %d', 'SELECT * FROM sessions WHERE token = $1'),
            ('ERROR:  value too long for type character varying(64)', 'UPDATE users SET display_name = $1 WHERE id = $2'),
        ])

    def newerr(self, T):
        P = self.pre(T)
        m, s = self.new_spec
        if '%d' in m:
            m = m % self.rng.randint(8, 60)
        return [P + m, P + 'STATEMENT:  ' + s]

    def startup(self, T):
        r = self.rng
        pm = self.postmaster
        L = [(0, 'LOG:  starting PostgreSQL %s on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit' % self.ver),
             (3, 'LOG:  listening on IPv4 address "0.0.0.0", port 5432'),
             (4, 'LOG:  listening on IPv6 address "::", port 5432'),
             (9, 'LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"')]
        out = [(T + d, [self.sys(T + d, m, pm)]) for d, m in L]
        sp = r.randint(50, 9000)
        out.append((T + 30, [self.sys(T + 30, 'LOG:  database system was shut down at %s %s' % (naive(T - 60000, self.off).strftime('%Y-%m-%d %H:%M:%S'), self.abbr), sp)]))
        out.append((T + 60, [self.sys(T + 60, 'LOG:  database system is ready to accept connections', pm)]))
        return out

    def shutdown(self, T):
        pm = self.postmaster
        r = self.rng
        return [(T, [self.sys(T, 'LOG:  received fast shutdown request', pm)]),
                (T + 5, [self.sys(T + 5, 'LOG:  aborting any active transactions', pm)]),
                (T + 40, [self.sys(T + 40, 'LOG:  background worker "logical replication launcher" (PID %d) exited with exit code 1' % r.randint(900, 5000), pm)]),
                (T + 60, [self.sys(T + 60, 'LOG:  shutting down', r.randint(900, 5000))]),
                (T + 80, [self.sys(T + 80, 'LOG:  checkpoint starting: shutdown immediate')]),
                (T + 600, [self.sys(T + 600, 'LOG:  checkpoint complete: wrote %d buffers (0.%d%%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.%03d s, sync=0.002 s, total=0.5%02d s; sync files=%d, longest=0.001 s, average=0.001 s; distance=%d kB, estimate=%d kB' % (
                    r.randint(10, 900), r.randint(1, 9), r.randint(1, 999), r.randint(0, 99), r.randint(2, 40), r.randint(100, 9000), r.randint(9000, 30000)))]),
                (T + 640, [self.sys(T + 640, 'LOG:  database system is shut down', pm)])]

    def _crash(self, T, sig, victim, extra=None):
        r = self.rng
        pm = self.postmaster
        out = []
        if extra:
            out.append((T, extra))
        t = T + 30
        out.append((t, [self.sys(t, 'LOG:  server process (PID %d) was terminated by signal %s' % (victim, sig), pm),
                        self.sys(t, 'DETAIL:  Failed process was running: SELECT o.id, o.status, o.total_cents FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 20', pm),
                        self.sys(t, 'LOG:  terminating any other active server processes', pm)]))
        for i in range(r.randint(1, 4)):
            t += r.randint(5, 80)
            out.append((t, [self.pre(t, r.choice(self.pids)) + 'FATAL:  the database system is in recovery mode']))
        t += 200
        out.append((t, [self.sys(t, 'LOG:  all server processes terminated; reinitializing', pm)]))
        return out, t

    def _recover(self, t):
        r = self.rng
        sp = r.randint(50, 9000)
        lsn = '%X/%X' % (r.randint(0, 40), r.randint(0x1000000, 0xFFFFFFF))
        steps = ['LOG:  database system was interrupted; last known up at %s %s' % (naive(t - r.randint(60, 300) * 1000, self.off).strftime('%Y-%m-%d %H:%M:%S'), self.abbr),
                 'LOG:  database system was not properly shut down; automatic recovery in progress',
                 'LOG:  redo starts at %s' % lsn,
                 'LOG:  invalid record length at %s: wanted 24, got 0' % lsn,
                 'LOG:  redo done at %s system usage: CPU: user: 0.%02d s, system: 0.%02d s, elapsed: 0.%02d s' % (lsn, r.randint(0, 99), r.randint(0, 99), r.randint(0, 99)),
                 'LOG:  checkpoint starting: end-of-recovery immediate wait']
        out = []
        for s in steps:
            t += r.randint(10, 400)
            out.append((t, [self.sys(t, s, sp)]))
        t += r.randint(100, 900)
        out.append((t, [self.sys(t, 'LOG:  database system is ready to accept connections', self.postmaster)]))
        return out

    def oom(self, T):
        victim = self.rng.choice(self.pids)
        out, t = self._crash(T, '9: Killed', victim)
        g1 = t + self.rng.randint(500, 4000)
        return out + self._recover(g1), (T + 1, g1)

    def panic(self, T):
        r = self.rng
        victim = r.choice(self.pids)
        if r.random() < 0.5:
            extra = [self.pre(T, victim) + 'PANIC:  could not fsync file "base/%d/%d": Input/output error' % (self.sc.dboid, r.randint(16400, 99999))]
            sig = '6: Aborted'
        else:
            extra = None
            sig = '11: Segmentation fault'
        out, t = self._crash(T, sig, victim, extra)
        g1 = t + r.randint(3000, 150000)
        return out + self.startup(g1), (t + 1, g1)


# ================================================================ PgBouncer
class PgBouncer(Svc):
    name = 'pgbouncer'
    kinds = ('silence', 'retry_storm', 'latency_shift', 'error_burst', 'new_error')
    latency_kind = True
    lpe = 1.0
    load_coupling = 0.8

    def setup(self):
        r = self.rng
        self.off = 0 if r.random() < 0.7 else self.sc.tz_min
        self.abbr = TZABBR.get(self.off, 'UTC')
        if self.abbr == 'UTC':
            self.off = 0
        self.pid = r.randint(1, 9000)
        self.ver = r.choice(['1.18.0', '1.19.1', '1.20.1', '1.21.0'])
        self.oldstats = r.random() < 0.3
        off = self.off
        self._t = TSCache(lambda s: naive(s * 1000, off).strftime('%Y-%m-%d %H:%M:%S'))
        self.xact_us = r.randint(800, 6000)
        self.query_us = r.randint(150, 1500)
        self.base_types = ['qwt', 'maxcl', 'srvlogin']

    def P(self, T, lvl):
        return '%s.%03d %s [%d] %s ' % (self._t(T // 1000), T % 1000, self.abbr, self.pid, lvl)

    def ptr(self, c):
        return '%s-0x%s' % (c, '55' + hexs(self.rng, 10))

    def cli(self):
        return '%s/app@%s:%d' % (self.sc.db, self.sc.app_ip, self.rng.randint(30000, 60000))

    def ev(self, T, lat):
        r = self.rng
        x = r.random()
        if x < 0.5:
            return [self.P(T, 'LOG') + '%s: %s login attempt: db=%s user=app tls=%s' % (self.ptr('C'), self.cli(), self.sc.db, r.choice(['no', 'TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519']))]
        if x < 0.96:
            return [self.P(T, 'LOG') + '%s: %s closing because: client close request (age=%ds)' % (self.ptr('C'), self.cli(), r.randint(0, 900))]
        return [self.P(T, 'LOG') + '%s: %s/app@%s:5432 new connection to server (from %s:%d)' % (self.ptr('S'), self.sc.db, self.sc.db_ip, self.sc.pgb_ip, r.randint(30000, 60000))]

    def periodic(self, fs, fe):
        r = self.rng
        out = []
        T = fs + r.randint(0, 59999)
        while T < fe:
            L = self.sc.load(T)
            lat = self.lat_at(T) if hasattr(self, 'lat_at') else 1.0
            xs = max(1, int(L * r.uniform(30, 60)))
            qs = xs * r.randint(3, 6)
            xu = int(self.xact_us * r.uniform(0.85, 1.2) * lat)
            qu = int(self.query_us * r.uniform(0.85, 1.2) * lat)
            if self.oldstats:
                m = 'Stats: %d xacts/s, %d queries/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us' % (xs, qs, qs * 90, qs * 700, xu, qu, r.randint(0, 40))
            else:
                m = 'stats: %d xacts/s, %d queries/s, %d client parses/s, %d server parses/s, %d binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us' % (
                    xs, qs, 0, 0, 0, qs * 90, qs * 700, xu, qu, r.randint(0, 40))
            out.append((T, [self.P(T, 'LOG') + m], 'stats'))
            T += 60000
        return out

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        k = etype or r.choice(self.base_types)
        if k == 'qwt':
            c = self.cli()
            return [self.P(T, 'LOG') + '%s: %s closing because: query_wait_timeout (age=%ds)' % (self.ptr('C'), c, r.randint(120, 125)),
                    self.P(T, 'WARNING') + '%s: %s pooler error: query_wait_timeout' % (self.ptr('C'), c)]
        if k == 'maxcl':
            return [self.P(T, 'WARNING') + '%s: (nodb)/(nouser)@%s:%d pooler error: no more connections allowed (max_client_conn)' % (self.ptr('C'), self.sc.app_ip, r.randint(30000, 60000))]
        u = r.choice(['admin', 'postgres', 'report'])
        return [self.P(T, 'WARNING') + '%s: %s/%s@%s:%d pooler error: password authentication failed' % (self.ptr('C'), self.sc.db, u, self.sc.rand_private(r), r.randint(30000, 60000))]

    def retry(self, T):
        r = self.rng
        return [self.P(T, 'LOG') + '%s: %s/app@%s:5432 closing because: connect failed (age=0s)' % (self.ptr('S'), self.sc.db, self.sc.db_ip)]

    def rare(self, T):
        r = self.rng
        if r.random() < 0.5:
            return [self.P(T, 'LOG') + '%s: %s/app@%s:5432 closing because: server idle timeout (age=%ds)' % (self.ptr('S'), self.sc.db, self.sc.db_ip, r.randint(600, 700))]
        return [self.P(T, 'LOG') + 'got SIGHUP, re-reading config']

    def pick_new(self):
        self.new_spec = self.rng.choice([
            'pooler error: unsupported startup parameter: extra_float_digits',
            'pooler error: prepared statement "S_%d" does not exist',
            'pooler error: server login has been failing, try again later (server_login_retry)'])

    def newerr(self, T):
        m = self.new_spec
        if '%d' in m:
            m = m % self.rng.randint(1, 40)
        return [self.P(T, 'WARNING') + '%s: %s %s' % (self.ptr('C'), self.cli(), m)]

    def startup(self, T):
        self.pid = self.rng.randint(1, 9000)
        return [(T, [self.P(T, 'LOG') + 'kernel file descriptor limit: 1048576 (hard: 1048576); max_client_conn: 1000, max expected fd use: 1112',
                     self.P(T, 'LOG') + 'listening on 0.0.0.0:6432',
                     self.P(T, 'LOG') + 'listening on unix:/tmp/.s.PGSQL.6432',
                     self.P(T, 'LOG') + 'process up: PgBouncer %s, libevent 2.1.12-stable (epoll), adns: c-ares 1.19.1, tls: OpenSSL 3.0.11 19 Sep 2023' % self.ver])]

    def shutdown(self, T):
        return [(T, [self.P(T, 'LOG') + 'got SIGINT, shutting down, waiting for all servers connections to be released',
                     ]), (T + 900, [self.P(T + 900, 'LOG') + 'server connections dropped, exiting'])]


# ================================================================ Keycloak (Quarkus, JBoss log format)
JAVA_ERRS = {
    'acq': ('org.hibernate.exception.JDBCConnectionException', 'Unable to acquire JDBC Connection',
            'Caused by: java.sql.SQLException: Sorry, acquisition timeout!',
            ['org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:100)',
             'org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:58)',
             'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:108)']),
    'npe': ('java.lang.NullPointerException', 'Cannot invoke "org.keycloak.models.UserModel.getId()" because "user" is null', None,
            ['org.keycloak.authentication.authenticators.browser.UsernamePasswordForm.validateForm(UsernamePasswordForm.java:58)',
             'org.keycloak.authentication.DefaultAuthenticationFlow.processAction(DefaultAuthenticationFlow.java:127)']),
    'model': ('org.keycloak.models.ModelException', 'Database operation failed', 'Caused by: org.hibernate.exception.LockAcquisitionException: could not execute statement',
              ['org.keycloak.models.jpa.PersistenceExceptionConverter.convert(PersistenceExceptionConverter.java:85)',
               'org.keycloak.models.jpa.PersistenceExceptionConverter.invoke(PersistenceExceptionConverter.java:52)']),
    'ldap': ('org.keycloak.models.ModelException', 'LDAP Query failed', 'Caused by: javax.naming.CommunicationException: ldap.corp.internal:636 [Root exception is java.net.SocketTimeoutException: Connect timed out]',
             ['org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore.fetchQueryResults(LDAPIdentityStore.java:243)',
              'org.keycloak.storage.ldap.LDAPStorageProvider.searchLDAP(LDAPStorageProvider.java:987)']),
}
JAVA_TAIL = ['org.keycloak.services.resources.LoginActionsService.processFlow(LoginActionsService.java:338)',
             'io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)',
             'org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)',
             'io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:582)',
             'org.jboss.threads.EnhancedQueueExecutor$Task.run(EnhancedQueueExecutor.java:2513)',
             'org.jboss.threads.JBossThread.run(JBossThread.java:483)']
NAMES = ['anna.kowalska', 'zoë.müller', 'jürgen.weiß', 'łukasz.nowak', 'søren.bækgaard', 'maría.josé', 'j.doe', 'akira.tanaka',
         'chloé.dubois', 'oğuz.yılmaz', 'nguyễn.văn.an', 'svc-reporting', 'ines.gonçalves', 'mike.obrien', '山田太郎', 'ольга.иванова']


class Keycloak(Svc):
    name = 'keycloak'
    kinds = ('error_burst', 'silence', 'retry_storm', 'oom_kill', 'new_error', 'panic')
    lpe = 1.15
    load_coupling = 0.9

    def setup(self):
        r = self.rng
        self.off = self.sc.tz_min if r.random() < 0.6 else 0
        self.eol = '\r\n' if r.random() < 0.3 else '\n'
        self.quoted = r.random() < 0.6
        self.ver = r.choice([('21.1.2', '2.13.7.Final'), ('22.0.5', '3.2.7.Final'), ('23.0.4', '3.2.9.Final'), ('24.0.1', '3.8.1')])
        self.realm = r.choice(['master', self.sc.app, 'customers', 'corp'])
        self.realm_id = uuid4(r) if r.random() < 0.5 else self.realm
        self.clients = ['web-portal', 'mobile-app', '%s-api' % self.sc.app, 'admin-cli', 'grafana']
        self.users = [(n, uuid4(r)) for n in r.sample(NAMES, 10)]
        self.fn = r.choice(['keycloak.log', 'server.log', 'keycloak-0.log'])
        off = self.off
        self._t = TSCache(lambda s: naive(s * 1000, off).strftime('%Y-%m-%d %H:%M:%S'))
        self.etypes = list(JAVA_ERRS.keys())
        r.shuffle(self.etypes)
        self.base_types = self.etypes[:2]
        self.node = 'keycloak-0-%d' % r.randint(10000, 99999)

    def fname(self):
        return self.fn

    def L(self, T, lvl, cat, thr, msg):
        return '%s,%03d %-5s [%s] (%s) %s' % (self._t(T // 1000), T % 1000, lvl, cat, thr, msg)

    def thr(self):
        return 'executor-thread-%d' % self.rng.randint(1, 48)

    def kv(self, pairs):
        if self.quoted:
            return ', '.join('%s="%s"' % (k, v) for k, v in pairs)
        return ', '.join('%s=%s' % (k, v) for k, v in pairs)

    def ev(self, T, lat):
        r = self.rng
        u, uid = r.choice(self.users)
        ip = self.sc.pick_client(r)[0]
        cl = r.choice(self.clients[:3])
        x = r.random()
        if x < 0.45:
            p = [('type', 'LOGIN'), ('realmId', self.realm_id), ('clientId', cl), ('userId', uid), ('ipAddress', ip),
                 ('auth_method', 'openid-connect'), ('auth_type', 'code'), ('response_type', 'code'),
                 ('redirect_uri', 'https://%s/auth/callback' % self.sc.domain), ('consent', 'no_consent_required'),
                 ('code_id', uuid4(r)), ('username', u)]
        elif x < 0.75:
            p = [('type', 'CODE_TO_TOKEN'), ('realmId', self.realm_id), ('clientId', cl), ('userId', uid), ('ipAddress', ip),
                 ('token_id', uuid4(r)), ('grant_type', 'authorization_code'), ('refresh_token_type', 'Refresh'),
                 ('scope', 'openid profile email'), ('refresh_token_id', uuid4(r)), ('code_id', uuid4(r)), ('client_auth_method', 'client-secret')]
        elif x < 0.93:
            p = [('type', 'REFRESH_TOKEN'), ('realmId', self.realm_id), ('clientId', cl), ('userId', uid), ('ipAddress', ip),
                 ('token_id', uuid4(r)), ('grant_type', 'refresh_token'), ('refresh_token_type', 'Refresh'), ('scope', 'openid profile email'),
                 ('refresh_token_id', uuid4(r)), ('client_auth_method', 'client-secret')]
        elif x < 0.975:
            p = [('type', 'LOGIN_ERROR'), ('realmId', self.realm_id), ('clientId', cl), ('userId', 'null'), ('ipAddress', ip),
                 ('error', r.choice(['invalid_user_credentials', 'invalid_user_credentials', 'user_not_found', 'expired_code'])),
                 ('auth_method', 'openid-connect'), ('auth_type', 'code'), ('redirect_uri', 'https://%s/auth/callback' % self.sc.domain),
                 ('code_id', uuid4(r)), ('username', u)]
            return [self.L(T, 'WARN', 'org.keycloak.events', self.thr(), self.kv(p))]
        else:
            p = [('type', 'LOGOUT'), ('realmId', self.realm_id), ('clientId', 'null'), ('userId', uid), ('ipAddress', ip),
                 ('redirect_uri', 'https://%s/' % self.sc.domain)]
        return [self.L(T, 'DEBUG' if r.random() < 0.0 else 'INFO', 'org.keycloak.events', self.thr(), self.kv(p))]

    def jtrace(self, exc, msg, cause, frames):
        out = ['%s: %s' % (exc, msg)] + ['\tat ' + f for f in frames] + ['\tat ' + f for f in JAVA_TAIL[:self.rng.randint(3, len(JAVA_TAIL))]]
        if cause:
            out.append(cause)
            out.append('\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)')
            out.append('\t... %d more' % self.rng.randint(30, 90))
        return out

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        k = etype or r.choice(self.base_types)
        exc, msg, cause, frames = JAVA_ERRS[k]
        return [self.L(T, 'ERROR', 'org.keycloak.services.error.KeycloakErrorHandler', self.thr(), 'Uncaught server error: %s: %s' % (exc, msg))] + \
            self.jtrace(exc, msg, cause, frames)

    def rare(self, T):
        r = self.rng
        x = r.random()
        if x < 0.3:
            return [self.L(T, 'WARN', 'org.keycloak.services', self.thr(), 'KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException: authenticator: auth-username-password-form')]
        if x < 0.55:
            return [self.L(T, 'WARN', 'org.keycloak.protocol.oidc.utils.OIDCResponseTypeHandler' if r.random() < 0.3 else 'org.keycloak.events', self.thr(),
                           self.kv([('type', 'CLIENT_LOGIN_ERROR'), ('realmId', self.realm_id), ('clientId', 'grafana'), ('userId', 'null'),
                                    ('ipAddress', self.sc.rand_private(r)), ('error', 'invalid_client_credentials'), ('grant_type', 'client_credentials')]))]
        if x < 0.8:
            return [self.L(T, 'WARN', 'org.infinispan.CLUSTER', 'non-blocking-thread--p2-t%d' % r.randint(1, 8),
                           "ISPN000312: Lost data because of graceful leaver %s" % self.node)]
        return [self.L(T, 'INFO', 'org.keycloak.services.scheduled.ScheduledTaskRunner', 'Timer-0', 'Clearing expired events and sessions')]

    def periodic(self, fs, fe):
        r = self.rng
        out = []
        T = fs + r.randint(0, 900000)
        while T < fe:
            out.append((T, [self.L(T, 'INFO', 'org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner', 'Timer-0', 'Executing scheduled task ClearExpiredUserSessions')]))
            T += 15 * MIN + r.randint(-2000, 2000)
        return out

    def retry(self, T):
        return [self.L(T, 'WARN', 'io.agroal.pool', 'agroal-%d' % self.rng.randint(11, 30),
                       "Datasource '<default>': Connection to %s:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections." % self.sc.db_host)]

    def pick_new(self):
        self.new_spec = self.rng.choice([
            ('org.keycloak.services.resources.IdentityBrokerService', 'Unexpected error when authenticating with identity provider',
             ('org.keycloak.broker.provider.IdentityBrokerException', 'Could not decode access token response.', None,
              ['org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider.getFederatedIdentity(AbstractOAuth2IdentityProvider.java:339)'])),
            ('org.keycloak.services.error.KeycloakErrorHandler', 'Uncaught server error',
             ('java.lang.IllegalArgumentException', 'Invalid UUID string: undefined', None,
              ['java.base/java.util.UUID.fromString1(UUID.java:280)', 'org.keycloak.models.jpa.JpaUserProvider.getUserById(JpaUserProvider.java:612)'])),
            ('org.keycloak.keys.DefaultKeyManager', 'No active key found in realm',
             ('org.keycloak.crypto.KeyNotFoundException', 'No active key found for algorithm RS512', None,
              ['org.keycloak.keys.DefaultKeyManager.getActiveKey(DefaultKeyManager.java:73)']))])

    def newerr(self, T):
        cat, pre, spec = self.new_spec
        exc, msg, cause, frames = spec
        return [self.L(T, 'ERROR', cat, self.thr(), '%s: %s: %s' % (pre, exc, msg))] + self.jtrace(exc, msg, cause, frames)

    def startup(self, T):
        r = self.rng
        kv, qv = self.ver
        s = r.uniform(6, 25)
        L = [(0, 'INFO', 'org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider', 'main', 'Hostname settings: Base URL: <unset>, Hostname: %s, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true' % self.sc.domain),
             (1500, 'INFO', 'org.keycloak.common.crypto.CryptoIntegration', 'main', 'Detected crypto provider: org.keycloak.crypto.def.DefaultCryptoProvider'),
             (4000, 'INFO', 'org.infinispan.CONTAINER', 'ForkJoinPool.commonPool-worker-1', 'ISPN000556: Starting user marshaller \'org.infinispan.jboss.marshalling.core.JBossUserMarshaller\''),
             (6000, 'INFO', 'org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory', 'main', 'Node name: %s, Site name: null' % self.node),
             (int(s * 1000), 'INFO', 'io.quarkus', 'main', 'Keycloak %s on JVM (powered by Quarkus %s) started in %.3fs. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.' % (kv, qv, s)),
             (int(s * 1000) + 1, 'INFO', 'io.quarkus', 'main', 'Profile prod activated. '),
             (int(s * 1000) + 2, 'INFO', 'io.quarkus', 'main', 'Installed features: [agroal, cdi, hibernate-orm, jdbc-h2, jdbc-mariadb, jdbc-mssql, jdbc-mysql, jdbc-oracle, jdbc-postgresql, keycloak, logging-gelf, micrometer, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx]')]
        return [(T + d, [self.L(T + d, lv, c, th, m)]) for d, lv, c, th, m in L]

    def shutdown(self, T):
        return [(T, [self.L(T, 'INFO', 'org.infinispan.CLUSTER', 'Shutdown thread', 'ISPN000080: Disconnecting JGroups channel `ISPN`')]),
                (T + 300, [self.L(T + 300, 'INFO', 'io.quarkus', 'Shutdown thread', 'Keycloak stopped in %.3fs' % self.rng.uniform(0.1, 0.9))])]

    def oom(self, T):
        r = self.rng
        recs = [(T, [self.L(T, 'ERROR', 'org.keycloak.services.error.KeycloakErrorHandler', self.thr(), 'Uncaught server error: java.lang.OutOfMemoryError: Java heap space')] +
                 ['java.lang.OutOfMemoryError: Java heap space'] + ['\tat ' + f for f in JAVA_TAIL[:3]]),
                (T + 400, ['Terminating due to java.lang.OutOfMemoryError: Java heap space'])]
        g1 = T + r.randint(5000, 40000)
        return recs + self.startup(g1), (T + 401, g1)

    def panic(self, T):
        r = self.rng
        recs = [(T, ['#', '# A fatal error has been detected by the Java Runtime Environment:', '#',
                     '#  SIGSEGV (0xb) at pc=0x00007f%s, pid=1, tid=%d' % (hexs(r, 10), r.randint(40, 400)), '#',
                     '# JRE version: OpenJDK Runtime Environment (17.0.9+9) (build 17.0.9+9-LTS)',
                     '# Java VM: OpenJDK 64-Bit Server VM (17.0.9+9-LTS, mixed mode, sharing, tiered, compressed oops, compressed class ptrs, g1 gc, linux-amd64)',
                     '# Problematic frame:', '# C  [libc.so.6+0x%s]' % hexs(r, 5), '#',
                     '# Core dump will be written. Default location: Core dumps may be processed with "/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h" (or dumping to /opt/keycloak/core.1)', '#',
                     '# An error report file with more information is saved as:', '# /opt/keycloak/hs_err_pid1.log', '#',
                     '# If you would like to submit a bug report, please visit:', '#   https://bugzilla.redhat.com/enter_bug.cgi?product=Red%20Hat%20build%20of%20OpenJDK', '#'])]
        g1 = T + r.randint(3000, 150000)
        return recs + self.startup(g1), (T + 1, g1)


# ================================================================ PHP-FPM error log
class PhpFpm(Svc):
    name = 'php-fpm'
    kinds = ('error_burst', 'silence', 'retry_storm', 'oom_kill', 'new_error', 'disk_full', 'panic')
    klass = 'quiet'
    lpe = 1.8
    load_coupling = 0.9

    def setup(self):
        r = self.rng
        self.off = self.sc.tz_min
        self.pv = r.choice(['7.4', '8.1', '8.2', '8.3'])
        self.fn = r.choice(['php%s-fpm.log' % self.pv, 'php-fpm.log', 'www-error.log'])
        self.pool = r.choice(['www', 'www', self.sc.app])
        self.master = r.randint(300, 3000)
        self.kids = [r.randint(3000, 30000) for _ in range(12)]
        off = self.off
        self._t = TSCache(lambda s: (lambda d: '%02d-%s-%04d %02d:%02d:%02d' % (d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second))(naive(s * 1000, off)))
        self.root = '/var/www/%s' % self.sc.app
        self.base_types = ['undef', 'pdo', 'typeerr']

    def fname(self):
        return self.fn

    def L(self, T, lvl, msg):
        return '[%s] %s: %s' % (self._t(T // 1000), lvl, msg)

    def kid(self, T, msg, pid=None):
        return self.L(T, 'WARNING', '[pool %s] child %d said into stderr: "%s"' % (self.pool, pid or self.rng.choice(self.kids), msg))

    def ev(self, T, lat):
        r = self.rng
        x = r.random()
        if x < 0.45:
            k = r.choice(self.kids)
            return [self.L(T, 'WARNING', "[pool %s] child %d, script '%s/public/index.php' (request: \"%s %s\") executing too slow (%.6f sec), logging" % (
                self.pool, k, self.root, r.choice(['GET', 'POST']), self.sc.fill_path(r, self.sc.pick_route(r)[1]), r.uniform(5, 12)))]
        if x < 0.65:
            return [self.L(T, 'WARNING', '[pool %s] server reached pm.max_children setting (%d), consider raising it' % (self.pool, r.choice([20, 32, 50])))]
        if x < 0.85:
            return [self.kid(T, 'PHP Deprecated:  Creation of dynamic property App\\Legacy\\Report::$%s is deprecated in %s/src/Legacy/Report.php on line %d' % (r.choice(['total', 'rows', 'meta']), self.root, r.randint(20, 300)))]
        return [self.L(T, 'NOTICE', '[pool %s] child %d exited with code 0 after %.6f seconds from start' % (self.pool, r.choice(self.kids), r.uniform(100, 5000))),
                self.L(T + 2, 'NOTICE', '[pool %s] child %d started' % (self.pool, r.randint(3000, 60000)))]

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        k = etype or r.choice(self.base_types)
        pid = r.choice(self.kids)
        if k == 'undef':
            return [self.kid(T, 'PHP Warning:  Undefined array key "shipping" in %s/src/Checkout/Summary.php on line %d' % (self.root, r.randint(40, 90)), pid)]
        if k == 'pdo':
            L = ["PHP Fatal error:  Uncaught PDOException: SQLSTATE[40P01]: Deadlock detected: 7 ERROR:  deadlock detected in %s/src/Repository/CartRepository.php:%d" % (self.root, r.randint(60, 200)),
                 'Stack trace:', '#0 %s/src/Repository/CartRepository.php(%d): PDOStatement->execute()' % (self.root, r.randint(60, 200)),
                 '#1 %s/src/Controller/CartController.php(57): App\\Repository\\CartRepository->save()' % self.root,
                 '#2 %s/public/index.php(31): App\\Controller\\CartController->update()' % self.root, '#3 {main}',
                 '  thrown in %s/src/Repository/CartRepository.php on line %d' % (self.root, r.randint(60, 200))]
            return [self.kid(T, x, pid) for x in L]
        L = ['PHP Fatal error:  Uncaught TypeError: App\\Service\\Price::format(): Argument #1 ($amount) must be of type int, null given, called in %s/src/View/ProductView.php on line 41 and defined in %s/src/Service/Price.php:18' % (self.root, self.root),
             'Stack trace:', '#0 %s/src/View/ProductView.php(41): App\\Service\\Price::format()' % self.root, '#1 %s/public/index.php(31): App\\View\\ProductView->render()' % self.root, '#2 {main}',
             '  thrown in %s/src/Service/Price.php on line 18' % self.root]
        return [self.kid(T, x, pid) for x in L]

    def rare(self, T):
        r = self.rng
        if r.random() < 0.5:
            return [self.L(T, 'NOTICE', 'error log file re-opened')]
        return [self.kid(T, 'PHP Warning:  file_get_contents(https://feeds.partner.example/stock.json): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable in %s/src/Feed/Stock.php on line 22' % self.root)]

    def retry(self, T):
        return [self.kid(T, 'PHP Warning:  pg_connect(): Unable to connect to PostgreSQL server: connection to server at "%s", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections? in %s/src/Db.php on line 14' % (self.sc.db_ip, self.root)).replace('\n', '\\n')]

    def disk(self, T):
        r = self.rng
        return [self.kid(T, 'PHP Warning:  file_put_contents(%s/var/cache/prod/%s.php): Failed to open stream: No space left on device in %s/vendor/symfony/cache/Traits/FilesystemCommonTrait.php on line 95' % (self.root, hexs(r, 16), self.root))]

    def pick_new(self):
        self.new_spec = self.rng.choice([
            'PHP Fatal error:  Uncaught Error: Call to undefined method App\\Service\\Mailer::sendTemplated() in %s/src/Controller/AccountController.php:88',
            'PHP Fatal error:  Uncaught Error: Class "Predis\\Client" not found in %s/src/Cache/RedisFactory.php:12',
            'PHP Warning:  Attempt to read property "currency" on null in %s/src/Checkout/Totals.php on line 64'])

    def newerr(self, T):
        m = self.new_spec % self.root
        if 'Uncaught' in m:
            pid = self.rng.choice(self.kids)
            return [self.kid(T, m, pid), self.kid(T, 'Stack trace:', pid), self.kid(T, '#0 %s/public/index.php(31): {closure}()' % self.root, pid),
                    self.kid(T, '#1 {main}', pid)]
        return [self.kid(T, m)]

    def startup(self, T):
        self.master = self.rng.randint(300, 30000)
        return [(T, [self.L(T, 'NOTICE', 'fpm is running, pid %d' % self.master)]),
                (T + 1, [self.L(T + 1, 'NOTICE', 'ready to handle connections')]),
                (T + 2, [self.L(T + 2, 'NOTICE', 'systemd monitor interval set to 10000ms')])]

    def shutdown(self, T):
        return [(T, [self.L(T, 'NOTICE', 'Terminating ...')]), (T + 200, [self.L(T + 200, 'NOTICE', 'exiting, bye-bye!')])]

    def oom(self, T):
        r = self.rng
        pid = r.choice(self.kids)
        out = [(T, [self.kid(T, 'PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s/vendor/doctrine/orm/src/Internal/Hydration/ObjectHydrator.php on line %d' % (
            r.choice([134217728, 268435456, 536870912]), r.choice([20480, 65536, 262144, 4194304]), self.root, r.randint(100, 600)), pid)])]
        t = T
        for _ in range(r.randint(1, 3)):
            t += r.randint(1000, 30000)
            out.append((t, [self.kid(t, 'PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate %d bytes) in %s/src/Report/Export.php on line %d' % (r.choice([8192, 32768, 1048576]), self.root, r.randint(40, 200)))]))
        return out, None

    def panic(self, T):
        r = self.rng
        out = []
        t = T
        for _ in range(r.randint(2, 5)):
            out.append((t, [self.L(t, 'WARNING', '[pool %s] child %d exited on signal 11 (SIGSEGV - core dumped) after %.6f seconds from start' % (self.pool, r.choice(self.kids), r.uniform(1, 900)))]))
            t += r.randint(100, 4000)
        out.append((t, [self.L(t, 'ALERT', 'failed processes threshold (10 in 60 sec) is reached, initiating reload')]))
        out.append((t + 50, [self.L(t + 50, 'NOTICE', 'Reloading in progress ...')]))
        g1 = t + 100 + r.randint(3000, 150000)
        return out + [(g1 - 5, [self.L(g1 - 5, 'NOTICE', 'using inherited socket fd=7, "/run/php/php%s-fpm.sock"' % self.pv)])] + self.startup(g1), (t + 51, g1 - 6)


# ================================================================ Rust env_logger
class RustWorker(Svc):
    name = 'rust'
    kinds = ('error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'new_error', 'disk_full', 'panic')
    latency_kind = True
    lpe = 1.0
    load_coupling = 0.5

    def setup(self):
        r = self.rng
        self.crate = r.choice(['ledger_sync', 'thumbnailer', 'event_ingest', 'feed_builder', 'geo_indexer'])
        self.bin = self.crate.replace('_', '-')
        self.ms = r.random() < 0.5
        self.ver = '%d.%d.%d' % (r.randint(0, 3), r.randint(1, 30), r.randint(0, 9))
        self.base_ms = r.uniform(20, 200)
        self.up = r.choice(['rates.internal:8080', 'search.internal:9200', 'blobstore.internal:9000'])
        self._t = TSCache(lambda s: naive(s * 1000).strftime('%Y-%m-%dT%H:%M:%S'))
        self.base_types = ['decode', 'upstream5xx', 'timeout']

    def fname(self):
        return '%s.log' % self.bin

    def L(self, T, lvl, mod, msg):
        ts = ('%s.%03dZ' % (self._t(T // 1000), T % 1000)) if self.ms else ('%sZ' % self._t(T // 1000))
        return '[%s %-5s %s%s] %s' % (ts, lvl, self.crate, ('::' + mod) if mod else '', msg)

    def ev(self, T, lat):
        r = self.rng
        x = r.random()
        if x < 0.7:
            n = r.randint(50, 500)
            return [self.L(T, 'INFO', 'consumer', 'processed batch partition=%d offset=%d events=%d in %dms' % (r.randint(0, 11), r.randint(10**6, 10**8), n, int(self.base_ms * r.lognormvariate(0, 0.4) * lat * n / 250)))]
        if x < 0.9:
            return [self.L(T, 'INFO', 'sink', 'flushed %d rows to %s in %.1fms' % (r.randint(100, 5000), r.choice(['ledger_entries', 'thumbs', 'events_raw']), self.base_ms * 0.6 * r.lognormvariate(0, 0.4) * lat))]
        if x < 0.97:
            return [self.L(T, 'DEBUG', 'consumer', 'committed offsets for %d partitions' % r.randint(1, 12))]
        return [self.L(T, 'WARN', 'consumer', 'slow batch: %d events took %dms (budget %dms)' % (r.randint(200, 500), int(self.base_ms * r.uniform(8, 15) * lat), int(self.base_ms * 5)))]

    def err_types(self):
        return self.base_types

    def err(self, T, etype=None):
        r = self.rng
        k = etype or r.choice(self.base_types)
        if k == 'decode':
            return [self.L(T, 'ERROR', 'consumer', 'failed to decode message at offset %d: invalid type: null, expected a string at line 1 column %d' % (r.randint(10**6, 10**8), r.randint(20, 400)))]
        if k == 'upstream5xx':
            return [self.L(T, 'ERROR', 'upstream', 'request to http://%s/v1/batch failed: HTTP status server error (502 Bad Gateway) for url (http://%s/v1/batch)' % (self.up, self.up))]
        return [self.L(T, 'ERROR', 'sink', 'flush failed: error returned from database: canceling statement due to statement timeout'),
                self.L(T, 'ERROR', 'sink', '  caused by: db error: ERROR: canceling statement due to statement timeout')]

    def rare(self, T):
        r = self.rng
        if r.random() < 0.5:
            return [self.L(T, 'WARN', 'consumer', 'rebalance: partitions revoked [%d, %d]; re-assigned after %dms' % (r.randint(0, 5), r.randint(6, 11), r.randint(50, 3000)))]
        return [self.L(T, 'WARN', None, 'config key `sink.batch_size` is deprecated, use `sink.max_batch_rows`')]

    def retry(self, T):
        return [self.L(T, 'WARN', 'upstream', 'request to http://%s/v1/batch failed: error sending request for url (http://%s/v1/batch): error trying to connect: tcp connect error: Connection refused (os error 111); retrying in %dms' % (self.up, self.up, self.rng.choice([100, 200, 400, 800])))]

    def disk(self, T):
        return [self.L(T, 'ERROR', 'spool', 'failed to write spool segment /var/lib/%s/spool/%06d.seg: No space left on device (os error 28)' % (self.bin, self.rng.randint(1, 999999)))]

    def pick_new(self):
        self.new_spec = self.rng.choice([
            ('schema', 'unknown field `tenant_region`, expected one of `id`, `kind`, `payload`, `ts` at line 1 column 212'),
            ('upstream', 'response from http://UP/v2/batch could not be parsed: missing field `accepted` at line 1 column 48'),
            ('sink', 'error returned from database: column "region" of relation "ledger_entries" does not exist')])

    def newerr(self, T):
        m, s = self.new_spec
        return [self.L(T, 'ERROR', m, s.replace('UP', self.up))]

    def startup(self, T):
        return [(T, [self.L(T, 'INFO', None, 'starting %s v%s (git %s)' % (self.bin, self.ver, hexs(self.rng, 7)))]),
                (T + 40, [self.L(T + 40, 'INFO', 'config', 'loaded config from /etc/%s/config.toml' % self.bin)]),
                (T + 900, [self.L(T + 900, 'INFO', 'consumer', 'subscribed to topics ["%s"], group.id=%s' % (self.crate.split('_')[0], self.bin))])]

    def shutdown(self, T):
        return [(T, [self.L(T, 'INFO', None, 'received SIGTERM, draining')]),
                (T + 1500, [self.L(T + 1500, 'INFO', None, 'shutdown complete')])]

    def oom(self, T):
        r = self.rng
        recs = [(T, ['memory allocation of %d bytes failed' % r.choice([1073741824, 268435456, 2147483648, 536870912])])]
        g1 = T + r.randint(3000, 40000)
        return recs + self.startup(g1), (T + 1, g1)

    def panic(self, T):
        r = self.rng
        recs = [(T, ["thread 'tokio-runtime-worker' panicked at src/consumer.rs:%d:%d:" % (r.randint(100, 400), r.randint(5, 60)),
                     'called `Result::unwrap()` on an `Err` value: Io(Os { code: 32, kind: BrokenPipe, message: "Broken pipe" })',
                     'stack backtrace:', '   0: rust_begin_unwind', '             at /rustc/%s/library/std/src/panicking.rs:645:5' % hexs(r, 40),
                     '   1: core::panicking::panic_fmt', '   2: core::result::unwrap_failed',
                     '   3: %s::consumer::Consumer::handle_batch::{{closure}}' % self.crate,
                     '   4: tokio::runtime::task::core::Core<T,S>::poll',
                     'note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.'])]
        g1 = T + r.randint(3000, 150000)
        return recs + self.startup(g1), (T + 1, g1)


# ================================================================ kubelet (klog)
class Kubelet(Svc):
    name = 'kubelet'
    kinds = ('silence', 'retry_storm', 'error_burst', 'new_error', 'disk_full')
    klass = 'quiet'
    lpe = 1.0
    load_coupling = 0.1

    def setup(self):
        r = self.rng
        self.pid = r.randint(600, 4000)
        self.ns = r.choice(['prod', 'default', self.sc.app])
        self.pods = ['%s/%s-%s-%s' % (self.ns, n, hexs(r, 9), b62(r, 5).lower()) for n in [self.sc.app, self.sc.app, 'worker', 'redis', 'node-exporter']]
        self.api = '10.%d.0.1' % r.choice([96, 100, 43])
        self.fn = r.choice(['kubelet.log', 'kubelet.log', 'kubelet-%s.log' % self.sc.node])

    def fname(self):
        return self.fn

    def L(self, T, sev, src, msg):
        d = naive(T)
        return '%s%02d%02d %02d:%02d:%02d.%06d %7d %s] %s' % (sev, d.month, d.day, d.hour, d.minute, d.second, usec(T), self.pid, src, msg)

    def ev(self, T, lat):
        r = self.rng
        p = r.choice(self.pods)
        x = r.random()
        if x < 0.35:
            return [self.L(T, 'I', 'prober.go:107', '"Probe failed" probeType="Readiness" pod="%s" podUID="%s" containerName="%s" probeResult="failure" output="Get \\"http://10.%d.%d.%d:8000/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (p, uuid4(r), p.split('/')[1].split('-')[0], r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)))] if r.random() < 0.05 else \
                [self.L(T, 'I', 'kubelet.go:2461', '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s"' % p)]
        if x < 0.55:
            return [self.L(T, 'I', 'reconciler_common.go:258', '"operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\") pod \\"%s\\" (UID: \\"%s\\") " pod="%s"' % (
                b62(r, 5).lower(), uuid4(r), b62(r, 5).lower(), p.split('/')[1], uuid4(r), p))]
        if x < 0.75:
            return [self.L(T, 'E', 'summary_sys_containers.go:48', '"Failed to get system container stats" err="failed to get cgroup stats for \\"/system.slice/containerd.service\\": failed to get container info for \\"/system.slice/containerd.service\\": unknown container \\"/system.slice/containerd.service\\"" containerName="/system.slice/containerd.service"')]
        if x < 0.9:
            return [self.L(T, 'I', 'kubelet_getters.go:187', '"Pod status updated" pod="kube-system/%s" status="Running"' % r.choice(['kube-proxy-' + b62(r, 5).lower(), 'aws-node-' + b62(r, 5).lower(), 'coredns-5d78c9869d-' + b62(r, 5).lower()]))]
        return [self.L(T, 'W', 'container_log_manager.go:254', '"Failed to rotate log for container" path="/var/log/pods/%s/%s/0.log" err="failed to reopen container log \\"%s\\": rpc error: code = Unknown desc = docker does not support reopening container log files"' % (p.replace('/', '_'), p.split('/')[1].split('-')[0], hexs(r, 64)))]

    def periodic(self, fs, fe):
        r = self.rng
        out = []
        T = fs + r.randint(0, 5 * MIN)
        while T < fe:
            out.append((T, [self.L(T, 'I', 'image_gc_manager.go:310', '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=%d highThreshold=85 amountToFree=%d lowThreshold=80' % (r.randint(85, 88), r.randint(10**8, 10**10)))] if r.random() < 0.1 else
                        [self.L(T, 'I', 'container_manager_linux.go:507', '"Discovered runtime cgroup name" cgroupName="/system.slice/containerd.service"')]))
            T += 5 * MIN + r.randint(-1000, 1000)
        return out

    def err_types(self):
        return ['pull']

    def err(self, T, etype=None):
        r = self.rng
        p = self.pods[1]
        c = p.split('/')[1].split('-')[0]
        return [self.L(T, 'E', 'pod_workers.go:1300', '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"%s\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"registry.internal/%s:%s\\\\\\"\\"" pod="%s" podUID="%s"' % (c, c, hexs(r, 7), p, uuid4(r)))]

    def retry(self, T):
        r = self.rng
        res = r.choice(['*v1.Service', '*v1.Node', '*v1.Pod', '*v1.CSIDriver', '*v1.RuntimeClass'])
        path = {'*v1.Service': 'services', '*v1.Node': 'nodes', '*v1.Pod': 'pods', '*v1.CSIDriver': 'apis/storage.k8s.io/v1/csidrivers', '*v1.RuntimeClass': 'apis/node.k8s.io/v1/runtimeclasses'}[res]
        return [self.L(T, 'E', 'reflector.go:147', 'k8s.io/client-go/informers/factory.go:150: Failed to watch %s: failed to list %s: Get "https://%s:443/api/v1/%s?limit=500&resourceVersion=0": dial tcp %s:443: connect: connection refused' % (res, res, self.api, path, self.api))]

    def disk(self, T):
        r = self.rng
        if r.random() < 0.5:
            return [self.L(T, 'W', 'eviction_manager.go:349', '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"')]
        p = r.choice(self.pods)
        return [self.L(T, 'E', 'kuberuntime_manager.go:1166', '"CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: write /run/containerd/io.containerd.runtime.v2.task/k8s.io/%s/log.json: no space left on device" pod="%s"' % (hexs(r, 64), p))]

    def pick_new(self):
        self.new_spec = self.rng.choice([
            ('E', 'kubelet_node_status.go:540', '"Error updating node status, will retry" err="error getting node \\"NODE\\": Get \\"https://API:443/api/v1/nodes/NODE?timeout=10s\\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)"'),
            ('E', 'controller.go:146', '"Failed to ensure lease exists, will retry" err="Get \\"https://API:443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/NODE?timeout=10s\\": context deadline exceeded" interval="7s"'),
            ('E', 'certificate_manager.go:562', 'kubernetes.io/kubelet-serving: Failed while requesting a signed certificate from the control plane: cannot create certificate signing request: certificatesigningrequests.certificates.k8s.io is forbidden')])

    def newerr(self, T):
        s, src, m = self.new_spec
        return [self.L(T, s, src, m.replace('NODE', self.sc.node).replace('API', self.api))]

    def echo(self, T, kind, target):
        r = self.rng
        p = self.pods[0]
        cid = hexs(r, 64)
        out = []
        if kind == 'oom_kill':
            out.append((T + 200, [self.L(T + 200, 'I', 'oom_watcher_linux.go:82', '"Got sys oom event" event="&{Pid:%d ProcessName:%s TimeOfDeath:%s ContainerName:/kubepods/burstable/pod%s/%s VictimContainerName:/kubepods/burstable/pod%s/%s Constraint:CONSTRAINT_MEMCG}"' % (
                r.randint(1000, 90000), target, naive(T).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3] + ' +0000 UTC', uuid4(r), cid, uuid4(r), cid))]))
        t = T + r.randint(500, 3000)
        out.append((t, [self.L(t, 'I', 'kubelet.go:2431', '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (p, uuid4(r), cid))]))
        t += r.randint(3000, 30000)
        out.append((t, [self.L(t, 'I', 'kubelet.go:2431', '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (p, uuid4(r), hexs(r, 64)))]))
        return out

    def startup(self, T):
        self.pid = self.rng.randint(600, 40000)
        return [(T, [self.L(T, 'I', 'server.go:415', '"Kubelet version" kubeletVersion="v1.28.5"'),
                     self.L(T + 1, 'I', 'server.go:417', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""')]),
                (T + 900, [self.L(T + 900, 'I', 'kubelet.go:2303', '"Starting kubelet main sync loop"')])]

    def shutdown(self, T):
        return [(T, [self.L(T, 'I', 'dynamic_cafile_content.go:171', '"Shutting down controller" name="client-ca-bundle::/etc/kubernetes/pki/ca.crt"')])]

    def oom(self, T):
        return [], None
