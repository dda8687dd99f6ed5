"""Stack traces in each runtime's own form (JVM 8 / 9+, Scala, Android, Go, .NET, Node, Python,
Elixir, PHP).  Each returns a list of physical lines (without the log header)."""
import random


def singular(n):
    if n.endswith('ies'):
        return n[:-3] + 'y'
    if n.endswith('zzes') or n.endswith('sses'):
        return n[:-2] if n.endswith('sses') else n[:-3]
    if n.endswith('s'):
        return n[:-1]
    return n


def camel(n):
    return ''.join(p.capitalize() for p in singular(n).replace('-', ' ').replace('_', ' ').split())


# --------------------------------------------------------------------------- JVM

WEB9 = [
    'org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011)',
    'org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)',
    'org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)',
    'org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903)',
    'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)',
    'org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
    'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)',
    'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)',
    'org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)',
    'org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:340)',
    'org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)',
    'org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)',
    'org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
    'java.base/java.lang.Thread.run(Thread.java:840)',
]
WLS8 = [
    'javax.servlet.http.HttpServlet.service(HttpServlet.java:687)',
    'javax.servlet.http.HttpServlet.service(HttpServlet.java:790)',
    'weblogic.servlet.internal.StubSecurityHelper$ServletServiceAction.run(StubSecurityHelper.java:286)',
    'weblogic.servlet.internal.StubSecurityHelper$ServletServiceAction.run(StubSecurityHelper.java:260)',
    'weblogic.servlet.internal.StubSecurityHelper.invokeServlet(StubSecurityHelper.java:137)',
    'weblogic.servlet.internal.ServletStubImpl.execute(ServletStubImpl.java:350)',
    'weblogic.servlet.internal.TailFilter.doFilter(TailFilter.java:25)',
    'weblogic.servlet.internal.FilterChainImpl.doFilter(FilterChainImpl.java:78)',
    'weblogic.servlet.internal.WebAppServletContext$ServletInvocationAction.wrapRun(WebAppServletContext.java:3706)',
    'weblogic.servlet.internal.WebAppServletContext$ServletInvocationAction.run(WebAppServletContext.java:3672)',
    'weblogic.security.acl.internal.AuthenticatedSubject.doAs(AuthenticatedSubject.java:328)',
    'weblogic.security.service.SecurityManager.runAsForUserCode(SecurityManager.java:197)',
    'weblogic.servlet.provider.WlsSecurityProvider.runAsForUserCode(WlsSecurityProvider.java:203)',
    'weblogic.servlet.provider.WlsSubjectHandle.run(WlsSubjectHandle.java:71)',
    'weblogic.servlet.internal.WebAppServletContext.doSecuredExecute(WebAppServletContext.java:2443)',
    'weblogic.servlet.internal.WebAppServletContext.securedExecute(WebAppServletContext.java:2291)',
    'weblogic.servlet.internal.WebAppServletContext.execute(WebAppServletContext.java:2269)',
    'weblogic.servlet.internal.ServletRequestImpl.runInternal(ServletRequestImpl.java:1705)',
    'weblogic.servlet.internal.ServletRequestImpl.run(ServletRequestImpl.java:1665)',
    'weblogic.servlet.provider.ContainerSupportProviderImpl$WlsRequestExecutor.run(ContainerSupportProviderImpl.java:272)',
    'weblogic.invocation.ComponentInvocationContextManager._runAs(ComponentInvocationContextManager.java:352)',
    'weblogic.invocation.ComponentInvocationContextManager.runAs(ComponentInvocationContextManager.java:337)',
    'weblogic.work.LivePartitionUtility.doRunWorkUnderContext(LivePartitionUtility.java:57)',
    'weblogic.work.PartitionUtility.runWorkUnderContext(PartitionUtility.java:41)',
    'weblogic.work.SelfTuningWorkManagerImpl.runWorkUnderContext(SelfTuningWorkManagerImpl.java:644)',
    'weblogic.work.ExecuteThread.execute(ExecuteThread.java:415)',
    'weblogic.work.ExecuteThread.run(ExecuteThread.java:355)',
]
WAS8 = [
    'javax.servlet.http.HttpServlet.service(HttpServlet.java:668)',
    'javax.servlet.http.HttpServlet.service(HttpServlet.java:770)',
    'com.ibm.ws.webcontainer.servlet.ServletWrapper.service(ServletWrapper.java:1230)',
    'com.ibm.ws.webcontainer.servlet.ServletWrapper.handleRequest(ServletWrapper.java:779)',
    'com.ibm.ws.webcontainer.servlet.ServletWrapper.handleRequest(ServletWrapper.java:478)',
    'com.ibm.ws.webcontainer.filter.WebAppFilterManager.invokeFilters(WebAppFilterManager.java:1124)',
    'com.ibm.ws.webcontainer.servlet.CacheServletWrapper.handleRequest(CacheServletWrapper.java:81)',
    'com.ibm.ws.webcontainer.WebContainer.handleRequest(WebContainer.java:939)',
    'com.ibm.ws.webcontainer.WSWebContainer.handleRequest(WSWebContainer.java:1662)',
    'com.ibm.ws.webcontainer.channel.WCChannelLink.ready(WCChannelLink.java:200)',
    'com.ibm.ws.http.channel.inbound.impl.HttpInboundLink.handleDiscrimination(HttpInboundLink.java:463)',
    'com.ibm.ws.http.channel.inbound.impl.HttpInboundLink.handleNewRequest(HttpInboundLink.java:530)',
    'com.ibm.ws.http.channel.inbound.impl.HttpInboundLink.processRequest(HttpInboundLink.java:316)',
    'com.ibm.ws.http.channel.inbound.impl.HttpICLReadCallback.complete(HttpICLReadCallback.java:88)',
    'com.ibm.ws.tcp.channel.impl.AioReadCompletionListener.futureCompleted(AioReadCompletionListener.java:175)',
    'com.ibm.io.async.AbstractAsyncFuture.invokeCallback(AbstractAsyncFuture.java:217)',
    'com.ibm.io.async.AsyncChannelFuture.fireCompletionActions(AsyncChannelFuture.java:161)',
    'com.ibm.io.async.AsyncFuture.completed(AsyncFuture.java:138)',
    'com.ibm.io.async.ResultHandler.complete(ResultHandler.java:204)',
    'com.ibm.io.async.ResultHandler.runEventProcessingLoop(ResultHandler.java:775)',
    'com.ibm.io.async.ResultHandler$2.run(ResultHandler.java:905)',
    'com.ibm.ws.util.ThreadPool$Worker.run(ThreadPool.java:1892)',
]
HTTP9 = [
    'java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)',
    'java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)',
    'java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)',
    'java.base/sun.nio.ch.NioSocketImpl$1.read(NioSocketImpl.java:808)',
    'java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)',
    'org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)',
    'org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.readLine(SessionInputBufferImpl.java:280)',
    'org.apache.hc.core5.http.impl.io.DefaultHttpResponseParser.readHead(DefaultHttpResponseParser.java:147)',
    'org.apache.hc.core5.http.impl.io.DefaultHttpResponseParser.readHead(DefaultHttpResponseParser.java:53)',
    'org.apache.hc.core5.http.impl.io.AbstractMessageParser.parse(AbstractMessageParser.java:162)',
    'org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection.receiveResponseHeader(DefaultBHttpClientConnection.java:301)',
    'org.apache.hc.core5.http.impl.io.HttpRequestExecutor.execute(HttpRequestExecutor.java:175)',
    'org.apache.hc.client5.http.impl.classic.InternalExecRuntime.execute(InternalExecRuntime.java:218)',
    'org.apache.hc.client5.http.impl.classic.MainClientExec.execute(MainClientExec.java:116)',
    'org.springframework.http.client.HttpComponentsClientHttpRequest.executeInternal(HttpComponentsClientHttpRequest.java:95)',
    'org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:878)',
    'org.springframework.web.client.RestTemplate.execute(RestTemplate.java:790)',
]
HTTP8 = [
    'java.net.SocketInputStream.socketRead0(Native Method)',
    'java.net.SocketInputStream.socketRead(SocketInputStream.java:116)',
    'java.net.SocketInputStream.read(SocketInputStream.java:171)',
    'java.net.SocketInputStream.read(SocketInputStream.java:141)',
    'java.io.BufferedInputStream.fill(BufferedInputStream.java:246)',
    'java.io.BufferedInputStream.read1(BufferedInputStream.java:286)',
    'java.io.BufferedInputStream.read(BufferedInputStream.java:345)',
    'sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:735)',
    'sun.net.www.http.HttpClient.parseHTTP(HttpClient.java:678)',
    'sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1593)',
    'sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1498)',
    'java.net.HttpURLConnection.getResponseCode(HttpURLConnection.java:480)',
]
HIKARI = [
    'com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
    'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)',
    'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)',
    'com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)',
    'org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:160)',
    'org.springframework.jdbc.datasource.DataSourceUtils.doGetConnection(DataSourceUtils.java:118)',
    'org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:81)',
    'org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:388)',
    'org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:476)',
]
PG = [
    'org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)',
    'org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)',
    'org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:368)',
    'org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:498)',
    'org.postgresql.jdbc.PgStatement.execute(PgStatement.java:415)',
    'org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:190)',
    'org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)',
    'com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)',
    'com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)',
    'org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:275)',
]
ORA8 = [
    'oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:509)',
    'oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:461)',
    'oracle.jdbc.driver.T4C8Oall.processError(T4C8Oall.java:1104)',
    'oracle.jdbc.driver.T4CTTIfun.receive(T4CTTIfun.java:553)',
    'oracle.jdbc.driver.T4CTTIfun.doRPC(T4CTTIfun.java:269)',
    'oracle.jdbc.driver.T4C8Oall.doOALL(T4C8Oall.java:655)',
    'oracle.jdbc.driver.T4CPreparedStatement.doOall8(T4CPreparedStatement.java:270)',
    'oracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:1061)',
    'oracle.jdbc.driver.OracleStatement.doExecuteWithTimeout(OracleStatement.java:1481)',
    'oracle.jdbc.driver.OraclePreparedStatement.executeInternal(OraclePreparedStatement.java:3735)',
    'oracle.jdbc.driver.OraclePreparedStatement.executeUpdate(OraclePreparedStatement.java:3948)',
    'oracle.jdbc.driver.OraclePreparedStatementWrapper.executeUpdate(OraclePreparedStatementWrapper.java:992)',
    'weblogic.jdbc.wrapper.PreparedStatement.executeUpdate(PreparedStatement.java:174)',
]
FILE9 = [
    'java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
    'java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)',
    'java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)',
    'java.base/sun.nio.ch.IOUtil.write(IOUtil.java:97)',
    'java.base/sun.nio.ch.IOUtil.write(IOUtil.java:67)',
    'java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:288)',
    'java.base/java.nio.channels.Channels.writeFullyImpl(Channels.java:74)',
    'java.base/java.nio.channels.Channels.writeFully(Channels.java:96)',
    'java.base/java.nio.channels.Channels$1.write(Channels.java:171)',
    'java.base/java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:81)',
    'java.base/java.io.BufferedOutputStream.flush(BufferedOutputStream.java:142)',
]
FILE8 = [
    'java.io.FileOutputStream.writeBytes(Native Method)',
    'java.io.FileOutputStream.write(FileOutputStream.java:326)',
    'java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:82)',
    'java.io.BufferedOutputStream.flush(BufferedOutputStream.java:140)',
    'sun.nio.cs.StreamEncoder.implFlush(StreamEncoder.java:297)',
    'sun.nio.cs.StreamEncoder.flush(StreamEncoder.java:141)',
    'java.io.OutputStreamWriter.flush(OutputStreamWriter.java:229)',
]
SCHED9 = [
    'org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)',
    'org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)',
    'java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)',
    'java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)',
    'java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)',
    'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)',
    'java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)',
    'java.base/java.lang.Thread.run(Thread.java:840)',
]
KAFKA9 = [
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2786)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeWithRecords(KafkaMessageListenerContainer.java:2632)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.invokeRecordListener(KafkaMessageListenerContainer.java:2521)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.pollAndInvoke(KafkaMessageListenerContainer.java:1592)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.run(KafkaMessageListenerContainer.java:1392)',
    'java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)',
    'java.base/java.lang.Thread.run(Thread.java:840)',
]


