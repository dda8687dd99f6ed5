"""Linux kernel messages written by rsyslog to kern.log ('kernel: [uptime] ...').

Two profiles: 'router' (netfilter LOG lines, NIC/bond events) and 'storage'
(ATA/SCSI/md/NFS server noise)."""
from fmtbase import Format

PORTS = (22, 23, 80, 443, 445, 3389, 5060, 8080, 1433, 3306, 5900, 6379, 8443, 2323, 37215, 52869, 123, 161, 1900, 11211)


class Kern(Format):
    key = "kern"
    WEIGHT = 1.0
    ERR_RATE = 0.5
    WARN_FRAC = 0.02
    RETRY_RATE = 0.0

    def setup(self):
        self.profile = self.opts.get("profile", "router")
        self.clock = self.syslog_clock() + " + '[uptime]' seconds"
        self.absolute = self.style != "bsd"
        self.boot = self.sc.t0 - self.r.randint(3 * 86400, 190 * 86400) - self.r.random()
        self.wan = "198.51.100.%d" % self.r.randint(2, 250)
        self.mac_hdr = "%s:%s:08:00" % (self.mac(), self.mac())
        self.disks = ["sd%s" % c for c in "bcdefgh"]

    def L(self, t, msg):
        up = t - self.boot
        return self.syslog(t, "kernel", "[%5d.%06d] %s" % (int(up), int((up - int(up)) * 1e6), msg), pid=0)

    # ------------------------------------------------------------- router
    def fw(self, t, prefix, inn, out, src, dst, proto):
        ttl = self.ch((44, 48, 50, 52, 53, 54, 57, 112, 113, 116, 236, 240, 243, 245, 247))
        base = "%sIN=%s OUT=%s MAC=%s SRC=%s DST=%s LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d" % (
            prefix, inn, out, self.mac_hdr, src, dst, self.ch((40, 44, 52, 60, 60, 64)), ttl,
            self.r.randint(1, 65535))
        if proto == "TCP":
            base += "%s PROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 SYN URGP=0" % (
                " DF" if self.r.random() < 0.4 else "", self.port(), self.ch(PORTS), self.ch((1024, 29200, 64240, 65535, 14600)))
        elif proto == "UDP":
            base += " PROTO=UDP SPT=%d DPT=%d LEN=%d" % (self.port(), self.ch(PORTS), self.r.randint(16, 120))
        else:
            base += " PROTO=ICMP TYPE=8 CODE=0 ID=%d SEQ=%d" % (self.r.randint(1, 65535), self.r.randint(0, 20))
        return self.L(t, base)

    def k_fw_in(self, t):
        pr = self.ch(("TCP", "TCP", "TCP", "UDP", "ICMP"))
        return self.fw(t, "FW-IN-DROP: ", "eth0", "", self.pubip(), self.wan, pr)

    def k_fw_fwd(self, t):
        return self.fw(t, "FW-FWD-DROP: ", "eth0", "eth1", self.pubip(), "203.0.113.%d" % self.r.randint(1, 254), "TCP")

    def k_ratelimit(self, t):
        return self.L(t, "net_ratelimit: %d callbacks suppressed" % self.r.randint(3, 400))

    def k_link(self, t):
        dev = self.ch(("eth4", "eth5"))
        pci = "0000:03:00.%d" % (0 if dev == "eth4" else 1)
        return [(t, self.L(t, "ixgbe %s %s: NIC Link is Down" % (pci, dev))),
                (t + 2.1, self.L(t + 2.1, "ixgbe %s %s: NIC Link is Up 10 Gbps, Flow Control: RX/TX" % (pci, dev)))]

    def w_syn(self, t):
        return self.L(t, "TCP: request_sock_TCP: Possible SYN flooding on port %d. Sending cookies.  Check SNMP counters." % self.ch((179, 443, 22)))

    def w_bond(self, t):
        return [(t, self.L(t, "bond0: (slave eth3): link status definitely down, disabling slave")),
                (t + 0.4, self.L(t + 0.4, "bond0: (slave eth3): link status definitely up, 10000 Mbps full duplex"))]

    def e_martian(self, t):
        return [self.L(t, "IPv4: martian source %s from %s, on dev eth0" % (self.wan, "10.%d.%d.%d" % (
                    self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254)))),
                self.L(t, "ll header: 00000000: %s" % " ".join("%02x" % self.r.randint(0, 255) for _ in range(14)))]

    def e_neigh(self, t):
        return self.L(t, "neighbour: arp_cache: neighbor table overflow!")

    def n_conntrack(self, t):
        return self.L(t, "nf_conntrack: nf_conntrack: table full, dropping packet")

    def n_txhang(self, t):
        q = self.r.randint(0, 7)
        tdh = self.r.randint(0x100, 0xfff)
        return [self.L(t, "ixgbe 0000:03:00.1 eth5: Detected Tx Unit Hang"),
                self.L(t, "  Tx Queue             <%d>" % q),
                self.L(t, "  TDH, TDT             <%x>, <%x>" % (tdh, tdh + self.r.randint(4, 60))),
                self.L(t, "  next_to_use          <%x>" % (tdh + 12)),
                self.L(t, "  next_to_clean        <%x>" % tdh),
                self.L(t, "tx_buffer_info[next_to_clean]"),
                self.L(t, "  time_stamp           <%x>" % self.r.getrandbits(32)),
                self.L(t, "  jiffies              <%x>" % self.r.getrandbits(32)),
                self.L(t, "ixgbe 0000:03:00.1 eth5: tx hang %d detected on queue %d, resetting adapter" % (self.r.randint(1, 9), q)),
                self.L(t, "ixgbe 0000:03:00.1 eth5: Reset adapter")]

    # ------------------------------------------------------------ storage
    def s_audit(self, t):
        return self.L(t, "audit: type=1400 audit(%d.%03d:%d): apparmor=\"ALLOWED\" operation=\"open\" profile=\"/usr/sbin/rpc.mountd\" name=\"/proc/%d/mounts\" pid=%d comm=\"rpc.mountd\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0" % (
            int(t), int((t % 1) * 1000), self.r.randint(100, 99999), self.r.randint(800, 5000), self.r.randint(800, 5000)))

    def s_perf(self, t):
        a = self.r.randint(2501, 4000)
        return self.L(t, "perf: interrupt took too long (%d > %d), lowering kernel.perf_event_max_sample_rate to %d" % (a, a - self.r.randint(1, 300), self.r.randint(40000, 79750)))

    def s_nfsd_grace(self, t):
        return self.L(t, "NFSD: client %s testing state ID with incorrect client ID" % ("10.%d.%d.%d" % (2, self.r.randint(0, 3), self.r.randint(2, 250))))

    def s_scsi_sync(self, t):
        return self.L(t, "sd %d:0:0:%d: alua: port group 00 state A non-preferred supports TOlUSNA" % (self.r.randint(7, 9), self.r.randint(0, 3)))

    def s_md_check(self, t):
        return self.L(t, "md: data-check of RAID array md%d" % self.r.randint(0, 1))

    def w_mp(self, t):
        return [(t, self.L(t, "device-mapper: multipath: 253:%d: Failing path 8:%d." % (self.r.randint(2, 5), 16 * self.r.randint(2, 7)))),
                (t + 5, self.L(t + 5, "device-mapper: multipath: 253:%d: Reinstating path 8:%d." % (self.r.randint(2, 5), 16 * self.r.randint(2, 7))))]

    def w_conn(self, t):
        return self.L(t, "connection%d:0: detected conn error (1020)" % self.r.randint(1, 4))

    def e_rpcsrv(self, t):
        return self.L(t, "rpc-srv/tcp: nfsd: got error -%d when sending %d bytes - shutting down socket" % (
            self.ch((32, 104, 104, 11)), self.ch((116, 140, 244, 1048704))))

    def e_nfsd_state(self, t):
        return self.L(t, "NFSD: client 10.2.%d.%d testing state ID with incorrect client ID" % (self.r.randint(0, 3), self.r.randint(2, 250)))

    def r_nfs(self, t):
        return self.L(t, "nfs: server backup1 not responding, still trying")

    def r_nfs_ok(self, t):
        return self.L(t, "nfs: server backup1 OK")

    def n_medium(self, t):
        d = "sdc"
        tag = self.r.randint(0, 31)
        lba = self.r.randint(100000000, 3900000000)
        hx = "%08x" % lba
        cmd = "60/08:%02x:%s:%s:%s/00:00:%s:00:00/40" % (tag * 8 % 256, hx[6:], hx[4:6], hx[2:4], hx[0:2])
        msgs = ["ata5.00: exception Emask 0x0 SAct 0x%x SErr 0x0 action 0x0" % (1 << tag),
                "ata5.00: irq_stat 0x40000008",
                "ata5.00: failed command: READ FPDMA QUEUED",
                "ata5.00: cmd %s tag %d ncq dma 4096 in" % (cmd, tag),
                "         res 41/40:00:%s:%s:%s/00:00:%s:00:00/00 Emask 0x409 (media error) <F>" % (hx[6:], hx[4:6], hx[2:4], hx[0:2]),
                "ata5.00: status: { DRDY ERR }",
                "ata5.00: error: { UNC }",
                "ata5.00: configured for UDMA/133",
                "sd 4:0:0:0: [%s] tag#%d FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=%ds" % (d, tag, self.r.randint(0, 7)),
                "sd 4:0:0:0: [%s] tag#%d Sense Key : Medium Error [current]" % (d, tag),
                "sd 4:0:0:0: [%s] tag#%d Add. Sense: Unrecovered read error - auto reallocate failed" % (d, tag),
                "sd 4:0:0:0: [%s] tag#%d CDB: Read(16) 88 00 00 00 00 00 %s %s %s %s 00 00 00 08 00 00" % (d, tag, hx[0:2], hx[2:4], hx[4:6], hx[6:]),
                "blk_update_request: I/O error, dev %s, sector %d op 0x0:(READ) flags 0x0 phys_seg 1 prio class 0" % (d, lba),
                "ata5: EH complete"]
        return [(t + 0.0001 * i, self.L(t + 0.0001 * i, m)) for i, m in enumerate(msgs)]

    def n_hung(self, t):
        pid = self.r.randint(900, 3000)
        msgs = ["INFO: task txg_sync:%d blocked for more than 120 seconds." % pid,
                "      Tainted: P           O      %s" % " ".join(self.sc.kernel.split(" ")[:2]),
                "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.",
                "task:txg_sync        state:D stack:    0 pid:%5d ppid:     2 flags:0x00004000" % pid,
                "Call Trace:", " <TASK>",
                " __schedule+0x24e/0x590", " schedule+0x69/0x110", " schedule_timeout+0x87/0x140",
                " io_schedule_timeout+0x51/0x80", " __cv_timedwait_common+0x12c/0x170 [spl]",
                " __cv_timedwait_io+0x19/0x20 [spl]", " zio_wait+0x116/0x230 [zfs]",
                " spa_sync+0x5f2/0x1000 [zfs]", " txg_sync_thread+0x22b/0x3f0 [zfs]",
                " thread_generic_wrapper+0x64/0x80 [spl]", " kthread+0x12a/0x150",
                " ret_from_fork+0x22/0x30", " </TASK>"]
        return [self.L(t, m) for m in msgs]


