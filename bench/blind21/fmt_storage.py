"""Storage daemons through syslog: ZFS zed, smartd, multipathd+iscsid, rpc.mountd."""
from fmtbase import Format, USERS

DISKS = (("WDC WD40EFRX-68N32N0", "WD-WCC7K%07d", "82.00A82", "4.00 TB", "Western Digital Red"),
         ("ST8000VN004-2M2101", "WSD%05d", "SC60", "8.00 TB", "Seagate IronWolf"),
         ("TOSHIBA MG08ACA16TE", "X0%06dVFA", "0102", "16.0 TB", "Toshiba MG08ACA..."),
         ("Samsung SSD 870 EVO 1TB", "S6PUNX0T%06dK", "SVT02B6Q", "1.00 TB", "Samsung based SSDs"))


class Zed(Format):
    key = "zed"
    WEIGHT = 0.8
    ERR_RATE = 0.2
    WARN_FRAC = 0.01
    NORMAL = [(80, "z_history"), (4, "z_config_sync"), (1, "z_trim")]
    WARNS = [(1, "w_statechange")]
    ERRORS = [("e_delay", r"class=delay pool='\w+'"), ("e_exit", r"Finished \"statechange-led\.sh\" eid=\d+ pid=\d+ time=\S+ exit=3")]
    NEW_ERRORS = [("n_checksum", r"class=checksum pool='tank'"), ("n_io", r"class=io pool='tank'")]
    BANNER_SIG = r"ZFS Event Daemon [\d.]+"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.eid = self.r.randint(200, 90000)
        self.ver = self.ch(("2.1.5-1ubuntu6~22.04.2", "2.1.11-1", "2.2.2-0ubuntu9"))
        self.vdevs = ["ata-%s_%s-part1" % (d[0].replace(" ", "_"), d[1] % self.r.randint(1, 9999999)) for d in DISKS[:3] for _ in range(2)]
        self.bad = self.vdevs[2]

    def ev(self, t, cls, pool="tank", extra=""):
        self.eid += 1
        return self.syslog(t, "zed", "eid=%d class=%s pool='%s'%s" % (self.eid, cls, pool, extra), pid=0)

    def z_history(self, t):
        return self.ev(t, "history_event", self.ch(("tank", "tank", "tank", "backup", "rpool")))

    def z_config_sync(self, t):
        return self.ev(t, "config_sync", self.ch(("tank", "backup")))

    def z_trim(self, t):
        return [(t, self.ev(t, "trim_start", "rpool")), (t + 41, self.ev(t + 41, "trim_finish", "rpool"))]

    def w_statechange(self, t):
        return self.ev(t, "statechange", "backup", " vdev=%s vdev_state=ONLINE" % self.vdevs[-1])

    def e_delay(self, t):
        return self.ev(t, "delay", self.ch(("tank", "backup")), " vdev=%s" % self.ch(self.vdevs))

    def e_exit(self, t):
        e = self.eid
        p = self.r.randint(100000, 999999)
        return [(t, self.syslog(t, "zed", "Invoking \"statechange-led.sh\" eid=%d pid=%d" % (e, p))),
                (t + 0.01, self.syslog(t + 0.01, "zed", "Finished \"statechange-led.sh\" eid=%d pid=%d time=0.008s exit=3" % (e, p)))]

    def n_checksum(self, t):
        return self.ev(t, "checksum", "tank", " vdev=%s" % self.bad)

    def n_io(self, t):
        return self.ev(t, "io", "tank", " vdev=%s" % self.bad)

    def banner(self, t):
        p = self.pid_at(t)
        return [(t, self.syslog(t, "zed", "ZFS Event Daemon %s (PID %d)" % (self.ver, p))),
                (t + 0.01, self.syslog(t + 0.01, "zed", "Processing events since eid=%d" % self.eid))]

    def shutdown(self, t):
        return [(t, self.syslog(t, "zed", "Exiting"))]


