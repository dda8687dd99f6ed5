"""Language specific text: exceptions / stack traces, crash output, startup banners.

Every function takes the app service `c` for names (c.pkg, c.Ent, c.db_host ...)
and its rng `r`.  Exceptions are returned as Exc(etype, msg, lines) where
`lines` are the lines exactly as the runtime prints the trace (first line
included), and `short` is a one line error string (Go/Rust style).
"""


class Exc:
    __slots__ = ('etype', 'msg', 'lines', 'short')

    def __init__(self, etype, msg, lines, short=None):
        self.etype = etype
        self.msg = msg
        self.lines = lines
        self.short = short or ('%s: %s' % (etype, msg))


# ================================================================ Java

def _jf(frames, spring, tomcat):
    out = []
    for f in frames:
        f = f.replace('{SP}', spring).replace('{TC}', tomcat)
        out.append('\tat ' + f)
    return out


def java_web_tail(c):
    sp = c.spring_v
    tc = c.tomcat_v
    return _jf([
        'org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011) ~[spring-webmvc-{SP}.jar!/:{SP}]',
        'org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903) ~[spring-webmvc-{SP}.jar!/:{SP}]',
        'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885) ~[spring-webmvc-{SP}.jar!/:{SP}]',
        'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116) ~[spring-web-{SP}.jar!/:{SP}]',
        'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659) ~[tomcat-embed-core-{TC}.jar!/:na]',
        'java.base/java.lang.Thread.run(Thread.java:1583) ~[na:na]',
    ], sp, tc)


def java_app_frames(c, r, op='find'):
    P, E = c.pkg, c.Ent
    return ['\tat %s.repository.%sRepository.%sById(%sRepository.java:%d) ~[!/:%s]' % (P, E, op, E, r.randint(30, 90), c.version),
            '\tat %s.service.%sService.get%s(%sService.java:%d) ~[!/:%s]' % (P, E, E, E, r.randint(40, 200), c.version),
            '\tat %s.web.%sController.get(%sController.java:%d) ~[!/:%s]' % (P, E, E, r.randint(30, 120), c.version)]


