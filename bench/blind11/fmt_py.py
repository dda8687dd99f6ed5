"""Python-ecosystem formats: logging defaults, loguru, structlog, Django runserver."""
from fmtbase import Base, MON, MONTH_FULL, hexid, uuid4, priv_ip, alnum

PY_ERRS = [
    ("Failed to refresh exchange rates", "Failed to refresh exchange rates: HTTPSConnectionPool(host='api.exchangerate.host', port=443): Read timed out. (read timeout=10)"),
    ("Could not acquire lock", "Could not acquire lock 'invoice-export' after 30s, skipping this run"),
    ("Invalid payload from webhook", "Invalid payload from webhook: Expecting value: line 1 column 1 (char 0)"),
]
PY_NEW = [
    ("psycopg2.OperationalError: server closed the connection unexpectedly",
     "psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request."),
    ("redis.exceptions.ConnectionError: Error 111 connecting to",
     "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."),
    ("botocore.exceptions.ClientError: An error occurred (SlowDown)",
     "botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate."),
]


def py_traceback(r, exc, frames):
    out = ["Traceback (most recent call last):"]
    for fn, ln, func, code in frames:
        out.append(f'  File "{fn}", line {ln}, in {func}')
        out.append(f"    {code}")
    out.append(exc)
    return '\n'.join(out)


TB_FRAMES = [
    ("/srv/app/venv/lib/python3.11/site-packages/celery/app/trace.py", 451, "trace_task", "R = retval = fun(*args, **kwargs)"),
    ("/srv/app/tasks/reports.py", 88, "build_report", "rows = list(fetch_rows(account_id, since))"),
    ("/srv/app/tasks/reports.py", 41, "fetch_rows", "for chunk in cursor.fetchmany(5000):"),
]


class PyBasic(Base):
    """logging.basicConfig() default: LEVEL:logger:message, no time."""
    name = 'py_basic'
    software = 'python logging (basicConfig default)'
    timestamped = False
    kinds = ()
    mix = (('info', 0.55), ('warn', 0.3), ('debug', 0.15))

    def setup(self):
        self.loggers = ['root', 'sync', 'sync.s3', 'urllib3.connectionpool']

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return r.choice([
                f"WARNING:root:stale lockfile /var/run/sync/{r.randint(100, 999)}.lock removed",
                f"WARNING:urllib3.connectionpool:Connection pool is full, discarding connection: s3.eu-central-1.amazonaws.com. Connection pool size: 10",
                f"WARNING:sync:skipping {r.randint(1, 40)} objects with unsupported storage class GLACIER",
            ])
        if kind == 'debug':
            return f"DEBUG:urllib3.connectionpool:https://s3.eu-central-1.amazonaws.com:443 \"PUT /backups/{hexid(r, 12)}.tar.zst HTTP/1.1\" 200 0"
        return r.choice([
            f"INFO:sync:uploaded {r.randint(1, 900)} files ({r.randint(1, 4000)} MiB) to s3://backups/{self.host}/",
            f"INFO:root:checking {r.randint(10, 400)} directories",
            f"INFO:sync.s3:multipart upload {hexid(r, 16)} completed in {r.uniform(0.2, 30):.2f}s",
        ])

    def err(self, t, k):
        return f"ERROR:sync:{PY_ERRS[k % 3][1]}"


