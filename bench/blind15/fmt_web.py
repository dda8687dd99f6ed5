"""Web edge formats: lighttpd error log, OpenResty error log (with Lua errors), OpenResty JSON access log."""
import json
from base import (Base, mk, off, P_ISO, P_SP, hx, uuid, ip, lognorm, wpick, US)

PATHS = ['/v1/items', '/v1/items/{id}', '/v1/cart', '/v1/orders', '/v1/orders/{id}', '/v1/search', '/healthz', '/v1/users/me',
         '/static/app.{h}.js', '/static/app.{h}.css', '/v1/checkout', '/v1/auth/token']
UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
       'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
       'okhttp/4.12.0', 'kube-probe/1.28', 'python-requests/2.31.0', 'Go-http-client/1.1', 'curl/8.4.0']


def path(r):
    return r.choice(PATHS).replace('{id}', str(r.randint(1, 999999))).replace('{h}', hx(r, 8))


class Lighttpd(Base):
    name = 'lighttpd error log'
    fname = 'lighttpd-error.log'
    low = (0.8, 3)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'disk_full')

    def setup(s, r):
        s.ts = mk(s.tz, P_SP, 0, suf=lambda d: ':')
        s.meson = s.year >= 2021
        s.ver = {2018: '1.4.49', 2019: '1.4.54', 2020: '1.4.55', 2021: '1.4.59', 2022: '1.4.67', 2023: '1.4.73', 2024: '1.4.76',
                 2025: '1.4.79', 2026: '1.4.82'}[s.year]
        s.sock = r.choice(['unix:/run/php/php8.2-fpm.sock', 'unix:/var/run/php-fpm.sock', '127.0.0.1:9000'])

    def L(s, t, src, line, msg):
        f = f"../src/{src}" if s.meson else src
        return f"{s.ts(t)} ({f}.{line}) {msg}"

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.45:
            return s.L(t, 'mod_openssl.c', 3427 if s.meson else 1917, f"SSL: -1 5 104 Connection reset by peer (10.{r.randint(0, 200)}.{r.randint(0, 255)}.{r.randint(1, 254)})" if r.random() < .3 else f"SSL: 1 error:0A000126:SSL routines::unexpected eof while reading ({r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)})")
        if x < 0.7 and s.meson:
            return s.L(t, 'connections.c', 1188, f"unexpected TLS ClientHello on clear port ({r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)})")
        if x < 0.85:
            return s.L(t, 'response.c', 487, f"file not found ... or so: No such file or directory /{r.choice(['favicon.ico', 'wp-login.php', '.env', 'robots.txt', 'apple-touch-icon.png'])} -> /var/www/html/{r.choice(['favicon.ico', 'wp-login.php', '.env'])}") if not s.meson else \
                s.L(t, 'mod_openssl.c', 3427, f"SSL: 1 error:0A00010B:SSL routines::wrong version number ({r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)})")
        return s.L(t, 'gw_backend.c' if s.meson else 'mod_fastcgi.c', 2373 if s.meson else 2543, f"response not received, request sent: {r.randint(400, 9000)} on socket: {s.sock} for /index.php?, closing connection")

    def warn(s, t, r):
        return s.L(t, 'gw_backend.c' if s.meson else 'mod_fastcgi.c', 1009 if s.meson else 3008, f"backend is overloaded; we'll disable it for 1 seconds and send the request to another backend instead: reconnects: 0 load: {r.randint(10, 300)}")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'gw_backend.c' if s.meson else 'mod_fastcgi.c', 236 if s.meson else 1528, f"establishing connection failed: Connection refused socket: {s.sock}")

        def e1(t, r):
            return s.L(t, 'gw_backend.c' if s.meson else 'mod_fastcgi.c', 937 if s.meson else 3551, "all handlers for /index.php? on .php are down.")
        return [e0, e1]

    def retry(s, t, r):
        return s.L(t, 'gw_backend.c' if s.meson else 'mod_fastcgi.c', 1009 if s.meson else 3008, f"backend is overloaded; we'll disable it for 1 seconds and send the request to another backend instead: reconnects: {r.randint(1, 40)} load: {r.randint(100, 900)}")

    def newerr(s, t, r):
        return s.L(t, 'mod_proxy.c' if not s.meson else 'gw_backend.c', 1180 if not s.meson else 2283, f"socket: {s.sock} open fds: {r.randint(1000, 1024)} of max-fds: 1024, fdevent_register: too many open files")

    def disk(s, t, r):
        if r.random() < 0.5:
            return s.L(t, 'mod_deflate.c', 1283 if s.meson else 797, f"writing cachefile /var/cache/lighttpd/compress/{path(r).strip('/')}.gz-{hx(r, 8)} failed: No space left on device")
        return s.L(t, 'chunk.c', 1014 if s.meson else 772, f"write() temp-file /var/tmp/lighttpd-upload-{hx(r, 6)} failed: No space left on device")

    def start(s, t, r, after):
        return [(t, s.L(t, 'server.c', 1939 if s.meson else 1464, f"server started (lighttpd/{s.ver})"))]

    def stop(s, t, r):
        return [(t, s.L(t, 'server.c', 2086 if s.meson else 2065, 'server stopped by UID = 0 PID = 1'))]

    def periodic(s):
        return ()