def java_exc(c, r, cause):
    P, E = c.pkg, c.Ent
    if cause == 'db_refused':
        m = 'Connection to %s:%d refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.' % (c.db_host, c.db_port)
        lines = ['org.postgresql.util.PSQLException: ' + m,
                 '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342) ~[postgresql-42.6.0.jar!/:42.6.0]',
                 '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54) ~[postgresql-42.6.0.jar!/:42.6.0]',
                 '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263) ~[postgresql-42.6.0.jar!/:42.6.0]',
                 '\tat org.postgresql.Driver.makeConnection(Driver.java:443) ~[postgresql-42.6.0.jar!/:42.6.0]',
                 '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359) ~[HikariCP-5.0.1.jar!/:na]',
                 '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476) ~[HikariCP-5.0.1.jar!/:na]',
                 '\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:730) ~[HikariCP-5.0.1.jar!/:na]',
                 '\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317) ~[na:na]',
                 '\tat java.base/java.lang.Thread.run(Thread.java:1583) ~[na:na]',
                 'Caused by: java.net.ConnectException: Connection refused',
                 '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method) ~[na:na]',
                 '\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682) ~[na:na]',
                 '\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542) ~[na:na]',
                 '\tat java.base/java.net.Socket.connect(Socket.java:751) ~[na:na]',
                 '\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243) ~[postgresql-42.6.0.jar!/:42.6.0]',
                 '\t... 9 common frames omitted']
        return Exc('org.postgresql.util.PSQLException', m, lines)
    if cause == 'pool':
        m = 'HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)' % r.randint(5, 60)
        lines = ['java.sql.SQLTransientConnectionException: ' + m,
                 '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686) ~[HikariCP-5.0.1.jar!/:na]',
                 '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179) ~[HikariCP-5.0.1.jar!/:na]',
                 '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144) ~[HikariCP-5.0.1.jar!/:na]',
                 '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127) ~[HikariCP-5.0.1.jar!/:na]',
                 '\tat org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122) ~[hibernate-core-6.4.1.Final.jar!/:6.4.1.Final]',
                 ] + java_app_frames(c, r) + java_web_tail(c)
        return Exc('java.sql.SQLTransientConnectionException', m, lines)
    if cause in ('peer_timeout', 'peer_503'):
        if cause == 'peer_timeout':
            et = 'org.springframework.web.client.ResourceAccessException'
            m = 'I/O error on GET request for "http://%s/api/v1/%s/%d": Read timed out' % (c.peer_host, c.peer_res, r.randint(1000, 99999))
            cb = ['Caused by: java.net.SocketTimeoutException: Read timed out',
                  '\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278) ~[na:na]',
                  '\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304) ~[na:na]',
                  '\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099) ~[na:na]',
                  '\t... 61 common frames omitted']
        else:
            et = 'org.springframework.web.client.HttpServerErrorException$ServiceUnavailable'
            m = '503 Service Unavailable: "{"error":"upstream unavailable"}"'
            cb = []
        lines = ['%s: %s' % (et, m),
                 '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:905) ~[spring-web-%s.jar!/:%s]' % (c.spring_v, c.spring_v),
                 '\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:801) ~[spring-web-%s.jar!/:%s]' % (c.spring_v, c.spring_v),
                 '\tat org.springframework.web.client.RestTemplate.getForObject(RestTemplate.java:415) ~[spring-web-%s.jar!/:%s]' % (c.spring_v, c.spring_v),
                 '\tat %s.client.%sClient.fetch(%sClient.java:%d) ~[!/:%s]' % (P, c.Peer, c.Peer, r.randint(30, 90), c.version),
                 '\tat %s.service.%sService.enrich(%sService.java:%d) ~[!/:%s]' % (P, E, E, r.randint(60, 220), c.version),
                 '\tat %s.web.%sController.get(%sController.java:%d) ~[!/:%s]' % (P, E, E, r.randint(30, 120), c.version),
                 ] + java_web_tail(c)[:6] + cb
        return Exc(et, m, lines)
    if cause == 'cache_refused':
        m = 'Unable to connect to Redis'
        lines = ['org.springframework.data.redis.RedisConnectionFailureException: ' + m,
                 '\tat org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$ExceptionTranslatingConnectionProvider.translateException(LettuceConnectionFactory.java:1805) ~[spring-data-redis-3.2.2.jar!/:3.2.2]',
                 '\tat org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory.getConnection(LettuceConnectionFactory.java:1046) ~[spring-data-redis-3.2.2.jar!/:3.2.2]',
                 '\tat org.springframework.data.redis.core.RedisTemplate.execute(RedisTemplate.java:393) ~[spring-data-redis-3.2.2.jar!/:3.2.2]',
                 '\tat %s.cache.%sCache.get(%sCache.java:%d) ~[!/:%s]' % (P, E, E, r.randint(20, 80), c.version),
                 '\tat %s.service.%sService.get%s(%sService.java:%d) ~[!/:%s]' % (P, E, E, E, r.randint(40, 200), c.version),
                 'Caused by: io.lettuce.core.RedisConnectionException: Unable to connect to %s/<unresolved>:6379' % c.cache_host,
                 '\tat io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78) ~[lettuce-core-6.3.1.RELEASE.jar!/:6.3.1.RELEASE/12e6995]',
                 '\t... 118 common frames omitted',
                 'Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: %s/%s:6379' % (c.cache_host, c.cache_ip),
                 'Caused by: java.net.ConnectException: Connection refused',
                 '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method) ~[na:na]',
                 '\t... 1 common frames omitted']
        return Exc('org.springframework.data.redis.RedisConnectionFailureException', m, lines)
    if cause == 'broker_down':
        m = 'Topic %s not present in metadata after 60000 ms.' % c.topic
        lines = ['org.springframework.kafka.KafkaException: Send failed',
                 '\tat org.springframework.kafka.core.KafkaTemplate.doSend(KafkaTemplate.java:798) ~[spring-kafka-3.1.1.jar!/:3.1.1]',
                 '\tat org.springframework.kafka.core.KafkaTemplate.send(KafkaTemplate.java:533) ~[spring-kafka-3.1.1.jar!/:3.1.1]',
                 '\tat %s.events.%sEventPublisher.publish(%sEventPublisher.java:%d) ~[!/:%s]' % (P, E, E, r.randint(20, 70), c.version),
                 '\tat %s.service.%sService.save(%sService.java:%d) ~[!/:%s]' % (P, E, E, r.randint(60, 220), c.version),
                 'Caused by: org.apache.kafka.common.errors.TimeoutException: ' + m]
        return Exc('org.springframework.kafka.KafkaException', 'Send failed', lines)
    if cause == 'enospc':
        f = getattr(c, 'enospc_path', None) or '/tmp/%s-export-%d.csv' % (c.ents, r.randint(100000, 999999))
        lines = ['java.io.IOException: No space left on device',
                 '\tat java.base/java.io.FileOutputStream.writeBytes(Native Method) ~[na:na]',
                 '\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:367) ~[na:na]',
                 '\tat java.base/java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:125) ~[na:na]',
                 '\tat java.base/java.io.BufferedOutputStream.implWrite(BufferedOutputStream.java:222) ~[na:na]',
                 '\tat java.base/sun.nio.cs.StreamEncoder.writeBytes(StreamEncoder.java:309) ~[na:na]',
                 '\tat %s.export.CsvExporter.write(CsvExporter.java:%d) ~[!/:%s]' % (P, r.randint(40, 120), c.version),
                 '\tat %s.export.%sExportJob.run(%sExportJob.java:%d) ~[!/:%s]' % (P, E, E, r.randint(30, 90), c.version)]
        return Exc('java.io.IOException', 'No space left on device', lines, short=f)
    # bugs (new_error candidates)
    if cause == 'bug1':
        m = 'Cannot invoke "%s.pricing.Discount.getRate()" because the return value of "%s.domain.%s.getDiscount()" is null' % (P, P, E)
        lines = ['java.lang.NullPointerException: ' + m,
                 '\tat %s.pricing.PriceCalculator.apply(PriceCalculator.java:%d) ~[!/:%s]' % (P, r.randint(40, 140), c.version),
                 '\tat %s.service.%sService.quote(%sService.java:%d) ~[!/:%s]' % (P, E, E, r.randint(60, 220), c.version),
                 '\tat %s.web.%sController.quote(%sController.java:%d) ~[!/:%s]' % (P, E, E, r.randint(30, 120), c.version)] + java_web_tail(c)[:5]
        return Exc('java.lang.NullPointerException', m, lines)
    if cause == 'bug2':
        m = 'Cannot deserialize value of type `java.time.LocalDate` from String "%s": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text \'%s\' could not be parsed at index 2' % ('03/04/2026', '03/04/2026')
        lines = ['com.fasterxml.jackson.databind.exc.InvalidFormatException: ' + m,
                 ' at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: 118] (through reference chain: %s.api.%sRequest["deliveryDate"])' % (P, E),
                 '\tat com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67) ~[jackson-databind-2.15.3.jar!/:2.15.3]',
                 '\tat com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1958) ~[jackson-databind-2.15.3.jar!/:2.15.3]',
                 '\tat %s.client.%sClient.fetch(%sClient.java:%d) ~[!/:%s]' % (P, c.Peer, c.Peer, r.randint(30, 90), c.version)]
        return Exc('com.fasterxml.jackson.databind.exc.InvalidFormatException', m, lines)
    m = 'Index 3 out of bounds for length 3'
    lines = ['java.lang.ArrayIndexOutOfBoundsException: ' + m,
             '\tat %s.domain.ShippingRules.zoneFor(ShippingRules.java:%d) ~[!/:%s]' % (P, r.randint(40, 140), c.version),
             '\tat %s.service.%sService.estimate(%sService.java:%d) ~[!/:%s]' % (P, E, E, r.randint(60, 220), c.version)] + java_web_tail(c)[:4]
    return Exc('java.lang.ArrayIndexOutOfBoundsException', m, lines)


