"""cloud-init.log (collected from autoscaled runner VMs) and systemd-networkd via journalctl."""
from fmtbase import Format, MON, WDAY

MODS_CFG = ("snap", "ssh-import-id", "keyboard", "locale", "set-passwords", "grub-dpkg", "apt-pipelining",
            "apt-configure", "ubuntu-advantage", "ntp", "timezone", "disable-ec2-metadata", "runcmd", "byobu")
MODS_FINAL = ("package-update-upgrade-install", "fan", "landscape", "lxd", "ubuntu-drivers", "write-files-deferred",
              "puppet", "chef", "mcollective", "salt-minion", "reset-rmc", "refresh-rmc-and-interface",
              "rightscale-userdata", "scripts-vendor", "scripts-per-once", "scripts-per-boot",
              "scripts-per-instance", "scripts-user", "ssh-authkey-fingerprints", "keys-to-console",
              "install-hotplug", "phone-home", "final-message", "power-state-change")


class CloudInit(Format):
    key = "cloud_init"
    clock = "'YYYY-MM-DD HH:MM:SS,mmm' VM local time (UTC on these images), no zone"
    timed = "some"
    WEIGHT = 3.0
    AVG_LINES = 112.0
    ERR_RATE = 0.6
    WARN_FRAC = 0.08
    RETRY_RATE = 0.2
    LAT = True
    LAT_RE = r"(?:Crawl of metadata service|cloud-init mode '\w+') took (\d+\.\d+) seconds"
    NORMAL = [(100, "boot")]
    WARNS = [(100, "boot_warn")]
    ERRORS = [("e_script", r"Failed to run module scripts-user \(scripts in /var/lib/cloud/instance/scripts\)"),
              ("e_rename", r"Failed to rename devices: \[nic not present\]")]
    RETRY = ("r_md", r"url_helper\.py\[WARNING\]: Calling 'http://169\.254\.169\.254/.*' failed \[\d+/120s\]")
    RETRY_OK = "r_md_ok"
    NEW_ERRORS = [("n_yaml", r"Failed loading yaml blob\. Invalid format at line \d+ column \d+"),
                  ("n_sshkey", r"Failed generating key type ecdsa to file /etc/ssh/ssh_host_ecdsa_key")]
    DISK = ("d_nospace", r"OSError: \[Errno 28\] No space left on device")

    def setup(self):
        self.ver = self.ch(("23.4.4-0ubuntu0~22.04.1", "24.1.3-0ubuntu1~22.04.1", "22.4.2-0ubuntu0~22.04.1",
                            "23.1.2-0ubuntu0~20.04.2"))
        self.api = "2021-03-23"
        self.vpc = "10.%d" % self.r.randint(16, 200)
        self.pid = 1

    def ts(self, t):
        return "%s,%s" % (self.s_ymd(t, utc=True), self.frac(t, 3))

    def rfc2822(self, t):
        g = self.ust(t)
        return "%s, %02d %s %04d %02d:%02d:%02d +0000" % (WDAY[g.tm_wday], g.tm_mday, MON[g.tm_mon - 1], g.tm_year, g.tm_hour, g.tm_min, g.tm_sec)

    def L(self, t, f, lvl, msg):
        return "%s - %s[%s]: %s" % (self.ts(t), f, lvl, msg)

    def _url(self, path, n=1):
        return "Read from http://169.254.169.254/%s (200, %db) after %d attempts" % (path, self.r.randint(8, 900), n)

    def boot(self, t, warn=False):
        iid = "i-0%s" % self.hx(16)
        ip = "%s.%d.%d" % (self.vpc, self.r.randint(0, 255), self.r.randint(4, 250))
        host = "ip-" + ip.replace(".", "-")
        nic = self.ch(("ens5", "ens5", "eth0"))
        up = self.r.uniform(4.0, 9.0)
        out = []
        st = [t]

        def add(dt, f, lvl, msg):
            st[0] += dt
            if "{AT}" in msg:
                msg = msg.replace("{AT}", self.rfc2822(st[0])).replace("{UP}", "%.2f" % (up + st[0] - t))
            out.append((st[0], self.L(st[0], f, lvl, msg)))

        def stage(mode, dt=0.0):
            add(dt, "util.py", "DEBUG", "Cloud-init v. %s running '%s' at {AT}. Up {UP} seconds." % (self.ver, mode))
            add(0.001, "main.py", "INFO", "PID [1] started cloud-init '%s'." % mode)

        t_stage = t
        stage("init-local")
        add(0.002, "main.py", "DEBUG", "No kernel command line url found.")
        add(0.0, "main.py", "DEBUG", "Closing stdin.")
        add(0.001, "util.py", "DEBUG", "Writing to /var/log/cloud-init.log - ab: [640] 0 bytes")
        add(0.001, "util.py", "DEBUG", "Changing the ownership of /var/log/cloud-init.log to 102:4")
        add(0.003, "util.py", "DEBUG", "Attempting to remove /var/lib/cloud/instance/boot-finished")
        add(0.001, "handlers.py", "DEBUG", "start: init-local/check-cache: attempting to read from cache [check]")
        add(0.001, "util.py", "DEBUG", "Reading from /var/lib/cloud/instance/obj.pkl (quiet=False)")
        add(0.0, "stages.py", "DEBUG", "no cache found")
        add(0.0, "handlers.py", "DEBUG", "finish: init-local/check-cache: SUCCESS: no cache found")
        add(0.001, "util.py", "DEBUG", "Attempting to remove /var/lib/cloud/instance")
        add(0.004, "stages.py", "DEBUG", "Using distro class <class 'cloudinit.distros.ubuntu.Distro'>")
        add(0.01, "__init__.py", "DEBUG", "Looking for data source in: ['Ec2', 'None'], via packages ['', 'cloudinit.sources'] that matches dependencies ['FILESYSTEM']")
        add(0.002, "__init__.py", "DEBUG", "Searching for local data source in: ['DataSourceEc2Local']")
        add(0.0, "handlers.py", "DEBUG", "start: init-local/search-Ec2Local: searching for local data from DataSourceEc2Local")
        add(0.0, "__init__.py", "DEBUG", "Seeing if we can get any data from <class 'cloudinit.sources.DataSourceEc2.DataSourceEc2Local'>")
        add(0.0, "__init__.py", "DEBUG", "Update datasource metadata and network config due to events: boot-new-instance")
        add(0.01, "dhcp.py", "DEBUG", "Performing a dhcp discovery on %s" % nic)
        add(0.0, "subp.py", "DEBUG", "Running command ['ip', 'link', 'set', 'dev', '%s', 'up'] with allowed return codes [0] (shell=False, capture=True)" % nic)
        add(0.02, "subp.py", "DEBUG", "Running command ['/usr/sbin/dhclient', '-1', '-v', '-lf', '/run/cloud-init/tmp/tmp%s/dhcp.leases', '-pf', '/run/cloud-init/tmp/tmp%s/dhclient.pid', '%s', '-sf', '/bin/true'] with allowed return codes [0] (shell=False, capture=True)" % (self.hx(8), self.hx(8), nic))
        crawl = self.dur(0.35, 0.5)
        add(self.r.uniform(0.3, 2.5), "url_helper.py", "DEBUG", "[0/1] open 'http://169.254.169.254/latest/api/token' with {'url': 'http://169.254.169.254/latest/api/token', 'stream': False, 'allow_redirects': True, 'method': 'PUT', 'timeout': 1.0, 'headers': {'User-Agent': 'Cloud-Init/%s', 'X-aws-ec2-metadata-token-ttl-seconds': 'REDACTED'}} configuration" % self.ver)
        add(0.004, "url_helper.py", "DEBUG", self._url("latest/api/token"))
        add(0.0, "DataSourceEc2.py", "DEBUG", "Using metadata source: 'http://169.254.169.254'")
        add(0.003, "url_helper.py", "DEBUG", self._url("%s/meta-data/instance-id" % self.api))
        add(0.0, "DataSourceEc2.py", "DEBUG", "Found preferred metadata version %s" % self.api)
        add(crawl, "util.py", "DEBUG", "Crawl of metadata service took %.3f seconds" % crawl)
        add(0.0, "handlers.py", "DEBUG", "finish: init-local/search-Ec2Local: SUCCESS: found local data from DataSourceEc2Local")
        add(0.0, "stages.py", "INFO", "Loaded datasource DataSourceEc2Local - DataSourceEc2Local")
        add(0.001, "util.py", "DEBUG", "Reading from /etc/cloud/cloud.cfg (quiet=False)")
        add(0.0, "util.py", "DEBUG", "Read %d bytes from /etc/cloud/cloud.cfg" % self.r.randint(3800, 4300))
        add(0.01, "__init__.py", "DEBUG", "Selected renderer 'netplan' from priority list: ['eni', 'sysconfig', 'netplan', 'network-manager', 'networkd']")
        add(0.003, "util.py", "DEBUG", "Writing to /etc/netplan/50-cloud-init.yaml - wb: [600] %d bytes" % self.r.randint(400, 700))
        add(0.002, "subp.py", "DEBUG", "Running command ['netplan', 'generate'] with allowed return codes [0] (shell=False, capture=True)")
        d = st[0] - t_stage + self.r.uniform(0.05, 0.3)
        add(0.1, "util.py", "DEBUG", "cloud-init mode 'init' took %.3f seconds (%.2f)" % (d * self.lat, d * self.lat))

        stage("init", self.r.uniform(1.5, 4.0))
        t_stage = st[0]
        add(0.01, "main.py", "DEBUG", "Checking to see if files that we need already exist from a previous run that would allow us to stop early.")
        add(0.0, "stages.py", "DEBUG", "Using distro class <class 'cloudinit.distros.ubuntu.Distro'>")
        add(0.02, "util.py", "DEBUG", "Writing to /var/lib/cloud/data/instance-id - wb: [644] %d bytes" % (len(iid) + 1))
        add(0.01, "cc_set_hostname.py", "DEBUG", "Setting the hostname to %s (%s)" % (host, host))
        if warn:
            add(0.005, "__init__.py", "WARNING", "Unhandled non-multipart (text/x-not-multipart) userdata: 'b'#!/bin/bash\\nset -e\\n...'...'")
        for mod in ("migrator", "seed_random", "bootcmd", "write-files", "growpart", "resizefs", "disk_setup",
                    "mounts", "set_hostname", "update_hostname", "update_etc_hosts", "ca-certs", "rsyslog",
                    "users-groups", "ssh"):
            add(self.r.uniform(0.002, 0.03), "handlers.py", "DEBUG",
                "start: init-network/config-%s: running config-%s with frequency once-per-instance" % (mod, mod))
            if mod == "ssh":
                for kt in ("rsa", "ecdsa", "ed25519"):
                    add(self.r.uniform(0.02, 0.3), "subp.py", "DEBUG", "Running command ['ssh-keygen', '-t', '%s', '-N', '', '-f', '/etc/ssh/ssh_host_%s_key'] with allowed return codes [0] (shell=False, capture=True)" % (kt, kt))
            if mod == "growpart":
                add(0.01, "cc_growpart.py", "DEBUG", "'/' SKIPPED: device_part_info(/dev/root) failed: /dev/root not a partition" if self.r.random() < 0.1
                    else "resize_devices took %.3f seconds" % self.dur(0.15, 0.5))
            add(0.001, "handlers.py", "DEBUG", "finish: init-network/config-%s: SUCCESS: config-%s ran successfully" % (mod, mod))
        d = st[0] - t_stage
        add(0.01, "util.py", "DEBUG", "cloud-init mode 'init' took %.3f seconds (%.2f)" % (d * self.lat, d * self.lat))

        stage("modules:config", self.r.uniform(1.0, 3.0))
        t_stage = st[0]
        for mod in self.r.sample(MODS_CFG, self.r.randint(8, 12)):
            add(self.r.uniform(0.005, 0.2), "handlers.py", "DEBUG",
                "start: modules-config/config-%s: running config-%s with frequency once-per-instance" % (mod, mod))
            if mod == "apt-configure":
                add(0.02, "cc_apt_configure.py", "DEBUG", "debconf_selections was not set in config")
            add(0.001, "handlers.py", "DEBUG", "finish: modules-config/config-%s: SUCCESS: config-%s ran successfully" % (mod, mod))
        d = st[0] - t_stage
        add(0.01, "util.py", "DEBUG", "cloud-init mode 'modules' took %.3f seconds (%.2f)" % (d * self.lat, d * self.lat))

        stage("modules:final", self.r.uniform(0.5, 2.0))
        t_stage = st[0]
        for mod in MODS_FINAL:
            add(self.r.uniform(0.001, 0.02), "handlers.py", "DEBUG",
                "start: modules-final/config-%s: running config-%s with frequency once-per-instance" % (mod, mod))
            if mod == "package-update-upgrade-install" and self.r.random() < 0.6:
                add(self.r.uniform(5, 40), "subp.py", "DEBUG", "Running command ['eatmydata', 'apt-get', '--option=Dpkg::Options::=--force-confold', '--option=Dpkg::options::=--force-unsafe-io', '--assume-yes', '--quiet', 'install', 'docker.io', 'jq'] with allowed return codes [0] (shell=False, capture=False)")
            if mod == "scripts-user":
                add(self.r.uniform(1, 20), "subp.py", "DEBUG", "Running command ['/var/lib/cloud/instance/scripts/part-001'] with allowed return codes [0] (shell=False, capture=False)")
            add(0.001, "handlers.py", "DEBUG", "finish: modules-final/config-%s: SUCCESS: config-%s ran successfully" % (mod, mod))
        add(0.01, "util.py", "DEBUG", "Cloud-init v. %s finished at {AT}. Datasource DataSourceEc2Local.  Up {UP} seconds" % self.ver)
        add(0.002, "util.py", "DEBUG", "Writing to /var/lib/cloud/instance/boot-finished - wb: [644] %d bytes" % self.r.randint(60, 80))
        d = st[0] - t_stage
        add(0.001, "util.py", "DEBUG", "cloud-init mode 'modules' took %.3f seconds (%.2f)" % (d * self.lat, d * self.lat))
        return out

    def boot_warn(self, t):
        return self.boot(t, warn=True)

    def _tb(self, t, frames, exc):
        out = [(t, "Traceback (most recent call last):")]
        for f, ln, fn, code in frames:
            out.append((t, '  File "/usr/lib/python3/dist-packages/cloudinit/%s", line %d, in %s' % (f, ln, fn)))
            out.append((t, "    %s" % code))
        out.append((t, exc))
        return out

    def e_script(self, t):
        rc = self.ch((1, 2, 127))
        out = [(t, self.L(t, "cc_scripts_user.py", "WARNING", "Failed to run module scripts-user (scripts in /var/lib/cloud/instance/scripts)")),
               (t, self.L(t, "util.py", "WARNING", "Running module scripts-user (<module 'cloudinit.config.cc_scripts_user' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_scripts_user.py'>) failed")),
               (t, self.L(t, "util.py", "DEBUG", "Running module scripts-user (<module 'cloudinit.config.cc_scripts_user' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_scripts_user.py'>) failed"))]
        out += self._tb(t, [("config/modules.py", 286, "_run_modules", "ran, _r = cc.run("),
                            ("cloud.py", 59, "run", "return self._runners.run(name, functor, args, freq, clear_on_fail)"),
                            ("helpers.py", 185, "run", "results = functor(*args)"),
                            ("config/cc_scripts_user.py", 45, "handle", "subp.runparts(runparts_path)")],
                        "RuntimeError: Runparts: 1 failures (part-001) in 1 attempted commands")
        return out

    def e_rename(self, t):
        return self.L(t, "stages.py", "WARNING", "Failed to rename devices: [nic not present] Cannot rename mac=%s to ens5, not available." % self.mac())

    def r_md(self, t):
        path = "%s/meta-data/instance-id" % self.api
        return self.L(t, "url_helper.py", "WARNING", "Calling 'http://169.254.169.254/%s' failed [%d/120s]: request error [HTTPConnectionPool(host='169.254.169.254', port=80): Max retries exceeded with url: /%s (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f%s>, 'Connection to 169.254.169.254 timed out. (connect timeout=50.0)'))]" % (
            path, self.r.randint(0, 118), path, self.hx(8)))

    def r_md_ok(self, t):
        return self.L(t, "url_helper.py", "DEBUG", self._url("%s/meta-data/instance-id" % self.api, self.r.randint(2, 4)))

    def n_yaml(self, t):
        return self.L(t, "util.py", "WARNING", "Failed loading yaml blob. Invalid format at line %d column %d: \"mapping values are not allowed here\"" % (
            self.r.randint(3, 40), self.r.randint(2, 30)))

    def n_sshkey(self, t):
        return [(t, self.L(t, "cc_ssh.py", "WARNING", "Failed generating key type ecdsa to file /etc/ssh/ssh_host_ecdsa_key")),
                (t, self.L(t, "util.py", "DEBUG", "Failed generating key type ecdsa to file /etc/ssh/ssh_host_ecdsa_key"))] + \
            self._tb(t, [("config/cc_ssh.py", 245, "handle", "out, err = subp.subp(cmd, capture=True, env=lang_c)"),
                         ("subp.py", 335, "subp", "raise ProcessExecutionError(")],
                     "cloudinit.subp.ProcessExecutionError: Unexpected error while running command.")

    def d_nospace(self, t):
        p = "/var/lib/cloud/instances/i-0%s/obj.pkl" % self.hx(16)
        return [(t, self.L(t, "util.py", "WARNING", "Failed pickling datasource DataSourceEc2Local")),
                (t, self.L(t, "util.py", "DEBUG", "Failed writing to %s" % p))] + \
            self._tb(t, [("stages.py", 1094, "_pkl_store", "util.write_file(fname, pk_contents, omode=\"wb\", mode=0o400)"),
                         ("util.py", 2278, "write_file", "fh.write(content)")],
                     "OSError: [Errno 28] No space left on device")


