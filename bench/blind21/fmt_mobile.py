"""Open5GS network-function logs (amf/smf/upf) and a UERANSIM nr-gnb log."""
from fmtbase import Format


class _Open5gs(Format):
    key = "open5gs"
    clock = "'MM/DD HH:MM:SS.mmm:' local, no year, no zone"
    timed = "some"
    WARN_FRAC = 0.02
    NF = "amf"
    PANIC = ("p_assert", r"FATAL: .*: Assertion `.*' failed\.")
    BANNER_SIG = r"\[app\] INFO: Configuration: '/etc/open5gs/\w+\.yaml'"

    def setup(self):
        self.ver = self.opts.get("ver") or self.ch(("2.7.0", "2.6.6", "2.7.1"))
        self.mcc_mnc = self.ch((("001", "01"), ("999", "70"), ("001", "01"), ("315", "010")))
        mcc, mnc = self.mcc_mnc
        w = 15 - len(mcc) - len(mnc)
        self.subs = ["%s%s%0*d" % (mcc, mnc, w, self.r.randint(1, 9999)) for _ in range(800)]
        self.n_ue = self.r.randint(30, 300)
        self.n_sess = self.n_ue
        self.ngap = self.r.randint(100, 9000)
        self.nf_id = "%s-%s-%s-%s-%s" % (self.hx(8), self.hx(4), "11ee", self.hx(4), self.hx(12))
        self.sbi = {"amf": "127.0.0.5", "smf": "127.0.0.4", "upf": "127.0.0.7", "nrf": "127.0.0.10"}[self.NF]
        self.extra()

    def extra(self):
        pass

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            g = self.lst(t)
            v = "%02d/%02d %02d:%02d:%02d" % (g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
            self._c1[k] = v
        return "%s.%s" % (v, self.frac(t, 3))

    def L(self, t, mod, lvl, msg, src):
        return "%s: [%s] %s: %s (../%s)" % (self.ts(t), mod, lvl, msg, src)

    def imsi(self):
        return "imsi-" + self.ch(self.subs)

    def suci(self, imsi):
        d = imsi[5:]
        mcc, mnc = self.mcc_mnc
        return "suci-0-%s-%s-0000-0-0-%s" % (mcc, mnc, d[len(mcc) + len(mnc):])

    def p_assert(self, t):
        fn, cond, src = self.ASSERTS[self.r.randrange(len(self.ASSERTS))]
        out = [self.L(t, self.NF, "FATAL", "%s: Assertion `%s' failed." % (fn, cond), src),
               self.L(t, "core", "FATAL", "backtrace() returns 10 addresses", "lib/core/ogs-abort.c:37")]
        libs = [("/lib/x86_64-linux-gnu/libogscore.so.2", "ogs_abort+0x12"),
                ("/usr/bin/open5gs-%sd" % self.NF, "+0x%x" % self.r.randint(0x20000, 0x6ffff)),
                ("/usr/bin/open5gs-%sd" % self.NF, "+0x%x" % self.r.randint(0x20000, 0x6ffff)),
                ("/lib/x86_64-linux-gnu/libogscore.so.2", "ogs_fsm_dispatch+0x115"),
                ("/usr/bin/open5gs-%sd" % self.NF, "+0x%x" % self.r.randint(0x10000, 0x1ffff)),
                ("/lib/x86_64-linux-gnu/libogscore.so.2", "+0x%x" % self.r.randint(0x10000, 0x1ffff)),
                ("/lib/x86_64-linux-gnu/libc.so.6", "+0x94ac3"),
                ("/lib/x86_64-linux-gnu/libc.so.6", "+0x126850")]
        for lib, off in libs:
            out.append(self.L(t, "core", "FATAL", "%s(%s) [0x%x]" % (lib, off, 0x7f0000000000 + self.r.getrandbits(36)), "lib/core/ogs-abort.c:49"))
        return out

    def banner(self, t):
        self.n_ue, self.n_sess = 0, 0
        nf = self.NF
        msgs = [("app", "Configuration: '/etc/open5gs/%s.yaml'" % nf, "lib/app/ogs-init.c:126"),
                ("app", "File Logging: '/var/log/open5gs/%s.log'" % nf, "lib/app/ogs-init.c:129"),
                ("app", "LOG-LEVEL: 'info'", "lib/app/ogs-init.c:132")]
        msgs += self.BANNER_EXTRA
        out = [(t, "Open5GS daemon v%s" % self.ver), (t, "")]
        for i, (m, txt, src) in enumerate(msgs):
            tt = t + 0.001 * (i + 1)
            out.append((tt, self.L(tt, m, "INFO", txt.format(nf=nf, ip=self.sbi, id=self.nf_id), src)))
        return out

    def shutdown(self, t):
        return [(t, self.L(t, "sbi", "INFO", "[%s] NF de-registered" % self.nf_id, "lib/sbi/nf-sm.c:382")),
                (t + 0.1, self.L(t + 0.1, self.NF, "INFO", "%s terminate...done" % self.NF.upper(), "src/%s/app.c:42" % self.NF))]


class Open5gsAmf(_Open5gs):
    NF = "amf"
    WEIGHT = 3.0
    AVG_LINES = 8.0
    ERR_RATE = 0.8
    RETRY_RATE = 0.03
    NORMAL = [(30, "a_register"), (30, "a_release"), (22, "a_service"), (8, "a_dereg")]
    WARNS = [(3, "w_reject"), (2, "w_implicit")]
    ERRORS = [("e_nocontext", r"No UE Context : RAN_UE_NGAP_ID\[\d+\]"),
              ("e_http", r"\] HTTP response error \[\d+\]")]
    RETRY = ("r_sbi", r"Failed to connect to 127\.0\.0\.\d+ port 7777 after \d+ ms: Connection refused")
    NEW_ERRORS = [("n_mac", r"Authentication failure\(MAC failure\)")]
    ASSERTS = [("amf_nsmf_pdusession_handle_update_sm_context", "sess", "src/amf/nsmf-handler.c:571"),
               ("ngap_handle_initial_context_setup_response", "amf_ue", "src/amf/ngap-handler.c:1029"),
               ("gmm_state_registered", "ran_ue", "src/amf/gmm-sm.c:412")]
    BANNER_EXTRA = [("sbi", "nghttp2_server() [{ip}]:7777", "lib/sbi/nghttp2-server.c:417"),
                    ("amf", "ngap_server() [{ip}]:38412", "src/amf/ngap-sctp.c:61"),
                    ("sctp", "AMF initialize...done", "src/amf/app.c:33"),
                    ("sbi", "[{id}] NF registered [Heartbeat:10s]", "lib/sbi/nf-sm.c:221")]

    def extra(self):
        self.cell = self.r.randint(0x10, 0xfff)

    def _ngap_in(self, t, add=True):
        self.ngap += 1
        self.n_ue = max(1, self.n_ue + (1 if add else 0))
        return [(t, self.L(t, "amf", "INFO", "InitialUEMessage", "src/amf/ngap-handler.c:401")),
                (t, self.L(t, "amf", "INFO", "[Added] Number of gNB-UEs is now %d" % self.n_ue, "src/amf/context.c:2550")),
                (t, self.L(t, "amf", "INFO", "    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%d] TAC[1] CellID[0x%x]" % (
                    self.r.randint(0, 200), self.ngap, self.cell + self.r.randint(0, 3)), "src/amf/ngap-handler.c:562"))]

    def a_register(self, t):
        im = self.imsi()
        su = self.suci(im)
        out = self._ngap_in(t)
        t2 = t + self.r.uniform(0.05, 0.3)
        g = self.ust(t2)
        lg = self.lst(t2)
        out += [(t, self.L(t, "amf", "INFO", "[%s] %s UE by SUCI" % (su, self.ch(("known", "Unknown"))), "src/amf/context.c:1789")),
                (t, self.L(t, "gmm", "INFO", "Registration request", "src/amf/gmm-sm.c:1165")),
                (t, self.L(t, "gmm", "INFO", "[%s]    SUCI" % su, "src/amf/gmm-handler.c:166")),
                (t2, self.L(t2, "gmm", "INFO", "[%s] Registration complete" % im, "src/amf/gmm-sm.c:2146")),
                (t2, self.L(t2, "amf", "INFO", "[%s] Configuration update command" % im, "src/amf/nas-path.c:612")),
                (t2, self.L(t2, "gmm", "INFO", "    UTC [%04d-%02d-%02dT%02d:%02d:%02d] Timezone[0]/DST[0]" % (
                    g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec), "src/amf/gmm-build.c:502")),
                (t2, self.L(t2, "gmm", "INFO", "    LOCAL [%04d-%02d-%02dT%02d:%02d:%02d] Timezone[%d]/DST[0]" % (
                    lg.tm_year, lg.tm_mon, lg.tm_mday, lg.tm_hour, lg.tm_min, lg.tm_sec, self.off), "src/amf/gmm-build.c:507"))]
        t3 = t2 + self.r.uniform(0.05, 0.4)
        self.n_sess += 1
        out += [(t3, self.L(t3, "amf", "INFO", "[Added] Number of AMF-Sessions is now %d" % self.n_sess, "src/amf/context.c:2571")),
                (t3, self.L(t3, "gmm", "INFO", "UE SUPI[%s] DNN[%s] S_NSSAI[SST:1 SD:0xffffff] smContextRef [NULL]" % (
                    im, self.ch(("internet", "internet", "ims"))), "src/amf/gmm-handler.c:1285")),
                (t3, self.L(t3, "gmm", "INFO", "SMF Instance [%s]" % self.nf_id[::-1], "src/amf/gmm-handler.c:1324"))]
        return out

    def a_release(self, t):
        im = self.imsi()
        self.n_ue = max(1, self.n_ue - 1)
        return [(t, self.L(t, "amf", "INFO", "UE Context Release [Action:%d]" % self.ch((1, 2, 3)), "src/amf/ngap-handler.c:1676")),
                (t, self.L(t, "amf", "INFO", "    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%d]" % (self.r.randint(0, 200), self.ngap - self.r.randint(0, 300)), "src/amf/ngap-handler.c:1677")),
                (t, self.L(t, "amf", "INFO", "    SUCI[%s]" % self.suci(im), "src/amf/ngap-handler.c:1680")),
                (t, self.L(t, "amf", "INFO", "[Removed] Number of gNB-UEs is now %d" % self.n_ue, "src/amf/context.c:2557"))]

    def a_service(self, t):
        im = self.imsi()
        out = self._ngap_in(t)
        out += [(t, self.L(t, "gmm", "INFO", "Service request", "src/amf/gmm-sm.c:1264")),
                (t, self.L(t, "gmm", "INFO", "[%s]    5G-S_GUTI[AMF_ID:0x20040,M_TMSI:0xc%07x]" % (im, self.r.getrandbits(24)), "src/amf/gmm-handler.c:650"))]
        return out

    def a_dereg(self, t):
        im = self.imsi()
        self.n_sess = max(1, self.n_sess - 1)
        return [(t, self.L(t, "gmm", "INFO", "Deregistration request", "src/amf/gmm-sm.c:1317")),
                (t, self.L(t, "gmm", "INFO", "[%s]    SUCI" % self.suci(im), "src/amf/gmm-handler.c:594")),
                (t + 0.01, self.L(t + 0.01, "amf", "INFO", "[Removed] Number of AMF-Sessions is now %d" % self.n_sess, "src/amf/context.c:2578"))]

    def w_reject(self, t):
        return self.L(t, "gmm", "WARNING", "[%s] Registration reject [%d]" % (self.suci(self.imsi()), self.ch((7, 11, 15, 27))), "src/amf/gmm-sm.c:1385")

    def w_implicit(self, t):
        return self.L(t, "gmm", "WARNING", "[%s] Implicit De-registration" % self.imsi(), "src/amf/gmm-sm.c:233")

    def e_nocontext(self, t):
        return self.L(t, "amf", "ERROR", "No UE Context : RAN_UE_NGAP_ID[%d]" % self.r.randint(0, 400), "src/amf/ngap-handler.c:1605")

    def e_http(self, t):
        return self.L(t, "amf", "ERROR", "[%s] HTTP response error [%d]" % (self.imsi(), self.ch((404, 400, 403))), "src/amf/nsmf-handler.c:266")

    def r_sbi(self, t):
        return self.L(t, "sbi", "WARNING", "[7] Failed to connect to 127.0.0.%d port 7777 after 0 ms: Connection refused" % self.ch((4, 10, 11, 12)), "lib/sbi/client.c:684")

    def n_mac(self, t):
        return self.L(t, "amf", "WARNING", "[%s] Authentication failure(MAC failure)" % self.suci(self.imsi()), "src/amf/gmm-sm.c:1822")


class Open5gsSmf(_Open5gs):
    NF = "smf"
    WEIGHT = 1.6
    AVG_LINES = 3.0
    ERR_RATE = 0.4
    NORMAL = [(50, "s_create"), (45, "s_remove")]
    WARNS = [(2, "w_noresp")]
    ERRORS = [("e_nosess", r"\] No Session Context$|No Session Context \(")]
    ASSERTS = [("smf_gsm_state_operational", "sess", "src/smf/gsm-sm.c:640"),
               ("smf_n4_handle_session_modification_response", "xact", "src/smf/n4-handler.c:374")]
    BANNER_EXTRA = [("sbi", "nghttp2_server() [{ip}]:7777", "lib/sbi/nghttp2-server.c:417"),
                    ("gtp", "gtp_server() [{ip}]:2123", "lib/gtp/path.c:30"),
                    ("pfcp", "pfcp_server() [{ip}]:8805", "lib/pfcp/path.c:30"),
                    ("app", "SMF initialize...done", "src/smf/app.c:31"),
                    ("smf", "PFCP associated [127.0.0.7]:8805", "src/smf/pfcp-sm.c:184")]

    def ip(self):
        return "10.45.%d.%d" % (self.r.randint(0, 3), self.r.randint(2, 254))

    def s_create(self, t):
        im = self.imsi()
        self.n_sess += 1
        return [(t, self.L(t, "smf", "INFO", "[Added] Number of SMF-UEs is now %d" % self.n_sess, "src/smf/context.c:1019")),
                (t, self.L(t, "smf", "INFO", "[Added] Number of SMF-Sessions is now %d" % self.n_sess, "src/smf/context.c:3090")),
                (t + 0.02, self.L(t + 0.02, "smf", "INFO", "UE SUPI[%s] DNN[internet] IPv4[%s] IPv6[]" % (im, self.ip()), "src/smf/npcf-handler.c:542"))]

    def s_remove(self, t):
        self.n_sess = max(1, self.n_sess - 1)
        return [(t, self.L(t, "smf", "INFO", "[Removed] Number of SMF-Sessions is now %d" % self.n_sess, "src/smf/context.c:3137")),
                (t, self.L(t, "smf", "INFO", "[Removed] Number of SMF-UEs is now %d" % self.n_sess, "src/smf/context.c:1079"))]

    def w_noresp(self, t):
        return self.L(t, "pfcp", "WARNING", "[%d] LOCAL No Reponse. Give up! for step 1 type 52 peer [127.0.0.7]:8805" % self.r.randint(1, 900), "lib/pfcp/xact.c:599")

    def e_nosess(self, t):
        return self.L(t, "smf", "ERROR", "[%s] No Session Context" % self.imsi(), "src/smf/nsmf-handler.c:381")


class Open5gsUpf(_Open5gs):
    NF = "upf"
    WEIGHT = 1.4
    AVG_LINES = 2.0
    ERR_RATE = 0.3
    NORMAL = [(50, "u_add"), (45, "u_remove")]
    WARNS = [(2, "w_teid")]
    ERRORS = [("e_nosess", r"No Session Context \[SEID:0x[0-9a-f]+\]")]
    NEW_ERRORS = [("n_pool", r"ogs_pkbuf_alloc\(\) failed")]
    ASSERTS = [("upf_n4_handle_session_establishment_request", "sess", "src/upf/n4-handler.c:124")]
    BANNER_EXTRA = [("pfcp", "pfcp_server() [{ip}]:8805", "lib/pfcp/path.c:30"),
                    ("gtp", "gtp_server() [{ip}]:2152", "lib/gtp/path.c:30"),
                    ("app", "UPF initialize...done", "src/upf/app.c:31"),
                    ("upf", "PFCP associated [127.0.0.4]:8805", "src/upf/pfcp-sm.c:184")]

    def u_add(self, t):
        self.n_sess += 1
        return [(t, self.L(t, "upf", "INFO", "[Added] Number of UPF-Sessions is now %d" % self.n_sess, "src/upf/context.c:206")),
                (t, self.L(t, "upf", "INFO", "UE F-SEID[UP:0x%x CP:0x%x] APN[internet] PDN-Type[1] IPv4[10.45.%d.%d] IPv6[]" % (
                    self.r.randint(1, 0xfff), self.r.randint(1, 0xfff), self.r.randint(0, 3), self.r.randint(2, 254)), "src/upf/context.c:483"))]

    def u_remove(self, t):
        self.n_sess = max(1, self.n_sess - 1)
        return self.L(t, "upf", "INFO", "[Removed] Number of UPF-sessions is now %d" % self.n_sess, "src/upf/context.c:266")

    def w_teid(self, t):
        return self.L(t, "gtp", "WARNING", "[RECV] Unknown TEID[0x%x] from [192.168.%d.%d]:2152" % (self.r.getrandbits(24), self.r.randint(10, 20), self.r.randint(2, 250)), "src/upf/gtp-path.c:500")

    def e_nosess(self, t):
        return self.L(t, "upf", "ERROR", "No Session Context [SEID:0x%x]" % self.r.randint(1, 0xfff), "src/upf/n4-handler.c:214")

    def n_pool(self, t):
        return self.L(t, "core", "ERROR", "ogs_pkbuf_alloc() failed", "lib/core/ogs-pkbuf.c:212")


class Ueransim(Format):
    key = "ueransim"
    clock = "'[YYYY-MM-DD HH:MM:SS.mmm]' local, no zone"
    timed = "some"
    WEIGHT = 1.5
    AVG_LINES = 3.5
    ERR_RATE = 0.3
    WARN_FRAC = 0.01
    RETRY_RATE = 0.02
    NORMAL = [(35, "g_attach"), (30, "g_release"), (15, "g_signal"), (10, "g_pdu")]
    WARNS = [(2, "w_lost")]
    ERRORS = [("e_errind", r"Error indication received\. Cause: radio-network/unknown-local-UE-NGAP-ID")]
    RETRY = ("r_sctp", r"SCTP could not connect: Connection refused")
    RETRY_OK = "r_sctp_ok"
    NEW_ERRORS = [("n_ngsetup", r"NG Setup procedure is failed\. Cause: misc/unspecified")]
    BANNER_SIG = r"UERANSIM v[\d.]+"

    def setup(self):
        self.ue = self.r.randint(50, 900)
        self.amf = "127.0.0.5"

    def L(self, t, mod, lvl, msg):
        return "[%s.%s] [%s] [%s] %s" % (self.s_ymd(t), self.frac(t, 3), mod, lvl, msg)

    def g_attach(self, t):
        self.ue += 1
        u = self.ue
        return [(t, self.L(t, "rrc", "debug", "UE[%d] new signal detected" % u)),
                (t + 0.01, self.L(t + 0.01, "rrc", "info", "RRC Setup for UE[%d]" % u)),
                (t + 0.012, self.L(t + 0.012, "ngap", "debug", "Initial NAS message received from UE[%d]" % u)),
                (t + 0.2, self.L(t + 0.2, "ngap", "debug", "Initial Context Setup Request received"))]

    def g_pdu(self, t):
        return self.L(t, "ngap", "info", "PDU session resource(s) setup for UE[%d] count[1]" % self.r.randint(max(1, self.ue - 200), self.ue))

    def g_release(self, t):
        u = self.r.randint(max(1, self.ue - 300), self.ue)
        return [(t, self.L(t, "ngap", "debug", "UE Context Release Command received")),
                (t + 0.001, self.L(t + 0.001, "rrc", "info", "Releasing RRC connection for UE[%d]" % u))]

    def g_signal(self, t):
        return self.L(t, "rls", "debug", "UE[%d] signal lost" % self.r.randint(max(1, self.ue - 300), self.ue))

    def w_lost(self, t):
        return self.L(t, "ngap", "warning", "Unhandled NGAP initiating-message received (%d)" % self.ch((9, 40, 41)))

    def e_errind(self, t):
        return self.L(t, "ngap", "error", "Error indication received. Cause: radio-network/unknown-local-UE-NGAP-ID")

    def r_sctp(self, t):
        return self.L(t, "sctp", "error", "Connecting to %s:38412 failed. SCTP could not connect: Connection refused" % self.amf)

    def r_sctp_ok(self, t):
        return [(t, self.L(t, "sctp", "info", "Trying to establish SCTP connection... (%s:38412)" % self.amf)),
                (t + 0.001, self.L(t + 0.001, "sctp", "info", "SCTP connection established (%s:38412)" % self.amf))]

    def n_ngsetup(self, t):
        return self.L(t, "ngap", "error", "NG Setup procedure is failed. Cause: misc/unspecified")

    def banner(self, t):
        out = [(t, "UERANSIM v3.2.6")]
        msgs = [("sctp", "info", "Trying to establish SCTP connection... (%s:38412)" % self.amf),
                ("sctp", "info", "SCTP connection established (%s:38412)" % self.amf),
                ("sctp", "debug", "SCTP association setup ascId[%d]" % self.r.randint(2, 99)),
                ("ngap", "debug", "Sending NG Setup Request"),
                ("ngap", "debug", "NG Setup Response received"),
                ("ngap", "info", "NG Setup procedure is successful")]
        for i, (m, l, x) in enumerate(msgs):
            tt = t + 0.002 * (i + 1)
            out.append((tt, self.L(tt, m, l, x)))
        return out