class PyAsctime(Base):
    """'%(asctime)s - %(name)s - %(levelname)s - %(message)s' with werkzeug access lines."""
    name = 'py_asctime'
    software = 'Python logging (%(asctime)s - %(name)s - %(levelname)s) + werkzeug'
    res = 0.001
    access = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full')
    mix = (('req', 0.7), ('info', 0.2), ('warn', 0.05), ('debug', 0.05))
    lpe = 1.0

    def ts(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d},{self.ms(f):03d}"

    def L(self, t, name, lvl, msg):
        return f"{self.ts(t)} - {name} - {lvl} - {msg}"

    def req(self, t, q):
        g, f = self.tm(t)
        d = f"{g.tm_mday:02d}/{MON[g.tm_mon - 1]}/{g.tm_year} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"
        line = self.L(t, 'werkzeug', 'INFO', f'{q.ip} - - [{d}] "{q.method} {q.path} HTTP/1.1" {q.status} -')
        if q.status >= 500:
            tb = py_traceback(self.r, "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused",
                              [("/srv/app/venv/lib/python3.11/site-packages/flask/app.py", 1484, "full_dispatch_request", "rv = self.dispatch_request()"),
                               ("/srv/app/api/orders.py", 57, "list_orders", "orders = Order.query.filter_by(shop_id=shop.id).all()")])
            line = self.L(t, 'app', 'ERROR', f"Exception on {q.path} [{q.method}]") + "\n" + tb + "\n" + line
        return line

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, r.choice(['app.cache', 'urllib3.connectionpool']), 'WARNING', r.choice([
                f"cache miss storm on key prefix 'product:' ({r.randint(50, 300)} misses in 60s)",
                "Connection pool is full, discarding connection: payments.internal. Connection pool size: 10",
            ]))
        if kind == 'debug':
            return self.L(t, 'sqlalchemy.engine.Engine', 'INFO', r.choice(['BEGIN (implicit)', 'COMMIT', f"[cached since {r.uniform(1, 9000):.4g}s ago] {{'id_1': {r.randint(1, 99999)}}}"]))
        return self.L(t, r.choice(['app', 'app.orders', 'app.auth']), 'INFO', r.choice([
            f"order {r.randint(100000, 999999)} confirmed for customer {r.randint(1000, 99999)}",
            f"user {r.randint(1000, 99999)} logged in from {priv_ip(r)}",
            f"cart {uuid4(r)} merged ({r.randint(1, 9)} items)",
        ]))

    def hb(self, t):
        return self.L(t, 'app.health', 'DEBUG', f"heartbeat ok db=up redis=up queue_depth={self.r.randint(0, 30)}")

    def job(self, t):
        return self.L(t, 'apscheduler.executors.default', 'INFO', f'Job "purge_sessions (trigger: interval[0:05:00], next run at: {self.ts(t + 300)[:19]} {self.sc.tzabbr})" executed successfully')

    def retry_ok(self, t):
        r = self.r
        return [(t, self.L(t, 'urllib3.connectionpool', 'WARNING', "Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='payments.internal', port=443): Read timed out. (read timeout=5)\")': /v1/charges")),
                (t + 0.8, self.L(t + 0.8, 'app.payments', 'INFO', f"charge ch_{alnum(r, 14)} captured after retry"))]

    def err(self, t, k):
        return self.L(t, 'app', 'ERROR', PY_ERRS[k % 3][1])

    def err_sig(self, k):
        return PY_ERRS[k % 3][0]

    def newerr(self, t):
        return self.L(t, 'app.db', 'ERROR', PY_NEW[self.nk][1])

    def newerr_sig(self):
        return PY_NEW[self.nk][0]

    def setup(self):
        self.nk = self.r.randrange(3)

    retry_sig = "Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError"

    def retry(self, t, i):
        return self.L(t, 'urllib3.connectionpool', 'WARNING', "Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused')': /v1/charges" % hexid(self.r, 10))

    disk_sig = "OSError: [Errno 28] No space left on device"

    def disk(self, t):
        return self.L(t, 'app.uploads', 'ERROR', f"failed to store upload /srv/app/media/tmp/{hexid(self.r, 16)}.part: OSError: [Errno 28] No space left on device")

    oom_sig = "MemoryError"

    def oom(self, t):
        tb = py_traceback(self.r, "MemoryError", TB_FRAMES[1:])
        return [(t, self.L(t, 'app', 'CRITICAL', "Unhandled exception in worker, exiting") + "\n" + tb)] + self.start(t + 6)

    panic_sig = "Unhandled exception in main loop"

    def panic(self, t):
        tb = py_traceback(self.r, "KeyError: 'currency'", [("/srv/app/main.py", 31, "<module>", "main()"),
                                                          ("/srv/app/main.py", 24, "main", "app.run(host='0.0.0.0', port=5000)"),
                                                          ("/srv/app/api/prices.py", 112, "convert", "rate = rates[payload['currency']]")])
        return [(t, self.L(t, 'app', 'CRITICAL', "Unhandled exception in main loop") + "\n" + tb)] + self.start(t + 4.2)

    def start(self, t):
        return [(t, self.L(t, 'app', 'INFO', f"starting shop-api 3.{self.r.randint(0, 9)}.{self.r.randint(0, 20)} (pid {self.r.randint(1000, 60000)})")),
                (t + 0.4, self.L(t + 0.4, 'werkzeug', 'INFO', "\x1b[31m\x1b[1mWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\x1b[0m\n * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n * Running on http://10.0.1.12:5000")),
                (t + 0.41, self.L(t + 0.41, 'werkzeug', 'INFO', "\x1b[33mPress CTRL+C to quit\x1b[0m"))]

    def stop(self, t):
        return [(t, self.L(t, 'app', 'INFO', "received SIGTERM, shutting down"))]


