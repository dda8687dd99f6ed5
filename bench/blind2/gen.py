#!/usr/bin/env python3
"""blind2 synthetic multi-service log generator with ground truth.

usage: python3 gen.py OUTDIR SEED      -> OUTDIR/s01 .. OUTDIR/s10

Python 3 standard library only.  Same SEED -> byte-identical output.
"""
import sys

sys.dont_write_bytecode = True

import calendar  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from g_core import US, MS, MIN, HOUR, truth_ts, clear_caches, date_s, Inc, FRandom  # noqa: E402
from g_web import Web, EnvoyText, EnvoyJson, HAProxy, ALB, Nginx, flood_source, FLOOD_KINDS, BRANDS, EdgeSvc  # noqa: E402
from g_apps import AppSvc, Lambda  # noqa: E402
from g_infra import Mongo, Elastic, Kafka, Redis, MySQLErr, MySQLSlow, Postgres, Journal, JavaGC  # noqa: E402

ORGS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'tyrell', 'wonka', 'cyberdyne', 'soylent',
        'aperture', 'vandelay', 'oscorp', 'monarch', 'dunder', 'piedpiper', 'gringotts', 'duff', 'krusty', 'nakatomi']

APP_K8S = [('go', 'zap', 'cri'), ('go', 'logrus', 'docker'), ('rust', 'tracing', 'cri'), ('node', 'bunyan', 'docker'),
           ('node', 'winston', 'cri'), ('dotnet', 'clef', 'cri'), ('java', 'spring', 'cri'), ('python', 'gunicorn', 'cri')]
APP_VM = [('rust', 'tracing', None), ('node', 'bunyan', None), ('node', 'winston', None), ('dotnet', 'serilog', None),
          ('dotnet', 'clef', None), ('java', 'spring', None), ('ruby', 'rails', None), ('python', 'gunicorn', None),
          ('go', 'zap', None), ('go', 'logrus', None)]

INJECTED = ('error_burst', 'retry_storm', 'new_error', 'disk_full', 'oom_kill', 'panic')
SHAPE = ('latency_shift', 'http_5xx', 'traffic_flood')
ALL_KINDS = ('error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'panic', 'disk_full', 'http_5xx',
             'new_error', 'traffic_flood')


