"""Application log services: Go (zap JSON / logrus), Rust tracing, Node (bunyan / winston),
.NET (Serilog CLEF / Serilog text), Java Spring Boot, Ruby on Rails, Python gunicorn, AWS Lambda."""
import math

from g_core import (US, MS, MIN, HOUR, Svc, WC, arrivals, periodic, poisson, uuid4, hexs, b36, pub_ip, priv_ip,
                    iso_s, isosp_s, clf_s, offstr, iso_ms_z, iso_us_z, slash_date_s, jq, go_json, ramp_val)
import g_lang as L

ROLES = [('orders', 'order'), ('payments', 'payment'), ('inventory', 'item'), ('catalog', 'product'),
         ('accounts', 'account'), ('notifications', 'notification'), ('shipping', 'shipment'), ('billing', 'invoice'),
         ('pricing', 'quote'), ('reviews', 'review'), ('profiles', 'profile'), ('subscriptions', 'subscription'),
         ('tickets', 'ticket'), ('bookings', 'booking'), ('documents', 'document'), ('carts', 'cart'), ('returns', 'return')]

LEVEL_NUM = {'DEBUG': 20, 'INFO': 30, 'WARN': 40, 'ERROR': 50, 'FATAL': 60}


def pascal(s):
    return ''.join(p[:1].upper() + p[1:] for p in s.replace('-', '_').split('_'))


def camel(s):
    p = pascal(s)
    return p[:1].lower() + p[1:]


_LB = {}


def logback_abbrev(name, width=39):
    v = _LB.get(name)
    if v is None:
        v = _LB[name] = _logback_abbrev(name, width)
    return v


def _logback_abbrev(name, width=39):
    parts = name.split('.')
    i = 0
    while len('.'.join(parts)) > width and i < len(parts) - 1:
        parts[i] = parts[i][:1]
        i += 1
    s = '.'.join(parts)
    if len(s) > 40:
        s = s[-40:]
    return s.ljust(40)


def logrus_val(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, float):
        return repr(round(v, 3))
    if isinstance(v, int):
        return str(v)
    s = str(v)
    for ch in s:
        if not (ch.isalnum() or ch in '-._/@^+'):
            return jq(s)
    return s if s else '""'


def jv(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, float):
        return repr(round(v, 4))
    if isinstance(v, int):
        return str(v)
    return jq(str(v))


# ------------------------------------------------------------------ message catalog
# (weight, level, logger-kind, static msg, text template, fields(c, r))
def _cat():
    return [
        (10, 'INFO', 'svc', '@e@ created', 'Created @e@ {id} for customer {customer_id}',
         lambda c, r: [('id', c.newid(r)), ('customer_id', r.randint(10000, 999999))]),
        (8, 'INFO', 'svc', '@e@ status updated', 'Updated @e@ {id} status to {status}',
         lambda c, r: [('id', c.newid(r)), ('status', r.choice(c.statuses))]),
        (7, 'INFO', 'mq', 'event published', 'Published {event} event for @e@ {id} to @T@',
         lambda c, r: [('event', r.choice(c.events)), ('id', c.newid(r))]),
        (6, 'INFO', 'mq', 'message processed', 'Processed message from {topic} partition {partition} offset {offset} in {elapsed_ms} ms',
         lambda c, r: [('topic', c.in_topic), ('partition', r.randint(0, 11)), ('offset', c.next_offset(r)), ('elapsed_ms', r.randint(2, 60))]),
        (4, 'INFO', 'auth', 'token issued', 'Issued access token for user {user_id} (expires in {ttl}s)',
         lambda c, r: [('user_id', r.randint(1000, 999999)), ('ttl', 3600)]),
        (3, 'WARN', 'http', 'validation failed', "Validation failed for @e@ request: field '{field}' {reason}",
         lambda c, r: [('field', r.choice(['email', 'quantity', 'postal_code', 'currency', 'phone', 'start_date'])),
                       ('reason', r.choice(['must not be blank', 'must be greater than 0', 'has invalid format', 'is too long']))]),
        (2.5, 'WARN', 'auth', 'authentication failed', 'Authentication failed for user {user_id}: {reason}',
         lambda c, r: [('user_id', r.randint(1000, 999999)), ('reason', r.choice(['invalid credentials', 'token expired', 'token expired', 'account locked']))]),
        (1.2, 'WARN', 'client', 'slow upstream response', 'Slow response from @P@: {elapsed_ms} ms (threshold 1000 ms)',
         lambda c, r: [('elapsed_ms', r.randint(1001, 2600))]),
        (2.5, 'WARN', 'svc', '@e@ not found', '@E@ {id} not found',
         lambda c, r: [('id', c.newid(r))]),
        (0.8, 'WARN', 'http', 'rate limit exceeded', 'Rate limit exceeded for client {client_id} ({limit} req/min)',
         lambda c, r: [('client_id', 'cli_' + hexs(r, 8)), ('limit', 600)]),
        (3, 'INFO', 'svc', 'notification queued', 'Queued {template} notification for user {user_id}',
         lambda c, r: [('template', r.choice(['receipt', 'welcome', 'password_reset', 'status_change', 'reminder'])), ('user_id', r.randint(1000, 999999))]),
        (0.6, 'WARN', 'http', 'deprecated endpoint called', 'Deprecated endpoint {path} called by client {client_id}',
         lambda c, r: [('path', '/api/v0/@es@'), ('client_id', 'cli_' + hexs(r, 8))]),
        (2, 'INFO', 'cache', 'cache miss', 'Cache miss for @e@ {id}, loaded from database in {elapsed_ms} ms',
         lambda c, r: [('id', c.newid(r)), ('elapsed_ms', r.randint(3, 40))]),
    ]


ERR_TEXT = {
    'db_refused': ('database query failed', 'Failed to load @e@ {id}: database unavailable'),
    'pool': ('could not acquire database connection', 'Could not acquire database connection while loading @e@ {id}'),
    'peer_timeout': ('upstream request failed', 'Call to @P@ failed for @e@ {id}'),
    'peer_503': ('upstream request failed', 'Call to @P@ failed for @e@ {id}'),
    'cache_refused': ('cache lookup failed', 'Cache lookup failed for key @e@:{id}'),
    'broker_down': ('failed to publish event', 'Failed to publish {event} event for @e@ {id}'),
    'enospc': ('failed to write file', 'Failed to write export file {path}'),
    'bug1': ('request failed', 'Request {method} {path} failed with an unexpected error'),
    'bug2': ('request failed', 'Request {method} {path} failed with an unexpected error'),
    'bug3': ('request failed', 'Request {method} {path} failed with an unexpected error'),
}

RETRY_STYLES = [
    ('connection refused, retrying', 'Connection to @C@ refused, retrying in {backoff_ms}ms', 'cache'),
    ('retrying request', 'Retrying request to @P@ (attempt {attempt}/{max_attempts}) after {backoff_ms}ms', 'client'),
    ('database connection lost, reconnecting', 'Database connection lost, reconnecting in {backoff_ms}ms', 'db'),
    ('broker not available, retrying', 'Broker @B@ not available, retrying metadata fetch in {backoff_ms}ms', 'mq'),
]


