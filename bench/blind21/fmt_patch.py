"""Package management on an image-build host (dpkg.log, apt term.log, apt history.log)
and unattended-upgrades logs forwarded from a fleet to a central rsyslog host."""
from fmtbase import Format, HOSTS

PK = [("libssl3", "amd64", "3.0.2-0ubuntu1.14", "3.0.2-0ubuntu1.15"), ("openssl", "amd64", "3.0.2-0ubuntu1.14", "3.0.2-0ubuntu1.15"),
      ("libc6", "amd64", "2.35-0ubuntu3.6", "2.35-0ubuntu3.7"), ("libc-bin", "amd64", "2.35-0ubuntu3.6", "2.35-0ubuntu3.7"),
      ("curl", "amd64", "7.81.0-1ubuntu1.15", "7.81.0-1ubuntu1.16"), ("libcurl4", "amd64", "7.81.0-1ubuntu1.15", "7.81.0-1ubuntu1.16"),
      ("systemd", "amd64", "249.11-0ubuntu3.11", "249.11-0ubuntu3.12"), ("libsystemd0", "amd64", "249.11-0ubuntu3.11", "249.11-0ubuntu3.12"),
      ("udev", "amd64", "249.11-0ubuntu3.11", "249.11-0ubuntu3.12"), ("tzdata", "all", "2023c-0ubuntu0.22.04.2", "2024a-0ubuntu0.22.04"),
      ("python3.10", "amd64", "3.10.12-1~22.04.2", "3.10.12-1~22.04.3"), ("libpython3.10-minimal", "amd64", "3.10.12-1~22.04.2", "3.10.12-1~22.04.3"),
      ("openssh-client", "amd64", "1:8.9p1-3ubuntu0.6", "1:8.9p1-3ubuntu0.7"), ("openssh-server", "amd64", "1:8.9p1-3ubuntu0.6", "1:8.9p1-3ubuntu0.7"),
      ("sudo", "amd64", "1.9.9-1ubuntu2.3", "1.9.9-1ubuntu2.4"), ("git", "amd64", "1:2.34.1-1ubuntu1.10", "1:2.34.1-1ubuntu1.11"),
      ("vim-common", "all", "2:8.2.3995-1ubuntu2.15", "2:8.2.3995-1ubuntu2.16"), ("less", "amd64", "590-1ubuntu0.22.04.1", "590-1ubuntu0.22.04.2"),
      ("libgnutls30", "amd64", "3.7.3-4ubuntu1.3", "3.7.3-4ubuntu1.4"), ("libnss3", "amd64", "2:3.68.2-0ubuntu1.2", "2:3.98-0ubuntu0.22.04.1"),
      ("docker.io", "amd64", "24.0.5-0ubuntu1~22.04.1", "24.0.7-0ubuntu2~22.04.1"), ("containerd", "amd64", "1.7.2-0ubuntu1~22.04.1", "1.7.12-0ubuntu2~22.04.1"),
      ("linux-libc-dev", "amd64", "5.15.0-100.110", "5.15.0-101.111"), ("libexpat1", "amd64", "2.4.7-1ubuntu0.2", "2.4.7-1ubuntu0.3"),
      ("jq", "amd64", None, "1.6-2.1ubuntu3"), ("libjq1", "amd64", None, "1.6-2.1ubuntu3"), ("libonig5", "amd64", None, "6.9.7.1-2build1"),
      ("build-essential", "amd64", None, "12.9ubuntu3"), ("gcc-11", "amd64", None, "11.4.0-1ubuntu1~22.04"),
      ("make", "amd64", None, "4.3-4.1build1"), ("unzip", "amd64", None, "6.0-26ubuntu3.2"), ("python3-pip", "all", None, "22.0.2+dfsg-1ubuntu0.4"),
      ("postgresql-client-14", "amd64", None, "14.11-0ubuntu0.22.04.1"), ("nginx-core", "amd64", None, "1.18.0-6ubuntu14.4"),
      ("awscli", "all", None, "1.22.34-1"), ("htop", "amd64", None, "3.0.5-7build2")]