def java_crash(c, r):
    pc = '0x00007f%010x' % r.getrandbits(40)
    return ['#', '# A fatal error has been detected by the Java Runtime Environment:', '#',
            '#  SIGSEGV (0xb) at pc=%s, pid=1, tid=%d' % (pc, r.randint(40, 400)), '#',
            '# JRE version: OpenJDK Runtime Environment Temurin-17.0.9+9 (17.0.9+9) (build 17.0.9+9)',
            '# Java VM: OpenJDK 64-Bit Server VM Temurin-17.0.9+9 (17.0.9+9, mixed mode, sharing, tiered, compressed oops, compressed class ptrs, g1 gc, linux-amd64)',
            '# Problematic frame:',
            '# C  [libnetty_transport_native_epoll_x86_64.so+0x%x]  netty_epoll_native_epollWait+0x%x' % (r.randint(0x1000, 0xffff), r.randint(0x10, 0xff)),
            '#', '# Core dump will be written. Default location: /app/core.1', '#',
            '# An error report file with more information is saved as:', '# /tmp/hs_err_pid1.log', '#',
            '# If you would like to submit a bug report, please visit:',
            '#   https://github.com/adoptium/adoptium-support/issues',
            '# The crash happened outside the Java Virtual Machine in native code.',
            '# See problematic frame for where to report the bug.', '#']


# ================================================================ .NET

