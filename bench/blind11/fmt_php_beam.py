"""PHP error_log, php-fpm (error log + access log), Elixir Logger (Phoenix), Erlang/OTP SASL reports."""
from fmtbase import Base, MON, hexid, alnum, priv_ip, off_str

PHP_PATHS = ['/index.php', '/wp-login.php', '/wp-admin/admin-ajax.php', '/checkout/', '/product/blue-mug/', '/cart/', '/wp-json/wc/v3/orders', '/search/']


class PhpError(Base):
    name = 'php_error'
    software = 'PHP error_log'
    res = 1.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'panic', 'disk_full', 'traffic_flood', 'silence', 'oom_kill')
    mix = (('warn', 0.7), ('info', 0.3))

    def setup(self):
        self.zone = self.sc.tzname if self.r.random() < 0.7 else 'UTC'
        if self.zone == 'UTC':
            self.off = 0
        self.p8 = self.year >= 2021
        self.nk = self.r.randrange(3)

    def ts(self, t):
        g, f = self.tm(t)
        return f"[{g.tm_mday:02d}-{MON[g.tm_mon - 1]}-{g.tm_year} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.zone}]"

    def bg(self, t, kind):
        r = self.r
        f = r.choice(['/var/www/html/wp-content/themes/storefront/functions.php', '/var/www/html/wp-content/plugins/woo-extra/includes/class-cart.php', '/var/www/html/wp-includes/class-wpdb.php'])
        if kind == 'warn':
            if self.p8:
                m = r.choice([f'PHP Warning:  Undefined array key "variation_id" in {f} on line {r.randint(20, 900)}',
                              f'PHP Warning:  Attempt to read property "ID" on null in {f} on line {r.randint(20, 900)}',
                              f'PHP Deprecated:  strlen(): Passing null to parameter #1 ($string) of type string is deprecated in {f} on line {r.randint(20, 900)}'])
            else:
                m = r.choice([f'PHP Notice:  Undefined index: variation_id in {f} on line {r.randint(20, 900)}',
                              f'PHP Notice:  Trying to get property \'ID\' of non-object in {f} on line {r.randint(20, 900)}',
                              f'PHP Warning:  count(): Parameter must be an array or an object that implements Countable in {f} on line {r.randint(20, 900)}'])
            return f"{self.ts(t)} {m}"
        return f"{self.ts(t)} PHP Notice:  Function wpdb::prepare was called <strong>incorrectly</strong>. The query argument of wpdb::prepare() must have a placeholder. Please see <a href=\"https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/\">Debugging in WordPress</a> for more information. (This message was added in version 3.9.0.) in /var/www/html/wp-includes/functions.php on line 6085"

    def hb(self, t):
        return self.bg(t, 'warn')

    def job(self, t):
        return f"{self.ts(t)} PHP Warning:  Cron reschedule event error for hook: action_scheduler_run_queue, Error code: invalid_schedule, Error message: Event schedule does not exist., Data: {{\"schedule\":\"every_minute\",\"args\":[\"WP Cron\"],\"interval\":60}} in /var/www/html/wp-includes/cron.php on line 526"

    ERRS = [("WordPress database error Deadlock found", "WordPress database error Deadlock found when trying to get lock; try restarting transaction for query UPDATE `wp_options` SET `option_value` = '{n}' WHERE `option_name` = '_transient_timeout_wc_count_comments' made by require('wp-blog-header.php'), wp, WP->main, do_action_ref_array('wp', Array)"),
            ("cURL error 28: Operation timed out", "PHP Warning:  Payment gateway request failed: cURL error 28: Operation timed out after 15001 milliseconds with 0 bytes received in /var/www/html/wp-content/plugins/woo-gateway/src/Client.php on line 144"),
            ("PHP Warning:  mail(): Failed to connect to mailserver", "PHP Warning:  mail(): Failed to connect to mailserver at \"localhost\" port 25, verify your \"SMTP\" and \"smtp_port\" setting in php.ini or use ini_set() in /var/www/html/wp-includes/class-phpmailer.php on line 705")]

    def err(self, t, k):
        return f"{self.ts(t)} " + self.ERRS[k % 3][1].replace('{n}', str(self.r.randint(1700000000, 1790000000)))

    def err_sig(self, k):
        return self.ERRS[k % 3][0]

    NEW = [("PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect()", "PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/legacy/db.php:14\nStack trace:\n#0 /var/www/html/legacy/report.php(8): legacy_db_connect()\n#1 {main}\n  thrown in /var/www/html/legacy/db.php on line 14"),
           ("Redis server went away", "PHP Fatal error:  Uncaught RedisException: Redis server went away in /var/www/html/wp-content/object-cache.php:1502\nStack trace:\n#0 /var/www/html/wp-content/object-cache.php(1502): Redis->get('wp_:options:all...')\n#1 /var/www/html/wp-includes/cache.php(123): WP_Object_Cache->get('alloptions', 'options', false, NULL)\n#2 {main}\n  thrown in /var/www/html/wp-content/object-cache.php on line 1502"),
           ("PHP Warning:  Undefined variable $order_total", "PHP Warning:  Undefined variable $order_total in /var/www/html/wp-content/plugins/woo-extra/includes/class-totals.php on line 77")]

    def newerr(self, t):
        return f"{self.ts(t)} {self.NEW[self.nk][1]}"

    def newerr_sig(self):
        return self.NEW[self.nk][0]

    retry_sig = 'Error while sending QUERY packet'

    def retry(self, t, i):
        return f"{self.ts(t)} PHP Warning:  Error while sending QUERY packet. PID={self.r.randint(1000, 60000)} in /var/www/html/wp-includes/class-wpdb.php on line 2351"

    disk_sig = 'No space left on device'

    def disk(self, t):
        r = self.r
        if r.random() < 0.5:
            return f"{self.ts(t)} PHP Warning:  session_start(): open(/var/lib/php/sessions/sess_{alnum(r, 26).lower()}, O_RDWR) failed: No space left on device (28) in /var/www/html/wp-content/plugins/woo-extra/session.php on line 31"
        return f"{self.ts(t)} PHP Warning:  file_put_contents(/var/www/html/wp-content/cache/{hexid(r, 32)}.php): Failed to open stream: No space left on device in /var/www/html/wp-content/plugins/cache/Store.php on line 58"

    oom_sig = 'Allowed memory size of'

    def oom(self, t):
        return [(t, f"{self.ts(t)} PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate {self.r.choice([20480, 65536, 4096, 262144])} bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2316")]

    panic_sig = 'PHP Fatal error:  Uncaught PDOException'

    def panic(self, t):
        arg = "Object(SensitiveParameterValue)" if self.year >= 2023 else "'s3cr3t'"
        return [(t, f"{self.ts(t)} PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/lib/Db.php:31\nStack trace:\n#0 /var/www/html/lib/Db.php(31): PDO->__construct('mysql:host=db;d...', 'shop', {arg}, Array)\n#1 /var/www/html/index.php(12): Db::connect()\n#2 {{main}}\n  thrown in /var/www/html/lib/Db.php on line 31")]

    def start(self, t):
        return [(t, self.bg(t, 'warn'))]

    stop = start


