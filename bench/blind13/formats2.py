"""More blind13 formats: API edge, identity, home network, security."""
import json
from fmtbase import MON, DOW, US, ip, hx, uuid, fmt_dur_go, go_panic, go_oom, java_trace
from formats import Fmt

PATHS = ['/api/v1/users', '/api/v1/orders', '/api/v1/orders/%d', '/api/v2/catalog/items', '/api/v1/auth/token', '/healthz', '/api/v1/cart/%d', '/static/app.%s.js']
UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'okhttp/4.12.0', 'curl/8.4.0', 'python-requests/2.31.0', 'Go-http-client/1.1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1']


def path(r):
    p = r.choice(PATHS)
    if '%d' in p:
        return p % r.randint(1, 99999)
    if '%s' in p:
        return p % hx(r, 8)
    return p


def meth(r):
    x = r.random()
    return 'GET' if x < 0.7 else 'POST' if x < 0.9 else 'PUT' if x < 0.96 else 'DELETE'


# ======================================================================= Apache Traffic Server
class AtsDiags(Fmt):
    fname = 'diags.log'
    res = 3
    weight = 0.35

    def ln(self, t, lvl, msg, th=None):
        g = self.c.tm(t)
        L = {'info': 'NOTE', 'notice': 'NOTE', 'warn': 'WARNING', 'error': 'ERROR', 'crit': 'FATAL', 'debug': 'DIAG'}[lvl]
        if self.year >= 2020:
            th = th or '[ET_NET %d]' % self.r.randint(0, 7)
            return '[%s %2d %02d:%02d:%02d.%03d] %s %s: %s' % (MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, th, L, msg)
        return '[%s %2d %02d:%02d:%02d.%03d] Server {0x2b%010x} %s: %s' % (MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, self.r.getrandbits(40), L, msg)

    INFO = [
        lambda s: 'cache: clearing %d stale objects' % s.r.randint(1, 300),
        lambda s: ('debug', '(http_seq) [HttpSM::state_cache_open_read] [%d] [HIT]' % s.r.randint(1, 900000)),
        lambda s: 'logging collation: rolled /var/log/trafficserver/squid.log' if s.r.random() < 0.1 else 'stats: %d transactions in the last minute' % s.r.randint(100, 9000),
    ]
    WARN = [
        lambda s: 'Connection leak from http keep-alive system',
        lambda s: 'SSL connection failed for \'%s\': error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown' % ip(s.r, 'pub'),
    ]
    ERR = [
        lambda s: '[HttpSM.cc:%d] HttpSM::state_send_server_request_header: connection to origin %s:443 failed: Connection refused' % (s.r.randint(4000, 5000), ip(s.r)),
        lambda s: 'CONNECT: could not connect to %s for \'https://origin.example.com/\' (setting last failure time) connect_result=111' % ip(s.r),
    ]
    NEW = [lambda s: 'failed to load ssl multi-certificate configuration from /etc/trafficserver/ssl_multicert.config: certificate chain verification failed']

    def retry(self, t):
        return self.ln(t, 'warn', 'CONNECT: attempt %d to origin %s:443 timed out, retrying' % (self.r.randint(1, 6), ip(self.r)))

    def disk(self, t):
        return self.ln(t, 'warn', 'cache disk operation failed WRITE -1 28', '[ET_AIO %d:%d]' % (self.r.randint(0, 3), self.r.randint(0, 8)))

    def panic(self, t):
        r = self.r
        return [(0, self.ln(t, 'crit', '%s/proxy/http/HttpSM.cc:%d: failed assertion `t_state.http_config_param`' % ('../../../..' if self.year < 2020 else '/build/trafficserver', r.randint(1000, 9000)))),
                (0, 'traffic_server: received signal 6 (Aborted)\ntraffic_server - STACK TRACE: \n/usr/bin/traffic_server(_Z19crash_logger_invokeiP9siginfo_tPv+0x%x)[0x%x]\n/lib/x86_64-linux-gnu/libc.so.6(+0x42520)[0x7f%010x]\n/usr/bin/traffic_server(_ZN6HttpSM17state_api_calloutEiPv+0x%x)[0x%x]' % (r.randint(0x80, 0x200), r.randint(0x500000, 0x900000), r.getrandbits(40), r.randint(0x80, 0x900), r.randint(0x500000, 0x900000)))] + self.start(t, r.randint(3, 10) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'traffic server received signal 15, shutting down', '[TS_MAIN]'))]

    def start(self, t, d=0):
        v = '9.2.%d' % self.r.randint(0, 4) if self.year >= 2020 else '8.0.%d' % self.r.randint(1, 8)
        return [(d, self.ln(t + d, 'info', '--- traffic_server Starting ---', '[TS_MAIN]')),
                (d + 1000, self.ln(t + d, 'info', 'traffic_server Version: Apache Traffic Server - traffic_server - %s - (build # %d on Jan  9 2024 at 10:00:00)' % (v, self.r.randint(1000, 9999)), '[TS_MAIN]')),
                (d + 900000, self.ln(t + d, 'info', 'traffic server running', '[ET_TASK 0]'))]


