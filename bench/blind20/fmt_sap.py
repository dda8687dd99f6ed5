"""SAP: NetWeaver ABAP work-process trace (dev_w0) and SAP AS Java
defaultTrace (PI/PO adapter engine)."""
from fmt_base import Fmt, MON, DOW, off_str

DUMPS0 = [('CONVT_NO_NUMBER', 'ZFI_POSTING_JOB', 'ab_rfcconvt'), ('TIME_OUT', 'SAPLZSD_PRICING', 'ThIRollBack'),
          ('DBIF_RSQL_SQL_ERROR', 'RSBTCDEL2', 'db_rsql')]
NEWDUMPS = [('ITAB_DUPLICATE_KEY', 'ZMM_STOCK_SYNC'), ('SAPSQL_ARRAY_INSERT_DUPREC', 'SAPLZFI_IDOC_IN'),
            ('COMPUTE_INT_ZERODIVIDE', 'ZCO_ALLOC_RUN'), ('MESSAGE_TYPE_X', 'SAPLMBWL')]


# ================================================================= dev_w0
class SapDevW(Fmt):
    key = 'sap_devw'
    label = 'SAP NetWeaver work process trace (dev_w)'
    fnames = ['dev_w0', 'dev_w3', 'dev_w12']
    weight = 0.8
    busy = False
    max_rate = 9.0
    hb_period = 120.0
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'panic')
    lat_name = 'ThStatEnd "resp N ms" (work process statistics trace)'
    retry_name = 'BYP=> reconnect state is set for the work process'
    panic_name = 'work process signal 11 (SIGSEGV) with C-stack dump, wp_halt, work process restarted'

    def init(self):
        self.sid = self.ch(['PRD', 'PE1', 'ERP', 'P01'])
        self.inst = 'DVEBMGS%02d' % self.ri(0, 2)
        self.host = 'sap%s%02d' % (self.ctx.site, self.ri(1, 9))
        self.wp = int(self.name[5:]) if self.name[5:].isdigit() else 0
        self.set_pid(self.ri(1000, 60000))
        self.rel = self.ch(['753', '754', '785', '789'])
        self.users = ['JDOE', 'BATCH_FI', 'RFC_PI', 'MSMITH', 'WF-BATCH', 'KPATEL', 'ALE_USER']
        self.tcodes = ['VA01', 'ME21N', 'FB50', 'MIGO', 'VL02N', 'SE38', 'F110', 'MM03', 'CO88', 'SM37']
        self.err_names = ['ABAP dump CONVT_NO_NUMBER', 'ABAP dump TIME_OUT with ThIRollBack', 'NiIRead recv Connection reset by peer']
        self.new = self.ch(NEWDUMPS)
        self.new_name = 'ABAP runtime error %s in %s' % self.new

    def stamp(self, t):
        p, f = self.cached(t, lambda m: '%s %s %02d %02d:%02d:%02d:%%03d %04d' % (DOW[m[6]], MON[m[1] - 1], m[2], m[3], m[4], m[5], m[0]))
        return p % int(f * 1000)

    def rec(self, t, comp, lines):
        return ['%s %s' % (comp, self.stamp(t))] + ['%s  %s' % (comp, x) for x in lines]

    def templates(self):
        r = self
        return [
            (10, lambda t: r.rec(t, 'M', ['ThStatEnd: user %s, tcode %s, report %s, resp %d ms, cpu %d ms, db %d ms' % (
                r.ch(r.users), r.ch(r.tcodes), r.ch(['SAPMV45A', 'SAPLMEGUI', 'RFFOBJ_L', 'SAPMM07M']), r.dur(t, 420), r.ri(5, 200), r.ri(5, 300))])),
            (6, lambda t: r.rec(t, 'A', ['RFC: function %s called remotely by user %s from %s (client %03d)' % (
                r.ch(['BAPI_SALESORDER_CREATEFROMDAT2', 'RFC_READ_TABLE', 'BAPI_ACC_DOCUMENT_POST', 'IDOC_INBOUND_ASYNCHRONOUS']), r.ch(r.users), r.ip(), r.ch([100, 200, 300]))])),
            (4, lambda t: r.rec(t, 'M', ['ThAlarmHandler (1)', 'ThAlarmHandler: set CONTROL_TIMEOUT/DP_CONTROL_JAVA_EXIT and break sql'])),
            (3, lambda t: r.rec(t, 'M', ['PfStatDisconnect: disconnect statistics'])),
            (3, lambda t: r.rec(t, 'B', ["dbtran INFO (init_connection '<DEFAULT>' [ORACLE:19000]): max_blocking_factor = 5, max_in_blocking_factor = 5,",
                                         '      min_blocking_factor = 5, min_in_blocking_factor = 5, prefer_union_all = 0, prefer_join = 0'])),
            (3, lambda t: r.rec(t, 'M', ['ThCpicWaitForData: conversation %d idle for %d s, closing' % (r.ri(10 ** 7, 10 ** 8), r.ri(300, 3600))])),
            (2, lambda t: r.rec(t, 'S', ['TSPEVJOB updates outside critical section: event_update_nocsec = 1'])),
            (0.8, lambda t: r.rec(t, 'A', ['*** WARNING => ab_LongRunner: report %s running for %d s [abrlist.c    %d]' % (r.ch(['RFFOBJ_L', 'ZFI_POSTING_JOB', 'RSBTCDEL2']), r.ri(600, 3000), r.ri(100, 900))])),
        ]

    def dump(self, t, code, prog, func='ab_jfunc'):
        L = ['ABAP Program %-40s.' % prog, 'Source %-40s Line %d.' % (prog, self.ri(40, 2000)), 'Error Code %s.' % code,
             'Module  $Id: //bas/%s_REL/src/krn/runt/abfunc.c#1 $ SAP.' % self.rel, 'Function %s Line %d.' % (func, self.ri(100, 3000))]
        for lev in ['LEV_RX_STDERR', 'LEV_RX_RFC_ERROR', 'LEV_RX_RFC_CLOSE', 'LEV_RX_IMC_ERROR', 'LEV_RX_DATASET_CLOSE', 'LEV_RX_ERROR_SAVE', 'LEV_RX_ERROR_TPDA']:
            if lev != 'LEV_RX_STDERR':
                L.append('** RABAX: level %s entered.' % lev)
            L.append('** RABAX: level %s completed.' % lev)
        L.append('** RABAX: end RX_GET_MESSAGE')
        return self.rec(t, 'A', L)

    def error(self, t, i):
        if i == 0:
            return self.dump(t, *DUMPS0[0])
        if i == 1:
            return self.rec(t, 'M', ['***LOG R68=> ThIRollBack, roll back () [thxxhead.c   13007]']) + self.dump(t, *DUMPS0[1])[1:]
        return self.rec(t, 'M', ['***LOG Q0I=> NiIRead: P=%s:3300; L=%s:%d: recv (104: Connection reset by peer) [nixxi.cpp    5087]' % (self.ip(), self.ip(), self.ri(30000, 60000)),
                                 '*** ERROR => ThReceive: CPIC-Error (020223) [thxxhead.c   7543]'])

    def new_error(self, t):
        return self.dump(t, self.new[0], self.new[1])

    def retry(self, t):
        return self.rec(t, 'B', ['***LOG BYP=> reconnect state is set for the work process [dblink#5 @ 431] [dblink  0431 ]',
                                 '***LOG BY4=> sql error 12541  performing CON [dblink#5 @ 431] [dblink  0431 ]',
                                 '***LOG BY0=> ORA-12541: TNS:no listener [dblink#5 @ 431] [dblink  0431 ]'])

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (10.0, self.retry(t + 10)),
                (20.0, self.rec(t + 20, 'B', ['Connection 0 opened (DBSL handle 0)',
                                             '***LOG BYY=> work process left reconnect status [dblink#5 @ 431] [dblink  0431 ]']))]

    def heartbeat(self, t):
        return self.rec(t, 'M', ['ThAlarmHandler (1)'])

    def startup(self, t):
        pid = self.new_pid(t, 1000, 60000)
        hdr = ['---------------------------------------------------', 'trc file: "dev_w%d", trc level: 1, release: "%s"' % (self.wp, self.rel),
               '---------------------------------------------------', '*', '*  ACTIVE TRACE LEVEL           1',
               '*  ACTIVE TRACE COMPONENTS      all, MJ', '*']
        m = ['sysno      %s' % self.inst[-2:], 'sid        %s' % self.sid, 'systemid   390 (AMD/Intel x86_64 with Linux)',
             'relno      %s0' % self.rel, 'patchlevel 0', 'patchno    %d' % self.ri(100, 1200), 'intno      20160201',
             'make       multithreaded, Unicode, 64 bit, optimized',
             'profile    /usr/sap/%s/SYS/profile/%s_%s_%s' % (self.sid, self.sid, self.inst, self.host), 'pid        %d' % pid]
        L = hdr + self.rec(t, 'M', m)
        L += ['M', 'M  kernel runs with dp version 3000(ext=117000) (@(#) DPLIB-INT-VERSION-0+3000-UC)',
              'M  length of sys_adm_ext is 524 bytes',
              'M  ***LOG Q0Q=> tskh_init, WPStart (Workproc %d %d) [dpxxdisp.c   1354]' % (self.wp, pid)]
        L2 = self.rec(t + 0.4, 'B', ['db_con_init called', "Loading DB library '/usr/sap/%s/SYS/exe/run/dboraslib.so' ..." % self.sid,
                                     "Library '/usr/sap/%s/SYS/exe/run/dboraslib.so' loaded" % self.sid,
                                     "Version of '/usr/sap/%s/SYS/exe/run/dboraslib.so' is \"%s.02\", patchlevel (0.%d)" % (self.sid, self.rel, self.ri(100, 1200))])
        L3 = self.rec(t + 1.1, 'C', ['Oracle client version: 19.0.0.0.0, V1, default (libclntsh.so)',
                                     "Connecting as /@%s on connection 0 (nls_hdl 0) ... (dbsl %s %s)" % (self.sid, self.rel, '110123'),
                                     "Now I'm connected to ORACLE"])
        L4 = self.rec(t + 1.8, 'S', ['*** init spool environment', 'TSPEVJOB updates outside critical section: event_update_nocsec = 1',
                                     'handle memory type is RSTSPROMMM'])
        return [(0.0, L), (0.4, L2), (1.1, L3), (1.8, L4)]

    def shutdown(self, t):
        return [(0.0, self.rec(t, 'M', ['***LOG Q05=> wp_halt, WPStop (Workproc %d %d) [dpuxtool.c   327]' % (self.wp, self.pid_at(t)),
                                         'ThStop: stop work process (soft shutdown requested by dispatcher)'])),
                (0.5, self.rec(t + 0.5, 'B', ['Disconnecting from connection 0 ...', 'Disconnected from connection 0']))]

    def panic(self, t):
        L = ['*** ERROR => ThSigHandler: signal 11 received (SIGSEGV) [thxxhead.c   2345]',
             '-------------------- C-STACK ----------------------']
        frames = ['disp+work', 'libc.so.6', 'disp+work', 'disp+work', 'dboraslib.so', 'disp+work']
        fn = ['ThSigHandler', '__restore_rt', 'ab_extri', 'ab_jfunc', 'DbSlExeRead', 'ThJobHandler']
        for k, (a, b) in enumerate(zip(frames, fn)):
            L.append('[%d] 0x%016x %s (%s+0x%x)' % (k, self.r.getrandbits(44), a, b, self.ri(16, 4000)))
        L += ['-------------------- C-STACK END ------------------',
              '***LOG Q02=> wp_halt, WPStop (Workproc %d %d) [dpuxtool.c   327]' % (self.wp, self.pid_at(t)),
              '*** ERROR => wp_halt: core dump written to /usr/sap/%s/%s/work/core [dpuxtool.c   412]' % (self.sid, self.inst)]
        return [(0.0, self.rec(t, 'M', L))]


