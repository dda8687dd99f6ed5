"""ESB / integration runtimes: Mule 4, TIBCO BusinessWorks 5, Apache Camel on
Spring Boot 3, Apache ServiceMix/Karaf, IBM App Connect Enterprise."""
from fmt_base import Fmt, MON, off_str

ALLK = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'oom_kill', 'disk_full')


def _jstack(lines):
    return ['\tat ' + x for x in lines]


# ======================================================================= Mule
class Mule4(Fmt):
    key = 'mule4'
    label = 'Mule 4 runtime log'
    fnames = ['mule_ee.log']
    weight = 2.0
    caps = ALLK
    lat_name = 'LoggerMessageProcessor "in N ms" and JSON logger "elapsed" fields'
    retry_name = 'AbstractPolicyTemplate: Failed to connect/reconnect ... Retrying'
    oom_name = 'MULE:FATAL_JVM_ERROR java.lang.OutOfMemoryError: GC overhead limit exceeded (runtime died)'
    disk_name = 'java.io.IOException: No space left on device in file:write'
    LMP = 'org.mule.runtime.core.internal.processor.LoggerMessageProcessor'

    def init(self):
        pool = ['orders-sapi', 'customer-papi', 'payments-eapi', 'claims-process-api', 'sap-idoc-sapi',
                'inventory-sync', 'partner-edi-eapi', 'policy-papi']
        self.r.shuffle(pool)
        self.apps = pool[:3]
        self.ver = self.ch(['4.4.0', '4.3.0', '4.6.2', '4.5.3'])
        self.build = self.hx(8)
        self.host = 'mule-%s-%02d' % (self.ctx.site, self.ri(1, 4))
        self.node = self.hx(12)
        self.hip = self.ip()
        self.backend = self.ch(['sap-gw.corp.example.com:8443', 'crm-api.internal:443', 'core-ledger.svc:8080'])
        self.err_names = ['HTTP:BAD_REQUEST from backend', 'DB:QUERY_EXECUTION ORA-00001', 'APIKIT:BAD_REQUEST validation']
        self.err_w = [1.0, 0.7, 0.9]
        self.new = self.ch([
            ('SALESFORCE:INVALID_SESSION', 'INVALID_SESSION_ID: Session expired or invalid', 'salesforce:upsert'),
            ('HTTP:UNAUTHORIZED', "HTTP POST on resource 'https://%s/token' failed: unauthorized (401)." % self.backend, 'http:request'),
            ('SFTP:CONNECTIVITY', "Could not establish SFTP connection with host: 'sftp.partner.example.net' at port: '22' - Auth fail", 'sftp:write'),
            ('MULE:EXPRESSION', '"You called the function \'upper\' with these arguments: \n  1: Null (null)\n\nBut it expects one of these combinations:\n  (Null)\n  (String)" evaluating expression: "upper(payload.customer.name)".', 'ee:transform'),
        ])
        self.new_name = self.new[0] + ' ' + self.new[1].split('\n')[0][:60]
        self.conn = 0

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02d %02d:%02d:%02d' % m[:6])
        return '%s,%03d' % (p, int(f * 1000))

    def th(self, app=None, flow=None, mode='CPU_LITE'):
        app = app or self.ch(self.apps)
        flow = flow or self.ch(['post:\\orders:application\\json:%s-config' % app, '%s-main-flow' % app,
                                'get:\\status:%s-config' % app, 'sync-flow'])
        return '[MuleRuntime].uber.%02d: [%s].%s.%s @%s' % (self.ri(1, 24), app, flow, mode, self.hx(8)), app, flow

    def cid(self):
        return '%s-%s-11ee-%s%s-%s' % (self.hx(8), self.hx(4), self.ch('89ab'), self.hx(3), self.node)

    def line(self, t, lvl, logger, msg, th=None, proc=True):
        if th is None:
            th, app, flow = self.th()
            pr = '%s/processors/%d' % (flow, self.ri(0, 6)) if proc else ''
            ev = self.cid() if proc else ''
        else:
            pr, ev = '', ''
        return '%-5s %s [%s] [processor: %s; event: %s] %s: %s' % (lvl, self.ts(t), th, pr, ev, logger, msg)

    def templates(self):
        L = self.LMP
        r = self
        oid = lambda: 'ORD-%d' % r.ri(10000000, 99999999)
        return [
            (12, lambda t: [r.line(t, 'INFO', L, 'Request received: POST /api/orders orderId=%s channel=%s' % (oid(), r.ch(['WEB', 'EDI', 'POS', 'MOBILE'])))]),
            (10, lambda t: [r.line(t, 'INFO', L, 'Order %s upserted to %s in %d ms' % (oid(), r.ch(['SAP', 'Salesforce', 'NetSuite']), r.dur(t, 180)))]),
            (8, lambda t: [r.line(t, 'INFO', L, 'Response sent: status=%d orderId=%s elapsed=%d ms' % (r.ch([200, 201, 201, 202]), oid(), r.dur(t, 240)))]),
            (6, lambda t: [r.line(t, 'INFO', L, 'Calling backend https://%s/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder(\'%d\')' % (r.backend, r.ri(1000000, 9999999)))]),
            (5, lambda t: [r.line(t, 'INFO', L, 'Published message %s to Anypoint MQ destination %s' % (r.uuid(), r.ch(['orders-q', 'claims-exchange', 'invoice-dlq-replay'])))]),
            (4, lambda t: [r.line(t, 'INFO', L, 'Inserted %d rows into %s' % (r.ri(1, 40), r.ch(['ORDER_LINES', 'CLAIM_EVENTS', 'CUSTOMER_XREF'])))]),
            (3, lambda t: [r.line(t, 'INFO', 'com.mulesoft.mule.runtime.module.batch.internal.engine.DefaultBatchEngine',
                                  "Created instance '%s' for batch job '%s'" % (r.uuid(), r.ch(['customer-sync-batch', 'price-load-batch'])))]),
            (3, lambda t: [r.line(t, 'INFO', 'com.mulesoft.mule.runtime.module.batch.internal.DefaultBatchStep',
                                  'Step %s finished processing all records for instance %s of job %s' % (r.ch(['upsert-step', 'enrich-step']), r.uuid(), r.ch(['customer-sync-batch', 'price-load-batch'])))]),
            (3, lambda t: r._batch_done(t)),
            (4, lambda t: [r.line(t, 'INFO', 'org.mule.extension.jsonlogger.JsonLogger',
                                  '{"correlationId":"%s","message":"END: %s","tracePoint":"END","priority":"INFO","elapsed":%d,"applicationName":"%s","environment":"prod"}' % (
                                      r.cid(), r.ch(['order sync', 'customer lookup', 'invoice post']), r.dur(t, 210), r.ch(r.apps)))]),
            (3, lambda t: [r.line(t, 'INFO', L, 'SAP IDoc %s %016d received from %s' % (r.ch(['ORDERS05', 'DEBMAS07', 'MATMAS05', 'INVOIC02']), r.ri(1, 10 ** 12), r.ch(['PRDCLNT100', 'PRDCLNT200'])))]),
            (3, lambda t: [r.line(t, 'INFO', L, 'Watermark for %s updated to %s' % (r.ch(['Account', 'Opportunity', 'Contact']), r._isots(t - 60)))]),
            (2, lambda t: [r.line(t, 'INFO', L, 'Cache hit ratio for customer-cache: %.2f (%d entries)' % (r.r.uniform(0.6, 0.99), r.ri(200, 9000)))]),
            (2, lambda t: [r.line(t, 'INFO', L, 'Salesforce query returned %d records in %d ms' % (r.ri(0, 200), r.dur(t, 320)))]),
            (1.0, lambda t: [r.line(t, 'WARN', L, 'Customer %d not found in cache, falling back to SAP lookup' % r.ri(100000, 999999))]),
            (0.6, lambda t: [r.line(t, 'WARN', L, 'Slow backend response from %s: %d ms' % (r.backend, r.dur(t, 2600)))]),
            (0.4, lambda t: [r.line(t, 'WARN', 'org.mule.runtime.core.internal.processor.strategy.AbstractProcessingStrategy',
                                    'Backpressure applied on flow %s-main-flow, event rejected (MAX_CONCURRENCY_EXCEEDED)' % r.ch(r.apps))]),
        ]

    def _isots(self, t):
        p, f = self.utc_cached(t, lambda m: '%04d-%02d-%02dT%02d:%02d:%02d' % m[:6])
        return p + 'Z'

    def _batch_done(self, t):
        n = self.ri(5, 800)
        bad = 0 if self.r.random() < 0.9 else self.ri(1, 5)
        return [self.line(t, 'INFO', 'com.mulesoft.mule.runtime.module.batch.internal.engine.DefaultBatchEngine',
                          "Finished execution for instance '%s' of job '%s'. Total Records processed: %d. Successful records: %d. Failed Records: %d" % (
                              self.uuid(), self.ch(['customer-sync-batch', 'price-load-batch']), n, n - bad, bad))]

    def box(self, t, etype, msg, op, handler='org.mule.runtime.core.internal.exception.OnErrorPropagateHandler', tail=()):
        th, app, flow = self.th()
        line_no = self.ri(20, 180)
        n = self.ri(0, 5)
        elem = '%s/processors/%d @ %s:%s.xml:%d (%s)' % (flow, n, app, app, line_no, op.split(':')[1].title())
        head = '%-5s %s [%s] [processor: %s/processors/%d; event: %s] %s: ' % ('ERROR', self.ts(t), th, flow, n, self.cid(), handler)
        st = '*' * 80
        out = [head, st]
        ml = msg.split('\n')
        out.append('Message               : ' + ml[0])
        out.extend(ml[1:])
        out += ['Element               : ' + elem,
                'Element DSL           : <%s doc:name="%s" config-ref="%s_config"></%s>' % (op, op.split(':')[1].title(), app.replace('-', '_'), op),
                'Error type            : ' + etype,
                'FlowStack             : at ' + elem,
                '  at %s @ %s:%s.xml:%d' % (flow, app, app, line_no - 4), '',
                "  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)"]
        out.extend(tail)
        out.append(st)
        return out

    def error(self, t, i):
        if i == 0:
            return self.box(t, 'HTTP:BAD_REQUEST', "HTTP POST on resource 'https://%s/orders' failed: bad request (400)." % self.backend, 'http:request')
        if i == 1:
            return self.box(t, 'DB:QUERY_EXECUTION', 'ORA-00001: unique constraint (ORDERS.PK_ORDER_LINE) violated\n', 'db:insert')
        return self.box(t, 'APIKIT:BAD_REQUEST', '/orderId expected type: String, found: Null', 'apikit:router',
                        handler='org.mule.runtime.core.internal.exception.OnErrorContinueHandler')

    def new_error(self, t):
        return self.box(t, self.new[0], self.new[1], self.new[2])

    def retry(self, t):
        self.conn += 1
        return [self.line(t, 'WARN', 'org.mule.runtime.core.internal.retry.policies.AbstractPolicyTemplate',
                          "Failed to connect/reconnect: 'db:config Database_Config'. Root Exception was: IO Error: The Network Adapter could not establish the connection. Type: class java.sql.SQLRecoverableException. Retrying in 2000 ms (attempt %d)" % (self.conn % 5 + 1),
                          th='[MuleRuntime].uber.%02d: [%s].retry.BLOCKING @%s' % (self.ri(1, 24), self.ch(self.apps), self.hx(8)))]

    def retry_ok(self, t):
        th = '[MuleRuntime].uber.%02d: [%s].retry.BLOCKING @%s' % (self.ri(1, 24), self.apps[0], self.hx(8))
        return [(0.0, self.retry(t)), (2.1, self.retry(t + 2.1)),
                (4.3, [self.line(t + 4.3, 'INFO', 'org.mule.runtime.core.internal.retry.policies.AbstractPolicyTemplate',
                                 "Successfully reconnected 'db:config Database_Config'", th=th)])]

    def heartbeat(self, t):
        th = '[MuleRuntime].uber.%02d: [%s].health-check-flow.CPU_LITE @%s' % (self.ri(1, 24), self.apps[0], self.hx(8))
        return [self.line(t, 'INFO', self.LMP, 'Health check OK: app=%s sapPool active=%d idle=%d' % (self.apps[0], self.ri(0, 8), self.ri(2, 10)), th=th)]

    def _boxl(self, s):
        return '* %-66s *' % s

    def startup(self, t):
        m = self.tm(t)[0]
        st = '*' * 70
        hdr = 'INFO  %s [WrapperListener_start_runner] [processor: ; event: ] %s: '
        out = [(0.0, [hdr % (self.ts(t), 'org.mule.runtime.module.launcher.MuleContainer'), st,
                      self._boxl('Mule Runtime and Integration Platform'),
                      self._boxl('Version: %s Build: %s' % (self.ver, self.build)),
                      self._boxl('MuleSoft, Inc.'), self._boxl('For more information go to'),
                      self._boxl('https://www.mulesoft.com/platform/mule'), self._boxl(''),
                      self._boxl('Server started: %d/%d/%02d, %d:%02d %s' % (m.tm_mon, m.tm_mday, m.tm_year % 100, (m.tm_hour % 12) or 12, m.tm_min, 'AM' if m.tm_hour < 12 else 'PM')),
                      self._boxl('JDK: 1.8.0_382 (mixed mode)'),
                      self._boxl('OS: Linux (5.15.0-1051-aws, amd64)'),
                      self._boxl('Host: %s (%s)' % (self.host, self.hip)), st])]
        dt = 1.5
        for app in self.apps:
            dt += self.r.uniform(1.5, 4.0)
            out.append((dt, [hdr % (self.ts(t + dt), 'org.mule.runtime.module.deployment.impl.internal.application.DefaultMuleApplication'), st,
                             self._boxl("Started app '%s'" % app), self._boxl('Application plugins:'),
                             self._boxl(' - HTTP : 1.7.3'), self._boxl(' - Sockets : 1.2.3'), self._boxl(' - Database : 1.13.6'),
                             self._boxl(' - APIKit : 1.9.1'), st]))
        dt += 0.4
        ws = '*' * 103
        rows = ['* %-45s * %-30s * %-18s *' % (a, 'default', 'DEPLOYED') for a in self.apps]
        out.append((dt, [hdr % (self.ts(t + dt), 'org.mule.runtime.module.deployment.internal.StartupSummaryDeploymentListener'),
                         st, '*              - - + DOMAIN + - -               * - - + STATUS + - - *', st,
                         '* default                                       * DEPLOYED           *', st, '', ws,
                         '*            - - + APPLICATION + - -            *       - - + DOMAIN + - -       * - - + STATUS + - - *',
                         ws] + rows + [ws, '']))
        return out

    def shutdown(self, t):
        m = self.tm(t)[0]
        st = '*' * 70
        out = []
        dt = 0.0
        for app in self.apps:
            out.append((dt, ['INFO  %s [Thread-0] [processor: ; event: ] org.mule.runtime.module.deployment.impl.internal.application.DefaultMuleApplication: ' % self.ts(t + dt),
                             st, self._boxl("Stopping app '%s'" % app), st]))
            dt += self.r.uniform(0.3, 1.2)
        out.append((dt, ['INFO  %s [Thread-0] [processor: ; event: ] org.mule.runtime.module.launcher.MuleContainer: ' % self.ts(t + dt), st,
                         self._boxl('Mule Runtime and Integration Platform'),
                         self._boxl('Version: %s Build: %s' % (self.ver, self.build)),
                         self._boxl('Server shutdown: %d/%d/%02d, %d:%02d %s' % (m.tm_mon, m.tm_mday, m.tm_year % 100, (m.tm_hour % 12) or 12, m.tm_min, 'AM' if m.tm_hour < 12 else 'PM')),
                         self._boxl('Server uptime: %d days, %d hours, %d mins, %.3f sec' % (self.ri(0, 30), self.ri(0, 23), self.ri(0, 59), self.r.uniform(0, 59))), st]))
        return out

    def oom(self, t):
        tail = ['', 'java.lang.OutOfMemoryError: GC overhead limit exceeded'] + _jstack([
            'java.util.Arrays.copyOfRange(Arrays.java:3664)', 'java.lang.String.<init>(String.java:207)',
            'java.lang.StringBuilder.toString(StringBuilder.java:407)',
            'org.mule.weave.v2.module.json.reader.JsonTokenizer.readString(JsonTokenizer.scala:214)',
            'org.mule.weave.v2.module.json.reader.indexed.IndexedJsonParser.parse(IndexedJsonParser.scala:88)'])
        a = self.box(t, 'MULE:FATAL_JVM_ERROR', 'GC overhead limit exceeded', 'ee:transform', tail=tail)
        b = ['ERROR %s [[MuleRuntime].uber.%02d: [%s].sync-flow.CPU_INTENSIVE @%s] [processor: ; event: ] org.mule.runtime.core.privileged.exception.DefaultSystemExceptionHandler: Caught exception in Exception Strategy: GC overhead limit exceeded' % (
            self.ts(t + 1.3), self.ri(1, 24), self.apps[0], self.hx(8)),
            'java.lang.OutOfMemoryError: GC overhead limit exceeded']
        return [(0.0, a), (1.3, b)]

    def disk(self, t):
        return self.box(t, 'FILE:CONNECTIVITY', "Could not write to file '/opt/mule/data/outbound/%s_%d.csv': No space left on device" % (
            self.ch(['orders', 'invoices', 'claims']), self.ri(100000, 999999)), 'file:write',
            tail=['', 'java.io.IOException: No space left on device'] + _jstack([
                'java.io.FileOutputStream.writeBytes(Native Method)', 'java.io.FileOutputStream.write(FileOutputStream.java:326)',
                'org.mule.extension.file.common.api.command.WriteCommand.write(WriteCommand.java:76)']))


