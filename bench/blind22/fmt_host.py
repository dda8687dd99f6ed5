"""Identity, mail and host-security formats: Shibboleth IdP (process + audit), Keycloak, Zimbra
mailbox.log, Sendmail maillog, SELinux/auditd audit.log, Wazuh alerts.log, Windows Security via Snare."""
from common import Fmt, UAS, COUNTRIES, syslog_ts, hexid, uuid, b64, utc, MON, DAY


def eph(r):
    return r.randint(32768, 60999)


def jts(d):
    return d.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (d.microsecond // 1000)


class ShibProcess(Fmt):
    key, fname, clock, weight = 'shibproc', 'idp-process.log', 'local', 2.5
    product = 'Shibboleth IdP'
    warn_per_min, err_per_min = 0.5, 0.6
    desc = {'error_burst': "Shibboleth IdP 'Login by ... failed' events rise many-fold.",
            'new_error': 'Shibboleth IdP starts failing SAML requests with "Message Handler: Unable to verify signature", never seen before.',
            'retry_storm': 'Shibboleth IdP LDAP back end times out; ldaptive retries and authentications pile up exceptions.',
            'oom_kill': 'Shibboleth IdP JVM throws OutOfMemoryError: Java heap space and is restarted.'}
    SPS = ['https://sp.%s/shibboleth', 'https://wiki.%s/shibboleth', 'https://lms.%s/sp', 'https://%s.zoom.us',
           'urn:amazon:webservices', 'https://sso.canvaslms.com/SAML2']

    def setup(self):
        self.sps = [s % self.ctx.domain if '%s' in s else s for s in self.SPS]

    def L(self, t, ip, lvl, cls, msg):
        return '%s - %s - %-5s [%s] - %s' % (jts(self.loc(t)), ip, lvl, cls, msg)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        ip = r.choice(c.scan_ips[:5]) if st.flood else r.choice(c.pub_in + c.lan)
        u = c.user(r)
        x = r.random()
        if x < 0.4:
            return self.L(t, ip, 'INFO', 'net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:152',
                          "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '%s' succeeded" % u)
        if x < 0.7:
            return self.L(t, ip, 'INFO', 'Shibboleth-Audit.SSO:283', "%s|%s|%s" % (r.choice(self.sps), u, 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport'))
        if x < 0.85:
            return self.L(t, ip, 'INFO', 'net.shibboleth.idp.session.impl.StorageBackedSessionManager:342',
                          'Created new session %s for principal %s' % (hexid(r, 64), u))
        return self.L(t, ip, 'INFO', 'net.shibboleth.idp.saml.profile.impl.ResolveAttributes:189',
                      "Profile Action ResolveAttributes: Resolved attributes for '%s' to relying party '%s': uid,mail,eduPersonPrincipalName" % (u, r.choice(self.sps)))

    def warn(self, t):
        r, c = self.rng, self.ctx
        return self.L(t, r.choice(c.pub_in), 'WARN', 'org.opensaml.saml.common.binding.impl.SAMLMetadataLookupHandler:127',
                      'Message Handler:  No metadata returned for https://%s.example.org/shibboleth in role {urn:oasis:names:tc:SAML:2.0:metadata}SPSSODescriptor with protocol urn:oasis:names:tc:SAML:2.0:protocol' % hexid(r, 6))

    def err(self, t):
        r, c = self.rng, self.ctx
        return self.L(t, r.choice(c.pub_in + c.scan_ips), 'INFO', 'net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:152',
                      "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '%s' failed" % c.user(r))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        return self.L(t, r.choice(c.pub_in), 'ERROR', 'org.opensaml.saml.common.binding.security.impl.SAMLProtocolMessageXMLSignatureSecurityHandler:186',
                      'Message Handler: Unable to verify signature of AuthnRequest from %s: Signature cryptographic validation not successful' % self.sps[0])

    def retry(self, t):
        r, c = self.rng, self.ctx
        srv = r.choice(['dc01', 'dc02'])
        ip = r.choice(c.pub_in + c.lan)
        if r.random() < 0.5:
            return self.L(t, ip, 'WARN', 'org.ldaptive.pool.BlockingConnectionPool:218',
                          'Connection open failed for ldaps://%s.%s:636, retrying in 1000ms (attempt %d of 3): java.net.SocketTimeoutException: connect timed out' % (srv, c.domain, r.randint(1, 3)))
        return (self.L(t, ip, 'ERROR', 'net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:179',
                       "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '%s' produced exception" % c.user(r)) +
                '\norg.ldaptive.LdapException: Operation timed out after 5000ms: ldaps://%s.%s:636\n'
                '\tat org.ldaptive.transport.netty.NettyConnection.operation(NettyConnection.java:412)\n'
                '\tat org.ldaptive.auth.SearchDnResolver.resolve(SearchDnResolver.java:178)\n'
                '\tat org.ldaptive.auth.Authenticator.resolveDn(Authenticator.java:249)\n'
                '\tat net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP.doExecute(ValidateUsernamePasswordAgainstLDAP.java:160)\n'
                '\t... 112 common frames omitted' % (srv, c.domain))

    def retry_ok(self, t):
        c = self.ctx
        return self.L(t, '', 'WARN', 'org.ldaptive.pool.BlockingConnectionPool:218',
                      'Connection open failed for ldaps://dc02.%s:636, retrying in 1000ms (attempt 1 of 3): java.net.SocketTimeoutException: connect timed out' % c.domain)

    def _start(self, t):
        return [(t, self.L(t, '', 'INFO', 'net.shibboleth.idp.admin.impl.LogImplementationDetails:44', 'Shibboleth IdP Version 4.3.1')),
                (t + 0.01, self.L(t + 0.01, '', 'INFO', 'net.shibboleth.idp.admin.impl.LogImplementationDetails:45', "Java version='11.0.22' vendor='Eclipse Adoptium'")),
                (t + 0.5, self.L(t + 0.5, '', 'INFO', 'org.opensaml.core.config.InitializationService:62', 'Initializing OpenSAML using the Java Services API')),
                (t + 9.4, self.L(t + 9.4, '', 'INFO', 'net.shibboleth.ext.spring.service.ReloadableSpringService:234', "Service 'shibboleth.RelyingPartyResolverService': Reload complete"))]

    def restart(self, t_stop, t_start):
        out = []
        if t_stop is not None:
            out.append((t_stop, self.L(t_stop, '', 'INFO', 'net.shibboleth.idp.log:0', 'Shutting down Shibboleth IdP (Jetty graceful stop)')))
        return out + self._start(t_start)

    def oom(self, t):
        r, c = self.rng, self.ctx
        s = (self.L(t, r.choice(c.pub_in), 'ERROR', 'org.springframework.webflow.engine.impl.FlowExecutionImpl:586', 'Uncaught exception thrown in flow "SSO"') +
             '\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3745)\n'
             '\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:172)\n'
             '\tat org.opensaml.saml.metadata.resolver.impl.AbstractBatchMetadataResolver.doInitialization(AbstractBatchMetadataResolver.java:219)')
        return [(t, s), (t + 1.5, self.L(t + 1.5, '', 'ERROR', 'net.shibboleth.idp.log:0', 'Terminating due to java.lang.OutOfMemoryError: Java heap space'))] + self._start(t + r.uniform(20, 45))


class ShibAudit(Fmt):
    key, fname, clock, weight = 'shibaudit', 'idp-audit.log', 'utc', 1.5
    product = 'Shibboleth IdP audit log'
    warn_per_min, err_per_min = 0.0, 0.0

    def setup(self):
        self.sps = ShibProcess.SPS

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        sp = r.choice(self.sps)
        sp = sp % c.domain if '%s' in sp else sp
        return '%s|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_%s|%s|http://shibboleth.net/ns/profiles/saml2/sso/browser|https://idp.%s/idp/shibboleth|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|_%s|%s|urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport|uid,mail,eduPersonPrincipalName,displayName|AAdzZWNyZXQx%s|_%s|' % (
            utc(t).strftime('%Y%m%dT%H%M%SZ'), hexid(r, 32), sp, c.domain, hexid(r, 32), c.user(r), b64(r, 40), hexid(r, 32))


class Keycloak(Fmt):
    key, fname, clock, weight = 'keycloak', 'keycloak.log', 'local', 2.5
    product = 'Keycloak'
    warn_per_min, err_per_min = 0.3, 0.7
    desc = {'error_burst': 'Keycloak LOGIN_ERROR invalid_user_credentials events rise many-fold.',
            'new_error': 'Keycloak starts logging LOGIN_ERROR user_temporarily_disabled (brute-force lockouts), never seen before.',
            'retry_storm': 'Keycloak LDAP user federation times out ("LDAP response read timed out") over and over.',
            'oom_kill': 'Keycloak JVM runs out of heap (OutOfMemoryError), terminates and restarts.'}

    def setup(self):
        r = self.rng
        self.realm = self.ctx.org
        self.realm_id = uuid(r)
        self.clients = ['account-console', 'portal', 'grafana', 'argocd', 'gitlab', 'vault']
        self.uid = {}

    def L(self, t, lvl, cat, th, msg):
        return '%s %-5s [%s] (%s) %s' % (jts(self.loc(t)), lvl, cat, th, msg)

    def _u(self, u):
        if u not in self.uid:
            self.uid[u] = uuid(self.rng)
        return self.uid[u]

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        u = c.user(r)
        ip = r.choice(c.scan_ips[:5]) if st.flood else r.choice(c.pub_in + c.lan)
        cl = r.choice(self.clients)
        th = 'executor-thread-%d' % r.randint(1, 64)
        x = r.random()
        if x < 0.45:
            return self.L(t, 'INFO', 'org.keycloak.events', th, 'type=LOGIN, realmId=%s, clientId=%s, userId=%s, ipAddress=%s, auth_method=openid-connect, auth_type=code, response_type=code, redirect_uri=https://%s.%s/oauth2/callback, consent=no_consent_required, code_id=%s, response_mode=query, username=%s, authSessionParentId=%s, authSessionTabId=%s' % (
                self.realm_id, cl, self._u(u), ip, cl, c.domain, uuid(r), u, uuid(r), b64(r, 11).replace('/', '_')))
        if x < 0.8:
            return self.L(t, 'INFO', 'org.keycloak.events', th, 'type=CODE_TO_TOKEN, realmId=%s, clientId=%s, userId=%s, ipAddress=%s, token_id=%s, grant_type=authorization_code, refresh_token_type=Refresh, scope=openid profile email, refresh_token_id=%s, code_id=%s, client_auth_method=client-secret' % (
                self.realm_id, cl, self._u(u), r.choice(c.lan), uuid(r), uuid(r), uuid(r)))
        return self.L(t, 'INFO', 'org.keycloak.events', th, 'type=REFRESH_TOKEN, realmId=%s, clientId=%s, userId=%s, ipAddress=%s, token_id=%s, refresh_token_id=%s, scope=openid profile email, refresh_token_type=Refresh, updated_refresh_token_id=%s, client_auth_method=client-secret' % (
            self.realm_id, cl, self._u(u), r.choice(c.lan), uuid(r), uuid(r), uuid(r)))

    def warn(self, t):
        r, c = self.rng, self.ctx
        return self.L(t, 'WARN', 'org.keycloak.events', 'executor-thread-%d' % r.randint(1, 64), 'type=REFRESH_TOKEN_ERROR, realmId=%s, clientId=%s, userId=null, ipAddress=%s, error=invalid_token, grant_type=refresh_token, client_auth_method=client-secret' % (
            self.realm_id, r.choice(self.clients), r.choice(c.lan)))

    def _err(self, t, err, ip=None):
        r, c = self.rng, self.ctx
        u = c.user(r)
        cl = r.choice(self.clients[:3])
        return self.L(t, 'WARN', 'org.keycloak.events', 'executor-thread-%d' % r.randint(1, 64), 'type=LOGIN_ERROR, realmId=%s, clientId=%s, userId=%s, ipAddress=%s, error=%s, auth_method=openid-connect, auth_type=code, redirect_uri=https://%s.%s/oauth2/callback, code_id=%s, username=%s, authSessionParentId=%s, authSessionTabId=%s' % (
            self.realm_id, cl, self._u(u), ip or r.choice(c.pub_in + c.scan_ips), err, cl, c.domain, uuid(r), u, uuid(r), b64(r, 11).replace('/', '_')))

    def err(self, t):
        return self._err(t, 'invalid_user_credentials')

    def new_err(self, t):
        return self._err(t, 'user_temporarily_disabled', ip=self.rng.choice(self.ctx.scan_ips[:4]))

    def retry(self, t):
        r, c = self.rng, self.ctx
        th = 'executor-thread-%d' % r.randint(1, 64)
        if r.random() < 0.4:
            return self.L(t, 'WARN', 'org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager', th,
                          'LDAP Operation failed: ldaps://dc01.%s:636 - retrying with ldaps://dc02.%s:636 (attempt %d)' % (c.domain, c.domain, r.randint(1, 3)))
        return (self.L(t, 'ERROR', 'org.keycloak.services', th, 'KC-SERVICES0013: Failed authentication: org.keycloak.models.ModelException: LDAP Query failed') +
                '\n\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore.fetchQueryResults(LDAPIdentityStore.java:274)'
                '\n\tat org.keycloak.storage.ldap.LDAPStorageProvider.loadLDAPUserByUsername(LDAPStorageProvider.java:867)'
                '\nCaused by: javax.naming.NamingException: LDAP response read timed out, timeout used:5000ms.'
                '\n\tat java.naming/com.sun.jndi.ldap.Connection.readReply(Connection.java:494)'
                '\n\t... 78 more')

    def retry_ok(self, t):
        c = self.ctx
        return self.L(t, 'WARN', 'org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager', 'executor-thread-7',
                      'LDAP Operation failed: ldaps://dc01.%s:636 - retrying with ldaps://dc02.%s:636 (attempt 1)' % (c.domain, c.domain))

    def _start(self, t):
        r = self.rng
        return [(t, self.L(t, 'INFO', 'org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider', 'main', 'Hostname settings: Base URL: <unset>, Hostname: sso.%s, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true' % self.ctx.domain)),
                (t + 3.1, self.L(t + 3.1, 'INFO', 'org.infinispan.CLUSTER', 'main', 'ISPN000094: Received new cluster view for channel ISPN: [%s-%d|%d] (2) [%s-%d, %s-1]' % (self.host, r.randint(0, 1), r.randint(2, 40), self.host, r.randint(0, 1), self.host))),
                (t + 8.7, self.L(t + 8.7, 'INFO', 'io.quarkus', 'main', 'Keycloak 23.0.7 on JVM (powered by Quarkus 3.2.10.Final) started in %.3fs. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.' % r.uniform(7, 14))),
                (t + 8.71, self.L(t + 8.71, 'INFO', 'io.quarkus', 'main', 'Profile prod activated. '))]

    def restart(self, t_stop, t_start):
        out = []
        if t_stop is not None:
            out.append((t_stop, self.L(t_stop, 'INFO', 'io.quarkus', 'Shutdown thread', 'Keycloak stopped in %.3fs' % self.rng.uniform(0.1, 0.9))))
        return out + self._start(t_start)

    def oom(self, t):
        r = self.rng
        s = (self.L(t, 'ERROR', 'io.quarkus.vertx.core.runtime.VertxCoreRecorder', 'vert.x-eventloop-thread-1', 'Uncaught exception received by Vert.x') +
             '\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.HashMap.resize(HashMap.java:702)'
             '\n\tat org.infinispan.container.impl.DefaultDataContainer.put(DefaultDataContainer.java:92)')
        return [(t, s), (t + 0.8, 'Terminating due to java.lang.OutOfMemoryError: Java heap space')] + self._start(t + r.uniform(25, 60))


class Zimbra(Fmt):
    key, fname, clock, weight = 'zimbra', 'mailbox.log', 'local', 3.0
    product = 'Zimbra mailbox server'
    lat = True
    warn_per_min, err_per_min = 0.4, 0.5
    desc = {'error_burst': 'Zimbra IMAP/SOAP authentication failures (security - cmd=Auth ... failed) rise many-fold.',
            'new_error': 'Zimbra starts logging service.PERM_DENIED handler exceptions, never seen before.',
            'disk_full': 'Zimbra mailbox store cannot write blobs: java.io.IOException: No space left on device.',
            'oom_kill': 'Zimbra mailboxd runs out of heap (OutOfMemoryError) and is restarted.',
            'latency_shift': 'Zimbra SOAP request elapsed time rises several-fold.'}
    SOAP = ['SearchRequest', 'GetMsgRequest', 'NoOpRequest', 'GetFolderRequest', 'SendMsgRequest', 'GetInfoRequest', 'SyncRequest']

    def setup(self):
        r = self.rng
        self.qtp = r.randint(10 ** 8, 2 * 10 ** 9)
        self.mid = {}
        self.mailid = r.randint(1000, 90000)

    def L(self, t, lvl, th, ctx, cat, msg):
        return '%s %-5s [%s] [%s] %s - %s' % (jts(self.loc(t)), lvl, th, ctx, cat, msg)

    def _m(self, u):
        if u not in self.mid:
            self.mid[u] = len(self.mid) + 5
        return self.mid[u]

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        u = c.user(r)
        em = c.email(r, u)
        ip = r.choice(c.scan_ips[:4]) if st.flood else r.choice(c.pub_in + c.lan)
        x = r.random()
        if x < 0.55:
            req = r.choice(self.SOAP)
            return self.L(t, 'INFO', 'qtp%d-%d:https://mail.%s/service/soap/%s' % (self.qtp, r.randint(100, 9999), c.domain, req),
                          'name=%s;mid=%d;ip=%s;oip=%s;port=%d;ua=ZimbraWebClient - FF122 (Linux)/8.8.15_GA_4177;soapId=%s;' % (em, self._m(u), ip, ip, eph(r), hexid(r, 8)),
                          'soap', '%s elapsed=%d' % (req, max(1, int(r.lognormvariate(3.0, 0.8) * st.lat))))
        if x < 0.75:
            return self.L(t, 'INFO', 'ImapServer-%d' % r.randint(1, 400), 'name=%s;mid=%d;ip=%s;' % (em, self._m(u), ip), 'imap',
                          'user %s authenticated, mechanism=LOGIN [TLS]' % em)
        self.mailid += 1
        return self.L(t, 'INFO', 'LmtpServer-%d' % r.randint(1, 200), 'name=%s;mid=%d;msgid=<%s@%s>;' % (em, self._m(u), hexid(r, 16), c.domain),
                      'mailop', 'Adding Message: id=%d, Message-ID=<%s@%s>, parentId=-1, folderId=2, folderName=Inbox, acctId=%s.' % (
                          self.mailid, hexid(r, 16), c.domain, uuid(r)))

    def warn(self, t):
        r, c = self.rng, self.ctx
        return self.L(t, 'WARN', 'qtp%d-%d' % (self.qtp, r.randint(100, 9999)), 'ip=%s;' % r.choice(c.pub_in), 'misc',
                      'Unable to find account for remote user agent; skipping CSRF check')

    def err(self, t):
        r, c = self.rng, self.ctx
        em = c.email(r)
        ip = r.choice(c.pub_in + c.scan_ips)
        return self.L(t, 'WARN', 'ImapServer-%d' % r.randint(1, 400), 'ip=%s;' % ip, 'security',
                      'cmd=Auth; account=%s; protocol=imap; error=authentication failed for [%s], invalid password;' % (em, em))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        em = c.email(r)
        return self.L(t, 'WARN', 'qtp%d-%d:https://mail.%s/service/soap/GetShareInfoRequest' % (self.qtp, r.randint(100, 9999), c.domain),
                      'name=%s;mid=%d;ip=%s;' % (em, r.randint(5, 200), r.choice(c.lan)), 'SoapEngine',
                      'handler exception: service.PERM_DENIED - permission denied: can not access account %s' % c.email(r))

    def disk(self, t):
        r, c = self.rng, self.ctx
        em = c.email(r)
        return (self.L(t, 'ERROR', 'LmtpServer-%d' % r.randint(1, 200), 'name=%s;mid=%d;' % (em, r.randint(5, 200)), 'lmtp',
                       'Exception delivering message to %s' % em) +
                '\njava.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)'
                '\n\tat com.zimbra.cs.store.file.FileBlobStore.storeIncoming(FileBlobStore.java:104)'
                '\n\tat com.zimbra.cs.lmtpserver.ZimbraLmtpBackend.deliverMessageToLocalMailboxes(ZimbraLmtpBackend.java:598)')

    def _start(self, t):
        return [(t, self.L(t, 'INFO', 'main', '', 'misc', 'Servlet zimbra starting up')),
                (t + 4.2, self.L(t + 4.2, 'INFO', 'main', '', 'mailbox', 'Mailbox service started, version 8.8.15_GA_4177')),
                (t + 4.5, self.L(t + 4.5, 'INFO', 'main', '', 'misc', 'Starting IMAP server on port 7143'))]

    def restart(self, t_stop, t_start):
        out = []
        if t_stop is not None:
            out.append((t_stop, self.L(t_stop, 'INFO', 'Thread-%d' % self.rng.randint(10, 99), '', 'misc', 'Shutting down mailbox server (zmmailboxdctl stop)')))
        return out + self._start(t_start)

    def oom(self, t):
        r = self.rng
        s = (self.L(t, 'ERROR', 'qtp%d-%d' % (self.qtp, r.randint(100, 9999)), '', 'system', 'handler exception') +
             '\njava.lang.OutOfMemoryError: Java heap space\n\tat com.zimbra.cs.index.LuceneIndex.search(LuceneIndex.java:322)')
        return [(t, s), (t + 2, self.L(t + 2, 'FATAL', 'qtp%d-%d' % (self.qtp, r.randint(100, 9999)), '', 'system',
                                       'out of memory, halting (zmmailboxd will be restarted by zmmailboxdmgr)'))] + self._start(t + r.uniform(30, 70))


class Sendmail(Fmt):
    key, fname, clock, weight = 'sendmail', 'maillog', 'local', 3.0
    product = 'Sendmail MTA'
    warn_per_min, err_per_min = 0.5, 1.0
    desc = {'error_burst': 'Sendmail "User unknown" rejections rise many-fold (directory harvest).',
            'new_error': 'Sendmail starts rejecting connections listed in Spamhaus ZEN, never seen before.',
            'retry_storm': 'Sendmail deliveries are deferred with "Connection timed out" and queue retries pile up.',
            'disk_full': 'Sendmail queue partition is full: SYSERR No space left on device / low on space.'}

    def setup(self):
        r = self.rng
        self.n = r.randint(0, 3000)
        self.mx = ['mail-ed1-f%d.google.com' % r.randint(40, 60), 'mail-%s.outbound.protection.outlook.com' % r.choice(['db8eur05', 'am6pr04']),
                   'mx.partner-%s.com' % hexid(r, 4)]

    def pre(self, t, pid):
        return '%s %s sendmail[%d]: ' % (syslog_ts(self.loc(t)), self.host, pid)

    def qid(self, t, pid):
        d = utc(t)
        a = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx'
        self.n += 1
        return '%s%s%s%s%s%s%s%s%06d' % (a[d.year % 60], a[d.month - 1], a[d.day], a[d.hour], a[d.minute], a[d.second],
                                         a[self.n % 60], a[(self.n // 60) % 60], pid)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        pid = r.randint(10000, 99999)
        q = self.qid(t, pid)
        relay = r.choice(self.mx)
        rip = r.choice(c.scan_ips[:6]) if st.flood else r.choice(c.ext_dst)
        x = r.random()
        if x < 0.4:
            return self.pre(t, pid) + '%s: from=<%s@%s>, size=%d, class=0, nrcpts=1, msgid=<%s@%s>, bodytype=8BITMIME, proto=ESMTPS, daemon=MTA, tls_verify=NO, auth=NONE, relay=%s [%s]' % (
                q, r.choice(['noreply', 'alerts', 'billing', 'news', c.user(r)]), r.choice(['github.com', 'atlassian.net', 'gmail.com', 'salesforce.com', c.domain]),
                int(r.expovariate(1 / 20000)) + 800, hexid(r, 20), r.choice(['mail.gmail.com', 'github.com']), relay, rip)
        if x < 0.8:
            return self.pre(t, pid) + '%s: to=<%s>, delay=00:00:%02d, xdelay=00:00:%02d, mailer=%s, tls_verify=OK, tls_version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256/256, pri=%d, relay=%s. [%s], dsn=2.0.0, stat=Sent (%s)' % (
                q, c.email(r), r.randint(0, 5), r.randint(0, 3), 'esmtp' if r.random() < 0.5 else 'local', r.randint(30000, 200000), relay,
                r.choice(c.ext_dst), r.choice(['OK  %d %s - gsmtp' % (int(t), hexid(r, 12)), '<%s@%s> [InternalId=%d] Queued mail for delivery' % (hexid(r, 12), c.domain, r.randint(10 ** 9, 10 ** 10)), 'Ok: queued as %s' % hexid(r, 10).upper()]))
        return self.pre(t, pid) + 'STARTTLS=server, relay=%s [%s], version=TLSv1.3, verify=NO, cipher=TLS_AES_256_GCM_SHA384, bits=256/256' % (relay, rip)

    def warn(self, t):
        r = self.rng
        pid = r.randint(10000, 99999)
        return self.pre(t, pid) + '%s: %s [%s] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA' % (self.qid(t, pid), 'scanner.%s.net' % hexid(r, 4), r.choice(self.ctx.pub_in))

    def err(self, t):
        r, c = self.rng, self.ctx
        pid = r.randint(10000, 99999)
        u = '%s%d@%s' % (r.choice(['info', 'admin', 'sales', 'hr', 'test', 'jobs']), r.randint(1, 99), c.domain)
        return self.pre(t, pid) + '%s: <%s>... User unknown' % (self.qid(t, pid), u) + '\n' + self.pre(t, pid) + \
            '%s: ruleset=check_rcpt, arg1=<%s>, relay=[%s], reject=550 5.1.1 <%s>... User unknown' % (self.qid(t, pid), u, r.choice(c.scan_ips), u)

    def new_err(self, t):
        r, c = self.rng, self.ctx
        pid = r.randint(10000, 99999)
        ip = r.choice(c.scan_ips)
        return self.pre(t, pid) + 'ruleset=check_relay, arg1=[%s], arg2=127.0.0.2, relay=[%s], reject=554 5.7.1 Rejected %s found in zen.spamhaus.org' % (ip, ip, ip)

    def retry(self, t):
        r, c = self.rng, self.ctx
        pid = r.randint(10000, 99999)
        return self.pre(t, pid) + '%s: to=<%s@partner-%s.com>, ctladdr=<%s> (8/0), delay=00:%02d:%02d, xdelay=00:00:30, mailer=esmtp, pri=%d, relay=%s. [%s], dsn=4.0.0, stat=Deferred: Connection timed out with %s.' % (
            self.qid(t, pid), c.user(r), self.mx[2][11:15], c.email(r), r.randint(1, 59), r.randint(0, 59), r.randint(100000, 900000), self.mx[2], c.ext_dst[0], self.mx[2])

    def retry_ok(self, t):
        return self.retry(t)

    def disk(self, t):
        r = self.rng
        pid = r.randint(10000, 99999)
        if r.random() < 0.5:
            return self.pre(t, pid) + 'NOQUEUE: low on space (have 0, SMTP-DAEMON needs 101 in /var/spool/mqueue)'
        q = self.qid(t, pid)
        return self.pre(t, pid) + '%s: SYSERR(root): collect: Cannot write ./df%s (bfcommit, uid=0, gid=25): No space left on device' % (q, q)

    def restart(self, t_stop, t_start):
        r = self.rng
        out = []
        if t_stop is not None:
            out.append((t_stop, '%s %s sendmail[%d]: stopping daemon, reason=signal' % (syslog_ts(self.loc(t_stop)), self.host, r.randint(900, 2000))))
        out.append((t_start, self.pre(t_start, r.randint(900, 3000)) + 'starting daemon (8.15.2): SMTP+queueing@00:10:00'))
        out.append((t_start + 0.1, '%s %s sm-msp-queue[%d]: starting daemon (8.15.2): queueing@00:20:00' % (syslog_ts(self.loc(t_start)), self.host, r.randint(900, 3000))))
        return out


class Selinux(Fmt):
    key, fname, clock, weight = 'audit', 'audit.log', 'epoch', 2.5
    product = 'Linux auditd (SELinux)'
    warn_per_min, err_per_min = 0.3, 0.8
    lines_per_rec = 1.6
    desc = {'error_burst': 'SELinux AVC denials for httpd (an already-seen denial) rise many-fold.',
            'new_error': 'SELinux starts denying postgresql name_connect, an AVC never seen before.',
            'panic': 'A daemon crashes with signal 11 (ANOM_ABEND) and systemd restarts it.'}

    def setup(self):
        r = self.rng
        self.serial = r.randint(10 ** 5, 9 * 10 ** 5)
        self.ses = r.randint(100, 900)
        self.pid = r.randint(2000, 9000)

    def hd(self, t, typ):
        return 'type=%s msg=audit(%.3f:%d): ' % (typ, t, self.serial)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        self.serial += 1
        u = r.choice(['deploy', 'ansible', 'root'])
        uid = {'deploy': 1001, 'ansible': 1002, 'root': 0}[u]
        x = r.random()
        if x < 0.3 or st.flood:
            ip = r.choice(c.scan_ips[:4]) if st.flood else r.choice(c.lan + c.pub_in[:5])
            return self.hd(t, 'USER_AUTH') + "pid=%d uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=pubkey acct=\"%s\" exe=\"/usr/sbin/sshd\" hostname=? addr=%s terminal=ssh res=success'\x1dUID=\"root\" AUID=\"unset\"" % (
                r.randint(10000, 60000), u, ip)
        if x < 0.55:
            pid = r.randint(10000, 60000)
            return (self.hd(t, 'SYSCALL') + 'arch=c000003e syscall=59 success=yes exit=0 a0=%s a1=%s a2=%s a3=0 items=2 ppid=%d pid=%d auid=%d uid=%d gid=%d euid=%d suid=%d fsuid=%d egid=%d sgid=%d fsgid=%d tty=(none) ses=%d comm="%s" exe="%s" subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 key="exec_log"\x1dARCH=x86_64 SYSCALL=execve AUID="%s" UID="%s"' % (
                hexid(r, 12), hexid(r, 12), hexid(r, 12), pid - r.randint(1, 40), pid, uid, uid, uid, uid, uid, uid, uid, uid, uid, self.ses,
                r.choice(['curl', 'systemctl', 'python3', 'ls', 'cat']), r.choice(['/usr/bin/curl', '/usr/bin/systemctl', '/usr/bin/python3.9']), u, u) +
                '\n' + self.hd(t, 'EXECVE') + 'argc=2 a0="%s" a1="%s"' % (r.choice(['systemctl', 'curl']), r.choice(['status', '-s'])) +
                '\n' + self.hd(t, 'PROCTITLE') + 'proctitle=%s' % hexid(r, 40).upper())
        if x < 0.75:
            return self.hd(t, r.choice(['USER_START', 'USER_END', 'CRED_ACQ', 'CRED_DISP'])) + "pid=%d uid=0 auid=%d ses=%d subj=system_u:system_r:crond_t:s0-s0:c0.c1023 msg='op=PAM:session_open grantors=pam_loginuid,pam_keyinit,pam_limits,pam_systemd acct=\"root\" exe=\"/usr/sbin/crond\" hostname=? addr=? terminal=cron res=success'\x1dUID=\"root\" AUID=\"root\"" % (
                r.randint(10000, 60000), 0, r.randint(1000, 9000))
        return self.hd(t, 'USER_CMD') + "pid=%d uid=%d auid=%d ses=%d subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 msg='cwd=\"/home/%s\" cmd=%s exe=\"/usr/bin/sudo\" terminal=pts/0 res=success'\x1dUID=\"%s\" AUID=\"%s\"" % (
            r.randint(10000, 60000), uid, uid, self.ses, u, hexid(r, 30).upper(), u, u)

    def warn(self, t):
        r = self.rng
        self.serial += 1
        return self.hd(t, 'SERVICE_START') + "pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=%s comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'\x1dUID=\"root\" AUID=\"unset\"" % r.choice(
            ['dnf-makecache', 'sysstat-collect', 'fstrim', 'logrotate'])

    def _avc(self, t, perm, pid, comm, name, scon, tcon, tclass, extra=''):
        self.serial += 1
        r = self.rng
        return (self.hd(t, 'AVC') + 'avc:  denied  { %s } for  pid=%d comm="%s" %sscontext=%s tcontext=%s tclass=%s permissive=0' % (
            perm, pid, comm, name, scon, tcon, tclass) +
                '\n' + self.hd(t, 'SYSCALL') + 'arch=c000003e syscall=%d success=no exit=-13 a0=%s a1=%s a2=%s a3=0 items=0 ppid=1 pid=%d auid=4294967295 uid=48 gid=48 euid=48 suid=48 fsuid=48 egid=48 sgid=48 fsgid=48 tty=(none) ses=4294967295 comm="%s" exe="/usr/sbin/%s" subj=%s key=(null)\x1dARCH=x86_64 SYSCALL=%s AUID="unset" UID="apache"%s' % (
                    42 if tclass == 'tcp_socket' else 257, hexid(r, 2), hexid(r, 12), hexid(r, 4), pid, comm, comm, scon,
                    'connect' if tclass == 'tcp_socket' else 'openat', extra) +
                '\n' + self.hd(t, 'PROCTITLE') + 'proctitle=%s' % hexid(r, 36).upper())

    def err(self, t):
        r = self.rng
        return self._avc(t, 'write', self.pid + r.randint(0, 8), 'httpd', 'name="uploads" dev="dm-0" ino=%d ' % r.randint(100000, 999999),
                         'system_u:system_r:httpd_t:s0', 'unconfined_u:object_r:user_home_t:s0', 'dir')

    def new_err(self, t):
        r = self.rng
        return self._avc(t, 'name_connect', self.pid + r.randint(20, 40), 'php-fpm', 'dest=5432 ',
                         'system_u:system_r:httpd_t:s0', 'system_u:object_r:postgresql_port_t:s0', 'tcp_socket')

    def panic(self, t):
        r = self.rng
        self.serial += 1
        old = self.pid
        self.pid += r.randint(100, 3000)
        L = [(t, self.hd(t, 'ANOM_ABEND') + 'auid=4294967295 uid=48 gid=48 ses=4294967295 subj=system_u:system_r:httpd_t:s0 pid=%d comm="httpd" exe="/usr/sbin/httpd" sig=11 res=1\x1dAUID="unset" UID="apache" GID="apache"' % old)]
        self.serial += 1
        L.append((t + 0.4, self.hd(t + 0.4, 'SERVICE_STOP') + "pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=httpd comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=failed'\x1dUID=\"root\" AUID=\"unset\""))
        self.serial += 1
        tt = t + r.uniform(5, 12)
        L.append((tt, self.hd(tt, 'SERVICE_START') + "pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=httpd comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'\x1dUID=\"root\" AUID=\"unset\""))
        return L

    def restart(self, t_stop, t_start):
        r = self.rng
        out = []
        if t_stop is not None:
            self.serial += 1
            out.append((t_stop, self.hd(t_stop, 'DAEMON_END') + 'op=terminate auid=0 uid=0 ses=%d subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 pid=1 res=success\x1dAUID="root" UID="root"' % self.ses))
        self.serial += 1
        out.append((t_start, self.hd(t_start, 'DAEMON_START') + 'op=start ver=3.0.7 format=enriched kernel=5.14.0-362.8.1.el9_3.x86_64 auid=4294967295 pid=%d uid=0 ses=4294967295 subj=system_u:system_r:auditd_t:s0 res=success\x1dAUID="unset" UID="root"' % r.randint(700, 3000)))
        self.serial += 1
        out.append((t_start + 0.05, self.hd(t_start + 0.05, 'CONFIG_CHANGE') + 'op=set audit_backlog_limit=8192 old=8192 auid=4294967295 ses=4294967295 subj=system_u:system_r:unconfined_service_t:s0 res=1\x1dAUID="unset"'))
        return out


class Wazuh(Fmt):
    key, fname, clock, weight = 'wazuh', 'alerts.log', 'epoch', 3.0
    product = 'Wazuh manager'
    warn_per_min, err_per_min = 0.4, 1.0
    lines_per_rec = 6.4
    desc = {'error_burst': 'Wazuh sshd authentication-failed alerts (rule 5716) rise many-fold: SSH brute force.',
            'new_error': 'Wazuh starts raising web attack alerts (rule 31106) never seen before.',
            'oom_kill': 'Wazuh raises rule 5108 for kernel OOM kills on a monitored agent.',
            'disk_full': 'Wazuh raises rule 1007 "File system full" (No space left on device) for an agent.'}

    def setup(self):
        r = self.rng
        self.off = r.randint(10 ** 6, 10 ** 8)
        self.agents = [('%s%02d' % (p, i), '10.20.%d.%d' % (r.randint(1, 9), r.randint(10, 250))) for p in ('web', 'app', 'db') for i in range(1, r.randint(3, 5))]

    def alert(self, t, groups, agent, src, rule, level, desc, body, full):
        d = self.loc(t)
        s = '** Alert %d.%d: - %s\n%d %s %02d %s (%s) %s->%s\nRule: %d (level %d) -> \'%s\'\n%s%s\n' % (
            int(t), self.off, groups, d.year, MON[d.month - 1], d.day, d.strftime('%H:%M:%S'), agent[0], agent[1], src, rule, level, desc,
            body, full)
        self.off += len(s) + 1
        return s

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        a = r.choice(self.agents)
        d = self.loc(t - r.uniform(0, 1))
        sl = '%s %s' % (syslog_ts(d), a[0])
        u = r.choice(['deploy', 'ansible', 'ubuntu'])
        x = r.random()
        if st.flood:
            ip = r.choice(c.scan_ips[:4])
            return self.alert(t, 'web,accesslog,', a, '/var/log/nginx/access.log', 31108, 0, 'Ignored URLs (simple queries).', 'Src IP: %s\n' % ip,
                              '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s"' % (ip, d.strftime('%d/%b/%Y:%H:%M:%S %z'), c.path(r), r.randint(200, 9000), r.choice(UAS)))
        if x < 0.35:
            return self.alert(t, 'pam,syslog,authentication_success,pci_dss_10.2.5,gpg13_7.8,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,', a, '/var/log/auth.log',
                              5501, 3, 'PAM: Login session opened.', 'User: %s\n' % u, '%s sshd[%d]: pam_unix(sshd:session): session opened for user %s(uid=1001) by (uid=0)' % (sl, r.randint(1000, 60000), u))
        if x < 0.6:
            ip = r.choice(c.lan[:10])
            return self.alert(t, 'syslog,sshd,authentication_success,pci_dss_10.2.5,gpg13_7.1,gpg13_7.2,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,', a, '/var/log/auth.log',
                              5715, 3, 'sshd: authentication success.', 'Src IP: %s\nUser: %s\n' % (ip, u), '%s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s' % (sl, r.randint(1000, 60000), u, ip, eph(r), hexid(r, 43)))
        if x < 0.8:
            return self.alert(t, 'syslog,sudo,pci_dss_10.2.5,pci_dss_10.2.2,gpg13_7.6,gpg13_7.8,gpg13_7.13,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,nist_800_53_AC.6,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,', a, '/var/log/auth.log',
                              5402, 3, 'Successful sudo to ROOT executed.', 'User: %s\n' % u, '%s sudo: %8s : TTY=pts/0 ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl status nginx' % (sl, u, u))
        if x < 0.92:
            ip = r.choice(c.pub_in)
            return self.alert(t, 'web,accesslog,attack,', a, '/var/log/nginx/access.log', 31101, 5, 'Web server 400 error code.', 'Src IP: %s\n' % ip,
                              '%s - - [%s] "GET /%s HTTP/1.1" 404 162 "-" "%s"' % (ip, d.strftime('%d/%b/%Y:%H:%M:%S %z'), r.choice(['wp-login.php', 'favicon.ico', 'robots.txt', '.well-known/security.txt']), r.choice(UAS)))
        f = r.choice(['/etc/resolv.conf', '/etc/hosts', '/usr/bin/curl', '/etc/nginx/nginx.conf'])
        return self.alert(t, 'ossec,syscheck,syscheck_entry_modified,syscheck_file,pci_dss_11.5,gpg13_4.11,gdpr_II_5.1.f,hipaa_164.312.c.1,hipaa_164.312.c.2,nist_800_53_SI.7,tsc_PI1.4,tsc_PI1.5,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,', a, 'syscheck',
                          550, 7, 'Integrity checksum changed.', "File '%s' modified\nMode: realtime\nChanged attributes: size,mtime,md5,sha1,sha256\n" % f,
                          "Size changed from '%d' to '%d'\nOld md5sum was: '%s'\nNew md5sum is : '%s'" % (r.randint(100, 900), r.randint(100, 900), hexid(r, 32), hexid(r, 32)))

    def warn(self, t):
        r = self.rng
        a = r.choice(self.agents)
        return self.alert(t, 'ossec,', a, 'netstat listening ports', 533, 7, 'Listened ports status (netstat) changed (new port opened or closed).', '',
                          "ossec: output: 'netstat listening ports':\ntcp 0.0.0.0:%d 0.0.0.0:* %d/node\ntcp 0.0.0.0:22 0.0.0.0:* 812/sshd" % (r.randint(3000, 9999), r.randint(1000, 9000)))

    def err(self, t):
        r, c = self.rng, self.ctx
        a = r.choice(self.agents)
        ip = r.choice(c.scan_ips)
        u = r.choice(['root', 'admin', 'ubuntu', 'oracle', 'test'])
        sl = '%s %s' % (syslog_ts(self.loc(t - r.uniform(0, 1))), a[0])
        return self.alert(t, 'syslog,sshd,authentication_failed,pci_dss_10.2.4,pci_dss_10.2.5,gpg13_7.1,gdpr_IV_35.7.d,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,', a, '/var/log/auth.log',
                          5716, 5, 'sshd: authentication failed.', 'Src IP: %s\nSrc Port: %d\nUser: %s\n' % (ip, eph(r), u),
                          '%s sshd[%d]: Failed password for %s from %s port %d ssh2' % (sl, r.randint(1000, 60000), u, ip, eph(r)))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        a = self.agents[0]
        ip = r.choice(c.scan_ips[:5])
        d = self.loc(t - r.uniform(0, 1))
        return self.alert(t, 'web,accesslog,attack,pci_dss_6.5,pci_dss_11.4,gdpr_IV_35.7.d,nist_800_53_SA.11,nist_800_53_SI.4,tsc_CC6.6,tsc_CC7.1,tsc_CC8.1,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,', a, '/var/log/nginx/access.log',
                          31106, 12, 'A web attack returned code 200 (success).', 'Src IP: %s\n' % ip,
                          '%s - - [%s] "GET /cgi-bin/.%%2e/.%%2e/.%%2e/etc/passwd HTTP/1.1" 200 1843 "-" "Mozilla/5.0 zgrab/0.x"' % (ip, d.strftime('%d/%b/%Y:%H:%M:%S %z')))

    def disk(self, t):
        r = self.rng
        a = self.agents[-1]
        sl = '%s %s' % (syslog_ts(self.loc(t - r.uniform(0, 1))), a[0])
        return self.alert(t, 'syslog,linuxkernel,service_availability,pci_dss_10.6.1,gpg13_4.1,gdpr_IV_35.7.d,hipaa_164.312.b,nist_800_53_AU.6,tsc_CC7.2,tsc_CC7.3,', a, '/var/log/syslog',
                          1007, 7, 'File system full.', '', "%s rsyslogd: file '/var/log/app/app.log': write error - see https://www.rsyslog.com/solving-rsyslog-write-errors/ for help OS error: No space left on device [v8.2112.0 try https://www.rsyslog.com/e/2027 ]" % sl)

    def oom(self, t):
        r = self.rng
        a = self.agents[1]
        sl = '%s %s' % (syslog_ts(self.loc(t - r.uniform(0, 1))), a[0])
        pid = r.randint(1000, 60000)
        x = self.alert(t, 'syslog,linuxkernel,service_availability,pci_dss_10.6.1,gpg13_4.12,gdpr_IV_35.7.d,hipaa_164.312.b,nist_800_53_AU.6,tsc_CC7.2,tsc_CC7.3,', a, '/var/log/syslog',
                       5108, 12, 'System running out of memory. Availability of the system is in risk.', '',
                       '%s kernel: [%d.%06d] Out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:0' % (
                           sl, r.randint(10 ** 5, 10 ** 7), r.randint(0, 999999), pid, r.randint(6000000, 9000000), r.randint(5000000, 6000000), r.randint(10000, 20000)))
        tt = t + r.uniform(5, 20)
        sl2 = '%s %s' % (syslog_ts(self.loc(tt)), a[0])
        y = self.alert(tt, 'syslog,systemd,service_availability,', a, 'journald', 40704, 5, 'Systemd: Service exited due to a failure.', '',
                       "%s systemd[1]: app.service: Failed with result 'oom-kill'." % sl2)
        return [(t, x), (tt, y)]


class Snare(Fmt):
    key, fname, clock, weight = 'snare', 'windows-security.log', 'local', 3.0
    product = 'Windows Security event log (Snare)'
    warn_per_min, err_per_min = 0.4, 1.0
    desc = {'error_burst': 'Windows 4625 logon failures rise many-fold (password spraying against the DC).',
            'new_error': 'Windows 4740 account lockouts start appearing on the DC, never seen before.',
            'disk_full': 'Windows event 1104: the security log is now full and events are no longer recorded.'}

    def setup(self):
        r = self.rng
        self.cnt = r.randint(10 ** 5, 10 ** 7)
        self.fqdn = '%s.%s.local' % (self.host, self.ctx.org)
        self.dom = self.ctx.org.upper()

    def ev(self, t, crit, eid, user, typ, cat, msg):
        d = self.loc(t)
        self.cnt += 1
        return '%s %s MSWinEventLog\t%d\tSecurity\t%d\t%s %s %02d %s %d\t%d\tMicrosoft-Windows-Security-Auditing\t%s\tN/A\t%s\t%s\t%s\t\t%s\t%d' % (
            syslog_ts(d), self.fqdn, crit, self.cnt, DAY[d.weekday()], MON[d.month - 1], d.day, d.strftime('%H:%M:%S'), d.year, eid,
            user, typ, self.fqdn, cat, msg, self.cnt % 100000)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        u = c.user(r)
        ip = r.choice(c.lan)
        x = r.random()
        if st.flood or x < 0.4:
            lid = '0x%X' % r.randint(0x100000, 0xFFFFFFF)
            return self.ev(t, 1, 4624, '%s\\%s' % (self.dom, u), 'Success Audit', 'Logon',
                           'An account was successfully logged on.    Subject:   Security ID:  S-1-0-0   Account Name:  -   Account Domain:  -   Logon ID:  0x0    Logon Information:   Logon Type:  3   Restricted Admin Mode: -   Virtual Account:  No   Elevated Token:  No    Impersonation Level:  Impersonation    New Logon:   Security ID:  S-1-5-21-%d-%d-%d-%d   Account Name:  %s   Account Domain:  %s   Logon ID:  %s    Network Information:   Workstation Name: -   Source Network Address: %s   Source Port:  %d    Detailed Authentication Information:   Logon Process:  Kerberos   Authentication Package: Kerberos' % (
                               r.randint(10 ** 9, 4 * 10 ** 9), r.randint(10 ** 9, 4 * 10 ** 9), r.randint(10 ** 9, 4 * 10 ** 9), r.randint(1100, 9999), u, self.dom, lid, ip, eph(r)))
        if x < 0.65:
            return self.ev(t, 1, 4634, '%s\\%s' % (self.dom, u), 'Success Audit', 'Logoff',
                           'An account was logged off.    Subject:   Security ID:  S-1-5-21-%d   Account Name:  %s   Account Domain:  %s   Logon ID:  0x%X    Logon Type:   3' % (
                               r.randint(10 ** 9, 4 * 10 ** 9), u, self.dom, r.randint(0x100000, 0xFFFFFFF)))
        if x < 0.85:
            return self.ev(t, 1, 4769, '%s\\%s' % (self.dom, u), 'Success Audit', 'Kerberos Service Ticket Operations',
                           'A Kerberos service ticket was requested.    Account Information:   Account Name:  %s@%s.LOCAL   Account Domain:  %s.LOCAL   Logon GUID:  {%s}    Service Information:   Service Name:  %s$    Network Information:   Client Address:  ::ffff:%s   Client Port:  %d    Additional Information:   Ticket Options:  0x40810000   Ticket Encryption Type: 0x12   Failure Code:  0x0' % (
                               u, self.dom, self.dom, uuid(r), r.choice(['FS01', 'SQL01', 'EXCH01', 'WEB02']), ip, eph(r)))
        return self.ev(t, 1, 4672, '%s\\%s' % (self.dom, r.choice(['svc_backup', 'svc_sql', 'adm_' + u.split('.')[1]])), 'Success Audit', 'Special Logon',
                       'Special privileges assigned to new logon.    Subject:   Security ID:  S-1-5-21-%d   Account Name:  %s   Account Domain:  %s   Logon ID:  0x%X    Privileges:  SeSecurityPrivilege     SeBackupPrivilege     SeRestorePrivilege     SeDebugPrivilege' % (
                           r.randint(10 ** 9, 4 * 10 ** 9), u, self.dom, r.randint(0x100000, 0xFFFFFFF)))

    def warn(self, t):
        r, c = self.rng, self.ctx
        return self.ev(t, 2, 4738, '%s\\adm_%s' % (self.dom, c.user(r).split('.')[1]), 'Success Audit', 'User Account Management',
                       'A user account was changed.    Subject:   Account Name:  adm   Account Domain:  %s    Target Account:   Account Name:  %s   Account Domain:  %s    Changed Attributes:   Password Last Set: %s' % (
                           self.dom, c.user(r), self.dom, self.loc(t).strftime('%m/%d/%Y %I:%M:%S %p')))

    def err(self, t):
        r, c = self.rng, self.ctx
        u = c.user(r) if r.random() < 0.7 else r.choice(['administrator', 'admin', 'test', 'scanner'])
        return self.ev(t, 3, 4625, 'NT AUTHORITY\\SYSTEM', 'Failure Audit', 'Logon',
                       'An account failed to log on.    Subject:   Security ID:  S-1-0-0   Account Name:  -   Account Domain:  -   Logon ID:  0x0    Logon Type:   3    Account For Which Logon Failed:   Security ID:  S-1-0-0   Account Name:  %s   Account Domain:  %s    Failure Information:   Failure Reason:  Unknown user name or bad password.   Status:   0xC000006D   Sub Status:  0xC000006A    Network Information:   Workstation Name: -   Source Network Address: %s   Source Port:  %d    Detailed Authentication Information:   Logon Process:  NtLmSsp    Authentication Package: NTLM' % (
                           u, self.dom, r.choice(c.lan[:30] + c.pub_in[:3]), eph(r)))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        u = c.user(r)
        return self.ev(t, 3, 4740, 'NT AUTHORITY\\SYSTEM', 'Success Audit', 'User Account Management',
                       'A user account was locked out.    Subject:   Security ID:  S-1-5-18   Account Name:  %s$   Account Domain:  %s   Logon ID:  0x3E7    Account That Was Locked Out:   Security ID:  S-1-5-21-%d   Account Name:  %s    Additional Information:   Caller Computer Name: %s' % (
                           self.host, self.dom, r.randint(10 ** 9, 4 * 10 ** 9), u, r.choice(['VPN-GW01', 'WKS-%04d' % r.randint(1, 9999), 'OWA01'])))

    def disk(self, t):
        return self.ev(t, 4, 1104, 'N/A', 'Error', 'Event processing', 'The security log is now full.')