class OpenRestyError(Base):
    name = 'OpenResty error log'
    fname = 'error.log'
    weight = 0.45
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'panic', 'oom_kill', 'disk_full')

    def setup(s, r):
        s.ts = mk(s.tz, lambda d: f"{d.year:04d}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}:", 0)
        s.master = s.pids[0]
        s.workers = [s.master + i + 1 for i in range(r.choice([2, 4, 8]))]
        s.conn = r.randint(1000, 90000)
        s.srv = f"api.{s.sc.domain}"
        s.ups = [f"10.0.4.{i}:8080" for i in range(21, 21 + r.randint(2, 5))]
        s.ver = {2018: '1.13.6.2', 2019: '1.15.8.2', 2020: '1.17.8.2', 2021: '1.19.9.1', 2022: '1.21.4.1', 2023: '1.21.4.3',
                 2024: '1.25.3.1', 2025: '1.27.1.2', 2026: '1.29.2.1'}[s.year]

    def L(s, t, lvl, msg, r, req=True, pid=None):
        w = pid or r.choice(s.workers)
        if req:
            s.conn += r.randint(1, 50)
            p = path(r)
            return (f"{s.ts(t)} [{lvl}] {w}#{w}: *{s.conn} {msg}, client: {r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}, "
                    f"server: {s.srv}, request: \"{r.choice(['GET', 'GET', 'POST'])} {p} HTTP/1.1\", upstream: \"http://{r.choice(s.ups)}{p}\", host: \"{s.srv}\"")
        return f"{s.ts(t)} [{lvl}] {w}#{w}: {msg}"

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.35:
            return s.L(t, 'warn', f"an upstream response is buffered to a temporary file /usr/local/openresty/nginx/proxy_temp/{r.randint(0, 9)}/{r.randint(10, 99)}/{r.randint(1, 10 ** 9):010d} while reading upstream", r)
        if x < 0.55:
            return s.L(t, 'warn', f"a client request body is buffered to a temporary file /usr/local/openresty/nginx/client_body_temp/{r.randint(1, 10 ** 9):010d}", r)
        if x < 0.8:
            return s.L(t, 'notice', f"[lua] rate_limit.lua:{r.choice([57, 61])}: incoming(): rate limited key={r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} delay={r.random():.3f}", r)
        return s.L(t, 'info', f"client closed connection while waiting for request, client: {r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}, server: 0.0.0.0:443", r, req=False)

    def warn(s, t, r):
        return s.L(t, 'warn', 'upstream server temporarily disabled while reading response header from upstream', r)

    def errs(s):
        def e0(t, r):
            return s.L(t, 'error', 'upstream timed out (110: Connection timed out) while reading response header from upstream', r)

        def e1(t, r):
            return s.L(t, 'error', f"[lua] access.lua:{r.choice([42, 44])}: check_token(): invalid token: signature mismatch", r)

        def e2(t, r):
            return s.L(t, 'error', 'connect() failed (111: Connection refused) while connecting to upstream', r)
        return [e0, e1, e2]

    def retry(s, t, r):
        return s.L(t, 'error', f"[lua] redis_pool.lua:31: connect(): failed to connect to redis 10.0.4.50:6379: timeout, retrying ({r.randint(1, 3)}/3)", r)

    def newerr(s, t, r):
        return s.L(t, 'error', "lua entry thread aborted: runtime error: /usr/local/openresty/site/lualib/app/auth.lua:88: attempt to index local 'claims' (a nil value)\n"
                   "stack traceback:\ncoroutine 0:\n\t/usr/local/openresty/site/lualib/app/auth.lua: in function 'verify'\n\taccess_by_lua(nginx.conf:112):3: in main chunk", r)

    def disk(s, t, r):
        return s.L(t, 'crit', f"pwrite() \"/usr/local/openresty/nginx/client_body_temp/{r.randint(1, 10 ** 9):010d}\" failed (28: No space left on device)", r)

    def crash(s, t, r, kind):
        w = r.choice(s.workers)
        out = []
        if kind == 'oom_kill':
            out.append((t, s.L(t, 'error', 'lua entry thread aborted: memory allocation error: not enough memory', r, pid=w)))
            t += r.randint(10, 900) * 1000
            out.append((t, s.L(t, 'alert', f"worker process {w} exited on signal 9", r, req=False, pid=s.master)))
        else:
            out.append((t, s.L(t, 'alert', f"worker process {w} exited on signal 11 (core dumped)", r, req=False, pid=s.master)))
        s._dead = w
        return out

    def down(s, r):
        return r.randint(1, 50) * 1000

    def start(s, t, r, after):
        if after == 'crash':
            nw = max(s.workers) + r.randint(1, 400)
            s.workers = [x for x in s.workers if x != getattr(s, '_dead', None)] + [nw]
            return [(t, s.L(t, 'notice', f"start worker process {nw}", r, req=False, pid=s.master))]
        old = list(s.workers)
        base = max(s.workers) + r.randint(5, 500)
        s.workers = [base + i for i in range(len(old))]
        out = [(t, s.L(t, 'notice', 'signal 1 (SIGHUP) received from 1, reconfiguring', r, req=False, pid=s.master)),
               (t, s.L(t, 'notice', 'reconfiguring', r, req=False, pid=s.master)),
               (t, s.L(t, 'notice', 'using the "epoll" event method', r, req=False, pid=s.master)),
               (t, s.L(t, 'notice', 'start worker processes', r, req=False, pid=s.master))]
        for w in s.workers:
            out.append((t, s.L(t, 'notice', f"start worker process {w}", r, req=False, pid=s.master)))
        t2 = t + r.randint(1, 3) * US
        for w in old:
            out.append((t2, s.L(t2, 'notice', 'gracefully shutting down', r, req=False, pid=w)))
            out.append((t2, s.L(t2, 'notice', 'exiting', r, req=False, pid=w)))
            out.append((t2, s.L(t2, 'notice', 'exit', r, req=False, pid=w)))
        for w in old:
            out.append((t2, s.L(t2, 'notice', f"signal 17 (SIGCHLD) received from {w}", r, req=False, pid=s.master)))
            out.append((t2, s.L(t2, 'notice', f"worker process {w} exited with code 0", r, req=False, pid=s.master)))
        out.append((t2, s.L(t2, 'notice', 'signal 29 (SIGIO) received', r, req=False, pid=s.master)))
        return out

    def stop(s, t, r):
        return []