# ================================================================= TIBCO BW5
class TibcoBW(Fmt):
    key = 'tibco_bw'
    label = 'TIBCO BusinessWorks 5 engine log'
    fnames = ['OrdersEngine-Process_Archive.log', 'ClaimsBridge-Process_Archive.log', 'MainframeGW-Process_Archive.log']
    clock = 'offset'
    absolute = True
    weight = 1.5
    caps = ALLK
    lat_name = 'Write To Log "in N ms" fields'
    retry_name = 'BW-JMS reconnect attempt to EMS server'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space in the BW engine (engine died, restarted by Hawk)'
    disk_name = 'Write File activity: java.io.IOException: No space left on device'

    def init(self):
        self.app = self.name.split('-Process_Archive')[0]
        self.eng = 'BW.' + self.app
        self.job = self.ri(10000, 90000)
        o = self.off // 60
        h, mi = divmod(abs(o), 60)
        self.gmt = 'GMT %s%d' % ('+' if o >= 0 else '-', h) + (':%02d' % mi if mi else '')
        self.ems = 'tcp://ems%02d.%s.corp:7222' % (self.ri(1, 3), self.ctx.site)
        self.procs = ['Processes/Orders/ProcessOrder.process', 'Processes/Claims/RouteClaim.process',
                      'Processes/CICS/CallPAYR.process', 'Processes/Common/Audit.process']
        self.err_names = ['JDBC Update ORA-00001 unique constraint', 'Send HTTP Request status 503', 'Parse XML cvc-complex-type.2.4.a']
        self.new = self.ch([
            ('BW-JMS-100032', 'JMS Queue Sender: destination queue.claims.out not found on server %s' % self.ems, 'JMS Queue Sender'),
            ('BW-SAP-100021', 'SAP RFC call BAPI_ACC_DOCUMENT_POST failed: RFC_ERROR_SYSTEM_FAILURE Posting period 013 2024 is not open', 'Invoke Request-Response'),
            ('BW-XML-100007', 'XPath evaluation error: Invalid argument for function tib:parse-dateTime(): "31.02.2024"', 'Map Data'),
        ])
        self.new_name = '%s %s' % (self.new[0], self.new[1][:60])
        self.att = 0

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d %s %02d %02d:%02d:%02d' % (m[0], MON[m[1] - 1], m[2], m[3], m[4], m[5]))
        return '%s:%03d %s' % (p, int(f * 1000), self.gmt)

    def jid(self):
        self.job += self.ri(1, 3)
        return self.job

    def user(self, t, role, msg, proc=None):
        return ['%s %s %s [BW-User] - Job-%d [%s/Log]: %s' % (self.ts(t), self.eng, role, self.jid(), proc or self.ch(self.procs), msg)]

    def templates(self):
        r = self
        return [
            (12, lambda t: r.user(t, 'Info', 'Order %d received from %s' % (r.ri(10 ** 7, 10 ** 8), r.ch(['EDI', 'WEB', 'MQ:ORDERS.IN'])), r.procs[0])),
            (10, lambda t: r.user(t, 'Info', 'Order %d sent to SAP in %d ms' % (r.ri(10 ** 7, 10 ** 8), r.dur(t, 160)), r.procs[0])),
            (8, lambda t: r.user(t, 'Info', 'Claim %s status changed to %s' % (r.aid(10), r.ch(['RECEIVED', 'ADJUDICATED', 'PENDED', 'PAID'])), r.procs[1])),
            (6, lambda t: r.user(t, 'Info', 'Batch file %s processed: %d records in %d ms' % (r.ch(['CLM', 'ORD', 'PAY']) + '_%d.dat' % r.ri(1000, 9999), r.ri(10, 5000), r.dur(t, 900)))),
            (8, lambda t: r.user(t, 'Info', 'CICS transaction %s returned COMMAREA rc=00 in %d ms' % (r.ch(['PAYR', 'ACC1', 'CUSQ', 'POL2']), r.dur(t, 45)), r.procs[2])),
            (6, lambda t: r.user(t, 'Info', 'Published %s to EMS topic %s (JMSMessageID=ID:EMS-SERVER.%s:%d)' % (
                r.ch(['OrderCreated', 'ClaimUpdated', 'PaymentPosted']), r.ch(['corp.orders.events', 'corp.claims.events']), r.HX(10), r.ri(1, 99999)))),
            (6, lambda t: r.user(t, 'Info', 'Received reply for correlation %s after %d ms' % (r.HX(16), r.dur(t, 120)))),
            (3, lambda t: r.user(t, 'Debug', 'Audit record written for %s' % r.uuid(), r.procs[3])),
            (0.8, lambda t: r.user(t, 'Warn', 'Duplicate order %d ignored (already in ORDER_XREF)' % r.ri(10 ** 7, 10 ** 8), r.procs[0])),
            (0.6, lambda t: ['%s %s Warn [BW-Core] BWENGINE-200003 Job-%d: Checkpoint of job took %d ms' % (r.ts(t), r.eng, r.jid(), r.dur(t, 900))]),
        ]

    def jerr(self, t, act, detail, code='BWENGINE-100034', cat='BW-Core'):
        out = ['%s %s Error [%s] %s Job-%d Error in [%s/%s]' % (self.ts(t), self.eng, cat, code, self.jid(), self.ch(self.procs), act)]
        out.extend(detail.split('\n'))
        return out

    def error(self, t, i):
        if i == 0:
            return self.jerr(t, 'JDBC Update', 'JDBC error reported: (SQLState = 23000) - java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (CLM.PK_CLAIM_EVT) violated', 'BW-JDBC-100034', 'BW-Plugin')
        if i == 1:
            return self.jerr(t, 'Send HTTP Request', 'Http Response Code = 503, Http Status Line = HTTP/1.1 503 Service Unavailable, URL = https://api.partner.example.com/v2/claims', 'BW-HTTP-100118', 'BW-Plugin')
        return self.jerr(t, 'Parse XML', "Parse error: cvc-complex-type.2.4.a: Invalid content was found starting with element 'ClaimAmt'. One of '{Currency}' is expected.", 'BW-XML-100003', 'BW-Plugin')

    def new_error(self, t):
        return self.jerr(t, self.new[2], self.new[1], self.new[0], 'BW-Plugin')

    def retry(self, t):
        self.att += 1
        return ['%s %s Warn [BW-Plugin] BW-JMS-100001 Connection to JMS server %s lost, reconnect attempt %d failed: javax.jms.JMSException: Failed to connect to the server at %s' % (
            self.ts(t), self.eng, self.ems, self.att % 10 + 1, self.ems)]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (5.0, self.retry(t + 5)),
                (10.2, ['%s %s Info [BW-Plugin] BW-JMS-300002 Reconnected to JMS server %s' % (self.ts(t + 10.2), self.eng, self.ems)])]

    def heartbeat(self, t):
        return self.user(t, 'Info', 'heartbeat ok, active jobs=%d' % self.ri(0, 30), 'Processes/Common/Heartbeat.process')

    def startup(self, t):
        L = [('BWENGINE-300001', 'Process Engine version 5.13.0, build V21, 2015-7-31'),
             ('BWENGINE-300009', 'BW Plugins: version 5.13.0, build V21, 2015-7-31'),
             ('BWENGINE-300010', 'XML Support: TIBCOXML Version 5.60.0.003'),
             ('BWENGINE-300011', 'Java version: Java HotSpot(TM) 64-Bit Server VM 25.202-b08'),
             ('BWENGINE-300012', 'TIBCO Rendezvous version: 8.4.5 V4 2016-01-21'),
             ('BWENGINE-300013', 'Tracing is set to: Error=true Warn=true Debug=false Info=true'),
             ('BWENGINE-300002', 'Engine %s started' % self.eng)]
        out = []
        dt = 0.0
        for c, m in L:
            out.append((dt, ['%s %s Info [BW-Core] %s %s' % (self.ts(t + dt), self.eng, c, m)]))
            dt += self.r.uniform(0.05, 2.5)
        return out

    def shutdown(self, t):
        return [(0.0, ['%s %s Info [BW-Core] BWENGINE-300014 Engine shutdown requested by Hawk microagent' % (self.ts(t), self.eng)]),
                (1.4, ['%s %s Info [BW-Core] BWENGINE-300003 Engine %s terminating' % (self.ts(t + 1.4), self.eng, self.eng)])]

    def oom(self, t):
        a = self.jerr(t, 'Render XML', 'java.lang.OutOfMemoryError: Java heap space', 'BWENGINE-100005') + _jstack([
            'java.util.Arrays.copyOf(Arrays.java:3332)',
            'java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)',
            'com.tibco.xml.data.primitive.serialization.XmlTextWriter.characters(Unknown Source)',
            'com.tibco.pe.core.JobPool$JobCourier.run(Unknown Source)'])
        b = ['Exception in thread "tibco-bw-engine-worker-%d" java.lang.OutOfMemoryError: Java heap space' % self.ri(1, 16)]
        return [(0.0, a), (0.9, b)]

    def disk(self, t):
        return self.jerr(t, 'Write File', 'File I/O error: /data/bw/out/%s_%d.xml (No space left on device)\njava.io.IOException: No space left on device' % (
            self.ch(['claims', 'orders', 'gl']), self.ri(100000, 999999)), 'BW-FILE-100014', 'BW-Plugin')


