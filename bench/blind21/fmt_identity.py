"""MIT krb5kdc.log, SSSD domain log, OpenLDAP slapd through syslog."""
from fmtbase import Format, MON, USERS, HOSTS

ET_MOD = "{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19)}"
ET_WIN = "{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), DEPRECATED:arcfour-hmac(23), DEPRECATED:arcfour-hmac-exp(24), UNSUPPORTED:(-135), UNSUPPORTED:des-cbc-md5(3)}"
ET_JAVA = "{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), DEPRECATED:des3-cbc-sha1(16), DEPRECATED:arcfour-hmac(23)}"
ETS = ((4, ET_MOD, 70), (6, ET_WIN, 18), (4, ET_JAVA, 12))
SVC = ("host", "nfs", "HTTP", "ldap", "cifs", "imap", "postgres")


class Krb5kdc(Format):
    key = "krb5kdc"
    clock = "'Mmm dd HH:MM:SS' local (day zero-padded), no year"
    WEIGHT = 2.5
    ERR_RATE = 1.0
    WARN_FRAC = 0.02
    NORMAL = [(22, "k_as"), (50, "k_tgs"), (6, "k_tcp_close"), (3, "k_renew")]
    WARNS = [(3, "w_unknown_server"), (1, "w_pw_expired")]
    ERRORS = [("e_preauth", r"PREAUTH_FAILED: \S+ for krbtgt/\S+, Preauthentication failed"),
              ("e_noclient", r"CLIENT_NOT_FOUND: \S+ for krbtgt/\S+, Client not found in Kerberos database")]
    NEW_ERRORS = [("n_integrity", r"PROCESS_TGS: authtime 0,  <unknown client> for <unknown server>, Decrypt integrity check failed")]
    BANNER_SIG = r"commencing operation"

    def setup(self):
        self.realm = self.sc.domain.upper()
        self.hostname = "kdc1." + self.sc.domain
        self.users = ["%s%s" % (self.ch(USERS), self.ch(("", "", "", "2", "-adm"))) for _ in range(400)]
        self.hosts = ["%s%d.%s" % (self.ch(HOSTS), self.r.randint(1, 30), self.sc.domain) for _ in range(80)]
        self.clients = [self.sc.lan + ".%d.%d" % (self.r.randint(3, 12), self.r.randint(2, 250)) for _ in range(300)]
        self.auth = {}

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            g = self.lst(t)
            v = "%s %02d %02d:%02d:%02d" % (MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
            self._c1[k] = v
        return v

    def L(self, t, msg, lvl="info"):
        return "%s %s krb5kdc[%d](%s): %s" % (self.ts(t), self.hostname, self.pid_at(t), lvl, msg)

    def et(self):
        x = self.r.random() * 100
        for n, s, w in ETS:
            x -= w
            if x <= 0:
                return n, s
        return ETS[0][:2]

    def u(self):
        return "%s@%s" % (self.users[int(self.r.random() ** 1.5 * len(self.users))], self.realm)

    def tgt(self):
        return "krbtgt/%s@%s" % (self.realm, self.realm)

    def k_as(self, t):
        n, s = self.et()
        u, ip = self.u(), self.ch(self.clients)
        self.auth[u] = int(t)
        rep = "aes256-cts-hmac-sha1-96(18)"
        return [(t, self.L(t, "AS_REQ (%d etypes %s) %s: NEEDED_PREAUTH: %s for %s, Additional pre-authentication required" % (n, s, ip, u, self.tgt()))),
                (t + 0.002, self.L(t + 0.002, "closing down fd %d" % self.r.randint(11, 40))),
                (t + 0.01, self.L(t + 0.01, "AS_REQ (%d etypes %s) %s: ISSUE: authtime %d, etypes {rep=%s, tkt=%s, ses=%s}, %s for %s" % (
                    n, s, ip, int(t), rep, rep, rep, u, self.tgt())))]

    def k_tgs(self, t):
        n, s = self.et()
        u, ip = self.u(), self.ch(self.clients)
        at = self.auth.get(u) or int(t) - self.r.randint(60, 36000)
        svc = "%s/%s@%s" % (self.ch(SVC), self.ch(self.hosts), self.realm)
        e = "aes256-cts-hmac-sha1-96(18)"
        return self.L(t, "TGS_REQ (%d etypes %s) %s: ISSUE: authtime %d, etypes {rep=%s, tkt=%s, ses=%s}, %s for %s" % (
            n, s, ip, at, e, e, e, u, svc))

    def k_tcp_close(self, t):
        return self.L(t, "closing down fd %d" % self.r.randint(11, 40))

    def k_renew(self, t):
        n, s = self.et()
        u, ip = self.u(), self.ch(self.clients)
        at = int(t) - self.r.randint(3600, 80000)
        e = "aes256-cts-hmac-sha1-96(18)"
        return self.L(t, "TGS_REQ (%d etypes %s) %s: ISSUE: authtime %d, etypes {rep=%s, tkt=%s, ses=%s}, %s for %s" % (
            n, s, ip, at, e, e, e, u, self.tgt()))

    def w_unknown_server(self, t):
        n, s = self.et()
        return self.L(t, "TGS_REQ (%d etypes %s) %s: LOOKING_UP_SERVER: authtime 0,  %s for HTTP/%s-old.%s@%s, Server not found in Kerberos database" % (
            n, s, self.ch(self.clients), self.u(), self.ch(HOSTS), self.sc.domain, self.realm))

    def w_pw_expired(self, t):
        n, s = self.et()
        u = self.u()
        return self.L(t, "AS_REQ (%d etypes %s) %s: CLIENT KEY EXPIRED: %s for %s, Password has expired" % (
            n, s, self.ch(self.clients), u, self.tgt()))

    def e_preauth(self, t):
        n, s = self.et()
        u, ip = self.u(), self.ch(self.clients)
        return [(t, self.L(t, "preauth (encrypted_timestamp) verify failure: Preauthentication failed")),
                (t, self.L(t, "AS_REQ (%d etypes %s) %s: PREAUTH_FAILED: %s for %s, Preauthentication failed" % (n, s, ip, u, self.tgt())))]

    def e_noclient(self, t):
        n, s = self.et()
        u = "%s%d@%s" % (self.ch(("admin", "test", "backup", "oracle", "guest", "user")), self.r.randint(1, 99), self.realm)
        return self.L(t, "AS_REQ (%d etypes %s) %s: CLIENT_NOT_FOUND: %s for %s, Client not found in Kerberos database" % (
            n, s, self.ch(self.clients), u, self.tgt()))

    def n_integrity(self, t):
        n, s = self.et()
        return self.L(t, "TGS_REQ (%d etypes %s) %s: PROCESS_TGS: authtime 0,  <unknown client> for <unknown server>, Decrypt integrity check failed" % (
            n, s, self.ch(self.clients)))

    def banner(self, t):
        msgs = ["setting up network...", "setsockopt(10,IPV6_V6ONLY,1) worked",
                "listening on fd 9: udp 0.0.0.0.88 (pktinfo)", "listening on fd 10: udp ::.88 (pktinfo)",
                "listening on fd 11: udp 0.0.0.0.464 (pktinfo)", "listening on fd 12: udp ::.464 (pktinfo)",
                "listening on fd 13: tcp 0.0.0.0.88", "listening on fd 14: tcp ::.88",
                "listening on fd 15: tcp 0.0.0.0.464", "listening on fd 16: tcp ::.464",
                "set up 8 sockets", "commencing operation"]
        return [(t + 0.002 * i, self.L(t + 0.002 * i, m)) for i, m in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.L(t, "shutting down"))]