def strip9(frames):
    """Java 8 form of JDK frames (no module prefix)."""
    return [f.replace('java.base/', '') for f in frames]


class AppCode:
    """Made-up application classes of one service, stable per file."""

    def __init__(self, r, pkg, nouns, svc, ext='java'):
        self.r = r
        self.pkg = pkg + '.' + svc.replace('-', '')
        self.ext = ext
        self.nouns = nouns
        self.classes = {}
        for n in nouns[:6]:
            c = camel(n)
            self.classes[n] = dict(ctl=c + 'Controller', svc=c + 'Service', repo=c + 'Repository',
                                   cli=c + 'Client', job=c + 'SyncJob', c=c)

    def frame(self, noun, layer, method=None):
        c = self.classes.get(noun) or self.classes[self.nouns[0]]
        cls = c[layer]
        sub = {'ctl': 'web', 'svc': 'service', 'repo': 'persistence', 'cli': 'client', 'job': 'jobs'}[layer]
        m = method or self.r.choice({'ctl': ['get', 'list', 'create', 'update', 'search'],
                                     'svc': ['load', 'process', 'reserve', 'submit', 'apply', 'resolve'],
                                     'repo': ['findById', 'save', 'updateStatus', 'lockForUpdate'],
                                     'cli': ['fetch', 'post', 'call', 'reserve'],
                                     'job': ['run', 'execute', 'syncBatch']}[layer])
        m = m + c['c'] if layer != 'repo' and m in ('get', 'list', 'create', 'update', 'load', 'submit') else m
        line = self.r.randint(40, 480)
        return '%s.%s.%s.%s(%s.%s:%d)' % (self.pkg, sub, cls, m, cls, self.ext, line)


