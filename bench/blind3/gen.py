#!/usr/bin/env python3
"""blind3: self-contained synthetic production-log generator with ground truth.

Usage: python3 gen.py OUTDIR SEED

Writes OUTDIR/s01 .. OUTDIR/s10, each holding 3-6 log files of one imagined
system plus truth.json.  Python 3 standard library only; deterministic per SEED.
"""
import bisect
import json
import math
import os
import random
import sys
import time

US = 1000000
MIN = 60 * US
HOUR = 60 * MIN

KINDS = ('error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill',
         'new_error', 'disk_full', 'panic', 'http_5xx', 'traffic_flood')


def R(*parts):
    return random.Random('blind3|' + '|'.join(str(p) for p in parts))


# ---------------------------------------------------------------- time helpers
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
WDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def offc(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d:%02d' % (s, m // 60, m % 60)


def offp(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (s, m // 60, m % 60)


class Clock:
    """Formats integer microsecond UTC timestamps, caching the per-second part.

    build(gmtime_struct, offset_minutes) -> (prefix, suffix); the fraction
    (d digits) is inserted between them with separator sep."""

    def __init__(self, build, off=0, sep='.'):
        self.build = build
        self.off = off
        self.offu = off * MIN
        self.cache = {}
        self.sep = sep

    def __call__(self, t, d=3):
        s, fr = divmod(t + self.offu, US)
        c = self.cache.get(s)
        if c is None:
            c = self.build(time.gmtime(s), self.off)
            self.cache[s] = c
        if d == 0:
            return c[0] + c[1]
        if d <= 6:
            return c[0] + self.sep + ('%06d' % fr)[:d] + c[1]
        return c[0] + self.sep + ('%06d%03d' % (fr, (t * 7919) % 1000))[:d] + c[1]


def b_iso(tz='Z', T='T'):
    def f(g, off):
        z = {'Z': 'Z', 'colon': offc(off), 'plain': offp(off), '': '', 'zcolon': ('Z' if off == 0 else offc(off)),
             'zplain': ('Z' if off == 0 else offp(off))}[tz]
        return ('%04d-%02d-%02d%s%02d:%02d:%02d' % (g[0], g[1], g[2], T, g[3], g[4], g[5]), z)
    return f


def iso_ms(t):
    s, fr = divmod(t, US)
    g = time.gmtime(s)
    return '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (g[0], g[1], g[2], g[3], g[4], g[5], fr // 1000)


def to_us(y, mo, d, h=0, mi=0, s=0):
    return int(__import__('calendar').timegm((y, mo, d, h, mi, s, 0, 0, 0))) * US


# ---------------------------------------------------------------- random helpers
def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam < 40:
        L = math.exp(-lam)
        k = 0
        p = r.random()
        while p > L:
            k += 1
            p *= r.random()
        return k
    return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))


def arrivals(r, a, b, rate_fn, step=10 * US):
    """Poisson arrivals in [a,b); rate_fn(t) = expected events per minute."""
    out = []
    t = a
    rnd = r.random
    while t < b:
        e = min(b, t + step)
        lam = rate_fn(t) * (e - t) / MIN
        n = poisson(r, lam)
        span = e - t
        for _ in range(n):
            out.append(t + int(rnd() * span))
        t = e
    out.sort()
    return out


def steady(r, a, b, period, jitter=0.3):
    out = []
    t = a + int(r.random() * period * 0.5)
    while t < b:
        out.append(t)
        t += int(period * (1 - jitter + 2 * jitter * r.random()))
    return out


def hexs(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def uuid4(r):
    h = hexs(r, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[r.randrange(4)], h[17:20], h[20:])


def b62(r, n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(a[r.randrange(62)] for _ in range(n))


class WPick:
    def __init__(self, items, weights):
        self.items = list(items)
        c = []
        s = 0.0
        for w in weights:
            s += w
            c.append(s)
        self.cum = c
        self.tot = s

    def __call__(self, r):
        return self.items[bisect.bisect_right(self.cum, r.random() * self.tot)]


def lognorm(r, med, sigma):
    return med * math.exp(r.gauss(0, sigma))


PUB_A = [23, 31, 37, 45, 46, 51, 62, 66, 68, 71, 73, 77, 78, 81, 82, 84, 85, 86, 88, 89, 90, 91, 92, 93, 94, 95, 98,
         99, 104, 107, 108, 109, 122, 136, 142, 147, 151, 154, 159, 162, 164, 173, 174, 176, 178, 185, 188, 193, 195,
         197, 203, 209, 212, 213, 217]


def pubip(r):
    return '%d.%d.%d.%d' % (r.choice(PUB_A), r.randrange(256), r.randrange(256), r.randrange(1, 255))


def privip(r, net='10.0'):
    return '%s.%d.%d' % (net, r.randrange(0, 16), r.randrange(2, 250))


ADJ = ['blue', 'red', 'classic', 'organic', 'wireless', 'slim', 'vintage', 'smart', 'compact', 'premium', 'linen',
       'leather', 'bamboo', 'ceramic', 'steel', 'merino', 'outdoor', 'kids', 'eco', 'travel', 'studio', 'ultra']
NOUN = ['shirt', 'earbuds', 'backpack', 'lamp', 'kettle', 'sneakers', 'jacket', 'mug', 'charger', 'desk', 'watch',
        'blender', 'scarf', 'tent', 'bottle', 'speaker', 'notebook', 'pillow', 'keyboard', 'router', 'sofa', 'rug']
SLUGS = ['%s-%s' % (a, n) for a in ADJ for n in NOUN]
QUERIES = ['usb+c+cable', 'winter+jacket', 'coffee', 'gift+card', 'running+shoes', 'desk+lamp', 'invoice', 'refund',
           'headphones', 'office+chair', 'monitor+arm', 'yoga+mat', 'backpack', 'kettle', 'error+budget', 'api+key']
FIRST = ['anna', 'ben', 'carla', 'dmitri', 'elena', 'farid', 'greta', 'hiro', 'ines', 'jonas', 'kofi', 'lena',
         'marco', 'nadia', 'oskar', 'priya', 'quentin', 'rosa', 'sven', 'tomasz', 'uma', 'viktor', 'wen', 'yusuf']
COMP = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay', 'stark', 'wayne', 'tyrell', 'soylent',
        'cyberdyne', 'wonka', 'oscorp', 'nakatomi', 'massive', 'gringotts', 'monarch', 'piedpiper', 'dunder',
        'prestige', 'aperture', 'blackmesa', 'contoso', 'fabrikam', 'northwind', 'tailspin', 'wingtip', 'adatum']
TLD = ['com', 'io', 'net', 'de', 'co.uk', 'fr', 'nl', 'eu', 'app', 'shop']

UAS = [
    ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36', 30),
    ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', 12),
    ('Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1', 18),
    ('Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36', 14),
    ('Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0', 5),
    ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.144', 7),
    ('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 3),
    ('Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 1.5),
    ('Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)', 1),
    ('okhttp/4.12.0', 3),
    ('Dart/3.2 (dart:io)', 1.5),
    ('python-requests/2.31.0', 1),
    ('curl/8.4.0', 0.5),
    ('Go-http-client/1.1', 1),
]
UA_PICK = WPick([u for u, _ in UAS], [w for _, w in UAS])


# ---------------------------------------------------------------- stack traces
JAVA_TAIL_WEB = [
    'org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011)',
    'org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903)',
    'javax.servlet.http.HttpServlet.service(HttpServlet.java:529)',
    'org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
    'javax.servlet.http.HttpServlet.service(HttpServlet.java:623)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:209)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:153)',
    'org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:51)',
    'org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:117)',
    'org.springframework.web.filter.CharacterEncodingFilter.doFilterInternal(CharacterEncodingFilter.java:201)',
    'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)',
    'org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)',
    'org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:482)',
    'org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)',
    'org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)',
    'org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)',
    'org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:341)',
    'org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:390)',
    'org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)',
    'org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:894)',
    'org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1741)',
    'org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)',
    'org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
    'java.base/java.lang.Thread.run(Thread.java:840)',
]
JAVA_MID = {
    'jdbc': ['com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)',
             'com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:829)',
             'com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
             'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)',
             'org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)',
             'org.hibernate.internal.SessionImpl.list(SessionImpl.java:1512)',
             'org.hibernate.query.internal.AbstractProducedQuery.list(AbstractProducedQuery.java:1649)'],
    'http': ['java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)',
             'java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)',
             'java.base/java.net.SocketInputStream.read(SocketInputStream.java:68)',
             'org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)',
             'org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead(DefaultHttpResponseParser.java:101)',
             'org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:272)',
             'org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:776)',
             'org.springframework.web.client.RestTemplate.getForObject(RestTemplate.java:361)'],
    'plain': [],
}


def java_trace(r, pkg, exc, msg, mid='plain', web=True, cause=None, depth=None):
    lines = ['%s: %s' % (exc, msg) if msg else exc]
    for f in JAVA_MID.get(mid, []):
        lines.append('\tat ' + f)
    layers = [('service', 'Service'), ('repository', 'Repository'), ('web', 'Controller'), ('client', 'Client'),
              ('job', 'Job')]
    n = depth or r.randint(3, 6)
    for i in range(n):
        lay, suf = r.choice(layers)
        cls = r.choice(['Order', 'Cart', 'Payment', 'Customer', 'Inventory', 'Invoice', 'Shipment', 'Account', 'Catalog'])
        meth = r.choice(['find', 'load', 'create', 'update', 'process', 'handle', 'resolve', 'fetch', 'apply', 'sync'])
        meth += r.choice(['', 'ById', 'All', 'Internal', 'Batch'])
        lines.append('\tat %s.%s.%s%s.%s(%s%s.java:%d)' % (pkg, lay, cls, suf, meth, cls, suf, r.randint(30, 480)))
        if r.random() < 0.3:
            lines.append('\tat %s.%s.%s%s$$FastClassBySpringCGLIB$$%s.invoke(<generated>)' % (pkg, lay, cls, suf, hexs(r, 8)))
    if web:
        k = r.randint(8, len(JAVA_TAIL_WEB))
        lines.extend('\tat ' + f for f in JAVA_TAIL_WEB[-k:])
    else:
        lines.append('\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)')
        lines.append('\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)')
        lines.append('\tat java.base/java.lang.Thread.run(Thread.java:840)')
    if cause:
        cexc, cmsg = cause
        lines.append('Caused by: %s: %s' % (cexc, cmsg))
        for _ in range(r.randint(2, 4)):
            lines.append('\tat ' + r.choice(JAVA_MID['jdbc'] + JAVA_MID['http']))
        lines.append('\t... %d more' % r.randint(20, 60))
    return lines


PY_SITE = [
    ('/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py', 1969, '_exec_single_context', 'self.dialect.do_execute('),
    ('/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/default.py', 922, 'do_execute', 'cursor.execute(statement, parameters)'),
    ('/usr/local/lib/python3.11/site-packages/requests/api.py', 59, 'request', 'return session.request(method=method, url=url, **kwargs)'),
    ('/usr/local/lib/python3.11/site-packages/requests/sessions.py', 589, 'request', 'resp = self.send(prep, **send_kwargs)'),
    ('/usr/local/lib/python3.11/site-packages/requests/sessions.py', 703, 'send', 'r = adapter.send(request, **kwargs)'),
    ('/usr/local/lib/python3.11/site-packages/requests/adapters.py', 532, 'send', 'raise ReadTimeout(e, request=request)'),
    ('/usr/local/lib/python3.11/site-packages/redis/connection.py', 707, 'connect', 'raise ConnectionError(self._error_message(e))'),
    ('/usr/local/lib/python3.11/site-packages/celery/app/trace.py', 477, 'trace_task', 'R = retval = fun(*args, **kwargs)'),
    ('/usr/local/lib/python3.11/site-packages/celery/app/trace.py', 760, '__protected_call__', 'return self.run(*args, **kwargs)'),
    ('/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py', 55, 'inner', 'response = get_response(request)'),
    ('/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py', 197, '_get_response', 'response = wrapped_callback(request, *callback_args, **callback_kwargs)'),
    ('/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py', 122, 'connect', 'conn = _connect(dsn, connection_factory=connection_factory, **kwasync)'),
]


def py_trace(r, root, exc, msg, site_idx=None, chained=None):
    lines = ['Traceback (most recent call last):']
    mods = ['tasks', 'services/billing', 'services/sync', 'handlers', 'models', 'clients/partner', 'pipeline/steps',
            'reports/builder', 'utils/retry', 'api/views']
    funcs = ['run', 'process', 'handle', 'sync_account', 'build', 'fetch_page', 'apply_discount', 'export_rows',
             'wrapper', 'save', 'dispatch', 'load_batch']
    stmts = ['result = self.client.get(url, timeout=self.timeout)', 'rows = session.execute(stmt).fetchall()',
             'return func(*args, **kwargs)', 'payload = resp.json()["data"]', 'self.store.save(record)',
             'total = sum(line["amount"] for line in invoice["lines"])', 'account = Account.objects.get(pk=account_id)',
             'writer.writerow(row)', 'return self._send(batch)', 'value = int(raw)']
    n = r.randint(2, 5)
    for _ in range(n):
        lines.append('  File "/app/%s/%s.py", line %d, in %s' % (root, r.choice(mods), r.randint(12, 420), r.choice(funcs)))
        lines.append('    ' + r.choice(stmts))
    if site_idx is not None:
        for i in site_idx:
            f, ln, fn, st = PY_SITE[i]
            lines.append('  File "%s", line %d, in %s' % (f, ln, fn))
            lines.append('    ' + st)
    lines.append('%s: %s' % (exc, msg) if msg else exc)
    if chained:
        lines = chained + ['', 'During handling of the above exception, another exception occurred:', ''] + lines
    return lines


def php_frames(r, root='/var/www/html', n=None):
    fr = [
        '%s/vendor/laravel/framework/src/Illuminate/Database/Connection.php(776): Illuminate\\Database\\Connection->runQueryCallback()',
        '%s/vendor/laravel/framework/src/Illuminate/Database/Connection.php(421): Illuminate\\Database\\Connection->run()',
        '%s/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(2913): Illuminate\\Database\\Connection->select()',
        '%s/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php(739): Illuminate\\Database\\Query\\Builder->get()',
        '%s/app/Services/%sService.php(%d): Illuminate\\Database\\Eloquent\\Builder->first()',
        '%s/app/Http/Controllers/%sController.php(%d): App\\Services\\%sService->%s()',
        '%s/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\%sController->%s()',
        '%s/vendor/laravel/framework/src/Illuminate/Routing/ControllerDispatcher.php(43): Illuminate\\Routing\\Controller->callAction()',
        '%s/vendor/laravel/framework/src/Illuminate/Routing/Route.php(260): Illuminate\\Routing\\ControllerDispatcher->dispatch()',
        '%s/vendor/laravel/framework/src/Illuminate/Routing/Route.php(205): Illuminate\\Routing\\Route->runController()',
        '%s/vendor/laravel/framework/src/Illuminate/Routing/Router.php(799): Illuminate\\Routing\\Route->run()',
        '%s/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(141): Illuminate\\Routing\\Router->Illuminate\\Routing\\{closure}()',
        '%s/vendor/laravel/framework/src/Illuminate/Routing/Middleware/SubstituteBindings.php(50): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}()',
        '%s/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180): Illuminate\\Routing\\Middleware\\SubstituteBindings->handle()',
        '%s/vendor/laravel/framework/src/Illuminate/Auth/Middleware/Authenticate.php(57): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}()',
        '%s/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180): Illuminate\\Auth\\Middleware\\Authenticate->handle()',
        '%s/vendor/laravel/framework/src/Illuminate/Session/Middleware/StartSession.php(121): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}()',
        '%s/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180): Illuminate\\Session\\Middleware\\StartSession->handle()',
        '%s/vendor/laravel/framework/src/Illuminate/Routing/Router.php(800): Illuminate\\Pipeline\\Pipeline->then()',
        '%s/vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php(200): Illuminate\\Routing\\Router->dispatch()',
        '%s/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(141): Illuminate\\Foundation\\Http\\Kernel->Illuminate\\Foundation\\Http\\{closure}()',
        '%s/vendor/laravel/framework/src/Illuminate/Foundation/Http/Middleware/TrimStrings.php(40): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}()',
        '%s/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(116): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}()',
        '%s/vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php(175): Illuminate\\Pipeline\\Pipeline->then()',
        '%s/vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php(144): Illuminate\\Foundation\\Http\\Kernel->sendRequestThroughRouter()',
        '%s/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()',
    ]
    cls = r.choice(['Order', 'Cart', 'Checkout', 'Product', 'Customer', 'Invoice', 'Shipping'])
    meth = r.choice(['show', 'store', 'update', 'index', 'checkout', 'apply'])
    out = []
    k = n or r.randint(14, len(fr))
    sel = fr[:4] + fr[-(k - 4):] if k > 4 else fr[:k]
    for i, f in enumerate(sel):
        cnt = f.count('%')
        if cnt == 1:
            s = f % root
        elif '%d' in f and 'Service.php' in f:
            s = f % (root, cls, r.randint(20, 300))
        elif 'Controller.php(%d)' in f:
            s = f % (root, cls, r.randint(20, 200), cls, meth)
        else:
            s = f % (root, cls, meth)
        out.append('#%d %s' % (i, s))
    out.append('#%d {main}' % len(out))
    return out


def go_panic(r, mod, kind=None):
    kinds = [
        ('panic: runtime error: invalid memory address or nil pointer dereference',
         '[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]' % (r.choice([0x0, 0x8, 0x18, 0x30, 0x48]), r.randint(0x400000, 0xafffff))),
        ('panic: runtime error: index out of range [%d] with length %d' % (r.randint(1, 9), 0), None),
        ('panic: assignment to entry in nil map', None),
        ('fatal error: concurrent map writes', None),
        ('panic: send on closed channel', None),
    ]
    head, sig = kinds[kind if kind is not None else r.randrange(len(kinds))]
    lines = [head]
    if sig:
        lines.append(sig)
    lines.append('')
    lines.append('goroutine %d [running]:' % r.randint(18, 4000))
    pk = mod.split('/')[-1]
    fns = ['(*Server).handle', '(*Worker).process', '(*Client).Do', '(*Store).Get', '(*Relay).forward',
           '(*Consumer).loop', 'decodeEvent', '(*Cache).refresh', '(*Scheduler).tick', 'mergeLabels']
    files = ['server.go', 'worker.go', 'client.go', 'store.go', 'relay.go', 'consumer.go', 'decode.go', 'cache.go']
    for i in range(r.randint(3, 6)):
        lines.append('%s/internal/%s.%s(0x%x, {0x%x, 0x%x})' % (mod, pk if i == 0 else r.choice(['api', 'store', 'queue', 'sync']),
                                                                r.choice(fns), 0xc000000000 + r.randint(0, 0xfffffff),
                                                                r.randint(0x800000, 0xffffff), 0xc000000000 + r.randint(0, 0xfffffff)))
        lines.append('\t/src/internal/%s/%s:%d +0x%x' % (r.choice(['api', 'store', 'queue', 'sync']), r.choice(files),
                                                         r.randint(20, 600), r.randint(0x20, 0x4ff)))
    lines.append('net/http.HandlerFunc.ServeHTTP(0x%x, {0xa1b2c8, 0xc000%06x}, 0xc000%06x)' % (r.randint(0x700000, 0x7fffff), r.randint(0, 0xffffff), r.randint(0, 0xffffff)))
    lines.append('\t/usr/local/go/src/net/http/server.go:2136 +0x29')
    lines.append('net/http.serverHandler.ServeHTTP({0xc000%06x}, {0xa1b2c8, 0xc000%06x}, 0xc000%06x)' % (r.randint(0, 0xffffff), r.randint(0, 0xffffff), r.randint(0, 0xffffff)))
    lines.append('\t/usr/local/go/src/net/http/server.go:2938 +0x8e')
    lines.append('net/http.(*conn).serve(0xc000%06x, {0xa1c3f0, 0xc000%06x})' % (r.randint(0, 0xffffff), r.randint(0, 0xffffff)))
    lines.append('\t/usr/local/go/src/net/http/server.go:2009 +0x5f4')
    lines.append('created by net/http.(*Server).Serve in goroutine 1')
    lines.append('\t/usr/local/go/src/net/http/server.go:3086 +0x5cb')
    return lines


def go_stack_field(r, mod):
    """zap-style stacktrace string (one logical field)."""
    parts = []
    for _ in range(r.randint(3, 6)):
        parts.append('%s/internal/%s.%s\n\t/src/internal/%s/%s.go:%d' % (
            mod, r.choice(['api', 'store', 'queue']), r.choice(['(*Handler).ServeHTTP', '(*Repo).Find', '(*Queue).Ack', 'Run']),
            r.choice(['api', 'store', 'queue']), r.choice(['handler', 'repo', 'queue', 'main']), r.randint(20, 400)))
    parts.append('net/http.(*conn).serve\n\t/usr/local/go/src/net/http/server.go:2009')
    return '\n'.join(parts)


def node_trace(r, exc, msg, app='/app/dist'):
    lines = ['%s: %s' % (exc, msg)]
    mods = ['services/cart', 'services/orders', 'routes/api', 'lib/db', 'lib/cache', 'handlers/webhook', 'jobs/sync']
    fns = ['CartService.total', 'OrderService.create', 'handler', 'Pool.query', 'RedisCache.get', 'processEvent',
           'async Promise.all (index 0)', 'Object.<anonymous>', 'Layer.handle [as handle_request]']
    for _ in range(r.randint(3, 6)):
        lines.append('    at %s (%s/%s.js:%d:%d)' % (r.choice(fns), app, r.choice(mods), r.randint(10, 400), r.randint(3, 60)))
    lines.append('    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)')
    return lines


def dotnet_trace(r, ns, exc, msg, inner=None):
    lines = ['%s: %s' % (exc, msg)]
    cls = ['Services.OrderService', 'Services.PaymentService', 'Data.OrderRepository', 'Controllers.OrdersController',
           'Integration.ErpClient', 'Services.InvoiceService', 'Jobs.ReconciliationJob']
    for i in range(r.randint(3, 7)):
        c = r.choice(cls)
        m = r.choice(['GetAsync', 'CreateAsync', 'ProcessBatchAsync', 'Post', 'Handle', 'SubmitAsync', 'LoadAsync'])
        lines.append('   at %s.%s.%s(%s) in C:\\src\\%s\\%s.cs:line %d' % (
            ns, c, m, r.choice(['Int32 id', 'CancellationToken ct', 'OrderRequest request', '']), ns.replace('.', '\\'),
            c.replace('.', '\\'), r.randint(20, 400)))
        if r.random() < 0.35:
            lines.append('--- End of stack trace from previous location ---')
    lines.append('   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)')
    lines.append('   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)')
    lines.append('   at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|6_0(Endpoint endpoint, Task requestTask, ILogger logger)')
    if inner:
        lines = [lines[0] + '\r\n ---> ' + '%s: %s' % inner] + lines[1:3] + ['   --- End of inner exception stack trace ---'] + lines[3:]
        lines = '\n'.join(lines).replace('\r\n', '\n').split('\n')
    return lines


def ruby_backtrace(r, app='/app'):
    out = []
    fr = ['%s/app/services/%s.rb:%d:in `%s\'', '%s/app/models/%s.rb:%d:in `%s\'', '%s/app/jobs/%s.rb:%d:in `perform\'']
    names = ['shopify_sync', 'invoice', 'subscription', 'webhook_delivery', 'account', 'charge']
    meths = ['call', 'charge!', 'sync_line_items', 'deliver', 'refresh_token!', 'block in perform']
    for _ in range(r.randint(3, 6)):
        f = r.choice(fr)
        if f.count('%') == 4:
            out.append(f % (app, r.choice(names), r.randint(10, 200), r.choice(meths)))
        else:
            out.append(f % (app, r.choice(names), r.randint(10, 200)))
    out += ['/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:202:in `execute_job\'',
            '/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:170:in `block (2 levels) in process\'',
            '/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/middleware/chain.rb:180:in `traverse\'',
            '/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:169:in `block in process\'',
            '/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:136:in `block (6 levels) in dispatch\'',
            '/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:81:in `run\'',
            '/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/component.rb:10:in `watchdog\'']
    return out


# ---------------------------------------------------------------- HTTP traffic model
# (method, path template, weight, median ms, median bytes, kind)
ROUTES = {
    'shop': [
        ('GET', '/', 40, 45, 38000, 'page'), ('GET', '/products/{slug}', 120, 60, 52000, 'page'),
        ('GET', '/category/{cat}', 45, 80, 61000, 'page'), ('GET', '/search?q={q}', 25, 140, 47000, 'page'),
        ('GET', '/api/cart', 60, 25, 1800, 'api'), ('POST', '/api/cart/items', 18, 55, 900, 'post'),
        ('DELETE', '/api/cart/items/{id}', 4, 40, 300, 'api'), ('POST', '/checkout', 5, 420, 1200, 'post'),
        ('GET', '/api/orders/{id}', 10, 35, 2600, 'api'), ('GET', '/account/orders', 8, 90, 34000, 'page'),
        ('POST', '/login', 6, 180, 400, 'login'), ('GET', '/static/js/app.{hash}.js', 50, 3, 412000, 'static'),
        ('GET', '/static/css/main.{hash}.css', 45, 2, 88000, 'static'), ('GET', '/images/p/{id}-{size}.webp', 160, 4, 24000, 'static'),
        ('GET', '/favicon.ico', 12, 1, 15086, 'static'), ('GET', '/api/recommendations?product={id}', 30, 95, 5400, 'api'),
        ('POST', '/api/events', 35, 8, 2, 'post'), ('GET', '/robots.txt', 2, 1, 210, 'static'),
        ('GET', '/sitemap.xml', 1, 30, 184000, 'page'), ('POST', '/api/newsletter', 1, 60, 90, 'post'),
    ],
    'saas': [
        ('GET', '/api/v2/projects', 40, 55, 7400, 'api'), ('GET', '/api/v2/projects/{id}/tasks', 70, 85, 18500, 'api'),
        ('POST', '/api/v2/tasks', 15, 70, 1100, 'post'), ('PATCH', '/api/v2/tasks/{id}', 22, 60, 1050, 'api'),
        ('GET', '/api/v2/users/me', 45, 18, 980, 'api'), ('POST', '/api/v2/auth/token', 8, 150, 640, 'login'),
        ('GET', '/api/v2/notifications?since={ts}', 60, 30, 420, 'api'), ('POST', '/webhooks/stripe', 3, 120, 2, 'post'),
        ('GET', '/app', 12, 40, 5200, 'page'), ('GET', '/assets/application-{hash}.js', 14, 2, 690000, 'static'),
        ('GET', '/assets/application-{hash}.css', 12, 2, 120000, 'static'), ('DELETE', '/api/v2/tasks/{id}', 3, 45, 0, 'api'),
        ('GET', '/api/v2/search?q={q}', 9, 210, 9100, 'api'), ('GET', '/api/v2/projects/{id}/activity', 11, 140, 22000, 'api'),
        ('POST', '/api/v2/uploads', 3, 650, 400, 'post'), ('GET', '/api/v2/reports/{id}.csv', 1, 1800, 380000, 'api'),
    ],
    'cms': [
        ('GET', '/', 30, 70, 42000, 'page'), ('GET', '/blog/{slug}', 90, 110, 61000, 'page'),
        ('GET', '/news/{year}/{slug}', 40, 95, 58000, 'page'), ('GET', '/media/cache/{size}/uploads/{id}.jpg', 150, 6, 71000, 'static'),
        ('GET', '/build/app.{hash}.js', 30, 2, 240000, 'static'), ('GET', '/build/app.{hash}.css', 28, 2, 61000, 'static'),
        ('GET', '/en/about', 6, 60, 30000, 'page'), ('POST', '/contact', 1, 320, 500, 'post'),
        ('GET', '/tag/{cat}', 12, 130, 40000, 'page'), ('GET', '/feed.xml', 5, 40, 81000, 'page'),
        ('GET', '/admin/dashboard', 2, 250, 52000, 'page'), ('GET', '/search?q={q}', 6, 260, 36000, 'page'),
        ('GET', '/wp-login.php', 1, 3, 560, 'scan'), ('GET', '/.env', 0.5, 2, 560, 'scan'),
    ],
    'api': [
        ('GET', '/v1/items/{id}', 80, 14, 1400, 'api'), ('GET', '/v1/items?cursor={hash}&limit=50', 35, 38, 28000, 'api'),
        ('POST', '/v1/events', 120, 6, 40, 'post'), ('GET', '/v1/users/{id}/feed', 40, 55, 16000, 'api'),
        ('PUT', '/v1/items/{id}', 12, 25, 1500, 'api'), ('POST', '/v1/sessions', 8, 90, 700, 'login'),
        ('GET', '/v1/config', 15, 4, 3100, 'api'), ('DELETE', '/v1/items/{id}', 3, 20, 0, 'api'),
        ('POST', '/v1/batch', 6, 240, 900, 'post'), ('GET', '/metrics', 4, 6, 48000, 'internal'),
    ],
    'dotnet': [
        ('GET', '/api/orders/{id}', 60, 35, 2200, 'api'), ('POST', '/api/orders', 14, 140, 900, 'post'),
        ('GET', '/api/customers', 20, 70, 18000, 'api'), ('GET', '/Home/Index', 15, 50, 24000, 'page'),
        ('GET', '/Account/Login', 6, 20, 9000, 'page'), ('POST', '/Account/Login', 5, 160, 400, 'login'),
        ('GET', '/Reports/Sales', 3, 900, 120000, 'page'), ('GET', '/bundles/jquery', 12, 2, 89000, 'static'),
        ('GET', '/Content/site.css', 12, 1, 14000, 'static'), ('GET', '/api/products/{id}/stock', 40, 25, 300, 'api'),
        ('POST', '/signalr/negotiate', 6, 10, 420, 'post'), ('GET', '/api/invoices/{id}/pdf', 4, 480, 88000, 'api'),
    ],
    'grafana': [
        ('POST', '/api/ds/query', 120, 180, 24000, 'post'), ('GET', '/api/dashboards/uid/{uid}', 14, 22, 38000, 'api'),
        ('GET', '/api/search', 6, 15, 5200, 'api'), ('GET', '/api/annotations', 20, 12, 400, 'api'),
        ('GET', '/api/user/preferences', 5, 5, 200, 'api'), ('GET', '/d/{uid}/{slug}', 4, 30, 42000, 'page'),
        ('GET', '/public/build/app.{hash}.js', 3, 2, 2800000, 'static'), ('GET', '/api/live/ws', 2, 3, 0, 'api'),
        ('GET', '/api/prometheus/grafana/api/v1/rules', 9, 40, 9000, 'api'), ('POST', '/api/frontend-metrics', 6, 3, 2, 'post'),
    ],
}
CATS = ['shoes', 'outdoor', 'kitchen', 'electronics', 'home-office', 'kids', 'sale', 'new-arrivals', 'gifts', 'devops',
        'release-notes', 'engineering', 'company']
SIZES = ['240', '480', '800', '1200', 'thumb', 'w800', 'large', 'medium_1x']


class Traffic:
    """Per-system HTTP request mix shared by access-style formats."""

    def __init__(self, r, flavor, host):
        self.flavor = flavor
        self.routes = ROUTES[flavor]
        self.pick = WPick(range(len(self.routes)), [x[2] for x in self.routes])
        self.host = host
        n = r.randint(1500, 4000)
        self.ips = [pubip(r) for _ in range(n)]
        self.ippick = WPick(range(n), [1.0 / (i + 3) ** 0.9 for i in range(n)])
        self.hashes = [hexs(r, 8), hexs(r, 8), hexs(r, 20)]
        self.uids = [b62(r, 9) for _ in range(12)]
        self.p5 = r.uniform(0.0004, 0.0025)
        self.p4 = r.uniform(0.008, 0.03)
        self.slowp = r.uniform(0.002, 0.008)
        self.year = 2024

    def fill(self, r, p):
        if '{' not in p:
            return p
        if '{slug}' in p:
            p = p.replace('{slug}', SLUGS[r.randrange(len(SLUGS))])
        if '{id}' in p:
            p = p.replace('{id}', str(int(r.paretovariate(0.7) * 100) % 900000 + 1))
        if '{hash}' in p:
            p = p.replace('{hash}', self.hashes[0] if r.random() < 0.9 else self.hashes[1])
        if '{cat}' in p:
            p = p.replace('{cat}', CATS[r.randrange(len(CATS))])
        if '{q}' in p:
            p = p.replace('{q}', QUERIES[r.randrange(len(QUERIES))])
        if '{size}' in p:
            p = p.replace('{size}', SIZES[r.randrange(len(SIZES))])
        if '{ts}' in p:
            p = p.replace('{ts}', str(1700000000 + r.randrange(40000000)))
        if '{uid}' in p:
            p = p.replace('{uid}', self.uids[r.randrange(len(self.uids))])
        if '{year}' in p:
            p = p.replace('{year}', str(self.year - r.randrange(3)))
        return p

    def sample(self, r, flood=None):
        """-> (method, path, ip, ua, med_ms, med_bytes, kind)"""
        if flood is not None and r.random() < flood['frac']:
            rt = self.routes[flood['routes'][r.randrange(len(flood['routes']))]]
            ip = flood['ips'][r.randrange(len(flood['ips']))]
            ua = flood['ua'] if flood['ua'] else UA_PICK(r)
        else:
            rt = self.routes[self.pick(r)]
            ip = self.ips[self.ippick(r)]
            ua = UA_PICK(r)
        return rt[0], self.fill(r, rt[1]), ip, ua, rt[3], rt[4], rt[5]

    def status(self, r, kind, method, x5=None):
        if x5 is not None and r.random() < x5[0]:
            return x5[1][r.randrange(len(x5[1]))]
        x = r.random()
        if x < self.p5:
            return (500, 500, 500, 502, 503, 504)[r.randrange(6)]
        x -= self.p5
        if kind == 'static':
            if x < 0.22:
                return 304
            return 404 if x > 0.997 else 200
        if kind == 'scan':
            return 404 if x < 0.9 else 403
        if x < self.p4:
            y = x / self.p4
            if kind == 'login':
                return 401 if y < 0.6 else 422
            return 404 if y < 0.55 else (401 if y < 0.75 else (400 if y < 0.9 else (403 if y < 0.97 else 429)))
        if kind == 'login' and method == 'POST':
            return 302 if self.flavor in ('shop', 'cms', 'dotnet') else 200
        if kind == 'post':
            return 201 if (method == 'POST' and x > 0.5) else (202 if self.flavor == 'api' and x > 0.3 else 200)
        if method == 'DELETE':
            return 204
        if kind == 'page' and x > 0.985:
            return 301 if x > 0.993 else 302
        return 200

    def dur(self, r, med, lm, status):
        if status in (502, 503) and r.random() < 0.7:
            return r.uniform(0.3, 4.0)
        if status == 504:
            return r.choice((30000, 60000)) + r.uniform(0, 15)
        d = med * math.exp(r.gauss(0, 0.55)) * lm
        if r.random() < self.slowp:
            d *= r.uniform(4, 30)
        return d

    def size(self, r, medb, status):
        if status == 304 or status == 204:
            return 0
        if status >= 500:
            return r.choice((157, 166, 0, 552, 21))
        if status >= 400:
            return r.randint(90, 600)
        if status in (301, 302):
            return r.randint(0, 380)
        return max(0, int(medb * math.exp(r.gauss(0, 0.35))))


# ---------------------------------------------------------------- application content
INFO_MSGS = {
    'shop': ['Order {oid} placed by customer {cid} total={amt} {cur}', 'Payment authorized for order {oid} via {psp}',
             'Cart {cart} updated: {n} items', 'Customer {cid} logged in', 'Reserved stock for SKU {sku} qty={q1}',
             'Order confirmation mail queued for order {oid}', 'Price list refreshed for region {region}',
             'Shipment label created for order {oid} carrier={carrier}', 'Coupon {coupon} applied to cart {cart}',
             'Product {sku} viewed, cache hit', 'Search "{q}" returned {n} results', 'Refund {oid} processed amount={amt} {cur}'],
    'saas': ['Task {n} updated by user {uid}', 'Webhook delivered to {host} status=200 attempt=1', 'Token refreshed for user {uid}',
             'Project {n} exported ({n2} rows)', 'Invitation sent to {email}', 'Notification batch sent count={n2}',
             'Subscription {sub} renewed plan={plan}', 'User {uid} enabled 2FA', 'Workspace {n} settings saved',
             'Attachment {n}.pdf uploaded size={kb}KB', 'Comment {n} created on task {n2}'],
    'cms': ['Article {n} published by editor {uid}', 'Image {n} resized to {size}', 'Sitemap regenerated ({n2} urls)',
            'Comment {n} queued for moderation', 'Cache warmed for /blog/{slug}', 'Newsletter draft {n} saved',
            'Search index updated for article {n}', 'Contact form submitted from {email}'],
    'api': ['Item {n} fetched from cache', 'Event batch accepted size={n2}', 'Session created for user {uid}',
            'Config version {n2} served', 'Feed built for user {uid} items={n2}', 'Item {n} updated',
            'Batch {n} committed ({n2} records)', 'Rate limit bucket refilled for client {cid}'],
    'dotnet': ['Order {oid} submitted to ERP', 'Customer {cid} record synchronised', 'Invoice {n} generated for customer {cid}',
               'Stock level updated for SKU {sku}', 'PDF rendered for invoice {n} in {ms}ms', 'User {email} signed in',
               'Payment batch {n} reconciled ({n2} items)'],
    'mail': ['Mailbox {email} quota at {pct}%', 'Message {n} delivered to {email}'],
    'proxy': ['Auth cache refreshed ({n2} principals)', 'ACL reloaded', 'User {email} authenticated via Kerberos'],
    'grafana': ['Dashboard {n} saved by {uid}', 'Alert rule {n} evaluated', 'Query cache hit for panel {n2}'],
}
# error specs: (exception, message, site/mid hint, is_dependency)
ERRS = {
    'java': [
        ('org.springframework.dao.DataAccessResourceFailureException', 'Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection', 'jdbc', 1),
        ('org.springframework.web.client.ResourceAccessException', 'I/O error on GET request for "http://{dep}:8080/api/v1/stock/{n}": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out', 'http', 1),
        ('java.lang.NullPointerException', 'Cannot invoke "{pkg}.model.Address.getCountryCode()" because the return value of "{pkg}.model.Customer.getShippingAddress()" is null', 'plain', 0),
        ('org.springframework.dao.DataIntegrityViolationException', 'could not execute statement; SQL [n/a]; constraint [uk_order_external_ref]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement', 'jdbc', 0),
        ('java.lang.IllegalStateException', 'Cart {n} is already checked out', 'plain', 0),
        ('org.springframework.orm.ObjectOptimisticLockingFailureException', 'Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [{pkg}.model.Inventory#{n}]', 'jdbc', 0),
        ('com.fasterxml.jackson.databind.exc.InvalidFormatException', 'Cannot deserialize value of type `java.math.BigDecimal` from String "N/A": not a valid representation', 'plain', 0),
        ('org.springframework.web.client.HttpServerErrorException$BadGateway', '502 Bad Gateway: "<html><body><h1>502 Bad Gateway</h1></body></html>"', 'http', 1),
        ('java.util.concurrent.TimeoutException', 'Did not observe any item or terminal signal within 5000ms in \'flatMap\' (and no fallback has been configured)', 'plain', 1),
    ],
    'python': [
        ('psycopg2.OperationalError', 'could not connect to server: Connection refused\n\tIs the server running on host "{dbhost}" ({ip}) and accepting\n\tTCP/IP connections on port 5432?', (11,), 1),
        ('requests.exceptions.ReadTimeout', "HTTPSConnectionPool(host='{ext}', port=443): Read timed out. (read timeout=10)", (2, 3, 4, 5), 1),
        ('KeyError', "'{field}'", None, 0),
        ('sqlalchemy.exc.IntegrityError', '(psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "{table}_pkey"\nDETAIL:  Key (id)=({n}) already exists.', (0, 1), 0),
        ('ValueError', "invalid literal for int() with base 10: 'null'", None, 0),
        ('redis.exceptions.ConnectionError', 'Error 111 connecting to {cache}:6379. Connection refused.', (6,), 1),
        ('TypeError', "unsupported operand type(s) for +: 'NoneType' and 'float'", None, 0),
        ('json.decoder.JSONDecodeError', 'Expecting value: line 1 column 1 (char 0)', None, 0),
        ('botocore.exceptions.ClientError', 'An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.', None, 1),
        ('AttributeError', "'NoneType' object has no attribute 'get'", None, 0),
    ],
    'php': [
        ('Illuminate\\Database\\QueryException', 'SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `sessions` where `id` = {hash} limit 1)', 'PDOException', 1),
        ('Illuminate\\Database\\QueryException', 'SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (Connection: mysql, SQL: update `inventory` set `reserved` = `reserved` + 1 where `sku` = {sku})', 'PDOException', 0),
        ('GuzzleHttp\\Exception\\ConnectException', 'cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://{ext}/v1/payment_intents', None, 1),
        ('ErrorException', 'Undefined array key "shipping_address"', None, 0),
        ('TypeError', 'App\\Services\\PriceCalculator::applyDiscount(): Argument #1 ($coupon) must be of type App\\Models\\Coupon, null given, called in /var/www/html/app/Http/Controllers/CartController.php on line {n3}', None, 0),
        ('Predis\\Connection\\ConnectionException', 'Connection refused [tcp://{cache}:6379]', None, 1),
        ('Illuminate\\Http\\Client\\RequestException', 'HTTP request returned status code 503:\n<html><head><title>503 Service Temporarily Unavailable</title></head></html>', None, 1),
        ('Symfony\\Component\\Mailer\\Exception\\TransportException', 'Connection could not be established with host "ssl://{ext}:465": stream_socket_client(): Unable to connect to ssl://{ext}:465 (Connection timed out)', None, 1),
        ('Error', 'Call to a member function getPrice() on null', None, 0),
    ],
    'dotnet': [
        ('System.NullReferenceException', 'Object reference not set to an instance of an object.', None, 0),
        ('Microsoft.Data.SqlClient.SqlException', 'Transaction (Process ID {n3}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.', None, 0),
        ('System.Net.Http.HttpRequestException', 'No connection could be made because the target machine actively refused it. ({dep}:443)', ('System.Net.Sockets.SocketException', 'No connection could be made because the target machine actively refused it.'), 1),
        ('System.TimeoutException', 'The operation has timed out.', None, 1),
        ('System.InvalidOperationException', 'Sequence contains no elements', None, 0),
        ('Microsoft.Data.SqlClient.SqlException', 'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.', ('System.ComponentModel.Win32Exception', 'The wait operation timed out.'), 1),
        ('System.FormatException', "Input string was not in a correct format.", None, 0),
        ('Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException', 'The database operation was expected to affect 1 row(s), but actually affected 0 row(s); data may have been modified or deleted since entities were loaded.', None, 0),
    ],
    'node': [
        ('TypeError', "Cannot read properties of undefined (reading 'price')", None, 0),
        ('Error', 'connect ECONNREFUSED {ip}:5432', None, 1),
        ('SequelizeDatabaseError', 'deadlock detected', None, 0),
        ('AxiosError', 'Request failed with status code 502', None, 1),
        ('MongoServerError', 'E11000 duplicate key error collection: app.users index: email_1 dup key: { email: "{email}" }', None, 0),
        ('Error', 'socket hang up', None, 1),
        ('RangeError', 'Invalid time value', None, 0),
        ('TimeoutError', 'Operation timed out after 5000 ms', None, 1),
    ],
    'go': [
        ('', 'failed to load item {n}: pq: canceling statement due to user request', None, 1),
        ('', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp {ip}:9090: connect: connection refused"', None, 1),
        ('', 'handler: decode body: json: cannot unmarshal string into Go struct field Event.ts of type int64', None, 0),
        ('', 'redis: connection pool timeout', None, 1),
        ('', 'upstream {dep}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)', None, 1),
        ('', 'store: sql: no rows in result set (item {n})', None, 0),
        ('', 'kafka: client has run out of available brokers to talk to: dial tcp {ip}:9092: i/o timeout', None, 1),
        ('', 'validate: field "email" must be a valid address (got "{field}")', None, 0),
    ],
    'ruby': [
        ('ActiveRecord::Deadlocked', 'Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction', None, 0),
        ('Net::ReadTimeout', 'Net::ReadTimeout with #<TCPSocket:(closed)>', None, 1),
        ('NoMethodError', "undefined method `email' for nil:NilClass", None, 0),
        ('Faraday::ConnectionFailed', 'Failed to open TCP connection to {ext}:443 (Connection refused - connect(2) for "{ext}" port 443)', None, 1),
        ('ActiveRecord::RecordNotFound', "Couldn't find Account with 'id'={n}", None, 0),
        ('Stripe::RateLimitError', 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.', None, 1),
        ('ActiveRecord::ConnectionTimeoutError', 'could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use', None, 1),
    ],
}
FIELDS = ['customer_id', 'shipping_address', 'currency', 'line_items', 'tax_rate', 'external_ref', 'sku', 'tenant']
TABLES = ['orders', 'invoices', 'users', 'subscriptions', 'events', 'line_items']
EXT_HOSTS = ['api.stripe.com', 'api.partner-erp.com', 'graph.facebook.com', 'api.sendgrid.com', 'hooks.slack.com',
             'api.mollie.com', 'sqs.eu-west-1.amazonaws.com', 'api.shipengine.com', 'smtp.mailgun.org', 'api.adyen.com']


class Vocab:
    """Per-file placeholder filler for message templates."""

    def __init__(self, r, sc):
        self.r = r
        self.sc = sc
        self.cur = r.choice(['EUR', 'USD', 'GBP', 'SEK', 'PLN'])
        self.psps = ['stripe', 'adyen', 'paypal', 'mollie', 'klarna']
        self.dep = r.choice(['inventory', 'pricing', 'payments', 'search', 'accounts', 'catalog', 'shipping'])
        self.ext = r.choice(EXT_HOSTS)
        self.dbhost = r.choice(['db', 'postgres', 'pg-primary', 'db-1.internal', 'mysql'])
        self.cache = r.choice(['redis', 'cache', 'redis-master', 'redis.internal'])
        self.ip = privip(r)

    def fill(self, s):
        r = self.r
        if '{' not in s:
            return s
        rep = {
            '{oid}': lambda: '%d' % r.randint(100000, 999999), '{cid}': lambda: '%d' % r.randint(1000, 99999),
            '{amt}': lambda: '%.2f' % lognorm(r, 60, 0.8), '{cur}': lambda: self.cur,
            '{psp}': lambda: r.choice(self.psps), '{cart}': lambda: hexs(r, 12), '{n}': lambda: '%d' % r.randint(1, 99999),
            '{n2}': lambda: '%d' % r.randint(2, 800), '{n3}': lambda: '%d' % r.randint(20, 400),
            '{sku}': lambda: '%s-%04d' % (r.choice(['SKU', 'A', 'TX', 'HB']), r.randint(1, 9999)),
            '{q1}': lambda: '%d' % r.randint(1, 4), '{region}': lambda: r.choice(['eu', 'us', 'uk', 'nordics', 'apac']),
            '{carrier}': lambda: r.choice(['dhl', 'ups', 'dpd', 'gls', 'postnl']), '{coupon}': lambda: b62(r, 8).upper(),
            '{q}': lambda: r.choice(QUERIES).replace('+', ' '), '{uid}': lambda: '%d' % r.randint(1, 50000),
            '{host}': lambda: r.choice(['hooks.zapier.com', 'example-crm.io', 'ci.customer.dev', 'n8n.client.net']),
            '{email}': lambda: '%s.%s@%s.%s' % (r.choice(FIRST), r.choice(FIRST)[0], r.choice(COMP), r.choice(TLD)),
            '{sub}': lambda: 'sub_' + b62(r, 14), '{plan}': lambda: r.choice(['team', 'business', 'starter', 'enterprise']),
            '{kb}': lambda: '%d' % r.randint(12, 9000), '{size}': lambda: r.choice(SIZES), '{slug}': lambda: r.choice(SLUGS),
            '{ms}': lambda: '%d' % int(lognorm(r, 80, 0.6)), '{pct}': lambda: '%d' % r.randint(80, 99),
            '{dep}': lambda: self.dep, '{ext}': lambda: self.ext, '{dbhost}': lambda: self.dbhost,
            '{cache}': lambda: self.cache, '{ip}': lambda: self.ip, '{field}': lambda: r.choice(FIELDS),
            '{table}': lambda: r.choice(TABLES), '{hash}': lambda: "'%s'" % b62(r, 40), '{pkg}': lambda: self.sc.pkg,
        }
        out = []
        i = 0
        while True:
            j = s.find('{', i)
            if j < 0:
                out.append(s[i:])
                break
            k = s.find('}', j)
            key = s[j:k + 1]
            f = rep.get(key)
            out.append(s[i:j])
            out.append(f() if f else key)
            i = k + 1
        return ''.join(out)


# ---------------------------------------------------------------- format base class
class Fmt:
    fid = 'base'
    role = 'app'             # access | app | proxyerr | sparse | host
    per_request = False      # one or more lines per HTTP request of the system
    has_latency = False
    has_status = False
    crlf = False
    lpr = 1.0                # physical lines per base event
    shape_pow = 0.6
    sparse = 0.0             # fixed base events/minute for low-volume logs (not budgeted)
    KINDS = ()
    restart_ok = True        # can show a benign deploy/restart
    self_restart_oom = True  # after its own OOM the process restarts (gap + banner)
    eco = 'go'
    proc = 'app'

    @classmethod
    def caps(cls, variant):
        return dict(kinds=set(cls.KINDS), per_request=cls.per_request, has_latency=cls.has_latency,
                    has_status=cls.has_status, lpr=cls.lpr, sparse=cls.sparse, role=cls.role,
                    restart_ok=cls.restart_ok)

    def __init__(self, sc, fs):
        self.sc = sc
        self.fs = fs
        self.r = R(sc.seed, sc.idx, fs.name, 'fmt')
        r = self.r
        self.v = Vocab(r, sc)
        self.off = fs.off
        self.var = fs.variant
        self.err_rate = r.uniform(0.04, 0.45)
        self.warn_rate = r.uniform(0.05, 0.5)
        self.retry_rate = r.uniform(0.01, 0.1)
        self.setup()

    def setup(self):
        pass

    # content hooks -------------------------------------------------------
    def header(self, t):
        return []

    def request(self, t, lm, x5, fl):
        return None

    def error(self, t, burst):
        raise NotImplementedError

    def warn(self, t):
        return None

    def retry(self, t):
        return None

    def periodic(self):
        return []

    def startup(self, t):
        return []

    def shutdown(self, t):
        return []

    def crash(self, t):
        return []

    def oom(self, t, delay):
        return []

    def disk_full(self, t):
        return None

    def new_error(self, t):
        return None

    def x5_echo(self, t):
        return self.error(t, True)

    def pm_exit(self, t, prog, kind, delay):
        return []

    def filler(self, t):
        return self.warn(t)

    # helpers ---------------------------------------------------------------
    def cron(self, every_min, at=0, jitter_s=2.0):
        """wall-clock aligned schedule (minutes since epoch % every == at)."""
        a, b = self.fs.start, self.fs.end
        m0 = a // MIN
        out = []
        m = m0 - (m0 % every_min) + at
        while m * MIN < b:
            t = m * MIN + int(self.r.random() * jitter_s * US)
            if t >= a:
                out.append(t)
            m += every_min
        return out

    def every(self, period_s, jitter=0.1):
        a, b = self.fs.start, self.fs.end
        p = period_s * US
        t = a + int(self.r.random() * p)
        out = []
        while t < b:
            out.append(t)
            t += int(p * (1 + jitter * (2 * self.r.random() - 1)))
        return out

    def pick_err(self, eco, exclude=()):
        lst = [i for i in range(len(ERRS[eco])) if i not in exclude]
        return self.r.choice(lst)

    def setup_errs(self, eco, nbase=None):
        """choose baseline error types, a burst type, a 'new error' type and a dependency error for 5xx echoes."""
        r = self.r
        n = len(ERRS[eco])
        idx = list(range(n))
        r.shuffle(idx)
        nb = nbase or r.randint(2, 4)
        self.e_base = idx[:nb]
        self.e_new = idx[nb]
        self.e_burst = r.choice(idx[:nb + 2])
        deps = [i for i in range(n) if ERRS[eco][i][3] and i != self.e_new]
        self.e_dep = r.choice(deps) if deps else self.e_burst
        self.e_weights = [r.uniform(0.3, 3) for _ in self.e_base]

    def choose_err(self, burst):
        r = self.r
        if burst and r.random() < 0.85:
            return self.e_burst
        return r.choices(self.e_base, self.e_weights)[0]


# ================================================================= access formats
class AccessFmt(Fmt):
    role = 'access'
    per_request = True
    has_latency = True
    has_status = True
    shape_pow = 1.0
    KINDS = ('http_5xx', 'traffic_flood', 'latency_shift', 'silence')
    restart_ok = False
    health_paths = ('/healthz', '/health', '/ping', '/-/ready', '/status')
    health_uas = ('kube-probe/1.28', 'Blackbox Exporter/0.24.0', 'ELB-HealthChecker/2.0', 'Consul Health Check',
                  'UptimeRobot/2.0', 'GoogleHC/1.0')

    def setup(self):
        r = self.r
        self.tr = self.sc.traffic
        self.hpath = r.choice(self.health_paths)
        self.hua = r.choice(self.health_uas)
        self.hip = privip(r, '10.%d' % r.randrange(0, 3))
        self.hperiod = r.choice((5, 10, 10, 15, 30))
        self.setup2()

    def setup2(self):
        pass

    def make_flood(self, p):
        r = R(self.sc.seed, self.sc.idx, self.fs.name, 'flood')
        style = p.get('style', 'scraper')
        n = len(self.tr.routes)
        pages = [i for i in range(n) if self.tr.routes[i][5] in ('page', 'api')] or list(range(n))
        if style == 'scraper':
            ips = [pubip(r) for _ in range(r.randint(3, 25))]
            ua = r.choice(['Mozilla/5.0 (compatible; Bytespider; spider-feedback@bytedance.com)',
                           'Scrapy/2.11.0 (+https://scrapy.org)', 'python-requests/2.31.0',
                           'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)',
                           'Mozilla/5.0 (compatible; GPTBot/1.0; +https://openai.com/gptbot)'])
            routes = r.sample(pages, min(len(pages), r.randint(1, 3)))
        elif style == 'ddos':
            ips = [pubip(r) for _ in range(r.randint(300, 2500))]
            ua = None
            routes = r.sample(pages, 1)
        elif style == 'client_loop':
            ips = [pubip(r) for _ in range(r.randint(1, 4))]
            ua = r.choice(['okhttp/4.12.0', 'Dart/3.2 (dart:io)', 'MyApp/5.12.1 (iPhone; iOS 17.2; Scale/3.00)'])
            routes = r.sample(pages, 1)
        else:  # campaign: normal-looking surge
            ips = [pubip(r) for _ in range(r.randint(2000, 6000))]
            ua = None
            routes = list(range(n))
        return {'frac': 1.0 - 1.0 / p['mult'], 'ips': ips, 'ua': ua, 'routes': routes}

    def request(self, t, lm, x5, fl):
        r = self.r
        tr = self.tr
        m, path, ip, ua, med, medb, kind = tr.sample(r, fl)
        st = tr.status(r, kind, m, x5)
        d = tr.dur(r, med, lm, st)
        return self.render(t, m, path, ip, ua, st, d, tr.size(r, medb, st), kind)

    def periodic(self):
        if self.hperiod <= 0:
            return []
        return [(self.every(self.hperiod, 0.02), self.health)]

    def health(self, t):
        d = lognorm(self.r, 1.2, 0.4)
        return [(t, self.render(t, 'GET', self.hpath, self.hip, self.hua, 200, d, 2 + self.r.randrange(60), 'health'))]

    def filler(self, t):
        return self.request(t, 1.0, None, None)

    def error(self, t, burst):
        return self.request(t, 1.0, (1.0, (500, 502, 503)), None)


def clf_time(g, off):
    return ('%02d/%s/%04d:%02d:%02d:%02d %s' % (g[2], MON[g[1] - 1], g[0], g[3], g[4], g[5], offp(off)), '')


class Traefik(AccessFmt):
    fid = 'traefik'

    def setup2(self):
        r = self.r
        self.clk = Clock(clf_time, self.off)
        svc = self.fs.svc
        self.router = r.choice(['%s@docker' % svc, '%s-secure@docker' % svc, '%s-router@file' % svc,
                                'websecure-%s@kubernetescrd' % svc])
        self.backends = ['http://172.%d.0.%d:%d' % (r.randint(17, 22), r.randint(2, 30), r.choice((80, 8080, 3000, 8000, 9000)))
                         for _ in range(r.randint(1, 4))]
        self.c0 = r.randint(1000, 900000)
        self.proto = r.choice(('HTTP/1.1', 'HTTP/2.0'))
        self.host = self.sc.domain

    def render(self, t, m, path, ip, ua, st, d, size, kind):
        r = self.r
        self.c0 += 1
        ref = '-' if kind in ('api', 'post', 'health', 'internal') or r.random() < 0.4 else 'https://%s/' % self.host
        be = '-' if st == 502 and d < 5 else self.backends[r.randrange(len(self.backends))]
        return '%s - - [%s] "%s %s %s" %d %d "%s" "%s" %d "%s" "%s" %dms' % (
            ip, self.clk(t, 0), m, path, self.proto, st, size, ref, ua, self.c0, self.router, be, int(d))


class Caddy(AccessFmt):
    fid = 'caddy'
    epoch = True

    def setup2(self):
        r = self.r
        self.host = self.sc.domain
        self.proto = r.choice(('HTTP/2.0', 'HTTP/2.0', 'HTTP/1.1', 'HTTP/3.0'))
        self.logger = r.choice(('http.log.access.log0', 'http.log.access', 'http.log.access.log1'))
        self.upstream = '%s:%d' % (privip(r, '172.18'), r.choice((8080, 3000, 9000, 5000)))
        self.ctype = {'page': 'text/html; charset=utf-8', 'api': 'application/json', 'post': 'application/json',
                      'static': 'application/octet-stream', 'login': 'application/json', 'health': 'text/plain; charset=utf-8',
                      'scan': 'text/plain; charset=utf-8', 'internal': 'text/plain; version=0.0.4'}

    def ts(self, t):
        return '%d.%07d' % (t // US, (t % US) * 10 + (t * 7) % 10)

    def render(self, t, m, path, ip, ua, st, d, size, kind):
        r = self.r
        lvl = 'error' if st >= 500 else 'info'
        req = ('{"remote_ip":"%s","remote_port":"%d","client_ip":"%s","proto":"%s","method":"%s","host":"%s","uri":%s,'
               '"headers":{"User-Agent":[%s],"Accept-Encoding":["gzip, deflate, br"],"Accept":["%s"]},'
               '"tls":{"resumed":%s,"version":772,"cipher_suite":4865,"proto":"%s","server_name":"%s"}}') % (
            ip, r.randint(1024, 65535), ip, self.proto, m, self.host, json.dumps(path), json.dumps(ua),
            'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' if kind == 'page' else '*/*',
            'true' if r.random() < 0.3 else 'false', 'h2' if self.proto == 'HTTP/2.0' else ('h3' if self.proto == 'HTTP/3.0' else 'http/1.1'),
            self.host)
        ct = self.ctype.get(kind, 'text/plain')
        line = ('{"level":"%s","ts":%s,"logger":"%s","msg":"handled request","request":%s,"bytes_read":%d,"user_id":"",'
                '"duration":%.9f,"size":%d,"status":%d,"resp_headers":{"Server":["Caddy"],"Alt-Svc":["h3=\\":443\\"; ma=2592000"],'
                '"Content-Type":["%s"]}}') % (lvl, self.ts(t), self.logger, req, (r.randint(80, 4000) if m in ('POST', 'PUT', 'PATCH') else 0),
                                               d / 1000.0, size, st, ct)
        if st == 502:
            e = ('{"level":"error","ts":%s,"logger":"http.log.error.log0","msg":"dial tcp %s: connect: connection refused",'
                 '"request":%s,"duration":%.9f,"status":502,"err_id":"%s","err_trace":"reverseproxy.statusError (reverseproxy.go:1299)"}') % (
                self.ts(t - 300), self.upstream, req, d / 1000.0, b62(r, 9).lower())
            return e + '\n' + line
        return line

    def periodic(self):
        r = self.r
        out = super().periodic()
        out.append((self.every(r.choice((600, 900, 1200)), 0.05), self.maint))
        return out

    def maint(self, t):
        r = self.r
        if r.random() < 0.7:
            return [(t, '{"level":"info","ts":%s,"logger":"tls.cache.maintenance","msg":"scanning for certificates to renew"}' % self.ts(t))]
        return [(t, '{"level":"info","ts":%s,"logger":"tls","msg":"cleaning storage unit","storage":"FileStorage:/data/caddy"}' % self.ts(t)),
                (t + 2000, '{"level":"info","ts":%s,"logger":"tls","msg":"finished cleaning storage units"}' % self.ts(t + 2000))]


class Heroku(AccessFmt):
    fid = 'heroku'
    lpr = 1.5
    KINDS = ('http_5xx', 'traffic_flood', 'latency_shift', 'error_burst', 'oom_kill', 'panic')
    restart_ok = True
    self_restart_oom = False
    eco = 'ruby'

    def setup2(self):
        r = self.r
        self.clk = Clock(b_iso('colon'), 0)
        self.app = '%s-%s' % (self.sc.comp, r.choice(['prod', 'production', 'web', 'api']))
        self.host = r.choice(['%s.herokuapp.com' % self.app, self.sc.domain])
        self.ndyno = r.randint(2, 6)
        self.hperiod = 0
        self.lograge = r.random() < 0.7
        self.quota = r.choice((512, 1024, 2560))
        self.mem = [self.quota * r.uniform(0.45, 0.75) for _ in range(self.ndyno)]
        self.ver = r.randint(140, 980)
        self.dbname = 'postgresql-%s-%d' % (r.choice(['cubic', 'shaped', 'clear', 'fluffy', 'rigid']), r.randint(10000, 99999))
        self.controllers = {'api': 'Api::V2::TasksController', 'page': 'PagesController', 'post': 'Api::V2::TasksController',
                            'login': 'Api::V2::SessionsController', 'static': None}
        self.err_rate = r.uniform(0.05, 0.3)

    def ts(self, t):
        return self.clk(t, 6)

    def render(self, t, m, path, ip, ua, st, d, size, kind):
        r = self.r
        dyno = 'web.%d' % (1 + r.randrange(self.ndyno))
        rid = uuid4(r)
        fwd = ip
        if st in (503,) and r.random() < 0.6:
            code, desc = r.choice((('H12', 'Request timeout'), ('H13', 'Connection closed without response')))
            svc = 30000 if code == 'H12' else int(d)
            return '%s heroku[router]: at=error code=%s desc="%s" method=%s path="%s" host=%s request_id=%s fwd="%s" dyno=%s connect=%dms service=%dms status=503 bytes=0 protocol=https' % (
                self.ts(t), code, desc, m, path, self.host, rid, fwd, dyno, r.randint(0, 2), svc)
        if d >= 30000:
            return '%s heroku[router]: at=error code=H12 desc="Request timeout" method=%s path="%s" host=%s request_id=%s fwd="%s" dyno=%s connect=%dms service=30000ms status=503 bytes=0 protocol=https' % (
                self.ts(t), m, path, self.host, rid, fwd, dyno, r.randint(0, 2))
        line = '%s heroku[router]: at=info method=%s path="%s" host=%s request_id=%s fwd="%s" dyno=%s connect=%dms service=%dms status=%d bytes=%d protocol=https' % (
            self.ts(t), m, path, self.host, rid, fwd, dyno, r.randint(0, 2), max(1, int(d)), st, size + r.randint(150, 400))
        if self.lograge and kind not in ('static', 'health') and r.random() < 0.55:
            ctl = self.controllers.get(kind) or 'ApplicationController'
            db = d * r.uniform(0.2, 0.6)
            app = '%s app[%s]: method=%s path=%s format=%s controller=%s action=%s status=%d duration=%.2f view=%.2f db=%.2f request_id=%s' % (
                self.ts(t + int(d * 1000) - 2000), dyno, m, path.split('?')[0], 'json' if kind != 'page' else 'html', ctl,
                {'GET': 'index' if path.count('/') < 4 else 'show', 'POST': 'create', 'PATCH': 'update', 'PUT': 'update',
                 'DELETE': 'destroy'}.get(m, 'show'), st, d * 0.95, d * r.uniform(0.05, 0.3), db, rid)
            return [(t, line), (t + int(d * 1000) - 2000, app)] if r.random() < 0.5 else [(t + int(d * 1000) - 2000, app), (t + int(d * 1000), line)]
        return line

    def error(self, t, burst):
        r = self.r
        tr = self.tr
        m, path, ip, ua, med, medb, kind = tr.sample(r, None)
        dyno = 'web.%d' % (1 + r.randrange(self.ndyno))
        code, desc, st, svc = r.choice((('H12', 'Request timeout', 503, 30000), ('H13', 'Connection closed without response', 503, r.randint(100, 25000)),
                                        ('H18', 'Server Request Interrupted', 503, r.randint(50, 9000)), ('H27', 'Client Request Interrupted', 499, r.randint(10, 400))))
        if burst:
            code, desc, st, svc = 'H12', 'Request timeout', 503, 30000
        return '%s heroku[router]: at=error code=%s desc="%s" method=%s path="%s" host=%s request_id=%s fwd="%s" dyno=%s connect=%dms service=%dms status=%d bytes=0 protocol=https' % (
            self.ts(t), code, desc, m, path, self.host, uuid4(r), ip, dyno, r.randint(0, 3), svc, st)

    def x5_echo(self, t):
        return self.error(t, True)

    def warn(self, t):
        r = self.r
        i = r.randrange(self.ndyno)
        return '%s heroku[web.%d]: Error R14 (Memory quota exceeded)' % (self.ts(t), i + 1) if r.random() < 0.3 else \
            '%s app[web.%d]: W, [%s #%d]  WARN -- : [%s] Rack::Attack throttled %s' % (
                self.ts(t), i + 1, self.clk(t, 6).replace('+00:00', ''), r.randint(4, 60), uuid4(r), pubip(r))

    def periodic(self):
        r = self.r
        out = [(self.every(20, 0.02), self.metrics), (self.every(r.choice((60, 60, 120)), 0.05), self.pgmetrics)]
        out.append((self.cron(r.choice((10, 30, 60)), r.randrange(10), 5), self.scheduler))
        return out

    def metrics(self, t):
        r = self.r
        out = []
        for i in range(self.ndyno):
            self.mem[i] = max(self.quota * 0.3, min(self.quota * 0.97, self.mem[i] + r.gauss(0.4, 3)))
            mem = self.mem[i]
            out.append((t + i * 137000, '%s heroku[web.%d]: source=web.%d dyno=heroku.%d.%s sample#memory_total=%.2fMB sample#memory_rss=%.2fMB sample#memory_cache=%.2fMB sample#memory_swap=0.00MB sample#memory_pgpgin=%dpages sample#memory_pgpgout=%dpages sample#memory_quota=%.2fMB' % (
                self.ts(t + i * 137000), i + 1, i + 1, 200000000 + i, uuid4(R(self.fs.name, i)), mem, mem * 0.96, mem * 0.04,
                r.randint(100000, 900000), r.randint(100000, 900000), self.quota)))
        return out

    def pgmetrics(self, t):
        r = self.r
        return [(t, '%s app[heroku-postgres]: source=DATABASE addon=%s sample#current_transaction=%d sample#db_size=%dbytes sample#tables=%d sample#active-connections=%d sample#waiting-connections=0 sample#index-cache-hit-rate=0.9999%d sample#table-cache-hit-rate=0.99%d sample#load-avg-1m=%.3f sample#load-avg-5m=%.3f sample#load-avg-15m=%.3f sample#read-iops=%.4f sample#write-iops=%.4f sample#tmp-disk-used=543633408 sample#tmp-disk-available=72435607552 sample#memory-total=8024436kB sample#memory-free=%dkB sample#memory-cached=%dkB sample#memory-postgres=%dkB sample#wal-percentage-used=0.0%d' % (
            self.ts(t), self.dbname, 80000000 + (t // US) % 10000000, 8123456789 + r.randint(0, 99999), 74, r.randint(14, 60),
            r.randint(1, 9), r.randint(10, 99), r.uniform(0, 0.6), r.uniform(0, 0.4), r.uniform(0, 0.3), r.uniform(0, 30), r.uniform(0, 80),
            r.randint(200000, 400000), r.randint(6000000, 7000000), r.randint(200000, 500000), r.randint(10, 99)))]

    def scheduler(self, t):
        r = self.r
        n = r.randint(1000, 9999)
        task = r.choice(['bundle exec rake reports:hourly', 'bin/rails runner Billing::Sweeper.call', 'bundle exec rake search:reindex_recent',
                         'bundle exec rake cleanup:expired_tokens'])
        dur = int(r.uniform(8, 140) * US)
        out = [(t, '%s heroku[scheduler.%d]: Starting process with command `%s`' % (self.ts(t), n, task)),
               (t + 1200000, '%s heroku[scheduler.%d]: State changed from starting to up' % (self.ts(t + 1200000), n))]
        k = r.randint(2, 12)
        for i in range(k):
            tt = t + 1500000 + int(dur * i / k)
            out.append((tt, '%s app[scheduler.%d]: I, [%s #4]  INFO -- : %s' % (self.ts(tt), n, self.clk(tt, 6).replace('+00:00', ''),
                                                                               self.v.fill(r.choice(['processed batch {n} ({n2} records)', 'swept {n2} expired rows', 'enqueued {n2} jobs']))))
                       )
        out.append((t + dur + 2000000, '%s heroku[scheduler.%d]: Process exited with status 0' % (self.ts(t + dur + 2000000), n)))
        out.append((t + dur + 2100000, '%s heroku[scheduler.%d]: State changed from up to complete' % (self.ts(t + dur + 2100000), n)))
        return out

    def _boot(self, t, d):
        r = self.r
        ts = self.ts
        out = [(t, '%s heroku[web.%d]: Starting process with command `bundle exec puma -C config/puma.rb`' % (ts(t), d))]
        t += int(r.uniform(2, 6) * US)
        lines = ['[2] Puma starting in cluster mode...', '[2] * Puma version: 6.4.2 (ruby 3.2.2-p53) ("The Eagle of Durango")',
                 '[2] *  Min threads: 5', '[2] *  Max threads: 5', '[2] *  Environment: production', '[2] *   Master PID: 2',
                 '[2] *      Workers: 2', '[2] *     Restarts: (\u2714) hot (\u2716) phased', '[2] * Preloading application',
                 '[2] * Listening on http://0.0.0.0:%d' % r.randint(10000, 60000), '[2] Use Ctrl-C to stop',
                 '[2] - Worker 0 (PID: 7) booted in 0.01s, phase: 0', '[2] - Worker 1 (PID: 11) booted in 0.01s, phase: 0']
        for i, l in enumerate(lines):
            out.append((t + i * 40000, '%s app[web.%d]: %s' % (ts(t + i * 40000), d, l)))
        t += len(lines) * 40000 + 300000
        out.append((t, '%s heroku[web.%d]: State changed from starting to up' % (ts(t), d)))
        return out

    def startup(self, t):
        r = self.r
        self.ver += 1
        sha = hexs(r, 8)
        who = '%s@%s.%s' % (r.choice(FIRST), self.sc.comp, 'com')
        out = [(t, '%s app[api]: Release v%d created by user %s' % (self.ts(t), self.ver, who)),
               (t + 1000, '%s app[api]: Deploy %s by user %s' % (self.ts(t + 1000), sha, who))]
        tt = t + 2 * US
        for d in range(1, self.ndyno + 1):
            out.append((tt, '%s heroku[web.%d]: Restarting' % (self.ts(tt), d)))
            out.append((tt + 1000, '%s heroku[web.%d]: State changed from up to starting' % (self.ts(tt + 1000), d)))
            out.append((tt + 2 * US, '%s heroku[web.%d]: Stopping all processes with SIGTERM' % (self.ts(tt + 2 * US), d)))
            out.append((tt + 3 * US, '%s app[web.%d]: [2] - Gracefully shutting down workers...' % (self.ts(tt + 3 * US), d)))
            out.append((tt + 4 * US, '%s heroku[web.%d]: Process exited with status 143' % (self.ts(tt + 4 * US), d)))
            out += self._boot(tt + 5 * US, d)
            tt += int(r.uniform(8, 25) * US)
        return out

    def oom(self, t, delay):
        r = self.r
        d = 1 + r.randrange(self.ndyno)
        ts = self.ts
        over = r.uniform(2.0, 3.4)
        out = [(t - 40 * US, '%s heroku[web.%d]: Process running mem=%dM(%.1f%%)' % (ts(t - 40 * US), d, int(self.quota * 1.4), 140.2)),
               (t - 40 * US + 1000, '%s heroku[web.%d]: Error R14 (Memory quota exceeded)' % (ts(t - 40 * US + 1000), d)),
               (t, '%s heroku[web.%d]: Process running mem=%dM(%.1f%%)' % (ts(t), d, int(self.quota * over), over * 100)),
               (t + 1000, '%s heroku[web.%d]: Error R15 (Memory quota vastly exceeded)' % (ts(t + 1000), d)),
               (t + 2000, '%s heroku[web.%d]: Stopping process with SIGKILL' % (ts(t + 2000), d)),
               (t + 300000, '%s heroku[web.%d]: Process exited with status 137' % (ts(t + 300000), d)),
               (t + 310000, '%s heroku[web.%d]: State changed from up to crashed' % (ts(t + 310000), d)),
               (t + 320000, '%s heroku[web.%d]: State changed from crashed to starting' % (ts(t + 320000), d))]
        out += self._boot(t + 1500000, d)
        return out

    def crash(self, t):
        r = self.r
        d = 1 + r.randrange(self.ndyno)
        ts = self.ts
        exc = r.choice(['NoMemoryError: failed to allocate memory', "PG::ConnectionBad: could not translate host name \"ec2-52-1-2-3.compute-1.amazonaws.com\" to address",
                        "SystemStackError: stack level too deep", "Redis::CannotConnectError: Error connecting to Redis on redis-cubic-12345:6379 (Errno::ECONNREFUSED)"])
        out = [(t, '%s app[web.%d]: [2] ! Unable to start worker' % (ts(t), d)),
               (t + 1000, '%s app[web.%d]: [2] %s' % (ts(t + 1000), d, exc))]
        for i, l in enumerate(ruby_backtrace(r)[:8]):
            out.append((t + 2000 + i * 100, '%s app[web.%d]: [2] %s' % (ts(t + 2000 + i * 100), d, l)))
        tt = t + 50000
        out += [(tt, '%s app[web.%d]: [2] Early termination of worker' % (ts(tt), d)),
                (tt + 800000, '%s heroku[web.%d]: Process exited with status 1' % (ts(tt + 800000), d)),
                (tt + 810000, '%s heroku[web.%d]: State changed from up to crashed' % (ts(tt + 810000), d)),
                (tt + 820000, '%s heroku[web.%d]: State changed from crashed to starting' % (ts(tt + 820000), d))]
        out += self._boot(tt + 2 * US, d)
        return out


SQUID_HTTPS = ['www.google.com', 'outlook.office365.com', 'login.microsoftonline.com', 'teams.microsoft.com',
               'github.com', 'api.github.com', 'slack.com', 'edge.microsoft.com', 'www.linkedin.com', 'clients4.google.com',
               'update.googleapis.com', 'zoom.us', 'cdn.jsdelivr.net', 'fonts.gstatic.com', 'accounts.google.com',
               'www.atlassian.com', 'pypi.org', 'registry.npmjs.org', 'sentry.io', 'statics.teams.cdn.office.net']
SQUID_HTTP = [('http://deb.debian.org/debian/dists/bookworm/InRelease', 'text/plain', 151000),
              ('http://security.ubuntu.com/ubuntu/dists/jammy-security/InRelease', 'text/plain', 110000),
              ('http://archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl3_3.0.2-0ubuntu1.15_amd64.deb', 'application/vnd.debian.binary-package', 1900000),
              ('http://ocsp.digicert.com/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ', 'application/ocsp-response', 471),
              ('http://crl3.digicert.com/DigiCertGlobalG2TLSRSASHA2562020CA1-1.crl', 'application/pkix-crl', 52000),
              ('http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab', 'application/vnd.ms-cab-compressed', 8000),
              ('http://r3.o.lencr.org/MFMwUTBPME0wSzAJBgUrDgMCGgUABBRI2smg', 'application/ocsp-response', 503),
              ('http://download.windowsupdate.com/c/msdownload/update/others/2024/02/41234567_abcdef.cab', 'application/vnd.ms-cab-compressed', 600000),
              ('http://connectivitycheck.gstatic.com/generate_204', '-', 0),
              ('http://www.msftconnecttest.com/connecttest.txt', 'text/plain', 22)]


class Squid(AccessFmt):
    fid = 'squid'
    epoch = True

    def setup2(self):
        r = self.r
        self.hperiod = 0
        self.clients = [privip(r, '10.%d' % r.randint(20, 40)) for _ in range(r.randint(60, 400))]
        self.cpick = WPick(range(len(self.clients)), [1.0 / (i + 2) for i in range(len(self.clients))])
        self.users = ['%s.%s' % (r.choice(FIRST), r.choice(FIRST)) for _ in range(40)]
        self.auth = r.random() < 0.5
        self.parent = r.random() < 0.3
        self.blocked = ['%s.%s' % (b62(r, 7).lower(), r.choice(['xyz', 'top', 'ru', 'click', 'biz'])) for _ in range(20)]
        self.dst = {h: pubip(r) for h in SQUID_HTTPS}

    def request(self, t, lm, x5, fl):
        r = self.r
        if fl is not None and r.random() < fl['frac']:
            ci = fl['ips'][r.randrange(len(fl['ips']))]
            host = fl['host']
            x = 0.99
        else:
            ci = self.clients[self.cpick(r)]
            host = None
            x = r.random()
        user = self.users[self.clients.index(ci) % 40] if (self.auth and ci in self.clients[:40]) else '-'
        if x5 is not None and r.random() < x5[0]:
            st = x5[1][r.randrange(len(x5[1]))]
            h = r.choice(SQUID_HTTPS)
            if r.random() < 0.5:
                return self.line(t, r.uniform(1, 40) if st == 503 else 60000 + r.uniform(0, 900), ci, 'TCP_MISS/%d' % st, r.randint(3800, 4400),
                                 'CONNECT', '%s:443' % h, user, 'HIER_NONE/-', 'text/html')
            u = r.choice(SQUID_HTTP)
            return self.line(t, r.uniform(1, 40) if st == 503 else 60000 + r.uniform(0, 900), ci, 'TCP_MISS/%d' % st, r.randint(3800, 4400),
                             'GET', u[0], user, 'HIER_NONE/-', 'text/html')
        if x < 0.62 or host:
            h = host or SQUID_HTTPS[int(r.paretovariate(1.2)) % len(SQUID_HTTPS)]
            el = lognorm(r, 900, 1.4) * lm
            return self.line(t, el, ci, 'TCP_TUNNEL/200', int(lognorm(r, 9000, 1.3)), 'CONNECT', '%s:443' % h, user,
                             '%s/%s' % ('FIRSTUP_PARENT' if self.parent else 'HIER_DIRECT', self.dst.get(h) or pubip(r)), '-')
        if x < 0.92:
            u = SQUID_HTTP[r.randrange(len(SQUID_HTTP))]
            code = r.choice(('TCP_MISS/200', 'TCP_MISS/200', 'TCP_HIT/200', 'TCP_MEM_HIT/200', 'TCP_REFRESH_UNMODIFIED/200', 'TCP_REFRESH_UNMODIFIED/304'))
            if u[0].endswith('generate_204'):
                code = 'TCP_MISS/204'
            el = (lognorm(r, 2, 0.5) if 'HIT' in code else lognorm(r, 110, 0.7) * lm)
            if r.random() < self.tr.p5:
                code = 'TCP_MISS/503'
            return self.line(t, el, ci, code, int(lognorm(r, u[2], 0.2)) + 300, 'GET', u[0], user,
                             'HIER_NONE/-' if 'HIT' in code else '%s/%s' % ('HIER_DIRECT', pubip(r)), u[1])
        if x < 0.97:
            b = r.choice(self.blocked)
            return self.line(t, r.uniform(0, 2), ci, 'TCP_DENIED/403', r.randint(3900, 4100), r.choice(('CONNECT', 'GET')),
                             '%s:443' % b if r.random() < 0.7 else 'http://%s/' % b, user, 'HIER_NONE/-', 'text/html')
        return self.line(t, r.uniform(0, 3), ci, 'TCP_DENIED/407', 4100, 'CONNECT', '%s:443' % r.choice(SQUID_HTTPS), '-', 'HIER_NONE/-', 'text/html')

    def line(self, t, el, ci, code, size, m, url, user, hier, mime):
        return '%d.%03d %6d %s %s %d %s %s %s %s %s' % (t // US, (t % US) // 1000, int(el), ci, code, size, m, url, user, hier, mime)

    def make_flood(self, p):
        r = R(self.sc.seed, self.sc.idx, self.fs.name, 'flood')
        return {'frac': 1.0 - 1.0 / p['mult'], 'ips': [r.choice(self.clients) for _ in range(r.randint(1, 6))],
                'host': r.choice(['telemetry.%s.%s' % (b62(r, 6).lower(), r.choice(['com', 'net'])), 'update.googleapis.com',
                                  'settings-win.data.microsoft.com'])}

    def filler(self, t):
        return self.request(t, 1.0, None, None)


class IIS(AccessFmt):
    fid = 'iis'
    crlf = True

    def setup2(self):
        r = self.r
        self.sip = privip(r, '10.%d' % r.randint(1, 9))
        self.port = r.choice((443, 443, 80))
        self.hua = r.choice(('-', 'HealthCheck/1.0', 'Load+Balancer+Agent', 'AlwaysOn'))
        self.hpath = r.choice(('/health', '/api/health', '/healthcheck.aspx'))
        self.ntlm = r.random() < 0.4
        self.users = ['CONTOSO\\%s.%s' % (r.choice(FIRST), r.choice(FIRST)) for _ in range(30)]

    def header(self, t):
        g = time.gmtime(t // US)
        return [(t, '#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: %04d-%02d-%02d %02d:%02d:%02d\n'
                    '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken' % g[:6])]

    def render(self, t, m, path, ip, ua, st, d, size, kind):
        r = self.r
        g = time.gmtime(t // US)
        if '?' in path:
            stem, q = path.split('?', 1)
        else:
            stem, q = path, '-'
        user = '-'
        sub = 0
        w32 = 0
        if self.ntlm and kind not in ('health', 'static') and st < 400:
            user = self.users[hash(ip) % 30] if False else self.users[sum(map(ord, ip)) % 30]
        if st == 401:
            sub = r.choice((1, 2))
        if st == 500 and r.random() < 0.1:
            sub = 19
        if st < 400 and r.random() < 0.004:
            w32 = 64
        ref = '-' if kind in ('api', 'health', 'post') or r.random() < 0.5 else 'https://%s/' % self.sc.domain
        return '%04d-%02d-%02d %02d:%02d:%02d %s %s %s %s %d %s %s %s %s %d %d %d %d' % (
            g[0], g[1], g[2], g[3], g[4], g[5], self.sip, m, stem, q, self.port, user, ip, ua.replace(' ', '+'), ref,
            st, sub, w32, max(0, int(d)))

    def startup(self, t):
        return self.header(t)
