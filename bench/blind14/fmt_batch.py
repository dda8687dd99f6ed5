"""Batch-scheduling and backup formats: AutoSys event_demon, cron via syslog, Veeam job log,
Commvault CVD.log, rsyncd.log."""
from fbase import F, hx, HX, guid, lognorm, MON, DOW


class Autosys(F):
    key = 'event_demon'
    weight = 0.8
    res = 1000
    lpe = 1.6

    def setup(self, r):
        self.inst = r.choice(['ACE', 'PRD', 'AS1'])
        self.fname = 'event_demon.%s' % self.inst
        self.machines = ['batch%02d' % i for i in range(1, 6)]
        pre = r.choice(['fin', 'dwh', 'ops', 'crm'])
        self.jobs = ['%s_%s' % (pre, j) for j in ['extract_gl', 'load_stage', 'recon_daily', 'bk_files', 'ftp_push', 'purge_tmp',
                                                   'cube_refresh', 'sftp_pull_bank', 'rpt_aging', 'idx_rebuild', 'watch_inbox', 'chk_feed']]

    def L(self, t, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '[%02d/%02d/%04d %02d:%02d:%02d]      %s' % (M, D, Y, h, mi, se, msg)

    def ev(self, t, ev, rest):
        return self.L(t, 'CAUAJM_I_40245 EVENT: %-16s %s' % (ev, rest))

    def st(self, t, status, job, mach, code=None):
        s = 'STATUS: %-15s JOB: %s MACHINE: %s' % (status, job, mach)
        if code is not None:
            s += ' EXITCODE:  %d' % code
        return self.ev(t, 'CHANGE_STATUS', s)

    def normal(self, t, r, lat, fail):
        j, m = r.choice(self.jobs), r.choice(self.machines)
        x = r.random()
        if x < 0.30:
            return '\n'.join([self.ev(t, 'STARTJOB', 'JOB: %s' % j), self.L(t, 'CAUAJM_I_10082 [%s connected for %s %d.%d.%d]' % (m, j, r.randrange(1000, 99999), r.randrange(1, 9), r.randrange(1, 9))),
                              self.st(t, 'STARTING', j, m)])
        if x < 0.55:
            return self.st(t, 'RUNNING', j, m)
        if x < 0.85:
            return self.st(t, 'SUCCESS', j, m, 0)
        if x < 0.93:
            return self.ev(t, 'CHK_RUN_WINDOW', 'JOB: %s' % j) if r.random() < 0.3 else self.st(t, 'ACTIVATED', j, m)
        return self.ev(t, 'HEARTBEAT', 'JOB: %s MACHINE: %s' % ('%s_watch_inbox' % self.jobs[0].split('_')[0], m))

    def hb(self, t, r):
        return self.ev(t, 'HEARTBEAT', 'JOB: %s MACHINE: %s' % (self.jobs[10], self.machines[0]))
    hb_every = 120

    def warn(self, t, r):
        j, m = r.choice(self.jobs), r.choice(self.machines)
        return self.ev(t, 'ALARM', 'ALARM: MAXRUNALARM      JOB: %s MACHINE: %s' % (j, m))

    def err(self, t, r):
        return self.burst(t, r)

    def burst(self, t, r):
        j, m = r.choice(self.jobs[:4]), r.choice(self.machines)
        return self.st(t, 'FAILURE', j, m, r.choice([1, 1, 2, 255])) + '\n' + self.ev(t, 'ALARM', 'ALARM: JOBFAILURE       JOB: %s MACHINE: %s' % (j, m))

    def newerr(self, t, r):
        m = self.machines[3]
        return self.L(t, 'CAUAJM_E_40180 Unable to communicate with the agent on machine %s: Connection refused' % m) + '\n' + \
            self.ev(t, 'ALARM', 'ALARM: MACHINE_UNAVAILABLE JOB: %s MACHINE: %s' % (r.choice(self.jobs), m))


KERNEL = {2018: '4.15.0-29-generic', 2019: '4.15.0-47-generic', 2020: '5.4.0-42-generic', 2021: '5.4.0-89-generic',
          2022: '5.15.0-46-generic', 2023: '5.15.0-76-generic', 2024: '6.5.0-21-generic', 2025: '6.8.0-51-generic',
          2026: '6.8.0-79-generic'}


class Syslog(F):
    key = 'syslog'
    weight = 1.0
    res = 1000

    def setup(self, r):
        self.rhel = r.random() < 0.35
        self.hp = self.sc.get('need_abs_syslog', False) or r.random() < 0.35
        self.absolute = self.hp
        if self.hp:
            self.res = 1
            self.subms = True
        self.fname = 'cron' if self.rhel and not self.sc.get('need_abs_syslog') and r.random() < 0.5 else ('messages' if self.rhel else 'syslog')
        self.cronly = self.fname == 'cron'
        self.host = self.sc['host'].lower()
        self.cn = 'CROND' if self.rhel else 'CRON'
        self.svc = r.choice([('batchd', 'Batch dispatcher', '/opt/batch/bin/batchd'), ('report-worker', 'Report worker', '/usr/local/bin/report-worker'),
                             ('etl-agent', 'ETL agent', '/opt/etl/bin/etl-agent')])
        self.spid = r.randrange(1000, 40000)
        self.spids = [(0, self.spid)]
        self.boot = self.sc['W0'] - r.randrange(2, 90) * 86400000
        self.cmds = [('root', 'cd / && run-parts --report /etc/cron.hourly', 17, 'h'),
                     ('root', '[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi', 9, 30),
                     ('root', '/usr/local/sbin/backup-rsync.sh >> /var/log/backup-rsync.log 2>&1', 5, 'h'),
                     ('batch', '/opt/batch/bin/poll_inbox.sh', 0, 1),
                     ('batch', '/opt/batch/bin/feed_check.sh --quiet', 0, 5),
                     ('root', 'command -v debian-sa1 > /dev/null && debian-sa1 1 1', 0, 10),
                     ('postgres', '/usr/local/bin/pg_archive_cleanup.sh', 0, 15)]
        if self.rhel:
            self.cmds[5] = ('root', '/usr/lib64/sa/sa1 1 1', 0, 10)
            self.cmds[1] = ('root', 'run-parts /etc/cron.hourly', 1, 'h')
        self.pid = r.randrange(2000, 30000)
        self.cron_pid = r.randrange(400, 1500)

    def spid_at(self, t):
        p = self.spids[0][1]
        for a, b in self.spids:
            if a <= t:
                p = b
        return p

    def uptime(self, t):
        return (t - self.boot) * 1000 + 123

    def L(self, t, tag, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        if self.hp:
            o = self.off // 60000
            sign = '+' if o >= 0 else '-'
            o = abs(o)
            return '%04d-%02d-%02dT%02d:%02d:%02d.%03d%03d%s%02d:%02d %s %s: %s' % (Y, M, D, h, mi, se, ms, (t * 7) % 1000, sign, o // 60, o % 60, self.host, tag, msg)
        return '%s %2d %02d:%02d:%02d %s %s: %s' % (MON[M - 1], D, h, mi, se, self.host, tag, msg)

    def npid(self, r):
        self.pid += r.randrange(1, 40)
        if self.pid > 4194000:
            self.pid = 3000
        return self.pid

    def cronjob(self, t, r, user, cmd, snap=True):
        if snap:
            t = (t + self.off) // 60000 * 60000 - self.off + r.randrange(0, 1200)
        p = self.npid(r)
        tag = '%s[%d]' % (self.cn, p)
        out = [(t, self.L(t, tag, 'pam_unix(crond:session): session opened for user %s by (uid=0)' % user if self.rhel else 'pam_unix(cron:session): session opened for user %s(uid=%d) by (uid=0)' % (user, 0 if user == 'root' else 1001) if self.year >= 2022 else 'pam_unix(cron:session): session opened for user %s by (uid=0)' % user) + '\n' +
                     self.L(t + 2, tag, '(%s) CMD (%s)' % (user, cmd)))]
        if r.random() < 0.04 and not self.rhel:
            out.append((t + 40, self.L(t + 40, tag, '(CRON) info (No MTA installed, discarding output)')))
        t2 = t + int(lognorm(r, 4000, 1.2))
        out.append((t2, self.L(t2, tag, 'pam_unix(%s:session): session closed for user %s' % ('crond' if self.rhel else 'cron', user))))
        return out

    def periodic(self, W0, W1, r):
        """cron fires at minute boundaries: returns list of (t, text)."""
        ev = []
        m0 = (W0 + self.off) // 60000 + 1
        m1 = (W1 + self.off) // 60000
        for lm in range(m0, m1):
            mm = lm % 60
            for user, cmd, minute, every in self.cmds:
                if every == 'h':
                    fire = mm == minute
                else:
                    fire = mm % every == 0
                if fire:
                    t = lm * 60000 - self.off + r.randrange(0, 900)
                    if W0 < t < W1 - 5000:
                        ev.extend(self.cronjob(t, r, user, cmd, snap=False))
        return ev

    def normal(self, t, r, lat, fail):
        x = r.random()
        if self.cronly:
            if x < 0.7:
                return self.cronjob(t, r, 'batch', r.choice(['/opt/batch/bin/run_job.sh %s' % r.choice(['gl_extract', 'ap_export', 'recon', 'purge']), '/opt/batch/bin/feed_check.sh --quiet']))
            return self.L(t, 'anacron[%d]' % self.npid(r), r.choice(['Job `cron.daily\' terminated', 'Normal exit (1 job run)', 'Will run job `cron.daily\' in 7 min.']))
        if x < 0.25:
            return self.cronjob(t, r, 'batch', '/opt/batch/bin/run_job.sh %s' % r.choice(['gl_extract', 'ap_export', 'recon', 'purge', 'sftp_push']))
        if x < 0.45:
            return self.L(t, '%s[%d]' % (self.svc[0], self.spid_at(t)), 'job %s started (queue=%s, prio=%d)' % (hx(r, 8), r.choice(['default', 'reports', 'etl']), r.randrange(1, 9)))
        if x < 0.65:
            return self.L(t, '%s[%d]' % (self.svc[0], self.spid_at(t)), 'job %s finished rc=0 in %.1fs' % (hx(r, 8), lognorm(r, 12, 0.8)))
        if x < 0.75:
            p = self.npid(r)
            ip = '10.%d.%d.%d' % (r.randrange(1, 50), r.randrange(255), r.randrange(1, 254))
            return self.L(t, 'sshd[%d]' % p, 'Accepted publickey for batch from %s port %d ssh2: ED25519 SHA256:%s' % (ip, r.randrange(30000, 65000), hx(r, 43)[:43])) + '\n' + \
                self.L(t + 30, 'systemd-logind[%d]' % 812, 'New session %d of user batch.' % r.randrange(100, 99999))
        if x < 0.85:
            p = self.npid(r)
            ip = '10.%d.%d.%d' % (r.randrange(1, 50), r.randrange(255), r.randrange(1, 254))
            return self.L(t, 'sshd[%d]' % p, 'Received disconnect from %s port %d:11: disconnected by user' % (ip, r.randrange(30000, 65000))) + '\n' + \
                self.L(t + 2, 'sshd[%d]' % p, 'pam_unix(sshd:session): session closed for user batch') + '\n' + \
                self.L(t + 9, 'systemd[1]', 'session-%d.scope: %s' % (r.randrange(100, 99999), 'Deactivated successfully.' if self.year >= 2022 else 'Succeeded.'))
        if x < 0.93:
            return self.L(t, 'backup-rsync[%d]' % self.npid(r), 'sent %d bytes  received %d bytes  %.2f bytes/sec' % (r.randrange(10 ** 4, 10 ** 8), r.randrange(1000, 10 ** 6), r.uniform(10 ** 4, 10 ** 7)))
        return self.L(t, 'rsyslogd', '[origin software="rsyslogd" swVersion="8.2112.0" x-pid="%d" x-info="https://www.rsyslog.com"] rsyslogd was HUPed' % r.randrange(500, 900)) if r.random() < 0.05 else \
            self.L(t, 'kernel', '[%5d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 8443. Sending cookies.  Check SNMP counters.' % divmod(self.uptime(t), 10 ** 6)) if r.random() < 0.1 else \
            self.L(t, 'systemd[1]', 'Started Session %d of user batch.' % r.randrange(100, 99999))

    def warn(self, t, r):
        if self.cronly:
            return self.L(t, 'crond[%d]' % self.cron_pid, '(CRON) bad minute (/etc/cron.d/legacy_jobs)')
        return self.L(t, '%s[%d]' % (self.svc[0], self.spid_at(t)), 'WARNING: job %s exceeded soft limit (%ds)' % (hx(r, 8), r.randrange(300, 900)))

    def err(self, t, r):
        return self.burst(t, r)

    def burst(self, t, r):
        tag = ('crond[%d]' % self.cron_pid) if self.rhel else ('%s[%d]' % (self.cn, self.cron_pid))
        return self.L(t, tag, '(CRON) error (grandchild #%d failed with exit status 1)' % self.npid(r))

    def newerr(self, t, r):
        tag = ('crond[%d]' % self.cron_pid) if self.rhel else ('%s[%d]' % (self.cn, self.cron_pid))
        return self.L(t, tag, '(batch) ERROR (failed to change user)') if self.cronly else \
            self.L(t, '%s[%d]' % (self.svc[0], self.spid_at(t)), 'ERROR: cannot open spool /var/spool/batchd/queue.db: database is locked')

    def oom_(self, t, r):
        kp = self.uptime(t)
        up = self.spid_at(t)
        name = self.svc[0]
        k = lambda dt, m: self.L(t + dt, 'kernel', '[%5d.%06d] %s' % (divmod(kp + dt * 1000 + 17, 10 ** 6) + (m,)))
        a = [k(0, '%s invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0' % name),
             k(1, 'CPU: %d PID: %d Comm: %s Not tainted %s #%d-Ubuntu' % (r.randrange(0, 8), up, name, KERNEL[self.year], r.randrange(40, 120))),
             k(2, 'Mem-Info:'),
             k(3, 'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/%s.service,task=%s,pid=%d,uid=1001' % (name, name, up)),
             k(4, 'Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:0' % (up, name, r.randrange(8 * 10 ** 6, 16 * 10 ** 6), r.randrange(6 * 10 ** 6, 7 * 10 ** 6), r.randrange(1000, 9000), r.randrange(10000, 20000)))]
        b = [self.L(t + 300, 'systemd[1]', '%s.service: A process of this unit has been killed by the OOM killer.' % name),
             self.L(t + 320, 'systemd[1]', '%s.service: Main process exited, code=killed, status=9/KILL' % name),
             self.L(t + 330, 'systemd[1]', "%s.service: Failed with result 'oom-kill'." % name)]
        return [(t, '\n'.join(a)), (t + 300, '\n'.join(b))]

    def panic_(self, t, r):
        name, up = self.svc[0], self.spid_at(t)
        kp = divmod(self.uptime(t), 10 ** 6)
        a = self.L(t, 'kernel', '[%5d.%06d] %s[%d]: segfault at 0 ip %016x sp %016x error 4 in libcrypto.so.3[%x+%x]' % (kp[0], kp[1], name, up, 0x7f0000000000 + r.getrandbits(36), 0x7ffc00000000 + r.getrandbits(32), 0x7f0000000000 + (r.getrandbits(24) << 12), 0x1c3000))
        b = self.L(t + 5, 'kernel', '[%5d.%06d] Code: 48 8b 07 48 85 c0 74 0f 48 8b 50 08 48 89 d7 <ff> d2 0f 1f 44 00 00 c3 90 66 0f 1f 44 00 00 f3 0f 1e fa 41 57' % (kp[0], kp[1] + 5000 if kp[1] < 990000 else kp[1]))
        c = [self.L(t + 200, 'systemd[1]', '%s.service: Main process exited, code=dumped, status=11/SEGV' % name),
             self.L(t + 210, 'systemd[1]', "%s.service: Failed with result 'core-dump'." % name)]
        return [(t, a + '\n' + b), (t + 200, '\n'.join(c))]

    def banner_(self, t, r):
        name, desc, path = self.svc
        self.spid = self.npid(r) + 1
        self.spids.append((t, self.spid))
        self.spids.sort()
        a = [self.L(t, 'systemd[1]', '%s.service: Scheduled restart job, restart counter is at 1.' % name),
             self.L(t + 10, 'systemd[1]', 'Stopped %s.' % desc),
             self.L(t + 20, 'systemd[1]', 'Started %s.' % desc),
             self.L(t + 400, '%s[%d]' % (name, self.spid), '%s 2.%d.%d starting (pid %d), config /etc/%s/%s.conf' % (name, r.randrange(0, 9), r.randrange(0, 20), self.spid, name, name))]
        return [(t, '\n'.join(a[:3])), (t + 400, a[3])]

    def stop_(self, t, r):
        name, desc, path = self.svc
        return [(t, self.L(t, 'systemd[1]', 'Stopping %s...' % desc)),
                (t + 800, self.L(t + 800, '%s[%d]' % (name, self.spid_at(t)), 'received SIGTERM, draining 0 jobs') + '\n' + self.L(t + 900, 'systemd[1]', '%s.service: Deactivated successfully.' % name) + '\n' + self.L(t + 905, 'systemd[1]', 'Stopped %s.' % desc)),
                (t + 2000, self.L(t + 2000, 'systemd[1]', 'Starting %s...' % desc))]

    def disk_(self, t, r):
        p = self.npid(r)
        if r.random() < 0.5:
            return self.L(t, 'backup-rsync[%d]' % p, 'rsync: [receiver] write failed on "/srv/backup/%s/%s": No space left on device (28)' % (self.host, r.choice(['var/lib/pgsql/archive/0000000100000A2B000000%02X' % r.randrange(256), 'home/batch/out/report_%d.csv' % r.randrange(9999)])))
        return self.L(t, 'backup-rsync[%d]' % p, 'tar: /srv/backup/%s/etc-%s.tar.gz: Cannot write: No space left on device' % (self.host, hx(r, 6)))

    def kinds(self):
        if not self.cronly:
            self.oom, self.panic, self.banner, self.stop, self.disk = self.oom_, self.panic_, self.banner_, self.stop_, self.disk_
        return F.kinds(self)


class Veeam(F):
    key = 'veeam'
    weight = 1.0
    eol = '\r\n'
    res = 1000

    def setup(self, r):
        self.job = r.choice(['Daily VMs', 'SQL Servers', 'File Servers Copy', 'Exchange DAG'])
        self.fname = 'Job.%s.Backup.log' % self.job.replace(' ', '_')
        self.ms = self.year >= 2023
        if self.ms:
            self.res = 1
        self.vms = ['%s%02d' % (p, i) for p in ['app', 'sql', 'fs', 'web'] for i in range(1, 4)]
        self.repo = r.choice(['E:\\Backups', 'D:\\VeeamRepo', '\\\\nas01\\veeam'])
        self.tids = [r.randrange(1, 90) for _ in range(12)]
        self.ver = {2018: '9.5.4.2615', 2019: '9.5.4.2866', 2020: '10.0.1.4854', 2021: '11.0.0.837', 2022: '11.0.1.1261',
                    2023: '12.0.0.1420', 2024: '12.1.1.56', 2025: '12.3.0.310', 2026: '12.3.1.1139'}[self.year]

    def L(self, t, r, lvl, msg, tid=None):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        ts = '%02d.%02d.%04d %02d:%02d:%02d' % (D, M, Y, h, mi, se)
        if self.ms:
            ts += '.%03d' % ms
        return '[%s] <%02d> %-8s %s' % (ts, tid if tid is not None else r.choice(self.tids), lvl, msg)

    def normal(self, t, r, lat, fail):
        x = r.random()
        vm = r.choice(self.vms)
        if x < 0.3:
            return self.L(t, r, 'Info', '[Progress] %s: processed %d%%, read %d MB, transferred %d MB, rate %d MB/s' % (vm, r.randrange(1, 100), r.randrange(100, 90000), r.randrange(10, 30000), int(lognorm(r, 180, 0.5))))
        if x < 0.45:
            return self.L(t, r, 'Info', '[ProxyDetector] Trying to detect source proxy modes for VM [%s], has snapshots:false, disk types:[Scsi: True, Sata: False, Ide: False, Nvme: False]' % vm)
        if x < 0.60:
            return self.L(t, r, 'Info', '[AP] (%s) output: <VCPCommandResult result="true" exception="" />' % hx(r, 4))
        if x < 0.72:
            return self.L(t, r, 'Info', '[CViVmTask] VM [%s] task state: %s' % (vm, r.choice(['Pending', 'InProgress', 'Success'])))
        if x < 0.84:
            return self.L(t, r, 'Info', '[SanRescan] Disk [%s.vmdk] will be read using [hotadd] mode' % vm) if r.random() < 0.5 else self.L(t, r, 'Info', '[Ssh] Heartbeat reply received from proxy [vbrproxy0%d]' % r.randrange(1, 4))
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return self.L(t, r, 'Info', '[BackupMeta] Saving storage [%s\\%s\\%sD%04d-%02d-%02dT%02d%02d%02d_%s.vib]' % (self.repo, self.job, vm, Y, M, D, h, mi, se, hx(r, 4).upper()))

    def hb(self, t, r):
        return self.L(t, r, 'Info', '[JobSession] Session heartbeat: job [%s] state Working, %d of %d VMs processed' % (self.job, r.randrange(0, 12), 12), self.tids[0])
    hb_every = 60

    def warn(self, t, r):
        return self.L(t, r, 'Warning', '[ViSourceSnapshot] Failed to quiesce VM [%s], falling back to crash-consistent snapshot' % r.choice(self.vms))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, r, 'Error', 'Failed to process VM [%s]: Cannot find VM in vCenter inventory (System.Exception)' % r.choice(self.vms))

    def burst(self, t, r):
        return self.L(t, r, 'Error', '[AP] (%s) error: Failed to connect to the agent on proxy [vbrproxy02]. An existing connection was forcibly closed by the remote host' % hx(r, 4))

    def newerr(self, t, r):
        return self.L(t, r, 'Error', 'CBT data is invalid, failing over to legacy incremental backup. No action is required. (VM [%s])' % self.vms[1])

    def retry(self, t, r, i):
        return self.L(t, r, 'Info', '[RetryHelper] Retrying VM [%s] processing, attempt %d of 3 after error: Timed out waiting for the NFC connection' % (self.vms[i % 4], 1 + i % 3))

    def disk(self, t, r):
        if r.random() < 0.6:
            return self.L(t, r, 'Error', 'There is not enough space on the disk.')
        return self.L(t, r, 'Error', 'Failed to write data to the file [%s\\%s\\%s.vib]. There is not enough space on the disk.' % (self.repo, self.job, r.choice(self.vms)))


class Commvault(F):
    key = 'CVD.log'
    weight = 1.0
    eol = '\r\n'
    res = 1000

    def setup(self, r):
        self.win = r.random() < 0.7
        if not self.win:
            self.eol = '\n'
            self.fname = 'cvd.log'
        self.pids = [r.randrange(1000, 30000) for _ in range(4)]
        self.ma = 'ma%02d.%s' % (r.randrange(1, 4), self.sc['domain'])
        self.cs = 'commserve.%s' % self.sc['domain']
        self.jobs = [r.randrange(100000, 9000000) for _ in range(6)]

    def L(self, t, r, msg, job=None):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%-5d %-5x %02d/%02d %02d:%02d:%02d %s %s' % (r.choice(self.pids), r.randrange(0x100, 0x7fff), M, D, h, mi, se, job if job else '###', msg)

    def normal(self, t, r, lat, fail):
        x = r.random()
        j = r.choice(self.jobs)
        if x < 0.3:
            return self.L(t, r, 'CPipelayer::InitiatePipeline() - Initiating SDT pipeline to [%s] ...' % self.ma, j)
        if x < 0.5:
            return self.L(t, r, 'CVArchive::SendFileHeader() - Sent header for [%s]' % r.choice(['C:\\Data\\Projects\\plan_%d.xlsx' % r.randrange(999), 'D:\\Shares\\HR\\doc_%d.pdf' % r.randrange(999), '/srv/data/export_%d.csv' % r.randrange(999)]), j)
        if x < 0.65:
            return self.L(t, r, 'CVSession::authenticateClient() - Authenticated remote client [%s]' % r.choice([self.cs, self.ma]))
        if x < 0.8:
            return self.L(t, r, 'CCVAPipeLayer::StartPipeline() - Pipeline [%d] started, buffer size [%d]' % (r.randrange(1, 99), 65536), j)
        return self.L(t, r, 'ArchiveManager::UpdateJobStats() - Job [%d] files processed [%d] bytes [%d]' % (j, r.randrange(1, 90000), r.randrange(10 ** 6, 10 ** 11)), j)

    def hb(self, t, r):
        return self.L(t, r, 'CVD::HeartBeat() - Sending heartbeat to CommServe [%s]' % self.cs)
    hb_every = 60

    def warn(self, t, r):
        return self.L(t, r, 'CVSession::receiveMsg() - Warning: slow network response from [%s] (%d ms)' % (self.ma, r.randrange(2000, 9000)))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, r, 'CFileScan::ScanFile() - Unable to open file [C:\\Users\\Public\\NTUSER.DAT] error [0x80070020:{CQiFile::Open(92)} + {CQiUTFOSAPI::open(75)/W32.32.(The process cannot access the file because it is being used by another process. (ERROR_SHARING_VIOLATION.32))}]', r.choice(self.jobs))

    def burst(self, t, r):
        return self.L(t, r, 'CVSession::Connect() - Failed to connect to [%s:8400] Error [0x80070274:{CQiSocket::Connect(120)} + {CQiSocket::TryConnect(329)/ErrNo.10060.(A connection attempt failed because the connected party did not properly respond after a period of time)}]' % self.ma)

    def newerr(self, t, r):
        return self.L(t, r, 'CVArchive::ValidateMediaAgentResponse() - Storage policy copy [Primary] has no valid data paths; all mount paths are offline', self.jobs[0])

    def retry(self, t, r, i):
        return self.L(t, r, 'CPipelayer::InitiatePipeline() - Could not establish pipeline to [%s]. Will retry in 30 seconds. Attempt [%d] of [90]' % (self.ma, i + 1), self.jobs[1])

    def disk(self, t, r):
        if self.win:
            return self.L(t, r, 'CCVAWriter::WriteChunk() - Failed to write chunk to mount path [F:\\CVLib\\%s\\CV_MAGNETIC]: There is not enough space on the disk.' % hx(r, 6).upper(), self.jobs[2])
        return self.L(t, r, 'CCVAWriter::WriteChunk() - Failed to write chunk to mount path [/cvlib/mp01/CV_MAGNETIC]: No space left on device', self.jobs[2])


class Rsyncd(F):
    key = 'rsyncd.log'
    weight = 1.0
    res = 1000
    lpe = 1.6

    def setup(self, r):
        self.ver = {2018: '3.1.2', 2019: '3.1.3', 2020: '3.1.3', 2021: '3.2.3', 2022: '3.2.3', 2023: '3.2.7', 2024: '3.2.7', 2025: '3.4.1', 2026: '3.4.1'}[self.year]
        self.new = self.ver >= '3.2'
        self.pid = r.randrange(2000, 40000)
        self.clients = [('%s%02d.%s' % (p, i, self.sc['domain']), '10.%d.%d.%d' % (r.randrange(1, 50), r.randrange(255), r.randrange(2, 250))) for p in ['web', 'app', 'db'] for i in range(1, 4)]
        self.mods = ['backup', 'hosts', 'archive']
        self.cur = {}

    def L(self, t, pid, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%04d/%02d/%02d %02d:%02d:%02d [%d] %s' % (Y, M, D, h, mi, se, pid, msg)

    def npid(self, r):
        self.pid += r.randrange(1, 30)
        return self.pid

    def normal(self, t, r, lat, fail):
        x = r.random()
        h, ip = r.choice(self.clients)
        p = self.npid(r)
        m = r.choice(self.mods)
        if x < 0.5:
            self.cur[p] = (h, ip, m)
            if len(self.cur) > 4:
                del self.cur[min(self.cur)]
            out = [(t, self.L(t, p, 'connect from %s (%s)' % (h, ip)) + '\n' +
                   self.L(t + 10, p, 'rsync to %s/%s/ from backup@%s (%s)' % (m, h.split('.')[0], h, ip)))]
            tt = t + 40
            for _ in range(r.randrange(1, 6)):
                tt += r.randrange(10, 3000)
                f = r.choice(['var/log/syslog.1', 'etc/nginx/nginx.conf', 'var/lib/app/state.db', 'home/deploy/releases/current.tar.gz', 'var/backups/dpkg.status.0', 'var/lib/postgresql/wal/0000000100000A%06X' % r.getrandbits(20)])
                out.append((tt, self.L(tt, p, 'recv %s [%s] %s (backup) %s %d' % (h, ip, m, f, int(lognorm(r, 40000, 1.5))))))
            out.append((tt + 100, self.L(tt + 100, p, 'sent %d bytes  received %d bytes  total size %d' % (r.randrange(100, 9000), r.randrange(10 ** 4, 10 ** 8), r.randrange(10 ** 8, 10 ** 11)))))
            return out
        if x < 0.8:
            if self.cur:
                p, (h, ip, m) = r.choice(sorted(self.cur.items()))
            f = r.choice(['var/log/syslog.1', 'etc/hosts', 'var/lib/app/cache/idx_%d.bin' % r.randrange(999), 'srv/www/static/app.%s.js' % hx(r, 8)])
            return self.L(t, p, 'recv %s [%s] %s (backup) %s %d' % (h, ip, m, f, int(lognorm(r, 40000, 1.5))))
        t2 = t + r.randrange(100, 900)
        return [(t, self.L(t, p, 'connect from %s (%s)' % (h, ip)) + '\n' + self.L(t + 5, p, 'rsync on %s/ from backup@%s (%s)' % (m, h, ip)) + '\n' +
                 self.L(t + 20, p, 'building file list')), (t2, self.L(t2, p, 'sent %d bytes  received %d bytes  total size %d' % (r.randrange(10 ** 4, 10 ** 7), r.randrange(100, 9000), r.randrange(10 ** 8, 10 ** 11))))]

    def warn(self, t, r):
        h, ip = r.choice(self.clients)
        p = self.npid(r)
        return self.L(t, p, 'rsync: %sfailed to set times on "/srv/backup/%s/." (in backup): Operation not permitted (1)' % ('[generator] ' if self.new else '', h.split('.')[0]))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        h, ip = r.choice(self.clients)
        p = self.npid(r)
        return self.L(t, p, 'auth failed on module backup from %s (%s): password mismatch' % (h, ip))

    def burst(self, t, r):
        h, ip = r.choice(self.clients[:3])
        p = self.npid(r)
        return self.L(t, p, 'rsync: connection unexpectedly closed (%d bytes received so far) [receiver]' % r.randrange(1000, 10 ** 7)) + '\n' + \
            self.L(t + 1, p, 'rsync error: error in rsync protocol data stream (code 12) at io.c(%d) [receiver=%s]' % (228 if not self.new else 231, self.ver))

    def newerr(self, t, r):
        p = self.npid(r)
        return self.L(t, p, 'rsync: %smkstemp "/srv/backup/db02/var/lib/postgresql/.base.tar.%s" (in backup) failed: Permission denied (13)' % ('[receiver] ' if self.new else '', hx(r, 6)))

    def disk(self, t, r):
        h, ip = r.choice(self.clients)
        p = self.npid(r)
        a = self.L(t, p, 'rsync: %swrite failed on "/srv/backup/%s/var/lib/app/state.db" (in backup): No space left on device (28)' % ('[receiver] ' if self.new else '', h.split('.')[0]))
        if r.random() < 0.5:
            a += '\n' + self.L(t + 2, p, 'rsync error: error in file IO (code 11) at receiver.c(%d) [receiver=%s]' % (374 if not self.new else 378, self.ver))
        return a