class PhpFpm(Base):
    name = 'phpfpm'
    software = 'php-fpm error log'
    res = 1.0
    kinds = ('oom_kill', 'error_burst', 'panic')
    hb_choices = (60, 120)
    mix = (('info', 0.5), ('warn', 0.5))

    def setup(self):
        self.ver = {2018: '7.2', 2019: '7.3', 2020: '7.4', 2021: '8.0', 2022: '8.1', 2023: '8.2', 2024: '8.3', 2025: '8.4'}.get(self.year, '8.4')
        self.mpid = self.r.randint(500, 3000)

    def ts(self, t):
        g, f = self.tm(t)
        return f"[{g.tm_mday:02d}-{MON[g.tm_mon - 1]}-{g.tm_year} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}]"

    def bg(self, t, kind):
        r = self.r
        c = r.randint(3000, 90000)
        if kind == 'warn':
            return r.choice([
                lambda: f"{self.ts(t)} WARNING: [pool www] child {c}, script '/var/www/html/index.php' (request: \"GET /index.php\") executing too slow ({r.uniform(5, 9):.6f} sec), logging",
                lambda: f"{self.ts(t)} WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning {r.choice([8, 16, 32])} children, there are {r.randint(0, 2)} idle, and {r.randint(10, 40)} total children",
            ])()
        return r.choice([
            lambda: f"{self.ts(t)} NOTICE: child {c} stopped for tracing\n{self.ts(t)} NOTICE: about to trace {c}\n{self.ts(t)} NOTICE: finished trace of {c}",
            lambda: f"{self.ts(t)} NOTICE: [pool www] child {c} exited with code 0 after {r.uniform(300, 9000):.6f} seconds from start\n{self.ts(t)} NOTICE: [pool www] child {c + r.randint(1, 50)} started",
        ])()

    def hb(self, t):
        return self.bg(t, 'info')

    def err(self, t, k):
        return f"{self.ts(t)} WARNING: [pool www] server reached pm.max_children setting (20), consider raising it"

    def err_sig(self, k):
        return 'server reached pm.max_children setting'

    oom_sig = 'exited on signal 9 (SIGKILL)'

    def oom(self, t):
        c = self.r.randint(3000, 90000)
        return [(t, f"{self.ts(t)} WARNING: [pool www] child {c} exited on signal 9 (SIGKILL) after {self.r.uniform(20, 900):.6f} seconds from start\n{self.ts(t)} NOTICE: [pool www] child {c + 7} started")]

    panic_sig = 'exited on signal 11 (SIGSEGV'

    def panic(self, t):
        c = self.r.randint(3000, 90000)
        return [(t, f"{self.ts(t)} WARNING: [pool www] child {c} exited on signal 11 (SIGSEGV - core dumped) after {self.r.uniform(1, 300):.6f} seconds from start\n{self.ts(t)} NOTICE: [pool www] child {c + 3} started")]

    def start(self, t):
        self.mpid = self.r.randint(500, 3000)
        return [(t, f"{self.ts(t)} NOTICE: fpm is running, pid {self.mpid}"), (t, f"{self.ts(t)} NOTICE: ready to handle connections"),
                (t, f"{self.ts(t)} NOTICE: systemd monitor interval set to 10000ms")]

    def stop(self, t):
        return [(t, f"{self.ts(t)} NOTICE: Terminating ...\n{self.ts(t + 0.5)} NOTICE: exiting, bye-bye!")]


