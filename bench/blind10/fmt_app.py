"""Java application tier formats: WildFly, Payara (server.log + access log), ActiveMQ, Solr, Trino."""
from core import *

JFR = ['com.example.orders.service.OrderService.place(OrderService.java:{n})',
       'com.example.orders.rest.OrderResource.create(OrderResource.java:{n})',
       'java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
       'java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)',
       'java.base/java.lang.reflect.Method.invoke(Method.java:568)']


def jtrace(r, exc, frames, tab='\t', more=True):
    out = [exc]
    for f in frames:
        out.append(f'{tab}at {f.format(n=r.randint(40, 400))}')
    if more:
        out.append(f'{tab}... {r.randint(40, 90)} more')
    return out


class WildFly(Fmt):
    key = 'wildfly'
    soft = 'WildFly'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'oom_kill', 'disk_full', 'panic', 'traffic_flood', 'silence')
    vol = 1.0

    def init(self, r):
        v = {2018: ('14.0.1.Final', '6.0.2.Final'), 2019: ('18.0.1.Final', '10.0.3.Final'), 2020: ('21.0.2.Final', '13.0.3.Final'),
             2021: ('25.0.1.Final', '17.0.3.Final'), 2022: ('26.1.2.Final', '18.1.2.Final'), 2023: ('30.0.1.Final', '22.0.2.Final'),
             2024: ('33.0.2.Final', '25.0.2.Final')}
        self.ver, self.core = v.get(self.year, ('37.0.1.Final', '29.0.1.Final'))
        self.ee = 'jakarta' if self.year >= 2022 else 'javax'
        self.errs = [self.e_npe, self.e_tx]
        self.news = [self.n_cce]

    def fname(self):
        return 'server.log'

    def line(self, t, lvl, cat, th, msg):
        g = self.L(t)
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d},{(t//1000)%1000:03d} {lvl:<5} [{cat}] ({th}) {msg}'

    def task(self, r):
        return f'default task-{r.randint(1,64)}'

    def info(self, r, t, st):
        x = r.random()
        if x < 0.45:
            return self.line(t, 'INFO', 'com.example.orders.rest.OrderResource', self.task(r), f'POST /orders/api/v1/orders customer={r.randint(1000,99999)} items={r.randint(1,12)} -> order {r.randint(10**6,9*10**6)} created')
        if x < 0.75:
            return self.line(t, 'INFO', 'com.example.orders.service.InventoryClient', self.task(r), f'reserved {r.randint(1,5)} x SKU-{r.randint(10000,99999)} in warehouse {r.choice(("FRA1","AMS2","DUB1"))}')
        if x < 0.9:
            return self.line(t, 'DEBUG', 'org.hibernate.SQL', self.task(r), f'select o1_0.id,o1_0.customer_id,o1_0.status from orders o1_0 where o1_0.id=?')
        return self.line(t, 'INFO', 'org.jboss.as.ejb3.deployment', f'ServerService Thread Pool -- {r.randint(60,90)}', f'WFLYEJB0473: JNDI bindings for session bean named \'OrderService\' in deployment unit \'deployment "orders.war"\' are as follows:') if r.random() < 0.01 else self.line(t, 'INFO', 'com.example.orders.jobs.Reconciler', 'EJB default - %d' % r.randint(1, 8), f'reconciled {r.randint(0,40)} payments')

    def warn(self, r, t, st):
        if r.random() < 0.5:
            return self.line(t, 'WARN', 'com.arjuna.ats.arjuna', 'Transaction Reaper', f'ARJUNA012117: TransactionReaper::check timeout for TX 0:ffff0a00{hx(r,4)}:{hx(r,8)}:{hx(r,8)}:{hx(r,2)} in state  RUN')
        return self.line(t, 'WARN', 'org.jboss.jca.core.connectionmanager.listener.TxConnectionListener', self.task(r), f'IJ000305: Connection error occured: org.jboss.jca.core.connectionmanager.listener.TxConnectionListener@{hx(r,8)}[state=NORMAL managed connection=org.jboss.jca.adapters.jdbc.local.LocalManagedConnection@{hx(r,8)} connection handles=0 lastReturned={t//1000} lastValidated={t//1000 - 60000} lastCheckedOut={t//1000} trackByTx=false pool=org.jboss.jca.core.connectionmanager.pool.strategy.OnePool@{hx(r,8)} mcp=SemaphoreConcurrentLinkedQueueManagedConnectionPool@{hx(r,8)}[pool=OrdersDS] xaResource=LocalXAResourceImpl@{hx(r,8)}[connectionListener={hx(r,8)} connectionManager={hx(r,8)} warned=false currentXid=null productName=PostgreSQL productVersion=14.9 jndiName=java:jboss/datasources/OrdersDS] txSync=null]')

    def e_npe(self, r, t):
        tr = jtrace(r, f'{self.ee}.ws.rs.ProcessingException: java.lang.NullPointerException: Cannot invoke "com.example.orders.model.Customer.getId()" because "customer" is null', JFR[:3])
        return self.line(t, 'ERROR', 'io.undertow.request', self.task(r), 'UT005023: Exception handling request to /orders/api/v1/orders: ' + '\n'.join(tr))

    def e_tx(self, r, t):
        return self.line(t, 'ERROR', 'org.hibernate.engine.jdbc.spi.SqlExceptionHelper', self.task(r), 'ERROR: deadlock detected\n  Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d.\nProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n  Hint: See server log for query details.\n  Where: while updating tuple (%d,%d) in relation "inventory"' % tuple(r.randint(1000, 900000) for _ in range(8)))

    def n_cce(self, r, t):
        tr = jtrace(r, 'java.lang.ClassCastException: class com.example.orders.model.LegacyOrder cannot be cast to class com.example.orders.model.Order', JFR[:2])
        return self.line(t, 'ERROR', 'org.jboss.as.ejb3.invocation', self.task(r), f'WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component OrderService for method public com.example.orders.model.Order com.example.orders.service.OrderService.place(com.example.orders.dto.OrderRequest): {self.ee}.ejb.EJBException: ' + '\n'.join(tr))

    def retry(self, r, t):
        return self.line(t, 'WARN', 'org.jboss.jca.core.connectionmanager.pool.strategy.OnePool', self.task(r), f'IJ000604: Throwable while attempting to get a new connection: null: {self.ee}.resource.ResourceException: IJ031084: Unable to create connection\n\tat org.jboss.ironjacamar.jdbcadapters@3.0.4.Final//org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory.createLocalManagedConnection(LocalManagedConnectionFactory.java:345)\nCaused by: org.postgresql.util.PSQLException: Connection to db01.corp.example.com:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.')

    def disk(self, r, t):
        return self.line(t, 'ERROR', 'org.hibernate.engine.jdbc.spi.SqlExceptionHelper', self.task(r), f'ERROR: could not extend file "base/16384/{r.randint(16000,99999)}": No space left on device\n  Hint: Check free disk space.')

    def oom(self, r, t):
        out = []
        for i in range(r.randint(3, 6)):
            tt = t + i * r.randint(200000, 2000000)
            tr = jtrace(r, 'java.lang.OutOfMemoryError: Java heap space', ['java.base/java.util.Arrays.copyOf(Arrays.java:3537)', 'java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)', 'com.example.orders.report.ReportService.render(ReportService.java:{n})'], more=False)
            out.append((tt, self.line(tt, 'ERROR', 'io.undertow.request', self.task(r), 'UT005023: Exception handling request to /orders/api/v1/reports/export: ' + '\n'.join(tr))))
        tt += 1500000
        out.append((tt, self.line(tt, 'ERROR', 'stderr', 'Thread-%d' % r.randint(100, 900), 'Terminating due to java.lang.OutOfMemoryError: Java heap space')))
        return out + self.start(r, tt + r.randint(20, 60) * 1000000)

    def panic(self, r, t):
        th = f'Thread-{r.randint(100,900)}'
        tr = jtrace(r, f'Exception in thread "{th}" java.lang.IllegalStateException: Connection pool shut down', ['org.apache.http.util.Asserts.check(Asserts.java:34)', 'org.apache.http.impl.conn.PoolingHttpClientConnectionManager.requestConnection(PoolingHttpClientConnectionManager.java:269)', 'com.example.orders.sync.SyncWorker.run(SyncWorker.java:{n})', 'java.base/java.lang.Thread.run(Thread.java:833)'], more=False)
        recs = [self.line(t + i * 100, 'ERROR', 'stderr', th, x) for i, x in enumerate(tr)]
        return [(t, '\n'.join(recs))]

    def stop(self, r, t):
        return [(t, self.line(t, 'INFO', 'org.jboss.as.server', 'management-handler-thread - 2', 'WFLYSRV0272: Suspending server')),
                (t + 20000, self.line(t + 20000, 'INFO', 'org.jboss.as.server', 'Thread-1', 'WFLYSRV0220: Server shutdown has been requested via an OS signal')),
                (t + 900000, self.line(t + 900000, 'INFO', 'org.jboss.as', 'MSC service thread 1-3', f'WFLYSRV0050: WildFly Full {self.ver} (WildFly Core {self.core}) stopped in {r.randint(300,900)}ms'))]

    def start(self, r, t):
        nm = f'WildFly Full {self.ver} (WildFly Core {self.core})'
        ms = r.randint(4000, 15000)
        return [(t, self.line(t, 'INFO', 'org.jboss.modules', 'main', 'JBoss Modules version 2.1.0.Final')),
                (t + 400000, self.line(t + 400000, 'INFO', 'org.jboss.msc', 'main', 'JBoss MSC version 1.5.2.Final')),
                (t + 410000, self.line(t + 410000, 'INFO', 'org.jboss.threads', 'main', 'JBoss Threads version 2.4.0.Final')),
                (t + 600000, self.line(t + 600000, 'INFO', 'org.jboss.as', 'MSC service thread 1-2', f'WFLYSRV0049: {nm} starting')),
                (t + ms * 800, self.line(t + ms * 800, 'INFO', 'org.jboss.as.server', 'ServerService Thread Pool -- 45', 'WFLYSRV0010: Deployed "orders.war" (runtime-name : "orders.war")')),
                (t + ms * 1000, self.line(t + ms * 1000, 'INFO', 'org.jboss.as', 'Controller Boot Thread', f'WFLYSRV0025: {nm} started in {ms}ms - Started {r.randint(500,700)} of {r.randint(800,950)} services ({r.randint(300,400)} services are lazy, passive or on-demand)'))]


class Payara(Fmt):
    key = 'payara'
    soft = 'Payara Server'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'oom_kill', 'disk_full', 'traffic_flood', 'silence')
    vol = 0.6

    def init(self, r):
        self.prod = {2018: 'glassfish 4.1', 2019: 'Payara 5.194', 2020: 'Payara 5.2020.7', 2021: 'Payara 5.2021.10', 2022: 'Payara 5.2022.3', 2023: 'Payara 6.2023.11'}.get(self.year, 'Payara 6.2024.12' if self.year == 2024 else 'Payara 6.2025.9')
        self.ee = 'jakarta' if self.prod.startswith('Payara 6') else 'javax'
        self.errs = [self.e_rar, self.e_servlet]
        self.news = [self.n_ejb]

    def fname(self):
        return 'server.log'

    def line(self, t, lvl, mid, logger, th, msg):
        g = self.L(t)
        lv = {'INFO': 800, 'WARNING': 900, 'SEVERE': 1000, 'FINE': 500}[lvl]
        tid, tname = th
        return (f'[{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d}{self.offstr()}] [{self.prod}] [{lvl}] [{mid}] [{logger}] '
                f'[tid: _ThreadID={tid} _ThreadName={tname}] [timeMillis: {t//1000}] [levelValue: {lv}] [[\n  {msg}]]\n')

    def http(self, r):
        n = r.randint(1, 20)
        return (60 + n, f'http-thread-pool::http-listener-1({n})')

    def info(self, r, t, st):
        x = r.random()
        if x < 0.6:
            return self.line(t, 'INFO', '', 'com.example.shop.api.CartResource', self.http(r), f'cart {uuid(r)} updated: {r.randint(1,9)} items, total {r.randint(5,900)}.{r.randint(0,99):02d} EUR')
        if x < 0.9:
            return self.line(t, 'INFO', '', 'com.example.shop.api.CheckoutResource', self.http(r), f'checkout completed for order {r.randint(10**6,9*10**6)} in {r.randint(20,900)} ms')
        return self.line(t, 'INFO', '', 'fish.payara.nucleus.hazelcast.HazelcastCore' if 'Payara' in self.prod else 'javax.enterprise.system.core', (r.randint(30, 50), 'hz.payara-instance.cached.thread-%d' % r.randint(1, 9)), f'[{ip(r,"10.0.5.")}]:6900 [dev] [4.2.5] Members {{size:2, ver:{r.randint(2,30)}}} [\n 	Member [10.0.5.11]:6900 - {uuid(r)} this\n 	Member [10.0.5.12]:6900 - {uuid(r)}\n ]\n')

    def warn(self, r, t, st):
        return self.line(t, 'WARNING', '', 'javax.enterprise.web.core', self.http(r), f'Response already committed for path /shop/api/cart: client aborted connection')

    def e_rar(self, r, t):
        return self.line(t, 'SEVERE', '', 'javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator', self.http(r), 'RAR5038:Unexpected exception while creating resource for pool ShopPool. Exception : javax.resource.spi.ResourceAllocationException: Connection could not be allocated because: FATAL: remaining connection slots are reserved for non-replication superuser connections')

    def e_servlet(self, r, t):
        tr = jtrace(r, f'{self.ee}.ws.rs.WebApplicationException: HTTP 400 Bad Request', ['org.glassfish.jersey.server.internal.routing.SubResourceLocatorRouter.getResource(SubResourceLocatorRouter.java:{n})', 'com.example.shop.api.CartResource.update(CartResource.java:{n})'], tab='\t')
        return self.line(t, 'WARNING', '', 'javax.enterprise.web', self.http(r), 'StandardWrapperValve[jersey]: Servlet.service() for servlet jersey threw exception\n' + '\n'.join(tr))

    def n_ejb(self, r, t):
        return self.line(t, 'SEVERE', '', 'javax.enterprise.ejb.container', self.http(r), f'EJB5184:A system exception occurred during an invocation on EJB PriceService, method: public java.math.BigDecimal com.example.shop.PriceService.quote(java.lang.String)\njavax.ejb.EJBTransactionRolledbackException: Client\'s transaction aborted')

    def retry(self, r, t):
        return self.line(t, 'INFO', '', 'com.hazelcast.internal.server.tcp.TcpServerConnector' if self.year >= 2021 else 'com.hazelcast.nio.tcp.TcpIpConnector', (r.randint(30, 50), 'hz.payara-instance.cached.thread-%d' % r.randint(1, 9)), f'[10.0.5.11]:6900 [dev] [4.2.5] Connecting to /10.0.5.12:6900, timeout: 10000, bind-any: true')

    def disk(self, r, t):
        return self.line(t, 'SEVERE', '', 'com.example.shop.upload.InvoiceArchiver', self.http(r), f'Failed to archive invoice INV-{r.randint(10**5,10**6)}\njava.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)\n\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:354)\n\tat com.example.shop.upload.InvoiceArchiver.store(InvoiceArchiver.java:{r.randint(40,200)})')

    def oom(self, r, t):
        out = []
        for i in range(r.randint(2, 4)):
            tt = t + i * r.randint(300000, 3000000)
            out.append((tt, self.line(tt, 'SEVERE', '', 'javax.enterprise.web', self.http(r), 'StandardWrapperValve[jersey]: Servlet.service() for servlet jersey threw exception\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.example.shop.report.CsvExport.write(CsvExport.java:88)')))
        return out + self.start(r, tt + r.randint(30, 90) * 1000000)

    def stop(self, r, t):
        return [(t, self.line(t, 'INFO', 'NCLS-CORE-00064' if False else '', 'javax.enterprise.system.core', (1, 'Thread-%d' % r.randint(10, 30)), 'Server shutdown initiated'))]

    def start(self, r, t):
        a, b = r.randint(900, 3000), r.randint(3000, 20000)
        nm = self.prod.replace('glassfish', 'GlassFish Server Open Source Edition ').replace('Payara ', 'Payara Server  ')
        return [(t, self.line(t, 'INFO', 'NCLS-LOGGING-00009', 'javax.enterprise.logging', (1, 'RunLevelControllerThread-%d' % (t // 1000)), 'Running Payara Version: ' + self.prod.split()[-1] if 'Payara' in self.prod else 'Running GlassFish Version: GlassFish Server Open Source Edition  4.1  (build 13)')),
                (t + b * 900, self.line(t + b * 900, 'INFO', 'AS-WEB-GLUE-00172', 'javax.enterprise.web', (1, 'main'), 'Loading application [shop] at [/shop]')),
                (t + (a + b) * 1000, self.line(t + (a + b) * 1000, 'INFO', 'NCLS-CORE-00017', 'javax.enterprise.system.core', (1, 'RunLevelControllerThread-%d' % (t // 1000)), f'{nm} #badassfish (build {r.randint(100,900)}) startup time : Felix ({a:,}ms), startup services({b:,}ms), total({a+b:,}ms)'))]


class PayaraAccess(Fmt):
    key = 'payara_access'
    soft = 'Payara HTTP access log'
    kinds = ('http_5xx', 'latency_shift', 'traffic_flood', 'silence')
    vol = 1.5
    res_us = 1000000

    def init(self, r):
        self.tt = True

    def fname(self):
        g = self.L(self.sc.ws * 1000000)
        return f'server_access_log.{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}.txt'

    def info(self, r, t, st):
        g = self.L(t)
        path, base = r.choice((('/shop/api/cart', 40), ('/shop/api/products?page=%d' % r.randint(1, 40), 60), ('/shop/api/checkout', 250),
                               ('/shop/static/app.js', 3), ('/shop/api/session', 8), ('/shop/health', 1)))
        m = 'POST' if 'checkout' in path else 'GET'
        if r.random() < st.p5:
            s = r.choice((500, 502, 503, 503, 504))
        else:
            s = r.choice((200,) * 30 + (201, 204, 304, 304, 400, 401, 404))
        user = r.choice(USERS) if ('checkout' in path and r.random() < 0.8) else 'NULL-AUTH-USER'
        ms = int(base * r.lognormvariate(0, 0.5) * st.lat) + 1
        ln = r.randint(200, 40000) if s < 300 else 0
        return f'"{ip(r,"10.20.")}" "{user}" "{g.tm_mday:02d}/{MON[g.tm_mon-1]}/{g.tm_year}:{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.offstr()}" "{m} {path} HTTP/1.1" {s} {ln} {ms}'


class ActiveMQ(Fmt):
    key = 'activemq'
    soft = 'Apache ActiveMQ Classic'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'oom_kill', 'traffic_flood', 'silence')
    vol = 0.4

    def init(self, r):
        self.ver = {2018: '5.15.6', 2019: '5.15.10', 2020: '5.16.0', 2021: '5.16.3', 2022: '5.17.3', 2023: '5.18.3'}.get(self.year, '6.1.4' if self.year >= 2025 else '5.18.4')
        self.host = r.choice(('mq01', 'amq-broker-1', 'jms01'))
        self.bid = f'ID:{self.host}-{r.randint(30000,45000)}-{self.sc.ws*1000 - r.randint(10**6,10**9)}-0:1'
        self.queues = ['orders', 'orders.DLQ', 'invoices', 'email.outbound', 'inventory.events']
        self.errs = [self.e_eof, self.e_auth]
        self.news = [self.n_kaha]

    def fname(self):
        return 'activemq.log'

    def line(self, t, lvl, msg, cls, th):
        g = self.L(t)
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d},{(t//1000)%1000:03d} | {lvl:<5} | {msg} | {cls} | {th}'

    def tr(self, r):
        a = ip(r, '10.0.')
        p = r.randint(30000, 65000)
        return a, p, f'ActiveMQ Transport: tcp:///{a}:{p}@61616'

    def info(self, r, t, st):
        x = r.random()
        a, p, th = self.tr(r)
        if x < 0.5:
            return self.line(t, 'INFO', f'Connector openwire started' if r.random() < 0.001 else f'Sending message to queue://{r.choice(self.queues)} from {a}:{p}', 'org.apache.activemq.broker.util.LoggingBrokerPlugin', th).replace('Sending message to', 'Sending message: ActiveMQTextMessage {commandId = %d, responseRequired = true, messageId = ID:app%02d-%d-%d-1:1:1:1:%d, destination =' % (r.randint(5, 90), r.randint(1, 9), r.randint(30000, 45000), t // 1000 - 3600000, r.randint(1, 90000))).replace(f' from {a}:{p}', ', persistent = true, priority = 4}')
        if x < 0.8:
            return self.line(t, 'INFO', f'Message acknowledged: MessageAck {{commandId = {r.randint(5,900)}, responseRequired = false, ackType = 2, consumerId = ID:app{r.randint(1,9):02d}-{r.randint(30000,45000)}-{t//1000-7200000}-1:1:1:1, firstMessageId = null, lastMessageId = null, destination = queue://{r.choice(self.queues)}, messageCount = 1}}', 'org.apache.activemq.broker.util.LoggingBrokerPlugin', th)
        return self.line(t, 'INFO', f'Adding Consumer: ConsumerInfo {{commandId = 4, responseRequired = true, consumerId = ID:app{r.randint(1,9):02d}-{r.randint(30000,45000)}-{t//1000-7200000}-1:1:1:1, destination = queue://{r.choice(self.queues)}, prefetchSize = 1000, maximumPendingMessageLimit = 0, browser = false, dispatchAsync = true, selector = null, clientId = null, subscriptionName = null, noLocal = false, exclusive = false, retroactive = false, priority = 0, brokerPath = null, optimizedAcknowledge = false, noRangeAcks = false, additionalPredicate = null}}', 'org.apache.activemq.broker.util.LoggingBrokerPlugin', th)

    def warn(self, r, t, st):
        a, p, th = self.tr(r)
        return self.line(t, 'WARN', f'Transport Connection to: tcp://{a}:{p} failed: java.io.IOException: Connection reset by peer', 'org.apache.activemq.broker.TransportConnection.Transport', th)

    def e_eof(self, r, t):
        a, p, th = self.tr(r)
        return self.line(t, 'ERROR', f'Could not accept connection from tcp://{a}:{p} : javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown', 'org.apache.activemq.broker.TransportConnector', f'ActiveMQ Transport Server Thread Handler: ssl://0.0.0.0:61617')

    def e_auth(self, r, t):
        a, p, th = self.tr(r)
        return self.line(t, 'WARN', f'Security Error occurred on connection to: tcp://{a}:{p}, User name [{r.choice(USERS)}] or password is invalid.', 'org.apache.activemq.broker.TransportConnection', th)

    def n_kaha(self, r, t):
        return self.line(t, 'ERROR', f'Failed to load message at: {r.randint(1,90)}:{r.randint(100000,9000000)}', 'org.apache.activemq.store.kahadb.disk.journal.Journal', f'ActiveMQ Journal Checkpoint Worker')

    def retry(self, r, t):
        return self.line(t, 'WARN', 'Could not start network bridge between: vm://%s?async=false&network=true and: tcp://mq02.corp.example.com:61616 due to: Connection refused (Connection refused)' % self.host, 'org.apache.activemq.network.DiscoveryNetworkConnector', 'ActiveMQ Task-%d' % r.randint(1, 9))

    def disk(self, r, t):
        q = r.choice(self.queues[:3])
        lim = 107374182400
        return self.line(t, 'INFO', f'Usage(default:store:queue://{q}:store) percentUsage=100%, usage={lim + r.randint(0,9999)}, limit={lim}, percentUsageMinDelta=1%;Parent:Usage(default:store) percentUsage=100%, usage={lim + r.randint(0,9999)}, limit={lim}, percentUsageMinDelta=1%: Persistent store is Full, 100% of {lim}. Stopping producer (ID:app{r.randint(1,9):02d}-{r.randint(30000,45000)}-{t//1000-3600000}-1:1:1:1) to prevent flooding queue://{q}. See http://activemq.apache.org/producer-flow-control.html for more info (blocking for: {r.randint(1,900)}s)', 'org.apache.activemq.broker.region.Queue', self.tr(r)[2])

    def oom(self, r, t):
        out = [(t, self.line(t, 'ERROR', 'Failed to dispatch message: java.lang.OutOfMemoryError: Java heap space', 'org.apache.activemq.broker.region.cursors.AbstractStoreCursor', 'ActiveMQ BrokerService[localhost] Task-%d' % r.randint(1, 90))),
               (t + 800000, self.line(t + 800000, 'ERROR', 'Uncaught exception on thread ActiveMQ Transport: tcp:///10.0.2.14:51234@61616: java.lang.OutOfMemoryError: Java heap space', 'org.apache.activemq.transport.TransportThreadSupport' if False else 'org.apache.activemq.broker.BrokerService', 'ActiveMQ Transport: tcp:///10.0.2.14:51234@61616'))]
        return out + self.start(r, t + r.randint(20, 60) * 1000000)

    def stop(self, r, t):
        return [(t, self.line(t, 'INFO', f'Apache ActiveMQ {self.ver} ({self.host}, {self.bid}) is shutting down', 'org.apache.activemq.broker.BrokerService', 'ActiveMQ ShutdownHook')),
                (t + 2000000, self.line(t + 2000000, 'INFO', f'Apache ActiveMQ {self.ver} ({self.host}, {self.bid}) uptime {r.randint(1,30)} days {r.randint(1,23)} hours', 'org.apache.activemq.broker.BrokerService', 'ActiveMQ ShutdownHook')),
                (t + 2100000, self.line(t + 2100000, 'INFO', f'Apache ActiveMQ {self.ver} ({self.host}, {self.bid}) is shutdown', 'org.apache.activemq.broker.BrokerService', 'ActiveMQ ShutdownHook'))]

    def start(self, r, t):
        self.bid = f'ID:{self.host}-{r.randint(30000,45000)}-{t//1000}-0:1'
        return [(t, self.line(t, 'INFO', 'Refreshing org.apache.activemq.xbean.XBeanBrokerFactory$1@6a5fc7f7: startup date [%s]; root of context hierarchy' % time.strftime('%a %b %d %H:%M:%S UTC %Y', time.gmtime(t // 1000000)), 'org.apache.activemq.xbean.XBeanBrokerFactory$1', 'main')),
                (t + 900000, self.line(t + 900000, 'INFO', 'KahaDB is version 7', 'org.apache.activemq.store.kahadb.MessageDatabase', 'main')),
                (t + 1400000, self.line(t + 1400000, 'INFO', f'Apache ActiveMQ {self.ver} ({self.host}, {self.bid}) is starting', 'org.apache.activemq.broker.BrokerService', 'main')),
                (t + 1600000, self.line(t + 1600000, 'INFO', 'Listening for connections at: tcp://%s:61616?maximumConnections=1000&wireFormat.maxFrameSize=104857600' % self.host, 'org.apache.activemq.transport.TransportServerThreadSupport', 'main')),
                (t + 1700000, self.line(t + 1700000, 'INFO', f'Apache ActiveMQ {self.ver} ({self.host}, {self.bid}) started', 'org.apache.activemq.broker.BrokerService', 'main')),
                (t + 1700500, self.line(t + 1700500, 'INFO', 'For help or more information please see: http://activemq.apache.org', 'org.apache.activemq.broker.BrokerService', 'main'))]


class Solr(Fmt):
    key = 'solr'
    soft = 'Apache Solr'
    kinds = ('latency_shift', 'error_burst', 'new_error', 'retry_storm', 'oom_kill', 'disk_full', 'traffic_flood', 'silence')
    vol = 1.4

    def init(self, r):
        self.ver = {2018: '7.5.0', 2019: '8.2.0', 2020: '8.6.3', 2021: '8.11.1', 2022: '9.1.0', 2023: '9.4.0', 2024: '9.7.0'}.get(self.year, '9.9.0')
        self.s9 = self.year >= 2022
        self.colls = [('products', 'shard1', 'core_node2'), ('products', 'shard2', 'core_node4'), ('logs', 'shard1', 'core_node3')]
        self.errs = [self.e_field, self.e_syntax]
        self.news = [self.n_zk]

    def fname(self):
        return 'solr.log'

    def mdc(self, c):
        if c is None:
            return '[   ]' if not self.s9 else '[] '
        core = f'{c[0]}_{c[1]}_replica_n{c[2][-1]}'
        return f'[c:{c[0]} s:{c[1]} r:{c[2]} x:{core}{" t:" if self.s9 else ""}]', core

    def line(self, t, lvl, th, c, logger, msg):
        g = self.U(t)
        if c is None:
            m = '[]' if self.s9 else '[   ]'
        else:
            m = self.mdc(c)[0]
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d} {lvl:<5} ({th}) {m} {logger} {msg}'

    def qtp(self, r):
        return f'qtp{self._qtp}-{r.randint(20,400)}'

    _qtp = 1782113663

    def req(self, r, c, core, path, params, hits, status, qt):
        if self.s9:
            return f'webapp=/solr path={path} params={{{params}}} hits={hits} status={status} QTime={qt}'
        return f'[{core}]  webapp=/solr path={path} params={{{params}}} hits={hits} status={status} QTime={qt}'

    def info(self, r, t, st):
        c = r.choice(self.colls)
        core = self.mdc(c)[1]
        x = r.random()
        if x < 0.78:
            q = r.choice(('q=name:widget*', 'q=*:*&fq=category:tools', 'q=title:"usb+c+cable"&fq=in_stock:true', 'q=sku:SKU-%d' % r.randint(10000, 99999), 'q=text:laptop&facet=true&facet.field=brand'))
            qt = int(r.lognormvariate(2.3, 0.8) * st.lat)
            return self.line(t, 'INFO', self.qtp(r), c, 'o.a.s.c.S.Request', self.req(r, c, core, '/select', f'{q}&rows={r.choice((10,20,50))}&wt=javabin&version=2', r.randint(0, 5000), 0, qt))
        if x < 0.93:
            return self.line(t, 'INFO', self.qtp(r), c, 'o.a.s.u.p.LogUpdateProcessorFactory', f'{"" if self.s9 else "[" + core + "]  "}webapp=/solr path=/update params={{update.distrib=FROMLEADER&distrib.from=http://solr{r.randint(1,3)}:8983/solr/{core}/&wt=javabin&version=2}}{{add=[{r.randint(10**5,10**6)} (1{r.randint(10**17,9*10**17)})]}} 0 {int(r.randint(1,20)*st.lat)}')
        if x < 0.97:
            return self.line(t, 'INFO', f'commitScheduler-{r.randint(10,40)}-thread-1', c, 'o.a.s.u.DirectUpdateHandler2', 'start commit{,optimize=false,openSearcher=false,waitSearcher=true,expungeDeletes=false,softCommit=false,prepareCommit=false}')
        return self.line(t, 'INFO', f'searcherExecutor-{r.randint(10,40)}-thread-1-processing-{core}', c, 'o.a.s.c.SolrCore', f'{"" if self.s9 else "[" + core + "] "} Registered new searcher autowarm time: {r.randint(0,40)} ms')

    def warn(self, r, t, st):
        c = r.choice(self.colls)
        core = self.mdc(c)[1]
        return self.line(t, 'WARN', self.qtp(r), c, 'o.a.s.c.S.SlowRequest', 'slow: ' + self.req(r, c, core, '/select', 'q=*:*&facet=true&facet.pivot=brand,category&rows=0&wt=json', r.randint(10**5, 10**6), 0, r.randint(1000, 3000)))

    def exc(self, r, t, c, msg, frames):
        core = self.mdc(c)[1]
        tr = jtrace(r, msg, frames, more=False)
        return self.line(t, 'ERROR', self.qtp(r), c, 'o.a.s.h.RequestHandlerBase', ('' if self.s9 else '') + '\n'.join(tr if not self.s9 else tr))

    def e_field(self, r, t):
        return self.exc(r, t, r.choice(self.colls), 'org.apache.solr.common.SolrException: undefined field price_eur', ['org.apache.solr.schema.IndexSchema.getField(IndexSchema.java:1308)', 'org.apache.solr.search.SolrQueryParserBase.getFieldQuery(SolrQueryParserBase.java:{n})'])

    def e_syntax(self, r, t):
        return self.exc(r, t, r.choice(self.colls), "org.apache.solr.search.SyntaxError: Cannot parse 'name:(widget': Encountered \"<EOF>\" at line 1, column 12.", ['org.apache.solr.search.LuceneQParser.parse(LuceneQParser.java:{n})', 'org.apache.solr.search.QParser.getQuery(QParser.java:{n})'])

    def n_zk(self, r, t):
        return self.line(t, 'ERROR', self.qtp(r), r.choice(self.colls), 'o.a.s.c.SolrCore', 'org.apache.solr.common.SolrException: Cannot talk to ZooKeeper - Updates are disabled.')

    def retry(self, r, t):
        return self.line(t, 'WARN', f'main-SendThread(zk{r.randint(1,3)}.corp.example.com:2181)', None, 'o.a.z.ClientCnxn', f'Session 0x{hx(r,16)} for server zk{r.randint(1,3)}.corp.example.com/10.0.7.{r.randint(11,13)}:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.')

    def disk(self, r, t):
        c = r.choice(self.colls)
        return self.line(t, 'ERROR', f'commitScheduler-{r.randint(10,40)}-thread-1', c, 'o.a.s.u.CommitTracker', 'auto commit error...:java.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)\n\tat org.apache.lucene.store.FSDirectory$FSIndexOutput$1.write(FSDirectory.java:416)')

    def oom(self, r, t):
        c = r.choice(self.colls)
        out = [(t, self.line(t, 'ERROR', self.qtp(r), c, 'o.a.s.s.HttpSolrCall', 'null:java.lang.RuntimeException: java.lang.OutOfMemoryError: Java heap space\n\tat org.apache.solr.servlet.HttpSolrCall.sendError(HttpSolrCall.java:{0})\n\tat org.apache.solr.servlet.HttpSolrCall.call(HttpSolrCall.java:{1})\nCaused by: java.lang.OutOfMemoryError: Java heap space'.format(r.randint(600, 700), r.randint(500, 600))))]
        t2 = t + r.randint(2, 8) * 1000000
        out.append((t2, self.line(t2, 'ERROR', 'ShutdownMonitor', None, 'o.a.s.c.CoreContainer', f'Running OOM killer script for process {r.randint(1000,90000)} for Solr on port 8983' if not self.s9 else 'Terminating due to java.lang.OutOfMemoryError: Java heap space')))
        return out + self.start(r, t2 + r.randint(15, 40) * 1000000)

    def stop(self, r, t):
        return [(t, self.line(t, 'INFO', 'ShutdownMonitor', None, 'o.a.s.c.CoreContainer', f'Shutting down CoreContainer instance={r.randint(10**8,2*10**9)}'))]

    def start(self, r, t):
        g = self.U(t)
        iso = f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d}Z'
        lg = 'o.a.s.s.SolrDispatchFilter' if not self.s9 else 'o.a.s.s.CoreContainerProvider'
        b = [(' ___      _       Welcome to Apache Solr™ version ' + self.ver), "/ __| ___| |_ _   Starting in cloud mode on port 8983",
             "\\__ \\/ _ \\ | '_|  Install dir: /opt/solr", f"|___/\\___/_|_|    Start time: {iso}"]
        out = [(t, self.line(t, 'INFO', 'main', None, 'o.e.j.s.Server', f'jetty-{"9.4.48.v20220622" if not self.s9 else "10.0.20"}; built: 2022-06-21T20:42:25.880Z; git: 6b67c5719d1f4371b33655ff2d047d24e171e49a; jvm 17.0.{r.randint(5,12)}+{r.randint(7,9)}'))]
        for i, x in enumerate(b):
            out.append((t + 1000000 + i, self.line(t + 1000000 + i, 'INFO', 'main', None, lg, x)))
        out.append((t + 9000000, self.line(t + 9000000, 'INFO', 'main', None, 'o.e.j.s.Server', f'Started Server@{hx(r,8)}{{STARTING}}[{"9.4.48.v20220622" if not self.s9 else "10.0.20"},sto=0] @{r.randint(5000,12000)}ms')))
        return out


class Trino(Fmt):
    key = 'trino'
    soft = 'Trino / Presto coordinator'
    kinds = ('latency_shift', 'error_burst', 'new_error', 'retry_storm', 'oom_kill', 'traffic_flood', 'silence')
    vol = 0.5

    def init(self, r):
        self.pkg = 'com.facebook.presto' if self.year <= 2019 else 'io.prestosql' if self.year == 2020 else 'io.trino'
        self.ver = {2018: '0.214', 2019: '0.228', 2020: '344', 2021: '365', 2022: '403', 2023: '435', 2024: '464'}.get(self.year, '476')
        self.local = self.year <= 2020
        self.users = ['etl', 'analyst_' + r.choice(USERS), 'superset', 'dbt', 'airflow']
        self.qn = r.randint(1, 100)
        self.errs = [self.e_fail, self.e_node]
        self.news = [self.n_s3]

    def fname(self):
        return 'server.log'

    def iso(self, t, local=None):
        if local if local is not None else self.local:
            g = self.L(t)
            z = self.offstr()
        else:
            g = self.U(t)
            z = 'Z'
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d}{z}'

    def line(self, t, lvl, th, cls, msg):
        return f'{self.iso(t)}\t{lvl}\t{th}\t{cls}\t{msg}'

    def qid(self, r, t):
        self.qn += 1
        g = self.U(t)
        return f'{g.tm_year}{g.tm_mon:02d}{g.tm_mday:02d}_{g.tm_hour:02d}{g.tm_min:02d}{g.tm_sec:02d}_{self.qn % 100000:05d}_{"".join(r.choice("abcdefghijklmnopqrstuvwxyz23456789") for _ in range(5))}'

    def timeline(self, r, t, st, state='FINISHED', el=None):
        el = el or int(r.lognormvariate(6.5, 1.0) * st.lat) + 5
        pl = max(1, int(el * r.uniform(0.02, 0.1)))
        sc = max(1, int(el * r.uniform(0.02, 0.08)))
        run = max(0, el - pl - sc - 2)
        b = t - el * 1000
        return self.line(t, 'INFO', f'dispatcher-query-{r.randint(1,90)}', f'{self.pkg}.event.QueryMonitor',
                         f'TIMELINE: Query {self.qid(r, t)} :: {"Transaction:[" + uuid(r) + "] :: " if self.year >= 2020 else ""}{state} :: elapsed {el}ms :: planning {pl}ms :: waiting {r.randint(0,40)}ms :: scheduling {sc}ms :: running {run}ms :: finishing 2ms :: begin {self.iso(b, False)} :: end {self.iso(t, False)}')

    def info(self, r, t, st):
        if r.random() < 0.8:
            return self.timeline(r, t, st)
        return self.line(t, 'INFO', f'query-management-{r.randint(0,9)}', f'{self.pkg}.execution.QueryStateMachine' if False else f'{self.pkg}.memory.ClusterMemoryManager', f'Cluster memory pool general: {{maxBytes={r.randint(100,200)}GB, reservedBytes={r.randint(1,80)}GB}}').replace('{maxBytes', 'maxBytes').replace('GB}', 'GB')

    def warn(self, r, t, st):
        return self.line(t, 'WARN', f'http-client-node-manager-{r.randint(1,90)}', f'{self.pkg}.metadata.RemoteNodeState', f'Error fetching node state from http://10.0.9.{r.randint(11,30)}:8080/v1/info/state: Server refused connection: http://10.0.9.{r.randint(11,30)}:8080/v1/info/state')

    def e_fail(self, r, t):
        q = self.qid(r, t)
        return self.line(t, 'ERROR', f'remote-task-callback-{r.randint(1,90)}', f'{self.pkg}.execution.StageStateMachine', f'Stage {q}.1 failed\n{self.pkg}.spi.{"Trino" if self.pkg=="io.trino" else "Presto"}Exception: Error reading from s3://datalake/events/dt=2024-01-01/part-00012.parquet at position {r.randint(10**6,10**8)}\n\tat {self.pkg}.plugin.hive.parquet.ParquetPageSource.handleException(ParquetPageSource.java:{r.randint(100,300)})\n\tat {self.pkg}.plugin.hive.parquet.ParquetPageSource.getNextPage(ParquetPageSource.java:{r.randint(100,300)})\n\tat {self.pkg}.operator.TableScanOperator.getOutput(TableScanOperator.java:{r.randint(200,400)})')

    def e_node(self, r, t):
        return self.line(t, 'ERROR', f'remote-task-callback-{r.randint(1,90)}', f'{self.pkg}.server.remotetask.RequestErrorTracker' if False else f'{self.pkg}.execution.QueryStateMachine', f'Query {self.qid(r,t)} failed: Encountered too many errors talking to a worker node. The node may have crashed or be under too much load. This is probably a transient issue, so please retry your query in a few minutes. (http://10.0.9.{r.randint(11,30)}:8080/v1/task - {r.randint(50,100)} failures, failure duration 300.{r.randint(10,99)}s, total failed request time 310.{r.randint(10,99)}s)')

    def n_s3(self, r, t):
        return self.line(t, 'ERROR', f'remote-task-callback-{r.randint(1,90)}', f'{self.pkg}.execution.QueryStateMachine', f'Query {self.qid(r,t)} failed: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: {HX(r,16)}; S3 Extended Request ID: {hx(r,40)}; Proxy: null)')

    def retry(self, r, t):
        return self.line(t, 'WARN', f'http-client-node-manager-{r.randint(1,90)}', f'{self.pkg}.metadata.RemoteNodeState', 'Error fetching node state from http://10.0.9.21:8080/v1/info/state: Failed communicating with server: http://10.0.9.21:8080/v1/info/state')

    def oom(self, r, t):
        out = []
        for i in range(r.randint(2, 4)):
            tt = t + i * r.randint(500000, 5000000)
            q = self.qid(r, tt)
            out.append((tt, self.line(tt, 'INFO', 'memory-management-0', f'{self.pkg}.memory.ClusterMemoryManager', f'Query {q} killed by TotalReservationOnBlockedNodesLowMemoryKiller' if self.year >= 2021 else f'Killing query {q} due to cluster out of memory')))
            out.append((tt + 40000, self.line(tt + 40000, 'INFO', f'dispatcher-query-{r.randint(1,90)}', f'{self.pkg}.event.QueryMonitor', f'TIMELINE: Query {q} :: FAILED (CLUSTER_OUT_OF_MEMORY) :: elapsed {r.randint(30000,300000)}ms :: planning 40ms :: waiting 0ms :: scheduling 200ms :: running {r.randint(30000,290000)}ms :: finishing 0ms :: begin {self.iso(tt-60000000, False)} :: end {self.iso(tt+40000, False)}')))
        return out

    def stop(self, r, t):
        return [(t, self.line(t, 'INFO', 'shutdown-handler-0', f'{self.pkg}.server.GracefulShutdownHandler', 'Shutdown requested'))]

    def start(self, r, t):
        return [(t, self.line(t, 'INFO', 'main', 'io.airlift.log.Logging', 'Logging to stderr' if False else 'Disabling stderr output')),
                (t + 500000, self.line(t + 500000, 'INFO', 'main', 'Bootstrap', 'PROPERTY                                  DEFAULT     RUNTIME      DESCRIPTION')),
                (t + 500100, self.line(t + 500100, 'INFO', 'main', 'Bootstrap', 'node.environment                          ----        production')),
                (t + 9000000, self.line(t + 9000000, 'INFO', 'main', f'{self.pkg}.server.Server' if self.year > 2019 else f'{self.pkg}.server.PrestoServer', '======== SERVER STARTED ========'))]
