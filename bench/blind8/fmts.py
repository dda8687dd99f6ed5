"""Log formats for blind8.  Each class renders one real-world log format."""
import time

US = 1_000_000
MS = 1000
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "oscar", "peggy", "trent", "victor", "walter", "deploy", "ansible", "backup", "jenkins"]
BADUSERS = ["admin", "test", "oracle", "ubuntu", "user", "guest", "postgres", "git", "ftpuser", "pi",
            "support", "test1", "hadoop", "minecraft", "steam", "nagios", "www", "administrator"]
APIPATHS = ["/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/users/{id}", "/api/v1/cart", "/api/v1/search",
            "/api/v1/products", "/api/v1/products/{id}", "/health", "/api/v1/sessions", "/static/app.{id}.js",
            "/api/v1/inventory/{id}", "/api/v1/payments", "/", "/login", "/api/v1/recommendations"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
       "Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
       "Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
       "Mobile/15E148", "okhttp/4.11.0", "python-requests/2.31.0", "curl/8.4.0",
       "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"]


def hexs(r, n):
    return "%0*x" % (n, r.getrandbits(4 * n))


def b62(r, n):
    return "".join(B62[r.randrange(62)] for _ in range(n))


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[r.randrange(4)], h[17:20], h[20:])


def priv(r, net="10.0"):
    return "%s.%d.%d" % (net, r.randint(0, 31), r.randint(2, 254))


def pub(r):
    while True:
        a = r.randint(11, 223)
        if a not in (100, 127, 169, 172, 192, 10):
            return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def path(r):
    p = r.choice(APIPATHS)
    return p.replace("{id}", str(r.randint(100, 99999)))


