"""blind9 log formats: each class writes lines the way the real software does."""
import datetime as dt
UTC = dt.timezone.utc
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def hx(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def ip(r, pre='10.0.'):
    return '%s%d.%d' % (pre, r.randint(0, 9), r.randint(2, 254))


def ms3(t):
    return '%03d' % (t.microsecond // 1000)


def lognorm(r, med, sig=0.45):
    return med * pow(2.718281828, r.gauss(0, sig))


class Fmt:
    caps = set()
    res = 0.001
    enc = 'utf-8'
    crlf = False
    noise = 1.0
    base5xx = 0.0
    has_warn = has_error = has_retry_ok = has_restart = True
    hb_every = 0
    zoned = True
    weight = 1.0
    newerrs = []

    def __init__(s, r, tz, year):
        s.tz, s.year = tz, year
        s.setup(r)

    def setup(s, r):
        pass

    def L(s, t):
        return t.astimezone(s.tz)

    def preamble(s, t):
        return []

    def hb(s, r, t):
        return s.periodic(r, t)

    def stop(s, r, t):
        return []

    def banner(s, r, t):
        return []

    def retry_ok(s, r, t):
        return []

    def newerr(s, r, t, i):
        return [s.line(t, s.newerrs[i] % {'n': r.randint(1, 9999), 'h': hx(r, 8)})]


# ---------------------------------------------------------------- auditd
class Audit(Fmt):
    name = 'auditd'
    caps = {'error_burst', 'new_error', 'silence', 'traffic_flood'}
    has_retry_ok = False
    CMDS = [('curl', '/usr/bin/curl', ['curl', '-s', 'http://127.0.0.1:8080/health']),
            ('bash', '/usr/bin/bash', ['/bin/bash', '-c', 'logrotate /etc/logrotate.conf']),
            ('python3', '/usr/bin/python3.9', ['python3', '/opt/app/bin/worker.py', '--once']),
            ('ps', '/usr/bin/ps', ['ps', '-eo', 'pid,rss,comm']),
            ('systemctl', '/usr/bin/systemctl', ['systemctl', 'is-active', 'nginx']),
            ('sshd', '/usr/sbin/sshd', ['sshd:', 'deploy', '[priv]']),
            ('rsync', '/usr/bin/rsync', ['rsync', '-a', '/srv/data/', 'backup01:/srv/data/'])]
    newerrs = []

    def setup(s, r):
        s.ser = r.randint(20000, 900000)
        s.enr = s.year >= 2020 and r.random() < 0.6
        s.kern = r.choice(['5.14.0-362.8.1.el9_3.x86_64', '4.18.0-477.13.1.el8_8.x86_64',
                           '3.10.0-1160.el7.x86_64'])
        s.ver = r.choice(['3.0.7', '3.1.2', '2.8.5'])

    def h(s, t, typ):
        e = t - dt.datetime(1970, 1, 1, tzinfo=UTC)
        return 'type=%s msg=audit(%d.%03d:%d): ' % (typ, e.days * 86400 + e.seconds,
                                                   e.microseconds // 1000, s.ser)

    def enr_(s, txt):
        return ('\x1d' + txt) if s.enr else ''

    def exec_ev(s, r, t):
        s.ser += 1
        comm, exe, argv = r.choice(s.CMDS)
        pid = r.randint(1000, 99999)
        L = [s.h(t, 'SYSCALL') + 'arch=c000003e syscall=59 success=yes exit=0 a0=%s a1=%s a2=%s a3=0 items=2 '
             'ppid=%d pid=%d auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) '
             'ses=%d comm="%s" exe="%s" subj=system_u:system_r:unconfined_service_t:s0 key="exec"'
             % (hx(r, 12), hx(r, 12), hx(r, 12), pid - r.randint(1, 50), pid, r.randint(1, 40), comm, exe)
             + s.enr_('ARCH=x86_64 SYSCALL=execve AUID="deploy" UID="root" GID="root" EUID="root" '
                      'SUID="root" FSUID="root" EGID="root" SGID="root" FSGID="root"'),
             s.h(t, 'EXECVE') + 'argc=%d ' % len(argv) + ' '.join('a%d="%s"' % (i, a) for i, a in enumerate(argv)),
             s.h(t, 'CWD') + 'cwd="/"',
             s.h(t, 'PATH') + 'item=0 name="%s" inode=%d dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 '
             'obj=system_u:object_r:bin_t:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0'
             % (exe, r.randint(100000, 9999999)) + s.enr_('OUID="root" OGID="root"'),
             s.h(t, 'PROCTITLE') + 'proctitle=' + '00'.join(a.encode().hex().upper() for a in argv)]
        return L

    def normal(s, r, t, S, flood=False):
        x = r.random()
        if flood or x < 0.55:
            return s.exec_ev(r, t)
        s.ser += 1
        if x < 0.8:
            typ = r.choice(['USER_ACCT', 'CRED_ACQ', 'USER_START', 'CRED_DISP', 'USER_END'])
            return [s.h(t, typ) + "pid=%d uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:crond_t:s0-s0:c0.c1023 "
                    "msg='op=PAM:%s grantors=pam_access,pam_unix,pam_localuser acct=\"root\" exe=\"/usr/sbin/crond\" "
                    "hostname=? addr=? terminal=cron res=success'" % (r.randint(1000, 99999),
                    {'USER_ACCT': 'accounting', 'CRED_ACQ': 'setcred', 'USER_START': 'session_open',
                     'CRED_DISP': 'setcred', 'USER_END': 'session_close'}[typ])
                    + s.enr_('UID="root" AUID="unset"')]
        if x < 0.9:
            return [s.h(t, 'BPF') + 'prog-id=%d op=%s' % (r.randint(20, 900), r.choice(['LOAD', 'UNLOAD']))]
        u = r.choice(['sysstat-collect', 'dnf-makecache', 'logrotate', 'fstrim', 'man-db-cache-update'])
        return [s.h(t, r.choice(['SERVICE_START', 'SERVICE_STOP'])) + "pid=1 uid=0 auid=4294967295 ses=4294967295 "
                "subj=system_u:system_r:init_t:s0 msg='unit=%s comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" "
                "hostname=? addr=? terminal=? res=success'" % u + s.enr_('UID="root" AUID="unset"')]

    def warn(s, r, t):
        s.ser += 1
        return [s.h(t, 'NETFILTER_CFG') + 'table=filter family=2 entries=%d op=xt_replace pid=%d '
                'subj=system_u:system_r:iptables_t:s0 comm="iptables-restor"' % (r.randint(20, 200), r.randint(900, 9000))]

    AVC = [('read', 'httpd', 'name="index.html" dev="dm-0" ino=%d', 'httpd_t', 'user_home_t', 'file'),
           ('getattr', 'sshd', 'path="/home/deploy/.ssh/authorized_keys" dev="dm-2" ino=%d', 'sshd_t', 'default_t', 'file'),
           ('write', 'logrotate', 'name="app" dev="dm-0" ino=%d', 'logrotate_t', 'var_t', 'dir')]

    def avc(s, r, t, a, success='no', exitc=-13):
        s.ser += 1
        perm, comm, obj, sc, tc, cls = a
        pid = r.randint(1000, 99999)
        return [s.h(t, 'AVC') + 'avc:  denied  { %s } for  pid=%d comm="%s" %s scontext=system_u:system_r:%s:s0 '
                'tcontext=unconfined_u:object_r:%s:s0 tclass=%s permissive=0' % (perm, pid, comm, obj % r.randint(1000, 999999), sc, tc, cls),
                s.h(t, 'SYSCALL') + 'arch=c000003e syscall=257 success=%s exit=%d a0=ffffff9c a1=%s a2=80000 a3=0 items=1 '
                'ppid=1 pid=%d auid=4294967295 uid=48 gid=48 euid=48 suid=48 fsuid=48 egid=48 sgid=48 fsgid=48 tty=(none) '
                'ses=4294967295 comm="%s" exe="/usr/sbin/%s" subj=system_u:system_r:%s:s0 key=(null)' % (success, exitc, hx(r, 12), pid, comm, comm, sc)]

    def error(s, r, t):
        if r.random() < 0.5:
            s.ser += 1
            return [s.h(t, 'USER_LOGIN') + "pid=%d uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 "
                    "msg='op=login acct=\"(unknown)\" exe=\"/usr/sbin/sshd\" hostname=? addr=%s terminal=ssh res=failed'"
                    % (r.randint(1000, 99999), ip(r, '185.220.'))]
        return s.avc(r, t, s.AVC[r.randrange(3)])

    def newerr(s, r, t, i):
        a = [('execmem', 'php-fpm', 'scontext_proc=%d', 'httpd_t', 'httpd_t', 'process'),
             ('name_connect', 'nginx', 'dest=6379 src=%d', 'httpd_t', 'redis_port_t', 'tcp_socket'),
             ('module_request', 'mount.nfs', 'kmod="fs-nfs4" x=%d', 'mount_t', 'kernel_t', 'system')][i]
        return s.avc(r, t, a)

    def periodic(s, r, t):
        s.ser += 1
        return [s.h(t, 'CRED_REFR') + "pid=%d uid=0 auid=0 ses=%d subj=system_u:system_r:crond_t:s0-s0:c0.c1023 "
                "msg='op=PAM:setcred grantors=pam_env,pam_unix acct=\"root\" exe=\"/usr/sbin/crond\" hostname=? addr=? "
                "terminal=cron res=success'" % (r.randint(1000, 99999), r.randint(1, 900))]

    def stop(s, r, t):
        s.ser += 1
        return [s.h(t, 'DAEMON_END') + 'op=terminate auid=0 uid=0 ses=4294967295 subj=system_u:system_r:init_t:s0 '
                'pid=1 res=success']

    def banner(s, r, t):
        s.ser += 1
        return [s.h(t, 'DAEMON_START') + 'op=start ver=%s format=%s kernel=%s auid=4294967295 pid=%d uid=0 '
                'ses=4294967295 subj=system_u:system_r:auditd_t:s0 res=success' % (s.ver, 'enriched' if s.enr else 'raw',
                                                                               s.kern, r.randint(600, 2000))]


# ---------------------------------------------------------------- slurmctld
class Slurm(Fmt):
    name = 'slurmctld'
    caps = {'error_burst', 'new_error', 'silence', 'disk_full', 'latency_shift', 'traffic_flood', 'retry_storm'}
    zoned = False
    newerrs = ['error: _pick_best_nodes: JobId=%(n)d never runnable in partition gpu',
               'error: select/cons_tres: _job_test: JobId=%(n)d gres_per_node mismatch for node gpu%(n)d',
               'error: acct_policy_validate: GrpTRESMins exceeded for assoc %(n)d (chem-lab)']

    def setup(s, r):
        s.msres = s.year >= 2020 or r.random() < 0.5
        s.res = 0.001 if s.msres else 1
        s.job = r.randint(100000, 9000000)
        s.ver = {2019: '19.05.5', 2020: '20.02.7', 2021: '20.11.9', 2022: '21.08.8', 2023: '22.05.9',
                 2024: '23.02.7', 2025: '23.11.10', 2026: '24.05.4'}[s.year]
        s.cluster = r.choice(['hpc', 'cluster', 'orion', 'atlas'])
        s.usec = r.uniform(300, 1600)

    def line(s, t, msg):
        lt = s.L(t)
        return '[%s%s] %s' % (lt.strftime('%Y-%m-%dT%H:%M:%S'), ('.' + ms3(lt)) if s.msres else '', msg)

    def nodes(s, r):
        a = r.randint(1, 120)
        return 'node[%03d-%03d]' % (a, a + r.randint(1, 7)) if r.random() < 0.5 else 'node%03d' % a

    def normal(s, r, t, S, flood=False):
        x = r.random()
        if flood or x < 0.3:
            s.job += 1
            return [s.line(t, '_slurm_rpc_submit_batch_job: JobId=%d InitPrio=%d usec=%d'
                           % (s.job, r.randint(4294000000, 4294901760), int(lognorm(r, s.usec) * S['lat'])))]
        j = s.job - r.randint(0, 400)
        if x < 0.55:
            return [s.line(t, 'sched: Allocate JobId=%d NodeList=%s #CPUs=%d Partition=%s'
                           % (j, s.nodes(r), r.choice([1, 4, 16, 32, 64, 128]), r.choice(['batch', 'short', 'gpu', 'long'])))]
        if x < 0.8:
            return [s.line(t, '_job_complete: JobId=%d WEXITSTATUS %d' % (j, r.choice([0, 0, 0, 0, 1, 2]))),
                    s.line(t, '_job_complete: JobId=%d done' % j)]
        if x < 0.9:
            return [s.line(t, 'sched/backfill: _start_job: Started JobId=%d in %s on %s'
                           % (j, r.choice(['batch', 'short']), s.nodes(r)))]
        return [s.line(t, '_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId=%d uid %d' % (j, r.randint(1000, 5000)))]

    def warn(s, r, t):
        if r.random() < 0.5:
            lt = s.L(t)
            return [s.line(t, 'Warning: Note very large processing time from _slurm_rpc_dump_jobs: usec=%d began=%s.%s'
                           % (r.randint(1000000, 4000000), lt.strftime('%H:%M:%S'), ms3(lt)))]
        return [s.line(t, 'job_time_limit: Configured MaxTime of %d for JobId=%d exceeded' % (r.choice([60, 240, 1440]), s.job - r.randint(10, 900)))]

    def error(s, r, t):
        return [s.line(t, r.choice(['error: Nodes node%03d not responding' % r.randint(1, 120),
                                    'error: slurm_receive_msg [%s:%d]: Zero Bytes were transmitted or received' % (ip(r), r.randint(30000, 60000)),
                                    'error: _slurm_rpc_complete_batch_script JobId=%d: Job/step already completing or completed' % (s.job - r.randint(1, 99))]))]

    def retry(s, r, t):
        return [s.line(t, r.choice(['error: slurm_persist_conn_open_without_init: failed to open persistent connection to host:slurmdbd01:6819: Connection refused',
                                    'error: Sending PersistInit msg: Connection refused']))]

    def retry_ok(s, r, t):
        return [s.line(t, 'error: slurm_persist_conn_open_without_init: failed to open persistent connection to host:slurmdbd01:6819: Connection refused'),
                s.line(t, 'accounting_storage/slurmdbd: clusteracct_storage_p_register_ctld: Registering slurmctld at port 6817 with slurmdbd')]

    def disk(s, r, t):
        return [s.line(t, r.choice(['error: Error writing file /var/spool/slurmctld/job_state.new, No space left on device',
                                    "error: Can't save state, error creating file /var/spool/slurmctld/node_state.new No space left on device"]))]

    def periodic(s, r, t):
        return [s.line(t, 'SchedulerParameters=default_queue_depth=100,max_rpc_cnt=0,max_sched_time=2,partition_job_depth=0,sched_max_job_start=0,sched_min_interval=2')]

    def stop(s, r, t):
        return [s.line(t, 'Terminate signal (SIGINT or SIGTERM) received'), s.line(t, 'Saving all slurm state')]

    def banner(s, r, t):
        return [s.line(t, 'slurmctld version %s started on cluster %s' % (s.ver, s.cluster)),
                s.line(t, 'Recovered state of %d nodes' % r.randint(40, 128)),
                s.line(t, 'Recovered information about %d jobs' % r.randint(10, 400)),
                s.line(t, 'Running as primary controller')]


# ---------------------------------------------------------------- ceph-osd
class Ceph(Fmt):
    name = 'ceph-osd'
    caps = {'panic', 'disk_full', 'error_burst', 'retry_storm', 'silence', 'new_error'}
    newerrs = ['-1 bluestore(/var/lib/ceph/osd/ceph-%(osd)d) _verify_csum bad crc32c/0x1000 checksum at blob offset 0x0, got 0x%(h)s, expected 0x6706be76, device location [0x%(h)s~1000], logical extent 0x0~1000, object #2:%(h)s:::rbd_data.%(h)s:head#',
               '-1 osd.%(osd)d %(n)d build_incremental_map_msg missing incremental map %(n)d',
               '-1 osd.%(osd)d %(n)d handle_osd_map injecting map crc failure']

    def setup(s, r):
        s.new = s.year >= 2021
        s.osd = r.randint(0, 47)
        s.ep = r.randint(2000, 90000)
        s.thr = ['7f' + hx(r, 10) for _ in range(6)]
        v = {2019: ('14.2.4', 'nautilus'), 2020: ('15.2.5', 'octopus'), 2021: ('16.2.6', 'pacific'),
             2022: ('16.2.10', 'pacific'), 2023: ('17.2.6', 'quincy'), 2024: ('18.2.1', 'reef'),
             2025: ('18.2.4', 'reef'), 2026: ('19.2.1', 'squid')}[s.year]
        s.ver = 'ceph version %s (%s) %s (stable)' % (v[0], hx(r, 40), v[1])
        s.zoned = s.new
        s.pid = r.randint(1000, 9000)

    def ts(s, t):
        lt = s.L(t)
        if s.new:
            return lt.strftime('%Y-%m-%dT%H:%M:%S.') + ms3(lt) + lt.strftime('%z')
        return lt.strftime('%Y-%m-%d %H:%M:%S.') + ms3(lt)

    def line(s, t, msg, thr=None):
        return '%s %s %s' % (s.ts(t), thr or s.thr[hash_(msg) % 6], msg)

    def newerr(s, r, t, i):
        return [s.line(t, s.newerrs[i] % {'osd': s.osd, 'n': s.ep, 'h': hx(r, 8)})]

    def normal(s, r, t, S, flood=False):
        x = r.random()
        pg = '%d.%x' % (r.randint(1, 9), r.randint(0, 511))
        if x < 0.3:
            return [s.line(t, ' 5 prioritycache tune_memory target: 4294967296 mapped: %d unmapped: %d heap: %d old mem: 2845415832 new mem: 2845415832'
                           % (r.randint(3500000000, 3900000000), r.randint(100000, 900000), r.randint(3900000000, 4000000000)))]
        if x < 0.55:
            return [s.line(t, ' 5 bluestore.MempoolThread(0x55%s) _resize_shards cache_size: 2845415832 kv_alloc: 1207959552 kv_used: %d kv_onode_alloc: 234881024 kv_onode_used: %d meta_alloc: 1140850688 meta_used: %d data_alloc: 218103808 data_used: %d'
                           % (hx(r, 10), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 8), r.randint(10 ** 7, 10 ** 9), r.randint(10 ** 6, 10 ** 8)))]
        if x < 0.8:
            w = r.choice(['scrub', 'deep-scrub'])
            return [s.line(t, ' 0 log_channel(cluster) log [DBG] : %s %s %s' % (pg, w, r.choice(['starts', 'ok'])))]
        if x < 0.9:
            return [s.line(t, ' 4 rocksdb: [db/db_impl/db_impl_write.cc:1470] [default] New memtable created with log file: #%d. Immutable memtables: 0.' % r.randint(1000, 99999))]
        return [s.line(t, ' 4 rocksdb: [db/flush_job.cc:350] [default] [JOB %d] Flushing memtable with next log file: %d' % (r.randint(10, 9999), r.randint(1000, 99999)))]

    def warn(s, r, t):
        return [s.line(t, ' 0 log_channel(cluster) log [WRN] : slow request osd_op(client.%d.0:%d %d.%x %d:%s:::rbd_data.%s:head [write 0~4096] snapc 0=[] ondisk+write+known_if_redirected e%d) initiated %s currently waiting for sub ops'
                       % (r.randint(1000, 99999), r.randint(1, 99999), r.randint(1, 9), r.randint(0, 511), r.randint(1, 9), hx(r, 8), hx(r, 16), s.ep, s.ts(t - dt.timedelta(seconds=31))))]

    def error(s, r, t):
        peer = r.randint(0, 47)
        b = s.ts(t - dt.timedelta(seconds=r.randint(20, 25)))
        return [s.line(t, '-1 osd.%d %d heartbeat_check: no reply from %s:68%02d osd.%d since back %s front %s (oldest deadline %s)'
                       % (s.osd, s.ep, ip(r), r.randint(0, 99), peer, b, b, s.ts(t - dt.timedelta(seconds=1))))]

    def retry(s, r, t):
        return [s.line(t, r.choice([' 0 monclient(hunting): _reopen_session rank -1', ' 1 monclient: hunting for new mon',
                                    ' 0 monclient(hunting): authenticate timed out after 30']))]

    def retry_ok(s, r, t):
        return [s.line(t, ' 1 monclient: hunting for new mon'), s.line(t, ' 1 monclient: found mon.%s' % r.choice('abc'))]

    def disk(s, r, t):
        return [s.line(t, '-1 bluestore(/var/lib/ceph/osd/ceph-%d) _do_alloc_write failed to allocate 0x%x allocated 0x0 min_alloc_size 0x1000 available 0x0' % (s.osd, r.choice([0x10000, 0x400000, 0x80000]))),
                s.line(t, '-1 bluestore(/var/lib/ceph/osd/ceph-%d) _txc_add_transaction error (28) No space left on device not handled on operation 10 (op %d, counting from 0)' % (s.osd, r.randint(0, 3)))]

    def panic(s, r, t):
        th = s.thr[1]
        src = '/builddir/build/BUILD/ceph-%s/src/os/bluestore/BlueStore.cc' % s.ver.split()[2]
        return [s.line(t, "-1 %s: In function 'void BlueStore::_txc_add_transaction(BlueStore::TransContext*, ObjectStore::Transaction*)' thread %s time %s" % (src, th, s.ts(t)), th),
                '%s: 13389: FAILED ceph_assert(0 == "unexpected error")' % src,
                '', ' %s' % s.ver,
                ' 1: (ceph::__ceph_assert_fail(char const*, char const*, int, char const*)+0x135) [0x55%s]' % hx(r, 10),
                ' 2: /usr/bin/ceph-osd(+0x5d1e8c) [0x55%s]' % hx(r, 10),
                ' 3: (BlueStore::_txc_add_transaction(BlueStore::TransContext*, ObjectStore::Transaction*)+0x2a50) [0x55%s]' % hx(r, 10),
                ' 4: (BlueStore::queue_transactions(boost::intrusive_ptr<ObjectStore::CollectionImpl>&, std::vector<ObjectStore::Transaction>&)+0x316) [0x55%s]' % hx(r, 10),
                s.line(t, '-1 *** Caught signal (Aborted) **', th),
                ' in thread %s thread_name:tp_osd_tp' % th, '',
                ' %s' % s.ver,
                ' 1: /lib64/libpthread.so.0(+0x12cf0) [0x7f%s]' % hx(r, 10),
                ' 2: gsignal()', ' 3: abort()',
                ' NOTE: a copy of the executable, or `objdump -rdS <executable>` is needed to interpret this.']

    def banner(s, r, t):
        s.pid += r.randint(10, 900)
        s.thr = ['7f' + hx(r, 10) for _ in range(6)]
        return [s.line(t, ' 0 set uid:gid to 167:167 (ceph:ceph)', s.thr[0]),
                s.line(t, ' 0 %s, process ceph-osd, pid %d' % (s.ver, s.pid), s.thr[0]),
                s.line(t, ' 0 pidfile_write: ignore empty --pid-file', s.thr[0]),
                s.line(t, ' 1 bdev(0x55%s /var/lib/ceph/osd/ceph-%d/block) open path /var/lib/ceph/osd/ceph-%d/block' % (hx(r, 10), s.osd, s.osd), s.thr[0])]

    def stop(s, r, t):
        return [s.line(t, '-1 received  signal: Terminated from /usr/lib/systemd/systemd --switched-root --system --deserialize 17  (PID: 1) UID: 0'),
                s.line(t, '-1 osd.%d %d *** Got signal Terminated ***' % (s.osd, s.ep)),
                s.line(t, '-1 osd.%d %d *** Immediate shutdown (osd_fast_shutdown=true) ***' % (s.osd, s.ep))]

    def periodic(s, r, t):
        return [s.line(t, ' 4 rocksdb: [db/db_impl/db_impl.cc:1109] ------- DUMPING STATS -------')]


def hash_(x):
    h = 0
    for c in x[:24]:
        h = (h * 31 + ord(c)) & 0xffffff
    return h


# ---------------------------------------------------------------- MinIO audit log (JSON lines)
class Minio(Fmt):
    name = 'minio-audit'
    caps = {'http_5xx', 'latency_shift', 'traffic_flood', 'silence'}
    has_warn = has_error = has_retry_ok = has_restart = False
    base5xx = 0.002
    res = 0.001
    weight = 0.5

    def setup(s, r):
        s.dep = '%s-%s-%s-%s-%s' % (hx(r, 8), hx(r, 4), hx(r, 4), hx(r, 4), hx(r, 12))
        s.new = s.year >= 2023
        s.host = 'minio-%d.minio.svc:9000' % r.randint(0, 3)
        s.buckets = r.sample(['backups', 'loki-chunks', 'thanos', 'media', 'artifacts', 'velero', 'uploads'], 3)
        s.ua = r.choice(['MinIO (linux; amd64) minio-go/v7.0.63 mc/RELEASE.2023-10-24T21-42-22Z',
                         'aws-sdk-go/1.44.302 (go1.20.6; linux; amd64)', 'Boto3/1.28.57 md/Botocore#1.31.57 ua/2.0 os/linux#5.15.0'])

    def normal(s, r, t, S, flood=False):
        api, med = r.choice([('GetObject', 9e6), ('GetObject', 9e6), ('PutObject', 35e6), ('HeadObject', 2e6),
                             ('ListObjectsV2', 15e6), ('DeleteObject', 4e6)])
        if r.random() < S['p5xx']:
            code, st = r.choice([(503, 'Service Unavailable'), (500, 'Internal Server Error')])
        else:
            code, st = r.choice([(200, 'OK')] * 12 + [(404, 'Not Found'), (206, 'Partial Content')])
            if api == 'DeleteObject' and code == 200:
                code, st = 204, 'No Content'
        ttr = int(lognorm(r, med) * S['lat'])
        b = r.choice(s.buckets)
        obj = '%s/%s/%s.%s' % (r.choice(['db', 'logs', 'fake', 'chunks', 'img']), hx(r, 4), hx(r, 16),
                               r.choice(['gz', 'json', 'bin', 'jpg']))
        e = t.strftime('%Y-%m-%dT%H:%M:%S.') + '%06d%03dZ' % (t.microsecond, r.randint(0, 999))
        rid = '%X' % r.getrandbits(64)
        if s.new:
            return ['{"version":"1","deploymentid":"%s","time":"%s","event":"","trigger":"incoming","api":{"name":"%s",'
                    '"bucket":"%s","object":"%s","status":"%s","statusCode":%d,"rx":%d,"tx":%d,"timeToFirstByte":"%dns",'
                    '"timeToResponse":"%dns","timeToResponseInNS":"%d"},"remotehost":"%s","requestID":"%s",'
                    '"userAgent":"%s","requestPath":"/%s/%s","requestHost":"%s","requestHeader":{"Authorization":'
                    '"AWS4-HMAC-SHA256 Credential=svc-%s/%s/us-east-1/s3/aws4_request"},"responseHeader":'
                    '{"Content-Type":"application/xml","X-Amz-Request-Id":"%s"},"tags":{},"accessKey":"svc-%s"}'
                    % (s.dep, e, api, b, obj, st, code, r.randint(200, 900), r.randint(0, 2000000), ttr // 3, ttr, ttr,
                       ip(r), rid, s.ua, b, obj, s.host, b, t.strftime('%Y%m%d'), rid, b)]
        return ['{"version":"1","deploymentid":"%s","time":"%s","api":{"name":"%s","bucket":"%s","object":"%s",'
                '"status":"%s","statusCode":%d,"timeToFirstByte":"%dns","timeToResponse":"%dns"},"remotehost":"%s",'
                '"requestID":"%s","userAgent":"%s","requestHeader":{},"responseHeader":{"X-Amz-Request-Id":"%s"}}'
                % (s.dep, e, api, b, obj, st, code, ttr // 3, ttr, ip(r), rid, s.ua, rid)]

    def periodic(s, r, t):
        return s.normal(r, t, {'lat': 1.0, 'p5xx': 0}, False)


# ---------------------------------------------------------------- ESXi vmkernel.log
class Vmk(Fmt):
    name = 'esxi-vmkernel'
    caps = {'error_burst', 'retry_storm', 'new_error', 'silence'}
    has_restart = False
    newerrs = ['WARNING: LVM: 13140: The volume on the device naa.%(h)s%(h)s:1 locked, possibly because some remote host encountered an error during a volume operation and could not recover.',
               'WARNING: Fil3: 2346: Found invalid object on 5f3a%(h)s-%(h)s <FD c0 r%(n)d> expected <FD c0 r2>',
               'WARNING: Vol3: 3102: ds-gold-01/%(h)s-%(h)s: Invalid physDiskBlock %(n)d']

    def setup(s, r):
        s.v8 = s.year >= 2023 and r.random() < 0.7
        s.naa = ['naa.6000%s' % hx(r, 28) for _ in range(4)]
        s.nfs = ip(r)

    def line(s, t, msg, cpu=None, world=None, r=None):
        ts = t.strftime('%Y-%m-%dT%H:%M:%S.') + ms3(t) + 'Z'
        cw = 'cpu%d:%d)' % (cpu if cpu is not None else (world or 0) % 24, world or 2097152)
        if s.v8:
            if msg.startswith('WARNING:'):
                return '%s Wa(180) vmkwarning: %s%s' % (ts, cw, msg)
            return '%s In(182) vmkernel: %s%s' % (ts, cw, msg)
        return '%s %s%s' % (ts, cw, msg)

    def newerr(s, r, t, i):
        return [s.line(t, s.newerrs[i] % {'n': r.randint(1, 99), 'h': hx(r, 8)}, r.randint(0, 23), r.randint(2097152, 2110000))]

    def normal(s, r, t, S, flood=False):
        c, w = r.randint(0, 23), r.randint(2097152, 2110000)
        x = r.random()
        if x < 0.3:
            m = 'ScsiDeviceIO: 4325: Cmd(0x45b8%s) 0x85, CmdSN 0x%x from world %d to dev "t10.ATA_____Samsung_SSD_860_EVO_500GB_______________S3Z1NB0K%dJ_____" failed H:0x0 D:0x2 P:0x0 Valid sense data: 0x5 0x20 0x0.' % (hx(r, 8), r.randint(1, 255), w, r.randint(100000, 999999))
        elif x < 0.5:
            m = 'CpuSched: 827: user latency of %d vmx-vcpu-0:vm%02d 0 changed by %d vmx-vcpu-0:vm%02d -1' % (w, r.randint(1, 40), w, r.randint(1, 40))
        elif x < 0.65:
            m = 'NMP: nmp_ResetDeviceLogThrottling:3776: last error status from device %s repeated %d times' % (r.choice(s.naa), r.randint(1, 40))
        elif x < 0.8:
            m = 'NetPort: %s port 0x%x%s' % (r.choice(['1580: disabled', '1359: enabled']), r.randint(0x2000000, 0x4000100), ' with mac 00:50:56:%02x:%02x:%02x' % (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)))
        elif x < 0.9:
            m = 'VSCSI: 2598: handle %d(vscsi0:%d):Reset request on FSS handle %d (0 outstanding commands) from (vmm0:vm%02d)' % (r.randint(8192, 9000), r.randint(0, 3), r.randint(100000, 999999), r.randint(1, 40))
        else:
            m = 'Vol3: 4185: Failed to get object 28 type 1 uuid %s-%s-%s-%s FD 0 gen 0 :Not found' % (hx(r, 8), hx(r, 8), hx(r, 4), hx(r, 12))
        return [s.line(t, m, c, w)]

    def warn(s, r, t):
        return [s.line(t, 'HBX: 3041: \'datastore1\': HB at offset 3211264 - Waiting for timed out [HB state abcdef02 offset 3211264 gen %d stampUS %d uuid %s-%s jrnl <FB 7> drv 24.82 lockImpl 3 ip %s]' % (r.randint(1, 99), r.randint(10 ** 9, 10 ** 10), hx(r, 8), hx(r, 8), ip(r)), r.randint(0, 23), r.randint(2097152, 2110000))]

    def error(s, r, t):
        d = r.choice(s.naa)
        return [s.line(t, r.choice(['WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:237: NMP device "%s" state in doubt; requested fast path state update...' % d,
                                    'WARNING: ScsiDeviceIO: 1513: Device %s performance has deteriorated. I/O latency increased from average value of %d microseconds to %d microseconds.' % (d, r.randint(800, 2000), r.randint(20000, 90000))]),
                       r.randint(0, 23), r.randint(2097152, 2110000))]

    def retry(s, r, t):
        return [s.line(t, 'SunRPC: 3303: Synchronous RPC abort for client 0x43%s IP %s.8.1 proc %d xid 0x%s attempt %d of 3' % (hx(r, 8), s.nfs, r.choice([1, 3, 4, 6, 7]), hx(r, 8), r.randint(1, 3)), r.randint(0, 23), r.randint(2097152, 2110000))]

    def retry_ok(s, r, t):
        return s.retry(r, t)

    def periodic(s, r, t):
        return [s.line(t, 'DVFilter: 5963: Checking disconnected filters for timeouts', r.randint(0, 23), 2097602)]


# ---------------------------------------------------------------- Fluent Bit
class FluentBit(Fmt):
    name = 'fluent-bit'
    caps = {'retry_storm', 'error_burst', 'panic', 'disk_full', 'new_error', 'silence'}
    zoned = False
    res = 1
    newerrs = ['[error] [filter:kubernetes:kubernetes.0] kubelet upstream connection error',
               "[error] [parser] cannot parse '%(h)s'",
               '[error] [output:%(o)s] could not pack/validate JSON response']

    def setup(s, r):
        s.v = {2019: '1.3.7', 2020: '1.6.10', 2021: '1.8.12', 2022: '1.9.10', 2023: '2.1.8', 2024: '3.0.7',
               2025: '3.2.4', 2026: '4.0.3'}[s.year]
        s.out = r.choice(['es.0', 'loki.0', 'forward.0', 'kafka.0'])
        s.task = 0

    def line(s, t, msg):
        return '[%s] %s' % (s.L(t).strftime('%Y/%m/%d %H:%M:%S'), msg)

    def newerr(s, r, t, i):
        return [s.line(t, s.newerrs[i] % {'h': hx(r, 12), 'o': s.out.split('.')[0] + ':' + s.out})]

    def chunk(s, r, t):
        e = int(t.timestamp())
        return '%d-%d.%09d.flb' % (r.randint(1, 9), e, r.randint(0, 999999999))

    def normal(s, r, t, S, flood=False):
        x = r.random()
        s.task = (s.task + 1) % 64
        if x < 0.3:
            return [s.line(t, '[debug] [input chunk] update output instances with new chunk size diff=%d, records=%d, input=tail.0' % (r.randint(100, 90000), r.randint(1, 200)))]
        if x < 0.5:
            return [s.line(t, '[debug] [task] created task=0x7f%s id=%d OK' % (hx(r, 10), s.task))]
        if x < 0.7:
            o = s.out.split('.')[0]
            return [s.line(t, '[debug] [output:%s:%s] %s' % (o, s.out, 'HTTP Status=%d URI=/%s' % (r.choice([200, 200, 204]), '_bulk' if o == 'es' else 'loki/api/v1/push') if o in ('es', 'loki') else 'task_id=%d assigned to thread #%d' % (s.task, r.randint(0, 3))))]
        if x < 0.9:
            return [s.line(t, '[debug] [out flush] cb_destroy coro_id=%d' % r.randint(1, 99999))]
        ino = r.randint(10 ** 6, 10 ** 8)
        return [s.line(t, '[ info] [input:tail:tail.0] inotify_fs_%s(): inode=%d watch_fd=%d name=/var/log/containers/%s-%s_%s_app-%s.log'
                       % (r.choice(['add', 'remove']), ino, r.randint(1, 400), r.choice(['api', 'web', 'worker', 'auth']), hx(r, 5), r.choice(['prod', 'default', 'kube-system']), hx(r, 16)))]

    def warn(s, r, t):
        return [s.line(t, r.choice(['[ warn] [input] tail.0 paused (mem buf overlimit)', '[ info] [input] tail.0 resume (mem buf overlimit)',
                                    '[ warn] [input:tail:tail.0] file=/var/log/containers/%s.log have long lines. Skipping long lines.' % hx(r, 12)]))]

    def error(s, r, t):
        o = s.out.split('.')[0]
        if o in ('es', 'loki'):
            return [s.line(t, '[error] [output:%s:%s] HTTP status=%d URI=/%s, response:' % (o, s.out, r.choice([400, 429]), '_bulk' if o == 'es' else 'loki/api/v1/push')),
                    '{"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"mapper [kubernetes.labels.app] cannot be changed from type [text] to [keyword]"}],"type":"illegal_argument_exception"},"status":400}']
        return [s.line(t, '[error] [output:%s:%s] no upstream connections available' % (o, s.out))]

    def retry(s, r, t):
        return [s.line(t, "[ warn] [engine] failed to flush chunk '%s', retry in %d seconds: task_id=%d, input=tail.0 > output=%s (out_id=0)" % (s.chunk(r, t), r.randint(6, 60), r.randint(0, 63), s.out))]

    def retry_ok(s, r, t):
        c = s.chunk(r, t)
        return [s.line(t, "[ warn] [engine] failed to flush chunk '%s', retry in %d seconds: task_id=%d, input=tail.0 > output=%s (out_id=0)" % (c, r.randint(6, 12), s.task, s.out)),
                s.line(t, "[ info] [engine] flush chunk '%s' succeeded at retry 1: task_id=%d, input=tail.0 > output=%s (out_id=0)" % (c, s.task, s.out))]

    def disk(s, r, t):
        return [s.line(t, '[error] [storage] [cio file] error writing to file /var/lib/fluent-bit/storage/tail.0/%s: No space left on device' % s.chunk(r, t)),
                s.line(t, '[error] [input chunk] could not create chunk file: tail.0/%s' % s.chunk(r, t))]

    def panic(s, r, t):
        return [s.line(t, '[engine] caught signal (SIGSEGV)'),
                '#0  0x55%s      in  flb_output_flush_create() at src/flb_output.c:%d' % (hx(r, 10), r.randint(100, 900)),
                '#1  0x55%s      in  output_pre_cb_flush() at include/fluent-bit/flb_output.h:%d' % (hx(r, 10), r.randint(500, 700)),
                '#2  0x55%s      in  co_init() at lib/monkey/deps/flb_libco/amd64.c:117' % hx(r, 10),
                '#3  0xffffffffffffffff in  ???() at ???:0']

    def banner(s, r, t):
        cp = '2015-2024' if s.year >= 2024 else '2015-2022'
        L = ['Fluent Bit v%s' % s.v, '* Copyright (C) %s The Fluent Bit Authors' % cp,
             '* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd', '* https://fluentbit.io', '']
        if s.v.startswith('1.'):
            return L + [s.line(t, '[ info] [engine] started (pid=1)'), s.line(t, '[ info] [storage] version=1.1.1, initializing...'),
                        s.line(t, '[ info] [sp] stream processor started')]
        return L + [s.line(t, '[ info] [fluent bit] version=%s, commit=%s, pid=1' % (s.v, hx(r, 10))),
                    s.line(t, '[ info] [storage] ver=1.4.0, type=memory+filesystem, sync=normal, checksum=off, max_chunks_up=128'),
                    s.line(t, '[ info] [cmetrics] version=0.6.3'), s.line(t, '[ info] [input:tail:tail.0] initializing'),
                    s.line(t, '[ info] [sp] stream processor started')]

    def stop(s, r, t):
        return [s.line(t, '[engine] caught signal (SIGTERM)'), s.line(t, '[ info] [input] pausing tail.0'),
                s.line(t, '[ warn] [engine] service will shutdown in max 5 seconds'),
                s.line(t, '[ info] [engine] service has stopped (0 pending tasks)')]

    def periodic(s, r, t):
        return [s.line(t, '[ info] [input:tail:tail.0] inode=%d handle rotation(): /var/log/containers/%s.log => /var/log/pods/%s/0.log.%s' % (r.randint(10 ** 6, 10 ** 8), hx(r, 10), hx(r, 10), t.strftime('%Y%m%d-%H%M%S')))]


# ---------------------------------------------------------------- Grafana (logfmt, router logging on)
class Grafana(Fmt):
    name = 'grafana'
    caps = {'http_5xx', 'latency_shift', 'traffic_flood', 'error_burst', 'new_error', 'silence', 'panic', 'oom_kill', 'disk_full'}
    base5xx = 0.002
    has_retry_ok = False
    newerrs = ['failed to render template', 'Could not load plugin', 'Error publishing to channel']

    def setup(s, r):
        s.new = s.year >= 2022
        s.res = 0.001 if s.new else 1
        s.ver = {2019: '6.5.2', 2020: '7.3.6', 2021: '8.1.2', 2022: '9.3.2', 2023: '10.2.2', 2024: '10.4.2',
                 2025: '11.5.2', 2026: '12.1.0'}[s.year]
        s.commit = hx(r, 40)

    def ts(s, t):
        lt = s.L(t)
        z = lt.strftime('%z')
        if s.new:
            return lt.strftime('%Y-%m-%dT%H:%M:%S.') + ('%06d' % lt.microsecond).rstrip('0').ljust(3, '0') + z[:3] + ':' + z[3:]
        return lt.strftime('%Y-%m-%dT%H:%M:%S') + z

    def rec(s, t, logger, level, msg, kv=''):
        if s.new:
            return 'logger=%s t=%s level=%s msg="%s"%s' % (logger, s.ts(t), level, msg, (' ' + kv) if kv else '')
        lv = {'error': 'eror', 'warn': 'warn', 'info': 'info', 'debug': 'dbug'}[level]
        return 't=%s lvl=%s msg="%s" logger=%s%s' % (s.ts(t), lv, msg, logger, (' ' + kv) if kv else '')

    def newerr(s, r, t, i):
        kv = ['error="template: :1:12: executing \\"\\" at <.Labels.instance>: map has no entry for key \\"instance\\""',
              'pluginId=grafana-worldmap-panel error="plugin signature invalid"',
              'channel=grafana/dashboard/uid/%s error="context canceled"' % hx(r, 9)][i]
        lg = ['ngalert.notifier.alertmanager', 'plugin.loader', 'live'][i]
        return [s.rec(t, lg, 'error', s.newerrs[i], kv)]

    def normal(s, r, t, S, flood=False):
        path, med = r.choice([('/api/dashboards/uid/%s' % hx(r, 9), 25), ('/api/ds/query', 120), ('/api/search', 15),
                              ('/api/datasources/proxy/uid/%s/api/v1/query_range' % hx(r, 9), 180), ('/api/user', 4),
                              ('/api/annotations', 20), ('/public/build/app.%s.js' % hx(r, 8), 3)])
        code = r.choice([500, 502, 504]) if r.random() < S['p5xx'] else r.choice([200] * 20 + [304, 304, 401, 404])
        meth = 'POST' if path == '/api/ds/query' else 'GET'
        d = lognorm(r, med) * S['lat']
        u = r.choice(['admin', 'ops', 'j.doe', 'viewer'])
        if s.new:
            kv = 'method=%s path=%s status=%d remote_addr=%s time_ms=%d duration=%.6fms size=%d referer=https://grafana.example.net/d/%s handler=%s status_source=%s' % (
                meth, path, code, ip(r), int(d), d, r.randint(30, 90000), hx(r, 9), path.split('/')[1] and path, 'downstream' if code >= 500 and r.random() < 0.5 else 'server')
            return ['logger=context userId=%d orgId=1 uname=%s t=%s level=info msg="Request Completed" %s' % (r.randint(1, 40), u, s.ts(t), kv)]
        return ['t=%s lvl=info msg="Request Completed" logger=context userId=%d orgId=1 uname=%s method=%s path=%s status=%d remote_addr=%s time_ms=%d size=%d referer=' % (
            s.ts(t), r.randint(1, 40), u, meth, path, code, ip(r), int(d), r.randint(30, 90000))]

    def warn(s, r, t):
        return [s.rec(t, 'context', 'warn', 'failed to look up session from cookie', 'error="user token not found"')]

    def error(s, r, t):
        if r.random() < 0.5:
            return [s.rec(t, 'tsdb.prometheus', 'error', 'Range query failed', 'query="sum(rate(http_requests_total[5m]))" err="Post \\"http://prometheus:9090/api/v1/query_range\\": context deadline exceeded"')]
        return [s.rec(t, 'alerting.evalContext' if not s.new else 'ngalert.scheduler', 'error', 'Failed to evaluate rule', 'rule_uid=%s error="failed to execute query A: i/o timeout"' % hx(r, 9))]

    def disk(s, r, t):
        return [s.rec(t, r.choice(['sqlstore', 'ngalert.state.manager', 'annotations']), 'error',
                      r.choice(['Failed to save state', 'Failed to save annotation', 'failed to update user last seen at']),
                      'error="database or disk is full"')]

    untimed_crash = True

    def panic(s, r, t):
        return ['panic: runtime error: invalid memory address or nil pointer dereference',
                '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%x]' % r.randint(0x1000000, 0x3000000), '',
                'goroutine %d [running]:' % r.randint(100, 90000),
                'github.com/grafana/grafana/pkg/services/ngalert/state.(*Manager).Warm(0xc00%s, {0x5a1b2c0, 0xc00%s})' % (hx(r, 6), hx(r, 6)),
                '\t/drone/src/pkg/services/ngalert/state/manager.go:%d +0x5b' % r.randint(80, 400),
                'created by github.com/grafana/grafana/pkg/services/ngalert.(*AlertNG).Run',
                '\t/drone/src/pkg/services/ngalert/ngalert.go:%d +0x1c5' % r.randint(200, 500)]

    def oom(s, r, t):
        return ['fatal error: runtime: out of memory', '', 'runtime stack:',
                'runtime.throw({0x4a2b1c3?, 0x2030?})', '\t/usr/local/go/src/runtime/panic.go:1047 +0x5d fp=0x7ffc%s sp=0x7ffc%s pc=0x43%s' % (hx(r, 8), hx(r, 8), hx(r, 4)),
                'runtime.sysMap(0xc0%s, 0x4000000, 0x9a3a1b8?)' % hx(r, 7), '\t/usr/local/go/src/runtime/mem_linux.go:187 +0x11b',
                '', 'goroutine 1 [select, %d minutes]:' % r.randint(10, 900)]

    def banner(s, r, t):
        if s.new:
            return [s.rec(t, 'settings', 'info', 'Starting Grafana', 'version=%s commit=%s branch=HEAD compiled=%s' % (s.ver, s.commit, s.ts(t))),
                    s.rec(t, 'settings', 'info', 'Config loaded from', 'file=/usr/share/grafana/conf/defaults.ini'),
                    s.rec(t, 'sqlstore', 'info', 'Connecting to DB', 'dbtype=sqlite3'),
                    s.rec(t, 'http.server', 'info', 'HTTP Server Listen', 'address=[::]:3000 protocol=http subUrl= socket=')]
        return [s.rec(t, 'server', 'info', 'Starting Grafana', 'version=%s commit=%s branch=HEAD compiled=%s' % (s.ver, s.commit[:9], s.ts(t))),
                s.rec(t, 'settings', 'info', 'Config loaded from', 'file=/usr/share/grafana/conf/defaults.ini'),
                s.rec(t, 'sqlstore', 'info', 'Connecting to DB', 'dbtype=sqlite3'),
                s.rec(t, 'http.server', 'info', 'HTTP Server Listen', 'address=[::]:3000 protocol=http subUrl= socket=')]

    def stop(s, r, t):
        return [s.rec(t, 'server', 'info', 'Shutdown started', 'reason="System signal: terminated"')]

    def periodic(s, r, t):
        return [s.rec(t, 'cleanup', 'info', 'Completed cleanup jobs', 'duration=%.6fms' % r.uniform(5, 90))]


# ---------------------------------------------------------------- Jenkins jenkins.log
class Jenkins(Fmt):
    name = 'jenkins'
    caps = {'error_burst', 'new_error', 'silence', 'oom_kill', 'disk_full'}
    has_retry_ok = False
    newerrs = ['jenkins.metrics.api.Metrics$HealthChecker#execute|Some health checks are reporting as unhealthy: [thread-deadlock]',
               'hudson.plugins.ec2.EC2Cloud#provision|Exception during provisioning',
               'org.jenkinsci.plugins.workflow.cps.CpsFlowExecution#loadProgramFailed|Failed to load program.dat']
    JOBS = ['deploy-api', 'build-frontend', 'nightly-e2e', 'infra/terraform-plan', 'libs/core', 'release-train']

    def setup(s, r):
        s.old = s.year <= 2020
        s.res = 1 if s.old else 0.001
        s.zoned = not s.old
        s.n = {j: r.randint(10, 4000) for j in s.JOBS}

    def rec(s, t, level, where, msg, extra=(), tid=None, r=None):
        lt = s.L(t)
        if s.old:
            cls, meth = where.split('#')
            h = lt.strftime('%b %d, %Y ') + lt.strftime('%I:%M:%S %p').lstrip('0').rjust(11) if False else lt.strftime('%b %d, %Y %I:%M:%S %p')
            if h[13] == '0':
                h = h[:13] + h[14:]
            return [h + ' %s %s' % (cls, meth), '%s: %s' % (level, msg)] + list(extra)
        return ['%s.%s%s [id=%d]\t%s\t%s: %s' % (lt.strftime('%Y-%m-%d %H:%M:%S'), ms3(lt), lt.strftime('%z'),
                                                 tid or 42, level, where, msg)] + list(extra)

    def newerr(s, r, t, i):
        w, m = s.newerrs[i].split('|')
        return s.rec(t, 'SEVERE', w, m, tid=r.randint(20, 900))

    def normal(s, r, t, S, flood=False):
        j = r.choice(s.JOBS)
        x = r.random()
        tid = r.randint(20, 4000)
        if x < 0.35:
            s.n[j] += 1
            return s.rec(t, 'INFO', 'hudson.model.Run#execute', '%s #%d main build action completed: %s' % (j, s.n[j], r.choice(['SUCCESS'] * 8 + ['FAILURE', 'UNSTABLE', 'ABORTED'])), tid=tid)
        if x < 0.55:
            return s.rec(t, 'INFO', 'org.jenkinsci.plugins.workflow.job.WorkflowRun#finish', '%s #%d completed: SUCCESS' % (j, s.n[j]), tid=tid)
        if x < 0.7:
            return s.rec(t, 'INFO', 'hudson.plugins.git.GitStatus#doNotifyCommit', 'Received notification from %s for uri = https://git.example.com/%s.git ; sha1 = %s ; branches = [main]' % (ip(r), j, hx(r, 40)), tid=tid)
        if x < 0.85:
            w = r.choice(['Fingerprint cleanup', 'Periodic background build discarder', 'Workspace clean-up', 'Download metadata'])
            return s.rec(t, 'INFO', 'hudson.model.AsyncPeriodicWork#lambda$doRun$0', '%s %s%s' % (r.choice(['Started', 'Finished']), w, '. %d ms' % r.randint(2, 900) if r.random() < 0.5 else ''), tid=tid)
        return s.rec(t, 'INFO', 'jenkins.branch.MultiBranchProject$BranchIndexing#run', '%s #%d branch indexing action completed: SUCCESS' % (j, r.randint(1, 900)), tid=tid)

    def warn(s, r, t):
        return s.rec(t, 'WARNING', 'hudson.security.csrf.CrumbFilter#doFilter', 'Found invalid crumb %s. If you are calling this URL with a script, please use the API Token instead.' % hx(r, 32), tid=r.randint(20, 900))

    def error(s, r, t):
        return s.rec(t, 'SEVERE', 'hudson.triggers.SafeTimerTask#run', 'Timer task hudson.model.LoadStatistics$LoadStatisticsUpdater@%s failed' % hx(r, 7),
                     ['java.lang.NullPointerException: Cannot invoke "hudson.model.Computer.getNode()" because "c" is null',
                      '\tat hudson.model.LoadStatistics$LoadStatisticsUpdater.doRun(LoadStatistics.java:352)',
                      '\tat hudson.triggers.SafeTimerTask.run(SafeTimerTask.java:92)',
                      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)'], tid=r.randint(20, 900))

    def disk(s, r, t):
        j = r.choice(s.JOBS)
        return s.rec(t, 'SEVERE', 'hudson.model.Run#save', 'Failed to save build record %s #%d' % (j, s.n[j]),
                     ['java.io.IOException: No space left on device', '\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
                      '\tat hudson.util.AtomicFileWriter.commit(AtomicFileWriter.java:206)', '\tat hudson.XmlFile.write(XmlFile.java:223)'], tid=r.randint(20, 900))

    def oom(s, r, t):
        j = r.choice(s.JOBS)
        return s.rec(t, 'SEVERE', 'hudson.model.Executor#finish1', 'Executor #%d for built-in node : executing %s #%d grave error' % (r.randint(0, 3), j, s.n[j]),
                     ['java.lang.OutOfMemoryError: Java heap space', '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
                      '\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)',
                      '\tat org.jenkinsci.plugins.workflow.support.actions.LogStorageAction.getLogText(LogStorageAction.java:88)',
                      'Terminating due to java.lang.OutOfMemoryError: Java heap space'], tid=r.randint(20, 900))

    def banner(s, r, t):
        L = ['Running from: /usr/share/java/jenkins.war', 'webroot: EnvVars.masterEnvVars.get("JENKINS_HOME")']
        L += s.rec(t, 'INFO', 'org.eclipse.jetty.util.log.Log#initialized', 'Logging initialized @%dms to org.eclipse.jetty.util.log.JavaUtilLog' % r.randint(300, 900), tid=1)
        L += s.rec(t, 'INFO', 'winstone.Logger#logInternal', 'Beginning extraction from war file', tid=1)
        L += s.rec(t, 'INFO', 'jenkins.InitReactorRunner$1#onAttained', 'Started initialization', tid=27)
        L += s.rec(t, 'INFO', 'jenkins.InitReactorRunner$1#onAttained', 'Completed initialization', tid=27)
        L += s.rec(t, 'INFO', 'hudson.lifecycle.Lifecycle#onReady', 'Jenkins is fully up and running', tid=21)
        return L

    def stop(s, r, t):
        return s.rec(t, 'INFO', 'winstone.Logger#logInternal', 'JVM is terminating. Shutting down Jetty', tid=r.randint(20, 900))

    def periodic(s, r, t):
        return s.rec(t, 'INFO', 'hudson.model.AsyncPeriodicWork#lambda$doRun$0', 'Finished Download metadata. %d ms' % r.randint(20, 4000), tid=r.randint(20, 900))


# ---------------------------------------------------------------- Zigbee2MQTT
class Z2M(Fmt):
    name = 'zigbee2mqtt'
    caps = {'retry_storm', 'error_burst', 'panic', 'new_error', 'silence', 'traffic_flood'}
    zoned = False
    res = 1
    newerrs = ["Failed to interview '0x00158d00%(h)s', device has not successfully been paired",
               "Request 'zigbee2mqtt/bridge/request/device/ota_update/check' failed with error: 'Device didn't respond to OTA request'",
               "Failed to configure 'garage_door_%(n)d', attempt 1 (Error: Bind 0x00124b00%(h)s/1 genPowerCfg from '0x00124b00%(h)s/1' failed (Error: Status 'NOT_SUPPORTED'))"]
    DEV = ['kitchen_sensor', 'living_room_lamp', 'hallway_motion', 'bedroom_thermostat', 'garage_door', 'office_plug',
           'bathroom_humidity', 'front_door_contact']

    def setup(s, r):
        s.new = s.year >= 2024
        s.ver = {2019: '1.7.1', 2020: '1.16.2', 2021: '1.22.1', 2022: '1.28.4', 2023: '1.33.2', 2024: '1.40.2',
                 2025: '2.1.3', 2026: '2.6.0'}[s.year]

    def line(s, t, level, msg, ns='z2m'):
        lt = s.L(t)
        if s.new:
            return '[%s] %s: \t%s: %s' % (lt.strftime('%Y-%m-%d %H:%M:%S'), level, ns, msg)
        lv = {'warning': 'warn'}.get(level, level)
        return 'Zigbee2MQTT:%-5s %s: %s' % (lv, lt.strftime('%Y-%m-%d %H:%M:%S'), msg)

    def newerr(s, r, t, i):
        return [s.line(t, 'error', s.newerrs[i] % {'h': hx(r, 8), 'n': 1 + i})]

    def normal(s, r, t, S, flood=False):
        d = r.choice(s.DEV)
        p = '{"battery":%d,"humidity":%.1f,"linkquality":%d,"temperature":%.1f,"voltage":%d}' % (
            r.randint(40, 100), r.uniform(30, 70), r.randint(20, 255), r.uniform(17, 25), r.randint(2700, 3100))
        if 'lamp' in d or 'plug' in d:
            p = '{"brightness":%d,"linkquality":%d,"power":%.1f,"state":"%s"}' % (r.randint(0, 254), r.randint(20, 255), r.uniform(0, 60), r.choice(['ON', 'OFF']))
        elif 'motion' in d or 'contact' in d or 'door' in d:
            p = '{"battery":%d,"contact":%s,"linkquality":%d,"occupancy":%s}' % (r.randint(40, 100), r.choice(['true', 'false']), r.randint(20, 255), r.choice(['true', 'false']))
        return [s.line(t, 'info', "MQTT publish: topic 'zigbee2mqtt/%s', payload '%s'" % (d, p))]

    def warn(s, r, t):
        return [s.line(t, 'warning', "Device '%s' left the network" % r.choice(s.DEV)) if r.random() < 0.2 else
                s.line(t, 'warning', "Received message from unsupported device with Zigbee model 'TS0601' and manufacturer name '_TZE200_%s'" % hx(r, 8))]

    def error(s, r, t):
        d = r.choice(s.DEV)
        return [s.line(t, 'error', "Publish 'set' 'state' to '%s' failed: 'Error: ZCL command 0x00178801%s/11 genOnOff.on({}, {\"timeout\":10000,\"disableResponse\":false}) failed (Delivery failed for '%d')'" % (d, hx(r, 8), r.randint(1000, 65000)))]

    def retry(s, r, t):
        return [s.line(t, 'error', r.choice(['Not connected to MQTT server!', 'MQTT error: connect ECONNREFUSED 192.168.1.10:1883', 'MQTT reconnecting...']))]

    def retry_ok(s, r, t):
        return [s.line(t, 'error', 'MQTT error: connect ECONNREFUSED 192.168.1.10:1883'), s.line(t, 'info', 'Connected to MQTT server')]

    def panic(s, r, t):
        return [s.line(t, 'error', "Unhandled exception: TypeError: Cannot read properties of undefined (reading 'getEndpoint')"),
                '    at Receive.onDeviceMessage (/app/lib/extension/receive.ts:%d:33)' % r.randint(100, 200),
                '    at EventEmitter.emit (node:events:529:35)',
                '    at Controller.onZigbeeEvent (/app/lib/controller.ts:%d:24)' % r.randint(300, 400),
                '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)']

    def banner(s, r, t):
        return [s.line(t, 'info', 'Logging to console, file (filename: log.txt)'),
                s.line(t, 'info', 'Starting Zigbee2MQTT version %s (commit #%s)' % (s.ver, hx(r, 7))),
                s.line(t, 'info', 'Starting zigbee-herdsman (%s)' % r.choice(['0.33.9', '0.14.117', '2.1.1'])),
                s.line(t, 'info', 'zigbee-herdsman started (resumed)'),
                s.line(t, 'info', 'Currently %d devices are joined.' % r.randint(12, 60))]

    def stop(s, r, t):
        return [s.line(t, 'info', 'Disconnecting from MQTT server'), s.line(t, 'info', 'Stopping zigbee-herdsman...'),
                s.line(t, 'info', 'Stopped zigbee-herdsman')]

    def periodic(s, r, t):
        return [s.line(t, 'info', "MQTT publish: topic 'zigbee2mqtt/bridge/state', payload '{\"state\":\"online\"}'")]


# ---------------------------------------------------------------- Plex Media Server.log
class Plex(Fmt):
    name = 'plex'
    caps = {'http_5xx', 'latency_shift', 'traffic_flood', 'disk_full', 'silence'}
    zoned = False
    base5xx = 0.002
    has_retry_ok = False

    def setup(s, r):
        s.hexthr = s.year < 2024
        s.thr = [r.randint(139000000000000, 140999999999999) for _ in range(8)]
        s.ver = {2019: '1.18.3.2156-349e9837e', 2020: '1.21.1.3876-3c3adfcb4', 2021: '1.25.2.5319-c43dc0277',
                 2022: '1.29.2.6364-6d72b0cf6', 2023: '1.32.8.7639-fb6452ebf', 2024: '1.41.3.9314-a0bfb8370',
                 2025: '1.41.6.9685-d301f511a', 2026: '1.42.1.10060-4e8b05daf'}[s.year]

    def line(s, t, lvl, msg, r):
        lt = s.L(t)
        th = r.choice(s.thr)
        return '%s %s [%s] %s - %s' % (lt.strftime('%b %d, %Y %H:%M:%S.'), ms3(lt)[:3], ('0x%x' % th) if s.hexthr else th, lvl, msg) if False else \
            '%s.%s [%s] %s - %s' % (lt.strftime('%b %d, %Y %H:%M:%S'), ms3(lt), ('0x%x' % th) if s.hexthr else str(th), lvl, msg)

    def normal(s, r, t, S, flood=False):
        path, med = r.choice([('/library/sections/%d/all?type=1' % r.randint(1, 6), 40), ('/library/metadata/%d' % r.randint(1000, 90000), 12),
                              ('/status/sessions', 3), ('/hubs/home/continueWatching', 60), (':/timeline?ratingKey=%d&state=playing' % r.randint(1000, 90000), 5),
                              ('/photo/:/transcode?width=320&height=480&url=%%2Flibrary%%2Fmetadata%%2F%d%%2Fthumb' % r.randint(1000, 90000), 25)])
        code = r.choice([500, 503]) if r.random() < S['p5xx'] else r.choice([200] * 20 + [404, 401])
        c = '%s:%d' % (ip(r, '192.168.1.'), r.randint(30000, 65000))
        live = r.randint(1, 40)
        d = int(lognorm(r, med) * S['lat'])
        return [s.line(t, 'DEBUG', 'Request: [%s (Subnet)] GET %s (%d live) #%x GZIP Signed-in Token (%s)' % (c, path, live, r.randint(1, 0xfffff), r.choice(['plexuser', 'kids', 'guest'])), r),
                s.line(t, 'DEBUG', 'Completed: [%s] %d GET %s (%d live) #%x GZIP %dms %d bytes (pipelined: %d)' % (c, code, path, live, r.randint(1, 0xfffff), d, r.randint(200, 200000), r.randint(1, 9)), r)]

    def warn(s, r, t):
        return [s.line(t, 'WARN', r.choice(['[Req#%x] Unable to find title for item of type 4' % r.randint(1, 0xfffff),
                                             'Held transcode session %s is older than limit' % hx(r, 24)]), r)]

    def error(s, r, t):
        return [s.line(t, 'ERROR', r.choice(['[Req#%x] Failed to stream media, client probably disconnected after %d bytes: 32 - Broken pipe' % (r.randint(1, 0xfffff), r.randint(10 ** 4, 10 ** 8)),
                                              'Download failed: HTTP 503 from https://metadata.provider.plex.tv/library/metadata/%s' % hx(r, 24)]), r)]

    def disk(s, r, t):
        return [s.line(t, 'ERROR', r.choice(['[Transcoder] [FFMPEG] - Error writing trailer of /transcode/Transcode/Sessions/plex-transcode-%s/media-%05d.ts: No space left on device' % (hx(r, 24), r.randint(1, 900)),
                                              'SQLITE3:0x%s, 13, statement aborts at 33: [UPDATE metadata_item_settings SET view_offset=?] database or disk is full' % hx(r, 8)]), r)]

    def banner(s, r, t):
        return [s.line(t, 'INFO', 'Plex Media Server v%s - ubuntu docker x86_64 - build: linux-x86_64 debian - GMT %s' % (s.ver, s.L(t).strftime('%z')[:3] + ':' + s.L(t).strftime('%z')[3:]), r),
                s.line(t, 'INFO', 'Linux version: 5.15.0-91-generic, language: en-US', r),
                s.line(t, 'INFO', 'Processor: 8-core Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz', r)]

    def stop(s, r, t):
        return [s.line(t, 'INFO', 'Received signal 15. Shutting down.', r)]

    def periodic(s, r, t):
        return [s.line(t, 'DEBUG', 'Butler: Scheduled task completed: %s' % r.choice(['Refresh local metadata', 'Optimize database', 'Clean old bundles']), r)]


# ---------------------------------------------------------------- Windows DHCP Server audit log
DHCP_PRE = """\t\tMicrosoft DHCP Service Activity Log


Event ID  Meaning
00\tThe log was started.
01\tThe log was stopped.
02\tThe log was temporarily paused due to low disk space.
10\tA new IP address was leased to a client.
11\tA lease was renewed by a client.
12\tA lease was released by a client.
13\tAn IP address was found to be in use on the network.
14\tA lease request could not be satisfied because the scope's address pool was exhausted.
15\tA lease was denied.
16\tA lease was deleted.
17\tA lease was expired and DNS records for an expired leases have not been deleted.
18\tA lease was expired and DNS records were deleted.
20\tA BOOTP address was leased to a client.
21\tA dynamic BOOTP address was leased to a client.
22\tA BOOTP request could not be satisfied because the scope's address pool for BOOTP was exhausted.
23\tA BOOTP IP address was deleted after checking to see it was not in use.
24\tIP address cleanup operation has began.
25\tIP address cleanup statistics.
30\tDNS update request to the named DNS server.
31\tDNS update failed.
32\tDNS update successful.
33\tPacket dropped due to NAP policy.
34\tDNS update request failed.as the DNS update request queue limit exceeded.
35\tDNS update request failed.
36\tPacket dropped because the server is in failover standby role or the hash of the client ID does not match.
50+\tCodes above 50 are used for Rogue Server Detection information.

QResult: 0: NoQuarantine, 1:Quarantine, 2:Drop Packet, 3:Probation,6:No Quarantine Information ProbationTime:Year-Month-Day Hour:Minute:Second:MilliSecond.

ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError."""


class Dhcp(Fmt):
    name = 'windows-dhcp'
    caps = {'traffic_flood', 'error_burst', 'silence'}
    zoned = False
    res = 1
    enc = 'latin-1'
    crlf = True
    has_retry_ok = False
    has_restart = False
    HOSTS = ['LAPTOP-%s', 'DESKTOP-%s', 'PC-MÜLLER-%s', 'iPhone-de-José-%s', 'SURFACE-%s', 'NB-GÖTZ-%s', 'android-%s']

    def setup(s, r):
        s.dom = r.choice(['corp.example.com', 'ad.contoso.local', 'office.lan'])
        s.clients = [(r.choice(s.HOSTS) % hx(r, 5).upper() + '.' + s.dom, '10.%d.%d.%d' % (r.randint(1, 30), r.randint(0, 7), r.randint(20, 250)), hx(r, 12).upper()) for _ in range(400)]

    def preamble(s, t):
        return DHCP_PRE.split('\n')

    def rec(s, t, i, desc, ipa='', host='', mac='', tail=',,0,6,,,,,,,,,0'):
        lt = s.L(t)
        return '%02d,%s,%s,%s,%s,%s,%s%s' % (i, lt.strftime('%m/%d/%y'), lt.strftime('%H:%M:%S'), desc, ipa, host, mac, tail)

    def normal(s, r, t, S, flood=False):
        h, a, m = r.choice(s.clients)
        x = r.random()
        tid = r.randint(10 ** 8, 4 * 10 ** 9)
        vc = ',,,,0x4D53465420352E30,MSFT 5.0,,,,0'
        if x < 0.55:
            return [s.rec(t, 11, 'Renew', a, h, m, ',,%d,0%s' % (tid, vc))]
        if x < 0.7:
            return [s.rec(t, 10, 'Assign', a, h, m, ',,%d,0%s' % (tid, vc))]
        if x < 0.85:
            return [s.rec(t, 30, 'DNS Update Request', a, h, '', ',,0,6,,,,,,,,,0')]
        if x < 0.97:
            return [s.rec(t, 32, 'DNS Update Successful', a, h, '', ',,0,6,,,,,,,,,0')]
        return [s.rec(t, 12, 'Release', a, h, m, ',,%d,0,,,,,,,,,0' % tid)]

    def warn(s, r, t):
        h, a, m = r.choice(s.clients)
        return [s.rec(t, 15, 'NACK', a, '', m, ',,%d,0,,,,,,,,,0' % r.randint(10 ** 8, 4 * 10 ** 9))]

    def error(s, r, t):
        h, a, m = r.choice(s.clients)
        return [s.rec(t, 31, 'DNS Update Failed', a, h, '', ',,0,6,,,,,,,,,9005')]

    def periodic(s, r, t):
        return [s.rec(t, 24, 'Database Cleanup Begin', '', '', '', ',,0,6,,,,,,,,,0'),
                s.rec(t, 25, '0 leases expired and %d leases deleted' % r.randint(0, 9), '', '', '', ',,0,6,,,,,,,,,0')]

    def hb(s, r, t):
        return s.normal(r, t, None)


# ---------------------------------------------------------------- Windows Firewall pfirewall.log
class Pfw(Fmt):
    name = 'windows-firewall'
    caps = {'traffic_flood', 'silence'}
    zoned = False
    res = 1
    crlf = True
    enc = 'ascii'
    has_warn = has_error = has_retry_ok = has_restart = False

    def setup(s, r):
        s.pid = s.year >= 2023 and r.random() < 0.6
        s.me = ip(r, '10.20.')

    def preamble(s, t):
        f = 'date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path'
        return ['#Version: 1.5', '#Software: Microsoft Windows Firewall', '#Time Format: Local',
                '#Fields: ' + f + (' pid' if s.pid else ''), '']

    def normal(s, r, t, S, flood=False):
        lt = s.L(t)
        x = r.random()
        d = lt.strftime('%Y-%m-%d %H:%M:%S')
        if x < 0.55:
            L = '%s ALLOW %s %s %s %d %d 0 - 0 0 0 - - - SEND' % (d, r.choice(['TCP', 'TCP', 'UDP']), s.me, r.choice([ip(r, '10.20.'), '52.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))]), r.randint(49152, 65535), r.choice([443, 443, 80, 53, 445, 389, 88, 135]))
            p = r.choice([4, 1204, 3320, 5544, 7712])
        elif x < 0.85:
            L = '%s ALLOW %s %s %s %d %d 0 - 0 0 0 - - - RECEIVE' % (d, r.choice(['TCP', 'UDP']), ip(r, '10.20.'), s.me, r.randint(49152, 65535), r.choice([3389, 445, 135, 5985]))
            p = 4
        elif x < 0.95:
            L = '%s DROP UDP %s 255.255.255.255 %d %d %d - - - - - - - RECEIVE' % (d, ip(r, '10.20.'), r.choice([68, 137, 138, 5353]), r.choice([67, 137, 138, 5353]), r.randint(60, 400))
            p = '-'
        else:
            L = '%s DROP TCP %s %s %d %d %d S %d 0 %d - - - RECEIVE' % (d, ip(r, '10.20.'), s.me, r.randint(49152, 65535), r.choice([22, 23, 8080, 5900]), 52, r.getrandbits(31), r.choice([64240, 65535, 8192]))
            p = '-'
        return [L + (' %s' % p if s.pid else '')]

    def periodic(s, r, t):
        return s.normal(r, t, None)


# ---------------------------------------------------------------- dnsmasq
class Dnsmasq(Fmt):
    name = 'dnsmasq'
    caps = {'traffic_flood', 'error_burst', 'new_error', 'silence'}
    zoned = False
    res = 1
    has_retry_ok = False
    newerrs = ['failed to send packet: Network is unreachable', 'DHCP packet received on %(if)s which has no address',
               'failed to access /etc/dnsmasq.d/%(h)s.conf: Permission denied']
    NAMES = ['api.github.com', 'www.google.com', 'connectivity-check.ubuntu.com', 'time.cloudflare.com', 'updates.example.org',
             'graph.microsoft.com', 'ocsp.digicert.com', 'mqtt.home.lan', 'nas.home.lan', 'i.ytimg.com', 'pool.ntp.org']

    def setup(s, r):
        s.rfc = r.random() < 0.4
        s.res = 1e-6 if s.rfc else 1
        s.zoned = s.rfc
        s.pid = r.randint(400, 30000)
        s.host = r.choice(['gw', 'pihole', 'router', 'edge01'])
        s.ver = {2019: '2.80', 2020: '2.81', 2021: '2.85', 2022: '2.86', 2023: '2.89', 2024: '2.90', 2025: '2.90', 2026: '2.91'}[s.year]
        s.up = r.choice(['1.1.1.1', '9.9.9.9', '8.8.8.8'])
        s.ifc = r.choice(['br0', 'eth0', 'br-lan'])

    def line(s, t, msg, dh=False):
        lt = s.L(t)
        p = 'dnsmasq%s[%d]' % ('-dhcp' if dh else '', s.pid)
        if s.rfc:
            z = lt.strftime('%z')
            return '%s.%06d%s:%s %s %s: %s' % (lt.strftime('%Y-%m-%dT%H:%M:%S'), lt.microsecond, z[:3], z[3:], s.host, p, msg)
        return '%s %2d %s %s: %s' % (MON[lt.month - 1], lt.day, lt.strftime('%H:%M:%S'), p, msg)

    def newerr(s, r, t, i):
        return [s.line(t, s.newerrs[i] % {'if': 'eth1', 'h': 'local'}, i == 1)]

    def normal(s, r, t, S, flood=False):
        n = r.choice(s.NAMES)
        c = ip(r, '192.168.1.')
        q = r.choice(['A', 'A', 'AAAA', 'HTTPS'])
        x = r.random()
        if x < 0.1 and not flood:
            m = ':'.join('%02x' % r.randint(0, 255) for _ in range(6))
            return [s.line(t, 'DHCPREQUEST(%s) %s %s' % (s.ifc, c, m), True), s.line(t, 'DHCPACK(%s) %s %s %s' % (s.ifc, c, m, r.choice(['laptop', 'phone', 'tv', 'printer'])), True)]
        L = [s.line(t, 'query[%s] %s from %s' % (q, n, c))]
        if x < 0.55:
            L.append(s.line(t, 'cached %s is %s' % (n, '<CNAME>' if r.random() < 0.2 else ('%d.%d.%d.%d' % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)) if q == 'A' else 'NODATA-IPv6'))))
        else:
            L.append(s.line(t, 'forwarded %s to %s' % (n, s.up)))
            L.append(s.line(t, 'reply %s is %s' % (n, '%d.%d.%d.%d' % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)) if q == 'A' else 'NODATA')))
        return L

    def warn(s, r, t):
        return [s.line(t, r.choice(['Maximum number of concurrent DNS queries reached (max: 150)', 'possible DNS-rebind attack detected: %s' % r.choice(['router.asus.com', 'fritz.box'])]))]

    def error(s, r, t):
        m = ':'.join('%02x' % r.randint(0, 255) for _ in range(6))
        return [s.line(t, 'DHCPDISCOVER(%s) %s no address available' % (s.ifc, m), True)]

    def stop(s, r, t):
        return [s.line(t, 'exiting on receipt of SIGTERM')]

    def banner(s, r, t):
        s.pid += r.randint(1, 300)
        return [s.line(t, 'started, version %s cachesize 1000' % s.ver),
                s.line(t, 'compile time options: IPv6 GNU-getopt DBus no-UBus i18n IDN2 DHCP DHCPv6 no-Lua TFTP conntrack ipset nftset auth cryptohash DNSSEC loop-detect inotify dumpfile'),
                s.line(t, 'DHCP, IP range 192.168.1.100 -- 192.168.1.250, lease time 12h', True),
                s.line(t, 'using nameserver %s#53' % s.up), s.line(t, 'read /etc/hosts - 7 names')]

    def periodic(s, r, t):
        return [s.line(t, 'time %d' % int(t.timestamp())), s.line(t, 'cache size 1000, %d/%d cache insertions re-used unexpired cache entries.' % (r.randint(0, 50), r.randint(100, 9000)))]


# ---------------------------------------------------------------- Neo4j query.log
class Neo4j(Fmt):
    name = 'neo4j-query'
    caps = {'latency_shift', 'traffic_flood', 'error_burst', 'new_error', 'silence'}
    has_retry_ok = False
    has_restart = False
    newerrs = ['Neo.ClientError.Procedure.ProcedureCallFailed: Failed to invoke procedure `apoc.periodic.iterate`: Caused by: java.lang.IllegalStateException: batch %(n)d aborted',
               'Neo.DatabaseError.Statement.ExecutionFailed: Index population failed for index %(h)s',
               'Neo.ClientError.Schema.ConstraintValidationFailed: Node(%(n)d) already exists with label `Account` and property `iban`']
    Q = [('MATCH (p:Person {id: $id}) RETURN p', '{id: %d}', 4), ('MATCH (a:Account)-[:OWNS]->(c:Card) WHERE a.id = $id RETURN c', '{id: %d}', 9),
         ('MATCH p=shortestPath((a:Person {id: $a})-[:KNOWS*..6]-(b:Person {id: $b})) RETURN length(p)', '{a: %d, b: 17}', 60),
         ('MERGE (e:Event {uid: $uid}) SET e.ts = timestamp() RETURN e', '{uid: "%d"}', 6),
         ('CALL db.labels()', '{}', 1)]

    def setup(s, r):
        s.v = 3 if s.year <= 2020 else (4 if s.year <= 2022 else 5)
        s.qid = r.randint(1000, 900000)
        s.drv = {3: 'neo4j-java/1.7.6-d2e8d1d', 4: 'neo4j-python/4.4.1 Python/3.10.12-final-0 (linux)', 5: 'neo4j-java/5.15.0-9a8f3c2'}[s.v]

    def line(s, t, lvl, d, q, par, err=''):
        s.qid += 1
        c = 'bolt-session\tbolt\t%s\t\tclient/10.0.%d.%d:%d\tserver/10.0.0.9:7687>' % (s.drv, s.qid % 8, s.qid % 200 + 2, 30000 + s.qid % 30000)
        ts = t.strftime('%Y-%m-%d %H:%M:%S.') + ms3(t) + '+0000'
        if s.v == 3:
            return '%s %-5s %d ms: %s\tneo4j - %s - %s - {}%s' % (ts, lvl, d, c, q, par, (' - ' + err) if err else '')
        pl = r_ = (s.qid * 7) % 5
        if s.v == 4:
            return '%s %-5s %d ms: (planning: %d, cpu: %d, waiting: 0) - %d B - %d page hits, %d page faults - %s\tneo4j - neo4j - %s - %s - runtime=pipelined - {}%s' % (
                ts, lvl, d, pl, max(0, d - pl), 64 * (s.qid % 500), s.qid % 97, s.qid % 3, c, q, par, (' - ' + err) if err else '')
        return '%s %-5s id:%d - transaction id:%d - %d ms: (planning: %d, waiting: 0) - %d B - %d page hits, %d page faults - %s\tneo4j - neo4j - %s - %s - runtime=pipelined - {}%s' % (
            ts, lvl, s.qid, s.qid * 3 + 11, d, pl, 64 * (s.qid % 500), s.qid % 97, s.qid % 3, c, q, par, (' - ' + err) if err else '')

    def normal(s, r, t, S, flood=False):
        q, p, med = r.choice(s.Q)
        return [s.line(t, 'INFO', int(lognorm(r, med) * S['lat']), q, p % r.randint(1, 99999) if '%' in p else p)]

    def warn(s, r, t):
        return [s.line(t, 'WARN', r.randint(1000, 4000), 'MATCH (n) WHERE n.name CONTAINS $q RETURN n LIMIT 50', '{q: "smi"}')]

    def error(s, r, t):
        return [s.line(t, 'ERROR', r.randint(1, 40), 'MATCH (a:Account {id: $id}) SET a.balance = a.balance - $amt', '{id: %d, amt: 10}' % r.randint(1, 9999),
                       'Neo.TransientError.Transaction.DeadlockDetected: ForsetiClient[%d] can\'t acquire ExclusiveLock{owner=ForsetiClient[%d]} on NODE(%d)' % (r.randint(1, 99), r.randint(1, 99), r.randint(1, 99999)))]

    def newerr(s, r, t, i):
        return [s.line(t, 'ERROR', r.randint(1, 400), 'MERGE (a:Account {iban: $iban}) RETURN a', '{iban: "DE%d"}' % r.randint(10 ** 9, 10 ** 10),
                       s.newerrs[i] % {'n': r.randint(1, 99999), 'h': hx(r, 8)})]

    def periodic(s, r, t):
        return [s.line(t, 'INFO', r.randint(0, 3), 'CALL dbms.components() YIELD name, versions, edition', '{}')]


# ---------------------------------------------------------------- InfluxDB 1.x influxd.log (logfmt + [httpd] access lines)
class Influx(Fmt):
    name = 'influxdb'
    caps = {'http_5xx', 'latency_shift', 'traffic_flood', 'disk_full', 'silence', 'error_burst'}
    base5xx = 0.002
    has_retry_ok = False
    res = 1

    def setup(s, r):
        s.ver = {2019: '1.7.9', 2020: '1.8.3', 2021: '1.8.6', 2022: '1.8.10', 2023: '1.8.10', 2024: '1.11.5',
                 2025: '1.11.8', 2026: '1.12.1'}[s.year]
        s.lid = '0' + ''.join(r.choice('abcdefghijkLMNOPQRSTUVWXYZ0123456789') for _ in range(10))
        s.tver = r.choice(['1.14.5', '1.21.4', '1.28.2'])

    def lf(s, t, lvl, msg, kv):
        return 'ts=%s.%06dZ lvl=%s msg="%s" log_id=%s %s' % (t.strftime('%Y-%m-%dT%H:%M:%S'), t.microsecond, lvl, msg, s.lid, kv)

    def httpd(s, t, r, meth, path, code, size, us, ua):
        lt = s.L(t)
        return '[httpd] %s - %s [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %s-%s-11ee-8001-0242ac1200%02d %d' % (
            ip(r), r.choice(['telegraf', 'grafana', '-']), lt.strftime('%d/%b/%Y:%H:%M:%S %z'), meth, path, code, size, ua,
            hx(r, 8), hx(r, 4), r.randint(2, 9), us)

    def normal(s, r, t, S, flood=False):
        err = r.random() < S['p5xx']
        if flood or r.random() < 0.8:
            code = 500 if err else 204
            L = [s.httpd(t, r, 'POST', '/write?db=%s&precision=ns' % r.choice(['telegraf', 'telegraf', 'iot', 'k8s']), code,
                         0 if code == 204 else 19, int(lognorm(r, 4500) * S['lat']), 'Telegraf/%s Go/1.21.3' % s.tver)]
        else:
            q = r.choice(['SELECT mean("usage_idle") FROM "telegraf"."autogen"."cpu" WHERE time > now() - 1h GROUP BY time(1m), "host"',
                          'SELECT last("used_percent") FROM "telegraf"."autogen"."disk" WHERE time > now() - 5m GROUP BY "path"',
                          'SHOW TAG VALUES FROM "telegraf"."autogen"."system" WITH KEY = "host"'])
            code = 500 if err else 200
            L = [s.lf(t, 'info', 'Executing query', 'service=query query="%s"' % q.replace('"', '\\"')),
                 s.httpd(t, r, 'GET', '/query?db=telegraf&epoch=ms&q=%s' % hx(r, 12), code, r.randint(80, 40000), int(lognorm(r, 14000) * S['lat']), 'Grafana/9.3.2')]
        if err:
            L.append(s.lf(t, 'error', '[500] - \\"timeout\\"', 'service=httpd'))
        return L

    def warn(s, r, t):
        return [s.lf(t, 'warn', 'max-values-per-tag limit may be exceeded soon', 'service=store perc=%d%% n=%d max=100000 db_instance=telegraf measurement=docker_container_cpu tag=container_name' % (r.randint(80, 99), r.randint(80000, 99999)))]

    def error(s, r, t):
        return [s.lf(t, 'error', 'Write failed', 'service=write shard=%d error="partial write: field type conflict: input field \\"value\\" on measurement \\"disk\\" is type float, already exists as type integer dropped=%d"' % (r.randint(100, 900), r.randint(1, 30)))]

    def disk(s, r, t):
        sh = r.randint(100, 900)
        return [s.lf(t, 'error', 'Error adding new TSM files from snapshot. Removing temp files.', 'engine=tsm1 error="sync /var/lib/influxdb/data/telegraf/autogen/%d: no space left on device"' % sh),
                s.lf(t, 'info', 'Error writing snapshot', 'engine=tsm1 error="write /var/lib/influxdb/data/telegraf/autogen/%d/%09d-000000001.tsm.tmp: no space left on device"' % (sh, r.randint(1, 9999)))]

    def periodic(s, r, t):
        tid = hx(r, 11)
        return [s.lf(t, 'info', 'Cache snapshot (start)', 'engine=tsm1 trace_id=%s op_name=tsm1_cache_snapshot op_event=start' % tid),
                s.lf(t, 'info', 'Snapshot for path written', 'engine=tsm1 trace_id=%s op_name=tsm1_cache_snapshot path=/var/lib/influxdb/data/telegraf/autogen/%d duration=%.3fms' % (tid, r.randint(100, 900), r.uniform(20, 900))),
                s.lf(t, 'info', 'Cache snapshot (end)', 'engine=tsm1 trace_id=%s op_name=tsm1_cache_snapshot op_event=end op_elapsed=%.3fms' % (tid, r.uniform(20, 900)))]

    def stop(s, r, t):
        return ['ts=%s.%06dZ lvl=info msg="Signal received, initializing clean shutdown..." log_id=%s' % (t.strftime('%Y-%m-%dT%H:%M:%S'), t.microsecond, s.lid)]

    def banner(s, r, t):
        return [s.lf(t, 'info', 'InfluxDB starting', 'version=%s branch=%s commit=%s' % (s.ver, s.ver[:3], hx(r, 40))),
                s.lf(t, 'info', 'Go runtime', 'version=go1.21.5 maxprocs=8'),
                s.lf(t, 'info', 'Listening on HTTP', 'service=httpd addr=[::]:8086 https=false')]


# ---------------------------------------------------------------- Telegraf
class Telegraf(Fmt):
    name = 'telegraf'
    caps = {'latency_shift', 'error_burst', 'panic', 'new_error', 'silence'}
    res = 1
    has_retry_ok = False
    weight = 0.5
    newerrs = ['E! [inputs.snmp] Error in plugin: initializing table ifXTable: translating: MIB search path: /usr/share/snmp/mibs',
               'E! [inputs.modbus] Error in plugin: modbus: exception \'2\' (illegal data address), function \'131\'',
               'E! [processors.starlark] Error calling function "apply": key "%(h)s" not in dict']

    def setup(s, r):
        s.ver = {2019: '1.12.6', 2020: '1.16.3', 2021: '1.20.4', 2022: '1.24.4', 2023: '1.28.5', 2024: '1.32.3',
                 2025: '1.34.1', 2026: '1.36.2'}[s.year]
        s.host = r.choice(['web01', 'db02', 'edge-gw', 'k8s-node-7'])
        s.outs = r.choice([['influxdb'], ['influxdb', 'prometheus_client'], ['influxdb_v2']])

    def line(s, t, msg):
        return '%s %s' % (t.strftime('%Y-%m-%dT%H:%M:%SZ'), msg)

    def newerr(s, r, t, i):
        return [s.line(t, s.newerrs[i] % {'h': 'tenant'})]

    def normal(s, r, t, S, flood=False):
        o = r.choice(s.outs)
        d = lognorm(r, 14 if o != 'prometheus_client' else 0.4) * S['lat']
        return [s.line(t, 'D! [outputs.%s] Wrote batch of %d metrics in %.6fms' % (o, r.choice([1000, 1000, r.randint(100, 999)]), d)),
                s.line(t, 'D! [outputs.%s] Buffer fullness: %d / 10000 metrics' % (o, r.randint(0, 400)))]

    def warn(s, r, t):
        return [s.line(t, r.choice(['W! [inputs.cpu] Collection took longer than expected; not complete after interval of 10s',
                                    'W! [agent] ["outputs.influxdb"] did not complete within its flush interval']))]

    def error(s, r, t):
        return [s.line(t, r.choice(['E! [inputs.docker] Error in plugin: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
                                    'E! [inputs.ping] Error in plugin: host %s: lookup %s: no such host' % ('nas.home.lan', 'nas.home.lan')]))]

    def panic(s, r, t):
        return [s.line(t, 'E! FATAL: [inputs.snmp] panicked: runtime error: index out of range [%d] with length %d, Stack:' % (r.randint(1, 9), r.randint(0, 1))),
                'goroutine %d [running]:' % r.randint(10, 900),
                'github.com/influxdata/telegraf/plugins/inputs/snmp.(*Table).Build(0xc00%s, {0x5a1b2c0, 0xc00%s}, 0x1)' % (hx(r, 6), hx(r, 6)),
                '\t/go/src/github.com/influxdata/telegraf/plugins/inputs/snmp/snmp.go:%d +0x8d4' % r.randint(300, 700),
                'created by github.com/influxdata/telegraf/agent.(*Agent).gatherLoop in goroutine 1',
                '\t/go/src/github.com/influxdata/telegraf/agent/agent.go:%d +0x1a5' % r.randint(500, 600),
                s.line(t, 'E! PLEASE REPORT THIS PANIC ON GITHUB with stack trace, configuration, and OS information: https://github.com/influxdata/telegraf/issues/new/choose')]

    def banner(s, r, t):
        return [s.line(t, 'I! Loading config: /etc/telegraf/telegraf.conf'), s.line(t, 'I! Starting Telegraf %s' % s.ver),
                s.line(t, 'I! Available plugins: 230 inputs, 9 aggregators, 29 processors, 24 parsers, 59 outputs, 5 secret-stores'),
                s.line(t, 'I! Loaded inputs: cpu disk diskio docker mem net ping snmp system'),
                s.line(t, 'I! Loaded outputs: %s' % ' '.join(s.outs)), s.line(t, 'I! Tags enabled: host=%s' % s.host),
                s.line(t, 'I! [agent] Config: Interval:10s, Quiet:false, Hostname:"%s", Flush Interval:10s' % s.host)]

    def stop(s, r, t):
        return [s.line(t, 'I! [agent] Hang on, flushing any cached metrics before shutdown'), s.line(t, 'I! [agent] Stopping running outputs')]

    def periodic(s, r, t):
        return [s.line(t, 'D! [inputs.disk] [SystemPS] partition ignored, mount point \"/snap/core20/%d\"' % r.randint(1000, 2500))]


# ---------------------------------------------------------------- Apache Flink jobmanager log (log4j)
class Flink(Fmt):
    name = 'flink'
    caps = {'latency_shift', 'retry_storm', 'oom_kill', 'error_burst', 'new_error', 'silence'}
    zoned = False
    has_retry_ok = False
    newerrs = ['org.apache.flink.runtime.blob.BlobServerConnection|Error while executing BLOB connection.',
               'org.apache.flink.runtime.metrics.ReporterSetup|Could not instantiate metrics reporter prom. Metrics might not be exposed/reported.',
               'org.apache.flink.runtime.rest.handler.taskmanager.TaskManagerLogFileHandler|Failed to transfer file from TaskExecutor %(h)s.']

    def setup(s, r):
        s.ver = {2019: '1.9.1', 2020: '1.11.2', 2021: '1.13.2', 2022: '1.15.2', 2023: '1.17.1', 2024: '1.18.1',
                 2025: '1.20.1', 2026: '2.0.0'}[s.year]
        mj = int(s.ver.split('.')[1]) if s.ver[0] == '1' else 99
        s.style = 0 if mj <= 11 else (1 if mj <= 14 else 2)
        s.jobs = [hx(r, 32) for _ in range(r.randint(2, 5))]
        s.cp = {j: r.randint(100, 90000) for j in s.jobs}
        s.med = {j: r.uniform(400, 6000) for j in s.jobs}

    def line(s, t, lvl, cls, msg):
        lt = s.L(t)
        ts = lt.strftime('%Y-%m-%d %H:%M:%S,') + ms3(lt)
        if s.style == 0:
            return '%s %-5s %-60s - %s' % (ts, lvl, cls, msg)
        return '%s %-5s %-60s [] - %s' % (ts, lvl, cls, msg)

    def newerr(s, r, t, i):
        c, m = s.newerrs[i].split('|')
        return [s.line(t, 'ERROR', c, m % {'h': '10.0.%d.%d:%d-%s' % (r.randint(0, 9), r.randint(2, 250), r.randint(30000, 45000), hx(r, 6))})]

    def normal(s, r, t, S, flood=False):
        j = r.choice(s.jobs)
        C = 'org.apache.flink.runtime.checkpoint.CheckpointCoordinator'
        if r.random() < 0.5:
            s.cp[j] += 1
            e = int(t.timestamp() * 1000)
            return [s.line(t, 'INFO', C, 'Triggering checkpoint %d (type=%s) @ %d for job %s.' % (s.cp[j], 'CHECKPOINT' if s.style == 2 else 'CHECKPOINT', e, j))]
        d = int(lognorm(r, s.med[j], 0.35) * S['lat'])
        b = r.randint(10 ** 5, 10 ** 9)
        if s.style == 2:
            return [s.line(t, 'INFO', C, 'Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms).' % (s.cp[j], j, b, d, r.randint(0, 9)))]
        return [s.line(t, 'INFO', C, 'Completed checkpoint %d for job %s (%d bytes in %d ms).' % (s.cp[j], j, b, d))]

    def warn(s, r, t):
        j = r.choice(s.jobs)
        return [s.line(t, 'WARN', 'org.apache.flink.runtime.checkpoint.CheckpointFailureManager', 'Failed to trigger or complete checkpoint %d for job %s. (0 consecutive failed attempts so far)' % (s.cp[j] + 1, j)),
                'org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired before completing.',
                '\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator$CheckpointCanceller.run(CheckpointCoordinator.java:2143) ~[flink-dist-%s.jar:%s]' % (s.ver, s.ver)]

    def error(s, r, t):
        return [s.line(t, 'ERROR', 'org.apache.flink.runtime.rest.handler.job.JobExceptionsHandler', 'Unhandled exception.'),
                'java.util.concurrent.CancellationException: null',
                '\tat java.util.concurrent.CompletableFuture.cancel(CompletableFuture.java:2276) ~[?:1.8.0_382]',
                '\tat org.apache.flink.runtime.rest.handler.legacy.DefaultExecutionGraphCache.getExecutionGraphInternal(DefaultExecutionGraphCache.java:98) ~[flink-dist-%s.jar:%s]' % (s.ver, s.ver)]

    def retry(s, r, t):
        return [s.line(t, 'INFO', 'org.apache.flink.runtime.taskexecutor.TaskExecutor' if r.random() < 0.5 else 'org.apache.flink.runtime.jobmaster.JobMaster',
                       'Could not resolve ResourceManager address akka.tcp://flink@flink-jobmanager:6123/user/rpc/resourcemanager_*, retrying in 10000 ms: Could not connect to rpc endpoint under address akka.tcp://flink@flink-jobmanager:6123/user/rpc/resourcemanager_*.')]

    def oom(s, r, t):
        return [s.line(t, 'ERROR', 'org.apache.flink.runtime.entrypoint.ClusterEntrypoint', 'Fatal error occurred in the cluster entrypoint.'),
                'java.lang.OutOfMemoryError: Java heap space',
                '\tat java.util.Arrays.copyOf(Arrays.java:3236) ~[?:1.8.0_382]',
                '\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator.completePendingCheckpoint(CheckpointCoordinator.java:1239) ~[flink-dist-%s.jar:%s]' % (s.ver, s.ver),
                s.line(t, 'INFO', 'org.apache.flink.runtime.blob.BlobServer', 'Stopped BLOB server at 0.0.0.0:6124')]

    def banner(s, r, t):
        C = 'org.apache.flink.runtime.entrypoint.ClusterEntrypoint'
        return [s.line(t, 'INFO', C, '-' * 80),
                s.line(t, 'INFO', C, ' Starting StandaloneSessionClusterEntrypoint (Version: %s, Scala: 2.12, Rev:%s, Date:2023-05-19T10:45:46+02:00)' % (s.ver, hx(r, 7))),
                s.line(t, 'INFO', C, ' OS current user: flink'),
                s.line(t, 'INFO', C, ' JVM: OpenJDK 64-Bit Server VM - Eclipse Adoptium - 11/11.0.20+8'),
                s.line(t, 'INFO', C, ' Maximum heap size: 1024 MiBytes'),
                s.line(t, 'INFO', C, '-' * 80)]

    def stop(s, r, t):
        return [s.line(t, 'INFO', 'org.apache.flink.runtime.entrypoint.ClusterEntrypoint', 'RECEIVED SIGNAL 15: SIGTERM. Shutting down as requested.'),
                s.line(t, 'INFO', 'org.apache.flink.runtime.entrypoint.ClusterEntrypoint', 'Shutting StandaloneSessionClusterEntrypoint down with application status UNKNOWN. Diagnostics Cluster entrypoint has been closed externally..')]

    def periodic(s, r, t):
        return [s.line(t, 'INFO', 'org.apache.flink.runtime.resourcemanager.slotmanager.DeclarativeSlotManager', 'Received resource requirements from job %s: [ResourceRequirement{resourceProfile=ResourceProfile{UNKNOWN}, numberOfRequiredSlots=%d}]' % (r.choice(s.jobs), r.randint(1, 16)))]


# ---------------------------------------------------------------- Home Assistant home-assistant.log
class HomeAssistant(Fmt):
    name = 'home-assistant'
    caps = {'retry_storm', 'error_burst', 'new_error', 'silence'}
    zoned = False
    newerrs = ['ERROR (Recorder) [homeassistant.components.recorder.core] Error in database connectivity during commit: Error executing query: (sqlite3.OperationalError) attempt to write a readonly database',
               'ERROR (MainThread) [homeassistant.components.zha.core.gateway] Couldn\'t start EZSP = Silicon Labs EmberZNet protocol: Elelabs, HUSBZB-1, Telegesis coordinator (attempt %(n)d of 3)',
               'ERROR (MainThread) [homeassistant.components.websocket_api.http.connection] [%(n)d] Error handling message: Unknown error (unknown_error) Mike from 192.168.1.%(n)d']
    ENT = [('sensor.kitchen_temperature', '°C', 'temperature'), ('sensor.living_room_humidity', '%', 'humidity'),
           ('sensor.power_meter', 'W', 'power'), ('binary_sensor.hallway_motion', None, 'motion'),
           ('light.living_room', None, None), ('sensor.outdoor_temperature', '°C', 'temperature')]

    def setup(s, r):
        s.new = s.year >= 2022
        s.res = 0.001 if s.new else 1
        s.ver = {2019: '0.103.5', 2020: '0.118.5', 2021: '2021.12.10', 2022: '2022.12.8', 2023: '2023.12.4',
                 2024: '2024.12.5', 2025: '2025.6.3', 2026: '2026.11.2'}[s.year]

    def line(s, t, lvl, thread, comp, msg):
        lt = s.L(t)
        ts = lt.strftime('%Y-%m-%d %H:%M:%S') + ('.' + ms3(lt) if s.new else '')
        return '%s %s (%s) [%s] %s' % (ts, lvl, thread, comp, msg)

    def newerr(s, r, t, i):
        lt = s.L(t)
        ts = lt.strftime('%Y-%m-%d %H:%M:%S') + ('.' + ms3(lt) if s.new else '')
        return [ts + ' ' + s.newerrs[i] % {'n': 1 + i * 7}]

    def normal(s, r, t, S, flood=False):
        e, u, dc = r.choice(s.ENT)
        lt = s.L(t)
        if u:
            v = '%.1f' % r.uniform(15, 30) if u == '°C' else ('%d' % r.randint(30, 70) if u == '%' else '%d' % r.randint(80, 3000))
            attrs = 'state_class=measurement, unit_of_measurement=%s, device_class=%s, friendly_name=%s' % (u, dc, e.split('.')[1].replace('_', ' ').title())
        else:
            v = r.choice(['on', 'off'])
            attrs = 'friendly_name=%s' % e.split('.')[1].replace('_', ' ').title()
        st = '<state %s=%s; %s @ %s>' % (e, v, attrs, lt.isoformat())
        return [s.line(t, 'DEBUG', 'MainThread', 'homeassistant.core', 'Bus:Handling <Event state_changed[L]: entity_id=%s, old_state=%s, new_state=%s>' % (e, st, st))]

    def warn(s, r, t):
        return [s.line(t, 'WARNING', 'MainThread', 'homeassistant.components.sensor', 'Updating %s sensor took longer than the scheduled update interval 0:00:30' % r.choice(['speedtestdotnet', 'ping', 'command_line']))]

    def error(s, r, t):
        return [s.line(t, 'ERROR', 'MainThread', 'homeassistant.helpers.update_coordinator', 'Error fetching %s data: %s' % r.choice([('accuweather', 'Invalid response from API: 503'), ('met', 'Cannot connect to host api.met.no:443 ssl:default [Try again]')]))]

    def retry(s, r, t):
        return [s.line(t, 'ERROR', 'MainThread', 'homeassistant.components.mqtt.client', 'Failed to connect to MQTT server due to exception: [Errno 111] Connection refused')]

    def retry_ok(s, r, t):
        return [s.line(t, 'WARNING', 'MainThread', 'homeassistant.components.mqtt.client', 'Disconnected from MQTT server core-mosquitto:1883 (7)'),
                s.line(t, 'INFO', 'MainThread', 'homeassistant.components.mqtt.client', 'Connected to MQTT server core-mosquitto:1883 (0)')]

    def stop(s, r, t):
        return [s.line(t, 'INFO', 'MainThread', 'homeassistant.core', 'Stopping Home Assistant')]

    def banner(s, r, t):
        return [s.line(t, 'INFO', 'MainThread', 'homeassistant.bootstrap', 'Config directory: /config'),
                s.line(t, 'INFO', 'MainThread', 'homeassistant.core', 'Starting Home Assistant %s' % s.ver) if False else
                s.line(t, 'INFO', 'MainThread', 'homeassistant.core', 'Starting Home Assistant'),
                s.line(t, 'INFO', 'MainThread', 'homeassistant.bootstrap', 'Home Assistant initialized in %.2fs' % r.uniform(6, 40))]

    def periodic(s, r, t):
        return [s.line(t, 'DEBUG', 'Recorder', 'homeassistant.components.recorder.core', 'Sending keepalive')]
