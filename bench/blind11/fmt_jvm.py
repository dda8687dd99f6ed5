"""JVM formats: Akka StdOutLogger, Play Framework (logback), java.util.logging SimpleFormatter, Ktor (logback)."""
import datetime
from fmtbase import Base, MON, hexid, alnum, priv_ip

JAVA_FRAMES = ["\tat com.example.orders.OrderRepository.find(OrderRepository.scala:88)",
               "\tat com.example.orders.OrderActor$$anonfun$receive$1.applyOrElse(OrderActor.scala:41)",
               "\tat akka.actor.Actor.aroundReceive(Actor.scala:537)",
               "\tat akka.actor.ActorCell.invoke(ActorCell.scala:547)",
               "\tat java.base/java.util.concurrent.ForkJoinWorkerThread.run(ForkJoinWorkerThread.java:165)"]


class Akka(Base):
    name = 'akka'
    software = 'Akka StdOutLogger'
    res = 0.001
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic')
    mix = (('info', 0.8), ('warn', 0.12), ('debug', 0.08))

    def setup(self):
        self.sys = self.r.choice(['orders', 'ClusterSystem', 'matchmaking'])
        self.nk = 0

    def L(self, t, lvl, thread, src, msg):
        g, f = self.tm(t)
        return f"[{lvl}] [{g.tm_mon:02d}/{g.tm_mday:02d}/{g.tm_year} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.ms(f):03d}] [{self.sys}-akka.actor.default-dispatcher-{thread}] [{src}] {msg}"

    def th(self):
        return self.r.randint(3, 28)

    def bg(self, t, kind):
        r = self.r
        s = self.sys
        if kind == 'warn':
            return self.L(t, 'WARN', self.th(), f"akka://{s}/system/cluster/core/daemon", f"Cluster Node [akka://{s}@10.0.1.5:25520] - Scheduled sending of heartbeat was delayed. Previous heartbeat was sent [{r.randint(1100, 3000)}] ms ago, expected interval is [1000] ms. This may cause failure detection to mark members as unreachable. The reason can be thread starvation, CPU overload, or GC.")
        if kind == 'debug':
            return self.L(t, 'INFO', self.th(), f"akka://{s}/deadLetters", f"Message [com.example.orders.OrderActor$Tick$] from Actor[akka://{s}/user/orders#{r.randint(-2**31, 2**31)}] to Actor[akka://{s}/deadLetters] was not delivered. [{r.randint(1, 10)}] dead letters encountered. If this is not an expected behavior then Actor[akka://{s}/deadLetters] may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'.")
        return self.L(t, 'INFO', self.th(), f"akka://{s}/user/orders/order-{r.randint(1000, 99999)}", r.choice(["Order accepted", f"Persisted event OrderShipped(seqNr={r.randint(1, 400)})", "Snapshot saved", "Passivating idle entity"]))

    def hb(self, t):
        return self.L(t, 'INFO', self.th(), f"akka://{self.sys}/user/metrics", f"mailbox size={self.r.randint(0, 30)} active-entities={self.r.randint(100, 900)}")

    def retry_ok(self, t):
        return [(t, self.L(t, 'WARN', self.th(), f"akka://{self.sys}/user/payments", "Ask timed out, retrying (attempt 1)")), (t + 1, self.L(t + 1, 'INFO', self.th(), f"akka://{self.sys}/user/payments", "Payment confirmed on attempt 2"))]

    ERRS = [("Circuit Breaker Timed out.", "akka.pattern.CircuitBreakerOpenException: Circuit Breaker is open; calls are failing fast"),
            ("Persistence failure when replaying events", "Persistence failure when replaying events for persistenceId [order-{n}]. Last known sequence number [12]"),
            ("Ask timed out on", "Ask timed out on [Actor[akka://{s}/user/inventory#1093423]] after [3000 ms]. Message of type [com.example.inventory.Reserve]. A typical reason for `AskTimeoutException` is that the recipient actor didn't send a reply.")]

    def err(self, t, k):
        e = self.ERRS[k % 3]
        return self.L(t, 'ERROR', self.th(), f"akka://{self.sys}/user/orders", e[1].replace('{n}', str(self.r.randint(1000, 9999))).replace('{s}', self.sys)) if k % 3 else self.L(t, 'ERROR', self.th(), f"akka://{self.sys}/user/orders", "Circuit Breaker Timed out.")

    def err_sig(self, k):
        return self.ERRS[k % 3][0]

    def newerr(self, t):
        return self.L(t, 'ERROR', self.th(), f"akka://{self.sys}/user/orders", "Journal write failed") + "\norg.postgresql.util.PSQLException: ERROR: could not extend file \"base/16384/24576\": wrote only 4096 of 8192 bytes at block 9472\n  Hint: Check free disk space.\n" + '\n'.join(JAVA_FRAMES[:2])

    def newerr_sig(self):
        return "Journal write failed"

    retry_sig = 'has failed, address is now gated for [5000] ms'

    def retry(self, t, i):
        s = self.sys
        return self.L(t, 'WARN', self.th(), f"akka.tcp://{s}@10.0.1.5:2552/system/endpointManager/reliableEndpointWriter-akka.tcp%3A%2F%2F{s}%4010.0.1.6%3A2552-{i}", f"Association with remote system [akka.tcp://{s}@10.0.1.6:2552] has failed, address is now gated for [5000] ms. Reason: [Association failed with [akka.tcp://{s}@10.0.1.6:2552]] Caused by: [java.net.ConnectException: Connection refused: /10.0.1.6:2552]")

    oom_sig = 'java.lang.OutOfMemoryError: Java heap space'

    def oom(self, t):
        th = self.th()
        return [(t, self.L(t, 'ERROR', th, f"akka.actor.ActorSystemImpl({self.sys})", f"Uncaught error from thread [{self.sys}-akka.actor.default-dispatcher-{th}]: Java heap space, shutting down JVM since 'akka.jvm-exit-on-fatal-error' is enabled for ActorSystem[{self.sys}]") + "\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)\n" + '\n'.join(JAVA_FRAMES[1:]))] + self.start(t + 25)

    panic_sig = 'java.lang.NullPointerException'

    def panic(self, t):
        return [(t, self.L(t, 'ERROR', self.th(), f"akka://{self.sys}/user/orders", "null") + "\njava.lang.NullPointerException\n" + '\n'.join(JAVA_FRAMES))] + [(t + 0.01, self.L(t + 0.01, 'INFO', self.th(), f"akka://{self.sys}/user/orders", "Restarting OrderActor after failure"))]

    def start(self, t):
        s = self.sys
        return [(t, self.L(t, 'INFO', 3, f"akka.remote.artery.tcp.ArteryTcpTransport(akka://{s})", f"Remoting started with transport [Artery tcp]; listening on address [akka://{s}@10.0.1.5:25520] with UID [{self.r.randint(-2**62, 2**62)}]")),
                (t + 0.2, self.L(t + 0.2, 'INFO', 5, f"akka.cluster.Cluster(akka://{s})", f"Cluster Node [akka://{s}@10.0.1.5:25520] - Starting up, Akka version [2.6.20] ...")),
                (t + 1.4, self.L(t + 1.4, 'INFO', 6, f"akka.cluster.Cluster(akka://{s})", f"Cluster Node [akka://{s}@10.0.1.5:25520] - Welcome from [akka://{s}@10.0.1.4:25520]"))]

    def stop(self, t):
        s = self.sys
        return [(t, self.L(t, 'INFO', 7, f"akka.cluster.Cluster(akka://{s})", f"Cluster Node [akka://{s}@10.0.1.5:25520] - Marked address [akka://{s}@10.0.1.5:25520] as [Leaving]")),
                (t + 2, self.L(t + 2, 'INFO', 7, f"akka.cluster.Cluster(akka://{s})", f"Cluster Node [akka://{s}@10.0.1.5:25520] - Shutting down myself"))]


