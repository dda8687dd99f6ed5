"""FRRouting log file (frr.log) and BIRD 2 log file (bird.log)."""
import hashlib

from fmtbase import Format

B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def xref(name):
    h = hashlib.md5(name.encode()).digest()
    v = int.from_bytes(h[:7], "big")
    s = "".join(B32[(v >> (5 * i)) & 31] for i in range(10))
    return "[%s-%s]" % (s[:5], s[5:])


ASNS = (174, 3356, 1299, 2914, 6939, 6453, 3257, 6762, 9002, 13335, 15169, 16509, 8075, 32934,
        20940, 16276, 24940, 12876, 8560, 3320, 5511, 1273, 701, 7018, 6830, 4637, 4826, 7545, 9498, 4766)


class Frr(Format):
    key = "frr"
    clock = "'YYYY/MM/DD HH:MM:SS[.mmm]' local, no zone"
    WEIGHT = 3.0
    ERR_RATE = 0.8
    WARN_FRAC = 0.015
    RETRY_RATE = 0.3
    NORMAL = [(30, "u_attr"), (34, "u_nlri"), (14, "u_withdraw"), (10, "u_send"), (6, "u_send_attr"),
              (3, "u_denied_policy"), (1, "u_eor"), (1, "z_route"), (1, "o_lsa")]
    WARNS = [(3, "w_aspath"), (2, "w_mtu"), (1, "w_synflood")]
    ERRORS = [("e_martian", r"DENIED due to: martian or self next-hop"),
              ("e_attr", r"rcvd UPDATE with errors in attr\(s\)!! Withdrawing route\.")]
    RETRY = ("r_connfail", r"\[Event\] Connect failed 111\(Connection refused\)")
    RETRY_OK = "r_connstart"
    NEW_ERRORS = [("n_netlink", r"netlink-dp \(NS 0\) error: Network is unreachable"),
                  ("n_nhg", r"Failed to install Nexthop ID \(\d+\) into the kernel")]
    OOM = ("o_oom", r"out of memory: failed to allocate \d+ bytes for .* object")
    PANIC = ("p_sig11", r"Received signal 11 at \d+ \(si_addr")
    BANNER_SIG = r"bgpd [\d.]+ starting: vty@2605"

    def setup(self):
        self.ms = bool(self.opts.get("ms"))
        self.ver = self.ch(("8.1", "8.4.4", "9.1", "7.5.1"))
        self.local_as = self.r.choice((64512, 64600, 65010, 395123, 210987))
        self.peers = [("198.51.100.%d" % self.r.randint(1, 60), self.ch(ASNS[:8])),
                      ("203.0.113.%d" % self.r.randint(1, 60), self.ch(ASNS[:8])),
                      ("192.0.2.%d" % self.r.randint(60, 120), self.ch((6695, 1200, 8714, 24115, 6777))),
                      ("10.255.0.%d" % self.r.randint(2, 9), self.local_as)]
        self.down_peer = "192.0.2.%d" % self.r.randint(130, 200)
        self.me = "198.51.100.%d" % self.r.randint(200, 250)

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            g = self.lst(t)
            v = "%04d/%02d/%02d %02d:%02d:%02d" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
            self._c1[k] = v
        return "%s.%s" % (v, self.frac(t, 3)) if self.ms else v

    def L(self, t, d, site, msg, ec=None):
        if self.ver.startswith("7"):
            return "%s %s: %s%s" % (self.ts(t), d, "[EC %d] " % ec if ec else "", msg)
        return "%s %s: %s%s %s" % (self.ts(t), d, xref(site), "[EC %d]" % ec if ec else "", msg)

    def pfx(self):
        return "%d.%d.%d.0/%d" % (self.ch((1, 5, 8, 23, 31, 37, 41, 45, 62, 77, 91, 103, 104, 138, 141, 151, 162,
                                            172, 176, 185, 188, 193, 194, 195, 196, 197, 200, 202, 212, 217)),
                                  self.r.randint(0, 255), self.r.randint(0, 255), self.ch((24, 24, 24, 23, 22, 20, 19)))

    def peer(self):
        return self.peers[int(self.r.random() ** 0.7 * 3)]

    def path(self, first):
        n = self.r.randint(1, 5)
        return " ".join(str(x) for x in [first] + [self.ch(ASNS) for _ in range(n)])

    def u_attr(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "upd_attr", "%s rcvd UPDATE w/ attr: nexthop %s, origin %s, metric %d, path %s" % (
            ip, ip, self.ch("iii?e"), self.ch((0, 0, 0, 10, 100)), self.path(asn)))

    def u_nlri(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "upd_nlri", "%s rcvd %s IPv4 unicast" % (ip, self.pfx()))

    def u_withdraw(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "upd_wd", "%s rcvd UPDATE about %s IPv4 unicast -- withdrawn" % (ip, self.pfx()))

    def u_send(self, t):
        return self.L(t, "BGP", "upd_send", "u%d:s%d send UPDATE %s IPv4 unicast" % (
            self.r.randint(1, 3), self.r.randint(1, 6), self.pfx()))

    def u_send_attr(self, t):
        return self.L(t, "BGP", "upd_send_attr", "u%d:s%d send UPDATE w/ attr: nexthop %s, origin i, path %d" % (
            self.r.randint(1, 3), self.r.randint(1, 6), self.me, self.local_as))

    def u_denied_policy(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "upd_deny", "%s rcvd UPDATE about %s IPv4 unicast -- DENIED due to: filtered;" % (ip, self.pfx()))

    def u_eor(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "eor", "bgp_update_receive: rcvd End-of-RIB for IPv4 Unicast from %s in vrf default" % ip)

    def z_route(self, t):
        return self.L(t, "ZEBRA", "z_if", "if_zebra_speed_update: %s old speed: 10000 new speed: 10000" % self.ch(("eth2", "eth3", "bond0")))

    def o_lsa(self, t):
        return self.L(t, "OSPF", "o_lsa", "Link State Update: Neighbor 10.255.0.%d on eth1 advertised %d LSAs" % (
            self.r.randint(2, 9), self.r.randint(1, 6)))

    def w_aspath(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "upd_deny_as", "%s rcvd UPDATE about %s IPv4 unicast -- DENIED due to: as-path contains our own AS;" % (ip, self.pfx()))

    def w_mtu(self, t):
        return self.L(t, "OSPF", "o_mtu", "Packet[DD]: Neighbor 10.255.0.%d MTU 9000 is larger than [eth1:10.255.0.1]'s MTU 1500" % self.r.randint(2, 9))

    def w_synflood(self, t):
        return self.L(t, "BGP", "bgp_acc", "[Event] BGP connection from host %s fd %d" % (self.pubip(), self.r.randint(20, 90)))

    def e_martian(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "upd_mart", "%s rcvd UPDATE about %s IPv4 unicast -- DENIED due to: martian or self next-hop;" % (ip, self.pfx()))

    def e_attr(self, t):
        ip, asn = self.peer()
        return self.L(t, "BGP", "upd_err", "%s rcvd UPDATE with errors in attr(s)!! Withdrawing route." % ip, 33554451)

    def r_connfail(self, t):
        return self.L(t, "BGP", "ev_cf", "%s [Event] Connect failed 111(Connection refused)" % self.down_peer)

    def r_connstart(self, t):
        return self.L(t, "BGP", "ev_cs", "%s [Event] Connect start to %s fd %d" % (self.down_peer, self.down_peer, self.r.randint(20, 60)))

    def n_netlink(self, t):
        return self.L(t, "ZEBRA", "nl_err", "netlink-dp (NS 0) error: Network is unreachable, type=RTM_NEWROUTE(24), seq=%d, pid=%d" % (
            self.r.randint(10000, 999999), self.r.randint(1000000, 3999999)), 4043309093)

    def n_nhg(self, t):
        return self.L(t, "ZEBRA", "nhg_err", "Failed to install Nexthop ID (%d) into the kernel" % self.r.randint(20, 400), 4043309074)

    def _bt(self, t, d):
        out = [self.L(t, d, "bt_hdr", "Backtrace for %d stack frames:" % 9)]
        fr = [("/usr/lib/x86_64-linux-gnu/frr/libfrr.so.0", "zlog_backtrace_sigsafe+0x71"),
              ("/usr/lib/x86_64-linux-gnu/frr/libfrr.so.0", "zlog_signal+0x119"),
              ("/usr/lib/x86_64-linux-gnu/frr/libfrr.so.0", "0x%x" % self.r.randint(0xd0000, 0xfffff)),
              ("/lib/x86_64-linux-gnu/libpthread.so.0", "0x14420"),
              ("/usr/lib/frr/bgpd", "bgp_attr_intern+0x%x" % self.r.randint(0x40, 0x2ff)),
              ("/usr/lib/frr/bgpd", "bgp_update+0x%x" % self.r.randint(0x100, 0xfff)),
              ("/usr/lib/frr/bgpd", "bgp_nlri_parse_ip+0x%x" % self.r.randint(0x80, 0x2ff)),
              ("/usr/lib/frr/bgpd", "bgp_process_packet+0x%x" % self.r.randint(0x400, 0x12ff)),
              ("/usr/lib/x86_64-linux-gnu/frr/libfrr.so.0", "thread_call+0x%x" % self.r.randint(0x60, 0x9f))]
        for i, (lib, sym) in enumerate(fr):
            out.append(self.L(t, d, "bt_fr", "[bt %d] %s(%s) [0x%x]" % (i, lib, sym, 0x7f0000000000 + self.r.getrandbits(36))))
        out.append(self.L(t, d, "bt_thr", "in thread bgp_process_packet scheduled from bgpd/bgp_packet.c:%d bgp_process_packet()" % self.r.randint(2700, 3000)))
        return out

    def o_oom(self, t):
        sz = self.ch((24, 64, 96, 4096, 120))
        out = [self.L(t, "BGP", "mem_oom", "out of memory: failed to allocate %d bytes for %s object" % (
            sz, self.ch(("BGP attribute", "BGP route", "BGP Path", "Prefix")))),]
        out += self._bt(t, "BGP")
        out.append(self.L(t, "BGP", "sig", "Received signal 6 at %d (si_addr 0x%x, PC 0x%x); aborting..." % (
            int(t), self.r.getrandbits(16), 0x7f0000000000 + self.r.getrandbits(36))))
        return out

    def p_sig11(self, t):
        out = [self.L(t, "BGP", "sig", "Received signal 11 at %d (si_addr 0x%x, PC 0x%x); aborting..." % (
            int(t), self.ch((0, 8, 0x10, 0x28)), 0x55d000000000 + self.r.getrandbits(32)))]
        return out + self._bt(t, "BGP")

    def banner(self, t):
        v = self.ver
        out = [(t, self.L(t, "WATCHFRR", "wf_fork", "Forked background command [pid %d]: /usr/lib/frr/watchfrr.sh restart bgpd" % self.pid_at(t))),
               (t + 0.3, self.L(t + 0.3, "BGP", "start", "bgpd %s starting: vty@2605, bgp@<all>:179" % v)),
               (t + 0.35, self.L(t + 0.35, "ZEBRA", "hello", "client %d says hello and bids fair to announce only bgp routes vrf=0" % self.r.randint(20, 40))),
               (t + 0.5, self.L(t + 0.5, "BGP", "cfg", "Configuration Read in Took: 00:00:00")),
               (t + 0.6, self.L(t + 0.6, "WATCHFRR", "wf_up", "bgpd state -> up : connect succeeded"))]
        tt = t + self.r.uniform(3, 8)
        for ip, asn in self.peers:
            tt += self.r.uniform(0.2, 3)
            out.append((tt, self.L(tt, "BGP", "adj", "%%ADJCHANGE: neighbor %s in vrf default Up" % ip)))
        return out

    def shutdown(self, t):
        out = [(t, self.L(t, "BGP", "term", "Terminating on signal"))]
        for i, (ip, asn) in enumerate(self.peers):
            tt = t + 0.01 * (i + 1)
            out.append((tt, self.L(tt, "BGP", "notif", "%%NOTIFICATION: sent to neighbor %s 6/2 (Cease/Administrative Shutdown) 0 bytes" % ip)))
            out.append((tt, self.L(tt, "BGP", "adj", "%%ADJCHANGE: neighbor %s in vrf default Down BGP Notification send" % ip)))
        return out


