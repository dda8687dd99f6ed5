"""ISC dhcpd through syslog, and the Windows DHCP Server audit log (CRLF)."""
from fmtbase import Format

DEVN = ("android-%s", "iPhone", "LAPTOP-%s", "DESKTOP-%s", "MacBook-Pro", "raspberrypi", "printer-%s",
        "ip-phone-%s", "Galaxy-S21", "%s-ThinkPad", "ESP_%s", "amazon-%s")
VENDOR = (("0x4D53465420352E30", "MSFT 5.0"), ("0x616E64726F69642D646863702D3131", "android-dhcp-11"),
          ("0x756468637020312E33362E31", "udhcp 1.36.1"), ("", ""))


class _Dhcp(Format):
    def setup(self):
        sc = self.sc
        self.dom = sc.domain
        self.relays = self.opts.get("relays") or ["eth1"]
        self.pool_net = self.opts.get("pool", sc.lan + ".%d" % self.r.randint(16, 31))
        self.clients = []
        for _ in range(self.opts.get("nclients", 900)):
            n = self.ch(DEVN)
            if "%s" in n:
                n = n % self.HX(5) if n.startswith(("LAPTOP", "DESKTOP")) else n % self.hx(4)
            mac = self.mac()
            ip = "%s.%d.%d" % (self.pool_net.rsplit(".", 1)[0], int(self.pool_net.rsplit(".", 1)[1]) + self.r.randint(0, 3),
                               self.r.randint(2, 254))
            self.clients.append((mac, n if self.r.random() < 0.8 else None, ip, self.ch(self.relays)))
        self.extra()

    def extra(self):
        pass

    def cl(self):
        return self.clients[int(self.r.random() ** 1.6 * len(self.clients))]


