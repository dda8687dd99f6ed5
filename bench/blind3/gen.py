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
    last = {'KeyError': 'rate = item[%s]' % msg.strip(), 'TypeError': 'total = subtotal + shipping_fee',
            'ValueError': 'qty = int(raw["qty"])', 'AttributeError': 'region = customer.get("region")',
            'json.decoder.JSONDecodeError': 'payload = json.loads(resp.text)'}.get(exc)
    if last and site_idx is None:
        lines[-1] = '    ' + last
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
            return 201 if (method == 'POST' and x > 0.5 and self.flavor != 'grafana') else (202 if self.flavor == 'api' and x > 0.3 else 200)
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
             'Cart {cart} updated: {q1} items', 'Customer {cid} logged in', 'Reserved stock for SKU {sku} qty={q1}',
             'Order confirmation mail queued for order {oid}', 'Price list refreshed for region {region}',
             'Shipment label created for order {oid} carrier={carrier}', 'Coupon {coupon} applied to cart {cart}',
             'Product {sku} viewed, cache hit', 'Search "{q}" returned {n2} results', 'Refund {oid} processed amount={amt} {cur}'],
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
    'symfony': [
        ('Doctrine\\DBAL\\Exception\\ConnectionException', 'An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused', None, 1),
        ('Doctrine\\DBAL\\Exception\\DeadlockException', 'An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction', None, 0),
        ('Symfony\\Component\\HttpClient\\Exception\\TransportException', 'Idle timeout reached for "https://{ext}/v2/feed".', None, 1),
        ('Twig\\Error\\RuntimeError', 'An exception has been thrown during the rendering of a template ("Warning: Undefined array key "author"") in "article/show.html.twig" at line 42.', None, 0),
        ('TypeError', 'App\\Service\\ArticleRenderer::render(): Argument #1 ($article) must be of type App\\Entity\\Article, null given, called in /var/www/app/src/Controller/ArticleController.php on line {n3}', None, 0),
        ('Symfony\\Component\\Cache\\Exception\\CacheException', 'Redis connection failed: Connection refused [tcp://{cache}:6379]', None, 1),
        ('Symfony\\Component\\Messenger\\Exception\\HandlerFailedException', 'Handling "App\\Message\\IndexArticle" failed: No alive nodes found in your cluster', None, 1),
        ('Error', 'Call to a member function getSlug() on null', None, 0),
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
        self.dbhost = r.choice(['db', 'postgres', 'pg-primary', 'db-1.internal', 'pgbouncer'])
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

    def finalize(self, texts):
        return texts

    def err_noise(self):
        """benign error-level lines per minute (at shape 1) that are not part of the error stream."""
        return 0.0

    def number_tokens(self, texts, token, start, fmt='%d', gap=0.0):
        """replace placeholder tokens in final (time-sorted) order with an increasing counter."""
        n = start
        r = self.r
        out = []
        for tx in texts:
            while token in tx:
                n += 1
                if gap and r.random() < gap:
                    n += r.randint(1, 30)
                tx = tx.replace(token, fmt % n, 1)
            out.append(tx)
        return out

    # helpers ---------------------------------------------------------------
    epochs = ()

    def epoch(self, t):
        return bisect.bisect_right(self.epochs, t)

    def ep_val(self, name, t, make):
        """value that stays constant between process restarts (pids, pod names, ...)."""
        lst = self.__dict__.setdefault('_ep_' + name, [])
        i = self.epoch(t)
        while len(lst) <= i:
            lst.append(make())
        return lst[i]

    def seqno(self, name, t, per_sec):
        """monotonic counter derived from time (connection ids, erlang pids, ...)."""
        base = self.__dict__.setdefault('_sq_' + name, self.r.randint(1000, 900000))
        return base + int((t - self.fs.start) / US * per_sec) + self.r.randint(0, max(1, int(per_sec)))

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

    def setup_errs(self, eco, nbase=None):
        """choose baseline error types, a burst type, a 'new error' type and a dependency error for 5xx echoes."""
        r = self.r
        n = len(ERRS[eco])
        idx = list(range(n))
        r.shuffle(idx)
        nb = nbase or r.randint(2, 4)
        self.e_base = idx[:nb]
        self.e_new = idx[nb]
        self.e_burst = r.choice(idx[:nb] + idx[nb + 1:nb + 2])
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
        ref = '-' if kind in ('api', 'post', 'health', 'internal') or r.random() < 0.4 else 'https://%s/' % self.host
        be = '-' if st == 502 and d < 5 else self.backends[r.randrange(len(self.backends))]
        return '%s - - [%s] "%s %s %s" %d %d "%s" "%s" @@N@@ "%s" "%s" %dms' % (
            ip, self.clk(t, 0), m, path, self.proto, st, size, ref, ua, self.router, be, int(d))

    def finalize(self, texts):
        return self.number_tokens(texts, '@@N@@', self.c0)


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
            ta = r.randint(1000, 30000)
            app = '%s app[%s]: method=%s path=%s format=%s controller=%s action=%s status=%d duration=%.2f view=%.2f db=%.2f request_id=%s' % (
                self.ts(t - ta), dyno, m, path.split('?')[0], 'json' if kind != 'page' else 'html', ctl,
                {'GET': 'index' if path.count('/') < 4 else 'show', 'POST': 'create', 'PATCH': 'update', 'PUT': 'update',
                 'DELETE': 'destroy'}.get(m, 'show'), st, d * 0.95, d * r.uniform(0.05, 0.3), db, rid)
            return [(t - ta, app), (t, line)]
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
        self.cuser = {ip: ((self.users[i % 40] if self.auth and i < 40 else '-')) for i, ip in enumerate(self.clients)}

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
        user = self.cuser.get(ci, '-')
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
            m_ = 'CONNECT' if r.random() < 0.7 else 'GET'
            return self.line(t, r.uniform(0, 2), ci, 'TCP_DENIED/403', r.randint(3900, 4100), m_,
                             '%s:443' % b if m_ == 'CONNECT' else 'http://%s/' % b, user, 'HIER_NONE/-', 'text/html')
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
            user = self.users[sum(map(ord, ip)) % 30]
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


# ================================================================= proxy error logs
def nginx_time(g, off):
    return ('%04d/%02d/%02d %02d:%02d:%02d' % g[:6], '')


class NginxError(Fmt):
    fid = 'nginx_err'
    role = 'proxyerr'
    KINDS = ('retry_storm', 'error_burst', 'disk_full', 'new_error', 'silence')

    @classmethod
    def caps(cls, variant):
        c = Fmt.caps.__func__(cls, variant)
        if variant == 'warn':
            c['sparse'] = 1.0
            c['kinds'].discard('silence')
        return c

    def setup(self):
        r = self.r
        self.clk = Clock(nginx_time, 0)
        self.info = self.var != 'warn'
        self.master = r.randint(1, 40)
        self.nworkers = r.choice((2, 4, 8))
        self.server = self.sc.domain
        self.tr = self.sc.traffic
        self.ups = ['%s:%d' % (privip(r, '10.0'), r.choice((8080, 9000, 3000, 8000))) for _ in range(r.randint(1, 3))]
        self.upname = r.choice(['backend', 'app_servers', 'php', 'api_upstream', '%s_backend' % self.fs.svc.replace('-', '_')])
        self.err_rate = r.uniform(0.05, 0.4)
        self.retry_rate = r.uniform(0.01, 0.08)
        self.nev = r.choice(['big_header', 'ssl_verify', 'ssl_proto', 'limit_conn'])

    def ts(self, t):
        return self.clk(t, 0)

    def err_noise(self):
        return self.fs.rate * 0.04

    def workers_at(self, t):
        return self.ep_val('workers', t, lambda: sorted(self.r.randint(20, 32000) for _ in range(self.nworkers)))

    def pre(self, t, lvl, conn=True):
        ws = self.workers_at(t)
        w = ws[self.r.randrange(len(ws))]
        if conn:
            return '%s [%s] %d#%d: *%d ' % (self.ts(t), lvl, w, w, self.seqno('conn', t, 25))
        return '%s [%s] %d#%d: ' % (self.ts(t), lvl, w, w)

    def ctx(self, ip=None, up=True, path=None, m='GET'):
        r = self.r
        if path is None:
            m, path, ip2, ua, med, medb, kind = self.tr.sample(r)
            ip = ip or ip2
        s = ', client: %s, server: %s, request: "%s %s HTTP/1.1"' % (ip or pubip(r), self.server, m, path)
        if up:
            s += ', upstream: "http://%s%s"' % (self.ups[r.randrange(len(self.ups))], path)
        s += ', host: "%s"' % self.server
        return s

    def request(self, t, lm, x5, fl):
        r = self.r
        x = r.random()
        ip = self.tr.ips[self.tr.ippick(r)]
        if self.info and x < 0.55:
            return self.pre(t, 'info') + 'client %s closed keepalive connection' % ip
        if self.info and x < 0.8:
            return self.pre(t, 'info') + 'client closed connection while waiting for request, client: %s, server: 0.0.0.0:443' % ip
        if self.info and x < 0.88:
            return self.pre(t, 'info') + 'SSL_read() failed (SSL: error:0A000126:SSL routines::unexpected eof while reading) while keepalive, client: %s, server: 0.0.0.0:443' % ip
        if x < 0.93:
            return self.pre(t, 'warn') + 'an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream%s' % (
                r.randint(0, 9), r.randint(0, 99), r.randint(1, 99999999), self.ctx())
        if x < 0.96:
            return self.pre(t, 'warn') + 'a client request body is buffered to a temporary file /var/cache/nginx/client_temp/%010d%s' % (
                r.randint(1, 99999999), self.ctx(up=False, path=r.choice(['/api/upload', '/api/v1/import', '/admin/media']), m='POST'))
        p = r.choice(['/wp-login.php', '/.env', '/.git/config', '/xmlrpc.php', '/phpmyadmin/index.php', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php',
                      '/cgi-bin/luci/;stok=/locale', '/actuator/health', '/config.json', '/server-status'])
        return self.pre(t, 'error') + 'open() "/usr/share/nginx/html%s" failed (2: No such file or directory)%s' % (p, self.ctx(pubip(r), False, p))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def error(self, t, burst):
        r = self.r
        if burst or r.random() < 0.5:
            return self.pre(t, 'error') + 'upstream timed out (110: Connection timed out) while reading response header from upstream' + self.ctx()
        return self.pre(t, 'error') + r.choice(['upstream prematurely closed connection while reading response header from upstream',
                                                'recv() failed (104: Connection reset by peer) while reading response header from upstream']) + self.ctx()

    def warn(self, t):
        r = self.r
        if r.random() < 0.5:
            return self.pre(t, 'warn') + 'upstream server temporarily disabled while reading response header from upstream' + self.ctx()
        return self.pre(t, 'info') + 'SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: %s, server: 0.0.0.0:443' % pubip(r)

    def retry(self, t):
        return self.pre(t, 'error') + 'connect() failed (111: Connection refused) while connecting to upstream' + self.ctx()

    def disk_full(self, t):
        r = self.r
        if r.random() < 0.6:
            return self.pre(t, 'crit') + 'pwrite() "/var/cache/nginx/proxy_temp/%d/%02d/%010d" failed (28: No space left on device) while reading upstream%s' % (
                r.randint(0, 9), r.randint(0, 99), r.randint(1, 99999999), self.ctx())
        return self.pre(t, 'crit') + 'open() "/var/cache/nginx/client_temp/%010d" failed (28: No space left on device)%s' % (
            r.randint(1, 99999999), self.ctx(up=False, path='/api/upload', m='POST'))

    def new_error(self, t):
        r = self.r
        if self.nev == 'big_header':
            return self.pre(t, 'error') + 'upstream sent too big header while reading response header from upstream' + self.ctx()
        if self.nev == 'ssl_verify':
            return self.pre(t, 'error') + 'upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream' + self.ctx()
        if self.nev == 'ssl_proto':
            return self.pre(t, 'error') + 'SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream' + self.ctx()
        return self.pre(t, 'error') + 'limiting connections by zone "perip"%s' % self.ctx(up=False)

    def periodic(self):
        return [(self.cron(1440, self.r.choice((0, 385, 385, 60))), self.rotate)]

    def rotate(self, t):
        m = self.master
        out = [(t, '%s [notice] %d#%d: signal 10 (SIGUSR1) received from %d, reopening logs' % (self.ts(t), m, m, self.r.randint(3000, 90000))),
               (t + 100, '%s [notice] %d#%d: reopening logs' % (self.ts(t + 100), m, m))]
        for i, w in enumerate(self.workers_at(t)):
            out.append((t + 200 + i, '%s [notice] %d#%d: reopening logs' % (self.ts(t + 200 + i), w, w)))
        return out

    def startup(self, t):
        r = self.r
        m = self.master
        ts = self.ts
        old = self.workers_at(t - 1)
        new = self.workers_at(t)
        out = [(t, '%s [notice] %d#%d: signal 1 (SIGHUP) received from %d, reconfiguring' % (ts(t), m, m, r.randint(3000, 90000))),
               (t + 200, '%s [notice] %d#%d: reconfiguring' % (ts(t + 200), m, m)),
               (t + 5000, '%s [notice] %d#%d: using the "epoll" event method' % (ts(t + 5000), m, m)),
               (t + 5100, '%s [notice] %d#%d: start worker processes' % (ts(t + 5100), m, m))]
        for i, w in enumerate(new):
            out.append((t + 5200 + i * 50, '%s [notice] %d#%d: start worker process %d' % (ts(t + 5200 + i * 50), m, m, w)))
        tt = t + 120000
        for w in old:
            out.append((tt, '%s [notice] %d#%d: gracefully shutting down' % (ts(tt), w, w)))
            out.append((tt + 300000, '%s [notice] %d#%d: exiting' % (ts(tt + 300000), w, w)))
            out.append((tt + 310000, '%s [notice] %d#%d: exit' % (ts(tt + 310000), w, w)))
            out.append((tt + 320000, '%s [notice] %d#%d: signal 17 (SIGCHLD) received from %d' % (ts(tt + 320000), m, m, w)))
            out.append((tt + 321000, '%s [notice] %d#%d: worker process %d exited with code 0' % (ts(tt + 321000), m, m, w)))
            tt += r.randint(1000, 400000)
        out.append((tt, '%s [notice] %d#%d: signal 29 (SIGIO) received' % (ts(tt), m, m)))
        return out


def apache_time(g, off):
    return ('%s %s %02d %02d:%02d:%02d' % (WDAY[g[6]], MON[g[1] - 1], g[2], g[3], g[4], g[5]), ' %04d' % g[0])


class ApacheError(Fmt):
    fid = 'apache_err'
    role = 'proxyerr'
    KINDS = ('retry_storm', 'error_burst', 'disk_full', 'new_error', 'silence')
    eco = 'php'

    @classmethod
    def caps(cls, variant):
        c = Fmt.caps.__func__(cls, variant)
        if variant == 'warn':
            c['sparse'] = 1.2
            c['kinds'].discard('silence')
        return c

    def setup(self):
        r = self.r
        self.clk = Clock(apache_time, 0)
        self.info = self.var != 'warn'
        self.npids = r.randint(3, 8)
        self.server = self.sc.domain
        self.tr = self.sc.traffic
        self.backend = r.choice(['127.0.0.1:8080', 'localhost:9000', '%s:8080' % privip(r), 'unix:/run/php/php8.2-fpm.sock|fcgi://localhost'])
        self.fcgi = 'fcgi' in self.backend or r.random() < 0.5
        self.docroot = r.choice(['/var/www/html', '/srv/www/%s/public' % self.sc.comp, '/var/www/%s/public' % self.fs.svc])
        self.err_rate = r.uniform(0.05, 0.4)
        self.child = r.randint(0, 300)
        self.nev = r.choice(['fcgi_header', 'ssl_chain', 'php_deprecated', 'htaccess'])

    def err_noise(self):
        return self.fs.rate * (0.14 if self.info else 1.0)

    def procs(self, t):
        r = self.r
        return self.ep_val('procs', t, lambda: [(r.randint(1000, 60000), [r.randint(139900000000000, 140999999999999) for _ in range(6)]) for _ in range(self.npids)])

    def pre(self, t, mod, lvl, client=True, ip=None):
        r = self.r
        pl = self.procs(t)
        p, tids = pl[r.randrange(len(pl))]
        s = '[%s] [%s:%s] [pid %d:tid %d] ' % (self.clk(t, 6), mod, lvl, p, tids[r.randrange(6)])
        if client:
            s += '[client %s:%d] ' % (ip or self.tr.ips[self.tr.ippick(r)], r.randint(1024, 65535))
        return s

    def ref(self):
        r = self.r
        return ', referer: https://%s/%s' % (self.server, r.choice(['', 'blog/' + r.choice(SLUGS), 'checkout', 'account'])) if r.random() < 0.5 else ''

    def request(self, t, lm, x5, fl):
        r = self.r
        x = r.random()
        if self.info and x < 0.7:
            self.child = (self.child + r.randint(1, 7)) % 400
            return self.pre(t, 'ssl', 'info') + 'AH01964: Connection to child %d established (server %s:443)' % (self.child, self.server)
        if self.info and x < 0.8:
            return self.pre(t, 'ssl', 'info') + 'AH02008: SSL library error 1 in handshake (server %s:443)' % self.server
        if self.info and x < 0.86:
            return self.pre(t, 'core', 'info') + 'AH00128: File does not exist: %s/%s' % (self.docroot, r.choice(['favicon.ico', 'apple-touch-icon.png', 'apple-touch-icon-precomposed.png', 'ads.txt']))
        if x < 0.93:
            return self.pre(t, 'authz_core', 'error', ip=pubip(r)) + 'AH01630: client denied by server configuration: %s/%s' % (self.docroot, r.choice(['.env', '.git', 'config.php.bak', 'storage/logs/laravel.log', '.DS_Store']))
        if x < 0.97:
            return self.pre(t, 'proxy_fcgi' if self.fcgi else 'php', 'error') + "AH01071: Got error 'PHP message: PHP Deprecated:  %s'%s" % (
                r.choice(['Creation of dynamic property App\\Legacy\\Cart::$discount is deprecated in %s/app/Legacy/Cart.php on line 88' % self.docroot,
                          'strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s/vendor/legacy/lib/Util.php on line 214' % self.docroot]), self.ref())
        return self.pre(t, 'core', 'error', ip=pubip(r)) + 'AH10244: invalid URI path (/cgi-bin/.%%2e/.%%2e/.%%2e/.%%2e/bin/sh)'

    def filler(self, t):
        return self.request(t, 1, None, None)

    def error(self, t, burst):
        r = self.r
        if self.fcgi:
            if burst or r.random() < 0.5:
                return self.pre(t, 'proxy_fcgi', 'error') + "AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection timed out in %s/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65\\nStack trace:\\n#0 %s/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct()\\n#1 {main}'%s" % (self.docroot, self.docroot, self.ref())
            return self.pre(t, 'proxy_fcgi', 'error') + 'AH01067: Failed to read FastCGI header'
        return self.pre(t, 'proxy_http', 'error') + '(70007)The timeout specified has expired: AH01102: error reading status line from remote server %s%s' % (self.backend, self.ref())

    def warn(self, t):
        r = self.r
        return self.pre(t, 'proxy_fcgi' if self.fcgi else 'php', 'warn') + "AH01071: Got error 'PHP message: PHP Warning:  Undefined array key \"%s\" in %s/app/Http/Legacy/%s.php on line %d'%s" % (
            r.choice(['page', 'utm_source', 'lang', 'sort']), self.docroot, r.choice(['Search', 'Listing', 'Feed']), r.randint(20, 300), self.ref())

    def retry(self, t):
        r = self.r
        if self.fcgi:
            return self.pre(t, 'proxy', 'error', client=False) + '(111)Connection refused: AH00957: FCGI: attempt to connect to 127.0.0.1:9000 (127.0.0.1:9000) failed'
        return self.pre(t, 'proxy', 'error', client=False) + '(111)Connection refused: AH00957: http: attempt to connect to %s (%s) failed' % (self.backend, self.backend.split(':')[0])

    def disk_full(self, t):
        r = self.r
        if r.random() < 0.5:
            return self.pre(t, 'proxy_fcgi' if self.fcgi else 'php', 'error') + "AH01071: Got error 'PHP message: PHP Warning:  file_put_contents(%s/storage/framework/sessions/%s): Failed to open stream: No space left on device in %s/vendor/laravel/framework/src/Illuminate/Filesystem/Filesystem.php on line 204'%s" % (
                self.docroot, b62(r, 40), self.docroot, self.ref())
        return self.pre(t, 'core', 'error') + '(28)No space left on device: AH00646: Error writing to /var/log/apache2/%s_access.log' % self.fs.svc.replace('-', '_')

    def new_error(self, t):
        r = self.r
        if self.nev == 'fcgi_header':
            return self.pre(t, 'proxy_fcgi', 'error') + '(104)Connection reset by peer: AH01075: Error dispatching request to : (reading input brigade)' + self.ref()
        if self.nev == 'ssl_chain':
            return self.pre(t, 'ssl', 'error', client=False) + 'AH02039: Certificate Verification: Error (20): unable to get local issuer certificate [subject: CN=%s / issuer: CN=R3,O=Let\'s Encrypt,C=US]' % self.server
        if self.nev == 'php_deprecated':
            return self.pre(t, 'proxy_fcgi', 'error') + "AH01071: Got error 'PHP message: PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) in %s/vendor/dompdf/dompdf/src/FrameDecorator/Text.php on line 117'%s" % (self.docroot, self.ref())
        return self.pre(t, 'core', 'alert') + '%s/public/.htaccess: Invalid command \'RewriteEngine\', perhaps misspelled or defined by a module not included in the server configuration' % self.docroot

    def startup(self, t):
        r = self.r
        m = r.randint(1, 2000)
        tid = r.randint(139900000000000, 140999999999999)
        ts = self.clk
        return [(t, '[%s] [mpm_event:notice] [pid %d:tid %d] AH00493: SIGUSR1 received.  Doing graceful restart' % (ts(t, 6), m, tid)),
                (t + 80000, '[%s] [ssl:warn] [pid %d:tid %d] AH01909: %s:443:0 server certificate does NOT include an ID which matches the server name' % (ts(t + 80000, 6), m, tid, self.server)),
                (t + 90000, '[%s] [mpm_event:notice] [pid %d:tid %d] AH00489: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations' % (ts(t + 90000, 6), m, tid)),
                (t + 90100, '[%s] [core:notice] [pid %d:tid %d] AH00094: Command line: \'/usr/sbin/apache2\'' % (ts(t + 90100, 6), m, tid))]

    def periodic(self):
        return [(self.cron(1440, self.r.choice((385, 385, 0))), self.startup)]


# ================================================================= generic application helpers
class GenApp(Fmt):
    eco = 'python'
    shape_pow = 0.8

    def setup(self):
        self.setup_errs(self.eco)
        self.msgs = INFO_MSGS.get(self.sc.flavor, INFO_MSGS['api'])
        self.setup2()

    def setup2(self):
        pass

    def info_msg(self):
        return self.v.fill(self.msgs[self.r.randrange(len(self.msgs))])

    def err_lines(self, idx, web=True):
        r = self.r
        exc, msg, hint, dep = ERRS[self.eco][idx]
        msg = self.v.fill(msg)
        e = self.eco
        if e == 'java':
            cause = None
            if hint == 'jdbc' and r.random() < 0.7:
                cause = ('java.sql.SQLTransientConnectionException', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.')
            elif hint == 'http' and r.random() < 0.7:
                cause = ('java.net.SocketTimeoutException', 'Read timed out')
            lines = java_trace(r, self.sc.pkg, exc, msg, hint if hint in JAVA_MID else 'plain', web, cause)
        elif e == 'python':
            lines = py_trace(r, self.sc.pyroot, exc, msg, hint)
        elif e == 'dotnet':
            lines = dotnet_trace(r, getattr(self, 'ns2', self.sc.ns), exc, msg, hint)
        elif e == 'node':
            lines = node_trace(r, exc, msg)
        elif e == 'ruby':
            lines = ['%s: %s' % (exc, msg)] + ruby_backtrace(r)
        elif e in ('php', 'symfony'):
            lines = ['%s: %s' % (exc, msg)] + php_frames(r)
        else:
            lines = [msg]
        return exc, msg, lines



# ================================================================= PHP
class Laravel(GenApp):
    fid = 'laravel'
    eco = 'php'
    KINDS = ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'silence')
    restart_ok = False
    lpr = 1.0

    def setup2(self):
        r = self.r
        self.env = r.choice(['production', 'production', 'prod', 'live'])
        self.root = r.choice(['/var/www/html', '/var/www/%s/releases/%d' % (self.fs.svc, r.randint(20240101000000, 20241231000000)), '/app'])
        self.sync_cmd = r.choice(['orders:sync-status', 'erp:push-invoices', 'feeds:import', 'stock:reconcile'])

    def ts(self, t):
        g = time.gmtime((t + self.off * MIN) // US)
        return '%04d-%02d-%02d %02d:%02d:%02d' % g[:6]

    def ln(self, t, lvl, msg, ctx=None):
        s = '[%s] %s.%s: %s' % (self.ts(t), self.env, lvl, msg)
        if ctx:
            s += ' ' + json.dumps(ctx, separators=(',', ':'))
        return s

    def request(self, t, lm, x5, fl):
        r = self.r
        m = self.info_msg()
        ctx = None
        if r.random() < 0.6:
            ctx = {'user_id': r.randint(1, 90000)} if r.random() < 0.5 else {'request_id': uuid4(r)}
        return self.ln(t, 'INFO', m, ctx)

    def filler(self, t):
        return self.request(t, 1, None, None)

    def exc_block(self, exc, msg, lines, code=0, file=None):
        r = self.r
        file = file or '%s/vendor/laravel/framework/src/Illuminate/Database/Connection.php:%d' % (self.root, r.choice((760, 793, 822)))
        frames = [l.replace('/var/www/html', self.root) for l in lines[1:]]
        obj = '[object] (%s(code: %s): %s at %s)' % (exc.replace('\\', '\\\\'), code, msg.replace('"', '\\"'), file)
        return '%s\n[stacktrace]\n%s\n"}' % (obj, '\n'.join(frames).replace('\\', '\\\\'))

    def err_text(self, t, idx):
        r = self.r
        exc, msg, lines = self.err_lines(idx)
        code = 2002 if '2002' in msg else (40001 if '40001' in msg else 0)
        ctx = '{"userId":%d,"exception":"' % r.randint(1, 90000) if r.random() < 0.6 else '{"exception":"'
        return '[%s] %s.ERROR: %s %s%s ' % (self.ts(t), self.env, msg, ctx, self.exc_block(exc, msg, lines, code))

    def error(self, t, burst):
        return self.err_text(t, self.choose_err(burst))

    def x5_echo(self, t):
        return self.err_text(t, self.e_dep)

    def new_error(self, t):
        return self.err_text(t, self.e_new)

    def warn(self, t):
        r = self.r
        x = r.random()
        if x < 0.4:
            return self.ln(t, 'WARNING', 'Slow query detected', {'sql': 'select * from `orders` where `customer_id` = ? order by `created_at` desc', 'time_ms': r.randint(1000, 4000)})
        if x < 0.7:
            return self.ln(t, 'WARNING', 'Stripe webhook signature mismatch, ignoring event', {'event': 'evt_' + b62(r, 24)})
        return self.ln(t, 'NOTICE', 'Login throttled for %s' % self.v.fill('{email}'), {'ip': pubip(r), 'attempts': r.randint(5, 9)})

    def retry(self, t):
        r = self.r
        return self.ln(t, 'WARNING', 'Retrying [App\\Jobs\\SyncOrderToErp] attempt %d of 5 after exception: cURL error 7: Failed to connect to erp.internal port 443 after %d ms: Couldn\'t connect to server' % (
            r.randint(2, 5), r.randint(1, 12)), {'order_id': r.randint(100000, 999999)})

    def disk_full(self, t):
        r = self.r
        path = '%s/storage/framework/cache/data/%s/%s/%s' % (self.root, hexs(r, 2), hexs(r, 2), hexs(r, 40))
        msg = 'file_put_contents(%s): Failed to open stream: No space left on device' % path
        lines = [''] + ['%s/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()' % self.root,
                        '[internal function]: Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{closure}()',
                        '%s/vendor/laravel/framework/src/Illuminate/Filesystem/Filesystem.php(204): file_put_contents()' % self.root,
                        '%s/vendor/laravel/framework/src/Illuminate/Cache/FileStore.php(83): Illuminate\\Filesystem\\Filesystem->put()' % self.root,
                        '%s/vendor/laravel/framework/src/Illuminate/Cache/Repository.php(224): Illuminate\\Cache\\FileStore->put()' % self.root,
                        '%s/app/Services/CatalogService.php(%d): Illuminate\\Cache\\Repository->put()' % (self.root, r.randint(30, 90))]
        lines = [lines[0]] + ['#%d %s' % (i, l) for i, l in enumerate(lines[1:])] + ['#6 {main}']
        return '[%s] %s.ERROR: %s {"exception":"%s ' % (self.ts(t), self.env, msg, self.exc_block('ErrorException', msg, lines, 0,
                                                                                                   '%s/vendor/laravel/framework/src/Illuminate/Filesystem/Filesystem.php:204' % self.root))

    def periodic(self):
        r = self.r
        return [(self.cron(r.choice((5, 10, 15, 30)), r.randrange(5)), self.sync)]

    def sync(self, t):
        r = self.r
        n = r.randint(10, 160)
        out = [(t, self.ln(t, 'INFO', 'Running scheduled command: %s' % self.sync_cmd))]
        tt = t
        for i in range(n):
            tt += int(lognorm(r, 0.15, 0.6) * US)
            out.append((tt, self.ln(tt, 'INFO', self.v.fill(r.choice(['Order {oid} status updated to shipped', 'Invoice {n} pushed to ERP',
                                                                           'Product {sku} stock set to {n2}', 'Feed item {n} imported'])))))
        out.append((tt + 1000, self.ln(tt + 1000, 'INFO', 'Finished %s: %d processed, 0 failed' % (self.sync_cmd, n), {'duration_ms': (tt - t) // 1000})))
        return out


class ArtisanQueue(Fmt):
    fid = 'artisan_queue'
    lpr = 2.0
    has_latency = True
    shape_pow = 0.8
    KINDS = ('latency_shift', 'retry_storm', 'silence', 'error_burst')
    eco = 'php'
    proc = 'php'

    def setup(self):
        r = self.r
        self.width = r.choice((80, 100, 120, 150))
        jobs = [('App\\Jobs\\SendOrderConfirmation', 120), ('App\\Jobs\\GenerateInvoicePdf', 800), ('App\\Jobs\\SyncOrderToErp', 350),
                ('App\\Jobs\\ResizeProductImage', 450), ('App\\Listeners\\UpdateSearchIndex', 60), ('App\\Mail\\AbandonedCartReminder', 220),
                ('App\\Notifications\\ShipmentDispatched', 150), ('Illuminate\\Notifications\\SendQueuedNotifications', 140),
                ('App\\Jobs\\RecalculateLoyaltyPoints', 40), ('App\\Jobs\\ChargeSubscription', 900)]
        r.shuffle(jobs)
        self.jobs = jobs[:r.randint(5, 9)]
        self.jpick = WPick(range(len(self.jobs)), [r.uniform(0.5, 5) for _ in self.jobs])
        self.rjob = self.jobs[0][0]
        self.queue = r.choice(['default', 'default,emails', 'high,default,low'])

    def ts(self, t):
        g = time.gmtime((t + self.off * MIN) // US)
        return '%04d-%02d-%02d %02d:%02d:%02d' % g[:6]

    def ln(self, t, job, tail):
        left = '  %s %s ' % (self.ts(t), job)
        right = ' ' + tail
        dots = max(3, self.width - len(left) - len(right))
        return left + '.' * dots + right

    def fmt_d(self, ms):
        if ms < 1000:
            return '%.2fms' % ms
        if ms < 60000:
            return '%.2fs' % (ms / 1000.0) if ms < 10000 else '%ds' % (ms // 1000)
        return '%dm %ds' % (ms // 60000, (ms % 60000) // 1000)

    def request(self, t, lm, x5, fl):
        r = self.r
        job, med = self.jobs[self.jpick(r)]
        d = lognorm(r, med, 0.6) * lm
        if r.random() < 0.004:
            d *= r.uniform(5, 20)
        t2 = t + int(d * 1000)
        return [(t, self.ln(t, job, 'RUNNING')), (t2, self.ln(t2, job, '%s DONE' % self.fmt_d(d)))]

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def error(self, t, burst):
        r = self.r
        job, med = self.jobs[self.jpick(r)] if not burst else self.jobs[1]
        d = lognorm(r, med, 0.5)
        t2 = t + int(d * 1000)
        return self.ln(t, job, 'RUNNING') + '\n' + self.ln(t2, job, '%s FAIL' % self.fmt_d(d))

    def retry(self, t):
        r = self.r
        d = r.uniform(3, 60)
        return self.ln(t, self.rjob, 'RUNNING') + '\n' + self.ln(t + int(d * 1000), self.rjob, '%s FAIL' % self.fmt_d(d))

    def startup(self, t):
        return [(t, ''), (t + 1, '   INFO  Processing jobs from the [%s] queue.' % self.queue), (t + 2, '')]

    def periodic(self):
        r = self.r
        return [(self.cron(r.choice((15, 30, 60)), r.randrange(15)), self.batch)]

    def batch(self, t):
        r = self.r
        job = r.choice(['App\\Jobs\\RefreshRecommendations', 'App\\Jobs\\WarmCategoryCache', 'App\\Jobs\\ExpireReservations'])
        out = []
        for i in range(r.randint(30, 250)):
            d = lognorm(r, 35, 0.4)
            t2 = t + int(d * 1000)
            out.append((t, self.ln(t, job, 'RUNNING')))
            out.append((t2, self.ln(t2, job, '%s DONE' % self.fmt_d(d))))
            t = t2 + r.randint(500, 20000)
        return out


class Monolog(GenApp):
    fid = 'monolog'
    eco = 'symfony'
    per_request = True
    lpr = 1.15
    shape_pow = 1.0
    KINDS = ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'silence')
    restart_ok = False

    def setup2(self):
        r = self.r
        self.clk = Clock(b_iso('colon'), self.off)
        self.tr = self.sc.traffic
        self.root = r.choice(['/var/www/app', '/srv/app', '/var/www/html'])
        self.msg_class = r.choice(['App\\Message\\SyncOrder', 'App\\Message\\SendNewsletter', 'App\\Message\\GenerateThumbnail', 'App\\Message\\IndexArticle'])

    def ts(self, t):
        return self.clk(t, 6)

    def route_of(self, path):
        p = path.split('?')[0].strip('/')
        if not p:
            return 'app_homepage', {}
        parts = p.split('/')
        name = 'app_' + '_'.join(x for x in parts if not x.isdigit() and '-' not in x and '.' not in x)[:40]
        params = {}
        if len(parts) > 1:
            params['slug' if '-' in parts[-1] else 'id'] = parts[-1]
        return name.rstrip('_') or 'app_page', params

    def request(self, t, lm, x5, fl):
        r = self.r
        m, path, ip, ua, med, medb, kind = self.tr.sample(r, fl)
        if kind in ('static', 'scan'):
            return None
        name, params = self.route_of(path)
        rp = dict(params)
        rp['_route'] = name
        ctx = {'route': name, 'route_parameters': rp, 'request_uri': 'https://%s%s' % (self.sc.domain, path), 'method': m}
        line = '[%s] request.INFO: Matched route "%s". %s []' % (self.ts(t), name, json.dumps(ctx, separators=(',', ':')))
        x = r.random()
        if x < 0.08:
            return [(t, line), (t + 3000, '[%s] app.INFO: %s [] []' % (self.ts(t + 3000), self.info_msg()))]
        if x < 0.1:
            return [(t, line), (t + 2000, '[%s] php.INFO: User Deprecated: Since symfony/http-kernel 6.4: Accessing the main request via "%s" is deprecated. {"exception":"[object] (ErrorException(code: 0): User Deprecated: Since symfony/http-kernel 6.4 at %s/vendor/symfony/deprecation-contracts/function.php:25)"} []' % (
                self.ts(t + 2000), r.choice(['RequestStack::getMasterRequest()', 'KernelEvent::isMasterRequest()']), self.root))]
        return line

    def filler(self, t):
        return '[%s] app.INFO: %s [] []' % (self.ts(t), self.info_msg())

    def crit(self, t, idx):
        r = self.r
        exc, msg, lines = self.err_lines(idx)
        file = '%s/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php' % self.root if 'SQLSTATE' in msg else \
            '%s/src/Service/%sService.php' % (self.root, r.choice(['Cart', 'Checkout', 'Article', 'Media']))
        line = r.randint(20, 300)
        jexc = exc.replace('\\', '\\\\')
        jm = msg.replace('"', '\\"').replace('\n', '\\n')
        prev = ''
        if 'SQLSTATE' in msg:
            prev = '\\n[previous exception] [object] (PDOException(code: 2002): %s at %s/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)' % (jm, self.root)
        return '[%s] request.CRITICAL: Uncaught PHP Exception %s: "%s" at %s line %d {"exception":"[object] (%s(code: 0): %s at %s:%d)%s"} []' % (
            self.ts(t), exc, msg.replace('\n', ' '), file, line, jexc, jm, file, line, prev)

    def error(self, t, burst):
        return self.crit(t, self.choose_err(burst))

    def x5_echo(self, t):
        return self.crit(t, self.e_dep)

    def new_error(self, t):
        return self.crit(t, self.e_new)

    def warn(self, t):
        r = self.r
        if r.random() < 0.5:
            return '[%s] security.WARNING: Authentication request failed. {"exception":"[object] (Symfony\\\\Component\\\\Security\\\\Core\\\\Exception\\\\BadCredentialsException(code: 0): The presented password is invalid. at %s/vendor/symfony/security-http/Authenticator/FormLoginAuthenticator.php:91)"} []' % (self.ts(t), self.root)
        return '[%s] request.ERROR: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No route found for \\"GET https://%s/%s\\"" at %s/vendor/symfony/http-kernel/EventListener/RouterListener.php line 149 {"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\NotFoundHttpException(code: 0): No route found for \\"GET https://%s/%s\\" at %s/vendor/symfony/http-kernel/EventListener/RouterListener.php:149)"} []' % (
            self.ts(t), self.sc.domain, 'old-page', self.root, self.sc.domain, 'old-page', self.root)

    def retry(self, t):
        r = self.r
        n = r.randint(1, 3)
        d = 1000 * 2 ** (n - 1)
        err = r.choice(['Connection refused', 'SMTP server returned 421 Too many connections', 'Lock wait timeout exceeded; try restarting transaction'])
        return '[%s] messenger.WARNING: Error thrown while handling message %s. Sending for retry #%d using %d ms delay. Error: "%s" {"class":"%s","message_id":%d,"retryCount":%d,"delay":%d,"error":"%s","exception":"[object] (Symfony\\\\Component\\\\Messenger\\\\Exception\\\\HandlerFailedException(code: 0): %s at %s/vendor/symfony/messenger/Middleware/HandleMessageMiddleware.php:124)"} []' % (
            self.ts(t), self.msg_class, n, d, err, self.msg_class.replace('\\', '\\\\'), r.randint(1000, 999999), n, d, err, err, self.root)

    def disk_full(self, t):
        r = self.r
        if r.random() < 0.5:
            return '[%s] cache.WARNING: Failed to save key "%s" of type array: fopen(%s/var/cache/prod/pools/app/%s/%s/%s): Failed to open stream: No space left on device {"key":"%s","exception":"[object] (ErrorException(code: 0): Warning: fopen(%s/var/cache/prod/pools/app/%s): Failed to open stream: No space left on device at %s/vendor/symfony/cache/Traits/FilesystemCommonTrait.php:106)"} []' % (
                self.ts(t), b62(r, 16), self.root, b62(r, 10), b62(r, 1), b62(r, 1), b62(r, 16), self.root, b62(r, 10), self.root)
        return '[%s] php.WARNING: Warning: session_write_close(): write failed: No space left on device (28) {"exception":"[object] (ErrorException(code: 0): Warning: session_write_close(): write failed: No space left on device (28) at %s/vendor/symfony/http-foundation/Session/Storage/Handler/StrictSessionHandler.php:53)"} []' % (self.ts(t), self.root)

    def periodic(self):
        r = self.r
        return [(self.cron(r.choice((10, 15, 20, 30)), r.randrange(10)), self.import_feed)]

    def import_feed(self, t):
        r = self.r
        cmd = r.choice(['app:import-feed', 'app:sitemap:generate', 'app:newsletter:send-scheduled', 'app:media:cleanup'])
        out = [(t, '[%s] console.DEBUG: Command "%s" is starting. {"command":"%s"} []' % (self.ts(t), cmd, cmd))]
        n = r.randint(15, 150)
        for i in range(n):
            t += int(lognorm(r, 0.2, 0.5) * US)
            out.append((t, '[%s] app.INFO: %s [] []' % (self.ts(t), self.v.fill(r.choice(['Imported item {n} ({slug})', 'Processed entry {n}', 'Thumbnail generated for media {n}'])))))
        out.append((t + 5000, '[%s] console.DEBUG: Command "%s" exited with code "0" {"command":"%s","code":0} []' % (self.ts(t + 5000), cmd, cmd)))
        return out


# ================================================================= Ruby / Python workers
class Sidekiq(GenApp):
    fid = 'sidekiq'
    eco = 'ruby'
    lpr = 2.0
    has_latency = True
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'new_error', 'silence')
    proc = 'ruby'

    def setup2(self):
        r = self.r
        self.nthreads = r.choice((5, 10, 10, 25))
        jobs = [('SyncShopifyOrdersJob', 1.8), ('WebhookDeliveryJob', 0.35), ('Notifications::DigestJob', 0.9),
                ('StripeEventHandlerJob', 0.25), ('ActiveStorage::AnalyzeJob', 1.2), ('ActionMailer::MailDeliveryJob', 0.6),
                ('SearchIndexJob', 0.08), ('ImportCsvJob', 6.5), ('Billing::InvoiceJob', 0.7), ('AuditLogJob', 0.02)]
        r.shuffle(jobs)
        self.jobs = jobs[:r.randint(5, 9)]
        self.jpick = WPick(range(len(self.jobs)), [r.uniform(0.5, 6) for _ in self.jobs])
        self.clk = Clock(b_iso('Z'), 0)
        self.rpat = r.choice(['redis', 'throttle'])
        self.ver = r.choice(['7.2.1', '7.1.6', '6.5.12'])

    def pid_at(self, t):
        return self.ep_val('pid', t, lambda: self.r.randint(5, 40))

    def tid_at(self, t):
        tids = self.ep_val('tids', t, lambda: [b62(self.r, 4).lower() for _ in range(self.nthreads)])
        return tids[self.r.randrange(len(tids))]

    def pre(self, t, tid=None):
        return '%s pid=%d tid=%s' % (self.clk(t, 3), self.pid_at(t), tid or self.tid_at(t))

    def request(self, t, lm, x5, fl):
        r = self.r
        job, med = self.jobs[self.jpick(r)]
        tid = self.tid_at(t)
        jid = hexs(r, 24)
        d = lognorm(r, med, 0.5) * lm
        if r.random() < 0.003:
            d *= r.uniform(5, 25)
        t2 = t + int(d * US)
        return [(t, '%s class=%s jid=%s INFO: start' % (self.pre(t, tid), job, jid)),
                (t2, '%s class=%s jid=%s elapsed=%.3f INFO: done' % (self.pre(t2, tid), job, jid, d))]

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def fail(self, t, idx):
        r = self.r
        job, med = self.jobs[self.jpick(r)]
        tid = self.tid_at(t)
        jid = hexs(r, 24)
        d = lognorm(r, med, 0.5)
        exc, msg, lines = self.err_lines(idx)
        t2 = t + int(d * US)
        ctx = '{"context":"Job raised exception","job":{"retry":true,"queue":"default","class":"%s","args":[%d],"jid":"%s","created_at":%.6f,"enqueued_at":%.6f,"error_message":%s,"error_class":"%s","failed_at":%.6f,"retry_count":%d}}' % (
            job, r.randint(1, 999999), jid, t / US - r.uniform(1, 30), t / US - r.uniform(0, 1), json.dumps(msg), exc, t2 / US, r.randint(0, 5))
        return '%s class=%s jid=%s elapsed=%.3f INFO: fail\n%s WARN: %s\n%s WARN: %s\n%s' % (
            self.pre(t2, tid), job, jid, d, self.pre(t2, tid), ctx, self.pre(t2, tid), lines[0], '\n'.join(lines[1:]))

    def error(self, t, burst):
        return self.fail(t, self.choose_err(burst))

    def new_error(self, t):
        return self.fail(t, self.e_new)

    def x5_echo(self, t):
        return self.fail(t, self.e_dep)

    def warn(self, t):
        r = self.r
        if r.random() < 0.5:
            return '%s WARN: Your Redis network connection is performing extremely poorly.\nLast RTT readings were [%d, %d, %d, %d, %d], ideally these should be < 1000.\nEnsure Redis is running in the same AZ or datacenter as Sidekiq.\nIf these values are close to 100,000, that means your Sidekiq process may be\nCPU-saturated; reduce your concurrency and/or see https://github.com/sidekiq/sidekiq/discussions/5039' % (
                self.pre(t), r.randint(900, 200000), r.randint(900, 200000), r.randint(900, 200000), r.randint(900, 200000), r.randint(900, 200000))
        return '%s class=%s jid=%s WARN: Job took %ds, longer than expected timeout' % (self.pre(t), self.jobs[0][0], hexs(r, 24), r.randint(30, 300))

    def retry(self, t):
        r = self.r
        if self.rpat == 'redis':
            return '%s ERROR: heartbeat: Error connecting to Redis on %s:6379 (Errno::ECONNREFUSED)' % (self.pre(t), self.v.cache)
        return '%s class=SyncShopifyOrdersJob jid=%s WARN: ShopifyAPI::Errors::HttpResponseError: Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service. (429), retrying in %ds' % (
            self.pre(t), hexs(r, 24), r.randint(1, 8))

    def startup(self, t):
        r = self.r
        boot = b62(r, 4).lower()
        msgs = ['Booted Rails 7.1.3 application in production environment', 'Running in ruby 3.2.2 (2023-03-30 revision e51014f9c0) +YJIT [x86_64-linux]',
                'See LICENSE and the LGPL-3.0 for licensing details.', 'Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org',
                'Sidekiq %s connecting to Redis with options {:size=>10, :pool_name=>"internal", :url=>"redis://%s:6379/0"}' % (self.ver, self.v.cache),
                'Sidekiq %s connecting to Redis with options {:size=>5, :pool_name=>"default", :url=>"redis://%s:6379/0"}' % (self.ver, self.v.cache),
                'Starting processing, hit Ctrl-C to stop']
        return [(t + i * 30000, '%s pid=%d tid=%s INFO: %s' % (self.clk(t + i * 30000, 3), self.pid_at(t), boot, m)) for i, m in enumerate(msgs)]

    def shutdown(self, t):
        tid = b62(self.r, 4).lower()
        msgs = ['Shutting down', 'Terminating quiet threads for default capsule', 'Scheduler exiting...', 'Pausing to allow jobs to finish...', 'Bye!']
        return [(t + i * 200000, '%s pid=%d tid=%s INFO: %s' % (self.clk(t + i * 200000, 3), self.pid_at(t), tid, m)) for i, m in enumerate(msgs)]

    def periodic(self):
        r = self.r
        return [(self.cron(r.choice((10, 15, 30)), r.randrange(10)), self.batch)]

    def batch(self, t):
        r = self.r
        job = r.choice(['Reports::RollupJob', 'Cleanup::ExpiredSessionsJob', 'Metrics::FlushJob'])
        out = []
        for i in range(r.randint(20, 120)):
            tid = self.tid_at(t)
            jid = hexs(r, 24)
            d = lognorm(r, 0.05, 0.5)
            out.append((t, '%s class=%s jid=%s INFO: start' % (self.pre(t, tid), job, jid)))
            t2 = t + int(d * US)
            out.append((t2, '%s class=%s jid=%s elapsed=%.3f INFO: done' % (self.pre(t2, tid), job, jid, d)))
            t += r.randint(10000, 400000)
        return out


class Celery(GenApp):
    fid = 'celery'
    eco = 'python'
    lpr = 2.0
    has_latency = True
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'new_error', 'silence', 'oom_kill', 'disk_full')
    self_restart_oom = False
    proc = 'celery'

    def setup2(self):
        r = self.r
        self.clk = Clock(b_iso('', ' '), 0, ',')
        app = self.sc.pyroot
        self.app = app
        tasks = [('%s.tasks.send_receipt' % app, 0.35), ('%s.tasks.sync_account' % app, 2.2), ('%s.billing.tasks.charge_invoice' % app, 0.9),
                 ('%s.reports.tasks.build_report' % app, 8.0), ('%s.tasks.push_webhook' % app, 0.3), ('%s.search.tasks.reindex_object' % app, 0.12),
                 ('%s.media.tasks.generate_thumbnail' % app, 1.4), ('%s.tasks.expire_tokens' % app, 0.05)]
        r.shuffle(tasks)
        self.tasks = tasks[:r.randint(4, 7)]
        self.tpick = WPick(range(len(self.tasks)), [r.uniform(0.5, 5) for _ in self.tasks])
        self.conc = r.choice((2, 4, 8))
        self.host = 'celery@%s-%s' % (self.fs.svc, b62(r, 5).lower())
        self.broker = r.choice(['amqp://%s:**@rabbitmq:5672//' % app, 'redis://redis:6379/0', 'amqp://guest:**@mq.internal:5672/%s' % app])
        self.rpat = r.choice(['broker', 'task'])
        self.beat = r.random() < 0.5
        self.pids = [r.randint(20, 3000) for _ in range(self.conc)]

    def pre(self, t, lvl, proc):
        return '[%s: %s/%s]' % (self.clk(t, 3), lvl, proc)

    def worker(self):
        return 'ForkPoolWorker-%d' % (1 + self.r.randrange(self.conc))

    def request(self, t, lm, x5, fl):
        r = self.r
        name, med = self.tasks[self.tpick(r)]
        tid = uuid4(r)
        d = lognorm(r, med, 0.55) * lm
        if r.random() < 0.004:
            d *= r.uniform(4, 20)
        t2 = t + int(d * US) + r.randint(1000, 30000)
        res = r.choice(['None', 'None', "{'status': 'ok'}", 'True', str(r.randint(1, 500))])
        return [(t, '%s Task %s[%s] received' % (self.pre(t, 'INFO', 'MainProcess'), name, tid)),
                (t2, '%s Task %s[%s] succeeded in %.*fs: %s' % (self.pre(t2, 'INFO', self.worker()), name, tid, r.choice((3, 4, 9, 16)), d, res))]

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def raised(self, t, idx):
        r = self.r
        name, med = self.tasks[self.tpick(r)]
        tid = uuid4(r)
        exc, msg, lines = self.err_lines(idx)
        short = exc.split('.')[-1]
        lines = lines[:1] + ['  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task',
                             '    R = retval = fun(*args, **kwargs)',
                             '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 760, in __protected_call__',
                             '    return self.run(*args, **kwargs)'] + lines[1:]
        return '%s Task %s[%s] raised unexpected: %s(%s)\n%s' % (self.pre(t, 'ERROR', self.worker()), name, tid, short, repr(msg.split('\n')[0]), '\n'.join(lines))

    def error(self, t, burst):
        return self.raised(t, self.choose_err(burst))

    def new_error(self, t):
        return self.raised(t, self.e_new)

    def x5_echo(self, t):
        return self.raised(t, self.e_dep)

    def warn(self, t):
        r = self.r
        x = r.random()
        name, med = self.tasks[self.tpick(r)]
        if x < 0.4:
            return '%s Soft time limit (%ds) exceeded for %s[%s]' % (self.pre(t, 'WARNING', 'MainProcess'), r.choice((60, 120, 300)), name, uuid4(r))
        if x < 0.7:
            return '%s Task %s[%s] retry: Retry in %ds: SoftTimeLimitExceeded()' % (self.pre(t, 'INFO', self.worker()), name, uuid4(r), r.choice((30, 60, 120)))
        return '%s /usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine\nwhether broker connection retries are made during startup in Celery 6.0 and above.\nIf you wish to retain the existing behavior for retrying connections on startup,\nyou should set broker_connection_retry_on_startup to True.\n  warnings.warn(' % self.pre(t, 'WARNING', 'MainProcess')

    def retry(self, t):
        r = self.r
        if self.rpat == 'broker':
            return '%s consumer: Cannot connect to %s: [Errno 111] Connection refused.\nTrying again in %.2f seconds... (%d/100)\n' % (
                self.pre(t, 'ERROR', 'MainProcess'), self.broker, r.choice((2.0, 4.0, 6.0, 8.0)), r.randint(1, 20))
        name = self.tasks[0][0]
        return '%s Task %s[%s] retry: Retry in %ds: ConnectionError(\'HTTPSConnectionPool(host=\\\'%s\\\', port=443): Max retries exceeded with url: /v1/sync (Caused by NewConnectionError(\\\'<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused\\\'))\')' % (
            self.pre(t, 'INFO', self.worker()), name, uuid4(r), r.choice((5, 10, 30, 60)), self.v.ext, hexs(r, 10))

    def disk_full(self, t):
        r = self.r
        name = r.choice(self.tasks)[0]
        lines = py_trace(r, self.app, 'OSError', "[Errno 28] No space left on device: '/tmp/exports/%s.csv'" % uuid4(r))
        return '%s Task %s[%s] raised unexpected: OSError(28, \'No space left on device\')\n%s' % (self.pre(t, 'ERROR', self.worker()), name, uuid4(r), '\n'.join(lines))

    def oom(self, t, delay):
        r = self.r
        w = 1 + r.randrange(self.conc)
        pid = r.randint(100, 30000)
        job = r.randint(100, 90000)
        name = self.tasks[self.tpick(r)][0]
        tb = ['Traceback (most recent call last):',
              '  File "/usr/local/lib/python3.11/site-packages/billiard/pool.py", line 1264, in mark_as_worker_lost',
              '    raise WorkerLostError(',
              'billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d.' % job]
        return [(t, "%s Process 'ForkPoolWorker-%d' pid:%d exited with 'signal 9 (SIGKILL)'" % (self.pre(t, 'ERROR', 'MainProcess'), w, pid)),
                (t + 4000, '%s Task handler raised error: WorkerLostError(\'Worker exited prematurely: signal 9 (SIGKILL) Job: %d.\')\n%s' % (
                    self.pre(t + 4000, 'ERROR', 'MainProcess'), job, '\n'.join(tb))),
                (t + 6000, '%s Task %s[%s] raised unexpected: WorkerLostError(\'Worker exited prematurely: signal 9 (SIGKILL) Job: %d.\')' % (
                    self.pre(t + 6000, 'ERROR', 'MainProcess'), name, uuid4(r), job))]

    def startup(self, t):
        r = self.r
        g = time.gmtime(t // US)
        banner = [' ', ' -------------- %s v5.3.6 (emerald-rush)' % self.host, '--- ***** ----- ',
                  '-- ******* ---- Linux-5.15.0-1051-aws-x86_64-with-glibc2.36 %04d-%02d-%02d %02d:%02d:%02d' % g[:6],
                  '- *** --- * --- ', '- ** ---------- [config]', '- ** ---------- .> app:         %s:0x7f%s' % (self.app, hexs(r, 10)),
                  '- ** ---------- .> transport:   %s' % self.broker, '- ** ---------- .> results:     redis://redis:6379/1',
                  '- *** --- * --- .> concurrency: %d (prefork)' % self.conc,
                  '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)', '--- ***** ----- ',
                  ' -------------- [queues]', '                .> celery           exchange=celery(direct) key=celery', '                ', '',
                  '[tasks]'] + ['  . %s' % n for n, _ in sorted(self.tasks)] + ['']
        out = [(t, '\n'.join(banner))]
        t += 900000
        for m in ['Connected to %s' % self.broker, 'mingle: searching for neighbors', 'mingle: all alone', '%s ready.' % self.host]:
            out.append((t, '%s %s' % (self.pre(t, 'INFO', 'MainProcess'), m)))
            t += r.randint(5000, 1100000)
        return out

    def shutdown(self, t):
        return [(t, '\nworker: Warm shutdown (MainProcess)')]

    def periodic(self):
        r = self.r
        if not self.beat:
            return []
        return [(self.cron(r.choice((5, 15, 30)), r.randrange(5)), self.beat_burst)]

    def beat_burst(self, t):
        r = self.r
        out = [(t, '%s Scheduler: Sending due task fan-out-sync (%s.tasks.fan_out_sync)' % (self.pre(t, 'INFO', 'Beat'), self.app))]
        name, med = self.tasks[0]
        for i in range(r.randint(15, 120)):
            t += r.randint(2000, 150000)
            tid = uuid4(r)
            out.append((t, '%s Task %s[%s] received' % (self.pre(t, 'INFO', 'MainProcess'), name, tid)))
            t2 = t + int(lognorm(r, 0.2, 0.4) * US)
            out.append((t2, '%s Task %s[%s] succeeded in %.4fs: None' % (self.pre(t2, 'INFO', self.worker()), name, tid, (t2 - t) / US)))
        return out


# ================================================================= Go infrastructure (hclog / zap / logfmt)
class HCLog(Fmt):
    fid = 'hclog'
    eco = 'go'
    shape_pow = 0.3
    KINDS = ('retry_storm', 'error_burst', 'new_error', 'panic', 'disk_full', 'silence')

    @classmethod
    def caps(cls, variant):
        c = Fmt.caps.__func__(cls, variant)
        if variant == 'nomad':
            c['kinds'] |= {'latency_shift', 'oom_kill'}
            c['has_latency'] = True
        return c

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('zplain'), self.off)
        self.prod = self.var or 'consul'
        self.proc = self.prod
        self.node = '%s-%d' % (self.prod if self.prod != 'nomad' else 'nomad-client', r.randint(1, 5))
        self.peers = [privip(r, '10.0') for _ in range(r.choice((2, 4)))]
        self.ver = {'consul': '1.17.2', 'vault': '1.15.5', 'nomad': '1.7.5'}[self.prod]
        self.svcs = ['web', 'api', 'payments', 'worker', 'redis', 'postgres', 'ingress', 'search'][:r.randint(4, 8)]
        self.allocs = [uuid4(r) for _ in range(8)]
        self.self_restart_oom = False
        self.nev = r.randrange(3)

    def ln(self, t, lvl, src, msg):
        pad = {'INFO': '[INFO]  ', 'WARN': '[WARN]  ', 'ERROR': '[ERROR] ', 'DEBUG': '[DEBUG] ', 'TRACE': '[TRACE] '}[lvl]
        return '%s %s%s: %s' % (self.clk(t, 3), pad, src, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        p = self.prod
        x = r.random()
        if p == 'consul':
            if x < 0.35:
                return self.ln(t, 'DEBUG', 'agent', 'Check status updated: check=service:%s-%d status=passing' % (r.choice(self.svcs), r.randint(1, 3)))
            if x < 0.6:
                return self.ln(t, 'DEBUG', 'agent.http', 'Request finished: method=GET url=/v1/health/service/%s?index=%d&passing=1&wait=60000ms from=%s:%d latency=%s' % (
                    r.choice(self.svcs), r.randint(100000, 999999), privip(r), r.randint(30000, 60000), '%.3fs' % r.uniform(55, 60.5) if r.random() < 0.6 else '%.6fms' % lognorm(r, 0.4, 0.5)))
            if x < 0.75:
                return self.ln(t, 'DEBUG', 'agent', 'Skipping remote check since it is managed automatically: check=serfHealth')
            if x < 0.87:
                return self.ln(t, 'DEBUG', 'agent', 'Node info in sync')
            if x < 0.95:
                return self.ln(t, 'DEBUG', 'agent', 'Service in sync: service=%s-%d' % (r.choice(self.svcs), r.randint(1, 3)))
            return self.ln(t, 'INFO', 'agent.server.serf.lan', 'serf: EventMemberUpdate: %s' % r.choice(['worker-%d' % r.randint(1, 30), 'web-%d' % r.randint(1, 9)]))
        if p == 'vault':
            if x < 0.5:
                return self.ln(t, 'INFO', 'expiration', 'revoked lease: lease_id=%s' % r.choice(['auth/kubernetes/login/h%s' % b62(r, 26), 'database/creds/app/%s' % b62(r, 24), 'auth/approle/login/h%s' % b62(r, 26)]))
            if x < 0.75:
                return self.ln(t, 'DEBUG', 'auth.kubernetes.auth_kubernetes_%s' % hexs(r, 8)[:8], 'login successful: role=%s namespace=%s' % (r.choice(self.svcs), r.choice(['default', 'prod', 'apps'])))
            if x < 0.92:
                return self.ln(t, 'DEBUG', 'secrets.database.database_%s' % hexs(r, 8), 'created user: username=v-kubernet-app-%s' % b62(r, 20))
            return self.ln(t, 'INFO', 'core', 'successful mount: namespace="" path=%s/ type=kv version=2' % r.choice(['secret', 'kv-apps', 'team']))
        # nomad
        if x < 0.45:
            d = lognorm(r, 1.1, 0.6) * lm
            return self.ln(t, 'DEBUG', 'http', 'request complete: method=GET path=/v1/%s duration=%s' % (
                r.choice(['jobs?index=%d' % r.randint(1000, 99999), 'job/%s/allocations' % r.choice(self.svcs), 'node/%s' % uuid4(r), 'allocations?index=%d&wait=5m' % r.randint(1000, 99999), 'status/leader']),
                '%.6fms' % d if d < 1000 else '%.3fs' % (d / 1000)))
        if x < 0.6:
            return self.ln(t, 'DEBUG', 'client', 'updated allocations: index=%d total=%d pulled=0 filtered=%d' % (r.randint(10000, 99999), r.randint(10, 40), r.randint(10, 40)))
        if x < 0.75:
            return self.ln(t, 'DEBUG', 'client', 'allocation updates applied: added=0 removed=0 updated=%d ignored=%d errors=0' % (r.randint(0, 3), r.randint(8, 40)))
        if x < 0.9:
            return self.ln(t, 'DEBUG', 'client.alloc_runner.task_runner.task_hook.logmon', 'plugin process exited: alloc_id=%s task=%s path=/usr/local/bin/nomad pid=%d' % (r.choice(self.allocs), r.choice(self.svcs), r.randint(1000, 90000)))
        return self.ln(t, 'INFO', 'client.alloc_runner.task_runner', 'Task event: alloc_id=%s task=%s type=Started msg="Task started by client" failed=false' % (r.choice(self.allocs), r.choice(self.svcs)))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def peer(self):
        return self.peers[self.r.randrange(len(self.peers))]

    def error(self, t, burst):
        r = self.r
        p = self.prod
        if p == 'consul':
            opts = ['agent: Coordinate update error: error="rpc error making call: No cluster leader"',
                    'agent.anti_entropy: failed to sync remote state: error="rpc error making call: rpc error making call: i/o deadline reached"',
                    'agent: Check socket connection failed: check=service:%s-1 error="dial tcp %s:%d: connect: connection refused"' % (r.choice(self.svcs), privip(r), r.choice((8080, 6379, 5432)))]
        elif p == 'vault':
            opts = ['core: failed to lookup token: error="context canceled"',
                    'secrets.database.database_%s: error creating database user: error="pq: too many connections for role \\"vault\\""' % hexs(r, 8),
                    'auth.kubernetes: login unauthorized due to: lookup failed: service account unauthorized; this could mean it has been deleted or recreated with a new token']
        else:
            opts = ['client.alloc_runner.task_runner: running driver failed: alloc_id=%s task=%s error="failed to start task: failed to pull image: Error response from daemon: toomanyrequests: You have reached your pull rate limit."' % (r.choice(self.allocs), r.choice(self.svcs)),
                    'client.driver_mgr.docker: failed to inspect container: driver=docker container_id=%s error="No such container: %s"' % (hexs(r, 64), hexs(r, 64)),
                    'worker: error invoking scheduler: worker_id=%s error="failed to process evaluation: context deadline exceeded"' % uuid4(r)]
        m = opts[0] if burst and r.random() < 0.85 else r.choice(opts)
        src, msg = m.split(': ', 1)
        return self.ln(t, 'ERROR', src, msg)

    def warn(self, t):
        r = self.r
        p = self.prod
        if p == 'consul':
            return self.ln(t, 'WARN', 'agent', 'Check is now critical: check=service:%s-%d' % (r.choice(self.svcs), r.randint(1, 3))) if r.random() < 0.5 else \
                self.ln(t, 'INFO', 'agent', 'Synced check: check=service:%s-%d' % (r.choice(self.svcs), r.randint(1, 3)))
        if p == 'vault':
            return self.ln(t, 'WARN', 'core', 'Request forwarding is disabled on this node, returning standby error: remote_addr=%s' % privip(r))
        return self.ln(t, 'WARN', 'client.alloc_runner.task_runner', 'Task event: alloc_id=%s task=%s type=Restarting msg="Task restarting in %.6fs" failed=false' % (r.choice(self.allocs), r.choice(self.svcs), r.uniform(15, 18)))

    def retry(self, t):
        r = self.r
        p = self.prod
        if p == 'consul':
            return self.ln(t, 'ERROR', 'agent.server.raft', 'failed to heartbeat to: peer=%s:8300 backoff time=%dms error="dial tcp %s:8300: connect: connection refused"' % (self.peers[0], r.choice((10, 20, 40, 80, 160, 320, 640, 1000)), self.peers[0]))
        if p == 'vault':
            return self.ln(t, 'ERROR', 'storage.raft', 'failed to appendEntries to: peer="{Voter vault-%d %s:8201}" error="dial tcp %s:8201: connect: connection refused"' % (len(self.peers), self.peers[0], self.peers[0]))
        return self.ln(t, 'ERROR', 'client.rpc', 'error performing RPC to server: error="rpc error: failed to get conn: dial tcp %s:4647: connect: connection refused" rpc=Node.GetClientAllocs server=%s:4647' % (self.peers[0], self.peers[0]))

    def new_error(self, t):
        r = self.r
        p = self.prod
        opts = {'consul': ['agent.server.rpc: RPC error: error="rpc: can\'t find method Internal.ServiceDump" method=Internal.ServiceDump',
                           'agent.auto_config: TLS certificate expires soon, renewal failed: error="x509: certificate signed by unknown authority"',
                           'agent.envoy: Error handling ADS delta stream: xdsVersion=v3 error="rpc error: code = PermissionDenied desc = permission denied"'],
                'vault': ['core: error during forwarded RPC request: error="rpc error: code = Unavailable desc = error reading from server: EOF"',
                          'secrets.pki.pki_%s: error fetching CRL: error="crl has expired"' % hexs(r, 8),
                          'audit: backend failed to log response: backend=file/ error="write /vault/logs/audit.log: file already closed"'],
                'nomad': ['client.alloc_runner.task_runner.task_hook.artifacts: failed to download artifact: artifact=https://releases.internal/app.tar.gz error="bad response code: 404"',
                          'client.gc: error garbage collecting allocation: error="unlinkat /var/lib/nomad/alloc: device or resource busy"',
                          'client.fingerprint_mgr.consul: error querying consul agent: error="Unexpected response code: 403 (Permission denied: token with AccessorID \'%s\' lacks permission \'agent:read\')"' % uuid4(r)]}
        src, msg = opts[p][self.nev].split(': ', 1)
        return self.ln(t, 'ERROR', src, msg)

    def disk_full(self, t):
        r = self.r
        p = self.prod
        if p == 'consul':
            return self.ln(t, 'ERROR', 'agent.server.raft', 'failed to append to logs: error="write /opt/consul/raft/raft.db: no space left on device"')
        if p == 'vault':
            return self.ln(t, 'ERROR', 'core', 'failed to persist lease: lease_id=database/creds/app/%s error="failed to persist entry: write /vault/data/vault.db: no space left on device"' % b62(r, 24))
        return self.ln(t, 'ERROR', 'client.alloc_runner.task_runner', 'failed to write task state: alloc_id=%s task=%s error="write /opt/nomad/data/client/state.db: no space left on device"' % (r.choice(self.allocs), r.choice(self.svcs)))

    def periodic(self):
        r = self.r
        p = self.prod
        if p == 'consul':
            return [(self.every(r.choice((120, 300)), 0.1), self.snapshot)]
        if p == 'vault':
            return [(self.cron(60, r.randrange(60)), self.tidy)]
        return [(self.every(r.choice((300, 600)), 0.1), self.gc)]

    def snapshot(self, t):
        r = self.r
        idx = 1000000 + (t // US) % 1000000
        return [(t, self.ln(t, 'INFO', 'agent.server.raft', 'starting snapshot up to: index=%d' % idx)),
                (t + 1000, self.ln(t + 1000, 'INFO', 'agent.server.snapshot', 'creating new snapshot: path=/opt/consul/raft/snapshots/%d-%d-%d.tmp' % (r.randint(2, 9), idx, t // 1000))),
                (t + 90000, self.ln(t + 90000, 'INFO', 'agent.server.raft', 'compacting logs: from=%d to=%d' % (idx - 20480, idx - 10240))),
                (t + 95000, self.ln(t + 95000, 'INFO', 'agent.server.raft', 'snapshot complete up to: index=%d' % idx))]

    def tidy(self, t):
        r = self.r
        out = [(t, self.ln(t, 'INFO', 'expiration', 'tidy operation on leases is started'))]
        out.append((t + r.randint(1, 9) * US, self.ln(t + 5 * US, 'INFO', 'expiration', 'number of leases scanned: count=%d' % r.randint(1000, 30000))))
        out.append((t + 10 * US, self.ln(t + 10 * US, 'INFO', 'expiration', 'number of leases which had empty tokens: count=0')))
        out.append((t + 10 * US + 100, self.ln(t + 10 * US + 100, 'INFO', 'expiration', 'finished tidying up leases')))
        return out

    def gc(self, t):
        r = self.r
        out = []
        for i in range(r.randint(1, 6)):
            out.append((t + i * 20000, self.ln(t + i * 20000, 'INFO', 'client.gc', 'marking allocation for GC: alloc_id=%s' % uuid4(r))))
            out.append((t + i * 20000 + 5000, self.ln(t + i * 20000 + 5000, 'INFO', 'client.gc', 'garbage collecting allocation: alloc_id=%s reason="new allocations and over max (50)"' % uuid4(r))))
        return out

    def startup(self, t):
        r = self.r
        p = self.prod
        if p == 'consul':
            lines = ['==> Starting Consul agent...', "              Version: '%s'" % self.ver, "           Build Date: '2024-01-23 22:11:39 +0000 UTC'",
                     "              Node ID: '%s'" % uuid4(r), "            Node name: '%s'" % self.node, "           Datacenter: 'dc1' (Segment: '<all>')",
                     '               Server: true (Bootstrap: false)', '          Client Addr: [0.0.0.0] (HTTP: 8500, HTTPS: -1, gRPC: 8502, gRPC-TLS: 8503, DNS: 8600)',
                     '         Cluster Addr: %s (LAN: 8301, WAN: 8302)' % privip(r), '    Gossip Encryption: true', '     Auto-Encrypt-TLS: false',
                     '            HTTPS TLS: Verify Incoming: false, Verify Outgoing: false, Min Version: TLSv1_2', '',
                     '==> Log data will now stream in as it occurs:', '']
            msgs = [('INFO', 'agent.server.raft', 'initial configuration: index=1 servers="[%s]"' % ', '.join('{Suffrage:Voter ID:%s Address:%s:8300}' % (uuid4(r), p2) for p2 in self.peers)),
                    ('INFO', 'agent.server.raft', 'entering follower state: follower="Node at %s:8300 [Follower]" leader-address= leader-id=' % privip(r)),
                    ('INFO', 'agent.server.serf.lan', 'serf: EventMemberJoin: %s %s' % (self.node, privip(r))),
                    ('INFO', 'agent', 'Started DNS server: address=0.0.0.0:8600 network=udp'),
                    ('INFO', 'agent', 'Started HTTP server: address=[::]:8500 network=tcp'), ('INFO', 'agent', 'started state syncer'),
                    ('INFO', 'agent', 'Consul agent running!'), ('INFO', 'agent.server', 'New leader elected: payload=consul-1')]
        elif p == 'vault':
            lines = ['==> Vault server configuration:', '', 'Administrative Namespace: ', '             Api Address: https://%s:8200' % privip(r),
                     '                     Cgo: disabled', '         Cluster Address: https://%s:8201' % privip(r), '   Environment Variables: HOME, HOSTNAME, PATH, VAULT_ADDR',
                     '              Go Version: go1.21.5', '              Listener 1: tcp (addr: "0.0.0.0:8200", cluster address: "0.0.0.0:8201", max_request_duration: "1m30s", max_request_size: "33554432", tls: "enabled")',
                     '               Log Level: info', '                   Mlock: supported: true, enabled: false', '           Recovery Mode: false',
                     '                 Storage: raft (HA available)', '                 Version: Vault v%s, built 2024-01-26T14:53:40Z' % self.ver, '             Version Sha: %s' % hexs(r, 40), '',
                     '==> Vault server started! Log data will stream in below:', '']
            msgs = [('INFO', 'proxy environment', 'http_proxy="" https_proxy="" no_proxy=""'), ('INFO', 'core', 'Initializing version history cache for core'),
                    ('INFO', 'core', 'stored unseal keys supported, attempting fetch'), ('INFO', 'core', 'vault is unsealed'),
                    ('INFO', 'core', 'entering standby mode'), ('INFO', 'core', 'acquired lock, enabling active operation'),
                    ('INFO', 'core', 'post-unseal setup starting'), ('INFO', 'core', 'post-unseal setup complete')]
        else:
            lines = ['==> Loaded configuration from /etc/nomad.d/nomad.hcl', '==> Starting Nomad agent...', '==> Nomad agent configuration:', '',
                     '       Advertise Addrs: HTTP: {0}:4646'.format(privip(r)), '            Bind Addrs: HTTP: [0.0.0.0:4646]', '                Client: true',
                     '             Log Level: INFO', '               Node Id: %s' % uuid4(r), '                Region: global (DC: dc1)', '                Server: false',
                     '               Version: %s' % self.ver, '', '==> Nomad agent started! Log data will stream in below:', '']
            msgs = [('INFO', 'client', 'using state directory: state_dir=/opt/nomad/data/client'), ('INFO', 'client', 'using alloc directory: alloc_dir=/opt/nomad/data/alloc'),
                    ('INFO', 'client.fingerprint_mgr.cgroup', 'cgroups are available'), ('INFO', 'client.plugin', 'starting plugin manager: plugin-type=driver'),
                    ('INFO', 'client', 'started client: node_id=%s' % uuid4(r)), ('INFO', 'client', 'node registration complete'),
                    ('INFO', 'client', 'restoring allocations: count=%d' % r.randint(4, 20))]
        out = [(t, '\n'.join(lines))]
        t += 200000
        for lvl, src, m in msgs:
            out.append((t, self.ln(t, lvl, src, m)))
            t += r.randint(1000, 300000)
        return out

    def shutdown(self, t):
        p = self.prod
        if p == 'consul':
            msgs = [('INFO', 'agent', 'Caught signal: signal=terminated'), ('INFO', 'agent', 'Graceful shutdown disabled. Exiting'),
                    ('INFO', 'agent', 'Requesting shutdown'), ('INFO', 'agent', 'shutdown complete'), ('INFO', 'agent', 'Endpoints down')]
        elif p == 'vault':
            msgs = [('INFO', 'core', 'pre-seal teardown starting'), ('INFO', 'rollback', 'stopping rollback manager'), ('INFO', 'core', 'pre-seal teardown complete')]
        else:
            msgs = [('INFO', 'agent', 'requesting shutdown'), ('INFO', 'client', 'shutting down'), ('INFO', 'agent', 'shutdown complete')]
        out = [(t, '==> Caught signal: terminated')]
        for i, (lvl, src, m) in enumerate(msgs):
            out.append((t + (i + 1) * 40000, self.ln(t + (i + 1) * 40000, lvl, src, m)))
        return out

    def crash(self, t):
        r = self.r
        lines = go_panic(r, 'github.com/hashicorp/%s' % self.prod)
        lines = [l.replace('/src/internal/', '/home/runner/work/%s/%s/' % (self.prod, self.prod)) for l in lines]
        return [(t, '\n'.join(lines))]

    def oom(self, t, delay):
        r = self.r
        a = r.choice(self.allocs)
        task = r.choice(self.svcs)
        ln = self.ln
        return [(t, ln(t, 'INFO', 'client.alloc_runner.task_runner', 'Task event: alloc_id=%s task=%s type="OOM Killed" msg="OOM Killed" failed=false' % (a, task))),
                (t + 2000, ln(t + 2000, 'INFO', 'client.alloc_runner.task_runner', 'Task event: alloc_id=%s task=%s type=Terminated msg="Exit Code: 137, Exit Message: \\"OOM Killed\\"" failed=false' % (a, task))),
                (t + 5000, ln(t + 5000, 'INFO', 'client.alloc_runner.task_runner', 'restarting task: alloc_id=%s task=%s reason="Restart within policy" delay=%.6fs' % (a, task, r.uniform(15, 18)))),
                (t + 6000, ln(t + 6000, 'INFO', 'client.alloc_runner.task_runner', 'Task event: alloc_id=%s task=%s type=Restarting msg="Task restarting in %.6fs" failed=false' % (a, task, r.uniform(15, 18)))),
                (t + 17 * US, ln(t + 17 * US, 'INFO', 'client.driver_mgr.docker', 'created container: driver=docker container_id=%s' % hexs(r, 64))),
                (t + 18 * US, ln(t + 18 * US, 'INFO', 'client.driver_mgr.docker', 'started container: driver=docker container_id=%s' % hexs(r, 64))),
                (t + 18 * US + 5000, ln(t + 18 * US + 5000, 'INFO', 'client.alloc_runner.task_runner', 'Task event: alloc_id=%s task=%s type=Started msg="Task started by client" failed=false' % (a, task)))]


class ZapJSON(Fmt):
    fid = 'zapjson'
    eco = 'go'
    KINDS = ('retry_storm', 'error_burst', 'new_error', 'panic', 'disk_full', 'silence')

    @classmethod
    def caps(cls, variant):
        c = Fmt.caps.__func__(cls, variant)
        if variant == 'gosvc':
            c.update(per_request=True, has_latency=True, has_status=True)
            c['kinds'] |= {'latency_shift'}
        return c

    def setup(self):
        r = self.r
        self.kind = self.var or 'etcd'
        self.epoch_ts = self.kind == 'gosvc' and r.random() < 0.6
        self.clk = Clock(b_iso('Z'), 0)
        self.member = hexs(r, 16)
        self.peers = [(hexs(r, 16), privip(r, '10.0')) for _ in range(2)]
        self.mod = 'github.com/%s/%s' % (self.sc.comp, self.fs.svc)
        self.tr = self.sc.traffic
        self.proc = 'etcd' if self.kind == 'etcd' else self.fs.svc
        self.err_rate = r.uniform(0.05, 0.4)
        self.setup_errs('go')
        self.rev = r.randint(1000000, 90000000)
        self.nev = r.randrange(3)

    def ts(self, t):
        if self.epoch_ts:
            return '%d.%06d' % (t // US, t % US)
        return '"%s"' % self.clk(t, 6)

    def ln(self, t, lvl, caller, msg, extra=''):
        return '{"level":"%s","ts":%s,"caller":"%s","msg":%s%s}' % (lvl, self.ts(t), caller, json.dumps(msg), extra)

    def request(self, t, lm, x5, fl):
        r = self.r
        if self.kind == 'etcd':
            x = r.random()
            if x < 0.35:
                took = lognorm(r, 140, 0.35)
                res_ = r.choice(['pods', 'leases', 'events', 'configmaps', 'endpointslices'])
                ns_ = r.choice(['default', 'kube-system', 'prod'])
                return self.ln(t, 'warn', 'etcdserver/util.go:170', 'apply request took too long',
                               ',"took":"%.6fms","expected-duration":"100ms","prefix":"read-only range ","request":"key:\\"/registry/%s/%s/\\" range_end:\\"/registry/%s/%s0\\" ","response":"range_response_count:%d size:%d"' % (
                                   took, res_, ns_, res_, ns_, r.randint(0, 40), r.randint(200, 90000)))
            if x < 0.55:
                return self.ln(t, 'info', 'traceutil/trace.go:171', 'trace[%d] transaction' % r.randint(100000000, 999999999),
                               ',"detail":"{read_only:false; response_revision:%d; number_of_response:1; }","duration":"%.6fms","start":"%s","end":"%s","steps":["trace[%d] \'process raft request\'  (duration: %.6fms)"],"step_count":1' % (
                                   self.seqno('rev', t, 35), lognorm(r, 115, 0.3), self.clk(t - 115000, 6), self.clk(t, 6), r.randint(100000000, 999999999), lognorm(r, 110, 0.3)))
            if x < 0.97:
                return self.ln(t, 'info', 'traceutil/trace.go:171', 'trace[%d] range' % r.randint(100000000, 999999999),
                               ',"detail":"{range_begin:/registry/leases/kube-node-lease/; range_end:; response_count:1; response_revision:%d; }","duration":"%.6fms","start":"%s","end":"%s","steps":["trace[%d] \'agreement among raft nodes before linearized reading\'  (duration: %.6fms)"],"step_count":1' % (
                                   self.seqno('rev', t, 35), lognorm(r, 120, 0.3), self.clk(t - 120000, 6), self.clk(t, 6), r.randint(100000000, 999999999), lognorm(r, 110, 0.3)))
            return self.ln(t, 'info', 'v3rpc/interceptor.go:197', 'request stats', ',"start time":"%s","time spent":"%.6fms","remote":"%s:%d","response type":"/etcdserverpb.KV/Range","request count":0,"request size":%d,"response count":%d,"response size":%d,"request content":"key:\\\"/registry/leases/kube-node-lease/%s\\\" "' % (
                self.clk(t - 100000, 6), lognorm(r, 100, 0.3), privip(r), r.randint(30000, 60000), r.randint(40, 90), r.randint(0, 1), r.randint(300, 600), 'node-%d' % r.randint(1, 30)))
        m, path, ip, ua, med, medb, kind = self.tr.sample(r, fl)
        st = self.tr.status(r, kind, m, x5)
        d = self.tr.dur(r, med, lm, st)
        lvl = 'error' if st >= 500 else ('warn' if st >= 400 and st != 404 else 'info')
        return self.ln(t, lvl, 'middleware/logger.go:%d' % 58, 'request handled',
                       ',"method":"%s","path":%s,"status":%d,"latency":%.6f,"bytes":%d,"remote_ip":"%s","request_id":"%s","user_agent":%s' % (
                           m, json.dumps(path.split('?')[0]), st, d / 1000.0, self.tr.size(r, medb, st), ip, uuid4(r), json.dumps(ua)))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def err_line(self, t, idx):
        r = self.r
        msg = self.v.fill(ERRS['go'][idx][1])
        if self.kind == 'etcd':
            return self.ln(t, 'warn', 'etcdserver/v3_server.go:897', 'timed out waiting for read index response (local node might have slow network)', ',"timeout":"7s"')
        return self.ln(t, 'error', 'api/%s.go:%d' % (r.choice(['items', 'feed', 'events', 'sessions']), r.randint(30, 300)), 'request failed',
                       ',"error":%s,"request_id":"%s","stacktrace":%s' % (json.dumps(msg), uuid4(r), json.dumps(go_stack_field(r, self.mod))))

    def error(self, t, burst):
        return self.err_line(t, self.choose_err(burst))

    def new_error(self, t):
        r = self.r
        if self.kind == 'etcd':
            opts = [('embed/config_logging.go:169', 'rejected connection', ',"remote-addr":"%s:%d","server-name":"","error":"remote error: tls: bad certificate"' % (privip(r), r.randint(30000, 60000))),
                    ('etcdserver/server.go:1141', 'failed to revoke lease', ',"lease-id":"%s","error":"etcdserver: request timed out"' % hexs(r, 16)),
                    ('v3rpc/watch.go:537', 'failed to send watch response to gRPC stream', ',"error":"rpc error: code = Unavailable desc = transport is closing"')]
            c, m, e = opts[self.nev]
            return self.ln(t, 'warn', c, m, e)
        return self.err_line(t, self.e_new)

    def x5_echo(self, t):
        return self.err_line(t, self.e_dep)

    def warn(self, t):
        r = self.r
        if self.kind == 'etcd':
            return self.ln(t, 'warn', 'wal/wal.go:805', 'slow fdatasync', ',"took":"%.6fs","expected-duration":"1s"' % r.uniform(1.0, 2.5))
        return self.ln(t, 'warn', 'cache/redis.go:88', 'cache miss storm detected, falling back to database', ',"keys":%d' % r.randint(50, 500))

    def retry(self, t):
        r = self.r
        if self.kind == 'etcd':
            pid, pip = self.peers[0]
            return self.ln(t, 'warn', 'rafthttp/probing_status.go:68', 'prober detected unhealthy status',
                           ',"round-tripper-name":"ROUND_TRIPPER_RAFT_MESSAGE","remote-peer-id":"%s","rtt":"0s","error":"dial tcp %s:2380: connect: connection refused"' % (pid, pip))
        return self.ln(t, 'warn', 'client/retry.go:41', 'retrying request',
                       ',"attempt":%d,"backoff":"%dms","upstream":"%s","error":"dial tcp %s:8080: connect: connection refused"' % (r.randint(1, 4), r.choice((100, 200, 400, 800)), self.v.dep, self.v.ip))

    def disk_full(self, t):
        r = self.r
        if self.kind == 'etcd':
            return self.ln(t, 'error', 'etcdserver/server.go:2043', 'failed to save snapshot', ',"error":"write /var/lib/etcd/member/snap/%016x-%016x.snap.tmp: no space left on device"' % (r.randint(2, 9), self.rev))
        return self.ln(t, 'error', 'spool/writer.go:77', 'failed to spool event batch', ',"error":"write /var/spool/%s/%d.dat: no space left on device"' % (self.fs.svc, r.randint(100000, 999999)))

    def periodic(self):
        if self.kind == 'etcd':
            return [(self.cron(5, self.r.randrange(5)), self.compaction)]
        return []

    def compaction(self, t):
        r = self.r
        self.rev = self.seqno('rev', t, 35) - r.randint(1000, 5000)
        return [(t, self.ln(t, 'info', 'mvcc/index.go:214', 'compact tree index', ',"revision":%d' % self.rev)),
                (t + 30000, self.ln(t + 30000, 'info', 'mvcc/kvstore_compaction.go:66', 'finished scheduled compaction',
                                    ',"compact-revision":%d,"took":"%.6fms","hash":%d' % (self.rev, lognorm(r, 40, 0.4), r.randint(10 ** 8, 4 * 10 ** 9)))),
                (t + 31000, self.ln(t + 31000, 'info', 'mvcc/hash.go:137', 'storing new hash', ',"hash":%d,"revision":%d,"compact-revision":%d' % (r.randint(10 ** 8, 4 * 10 ** 9), self.rev, self.rev - 5000)))]

    def startup(self, t):
        r = self.r
        if self.kind == 'etcd':
            msgs = [('etcdmain/etcd.go:73', 'Running: ', ',"args":["etcd","--advertise-client-urls=https://%s:2379","--data-dir=/var/lib/etcd"]' % privip(r)),
                    ('embed/etcd.go:127', 'configuring peer listeners', ',"listen-peer-urls":["https://0.0.0.0:2380"]'),
                    ('embed/etcd.go:309', 'starting an etcd server', ',"etcd-version":"3.5.12","git-sha":"%s","go-version":"go1.20.13","go-os":"linux","go-arch":"amd64"' % hexs(r, 9)),
                    ('etcdserver/backend.go:81', 'opened backend db', ',"path":"/var/lib/etcd/member/snap/db","took":"%.6fms"' % r.uniform(5, 90)),
                    ('etcdserver/server.go:851', 'starting etcd server', ',"local-member-id":"%s","local-server-version":"3.5.12","cluster-version":"to_be_decided"' % self.member),
                    ('embed/serve.go:250', 'serving client traffic securely', ',"traffic":"grpc+http","address":"0.0.0.0:2379"')]
        else:
            msgs = [('cmd/main.go:41', 'starting %s' % self.fs.svc, ',"version":"v%d.%d.%d","commit":"%s","go":"go1.22.1"' % (r.randint(1, 3), r.randint(0, 30), r.randint(0, 9), hexs(r, 7))),
                    ('config/load.go:64', 'configuration loaded', ',"env":"production","source":"/etc/%s/config.yaml"' % self.fs.svc),
                    ('store/pool.go:33', 'database pool ready', ',"max_conns":%d' % r.choice((10, 20, 50))),
                    ('cmd/main.go:88', 'http server listening', ',"addr":":8080"')]
        return [(t + i * 20000, self.ln(t + i * 20000, 'info', c, m, e)) for i, (c, m, e) in enumerate(msgs)]

    def shutdown(self, t):
        if self.kind == 'etcd':
            return [(t, self.ln(t, 'info', 'osutil/interrupt_unix.go:64', 'received signal; shutting down', ',"signal":"terminated"')),
                    (t + 2000, self.ln(t + 2000, 'info', 'embed/etcd.go:376', 'closing etcd server', ',"name":"%s","data-dir":"/var/lib/etcd","advertise-peer-urls":["https://%s:2380"]' % (self.fs.host, privip(self.r)))),
                    (t + 400000, self.ln(t + 400000, 'info', 'etcdserver/server.go:1465', 'skipped leadership transfer for single voting member cluster', ',"local-member-id":"%s"' % self.member)),
                    (t + 900000, self.ln(t + 900000, 'info', 'embed/etcd.go:580', 'stopping serving peer traffic', ',"address":"[::]:2380"'))]
        return [(t, self.ln(t, 'info', 'cmd/main.go:102', 'received signal, shutting down', ',"signal":"terminated"')),
                (t + 900000, self.ln(t + 900000, 'info', 'cmd/main.go:117', 'server stopped', ''))]

    def crash(self, t):
        r = self.r
        lines = go_panic(r, self.mod)
        if self.kind == 'etcd':
            return [(t, self.ln(t, 'panic', 'etcdserver/apply.go:238', 'unexpected error during txn', ',"error":"context canceled"')), (t + 100, '\n'.join(lines[:1] + lines[2:]))]
        return [(t, '\n'.join(lines))]


class Logfmt(Fmt):
    fid = 'logfmt'
    eco = 'go'
    KINDS = ('retry_storm', 'error_burst', 'new_error', 'silence', 'latency_shift')

    @classmethod
    def caps(cls, variant):
        c = Fmt.caps.__func__(cls, variant)
        c.update(per_request=(variant == 'grafana'), has_latency=True, has_status=True)
        if variant == 'grafana':
            c['kinds'] |= {'http_5xx'}
        else:
            c['kinds'] |= {'panic', 'disk_full'}
        return c

    def setup(self):
        r = self.r
        self.kind = self.var or 'grafana'
        self.per_request = self.kind == 'grafana'
        self.shape_pow = 1.0 if self.kind == 'grafana' else 0.7
        if self.kind == 'grafana':
            self.clk = Clock(b_iso('zcolon'), self.off)
            self.tr = Traffic(R(self.sc.seed, self.sc.idx, self.fs.name, 'gtraffic'), 'grafana', 'grafana.' + self.sc.domain)
        else:
            self.clk = Clock(b_iso('Z'), 0)
        self.users = [(r.randint(1, 60), r.choice(FIRST)) for _ in range(15)]
        self.nev = r.randrange(3)

    def gts(self, t):
        return self.clk(t, 9 if self.kind == 'loki' else 6)

    def request(self, t, lm, x5, fl):
        r = self.r
        if self.kind == 'grafana':
            m, path, ip, ua, med, medb, kind = self.tr.sample(r, fl)
            st = self.tr.status(r, kind, m, x5)
            d = self.tr.dur(r, med, lm, st)
            uid, uname = self.users[r.randrange(len(self.users))]
            handler = path.split('?')[0]
            for k in ('/uid/', '/d/'):
                if k in handler:
                    handler = handler.split(k)[0] + k.rstrip('/') + '/:uid'
            lvl = 'error' if st >= 500 else 'info'
            return 'logger=context userId=%d orgId=1 uname=%s t=%s level=%s msg="Request Completed" method=%s path=%s status=%d remote_addr=%s time_ms=%d duration=%.6fms size=%d referer=https://grafana.%s/d/%s handler=%s status_source=%s' % (
                uid, uname, self.gts(t), lvl, m, path.split('?')[0], st, privip(r), int(d), d, self.tr.size(r, medb, st), self.sc.domain,
                self.tr.uids[0], handler, 'downstream' if st >= 500 else 'server')
        # loki query-frontend
        d = lognorm(r, 180, 0.9) * lm
        qt = r.choice(['filter', 'metric', 'limited', 'labels'])
        q = r.choice(['{app="%s"} |= "error"' % r.choice(['api', 'web', 'worker']), 'sum by (level) (count_over_time({namespace="prod"}[1m]))',
                      'rate({job="nginx"} |~ "5\\d\\d" [5m])', '{container="payments"} | json | status >= 500', 'topk(10, sum by (path) (rate({app="gateway"}[5m])))'])
        return 'level=info ts=%s caller=metrics.go:159 component=frontend org_id=%s traceID=%s latency=%s query=%s query_type=%s range_type=range length=%s step=%s duration=%s status=200 limit=1000 returned_lines=%d throughput=%.1fMB total_bytes=%.1fMB total_entries=%d queue_time=%.3fms subqueries=%d' % (
            self.gts(t), r.choice(['fake', 'tenant-a', 'ops']), hexs(r, 16), 'slow' if d > 10000 else 'fast', json.dumps(q), qt,
            r.choice(['1h0m0s', '6h0m0s', '15m0s', '24h0m0s']), r.choice(['14s', '30s', '1m0s', '2m0s']),
            ('%.6fms' % d) if d < 1000 else ('%.9fs' % (d / 1000)), r.randint(0, 1000), r.uniform(1, 800), r.uniform(0.1, 900), r.randint(0, 5000), r.uniform(0.01, 3), r.randint(1, 32))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def error(self, t, burst):
        r = self.r
        if self.kind == 'grafana':
            opts = ['logger=tsdb.prometheus endpoint=queryData pluginId=prometheus dsName=Prometheus dsUID=%s uname=%s fromAlert=false t=%s level=error msg="Exemplar query failed" query=%s err="Post \\"http://prometheus:9090/api/v1/query_exemplars\\": context deadline exceeded"',
                    'logger=context userId=%d orgId=1 uname=%s t=%s level=error msg="Failed to look up user based on cookie" error="user token not found"',
                    'logger=ngalert.scheduler rule_uid=%s org_id=1 version=%d attempt=0 now=%s t=%s level=error msg="Failed to evaluate rule" error="failed to execute query A: Post \\"http://prometheus:9090/api/v1/query_range\\": dial tcp 10.0.0.9:9090: i/o timeout" duration=%.6fs']
            k = 0 if burst and r.random() < 0.85 else r.randrange(3)
            if k == 0:
                return opts[0] % (b62(r, 9), r.choice(FIRST), self.gts(t), 'up{job="node"}')
            if k == 1:
                return opts[1] % (r.randint(1, 60), r.choice(FIRST), self.gts(t))
            return opts[2] % (b62(r, 9), r.randint(1, 40), self.clk(t, 0), self.gts(t), r.uniform(0.5, 30))
        opts = ['level=error ts=%s caller=retry.go:73 org_id=fake traceID=%s msg="error processing request" try=0 query=%s err="context canceled"',
                'level=error ts=%s caller=flush.go:143 org_id=fake msg="failed to flush" err="failed to flush chunks: store put chunk: RequestCanceled: request context canceled\\ncaused by: context deadline exceeded, num_chunks: 1, labels: {app=\\"api\\"}"',
                'level=warn ts=%s caller=grpc_logging.go:43 method=/logproto.Pusher/Push duration=%.6fms err="rpc error: code = Code(429) desc = entry with timestamp %s ignored, reason: \'entry too far behind\', oldest acceptable timestamp is: %s" msg=gRPC']
        k = 0 if burst and r.random() < 0.85 else r.randrange(3)
        if k == 0:
            return opts[0] % (self.gts(t), hexs(r, 16), json.dumps('{app="api"} |= "timeout"'))
        if k == 1:
            return opts[1] % self.gts(t)
        return opts[2] % (self.gts(t), r.uniform(0.1, 4), self.clk(t - 3 * HOUR, 0), self.clk(t - HOUR, 0))

    def x5_echo(self, t):
        return self.error(t, True)

    def warn(self, t):
        r = self.r
        if self.kind == 'grafana':
            return 'logger=live t=%s level=warn msg="Failed to handle subscription" error="not found" channel=grafana/dashboard/uid/%s' % (self.gts(t), b62(r, 9))
        return 'level=warn ts=%s caller=logging.go:123 traceID=%s orgID=fake msg="POST /loki/api/v1/push (500) %.6fms Response: \\"rpc error: code = Unavailable desc = error reading from server: EOF\\\\n\\" ws: false; Content-Length: %d; Content-Type: application/x-protobuf; User-Agent: promtail/2.9.4; "' % (
            self.gts(t), hexs(r, 16), r.uniform(1, 90), r.randint(200, 90000))

    def retry(self, t):
        r = self.r
        if self.kind == 'grafana':
            return 'logger=sqlstore.transactions t=%s level=info msg="Database locked, sleeping then retrying" error="database is locked" retry=%d code="database is locked"' % (self.gts(t), r.randint(0, 4))
        return 'level=warn ts=%s caller=client.go:419 component=client host=loki.%s msg="error sending batch, will retry" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest \'%d\' lines totaling \'%d\' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"' % (
            self.gts(t), self.sc.domain, r.randint(100, 2000), r.randint(100000, 2000000))

    def new_error(self, t):
        r = self.r
        if self.kind == 'grafana':
            opts = ['logger=plugin.grafana-image-renderer t=%s level=error msg="Rendering failed" error="Failed to launch the browser process! /usr/lib/chromium/chromium: error while loading shared libraries: libnss3.so"',
                    'logger=datasources t=%s level=error msg="Failed to query data source" error="x509: certificate has expired or is not yet valid" datasource=Elasticsearch-logs',
                    'logger=ldap t=%s level=error msg="Failed to connect to LDAP server" error="LDAP Result Code 200 \\"Network Error\\": dial tcp 10.0.2.15:636: i/o timeout"']
            return opts[self.nev] % self.gts(t)
        opts = ['level=error ts=%s caller=table_manager.go:142 index-store=tsdb-2024-01-01 msg="failed to upload table" table=index_%d err="AccessDenied: Access Denied\\n\\tstatus code: 403"',
                'level=error ts=%s caller=compactor.go:523 msg="failed to run compaction" err="failed to acquire lock: ring key compactor not found"%s',
                'level=error ts=%s caller=ruler.go:530 msg="unable to list rules" err="unable to list rule groups: context deadline exceeded"%s']
        s = opts[self.nev]
        return s % (self.gts(t), 19700 + r.randint(0, 300)) if self.nev == 0 else s % (self.gts(t), '')

    def disk_full(self, t):
        r = self.r
        return 'level=error ts=%s caller=flush.go:143 org_id=fake msg="failed to flush" err="write /loki/chunks/%s: no space left on device"' % (self.gts(t), b62(r, 22))

    def periodic(self):
        r = self.r
        if self.kind == 'grafana':
            return [(self.cron(10, r.randrange(10)), self.cleanup), (self.every(600, 0.02), self.update_check)]
        return [(self.cron(r.choice((5, 10)), r.randrange(5)), self.table_upload), (self.every(60, 0.01), self.ring)]

    def cleanup(self, t):
        r = self.r
        return [(t, 'logger=cleanup t=%s level=info msg="Completed cleanup jobs" duration=%.6fms' % (self.gts(t), lognorm(r, 12, 0.4)))]

    def update_check(self, t):
        r = self.r
        return [(t, 'logger=grafana.update.checker t=%s level=info msg="Update check succeeded" duration=%.6fms' % (self.gts(t), lognorm(r, 120, 0.3))),
                (t + 2000, 'logger=plugins.update.checker t=%s level=info msg="Update check succeeded" duration=%.6fms' % (self.gts(t + 2000), lognorm(r, 160, 0.3)))]

    def table_upload(self, t):
        r = self.r
        out = [(t, 'level=info ts=%s caller=table_manager.go:136 index-store=tsdb-2024-01-01 msg="uploading tables"' % self.gts(t))]
        for i in range(r.randint(1, 4)):
            tt = t + (i + 1) * 150000
            out.append((tt, 'level=info ts=%s caller=index_set.go:86 msg="uploading table index_%d"' % (self.gts(tt), 19700 + r.randint(0, 300))))
            out.append((tt + 50000, 'level=info ts=%s caller=index_set.go:107 msg="finished uploading table index_%d"' % (self.gts(tt + 50000), 19700 + r.randint(0, 300))))
        return out

    def ring(self, t):
        r = self.r
        return [(t, 'level=info ts=%s caller=checkpoint.go:615 msg="starting checkpoint"' % self.gts(t)),
                (t + int(lognorm(r, 0.3, 0.4) * US), 'level=info ts=%s caller=checkpoint.go:340 msg="attempting checkpoint for" dir=/loki/wal/checkpoint.%06d' % (self.gts(t + 300000), (t // US) % 1000000))]

    def startup(self, t):
        r = self.r
        if self.kind == 'grafana':
            msgs = ['logger=settings t=@T@ level=info msg="Starting Grafana" version=10.3.3 commit=%s branch=HEAD compiled=%s' % (hexs(r, 10), self.clk(t - 86400 * 30 * US, 0)),
                    'logger=settings t=@T@ level=info msg="Config loaded from" file=/usr/share/grafana/conf/defaults.ini',
                    'logger=settings t=@T@ level=info msg="Config overridden from Environment variable" var="GF_PATHS_DATA=/var/lib/grafana"',
                    'logger=sqlstore t=@T@ level=info msg="Connecting to DB" dbtype=sqlite3',
                    'logger=migrator t=@T@ level=info msg="Starting DB migrations"',
                    'logger=migrator t=@T@ level=info msg="migrations completed" performed=0 skipped=%d duration=%.6fms' % (r.randint(500, 600), r.uniform(1, 9)),
                    'logger=http.server t=@T@ level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http subUrl= socket=']
        else:
            msgs = ['level=info ts=@T@ caller=main.go:108 msg="Starting Loki" version="(version=2.9.4, branch=HEAD, revision=%s)"' % hexs(r, 9),
                    'level=info ts=@T@ caller=server.go:322 http=[::]:3100 grpc=[::]:9095 msg="server listening on addresses"',
                    'level=info ts=@T@ caller=modules.go:1094 msg="RulerStorage is not configured in single binary mode and will not be started."',
                    'level=info ts=@T@ caller=module_service.go:82 msg=initialising module=ingester',
                    'level=info ts=@T@ caller=recovery.go:40 msg="recovering from checkpoint"',
                    'level=info ts=@T@ caller=loki.go:505 msg="Loki started"']
        return [(t + i * 30000, m.replace('@T@', self.gts(t + i * 30000))) for i, m in enumerate(msgs)]

    def crash(self, t):
        r = self.r
        return [(t, '\n'.join(go_panic(r, 'github.com/grafana/loki/v2/pkg')))]


# ================================================================= data stores / brokers
class RabbitMQ(Fmt):
    fid = 'rabbitmq'
    eco = 'erlang'
    lpr = 2.6
    shape_pow = 0.9
    KINDS = ('error_burst', 'disk_full', 'new_error', 'silence')
    proc = 'beam.smp'

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('colon', ' '), self.off)
        self.node = 'rabbit@%s' % r.choice(['mq-1', 'rabbitmq-0', 'rabbit-%s' % b62(r, 5).lower(), 'broker01'])
        self.sip = privip(r)
        self.clients = [privip(r) for _ in range(r.randint(4, 30))]
        self.users = [r.choice(['app', self.fs.svc.split('-')[0], 'worker', 'publisher', 'celery', 'laravel'])]
        self.vhost = r.choice(['/', '/', '/prod', self.sc.comp])
        self.pidc = r.randint(1000, 9000)
        self.nev = r.randrange(3)
        self.err_rate = r.uniform(0.02, 0.25)

    def ts(self, t):
        return self.clk(t, 6)

    def erlpid(self, t):
        return '<0.%d.0>' % self.seqno('epid', t, 2.5)

    def conn(self, p):
        r = self.r
        return '%s (%s:%d -> %s:5672)' % (p, self.clients[r.randrange(len(self.clients))], r.randint(32768, 60999), self.sip)

    def request(self, t, lm, x5, fl):
        r = self.r
        p = self.erlpid(t)
        c = self.conn(p)
        d = int(lognorm(r, 400, 1.2) * US) if r.random() < 0.7 else int(r.uniform(5, 600) * US)
        u = self.users[0]
        out = [(t, '%s [info] %s accepting AMQP connection %s' % (self.ts(t), p, c)),
               (t + 3000, '%s [info] %s connection %s: user \'%s\' authenticated and granted access to vhost \'%s\'' % (self.ts(t + 3000), p, c, u, self.vhost))]
        if r.random() < 0.93:
            out.append((t + d, '%s [info] %s closing AMQP connection %s' % (self.ts(t + d), p, c[:-1] + ', vhost: \'%s\', user: \'%s\')' % (self.vhost, u))))
        else:
            out.append((t + d, '%s [warning] %s closing AMQP connection %s:\nclient unexpectedly closed TCP connection' % (self.ts(t + d), p, c[:-1] + ', vhost: \'%s\', user: \'%s\')' % (self.vhost, u))))
        return out

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def error(self, t, burst):
        r = self.r
        p = self.erlpid(t)
        c = self.conn(p)
        if burst or r.random() < 0.5:
            ex = r.choice(['orders.v2', 'events.fanout', 'billing'])
            return '%s [error] %s Channel error on connection %s, channel 1:\noperation basic.publish caused a channel exception not_found: no exchange \'%s\' in vhost \'%s\'' % (
                self.ts(t), p, c, ex if burst else r.choice(['legacy.events', 'tmp.x']), self.vhost)
        return '%s [error] %s Error on AMQP connection %s, state: starting):\nPLAIN login refused: user \'guest\' - invalid credentials' % (self.ts(t), p, c[:-1])

    def warn(self, t):
        r = self.r
        p = self.erlpid(t)
        if r.random() < 0.5:
            return '%s [warning] %s closing AMQP connection %s:\nmissed heartbeats from client, timeout: 60s' % (self.ts(t), p, self.conn(p))
        return '%s [info] %s Waiting for Mnesia tables for 30000 ms, 9 retries left' % (self.ts(t), p) if r.random() < 0.1 else \
            '%s [warning] %s Consumer %s on channel 1 has timed out waiting for a consumer acknowledgement of a delivery with delivery tag = %d. Timeout used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more' % (
                self.ts(t), p, 'amq.ctag-' + b62(r, 22), r.randint(1, 9000))

    def new_error(self, t):
        r = self.r
        p = self.erlpid(t)
        if self.nev == 0:
            return '%s [error] %s Error on AMQP connection %s:\noperation basic.ack caused a channel exception precondition_failed: unknown delivery tag %d' % (self.ts(t), p, self.conn(p), r.randint(1, 500))
        if self.nev == 1:
            return '%s [warning] %s Queue \'%s\' in vhost \'%s\': message TTL expired, dead-lettering to \'dlx\' failed: no route' % (self.ts(t), p, r.choice(['emails', 'webhooks']), self.vhost)
        return '%s [error] %s Error on AMQP connection %s, vhost: \'%s\', user: \'%s\', state: running), channel 0:\n operation connection.open caused a connection exception not_allowed: "access to vhost \'%s\' refused for user \'%s\'"' % (
            self.ts(t), p, self.conn(p)[:-1], self.vhost, 'reporting', self.vhost, 'reporting')

    def disk_full(self, t):
        r = self.r
        p = self.erlpid(t)
        if r.random() < 0.4:
            return '%s [warning] %s Free disk space is insufficient. Free bytes: %d. Limit: 50000000\n%s [warning] %s disk resource limit alarm set on node \'%s\'.\n\n**********************************************************\n*** Publishers will be blocked until this alarm clears ***\n**********************************************************\n' % (
                self.ts(t), p, r.randint(1000000, 49000000), self.ts(t), p, self.node)
        return '%s [error] %s ** Generic server <0.%d.0> terminating\n** Last message in was {write,<<"%s">>}\n** Reason for termination ==\n** {enospc,[{file,write,2,[{file,"file.erl"},{line,480}]},{rabbit_msg_store,write_message,4,[]}]}' % (
            self.ts(t), p, r.randint(500, 900), b62(r, 16))

    def periodic(self):
        return []

    def startup(self, t):
        r = self.r
        lines = ['', ' Starting RabbitMQ 3.12.12 on Erlang 26.2.1 [jit]', ' Copyright (c) 2007-2023 VMware, Inc. or its affiliates.',
                 ' Licensed under the MPL 2.0. Website: https://rabbitmq.com']
        out = []
        p = '<0.229.0>'
        for i, l in enumerate(lines):
            out.append((t + i * 100, '%s [info] %s %s' % (self.ts(t + i * 100), p, l)))
        t += 2 * US
        for m in ['Running boot step pre_boot defined by app rabbit', 'Running boot step rabbit_global_counters defined by app rabbit',
                  'Applying definitions from file at \'/etc/rabbitmq/definitions.json\'', 'Ready to start client connection listeners',
                  'started TCP listener on [::]:5672', 'Management plugin: HTTP (non-TLS) listener started on port 15672',
                  'Server startup complete; %d plugins started.' % r.randint(3, 7), ' * rabbitmq_prometheus', ' * rabbitmq_management', ' * rabbitmq_management_agent']:
            out.append((t, '%s [info] %s %s' % (self.ts(t), p, m)))
            t += r.randint(1000, 800000)
        return out

    def shutdown(self, t):
        p = '<0.%d.0>' % self.r.randint(200, 900)
        return [(t, '%s [info] %s RabbitMQ is asked to stop...' % (self.ts(t), p)),
                (t + 500000, '%s [info] %s Successfully stopped RabbitMQ and its dependencies' % (self.ts(t + 500000), p))]


class Cassandra(Fmt):
    fid = 'cassandra'
    eco = 'java'
    shape_pow = 0.5
    KINDS = ('error_burst', 'retry_storm', 'oom_kill', 'disk_full', 'new_error', 'silence')
    proc = 'java'

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('', ' '), 0, ',')
        self.ks = r.choice(['shop', 'app', 'events', 'tracking', self.sc.comp])
        self.tables = r.sample(['orders', 'carts', 'sessions', 'events_by_day', 'user_activity', 'inventory', 'price_history', 'messages'], 4)
        self.tid = {tb: hexs(r, 32) for tb in self.tables}
        self.peers = [privip(r, '10.1') for _ in range(r.randint(2, 5))]
        self.me = privip(r, '10.1')
        self.gen = r.randint(1000, 9000)
        self.err_rate = r.uniform(0.02, 0.2)
        self.nev = r.randrange(3)
        self.tbl = {tb: r.randint(100, 9000) for tb in self.tables}

    def ln(self, t, lvl, thread, src, msg):
        return '%-5s [%s] %s %s - %s' % (lvl, thread, self.clk(t, 3), src, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        x = r.random()
        tb = r.choice(self.tables)
        if x < 0.3:
            mb = lognorm(r, 12, 0.7)
            return self.ln(t, 'INFO', 'NativePoolCleaner', 'ColumnFamilyStore.java:878', 'Enqueuing flush of %s: %.3fMiB (%d%%) on-heap, 0.000KiB (0%%) off-heap' % (tb, mb, max(1, int(mb / 20))))
        if x < 0.55:
            self.tbl[tb] += 1
            return self.ln(t, 'INFO', 'PerDiskMemtableFlushWriter_0:%d' % r.randint(1, 60), 'Memtable.java:498',
                           'Completed flushing /var/lib/cassandra/data/%s/%s-%s/nb-%d-big-Data.db (%.3fMiB) for commitlog position CommitLogPosition(segmentId=%d, position=%d)' % (
                               self.ks, tb, self.tid[tb], self.tbl[tb], lognorm(r, 3, 0.8), 1700000000000 + r.randint(0, 9 ** 9), r.randint(10000, 33554432)))
        if x < 0.75:
            a = lognorm(r, 120, 0.8)
            b = a * r.uniform(0.7, 0.99)
            ms = int(a * r.uniform(20, 60))
            return self.ln(t, 'INFO', 'CompactionExecutor:%d' % r.randint(1, 8), 'CompactionTask.java:253',
                           'Compacted (%s) %d sstables to [/var/lib/cassandra/data/%s/%s-%s/nb-%d-big,] to level=0.  %.3fMiB to %.3fMiB (~%d%% of original) in %s ms.  Read Throughput = %.3fMiB/s, Write Throughput = %.3fMiB/s, Row Throughput = ~%s/s.  %s total partitions merged to %s.  Partition merge counts were {1:%d, 2:%d, }' % (
                               uuid4(r), r.randint(2, 6), self.ks, tb, self.tid[tb], self.tbl[tb], a, b, int(100 * b / a), '{:,}'.format(ms), a / max(ms, 1) * 1000, b / max(ms, 1) * 1000,
                               '{:,}'.format(r.randint(1000, 400000)), '{:,}'.format(r.randint(10000, 900000)), '{:,}'.format(r.randint(9000, 800000)), r.randint(9000, 800000), r.randint(10, 9000)))
        if x < 0.9:
            ms = int(lognorm(r, 260, 0.3))
            return self.ln(t, 'INFO', 'Service Thread', 'GCInspector.java:294', 'G1 Young Generation GC in %dms.  G1 Eden Space: %d -> 0; G1 Old Gen: %d -> %d; G1 Survivor Space: %d -> %d;' % (
                ms, r.randint(10 ** 9, 3 * 10 ** 9), r.randint(10 ** 9, 4 * 10 ** 9), r.randint(10 ** 9, 4 * 10 ** 9), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8)))
        return self.ln(t, 'INFO', 'CompactionExecutor:%d' % r.randint(1, 8), 'CompactionTask.java:164', 'Compacting (%s) [/var/lib/cassandra/data/%s/%s-%s/nb-%d-big-Data.db:level=0, ]' % (uuid4(r), self.ks, tb, self.tid[tb], self.tbl[tb]))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def error(self, t, burst):
        r = self.r
        if burst or r.random() < 0.4:
            tb = self.tables[1]
            head = 'org.apache.cassandra.db.filter.TombstoneOverwhelmingException: Scanned over 100001 tombstones during query \'SELECT * FROM %s.%s WHERE user_id = %d LIMIT 5000 ALLOW FILTERING\' (last scanned row token was %d and partion key was ((%d))); query aborted' % (
                self.ks, tb, r.randint(1, 99999), r.randint(-9 * 10 ** 18, 9 * 10 ** 18), r.randint(1, 99999))
            fr = ['org.apache.cassandra.db.ReadCommand$1MetricRecording.onMergedRangeTombstoneMarkers(ReadCommand.java:588)',
                  'org.apache.cassandra.db.transform.Filter.applyToMarker(Filter.java:117)', 'org.apache.cassandra.db.transform.BaseRows.hasNext(BaseRows.java:133)',
                  'org.apache.cassandra.db.ReadCommand.executeLocally(ReadCommand.java:410)', 'org.apache.cassandra.db.ReadCommandVerbHandler.doVerb(ReadCommandVerbHandler.java:52)',
                  'org.apache.cassandra.net.InboundSink.accept(InboundSink.java:78)', 'org.apache.cassandra.concurrent.SEPWorker.run(SEPWorker.java:119)',
                  'io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)', 'java.base/java.lang.Thread.run(Thread.java:829)']
            th = 'ReadStage-%d' % r.randint(1, 32)
            return self.ln(t, 'ERROR', th, 'AbstractLocalAwareExecutorService.java:166', 'Uncaught exception on thread Thread[%s,5,SharedPool]' % th) + '\n' + head + '\n' + '\n'.join('\tat ' + f for f in fr)
        th = 'Native-Transport-Requests-%d' % r.randint(1, 128)
        return self.ln(t, 'ERROR', th, 'ErrorMessage.java:457', 'Unexpected exception during request') + '\njava.lang.IllegalStateException: Unable to compute when histogram overflowed\n\tat org.apache.cassandra.metrics.DecayingEstimatedHistogramReservoir$EstimatedHistogramReservoirSnapshot.getMean(DecayingEstimatedHistogramReservoir.java:1150)\n\tat org.apache.cassandra.transport.Dispatcher.processRequest(Dispatcher.java:233)\n\tat java.base/java.lang.Thread.run(Thread.java:829)'

    def warn(self, t):
        r = self.r
        x = r.random()
        if x < 0.5:
            return self.ln(t, 'WARN', 'ReadStage-%d' % r.randint(1, 32), 'ReadCommand.java:602', 'Read %d live rows and %d tombstone cells for query SELECT * FROM %s.%s WHERE user_id = %d LIMIT 5000 (see tombstone_warn_threshold)' % (
                r.randint(1, 2000), r.randint(1001, 90000), self.ks, r.choice(self.tables), r.randint(1, 99999)))
        if x < 0.8:
            return self.ln(t, 'WARN', 'Service Thread', 'GCInspector.java:292', 'G1 Old Generation GC in %dms.  G1 Old Gen: %d -> %d;' % (r.randint(1000, 2400), r.randint(3 * 10 ** 9, 4 * 10 ** 9), r.randint(10 ** 9, 2 * 10 ** 9)))
        return self.ln(t, 'WARN', 'CompactionExecutor:%d' % r.randint(1, 8), 'BigTableWriter.java:274', 'Writing large partition %s/%s:%d (%.3fMiB) to sstable /var/lib/cassandra/data/%s/%s-%s/nb-%d-big-Data.db' % (
            self.ks, self.tables[0], r.randint(1, 99999), r.uniform(100, 900), self.ks, self.tables[0], self.tid[self.tables[0]], self.tbl[self.tables[0]]))

    def retry(self, t):
        r = self.r
        p = self.peers[0]
        return self.ln(t, 'WARN', 'Messaging-EventLoop-3-%d' % r.randint(1, 8), 'NoSpamLogger.java:108',
                       '/%s:7000->/%s:7000-%s-[no-channel] failed to connect' % (self.me, p, r.choice(['SMALL_MESSAGES', 'URGENT_MESSAGES', 'LARGE_MESSAGES']))) + \
            '\nio.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /%s:7000\nCaused by: java.net.ConnectException: finishConnect(..) failed: Connection refused\n\tat io.netty.channel.unix.Errors.newConnectException0(Errors.java:155)\n\tat io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:128)\n\tat io.netty.channel.unix.Socket.finishConnect(Socket.java:321)\n\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.doFinishConnect(AbstractEpollChannel.java:710)\n\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:406)\n\tat java.base/java.lang.Thread.run(Thread.java:829)' % p

    def new_error(self, t):
        r = self.r
        if self.nev == 0:
            return self.ln(t, 'WARN', 'Native-Transport-Requests-%d' % r.randint(1, 128), 'NoSpamLogger.java:108', 'Unlogged batch covering %d partitions detected against table [%s.%s]. You should use a logged batch for atomicity, or asynchronous writes for performance.' % (r.randint(12, 90), self.ks, self.tables[2]))
        if self.nev == 1:
            return self.ln(t, 'ERROR', 'HintsDispatcher:%d' % r.randint(1, 8), 'HintsDispatchExecutor.java:294', 'Failed to dispatch hints file %s-%d-2.hints: file is corrupted ({})' % (uuid4(r), 1700000000000 + r.randint(0, 9 ** 9))) + \
                '\norg.apache.cassandra.io.FSReadError: java.io.EOFException\n\tat org.apache.cassandra.hints.HintsReader$HintsIterator.computeNext(HintsReader.java:199)\n\tat org.apache.cassandra.hints.HintsDispatcher.sendHints(HintsDispatcher.java:157)'
        return self.ln(t, 'ERROR', 'ValidationExecutor:%d' % r.randint(1, 4), 'Validator.java:268', 'Failed creating a merkle tree for [repair #%s on %s/%s, [(%d,%d]]], /%s:7000 (see log for details)' % (
            uuid4(r), self.ks, self.tables[3], r.randint(-9 * 10 ** 18, 0), r.randint(0, 9 * 10 ** 18), self.peers[-1]))

    def disk_full(self, t):
        r = self.r
        th = 'CompactionExecutor:%d' % r.randint(1, 8)
        return self.ln(t, 'ERROR', th, 'CassandraDaemon.java:581', 'Exception in thread Thread[%s,1,main]' % th) + \
            '\norg.apache.cassandra.io.FSWriteError: java.io.IOException: No space left on device\n\tat org.apache.cassandra.io.util.SequentialWriter.flushData(SequentialWriter.java:257)\n\tat org.apache.cassandra.io.compress.CompressedSequentialWriter.flushData(CompressedSequentialWriter.java:169)\n\tat org.apache.cassandra.io.util.SequentialWriter.doFlush(SequentialWriter.java:238)\n\tat org.apache.cassandra.db.compaction.CompactionTask.runMayThrow(CompactionTask.java:212)\nCaused by: java.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:285)\n\t... 17 common frames omitted'

    def periodic(self):
        r = self.r
        return [(self.cron(60, r.randrange(60)), self.summaries), (self.every(300, 0.02), self.slowops)]

    def slowops(self, t):
        if self.r.random() < 0.6:
            return [(t, self.ln(t, 'INFO', 'ScheduledTasks:1', 'NoSpamLogger.java:92', 'Some operations were slow, details available at debug level (debug.log)'))]
        return []

    def summaries(self, t):
        return [(t, self.ln(t, 'INFO', 'IndexSummaryManager:1', 'IndexSummaryRedistribution.java:78', 'Redistributing index summaries')),
                (t + 400000, self.ln(t + 400000, 'INFO', 'IndexSummaryManager:1', 'IndexSummaryRedistribution.java:142', 'Completed resizing of index summaries; current approximate memory used: %.3f MiB' % self.r.uniform(1, 40)))]

    def oom(self, t, delay):
        r = self.r
        th = 'ReadStage-%d' % r.randint(1, 32)
        return [(t, self.ln(t, 'ERROR', th, 'JVMStabilityInspector.java:196', 'OutOfMemory error letting the JVM handle the error:') +
                 '\njava.lang.OutOfMemoryError: Java heap space\n\tat org.apache.cassandra.utils.memory.BufferPool.allocate(BufferPool.java:110)\n\tat org.apache.cassandra.io.util.RandomAccessReader.<init>(RandomAccessReader.java:64)\n\tat org.apache.cassandra.db.SinglePartitionReadCommand.queryMemtableAndDiskInternal(SinglePartitionReadCommand.java:780)\n\tat org.apache.cassandra.db.ReadCommandVerbHandler.doVerb(ReadCommandVerbHandler.java:52)\n\tat org.apache.cassandra.concurrent.SEPWorker.run(SEPWorker.java:119)\n\tat java.base/java.lang.Thread.run(Thread.java:829)')]

    def startup(self, t):
        r = self.r
        self.gen += 1
        msgs = [('main', 'YamlConfigurationLoader.java:103', 'Configuration location: file:/etc/cassandra/cassandra.yaml'),
                ('main', 'CassandraDaemon.java:625', 'Hostname: %s:7000:7001' % self.fs.host), ('main', 'CassandraDaemon.java:632', 'JVM vendor/version: OpenJDK 64-Bit Server VM/11.0.22'),
                ('main', 'CassandraDaemon.java:633', 'Heap size: 7.813GiB/7.813GiB'), ('main', 'CassandraDaemon.java:650', 'Classpath: /etc/cassandra:/usr/share/cassandra/lib/HdrHistogram-2.1.9.jar:...'),
                ('main', 'StartupChecks.java:147', 'jemalloc shared library could not be preloaded to speed up memory allocations'),
                ('main', 'CommitLog.java:181', 'Replaying /var/lib/cassandra/commitlog/CommitLog-7-%d.log' % (1700000000000 + r.randint(0, 9 ** 9))),
                ('main', 'CommitLog.java:183', 'Log replay complete, %d replayed mutations' % r.randint(1000, 90000)),
                ('main', 'StorageService.java:1539', 'JOINING: Finish joining ring'),
                ('main', 'StorageService.java:2803', 'Node /%s:7000 state jump to NORMAL' % self.me),
                ('main', 'Gossiper.java:2204', 'Waiting for gossip to settle...'), ('main', 'Gossiper.java:2235', 'No gossip backlog; proceeding'),
                ('main', 'PipelineConfigurator.java:124', 'Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)...'),
                ('main', 'CassandraDaemon.java:776', 'Startup complete')]
        out = []
        for th, src, m in msgs:
            out.append((t, self.ln(t, 'INFO', th, src, m)))
            t += r.randint(20000, 4 * US)
        return out

    def shutdown(self, t):
        return [(t, self.ln(t, 'INFO', 'StorageServiceShutdownHook', 'HintsService.java:222', 'Paused hints dispatch')),
                (t + 200000, self.ln(t + 200000, 'INFO', 'StorageServiceShutdownHook', 'Server.java:171', 'Stop listening for CQL clients')),
                (t + 300000, self.ln(t + 300000, 'INFO', 'StorageServiceShutdownHook', 'Gossiper.java:2063', 'Announcing shutdown')),
                (t + 2400000, self.ln(t + 2400000, 'INFO', 'StorageServiceShutdownHook', 'MessagingService.java:441', 'Waiting for messaging service to quiesce'))]


def ch_time(g, off):
    return ('%04d.%02d.%02d %02d:%02d:%02d' % g[:6], '')


CH_STACK = ['DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool)', 'DB::Exception::Exception<String, String>(int, FormatStringHelperImpl<std::type_identity<String>::type, std::type_identity<String>::type>, String&&, String&&)',
            'DB::InterpreterSelectQuery::executeImpl(DB::QueryPlan&, std::optional<DB::Pipe>)', 'DB::InterpreterSelectQuery::buildQueryPlan(DB::QueryPlan&)',
            'DB::InterpreterSelectWithUnionQuery::execute()', 'DB::executeQueryImpl(char const*, char const*, std::shared_ptr<DB::Context>, bool, DB::QueryProcessingStage::Enum, DB::ReadBuffer*)',
            'DB::executeQuery(String const&, std::shared_ptr<DB::Context>, bool, DB::QueryProcessingStage::Enum)', 'DB::TCPHandler::runImpl()', 'DB::TCPHandler::run()',
            'Poco::Net::TCPServerConnection::start()', 'Poco::Net::TCPServerDispatcher::run()', 'Poco::PooledThread::run()', 'Poco::ThreadImpl::runnableEntry(void*)', 'start_thread', '__clone3']


class ClickHouse(Fmt):
    fid = 'clickhouse'
    eco = 'cpp'
    lpr = 4.5
    has_latency = True
    shape_pow = 0.8
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'disk_full', 'panic', 'new_error', 'silence')
    proc = 'clickhouse-serv'

    def setup(self):
        r = self.r
        self.clk = Clock(ch_time, 0)
        self.db = r.choice(['analytics', 'events', 'default', 'metrics', self.sc.comp])
        self.tables = r.sample(['events', 'page_views', 'sessions', 'clicks', 'orders_flat', 'logs', 'spans'], 3)
        self.uuid = {tb: uuid4(r) for tb in self.tables}
        self.threads = [r.randint(100, 9999) for _ in range(40)]
        self.ver = r.choice(['23.8.9.54', '24.1.5.6', '23.3.19.32'])
        self.clients = [privip(r) for _ in range(6)]
        self.err_rate = r.uniform(0.05, 0.3)
        self.part = r.randint(100, 9000)
        self.nev = r.randrange(3)

    def ln(self, t, qid, lvl, src, msg, th=None):
        return '%s [ %d ] {%s} <%s> %s: %s' % (self.clk(t, 6), th or self.threads[self.r.randrange(40)], qid, lvl, src, msg)

    def query(self):
        r = self.r
        tb = r.choice(self.tables)
        return r.choice(['SELECT toStartOfHour(ts) AS h, count() FROM %s.%s WHERE ts >= now() - INTERVAL 1 DAY GROUP BY h ORDER BY h' % (self.db, tb),
                         'SELECT uniqExact(user_id) FROM %s.%s WHERE event_date = today()' % (self.db, tb),
                         'SELECT path, quantile(0.95)(duration_ms) FROM %s.%s WHERE ts > now() - 3600 GROUP BY path ORDER BY 2 DESC LIMIT 20' % (self.db, tb),
                         'SELECT * FROM %s.%s WHERE session_id = \'%s\' ORDER BY ts LIMIT 500' % (self.db, tb, uuid4(r))]), tb

    def request(self, t, lm, x5, fl):
        r = self.r
        qid = uuid4(r)
        th = self.threads[r.randrange(40)]
        ip = r.choice(self.clients)
        out = []
        if r.random() < 0.35:
            tb = r.choice(self.tables)
            rows = r.randint(100, 200000)
            d = lognorm(r, 0.02, 0.6) * lm
            out.append((t, self.ln(t, qid, 'Debug', 'executeQuery', '(from %s:%d, user: ingest) INSERT INTO %s.%s FORMAT Native (stage: Complete)' % (ip, r.randint(30000, 60000), self.db, tb), th)))
            self.part += 1
            out.append((t + 2000, self.ln(t + 2000, qid, 'Trace', '%s.%s (%s)' % (self.db, tb, self.uuid[tb]), 'Trying to reserve %.2f MiB using storage policy from min volume index 0' % r.uniform(0.1, 30), th)))
            out.append((t + 2500, self.ln(t + 2500, qid, 'Trace', 'DiskLocal', 'Reserved %.2f MiB on local disk `default`, having unreserved %.2f GiB.' % (r.uniform(0.1, 30), r.uniform(100, 900)), th)))
            te = t + int(d * US)
            out.append((te, self.ln(te, qid, 'Debug', 'TCPHandler', 'Processed in %.6f sec.' % d, th)))
            return out
        q, tb = self.query()
        d = lognorm(r, 0.12, 1.0) * lm
        rows = int(lognorm(r, 2e6, 1.2))
        mib = rows * r.uniform(20, 90) / 1048576
        out.append((t, self.ln(t, qid, 'Debug', 'executeQuery', '(from %s:%d) %s (stage: Complete)' % (ip, r.randint(30000, 60000), q), th)))
        out.append((t + 800, self.ln(t + 800, qid, 'Trace', 'ContextAccess (default)', 'Access granted: SELECT(ts, user_id, path, duration_ms) ON %s.%s' % (self.db, tb), th)))
        out.append((t + 1500, self.ln(t + 1500, qid, 'Debug', '%s.%s (%s) (SelectExecutor)' % (self.db, tb, self.uuid[tb]),
                                      'Selected %d/%d parts by partition key, %d parts by primary key, %d/%d marks by primary key, %d marks to read from %d ranges' % (
                                          r.randint(1, 30), r.randint(30, 400), r.randint(1, 30), r.randint(10, 9000), r.randint(9000, 90000), r.randint(10, 9000), r.randint(1, 40)), th)))
        te = t + int(d * US)
        out.append((te - 300, self.ln(te - 300, qid, 'Information', 'executeQuery', 'Read %d rows, %.2f MiB in %.6f sec., %d rows/sec., %.2f MiB/sec.' % (rows, mib, d, int(rows / d), mib / d), th)))
        out.append((te - 200, self.ln(te - 200, qid, 'Debug', 'MemoryTracker', 'Peak memory usage (for query): %.2f MiB.' % lognorm(r, 60, 1.0), th)))
        out.append((te, self.ln(te, qid, 'Debug', 'TCPHandler', 'Processed in %.6f sec.' % (d + 0.0003), th)))
        return out

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def stack(self, n=None):
        r = self.r
        k = n or r.randint(9, len(CH_STACK))
        base = 0xc000000 + r.randint(0, 0xfffff)
        lines = ['%d. %s @ 0x%016x in /usr/bin/clickhouse' % (i, CH_STACK[i], base + r.randint(0, 0x9ffffff)) for i in range(k)]
        return 'Stack trace (when copying this message, always include the lines below):\n\n' + '\n'.join(lines) + '\n'

    def exc(self, t, code, text, name, q=True):
        r = self.r
        qid = uuid4(r)
        qq, tb = self.query()
        return self.ln(t, qid, 'Error', 'executeQuery', 'Code: %d. DB::Exception: %s. (%s) (version %s (official build)) (from %s:%d) (in query: %s), %s' % (
            code, text, name, self.ver, r.choice(self.clients), r.randint(30000, 60000), qq, self.stack()))

    def error(self, t, burst):
        r = self.r
        k = 0 if burst and r.random() < 0.85 else r.randrange(3)
        if k == 0:
            return self.exc(t, 241, 'Memory limit (for query) exceeded: would use %.2f GiB (attempt to allocate chunk of %d bytes), maximum: 9.31 GiB: While executing AggregatingTransform' % (r.uniform(9.31, 9.9), r.randint(10 ** 6, 10 ** 8)), 'MEMORY_LIMIT_EXCEEDED')
        if k == 1:
            return self.exc(t, 159, 'Timeout exceeded: elapsed %.6f seconds, maximum: 60' % r.uniform(60, 61), 'TIMEOUT_EXCEEDED')
        return self.exc(t, 62, 'Syntax error: failed at position %d (\'FORM\'): FORM %s.%s. Expected one of: token, Comma, FROM' % (r.randint(10, 80), self.db, self.tables[0]), 'SYNTAX_ERROR')

    def warn(self, t):
        r = self.r
        tb = r.choice(self.tables)
        if r.random() < 0.5:
            return self.ln(t, '', 'Warning', '%s.%s (%s)' % (self.db, tb, self.uuid[tb]), 'Removing temporary directory /var/lib/clickhouse/store/%s/%s/tmp_merge_%s/' % (self.uuid[tb][:3], self.uuid[tb], 'all_%d_%d_1' % (self.part, self.part + 3)))
        return self.ln(t, '', 'Warning', 'MergeTreeBackgroundExecutor', 'Task %s.%s (%s)::all_%d_%d_2 was not executed: too many parts in partition' % (self.db, tb, self.uuid[tb], self.part, self.part + 9))

    def retry(self, t):
        r = self.r
        return self.ln(t, uuid4(r), 'Warning', 'ConnectionPoolWithFailover', 'Connection failed at try \u2116%d, reason: Code: 210. DB::NetException: Connection refused (ch-shard-2:9000). (NETWORK_ERROR) (version %s (official build))' % (r.randint(1, 3), self.ver))

    def new_error(self, t):
        r = self.r
        if self.nev == 0:
            return self.exc(t, 60, 'Table %s.%s_v2 does not exist' % (self.db, self.tables[0]), 'UNKNOWN_TABLE')
        if self.nev == 1:
            return self.exc(t, 47, "Missing columns: 'country_code' while processing query: 'SELECT country_code, count() FROM %s.%s GROUP BY country_code', required columns: 'country_code'" % (self.db, self.tables[1]), 'UNKNOWN_IDENTIFIER')
        return self.ln(t, '', 'Error', 'DDLWorker', 'Unexpected error, will try to restart main thread: Code: 999. Coordination::Exception: Session expired (Session expired). (KEEPER_EXCEPTION), ' + self.stack(6))

    def disk_full(self, t):
        r = self.r
        tb = r.choice(self.tables)
        if r.random() < 0.5:
            return self.ln(t, uuid4(r), 'Error', 'executeQuery', 'Code: 243. DB::Exception: Cannot reserve %.2f MiB, not enough space. (NOT_ENOUGH_SPACE) (version %s (official build)) (from %s:%d) (in query: INSERT INTO %s.%s FORMAT Native), %s' % (
                r.uniform(1, 40), self.ver, r.choice(self.clients), r.randint(30000, 60000), self.db, tb, self.stack(7)))
        return self.ln(t, '', 'Error', '%s.%s (%s)' % (self.db, tb, self.uuid[tb]), 'void DB::MergeTreeBackgroundExecutor<DB::DynamicRuntimeQueue>::routine(TaskRuntimeDataPtr) [Queue = DB::DynamicRuntimeQueue]: Code: 74. DB::ErrnoException: Cannot write to file /var/lib/clickhouse/store/%s/%s/tmp_merge_all_%d_%d_2/data.bin, errno: 28, strerror: No space left on device. (CANNOT_WRITE_TO_FILE_DESCRIPTOR), %s' % (
            self.uuid[tb][:3], self.uuid[tb], self.part, self.part + 5, self.stack(6)))

    def periodic(self):
        r = self.r
        return [(self.every(7.5, 0.02), self.flush), (self.every(60, 0.01), self.asyncm), (self.every(r.choice((40, 60, 90)), 0.3), self.merge)]

    def flush(self, t):
        r = self.r
        lg = r.choice(['query_log', 'trace_log', 'metric_log', 'asynchronous_metric_log', 'part_log'])
        n = r.randint(1, 3000)
        return [(t, self.ln(t, '', 'Trace', 'SystemLog (system.%s)' % lg, 'Flushing system log, %d entries to flush up to offset %d' % (n, (t // US) % 10 ** 7))),
                (t + 9000, self.ln(t + 9000, '', 'Trace', 'SystemLog (system.%s)' % lg, 'Flushed system log up to offset %d' % ((t // US) % 10 ** 7)))]

    def asyncm(self, t):
        r = self.r
        return [(t, self.ln(t, '', 'Trace', 'AsynchronousMetrics', 'MemoryTracking: was %.2f GiB, peak %.2f GiB, free memory in arenas %.2f MiB, will set to %.2f GiB (RSS), difference: %.2f MiB' % (
            r.uniform(1, 6), r.uniform(6, 9), r.uniform(0, 90), r.uniform(1, 6), r.uniform(-90, 90))))]

    def merge(self, t):
        r = self.r
        tb = r.choice(self.tables)
        th = self.threads[r.randrange(40)]
        a = self.part
        self.part += r.randint(3, 12)
        rows = r.randint(10000, 9000000)
        sec = rows / r.uniform(1e5, 3e6)
        src = '%s.%s (%s)' % (self.db, tb, self.uuid[tb])
        return [(t, self.ln(t, '', 'Debug', src + ' (MergerMutator)', 'Selected %d parts from all_%d_%d_1 to all_%d_%d_0' % (r.randint(2, 8), a, a + 1, self.part - 1, self.part - 1), th)),
                (t + 500, self.ln(t + 500, '', 'Debug', 'MergeTask::PrepareStage', 'Merging %d parts: from all_%d_%d_1 to all_%d_%d_0 into Wide with storage Full' % (r.randint(2, 8), a, a + 1, self.part - 1, self.part - 1), th)),
                (t + int(sec * US), self.ln(t + int(sec * US), '', 'Debug', 'MergeTask::MergeProjectionsStage', 'Merge sorted %d rows, containing %d columns (%d merged, 0 gathered) in %.6f sec., %.2f rows/sec., %.2f MiB/sec.' % (
                    rows, r.randint(8, 40), r.randint(8, 40), sec, rows / sec, rows / sec * 40 / 1048576), th)),
                (t + int(sec * US) + 300, self.ln(t + int(sec * US) + 300, '', 'Trace', src, 'Renaming temporary part tmp_merge_all_%d_%d_2 to all_%d_%d_2 with tid (1, 1, 00000000-0000-0000-0000-000000000000).' % (a, self.part - 1, a, self.part - 1), th))]

    def crash(self, t):
        r = self.r
        th = self.threads[0]
        fl = '<Fatal> BaseDaemon: '
        pre = lambda tt: '%s [ %d ] {} ' % (self.clk(tt, 6), r.randint(100, 9999))
        lines = ['########################################',
                 '(version %s (official build), build id: %s, git hash: %s) (from thread %d) (query_id: %s) (query: %s) Received signal Segmentation fault (11)' % (self.ver, hexs(r, 40).upper(), hexs(r, 40), th, uuid4(r), self.query()[0]),
                 'Address: 0x%x. Access: read. Address not mapped to object.' % r.choice((0x8, 0x10, 0x28)), 'Stack trace: ' + ' '.join('0x%016x' % r.randint(0x5500000000, 0x55ffffffff) for _ in range(12))]
        for i in range(r.randint(6, 11)):
            lines.append('%d. %s @ 0x%016x in /usr/bin/clickhouse' % (i, r.choice(CH_STACK[2:]), 0xc000000 + r.randint(0, 0x9ffffff)))
        lines += ['Integrity check of the executable successfully passed (checksum: %s)' % hexs(r, 32).upper(), 'Report this error to https://github.com/ClickHouse/ClickHouse/issues']
        out = [(t + i * 50, pre(t + i * 50) + fl + l) for i, l in enumerate(lines)]
        tt = t + 2 * US
        out.append((tt, '%s [ %d ] {} <Fatal> Application: Child process was terminated by signal 11.' % (self.clk(tt, 6), r.randint(1, 99))))
        return out

    def startup(self, t):
        r = self.r
        p = r.randint(1, 99)
        msgs = ['Will watch for the process with pid %d' % (p + 1), 'Forked a child process to watch', 'Starting ClickHouse %s (revision: 54477, git hash: %s, build id: %s), PID %d' % (self.ver, hexs(r, 40), hexs(r, 40).upper(), p + 1),
                'starting up', 'OS name: Linux, version: 5.15.0-1053-aws, architecture: x86_64', 'Available RAM: 62.80 GiB; physical cores: 8; logical cores: 16.',
                'Loading metadata from /var/lib/clickhouse/', 'Loaded metadata.', 'Listening for http://[::]:8123', 'Listening for native protocol (tcp): [::]:9000',
                'Ready for connections.']
        out = []
        for m in msgs:
            out.append((t, '%s [ %d ] {} <Information> Application: %s' % (self.clk(t, 6), p, m)))
            t += r.randint(1000, 2 * US)
        return out

    def shutdown(self, t):
        p = self.r.randint(1, 99)
        return [(t, '%s [ %d ] {} <Information> Application: Received termination signal (Terminated)' % (self.clk(t, 6), p)),
                (t + 100000, '%s [ %d ] {} <Information> Application: Shutting down storages.' % (self.clk(t + 100000, 6), p)),
                (t + 3 * US, '%s [ %d ] {} <Information> Application: shutting down' % (self.clk(t + 3 * US, 6), p))]


class MySQL(Fmt):
    fid = 'mysql'
    eco = 'cpp'
    shape_pow = 1.0
    KINDS = ('disk_full', 'new_error', 'panic', 'silence')
    proc = 'mysqld'

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('zcolon'), self.off)
        self.thr = r.randint(1000, 900000)
        self.db = r.choice(['shop', 'app', self.sc.comp, 'wordpress', 'production'])
        self.user = r.choice(['app', 'web', self.sc.comp, 'laravel'])
        self.hosts = [privip(r) for _ in range(r.randint(2, 8))]
        self.ver = r.choice(['8.0.36', '8.0.35', '8.0.37', '8.4.0'])
        self.native = r.random() < 0.7 and not self.ver.startswith('8.4')
        self.nev = r.randrange(3)
        self.binlog = r.randint(100, 900)

    def ln(self, t, th, lvl, code, sub, msg):
        return '%s %d [%s] [%s] [%s] %s' % (self.clk(t, 6), th, lvl, code, sub, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        self.thr += r.randint(1, 30)
        x = r.random()
        if self.native and x < 0.75:
            return self.ln(t, self.thr, 'Warning', 'MY-013360', 'Server', "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'")
        if x < 0.93:
            return self.ln(t, self.thr, 'Note', 'MY-010914', 'Server', "Aborted connection %d to db: '%s' user: '%s' host: '%s' (Got an error reading communication packets)." % (self.thr, self.db, self.user, r.choice(self.hosts)))
        if x < 0.97:
            return self.ln(t, self.thr, 'Note', 'MY-010914', 'Server', "Aborted connection %d to db: '%s' user: '%s' host: '%s' (Got timeout reading communication packets)." % (self.thr, self.db, self.user, r.choice(self.hosts)))
        return self.ln(t, 0, 'Warning', 'MY-010055', 'Server', "IP address '%s' could not be resolved: Name or service not known" % privip(r))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def error(self, t, burst):
        r = self.r
        return self.ln(t, 0, 'Note', 'MY-011953', 'InnoDB', 'Page cleaner took %dms to flush %d and evict 0 pages' % (r.randint(4000, 9000), r.randint(100, 2000)))

    def warn(self, t):
        r = self.r
        if r.random() < 0.5:
            return self.ln(t, 0, 'Note', 'MY-011953', 'InnoDB', 'Page cleaner took %dms to flush %d and evict 0 pages' % (r.randint(4000, 9000), r.randint(100, 2000)))
        return self.ln(t, self.thr, 'Warning', 'MY-010956', 'Server', 'Invalid replication timestamps: previous timestamp %d is larger than current timestamp %d' % (r.randint(10 ** 15, 2 * 10 ** 15), r.randint(10 ** 15, 2 * 10 ** 15))) if r.random() < 0.2 else \
            self.ln(t, self.thr, 'Warning', 'MY-013712', 'Server', "No suitable 'keyring_component_metadata_query' service implementation found to fulfill the request.")

    def new_error(self, t):
        r = self.r
        if self.nev == 0:
            return self.ln(t, 12, 'ERROR', 'MY-010584', 'Repl', "Replica I/O for channel '': Error connecting to source 'repl@%s:3306'. This was attempt %d/86400, with a delay of 60 seconds between attempts. Message: Can't connect to MySQL server on '%s:3306' (111), Error_code: MY-002003" % (self.hosts[0], r.randint(1, 500), self.hosts[0]))
        if self.nev == 1:
            return self.ln(t, 0, 'ERROR', 'MY-012574', 'InnoDB', 'Unable to lock ./#innodb_redo/#ib_redo%d error: 11' % r.randint(10, 99))
        return self.ln(t, self.thr, 'ERROR', 'MY-013134', 'Server', "Failed to open the relay log './relay-log.%06d' (relay_log_pos %d)." % (r.randint(1, 999), r.randint(4, 99999)))

    def disk_full(self, t):
        r = self.r
        x = r.random()
        if x < 0.35:
            return self.ln(t, r.randint(10, 90), 'ERROR', 'MY-000035', 'Server', "Disk is full writing './binlog.%06d' (OS errno 28 - No space left on device). Waiting for someone to free space... Retry in 60 secs. Message reprinted in 600 secs." % self.binlog)
        if x < 0.7:
            return self.ln(t, self.thr, 'ERROR', 'MY-012639', 'InnoDB', 'Write to file ./ibtmp1 failed at offset %d, 1048576 bytes should have been written, only 0 were written. Operating system error number 28. Check that your OS and file system support files of this size. Check also that the disk is not full or a disk quota exceeded.' % (r.randint(10, 900) * 1048576)) + \
                '\n' + self.ln(t, self.thr, 'ERROR', 'MY-012640', 'InnoDB', "Error number 28 means 'No space left on device'")
        return self.ln(t, self.thr, 'ERROR', 'MY-012888', 'InnoDB', "The table '/tmp/#sql%x_%x_%d' is full" % (r.randint(1, 9999), r.randint(1, 9999), r.randint(0, 9)))

    def crash(self, t):
        r = self.r
        g = time.gmtime(t // US)
        q = r.choice(['SELECT o.* FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.customer_id = %d' % r.randint(1, 99999),
                      'UPDATE inventory SET reserved = reserved + 1 WHERE sku = \'SKU-%04d\'' % r.randint(1, 9999)])
        lines = ['%04d-%02d-%02dT%02d:%02d:%02dZ UTC - mysqld got signal 11 ;' % g[:6],
                 'Most likely, you have hit a bug, but this error can also be caused by malfunctioning hardware.',
                 'BuildID[sha1]=%s' % hexs(r, 40), 'Thread pointer: 0x%x' % r.randint(0x7f0000000000, 0x7fffffffffff),
                 'Attempting backtrace. You can use the following information to find out', 'where mysqld died. If you see no messages after this, something went',
                 'terribly wrong...', 'stack_bottom = %x thread_stack 0x100000' % r.randint(0x7f0000000000, 0x7fffffffffff)]
        for fn in ['my_print_stacktrace(unsigned char const*, unsigned long)+0x41', 'print_fatal_signal(int)+0x2a2', 'handle_fatal_signal+0xa5',
                   None, 'row_search_mvcc(unsigned char*, page_cur_mode_t, row_prebuilt_t*, unsigned long, unsigned long)+0x%x' % r.randint(0x100, 0x3fff),
                   'ha_innobase::general_fetch(unsigned char*, unsigned int, unsigned int)+0xe2', 'handler::ha_index_next(unsigned char*)+0x2f',
                   'IndexScanIterator<false>::Read()+0x45', 'NestedLoopIterator::Read()+0x8e', 'Query_expression::ExecuteIteratorQuery(THD*)+0x2b4',
                   'Sql_cmd_dml::execute(THD*)+0x4d5', 'mysql_execute_command(THD*, bool)+0xa3b', 'dispatch_command(THD*, COM_DATA const*, enum_server_command)+0x1b6c',
                   'do_command(THD*)+0x197']:
            if fn is None:
                lines.append('/lib/x86_64-linux-gnu/libc.so.6(+0x42520) [0x%x]' % r.randint(0x7f0000000000, 0x7fffffffffff))
            else:
                lines.append('/usr/sbin/mysqld(%s) [0x%x]' % (fn, r.randint(0x550000000000, 0x55ffffffffff)))
        lines += ['/lib/x86_64-linux-gnu/libc.so.6(+0x94ac3) [0x%x]' % r.randint(0x7f0000000000, 0x7fffffffffff), '',
                  'Trying to get some variables.', 'Some pointers may be invalid and cause the dump to abort.', 'Query (%x): %s' % (r.randint(0x7f0000000000, 0x7fffffffffff), q),
                  'Connection ID (thread ID): %d' % self.thr, 'Status: NOT_KILLED', '',
                  'The manual page at http://dev.mysql.com/doc/mysql/en/crashing.html contains', 'information that should help you find out what is causing the crash.']
        return [(t, '\n'.join(lines))]

    def startup(self, t):
        r = self.r
        msgs = [(0, 'System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld %s) starting as process 1' % self.ver),
                (1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
                (1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
                (0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
                (0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
                (0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
                (0, 'System', 'MY-011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
                (0, 'System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '%s'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL." % self.ver)]
        out = []
        for th, lvl, code, sub, m in msgs:
            out.append((t, self.ln(t, th, lvl, code, sub, m)))
            t += r.randint(5000, 1500000)
        return out

    def shutdown(self, t):
        return [(t, self.ln(t, 0, 'System', 'MY-013172', 'Server', 'Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: %s).' % self.ver)),
                (t + 2 * US, self.ln(t + 2 * US, 0, 'System', 'MY-010910', 'Server', '/usr/sbin/mysqld: Shutdown complete (mysqld %s)  MySQL Community Server - GPL.' % self.ver))]


class ZooKeeper(Fmt):
    fid = 'zookeeper'
    eco = 'java'
    shape_pow = 0.5
    KINDS = ('error_burst', 'retry_storm', 'disk_full', 'new_error', 'silence')
    proc = 'java'

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('', ' '), 0, ',')
        self.myid = r.randint(1, 5)
        self.peers = [(i, privip(r, '10.2')) for i in range(1, 4) if i != self.myid]
        self.clients = [privip(r) for _ in range(r.randint(5, 30))]
        self.zxid = r.randint(0x100000000, 0x9ffffffff)
        self.nev = r.randrange(3)
        self.err_rate = r.uniform(0.02, 0.15)

    def ln(self, t, lvl, thread, src, msg):
        return '%s [myid:%d] - %-5s [%s:%s] - %s' % (self.clk(t, 3), self.myid, lvl, thread, src, msg)

    def sess(self):
        return '0x%x%011x' % (self.myid, self.r.randint(0, 0xffffffff))

    def request(self, t, lm, x5, fl):
        r = self.r
        x = r.random()
        c = r.choice(self.clients)
        if x < 0.35:
            return self.ln(t, 'INFO', 'NIOWorkerThread-%d' % r.randint(1, 16), 'o.a.z.s.NIOServerCnxn@518', 'Processing ruok command from /%s:%d' % (c, r.randint(30000, 60000)))
        if x < 0.55:
            return self.ln(t, 'INFO', 'CommitProcWorkThread-%d' % r.randint(1, 8), 'o.a.z.s.ZooKeeperServer@1160', 'Established session %s with negotiated timeout %d for client /%s:%d' % (
                self.sess(), r.choice((10000, 30000, 40000)), c, r.randint(30000, 60000)))
        if x < 0.72:
            return self.ln(t, 'INFO', 'SessionTracker', 'o.a.z.s.ZooKeeperServer@632', 'Expiring session %s, timeout of %dms exceeded' % (self.sess(), r.choice((10000, 30000, 40000))))
        if x < 0.9:
            return self.ln(t, 'WARN', 'NIOWorkerThread-%d' % r.randint(1, 16), 'o.a.z.s.NIOServerCnxn@380', 'Unable to read additional data from client, it probably closed the socket: address = /%s:%d, session = %s' % (c, r.randint(30000, 60000), self.sess()))
        return self.ln(t, 'INFO', 'NIOWorkerThread-%d' % r.randint(1, 16), 'o.a.z.s.NIOServerCnxn@518', 'Processing mntr command from /%s:%d' % (c, r.randint(30000, 60000)))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def error(self, t, burst):
        r = self.r
        pid, pip = self.peers[0]
        return self.ln(t, 'ERROR', 'LearnerHandler-/%s:%d' % (pip, r.randint(30000, 60000)), 'o.a.z.s.q.LearnerHandler@714', 'Unexpected exception causing shutdown while sock still open') + \
            '\njava.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:283)\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:309)\n\tat java.base/java.io.DataInputStream.readInt(DataInputStream.java:381)\n\tat org.apache.jute.BinaryInputArchive.readInt(BinaryInputArchive.java:96)\n\tat org.apache.zookeeper.server.quorum.QuorumPacket.deserialize(QuorumPacket.java:86)\n\tat org.apache.zookeeper.server.quorum.LearnerHandler.run(LearnerHandler.java:582)'

    def warn(self, t):
        r = self.r
        return self.ln(t, 'WARN', 'SyncThread:%d' % self.myid, 'o.a.z.s.SyncRequestProcessor@204', 'Too busy to snap, skipping') if r.random() < 0.3 else \
            self.ln(t, 'WARN', 'SyncThread:%d' % self.myid, 'o.a.z.s.p.FileTxnLog@404', 'fsync-ing the write ahead log in SyncThread:%d took %dms which will adversely effect operation latency.File size is 67108880 bytes. See the ZooKeeper troubleshooting guide' % (self.myid, r.randint(1000, 4000)))

    def retry(self, t):
        r = self.r
        pid, pip = self.peers[-1]
        return self.ln(t, 'WARN', 'QuorumConnectionThreadSender-[myid=%d]-%d' % (self.myid, r.randint(1, 9)), 'o.a.z.s.q.QuorumCnxManager@401', 'Cannot open channel to %d at election address zk-%d/%s:3888' % (pid, pid, pip)) + \
            '\njava.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)\n\tat java.base/java.net.Socket.connect(Socket.java:633)\n\tat org.apache.zookeeper.server.quorum.QuorumCnxManager.initiateConnection(QuorumCnxManager.java:384)\n\tat org.apache.zookeeper.server.quorum.QuorumCnxManager$QuorumConnectionReqThread.run(QuorumCnxManager.java:458)'

    def new_error(self, t):
        r = self.r
        if self.nev == 0:
            return self.ln(t, 'WARN', 'NIOWorkerThread-%d' % r.randint(1, 16), 'o.a.z.s.NIOServerCnxn@380', 'Close of session %s' % self.sess()) + '\njava.io.IOException: Len error %d\n\tat org.apache.zookeeper.server.NIOServerCnxn.readLength(NIOServerCnxn.java:554)\n\tat org.apache.zookeeper.server.NIOServerCnxn.doIO(NIOServerCnxn.java:339)' % r.randint(1048576, 4000000)
        if self.nev == 1:
            return self.ln(t, 'ERROR', 'nioEventLoopGroup-4-%d' % r.randint(1, 8), 'o.a.z.s.NettyServerCnxnFactory$CertificateVerifier@468', 'Unsuccessful handshake with session 0x0')
        return self.ln(t, 'WARN', 'CommitProcWorkThread-%d' % r.randint(1, 8), 'o.a.z.s.ZooKeeperServer@1600', 'Connection request from old client /%s:%d; will be dropped if server is in r-o mode' % (r.choice(self.clients), r.randint(30000, 60000)))

    def disk_full(self, t):
        return self.ln(t, 'ERROR', 'SyncThread:%d' % self.myid, 'o.a.z.s.ZooKeeperCriticalThread@49', 'Severe unrecoverable error, from thread : SyncThread:%d' % self.myid) + \
            '\njava.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)\n\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:354)\n\tat java.base/java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:81)\n\tat org.apache.zookeeper.server.persistence.FileTxnLog.commit(FileTxnLog.java:381)\n\tat org.apache.zookeeper.server.SyncRequestProcessor.flush(SyncRequestProcessor.java:253)\n\tat org.apache.zookeeper.server.SyncRequestProcessor.run(SyncRequestProcessor.java:169)'

    def periodic(self):
        r = self.r
        return [(self.cron(60, r.randrange(60)), self.purge), (self.every(r.choice((600, 900, 1500)), 0.3), self.snap)]

    def purge(self, t):
        return [(t, self.ln(t, 'INFO', 'PurgeTask', 'o.a.z.s.DatadirCleanupManager$PurgeTask@139', 'Purge task started.')),
                (t + 30000, self.ln(t + 30000, 'INFO', 'PurgeTask', 'o.a.z.s.p.FileTxnSnapLog@124', 'zookeeper.snapshot.trust.empty : false')),
                (t + 60000, self.ln(t + 60000, 'INFO', 'PurgeTask', 'o.a.z.s.DatadirCleanupManager$PurgeTask@145', 'Purge task completed.'))]

    def snap(self, t):
        self.zxid += self.r.randint(1000, 90000)
        return [(t, self.ln(t, 'INFO', 'SyncThread:%d' % self.myid, 'o.a.z.s.p.FileTxnLog@284', 'Creating new log file: log.%x' % self.zxid)),
                (t + 5000, self.ln(t + 5000, 'INFO', 'Snapshot Thread', 'o.a.z.s.p.FileTxnSnapLog@479', 'Snapshotting: 0x%x to /data/version-2/snapshot.%x' % (self.zxid, self.zxid))),
                (t + 90000, self.ln(t + 90000, 'INFO', 'Snapshot Thread', 'o.a.z.s.ZooKeeperServer@543', 'Snapshot taken in %d ms' % self.r.randint(20, 900)))]

    def startup(self, t):
        r = self.r
        msgs = [('main', 'o.a.z.s.q.QuorumPeerConfig@177', 'Reading configuration from: /conf/zoo.cfg'),
                ('main', 'o.a.z.s.q.QuorumPeerMain@138', 'Starting quorum peer, myid=%d' % self.myid),
                ('main', 'o.a.z.s.ServerCnxnFactory@169', 'Using org.apache.zookeeper.server.NIOServerCnxnFactory as server connection factory'),
                ('main', 'o.a.z.Environment@98', 'Server environment:zookeeper.version=3.8.3-6ad6d364c7c0bcf0de452d54ebefa3058098ab56, built on 2023-10-05 10:34 UTC'),
                ('main', 'o.a.z.s.q.QuorumPeer@1185', 'Local sessions disabled'),
                ('QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled)' % self.myid, 'o.a.z.s.q.QuorumPeer@1473', 'LOOKING'),
                ('QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled)' % self.myid, 'o.a.z.s.q.QuorumPeer@1555', 'FOLLOWING'),
                ('QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled)' % self.myid, 'o.a.z.s.q.Learner@737', 'Learner received UPTODATE message')]
        out = []
        for th, src, m in msgs:
            out.append((t, self.ln(t, 'INFO', th, src, m)))
            t += r.randint(5000, 2 * US)
        return out


def redis_time(g, off):
    return ('%02d %s %04d %02d:%02d:%02d' % (g[2], MON[g[1] - 1], g[0], g[3], g[4], g[5]), '')


class Redis(Fmt):
    fid = 'redis'
    role = 'sparse'
    eco = 'c'
    sparse = 0.6
    shape_pow = 0.5
    KINDS = ('disk_full', 'panic', 'new_error')
    proc = 'redis-server'

    def setup(self):
        r = self.r
        self.clk = Clock(redis_time, 0)
        self.pid = 1 if r.random() < 0.6 else r.randint(500, 3000)
        self.ver = r.choice(['7.2.4', '7.0.15', '6.2.14', '7.2.5'])
        self.keys = r.randint(10000, 3000000)
        self.err_rate = 0.0
        self.warn_rate = r.uniform(0.005, 0.03)
        self.retry_rate = 0.0
        self.child = r.randint(1000, 90000)

    def ln(self, t, pid, role, sym, msg):
        return '%d:%s %s %s %s' % (pid, role, self.clk(t, 3), sym, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        self.child += r.randint(1, 60)
        c = self.child
        ch = r.choice((1, 10, 100, 10000)) if r.random() < 0.7 else r.randint(1, 500)
        sec = {1: 3600, 10: 300, 100: 60, 10000: 60}.get(ch, 60)
        d = int(lognorm(r, 0.3, 0.8) * US) + 5000
        mb = max(1, int(self.keys / 9000))
        return [(t, self.ln(t, self.pid, 'M', '*', '%d changes in %d seconds. Saving...' % (ch, sec))),
                (t + 1500, self.ln(t + 1500, self.pid, 'M', '*', 'Background saving started by pid %d' % c)),
                (t + d, self.ln(t + d, c, 'C', '*', 'DB saved on disk')),
                (t + d + 600, self.ln(t + d + 600, c, 'C', '*', 'Fork CoW for RDB: current %d MB, peak %d MB, average %d MB' % (r.randint(0, 8), r.randint(1, 12), r.randint(0, 6)))),
                (t + d + 100000, self.ln(t + d + 100000, self.pid, 'M', '*', 'Background saving terminated with success'))]

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def error(self, t, burst):
        return self.warn(t)

    def warn(self, t):
        r = self.r
        if r.random() < 0.5:
            return self.ln(t, self.pid, 'M', '#', 'Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name= age=%d idle=0 flags=P db=0 sub=0 psub=1 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=%d omem=%d tot-mem=%d events=rw cmd=psubscribe user=default redir=-1 resp=2 lib-name= lib-ver= closed for overcoming of output buffer limits.' % (
                r.randint(10, 99999), privip(r), r.randint(30000, 60000), privip(r), r.randint(8, 200), r.randint(10, 90000), r.randint(1000, 9000), r.randint(33554432, 90000000), r.randint(33554432, 90000000)))
        return self.ln(t, self.pid, 'M', '*', 'Starting automatic rewriting of AOF on %d%% growth' % r.choice((100, 120, 200)))

    def new_error(self, t):
        r = self.r
        return self.ln(t, self.pid, 'M', '#', 'Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name=celery-pubsub age=%d idle=0 flags=P db=0 sub=0 psub=1 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=%d omem=%d tot-mem=%d events=rw cmd=psubscribe user=default redir=-1 resp=2 lib-name= lib-ver= closed for overcoming of output buffer limits.' % (
            r.randint(10, 99999), privip(r), r.randint(30000, 60000), privip(r), r.randint(8, 200), r.randint(10, 9000), r.randint(1000, 9000), r.randint(33554432, 90000000), r.randint(33554432, 90000000)))

    def disk_full(self, t):
        r = self.r
        self.child += r.randint(1, 9)
        c = self.child
        return '\n'.join([self.ln(t, self.pid, 'M', '*', '1 changes in 3600 seconds. Saving...'),
                          self.ln(t, self.pid, 'M', '*', 'Background saving started by pid %d' % c),
                          self.ln(t, c, 'C', '#', 'Write error saving DB on disk: No space left on device') if r.random() < 0.5 else
                          self.ln(t, c, 'C', '#', 'Failed opening the temp RDB file temp-%d.rdb (in server root dir /data) for saving: No space left on device' % c),
                          self.ln(t, self.pid, 'M', '#', 'Background saving error')])

    def crash(self, t):
        r = self.r
        p = self.pid
        ln = lambda s, m: self.ln(t, p, 'M', s, m)
        lines = ['', '', '=== REDIS BUG REPORT START: Cut & paste starting from here ===', ln('#', 'Redis %s crashed by signal: 11, si_code: 1' % self.ver),
                 ln('#', 'Accessing address: 0x%x' % r.choice((0x8, 0x18, 0x30))), ln('#', 'Crashed running the instruction at: 0x%x' % r.randint(0x550000000000, 0x55ffffffffff)),
                 '', '------ STACK TRACE ------', 'EIP:', 'redis-server *:6379(%s+0x%x)[0x%x]' % (r.choice(['dictFind', 'lookupKey', 'streamGetEdgeID', 'moduleFreeContext']), r.randint(0x10, 0x200), r.randint(0x550000000000, 0x55ffffffffff)), '',
                 '%d redis-server *' % p]
        for fn in ['logStackTrace', 'sigsegvHandler', None, 'lookupKey', 'xreadCommand', 'call', 'processCommand', 'processInputBuffer', 'readQueryFromClient', 'aeProcessEvents', 'aeMain', 'main']:
            if fn is None:
                lines.append('/lib/x86_64-linux-gnu/libc.so.6(+0x42520)[0x%x]' % r.randint(0x7f0000000000, 0x7fffffffffff))
            else:
                lines.append('redis-server *:6379(%s+0x%x)[0x%x]' % (fn, r.randint(0x10, 0x400), r.randint(0x550000000000, 0x55ffffffffff)))
        lines += ['', '------ INFO OUTPUT ------', '# Server', 'redis_version:%s' % self.ver, 'redis_mode:standalone', 'os:Linux 5.15.0-1053-aws x86_64',
                  'uptime_in_seconds:%d' % r.randint(10000, 9000000), '', '=== REDIS BUG REPORT END. Make sure to include from START to END. ===', '',
                  '       Please report the crash by opening an issue on github:', '', '           http://github.com/redis/redis/issues', '']
        return [(t, '\n'.join(lines))]

    def startup(self, t):
        r = self.r
        p = self.pid
        msgs = [('C', '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
                ('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'), ('C', '*', 'Redis version=%s, bits=64, commit=00000000, modified=0, pid=%d, just started' % (self.ver, p)),
                ('C', '*', 'Configuration loaded'), ('M', '*', 'monotonic clock: POSIX clock_gettime'), ('M', '*', 'Running mode=standalone, port=6379.'),
                ('M', '*', 'Server initialized'), ('M', '*', 'Loading RDB produced by version %s' % self.ver), ('M', '*', 'RDB age %d seconds' % r.randint(2, 300)),
                ('M', '*', 'RDB memory usage when created %.2f Mb' % (self.keys / 4000)), ('M', '*', 'Done loading RDB, keys loaded: %d, keys expired: %d.' % (self.keys, r.randint(0, 900))),
                ('M', '*', 'DB loaded from disk: %.3f seconds' % r.uniform(0.1, 9)), ('M', '*', 'Ready to accept connections tcp')]
        out = []
        for role, s, m in msgs:
            out.append((t, self.ln(t, p, role, s, m)))
            t += r.randint(100, 300000)
        return out

    def shutdown(self, t):
        p = self.pid
        msgs = ['Received SIGTERM scheduling shutdown...', 'User requested shutdown...', 'Saving the final RDB snapshot before exiting.', 'DB saved on disk', 'Removing the pid file.', 'Redis is now ready to exit, bye bye...']
        return [(t + i * 30000, self.ln(t + i * 30000, p, 'M', '#' if i < 2 else '*', m)) for i, m in enumerate(msgs)]


class MongoDB(Fmt):
    fid = 'mongodb'
    eco = 'cpp'
    lpr = 2.4
    shape_pow = 0.9
    KINDS = ('disk_full', 'panic', 'new_error', 'retry_storm', 'silence')
    proc = 'mongod'

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('colon'), self.off)
        self.clients = [privip(r) for _ in range(r.randint(3, 20))]
        self.db = r.choice(['app', 'shop', self.sc.comp, 'prod'])
        self.colls = r.sample(['orders', 'users', 'sessions', 'events', 'products', 'carts', 'notifications'], 4)
        self.peer = 'mongo-%d.mongo.%s.svc.cluster.local:27017' % (r.randint(1, 2), r.choice(['default', 'db', 'prod']))
        self.nev = r.randrange(3)
        self.err_rate = 0.0

    def ln(self, t, s, c, i, ctx, msg, attr=None):
        line = '{"t":{"$date":"%s"},"s":"%s",%s"c":"%s",%s"id":%d,%s"ctx":"%s","msg":"%s"' % (
            self.clk(t, 3), s, ' ' * max(1, 3 - len(s)), c, ' ' * max(1, 9 - len(c)), i, ' ' * max(1, 8 - len(str(i))), ctx, msg)
        if attr is not None:
            line += ',"attr":' + attr
        return line + '}'

    def cid(self, t):
        return self.seqno('conn', t, max(0.2, self.fs.rate / 60.0 * 1.3))

    def request(self, t, lm, x5, fl):
        r = self.r
        cid = self.cid(t)
        ip = r.choice(self.clients)
        port = r.randint(30000, 60000)
        ctx = 'conn%d' % cid
        d = int(lognorm(r, 30, 1.5) * US)
        n = r.randint(20, 400)
        out = [(t, self.ln(t, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', '{"remote":"%s:%d","isLoadBalanced":false,"uuid":{"uuid":{"$uuid":"%s"}},"connectionId":%d,"connectionCount":%d}' % (ip, port, uuid4(r), cid, n))),
               (t + 2000, self.ln(t + 2000, 'I', 'NETWORK', 51800, ctx, 'client metadata', '{"remote":"%s:%d","client":"%s","negotiatedCompressors":[],"doc":{"driver":{"name":"nodejs","version":"6.3.0"},"platform":"Node.js v20.11.1, LE","os":{"name":"linux","architecture":"x64","version":"5.15.0-1053-aws","type":"Linux"}}}' % (ip, port, ctx)))]
        if r.random() < 0.4:
            out.append((t + 9000, self.ln(t + 9000, 'I', 'ACCESS', 20250, ctx, 'Authentication succeeded', '{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"%s","authenticationDatabase":"admin","remote":"%s:%d","extraInfo":{}}' % (self.db, ip, port))))
        out.append((t + d, self.ln(t + d, 'I', 'NETWORK', 22944, ctx, 'Connection ended', '{"remote":"%s:%d","isLoadBalanced":false,"uuid":{"uuid":{"$uuid":"%s"}},"connectionId":%d,"connectionCount":%d}' % (ip, port, uuid4(r), cid, n - 1))))
        return out

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def error(self, t, burst):
        return self.warn(t)

    def warn(self, t):
        r = self.r
        c = r.choice(self.colls)
        ms = int(lognorm(r, 180, 0.6))
        return self.ln(t, 'I', 'COMMAND', 51803, 'conn%d' % (self.cid(t) - r.randint(0, 200)), 'Slow query',
                       '{"type":"command","ns":"%s.%s","appName":"api","command":{"find":"%s","filter":{"customerId":%d},"sort":{"createdAt":-1},"limit":50,"lsid":{"id":{"$uuid":"%s"}},"$db":"%s"},"planSummary":"IXSCAN { customerId: 1 }","keysExamined":%d,"docsExamined":%d,"nreturned":%d,"queryHash":"%s","planCacheKey":"%s","reslen":%d,"locks":{"Global":{"acquireCount":{"r":1}}},"readConcern":{"level":"local","provenance":"implicitDefault"},"storage":{},"remote":"%s:%d","protocol":"op_msg","durationMillis":%d}' % (
                           self.db, c, c, r.randint(1, 99999), uuid4(r), self.db, r.randint(50, 9000), r.randint(50, 9000), r.randint(0, 50), hexs(r, 8).upper(), hexs(r, 8).upper(), r.randint(200, 90000), r.choice(self.clients), r.randint(30000, 60000), ms))

    def retry(self, t):
        r = self.r
        return self.ln(t, 'I', 'REPL_HB', 23974, 'ReplCoord-%d' % r.randint(0, 40), 'Heartbeat failed after max retries',
                       '{"target":"%s","maxHeartbeatRetries":2,"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Error connecting to %s (%s:27017) :: caused by :: Connection refused"}}' % (self.peer, self.peer, privip(r)))

    def new_error(self, t):
        r = self.r
        if self.nev == 0:
            return self.ln(t, 'W', 'QUERY', 23798, 'conn%d' % self.cid(t), 'Plan executor error during find command',
                           '{"error":{"code":292,"codeName":"QueryExceededMemoryLimitNoDiskUseAllowed","errmsg":"Executor error during find command :: caused by :: Sort exceeded memory limit of 104857600 bytes, but did not opt in to external sorting."},"stats":{},"cmd":{"find":"%s","filter":{},"sort":{"score":-1}}}' % self.colls[0])
        if self.nev == 1:
            return self.ln(t, 'W', 'NETWORK', 23235, 'conn%d' % self.cid(t), 'SSL peer certificate validation failed', '{"reason":"certificate has expired"}')
        return self.ln(t, 'W', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', '{"message":{"ts_sec":%d,"ts_usec":%d,"thread":"1:0x7f%s","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_CHECKPOINT","category_id":6,"verbose_level":"WARNING","verbose_level_id":-2,"msg":"Checkpoint has been running for %d seconds and wrote: %d pages (%d MB)"}}' % (
            t // US, t % US, hexs(r, 10), r.randint(20, 90), r.randint(1000, 90000), r.randint(100, 4000)))

    def disk_full(self, t):
        r = self.r
        return self.ln(t, 'E', 'WT', 22435, 'Checkpointer', 'WiredTiger error message',
                       '{"error":28,"message":{"ts_sec":%d,"ts_usec":%d,"thread":"1:0x7f%s","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_DEFAULT","category_id":9,"verbose_level":"ERROR","verbose_level_id":-3,"msg":"__posix_file_write:622:/data/db/collection-%d-%d.wt: handle-write: pwrite: failed to write %d bytes at offset %d","error_str":"No space left on device","error_code":28}}' % (
                           t // US, t % US, hexs(r, 10), r.randint(10, 90), r.randint(10 ** 18, 9 * 10 ** 18), r.choice((4096, 8192, 32768)), r.randint(10 ** 6, 10 ** 10)))

    def periodic(self):
        return [(self.every(60, 0.01), self.ckpt)]

    def ckpt(self, t):
        r = self.r
        return [(t, self.ln(t, 'I', 'WTCHKPT', 22430, 'Checkpointer', 'WiredTiger message', '{"message":{"ts_sec":%d,"ts_usec":%d,"thread":"1:0x7f%s","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_CHECKPOINT_PROGRESS","category_id":6,"verbose_level":"DEBUG_1","verbose_level_id":1,"msg":"saving checkpoint snapshot min: %d, snapshot max: %d snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: %d"}}' % (
            t // US, t % US, hexs(r, 10), (t // US) % 100000, (t // US) % 100000, r.randint(10 ** 6, 10 ** 8))))]

    def crash(self, t):
        r = self.r
        out = [(t, self.ln(t, 'F', 'CONTROL', 4757800, 'conn%d' % self.cid(t), 'Writing fatal message', '{"message":"Invalid access at address: 0x%x"}' % r.choice((0x8, 0x18)))),
               (t + 100, self.ln(t + 100, 'F', 'CONTROL', 4757800, 'conn%d' % self.cid(t), 'Writing fatal message', '{"message":"Got signal: 11 (Segmentation fault).\\n"}'))]
        for i in range(r.randint(8, 14)):
            out.append((t + 200 + i, self.ln(t + 200 + i, 'I', 'CONTROL', 31445, 'conn%d' % self.cid(t), 'Frame', '{"frame":{"a":"55%s","b":"55%s","o":"%x","s":"_ZN5mongo%s","C":"mongo::%s","s+":"%x"}}' % (
                hexs(r, 10).upper(), hexs(r, 10).upper(), r.randint(0x100000, 0x9ffffff), r.choice(['15printStackTraceEv', '12_GLOBAL__N_115abruptQuitEv', '4repl18ReplicationCoordinatorImpl', '22WiredTigerRecordStore6insertEv']),
                r.choice(['printStackTrace()', '(anonymous namespace)::abruptQuitWithAddrSignal(int, siginfo_t*, void*)', 'CollectionImpl::insertDocuments(...)', 'ServiceEntryPointCommon::handleRequest(...)']), r.randint(0x10, 0x500)))))
        return out

    def startup(self, t):
        r = self.r
        msgs = [('I', 'CONTROL', 20698, '-', '***** SERVER RESTARTED *****', None),
                ('I', 'CONTROL', 23285, '-', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'', None),
                ('I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', '{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"%s"}' % self.fs.host),
                ('I', 'CONTROL', 23403, 'initandlisten', 'Build Info', '{"buildInfo":{"version":"7.0.5","gitVersion":"%s","openSSLVersion":"OpenSSL 3.0.2 15 Mar 2022","modules":[],"allocator":"tcmalloc","environment":{"distmod":"ubuntu2204","distarch":"x86_64","target_arch":"x86_64"}}}' % hexs(r, 40)),
                ('I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', '{"config":"create,cache_size=7680M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,remove=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=2000),statistics_log=(wait=0),json_output=(error,message),verbose=[recovery_progress:1,checkpoint_progress:1,compact_progress:1,backup:0,checkpoint:0,compact:0,evict:0,history_store:0,recovery:0,rts:0,salvage:0,tiered:0,timestamp:0,transaction:0,verify:0,log:0],"}'),
                ('I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', '{"durationMillis":%d}' % r.randint(200, 9000)),
                ('I', 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0"}'),
                ('I', 'NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}')]
        out = []
        for s, c, i, ctx, m, a in msgs:
            out.append((t, self.ln(t, s, c, i, ctx, m, a)))
            t += r.randint(1000, 900000)
        return out

    def shutdown(self, t):
        return [(t, self.ln(t, 'I', 'CONTROL', 23377, 'SignalHandler', 'Received signal', '{"signal":15,"error":"Terminated"}')),
                (t + 1000, self.ln(t + 1000, 'I', 'CONTROL', 4784900, 'SignalHandler', 'Shutting down', '{"exitCode":0}')),
                (t + 3 * US, self.ln(t + 3 * US, 'I', 'CONTROL', 20565, 'SignalHandler', 'Now exiting', None))]


# ================================================================= JVM / .NET applications
def juli_time(g, off):
    return ('%02d-%s-%04d %02d:%02d:%02d' % (g[2], MON[g[1] - 1], g[0], g[3], g[4], g[5]), '')


SPRING_BANNER = ['', '  .   ____          _            __ _ _', ' /\\\\ / ___\'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\',
                 "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\", " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
                 "  '  |____| .__|_| |_|_| |_\\__, | / / / /", ' =========|_|==============|___/=/_/_/_/', ' :: Spring Boot ::               (v2.7.18)', '']


class Tomcat(GenApp):
    fid = 'tomcat'
    eco = 'java'
    KINDS = ('error_burst', 'retry_storm', 'oom_kill', 'panic', 'disk_full', 'new_error', 'silence')
    proc = 'java'

    def setup2(self):
        r = self.r
        self.juli = Clock(juli_time, 0)
        self.sclk = Clock(b_iso('', ' '), 0)
        self.gclk = Clock(b_iso('plain'), 0)
        self.app = r.choice(['ShopApplication', 'OrderServiceApplication', 'CatalogApplication', 'BillingApplication'])
        self.loggers = ['c.%s.%s.web.%sController' % (self.sc.comp[0], self.fs.svc[:1], r.choice(['Order', 'Cart', 'Product', 'Checkout'])) for _ in range(3)] + \
                       ['c.%s.%s.service.%sService' % (self.sc.comp[0], self.fs.svc[:1], r.choice(['Pricing', 'Inventory', 'Payment', 'Customer'])) for _ in range(3)]
        self.uptime = r.uniform(1000, 900000)
        self.gcn = r.randint(100, 9000)
        self.gcp = r.random() < 0.8
        self.heap = r.choice((1024, 2048, 4096))

    def pid_at(self, t):
        return self.ep_val('pid', t, lambda: self.r.randint(1, 9) if self.r.random() < 0.5 else self.r.randint(100, 30000))

    def sp(self, t, lvl, thread, logger, msg):
        return '%s %5s %d --- [%15s] %-40s : %s' % (self.sclk(t, 3), lvl, self.pid_at(t), thread[-15:], logger[:40], msg)

    def jl(self, t, lvl, thread, src, msg):
        return '%s %s [%s] %s %s' % (self.juli(t, 3), lvl, thread, src, msg)

    def th(self):
        return 'nio-8080-exec-%d' % self.r.randint(1, 200)

    def request(self, t, lm, x5, fl):
        r = self.r
        return self.sp(t, 'INFO', self.th(), self.loggers[r.randrange(len(self.loggers))], self.info_msg())

    def filler(self, t):
        return self.request(t, 1, None, None)

    def exc_text(self, t, idx):
        r = self.r
        exc, msg, lines = self.err_lines(idx)
        return self.sp(t, 'ERROR', self.th(), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is %s: %s] with root cause' % (exc, msg.split('\n')[0])) + '\n\n' + '\n'.join(lines)

    def error(self, t, burst):
        return self.exc_text(t, self.choose_err(burst))

    def new_error(self, t):
        return self.exc_text(t, self.e_new)

    def x5_echo(self, t):
        return self.exc_text(t, self.e_dep)

    def warn(self, t):
        r = self.r
        x = r.random()
        if x < 0.4:
            return self.sp(t, 'WARN', self.th(), 'com.zaxxer.hikari.pool.PoolBase', 'HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@%s (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.' % hexs(r, 8))
        if x < 0.7:
            return self.sp(t, 'WARN', self.th(), 'o.s.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method \'GET\' not supported]')
        return self.jl(t, 'WARNING', 'http-nio-8080-exec-%d' % r.randint(1, 200), 'org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom', 'Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds.' % r.randint(200, 900))

    def retry(self, t):
        r = self.r
        return self.sp(t, 'WARN', 'scheduling-1' if r.random() < 0.3 else self.th(), 'c.%s.client.%sClient' % (self.sc.comp[0], self.v.dep.capitalize()),
                       'Call to %s-service failed (attempt %d/3), retrying in %dms: I/O error on GET request for "http://%s:8080/api/v1/%s/%d": Connection refused' % (
                           self.v.dep, r.randint(1, 3), r.choice((200, 500, 1000)), self.v.dep, self.v.dep, r.randint(1, 99999)))

    def disk_full(self, t):
        r = self.r
        if r.random() < 0.5:
            return '%s,%03d |-ERROR in ch.qos.logback.core.rolling.RollingFileAppender[FILE] - IO failure in appender java.io.IOException: No space left on device\n\tat java.io.IOException: No space left on device' % (time.strftime('%H:%M:%S', time.gmtime(t // US)), (t % US) // 1000)
        return self.sp(t, 'ERROR', self.th(), 'c.%s.%s.web.UploadController' % (self.sc.comp[0], self.fs.svc[:1]), 'Failed to store upload %s.pdf' % uuid4(r)) + \
            '\n\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)\n\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)\n\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:285)\n\tat org.apache.tomcat.util.http.fileupload.disk.DiskFileItem.write(DiskFileItem.java:389)\n\tat org.apache.catalina.core.ApplicationPart.write(ApplicationPart.java:120)\n\tat %s.web.UploadController.store(UploadController.java:%d)' % (self.sc.pkg, r.randint(30, 200))

    def periodic(self):
        r = self.r
        out = [(self.cron(r.choice((5, 10, 15)), r.randrange(5)), self.job)]
        if self.gcp:
            out.append((self.every(r.uniform(20, 90), 0.5), self.gc))
        return out

    def gc(self, t):
        r = self.r
        self.gcn += 1
        up = (t - self.fs.start) / US + self.uptime
        before = self.heap * r.uniform(0.55, 0.8)
        after = before * r.uniform(0.25, 0.5)
        kind = 'Pause Young (Normal) (G1 Evacuation Pause)' if r.random() < 0.93 else 'Pause Young (Concurrent Start) (G1 Humongous Allocation)'
        return [(t, '[%s][%.3fs][info][gc] GC(%d) %s %dM->%dM(%dM) %.3fms' % (self.gclk(t, 3), up, self.gcn, kind, before, after, self.heap, lognorm(r, 9, 0.6)))]

    def job(self, t):
        r = self.r
        name = r.choice(['ReconciliationJob', 'PriceSyncJob', 'AbandonedCartJob', 'ExportJob'])
        lg = 'c.%s.%s.jobs.%s' % (self.sc.comp[0], self.fs.svc[:1], name)
        out = [(t, self.sp(t, 'INFO', 'scheduling-1', lg, 'Starting %s' % name))]
        n = r.randint(10, 120)
        for i in range(n):
            t += int(lognorm(r, 0.2, 0.6) * US)
            out.append((t, self.sp(t, 'INFO', 'scheduling-1', lg, self.v.fill(r.choice(['Processed order {oid}', 'Synced price for {sku}', 'Reminder queued for cart {cart}'])))))
        out.append((t + 1000, self.sp(t + 1000, 'INFO', 'scheduling-1', lg, 'Finished %s: %d items in %d ms' % (name, n, r.randint(1000, 90000)))))
        return out

    def startup(self, t):
        r = self.r
        jl = self.jl
        c = 'org.apache.catalina.startup.VersionLoggerListener.log'
        pre = ['Server version name:   Apache Tomcat/9.0.85', 'Server built:          Jan 5 2024 08:26:34 UTC', 'Server version number: 9.0.85.0',
               'OS Name:               Linux', 'OS Version:            5.15.0-1053-aws', 'Architecture:          amd64', 'Java Home:             /opt/java/openjdk',
               'JVM Version:           17.0.10+7', 'JVM Vendor:            Eclipse Adoptium', 'CATALINA_BASE:         /usr/local/tomcat', 'CATALINA_HOME:         /usr/local/tomcat']
        out = []
        for m in pre:
            out.append((t, jl(t, 'INFO', 'main', c, m)))
            t += 1000
        for src, m in [('org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
                       ('org.apache.catalina.startup.Catalina.load', 'Server initialization in [%d] milliseconds' % r.randint(400, 1200)),
                       ('org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
                       ('org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/9.0.85]'),
                       ('org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/ROOT.war]')]:
            out.append((t, jl(t, 'INFO', 'main', src, m)))
            t += r.randint(1000, 300000)
        out.append((t, '\n'.join(SPRING_BANNER)))
        t += 500000
        for lg, m in [('c.%s.%s' % (self.sc.comp[0], self.app), 'Starting %s v1.%d.%d using Java 17.0.10 on %s with PID %d (/usr/local/tomcat/webapps/ROOT/WEB-INF/classes started by root in /usr/local/tomcat)' % (self.app, r.randint(0, 30), r.randint(0, 9), self.fs.host, self.pid_at(t))),
                      ('c.%s.%s' % (self.sc.comp[0], self.app), 'The following 1 profile is active: "prod"'),
                      ('o.s.d.r.c.RepositoryConfigurationDelegate', 'Finished Spring Data repository scanning in %d ms. Found %d JPA repository interfaces.' % (r.randint(80, 400), r.randint(5, 30))),
                      ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'), ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
                      ('o.hibernate.jpa.internal.util.LogHelper', 'HHH000204: Processing PersistenceUnitInfo [name: default]'),
                      ('c.%s.%s' % (self.sc.comp[0], self.app), 'Started %s in %.3f seconds (JVM running for %.3f)' % (self.app, r.uniform(9, 30), r.uniform(12, 35)))]:
            out.append((t, self.sp(t, 'INFO', 'main', lg, m)))
            t += r.randint(50000, 3 * US)
        for src, m in [('org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/ROOT.war] has finished in [%s] ms' % '{:,}'.format(r.randint(12000, 40000))),
                       ('org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
                       ('org.apache.catalina.startup.Catalina.start', 'Server startup in [%d] milliseconds' % r.randint(13000, 42000))]:
            out.append((t, jl(t, 'INFO', 'main', src, m)))
            t += r.randint(1000, 200000)
        return out

    def shutdown(self, t):
        r = self.r
        jl = self.jl
        out = [(t, jl(t, 'INFO', 'main', 'org.apache.catalina.core.StandardServer.await', 'A valid shutdown command was received via the shutdown port. Stopping the Server instance.')),
               (t + 1000, jl(t + 1000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]')),
               (t + 2000, jl(t + 2000, 'INFO', 'main', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]')),
               (t + 900000, jl(t + 900000, 'WARNING', 'main', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads',
                               'The web application [ROOT] appears to have started a thread named [HikariPool-1 housekeeper] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.base@17.0.10/jdk.internal.misc.Unsafe.park(Native Method)\n java.base@17.0.10/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:252)\n java.base@17.0.10/java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos(AbstractQueuedSynchronizer.java:1672)\n java.base@17.0.10/java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(ScheduledThreadPoolExecutor.java:1182)\n java.base@17.0.10/java.lang.Thread.run(Thread.java:840)')),
               (t + 1000000, jl(t + 1000000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]')),
               (t + 1100000, jl(t + 1100000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'))]
        return out

    def oom(self, t, delay):
        r = self.r
        th = 'http-nio-8080-exec-%d' % r.randint(1, 200)
        return [(t, 'Exception in thread "%s" java.lang.OutOfMemoryError: Java heap space' % th),
                (t + 300000, 'java.lang.OutOfMemoryError: Java heap space\nDumping heap to /tmp/java_pid%d.hprof ...' % self.pid_at(t)),
                (t + 9 * US, 'Heap dump file created [%d bytes in %.3f secs]' % (self.heap * 1048576 - r.randint(0, 10 ** 7), r.uniform(5, 20))),
                (t + 9 * US + 100, 'Terminating due to java.lang.OutOfMemoryError: Java heap space')]

    def crash(self, t):
        r = self.r
        lib, fn = r.choice([('libzip.so', 'newEntry'), ('libjvm.so', 'ObjectMonitor::enter'), ('libnio.so', 'Java_sun_nio_ch_FileDispatcherImpl_read0')])
        lines = ['#', '# A fatal error has been detected by the Java Runtime Environment:', '#',
                 '#  SIGSEGV (0xb) at pc=0x%016x, pid=%d, tid=%d' % (r.randint(0x7f0000000000, 0x7fffffffffff), self.pid_at(t), r.randint(20, 900)), '#',
                 '# JRE version: OpenJDK Runtime Environment Temurin-17.0.10+7 (17.0.10+7) (build 17.0.10+7)',
                 '# Java VM: OpenJDK 64-Bit Server VM Temurin-17.0.10+7 (17.0.10+7, mixed mode, sharing, tiered, compressed oops, compressed class space, g1 gc, linux-amd64)',
                 '# Problematic frame:', '# C  [%s+0x%x]  %s+0x%x' % (lib, r.randint(0x1000, 0xfffff), fn, r.randint(0x10, 0x200)), '#',
                 '# Core dump will be written. Default location: Core dumps may be processed with "/usr/share/apport/apport -p%p -s%s -c%c -d%d -P%P -u%u -g%g -- %E" (or dumping to /usr/local/tomcat/core.' + str(self.pid_at(t)) + ')',
                 '#', '# An error report file with more information is saved as:', '# /usr/local/tomcat/hs_err_pid%d.log' % self.pid_at(t), '#',
                 '# If you would like to submit a bug report, please visit:', '#   https://github.com/adoptium/adoptium-support/issues', '#']
        return [(t, '\n'.join(lines))]


class NLog(GenApp):
    fid = 'nlog'
    eco = 'dotnet'
    crlf = True
    per_request = True
    has_latency = True
    has_status = True
    lpr = 2.2
    shape_pow = 1.0
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'oom_kill', 'panic', 'disk_full', 'new_error', 'silence', 'http_5xx')
    proc = 'dotnet'

    def setup2(self):
        r = self.r
        self.clk = Clock(b_iso('', ' '), 0)
        self.tr = self.sc.traffic
        self.host = r.choice(['localhost:5000', '%s.%s.local' % (self.fs.svc, self.sc.comp), self.sc.domain])
        self.ns = self.sc.ns

    def ts(self, t):
        return self.clk(t, 4)

    def ln(self, t, lvl, logger, msg):
        return '%s|%s|%s|%s' % (self.ts(t), lvl, logger, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        m, path, ip, ua, med, medb, kind = self.tr.sample(r, fl)
        st = self.tr.status(r, kind, m, x5)
        d = self.tr.dur(r, med, lm, st)
        t2 = t + int(d * 1000)
        url = 'https://%s%s' % (self.host, path)
        ct = 'application/json;+charset=utf-8' if kind in ('api', 'post', 'login') else ('text/html;+charset=utf-8' if kind == 'page' else '-')
        out = [(t, self.ln(t, 'INFO', 'Microsoft.AspNetCore.Hosting.Diagnostics', 'Request starting HTTP/1.1 %s %s - %s' % (m, url, '-' if m == 'GET' else '%d' % r.randint(40, 3000))))]
        if kind in ('api', 'post') and r.random() < 0.25:
            out.append((t + int(d * 600), self.ln(t + int(d * 600), 'INFO', 'Microsoft.EntityFrameworkCore.Database.Command',
                                                  "Executed DbCommand (%dms) [Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\nSELECT TOP(1) [o].[Id], [o].[CustomerId], [o].[Status], [o].[Total]\nFROM [Orders] AS [o]\nWHERE [o].[Id] = @__id_0" % max(1, int(d * 0.4)))))
        if st >= 500:
            exc, msg, lines = self.err_lines(self.e_dep)
            out.append((t2 - 500, self.ln(t2 - 500, 'ERROR', 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware', 'An unhandled exception has occurred while executing the request. ' + '\n'.join(lines))))
        out.append((t2, self.ln(t2, 'INFO', 'Microsoft.AspNetCore.Hosting.Diagnostics', 'Request finished HTTP/1.1 %s %s - %d %d %s %.4fms' % (m, url, st, self.tr.size(r, medb, st), ct, d))))
        return out

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def err(self, t, idx):
        exc, msg, lines = self.err_lines(idx)
        return self.ln(t, 'ERROR', '%s.%s' % (self.ns, self.r.choice(['Services.OrderService', 'Controllers.OrdersController', 'Jobs.SyncJob'])), 'Unhandled error while processing request ' + '\n'.join(lines))

    def error(self, t, burst):
        return self.err(t, self.choose_err(burst))

    def new_error(self, t):
        return self.err(t, self.e_new)

    def x5_echo(self, t):
        return self.err(t, self.e_dep)

    def warn(self, t):
        r = self.r
        x = r.random()
        if x < 0.4:
            return self.ln(t, 'WARN', 'Microsoft.EntityFrameworkCore.Query', "Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured. By default, Entity Framework will use 'QuerySplittingBehavior.SingleQuery', which can potentially result in slow query performance.")
        if x < 0.7:
            return self.ln(t, 'WARN', 'Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository', 'Using an in-memory repository. Keys will not be persisted to storage.')
        return self.ln(t, 'WARN', '%s.Services.PaymentService' % self.ns, 'Payment provider responded slowly (%d ms) for order %d' % (r.randint(2000, 9000), r.randint(10000, 99999)))

    def retry(self, t):
        r = self.r
        return self.ln(t, 'WARN', '%s.Http.ResiliencePolicy' % self.ns, 'Retry %d of 3 for GET https://%s.internal/api/stock/%d after %dms: HttpRequestException: No connection could be made because the target machine actively refused it. (%s.internal:443)' % (
            r.randint(1, 3), self.v.dep, r.randint(1, 9999), r.choice((200, 400, 800)), self.v.dep))

    def disk_full(self, t):
        r = self.r
        return self.ln(t, 'ERROR', '%s.Services.ExportService' % self.ns, 'Export %s failed System.IO.IOException: There is not enough space on the disk. : \'D:\\Exports\\%s.xlsx\'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.Strategies.OSFileStreamStrategy.Write(ReadOnlySpan`1 buffer)\n   at %s.Services.ExportService.WriteAsync(Stream output, CancellationToken ct) in C:\\src\\%s\\Services\\ExportService.cs:line %d' % (
            uuid4(r), uuid4(r), self.ns, self.ns.replace('.', '\\'), r.randint(20, 200)))

    def periodic(self):
        r = self.r
        return [(self.cron(r.choice((5, 15, 30)), r.randrange(5)), self.job)]

    def job(self, t):
        r = self.r
        lg = '%s.Jobs.%s' % (self.ns, r.choice(['ReconcilePaymentsJob', 'SyncCustomersJob', 'NightlyInvoiceJob']))
        out = [(t, self.ln(t, 'INFO', 'Quartz.Core.JobRunShell', 'Calling Execute on job DEFAULT.%s' % lg.split('.')[-1]))]
        n = r.randint(10, 90)
        for i in range(n):
            t += int(lognorm(r, 0.3, 0.6) * US)
            out.append((t, self.ln(t, 'INFO', lg, self.info_msg())))
        out.append((t + 1000, self.ln(t + 1000, 'INFO', lg, 'Batch complete: %d records in %d ms' % (n, r.randint(1000, 60000)))))
        return out

    def startup(self, t):
        msgs = [('INFO', '%s.Program' % self.ns, 'Starting web host'), ('INFO', 'Microsoft.Hosting.Lifetime', 'Now listening on: http://localhost:5000'),
                ('INFO', 'Microsoft.Hosting.Lifetime', 'Application started. Press Ctrl+C to shut down.'), ('INFO', 'Microsoft.Hosting.Lifetime', 'Hosting environment: Production'),
                ('INFO', 'Microsoft.Hosting.Lifetime', 'Content root path: C:\\inetpub\\%s\\' % self.fs.svc)]
        return [(t + i * 20000, self.ln(t + i * 20000, a, b, c)) for i, (a, b, c) in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.ln(t, 'INFO', 'Microsoft.Hosting.Lifetime', 'Application is shutting down...'))]

    def crash(self, t):
        r = self.r
        exc, msg, lines = self.err_lines(self.e_burst)
        return [(t, self.ln(t, 'FATAL', '%s.Program' % self.ns, 'Host terminated unexpectedly ' + '\n'.join(lines)))]

    def oom(self, t, delay):
        r = self.r
        return [(t, self.ln(t, 'FATAL', '%s.Program' % self.ns, 'Host terminated unexpectedly System.OutOfMemoryException: Exception of type \'System.OutOfMemoryException\' was thrown.\n   at System.Collections.Generic.List`1.AddWithResize(T item)\n   at %s.Services.ReportService.BuildAsync(ReportRequest request, CancellationToken ct) in C:\\src\\%s\\Services\\ReportService.cs:line %d\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)' % (
            self.ns, self.ns.replace('.', '\\'), r.randint(20, 300))))]


class Log4Net(GenApp):
    fid = 'log4net'
    eco = 'dotnet'
    crlf = True
    has_latency = True
    lpr = 1.1
    KINDS = ('error_burst', 'retry_storm', 'disk_full', 'new_error', 'silence', 'latency_shift')
    proc = 'BillingService.exe'

    def setup2(self):
        r = self.r
        self.clk = Clock(b_iso('', ' '), 0, ',')
        self.svcname = r.choice(['Billing', 'Fulfillment', 'Integration', 'Reporting'])
        self.ns2 = '%s.%s' % (self.sc.ns.split('.')[0], self.svcname)
        self.threads = [r.randint(1, 60) for _ in range(8)]
        self.loggers = ['%s.%s' % (self.ns2, x) for x in ('BatchProcessor', 'QueueListener', 'Data.Repository', 'ErpGateway', 'InvoiceService')]

    def ln(self, t, lvl, logger, msg, th=None):
        return '%s [%d] %-5s %s - %s' % (self.clk(t, 3), th or self.threads[self.r.randrange(8)], lvl, logger, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        x = r.random()
        if x < 0.45:
            d = lognorm(r, 450, 0.6) * lm
            return self.ln(t, 'INFO', self.loggers[0], 'Batch %d processed: %d records in %d ms' % (r.randint(10000, 99999), r.randint(1, 250), int(d)))
        if x < 0.7:
            return self.ln(t, 'DEBUG', self.loggers[1], 'Received message %s from queue %s' % (uuid4(r), r.choice(['billing-in', 'orders.created', 'FormatName:DIRECT=OS:.\\private$\\billing'])))
        return self.ln(t, 'INFO', self.loggers[4], self.info_msg())

    def filler(self, t):
        return self.request(t, 1, None, None)

    def err(self, t, idx):
        exc, msg, lines = self.err_lines(idx, web=False)
        lines = [l for l in lines if 'AspNetCore' not in l]
        return self.ln(t, 'ERROR', self.loggers[self.r.choice((0, 2, 3))], 'Failed to process batch %d' % self.r.randint(10000, 99999)) + '\n' + '\n'.join(lines)

    def error(self, t, burst):
        return self.err(t, self.choose_err(burst))

    def new_error(self, t):
        return self.err(t, self.e_new)

    def warn(self, t):
        r = self.r
        return self.ln(t, 'WARN', self.loggers[3], 'ERP responded with HTTP 429, backing off %d s' % r.randint(1, 10)) if r.random() < 0.4 else \
            self.ln(t, 'WARN', self.loggers[2], 'Slow SQL (%d ms): EXEC dbo.usp_GetOpenInvoices @CustomerId=%d' % (r.randint(2000, 9000), r.randint(1, 99999)))

    def retry(self, t):
        r = self.r
        return self.ln(t, 'WARN', self.loggers[2], 'SqlException (Timeout expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.), retrying in %d s (attempt %d of 5)' % (r.choice((1, 2, 5)), r.randint(1, 5)))

    def disk_full(self, t):
        r = self.r
        return self.ln(t, 'ERROR', self.loggers[4], 'Could not write invoice PDF INV-%d' % r.randint(100000, 999999)) + '\nSystem.IO.IOException: There is not enough space on the disk.\r\n\n   at System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\n   at System.IO.FileStream.WriteCore(Byte[] buffer, Int32 offset, Int32 count)\n   at %s.InvoiceService.SavePdf(Invoice invoice) in C:\\Build\\%s\\InvoiceService.cs:line %d' % (self.ns2, self.svcname, r.randint(20, 300))

    def periodic(self):
        r = self.r
        return [(self.cron(r.choice((5, 10)), r.randrange(5)), self.poll)]

    def poll(self, t):
        r = self.r
        out = [(t, self.ln(t, 'INFO', self.loggers[1], 'Polling for pending invoices'))]
        for i in range(r.randint(5, 60)):
            t += int(lognorm(r, 0.4, 0.5) * US)
            out.append((t, self.ln(t, 'INFO', self.loggers[4], 'Invoice INV-%d generated for customer %d' % (r.randint(100000, 999999), r.randint(1, 99999)))))
        return out

    def startup(self, t):
        r = self.r
        th = self.threads[0]
        msgs = ['Service starting. Version %d.%d.%d.0' % (r.randint(1, 6), r.randint(0, 20), r.randint(0, 400)),
                'Loaded configuration from C:\\Program Files\\%s\\%s\\%sService.exe.config' % (self.sc.comp.capitalize(), self.svcname, self.svcname),
                'Connected to SQL Server sql01.%s.local, database %s' % (self.sc.comp, self.svcname), 'Service started']
        return [(t + i * 300000, self.ln(t + i * 300000, 'INFO', '%s.ServiceHost' % self.ns2, m, th)) for i, m in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.ln(t, 'INFO', '%s.ServiceHost' % self.ns2, 'Stop requested by Service Control Manager')),
                (t + 2 * US, self.ln(t + 2 * US, 'INFO', '%s.ServiceHost' % self.ns2, 'Service stopped'))]


# ================================================================= containers / hosts / cloud
def go_json(s):
    return json.dumps(s).replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')


class DockerJSON(Fmt):
    """docker json-file log of a Node.js (fastify + pino) container; plain stderr lines mixed in."""
    fid = 'docker_json'
    eco = 'node'
    per_request = True
    has_latency = True
    has_status = True
    lpr = 2.0
    shape_pow = 1.0
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'oom_kill', 'panic', 'disk_full', 'new_error', 'silence', 'http_5xx', 'traffic_flood')
    proc = 'node'

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('Z'), 0)
        self.tr = self.sc.traffic
        self.hostname = '%s-%s-%s' % (self.fs.svc, hexs(r, 10)[:9], b62(r, 5).lower())
        self.pid = 1 if r.random() < 0.7 else r.randint(7, 40)
        self.reqn = r.randint(1, 9000)
        self.setup_errs('node')
        self.both = r.random() < 0.6
        self.name = self.fs.svc

    def wrap(self, t, text, stream='stdout'):
        out = []
        for i, l in enumerate(text.split('\n')):
            out.append('{"log":%s,"stream":"%s","time":"%s"}' % (go_json(l + '\n'), stream, self.clk(t + i, 9)))
        return '\n'.join(out)

    def pino(self, t, lvl, body, msg):
        s = '{"level":%d,"time":%d,"pid":%d,"hostname":"%s"' % (lvl, t // 1000, self.pid, self.hostname)
        if body:
            s += ',' + body
        return s + ',"msg":%s}' % json.dumps(msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        m, path, ip, ua, med, medb, kind = self.tr.sample(r, fl)
        if kind == 'static':
            return None
        st = self.tr.status(r, kind, m, x5)
        d = self.tr.dur(r, med, lm, st)
        self.reqn += 1
        rid = 'req-%s' % b62(r, 4).lower() if r.random() < 0.5 else 'req-%d' % self.reqn
        reqj = '"req":{"method":"%s","url":%s,"hostname":"%s:3000","remoteAddress":"%s","remotePort":%d}' % (m, json.dumps(path), self.name, ip, r.randint(30000, 60000))
        t2 = t + int(d * 1000)
        done = self.pino(t2, 50 if st >= 500 else 30, '"reqId":"%s","res":{"statusCode":%d},"responseTime":%.15g' % (rid, st, round(d, 12)), 'request completed')
        if self.both:
            return [(t, self.wrap(t, self.pino(t, 30, '"reqId":"%s",%s' % (rid, reqj), 'incoming request'))), (t2, self.wrap(t2, done))]
        return [(t2, self.wrap(t2, done))]

    def filler(self, t):
        return self.wrap(t, self.pino(t, 30, '', 'health check ok'))

    def errj(self, t, idx, msg=None):
        r = self.r
        exc, m, lines = ERRS['node'][idx][0], self.v.fill(ERRS['node'][idx][1]), None
        lines = node_trace(r, exc, m)
        extra = ''
        if 'ECONNREFUSED' in m:
            extra = ',"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"%s","port":5432' % self.v.ip
        body = '"reqId":"req-%s","err":{"type":"%s","message":%s,"stack":%s%s}' % (b62(r, 4).lower(), exc, json.dumps(m), json.dumps('\n'.join(lines)), extra)
        return self.wrap(t, self.pino(t, 50, body, msg or m))

    def error(self, t, burst):
        return self.errj(t, self.choose_err(burst))

    def new_error(self, t):
        return self.errj(t, self.e_new)

    def x5_echo(self, t):
        return self.errj(t, self.e_dep)

    def warn(self, t):
        r = self.r
        if r.random() < 0.6:
            return self.wrap(t, self.pino(t, 40, '"cacheKey":"feed:%d","ttl":%d' % (r.randint(1, 99999), r.choice((30, 60, 300))), 'cache stampede protection engaged, serving stale value'))
        return self.wrap(t, '(node:%d) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 error listeners added to [Socket]. Use emitter.setMaxListeners() to increase limit\n(Use `node --trace-warnings ...` to show where the warning was created)' % self.pid, 'stderr')

    def retry(self, t):
        r = self.r
        return self.wrap(t, '[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)' % self.v.ip, 'stderr')

    def disk_full(self, t):
        r = self.r
        body = '"err":{"type":"Error","message":"ENOSPC: no space left on device, write","stack":"Error: ENOSPC: no space left on device, write","errno":-28,"code":"ENOSPC","syscall":"write"},"uploadId":"%s"' % uuid4(r)
        return self.wrap(t, self.pino(t, 50, body, 'failed to write upload chunk'))

    def startup(self, t):
        r = self.r
        out = [(t, self.wrap(t, '\n> %s@%d.%d.%d start\n> node dist/server.js\n' % (self.name, r.randint(1, 4), r.randint(0, 30), r.randint(0, 9))))]
        t += 400000
        out.append((t, self.wrap(t, '(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)' % self.pid, 'stderr')))
        for i, m in enumerate(['connected to postgres', 'redis ready', 'Server listening at http://0.0.0.0:3000']):
            tt = t + (i + 1) * 150000
            out.append((tt, self.wrap(tt, self.pino(tt, 30, '', m))))
        return out

    def shutdown(self, t):
        return [(t, self.wrap(t, self.pino(t, 30, '"signal":"SIGTERM"', 'received signal, closing server'))),
                (t + 300000, self.wrap(t + 300000, 'npm ERR! path /app\nnpm ERR! command failed\nnpm ERR! signal SIGTERM\nnpm ERR! command sh -c node dist/server.js', 'stderr'))]

    def crash(self, t):
        r = self.r
        fn = r.choice(['services/cart.js', 'routes/orders.js', 'lib/pricing.js'])
        ln = r.randint(20, 300)
        lines = ['/app/dist/%s:%d' % (fn, ln), '      const total = cart.items.reduce((sum, i) => sum + i.price * i.qty, 0);',
                 '                               ^', '', "TypeError: Cannot read properties of undefined (reading 'reduce')",
                 '    at CartService.total (/app/dist/%s:%d:32)' % (fn, ln), '    at /app/dist/routes/checkout.js:%d:41' % r.randint(10, 90),
                 '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)', '', 'Node.js v20.11.1']
        return [(t, self.wrap(t, '\n'.join(lines), 'stderr'))]

    def oom(self, t, delay):
        r = self.r
        lines = ['', '<--- Last few GCs --->', '',
                 '[%d:0x%x]  %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = 0.%03d, current mu = 0.%03d) allocation failure; scavenge might not succeed' % (
                     self.pid, r.randint(0x5500000000, 0x55ffffffff), r.randint(10 ** 6, 10 ** 8), 2045.3, 2083.7, 2043.9, 2084.4, r.uniform(800, 2500), r.randint(50, 300), r.randint(10, 90)),
                 '', '', '<--- JS stacktrace --->', '', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
                 ' 1: 0xb7a940 node::Abort() [node]', ' 2: 0xa7f2c8 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
                 ' 3: 0xd4a2e0 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
                 ' 4: 0xd4a687 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
                 ' 5: 0xf27ad5  [node]', ' 6: 0xf39b5d v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
                 ' 7: 0x1915d91  [node]']
        return [(t, self.wrap(t, '\n'.join(lines), 'stderr'))]


class Journald(Fmt):
    """journalctl -o json export of one host: systemd, cron, sshd, kernel and one application unit."""
    fid = 'journald'
    role = 'host'
    eco = 'go'
    has_latency = True
    shape_pow = 0.8
    KINDS = ('oom_kill', 'panic', 'disk_full', 'new_error', 'retry_storm', 'error_burst', 'latency_shift')
    self_restart_oom = False

    def setup(self):
        r = self.r
        self.host = self.fs.host
        self.boot = hexs(r, 32)
        self.mid = hexs(r, 32)
        self.seqid = hexs(r, 32)
        self.seq = r.randint(0x100000, 0xfffffff)
        self.boot_at = self.fs.start - int(r.uniform(2, 90) * 86400 * US)
        self.unit = '%s.service' % self.fs.svc
        self.app = self.fs.svc
        self.exe = '/usr/local/bin/%s' % self.app
        self.setup_errs('go')
        self.tr = Traffic(R(self.sc.seed, self.sc.idx, self.fs.name, 'jtraffic'), 'api', 'localhost')
        self.proc = self.app

    def e(self, t, msg, prio=6, ident=None, pid=None, unit=None, transport='stdout', comm=None, fac=None):
        d = {'__CURSOR': 's=%s;i=@@SEQ@@;b=%s;m=%x;t=%x;x=%016x' % (self.seqid, self.boot, t - self.boot_at, t, (t * 2654435761) % (1 << 64)),
             '__REALTIME_TIMESTAMP': str(t), '__MONOTONIC_TIMESTAMP': str(t - self.boot_at), '_BOOT_ID': self.boot, '_MACHINE_ID': self.mid,
             '_HOSTNAME': self.host, '_TRANSPORT': transport, 'PRIORITY': str(prio)}
        if fac is not None:
            d['SYSLOG_FACILITY'] = str(fac)
        if ident:
            d['SYSLOG_IDENTIFIER'] = ident
        if pid:
            d['_PID'] = str(pid)
            d['_UID'] = '0' if ident in ('systemd', 'CRON', 'sshd', 'kernel') else '998'
        if comm:
            d['_COMM'] = comm
        if unit:
            d['_SYSTEMD_UNIT'] = unit
            d['_SYSTEMD_CGROUP'] = '/system.slice/%s' % unit
        d['MESSAGE'] = msg
        if transport in ('syslog', 'journal'):
            d['_SOURCE_REALTIME_TIMESTAMP'] = str(t - 30)
        return json.dumps(d, separators=(', ', ' : ')).replace('{"', '{ "').replace('"}', '" }')

    def finalize(self, texts):
        return self.number_tokens(texts, '@@SEQ@@', self.seq, '%x', 0.3)

    def sd(self, t, msg, prio=6):
        return self.e(t, msg, prio, 'systemd', 1, None, 'journal', 'systemd', 3)

    def apid_at(self, t):
        return self.ep_val('apid', t, lambda: self.r.randint(500, 90000))

    def appl(self, t, msg, prio=6):
        return self.e(t, msg, prio, self.app, self.apid_at(t), self.unit, 'stdout', self.app, 3)

    def request(self, t, lm, x5, fl):
        r = self.r
        m, path, ip, ua, med, medb, kind = self.tr.sample(r, fl)
        st = self.tr.status(r, kind, m, x5)
        d = self.tr.dur(r, med, lm, st)
        return self.appl(t, 'level=%s msg="request" method=%s path=%s status=%d duration_ms=%.1f bytes=%d' % (
            'error' if st >= 500 else 'info', m, path.split('?')[0], st, d, self.tr.size(r, medb, st)))

    def filler(self, t):
        return self.request(t, 1, None, None)

    def err(self, t, idx):
        msg = self.v.fill(ERRS['go'][idx][1])
        return self.appl(t, 'level=error msg=%s' % json.dumps(msg), 3)

    def error(self, t, burst):
        return self.err(t, self.choose_err(burst))

    def new_error(self, t):
        return self.err(t, self.e_new)

    def x5_echo(self, t):
        return self.err(t, self.e_dep)

    def warn(self, t):
        r = self.r
        x = r.random()
        if x < 0.45:
            p = r.randint(1000, 90000)
            ip = pubip(r)
            u = r.choice(['admin', 'ubuntu', 'test', 'oracle', 'git', 'postgres', 'user'])
            return '\n'.join([self.e(t, 'Invalid user %s from %s port %d' % (u, ip, r.randint(1024, 65535)), 6, 'sshd', p, 'ssh.service', 'syslog', 'sshd', 4),
                              self.e(t + 300000, 'Connection closed by invalid user %s %s port %d [preauth]' % (u, ip, r.randint(1024, 65535)), 6, 'sshd', p, 'ssh.service', 'syslog', 'sshd', 4)])
        if x < 0.75:
            return self.e(t, '[UFW BLOCK] IN=eth0 OUT= MAC=%s SRC=%s DST=%s LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0 ' % (
                ':'.join(hexs(r, 2) for _ in range(14)), pubip(r), privip(r), r.choice((40, 44, 60)), r.randint(30, 250), r.randint(1, 65535), r.randint(1024, 65535), r.choice((23, 445, 3389, 5900, 8080, 2375, 6379))),
                4, 'kernel', None, None, 'kernel', None, 0)
        return self.appl(t, 'level=warn msg="slow upstream" upstream=%s duration_ms=%d' % (self.v.dep, r.randint(1500, 6000)), 4)

    def retry(self, t):
        r = self.r
        return self.appl(t, 'level=warn msg="dial failed, retrying" addr=%s:5432 attempt=%d backoff=%s error="dial tcp %s:5432: connect: connection refused"' % (
            self.v.ip, r.randint(1, 8), r.choice(('250ms', '500ms', '1s', '2s')), self.v.ip), 4)

    def disk_full(self, t):
        r = self.r
        if r.random() < 0.6:
            return self.appl(t, 'level=error msg="failed to persist batch" error="write /var/lib/%s/queue/%08d.seg: no space left on device"' % (self.app, r.randint(1, 99999999)), 3)
        return self.e(t, 'Failed to write entry (%d items, %d bytes) despite vacuuming, ignoring: No space left on device' % (r.randint(9, 30), r.randint(300, 4000)), 3, 'systemd-journald', 300, 'systemd-journald.service', 'driver', 'systemd-journal', 3)

    def periodic(self):
        r = self.r
        return [(self.cron(10, r.randrange(10), 1), self.sysstat), (self.cron(60, 17, 1), self.hourly),
                (self.every(r.choice((300, 600, 900)), 0.5), self.ssh), (self.cron(1440, r.choice((0, 385))), self.logrotate)]

    def cron_job(self, t, cmd):
        r = self.r
        p = r.randint(1000, 90000)
        return [(t, self.e(t, 'pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)', 6, 'CRON', p, 'cron.service', 'syslog', 'cron', 10)),
                (t + 1000, self.e(t + 1000, '(root) CMD (%s)' % cmd, 6, 'CRON', p + 1, 'cron.service', 'syslog', 'cron', 9)),
                (t + 400000, self.e(t + 400000, 'pam_unix(cron:session): session closed for user root', 6, 'CRON', p, 'cron.service', 'syslog', 'cron', 10))]

    def sysstat(self, t):
        return [(t, self.sd(t, 'Starting sysstat-collect.service - system activity accounting tool...')),
                (t + 50000, self.sd(t + 50000, 'sysstat-collect.service: Deactivated successfully.')),
                (t + 51000, self.sd(t + 51000, 'Finished sysstat-collect.service - system activity accounting tool.'))]

    def hourly(self, t):
        return self.cron_job(t, 'cd / && run-parts --report /etc/cron.hourly')

    def ssh(self, t):
        r = self.r
        p = r.randint(1000, 90000)
        u = r.choice(['deploy', 'ubuntu', 'ansible'])
        ip = privip(r)
        port = r.randint(30000, 60000)
        s = r.randint(100, 9999)
        dur = int(r.uniform(5, 300) * US)
        return [(t, self.e(t, 'Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s' % (u, ip, port, b62(r, 43)), 6, 'sshd', p, 'ssh.service', 'syslog', 'sshd', 4)),
                (t + 20000, self.e(t + 20000, 'pam_unix(sshd:session): session opened for user %s(uid=1000) by (uid=0)' % u, 6, 'sshd', p, 'ssh.service', 'syslog', 'sshd', 10)),
                (t + 40000, self.sd(t + 40000, 'Started session-%d.scope - Session %d of User %s.' % (s, s, u))),
                (t + dur, self.e(t + dur, 'Disconnected from user %s %s port %d' % (u, ip, port), 6, 'sshd', p, 'ssh.service', 'syslog', 'sshd', 4)),
                (t + dur + 1000, self.sd(t + dur + 1000, 'session-%d.scope: Deactivated successfully.' % s))]

    def logrotate(self, t):
        return [(t, self.sd(t, 'Starting logrotate.service - Rotate log files...')),
                (t + 900000, self.sd(t + 900000, 'logrotate.service: Deactivated successfully.')),
                (t + 901000, self.sd(t + 901000, 'Finished logrotate.service - Rotate log files.'))]

    def startup(self, t):
        r = self.r
        return [(t, self.sd(t, 'Started %s - %s.' % (self.unit, self.app.replace('-', ' ').title()))),
                (t + 80000, self.appl(t + 80000, 'level=info msg="starting %s" version=v%d.%d.%d commit=%s' % (self.app, r.randint(1, 4), r.randint(0, 40), r.randint(0, 9), hexs(r, 7)))),
                (t + 200000, self.appl(t + 200000, 'level=info msg="listening" addr=:8080'))]

    def shutdown(self, t):
        return [(t, self.sd(t, 'Stopping %s - %s...' % (self.unit, self.app.replace('-', ' ').title()))),
                (t + 5000, self.appl(t + 5000, 'level=info msg="shutting down" signal=terminated')),
                (t + 900000, self.sd(t + 900000, '%s: Deactivated successfully.' % self.unit)),
                (t + 901000, self.sd(t + 901000, 'Stopped %s - %s.' % (self.unit, self.app.replace('-', ' ').title())))]

    def restart_tail(self, t, delay, result, code, prog=None):
        u = '%s.service' % prog if prog else self.unit
        title = (prog or self.app).replace('-', ' ').title()
        out = [(t, self.sd(t, '%s: Main process exited, code=%s' % (u, code), 5)),
               (t + 1000, self.sd(t + 1000, '%s: Failed with result \'%s\'.' % (u, result), 4)),
               (t + delay, self.sd(t + delay, '%s: Scheduled restart job, restart counter is at 1.' % u)),
               (t + delay + 1000, self.sd(t + delay + 1000, 'Stopped %s - %s.' % (u, title)))]
        if prog:
            out.append((t + delay + 2000, self.sd(t + delay + 2000, 'Started %s - %s.' % (u, title))))
        else:
            out += self.startup(t + delay + 2000)
        return out

    def oom(self, t, delay, prog=None):
        r = self.r
        victim, vpid, unit = self.app, self.apid_at(t), self.unit
        if prog:
            victim, vpid, unit = prog, r.randint(500, 90000), '%s.service' % prog
        k = lambda tt, m, p=4: (tt, self.e(tt, m, p, 'kernel', None, None, 'kernel', None, 0))
        rss = r.randint(900000, 7000000)
        lines = ['%s invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0' % victim,
                 'CPU: %d PID: %d Comm: %s Not tainted 5.15.0-1053-aws #58-Ubuntu' % (r.randint(0, 7), vpid, victim[:15]),
                 'Hardware name: Amazon EC2 m5.xlarge/, BIOS 1.0 10/16/2017', 'Call Trace:', ' <TASK>', ' dump_stack_lvl+0x4a/0x63', ' dump_header+0x4a/0x1f4',
                 ' oom_kill_process.cold+0xb/0x10', ' out_of_memory+0x1bd/0x4f0', ' __alloc_pages_slowpath.constprop.0+0xc4b/0xd60', ' __alloc_pages+0x30b/0x330',
                 ' alloc_pages_vma+0x9d/0x380', ' do_anonymous_page+0xf3/0x3a0', ' __handle_mm_fault+0x861/0x8a0', ' handle_mm_fault+0xd8/0x2c0',
                 ' do_user_addr_fault+0x1c2/0x690', ' exc_page_fault+0x77/0x170', ' asm_exc_page_fault+0x27/0x30', ' </TASK>',
                 'Mem-Info:', 'active_anon:%d inactive_anon:%d isolated_anon:0' % (r.randint(10 ** 6, 3 * 10 ** 6), r.randint(1000, 90000)),
                 'Tasks state (memory values in pages):', '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
                 '[%7d]   998 %5d %8d %8d %14d        0             0 %s' % (vpid, vpid, rss * 2, rss // 4, r.randint(10 ** 6, 10 ** 7), victim[:15]),
                 'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/%s,task=%s,pid=%d,uid=998' % (unit, victim[:15], vpid),
                 'Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:998 pgtables:%dkB oom_score_adj:0' % (vpid, victim[:15], rss * 8, rss, r.randint(1000, 20000))]
        out = [k(t + i * 20, l, 3 if 'Killed process' in l or 'invoked' in l else 4) for i, l in enumerate(lines)]
        tt = t + 200000
        out.append((tt, self.sd(tt, '%s: A process of this unit has been killed by the OOM killer.' % unit, 4)))
        out += self.restart_tail(tt + 5000, delay, 'oom-kill', 'killed, status=9/KILL', prog)
        return out

    def crash(self, t):
        r = self.r
        out = []
        lines = go_panic(r, 'github.com/%s/%s' % (self.sc.comp, self.app))
        for i, l in enumerate(lines):
            out.append((t + i * 10, self.e(t + i * 10, l, 3, self.app, self.apid_at(t), self.unit, 'stdout', self.app, 3)))
        out += self.restart_tail(t + 30000, getattr(self, 'cur_delay', int(r.uniform(1, 12) * US)), 'exit-code', 'exited, status=2/INVALIDARGUMENT')
        return out

    def pm_exit(self, t, prog, kind, delay):
        if kind == 'oom_kill':
            return self.oom(t, delay, prog)
        return self.restart_tail(t, delay, 'exit-code', 'exited, status=1/FAILURE', prog)


class GCP(GenApp):
    """Google Cloud Logging export (one JSON LogEntry per line) of a GKE workload, with k8s events mixed in."""
    fid = 'gcp'
    per_request = True
    has_latency = True
    has_status = True
    lpr = 1.3
    shape_pow = 1.0
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'oom_kill', 'panic', 'disk_full', 'new_error', 'silence', 'http_5xx', 'traffic_flood')
    self_restart_oom = True

    def setup(self):
        r = self.r
        self.eco = self.var or 'python'
        self.proc = {'python': 'gunicorn', 'node': 'node', 'go': self.fs.svc, 'java': 'java'}[self.eco]
        GenApp.setup(self)

    def setup2(self):
        r = self.r
        self.clk = Clock(b_iso('Z'), 0)
        self.tr = self.sc.traffic
        self.project = '%s-%s-%d' % (self.sc.comp, r.choice(['prod', 'production', 'platform']), r.randint(100, 999))
        self.loc = r.choice(['europe-west1', 'us-central1', 'europe-west4', 'us-east4', 'asia-northeast1'])
        self.cluster = r.choice(['prod-gke', 'gke-main', 'prod-cluster-1', 'apps'])
        self.ns = r.choice(['default', 'prod', 'apps', self.fs.svc])
        self.npods = r.randint(2, 5)
        self.node = 'gke-%s-default-pool-%s-%s' % (self.cluster, hexs(r, 8), b62(r, 4).lower())
        self.insert = r.randint(0, 10 ** 6)

    def rs_pods(self, t):
        r = self.r

        def mk():
            rs = hexs(r, 10)[:9]
            return rs, ['%s-%s-%s' % (self.fs.svc, rs, b62(r, 5).lower()) for _ in range(self.npods)]
        return self.ep_val('pods', t, mk)

    def entry(self, t, sev, payload, pod=None, log='stdout', http=None):
        r = self.r
        self.insert += 1
        rs, pods = self.rs_pods(t)
        pod = pod or pods[r.randrange(len(pods))]
        s = '{"insertId":"%s",%s' % (b62(r, 14).lower(), payload)
        if http:
            s += ',"httpRequest":%s' % http
        s += ',"resource":{"type":"k8s_container","labels":{"project_id":"%s","location":"%s","cluster_name":"%s","namespace_name":"%s","pod_name":"%s","container_name":"%s"}}' % (
            self.project, self.loc, self.cluster, self.ns, pod, self.fs.svc)
        s += ',"timestamp":"%s","severity":"%s","labels":{"k8s-pod/app":"%s","k8s-pod/pod-template-hash":"%s","compute.googleapis.com/resource_name":"%s"},"logName":"projects/%s/logs/%s","receiveTimestamp":"%s"}' % (
            self.clk(t, 9), sev, self.fs.svc, rs, self.node, self.project, log, self.clk(t + r.randint(200000, 4000000), 9))
        return s

    def event(self, t, reason, msg, kind='Pod', name=None, sev='INFO'):
        r = self.r
        self.insert += 1
        return '{"insertId":"%s","jsonPayload":{"apiVersion":"v1","kind":"Event","metadata":{"name":"%s.%s","namespace":"%s"},"involvedObject":{"kind":"%s","namespace":"%s","name":"%s"},"reason":"%s","message":%s,"source":{"component":"%s","host":"%s"},"type":"%s","count":1},"resource":{"type":"k8s_pod","labels":{"project_id":"%s","location":"%s","cluster_name":"%s","namespace_name":"%s","pod_name":"%s"}},"timestamp":"%s","severity":"%s","logName":"projects/%s/logs/events","receiveTimestamp":"%s"}' % (
            b62(r, 14).lower(), name or self.rs_pods(t)[1][0], hexs(r, 16), self.ns, kind, self.ns, name or self.rs_pods(t)[1][0], reason, json.dumps(msg),
            'kubelet' if kind == 'Pod' else ('cronjob-controller' if kind == 'CronJob' else 'horizontal-pod-autoscaler'), self.node,
            'Warning' if sev == 'WARNING' else 'Normal', self.project, self.loc, self.cluster, self.ns, name or self.rs_pods(t)[1][0], self.clk(t, 9), sev, self.project, self.clk(t + 900000, 9))

    def request(self, t, lm, x5, fl):
        r = self.r
        if not self.fs.slot.get('backend'):
            d = lognorm(r, 900, 0.7) * lm
            job = r.choice(['render-invoice', 'send-email', 'resize-image', 'sync-crm', 'export-csv'])
            return self.entry(t, 'INFO', '"jsonPayload":{"message":%s,"job":"%s","job_id":"%s","duration_ms":%d}' % (
                json.dumps('job %s finished' % job), job, b62(r, 12), int(d)))
        m, path, ip, ua, med, medb, kind = self.tr.sample(r, fl)
        if kind == 'static':
            return None
        st = self.tr.status(r, kind, m, x5)
        d = self.tr.dur(r, med, lm, st)
        http = '{"requestMethod":"%s","requestUrl":%s,"status":%d,"responseSize":"%d","userAgent":%s,"remoteIp":"%s","latency":"%.6fs","protocol":"HTTP/1.1"}' % (
            m, json.dumps(path), st, self.tr.size(r, medb, st), json.dumps(ua), ip, d / 1000.0)
        sev = 'ERROR' if st >= 500 else ('WARNING' if st >= 400 else 'INFO')
        payload = '"jsonPayload":{"message":%s,"logger":"%s"}' % (json.dumps('%s %s %d' % (m, path.split('?')[0], st)), {'python': 'gunicorn.access', 'node': 'http', 'go': 'http', 'java': 'o.s.w.f.CommonsRequestLoggingFilter'}[self.eco])
        return self.entry(t + int(d * 1000), sev, payload, http=http)

    def filler(self, t):
        return self.entry(t, 'INFO', '"jsonPayload":{"message":%s}' % json.dumps(self.info_msg()))

    def err(self, t, idx):
        exc, msg, lines = self.err_lines(idx)
        return self.entry(t, 'ERROR', '"jsonPayload":{"message":%s,"error":%s,"stack_trace":%s}' % (json.dumps('Unhandled exception'), json.dumps(exc or 'error'), json.dumps('\n'.join(lines))))

    def error(self, t, burst):
        return self.err(t, self.choose_err(burst))

    def new_error(self, t):
        return self.err(t, self.e_new)

    def x5_echo(self, t):
        return self.err(t, self.e_dep)

    def warn(self, t):
        r = self.r
        if r.random() < 0.3:
            return self.event(t, 'Unhealthy', 'Readiness probe failed: Get "http://10.%d.%d.%d:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 250)), sev='WARNING', name=r.choice(self.rs_pods(t)[1]))
        return self.entry(t, 'WARNING', '"jsonPayload":{"message":%s}' % json.dumps(self.v.fill('slow dependency call to {dep}: {ms}ms')))

    def retry(self, t):
        r = self.r
        return self.entry(t, 'WARNING', '"jsonPayload":{"message":%s,"attempt":%d}' % (json.dumps('429 Too Many Requests from %s: quota exceeded for quota metric \'Write requests\', retrying in %.1fs' % (self.v.ext, r.uniform(0.2, 4))), r.randint(1, 5)))

    def disk_full(self, t):
        r = self.r
        return self.entry(t, 'ERROR', '"jsonPayload":{"message":%s}' % json.dumps("OSError: [Errno 28] No space left on device: '/tmp/render/%s.png'" % uuid4(r) if self.eco == 'python' else 'ENOSPC: no space left on device, write \'/tmp/render/%s.png\'' % uuid4(r)))

    def periodic(self):
        r = self.r
        return [(self.every(r.choice((10, 10, 15)), 0.02), self.probe), (self.cron(r.choice((15, 30, 60)), r.randrange(15)), self.cronjob),
                (self.every(r.choice((900, 1800, 2700)), 0.4), self.hpa)]

    def probe(self, t):
        r = self.r
        pods = self.rs_pods(t)[1]
        pod = pods[r.randrange(len(pods))]
        http = '{"requestMethod":"GET","requestUrl":"/healthz","status":200,"responseSize":"2","userAgent":"kube-probe/1.28","remoteIp":"10.%d.0.1","latency":"%.6fs","protocol":"HTTP/1.1"}' % (r.randint(0, 60), lognorm(r, 0.0009, 0.4))
        return [(t, self.entry(t, 'INFO', '"jsonPayload":{"message":"GET /healthz 200"}', pod=pod, http=http))]

    def cronjob(self, t):
        r = self.r
        job = '%s-report-%d' % (self.fs.svc, (t // US) // 60)
        pod = '%s-%s' % (job, b62(r, 5).lower())
        out = [(t, self.event(t, 'SuccessfulCreate', 'Created job %s' % job, kind='CronJob', name='%s-report' % self.fs.svc)),
               (t + 300000, self.event(t + 300000, 'Scheduled', 'Successfully assigned %s/%s to %s' % (self.ns, pod, self.node), name=pod)),
               (t + 2 * US, self.event(t + 2 * US, 'Started', 'Started container report', name=pod))]
        n = r.randint(5, 60)
        tt = t + 3 * US
        for i in range(n):
            tt += int(lognorm(r, 0.4, 0.5) * US)
            out.append((tt, self.entry(tt, 'INFO', '"jsonPayload":{"message":%s,"job":"%s"}' % (json.dumps(self.info_msg()), job), pod=pod)))
        out.append((tt + 2 * US, self.event(tt + 2 * US, 'SawCompletedJob', 'Saw completed job: %s, status: Complete' % job, kind='CronJob', name='%s-report' % self.fs.svc)))
        return out

    def hpa(self, t):
        r = self.r
        n = r.randint(2, 8)
        return [(t, self.event(t, 'SuccessfulRescale', 'New size: %d; reason: cpu resource utilization (percentage of request) %s target' % (n, r.choice(['above', 'below'])), kind='HorizontalPodAutoscaler', name=self.fs.svc))]

    def startup(self, t):
        r = self.r
        old = self.rs_pods(t - 1)[1][0]
        out = [(t, self.event(t, 'Killing', 'Stopping container %s' % self.fs.svc, name=old))]
        for i, p in enumerate(self.rs_pods(t)[1]):
            tt = t + (i + 1) * 4 * US
            out.append((tt, self.event(tt, 'Pulled', 'Container image "%s-docker.pkg.dev/%s/apps/%s:%s" already present on machine' % (self.loc, self.project, self.fs.svc, hexs(r, 7)), name=p)))
            out.append((tt + 500000, self.event(tt + 500000, 'Started', 'Started container %s' % self.fs.svc, name=p)))
            msg = {'python': '[1] [INFO] Starting gunicorn 21.2.0', 'node': 'Server listening at http://0.0.0.0:8080', 'go': 'http server listening on :8080', 'java': 'Started Application in 11.2 seconds (process running for 12.9)'}[self.eco]
            out.append((tt + 2 * US, self.entry(tt + 2 * US, 'INFO', '"textPayload":%s' % json.dumps(msg), pod=p, log='stderr' if self.eco == 'python' else 'stdout')))
        return out

    def restart_pod(self, t, pod, backoff):
        r = self.r
        rs = self.rs_pods(t)[0]
        out = []
        if backoff:
            out.append((t - int(backoff * 0.6), self.event(t - int(backoff * 0.6), 'BackOff', 'Back-off restarting failed container %s in pod %s_%s(%s)' % (self.fs.svc, pod, self.ns, uuid4(r)), name=pod, sev='WARNING')))
        msg = {'python': '[1] [INFO] Starting gunicorn 21.2.0', 'node': 'Server listening at http://0.0.0.0:8080', 'go': 'http server listening on :8080', 'java': 'Started Application in 11.2 seconds (process running for 12.9)'}[self.eco]
        out += [(t, self.event(t, 'Pulled', 'Container image "%s-docker.pkg.dev/%s/apps/%s:%s" already present on machine' % (self.loc, self.project, self.fs.svc, rs[:7]), name=pod)),
                (t + 300000, self.event(t + 300000, 'Created', 'Created container %s' % self.fs.svc, name=pod)),
                (t + 600000, self.event(t + 600000, 'Started', 'Started container %s' % self.fs.svc, name=pod)),
                (t + 2 * US, self.entry(t + 2 * US, 'INFO', '"textPayload":%s' % json.dumps(msg), pod=pod, log='stderr' if self.eco == 'python' else 'stdout'))]
        return out

    def crash(self, t):
        r = self.r
        pods = self.rs_pods(t)[1]
        pod = pods[r.randrange(len(pods))]
        if self.eco == 'go':
            txt = '\n'.join(go_panic(r, 'github.com/%s/%s' % (self.sc.comp, self.fs.svc)))
        else:
            exc, msg, lines = self.err_lines(self.e_burst)
            txt = '\n'.join(lines)
        d = getattr(self, 'cur_delay', 20 * US)
        return [(t, self.entry(t, 'ERROR', '"textPayload":%s' % json.dumps(txt), pod=pod, log='stderr'))] + self.restart_pod(t + d, pod, d if d > 10 * US else 0)

    def oom(self, t, delay):
        r = self.r
        pods = self.rs_pods(t)[1]
        pod = pods[r.randrange(len(pods))]
        pid = r.randint(1000, 90000)
        return [(t, self.event(t, 'OOMKilling', 'Memory cgroup out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d' % (
            pid, self.proc[:15], r.randint(2 * 10 ** 6, 9 * 10 ** 6), r.randint(10 ** 6, 2 * 10 ** 6), r.randint(10 ** 4, 9 * 10 ** 4), r.randint(2000, 9000), r.choice((985, 999, -997))), kind='Node', name=self.node, sev='WARNING')),
                ] + self.restart_pod(t + delay, pod, delay if delay > 10 * US else 0)


class GoLog(GenApp):
    fid = 'golog'
    eco = 'go'
    has_latency = True
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'panic', 'disk_full', 'new_error', 'silence')

    def setup2(self):
        r = self.r
        self.us = self.var != 'plain'
        self.short = r.random() < 0.4
        self.clk = Clock(lambda g, o: ('%04d/%02d/%02d %02d:%02d:%02d' % g[:6], ''), 0)
        self.proc = self.fs.svc
        self.what = r.choice(['relay', 'ingest', 'resize', 'export'])
        self.files = ['main.go', 'worker.go', 'relay.go', 'store.go', 'http.go']

    def pre(self, t):
        s = self.clk(t, 6 if self.us else 0) + ' '
        if self.short:
            s += '%s:%d: ' % (self.r.choice(self.files), self.r.randint(20, 400))
        return s

    def request(self, t, lm, x5, fl):
        r = self.r
        d = lognorm(r, 35, 0.7) * lm
        if r.random() < 0.004:
            d *= r.uniform(5, 30)
        ds = '%.1fms' % d if d < 1000 else '%.2fs' % (d / 1000)
        w = self.what
        if w == 'relay':
            return self.pre(t) + 'delivered webhook %s to %s (%d) in %s' % (b62(r, 10), r.choice(['https://hooks.%s.%s/ingest' % (r.choice(COMP), r.choice(TLD)), 'https://api.%s.com/webhooks' % r.choice(COMP)]), r.choice((200, 200, 200, 202, 204)), ds)
        if w == 'ingest':
            return self.pre(t) + 'flushed batch %d: %d events in %s' % (r.randint(10 ** 5, 10 ** 7), r.randint(50, 5000), ds)
        if w == 'resize':
            return self.pre(t) + 'resized %s.jpg -> %s (%dKB) in %s' % (uuid4(r), r.choice(SIZES), r.randint(8, 900), ds)
        return self.pre(t) + 'exported %d rows for tenant %d in %s' % (r.randint(10, 90000), r.randint(1, 900), ds)

    def filler(self, t):
        return self.request(t, 1, None, None)

    def err(self, t, idx):
        return self.pre(t) + 'error: ' + self.v.fill(ERRS['go'][idx][1])

    def error(self, t, burst):
        return self.err(t, self.choose_err(burst))

    def new_error(self, t):
        return self.err(t, self.e_new)

    def x5_echo(self, t):
        return self.err(t, self.e_dep)

    def warn(self, t):
        r = self.r
        return self.pre(t) + r.choice(['warning: queue depth %d above soft limit' % r.randint(1000, 9000), 'warning: slow downstream, backing off %dms' % r.choice((100, 250, 500)),
                                       'http: TLS handshake error from %s:%d: EOF' % (pubip(r), r.randint(1024, 65535))])

    def retry(self, t):
        r = self.r
        return self.pre(t) + 'dial tcp %s:5432: connect: connection refused; retrying in %s' % (self.v.ip, r.choice(('500ms', '1s', '2s', '4s')))

    def disk_full(self, t):
        r = self.r
        return self.pre(t) + 'error: write /var/spool/%s/%08d.tmp: no space left on device' % (self.fs.svc, r.randint(1, 99999999))

    def periodic(self):
        r = self.r
        return [(self.every(r.choice((60, 120, 300)), 0.05), self.stats)]

    def stats(self, t):
        r = self.r
        return [(t, self.pre(t) + 'stats: goroutines=%d heap_alloc=%dMB gc_runs=%d queue=%d' % (r.randint(20, 400), r.randint(20, 900), r.randint(100, 90000), r.randint(0, 300)))]

    def startup(self, t):
        r = self.r
        return [(t, self.pre(t) + '%s v%d.%d.%d (commit %s, go1.22.1) starting' % (self.fs.svc, r.randint(0, 3), r.randint(0, 30), r.randint(0, 9), hexs(r, 7))),
                (t + 3000, self.pre(t + 3000) + 'config loaded from /etc/%s/config.yaml' % self.fs.svc),
                (t + 90000, self.pre(t + 90000) + 'listening on :%d' % r.choice((8080, 9000, 8000)))]

    def shutdown(self, t):
        return [(t, self.pre(t) + 'received terminated, shutting down'), (t + 800000, self.pre(t + 800000) + 'shutdown complete')]

    def crash(self, t):
        return [(t, '\n'.join(go_panic(self.r, 'github.com/%s/%s' % (self.sc.comp, self.fs.svc))))]


class PyLog(GenApp):
    fid = 'pylog'
    eco = 'python'
    has_latency = True
    KINDS = ('error_burst', 'retry_storm', 'latency_shift', 'panic', 'disk_full', 'new_error', 'silence')
    proc = 'python3'

    def setup2(self):
        r = self.r
        self.style = self.var or r.choice(['a', 'b', 'c'])
        if self.style == 'b':
            self.clk = Clock(b_iso('plain'), self.off)
        else:
            self.clk = Clock(b_iso('', ' '), self.off, ',')
        self.root = self.sc.pyroot
        self.names = ['%s.%s' % (self.root, x) for x in ('sync', 'worker', 'clients.partner', 'pipeline', 'db')]
        self.pid = r.randint(100, 90000)

    def ln(self, t, lvl, name, msg):
        r = self.r
        if self.style == 'a':
            return '%s %s [%s] %s' % (self.clk(t, 3), lvl, name, msg)
        if self.style == 'b':
            return '%s | %-8s | %s:%d | %s' % (self.clk(t, 0), lvl, name, r.randint(20, 400), msg)
        return '[%s] {%s.py:%d} %s - %s' % (self.clk(t, 3), name.split('.')[-1], r.randint(20, 400), lvl, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        d = lognorm(r, 0.8, 0.6) * lm
        if r.random() < 0.004:
            d *= r.uniform(5, 20)
        x = r.random()
        if x < 0.5:
            return self.ln(t, 'INFO', self.names[0], 'synced account %d: %d records in %.2fs' % (r.randint(1, 9000), r.randint(0, 500), d))
        if x < 0.8:
            return self.ln(t, 'INFO', self.names[3], 'step %s finished in %.2fs (rows=%d)' % (r.choice(['extract', 'transform', 'load', 'dedupe']), d, r.randint(10, 90000)))
        return self.ln(t, 'INFO', self.names[1], self.info_msg())

    def filler(self, t):
        return self.request(t, 1, None, None)

    def err(self, t, idx):
        exc, msg, lines = self.err_lines(idx)
        return self.ln(t, 'ERROR', self.names[self.r.choice((0, 2, 3))], 'unhandled error while processing batch %d' % self.r.randint(1000, 99999)) + '\n' + '\n'.join(lines)

    def error(self, t, burst):
        return self.err(t, self.choose_err(burst))

    def new_error(self, t):
        return self.err(t, self.e_new)

    def x5_echo(self, t):
        return self.err(t, self.e_dep)

    def warn(self, t):
        r = self.r
        return self.ln(t, 'WARNING', self.names[2], 'partner API responded in %.1fs (slow)' % r.uniform(3, 12)) if r.random() < 0.5 else \
            self.ln(t, 'WARNING', self.names[4], 'connection pool exhausted, waiting (size=%d)' % r.choice((5, 10, 20)))

    def retry(self, t):
        r = self.r
        return self.ln(t, 'WARNING', 'urllib3.connectionpool', "Retrying (Retry(total=%d, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused')': /api/v1/accounts/%d" % (
            r.randint(0, 2), hexs(r, 10), r.randint(1, 9000)))

    def disk_full(self, t):
        r = self.r
        lines = py_trace(r, self.root, 'OSError', "[Errno 28] No space left on device: '/var/lib/%s/exports/%s.parquet'" % (self.root, uuid4(r)))
        return self.ln(t, 'ERROR', self.names[3], 'failed to write export') + '\n' + '\n'.join(lines)

    def periodic(self):
        r = self.r
        return [(self.cron(r.choice((15, 30, 60)), r.randrange(15)), self.batch)]

    def batch(self, t):
        r = self.r
        out = [(t, self.ln(t, 'INFO', self.names[3], 'scheduled run started: %s' % r.choice(['nightly-sync', 'hourly-export', 'dedupe-customers'])))]
        for i in range(r.randint(10, 100)):
            t += int(lognorm(r, 0.5, 0.5) * US)
            out.append((t, self.ln(t, 'INFO', self.names[0], 'synced account %d: %d records in %.2fs' % (r.randint(1, 9000), r.randint(0, 500), lognorm(r, 0.4, 0.4)))))
        out.append((t + 1000, self.ln(t + 1000, 'INFO', self.names[3], 'scheduled run finished')))
        return out

    def startup(self, t):
        r = self.r
        self.pid = r.randint(100, 90000)
        return [(t, self.ln(t, 'INFO', self.names[1], 'starting %s %d.%d.%d (python 3.11.8, pid %d)' % (self.fs.svc, r.randint(0, 4), r.randint(0, 20), r.randint(0, 9), self.pid))),
                (t + 50000, self.ln(t + 50000, 'INFO', self.names[4], 'connected to postgresql://%s:5432/%s' % (self.v.dbhost, self.root)))]

    def shutdown(self, t):
        return [(t, self.ln(t, 'INFO', self.names[1], 'received SIGTERM, finishing current batch')), (t + 1500000, self.ln(t + 1500000, 'INFO', self.names[1], 'bye'))]

    def crash(self, t):
        r = self.r
        exc, msg, lines = self.err_lines(self.e_burst)
        return [(t, '\n'.join(lines))]


class Supervisord(Fmt):
    fid = 'supervisord'
    role = 'sparse'
    sparse = 0.5
    shape_pow = 0.0
    KINDS = ()
    restart_ok = False

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('', ' '), 0, ',')
        self.progs = self.fs.extra.get('progs') or ['worker']
        self.err_rate = 0.0
        self.warn_rate = r.uniform(0.002, 0.01)
        self.retry_rate = 0.0

    def ln(self, t, lvl, msg):
        return '%s %s %s' % (self.clk(t, 3), lvl, msg)

    def request(self, t, lm, x5, fl):
        r = self.r
        p = r.choice(self.progs)
        name = '%s_%02d' % (p, r.randint(0, 3))
        pid = r.randint(1000, 90000)
        return [(t, self.ln(t, 'INFO', 'exited: %s (exit status 0; expected)' % name)),
                (t + 3000, self.ln(t + 3000, 'INFO', 'spawned: \'%s\' with pid %d' % (name, pid))),
                (t + 1004000, self.ln(t + 1004000, 'INFO', 'success: %s entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)' % name))]

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def error(self, t, burst):
        return self.warn(t)

    def warn(self, t):
        return self.ln(t, 'INFO', 'reaped unknown pid %d (exit status 0)' % self.r.randint(1000, 90000))

    def pm_exit(self, t, prog, kind, delay):
        r = self.r
        name = prog
        how = 'terminated by SIGKILL; not expected' if kind == 'oom_kill' else 'exit status %d; not expected' % r.choice((1, 2, 134, 139))
        pid = r.randint(1000, 90000)
        return [(t, self.ln(t, 'WARN', 'exited: %s (%s)' % (name, how))),
                (t + delay, self.ln(t + delay, 'INFO', 'spawned: \'%s\' with pid %d' % (name, pid))),
                (t + delay + 1001000, self.ln(t + delay + 1001000, 'INFO', 'success: %s entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)' % name))]


class Postfix(Fmt):
    """rsyslog (RSYSLOG_FileFormat) mail.log with postfix and dovecot."""
    fid = 'postfix'
    lpr = 5.5
    has_latency = True
    shape_pow = 0.9
    KINDS = ('latency_shift', 'retry_storm', 'disk_full', 'new_error', 'silence')
    proc = 'master'

    def setup(self):
        r = self.r
        self.clk = Clock(b_iso('colon'), self.off)
        self.host = self.fs.host
        self.dom = self.sc.domain.split('.', 1)[-1] if self.sc.domain.count('.') > 1 else self.sc.domain
        self.users = ['%s.%s@%s' % (r.choice(FIRST), r.choice(FIRST), self.dom) for _ in range(60)]
        self.qmgr = r.randint(300, 3000)
        self.mx = [('gmail-smtp-in.l.google.com', '142.250.%d.%d' % (r.randint(0, 255), r.randint(1, 254))),
                   ('mx1.hotmail.com', '52.101.%d.%d' % (r.randint(0, 255), r.randint(1, 254))),
                   ('mta7.am0.yahoodns.net', '67.195.%d.%d' % (r.randint(0, 255), r.randint(1, 254))),
                   ('mx.%s.%s' % (r.choice(COMP), r.choice(TLD)), pubip(r)), ('aspmx.l.google.com', '74.125.%d.%d' % (r.randint(0, 255), r.randint(1, 254)))]
        self.partner = ('mx.%s-partner.com' % r.choice(COMP), pubip(r))
        self.nev = r.randrange(3)
        self.err_rate = 0.0

    def ln(self, t, prog, pid, msg):
        return '%s %s %s[%d]: %s' % (self.clk(t, 6), self.host, prog, pid, msg)

    def qmgr_at(self, t):
        return self.ep_val('qmgr', t, lambda: self.r.randint(300, 90000))

    def qid(self):
        r = self.r
        return ''.join(r.choice('0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz') for _ in range(r.choice((10, 11, 12))))

    def request(self, t, lm, x5, fl):
        r = self.r
        x = r.random()
        q = self.qid()
        sp = r.randint(1000, 90000)
        ln = self.ln
        if x < 0.55:  # inbound
            mx = r.choice(['mail-%s-f%d.google.com' % (r.choice(['ej1', 'wm1', 'lf1', 'pl1']), r.randint(10, 99)), 'mail-%s.outbound.protection.outlook.com' % b62(r, 8).lower(), 'mx.%s.%s' % (r.choice(COMP), r.choice(TLD))])
            ip = pubip(r)
            to = r.choice(self.users)
            d = lognorm(r, 0.35, 0.5) * lm
            out = [(t, ln(t, 'postfix/smtpd', sp, 'connect from %s[%s]' % (mx, ip))),
                   (t + 120000, ln(t + 120000, 'postfix/smtpd', sp, '%s: client=%s[%s]' % (q, mx, ip))),
                   (t + 200000, ln(t + 200000, 'postfix/cleanup', r.randint(1000, 90000), '%s: message-id=<%s@%s>' % (q, b62(r, 20), mx.split('.', 1)[-1]))),
                   (t + 260000, ln(t + 260000, 'postfix/qmgr', self.qmgr_at(t), '%s: from=<%s.%s@%s.%s>, size=%d, nrcpt=1 (queue active)' % (q, r.choice(FIRST), r.choice(FIRST), r.choice(COMP), r.choice(TLD), int(lognorm(r, 12000, 1.0))))),
                   (t + 300000, ln(t + 300000, 'postfix/smtpd', sp, 'disconnect from %s[%s] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7' % (mx, ip)))]
            t2 = t + 260000 + int(d * US)
            out.append((t2, ln(t2, 'postfix/lmtp', r.randint(1000, 90000), '%s: to=<%s>, relay=%s[private/dovecot-lmtp], delay=%.2g, delays=%.2g/0.01/0.02/%.2g, dsn=2.0.0, status=sent (250 2.0.0 <%s> %s Saved)' % (
                q, to, self.host, d + 0.3, 0.26, d, to, b62(r, 22)))))
            out.append((t2 + 500, ln(t2 + 500, 'postfix/qmgr', self.qmgr_at(t), '%s: removed' % q)))
            return out
        if x < 0.8:  # outbound
            mxh, mip = r.choice(self.mx)
            d = lognorm(r, 0.9, 0.6) * lm
            fr = r.choice(self.users)
            out = [(t, ln(t, 'postfix/pickup', r.randint(1000, 90000), '%s: uid=33 from=<%s>' % (q, fr))),
                   (t + 20000, ln(t + 20000, 'postfix/cleanup', r.randint(1000, 90000), '%s: message-id=<%s@%s>' % (q, b62(r, 20), self.dom))),
                   (t + 40000, ln(t + 40000, 'postfix/qmgr', self.qmgr_at(t), '%s: from=<%s>, size=%d, nrcpt=1 (queue active)' % (q, fr, int(lognorm(r, 9000, 0.8)))))]
            t2 = t + 40000 + int(d * US)
            a = r.uniform(0.01, 0.1)
            out.append((t2, ln(t2, 'postfix/smtp', r.randint(1000, 90000), '%s: to=<%s.%s@%s>, relay=%s[%s]:25, delay=%.2g, delays=%.2g/0.01/%.2g/%.2g, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)' % (
                q, r.choice(FIRST), r.choice(FIRST), mxh.split('.', 1)[-1] if 'google' not in mxh else 'gmail.com', mxh, mip, d + a, a, d * 0.4, d * 0.6, t // US, b62(r, 12)))))
            out.append((t2 + 500, ln(t2 + 500, 'postfix/qmgr', self.qmgr_at(t), '%s: removed' % q)))
            return out
        # dovecot
        u = r.choice(self.users)
        ip = pubip(r)
        sess = b62(r, 16)
        mp = r.randint(1000, 90000)
        dur = int(lognorm(r, 30, 1.5) * US)
        return [(t, '%s %s dovecot: imap-login: Login: user=<%s>, method=PLAIN, rip=%s, lip=%s, mpid=%d, TLS, session=<%s>' % (self.clk(t, 6), self.host, u, ip, privip(r), mp, sess)),
                (t + dur, '%s %s dovecot: imap(%s)<%d><%s>: Logged out in=%d out=%d deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0' % (self.clk(t + dur, 6), self.host, u, mp, sess, r.randint(50, 900), r.randint(400, 90000)))]

    def filler(self, t):
        return self.request(t, 1, None, None)[0][1]

    def error(self, t, burst):
        return self.warn(t)

    def warn(self, t):
        r = self.r
        x = r.random()
        ip = pubip(r)
        sp = r.randint(1000, 90000)
        if x < 0.35:
            return self.ln(t, 'postfix/smtpd', sp, 'NOQUEUE: reject: RCPT from unknown[%s]: 554 5.7.1 Service unavailable; Client host [%s] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/%s; from=<%s@%s.%s> to=<%s> proto=ESMTP helo=<%s>' % (
                ip, ip, ip, b62(r, 6).lower(), b62(r, 7).lower(), r.choice(['top', 'xyz', 'ru']), r.choice(self.users), b62(r, 8).lower()))
        if x < 0.65:
            return self.ln(t, 'postfix/smtpd', sp, 'warning: unknown[%s]: SASL LOGIN authentication failed: UGFzc3dvcmQ6' % ip)
        if x < 0.85:
            return self.ln(t, 'postfix/smtpd', sp, 'lost connection after AUTH from unknown[%s]' % ip)
        return self.ln(t, 'postfix/smtpd', sp, 'warning: hostname %s.static.%s.net does not resolve to address %s: Name or service not known' % (ip.replace('.', '-'), r.choice(COMP), ip))

    def retry(self, t):
        r = self.r
        q = self.qid()
        h, ip = self.partner
        return self.ln(t, 'postfix/smtp', r.randint(1000, 90000), 'connect to %s[%s]:25: Connection refused' % (h, ip)) + '\n' + \
            self.ln(t + 300, 'postfix/smtp', r.randint(1000, 90000), '%s: to=<orders@%s>, relay=none, delay=%d, delays=%d/0.01/0.03/0, dsn=4.4.1, status=deferred (connect to %s[%s]:25: Connection refused)' % (
                q, h[3:], r.randint(60, 4000), r.randint(60, 4000), h, ip))

    def new_error(self, t):
        r = self.r
        if self.nev == 0:
            return self.ln(t, 'postfix/smtpd', r.randint(1000, 90000), 'warning: TLS library problem: error:0A000126:SSL routines::unexpected eof while reading:../ssl/record/rec_layer_s3.c:308:')
        if self.nev == 1:
            return self.ln(t, 'postfix/smtpd', r.randint(1000, 90000), 'warning: problem talking to server private/policyd-spf: Connection refused')
        return '%s %s dovecot: auth: Error: ldap(%s,%s): Connection appears to be hanging, reconnecting' % (self.clk(t, 6), self.host, r.choice(self.users), pubip(r))

    def disk_full(self, t):
        r = self.r
        q = self.qid()
        if r.random() < 0.5:
            return self.ln(t, 'postfix/cleanup', r.randint(1000, 90000), 'warning: %s: write queue file: No space left on device' % q) + '\n' + \
                self.ln(t + 200, 'postfix/smtpd', r.randint(1000, 90000), 'warning: %s: queue file write error' % q)
        u = r.choice(self.users)
        return '%s %s dovecot: lmtp(%s)<%d><%s>: Error: write(/var/mail/vhosts/%s/%s/dovecot.index.log) failed: No space left on device' % (
            self.clk(t, 6), self.host, u, r.randint(1000, 90000), b62(r, 22), self.dom, u.split('@')[0])

    def periodic(self):
        r = self.r
        return [(self.every(r.choice((600, 1800)), 0.05), self.anvil), (self.cron(1440, r.choice((385, 0))), self.rotate)]

    def anvil(self, t):
        r = self.r
        g = time.gmtime((t + self.off * MIN) // US)
        return [(t, self.ln(t, 'postfix/anvil', r.randint(1000, 90000), 'statistics: max connection rate %d/60s for (smtp:%s) at %s %2d %02d:%02d:%02d' % (r.randint(2, 30), pubip(r), MON[g[1] - 1], g[2], g[3], g[4], g[5]))),
                (t + 100, self.ln(t + 100, 'postfix/anvil', r.randint(1000, 90000), 'statistics: max cache size %d at %s %2d %02d:%02d:%02d' % (r.randint(2, 30), MON[g[1] - 1], g[2], g[3], g[4], g[5])))]

    def rotate(self, t):
        return [(t, '%s %s rsyslogd: [origin software="rsyslogd" swVersion="8.2112.0" x-pid="%d" x-info="https://www.rsyslog.com"] rsyslogd was HUPed' % (self.clk(t, 6), self.host, self.r.randint(300, 900)))]

    def startup(self, t):
        r = self.r
        m = r.randint(300, 90000)
        return [(t, self.ln(t, 'postfix/postfix-script', r.randint(1000, 90000), 'starting the Postfix mail system')),
                (t + 30000, self.ln(t + 30000, 'postfix/master', m, 'daemon started -- version 3.6.4, configuration /etc/postfix'))]

    def shutdown(self, t):
        return [(t, self.ln(t, 'postfix/postfix-script', self.r.randint(1000, 90000), 'stopping the Postfix mail system')),
                (t + 20000, self.ln(t + 20000, 'postfix/master', self.r.randint(300, 3000), 'terminating on signal 15'))]


# ================================================================= registry & archetypes
FORMATS = {c.fid: c for c in (Traefik, Caddy, Heroku, Squid, IIS, NginxError, ApacheError, Laravel, ArtisanQueue, Monolog,
                              Sidekiq, Celery, HCLog, ZapJSON, Logfmt, RabbitMQ, Cassandra, ClickHouse, MySQL, ZooKeeper,
                              Redis, MongoDB, Tomcat, NLog, Log4Net, DockerJSON, Journald, GCP, GoLog, PyLog, Supervisord, Postfix)}


def SL(fids, svcs, fname, req=False, w=1.0, **kw):
    d = dict(fids=fids, svcs=svcs, fname=fname, req=req, w=w)
    d.update(kw)
    return d


ARCHES = {
    'php_shop': ('shop', [
        SL(['traefik', 'caddy'], ['shop', 'storefront', 'web'], {'traefik': 'traefik-access.log', 'caddy': 'caddy-access.log'}, True, 3.0, edge=True),
        SL(['laravel'], ['shop', 'storefront'], 'laravel-{date}.log', True, 1.3, backend=True),
        SL(['artisan_queue'], ['queue-worker', 'horizon-worker'], 'worker.log', False, 1.5, managed='supervisord'),
        SL(['mysql'], ['mysql'], 'mysqld.log', False, 0.6),
        SL(['redis'], ['redis'], 'redis-server.log', False, 0),
        SL(['supervisord'], ['supervisord'], 'supervisord.log', False, 0, pm='supervisord'),
        SL(['journald'], ['shop-sync', 'price-feed'], 'journal-{host}.json', False, 0.8, pm='journald')]),
    'symfony_cms': ('cms', [
        SL(['apache_err'], ['apache'], 'apache-error.log', True, 1.5, variants=['info', 'info', 'warn']),
        SL(['monolog'], ['cms', 'newsroom', 'portal'], 'prod.log', True, 2.5, backend=True),
        SL(['traefik'], ['cms', 'www'], 'traefik-access.log', False, 2.5, edge=True),
        SL(['mysql'], ['mysql'], 'mysql-error.log', False, 0.8),
        SL(['rabbitmq'], ['rabbitmq'], 'rabbit@{host}.log', False, 1.0),
        SL(['supervisord'], ['supervisord'], 'supervisord.log', False, 0, pm='supervisord'),
        SL(['redis'], ['redis'], 'redis.log', False, 0)]),
    'rails_heroku': ('saas', [
        SL(['heroku'], ['router'], 'heroku-{app}.log', True, 3.0, edge=True),
        SL(['sidekiq'], ['worker'], 'sidekiq.log', True, 1.8),
        SL(['redis'], ['redis'], 'redis-server.log', False, 0),
        SL(['golog'], ['webhook-relay', 'event-forwarder'], '{svc}.log', False, 1.0, variants=['us', 'plain']),
        SL(['mongodb'], ['mongodb'], 'mongod.log', False, 1.0)]),
    'python_pipeline': ('api', [
        SL(['nginx_err'], ['nginx'], 'nginx-error.log', True, 1.0, variants=['info', 'info', 'warn']),
        SL(['celery'], ['celery-worker', 'tasks'], 'celery-worker.log', True, 2.5, managed='supervisord'),
        SL(['pylog'], ['etl', 'syncer', 'ingestor'], '{svc}.log', False, 1.5, managed='supervisord', variants=['a', 'b', 'c']),
        SL(['rabbitmq'], ['rabbitmq'], 'rabbit@{host}.log', False, 1.2),
        SL(['supervisord'], ['supervisord'], 'supervisord.log', False, 0, pm='supervisord'),
        SL(['redis'], ['redis'], 'redis-server.log', False, 0)]),
    'hashistack': ('api', [
        SL(['hclog'], ['consul'], 'consul.log', True, 1.2, variants=['consul']),
        SL(['hclog'], ['nomad'], 'nomad.log', False, 1.5, variants=['nomad']),
        SL(['hclog'], ['vault'], 'vault.log', False, 1.0, variants=['vault']),
        SL(['traefik'], ['edge', 'ingress'], 'traefik.log', False, 3.0, edge=True),
        SL(['docker_json'], ['api', 'catalog-api', 'cart-api'], '{cid}-json.log', False, 2.0, backend=True),
        SL(['journald'], ['billing-api', 'notifier'], 'journal-{host}.json', False, 1.0)]),
    'java_cassandra': ('shop', [
        SL(['tomcat'], ['shop', 'orders', 'catalog'], 'catalina.out', True, 2.0, backend=True, managed='journald'),
        SL(['cassandra'], ['cassandra'], 'system.log', True, 1.5),
        SL(['zookeeper'], ['zookeeper'], 'zookeeper.log', False, 0.8),
        SL(['nginx_err'], ['nginx'], 'error.log', False, 0.8, variants=['info', 'warn']),
        SL(['caddy'], ['shop', 'www'], 'access.log', False, 3.0, edge=True),
        SL(['journald'], ['stock-sync', 'mailer'], 'journal.json', False, 0.8, pm='journald')]),
    'analytics': ('api', [
        SL(['clickhouse'], ['clickhouse'], 'clickhouse-server.log', True, 2.5),
        SL(['logfmt'], ['grafana'], 'grafana.log', True, 1.5, variants=['grafana']),
        SL(['logfmt'], ['loki'], 'loki.log', False, 1.2, variants=['loki']),
        SL(['zapjson'], ['ingest-api', 'collector'], '{svc}.log', False, 1.5, variants=['gosvc'], backend=True),
        SL(['caddy'], ['ingest', 'edge'], 'caddy.log', False, 2.5, edge=True),
        SL(['zookeeper'], ['zookeeper'], 'zookeeper.log', False, 0.6)]),
    'dotnet_windows': ('dotnet', [
        SL(['iis'], ['w3svc1'], 'u_ex{ymd}.log', True, 3.0, edge=True),
        SL(['nlog'], ['orders-api', 'portal', 'erp-bridge'], '{svc}-{date}.log', True, 2.0, backend=True),
        SL(['log4net'], ['billing-service', 'fulfillment-service'], '{svc}.log', False, 1.2),
        SL(['rabbitmq'], ['rabbitmq'], 'rabbit@{host}.log', False, 0.8)]),
    'node_gke': ('api', [
        SL(['gcp'], ['api', 'checkout-api', 'catalog'], '{svc}-stdout.json', True, 3.0, variants=['node', 'python', 'go', 'java'], backend=True),
        SL(['gcp'], ['worker', 'renderer', 'notifier'], '{svc}-logs.json', False, 1.5, variants=['python', 'node', 'go']),
        SL(['docker_json'], ['legacy-api', 'auth'], '{cid}-json.log', False, 1.5),
        SL(['mongodb'], ['mongodb'], 'mongod.log', True, 1.2),
        SL(['nginx_err'], ['ingress'], 'nginx-error.log', False, 0.6, variants=['info', 'warn']),
        SL(['redis'], ['redis'], 'redis.log', False, 0)]),
    'mail': ('cms', [
        SL(['postfix'], ['mail'], 'mail.log', True, 3.0),
        SL(['apache_err'], ['webmail'], 'webmail-error.log', True, 1.0, variants=['info', 'warn']),
        SL(['mysql'], ['mysql'], 'mysqld.log', False, 0.6),
        SL(['journald'], ['rspamd-bridge', 'mailsync'], 'journal-{host}.json', False, 1.2),
        SL(['redis'], ['redis'], 'redis-server.log', False, 0)]),
    'corp_proxy': ('api', [
        SL(['squid'], ['squid'], 'access.log', True, 3.0, edge=True),
        SL(['nginx_err'], ['intranet'], 'nginx-error.log', False, 0.8, variants=['info']),
        SL(['golog'], ['auth-helper', 'pac-server'], '{svc}.log', False, 1.0, variants=['us', 'plain'], managed='supervisord'),
        SL(['pylog'], ['report-etl', 'ldap-sync'], '{svc}.log', False, 1.0, managed='supervisord', variants=['a', 'b', 'c']),
        SL(['journald'], ['proxy-exporter', 'dns-sync'], 'journal-{host}.json', False, 0.8),
        SL(['supervisord'], ['supervisord'], 'supervisord.log', False, 0, pm='supervisord')]),
    'k8s_control': ('api', [
        SL(['zapjson'], ['etcd'], 'etcd.log', True, 1.0, variants=['etcd']),
        SL(['journald'], ['kube-addon', 'node-agent'], 'journal-{host}.json', True, 1.2),
        SL(['traefik'], ['ingress', 'gateway'], 'traefik-access.log', False, 3.0, edge=True),
        SL(['golog'], ['operator', 'controller'], '{svc}.log', False, 1.0, variants=['us']),
        SL(['hclog'], ['vault'], 'vault.log', False, 0.8, variants=['vault']),
        SL(['docker_json'], ['api', 'frontend-api'], '{cid}-json.log', False, 1.5, backend=True)]),
    'go_micro': ('api', [
        SL(['caddy'], ['edge', 'api'], 'caddy-access.log', True, 3.0, edge=True),
        SL(['zapjson'], ['items-api', 'feed-api'], '{svc}.log', True, 2.0, variants=['gosvc'], backend=True),
        SL(['golog'], ['indexer', 'mailer'], '{svc}.log', False, 1.0, variants=['us', 'plain']),
        SL(['redis'], ['redis'], 'redis.log', False, 0),
        SL(['mongodb'], ['mongodb'], 'mongod.log', False, 1.0),
        SL(['docker_json'], ['thumbs', 'auth'], '{cid}-json.log', False, 1.2)]),
}


class FileSpec:
    def __init__(self, **kw):
        self.extra = {}
        self.__dict__.update(kw)


class Scenario:
    def __init__(self, seed, idx):
        self.seed = seed
        self.idx = idx

    def build_shape(self, rng):
        n = (self.W1 - self.W0) // MIN + 40
        self.sbase = self.W0 - 20 * MIN
        arr = []
        noise = 0.0
        wk = time.gmtime(self.W0 // US)[6] >= 5
        evening = rng.uniform(0, 0.25)
        lunch = rng.uniform(0, 0.2)
        floor = rng.uniform(0.12, 0.35)
        for i in range(n):
            t = self.sbase + i * MIN
            h = ((t // US + self.tz * 60) % 86400) / 3600.0
            v = floor + (1 - floor) * (0.5 - 0.5 * math.cos(2 * math.pi * (h - 4.5) / 24)) ** 1.4
            v += lunch * math.exp(-((h - 12.8) ** 2) / 1.5) + evening * math.exp(-((h - 20.5) ** 2) / 3.0)
            if wk:
                v *= 0.75
            noise = 0.92 * noise + rng.gauss(0, 0.035)
            arr.append(max(0.05, v * math.exp(noise)))
        self.sarr = arr

    def shape(self, t):
        i = (t - self.sbase) // MIN
        if i < 0:
            i = 0
        elif i >= len(self.sarr):
            i = len(self.sarr) - 1
        return self.sarr[i]


# ================================================================= rendering
def render_file(sc, fs, incs, deploys):
    """incs: list of effect dicts for this file. Returns (text_lines list, nlines, truth entries)."""
    fmt = FORMATS[fs.fid](sc, fs)
    tr = R(sc.seed, sc.idx, fs.name, 'time')
    A, B = fs.start, fs.end
    out = []
    add = out.append
    gaps = []   # (a, b, substr or None)

    mods = []   # request modifiers (a, b, kind, params, tag)
    for e in incs:
        k = e['kind']
        if e['role'] == 'edge' or (k in ('traffic_flood', 'latency_shift', 'http_5xx') and e['role'] in ('primary', 'echo')):
            p = dict(e['p'])
            if k == 'traffic_flood' and hasattr(fmt, 'make_flood'):
                p['flood'] = fmt.make_flood(p)
            elif k == 'traffic_flood':
                p['flood'] = None
            mods.append((e['a'], e['b'], 'http_5xx' if e['role'] == 'edge' else k, p, e['tag']))

    dep_plan = [(t, t + int(tr.uniform(3, 40) * US)) for t in deploys]
    rts = [g for _, g in dep_plan]
    for e in incs:
        if fs.fid == 'gcp':
            continue
        if e['role'] == 'primary' and e['kind'] in ('panic', 'oom_kill'):
            rts.append(e['a'] + e['p']['delay'])
        elif e['role'] == 'victim':
            rts.append(e['a'] + e['p']['delay'])
        elif e['role'] == 'primary' and e['kind'] == 'silence' and e['p'].get('resume'):
            rts.append(e['b'])
    fmt.epochs = sorted(rts)
    unit_sub = ('"_SYSTEMD_UNIT" : "%s"' % fmt.unit) if fs.fid == 'journald' else None

    for tt, tx in fmt.header(A):
        add((tt, tx, None))

    # ---- base activity
    if fs.rate > 0:
        pw = fmt.shape_pow
        fl = [m for m in mods if m[2] == 'traffic_flood']
        base = fs.rate
        shape = sc.shape

        def rf(t):
            v = base * shape(t) ** pw
            for m in fl:
                if m[0] <= t < m[1]:
                    v *= m[3]['mult']
            return v
        times = arrivals(tr, A, B, rf)
        for t in times:
            lm = 1.0
            x5 = None
            fld = None
            tag = None
            for m in mods:
                if m[0] <= t < m[1]:
                    tag = m[4]
                    k = m[2]
                    if k == 'latency_shift':
                        lm = m[3]['mult']
                    elif k == 'http_5xx':
                        x5 = (m[3]['share'], m[3]['codes'])
                    else:
                        fld = m[3]['flood']
            res = fmt.request(t, lm, x5, fld)
            if res is None:
                continue
            if type(res) is str:
                add((t, res, tag))
            else:
                for tt, tx in res:
                    add((tt, tx, tag))

    # ---- baseline errors / warnings / retries (+ error bursts, retry storms)
    ebs = [(e['a'], e['b'], e['p'], e['tag']) for e in incs if e['kind'] == 'error_burst']
    for a_, b_, p_, tg_ in ebs:
        # the burst must stand out at least ~6x against every error-level line the file normally has
        p_['min'] = max(p_['min'], 6.0 * (fmt.err_rate + fmt.err_noise() + fmt.warn_rate + fmt.retry_rate))
    rss = [(e['a'], e['b'], e['p'], e['tag']) for e in incs if e['kind'] == 'retry_storm']
    if fmt.err_rate > 0 or ebs:
        er = fmt.err_rate

        def erf(t):
            v = er * (0.4 + 0.6 * sc.shape(t))
            for a, b, p, tg in ebs:
                if a <= t < b:
                    v = max(v * p['mult'], p['min'])
            return v
        for t in arrivals(tr, A, B, erf):
            tag = None
            for a, b, p, tg in ebs:
                if a <= t < b:
                    tag = tg
            add((t, fmt.error(t, tag is not None), tag))
    if fmt.warn_rate > 0:
        for t in arrivals(tr, A, B, lambda t: fmt.warn_rate):
            w = fmt.warn(t)
            if w:
                add((t, w, None))
    if fmt.retry_rate > 0 or rss:
        rr = fmt.retry_rate

        def rrf(t):
            v = rr
            for a, b, p, tg in rss:
                if a <= t < b:
                    v += p['rate']
            return v
        for t in arrivals(tr, A, B, rrf):
            tag = None
            for a, b, p, tg in rss:
                if a <= t < b:
                    tag = tg
            x = fmt.retry(t)
            if x:
                add((t, x, tag))

    # ---- periodic noise
    for times, fn in fmt.periodic():
        for t in times:
            if A <= t < B:
                for tt, tx in fn(t):
                    add((tt, tx, None))

    # ---- benign deploys / restarts
    for t, g in dep_plan:
        sd = fmt.shutdown(t)
        last = t
        for tt, tx in sd:
            add((tt, tx, ''))
            last = max(last, tt)
        g = max(g, last + 2 * US)
        su = fmt.startup(g)
        end = max([tt for tt, _ in su] + [g])
        if fs.fid not in ('heroku', 'iis', 'nginx_err', 'apache_err'):
            gaps.append((last + 1, end, unit_sub))
        for tt, tx in su:
            add((tt, tx, ''))

    # ---- incidents
    for e in incs:
        k, role, a, b, tag, p = e['kind'], e['role'], e['a'], e['b'], e['tag'], e['p']
        if role == 'primary':
            if k == 'silence':
                gb = b
                if p.get('resume') and b < B:
                    for tt, tx in fmt.startup(b):
                        add((tt, tx, tag))
                        gb = max(gb, tt)
                gaps.append((a, gb, None))
            elif k == 'new_error':
                for t in steady(tr, a, B, p['period']):
                    add((t, fmt.new_error(t), tag))
            elif k == 'disk_full':
                add((a, fmt.disk_full(a), tag))
                for t in arrivals(tr, a, b, lambda t: p['rate']):
                    add((t, fmt.disk_full(t), tag))
            elif k in ('panic', 'oom_kill'):
                fmt.cur_delay = p['delay']
                lines = fmt.crash(a) if k == 'panic' else fmt.oom(a, p['delay'])
                last = a
                for tt, tx in lines:
                    add((tt, tx, tag))
                    last = max(last, tt)
                restarts = (k == 'panic' and fs.fid not in ('journald', 'heroku', 'gcp')) or (k == 'oom_kill' and fmt.self_restart_oom)
                if restarts:
                    rt = max(a + p['delay'], last + US)
                    gb = rt
                    for tt, tx in fmt.startup(rt):
                        add((tt, tx, tag))
                        gb = max(gb, tt)
                    gaps.append((last + 1, gb, None))
                elif fs.fid == 'journald':
                    gaps.append((a, a + p['delay'], unit_sub))
        elif role == 'pm':
            for tt, tx in fmt.pm_exit(a + int(p.get('lag', 0.5) * US), p['prog'], k, p['delay']):
                add((tt, tx, tag))
        elif role == 'victim':
            rt = a + p['delay']
            gb = rt
            for tt, tx in fmt.startup(rt):
                add((tt, tx, tag))
                gb = max(gb, tt)
            gaps.append((a, gb, unit_sub))
        elif role == 'echo' and k == 'http_5xx':
            er5 = p['erate']
            for t in arrivals(tr, a, b, lambda t: er5 * sc.shape(t)):
                add((t, fmt.x5_echo(t), tag))

    # ---- clip to the capture window (long-lived connections etc. end after it)
    out = [x for x in out if A <= x[0] <= B]
    # ---- gaps
    if gaps:
        def ingap(t, tx):
            for ga, gb, sub in gaps:
                if ga <= t < gb and (sub is None or sub in tx):
                    return True
            return False
        out = [x for x in out if x[2] is not None or not ingap(x[0], x[1])]
    # ---- make sure each file starts/ends near the window edges
    out.sort(key=lambda x: x[0])
    full_gaps = [(ga, gb) for ga, gb, sub in gaps if sub is None]

    def free(t):
        return all(not (ga <= t < gb) for ga, gb in full_gaps)
    hdr = [x for x in out if x[0] == A and x[1].startswith('#')]
    body = [x for x in out if not (x[0] == A and x[1].startswith('#'))]
    def guard(t):
        res = fmt.request(t, 1.0, None, None) if fs.rate > 0 else None
        if res is None:
            res = fmt.filler(t)
        if not res:
            return []
        if type(res) is str:
            return [(t, res, None)]
        return [(tt, tx, None) for tt, tx in res if A <= tt <= B]
    if not body or body[0][0] > A + 90 * US:
        t = A + int(tr.uniform(0.2, 40) * US)
        if free(t):
            body = guard(t) + body
    if not body or body[-1][0] < B - 90 * US:
        t = B - int(tr.uniform(5, 45) * US)
        if free(t):
            body = body + guard(t)
    out = hdr + body
    out.sort(key=lambda x: x[0])

    # ---- truth
    tb = {}
    for t, tx, tag in out:
        if tag:
            v = tb.get(tag)
            if v is None:
                tb[tag] = [t, t]
            else:
                if t < v[0]:
                    v[0] = t
                if t > v[1]:
                    v[1] = t
    truth = []
    for e in incs:
        if (e['kind'] == 'silence' and e['role'] == 'primary') or e['role'] == 'victim':
            lo, hi = e['a'], e['b'] if e['role'] != 'victim' else e['a'] + e['p']['delay']
            if e['tag'] in tb:
                hi = max(hi, tb[e['tag']][1])
        elif e['tag'] in tb:
            lo, hi = tb[e['tag']]
        else:
            continue
        truth.append((e['tag'], lo, hi))
    texts = fmt.finalize([x[1] for x in out])
    nlines = sum(tx.count('\n') + 1 for tx in texts)
    return texts, nlines, truth, fmt.crlf


def render_scenario(sc, outdir):
    d = os.path.join(outdir, 's%02d' % sc.idx)
    scale = 1.0
    sc.traffic = Traffic(R(sc.seed, sc.idx, 'traffic'), sc.flavor, sc.domain)
    sc.traffic.year = sc.year
    for attempt in range(4):
        for fs in sc.files:
            fs.rate = fs.base_rate * scale
        results = []
        total = 0
        for fs in sc.files:
            effs = [e for e in sc.effects if e['file'] == fs.name]
            deps = [t for (fn, t) in sc.deploys if fn == fs.name]
            res = render_file(sc, fs, effs, deps)
            results.append((fs, res))
            total += res[1]
        if 52000 <= total <= 148000:
            break
        target = 100000.0
        var_lines = sum(res[1] for fs, res in results if fs.base_rate > 0 and not fs.sparse)
        fixed = total - var_lines
        if var_lines <= 0:
            break
        scale *= max(0.05, (target - fixed) / var_lines)
    os.makedirs(d, exist_ok=True)
    truth = []
    for fs, (texts, nl, tr, crlf) in results:
        data = '\n'.join(texts) + '\n'
        if crlf:
            data = data.replace('\r\n', '\n').replace('\n', '\r\n')
        with open(os.path.join(d, fs.name), 'wb') as f:
            f.write(data.encode('utf-8'))
        for tag, lo, hi in tr:
            inc = sc.incidents[tag[0]]
            truth.append({'kind': inc['kind'], 'file': fs.name, 'start': iso_ms(lo), 'end': iso_ms(hi),
                          'description': inc['desc'].get(fs.name, inc['desc']['_'])})
    truth.sort(key=lambda x: (x['start'], x['file']))
    doc = {'incidents': truth, 'healthy': not truth}
    with open(os.path.join(d, 'truth.json'), 'w') as f:
        json.dump(doc, f, indent=2)
        f.write('\n')
    return sc.idx, total, len(truth)


# ================================================================= planning
OFFSET_OK = {'monolog', 'rabbitmq', 'hclog', 'mysql', 'postfix', 'mongodb', 'traefik'}
EPOCH_FIDS = {'squid', 'caddy', 'journald'}
MIXED_FIDS = {'heroku', 'tomcat', 'celery', 'docker_json', 'iis'}
TZS = [-480, -420, -300, -240, -180, 0, 0, 60, 60, 120, 120, 180, 330, 480, 540, 600]
DELAY_RANGE = {'panic': (3, 150), 'oom_kill': (5, 90)}


def fill_name(tpl, sc, fs, rng):
    g = time.gmtime(sc.W0 // US)
    s = tpl
    s = s.replace('{date}', '%04d-%02d-%02d' % g[:3]).replace('{ymd}', '%02d%02d%02d' % (g[0] % 100, g[1], g[2]))
    s = s.replace('{host}', fs.host).replace('{svc}', fs.svc).replace('{app}', '%s-prod' % sc.comp)
    s = s.replace('{cid}', hexs(rng, 64))
    return s


def plan_files(sc, rng):
    flavor, slots = ARCHES[sc.arch]
    req = [s for s in slots if s['req']]
    opt = [s for s in slots if not s['req']]
    n = rng.randint(max(3, len(req)), min(6, len(slots)))
    chosen = req + rng.sample(opt, n - len(req))
    chosen.sort(key=lambda s: slots.index(s))
    files = []
    names = set()
    managed_sup = [s for s in chosen if s.get('managed') == 'supervisord']
    dur = sc.W1 - sc.W0
    for s in chosen:
        fid = rng.choice(s['fids'])
        variant = rng.choice(s['variants']) if s.get('variants') else None
        svc = rng.choice(s['svcs'])
        host = '%s-%s' % (svc.split('-')[0][:10], rng.choice(['01', '02', '1', 'a', 'prod-1', b62(rng, 4).lower()]))
        fs = FileSpec(fid=fid, variant=variant, svc=svc, host=host, slot=s)
        caps = FORMATS[fid].caps(variant)
        if fid == 'gcp' and not s.get('backend'):
            caps['kinds'] -= {'http_5xx', 'traffic_flood'}
            caps['per_request'] = False
            caps['has_status'] = False
        fs.caps = caps
        fs.sparse = caps['sparse'] > 0
        fs.start = sc.W0 + int(rng.uniform(0, 4 * 60) * US)
        fs.end = sc.W1 - int(rng.uniform(0, 4 * 60) * US)
        off = 0
        if fid in OFFSET_OK and rng.random() < 0.65:
            off = sc.tz
        if fid == 'pylog' and variant == 'b' and rng.random() < 0.8:
            off = sc.tz
        if fid == 'logfmt' and variant == 'grafana' and rng.random() < 0.7:
            off = sc.tz
        fs.off = off
        if fid == 'supervisord':
            fs.extra['progs'] = [m['svcs'][0] for m in managed_sup] or ['queue-worker', 'scheduler']
        nm = fill_name(s['fname'][fid] if isinstance(s['fname'], dict) else s['fname'], sc, fs, rng)
        while nm in names:
            nm = nm.replace('.', '-2.', 1)
        names.add(nm)
        fs.name = nm
        files.append(fs)
    # budget
    total = rng.randint(62000, 118000)
    wsum = sum(f.slot['w'] for f in files if not f.sparse and f.slot['w'] > 0) or 1.0
    budget = total * 0.82
    for f in files:
        f.weight = f.slot['w'] * rng.uniform(0.7, 1.3)
    wsum = sum(f.weight for f in files if not f.sparse and f.slot['w'] > 0) or 1.0
    for f in files:
        cls = FORMATS[f.fid]
        pw = 0.0 if f.fid == 'supervisord' else (cls.shape_pow if f.fid != 'logfmt' else (1.0 if f.variant == 'grafana' else 0.7))
        S = sum(v ** pw for v in sc.sarr[20:20 + dur // MIN])
        if f.sparse:
            f.base_rate = f.caps['sparse'] * rng.uniform(0.6, 1.5)
        elif f.slot['w'] <= 0:
            f.base_rate = rng.uniform(0.3, 1.0)
        else:
            f.base_rate = budget * f.weight / wsum / (f.caps['lpr'] * S)
    return files


def window_for(kind, fs, rng):
    """-> (a, b, params) in microseconds or None"""
    A, B = fs.start, fs.end
    M = MIN
    p = {}
    if kind == 'new_error':
        lo, hi = A + 62 * M, B - 25 * M
        if hi <= lo:
            return None
        a = rng.randint(lo, hi)
        p['period'] = int(rng.uniform(20, 240) * US)
        return a, B, p
    if kind in ('panic', 'oom_kill'):
        a = rng.randint(A + 6 * M, B - 8 * M)
        lo, hi = DELAY_RANGE[kind]
        if fs.fid == 'journald':
            lo, hi = 1, 15
        p['delay'] = int(rng.uniform(lo, hi) * US)
        return a, a + p['delay'] + 3 * M, p
    if kind == 'silence':
        if rng.random() < 0.3:
            a = rng.randint(B - 100 * M, B - 12 * M)
            p['until_end'] = True
            return a, B, p
        dur = int(rng.uniform(10, 60) * M)
        p['resume'] = rng.random() < 0.5
    elif kind == 'disk_full':
        if rng.random() < 0.25:
            a = rng.randint(B - 60 * M, B - 8 * M)
            p['rate'] = rng.uniform(2, 30)
            return a, B, p
        dur = int(rng.uniform(5, 45) * M)
        p['rate'] = rng.uniform(2, 30)
    elif kind == 'error_burst':
        dur = int(rng.uniform(3, 25) * M)
        p['mult'] = rng.choice((rng.uniform(6, 12), rng.uniform(12, 40)))
        p['min'] = rng.uniform(1.5, 8)
    elif kind == 'retry_storm':
        dur = int(rng.uniform(3, 20) * M)
        p['rate'] = rng.uniform(15, 60) if rng.random() < 0.5 else rng.uniform(80, 450)
    elif kind == 'latency_shift':
        dur = int(rng.uniform(10, 60) * M)
        p['mult'] = rng.uniform(3, 10)
    elif kind == 'http_5xx':
        dur = int(rng.uniform(10, 40) * M)
        p['share'] = rng.choice((rng.uniform(0.06, 0.15), rng.uniform(0.15, 0.5)))
        p['codes'] = rng.choice([(502,), (503,), (500,), (502, 504), (500, 502, 503), (504,)])
    elif kind == 'traffic_flood':
        dur = int(rng.uniform(5, 25) * M)
        p['mult'] = rng.uniform(3, 8)
        p['style'] = rng.choice(['scraper', 'ddos', 'client_loop', 'campaign'])
    else:
        return None
    lo, hi = A + 8 * M, B - dur - 3 * M
    if hi <= lo:
        return None
    a = rng.randint(lo, hi)
    return a, a + dur, p


def describe(kind, fs, p, role, a, b, prim=None):
    dm = max(1, int(round((b - a) / MIN)))
    svc = fs.svc
    if role == 'pm':
        return '%s records the unexpected exit of %s (%s) and its automatic restart.' % (fs.name, p['prog'], 'killed by the OOM killer' if kind == 'oom_kill' else 'crash')
    if role == 'victim':
        return '%s stops abruptly when its process is OOM-killed and logs a fresh startup sequence after about %d s.' % (fs.name, p['delay'] // US)
    if role == 'edge':
        return 'While the backend restarts after the %s, %s returns bursts of 502/503 responses.' % ('crash' if kind == 'panic' else 'OOM kill', fs.name)
    if role == 'echo':
        if kind == 'http_5xx':
            return 'Same outage seen from %s: %s' % (fs.name, 'upstream/dependency errors rise while the proxy returns 5xx.' if not fs.caps['has_status'] else 'a share of requests fails with 5xx status codes.')
        if kind == 'traffic_flood':
            return 'The request flood also reaches %s, whose per-request lines rise about %.1fx.' % (fs.name, p['mult'])
        if kind == 'latency_shift':
            return 'The same slowdown is visible in the durations logged by %s (about %.1fx).' % (fs.name, p['mult'])
    if kind == 'error_burst':
        return 'Error lines (with stack traces where the stack produces them) in %s rise to at least %.0fx their baseline for about %d minutes.' % (fs.name, min(p['mult'], 6), dm)
    if kind == 'silence':
        if p.get('until_end'):
            return '%s (%s) stops writing log lines and stays silent until the end of the capture while the other services keep logging.' % (fs.name, svc)
        return '%s (%s) goes silent for about %d minutes while the other services keep logging%s.' % (fs.name, svc, dm, ', then logs a startup sequence' if p.get('resume') else '')
    if kind == 'retry_storm':
        return 'One retry / connection-refused style message in %s explodes to about %.0f per minute for %d minutes.' % (fs.name, p['rate'], dm)
    if kind == 'latency_shift':
        return 'Logged request/job durations in %s rise about %.1fx for %d minutes while messages and status codes look normal.' % (fs.name, p['mult'], dm)
    if kind == 'oom_kill':
        return 'A single out-of-memory kill is logged in %s at one moment, followed by recovery.' % fs.name
    if kind == 'new_error':
        return 'A previously unseen error message starts in %s after a long normal period and keeps recurring about every %d seconds.' % (fs.name, p['period'] // US)
    if kind == 'disk_full':
        return '"No space left on device" style write failures appear in %s%s.' % (fs.name, ' until the end of the capture' if p.get('until_end') else ' for about %d minutes' % dm)
    if kind == 'panic':
        return '%s (%s) crashes with a stack trace / fatal report and is restarted after about %d seconds.' % (fs.name, svc, p['delay'] // US)
    if kind == 'http_5xx':
        return 'About %d%% of requests in %s fail with %s for %d minutes while request volume stays normal.' % (
            round(p['share'] * 100), fs.name, '/'.join(str(c) for c in p['codes']), dm)
    if kind == 'traffic_flood':
        return 'Request volume in %s jumps about %.1fx for %d minutes (%s traffic).' % (fs.name, p['mult'], dm, {'scraper': 'scraper/bot', 'ddos': 'many-client flood',
                                                                                                            'client_loop': 'a misbehaving client retry loop', 'campaign': 'campaign-driven'}[p['style']])
    return kind


GROUP_FIDS = {'traefik', 'caddy', 'heroku', 'iis', 'monolog', 'nlog', 'docker_json', 'gcp', 'zapjson', 'laravel', 'tomcat'}


def plan_incidents(sc, kinds, rng):
    files = sc.files
    occ = {f.name: [] for f in files}
    sc.incidents = []
    sc.effects = []
    edges = [f for f in files if f.slot.get('edge')]
    backs = [f for f in files if f.slot.get('backend')]
    pms = {f.slot.get('pm'): f for f in files if f.slot.get('pm')}

    def free(f, a, b, pad=10 * MIN):
        return all(b + pad <= x or a - pad >= y for x, y in occ[f.name])

    for kind in kinds:
        placed = False
        for attempt in range(80):
            cands = [f for f in files if kind in f.caps['kinds']]
            if kind == 'silence':
                cands = [f for f in cands if not f.slot.get('backend') and not f.sparse]
            if kind == 'traffic_flood' and edges:
                cands = [f for f in cands if f in edges] or cands
            if not cands:
                break
            f = rng.choice(cands)
            w = window_for(kind, f, rng)
            if w is None:
                continue
            a, b, p = w
            inv = [(f, 'primary', a, b, dict(p))]
            # echoes
            if kind == 'traffic_flood':
                for g in edges + backs:
                    if g is not f and g.caps['per_request'] and g.fid in GROUP_FIDS and g.fid not in ('laravel', 'tomcat'):
                        inv.append((g, 'echo', a, b, dict(p)))
            elif kind == 'latency_shift' and f in edges:
                for g in backs:
                    if g.caps['per_request'] and g.caps['has_latency'] and rng.random() < 0.6:
                        inv.append((g, 'echo', a, b, dict(p)))
            elif kind == 'latency_shift' and f in backs:
                for g in edges:
                    inv.append((g, 'echo', a, b, dict(p)))
            elif kind == 'http_5xx' and f in edges:
                for g in backs:
                    if rng.random() < 0.75:
                        q = dict(p)
                        q['erate'] = rng.uniform(1, 10)
                        inv.append((g, 'echo', a, b, q))
            elif kind == 'http_5xx' and f in backs:
                for g in edges:
                    q = dict(p)
                    q['erate'] = 0.0
                    inv.append((g, 'echo', a, b, q))
                inv[0][4]['erate'] = rng.uniform(1, 8)
            elif kind in ('panic', 'oom_kill'):
                restart_self = (kind == 'panic' and f.fid not in ('journald', 'heroku')) or (kind == 'oom_kill' and FORMATS[f.fid].self_restart_oom and f.fid not in ('gcp',))
                m = f.slot.get('managed')
                if m and m in pms and restart_self:
                    q = dict(p)
                    q['prog'] = f.svc if m == 'journald' else '%s_00' % f.svc
                    q['lag'] = rng.uniform(0.05, 1.5)
                    inv.append((pms[m], 'pm', a, b, q))
                if f.fid == 'journald' and kind == 'oom_kill' and rng.random() < 0.6:
                    vs = [g for g in files if g.slot.get('managed') == 'journald' and g.caps['restart_ok'] and g is not f]
                    if vs:
                        v = rng.choice(vs)
                        q = dict(p)
                        q['prog'] = v.svc
                        inv[0][4]['victim'] = v.svc
                        inv.append((v, 'victim', a + int(0.3 * US), b, q))
                if f in backs and restart_self and f.fid != 'gcp':
                    for g in edges:
                        q = dict(p)
                        q['share'] = rng.uniform(0.5, 0.95)
                        q['codes'] = (502, 503)
                        inv.append((g, 'edge', a + 2 * US, a + p['delay'], q))
            if not all(free(g, aa, bb) for g, role, aa, bb, q in inv):
                continue
            iid = len(sc.incidents)
            desc = {}
            for g, role, aa, bb, q in inv:
                occ[g.name].append((aa, bb))
                sc.effects.append({'file': g.name, 'kind': kind, 'role': role, 'a': aa, 'b': bb, 'p': q, 'tag': (iid, g.name)})
                desc[g.name] = describe(kind, g, q, role, aa, bb)
            desc['_'] = desc[f.name]
            sc.incidents.append({'kind': kind, 'desc': desc, 'win': [(aa, bb) for g, role, aa, bb, q in inv]})
            placed = True
            break
        if not placed:
            continue
    # journald oom with victim: the kernel names the victim's process
    for e in sc.effects:
        if e['role'] == 'primary' and e['kind'] == 'oom_kill' and e['p'].get('victim'):
            e['p']['prog'] = e['p']['victim']
    # benign deploys, at least 20 min away from any incident window (any file)
    sc.deploys = []
    wins = [w for inc in sc.incidents for w in inc['win']]
    nd = rng.choice((0, 1, 1, 2)) if sc.incidents else rng.choice((1, 1, 2))
    cands = [f for f in files if f.caps['restart_ok'] and f.caps['role'] != 'access' or f.fid == 'heroku']
    for _ in range(nd):
        for attempt in range(40):
            if not cands:
                break
            f = rng.choice(cands)
            t = rng.randint(f.start + 12 * MIN, f.end - 12 * MIN)
            if all(t + 20 * MIN < a or t - 20 * MIN > b for a, b in wins) and all(abs(t - t2) > 30 * MIN for _, t2 in sc.deploys):
                sc.deploys.append((f.name, t))
                wins.append((t, t + 2 * MIN))
                break


def plan_seed(seed):
    for attempt in range(200):
        res = plan_try(seed, attempt)
        if res is not None:
            return res
    raise RuntimeError('could not plan seed %s' % seed)


def plan_try(seed, attempt):
    rng = R(seed, 'seedplan', attempt)
    arches = sorted(ARCHES)
    others = [a for a in arches if a != 'dotnet_windows']
    pick = rng.sample(others, 9) + ['dotnet_windows']
    rng.shuffle(pick)
    healthy = set(rng.sample(range(1, 11), 2))
    scs = []
    years = []
    for i in range(1, 11):
        sr = R(seed, i, 'plan', attempt)
        sc = Scenario(seed, i)
        sc.arch = pick[i - 1]
        sc.flavor = ARCHES[sc.arch][0]
        sc.comp = sr.choice(COMP)
        sc.domain = '%s.%s.%s' % (sr.choice(['www', 'shop', 'app', 'api', 'portal', 'my']), sc.comp, sr.choice(TLD))
        y = sr.choice((2021, 2022, 2023, 2024, 2025, 2026, 2026))
        years.append(y)
        mo = sr.randint(1, 12)
        dd = sr.randint(1, 28)
        dur = sr.randint(120, 480) * MIN
        start = to_us(y, mo, dd, sr.randint(0, 23), sr.randint(0, 59), sr.randint(0, 59))
        sc.W0, sc.W1 = start, start + dur
        sc.year = y
        sc.tz = sr.choice(TZS)
        sc.pkg = 'com.%s.%s' % (sc.comp, sr.choice(['shop', 'platform', 'core', 'commerce', 'orders']))
        sc.ns = '%s.%s' % (sc.comp.capitalize(), sr.choice(['Orders', 'Portal', 'Erp', 'Commerce', 'Backoffice']))
        sc.pyroot = sr.choice(['app', 'core', 'billing', 'pipeline', 'ingest', sc.comp])
        sc.build_shape(sr)
        sc.files = plan_files(sc, sr)
        sc.healthy = i in healthy
        scs.append(sc)
    if all(y == 2026 for y in years):
        return None
    feats = {'epoch': False, 'offset': False, 'crlf': False, 'mixed': False}
    for sc in scs:
        for f in sc.files:
            if f.fid in EPOCH_FIDS:
                feats['epoch'] = True
            if f.off != 0:
                feats['offset'] = True
            if FORMATS[f.fid].crlf:
                feats['crlf'] = True
            if f.fid in MIXED_FIDS:
                feats['mixed'] = True
    if not all(feats.values()):
        return None
    # kinds
    need = list(KINDS)
    rng.shuffle(need)
    unhealthy = [sc for sc in scs if not sc.healthy]
    order = list(unhealthy)
    rng.shuffle(order)
    for sc in order:
        n = rng.choices((1, 2, 3), (0.3, 0.45, 0.25))[0]
        sup = set()
        for f in sc.files:
            sup |= f.caps['kinds']
        ks = []
        for _ in range(n):
            ch = [k for k in need if k in sup and k not in ks]
            if ch:
                k = ch[0]
                need.remove(k)
            else:
                rest = sorted(k for k in sup if k not in ks)
                if not rest:
                    break
                k = rng.choice(rest)
            ks.append(k)
        sc.kinds = ks
    if need:
        return None
    for sc in scs:
        ir = R(seed, sc.idx, 'incidents', attempt)
        plan_incidents(sc, [] if sc.healthy else sc.kinds, ir)
        if not sc.healthy and not sc.incidents:
            return None
    got = set(inc['kind'] for sc in scs for inc in sc.incidents)
    if len(got) < len(KINDS):
        return None
    return scs


def _render_job(args):
    sc, outdir = args
    return render_scenario(sc, outdir)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], argv[2]
    t0 = time.time()
    scs = plan_seed(seed)
    os.makedirs(outdir, exist_ok=True)
    jobs = [(sc, outdir) for sc in scs]
    res = None
    if os.environ.get('BLIND3_SERIAL') != '1':
        try:
            import multiprocessing as mp
            ctx = mp.get_context('fork')
            n = min(len(jobs), max(1, os.cpu_count() or 1))
            with ctx.Pool(n) as pool:
                res = pool.map(_render_job, jobs, chunksize=1)
        except (ImportError, ValueError, OSError):
            res = None
    if res is None:
        res = [_render_job(j) for j in jobs]
    for idx, total, ninc in sorted(res):
        sc = scs[idx - 1]
        sys.stderr.write('s%02d %-15s files=%d lines=%d incidents=%d\n' % (idx, sc.arch, len(sc.files), total, ninc))
    sys.stderr.write('done in %.1fs\n' % (time.time() - t0))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
