"""journalctl -o json, OpenTelemetry Collector (zap console), Android logcat threadtime, BIND named query log,
fail2ban, Asterisk full log."""
import math
import time

from b7core import LogFile, ReqModel, SEC, MIN, HOUR, DAY, MON, WDAY, hexs, uuid4, public_ip, jstr, B62, off_str
from b7stack import camel, singular, go_panic, go_oom
from b7fmt_cloud import ReqLog


def _cache_ts(fn):
    cache = {}

    def f(t):
        s = t // 1000
        v = cache.get(s)
        if v is None:
            v = fn(s)
            cache[s] = v
        return v
    return f


# =========================================================================== journalctl -o json

class Journal(LogFile):
    KIND = 'journal_json'
    SUPPORTS = ('error_burst', 'retry_storm', 'new_error', 'oom_kill', 'panic', 'disk_full', 'silence')
    RESTARTABLE = True
    LPM = (5, 45, 0.8)
    PANIC_GAP = (2, 15)
    GZP = 0.5

    def setup(self):
        r = self.r
        sc = self.sc
        y = sc.year
        self.host = self.co.host(r, 'ingest').split('.')[0]
        self.NAME = 'journal-%s.json' % self.host
        self.svc = '%s-%s' % (singular(self.co.nouns[0]), r.choice(['ingest', 'indexer', 'relay', 'collector']))
        self.desc = '%s %s' % (camel(self.co.nouns[0]), r.choice(['ingest worker', 'indexer', 'relay daemon']))
        self.exe = '/usr/local/bin/%s' % self.svc
        self.boot = hexs(r, 32)
        self.machine = hexs(r, 32)
        self.seqid = hexs(r, 32)
        self.seq = r.randint(10 ** 5, 10 ** 7)
        self.boot_t = sc.T0 - r.randint(2, 60) * DAY
        self.sdv = 245 if y <= 2021 else (249 if y == 2022 else (252 if y <= 2024 else 255))
        self.kernel = {245: '5.4.0-%d-generic' % r.randint(100, 180), 249: '5.15.0-%d-generic' % r.randint(40, 90), 252: '6.1.0-%d-amd64' % r.randint(10, 25), 255: '6.8.0-%d-generic' % r.randint(30, 60)}[self.sdv]
        self.ep_init(pid=r.randint(600, 30000), inv=hexs(r, 32), stream=hexs(r, 32))
        self.uid = r.choice((998, 997, 999, 1001))
        self.mods = ['%s::%s' % (self.svc.replace('-', '_'), m) for m in ('pipeline', 'sink', 'source', 'spool')]
        self.peers = [self.co.ip(r) for _ in range(3)]

    def cursor(self, t):
        us = t * 1000 + self.r.randint(0, 999)
        mono = us - self.boot_t * 1000
        return '"__CURSOR":"s=%s;i=@SEQ@;b=%s;m=%x;t=%x;x=@XOR@","__REALTIME_TIMESTAMP":"%d","__MONOTONIC_TIMESTAMP":"%d","_BOOT_ID":"%s"' % (
            self.seqid, self.boot, mono, us, us, mono, self.boot)

    def build(self):
        ev = LogFile.build(self)
        seq = self.seq
        out = []
        for t, txt in ev:
            if '@SEQ@' in txt:
                seq += 1
                txt = txt.replace('@SEQ@', '%x' % seq, 1).replace('@XOR@', '%016x' % ((seq * 0x9E3779B97F4A7C15 ^ (seq >> 7)) & 0xFFFFFFFFFFFFFFFF), 1)
            out.append((t, txt))
        self.events = out
        return out

    def msg(self, m):
        if isinstance(m, bytes):
            return '[' + ','.join(str(b) for b in m) + ']'
        return jstr(m)

    def app(self, t, m, prio=6):
        pid, inv, stream = self.ep('pid', t), self.ep('inv', t), self.ep('stream', t)
        return '{%s,"PRIORITY":"%d","SYSLOG_FACILITY":"3","_UID":"%d","_GID":"%d","_CAP_EFFECTIVE":"0","_MACHINE_ID":"%s","_HOSTNAME":"%s","_TRANSPORT":"stdout","_STREAM_ID":"%s","SYSLOG_IDENTIFIER":"%s","_PID":"%d","_COMM":"%s","_EXE":"%s","_CMDLINE":"%s --config /etc/%s/config.toml","_SYSTEMD_CGROUP":"/system.slice/%s.service","_SYSTEMD_UNIT":"%s.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"%s","MESSAGE":%s}' % (
            self.cursor(t), prio, self.uid, self.uid, self.machine, self.host, stream, self.svc, pid, self.svc[:15], self.exe, self.exe, self.svc, self.svc, self.svc, inv, self.msg(m))

    def kern(self, t, m, prio=6):
        mono = t * 1000 - self.boot_t * 1000
        return '{%s,"_TRANSPORT":"kernel","SYSLOG_FACILITY":"0","SYSLOG_IDENTIFIER":"kernel","PRIORITY":"%d","_MACHINE_ID":"%s","_HOSTNAME":"%s","_SOURCE_MONOTONIC_TIMESTAMP":"%d","MESSAGE":%s}' % (self.cursor(t), prio, self.machine, self.host, mono - 37, self.msg(m))

    def sysd(self, t, m, unit, prio=6, mid=None, code=('src/core/unit.c', 5553, 'unit_log_success')):
        s = '{%s,"PRIORITY":"%d","SYSLOG_FACILITY":"3","CODE_FILE":"%s","CODE_LINE":"%d","CODE_FUNC":"%s","SYSLOG_IDENTIFIER":"systemd","_PID":"1","_UID":"0","_GID":"0","_COMM":"systemd","_EXE":"/usr/lib/systemd/systemd","_CMDLINE":"/sbin/init","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/init.scope","_SYSTEMD_UNIT":"init.scope","_SYSTEMD_SLICE":"-.slice","_TRANSPORT":"journal","_MACHINE_ID":"%s","_HOSTNAME":"%s","UNIT":"%s"' % (
            self.cursor(t), prio, code[0], code[1], code[2], self.machine, self.host, unit)
        if mid:
            s += ',"MESSAGE_ID":"%s"' % mid
        return s + ',"MESSAGE":%s,"_SOURCE_REALTIME_TIMESTAMP":"%d"}' % (self.msg(m), t * 1000 + (t * 13) % 1000 - 21)

    def slog(self, t, ident, pid, m, fac=4, prio=6, comm=None, exe=None, unit=None):
        g = time.gmtime((t + self.sc.off_ms) // 1000)
        return '{%s,"PRIORITY":"%d","SYSLOG_FACILITY":"%d","SYSLOG_IDENTIFIER":"%s","SYSLOG_PID":"%d","SYSLOG_TIMESTAMP":"%s %2d %02d:%02d:%02d ","_TRANSPORT":"syslog","_PID":"%d","_UID":"0","_GID":"0","_COMM":"%s","_EXE":"%s","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/%s","_SYSTEMD_UNIT":"%s","_SYSTEMD_SLICE":"system.slice","_MACHINE_ID":"%s","_HOSTNAME":"%s","MESSAGE":%s,"_SOURCE_REALTIME_TIMESTAMP":"%d"}' % (
            self.cursor(t), prio, fac, ident, pid, MON[g[1] - 1], g[2], g[3], g[4], g[5], pid, comm or ident, exe or '/usr/sbin/' + ident, unit or ident + '.service', unit or ident + '.service', self.machine, self.host, self.msg(m), t * 1000 - 30)

    def started(self, unit, desc):
        return ('Started %s - %s.' % (unit, desc)) if self.sdv >= 252 else ('Started %s.' % desc)

    def finished(self, unit, desc):
        return ('Finished %s - %s.' % (unit, desc)) if self.sdv >= 252 else ('Finished %s.' % desc)

    def starting(self, unit, desc):
        return ('Starting %s - %s...' % (unit, desc)) if self.sdv >= 252 else ('Starting %s...' % desc)

    def deact(self, unit):
        return '%s: Deactivated successfully.' % unit if self.sdv >= 249 else '%s: Succeeded.' % unit

    def timer_job(self, t, unit, desc, r, dur):
        out = [(t, self.sysd(t, self.starting(unit, desc), unit, mid='7d4958e842da4a758f6c1cdc7b36dcc5', code=('src/core/job.c', 581, 'job_emit_start_message')))]
        t2 = t + dur
        out.append((t2, self.sysd(t2, self.deact(unit), unit, code=('src/core/unit.c', 5553, 'unit_log_success'))))
        out.append((t2 + 1, self.sysd(t2 + 1, self.finished(unit, desc), unit, mid='39f53479d3a045ac8e11786248231fbf', code=('src/core/job.c', 768, 'job_emit_done_message'))))
        if self.sdv >= 249:
            out.append((t2 + 2, self.sysd(t2 + 2, '%s: Consumed %dms CPU time.' % (unit, r.randint(8, 900)), unit, code=('src/core/unit.c', 5650, 'unit_log_resources'))))
        return out

    def tr(self, lvl, mod, m):
        return '%5s %s: %s' % (lvl, mod, m)

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        for t in self.times(lp * 0.55):
            k = r.random()
            if k < 0.6:
                ev.append((t, self.app(t, self.tr('INFO', self.mods[0], 'flushed batch batch_id=%d records=%d bytes=%d elapsed_ms=%d' % (r.randint(10 ** 5, 10 ** 7), r.randint(50, 5000), r.randint(10 ** 4, 10 ** 7), int(r.lognormvariate(4.5, 0.6)))))))
            elif k < 0.85:
                ev.append((t, self.app(t, self.tr('INFO', self.mods[2], 'polled partition=%d offset=%d lag=%d' % (r.randint(0, 11), r.randint(10 ** 6, 10 ** 9), r.randint(0, 5000))))))
            elif k < 0.97:
                ev.append((t, self.app(t, self.tr('WARN', self.mods[1], 'slow upstream ack peer=%s:9000 waited_ms=%d' % (r.choice(self.peers), r.randint(1500, 6000))))))
            else:
                ev.append((t, self.app(t, self.tr('WARN', self.mods[1], 'write to peer=%s:9000 failed (connection reset), retried ok attempt=2' % r.choice(self.peers)))))
        # sshd scanner noise + CRON + chrony + UFW
        for t in self.times(lp * 0.12, curve=False):
            k = r.random()
            ip = public_ip(r)
            p = r.randint(1000, 65000)
            spid = r.randint(1000, 90000)
            if k < 0.45:
                u = r.choice(['admin', 'test', 'oracle', 'ubuntu', 'user', 'guest', 'postgres', 'git', 'ftpuser'])
                ev.append((t, self.slog(t, 'sshd', spid, 'Invalid user %s from %s port %d' % (u, ip, p), fac=4, exe='/usr/sbin/sshd', unit='ssh.service')))
                ev.append((t + 300, self.slog(t + 300, 'sshd', spid, 'Connection closed by invalid user %s %s port %d [preauth]' % (u, ip, p), fac=4, exe='/usr/sbin/sshd', unit='ssh.service')))
            elif k < 0.5:
                ev.append((t, self.slog(t, 'sshd', spid, b'Invalid user \xd0\xb0\xff\xfe from ' + ip.encode() + b' port ' + str(p).encode(), fac=4, exe='/usr/sbin/sshd', unit='ssh.service')))
            elif k < 0.8:
                ev.append((t, self.kern(t, '[UFW BLOCK] IN=ens5 OUT= MAC=%s SRC=%s DST=%s LEN=44 TOS=0x00 PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0 ' % (
                    ':'.join(hexs(r, 2) for _ in range(14)), ip, self.peers[0], r.randint(30, 250), r.randint(1, 65000), p, r.choice((23, 3389, 5900, 8080, 445, 6379, 9200))), prio=4)))
            else:
                ev.append((t, self.slog(t, 'sshd', spid, 'Received disconnect from %s port %d:11: Bye Bye [preauth]' % (ip, p), fac=4, exe='/usr/sbin/sshd', unit='ssh.service')))
        for t in self.periodic(10 * MIN, jitter=800, phase=0):
            ev.extend(self.timer_job(t, 'sysstat-collect.service', 'system activity accounting tool', r, r.randint(20, 200)))
        for t in self.periodic(HOUR, jitter=2000, phase=17 * MIN):
            cp = r.randint(1000, 90000)
            ev.append((t, self.slog(t, 'CRON', cp, 'pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)' if self.sdv >= 249 else 'pam_unix(cron:session): session opened for user root by (uid=0)', fac=10, comm='cron', exe='/usr/sbin/cron', unit='cron.service')))
            ev.append((t + 5, self.slog(t + 5, 'CRON', cp, '(root) CMD (cd / && run-parts --report /etc/cron.hourly)', fac=9, comm='cron', exe='/usr/sbin/cron', unit='cron.service')))
            ev.append((t + 900, self.slog(t + 900, 'CRON', cp, 'pam_unix(cron:session): session closed for user root', fac=10, comm='cron', exe='/usr/sbin/cron', unit='cron.service')))
        for t in self.periodic(r.choice((2, 3, 4)) * HOUR, jitter=60000):
            ev.extend(self.timer_job(t, 'logrotate.service', 'Rotate log files', r, r.randint(100, 3000)))
            ev.extend(self.timer_job(t + 200000, '%s-backup.service' % self.svc, 'Snapshot %s spool to object storage' % self.svc, r, r.randint(20000, 300000)))
        for t in self.times(r.uniform(0.01, 0.04), curve=False):
            ev.append((t, self.slog(t, 'chronyd', 712, 'Selected source %s' % r.choice(['169.254.169.123', '10.0.0.2', 'PHC0']), fac=3, exe='/usr/sbin/chronyd', unit='chrony.service')))
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_rec(t, r, 1)))
        for t in self.times(r.uniform(0.05, 0.2), curve=False):
            ev.append((t, self.err_rec(t, r, r.choice(['decode', 'peer']))))
        return ev

    def err_rec(self, t, r, v):
        if v == 'decode':
            return self.app(t, self.tr('ERROR', self.mods[2], 'failed to decode record partition=%d offset=%d: invalid value: integer `-1`, expected u32 at line 1 column %d' % (r.randint(0, 11), r.randint(10 ** 6, 10 ** 9), r.randint(20, 900))))
        if v == 'peer':
            return self.app(t, self.tr('ERROR', self.mods[1], 'batch rejected by peer=%s:9000 status=413 Payload Too Large batch_id=%d' % (r.choice(self.peers), r.randint(10 ** 5, 10 ** 7))))
        return self.app(t, self.tr('ERROR', self.mods[1], 'flush failed batch_id=%d: sink error: deadline has elapsed\n\nCaused by:\n    0: request to https://%s:9000/v1/ingest timed out\n    1: operation timed out' % (r.randint(10 ** 5, 10 ** 7), r.choice(self.peers))))

    def retry_rec(self, t, r, n):
        return self.app(t, self.tr('WARN', self.mods[1], 'connection to peer=%s:9000 lost, reconnecting in %dms attempt=%d' % (self.peers[0], min(5000, 100 * 2 ** min(n, 6)), n)))

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.app(t, self.tr('INFO', self.mods[2], 'polled partition=%d offset=%d lag=%d' % (self.r.randint(0, 11), self.r.randint(10 ** 6, 10 ** 9), self.r.randint(0, 5000)))))]

    def st_error(self):
        return {'desc': 'ERROR "flush failed ... deadline has elapsed" records (multi-line Caused by chains)'}

    def rec_error(self, t, i, st):
        return self.err_rec(t, st['r'], 'flush')

    def st_retry(self):
        return {'desc': '"connection to peer lost, reconnecting" warnings'}

    def rec_retry(self, t, i, st):
        return self.retry_rec(t, st['r'], i % 12 + 1)

    def st_newerr(self):
        return {'desc': 'ERROR "TLS handshake failed ... certificate has expired" (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        return self.app(t, self.tr('ERROR', self.mods[1], 'tls handshake with peer=%s:9000 failed: invalid peer certificate: Expired' % r.choice(self.peers)))

    def st_disk(self):
        return {'desc': '"No space left on device (os error 28)" spool write failures and journald write failures'}

    def rec_disk(self, t, i, st):
        r = st['r']
        if i % 3 == 2:
            return '{%s,"PRIORITY":"4","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"systemd-journald","_PID":"%d","_UID":"0","_GID":"0","_COMM":"systemd-journal","_EXE":"/usr/lib/systemd/systemd-journald","_CMDLINE":"/lib/systemd/systemd-journald","_CAP_EFFECTIVE":"25402800cf","_SYSTEMD_CGROUP":"/system.slice/systemd-journald.service","_SYSTEMD_UNIT":"systemd-journald.service","_SYSTEMD_SLICE":"system.slice","_TRANSPORT":"driver","_MACHINE_ID":"%s","_HOSTNAME":"%s","MESSAGE":"Failed to write entry (%d items, %d bytes), ignoring: No space left on device"}' % (
                self.cursor(t), r.randint(180, 400), self.machine, self.host, r.randint(18, 26), r.randint(600, 4000))
        return self.app(t, self.tr('ERROR', self.mods[3], 'failed to persist segment /var/lib/%s/spool/%016x.seg: No space left on device (os error 28)' % (self.svc, r.getrandbits(60))))

    def unit_exit(self, t, how, r):
        u = '%s.service' % self.svc
        out = []
        if how == 'oom':
            out.append((t, self.sysd(t, '%s: A process of this unit has been killed by the OOM killer.' % u, u, 5, code=('src/core/unit.c', 4070, 'unit_check_oom')))) if self.sdv >= 249 else None
            out = [x for x in out if x]
            out.append((t + 5, self.sysd(t + 5, '%s: Main process exited, code=killed, status=9/KILL' % u, u, 5, code=('src/core/service.c', 3348, 'service_sigchld_event'))))
            out.append((t + 6, self.sysd(t + 6, "%s: Failed with result 'oom-kill'." % u, u, 4, code=('src/core/unit.c', 5601, 'unit_log_failure'))))
        else:
            out.append((t + 5, self.sysd(t + 5, '%s: Main process exited, code=dumped, status=11/SEGV' % u, u, 5, code=('src/core/service.c', 3348, 'service_sigchld_event'))))
            out.append((t + 6, self.sysd(t + 6, "%s: Failed with result 'core-dump'." % u, u, 4, code=('src/core/unit.c', 5601, 'unit_log_failure'))))
        if self.sdv >= 249:
            out.append((t + 7, self.sysd(t + 7, '%s: Consumed %dmin %d.%03ds CPU time.' % (u, r.randint(1, 90), r.randint(0, 59), r.randint(0, 999)), u, code=('src/core/unit.c', 5650, 'unit_log_resources'))))
        return out

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'kernel OOM killer reports ("invoked oom-killer" ... "Out of memory: Killed process") and systemd restarting %s.service' % self.svc
        comm = self.svc[:15]
        pid = self.ep('pid', t)
        k = []
        tv = r.randint(10 ** 6, 3 * 10 ** 6)
        rss = r.randint(3 * 10 ** 6, 15 * 10 ** 6)
        lines = ['%s invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0' % comm,
                 'CPU: %d PID: %d Comm: %s Not tainted %s #%d-Ubuntu' % (r.randint(0, 7), pid, comm, self.kernel, r.randint(50, 120)),
                 'Hardware name: Amazon EC2 %s/, BIOS 1.0 10/16/2017' % r.choice(['m5.xlarge', 'c6i.2xlarge', 'r5.large', 't3.large']),
                 'Call Trace:', ' <TASK>', ' dump_stack_lvl+0x4a/0x63', ' dump_header+0x4a/0x1f3', ' oom_kill_process.cold+0xb/0x10', ' out_of_memory+0x1bd/0x4f0',
                 ' __alloc_pages_slowpath.constprop.0+0xc56/0xd30', ' __alloc_pages+0x2f1/0x320', ' alloc_pages+0x9e/0x1e0', ' __filemap_get_folio+0x13a/0x360',
                 ' filemap_fault+0x1fb/0x9f0', ' __do_fault+0x3d/0x150', ' do_fault+0x1f3/0x420', ' handle_mm_fault+0x1e0/0x2a0', ' do_user_addr_fault+0x1c4/0x660',
                 ' exc_page_fault+0x77/0x170', ' asm_exc_page_fault+0x27/0x30', 'RIP: 0033:0x%x' % r.getrandbits(44), 'Code: Unable to access opcode bytes at 0x%x.' % r.getrandbits(44),
                 ' </TASK>', 'Mem-Info:',
                 'active_anon:%d inactive_anon:%d isolated_anon:0' % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 5, 4 * 10 ** 6)),
                 ' active_file:%d inactive_file:%d isolated_file:0' % (r.randint(10, 900), r.randint(10, 900)),
                 ' unevictable:0 dirty:0 writeback:0', ' slab_reclaimable:%d slab_unreclaimable:%d' % (r.randint(1000, 9000), r.randint(1000, 20000)),
                 ' mapped:%d shmem:%d pagetables:%d' % (r.randint(100, 900), r.randint(100, 900), r.randint(3000, 9000)),
                 ' free:%d free_pcp:%d free_cma:0' % (r.randint(20000, 30000), r.randint(0, 200)),
                 'Tasks state (memory values in pages):', '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
                 '[%7d]     0 %5d    %5d     %4d   %6d        0          -250 systemd-journal' % (412, 412, r.randint(10000, 40000), r.randint(1000, 9000), r.randint(100000, 400000)),
                 '[%7d]   %3d %5d  %7d  %7d  %9d        0             0 %s' % (pid, self.uid, pid, tv, rss, rss * 2, comm),
                 'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/%s.service,task=%s,pid=%d,uid=%d' % (self.svc, comm, pid, self.uid),
                 'Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:0' % (pid, comm, tv * 4, rss * 4, self.uid, rss // 256)]
        prio = [4] * 27 + [6] * 5 + [6, 6, 6, 6, 3]
        out = []
        for j, x in enumerate(lines):
            out.append((t, self.kern(t, x, prio[min(j, len(prio) - 1)] if j < len(lines) - 1 else 3)))
        out.append((t + 40, self.kern(t + 40, 'oom_reaper: reaped process %d (%s), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB' % (pid, comm))))
        out.extend(self.unit_exit(t + 60, 'oom', r))
        return out

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = '%s segfaults (kernel segfault line, systemd-coredump stack, "code=dumped, status=11/SEGV")' % self.svc
        comm = self.svc[:15]
        pid = self.ep('pid', t)
        base = r.getrandbits(32) << 12
        out = [(t, self.kern(t, '%s[%d]: segfault at %x ip %016x sp %016x error 4 in %s[%x+%x]' % (comm, pid, r.choice((0, 8, 0x18)), base + 0x3b4c5, 0x7ffc00000000 + r.getrandbits(32), comm, base, 0x1a5000), 6)),
               (t, self.kern(t, 'Code: %s' % ' '.join(hexs(r, 2) for _ in range(42)), 6))]
        cd = r.randint(1000, 90000)
        stack = 'Process %d (%s) of user %d dumped core.\n\nModule %s without build-id.\nStack trace of thread %d:\n#0  0x%016x n/a (%s + 0x3b4c5)\n#1  0x%016x n/a (%s + 0x21a0f)\n#2  0x%016x n/a (libc.so.6 + 0x94ac3)\n#3  0x%016x n/a (libc.so.6 + 0x126850)\nELF object binary architecture: AMD x86-64' % (
            pid, comm, self.uid, self.exe, pid, base + 0x3b4c5, self.exe, base + 0x21a0f, self.exe, 0x7f0000000000 + r.getrandbits(36), 0x7f0000000000 + r.getrandbits(36))
        out.append((t + 900, '{%s,"PRIORITY":"2","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"systemd-coredump","_PID":"%d","_UID":"0","_GID":"0","_COMM":"systemd-coredum","_EXE":"/usr/lib/systemd/systemd-coredump","_TRANSPORT":"journal","_MACHINE_ID":"%s","_HOSTNAME":"%s","MESSAGE_ID":"fc2e22bc6ee647b6b90729ab34a250b1","COREDUMP_UNIT":"%s.service","COREDUMP_PID":"%d","COREDUMP_SIGNAL":"11","COREDUMP_SIGNAL_NAME":"SIGSEGV","COREDUMP_EXE":"%s","MESSAGE":%s}' % (
            self.cursor(t + 900), cd, self.machine, self.host, self.svc, pid, self.exe, jstr(stack))))
        out.extend(self.unit_exit(t + 950, 'segv', r))
        return out

    def seq_start(self, t):
        r = self.r
        u = '%s.service' % self.svc
        out = [(t, self.sysd(t, '%s: Scheduled restart job, restart counter is at %d.' % (u, r.randint(1, 3)), u, code=('src/core/service.c', 2486, 'service_enter_restart'))),
               (t + 3, self.sysd(t + 3, 'Stopped %s - %s.' % (u, self.desc) if self.sdv >= 252 else 'Stopped %s.' % self.desc, u, mid='9d1aaa27d60140bd96365438aad20286', code=('src/core/job.c', 768, 'job_emit_done_message'))),
               (t + 10, self.sysd(t + 10, self.started(u, self.desc), u, mid='39f53479d3a045ac8e11786248231fbf', code=('src/core/job.c', 768, 'job_emit_done_message')))]
        self.ep_set(t + 10, pid=r.randint(600, 60000), inv=hexs(r, 32), stream=hexs(r, 32))
        out.append((t + 40, self.app(t + 40, self.tr('INFO', self.svc.replace('-', '_'), 'starting %s version=%d.%d.%d' % (self.svc, r.randint(0, 3), r.randint(1, 30), r.randint(0, 9))))))
        out.append((t + 300, self.app(t + 300, self.tr('INFO', self.mods[2], 'subscribed to %d partitions' % r.randint(4, 12)))))
        return out

    def seq_stop(self, t):
        u = '%s.service' % self.svc
        return [(t, self.sysd(t, 'Stopping %s - %s...' % (u, self.desc) if self.sdv >= 252 else 'Stopping %s...' % self.desc, u, code=('src/core/job.c', 581, 'job_emit_start_message'))),
                (t + 30, self.app(t + 30, self.tr('INFO', self.svc.replace('-', '_'), 'received SIGTERM, draining'))),
                (t + 1500, self.sysd(t + 1500, self.deact(u), u)),
                (t + 1501, self.sysd(t + 1501, 'Stopped %s - %s.' % (u, self.desc) if self.sdv >= 252 else 'Stopped %s.' % self.desc, u, code=('src/core/job.c', 768, 'job_emit_done_message')))]

    def plan_benign(self, t):
        stop = self.seq_stop(t)
        tb = stop[-1][0] + int(self.r.uniform(3, 30) * SEC)
        start = self.seq_start(tb)[1:]
        self.benign.extend(stop)
        self.benign.extend(start)
        self.down.append((stop[0][0], start[-1][0] + 1))


# =========================================================================== OTel Collector (zap console)

class OtelCol(LogFile):
    KIND = 'otelcol'
    SUPPORTS = ('retry_storm', 'error_burst', 'new_error', 'panic', 'oom_kill', 'silence')
    RESTARTABLE = True
    LPM = (6, 150, 1.5)
    PANIC_GAP = (5, 40)

    def setup(self):
        r = self.r
        sc = self.sc
        y = sc.year
        self.ver = {2019: '0.2.0', 2020: '0.16.0', 2021: '0.40.0', 2022: '0.66.0', 2023: '0.90.1', 2024: '0.100.0', 2025: '0.120.0', 2026: '0.135.0'}[y]
        self.up = y <= 2021
        self.newattr = y >= 2025
        self.dbg = 'debug' if y >= 2024 else 'logging'
        self.NAME = 'otel-collector.log'
        self.ep = '%s:4317' % r.choice(['tempo-distributor.observability.svc.cluster.local', 'jaeger-collector.tracing.svc', 'otlp.%s' % self.co.domain])
        self.pl = ['traces', 'metrics', 'logs']
        v = self.ver
        self.c_retry = 'exporterhelper/retry_sender.go:118' if y >= 2023 else ('exporterhelper/queued_retry.go:433' if y >= 2022 else 'exporterhelper/queued_retry.go:215')
        self.c_drop = 'exporterhelper/queue_sender.go:101' if y >= 2023 else 'exporterhelper/queued_retry.go:183'
        self.c_dbg = 'debugexporter@v%s/exporter.go:50' % v if self.dbg == 'debug' else 'loggingexporter@v%s/logging_exporter.go:43' % v
        self.c_mem = 'memorylimiter@v%s/memorylimiter.go:222' % v if y >= 2024 else 'memorylimiterprocessor@v%s/memorylimiter.go:287' % v

    def L(self, t, lvl, caller, msg, fields=None):
        g = time.gmtime(t // 1000)
        s = '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\t%s\t%s\t%s' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000, lvl.upper() if self.up else lvl, caller, msg)
        if fields:
            s += '\t{' + ', '.join('"%s": %s' % (k, v if isinstance(v, str) and v[:1] == '{' else jstr(v)) for k, v in fields) + '}'
        return s

    def comp(self, kind, dt, name):
        if self.newattr:
            return [('otelcol.component.id', name), ('otelcol.component.kind', kind.capitalize()), ('otelcol.signal', dt)]
        return [('kind', kind), ('data_type', dt), ('name', name)]

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        for t in self.times(lp * 0.9):
            dt = r.choice(self.pl)
            if dt == 'traces':
                f = self.comp('exporter', dt, self.dbg) + [('resource spans', r.randint(1, 12)), ('spans', r.randint(5, 900))]
                ev.append((t, self.L(t, 'info', self.c_dbg, 'Traces' if self.dbg == 'debug' else 'TracesExporter', f)))
            elif dt == 'metrics':
                f = self.comp('exporter', dt, self.dbg) + [('resource metrics', r.randint(1, 12)), ('metrics', r.randint(20, 400)), ('data points', r.randint(50, 5000))]
                ev.append((t, self.L(t, 'info', self.c_dbg, 'Metrics' if self.dbg == 'debug' else 'MetricsExporter', f)))
            else:
                f = self.comp('exporter', dt, self.dbg) + [('resource logs', r.randint(1, 12)), ('log records', r.randint(5, 2000))]
                ev.append((t, self.L(t, 'info', self.c_dbg, 'Logs' if self.dbg == 'debug' else 'LogsExporter', f)))
        for t in self.times(r.uniform(0.02, 0.1), curve=False):
            ev.append((t, self.L(t, 'info', self.c_mem, 'Memory usage is above soft limit. Forcing a GC.', self.comp('processor', 'traces', 'memory_limiter') + [('cur_mem_mib', r.randint(1200, 1700))])))
            ev.append((t + r.randint(300, 900), self.L(t + 900, 'info', self.c_mem.replace('222', '192').replace('287', '257'), 'Memory usage after GC.', self.comp('processor', 'traces', 'memory_limiter') + [('cur_mem_mib', r.randint(300, 900))])))
        for t in self.times(r.uniform(0.01, 0.05), curve=False):
            ev.append((t, self.L(t, 'warn', 'batchprocessor@v%s/batch_processor.go:258' % self.ver, 'Sender failed', self.comp('processor', 'logs', 'batch') + [('error', 'sending queue is full')])))
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_rec(t, r)))
        for t in self.times(r.uniform(0.05, 0.2), curve=False):
            ev.append((t, self.drop_rec(t, r, 'metrics', 'Permanent error: rpc error: code = InvalidArgument desc = out of order sample')))
        return ev

    def retry_rec(self, t, r):
        ip = '10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        return self.L(t, 'info', self.c_retry, 'Exporting failed. Will retry the request after interval.', self.comp('exporter', 'traces', 'otlp') + [
            ('error', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"' % (self.ep.split(':')[0] if False else ip + ':4317')), ('interval', '%.9fs' % r.uniform(2, 30))])

    def drop_rec(self, t, r, dt, err):
        head = self.L(t, 'error', self.c_drop, 'Exporting failed. Dropping data.' if self.ver >= '0.90' else 'Exporting failed. The error is not retryable. Dropping data.', self.comp('exporter', dt, 'otlp') + [('error', err), ('dropped_items', r.randint(1, 900))])
        v = self.ver
        st = ['go.opentelemetry.io/collector/exporter/exporterhelper.newQueueSender.func1', '\tgo.opentelemetry.io/collector/exporter@v%s/exporterhelper/queue_sender.go:101' % v,
              'go.opentelemetry.io/collector/exporter/internal/queue.(*boundedMemoryQueue[...]).Consume', '\tgo.opentelemetry.io/collector/exporter@v%s/internal/queue/bounded_memory_queue.go:57' % v,
              'go.opentelemetry.io/collector/exporter/internal/queue.(*Consumers[...]).Start.func1', '\tgo.opentelemetry.io/collector/exporter@v%s/internal/queue/consumers.go:43' % v]
        return head + '\n' + '\n'.join(st)

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        f = self.comp('exporter', 'traces', self.dbg) + [('resource spans', 1), ('spans', self.r.randint(5, 90))]
        return [(t, self.L(t, 'info', self.c_dbg, 'Traces' if self.dbg == 'debug' else 'TracesExporter', f))]

    def st_error(self):
        return {'desc': '"Exporting failed. Dropping data." errors with zap stack traces'}

    def rec_error(self, t, i, st):
        return self.drop_rec(t, st['r'], 'traces', 'no more retries left: rpc error: code = DeadlineExceeded desc = context deadline exceeded')

    def st_retry(self):
        return {'desc': '"Exporting failed. Will retry the request after interval." (otlp exporter, connection refused)'}

    def rec_retry(self, t, i, st):
        return self.retry_rec(t, st['r'])

    def st_newerr(self):
        return {'desc': 'prometheus receiver "Failed to scrape Prometheus endpoint" warnings (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        return self.L(t, 'warn', 'internal/transaction.go:123', 'Failed to scrape Prometheus endpoint', self.comp('receiver', 'metrics', 'prometheus') + [
            ('scrape_timestamp', t), ('target_labels', '{__name__="up", instance="%s:9100", job="node-exporter"}' % self.co.ip(r))])

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'Go panics ("panic: runtime error: invalid memory address or nil pointer dereference") followed by a restart'
        v = self.ver
        frames = [('github.com/open-telemetry/opentelemetry-collector-contrib/processor/transformprocessor/internal/traces.(*Processor).ProcessTraces(0xc%09x, {0x%x, 0xc%09x}, {0xc%09x?})' % (r.getrandbits(32), r.getrandbits(24), r.getrandbits(32), r.getrandbits(32)),
                   'github.com/open-telemetry/opentelemetry-collector-contrib/processor/transformprocessor@v%s/internal/traces/processor.go:%d' % (v, r.randint(40, 90))),
                  ('go.opentelemetry.io/collector/processor/processorhelper.NewTracesProcessor.func1({0x%x, 0xc%09x}, {0xc%09x?})' % (r.getrandbits(24), r.getrandbits(32), r.getrandbits(32)), 'go.opentelemetry.io/collector/processor@v%s/processorhelper/traces.go:60' % v),
                  ('go.opentelemetry.io/collector/consumer.ConsumeTracesFunc.ConsumeTraces(...)', 'go.opentelemetry.io/collector/consumer@v%s/traces.go:25' % v),
                  ('go.opentelemetry.io/collector/processor/batchprocessor.(*shard).sendItems(0xc%09x, 0x0)' % r.getrandbits(32), 'go.opentelemetry.io/collector/processor/batchprocessor@v%s/batch_processor.go:263' % v),
                  ('go.opentelemetry.io/collector/processor/batchprocessor.(*shard).start(0xc%09x)' % r.getrandbits(32), 'go.opentelemetry.io/collector/processor/batchprocessor@v%s/batch_processor.go:221' % v)]
        last = self.L(t, 'info', self.c_dbg, 'Traces' if self.dbg == 'debug' else 'TracesExporter', self.comp('exporter', 'traces', self.dbg) + [('resource spans', r.randint(1, 12)), ('spans', r.randint(5, 900))])
        return [(t, last), (t + r.randint(1, 400), '\n'.join(go_panic(r, 'runtime error: invalid memory address or nil pointer dereference', frames)))]

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'Go "fatal error: runtime: out of memory" crashes followed by a restart'
        v = self.ver
        frames = [('go.opentelemetry.io/collector/pdata/ptrace.Traces.MarshalProto(...)', 'go.opentelemetry.io/collector/pdata@v1.%d.0/ptrace/pb.go:19' % r.randint(1, 9)),
                  ('go.opentelemetry.io/collector/exporter/otlpexporter.(*baseExporter).pushTraces(0xc%09x, {0x%x, 0xc%09x}, {0xc%09x?})' % (r.getrandbits(32), r.getrandbits(24), r.getrandbits(32), r.getrandbits(32)), 'go.opentelemetry.io/collector/exporter/otlpexporter@v%s/otlp.go:103' % v)]
        return [(t, self.L(t, 'warn', self.c_mem, 'Memory usage is above hard limit. Forcing a GC.', self.comp('processor', 'traces', 'memory_limiter') + [('cur_mem_mib', r.randint(3900, 4100))])),
                (t + r.randint(2000, 15000), '\n'.join(go_oom(r, frames)))]

    def seq_start(self, t):
        r = self.r
        v = self.ver
        s = 'service@v%s/' % v if v >= '0.66' else 'service/'
        L = self.L
        out = []
        tt = t
        for c, m, f in [(s + 'telemetry.go:55', 'Setting up own telemetry...', None),
                        (s + 'telemetry.go:97', 'Serving metrics', [('address', ':8888'), ('level', 'Basic')]),
                        (s + 'service.go:143', 'Starting otelcol-contrib...', [('Version', v), ('NumCPU', r.choice((2, 4, 8, 16)))]),
                        ('extensions/extensions.go:34', 'Starting extensions...', None),
                        ('extensions/extensions.go:37', 'Extension is starting...', [('kind', 'extension'), ('name', 'health_check')]),
                        ('extensions/extensions.go:52', 'Extension started.', [('kind', 'extension'), ('name', 'health_check')]),
                        ('otlpreceiver@v%s/otlp.go:102' % v, 'Starting GRPC server', self.comp('receiver', 'traces', 'otlp') + [('endpoint', '0.0.0.0:4317')]),
                        ('otlpreceiver@v%s/otlp.go:152' % v, 'Starting HTTP server', self.comp('receiver', 'traces', 'otlp') + [('endpoint', '0.0.0.0:4318')]),
                        ('healthcheck/handler.go:132', 'Health Check state change', [('kind', 'extension'), ('name', 'health_check'), ('status', 'ready')]),
                        (s + 'service.go:169', 'Everything is ready. Begin running and processing data.', None)]:
            out.append((tt, L(tt, 'info', c, m, f)))
            tt += r.randint(0, 60)
        return out

    def seq_stop(self, t):
        v = self.ver
        s = 'service@v%s/' % v if v >= '0.66' else 'service/'
        return [(t, self.L(t, 'info', 'otelcol@v%s/collector.go:258' % v, 'Received signal from OS', [('signal', 'terminated')])),
                (t + 2, self.L(t + 2, 'info', s + 'service.go:178', 'Starting shutdown...')),
                (t + 5, self.L(t + 5, 'info', 'healthcheck/handler.go:132', 'Health Check state change', [('kind', 'extension'), ('name', 'health_check'), ('status', 'unavailable')])),
                (t + 900, self.L(t + 900, 'info', 'extensions/extensions.go:59', 'Stopping extensions...')),
                (t + 902, self.L(t + 902, 'info', s + 'service.go:192', 'Shutdown complete.'))]