class Play(Base):
    """Play Framework 2.6+ default logback pattern: %date [%level] from %logger in %thread - %message%n%xException."""
    name = 'play'
    software = 'Play Framework (logback)'
    res = 0.001
    access = True
    kinds = ('error_burst', 'new_error', 'http_5xx', 'panic', 'silence', 'traffic_flood')
    mix = (('req', 0.6), ('info', 0.35), ('warn', 0.05))

    def L(self, t, lvl, logger, thread, msg):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d},{self.ms(f):03d} [{lvl}] from {logger} in {thread} - {msg}"

    def disp(self):
        return f"application-akka.actor.default-dispatcher-{self.r.randint(2, 30)}"

    def req(self, t, q):
        if q.status >= 500:
            return self.L(t, 'ERROR', 'application', self.disp(), '') + f"\n\n! @{alnum(self.r, 9).lower()} - Internal server error, for ({q.method}) [{q.path}] ->\n \nplay.api.UnexpectedException: Unexpected exception[CompletionException: java.net.ConnectException: Connection refused]\n\tat play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:358)\n\tat play.api.http.DefaultHttpErrorHandler.onServerError(HttpErrorHandler.scala:264)\nCaused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)"
        return self.L(t, 'INFO', 'controllers.OrdersController', self.disp(), f"{q.method} {q.path} -> {q.status}")

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'WARN', 'akka.actor.CoordinatedShutdown', self.disp(), 'Coordinated shutdown phase [service-unbind] timed out after 5000 milliseconds') if r.random() < 0.1 else self.L(t, 'WARN', 'play.filters.CSRF', self.disp(), f"[CSRF] Check failed because no token found in headers for /orders/{r.randint(1, 9999)}")
        return self.L(t, 'INFO', r.choice(['services.InventoryService', 'services.PricingService']), self.disp(), r.choice([f"refreshed {r.randint(10, 900)} SKUs", f"price list v{r.randint(100, 999)} loaded"]))

    def err(self, t, k):
        return self.L(t, 'ERROR', 'services.PricingService', self.disp(), "Pricing feed unavailable: java.util.concurrent.TimeoutException: Request timeout to pricing.internal/10.0.2.8:443 after 10000 ms")

    def err_sig(self, k):
        return "Pricing feed unavailable"

    def newerr(self, t):
        return self.L(t, 'ERROR', 'com.zaxxer.hikari.pool.HikariPool', self.disp(), "db - Connection is not available, request timed out after 30000ms.")

    def newerr_sig(self):
        return "Connection is not available, request timed out after 30000ms."

    panic_sig = 'Oops, cannot start the server.'

    def panic(self, t):
        return [(t, self.L(t, 'ERROR', 'play.core.server.ProdServerStart', 'main', 'Oops, cannot start the server.') + "\ncom.google.inject.CreationException: Unable to create injector, see the following errors:\n\n1) Error injecting constructor, java.lang.IllegalStateException: Cannot connect to database [default]\n  at play.api.db.DBApiProvider.<init>(DBModule.scala:41)\n\n1 error\n\tat com.google.inject.internal.Errors.throwCreationExceptionIfErrorsExist(Errors.java:554)\n\tat com.google.inject.internal.InternalInjectorCreator.initializeStatically(InternalInjectorCreator.java:161)")] + self.start(t + 20)

    def start(self, t):
        return [(t, self.L(t, 'INFO', 'play.api.Play', 'main', 'Application started (Prod) (no global state)')),
                (t + 0.3, self.L(t + 0.3, 'INFO', 'play.core.server.AkkaHttpServer', 'main', 'Listening for HTTP on /0.0.0.0:9000'))]

    def stop(self, t):
        return [(t, self.L(t, 'INFO', 'play.core.server.AkkaHttpServer', 'Thread-5', 'Stopping Akka HTTP server...')),
                (t + 0.5, self.L(t + 0.5, 'INFO', 'play.core.server.AkkaHttpServer', 'Thread-5', 'Terminating server binding for /0.0.0.0:9000'))]