class Smartd(Format):
    key = "smartd"
    WEIGHT = 0.0
    BANNER_SIG = r"smartd 7\.\d .*\(local build\)|smartd 7\.\d"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.interval = self.opts.get("interval", 600)
        self.devs = []
        for i in range(self.opts.get("ndisks", 6)):
            m = DISKS[i % len(DISKS)]
            self.devs.append(("/dev/sd%s" % "abcdefgh"[i], m, m[1] % self.r.randint(1, 9999999),
                              self.r.randint(30, 40), self.r.randint(0, 40) if i == 2 else 0))
        self.temp = [d[3] for d in self.devs]

    def L(self, t, msg):
        return self.syslog(t, "smartd", msg)

    def check(self, t):
        out = []
        for i, (dev, m, sn, _, pend) in enumerate(self.devs):
            tt = t + 0.05 * i
            if self.r.random() < 0.45:
                old = self.temp[i]
                self.temp[i] = max(25, min(55, old + self.ch((-1, 1, 1, -1, 2, -2))))
                if self.temp[i] != old:
                    if self.r.random() < 0.5:
                        out.append((tt, self.L(tt, "Device: %s [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from %d to %d" % (dev, old, self.temp[i]))))
                    else:
                        out.append((tt, self.L(tt, "Device: %s [SAT], SMART Usage Attribute: 190 Airflow_Temperature_Cel changed from %d to %d" % (dev, 100 - old, 100 - self.temp[i]))))
            if self.r.random() < 0.05:
                out.append((tt, self.L(tt, "Device: %s [SAT], SMART Prefailure Attribute: 1 Raw_Read_Error_Rate changed from %d to %d" % (dev, 200, 199))))
            if pend:
                out.append((tt, self.L(tt, "Device: %s [SAT], %d Currently unreadable (pending) sectors" % (dev, pend))))
                out.append((tt, self.L(tt, "Device: %s [SAT], %d Offline uncorrectable sectors" % (dev, pend))))
        return out

    def periodic(self, t0, t1, r):
        out = []
        t = t0 + r.uniform(5, min(self.interval, 120))
        while t < t1:
            out += self.check(t)
            if r.random() < 0.04:
                d = self.ch(self.devs)[0]
                out.append((t + 0.5, self.L(t + 0.5, "Device: %s [SAT], starting scheduled Short Self-Test." % d)))
            t += self.interval
        return out

    def banner(self, t):
        msgs = ["smartd 7.2 2020-12-30 r5155 [x86_64-linux-%s] (local build)" % self.sc.kernel.split(" ")[0],
                "Copyright (C) 2002-20, Bruce Allen, Christian Franke, www.smartmontools.org",
                "Opened configuration file /etc/smartd.conf",
                "Configuration file /etc/smartd.conf parsed."]
        for dev, m, sn, _, _ in self.devs:
            msgs += ["Device: %s, type changed from 'scsi' to 'sat'" % dev,
                     "Device: %s [SAT], opened" % dev,
                     "Device: %s [SAT], %s, S/N:%s, WWN:5-%s-%s, FW:%s, %s" % (dev, m[0], sn, self.hx(6), self.hx(9), m[2], m[3]),
                     "Device: %s [SAT], found in smartd database: %s" % (dev, m[4]),
                     "Device: %s [SAT], is SMART capable. Adding to \"monitor\" list." % dev,
                     "Device: %s [SAT], state read from /var/lib/smartmontools/smartd.%s-%s.ata.state" % (dev, m[0].replace(" ", "_"), sn)]
        msgs += ["Monitoring %d ATA/SATA, 0 SCSI/SAS and 0 NVMe devices" % len(self.devs)]
        for dev, m, sn, _, _ in self.devs:
            msgs.append("Device: %s [SAT], state written to /var/lib/smartmontools/smartd.%s-%s.ata.state" % (dev, m[0].replace(" ", "_"), sn))
        return [(t + 0.02 * i, self.L(t + 0.02 * i, m)) for i, m in enumerate(msgs)]

    def shutdown(self, t):
        out = [(t, self.L(t, "smartd received signal 15: Terminated"))]
        for i, (dev, m, sn, _, _) in enumerate(self.devs):
            out.append((t + 0.01, self.L(t + 0.01, "Device: %s [SAT], state written to /var/lib/smartmontools/smartd.%s-%s.ata.state" % (dev, m[0].replace(" ", "_"), sn))))
        out.append((t + 0.02, self.L(t + 0.02, "smartd is exiting (exit status 0)")))
        return out


