"""Shared helpers for the blind22 generator: time formatting, pools, format base class."""
import datetime as dt
import hashlib

UTC = dt.timezone.utc
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

FIRST = ['james', 'mary', 'john', 'patricia', 'robert', 'jennifer', 'michael', 'linda', 'david',
         'elizabeth', 'william', 'barbara', 'richard', 'susan', 'joseph', 'jessica', 'thomas',
         'sarah', 'charles', 'karen', 'lukas', 'anna', 'jonas', 'lea', 'felix', 'marie', 'paul',
         'sophie', 'noah', 'emma', 'ahmed', 'fatima', 'wei', 'mei', 'raj', 'priya', 'olga', 'ivan',
         'kenji', 'yuki', 'carlos', 'lucia', 'pierre', 'camille', 'sven', 'ingrid']
LAST = ['smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'muller',
        'schmidt', 'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'schulz', 'hoffmann',
        'nguyen', 'kim', 'patel', 'singh', 'chen', 'wang', 'tanaka', 'suzuki', 'rossi', 'ferrari',
        'dubois', 'martin', 'larsen', 'nielsen', 'kowalski', 'novak', 'ivanova', 'silva', 'costa']
UAS = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
    'python-requests/2.31.0', 'okhttp/4.12.0', 'curl/8.4.0', 'Go-http-client/2.0',
    'aws-sdk-java/2.20.162 Linux/5.10.205-195.807.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.9+8-LTS Java/17.0.9',
]
COUNTRIES = [('US', 'United States'), ('DE', 'Germany'), ('GB', 'United Kingdom'), ('FR', 'France'),
             ('NL', 'Netherlands'), ('IN', 'India'), ('JP', 'Japan'), ('BR', 'Brazil'), ('CA', 'Canada')]
SCAN_COUNTRIES = [('CN', 'China'), ('RU', 'Russian Federation'), ('VN', 'Vietnam'), ('IR', 'Iran')]
TZS = ['Europe/Berlin', 'America/New_York', 'America/Chicago', 'Europe/London', 'Asia/Tokyo',
       'America/Los_Angeles', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo']
COMPANIES = [('acme', 'Acme Corp'), ('globex', 'Globex'), ('initech', 'Initech'), ('umbrella', 'Umbrella Labs'),
             ('contoso', 'Contoso Ltd'), ('northwind', 'Northwind Traders'), ('hooli', 'Hooli'),
             ('wayne', 'Wayne Enterprises'), ('stark', 'Stark Industries'), ('tyrell', 'Tyrell Systems')]


def utc(t):
    return dt.datetime.fromtimestamp(t, UTC)


def iso_z(t, frac=3):
    d = utc(t)
    if frac == 0:
        return d.strftime('%Y-%m-%dT%H:%M:%SZ')
    return d.strftime('%Y-%m-%dT%H:%M:%S.') + ('%06d' % d.microsecond)[:frac] + 'Z'


def iso_off(d, frac=3):
    """ISO 8601 with numeric offset, e.g. 2024-03-05T10:41:00.123+01:00"""
    off = d.strftime('%z')
    s = d.strftime('%Y-%m-%dT%H:%M:%S')
    if frac:
        s += '.' + ('%06d' % d.microsecond)[:frac]
    return s + off[:3] + ':' + off[3:]


def syslog_ts(d):
    return '%s %2d %s' % (MON[d.month - 1], d.day, d.strftime('%H:%M:%S'))


def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def uuid(rng):
    h = hexid(rng, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])


def b64(rng, n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(a) for _ in range(n))


def stable_int(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16) % mod