def cs_exc(c, r, cause):
    N, E = c.ns, c.Ent
    app = lambda m, f, ln: '   at %s.%s in /src/%s/%s:line %d' % (N, m, N, f, ln)
    if cause == 'db_refused':
        m = 'Failed to connect to %s:%d' % (c.db_ip, c.db_port)
        lines = ['Npgsql.NpgsqlException (0x80004005): ' + m,
                 ' ---> System.Net.Sockets.SocketException (111): Connection refused',
                 '   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)',
                 '   at Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken, Boolean isFirstAttempt)',
                 '   --- End of inner exception stack trace ---',
                 '   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
                 '   at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
                 '   at Npgsql.PoolingDataSource.<Get>g__RentAsync|28_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
                 '   at Npgsql.NpgsqlConnection.<Open>g__OpenAsync|45_0(Boolean async, CancellationToken cancellationToken)',
                 '   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)',
                 '   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()',
                 app('Data.%sRepository.GetAsync(Guid id, CancellationToken ct)' % E, 'Data/%sRepository.cs' % E, r.randint(30, 90)),
                 app('Controllers.%sController.Get(Guid id, CancellationToken ct)' % c.Ents, 'Controllers/%sController.cs' % c.Ents, r.randint(20, 80))]
        return Exc('Npgsql.NpgsqlException', m, lines)
    if cause == 'pool':
        m = 'The connection pool has been exhausted, either raise \'Max Pool Size\' (currently 100) or \'Timeout\' (currently 15 seconds) in your connection string.'
        lines = ['Npgsql.NpgsqlException (0x80004005): ' + m,
                 ' ---> System.TimeoutException: The operation has timed out.',
                 '   --- End of inner exception stack trace ---',
                 '   at Npgsql.PoolingDataSource.<Get>g__RentAsync|28_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
                 '   at Npgsql.NpgsqlConnection.<Open>g__OpenAsync|45_0(Boolean async, CancellationToken cancellationToken)',
                 app('Data.%sRepository.GetAsync(Guid id, CancellationToken ct)' % E, 'Data/%sRepository.cs' % E, r.randint(30, 90))]
        return Exc('Npgsql.NpgsqlException', m, lines)
    if cause in ('peer_timeout', 'peer_503'):
        if cause == 'peer_timeout':
            et = 'System.Threading.Tasks.TaskCanceledException'
            m = 'The request was canceled due to the configured HttpClient.Timeout of 10 seconds elapsing.'
            extra = [' ---> System.TimeoutException: The operation was canceled.',
                     ' ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.',
                     ' ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.',
                     '   --- End of inner exception stack trace ---']
        else:
            et = 'System.Net.Http.HttpRequestException'
            m = 'Response status code does not indicate success: 503 (Service Unavailable).'
            extra = []
        lines = ['%s: %s' % (et, m)] + extra + [
            '   at System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)',
            '   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)',
            app('Clients.%sClient.GetAsync(String id, CancellationToken ct)' % c.Peer, 'Clients/%sClient.cs' % c.Peer, r.randint(20, 80)),
            app('Services.%sService.EnrichAsync(%s entity, CancellationToken ct)' % (E, E), 'Services/%sService.cs' % E, r.randint(40, 160))]
        return Exc(et, m, lines)
    if cause == 'cache_refused':
        m = 'It was not possible to connect to the redis server(s). Error connecting right now. To allow this multiplexer to continue retrying until it\'s able to connect, use abortConnect=false in your connection string or AbortOnConnectFail=false; in your code.'
        lines = ['StackExchange.Redis.RedisConnectionException: ' + m,
                 '   at StackExchange.Redis.ConnectionMultiplexer.ConnectImplAsync(ConfigurationOptions configuration, TextWriter writer, Nullable`1 serverType) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 593',
                 app('Caching.RedisCache.GetAsync(String key)', 'Caching/RedisCache.cs', r.randint(20, 60))]
        return Exc('StackExchange.Redis.RedisConnectionException', m, lines)
    if cause == 'broker_down':
        m = 'Local: Message timed out'
        lines = ['Confluent.Kafka.ProduceException`2[System.String,System.String]: ' + m,
                 '   at Confluent.Kafka.Producer`2.ProduceAsync(TopicPartition topicPartition, Message`2 message, CancellationToken cancellationToken)',
                 app('Messaging.EventPublisher.PublishAsync(IntegrationEvent evt, CancellationToken ct)', 'Messaging/EventPublisher.cs', r.randint(20, 70))]
        return Exc('Confluent.Kafka.ProduceException`2[System.String,System.String]', m, lines)
    if cause == 'enospc':
        p = getattr(c, 'enospc_path', None) or '/app/data/exports/%s-%d.tmp' % (c.ents, r.randint(100000, 999999))
        m = 'No space left on device : \'%s\'' % p
        lines = ['System.IO.IOException: ' + m,
                 '   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)',
                 '   at System.IO.Strategies.OSFileStreamStrategy.Write(ReadOnlySpan`1 buffer)',
                 '   at System.IO.Strategies.BufferedFileStreamStrategy.FlushWrite()',
                 app('Exports.ExportWriter.WriteAsync(Stream source, CancellationToken ct)', 'Exports/ExportWriter.cs', r.randint(30, 90))]
        return Exc('System.IO.IOException', m, lines)
    if cause == 'bug1':
        m = 'Object reference not set to an instance of an object.'
        lines = ['System.NullReferenceException: ' + m,
                 app('Pricing.DiscountCalculator.Apply(%s %s, Customer customer)' % (E, c.ent), 'Pricing/DiscountCalculator.cs', r.randint(30, 120)),
                 app('Services.%sService.QuoteAsync(Guid id, CancellationToken ct)' % E, 'Services/%sService.cs' % E, r.randint(40, 160)),
                 '   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)']
        return Exc('System.NullReferenceException', m, lines)
    if cause == 'bug2':
        m = 'The input string \'N/A\' was not in a correct format.'
        lines = ['System.FormatException: ' + m,
                 '   at System.Number.ThrowFormatException[TChar](ReadOnlySpan`1 value)',
                 '   at System.Decimal.Parse(String s, IFormatProvider provider)',
                 app('Clients.%sClient.MapRate(RateDto dto)' % c.Peer, 'Clients/%sClient.cs' % c.Peer, r.randint(30, 120))]
        return Exc('System.FormatException', m, lines)
    m = 'Sequence contains no matching element'
    lines = ['System.InvalidOperationException: ' + m,
             '   at System.Linq.ThrowHelper.ThrowNoMatchException()',
             '   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source, Func`2 predicate)',
             app('Domain.TaxRules.ForRegion(String region)', 'Domain/TaxRules.cs', r.randint(20, 80))]
    return Exc('System.InvalidOperationException', m, lines)


# ================================================================ Python