class AppSvc(Svc):
    ROLE = 'app'

    def __init__(self, sc, key, lang, fmt, wrap, role=None):
        Svc.__init__(self, sc, key)
        r = self.r
        self.lang, self.fmt, self.wrap = lang, fmt, wrap
        role, ent = role or r.choice(ROLES)
        self.role = role
        self.ent, self.ents = ent, role
        self.Ent, self.Ents = pascal(ent), pascal(role)
        suf = r.choice(['-api', '-service', '-svc', '', '-api', '-backend', '-worker'])
        self.svc = sc.unique_name(role + suf if suf != '-worker' else ent + '-worker')
        self.svc_snake = self.svc.replace('-', '_')
        org = sc.org
        self.org = org
        self.pkg = 'com.%s.%s' % (org, role)
        self.ns = '%s.%s' % (pascal(org), self.Ents)
        self.mod = role
        self.gomod = 'github.com/%s/%s' % (org, self.svc)
        self.version = '%d.%d.%d' % (r.randint(1, 4), r.randint(0, 30), r.randint(0, 12))
        self.spring_v = r.choice(['6.1.3', '6.1.4', '6.0.15'])
        self.tomcat_v = r.choice(['10.1.18', '10.1.19', '10.1.16'])
        self.node_v = r.choice(['20.11.1', '18.19.0', '20.10.0', '21.6.1'])
        # dependencies
        dbk = sc.db_kind
        self.db_port = {'postgres': 5432, 'mysql': 3306, 'mongo': 27017}[dbk]
        self.db_ip = priv_ip(r)
        self.db_host = r.choice(['%s-db.internal' % role, '%s-primary.db.svc.cluster.local' % dbk, self.db_ip,
                                 '%s-prod.cluster-c%s.%s.rds.amazonaws.com' % (role, b36(r, 10, 'abcdefghijklmnopqrstuvwxyz0123456789'), sc.region)])
        self.cache_ip = priv_ip(r)
        self.cache_host = r.choice(['redis-master.cache.svc.cluster.local', 'redis', '%s-cache.internal' % role, self.cache_ip])
        self.broker_ip = priv_ip(r)
        peer_role, peer_ent = r.choice([x for x in ROLES if x[0] != role])
        self.peer = peer_role + r.choice(['-service', '-api', '-svc'])
        self.Peer = pascal(peer_role)
        self.peer_res = peer_role
        self.peer_mod = peer_role
        self.peer_host = r.choice(['%s:8080' % self.peer, '%s.%s.svc.cluster.local' % (self.peer, sc.k8s_ns), '%s.internal' % self.peer])
        self.topic = '%s.%s.events' % (sc.org, role)
        self.in_topic = '%s.%s.events' % (sc.org, peer_role)
        self.events = [self.Ent + x for x in ['Created', 'Updated', 'Cancelled', 'Completed']]
        self.statuses = ['pending', 'confirmed', 'processing', 'completed', 'cancelled', 'failed']
        self.offset = r.randint(10 ** 6, 10 ** 8)
        idk = r.choice(['num', 'uuid', 'pref'])
        pref = ent[:3] + '_'
        if idk == 'num':
            self.newid = lambda r: r.randint(100000, 9999999)
        elif idk == 'uuid':
            self.newid = lambda r: uuid4(r)
        else:
            self.newid = lambda r: pref + hexs(r, 12)
        # host / process identity
        rs = hexs(r, 10 if r.random() < 0.5 else 9)
        self.pod = '%s-%s-%s' % (self.svc, rs[:r.choice([9, 10])], b36(r, 5))
        self.host = self.pod if wrap else r.choice(['ip-10-0-%d-%d' % (r.randint(0, 40), r.randint(2, 250)),
                                                      '%s-%02d' % (role, r.randint(1, 9)), 'app-%s-%d' % (sc.env, r.randint(1, 12))])
        self.pid = 1 if wrap and r.random() < 0.7 else r.randint(200, 60000)
        self.off = 0
        if fmt in ('serilog', 'spring', 'logrus') and r.random() < 0.35:
            self.off = r.choice([60, 120, -300, -240, 330, 600, 180])
        self.cr = L.Exc
        # catalog
        cat = _cat()
        r.shuffle(cat)
        cat = cat[:r.randint(7, len(cat))]
        self.cat = WC([(e[:3] + (self.bake(e[3]), self.bake(e[4])) + e[5:], e[0] * r.uniform(0.3, 2.0)) for e in cat])
        self.req_share = r.uniform(0.7, 0.93)
        self.lat_scale = r.uniform(0.5, 2.2)
        self.probes = r.random() < 0.6
        self.retry = r.choice(RETRY_STYLES)
        self.errw = []       # request-linked error windows: (s, e, share, inc)
        self.extra_err = []  # extra error-line windows
        self.restarts = []
        self.thread_n = r.randint(1, 8)
        self.rails_pids = [r.randint(1000, 60000) for _ in range(r.randint(2, 4))]
        self.gn_pids = [r.randint(7, 90) for _ in range(r.randint(2, 5))]
        self.gn_master = 1 if wrap else r.randint(100, 30000)
        self.zap_iso = r.random() < 0.4
        self.spring_app = r.random() < 0.6
        self.hc_path = r.choice(['/healthz', '/health', '/actuator/health' if lang == 'java' else '/readyz', '/up' if lang == 'ruby' else '/livez'])
        self.LPE = (self.req_share * 3.9 + (1 - self.req_share)) if fmt == 'rails' else (1.1 if fmt == 'gunicorn' else 1.03)
        self.job_name_cls = 'Cleanup'
        self._lcache = {}
        self.warm_cache = r.choice([None, 'catalog', 'tax-rates', 'feature-flags', 'price-list', 'currency-rates'])
        # endpoints of this service
        pre = r.choice(['/api/v1', '/v1', '/api', '/internal/v1', '/api/v2'])
        E = role
        sub = r.choice(['history', 'items', 'events', 'status', 'attachments'])
        nid = self.newid
        self.eps = WC([
            (('GET', lambda r: '%s/%s?page=%d&limit=%d' % (pre, E, r.randint(1, 20), r.choice([20, 50, 100])), 26, 'list', 'index'), 20),
            (('GET', lambda r: '%s/%s/%s' % (pre, E, nid(r)), 12, 'getid', 'show'), 40),
            (('POST', lambda r: '%s/%s' % (pre, E), 40, 'post', 'create'), 10),
            (('PATCH', lambda r: '%s/%s/%s' % (pre, E, nid(r)), 30, 'put', 'update'), 6),
            (('DELETE', lambda r: '%s/%s/%s' % (pre, E, nid(r)), 17, 'delete', 'destroy'), 1.5),
            (('GET', lambda r: '%s/%s/%s/%s' % (pre, E, nid(r), sub), 19, 'getid', sub), 8),
        ])
        self.base5 = r.uniform(0.0003, 0.003)
        self.KINDS = self._kinds()
        self.RES_END = 1
        if not wrap and fmt in ('logrus', 'gunicorn'):
            self.RES = US     # second-resolution (or mixed) leading timestamps
        ext = {'zap': '.log', 'logrus': '.log', 'tracing': '.log', 'bunyan': '.log', 'winston': '.json',
               'clef': '.clef', 'serilog': '.txt', 'spring': '.log', 'rails': '.log', 'gunicorn': '.log'}[fmt]
        if wrap == 'cri':
            self.fname = r.choice(['%s_%s_%s-%s.log' % (self.pod, sc.k8s_ns, self.svc, hexs(r, 64)), '%s.log' % self.svc,
                                   '%s-container.log' % self.svc])
        elif wrap == 'docker':
            self.fname = r.choice(['%s-json.log' % hexs(r, 64), '%s-json.log' % self.svc])
        elif fmt == 'serilog':
            self.fname = '%s-%s.txt' % (self.svc, sc.start_date)
        elif fmt == 'rails':
            self.fname = r.choice(['production.log', '%s-production.log' % self.svc])
        elif fmt == 'gunicorn':
            self.fname = r.choice(['gunicorn.log', '%s.log' % self.svc])
        else:
            self.fname = r.choice(['%s%s' % (self.svc, ext), 'application%s' % ext, '%s-app%s' % (self.svc, ext)])

    def _kinds(self):
        k = ['error_burst', 'retry_storm', 'new_error', 'latency_shift', 'silence', 'disk_full']
        if (self.wrap and self.lang in ('go', 'rust', 'node', 'java')) or self.lang == 'dotnet':
            k.append('panic')
        if self.fmt == 'gunicorn':
            k.append('oom_kill')
        return tuple(k)

    def r_hex(self, n):
        return hexs(self.r, n)

    def retry_target(self):
        lg = self.retry[2]
        if lg == 'cache':
            return ('host', '%s:6379' % self.cache_host)
        if lg == 'client':
            return ('upstream', self.peer)
        if lg == 'db':
            return ('host', '%s:%d' % (self.db_host, self.db_port))
        return ('brokers', '%s:9092' % self.broker_ip)

    def next_offset(self, r):
        self.offset += r.randint(1, 400)
        return self.offset

    def bake(self, s):
        return (s.replace('@e@', self.ent).replace('@E@', self.Ent).replace('@es@', self.ents)
                .replace('@P@', self.peer).replace('@T@', self.topic).replace('@C@', self.cache_host)
                .replace('@B@', '%s:9092' % self.broker_ip))

    # ---------------------------------------------------------------- loggers
    def logger(self, kind):
        v = self._lcache.get(kind)
        if v is None:
            v = self._lcache[kind] = self._logger(kind)
        return v

    def _logger(self, kind):
        lang = self.lang
        if '.' in kind or '::' in kind:
            return kind
        if lang == 'java':
            P, E = self.pkg, self.Ent
            return {'http': P + '.web.RequestLoggingFilter', 'svc': '%s.service.%sService' % (P, E),
                    'db': 'com.zaxxer.hikari.pool.HikariPool', 'cache': '%s.cache.%sCache' % (P, E),
                    'mq': '%s.events.%sEventPublisher' % (P, E), 'job': '%s.jobs.ScheduledJobs' % P,
                    'auth': P + '.security.JwtAuthenticationFilter', 'client': '%s.client.%sClient' % (P, self.Peer),
                    'main': '%s.%sApplication' % (P, pascal(self.svc_snake)),
                    'error': 'o.a.c.c.C.[.[.[/].[dispatcherServlet]'}[kind]
        if lang == 'dotnet':
            N, E = self.ns, self.Ent
            return {'http': 'Serilog.AspNetCore.RequestLoggingMiddleware', 'svc': '%s.Services.%sService' % (N, E),
                    'db': '%s.Data.%sRepository' % (N, E), 'cache': N + '.Caching.RedisCache',
                    'mq': N + '.Messaging.EventPublisher', 'job': N + '.Jobs.ScheduledJobRunner',
                    'auth': 'Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler',
                    'client': '%s.Clients.%sClient' % (N, self.Peer), 'main': 'Microsoft.Hosting.Lifetime',
                    'error': 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware'}[kind]
        if lang == 'python':
            M = self.mod
            return {'http': M + '.views', 'svc': M + '.services', 'db': M + '.db', 'cache': M + '.cache',
                    'mq': M + '.events', 'job': M + '.tasks', 'auth': M + '.auth', 'client': '%s.clients.%s' % (M, self.peer_mod),
                    'main': 'gunicorn.error', 'error': M + '.views'}[kind]
        if lang == 'go':
            return {'http': 'middleware/logger.go:%d', 'svc': 'service/' + self.ent + '.go:%d', 'db': 'store/postgres.go:%d',
                    'cache': 'cache/redis.go:%d', 'mq': 'events/publisher.go:%d', 'job': 'jobs/scheduler.go:%d',
                    'auth': 'auth/jwt.go:%d', 'client': 'clients/%s.go:%%d' % self.peer_mod, 'main': '%s/main.go:%%d' % self.svc,
                    'error': 'handlers/' + self.ent + '.go:%d'}[kind] % self.line_no(kind)
        if lang == 'rust':
            C = self.svc_snake
            return {'http': 'tower_http::trace::on_response', 'svc': C + '::service', 'db': C + '::db', 'cache': C + '::cache',
                    'mq': C + '::events', 'job': C + '::jobs', 'auth': C + '::auth', 'client': '%s::clients::%s' % (C, self.peer_mod),
                    'main': C, 'error': C + '::handlers'}[kind]
        return kind

    def line_no(self, kind):
        return 40 + (hash_str(self.svc + kind) % 240)

    # ---------------------------------------------------------------- renderers
    def emit(self, t, lvl, lg, msg, tmpl, kv, exc=None, tag=None, stream=None):
        text = getattr(self, 'L_' + self.fmt)(t, lvl, lg, msg, tmpl, kv, exc)
        if stream is None:
            stream = 'stderr' if (self.lang == 'go' and self.fmt == 'zap') or lvl in ('ERROR', 'FATAL') and self.lang in ('rust',) else 'stdout'
        self.recs.append((t, text, stream, tag))

    def render_tmpl(self, tmpl, kv):
        if '{' not in tmpl:
            return tmpl
        d = dict(kv)
        try:
            return tmpl.format(**d)
        except (KeyError, IndexError):
            return tmpl

    def L_zap(self, t, lvl, lg, msg, tmpl, kv, exc):
        ts = ('"%s.%03dZ"' % (iso_s(t // US), (t // 1000) % 1000)) if self.zap_iso else repr(t / 1e6)
        parts = ['{"level":"%s","ts":%s,"caller":"%s","msg":%s' % (lvl.lower(), ts, self.logger(lg), jq(msg))]
        for k, v in kv:
            parts.append(',"%s":%s' % (k, jv(v)))
        if exc is not None:
            parts.append(',"error":%s' % jq(exc.short))
            if lvl in ('ERROR', 'FATAL'):
                parts.append(',"stacktrace":%s' % jq(L.go_stack(self, self.r)))
        parts.append('}')
        return ''.join(parts)

    def L_logrus(self, t, lvl, lg, msg, tmpl, kv, exc):
        sec = t // US + self.off * 60
        kvs = list(kv)
        if exc is not None:
            kvs.append(('error', exc.short))
        kvs.sort()
        fields = ''.join(' %s=%s' % (k, logrus_val(v)) for k, v in kvs)
        return 'time="%s%s" level=%s msg=%s%s' % (iso_s(sec), offstr(self.off, 'z'), {'WARN': 'warning'}.get(lvl, lvl.lower()),
                                                  logrus_val(msg), fields)

    def L_tracing(self, t, lvl, lg, msg, tmpl, kv, exc):
        f = ''.join(' %s=%s' % (k, (jq(v) if isinstance(v, str) and ' ' in v else v)) for k, v in kv)
        if exc is not None:
            f += ' error=%s' % exc.short
        return '%s.%06dZ %5s %s: %s%s' % (iso_s(t // US), t % US, lvl, self.logger(lg), msg, f)

    def L_bunyan(self, t, lvl, lg, msg, tmpl, kv, exc):
        f = ''.join(',"%s":%s' % (camel(k), jv(v)) for k, v in kv)
        if exc is not None:
            f += ',"err":{"message":%s,"name":"%s","stack":%s}' % (jq(exc.msg), exc.etype, jq('\n'.join(exc.lines)))
        return '{"name":"%s","hostname":"%s","pid":%d,"level":%d%s,"msg":%s,"time":"%s","v":0}' % (
            self.svc, self.host, self.pid, LEVEL_NUM[lvl], f, jq(self.render_tmpl(tmpl, kv) if tmpl else msg), iso_ms_z(t))

    def L_winston(self, t, lvl, lg, msg, tmpl, kv, exc):
        f = ''.join(',"%s":%s' % (camel(k), jv(v)) for k, v in kv)
        m = self.render_tmpl(tmpl, kv) if tmpl else msg
        if exc is not None:
            m = '%s: %s' % (m, exc.msg)
            f += ',"stack":%s' % jq('\n'.join(exc.lines))
        return '{"level":"%s","message":%s%s,"service":"%s","timestamp":"%s"}' % (
            {'WARN': 'warn'}.get(lvl, lvl.lower()), jq(m), f, self.svc, iso_ms_z(t))

    def clef_t(self, t):
        return '%s.%06d%dZ' % (iso_s(t // US), t % US, (t * 7 // 3) % 10)

    def L_clef(self, t, lvl, lg, msg, tmpl, kv, exc):
        mt = tmpl or msg
        pk = [(pascal(k), v) for k, v in kv]
        for k, _ in kv:
            mt = mt.replace('{%s}' % k, '{%s}' % pascal(k))
        s = '{"@t":"%s","@mt":%s' % (self.clef_t(t), jq(mt))
        if lvl != 'INFO':
            s += ',"@l":"%s"' % {'WARN': 'Warning', 'ERROR': 'Error', 'FATAL': 'Fatal', 'DEBUG': 'Debug'}[lvl]
        if exc is not None:
            s += ',"@x":%s' % jq('\n'.join(exc.lines))
        s += ''.join(',"%s":%s' % (k, jv(v)) for k, v in pk)
        s += ',"SourceContext":"%s"' % self.logger(lg)
        if lg in ('http', 'svc', 'error', 'client', 'db'):
            s += ',"RequestId":"%s:%08X","RequestPath":%s' % (self.conn_id(), self.r.randint(1, 400), jq(self.last_path))
        s += ',"MachineName":"%s","Application":"%s"}' % (self.host, self.svc)
        return s

    def conn_id(self):
        return '0HN%s' % b36(self.r, 10, '0123456789ABCDEFGHIJKLMNOPQRSTUV')

    def L_serilog(self, t, lvl, lg, msg, tmpl, kv, exc):
        tt = t + self.off * 60 * US
        s = '%s.%03d %s [%s] %s' % (isosp_s(tt // US), (tt // 1000) % 1000, offstr(self.off, 'colon'),
                                    {'INFO': 'INF', 'WARN': 'WRN', 'ERROR': 'ERR', 'FATAL': 'FTL', 'DEBUG': 'DBG'}[lvl],
                                    self.render_tmpl(tmpl or msg, kv))
        if exc is not None:
            s += '\n' + '\n'.join(exc.lines)
        return s

    def thread(self, lg):
        if lg in ('http', 'svc', 'error', 'client', 'db', 'cache', 'auth'):
            n = 1 + int(self.r.random() ** 1.5 * 60)
            return ('http-nio-8080-exec-%d' % n)[-15:]
        if lg == 'mq':
            return 'ntainer#0-0-C-1'
        if lg == 'job':
            return '   scheduling-1'
        return '           main'


    def L_spring(self, t, lvl, lg, msg, tmpl, kv, exc):
        tt = t + self.off * 60 * US
        app = ('[%s] ' % self.svc) if self.spring_app else ''
        s = '%s.%03d%s %5s %d --- %s[%s] %s : %s' % (
            iso_s(tt // US), (tt // 1000) % 1000, offstr(self.off, 'z'), lvl, self.pid, app, self.thread(lg),
            logback_abbrev(self.logger(lg)), self.render_tmpl(tmpl or msg, kv))
        if exc is not None:
            s += '\n' + '\n'.join(exc.lines)
        return s

    def rails_prefix(self, t, lvl, pid=None):
        return '%s, [%s.%06d #%d] %5s -- : ' % (lvl[0], iso_s(t // US), t % US, pid or self.rails_pid(t), lvl)

    def rails_job_tag(self, lg):
        if lg == 'job':
            return '[ActiveJob] [%sJob] [%s] ' % (self.job_name_cls, uuid4(self.r))
        return '[ActiveJob] [%sEventJob] [%s] ' % (pascal(self.peer_res), uuid4(self.r))

    def rails_pid(self, t):
        pids = self.rails_pids
        for tr, new in self.restarts:
            if t >= tr:
                pids = new
        return pids[int(self.r.random() * len(pids))]

    def L_rails(self, t, lvl, lg, msg, tmpl, kv, exc):
        rid = uuid4(self.r)
        pid = self.rails_pid(t)
        text = self.render_tmpl(tmpl or msg, kv)
        if lg in ('job', 'mq'):
            tag = self.rails_job_tag(lg)
        else:
            tag = '[%s] ' % rid
        if exc is None:
            return self.rails_prefix(t, lvl, pid) + tag + text
        lines = [self.rails_prefix(t, 'ERROR', pid) + tag + text, self.rails_prefix(t, 'FATAL', pid) + tag + '  ',
                 tag + '%s (%s):' % (exc.etype, exc.msg), tag + '  ']
        lines += [tag + b for b in exc.lines]
        return '\n'.join(lines)

    def py_ts(self, t):
        return '%s,%03d' % (isosp_s(t // US), (t // 1000) % 1000)

    def L_gunicorn(self, t, lvl, lg, msg, tmpl, kv, exc):
        s = '%s %s [%s] %s' % (self.py_ts(t), {'WARN': 'WARNING', 'FATAL': 'CRITICAL'}.get(lvl, lvl), self.logger(lg),
                               self.render_tmpl(tmpl or msg, kv))
        if exc is not None:
            s += '\n' + '\n'.join(exc.lines)
        return s

    def gn_err(self, t, pid, lvl, msg):
        return '[%s +0000] [%d] [%s] %s' % (isosp_s(t // US), pid, lvl, msg)

    # ---------------------------------------------------------------- requests
    def draw_req(self, t, rnd, gauss):
        ep = self.eps(rnd)
        m, pf, lat, kind, action = ep
        path = pf(self.r)
        u = rnd()
        st = 200
        if kind == 'post':
            st = 201 if u > 0.02 else (400 if u < 0.015 else 409)
        elif kind == 'delete':
            st = 204 if u > 0.01 else 404
        elif kind == 'getid':
            st = 404 if u < 0.012 else (403 if u < 0.014 else 200)
        elif kind == 'put':
            st = 422 if u < 0.01 else 200
        else:
            st = 400 if u < 0.004 else (401 if u < 0.007 else 200)
        dur = lat * self.lat_scale * math.exp(0.55 * self.r.nz())
        if self.latw:
            dur *= self.lat_f(t)
        tag = None
        if rnd() < self.base5:
            st = 500
        for s, e, share, inc in self.errw:
            if s <= t < e and rnd() < share * ramp_val(t, s, e, 30 * US):
                st = 500 if inc.p['cause'] not in ('peer_503', 'peer_timeout') else (503 if inc.p['cause'] == 'peer_503' else 504)
                tag = inc
        return m, path, st, dur, kind, action, tag

    def req_record(self, t, rnd, gauss, probe=False):
        if probe:
            m, path, st, dur, kind, action, tag = 'GET', self.hc_path, 200, 0.3 + rnd() * 1.2, 'probe', 'show', None
            ip = self.probe_ip
        else:
            m, path, st, dur, kind, action, tag = self.draw_req(t, rnd, gauss)
            ip = self.sc.web.client_ip(rnd) if self.sc.web else priv_ip(self.r)
        self.last_path = path.split('?')[0]
        if probe:
            bo = 2 if rnd() < 0.7 else 15
        else:
            bo = 0 if st in (204,) else (int(300 + rnd() * 4000) if st < 300 else int(40 + rnd() * 200))
        fn = getattr(self, 'R_' + self.fmt)
        exc = None
        if tag is not None:
            exc = self.inc_exc(tag)
        fn(t, m, path, st, dur, ip, bo, kind, action, tag, exc)

    def inc_exc(self, inc):
        if 'exc' not in inc.p or self.r.random() < 0.15:
            inc.p['exc'] = self.mkexc(inc.p['cause'])
        return inc.p['exc']

    def mkexc(self, cause):
        r = self.r
        lang = self.lang
        if lang == 'java':
            return L.java_exc(self, r, cause)
        if lang == 'dotnet':
            return L.cs_exc(self, r, cause)
        if lang == 'python':
            return L.py_exc(self, r, cause)
        if lang == 'node':
            return L.js_exc(self, r, cause)
        if lang == 'ruby':
            return L.rb_exc(self, r, cause)
        if lang == 'go':
            return L.go_err(self, r, cause)
        return L.rs_err(self, r, cause)

    def bug_line(self, t, m, path, exc, tg):
        """framework-specific log line for an unexpected exception while serving a request"""
        p = path.split('?')[0]
        if self.lang == 'dotnet':
            self.emit(t, 'ERROR', 'error', 'An unhandled exception has occurred while executing the request.', None, [], exc, tg)
        elif self.lang == 'java':
            tt = t + self.off * 60 * US
            app = ('[%s] ' % self.svc) if self.spring_app else ''
            s = '%s.%03d%s ERROR %d --- %s[%s] %s : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s: %s] with root cause\n' % (
                iso_s(tt // US), (tt // 1000) % 1000, offstr(self.off, 'z'), self.pid, app, self.thread('http'),
                logback_abbrev(self.logger('error')), exc.etype, exc.msg.split('\n')[0]) + '\n'.join(exc.lines)
            self.recs.append((t, s, 'stdout', tg))
        elif self.lang == 'python':
            self.emit(t, 'ERROR', 'error', '', 'Exception on %s [%s]' % (p, m), [], exc, tg)
        else:
            msg, tmpl = ERR_TEXT['bug1']
            self.emit(t, 'ERROR', 'error', msg, tmpl, [('method', m), ('path', p)], exc, tg)

    def err_lines_for_request(self, t, m, path, st, tag, exc):
        """error log line emitted by the app for a failed request (incident-linked)"""
        cause = tag.p['cause']
        if cause.startswith('bug'):
            self.bug_line(t - 1000, m, path, exc, tag.tag)
            return
        msg, tmpl = ERR_TEXT[cause]
        seg = path.split('?')[0].rstrip('/').split('/')
        rid = seg[-1] if seg[-1] != self.ents else self.newid(self.r)
        if rid in ('history', 'items', 'events', 'status', 'attachments'):
            rid = seg[-2]
        kv = [('id', rid)] if '{id}' in tmpl else []
        if '{event}' in tmpl:
            kv.append(('event', self.events[0]))
        self.emit(t - 1000, 'ERROR', 'svc', self.bake(msg), self.bake(tmpl), kv, exc, tag.tag)

    def R_zap(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
        lvl = 'error' if st >= 500 else 'info'
        ts = ('"%s.%03dZ"' % (iso_s(t // US), (t // 1000) % 1000)) if self.zap_iso else repr(t / 1e6)
        self.recs.append((t, '{"level":"%s","ts":%s,"caller":"%s","msg":"request completed","method":"%s","path":%s,"status":%d,"latency":%s,"bytes":%d,"remote_addr":"%s:%d","request_id":"%s"}' % (
            lvl, ts, self.logger('http'), m, jq(path), st, repr(round(dur / 1000.0, 6)), bo, ip, self.r.randint(1024, 65535), uuid4(self.r)),
            'stderr', None if tag is None else tag.tag))

    def R_logrus(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
        sec = t // US + self.off * 60
        self.recs.append((t, 'time="%s%s" level=%s msg="request completed" bytes=%d duration_ms=%.2f method=%s path=%s remote_addr=%s request_id=%s status=%d' % (
            iso_s(sec), offstr(self.off, 'z'), 'error' if st >= 500 else 'info', bo, dur, m, logrus_val(path), ip, uuid4(self.r), st),
            'stderr', None if tag is None else tag.tag))

    def R_tracing(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
        lvl = 'ERROR' if st >= 500 else ' INFO'
        extra = ' classification=Status code: %d' % st if st >= 500 else ''
        self.recs.append((t, '%s.%06dZ %s request{method=%s uri=%s version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=%d ms status=%d%s' % (
            iso_s(t // US), t % US, lvl, m, path, int(dur), st, extra), 'stdout', None if tag is None else tag.tag))

    def R_bunyan(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
        self.recs.append((t, '{"name":"%s","hostname":"%s","pid":%d,"level":%d,"req_id":"%s","method":"%s","url":%s,"statusCode":%d,"responseTime":%d,"remoteAddress":"%s","msg":"request completed","time":"%s","v":0}' % (
            self.svc, self.host, self.pid, 50 if st >= 500 else 30, uuid4(self.r), m, jq(path), st, int(dur), ip, iso_ms_z(t)),
            'stdout', None if tag is None else tag.tag))

    def R_winston(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
        self.recs.append((t, '{"level":"http","message":%s,"service":"%s","timestamp":"%s"}' % (
            jq('%s %s %d %s - %.3f ms' % (m, path, st, bo if bo else '-', dur)), self.svc, iso_ms_z(t)),
            'stdout', None if tag is None else tag.tag))

    def R_clef(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        p = path.split('?')[0]
        cid = self.conn_id()
        lvl = ',"@l":"Error"' if st >= 500 else ''
        x = ''
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
            x = ',"@x":%s' % jq('\n'.join(exc.lines))
        self.recs.append((t, '{"@t":"%s","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","@r":["%.4f"]%s%s,"RequestMethod":"%s","RequestPath":%s,"StatusCode":%d,"Elapsed":%s,"SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware","RequestId":"%s:%08X","ConnectionId":"%s","MachineName":"%s","Application":"%s"}' % (
            self.clef_t(t), dur, lvl, x, m, jq(p), st, repr(round(dur, 6)), cid, self.r.randint(1, 300), cid, self.host, self.svc),
            'stdout', None if tag is None else tag.tag))

    def R_serilog(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        tt = t + self.off * 60 * US
        s = '%s.%03d %s [%s] HTTP %s %s responded %d in %.4f ms' % (
            isosp_s(tt // US), (tt // 1000) % 1000, offstr(self.off, 'colon'), 'ERR' if st >= 500 else 'INF', m, path.split('?')[0], st, dur)
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
            s += '\n' + '\n'.join(exc.lines)
        self.recs.append((t, s, 'stdout', None if tag is None else tag.tag))

    def R_spring(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        if tag is not None:
            if tag.p['cause'].startswith('bug') or tag.p['cause'] in ('db_refused', 'pool'):
                self.bug_line(t - 2000, m, path, exc, tag.tag)
            else:
                self.err_lines_for_request(t, m, path, st, tag, exc)
        self.recs.append((t, self.L_spring(t, 'WARN' if st >= 500 else 'INFO', 'http', '', '%s %s -> %d (%d ms)' % (m, path, st, int(dur)), (), None),
                          'stdout', None if tag is None else tag.tag))

    def R_rails(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        r = self.r
        rnd = r.random
        rid = uuid4(r)
        pid = self.rails_pid(t)
        t0 = t - int(dur * 1000)
        tg = None if tag is None else tag.tag
        pre = lambda tt, lvl='INFO': '%s, [%s.%06d #%d] %5s -- : [%s] ' % (lvl[0], iso_s(tt // US), tt % US, pid, lvl, rid)
        ctrl = 'Rails::HealthController' if kind == 'probe' else 'Api::V1::%sController' % self.Ents
        self.recs.append((t0, pre(t0) + 'Started %s "%s" for %s at %s +0000' % (m, path, ip, isosp_s(t0 // US)), 'stdout', tg))
        t1 = t0 + 300 + int(rnd() * 900)
        self.recs.append((t1, pre(t1) + 'Processing by %s#%s as %s' % (ctrl, action, 'HTML' if kind == 'probe' else 'JSON'), 'stdout', tg))
        if kind != 'probe':
            params = []
            if '?' in path:
                for kv in path.split('?')[1].split('&'):
                    k, _, v = kv.partition('=')
                    params.append('"%s"=>"%s"' % (k, v))
            seg = path.split('?')[0].split('/')
            if action in ('show', 'update', 'destroy'):
                params.append('"id"=>"%s"' % seg[-1])
            elif action not in ('index', 'create'):
                params.append('"%s_id"=>"%s"' % (self.ent, seg[-2]))
            if kind in ('post', 'put'):
                params.insert(0, '"%s"=>{"status"=>"%s", "quantity"=>%d}' % (self.ent, r.choice(self.statuses), r.randint(1, 9)))
            if params:
                t2 = t1 + 50 + int(rnd() * 200)
                self.recs.append((t2, pre(t2) + '  Parameters: {%s}' % ', '.join(params), 'stdout', tg))
        ar = dur * rnd() * 0.5
        reason = {200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
                  409: 'Conflict', 422: 'Unprocessable Entity', 500: 'Internal Server Error', 503: 'Service Unavailable', 504: 'Gateway Timeout'}[st]
        if st >= 500 or kind == 'probe':
            body = '(ActiveRecord: %.1fms (%d queries, 0 cached) | GC: %.1fms)' % (ar, r.randint(0, 6), rnd() * 2)
        else:
            body = '(Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)' % (dur * rnd() * 0.3, ar, r.randint(1, 9), r.randint(0, 3), rnd() * 3)
        self.recs.append((t, pre(t) + 'Completed %d %s in %dms %s' % (st, reason, max(0, int(dur)), body), 'stdout', tg))
        if tag is not None:
            lines = [pre(t, 'FATAL') + '  ', '[%s] %s (%s):' % (rid, exc.etype, exc.msg.split('\n')[0])]
            lines += ['[%s] %s' % (rid, x) for x in exc.msg.split('\n')[1:] if x]
            lines += ['[%s]   ' % rid] + ['[%s] %s' % (rid, b) for b in exc.lines]
            self.recs.append((t + 200, '\n'.join(lines), 'stdout', tg))

    def R_gunicorn(self, t, m, path, st, dur, ip, bo, kind, action, tag, exc):
        r = self.r
        if tag is not None:
            self.err_lines_for_request(t, m, path, st, tag, exc)
        self.recs.append((t, '%s - - [%s +0000] "%s %s HTTP/1.1" %d %d "-" "%s" %d.%06d' % (
            ip, clf_s(t // US), m, path, st, bo, 'kube-probe/1.29' if kind == 'probe' else self.sc.web.ua(r.random),
            int(dur // 1000), int(dur * 1000) % 1000000), 'stdout', None if tag is None else tag.tag))

    # ---------------------------------------------------------------- generation
    def plan(self):
        r = self.r
        if r.random() < 0.45:
            t = self.free_time(margin=6 * MIN)
            if t is not None:
                gap = r.randint(3, 40) * US
                self.busy.append((t - MIN, t + gap + 3 * MIN))
                self.drops.append((t, t + gap))
                newp = [r.randint(1000, 60000) for _ in self.rails_pids]
                self.restarts.append((t + gap, newp))
                self.restart_at = (t, gap)
        self.probe_ip = priv_ip(r)

    def build(self):
        for inc in self.incs:
            self.prepare(inc)
        self.plan()
        self.baseline()
        self.benign()
        for inc in self.incs:
            self.inject(inc)
        self.finalize()

    def prepare(self, inc):
        Svc.prepare(self, inc)
        if inc.kind in ('error_burst', 'new_error') and inc.p.get('http'):
            self.errw.append((inc.s, inc.e, inc.p['share'], inc))

    def baseline(self):
        r = self.r
        rnd = r.random
        gauss = r.gauss
        lams = self.lams(self.rate)
        ts = arrivals(r, self.t0, self.t1, lams)
        rs = self.req_share
        cat = self.cat
        self.last_path = '/'
        for t in ts:
            if rnd() < rs:
                self.req_record(t, rnd, gauss)
            else:
                e = cat(rnd)
                kv = e[5](self, r)
                self.emit(t, e[1], e[2], e[3], e[4], kv)
        if self.probes:
            per = r.choice([10, 15, 20, 30]) * US
            for t in periodic(r, self.t0, self.t1, per, 50 * MS):
                self.req_record(t, rnd, gauss, probe=True)
        # periodic background: pool stats / flag refresh / cache refresh
        per = r.choice([60, 120, 300]) * US
        kind = r.choice(['pool', 'flags', 'cache'])
        for t in periodic(r, self.t0, self.t1, per, 200 * MS):
            if kind == 'pool':
                a = r.randint(0, 6)
                self.emit(t, 'INFO', 'db', 'connection pool stats', 'Connection pool stats: active={active} idle={idle} waiting={waiting}',
                          [('active', a), ('idle', 10 - a), ('waiting', 0)])
            elif kind == 'flags':
                self.emit(t, 'INFO', 'svc', 'feature flags refreshed', 'Loaded {count} feature flags from {source}',
                          [('count', r.randint(38, 44)), ('source', r.choice(['launchdarkly', 'unleash', 'configmap']))])
            else:
                self.emit(t, 'INFO', 'cache', 'cache refreshed', 'Refreshed {cache} cache ({entries} entries) in {elapsed_ms} ms',
                          [('cache', r.choice(['tax-rates', 'currency-rates', 'shipping-zones', 'category-tree'])),
                           ('entries', r.randint(200, 5000)), ('elapsed_ms', r.randint(8, 300))])

    def benign(self):
        r = self.r
        # hourly batch job
        if r.random() < 0.55:
            job = r.choice(['reconcile-%s' % self.ents, 'cleanup-expired-%s' % self.ents, 'sync-%s-search-index' % self.ent, 'export-daily-%s' % self.ents])
            self.job_name_cls = pascal(job.replace('-', '_'))
            minute = r.randint(0, 59)
            h = self.t0 - self.t0 % HOUR + minute * MIN
            while h < self.t1:
                if self.free(h, margin=2 * MIN) and self.free(h + 3 * MIN, margin=1 * MIN):
                    total = r.randint(5, 40)
                    n = 0
                    self.emit(h, 'INFO', 'job', 'scheduled job started', 'Starting scheduled job {job}', [('job', job)])
                    tt = h
                    for i in range(total):
                        tt += r.randint(1500, 9000) * MS
                        c = r.randint(200, 500)
                        n += c
                        self.emit(tt, 'INFO', 'job', 'batch processed', 'Processed batch {batch}/{total} ({count} records)',
                                  [('batch', i + 1), ('total', total), ('count', c)])
                    self.emit(tt + 300 * MS, 'INFO', 'job', 'scheduled job finished', 'Finished job {job} in {seconds}s ({count} records)',
                              [('job', job), ('seconds', int((tt - h) / US)), ('count', n)])
                h += HOUR
        else:
            self.job_name_cls = 'Cleanup'
        # rare benign ordinary errors (timeout talking to a peer) and single benign retries
        for t in arrivals(r, self.t0, self.t1, [r.uniform(1 / 90, 1 / 25)] * (int((self.t1 - self.t0) // MIN) + 1)):
            if self.free(t, 2 * MIN):
                self.emit(t, 'ERROR', 'client', self.bake('upstream request failed'), self.bake('Call to @P@ failed for @e@ {id}'),
                          [('id', self.newid(r))], self.mkexc('peer_timeout'))
        for t in arrivals(r, self.t0, self.t1, [r.uniform(1 / 120, 1 / 40)] * (int((self.t1 - self.t0) // MIN) + 1)):
            if self.free(t, 2 * MIN):
                msg, tmpl, lg = self.retry
                self.emit(t, 'WARN', lg, msg, self.bake(tmpl), [('attempt', 1), ('max_attempts', 3), ('backoff_ms', 200)][0 if '{attempt}' in tmpl else 2:] + [self.retry_target()])
        # gunicorn max_requests: workers are recycled now and then
        if self.fmt == 'gunicorn':
            for t in periodic(r, self.t0, self.t1, r.randint(15, 50) * MIN, 5 * MIN):
                if not self.free(t, 2 * MIN):
                    continue
                i = r.randrange(len(self.gn_pids))
                old = self.gn_pids[i]
                new = r.randint(100, 30000)
                self.add(t, self.gn_err(t, old, 'INFO', 'Autorestarting worker after current request.'))
                t2 = t + r.randint(5, 900) * MS
                self.add(t2, self.gn_err(t2, old, 'INFO', 'Worker exiting (pid: %d)' % old))
                t3 = t2 + r.randint(20, 200) * MS
                self.add(t3, self.gn_err(t3, new, 'INFO', 'Booting worker with pid: %d' % new))
                self.gn_pids[i] = new
        # deploy restart
        if getattr(self, 'restart_at', None):
            t, gap = self.restart_at
            self.shutdown_lines(t - r.randint(200, 2000) * MS)
            ready = self.startup_lines(t + gap, tag=-1)
            self.drops.append((t + gap, ready, -1))

    # ---------------------------------------------------------------- lifecycle text
    def shutdown_lines(self, t, tag=None):
        lang, fmt = self.lang, self.fmt
        r = self.r
        if fmt == 'gunicorn':
            self.add(t, self.gn_err(t, self.gn_master, 'INFO', 'Handling signal: term'), tag=tag)
            for i, p in enumerate(self.gn_pids):
                self.add(t + (i + 1) * 30 * MS, self.gn_err(t + (i + 1) * 30 * MS, p, 'INFO', 'Worker exiting (pid: %d)' % p), tag=tag)
            self.add(t + 400 * MS, self.gn_err(t + 400 * MS, self.gn_master, 'INFO', 'Shutting down: Master'), tag=tag)
            return
        if fmt == 'rails':
            return
        seq = {'go': [('INFO', 'main', 'shutdown signal received', 'Shutdown signal received', [('signal', 'terminated')]),
                      ('INFO', 'main', 'http server stopped', 'HTTP server stopped', [])],
               'rust': [('INFO', 'main', 'shutdown signal received, draining connections', None, []),
                        ('INFO', 'main', 'server shut down gracefully', None, [])],
               'node': [('INFO', 'main', 'Received SIGTERM, shutting down gracefully', None, []),
                        ('INFO', 'main', 'HTTP server closed', None, [])],
               'dotnet': [('INFO', 'main', 'Application is shutting down...', None, [])],
               'java': [('INFO', 'org.springframework.boot.web.embedded.tomcat.GracefulShutdown', 'Commencing graceful shutdown. Waiting for active requests to complete', None, []),
                        ('INFO', 'org.springframework.boot.web.embedded.tomcat.GracefulShutdown', 'Graceful shutdown complete', None, []),
                        ('INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown initiated...', None, []),
                        ('INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown completed.', None, [])],
               'python': []}[lang]
        for i, (lvl, lg, msg, tmpl, kv) in enumerate(seq):
            self.emit(t + i * r.randint(5, 300) * MS, lvl, lg, msg, tmpl, kv, tag=tag)

    def startup_lines(self, t, tag=None):
        """emit the startup banner beginning at t; returns the time the service is ready"""
        lang, fmt = self.lang, self.fmt
        r = self.r
        tt = [t]

        def nxt(lo=5, hi=300):
            tt[0] += r.randint(lo, hi) * MS
            return tt[0]
        if fmt == 'gunicorn':
            self.add(t, self.gn_err(t, self.gn_master, 'INFO', 'Starting gunicorn 21.2.0'), tag=tag)
            self.add(nxt(), self.gn_err(tt[0], self.gn_master, 'INFO', 'Listening at: http://0.0.0.0:8000 (%d)' % self.gn_master), tag=tag)
            self.add(nxt(), self.gn_err(tt[0], self.gn_master, 'INFO', 'Using worker: gthread'), tag=tag)
            for _ in self.gn_pids:
                p = r.randint(7, 400)
                self.add(nxt(), self.gn_err(tt[0], p, 'INFO', 'Booting worker with pid: %d' % p), tag=tag)
            return nxt(200, 900)
        if fmt == 'rails':
            return t + r.randint(2, 6) * US
        if lang == 'java':
            if self.wrap:
                banner = ['', '  .   ____          _            __ _ _', " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
                          "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\", " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
                          "  '  |____| .__|_| |_|_| |_\\__, | / / / /", ' =========|_|==============|___/=/_/_/_/',
                          ' :: Spring Boot ::                (v3.2.%d)' % r.randint(1, 4), '']
                self.add(t, '\n'.join(banner), tag=tag)
            app = pascal(self.svc_snake) + 'Application'
            main = '%s.%s' % (self.pkg, app)
            seq = [(main, 'Starting %s v%s using Java 17.0.9 with PID %d (/app/app.jar started by app in /app)' % (app, self.version, self.pid)),
                   (main, 'The following 1 profile is active: "%s"' % self.sc.env),
                   ('org.springframework.boot.web.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port 8080 (http)'),
                   ('org.apache.catalina.core.StandardService', 'Starting service [Tomcat]'),
                   ('org.apache.catalina.core.StandardEngine', 'Starting Servlet engine: [Apache Tomcat/%s]' % self.tomcat_v),
                   ('o.a.c.c.C.[Tomcat].[localhost].[/]', 'Initializing Spring embedded WebApplicationContext'),
                   ('w.s.c.ServletWebServerApplicationContext', 'Root WebApplicationContext: initialization completed in %d ms' % r.randint(900, 3000)),
                   ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
                   ('com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%x' % r.getrandbits(28)),
                   ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
                   ('org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver', "Exposing 1 endpoint(s) beneath base path '/actuator'"),
                   ('org.springframework.boot.web.embedded.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path ''"),
                   (main, 'Started %s in %.3f seconds (process running for %.3f)' % (app, r.uniform(5, 14), r.uniform(14, 16)))]
            for lg, msg in seq:
                self.emit(nxt(100, 900), 'INFO', lg, msg, None, [], tag=tag)
            return self.warmup(nxt(50, 300), tag)
        if lang == 'dotnet':
            for msg in ['Now listening on: http://[::]:8080', 'Application started. Press Ctrl+C to shut down.',
                        'Hosting environment: Production', 'Content root path: /app']:
                self.emit(nxt(2, 30), 'INFO', 'main', msg, None, [], tag=tag)
            return self.warmup(nxt(50, 300), tag)
        if lang == 'go':
            seq = [('starting service', 'Starting service', [('version', self.version), ('commit', hexs(r, 7)), ('go_version', 'go1.21.%d' % r.randint(3, 8))]),
                   ('connected to database', 'Connected to database', [('host', self.db_host), ('max_conns', 20)]),
                   ('http server listening', 'HTTP server listening', [('addr', ':8080')])]
        elif lang == 'rust':
            seq = [('starting %s v%s' % (self.svc, self.version), None, []),
                   ('connected to database pool_size=10', None, []),
                   ('listening on 0.0.0.0:8080', None, [])]
        elif lang == 'node':
            seq = [('Starting %s v%s (node v%s, env=%s)' % (self.svc, self.version, self.node_v, self.sc.env), None, []),
                   ('Connected to Redis at %s:6379' % self.cache_host, None, []),
                   ('Server listening on port 3000', None, [])]
        else:
            seq = []
        for msg, tmpl, kv in seq:
            self.emit(nxt(), 'INFO', 'main', msg, tmpl, kv, tag=tag)
        return self.warmup(nxt(20, 200), tag)

    def warmup(self, t, tag):
        r = self.r
        if self.warm_cache:
            c = self.warm_cache
            self.emit(t, 'INFO', 'cache', 'warming up cache', 'Warming up {cache} cache', [('cache', c)], tag=tag)
            t += r.randint(300, 4000) * MS
            self.emit(t, 'INFO', 'cache', 'cache warm-up completed', 'Cache warm-up completed: {entries} {cache} entries loaded in {elapsed_ms} ms',
                      [('entries', r.randint(500, 20000)), ('cache', c), ('elapsed_ms', r.randint(300, 4000))], tag=tag)
        return t + r.randint(10, 100) * MS

    # ---------------------------------------------------------------- incidents
    def inject(self, inc):
        r = self.r
        k = inc.kind
        tg = inc.tag
        if k in ('error_burst', 'new_error', 'disk_full'):
            if inc.p.get('http') and k != 'disk_full':
                return   # realised through failing requests (self.errw)
            cause = inc.p['cause']
            msg, tmpl = ERR_TEXT[cause]
            rate = inc.p['rate']   # lines per second
            n = max(3, int(rate * (inc.e - inc.s) / US))
            ts = sorted(r.randint(inc.s, inc.e) for _ in range(n - 2)) + [inc.s, inc.e]
            ts.sort()
            exc = self.mkexc(cause)
            for t in ts:
                if r.random() < 0.2:
                    exc = self.mkexc(cause)
                kv = []
                if '{id}' in tmpl:
                    kv.append(('id', self.newid(r)))
                if '{event}' in tmpl:
                    kv.append(('event', r.choice(self.events)))
                if cause.startswith('bug'):
                    self.emit(t, 'ERROR', 'mq', 'failed to process message', 'Failed to process message from {topic} partition {partition} offset {offset}',
                              [('topic', self.in_topic), ('partition', r.randint(0, 11)), ('offset', self.next_offset(r))], exc, tag=tg)
                    continue
                if cause == 'enospc':
                    self.enospc_path = '/var/lib/%s/exports/%s-%s.csv' % (self.svc, self.ents, hexs(r, 8))
                    exc = self.mkexc(cause)
                if '{method}' in tmpl:
                    kv += [('method', r.choice(['GET', 'POST'])), ('path', '/api/v1/%s/%s' % (self.ents, self.newid(r)))]
                if '{path}' in tmpl and '{method}' not in tmpl:
                    kv.append(('path', self.enospc_path))
                if self.fmt == 'rails' and cause == 'enospc':
                    self.emit(t, 'ERROR', 'job', self.bake(msg), self.bake(tmpl), kv, exc, tag=tg)
                else:
                    self.emit(t, 'ERROR', 'job' if cause == 'enospc' else ('error' if cause.startswith('bug') else 'svc'),
                              self.bake(msg), self.bake(tmpl), kv, exc, tag=tg)
        elif k == 'retry_storm':
            msg, tmpl, lg = self.retry
            rate = inc.p['rate']
            tgt = self.retry_target()
            n = max(3, int(rate * (inc.e - inc.s) / US))
            ts = sorted([r.randint(inc.s, inc.e) for _ in range(n - 2)] + [inc.s, inc.e])
            att = 0
            for t in ts:
                att = att + 1 if att < 5 else 1
                kv = []
                if '{attempt}' in tmpl:
                    kv = [('attempt', min(att, 3)), ('max_attempts', 3)]
                kv.append(('backoff_ms', r.choice([100, 200, 500, 500, 1000])))
                kv.append(tgt)
                self.emit(t, 'WARN', lg, msg, self.bake(tmpl), kv, tag=tg)
        elif k == 'panic':
            self.crash(inc)
        elif k == 'oom_kill':   # gunicorn worker SIGKILL
            t = inc.s
            n = inc.p.get('workers', 1)
            for i in range(n):
                p = self.gn_pids[i % len(self.gn_pids)]
                tt = t + i * r.randint(2, 40) * US
                self.add(tt, self.gn_err(tt, self.gn_master, 'ERROR', 'Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?' % p), tag=tg)
                np_ = r.randint(100, 900)
                self.add(tt + 40 * MS, self.gn_err(tt + 40 * MS, np_, 'INFO', 'Booting worker with pid: %d' % np_), tag=tg)
        elif k == 'silence':
            if inc.e < self.t1 - 2 * MIN and inc.p.get('restart'):
                ready = self.startup_lines(inc.e, tag=-1)
                self.drops.append((inc.e, ready, -1))

    def crash(self, inc):
        r = self.r
        t = inc.s
        tg = inc.tag
        lang = self.lang
        if lang == 'go':
            lines = L.go_panic(self, r)
            self.add(t, '\n'.join(lines), 'stderr', tg)
        elif lang == 'rust':
            self.add(t, '\n'.join(L.rs_panic(self, r)), 'stderr', tg)
        elif lang == 'node':
            e = L.js_exc(self, r, 'bug1')
            self.add(t, '\n'.join(L.js_crash(self, r, e)), 'stderr', tg)
        elif lang == 'java':
            self.add(t, '\n'.join(L.java_crash(self, r)), 'stdout', tg)
        elif lang == 'dotnet':
            e = L.cs_exc(self, r, r.choice(['bug3', 'bug1']))
            self.emit(t, 'FATAL', 'main', 'Host terminated unexpectedly', None, [], e, tag=tg)
        gap = r.randint(2, 40) * US
        ready = self.startup_lines(t + gap, tag=tg)
        self.drops.append((t + 1000, ready, tg))


def hash_str(s):
    h = 2166136261
    for ch in s.encode():
        h = ((h ^ ch) * 16777619) & 0xffffffff
    return h


# ====================================================================== Lambda

class Lambda(Svc):
    ROLE = 'app'
    LPE = 5.0

    def __init__(self, sc, key, runtime=None):
        Svc.__init__(self, sc, key)
        r = self.r
        self.runtime = runtime or r.choice(['node', 'python'])
        role, ent = r.choice(ROLES)
        self.role, self.ent, self.ents, self.Ent, self.Ents = role, ent, role, pascal(ent), pascal(role)
        self.fn = sc.unique_name('%s-%s-%s' % (role, sc.env, r.choice(['processor', 'handler', 'consumer', 'webhook', 'sync'])))
        self.cw = r.random() < 0.6          # "aws logs tail" export (every event prefixed)
        self.RES = 1 if self.cw else 1000
        self.mem = r.choice([128, 256, 512, 1024, 1536])
        self.base_mem = int(self.mem * r.uniform(0.3, 0.6))
        self.dmed = r.uniform(15, 400)
        self.version = r.choice(['$LATEST', str(r.randint(3, 90))])
        self.rtv = ('nodejs:20.v%d' % r.randint(13, 30)) if self.runtime == 'node' else ('python:3.12.v%d' % r.randint(10, 30))
        self.rtarn = 'arn:aws:lambda:%s::runtime:%s' % (sc.region, hexs(r, 64))
        self.envs = []
        self.fname = r.choice(['%s.log' % self.fn, 'aws-lambda-%s.log' % self.fn, 'lambda_%s.txt' % self.fn.replace('-', '_')])
        self.invw = []
        self.KINDS = ('error_burst', 'new_error', 'latency_shift', 'silence', 'retry_storm', 'disk_full') + (('oom_kill',) if self.cw else ())
        self.cold_p = r.uniform(0.004, 0.02)
        self.db_ip = priv_ip(r)
        self.db_host = self.db_ip
        self.db_port = 5432
        self.cache_ip = priv_ip(r)
        self.cache_host = 'redis.%s.cache.amazonaws.com' % hexs(r, 6)
        self.broker_ip = priv_ip(r)
        self.peer = 'api.partner-%s.com' % r.choice(['pay', 'ship', 'tax', 'geo'])
        self.Peer = 'Partner'
        self.peer_host = self.peer
        self.peer_res = 'rates'
        self.peer_mod = 'partner'
        self.mod = 'handler'
        self.svc_snake = self.fn.replace('-', '_')
        self.topic = '%s-events' % role
        self.node_v = '20.11.1'
        self.source = r.choice(['SQS', 'EventBridge', 'Kinesis', 'DynamoDB stream'])

    def r_hex(self, n):
        return hexs(self.r, n)

    def stream(self):
        r = self.r
        return '%s/[%s]%s' % (slash_date_s(self.t0 // US), self.version, hexs(r, 32))

    def pre(self, t, stream):
        if self.cw:
            return '%s.%06d+00:00 %s ' % (iso_s(t // US), t % US, stream)
        return ''

    def applog(self, t, rid, lvl, msg):
        if self.runtime == 'node':
            return '%s.%03dZ\t%s\t%s\t%s' % (iso_s(t // US), (t // 1000) % 1000, rid, lvl, msg)
        return '[%s]\t%s.%03dZ\t%s\t%s' % ({'WARN': 'WARNING'}.get(lvl, lvl), iso_s(t // US), (t // 1000) % 1000, rid, msg)

    def prepare(self, inc):
        Svc.prepare(self, inc)
        if inc.kind in ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'oom_kill'):
            self.invw.append(inc)

    def mkexc(self, cause):
        if self.runtime == 'node':
            e = L.js_exc(self, self.r, cause)
        else:
            e = L.py_exc(self, self.r, cause)
            e.lines = [ln.replace('/app/handler/', '/var/task/').replace('/usr/local/lib/python3.11/site-packages', '/var/task') for ln in e.lines]
        if self.runtime == 'node':
            e.lines = [ln.replace('/app/dist/', '/var/task/').replace('/app/node_modules', '/var/task/node_modules') for ln in e.lines]
        return e

    def baseline(self):
        r = self.r
        rnd = r.random
        lams = self.lams(self.rate)
        ts = arrivals(r, self.t0, self.t1, lams)
        envs = []   # [stream, busy_until]
        for t in ts:
            env = None
            for e in envs:
                if e[1] < t:
                    env = e
                    break
            cold = env is None or rnd() < self.cold_p
            if cold:
                if env is not None and rnd() < 0.5:
                    envs.remove(env)
                env = [self.stream(), t]
                envs.append(env)
                if len(envs) > 40:
                    envs.pop(0)
            env[1] = self.invoke(t, env[0], cold)
        self.envs = envs

    def invoke(self, t, stream, cold, force=None):
        r = self.r
        rnd = r.random
        rid = uuid4(r)
        P = self.pre
        tag = None
        inc = force
        if inc is None:
            for w in self.invw:
                if w.s <= t < w.e and w.kind != 'oom_kill' and rnd() < w.p.get('share', 1.0) * ramp_val(t, w.s, w.e, 20 * US):
                    inc = w
                    break
        if inc is not None:
            tag = inc.tag
        out = []    # (t, text, is_incident_line)
        tt = t
        if cold:
            init = r.uniform(180, 900) if self.runtime == 'node' else r.uniform(300, 1400)
            ti = tt - int(init * 1000) - 2000
            out.append((ti, P(ti, stream) + 'INIT_START Runtime Version: %s\tRuntime Version ARN: %s' % (self.rtv, self.rtarn), False))
        out.append((tt, P(tt, stream) + 'START RequestId: %s Version: %s' % (rid, self.version), False))
        d = self.dmed * math.exp(0.5 * r.gauss(0, 1))
        if self.latw:
            d *= self.lat_f(t)
        tt += int(rnd() * 2000) + 200
        rec = '%s-%s' % (self.ent, hexs(r, 10))
        out.append((tt, P(tt, stream) + self.applog(tt, rid, 'INFO', 'Processing %d %s record(s) from %s' % (r.randint(1, 25), self.ent, self.source)), False))
        errored = False
        killed = False
        if inc is not None:
            k = inc.kind
            if k in ('error_burst', 'new_error', 'disk_full'):
                e = self.mkexc(inc.p['cause'])
                tt += int(d * 1000 * rnd())
                if self.runtime == 'node':
                    if k == 'disk_full':
                        msg = 'Failed to write temp file for %s: %s' % (rec, e.short)
                        out.append((tt, P(tt, stream) + self.applog(tt, rid, 'ERROR', msg), True))
                    else:
                        js = '{"errorType":"%s","errorMessage":%s,"stack":[%s]}' % (e.etype, jq(e.msg), ','.join(jq(x) for x in e.lines))
                        out.append((tt, P(tt, stream) + self.applog(tt, rid, 'ERROR', 'Invoke Error \t' + js), True))
                else:
                    body = '\n'.join(e.lines)
                    if self.cw:
                        out.append((tt, P(tt, stream) + '[ERROR] %s: %s\n%s' % (e.etype.split('.')[-1], e.msg, body), True))
                    else:
                        out.append((tt, '[ERROR]\t%s.%03dZ\t%s\t%s: %s\n%s' % (iso_s(tt // US), (tt // 1000) % 1000, rid, e.etype.split('.')[-1], e.msg, body), True))
                errored = True
            elif k == 'retry_storm':
                back = 0
                for i in range(r.randint(3, 7)):
                    tt += back * 1000 + int(rnd() * 40 * MS)
                    out.append((tt, P(tt, stream) + self.applog(tt, rid, 'WARN', self.retry_msg(i)), True))
                    back = int(100 * 2 ** min(i, 4) * (0.9 + 0.2 * rnd()))
                d = max(d, (tt - t) / 1000.0 + 5 + rnd() * 50)
            elif k == 'oom_kill':
                killed = True
        elif rnd() < 0.002:
            tt += int(rnd() * 150 * MS)
            out.append((tt, P(tt, stream) + self.applog(tt, rid, 'WARN', self.retry_msg(0)), False))
        if not errored and rnd() < 0.55:
            tt2 = t + int(d * 1000 * (0.3 + 0.6 * rnd()))
            out.append((tt2, P(tt2, stream) + self.applog(tt2, rid, 'INFO', r.choice([
                'Upserted %s %s' % (self.ent, rec), 'Published %sUpdated event for %s' % (self.Ent, rec),
                'Skipping %s %s: already processed' % (self.ent, rec), 'Fetched %d rows in %d ms' % (r.randint(1, 200), r.randint(2, 80))])), False))
        if not errored and rnd() < 0.01:
            tt2 = t + int(d * 500)
            out.append((tt2, P(tt2, stream) + self.applog(tt2, rid, 'WARN', 'Record %s failed schema validation: missing field "%s", sending to DLQ' % (rec, r.choice(['amount', 'email', 'sku', 'timestamp']))), False))
        te = t + int(d * 1000) + 1000
        used = self.base_mem + r.randint(-3, 6)
        if killed:
            d = r.uniform(800, 5000)
            te = t + int(d * 1000)
            used = self.mem
            out.append((te, P(te, stream) + 'RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError' % rid, True))
        out.append((te, P(te, stream) + 'END RequestId: %s' % rid, killed))
        rep = 'REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t' % (
            rid, d, int(math.ceil(d)), self.mem, used)
        if cold:
            rep += 'Init Duration: %.2f ms\t' % init
        te2 = te + 500 + int(rnd() * 2000)
        out.append((te2, P(te2, stream) + rep, killed))
        for x in out:
            self.recs.append((x[0], x[1], None, tag if x[2] else None))
        return te2

    def retry_msg(self, i):
        return 'Throttled by %s (429 Too Many Requests), retrying in %dms' % (self.peer, 100 * 2 ** min(i, 4))

    def inject(self, inc):
        if inc.kind == 'oom_kill':
            r = self.r
            n = inc.p.get('n', 1)
            t = inc.s
            for i in range(n):
                self.invoke(t, self.stream(), True, force=inc)
                t += r.randint(5, 60) * US