TRIG = [("libc-bin", "amd64", "2.35-0ubuntu3.6"), ("man-db", "amd64", "2.10.2-1"), ("dbus", "amd64", "1.12.20-2ubuntu4.1"),
        ("mailcap", "all", "3.70+nmu1ubuntu1"), ("install-info", "amd64", "6.8-4build1")]


class AptSchedule:
    """non-overlapping apt/dpkg transactions on the build host (shared by three files)"""

    def __init__(self, r, t0, t1, per_min):
        self.tx = []
        t = t0 + r.uniform(2, 30)
        while t < t1 - 60:
            n = r.randint(1, 10)
            pk = r.sample(PK, n)
            dur = 2.0 + 1.4 * n + r.uniform(0, 6)
            cmd = r.choice(("apt-get install -y --no-install-recommends %s" % " ".join(p[0] for p in pk if p[2] is None) or "apt-get -y upgrade",
                            "apt-get -y upgrade", "apt-get -y dist-upgrade", "apt-get install -y %s" % pk[0][0],
                            "/usr/bin/unattended-upgrade"))
            self.tx.append((t, dur, pk, cmd, r.sample(TRIG, r.randint(1, 3)), r.randint(140000, 190000)))
            t += dur + r.expovariate(per_min / 60.0) + 1.0

    def lines_per_tx(self):
        return 6 + 9.0 * 5.5


class _Apt(Format):
    WEIGHT = 0.0
    SILENCE_OK = False

    def setup(self):
        self.sched = self.opts["apt"]

    def expected(self, dur):
        return len(self.sched.tx) * self.PER_TX


class Dpkg(_Apt):
    key = "dpkg"
    clock = "'YYYY-MM-DD HH:MM:SS' local, no zone"
    PER_TX = 55.0

    def periodic(self, t0, t1, r):
        out = []
        for ts, dur, pk, cmd, trig, _ in self.sched.tx:
            lines = ["startup archives unpack"]
            for name, arch, old, new in pk:
                p = "%s:%s" % (name, arch)
                if old:
                    lines += ["upgrade %s %s %s" % (p, old, new), "status half-configured %s %s" % (p, old),
                              "status unpacked %s %s" % (p, old), "status half-installed %s %s" % (p, old),
                              "status unpacked %s %s" % (p, new)]
                else:
                    lines += ["install %s <none> %s" % (p, new), "status half-installed %s %s" % (p, new),
                              "status unpacked %s %s" % (p, new)]
            lines.append("startup packages configure")
            for name, arch, old, new in pk:
                p = "%s:%s" % (name, arch)
                lines += ["configure %s %s <none>" % (p, new), "status unpacked %s %s" % (p, new),
                          "status half-configured %s %s" % (p, new), "status installed %s %s" % (p, new)]
            for name, arch, ver in trig:
                p = "%s:%s" % (name, arch)
                lines += ["trigproc %s %s <none>" % (p, ver), "status half-configured %s %s" % (p, ver),
                          "status installed %s %s" % (p, ver)]
            step = dur / max(1, len(lines))
            for i, l in enumerate(lines):
                tt = ts + 1.0 + i * step
                out.append((tt, "%s %s" % (self.s_ymd(tt), l)))
        return out