def py_exc(c, r, cause):
    M = c.mod
    site = '/usr/local/lib/python3.11/site-packages'
    head = ['Traceback (most recent call last):']
    if cause == 'db_refused':
        m = '(psycopg2.OperationalError) connection to server at "%s", port %d failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)' % (c.db_host, c.db_port)
        lines = head + ['  File "%s/sqlalchemy/engine/base.py", line 145, in __init__' % site,
                        '    self._dbapi_connection = engine.raw_connection()',
                        '                             ^^^^^^^^^^^^^^^^^^^^^^^',
                        '  File "%s/sqlalchemy/pool/base.py", line 1268, in __connect' % site,
                        '    self.dbapi_connection = connection = pool._invoke_creator(self)',
                        '  File "%s/psycopg2/__init__.py", line 122, in connect' % site,
                        '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
                        '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
                        'psycopg2.OperationalError: connection to server at "%s", port %d failed: Connection refused' % (c.db_host, c.db_port),
                        '\tIs the server running on that host and accepting TCP/IP connections?',
                        '',
                        '',
                        'The above exception was the direct cause of the following exception:',
                        '',
                        'Traceback (most recent call last):',
                        '  File "/app/%s/views.py", line %d, in get_%s' % (M, r.randint(30, 200), c.ent),
                        '    obj = repo.get(%s_id)' % c.ent,
                        '  File "/app/%s/repository.py", line %d, in get' % (M, r.randint(20, 90)),
                        '    return self.session.execute(stmt).scalar_one_or_none()',
                        '  File "%s/sqlalchemy/engine/base.py", line 2157, in _handle_dbapi_exception_noconnection' % site,
                        '    raise sqlalchemy_exception.with_traceback(exc_info[2]) from e',
                        'sqlalchemy.exc.OperationalError: ' + m.split('\n')[0],
                        '\tIs the server running on that host and accepting TCP/IP connections?',
                        '',
                        '(Background on this error at: https://sqlalche.me/e/20/e3q8)']
        return Exc('sqlalchemy.exc.OperationalError', m.split('\n')[0], lines)
    if cause == 'pool':
        m = 'QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)'
        lines = head + ['  File "/app/%s/views.py", line %d, in list_%s' % (M, r.randint(30, 200), c.ents),
                        '    rows = repo.list(filters)',
                        '  File "%s/sqlalchemy/pool/impl.py", line 157, in _do_get' % site,
                        '    raise exc.TimeoutError(',
                        'sqlalchemy.exc.TimeoutError: ' + m]
        return Exc('sqlalchemy.exc.TimeoutError', m, lines)
    if cause in ('peer_timeout', 'peer_503'):
        url = 'http://%s/api/v1/%s/%d' % (c.peer_host, c.peer_res, r.randint(1000, 99999))
        if cause == 'peer_timeout':
            et, m = 'httpx.ReadTimeout', 'timed out'
        else:
            et, m = 'httpx.HTTPStatusError', "Server error '503 Service Unavailable' for url '%s'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503" % url
        lines = head + ['  File "/app/%s/clients/%s.py", line %d, in fetch' % (M, c.peer_mod, r.randint(20, 80)),
                        '    resp.raise_for_status()' if cause == 'peer_503' else '    resp = await self._client.get(url, timeout=5.0)',
                        '  File "%s/httpx/_models.py", line 761, in raise_for_status' % site if cause == 'peer_503' else '  File "%s/httpx/_transports/default.py", line 84, in map_httpcore_exceptions' % site,
                        '    raise HTTPStatusError(message, request=request, response=self)' if cause == 'peer_503' else '    raise mapped_exc(message) from exc',
                        ] + ('%s: %s' % (et, m)).split('\n')
        return Exc(et, m.split('\n')[0], lines)
    if cause == 'cache_refused':
        m = 'Error 111 connecting to %s:6379. Connection refused.' % c.cache_host
        lines = head + ['  File "/app/%s/cache.py", line %d, in get' % (M, r.randint(20, 60)),
                        '    raw = self._redis.get(key)',
                        '  File "%s/redis/connection.py", line 707, in connect' % site,
                        '    raise ConnectionError(self._error_message(e))',
                        'redis.exceptions.ConnectionError: ' + m]
        return Exc('redis.exceptions.ConnectionError', m, lines)
    if cause == 'broker_down':
        m = 'KafkaTimeoutError: Failed to update metadata after 60.0 secs.'
        lines = head + ['  File "/app/%s/events.py", line %d, in publish' % (M, r.randint(20, 60)),
                        '    self._producer.send(topic, value=payload).get(timeout=10)',
                        'kafka.errors.KafkaTimeoutError: ' + m]
        return Exc('kafka.errors.KafkaTimeoutError', m, lines)
    if cause == 'enospc':
        p = getattr(c, 'enospc_path', None) or '/tmp/uploads/%s' % c.r_hex(12)
        m = "[Errno 28] No space left on device: '%s'" % p
        lines = head + ['  File "/app/%s/exports.py", line %d, in write_export' % (M, r.randint(20, 90)),
                        '    with open(path, "wb") as fh:',
                        '         ^^^^^^^^^^^^^^^^',
                        'OSError: ' + m]
        return Exc('OSError', m, lines)
    if cause == 'bug1':
        m = "'currency'"
        lines = head + ['  File "/app/%s/serializers.py", line %d, in to_dict' % (M, r.randint(20, 120)),
                        '    "currency": price["currency"],',
                        '                ~~~~~^^^^^^^^^^^^',
                        'KeyError: ' + m]
        return Exc('KeyError', m, lines)
    if cause == 'bug2':
        m = "unsupported operand type(s) for *: 'NoneType' and 'float'"
        lines = head + ['  File "/app/%s/pricing.py", line %d, in apply_discount' % (M, r.randint(20, 120)),
                        '    total = item.unit_price * (1 - discount.rate)',
                        '            ~~~~~~~~~~~~~~~~^~~~~~~~~~~~~~~~~~~~~',
                        'TypeError: ' + m]
        return Exc('TypeError', m, lines)
    m = "time data '2026/03/04' does not match format '%Y-%m-%d'"
    lines = head + ['  File "/app/%s/parsers.py", line %d, in parse_delivery' % (M, r.randint(20, 120)),
                    '    return datetime.strptime(raw, "%Y-%m-%d").date()',
                    'ValueError: ' + m]
    return Exc('ValueError', m, lines)


# ================================================================ Node