# ============================================================ Camel / Spring
class CamelSB(Fmt):
    key = 'camel'
    label = 'Apache Camel 4 on Spring Boot 3 (stdout log)'
    fnames = ['fix-router.out', 'dw-loader.out', 'orders-router.out', 'b2b-router.out']
    clock = 'offset'
    absolute = True
    weight = 2.0
    caps = ALLK + ('panic',)
    lat_name = 'route log "in N ms" fields'
    retry_name = 'Kafka NetworkClient "Connection to node ... could not be established. Broker may not be available."'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space, "Terminating due to java.lang.OutOfMemoryError"'
    panic_name = 'JVM SIGSEGV crash report "A fatal error has been detected by the Java Runtime Environment" (hs_err)'
    disk_name = 'GenericFileOperationFailedException caused by java.io.IOException: No space left on device'

    APPS = {'fix-router': ('c.e.fix.FixRouterApplication', ['fix-exec-reports', 'orders-in', 'allocations', 'drop-copy']),
            'dw-loader': ('c.e.dw.DwLoaderApplication', ['dw-loader', 'stage-files', 'cdc-events', 'audit']),
            'orders-router': ('c.e.orders.OrdersRouterApplication', ['orders-in', 'orders-to-core', 'settlement', 'audit']),
            'b2b-router': ('c.e.b2b.B2bRouterApplication', ['partner-in', 'edi-to-canonical', 'orders-to-core', 'audit'])}

    @classmethod
    def pick_name(cls, theme, rng):
        return {'fix_trading': 'fix-router.out', 'etl_warehouse': 'dw-loader.out',
                'api_gateway_b2b': 'b2b-router.out'}.get(theme, rng.choice(['orders-router.out', 'b2b-router.out']))

    def init(self):
        self.app = self.name.rsplit('.', 1)[0]
        self.main, self.routes = self.APPS.get(self.app, self.APPS['orders-router'])
        self.set_pid(self.ri(1200, 64000))
        self.oc = off_str(self.off, z=True)
        self.camel = self.ch(['4.4.0', '4.0.3', '4.2.0'])
        self.boot = self.ch(['3.2.3', '3.2.5', '3.1.8'])
        self.kh = 'kafka-%d.%s.corp' % (self.ri(1, 3), self.ctx.site)
        self.mid = self.HX(15)
        self.seqn = self.ri(1, 5000)
        self.err_names = ['DefaultErrorHandler exhausted: HttpOperationFailedException statusCode 503',
                          'DefaultErrorHandler exhausted: SQLIntegrityConstraintViolationException',
                          'route rejected message: unknown ClOrdID']
        self.new = self.ch([
            'com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.math.BigDecimal` from String "N/A": not a valid representation',
            'org.apache.kafka.common.errors.RecordTooLargeException: The message is 1843212 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.',
            'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
        ])
        self.new_name = self.new[:90]

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02dT%02d:%02d:%02d' % m[:6])
        return '%s.%03d%s' % (p, int(f * 1000), self.oc)

    def L(self, t, lvl, thread, logger, msg):
        return '%s %5s %d --- [%s] [%15s] %-40s : %s' % (self.ts(t), lvl, self.pid_at(t), self.app, thread[-15:], logger[:40], msg)

    def rth(self):
        return self.ch(['Camel (camel-1) thread #%d - KafkaConsumer[orders]' % self.ri(1, 8),
                        'Camel (camel-1) thread #%d - seda://work' % self.ri(1, 8),
                        'http-nio-8080-exec-%d' % self.ri(1, 20)])

    def templates(self):
        r = self
        R0, R1, R2, R3 = self.routes
        return [
            (12, lambda t: [r.L(t, 'INFO', r.rth(), R1, 'Received order %s for account %s' % (r.aid(12), r.ri(10 ** 7, 10 ** 8)))]),
            (10, lambda t: [r.L(t, 'INFO', r.rth(), R0, '%s %s processed in %d ms' % (r.ch(['ExecutionReport', 'Batch', 'Event']), r.aid(10), r.dur(t, 35)))]),
            (8, lambda t: [r.L(t, 'INFO', r.rth(), R0, 'Loaded batch %d: %d rows into %s in %d ms' % (r.ri(1, 10 ** 6), r.ri(1, 5000), r.ch(['STG_TRADES', 'FACT_ORDERS', 'DIM_ACCOUNT']), r.dur(t, 260)))]),
            (8, lambda t: [r.L(t, 'INFO', r.rth(), R2, 'Posted %s to downstream, HTTP 200 in %d ms' % (r.aid(10), r.dur(t, 90)))]),
            (6, lambda t: [r.L(t, 'INFO', r.rth(), 'orders', 'Exchange[ExchangePattern: InOnly, BodyType: String, Body: {"orderId":"%s","qty":%d,"side":"%s"}]' % (r.aid(10), r.ri(1, 5000), r.ch(['BUY', 'SELL'])))]),
            (5, lambda t: [r.L(t, 'INFO', r.rth(), R3, 'Audit event %s stored (%d bytes)' % (r.uuid(), r.ri(300, 9000)))]),
            (1.2, lambda t: [r.L(t, 'INFO', 'KafkaConsumer[orders]', 'o.a.k.c.c.internals.ConsumerCoordinator',
                                 '[Consumer clientId=consumer-orders-1, groupId=%s] Setting offset for partition orders-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[%s:9092 (id: %d rack: null)], epoch=%d}}' % (
                                     r.app, r.ri(0, 11), r.ri(10 ** 5, 10 ** 8), r.kh, r.ri(1, 3), r.ri(1, 40)))]),
            (4, lambda t: [r.L(t, 'INFO', r.rth(), 'c.e.common.EnrichmentProcessor', 'Enriched %s with instrument %s (ISIN %s)' % (r.aid(10), r.ch(['VOD.L', 'SAP.DE', 'AAPL.OQ', 'NESN.S']), r.ch(['GB00BH4HKS39', 'DE0007164600', 'US0378331005', 'CH0038863350'])))]),
            (0.6, lambda t: [r.L(t, 'WARN', 'housekeeper', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms).' % (r.ri(45, 90), r.ri(1, 999)))]),
            (0.8, lambda t: [r.L(t, 'WARN', r.rth(), R2, 'Slow response from downstream: %d ms' % r.dur(t, 2500))]),
            (0.5, lambda t: [r.L(t, 'WARN', 'KafkaConsumer[orders]', 'o.a.k.c.c.internals.ConsumerCoordinator',
                                 '[Consumer clientId=consumer-orders-1, groupId=%s] Offset commit failed on partition orders-%d at offset %d: The request timed out.' % (r.app, r.ri(0, 11), r.ri(10 ** 5, 10 ** 8)))]),
        ]

    def exhausted(self, t, exc, cause_lines):
        self.seqn += 1
        mid = '%s-%016X' % (self.mid, self.seqn)
        out = [self.L(t, 'ERROR', self.rth(), 'o.a.c.p.e.DefaultErrorHandler',
                      'Failed delivery for (MessageId: %s on ExchangeId: %s). Exhausted after delivery attempt: %d caught: %s' % (mid, mid, self.ri(1, 4), exc)),
               '', 'Message History (source location and message history is disabled)',
               '-' * 135,
               'Source                                   ID                             Processor                                          Elapsed (ms)',
               '                                         %-30s %-50s %12d' % (self.routes[2] + '/' + self.routes[2], 'from[seda://work]', self.ri(5, 900)),
               '\t...',
               '                                         %-30s %-50s %12d' % (self.routes[2] + '/to1', 'https://downstream.internal/api/v1/post', self.ri(1, 80)),
               '', 'Stacktrace', '-' * 135, '', exc]
        out.extend(_jstack(cause_lines))
        return out

    def error(self, t, i):
        if i == 0:
            return self.exhausted(t, 'org.apache.camel.http.base.HttpOperationFailedException: HTTP operation failed invoking https://downstream.internal/api/v1/post with statusCode: 503',
                                  ['org.apache.camel.component.http.HttpProducer.populateHttpOperationFailedException(HttpProducer.java:467)',
                                   'org.apache.camel.component.http.HttpProducer.process(HttpProducer.java:249)',
                                   'org.apache.camel.support.AsyncProcessorConverterHelper$ProcessorToAsyncProcessorBridge.process(AsyncProcessorConverterHelper.java:65)'])
        if i == 1:
            return self.exhausted(t, 'java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (DW.PK_STG_TRADES) violated',
                                  ['oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)',
                                   'oracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:1067)',
                                   'org.apache.camel.component.sql.SqlProducer.processInternal(SqlProducer.java:142)'])
        return [self.L(t, 'ERROR', self.rth(), self.routes[0], 'Rejecting message %s: unknown ClOrdID %s' % (self.aid(10), self.aid(12)))]

    def new_error(self, t):
        return self.exhausted(t, self.new, ['com.example.common.Codec.decode(Codec.java:88)',
                                            'org.apache.camel.support.processor.MarshalProcessor.process(MarshalProcessor.java:64)'])

    def retry(self, t):
        n = self.ri(1, 3)
        return [self.L(t, 'WARN', 'kafka-producer-network-thread | producer-1', 'o.apache.kafka.clients.NetworkClient',
                       '[Producer clientId=producer-1] Connection to node %d (%s/10.%d.%d.%d:9092) could not be established. Broker may not be available.' % (
                           self.ch([-1, n]), self.kh, 40, n, 10 + n))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (1.1, self.retry(t + 1.1)),
                (2.3, [self.L(t + 2.3, 'INFO', 'kafka-producer-network-thread | producer-1', 'org.apache.kafka.clients.Metadata',
                              '[Producer clientId=producer-1] Cluster ID: %s' % self.aid(22))])]

    def heartbeat(self, t):
        return [self.L(t, 'INFO', 'Camel (camel-1) thread #1 - timer://health', 'health', 'Health check UP (kafka=UP, db=UP, routes=%d/%d started)' % (len(self.routes), len(self.routes)))]

    def startup(self, t):
        pid = self.new_pid(t, 1200, 64000)
        A = self.main.split('.')[-1]
        banner = ['', '  .   ____          _            __ _ _',
                  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
                  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
                  " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
                  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
                  ' =========|_|==============|___/=/_/_/_/', '',
                  ' :: Spring Boot ::                (v%s)' % self.boot, '']
        L = [('main', self.main, 'Starting %s v1.%d.%d using Java 17.0.10 with PID %d (/opt/%s/%s.jar started by app in /opt/%s)' % (A, self.ri(0, 9), self.ri(0, 20), pid, self.app, self.app, self.app)),
             ('main', self.main, 'The following 1 profile is active: "prod"'),
             ('main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port 8080 (http)'),
             ('main', 'o.apache.catalina.core.StandardService', 'Starting service [Tomcat]'),
             ('main', 'o.apache.catalina.core.StandardEngine', 'Starting Servlet engine: [Apache Tomcat/10.1.19]'),
             ('main', 'o.a.c.c.C.[Tomcat].[localhost].[/]', 'Initializing Spring embedded WebApplicationContext'),
             ('main', 'w.s.c.ServletWebServerApplicationContext', 'Root WebApplicationContext: initialization completed in %d ms' % self.ri(600, 2400)),
             ('main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
             ('main', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Added connection oracle.jdbc.driver.T4CConnection@%s' % self.hx(8)),
             ('main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
             ('main', 'o.a.c.impl.engine.AbstractCamelContext', 'Apache Camel %s (camel-1) is starting' % self.camel),
             ('main', 'o.a.c.impl.engine.AbstractCamelContext', 'Routes startup (started:%d)' % len(self.routes))]
        for ro in self.routes:
            L.append(('main', 'o.a.c.impl.engine.AbstractCamelContext', '    Started %s (%s)' % (ro, self.ch(['kafka://orders', 'seda://work', 'timer://poll', 'direct://' + ro]))))
        L += [('main', 'o.a.c.impl.engine.AbstractCamelContext', 'Apache Camel %s (camel-1) started in %dms (build:0ms init:0ms start:%dms)' % (self.camel, self.ri(80, 900), self.ri(80, 900))),
              ('main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path ''"),
              ('main', self.main, 'Started %s in %.3f seconds (process running for %.3f)' % (A, self.r.uniform(4, 14), self.r.uniform(14, 16)))]
        out = [(0.0, banner)]
        dt = 0.8
        for th, lg, msg in L:
            dt += self.r.uniform(0.02, 0.9)
            out.append((dt, [self.L(t + dt, 'INFO', th, lg, msg)]))
        return out

    def shutdown(self, t):
        L = [('SpringApplicationShutdownHook', 'o.s.b.w.e.tomcat.GracefulShutdown', 'Commencing graceful shutdown. Waiting for active requests to complete'),
             ('tomcat-shutdown', 'o.s.b.w.e.tomcat.GracefulShutdown', 'Graceful shutdown complete'),
             ('SpringApplicationShutdownHook', 'o.a.c.impl.engine.AbstractCamelContext', 'Apache Camel %s (camel-1) is shutting down (timeout:45s)' % self.camel),
             ('SpringApplicationShutdownHook', 'o.a.c.impl.engine.AbstractCamelContext', 'Routes stopped (total:%d)' % len(self.routes))]
        for ro in self.routes:
            L.append(('SpringApplicationShutdownHook', 'o.a.c.impl.engine.AbstractCamelContext', '    Stopped %s (direct://%s)' % (ro, ro)))
        L += [('SpringApplicationShutdownHook', 'o.a.c.impl.engine.AbstractCamelContext', 'Apache Camel %s (camel-1) shutdown in %dms (uptime:%dh%dm)' % (self.camel, self.ri(20, 400), self.ri(1, 200), self.ri(0, 59))),
              ('SpringApplicationShutdownHook', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown initiated...'),
              ('SpringApplicationShutdownHook', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown completed.')]
        out = []
        dt = 0.0
        for th, lg, msg in L:
            out.append((dt, [self.L(t + dt, 'INFO', th, lg, msg)]))
            dt += self.r.uniform(0.01, 0.6)
        return out

    def oom(self, t):
        a = [self.L(t, 'ERROR', self.rth(), 'o.a.c.p.e.DefaultErrorHandler',
                    'Failed delivery for (MessageId: %s-%016X on ExchangeId: %s-%016X). Exhausted after delivery attempt: 1 caught: java.lang.OutOfMemoryError: Java heap space' % (
                        self.mid, self.seqn, self.mid, self.seqn)),
             'java.lang.OutOfMemoryError: Java heap space'] + _jstack([
                 'java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
                 'java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)',
                 'org.apache.camel.converter.stream.CachedOutputStream.write(CachedOutputStream.java:132)'])
        b = ['Terminating due to java.lang.OutOfMemoryError: Java heap space']
        return [(0.0, a), (0.7, b)]

    def panic(self, t):
        pc = self.hx(12)
        pid = self.pid_at(t)
        lines = ['#', '# A fatal error has been detected by the Java Runtime Environment:', '#',
                 '#  SIGSEGV (0xb) at pc=0x0000%s, pid=%d, tid=%d' % (pc, pid, pid + self.ri(10, 400)), '#',
                 '# JRE version: OpenJDK Runtime Environment Temurin-17.0.10+7 (17.0.10+7) (build 17.0.10+7)',
                 '# Java VM: OpenJDK 64-Bit Server VM Temurin-17.0.10+7 (17.0.10+7, mixed mode, sharing, tiered, compressed oops, compressed class ptrs, g1 gc, linux-amd64)',
                 '# Problematic frame:', '# C  [libnet.so+0x%x]  Java_java_net_Inet6AddressImpl_lookupAllHostAddr+0x%x' % (self.ri(4096, 99999), self.ri(16, 900)), '#',
                 '# Core dump will be written. Default location: Core dumps may be processed with "/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h" (or dumping to /opt/' + self.app + '/core.%d)' % pid,
                 '#', '# An error report file with more information is saved as:', '# /opt/%s/hs_err_pid%d.log' % (self.app, pid), '#',
                 '# If you would like to submit a bug report, please visit:', '#   https://github.com/adoptium/adoptium-support/issues',
                 '# The crash happened outside the Java Virtual Machine in native code.', '# See problematic frame for where to report the bug.', '#']
        return [(0.0, lines)]

    def disk(self, t):
        return self.exhausted(t, 'org.apache.camel.component.file.GenericFileOperationFailedException: Cannot write file: /data/outbox/%s-%d.json' % (self.app, self.ri(10 ** 5, 10 ** 6)),
                              ['org.apache.camel.component.file.FileOperations.storeFile(FileOperations.java:395)',
                               'org.apache.camel.component.file.GenericFileProducer.writeFile(GenericFileProducer.java:305)']) + [
            'Caused by: java.io.IOException: No space left on device'] + _jstack([
                'java.base/java.io.FileOutputStream.writeBytes(Native Method)',
                'java.base/java.io.FileOutputStream.write(FileOutputStream.java:349)'])


# ====================================================== ServiceMix / Karaf
class Karaf(Fmt):
    key = 'karaf'
    label = 'Apache ServiceMix/Karaf karaf.log'
    fnames = ['karaf.log', 'servicemix.log']
    weight = 1.5
    caps = ALLK
    lat_name = 'Camel route "in N ms" fields'
    retry_name = 'ActiveMQ FailoverTransport "Failed to connect to [...] after: N attempt(s) continuing to retry."'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space in the Karaf container (container died)'
    disk_name = 'GenericFileOperationFailedException caused by java.io.IOException: No space left on device'
    CAMEL = '245 - org.apache.camel.camel-core - 2.24.2'
    CXF = '123 - org.apache.cxf.cxf-core - 3.3.6'
    AMQ = '104 - org.apache.activemq.activemq-osgi - 5.15.12'

    def init(self):
        self.ctxn = self.ch(['orders-context', 'claims-context', 'edi-context'])
        self.routes = ['orders-route', 'claims-ws-route', 'edi-inbound', 'health-route']
        self.amq = ['tcp://amq01.%s.corp:61616' % self.ctx.site, 'tcp://amq02.%s.corp:61616' % self.ctx.site]
        self.att = 0
        self.err_names = ['DefaultErrorHandler exhausted: SocketTimeoutException Read timed out',
                          'backend rejected order: HTTP 409 Conflict', 'CXF PhaseInterceptorChain fault: Validation failed']
        self.new = self.ch([
            ('JmsConsumer[orders.in]', 'DefaultErrorHandler', 'Failed delivery for (MessageId: ID-smx01-%d on ExchangeId: ID-smx01-%d). Exhausted after delivery attempt: 1 caught: org.apache.camel.TypeConversionException: Error during type conversion from type: java.lang.String to the required type: java.math.BigDecimal with value N/A due java.lang.NumberFormatException'),
            ('JmsConsumer[claims]', 'JmsConsumer', 'Execution of JMS message listener failed. Caused by: [org.apache.camel.RuntimeCamelException - javax.jms.JMSException: Could not correlate reply for message ID-smx01-%d, correlation %d]'),
        ])
        self.new_name = self.new[2][:80]

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02dT%02d:%02d:%02d' % m[:6])
        return '%s,%03d' % (p, int(f * 1000))

    def L(self, t, lvl, th, lg, bundle, msg):
        return '%s | %-5s | %-16s | %-32s | %s | %s' % (self.ts(t), lvl, th[-16:], lg[:32], bundle, msg)

    def cth(self):
        return self.ch(['Camel (%s) thread #%d - JmsConsumer[orders.in]' % (self.ctxn, self.ri(1, 10)),
                        'qtp%d-%d' % (1405032481, self.ri(40, 80)),
                        'Camel (%s) thread #%d - file://data/edi/in' % (self.ctxn, self.ri(1, 4))])

    def templates(self):
        r = self
        C = self.CAMEL
        return [
            (14, lambda t: [r.L(t, 'INFO', r.cth(), 'orders-route', C, 'Processed order %d in %d ms' % (r.ri(10 ** 6, 10 ** 7), r.dur(t, 40)))]),
            (2.5, lambda t: r.cxf(t, True)),
            (2.5, lambda t: r.cxf(t, False)),
            (8, lambda t: [r.L(t, 'INFO', r.cth(), 'claims-ws-route', C, 'Claim %s forwarded to %s' % (r.aid(10), r.ch(['adjudication', 'fraud-check', 'archive'])))]),
            (6, lambda t: [r.L(t, 'INFO', r.cth(), 'edi-inbound', C, 'Picked up file %s_%d.x12 (%d bytes)' % (r.ch(['837P', '835', '270']), r.ri(10 ** 5, 10 ** 6), r.ri(800, 90000)))]),
            (6, lambda t: [r.L(t, 'INFO', r.cth(), 'edi-inbound', C, 'Translated X12 %s ST*%04d to canonical XML in %d ms' % (r.ch(['837P', '835', '270']), r.ri(1, 9999), r.dur(t, 120)))]),
            (3, lambda t: [r.L(t, 'INFO', 'ActiveMQ Transport: tcp:///%s:61616@%d' % (r.ip(), r.ri(30000, 60000)), 'TransportConnection', r.AMQ,
                               'Started JMS connection ID:smx01-%d-%d-1:%d' % (r.ri(30000, 50000), r.ri(10 ** 12, 10 ** 13), r.ri(1, 400)))]),
            (0.8, lambda t: [r.L(t, 'WARN', r.cth(), 'orders-route', C, 'Order %d has no shipping address, defaulting to billing address' % r.ri(10 ** 6, 10 ** 7))]),
            (0.5, lambda t: [r.L(t, 'WARN', 'pool-%d-thread-1' % r.ri(2, 9), 'HttpConduit', r.CXF, 'Slow response from http://claims-backend:8080/ws/ClaimsService: %d ms' % r.dur(t, 3000))]),
        ]

    def cxf(self, t, inbound):
        th = 'qtp1405032481-%d' % self.ri(40, 80)
        n = self.ri(1, 9999)
        if inbound:
            return [self.L(t, 'INFO', th, 'LoggingInInterceptor', self.CXF, 'Inbound Message'),
                    '----------------------------', 'ID: %d' % n, 'Address: http://0.0.0.0:8181/cxf/ClaimsService',
                    'Encoding: UTF-8', 'Http-Method: POST', 'Content-Type: text/xml; charset=UTF-8',
                    'Headers: {Accept=[*/*], Content-Length=[%d], content-type=[text/xml; charset=UTF-8], SOAPAction=["submitClaim"]}' % self.ri(400, 2000),
                    'Payload: <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:submitClaim xmlns:ns2="http://claims.example.com/"><claimId>%s</claimId></ns2:submitClaim></soap:Body></soap:Envelope>' % self.aid(10),
                    '--------------------------------------']
        return [self.L(t, 'INFO', th, 'LoggingOutInterceptor', self.CXF, 'Outbound Message'),
                '---------------------------', 'ID: %d' % n, 'Response-Code: 200', 'Encoding: UTF-8',
                'Content-Type: text/xml', 'Headers: {}',
                'Payload: <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:submitClaimResponse xmlns:ns2="http://claims.example.com/"><status>ACCEPTED</status></ns2:submitClaimResponse></soap:Body></soap:Envelope>',
                '--------------------------------------']

    def exhausted(self, t, exc, th=None):
        mid = 'ID-smx01-%d-%d-1-%d' % (self.ri(30000, 50000), self.ri(10 ** 12, 10 ** 13), self.ri(1, 99999))
        return [self.L(t, 'ERROR', th or self.cth(), 'DefaultErrorHandler', self.CAMEL,
                       'Failed delivery for (MessageId: %s on ExchangeId: %s). Exhausted after delivery attempt: 1 caught: %s. Processed by failure processor: FatalFallbackErrorHandler[Channel[log:DLQ]]' % (mid, mid, exc)),
                '', 'Message History',
                '---------------------------------------------------------------------------------------------------------------------------------------',
                'RouteId              ProcessorId          Processor                                                                        Elapsed (ms)',
                '[orders-route      ] [orders-route      ] [jms://queue:orders.in                                                         ] [     %6d]' % self.ri(20, 40000),
                '[orders-route      ] [to2               ] [http4://backend:8080/orders                                                   ] [     %6d]' % self.ri(1, 40000),
                '', 'Stacktrace',
                '---------------------------------------------------------------------------------------------------------------------------------------',
                exc]

    def error(self, t, i):
        if i == 0:
            return self.exhausted(t, 'java.net.SocketTimeoutException: Read timed out') + _jstack([
                'java.net.SocketInputStream.socketRead0(Native Method)',
                'org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)'])
        if i == 1:
            return [self.L(t, 'ERROR', self.cth(), 'orders-route', self.CAMEL, 'Order %d rejected by backend: HTTP 409 Conflict' % self.ri(10 ** 6, 10 ** 7))]
        return [self.L(t, 'WARN', 'qtp1405032481-%d' % self.ri(40, 80), 'PhaseInterceptorChain', self.CXF,
                       'Application {http://claims.example.com/}ClaimsService#{http://claims.example.com/}submitClaim has thrown exception, unwinding now: org.apache.cxf.interceptor.Fault: Validation failed: claimAmount must be positive')]

    def new_error(self, t):
        th, lg, msg = self.new
        return [self.L(t, 'ERROR', 'Camel (%s) thread #%d - %s' % (self.ctxn, self.ri(1, 9), th), lg, self.CAMEL,
                       msg % (self.ri(10 ** 5, 10 ** 6), self.ri(10 ** 5, 10 ** 6)))]

    def retry(self, t):
        self.att += 1
        return [self.L(t, 'WARN', 'ActiveMQ Task-%d' % self.ri(1, 4), 'FailoverTransport', self.AMQ,
                       'Failed to connect to [%s] after: %d attempt(s) continuing to retry.' % (', '.join(self.amq), self.att))]

    def retry_ok(self, t):
        return [(0.0, [self.L(t, 'WARN', 'ActiveMQ Transport: tcp://amq01/%s:61616@%d' % (self.ip(), self.ri(30000, 60000)), 'FailoverTransport', self.AMQ,
                              'Transport (%s) failed, attempting to automatically reconnect: java.io.EOFException' % self.amq[0])]),
                (1.0, self.retry(t + 1.0)),
                (3.2, [self.L(t + 3.2, 'INFO', 'ActiveMQ Task-1', 'FailoverTransport', self.AMQ, 'Successfully reconnected to %s' % self.amq[1])])]

    def heartbeat(self, t):
        return [self.L(t, 'INFO', 'Camel (%s) thread #1 - timer://health' % self.ctxn, 'health-route', self.CAMEL,
                       'health ok: inflight=%d, jms=%s' % (self.ri(0, 12), self.amq[0]))]

    def startup(self, t):
        B = '78 - org.apache.aries.blueprint.core - 1.10.2'
        L = [('activator', 'Activator', '10 - org.ops4j.pax.logging.pax-logging-api - 1.11.4', 'EventAdmin support enabled, WAB events will be posted to EventAdmin topics.'),
             ('FelixStartLevel', 'SecurityUtils', '16 - org.apache.sshd.osgi - 2.4.0', 'BouncyCastle not registered, using the default JCE provider'),
             ('FelixStartLevel', 'core', '49 - org.apache.aries.jmx.core - 1.1.8', 'Starting JMX OSGi agent'),
             ('activator', 'FeaturesServiceImpl', '11 - org.apache.karaf.features.core - 4.2.9', 'Adding features: servicemix-camel/[7.0.1,7.0.1], activemq-broker/[5.15.12,5.15.12]'),
             ('FelixStartLevel', 'BlueprintContainerImpl', B, 'Blueprint bundle org.apache.karaf.shell.core/4.2.9 has been started'),
             ('FelixStartLevel', 'BrokerService', self.AMQ, 'Apache ActiveMQ 5.15.12 (amq-broker, ID:smx01-%d-%d-0:1) is starting' % (self.ri(30000, 50000), self.ri(10 ** 12, 10 ** 13))),
             ('FelixStartLevel', 'BlueprintContainerImpl', B, 'Blueprint bundle %s/1.%d.0 has been started' % (self.ctxn.replace('-context', '-routes'), self.ri(0, 9))),
             ('Blueprint Extender: 1', 'BlueprintCamelContext', self.CAMEL, 'Apache Camel 2.24.2 (CamelContext: %s) is starting' % self.ctxn)]
        for ro in self.routes:
            L.append(('Blueprint Extender: 1', 'BlueprintCamelContext', self.CAMEL, 'Route: %s started and consuming from: %s' % (ro, self.ch(['jms://queue:orders.in', 'file://data/edi/in', 'timer://health?period=60000', 'cxf://bean:claimsEndpoint']))))
        L += [('Blueprint Extender: 1', 'BlueprintCamelContext', self.CAMEL, 'Total %d routes, of which %d are started' % (len(self.routes), len(self.routes))),
              ('Blueprint Extender: 1', 'BlueprintCamelContext', self.CAMEL, 'Apache Camel 2.24.2 (CamelContext: %s) started in %.3f seconds' % (self.ctxn, self.r.uniform(0.3, 2.5)))]
        out = []
        dt = 0.0
        for th, lg, b, m in L:
            out.append((dt, [self.L(t + dt, 'INFO', th, lg, b, m)]))
            dt += self.r.uniform(0.05, 1.6)
        return out

    def shutdown(self, t):
        L = [('Karaf Shutdown Socket Thread', 'ShutdownSocketThread', '- - ', 'Karaf shutdown socket: received shutdown command. Stopping framework...'),
             ('Blueprint Event Dispatcher: 1', 'BlueprintCamelContext', self.CAMEL, 'Apache Camel 2.24.2 (CamelContext: %s) is shutting down' % self.ctxn),
             ('Blueprint Event Dispatcher: 1', 'BlueprintCamelContext', self.CAMEL, 'Apache Camel 2.24.2 (CamelContext: %s) uptime %d hours %d minutes' % (self.ctxn, self.ri(1, 400), self.ri(0, 59))),
             ('Blueprint Event Dispatcher: 1', 'BlueprintCamelContext', self.CAMEL, 'Apache Camel 2.24.2 (CamelContext: %s) is shutdown in %.3f seconds' % (self.ctxn, self.r.uniform(0.05, 3))),
             ('Framework stop - Equinox', 'BrokerService', self.AMQ, 'Apache ActiveMQ 5.15.12 (amq-broker, ID:smx01) is shutting down'),
             ('Framework stop - Equinox', 'BlueprintExtender', '78 - org.apache.aries.blueprint.core - 1.10.2', 'Destroying container for blueprint bundle %s' % self.ctxn.replace('-context', '-routes'))]
        out = []
        dt = 0.0
        for th, lg, b, m in L:
            out.append((dt, [self.L(t + dt, 'INFO', th, lg, b, m)]))
            dt += self.r.uniform(0.05, 0.8)
        return out

    def oom(self, t):
        a = [self.L(t, 'ERROR', self.cth(), 'DefaultErrorHandler', self.CAMEL, 'Failed delivery for (MessageId: ID-smx01-%d). Exhausted after delivery attempt: 1 caught: java.lang.OutOfMemoryError: Java heap space' % self.ri(10 ** 5, 10 ** 6)),
             'java.lang.OutOfMemoryError: Java heap space'] + _jstack(['java.util.Arrays.copyOf(Arrays.java:3332)', 'org.apache.camel.converter.IOConverter.toBytes(IOConverter.java:437)'])
        b = [self.L(t + 1.5, 'ERROR', 'ActiveMQ InactivityMonitor Worker', 'TransportConnection', self.AMQ, 'Could not accept connection from tcp://%s:%d: java.lang.OutOfMemoryError: Java heap space' % (self.ip(), self.ri(30000, 60000)))]
        return [(0.0, a), (1.5, b)]

    def disk(self, t):
        return self.exhausted(t, 'org.apache.camel.component.file.GenericFileOperationFailedException: Cannot write file: data/edi/out/%d.xml' % self.ri(10 ** 5, 10 ** 6)) + [
            'Caused by: java.io.IOException: No space left on device'] + _jstack(['java.io.FileOutputStream.writeBytes(Native Method)'])


# ================================================================= IBM ACE
class ACE(Fmt):
    key = 'ace'
    label = 'IBM App Connect Enterprise integration server console log'
    fnames = ['ace-server.console.log', 'integration_server.stdout.log']
    weight = 1.0
    caps = ('error_burst', 'new_error', 'oom_kill')
    oom_name = 'JVMDUMP039I systhrow java/lang/OutOfMemoryError dumps, integration server process ended'

    def init(self):
        self.srv = self.ch(['ACESRV01', 'default', 'is-orders'])
        self.flows = ['OrdersFlow', 'PolicyToCICS', 'ClaimsRouter', 'Heartbeat']
        self.app = self.ch(['OrdersApp', 'CoreIntegration', 'B2BServices'])
        self.ver = self.ch(['12.0.10.0', '12.0.11.0', '12.0.8.0'])
        self.err_names = ['BIP2628E/BIP2230E ESQL cast error chain', 'BIP2322E database error SQL0803N', 'BIP5009E XML parsing error']
        self.new = self.ch([
            [('BIP2648E', "Message backed out to a queue; node '%s.MQ Input'."),
             ('BIP2113E', "IBM App Connect Enterprise internal error: diagnostic information 'MQRC_BACKOUT_THRESHOLD_EXCEEDED'.")],
            [('BIP3160E', "Failed to connect to '%s' using TLS: 'javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired'.")],
        ])
        self.new_name = '%s %s' % (self.new[0][0], self.new[0][1][:50])

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02d %02d:%02d:%02d' % m[:6])
        return '%s.%06d' % (p, int(f * 1000000))

    def B(self, t, code, msg):
        return '%s: %s: %s' % (self.ts(t), code, msg)

    def templates(self):
        r = self
        F = lambda: r.ch(r.flows[:3])
        return [
            (12, lambda t: [r.B(t, 'BIP11501I', "Received data from input node '%s.%s'." % (F(), r.ch(['MQ Input', 'HTTP Input'])))]),
            (10, lambda t: [r.B(t, 'BIP11506I', "Committed a local transaction for message flow '%s' (%d ms)." % (F(), r.dur(t, 60)))]),
            (6, lambda t: [r.B(t, 'BIP11504I', "Message propagated to output terminal 'out' of node '%s.%s'." % (F(), r.ch(['Compute', 'Route', 'Mapping'])))]),
            (4, lambda t: [r.B(t, 'BIP11508I', "Sent data to output node '%s.%s' (queue '%s')." % (F(), r.ch(['MQ Output', 'CICS Request']), r.ch(['CLAIMS.OUT', 'ORDERS.TO.SAP', 'PAY.REPLY'])))]),
            (0.15, lambda t: r.chain(t, [('BIP2152I', 'Configuration message received.'),
                                         ('BIP2153I', "About to 'Change' an integration server."),
                                         ('BIP2154I', 'Integration server finished with Configuration message.')])),
            (0.2, lambda t: [r.B(t, 'BIP3132I', "The HTTP Listener has started listening on port '7800' for 'http' connections.")]),
            (0.6, lambda t: [r.B(t, 'BIP11521W', "Message flow '%s' is approaching its maximum number of additional instances (%d of %d)." % (F(), r.ri(8, 10), 10))]),
        ]

    def chain(self, t, parts):
        out = []
        for i, (c, m) in enumerate(parts):
            out.append(self.B(t, c, m))
        return out

    def error(self, t, i):
        f = self.ch(self.flows[:3])
        if i == 0:
            return self.chain(t, [('BIP2628E', "Exception condition detected on input node '%s.MQ Input'." % f),
                                  ('BIP2230E', "Error detected whilst processing a message in node '%s.Compute'." % f),
                                  ('BIP2488E', "('.%s_Compute.Main', '%d.4') Error detected whilst executing the SQL statement ''SET OutputRoot.XMLNSC.Order.Total = CAST(InputRoot.XMLNSC.Order.Amount AS DECIMAL);''." % (f, self.ri(20, 200))),
                                  ('BIP2521E', "('.%s_Compute.Main', '%d.42') Error casting the value ''N/A'' to ''DECIMAL''." % (f, self.ri(20, 200)))])
        if i == 1:
            return self.chain(t, [('BIP2230E', "Error detected whilst processing a message in node '%s.Database'." % f),
                                  ('BIP2321E', "Database error: ODBC return code '-1' using ODBC driver manager ''odbc.so''."),
                                  ('BIP2322E', "Database error: SQL State ''23505''; Native Error Code ''-803''; Error Text ''[IBM][CLI Driver][DB2/LINUXX8664] SQL0803N  One or more values in the INSERT statement, UPDATE statement, or foreign key update caused by a DELETE statement are not valid because the primary key, unique constraint or unique index identified by \"1\" constrains table \"ORD.ORDER_HDR\" from having duplicate values for the index key.  SQLSTATE=23505''.")])
        return self.chain(t, [('BIP5009E', 'XML Parsing Errors have occurred.'),
                              ('BIP5004E', "XML schema validation error ''cvc-datatype-valid.1.2.1: '%s' is not a valid value for 'date'.'' on line ''1'' column ''%d'' when parsing element ''/XMLNSC/Claim/ServiceDate''." % (self.ch(['05/03/2024', '2024-13-01', '']), self.ri(100, 900)))])

    def new_error(self, t):
        f = self.flows[0]
        parts = []
        for c, m in self.new:
            parts.append((c, m % f if '%s' in m else m))
        return self.chain(t, parts)

    def heartbeat(self, t):
        return [self.B(t, 'BIP11501I', "Received data from input node 'Heartbeat.Timer' (interval 60 s).")]

    def startup(self, t):
        L = [('BIP1990I', "Integration server '%s' starting initialization; version '%s' (64-bit)" % (self.srv, self.ver)),
             ('BIP9905I', 'Initializing resource managers.'),
             ('BIP9906I', 'Reading deployed resources.'),
             ('BIP9907I', 'Initializing deployed resources.'),
             ('BIP2155I', "About to 'Initialize' the deployed resource '%s' of type 'Application'." % self.app),
             ('BIP2155I', "About to 'Start' the deployed resource '%s' of type 'Application'." % self.app)]
        for f in self.flows:
            L.append(('BIP2269I', "Deployed resource '%s' (uuid='%s',type='MessageFlow') started successfully." % (f, f)))
        L += [('BIP2866I', 'IBM App Connect Enterprise administration security is inactive.'),
              ('BIP3132I', "The HTTP Listener has started listening on port '7600' for 'RestAdmin http' connections."),
              ('BIP1991I', 'Integration server has finished initialization.')]
        out = []
        dt = 0.0
        for c, m in L:
            out.append((dt, [self.B(t + dt, c, m)]))
            dt += self.r.uniform(0.01, 1.8)
        return out

    def shutdown(self, t):
        return [(0.0, [self.B(t, 'BIP2208I', "Integration server '%s' is shutting down: stop requested." % self.srv)]),
                (0.8, [self.B(t + 0.8, 'BIP2269I', "Deployed resource '%s' (uuid='%s',type='MessageFlow') stopped successfully." % (self.flows[0], self.flows[0]))]),
                (2.1, [self.B(t + 2.1, 'BIP2209I', "Integration server '%s' stopped." % self.srv)])]

    def oom(self, t):
        m = self.tm(t)[0]
        stamp = '%04d%02d%02d.%02d%02d%02d' % m[:6]
        pid = self.ri(1000, 60000)
        d = '/home/aceuser/ace-server'
        L = ['JVMDUMP039I Processing dump event "systhrow", detail "java/lang/OutOfMemoryError" at %04d/%02d/%02d %02d:%02d:%02d - please wait.' % m[:6],
             "JVMDUMP032I JVM requested System dump using '%s/core.%s.%d.0001.dmp' in response to an event" % (d, stamp, pid),
             'JVMDUMP010I System dump written to %s/core.%s.%d.0001.dmp' % (d, stamp, pid),
             "JVMDUMP032I JVM requested Heap dump using '%s/heapdump.%s.%d.0002.phd' in response to an event" % (d, stamp, pid),
             'JVMDUMP010I Heap dump written to %s/heapdump.%s.%d.0002.phd' % (d, stamp, pid),
             "JVMDUMP032I JVM requested Java dump using '%s/javacore.%s.%d.0003.txt' in response to an event" % (d, stamp, pid),
             'JVMDUMP010I Java dump written to %s/javacore.%s.%d.0003.txt' % (d, stamp, pid),
             'JVMDUMP013I Processed dump event "systhrow", detail "java/lang/OutOfMemoryError".']
        a = [self.B(t, 'BIP4367E', "The method 'evaluate' in Java node '%s.JavaCompute' has thrown the following exception: java.lang.OutOfMemoryError: Java heap space." % self.flows[0])]
        return [(0.0, a), (0.4, L)]


FORMATS = {c.key: c for c in (Mule4, TibcoBW, CamelSB, Karaf, ACE)}