class AptTerm(_Apt):
    key = "apt_term"
    clock = "section headers 'Log started: YYYY-MM-DD  HH:MM:SS' local; other lines untimed"
    timed = "some"
    PER_TX = 14.0

    def stamp(self, t):
        return self.s_ymd(t).replace(" ", "  ")

    def periodic(self, t0, t1, r):
        out = []
        for ts, dur, pk, cmd, trig, ndb in self.sched.tx:
            lines = ["Log started: %s" % self.stamp(ts)]
            prog = "(Reading database ... \r" + "".join("(Reading database ... %d%%\r" % p for p in range(5, 101, 5))
            db = prog + "(Reading database ... %d files and directories currently installed.)" % ndb
            multi = len(pk) > 1
            for i, (name, arch, old, newv) in enumerate(pk):
                q = "%s:%s" % (name, arch) if arch != "all" else name
                if not old:
                    lines.append("Selecting previously unselected package %s." % (name + ":" + arch if name.startswith("lib") else name))
                if i == 0:
                    lines.append(db)
                deb = "%s%s_%s_%s.deb" % ("%02d-" % i if multi else "", name, newv.replace(":", "%3a"), arch)
                lines.append("Preparing to unpack .../%s ..." % deb)
                if old:
                    lines.append("Unpacking %s (%s) over (%s) ..." % (q, newv, old))
                else:
                    lines.append("Unpacking %s (%s) ..." % (q, newv))
            for name, arch, old, newv in pk:
                q = "%s:%s" % (name, arch) if arch != "all" else name
                lines.append("Setting up %s (%s) ..." % (q, newv))
                if name == "docker.io" and r.random() < 0.5:
                    lines.append("Created symlink /etc/systemd/system/sockets.target.wants/docker.socket \u2192 /lib/systemd/system/docker.socket.")
                if name == "openssh-server":
                    lines.append("rescue-ssh.target is a disabled or a static unit not running, not starting it.")
            for name, arch, ver in trig:
                lines.append("Processing triggers for %s (%s) ..." % (name, ver))
            lines.append("Log ended: %s" % self.stamp(ts + dur))
            lines.append("")
            step = dur / len(lines)
            for i, l in enumerate(lines):
                out.append((ts + i * step if i < len(lines) - 2 else ts + dur + 0.001 * i, l))
        return out


class AptHistory(_Apt):
    key = "apt_history"
    clock = "section headers 'Start-Date: YYYY-MM-DD  HH:MM:SS' local; other lines untimed"
    timed = "some"
    PER_TX = 6.0

    def stamp(self, t):
        return self.s_ymd(t).replace(" ", "  ")

    def periodic(self, t0, t1, r):
        out = []
        for ts, dur, pk, cmd, trig, _ in self.sched.tx:
            ins = [p for p in pk if p[2] is None]
            upg = [p for p in pk if p[2]]
            lines = ["", "Start-Date: %s" % self.stamp(ts), "Commandline: %s" % cmd]
            if not cmd.startswith("/usr/bin/unattended"):
                lines.append("Requested-By: builder (1001)")
            if ins:
                lines.append("Install: " + ", ".join("%s:%s (%s%s)" % (n, a, v, ", automatic" if i else "") for i, (n, a, o, v) in enumerate(ins)))
            if upg:
                lines.append("Upgrade: " + ", ".join("%s:%s (%s, %s)" % (n, a, o, v) for n, a, o, v in upg))
            lines.append("End-Date: %s" % self.stamp(ts + dur))
            for i, l in enumerate(lines):
                out.append((ts + (dur if l.startswith("End-Date") else 0) + 0.001 * i, l))
        return out


