"""API gateways: WSO2 Carbon (API Manager) wso2carbon.log, WSO2/Tomcat-style
gateway access log, Apigee Edge message processor system.log, IBM DataPower
syslog target."""
import datetime
import zoneinfo

from fmt_base import Fmt, MON, DOW, off_str

APIS = [('ClaimsAPI', 'v2.0.0', '/claims/v2', ['/claims', '/claims/{id}', '/claims/{id}/status']),
        ('OrdersAPI', 'v1.0.0', '/orders/v1', ['/orders', '/orders/{id}', '/orders/{id}/lines']),
        ('PartnerEDI', 'v1.2.0', '/edi/v1', ['/messages', '/messages/{id}/mdn']),
        ('PolicyAPI', 'v3.1.0', '/policy/v3', ['/policies/{id}', '/quotes'])]
UA = ['okhttp/4.9.3', 'Apache-HttpClient/4.5.13 (Java/11.0.20)', 'python-requests/2.31.0',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      'PostmanRuntime/7.36.0', 'Go-http-client/1.1', 'axios/1.6.2']


def _path(f, tmpl):
    return tmpl.replace('{id}', str(f.ri(10 ** 5, 10 ** 8)))


# ================================================================ WSO2 Carbon
class Wso2Carbon(Fmt):
    key = 'wso2_carbon'
    label = 'WSO2 API Manager wso2carbon.log'
    fnames = ['wso2carbon.log']
    weight = 1.6
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'oom_kill')
    lat_name = 'apimMetrics "responseLatency"/"backendLatency" fields'
    retry_name = 'EndpointContext "will be marked SUSPENDED ... Next retry after"'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space in PassThroughMessageProcessor (server died)'

    def init(self):
        self.apis = APIS[:]
        self.r.shuffle(self.apis)
        self.apis = self.apis[:3]
        self.be = 'https://%s-be.%s.corp:8443' % (self.apis[0][0].lower().replace('api', ''), self.ctx.site)
        self.ver = self.ch(['4.2.0', '4.1.0', '3.2.0'])
        tz = zoneinfo.ZoneInfo(self.ctx.tzname)
        ab = datetime.datetime.fromtimestamp(self.ctx.w0, tz).tzname()
        self.tzab = ab if ab[0] not in '+-' else 'GMT' + off_str(self.off)
        self.app = self.ch(['PartnerPortal', 'BrokerGateway', 'MobileClaims'])
        self.err_names = ['APIAuthenticationHandler: API authentication failure due to Invalid Credentials',
                          'TargetHandler I/O error: Connection reset by peer', "fault sequence ERROR_CODE = 101504 Send timeout"]
        self.new = self.ch([('org.wso2.carbon.apimgt.gateway.handlers.security.jwt.JWTValidator', 'Invalid JWT token. Signature verification failed for token issued by https://idp.partner.example.com/oauth2/token'),
                            ('org.apache.synapse.transport.passthru.TargetHandler', 'SSL handshake failed with %s: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed' % self.be)])
        self.new_name = self.new[1][:70]

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02d %02d:%02d:%02d' % m[:6])
        return '%s,%03d' % (p, int(f * 1000))

    def L(self, t, lvl, cls, msg):
        return 'TID: [-1234] [] [%s] %5s {%s} - %s' % (self.ts(t), lvl, cls, msg)

    def api(self):
        return self.ch(self.apis)

    def templates(self):
        r = self
        return [
            (12, lambda t: r.logmed(t)),
            (10, lambda t: r.metric(t)),
            (3, lambda t: [r.L(t, 'INFO', 'org.wso2.carbon.apimgt.gateway.listeners.GatewayJMSMessageListener',
                               'Event Received: {"event":{"payloadData":{"eventType":"%s","timestamp":%d,"tenantDomain":"carbon.super"}}}' % (
                                   r.ch(['APPLICATION_REGISTRATION_CREATE', 'SUBSCRIPTIONS_UPDATE', 'POLICY_UPDATE']), int(t * 1000)))]),
            (2, lambda t: [r.L(t, 'INFO', 'org.wso2.carbon.apimgt.gateway.handlers.throttling.ThrottleHandler',
                               'Message throttled out for application %s, API %s:%s' % (r.app, r.apis[0][0], r.apis[0][1]))]),
            (0.5, lambda t: [r.L(t, 'WARN', 'org.apache.synapse.transport.passthru.SourceHandler',
                                 'STATE_DESCRIPTION = Socket Timeout occurred after reading the request headers but Server is still reading the request body, INTERNAL_STATE = REQUEST_HEAD, DIRECTION = REQUEST, CAUSE_OF_ERROR = Connection between the client and the EI timeouted, HTTP_URL = %s, HTTP_METHOD = POST, SOCKET_TIMEOUT = 180000, CLIENT_ADDRESS = /%s:%d, CONNECTION http-incoming-%d' % (
                                     r.apis[0][2] + r.apis[0][3][0], r.ip(), r.ri(30000, 60000), r.ri(1, 99999)))]),
            (0.3, lambda t: [r.L(t, 'WARN', 'org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler', 'API key for application %s expires in %d days' % (r.app, r.ri(1, 14)))]),
        ]

    def logmed(self, t):
        n, v, c, res = self.api()
        return [self.L(t, 'INFO', 'org.apache.synapse.mediators.builtin.LogMediator',
                       '{api:%s:%s} To: %s%s, MessageID: urn:uuid:%s, correlation_id: %s, Direction: request, Payload: {"id":"%s"}' % (
                           n, v, c, _path(self, self.ch(res)), self.uuid(), self.uuid(), self.aid(10)))]

    def metric(self, t):
        n, v, c, res = self.api()
        lat = int(self.dur(t, 95))
        be = max(1, int(lat * 0.85))
        code = self.ch([200, 200, 200, 201, 202, 204, 400, 404])
        return [self.L(t, 'INFO', 'org.wso2.am.analytics.publisher.reporter.elk.ELKCounterMetric',
                       'apimMetrics: apim:response, properties :{"correlationId":"%s","keyType":"PRODUCTION","apiId":"%s","apiName":"%s","apiVersion":"%s","apiCreator":"admin","apiMethod":"%s","apiContext":"%s","apiResourceTemplate":"%s","apiCreatorTenantDomain":"carbon.super","destination":"%s%s","applicationName":"%s","applicationOwner":"admin","regionId":"default","gatewayType":"SYNAPSE","userAgent":"%s","proxyResponseCode":%d,"targetResponseCode":%d,"responseCacheHit":false,"responseLatency":%d,"backendLatency":%d,"requestMediationLatency":%d,"responseMediationLatency":%d,"deployment":"prod","apiType":"HTTP","platform":"Other","userIp":"%s"}' % (
                           self.uuid(), self.uuid(), n, v, self.ch(['GET', 'GET', 'POST', 'PUT']), c, self.ch(res), self.be, self.ch(res).replace('{id}', '1'),
                           self.app, self.ch(UA), code, code, lat, be, self.ri(1, 9), self.ri(1, 6), self.ip()))]

    def error(self, t, i):
        if i == 0:
            return [self.L(t, 'ERROR', 'org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler', 'API authentication failure due to Invalid Credentials')]
        if i == 1:
            return [self.L(t, 'ERROR', 'org.apache.synapse.transport.passthru.TargetHandler', 'I/O error: Connection reset by peer'),
                    'java.io.IOException: Connection reset by peer', '\tat sun.nio.ch.FileDispatcherImpl.read0(Native Method)',
                    '\tat org.apache.http.impl.nio.reactor.SessionInputBufferImpl.fill(SessionInputBufferImpl.java:231)']
        n, v, c, res = self.api()
        return [self.L(t, 'ERROR', 'org.apache.synapse.mediators.builtin.LogMediator',
                       "{api:%s:%s} STATUS = Executing default 'fault' sequence, ERROR_CODE = 101504, ERROR_MESSAGE = Send timeout" % (n, v))]

    def new_error(self, t):
        return [self.L(t, 'ERROR', self.new[0], self.new[1])]

    def _ep(self):
        n, v, c, res = self.apis[0]
        return '%s--v%s_APIproductionEndpoint' % (n, v)

    def retry(self, t):
        m = self.tm(t + 30)[0]
        nxt = '%s %s %02d %02d:%02d:%02d %s %04d' % (DOW[m.tm_wday], MON[m.tm_mon - 1], m.tm_mday, m.tm_hour, m.tm_min, m.tm_sec, self.tzab, m.tm_year)
        return [self.L(t, 'WARN', 'org.apache.synapse.endpoints.EndpointContext', 'Endpoint : %s with address %s will be marked SUSPENDED as it failed' % (self._ep(), self.be)),
                self.L(t, 'WARN', 'org.apache.synapse.endpoints.EndpointContext', 'Suspending endpoint : %s with address %s - last suspend duration was : 30000ms and current suspend duration is : 30000ms - Next retry after : %s' % (self._ep(), self.be, nxt))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)),
                (31.0, [self.L(t + 31, 'INFO', 'org.apache.synapse.endpoints.EndpointContext', 'Endpoint : %s with address %s currently SUSPENDED will now be marked active since it processed its last message' % (self._ep(), self.be))])]

    def heartbeat(self, t):
        return [self.L(t, 'INFO', 'org.apache.synapse.mediators.builtin.LogMediator', '{api:_HealthCheckAPI_} To: /health, Direction: request, status: UP')]

    def startup(self, t):
        L = [('org.wso2.carbon.core.internal.CarbonCoreActivator', 'Starting WSO2 Carbon...'),
             ('org.wso2.carbon.core.internal.CarbonCoreActivator', 'Operating System : Linux 5.15.0-1051-aws, amd64'),
             ('org.wso2.carbon.core.internal.CarbonCoreActivator', 'Java Home        : /usr/lib/jvm/temurin-11-jdk-amd64'),
             ('org.wso2.carbon.core.internal.CarbonCoreActivator', 'Java Version     : 11.0.21'),
             ('org.wso2.carbon.core.internal.CarbonCoreActivator', 'Java VM          : OpenJDK 64-Bit Server VM 11.0.21+9,Eclipse Adoptium'),
             ('org.wso2.carbon.core.internal.CarbonCoreActivator', 'Carbon Home      : /opt/wso2am-%s' % self.ver),
             ('org.wso2.carbon.core.internal.CarbonCoreActivator', 'Java Temp Dir    : /opt/wso2am-%s/tmp' % self.ver),
             ('org.wso2.carbon.core.internal.CarbonCoreActivator', 'User             : wso2carbon, en-US, %s' % self.ctx.tzname),
             ('org.apache.synapse.transport.passthru.PassThroughHttpListener', 'Starting Pass-through HTTP Listener...'),
             ('org.apache.synapse.transport.passthru.PassThroughHttpListener', 'Pass-through HTTP Listener started on 0.0.0.0:8280'),
             ('org.apache.synapse.transport.passthru.PassThroughHttpSSLListener', 'Pass-through HTTPS Listener started on 0.0.0.0:8243'),
             ('org.wso2.carbon.core.internal.StartupFinalizerServiceComponent', 'Server           :  WSO2 API Manager-%s' % self.ver),
             ('org.wso2.carbon.core.internal.StartupFinalizerServiceComponent', 'WSO2 Carbon started in %d sec' % self.ri(25, 70)),
             ('org.wso2.carbon.ui.internal.CarbonUIServiceComponent', 'Mgt Console URL  : https://apim01.%s.corp:9443/carbon/' % self.ctx.site)]
        out = []
        dt = 0.0
        for c, m in L:
            out.append((dt, [self.L(t + dt, 'INFO', c, m)]))
            dt += self.r.uniform(0.0, 0.3) if dt < 1 else self.r.uniform(0.2, 3.0)
        return out

    def shutdown(self, t):
        L = [('org.wso2.carbon.core.init.CarbonServerManager', 'Shutdown hook triggered....'),
             ('org.wso2.carbon.core.init.CarbonServerManager', 'Gracefully shutting down WSO2 API Manager...'),
             ('org.wso2.carbon.core.ServerManagement', 'Starting to switch to maintenance mode...'),
             ('org.wso2.carbon.core.ServerManagement', 'Stopped all transport listeners'),
             ('org.wso2.carbon.core.ServerManagement', 'Waiting for request service completion...'),
             ('org.wso2.carbon.core.ServerManagement', 'All requests have been served.'),
             ('org.wso2.carbon.core.init.CarbonServerManager', 'Shutting down OSGi framework...'),
             ('org.wso2.carbon.core.init.CarbonServerManager', 'Shutdown complete'),
             ('org.wso2.carbon.core.init.CarbonServerManager', 'Halting JVM')]
        out = []
        dt = 0.0
        for c, m in L:
            out.append((dt, [self.L(t + dt, 'INFO', c, m)]))
            dt += self.r.uniform(0.05, 1.0)
        return out

    def oom(self, t):
        n, v, c, res = self.apis[0]
        return [(0.0, [self.L(t, 'ERROR', 'org.apache.synapse.transport.passthru.ServerWorker', 'Error processing POST request for : %s%s. java.lang.OutOfMemoryError: Java heap space' % (c, res[0])),
                       'java.lang.OutOfMemoryError: Java heap space', '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3745)',
                       '\tat org.apache.synapse.transport.passthru.util.RelayUtils.buildMessage(RelayUtils.java:112)']),
                (0.9, ['Exception in thread "PassThroughMessageProcessor-%d" java.lang.OutOfMemoryError: Java heap space' % self.ri(1, 400)])]