class Dhcpd(_Dhcp):
    key = "dhcpd"
    WEIGHT = 2.5
    AVG_LINES = 2.6
    ERR_RATE = 0.9
    WARN_FRAC = 0.02
    NORMAL = [(38, "n_renew"), (18, "n_dora"), (6, "n_inform"), (6, "n_release"), (8, "n_ddns"),
              (5, "n_reuse"), (4, "n_rebind")]
    WARNS = [(3, "w_decline"), (3, "w_nak"), (2, "w_unknown_lease")]
    ERRORS = [("e_wrongnet", r"wrong network\."), ("e_dup", r"is duplicate on ")]
    RETRY = ("r_fwdmap", r"Unable to add forward map from .*: timed out")
    RETRY_OK = "r_fwdmap_ok"
    NEW_ERRORS = [("n_nofree", r"no free leases"), ("n_peerholds", r"peer holds all free leases")]
    PANIC = ("p_fatal", r"Unable to set up timer: out of range")
    BANNER_SIG = r"Internet Systems Consortium DHCP Server"
    HB = (300, "hb_pool")

    def extra(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.srv = self.sc.lan + ".0.2"
        self.poolid = self.hx(12)
        self.ver = self.ch(("4.4.1", "4.4.3-P1", "4.3.6"))

    def L(self, t, msg):
        return self.syslog(t, "dhcpd", msg)

    def _who(self, c):
        mac, n, ip, via = c
        return "%s%s via %s" % (mac, " (%s)" % n if n else "", via)

    def n_dora(self, t):
        c = self.cl()
        mac, n, ip, via = c
        w = self._who(c)
        d = self.r.uniform(0.002, 0.02)
        out = [(t, self.L(t, "DHCPDISCOVER from %s" % w)),
               (t + d, self.L(t + d, "DHCPOFFER on %s to %s" % (ip, w)))]
        t2 = t + d + self.r.uniform(0.005, 1.2)
        out += [(t2, self.L(t2, "DHCPREQUEST for %s (%s) from %s" % (ip, self.srv, w))),
                (t2 + 0.002, self.L(t2 + 0.002, "DHCPACK on %s to %s" % (ip, w)))]
        return out

    def n_renew(self, t):
        c = self.cl()
        w = self._who(c)
        return [(t, self.L(t, "DHCPREQUEST for %s from %s" % (c[2], w))),
                (t + 0.001, self.L(t + 0.001, "DHCPACK on %s to %s" % (c[2], w)))]

    def n_rebind(self, t):
        c = self.cl()
        w = self._who(c)
        return [(t, self.L(t, "DHCPREQUEST for %s (%s) from %s" % (c[2], self.srv, w))),
                (t + 0.001, self.L(t + 0.001, "DHCPACK on %s to %s" % (c[2], w)))]

    def n_inform(self, t):
        c = self.cl()
        return [(t, self.L(t, "DHCPINFORM from %s via %s" % (c[2], c[3]))),
                (t + 0.001, self.L(t + 0.001, "DHCPACK to %s (%s) via %s" % (c[2], c[0], c[3])))]

    def n_release(self, t):
        c = self.cl()
        return self.L(t, "DHCPRELEASE of %s from %s (found)" % (c[2], self._who(c)))

    def n_ddns(self, t):
        c = self.cl()
        h = "%s.%s" % ((c[1] or "host-%s" % c[0].replace(":", "")[-6:]).lower(), self.dom)
        rev = ".".join(reversed(c[2].split("."))) + ".in-addr.arpa."
        return [(t, self.L(t, "Added new forward map from %s to %s" % (h, c[2]))),
                (t + 0.004, self.L(t + 0.004, "Added reverse map from %s to %s" % (rev, h)))]

    def n_reuse(self, t):
        c = self.cl()
        return [(t, self.L(t, "reuse_lease: lease age %d (secs) under 25%% threshold, reply with unaltered, existing lease for %s" % (
                    self.r.randint(30, 800), c[2]))),
                (t, self.L(t, "DHCPREQUEST for %s from %s" % (c[2], self._who(c)))),
                (t + 0.001, self.L(t + 0.001, "DHCPACK on %s to %s" % (c[2], self._who(c))))]

    def w_decline(self, t):
        c = self.cl()
        return [(t, self.L(t, "DHCPDECLINE of %s from %s: abandoned" % (c[2], self._who(c)))),
                (t, self.L(t, "Abandoning IP address %s: declined." % c[2]))]

    def w_nak(self, t):
        c = self.cl()
        return self.L(t, "DHCPNAK on %s to %s" % (c[2], self._who(c)))

    def w_unknown_lease(self, t):
        c = self.cl()
        return self.L(t, "DHCPREQUEST for %s from %s: lease %s unavailable." % (c[2], self._who(c), c[2]))

    def hb_pool(self, t):
        tot = 4000
        free = self.r.randint(900, 1500)
        return self.L(t, "balanced pool %s %s.0/%d  total %d  free %d  backup %d  lts %d  max-misbal %d" % (
            self.poolid, self.pool_net, 22, tot, free, free - self.r.randint(0, 40), self.r.randint(0, 20), 600))

    def e_wrongnet(self, t):
        c = self.cl()
        bad = "192.168.%d.%d" % (self.r.choice((0, 1, 1, 8, 178)), self.r.randint(2, 254))
        w = self._who(c)
        return [(t, self.L(t, "DHCPREQUEST for %s from %s: wrong network." % (bad, w))),
                (t + 0.0005, self.L(t + 0.0005, "DHCPNAK on %s to %s" % (bad, w)))]

    def e_dup(self, t):
        c = self.cl()
        return self.L(t, "uid lease %s for client %s is duplicate on %s.0/22" % (c[2], c[0], self.pool_net))

    def r_fwdmap(self, t):
        c = self.cl()
        h = "%s.%s" % ((c[1] or "host").lower(), self.dom)
        return self.L(t, "Unable to add forward map from %s to %s: timed out" % (h, c[2]))

    def r_fwdmap_ok(self, t):
        c = self.cl()
        h = "%s.%s" % ((c[1] or "host").lower(), self.dom)
        return self.L(t, "Added new forward map from %s to %s" % (h, c[2]))

    def n_nofree(self, t):
        c = self.cl()
        return self.L(t, "DHCPDISCOVER from %s: network %s.0/22: no free leases" % (self._who(c), self.pool_net))

    def n_peerholds(self, t):
        c = self.cl()
        return self.L(t, "DHCPDISCOVER from %s: peer holds all free leases" % self._who(c))

    def p_fatal(self, t):
        msgs = ["Unable to set up timer: out of range", "",
                "If you think you have received this message due to a bug rather",
                "than a configuration issue please read the section on submitting",
                "bugs on either our web page at www.isc.org or in the README file",
                "before submitting a bug.  These pages explain the proper",
                "process and the information we find helpful for debugging.", "",
                "exiting."]
        return [self.L(t, m) for m in msgs]

    def banner(self, t):
        msgs = ["Internet Systems Consortium DHCP Server %s" % self.ver,
                "Copyright 2004-2022 Internet Systems Consortium.",
                "All rights reserved.",
                "For info, please visit https://www.isc.org/software/dhcp/",
                "Config file: /etc/dhcp/dhcpd.conf",
                "Database file: /var/lib/dhcp/dhcpd.leases",
                "PID file: /run/dhcp-server/dhcpd.pid",
                "Wrote 0 deleted host decls to leases file.",
                "Wrote 0 new dynamic host decls to leases file.",
                "Wrote %d leases to leases file." % self.r.randint(1800, 3200)]
        for rl in sorted(set(self.relays)):
            if rl.startswith("eth"):
                msgs.append("Listening on LPF/%s/%s/%s.0/22" % (rl, self.mac(), self.pool_net))
                msgs.append("Sending on   LPF/%s/%s/%s.0/22" % (rl, self.mac(), self.pool_net))
        msgs += ["Listening on LPF/eth0/%s/%s.0.0/24" % (self.mac(), self.sc.lan),
                 "Sending on   LPF/eth0/%s/%s.0.0/24" % (self.mac(), self.sc.lan),
                 "Sending on   Socket/fallback/fallback-net",
                 "Server starting service."]
        return [(t + i * 0.002, self.L(t + i * 0.002, m)) for i, m in enumerate(msgs)]


class WinDhcp(_Dhcp):
    key = "win_dhcp"
    clock = "CSV 'MM/DD/YY,HH:MM:SS' local, no zone"
    crlf = True
    timed = "some"
    WEIGHT = 1.5
    AVG_LINES = 2.4
    ERR_RATE = 0.6
    NORMAL = [(40, "n_renew"), (18, "n_assign"), (6, "n_release"), (10, "n_drop"), (2, "n_expired")]
    WARNS = [(2, "w_inuse")]
    ERRORS = [("e_dnsfail", r",DNS Update Failed,"), ("e_nack", r",NACK,")]
    NEW_ERRORS = [("n_scopefull", r",Scope Full,")]
    HB = (3600, "hb_cleanup")

    def extra(self):
        self.cid = 0

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            g = self.lst(t)
            v = "%02d/%02d/%02d,%02d:%02d:%02d" % (g.tm_mon, g.tm_mday, g.tm_year % 100, g.tm_hour, g.tm_min, g.tm_sec)
            self._c1[k] = v
        return v

    def ev(self, t, eid, desc, ip="", host="", mac="", tid=0, q=6, vend=("", ""), relay="", dnserr=0):
        return "%02d,%s,%s,%s,%s,%s,,%d,%d,,,,%s,%s,,,%s,%d" % (
            eid, self.ts(t), desc, ip, host, mac, tid, q, vend[0], vend[1], relay, dnserr)

    def _c(self):
        mac, n, ip, via = self.cl()
        host = ("%s.%s" % (n, self.dom)) if n else ""
        return mac.replace(":", "").upper(), host, ip

    def _dns(self, t, ip, host, ok=True):
        out = [(t, self.ev(t, 30, "DNS Update Request", ip, host))]
        if ok:
            out.append((t + 0.01, self.ev(t + 0.01, 32, "DNS Update Successful", ip, host)))
        else:
            out.append((t + 0.01, self.ev(t + 0.01, 31, "DNS Update Failed", ip, host, dnserr=9005)))
        return out

    def _relay(self):
        return "0x0106000400%02X%04X" % (self.r.randint(1, 8), self.r.randint(1, 48))

    def n_assign(self, t):
        mac, host, ip = self._c()
        out = [(t, self.ev(t, 10, "Assign", ip, host, mac, self.r.getrandbits(31), 0, self.ch(VENDOR), self._relay()))]
        if host:
            out += self._dns(t + 0.02, ip, host)
        return out

    def n_renew(self, t):
        mac, host, ip = self._c()
        out = [(t, self.ev(t, 11, "Renew", ip, host, mac, self.r.getrandbits(31), 0, self.ch(VENDOR), self._relay()))]
        if host and self.r.random() < 0.7:
            out += self._dns(t + 0.02, ip, host)
        return out

    def n_release(self, t):
        mac, host, ip = self._c()
        return self.ev(t, 12, "Release", ip, host, mac, self.r.getrandbits(31), 0)

    def n_drop(self, t):
        mac, host, ip = self._c()
        return self.ev(t, 36, "Packet dropped because of Client ID hash mismatch or standby server.", "0.0.0.0", "", mac,
                       self.r.getrandbits(31), 0)

    def n_expired(self, t):
        mac, host, ip = self._c()
        return self.ev(t, 18, "Expired", ip, "", "", 0, 6)

    def w_inuse(self, t):
        mac, host, ip = self._c()
        return self.ev(t, 13, "In Use", ip, "", mac, 0, 6)

    def e_dnsfail(self, t):
        mac, host, ip = self._c()
        return self._dns(t, ip, host or "%s.%s" % (mac[-6:], self.dom), ok=False)

    def e_nack(self, t):
        mac, host, ip = self._c()
        return self.ev(t, 15, "NACK", "192.168.1.%d" % self.r.randint(2, 250), "", mac, self.r.getrandbits(31), 6)

    def n_scopefull(self, t):
        mac, host, ip = self._c()
        return self.ev(t, 14, "Scope Full", "%s.0" % self.pool_net, "", "", 0, 6)

    def hb_cleanup(self, t):
        return [(t, self.ev(t, 24, "Database Cleanup Begin")),
                (t + 0.2, self.ev(t + 0.2, 25, "%d leases expired and 0 leases deleted" % self.r.randint(0, 40)))]

    def periodic(self, t0, t1, r):
        hdr = ["\t\tMicrosoft DHCP Service Activity Log", "", "",
               "Event ID  Meaning",
               "00\tThe log was started.", "01\tThe log was stopped.",
               "02\tThe log was temporarily paused due to low disk space.",
               "10\tA new IP address was leased to a client.", "11\tA lease was renewed by a client.",
               "12\tA lease was released by a client.", "13\tAn IP address was found to be in use on the network.",
               "14\tA lease request could not be satisfied because the scope's address pool was exhausted.",
               "15\tA lease was denied.", "16\tA lease was deleted.",
               "17\tA lease was expired and DNS records for an expired leases have not been deleted.",
               "18\tA lease was expired and DNS records were deleted.",
               "20\tA BOOTP address was leased to a client.", "21\tA dynamic BOOTP address was leased to a client.",
               "22\tA BOOTP request could not be satisfied because the scope's address pool for BOOTP was exhausted.",
               "23\tA BOOTP IP address was deleted after checking to see it was not in use.",
               "24\tIP address cleanup operation has began.", "25\tIP address cleanup statistics.",
               "30\tDNS update request to the named DNS server.", "31\tDNS update failed.",
               "32\tDNS update successful.", "33\tPacket dropped due to NAP policy.",
               "34\tDNS update request failed.as the DNS update request queue limit exceeded.",
               "35\tDNS update request failed.",
               "36\tPacket dropped because the server is in failover standby role or the hash of the client ID does not match.",
               "50+\tCodes above 50 are used for Rogue Server Detection information.", "",
               "QResult: 0: NoQuarantine, 1:Quarantine, 2:Drop Packet, 3:Probation,6:No Quarantine Information ProbationTime:Year-Month-Day Hour:Minute:Second:MilliSecond.",
               "",
               "ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError."]
        return [(t0, l) for l in hdr]