class UnattendedUpgrades(Format):
    key = "unattended_upgrades"
    clock = "central rsyslog RFC3339 prefix + forwarded 'YYYY-MM-DD HH:MM:SS,mmm' host-local"
    absolute = True
    WEIGHT = 1.0
    AVG_LINES = 7.5
    ERR_RATE = 0.08
    WARN_FRAC = 0.04
    RETRY_RATE = 0.03
    NORMAL = [(45, "u_none"), (55, "u_upgrade")]
    WARNS = [(3, "w_conffile"), (2, "w_devrel")]
    ERRORS = [("e_dpkg", r"dpkg returned a error! See /var/log/unattended-upgrades/unattended-upgrades-dpkg\.log")]
    RETRY = ("r_lock", r"Lock could not be acquired \(another package manager running\?\)")
    RETRY_OK = "r_lock_ok"
    NEW_ERRORS = [("n_unclean", r"Unclean dpkg state detected, trying to correct")]
    DISK = ("d_nospace", r"No space left on device")

    def setup(self):
        self.style = "rfc3339"
        self.fleet = ["%s%02d" % (self.ch(HOSTS), self.r.randint(1, 60)) for _ in range(500)]

    def L(self, t, host, lvl, msg):
        inner = "%s,%s %s %s" % (self.s_ymd(t), self.frac(t, 3), lvl, msg)
        return "%s %s unattended-upgrades: %s" % (self.s_rfc3339(t), host, inner)

    def head(self, t, h):
        return [(t, self.L(t, h, "INFO", "Starting unattended upgrades script")),
                (t + 0.3, self.L(t + 0.3, h, "INFO", "Allowed origins are: o=Ubuntu,a=jammy, o=Ubuntu,a=jammy-security, o=UbuntuESMApps,a=jammy-apps-security, o=UbuntuESM,a=jammy-infra-security")),
                (t + 0.3, self.L(t + 0.3, h, "INFO", "Initial blacklist: ")),
                (t + 0.3, self.L(t + 0.3, h, "INFO", "Initial whitelist (not strict): "))]

    def u_none(self, t):
        h = self.ch(self.fleet)
        t2 = t + self.r.uniform(3, 20)
        return self.head(t, h) + [(t2, self.L(t2, h, "INFO", "No packages found that can be upgraded unattended and no pending auto-removals"))]

    def u_upgrade(self, t):
        h = self.ch(self.fleet)
        pk = " ".join(sorted(p[0] for p in self.r.sample(PK[:24], self.r.randint(1, 6))))
        t2 = t + self.r.uniform(5, 30)
        t3 = t2 + self.r.uniform(10, 180)
        out = self.head(t, h) + [(t2, self.L(t2, h, "INFO", "Packages that will be upgraded: %s" % pk)),
                                 (t2, self.L(t2, h, "INFO", "Writing dpkg log to /var/log/unattended-upgrades/unattended-upgrades-dpkg.log")),
                                 (t3, self.L(t3, h, "INFO", "All upgrades installed"))]
        if self.r.random() < 0.2:
            out.append((t3, self.L(t3, h, "INFO", "Package linux-image-generic is kept back because a related package is kept back or due to local apt_preferences(5).")))
        return out

    def w_conffile(self, t):
        h = self.ch(self.fleet)
        return self.head(t, h) + [(t + 8, self.L(t + 8, h, "WARNING", "Package %s has conffile prompt and needs to be upgraded manually" % self.ch(("nginx-common", "openssh-server", "rsyslog", "sudo"))))]

    def w_devrel(self, t):
        h = self.ch(self.fleet)
        return self.L(t, h, "WARNING", "Could not figure out development release: Distribution data outdated. Please check for an update for distro-info-data. See /usr/share/doc/distro-info-data/README.Debian for details.")

    def e_dpkg(self, t):
        h = self.ch(self.fleet)
        return [(t, self.L(t, h, "ERROR", "Installing the upgrades failed!")),
                (t, self.L(t, h, "ERROR", "error message: installArchives() failed")),
                (t, self.L(t, h, "ERROR", "dpkg returned a error! See /var/log/unattended-upgrades/unattended-upgrades-dpkg.log for details"))]

    def r_lock(self, t):
        h = self.ch(self.fleet)
        return self.L(t, h, "ERROR", "Lock could not be acquired (another package manager running?)")

    def r_lock_ok(self, t):
        h = self.ch(self.fleet)
        return self.L(t, h, "INFO", "Starting unattended upgrades script")

    def n_unclean(self, t):
        h = self.ch(self.fleet)
        return [(t, self.L(t, h, "WARNING", "Unclean dpkg state detected, trying to correct")),
                (t + 2, self.L(t + 2, h, "WARNING", "dpkg --configure -a output:"))]

    def d_nospace(self, t):
        h = self.ch(self.fleet)
        return [(t, self.L(t, h, "ERROR", "Installing the upgrades failed!")),
                (t, self.L(t, h, "ERROR", "error message: 'E:Write error - write (28: No space left on device)'"))]