class Bird(Format):
    key = "bird"
    WEIGHT = 2.0
    ERR_RATE = 0.5
    WARN_FRAC = 0.01
    RETRY_RATE = 0.25
    NORMAL = [(40, "r_added"), (20, "r_removed"), (14, "r_filtered"), (8, "r_updated"), (4, "r_rejected")]
    WARNS = [(2, "w_netlink"), (2, "w_rmt_hold")]
    ERRORS = [("e_badas", r"Error: Bad peer AS: \d+"), ("e_nexthop", r"Invalid NEXT_HOP attribute in route ")]
    RETRY = ("r_conn", r"Connection lost \(Connection refused\)")
    RETRY_OK = "r_connected"
    NEW_ERRORS = [("n_limit", r"hits route import limit \(\d+\), action: block")]
    BANNER_SIG = r"<INFO> Started$"
    HB = (900, "hb_reconf")

    def setup(self):
        self.ms = bool(self.opts.get("ms"))
        self.clock = "'YYYY-MM-DD HH:MM:SS%s' local, no zone" % (".mmm" if self.ms else "")
        self.proto = ["bgp_as%d_v4" % a for a in self.r.sample(ASNS, 12)]
        self.rid = "198.51.100.%d" % self.r.randint(2, 30)
        self.bad = "bgp_as%d_v4" % self.ch((64496, 64497, 64498, 65001))

    def ts(self, t):
        v = self.s_ymd(t)
        return "%s.%s" % (v, self.frac(t, 3)) if self.ms else v

    def L(self, t, cls, msg):
        return "%s <%s> %s" % (self.ts(t), cls, msg)

    def pfx(self):
        return "%d.%d.%d.0/%d" % (self.ch((5, 23, 31, 45, 77, 91, 103, 141, 176, 185, 193, 194, 212)),
                                  self.r.randint(0, 255), self.r.randint(0, 255), self.ch((24, 24, 23, 22, 21)))

    def p(self):
        return self.proto[int(self.r.random() ** 1.3 * len(self.proto))]

    def r_added(self, t):
        return self.L(t, "TRACE", "%s > added [best] %s unicast" % (self.p(), self.pfx()))

    def r_removed(self, t):
        return self.L(t, "TRACE", "%s > removed [replaced] %s unicast" % (self.p(), self.pfx()))

    def r_updated(self, t):
        return self.L(t, "TRACE", "%s > updated [best] %s unicast" % (self.p(), self.pfx()))

    def r_filtered(self, t):
        return self.L(t, "TRACE", "%s < filtered out %s unicast" % (self.p(), self.pfx()))

    def r_rejected(self, t):
        return self.L(t, "TRACE", "%s < rejected by protocol %s unicast" % (self.p(), self.ch(("10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12", "100.64.0.0/10"))))

    def w_netlink(self, t):
        return self.L(t, "WARN", "Kernel dropped some netlink messages, will resync on next scan.")

    def w_rmt_hold(self, t):
        return self.L(t, "RMT", "%s: Received: Administrative reset" % self.p())

    def e_badas(self, t):
        return self.L(t, "RMT", "%s: Error: Bad peer AS: %d" % (self.bad, self.ch((64496, 64511, 65535))))

    def e_nexthop(self, t):
        return self.L(t, "RMT", "%s: Invalid NEXT_HOP attribute in route %s" % (self.p(), self.pfx()))

    def r_conn(self, t):
        return [(t, self.L(t, "TRACE", "%s: Connecting to 198.51.100.%d from local address %s" % (self.bad, 99, self.rid))),
                (t + 0.002, self.L(t + 0.002, "TRACE", "%s: Connection lost (Connection refused)" % self.bad))]

    def r_connected(self, t):
        return self.L(t, "TRACE", "%s: Connect delayed by 5 seconds" % self.bad)

    def n_limit(self, t):
        return self.L(t, "WARN", "Protocol %s hits route import limit (%d), action: block" % (self.p(), self.ch((1000, 5000, 200))))

    def hb_reconf(self, t):
        return [(t, self.L(t, "INFO", "Reconfiguring")), (t + 0.08, self.L(t + 0.08, "INFO", "Reconfigured"))]

    def banner(self, t):
        out = [(t, self.L(t, "INFO", "Chosen router ID %s according to interface eth0" % self.rid)),
               (t + 0.05, self.L(t + 0.05, "INFO", "Started"))]
        tt = t + 1
        for pr in self.proto[:8]:
            tt += self.r.uniform(0.1, 1.5)
            out.append((tt, self.L(tt, "TRACE", "%s: BGP session established" % pr)))
            out.append((tt, self.L(tt, "TRACE", "%s: State changed to up" % pr)))
        return out

    def shutdown(self, t):
        out = [(t, self.L(t, "INFO", "Shutting down"))]
        for i, pr in enumerate(self.proto[:8]):
            out.append((t + 0.01 * i, self.L(t + 0.01 * i, "TRACE", "%s: State changed to stop" % pr)))
        out.append((t + 0.2, self.L(t + 0.2, "INFO", "Shutdown completed")))
        return out
