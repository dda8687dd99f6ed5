"""Windows and ETL: Windows Application event log exported with
`wevtutil qe Application /f:text`, SSIS text-file log provider, Informatica
PowerCenter (real-time) session log."""
from fmt_base import Fmt, MON, DOW

DBS = ['DW', 'Staging', 'SSISDB', 'ReportServer', 'CoreBanking', 'ClaimsODS']


# ====================================================== wevtutil /f:text
class WevtText(Fmt):
    key = 'wevt_text'
    label = 'Windows Application event log (wevtutil /f:text)'
    fnames = ['Application_events.txt', 'app_evtx_export.txt']
    crlf = True
    weight = 1.6
    busy = False
    restartable = False
    hb_period = 120.0
    caps = ('error_burst', 'new_error', 'disk_full')
    disk_name = 'MSSQLSERVER 9002 transaction log is full / 1105 filegroup is full / There is not enough space on the disk'

    def init(self):
        self.comp = '%s%s%02d.corp.example.com' % (self.ch(['SQLPRD', 'ETLSRV', 'APPSRV']), self.ctx.site.upper(), self.ri(1, 9))
        self.n = self.ri(1000, 90000)
        self.jobs = ['DW - Load Staging', 'DW - Merge Facts', 'Maint - Index Optimize', 'Backup - LOG', 'Claims - Nightly Extract']
        self.err_names = ['MSSQLSERVER 18456 Login failed (Password did not match)', 'SQLSERVERAGENT 208 job failed', 'MSSQLSERVER 3041 BACKUP failed']
        self.new = self.ch(['sspi', 'deadlock'])
        self.new_name = {'sspi': 'MSSQLSERVER 17806 SSPI handshake failed', 'deadlock': 'MSSQLSERVER 1205 deadlock victim'}[self.new]

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02dT%02d:%02d:%02d' % m[:6])
        return '%s.%03d' % (p, int(f * 1000))

    def fix(self, lines):
        if lines and lines[0] == 'Event[#]:':
            lines = ['Event[%d]:' % self.n] + lines[1:]
            self.n += 1
        return lines

    def ev(self, t, src, eid, level, desc, task='None', kw='Classic', opc='Info', user='N/A', uname='N/A'):
        return ['Event[#]:', '  Log Name: Application', '  Source: %s' % src, '  Date: %s' % self.ts(t), '  Event ID: %d' % eid,
                '  Task: %s' % task, '  Level: %s' % level, '  Opcode: %s' % opc, '  Keyword: %s' % kw, '  User: %s' % user,
                '  User Name: %s' % uname, '  Computer: %s' % self.comp, '  Description: '] + desc.split('\n')

    def dt(self, t):
        m = self.tm(t)[0]
        return '%04d-%02d-%02d %02d:%02d:%02d' % m[:6]

    def templates(self):
        r = self
        return [
            (10, lambda t: r.logbk(t)),
            (3, lambda t: r.ev(t, 'MSSQLSERVER', 18264, 'Information', "Database backed up. Database: %s, creation date(time): 2019/04/12(09:11:23), pages dumped: %d, first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\backup01\\sql\\%s_FULL.bak'}). This is an informational message only. No user action is required." % (
                r.ch(DBS), r.ri(10 ** 4, 10 ** 7), r.ri(100, 999), r.ri(100, 999), r.ri(1000, 9999), r.ri(100, 999), r.ch(DBS)), 'Backup')),
            (6, lambda t: r.ev(t, 'MSSQLSERVER', 17137, 'Information', "Starting up database '%s'." % r.ch(DBS), 'Server')),
            (6, lambda t: r.ev(t, 'MSSQLSERVER', 18453, 'Information', "Login succeeded for user '%s'. Connection made using Windows authentication. [CLIENT: %s]" % (r.ch(['CORP\\svc_etl', 'CORP\\svc_ssis', 'CORP\\svc_report']), r.ip()), 'Logon', 'Audit Success,Classic')),
            (5, lambda t: r.ev(t, 'SQLSERVERAGENT', 208, 'Information', "SQL Server Scheduled Job '%s' (0x%s) - Status: Succeeded - Invoked on: %s - Message: The job succeeded.  The Job was invoked by Schedule %d (Every 15 min).  The last step to run was step %d (%s)." % (
                r.ch(r.jobs), r.HX(32), r.dt(t - r.ri(30, 900)), r.ri(1, 40), r.ri(1, 4), r.ch(['Load', 'Merge', 'Extract', 'Cleanup'])), 'Job Engine')),
            (4, lambda t: r.ev(t, 'SQLISPackage160', r.ch([12288, 12289]), 'Information', 'Package "%s" %s.' % (r.ch(['LoadDW_Nightly', 'StageSales', 'ClaimsExtract']), r.ch(['started', 'finished successfully'])))),
            (2, lambda t: r.ev(t, 'VSS', 8224, 'Information', 'The VSS service is shutting down due to idle timeout.')),
            (2, lambda t: r.ev(t, 'Microsoft-Windows-RestartManager', 10000, 'Information', 'Starting session %d - %sZ.' % (r.ri(0, 3), r._utc(t)), 'None', 'N/A', 'N/A', 'S-1-5-18', 'NT AUTHORITY\\SYSTEM')),
            (1, lambda t: r.ev(t, 'ESENT', 326, 'Information', 'svchost (%d,D,12) SoftwareUsageMetrics-svc: The database engine attached a database (1, C:\\Windows\\system32\\LogFiles\\Sum\\Svc.edb). (Time=0 seconds)' % r.ri(1000, 9000), 'General')),
            (0.8, lambda t: r.ev(t, 'MSSQLSERVER', 833, 'Warning', 'SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [D:\\Data\\%s.mdf] in database id %d.  The OS file handle is 0x%016X.  The offset of the latest long I/O is: 0x%012x.  The duration of the long I/O is: %d ms.' % (
                r.ri(1, 9), r.ch(DBS), r.ri(5, 12), r.r.getrandbits(40), r.r.getrandbits(40), r.ri(15000, 40000)), 'Server')),
            (0.5, lambda t: r.ev(t, 'Microsoft-Windows-User Profiles Service', 1530, 'Warning', 'Windows detected your registry file is still in use by other applications or services. The file will be unloaded now. The applications or services that hold your registry file may not function properly afterwards.  \n\n DETAIL - \n 1 user registry handles leaked from \\Registry\\User\\S-1-5-21-%d-%d-%d-1105:' % (r.ri(10 ** 8, 10 ** 9), r.ri(10 ** 8, 10 ** 9), r.ri(10 ** 8, 10 ** 9)), 'None', 'N/A', 'N/A', 'S-1-5-18', 'NT AUTHORITY\\SYSTEM')),
        ]

    def _utc(self, t):
        p, f = self.utc_cached(t, lambda m: '%04d-%02d-%02dT%02d:%02d:%02d' % m[:6])
        return '%s.%03d%04d' % (p, int(f * 1000), self.ri(0, 9999))

    def logbk(self, t):
        db = self.ch(DBS)
        m = self.tm(t)[0]
        return self.ev(t, 'MSSQLSERVER', 18265, 'Information', "Log was backed up. Database: %s, creation date(time): 2019/04/12(09:11:23), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\backup01\\sql\\%s\\%s_LOG_%04d%02d%02d_%02d%02d%02d.trn'}). This is an informational message only. No user action is required." % (
            db, self.ri(100, 999), self.ri(100, 999), self.ri(1000, 9999), self.ri(100, 999), db, db, m.tm_year, m.tm_mon, m.tm_mday, m.tm_hour, m.tm_min, m.tm_sec), 'Backup')

    def error(self, t, i):
        if i == 0:
            return self.ev(t, 'MSSQLSERVER', 18456, 'Information', "Login failed for user '%s'. Reason: Password did not match that for the login provided. [CLIENT: %s]" % (self.ch(['svc_report', 'sa', 'app_claims']), self.ip()), 'Logon', 'Audit Failure,Classic')
        if i == 1:
            return self.ev(t, 'SQLSERVERAGENT', 208, 'Warning', "SQL Server Scheduled Job '%s' (0x%s) - Status: Failed - Invoked on: %s - Message: The job failed.  The Job was invoked by Schedule %d (Hourly).  The last step to run was step %d (%s)." % (
                self.ch(self.jobs), self.HX(32), self.dt(t - self.ri(30, 900)), self.ri(1, 40), self.ri(1, 4), self.ch(['Load', 'Merge', 'Extract'])), 'Job Engine')
        return self.ev(t, 'MSSQLSERVER', 3041, 'Error', 'BACKUP failed to complete the command BACKUP LOG %s. Check the backup application log for detailed messages.' % self.ch(DBS), 'Backup')

    def new_error(self, t):
        if self.new == 'sspi':
            return self.ev(t, 'MSSQLSERVER', 17806, 'Error', 'SSPI handshake failed with error code 0x8009030c, state 14 while establishing a connection with integrated security; the connection has been closed. Reason: AcceptSecurityContext failed. The Windows error code indicates the cause of failure. The logon attempt failed   [CLIENT: %s]' % self.ip(), 'Logon')
        return self.ev(t, 'MSSQLSERVER', 1205, 'Error', 'Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.' % self.ri(51, 400), 'Server')

    def disk(self, t):
        u = self.r.random()
        if u < 0.4:
            return self.ev(t, 'MSSQLSERVER', 9002, 'Error', "The transaction log for database '%s' is full due to 'LOG_BACKUP'." % self.ch(DBS[:2]), 'Server')
        if u < 0.75:
            return self.ev(t, 'MSSQLSERVER', 1105, 'Error', "Could not allocate space for object 'dbo.FactSales'.'PK_FactSales' in database 'DW' because the 'PRIMARY' filegroup is full. Create disk space by deleting unneeded files, dropping objects in the filegroup, adding additional files to the filegroup, or setting autogrowth on for existing files in the filegroup.", 'Server')
        return self.ev(t, 'SQLSERVERAGENT', 208, 'Warning', "SQL Server Scheduled Job 'Backup - LOG' (0x%s) - Status: Failed - Invoked on: %s - Message: The job failed.  Write on \"\\\\backup01\\sql\\DW_LOG.trn\" failed: 112(There is not enough space on the disk.)" % (self.HX(32), self.dt(t)), 'Job Engine')

    def heartbeat(self, t):
        m = self.tm(t + 86400)[0]
        return self.ev(t, 'Microsoft-Windows-Security-SPP', 16384, 'Information', 'Successfully scheduled Software Protection service for re-start at %sZ. Reason: RulesEngine.' % self._utc(t + 86400)[:19], 'None', 'N/A')


