"""blind7 core: deterministic RNG helpers, time zones, the healthy-traffic model,
the HTTP request model and the LogFile base class with the incident drivers.

Everything here is pure standard library and depends only on the seed strings.
"""
import base64
import bisect
import calendar
import gzip
import json
import math
import random
import time

SEC, MIN, HOUR, DAY = 1000, 60000, 3600000, 86400000
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
WDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
KINDS = ['error_burst', 'retry_storm', 'new_error', 'latency_shift', 'http_5xx',
         'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full']


def mkrng(*parts):
    return random.Random('blind7/' + '/'.join(str(p) for p in parts))


def jstr(s):
    return json.dumps(s, ensure_ascii=False)


def jstr_a(s):
    return json.dumps(s)


def gmt(t):
    """UTC struct for ms epoch."""
    return time.gmtime(t // 1000)


def iso_utc(t):
    g = time.gmtime(t // 1000)
    return '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000)


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L = math.exp(-lam)
        k = 0
        p = r.random()
        while p > L:
            k += 1
            p *= r.random()
        return k
    return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))


def hexs(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def uuid4(r):
    h = '%032x' % r.getrandbits(128)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[int(h[16], 16) & 3], h[17:20], h[20:32])


B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
B64 = B62 + '-_'


def b62(r, n):
    return ''.join(r.choice(B62) for _ in range(n))