class PhpFpmAccess(Base):
    """php-fpm pool access.log with the access.format from the stock www.conf comment."""
    name = 'phpfpm_access'
    software = 'php-fpm access log'
    res = 1.0
    access = True
    has_dur = True
    restartable = False
    kinds = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')
    mix = (('req', 1.0),)

    def setup(self):
        self.osfx = off_str(self.off, colon=False, z=False)

    def req(self, t, q):
        g, f = self.tm(t)
        ts = f"{g.tm_mday:02d}/{MON[g.tm_mon - 1]}/{g.tm_year}:{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.osfx}"
        p = q.path
        script = '/var/www/html/index.php'
        if p.startswith('/wp-login') or p.startswith('/wp-admin'):
            script = '/var/www/html' + p.split('?')[0]
        return f'{q.ip} -  {ts} "{q.method} /index.php{"?" + p.split("?", 1)[1] if "?" in p else ""}" {q.status} {script} {q.dur:.3f} {self.r.choice([2048, 4096, 6144, 8192, 12288, 16384])} {min(99.99, self.r.uniform(20, 95)):.2f}%'

    def bg(self, t, kind):
        return self.req(t, _Q('GET', '/index.php', 200, 10.0, priv_ip(self.r)))

    def hb(self, t):
        return self.req(t, _Q('GET', '/ping', 200, 0.2, '127.0.0.1'))


class _Q:
    def __init__(self, m, p, s, d, ip):
        self.method, self.path, self.status, self.dur, self.ip = m, p, s, d, ip