def jstack(head, frames, caused=None, indent='\tat ', more_from=None):
    out = [head] + [indent + f for f in frames]
    if caused:
        chead, cframes, common = caused
        out.append('Caused by: ' + chead)
        out.extend(indent + f for f in cframes)
        if common:
            out.append('\t... %d more' % common)
    return out


# --------------------------------------------------------------------------- Go

def go_panic(r, msg, frames, sig=True, goroutine=None):
    g = goroutine or r.randint(40, 4000)
    out = ['panic: ' + msg]
    if sig:
        out.append('[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]' % (r.choice((0x0, 0x8, 0x10, 0x18, 0x28)), r.randint(0x400000, 0x2ffffff)))
    out.append('')
    out.append('goroutine %d [running]:' % g)
    for fn, loc in frames:
        out.append(fn)
        out.append('\t%s +0x%x' % (loc, r.randint(0x10, 0x4ff)))
    out.append('created by ' + frames[-1][0].split('(')[0].rsplit('.', 1)[0] + '.Start in goroutine 1')
    out.append('\t' + frames[-1][1].rsplit(':', 1)[0] + ':%d +0x%x' % (r.randint(40, 300), r.randint(0x10, 0x2ff)))
    return out


def go_oom(r, frames, goroutines=3):
    out = ['fatal error: runtime: out of memory', '', 'runtime stack:']
    rt = [('runtime.throw({0x%x?, 0x%x?})' % (r.randint(0x6000000, 0x7ffffff), r.randint(0x1000, 0x8000000)), 'runtime/panic.go:1077'),
          ('runtime.sysMapOS(0xc%09x, 0x%x?)' % (r.getrandbits(32), r.choice((0x4000000, 0x8000000))), 'runtime/mem_linux.go:167'),
          ('runtime.sysMap(0x%x?, 0x%x?, 0x%x?)' % (r.getrandbits(40), r.getrandbits(20), r.getrandbits(28)), 'runtime/mem.go:155'),
          ('runtime.(*mheap).grow(0x%x, 0x%x?)' % (r.getrandbits(28), r.getrandbits(12)), 'runtime/mheap.go:1533'),
          ('runtime.(*mheap).allocSpan(0x%x, 0x%x, 0x0, 0x1)' % (r.getrandbits(28), r.getrandbits(12)), 'runtime/mheap.go:1250'),
          ('runtime.(*mheap).alloc.func1()', 'runtime/mheap.go:968'),
          ('runtime.systemstack()', 'runtime/asm_amd64.s:509')]
    for fn, loc in rt:
        out.append(fn)
        out.append('\t%s +0x%x fp=0x7ffd%08x sp=0x7ffd%08x pc=0x%x' % (loc, r.randint(0x10, 0x2ff), r.getrandbits(32), r.getrandbits(32), r.randint(0x400000, 0x4fffff)))
    out.append('')
    out.append('goroutine %d [running]:' % r.randint(60, 3000))
    for fn, loc in frames:
        out.append(fn)
        out.append('\t%s +0x%x' % (loc, r.randint(0x10, 0x4ff)))
    for i in range(goroutines):
        out.append('')
        out.append('goroutine %d [%s]:' % (r.randint(1, 3000), r.choice(['select', 'IO wait', 'chan receive', 'select, 2 minutes', 'sync.Cond.Wait'])))
        out.append('runtime.gopark(0x%x?, 0x0?, 0x0?, 0x0?, 0x0?)' % r.getrandbits(24))
        out.append('\truntime/proc.go:398 +0xce fp=0xc%09x sp=0xc%09x pc=0x%x' % (r.getrandbits(32), r.getrandbits(32), r.randint(0x400000, 0x4fffff)))
    return out