# ================================================= gateway access log
class Wso2Access(Fmt):
    key = 'wso2_access'
    label = 'API gateway HTTP access log'
    fnames = ['http_gw.log', 'http_access_{d}.log']
    clock = 'offset'
    absolute = True
    monotonic = False
    restartable = False
    weight = 3.0
    hb_period = 30.0
    caps = ('error_burst', 'new_error', 'latency_shift', 'http_5xx')
    lat_name = 'trailing request time (ms) field'

    def init(self):
        self.oc = off_str(self.off, colon=False)
        self.apis = APIS[:]
        self.lb = self.ip()
        self.bad = self.ip()
        self.err_names = ['401 on POST /oauth2/token from one client', '404 on retired /orders/v0 path']
        self.new_name = '413 Payload Too Large on POST /edi/v1/messages'

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%02d/%s/%04d:%02d:%02d:%02d' % (m[2], MON[m[1] - 1], m[0], m[3], m[4], m[5]))
        return p + ' ' + self.oc

    def req(self, t, ip, meth, path, st, size, ua, d):
        start = t - d / 1000.0
        if start < self.ctx.w0:
            start = self.ctx.w0
        return ['%s - - [%s] "%s %s HTTP/1.1" %d %s "-" "%s" %d' % (ip, self.ts(start), meth, path, st, size if size else '-', ua, d)]

    def templates(self):
        return [(1, self.normal_req)]

    def normal_req(self, t):
        n, v, c, res = self.ch(self.apis)
        meth = 'GET' if self.r.random() < 0.62 else self.ch(['POST', 'POST', 'PUT', 'DELETE'])
        st = self.status(t, 201 if meth == 'POST' else 200)
        d = int(self.dur(t, 70)) + 1
        size = self.ri(120, 9000) if st not in (204, 304) else 0
        q = '' if self.r.random() < 0.8 else '?page=%d&size=50' % self.ri(1, 30)
        return self.req(t, self.ip(), meth, c + _path(self, self.ch(res)) + q, st, size, self.ch(UA), d)

    def error(self, t, i):
        if i == 0:
            return self.req(t, self.bad, 'POST', '/oauth2/token', 401, 86, 'Apache-HttpClient/4.5.13 (Java/11.0.20)', int(self.dur(t, 12)) + 1)
        return self.req(t, self.ip(), 'GET', '/orders/v0/orders/%d' % self.ri(10 ** 5, 10 ** 8), 404, 0, self.ch(UA), int(self.dur(t, 5)) + 1)

    def new_error(self, t):
        return self.req(t, self.bad, 'POST', '/edi/v1/messages', 413, 0, 'AS2-Gateway/3.4', int(self.dur(t, 40)) + 1)

    def heartbeat(self, t):
        return self.req(t, self.lb, 'GET', '/api/am/gateway/v2/server-startup-healthcheck', 200, 2, 'ELB-HealthChecker/2.0', self.ri(1, 4))