class Loguru(Base):
    """loguru default sink format."""
    name = 'loguru'
    software = 'loguru'
    res = 0.001
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'panic', 'disk_full', 'oom_kill')
    mix = (('info', 0.7), ('debug', 0.2), ('warn', 0.1))

    def setup(self):
        self.nk = self.r.randrange(3)
        self.mods = [('bot.main', 'on_message', 88), ('bot.cogs.status', 'poll', 41), ('bot.db', 'execute', 120),
                     ('worker.tasks', 'process', 57), ('worker.scheduler', 'tick', 33)]

    def L(self, t, lvl, msg, m=None):
        g, f = self.tm(t)
        mod, fn, ln = m or self.r.choice(self.mods)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.ms(f):03d} | {lvl:<8} | {mod}:{fn}:{ln} - {msg}"

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'WARNING', r.choice([f"We are being rate limited. Retrying in {r.uniform(0.2, 3):.2f} seconds.",
                                                   f"Heartbeat blocked for more than {r.randint(10, 40)} seconds."]))
        if kind == 'debug':
            return self.L(t, 'DEBUG', f"query took {r.uniform(0.4, 40):.1f} ms rows={r.randint(0, 200)}")
        return self.L(t, 'INFO', r.choice([
            f"processed job {uuid4(r)} in {r.uniform(0.01, 4):.3f}s",
            f"guild {r.randint(10**17, 10**18)}: {r.randint(1, 50)} players online",
            f"synced {r.randint(1, 300)} records from upstream",
            f"SUCCESS: message {r.randint(10**17, 10**18)} relayed",
        ]))

    def hb(self, t):
        return self.L(t, 'DEBUG', f"heartbeat: latency {self.r.uniform(20, 120):.1f} ms", ('bot.gateway', 'heartbeat', 212))

    def job(self, t):
        return self.L(t, 'INFO', f"Scheduled task 'cleanup' finished, removed {self.r.randint(0, 80)} stale entries", ('worker.scheduler', 'tick', 33))

    def retry_ok(self, t):
        return [(t, self.L(t, 'WARNING', "Attempting a reconnect in 1.42s", ('discord.client', 'connect', 705))),
                (t + 2, self.L(t + 2, 'INFO', "Shard ID None has successfully RESUMED session " + hexid(self.r, 32) + ".", ('discord.gateway', 'received_message', 561)))]

    def err(self, t, k):
        return self.L(t, 'ERROR', PY_ERRS[k % 3][1])

    def err_sig(self, k):
        return PY_ERRS[k % 3][0]

    def newerr(self, t):
        return self.L(t, 'ERROR', PY_NEW[self.nk][1], ('bot.db', 'execute', 120))

    def newerr_sig(self):
        return PY_NEW[self.nk][0]

    retry_sig = "Connection to upstream lost, reconnecting (attempt"

    def retry(self, t, i):
        return self.L(t, 'WARNING', f"Connection to upstream lost, reconnecting (attempt {i % 10 + 1}/10): [Errno 104] Connection reset by peer", ('worker.client', 'reconnect', 64))

    disk_sig = "No space left on device"

    def disk(self, t):
        return self.L(t, 'ERROR', f"Cannot write cache file /var/cache/bot/{hexid(self.r, 8)}.json: [Errno 28] No space left on device", ('bot.cache', 'store', 77))

    def _caught(self, t, exc, frames, sig):
        head = self.L(t, 'ERROR', f"An error has been caught in function '{sig}', process 'MainProcess' ({self.r.randint(7, 60000)}), thread 'MainThread' ({self.r.randint(10**14, 10**15)}):", ('bot.main', '<module>', 140))
        out = [head, "Traceback (most recent call last):", ""]
        for i, (fn, ln, func, code, var) in enumerate(frames):
            pre = "> " if i == len(frames) - 1 else "  "
            out.append(f'{pre}File "{fn}", line {ln}, in {func}')
            out.append(f"    {code}")
            out.append(f"    └ {var}")
            out.append("")
        out.append(exc)
        return '\n'.join(out)

    oom_sig = "MemoryError"

    def oom(self, t):
        txt = self._caught(t, "MemoryError", [("/srv/bot/main.py", 140, "<module>", "run()", "<function run at 0x7f3b2c1d9e50>"),
                                              ("/srv/bot/worker/tasks.py", 57, "process", "frames = [decode(p) for p in payloads]", "[b'\\x89PNG\\r\\n...', ...]")], 'run')
        return [(t, txt)] + self.start(t + 9)

    panic_sig = "An error has been caught in function 'main'"

    def panic(self, t):
        txt = self._caught(t, "AttributeError: 'NoneType' object has no attribute 'channels'",
                           [("/srv/bot/main.py", 140, "<module>", "main()", "<function main at 0x7f3b2c1d9af0>"),
                            ("/srv/bot/cogs/status.py", 41, "poll", "for ch in guild.channels:", "None")], 'main')
        return [(t, txt)] + self.start(t + 5)

    def start(self, t):
        return [(t, self.L(t, 'INFO', f"Starting worker v1.{self.r.randint(0, 9)}.{self.r.randint(0, 9)} with {self.r.choice([2, 4, 8])} threads", ('bot.main', '<module>', 131))),
                (t + 1.1, self.L(t + 1.1, 'INFO', "logging in using static token", ('discord.client', 'login', 612))),
                (t + 2.3, self.L(t + 2.3, 'INFO', "Shard ID None has connected to Gateway (Session ID: " + hexid(self.r, 32) + ").", ('discord.gateway', 'received_message', 561)))]

    def stop(self, t):
        return [(t, self.L(t, 'INFO', "Received SIGTERM, closing connections", ('bot.main', 'shutdown', 150)))]


