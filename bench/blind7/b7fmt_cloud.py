"""AWS CloudFront standard logs (W3C, gzip, hourly members), S3 server access logs,
AWS Lambda via `aws logs tail`, Kong gateway file-log JSON."""
import gzip
import math
import time
from urllib.parse import quote

from b7core import (LogFile, ReqModel, SEC, MIN, HOUR, DAY, MON, hexs, uuid4, public_ip, b62, jstr, B62, b64id)
from b7stack import camel, singular, py_tb, NODE_LIBS


def _cache_ts(fn):
    cache = {}

    def f(t):
        s = t // 1000
        v = cache.get(s)
        if v is None:
            v = fn(s)
            cache[s] = v
        return v
    return f


class ReqLog(LogFile):
    """Mixin for request logs: background = requests + scanner noise, flood, 5xx windows."""
    REQ = True
    LINES_PER_REQ = 1.0

    def req_background(self, rate):
        r = self.r
        ev = []
        rm = self.rm
        for t in self.times(rate):
            ev.append((t, self.render_req(t, rm.sample(r, t))))
        for t in self.times(rate * r.uniform(0.001, 0.004), curve=False):
            ev.append((t, self.render_req(t, rm.scanner(r))))
        return ev

    def flood_events(self, s, e, k):
        r = self.r_flood
        spec = self.rm.flood_spec(r)
        ev = []
        for t in self.times((k - 1.0) * self.req_rate, s, e, r=r):
            ev.append((t, self.render_req(t, self.rm.sample(r, t, flood=spec))))
        desc = 'extra requests from %s with user agent "%s" on %s' % (', '.join(spec['ips']), spec['ua'], ', '.join(self.route_name(i) for i in spec['routes']))
        return ev, desc

    def route_name(self, i):
        rt = self.rm.routes[i]
        return '%s %s/%s' % (rt['method'], rt['pre'], rt['n'])

    def st_error(self):
        return {'desc': '5xx responses'}


# =========================================================================== CloudFront

CF_FIELDS = 'date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end'


