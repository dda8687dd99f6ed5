"""Asterisk 'full' log, Asterisk queue_log and OpenSIPS (syslog, acc module)."""
from fmtbase import Format, MON


class AsteriskFull(Format):
    key = "asterisk_full"
    WEIGHT = 3.0
    AVG_LINES = 9.0
    ERR_RATE = 1.5
    WARN_FRAC = 0.03
    RETRY_RATE = 0.04
    NORMAL = [(34, "c_internal"), (24, "c_outbound"), (8, "c_noanswer"), (4, "c_busy"), (10, "c_reg"),
              (4, "c_ami"), (8, "c_sec_ok")]
    WARNS = [(3, "w_rtp_learn"), (2, "w_unreach")]
    ERRORS = [("e_noendpoint", r"failed for '[\d.]+:\d+' \(callid: \S+\) - No matching endpoint found"),
              ("e_auth", r"failed for '[\d.]+:\d+' \(callid: \S+\) - Failed to authenticate")]
    RETRY = ("r_outreg", r"No response received from 'sip:\S+' on registration attempt to '\S+', retrying in '\d+'")
    NEW_ERRORS = [("n_rtp", r"Oh dear\.\.\. we couldn't allocate a port for RTP instance"),
                  ("n_taskq", r"task processor queue reached \d+ scheduled tasks")]
    DISK = ("d_cdr", r"Unable to write CSV record to master '.*' : No space left on device")
    OOM = ("o_alloc", r"Memory Allocation Failure in function")
    PANIC = ("p_frack", r"FRACK!, Failed assertion bad magic number")
    BANNER_SIG = r"Asterisk Ready\."

    def setup(self):
        self.iso = bool(self.opts.get("iso"))
        self.clock = "'[YYYY-MM-DD HH:MM:SS]' local, no zone" if self.iso else "'[Mmm dd HH:MM:SS]' local (%b %e %T), no year"
        self.ext = list(range(1001, 1001 + self.r.randint(40, 120)))
        self.chan = self.r.randint(0x100, 0x3000)
        self.callid = self.r.randint(0x50, 0x800)
        self.phones = {e: self.sc.lan + ".%d.%d" % (self.r.randint(5, 8), self.r.randint(2, 250)) for e in self.ext}
        self.trunk = self.ch(("trunk-sipgate", "trunk-twilio", "trunk-telekom", "trunk-bt"))
        self.ver = self.ch(("18.10.0~dfsg+~cs6.10.40431411-2", "20.6.0", "16.28.0", "21.2.0"))
        self.prov = self.ch(("sip.provider.net", "sipconnect.example-carrier.com", "voice.example.net"))
        self.srv = self.sc.lan + ".5.2"

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            if self.iso:
                v = "[%s]" % self.s_ymd(t)
            else:
                g = self.lst(t)
                v = "[%s %2d %02d:%02d:%02d]" % (MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
            self._c1[k] = v
        return v

    def L(self, t, lvl, tid, cid, src, msg):
        return "%s %s[%d]%s %s: %s" % (self.ts(t), lvl, tid, "[C-%08x]" % cid if cid is not None else "", src, msg)

    def ch_name(self, ep):
        self.chan += 1
        return "PJSIP/%s-%08x" % (ep, self.chan)

    def bridge(self):
        return "%s-%s-%s-%s-%s" % (self.hx(8), self.hx(4), self.hx(4), self.hx(4), self.hx(12))

    def _call(self, t, outcome, outbound):
        self.callid += 1
        cid = self.callid
        tid = self.r.randint(3000, 99999)
        a = self.ch(self.ext)
        ca = self.ch_name(a)
        if outbound:
            dst = "+%d%d" % (self.ch((49, 44, 1, 33, 31, 61)), self.r.randint(100000000, 999999999))
            ctx, dial = "from-internal", "PJSIP/%s@%s,60,tT" % (dst, self.trunk)
            b_ep = self.trunk
        else:
            dst = str(self.ch(self.ext))
            ctx, dial = "from-internal", "PJSIP/%s,30,tT" % dst
            b_ep = dst
        out = []

        def V(tt, src, msg, lvl="VERBOSE"):
            out.append((tt, self.L(tt, lvl, tid, cid, src, msg)))

        V(t, "pbx.c", "Executing [%s@%s:1] NoOp(\"%s\", \"Call %s -> %s\") in new stack" % (dst, ctx, ca, a, dst))
        V(t, "pbx.c", "Executing [%s@%s:2] Set(\"%s\", \"CDR(userfield)=%s\") in new stack" % (dst, ctx, ca, "ext" if outbound else "int"))
        if self.r.random() < 0.3:
            V(t, "pbx.c", "Executing [%s@%s:3] MixMonitor(\"%s\", \"%d.%d.wav,b\") in new stack" % (dst, ctx, ca, int(t), self.chan))
            V(t, "app_mixmonitor.c", "Begin MixMonitor Recording %s" % ca)
        V(t + 0.001, "pbx.c", "Executing [%s@%s:4] Dial(\"%s\", \"%s\") in new stack" % (dst, ctx, ca, dial))
        cb = self.ch_name(b_ep)
        V(t + 0.01, "app_dial.c", "Called %s" % dial.split(",")[0])
        ring = t + self.r.uniform(0.2, 2.5)
        if outbound:
            V(ring, "app_dial.c", "%s is making progress passing it to %s" % (cb, ca))
        else:
            V(ring, "app_dial.c", "%s is ringing" % cb)
        if outcome == "answer":
            ans = ring + self.r.uniform(2, 18)
            br = self.bridge()
            V(ans, "app_dial.c", "%s answered %s" % (cb, ca))
            V(ans + 0.01, "bridge_channel.c", "Channel %s joined 'simple_bridge' basic-bridge <%s>" % (cb, br))
            V(ans + 0.01, "bridge_channel.c", "Channel %s joined 'simple_bridge' basic-bridge <%s>" % (ca, br))
            end = ans + self.r.lognormvariate(4.3, 0.9)
            V(end, "bridge_channel.c", "Channel %s left 'native_rtp' basic-bridge <%s>" % (ca, br))
            V(end, "bridge_channel.c", "Channel %s left 'native_rtp' basic-bridge <%s>" % (cb, br))
            V(end + 0.001, "pbx.c", "Spawn extension (%s, %s, 4) exited non-zero on '%s'" % (ctx, dst, ca))
        elif outcome == "noanswer":
            end = ring + 30
            V(end, "app_dial.c", "Nobody picked up in 30000 ms")
            V(end, "pbx.c", "Executing [%s@%s:5] VoiceMail(\"%s\", \"%s@default,u\") in new stack" % (dst, ctx, ca, dst))
            V(end + 0.05, "file.c", "<%s> Playing 'vm-intro.gsm' (language 'en')" % ca)
            V(end + self.r.uniform(8, 40), "app_voicemail.c", "Recording the message")
        else:
            V(ring, "app_dial.c", "Everyone is busy/congested at this time (1:1/0/0)")
            V(ring, "pbx.c", "Auto fallthrough, channel '%s' status is 'BUSY'" % ca)
        return out

    def c_internal(self, t):
        return self._call(t, "answer", False)

    def c_outbound(self, t):
        return self._call(t, "answer", True)

    def c_noanswer(self, t):
        return self._call(t, "noanswer", False)

    def c_busy(self, t):
        return self._call(t, "busy", self.r.random() < 0.5)

    def c_reg(self, t):
        e = self.ch(self.ext)
        uri = "sip:%d@%s:%d" % (e, self.phones[e], self.ch((5060, 5060, 5062, self.port())))
        tid = self.r.randint(3000, 99999)
        if self.r.random() < 0.5:
            return [(t, self.L(t, "VERBOSE", tid, None, "res_pjsip_registrar.c", "Added contact '%s' to AOR '%d' with expiration of 3600 seconds" % (uri, e))),
                    (t + 0.02, self.L(t + 0.02, "VERBOSE", tid, None, "res_pjsip/pjsip_options.c", "Contact %d/%s is now Reachable.  RTT: %.3f msec" % (e, uri, self.dur(8.0, 0.7))))]
        return [(t, self.L(t, "VERBOSE", tid, None, "res_pjsip_registrar.c", "Removed contact '%s' from AOR '%d' due to request" % (uri, e))),
                (t + 0.001, self.L(t + 0.001, "VERBOSE", tid, None, "res_pjsip/pjsip_options.c", "Contact %d/%s has been deleted" % (e, uri)))]

    def c_ami(self, t):
        tid = self.r.randint(3000, 99999)
        who = self.ch(("fop2", "crm", "monitoring"))
        t2 = t + self.r.uniform(0.5, 5)
        return [(t, self.L(t, "VERBOSE", tid, None, "manager.c", "Manager '%s' logged on from 127.0.0.1" % who)),
                (t2, self.L(t2, "VERBOSE", tid, None, "manager.c", "Manager '%s' logged off from 127.0.0.1" % who))]

    def evtv(self, t):
        g = self.lst(t)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%s%s" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec,
                                                      self.frac(t, 6), self.offstr(False))

    def c_sec_ok(self, t):
        e = self.ch(self.ext)
        return self.L(t, "SECURITY", self.r.randint(3000, 99999), None, "res_security_log.c",
                      "SecurityEvent=\"SuccessfulAuth\",EventTV=\"%s\",Severity=\"Informational\",Service=\"PJSIP\",EventVersion=\"1\",AccountID=\"%d\",SessionID=\"%s\",LocalAddress=\"IPV4/UDP/%s/5060\",RemoteAddress=\"IPV4/UDP/%s/5060\",UsingPassword=\"1\"" % (
                          self.evtv(t), e, self.hx(24), self.srv, self.phones[e]))

    def w_rtp_learn(self, t):
        e = self.ch(self.ext)
        return self.L(t, "NOTICE", self.r.randint(3000, 99999), self.callid, "res_rtp_asterisk.c",
                      "0x7f%s -- Strict RTP learning complete - Locking on source address %s:%d" % (self.hx(10), self.phones[e], self.r.randint(10000, 20000) // 2 * 2))

    def w_unreach(self, t):
        e = self.ch(self.ext)
        uri = "sip:%d@%s:5060" % (e, self.phones[e])
        return self.L(t, "VERBOSE", self.r.randint(3000, 99999), None, "res_pjsip/pjsip_options.c", "Contact %d/%s is now Unreachable.  RTT: 0.000 msec" % (e, uri))

    def _dist(self, t, why):
        ip = self.pubip()
        m = self.ch(("REGISTER", "REGISTER", "INVITE", "OPTIONS"))
        u = self.ch(("100", "1001", "admin", "200", "1000", "101"))
        return self.L(t, "NOTICE", self.r.randint(3000, 99999), None, "res_pjsip/pjsip_distributor.c",
                      "Request '%s' from '\"%s\" <sip:%s@%s>' failed for '%s:%d' (callid: %s) - %s" % (
                          m, u, u, ip, ip, self.ch((5060, 5070, 5080, self.port())), self.hx(32), why))

    def e_noendpoint(self, t):
        return self._dist(t, "No matching endpoint found")

    def e_auth(self, t):
        return self._dist(t, "Failed to authenticate")

    def r_outreg(self, t):
        return self.L(t, "WARNING", self.r.randint(3000, 99999), None, "res_pjsip_outbound_registration.c",
                      "No response received from 'sip:%s' on registration attempt to 'sip:%d@%s', retrying in '%d'" % (
                          self.prov, self.r.randint(4930000000, 4939999999), self.prov, self.ch((60, 10, 30))))

    def n_rtp(self, t):
        return self.L(t, "WARNING", self.r.randint(3000, 99999), self.callid + self.r.randint(0, 5), "res_rtp_asterisk.c",
                      "Oh dear... we couldn't allocate a port for RTP instance '0x7f%s'" % self.hx(10))

    def n_taskq(self, t):
        e = self.ch(self.ext)
        return self.L(t, "WARNING", self.r.randint(3000, 99999), None, "taskprocessor.c",
                      "The 'stasis/m:cache_pattern:1/endpoint:PJSIP/%d-%s' task processor queue reached %d scheduled tasks again." % (
                          e, self.hx(8), self.ch((500, 500, 1500, 3000))))

    def d_cdr(self, t):
        return self.L(t, "ERROR", self.r.randint(3000, 99999), None, "cdr_csv.c",
                      "Unable to write CSV record to master '/var/log/asterisk/cdr-csv/Master.csv' : No space left on device")

    def o_alloc(self, t):
        tid = self.r.randint(3000, 99999)
        out = []
        for i, (fn, ln, f) in enumerate((("ast_str_create", 600, "strings.h"), ("__ast_channel_alloc_ap", 827, "channel.c"),
                                         ("ast_json_pack", 120, "json.c"))):
            tt = t + 0.001 * i
            out.append((tt, self.L(tt, "ERROR", tid, self.callid, f, "Memory Allocation Failure in function %s at line %d of /usr/src/asterisk/main/%s" % (fn, ln, f))))
        return out

    def p_frack(self, t):
        tid = self.r.randint(3000, 99999)
        cid = self.callid
        o = "0x7f%s" % self.hx(10)
        out = [self.L(t, "ERROR", tid, cid, "astobj2.c", "user_data is NULL"),
               self.L(t, "ERROR", tid, cid, "astobj2.c", "FRACK!, Failed assertion bad magic number 0x0 for object %s (0)" % o),
               self.L(t, "VERBOSE", tid, cid, "logger.c", "Got 14 backtrace records")]
        base = 0x55a000000000 + self.r.getrandbits(28)
        for i, fn in enumerate(("__ast_assert_failed", "__INTERNAL_OBJ_CHECK", "__ao2_ref", "ast_channel_unref",
                                "bridge_channel_internal_pull", "bridge_channel_depart_thread", "dummy_start")):
            out.append(self.L(t, "VERBOSE", tid, cid, "logger.c", "#%d: [0x%x] asterisk %s() (0x%x+%X)" % (
                i, base + self.r.getrandbits(16), fn, base, self.r.randint(0x10, 0x1ff))))
        out.append(self.L(t, "VERBOSE", tid, cid, "logger.c", "#7: [0x7f%s] libc.so.6 start_thread() (0x7f%s+2EE)" % (self.hx(10), self.hx(10))))
        return out

    def banner(self, t):
        p = self.pid_at(t)
        self.chan, self.callid = 0, 0
        msgs = [("NOTICE", "loader.c", "%d modules will be loaded." % self.r.randint(180, 240)),
                ("NOTICE", "cdr.c", "CDR simple logging enabled."),
                ("VERBOSE", "res_pjsip/config_transport.c", "Transport 'transport-udp' bound to 0.0.0.0:5060"),
                ("NOTICE", "res_pjsip_outbound_registration.c", "Outbound registration to 'sip:%s' with client 'sip:%d@%s' is now Registered" % (
                    self.prov, self.r.randint(4930000000, 4939999999), self.prov)),
                ("VERBOSE", "asterisk.c", "PBX UUID: %s" % self.bridge()),
                ("VERBOSE", "asterisk.c", "Asterisk Ready.")]
        out = []
        for i, (lvl, src, m) in enumerate(msgs):
            tt = t + (0.0 if i == 0 else 1.5 + 0.05 * i)
            out.append((tt, self.L(tt, lvl, p, None, src, m)))
        return out

    def shutdown(self, t):
        p = self.pid_at(t - 1)
        return [(t, self.L(t, "VERBOSE", p, None, "asterisk.c", "Beginning asterisk shutdown....")),
                (t + 0.2, self.L(t + 0.2, "VERBOSE", p, None, "asterisk.c", "Executing last dying rites")),
                (t + 0.4, self.L(t + 0.4, "VERBOSE", p, None, "asterisk.c", "Asterisk cleanly ending (0)."))]


class AsteriskQueue(Format):
    key = "asterisk_queue"
    clock = "epoch seconds (first field)"
    absolute = True
    WEIGHT = 0.6
    AVG_LINES = 3.3
    WARN_FRAC = 0.0
    LAT = True
    LAT_RE = r"\|CONNECT\|(\d+)\|"
    NORMAL = [(70, "q_call"), (12, "q_abandon"), (4, "q_pause")]
    BANNER_SIG = r"\|NONE\|NONE\|NONE\|QUEUESTART\|"

    def setup(self):
        self.queues = ["support", "sales", "billing", "helpdesk"]
        self.agents = ["PJSIP/%d" % (1001 + i) for i in range(24)]
        self.uid = self.r.randint(100, 9000)

    def L(self, t, uid, q, agent, ev, *data):
        return "%d|%s|%s|%s|%s|%s" % (int(t), uid, q, agent, ev, "|".join(str(d) for d in data))

    def uniq(self, t):
        self.uid += 1
        return "%d.%d" % (int(t), self.uid)

    def q_call(self, t):
        u, q = self.uniq(t), self.ch(self.queues)
        cli = "+%d%d" % (self.ch((49, 44, 1, 33)), self.r.randint(100000000, 999999999))
        hold = max(1, int(self.dur(18.0, 0.9)))
        out = [(t, self.L(t, u, q, "NONE", "ENTERQUEUE", "", cli, 1))]
        a = self.ch(self.agents)
        if self.r.random() < 0.2:
            out.append((t + min(hold, 15), self.L(t + min(hold, 15), u, q, self.ch(self.agents), "RINGNOANSWER", 15000)))
        tc = t + hold
        ring = self.r.randint(1, 9)
        talk = int(self.r.lognormvariate(5.0, 0.8))
        out.append((tc, self.L(tc, u, q, a, "CONNECT", hold, "%d.%d" % (int(tc), self.uid + 1), ring)))
        ev = "COMPLETECALLER" if self.r.random() < 0.55 else "COMPLETEAGENT"
        out.append((tc + talk, self.L(tc + talk, u, q, a, ev, hold, talk, 1)))
        return out

    def q_abandon(self, t):
        u, q = self.uniq(t), self.ch(self.queues)
        w = int(self.dur(40.0, 0.8))
        return [(t, self.L(t, u, q, "NONE", "ENTERQUEUE", "", "+%d" % self.r.randint(10 ** 10, 10 ** 11), self.r.randint(1, 4))),
                (t + w, self.L(t + w, u, q, "NONE", "ABANDON", self.r.randint(1, 4), self.r.randint(1, 4), w))]

    def q_pause(self, t):
        a, q = self.ch(self.agents), self.ch(self.queues)
        if self.r.random() < 0.5:
            return self.L(t, "NONE", q, a, "PAUSE", self.ch(("lunch", "break", "meeting", "")))
        return self.L(t, "NONE", q, a, "UNPAUSE", "")

    def banner(self, t):
        return [(t, self.L(t, "NONE", "NONE", "NONE", "QUEUESTART", ""))]


class OpenSips(Format):
    key = "opensips"
    WEIGHT = 1.5
    AVG_LINES = 1.8
    ERR_RATE = 0.8
    WARN_FRAC = 0.01
    NORMAL = [(50, "a_answered"), (30, "a_bye"), (14, "a_missed")]
    WARNS = [(2, "w_utimer")]
    ERRORS = [("e_firstline", r"parse_first_line: empty  or bad first line"),
              ("e_tcp", r"tcp_connect_blocking_timeout: connect timed out")]
    NEW_ERRORS = [("n_branches", r"t_forward_nonack: failure to add branches")]
    BANNER_SIG = r"version: opensips [\d.]+"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.dom = "voip." + self.sc.domain
        self.ver = self.ch(("3.4.3", "3.2.15", "3.1.11"))
        self.calls = []

    def L(self, t, msg):
        return self.syslog(t, "opensips", msg)

    def acc(self, t, kind, method, code, reason, cid=None):
        cid = cid or "%s@%s" % (self.hx(16), self.sc.lan + ".%d.%d" % (self.r.randint(5, 8), self.r.randint(2, 250)))
        return self.L(t, "ACC: %s: timestamp=%d;method=%s;from_tag=%s;to_tag=%s;call_id=%s;code=%d;reason=%s" % (
            kind, int(t), method, self.hx(8), "as" + self.hx(8) if code < 300 else "", cid, code, reason)), cid

    def a_answered(self, t):
        line, cid = self.acc(t, "transaction answered", "INVITE", 200, "OK")
        self.calls.append(cid)
        if len(self.calls) > 200:
            self.calls.pop(0)
        return line

    def a_bye(self, t):
        cid = self.ch(self.calls) if self.calls else None
        return self.acc(t, "transaction answered", "BYE", 200, "OK", cid)[0]

    def a_missed(self, t):
        code, reason = self.ch(((486, "Busy Here"), (487, "Request Terminated"), (487, "Request Terminated"),
                                (480, "Temporarily Unavailable"), (408, "Request Timeout"), (404, "Not Found"),
                                (603, "Decline")))
        return self.acc(t, "call missed", "INVITE", code, reason)[0]

    def w_utimer(self, t):
        a = self.r.randint(10 ** 7, 9 * 10 ** 7)
        return self.L(t, "WARNING:core:utimer_ticker: utimer task <tm-utimer> already scheduled for %d ms (now %d ms), it may overlap.." % (a, a + self.r.randint(100, 900)))

    def e_firstline(self, t):
        return [self.L(t, "ERROR:core:parse_first_line: empty  or bad first line"),
                self.L(t, "ERROR:core:parse_msg: message=<%s>" % self.ch(("\\r\\n\\r\\n", "GET / HTTP/1.1", "\\x00\\x00"))),
                self.L(t, "ERROR:core:receive_msg: Unable to parse msg received from [%s:%d]" % (self.pubip(), self.port()))]

    def e_tcp(self, t):
        return self.L(t, "ERROR:core:tcp_connect_blocking_timeout: connect timed out, 100000 us elapsed out of 100000 us")

    def n_branches(self, t):
        return self.L(t, "ERROR:tm:t_forward_nonack: failure to add branches")

    def banner(self, t):
        msgs = ["INFO:core:main: using 64 Mb of shared memory", "INFO:core:main: using 4 Mb of private process memory",
                "NOTICE:core:main: version: opensips %s (x86_64/linux)" % self.ver,
                "INFO:core:evi_publish_event: Registered event <E_CORE_THRESHOLD(0)>",
                "INFO:core:evi_publish_event: Registered event <E_CORE_SHM_THRESHOLD(1)>",
                "NOTICE:core:main: using 2 TCP workers per listener"]
        return [(t + 0.01 * i, self.L(t + 0.01 * i, m)) for i, m in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.L(t, "INFO:core:handle_sigs: SIGTERM received, program terminates")),
                (t + 0.2, self.L(t + 0.2, "NOTICE:core:shutdown_opensips: Thank you for flying OpenSIPS!!"))]