# ======================================================= SSIS text log
class SsisLog(Fmt):
    key = 'ssis'
    label = 'SSIS text file log provider'
    fnames = ['SSIS_LoadDW.log', 'ssis_package_log.txt']
    crlf = True
    weight = 1.4
    restartable = False
    caps = ('error_burst', 'new_error', 'disk_full')
    disk_name = 'buffer manager cannot write to file: There was insufficient disk space or quota'

    def init(self):
        self.comp = '%s%s%02d' % (self.ch(['ETLSRV', 'SQLPRD']), self.ctx.site.upper(), self.ri(1, 9))
        self.op = self.ch(['CORP\\svc_ssis', 'CORP\\svc_etl'])
        self.pkgs = ['LoadDW_Nightly', 'StageSales', 'ClaimsExtract', 'DimCustomer_SCD']
        self.tasks = ['Data Flow Task', 'Execute SQL Task - Truncate Staging', 'Load FactSales', 'Load DimCustomer', 'Merge Staging', 'FEL Poll Staging']
        self.src = {x: '{%s}' % self.uuid().upper() for x in self.tasks + self.pkgs}
        self.exe = '{%s}' % self.uuid().upper()
        self.err_names = ['DTS_E_OLEDBERROR Login timeout expired', 'OLE DB Destination column conversion loss of data', 'Execute SQL Task PRIMARY KEY violation']
        self.new_name = 'DTS_E_PRIMEOUTPUTFAILED Flat File Source returned 0xC0202092'

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%d/%d/%04d %d:%02d:%02d %s' % (m[1], m[2], m[0], (m[3] % 12) or 12, m[4], m[5], 'AM' if m[3] < 12 else 'PM'))
        return p

    def file_header(self):
        return ['#Fields: event,computer,operator,source,sourceid,executionid,starttime,endtime,datacode,databytes,message']

    def E(self, t, ev, src, code, msg, t0=None):
        if t0 is not None and t0 < self.ctx.w0:
            t0 = self.ctx.w0
        return ('%s,%s,%s,%s,%s,%s,%s,%s,%d,0x,%s' % (ev, self.comp, self.op, src, self.src.get(src, self.src[self.tasks[0]]), self.exe,
                                                     self.ts(t0 if t0 is not None else t), self.ts(t), code, msg)).split('\n')

    def templates(self):
        r = self
        T = lambda: r.ch(r.tasks[:5])
        phases = ['Validation phase is beginning.', 'Prepare for Execute phase is beginning.', 'Pre-Execute phase is beginning.',
                  'Execute phase is beginning.', 'Post Execute phase is beginning.', 'Cleanup phase is beginning.']
        return [
            (6, lambda t: r.E(t, 'OnPreExecute', T(), 0, '(null)')),
            (6, lambda t: r.E(t, 'OnPostExecute', T(), 0, '(null)', t - r.ri(0, 120))),
            (10, lambda t: r.E(t, 'OnProgress', T(), r.ch([0, 25, 50, 75, 100]), r.ch(['Validating', 'Prepare for Execute', 'Pre-Execute', 'Post Execute', 'Cleanup', 'Executing query "TRUNCATE TABLE stg.Sales".']))),
            (9, lambda t: r.E(t, 'OnInformation', 'Data Flow Task', 1073742050 + r.ri(0, 3), 'Data Flow Task:Information: ' + r.ch(phases))),
            (4, lambda t: r.E(t, 'OnInformation', 'Data Flow Task', 1073758209, 'Data Flow Task:Information: "OLE DB Destination" wrote %d rows.' % r.ri(0, 500000))),
            (2, lambda t: r.E(t, 'PackageStart', r.ch(r.pkgs), 0, 'Beginning of package execution.\n')),
            (2, lambda t: r.E(t, 'PackageEnd', r.ch(r.pkgs), 1, 'End of package execution.\n', t - r.ri(60, 3000))),
            (1, lambda t: r.E(t, 'OnWarning', 'Data Flow Task', -2147381246, 'Warning: 0x80047076 at Data Flow Task, SSIS.Pipeline: The output column "%s" (%d) on output "OLE DB Source Output" (11) and component "OLE DB Source" (1) is not subsequently used in the Data Flow task. Removing this unused output column can increase Data Flow task performance.' % (
                r.ch(['ModifiedDate', 'rowguid', 'LegacyId']), r.ri(20, 400)))),
        ]

    def error(self, t, i):
        if i == 0:
            return self.E(t, 'OnError', 'Load FactSales', -1071636471, 'SSIS Error Code DTS_E_OLEDBERROR.  An OLE DB error has occurred. Error code: 0x80004005.\nAn OLE DB record is available.  Source: "Microsoft OLE DB Driver for SQL Server"  Hresult: 0x80004005  Description: "Login timeout expired".')
        if i == 1:
            return self.E(t, 'OnError', 'Data Flow Task', -1071607780, 'There was an error with OLE DB Destination.Inputs[OLE DB Destination Input].Columns[Amount] on OLE DB Destination.Inputs[OLE DB Destination Input]. The column status returned was: "The value could not be converted because of a potential loss of data.".')
        return self.E(t, 'OnError', 'Merge Staging', -1073548784, 'Executing the query "EXEC dbo.usp_MergeSales" failed with the following error: "Violation of PRIMARY KEY constraint \'PK_FactSales\'. Cannot insert duplicate key in object \'dbo.FactSales\'. The duplicate key value is (%d).". Possible failure reasons: Problems with the query, "ResultSet" property not set correctly, parameters not set correctly, or connection not established correctly.' % self.ri(10 ** 5, 10 ** 8)) + \
            self.E(t, 'OnTaskFailed', 'Merge Staging', 0, '(null)')

    def new_error(self, t):
        return self.E(t, 'OnError', 'Data Flow Task', -1073450952, 'SSIS Error Code DTS_E_PRIMEOUTPUTFAILED.  The PrimeOutput method on Flat File Source returned error code 0xC0202092.  The component returned a failure code when the pipeline engine called PrimeOutput(). The meaning of the failure code is defined by the component, but the error is fatal and the pipeline stopped executing.  There may be error messages posted before this with more information about the failure.')

    def disk(self, t):
        return self.E(t, 'OnError', 'Data Flow Task', -1073450984, 'The buffer manager cannot write %d bytes to file "D:\\SSISTemp\\DTS{%s}.tmp". There was insufficient disk space or quota.' % (self.ch([8388608, 10485760]), self.uuid().upper()))

    def heartbeat(self, t):
        return self.E(t, 'OnInformation', 'FEL Poll Staging', 0, 'FEL Poll Staging:Information: Polling stg.BatchReady: %d batches ready.' % self.ch([0, 0, 0, 1]))


