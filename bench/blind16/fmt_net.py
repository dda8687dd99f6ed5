import sys
sys.dont_write_bytecode = True
from fmt_base import *
from fmt_other import kern_oom


class Synology(Fmt):
    fname = 'messages'
    absolute = True
    theme = 'nas'
    weight = 0.8
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic')

    def setup(self, r):
        self.up = r.randint(100000, 9000000)
        self.ipids = r.randint(10000, 30000)

    def P(self, t, tag, msg):
        return '%s %s %s: %s' % (self.iso_off(t), self.host, tag, msg)

    def K(self, t, msg):
        return self.P(t, 'kernel', '[%d.%06d] %s' % (self.up + (t - self.sc.w0) // 1000, t % 1000 * 1000, msg))

    def info(self, r, t):
        x = r.random()
        if x < 0.3:
            return self.P(t, 'synoscgi_SYNO.Core.System.Utilization_1_get[%d]' % r.randint(10000, 32000), 'utilization.cpp:%d Fetch utilization' % r.randint(100, 300))
        if x < 0.5:
            return self.P(t, 'sshd[%d]' % r.randint(10000, 32000), 'Accepted publickey for %s from %s port %d ssh2' % (r.choice(['admin', 'backup']), ip(r, '192.168'), r.randint(30000, 65000)))
        if x < 0.7:
            return self.P(t, 'synoscheduler[%d]' % r.randint(10000, 32000), 'synoschedtask.c:%d Task [%s] run.' % (r.randint(100, 900), r.choice(['Snapshot Replication', 'DSM Auto Update', 'S.M.A.R.T. Test'])))
        if x < 0.85:
            return self.P(t, 'synostgd-disk[%d]' % r.randint(10000, 32000), 'disk/disk_temperature_get.c:%d [/dev/sata%d] temperature=%d' % (r.randint(40, 90), r.randint(1, 8), r.randint(29, 44)))
        return self.P(t, 'smbd[%d]' % r.randint(10000, 32000), '[%s] share [%s] connect from %s' % (r.choice(['alice', 'bob', 'scanner']), r.choice(['home', 'public', 'projects']), ip(r, '192.168')))

    def warn(self, r, t):
        return self.P(t, 'synostgd-disk[%d]' % r.randint(10000, 32000), 'disk/disk_smart_test.c:%d [/dev/sata%d] reallocated sector count increased' % (r.randint(100, 900), r.randint(1, 8)))

    def err(self, r, t, i):
        if i == 0:
            return self.P(t, 'synoscgi_SYNO.API.Auth_6_login[%d]' % r.randint(10000, 32000), 'auth.cpp:%d User [admin] from [%s] failed to log in via [DSM] due to authorization failure.' % (r.randint(100, 900), ip(r, '192.168')))
        if i == 1:
            return self.P(t, 'synorelayd[%d]' % r.randint(10000, 32000), 'relayd/relayd.cpp:%d Failed to update server info [%d]' % (r.randint(100, 900), r.choice([-7, -9])))
        return self.P(t, 'hotplugd[%d]' % r.randint(10000, 32000), 'hotplugd.c:%d ignore event of usb device' % r.randint(100, 900))

    def newerr(self, r, t):
        return self.K(t, 'ata%d.00: exception Emask 0x0 SAct 0x%x SErr 0x0 action 0x0' % (r.randint(1, 8), r.getrandbits(16)))

    def retry(self, r, t):
        return self.P(t, 'synoldapclientd[%d]' % self.ipids, 'ldap_client.cpp:%d Failed to connect to LDAP server [ldaps://dc01.%s], retry after %d seconds' % (r.randint(100, 900), self.sc.domain, r.choice([5, 10, 30])))

    def retry_ok(self, r, t):
        return self.P(t, 'synoldapclientd[%d]' % self.ipids, 'ldap_client.cpp:%d Bind to LDAP server [ldaps://dc01.%s] succeeded' % (r.randint(100, 900), self.sc.domain))

    def oom(self, r, t):
        pid = r.randint(5000, 30000)
        return [(0, self.K(t, 'synoindexd invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0')),
                (2, self.K(t + 2, 'Out of memory: Kill process %d (synoindexd) score %d or sacrifice child' % (pid, r.randint(300, 900)))),
                (3, self.K(t + 3, 'Killed process %d (synoindexd) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB' % (pid, r.randint(900000, 2000000), r.randint(600000, 900000), r.randint(1000, 9000))))]

    def crash(self, r, t):
        return [(0, self.K(t, 'synoindexd[%d]: segfault at 0 ip %016x sp %016x error 4 in libsynocore.so.1[%012x+%x]' % (r.randint(5000, 30000), r.getrandbits(47), r.getrandbits(47), r.getrandbits(44), r.getrandbits(20))))]

    def banner(self, r, t):
        return [(0, self.P(t, 'synoindexd[%d]' % r.randint(5000, 30000), 'synoindexd.cpp:%d synoindexd start' % r.randint(100, 300))),
                (300, self.P(t + 300, 'synoindexd[%d]' % r.randint(5000, 30000), 'index_plugin_mgr.cpp:%d All plugins loaded' % r.randint(100, 300)))]

    def stop(self, r, t):
        return [(0, self.P(t, 'synopkg[%d]' % r.randint(5000, 30000), 'pkgtool.cpp:%d stop SynoFinder' % r.randint(100, 900)))]

    def diskfull(self, r, t):
        if r.random() < 0.5:
            return self.P(t, 'rsync[%d]' % r.randint(5000, 30000), 'rsync: write failed on "/volume1/backup/%s/%s.dat": No space left on device (28)' % (r.choice(['db', 'vm', 'home']), hexs(r, 10)))
        return self.P(t, 'synostoraged[%d]' % r.randint(5000, 30000), 'space_lib.cpp:%d Volume [/volume1] No space left on device, free=0' % r.randint(100, 900))

    def periodic(self):
        return [(60, lambda r, t: self.P(t, 'synoscgi_SYNO.Core.System.Status_1_get[%d]' % r.randint(10000, 32000), 'status.cpp:%d Status ok' % r.randint(100, 200))),
                (300, lambda r, t: self.P(t, 'syno_hibernation_log[%d]' % r.randint(10000, 32000), 'hibernation check: not idle'))]


class TrueNAS(Fmt):
    fname = 'middlewared.log'
    theme = 'nas'
    weight = 0.7
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'disk_full', 'panic')

    def L(self, t, lvl, where, msg):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        return '[%04d/%02d/%02d %02d:%02d:%02d] (%s) %s - %s' % (Y, Mo, D, h, mi, (t // 1000) % 60, lvl, where, msg)

    def info(self, r, t):
        x = r.random()
        if x < 0.3:
            return self.L(t, 'DEBUG', 'middlewared.plugins.smart.SMARTTestService.query():%d' % r.randint(100, 900), 'Querying SMART tests for %d disks' % r.randint(4, 24))
        if x < 0.55:
            return self.L(t, 'INFO', 'middlewared.plugins.zettarepl.ZettareplService._observer():%d' % r.randint(300, 900), 'Periodic snapshot task %d finished: %d snapshots created' % (r.randint(1, 8), r.randint(1, 40)))
        if x < 0.8:
            return self.L(t, 'DEBUG', 'middlewared.plugins.disk_.sync.sync():%d' % r.randint(40, 200), 'Syncing disk %s' % r.choice(['sda', 'sdb', 'sdc', 'sdd', 'nvme0n1']))
        return self.L(t, 'INFO', 'middlewared.plugins.service_.services.base.call():%d' % r.randint(40, 200), 'Running %s' % r.choice(['systemctl reload nginx', 'systemctl restart smbd', 'zpool list -H -o name']))

    def warn(self, r, t):
        return self.L(t, 'WARNING', 'middlewared.plugins.alert.AlertService.run():%d' % r.randint(100, 900), 'Alert source ScrubPausedAlertSource took %.2f seconds' % r.uniform(5, 20))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'ERROR', 'middlewared.plugins.update_.check.check_available():%d' % r.randint(100, 300), 'Failed to check for updates: Cannot connect to host update.ixsystems.com:443 ssl:default [Connection reset by peer]')
        if i == 1:
            return self.L(t, 'ERROR', 'middlewared.plugins.cloud_sync.CloudSyncService.sync():%d' % r.randint(100, 900), 'Cloud sync task %d failed: rclone exited with code 7' % r.randint(1, 5))
        return self.L(t, 'WARNING', 'middlewared.plugins.nfs_.NFSService.validate():%d' % r.randint(100, 900), 'NFS share path /mnt/tank/%s does not exist' % r.choice(['old', 'tmp', 'scratch']))

    def newerr(self, r, t):
        return self.L(t, 'ERROR', 'middlewared.plugins.pool_.pool.PoolService.import_pool():%d' % r.randint(100, 900), "Failed to import pool 'backup': cannot import 'backup': I/O error")

    def retry(self, r, t):
        return self.L(t, 'WARNING', 'middlewared.plugins.activedirectory_.dns.conn_check():%d' % r.randint(100, 300), 'Failed to connect to domain controller dc0%d.%s: retrying in %d seconds' % (r.randint(1, 3), self.sc.domain, r.choice([5, 10, 15])))

    def retry_ok(self, r, t):
        return self.L(t, 'INFO', 'middlewared.plugins.activedirectory_.dns.conn_check():%d' % r.randint(100, 300), 'Connection to domain controller dc01.%s established' % self.sc.domain)

    def diskfull(self, r, t):
        return self.L(t, 'ERROR', 'middlewared.plugins.reporting.ReportingService.update():%d' % r.randint(100, 900), "Failed to write metrics: [Errno 28] No space left on device: '/var/db/system/rrd-%s/localhost/%s.rrd'" % (hexs(r, 32), r.choice(['cpu', 'memory', 'df', 'interface'])))

    def crash(self, r, t):
        out = [(0, self.L(t, 'CRITICAL', 'middlewared.main.main():%d' % r.randint(1700, 1900), 'Fatal exception in middlewared, aborting'))]
        for x in ['Traceback (most recent call last):', '  File "/usr/lib/python3/dist-packages/middlewared/main.py", line 1841, in main',
                  '    Middleware(**kwargs).run()', '  File "/usr/lib/python3/dist-packages/middlewared/main.py", line 1710, in run',
                  '    self.loop.run_forever()', 'RuntimeError: Event loop stopped before Future completed.']:
            out.append((0, x))
        return out

    def banner(self, r, t):
        return [(0, self.L(t, 'INFO', 'middlewared.main.__init__():%d' % r.randint(1000, 1100), 'Starting TrueNAS middleware')),
                (4000, self.L(t + 4000, 'INFO', 'middlewared.main.__plugins_load():%d' % r.randint(1100, 1200), 'All plugins loaded')),
                (9000, self.L(t + 9000, 'INFO', 'middlewared.main.run():%d' % r.randint(1700, 1800), 'Middleware is ready'))]

    def stop(self, r, t):
        return [(0, self.L(t, 'INFO', 'middlewared.main.terminate():%d' % r.randint(1600, 1700), 'Terminating'))]

    def periodic(self):
        return [(60, lambda r, t: self.L(t, 'DEBUG', 'middlewared.plugins.reporting.ReportingService.update():%d' % r.randint(100, 200), 'Reporting stats collected'))]


class MikroTik(Fmt):
    fname = 'mikrotik.log'
    theme = 'net'
    weight = 1.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')

    def setup(self, r):
        self.rip = '192.168.88.1'

    def P(self, t, topics, msg):
        return '%s %s %s %s' % (self.bsd(t), self.rip, topics, msg)

    def info(self, r, t):
        x = r.random()
        if x < 0.55:
            return self.P(t, 'firewall,info', '%s: in:%s out:%s, connection-state:new src-mac %s, proto TCP (SYN), %s:%d->%s:%d, len 60' % (
                r.choice(['forward', 'input']), r.choice(['bridge', 'ether1']), r.choice(['ether1', '(unknown 0)']), mac(r).lower(), ip(r, '192.168'), r.randint(30000, 65000), pub_ip(r), r.choice([443, 80, 22, 8291, 53])))
        if x < 0.75:
            return self.P(t, 'dhcp,info', 'dhcp1 %s 192.168.88.%d %s %s' % (*r.choice([('assigned', 'to'), ('deassigned', 'from')]), r.randint(10, 254), mac(r)) if False else
                          'dhcp1 %s 192.168.88.%d %s' % (*r.choice([('assigned', 'to'), ('deassigned', 'from')]), r.randint(10, 254), mac(r)) if False else ('dhcp1 assigned 192.168.88.%d to %s' if r.random() < 0.5 else 'dhcp1 deassigned 192.168.88.%d from %s') % (r.randint(10, 254), mac(r)))
        if x < 0.9:
            return self.P(t, 'wireless,info', '%s@wlan%d: %s' % (mac(r), r.randint(1, 2), r.choice(['connected, signal strength -%d' % r.randint(40, 80), 'disconnected, received disassoc: sending station leaving (8), signal strength -%d' % r.randint(50, 85)])))
        return self.P(t, 'system,info,account', 'user admin logged %s %s via %s' % (r.choice(['in from', 'out from']), ip(r, '192.168'), r.choice(['winbox', 'ssh', 'web'])))

    def warn(self, r, t):
        return self.P(t, 'dhcp,warning', 'dhcp1 offering lease 192.168.88.%d for %s without success' % (r.randint(10, 254), mac(r)))

    def err(self, r, t, i):
        if i == 0:
            return self.P(t, 'system,error,critical', 'login failure for user admin from %s via ssh' % pub_ip(r))
        if i == 1:
            return self.P(t, 'interface,warning', 'ether%d excessive or late collision, link duplex mismatch?' % r.randint(2, 5))
        return self.P(t, 'ipsec,error', 'phase1 negotiation failed due to time up %s[500]<=>%s[500]' % (pub_ip(r), pub_ip(r)))

    def newerr(self, r, t):
        return self.P(t, 'interface,warning', 'sfp-sfpplus1 link down, rx-loss, module temperature %d C' % r.randint(70, 90))

    def retry(self, r, t):
        return self.P(t, 'pppoe,ppp,info', 'pppoe-out1: %s' % r.choice(['initializing...', 'dialing...', 'disconnected', 'terminating... - peer is not responding']))

    def retry_ok(self, r, t):
        return self.P(t, 'pppoe,ppp,info', 'pppoe-out1: connected')

    def periodic(self):
        return [(30, lambda r, t: self.P(t, 'script,info', 'netwatch %s up' % '8.8.8.8')),
                (300, lambda r, t: self.P(t, 'system,info', 'ntp change time %s' % self.bsd(t)) if False else self.P(t, 'script,info', 'backup-check ok'))]


class UniFi(Fmt):
    fname = 'server.log'
    theme = 'net'
    res = 1
    weight = 1.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic')

    def setup(self, r):
        self.ver = ('5.6.40', 'atag_5.6.40_10370') if self.year < 2020 else ('6.5.55', 'atag_6.5.55_16678') if self.year < 2022 else ('7.4.162', 'atag_7.4.162_21057') if self.year < 2024 else ('8.1.127', 'atag_8.1.127_24240')
        self.aps = [mac(r).lower() for _ in range(12)]

    def L(self, t, thr, lvl, comp, msg):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        sep = 'T' if self.year >= 2020 else ' '
        return '[%04d-%02d-%02d%s%02d:%02d:%02d,%03d] <%s> %-5s %-6s - %s' % (Y, Mo, D, sep, h, mi, (t // 1000) % 60, t % 1000, thr, lvl, comp, msg)

    def info(self, r, t):
        x = r.random()
        if x < 0.4:
            return self.L(t, 'inform-%d' % r.randint(1, 40), 'INFO', 'event', '[event] User[%s] has connected to AP[%s] with SSID "%s" on "channel %d(%s)"' % (mac(r).lower(), r.choice(self.aps), r.choice(['corp', 'guest', 'iot']), r.choice([1, 6, 11, 36, 44, 149]), r.choice(['ng', 'na'])))
        if x < 0.7:
            return self.L(t, 'inform-%d' % r.randint(1, 40), 'INFO', 'event', '[event] User[%s] disconnected from "%s" (%dm %ds connected, %.2fM bytes, last AP[%s])' % (mac(r).lower(), r.choice(['corp', 'guest']), r.randint(1, 300), r.randint(0, 59), r.uniform(0.1, 900), r.choice(self.aps)))
        if x < 0.85:
            return self.L(t, 'inform-%d' % r.randint(1, 40), 'INFO', 'inform', '[inform] Received inform from %s (v%s)' % (r.choice(self.aps), r.choice(['6.5.28', '6.6.55', '6.0.21'])))
        return self.L(t, 'webapi-%d' % r.randint(1, 12), 'INFO', 'api', '[api] %s logged in from %s' % (r.choice(['admin', 'helpdesk']), ip(r, '10.60')))

    def warn(self, r, t):
        return self.L(t, 'inform-%d' % r.randint(1, 40), 'WARN', 'inform', 'Decrypt Error, use default key. Device: %s' % r.choice(self.aps))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'inform-%d' % r.randint(1, 40), 'WARN', 'event', '[event] AP[%s] was disconnected' % r.choice(self.aps))
        if i == 1:
            return self.L(t, 'webapi-%d' % r.randint(1, 12), 'ERROR', 'api', '[api] login failed for user "admin" from %s' % ip(r, '10.60'))
        return self.L(t, 'device-stat', 'ERROR', 'dev', 'Failed to save device stats: com.mongodb.MongoWriteConcernException: Write concern error')

    def newerr(self, r, t):
        return self.L(t, 'inform-%d' % r.randint(1, 40), 'ERROR', 'dev', '[%s] Adoption failed: device reported "Provisioning failed: config checksum mismatch"' % r.choice(self.aps))

    def retry(self, r, t):
        return r.choice([self.L(t, 'db-server', 'WARN', 'db', 'mongo is not ready, retrying in 5 sec'),
                         self.L(t, 'launcher', 'INFO', 'db', 'Connecting to mongodb://127.0.0.1:27117 (attempt %d)' % r.randint(1, 30))])

    def retry_ok(self, r, t):
        return self.L(t, 'db-server', 'INFO', 'db', 'DbServer is ready')

    def jstack(self, head):
        return [(0, '\t' + x) for x in ['at com.ubnt.service.inform.InformServlet.doPost(Unknown Source)', 'at javax.servlet.http.HttpServlet.service(HttpServlet.java:681)',
                                        'at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:231)', 'at java.base/java.lang.Thread.run(Thread.java:829)']]

    def oom(self, r, t):
        return [(0, self.L(t, 'inform-%d' % r.randint(1, 40), 'ERROR', 'system', 'java.lang.OutOfMemoryError: Java heap space'))] + self.jstack(0) + \
            [(500, self.L(t + 500, 'launcher', 'ERROR', 'system', 'JVM exited with code 3 (java.lang.OutOfMemoryError)'))]

    def crash(self, r, t):
        return [(0, self.L(t, 'inform-%d' % r.randint(1, 40), 'ERROR', 'system', 'Fatal exception, shutting down: java.lang.NullPointerException'))] + self.jstack(0)

    def banner(self, r, t):
        bar = '=' * 70
        return [(0, self.L(t, 'launcher', 'INFO', 'system', bar)),
                (1, self.L(t + 1, 'launcher', 'INFO', 'system', 'UniFi %s (build %s - release/release) is started' % self.ver)),
                (2, self.L(t + 2, 'launcher', 'INFO', 'system', bar)),
                (3, self.L(t + 3, 'launcher', 'INFO', 'system', 'BASE dir:/usr/lib/unifi'))]

    def stop(self, r, t):
        return [(0, self.L(t, 'launcher', 'INFO', 'system', 'Shutting down...'))]

    def periodic(self):
        return [(60, lambda r, t: self.L(t, 'periodic-stat', 'INFO', 'stat', 'stat.minute aggregation done, %d docs' % r.randint(50, 400)))]


class SonicWall(Fmt):
    fname = 'sonicwall.log'
    theme = 'net'
    weight = 1.2
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')

    def setup(self, r):
        self.sn = '0040%08X' % r.getrandbits(32)
        self.fw = pub_ip(r)
        self.utc = r.random() < 0.6
        self.absolute = self.utc
        self.n = r.randint(1000, 900000)
        self.dev = '10.70.0.1'

    def P(self, r, t, pri, c, m, msg, rest=''):
        self.n += 1
        if self.utc:
            Y, Mo, D, h, mi, wd, off = self.sc.uclock.lt(t)
            tm = '%04d-%02d-%02d %02d:%02d:%02d UTC' % (Y, Mo, D, h, mi, (t // 1000) % 60)
        else:
            tm = self.localdt(t)
        return '%s %s id=firewall sn=%s time="%s" fw=%s pri=%d c=%d m=%d msg="%s" n=%d%s' % (self.bsd(t), self.dev, self.sn, tm, self.fw, pri, c, m, msg, self.n, rest)

    def conn(self, r):
        return ' src=%s:%d:X0 dst=%s:%d:X1 proto=%s' % (ip(r, '10.70'), r.randint(30000, 65000), pub_ip(r), r.choice([443, 80, 53, 123]), r.choice(['tcp/https', 'tcp/http', 'udp/dns']))

    def info(self, r, t):
        if r.random() < 0.5:
            return self.P(r, t, 6, 262144, 98, 'Connection Opened', ' app=%d%s' % (r.randint(1, 60000), self.conn(r)))
        return self.P(r, t, 6, 1024, 537, 'Connection Closed', ' app=%d%s sent=%d rcvd=%d spkt=%d rpkt=%d cdur=%d' % (r.randint(1, 60000), self.conn(r), r.randint(60, 90000), r.randint(60, 900000), r.randint(1, 90), r.randint(1, 900), r.randint(10, 900000)))

    def warn(self, r, t):
        return self.P(r, t, 5, 32, 14, 'Web site access denied', self.conn(r) + ' dstname=%s arg=/ code=%d Category="%s"' % (r.choice(['ads.example.net', 'tracker.example.com']), r.randint(20, 60), 'Advertisement'))

    def err(self, r, t, i):
        if i == 0:
            return self.P(r, t, 1, 32, 82, 'Possible port scan detected', ' src=%s:%d:X1 dst=%s:%d:X1 note="TCP scanned port list, 22, 23, 3389, 445"' % (pub_ip(r), r.randint(30000, 65000), self.fw, 22))
        if i == 1:
            return self.P(r, t, 1, 32, 24, 'Administrator login denied due to bad credentials', ' src=%s:%d:X1 dst=%s:443:X1 usr="admin"' % (pub_ip(r), r.randint(30000, 65000), self.fw))
        return self.P(r, t, 3, 4, 36, 'TCP packet received on non-existent/closed connection; TCP packet dropped', self.conn(r))

    def newerr(self, r, t):
        return self.P(r, t, 2, 1, 1149, 'HA Peer Firewall Heartbeat Lost', ' note="Secondary firewall is not responding"')

    def retry(self, r, t):
        return self.P(r, t, 4, 16, r.choice([933, 350]), r.choice(['IKE Initiator: Remote party timeout - Retransmitting IKE request.', 'IKE Initiator: Start Main Mode negotiation (Phase 1)']), ' src=%s:500 dst=%s:500' % (self.fw, '198.51.100.20'))

    def retry_ok(self, r, t):
        return self.P(r, t, 6, 16, 645, 'IKE Initiator: Main Mode complete (Phase 1)', ' src=%s:500 dst=%s:500' % (self.fw, '198.51.100.20'))

    def periodic(self):
        return [(60, lambda r, t: self.P(r, t, 6, 64, 1197, 'NAT Mapping', ' src=%s:123:X0 dst=%s:123:X1 note="Source: %s, 123, Destination: 129.6.15.28, 123, Protocol: 17"' % (self.dev, '129.6.15.28', self.fw)))]


class OpenWrt(Fmt):
    fname = 'logread.txt'
    theme = 'net'
    weight = 0.8
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic')

    def setup(self, r):
        self.up = r.randint(10000, 9000000)
        self.dpid = r.randint(1000, 5000)
        self.wl = 'phy0-ap0' if self.year >= 2023 else 'wlan0'

    def P(self, t, fac, tag, msg):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        return '%s %s %2d %02d:%02d:%02d %04d %s %s: %s' % (WD[wd], MON[Mo - 1], D, h, mi, (t // 1000) % 60, Y, fac, tag, msg)

    def K(self, t, fac, msg):
        return self.P(t, fac, 'kernel', '[%6d.%06d] %s' % (self.up + (t - self.sc.w0) // 1000, t % 1000 * 1000, msg))

    def info(self, r, t):
        x = r.random()
        m = mac(r).lower()
        if x < 0.35:
            return self.P(t, 'daemon.info', 'dnsmasq-dhcp[%d]' % self.dpid, '%s(br-lan) 192.168.1.%d %s%s' % (r.choice(['DHCPREQUEST', 'DHCPACK']), r.randint(100, 250), m, r.choice(['', ' android-' + hexs(r, 8), ' iPhone', ' printer'])))
        if x < 0.65:
            return self.P(t, 'daemon.info', 'hostapd', '%s: STA %s %s' % (self.wl, m, r.choice(['IEEE 802.11: authenticated', 'IEEE 802.11: associated (aid %d)' % r.randint(1, 20), 'WPA: pairwise key handshake completed (RSN)', 'IEEE 802.11: disassociated'])))
        if x < 0.8:
            return self.P(t, 'daemon.notice', 'hostapd', '%s: %s %s' % (self.wl, r.choice(['AP-STA-CONNECTED', 'AP-STA-DISCONNECTED']), m))
        if x < 0.9:
            return self.P(t, 'authpriv.info', 'dropbear[%d]' % r.randint(5000, 30000), 'Child connection from %s:%d' % (ip(r, '192.168'), r.randint(30000, 65000)))
        return self.K(t, 'kern.info', 'br-lan: port %d(%s) entered %s state' % (r.randint(2, 4), self.wl, r.choice(['forwarding', 'blocking', 'disabled'])))

    def warn(self, r, t):
        return self.P(t, 'daemon.warn', 'dnsmasq[%d]' % self.dpid, 'possible DNS-rebind attack detected: %s' % r.choice(['router.asus.com', 'fritz.box', 'wpad.home']))

    def err(self, r, t, i):
        if i == 0:
            return self.P(t, 'authpriv.warn', 'dropbear[%d]' % r.randint(5000, 30000), "Bad password attempt for 'root' from %s:%d" % (pub_ip(r), r.randint(30000, 65000)))
        if i == 1:
            return self.P(t, 'daemon.err', 'odhcpd[%d]' % 1500, 'Failed to send to ff02::1%%br-lan@br-lan (Address not available)')
        return self.P(t, 'daemon.err', 'uhttpd[%d]' % 1400, 'luci: failed login on / for root from %s' % ip(r, '192.168'))

    def newerr(self, r, t):
        return self.K(t, 'kern.warn', 'ieee80211 phy0: rt2x00queue_write_tx_frame: Error - Dropping frame due to full tx queue %d' % r.randint(0, 3))

    def retry(self, r, t):
        return self.P(t, 'daemon.notice', 'netifd', 'wan (%d): udhcpc: sending discover' % 2103)

    def retry_ok(self, r, t):
        return self.P(t, 'daemon.notice', 'netifd', 'wan (%d): udhcpc: lease of 100.64.%d.%d obtained, lease time 3600' % (2103, r.randint(0, 255), r.randint(2, 250)))

    def oom(self, r, t):
        pid = self.dpid
        out = [(i, self.K(t + i, 'kern.warn' if i == 0 else 'kern.err', x)) for i, x in enumerate(kern_oom(r, 'dnsmasq', pid, self.up))]
        out.append((30, self.P(t + 30, 'daemon.info', 'procd', 'Instance dnsmasq::cfg01411c s in a crash loop 1 crashes, 0 seconds since last crash')))
        self.dpid = pid + r.randint(100, 2000)
        return out

    def crash(self, r, t):
        return [(0, self.K(t, 'kern.info', 'hostapd[%d]: segfault at 0 ip %08x sp %08x error 4 in libc.so[%08x+%x]' % (r.randint(900, 3000), r.getrandbits(31), r.getrandbits(31), r.getrandbits(31), r.getrandbits(19))))]

    def banner(self, r, t):
        if r.random() < 0.5 or True:
            return [(0, self.P(t, 'daemon.info', 'dnsmasq[%d]' % self.dpid, 'started, version 2.%d cachesize 150' % (80 if self.year < 2021 else 89))),
                    (2, self.P(t + 2, 'daemon.info', 'dnsmasq[%d]' % self.dpid, 'DNS service limited to local subnets')),
                    (5, self.P(t + 5, 'daemon.info', 'dnsmasq[%d]' % self.dpid, 'using nameserver 1.1.1.1#53')),
                    (400, self.P(t + 400, 'daemon.notice', 'hostapd', '%s: interface state COUNTRY_UPDATE->ENABLED' % self.wl)),
                    (410, self.P(t + 410, 'daemon.notice', 'hostapd', '%s: AP-ENABLED' % self.wl))]

    def stop(self, r, t):
        return [(0, self.P(t, 'daemon.info', 'dnsmasq[%d]' % self.dpid, 'exiting on receipt of SIGTERM')),
                (100, self.P(t + 100, 'daemon.notice', 'hostapd', '%s: AP-DISABLED' % self.wl))]

    def periodic(self):
        return [(60, lambda r, t: self.P(t, 'cron.info', 'crond[%d]' % 1180, 'USER root pid %d cmd /usr/bin/collectd-check' % r.randint(5000, 30000)))]


FORMATS = [Synology, TrueNAS, MikroTik, UniFi, SonicWall, OpenWrt]