class Ctx:
    """Scenario-wide pools shared by all formats of one scenario."""

    def __init__(self, rng, tzname):
        from zoneinfo import ZoneInfo
        self.rng = rng
        self.tzname = tzname
        self.tz = ZoneInfo(tzname)
        self.org, self.orgname = rng.choice(COMPANIES)
        self.domain = self.org + rng.choice(['.com', '.io', '.net', '.de', '.co.uk'])
        self.users = []
        for _ in range(rng.randint(60, 140)):
            f, l = rng.choice(FIRST), rng.choice(LAST)
            self.users.append('%s.%s' % (f, l))
        self.users = sorted(set(self.users))
        self.svc_users = ['svc_backup', 'svc_sql', 'svc_jenkins', 'svc_ldapbind', 'svc_monitor']
        self.pub_in = ['%d.%d.%d.%d' % (rng.choice([23, 31, 45, 62, 77, 81, 89, 91, 104, 109, 151, 176, 185, 188, 193, 212, 217]),
                                        rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254)) for _ in range(400)]
        self.scan_ips = ['%d.%d.%d.%d' % (rng.choice([45, 61, 103, 112, 118, 171, 183, 185, 194, 222]),
                                          rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254)) for _ in range(40)]
        self.my_pub = '%d.%d.%d.%d' % (rng.choice([198, 203, 192]), rng.choice([51, 0]), rng.choice([100, 113, 2]), rng.randint(10, 200))
        self.lan = ['10.%d.%d.%d' % (rng.choice([10, 20, 30, 40]), rng.randint(0, 15), rng.randint(2, 250)) for _ in range(300)]
        self.dmz = ['172.16.%d.%d' % (rng.randint(1, 4), rng.randint(10, 60)) for _ in range(20)]
        self.ext_dst = ['%d.%d.%d.%d' % (rng.choice([8, 13, 20, 34, 35, 52, 104, 140, 142, 151, 172, 199]),
                                         rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)) for _ in range(200)]
        self.aws_acct = '%012d' % rng.randint(10 ** 11, 10 ** 12 - 1)
        self.region = rng.choice(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'])
        self.tenant = uuid(rng)
        self.sub = uuid(rng)
        self.gcp_project = '%s-%s-%d' % (self.org, rng.choice(['prod', 'platform', 'web', 'data']), rng.randint(100000, 999999))
        self.sites = ['www.' + self.domain, 'api.' + self.domain, 'portal.' + self.domain, 'shop.' + self.domain]
        self.paths = ['/', '/login', '/api/v1/orders', '/api/v1/orders/{id}', '/api/v1/cart', '/api/v2/products',
                      '/api/v2/products/{id}', '/static/js/app.{h}.js', '/static/css/main.{h}.css', '/health',
                      '/account/profile', '/search', '/api/v1/session', '/images/{id}.jpg', '/checkout',
                      '/api/v1/payments', '/favicon.ico', '/robots.txt']
        self.hashes = [hexid(rng, 8) for _ in range(3)]

    def user(self, rng):
        return rng.choice(self.users)

    def email(self, rng, u=None):
        return '%s@%s' % (u or self.user(rng), self.domain)

    def path(self, rng):
        p = rng.choice(self.paths)
        return p.replace('{id}', str(rng.randint(1000, 99999))).replace('{h}', rng.choice(self.hashes))


DESC = {
    'error_burst': 'The rate of an already-seen {p} error rises many-fold in {f}.',
    'new_error': '{p} starts logging an error it never logged before, repeatedly.',
    'retry_storm': '{p} piles up retries and timeouts against a back-end dependency.',
    'latency_shift': 'Response times logged by {p} rise several-fold.',
    'http_5xx': 'The share of 5xx responses in {p} rises sharply.',
    'traffic_flood': 'Record volume from {p} jumps more than five-fold (flood of requests/connections).',
    'silence': '{f} stops writing for a while: {p} hangs, then comes back.',
    'oom_kill': '{p} runs out of memory, the process is killed and restarted.',
    'disk_full': '{p} reports that its disk is full and cannot write.',
    'panic': '{p} crashes with a dump and is restarted.',
}


class Fmt:
    """One log file of one product. Subclasses render lines; the engine decides when."""
    key = 'base'
    fname = 'base.log'
    clock = 'utc'           # utc | offset | epoch | local
    weight = 1.0            # share of scenario volume
    http = False            # has a status code share that can go 5xx
    lat = False             # has a logged duration
    flood = True            # record volume can flood
    crlf = False
    hb_every = 0            # heartbeat period in s (0 = none)
    warn_per_min = 0.5
    err_per_min = 0.3

    def __init__(self, ctx, rng, host, fname=None):
        self.ctx, self.rng, self.host = ctx, rng, host
        if fname:
            self.fname = fname
        self.setup()

    def setup(self):
        pass

    def loc(self, t):
        return utc(t).astimezone(self.ctx.tz)

    def header(self, t):
        return None

    def normal(self, t, st):
        raise NotImplementedError

    def warn(self, t):
        return None

    def err(self, t):
        return None

    def new_err(self, t):
        return None

    def retry(self, t):
        return None

    def retry_ok(self, t):
        return None

    def oom(self, t):
        """-> list of (abs time, text): memory exhaustion, kill and restart"""
        return None

    def disk(self, t):
        return None

    def panic(self, t):
        """-> list of (abs time, text): crash with dump and restart"""
        return None

    def restart(self, t_stop, t_start):
        """-> list of (abs time, text); t_stop None = start banner only"""
        return None

    product = 'service'
    desc = {}

    def describe(self, kind):
        d = dict(DESC)
        d.update(self.desc)
        return d[kind].format(p=self.product, f=self.fname)

    def heartbeat(self, t):
        return None

    def kinds(self):
        k = {'silence'}
        if self.flood:
            k.add('traffic_flood')
        if self.http:
            k.add('http_5xx')
        if self.lat:
            k.add('latency_shift')
        cls = type(self)
        for meth, kind in (('err', 'error_burst'), ('new_err', 'new_error'), ('retry', 'retry_storm'),
                           ('oom', 'oom_kill'), ('disk', 'disk_full'), ('panic', 'panic')):
            if getattr(cls, meth) is not getattr(Fmt, meth):
                k.add(kind)
        return k