class Sssd(Format):
    key = "sssd"
    timed = "all"
    WEIGHT = 3.0
    AVG_LINES = 9.0
    ERR_RATE = 0.6
    WARN_FRAC = 0.02
    RETRY_RATE = 0.05
    NORMAL = [(40, "s_user"), (25, "s_initgr"), (20, "s_pam"), (6, "s_group")]
    WARNS = [(3, "w_denied")]
    ERRORS = [("e_timelimit", r"Unexpected result from ldap: Timelimit exceeded\(3\)"),
              ("e_krb5child", r"The krb5_child process returned an error\. Please inspect the krb5_child\.log file")]
    RETRY = ("r_port", r"Marking port 389 of server '\S+' as 'not working'")
    RETRY_OK = "r_port_ok"
    NEW_ERRORS = [("n_save", r"Failed to save user \[")]
    BANNER_SIG = r"\[server_setup\] \(0x1f7c0\): Starting with debug level"
    HB = (300, "hb_ptask")

    def setup(self):
        self.us = bool(self.opts.get("usec"))
        self.clock = "'(YYYY-MM-DD HH:MM:SS%s)' local, no zone" % (":uuuuuu" if self.us else "")
        self.dom = self.sc.domain
        self.base = "dc=" + ",dc=".join(self.dom.split("."))
        self.rid = self.r.randint(100, 5000)
        self.req = self.r.randint(10, 900)
        self.cid = self.r.randint(2, 40)
        self.users = ["%s%s" % (self.ch(USERS), self.ch(("", "", "2", "3"))) for _ in range(300)]
        self.servers = ["ldap1." + self.dom, "ldap2." + self.dom]

    def ts(self, t):
        v = self.s_ymd(t)
        if self.us:
            return "(%s:%s)" % (v, self.frac(t, 6))
        return "(%s)" % v

    def L(self, t, fn, lvl, msg, rid=None):
        return "%s: [be[%s]] [%s] (%s): %s%s" % (self.ts(t), self.dom, fn, lvl,
                                                   "[RID#%d] " % rid if rid is not None else "", msg)

    def _req(self, t, kind, target, steps):
        self.rid += 1
        self.req += 1
        rid, n = self.rid, self.req
        out = [(t, self.L(t, "dp_get_account_info_handler" if kind == "Account" else "dp_pam_handler", "0x0200",
                          target, rid)),
               (t + 0.0001, self.L(t + 0.0001, "dp_attach_req", "0x0400",
                                   "DP Request [%s #%d]: REQ_TRACE: New request. [sssd.%s CID #%d] Flags [0x0001]." % (
                                       kind, n, "nss" if kind == "Account" else "pam", self.cid), rid)),
               (t + 0.0001, self.L(t + 0.0001, "dp_attach_req", "0x0400", "Number of active DP request: 1", rid))]
        tt = t + 0.0002
        for fn, lvl, msg, dt in steps:
            tt += dt
            out.append((tt, self.L(tt, fn, lvl, msg, rid)))
        tt += 0.0003
        out += [(tt, self.L(tt, "dp_req_done", "0x0400", "DP Request [%s #%d]: Request handler finished [0]: Success" % (kind, n), rid)),
                (tt, self.L(tt, "_dp_req_recv", "0x0400", "DP Request [%s #%d]: Receiving request data." % (kind, n), rid)),
                (tt, self.L(tt, "dp_req_destructor", "0x0400", "DP Request [%s #%d]: Request removed." % (kind, n), rid)),
                (tt, self.L(tt, "dp_req_destructor", "0x0400", "Number of active DP request: 0", rid))]
        return out

    def _search(self, flt, base):
        d = self.r.uniform(0.0008, 0.02)
        return [("sdap_get_generic_ext_step", "0x0400", "calling ldap_search_ext with [%s][%s]." % (flt, base), 0.0002),
                ("sdap_get_generic_op_finished", "0x0400", "Search result: Success(0), no errmsg set", d)]

    def s_user(self, t):
        u = self.ch(self.users)
        base = "ou=people," + self.base
        steps = [("sdap_search_user_next_base", "0x0400", "Searching for users with base [%s]" % base, 0.0001)]
        steps += self._search("(&(uid=%s)(objectclass=posixAccount)(uid=*)(&(uidNumber=*)(!(uidNumber=0))))" % u, base)
        steps += [("sdap_save_user", "0x0400", "Save user", 0.0002),
                  ("sdap_save_user", "0x0400", "Storing info for user %s@%s" % (u, self.dom), 0.0001)]
        return self._req(t, "Account", "Got request for [0x1][BE_REQ_USER][name=%s@%s]" % (u, self.dom), steps)

    def s_group(self, t):
        g = self.ch(("staff", "devops", "wheel", "finance", "research", "students", "vpn-users"))
        base = "ou=groups," + self.base
        steps = [("sdap_search_group_next_base", "0x0400", "Searching for groups with base [%s]" % base, 0.0001)]
        steps += self._search("(&(cn=%s)(objectclass=posixGroup)(cn=*)(&(gidNumber=*)(!(gidNumber=0))))" % g, base)
        steps += [("sdap_get_groups_process", "0x0400", "Search for groups, returned 1 results.", 0.0001)]
        return self._req(t, "Account", "Got request for [0x2][BE_REQ_GROUP][name=%s@%s]" % (g, self.dom), steps)

    def s_initgr(self, t):
        u = self.ch(self.users)
        base = "ou=groups," + self.base
        steps = [("sdap_get_initgr_next_base", "0x0400", "Searching for groups with base [%s]" % base, 0.0001)]
        steps += self._search("(&(memberUid=%s)(objectClass=posixGroup)(cn=*)(&(gidNumber=*)(!(gidNumber=0))))" % u, base)
        steps += [("sdap_initgr_rfc2307_process", "0x0400", "Found %d groups for user %s@%s" % (self.r.randint(1, 12), u, self.dom), 0.0001)]
        return self._req(t, "Account", "Got request for [0x3][BE_REQ_INITGROUPS][name=%s@%s]" % (u, self.dom), steps)

    def s_pam(self, t):
        u = self.ch(self.users)
        svc = self.ch(("sshd", "sshd", "sudo", "login", "gdm-password", "systemd-user"))
        steps = [("pam_print_data", "0x0100", "command: SSS_PAM_%s" % ("AUTHENTICATE" if svc != "systemd-user" else "ACCT_MGMT"), 0.0),
                 ("pam_print_data", "0x0100", "domain: %s" % self.dom, 0.0),
                 ("pam_print_data", "0x0100", "user: %s@%s" % (u, self.dom), 0.0),
                 ("pam_print_data", "0x0100", "service: %s" % svc, 0.0),
                 ("pam_print_data", "0x0100", "tty: %s" % ("ssh" if svc == "sshd" else "/dev/pts/%d" % self.r.randint(0, 9)), 0.0),
                 ("pam_print_data", "0x0100", "rhost: %s" % (self.sc.lan + ".%d.%d" % (self.r.randint(3, 12), self.r.randint(2, 250))), 0.0),
                 ("pam_print_data", "0x0100", "authtok type: %d (%s)" % ((1, "Password") if svc != "systemd-user" else (0, "No authentication token available")), 0.0),
                 ("pam_print_data", "0x0100", "priv: 1", 0.0),
                 ("pam_print_data", "0x0100", "cli_pid: %d" % self.r.randint(1000, 99999), 0.0)]
        if svc != "systemd-user":
            steps.append(("krb5_auth_done", "0x0400", "Child [%d] finished successfully." % self.r.randint(10000, 99999), self.r.uniform(0.02, 0.2)))
        return self._req(t, "PAM %s" % ("Authenticate" if svc != "systemd-user" else "Account"),
                         "Got request with the following data", steps)

    def w_denied(self, t):
        self.rid += 1
        u = self.ch(self.users)
        return self.L(t, "sdap_access_filter_done", "0x0100", "User [%s@%s] was not found with the specified filter. Denying access." % (u, self.dom), self.rid)

    def hb_ptask(self, t):
        out = [(t, self.L(t, "be_ptask_execute", "0x0400", "Task [Refresh Records]: executing task, timeout 14400 seconds")),
               (t + 0.01, self.L(t + 0.01, "be_ptask_done", "0x0400", "Task [Refresh Records]: finished successfully")),
               (t + 0.01, self.L(t + 0.01, "be_ptask_schedule", "0x0400", "Task [Refresh Records]: scheduling task 300 seconds from last execution time [%d]" % (int(t) + 300)))]
        return out

    def e_timelimit(self, t):
        self.rid += 1
        return self.L(t, "sdap_get_generic_op_finished", "0x0040", "Unexpected result from ldap: Timelimit exceeded(3), no errmsg set", self.rid)

    def e_krb5child(self, t):
        self.rid += 1
        return self.L(t, "krb5_auth_done", "0x0040", "The krb5_child process returned an error. Please inspect the krb5_child.log file or the journal for more information", self.rid)

    def r_port(self, t):
        return self.L(t, "fo_set_port_status", "0x0100", "Marking port 389 of server '%s' as 'not working'" % self.servers[0])

    def r_port_ok(self, t):
        return self.L(t, "fo_set_port_status", "0x0100", "Marking port 389 of server '%s' as 'working'" % self.ch(self.servers))

    def n_save(self, t):
        self.rid += 1
        u = self.ch(self.users)
        return [(t, self.L(t, "sysdb_store_user", "0x0040", "Cache update failed: [5]: Input/output error", self.rid)),
                (t, self.L(t, "sdap_save_user", "0x0040", "Failed to save user [%s@%s]" % (u, self.dom), self.rid))]

    def banner(self, t):
        self.rid, self.req = 0, 0
        msgs = [("server_setup", "0x1f7c0", "Starting with debug level = 0x07f0"),
                ("dp_load_module", "0x0400", "About to load module [ldap]."),
                ("dp_target_init", "0x0400", "Initializing target [id] with module [ldap]"),
                ("dp_target_init", "0x0400", "Initializing target [auth] with module [krb5]"),
                ("dp_target_init", "0x0400", "Initializing target [access] with module [simple]"),
                ("dp_target_init", "0x0400", "Initializing target [chpass] with module [krb5]"),
                ("be_process_init", "0x0400", "Backend provider (%s) started!" % self.dom)]
        return [(t + 0.01 * i, self.L(t + 0.01 * i, f, l, m)) for i, (f, l, m) in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.L(t, "orderly_shutdown", "0x0010", "SIGTERM: killing children"))]