# ========================================================= Apigee Edge MP
class ApigeeMP(Fmt):
    key = 'apigee_mp'
    label = 'Apigee Edge message processor system.log'
    fnames = ['system.log']
    weight = 1.3
    caps = ('error_burst', 'new_error', 'retry_storm', 'oom_kill')
    retry_name = 'HTTPClient onConnectFailed, retrying with next target server'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space in the message processor (process died)'

    def init(self):
        self.org = self.ch(['acme', 'acme-b2b', 'globex'])
        self.env = self.ch(['prod', 'prod-eu', 'prod-us'])
        self.apis = [('orders-v1', self.ri(3, 40)), ('partner-edi-v2', self.ri(3, 40)), ('claims-v2', self.ri(3, 40))]
        self.tgt = [self.ip() for _ in range(2)]
        self.att = 0
        self.err_names = ['HTTP.CLIENT onTimeout ClientChannel', 'HTTP.CLIENT onException Connection reset by peer', 'JavaScript policy ScriptExecutionFailed']
        self.new_name = 'steps.servicecallout.ExecutionFailed: ResponseCode 503 is treated as error'

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02d %02d:%02d:%02d' % m[:6])
        return '%s,%03d' % (p, int(f * 1000))

    def mid(self):
        return 'rrt-%s-%s-%d' % (self.hx(17), self.ch(['d', 'c']), self.ri(1, 99999))

    def M(self, t, lvl, cat, msg, th=None):
        a, rev = self.ch(self.apis)
        return '%s org:%s env:%s api:%s rev:%d messageid:%s %s %-5s %s - %s' % (
            self.ts(t), self.org, self.env, a, rev, self.mid(), th or 'NIOThread@%d' % self.ri(0, 7), lvl, cat, msg)

    def S(self, t, th, lvl, cat, msg):
        return '%s %s %-5s %s - %s' % (self.ts(t), th, lvl, cat, msg)

    def templates(self):
        r = self
        return [
            (10, lambda t: [r.M(t, 'INFO', 'MESSAGING.FLOW', 'ExecutionContext$ExecutionTask.call() : Flow %s completed, target status %d' % (r.ch(['GetOrder', 'PostOrder', 'ListClaims', 'SubmitEDI']), r.status(t)))]),
            (6, lambda t: [r.M(t, 'INFO', 'HTTP.CLIENT', 'HTTPClient$Context.onConnect() : ClientChannel[Connected: Remote:%s:443 Local:%s:%d]@%d useCount=%d' % (r.ch(r.tgt), r.ip(), r.ri(30000, 60000), r.ri(10 ** 5, 10 ** 6), r.ri(1, 40)))]),
            (4, lambda t: [r.M(t, 'INFO', 'MESSAGING.RUNTIME', 'CacheManager.get() : Cache hit for key %s in cache partner-profile' % r.hx(16))]),
            (3, lambda t: [r.S(t, 'pool-%d-thread-%d' % (r.ri(2, 9), r.ri(1, 20)), 'INFO', 'MESSAGING.RUNTIME', 'ApplicationRuntimeContext.refresh() : Refreshed KVM %s for environment %s' % (r.ch(['partner-config', 'routing-rules']), r.env))]),
            (2, lambda t: [r.S(t, 'Apigee-Timer-%d' % r.ri(1, 4), 'INFO', 'ZOOKEEPER.CLIENT', 'ZkClientImpl.checkConnection() : session 0x%s connected to zk%d:2181' % (r.hx(15), r.ri(1, 3)))]),
            (0.5, lambda t: [r.M(t, 'WARN', 'MESSAGING.FLOW', 'QuotaPolicy.execute() : Quota Q-PartnerDaily at %d%% for developer app %s' % (r.ri(80, 99), r.ch(['partner-portal', 'broker-app'])))]),
            (0.3, lambda t: [r.M(t, 'WARN', 'HTTP.CLIENT', 'HTTPClient$Context.onResponse() : slow target response %d ms from %s' % (r.dur(t, 4000), r.ch(r.tgt)))]),
        ]

    def error(self, t, i):
        if i == 0:
            return [self.M(t, 'ERROR', 'HTTP.CLIENT', 'HTTPClient$Context.onTimeout() : ClientChannel[Connected: Remote:%s:443 Local:%s:%d]@%d useCount=1 bytesRead=0 bytesWritten=%d age=%dms lastIO=%dms isOpen=true' % (
                self.ch(self.tgt), self.ip(), self.ri(30000, 60000), self.ri(10 ** 5, 10 ** 6), self.ri(300, 4000), 55000 + self.ri(0, 40), 55000 + self.ri(0, 40)))]
        if i == 1:
            return [self.M(t, 'ERROR', 'HTTP.CLIENT', 'HTTPClient$Context$3.onException() : SSLClientChannel[Connected: Remote:%s:443 Local:%s:%d]@%d useCount=%d exception: java.io.IOException: Connection reset by peer' % (
                self.ch(self.tgt), self.ip(), self.ri(30000, 60000), self.ri(10 ** 5, 10 ** 6), self.ri(1, 40)))]
        return [self.M(t, 'ERROR', 'MESSAGING.FLOW', 'JavaScriptPolicy.execute() : Execution of JS-ValidatePayload failed with error: Javascript runtime error: "TypeError: Cannot read property \\"id\\" from undefined. (JS-ValidatePayload.js:%d)"' % self.ri(5, 80))]

    def new_error(self, t):
        return [self.M(t, 'ERROR', 'MESSAGING.FLOW', 'ServiceCalloutPolicy.execute() : steps.servicecallout.ExecutionFailed: Execution of ServiceCallout SC-GetPartnerProfile failed. Reason: ResponseCode 503 is treated as error')]

    def retry(self, t):
        self.att += 1
        return [self.M(t, 'WARN', 'HTTP.CLIENT', 'HTTPClient$Context.onConnectFailed() : Connect to %s:443 failed: Connection refused, retrying with next target server (attempt %d)' % (self.ch(self.tgt), self.att % 3 + 1))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (0.8, self.retry(t + 0.8)),
                (1.5, [self.M(t + 1.5, 'INFO', 'HTTP.CLIENT', 'HTTPClient$Context.onConnect() : ClientChannel[Connected: Remote:%s:443 Local:%s:%d]@%d useCount=1' % (self.tgt[1], self.ip(), self.ri(30000, 60000), self.ri(10 ** 5, 10 ** 6)))])]

    def heartbeat(self, t):
        return [self.S(t, 'Apigee-Timer-1', 'INFO', 'KERNEL', 'ServerStatusReporter.run() : message-processor status RUNNING, zk=CONNECTED, cassandra=UP')]

    def startup(self, t):
        L = [('main', 'KERNEL', 'MicroKernel.start() : Starting server message-processor'),
             ('main', 'KERNEL', 'BootstrapManager.loadModules() : Loaded modules [ZooKeeper, Cassandra, Messaging, Analytics]'),
             ('main', 'ZOOKEEPER.CLIENT', 'ZkClientImpl.start() : Connecting to zk1:2181,zk2:2181,zk3:2181'),
             ('main', 'MESSAGING.RUNTIME', 'RuntimeConfigurationServiceImpl.start() : Deploying %d proxies for %s/%s' % (len(self.apis), self.org, self.env)),
             ('main', 'KERNEL', 'ServerImpl.setState() : Server status changed from STARTING to RUNNING')]
        out = []
        dt = 0.0
        for th, c, m in L:
            out.append((dt, [self.S(t + dt, th, 'INFO', c, m)]))
            dt += self.r.uniform(0.5, 4.0)
        return out

    def shutdown(self, t):
        return [(0.0, [self.S(t, 'Thread-%d' % self.ri(2, 30), 'INFO', 'KERNEL', 'ServerImpl.setState() : Server status changed from RUNNING to STOPPING')]),
                (1.5, [self.S(t + 1.5, 'Thread-2', 'INFO', 'KERNEL', 'MicroKernel.stop() : Stopped server message-processor')])]

    def oom(self, t):
        return [(0.0, [self.M(t, 'ERROR', 'MESSAGING.FLOW', 'ExecutionContext$ExecutionTask.call() : Unexpected error: java.lang.OutOfMemoryError: Java heap space'),
                       'java.lang.OutOfMemoryError: Java heap space', '\tat java.util.Arrays.copyOf(Arrays.java:3236)',
                       '\tat com.apigee.messaging.adaptors.http.message.MessageImpl.getContent(MessageImpl.java:214)']),
                (1.0, [self.S(t + 1.0, 'Apigee-Timer-1', 'ERROR', 'KERNEL', 'ServerStatusReporter.run() : java.lang.OutOfMemoryError: Java heap space, exiting')])]