def js_exc(c, r, cause):
    D = '/app/dist'
    if cause == 'db_refused':
        m = 'connect ECONNREFUSED %s:%d' % (c.db_ip, c.db_port)
        lines = ['Error: ' + m, '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)']
        return Exc('Error', m, lines, short=m)
    if cause == 'pool':
        m = 'timeout exceeded when trying to connect'
        lines = ['Error: ' + m, '    at /app/node_modules/pg-pool/index.js:45:11',
                 '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
                 '    at async %sRepository.findById (%s/repositories/%s.repository.js:%d:20)' % (c.Ent, D, c.ent, r.randint(10, 80))]
        return Exc('Error', m, lines)
    if cause == 'peer_timeout':
        m = 'timeout of 5000ms exceeded'
        lines = ['AxiosError: ' + m,
                 '    at RedirectableRequest.handleRequestTimeout (/app/node_modules/axios/dist/node/axios.cjs:3094:16)',
                 '    at RedirectableRequest.emit (node:events:517:28)',
                 '    at Timeout.<anonymous> (/app/node_modules/follow-redirects/index.js:169:12)',
                 '    at listOnTimeout (node:internal/timers:569:17)',
                 '    at process.processTimers (node:internal/timers:512:7)',
                 '    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:3877:41)',
                 '    at async %sClient.get (%s/clients/%s.client.js:%d:22)' % (c.Peer, D, c.peer_mod, r.randint(10, 80))]
        return Exc('AxiosError', m, lines)
    if cause == 'peer_503':
        m = 'Request failed with status code 503'
        lines = ['AxiosError: ' + m,
                 '    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)',
                 '    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)',
                 '    at IncomingMessage.emit (node:events:529:35)',
                 '    at endReadableNT (node:internal/streams/readable:1400:12)',
                 '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)',
                 '    at async %sClient.get (%s/clients/%s.client.js:%d:22)' % (c.Peer, D, c.peer_mod, r.randint(10, 80))]
        return Exc('AxiosError', m, lines)
    if cause == 'cache_refused':
        m = 'connect ECONNREFUSED %s:6379' % c.cache_ip
        lines = ['Error: ' + m, '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)']
        return Exc('Error', m, lines)
    if cause == 'broker_down':
        m = 'Connection error: connect ECONNREFUSED %s:9092' % c.broker_ip
        lines = ['KafkaJSConnectionError: ' + m,
                 '    at Socket.onError (/app/node_modules/kafkajs/src/network/connection.js:210:23)',
                 '    at Socket.emit (node:events:517:28)',
                 '    at emitErrorNT (node:internal/streams/destroy:151:8)']
        return Exc('KafkaJSConnectionError', m, lines)
    if cause == 'enospc':
        p = getattr(c, 'enospc_path', None) or '/tmp/uploads/%s' % c.r_hex(32)
        m = "ENOSPC: no space left on device, write"
        lines = ['Error: ' + m]
        return Exc('Error', m, lines, short="ENOSPC: no space left on device, open '%s'" % p)
    if cause == 'bug1':
        m = "Cannot read properties of undefined (reading 'currency')"
        lines = ['TypeError: ' + m,
                 '    at formatPrice (%s/lib/price-formatter.js:%d:37)' % (D, r.randint(10, 80)),
                 '    at %sSerializer.toJSON (%s/serializers/%s.serializer.js:%d:29)' % (c.Ent, D, c.ent, r.randint(10, 90)),
                 '    at Array.map (<anonymous>)',
                 '    at %sController.list (%s/controllers/%s.controller.js:%d:32)' % (c.Ents, D, c.ents, r.randint(10, 90)),
                 '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)']
        return Exc('TypeError', m, lines)
    if cause == 'bug2':
        m = 'Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON'
        lines = ['SyntaxError: ' + m,
                 '    at JSON.parse (<anonymous>)',
                 '    at parseJSONFromBytes (node:internal/deps/undici/undici:5584:19)',
                 '    at successSteps (node:internal/deps/undici/undici:5555:27)',
                 '    at async %sClient.getRates (%s/clients/%s.client.js:%d:18)' % (c.Peer, D, c.peer_mod, r.randint(10, 80))]
        return Exc('SyntaxError', m, lines)
    m = 'Invalid time value'
    lines = ['RangeError: ' + m,
             '    at Date.toISOString (<anonymous>)',
             '    at buildSchedule (%s/services/schedule.service.js:%d:41)' % (D, r.randint(10, 90))]
    return Exc('RangeError', m, lines)


def js_crash(c, r, e):
    f = '/app/dist/lib/price-formatter.js'
    ln = r.randint(10, 80)
    lines = ['TypeError: Cannot read properties of undefined (reading \'toUpperCase\')',
             '    at formatPrice (%s:%d:32)' % (f, ln),
             '    at %sSerializer.toJSON (/app/dist/serializers/%s.serializer.js:%d:29)' % (c.Ent, c.ent, r.randint(10, 90)),
             '    at Array.map (<anonymous>)',
             '    at %sConsumer.handleBatch (/app/dist/consumers/%s.consumer.js:%d:21)' % (c.Ent, c.ent, r.randint(10, 90)),
             '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)']
    return ['%s:%d' % (f, ln), '    const code = price.currency.toUpperCase();', '                               ^', ''] + lines + ['', 'Node.js v%s' % c.node_v]


# ================================================================ Ruby