class ElixirLogger(Base):
    """Elixir Logger default console format "\\n$time $metadata[$level] $message\\n" (Phoenix app)."""
    name = 'elixir'
    software = 'Elixir Logger (Phoenix)'
    res = 0.001
    access = True
    has_dur = True
    lpe = 4.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'oom_kill', 'disk_full')
    mix = (('req', 0.9), ('info', 0.06), ('warn', 0.04))

    def setup(self):
        self.warn = 'warning' if self.year >= 2021 else 'warn'
        self.nk = self.r.randrange(2)

    def L(self, t, lvl, msg, md=''):
        g, f = self.tm(t)
        return f"\n{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.ms(f):03d} {md}[{lvl}] {msg}"

    def req(self, t, q):
        rid = 'F' + alnum(self.r, 19).replace('+', '-')
        md = f"request_id={rid} "
        d = q.dur
        ds = f"{int(d * 1000)}µs" if d < 1 else f"{int(round(d))}ms"
        a = self.L(t, 'info', f"{q.method} {q.path}", md)
        b = self.L(t + d / 1000.0, 'info' if q.status < 500 else 'error', f"Sent {q.status} in {ds}", md)
        if q.status >= 500:
            b = self.L(t + d / 1000.0, 'info', f"Sent {q.status} in {ds}", md) + self.L(t + d / 1000.0, 'error', f"#PID<0.{self.r.randint(1000, 9999)}.0> running ShopWeb.Endpoint (connection #PID<0.{self.r.randint(1000, 9999)}.0>, stream id 1) terminated\nServer: shop.example.com:80 (http)\nRequest: {q.method} {q.path}\n** (exit) an exception was raised:\n    ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms. This means requests are coming in and your connection pool cannot serve them fast enough.", md)
        return [(t, a), (t + d / 1000.0, b)]

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, self.warn, f"Phoenix.PubSub: node shop@10.0.1.{r.randint(2, 40)} unreachable, skipping broadcast")
        return self.L(t, 'info', r.choice([f"JOINED room:lobby in {r.randint(20, 900)}µs\n  Parameters: %{{}}", f"Oban job Shop.Workers.SendReceipt completed in {r.randint(5, 900)}ms", f"CONNECTED TO Phoenix.LiveView.Socket in {r.randint(20, 200)}µs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{{\"_csrf_token\" => \"{alnum(r, 24)}\", \"vsn\" => \"2.0.0\"}}"]))

    def hb(self, t):
        return self.L(t, 'info', f"GET /health", 'request_id=F' + alnum(self.r, 19) + ' ')

    def err(self, t, k):
        return self.L(t, 'error', ["Task #PID<0.%d.0> started from Shop.Mailer terminating\n** (Swoosh.DeliveryError) delivery error: {:api_error, 429, \"rate limit exceeded\"}" % self.r.randint(1000, 9999),
                                   "Could not refresh exchange rates: %Req.TransportError{reason: :timeout}",
                                   "Stripe webhook signature verification failed"][k % 3])

    def err_sig(self, k):
        return ["(Swoosh.DeliveryError) delivery error", "Could not refresh exchange rates", "Stripe webhook signature verification failed"][k % 3]

    NEW = [("(Postgrex.Error) ERROR 53300 (too_many_connections)", "GenServer Shop.Inventory.Sync terminating\n** (Postgrex.Error) ERROR 53300 (too_many_connections) sorry, too many clients already\n    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1\n    (shop 1.4.2) lib/shop/inventory/sync.ex:41: Shop.Inventory.Sync.handle_info/2\n    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3\nLast message: :tick"),
           ("(ArgumentError) errors were found at the given arguments", "Task #PID<0.4242.0> started from Shop.Importer terminating\n** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n\n    :erlang.binary_to_integer(\"12a\")\n    (shop 1.4.2) lib/shop/importer.ex:88: anonymous fn/1 in Shop.Importer.parse/1")]

    def newerr(self, t):
        return self.L(t, 'error', self.NEW[self.nk][1])

    def newerr_sig(self):
        return self.NEW[self.nk][0]

    retry_sig = 'failed to connect: ** (DBConnection.ConnectionError) tcp connect'

    def retry(self, t, i):
        return self.L(t, 'error', f"Postgrex.Protocol (#PID<0.{self.r.randint(300, 400)}.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db.internal:5432): connection refused - :econnrefused")

    disk_sig = ':enospc'

    def disk(self, t):
        return self.L(t, 'error', f"Failed to store upload priv/static/uploads/{hexid(self.r, 16)}.jpg: :enospc")

    oom_sig = 'eheap_alloc: Cannot allocate'

    def oom(self, t):
        n = self.r.randint(10**8, 4 * 10**9)
        return [(t, self.L(t, 'info', 'Starting CSV export for 2411 orders') + f"\neheap_alloc: Cannot allocate {n} bytes of memory (of type \"heap\").\n\nCrash dump is being written to: erl_crash.dump...done")] + self.start(t + 12)

    def start(self, t):
        return [(t, self.L(t, 'info', f"Running ShopWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)" if self.year >= 2024 else "Running ShopWeb.Endpoint with cowboy 2.9.0 at :::4000 (http)")),
                (t + 0.01, self.L(t + 0.01, 'info', "Access ShopWeb.Endpoint at https://shop.example.com"))]

    def stop(self, t):
        return [(t, self.L(t, 'notice' if self.year >= 2021 else 'info', "SIGTERM received - shutting down"))]