# ================================================================ DataPower
class DataPower(Fmt):
    key = 'datapower'
    label = 'IBM DataPower syslog'
    fnames = ['datapower-syslog.log', 'dp-b2b.log']
    clock = 'noyear'
    weight = 2.0
    curve = 'business'
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'disk_full')
    lat_name = 'latency category "Latency:" totals'
    retry_name = 'Backside connection failed, retrying'
    disk_name = 'temporary file system disk full'

    def init(self):
        self.host = 'dp%02d%s' % (self.ri(1, 4), self.ctx.site)
        self.dom = self.ch(['b2b', 'PAYMENTS', 'esb_prod'])
        self.gws = ['B2B-Orders-MPGW', 'Payments-MPGW', 'Partner-AS2-B2BGW']
        self.be = '%s:8443' % self.ip()
        self.tid = self.ri(10 ** 5, 10 ** 7)
        self.err_names = ['Failed to establish a backside connection', 'schema validation failed (multistep)', 'SSL library error bad certificate']
        self.new = self.ch(['filter', 'mdn'])
        self.new_name = {'filter': 'Dynamic Execution Error: rejected by filter', 'mdn': 'AS2 MDN signature verification failed'}[self.new]

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%s %2d %02d:%02d:%02d' % (MON[m[1] - 1], m[2], m[3], m[4], m[5]))
        return p

    def T(self, t, code, cat, lvl, obj, msg, ip=None):
        self.tid += self.ri(1, 7)
        return '%s %s [%s][%s][%s][%s] %s: tid(%d)[%s] gtid(%d): %s' % (self.ts(t), self.host, self.dom, code, cat, lvl, obj, self.tid, ip or self.ip(), self.tid, msg)

    def Sy(self, t, code, cat, lvl, obj, msg):
        return '%s %s [%s][%s][%s][%s] %s: %s' % (self.ts(t), self.host, self.dom, code, cat, lvl, obj, msg)

    def gw(self):
        return 'mpgw(%s)' % self.ch(self.gws[:2])

    def templates(self):
        r = self
        return [
            (14, lambda t: r.latency(t)),
            (10, lambda t: [r.T(t, '0x80e00073', 'mpgw', 'info', r.gw(), 'Received HTTP/1.1 POST for %s from %s' % (r.ch(['/b2b/orders', '/payments/v1/instructions', '/as2/inbound']), r.ip()))]),
            (6, lambda t: [r.T(t, '0x80e003b2', 'b2bgw', 'info', 'b2bgw(Partner-AS2-B2BGW)', 'AS2 message <%s@%s> from partner %s received, MDN sent' % (r.hx(16), r.ch(['partnerA.com', 'supplier-x.de', 'logistics-y.co.uk']), r.ch(['PARTNER_A', 'SUPPLIER_X', 'LOGI_Y'])))]),
            (4, lambda t: [r.T(t, '0x80e0006b', 'mpgw', 'info', r.gw(), 'Response code %d from backside %s' % (r.ch([200, 200, 201, 202]), r.be))]),
            (0.8, lambda t: [r.Sy(t, '0x8040003c', 'crypto', 'warn', 'certmonitor(Certificate Monitor)', "Certificate '%s' will expire in %d days" % (r.ch(['partnerA_sign', 'b2b_tls_2023']), r.ri(5, 30)))]),
            (0.5, lambda t: [r.T(t, '0x80e0014a', 'mpgw', 'warn', r.gw(), 'Backside response took %d ms, above warning threshold' % r.dur(t, 5000))]),
        ]

    def latency(self, t):
        tot = int(self.dur(t, 48)) + 1
        v = [0, 1, 0, 1, self.ri(0, 3), 0, 0, max(1, tot - 3), max(1, tot - 1), self.ri(0, 3), tot - 1 if tot > 1 else 1, self.ri(1, 3), 0, 0, self.ri(0, 3), tot]
        return [self.T(t, '0x80e003a6', 'latency', 'info', self.gw(), 'Latency: %s [https://%s/%s]' % (' '.join('%3d' % x for x in v), self.be, self.ch(['orders', 'payments', 'as2'])))]

    def error(self, t, i):
        if i == 0:
            return [self.T(t, '0x01130006', 'mpgw', 'error', self.gw(), 'Failed to establish a backside connection, url: https://%s/orders' % self.be)]
        if i == 1:
            g = self.ch(self.gws[:2])
            return [self.T(t, '0x80e00136', 'multistep', 'error', 'mpgw(%s)' % g, "request %s_Request_rule #2 validate: 'INPUT schema store:///schemas/pain.001.001.09.xsd' failed: cvc-pattern-valid: Value '%s' is not facet-valid with respect to pattern '[A-Z]{6,6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3,3}){0,1}' for type 'BICFIDec2014Identifier'." % (g, self.aid(8)))]
        return [self.T(t, '0x80c00013', 'ssl', 'error', 'ssl-server(B2B_TLS_Server)', 'SSL library error: error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate')]

    def new_error(self, t):
        if self.new == 'filter':
            return [self.T(t, '0x80e00157', 'mpgw', 'error', self.gw(), 'Dynamic Execution Error: rejected by filter: partner %s not in allow list' % self.ch(['PARTNER_Q', 'UNKNOWN']))]
        return [self.T(t, '0x8580005c', 'b2bgw', 'error', 'b2bgw(Partner-AS2-B2BGW)', 'AS2 MDN signature verification failed for message <%s@partnerA.com>: no matching certificate' % self.hx(16))]

    def retry(self, t):
        return [self.T(t, '0x80e00187', 'mpgw', 'warn', self.gw(), 'Backside connection to %s failed, retrying (attempt %d of 3)' % (self.be, self.ri(1, 3)))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (1.0, self.retry(t + 1)),
                (2.0, [self.T(t + 2, '0x80e0006b', 'mpgw', 'info', self.gw(), 'Response code 200 from backside %s' % self.be)])]

    def disk(self, t):
        if self.r.random() < 0.5:
            return [self.Sy(t, '0x01a40001', 'system', 'crit', 'system(default)', 'Temporary file system is full: disk full, write to temporary:///%s.tmp failed' % self.hx(12))]
        return [self.Sy(t, '0x8240001d', 'logging', 'error', 'logging-target(b2b-file-log)', 'Log file temporary:///b2b-file-log.log could not be written: disk full')]

    def heartbeat(self, t):
        return [self.Sy(t, '0x80e00220', 'lbgroup', 'info', 'loadbalancer-group(B2B_Backends)', 'Health check to member %s succeeded' % self.be)]

    def startup(self, t):
        out = [(0.0, [self.Sy(t, '0x8100003b', 'mgmt', 'notice', 'domain(%s)' % self.dom, 'Domain restart initiated')])]
        dt = 1.0
        for g in self.gws:
            out.append((dt, [self.Sy(t + dt, '0x8100001f', 'mgmt', 'notice', ('b2bgw(%s)' if 'B2BGW' in g else 'mpgw(%s)') % g, 'Operational state up')]))
            dt += self.r.uniform(0.2, 2)
        out.append((dt, [self.Sy(t + dt, '0x81000040', 'mgmt', 'notice', 'domain(%s)' % self.dom, 'Domain configured successfully.')]))
        return out

    def shutdown(self, t):
        out = [(0.0, [self.Sy(t, '0x8100003d', 'mgmt', 'notice', 'domain(%s)' % self.dom, "Domain restart requested by user 'admin'")])]
        dt = 0.5
        for g in self.gws:
            out.append((dt, [self.Sy(t + dt, '0x81000020', 'mgmt', 'notice', ('b2bgw(%s)' if 'B2BGW' in g else 'mpgw(%s)') % g, 'Operational state down')]))
            dt += self.r.uniform(0.1, 0.8)
        return out


FORMATS = {c.key: c for c in (Wso2Carbon, Wso2Access, ApigeeMP, DataPower)}