class Scenario:
    def __init__(self, seed, idx, healthy, vol_scale=1.0, prefer=(), min_n=1):
        self.seedkey = 'blind2/%s/s%02d' % (seed, idx)
        self.idx = idx
        self.healthy = healthy
        r = self.r = FRandom(self.seedkey + '/plan')
        day0 = calendar.timegm((2024, 1, 1, 0, 0, 0))
        start_s = day0 + r.randint(0, 1000) * 86400 + r.randint(0, 23) * 3600 + r.randint(0, 59) * 60 + r.randint(0, 59)
        self.dur_min = r.randint(125, 475)
        self.start = start_s * US + r.randrange(US)
        self.end = self.start + self.dur_min * MIN
        self.start_date = date_s(start_s)
        self.tz = r.choice([-8, -7, -5, -4, -3, 0, 1, 2, 3, 5.5, 8, 9, 10])
        self.floor = r.uniform(0.12, 0.5)
        self.lunch = r.uniform(0, 0.25)
        self.eve = r.uniform(0, 0.3)
        ds = [self.diurnal(self.start + i * 5 * MIN) for i in range(self.dur_min // 5 + 2)]
        self.dmin = min(ds) / (sum(ds) / len(ds))
        self.org = r.choice(ORGS)
        self.brand = r.choice(BRANDS)
        self.env = r.choice(['prod', 'production', 'prd', 'live'])
        self.region = r.choice(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1'])
        self.account = '%012d' % r.randint(10 ** 11, 10 ** 12 - 1)
        self.k8s_ns = r.choice(['prod', 'shop', 'default', 'apps', 'platform', 'backend', self.org])
        self.dbname = r.choice(['shop', 'app', 'core', 'main', self.org, 'orders'])
        self.dbuser = r.choice(['app', 'svc_app', 'api', 'backend', self.org + '_rw'])
        self.dbhost = r.choice(['db-01', 'mysql-primary', 'rds-prod', 'db1'])
        self.names = {}
        self.used = []
        self.vol_scale = vol_scale
        self.web = Web(FRandom(self.seedkey + '/web'), r.choice(['shop', 'saas', 'media', 'payments', 'logistics']), self.brand)
        self.svcs = []
        self.incs = []
        self.prefer = list(prefer)
        self.min_n = min_n

    # ---------------------------------------------------------------- helpers
    def diurnal(self, t):
        h = (t / HOUR + self.tz) % 24
        base = 0.5 - 0.5 * math.cos(2 * math.pi * (h - 4) / 24)
        return self.floor + (1 - self.floor) * base + self.lunch * math.exp(-((h - 12.5) ** 2) / 1.5) + self.eve * math.exp(-((h - 20.5) ** 2) / 3)

    def unique_name(self, n):
        base = n
        i = 2
        while n in self.used:
            n = '%s-%d' % (base, i)
            i += 1
        self.used.append(n)
        return n

    def pod_names(self):
        return [s.svc for s in self.svcs if isinstance(s, AppSvc)] or ['api', 'worker']

    # ---------------------------------------------------------------- composition
    def compose(self):
        for attempt in range(12):
            self.used = []
            self.names = {}
            self._compose()
            self.plan_volumes()
            if self.healthy or not self.prefer:
                return
            if all(any(self.eligible(k, s) for s in self.svcs) for k in self.prefer[:self.min_n]):
                return
            # the preferred kind cannot happen in this system: draw another one

    def _compose(self):
        r = self.r
        arch = r.choice(['k8s_web', 'k8s_web', 'aws_serverless', 'vm_classic', 'vm_classic', 'data_pipeline', 'dotnet_shop'])
        self.arch = arch
        n = r.randint(3, 6)
        edge = None
        apps = []
        infra = []
        if arch == 'k8s_web':
            edge = r.choice([EnvoyText, EnvoyJson, Nginx, EnvoyText, EnvoyJson])
            napps = r.randint(1, min(3, n - 1))
            apps = [('app', r.choice(APP_K8S)) for _ in range(napps)]
            pool = [Mongo, Redis, Postgres, Journal, Kafka, MySQLSlow, MySQLErr, Journal, Postgres, Mongo]
        elif arch == 'aws_serverless':
            edge = ALB
            napps = r.randint(1, min(3, n - 1))
            apps = [('lambda', None) for _ in range(napps)]
            if napps < 3 and r.random() < 0.4:
                apps[-1] = ('app', r.choice([('node', 'bunyan', 'docker'), ('go', 'logrus', 'docker'), ('python', 'gunicorn', None)]))
            pool = [MySQLErr, MySQLSlow, Redis, Postgres, Mongo]
        elif arch == 'vm_classic':
            edge = r.choice([HAProxy, Nginx, HAProxy])
            napps = r.randint(1, min(2, n - 1))
            apps = [('app', r.choice(APP_VM)) for _ in range(napps)]
            pool = [MySQLErr, MySQLSlow, Postgres, Redis, Journal, Journal, Mongo]
        elif arch == 'data_pipeline':
            edge = Nginx if r.random() < 0.5 else None
            napps = r.randint(1, 2)
            apps = [('app', r.choice([('java', 'spring', 'cri'), ('rust', 'tracing', 'cri'), ('go', 'zap', 'cri'), ('java', 'spring', None)])) for _ in range(napps)]
            pool = [Kafka, Elastic, Journal, Kafka, Elastic, Redis, Postgres]
        else:
            edge = r.choice([HAProxy, ALB, Nginx, EnvoyText])
            napps = r.randint(1, min(2, n - 1))
            apps = [('app', r.choice([('dotnet', 'clef', None), ('dotnet', 'serilog', None), ('dotnet', 'clef', 'cri')])) for _ in range(napps)]
            pool = [MySQLErr, Postgres, Redis, Mongo, MySQLSlow, Journal]
        nin = max(0, n - len(apps) - (1 if edge else 0))
        picked = []
        pool = pool[:]
        r.shuffle(pool)
        for cls in pool:
            if len(picked) >= nin:
                break
            if cls not in picked:
                picked.append(cls)
        if len(apps) + (1 if edge else 0) + len(picked) < 3:
            apps.append(('app', r.choice(APP_K8S if arch != 'vm_classic' else APP_VM)))
        if Mongo in picked:
            self.db_kind = 'mongo'
        elif Postgres in picked:
            self.db_kind = 'postgres'
        elif MySQLErr in picked or MySQLSlow in picked:
            self.db_kind = 'mysql'
        else:
            self.db_kind = r.choice(['postgres', 'mysql', 'postgres'])
        svcs = []
        for i, (kind, spec) in enumerate(apps):
            if kind == 'lambda':
                svcs.append(Lambda(self, 'app%d' % i))
            else:
                lang, fmt, wrap = spec
                svcs.append(AppSvc(self, 'app%d' % i, lang, fmt, wrap))
        self.svcs = svcs[:]
        for s in svcs:
            if isinstance(s, AppSvc):
                self.names.setdefault('backend', s.svc)
        self.names.setdefault('backend', self.brand + '-api')
        if edge:
            svcs.insert(0, edge(self, 'edge', self.web))
        java_apps = [s for s in svcs if isinstance(s, AppSvc) and s.lang == 'java']
        for j, cls in enumerate(picked):
            svcs.append(cls(self, 'infra%d' % j))
        if java_apps and len(svcs) < 6 and r.random() < 0.7:
            svcs.append(JavaGC(self, 'gc', java_apps[0]))
        # unique file names
        seen = []
        for s in svcs:
            base = s.fname
            k = 2
            while s.fname in seen:
                stem, dot, ext = base.rpartition('.')
                s.fname = '%s-%d.%s' % (stem, k, ext) if dot else '%s-%d' % (base, k)
                k += 1
            seen.append(s.fname)
        self.svcs = svcs

    def plan_volumes(self):
        r = self.r
        self.T = r.uniform(60000, 124000) * self.vol_scale
        ws = []
        for s in self.svcs:
            if s.QUIET:
                ws.append(0)
                continue
            if isinstance(s, EdgeSvc):
                w = r.uniform(2.5, 8)
            elif isinstance(s, Lambda):
                w = r.uniform(1, 4)
            elif isinstance(s, AppSvc):
                w = r.uniform(0.2, 0.5) if r.random() < 0.15 else r.uniform(0.8, 5)
            elif isinstance(s, Mongo):
                w = r.uniform(0.3, 1.5)
            elif isinstance(s, Journal):
                w = r.uniform(0.15, 0.7)
            elif isinstance(s, MySQLSlow):
                w = r.uniform(0.1, 0.5)
            else:
                w = r.uniform(0.15, 0.8)
            ws.append(w)
        self.ws = ws
        self.apply_volumes(self.T)

    def apply_volumes(self, T):
        nat = sum(s.natural_lines() for s in self.svcs if s.QUIET)
        rem = max(T * 0.4, T - nat)
        tot = sum(self.ws) or 1
        for s, w in zip(self.svcs, self.ws):
            if not s.QUIET:
                s.set_volume(rem * w / tot)

    # ---------------------------------------------------------------- incidents
    def eligible(self, kind, s):
        if kind not in s.KINDS:
            return False
        if kind == 'silence':
            return (not s.QUIET) and s.min_rate() >= 2.0
        if kind in ('http_5xx', 'traffic_flood'):
            return isinstance(s, EdgeSvc) and s.min_rate() >= 3.0
        if kind == 'latency_shift' and isinstance(s, (MySQLSlow, Postgres, Mongo)):
            return s.rate >= 0.3
        return True

    def window(self, s, dur, margin=10 * MIN, lead=None, tail=4 * MIN):
        r = self.r
        lead = lead or (42 * MIN if s.QUIET else 38 * MIN)
        lo = s.t0 + lead
        hi = s.t1 - dur - tail
        if hi <= lo:
            return None
        for _ in range(25):
            st = r.randint(lo, hi)
            st -= st % US
            ok = True
            for inc in s.incs:
                if st - margin < inc.e and inc.s < st + dur + margin:
                    ok = False
                    break
            if ok:
                return st
        return None

    def add_inc(self, kind, s, st, en, desc, **p):
        inc = Inc(kind, s, st, en, desc, **p)
        inc.tag = len(self.incs)
        self.incs.append(inc)
        s.incs.append(inc)
        return inc

    def plan(self):
        r = self.r
        n = max(self.min_n, r.choice([1, 1, 2, 2, 2, 3, 3]))
        used = []
        for j in range(n):
            pk = self.prefer[j] if j < len(self.prefer) else None
            if pk is not None:
                cands = [s for s in self.svcs if self.eligible(pk, s)]
                if cands:
                    r.shuffle(cands)
                    if any(self.make(pk, c) for c in cands[:3]):
                        used.append(pk)
                        continue
            for attempt in range(40):
                avail = []
                for k in ALL_KINDS:
                    if any(self.eligible(k, s) for s in self.svcs):
                        avail.append((k, 0.25 if k in used else 1.0))
                if not avail:
                    break
                tot = sum(w for _, w in avail)
                x = r.random() * tot
                for k, w in avail:
                    x -= w
                    if x <= 0:
                        break
                cands = [s for s in self.svcs if self.eligible(k, s)]
                s = r.choice(cands)
                if self.make(k, s):
                    used.append(k)
                    break

    def edge(self):
        for s in self.svcs:
            if isinstance(s, EdgeSvc):
                return s
        return None

    def trace_lines(self, s):
        """approximate physical lines of one logged exception for an app service"""
        if isinstance(s, Lambda):
            return 1 if s.runtime == 'node' else 12
        if not isinstance(s, AppSvc):
            return 3
        if s.fmt in ('bunyan', 'winston', 'zap', 'logrus', 'tracing', 'clef'):
            return 1.1
        return {'java': 30, 'dotnet': 12, 'python': 22, 'ruby': 10}.get(s.lang, 3)

    def budget_rate(self, s, rate, dur, lo=1500, hi=11000):
        """cap an event rate (per second) so the incident adds a bounded number of lines"""
        lines = self.r.uniform(lo, hi)
        return min(rate, lines / self.trace_lines(s) / (dur / US))

    def budget_share(self, s, share, dur, lo=1500, hi=11000):
        per_min = max(0.1, s.rate * getattr(s, 'req_share', 1.0))
        lines = self.r.uniform(lo, hi)
        return min(share, lines / (self.trace_lines(s) + 1) / (per_min * dur / MIN))

    def app_req_rate(self, s):
        return s.rate * s.req_share * self.dmin if isinstance(s, AppSvc) else 0

    def make(self, k, s):
        r = self.r
        name = getattr(s, 'svc', None) or getattr(s, 'fn', None) or s.fname
        if k == 'error_burst':
            dur = r.randint(3, 25) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            if isinstance(s, AppSvc):
                cause = r.choice(['db_refused', 'pool', 'peer_503', 'peer_timeout', 'cache_refused', 'broker_down'])
                what = {'db_refused': 'database connection refused (%s down / failing over)' % s.sc.db_kind,
                        'pool': 'database connection pool exhausted',
                        'peer_503': 'dependency %s returning 503' % s.peer, 'peer_timeout': 'dependency %s timing out' % s.peer,
                        'cache_refused': 'Redis cache unreachable', 'broker_down': 'Kafka brokers unreachable, event publishing fails'}[cause]
                edge = self.edge()
                http = cause not in ('broker_down',) and self.app_req_rate(s) >= 8 and r.random() < 0.6
                if http:
                    share = self.budget_share(s, r.uniform(0.25, 0.8), dur)
                    self.add_inc(k, s, st, st + dur, '%s: burst of request failures with error logs/stack traces: %s' % (name, what),
                                 cause=cause, http=True, share=share)
                    if edge is not None and r.random() < 0.6 and not any(st - 5 * MIN < i.e and i.s < st + dur + 5 * MIN for i in edge.incs):
                        self.add_inc('http_5xx', edge, st, st + dur, 'edge: 5xx share rises because backend %s fails (%s)' % (name, what),
                                     share=r.uniform(0.06, 0.35), cause=r.choice(['app', 'app', 'gw']), ramp=30 * US)
                else:
                    self.add_inc(k, s, st, st + dur, '%s: burst of error lines with stack traces: %s' % (name, what),
                                 cause=cause, rate=self.budget_rate(s, r.uniform(0.3, 5), dur))
                return True
            if isinstance(s, Lambda):
                cause = r.choice(['db_refused', 'peer_timeout', 'peer_503', 'cache_refused'])
                self.add_inc(k, s, st, st + dur, '%s: most invocations fail with %s errors' % (name, cause), cause=cause,
                             share=self.budget_share(s, r.uniform(0.3, 0.9), dur))
                return True
            what = {Elastic: 'parent circuit breaker tripping (CircuitBreakingException: Data too large)',
                    Kafka: 'NotEnoughReplicasException on appends (ISR below min.insync.replicas)',
                    Postgres: 'connection slots exhausted (FATAL: too many clients)'}[type(s)]
            self.add_inc(k, s, st, st + dur, '%s: %s' % (s.fname, what), rate=self.budget_rate(s, r.uniform(0.3, 4), dur))
            return True
        if k == 'new_error':
            dur = r.randint(8, 60) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            if isinstance(s, AppSvc):
                cause = r.choice(['bug1', 'bug2', 'bug3'])
                if self.app_req_rate(s) >= 20 and r.random() < 0.5:
                    share = self.budget_share(s, r.uniform(0.05, 0.3), dur, 500, 6000)
                    self.add_inc(k, s, st, st + dur, '%s: new exception type after a bad deploy (%s), some requests fail' % (name, cause),
                                 cause=cause, http=True, share=share)
                else:
                    self.add_inc(k, s, st, st + dur, '%s: never-seen-before error repeating (%s)' % (name, cause), cause=cause,
                                 rate=self.budget_rate(s, r.uniform(0.03, 0.8), dur, 400, 6000))
                return True
            if isinstance(s, Lambda):
                self.add_inc(k, s, st, st + dur, '%s: new unhandled exception in a fraction of invocations' % name,
                             cause=r.choice(['bug1', 'bug2', 'bug3']), share=self.budget_share(s, r.uniform(0.05, 0.4), dur, 400, 6000))
                return True
            what = {Mongo: 'Sort exceeded memory limit (QueryExceededMemoryLimitNoDiskUseAllowed)', Elastic: 'MapperParsingException on bulk indexing',
                    Kafka: 'InvalidReceiveException from a client speaking HTTP to the broker port', MySQLErr: 'replication relay log / timestamp errors',
                    Postgres: 'column "discount_rate" does not exist (bad migration)'}[type(s)]
            self.add_inc(k, s, st, st + dur, '%s: new error: %s' % (s.fname, what), rate=self.budget_rate(s, r.uniform(0.03, 0.7), dur, 400, 6000))
            return True
        if k == 'retry_storm':
            dur = r.randint(4, 20) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            if isinstance(s, AppSvc):
                self.add_inc(k, s, st, st + dur, '%s: retry storm, "%s" repeated at high rate' % (name, s.retry[0]), rate=r.uniform(0.5, 8))
            elif isinstance(s, Lambda):
                self.add_inc(k, s, st, st + dur, '%s: invocations throttled by %s and retrying in a loop' % (name, s.peer), share=r.uniform(0.4, 1.0))
            elif isinstance(s, Redis):
                self.add_inc(k, s, st, st + dur, '%s: replica cannot reach master, reconnect attempt every second' % s.fname)
            elif isinstance(s, Postgres):
                self.add_inc(k, s, st, st + dur, '%s: standby cannot connect to primary, retrying' % s.fname, gap=r.uniform(1, 5))
            elif isinstance(s, Kafka):
                self.add_inc(k, s, st, st + dur, '%s: replica fetcher cannot connect to leader broker, retrying' % s.fname, rate=r.uniform(1, 10))
            else:
                self.add_inc(k, s, st, st + dur, '%s: replica set heartbeats to a member failing repeatedly' % s.fname, rate=r.uniform(0.5, 3))
            return True
        if k == 'disk_full':
            if isinstance(s, (Mongo, Kafka, Postgres)):
                pre = r.randint(40, 300) * US
                down = r.randint(3, 12) * MIN
                dur = pre + down + 20 * US
                st = self.window(s, dur)
                if st is None:
                    return False
                inc = self.add_inc(k, s, st, st + dur, '%s: data volume full (No space left on device), process crashed and was restarted after space was freed' % s.fname,
                                   rate=r.uniform(0.1, 2), crash=st + pre, restart=st + pre + down)
                app = [a for a in self.svcs if isinstance(a, AppSvc) and a.KINDS and 'error_burst' in a.KINDS]
                if isinstance(s, (Mongo, Postgres)) and app and r.random() < 0.5:
                    a = r.choice(app)
                    ok = self.window_free(a, st + pre, st + pre + down)
                    if ok:
                        self.add_inc('error_burst', a, st + pre, st + pre + down, '%s: database down after disk-full crash, connection refused errors' % a.svc,
                                     cause='db_refused', rate=self.budget_rate(a, r.uniform(0.3, 3), down))
                return True
            dur = r.randint(3, 25) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            if isinstance(s, MySQLErr):
                self.add_inc(k, s, st, st + dur, '%s: InnoDB / binlog writes fail with errno 28 (disk full)' % s.fname, gap=r.uniform(2, 20))
            elif isinstance(s, Lambda):
                self.add_inc(k, s, st, st + dur, '%s: /tmp full in execution environments (ENOSPC)' % name, cause='enospc',
                             share=self.budget_share(s, r.uniform(0.2, 0.6), dur, 300, 6000))
            else:
                self.add_inc(k, s, st, st + dur, '%s: writes fail with No space left on device' % (name,), cause='enospc',
                             rate=self.budget_rate(s, r.uniform(0.1, 3), dur, 300, 8000))
            return True
        if k == 'oom_kill':
            if isinstance(s, Journal):
                st = self.window(s, 30 * US)
                if st is None:
                    return False
                # the victim is a workload on this host that has no log file of its own in the scenario
                if s.k8s:
                    p, pod = r.choice([('node', s.pods[-5]), ('python3', s.pods[-4]), ('fluent-bit', s.pods[-1])])
                    unit = desc = ''
                else:
                    p, unit, desc = r.choice([('java', 'reporting', 'Reporting batch service'), ('python3', 'etl-nightly', 'Nightly ETL job'),
                                              ('node', 'ssr-frontend', 'SSR frontend'), ('ruby', 'sidekiq', 'Sidekiq background worker')])
                    pod = ''
                self.add_inc(k, s, st, st + 25 * US, '%s: kernel OOM killer killed %s (memory cgroup limit)%s' % (s.fname, p, (' in pod ' + pod) if pod else ''),
                             proc=p, limit=r.choice([524288, 1048576, 2097152, 4194304]), unit=unit, desc_unit=desc, pod=pod)
                return True
            if isinstance(s, Lambda):
                nn = r.randint(1, 4)
                st = self.window(s, nn * 70 * US)
                if st is None:
                    return False
                self.add_inc(k, s, st, st + nn * 70 * US, '%s: invocation(s) killed at memory limit (Runtime exited with error: signal: killed)' % name, n=nn)
                return True
            nn = r.randint(1, 3)
            st = self.window(s, nn * 45 * US)
            if st is None:
                return False
            self.add_inc(k, s, st, st + nn * 45 * US, '%s: gunicorn worker(s) SIGKILLed by the OOM killer' % name, workers=nn)
            return True
        if k == 'panic':
            st = self.window(s, 60 * US)
            if st is None:
                return False
            how = {'go': 'Go panic / fatal error with goroutine dump', 'rust': 'Rust panic', 'node': 'uncaught TypeError, Node.js process exited',
                   'java': 'JVM crashed with SIGSEGV (hs_err)', 'dotnet': 'unhandled exception, host terminated unexpectedly'}
            what = 'node_exporter Go panic' if isinstance(s, Journal) else how.get(s.lang, 'crash')
            self.add_inc(k, s, st, st + 60 * US, '%s: process crashed (%s) and was restarted' % (name if not isinstance(s, Journal) else s.fname, what))
            return True
        if k == 'latency_shift':
            dur = r.randint(10, 65) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            thr = isinstance(s, (Mongo, MySQLSlow, Postgres))
            F = r.uniform(5, 12) if thr else r.uniform(3.6, 10)
            ramp = r.randint(30, 120) * US
            self.add_inc(k, s, st, st + dur, '%s: latency / duration field up ~%.1fx' % (name, F), factor=F, ramp=ramp)
            edge = self.edge()
            if isinstance(s, AppSvc) and edge is not None and r.random() < 0.4 and self.window_free(edge, st, st + dur):
                self.add_inc(k, edge, st, st + dur, 'edge: upstream %s slow, request times up ~%.1fx' % (name, F), factor=F, ramp=ramp)
            return True
        if k == 'http_5xx':
            dur = r.randint(5, 40) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            cause = r.choice(['reset', 'noup', 'timeout', 'app', 'gw'])
            share = r.choice([r.uniform(0.05, 0.12), r.uniform(0.1, 0.4)])
            self.add_inc(k, s, st, st + dur, '%s: %.0f%% of responses are 5xx (%s) while volume stays normal' % (
                s.fname, share * 100, {'reset': 'upstream connect failure', 'noup': 'no healthy upstream', 'timeout': 'upstream timeouts (504)',
                                       'app': 'backend 500s', 'gw': 'bad gateway'}[cause]), share=share, cause=cause, ramp=r.randint(15, 60) * US)
            return True
        if k == 'traffic_flood':
            dur = r.randint(8, 45) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            fk = r.choice(FLOOD_KINDS)
            src = flood_source(r, s.web, fk)
            F = r.uniform(4, 12)
            self.add_inc(k, s, st, st + dur, '%s: request volume x%.0f from %s' % (s.fname, F, src['desc']), factor=F, src=src, ramp=r.randint(30, 90) * US)
            return True
        if k == 'silence':
            to_end = r.random() < 0.25 and isinstance(s, (AppSvc, Lambda, EdgeSvc, Kafka, Mongo))
            if to_end:
                span = r.randint(20, 65) * MIN
                st = s.t1 - span
                st -= st % US
                if st < s.t0 + 40 * MIN or any(st - 10 * MIN < i.e for i in s.incs):
                    return False
                self.add_inc(k, s, st, s.t1, '%s: stops logging until the end of the window (%s)' % (name, r.choice(['log shipper stalled', 'process hung', 'node lost'])))
                return True
            dur = r.randint(12, 65) * MIN
            st = self.window(s, dur)
            if st is None:
                return False
            restart = r.random() < 0.6 and isinstance(s, AppSvc)
            why = r.choice(['process hung, killed by liveness probe and restarted', 'container stuck, restarted']) if restart else \
                r.choice(['process deadlocked, recovered on its own', 'log shipping stalled', 'host network partition'])
            self.add_inc(k, s, st, st + dur, '%s: no log lines for %d min (%s)' % (name, dur // MIN, why), restart=restart)
            return True
        return False

    def window_free(self, s, st, en):
        if st < s.t0 + 38 * MIN or en > s.t1 - 3 * MIN:
            return False
        for i in s.incs:
            if st - 5 * MIN < i.e and i.s < en + 5 * MIN:
                return False
        return True

    def cap_floods(self):
        for inc in self.incs:
            if inc.kind == 'traffic_flood':
                s = inc.svc
                base = s.rate * (inc.e - inc.s) / MIN * self.diurnal((inc.s + inc.e) // 2) / max(0.2, self.dmean())
                allowed = 34000
                F = inc.p['factor']
                if (F - 1) * base > allowed:
                    F = max(4.0, 1 + allowed / base)
                    inc.p['factor'] = F
                    if (F - 1) * base > allowed * 1.3:
                        # shorten the window instead
                        newdur = max(8 * MIN, int(allowed / ((F - 1) * base) * (inc.e - inc.s)))
                        inc.e = inc.s + newdur - newdur % US
                inc.desc = '%s: request volume x%.0f from %s' % (s.fname, F, inc.p['src']['desc'])

    def dmean(self):
        ds = [self.diurnal(self.start + i * 5 * MIN) for i in range(self.dur_min // 5 + 2)]
        return sum(ds) / len(ds)

    # ---------------------------------------------------------------- run
    def run(self, outdir):
        self.compose()
        if not self.healthy:
            self.plan()
            if not self.incs:
                for _ in range(20):
                    self.plan()
                    if self.incs:
                        break
        if any(i.kind == 'traffic_flood' for i in self.incs) and self.T > 100000 * self.vol_scale:
            self.apply_volumes(100000 * self.vol_scale)
        self.cap_floods()
        total = 0
        os.makedirs(outdir, exist_ok=True)
        counts = {}
        for s in self.svcs:
            s.build()
            lines = s.render()
            s.recs = None
            body = '\n'.join(lines) + '\n'
            lines = None
            with open(os.path.join(outdir, s.fname), 'w', encoding='utf-8', newline='\n') as fh:
                fh.write(body)
            n = body.count('\n')
            counts[s.fname] = n
            total += n
        truth = []
        for inc in self.incs:
            s = inc.svc
            if inc.kind in INJECTED:
                b = s.tagbounds.get(inc.tag)
                if b is None:
                    continue
                st = b[0] // 1000
                en = -(-b[1] // 1000)
                st = st - st % 1000
                en = en + (-en % 1000)
            elif inc.kind == 'silence':
                st, en = inc.s, inc.e
                en = en + (-en % 1000)
            else:
                st, en = inc.s, inc.e
            truth.append({'kind': inc.kind, 'file': s.fname, 'start': truth_ts(st), 'end': truth_ts(en), 'description': inc.desc})
        truth.sort(key=lambda x: (x['start'], x['file']))
        with open(os.path.join(outdir, 'truth.json'), 'w', encoding='utf-8', newline='\n') as fh:
            json.dump({'incidents': truth, 'healthy': self.healthy}, fh, indent=2)
            fh.write('\n')
        return total, counts, truth


def main():
    if len(sys.argv) != 3:
        print('usage: python3 gen.py OUTDIR SEED', file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], sys.argv[2]
    rs = random.Random('blind2/%s/healthy' % seed)
    healthy = sorted(rs.sample(range(1, 11), 2))
    # every kind is preferred somewhere: 8 distinct first choices, the 2 left-over kinds are
    # forced as second incidents of two scenarios; other second choices are random
    deck = list(ALL_KINDS)
    rs.shuffle(deck)
    sick = [i for i in range(1, 11) if i not in healthy]
    prefs, forced = {}, {}
    for j, i in enumerate(sick):
        prefs[i] = [deck[j]]
    for k, i in zip(deck[8:], rs.sample(sick, 2)):
        prefs[i].append(k)
        forced[i] = 2
    for i in sick:
        if len(prefs[i]) == 1:
            prefs[i].append(rs.choice([k for k in ALL_KINDS if k != prefs[i][0]]))
    t00 = time.time()
    for i in range(1, 11):
        t0 = time.time()
        d = os.path.join(out, 's%02d' % i)
        if os.path.isdir(d):
            for f in os.listdir(d):
                p = os.path.join(d, f)
                if os.path.isfile(p):
                    os.remove(p)
        scale = 1.0
        for attempt in range(3):
            clear_caches()
            sc = Scenario(seed, i, i in healthy, scale, prefs.get(i, ()), forced.get(i, 1))
            total, counts, truth = sc.run(d)
            if 50500 <= total <= 149500 or attempt == 2:
                break
            for f in os.listdir(d):
                os.remove(os.path.join(d, f))
            scale *= (95000.0 / total)
        print('s%02d %-14s files=%d lines=%6d incidents=%d healthy=%s %.1fs' % (
            i, sc.arch, len(counts), total, len(truth), sc.healthy, time.time() - t0), file=sys.stderr)
    print('done in %.1fs' % (time.time() - t00), file=sys.stderr)


if __name__ == '__main__':
    main()