ROUTER = dict(
    NORMAL=[(70, "k_fw_in"), (18, "k_fw_fwd"), (10, "k_ratelimit"), (0.2, "k_link")],
    WARNS=[(2, "w_syn"), (1, "w_bond")],
    ERRORS=[("e_martian", r"IPv4: martian source "), ("e_neigh", r"neighbor table overflow!")],
    RETRY=None, RETRY_OK=None,
    NEW_ERRORS=[("n_conntrack", r"nf_conntrack: table full, dropping packet"),
                ("n_txhang", r"Detected Tx Unit Hang")],
    WEIGHT=2.0, ERR_RATE=0.8)

STORAGE = dict(
    NORMAL=[(30, "s_audit"), (6, "s_perf"), (8, "s_scsi_sync"), (1, "s_md_check")],
    WARNS=[(2, "w_mp"), (2, "w_conn")],
    ERRORS=[("e_rpcsrv", r"rpc-srv/tcp: nfsd: got error -\d+ when sending"),
            ("e_nfsd_state", r"testing state ID with incorrect client ID")],
    RETRY=("r_nfs", r"nfs: server backup1 not responding, still trying"), RETRY_OK="r_nfs_ok",
    NEW_ERRORS=[("n_medium", r"Unrecovered read error - auto reallocate failed"),
                ("n_hung", r"INFO: task txg_sync:\d+ blocked for more than 120 seconds")],
    WEIGHT=0.4, ERR_RATE=0.3, RETRY_RATE=0.05)

PROFILES = {"router": ROUTER, "storage": STORAGE}


def kern_class(profile):
    """class view with the profile's template lists (used by the planner for capabilities)"""
    attrs = dict(PROFILES[profile])
    return type("Kern_" + profile, (Kern,), attrs)