class Structlog(Base):
    """structlog ConsoleRenderer (default dev config), optionally with ANSI colours."""
    name = 'structlog'
    software = 'structlog ConsoleRenderer'
    res = 1.0
    access = True
    has_dur = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'disk_full')
    mix = (('req', 0.75), ('info', 0.15), ('warn', 0.05), ('debug', 0.05))

    def setup(self):
        r = self.r
        self.color = r.random() < 0.5
        self.iso = self.year >= 2022 and r.random() < 0.4
        if self.iso:
            self.res = 0.000001
            self.off = 0
        self.nk = r.randrange(3)

    LC = {'info': '\x1b[32m\x1b[1m', 'warning': '\x1b[33m\x1b[1m', 'error': '\x1b[31m\x1b[1m', 'debug': '\x1b[34m\x1b[1m', 'critical': '\x1b[31m\x1b[1m'}

    def L(self, t, lvl, ev, kv):
        g, f = self.tm(t)
        if self.iso:
            ts = f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.us(f):06d}Z"
        else:
            ts = f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"
        items = sorted(kv.items())
        if self.color:
            kvs = ' '.join(f"\x1b[36m{k}\x1b[0m=\x1b[35m{v}\x1b[0m" for k, v in items)
            return f"\x1b[2m{ts}\x1b[0m [{self.LC[lvl]}{lvl:<9}\x1b[0m] \x1b[1m{ev:<30}\x1b[0m {kvs}".rstrip()
        kvs = ' '.join(f"{k}={v}" for k, v in items)
        return f"{ts} [{lvl:<9}] {ev:<30} {kvs}".rstrip()

    def req(self, t, q):
        return self.L(t, 'error' if q.status >= 500 else ('warning' if q.status >= 400 else 'info'), 'request_finished',
                      {'method': q.method, 'path': q.path, 'status': q.status, 'duration_ms': f"{q.dur:.2f}", 'request_id': q.rid[:8] + '-' + q.rid[8:12], 'client_ip': q.ip})

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'warning', 'slow_query', {'duration_ms': f"{r.uniform(500, 3000):.1f}", 'table': r.choice(['orders', 'line_items', 'customers'])})
        if kind == 'debug':
            return self.L(t, 'debug', 'cache_hit', {'key': f"session:{hexid(r, 16)}", 'ttl': r.randint(1, 3600)})
        return self.L(t, 'info', r.choice(['user_signed_in', 'order_created', 'email_enqueued']),
                      {'user_id': r.randint(1, 99999), 'plan': r.choice(['free', 'pro', 'team'])})

    def hb(self, t):
        return self.L(t, 'debug', 'heartbeat', {'uptime_s': int(t - self.sc.start) + 3600})

    def job(self, t):
        return self.L(t, 'info', 'job_completed', {'job': 'expire_carts', 'expired': self.r.randint(0, 50), 'elapsed_s': f"{self.r.uniform(0.1, 3):.3f}"})

    def retry_ok(self, t):
        return [(t, self.L(t, 'warning', 'retrying', {'attempt': 1, 'exc_info': 'ReadTimeout', 'target': 'smtp'})),
                (t + 2, self.L(t + 2, 'info', 'email_sent', {'attempt': 2, 'target': 'smtp'}))]

    def err(self, t, k):
        return self.L(t, 'error', PY_ERRS[k % 3][0].lower().replace(' ', '_'), {'error': repr(PY_ERRS[k % 3][1][:60])})

    def err_sig(self, k):
        return PY_ERRS[k % 3][0].lower().replace(' ', '_')

    def newerr(self, t):
        return self.L(t, 'error', 'db_query_failed', {'error': f"'{PY_NEW[self.nk][0]}'"})

    def newerr_sig(self):
        return 'db_query_failed'

    retry_sig = 'broker_connection_retry'

    def retry(self, t, i):
        return self.L(t, 'warning', 'broker_connection_retry', {'attempt': i % 20 + 1, 'broker': 'amqp://rabbitmq:5672//', 'error': "'[Errno 111] Connection refused'"})

    disk_sig = 'No space left on device'

    def disk(self, t):
        return self.L(t, 'error', 'export_failed', {'error': "\"OSError(28, 'No space left on device')\"", 'path': f"/data/exports/{hexid(self.r, 10)}.csv"})

    panic_sig = 'unhandled_exception'

    def panic(self, t):
        tb = py_traceback(self.r, "RuntimeError: Event loop is closed", [("/app/server.py", 77, "serve", "await app.run()"), ("/usr/local/lib/python3.12/asyncio/base_events.py", 515, "_check_closed", "raise RuntimeError('Event loop is closed')")])
        return [(t, self.L(t, 'critical', 'unhandled_exception', {}) + "\n" + tb)] + self.start(t + 3)

    def start(self, t):
        return [(t, self.L(t, 'info', 'app_starting', {'version': f"2.{self.r.randint(0, 30)}.{self.r.randint(0, 9)}", 'workers': 4})),
                (t + 0.5, self.L(t + 0.5, 'info', 'app_started', {'listen': '0.0.0.0:8000'}))]

    def stop(self, t):
        return [(t, self.L(t, 'info', 'app_stopping', {'signal': 'SIGTERM'}))]