class CloudFront(ReqLog):
    KIND = 'cloudfront'
    SUPPORTS = ('http_5xx', 'latency_shift', 'traffic_flood', 'silence')
    LPM = (60, 900, 6.0)
    RES = 1000
    GZ = True

    def setup(self):
        r = self.r
        sc = self.sc
        self.dist = 'E' + ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(13))
        g = time.gmtime(self.fs // 1000)
        self.NAME = '%s.%04d-%02d-%02d-%02d.%s.gz' % (self.dist, g[0], g[1], g[2], g[3], hexs(r, 8))
        self.cfhost = 'd%s.cloudfront.net' % ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(13))
        self.alt = 'www.' + self.co.domain if r.random() < 0.6 else 'cdn.' + self.co.domain
        self.rm = ReqModel(self, 'web', lat_med=(3, 120))
        pops = {'us': ['IAD89-C1', 'IAD12-P2', 'JFK50-P4', 'ORD58-P3', 'DFW55-C3', 'LAX3-C4', 'SFO53-P7', 'SEA19-C2'],
                'eu': ['FRA56-P1', 'FRA60-P3', 'AMS1-C1', 'LHR61-P5', 'CDG52-P2', 'MAD53-P3', 'ARN56-C1', 'DUB56-P1'],
                'ap': ['NRT57-P2', 'SIN2-P1', 'SYD62-P1', 'HKG62-C1', 'BOM78-P1', 'ICN57-P1']}
        self.pops = pops[r.choice(['us', 'eu', 'ap'])] + r.sample(pops['us'] + pops['eu'], 3)
        if sc.year < 2021:
            self.pops = [p.split('-')[0] for p in self.pops]
        self.popcw = [1.0 / (i + 1) for i in range(len(self.pops))]
        self.hit = r.uniform(0.55, 0.9)
        self.multi = r.random() < 0.5
        self.uaenc = {}
        self.req_rate = self.lpm
        self.ctypes = {'page': 'text/html', 'slug': 'text/html', 'static': 'application/javascript', 'img': 'image/webp', 'api': 'application/json', 'health': 'text/plain'}

    def enc(self, ua):
        v = self.uaenc.get(ua)
        if v is None:
            v = quote(ua, safe="/;:,()+=.-_*!~'&?")
            self.uaenc[ua] = v
        return v

    def render_req(self, t, q):
        r = self.r
        g = time.gmtime(t // 1000)
        st = q.status
        rt = self.rm.routes[q.ri] if q.ri >= 0 else None
        if st >= 500:
            res = 'Error'
            det = {500: 'Error', 502: 'OriginConnectError', 503: 'Error', 504: 'OriginReadTimeout'}[st]
            lat = q.lat / 1000.0
        elif st >= 400:
            res = det = 'Error'
            lat = q.lat / 1000.0
        elif rt is not None and rt['kind'] in ('static', 'img') and r.random() < self.hit:
            res = det = 'Hit'
            lat = q.lat / 6000.0 * self.lat(t)
        elif st == 304:
            res = det = 'RefreshHit'
            lat = q.lat / 2000.0
        else:
            res = det = 'Miss'
            lat = q.lat / 1000.0
        ttfb = max(0.001, lat * r.uniform(0.6, 0.98))
        ctype = self.ctypes.get(rt['kind'], 'text/html') if rt else 'text/html'
        if q.path.endswith('.css'):
            ctype = 'text/css'
        clen = q.bout if st not in (304,) else '-'
        proto = 'HTTP/2.0' if r.random() < 0.75 else 'HTTP/1.1'
        rid = b64id(r, 40, True)
        return '%04d-%02d-%02d\t%02d:%02d:%02d\t%s\t%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t-\t%s\t%s\t%s\thttps\t%d\t%.3f\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\t%s\t%s\t-\t-\t%d\t%.3f\t%s\t%s\t%s\t-\t-' % (
            g[0], g[1], g[2], g[3], g[4], g[5], r.choices(self.pops, weights=self.popcw)[0], q.bout + 380, q.ip, q.method, self.cfhost, q.path, st,
            q.ref, self.enc(q.ua), q.query, res, rid, self.alt, q.bin, max(0.001, lat), res, proto, r.randint(1024, 65535), ttfb, det, ctype if st != 304 else '-', clen)

    def header(self):
        return '#Version: 1.0\n#Fields: ' + CF_FIELDS

    def background(self):
        return self.req_background(self.req_rate)

    def head(self, t):
        return [(t - 1, self.header())] + [(t, self.render_req(t, self.rm.sample(self.r, t)))]

    def anchor(self, t):
        return [(t, self.render_req(t, self.rm.sample(self.r, t)))]

    def render_bytes(self):
        if not self.multi:
            return LogFile.render_bytes(self)
        groups = []
        cur = None
        for t, txt in self.events:
            h = t // HOUR
            if cur is None or h != cur[0]:
                cur = [h, []]
                groups.append(cur)
                if txt.startswith('#Version'):
                    cur[1].append(txt)
                    continue
                cur[1].append(self.header())
            if txt.startswith('#Version'):
                continue
            cur[1].append(txt)
        out = []
        n = 0
        for h, lines in groups:
            s = '\n'.join(lines) + '\n'
            n += s.count('\n')
            out.append(gzip.compress(s.encode('utf-8'), compresslevel=6, mtime=0))
        return b''.join(out), n


# =========================================================================== S3 server access log

S3_OPS = {'key': ('REST.GET.OBJECT', 'GET'), 'put': ('REST.PUT.OBJECT', 'PUT'), 'head': ('REST.HEAD.OBJECT', 'HEAD'), 'list': ('REST.GET.BUCKET', 'GET')}


class S3Access(ReqLog):
    KIND = 's3_access'
    SUPPORTS = ('http_5xx', 'latency_shift', 'traffic_flood', 'silence')
    LPM = (30, 180, 1.5)
    RES = 1000

    def setup(self):
        r = self.r
        sc = self.sc
        self.bucket = '%s-%s-%s' % (self.co.short, r.choice(['prod', 'media', 'exports', 'uploads', 'datalake']), r.choice(['eu', 'use1', 'assets', 'raw', '01']))
        self.NAME = 's3-access-%s.log' % self.bucket
        self.owner = hexs(r, 64)
        self.rm = ReqModel(self, 's3', nroutes=r.randint(6, 10), lat_med=(8, 60))
        for rt in self.rm.routes:
            if rt['kind'] == 'list':
                rt['method'] = 'GET'
        acct = self.co.acct
        roles = ['arn:aws:sts::%s:assumed-role/%s-%s-role/i-0%s' % (acct, self.co.short, singular(n), hexs(r, 16)) for n in self.co.nouns[:3]]
        roles += ['arn:aws:iam::%s:user/%s-etl' % (acct, self.co.short), 'arn:aws:sts::%s:assumed-role/AWSServiceRoleForS3Replication/s3-replication' % acct]
        self.reqs = roles
        self.rcw = [40, 25, 15, 10, 5]
        y = sc.year
        b3 = {2019: 9, 2020: 16, 2021: 20, 2022: 26, 2023: 28, 2024: 34, 2025: 37, 2026: 40}[y]
        bc = b3 + 3 if y <= 2023 else b3
        gosdk = {2019: '1.25', 2020: '1.35', 2021: '1.42', 2022: '1.44', 2023: '1.45', 2024: '1.55', 2025: '1.55', 2026: '1.55'}[y]
        gov = {2019: '1.13', 2020: '1.15', 2021: '1.17', 2022: '1.19', 2023: '1.21', 2024: '1.22', 2025: '1.24', 2026: '1.25'}[y]
        jsdk = '1.11' if y <= 2020 else '1.12'
        jv = '11.0' if y <= 2021 else '17.0'
        pv = {2019: '3.7', 2020: '3.8', 2021: '3.9', 2022: '3.10', 2023: '3.11', 2024: '3.12', 2025: '3.12', 2026: '3.13'}[y]
        kv = {2019: '4.14', 2020: '4.14', 2021: '5.10', 2022: '5.10', 2023: '5.10', 2024: '6.1', 2025: '6.1', 2026: '6.12'}[y]
        jmin = r.randint(4, 12)
        bmin = r.randint(0, 60)
        self.uas = ['aws-sdk-java/%s.%d Linux/%s.%d-%d.%d.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/%s.%d+7-LTS java/%s.%d vendor/Amazon.com_Inc. cfg/retry-mode/standard' % (jsdk, r.randint(100, 700), kv, r.randint(100, 220), r.randint(100, 200), r.randint(100, 900), jv, jmin, jv, jmin),
                    'Boto3/1.%d.%d md/Botocore#1.%d.%d ua/2.0 os/linux#%s.%d md/arch#x86_64 lang/python#%s.%d md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.%d.%d' % (b3, bmin, bc, bmin, kv, r.randint(100, 220), pv, r.randint(1, 9), bc, bmin),
                    'aws-cli/2.%d.%d Python/%s.%d Linux/5.15.0-%d-generic exe/x86_64.ubuntu.22 prompt/off command/s3.cp' % (min(17, 1 + (y - 2019) * 3), r.randint(0, 30), pv, r.randint(1, 9), r.randint(50, 120)),
                    'aws-sdk-go/%s.%d (go%s.%d; linux; amd64)' % (gosdk, r.randint(1, 330), gov, r.randint(1, 9)),
                    'S3Console/0.4']
        self.uacw = [35, 30, 10, 20, 5]
        self.req_rate = self.lpm
        self.hosth = '%s.s3.%s.amazonaws.com' % (self.bucket, self.co.region)
        self._t = _cache_ts(lambda s: (lambda g: '[%02d/%s/%04d:%02d:%02d:%02d +0000]' % (g[2], MON[g[1] - 1], g[0], g[3], g[4], g[5]))(time.gmtime(s)))

    def render_req(self, t, q):
        r = self.r
        rt = self.rm.routes[q.ri] if q.ri >= 0 else None
        if rt is None:
            op, meth = 'REST.GET.OBJECT', q.method
            key = q.path.lstrip('/')
            req = '-'
            uri = '/%s/%s' % (self.bucket, key)
            ua = q.ua
            ip = q.ip
        else:
            op, meth = S3_OPS.get(rt['kind'], ('REST.GET.OBJECT', 'GET'))
            if q.flood:
                req = '-'
                ua = q.ua
                ip = q.ip
            else:
                i = r.choices(range(5), weights=self.rcw)[0]
                req = self.reqs[i]
                ua = r.choices(self.uas, weights=self.uacw)[0]
                ip = self.co.ip(r) if i < 3 else q.ip
            if rt['kind'] == 'list':
                key = '-'
                uri = '/?list-type=2&prefix=%s%%2F&max-keys=1000' % rt['n']
            else:
                key = q.path
                uri = '/%s' % q.path
        st = q.status
        err = '-'
        if st >= 500:
            err, st = r.choice([('SlowDown', 503), ('SlowDown', 503), ('InternalError', 500), ('ServiceUnavailable', 503)])
        elif st == 404:
            err = 'NoSuchKey'
        elif st in (401, 403):
            err, st = 'AccessDenied', 403
        elif st >= 400:
            err, st = r.choice([('InvalidRange', 416), ('PreconditionFailed', 412), ('InvalidArgument', 400)])
        elif st in (201, 304):
            st = 200
        if op == 'REST.PUT.OBJECT' and st == 200:
            sent = '-'
            size = str(q.bin * 40)
        elif op == 'REST.HEAD.OBJECT' or st >= 300:
            sent = '-' if st < 300 else str(r.randint(200, 400))
            size = str(r.randint(2000, 9 * 10 ** 6)) if st < 300 else '-'
        else:
            sent = str(q.bout * 20)
            size = sent if op == 'REST.GET.OBJECT' else '-'
        tot = max(1, int(q.lat)) if st < 500 else r.randint(1, 40)
        tat = max(1, int(tot * r.uniform(0.3, 0.95))) if op != 'REST.HEAD.OBJECT' else '-'
        rid = '%016X' % r.getrandbits(64)
        hid = b64id(r, 56)
        return '%s %s %s %s %s %s %s %s "%s %s HTTP/1.1" %d %s %s %s %d %s "-" "%s" - %s SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader %s TLSv1.2 - -' % (
            self.owner, self.bucket, self._t(t), ip, req, rid, op, key, meth, uri, st, err, sent, size, tot, tat, ua, hid, self.hosth)

    def background(self):
        r = self.r
        ev = self.req_background(self.req_rate)
        # lifecycle transitions / expirations (AmazonS3 internal), hourly bursts
        for t in self.periodic(HOUR, jitter=600000, phase=r.randint(0, 59) * MIN):
            for j in range(r.randint(3, 30)):
                tt = t + j * r.randint(50, 400)
                key = '%s/%04d/%02d/%s.json' % (r.choice(self.co.nouns), self.sc.year - 1, r.randint(1, 12), hexs(r, 16))
                rid = '%016X' % r.getrandbits(64)
                hid = b64id(r, 56)
                ev.append((tt, '%s %s %s - AmazonS3 %s S3.%s.OBJECT %s "-" - - - %d - - "-" "-" - %s - - - - - - -' % (
                    self.owner, self.bucket, self._t(tt), rid, r.choice(['TRANSITION_SIA', 'EXPIRE', 'TRANSITION_GIR']), key, r.randint(1000, 10 ** 7), hid)))
        return ev

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.render_req(t, self.rm.sample(self.r, t)))]