# ======================================================= Informatica
class Informatica(Fmt):
    key = 'informatica'
    label = 'Informatica PowerCenter session log'
    fnames = ['s_m_rt_orders_to_dw.log', 's_m_cdc_claims.log']
    curve = 'flat'
    weight = 1.6
    caps = ('error_burst', 'new_error', 'disk_full')
    hb_period = 60.0
    disk_name = 'writer/cache file write errors: No space left on device'

    def init(self):
        self.set_pid(self.ri(1000, 60000))
        self.svc = self.ch(['IS_DW_PRD', 'INT_SVC_PROD', 'IS_ETL01'])
        self.node = 'node01_%s' % self.ch(['etlsrv01', 'infa-prd-a', 'pcnode1'])
        self.sess = self.name.rsplit('.', 1)[0]
        self.tgts = ['TGT_ORDERS', 'TGT_ORDER_LINES', 'FACT_CLAIMS']
        self.err_names = ['WRT_8229 Database errors ORA-00001', 'TE_7007 Transformation Evaluation Error TO_DATE', 'TT_11019 error in port']
        self.new_name = 'WRT_8004 Writer initialization failed'

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02d %02d:%02d:%02d' % m[:6])
        return p

    def ct(self, t):
        m = self.tm(t)[0]
        return '%s %s %02d %02d:%02d:%02d %04d' % (DOW[m.tm_wday], MON[m.tm_mon - 1], m.tm_mday, m.tm_hour, m.tm_min, m.tm_sec, m.tm_year)

    def L(self, t, sev, th, code, msg):
        return ('%s : %s : (%d | %s) : (IS | %s) : %s : %s : %s' % (self.ts(t), sev, self.pid_at(t), th, self.svc, self.node, code, msg)).split('\n')

    def commit(self, t, kind='TARGET'):
        out = self.L(t, 'INFO', 'WRITER_1_*_1', 'WRT_8161', '\n%s BASED COMMIT POINT  %s\n===================================================\n' % (kind, self.ct(t)))
        for tg in self.tgts[:self.ri(1, 2)]:
            n = self.ri(0, 5000)
            out += ['TABLE NAME: %s' % tg, '===================================================',
                    'WRT_8036 Target: %s (Instance Name: [%s])' % (tg, tg),
                    'WRT_8038 Inserted rows - Requested: %-10d Applied: %-10d Rejected: 0          Affected: %-10d' % (n, n, n), '']
        return out

    def templates(self):
        r = self
        return [
            (8, lambda t: r.commit(t)),
            (8, lambda t: r.L(t, 'INFO', 'READER_1_1_1', 'RR_4049', 'SQL Query issued to database : (%s)' % r.ct(t))),
            (8, lambda t: r.L(t, 'INFO', 'READER_1_1_1', 'RR_4050', 'First row returned from database to reader : (%s)' % r.ct(t))),
            (4, lambda t: r.L(t, 'INFO', 'TRANSF_1_1_1', 'TE_7212', 'Increasing [Index Cache] size for transformation [lkp_DIM_CUSTOMER] from [%d] to [%d].' % (2 ** r.ri(20, 23), 2 ** r.ri(24, 26)))),
            (3, lambda t: r.L(t, 'INFO', 'READER_1_1_1', 'BLKR_16019', 'Read [%d] rows, read [0] error rows for source table [SRC_ORDERS_CDC] instance name [SQ_SRC_ORDERS_CDC]' % r.ri(0, 100000))),
            (1, lambda t: r.L(t, 'WARNING', 'TRANSF_1_1_1', 'TE_7004', 'Transformation Parse Warning [IIF(ISNULL(CUST_ID), -1, CUST_ID)]; transformation continues...')),
            (0.5, lambda t: r.L(t, 'WARNING', 'READER_1_1_1', 'RR_4036', 'Source is empty for this commit interval')),
        ]

    def error(self, t, i):
        if i == 0:
            return self.L(t, 'ERROR', 'WRITER_1_*_1', 'WRT_8229', 'Database errors occurred: \nORA-00001: unique constraint (DW.PK_FACT_ORDERS) violated\n\nDatabase driver error...\nFunction Name : Execute Multiple\nSQL Stmt : INSERT INTO TGT_ORDERS(ORDER_ID,CUST_ID,AMOUNT,ORDER_TS) VALUES ( ?, ?, ?, ?)\n')
        if i == 1:
            return self.L(t, 'ERROR', 'TRANSF_1_1_1', 'TE_7007', "Transformation Evaluation Error [<<Expression Error>> [TO_DATE]: invalid string for converting to Date\n... t:TO_DATE(u:'%04d0231',u:'YYYYMMDD')]" % self.ri(2016, 2026))
        return self.L(t, 'ERROR', 'TRANSF_1_1_1', 'TT_11019', 'There is an error in the port [o_AMOUNT]: The default value for the port is set to: ERROR(<<Expression Error>> [ERROR]: transformation error\n... nl:ERROR(u:\'transformation error\')).')

    def new_error(self, t):
        return self.L(t, 'ERROR', 'WRITER_1_*_1', 'WRT_8004', 'Writer initialization failed [Error opening session output file [/infa/tgtfiles/ord_extract_%d.out] [error=Permission denied]]. Writer terminating.' % self.ri(1, 99))

    def disk(self, t):
        if self.r.random() < 0.5:
            return self.L(t, 'ERROR', 'WRITER_1_*_1', 'WRT_8047', 'Error writing to target file [/infa/tgtfiles/orders_extract.out]: No space left on device')
        return self.L(t, 'ERROR', 'TRANSF_1_1_1', 'CMN_1053', 'Writer: Error writing row to cache file [/infa/cache/PMLKUP%d_%d.dat]: No space left on device' % (self.ri(100, 999), self.ri(1, 9)))

    def heartbeat(self, t):
        return self.commit(t, 'TIMEOUT')

    def startup(self, t):
        self.new_pid(t, 1000, 60000)
        L = [('DIRECTOR', 'TM_6014', 'Initializing session [%s] at [%s].' % (self.sess, self.ct(t))),
             ('DIRECTOR', 'TM_6683', 'Repository Name: [REP_DW]'), ('DIRECTOR', 'TM_6684', 'Server Name: [%s]' % self.svc),
             ('DIRECTOR', 'TM_6686', 'Folder: [DW_SALES]'),
             ('DIRECTOR', 'TM_6685', 'Workflow: [wf_%s] Run Instance Name: [] Run Id: [%d]' % (self.sess[2:], self.ri(10 ** 4, 10 ** 6))),
             ('DIRECTOR', 'TM_6101', 'Mapping name: %s [version %d].' % (self.sess[2:], self.ri(1, 30))),
             ('DIRECTOR', 'TM_6964', 'Date format for the Session is [MM/DD/YYYY HH24:MI:SS.US]'),
             ('DIRECTOR', 'TM_6703', 'Session [%s] is run by 64-bit Integration Service  [%s], version [10.4.1 HotFix1], build [0412].' % (self.sess, self.node)),
             ('MAPPING', 'TM_6660', 'Total Buffer Pool size is 24000000 bytes and Block size is 128000 bytes.'),
             ('MAPPING', 'BLKR_16003', 'Initialization completed successfully.')]
        for tg in self.tgts:
            L.append(('WRITER_1_*_1', 'WRT_8167', 'Start loading table [%s] at: %s' % (tg, self.ct(t))))
        out = []
        dt = 0.0
        for th, c, m in L:
            out.append((dt, self.L(t + dt, 'INFO', th, c, m)))
            dt += self.r.uniform(0.0, 0.8)
        return out

    def shutdown(self, t):
        out = []
        dt = 0.0
        for tg in self.tgts:
            out.append((dt, self.L(t + dt, 'INFO', 'WRITER_1_*_1', 'WRT_8168', 'End loading table [%s] at: %s' % (tg, self.ct(t + dt)))))
            dt += 0.3
        out.append((dt, self.L(t + dt, 'INFO', 'WRITER_1_*_1', 'WRT_8035', 'Load complete time: %s' % self.ct(t + dt))))
        out.append((dt + 0.5, self.L(t + dt + 0.5, 'INFO', 'MANAGER', 'PETL_24031', '\n***** RUN INFO FOR TGT LOAD ORDER GROUP [1], CONCURRENT SET [1] *****\nThread [READER_1_1_1] created for [the read stage] of partition point [SQ_SRC_ORDERS_CDC] has completed.')))
        out.append((dt + 1.0, self.L(t + dt + 1.0, 'INFO', 'DIRECTOR', 'TM_6020', 'Session [%s] completed at [%s].' % (self.sess, self.ct(t + dt + 1)))))
        return out


FORMATS = {c.key: c for c in (WevtText, SsisLog, Informatica)}