class Networkd(Format):
    key = "networkd"
    WEIGHT = 0.7
    AVG_LINES = 2.5
    ERR_RATE = 0.15
    WARN_FRAC = 0.02
    NORMAL = [(40, "n_tap_up"), (36, "n_tap_down"), (2, "n_dhcp")]
    WARNS = [(1, "w_carrier")]
    ERRORS = [("e_up", r"Could not bring up interface, ignoring: No such device"),
              ("e_drop", r"Could not drop address: Cannot assign requested address")]
    BANNER_SIG = r"Starting systemd-networkd\.service"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.n = self.r.randint(100, 900)
        self.up = self.sc.lan + ".%d.%d" % (self.r.randint(0, 10), self.r.randint(5, 250))
        self.sd = self.r.choice((249, 252, 255))

    def L(self, t, msg):
        return self.syslog(t, "systemd-networkd", msg)

    def n_tap_up(self, t):
        self.n += 1
        v = "vnet%d" % self.n
        out = []
        if self.sd >= 250:
            out.append((t, self.L(t, "%s: Configuring with /etc/systemd/network/50-vm-tap.network." % v)))
        t6 = t + self.r.uniform(1.2, 2.2)
        out += [(t + 0.001, self.L(t + 0.001, "%s: Link UP" % v)),
                (t + 0.01, self.L(t + 0.01, "%s: Gained carrier" % v)),
                (t6, self.L(t6, "%s: Gained IPv6LL" % v))]
        return out

    def n_tap_down(self, t):
        v = "vnet%d" % self.r.randint(max(1, self.n - 40), self.n)
        return [(t, self.L(t, "%s: Lost carrier" % v)), (t + 0.001, self.L(t + 0.001, "%s: Link DOWN" % v))]

    def n_dhcp(self, t):
        gw = self.up.rsplit(".", 1)[0] + ".1"
        return self.L(t, "eno1: DHCPv4 address %s/24, gateway %s acquired from %s" % (self.up, gw, gw))

    def w_carrier(self, t):
        return [(t, self.L(t, "eno2: Lost carrier")), (t + 3.2, self.L(t + 3.2, "eno2: Gained carrier"))]

    def e_up(self, t):
        return self.L(t, "vnet%d: Could not bring up interface, ignoring: No such device" % self.r.randint(max(1, self.n - 10), self.n))

    def e_drop(self, t):
        return self.L(t, "br0: Could not drop address: Cannot assign requested address")

    def banner(self, t):
        s = "systemd-networkd.service - Network Configuration" if self.sd >= 250 else "Network Service"
        out = [(t, self.syslog(t, "systemd", "Starting %s..." % s, pid=1))]
        msgs = ["lo: Link UP", "lo: Gained carrier", "eno1: Link UP", "eno1: Gained carrier", "br0: Link UP",
                "br0: Gained carrier", "Enumeration completed"]
        for i, m in enumerate(msgs):
            out.append((t + 0.05 + 0.01 * i, self.L(t + 0.05 + 0.01 * i, m)))
        out.append((t + 0.2, self.syslog(t + 0.2, "systemd", "Started %s." % s, pid=1)))
        out.append((t + 1.6, self.L(t + 1.6, "eno1: Gained IPv6LL")))
        return out

    def shutdown(self, t):
        s = "systemd-networkd.service - Network Configuration" if self.sd >= 250 else "Network Service"
        return [(t, self.syslog(t, "systemd", "Stopping %s..." % s, pid=1)),
                (t + 0.05, self.syslog(t + 0.05, "systemd", "systemd-networkd.service: Deactivated successfully.", pid=1)),
                (t + 0.05, self.syslog(t + 0.05, "systemd", "Stopped %s." % s, pid=1))]