# =========================================================================== AWS Lambda via `aws logs tail`

class Lambda(LogFile):
    KIND = 'lambda'
    SUPPORTS = ('latency_shift', 'error_burst', 'retry_storm', 'new_error', 'oom_kill', 'panic', 'silence')
    LPM = (20, 400, 2.5)
    PANIC_GAP = (2, 30)

    def setup(self):
        r = self.r
        sc = self.sc
        y = sc.year
        self.fn = '%s-%s-%s' % (self.co.short, singular(self.co.nouns[0]), r.choice(['webhook', 'processor', 'ingest', 'thumbnailer', 'notifier']))
        self.NAME = 'lambda-%s.log' % self.fn
        self.py = r.random() < 0.5
        if self.py:
            self.rt = {2019: 'python3.7', 2020: 'python3.8', 2021: 'python3.9', 2022: 'python3.9', 2023: 'python3.11', 2024: 'python3.12', 2025: 'python3.13', 2026: 'python3.13'}[y]
        else:
            self.rt = {2019: 'nodejs10.x', 2020: 'nodejs12.x', 2021: 'nodejs14.x', 2022: 'nodejs16.x', 2023: 'nodejs18.x', 2024: 'nodejs20.x', 2025: 'nodejs22.x', 2026: 'nodejs22.x'}[y]
        self.init_start = y >= 2023
        self.status = y >= 2024
        self.billed_ms = y >= 2021
        self.mem = r.choice((256, 512, 1024, 1536))
        self.base_mem = int(self.mem * r.uniform(0.15, 0.45))
        self.dur = math.log(r.uniform(40, 900))
        self.timeout = r.choice((15, 30, 60))
        self.arnhash = hexs(r, 64)
        self.rtv = ('%s.v%d' % (self.rt.replace('python', 'python:').replace('nodejs', 'nodejs:').replace('.x', ''), r.randint(10, 40)))
        self.envs = []
        # invocations: ~ 4.5 lines each
        self.inv_rate = self.lpm / 4.6
        self.table = '%s-%s' % (self.co.short, self.co.nouns[0])

    def P(self, t, stream, msg):
        g = time.gmtime(t // 1000)
        return '%04d-%02d-%02dT%02d:%02d:%02d.%03d000+00:00 %s %s' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000, stream, msg)

    def iso(self, t):
        g = time.gmtime(t // 1000)
        return '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000)

    def new_stream(self, t, r):
        g = time.gmtime(t // 1000)
        return '%04d/%02d/%02d/[$LATEST]%s' % (g[0], g[1], g[2], hexs(r, 32))

    def applog(self, t, rid, lvl, msg):
        if self.py:
            return '[%s]\t%s\t%s\t%s' % (lvl, self.iso(t), rid, msg)
        return '%s\t%s\t%s\t%s' % (self.iso(t), rid, {'WARNING': 'WARN'}.get(lvl, lvl), msg)

    def report(self, t, rid, d, mem, init=None, status=None, etype=None):
        if self.billed_ms:
            billed = int(math.ceil(d))
        else:
            billed = int(math.ceil(d / 100.0)) * 100
        s = 'REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t' % (rid, d, billed, self.mem, mem)
        if init is not None:
            s += 'Init Duration: %.2f ms\t' % init
        if status and self.status:
            s += 'Status: %s\t' % status
            if etype:
                s += 'Error Type: %s\t' % etype
        return s

    def invocation(self, t, r, env, kind='ok', st=None):
        """returns list of (t, text) and end time"""
        ev = []
        stream = env['stream']
        rid = uuid4(r)
        init = None
        if env.get('cold'):
            env['cold'] = False
            init = r.uniform(180, 1400)
            if self.init_start:
                ev.append((t - int(init), self.P(t - int(init), stream, 'INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s' % (self.rtv, self.co.region, self.arnhash))))
        ev.append((t, self.P(t, stream, 'START RequestId: %s Version: $LATEST' % rid)))
        d = math.exp(self.dur + 0.5 * r.gauss(0, 1))
        if r.random() < 0.01:
            d *= r.uniform(4, 9)
        d *= self.lat(t)
        d = min(d, self.timeout * 1000 - 50)
        n = self.co.nouns[0]
        t1 = t + r.randint(1, 8)
        ev.append((t1, self.P(t1, stream, self.applog(t1, rid, 'INFO', 'Received %d record(s) from %s' % (r.randint(1, 25), r.choice(['SQS', 'SQS', 'EventBridge', 'API Gateway']))))))
        mem = min(self.mem, self.base_mem + r.randint(0, 30))
        status = 'success'
        etype = None
        if kind == 'ok':
            if r.random() < 0.5:
                t2 = t + int(d * 0.7)
                ev.append((t2, self.P(t2, stream, self.applog(t2, rid, 'INFO', '%s %d stored (version %d)' % (camel(n), r.randint(10 ** 5, 10 ** 7), r.randint(1, 9))))))
            if r.random() < 0.004:
                t2 = t + int(d * 0.5)
                ev.append((t2, self.P(t2, stream, self.applog(t2, rid, 'WARNING', 'DynamoDB throttled on %s, retried after 120 ms and succeeded' % self.table))))
        elif kind == 'error':
            t2 = t + int(d * 0.8)
            ev.append((t2, self.P(t2, stream, self.err_text(t2, rid, r, st))))
            status = 'error'
            etype = 'Runtime.Unknown' if not self.py else 'Runtime.HandlerError'
        elif kind == 'retry':
            t2 = t + int(d * 0.5)
            ev.append((t2, self.P(t2, stream, self.applog(t2, rid, 'WARNING', 'Retrying BatchWriteItem on %s: %d unprocessed items (attempt %d/8, backoff %d ms)' % (self.table, r.randint(1, 25), st['n'] % 8 + 1, r.choice((100, 200, 400, 800, 1600)))))))
        elif kind == 'timeout':
            d = self.timeout * 1000 + r.uniform(10, 60)
            t2 = t + int(d)
            ev.append((t2, self.P(t2, stream, '%s %s Task timed out after %.2f seconds' % (self.iso(t2), rid, d / 1000.0))))
            status = 'timeout'
        te = t + int(d) + 1
        ev.append((te, self.P(te, stream, 'END RequestId: %s' % rid)))
        ev.append((te, self.P(te, stream, self.report(te, rid, d, mem, init, status, etype))))
        return ev, te

    def err_text(self, t, rid, r, st):
        v = st['v'] if st else r.choice(['ddb', 'val'])
        if self.py:
            if v == 'ddb':
                tb = py_tb([('/var/task/handler.py', r.randint(30, 90), 'lambda_handler', 'save(item)'),
                            ('/var/task/app/repo.py', r.randint(20, 80), 'save', 'table.put_item(Item=item, ConditionExpression="attribute_not_exists(pk)")'),
                            ('/var/lang/lib/%s/site-packages/boto3/resources/factory.py' % self.rt, 581, 'do_action', 'response = action(self, *args, **kwargs)'),
                            ('/var/lang/lib/%s/site-packages/botocore/client.py' % self.rt, 1009, '_make_api_call', 'raise error_class(parsed_response, operation_name)')],
                           'botocore.errorfactory.ConditionalCheckFailedException: An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed')
                return '[ERROR]\t%s\t%s\tFailed to store %s\n%s' % (self.iso(t), rid, singular(self.co.nouns[0]), '\n'.join(tb))
            tb = py_tb([('/var/task/handler.py', r.randint(30, 90), 'lambda_handler', 'payload = parse(record["body"])'),
                        ('/var/task/app/parse.py', r.randint(10, 60), 'parse', 'return Order(**json.loads(body))'),
                        ('/var/task/pydantic/main.py', 164, '__init__', '__pydantic_self__.__pydantic_validator__.validate_python(data, self_instance=__pydantic_self__)')],
                       'pydantic_core._pydantic_core.ValidationError: 1 validation error for %s\ncurrency\n  Field required [type=missing, input_value={\'amount\': 12.5}, input_type=dict]' % camel(self.co.nouns[0]))
            return '[ERROR]\t%s\t%s\tInvalid payload\n%s' % (self.iso(t), rid, '\n'.join(tb))
        if v == 'ddb':
            return '%s\t%s\tERROR\tInvoke Error \t{"errorType":"ConditionalCheckFailedException","errorMessage":"The conditional request failed","name":"ConditionalCheckFailedException","$fault":"client","$metadata":{"httpStatusCode":400,"requestId":"%s","attempts":1,"totalRetryDelay":0},"stack":["ConditionalCheckFailedException: The conditional request failed","    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)","    at /var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:847:5","    at async Runtime.handler (file:///var/task/index.mjs:%d:%d)"]}' % (self.iso(t), rid, ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(52)), r.randint(10, 90), r.randint(3, 40))
        return '%s\t%s\tERROR\tInvoke Error \t{"errorType":"ZodError","errorMessage":"[\\n  {\\n    \\"code\\": \\"invalid_type\\",\\n    \\"expected\\": \\"string\\",\\n    \\"received\\": \\"undefined\\",\\n    \\"path\\": [\\n      \\"currency\\"\\n    ],\\n    \\"message\\": \\"Required\\"\\n  }\\n]","stack":["ZodError: [","  {","    \\"code\\": \\"invalid_type\\",","    at get error [as error] (file:///var/task/index.mjs:%d:%d)","    at Runtime.handler (file:///var/task/index.mjs:%d:%d)"]}' % (self.iso(t), rid, r.randint(100, 900), r.randint(10, 90), r.randint(10, 90), r.randint(3, 40))

    def pick_env(self, t, r):
        best = None
        for e in self.envs:
            if e['busy'] <= t and t - e['busy'] < e['ttl']:
                if best is None or e['busy'] > best['busy']:
                    best = e
        self.envs = [e for e in self.envs if t - e['busy'] < e['ttl'] or e['busy'] > t]
        if best is None:
            best = dict(stream=self.new_stream(t, r), busy=t, ttl=r.randint(5, 40) * MIN, cold=True)
            self.envs.append(best)
        return best

    def background(self):
        r = self.r
        ev = []
        for t in self.times(self.inv_rate):
            env = self.pick_env(t, r)
            kind = 'error' if r.random() < 0.004 else 'ok'
            e, te = self.invocation(t, r, env, kind)
            env['busy'] = te
            ev.extend(e)
        return ev

    def head(self, t):
        r = self.r
        env = dict(stream=self.new_stream(t, r), busy=t, ttl=20 * MIN, cold=False)
        e, te = self.invocation(t, r, env)
        env['busy'] = te
        self.envs.append(env)
        return e

    def anchor(self, t):
        r = self.r
        env = dict(stream=self.new_stream(t, r), busy=t, ttl=20 * MIN, cold=False)
        e, te = self.invocation(t - 2000, r, env)
        return e

    def _inc_inv(self, ts, kind, st):
        ev = []
        r = st['r']
        pool = [dict(stream=self.new_stream(ts[0], r), busy=0, ttl=HOUR, cold=False) for _ in range(r.randint(2, 5))]
        for i, t in enumerate(ts):
            env = min(pool, key=lambda e: e['busy'])
            st['n'] = i
            e, te = self.invocation(t, r, env, kind, st)
            env['busy'] = te
            ev.extend(e)
        return ev

    def st_error(self):
        return {'v': self.r.choice(['ddb', 'val']), 'desc': 'failed invocations logging errors with stack traces'}

    def rec_error(self, t, i, st):
        r = st['r']
        if 'env' not in st:
            st['env'] = [dict(stream=self.new_stream(t, r), busy=0, ttl=HOUR, cold=False) for _ in range(r.randint(2, 4))]
        env = min(st['env'], key=lambda e: e['busy'])
        e, te = self.invocation(t, r, env, 'error', st)
        env['busy'] = te
        return e

    def st_retry(self):
        return {'desc': '"Retrying BatchWriteItem ... unprocessed items" warnings (DynamoDB throttling)', 'n': 0}

    def rec_retry(self, t, i, st):
        r = st['r']
        st['n'] = i
        stream = st.setdefault('stream', self.new_stream(t, r))
        if i % 6 == 0 or 'rid' not in st:
            st['rid'] = uuid4(r)
        rid = st['rid']
        return self.P(t, stream, self.applog(t, rid, 'WARNING', 'Retrying BatchWriteItem on %s: %d unprocessed items (attempt %d/8, backoff %d ms)' % (self.table, r.randint(1, 25), i % 6 + 1, r.choice((100, 200, 400, 800, 1600)))))

    def st_newerr(self):
        return {'desc': '"Task timed out after %d.xx seconds" invocations (new)' % self.timeout}

    def rec_newerr(self, t, i, st):
        r = st['r']
        env = dict(stream=self.new_stream(t, r), busy=0, ttl=HOUR, cold=False)
        d = self.timeout * 1000 + r.uniform(10, 60)
        rid = uuid4(r)
        t0 = t - int(d)
        return [(t0, self.P(t0, env['stream'], 'START RequestId: %s Version: $LATEST' % rid)),
                (t, self.P(t, env['stream'], '%s %s Task timed out after %.2f seconds' % (self.iso(t), rid, d / 1000.0))),
                (t + 1, self.P(t + 1, env['stream'], 'END RequestId: %s' % rid)),
                (t + 1, self.P(t + 1, env['stream'], self.report(t, rid, d, min(self.mem, self.base_mem + r.randint(0, 30)), None, 'timeout')))]

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'invocations killed at the memory limit ("Runtime exited with error: signal: killed", Max Memory Used = Memory Size)'
        stream = self.new_stream(t, r)
        st['stream'] = stream
        rid = uuid4(r)
        d = r.uniform(800, 9000)
        out = [(t, self.P(t, stream, 'START RequestId: %s Version: $LATEST' % rid)),
               (t + 5, self.P(t + 5, stream, self.applog(t + 5, rid, 'INFO', 'Loading export of %d rows into memory' % r.randint(10 ** 5, 10 ** 7))))]
        te = t + int(d)
        out.append((te, self.P(te, stream, 'RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError' % rid)))
        out.append((te + 1, self.P(te + 1, stream, 'END RequestId: %s' % rid)))
        out.append((te + 1, self.P(te + 1, stream, self.report(te, rid, d, self.mem, None, 'error', 'Runtime.OutOfMemory' if self.status else None))))
        return out

    def seq_crash(self, t, i, st):
        r = st['r']
        stream = self.new_stream(t, r)
        st['stream'] = stream
        rid = uuid4(r)
        out = [(t, self.P(t, stream, 'START RequestId: %s Version: $LATEST' % rid))]
        te = t + r.randint(20, 400)
        if self.py:
            st['desc'] = 'runtime crashes ("Runtime exited with error: signal: segmentation fault") followed by a new INIT'
            out.append((te, self.P(te, stream, 'RequestId: %s Error: Runtime exited with error: signal: segmentation fault\nRuntime.ExitError' % rid)))
        else:
            st['desc'] = 'runtime crashes ("Uncaught Exception", "Runtime exited with error: exit status 129") followed by a new INIT'
            out.append((te - 2, self.P(te - 2, stream, '%s\t%s\tERROR\tUncaught Exception \t{"errorType":"TypeError","errorMessage":"Cannot read properties of undefined (reading \'id\')","stack":["TypeError: Cannot read properties of undefined (reading \'id\')","    at Timeout._onTimeout (file:///var/task/index.mjs:%d:%d)","    at listOnTimeout (node:internal/timers:573:17)","    at process.processTimers (node:internal/timers:514:7)"]}' % (self.iso(te - 2), rid, r.randint(10, 90), r.randint(3, 40)))))
            out.append((te, self.P(te, stream, 'RequestId: %s Error: Runtime exited with error: exit status 129\nRuntime.ExitError' % rid)))
        out.append((te + 1, self.P(te + 1, stream, 'END RequestId: %s' % rid)))
        out.append((te + 1, self.P(te + 1, stream, self.report(te, rid, te - t, min(self.mem, self.base_mem + 20), None, 'error', 'Runtime.ExitError' if self.status else None))))
        return out

    def seq_start(self, t):
        r = self.r
        stream = self.new_stream(t, r)
        rid = uuid4(r)
        init = r.uniform(180, 1400)
        out = []
        if self.init_start:
            out.append((t, self.P(t, stream, 'INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s' % (self.rtv, self.co.region, self.arnhash))))
        t1 = t + int(init)
        out.append((t1, self.P(t1, stream, 'START RequestId: %s Version: $LATEST' % rid)))
        d = math.exp(self.dur)
        te = t1 + int(d)
        out.append((te, self.P(te, stream, 'END RequestId: %s' % rid)))
        out.append((te, self.P(te, stream, self.report(te, rid, d, self.base_mem, init, 'success'))))
        return out


# =========================================================================== Kong file-log

class Kong(ReqLog):
    KIND = 'kong'
    SUPPORTS = ('http_5xx', 'latency_shift', 'traffic_flood', 'silence')
    LPM = (15, 70, 0.6)
    GZP = 0.7

    def setup(self):
        r = self.r
        sc = self.sc
        self.NAME = 'kong-file-log.json'
        self.kver = {2019: '1.4.2', 2020: '2.2.0', 2021: '2.6.0', 2022: '3.0.1', 2023: '3.4.2', 2024: '3.6.1', 2025: '3.9.0', 2026: '3.9.1'}[sc.year]
        self.k3 = self.kver >= '3'
        self.rm = ReqModel(self, 'api', lat_med=(5, 250))
        self.ws = uuid4(r)
        self.host = 'api.' + self.co.domain
        self.svcs = []
        for i, rt in enumerate(self.rm.routes):
            svc = '%s-svc' % singular(rt['n']) if rt['kind'] != 'health' else 'health-svc'
            self.svcs.append((uuid4(r), svc, '%s.%s.svc.cluster.local' % (svc, r.choice(['prod', 'apps', 'default'])), uuid4(r), '%s-route' % rt['n'],
                              [self.co.ip(r) for _ in range(r.randint(2, 4))]))
        self.req_rate = self.lpm
        self.via = ('1.1 kong/%s' % self.kver) if self.kver >= '3.6' else 'kong/%s' % self.kver

    def render_req(self, t, q):
        r = self.r
        ri = q.ri if q.ri >= 0 else 0
        sid, sname, shost, rid, rname, ups = self.svcs[ri]
        st = q.status
        lat = int(q.lat) + 1
        kl = r.randint(0, 3)
        src = 'upstream'
        ustat = str(st)
        if q.ri < 0:
            src = 'kong'
            ustat = ''
            lat = r.randint(0, 2)
            kl = lat
            rname = None
        if st in (502, 504) and r.random() < 0.6:
            src = 'kong'
        proxy = max(0, lat - kl) if src == 'upstream' or st >= 500 else -1
        qs = '{}' if q.query == '-' else '{%s}' % ','.join('"%s":"%s"' % tuple(kv.split('=')) for kv in q.query.split('&'))
        url = 'https://%s:8443%s%s' % (self.host, q.path, '' if q.query == '-' else '?' + q.query)
        started = t
        ip = ups[r.randint(0, len(ups) - 1)]
        tries = '[{"balancer_latency":0,"port":8080,"balancer_start":%d,"ip":"%s"%s}]' % (started + kl, ip, ',"balancer_latency_ns":%d' % r.randint(10000, 90000) if self.k3 else '') if src == 'upstream' or st >= 500 else '[]'
        hdr_req = '{"host":"%s","user-agent":%s,"accept":"application/json","x-forwarded-for":"%s","x-request-id":"%s"}' % (self.host, jstr(q.ua), q.ip, uuid4(r))
        hdr_res = '{"content-type":"application/json","content-length":"%d","connection":"close","x-kong-upstream-latency":"%d","x-kong-proxy-latency":"%d","via":"%s"}' % (q.bout, max(0, proxy), kl, self.via)
        wsid = ',"ws_id":"%s"' % self.ws if self.kver >= '2.1' else ''
        route = 'null' if rname is None else '{"id":"%s","name":"%s","paths":["/%s"],"protocols":["http","https"],"strip_path":false,"preserve_host":false,"service":{"id":"%s"}%s}' % (rid, rname, self.rm.routes[ri]['n'], sid, wsid)
        service = 'null' if rname is None else '{"id":"%s","name":"%s","host":"%s","port":8080,"protocol":"http","retries":5,"connect_timeout":60000,"read_timeout":60000,"write_timeout":60000%s}' % (sid, sname, shost, wsid)
        lats = '{"request":%d,"kong":%d,"proxy":%d%s}' % (lat, kl, proxy, ',"receive":0' if self.k3 else '')
        return '{"latencies":%s,"service":%s,"request":{"querystring":%s,"size":%d,"uri":%s,"url":%s,"headers":%s,"method":"%s"},"tries":%s,"client_ip":"%s","workspace":"%s","upstream_uri":%s,"response":{"headers":%s,"status":%d,"size":%d},"route":%s,"upstream_status":"%s","source":"%s","started_at":%d}' % (
            lats, service, qs, q.bin, jstr(q.path), jstr(url), hdr_req, q.method, tries, q.ip, self.ws if self.kver >= '2.1' else 'default', jstr(q.path), hdr_res, st, q.bout + 260, route, ustat, src, started)

    def background(self):
        return self.req_background(self.req_rate)

    def head(self, t):
        return self.anchor(t)

    def anchor(self, t):
        return [(t, self.render_req(t, self.rm.sample(self.r, t)))]