class JulSimple(Base):
    """java.util.logging.SimpleFormatter default: two-line records."""
    name = 'jul'
    software = 'java.util.logging SimpleFormatter'
    res = 1.0
    lpe = 2.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'disk_full', 'oom_kill')
    mix = (('info', 0.85), ('warn', 0.1), ('debug', 0.05))

    def L(self, t, cls, meth, lvl, msg):
        g, f = self.tm(t)
        h = g.tm_hour % 12 or 12
        ap = 'AM' if g.tm_hour < 12 else 'PM'
        return f"{MON[g.tm_mon - 1]} {g.tm_mday:02d}, {g.tm_year} {h}:{g.tm_min:02d}:{g.tm_sec:02d} {ap} {cls} {meth}\n{lvl}: {msg}"

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'org.glassfish.jersey.internal.Errors', 'logErrors', 'WARNING', "The following warnings have been detected: WARNING: A HTTP GET method, public javax.ws.rs.core.Response com.example.api.ReportResource.get(), should not consume any entity.")
        if kind == 'debug':
            return self.L(t, 'com.example.reports.ReportCache', 'evict', 'FINE', f"evicted {r.randint(1, 40)} entries")
        return self.L(t, r.choice(['com.example.reports.ReportService', 'com.example.reports.Scheduler']), r.choice(['generate', 'run']), 'INFO', r.choice([f"Report {r.randint(1000, 99999)} generated in {r.randint(20, 4000)} ms", f"Scheduled export for tenant {r.randint(1, 300)}", "Refreshing materialized views"]))

    def hb(self, t):
        return self.L(t, 'com.example.reports.Health', 'ping', 'INFO', 'alive')

    def err(self, t, k):
        return self.L(t, 'org.glassfish.jersey.server.ServerRuntime$Responder', 'writeResponse', 'SEVERE', "An I/O error has occurred while writing a response message entity to the container output stream.") + "\norg.glassfish.jersey.server.internal.process.MappableException: java.io.IOException: Broken pipe"

    def err_sig(self, k):
        return "An I/O error has occurred while writing a response message entity"

    def newerr(self, t):
        return self.L(t, 'com.example.reports.ReportService', 'generate', 'SEVERE', "Report generation failed") + "\njava.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30005ms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)"

    def newerr_sig(self):
        return "java.sql.SQLTransientConnectionException: HikariPool-1"

    retry_sig = 'Connection attempt failed, retrying in 5 seconds'

    def retry(self, t, i):
        return self.L(t, 'com.example.reports.mq.Consumer', 'connect', 'WARNING', f"Connection attempt failed, retrying in 5 seconds (attempt {i + 1}): java.net.ConnectException: Connection refused (Connection refused)")

    disk_sig = 'No space left on device'

    def disk(self, t):
        return self.L(t, 'com.example.reports.ReportWriter', 'write', 'SEVERE', f"Cannot write /var/reports/out/{self.r.randint(10000, 99999)}.pdf") + "\njava.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)\n\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:349)"

    oom_sig = 'java.lang.OutOfMemoryError: Java heap space'

    def oom(self, t):
        return [(t, self.L(t, 'com.example.reports.ReportService', 'generate', 'SEVERE', "Uncaught exception in thread report-worker-3") + "\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.example.reports.PdfRenderer.render(PdfRenderer.java:211)")] + self.start(t + 30)

    def start(self, t):
        return [(t, self.L(t, 'com.example.reports.Main', 'main', 'INFO', "Starting report server on port 8085")),
                (t + 1.2, self.L(t + 1.2, 'org.glassfish.grizzly.http.server.NetworkListener', 'start', 'INFO', "Started listener bound to [0.0.0.0:8085]")),
                (t + 1.21, self.L(t + 1.21, 'org.glassfish.grizzly.http.server.HttpServer', 'start', 'INFO', "[HttpServer] Started."))]

    def stop(self, t):
        return [(t, self.L(t, 'org.glassfish.grizzly.http.server.NetworkListener', 'shutdownNow', 'INFO', "Stopped listener bound to [0.0.0.0:8085]"))]