class AtsSquid(Fmt):
    fname = 'squid.log'
    res = 3
    weight = 1.6
    acc = dur = True
    p_acc = 1.0
    can = ('traffic_flood', 'silence')
    restartable = False

    def setup(self):
        self.clients = [ip(self.r) for _ in range(40)]

    def access(self, t, st, d):
        r = self.r
        hit = r.random() < 0.55 and st in (200, 304)
        code = ('TCP_HIT' if r.random() < 0.7 else 'TCP_MEM_HIT') if hit else ('TCP_MISS' if st != 304 else 'TCP_IMS_HIT')
        if st >= 500:
            code = 'ERR_CONNECT_FAIL' if st == 502 else 'TCP_MISS'
        ms = int(d * 1000) if not hit else int(d * 60)
        sz = r.randint(200, 90000) if st == 200 else r.randint(0, 400)
        hier = 'NONE/-' if hit else 'DIRECT/%s' % ip(r)
        ct = r.choice(['text/html', 'application/json', 'image/png', 'application/javascript'])
        return '%d.%03d %5d %s %s/%03d %d %s http://cdn.example.com%s - %s %s' % (t // US, (t % US) // 1000, ms, r.choice(self.clients), code, st, sz, meth(r) if not hit else 'GET', path(r), hier, ct)

    def info(self, t):
        st, d = self.req()
        return self.access(t, st, d)

    def err(self, t, k=None):
        return self.access(t, self.r.choice([500, 502, 503]), self.req()[1])

    def warn(self, t):
        return self.access(t, self.r.choice([404, 403, 429]), self.req()[1])

    def retry_ok(self, t):
        return []


# ======================================================================= API gateways
class KrakenD(Fmt):
    fname = 'krakend.log'
    res = 3
    weight = 1.5
    acc = dur = True
    p_acc = 0.9

    def ln(self, t, lvl, msg):
        g = self.c.tm(t)
        L = {'info': 'INFO', 'notice': 'INFO', 'warn': 'WARNING', 'error': 'ERROR', 'crit': 'CRITICAL', 'debug': 'DEBUG'}[lvl]
        return '%s %04d/%02d/%02d - %02d:%02d:%02d.%03d \u25b6 %s %s' % ('[KRAKEND]' if self.year < 2022 else '[KRAKEND]', g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, L.ljust(7) if self.year >= 2021 else L, msg)

    def access(self, t, st, d):
        r = self.r
        g = self.c.tm(t)
        p = path(r)
        return '[GIN] %04d/%02d/%02d - %02d:%02d:%02d | %3d | %13s | %15s | %-7s "%s"' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, st, fmt_dur_go(d), ip(r, 'pub'), meth(r), p)

    def info(self, t):
        return self.ln(t, 'debug', '[SERVICE: Gin] Serving request to %s' % path(self.r))

    WARN = [lambda s: '[ENDPOINT: /api/v1/orders] Error #01: context deadline exceeded',
            lambda s: '[BACKEND: /orders] Circuit breaker \'orders\' state changed from closed to half-open']
    ERR = [lambda s: '[ENDPOINT: /api/v1/users] Error #01: Get "http://users-svc:8080/users": dial tcp %s:8080: connect: connection refused' % ip(s.r, '172'),
           lambda s: '[ENDPOINT: /api/v2/catalog/items] invalid status code']
    NEW = [lambda s: '[ENDPOINT: /api/v1/auth/token] Error #01: JWK client error: unable to fetch keys from https://id.example.com/.well-known/jwks.json: x509: certificate signed by unknown authority']

    def retry(self, t):
        return self.ln(t, 'error', '[ENDPOINT: /api/v1/orders] Error #01: Get "http://orders-svc:8080/orders": context deadline exceeded (Client.Timeout exceeded while awaiting headers)')

    def panic(self, t):
        r = self.r
        g = self.c.tm(t)
        return [(0, '%04d/%02d/%02d %02d:%02d:%02d [Recovery] %04d/%02d/%02d - %02d:%02d:%02d panic recovered:\nruntime error: invalid memory address or nil pointer dereference\n/usr/local/go/src/runtime/panic.go:261 (0x%x)\n\tpanicmem: panic(memoryError)\n/go/src/github.com/krakendio/krakend-ce/handler.go:%d (0x%x)' % ((g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec) * 2 + (r.randint(0x400000, 0x500000), r.randint(40, 300), r.randint(0x900000, 0xa00000)))),
                (1000, self.access(t, 500, r.uniform(0.001, 0.01)))]

    def stop(self, t):
        return [(0, self.ln(t, 'info', '[SERVICE: Gin] Shutting down the server')), (100000, self.ln(t, 'info', 'KrakenD stopped'))]

    def start(self, t, d=0):
        v = '2.%d.%d' % (min(9, max(0, self.year - 2020)), self.r.randint(0, 3))
        return [(d, self.ln(t + d, 'info', 'Starting KrakenD v%s' % v)),
                (d + 1000, self.ln(t + d, 'info', 'Working directory is /etc/krakend')),
                (d + 30000, self.ln(t + d, 'info', '[SERVICE: Gin] Listening on port: 8080'))]


