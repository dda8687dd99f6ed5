"""Cloud and SaaS identity formats: Okta System Log, Azure AD sign-ins, Azure Activity log, Azure App
Service HTTP log (W3C), GCP Cloud Logging export (Cloud Run), S3 server access log, AWS WAF log,
classic ELB access log, AWS Lambda CloudWatch export."""
import json

from common import Fmt, UAS, COUNTRIES, SCAN_COUNTRIES, iso_z, hexid, uuid, b64, utc, MON

CITIES = {'US': ('Ashburn', 'Virginia'), 'DE': ('Frankfurt am Main', 'Hesse'), 'GB': ('London', 'England'),
          'FR': ('Paris', 'Ile-de-France'), 'NL': ('Amsterdam', 'North Holland'), 'IN': ('Mumbai', 'Maharashtra'),
          'JP': ('Tokyo', 'Tokyo'), 'BR': ('Sao Paulo', 'Sao Paulo'), 'CA': ('Toronto', 'Ontario'),
          'CN': ('Shenzhen', 'Guangdong'), 'RU': ('Moscow', 'Moscow'), 'VN': ('Hanoi', 'Hanoi'), 'IR': ('Tehran', 'Tehran')}


def J(o):
    return json.dumps(o, separators=(',', ':'))


def eph(r):
    return r.randint(32768, 60999)


class Okta(Fmt):
    key, fname, clock, weight = 'okta', 'okta-systemlog.json', 'utc', 2.0
    product = 'Okta'
    warn_per_min, err_per_min = 0.3, 0.6
    lines_per_rec = 1.0
    desc = {'error_burst': 'Okta user.session.start failures (INVALID_CREDENTIALS) rise many-fold: password spraying.',
            'new_error': 'Okta starts logging system.org.rate_limit.violation events, never seen before.'}

    def setup(self):
        r = self.rng
        self.org_id = '00o' + b64(r, 17).replace('+', 'a').replace('/', 'b')
        self.uid = {}
        self.apps = [('Salesforce.com', 'salesforce'), ('Slack', 'slack'), ('Atlassian Cloud', 'atlassian'),
                     ('AWS IAM Identity Center', 'amazon_aws_sso'), ('Zoom', 'zoom'), ('Workday', 'workday')]

    def _uid(self, u):
        if u not in self.uid:
            self.uid[u] = '00u' + b64(self.rng, 17).replace('+', 'x').replace('/', 'y')
        return self.uid[u]

    def ev(self, t, etype, disp, result, reason, sev, u=None, ip=None, cc=None, target=None, legacy=None):
        r, c = self.rng, self.ctx
        u = u or c.user(r)
        cc = cc or r.choice(COUNTRIES)[0]
        city, state = CITIES[cc]
        ip = ip or r.choice(c.pub_in)
        ua = r.choice(UAS[:6])
        o = {'actor': {'id': self._uid(u), 'type': 'User', 'alternateId': c.email(r, u), 'displayName': u.replace('.', ' ').title(), 'detailEntry': None},
             'client': {'userAgent': {'rawUserAgent': ua, 'os': 'Windows 10' if 'Windows' in ua else 'Mac OS X' if 'Mac' in ua else 'Unknown',
                                      'browser': 'CHROME' if 'Chrome' in ua else 'SAFARI' if 'Safari' in ua else 'FIREFOX' if 'Firefox' in ua else 'UNKNOWN'},
                        'zone': 'null', 'device': 'Computer', 'id': None, 'ipAddress': ip,
                        'geographicalContext': {'city': city, 'state': state, 'country': cc, 'postalCode': None,
                                                'geolocation': {'lat': round(r.uniform(-40, 60), 4), 'lon': round(r.uniform(-120, 140), 4)}}},
             'device': None,
             'authenticationContext': {'authenticationProvider': None, 'credentialProvider': None, 'credentialType': None,
                                       'issuer': None, 'interface': None, 'authenticationStep': 0, 'externalSessionId': '102' + b64(r, 22).replace('/', 'Q')},
             'displayMessage': disp, 'eventType': etype, 'outcome': {'result': result, 'reason': reason},
             'published': iso_z(t), 'securityContext': {'asNumber': r.choice([3320, 7922, 16509, 8075]), 'asOrg': r.choice(['deutsche telekom ag', 'comcast', 'amazon.com', 'microsoft corporation']),
                                                       'isp': r.choice(['Deutsche Telekom AG', 'Comcast Cable', 'Amazon.com', 'Microsoft Corporation']), 'domain': None, 'isProxy': False},
             'severity': sev,
             'debugContext': {'debugData': {'requestId': b64(r, 27).replace('/', 'A').replace('+', 'B'), 'requestUri': '/api/v1/authn', 'threatSuspected': 'false', 'url': '/api/v1/authn?'}},
             'legacyEventType': legacy, 'transaction': {'type': 'WEB', 'id': b64(r, 27).replace('/', 'C').replace('+', 'D'), 'detail': {}},
             'uuid': uuid(r), 'version': '0', 'request': {'ipChain': [{'ip': ip, 'geographicalContext': {'city': city, 'state': state, 'country': cc}, 'version': 'V4', 'source': None}]},
             'target': target}
        return J(o)

    def normal(self, t, st):
        r = self.rng
        x = r.random()
        if st.flood:
            return self.ev(t, 'user.session.start', 'User login to Okta', 'SUCCESS', None, 'INFO', ip=r.choice(self.ctx.scan_ips[:5]),
                           cc='US', legacy='core.user_auth.login_success')
        if x < 0.35:
            return self.ev(t, 'user.session.start', 'User login to Okta', 'SUCCESS', None, 'INFO', legacy='core.user_auth.login_success')
        if x < 0.55:
            return self.ev(t, 'user.authentication.auth_via_mfa', 'Authentication of user via MFA', 'SUCCESS', None, 'INFO',
                           target=[{'id': 'pfd' + b64(r, 17).replace('/', 'k'), 'type': 'AuthenticatorEnrollment', 'alternateId': 'unknown', 'displayName': r.choice(['Okta Verify', 'Google Authenticator', 'FIDO2 (WebAuthn)']), 'detailEntry': None}])
        if x < 0.85:
            app = r.choice(self.apps)
            return self.ev(t, 'user.authentication.sso', 'User single sign on to app', 'SUCCESS', None, 'INFO', legacy='app.auth.sso',
                           target=[{'id': '0oa' + b64(r, 17).replace('/', 'z'), 'type': 'AppInstance', 'alternateId': app[0], 'displayName': app[0], 'detailEntry': {'signOnModeType': 'SAML_2_0'}}])
        if x < 0.95:
            return self.ev(t, 'policy.evaluate_sign_on', 'Evaluation of sign-on policy', 'ALLOW', 'Sign-on policy evaluation resulted in ALLOW', 'INFO')
        return self.ev(t, 'user.session.end', 'User logout from Okta', 'SUCCESS', None, 'INFO', legacy='core.user_auth.logout_success')

    def warn(self, t):
        return self.ev(t, 'user.authentication.auth_via_mfa', 'Authentication of user via MFA', 'FAILURE', 'INVALID_CREDENTIALS', 'INFO')

    def err(self, t):
        r = self.rng
        cc = r.choice(SCAN_COUNTRIES)[0]
        return self.ev(t, 'user.session.start', 'User login to Okta', 'FAILURE', 'INVALID_CREDENTIALS', 'WARN', ip=r.choice(self.ctx.scan_ips), cc=cc,
                       legacy='core.user_auth.login_failed')

    def new_err(self, t):
        r = self.rng
        return self.ev(t, 'system.org.rate_limit.violation', 'Rate limit violation', 'DENY', 'Org rate limit exceeded for /api/v1/authn', 'WARN',
                       ip=r.choice(self.ctx.scan_ips[:3]), cc='RU')