def b64id(r, nbytes, urlsafe=False):
    b = r.getrandbits(8 * nbytes).to_bytes(nbytes, 'big')
    return (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode('ascii')


def wchoice(r, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


# --------------------------------------------------------------------------- time zones

def _sunday(y, m, n):
    if n > 0:
        wd = calendar.weekday(y, m, 1)
        return 1 + (6 - wd) % 7 + 7 * (n - 1)
    last = calendar.monthrange(y, m)[1]
    return last - (calendar.weekday(y, m, last) - 6) % 7


class TZ:
    def __init__(self, name, std, dst, rule, sabbr, dabbr, slong, dlong):
        self.name, self.std, self.dst, self.rule = name, std, dst, rule
        self.sabbr, self.dabbr, self.slong, self.dlong = sabbr, dabbr, slong, dlong

    def is_dst(self, t):
        if not self.rule:
            return False
        y = time.gmtime(t // 1000).tm_year
        tg = calendar.timegm
        if self.rule == 'EU':
            a = tg((y, 3, _sunday(y, 3, -1), 1, 0, 0)) * 1000
            b = tg((y, 10, _sunday(y, 10, -1), 1, 0, 0)) * 1000
            return a <= t < b
        if self.rule == 'US':
            a = (tg((y, 3, _sunday(y, 3, 2), 2, 0, 0)) - self.std * 60) * 1000
            b = (tg((y, 11, _sunday(y, 11, 1), 2, 0, 0)) - self.dst * 60) * 1000
            return a <= t < b
        if self.rule == 'AU':
            b = (tg((y, 4, _sunday(y, 4, 1), 3, 0, 0)) - self.dst * 60) * 1000
            a = (tg((y, 10, _sunday(y, 10, 1), 2, 0, 0)) - self.std * 60) * 1000
            return t < b or t >= a
        return False

    def off(self, t):
        return self.dst if self.is_dst(t) else self.std

    def abbr(self, t):
        return self.dabbr if self.is_dst(t) else self.sabbr

    def long(self, t):
        return self.dlong if self.is_dst(t) else self.slong


TZS = [
    TZ('Europe/Berlin', 60, 120, 'EU', 'CET', 'CEST', 'Central European Standard Time', 'Central European Summer Time'),
    TZ('Europe/Amsterdam', 60, 120, 'EU', 'CET', 'CEST', 'Central European Standard Time', 'Central European Summer Time'),
    TZ('Europe/London', 0, 60, 'EU', 'GMT', 'BST', 'Greenwich Mean Time', 'British Summer Time'),
    TZ('Europe/Helsinki', 120, 180, 'EU', 'EET', 'EEST', 'Eastern European Standard Time', 'Eastern European Summer Time'),
    TZ('America/New_York', -300, -240, 'US', 'EST', 'EDT', 'Eastern Standard Time', 'Eastern Daylight Time'),
    TZ('America/Chicago', -360, -300, 'US', 'CST', 'CDT', 'Central Standard Time', 'Central Daylight Time'),
    TZ('America/Denver', -420, -360, 'US', 'MST', 'MDT', 'Mountain Standard Time', 'Mountain Daylight Time'),
    TZ('America/Los_Angeles', -480, -420, 'US', 'PST', 'PDT', 'Pacific Standard Time', 'Pacific Daylight Time'),
    TZ('America/Sao_Paulo', -180, -180, None, 'BRT', 'BRT', 'Brasilia Standard Time', 'Brasilia Standard Time'),
    TZ('Asia/Tokyo', 540, 540, None, 'JST', 'JST', 'Japan Standard Time', 'Japan Standard Time'),
    TZ('Asia/Kolkata', 330, 330, None, 'IST', 'IST', 'India Standard Time', 'India Standard Time'),
    TZ('Asia/Singapore', 480, 480, None, 'SGT', 'SGT', 'Singapore Standard Time', 'Singapore Standard Time'),
    TZ('Asia/Kathmandu', 345, 345, None, 'NPT', 'NPT', 'Nepal Time', 'Nepal Time'),
    TZ('Australia/Sydney', 600, 660, 'AU', 'AEST', 'AEDT', 'Australian Eastern Standard Time', 'Australian Eastern Daylight Time'),
    TZ('UTC', 0, 0, None, 'UTC', 'UTC', 'Coordinated Universal Time', 'Coordinated Universal Time'),
]


def off_str(off_min, colon=True, zulu=False):
    if zulu and off_min == 0:
        return 'Z'
    s = '+' if off_min >= 0 else '-'
    a = abs(off_min)
    return ('%s%02d:%02d' if colon else '%s%02d%02d') % (s, a // 60, a % 60)


# --------------------------------------------------------------------------- naming

SYL1 = ['Nor', 'Vel', 'Quin', 'Bram', 'Cor', 'Dal', 'Fen', 'Hal', 'Kes', 'Lum', 'Mar', 'Ost', 'Pel', 'Riv',
        'Sol', 'Tam', 'Ver', 'Wyn', 'Zel', 'Ast', 'Bel', 'Cal', 'Dro', 'Eld', 'Gar', 'Hex', 'Iv', 'Jun', 'Kal',
        'Lor', 'Mox', 'Nim', 'Orb', 'Pax', 'Quar', 'Ros', 'Syl', 'Tor', 'Ul', 'Vor']
SYL2 = ['ora', 'ex', 'ium', 'aro', 'ent', 'ix', 'wick', 'mont', 'stead', 'ly', 'io', 'ana', 'er', 'ton', 'ium',
        'ara', 'is', 'on', 'ova', 'us', 'ea', 'ique', 'worth', 'dale']
SUFFIX = ['', '', '', ' Labs', ' Logistics', ' Health', ' Pay', ' Media', ' Foods', ' Mobility', ' Travel',
          ' Systems', ' Energy', ' Games', ' Learning', ' Retail']
TLDS = ['com', 'io', 'net', 'co', 'dev', 'app', 'de', 'nl', 'co.uk', 'com.au', 'fr', 'se', 'cloud', 'tech']

BIZ = {
    'retail': (['orders', 'carts', 'products', 'coupons', 'wishlists', 'reviews', 'checkout', 'inventory',
                'stores', 'returns', 'categories', 'prices'],
               ['order-export', 'price-sync', 'abandoned-cart-mailer', 'stock-reconcile', 'feed-builder']),
    'logistics': (['shipments', 'parcels', 'depots', 'routes', 'drivers', 'manifests', 'labels', 'pickups',
                   'tracking', 'zones', 'vehicles', 'slots'],
                  ['manifest-close', 'route-optimizer', 'label-purge', 'eta-recompute', 'customs-export']),
    'fintech': (['accounts', 'transfers', 'cards', 'statements', 'payees', 'limits', 'ledgers', 'kyc',
                 'disputes', 'quotes', 'mandates', 'balances'],
                ['ledger-close', 'statement-render', 'fx-rate-pull', 'kyc-recheck', 'settlement-batch']),
    'media': (['episodes', 'playlists', 'channels', 'tracks', 'artists', 'subscriptions', 'thumbnails',
               'captions', 'feeds', 'watchlists', 'licenses', 'recommendations'],
              ['transcode-sweep', 'royalty-report', 'feed-refresh', 'thumbnail-gc', 'catalog-ingest']),
    'health': (['appointments', 'patients', 'practitioners', 'prescriptions', 'invoices', 'labs',
                'referrals', 'slots', 'clinics', 'notes', 'consents', 'claims'],
               ['reminder-sms', 'claims-export', 'slot-generator', 'lab-import', 'audit-archive']),
    'travel': (['bookings', 'flights', 'hotels', 'itineraries', 'fares', 'seats', 'loyalty', 'vouchers',
                'airports', 'quotes', 'ancillaries', 'refunds'],
               ['fare-cache-warm', 'pnr-sync', 'refund-batch', 'inventory-pull', 'loyalty-accrual']),
    'education': (['courses', 'lessons', 'enrollments', 'quizzes', 'grades', 'cohorts', 'certificates',
                   'assignments', 'instructors', 'transcripts', 'submissions', 'rubrics'],
                  ['grade-sync', 'certificate-mint', 'video-transcode', 'plagiarism-scan', 'digest-mailer']),
    'iot': (['devices', 'telemetry', 'firmware', 'alerts', 'gateways', 'sensors', 'commands', 'readings',
             'fleets', 'provisioning', 'twins', 'rules'],
            ['firmware-rollout', 'telemetry-compact', 'offline-detector', 'rule-eval', 'cert-rotate']),
}

FIRST = ['alice', 'bob', 'carla', 'deniz', 'emil', 'farah', 'goran', 'hana', 'ivo', 'jana', 'kenji', 'lena',
         'mateo', 'nora', 'omar', 'priya', 'quinn', 'rosa', 'sven', 'tariq', 'uma', 'viktor', 'wei', 'yara', 'zoe']


class Company:
    def __init__(self, r):
        self.name = r.choice(SYL1) + r.choice(SYL2) + r.choice(SUFFIX)
        base = self.name.split()[0].lower()
        self.short = base
        self.tld = r.choice(TLDS)
        self.domain = base + '.' + self.tld
        self.biz = r.choice(sorted(BIZ))
        nouns, jobs = BIZ[self.biz]
        self.nouns = r.sample(nouns, 8)
        self.jobs = jobs[:]
        r.shuffle(self.jobs)
        self.pkg = 'com.' + base if r.random() < 0.6 else ('io.' + base if r.random() < 0.5 else base + '.' + r.choice(['platform', 'core', 'svc']))
        self.net = r.choice([10, 10, 172, 192])
        self.b2 = r.randint(0, 255) if self.net == 10 else (r.randint(16, 31) if self.net == 172 else 168)
        self.hoststyle = r.choice(['prd', 'ip', 'dc', 'k8s'])
        self.dc = r.choice(['fra1', 'ams2', 'iad3', 'dub1', 'sin1', 'syd2', 'nyc1', 'lon4', 'sfo2', 'hel1'])
        self.acct = '%012d' % r.randint(10 ** 11, 10 ** 12 - 1)
        self.region = r.choice(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2',
                                'ap-northeast-1', 'eu-north-1', 'sa-east-1'])

    def ip(self, r):
        if self.net == 10:
            return '10.%d.%d.%d' % (self.b2, r.randint(0, 15), r.randint(2, 250))
        if self.net == 172:
            return '172.%d.%d.%d' % (self.b2, r.randint(0, 15), r.randint(2, 250))
        return '192.168.%d.%d' % (r.randint(0, 20), r.randint(2, 250))

    def host(self, r, role):
        s = self.hoststyle
        if s == 'prd':
            return 'prd-%s-%02d' % (role, r.randint(1, 12))
        if s == 'ip':
            ip = self.ip(r)
            return 'ip-' + ip.replace('.', '-')
        if s == 'dc':
            return '%s%d.%s.%s' % (role, r.randint(1, 9), self.dc, self.domain)
        return '%s-%s-%s' % (role, hexs(r, 10)[:9] + r.choice('bcdfghjkmnpqrstvwxz'), ''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5)))


def public_ip(r):
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return '%d.%d.%d.%d' % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


# --------------------------------------------------------------------------- user agents

def ua_pool(r, year):
    k = year - 2019
    cv = lambda: 72 + k * 9 + r.randint(0, 8)
    fv = lambda: 65 + k * 9 + r.randint(0, 8)
    sv = ['12.1', '13.1', '14.1', '15.6', '16.5', '17.4', '18.2', '18.6'][min(k, 7)]
    ios = ['12_4', '13_5', '14_6', '15_7', '16_6', '17_4', '18_1', '18_5'][min(k, 7)]
    andr = 9 + min(k, 6)
    okv = ['3.12.1', '4.9.0', '4.9.1', '4.9.3', '4.11.0', '4.12.0', '4.12.0', '5.0.0'][min(k, 7)]
    out = []
    for _ in range(4):
        out.append(('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36' % (cv(), r.randint(3000, 6900), r.randint(50, 200)), 20))
    out.append(('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv(), 10))
    out.append(('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % sv, 9))
    out.append(('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0' % ((lambda v: (v, v))(fv())), 6))
    out.append(('Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0' % ((lambda v: (v, v))(fv())), 2))
    out.append(('Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (ios, sv), 14))
    out.append(('Mozilla/5.0 (Linux; Android %d; SM-G%d%dB) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36' % (andr, r.randint(9, 99), r.randint(0, 9), cv()), 12))
    out.append(('okhttp/%s' % okv, 10))
    out.append(('Dalvik/2.1.0 (Linux; U; Android %d; Pixel %d Build/%s)' % (andr, r.randint(3, 8), r.choice(['RQ3A.211001.001', 'SP1A.210812.016', 'TQ3A.230901.001', 'UP1A.231105.003'])), 4))
    out.append(('%s/%d.%d.%d CFNetwork/%s Darwin/%d.%d.0' % (r.choice(['Shop', 'App', 'Mobile']), r.randint(2, 9), r.randint(0, 30), r.randint(0, 9), r.choice(['1240.0.4', '1335.0.3', '1408.0.4', '1494.0.7', '1568.100.1']), 20 + min(k, 4), r.randint(0, 6)), 6))
    out.append(('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 2))
    out.append(('Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 1))
    out.append(('Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)', 1))
    out.append(('curl/%s' % ['7.64.0', '7.68.0', '7.74.0', '7.81.0', '7.88.1', '8.5.0', '8.9.1', '8.12.1'][min(k, 7)], 1))
    out.append(('python-requests/%s' % ['2.22.0', '2.24.0', '2.25.1', '2.28.1', '2.31.0', '2.31.0', '2.32.3', '2.32.3'][min(k, 7)], 1))
    out.append(('Go-http-client/1.1', 1))
    return out


SCANNER_UAS = ['Mozilla/5.0 zgrab/0.x', 'Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)',
               'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.129 Safari/537.36',
               'Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)', 'masscan/1.3 (https://github.com/robertdavidgraham/masscan)',
               'l9explore/1.2.2', 'Expanse, a Palo Alto Networks company, searches across the global IPv4 space multiple times per day to identify customers&#39; presences on the Internet. If you would like to be excluded from our scans, please send IP addresses/domains to: scaninfo@paloaltonetworks.com']
SCANNER_PATHS = ['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/cgi-bin/luci/;stok=/locale',
                 '/actuator/env', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/boaform/admin/formLogin',
                 '/solr/admin/info/system', '/owa/auth/logon.aspx', '/xmlrpc.php', '/.aws/credentials',
                 '/server-status', '/HNAP1/', '/admin/config.php', '/wp-content/plugins/wp-file-manager/readme.txt']
FLOOD_UAS = ['python-requests/2.31.0', 'Go-http-client/2.0', 'Apache-HttpClient/4.5.13 (Java/11.0.20)', 'axios/1.6.2',
             'k6/0.48.0 (https://k6.io/)', 'Scrapy/2.11.0 (+https://scrapy.org)', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
             'aiohttp/3.9.1 Python/3.11', 'okhttp/4.12.0', 'PostmanRuntime/7.36.0']


# --------------------------------------------------------------------------- daily curve

def curve_fn(r):
    shape = r.choice(['consumer', 'business', 'global', 'night'])
    if shape == 'consumer':
        bumps = [(12.5, 2.5, 0.55), (20.5, 2.2, 1.0)]
        base = 0.12
    elif shape == 'business':
        bumps = [(10.5, 2.0, 1.0), (15.0, 2.2, 0.9)]
        base = 0.08
    elif shape == 'global':
        bumps = [(14.0, 5.0, 0.5)]
        base = 0.55
    else:
        bumps = [(2.0, 3.0, 1.0), (14.0, 3.0, 0.3)]
        base = 0.2

    def f(h):
        v = base
        for c, w, a in bumps:
            d = abs(h - c)
            d = min(d, 24 - d)
            v += a * math.exp(-0.5 * (d / w) ** 2)
        return v
    mx = max(f(h / 4.0) for h in range(96))
    return (lambda h: f(h) / mx), shape


# --------------------------------------------------------------------------- request model

class Req:
    __slots__ = ('method', 'path', 'query', 'status', 'lat', 'bout', 'bin', 'ip', 'ua', 'ref', 'ri', 'flood')


class ReqModel:
    """HTTP traffic of one service: weighted routes with per-route lognormal latency,
    Zipf clients, a user-agent mix, 4xx 1-3.5 %, background 5xx 0.1-0.35 %."""

    def __init__(self, lf, style='api', nroutes=None, lat_med=(6, 220), client_ips=None, uas=None):
        r = lf.r
        sc = lf.sc
        self.lf = lf
        self.style = style
        co = sc.co
        nouns = co.nouns
        ver = r.choice(['v1', 'v2', 'v3', 'api', ''])
        pre = ('/api/' + ver if ver not in ('api', '') else '/api') if style == 'api' else ''
        routes = []
        nr = nroutes or r.randint(8, 16)
        for i in range(nr):
            n = nouns[i % len(nouns)]
            if style == 'api':
                kind = r.choice(['list', 'id', 'id', 'sub', 'post', 'query', 'id'])
            elif style == 'web':
                kind = r.choice(['page', 'slug', 'slug', 'static', 'static', 'img', 'api'])
            else:
                kind = r.choice(['key', 'key', 'key', 'put', 'list', 'head'])
            med = math.exp(r.uniform(math.log(lat_med[0]), math.log(lat_med[1])))
            if kind in ('static', 'img', 'head'):
                med = med / 4.0
            routes.append(dict(n=n, kind=kind, pre=pre, mu=math.log(med), sg=r.uniform(0.35, 0.85),
                               size=r.uniform(5.5, 9.5) if kind not in ('static', 'img') else r.uniform(8, 12),
                               sub=r.choice(nouns), method=('POST' if kind == 'post' else ('PUT' if kind == 'put' else ('HEAD' if kind == 'head' else 'GET')))))
        if style in ('api', 'web'):
            routes.append(dict(n='healthz', kind='health', pre='', mu=math.log(1.2), sg=0.3, size=3.0, sub='', method='GET'))
        self.routes = routes
        w = [1.0 / (i + 1) ** 0.8 for i in range(len(routes))]
        if style in ('api', 'web'):
            w[-1] = 0.02 * sum(w)
        self.rcw = list(_cum(w))
        self.ri_list = list(range(len(routes)))
        # clients
        nip = r.randint(300, 1500)
        self.ips = client_ips or [public_ip(r) for _ in range(nip)]
        self.ipcw = list(_cum([1.0 / (i + 1) ** 1.05 for i in range(len(self.ips))]))
        pool = uas or ua_pool(r, sc.year)
        self.uas = [u for u, _ in pool]
        self.uacw = list(_cum([w for _, w in pool]))
        self.p4 = r.uniform(0.01, 0.031)
        self.p5 = r.uniform(0.001, 0.0035)
        self.tail = r.uniform(0.008, 0.02)
        self.refs = ['-'] * 6 + ['https://www.%s/' % co.domain, 'https://www.google.com/', 'https://%s/%s' % (co.domain, nouns[0])]
        self.lb_ips = [co.ip(r) for _ in range(2)]
        self.ids = r.randint(1000, 90000)

    def path(self, r, rt):
        k = rt['kind']
        n = rt['n']
        pre = rt['pre']
        if k == 'health':
            return '/healthz', '-'
        if k == 'list':
            return '%s/%s' % (pre, n), '-'
        if k == 'id':
            return '%s/%s/%d' % (pre, n, self.ids + int(r.paretovariate(1.2) * 50) % 900000), '-'
        if k == 'sub':
            return '%s/%s/%d/%s' % (pre, n, self.ids + r.randint(0, 90000), rt['sub']), '-'
        if k == 'post':
            return '%s/%s' % (pre, n), '-'
        if k == 'query':
            return '%s/%s' % (pre, n), 'page=%d&limit=%d' % (r.randint(1, 12), r.choice((20, 25, 50, 100)))
        if k == 'page':
            return '/%s' % n, '-'
        if k == 'slug':
            return '/%s/%s-%d' % (n, r.choice(self.lf.sc.co.nouns)[:-1], r.randint(100, 9999)), '-'
        if k == 'static':
            return '/static/%s/%s.%s.%s' % (r.choice(('js', 'css')), r.choice(('main', 'vendor', 'runtime', 'app')), hexs(r, 8), r.choice(('js', 'css'))), '-'
        if k == 'img':
            return '/img/%s/%d_%s.webp' % (n, r.randint(1000, 99999), r.choice(('400w', '800w', 'thumb'))), '-'
        if k == 'api':
            return '/api/%s/%d' % (n, r.randint(1, 99999)), '-'
        if k in ('key', 'put', 'head'):
            mo = time.gmtime(self.lf.sc.T0 // 1000).tm_mon
            return '%s/%04d/%02d/%s.%s' % (n, self.lf.sc.year, r.randint(1, mo), hexs(r, 16), r.choice(('json', 'parquet', 'jpg', 'pdf', 'csv.gz'))), '-'
        if k == 'list':
            return '', 'list-type=2&prefix=%s%%2F' % n
        return '/' + n, '-'

    def sample(self, r, t, flood=None):
        q = Req()
        if flood is not None:
            ri = r.choice(flood['routes'])
            q.ip = r.choice(flood['ips'])
            q.ua = flood['ua']
            q.flood = True
        else:
            ri = r.choices(self.ri_list, cum_weights=self.rcw, k=1)[0]
            q.flood = False
            if self.routes[ri]['kind'] == 'health':
                q.ip = self.lb_ips[r.getrandbits(1)]
                q.ua = 'ELB-HealthChecker/2.0'
            else:
                q.ip = self.ips[bisect.bisect_left(self.ipcw, r.random() * self.ipcw[-1])]
                q.ua = self.uas[bisect.bisect_left(self.uacw, r.random() * self.uacw[-1])]
        rt = self.routes[ri]
        q.ri = ri
        q.method = rt['method']
        q.path, q.query = self.path(r, rt)
        lat = math.exp(rt['mu'] + rt['sg'] * r.gauss(0, 1))
        if r.random() < self.tail:
            lat *= r.lognormvariate(1.7, 0.6)
        lat *= self.lf.lat(t)
        u = r.random()
        p5 = self.lf.p5(t, self.p5)
        if rt['kind'] == 'health':
            st = 200
        elif u < p5:
            st = r.choice((500, 500, 502, 503, 504))
            if st == 504:
                lat = r.choice((30000.0, 60000.0)) + r.random() * 40
            elif st == 502:
                lat = lat * 0.3
        elif u < p5 + self.p4:
            st = r.choice((404, 404, 404, 400, 401, 403, 409, 422, 429))
            lat *= 0.5
        else:
            if q.method == 'POST':
                st = 201 if r.random() < 0.7 else 200
            elif rt['kind'] in ('static', 'img') and r.random() < 0.3:
                st = 304
            else:
                st = 200
        q.status = st
        q.lat = lat
        q.bout = 0 if st in (204, 304) or q.method == 'HEAD' else int(math.exp(rt['size'] + 0.5 * r.gauss(0, 1))) + 120
        q.bin = r.randint(180, 900) + (r.randint(200, 4000) if q.method in ('POST', 'PUT') else 0)
        q.ref = self.refs[r.randint(0, len(self.refs) - 1)]
        return q

    def scanner(self, r):
        q = Req()
        q.ri = -1
        q.method = r.choice(('GET', 'GET', 'GET', 'POST'))
        q.path = r.choice(SCANNER_PATHS)
        q.query = '-'
        q.status = 404
        q.lat = math.exp(r.gauss(0.8, 0.5))
        q.bout = r.randint(150, 600)
        q.bin = r.randint(100, 400)
        q.ip = public_ip(r)
        q.ua = r.choice(SCANNER_UAS)
        q.ref = '-'
        q.flood = False
        return q

    def flood_spec(self, r):
        cand = [i for i, rt in enumerate(self.routes) if rt['kind'] != 'health']
        return dict(routes=r.sample(cand, min(len(cand), r.randint(1, 3))),
                    ips=[public_ip(r) for _ in range(r.randint(1, 4))], ua=r.choice(FLOOD_UAS))


def _cum(ws):
    s = 0.0
    for w in ws:
        s += w
        yield s


# --------------------------------------------------------------------------- LogFile base

class LogFile:
    KIND = None
    SUPPORTS = ()
    RESTARTABLE = False
    ABS_TIME = True
    LPM = (2, 20, 1.0)         # min, max lines/min, allocation weight
    RES = 1                    # timestamp resolution in ms
    REQ = False                # request log (flood share high)
    PANIC_GAP = (2, 40)
    NAME = 'app.log'

    def __init__(self, sc, name, lpm):
        self.sc = sc
        self.co = sc.co
        self.name = name
        self.lpm = lpm
        self.r = mkrng(sc.seed, sc.sid, name, 'body')
        self.fs = sc.T0
        self.fe = sc.T1
        self.lat_w = []
        self.p5_w = []
        self.down = []
        self.incs = []
        self.benign = []
        self.stop_for_good = None
        self.inc_ev = []
        self.truth = []

    # ---- per-process state that changes at restarts (pids, boot ids...)
    def ep_init(self, **kw):
        self._ep = {k: [(-1, v)] for k, v in kw.items()}

    def ep_set(self, t, **kw):
        for k, v in kw.items():
            self._ep[k].append((t, v))
            self._ep[k].sort(key=lambda x: x[0])

    def ep(self, k, t):
        v = None
        for tt, vv in self._ep[k]:
            if tt <= t:
                v = vv
            else:
                break
        return v

    # ---- helpers
    def lat(self, t):
        for s, e, m in self.lat_w:
            if s <= t < e:
                f = min(1.0, (t - s) / 90000.0)
                return 1.0 + (m - 1.0) * f
        return 1.0

    def p5(self, t, base):
        for s, e, sh in self.p5_w:
            if s <= t < e:
                return sh
        return base

    def loc(self, t):
        return t + self.sc.off_ms

    def init_traffic(self):
        r = mkrng(self.sc.seed, self.sc.sid, self.name, 'traffic')
        n = (self.fe - self.fs) // MIN + 2
        self.m0 = self.fs - self.fs % MIN
        cf = self.sc.curve
        off = self.sc.off_ms
        x = 0.0
        mult = []
        for i in range(n):
            t = self.m0 + i * MIN
            h = ((t + off) % DAY) / HOUR
            x = 0.85 * x + r.gauss(0, 0.06)
            mult.append(cf(h) * math.exp(x))
        nb = poisson(r, n / 45.0)
        for _ in range(nb):
            a = r.randint(0, n - 1)
            ln = r.randint(1, 4)
            f = r.uniform(1.25, 1.85)
            for j in range(a, min(n, a + ln)):
                mult[j] *= f
        self.mult = mult
        self.mean_mult = sum(mult) / len(mult)

    def times(self, rate, t0=None, t1=None, curve=True, r=None):
        """Poisson arrivals at `rate` per minute (average over the file) following the daily curve."""
        r = r or self.r
        t0 = self.fs if t0 is None else t0
        t1 = self.fe if t1 is None else t1
        out = []
        if rate <= 0:
            return out
        scale = rate / self.mean_mult if curve else rate
        i0 = max(0, (t0 - self.m0) // MIN)
        i1 = min(len(self.mult) - 1, (t1 - self.m0) // MIN)
        rnd = r.random
        for i in range(i0, i1 + 1):
            lam = scale * self.mult[i] if curve else scale
            k = poisson(r, lam)
            if not k:
                continue
            base = self.m0 + i * MIN
            ts = sorted(base + int(rnd() * MIN) for _ in range(k))
            for t in ts:
                if t0 <= t < t1:
                    out.append(t)
        return out

    def rate_at(self, t):
        i = max(0, min(len(self.mult) - 1, (t - self.m0) // MIN))
        return self.mult[i] / self.mean_mult

    def periodic(self, period, jitter=0, t0=None, t1=None, phase=None, r=None):
        r = r or self.r
        t0 = self.fs if t0 is None else t0
        t1 = self.fe if t1 is None else t1
        if phase is None:
            t = t0 - t0 % period + period + r.randint(0, period // 10)
        else:
            t = t0 - t0 % period + phase
            if t < t0:
                t += period
        out = []
        while t < t1:
            tt = t + (r.randint(0, jitter) if jitter else 0)
            if t0 <= tt < t1:
                out.append(tt)
            t += period
        return out

    # ---- to be provided by formats
    def setup(self):
        pass

    def background(self):
        raise NotImplementedError

    def head(self, t):
        return []

    def anchor(self, t):
        raise NotImplementedError

    def rec_error(self, t, i, st):
        raise NotImplementedError

    def rec_retry(self, t, i, st):
        raise NotImplementedError

    def rec_newerr(self, t, i, st):
        raise NotImplementedError

    def rec_disk(self, t, i, st):
        raise NotImplementedError

    def seq_crash(self, t, i, st):
        raise NotImplementedError

    def seq_oom(self, t, i, st):
        raise NotImplementedError

    def seq_start(self, t):
        raise NotImplementedError

    def seq_stop(self, t):
        raise NotImplementedError

    def flood_events(self, s, e, k):
        raise NotImplementedError

    def st_error(self):
        return {}

    def st_retry(self):
        return {}

    def st_newerr(self):
        return {}

    def st_disk(self):
        return {}

    # ---- incident drivers
    def floor(self, t):
        return t - t % self.RES

    def ceil(self, t):
        return t if t % self.RES == 0 else t - t % self.RES + self.RES

    def _add_truth(self, kind, s, e, desc):
        self.truth.append(dict(kind=kind, file=self.name, start=s, end=e, description=desc))

    def _seqspan(self, seq):
        return seq[0][0], seq[-1][0]

    def pre_incident(self, inc):
        k = inc['kind']
        r = mkrng(self.sc.seed, self.sc.sid, self.name, 'inc', inc['idx'])
        s = inc['start']
        d = inc['dur']
        if k not in ('latency_shift', 'http_5xx', 'traffic_flood', 'silence'):
            s += r.randint(1, 999)
            d -= r.randint(0, 1999)
        ev = self.inc_ev
        if k == 'latency_shift':
            m = r.uniform(3.0, 6.0)
            self.lat_w.append((s, s + d, m))
            self._add_truth(k, s, s + d, '%s: logged latencies x%.1f (90 s ramp) for %d min' % (self.name, m, d // MIN))
        elif k == 'http_5xx':
            sh = r.uniform(0.05, 0.12)
            self.p5_w.append((s, s + d, sh))
            self._add_truth(k, s, s + d, '%s: %.1f%% of responses are 5xx for %d min at normal volume' % (self.name, sh * 100, d // MIN))
        elif k == 'traffic_flood':
            kk = r.uniform(3.0, 7.0)
            self.r_flood = r
            extra, desc = self.flood_events(s, s + d, kk)
            ev.extend(extra)
            self._add_truth(k, s, s + d, '%s: traffic x%.1f for %d min, %s' % (self.name, kk, d // MIN, desc))
        elif k == 'silence':
            e = s + d
            if inc.get('forever'):
                e = inc['forever']
                self.stop_for_good = s
            self.down.append((s, e))
            self._add_truth(k, s, e, '%s: no line for %d min%s' % (self.name, (e - s) // MIN, ' (the log stops for good)' if inc.get('forever') else ''))
        elif k in ('error_burst', 'retry_storm', 'new_error', 'disk_full'):
            if k == 'error_burst':
                n = r.randint(28, 80)
                n = max(n, int(7.5 * d / MIN) + 1)
                ts = self._spread(r, s, d, n)
                st = self.st_error()
                st['r'] = r
                recs = [(t, self.rec_error(t, i, st)) for i, t in enumerate(ts)]
            elif k == 'retry_storm':
                n = r.randint(160, 480)
                n = max(n, int(16 * d / MIN) + 1)
                ts = self._spread(r, s, d, n)
                st = self.st_retry()
                st['r'] = r
                recs = [(t, self.rec_retry(t, i, st)) for i, t in enumerate(ts)]
            else:
                if k == 'new_error':
                    per = r.uniform(25, 80) * SEC
                else:
                    per = r.uniform(8, 70) * SEC
                ts = [s]
                t = s
                while True:
                    t = t + int(per * r.uniform(0.65, 1.35))
                    if t > s + d:
                        break
                    ts.append(t)
                if len(ts) < 7:
                    per = d / 7.5
                    ts = [s + int(per * j) for j in range(8)]
                st = self.st_newerr() if k == 'new_error' else self.st_disk()
                st['r'] = r
                f = self.rec_newerr if k == 'new_error' else self.rec_disk
                recs = [(t, f(t, i, st)) for i, t in enumerate(ts)]
            flat = []
            for t, x in recs:
                if isinstance(x, list):
                    flat.extend(x)
                else:
                    flat.append((t, x))
            ev.extend(flat)
            a = min(t for t, _ in flat)
            b = max(t for t, _ in flat)
            if k == 'new_error':
                # the incident is the new template itself: first and last occurrence
                a, b = ts[0], ts[-1]
            desc = st.get('desc', k)
            self._add_truth(k, self.floor(a), self.ceil(b), '%s: %d %s' % (self.name, len(recs), desc))
        elif k in ('panic', 'oom_kill'):
            ncr = r.choice((1, 1, 1, 2, 2, 3))
            t = s
            first = None
            last = None
            st = {'r': r}
            for i in range(ncr):
                seq = (self.seq_crash if k == 'panic' else self.seq_oom)(t, i, st)
                tc0 = seq[0][0]
                tce = seq[-1][0]
                tb = tce + int(r.uniform(self.PANIC_GAP[0], self.PANIC_GAP[1]) * SEC)
                bann = self.seq_start(tb)
                ev.extend(seq)
                ev.extend(bann)
                self.down.append((tc0, bann[-1][0] + 1))
                if first is None:
                    first = tc0
                last = bann[-1][0]
                t = last + int(r.uniform(40, 360) * SEC)
                if t > s + d and i >= 0:
                    break
            desc = st.get('desc', k)
            self._add_truth(k, self.floor(first), self.ceil(last), '%s: %d x %s' % (self.name, i + 1, desc))

    def _spread(self, r, s, d, n):
        ts = sorted(s + int(r.random() * d) for _ in range(n - 2))
        return [s] + ts + [s + d]

    def plan_benign(self, t):
        stop = self.seq_stop(t)
        tb = stop[-1][0] + int(self.r.uniform(3, 45) * SEC)
        start = self.seq_start(tb)
        self.benign.extend(stop)
        self.benign.extend(start)
        self.down.append((stop[0][0], start[-1][0] + 1))

    # ---- assemble
    GZP = 0.0

    def build(self):
        if not self.GZ and self.GZP > 0 and mkrng(self.sc.seed, self.sc.sid, self.KIND, 'gz').random() < self.GZP:
            self.GZ = True
        self.setup()
        self.init_traffic()
        for inc in self.incs:
            self.pre_incident(inc)
        for t in self.benign_times:
            self.plan_benign(t)
        bg = [e for e in self.background() if self.fs <= e[0] <= self.fe]
        downs = sorted(self.down)
        if downs:
            keep = []
            for e in bg:
                t = e[0]
                drop = False
                for a, b in downs:
                    if a <= t < b:
                        drop = True
                        break
                if not drop:
                    keep.append(e)
            bg = keep
        end = self.fe if self.stop_for_good is None else None
        ev = self.head(self.fs) + bg + self.inc_ev + self.benign
        if end is not None:
            ev.extend(self.anchor(end))
        else:
            ev = [e for e in ev if e[0] < self.stop_for_good]
        ev.sort(key=lambda e: e[0])
        self.events = ev
        return ev

    # ---- output
    ENC = 'utf-8'
    CRLF = False
    GZ = False
    BOM = False

    def render_bytes(self):
        texts = [e[1] for e in self.events]
        s = '\n'.join(texts) + '\n'
        nlines = s.count('\n')
        if self.CRLF:
            s = s.replace('\n', '\r\n')
        if self.ENC == 'utf-16-le':
            data = b'\xff\xfe' + s.encode('utf-16-le')
        elif self.ENC == 'latin-1':
            data = s.encode('latin-1', errors='replace')
        else:
            data = s.encode('utf-8', errors='surrogateescape')
        if self.GZ:
            data = self.gzip(data)
        return data, nlines

    def gzip(self, data):
        return gzip.compress(data, compresslevel=6, mtime=0)


def java_frames(lines, indent='\tat '):
    return [indent + x for x in lines]