class DjangoRunserver(Base):
    """Django development server (runserver) log: django.server + django.request."""
    name = 'django'
    software = 'Django runserver'
    res = 1.0
    access = True
    kinds = ('http_5xx', 'traffic_flood', 'silence')
    mix = (('req', 0.95), ('warn', 0.05))

    def setup(self):
        self.ver = {2018: '2.1.4', 2019: '2.2.7', 2020: '3.1.4', 2021: '3.2.9', 2022: '4.1.3', 2023: '4.2.7', 2024: '5.0.9', 2025: '5.2.3'}.get(self.year, '5.2.8')

    def ts(self, t):
        g, f = self.tm(t)
        return f"[{g.tm_mday:02d}/{MON[g.tm_mon - 1]}/{g.tm_year} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}]"

    def req(self, t, q):
        line = f'{self.ts(t)} "{q.method} {q.path} HTTP/1.1" {q.status} {q.size}'
        if q.status >= 500:
            return ("Internal Server Error: " + q.path.split('?')[0] + "\n" + py_traceback(self.r, "django.db.utils.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host \"db\" (172.18.0.3) and accepting\n\tTCP/IP connections on port 5432?",
                    [("/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
                     ("/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py", 197, "_get_response", "response = wrapped_callback(request, *callback_args, **callback_kwargs)"),
                     ("/app/shop/views.py", 42, "product_list", "for p in qs:")]) + "\n" + line)
        if q.status == 404:
            return "Not Found: " + q.path.split('?')[0] + "\n" + line
        return line

    def bg(self, t, kind):
        return f"Bad Request: /api/cart/\n{self.ts(t)} \"POST /api/cart/ HTTP/1.1\" 400 {self.r.randint(40, 90)}"

    def err(self, t, k):
        return f"Forbidden (CSRF cookie not set.): /accounts/login/\n{self.ts(t)} \"POST /accounts/login/ HTTP/1.1\" 403 2870"

    def err_sig(self, k):
        return 'Forbidden (CSRF cookie not set.)'

    def hb(self, t):
        return f'{self.ts(t)} "GET /healthz HTTP/1.1" 200 2'

    def retry_ok(self, t):
        return [(t, self.hb(t))]

    def start(self, t):
        g, f = self.tm(t)
        d = f"{MONTH_FULL[g.tm_mon - 1]} {g.tm_mday:02d}, {g.tm_year} - {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"
        pre = "Watching for file changes with StatReloader\n" if self.year >= 2019 else ""
        return [(t, f"{pre}Performing system checks...\n\nSystem check identified no issues (0 silenced).\n{d}\nDjango version {self.ver}, using settings 'shop.settings'\nStarting development server at http://0.0.0.0:8000/\nQuit the server with CONTROL-C.")]

    def stop(self, t):
        return [(t, self.hb(t))]