def rb_exc(c, r, cause):
    """returns Exc whose lines are the Rails backtrace lines (without tags)"""
    gems = '/usr/local/bundle/gems'
    if cause == 'db_refused':
        et = 'ActiveRecord::ConnectionNotEstablished'
        m = 'connection to server at "%s", port %d failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n' % (c.db_ip, c.db_port)
        bt = ['activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:65:in `rescue in new_client\'',
              'activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:56:in `new_client\'',
              'app/models/%s.rb:%d:in `recent\'' % (c.ent, r.randint(10, 80)),
              'app/controllers/%s_controller.rb:%d:in `index\'' % (c.ents, r.randint(5, 60))]
    elif cause == 'pool':
        et = 'ActiveRecord::ConnectionTimeoutError'
        m = 'could not obtain a connection from the pool within 5.000 seconds (waited 5.004 seconds); all pooled connections were in use'
        bt = ['activerecord (7.1.3) lib/active_record/connection_adapters/abstract/connection_pool/queue.rb:128:in `block in wait_poll\'',
              'app/controllers/%s_controller.rb:%d:in `show\'' % (c.ents, r.randint(5, 60))]
    elif cause in ('peer_timeout', 'peer_503'):
        et = 'Faraday::TimeoutError' if cause == 'peer_timeout' else 'Faraday::ServerError'
        m = 'Net::ReadTimeout with #<TCPSocket:(closed)>' if cause == 'peer_timeout' else 'the server responded with status 503'
        bt = ['faraday (2.9.0) lib/faraday/adapter/net_http.rb:67:in `rescue in call\'',
              'app/services/%s_client.rb:%d:in `fetch\'' % (c.peer_mod, r.randint(10, 60)),
              'app/controllers/%s_controller.rb:%d:in `show\'' % (c.ents, r.randint(5, 60))]
    elif cause == 'cache_refused':
        et = 'Redis::CannotConnectError'
        m = 'Error connecting to Redis on %s:6379 (Errno::ECONNREFUSED)' % c.cache_host
        bt = ['redis-client (0.19.1) lib/redis_client/ruby_connection.rb:131:in `rescue in connect\'',
              'app/models/concerns/cacheable.rb:%d:in `cached\'' % r.randint(5, 40)]
    elif cause == 'broker_down':
        et = 'Kafka::DeliveryFailed'
        m = 'Failed to send messages to %s/1' % c.topic
        bt = ['ruby-kafka (1.5.0) lib/kafka/producer.rb:423:in `deliver_messages_with_retries\'',
              'app/services/event_publisher.rb:%d:in `publish\'' % r.randint(5, 40)]
    elif cause == 'enospc':
        et = 'Errno::ENOSPC'
        m = 'No space left on device @ io_write - %s' % (getattr(c, 'enospc_path', None) or '/app/tmp/exports/%s.csv' % c.r_hex(10))
        bt = ['app/services/export_writer.rb:%d:in `write\'' % r.randint(5, 60),
              'app/jobs/export_job.rb:%d:in `perform\'' % r.randint(5, 40)]
    elif cause == 'bug1':
        et = 'NoMethodError'
        m = "undefined method `currency' for nil"
        bt = ['app/presenters/price_presenter.rb:%d:in `formatted\'' % r.randint(5, 60),
              'app/views/%s/_%s.json.jbuilder:%d' % (c.ents, c.ent, r.randint(2, 20)),
              'app/controllers/%s_controller.rb:%d:in `index\'' % (c.ents, r.randint(5, 60))]
    elif cause == 'bug2':
        et = 'ActiveRecord::StatementInvalid'
        m = 'PG::UndefinedColumn: ERROR:  column %s.archived_at does not exist\nLINE 1: ...ELECT "%s".* FROM "%s" WHERE "%s"."archived_at" IS NULL' % (c.ents, c.ents, c.ents, c.ents)
        bt = ['activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:894:in `exec_params\'',
              'app/controllers/%s_controller.rb:%d:in `index\'' % (c.ents, r.randint(5, 60))]
    else:
        et = 'ArgumentError'
        m = 'invalid date'
        bt = ['app/services/delivery_estimator.rb:%d:in `parse\'' % r.randint(5, 60),
              'app/controllers/%s_controller.rb:%d:in `create\'' % (c.ents, r.randint(5, 60))]
    bt = bt + ['actionpack (7.1.3) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action\'',
               'actionpack (7.1.3) lib/abstract_controller/base.rb:224:in `process_action\'',
               'actionpack (7.1.3) lib/action_controller/metal/rendering.rb:165:in `process_action\'']
    return Exc(et, m, bt)


# ================================================================ Go

def go_stack(c, r, fn='handlers', depth=5):
    M = c.gomod
    frames = [('%s/internal/%s.(*%sHandler).%s' % (M, fn, c.Ent, r.choice(['Get', 'List', 'Create', 'Update'])), '/app/internal/%s/%s.go:%d' % (fn, c.ent, r.randint(30, 260))),
              ('net/http.HandlerFunc.ServeHTTP', '/usr/local/go/src/net/http/server.go:2136'),
              ('github.com/go-chi/chi/v5.(*Mux).routeHTTP', '/go/pkg/mod/github.com/go-chi/chi/v5@v5.0.11/mux.go:444'),
              ('net/http.serverHandler.ServeHTTP', '/usr/local/go/src/net/http/server.go:2938'),
              ('net/http.(*conn).serve', '/usr/local/go/src/net/http/server.go:2009')]
    return '\n'.join('%s\n\t%s' % f for f in frames[:depth])


def go_err(c, r, cause):
    if cause == 'db_refused':
        s = 'failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s:%d: connect: connection refused)' % (c.db_host, c.svc_snake, c.svc_snake, c.db_ip, c.db_port)
    elif cause == 'pool':
        s = 'context deadline exceeded: timeout acquiring connection from pool'
    elif cause == 'peer_timeout':
        s = 'Get "http://%s/api/v1/%s/%d": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % (c.peer_host, c.peer_res, r.randint(1000, 99999))
    elif cause == 'peer_503':
        s = '%s returned 503 Service Unavailable' % c.peer
    elif cause == 'cache_refused':
        s = 'dial tcp %s:6379: connect: connection refused' % c.cache_ip
    elif cause == 'broker_down':
        s = 'kafka: client has run out of available brokers to talk to: dial tcp %s:9092: connect: connection refused' % c.broker_ip
    elif cause == 'enospc':
        s = 'write %s: no space left on device' % (getattr(c, 'enospc_path', None) or '/var/lib/%s/spool/%s.tmp' % (c.svc_snake, c.r_hex(16)))
    elif cause == 'bug1':
        s = 'json: cannot unmarshal string into Go struct field Price.amount of type float64'
    elif cause == 'bug2':
        s = 'sql: Scan error on column index 4, name "discount_rate": converting NULL to float64 is unsupported'
    else:
        s = 'proto: cannot parse invalid wire-format data'
    return Exc('error', s, [s], short=s)