# --------------------------------------------------------------------------- .NET

def dotnet_stack(r, head, frames):
    return [head] + ['   at ' + f for f in frames]


ASPNET_TAIL = [
    'Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)',
    'Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Logged|12_1(ControllerActionInvoker invoker)',
    'Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeNextActionFilterAsync>g__Awaited|10_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)',
    'Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Rethrow(ActionExecutedContextSealed context)',
    'Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Next(State& next, Scope& scope, Object& state, Boolean& isCompleted)',
    'Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g__Awaited|20_0(ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)',
    'Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Logged|17_1(ResourceInvoker invoker)',
    'Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)',
    'Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)',
    'Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)',
    'Serilog.AspNetCore.RequestLoggingMiddleware.Invoke(HttpContext httpContext)',
]
NPGSQL = [
    'Npgsql.Internal.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|234_0(NpgsqlConnector connector, Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)',
    'Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)',
    'Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)',
    'Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)',
    'Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)',
    'Npgsql.NpgsqlCommand.ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)',
    'Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)',
    'Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync(AsyncEnumerator enumerator, CancellationToken cancellationToken)',
    'Microsoft.EntityFrameworkCore.Storage.ExecutionStrategy.<>c__DisplayClass30_0`2.<<ExecuteAsync>b__0>d.MoveNext()',
]
HTTPCLIENT_NET = [
    'System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)',
    'System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)',
    'System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)',
    'System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(QueueItem queueItem)',
    'System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)',
    'System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuth, CancellationToken cancellationToken)',
    'System.Net.Http.DiagnosticsHandler.SendAsyncCore(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)',
    'Microsoft.Extensions.Http.Logging.LoggingHttpMessageHandler.<SendCoreAsync>g__Core|5_0(HttpRequestMessage request, Boolean useAsync, CancellationToken cancellationToken)',
    'System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)',
]
FILE_NET = [
    'System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)',
    'System.IO.Strategies.OSFileStreamStrategy.Write(ReadOnlySpan`1 buffer)',
    'System.IO.Strategies.BufferedFileStreamStrategy.FlushWrite()',
    'System.IO.Strategies.BufferedFileStreamStrategy.Flush(Boolean flushToDisk)',
    'System.IO.StreamWriter.Flush(Boolean flushStream, Boolean flushEncoder)',
    'System.IO.StreamWriter.Dispose(Boolean disposing)',
]