# =========================================================================== Android logcat threadtime

class Logcat(LogFile):
    KIND = 'logcat'
    SUPPORTS = ('latency_shift', 'http_5xx', 'error_burst', 'retry_storm', 'new_error', 'panic', 'oom_kill', 'silence')
    RESTARTABLE = False
    ABS_TIME = False
    LPM = (20, 400, 3.0)
    PANIC_GAP = (2, 20)

    def setup(self):
        r = self.r
        sc = self.sc
        y = sc.year
        off = sc.off_ms
        self._t = _cache_ts(lambda s: '%02d-%02d %02d:%02d:%02d' % time.gmtime(s + off // 1000)[1:6])
        self.api = 28 + min(6, y - 2019)
        self.pkg = 'com.%s.%s' % (self.co.short, r.choice(['pos', 'kiosk', 'terminal', 'driver']))
        self.serial = ''.join(r.choice('0123456789ABCDEF') for _ in range(12))
        self.NAME = 'logcat-%s.txt' % self.serial
        self.sys = r.randint(900, 1600)
        pid0 = r.randint(4000, 30000)
        self.ep_init(pid=pid0, tids=[pid0] + [pid0 + r.randint(10, 200) for _ in range(12)])
        self.uid = 10000 + r.randint(50, 300)
        self.api_host = 'api.%s' % self.co.domain
        self.rm = ReqModel(self, 'api', lat_med=(40, 400))
        self.req_rate = self.lpm * 0.25
        self.okv4 = y >= 2020
        self.printer = ':'.join(hexs(r, 2).upper() for _ in range(6))
        self.start_st = 0

    def L(self, t, pid, tid, lvl, tag, msg):
        return '%s.%03d %5d %5d %s %-8s: %s' % (self._t(t), t % 1000, pid, tid, lvl, tag, msg)

    def A(self, t, lvl, tag, msg, tid=None):
        tids = self.ep('tids', t)
        return self.L(t, tids[0], tid or tids[self.r.randint(0, len(tids) - 1)], lvl, tag, msg)

    def S(self, t, lvl, tag, msg):
        return self.L(t, self.sys, self.sys + self.r.randint(10, 400), lvl, tag, msg)

    def multi(self, t, pid, tid, lvl, tag, lines):
        return '\n'.join(self.L(t, pid, tid, lvl, tag, x) for x in lines)

    def req(self, t, q):
        r = self.r
        tids = self.ep('tids', t)
        pid = tids[0]
        tid = tids[r.randint(1, len(tids) - 1)]
        url = 'https://%s%s%s' % (self.api_host, q.path, '' if q.query == '-' else '?' + q.query)
        t0 = t - int(q.lat)
        reason = {200: ' OK', 201: ' Created', 304: ' Not Modified', 404: ' Not Found', 500: ' Internal Server Error', 502: ' Bad Gateway', 503: ' Service Unavailable', 504: ' Gateway Timeout'}.get(q.status, '') if not self.okv4 else ''
        return [(t0, self.L(t0, pid, tid, 'I', 'okhttp.OkHttpClient' if self.okv4 else 'OkHttp', '--> %s %s' % (q.method, url))),
                (t, self.L(t, pid, tid, 'I', 'okhttp.OkHttpClient' if self.okv4 else 'OkHttp', '<-- %d%s %s (%dms, %s)' % (q.status, reason, url, int(q.lat), '%d-byte body' % q.bout if q.bout else 'unknown-length body')))]

    def gc(self, t, r):
        pid = self.ep('pid', t)
        a, b = r.randint(4, 60), r.randint(40, 120)
        if self.api >= 29:
            return self.L(t, pid, pid + 7, 'I', self.pkg, 'Background concurrent copying GC freed %d(%dKB) AllocSpace objects, %d(%dKB) LOS objects, %d%% free, %dMB/%dMB, paused %dus,%dus total %.3fms' % (
                r.randint(10000, 90000), r.randint(1000, 9000), r.randint(0, 40), r.randint(0, 2000), r.randint(25, 60), a, b, r.randint(40, 900), r.randint(20, 300), r.uniform(10, 200)))
        return self.L(t, pid, pid + 7, 'I', self.pkg, 'Background concurrent copying GC freed %d(%dKB) AllocSpace objects, %d(%dKB) LOS objects, %d%% free, %dMB/%dMB, paused %dus total %.3fms' % (
            r.randint(10000, 90000), r.randint(1000, 9000), r.randint(0, 40), r.randint(0, 2000), r.randint(25, 60), a, b, r.randint(40, 900), r.uniform(10, 200)))

    def background(self):
        r = self.r
        ev = []
        rm = self.rm
        for t in self.times(self.req_rate):
            ev.extend(self.req(t, rm.sample(r, t)))
        lp = self.lpm
        n = self.co.nouns
        for t in self.times(lp * 0.45):
            k = r.random()
            if k < 0.3:
                ev.append((t, self.A(t, 'D', 'CartViewModel', 'cart updated: %d items, total=%d.%02d' % (r.randint(1, 12), r.randint(1, 300), r.randint(0, 99)))))
            elif k < 0.45:
                ev.append((t, self.A(t, 'I', 'PaymentService', 'Transaction %d approved in %d ms' % (r.randint(10 ** 6, 10 ** 8), int(r.lognormvariate(7.3, 0.4))))))
            elif k < 0.6:
                ev.append((t, self.gc(t, r)))
            elif k < 0.7:
                ev.append((t, self.S(t, 'I', 'wpa_supplicant', 'wlan0: CTRL-EVENT-SIGNAL-CHANGE above=%d signal=%d noise=9999 txrate=%d' % (r.randint(0, 1), r.randint(-80, -40), r.choice((65000, 72200, 144400, 6500))))))
            elif k < 0.78:
                ev.append((t, self.S(t, 'D', 'BatteryService', 'Processing new values: info={.chargerAcOnline = true, .chargerUsbOnline = false, .batteryLevel = %d, .batteryVoltage = %d, .batteryTemperature = %d}' % (r.randint(60, 100), r.randint(4000, 4400), r.randint(250, 400)))))
            elif k < 0.85:
                ev.append((t, self.L(t, self.ep('pid', t), self.ep('pid', t) + 11, 'I', 'chatty', 'uid=%d(%s) RenderThread identical %d lines' % (self.uid, self.pkg, r.randint(2, 40))) if self.api < 30 else self.A(t, 'D', 'ScannerManager', 'barcode decoded symbology=EAN13 len=13')))
            elif k < 0.92:
                ev.append((t, self.S(t, 'W', 'ActivityManager', 'Slow operation: %dms so far, now at startProcess: done updating pids map' % r.randint(50, 300))))
            elif k < 0.97:
                ev.append((t, self.A(t, 'W', 'ApiClient', 'request to %s timed out, retried once and succeeded' % self.api_host)))
            else:
                tid = self.ep('tids', t)[3]
                ev.append((t, self.multi(t, self.ep('pid', t), tid, 'W', 'System.err', ['java.net.SocketException: Connection reset', '\tat java.net.SocketInputStream.read(SocketInputStream.java:191)', '\tat com.android.okhttp.okio.Okio$2.read(Okio.java:138)', '\tat com.%s.sync.TelemetryUploader.flush(TelemetryUploader.kt:%d)' % (self.co.short, r.randint(30, 140))])))
        for t in self.periodic(r.choice((5, 15)) * MIN, jitter=20000):
            w = uuid4(r)
            ev.append((t, self.A(t, 'I', 'WM-WorkerWrapper', 'Worker result SUCCESS for Work [ id=%s, tags={ %s.sync.SyncWorker } ]' % (w, self.pkg))))
        for t in self.periodic(MIN, jitter=3000):
            ev.append((t, self.A(t, 'D', 'Heartbeat', 'ping ok (%dms)' % int(r.lognormvariate(4.2, 0.4)))))
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_rec(t, r, 1)))
        for t in self.times(r.uniform(0.05, 0.15), curve=False):
            ev.append((t, self.err_rec(t, r, 'sync')))
        return ev

    def err_rec(self, t, r, v):
        tids = self.ep('tids', t)
        tid = tids[r.randint(1, len(tids) - 1)]
        if v == 'sync':
            lines = ['Sync failed for batch %d' % r.randint(1000, 99999), 'retrofit2.HttpException: HTTP 409 ', '\tat retrofit2.KotlinExtensions$await$2$2.onResponse(KotlinExtensions.kt:53)',
                     '\tat retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:164)', '\tat okhttp3.internal.connection.RealCall$AsyncCall.run(RealCall.kt:519)',
                     '\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1167)', '\tat java.lang.Thread.run(Thread.java:923)']
            return self.multi(t, tids[0], tid, 'E', 'SyncRepository', lines)
        lines = ['Payment authorisation failed', 'java.net.SocketTimeoutException: timeout', '\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)',
                 '\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.exitAndThrowIfTimedOut(Http2Stream.kt:684)', '\tat okhttp3.internal.http2.Http2Stream.takeHeaders(Http2Stream.kt:143)',
                 '\tat okhttp3.internal.http2.Http2ExchangeCodec.readResponseHeaders(Http2ExchangeCodec.kt:97)', '\tat com.%s.payment.PaymentGateway.authorise(PaymentGateway.kt:%d)' % (self.co.short, r.randint(40, 200))]
        return self.multi(t, tids[0], tid, 'E', 'PaymentService', lines)

    def retry_rec(self, t, r, n):
        return self.A(t, 'W', 'MqttService', 'Connection lost (32109) - reconnecting in %d ms, attempt %d' % (min(8000, 250 * n), n))

    def render_req(self, t, q):
        return self.req(t, q)

    def head(self, t):
        return [(t, '--------- beginning of main'), (t, '--------- beginning of system'), (t + 1, self.A(t + 1, 'D', 'Heartbeat', 'ping ok (%dms)' % 60))]

    def anchor(self, t):
        return [(t, self.A(t, 'D', 'Heartbeat', 'ping ok (%dms)' % 55))]

    def st_error(self):
        return {'desc': 'E PaymentService "Payment authorisation failed" SocketTimeoutException stack traces'}

    def rec_error(self, t, i, st):
        return self.err_rec(t, st['r'], 'pay')

    def st_retry(self):
        return {'desc': 'MQTT "Connection lost (32109) - reconnecting" warnings'}

    def rec_retry(self, t, i, st):
        return self.retry_rec(t, st['r'], i % 15 + 1)

    def st_newerr(self):
        return {'desc': 'Bluetooth receipt printer "read failed, socket might closed or timeout" errors (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        tid = self.ep('tids', t)[5]
        return self.multi(t, self.ep('pid', t), tid, 'E', 'ReceiptPrinter', ['Failed to connect to printer %s' % self.printer,
                                                                          'java.io.IOException: read failed, socket might closed or timeout, read ret: -1',
                                                                          '\tat android.bluetooth.BluetoothSocket.readAll(BluetoothSocket.java:1029)',
                                                                          '\tat android.bluetooth.BluetoothSocket.readInt(BluetoothSocket.java:1041)',
                                                                          '\tat android.bluetooth.BluetoothSocket.connect(BluetoothSocket.java:408)',
                                                                          '\tat com.%s.printing.BtPrinter.open(BtPrinter.kt:%d)' % (self.co.short, 57)])

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'app crashes ("FATAL EXCEPTION: main" in AndroidRuntime) with the launcher restarting the process'
        pid = self.ep('pid', t)
        lines = ['FATAL EXCEPTION: main', 'Process: %s, PID: %d' % (self.pkg, pid),
                 'java.lang.IllegalStateException: Fragment CheckoutFragment{%x} (%s) not attached to a context.' % (r.getrandbits(28), uuid4(r)),
                 '\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:972)',
                 '\tat androidx.fragment.app.Fragment.getResources(Fragment.java:1036)',
                 '\tat com.%s.ui.checkout.CheckoutFragment.onPaymentResult(CheckoutFragment.kt:%d)' % (self.co.short, r.randint(80, 300)),
                 '\tat com.%s.ui.checkout.CheckoutFragment$observe$1.invokeSuspend(CheckoutFragment.kt:%d)' % (self.co.short, r.randint(80, 300)),
                 '\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)',
                 '\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)',
                 '\tat android.os.Handler.handleCallback(Handler.java:938)', '\tat android.os.Handler.dispatchMessage(Handler.java:99)',
                 '\tat android.os.Looper.loop(Looper.java:223)', '\tat android.app.ActivityThread.main(ActivityThread.java:7656)',
                 '\tat java.lang.reflect.Method.invoke(Native Method)',
                 '\tat com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:592)',
                 '\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:947)']
        out = [(t, '--------- beginning of crash'), (t, self.multi(t, pid, pid, 'E', 'AndroidRuntime', lines)),
               (t + 15, self.S(t + 15, 'W', 'ActivityTaskManager', '  Force finishing activity %s/.MainActivity' % self.pkg)),
               (t + 40, self.L(t + 40, pid, pid, 'I', 'Process', 'Sending signal. PID: %d SIG: 9' % pid)),
               (t + 120, self.S(t + 120, 'I', 'ActivityManager', 'Process %s (pid %d) has died: fg  TOP ' % (self.pkg, pid)))]
        return out

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'lowmemorykiller/lmkd kills of the foreground app, relaunched by the launcher'
        pid = self.ep('pid', t)
        return [(t, self.L(t, r.randint(200, 600), r.randint(200, 600), 'I', 'lowmemorykiller', "Kill '%s' (%d), uid %d, oom_score_adj 0 to free %dkB rss, %dkB swap; reason: low watermark is breached and thrashing (%d%%)" % (self.pkg, pid, self.uid, r.randint(180000, 500000), r.randint(0, 90000), r.randint(20, 90)))),
                (t + 60, self.S(t + 60, 'I', 'ActivityManager', 'Process %s (pid %d) has died: fg  TOP ' % (self.pkg, pid))),
                (t + 70, self.S(t + 70, 'W', 'ActivityManager', 'Scheduling restart of crashed service %s/.sync.SyncService in 1000ms for start-requested' % self.pkg))]

    def seq_start(self, t):
        r = self.r
        pid = r.randint(4000, 32000)
        self.ep_set(t, pid=pid, tids=[pid] + [pid + r.randint(10, 200) for _ in range(12)])
        return [(t, self.S(t, 'I', 'ActivityManager', 'Start proc %d:%s/u0a%d for top-activity {%s/%s.MainActivity}' % (pid, self.pkg, self.uid - 10000, self.pkg, self.pkg))),
                (t + 300, self.L(t + 300, pid, pid, 'I', self.pkg, 'Using CollectorTypeCC GC.')),
                (t + 900, self.A(t + 900, 'I', 'App', 'starting %s build %d' % (self.pkg, r.randint(100, 999)), tid=pid)),
                (t + 1800, self.S(t + 1800, 'I', 'ActivityTaskManager', 'Displayed %s/.MainActivity: +%dms' % (self.pkg, r.randint(600, 2500))))]


# =========================================================================== BIND named

POP_DOMAINS = ['www.google.com', 'graph.facebook.com', 'api.github.com', 'login.microsoftonline.com', 'outlook.office365.com', 'www.youtube.com', 'slack.com',
               'clients4.google.com', 'time.cloudflare.com', 'ocsp.digicert.com', 'cdn.jsdelivr.net', 's3.amazonaws.com', 'api.stripe.com', 'updates.signal.org',
               'registry-1.docker.io', 'pypi.org', 'files.pythonhosted.org', 'ntp.ubuntu.com', 'security.ubuntu.com', 'fonts.gstatic.com', 'sentry.io', 'api.segment.io']


class Bind(ReqLog):
    KIND = 'bind_named'
    SUPPORTS = ('traffic_flood', 'error_burst', 'new_error', 'silence', 'panic')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (40, 700, 4.0)
    PANIC_GAP = (2, 20)

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self._t = _cache_ts(lambda s: (lambda g: '%02d-%s-%04d %02d:%02d:%02d' % (g[2], MON[g[1] - 1], g[0], g[3], g[4], g[5]))(time.gmtime(s + off // 1000)))
        self.NAME = r.choice(['named.log', 'query.log', 'bind.log'])
        self.ver = {2019: '9.11.3-1ubuntu1.11-Ubuntu', 2020: '9.16.1-Ubuntu', 2021: '9.16.15-Debian', 2022: '9.18.1-1ubuntu1.2-Ubuntu', 2023: '9.18.18-0ubuntu0.22.04.1-Ubuntu', 2024: '9.18.24-1-Debian', 2025: '9.20.4-1-Debian', 2026: '9.20.11-2-Debian'}[sc.year]
        self.srv = self.co.ip(r)
        self.clients = [self.co.ip(r) for _ in range(r.randint(40, 200))]
        self.ccw = [1.0 / (i + 1) ** 0.9 for i in range(len(self.clients))]
        zone = '%s.internal' % self.co.short
        self.zone = zone
        hosts = ['%s.%s' % (h, zone) for h in ['db01', 'db02', 'api', 'auth', 'cache', 'mq', 'ldap', 'git', 'grafana', 'vault'] + ['%s-svc' % singular(n) for n in self.co.nouns[:5]]]
        self.names = [(h, 'A') for h in hosts] + [(d, r.choice(['A', 'A', 'AAAA'])) for d in POP_DOMAINS] + [('www.' + self.co.domain, 'A'), ('api.' + self.co.domain, 'A'), ('_ldap._tcp.%s' % zone, 'SRV'), (self.co.domain, 'MX')]
        self.ncw = [1.0 / (i + 1) ** 0.7 for i in range(len(self.names))]
        self.req_rate = self.lpm * 0.94
        self.serial = int('%04d%02d%02d01' % (sc.year, r.randint(1, 12), r.randint(1, 28)))
        self.cl_ptr = {}

    def L(self, t, cat, sev, msg):
        return '%s.%03d %s: %s: %s' % (self._t(t), t % 1000, cat, sev, msg)

    def cptr(self, ip):
        v = self.cl_ptr.get(ip)
        if v is None:
            v = '@0x7f%010x' % self.r.getrandbits(40)
            self.cl_ptr[ip] = v
        return v

    def query(self, t, ip, name, qt, flags=None):
        r = self.r
        f = flags or r.choice(['+E(0)K', '+E(0)K', '+E(0)', '+', '+E(0)DK', '-E(0)D', '+ET', '+E(0)KV'])
        return self.L(t, 'queries', 'info', 'client %s %s#%d (%s): query: %s IN %s %s (%s)' % (self.cptr(ip), ip, r.randint(1024, 65535), name, name, qt, f, self.srv))

    def render_req(self, t, q):
        return self.query(t, q.ip, q.path, q.method)

    def background(self):
        r = self.r
        ev = []
        for t in self.times(self.req_rate):
            ip = r.choices(self.clients, weights=self.ccw)[0]
            nm, qt = r.choices(self.names, weights=self.ncw)[0]
            ev.append((t, self.query(t, ip, nm, qt)))
        for t in self.times(self.lpm * 0.02, curve=False):
            k = r.random()
            if k < 0.4:
                ip = r.choice(self.clients)
                nm = r.choice(POP_DOMAINS)
                ev.append((t, self.L(t, 'lame-servers', 'info', 'connection refused resolving \'%s/A/IN\': %s#53' % (nm, public_ip(r)))))
            elif k < 0.7:
                ev.append((t, self.L(t, 'edns-disabled', 'info', 'success resolving \'%s/A\' (in \'%s\'?) after disabling EDNS' % ('ns1.' + r.choice(POP_DOMAINS), r.choice(POP_DOMAINS)))))
            else:
                ip = public_ip(r)
                ev.append((t, self.L(t, 'security', 'info', "client %s %s#%d (%s): query (cache) '%s/ANY/IN' denied" % ('@0x7f%010x' % r.getrandbits(40), ip, r.randint(1024, 65535), r.choice(['sl', 'isc.org', 'peacecorps.gov']), r.choice(['sl', 'isc.org', 'peacecorps.gov'])))))
        for t in self.periodic(HOUR, jitter=60000):
            self.serial += 1
            ev.append((t, self.L(t, 'general', 'info', 'received control channel command \'reload %s\'' % self.zone)))
            ev.append((t + 30, self.L(t + 30, 'general', 'info', 'zone %s/IN: loaded serial %d' % (self.zone, self.serial))))
            ev.append((t + 40, self.L(t + 40, 'notify', 'info', 'zone %s/IN: sending notifies (serial %d)' % (self.zone, self.serial))))
            ip = r.choice(self.clients[:3])
            ev.append((t + 400, self.L(t + 400, 'xfer-out', 'info', "client %s %s#%d (%s): transfer of '%s/IN': IXFR started (serial %d -> %d)" % (self.cptr(ip), ip, r.randint(1024, 65535), self.zone, self.zone, self.serial - 1, self.serial))))
            ev.append((t + 410, self.L(t + 410, 'xfer-out', 'info', "client %s %s#%d (%s): transfer of '%s/IN': IXFR ended: 1 messages, %d records, %d bytes, 0.001 secs (%d bytes/sec) (serial %d)" % (self.cptr(ip), ip, r.randint(1024, 65535), self.zone, self.zone, r.randint(4, 20), r.randint(300, 2000), r.randint(10 ** 5, 10 ** 6), self.serial))))
        for t in self.periodic(15 * MIN, jitter=5000):
            ev.append((t, self.L(t, 'general', 'info', "received control channel command 'stats'")))
            ev.append((t + 40, self.L(t + 40, 'general', 'info', 'dumpstats complete')))
        for t in self.times(r.uniform(0.05, 0.3), curve=False):
            ev.append((t, self.servfail(t, r, r.choice(POP_DOMAINS))))
        return ev

    def servfail(self, t, r, nm):
        ip = r.choices(self.clients, weights=self.ccw)[0]
        loc = 'query.c:7839' if self.ver >= '9.18' else '../../../lib/ns/query.c:7375'
        return self.L(t, 'query-errors', 'info', 'client %s %s#%d (%s): query failed (SERVFAIL) for %s/IN/A at %s' % (self.cptr(ip), ip, r.randint(1024, 65535), nm, nm, loc))

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.L(t, 'general', 'info', "received control channel command 'stats'"))]

    def flood_events(self, s, e, k):
        r = self.r_flood
        ips = [r.choice(self.clients) for _ in range(r.randint(1, 4))]
        nms = [('%s.%s' % (hexs(r, 6), self.co.domain), 'A')] + r.sample(self.names, r.randint(0, 2))
        ev = []
        for t in self.times((k - 1.0) * self.req_rate, s, e, r=r):
            nm, qt = r.choice(nms)
            ev.append((t, self.query(t, r.choice(ips), nm if not nm.startswith('x') else nm, qt, '+E(0)')))
        return ev, 'query flood from %s for %s' % (', '.join(ips), ', '.join(n for n, _ in nms))

    def st_error(self):
        return {'desc': 'query-errors "query failed (SERVFAIL)" for a broken upstream zone', 'nm': 'api.%s' % self.co.domain.replace('.', '-partner.', 1)}

    def rec_error(self, t, i, st):
        return self.servfail(t, st['r'], st['nm'])

    def st_newerr(self):
        return {'desc': '"zone ... refresh: unexpected rcode (SERVFAIL) from primary" errors (new)', 'ip': self.co.ip(self.r)}

    def rec_newerr(self, t, i, st):
        return self.L(t, 'general', 'error', 'zone partner.%s/IN: refresh: unexpected rcode (SERVFAIL) from primary %s#53 (source 0.0.0.0#0)' % (self.co.domain, st['ip']))

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'named assertion failures ("INSIST(...) failed, back trace" / "exiting (due to assertion failure)")'
        L = self.L
        lines = [L(t, 'general', 'critical', '../../../lib/dns/resolver.c:%d: INSIST(fctx->state != fetchstate_done) failed, back trace' % r.randint(3000, 9000))]
        for j, fn in enumerate(['isc_assertion_failed', 'fctx_doshutdown', 'fctx_shutdown', 'isc__nm_async_task', 'isc__nm_process_ievent', 'uv__async_io', 'uv_run', 'nm_thread', 'isc__trampoline_run', 'start_thread']):
            lines.append(L(t, 'general', 'critical', '#%d 0x%x in %s()+0x%x' % (j, 0x55d1c2000000 + r.getrandbits(24), fn, r.randint(0x10, 0x400))))
        lines.append(L(t, 'general', 'critical', 'exiting (due to assertion failure)'))
        return [(t, '\n'.join(lines))]

    def seq_start(self, t):
        r = self.r
        L = self.L
        self.cl_ptr = {}
        tt = t
        out = []
        for cat, sev, m in [('general', 'notice', 'starting BIND %s (Extended Support Version) <id:%s>' % (self.ver, '')),
                            ('general', 'notice', 'running on Linux x86_64 5.15.0-91-generic #101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023'),
                            ('general', 'notice', "built with  '--build=x86_64-linux-gnu' '--prefix=/usr' '--includedir=${prefix}/include' '--mandir=${prefix}/share/man' '--sysconfdir=/etc' '--localstatedir=/var' '--with-openssl=/usr' '--enable-threads' '--with-libidn2' '--with-json-c' '--with-lmdb=/usr' '--with-gnu-ld' '--with-maxminddb' '--enable-dnstap'"),
                            ('general', 'notice', 'running as: named -f -u bind'), ('general', 'notice', 'compiled by GCC 11.4.0'),
                            ('general', 'notice', 'compiled with OpenSSL version: OpenSSL 3.0.2 15 Mar 2022'), ('general', 'notice', 'linked to OpenSSL version: OpenSSL 3.0.2 15 Mar 2022'),
                            ('general', 'notice', '----------------------------------------------------'), ('general', 'notice', 'BIND 9 is maintained by Internet Systems Consortium,'),
                            ('general', 'notice', 'Inc. (ISC), a non-profit 501(c)(3) public-benefit '), ('general', 'notice', 'corporation.  Support and training for BIND 9 are '),
                            ('general', 'notice', 'available at https://www.isc.org/support'), ('general', 'notice', '----------------------------------------------------'),
                            ('general', 'info', 'found 4 CPUs, using 4 worker threads'), ('general', 'info', 'loading configuration from \'/etc/bind/named.conf\''),
                            ('network', 'info', 'listening on IPv4 interface eth0, %s#53' % self.srv), ('general', 'info', 'zone %s/IN: loaded serial %d' % (self.zone, self.serial)),
                            ('general', 'notice', 'all zones loaded'), ('general', 'notice', 'running')]:
            out.append((tt, L(tt, cat, sev, m)))
            tt += r.randint(0, 120)
        return out

    def seq_stop(self, t):
        L = self.L
        return [(t, L(t, 'general', 'info', "received control channel command 'stop'")), (t + 2, L(t + 2, 'general', 'info', 'shutting down: flushing changes')),
                (t + 3, L(t + 3, 'general', 'notice', 'stopping command channel on 127.0.0.1#953')), (t + 5, L(t + 5, 'network', 'info', 'no longer listening on %s#53' % self.srv)),
                (t + 30, L(t + 30, 'general', 'notice', 'exiting'))]


# =========================================================================== fail2ban

class Fail2ban(LogFile):
    KIND = 'fail2ban'
    NAME = 'fail2ban.log'
    SUPPORTS = ('traffic_flood', 'error_burst', 'new_error', 'silence')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (3, 40, 0.5)
    REQ = True

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self._t = _cache_ts(lambda s: '%04d-%02d-%02d %02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6])
        self.ep_init(pid=r.randint(500, 3000))
        self.ver = {2019: '0.10.2', 2020: '0.11.1', 2021: '0.11.2', 2022: '0.11.2', 2023: '1.0.2', 2024: '1.0.2', 2025: '1.1.0', 2026: '1.1.0'}[sc.year]
        self.jails = ['sshd', 'nginx-botsearch', 'postfix-sasl'][:r.randint(1, 3)]
        self.attackers = [public_ip(r) for _ in range(400)]
        self.acw = [1.0 / (i + 1) ** 1.1 for i in range(400)]
        self.banned = {}
        self.req_rate = self.lpm * 0.8

    def L(self, t, name, lvl, msg):
        return '%s,%03d %-24s[%d]: %-7s %s' % (self._t(t), t % 1000, name, self.ep('pid', t), lvl, msg)

    def found(self, t, ip, jail='sshd'):
        return self.L(t, 'fail2ban.filter', 'INFO', '[%s] Found %s - %s' % (jail, ip, self._t(t - self.r.randint(0, 900))))

    def background(self):
        r = self.r
        ev = []
        cnt = {}
        for t in self.times(self.req_rate):
            ip = r.choices(self.attackers, weights=self.acw)[0]
            j = r.choice(self.jails)
            ev.append((t, self.found(t, ip, j)))
            c = cnt.get(ip, 0) + 1
            cnt[ip] = c
            if c % 5 == 0:
                if ip in self.banned and self.banned[ip] > t:
                    ev.append((t + 2, self.L(t + 2, 'fail2ban.actions', 'NOTICE', '[%s] %s already banned' % (j, ip))))
                else:
                    ev.append((t + 2, self.L(t + 2, 'fail2ban.actions', 'NOTICE', '[%s] Ban %s' % (j, ip))))
                    self.banned[ip] = t + 600000
                    ev.append((t + 600003, self.L(t + 600003, 'fail2ban.actions', 'NOTICE', '[%s] Unban %s' % (j, ip))))
        for t in self.times(r.uniform(0.01, 0.05), curve=False):
            ev.append((t, self.L(t, 'fail2ban.ipdns', 'WARNING', 'Unable to find a corresponding IP address for %s: [Errno -2] Name or service not known' % r.choice(['mail.' + self.co.domain, 'backup-host', 'vpn-gw']))))
        for t in self.times(r.uniform(0.05, 0.12), curve=False):
            ev.append((t, self.L(t, 'fail2ban.filter', 'WARNING', '[sshd] Simulate NOW in operation since found time has too large deviation %s ~ %s +/- 60' % (int(t / 1000) - 7200, int(t / 1000)))))
        for t in self.times(r.uniform(0.02, 0.1), curve=False):
            ev.extend(self.ban_fail(t, r))
        return [e for e in ev if e[0] < self.fe]

    def ban_fail(self, t, r, ip=None):
        ip = ip or r.choice(self.attackers)
        h = '%x' % (0x7f0000000000 + r.getrandbits(36))
        L = self.L
        return [(t, L(t, 'fail2ban.utils', 'ERROR', '%s -- exec: iptables -w -I f2b-sshd 1 -s %s -j REJECT --reject-with icmp-port-unreachable' % (h, ip))),
                (t, L(t, 'fail2ban.utils', 'ERROR', "%s -- stderr: 'iptables: No chain/target/match by that name.'" % h)),
                (t, L(t, 'fail2ban.utils', 'ERROR', '%s -- returned 1' % h)),
                (t + 1, L(t + 1, 'fail2ban.actions', 'ERROR', "Failed to execute ban jail 'sshd' action 'iptables-multiport' info 'ActionInfo({'ip': '%s', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x%s>, 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x%s>})': Error banning %s" % (ip, hexs(r, 12), hexs(r, 12), ip)))]

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.found(t, self.attackers[0]))]

    def flood_events(self, s, e, k):
        r = self.r_flood
        ips = [public_ip(r) for _ in range(r.randint(1, 4))]
        ev = []
        for t in self.times((k - 1.0) * self.req_rate, s, e, r=r):
            ev.append((t, self.found(t, r.choice(ips), 'sshd')))
        hits = {}
        for t, txt in list(ev):
            ip = txt.split('Found ')[1].split(' ')[0]
            hits[ip] = hits.get(ip, 0) + 1
            if hits[ip] == 5:
                ev.append((t + 2, self.L(t + 2, 'fail2ban.actions', 'NOTICE', '[sshd] Ban %s' % ip)))
            elif hits[ip] > 5 and hits[ip] % 5 == 0:
                ev.append((t + 2, self.L(t + 2, 'fail2ban.actions', 'NOTICE', '[sshd] %s already banned' % ip)))
        ev = [x for x in ev if x[0] < e]
        return ev, 'ssh brute force from %s' % ', '.join(ips)

    def st_error(self):
        return {'desc': '"Failed to execute ban jail ... Error banning" action errors (iptables chain missing)'}

    def rec_error(self, t, i, st):
        return self.ban_fail(t, st['r'])

    def st_newerr(self):
        return {'desc': '"Unable to read log file ... Permission denied" errors (new)'}

    def rec_newerr(self, t, i, st):
        return self.L(t, 'fail2ban.filterpoll' if False else 'fail2ban.filter', 'ERROR', "Unable to open %s" % '/var/log/nginx/access.log') + '\n' + \
            self.L(t, 'fail2ban.filter', 'ERROR', "Error in FilterPyinotify callback: 'module' object has no attribute '_FilterPyinotify__process_default'" if False else "[Errno 13] Permission denied: '/var/log/nginx/access.log'")

    def seq_start(self, t):
        r = self.r
        self.ep_set(t, pid=r.randint(500, 60000))
        L = self.L
        out = []
        tt = t
        msgs = [('fail2ban.server', 'INFO', '--------------------------------------------------'), ('fail2ban.server', 'INFO', 'Starting Fail2ban v%s' % self.ver),
                ('fail2ban.observer', 'INFO', 'Observer start...'), ('fail2ban.database', 'INFO', "Connected to fail2ban persistent database '/var/lib/fail2ban/fail2ban.sqlite3'")]
        for j in self.jails:
            msgs += [('fail2ban.jail', 'INFO', "Creating new jail '%s'" % j), ('fail2ban.jail', 'INFO', "Jail '%s' uses systemd {}" % j if j == 'sshd' else "Jail '%s' uses pyinotify {}" % j),
                     ('fail2ban.jail', 'INFO', "Initiated 'systemd' backend" if j == 'sshd' else "Initiated 'pyinotify' backend"),
                     ('fail2ban.filter', 'INFO', 'maxLines: 1'), ('fail2ban.filter', 'INFO', 'maxRetry: 5'), ('fail2ban.filter', 'INFO', 'findtime: 600'),
                     ('fail2ban.actions', 'INFO', 'banTime: 600'), ('fail2ban.filter', 'INFO', 'encoding: UTF-8')]
        for j in self.jails:
            msgs.append(('fail2ban.jail', 'INFO', "Jail '%s' started" % j))
        for n, l, m in msgs:
            out.append((tt, L(tt, n, l, m)))
            tt += r.randint(0, 40)
        return out

    def seq_stop(self, t):
        L = self.L
        out = [(t, L(t, 'fail2ban.server', 'INFO', 'Shutdown in progress...')), (t + 1, L(t + 1, 'fail2ban.observer', 'INFO', 'Observer stop ... try to end queue 5 seconds')),
               (t + 20, L(t + 20, 'fail2ban.observer', 'INFO', 'Observer stopped, 0 events remaining.')), (t + 60, L(t + 60, 'fail2ban.server', 'INFO', 'Stopping all jails'))]
        tt = t + 80
        for j in self.jails:
            out.append((tt, L(tt, 'fail2ban.jail', 'INFO', "Jail '%s' stopped" % j)))
            tt += 30
        out += [(tt, L(tt, 'fail2ban.database', 'INFO', 'Connection to database closed.')), (tt + 2, L(tt + 2, 'fail2ban.server', 'INFO', 'Exiting Fail2ban'))]
        return out


# =========================================================================== Asterisk full log

class Asterisk(LogFile):
    KIND = 'asterisk_full'
    NAME = 'full'
    SUPPORTS = ('retry_storm', 'error_burst', 'new_error', 'silence')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (8, 150, 1.2)

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self.iso = r.random() < 0.4
        if self.iso:
            self._t = _cache_ts(lambda s: '%04d-%02d-%02d %02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6])
        else:
            self._t = _cache_ts(lambda s: (lambda g: '%s %2d %02d:%02d:%02d' % (MON[g[1] - 1], g[2], g[3], g[4], g[5]))(time.gmtime(s + off // 1000)))
        self.ms = self.iso and r.random() < 0.5
        self.ENC = 'latin-1' if r.random() < 0.5 else 'utf-8'
        self.ver = {2019: '16.6.2', 2020: '16.15.0', 2021: '18.6.0', 2022: '18.15.1', 2023: '20.5.0', 2024: '20.8.1', 2025: '22.2.0', 2026: '22.5.1'}[sc.year]
        self.ep_init(tpid=r.randint(1000, 4000))
        self.cid = r.randint(0x100, 0x4000)
        self.chan = r.randint(0x100, 0x9000)
        self.exts = list(range(100, 100 + r.randint(20, 80)))
        self.names = ['Jos\xe9 Garc\xeda', 'Fran\xe7ois L\xe9vesque', 'J\xfcrgen M\xfcller', 'Ana Concei\xe7\xe3o', 'Bj\xf6rn \xc5str\xf6m', 'Zo\xeb Brontë', 'Chlo\xe9 Dubois', 'S\xf8ren Kierk', 'Mar\xeda Pe\xf1a', 'Andr\xe9 Santos', 'Ir\xe8ne Roux', 'Ren\xe9 Jansen']
        self.trunk = r.choice(['sip.voipline.net', 'trunk.%s-telecom.com' % r.choice(['north', 'euro', 'sip']), 'sbc.carrier-one.net'])
        self.phones = {e: self.co.ip(r) for e in self.exts}
        self.queue = r.choice(['support', 'sales', 'dispatch', 'helpdesk'])

    def L(self, t, lvl, tid, callid, src, msg):
        ts = self._t(t) + ('.%03d' % (t % 1000) if self.ms else '')
        cid = '[C-%08x]' % callid if callid is not None else ''
        return '[%s] %s[%d]%s %s: %s' % (ts, lvl, tid, cid, src, msg)

    def call(self, t, r):
        self.cid += 1
        c = self.cid
        tid = self.ep('tpid', t) + r.randint(100, 9000)
        a, b = r.sample(self.exts, 2)
        self.chan += 2
        ca = 'PJSIP/%d-%08x' % (a, self.chan)
        cb = 'PJSIP/%d-%08x' % (b, self.chan + 1)
        nm = r.choice(self.names)
        V = lambda tt, src, m: (tt, self.L(tt, 'VERBOSE', tid, c, src, m))
        out = [V(t, 'pbx.c', 'Executing [%d@from-internal:1] Set("%s", "CALLERID(name)=%s") in new stack' % (b, ca, nm)),
               V(t + 2, 'pbx.c', 'Executing [%d@from-internal:2] Dial("%s", "PJSIP/%d,30,tT") in new stack' % (b, ca, b)),
               V(t + 5, 'app_dial.c', 'Called PJSIP/%d' % b),
               V(t + 40, 'app_dial.c', 'PJSIP/%d-%08x is ringing' % (b, self.chan + 1))]
        ans = r.random() < 0.7
        if ans:
            ta = t + r.randint(2000, 15000)
            dur = int(r.lognormvariate(11.5, 0.9))
            out += [V(ta, 'app_dial.c', '%s answered %s' % (cb, ca)),
                    (ta + 5, self.L(ta + 5, 'VERBOSE', tid + 3, c, 'bridge_channel.c', 'Channel %s joined \'simple_bridge\' basic-bridge <%s>' % (cb, uuid4(r)))),
                    (ta + 6, self.L(ta + 6, 'VERBOSE', tid + 3, c, 'bridge_channel.c', 'Channel %s joined \'simple_bridge\' basic-bridge <%s>' % (ca, uuid4(r)))),
                    (ta + dur, self.L(ta + dur, 'VERBOSE', tid + 3, c, 'bridge_channel.c', 'Channel %s left \'simple_bridge\' basic-bridge <%s>' % (cb, uuid4(r)))),
                    V(ta + dur + 2, 'pbx.c', 'Spawn extension (from-internal, %d, 2) exited non-zero on \'%s\'' % (b, ca))]
        else:
            tn = t + 30000
            out += [V(tn, 'app_dial.c', 'Nobody picked up in 30000 ms'),
                    V(tn + 2, 'pbx.c', 'Executing [%d@from-internal:3] VoiceMail("%s", "%d@default,u") in new stack' % (b, ca, b)),
                    V(tn + 900, 'app_voicemail.c', 'Playing \'vm-intro\' (language \'en\')'),
                    V(tn + r.randint(4000, 40000), 'pbx.c', 'Spawn extension (from-internal, %d, 3) exited non-zero on \'%s\'' % (b, ca))]
        return out

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        for t in self.times(lp * 0.06):
            ev.extend(self.call(t, r))
        for t in self.times(lp * 0.1, curve=False):
            ip = public_ip(r)
            u = r.choice(['100', '1000', '1001', 'admin', '101', '2000', 'test'])
            tid = self.ep('tpid', t) + r.randint(0, 50)
            cid = r.randint(10 ** 8, 10 ** 10)
            ev.append((t, self.L(t, 'NOTICE', tid, None, 'res_pjsip/pjsip_distributor.c', "Request 'REGISTER' from '<sip:%s@%s>' failed for '%s:%d' (callid: %d) - No matching endpoint found" % (u, self.phones[self.exts[0]], ip, r.randint(5060, 65000), cid))))
            g = time.gmtime((t + self.sc.off_ms) // 1000)
            ev.append((t, self.L(t, 'SECURITY', tid, None, 'res_security_log.c', 'SecurityEvent="InvalidAccountID",EventTV="%04d-%02d-%02dT%02d:%02d:%02d.%06d%s",Severity="Error",Service="PJSIP",EventVersion="1",AccountID="%s",SessionID="%d",LocalAddress="IPV4/UDP/%s/5060",RemoteAddress="IPV4/UDP/%s/%d"' % (
                g[0], g[1], g[2], g[3], g[4], g[5], (t % 1000) * 1000, off_str(self.sc.off_min, colon=False), u, cid, self.phones[self.exts[0]], ip, r.randint(5060, 65000)))))
        for t in self.periodic(r.choice((60, 120)) * SEC, jitter=5000):
            e = r.choice(self.exts)
            ev.append((t, self.L(t, 'VERBOSE', self.ep('tpid', t) + 7, None, 'res_pjsip/pjsip_options.c', 'Contact %d/sip:%d@%s:5060;ob is now Reachable.  RTT: %.3f msec' % (e, e, self.phones[e], r.uniform(1, 40)))))
        for t in self.periodic(HOUR, jitter=10000):
            ev.append((t, self.L(t, 'VERBOSE', self.ep('tpid', t) + 2, None, 'cdr.c', 'CDR Engine: batch mode, %d records submitted' % r.randint(10, 900)) if False else
                       self.L(t, 'VERBOSE', self.ep('tpid', t) + 2, None, 'logger.c', 'Asterisk Queue Logger restarted')))
        for t in self.times(r.uniform(0.01, 0.04), curve=False):
            ev.append((t, self.L(t, 'WARNING', self.ep('tpid', t) + 11, None, 'res_pjsip_outbound_registration.c', "No response received from 'sip:%s' on registration attempt to 'sip:%d@%s', retrying in '60'" % (self.trunk, r.randint(10 ** 5, 10 ** 6), self.trunk))))
        for t in self.times(r.uniform(0.05, 0.15), curve=False):
            ev.append((t, self.L(t, 'WARNING', self.ep('tpid', t) + r.randint(100, 900), self.cid, 'res_rtp_asterisk.c', 'RTP Read too short') if r.random() < 0.4 else
                       self.L(t, 'ERROR', self.ep('tpid', t) + r.randint(100, 900), self.cid, 'res_pjsip_session.c', 'Session timer expired on channel PJSIP/%d-%08x, hanging up' % (r.choice(self.exts), self.chan))))
        return ev

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        e = self.exts[0]
        return [(t, self.L(t, 'VERBOSE', self.ep('tpid', t) + 7, None, 'res_pjsip/pjsip_options.c', 'Contact %d/sip:%d@%s:5060;ob is now Reachable.  RTT: %.3f msec' % (e, e, self.phones[e], 3.2)))]

    def st_error(self):
        return {'desc': 'ERROR res_rtp_asterisk "RTP Transmission error ... Network is unreachable" records'}

    def rec_error(self, t, i, st):
        r = st['r']
        e = r.choice(self.exts)
        return self.L(t, 'ERROR', self.ep('tpid', t) + r.randint(100, 900), self.cid - r.randint(0, 5), 'res_rtp_asterisk.c', 'RTP Transmission error of packet %d to %s:%d: Network is unreachable' % (r.randint(1, 9000), self.phones[e], r.randrange(10000, 20000, 2)))

    def st_retry(self):
        return {'desc': 'outbound registration "No response received ... retrying in \'5\'" warnings against %s' % self.trunk, 'accts': [self.r.randint(10 ** 5, 10 ** 6) for _ in range(self.r.randint(8, 30))]}

    def rec_retry(self, t, i, st):
        r = st['r']
        return self.L(t, 'WARNING', self.ep('tpid', t) + 11, None, 'res_pjsip_outbound_registration.c', "No response received from 'sip:%s' on registration attempt to 'sip:%d@%s', retrying in '5'" % (self.trunk, r.choice(st['accts']), self.trunk))

    def st_newerr(self):
        return {'desc': 'res_odbc "Failed to connect to the database" errors (new)'}

    def rec_newerr(self, t, i, st):
        return self.L(t, 'WARNING', self.ep('tpid', t) + 20, None, 'res_odbc.c', "res_odbc: Error SQLConnect=-1 errno=2003 [unixODBC][MySQL][ODBC 8.0(w) Driver]Can't connect to MySQL server on 'cdr-db.%s.internal:3306' (111)" % self.co.short)

    def seq_start(self, t):
        r = self.r
        self.ep_set(t, tpid=r.randint(1000, 60000))
        L = self.L
        out = [(t, L(t, 'VERBOSE', self.ep('tpid', t), None, 'asterisk.c', 'Asterisk %s, Copyright (C) 1999 - 2022, Sangoma Technologies Corporation and others.' % self.ver)),
               (t, L(t, 'VERBOSE', self.ep('tpid', t), None, 'asterisk.c', 'Created by Mark Spencer <markster@digium.com>')),
               (t, L(t, 'VERBOSE', self.ep('tpid', t), None, 'asterisk.c', 'Asterisk comes with ABSOLUTELY NO WARRANTY; type \'core show warranty\' for details.')),
               (t + 300, L(t + 300, 'VERBOSE', self.ep('tpid', t), None, 'loader.c', 'Loading modules...')),
               (t + 2500, L(t + 2500, 'VERBOSE', self.ep('tpid', t), None, 'res_pjsip/pjsip_transport_management.c', 'Transport transport-udp registered')),
               (t + 4200, L(t + 4200, 'VERBOSE', self.ep('tpid', t), None, 'asterisk.c', 'Asterisk Ready.'))]
        return out

    def seq_stop(self, t):
        L = self.L
        return [(t, L(t, 'VERBOSE', self.ep('tpid', t) + 1, None, 'asterisk.c', 'Executing last minute cleanups')),
                (t + 300, L(t + 300, 'VERBOSE', self.ep('tpid', t) + 1, None, 'asterisk.c', 'Asterisk cleanly ending (0).'))]