class Tyk(Fmt):
    fname = 'tyk.log'
    res = 0
    weight = 0.6

    def ln(self, t, lvl, msg, prefix='main', extra=''):
        g = self.c.tm(t)
        L = {'info': 'info', 'notice': 'info', 'warn': 'warning', 'error': 'error', 'crit': 'fatal', 'debug': 'debug'}[lvl]
        if self.year >= 2022:
            ts = '%04d-%02d-%02dT%02d:%02d:%02d%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, self.c.offstr(True, True))
        else:
            ts = '%s %02d %02d:%02d:%02d' % (MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
        m = msg if (' ' not in msg and '"' not in msg and msg) else json.dumps(msg)
        return 'time="%s" level=%s msg=%s%s prefix=%s' % (ts, L, m, extra, prefix)

    INFO = [
        lambda s: ('Loading API Specification from /opt/tyk-gateway/apps/%s.json' % s.r.choice(['orders', 'users', 'catalog'])),
        lambda s: 'Started api_id=%s org_id=%s api_name="%s"' % (hx(s.r, 32), hx(s.r, 24), s.r.choice(['Orders API', 'Users API'])),
        lambda s: 'Reload URL Structure - Scheduling',
        lambda s: 'Initialised API Definitions',
    ]
    WARN = [lambda s: 'Attempted access with non-existent key.',
            lambda s: 'Key not authorized: Quota exceeded']
    ERR = [lambda s: 'Upstream request failed: dial tcp %s:8080: connect: connection refused' % ip(s.r, '172'),
           lambda s: 'Key not authorized: no matching policy found']
    NEW = [lambda s: 'Couldn\'t fetch policy list: json: cannot unmarshal string into Go struct field Policy.Message.access_rights of type map[string]user.AccessDefinition']

    def info(self, t):
        lvl, m = self._pick(self.INFO)
        return self.ln(t, 'info', m, self.r.choice(['main', 'gateway', 'policy', 'pub-sub']))

    def retry(self, t):
        return self.ln(t, 'error', 'Connection to Redis failed, reconnect in 10s', 'pub-sub', ' err="dial tcp %s:6379: connect: connection refused"' % ip(self.r, '172'))

    def panic(self, t):
        r = self.r
        return [(0, go_panic(r, 'assignment to entry in nil map', [('github.com/TykTechnologies/tyk/gateway.(*Gateway).loadApps', '/go/src/github.com/TykTechnologies/tyk/gateway/api_loader.go'), ('github.com/TykTechnologies/tyk/gateway.(*Gateway).DoReload', '/go/src/github.com/TykTechnologies/tyk/gateway/server.go')], sig=False))] + self.start(t, r.randint(3, 10) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Stop signal received.', 'main')), (200000, self.ln(t, 'info', 'Terminated all ongoing requests.', 'main')), (300000, self.ln(t, 'info', 'Stopped gracefully.', 'main'))]

    def start(self, t, d=0):
        v = 'v5.%d.%d' % (self.r.randint(0, 3), self.r.randint(0, 9)) if self.year >= 2023 else 'v4.%d.%d' % (self.r.randint(0, 3), self.r.randint(0, 9)) if self.year >= 2022 else 'v3.%d.%d' % (self.r.randint(0, 2), self.r.randint(0, 9))
        return [(d, self.ln(t + d, 'info', 'Tyk API Gateway %s' % v, 'main')),
                (d + 1000, self.ln(t + d, 'info', 'Starting Poller', 'dashboard')),
                (d + 2000, self.ln(t + d, 'info', 'Gateway started', 'main'))]


class ApisixAccess(Fmt):
    fname = 'access.log'
    res = 0
    weight = 1.6
    acc = dur = True
    p_acc = 1.0
    can = ('traffic_flood', 'silence')
    restartable = False

    def setup(self):
        self.up = [ip(self.r, '172') + ':8080' for _ in range(4)]

    def access(self, t, st, d):
        r = self.r
        g = self.c.tm(t)
        p = path(r)
        ud = max(0.0, d - r.uniform(0, 0.002))
        ups = st
        if st == 504:
            ud = d
        uaddr = r.choice(self.up)
        return '%s - - [%02d/%s/%04d:%02d:%02d:%02d %s] api.example.com "%s %s HTTP/1.1" %d %d %.3f "-" "%s" %s %d %.3f "http://api.example.com%s"' % (
            ip(r, 'pub'), g.tm_mday, MON[g.tm_mon - 1], g.tm_year, g.tm_hour, g.tm_min, g.tm_sec, self.c.offstr(False), meth(r), p, st,
            r.randint(0, 9000), d, r.choice(UAS), uaddr, ups, ud, p)

    def info(self, t):
        st, d = self.req()
        return self.access(t, st, d)

    def err(self, t, k=None):
        return self.access(t, self.r.choice([500, 502, 503]), self.req()[1])

    def warn(self, t):
        return self.access(t, self.r.choice([404, 403, 429]), self.req()[1])

    def retry_ok(self, t):
        return []


class ApisixError(Fmt):
    fname = 'error.log'
    res = 0
    weight = 0.4

    def ln(self, t, lvl, msg):
        g = self.c.tm(t)
        L = {'info': 'info', 'notice': 'notice', 'warn': 'warn', 'error': 'error', 'crit': 'crit', 'debug': 'debug'}[lvl]
        w = self.r.randint(40, 60)
        return '%04d/%02d/%02d %02d:%02d:%02d [%s] %d#%d: %s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, L, w, w, msg)

    def cx(self):
        return '*%d ' % self.r.randint(1000, 9999999)

    def ctx(self):
        return ', client: %s, server: _, request: "GET %s HTTP/1.1", host: "api.example.com"' % (ip(self.r, 'pub'), path(self.r))

    INFO = [
        lambda s: ('notice', '%s[lua] config_etcd.lua:%d: sync_data(): waitdir key: /apisix/routes prev_index: %d, context: ngx.timer' % (s.cx(), s.r.randint(400, 700), s.r.randint(1000, 90000))),
        lambda s: ('info', '%s[lua] healthcheck.lua:%d: log(): [healthcheck] (upstream#/apisix/upstreams/1) healthy SUCCESS increment (1/2) for \'%s(%s:8080)\', context: ngx.timer' % (s.cx(), s.r.randint(1100, 1200), ip(s.r, '172'), ip(s.r, '172'))),
        lambda s: ('warn', '%s[lua] plugin.lua:%d: load(): new plugins: {"limit-count":true,"jwt-auth":true,"prometheus":true}, context: init_worker_by_lua*' % (s.cx(), s.r.randint(200, 300))),
    ]
    WARN = [lambda s: '%s[lua] limit-req.lua:%d: phase_func(): limit req rejected%s' % (s.cx(), s.r.randint(100, 200), s.ctx()),
            lambda s: '%sa client request body is buffered to a temporary file /usr/local/apisix/client_body_temp/00000%05d%s' % (s.cx(), s.r.randint(1, 99999), s.ctx())]
    ERR = [lambda s: '%sconnect() failed (111: Connection refused) while connecting to upstream%s, upstream: "http://%s:8080%s"' % (s.cx(), s.ctx(), ip(s.r, '172'), path(s.r)),
           lambda s: '%supstream timed out (110: Connection timed out) while reading response header from upstream%s, upstream: "http://%s:8080/"' % (s.cx(), s.ctx(), ip(s.r, '172'))]
    NEW = [lambda s: '%s[lua] jwt-auth.lua:%d: phase_func(): failed to verify jwt: invalid jwt string%s' % (s.cx(), s.r.randint(300, 420), s.ctx())]

    def retry(self, t):
        return self.ln(t, 'warn', '%s[lua] config_etcd.lua:%d: sync_data(): failed to fetch data from etcd: timeout, etcd key: /apisix/upstreams, context: ngx.timer' % (self.cx(), self.r.randint(600, 700)))

    def disk(self, t):
        return self.ln(t, 'crit', '%spwrite() "/usr/local/apisix/proxy_temp/%d/%02d/00000%05d" failed (28: No space left on device) while reading upstream%s' % (self.cx(), self.r.randint(0, 9), self.r.randint(0, 99), self.r.randint(1, 99999), self.ctx()))

    def panic(self, t):
        r = self.r
        return [(0, self.ln(t, 'alert', 'worker process %d exited on signal 11 (core dumped)' % r.randint(40, 60)) if False else self.ln(t, 'crit', '%s[lua] init.lua:%d: lua entry thread aborted: runtime error: /usr/local/apisix/apisix/balancer.lua:%d: attempt to index local \'server\' (a nil value)\nstack traceback:\ncoroutine 0:\n\t/usr/local/apisix/apisix/balancer.lua: in function \'pick_server\'\n\t/usr/local/apisix/apisix/init.lua:%d: in function \'http_access_phase\'\n\taccess_by_lua(nginx.conf:%d):2: in main chunk%s' % (self.cx(), r.randint(500, 900), r.randint(200, 400), r.randint(500, 900), r.randint(200, 400), self.ctx())))]

    def stop(self, t):
        return [(0, self.ln(t, 'notice', '1#1: signal 3 (SIGQUIT) received from %d, shutting down' % self.r.randint(100, 200))), (500000, self.ln(t, 'notice', '1#1: exit'))]

    def start(self, t, d=0):
        return [(d, self.ln(t + d, 'notice', '1#1: using the "epoll" event method')),
                (d + 100, self.ln(t + d, 'notice', '1#1: openresty/1.21.4.%d' % self.r.randint(1, 3))),
                (d + 200, self.ln(t + d, 'notice', '1#1: start worker processes'))]


# ======================================================================= mesh / rpc
class Linkerd(Fmt):
    fname = 'linkerd-proxy.log'
    res = 6
    weight = 0.8
    restartable = False
    can = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')

    def ln(self, t, lvl, msg, tgt='linkerd_app_core::serve', span=''):
        up = t - self.sc.t0_us + self.boot
        L = {'info': ' INFO', 'notice': ' INFO', 'warn': ' WARN', 'error': 'ERROR', 'crit': 'ERROR', 'debug': 'DEBUG'}[lvl]
        return '[%*d.%06ds] %s ThreadId(%02d) %s%s: %s' % (6, up // US, up % US, L, self.r.randint(1, 2), span, tgt, msg)

    def setup(self):
        self.boot = self.r.randint(1000, 9000)

    def sp(self):
        r = self.r
        return 'outbound:proxy{addr=%s:8080}:service{ns=default name=%s port=8080}:endpoint{addr=%s:8080}:' % (ip(r, '172'), r.choice(['orders', 'users', 'catalog']), ip(r))

    def info(self, t):
        r = self.r
        k = r.randint(0, 2)
        if k == 0:
            return self.ln(t, 'info', 'Connection closed error=connection closed before message completed client.addr=%s:%d' % (ip(r), r.randint(30000, 60000)), 'linkerd_app_core::serve', 'inbound:server{port=8080}:')
        if k == 1:
            return self.ln(t, 'debug', 'Handling request method=GET uri=http://%s:8080%s' % (ip(r, '172'), path(r)), 'linkerd_proxy_http::client', self.sp())
        return self.ln(t, 'info', 'Connected remote.addr=%s:8080' % ip(r), 'linkerd_reconnect', self.sp())

    def warn(self, t):
        return self.ln(t, 'warn', 'Service failed error=logical service %s:8080: service unavailable' % ip(self.r, '172'), 'linkerd_app_outbound::http::server', 'outbound:proxy{addr=%s:8080}:rescue{client.addr=%s:%d}:' % (ip(self.r, '172'), ip(self.r), self.r.randint(30000, 60000)))

    def err(self, t, k=None):
        k = self.r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'warn', 'Failed to connect error=Connection refused (os error 111)', 'linkerd_reconnect', self.sp())
        return self.ln(t, 'info', 'Request failed error=endpoint %s:8080: connection reset by peer' % ip(self.r), 'linkerd_app_core::errors::respond', 'inbound:server{port=8080}:rescue{client.addr=%s:%d}:' % (ip(self.r), self.r.randint(30000, 60000)))

    def newerr(self, t, k=0):
        return self.ln(t, 'warn', 'Failed to connect error=received corrupt message of type InvalidContentType', 'linkerd_reconnect', self.sp())

    def retry(self, t):
        return self.ln(t, 'warn', 'Failed to connect error=connect timed out after 1s', 'linkerd_reconnect', self.sp())

    def hb(self, t):
        return self.ln(t, 'info', 'Connected remote.addr=%s:8080' % ip(self.r), 'linkerd_reconnect', self.sp())


class GrpcGo(Fmt):
    fname = 'grpc-server.log'
    res = 0
    weight = 0.5

    def ln(self, t, lvl, msg):
        g = self.c.tm(t)
        L = {'info': 'INFO', 'notice': 'INFO', 'warn': 'WARNING', 'error': 'ERROR', 'crit': 'FATAL', 'debug': 'INFO'}[lvl]
        d = '%04d/%02d/%02d %02d:%02d:%02d' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
        if self.year >= 2023:
            return '%s %s: %s' % (d, L, msg)
        return '%s: %s %s' % (L, d, msg)

    def ch(self):
        return '[Channel #%d SubChannel #%d] ' % (self.r.randint(1, 9), self.r.randint(2, 40)) if self.year >= 2023 else ''

    INFO = [
        lambda s: '[core] %sSubchannel Connectivity change to %s' % (s.ch(), s.r.choice(['CONNECTING', 'READY', 'IDLE'])),
        lambda s: '[core] %sSubchannel picks a new address "%s:50051" to connect' % (s.ch(), ip(s.r, '172')),
        lambda s: '[transport] [server-transport 0xc000%06x] Closing: EOF' % s.r.getrandbits(24),
        lambda s: '[core] [Server #%d ListenSocket #%d] ListenSocket created' % (s.r.randint(1, 3), s.r.randint(1, 9)) if s.r.random() < 0.05 else '[core] [Channel #%d] Channel Connectivity change to READY' % s.r.randint(1, 9),
    ]
    WARN = [lambda s: '[transport] transport: http2Server.HandleStreams failed to read frame: read tcp %s:50051->%s:%d: read: connection reset by peer' % (ip(s.r), ip(s.r), s.r.randint(30000, 60000))]
    ERR = [lambda s: ('warn', '[core] %sgrpc: addrConn.createTransport failed to connect to {Addr: "%s:50051", ServerName: "%s:50051", }. Err: connection error: desc = "transport: Error while dialing: dial tcp %s:50051: connect: connection refused"' % ((s.ch(),) + (ip(s.r, '172'),) * 3)),
           lambda s: '[transport] transport: loopyWriter exiting with error: transport closed by client']
    NEW = [lambda s: ('warn', '[core] %sgrpc: addrConn.createTransport failed to connect to {Addr: "payments:50051", ServerName: "payments:50051", }. Err: connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate has expired or is not yet valid"' % s.ch())]

    def retry(self, t):
        return self.ln(t, 'warn', '[core] %sgrpc: addrConn.createTransport failed to connect to {Addr: "inventory:50051", ServerName: "inventory:50051", }. Err: connection error: desc = "transport: Error while dialing: dial tcp: i/o timeout"' % self.ch())

    def oom(self, t):
        r = self.r
        return [(0, go_oom(r, [('google.golang.org/grpc.(*Server).handleStream', '/go/pkg/mod/google.golang.org/grpc@v1.%d.0/server.go' % r.randint(50, 62))]))] + self.start(t, r.randint(3, 10) * US)

    def panic(self, t):
        r = self.r
        return [(0, go_panic(r, 'runtime error: invalid memory address or nil pointer dereference', [('main.(*orderServer).GetOrder', '/src/cmd/server/orders.go'), ('google.golang.org/grpc.(*Server).processUnaryRPC', '/go/pkg/mod/google.golang.org/grpc@v1.%d.0/server.go' % r.randint(50, 62))]))] + self.start(t, r.randint(3, 10) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', '[core] [Server #1] Server created' if False else '[core] [Server #1 ListenSocket #2] ListenSocket deleted'))]

    def start(self, t, d=0):
        return [(d, self.ln(t + d, 'info', '[core] [Server #1] Server created')),
                (d + 1000, self.ln(t + d, 'info', '[core] [Server #1 ListenSocket #2] ListenSocket created'))]


# ======================================================================= identity
class OAuth2Proxy(Fmt):
    fname = 'oauth2-proxy.log'
    res = 0
    weight = 1.3
    acc = dur = True
    p_acc = 0.85

    def ts(self, t):
        g = self.c.tm(t)
        return '%04d/%02d/%02d %02d:%02d:%02d' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)

    def ln(self, t, lvl, msg):
        return '[%s] [%s] %s' % (self.ts(t), self.r.choice(['oauthproxy.go:%d' % self.r.randint(800, 1100), 'proxy.go:%d' % self.r.randint(70, 90)]) if lvl != 'info' else 'oauthproxy.go:%d' % self.r.randint(800, 1100), msg)

    def setup(self):
        self.users = ['%s@example.com' % n for n in ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi']]

    def access(self, t, st, d):
        r = self.r
        u = r.choice(self.users) if st not in (401, 403) else ''
        p = r.choice(['/oauth2/auth', '/oauth2/auth', '/', '/dashboard', '/api/metrics', '/oauth2/callback?code=%s&state=%s' % (hx(r, 20), hx(r, 16))])
        return '%s - %s - %s [%s] %s %s %s "%s" %s "%s" %d %d %.3f' % (ip(r, '192'), uuid(r), u or '-', self.ts(t), 'app.example.com', meth(r) if p != '/oauth2/auth' else 'GET', '-', p, 'HTTP/1.1', r.choice(UAS), st if not (p == '/oauth2/auth' and st == 200) else 202, r.randint(0, 5000), d)

    def info(self, t):
        r = self.r
        return '%s - %s - %s [%s] [AuthSuccess] Authenticated via OAuth2: Session{email:%s user:%s PreferredUsername: token:true id_token:true created:%s expires:%s refresh_token:true}' % (ip(r, '192'), uuid(r), r.choice(self.users), self.ts(t), r.choice(self.users), hx(r, 20), '2024-01-01', '2024-01-01')

    WARN = [lambda s: 'Error loading cookied session: cookie "_oauth2_proxy" not present, removing session',
            lambda s: 'WARNING: Multiple cookies are required for this session as it exceeds the 4kb cookie limit. Please use server side session storage (eg. Redis) instead.']
    ERR = [lambda s: 'Error redeeming code during OAuth2 callback: token exchange failed: oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_grant","error_description":"Invalid code"}',
           lambda s: 'Error creating session during OAuth2 callback: id_token verification failed: oidc: token is expired (Token Expiry: %s)' % s.ts(s.r.randint(1, 9))]
    NEW = [lambda s: 'Error loading cookied session: unable to obtain CSRF cookie: error decrypting CSRF cookie: cipher: message authentication failed']

    def retry(self, t):
        return self.ln(t, 'error', 'Error validating session: failed to refresh token: Post "https://id.example.com/dex/token": dial tcp %s:443: i/o timeout' % ip(self.r, '172'))

    def stop(self, t):
        return [(0, self.ln(t, 'warn', 'Shutting down HTTP server'))]

    def start(self, t, d=0):
        return [(d, '[%s] [main.go:54] oauth2-proxy v7.%d.%d (built with go1.%d.%d)' % (self.ts(t + d), self.r.randint(3, 6), self.r.randint(0, 1), self.r.randint(19, 21), self.r.randint(1, 9))),
                (d + 1000, '[%s] [oauthproxy.go:166] OAuthProxy configured for OpenID Connect Client ID: app-proxy' % self.ts(t + d)),
                (d + 2000, '[%s] [proxy.go:89] mapping path "/" => upstream "http://app:8080/"' % self.ts(t + d)),
                (d + 3000, '[%s] [listener.go:94] Listening on 0.0.0.0:4180' % self.ts(t + d))]

    def panic(self, t):
        r = self.r
        return [(0, go_panic(r, 'runtime error: invalid memory address or nil pointer dereference', [('github.com/oauth2-proxy/oauth2-proxy/v7/providers.(*OIDCProvider).RefreshSession', '/go/src/github.com/oauth2-proxy/oauth2-proxy/providers/oidc.go')]))] + self.start(t, r.randint(2, 8) * US)


class Authelia(Fmt):
    fname = 'authelia.log'
    res = 0
    weight = 0.6

    def ln(self, t, lvl, msg, extra=''):
        g = self.c.tm(t)
        L = {'info': 'info', 'notice': 'info', 'warn': 'warning', 'error': 'error', 'crit': 'fatal', 'debug': 'debug'}[lvl]
        return 'time="%04d-%02d-%02dT%02d:%02d:%02d%s" level=%s msg="%s"%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, self.c.offstr(True, True), L, msg.replace('"', '\\"'), extra)

    def rq(self, m='GET', p='/api/verify'):
        return ' method=%s path=%s remote_ip=%s' % (m, p, ip(self.r, '192'))

    def info(self, t):
        r = self.r
        k = r.randint(0, 2)
        if k == 0:
            return self.ln(t, 'debug', 'Check authorization of subject username=%s groups=admins,dev ip=%s and object https://%s.example.com/ (method GET)' % (r.choice(['alice', 'bob', 'carol']), ip(r, '192'), r.choice(['grafana', 'git', 'nas'])))
        if k == 1:
            return self.ln(t, 'debug', 'Mapping %s to %s policy' % (r.choice(['grafana', 'git']), r.choice(['one_factor', 'two_factor'])))
        return self.ln(t, 'info', 'Successful 2FA authentication', self.rq('POST', '/api/secondfactor/totp') + ' username=%s' % r.choice(['alice', 'bob', 'carol']))

    def warn(self, t):
        return self.ln(t, 'warn', 'Request timeout occurred while handling request from client.', self.rq())

    def err(self, t, k=None):
        r = self.r
        k = r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'error', 'Unsuccessful 1FA authentication attempt by user \'%s\'' % r.choice(['admin', 'root', 'alice', 'test']), ' error="authentication failed"' + self.rq('POST', '/api/firstfactor') + ' stack="github.com/authelia/authelia/v4/internal/handlers/handler_firstfactor.go:%d FirstFactorPost.func1"' % r.randint(60, 120))
        return self.ln(t, 'error', 'Error occurred validating a TOTP authentication for %s: the code is not valid' % r.choice(['alice', 'bob']), self.rq('POST', '/api/secondfactor/totp'))

    def newerr(self, t, k=0):
        return self.ln(t, 'error', 'Error occurred getting user details', ' error="LDAP Result Code 49 \\"Invalid Credentials\\": 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v2580"' + self.rq('POST', '/api/firstfactor'))

    def retry(self, t):
        return self.ln(t, 'error', 'Unable to connect to redis', ' error="dial tcp %s:6379: connect: connection refused" provider=redis' % ip(self.r, '172'))

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Shutting down server'))]

    def panic(self, t):
        r = self.r
        return [(0, go_panic(r, 'runtime error: invalid memory address or nil pointer dereference', [('github.com/authelia/authelia/v4/internal/session.(*Session).GetSession', '/github.com/authelia/authelia/internal/session/session.go'), ('github.com/authelia/authelia/v4/internal/handlers.handleVerifyGETAuthzHeader', '/github.com/authelia/authelia/internal/handlers/handler_verify.go')]))] + self.start(t, r.randint(3, 10) * US)

    def start(self, t, d=0):
        v = 'v4.%d.%d' % (min(38, 30 + max(0, self.year - 2021) * 2), self.r.randint(0, 8))
        return [(d, self.ln(t + d, 'info', 'Authelia %s is starting' % v)),
                (d + 100000, self.ln(t + d, 'info', 'Initializing server for non-TLS connections on \'[::]:9091\' path \'/\''))]


class Dex(Fmt):
    fname = 'dex.log'
    res = 3
    weight = 0.5

    def ln(self, t, lvl, msg, extra=''):
        g = self.c.tm(t, False)
        if self.year >= 2024:
            L = {'info': 'INFO', 'notice': 'INFO', 'warn': 'WARN', 'error': 'ERROR', 'crit': 'ERROR', 'debug': 'DEBUG'}[lvl]
            m = msg if (' ' not in msg and '"' not in msg) else json.dumps(msg)
            return 'time=%04d-%02d-%02dT%02d:%02d:%02d.%03dZ level=%s msg=%s%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, L, m, extra)
        L = {'info': 'info', 'notice': 'info', 'warn': 'warning', 'error': 'error', 'crit': 'fatal', 'debug': 'debug'}[lvl]
        return 'time="%04d-%02d-%02dT%02d:%02d:%02dZ" level=%s msg="%s"%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, L, msg.replace('"', '\\"'), extra)

    def rid(self):
        return ' request_id=%s' % uuid(self.r) if self.year >= 2023 else ''

    def info(self, t):
        r = self.r
        k = r.randint(0, 2)
        if k == 0:
            return self.ln(t, 'info', 'login successful: connector "%s", username="%s", preferred_username="", email="%s@example.com", groups=[%s]' % (r.choice(['github', 'ldap']), r.choice(['alice', 'bob', 'carol']), r.choice(['alice', 'bob']), 'dev ops'), self.rid())
        if k == 1:
            return self.ln(t, 'info', 'keys expired, rotating')
        return self.ln(t, 'info', 'keys rotated, next rotation: %04d-%02d-%02d %02d:00:00 +0000 UTC' % (self.year, 1 + r.randint(0, 11), r.randint(1, 28), r.randint(0, 23)))

    def warn(self, t):
        return self.ln(t, 'warn', 'failed to get auth request: not found', self.rid())

    def err(self, t, k=None):
        k = self.r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'error', 'failed to authenticate: ldap: invalid password for user "%s"' % self.r.choice(['alice', 'bob', 'svc-backup']), self.rid())
        return self.ln(t, 'error', 'Invalid \'state\' parameter provided: not found', self.rid())

    def newerr(self, t, k=0):
        return self.ln(t, 'error', 'failed to get keys: get keys: pq: canceling statement due to statement timeout', self.rid())

    def retry(self, t):
        return self.ln(t, 'error', 'failed to connect to postgres, retrying: dial tcp %s:5432: connect: connection refused' % ip(self.r, '172'))

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'shutting down'))]

    def panic(self, t):
        r = self.r
        return [(0, go_panic(r, 'runtime error: invalid memory address or nil pointer dereference', [('github.com/dexidp/dex/connector/ldap.(*ldapConnector).Login', '/go/src/github.com/dexidp/dex/connector/ldap/ldap.go'), ('github.com/dexidp/dex/server.(*Server).handlePasswordLogin', '/go/src/github.com/dexidp/dex/server/handlers.go')]))] + self.start(t, r.randint(3, 10) * US)

    def start(self, t, d=0):
        return [(d, self.ln(t + d, 'info', 'Dex Version: v2.%d.%d, Go Version: go1.%d, Go OS/ARCH: linux amd64' % (min(41, 20 + (self.year - 2018) * 3), self.r.randint(0, 1), 10 + self.year - 2018))),
                (d + 1000, self.ln(t + d, 'info', 'config issuer: https://id.example.com/dex')),
                (d + 40000, self.ln(t + d, 'info', 'listening (http) on 0.0.0.0:5556'))]