# --------------------------------------------------------------------------- Node / Python / Elixir / PHP

def node_stack(r, head, app, libs):
    out = [head]
    for f in app:
        out.append('    at ' + f)
    for f in libs:
        out.append('    at ' + f)
    return out


NODE_LIBS = [
    'process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    'async Promise.all (index 0)',
]
NODE_PG = [
    'Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:287:98)',
    'Parser.handlePacket (/app/node_modules/pg-protocol/dist/parser.js:126:29)',
    'Parser.parse (/app/node_modules/pg-protocol/dist/parser.js:39:38)',
    'Socket.<anonymous> (/app/node_modules/pg-protocol/dist/index.js:11:42)',
    'Socket.emit (node:events:517:28)',
    'addChunk (node:internal/streams/readable:368:12)',
    'readableAddChunk (node:internal/streams/readable:341:9)',
    'Readable.push (node:internal/streams/readable:278:10)',
    'TCP.onStreamRead (node:internal/stream_base_commons:190:23)',
]
NODE_NET = [
    'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
]
NODE_FS = [
    'async open (node:internal/fs/promises:639:25)',
    'async Object.writeFile (node:internal/fs/promises:1212:14)',
]


def py_tb(frames, last):
    out = ['Traceback (most recent call last):']
    for f, ln, fn, code in frames:
        out.append('  File "%s", line %d, in %s' % (f, ln, fn))
        out.append('    ' + code)
    out.append(last)
    return out


def ex_stack(r, app, frames):
    return ['    (%s) %s' % (app, f) for f in frames]