def week_year_us(y, m, d):
    """Java's YYYY (week-based year) for Locale.US: weeks start Sunday, week 1 contains Jan 1."""
    if m == 12:
        dt = datetime.date(y, m, d)
        jan1 = datetime.date(y + 1, 1, 1)
        # start of the Sunday-based week containing jan1
        ws = jan1 - datetime.timedelta(days=(jan1.weekday() + 1) % 7)
        if dt >= ws:
            return y + 1
    return y


class Ktor(Base):
    """Ktor with its generated logback.xml (%d{YYYY-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n)."""
    name = 'ktor'
    software = 'Ktor (logback)'
    res = 0.001
    access = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'latency_shift', 'disk_full')
    mix = (('req', 0.85), ('info', 0.1), ('warn', 0.05))

    def setup(self):
        self.has_dur = self.year >= 2023
        if not self.has_dur:
            self.kinds = tuple(k for k in self.kinds if k != 'latency_shift')

    def L(self, t, thread, lvl, logger, msg):
        g, f = self.tm(t)
        yy = week_year_us(g.tm_year, g.tm_mon, g.tm_mday)
        return f"{yy}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.ms(f):03d} [{thread}] {lvl:<5} {logger} - {msg}"

    def el(self):
        return f"eventLoopGroupProxy-4-{self.r.randint(1, 8)}"

    REASON = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'}

    def req(self, t, q):
        s = f"{q.status} {self.REASON.get(q.status, '')}: {q.method} - {q.path}"
        if self.has_dur:
            s += f" in {int(round(q.dur))}ms"
        out = self.L(t, self.el(), 'INFO', 'Application' if self.year < 2023 else 'io.ktor.server.Application', s)
        if q.status >= 500:
            out = self.L(t, self.el(), 'ERROR', 'Application', f"Unhandled: {q.method} - {q.path}") + "\nio.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired [url=http://ranking:8081/v1/top, request_timeout=5000 ms]\n\tat io.ktor.client.plugins.HttpTimeoutKt$HttpTimeout$2$1$1.invokeSuspend(HttpTimeout.kt:200)\n\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)\n" + out
        return out

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'DefaultDispatcher-worker-' + str(r.randint(1, 12)), 'WARN', 'com.zaxxer.hikari.pool.HikariPool', f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={r.randint(61, 90)}s{r.randint(1, 900)}ms).")
        return self.L(t, 'DefaultDispatcher-worker-' + str(r.randint(1, 12)), 'INFO', 'c.e.leaderboard.ScoreService', r.choice([f"Submitted score for player {r.randint(1, 999999)}", f"Season {r.randint(1, 30)} standings recomputed", "Flushed 128 pending events"]))

    def hb(self, t):
        return self.req(t, _Q('GET', '/health', 200, 1.0))

    def err(self, t, k):
        return self.L(t, self.el(), 'ERROR', 'c.e.leaderboard.ScoreService', "Failed to publish score event: org.apache.kafka.common.errors.TimeoutException: Expiring 3 record(s) for scores-0:120001 ms has passed since batch creation")

    def err_sig(self, k):
        return "Failed to publish score event"

    def newerr(self, t):
        return self.L(t, self.el(), 'ERROR', 'c.e.leaderboard.Cache', "Redis command failed: io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 minute(s)")

    def newerr_sig(self):
        return "RedisCommandTimeoutException"

    retry_sig = 'Reconnecting, last destination was'

    def retry(self, t, i):
        return self.L(t, f"lettuce-eventExecutorLoop-1-{i % 4 + 1}", 'INFO', 'i.l.core.protocol.ConnectionWatchdog', "Reconnecting, last destination was redis/10.0.3.4:6379")

    disk_sig = 'No space left on device'

    def disk(self, t):
        return self.L(t, 'DefaultDispatcher-worker-3', 'ERROR', 'c.e.leaderboard.Snapshot', "Snapshot write failed: java.io.IOException: No space left on device")

    oom_sig = 'java.lang.OutOfMemoryError'

    def oom(self, t):
        return [(t, self.L(t, self.el(), 'ERROR', 'io.netty.util.concurrent.AbstractEventExecutor', "A task raised an exception. Task: io.ktor.server.netty.NettyApplicationCallHandler$handleRequest$1@" + hexid(self.r, 7)) + "\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat c.e.leaderboard.ScoreService.topN(ScoreService.kt:77)")] + self.start(t + 20)

    panic_sig = 'Exception in thread "main"'

    def panic(self, t):
        return [(t, self.L(t, 'main', 'INFO', 'c.e.leaderboard.Migrations', 'Applying migration V42__season_rewards') + "\nException in thread \"main\" org.flywaydb.core.internal.exception.FlywaySqlException: Unable to obtain connection from database: Connection refused\n\tat org.flywaydb.core.internal.jdbc.JdbcUtils.openConnection(JdbcUtils.java:63)\n\tat c.e.leaderboard.ApplicationKt.main(Application.kt:14)")] + self.start(t + 15)

    def start(self, t):
        return [(t, self.L(t, 'main', 'INFO', 'Application' if self.year < 2023 else 'io.ktor.server.Application', f"Application started in {self.r.uniform(0.3, 2):.3f} seconds.")),
                (t + 0.1, self.L(t + 0.1, 'DefaultDispatcher-worker-1', 'INFO', 'Application' if self.year < 2023 else 'io.ktor.server.Application', "Responding at http://0.0.0.0:8080"))]

    def stop(self, t):
        return [(t, self.L(t, 'Thread-1', 'INFO', 'Application' if self.year < 2023 else 'io.ktor.server.Application', "Application stopping: io.ktor.server.application.Application@" + hexid(self.r, 7)))]


class _Q:
    def __init__(self, m, p, s, d):
        self.method, self.path, self.status, self.dur = m, p, s, d