class AadSignin(Fmt):
    key, fname, clock, weight = 'aad', 'aad-signinlogs.json', 'utc', 2.5
    product = 'Azure AD (Entra ID) sign-in log'
    warn_per_min, err_per_min = 0.3, 0.6
    desc = {'error_burst': 'Azure AD sign-ins failing with 50126 (invalid username or password) rise many-fold.',
            'new_error': 'Azure AD starts returning 50053 (account locked) for many sign-ins, never seen before.'}
    APPS = [('Office 365 Exchange Online', '00000002-0000-0ff1-ce00-000000000000'), ('Microsoft Teams', '1fec8e78-bce4-4aaf-ab1b-5451cc387264'),
            ('Azure Portal', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c'), ('Office 365 SharePoint Online', '00000003-0000-0ff1-ce00-000000000000'),
            ('Microsoft Azure CLI', '04b07795-8ddb-461a-bbee-02f9e1bf7b46')]

    def setup(self):
        self.oid = {}

    def ev(self, t, code, desc, u=None, ip=None, cc=None, ca='success'):
        r, c = self.rng, self.ctx
        u = u or c.user(r)
        if u not in self.oid:
            self.oid[u] = uuid(r)
        cc = cc or r.choice(COUNTRIES[:5])[0]
        ip = ip or r.choice(c.pub_in)
        app = r.choice(self.APPS)
        corr = uuid(r)
        city, state = CITIES[cc]
        o = {'time': utc(t).strftime('%Y-%m-%dT%H:%M:%S.') + '%07dZ' % int((t % 1) * 1e7),
             'resourceId': '/tenants/%s/providers/Microsoft.aadiam' % c.tenant, 'operationName': 'Sign-in activity', 'operationVersion': '1.0',
             'category': 'SignInLogs', 'tenantId': c.tenant, 'resultType': str(code), 'resultSignature': 'None', 'resultDescription': desc,
             'durationMs': 0, 'callerIpAddress': ip, 'correlationId': corr, 'identity': u.replace('.', ' ').title(), 'Level': 4 if code == 0 else 2,
             'location': cc,
             'properties': {'id': uuid(r), 'userDisplayName': u.replace('.', ' ').title(), 'userPrincipalName': c.email(r, u),
                            'userId': self.oid[u], 'appId': app[1], 'appDisplayName': app[0], 'ipAddress': ip,
                            'status': {'errorCode': code} if code == 0 else {'errorCode': code, 'failureReason': desc},
                            'clientAppUsed': r.choice(['Browser', 'Mobile Apps and Desktop clients']), 'userAgent': r.choice(UAS[:6]),
                            'deviceDetail': {'deviceId': '', 'operatingSystem': r.choice(['Windows 10', 'MacOs', 'Ios', 'Android']), 'browser': r.choice(['Chrome 121.0.0', 'Edge 120.0.0', 'Safari 17.2'])},
                            'location': {'city': city, 'state': state, 'countryOrRegion': cc},
                            'correlationId': corr, 'conditionalAccessStatus': ca, 'isInteractive': True, 'tokenIssuerType': 'AzureAD',
                            'processingTimeInMilliseconds': r.randint(40, 400), 'riskDetail': 'none', 'riskLevelAggregated': 'none',
                            'riskLevelDuringSignIn': 'none', 'riskState': 'none', 'resourceDisplayName': app[0], 'resourceId': app[1],
                            'authenticationRequirement': r.choice(['singleFactorAuthentication', 'multiFactorAuthentication']),
                            'userType': 'Member', 'flaggedForReview': False, 'autonomousSystemNumber': r.choice([3320, 7922, 8075, 16509]),
                            'crossTenantAccessType': 'none', 'uniqueTokenIdentifier': b64(r, 22).replace('/', '_').replace('+', '-'),
                            'incomingTokenType': 'none', 'authenticationProtocol': 'none'}}
        return J(o)

    def normal(self, t, st):
        r = self.rng
        if st.flood:
            return self.ev(t, 0, '', ip=r.choice(self.ctx.scan_ips[:4]), cc='US')
        if r.random() < 0.04:
            return self.ev(t, 50140, 'This error occurred due to \'Keep me signed in\' interrupt when the user was signing in.', ca='notApplied')
        return self.ev(t, 0, '')

    def warn(self, t):
        return self.ev(t, 50074, 'Strong Authentication is required.', ca='notApplied')

    def err(self, t):
        r = self.rng
        return self.ev(t, 50126, 'Error validating credentials due to invalid username or password.', ip=r.choice(self.ctx.scan_ips),
                       cc=r.choice(SCAN_COUNTRIES)[0], ca='notApplied')

    def new_err(self, t):
        r = self.rng
        return self.ev(t, 50053, 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
                       ip=r.choice(self.ctx.scan_ips), cc=r.choice(SCAN_COUNTRIES)[0], ca='notApplied')


class AzureActivity(Fmt):
    key, fname, clock, weight = 'azact', 'azure-activity.json', 'utc', 1.2
    product = 'Azure Activity log'
    flood = False
    warn_per_min, err_per_min = 0.3, 0.4
    desc = {'error_burst': 'Azure Activity log AuthorizationFailed failures rise many-fold.',
            'new_error': 'Azure Activity log starts showing ScopeLocked failures on NSG rule deletes, never seen before.'}
    OPS = [('MICROSOFT.COMPUTE/VIRTUALMACHINES/START/ACTION', 'Accepted'), ('MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE', 'Created'),
           ('MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION', 'OK'), ('MICROSOFT.RESOURCES/DEPLOYMENTS/WRITE', 'Created'),
           ('MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/SECURITYRULES/WRITE', 'Created'), ('MICROSOFT.KEYVAULT/VAULTS/WRITE', 'OK'),
           ('MICROSOFT.WEB/SITES/RESTART/ACTION', 'OK'), ('MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE', 'Created')]

    def setup(self):
        r = self.rng
        self.rgs = ['rg-%s-%s' % (x, r.choice(['prod', 'dev', 'shared'])) for x in ('web', 'data', 'net', 'identity')]

    def ev(self, t, op, rtype, sig, status, level, msg=None, caller=None):
        r, c = self.rng, self.ctx
        rg = r.choice(self.rgs)
        rid = '/SUBSCRIPTIONS/%s/RESOURCEGROUPS/%s/PROVIDERS/%s/%s' % (c.sub.upper(), rg.upper(), '/'.join(op.split('/')[:2]), hexid(r, 6).upper())
        caller = caller or c.email(r)
        props = {'statusCode': status, 'serviceRequestId': uuid(r) if r.random() < 0.5 else None, 'eventCategory': 'Administrative',
                 'entity': rid, 'message': op.lower().replace('microsoft.', 'Microsoft.'), 'hierarchy': '%s/%s' % (c.tenant, c.sub)}
        if msg:
            props['statusMessage'] = msg
        o = {'time': utc(t).strftime('%Y-%m-%dT%H:%M:%S.') + '%07dZ' % int((t % 1) * 1e7), 'resourceId': rid, 'operationName': op,
             'category': 'Administrative', 'resultType': rtype, 'resultSignature': sig, 'durationMs': str(r.randint(0, 4000)),
             'callerIpAddress': r.choice(c.pub_in[:20]), 'correlationId': uuid(r),
             'identity': {'authorization': {'scope': rid, 'action': op.lower()}, 'claims': {'name': caller, 'ipaddr': r.choice(c.pub_in[:20])}},
             'level': level, 'location': 'global', 'properties': props}
        return J(o)

    def normal(self, t, st):
        r = self.rng
        op, code = r.choice(self.OPS)
        if r.random() < 0.5:
            return self.ev(t, op, 'Start', 'Started.', 'Started', 'Information')
        return self.ev(t, op, 'Success', 'Succeeded.' + code, code, 'Information')

    def warn(self, t):
        r = self.rng
        return self.ev(t, 'MICROSOFT.AUTHORIZATION/POLICIES/AUDIT/ACTION', 'Success', 'Succeeded.', 'OK', 'Warning', caller='Azure Policy')

    def err(self, t):
        r, c = self.rng, self.ctx
        app = uuid(r)
        return self.ev(t, 'MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION', 'Failure', 'Failed.Forbidden', 'Forbidden', 'Error',
                       msg=J({'error': {'code': 'AuthorizationFailed', 'message': "The client '%s' with object id '%s' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/listKeys/action' over scope '/subscriptions/%s/resourceGroups/rg-data-prod' or the scope is invalid. If access was recently granted, please refresh your credentials." % (app, app, c.sub)}}),
                       caller=app)

    def new_err(self, t):
        c = self.ctx
        return self.ev(t, 'MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/SECURITYRULES/DELETE', 'Failure', 'Failed.Conflict', 'Conflict', 'Error',
                       msg=J({'error': {'code': 'ScopeLocked', 'message': "The scope '/subscriptions/%s/resourceGroups/rg-net-prod/providers/Microsoft.Network/networkSecurityGroups/nsg-web' cannot perform delete operation because following scope(s) are locked: '/subscriptions/%s/resourceGroups/rg-net-prod'. Please remove the lock and try again." % (c.sub, c.sub)}}),
                       caller='terraform-sp@' + c.domain)


class AppService(Fmt):
    key, fname, clock, weight = 'appsvc', 'appservice-http.log', 'utc', 4.0
    product = 'Azure App Service (IIS W3C HTTP log)'
    http = lat = True
    crlf = True
    warn_per_min, err_per_min = 0.0, 0.0
    desc = {'http_5xx': 'Azure App Service answers 500/502/503 in a large share of requests.',
            'latency_shift': 'time-taken in the App Service HTTP log rises several-fold.'}
    FIELDS = ('date time s-sitename cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) '
              'cs(Referer) cs-host sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken')

    def setup(self):
        r = self.rng
        self.site = '~1%s-%s' % (self.ctx.org.upper(), r.choice(['PROD-API', 'WEB-PROD', 'PORTAL']))
        self.aff = [hexid(r, 64) for _ in range(r.randint(2, 4))]

    def _hdr(self, t):
        return ['#Software: Microsoft Internet Information Services 8.0', '#Fields: ' + self.FIELDS]

    def header(self, t):
        return self._hdr(t)

    def restart(self, t_stop, t_start):
        return [(t_start, x) for x in self._hdr(t_start)]

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        method = r.choice(['GET', 'GET', 'GET', 'POST', 'PUT'])
        path = c.path(r)
        tt = int(r.lognormvariate(4.2, 0.7) * st.lat)
        status, sub, w32 = r.choices([(200, 0, 0), (304, 0, 0), (302, 0, 0), (404, 0, 2), (401, 0, 0), (201, 0, 0)],
                                     weights=[70, 8, 5, 4, 2, 4])[0]
        if r.random() < 0.003 + st.p5xx:
            status, sub, w32 = r.choice([(500, 0, 0), (502, 3, 12002), (503, 0, 0), (500, 121, 0)])
            tt = max(tt, r.randint(200, 30000)) if sub else tt
        ip = r.choice(c.scan_ips[:4]) if st.flood else r.choice(c.pub_in)
        aff = r.choice(self.aff)
        return '%s %s %s %s %s %d - %s %s ARRAffinity=%s;+ARRAffinitySameSite=%s - %s %d %d %d %d %d %d' % (
            utc(t).strftime('%Y-%m-%d %H:%M:%S'), self.site, method, path.split('?')[0], '-' if r.random() < 0.8 else 'page=%d' % r.randint(1, 9),
            443, ip, r.choice(UAS).replace(' ', '+'), aff, aff, r.choice(c.sites), status, sub, w32,
            int(r.expovariate(1 / 6000)) + 200, r.randint(300, 2500), tt)

    def err(self, t):
        return None


class GcpRun(Fmt):
    key, fname, clock, weight = 'gcprun', 'gcp-run-orders.json', 'utc', 3.5
    product = 'GCP Cloud Run service (Cloud Logging export)'
    http = lat = True
    warn_per_min, err_per_min = 0.5, 0.5
    desc = {'error_burst': 'A known application error (rpc NotFound) in the Cloud Run service rises many-fold.',
            'new_error': 'Cloud Run service starts failing with PermissionDenied on Secret Manager, never seen before.',
            'retry_storm': 'Cloud Run service piles up i/o timeouts and retries against Cloud SQL.',
            'oom_kill': 'Cloud Run container exceeds its memory limit and is killed (Memory limit exceeded).',
            'panic': 'Cloud Run Go service panics (nil pointer dereference, goroutine dump) and the container restarts.',
            'http_5xx': 'Cloud Run request log shows a large share of 5xx responses.',
            'latency_shift': 'Cloud Run request latency rises several-fold.'}

    def setup(self):
        r = self.rng
        self.svc = self.host
        self.region = r.choice(['us-central1', 'europe-west1', 'europe-west3', 'asia-northeast1'])
        self.rev = '%s-%05d-%s' % (self.svc, r.randint(10, 300), ''.join(r.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(3)))
        self.inst = ['00f46b92' + hexid(r, 120) for _ in range(3)]
        self.proj = self.ctx.gcp_project

    def _res(self):
        return {'labels': {'configuration_name': self.svc, 'location': self.region, 'project_id': self.proj,
                           'revision_name': self.rev, 'service_name': self.svc}, 'type': 'cloud_run_revision'}

    def ent(self, t, sev, log, payload_key=None, payload=None, http=None):
        r = self.rng
        o = {'insertId': hexid(r, 24)}
        if http:
            o['httpRequest'] = http
        if payload_key:
            o[payload_key] = payload
        o['resource'] = self._res()
        o['timestamp'] = utc(t).strftime('%Y-%m-%dT%H:%M:%S.') + '%06dZ' % int((t % 1) * 1e6)
        o['severity'] = sev
        o['labels'] = {'instanceId': r.choice(self.inst)}
        o['logName'] = 'projects/%s/logs/run.googleapis.com%%2F%s' % (self.proj, log)
        if http:
            o['trace'] = 'projects/%s/traces/%s' % (self.proj, hexid(r, 32))
            o['traceSampled'] = r.random() < 0.1
        o['receiveTimestamp'] = utc(t + r.uniform(0.02, 0.6)).strftime('%Y-%m-%dT%H:%M:%S.%fZ')
        return J(o)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        if r.random() < 0.12 and not st.flood:
            return self.ent(t, 'INFO', 'stdout', 'jsonPayload', {'level': 'info', 'msg': r.choice(['order fetched', 'cart updated', 'cache hit', 'payment intent created']),
                                                                  'order_id': r.randint(100000, 999999), 'user': c.user(r), 'caller': 'handlers/orders.go:%d' % r.randint(40, 300)})
        lat = r.lognormvariate(-3.0, 0.7) * st.lat
        status = r.choices([200, 201, 204, 304, 400, 404], weights=[80, 5, 4, 3, 2, 4])[0]
        sev = 'INFO'
        if r.random() < 0.002 + st.p5xx:
            status, sev = r.choice([500, 503, 502, 504]), 'ERROR'
        elif status >= 400:
            sev = 'WARNING'
        ip = r.choice(c.scan_ips[:4]) if st.flood else r.choice(c.pub_in)
        h = {'requestMethod': r.choice(['GET', 'GET', 'POST']), 'requestUrl': 'https://%s-%s-%s.a.run.app%s' % (self.svc, hexid(r, 10)[:10], 'uc', c.path(r)),
             'requestSize': str(r.randint(200, 2000)), 'status': status, 'responseSize': str(int(r.expovariate(1 / 5000)) + 100),
             'userAgent': r.choice(UAS), 'remoteIp': ip, 'serverIp': '216.239.%d.53' % r.choice([32, 34, 36, 38]),
             'latency': '%.9fs' % lat, 'protocol': 'HTTP/1.1'}
        return self.ent(t, sev, 'requests', None, None, h)

    def warn(self, t):
        r = self.rng
        return self.ent(t, 'WARNING', 'stderr', 'textPayload', '%s WARN cache: redis GET took longer than expected key=session:%s' % (
            utc(t).strftime('%Y/%m/%d %H:%M:%S'), hexid(r, 12)))

    def err(self, t):
        r = self.rng
        return self.ent(t, 'ERROR', 'stdout', 'jsonPayload', {'level': 'error', 'msg': 'rpc error: code = NotFound desc = order %d not found' % r.randint(100000, 999999),
                                                               'caller': 'handlers/orders.go:118', 'stacktrace': 'main.(*OrderHandler).Get\n\t/app/handlers/orders.go:118'})

    def new_err(self, t):
        return self.ent(t, 'ERROR', 'stdout', 'jsonPayload', {'level': 'error', 'msg': "rpc error: code = PermissionDenied desc = Permission 'secretmanager.versions.access' denied on resource 'projects/%s/secrets/stripe-api-key/versions/latest' (or it may not exist)." % self.proj,
                                                               'caller': 'payments/client.go:57'})

    def retry(self, t):
        r = self.rng
        return self.ent(t, 'WARNING', 'stdout', 'jsonPayload', {'level': 'warn', 'msg': 'dial tcp 10.%d.0.3:5432: i/o timeout; retrying in %dms (attempt %d/5)' % (
            r.randint(20, 90), r.choice([100, 200, 400, 800, 1600]), r.randint(1, 5)), 'caller': 'db/pool.go:88', 'component': 'cloudsql'})

    def retry_ok(self, t):
        return self.ent(t, 'WARNING', 'stdout', 'jsonPayload', {'level': 'warn', 'msg': 'dial tcp 10.40.0.3:5432: i/o timeout; retrying in 100ms (attempt 1/5)', 'caller': 'db/pool.go:88', 'component': 'cloudsql'})

    def _start(self, t):
        r = self.rng
        self.inst[r.randrange(3)] = '00f46b92' + hexid(r, 120)
        return [(t, self.ent(t, 'INFO', 'varlog%2Fsystem', 'textPayload', 'Starting new instance. Reason: AUTOSCALING - Instance started due to configured scaling factors (e.g. CPU utilization, request throughput, etc.) or no existing capacity for current traffic.')),
                (t + 2.5, self.ent(t + 2.5, 'INFO', 'stdout', 'jsonPayload', {'level': 'info', 'msg': 'listening on :8080', 'caller': 'main.go:64'})),
                (t + 2.6, self.ent(t + 2.6, 'INFO', 'varlog%2Fsystem', 'textPayload', 'Default STARTUP TCP probe succeeded after 1 attempt for container "%s-1" on port 8080.' % self.svc))]

    def restart(self, t_stop, t_start):
        out = []
        if t_stop is not None:
            out.append((t_stop, self.ent(t_stop, 'INFO', 'varlog%2Fsystem', 'textPayload', 'Shutting down user disabled instance')))
        return out + self._start(t_start)

    def oom(self, t):
        r = self.rng
        lim = 512
        return [(t, self.ent(t, 'ERROR', 'varlog%2Fsystem', 'textPayload', 'Memory limit of %d MiB exceeded with %d MiB used. Consider increasing the memory limit, see https://cloud.google.com/run/docs/configuring/memory-limits' % (lim, lim + r.randint(3, 40)))),
                (t + 0.2, self.ent(t + 0.2, 'ERROR', 'requests', None, None, {'requestMethod': 'POST', 'requestUrl': 'https://%s.a.run.app/api/v1/orders/export' % self.svc, 'status': 503,
                                                                             'userAgent': r.choice(UAS), 'remoteIp': r.choice(self.ctx.pub_in), 'latency': '%.9fs' % r.uniform(2, 9), 'protocol': 'HTTP/1.1'}))] + self._start(t + r.uniform(3, 10))

    def panic(self, t):
        r = self.rng
        g = r.randint(100, 9000)
        trace = ('panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8c3f2e]\n\n'
                 'goroutine %d [running]:\nmain.(*OrderHandler).applyDiscount(0xc0001a2000, 0x0)\n\t/app/handlers/discount.go:42 +0x2e\n'
                 'main.(*OrderHandler).Create(0xc0001a2000, {0xa1c2e0, 0xc000412380}, 0xc0003b6900)\n\t/app/handlers/orders.go:211 +0x3d4\n'
                 'net/http.HandlerFunc.ServeHTTP(0xc000128050, {0xa1c2e0, 0xc000412380}, 0xc0003b6900)\n\t/usr/local/go/src/net/http/server.go:2136 +0x29\n'
                 'net/http.serverHandler.ServeHTTP({0xc00012c0f0}, {0xa1c2e0, 0xc000412380}, 0xc0003b6900)\n\t/usr/local/go/src/net/http/server.go:2938 +0x8e\n'
                 'created by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3086 +0x5cb' % g)
        return [(t, self.ent(t, 'ERROR', 'stderr', 'textPayload', trace)),
                (t + 0.3, self.ent(t + 0.3, 'WARNING', 'varlog%2Fsystem', 'textPayload', 'Container called exit(2).'))] + self._start(t + r.uniform(2, 6))


class S3Access(Fmt):
    key, fname, clock, weight = 's3', 's3-access.log', 'utc', 3.0
    product = 'Amazon S3 server access log'
    http = lat = True
    warn_per_min, err_per_min = 0.0, 0.5
    desc = {'error_burst': 'S3 AccessDenied (403) responses rise many-fold.',
            'new_error': 'S3 starts failing requests with KMS.DisabledException, never seen before.',
            'http_5xx': 'S3 answers 503 SlowDown / 500 InternalError in a large share.',
            'latency_shift': 'S3 total request time rises several-fold.'}

    def setup(self):
        r = self.rng
        self.bucket = '%s-%s-%s' % (self.ctx.org, r.choice(['assets', 'uploads', 'static', 'exports']), r.choice(['prod', 'eu', 'web']))
        self.owner = hexid(r, 64)
        self.reqs = [hexid(r, 64) for _ in range(6)]
        self.roles = ['arn:aws:sts::%s:assumed-role/%s/%s' % (self.ctx.aws_acct, x, y) for x, y in
                      [('orders-api-role', 'orders-api'), ('cdn-origin', 'cloudfront'), ('etl-job', 'glue-job-7')]]

    def line(self, t, op, key, status, err, tt, method=None, requester=None, ip=None):
        r, c = self.rng, self.ctx
        d = utc(t)
        method = method or ('GET' if 'GET' in op else 'PUT' if 'PUT' in op else 'HEAD' if 'HEAD' in op else 'DELETE')
        size = int(r.expovariate(1 / 60000)) if status == 200 else 0
        return '%s %s [%02d/%s/%d:%s +0000] %s %s %s %s %s "%s /%s HTTP/1.1" %d %s %s %s %d %s "-" "%s" - %s SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader %s.s3.%s.amazonaws.com TLSv1.2 - -' % (
            self.owner, self.bucket, d.day, MON[d.month - 1], d.year, d.strftime('%H:%M:%S'), ip or r.choice(c.pub_in + c.ext_dst[:10]),
            requester or r.choice(self.roles), hexid(r, 16).upper(), op, key, method, key, status, err, size if size else '-',
            size if size else '-', tt, max(1, tt - r.randint(0, max(1, tt // 2))) if status < 500 else '-', r.choice(UAS[6:]),
            b64(r, 76), self.bucket, c.region)

    def normal(self, t, st):
        r = self.rng
        op = r.choices(['REST.GET.OBJECT', 'REST.PUT.OBJECT', 'REST.HEAD.OBJECT', 'WEBSITE.GET.OBJECT', 'REST.GET.BUCKET'], weights=[60, 12, 15, 8, 5])[0]
        key = '%s/%s/%s.%s' % (r.choice(['img', 'uploads', 'exports', 'static']), utc(t).strftime('%Y/%m/%d'), hexid(r, 12), r.choice(['jpg', 'json', 'csv.gz', 'pdf']))
        tt = max(1, int(r.lognormvariate(2.8, 0.8) * st.lat))
        status, e = 200, '-'
        if r.random() < 0.03:
            status, e = 404, 'NoSuchKey'
        if r.random() < 0.002 + st.p5xx:
            status, e = r.choice([(503, 'SlowDown'), (500, 'InternalError'), (503, 'ServiceUnavailable')])
        ip = r.choice(self.ctx.scan_ips[:4]) if st.flood else None
        return self.line(t, op, key, status, e, tt, ip=ip)

    def err(self, t):
        r = self.rng
        return self.line(t, 'REST.GET.OBJECT', 'exports/%s.csv.gz' % hexid(r, 10), 403, 'AccessDenied', r.randint(2, 20), requester='-',
                         ip=r.choice(self.ctx.scan_ips))

    def new_err(self, t):
        r = self.rng
        return self.line(t, 'REST.GET.OBJECT', 'exports/%s.csv.gz' % hexid(r, 10), 400, 'KMS.DisabledException', r.randint(10, 60),
                         requester=self.roles[2])


class AwsWaf(Fmt):
    key, fname, clock, weight = 'awswaf', 'aws-waf.json', 'epoch', 3.0
    product = 'AWS WAF'
    warn_per_min, err_per_min = 0.0, 0.8
    desc = {'error_burst': 'AWS WAF blocks by the managed SQL-injection rule set rise many-fold.',
            'new_error': 'AWS WAF rate-based rule starts blocking requests, never seen before.',
            'traffic_flood': 'HTTP request flood (DDoS) through AWS WAF: record volume jumps many-fold.'}

    def setup(self):
        r = self.rng
        c = self.ctx
        self.acl = 'arn:aws:wafv2:%s:%s:regional/webacl/prod-web-acl/%s' % (c.region, c.aws_acct, uuid(r))
        self.alb = '%s-app/prod-alb/%s' % (c.aws_acct, hexid(r, 16))

    def ev(self, t, action, rid, rtype, rgroups, uri, ip=None, cc=None, args=''):
        r, c = self.rng, self.ctx
        cc = cc or r.choice(COUNTRIES)[0]
        o = {'timestamp': int(t * 1000), 'formatVersion': 1, 'webaclId': self.acl, 'terminatingRuleId': rid, 'terminatingRuleType': rtype,
             'action': action, 'terminatingRuleMatchDetails': [], 'httpSourceName': 'ALB', 'httpSourceId': self.alb,
             'ruleGroupList': rgroups, 'rateBasedRuleList': [], 'nonTerminatingMatchingRules': [], 'requestHeadersInserted': None,
             'responseCodeSent': None,
             'httpRequest': {'clientIp': ip or r.choice(c.pub_in), 'country': cc,
                             'headers': [{'name': 'Host', 'value': r.choice(c.sites)}, {'name': 'User-Agent', 'value': r.choice(UAS)},
                                         {'name': 'Accept', 'value': '*/*'}],
                             'uri': uri, 'args': args, 'httpVersion': 'HTTP/1.1', 'httpMethod': r.choice(['GET', 'GET', 'POST']),
                             'requestId': '1-%08x-%s' % (int(t), hexid(r, 24))},
             'labels': [{'name': 'awswaf:clientip:geo:country:%s' % cc}]}
        return J(o)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        rg = [{'ruleGroupId': 'AWS#AWSManagedRulesCommonRuleSet', 'terminatingRule': None, 'nonTerminatingMatchingRules': [], 'excludedRules': None}]
        ip = r.choice(c.scan_ips[:6]) if st.flood else None
        return self.ev(t, 'ALLOW', 'Default_Action', 'REGULAR', rg, c.path(r), ip=ip, cc='CN' if st.flood else None)

    def err(self, t):
        r, c = self.rng, self.ctx
        rg = [{'ruleGroupId': 'AWS#AWSManagedRulesSQLiRuleSet', 'terminatingRule': {'ruleId': 'SQLi_QUERYARGUMENTS', 'action': 'BLOCK', 'ruleMatchDetails': None},
               'nonTerminatingMatchingRules': [], 'excludedRules': None}]
        return self.ev(t, 'BLOCK', 'AWS-AWSManagedRulesSQLiRuleSet', 'MANAGED_RULE_GROUP', rg, '/search', ip=r.choice(c.scan_ips),
                       cc=r.choice(SCAN_COUNTRIES)[0], args="q=1%27%20OR%20%271%27%3D%271")

    def new_err(self, t):
        r, c = self.rng, self.ctx
        return self.ev(t, 'BLOCK', 'RateLimit-Per-IP-2000', 'RATE_BASED', [], '/api/v1/session', ip=r.choice(c.scan_ips[:3]), cc='VN')


class ElbClassic(Fmt):
    key, fname, clock, weight = 'elb', 'elb-access.log', 'utc', 4.0
    product = 'AWS classic ELB'
    http = lat = True
    warn_per_min, err_per_min = 0.0, 0.0
    desc = {'http_5xx': 'Classic ELB returns 502/503/504 (backend failures/timeouts) in a large share.',
            'latency_shift': 'Backend processing time on the classic ELB rises several-fold.'}

    def setup(self):
        r = self.rng
        self.name = '%s-%s-elb' % (self.ctx.org, r.choice(['web', 'api', 'prod']))
        self.backends = ['10.0.%d.%d' % (r.randint(1, 3), r.randint(10, 200)) for _ in range(r.randint(3, 6))]

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        ip = r.choice(c.scan_ips[:5]) if st.flood else r.choice(c.pub_in)
        m = r.choice(['GET', 'GET', 'GET', 'POST'])
        req = '"%s https://%s:443%s HTTP/1.1"' % (m, r.choice(c.sites), c.path(r))
        tail = '"%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2' % r.choice(UAS)
        ts = utc(t).strftime('%Y-%m-%dT%H:%M:%S.') + '%06dZ' % int((t % 1) * 1e6)
        if r.random() < 0.002 + st.p5xx:
            code = r.choice([502, 503, 504, 504])
            if code == 503:
                return '%s %s %s:%d - -1 -1 -1 503 0 0 0 %s %s' % (ts, self.name, ip, eph(r), req, tail)
            if code == 504:
                return '%s %s %s:%d %s:80 -1 -1 -1 504 0 %d 0 %s %s' % (ts, self.name, ip, eph(r), r.choice(self.backends), r.randint(0, 900), req, tail)
            return '%s %s %s:%d %s:80 0.000041 %.6f 0.000022 502 502 %d 0 %s %s' % (ts, self.name, ip, eph(r), r.choice(self.backends), r.uniform(0.001, 0.03), r.randint(0, 900), req, tail)
        be = r.lognormvariate(-3.2, 0.7) * st.lat
        code = r.choices([200, 200, 304, 302, 404, 401], weights=[80, 5, 5, 4, 4, 2])[0]
        return '%s %s %s:%d %s:80 %.6f %.6f %.6f %d %d %d %d %s %s' % (
            ts, self.name, ip, eph(r), r.choice(self.backends), r.uniform(0.00002, 0.00008), be, r.uniform(0.00001, 0.00005),
            code, code, r.randint(0, 1500) if m == 'POST' else 0, int(r.expovariate(1 / 6000)) + 100, req, tail)


class Lambda(Fmt):
    key, fname, clock, weight = 'lambda', 'lambda-orders-api.log', 'offset', 4.0
    product = 'AWS Lambda function (CloudWatch Logs export)'
    lat = True
    lines_per_rec = 4.6
    warn_per_min, err_per_min = 0.4, 0.4
    desc = {'error_burst': 'A known Lambda handler error (ValidationError) rises many-fold.',
            'new_error': 'Lambda starts failing with AccessDeniedException on Secrets Manager, never seen before.',
            'retry_storm': 'Lambda invocations pile up retries and time out calling a downstream API (Task timed out).',
            'oom_kill': 'Lambda runs out of memory: Max Memory Used hits the limit and the runtime is killed (Runtime.OutOfMemory).',
            'panic': 'Lambda runtime crashes with a segmentation fault (core dumped) and Runtime.ExitError.',
            'latency_shift': 'Lambda REPORT Duration rises several-fold.'}

    def setup(self):
        r = self.rng
        self.fn = self.host
        self.mem = r.choice([256, 512, 1024])
        self.streams = [self._stream(0) for _ in range(r.randint(2, 5))]

    def _stream(self, t):
        return '%s/[$LATEST]%s' % (utc(t).strftime('%Y/%m/%d') if t else '2024/01/01', hexid(self.rng, 32))

    def L(self, t, stream, msg):
        d = utc(t)
        return '%s.%06d+00:00 %s %s' % (d.strftime('%Y-%m-%dT%H:%M:%S'), d.microsecond, stream, msg)

    def inv(self, t, dur, lines, mem=None, tail=None, init=False):
        r = self.rng
        rid = uuid(r)
        s = r.choice(self.streams).replace('2024/01/01', utc(t).strftime('%Y/%m/%d'))
        out = []
        if init:
            out.append((t - 0.3, self.L(t - 0.3, s, 'INIT_START Runtime Version: nodejs:20.v13\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s' % (self.ctx.region, hexid(r, 64)))))
        out.append((t, self.L(t, s, 'START RequestId: %s Version: $LATEST' % rid)))
        for i, (lvl, m) in enumerate(lines):
            tt = t + dur / 1000 * (i + 1) / (len(lines) + 1)
            out.append((tt, self.L(tt, s, '%s\t%s\t%s\t%s' % (iso_z(tt), rid, lvl, m))))
        te = t + dur / 1000
        if tail:
            out.extend((te, self.L(te, s, x.replace('{rid}', rid))) for x in tail)
        out.append((te + 0.0005, self.L(te + 0.0005, s, 'END RequestId: %s' % rid)))
        rep = 'REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t' % (
            rid, dur, int(dur) + 1, self.mem, mem or r.randint(self.mem // 5, self.mem // 3))
        if init:
            rep += 'Init Duration: %.2f ms\t' % r.uniform(180, 600)
        out.append((te + 0.001, self.L(te + 0.001, s, rep)))
        return out

    def normal(self, t, st):
        r = self.rng
        dur = r.lognormvariate(4.0, 0.5) * st.lat
        oid = r.randint(100000, 999999)
        lines = [('INFO', 'processing order %d for customer %s' % (oid, hexid(r, 8)))]
        if r.random() < 0.4:
            lines.append(('INFO', 'DynamoDB PutItem orders-prod ok consumedCapacity=%.1f' % r.choice([1.0, 2.0, 5.0])))
        return self.inv(t, dur, lines, init=r.random() < 0.01)

    def warn(self, t):
        return self.inv(t, self.rng.uniform(30, 90), [('WARN', 'slow downstream response from inventory-service: %d ms' % self.rng.randint(800, 1500))])

    def err(self, t):
        r = self.rng
        return self.inv(t, r.uniform(5, 30), [('ERROR', 'Invoke Error \t{"errorType":"ValidationError","errorMessage":"order payload missing customerId","stack":["ValidationError: order payload missing customerId","    at validate (/var/task/lib/validate.js:21:11)","    at Runtime.handler (/var/task/index.js:14:5)"]}')])

    def new_err(self, t):
        r, c = self.rng, self.ctx
        return self.inv(t, r.uniform(40, 120), [('ERROR', 'Invoke Error \t{"errorType":"AccessDeniedException","errorMessage":"User: arn:aws:sts::%s:assumed-role/%s-role/%s is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:%s:%s:secret:prod/payments/stripe-%s because no identity-based policy allows the secretsmanager:GetSecretValue action","name":"AccessDeniedException","$fault":"client","$metadata":{"httpStatusCode":400}}' % (
            c.aws_acct, self.fn, self.fn, c.region, c.aws_acct, hexid(r, 6)))])

    def retry(self, t):
        r = self.rng
        n = r.randint(1, 3)
        lines = [('WARN', 'request to https://payments.internal.%s/api/charge failed: ETIMEDOUT, retrying (attempt %d/3) after %d ms' % (self.ctx.domain, i + 1, 200 * 2 ** i)) for i in range(n)]
        if n == 3:
            return self.inv(t, 30000 + r.uniform(5, 40), lines, tail=['{ts} {rid} Task timed out after 30.03 seconds'.replace('{ts}', iso_z(t + 30))])
        return self.inv(t, r.uniform(2000, 9000), lines)

    def retry_ok(self, t):
        return self.inv(t, self.rng.uniform(300, 900), [('WARN', 'request to https://payments.internal.%s/api/charge failed: ECONNRESET, retrying (attempt 1/3) after 200 ms' % self.ctx.domain),
                                                        ('INFO', 'charge accepted')])

    def oom(self, t):
        r = self.rng
        s = r.choice(self.streams)
        rid = uuid(r)
        dur = r.uniform(2000, 9000)
        te = t + dur / 1000
        L = [(t, self.L(t, s, 'START RequestId: %s Version: $LATEST' % rid)),
             (t + 0.01, self.L(t + 0.01, s, '%s\t%s\tINFO\texporting %d orders to CSV' % (iso_z(t + 0.01), rid, r.randint(50000, 200000)))),
             (te, self.L(te, s, 'END RequestId: %s' % rid)),
             (te + 0.001, self.L(te + 0.001, s, 'REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t' % (rid, dur, int(dur) + 1, self.mem, self.mem))),
             (te + 0.002, self.L(te + 0.002, s, 'RequestId: %s Error: Runtime exited with error: signal: killed' % rid)),
             (te + 0.003, self.L(te + 0.003, s, 'Runtime.OutOfMemory'))]
        self.streams[self.streams.index(s)] = self._stream(t)
        return L

    def panic(self, t):
        r = self.rng
        s = r.choice(self.streams)
        rid = uuid(r)
        dur = r.uniform(50, 400)
        te = t + dur / 1000
        L = [(t, self.L(t, s, 'START RequestId: %s Version: $LATEST' % rid)),
             (te, self.L(te, s, 'RequestId: %s Error: Runtime exited with error: signal: segmentation fault (core dumped)' % rid)),
             (te + 0.001, self.L(te + 0.001, s, 'Runtime.ExitError')),
             (te + 0.002, self.L(te + 0.002, s, 'END RequestId: %s' % rid)),
             (te + 0.003, self.L(te + 0.003, s, 'REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t' % (rid, dur, int(dur) + 1, self.mem, r.randint(80, 200))))]
        self.streams[self.streams.index(s)] = self._stream(t)
        return L