class OpenRestyAccess(Base):
    name = 'OpenResty access log (JSON log_format)'
    fname = 'access.log'
    absolute = True
    weight = 1.6
    kinds = ('traffic_flood', 'silence', 'latency_shift', 'http_5xx')

    def setup(s, r):
        s.ts = mk(s.tz, P_ISO, 0, suf=lambda d: off(d, True))
        s.srv = f"api.{s.sc.domain}"
        s.ups = [f"10.0.4.{i}:8080" for i in range(21, 21 + r.randint(2, 5))]

    def norm(s, t, r, L, bad):
        p = path(r)
        if r.random() < bad:
            st = r.choice((500, 502, 502, 503, 504))
        else:
            st = wpick(r, [(70, 200), (4, 201), (3, 204), (2, 301), (8, 304), (2, 401), (4, 404), (0.05, 500), (0.05, 502)])
        if p.startswith('/static'):
            rt = lognorm(r, 0.002, 0.6)
            urt = '-'
            ua = '-'
        else:
            rt = lognorm(r, 0.045, 0.7) * L
            if st in (502, 504):
                rt = r.choice([0.001, 60.0]) if st == 504 else lognorm(r, 0.01, 0.5)
            urt = f"{max(rt - 0.001, 0.0):.3f}"
            ua = r.choice(s.ups)
        d = {"time": s.ts(t), "remote_addr": f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
             "request_id": hx(r, 32), "request_method": 'GET' if not p.endswith(('cart', 'orders', 'checkout', 'token')) or r.random() < .4 else 'POST',
             "uri": p, "status": st, "body_bytes_sent": r.randint(0, 60000) if st == 200 else r.randint(0, 600),
             "request_time": float(f"{rt:.3f}"), "upstream_addr": ua, "upstream_status": str(st) if ua != '-' else '-',
             "upstream_response_time": urt, "http_user_agent": r.choice(UAS), "host": s.srv}
        return json.dumps(d, separators=(',', ':'))

    def warn(s, t, r):
        return s.norm(t, r, 1.0, 0.0)

    def errs(s):
        return []

    def start(s, t, r, after):
        return []

    def stop(s, t, r):
        return []