class Multipath(Format):
    key = "multipath"
    WEIGHT = 2.5
    ERR_RATE = 0.3
    WARN_FRAC = 0.004
    RETRY_RATE = 0.05
    NORMAL = [(100, "m_up")]
    WARNS = [(1, "w_flap")]
    ERRORS = [("e_conn", r"Kernel reported iSCSI connection \d+:0 error \(1020 - ISCSI_ERR_TCP_CONN_CLOSE"),
              ("e_uevent", r"uevent trigger error")]
    RETRY = ("r_connect", r"iscsid.*: connect to [\d.]+:3260 failed \(Connection refused\)")
    RETRY_OK = "r_ok"
    NEW_ERRORS = [("n_recovery", r"Entering recovery mode: max_retries=\d+"),
                  ("n_nopath", r"remaining active paths: 0$")]
    BANNER_SIG = r"--------start up--------"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.maps = ["mpath%s" % c for c in "abcd"]
        self.paths = {}
        n = 2
        for m in self.maps:
            self.paths[m] = []
            for _ in range(4):
                self.paths[m].append(("sd%s" % "bcdefghijklmnopqrstuvwxyz"[n - 2], "8:%d" % (16 * n)))
                n += 1
        self.portals = ["10.10.%d.%d" % (i, self.r.randint(20, 29)) for i in (0, 1)]
        self.iqn = "iqn.2003-01.org.linux-iscsi.%s.x8664:sn.%s" % (self.ch(("stor2", "san1", "nas3")), self.hx(12))
        self.ipid = self.r.randint(500, 900)

    def L(self, t, msg):
        return self.syslog(t, "multipathd", msg)

    def I(self, t, msg):
        return self.syslog(t, "iscsid", msg, pid=self.ipid)

    def m_up(self, t):
        m = self.ch(self.maps)
        d, mm = self.ch(self.paths[m])
        return self.L(t, "%s: %s - tur checker reports path is up" % (m, d))

    def w_flap(self, t):
        m = self.ch(self.maps[:3])
        d, mm = self.ch(self.paths[m])
        return [(t, self.L(t, "%s: %s - tur checker reports path is down" % (m, d))),
                (t, self.L(t, "checker failed path %s in map %s" % (mm, m))),
                (t, self.L(t, "%s: remaining active paths: 3" % m)),
                (t + 10, self.L(t + 10, "%s: %s - tur checker reports path is up" % (m, d))),
                (t + 10, self.L(t + 10, "%s: reinstated" % mm)),
                (t + 10, self.L(t + 10, "%s: remaining active paths: 4" % m))]

    def e_conn(self, t):
        return self.I(t, "Kernel reported iSCSI connection %d:0 error (1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed) state (3)" % self.r.randint(1, 2))

    def e_uevent(self, t):
        return self.L(t, "uevent trigger error")

    def r_connect(self, t):
        return self.I(t, "connect to %s:3260 failed (Connection refused)" % self.ch(self.portals))

    def r_ok(self, t):
        return self.I(t, "connection%d:0 is operational after recovery (%d attempts)" % (self.r.randint(1, 2), self.r.randint(1, 4)))

    def n_recovery(self, t):
        return self.L(t, "mpathd: Entering recovery mode: max_retries=12")

    def n_nopath(self, t):
        d, mm = self.ch(self.paths["mpathd"])
        return [self.L(t, "checker failed path %s in map mpathd" % mm), self.L(t, "mpathd: remaining active paths: 0")]

    def table(self, m):
        p = self.paths[m]
        return "%s: load table [0 %d multipath 1 queue_if_no_path 1 alua 2 1 service-time 0 2 1 %s 1 %s 1 service-time 0 2 1 %s 1 %s 1]" % (
            m, self.r.choice((2147483648, 4294967296, 8589934592)), p[0][1], p[1][1], p[2][1], p[3][1])

    def banner(self, t):
        msgs = ["--------start up--------", "read /etc/multipath.conf", "path checkers start up"]
        msgs += [self.table(m) for m in self.maps]
        return [(t + 0.01 * i, self.L(t + 0.01 * i, m)) for i, m in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.L(t, "exit (signal)")), (t + 0.05, self.L(t + 0.05, "--------shut down-------"))]


class Mountd(Format):
    key = "mountd"
    WEIGHT = 0.8
    ERR_RATE = 0.25
    WARN_FRAC = 0.0
    NORMAL = [(50, "m_mount"), (45, "m_umount")]
    ERRORS = [("e_notexp", r"refused mount request from [\d.]+ for \S+ \(\S+\): not exported"),
              ("e_port", r"refused mount request from [\d.]+ for \S+ \(\S+\): illegal port \d+")]
    NEW_ERRORS = [("n_fsid", r"Cannot export /srv/scratch, possibly unsupported filesystem or fsid= required")]
    BANNER_SIG = r"Version [\d.]+ starting"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.clients = ["10.2.%d.%d" % (self.r.randint(0, 3), self.r.randint(2, 250)) for _ in range(400)]
        self.users = ["%s%d" % (self.ch(USERS), self.r.randint(1, 99)) for _ in range(300)]

    def L(self, t, msg):
        return self.syslog(t, "rpc.mountd", msg)

    def ex(self):
        r = self.r.random()
        if r < 0.7:
            return "/export/home/%s" % self.ch(self.users), "/export/home"
        if r < 0.9:
            p = "/export/projects/%s" % self.ch(("alpha", "genomics", "render", "ml-data", "archive"))
            return p, p
        return "/export/software", "/export/software"

    def m_mount(self, t):
        p, e = self.ex()
        return self.L(t, "authenticated mount request from %s:%d for %s (%s)" % (self.ch(self.clients), self.r.randint(600, 1023), p, e))

    def m_umount(self, t):
        p, e = self.ex()
        return self.L(t, "authenticated unmount request from %s:%d for %s (%s)" % (self.ch(self.clients), self.r.randint(600, 1023), p, e))

    def e_notexp(self, t):
        return self.L(t, "refused mount request from %s for /export/secret (/): not exported" % ("10.9.%d.%d" % (self.r.randint(0, 9), self.r.randint(2, 250))))

    def e_port(self, t):
        p, e = self.ex()
        return self.L(t, "refused mount request from %s for %s (%s): illegal port %d" % (self.ch(self.clients), p, e, self.r.randint(30000, 60000)))

    def n_fsid(self, t):
        return self.L(t, "Cannot export /srv/scratch, possibly unsupported filesystem or fsid= required")

    def banner(self, t):
        return [(t, self.L(t, "Version 2.6.1 starting"))]

    def shutdown(self, t):
        return [(t, self.L(t, "Caught signal 15, un-registering and exiting."))]