def go_panic(c, r):
    M = c.gomod
    kind = r.random()
    gid = r.randint(100, 90000)
    if kind < 0.45:
        head = ['panic: runtime error: invalid memory address or nil pointer dereference',
                '[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]' % (r.choice([0x0, 0x8, 0x18, 0x28, 0x30]), r.randint(0x400000, 0xafffff)),
                '', 'goroutine %d [running]:' % gid]
    elif kind < 0.75:
        head = ['panic: runtime error: index out of range [%d] with length %d' % ((lambda n: (n, n))(r.randint(1, 5))),
                '', 'goroutine %d [running]:' % gid]
    else:
        head = ['fatal error: concurrent map writes', '', 'goroutine %d [running]:' % gid]
    frames = ['%s/internal/%s.(*%sCache).Put(0xc000%06x, {0xc00%07x, 0x24}, 0xc000%06x)' % (M, 'cache', c.Ent, r.getrandbits(24), r.getrandbits(28), r.getrandbits(24)),
              '\t/app/internal/cache/%s_cache.go:%d +0x%x' % (c.ent, r.randint(30, 200), r.randint(0x20, 0x3ff)),
              '%s/internal/worker.(*Consumer).handle(0xc000%06x, {0xb7e6a0, 0xc000%06x}, 0xc000%06x)' % (M, r.getrandbits(24), r.getrandbits(24), r.getrandbits(24)),
              '\t/app/internal/worker/consumer.go:%d +0x%x' % (r.randint(40, 300), r.randint(0x20, 0x3ff)),
              '%s/internal/worker.(*Consumer).Run.func1()' % M,
              '\t/app/internal/worker/consumer.go:%d +0x%x' % (r.randint(40, 300), r.randint(0x20, 0x3ff)),
              'created by %s/internal/worker.(*Consumer).Run in goroutine 1' % M,
              '\t/app/internal/worker/consumer.go:%d +0x%x' % (r.randint(40, 300), r.randint(0x20, 0x3ff))]
    out = head + frames
    if kind >= 0.75:
        out += ['', 'goroutine 1 [chan receive]:', 'main.main()', '\t/app/cmd/%s/main.go:%d +0x%x' % (c.svc_snake, r.randint(40, 120), r.randint(0x100, 0x7ff))]
    return out


# ================================================================ Rust

def rs_err(c, r, cause):
    if cause == 'db_refused':
        s = 'error communicating with database: Connection refused (os error 111)'
    elif cause == 'pool':
        s = 'pool timed out while waiting for an open connection'
    elif cause == 'peer_timeout':
        s = 'error sending request for url (http://%s/api/v1/%s/%d): operation timed out' % (c.peer_host, c.peer_res, r.randint(1000, 99999))
    elif cause == 'peer_503':
        s = 'HTTP status server error (503 Service Unavailable) for url (http://%s/api/v1/%s)' % (c.peer_host, c.peer_res)
    elif cause == 'cache_refused':
        s = 'Connection refused (os error 111)'
    elif cause == 'broker_down':
        s = 'Message production error: MessageTimedOut (Local: Message timed out)'
    elif cause == 'enospc':
        s = 'No space left on device (os error 28)'
    elif cause == 'bug1':
        s = 'failed to deserialize response body: missing field `currency` at line 1 column %d' % r.randint(80, 400)
    elif cause == 'bug2':
        s = 'invalid value: integer `-1`, expected u32 at line 1 column %d' % r.randint(20, 300)
    else:
        s = 'Invalid UTF-8 sequence in header value'
    return Exc('error', s, [s], short=s)


def rs_panic(c, r):
    th = r.choice(['main', 'tokio-runtime-worker', 'main'])
    f = r.choice(['src/handlers/%s.rs' % c.ents, 'src/store.rs', 'src/pricing.rs', 'src/worker.rs'])
    msg = r.choice(['called `Option::unwrap()` on a `None` value',
                    'called `Result::unwrap()` on an `Err` value: Io(Custom { kind: ConnectionReset, error: "connection closed before message completed" })',
                    'index out of bounds: the len is 0 but the index is 0',
                    'attempt to subtract with overflow'])
    out = ["thread '%s' panicked at %s:%d:%d:" % (th, f, r.randint(20, 400), r.randint(5, 60)), msg]
    if r.random() < 0.5:
        out += ['stack backtrace:',
                '   0: rust_begin_unwind', '             at /rustc/82e1608dfa6e0b5569232559e3d385fea5a93112/library/std/src/panicking.rs:645:5',
                '   1: core::panicking::panic_fmt', '             at /rustc/82e1608dfa6e0b5569232559e3d385fea5a93112/library/core/src/panicking.rs:72:14',
                '   2: core::panicking::panic', '             at /rustc/82e1608dfa6e0b5569232559e3d385fea5a93112/library/core/src/panicking.rs:144:5',
                '   3: %s::pricing::apply_discount' % c.svc_snake,
                '   4: %s::handlers::%s::create::{{closure}}' % (c.svc_snake, c.ents),
                '   5: tokio::runtime::task::core::Core<T,S>::poll',
                'note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.']
    else:
        out += ['note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace']
    return out