# =========================================================== defaultTrace
class SapJava(Fmt):
    key = 'sap_java'
    label = 'SAP AS Java defaultTrace (PI/PO adapter engine)'
    fnames = ['defaultTrace_00.0.trc', 'defaultTrace_01.3.trc']
    clock = 'offset'
    absolute = True
    weight = 1.6
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'oom_kill', 'disk_full')
    lat_name = 'adapter "processed in N ms" fields'
    retry_name = 'delivery to endpoint failed, retry N of 3 scheduled'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space, server node stopped (Fatal)'
    disk_name = 'java.io.IOException: No space left on device writing traces/archive'

    def init(self):
        self.oc = off_str(self.off, colon=False)
        self.node = self.ri(10 ** 6, 10 ** 7 - 1)
        self.ifaces = [('ORDERS05', 'OrderRequest'), ('INVOIC02', 'InvoiceNotification'), ('DEBMAS07', 'CustomerReplicate'),
                       ('MATMAS05', 'ProductMasterSync')]
        self.chan = ['CC_SOAP_ORDERS_RCV', 'CC_JDBC_ORDERS', 'CC_IDOC_SND', 'CC_REST_PRICING', 'CC_SFTP_INVOICES']
        self.err_names = ['JDBC receiver ORA-00001', 'SOAP ADAPTER.HTTP_EXCEPTION HTTP 500', 'MappingException NumberFormatException']
        self.new = self.ch([('com.sap.aii.adapter.sftp.ra', 'CC_SFTP_INVOICES: Error while connecting to sftp.partner.example.net:22: Auth fail'),
                            ('com.sap.aii.adapter.rfc.afcommunication', 'RFC adapter: JCO_ERROR_LOGON_FAILURE: Password logon no longer possible - too many failed attempts')])
        self.new_name = self.new[1][:70]

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d %02d %02d %02d:%02d:%02d' % m[:6])
        return '%s:%03d' % (p, int(f * 1000))

    def R(self, t, sev, cat, loc, msg, thread=None, user='PIAFUSER'):
        g = self.HX(32)
        return ['#2.0#%s#%s#%s#%s#' % (self.ts(t), self.oc, sev, cat),
                '#BC-XI-CON-AFW#%s#%s#%d%09d#sap.com/com.sap.aii.af.app#%s#%s#0##%s#%s#%s#0#%s#Plain##' % (
                    cat if cat[0] != '/' else 'com.sap.aii.af.ms.svc', g, self.node, self.ri(1, 10 ** 9), loc, user,
                    self.hx(32), self.hx(32), self.hx(32), thread or 'Thread[XI AF Queue Worker [%d_%d],5,Dedicated_Application_Thread]' % (self.ri(1, 9), self.ri(1000, 99999)))] + \
            (msg + '#').split('\n')

    def mid(self):
        return self.uuid()

    def templates(self):
        r = self
        MS = '/Applications/ExchangeInfrastructure/AdapterFramework/Services/MS'
        return [
            (12, lambda t: r.R(t, 'Info', MS, 'com.sap.engine.messaging.impl.core.queue.QueueWorker', 'Message %s (%s -> %s) processed in %d ms' % (r.mid(), r.ch(r.ifaces)[0], r.ch(r.ifaces)[1], r.dur(t, 260)))),
            (8, lambda t: r.R(t, 'Info', MS, 'com.sap.aii.af.sdk.xi.srt.DeliverySemantics', 'Message %s: successfully delivered to endpoint https://%s/XISOAPAdapter/MessageServlet using connection SOAP_http://sap.com/xi/XI/System' % (r.mid(), r.ch(['pihost01:50001', 'crm-api.internal:443'])))),
            (6, lambda t: r.R(t, 'Info', 'com.sap.aii.adapter.jdbc.svc', 'com.sap.aii.adapter.jdbc.svc.DBAccess', 'Receiver channel CC_JDBC_ORDERS: %d statement(s) executed successfully' % r.ri(1, 40))),
            (5, lambda t: r.R(t, 'Info', 'com.sap.aii.adapter.soap.web', 'com.sap.aii.adapter.soap.web.MessageServlet', 'Sender channel CC_SOAP_ORDERS_SND: message %s put into queue dispatcher_%d' % (r.mid(), r.ri(1, 8)))),
            (4, lambda t: r.R(t, 'Info', 'com.sap.aii.adapter.idoc', 'com.sap.aii.adapter.idoc.IDocSender', 'IDoc %016d of type %s sent to SAP client %03d' % (r.ri(1, 10 ** 15), r.ch(r.ifaces)[0], r.ch([100, 200])))),
            (0.7, lambda t: r.R(t, 'Warning', MS, 'com.sap.engine.messaging.impl.core.queue.QueueWorker', 'Queue XBTO%d__0000 backlog %d messages, processing delayed' % (r.ri(0, 9), r.ri(500, 4000)))),
            (0.4, lambda t: r.R(t, 'Warning', 'com.sap.engine.services.httpserver', 'com.sap.engine.services.httpserver.server.Response', 'Response for /XISOAPAdapter/MessageServlet took %d ms' % r.dur(t, 9000))),
        ]

    def error(self, t, i):
        if i == 0:
            return self.R(t, 'Error', 'com.sap.aii.adapter.jdbc.svc', 'com.sap.aii.adapter.jdbc.svc.DBAccess', 'Receiver channel CC_JDBC_ORDERS: SQL error 1 (ORA-00001: unique constraint (PIDB.PK_ORDERS) violated)')
        if i == 1:
            return self.R(t, 'Error', '/Applications/ExchangeInfrastructure/AdapterFramework/Services/MS', 'com.sap.aii.adapter.soap.ejb.XISOAPAdapterBean',
                          'Message %s: Exception caught by adapter framework: SOAP: Response message contains an error XIAdapter/HTTP/ADAPTER.HTTP_EXCEPTION - HTTP 500 Internal Server Error' % self.mid())
        return self.R(t, 'Error', 'com.sap.aii.ibrun.server.mapping', 'com.sap.aii.ibrun.server.mapping.MappingHandler',
                      'Mapping "http://corp.example.com/sd/%s_to_%s" failed to execute: MappingException: Runtime exception when processing target-field mapping /ns0:%s/Amount; root message: Exception:[java.lang.NumberFormatException: For input string: ""] in class com.sap.aii.mappingtool.flib7.Arithm method add[, 1]' % (
                          self.ifaces[0][0], self.ifaces[0][1], self.ifaces[0][1]))

    def new_error(self, t):
        return self.R(t, 'Error', self.new[0], self.new[0] + '.Connector', self.new[1])

    def retry(self, t):
        return self.R(t, 'Warning', '/Applications/ExchangeInfrastructure/AdapterFramework/Services/MS', 'com.sap.engine.messaging.impl.core.queue.QueueWorker',
                      'Message %s: delivery to endpoint failed, retry %d of 3 scheduled in 300000 ms (MessagingException: java.net.ConnectException: Connection refused)' % (self.mid(), self.ri(1, 3)))

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (5.0, self.retry(t + 5)),
                (10.0, self.R(t + 10, 'Info', '/Applications/ExchangeInfrastructure/AdapterFramework/Services/MS', 'com.sap.engine.messaging.impl.core.queue.QueueWorker',
                              'Message %s: successfully delivered on retry 2' % self.mid()))]

    def heartbeat(self, t):
        return self.R(t, 'Info', '/System/Server', 'com.sap.engine.core.cluster.impl6.ClusterManagerImpl', 'Cluster heartbeat: server node %d RUNNING, %d sessions' % (self.node, self.ri(10, 400)),
                      thread='Thread[Cluster heartbeat,5,SAPEngine_System_Thread[impl:5]_Group]', user='Guest')

    def startup(self, t):
        L = ['SAP AS Java server node %d is starting' % self.node, 'Service memory started. (%d ms).' % self.ri(3, 40),
             'Service security started. (%d ms).' % self.ri(100, 900), 'Service http started. (%d ms).' % self.ri(20, 400),
             'Application sap.com/com.sap.aii.af.app started. (%d ms).' % self.ri(900, 9000),
             'Server node %d ready (%d services and %d applications started in %d ms)' % (self.node, self.ri(80, 140), self.ri(300, 900), self.ri(60000, 200000))]
        out = []
        dt = 0.0
        for m in L:
            out.append((dt, self.R(t + dt, 'Info', '/System/Server', 'com.sap.engine.core.Framework', m, thread='Thread[main,5,main]', user='Guest')))
            dt += self.r.uniform(0.5, 4.0)
        return out

    def shutdown(self, t):
        L = ['Shutdown of server node %d requested by Administrator' % self.node, 'Stopping applications ...',
             'Service http stopped. (%d ms).' % self.ri(10, 300), 'Server node %d stopped' % self.node]
        out = []
        dt = 0.0
        for m in L:
            out.append((dt, self.R(t + dt, 'Info', '/System/Server', 'com.sap.engine.core.Framework', m, thread='Thread[Shutdown hook,5,main]', user='Guest')))
            dt += self.r.uniform(0.5, 2.0)
        return out

    def oom(self, t):
        a = self.R(t, 'Fatal', '/System/Server', 'com.sap.engine.core.thread.impl3.SingleThread',
                   'OutOfMemoryError occurred on thread Thread[HTTP Worker [@%d],5,Dedicated_Application_Thread]\njava.lang.OutOfMemoryError: Java heap space\n\tat java.util.Arrays.copyOf(Arrays.java:3332)\n\tat com.sap.aii.af.sdk.xi.mo.xmb.XMBMessage.getPayload(XMBMessage.java:512)' % self.ri(10 ** 8, 10 ** 9))
        b = self.R(t + 1.2, 'Fatal', '/System/Server', 'com.sap.engine.core.Framework', 'The server node %d will be stopped because of java.lang.OutOfMemoryError' % self.node,
                   thread='Thread[OOM handler,5,main]', user='Guest')
        return [(0.0, a), (1.2, b)]

    def disk(self, t):
        return self.R(t, 'Error', '/System/Logging', 'com.sap.tc.logging.FileLog',
                      'Cannot write to archive /usr/sap/PO1/J00/j2ee/cluster/server0/log/archive/xi_msg_%d.dat\njava.io.IOException: No space left on device' % self.ri(10 ** 5, 10 ** 6))


FORMATS = {c.key: c for c in (SapDevW, SapJava)}