class ErlangSasl(Base):
    """Erlang/OTP legacy-header reports (=ERROR REPORT==== ... ===)."""
    name = 'erlang'
    software = 'Erlang/OTP SASL reports'
    res = 0.000001
    lpe = 10.0
    hb_choices = (120, 180, 300)
    kinds = ('panic', 'new_error', 'error_burst')
    mix = (('info', 0.6), ('warn', 0.4))

    def setup(self):
        if self.year <= 2018:
            self.res = 1.0
        self.nk = 0

    def hdr(self, t, kind):
        g, f = self.tm(t)
        frac = '' if self.year <= 2018 else f".{self.us(f):06d}"
        return f"={kind} REPORT==== {g.tm_mday}-{MON[g.tm_mon - 1]}-{g.tm_year}::{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}{frac} ==="

    def epid(self):
        return f"<0.{self.r.randint(200, 9000)}.0>"

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return f"{self.hdr(t, 'WARNING')}\nmnesia_overload: {{dump_log,write_threshold}}\n"
        return (f"{self.hdr(t, 'PROGRESS')}\n    supervisor: {{local,'Elixir.Shop.Workers.Supervisor'}}\n    started: [{{pid,{self.epid()}}},\n"
                f"              {{id,{{'Elixir.Shop.Workers.Fetcher',{r.randint(1, 400)}}}}},\n              {{mfargs,{{'Elixir.Shop.Workers.Fetcher',start_link,[[]]}}}},\n"
                f"              {{restart_type,temporary}},\n              {{significant,false}},\n              {{shutdown,5000}},\n              {{child_type,worker}}]\n")

    def hb(self, t):
        return self.bg(t, 'info')

    def err(self, t, k):
        return f"{self.hdr(t, 'ERROR')}\nError in process {self.epid()} on node 'shop@10.0.1.5' with exit value:\n{{{{badmatch,{{error,timeout}}}},[{{'Elixir.Shop.Cache',refresh,1,[{{file,\"lib/shop/cache.ex\"}},{{line,52}}]}}]}}\n"

    def err_sig(self, k):
        return "Error in process"

    def newerr(self, t):
        return f"{self.hdr(t, 'ERROR')}\n** Node 'shop@10.0.1.9' not responding **\n** Removing (timedout) connection **\n"

    def newerr_sig(self):
        return "** Node 'shop@10.0.1.9' not responding **"

    panic_sig = '=CRASH REPORT===='

    def panic(self, t):
        r = self.r
        p = self.epid()
        crash = (f"{self.hdr(t, 'CRASH')}\n  crasher:\n    initial call: 'Elixir.Shop.Payments.Poller':init/1\n    pid: {p}\n    registered_name: 'Elixir.Shop.Payments.Poller'\n"
                 f"    exception exit: {{timeout,{{gen_server,call,['Elixir.Shop.Repo.Pool',checkout,5000]}}}}\n      in function  gen_server:call/3 (gen_server.erl, line 401)\n"
                 f"      in call from 'Elixir.Shop.Payments.Poller':handle_info/2 (lib/shop/payments/poller.ex, line 64)\n"
                 f"    ancestors: ['Elixir.Shop.Supervisor',<0.{r.randint(100, 300)}.0>]\n    message_queue_len: {r.randint(0, 40)}\n    messages: []\n    links: [<0.{r.randint(300, 400)}.0>]\n"
                 f"    dictionary: [{{'$initial_call',{{'Elixir.Shop.Payments.Poller',init,1}}}}]\n    trap_exit: false\n    status: running\n    heap_size: {r.randint(1000, 100000)}\n    stack_size: 28\n    reductions: {r.randint(10000, 9000000)}\n  neighbours:\n")
        sup = (f"{self.hdr(t + 0.0004, 'SUPERVISOR')}\n    supervisor: {{local,'Elixir.Shop.Supervisor'}}\n    errorContext: child_terminated\n    reason: {{timeout,{{gen_server,call,['Elixir.Shop.Repo.Pool',checkout,5000]}}}}\n"
               f"    offender: [{{pid,{p}}},\n               {{id,'Elixir.Shop.Payments.Poller'}},\n               {{mfargs,{{'Elixir.Shop.Payments.Poller',start_link,[[]]}}}},\n               {{restart_type,permanent}},\n               {{significant,false}},\n               {{shutdown,5000}},\n               {{child_type,worker}}]\n")
        return [(t, crash), (t + 0.0004, sup), (t + 0.0009, self.bg(t + 0.0009, 'info'))]

    def start(self, t):
        return [(t, f"{self.hdr(t, 'PROGRESS')}\n    application: sasl\n    started_at: 'shop@10.0.1.5'\n")]

    stop = start