class Base:
    key = "base"
    fname = "app.log"
    res = US
    lpe = 1.0
    zone_mode = "local"
    kinds = set()
    weight = 1.0
    warn_rate = (0.1, 0.8)
    err_max = 0.3
    has_retry = False
    has_banner = False
    job_every = 0
    hb_every = 0
    enc = "utf-8"
    eol = "\n"
    gz = False
    reverse = False
    newerr_key = ""
    status_share = 1.0
    lat_share = 1.0
    bpl = 160  # rough bytes per line, used to keep a seed under ~200 MB

    def __init__(self, r, year, off, zone, w0):
        self.r, self.year, self.off, self.zone, self.w0 = r, year, off, zone, w0
        self.attacker = pub(r)
        self.setup()

    def setup(self):
        pass

    def prepare(self, w0, w1, incs):
        pass

    def header(self, t):
        return []

    def footer(self, t):
        return []

    # ---- time helpers
    def tm(self, t):
        return time.gmtime(t // US + self.off)

    def syslog_ts(self, t):
        s = self.tm(t)
        return "%s %2d %02d:%02d:%02d" % (MON[s.tm_mon - 1], s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec)

    def ymd(self, t, ds="-", sep=" ", ts=":"):
        s = self.tm(t)
        return "%04d%s%02d%s%02d%s%02d%s%02d%s%02d" % (s.tm_year, ds, s.tm_mon, ds, s.tm_mday, sep, s.tm_hour,
                                                       ts, s.tm_min, ts, s.tm_sec)

    def frac(self, t, n):
        f = "%06d" % (t % US)
        if n <= 6:
            return f[:n]
        return f + "".join(str(self.r.randrange(10)) for _ in range(n - 6))

    def offs(self, colon=True):
        o = self.off
        sg = "+" if o >= 0 else "-"
        o = abs(o)
        return "%s%02d%s%02d" % (sg, o // 3600, ":" if colon else "", (o % 3600) // 60)

    def us_date(self, t):  # 12/6/2026 10:00:00 AM
        s = self.tm(t)
        h = s.tm_hour % 12 or 12
        return "%d/%d/%04d %d:%02d:%02d %s" % (s.tm_mon, s.tm_mday, s.tm_year, h, s.tm_min, s.tm_sec,
                                              "AM" if s.tm_hour < 12 else "PM")

    # ---- default event kinds
    def flood(self, t, a):
        return self.normal(t, (1.0, 0.0))

    def burst_error(self, t, a):
        return self.error(t, a)

    def storm_retry(self, t, a):
        return self.retry(t, a)[:1]

    def job(self, t, a):
        return self.normal(t, (1.0, 0.0))

    def heartbeat(self, t, a):
        return self.normal(t, (1.0, 0.0))

    def warn(self, t, a):
        return self.normal(t, (1.0, 0.0))

    def error(self, t, a):
        return self.normal(t, (1.0, 0.0))

    def shutdown(self, t, a):
        return self.normal(t, (1.0, 0.0))

    def banner(self, t, a):
        return self.normal(t, (1.0, 0.0))

    def describe(self, inc):
        k = inc["kind"]
        base = {
            "error_burst": "burst of %d error records" % inc.get("n", 0),
            "retry_storm": "retry/reconnect storm, %d retry lines" % inc.get("n", 0),
            "new_error": "new error template `%s` repeating every 25-80 s" % self.newerr_key,
            "latency_shift": "duration field x%.1f at normal volume" % inc.get("factor", 0),
            "http_5xx": "%.1f%% 5xx responses at normal volume" % (100 * inc.get("p", 0)),
            "traffic_flood": "extra requests at %.1fx the normal rate" % inc.get("factor", 0),
            "silence": "log stops" + (" for good" if inc.get("forever") else " and resumes"),
            "oom_kill": "%d out-of-memory kill(s) each followed by a restart" % len(inc.get("crashes", [])),
            "panic": "%d crash(es) each followed by the restart banner" % len(inc.get("crashes", [])),
            "disk_full": "no space left on device errors repeating",
        }[k]
        return "%s (%s)" % (base, self.key)


# =====================================================================================================
class CiscoASA(Base):
    bpl = 170
    key = "asa"
    fname = "fw01-asa.log"
    kinds = {"error_burst", "new_error", "traffic_flood", "silence"}
    weight = 1.6
    newerr_key = "hardware accelerator encountered an error"

    def setup(self):
        r = self.r
        self.v = r.randrange(2)
        self.host = r.choice(["fw01", "asa-edge-1", "FW-DC1-A"])
        self.outside = "198.51.100.%d" % r.randint(2, 250)
        self.cid = r.randint(10 ** 6, 9 * 10 ** 7)
        self.fname = "%s-asa.log" % self.host.lower()

    def pre(self, t):
        if self.v == 0:
            return "%s %s : " % (self.syslog_ts(t), self.host)
        s = self.tm(t)
        return "%s %02d %04d %02d:%02d:%02d %s : " % (MON[s.tm_mon - 1], s.tm_mday, s.tm_year, s.tm_hour,
                                                      s.tm_min, s.tm_sec, self.host)

    def normal(self, t, a):
        r = self.r
        x = r.random()
        self.cid += r.randint(1, 40)
        cl, sv = priv(r), pub(r)
        sp = r.randint(1024, 65535)
        if x < 0.3:
            m = "%%ASA-6-302013: Built outbound TCP connection %d for outside:%s/443 (%s/443) to inside:%s/%d " \
                "(%s/%d)" % (self.cid, sv, sv, cl, sp, self.outside, sp)
        elif x < 0.58:
            d = int(r.expovariate(1 / 40.0))
            m = "%%ASA-6-302014: Teardown TCP connection %d for outside:%s/443 to inside:%s/%d duration " \
                "%d:%02d:%02d bytes %d %s" % (self.cid, sv, cl, sp, d // 3600, d // 60 % 60, d % 60,
                                             r.randint(300, 900000), r.choice(["TCP FINs", "TCP FINs",
                                                                              "TCP Reset-O", "TCP Reset-I"]))
        elif x < 0.72:
            m = "%%ASA-6-302015: Built outbound UDP connection %d for outside:%s/53 (%s/53) to inside:%s/%d " \
                "(%s/%d)" % (self.cid, r.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9"]), "8.8.8.8", cl, sp,
                             self.outside, sp)
        elif x < 0.82:
            m = "%%ASA-6-302016: Teardown UDP connection %d for outside:8.8.8.8/53 to inside:%s/%d duration " \
                "0:00:00 bytes %d" % (self.cid, cl, sp, r.randint(60, 600))
        elif x < 0.9:
            m = "%%ASA-4-106023: Deny tcp src outside:%s/%d dst inside:%s/%d by access-group \"OUTSIDE_IN\" " \
                "[0x0, 0x0]" % (pub(r), sp, self.outside, r.choice([23, 445, 3389, 22, 1433, 5900, 8080]))
        elif x < 0.96:
            m = "%%ASA-6-305011: Built dynamic TCP translation from inside:%s/%d to outside:%s/%d" % (
                cl, sp, self.outside, sp)
        else:
            m = "%%ASA-6-106100: access-list OUTSIDE_IN permitted tcp outside/%s(%d) -> inside/10.1.0.20(443) " \
                "hit-cnt 1 first hit [0x%s, 0x0]" % (pub(r), sp, hexs(r, 8))
        return self.pre(t) + m

    def warn(self, t, a):
        r = self.r
        if r.random() < 0.5:
            m = "%%ASA-4-419002: Received duplicate TCP SYN from outside:%s/%d to inside:10.1.0.20/443 with " \
                "different initial sequence number" % (pub(r), r.randint(1024, 65535))
        else:
            m = "%%ASA-4-507003: tcp flow from outside:%s/443 to inside:%s/%d terminated by inspection engine, " \
                "reason - disconnected, dropped packet." % (pub(r), priv(r), r.randint(1024, 65535))
        return self.pre(t) + m

    def error(self, t, a):
        r = self.r
        if r.random() < 0.5:
            m = "%%ASA-3-710003: TCP access denied by ACL from %s/%d to outside:%s/22" % (
                pub(r), r.randint(1024, 65535), self.outside)
        else:
            m = "%%ASA-3-313001: Denied ICMP type=8, code=0 from %s on interface outside" % pub(r)
        return self.pre(t) + m

    def burst_error(self, t, a):
        r = self.r
        return self.pre(t) + "%%ASA-3-202010: PAT pool exhausted in pool PAT_POOL, port range [1024-65535]. " \
            "Unable to create TCP connection from inside:%s/%d to outside:%s/443" % (
                priv(r), r.randint(1024, 65535), pub(r))

    def newerr(self, t, a):
        r = self.r
        return self.pre(t) + "%%ASA-3-402123: CRYPTO: The ASA hardware accelerator encountered an error " \
            "(HWErrAddr= 0x%s, Core= %d, HwErrCode= 23, IstatReg= 0x8, PciErrReg= 0x0, CoreErrStat= 0x41, " \
            "CoreErrAddr= 0x%s, Doorbell Size[0]= 2048, DoorBell Outstanding[0]= 0, Doorbell Size[1]= 0, " \
            "DoorBell Outstanding[1]= 0, SWReset= %d)" % (hexs(r, 8).upper(), r.randrange(4),
                                                          hexs(r, 8).upper(), r.randint(90, 140))

    def flood(self, t, a):
        r = self.r
        return self.pre(t) + "%%ASA-4-106023: Deny tcp src outside:%s/%d dst inside:%s/%d by access-group " \
            "\"OUTSIDE_IN\" [0x0, 0x0]" % (self.attacker, r.randint(40000, 65535), self.outside,
                                            r.randint(1, 65535))

    def job(self, t, a):
        return self.pre(t) + "%%ASA-5-111008: User 'svc_backup' executed the 'copy /noconfirm " \
            "running-config scp://backup@10.1.9.5/asa/%s.cfg' command." % self.host

    job_every = 30


# =====================================================================================================
class FortiGate(Base):
    bpl = 650
    lat_share = 0.93
    key = "fortigate"
    fname = "fortigate.log"
    kinds = {"error_burst", "latency_shift", "traffic_flood", "new_error", "silence"}
    weight = 1.6
    zone_mode = "local"
    newerr_key = "Kernel enters memory conserve mode"

    def setup(self):
        self.gz = self.r.random() < 0.6
        if self.gz:
            self.fname = "fortigate.log.1.gz"
        r = self.r
        self.new = self.year >= 2021
        self.dev = r.choice(["FGT60F-HQ", "FG100F-DC1", "FGT-BRANCH-07"])
        self.devid = "FG%s%s" % (r.choice(["T60F", "100F", "T80F"]), "TK%d" % r.randint(10 ** 9, 10 ** 10 - 1))
        self.sess = r.randint(10 ** 6, 10 ** 8)
        self.wan = "203.0.113.%d" % r.randint(2, 250)

    def pre(self, t, logid, typ, sub, level):
        s = self.tm(t)
        h = "date=%04d-%02d-%02d time=%02d:%02d:%02d devname=\"%s\" devid=\"%s\" " % (
            s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, self.dev, self.devid)
        if self.new:
            h += "eventtime=%d%09d tz=\"%s\" " % (t // US, self.r.randrange(10 ** 9),
                                                 self.offs(False))
        return h + "logid=\"%s\" type=\"%s\" subtype=\"%s\" level=\"%s\" vd=\"root\" " % (logid, typ, sub, level)

    def traffic(self, t, lat, src=None, deny=False):
        r = self.r
        self.sess += r.randint(1, 30)
        dst = pub(r)
        svc, port = r.choice([("HTTPS", 443), ("HTTPS", 443), ("HTTP", 80), ("DNS", 53), ("SMTP", 25),
                              ("SSH", 22)])
        dur = max(1, int(r.lognormvariate(2.3, 0.9) * lat))
        sb = r.randint(200, 90000)
        rb = r.randint(200, 900000)
        src = src or priv(r, "192.168")
        act = "deny" if deny else r.choice(["close", "close", "close", "timeout", "client-rst"])
        return self.pre(t, "0000000013", "traffic", "forward", "notice") + \
            "srcip=%s srcport=%d srcintf=\"internal\" srcintfrole=\"lan\" dstip=%s dstport=%d dstintf=\"wan1\" " \
            "dstintfrole=\"wan\" srccountry=\"Reserved\" dstcountry=\"%s\" sessionid=%d proto=%d action=\"%s\" " \
            "policyid=%d policytype=\"policy\" poluuid=\"%s\" policyname=\"LAN-to-WAN\" service=\"%s\" " \
            "trandisp=\"snat\" transip=%s transport=%d appcat=\"unscanned\" duration=%d sentbyte=%d " \
            "rcvdbyte=%d sentpkt=%d rcvdpkt=%d" % (
                src, r.randint(1024, 65535), dst, port, r.choice(["United States", "Germany", "Ireland",
                                                                  "Netherlands", "France"]),
                self.sess, 17 if port == 53 else 6, act, 1 if not deny else 0, self.poluuid, svc, self.wan,
                r.randint(1024, 65535), dur, sb, rb, sb // 700 + 1, rb // 1200 + 1)

    @property
    def poluuid(self):
        if not hasattr(self, "_pu"):
            self._pu = uuid4(self.r)
        return self._pu

    def normal(self, t, a):
        r = self.r
        if r.random() < 0.93:
            return self.traffic(t, a[0])
        return self.pre(t, "0100032001", "event", "system", "information") + \
            "logdesc=\"Admin login successful\" sn=\"%d\" user=\"netops\" ui=\"https(10.1.9.%d)\" " \
            "method=\"https\" srcip=10.1.9.%d dstip=10.1.0.1 action=\"login\" status=\"success\" " \
            "reason=\"none\" profile=\"super_admin\" msg=\"Administrator netops logged in successfully from " \
            "https(10.1.9.%d)\"" % (r.randint(10 ** 9, 2 * 10 ** 9), 5, 5, 5)

    def warn(self, t, a):
        r = self.r
        return self.pre(t, "0316013056", "utm", "webfilter", "warning") + \
            "eventtype=\"ftgd_blk\" srcip=%s srcport=%d dstip=%s dstport=443 hostname=\"%s\" " \
            "action=\"blocked\" service=\"HTTPS\" cat=26 catdesc=\"Malicious Websites\" " \
            "msg=\"URL belongs to a denied category in policy\"" % (
                priv(r, "192.168"), r.randint(1024, 65535), pub(r),
                r.choice(["cdn-upd4.biz", "x1-track.info", "login-verify.top"]))

    def error(self, t, a):
        return self.pre(t, "0100041000", "event", "system", "error") + \
            "logdesc=\"FortiGuard update failed\" status=\"failure\" msg=\"Fortigate update failed " \
            "(No route to host)\""

    def burst_error(self, t, a):
        r = self.r
        return self.pre(t, "0101037124", "event", "vpn", "error") + \
            "logdesc=\"IPsec phase 1 error\" msg=\"IPsec phase 1 error\" action=\"negotiate\" remip=%s " \
            "locip=%s remport=500 locport=500 outintf=\"wan1\" cookies=\"%s/0000000000000000\" " \
            "user=\"N/A\" group=\"N/A\" useralt=\"N/A\" xauthuser=\"N/A\" xauthgroup=\"N/A\" " \
            "assignip=N/A vpntunnel=\"to-branch-%d\" status=\"negotiate_error\" reason=\"peer SA proposal " \
            "not match local policy\" peer_notif=\"NOT-APPLICABLE\"" % (
                pub(r), self.wan, hexs(r, 16), r.randint(1, 9))

    def newerr(self, t, a):
        r = self.r
        return self.pre(t, "0100020218", "event", "system", "critical") + \
            "logdesc=\"Conserve mode\" msg=\"Kernel enters memory conserve mode\" total=%d used=%d " \
            "red=%d green=%d" % (3848, r.randint(3200, 3400), 3367, 3175)

    def flood(self, t, a):
        return self.traffic(t, 1.0, src=self.attacker_int, deny=self.r.random() < 0.3)

    @property
    def attacker_int(self):
        if not hasattr(self, "_ai"):
            self._ai = priv(self.r, "192.168")
        return self._ai

    def job(self, t, a):
        return self.pre(t, "0100041003", "event", "system", "information") + \
            "logdesc=\"FortiGuard update succeeded\" status=\"update\" msg=\"Fortigate scheduled update " \
            "fcni=yes fdni=yes fsci=yes from 173.243.138.%d:443\"" % self.r.randint(66, 90)

    job_every = 60


# =====================================================================================================
class PanOS(Base):
    bpl = 370
    key = "panos"
    fname = "pan-traffic.csv"
    kinds = {"latency_shift", "traffic_flood", "error_burst", "new_error", "silence"}
    weight = 1.5
    newerr_key = "Power Supply #2 (right) failed"

    def setup(self):
        r = self.r
        self.sys = r.random() < 0.5
        self.fname = "pan-fw.log" if self.sys else "pan-traffic.csv"
        self.serial = "0%d" % r.randint(10 ** 10, 10 ** 11 - 1)
        self.dev = r.choice(["PA-3220", "PA-850-HQ", "pa-5250-dc2"])
        self.seq = r.randint(10 ** 9, 2 * 10 ** 9)
        self.sid = r.randint(10 ** 4, 10 ** 6)

    def ts(self, t):
        s = self.tm(t)
        return "%04d/%02d/%02d %02d:%02d:%02d" % (s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec)

    def wrap(self, t, body):
        if self.sys:
            return "<14>%s %s %s" % (self.syslog_ts(t), self.dev, body)
        return body

    def traffic(self, t, lat, src=None, app=None, dport=None):
        r = self.r
        self.seq += 1
        self.sid += r.randint(1, 9)
        ts = self.ts(t)
        src = src or priv(r)
        dst = pub(r)
        app = app or r.choice(["ssl", "web-browsing", "dns-base", "ms-office365-base", "google-base", "ssh",
                               "github-base", "slack-base"])
        dport = dport or {"dns-base": 53, "ssh": 22, "web-browsing": 80}.get(app, 443)
        el = max(0, int(r.lognormvariate(1.9, 1.0) * lat))
        bs, br = r.randint(100, 60000), r.randint(100, 800000)
        start = self.ts(t - el * US)
        row = ["1", ts, self.serial, "TRAFFIC", "end", "2561", ts, src, dst, "198.51.100.7", dst,
               "allow-outbound", "acme\\%s" % r.choice(USERS), "", app, "vsys1", "trust", "untrust",
               "ethernet1/2", "ethernet1/1", "default", ts, str(self.sid), "1", str(r.randint(1024, 65535)),
               str(dport), str(r.randint(1024, 65535)), str(dport), "0x400053",
               "udp" if dport == 53 else "tcp", "allow", str(bs + br), str(bs), str(br),
               str((bs + br) // 900 + 2), start, str(el), r.choice(["computer-and-internet-info",
                                                                    "business-and-economy", "any"]),
               "0", str(self.seq), "0x0", "10.0.0.0-10.255.255.255", r.choice(["United States", "Germany"]),
               "0", str(bs // 900 + 1), str(br // 900 + 1), r.choice(["tcp-fin", "tcp-fin", "aged-out",
                                                                     "tcp-rst-from-client"]),
               "0", "0", "0", "0", "", self.dev, "from-policy"]
        return self.wrap(t, ",".join(row))

    def system(self, t, sub, sev, desc, evid="general"):
        self.seq += 1
        ts = self.ts(t)
        row = ["1", ts, self.serial, "SYSTEM", sub, "0", ts, "", evid, "", "0", "0", sub, sev,
               '"%s"' % desc, str(self.seq), "0x0", "0", "0", "0", "0", "", self.dev]
        return self.wrap(t, ",".join(row))

    def normal(self, t, a):
        if self.r.random() < 0.97:
            return self.traffic(t, a[0])
        return self.system(t, "general", "informational", "User %s logged in via Web from 10.1.9.5 using "
                           "https" % self.r.choice(USERS), "auth-success")

    def warn(self, t, a):
        return self.system(t, "general", "medium", "Config installed by %s" % self.r.choice(USERS[:4]),
                           "general")

    def error(self, t, a):
        return self.system(t, "general", "high", "Unable to fetch content update: connection to "
                           "updates.paloaltonetworks.com timed out", "general")

    def burst_error(self, t, a):
        r = self.r
        return self.system(t, "userid", "high", "User-ID agent uid-dc%02d(vsys: vsys1) 10.1.5.%d(5007) "
                           "connection error: ssl handshake failed" % (r.randint(1, 3), r.randint(10, 20)),
                           "connect-ldap-sever")

    def newerr(self, t, a):
        return self.system(t, "hw", "critical", "Power Supply #2 (right) failed", "hw-psu-drop")

    def flood(self, t, a):
        r = self.r
        self.seq += 1
        ts = self.ts(t)
        row = ["1", ts, self.serial, "THREAT", "vulnerability", "2561", ts, self.attacker, "198.51.100.20",
               "0.0.0.0", "10.1.0.22", "allow-ssh-in", "", "", "ssh", "vsys1", "untrust", "dmz",
               "ethernet1/1", "ethernet1/3", "default", ts, str(self.sid + r.randint(1, 999)), "1",
               str(r.randint(30000, 65535)), "22", "0", "0", "0x80002000", "tcp", "alert", "",
               "SSH2 Login Attempt(40015)", "any", "informational", "client-to-server", str(self.seq), "0x0",
               "China", "10.0.0.0-10.255.255.255", "0", "", "0", "", "", "", "", "", "", "", "", "", "", "",
               "", "", "", "", "0", "0", "0", "0", "", self.dev]
        return self.wrap(t, ",".join(row))

    def job(self, t, a):
        return self.system(t, "general", "informational", "WildFire update job succeeded for user Auto "
                           "update agent", "general")

    job_every = 15


# =====================================================================================================
class PfSense(Base):
    key = "pfsense"
    fname = "filter.log"
    kinds = {"traffic_flood", "silence"}
    weight = 1.4
    warn_rate = (0, 0)
    err_max = 0

    def setup(self):
        r = self.r
        self.v5424 = self.year >= 2021 and r.random() < 0.6
        if self.v5424:
            self.res = 1
        self.host = r.choice(["pfSense.home.arpa", "fw-branch.localdomain", "gw1.acme.lan"])
        self.pid = r.randint(20000, 90000)
        self.wanip = "198.51.100.%d" % r.randint(2, 250)

    def pre(self, t):
        if self.v5424:
            return "<134>1 %sT%s.%s%s %s filterlog %d - - " % (
                self.ymd(t)[:10], self.ymd(t)[11:], self.frac(t, 6), self.offs(True), self.host, self.pid)
        if self.year >= 2021:
            return "%s %s filterlog[%d]: " % (self.syslog_ts(t), self.host.split(".")[0], self.pid)
        return "%s %s filterlog: " % (self.syslog_ts(t), self.host.split(".")[0])

    def line(self, t, src, dst, dport, action="block", proto="tcp", iface="igb0", direc="in"):
        r = self.r
        rule = 5 if action == "block" else r.choice([73, 74, 80])
        tracker = "1000000103" if action == "block" else str(1600000000 + rule)
        if proto == "tcp":
            body = "%d,,,%s,%s,match,%s,%s,4,0x0,,%d,%d,0,DF,6,tcp,%d,%s,%s,%d,%d,0,S,%d,,%d,,mss;sackOK;TS;" \
                   "nop;wscale" % (rule, tracker, iface, action, direc, r.choice([47, 52, 64, 113, 241]),
                                   r.randint(1, 65535), r.choice([44, 60]), src, dst, r.randint(1024, 65535),
                                   dport, r.getrandbits(32), r.choice([1024, 29200, 64240, 65535]))
        else:
            body = "%d,,,%s,%s,match,%s,%s,4,0x0,,%d,%d,0,none,17,udp,%d,%s,%s,%d,%d,%d" % (
                rule, tracker, iface, action, direc, r.choice([57, 64, 128]), r.randint(1, 65535),
                r.randint(40, 200), src, dst, r.randint(1024, 65535), dport, r.randint(12, 172))
        return self.pre(t) + body

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.55:
            return self.line(t, pub(r), self.wanip, r.choice([22, 23, 445, 3389, 8080, 5060, 1433, 6379]))
        if x < 0.8:
            return self.line(t, priv(r, "192.168"), pub(r), r.choice([443, 80, 853]), "pass", iface="igb1")
        return self.line(t, priv(r, "192.168"), r.choice(["8.8.8.8", "1.1.1.1"]), 53, "pass", "udp", "igb1")

    def flood(self, t, a):
        return self.line(t, self.attacker, self.wanip, self.r.randint(1, 65535))


# =====================================================================================================
class Suricata(Base):
    bpl = 480
    status_share = 0.45
    key = "suricata"
    fname = "eve.json"
    kinds = {"http_5xx", "traffic_flood", "silence"}
    zone_mode = "any"
    res = 1
    weight = 1.8
    warn_rate = (0.1, 0.5)
    err_max = 0.2
    hb_every = 1
    gz = False

    def setup(self):
        r = self.r
        self.gz = r.random() < 0.4
        self.fname = "eve.json.gz" if self.gz else "eve.json"
        self.fid = r.randint(10 ** 14, 10 ** 15)
        self.iface = r.choice(["eth1", "ens192", "enp3s0f1"])
        self.web = "10.20.1.%d" % r.randint(5, 60)
        self.uptime = r.randint(3600, 900000)
        self.pkts = r.randint(10 ** 8, 10 ** 9)
        self.drops = r.randint(0, 5000)

    def ts(self, t):
        return "%sT%s.%s%s" % (self.ymd(t)[:10], self.ymd(t)[11:], self.frac(t, 6), self.offs(False))

    def head(self, t, etype, src, sp, dst, dp, proto="TCP"):
        self.fid += self.r.randint(1, 10 ** 6)
        return '{"timestamp":"%s","flow_id":%d,"in_iface":"%s","event_type":"%s","src_ip":"%s","src_port":%d,' \
               '"dest_ip":"%s","dest_port":%d,"proto":"%s"' % (self.ts(t), self.fid, self.iface, etype, src, sp,
                                                              dst, dp, proto)

    def http(self, t, p5, src=None, url=None, ua=None):
        r = self.r
        st = 200
        x = r.random()
        if p5 and x < p5:
            st = r.choice([500, 502, 503, 503, 504])
        elif x > 0.93:
            st = r.choice([301, 304, 404, 404, 401])
        url = url or path(r)
        return self.head(t, "http", src or pub(r), r.randint(1024, 65535), self.web, 80) + \
            ',"tx_id":%d,"http":{"hostname":"shop.example.com","url":"%s","http_user_agent":"%s",' \
            '"http_content_type":"%s","http_method":"%s","protocol":"HTTP/1.1","status":%d,"length":%d}}' % (
                r.randint(0, 5), url, ua or r.choice(UAS), "application/json" if "api" in url else "text/html",
                r.choice(["GET", "GET", "GET", "POST"]), st, r.randint(0, 90000))

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.45:
            return self.http(t, a[1])
        if x < 0.7:
            q = r.choice(["api.github.com", "www.google.com", "s3.amazonaws.com", "login.microsoftonline.com",
                          "registry.npmjs.org", "pool.ntp.org"])
            return self.head(t, "dns", priv(r), r.randint(1024, 65535), "10.20.0.2", 53, "UDP") + \
                ',"dns":{"version":2,"type":"answer","id":%d,"flags":"8180","qr":true,"rd":true,"ra":true,' \
                '"rrname":"%s","rrtype":"A","rcode":"NOERROR","answers":[{"rrname":"%s","rrtype":"A",' \
                '"ttl":%d,"rdata":"%s"}]}}' % (r.randint(1, 65535), q, q, r.randint(20, 300), pub(r))
        if x < 0.85:
            sni = r.choice(["api.stripe.com", "github.com", "slack.com", "outlook.office365.com"])
            return self.head(t, "tls", priv(r), r.randint(1024, 65535), pub(r), 443) + \
                ',"tls":{"subject":"CN=%s","issuerdn":"C=US, O=DigiCert Inc, CN=DigiCert TLS RSA SHA256 2020 ' \
                'CA1","serial":"%s","fingerprint":"%s","sni":"%s","version":"TLS 1.3","notbefore":' \
                '"%d-01-10T00:00:00","notafter":"%d-01-09T23:59:59","ja3":{"hash":"%s"}}}' % (
                    sni, hexs(r, 16).upper(), ":".join(hexs(r, 2) for _ in range(20)), sni, self.year,
                    self.year + 1, hexs(r, 32))
        age = r.randint(0, 120)
        return self.head(t, "flow", priv(r), r.randint(1024, 65535), pub(r), 443) + \
            ',"app_proto":"tls","flow":{"pkts_toserver":%d,"pkts_toclient":%d,"bytes_toserver":%d,' \
            '"bytes_toclient":%d,"start":"%s","end":"%s","age":%d,"state":"closed","reason":"timeout",' \
            '"alerted":false},"tcp":{"tcp_flags":"1b","tcp_flags_ts":"1b","tcp_flags_tc":"1b","syn":true,' \
            '"fin":true,"psh":true,"ack":true,"state":"closed"}}' % (
                r.randint(5, 90), r.randint(5, 200), r.randint(500, 9000), r.randint(500, 900000),
                self.ts(t - age * US), self.ts(t), age)

    def warn(self, t, a):
        r = self.r
        return self.head(t, "anomaly", pub(r), r.randint(1024, 65535), self.web, 80) + \
            ',"anomaly":{"type":"stream","event":"%s"}}' % r.choice(
                ["stream.pkt_invalid_timestamp", "stream.3whs_synack_with_wrong_ack", "stream.pkt_retransmission"])

    def error(self, t, a):
        r = self.r
        return self.head(t, "alert", pub(r), r.randint(1024, 65535), self.web, 80) + \
            ',"alert":{"action":"allowed","gid":1,"signature_id":2024897,"rev":3,"signature":"ET POLICY ' \
            'Python-urllib/ Suspicious User Agent","category":"Attempted Information Leak","severity":2}}'

    def flood(self, t, a):
        r = self.r
        if r.random() < 0.25:
            return self.head(t, "alert", self.attacker, r.randint(30000, 65535), self.web, 80) + \
                ',"alert":{"action":"allowed","gid":1,"signature_id":2008578,"rev":7,"signature":"ET SCAN ' \
                'Sipvicious Scan","category":"Attempted Information Leak","severity":2}}'
        return self.http(t, 0.0, src=self.attacker, url="/search?q=%d" % r.randint(1, 10 ** 6),
                         ua="Mozilla/5.0 (compatible; MJ12bot/v1.4.8)")

    def heartbeat(self, t, a):
        r = self.r
        self.uptime += 60
        self.pkts += r.randint(10 ** 5, 10 ** 6)
        self.drops += r.randint(0, 3)
        return '{"timestamp":"%s","event_type":"stats","stats":{"uptime":%d,"capture":{"kernel_packets":%d,' \
               '"kernel_drops":%d,"errors":0},"decoder":{"pkts":%d,"bytes":%d,"ipv4":%d,"ipv6":%d,' \
               '"tcp":%d,"udp":%d},"flow":{"memuse":%d},"tcp":{"sessions":%d,"reassembly_gap":%d}}}' % (
                   self.ts(t), self.uptime, self.pkts, self.drops, self.pkts, self.pkts * 700, self.pkts - 999,
                   999, self.pkts // 2, self.pkts // 3, r.randint(7 * 10 ** 6, 9 * 10 ** 6),
                   self.pkts // 40, self.drops // 10)


# =====================================================================================================
def zuid(r):
    return "C" + b62(r, 17)


class ZeekConn(Base):
    bpl = 380
    key = "zeek_conn"
    fname = "conn.log"
    kinds = {"latency_shift", "traffic_flood", "silence"}
    zone_mode = "utc"
    res = 1
    weight = 1.8
    warn_rate = (0, 0)
    err_max = 0
    FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "service", "duration",
              "orig_bytes", "resp_bytes", "conn_state", "local_orig", "local_resp", "missed_bytes", "history",
              "orig_pkts", "orig_ip_bytes", "resp_pkts", "resp_ip_bytes", "tunnel_parents"]
    TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "string", "interval", "count", "count",
             "string", "bool", "bool", "count", "string", "count", "count", "count", "count", "set[string]"]

    def setup(self):
        self.json = self.r.random() < 0.35
        if self.json:
            self.fname = "conn.json.log"
        self.gz = self.r.random() < 0.35
        if self.gz:
            self.fname += ".gz"
        self.isots = self.json and self.r.random() < 0.5

    def header(self, t):
        if self.json:
            return []
        s = time.gmtime(t // US)
        return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
                "#path\t%s" % self.FIELDS_PATH if hasattr(self, "FIELDS_PATH") else "#path\tconn",
                "#open\t%04d-%02d-%02d-%02d-%02d-%02d" % s[:6],
                "#fields\t" + "\t".join(self.FIELDS), "#types\t" + "\t".join(self.TYPES)]

    def footer(self, t):
        if self.json:
            return []
        s = time.gmtime(t // US + 1)
        return ["#close\t%04d-%02d-%02d-%02d-%02d-%02d" % s[:6]]

    def emit(self, t, vals):
        if not self.json:
            return "%d.%06d\t" % (t // US, t % US) + "\t".join(vals)
        out = []
        if self.isots:
            s = time.gmtime(t // US)
            out.append('"ts":"%04d-%02d-%02dT%02d:%02d:%02d.%06dZ"' % (s[:6] + (t % US,)))
        else:
            out.append('"ts":%d.%06d' % (t // US, t % US))
        for f, ty, v in zip(self.FIELDS[1:], self.TYPES[1:], vals):
            if v == "-":
                continue
            if ty in ("port", "count", "interval"):
                out.append('"%s":%s' % (f, v))
            elif ty == "bool":
                out.append('"%s":%s' % (f, "true" if v == "T" else "false"))
            elif ty.startswith("set"):
                continue
            else:
                out.append('"%s":"%s"' % (f, v))
        return "{" + ",".join(out) + "}"

    def conn(self, t, lat, src=None, dport=None, state=None):
        r = self.r
        src = src or priv(r, "10.10")
        svc, dp, proto = r.choice([("ssl", 443, "tcp"), ("ssl", 443, "tcp"), ("http", 80, "tcp"),
                                   ("dns", 53, "udp"), ("-", 123, "udp"), ("ssh", 22, "tcp")])
        if dport:
            svc, dp, proto = "-", dport, "tcp"
        if state:
            vals = [zuid(r), src, str(r.randint(30000, 65535)), "10.10.0.%d" % r.randint(2, 40), str(dp),
                    "tcp", "-", "-", "-", "-", state, "F", "T", "0", "S", "1", "44", "0", "0", "-"]
            return self.emit(t, vals)
        dur = r.lognormvariate(-1.2 if proto == "udp" else 0.3, 1.1) * lat
        ob, rb = r.randint(40, 9000), r.randint(40, 400000)
        hist = "Dd" if proto == "udp" else r.choice(["ShADadFf", "ShADadfF", "ShADadFRf", "ShADdaFf"])
        st = "SF" if proto == "udp" or r.random() < 0.9 else r.choice(["RSTO", "S1", "RSTR"])
        vals = [zuid(r), src, str(r.randint(1024, 65535)), pub(r) if dp != 53 else "10.10.0.2", str(dp), proto,
                svc, "%.6f" % dur, str(ob), str(rb), st, "T", "F" if dp != 53 else "T", "0", hist,
                str(ob // 500 + 2), str(ob + 120), str(rb // 1400 + 2), str(rb + 160), "-"]
        return self.emit(t, vals)

    def normal(self, t, a):
        return self.conn(t, a[0])

    def flood(self, t, a):
        return self.conn(t, 1.0, src=self.attacker, dport=self.r.randint(1, 65535), state="S0")


class ZeekHttp(ZeekConn):
    bpl = 330
    key = "zeek_http"
    fname = "http.log"
    kinds = {"http_5xx", "traffic_flood", "silence"}
    FIELDS_PATH = "http"
    FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
              "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
              "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
              "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames",
              "resp_mime_types"]
    TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
             "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]",
             "string", "string", "set[string]", "vector[string]", "vector[string]", "vector[string]",
             "vector[string]", "vector[string]", "vector[string]"]
    MSG = {200: "OK", 301: "Moved Permanently", 304: "Not Modified", 404: "Not Found", 401: "Unauthorized",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}

    def setup(self):
        ZeekConn.setup(self)
        self.fname = ("http.json.log" if self.json else "http.log") + (".gz" if self.gz else "")

    def req(self, t, p5, src=None, uri=None, ua=None):
        r = self.r
        st = 200
        x = r.random()
        if p5 and x < p5:
            st = r.choice([500, 502, 503, 503, 504])
        elif x > 0.92:
            st = r.choice([301, 304, 404, 404, 401])
        uri = uri or path(r)
        vals = [zuid(r), src or priv(r, "10.10"), str(r.randint(1024, 65535)), "10.10.5.%d" % r.randint(10, 30),
                "80", "1", r.choice(["GET", "GET", "GET", "POST"]), "intranet.acme.lan", uri, "-", "1.1",
                ua or r.choice(UAS), "-", "0", str(r.randint(0, 90000) if st < 300 else r.randint(0, 900)),
                str(st), self.MSG[st], "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
                "F" + b62(r, 16) if st == 200 else "-", "-", "application/json" if st == 200 else "-"]
        return self.emit(t, vals)

    def normal(self, t, a):
        return self.req(t, a[1])

    def flood(self, t, a):
        return self.req(t, 0.0, src=self.attacker, uri="/wp-login.php", ua="Mozilla/5.0 zgrab/0.x")


# =====================================================================================================
class ModSec(Base):
    key = "modsec"
    fname = "modsec_audit.log"
    kinds = {"http_5xx", "latency_shift", "traffic_flood"}
    res = 1
    lpe = 20.0
    weight = 2.6
    warn_rate = (0, 0)
    err_max = 0.2
    zone_mode = "any"

    def setup(self):
        r = self.r
        self.ver = "2.9.%d" % (3 if self.year < 2021 else r.choice([6, 7]))
        self.crs = "3.3.%d" % (0 if self.year < 2021 else r.choice([2, 4, 5]))
        self.srv = "10.30.0.%d" % r.randint(5, 40)
        self.host = r.choice(["www.example-shop.de", "portal.acme.io", "intranet.acme.lan"])

    def rec(self, t, st, lat, src=None, uri=None, ua=None, msg=None, method=None):
        r = self.r
        b = hexs(r, 8)
        s = self.tm(t)
        ts = "[%02d/%s/%04d:%02d:%02d:%02d.%s %s]" % (s.tm_mday, MON[s.tm_mon - 1], s.tm_year, s.tm_hour,
                                                      s.tm_min, s.tm_sec, self.frac(t, 6), self.offs(False))
        uid = b62(r, 27) if self.year >= 2020 else b62(r, 24)
        method = method or r.choice(["GET", "GET", "GET", "POST"])
        uri = uri or path(r)
        src = src or pub(r)
        dur = int(r.lognormvariate(10.0, 0.7) * lat)
        reason = {200: "OK", 302: "Found", 304: "Not Modified", 403: "Forbidden", 404: "Not Found",
                  500: "Internal Server Error", 502: "Proxy Error", 503: "Service Unavailable",
                  504: "Gateway Timeout"}[st]
        L = ["--%s-A--" % b, "%s %s %s %d %s 443" % (ts, uid, src, r.randint(1024, 65535), self.srv),
             "--%s-B--" % b, "%s %s HTTP/1.1" % (method, uri), "Host: %s" % self.host,
             "User-Agent: %s" % (ua or r.choice(UAS)), "Accept: */*"]
        if method == "POST":
            L += ["Content-Type: application/json", "Content-Length: %d" % r.randint(20, 900)]
        L += ["", "--%s-F--" % b, "HTTP/1.1 %d %s" % (st, reason),
              "Content-Type: %s" % ("application/json" if "api" in uri else "text/html; charset=UTF-8"),
              "Content-Length: %d" % r.randint(100, 60000), "", "--%s-H--" % b]
        if msg:
            L.append(msg)
        tus = t // US * US + t % US
        L += ["Apache-Handler: proxy-server",
              "Stopwatch: %d %d (- - -)" % (tus, dur),
              "Stopwatch2: %d %d; combined=%d, p1=%d, p2=%d, p3=0, p4=0, p5=%d, sr=0, sw=0, l=0, gc=0" % (
                  tus, dur, r.randint(800, 4000), r.randint(200, 900), r.randint(300, 2500), r.randint(50, 400)),
              "Producer: ModSecurity for Apache/%s (http://www.modsecurity.org/); OWASP_CRS/%s." % (
                  self.ver, self.crs),
              "Server: Apache", "Engine-Mode: \"ENABLED\"", "", "--%s-Z--" % b, ""]
        return L

    def normal(self, t, a):
        r = self.r
        x = r.random()
        st = 200
        if a[1] and x < a[1]:
            st = r.choice([500, 502, 503, 503, 504])
        elif x > 0.94:
            st = r.choice([302, 304, 404])
        return self.rec(t, st, a[0])

    def error(self, t, a):
        return self.rec(t, 500 if self.r.random() < 0.5 else 502, 1.0)

    def flood(self, t, a):
        r = self.r
        uri = r.choice(["/.env", "/wp-login.php", "/admin/config.php", "/.git/config", "/phpmyadmin/index.php",
                        "/index.php?id=1%27%20OR%20%271%27=%271", "/cgi-bin/luci/;stok=/locale"])
        msg = "Message: Access denied with code 403 (phase 2). Matched phrase \"%s\" at REQUEST_FILENAME. " \
              "[file \"/etc/modsecurity/crs/rules/REQUEST-930-APPLICATION-ATTACK-LFI.conf\"] [line \"120\"] " \
              "[id \"930130\"] [msg \"Restricted File Access Attempt\"] [data \"Matched Data: %s found within " \
              "REQUEST_FILENAME: %s\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/%s\"] [tag \"application-multi\"]" \
              " [hostname \"%s\"] [uri \"%s\"] [unique_id \"%s\"]" % (
                  uri.split("?")[0], uri.split("?")[0], uri.split("?")[0], self.crs, self.host, uri.split("?")[0],
                  b62(r, 27))
        return self.rec(t, 403, 0.3, src=self.attacker, uri=uri, ua="Mozilla/5.0 (compatible; Nuclei - "
                        "Open-source project (github.com/projectdiscovery/nuclei))", msg=msg, method="GET")


# =====================================================================================================
class AuthLog(Base):
    key = "authlog"
    fname = "auth.log"
    kinds = {"traffic_flood", "error_burst", "new_error"}
    weight = 0.9
    lpe = 1.6
    job_every = 5
    warn_rate = (0.2, 0.8)
    newerr_key = "not in PubkeyAcceptedAlgorithms"

    def setup(self):
        r = self.r
        self.hp = r.random() < 0.5
        if self.hp:
            self.res = 1
        self.host = r.choice(["web01", "bastion", "app-prod-3", "db02"])
        self.pid = r.randint(1000, 30000)
        self.sess = r.randint(100, 9000)
        self.newpam = self.year >= 2022

    def pre(self, t, prog):
        self.pid += self.r.randint(1, 60)
        if self.pid > 4190000:
            self.pid = 1200
        if self.hp:
            return "%sT%s.%s%s %s %s[%d]: " % (self.ymd(t)[:10], self.ymd(t)[11:], self.frac(t, 6),
                                               self.offs(True), self.host, prog, self.pid)
        return "%s %s %s[%d]: " % (self.syslog_ts(t), self.host, prog, self.pid)

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.35:
            u, ip, pt = r.choice(BADUSERS), pub(r), r.randint(20000, 65000)
            p = self.pre(t, "sshd")
            return [p + "Invalid user %s from %s port %d" % (u, ip, pt),
                    p + "Connection closed by invalid user %s %s port %d [preauth]" % (u, ip, pt)]
        if x < 0.5:
            ip = pub(r)
            p = self.pre(t, "sshd")
            return p + "Received disconnect from %s port %d:11: Bye Bye [preauth]" % (ip, r.randint(20000, 65000))
        if x < 0.75:
            u, ip, pt = r.choice(USERS), priv(r), r.randint(40000, 65000)
            p = self.pre(t, "sshd")
            self.sess += 1
            sid = "session opened for user %s(uid=%d) by (uid=0)" % (u, 1000 + USERS.index(u)) if self.newpam \
                else "session opened for user %s by (uid=0)" % u
            return [p + "Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (
                u, ip, pt, b62(r, 43)), p + "pam_unix(sshd:session): %s" % sid,
                self.pre(t, "systemd-logind") + "New session %d of user %s." % (self.sess, u)]
        if x < 0.88:
            u = r.choice(USERS[:6])
            cmd = r.choice(["/usr/bin/systemctl restart nginx", "/usr/bin/journalctl -u app -n 200",
                            "/usr/bin/apt-get update", "/usr/bin/tail -f /var/log/syslog", "/usr/bin/docker ps"])
            p = self.pre(t, "sudo")
            who = "root(uid=0) by %s(uid=%d)" % (u, 1000 + USERS.index(u)) if self.newpam \
                else "root by %s(uid=0)" % u
            return [p.replace("[%d]" % self.pid, "") + "  %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; "
                    "COMMAND=%s" % (u, r.randint(0, 4), u, cmd),
                    p + "pam_unix(sudo:session): session opened for user %s" % who,
                    p + "pam_unix(sudo:session): session closed for user root"]
        u = r.choice(USERS)
        p = self.pre(t, "sshd")
        return [p + "Received disconnect from %s port %d:11: disconnected by user" % (priv(r), r.randint(40000,
                                                                                                      65000)),
                p + "pam_unix(sshd:session): session closed for user %s" % u,
                self.pre(t, "systemd-logind") + "Removed session %d." % r.randint(100, self.sess)]

    def job(self, t, a):
        p = self.pre(t, "CRON")
        o = "session opened for user root(uid=0) by (uid=0)" if self.newpam else \
            "session opened for user root by (uid=0)"
        return [p + "pam_unix(cron:session): %s" % o, p + "pam_unix(cron:session): session closed for user root"]

    heartbeat = job

    def warn(self, t, a):
        r = self.r
        ip, pt = pub(r), r.randint(20000, 65000)
        p = self.pre(t, "sshd")
        return [p + "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s"
                "  user=root" % ip, p + "Failed password for root from %s port %d ssh2" % (ip, pt)]

    def error(self, t, a):
        r = self.r
        if r.random() < 0.6:
            return self.pre(t, "sshd") + "error: kex_exchange_identification: Connection closed by remote host"
        return self.pre(t, "sshd") + "error: maximum authentication attempts exceeded for root from %s port %d " \
            "ssh2 [preauth]" % (pub(r), r.randint(20000, 65000))

    def burst_error(self, t, a):
        r = self.r
        u = r.choice(USERS)
        return self.pre(t, "sshd") + "error: PAM: Authentication service cannot retrieve authentication info " \
            "for %s from %s" % (u, priv(r))

    def newerr(self, t, a):
        r = self.r
        return self.pre(t, "sshd") + "error: userauth_pubkey: key type ssh-rsa not in PubkeyAcceptedAlgorithms " \
            "[preauth]"

    def flood(self, t, a):
        r = self.r
        u = r.choice(BADUSERS + ["root", "root", "root"])
        p = self.pre(t, "sshd")
        pt = r.randint(20000, 65000)
        if u == "root":
            return [p + "Failed password for root from %s port %d ssh2" % (self.attacker, pt),
                    p + "Connection closed by authenticating user root %s port %d [preauth]" % (self.attacker, pt)]
        return [p + "Failed password for invalid user %s from %s port %d ssh2" % (u, self.attacker, pt),
                p + "Connection closed by invalid user %s %s port %d [preauth]" % (u, self.attacker, pt)]


# =====================================================================================================
class Exim(Base):
    key = "exim"
    fname = "mainlog"
    kinds = {"disk_full", "retry_storm", "error_burst", "new_error", "traffic_flood", "silence"}
    lpe = 3.1
    weight = 1.2
    has_retry = True
    job_every = 30
    newerr_key = "malware acl condition: clamd"

    def setup(self):
        r = self.r
        self.newid = self.year >= 2024
        self.host = r.choice(["mx1.acme.io", "mail.example.org", "smtp-out-2.acme.io"])
        self.pid = r.randint(1000, 90000)
        self.doms = ["gmail.com", "outlook.com", "acme.io", "example.org", "web.de", "yahoo.com", "gmx.net"]
        self.fname = r.choice(["mainlog", "exim_mainlog"])

    def mid(self, t):
        r = self.r
        s = t // US
        tt = ""
        for _ in range(6):
            tt = B62[s % 62] + tt
            s //= 62
        if self.newid:
            return "%s-%s-%s" % (tt, b62(r, 11), b62(r, 4))
        return "%s-%s-%s" % (tt, b62(r, 6), b62(r, 2))

    def pre(self, t):
        return self.ymd(t) + " "

    def addr(self):
        r = self.r
        return "%s.%s@%s" % (r.choice(USERS), r.choice(["m", "k", "s", "x"]), r.choice(self.doms))

    def msg(self, t, src=None, spam=False):
        r = self.r
        p = self.pre(t)
        m = self.mid(t)
        fr, to = self.addr(), self.addr()
        ip = src or pub(r)
        hn = "mail-%s.outbound.example.net" % hexs(r, 4) if not spam else "ip-%s.dynamic.example" % hexs(r, 6)
        L = [p + "%s <= %s H=%s [%s] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=%d id=%s@%s" % (
            m, fr if not spam else "promo%d@%s" % (r.randint(1, 999), "mailer-offers.biz"), hn, ip,
            r.randint(1500, 90000), hexs(r, 16), fr.split("@")[1])]
        if r.random() < 0.7:
            L.append(p + "%s => %s R=dnslookup T=remote_smtp H=%s [%s] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 "
                     "CV=yes C=\"250 2.0.0 OK  %d %s - gsmtp\" QT=%ds" % (
                         m, to, r.choice(["gmail-smtp-in.l.google.com", "mx1.web.de", "acme-io.mail.protection."
                                                                                      "outlook.com"]),
                         pub(r), t // US, b62(r, 12), r.randint(0, 3)))
        else:
            L.append(p + "%s => %s <%s> R=local_user T=local_delivery" % (m, to.split("@")[0], to))
        L.append(p + "%s Completed" % m)
        return L

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.8:
            return self.msg(t)
        if x < 0.9:
            return self.pre(t) + "SMTP connection from (%s) [%s]:%d lost D=%.3fs" % (
                r.choice(["User", "localhost", "WIN-%s" % hexs(r, 6).upper()]), pub(r), r.randint(1024, 65535),
                r.uniform(0.05, 30))
        return self.pre(t) + "H=(%s) [%s] F=<%s> rejected RCPT <%s@acme.io>: Unrouteable address" % (
            r.choice(["User", "ylmf-pc", "localhost"]), pub(r), self.addr(), r.choice(BADUSERS))

    def warn(self, t, a):
        r = self.r
        return self.pre(t) + "H=(%s) [%s] rejected EHLO or HELO %s: HELO not allowed" % (
            "unknown", pub(r), r.choice(["localhost", "127.0.0.1", "acme.io"]))

    def error(self, t, a):
        r = self.r
        if r.random() < 0.5:
            to = "%s@%s" % (r.choice(BADUSERS), r.choice(self.doms))
            return self.pre(t) + "%s ** %s R=dnslookup T=remote_smtp H=%s [%s]: SMTP error from remote mail " \
                "server after RCPT TO:<%s>: 550 5.1.1 <%s>: Recipient address rejected: User unknown" % (
                    self.mid(t), to, "mx.%s" % to.split("@")[1], pub(r), to, to)
        return self.pre(t) + "TLS error on connection from (%s) [%s]:%d (SSL_accept): error:0A000126:SSL " \
            "routines::unexpected eof while reading" % ("User", pub(r), r.randint(1024, 65535))

    def burst_error(self, t, a):
        r = self.r
        return self.pre(t) + "TLS error on connection from %s [%s]:%d (SSL_accept): error:0A000102:SSL " \
            "routines::unsupported protocol" % ("relay%d.partner.example" % r.randint(1, 9), pub(r),
                                                r.randint(1024, 65535))

    def retry(self, t, a):
        r = self.r
        to = self.addr()
        m = self.mid(t - 600 * US)
        return [self.pre(t) + "%s == %s R=dnslookup T=remote_smtp defer (-44) H=%s [%s]: SMTP error from remote "
                "mail server after RCPT TO:<%s>: 451 4.7.1 Greylisted, please try again later" % (
                    m, to, "mx.%s" % to.split("@")[1], pub(r), to)]

    def storm_retry(self, t, a):
        r = self.r
        to = "%s@corp-partner.example" % r.choice(USERS)
        m = self.mid(t - r.randint(60, 3600) * US)
        if r.random() < 0.6:
            return self.pre(t) + "%s == %s R=dnslookup T=remote_smtp defer (111): Connection refused" % (m, to)
        return self.pre(t) + "%s == %s routing defer (-51): retry time not reached" % (m, to)

    def disk(self, t, a):
        r = self.r
        if r.random() < 0.5:
            return self.pre(t) + "%s Message abandoned: spool write error: No space left on device" % self.mid(t)
        return self.pre(t) + "H=%s [%s] F=<%s> temporarily rejected MAIL <%s>: insufficient disk space" % (
            "mail-%s.outbound.example.net" % hexs(r, 4), pub(r), self.addr(), self.addr())

    def newerr(self, t, a):
        return self.pre(t) + "%s malware acl condition: clamd /run/clamav/clamd.ctl : unable to connect to " \
            "UNIX socket (/run/clamav/clamd.ctl): No such file or directory" % self.mid(t)

    def flood(self, t, a):
        return self.msg(t, src=self.attacker, spam=True)

    def job(self, t, a):
        self.pid += self.r.randint(10, 500)
        return [self.pre(t) + "Start queue run: pid=%d" % self.pid, self.pre(t) + "End queue run: pid=%d" % self.pid]


# =====================================================================================================
class OpenVPN(Base):
    key = "openvpn"
    fname = "openvpn.log"
    kinds = {"retry_storm", "error_burst", "new_error", "panic"}
    lpe = 4.0
    weight = 0.8
    has_retry = True
    has_banner = True
    hb_every = 5
    newerr_key = "error=certificate has expired"

    def setup(self):
        r = self.r
        self.v25 = self.year >= 2021
        self.ver = "2.5.9" if self.year < 2025 else "2.6.12"
        if self.year < 2021:
            self.ver = "2.4.7"
        self.clients = {}
        self.pool = 6

    def pre(self, t):
        if self.v25:
            return self.ymd(t) + " "
        s = self.tm(t)
        return "%s %s %2d %02d:%02d:%02d %04d " % (DOW[s.tm_wday], MON[s.tm_mon - 1], s.tm_mday, s.tm_hour,
                                                   s.tm_min, s.tm_sec, s.tm_year)

    def cl(self):
        r = self.r
        u = r.choice(USERS)
        ip = pub(r)
        return u, "%s:%d" % (ip, r.randint(1024, 65535))

    def normal(self, t, a):
        r = self.r
        p = self.pre(t)
        u, ep = self.cl()
        x = r.random()
        if x < 0.45:
            self.pool = (self.pool + 4) % 250
            vip = "10.8.0.%d" % (self.pool + 2)
            return [p + "%s TLS: Initial packet from [AF_INET]%s, sid=%s %s" % (ep, ep, hexs(r, 8), hexs(r, 8)),
                    p + "%s VERIFY OK: depth=1, CN=Acme VPN CA" % ep,
                    p + "%s VERIFY OK: depth=0, CN=%s" % (ep, u),
                    p + "%s peer info: IV_VER=%s" % (ep, r.choice(["2.5.8", "2.6.8", "3.git::d3f8b18b"])),
                    p + "%s Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: "
                        "2048 bit RSA, signature: RSA-SHA256" % ep,
                    p + "%s [%s] Peer Connection Initiated with [AF_INET]%s" % (ep, u, ep),
                    p + "%s/%s MULTI_sva: pool returned IPv4=%s, IPv6=(Not enabled)" % (u, ep, vip),
                    p + "%s/%s MULTI: Learn: %s -> %s/%s" % (u, ep, vip, u, ep),
                    p + "%s/%s MULTI: primary virtual IP for %s/%s: %s" % (u, ep, u, ep, vip),
                    p + "%s/%s SENT CONTROL [%s]: 'PUSH_REPLY,route 10.0.0.0 255.255.0.0,dhcp-option DNS 10.0.0.2,"
                        "route-gateway 10.8.0.1,topology subnet,ping 10,ping-restart 120,ifconfig %s 255.255.255.0,"
                        "peer-id %d,cipher AES-256-GCM' (status=1)" % (u, ep, u, vip, r.randint(0, 60))]
        if x < 0.8:
            return [p + "%s/%s SIGTERM[soft,remote-exit] received, client-instance exiting" % (u, ep)]
        return [p + "%s/%s TLS: soft reset sec=3600/3600 bytes=%d/-1 pkts=%d/0" % (u, ep, r.randint(10 ** 5, 10 ** 9),
                                                                                 r.randint(1000, 10 ** 6))]

    def heartbeat(self, t, a):
        r = self.r
        pt = r.randint(30000, 60000)
        return [self.pre(t) + "MANAGEMENT: Client connected from [AF_INET]127.0.0.1:%d" % pt,
                self.pre(t) + "MANAGEMENT: CMD 'status 3'", self.pre(t) + "MANAGEMENT: Client disconnected"]

    def warn(self, t, a):
        u, ep = self.cl()
        return self.pre(t) + "%s/%s MULTI: bad source address from client [192.168.%d.%d], packet dropped" % (
            u, ep, self.r.randint(0, 2), self.r.randint(2, 200))

    def error(self, t, a):
        r = self.r
        ip = pub(r)
        return self.pre(t) + "%s:%d TLS Error: cannot locate HMAC in incoming packet from [AF_INET]%s:%d" % (
            ip, r.randint(1024, 65535), ip, r.randint(1024, 65535))

    def burst_error(self, t, a):
        u, ep = self.cl()
        return self.pre(t) + "%s/%s AEAD Decrypt error: bad packet ID (may be a replay): [ #%d ] -- see the man " \
            "page entry for --no-replay and --replay-window for more info or silence this warning with " \
            "--mute-replay-warnings" % (u, ep, self.r.randint(1000, 99999))

    def retry(self, t, a):
        u, ep = self.cl()
        p = self.pre(t)
        return [p + "%s/%s [%s] Inactivity timeout (--ping-restart), restarting" % (u, ep, u),
                p + "%s/%s SIGUSR1[soft,ping-restart] received, client-instance restarting" % (u, ep)]

    def storm_retry(self, t, a):
        r = self.r
        ip = "%s:%d" % (self.site, r.randint(1024, 65535))
        x = r.random()
        p = self.pre(t)
        if x < 0.4:
            return p + "%s TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network " \
                "connectivity)" % ip
        if x < 0.7:
            return p + "%s TLS Error: TLS handshake failed" % ip
        return p + "%s SIGUSR1[soft,tls-error] received, client-instance restarting" % ip

    @property
    def site(self):
        if not hasattr(self, "_site"):
            self._site = pub(self.r)
        return self._site

    def newerr(self, t, a):
        r = self.r
        ep = "%s:%d" % (self.site, r.randint(1024, 65535))
        p = self.pre(t)
        return [p + "%s VERIFY ERROR: depth=0, error=certificate has expired: CN=branch-gw-04, serial=%d" % (
            ep, r.randint(10 ** 15, 10 ** 16)),
            p + "%s OpenSSL: error:0A000086:SSL routines::certificate verify failed" % ep,
            p + "%s TLS_ERROR: BIO read tls_read_plaintext error" % ep]

    def crash_panic(self, t, a):
        r = self.r
        p = self.pre(t)
        return [p + "Assertion failed at mroute.c:%d (%s)" % (r.choice([462, 471]), "buf_advance(buf, 2)"),
                p + "Exiting due to fatal error"]

    def shutdown(self, t, a):
        p = self.pre(t)
        return [p + "event_wait : Interrupted system call (code=4)", p + "Closing TUN/TAP interface",
                p + "net_addr_v4_del: 10.8.0.1 dev tun0", p + "SIGTERM[hard,] received, process exiting"]

    def banner(self, t, a):
        p = self.pre(t)
        return [p + "OpenVPN %s x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] "
                    "[AEAD] built on Sep 29 2023" % self.ver,
                p + "library versions: OpenSSL 3.0.2 15 Mar 2022, LZO 2.10",
                p + "net_iface_mtu_set: mtu 1500 for tun0", p + "net_iface_up: set tun0 up",
                p + "net_addr_v4_add: 10.8.0.1/24 dev tun0",
                p + "UDPv4 link local (bound): [AF_INET][undef]:1194", p + "UDPv4 link remote: [AF_UNSPEC]",
                p + "MULTI: multi_init called, r=256 v=256", p + "IFCONFIG POOL IPv4: base=10.8.0.2 size=253",
                p + "Initialization Sequence Completed"]


# =====================================================================================================
class Dmesg(Base):
    key = "dmesg"
    fname = "dmesg.log"
    kinds = {"oom_kill", "error_burst", "retry_storm", "new_error"}
    res = 1
    weight = 0.9
    lpe = 1.05
    has_retry = True
    has_banner = True
    warn_rate = (0.05, 0.3)
    newerr_key = "EDAC MC0: 1 CE memory read error"

    def setup(self):
        r = self.r
        self.mono = r.random() < 0.6
        if not self.mono:
            self.res = US
            self.fname = "kern-dmesg-T.log"
        self.kver = {2019: "4.15.0-54-generic", 2020: "5.4.0-42-generic", 2021: "5.4.0-91-generic",
                     2022: "5.15.0-52-generic", 2023: "5.15.0-91-generic"}.get(self.year, "6.8.0-49-generic")
        self.new_oom = not self.kver.startswith("4.")
        self.veth = hexs(r, 7)
        self.mac = ":".join(hexs(r, 2) for _ in range(6))

    def prepare(self, w0, w1, incs):
        r = self.r
        self.boot = w0 + r.randint(2, 40) * US
        self.rtc_mono = r.randint(900000, 2400000)
        # rtc line must sit on an integer wall second
        rtc_wall = (self.boot + self.rtc_mono) // US * US + US
        self.boot = rtc_wall - self.rtc_mono

    def pre(self, t):
        if self.mono:
            d = max(0, t - self.boot)
            return "[%5d.%06d] " % (d // US, d % US)
        s = self.tm(t)
        return "[%s %s %2d %02d:%02d:%02d %04d] " % (DOW[s.tm_wday], MON[s.tm_mon - 1], s.tm_mday, s.tm_hour,
                                                     s.tm_min, s.tm_sec, s.tm_year)

    def header(self, t):
        if not self.mono:
            return []
        b = self.boot
        rtc = b + self.rtc_mono
        s = time.gmtime(rtc // US)
        if self.new_oom:
            rl = "rtc_cmos 00:00: setting system clock to %04d-%02d-%02dT%02d:%02d:%02d UTC (%d)" % (
                s[:6] + (rtc // US,))
        else:
            rl = "rtc_cmos 00:00: setting system clock to %04d-%02d-%02d %02d:%02d:%02d UTC (%d)" % (
                s[:6] + (rtc // US,))
        L = [(0, "Linux version %s (buildd@lcy02-amd64-045) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld "
                 "(GNU Binutils for Ubuntu) 2.38) #101-Ubuntu SMP" % self.kver),
             (0, "Command line: BOOT_IMAGE=/vmlinuz-%s root=/dev/mapper/vg0-root ro quiet" % self.kver),
             (0, "KERNEL supported cpus:"), (0, "  Intel GenuineIntel"), (0, "  AMD AuthenticAMD"),
             (0, "BIOS-provided physical RAM map:"),
             (0, "BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable"),
             (0, "DMI: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.15.0-1 04/01/2014"),
             (1544, "tsc: Detected 2294.608 MHz processor"),
             (312000, "Memory: 16301256K/16776692K available"),
             (512345, "Freeing SMP alternatives memory: 40K"),
             (self.rtc_mono, rl),
             (self.rtc_mono + 231000, "EXT4-fs (dm-0): mounted filesystem with ordered data mode. Opts: (null)"),
             (self.rtc_mono + 2900000, "systemd[1]: Detected virtualization kvm."),
             (self.rtc_mono + 3100000, "e1000e: eth0 NIC Link is Up 1000 Mbps Full Duplex, Flow Control: None")]
        return ["[%5d.%06d] %s" % (d // US, d % US, m) for d, m in L]

    def normal(self, t, a):
        r = self.r
        if r.random() < 0.9:
            return self.pre(t) + "[UFW BLOCK] IN=eth0 OUT= MAC=%s:52:54:00:ab:cd:ef:08:00 SRC=%s DST=10.0.0.5 " \
                "LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 SYN URGP=0" % (
                    self.mac, pub(r), r.choice([40, 44, 60]), r.choice([49, 113, 241, 242]), r.randint(1, 65535),
                    r.randint(1024, 65535), r.choice([23, 445, 3389, 8080, 5900, 2375, 6379, 8443, 81]),
                    r.choice([1024, 65535, 29200]))
        return self.pre(t) + "audit: type=1400 audit(%d.%03d:%d): apparmor=\"DENIED\" operation=\"open\" " \
            "profile=\"snap.lxd.daemon\" name=\"/proc/%d/cgroup\" pid=%d comm=\"lxd\" requested_mask=\"r\" " \
            "denied_mask=\"r\" fsuid=0 ouid=0" % (t // US, t % US // 1000, r.randint(100, 9999),
                                                  r.randint(100, 9999), r.randint(100, 9999))

    def heartbeat(self, t, a):
        return self.normal(t, a)

    def warn(self, t, a):
        r = self.r
        if r.random() < 0.5:
            return self.pre(t) + "perf: interrupt took too long (%d > %d), lowering kernel.perf_event_max_sample_" \
                "rate to %d" % (r.randint(2501, 4000), 2500, r.choice([79750, 63750, 50000]))
        return self.pre(t) + "hrtimer: interrupt took %d ns" % r.randint(10 ** 5, 10 ** 7)

    def error(self, t, a):
        return self.pre(t) + "blk_update_request: I/O error, dev fd0, sector 0 op 0x0:(READ) flags 0x0 " \
            "phys_seg 1 prio class 0"

    def burst_error(self, t, a):
        r = self.r
        tag = r.randint(0, 31)
        sec = r.randint(10 ** 6, 10 ** 9)
        return [self.pre(t) + "sd 2:0:0:0: [sdb] tag#%d FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_SENSE "
                "cmd_age=%ds" % (tag, r.randint(0, 3)),
                self.pre(t) + "sd 2:0:0:0: [sdb] tag#%d Sense Key : Medium Error [current]" % tag,
                self.pre(t) + "blk_update_request: critical medium error, dev sdb, sector %d op 0x0:(READ) "
                "flags 0x80700 phys_seg 1 prio class 0" % sec][r.randrange(3):][:1]

    def retry(self, t, a):
        return [self.pre(t) + "nfs: server nas01 not responding, still trying",
                self.pre(t + self.r.randint(1, 20) * US) + "nfs: server nas01 OK"]

    def storm_retry(self, t, a):
        return self.pre(t) + "nfs: server nas01 not responding, still trying"

    def newerr(self, t, a):
        r = self.r
        return self.pre(t) + "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 " \
            "slot:0 page:0x%x offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0000:009f socket:0 imc:0 " \
            "rank:0 bg:1 ba:2 row:0x%x col:0x%x)" % (r.randint(10 ** 5, 10 ** 6), r.randint(1000, 9000),
                                                    r.randint(8, 1000))

    def crash_oom(self, t, a):
        r = self.r
        pid = r.randint(2000, 90000)
        p = self.pre(t)
        rss = r.randint(14000000, 15900000)
        L = ["java invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0",
             "CPU: %d PID: %d Comm: java Not tainted %s #101-Ubuntu" % (r.randrange(4), pid, self.kver),
             "Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.15.0-1 04/01/2014",
             "Call Trace:", " <TASK>", " dump_stack_lvl+0x4a/0x63", " dump_header+0x4a/0x1f4",
             " oom_kill_process.cold+0xb/0x10", " out_of_memory+0x1bd/0x4f0", " __alloc_pages_slowpath.constprop."
             "0+0xc1c/0xd10", " __alloc_pages+0x30d/0x320", " </TASK>", "Mem-Info:",
             "active_anon:%d inactive_anon:%d isolated_anon:0" % (rss // 4, r.randint(1000, 9000)),
             "[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name",
             "[%7d]  1000 %5d  %7d  %7d %8d        0             0 java" % (pid, pid, rss // 3, rss // 4,
                                                                            r.randint(10 ** 7, 4 * 10 ** 7))]
        if not self.new_oom:
            L = [x for x in L if "TASK>" not in x]
            L[0] = "java invoked oom-killer: gfp_mask=0x14200ca(GFP_HIGHUSER_MOVABLE), nodemask=(null), order=0, " \
                "oom_score_adj=0"
        if self.new_oom:
            L += ["oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=docker-%s.scope,mems_allowed=0,"
                  "global_oom,task_memcg=/system.slice/docker-%s.scope,task=java,pid=%d,uid=1000" % (
                      hexs(r, 12), hexs(r, 12), pid),
                  "Out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, "
                  "shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:0" % (pid, rss + 500000, rss, 32768)]
        else:
            L += ["Out of memory: Kill process %d (java) score 912 or sacrifice child" % pid,
                  "Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB" % (
                      pid, rss + 500000, rss)]
        L.append("docker0: port 1(veth%s) entered disabled state" % self.veth)
        return [p + x for x in L]

    def shutdown(self, t, a):
        return self.pre(t) + "docker0: port 1(veth%s) entered disabled state" % self.veth

    def banner(self, t, a):
        r = self.r
        old = self.veth
        self.veth = hexs(r, 7)
        p = self.pre(t)
        return [p + "device veth%s left promiscuous mode" % old,
                p + "docker0: port 1(veth%s) entered blocking state" % self.veth,
                p + "docker0: port 1(veth%s) entered disabled state" % self.veth,
                p + "device veth%s entered promiscuous mode" % self.veth,
                p + "eth0: renamed from veth%s" % hexs(r, 7),
                p + "IPv6: ADDRCONF(NETDEV_CHANGE): veth%s: link becomes ready" % self.veth,
                p + "docker0: port 1(veth%s) entered forwarding state" % self.veth]


# =====================================================================================================
class GHActions(Base):
    key = "ghactions"
    fname = "runner-jobs.log"
    kinds = {"error_burst", "retry_storm", "new_error", "disk_full"}
    zone_mode = "utc"
    res = 1
    weight = 1.2
    has_retry = True
    warn_rate = (0.1, 0.5)
    hb_every = 3
    newerr_key = "Unable to resolve action `acme/setup-toolchain@v2`"

    def setup(self):
        r = self.r
        self.rv = {2019: "2.160.0", 2020: "2.274.2", 2021: "2.285.1", 2022: "2.299.1", 2023: "2.311.0",
                   2024: "2.321.0", 2025: "2.325.0"}.get(self.year, "2.329.0")
        self.runner = "runner-%02d" % r.randint(1, 20)
        self.script = []
        self.n = 0

    def pre(self, t):
        s = time.gmtime(t // US)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%sZ " % (s[:6] + (self.frac(t, 7),))

    def newjob(self):
        r = self.r
        repo = r.choice(["acme/orders-api", "acme/web", "acme/infra", "acme/payments"])
        job = r.choice(["build", "test (18.x)", "test (20.x)", "lint", "deploy-staging", "e2e"])
        self.n += 1
        S = ["##[group]Run %s" % job.split()[0], "Requested labels: self-hosted, linux, x64",
             "Job defined at: %s/.github/workflows/ci.yml@refs/heads/%s" % (repo, r.choice(["main", "main",
                                                                                             "feat/x-%d" % r.randint(
                                                                                                 10, 999)])),
             "Waiting for a runner to pick up this job...",
             "Job is about to start running on the runner: %s (repository)" % self.runner,
             "Current runner version: '%s'" % self.rv, "Runner name: '%s'" % self.runner,
             "##[group]Operating System", "Ubuntu", "22.04.3", "LTS", "##[endgroup]",
             "##[group]GITHUB_TOKEN Permissions", "Contents: read", "Metadata: read", "##[endgroup]",
             "Prepare workflow directory", "Prepare all required actions",
             "Getting action download info", "Download action repository 'actions/checkout@v4' (SHA:%s)" % hexs(r, 40),
             "Download action repository 'actions/setup-node@v4' (SHA:%s)" % hexs(r, 40),
             "##[group]Run actions/checkout@v4", "with:", "  repository: %s" % repo, "  fetch-depth: 1",
             "##[endgroup]", "Syncing repository: %s" % repo, "##[group]Getting Git version info",
             "Working directory is '/home/runner/work/%s/%s'" % (repo.split("/")[1], repo.split("/")[1]),
             "[command]/usr/bin/git version", "git version 2.43.0", "##[endgroup]",
             "[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules "
             "--depth=1 origin +%s:refs/remotes/origin/main" % hexs(r, 40),
             "##[group]Run npm ci", "npm ci", "shell: /usr/bin/bash -e {0}", "##[endgroup]"]
        for _ in range(r.randint(3, 8)):
            S.append("npm WARN deprecated %s" % r.choice(["inflight@1.0.6: This module is not supported, and leaks "
                                                           "memory.", "glob@7.2.3: Glob versions prior to v9 are no "
                                                           "longer supported", "rimraf@3.0.2: Rimraf versions prior "
                                                           "to v4 are no longer supported"]))
        S += ["", "added %d packages, and audited %d packages in %ds" % (r.randint(600, 1900),
                                                                         r.randint(600, 1900), r.randint(9, 80)),
              "found 0 vulnerabilities", "##[group]Run npm test", "npm test", "##[endgroup]", "",
              "> %s@1.%d.0 test" % (repo.split("/")[1], r.randint(0, 40)), "> jest --ci --reporters=default", ""]
        for _ in range(r.randint(15, 60)):
            S.append("PASS src/%s/%s.spec.ts (%.3f s)" % (r.choice(["orders", "users", "cart", "billing", "auth"]),
                                                          r.choice(["service", "controller", "repo", "mapper",
                                                                    "validator"]), r.uniform(0.3, 9)))
        nt = r.randint(100, 900)
        S += ["", "Test Suites: %d passed, %d total" % (nt // 10, nt // 10), "Tests:       %d passed, %d total" % (
            nt, nt), "Snapshots:   0 total", "Time:        %.3f s" % r.uniform(20, 200), "Ran all test suites.",
            "Post job cleanup.", "[command]/usr/bin/git version", "git version 2.43.0",
            "Cleaning up orphan processes", "##[endgroup]"]
        self.script = S[::-1]

    def normal(self, t, a):
        if not self.script:
            self.newjob()
        return self.pre(t) + self.script.pop()

    def heartbeat(self, t, a):
        return self.normal(t, a)

    def warn(self, t, a):
        return self.pre(t) + "##[warning]Node.js 16 actions are deprecated. Please update the following actions " \
            "to use Node.js 20: actions/cache@v3. For more information see: https://github.blog/changelog/" \
            "2023-09-22-github-actions-transitioning-from-node-16-to-node-20/."

    def error(self, t, a):
        r = self.r
        if r.random() < 0.5:
            return [self.pre(t) + "FAIL src/%s/%s.spec.ts" % (r.choice(["orders", "cart"]), r.choice(["service",
                                                                                                     "repo"])),
                    self.pre(t) + "##[error]Process completed with exit code 1."]
        return self.pre(t) + "##[error]Process completed with exit code 1."

    def burst_error(self, t, a):
        r = self.r
        f = r.choice(["orders/orders.service.ts", "cart/cart.controller.ts", "billing/invoice.mapper.ts"])
        return self.pre(t) + "##[error]src/%s(%d,%d): error TS2345: Argument of type 'string | undefined' is not " \
            "assignable to parameter of type 'string'." % (f, r.randint(10, 400), r.randint(3, 60))

    def retry(self, t, a):
        return [self.pre(t) + "npm WARN retry will retry, error on last attempt: Error: socket hang up",
                self.pre(t + US) + "npm http fetch GET 200 https://registry.npmjs.org/typescript 1532ms "
                "(cache revalidated)"]

    def storm_retry(self, t, a):
        r = self.r
        return self.pre(t) + "  Error: connect ECONNREFUSED 172.18.0.%d:5432 - retrying in 1000ms (attempt %d/300)" % (
            r.randint(2, 9), r.randint(1, 300))

    def disk(self, t, a):
        r = self.r
        if r.random() < 0.5:
            return self.pre(t) + "##[error]No space left on device : '/home/runner/runners/%s/_diag/pages/%s_%s_1.log'" % (
                self.rv, uuid4(r), uuid4(r))
        return self.pre(t) + "failed to register layer: write /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space " \
            "left on device"

    def newerr(self, t, a):
        return self.pre(t) + "##[error]Unable to resolve action `acme/setup-toolchain@v2`, unable to find version `v2`"


# =====================================================================================================
class DB2Diag(Base):
    key = "db2diag"
    fname = "db2diag.log"
    kinds = {"disk_full", "error_burst", "panic", "new_error"}
    zone_mode = "any"
    res = 1
    lpe = 10.5
    weight = 0.9
    has_banner = True
    hb_every = 5
    warn_rate = (0.1, 0.4)
    newerr_key = "HADR primary-standby connection"

    def setup(self):
        r = self.r
        self.pos = 0
        self.pid = r.randint(3000, 60000)
        self.host = r.choice(["db2host01", "dbprd-aix-02", "db2-lnx-11"])
        self.inst = r.choice(["db2inst1", "db2prd"])
        self.db = r.choice(["SAMPLE", "ORDERS", "ERPPRD"])
        self.ver = "v11.5.%d.0" % r.randint(4, 9) if self.year >= 2021 else "v11.1.4.4"

    def hdr(self, t, ev=False):
        s = self.tm(t)
        o = self.off // 60
        return "%04d-%02d-%02d-%02d.%02d.%02d.%s%s%03d" % (s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min,
                                                          s.tm_sec, self.frac(t, 6), "+" if o >= 0 else "-", abs(o))

    def rec(self, t, level, func, msg, extra=(), edu=("db2agent (%s) 0", 123), ev=False, app=True):
        r = self.r
        tid = 140000000000000 + r.randint(0, 10 ** 12)
        eduname = edu[0] % self.db if "%s" in edu[0] else edu[0]
        body = ["PID     : %-20d TID : %-15d PROC : db2sysc 0" % (self.pid, tid),
                "INSTANCE: %-20s NODE : 000            DB   : %s" % (self.inst, self.db)]
        if app:
            body += ["APPHDL  : 0-%-18d APPID: *LOCAL.%s.%s" % (r.randint(10, 60000), self.inst, b62(r, 12)),
                     "AUTHID  : %-20s HOSTNAME: %s" % (self.inst.upper(), self.host)]
        else:
            body += ["HOSTNAME: %s" % self.host]
        body += ["EDUID   : %-20d EDUNAME: %s" % (edu[1] + r.randint(0, 40), eduname),
                 "FUNCTION: DB2 UDB, %s" % func]
        body += msg if isinstance(msg, list) else ["MESSAGE : " + msg]
        body += list(extra)
        txt_len = sum(len(x) + 1 for x in body) + 1
        first = "%s %s%dE%d" % (self.hdr(t), "E" if ev else "I", self.pos, 0)
        first = "%s %s%dE%d" % (self.hdr(t), "E" if ev else "I", self.pos, txt_len + len(first) + 10)
        first = "%-49sLEVEL: %s" % (first, level)
        L = [first] + body + [""]
        self.pos += sum(len(x) + 1 for x in L)
        return L

    def normal(self, t, a):
        r = self.r
        x = r.random()
        n = r.randint(1000, 99999)
        if x < 0.5:
            return self.rec(t, "Info", "data protection services, sqlpgArchiveLogFile, probe:3180",
                            "ADM1846I  Completed archive for log file \"S%07d.LOG\" to \"DISK:/db2/archive/%s/%s/"
                            "NODE0000/LOGSTREAM0000/C0000000/\" from \"/db2/log/%s/NODE0000/LOGSTREAM0000/\"." % (
                                n, self.inst, self.db, self.inst), edu=("db2logmgr (%s) 0", 60), app=False)
        if x < 0.8:
            return self.rec(t, "Info", "data protection services, sqlpgInitRecoverable, probe:2040",
                            "ADM1845I  Started archive for log file \"S%07d.LOG\"." % n,
                            edu=("db2logmgr (%s) 0", 60), app=False)
        return self.rec(t, "Info", "relation data serv, sqlrLocalRunstats, probe:1400",
                        "Automatic runstats completed for table \"APP     .%s\"" % r.choice(
                            ["ORDERS", "ORDER_LINES", "CUSTOMERS", "INVOICES"]), edu=("db2agent (%s) 0", 200))

    def heartbeat(self, t, a):
        return self.rec(t, "Info", "Health Monitor, Health Indicator, HealthIndicator::update, probe:500",
                        "ADM10500I  Health indicator \"Database Operational State\" (\"db.db_op_status\") "
                        "state is \"Active\" on \"DB2 DATABASE\" \"%s\"." % self.db, edu=("db2acd 0", 30),
                        app=False)

    def warn(self, t, a):
        r = self.r
        return self.rec(t, "Warning", "data management, sqldEscalateLocks, probe:3",
                        "ADM5502W  The escalation of \"%d\" locks on table \"APP.ORDERS\" to lock intent \"X\" "
                        "was successful." % r.randint(5000, 90000))

    def error(self, t, a):
        r = self.r
        return self.rec(t, "Error", "common communication, sqlcctcpconnmgr_child, probe:125",
                        "ZRC=0x8135001C=-2127233002=SQLZ_RC_CMERR \"communication error\"",
                        ["DATA #1 : <preformatted>",
                         "A communication error occurred while receiving data from client %s." % priv(r)])

    def burst_error(self, t, a):
        return self.rec(t, "Error", "data management, sqldLockTimeout, probe:998",
                        "ZRC=0x80100044=-2146435004=SQLP_LTIMEOUT \"LockTimeOut - tran rollback Reason code 68\"",
                        ["DATA #1 : String, 22 bytes", "Table APP.ORDER_LINES"])

    def disk(self, t, a):
        r = self.r
        return self.rec(t, "Error", "oper system services, sqloWriteBlocks, probe:120",
                        ["MESSAGE : ZRC=0x850F000C=-2062614516=SQLO_DISK \"Disk full.\"",
                         "          DIA8312C Disk was full."],
                        ["CALLED  : OS, -, write", "OSERR   : ENOSPC (28) \"No space left on device\"",
                         "DATA #1 : String, 72 bytes",
                         "SQL0968C  The file system is full.  SQLSTATE=57011 Container /db2/data/%s/TS_%d" % (
                             self.db, r.randint(2, 9))])

    def newerr(self, t, a):
        return self.rec(t, "Error", "High Availability Disaster Recovery, hdrEduAcceptEvent, probe:20280",
                        "ADM12513E  Unable to establish HADR primary-standby connection because the standby "
                        "database rejected the connection request. Reason code = \"2\".", edu=("db2hadrp (%s) 0", 90),
                        app=False)

    def crash_panic(self, t, a):
        s = self.hdr(t).replace(":", ".")
        return self.rec(t, "Severe", "oper system services, sqloEDUCodeTrapHandler, probe:10",
                        "ADM14001C  An unexpected and critical error has occurred: \"Trap\". The instance may have "
                        "been shutdown as a result. \"Automatic\" FODC (First Occurrence Data Capture) has been "
                        "invoked and diagnostic information has been recorded in directory \"/home/%s/sqllib/"
                        "db2dump/DIAG0000/FODC_Trap_%s_0000/\". Please look in this directory for detailed evidence "
                        "about what happened and contact IBM support if necessary to diagnose the problem." % (
                            self.inst, s[:26]), ev=True) + \
            self.rec(t, "Severe", "base sys utilities, sqleWatchDog, probe:20",
                     "ADM0503C  An unexpected internal processing error has occurred. All DB2 processes associated "
                     "with this instance have been shutdown. Diagnostic information has been recorded. Contact IBM "
                     "Support for further assistance.", edu=("db2wdog 0 [%s]" % self.inst, 1), app=False)

    def shutdown(self, t, a):
        return self.rec(t, "Event", "base sys utilities, DB2StopMain, probe:911", "ADM7514W  Database manager has "
                        "stopped.", ["STOP    : DB2 DBM"], edu=("db2stop2", 1), ev=True, app=False)

    def banner(self, t, a):
        self.pid = self.r.randint(3000, 60000)
        return self.rec(t, "Event", "base sys utilities, DB2StartMain, probe:911", "ADM7513W  Database manager "
                        "has started.", ["START   : DB2 DBM"], edu=("db2star2", 1), ev=True, app=False)

    def header(self, t):
        return []


# =====================================================================================================
class K8sAudit(Base):
    bpl = 900
    key = "k8saudit"
    fname = "kube-apiserver-audit.log"
    kinds = {"http_5xx", "latency_shift", "traffic_flood", "silence"}
    zone_mode = "utc"
    res = 1
    weight = 1.4
    warn_rate = (0.1, 0.5)
    err_max = 0.25

    def setup(self):
        self.gz = self.r.random() < 0.6
        if self.gz:
            self.fname = "kube-apiserver-audit.log.1.gz"
        r = self.r
        self.v1 = self.year >= 2020
        self.nodes = ["ip-10-0-%d-%d.ec2.internal" % (r.randint(0, 9), r.randint(2, 250)) for _ in range(6)]

    def ts(self, t):
        s = time.gmtime(t // US)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (s[:6] + (t % US,))

    def ev(self, t, verb, uri, user, groups, ua, src, obj, code, lat, msg=None, stage="ResponseComplete"):
        r = self.r
        d = max(300, int(r.lognormvariate(8.6, 1.0) * lat))
        if verb in ("watch",):
            d = int(d * 1.0)
        rs = '{"metadata":{},"code":%d}' % code if not msg else \
            '{"metadata":{},"status":"Failure","message":"%s","reason":"%s","code":%d}' % (msg[0], msg[1], code)
        o = '{"kind":"Event","apiVersion":"audit.k8s.io/%s","level":"Metadata","auditID":"%s","stage":"%s",' \
            '"requestURI":"%s","verb":"%s","user":{"username":"%s","groups":[%s]},"sourceIPs":["%s"],' \
            '"userAgent":"%s","objectRef":%s,"responseStatus":%s,' % (
                "v1" if self.v1 else "v1beta1", uuid4(r), stage, uri, verb, user,
                ",".join('"%s"' % g for g in groups), src, ua, obj, rs)
        if not self.v1:
            o += '"timestamp":"%s",' % self.ts(t)[:19] + "Z"
        o += '"requestReceivedTimestamp":"%s","stageTimestamp":"%s","annotations":{"authorization.k8s.io/' \
             'decision":"allow","authorization.k8s.io/reason":"%s"}}' % (
                 self.ts(t - d), self.ts(t), "RBAC: allowed by ClusterRoleBinding \\\"system:%s\\\" of ClusterRole "
                 "\\\"system:%s\\\" to Group \\\"system:nodes\\\"" % ("node", "node") if "node" in user else "")
        return o

    def obj(self, res, ns, name=None, group=None):
        s = '{"resource":"%s"' % res
        if ns:
            s += ',"namespace":"%s"' % ns
        if name:
            s += ',"name":"%s"' % name
        if group:
            s += ',"apiGroup":"%s"' % group
        return s + ',"apiVersion":"%s"}' % ("v1" if not group else group.split(".")[0] + "/v1")

    def req(self, t, lat, p5):
        r = self.r
        x = r.random()
        code = 200
        msg = None
        if p5 and r.random() < p5:
            code = r.choice([500, 503, 504])
            msg = {500: ("etcdserver: request timed out", "InternalError"),
                   503: ("the server is currently unable to handle the request", "ServiceUnavailable"),
                   504: ("Timeout: request did not complete within requested timeout - context deadline exceeded",
                         "Timeout")}[code]
        if x < 0.35:
            n = r.choice(self.nodes)
            return self.ev(t, "update", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/%s?"
                           "timeout=10s" % n, "system:node:%s" % n, ["system:nodes", "system:authenticated"],
                           "kubelet/v1.28.3 (linux/amd64) kubernetes/a8a1abc", "10.0.%d.%d" % (r.randint(0, 9),
                                                                                                r.randint(2, 250)),
                           self.obj("leases", "kube-node-lease", n, "coordination.k8s.io"), code, lat, msg)
        if x < 0.6:
            ns = r.choice(["default", "orders", "payments", "monitoring"])
            return self.ev(t, "get", "/api/v1/namespaces/%s/configmaps/app-config" % ns,
                           "system:serviceaccount:%s:app" % ns, ["system:serviceaccounts",
                                                                 "system:serviceaccounts:%s" % ns,
                                                                 "system:authenticated"],
                           "Go-http-client/2.0", "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250)),
                           self.obj("configmaps", ns, "app-config"), code if code != 200 else
                           (404 if r.random() < 0.03 else 200), lat, msg)
        if x < 0.8:
            return self.ev(t, "list", "/api/v1/pods?fieldSelector=spec.nodeName%%3D%s&limit=500" % r.choice(
                self.nodes), "system:serviceaccount:kube-system:kube-proxy", ["system:serviceaccounts",
                                                                            "system:authenticated"],
                "kube-proxy/v1.28.3 (linux/amd64) kubernetes/a8a1abc", "10.0.1.%d" % r.randint(2, 250),
                self.obj("pods", None), code, lat, msg)
        ns = r.choice(["orders", "payments"])
        pod = "%s-%s-%s" % (ns, hexs(r, 10), b62(r, 5).lower())
        return self.ev(t, "patch", "/api/v1/namespaces/%s/pods/%s/status" % (ns, pod),
                       "system:node:%s" % r.choice(self.nodes), ["system:nodes", "system:authenticated"],
                       "kubelet/v1.28.3 (linux/amd64) kubernetes/a8a1abc", "10.0.2.%d" % r.randint(2, 250),
                       self.obj("pods", ns, pod), code, lat, msg)

    def normal(self, t, a):
        return self.req(t, a[0], a[1])

    def warn(self, t, a):
        r = self.r
        return self.ev(t, "update", "/apis/apps/v1/namespaces/orders/deployments/orders-api", "kubernetes-admin",
                       ["system:masters", "system:authenticated"], "kubectl/v1.28.2 (linux/amd64) kubernetes/89a4ea3",
                       "10.0.9.%d" % r.randint(2, 250), self.obj("deployments", "orders", "orders-api", "apps"),
                       409, 1.0, ("Operation cannot be fulfilled on deployments.apps \\\"orders-api\\\": the object "
                                  "has been modified; please apply your changes to the latest version and try again",
                                  "Conflict"))

    def error(self, t, a):
        return self.req(t, 1.0, 1.0)

    def flood(self, t, a):
        r = self.r
        return self.ev(t, "list", "/api/v1/secrets?limit=500", "system:serviceaccount:tools:legacy-sync",
                       ["system:serviceaccounts", "system:authenticated"], "python-requests/2.31.0",
                       self.attacker_pod, self.obj("secrets", None), 200, 1.0)

    @property
    def attacker_pod(self):
        if not hasattr(self, "_ap"):
            self._ap = "10.0.7.%d" % self.r.randint(2, 250)
        return self._ap


# =====================================================================================================
def hmac(r):
    return "hmac-sha256:" + hexs(r, 64)


class VaultAudit(Base):
    bpl = 1000
    key = "vault"
    fname = "vault_audit.log"
    kinds = {"error_burst", "traffic_flood", "new_error", "silence"}
    zone_mode = "utc"
    res = 1
    lpe = 2.0
    weight = 1.0
    newerr_key = "invalid audience (aud) claim"

    def setup(self):
        self.gz = self.r.random() < 0.6
        if self.gz:
            self.fname = "vault_audit.log.1.gz"
        r = self.r
        self.apps = [(a, uuid4(r), hmac(r)) for a in ["orders", "payments", "billing", "web", "reporting"]]

    def ts(self, t):
        s = time.gmtime(t // US)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%sZ" % (s[:6] + (self.frac(t, 9),))

    def pair(self, t, op, pth, app=None, err=None, mount=("secret/", "kv"), auth=True, lat=None):
        r = self.r
        app = app or r.choice(self.apps)
        rid = uuid4(r)
        t0 = t - (lat or r.randint(300, 20000))
        au = '"auth":{"client_token":"%s","accessor":"%s","display_name":"kubernetes-%s","policies":' \
             '["default","%s"],"token_policies":["default","%s"],"metadata":{"role":"%s",' \
             '"service_account_name":"%s","service_account_namespace":"%s"},"entity_id":"%s","token_type":' \
             '"service","token_ttl":3600}' % (app[2], hmac(r), app[0], app[0], app[0], app[0], app[0], app[0],
                                               app[1]) if auth else '"auth":{"token_type":"default"}'
        rq = '"request":{"id":"%s","operation":"%s","mount_type":"%s","mount_accessor":"%s_%s",' \
             '"client_token":"%s","namespace":{"id":"root"},"path":"%s","remote_address":"10.42.%d.%d",' \
             '"remote_port":%d}' % (rid, op, mount[1], mount[1], hexs(r, 8), app[2] if auth else "", pth,
                                    r.randint(0, 9), r.randint(2, 250), r.randint(30000, 60000))
        a = '{"time":"%s","type":"request",%s,%s}' % (self.ts(t0), au, rq)
        if err:
            b = '{"time":"%s","type":"response",%s,%s,"response":{"mount_type":"%s"},"error":"%s"}' % (
                self.ts(t), au, rq, mount[1], err)
        else:
            b = '{"time":"%s","type":"response",%s,%s,"response":{"mount_type":"%s","data":{"data":"%s",' \
                '"metadata":{"created_time":"%s","version":"%s"}}}}' % (self.ts(t), au, rq, mount[1], hmac(r),
                                                                       hmac(r), hmac(r))
        return [a, b]

    def normal(self, t, a):
        r = self.r
        app = r.choice(self.apps)
        x = r.random()
        if x < 0.8:
            return self.pair(t, "read", "secret/data/%s/%s" % (app[0], r.choice(["db", "api-keys", "smtp"])), app)
        if x < 0.9:
            return self.pair(t, "update", "auth/kubernetes/login", app, mount=("auth/kubernetes/", "kubernetes"),
                             auth=False)
        return self.pair(t, "update", "database/creds/%s-ro" % app[0], app, mount=("database/", "database"))

    def warn(self, t, a):
        app = self.r.choice(self.apps)
        return self.pair(t, "read", "secret/data/%s/legacy" % app[0], app)

    def error(self, t, a):
        app = self.r.choice(self.apps)
        return self.pair(t, "read", "secret/data/shared/%s" % self.r.choice(["ldap", "root-ca"]), app,
                         err="1 error occurred:\\n\\t* permission denied\\n\\n")

    def burst_error(self, t, a):
        return self.pair(t, "read", "secret/data/payments/db", self.apps[1], err="1 error occurred:\\n\\t* "
                         "permission denied\\n\\n")

    def newerr(self, t, a):
        return self.pair(t, "update", "auth/kubernetes/login", self.apps[4], err="error validating token: invalid "
                         "audience (aud) claim", mount=("auth/kubernetes/", "kubernetes"), auth=False)

    def flood(self, t, a):
        return self.pair(t, "update", "auth/token/lookup-self", self.apps[3], mount=("auth/token/", "token"))


# =====================================================================================================
class NATS(Base):
    key = "nats"
    fname = "nats-server.log"
    kinds = {"panic", "oom_kill", "retry_storm", "error_burst", "new_error", "silence"}
    res = 1
    weight = 1.1
    lpe = 1.0
    has_retry = True
    has_banner = True
    newerr_key = "Error storing entry to WAL"

    def setup(self):
        r = self.r
        self.pid = 1 if r.random() < 0.6 else r.randint(1000, 60000)
        self.fixedpid = self.pid == 1
        self.ver = {2019: "2.0.4", 2020: "2.1.9", 2021: "2.6.5", 2022: "2.9.8", 2023: "2.10.4"}.get(self.year,
                                                                                                   "2.10.22")
        self.name = "nats-%d" % r.randint(0, 2)
        self.cid = r.randint(100, 9000)

    def pre(self, t, lvl):
        s = self.tm(t)
        return "[%d] %04d/%02d/%02d %02d:%02d:%02d.%s [%s] " % (self.pid, s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour,
                                                               s.tm_min, s.tm_sec, self.frac(t, 6), lvl)

    def cl(self):
        r = self.r
        self.cid += 1
        return "%s:%d - cid:%d" % (priv(r, "10.42"), r.randint(30000, 60000), self.cid)

    def normal(self, t, a):
        r = self.r
        x = r.random()
        c = self.cl()
        if x < 0.45:
            return self.pre(t, "DBG") + "%s - Client connection created" % c
        if x < 0.9:
            return self.pre(t, "DBG") + "%s - \"v1.%d.0:go:%s\" - Client connection closed: Client Closed" % (
                c, r.choice([28, 31, 37]), r.choice(["orders", "billing", "notifier"]))
        if self.ver < "2.2":
            return self.pre(t, "DBG") + "10.42.3.%d:6222 - rid:%d - Route sent local subscriptions" % (
                r.randint(2, 9), r.randint(1, 30))
        return self.pre(t, "INF") + "JetStream cluster new stream leader for '$G > %s'" % r.choice(
            ["ORDERS", "EVENTS", "KV_config"])

    def warn(self, t, a):
        r = self.r
        return self.pre(t, "WRN") + "%s - \"v1.31.0:go:orders\" - Readloop processing time: %.7fs" % (
            self.cl(), r.uniform(2, 6))

    def error(self, t, a):
        return self.pre(t, "ERR") + "%s - authentication error - User \"legacy-app\"" % self.cl()

    def burst_error(self, t, a):
        r = self.r
        return self.pre(t, "ERR") + "%s - \"v1.31.0:go:notifier\" - Slow Consumer Detected: WriteDeadline of 10s " \
            "exceeded with %d chunks of %d total bytes." % (self.cl(), r.randint(1, 40), r.randint(10 ** 5, 10 ** 7))

    def retry(self, t, a):
        r = self.r
        ip = "10.42.%d.%d" % (r.randint(0, 9), r.randint(2, 250))
        return [self.pre(t, "ERR") + "Error trying to connect to route (attempt 1): dial tcp %s:6222: i/o timeout" % ip,
                self.pre(t + 2 * US, "INF") + "%s:6222 - rid:%d - Route connection created" % (ip, r.randint(5, 90))]

    def storm_retry(self, t, a):
        r = self.r
        self.att = getattr(self, "att", 0) + 1
        return self.pre(t, "ERR") + "Error trying to connect to route (attempt %d): dial tcp 10.42.3.17:6222: " \
            "connect: connection refused" % self.att

    def newerr(self, t, a):
        return self.pre(t, "ERR") + "RAFT [%s - S-R3F-%s] Error storing entry to WAL: raft: could not store " \
            "entry to WAL" % (b62(self.r, 8), b62(self.r, 8))

    def stack(self, head):
        r = self.r
        return head + ["", "goroutine %d [running]:" % r.randint(50, 90000),
                       "github.com/nats-io/nats-server/v2/server.(*stream).processInboundJetStreamMsg(0x0, "
                       "0xc000%s)" % hexs(r, 6),
                       "\t/home/runner/work/nats-server/server/stream.go:%d +0x2d" % r.randint(3000, 4500),
                       "github.com/nats-io/nats-server/v2/server.(*client).deliverMsg(0xc000%s, 0x0, ...)" % hexs(r,
                                                                                                                 6),
                       "\t/home/runner/work/nats-server/server/client.go:%d +0x8c5" % r.randint(3000, 3600),
                       "created by github.com/nats-io/nats-server/v2/server.(*Server).startGoRoutine in goroutine 1",
                       "\t/home/runner/work/nats-server/server/server.go:%d +0x1a5" % r.randint(3600, 3800)]

    def crash_panic(self, t, a):
        r = self.r
        return self.stack(["panic: runtime error: invalid memory address or nil pointer dereference",
                           "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]" % hexs(r, 6)])

    def crash_oom(self, t, a):
        r = self.r
        return ["fatal error: runtime: out of memory", "", "runtime stack:",
                "runtime.throw({0xa4b2c5?, 0x%s?})" % hexs(r, 6),
                "\t/usr/local/go/src/runtime/panic.go:1077 +0x5c fp=0x7ffd%s sp=0x7ffd%s pc=0x43a1bc" % (
                    hexs(r, 8), hexs(r, 8)),
                "runtime.sysMapOS(0xc0%s, 0x4000000)" % hexs(r, 8),
                "\t/usr/local/go/src/runtime/mem_linux.go:167 +0x11b fp=0x7ffd%s sp=0x7ffd%s pc=0x41b3db" % (
                    hexs(r, 8), hexs(r, 8))] + self.stack([])[1:]

    def shutdown(self, t, a):
        return [self.pre(t, "INF") + "Trapped \"terminated\" signal", self.pre(t, "INF") + "Initiating Shutdown...",
                self.pre(t, "INF") + "Server Exiting.."]

    def banner(self, t, a):
        r = self.r
        if not self.fixedpid:
            self.pid = r.randint(1000, 60000)
        p = lambda: self.pre(t, "INF")  # noqa: E731
        if self.ver in ("2.0.4", "2.1.9"):
            return [p() + "Starting nats-server version %s" % self.ver, p() + "Git commit [not set]",
                    p() + "Starting http monitor on 0.0.0.0:8222",
                    p() + "Listening for client connections on 0.0.0.0:4222", p() + "Server id is N%s" % b62(r, 55).upper(),
                    p() + "Server is ready", p() + "Listening for route connections on 0.0.0.0:6222"]
        return [p() + "Starting nats-server", p() + "  Version:  %s" % self.ver, p() + "  Git:      [%s]" % hexs(r, 7),
                p() + "  Cluster:  nats-prod", p() + "  Name:     %s" % self.name, p() + "  Node:     %s" % b62(r, 8),
                p() + "  ID:       N%s" % b62(r, 55).upper(), p() + "Using configuration file: /etc/nats/nats.conf",
                p() + "Starting http monitor on 0.0.0.0:8222", p() + "Starting JetStream",
                p() + "Listening for client connections on 0.0.0.0:4222", p() + "Server is ready",
                p() + "Cluster name is nats-prod", p() + "Listening for route connections on 0.0.0.0:6222"]


# =====================================================================================================
class MongoLegacy(Base):
    bpl = 330
    lat_share = 0.55
    key = "mongo"
    fname = "mongod.log"
    kinds = {"latency_shift", "oom_kill", "panic", "disk_full", "error_burst", "retry_storm", "new_error",
             "silence"}
    zone_mode = "any"
    res = MS
    weight = 1.3
    has_retry = True
    has_banner = True
    job_every = 1
    newerr_key = "Sort operation used more than the maximum"

    def setup(self):
        r = self.r
        self.ver = "4.0.28" if self.year < 2021 else "4.2.24"
        if self.year == 2019:
            self.ver = "3.6.13"
        self.conn = r.randint(1000, 90000)
        self.open = r.randint(20, 90)
        self.host = r.choice(["db01", "mongo-rs0-1", "mdb-prd-a"])
        self.git = hexs(r, 40)

    def pre(self, t, sev, comp, ctx):
        s = self.tm(t)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%s%s %s %-8s [%s] " % (s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour,
                                                                    s.tm_min, s.tm_sec, self.frac(t, 3),
                                                                    self.offs(False), sev, comp, ctx)

    def c(self):
        return "conn%d" % self.r.randint(self.conn - 300, self.conn)

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.55:
            ms = int(100 + r.lognormvariate(3.6, 0.8) * a[0] + (a[0] - 1) * 100)
            coll = r.choice(["orders", "carts", "products", "sessions"])
            if r.random() < 0.7:
                return self.pre(t, "I", "COMMAND", self.c()) + "command shop.%s command: find { find: \"%s\", " \
                    "filter: { userId: %d }, sort: { createdAt: -1 }, limit: 20, $db: \"shop\" } planSummary: " \
                    "IXSCAN { userId: 1, createdAt: -1 } keysExamined:%d docsExamined:%d cursorExhausted:1 " \
                    "numYields:%d nreturned:20 reslen:%d locks:{ Global: { acquireCount: { r: 1 } }, Database: { " \
                    "acquireCount: { r: 1 } }, Collection: { acquireCount: { r: 1 } } } storage:{} " \
                    "protocol:op_msg %dms" % (coll, coll, r.randint(1000, 999999), r.randint(20, 900),
                                              r.randint(20, 900), r.randint(0, 9), r.randint(900, 90000), ms)
            return self.pre(t, "I", "WRITE", self.c()) + "update shop.%s command: { q: { _id: ObjectId('%s') }, " \
                "u: { $set: { status: \"%s\" } }, multi: false, upsert: false } planSummary: IDHACK keysExamined:1 " \
                "docsExamined:1 nMatched:1 nModified:1 numYields:0 locks:{ Global: { acquireCount: { r: 1, w: 1 } " \
                "} } %dms" % (coll, hexs(r, 24), r.choice(["paid", "shipped", "open"]), ms)
        if x < 0.78:
            self.conn += 1
            self.open = max(5, self.open + r.choice([1, 1, -1]))
            return self.pre(t, "I", "NETWORK", "listener") + "connection accepted from %s:%d #%d (%d connections " \
                "now open)" % (priv(r), r.randint(30000, 60000), self.conn, self.open)
        self.open = max(5, self.open - 1)
        return self.pre(t, "I", "NETWORK", self.c()) + "end connection %s:%d (%d connections now open)" % (
            priv(r), r.randint(30000, 60000), self.open)

    def job(self, t, a):
        return self.pre(t, "I", "ACCESS", self.c()) + "Successfully authenticated as principal monitor on admin " \
            "from client 10.0.9.%d:%d" % (self.r.randint(2, 30), self.r.randint(30000, 60000))

    def warn(self, t, a):
        return self.pre(t, "I", "COMMAND", self.c()) + "warning: log line attempted (%dkB) over max size (10kB), " \
            "printing beginning and end ... command shop.reports command: aggregate { aggregate: \"orders\", " \
            "pipeline: [ { $match: { ... } } ] } .......... %dms" % (self.r.randint(11, 90), self.r.randint(300, 3000))

    def error(self, t, a):
        return self.pre(t, "E", "NETWORK", self.c()) + "SSL: error:1408F10B:SSL routines:ssl3_get_record:wrong " \
            "version number"

    def burst_error(self, t, a):
        r = self.r
        return self.pre(t, "E", "NETWORK", self.c()) + "Error receiving request from client: SSLHandshakeFailed: " \
            "SSL handshake received but server is started without SSL support. Ending connection from %s:%d " \
            "(connection id: %d)" % (priv(r), r.randint(30000, 60000), self.conn)

    def retry(self, t, a):
        return [self.pre(t, "I", "ASIO", "Replication") + "Connecting to mongo-rs0-2.internal:27017",
                self.pre(t + US, "I", "ASIO", "Replication") + "Successfully connected to mongo-rs0-2.internal:27017, "
                "took 12ms (2 connections now open to mongo-rs0-2.internal:27017)"]

    def storm_retry(self, t, a):
        r = self.r
        if r.random() < 0.5:
            return self.pre(t, "I", "ASIO", "Replication") + "Connecting to mongo-rs0-2.internal:27017"
        return self.pre(t, "I", "REPL_HB", "replexec-%d" % r.randint(1, 9)) + "Error in heartbeat (requestId: %d) " \
            "to mongo-rs0-2.internal:27017, response status: HostUnreachable: Error connecting to " \
            "mongo-rs0-2.internal:27017 (10.0.2.12:27017) :: caused by :: Connection refused" % r.randint(10 ** 5,
                                                                                                        10 ** 7)

    def newerr(self, t, a):
        return self.pre(t, "E", "QUERY", self.c()) + "Plan executor error during find command: FAILURE, status: " \
            "OperationFailed: Sort operation used more than the maximum 33554432 bytes of RAM. Add an index, or " \
            "specify a smaller limit., stats: { stage: \"SORT\", nReturned: 0, executionTimeMillisEstimate: %d }" % (
                self.r.randint(300, 3000))

    def disk(self, t, a):
        r = self.r
        f = "collection-%d--%d.wt" % (r.randint(2, 90), r.randint(10 ** 17, 10 ** 18))
        return self.pre(t, "E", "STORAGE", "conn%d" % self.conn) + "WiredTiger error (28) [%d:%d][%d:0x7f%s], " \
            "file:%s, WT_SESSION.commit_transaction: __posix_file_write, 579: /var/lib/mongodb/%s: handle-write: " \
            "pwrite: failed to write %d bytes at offset %d: No space left on device" % (
                t // US, t % US, r.randint(1000, 9000), hexs(r, 10), f, f, r.choice([4096, 8192, 32768]),
                r.randint(10 ** 6, 10 ** 9))

    def backtrace(self):
        r = self.r
        addrs = ["0x55d1c%s" % hexs(r, 7) for _ in range(8)]
        return [" " + " ".join(addrs), "----- BEGIN BACKTRACE -----",
                "{\"backtrace\":[{\"b\":\"55D1BF9B4000\",\"o\":\"2486A1B\",\"s\":\"_ZN5mongo15printStackTraceERSo\"}],"
                "\"processInfo\":{ \"mongodbVersion\" : \"%s\", \"gitVersion\" : \"%s\" }}" % (self.ver, self.git),
                " mongod(_ZN5mongo15printStackTraceERSo+0x3B) [%s]" % addrs[0],
                " mongod(+0x2487C39) [%s]" % addrs[1], " libpthread.so.0(+0x12890) [%s]" % addrs[2],
                " libc.so.6(abort+0x141) [%s]" % addrs[3], "-----  END BACKTRACE  -----"]

    def crash_oom(self, t, a):
        return [self.pre(t, "F", "-", self.c()) + "out of memory."] + self.backtrace()

    def crash_panic(self, t, a):
        return [self.pre(t, "F", "-", "WTCheckpointThread") + "Invariant failure s->commit_transaction(s, NULL) "
                "resulted in status UnknownError: -31804: WT_PANIC: WiredTiger library panic at src/mongo/db/"
                "storage/wiredtiger/wiredtiger_recovery_unit.cpp 280",
                self.pre(t, "F", "-", "WTCheckpointThread") + "",
                "", "***aborting after invariant() failure", ""] + self.backtrace()

    def shutdown(self, t, a):
        return [self.pre(t, "I", "CONTROL", "signalProcessingThread") + "got signal 15 (Terminated), will terminate "
                "after current cmd ends", self.pre(t, "I", "NETWORK", "signalProcessingThread") + "shutdown: going to "
                "close listening sockets...", self.pre(t, "I", "STORAGE", "signalProcessingThread") + "WiredTigerKVEngine "
                "shutting down", self.pre(t, "I", "CONTROL", "signalProcessingThread") + "now exiting",
                self.pre(t, "I", "CONTROL", "signalProcessingThread") + "shutting down with code:0"]

    def banner(self, t, a):
        r = self.r
        p = lambda c, x: self.pre(t, "I", c, x)  # noqa: E731
        return [p("CONTROL", "main") + "***** SERVER RESTARTED *****",
                p("CONTROL", "initandlisten") + "MongoDB starting : pid=%d port=27017 dbpath=/var/lib/mongodb 64-bit "
                "host=%s" % (r.randint(1000, 60000), self.host),
                p("CONTROL", "initandlisten") + "db version v%s" % self.ver,
                p("CONTROL", "initandlisten") + "git version: %s" % self.git,
                p("CONTROL", "initandlisten") + "OpenSSL version: OpenSSL 1.1.1f  31 Mar 2020",
                p("CONTROL", "initandlisten") + "allocator: tcmalloc",
                p("STORAGE", "initandlisten") + "Detected data files in /var/lib/mongodb created by the 'wiredTiger' "
                "storage engine, so setting the active storage engine to 'wiredTiger'.",
                p("STORAGE", "initandlisten") + "WiredTiger message [%d:%d][%d:0x7f%s], txn-recover: Main recovery "
                "loop: starting at %d/%d" % (t // US, t % US, r.randint(1000, 9000), hexs(r, 10), r.randint(100, 999),
                                             r.randint(10 ** 5, 10 ** 7)),
                p("NETWORK", "initandlisten") + "waiting for connections on port 27017"]


# =====================================================================================================
class MacLogShow(Base):
    bpl = 330
    status_share = 0.6
    lat_share = 0.6
    key = "macos"
    fname = "logshow-MyApp.txt"
    kinds = {"error_burst", "new_error", "latency_shift", "http_5xx", "silence"}
    zone_mode = "any"
    res = 1
    weight = 1.2
    newerr_key = "Failed to load model named AcmeModel"

    def setup(self):
        r = self.r
        self.app = r.choice(["AcmeBooks", "FieldSync", "OrdersDesk"])
        self.fname = "logshow-%s.txt" % self.app
        self.pid = r.randint(300, 9000)
        self.threads = [r.randint(0x1000, 0xfffff) for _ in range(6)]
        self.counts = {"Default": 0, "Info": 0, "Debug": 0, "Error": 0, "Fault": 0}
        self.task = r.randint(1, 50)

    def pre(self, t, typ, act=0):
        s = self.tm(t)
        self.counts[typ] += 1
        return "%04d-%02d-%02d %02d:%02d:%02d.%s%s %-10s %-11s %-20s %-6d %-4d " % (
            s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, self.frac(t, 6), self.offs(False),
            "0x%x" % self.r.choice(self.threads), typ, "0x%x" % act, self.pid, 0)

    def header(self, t):
        return ["Filtering the log data using \"process == \"%s\"\"" % self.app,
                "Skipping info and debug messages, pass --info and/or --debug to include.",
                "Timestamp                       Thread     Type        Activity             PID    TTL  "]

    def footer(self, t):
        c = self.counts
        return ["-" * 116,
                "Log      - Default:     %7d, Info:             %7d, Debug:           %7d, Error:     %7d, "
                "Fault:     %7d" % (c["Default"], c["Info"], c["Debug"], c["Error"], c["Fault"]),
                "Activity - Create:            0, Transition:            0, Actions:            0"]

    def task_id(self):
        self.task += 1
        return "<%s>.<%d>" % (uuid4(self.r).upper(), self.task)

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.6:
            ms = int(r.lognormvariate(4.6, 0.6) * a[0])
            st = 200
            if a[1] and r.random() < a[1]:
                st = r.choice([500, 502, 503, 504])
            elif r.random() < 0.03:
                st = r.choice([304, 404])
            return self.pre(t, "Default", r.randint(0x1000, 0xffff)) + "%s: (CFNetwork) [com.apple.CFNetwork:Summary] " \
                "Task %s summary for task success {transaction_duration_ms=%d, response_status=%d, connection=%d, " \
                "protocol=\"h2\", domain_lookup_duration_ms=0, connect_duration_ms=0, " \
                "secure_connection_duration_ms=0, private_relay=false, request_start_ms=%d, request_duration_ms=0, " \
                "response_start_ms=%d, response_duration_ms=%d, request_bytes=%d, response_bytes=%d, " \
                "cache_hit=false}" % (self.app, self.task_id(), ms, st, r.randint(1, 40), r.randint(0, 3),
                                      max(1, ms - 2), r.randint(0, 3), r.randint(200, 2000), r.randint(300, 90000))
        if x < 0.8:
            return self.pre(t, "Default") + "%s: [com.acme.%s:sync] Synced %d records for account %d in %dms" % (
                self.app, self.app.lower(), r.randint(0, 200), r.randint(1000, 9999), r.randint(20, 900))
        return self.pre(t, "Default") + "%s: (libnetwork.dylib) [com.apple.network:connection] nw_connection_report" \
            "_state_with_handler_on_nw_queue [C%d] reporting state ready" % (self.app, r.randint(1, 400))

    def warn(self, t, a):
        return self.pre(t, "Default") + "%s: (UIKitCore) [com.apple.UIKit:BackgroundTask] Background task still not " \
            "ended after expiration handlers were called: <UIBackgroundTaskInfo: 0x%s>" % (self.app, hexs(self.r, 12))

    def error(self, t, a):
        return self.pre(t, "Error") + "%s: (CFNetwork) [com.apple.CFNetwork:Default] Task %s finished with error " \
            "[-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"" % (self.app, self.task_id())

    def burst_error(self, t, a):
        return self.pre(t, "Error") + "%s: (CFNetwork) [com.apple.CFNetwork:Default] Task %s finished with error " \
            "[-1009] Error Domain=NSURLErrorDomain Code=-1009 \"The Internet connection appears to be offline.\"" % (
                self.app, self.task_id())

    def newerr(self, t, a):
        return self.pre(t, "Fault") + "%s: (CoreData) [com.apple.coredata:error] CoreData: error: Failed to load " \
            "model named AcmeModel" % self.app


# =====================================================================================================
class WinDNS(Base):
    key = "windns"
    fname = "dns.log"
    kinds = {"traffic_flood", "error_burst", "silence"}
    lpe = 2.0
    weight = 1.4
    enc = "latin-1"
    eol = "\r\n"
    warn_rate = (0, 0)

    def setup(self):
        r = self.r
        self.thr = ["%04X" % r.randint(0x400, 0x1fff) for _ in range(4)]
        self.pk = r.getrandbits(40) | (0x1D << 40)
        self.names = ["(3)www(6)google(3)com(0)", "(5)login(14)microsoftonline(3)com(0)",
                      "(4)wpad(4)acme(5)local(0)", "(7)filesrv(4)acme(5)local(0)", "(3)api(6)github(3)com(0)",
                      "(5)_ldap(4)_tcp(2)dc(6)_msdcs(4)acme(5)local(0)", "(8)settings(3)win(4)data(9)microsoft(3)com(0)"]

    def header(self, t):
        d = self.us_date(t)
        return ["DNS Server log file creation at %s" % d, "Log file wrap at %s" % d, "",
                "Message logging key (for packets - other items use a subset of these fields):",
                "\tField #  Information         Values", "\t-------  -----------         ------",
                "\t   1     Date", "\t   2     Time", "\t   3     Thread ID", "\t   4     Context",
                "\t   5     Internal packet identifier", "\t   6     UDP/TCP indicator",
                "\t   7     Send/Receive indicator", "\t   8     Remote IP", "\t   9     Xid (hex)",
                "\t  10     Query/Response      R = Response", "\t                             blank = Query",
                "\t  11     Opcode              Q = Standard Query", "\t                             N = Notify",
                "\t                             U = Update", "\t                             ? = Unknown",
                "\t  12     [ Flags (hex)", "\t  13     Flags (char codes)  A = Authoritative Answer",
                "\t                             T = Truncated Response",
                "\t                             D = Recursion Desired",
                "\t                             R = Recursion Available", "\t  14     ResponseCode ]",
                "\t  15     Question Type", "\t  16     Question Name", ""]

    def pair(self, t, ip, name, qt="A", rc="NOERROR"):
        r = self.r
        self.pk += r.randint(16, 4096)
        d = self.us_date(t)
        xid = "%04x" % r.randint(0, 65535)
        th = r.choice(self.thr)
        pk = "%016X" % self.pk
        flags = {"NOERROR": "8081   DR", "NXDOMAIN": "8183   DR", "SERVFAIL": "8082   DR"}[rc]
        return ["%s %s PACKET  %s UDP Rcv %-15s %s   Q [0001   D   NOERROR] %-6s %s" % (d, th, pk, ip, xid, qt, name),
                "%s %s PACKET  %s UDP Snd %-15s %s R Q [%s %s] %-6s %s" % (d, th, pk, ip, xid, flags,
                                                                           ("%-8s" % rc).rstrip() if rc != "NOERROR"
                                                                           else " NOERROR", qt, name)]

    def normal(self, t, a):
        r = self.r
        n = r.choice(self.names)
        qt = "SRV" if "_ldap" in n else r.choice(["A", "A", "AAAA"])
        rc = "NXDOMAIN" if "wpad" in n else "NOERROR"
        return self.pair(t, "10.1.%d.%d" % (r.randint(0, 20), r.randint(2, 250)), n, qt, rc)

    def error(self, t, a):
        r = self.r
        return self.pair(t, "10.1.%d.%d" % (r.randint(0, 20), r.randint(2, 250)),
                         "(3)cdn(8)partner1(3)net(0)", "A", "SERVFAIL")

    def burst_error(self, t, a):
        r = self.r
        return self.pair(t, "10.1.%d.%d" % (r.randint(0, 20), r.randint(2, 250)), r.choice(
            ["(3)api(6)stripe(3)com(0)", "(3)www(6)google(3)com(0)", "(7)outlook(9)office365(3)com(0)"]), "A",
            "SERVFAIL")

    def flood(self, t, a):
        r = self.r
        lab = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
        return self.pair(t, self.attacker_int, "(12)%s(6)acme-x(3)com(0)" % lab, "A", "NXDOMAIN")

    @property
    def attacker_int(self):
        if not hasattr(self, "_ai"):
            self._ai = "10.1.%d.%d" % (self.r.randint(21, 30), self.r.randint(2, 250))
        return self._ai


# =====================================================================================================
class WinEventList(Base):
    key = "winevent"
    fname = "System-Application-events.txt"
    kinds = {"disk_full", "oom_kill", "panic", "error_burst", "new_error"}
    lpe = 6.0
    weight = 0.7
    enc = "utf-16"
    eol = "\r\n"
    reverse = True
    has_banner = True
    hb_every = 6
    newerr_key = "not able to set up a secure session with a domain controller"

    def setup(self):
        self.svc = self.r.choice(["OrdersWorker", "Acme Sync Agent", "PrintBridge"])
        self.exe = self.svc.replace(" ", "") + ".exe"

    def rec(self, t, prov, eid, msg):
        L = ["TimeCreated  : %s" % self.us_date(t), "ProviderName : %s" % prov, "Id           : %d" % eid]
        ml = msg.split("\n")
        L.append("Message      : " + ml[0])
        L += [" " * 15 + x for x in ml[1:]]
        L.append("")
        return L

    def header(self, t):
        return ["", ""]

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.4:
            s = r.choice(["Windows Modules Installer", "WinHTTP Web Proxy Auto-Discovery Service",
                          "Windows Update", "Background Intelligent Transfer Service", "Microsoft Account Sign-in "
                          "Assistant"])
            return self.rec(t, "Service Control Manager", 7036, "The %s service entered the %s state." % (
                s, r.choice(["running", "stopped"])))
        if x < 0.6:
            return self.rec(t, "Microsoft-Windows-Security-SPP", 16384, "Successfully scheduled Software Protection "
                            "service for re-start at %s. Reason: RulesEngine." % (
                                time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t // US + 86400 * 3))))
        if x < 0.8:
            return self.rec(t, "Microsoft-Windows-GroupPolicy", 1500, "The Group Policy settings for the computer were "
                            "processed successfully. There were no changes detected since the last successful "
                            "processing of Group Policy.")
        return self.rec(t, "Microsoft-Windows-Winlogon", 7001, "User Logon Notification for Customer Experience "
                        "Improvement Program")

    def heartbeat(self, t, a):
        return self.rec(t, "Microsoft-Windows-Kernel-General", 16, "The access history in hive \\??\\C:\\Users\\"
                        "svc_app\\ntuser.dat was cleared updating %d keys and creating %d modified pages." % (
                            self.r.randint(10, 900), self.r.randint(1, 90)))

    def warn(self, t, a):
        r = self.r
        return self.rec(t, "Microsoft-Windows-DistributedCOM", 10016, "The application-specific permission settings "
                        "do not grant Local Activation permission for the COM Server application with CLSID \n"
                        "{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}\n and APPID \n{15C20B67-12E7-4BB6-92BB-7AFF07997402}\n"
                        " to the user NT AUTHORITY\\LOCAL SERVICE SID (S-1-5-19) from address LocalHost (Using LRPC) "
                        "running in the application container Unavailable SID (Unavailable). This security permission "
                        "can be modified using the Component Services administrative tool.")

    def error(self, t, a):
        return self.rec(t, "Service Control Manager", 7000, "The Acme Telemetry service failed to start due to the "
                        "following error: \nThe service did not respond to the start or control request in a timely "
                        "fashion.")

    def burst_error(self, t, a):
        return self.rec(t, "Schannel", 36887, "A fatal alert was received from the remote endpoint. The TLS protocol "
                        "defined fatal alert code is 46.")

    def newerr(self, t, a):
        return self.rec(t, "NETLOGON", 5719, "This computer was not able to set up a secure session with a domain "
                        "controller in domain ACME due to the following: \nThere are currently no logon servers "
                        "available to service the logon request. \nThis may lead to authentication problems. Make sure "
                        "that this computer is connected to the network. If the problem persists, please contact your "
                        "domain administrator.")

    def disk(self, t, a):
        if self.r.random() < 0.5:
            return self.rec(t, "srv", 2013, "The C: disk is at or near capacity.  You may need to delete some files.")
        return self.rec(t, "ESENT", 482, "svchost (%d,D,50) SoftwareUsageMetrics-Svc: An attempt to write to the file "
                        "\"C:\\Windows\\system32\\LogFiles\\Sum\\Svc.log\" at offset %d (0x%016x) for %d (0x%08x) bytes "
                        "failed after 0.000 seconds with system error 112 (0x00000070): \"There is not enough space on "
                        "the disk. \".  The write operation will fail with error -1808 (0xfffff8f0).  If this error "
                        "persists then the file may be damaged and may need to be restored from a previous backup." % (
                            self.r.randint(1000, 9000), 1048576, 1048576, 4096, 4096))

    def stopped(self, t):
        return self.rec(t, "Service Control Manager", 7031, "The %s service terminated unexpectedly.  It has done this "
                        "1 time(s).  The following corrective action will be taken in 2000 milliseconds: Restart the "
                        "service." % self.svc)

    def crash_panic(self, t, a):
        r = self.r
        return self.rec(t, "Application Error", 1000, "Faulting application name: %s, version: 2.3.%d.0, time stamp: "
                        "0x%s\nFaulting module name: KERNELBASE.dll, version: 10.0.17763.5122, time stamp: 0x2f5c6a3e\n"
                        "Exception code: 0xe0434352\nFault offset: 0x000000000003b699\nFaulting process id: 0x%x\n"
                        "Faulting application start time: 0x01d9%s\nFaulting application path: C:\\Program Files\\Acme\\"
                        "%s\nFaulting module path: C:\\Windows\\System32\\KERNELBASE.dll\nReport Id: %s\nFaulting "
                        "package full name: \nFaulting package-relative application ID: " % (
                            self.exe, r.randint(1, 9), hexs(r, 8), r.randint(0x400, 0x3000), hexs(r, 12), self.exe,
                            uuid4(r))) + self.stopped(t)

    def crash_oom(self, t, a):
        r = self.r
        return self.rec(t, "Microsoft-Windows-Resource-Exhaustion-Detector", 2004, "Windows successfully diagnosed a "
                        "low virtual memory condition. The following programs consumed the most virtual memory: %s "
                        "(%d) consumed %d bytes, sqlservr.exe (%d) consumed %d bytes, and MsMpEng.exe (%d) consumed "
                        "%d bytes." % (self.exe, r.randint(1000, 9000), r.randint(12, 15) * 1073741824,
                                       r.randint(1000, 9000), 4294967296, r.randint(1000, 9000), 312475648)) + \
            self.stopped(t)

    def shutdown(self, t, a):
        return self.rec(t, "Service Control Manager", 7036, "The %s service entered the stopped state." % self.svc)

    def banner(self, t, a):
        return self.rec(t, "Service Control Manager", 7036, "The %s service entered the running state." % self.svc)


# =====================================================================================================
class Cloudflare(Base):
    bpl = 650
    key = "cloudflare"
    fname = "http_requests.log.gz"
    kinds = {"http_5xx", "latency_shift", "traffic_flood", "silence"}
    zone_mode = "utc"
    res = 1
    weight = 1.9
    gz = True
    warn_rate = (0.3, 1.0)

    def setup(self):
        r = self.r
        self.tsf = r.choice(["unixnano", "rfc3339", "unixnano"])
        if self.tsf == "rfc3339":
            self.res = US
        self.newf = self.year >= 2022
        self.zone = r.choice(["shop.example.com", "api.acme.io"])
        self.fname = "%s_http_requests.log.gz" % self.zone.split(".")[0]
        self.colos = ["FRA", "AMS", "LHR", "CDG", "IAD", "SJC", "NRT", "BOM", "SIN"]

    def tsv(self, t):
        if self.tsf == "unixnano":
            return "%d%09d" % (t // US, t % US * 1000 + self.r.randrange(1000))
        s = time.gmtime(t // US)
        return '"%04d-%02d-%02dT%02d:%02d:%02dZ"' % s[:6]

    def req(self, t, lat, st, ip=None, p=None, ua=None, method=None):
        r = self.r
        p = p or path(r)
        ms = int(r.lognormvariate(4.0, 0.8) * lat)
        ost = st if st < 520 else 0
        ray = hexs(r, 16)
        dur = ('"OriginResponseDurationMs":%d' % ms) if self.newf else ('"OriginResponseTime":%d' % (ms * 1000000))
        end = t + (ms + r.randint(1, 30)) * 1000
        return '{"CacheCacheStatus":"%s","ClientCountry":"%s","ClientDeviceType":"%s","ClientIP":"%s",' \
               '"ClientRequestHost":"%s","ClientRequestMethod":"%s","ClientRequestProtocol":"HTTP/2",' \
               '"ClientRequestURI":"%s","ClientRequestUserAgent":"%s","EdgeColoCode":"%s","EdgeEndTimestamp":%s,' \
               '"EdgeResponseBytes":%d,"EdgeResponseStatus":%d,"EdgeStartTimestamp":%s,"OriginIP":"203.0.113.10",' \
               '%s,"OriginResponseStatus":%d,"RayID":"%s","WAFAction":"unknown","ZoneName":"%s"}' % (
                   r.choice(["miss", "dynamic", "dynamic", "hit"]), r.choice(["de", "us", "gb", "fr", "in", "jp"]),
                   r.choice(["desktop", "mobile"]), ip or pub(r), self.zone, method or r.choice(["GET", "GET", "POST"]),
                   p, ua or r.choice(UAS), r.choice(self.colos), self.tsv(end), r.randint(300, 90000), st, self.tsv(t),
                   dur, ost, ray, self.zone.split(".", 1)[1])

    def normal(self, t, a):
        r = self.r
        st = 200
        if a[1] and r.random() < a[1]:
            st = r.choice([502, 503, 504, 520, 521, 522, 524])
        elif r.random() < 0.04:
            st = r.choice([301, 304, 404, 403])
        return self.req(t, a[0], st)

    def warn(self, t, a):
        return self.req(t, 1.0, 429)

    def error(self, t, a):
        return self.req(t, 1.0, self.r.choice([502, 520, 524]))

    def flood(self, t, a):
        r = self.r
        return self.req(t, 1.0, 200, ip="%s.%d" % (self.attacker.rsplit(".", 1)[0], r.randint(1, 254)),
                        p="/api/v1/search?q=%s" % b62(r, 6), ua="Go-http-client/1.1", method="GET")


# =====================================================================================================
class Tornado(Base):
    key = "tornado"
    fname = "app-tornado.log"
    kinds = {"http_5xx", "latency_shift", "traffic_flood", "error_burst", "new_error", "silence"}
    res = US
    weight = 1.3
    lpe = 1.1
    newerr_key = "QueuePool limit of size 5 overflow 10 reached"

    def setup(self):
        r = self.r
        self.jup = r.random() < 0.5
        if self.jup:
            self.res = MS
            self.fname = "jupyterhub.log"
            self.app = "JupyterHub" if r.random() < 0.5 else ("ServerApp" if self.year >= 2021 else "NotebookApp")
        self.line = {2019: 2246, 2020: 2243, 2021: 2239, 2022: 2239, 2023: 2344}.get(self.year, 2348)

    def pre(self, t, lvl, mod="web", ln=None):
        s = self.tm(t)
        if self.jup:
            extra = " log:191" if self.app == "JupyterHub" and mod == "web" else ""
            return "[%s %04d-%02d-%02d %02d:%02d:%02d.%s %s%s] " % (lvl, s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour,
                                                                   s.tm_min, s.tm_sec, self.frac(t, 3), self.app, extra)
        return "[%s %02d%02d%02d %02d:%02d:%02d %s:%d] " % (lvl, s.tm_year % 100, s.tm_mon, s.tm_mday, s.tm_hour,
                                                            s.tm_min, s.tm_sec, mod, ln or self.line)

    def access(self, t, st, lat, ip=None, p=None, method=None):
        r = self.r
        ms = r.lognormvariate(2.6, 0.9) * lat
        lvl = "I" if st < 400 else ("W" if st < 500 else "E")
        if self.jup:
            p = p or r.choice(["/hub/api/users", "/user/%s/api/kernels" % r.choice(USERS), "/hub/health",
                               "/user/%s/api/contents/work" % r.choice(USERS), "/hub/api/authorizations/token"])
            who = "%s@%s" % (r.choice(USERS + ["cull-idle"]), ip or priv(r)) if self.year >= 2022 else (ip or priv(r))
        else:
            p = p or path(r)
            who = ip or priv(r)
        return self.pre(t, lvl) + "%d %s %s (%s) %.2fms" % (st, method or r.choice(["GET", "GET", "GET", "POST"]),
                                                            p, who, ms)

    def normal(self, t, a):
        r = self.r
        st = 200
        if a[1] and r.random() < a[1]:
            st = r.choice([500, 502, 503])
        elif r.random() < 0.05:
            st = r.choice([304, 404, 302, 403])
        return self.access(t, st, a[0])

    def warn(self, t, a):
        return self.pre(t, "W", "iostream", 1567) + "Write error on <socket.socket fd=%d, family=2, type=1, proto=6>: " \
            "[Errno 32] Broken pipe" % self.r.randint(10, 90) if not self.jup else \
            self.pre(t, "W") + "Blocking request with no referer"

    def tb(self, t, exc, uri):
        r = self.r
        h = [self.pre(t, "E", "web", 1793) + "Uncaught exception POST %s (%s)" % (uri, priv(r)),
             "    HTTPServerRequest(protocol='http', host='api.acme.io', method='POST', uri='%s', version='HTTP/1.1',"
             " remote_ip='%s')" % (uri, priv(r)),
             "    Traceback (most recent call last):",
             "      File \"/usr/local/lib/python3.11/site-packages/tornado/web.py\", line 1790, in _execute",
             "        result = await result",
             "      File \"/srv/app/handlers/orders.py\", line %d, in post" % r.randint(30, 200),
             "        order = await self.repo.create(payload)",
             "      File \"/srv/app/repo.py\", line %d, in create" % r.randint(30, 200)] + exc
        return h + [self.access(t, 500, 1.0, p=uri, method="POST")]

    def error(self, t, a):
        return self.tb(t, ["        raise ValueError(\"invalid sku %s\" % sku)", "    ValueError: invalid sku "
                           "%d" % self.r.randint(1000, 9999)], "/api/v1/orders")

    def burst_error(self, t, a):
        return self.tb(t, ["        await conn.execute(stmt)",
                           "    asyncpg.exceptions.DeadlockDetectedError: deadlock detected"], "/api/v1/payments")[:-1]

    def newerr(self, t, a):
        return self.tb(t, ["        conn = self.engine.connect()",
                           "    sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection "
                           "timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"],
                       "/api/v1/orders")

    def flood(self, t, a):
        return self.access(t, 200, 1.0, ip=self.attacker, p="/api/v1/search?q=%d" % self.r.randint(1, 99999),
                           method="GET")


# =====================================================================================================
class NodeDebug(Base):
    status_share = 0.8
    lat_share = 0.8
    key = "nodedebug"
    fname = "orders-api.debug.log"
    kinds = {"http_5xx", "latency_shift", "traffic_flood", "error_burst", "retry_storm", "new_error", "panic",
             "silence"}
    zone_mode = "utc"
    res = MS
    weight = 1.4
    has_retry = True
    has_banner = True
    newerr_key = "ERR_OSSL_EVP_UNSUPPORTED"

    def setup(self):
        r = self.r
        self.node = {2019: "v10.16.0", 2020: "v12.18.3", 2021: "v14.17.6", 2022: "v16.18.1",
                     2023: "v18.18.2"}.get(self.year, "v20.11.1")
        self.ver = "2.%d.%d" % (r.randint(1, 30), r.randint(0, 9))

    def pre(self, t, ns):
        s = time.gmtime(t // US)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ %s " % (s[:6] + (t % US // 1000, ns))

    def normal(self, t, a):
        r = self.r
        x = r.random()
        if x < 0.12:
            return self.pre(t, "express:router") + "dispatching GET %s" % path(r)
        if x < 0.2:
            return self.pre(t, "app:cache") + "hit %s:%d" % (r.choice(["product", "user", "cart"]), r.randint(1, 99999))
        st = 200
        if a[1] and r.random() < a[1]:
            st = r.choice([500, 502, 503])
        elif r.random() < 0.05:
            st = r.choice([201, 304, 404, 401])
        return self.pre(t, "app:http") + "%s %s %d %.3f ms - %d" % (r.choice(["GET", "GET", "POST", "PUT"]), path(r),
                                                                    st, r.lognormvariate(3.0, 0.8) * a[0],
                                                                    r.randint(20, 40000))

    def warn(self, t, a):
        return self.pre(t, "app:db") + "slow query (%d ms): SELECT * FROM orders WHERE customer_id = $1" % (
            self.r.randint(500, 3000))

    def error(self, t, a):
        return self.pre(t, "app:error") + "GET /api/v1/orders/%d failed: TimeoutError: ResourceRequest timed out" % (
            self.r.randint(1000, 99999))

    def burst_error(self, t, a):
        return self.pre(t, "app:error") + "POST /api/v1/payments failed: Error: Request failed with status code 502 " \
            "(psp.example.net)"

    def retry(self, t, a):
        return [self.pre(t, "ioredis:redis") + "status[10.0.3.7:6379]: reconnecting -> connecting",
                self.pre(t + 50 * MS, "ioredis:redis") + "status[10.0.3.7:6379]: connecting -> connect",
                self.pre(t + 60 * MS, "ioredis:redis") + "status[10.0.3.7:6379]: connect -> ready"]

    def storm_retry(self, t, a):
        r = self.r
        if r.random() < 0.5:
            return self.pre(t, "ioredis:redis") + "status[10.0.3.7:6379]: reconnecting -> connecting"
        return self.pre(t, "ioredis:connection") + "error: Error: connect ECONNREFUSED 10.0.3.7:6379, reconnect in " \
            "%dms" % r.choice([50, 100, 200, 400, 800, 1000, 2000])

    def newerr(self, t, a):
        return self.pre(t, "app:error") + "GET /api/v1/invoices/%d/pdf failed: Error: error:0308010C:digital " \
            "envelope routines::unsupported (code: ERR_OSSL_EVP_UNSUPPORTED)" % self.r.randint(1000, 99999)

    def crash_panic(self, t, a):
        r = self.r
        return ["/srv/app/node_modules/pg-pool/index.js:45", "    Error.captureStackTrace(err)",
                "          ^", "", "Error: Connection terminated unexpectedly",
                "    at /srv/app/node_modules/pg-pool/index.js:45:11",
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                "    at async OrdersRepo.find (/srv/app/src/orders/repo.js:%d:18)" % r.randint(20, 90), "",
                "Node.js %s" % self.node]

    def shutdown(self, t, a):
        return [self.pre(t, "app:server") + "received SIGTERM, draining connections",
                self.pre(t, "app:server") + "closed"]

    def banner(self, t, a):
        r = self.r
        return [self.pre(t, "app:server") + "starting orders-api v%s (node %s, pid %d)" % (self.ver, self.node,
                                                                                           r.randint(20, 9000)),
                self.pre(t, "app:db") + "pool created (max 10)",
                self.pre(t, "ioredis:redis") + "status[10.0.3.7:6379]: [empty] -> connecting",
                self.pre(t, "ioredis:redis") + "status[10.0.3.7:6379]: connect -> ready",
                self.pre(t, "app:server") + "listening on :3000"]

    def flood(self, t, a):
        r = self.r
        return self.pre(t, "app:http") + "GET /api/v1/products?page=%d 200 %.3f ms - %d" % (
            r.randint(1, 9999), r.lognormvariate(3.0, 0.8), r.randint(2000, 40000))


# =====================================================================================================
class Werkzeug(Base):
    key = "werkzeug"
    fname = "flask-dev.log"
    kinds = {"http_5xx", "traffic_flood", "silence", "error_burst"}
    weight = 1.1
    lpe = 1.2

    def setup(self):
        self.django = self.r.random() < 0.5
        if self.django:
            self.fname = "runserver.log"

    def acc(self, t, st, ip=None, p=None, m=None):
        r = self.r
        s = self.tm(t)
        d = "%02d/%s/%04d %02d:%02d:%02d" % (s.tm_mday, MON[s.tm_mon - 1], s.tm_year, s.tm_hour, s.tm_min, s.tm_sec)
        p = p or path(r)
        if self.django:
            return "[%s] \"%s %s HTTP/1.1\" %d %d" % (d, m or r.choice(["GET", "GET", "POST"]), p, st,
                                                      r.randint(100, 40000))
        return "%s - - [%s] \"%s %s HTTP/1.1\" %d -" % (ip or priv(r), d, m or r.choice(["GET", "GET", "POST"]), p, st)

    def normal(self, t, a):
        r = self.r
        st = 200
        if a[1] and r.random() < a[1]:
            st = r.choice([500, 500, 502])
        elif r.random() < 0.05:
            st = r.choice([302, 304, 404])
        return self.acc(t, st)

    def exc(self, t, exc):
        r = self.r
        p = "/api/v1/orders/%d" % r.randint(1000, 99999)
        if self.django:
            head = "Internal Server Error: %s" % p
        else:
            s = self.tm(t)
            head = "[%04d-%02d-%02d %02d:%02d:%02d,%s] ERROR in app: Exception on %s [GET]" % (
                s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, self.frac(t, 3), p)
        return [head, "Traceback (most recent call last):",
                "  File \"/srv/app/venv/lib/python3.11/site-packages/%s\", line %d, in %s" % (
                    "django/core/handlers/exception.py" if self.django else "flask/app.py",
                    55 if self.django else 1463, "inner" if self.django else "wsgi_app"),
                "    response = get_response(request)" if self.django else "    response = self.full_dispatch_request()",
                "  File \"/srv/app/orders/views.py\", line %d, in detail" % r.randint(20, 200)] + exc + \
            [self.acc(t, 500, p=p, m="GET")]

    def error(self, t, a):
        return self.exc(t, ["    raise KeyError(sku)", "KeyError: 'SKU-%d'" % self.r.randint(1000, 9999)])

    def burst_error(self, t, a):
        return self.exc(t, ["    cur.execute(sql, params)",
                            "psycopg2.OperationalError: server closed the connection unexpectedly"])[:-1]

    def warn(self, t, a):
        if self.django:
            return ["Not Found: /favicon.ico", self.acc(t, 404, p="/favicon.ico", m="GET")]
        return self.acc(t, 404, p="/favicon.ico", m="GET")

    def flood(self, t, a):
        return self.acc(t, 200, ip=self.attacker, p="/api/v1/products?page=%d" % self.r.randint(1, 9999), m="GET")


# =====================================================================================================
class Dhcpd(Base):
    key = "dhcpd"
    fname = "dhcpd.log"
    kinds = {"traffic_flood", "error_burst", "new_error", "silence"}
    lpe = 2.0
    weight = 1.0
    enc = "latin-1"
    job_every = 60
    newerr_key = "is duplicate on"

    def setup(self):
        r = self.r
        self.hp = r.random() < 0.4
        if self.hp:
            self.res = 1
        self.pid = r.randint(500, 9000)
        self.host = r.choice(["dhcp01", "infra-dhcp", "ns2"])
        self.clients = [(":".join(hexs(r, 2) for _ in range(6)), r.choice(
            ["Müller-PC", "LAPTOP-%s" % hexs(r, 6).upper(), "iPhone", "Galaxy-S21", "büro-drucker", "NPI%s" % hexs(r, 6).upper(),
             "Françoise-MBP", "android-%s" % hexs(r, 16)]), "10.20.%d.%d" % (r.randint(0, 3), r.randint(10, 250)))
            for _ in range(120)]

    def pre(self, t):
        if self.hp:
            return "%sT%s.%s%s %s dhcpd[%d]: " % (self.ymd(t)[:10], self.ymd(t)[11:], self.frac(t, 6), self.offs(True),
                                                  self.host, self.pid)
        return "%s %s dhcpd[%d]: " % (self.syslog_ts(t), self.host, self.pid)

    def normal(self, t, a):
        r = self.r
        mac, hn, ip = r.choice(self.clients)
        p = self.pre(t)
        via = "eth1" if ip.split(".")[2] in "01" else "10.20.%s.1" % ip.split(".")[2]
        if r.random() < 0.7:
            return [p + "DHCPREQUEST for %s from %s (%s) via %s" % (ip, mac, hn, via),
                    p + "DHCPACK on %s to %s (%s) via %s" % (ip, mac, hn, via)]
        return [p + "DHCPDISCOVER from %s (%s) via %s" % (mac, hn, via),
                p + "DHCPOFFER on %s to %s (%s) via %s" % (ip, mac, hn, via),
                p + "DHCPREQUEST for %s (10.20.0.1) from %s (%s) via %s" % (ip, mac, hn, via),
                p + "DHCPACK on %s to %s (%s) via %s" % (ip, mac, hn, via)]

    def warn(self, t, a):
        r = self.r
        mac, hn, ip = r.choice(self.clients)
        p = self.pre(t)
        return [p + "DHCPREQUEST for 192.168.1.%d from %s (%s) via eth1: wrong network." % (r.randint(2, 200), mac, hn),
                p + "DHCPNAK on 192.168.1.%d to %s via eth1" % (r.randint(2, 200), mac)]

    def error(self, t, a):
        mac, hn, ip = self.r.choice(self.clients)
        return self.pre(t) + "DHCPDISCOVER from %s via 10.20.7.1: network 10.20.7.0/24: no free leases" % mac

    def burst_error(self, t, a):
        r = self.r
        mac = ":".join(hexs(r, 2) for _ in range(6))
        return self.pre(t) + "DHCPDISCOVER from %s via 10.20.2.1: network 10.20.2.0/24: no free leases" % mac

    def newerr(self, t, a):
        mac, hn, ip = self.r.choice(self.clients)
        return self.pre(t) + "uid lease %s for client %s is duplicate on 10.20.1.0/24" % (ip, mac)

    def flood(self, t, a):
        r = self.r
        mac = ":".join(hexs(r, 2) for _ in range(6))
        self.pool_ip = getattr(self, "pool_ip", 10) % 240 + 1
        p = self.pre(t)
        return [p + "DHCPDISCOVER from %s via eth1" % mac,
                p + "DHCPOFFER on 10.20.1.%d to %s via eth1" % (self.pool_ip + 10, mac)]

    def job(self, t, a):
        return self.pre(t) + "Wrote %d leases to leases file." % self.r.randint(300, 900)


FORMATS = [CiscoASA, FortiGate, PanOS, PfSense, Suricata, ZeekConn, ZeekHttp, ModSec, AuthLog, Exim, OpenVPN,
           Dmesg, GHActions, DB2Diag, K8sAudit, VaultAudit, NATS, MongoLegacy, MacLogShow, WinDNS, WinEventList,
           Cloudflare, Tornado, NodeDebug, Werkzeug, Dhcpd]