class Slapd(Format):
    key = "slapd"
    WEIGHT = 3.0
    AVG_LINES = 7.0
    ERR_RATE = 0.8
    WARN_FRAC = 0.02
    RETRY_RATE = 0.06
    LAT = True
    LAT_RE = r"SEARCH RESULT tag=101 err=0 qtime=\S+ etime=(\d+\.\d+)"
    NORMAL = [(45, "c_session"), (45, "c_search"), (6, "c_mod")]
    WARNS = [(3, "w_lost"), (2, "w_defer")]
    ERRORS = [("e_badpw", r"RESULT tag=97 err=49 "), ("e_noconn", r"connection_read\(\d+\): no connection!")]
    RETRY = ("r_sync", r"do_syncrepl: rid=\d+ rc -1 retrying")
    RETRY_OK = "r_sync_ok"
    NEW_ERRORS = [("n_mapfull", r"MDB_MAP_FULL: Environment mapsize limit reached"),
                  ("n_filter", r"do_search: get_filter failed")]
    OOM = ("o_malloc", r"ch_malloc of \d+ bytes failed")
    BANNER_SIG = r"slapd starting"
    HB = (60, "hb_monitor")

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.base = "dc=" + ",dc=".join(self.sc.domain.split("."))
        self.conn = self.r.randint(1000, 90000)
        self.persist = [(self.r.randint(100, 999), self.r.randint(12, 60)) for _ in range(12)]
        self.ops = {c: self.r.randint(5, 5000) for c, _ in self.persist}
        self.users = ["%s%s" % (self.ch(USERS), self.ch(("", "", "2"))) for _ in range(300)]
        self.clients = [self.sc.lan + ".%d.%d" % (self.r.randint(3, 12), self.r.randint(2, 250)) for _ in range(200)]
        self.ver = self.ch(("2.5.16+dfsg-0ubuntu0.22.04.2 (Feb 19 2024 16:21:03)", "2.6.7+dfsg-1~exp1ubuntu8 (Mar 20 2024 10:02:11)",
                            "2.5.13+dfsg-5 (Feb  8 2023 01:53:20)"))

    def L(self, t, msg):
        return self.syslog(t, "slapd", msg)

    def res(self, tag, err, extra=""):
        q = self.r.uniform(0.000006, 0.00003)
        e = self.dur(0.0006 if tag == 101 else 0.0025, 0.8)
        return "%s RESULT tag=%d err=%d qtime=%.6f etime=%.6f%s text=" % ("SEARCH" if tag == 101 else "", tag, err, q, e, extra), e

    def srch(self, t, c, op, flt, base=None, n=1):
        base = base or "ou=people," + self.base
        r, e = self.res(101, 0, " nentries=%d" % n)
        return [(t, self.L(t, "conn=%d op=%d SRCH base=\"%s\" scope=2 deref=0 filter=\"%s\"" % (c, op, base, flt))),
                (t, self.L(t, "conn=%d op=%d SRCH attr=objectClass uid userPassword uidNumber gidNumber gecos homeDirectory loginShell krbPrincipalName cn memberOf modifyTimestamp shadowLastChange" % (c, op))),
                (t + e, self.L(t + e, "conn=%d op=%d %s" % (c, op, r)))]

    def flt(self):
        u = self.ch(self.users)
        return self.ch(("(&(uid=%s)(objectclass=posixAccount)(uid=*)(&(uidNumber=*)(!(uidNumber=0))))" % u,
                        "(&(memberUid=%s)(objectClass=posixGroup)(cn=*)(&(gidNumber=*)(!(gidNumber=0))))" % u,
                        "(&(objectClass=inetOrgPerson)(mail=%s@%s))" % (u, self.sc.domain)))

    def c_session(self, t):
        self.conn += 1
        c, fd = self.conn, self.r.randint(12, 80)
        ip = self.ch(self.clients)
        who = "uid=svc-%s,ou=services,%s" % (self.ch(("gitlab", "jenkins", "radius", "mail", "vpn", "wiki")), self.base)
        out = [(t, self.L(t, "conn=%d fd=%d ACCEPT from IP=%s:%d (IP=0.0.0.0:389)" % (c, fd, ip, self.port())))]
        t += 0.001
        out += [(t, self.L(t, "conn=%d op=0 EXT oid=1.3.6.1.4.1.1466.20037" % c)),
                (t, self.L(t, "conn=%d op=0 STARTTLS" % c)),
                (t, self.L(t, "conn=%d op=0 RESULT oid= err=0 qtime=0.000009 etime=0.000071 text=" % c)),
                (t + 0.004, self.L(t + 0.004, "conn=%d fd=%d TLS established tls_ssf=256 ssf=256 tls_proto=TLSv1.3 tls_cipher=TLS_AES_256_GCM_SHA384" % (c, fd)))]
        t += 0.005
        r, e = self.res(97, 0)
        out += [(t, self.L(t, "conn=%d op=1 BIND dn=\"%s\" method=128" % (c, who))),
                (t + e, self.L(t + e, "conn=%d op=1 BIND dn=\"%s\" mech=SIMPLE bind_ssf=0 ssf=256" % (c, who))),
                (t + e, self.L(t + e, "conn=%d op=1%s" % (c, r)))]
        t += e + 0.001
        out += self.srch(t, c, 2, self.flt())
        t += 0.01
        out += [(t, self.L(t, "conn=%d op=3 UNBIND" % c)), (t, self.L(t, "conn=%d fd=%d closed" % (c, fd)))]
        return out

    def c_search(self, t):
        c, fd = self.ch(self.persist)
        self.ops[c] += 1
        return self.srch(t, c, self.ops[c], self.flt())

    def c_mod(self, t):
        c, fd = self.ch(self.persist)
        self.ops[c] += 1
        op = self.ops[c]
        u = self.ch(self.users)
        r, e = self.res(103, 0)
        return [(t, self.L(t, "conn=%d op=%d MOD dn=\"uid=%s,ou=people,%s\"" % (c, op, u, self.base))),
                (t, self.L(t, "conn=%d op=%d MOD attr=%s" % (c, op, self.ch(("pwdFailureTime", "lastLogon", "authTimestamp", "pwdChangedTime userPassword"))))),
                (t + e, self.L(t + e, "conn=%d op=%d%s" % (c, op, r)))]

    def hb_monitor(self, t):
        self.conn += 1
        c, fd = self.conn, self.r.randint(12, 80)
        r, e = self.res(101, 0, " nentries=%d" % self.r.randint(38, 44))
        return [(t, self.L(t, "conn=%d fd=%d ACCEPT from PATH=/run/slapd/ldapi (PATH=/run/slapd/ldapi)" % (c, fd))),
                (t, self.L(t, "conn=%d op=0 BIND dn=\"\" method=163" % c)),
                (t, self.L(t, "conn=%d op=0 BIND authcid=\"root\" authzid=\"root\"" % c)),
                (t, self.L(t, "conn=%d op=0 BIND dn=\"gidNumber=0+uidNumber=0,cn=peercred,cn=external,cn=auth\" mech=EXTERNAL bind_ssf=0 ssf=71" % c)),
                (t, self.L(t, "conn=%d op=0 RESULT tag=97 err=0 qtime=0.000008 etime=0.000064 text=" % c)),
                (t, self.L(t, "conn=%d op=1 SRCH base=\"cn=monitor\" scope=2 deref=0 filter=\"(objectClass=*)\"" % c)),
                (t + e, self.L(t + e, "conn=%d op=1 %s" % (c, r.strip()))),
                (t + e, self.L(t + e, "conn=%d op=2 UNBIND" % c)),
                (t + e, self.L(t + e, "conn=%d fd=%d closed" % (c, fd)))]

    def w_lost(self, t):
        self.conn += 1
        return self.L(t, "conn=%d fd=%d closed (connection lost)" % (self.conn, self.r.randint(12, 80)))

    def w_defer(self, t):
        c, fd = self.ch(self.persist)
        return self.L(t, "connection_input: conn=%d deferring operation: binding" % c)

    def e_badpw(self, t):
        self.conn += 1
        c, fd = self.conn, self.r.randint(12, 80)
        u = self.ch(self.users)
        r, e = self.res(97, 49)
        return [(t, self.L(t, "conn=%d fd=%d ACCEPT from IP=%s:%d (IP=0.0.0.0:389)" % (c, fd, self.ch(self.clients), self.port()))),
                (t + 0.001, self.L(t + 0.001, "conn=%d op=0 BIND dn=\"uid=%s,ou=people,%s\" method=128" % (c, u, self.base))),
                (t + 0.003, self.L(t + 0.003, "conn=%d op=0%s" % (c, r))),
                (t + 0.004, self.L(t + 0.004, "conn=%d op=1 UNBIND" % c)),
                (t + 0.004, self.L(t + 0.004, "conn=%d fd=%d closed" % (c, fd)))]

    def e_noconn(self, t):
        return self.L(t, "connection_read(%d): no connection!" % self.r.randint(12, 80))

    def r_sync(self, t):
        return self.L(t, "do_syncrepl: rid=001 rc -1 retrying (%d retries left)" % self.r.randint(1, 4))

    def r_sync_ok(self, t):
        return self.L(t, "do_syncrep2: rid=001 LDAP_RES_INTERMEDIATE - REFRESH_PRESENT")

    def n_mapfull(self, t):
        c, fd = self.ch(self.persist)
        self.ops[c] += 1
        op = self.ops[c]
        u = self.ch(self.users)
        dn = "uid=%s,ou=people,%s" % (u, self.base)
        return [(t, self.L(t, "conn=%d op=%d MOD dn=\"%s\"" % (c, op, dn))),
                (t, self.L(t, "conn=%d op=%d MOD attr=pwdFailureTime" % (c, op))),
                (t + 0.001, self.L(t + 0.001, "mdb_id2entry_put: mdb_put failed: MDB_MAP_FULL: Environment mapsize limit reached(-30792) \"%s\"" % dn)),
                (t + 0.001, self.L(t + 0.001, "conn=%d op=%d RESULT tag=103 err=80 qtime=0.000011 etime=0.000934 text=entry update failed" % (c, op)))]

    def n_filter(self, t):
        c, fd = self.ch(self.persist)
        self.ops[c] += 1
        return self.L(t, "conn=%d op=%d do_search: get_filter failed" % (c, self.ops[c]))

    def o_malloc(self, t):
        return [self.L(t, "ch_malloc of %d bytes failed" % self.ch((16777216, 33554432, 4194304, 1048576)))]

    def banner(self, t):
        self.conn = 1000
        return [(t, self.L(t, "@(#) $OpenLDAP: slapd %s $" % self.ver)),
                (t, self.L(t, "#011Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>")),
                (t + 0.3, self.L(t + 0.3, "slapd starting"))]

    def shutdown(self, t):
        return [(t, self.L(t, "daemon: shutdown requested and initiated.")),
                (t + 0.01, self.L(t + 0.01, "slapd shutdown: waiting for 0 operations/tasks to finish")),
                (t + 0.2, self.L(t + 0.2, "slapd stopped."))]
