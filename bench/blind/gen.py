#!/usr/bin/env python3
"""
Synthetic multi-service log "incident bundle" generator with ground truth.

    python3 gen.py OUTDIR SEED

Writes OUTDIR/s01 .. OUTDIR/s10, each a bundle of 3-6 log files from different
imagined services plus truth.json.  Python 3 standard library only.
Timestamps without an explicit zone (syslog, logback, python logging, ...) are UTC.
"""
import bisect
import datetime
import json
import math
import os
import random
import re
import shutil
import sys

UTC = datetime.timezone.utc
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
ALL_KINDS = ['error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'panic',
             'disk_full', 'http_5xx', 'new_error', 'traffic_flood']
MIN_LINES, MAX_LINES = 50000, 150000


# ============================================================== time formats
def offs(off, colon=True):
    sign = '+' if off >= 0 else '-'
    h, m = divmod(abs(int(off)), 60)
    return '%s%02d:%02d' % (sign, h, m) if colon else '%s%02d%02d' % (sign, h, m)


def tfmt(t, kind, off=0):
    """Format epoch seconds t.  off = minutes east of UTC, only for formats that show it."""
    tt = t + off * 60
    sec = math.floor(tt)
    us = int((tt - sec) * 1e6)
    d = datetime.datetime.fromtimestamp(sec, UTC)
    Y, M, D = d.year, d.month, d.day
    date = '%04d-%02d-%02d' % (Y, M, D)
    hms = '%02d:%02d:%02d' % (d.hour, d.minute, d.second)
    if kind == 'iso0z':
        return '%sT%sZ' % (date, hms)
    if kind == 'iso3z':
        return '%sT%s.%03dZ' % (date, hms, us // 1000)
    if kind == 'iso6z':
        return '%sT%s.%06dZ' % (date, hms, us)
    if kind == 'iso9z':
        return '%sT%s.%06d%03dZ' % (date, hms, us, (sec * 7 + us) % 1000)
    if kind == 'iso0off':
        return '%sT%s%s' % (date, hms, offs(off))
    if kind == 'iso3off':
        return '%sT%s.%03d%s' % (date, hms, us // 1000, offs(off))
    if kind == 'iso6off':
        return '%sT%s.%06d%s' % (date, hms, us, offs(off))
    if kind == 'sp3dot':
        return '%s %s.%03d' % (date, hms, us // 1000)
    if kind == 'sp3comma':
        return '%s %s,%03d' % (date, hms, us // 1000)
    if kind == 'sp3utc':
        return '%s %s.%03d UTC' % (date, hms, us // 1000)
    if kind == 'sp0utc':
        return '%s %s UTC' % (date, hms)
    if kind == 'sp0off':
        return '%s %s %s' % (date, hms, offs(off, False))
    if kind == 'nginx':
        return '%02d/%s/%04d:%s %s' % (D, MON[M - 1], Y, hms, offs(off, False))
    if kind == 'syslog':
        return '%s %2d %s' % (MON[M - 1], D, hms)
    if kind == 'gostd':
        return '%04d/%02d/%02d %s' % (Y, M, D, hms)
    if kind == 'gostdus':
        return '%04d/%02d/%02d %s.%06d' % (Y, M, D, hms, us)
    if kind == 'klog':
        return '%02d%02d %s.%06d' % (M, D, hms, us)
    raise ValueError(kind)


def iso_truth(t):
    return tfmt(t, 'iso3z')


# ============================================================== randomness helpers
class RNG(random.Random):
    def hexs(self, n):
        return format(self.getrandbits(4 * n), '0%dx' % n)

    def uuid(self):
        h = self.hexs(32)
        return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[self.randrange(4)], h[17:20], h[20:32])

    def alnum(self, n, chars='bcdfghjklmnpqrstvwxz2456789'):
        return ''.join(self.choice(chars) for _ in range(n))

    def ln(self, median, sigma=0.5):
        return median * math.exp(self.gauss(0, sigma))

    def poisson(self, lam):
        if lam <= 0:
            return 0
        if lam < 30:
            L = math.exp(-lam)
            k = 0
            p = self.random()
            while p > L:
                k += 1
                p *= self.random()
            return k
        return max(0, int(round(self.gauss(lam, math.sqrt(lam)))))

    def skew(self, n, power=2.5):
        """index in [0,n) biased towards 0 (popularity)."""
        return min(n - 1, int(n * self.random() ** power))

    def public_ip(self):
        while True:
            a = self.randint(2, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198):
                return '%d.%d.%d.%d' % (a, self.randint(0, 255), self.randint(0, 255), self.randint(1, 254))


class Picker:
    def __init__(self, items):
        self.objs = [o for _, o in items]
        self.cum = []
        acc = 0.0
        for w, _ in items:
            acc += w
            self.cum.append(acc)
        self.tot = acc

    def pick(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        return self.objs[min(i, len(self.objs) - 1)]


def lf(v):
    """logfmt value quoting."""
    s = str(v)
    if s == '' or any(c in s for c in ' ="\t\n\\'):
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t') + '"'
    return s


def godur(sec):
    """Go time.Duration.String()-like rendering."""
    if sec < 1e-3:
        return ('%.3f' % (sec * 1e6)).rstrip('0').rstrip('.') + '\u00b5s'
    if sec < 1:
        return ('%.6f' % (sec * 1e3)).rstrip('0').rstrip('.') + 'ms'
    if sec < 60:
        return ('%.6f' % sec).rstrip('0').rstrip('.') + 's'
    m = int(sec // 60)
    return '%dm%ss' % (m, ('%.3f' % (sec - 60 * m)).rstrip('0').rstrip('.'))


def camel(d):
    out = {}
    for k, v in d.items():
        p = k.split('_')
        out[p[0] + ''.join(x.title() for x in p[1:])] = v
    return out


def snake(msg):
    return re.sub(r'[^a-z0-9]+', '_', msg.lower()).strip('_')


def abbr_logger(name, maxlen):
    if '[Tomcat]' in name:
        return 'o.a.c.c.C.[.[.[/].[dispatcherServlet]'
    if len(name) <= maxlen:
        return name
    parts = name.split('.')
    for i in range(len(parts) - 1):
        parts[i] = parts[i][0]
        if len('.'.join(parts)) <= maxlen:
            break
    return '.'.join(parts)


# ============================================================== world data
COMPANIES = ['acme', 'northwind', 'contoso', 'globex', 'initech', 'vandelay', 'hooli', 'soylent',
             'tyrell', 'cyberdyne', 'umbrella', 'wonka', 'oscorp', 'pied', 'dunder']
TLDS = ['com', 'io', 'de', 'co.uk', 'net', 'shop', 'app']

BROWSER_UAS = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'okhttp/4.12.0',
    'MyShopApp/5.12.1 (iPhone; iOS 18.1; Scale/3.00)',
    'Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)',
]
BOT_UAS = [
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
    'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)',
    'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
]
SCANNER_UAS = ['Mozilla/5.0 zgrab/0.x', 'python-requests/2.31.0', 'Go-http-client/1.1', 'curl/7.68.0',
               'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.129 Safari/537.36',
               'Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)']
SCANNER_PATHS = ['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/admin/config.php',
                 '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/actuator/env', '/server-status',
                 '/boaform/admin/formLogin', '/.aws/credentials', '/xmlrpc.php', '/wp-admin/setup-config.php',
                 '/cgi-bin/luci/;stok=/locale?form=country', '/.DS_Store', '/config.json', '/api/.env',
                 '/owa/auth/logon.aspx', '/HNAP1/', '/solr/admin/info/system', '/console/']

SEARCH_TERMS = {
    'shop': ['running+shoes', 'usb-c+cable', 'coffee+grinder', 'winter+jacket', 'lego', 'airpods+case', 'yoga+mat',
             'desk+lamp', 'wool+socks', 'espresso', 'backpack', 'phone+charger', 'gift+card', 'sneakers+white'],
    'saas': ['roadmap', 'q3+planning', 'bug', 'onboarding', 'invoice', 'design+review', 'release+notes', 'okr',
             'retro', 'hiring+plan', 'budget'],
    'logistics': ['DE-10115', 'rotterdam', 'pallet', 'express', 'return+label', 'customs', 'NL-1011', 'dangerous+goods'],
}

DOMAINS = {
    'shop': {
        'svcs': ['storefront-api', 'checkout-service', 'cart-api', 'catalog-service', 'order-service', 'payments',
                 'inventory', 'recommendations', 'search-api', 'notification-worker', 'pricing-service', 'promo-engine'],
        'entities': ['Order', 'Cart', 'Payment', 'Product', 'Customer', 'Inventory', 'Coupon', 'Shipment'],
        'tables': [('orders', 'customer_id'), ('order_items', 'order_id'), ('carts', 'customer_id'),
                   ('cart_items', 'cart_id'), ('products', 'category_id'), ('inventory_levels', 'sku'),
                   ('customers', 'email'), ('payments', 'order_id'), ('addresses', 'customer_id'), ('coupons', 'code')],
        'topics': ['orders.created', 'orders.paid', 'inventory.reserved', 'cart.updated', 'payments.events',
                   'shipments.requested', 'customer.events'],
        'db': 'shop',
        'actions': [
            ('order created', 'Order {oid} created for customer {uid}: {n} items, total {amt} {cur}'),
            ('payment authorized', 'Payment {pay} authorized via {psp} amount={amt} {cur}'),
            ('stock reserved', 'Reserved {qty} units of {sku} in warehouse {wh}'),
            ('cart merged', 'Merged guest cart {cart} into cart of user {uid}'),
            ('coupon applied', 'Coupon {coupon} applied to cart {cart}, discount {pct}%'),
            ('shipment requested', 'Shipment requested for order {oid} via {carrier}'),
            ('price recalculated', 'Recalculated prices for cart {cart}: {n} lines, subtotal {amt} {cur}'),
        ],
        'endpoints': [
            ('GET', '/', 3, 45, (18000, 42000), 'page'),
            ('GET', '/api/v1/products/{pid}', 16, 28, (1500, 9000), 'api'),
            ('GET', '/api/v1/products?category={cat}&page={page}', 9, 55, (6000, 40000), 'api'),
            ('GET', '/api/v1/search?q={q}', 8, 85, (3000, 30000), 'api'),
            ('GET', '/api/v1/cart', 7, 18, (400, 4000), 'api'),
            ('POST', '/api/v1/cart/items', 3, 40, (300, 2500), 'api'),
            ('DELETE', '/api/v1/cart/items/{sku}', 0.8, 25, (0, 0), 'api'),
            ('POST', '/api/v1/checkout', 1.2, 320, (600, 2000), 'api'),
            ('GET', '/api/v1/orders/{oid}', 1.5, 35, (900, 5000), 'api'),
            ('GET', '/api/v1/orders?limit=20', 0.8, 70, (2000, 20000), 'api'),
            ('POST', '/api/v1/auth/login', 1.0, 160, (300, 900), 'api'),
            ('POST', '/api/v1/auth/refresh', 2.5, 22, (300, 900), 'api'),
            ('GET', '/api/v1/me', 3, 15, (300, 1200), 'api'),
            ('GET', '/api/v2/recommendations?slot={slot}', 4, 110, (2000, 12000), 'api'),
            ('POST', '/api/v1/events', 5, 6, (0, 0), 'api'),
            ('GET', '/static/js/main.{hash}.js', 5, 2, (180000, 420000), 'static'),
            ('GET', '/static/css/app.{hash}.css', 2.5, 2, (30000, 90000), 'static'),
            ('GET', '/images/products/{pid}_{size}.webp', 10, 3, (8000, 120000), 'static'),
            ('GET', '/favicon.ico', 0.8, 1, (1150, 1150), 'static'),
            ('GET', '/robots.txt', 0.1, 1, (120, 120), 'static'),
        ],
    },
    'saas': {
        'svcs': ['api-gateway', 'projects-api', 'billing-service', 'auth-service', 'notifications', 'search-indexer',
                 'webhooks-dispatcher', 'export-worker', 'realtime-hub', 'workspace-service', 'files-service'],
        'entities': ['Project', 'Invoice', 'Subscription', 'Workspace', 'Member', 'Webhook', 'Task', 'Export'],
        'tables': [('projects', 'workspace_id'), ('tasks', 'project_id'), ('members', 'workspace_id'),
                   ('invoices', 'subscription_id'), ('subscriptions', 'workspace_id'), ('webhook_deliveries', 'endpoint_id'),
                   ('audit_events', 'actor_id'), ('sessions', 'user_id'), ('attachments', 'task_id'), ('workspaces', 'owner_id')],
        'topics': ['projects.changed', 'billing.invoice', 'auth.events', 'webhooks.outbox', 'search.reindex', 'audit.log'],
        'db': 'app_production',
        'actions': [
            ('project updated', 'Project {proj} updated by {uid} (fields: name, due_date)'),
            ('invoice finalized', 'Invoice {inv} finalized amount={amt} {cur}'),
            ('subscription renewed', 'Subscription {sub} renewed on plan {plan}'),
            ('member invited', 'Member {uid} invited to workspace {org} with role {role}'),
            ('webhook delivered', 'Webhook {evt} delivered to endpoint {whid} in {ms}ms'),
            ('export completed', 'Export {uuid} completed with {n} rows'),
            ('task moved', 'Task {task} moved to column {col} in project {proj}'),
        ],
        'endpoints': [
            ('GET', '/app', 3, 40, (9000, 22000), 'page'),
            ('GET', '/api/projects', 6, 45, (2000, 24000), 'api'),
            ('GET', '/api/projects/{proj}', 10, 30, (1200, 8000), 'api'),
            ('PATCH', '/api/projects/{proj}', 1.5, 60, (800, 3000), 'api'),
            ('GET', '/api/projects/{proj}/tasks?status=open', 9, 70, (3000, 60000), 'api'),
            ('POST', '/api/projects/{proj}/tasks', 2, 85, (600, 2000), 'api'),
            ('PUT', '/api/tasks/{task}', 2.5, 55, (600, 2500), 'api'),
            ('GET', '/api/workspaces/{org}/members', 2, 40, (1000, 15000), 'api'),
            ('POST', '/api/auth/token', 2, 140, (700, 1400), 'api'),
            ('GET', '/api/notifications?unread=true', 6, 25, (200, 6000), 'api'),
            ('GET', '/api/billing/invoices', 0.6, 120, (1500, 12000), 'api'),
            ('POST', '/api/webhooks/stripe', 0.4, 90, (20, 60), 'api'),
            ('POST', '/api/uploads', 0.8, 450, (300, 800), 'api'),
            ('GET', '/api/search?q={q}', 3, 95, (1500, 20000), 'api'),
            ('GET', '/api/me', 4, 12, (400, 1500), 'api'),
            ('POST', '/api/telemetry', 4, 5, (0, 0), 'api'),
            ('GET', '/assets/index-{hash}.js', 4, 2, (250000, 600000), 'static'),
            ('GET', '/assets/index-{hash}.css', 2, 2, (40000, 90000), 'static'),
            ('GET', '/favicon.svg', 0.6, 1, (900, 900), 'static'),
        ],
    },
    'logistics': {
        'svcs': ['shipping-api', 'rates-service', 'label-service', 'tracking-ingest', 'carrier-gateway',
                 'warehouse-service', 'manifest-worker', 'address-validator', 'pickup-scheduler'],
        'entities': ['Shipment', 'Label', 'Rate', 'Warehouse', 'Carrier', 'Manifest', 'Pickup', 'Parcel'],
        'tables': [('shipments', 'account_id'), ('labels', 'shipment_id'), ('tracking_events', 'shipment_id'),
                   ('rates', 'quote_id'), ('pickups', 'account_id'), ('manifests', 'carrier_id'),
                   ('parcels', 'shipment_id'), ('addresses', 'account_id'), ('warehouse_stock', 'sku'), ('accounts', 'api_key_id')],
        'topics': ['tracking.events', 'shipments.created', 'labels.generated', 'pickups.scheduled', 'carrier.webhooks'],
        'db': 'logistics',
        'actions': [
            ('label created', 'Label created for shipment {ship} carrier={carrier} service={svclvl}'),
            ('rate quote', 'Rate quote {uuid} returned {n} options'),
            ('tracking update', 'Tracking update for {trk}: {tstatus}'),
            ('pickup scheduled', 'Pickup {pick} scheduled for {date} at {wh}'),
            ('manifest closed', 'Manifest {man} closed with {n} parcels'),
            ('address validated', 'Address validated zip={zip} result={res}'),
            ('parcel scanned', 'Parcel {trk} scanned at {wh} ({tstatus})'),
        ],
        'endpoints': [
            ('POST', '/v1/rates/quote', 8, 180, (1500, 9000), 'api'),
            ('POST', '/v1/shipments', 4, 240, (1200, 4000), 'api'),
            ('GET', '/v1/shipments/{ship}', 10, 30, (1000, 5000), 'api'),
            ('GET', '/v1/shipments/{ship}/tracking', 12, 45, (800, 9000), 'api'),
            ('GET', '/v1/tracking/{trk}', 14, 40, (800, 9000), 'api'),
            ('POST', '/v1/labels', 3, 420, (900, 2500), 'api'),
            ('GET', '/v1/labels/{ship}.pdf', 2, 25, (40000, 160000), 'api'),
            ('GET', '/v1/warehouses/{wh}/inventory?sku={sku}', 4, 60, (300, 3000), 'api'),
            ('POST', '/v1/pickups', 1, 200, (400, 1200), 'api'),
            ('DELETE', '/v1/shipments/{ship}', 0.4, 80, (0, 0), 'api'),
            ('GET', '/v1/carriers', 1.5, 15, (2000, 6000), 'api'),
            ('POST', '/v1/webhooks/carrier/{carrier}', 5, 35, (2, 40), 'api'),
            ('GET', '/v1/manifests?date={date}', 0.6, 300, (3000, 90000), 'api'),
            ('POST', '/oauth/token', 1.5, 120, (700, 1200), 'api'),
            ('GET', '/track/{trk}', 6, 35, (12000, 30000), 'page'),
            ('GET', '/v1/addresses/validate?zip={zip}', 4, 90, (300, 1200), 'api'),
            ('GET', '/static/app.{hash}.js', 3, 2, (120000, 300000), 'static'),
            ('GET', '/static/logo.svg', 2, 1, (4200, 4200), 'static'),
        ],
    },
}

CATS = ['shoes', 'electronics', 'kitchen', 'outdoor', 'toys', 'books', 'beauty', 'garden', 'sale', 'new-in']
CARRIERS = ['dhl', 'ups', 'fedex', 'dpd', 'gls', 'postnl', 'usps', 'royalmail']
WAREHOUSES = ['AMS1', 'FRA2', 'LHR3', 'NYC1', 'DAL2', 'WAW1', 'MAD1']
PSPS = ['stripe', 'adyen', 'braintree', 'paypal', 'klarna']
PLANS = ['starter', 'team', 'business', 'enterprise']
TSTATUS = ['in_transit', 'out_for_delivery', 'delivered', 'arrived_at_hub', 'departed_facility', 'exception_address']


def _zip(b, r):
    return r.choice(['10115', '80331', '1011AB', 'SW1A1AA', '75001', '94105', '2000', '00-001', '28013'])


GEN = {
    'pid': lambda b, r: str(10000 + b.skew_id(r, 40000)),
    'cat': lambda b, r: r.choice(CATS),
    'page': lambda b, r: str(1 + r.skew(12, 2)),
    'q': lambda b, r: r.choice(SEARCH_TERMS[b.dname]),
    'sku': lambda b, r: 'SKU-%06d' % (100000 + b.skew_id(r, 60000)),
    'oid': lambda b, r: b.order_id(r),
    'uid': lambda b, r: b.user(r),
    'slot': lambda b, r: r.choice(['home', 'pdp', 'cart', 'checkout', 'email']),
    'hash': lambda b, r: b.build_hash,
    'size': lambda b, r: r.choice(['320', '640', '1080']),
    'proj': lambda b, r: 'prj_' + b.hashid(r, 'p', 12),
    'task': lambda b, r: 'tsk_' + r.alnum(14),
    'org': lambda b, r: 'ws_' + b.hashid(r, 'w', 9),
    'ship': lambda b, r: 'shp_' + r.alnum(16, '0123456789abcdef'),
    'trk': lambda b, r: r.choice(['1Z', 'JD', 'CT', '00']) + r.alnum(14, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'),
    'wh': lambda b, r: r.choice(WAREHOUSES),
    'carrier': lambda b, r: r.choice(CARRIERS),
    'date': lambda b, r: tfmt(b.t0 + r.randint(0, 6) * 86400, 'iso0z')[:10],
    'zip': _zip,
    'n': lambda b, r: str(1 + r.skew(12, 2)),
    'qty': lambda b, r: str(1 + r.skew(6, 3)),
    'amt': lambda b, r: '%.2f' % r.ln(42, 0.9),
    'cur': lambda b, r: b.currency if r.random() < 0.85 else r.choice(['EUR', 'USD', 'GBP', 'PLN', 'SEK']),
    'pay': lambda b, r: r.choice(['pi_', 'pay_', 'ch_']) + r.alnum(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    'psp': lambda b, r: r.choice(PSPS),
    'cart': lambda b, r: r.uuid(),
    'coupon': lambda b, r: r.choice(['WELCOME10', 'BLACKFRIDAY', 'FREESHIP', 'SPRING15', 'VIP20', 'APP5']),
    'pct': lambda b, r: str(r.choice([5, 10, 15, 20, 25])),
    'inv': lambda b, r: 'in_' + r.alnum(18, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    'sub': lambda b, r: 'sub_' + r.alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'),
    'plan': lambda b, r: r.choice(PLANS),
    'role': lambda b, r: r.choice(['member', 'member', 'admin', 'viewer', 'guest']),
    'evt': lambda b, r: r.choice(['task.created', 'task.updated', 'project.archived', 'comment.added', 'member.joined']),
    'whid': lambda b, r: 'we_' + r.alnum(10),
    'ms': lambda b, r: str(int(r.ln(120, 0.6))),
    'uuid': lambda b, r: r.uuid(),
    'col': lambda b, r: r.choice(['"Backlog"', '"In progress"', '"Review"', '"Done"']),
    'svclvl': lambda b, r: r.choice(['express', 'standard', 'economy', 'next_day']),
    'tstatus': lambda b, r: r.choice(TSTATUS),
    'pick': lambda b, r: 'pu_' + r.alnum(10),
    'man': lambda b, r: 'MAN-%s-%04d' % (tfmt(b.t0, 'iso0z')[:10].replace('-', ''), r.randint(1, 3000)),
    'res': lambda b, r: r.choice(['valid', 'valid', 'valid', 'corrected', 'ambiguous']),
}
PH = re.compile(r'\{(\w+)\}')


def fill(tpl, b, r, vals=None):
    if vals is None:
        vals = {}

    def rep(m):
        k = m.group(1)
        if k not in vals:
            vals[k] = GEN[k](b, r)
        return str(vals[k])
    return PH.sub(rep, tpl), vals


# ============================================================== stack traces
SPRING_WEB = [
    'org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)',
    'org.springframework.web.servlet.FrameworkServlet.do{VERB}(FrameworkServlet.java:914)',
    'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)',
    'org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
    'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:195)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:140)',
    'org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:51)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:164)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:140)',
    'org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)',
    'org.springframework.web.filter.CharacterEncodingFilter.doFilterInternal(CharacterEncodingFilter.java:201)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)',
    'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)',
    'org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)',
    'org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:483)',
    'org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)',
    'org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)',
    'org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)',
    'org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:344)',
    'org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:389)',
    'org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)',
    'org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:904)',
    'org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1741)',
    'org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1190)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)',
    'org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)',
    'java.base/java.lang.Thread.run(Thread.java:1583)',
]
SPRING_MVC = [
    'java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
    'java.base/java.lang.reflect.Method.invoke(Method.java:580)',
    'org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)',
    'org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)',
    'org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)',
    'org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)',
    'org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:831)',
    'org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)',
    'org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)',
    'org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)',
]
SPRING_TX = [
    'org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)',
    'org.springframework.transaction.interceptor.TransactionInterceptor$1.proceedWithInvocation(TransactionInterceptor.java:123)',
    'org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:392)',
    'org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)',
    'org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)',
    'org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:720)',
]
KAFKA_LISTENER = [
    'org.springframework.kafka.listener.adapter.MessagingMessageListenerAdapter.invokeHandler(MessagingMessageListenerAdapter.java:382)',
    'org.springframework.kafka.listener.adapter.RecordMessagingMessageListenerAdapter.onMessage(RecordMessagingMessageListenerAdapter.java:92)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:2785)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.invokeOnMessage(KafkaMessageListenerContainer.java:2763)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2676)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.pollAndInvoke(KafkaMessageListenerContainer.java:1258)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.run(KafkaMessageListenerContainer.java:1202)',
    'java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)',
    'java.base/java.lang.Thread.run(Thread.java:1583)',
]
JF = {
    'pg': ['org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)',
           'org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
           'org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)',
           'org.postgresql.Driver.makeConnection(Driver.java:443)',
           'org.postgresql.Driver.connect(Driver.java:297)',
           'com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:137)',
           'com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)',
           'com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:202)',
           'com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:461)',
           'com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:724)',
           'com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:703)',
           'java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)'],
    'hikari': ['com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)',
               'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)',
               'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)',
               'com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)',
               'org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)',
               'org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:46)',
               'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:113)',
               'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.getPhysicalConnection(LogicalConnectionManagedImpl.java:143)'],
    'socket': ['java.base/sun.nio.ch.Net.pollConnect(Native Method)',
               'java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)',
               'java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)',
               'java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)',
               'java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)',
               'java.base/java.net.Socket.connect(Socket.java:751)',
               'org.postgresql.core.PGStream.createSocket(PGStream.java:243)',
               'org.postgresql.core.PGStream.<init>(PGStream.java:98)',
               'org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:132)',
               'org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)'],
    'read': ['java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)',
             'java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)',
             'java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:346)',
             'java.base/sun.nio.ch.NioSocketImpl$1.read(NioSocketImpl.java:796)',
             'java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)',
             'java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:291)',
             'java.base/java.io.BufferedInputStream.read1(BufferedInputStream.java:347)',
             'java.base/sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:789)',
             'java.base/sun.net.www.http.HttpClient.parseHTTP(HttpClient.java:724)',
             'java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1615)',
             'java.base/java.net.HttpURLConnection.getResponseCode(HttpURLConnection.java:531)',
             'org.springframework.http.client.SimpleClientHttpResponse.getStatusCode(SimpleClientHttpResponse.java:55)'],
    'netty': ['io.netty.channel.unix.Errors.newConnectException0(Errors.java:166)',
              'io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:131)',
              'io.netty.channel.unix.Socket.finishConnect(Socket.java:359)',
              'io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.doFinishConnect(AbstractEpollChannel.java:710)',
              'io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:687)',
              'io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.epollOutReady(AbstractEpollChannel.java:567)',
              'io.netty.channel.epoll.EpollEventLoop.processReady(EpollEventLoop.java:499)',
              'io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:397)',
              'io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)',
              'io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)',
              'io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)',
              'java.base/java.lang.Thread.run(Thread.java:1583)'],
    'lettuce': ['io.lettuce.core.internal.Exceptions.bubble(Exceptions.java:83)',
                'io.lettuce.core.internal.Futures.awaitOrCancel(Futures.java:250)',
                'io.lettuce.core.FutureSyncInvocationHandler.handleInvocation(FutureSyncInvocationHandler.java:75)',
                'io.lettuce.core.internal.AbstractInvocationHandler.invoke(AbstractInvocationHandler.java:80)',
                'jdk.proxy2/jdk.proxy2.$Proxy187.get(Unknown Source)',
                'org.springframework.data.redis.connection.lettuce.LettuceStringCommands.get(LettuceStringCommands.java:50)',
                'org.springframework.data.redis.core.DefaultValueOperations$1.inRedis(DefaultValueOperations.java:62)',
                'org.springframework.data.redis.core.RedisTemplate.execute(RedisTemplate.java:406)'],
    'kafka': ['org.apache.kafka.clients.producer.KafkaProducer$ClusterAndWaitTime.<init>(KafkaProducer.java:1429)',
              'org.apache.kafka.clients.producer.KafkaProducer.waitOnMetadata(KafkaProducer.java:1171)',
              'org.apache.kafka.clients.producer.KafkaProducer.doSend(KafkaProducer.java:1001)',
              'org.apache.kafka.clients.producer.KafkaProducer.send(KafkaProducer.java:962)',
              'org.springframework.kafka.core.DefaultKafkaProducerFactory$CloseSafeProducer.send(DefaultKafkaProducerFactory.java:1086)',
              'org.springframework.kafka.core.KafkaTemplate.doSend(KafkaTemplate.java:792)',
              'org.springframework.kafka.core.KafkaTemplate.observeSend(KafkaTemplate.java:761)',
              'org.springframework.kafka.core.KafkaTemplate.send(KafkaTemplate.java:557)'],
    'jackson': ['com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)',
                'com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1959)',
                'com.fasterxml.jackson.databind.DeserializationContext.handleWeirdStringValue(DeserializationContext.java:1245)',
                'com.fasterxml.jackson.databind.deser.std.NumberDeserializers$BigDecimalDeserializer.deserialize(NumberDeserializers.java:1053)',
                'com.fasterxml.jackson.databind.deser.impl.MethodProperty.deserializeAndSet(MethodProperty.java:129)',
                'com.fasterxml.jackson.databind.deser.BeanDeserializer.vanillaDeserialize(BeanDeserializer.java:310)',
                'com.fasterxml.jackson.databind.ObjectMapper._readValue(ObjectMapper.java:4825)'],
    'file': ['java.base/java.io.FileOutputStream.writeBytes(Native Method)',
             'java.base/java.io.FileOutputStream.write(FileOutputStream.java:367)',
             'java.base/java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:125)',
             'java.base/java.io.BufferedOutputStream.implWrite(BufferedOutputStream.java:222)',
             'java.base/java.io.BufferedOutputStream.write(BufferedOutputStream.java:200)',
             'java.base/sun.nio.cs.StreamEncoder.writeBytes(StreamEncoder.java:309)',
             'java.base/sun.nio.cs.StreamEncoder.implWrite(StreamEncoder.java:381)',
             'java.base/java.io.OutputStreamWriter.write(OutputStreamWriter.java:205)',
             'java.base/java.io.BufferedWriter.flushBuffer(BufferedWriter.java:120)'],
    'hibernate': ['org.hibernate.dialect.PostgreSQLDialect.lambda$buildSQLExceptionConversionDelegate$0(PostgreSQLDialect.java:1051)',
                  'org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:58)',
                  'org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:108)',
                  'org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:94)',
                  'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:116)',
                  'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.getPhysicalConnection(LogicalConnectionManagedImpl.java:143)',
                  'org.hibernate.engine.jdbc.internal.JdbcCoordinatorImpl.getLogicalConnection(JdbcCoordinatorImpl.java:136)'],
    'grpc': ['io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)',
             'io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)',
             'io.grpc.stub.ClientCalls.blockingUnaryCall(ClientCalls.java:167)'],
}


class JavaStacks:
    """Builds java exception traces for one service (stable app frames / line numbers)."""

    def __init__(self, rng, company, pkg, entities, packaging=False):
        self.r = rng
        self.base = 'com.%s.%s' % (company, pkg)
        self.entities = entities
        self.packaging = packaging
        self.lines = {}

    def _ln(self, key):
        if key not in self.lines:
            self.lines[key] = self.r.randint(28, 460)
        return self.lines[key]

    def app(self, layer, ent, method):
        cls = '%s%s' % (ent, {'api': 'Controller', 'service': 'Service', 'repository': 'RepositoryImpl',
                               'client': 'Client', 'messaging': 'EventListener', 'jobs': 'Job',
                               'export': 'ExportWriter'}[layer])
        return '%s.%s.%s.%s(%s.java:%d)' % (self.base, layer, cls, method, cls, self._ln((cls, method)))

    def proxy(self, ent):
        return '%s.service.%sService$$SpringCGLIB$$0.%s(<generated>)' % (self.base, ent, self.r.choice(['create', 'process', 'handle', 'update']))

    def fmt_frames(self, frames):
        out = []
        for f in frames:
            if self.packaging:
                jar = None
                if f.startswith('org.springframework.web'):
                    jar = 'spring-webmvc-6.1.14.jar:6.1.14'
                elif f.startswith('org.apache.catalina') or f.startswith('org.apache.coyote') or f.startswith('org.apache.tomcat'):
                    jar = 'tomcat-embed-core-10.1.31.jar:10.1.31'
                elif f.startswith('com.zaxxer'):
                    jar = 'HikariCP-5.1.0.jar:na'
                elif f.startswith('org.postgresql'):
                    jar = 'postgresql-42.7.4.jar:42.7.4'
                elif f.startswith('java.base'):
                    jar = 'na:na'
                elif f.startswith('com.' ):
                    jar = 'classes!/:na'
                out.append('\tat %s%s' % (f, (' ~[%s]' % jar) if jar else ''))
            else:
                out.append('\tat ' + f)
        return out

    def trace(self, chain, ctx='web', verb='Post', ent=None):
        """chain: list of (exception_class, message, frames) outermost first."""
        r = self.r
        ent = ent or r.choice(self.entities)
        app = [self.app('repository', ent, r.choice(['findByIdForUpdate', 'save', 'findPending', 'lockRow'])),
               self.app('service', ent, r.choice(['create', 'process', 'reserve', 'apply', 'sync']))]
        if r.random() < 0.6:
            app = app + SPRING_TX + [self.proxy(ent)]
        if ctx == 'web':
            app.append(self.app('api', ent, r.choice(['create', 'get', 'update', 'submit'])))
            tail = SPRING_MVC + [x.replace('{VERB}', verb) for x in SPRING_WEB]
        elif ctx == 'kafka':
            app.append(self.app('messaging', ent, 'onMessage'))
            tail = SPRING_MVC[:2] + KAFKA_LISTENER
        else:
            app.append(self.app('jobs', ent, 'run'))
            tail = ['org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)',
                    'org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)',
                    'java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)',
                    'java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:358)',
                    'java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)',
                    'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
                    'java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)',
                    'java.base/java.lang.Thread.run(Thread.java:1583)']
        cls, msg, frames = chain[0]
        allf = list(frames) + app + tail
        out = ['%s: %s' % (cls, msg) if msg else cls]
        out += self.fmt_frames(allf)
        prev = len(allf)
        for cls, msg, frames in chain[1:]:
            out.append('Caused by: ' + ('%s: %s' % (cls, msg) if msg else cls))
            out += self.fmt_frames(frames)
            more = max(1, prev - r.randint(1, 4))
            out.append('\t... %d more' % more)
            prev = len(frames) + more
        return out


def java_family(r, fam, h):
    """Return exception chain for a named family.  h = dict of hosts/names."""
    if fam == 'db_refused':
        chain = [('org.springframework.dao.DataAccessResourceFailureException',
                  'Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=%d, active=%d, idle=0, waiting=%d)] [n/a]' % (h['pool'], h['pool'], r.randint(3, 60)),
                  JF['hibernate'][:3]),
                 ('org.hibernate.exception.JDBCConnectionException', 'Unable to acquire JDBC Connection', JF['hibernate'][3:]),
                 ('java.sql.SQLTransientConnectionException', 'HikariPool-1 - Connection is not available, request timed out after 30000ms (total=%d, active=%d, idle=0, waiting=%d)' % (h['pool'], h['pool'], r.randint(3, 60)), JF['hikari'][:5]),
                 ('org.postgresql.util.PSQLException', 'Connection to %s:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.' % h['db'], JF['pg'][:7]),
                 ('java.net.ConnectException', 'Connection refused', JF['socket'])]
        k = r.choice([[0, 2, 3, 4], [0, 1, 2, 3, 4], [1, 3, 4], [0, 3, 4]])
        return [chain[i] for i in k]
    if fam == 'http_timeout':
        url = 'http://%s:8080/v1/%s' % (h['peer'], r.choice(['charges', 'quotes', 'reservations', 'validate', 'lookup']))
        if r.random() < 0.5:
            return [('org.springframework.web.client.ResourceAccessException', 'I/O error on POST request for "%s": Read timed out' % url, [
                'org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)',
                'org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)',
                'org.springframework.web.client.RestTemplate.execute(RestTemplate.java:790)',
                'org.springframework.web.client.RestTemplate.postForEntity(RestTemplate.java:537)']),
                ('java.net.SocketTimeoutException', 'Read timed out', JF['read'])]
        return [('feign.RetryableException', 'Read timed out executing POST %s' % url, [
            'feign.FeignException.errorExecuting(FeignException.java:268)',
            'feign.SynchronousMethodHandler.executeAndDecode(SynchronousMethodHandler.java:131)',
            'feign.SynchronousMethodHandler.invoke(SynchronousMethodHandler.java:91)',
            'feign.ReflectiveFeign$FeignInvocationHandler.invoke(ReflectiveFeign.java:100)',
            'jdk.proxy2/jdk.proxy2.$Proxy211.%s(Unknown Source)' % r.choice(['charge', 'quote', 'reserve'])]),
            ('java.net.SocketTimeoutException', 'Read timed out', JF['read'][:11])]
    if fam == 'redis':
        if r.random() < 0.5:
            return [('org.springframework.data.redis.RedisConnectionFailureException', 'Unable to connect to Redis', [
                'org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$ExceptionTranslatingConnectionProvider.translateException(LettuceConnectionFactory.java:1805)',
                'org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$ExceptionTranslatingConnectionProvider.getConnection(LettuceConnectionFactory.java:1736)',
                'org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory.getSharedConnection(LettuceConnectionFactory.java:1325)']),
                ('io.lettuce.core.RedisConnectionException', 'Unable to connect to %s/<unresolved>:6379' % h['redis'], ['io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)',
                                                                                                             'io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:56)',
                                                                                                             'io.lettuce.core.AbstractRedisClient.getConnection(AbstractRedisClient.java:350)',
                                                                                                             'io.lettuce.core.RedisClient.connect(RedisClient.java:216)']),
                ('io.netty.channel.AbstractChannel$AnnotatedConnectException', 'Connection refused: %s/%s:6379' % (h['redis'], h['redis_ip']), []),
                ('java.net.ConnectException', 'Connection refused', JF['netty'])]
        return [('org.springframework.dao.QueryTimeoutException', 'Redis command timed out', [
            'org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:68)',
            'org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:41)',
            'org.springframework.data.redis.FallbackExceptionTranslationStrategy.translate(FallbackExceptionTranslationStrategy.java:40)']),
            ('io.lettuce.core.RedisCommandTimeoutException', 'Command timed out after %s' % r.choice(['1 minute(s)', '2 second(s)', '500 millisecond(s)']),
             ['io.lettuce.core.internal.ExceptionFactory.createTimeoutException(ExceptionFactory.java:63)',
              'io.lettuce.core.internal.Futures.awaitOrCancel(Futures.java:233)'] + JF['lettuce'][2:])]
    if fam == 'npe':
        a, b2 = r.sample(h['entities'], 2)
        return [('java.lang.NullPointerException', 'Cannot invoke "%s.model.%s.get%s()" because the return value of "%s.model.%s.get%s()" is null'
                 % (h['base'], a, r.choice(['Id', 'Address', 'Currency', 'Region', 'PriceList']), h['base'], b2, a), [])]
    if fam == 'kafka':
        return [('org.springframework.kafka.KafkaException', 'Send failed', ['org.springframework.kafka.core.KafkaTemplate.doSend(KafkaTemplate.java:808)'] + JF['kafka'][6:]),
                ('org.apache.kafka.common.errors.TimeoutException', 'Topic %s not present in metadata after 60000 ms.' % h['topic'], [])]
    if fam == 'grpc':
        return [('io.grpc.StatusRuntimeException', 'UNAVAILABLE: io exception', JF['grpc']),
                ('io.netty.channel.AbstractChannel$AnnotatedConnectException', 'finishConnect(..) failed: Connection refused: %s/%s:9090' % (h['peer'], h['peer_ip']), []),
                ('java.net.ConnectException', 'finishConnect(..) failed: Connection refused', JF['netty'][:4])]
    if fam == 'jackson':
        return [('org.springframework.http.converter.HttpMessageNotReadableException',
                 'JSON parse error: Cannot deserialize value of type `java.math.BigDecimal` from String "%s": not a valid representation' % r.choice(['12,50', 'N/A', '1.299,00', '']),
                 ['org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter.readJavaType(AbstractJackson2HttpMessageConverter.java:406)',
                  'org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter.read(AbstractJackson2HttpMessageConverter.java:354)']),
                ('com.fasterxml.jackson.databind.exc.InvalidFormatException', 'Cannot deserialize value of type `java.math.BigDecimal` from String: not a valid representation', JF['jackson'])]
    if fam == 'lock':
        ent = r.choice(h['entities'])
        oid = r.randint(1000, 900000)
        return [('org.springframework.orm.ObjectOptimisticLockingFailureException',
                 'Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [%s.model.%s#%d]' % (h['base'], ent, oid),
                 ['org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:325)',
                  'org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:244)']),
                ('org.hibernate.StaleObjectStateException', 'Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [%s.model.%s#%d]' % (h['base'], ent, oid),
                 ['org.hibernate.persister.entity.AbstractEntityPersister.check(AbstractEntityPersister.java:2496)',
                  'org.hibernate.engine.jdbc.mutation.internal.ModelMutationHelper.identifiedResultsCheck(ModelMutationHelper.java:75)'])]
    if fam == 'illegal_state':
        return [('java.lang.IllegalStateException', '%s %d is in state %s, expected %s' % (
            r.choice(h['entities']), r.randint(10000, 999999), r.choice(['CLOSED', 'CANCELLED', 'LOCKED']), r.choice(['OPEN', 'PENDING'])), [])]
    if fam == 'disk':
        return [('java.io.IOException', 'No space left on device', JF['file'])]
    if fam == 'ssl':
        return [('org.springframework.web.client.ResourceAccessException', 'I/O error on GET request for "https://%s/oauth/jwks": PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target' % h['peer'], []),
                ('javax.net.ssl.SSLHandshakeException', 'PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target', [
                    'java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)',
                    'java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:383)',
                    'java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1357)'])]
    raise ValueError(fam)


PY_SITE = '/usr/local/lib/python3.%d/site-packages'


def py_frame(path, line, func, code):
    return ['  File "%s", line %d, in %s' % (path, line, func), '    ' + code]


def py_traceback(r, fam, h):
    """Python traceback lines for family; h has pkg, site, hosts."""
    site = h['site']
    pkg = h['pkg']
    celery = [py_frame(site + '/celery/app/trace.py', 453, 'trace_task', 'R = retval = fun(*args, **kwargs)'),
              py_frame(site + '/celery/app/trace.py', 736, '__protected_call__', 'return self.run(*args, **kwargs)')] if h.get('celery') else []
    app1 = py_frame('/app/%s/tasks.py' % pkg, h['ln'](('tasks', fam)), r.choice(['sync_orders', 'process_batch', 'handle_event', 'run_export', 'deliver']), r.choice(['result = service.process(payload)', 'return handler(event)', 'self._flush(batch)']))
    blocks = []
    if fam == 'requests_timeout':
        fr = celery + [app1, py_frame('/app/%s/clients/%s.py' % (pkg, h['partner_mod']), h['ln'](('cl', 1)), 'post', 'resp = self.session.post(url, json=payload, timeout=self.timeout)'),
                       py_frame(site + '/requests/sessions.py', 637, 'post', 'return self.request("POST", url, data=data, json=json, **kwargs)'),
                       py_frame(site + '/requests/sessions.py', 589, 'request', 'resp = self.send(prep, **send_kwargs)'),
                       py_frame(site + '/requests/sessions.py', 703, 'send', 'r = adapter.send(request, **kwargs)'),
                       py_frame(site + '/requests/adapters.py', 713, 'send', 'raise ReadTimeout(e, request=request)')]
        blocks.append((fr, "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='%s', port=443): Read timed out. (read timeout=%d)" % (h['partner'], r.choice([5, 10, 15, 30]))))
    elif fam == 'pg_refused':
        fr1 = [py_frame(site + '/sqlalchemy/engine/base.py', 146, '__init__', 'self._dbapi_connection = engine.raw_connection()'),
               py_frame(site + '/sqlalchemy/pool/base.py', 896, '__connect', 'self.dbapi_connection = connection = pool._invoke_creator(self)'),
               py_frame(site + '/sqlalchemy/engine/default.py', 625, 'connect', 'return self.loaded_dbapi.connect(*cargs, **cparams)'),
               py_frame(site + '/psycopg2/__init__.py', 122, 'connect', 'conn = _connect(dsn, connection_factory=connection_factory, **kwasync)')]
        msg = 'connection to server at "%s" (%s), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?' % (h['db'], h['db_ip'])
        blocks.append((fr1, 'psycopg2.OperationalError: ' + msg))
        fr2 = celery + [app1, py_frame('/app/%s/repository.py' % pkg, h['ln'](('repo', 1)), 'fetch_pending', 'rows = session.execute(stmt).scalars().all()'),
                        py_frame(site + '/sqlalchemy/orm/session.py', 2351, 'execute', 'return self._execute_internal('),
                        py_frame(site + '/sqlalchemy/engine/base.py', 3276, 'connect', 'return self._connection_cls(self)'),
                        py_frame(site + '/sqlalchemy/engine/base.py', 148, '__init__', 'Connection._handle_dbapi_exception_noconnection(')]
        blocks.append((fr2, 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) ' + msg + '\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)'))
    elif fam == 'redis':
        fr = celery + [app1, py_frame('/app/%s/cache.py' % pkg, h['ln'](('cache', 1)), 'get', 'raw = self.client.get(self._key(k))'),
                       py_frame(site + '/redis/commands/core.py', 1829, 'get', 'return self.execute_command("GET", name, keys=[name])'),
                       py_frame(site + '/redis/client.py', 559, 'execute_command', 'return self._execute_command(*args, **options)'),
                       py_frame(site + '/redis/connection.py', 1422, 'get_connection', 'connection.connect()'),
                       py_frame(site + '/redis/connection.py', 363, 'connect', 'raise ConnectionError(self._error_message(e))')]
        blocks.append((fr, 'redis.exceptions.ConnectionError: Error 111 connecting to %s:6379. Connection refused.' % h['redis']))
    elif fam == 'keyerror':
        fr = celery + [app1, py_frame('/app/%s/handlers/%s.py' % (pkg, r.choice(['orders', 'events', 'webhooks'])), h['ln'](('kh', 1)), 'handle', "customer_id = payload['%s']" % h['field'])]
        blocks.append((fr, "KeyError: '%s'" % h['field']))
    elif fam == 'attr':
        fr = celery + [app1, py_frame('/app/%s/notify.py' % pkg, h['ln'](('nt', 1)), 'build_message', 'to = user.profile.email')]
        blocks.append((fr, "AttributeError: 'NoneType' object has no attribute 'email'"))
    elif fam == 'boto':
        fr = celery + [app1, py_frame('/app/%s/stream.py' % pkg, h['ln'](('st', 1)), 'publish', 'self.client.put_records(StreamName=self.stream, Records=records)'),
                       py_frame(site + '/botocore/client.py', 569, '_api_call', 'return self._make_api_call(operation_name, kwargs)'),
                       py_frame(site + '/botocore/client.py', 1023, '_make_api_call', 'raise error_class(parsed_response, operation_name)')]
        blocks.append((fr, 'botocore.exceptions.ClientError: An error occurred (ProvisionedThroughputExceededException) when calling the PutRecords operation (reached max retries: 4): Rate exceeded for shard shardId-00000000000%d' % r.randint(0, 7)))
    elif fam == 'json':
        fr = celery + [app1, py_frame('/app/%s/clients/%s.py' % (pkg, h['partner_mod']), h['ln'](('cj', 1)), 'fetch', 'return resp.json()'),
                       py_frame(site + '/requests/models.py', 978, 'json', 'raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)')]
        blocks.append((fr, 'requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)'))
    elif fam == 'disk':
        fr = celery + [app1, py_frame('/app/%s/export.py' % pkg, h['ln'](('ex', 1)), 'write_chunk', 'fh.write(chunk)')]
        blocks.append((fr, "OSError: [Errno 28] No space left on device"))
    elif fam == 'softlimit':
        fr = celery + [app1, py_frame('/app/%s/reports.py' % pkg, h['ln'](('rp', 1)), 'aggregate', 'for row in cursor:')]
        blocks.append((fr, 'celery.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()'))
    else:
        raise ValueError(fam)
    out = []
    for i, (fr, exc) in enumerate(blocks):
        if i:
            out += ['', r.choice(['The above exception was the direct cause of the following exception:',
                                  'During handling of the above exception, another exception occurred:']) if fam != 'pg_refused'
                    else 'The above exception was the direct cause of the following exception:', '']
        out.append('Traceback (most recent call last):')
        for f in fr:
            out += f
        out += exc.split('\n')
    return out


def node_stack(r, fam, h):
    app = '/usr/src/app/dist'
    if fam == 'econnrefused':
        return ('Error', 'connect ECONNREFUSED %s:%d' % (h['db_ip'], h['port']),
                'Error: connect ECONNREFUSED %s:%d\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)' % (h['db_ip'], h['port']))
    if fam == 'typeerror':
        prop = r.choice(['id', 'sku', 'currency', 'items', 'address'])
        msg = "Cannot read properties of undefined (reading '%s')" % prop
        return ('TypeError', msg, 'TypeError: %s\n    at %sService.%s (%s/services/%s.service.js:%d:%d)\n    at async %sController.%s (%s/controllers/%s.controller.js:%d:%d)'
                % (msg, h['ent'], r.choice(['create', 'addItem', 'price']), app, h['ent'].lower(), r.randint(20, 300), r.randint(5, 60),
                   h['ent'], r.choice(['post', 'handle']), app, h['ent'].lower(), r.randint(10, 120), r.randint(5, 40)))
    if fam == 'axios_timeout':
        msg = 'timeout of %dms exceeded' % r.choice([3000, 5000, 10000])
        return ('AxiosError', msg, 'AxiosError: %s\n    at RedirectableRequest.handleRequestTimeout (/usr/src/app/node_modules/axios/dist/node/axios.cjs:3176:16)\n'
                '    at RedirectableRequest.emit (node:events:519:28)\n    at Timeout.<anonymous> (/usr/src/app/node_modules/follow-redirects/index.js:221:12)\n'
                '    at listOnTimeout (node:internal/timers:594:17)\n    at process.processTimers (node:internal/timers:529:7)\n'
                '    at Axios.request (/usr/src/app/node_modules/axios/dist/node/axios.cjs:4287:41)\n    at async %sClient.call (%s/clients/%s.client.js:%d:22)'
                % (msg, h['peer_cls'], app, h['peer_cls'].lower(), r.randint(20, 90)))
    if fam == 'sequelize':
        msg = 'connect ECONNREFUSED %s:5432' % h['db_ip']
        return ('SequelizeConnectionRefusedError', msg, 'SequelizeConnectionRefusedError: %s\n    at Client._connectionCallback (/usr/src/app/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:133:24)\n'
                '    at Client._handleErrorWhileConnecting (/usr/src/app/node_modules/pg/lib/client.js:327:19)\n    at Client._handleErrorEvent (/usr/src/app/node_modules/pg/lib/client.js:337:19)\n'
                '    at Connection.emit (node:events:519:28)\n    at Socket.reportStreamError (/usr/src/app/node_modules/pg/lib/connection.js:58:12)\n'
                '    at Socket.emit (node:events:519:28)\n    at emitErrorNT (node:internal/streams/destroy:169:8)\n    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)' % msg)
    if fam == 'redis':
        return ('Error', 'connect ETIMEDOUT', 'Error: connect ETIMEDOUT\n    at Socket.<anonymous> (/usr/src/app/node_modules/ioredis/built/Redis.js:170:41)\n'
                '    at Object.onceWrapper (node:events:634:28)\n    at Socket.emit (node:events:519:28)\n    at Socket._onTimeout (node:net:595:8)\n'
                '    at listOnTimeout (node:internal/timers:594:17)\n    at process.processTimers (node:internal/timers:529:7)')
    if fam == 'prisma':
        msg = '\nInvalid `prisma.%s.create()` invocation:\n\n\nUnique constraint failed on the fields: (`idempotency_key`)' % h['ent'].lower()
        return ('PrismaClientKnownRequestError', msg, 'PrismaClientKnownRequestError: %s\n    at In.handleRequestError (/usr/src/app/node_modules/@prisma/client/runtime/library.js:121:7315)\n'
                '    at In.handleAndLogRequestError (/usr/src/app/node_modules/@prisma/client/runtime/library.js:121:6623)\n    at async %s/services/%s.service.js:%d:19'
                % (msg, app, h['ent'].lower(), r.randint(20, 200)))
    raise ValueError(fam)


def go_stack(r, h):
    mod = 'github.com/%s/%s' % (h['company'], h['svc'])
    fn = r.choice(['(*Handler).Create', '(*Handler).Get', '(*Service).Process', '(*Store).Query'])
    return ('%s/internal/handler.%s\n\t/src/internal/handler/%s.go:%d\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2220\n'
            'github.com/go-chi/chi/v5.(*Mux).routeHTTP\n\t/go/pkg/mod/github.com/go-chi/chi/v5@v5.1.0/mux.go:459\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2220\n'
            'github.com/go-chi/chi/v5/middleware.RequestID.func1\n\t/go/pkg/mod/github.com/go-chi/chi/v5@v5.1.0/middleware/request_id.go:76\n'
            'net/http.serverHandler.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:3210\nnet/http.(*conn).serve\n\t/usr/local/go/src/net/http/server.go:2092'
            % (mod, fn, r.choice(['orders', 'items', 'quotes', 'projects']), r.randint(40, 400)))


def go_error(r, fam, h):
    if fam == 'pg':
        return 'failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s:5432: connect: connection refused)' % (h['db'], h['dbuser'], h['dbname'], h['db_ip'])
    if fam == 'grpc':
        return 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s:9090: connect: connection refused"' % h['peer_ip']
    if fam == 'deadline':
        return 'context deadline exceeded'
    if fam == 'redis':
        return 'redis: connection pool timeout'
    if fam == 'eof':
        return 'unexpected EOF'
    raise ValueError(fam)


# ============================================================== services
class Service:
    arche = 'base'
    kinds = set()
    lpe = 1.0           # expected lines per healthy event
    wrange = (1, 2)     # relative volume
    burstiness = 0.8    # benign bursts per hour
    dur_field = 'durations'

    def __init__(self, sc, rng, name, planned):
        self.b = sc
        self.rng = rng
        self.name = name
        self.planned = set(planned)
        self.t0 = sc.t0 + (rng.uniform(0, 360) if rng.random() < 0.6 else 0)
        self.t1 = sc.t1 - (rng.uniform(0, 360) if rng.random() < 0.5 else 0)
        self.mods = []
        self.events = []
        self.silences = []
        self.busy = []
        self.hits = {}
        self.deferred = []
        self.setup()

    # -- plumbing
    def setup(self):
        pass

    def emit(self, t, text):
        self.events.append((t, text))

    def modf(self, kind, t):
        for m in self.mods:
            if m['kind'] == kind and m['s'] <= t < m['e']:
                return m
        return None

    def ramped(self, m, t, full):
        return full * min(1.0, (t - m['s']) / m['ramp'], (m['e'] - t) / m['ramp'] + 0.2)

    def lat(self, t):
        if not self.mods:
            return 1.0
        m = self.modf('latency_shift', t)
        if not m:
            return 1.0
        return 1.0 + self.ramped(m, t, m['f'] - 1.0)

    def p5(self, t):
        if not self.mods:
            return None
        m = self.modf('http_5xx', t)
        if not m:
            return None
        return self.ramped(m, t, m['p']), m['mix']

    def ln_id(self, key):
        if key not in self.hits:
            self.hits[key] = self.rng.randint(20, 480)
        return self.hits[key]

    def every(self, period, jitter=0.0, phase=None):
        """times of a periodic job within the file."""
        r = self.rng
        t = self.t0 + (r.uniform(0, period) if phase is None else phase)
        out = []
        while t < self.t1:
            out.append(t + (r.uniform(0, jitter) if jitter else 0))
            t += period
        return out

    def at_minute(self, minute, sec=0.0):
        """wall-clock aligned hourly times at HH:minute:sec."""
        out = []
        h0 = math.floor(self.t0 / 3600) * 3600
        t = h0 + minute * 60 + sec
        while t < self.t1:
            if t >= self.t0:
                out.append(t)
            t += 3600
        return out

    def daily(self, hour, minute):
        out = []
        d0 = math.floor(self.t0 / 86400) * 86400
        for k in range(2):
            t = d0 + k * 86400 + hour * 3600 + minute * 60
            if self.t0 <= t < self.t1:
                out.append(t)
        return out

    # -- generation
    def periodic(self):
        pass

    def healthy(self, t):
        raise NotImplementedError

    def generate(self, target_events):
        r = self.rng
        shape = self.b.make_shape(r, self.t0, self.t1, self.burstiness)
        base = target_events / max(1e-9, sum(shape))
        self.periodic()
        floods = [m for m in self.mods if m['kind'] == 'traffic_flood']
        for i, s in enumerate(shape):
            t = self.t0 + i
            lam = base * s
            if floods:
                m = self.modf('traffic_flood', t)
                if m:
                    lam *= 1.0 + self.ramped(m, t, m['f'] - 1.0)
            k = r.poisson(lam)
            if k:
                for tt in sorted(t + r.random() for _ in range(k)):
                    if tt < self.t1:
                        self.healthy(tt)
        ev = [(t, x) for (t, x) in self.events if self.t0 <= t < self.t1 and not any(a <= t < b for a, b in self.silences)]
        ev.sort(key=lambda e: e[0])
        self.events = ev

    def nlines(self):
        return sum(x.count('\n') + 1 for _, x in self.events)

    def write(self, path):
        with open(path, 'w', encoding='utf-8') as f:
            for _, x in self.events:
                f.write(x)
                f.write('\n')

    # -- incidents
    def add_incident(self, kind, s, e):
        r = self.rng
        mins = (e - s) / 60
        if kind == 'silence':
            self.silences.append((s, e))
            return s, e, '%s stops logging entirely %s' % (
                self.name, 'from this point until the end of the file' if e >= self.t1 - 1 else 'for %.0f minutes' % mins)
        if kind == 'latency_shift':
            f = r.uniform(4.0, 10.0)
            self.mods.append(dict(kind=kind, s=s, e=e, f=f, ramp=r.uniform(5, 40)))
            return s, e, '%s: %s rise ~%.1fx for %.0f minutes while messages/status codes look normal' % (self.name, self.dur_field, f, mins)
        if kind == 'http_5xx':
            p = r.uniform(0.3, 0.6) if self.arche == 'access' else r.uniform(0.25, 0.5)
            mix = r.choice([[502, 502, 502, 504], [503, 503, 503, 502], [504, 504, 502], [500, 500, 502, 503], [502, 503, 504]])
            self.mods.append(dict(kind=kind, s=s, e=e, p=p, mix=mix, ramp=r.uniform(5, 30)))
            return s, e, '%s: share of 5xx responses (%s) jumps to ~%d%% of %srequests for %.0f minutes' % (
                self.name, '/'.join(str(x) for x in sorted(set(mix))), round(p * 100), 'dynamic (non-static) ' if self.arche == 'access' else '', mins)
        if kind == 'traffic_flood':
            f = r.uniform(6.0, 10.5)
            m = dict(kind=kind, s=s, e=e, f=f, ramp=r.uniform(10, 60))
            desc = self.flood_setup(m)
            self.mods.append(m)
            return s, e, '%s: request volume rises ~%.1fx for %.0f minutes (%s)' % (self.name, f, mins, desc)
        n0 = len(self.events)
        desc = getattr(self, 'inc_' + kind)(s, e)
        ts = [t for t, _ in self.events[n0:] if self.t0 <= t < self.t1]
        self.events.extend(self.deferred)   # benign look-alikes outside the incident window
        self.deferred = []
        return min(ts), max(ts), desc

    # -- retry storms shared machinery
    def storm(self, s, e, line_fn, rate, workers=None, max_attempts=None, giveup_fn=None):
        """line_fn(t, worker, attempt, backoff_s) -> text. rate = approx lines/s at plateau."""
        r = self.rng
        base = r.choice([0.1, 0.2, 0.25, 0.5, 1.0])
        cap = r.choice([2.0, 5.0, 10.0, 30.0])
        # a low background of the very same message elsewhere in the file (occasional single retries)
        for _ in range(r.poisson((self.t1 - self.t0) / 3600 * r.uniform(0.5, 2.0))):
            t = r.uniform(self.t0, self.t1)
            if s - 900 < t < e + 900:
                continue
            for a in range(1, r.choice([2, 2, 3]) + 0):
                self.deferred.append((t, line_fn(t, r.randint(0, 3), a, 0.2 * a)))
                t += 0.2 * a + r.uniform(0, 0.1)
        max_attempts = max_attempts or r.choice([5, 8, 10, 0])
        avg = min(cap, base * 8) * 0.9
        workers = workers or max(4, int(rate * avg))
        for w in range(workers):
            t = s + r.uniform(0, min(60.0, (e - s) / 4))
            a = 1
            while t < e:
                bo = min(cap, base * 2 ** (a - 1)) * r.uniform(0.5, 1.5)
                self.emit(t, line_fn(t, w, a, bo))
                a += 1
                if max_attempts and a > max_attempts:
                    if giveup_fn:
                        self.emit(t + bo, giveup_fn(t + bo, w, a - 1))
                    a = 1
                t += bo + r.uniform(0, 0.05)


# -------------------------------------------------------------- access log
class AccessLog(Service):
    arche = 'access'
    kinds = {'silence', 'latency_shift', 'http_5xx', 'traffic_flood'}
    wrange = (3.0, 6.0)
    burstiness = 1.2
    dur_field = 'request times (last field of each access-log line)'

    def setup(self):
        r, b = self.rng, self.b
        self.variant = r.choice(['nginx', 'nginx', 'nginx_up', 'apache'])
        self.off = r.choice([0, 0, 0, 0, 60, 120, -300, -480, 330, 540])
        if self.variant == 'apache':
            self.fname = r.choice(['apache-access.log', 'httpd_access.log', 'access_log'])
            self.proto = 'HTTP/1.1'
            self.dur_field = 'request times (%D microseconds, last field)'
        else:
            self.fname = r.choice(['nginx-access.log', 'access.log', 'ingress-nginx.log', 'edge-access.log', 'lb-access.log'])
            self.proto = r.choice(['HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0'])
        self.upstreams = ['10.%d.%d.%d:%d' % (r.randint(0, 3), r.randint(0, 255), r.randint(2, 254), r.choice([8080, 3000, 8000, 9000]))
                          for _ in range(r.randint(2, 6))]
        self.eps = Picker([(e[2], e) for e in b.dom['endpoints']])
        self.api_eps = [e for e in b.dom['endpoints'] if e[5] == 'api' and e[0] == 'GET']
        self.health_path = r.choice(['/healthz', '/health', '/nginx-health', '/-/ready', '/ping'])
        self.probes = [b.internal_ip(r) for _ in range(r.randint(1, 3))]
        self.probe_ua = 'kube-probe/1.%d' % r.randint(26, 31)
        self.monitor = r.choice([('Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)', 60, '/'),
                                 ('Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)', 60, '/'),
                                 ('Datadog/Synthetics', 300, self.api_eps[0][1].split('{')[0]), None])
        self.monitor_ips = [r.public_ip() for _ in range(6)]
        self.cron_path = r.choice(['/internal/jobs/sitemap', '/internal/cron/cleanup', '/internal/reindex', '/internal/tasks/digest'])
        self.cron_min = r.randint(0, 59)
        self.ref_pages = {'shop': ['/', '/', '/cart', '/account', '/c/%s' % r.choice(CATS), '/checkout', '/search'],
                          'saas': ['/app', '/app', '/app/projects', '/app/inbox', '/login', '/app/settings'],
                          'logistics': ['/', '/', '/track', '/account/shipments', '/rates']}[b.dname]
        self.crawler_ip = r.choice(['66.249.66.%d', '66.249.79.%d', '40.77.167.%d', '157.55.39.%d']) % r.randint(1, 250)

    def line(self, t, ip, method, path, status, size, ref, ua, rt, urt=None):
        ts = tfmt(t, 'nginx', self.off)
        v = self.variant
        if v == 'nginx':
            return '%s - - [%s] "%s %s %s" %d %d "%s" "%s" %.3f' % (ip, ts, method, path, self.proto, status, size, ref, ua, rt)
        if v == 'nginx_up':
            up = self.rng.choice(self.upstreams) if urt is not None else '-'
            us = ('%.3f' % urt) if urt is not None else '-'
            xff = '-' if self.rng.random() < 0.7 else ip
            return '%s - - [%s] "%s %s %s" %d %d "%s" "%s" "%s" %s %s %.3f' % (ip, ts, method, path, self.proto, status, size, ref, ua, xff, up, us, rt)
        return '%s - - [%s] "%s %s %s" %d %s "%s" "%s" %d' % (ip, ts, method, path, self.proto, status, size if size else '-', ref, ua, int(rt * 1e6))

    def referer(self, path):
        r = self.rng
        x = r.random()
        if x < 0.45:
            return '-'
        if x < 0.85:
            return 'https://%s%s' % (self.b.site, r.choice(self.ref_pages))
        return r.choice(['https://www.google.com/', 'https://www.bing.com/', 'https://duckduckgo.com/',
                         'https://t.co/%s' % r.alnum(10), 'android-app://com.google.android.gm/'])

    def status_for(self, method, path, kind):
        r = self.rng
        x = r.random()
        auth = ('login' in path or 'token' in path)
        if auth and x < 0.05:
            return 401
        if x < 0.004:
            return 404
        if x < 0.0065:
            return 400 if method == 'GET' else r.choice([400, 422, 409])
        if x < 0.0072:
            return 429
        if x < 0.0082:
            return 499
        if x < 0.0096:
            return r.choice([500, 500, 502, 503, 504])
        if x < 0.012 and method == 'GET':
            return 403 if 'api' in path else 404
        if kind == 'page' and x < 0.06:
            return 302
        if method == 'POST':
            if 'events' in path or 'telemetry' in path:
                return 204
            if any(w in path for w in ('token', 'login', 'auth', 'quote', 'validate', 'webhooks')):
                return 200
            return 201 if x < 0.5 else 200
        if method == 'DELETE':
            return 204
        return 200

    def request(self, t, ep, ip, ua, ref=None, latf=1.0, force_status=None):
        r, b = self.rng, self.b
        method, ptpl, _, med, (lo, hi), kind = ep
        path, _ = fill(ptpl, b, r)
        if ref is None:
            ref = self.referer(path)
        if kind == 'static':
            status = 304 if r.random() < 0.18 else 200
            size = 0 if status == 304 else r.randint(lo, hi)
            rt = r.ln(0.0012, 0.7)
            self.emit(t, self.line(t, ip, method, path, status, size, ref, ua, rt, None))
            return
        rt = r.ln(med, 0.55) / 1000.0 * self.lat(t) * latf
        if r.random() < 0.01:
            rt *= r.uniform(3, 12)
        status = force_status or self.status_for(method, path, kind)
        p5 = self.p5(t)
        if p5 and r.random() < p5[0]:
            status = r.choice(p5[1])
        size = r.randint(lo, hi) if hi else 0
        urt = rt * r.uniform(0.9, 0.995)
        if status == 504:
            urt = r.choice([30.0, 60.0, 60.0]) + r.uniform(0, 0.004)
            rt = urt + r.uniform(0.0, 0.003)
            size = r.choice([160, 562, 569])
        elif status == 502:
            rt = r.ln(0.004, 1.0)
            urt = rt * 0.9
            size = r.choice([150, 552, 559])
        elif status == 503:
            rt = r.ln(0.002, 0.8)
            urt = None if r.random() < 0.5 else rt * 0.8
            size = r.choice([190, 197, 599])
        elif status == 500:
            size = r.randint(60, 400)
        elif status in (301, 302):
            size = r.randint(0, 180)
        elif status == 499:
            rt = r.uniform(0.5, 25.0)
            urt = rt
            size = 0
        elif status in (400, 401, 403, 404, 409, 422, 429):
            size = r.randint(40, 600)
            rt = min(rt, r.ln(0.015, 0.6))
        if status == 204:
            size = 0
        self.emit(t, self.line(t, ip, method, path, status, size, ref, ua, rt, urt))

    def healthy(self, t):
        r, b = self.rng, self.b
        m = self.modf('traffic_flood', t) if self.mods else None
        if m:
            f = 1.0 + self.ramped(m, t, m['f'] - 1.0)
            if r.random() < 1.0 - 1.0 / f:
                return self.flood_req(t, m)
        ip, ua = b.client(r)
        self.request(t, self.eps.pick(r), ip, ua)

    def flood_setup(self, m):
        r, b = self.rng, self.b
        style = r.choice(['bot', 'campaign', 'login', 'api_client'])
        m['style'] = style
        if style == 'bot':
            net = r.public_ip().rsplit('.', 1)[0]
            m['ips'] = ['%s.%d' % (net, r.randint(2, 250)) for _ in range(r.randint(1, 12))]
            m['ua'] = r.choice(['python-requests/2.32.3', 'Scrapy/2.11.2 (+https://scrapy.org)', 'Mozilla/5.0 (compatible; DataForSeoBot/1.0)',
                                'Go-http-client/2.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36'])
            m['eps'] = r.sample(self.api_eps, min(3, len(self.api_eps)))
            return 'scraper from %d IPs in %s.0/24, UA "%s"' % (len(m['ips']), net, m['ua'][:30])
        if style == 'campaign':
            m['ref'] = 'https://%s/?utm_source=%s&utm_campaign=%s' % (b.site, r.choice(['newsletter', 'push', 'sms', 'instagram']), r.choice(['flash_sale', 'black_friday', 'launch', 'winback']))
            m['pool'] = [(r.public_ip(), r.choice(BROWSER_UAS)) for _ in range(3000)]
            return 'marketing campaign traffic from many new clients'
        if style == 'login':
            m['pool'] = [(r.public_ip(), r.choice(BROWSER_UAS[:4] + ['python-requests/2.31.0'])) for _ in range(800)]
            cand = [e for e in b.dom['endpoints'] if e[0] == 'POST' and ('login' in e[1] or 'token' in e[1])]
            m['ep'] = cand[0]
            return 'credential-stuffing style POST %s from ~800 IPs' % m['ep'][1]
        m['ip'] = b.internal_ip(r) if r.random() < 0.5 else r.public_ip()
        m['ua'] = r.choice(['%s-sync/1.4.2' % b.company, 'okhttp/4.12.0', 'axios/1.7.7', 'Apache-HttpClient/5.2.1 (Java/17.0.9)'])
        m['eps'] = r.sample(self.api_eps, min(2, len(self.api_eps)))
        return 'single API client %s (%s) replaying requests' % (m['ip'], m['ua'])

    def flood_req(self, t, m):
        r = self.rng
        st = m['style']
        if st == 'bot':
            self.request(t, r.choice(m['eps']), r.choice(m['ips']), m['ua'], ref='-', latf=1.3,
                         force_status=429 if r.random() < 0.08 else None)
        elif st == 'campaign':
            ip, ua = m['pool'][r.skew(len(m['pool']), 1.5)]
            self.request(t, self.eps.pick(r), ip, ua, ref=m['ref'] if r.random() < 0.5 else None, latf=1.2)
        elif st == 'login':
            ip, ua = r.choice(m['pool'])
            x = r.random()
            self.request(t, m['ep'], ip, ua, ref='-', force_status=401 if x < 0.85 else (429 if x < 0.97 else 200))
        else:
            self.request(t, r.choice(m['eps']), m['ip'], m['ua'], ref='-')

    def periodic(self):
        r, b = self.rng, self.b
        for ip in self.probes:
            for t in self.every(10.0 + r.uniform(-0.002, 0.002)):
                st = 200
                p5 = self.p5(t)
                if p5 and r.random() < p5[0] * 0.5:
                    st = 503
                rt = r.ln(0.001, 0.4)
                self.emit(t, self.line(t, ip, 'GET', self.health_path, st, 2 if st == 200 else 190, '-', self.probe_ua, rt, rt * 0.9))
        if self.monitor:
            ua, per, path = self.monitor
            for t in self.every(per, 1.5):
                rt = r.ln(0.03, 0.4) * (self.lat(t) if path != '/' else 1.0)
                self.emit(t, self.line(t, r.choice(self.monitor_ips), 'GET', path, 200, r.randint(9000, 20000) if path == '/' else r.randint(300, 3000), '-', ua, rt, rt * 0.95))
        for t in self.at_minute(self.cron_min, r.uniform(0, 2)):
            rt = r.uniform(1.2, 9.0)
            self.emit(t + rt, self.line(t + rt, b.internal_ip(r), 'POST', self.cron_path, 200, r.randint(20, 90), '-', 'curl/7.88.1', rt, rt - 0.001))
        hours = (self.t1 - self.t0) / 3600
        for _ in range(r.poisson(hours * 0.7)):
            ts = r.uniform(self.t0, self.t1)
            ip = r.public_ip()
            ua = r.choice(SCANNER_UAS)
            dur = r.uniform(4, 90)
            for _ in range(r.randint(5, 45)):
                t = ts + r.uniform(0, dur)
                p = r.choice(SCANNER_PATHS)
                st = r.choice([404, 404, 404, 404, 403, 400, 301]) if p != '/' else 200
                self.emit(t, self.line(t, ip, r.choice(['GET', 'GET', 'GET', 'POST']), p, st, r.randint(150, 560), '-', ua, r.ln(0.002, 0.5), None))
        if r.random() < 0.35:
            t = r.uniform(self.t0, self.t1)
            tok = r.alnum(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')
            for k in range(r.randint(2, 4)):
                tt = t + k * r.uniform(0.05, 0.6)
                self.emit(tt, self.line(tt, r.public_ip(), 'GET', '/.well-known/acme-challenge/' + tok, 200, 87, '-',
                                        "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)", r.ln(0.001, 0.3), None))
        for _ in range(r.poisson(hours * 0.8)):
            ts = r.uniform(self.t0, self.t1)
            ua = r.choice(BOT_UAS)
            ip = self.crawler_ip if 'Google' in ua else r.public_ip()
            dur = r.uniform(120, 1200)
            for _ in range(r.randint(15, 160)):
                ep = r.choice(self.api_eps + [e for e in b.dom['endpoints'] if e[5] == 'page'])
                self.request(ts + r.uniform(0, dur), ep, ip, ua, ref='-')


# -------------------------------------------------------------- JSON service
PINO_LVL = {'debug': 20, 'info': 30, 'warn': 40, 'error': 50, 'fatal': 60}
LVL_NAMES = {
    'pino': None,
    'zap': {'debug': 'debug', 'info': 'info', 'warn': 'warn', 'error': 'error'},
    'ecs': {'debug': 'DEBUG', 'info': 'INFO', 'warn': 'WARN', 'error': 'ERROR'},
    'structlog': {'debug': 'debug', 'info': 'info', 'warn': 'warning', 'error': 'error'},
    'log15': {'debug': 'dbug', 'info': 'info', 'warn': 'warn', 'error': 'eror'},
    'gcp': {'debug': 'DEBUG', 'info': 'INFO', 'warn': 'WARNING', 'error': 'ERROR'},
}
HTTP_MSG = {'pino': 'request completed', 'zap': 'request', 'ecs': 'HTTP request processed', 'structlog': 'request_finished',
            'log15': 'served request', 'gcp': 'request handled'}


def make_hosts(svc):
    r, b = svc.rng, svc.b
    peer = r.choice([s for s in b.dom['svcs'] if s != svc.name])
    pkg = re.sub(r'[^a-z]', '', svc.name.split('-')[0])
    h = {
        'db': b.dbhost, 'db_ip': b.db_ip, 'redis': b.redis, 'redis_ip': b.redis_ip, 'peer': peer,
        'peer_ip': b.internal_ip(r), 'pool': r.choice([10, 10, 20, 30, 50]), 'entities': b.dom['entities'],
        'base': 'com.%s.%s' % (b.company, pkg), 'topic': r.choice(b.dom['topics']), 'company': b.company,
        'svc': svc.name, 'dbuser': b.dbuser, 'dbname': b.dom['db'], 'port': r.choice([5432, 6379, 5672, 27017]),
        'ent': r.choice(b.dom['entities']), 'peer_cls': ''.join(x.title() for x in peer.split('-')), 'pkg': svc.name.replace('-', '_'),
        'site': PY_SITE % r.choice([10, 11, 12]), 'partner': r.choice(['api.stripe.com', 'api.sendgrid.com', 'hooks.slack.com', 'api.easypost.com',
                                                                       'graph.facebook.com', 'api.twilio.com', 'partner-api.%s.net' % r.choice(COMPANIES)]),
        'field': r.choice(['customer_id', 'account_id', 'order_ref', 'tenant', 'currency']), 'ln': svc.ln_id,
        'celery': False,
    }
    h['partner_mod'] = h['partner'].split('.')[1] if h['partner'].count('.') >= 2 else 'partner'
    return h


class JsonService(Service):
    arche = 'json'
    kinds = {'error_burst', 'silence', 'retry_storm', 'latency_shift', 'http_5xx', 'new_error'}
    wrange = (2.0, 4.0)
    burstiness = 0.9

    def setup(self):
        r, b = self.rng, self.b
        presets = ['pino', 'zap', 'ecs', 'structlog', 'log15', 'gcp']
        if 'error_burst' in self.planned:
            presets.remove('log15')
        self.preset = r.choice(presets)
        self.runtime = {'pino': 'node', 'zap': 'go', 'ecs': 'java', 'structlog': 'python', 'log15': 'go',
                        'gcp': r.choice(['node', 'java'])}[self.preset]
        self.fname = self.name + r.choice(['.json', '.log', '.ndjson', '.jsonl'])
        self.host = b.pod_name(r, self.name)
        self.pid = r.choice([1, 1, 7, r.randint(20, 4000)])
        self.off = r.choice([0, 0, 60, 120, -300, 330]) if self.preset in ('structlog', 'log15') else 0
        self.compact = self.preset in ('pino', 'zap', 'log15') or r.random() < 0.5
        self.eps = Picker([(e[2], e) for e in b.dom['endpoints'] if e[5] == 'api'])
        self.actions = r.sample(b.dom['actions'], 4)
        self.peers = r.sample([s for s in b.dom['svcs'] if s != self.name], 3)
        self.topics = r.sample(b.dom['topics'], 3)
        self.h = make_hosts(self)
        self.jstack = JavaStacks(r, b.company, self.h['pkg'].split('_')[0], b.dom['entities'])
        self.retry_target = r.choice(['%s:5432' % b.dbhost, '%s:6379' % b.redis, '%s:9092' % b.kafka[0], '%s:8080' % self.peers[0], 'amqp://rabbitmq:5672'])
        self.dur_field = {'pino': 'responseTime', 'zap': 'latency_ms', 'ecs': 'http.duration_ms', 'structlog': 'elapsed (seconds)',
                          'log15': 'dur', 'gcp': 'httpRequest.latency'}[self.preset] + ' values'
        self.camel = self.preset in ('pino', 'gcp')
        self.callers = {}
        T = self
        self.tpl = Picker([
            (40, T.t_http), (6, T.t_db), (6, T.t_cache), (5, T.t_upstream), (4, T.t_consume), (3, T.t_publish),
            (2, T.t_auth), (1.5, T.t_token), (6, T.t_action), (1.5, T.t_flag), (0.35, T.t_validation),
            (0.08, T.t_ratelimit), (0.25, T.t_slowq), (0.12, T.t_upstream_timeout), (0.4, T.t_notfound),
            (0.5, T.t_session), (0.03, T.t_retry), (1.5, T.t_batch), (0.3, T.t_disconnect), (0.2, T.t_idem),
            (0.03, T.t_unhandled),
        ])

    # -- rendering
    def lvl(self, l):
        if self.preset == 'pino':
            return PINO_LVL[l]
        return LVL_NAMES[self.preset][l]

    def caller(self, key):
        if key not in self.callers:
            self.callers[key] = '%s/%s.go:%d' % (self.rng.choice(['http', 'store', 'service', 'internal/app', 'pkg/client', 'kafka']),
                                                  self.rng.choice(['server', 'handler', 'postgres', 'cache', 'consumer', 'client', 'worker']),
                                                  self.rng.randint(30, 400))
        return self.callers[key]

    def j(self, t, l, msg, fields=None, http=None, err=None):
        p = self.preset
        o = {}
        f = dict(fields or {})
        if self.camel:
            f = camel(f)
        if p == 'pino':
            o['level'] = PINO_LVL[l]
            o['time'] = int(t * 1000)
            o['pid'] = self.pid
            o['hostname'] = self.host
            if http:
                o['reqId'] = http['rid']
                o['req'] = {'method': http['method'], 'url': http['path'], 'remoteAddress': '::ffff:' + http['ip']}
                o['res'] = {'statusCode': http['status']}
                o['responseTime'] = int(round(http['ms']))
            o.update(f)
            if err:
                o['err'] = {'type': err['type'], 'message': err['message'], 'stack': err['stack']}
            o['msg'] = msg
        elif p == 'zap':
            o['level'] = LVL_NAMES['zap'][l]
            o['ts'] = round(t, 6)
            o['caller'] = self.caller(msg)
            o['msg'] = msg
            if http:
                o.update({'request_id': http['rid'], 'method': http['method'], 'path': http['path'], 'status': http['status'],
                          'latency_ms': round(http['ms'], 3), 'remote_addr': '%s:%d' % (http['ip'], http['port'])})
            o.update(f)
            if err:
                o['error'] = err['message']
                if err.get('stack'):
                    o['stacktrace'] = err['stack']
        elif p == 'ecs':
            o['@timestamp'] = tfmt(t, 'iso3z')
            o['log.level'] = LVL_NAMES['ecs'][l]
            o['message'] = msg
            o['ecs.version'] = '1.2.0'
            o['service.name'] = self.name
            o['process.thread.name'] = http['thread'] if http else self.rng.choice(['main', 'scheduling-1', 'kafka-listener-0', 'task-3'])
            o['log.logger'] = 'com.%s.%s.%s' % (self.b.company, self.h['pkg'].split('_')[0], 'web.RequestLoggingFilter' if http else 'service.Worker')
            if http:
                o['http'] = {'method': http['method'], 'path': http['path'], 'status': http['status'], 'duration_ms': round(http['ms'], 1)}
                o['client'] = {'ip': http['ip']}
                o['trace.id'] = http['trace']
            if f:
                o['labels'] = f
            if err:
                o['error.type'] = err['type']
                o['error.message'] = err['message']
                o['error.stack_trace'] = err['stack']
        elif p == 'structlog':
            o['event'] = snake(msg) if ' ' in msg else msg
            if http:
                o.update({'method': http['method'], 'path': http['path'], 'status_code': http['status'],
                          'elapsed': round(http['ms'] / 1000.0, 5), 'request_id': http['rid'], 'client_ip': http['ip']})
            o.update(f)
            if err:
                o['exception'] = err['stack']
            o['logger'] = 'app.' + ('access' if http else 'service')
            o['level'] = LVL_NAMES['structlog'][l]
            o['timestamp'] = tfmt(t, 'iso6off', self.off) if self.off else tfmt(t, 'iso6z')
        elif p == 'log15':
            o['t'] = tfmt(t, 'iso3off', self.off)
            o['lvl'] = LVL_NAMES['log15'][l]
            o['msg'] = msg
            if http:
                o.update({'method': http['method'], 'path': http['path'], 'status': http['status'], 'dur': godur(http['ms'] / 1000.0),
                          'req_id': http['rid']})
            o.update(f)
            if err:
                o['err'] = err['message']
        else:  # gcp
            o['severity'] = LVL_NAMES['gcp'][l]
            o['time'] = tfmt(t, 'iso9z')
            o['message'] = msg if not err else '%s\n%s' % (msg, err['stack'])
            if http:
                o['httpRequest'] = {'requestMethod': http['method'], 'requestUrl': http['path'], 'status': http['status'],
                                    'latency': '%.6fs' % (http['ms'] / 1000.0), 'remoteIp': http['ip']}
                o['logging.googleapis.com/trace'] = 'projects/%s-prod/traces/%s' % (self.b.company, http['trace'])
            o.update(f)
            o['serviceContext'] = {'service': self.name, 'version': self.b.version}
        if self.compact:
            return json.dumps(o, separators=(',', ':'), ensure_ascii=False)
        return json.dumps(o, ensure_ascii=False)

    def make_err(self, fam):
        r, h = self.rng, self.h
        rt = self.runtime
        if rt == 'node':
            m = {'db': r.choice(['econnrefused', 'sequelize']), 'timeout': 'axios_timeout', 'redis': 'redis', 'bug': 'typeerror', 'dup': 'prisma'}[fam]
            hh = dict(h)
            if fam == 'db':
                hh['port'] = 5432
            typ, msg, stack = node_stack(r, m, hh)
            return {'type': typ, 'message': msg, 'stack': stack}
        if rt == 'go':
            m = {'db': 'pg', 'timeout': 'deadline', 'redis': 'redis', 'bug': 'eof', 'dup': 'eof', 'grpc': 'grpc'}[fam]
            return {'type': '*errors.errorString', 'message': go_error(r, m, h), 'stack': go_stack(r, h)}
        if rt == 'java':
            m = {'db': 'db_refused', 'timeout': 'http_timeout', 'redis': 'redis', 'bug': 'npe', 'dup': 'lock', 'grpc': 'grpc'}[fam]
            ch = java_family(r, m, h)
            return {'type': ch[0][0], 'message': ch[0][1], 'stack': '\n'.join(self.jstack.trace(ch, 'web'))}
        m = {'db': 'pg_refused', 'timeout': 'requests_timeout', 'redis': 'redis', 'bug': r.choice(['keyerror', 'attr']), 'dup': 'json'}[fam]
        lines = py_traceback(r, m, h)
        last = lines[-1] if not lines[-1].startswith('(Background') else [x for x in lines if x.startswith('sqlalchemy.exc')][0]
        typ, _, msg = last.partition(': ')
        return {'type': typ.split('.')[-1], 'message': msg, 'stack': '\n'.join(lines)}

    def http(self, t, ep=None, status=None, msfac=1.0):
        r, b = self.rng, self.b
        ep = ep or self.eps.pick(r)
        method, ptpl, _, med, _, _ = ep
        path, _ = fill(ptpl, b, r)
        path = path.replace('/api', '', 1) if r.random() < 0.0 else path
        ms = r.ln(med * 0.8, 0.55) * self.lat(t) * msfac
        if r.random() < 0.008:
            ms *= r.uniform(3, 10)
        if status is None:
            x = r.random()
            status = 200
            if method == 'POST':
                status = 201 if 'quote' not in path and 'token' not in path and x > 0.5 else 200
            if x < 0.004:
                status = 404
            elif x < 0.009:
                status = r.choice([400, 401, 403, 409, 422])
            elif x < 0.0095:
                status = r.choice([500, 502, 503])
            p5 = self.p5(t)
            if p5 and r.random() < p5[0]:
                status = r.choice(p5[1])
                if status == 504:
                    ms = r.uniform(5000, 30000)
                elif status in (502, 503):
                    ms = r.ln(8, 0.8)
        return {'method': method, 'path': path, 'status': status, 'ms': ms, 'rid': self.b.req_id(r), 'ip': b.internal_ip(r),
                'port': r.randint(32768, 60999), 'trace': r.hexs(32), 'thread': 'http-nio-8080-exec-%d' % r.randint(1, 200)}

    # -- healthy templates
    def t_http(self, t):
        r = self.rng
        h = self.http(t)
        st = h['status']
        l = 'info' if st < 400 else ('warn' if st < 500 else 'error')
        fields = {'user_id': self.b.user(r)} if r.random() < 0.7 else {}
        err = None
        if st >= 500:
            if self.p5(t):
                fields['error'] = r_upstream_msg(r, st, self.peers[0])
            else:
                err = self.make_err(r.choice(['timeout', 'db', 'bug', 'dup']))
        self.emit(t, self.j(t, l, HTTP_MSG[self.preset], fields, h, err))

    def t_db(self, t):
        r = self.rng
        tbl, fk = r.choice(self.b.dom['tables'])
        self.emit(t, self.j(t, 'debug', 'query executed', {'table': tbl, 'op': r.choice(['select', 'select', 'select', 'update', 'insert']),
                                                          'rows': r.skew(200, 3), 'duration_ms': round(r.ln(3.5, 0.7) * self.lat(t), 2)}))

    def t_cache(self, t):
        r = self.rng
        hit = r.random() < 0.82
        self.emit(t, self.j(t, 'debug', 'cache hit' if hit else 'cache miss', {'key': '%s:%s:%s' % (self.name.split('-')[0], r.choice(['v2', 'v3']), r.hexs(12)),
                                                                              'cache': r.choice(['redis', 'local'])}))

    def t_upstream(self, t):
        r = self.rng
        peer = r.choice(self.peers)
        self.emit(t, self.j(t, 'info', 'upstream call', {'upstream': peer, 'endpoint': '/internal/%s' % r.choice(['lookup', 'batch', 'validate', 'quote']),
                                                        'status': 200 if r.random() > 0.003 else 503, 'duration_ms': round(r.ln(25, 0.6) * self.lat(t), 1)}))

    def t_consume(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'info', 'message consumed', {'topic': r.choice(self.topics), 'partition': r.randint(0, 11), 'offset': int(self.b.offset_base + (t - self.b.t0) * 3.7) + r.randint(0, 50),
                                                           'lag': r.skew(40, 3), 'key': r.uuid()}))

    def t_publish(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'info', 'event published', {'topic': r.choice(self.topics), 'event_type': r.choice(self.actions)[0].title().replace(' ', ''), 'event_id': r.uuid()}))

    def t_auth(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'info', 'user authenticated', {'user_id': self.b.user(r), 'method': r.choice(['password', 'oauth_google', 'sso_saml', 'magic_link', 'refresh_token']),
                                                             'mfa': r.random() < 0.3}))

    def t_token(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'debug', 'access token refreshed', {'client_id': r.choice(['web', 'ios', 'android', 'partner-%d' % r.randint(1, 40)]), 'expires_in': 3600}))

    def t_action(self, t):
        r = self.rng
        key, tpl = r.choice(self.actions)
        _, vals = fill(tpl, self.b, r)
        self.emit(t, self.j(t, 'info', key, vals))

    def t_flag(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'debug', 'feature flag evaluated', {'flag': r.choice(['new-checkout', 'search-v2', 'dark-mode', 'reco-model-b', 'bulk-edit']),
                                                                  'variant': r.choice(['on', 'off', 'control', 'treatment']), 'user_id': self.b.user(r)}))

    def t_validation(self, t):
        r = self.rng
        fld = r.choice(['email', 'quantity', 'postal_code', 'currency', 'due_date', 'phone', 'name'])
        self.emit(t, self.j(t, 'warn', 'validation failed', {'field': fld, 'reason': r.choice(['required', 'invalid format', 'out of range', 'too long']),
                                                            'request_id': self.b.req_id(r)}))

    def t_ratelimit(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'warn', 'rate limit exceeded', {'client_id': 'partner-%d' % r.randint(1, 40), 'limit': r.choice([100, 600, 1000]), 'window': '1m'}))

    def t_slowq(self, t):
        r = self.rng
        tbl, fk = r.choice(self.b.dom['tables'])
        self.emit(t, self.j(t, 'warn', 'slow query', {'table': tbl, 'duration_ms': round(r.uniform(500, 3000), 1), 'query': 'select * from %s where %s = $1' % (tbl, fk)}))

    def t_upstream_timeout(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'error', 'upstream request failed', {'upstream': self.h['peer'], 'attempt': 1}, err=self.make_err('timeout')))

    def t_notfound(self, t):
        r = self.rng
        ent = r.choice(self.b.dom['entities']).lower()
        self.emit(t, self.j(t, 'info', 'resource not found', {'resource': ent, 'id': r.hexs(12)}))

    def t_session(self, t):
        self.emit(t, self.j(t, 'info', 'session expired', {'user_id': self.b.user(self.rng), 'idle_minutes': self.rng.randint(30, 720)}))

    def retry_fields(self, a, bo, err):
        return {'target': self.retry_target, 'attempt': a, 'backoff_ms': int(bo * 1000), 'error': err}

    def retry_err(self):
        tgt = self.retry_target
        host = tgt.split('//')[-1].rsplit(':', 1)[0]
        port = tgt.rsplit(':', 1)[1]
        return self.rng.choice(['connect ECONNREFUSED %s:%s' % (self.b.internal_ip(self.rng), port), 'dial tcp %s:%s: connect: connection refused' % (self.b.db_ip, port),
                                'connection reset by peer', 'i/o timeout', 'getaddrinfo ENOTFOUND %s' % host])

    def t_retry(self, t):
        self.emit(t, self.j(t, 'warn', 'retrying connection', self.retry_fields(1, 0.2, self.retry_err())))

    def t_batch(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'info', 'batch processed', {'batch_id': r.hexs(8), 'size': r.randint(10, 500), 'failed': 0 if r.random() < 0.97 else r.randint(1, 3),
                                                          'duration_ms': round(r.ln(180, 0.5) * self.lat(t), 1)}))

    def t_disconnect(self, t):
        self.emit(t, self.j(t, 'info', 'client disconnected before response was sent', {'path': fill(self.eps.pick(self.rng)[1], self.b, self.rng)[0]}))

    def t_idem(self, t):
        self.emit(t, self.j(t, 'info', 'idempotent replay', {'idempotency_key': self.rng.uuid(), 'original_status': 201}))

    def t_unhandled(self, t):
        r = self.rng
        self.emit(t, self.j(t, 'error', r.choice(['unhandled error', 'request failed']), {'request_id': self.b.req_id(r)}, err=self.make_err(r.choice(['bug', 'dup']))))

    def healthy(self, t):
        self.tpl.pick(self.rng)(t)

    def periodic(self):
        r = self.rng
        per = r.choice([30, 60])
        for t in self.every(per):
            if self.runtime == 'node':
                f = {'event_loop_delay_ms': round(r.ln(1.2, 0.4), 2), 'heap_used_mb': round(r.uniform(180, 420), 1), 'rss_mb': round(r.uniform(400, 700), 1)}
            elif self.runtime == 'go':
                f = {'goroutines': r.randint(40, 400), 'heap_alloc_mb': round(r.uniform(40, 300), 1), 'num_gc': int((t - self.t0) / 7)}
            elif self.runtime == 'java':
                f = {'heap_used_mb': r.randint(300, 1500), 'gc_pause_ms': round(r.ln(8, 0.5), 1), 'threads': r.randint(60, 240)}
            else:
                f = {'workers': 4, 'active': r.randint(0, 4), 'rss_mb': round(r.uniform(150, 400), 1)}
            self.emit(t, self.j(t, 'debug' if r.random() < 0.5 else 'info', 'runtime stats', f))
        for t in self.every(300, 2):
            self.emit(t, self.j(t, 'info', 'feature flags refreshed', {'count': r.randint(20, 60), 'source': 'launchdarkly' if r.random() < 0.5 else 'unleash', 'duration_ms': r.randint(20, 300)}))
        for t in self.at_minute(r.randint(0, 59), r.uniform(0, 3)):
            d = r.uniform(0.8, 12)
            self.emit(t, self.j(t, 'info', 'scheduled job started', {'job': 'purge-expired-sessions'}))
            self.emit(t + d, self.j(t + d, 'info', 'scheduled job finished', {'job': 'purge-expired-sessions', 'deleted': r.randint(0, 3000), 'duration_ms': int(d * 1000)}))
        for t in self.every(43200, 0, r.uniform(0, 43200)):
            self.emit(t, self.j(t, 'info', 'tls certificate check', {'host': self.b.site, 'days_remaining': r.randint(20, 80), 'ok': True}))
        if self.preset in ('pino', 'zap'):
            for t in self.every(10):
                self.emit(t, self.j(t, 'debug', HTTP_MSG[self.preset], {}, {'method': 'GET', 'path': '/healthz', 'status': 200, 'ms': r.ln(0.6, 0.3), 'rid': self.b.req_id(r),
                                                                           'ip': '10.0.0.1', 'port': r.randint(32768, 60999), 'trace': r.hexs(32), 'thread': 'x'}))

    # -- incidents
    def inc_error_burst(self, s, e):
        r = self.rng
        fam = r.choice(['db', 'timeout', 'redis', 'bug'])
        msg = r.choice(['request failed', 'unhandled error', 'failed to handle request', 'error processing request', 'internal server error'])
        rate = min(r.uniform(0.5, 4.0), 6000.0 / (e - s))
        t = s
        n = 0
        while t < e:
            x = (t - s) / (e - s)
            f = min(1.0, x * 8) * (1.0 if x < 0.85 else max(0.2, (1 - x) / 0.15))
            t += r.expovariate(max(rate * f, 0.05))
            if t >= e:
                break
            h = self.http(t, status=r.choice([500, 500, 503]))
            self.emit(t, self.j(t, 'error', msg, {'user_id': self.b.user(r)}, h, self.make_err(fam)))
            n += 1
        sample = self.make_err(fam)
        return '%s: burst of ~%d "%s" errors (%s: %s) with stack traces' % (self.name, n, msg, sample['type'], sample['message'][:120])

    def inc_retry_storm(self, s, e):
        r = self.rng
        msg = r.choice(['retrying connection', 'reconnecting', 'connection attempt failed, will retry', 'retrying connection to %s' % self.retry_target])
        err = self.retry_err()
        rate = min(r.uniform(6, 30), 14000.0 / (e - s))
        self.storm(s, e, lambda t, w, a, bo: self.j(t, 'warn', msg, dict(self.retry_fields(a, bo, err), worker=w)), rate)
        return '%s: retry storm, "%s" target=%s (%s) explodes in rate' % (self.name, msg, self.retry_target, err)

    def inc_new_error(self, s, e):
        r = self.rng
        opts = [
            ('failed to decode message', {'topic': r.choice(self.topics), 'error': 'unexpected token %s in JSON at position %d' % (r.choice(['u', '<', 'N']), r.randint(0, 9))}),
            ('schema validation failed', {'schema': '%sV%d' % (r.choice(self.actions)[0].title().replace(' ', ''), r.randint(2, 5)),
                                          'error': "must have required property '%s'" % r.choice(['currency', 'tenantId', 'lineItems', 'region'])}),
            ('unable to sign request', {'kid': r.hexs(8), 'error': 'private key not found for kid'}),
            ('webhook signature verification failed', {'provider': r.choice(PSPS), 'error': 'No signatures found matching the expected signature for payload'}),
            ('license check failed', {'feature': r.choice(['sso', 'audit-export', 'advanced-search']), 'error': 'license expired %d days ago' % r.randint(1, 3)}),
            ('price lookup returned negative amount', {'sku': GEN['sku'](self.b, r), 'currency': self.b.currency}),
        ]
        msg, f = r.choice(opts)
        rate = r.uniform(1.5, 6.0) / 60
        t = s
        while True:
            t += r.expovariate(rate)
            if t >= e:
                break
            ff = dict(f)
            ff['request_id'] = self.b.req_id(r)
            self.emit(t, self.j(t, 'error', msg, ff))
        return '%s: new error never seen before: "%s" (%s), ~%.1f/min' % (self.name, msg, f.get('error', ''), rate * 60)


def r_upstream_msg(r, status, peer):
    if status == 504:
        return 'upstream request timeout after 15000ms (%s)' % peer
    if status == 503:
        return 'no healthy upstream: %s' % peer
    if status == 502:
        return 'upstream connect error or disconnect/reset before headers. reset reason: connection termination'
    return 'internal error calling %s' % peer


# -------------------------------------------------------------- Java / Spring service
class JavaService(Service):
    arche = 'java'
    kinds = {'error_burst', 'silence', 'retry_storm', 'disk_full', 'new_error', 'latency_shift'}
    wrange = (1.5, 3.0)
    lpe = 1.08
    burstiness = 0.7
    dur_field = 'request durations (the "in N ms" / "(N ms)" value of request-completed lines)'

    def setup(self):
        r, b = self.rng, self.b
        self.variant = r.choice(['logback', 'spring', 'log4j'])
        self.off = r.choice([0, 0, 60, -300, 120]) if self.variant == 'spring' else 0
        self.fname = self.name + r.choice(['.log', '.log', '-app.log', '.log' if self.name.endswith('service') else '-service.log'])
        self.h = make_hosts(self)
        self.pkg = self.h['base'].split('.')[-1]
        self.base = self.h['base']
        self.ents = r.sample(b.dom['entities'], 4)
        self.js = JavaStacks(r, b.company, self.pkg, self.ents, packaging=(self.variant == 'logback' and r.random() < 0.5))
        self.pid = r.choice([1, 1, r.randint(7, 90000)])
        self.eps = Picker([(e[2], e) for e in b.dom['endpoints'] if e[5] == 'api'])
        self.req_fmt = r.choice(['Completed {m} {p} {s} in {ms}ms', '{m} {p} -> {s} ({ms} ms)', 'HTTP {m} {p} status={s} duration={ms}ms',
                                 'Request finished: {m} {p} returned {s} in {ms} ms'])
        self.group = '%s-%s' % (self.name, r.choice(['consumer', 'group', 'listener']))
        self.peers = r.sample([s for s in b.dom['svcs'] if s != self.name], 3)
        self.topics = r.sample(b.dom['topics'], 3)
        self.actions = r.sample(b.dom['actions'], 4)
        self.retry_style = r.choice(['kafka', 'custom', 'resilience4j', 'lettuce'])
        self.cache_names = r.sample(['products', 'prices', 'customers', 'sessions', 'permissions', 'rates', 'config'], 3)
        self.req_logger = self.base + r.choice(['.web.RequestLoggingFilter', '.config.AccessLogFilter', '.web.filter.TimingFilter'])
        T = self
        self.tpl = Picker([
            (30, T.t_req), (8, T.t_action), (4, T.t_repo), (4, T.t_cache), (5, T.t_client), (5, T.t_listener),
            (3, T.t_publish), (3, T.t_jwt), (0.35, T.t_validation), (0.1, T.t_hibernate), (0.2, T.t_slowq),
            (0.3, T.t_nores), (0.1, T.t_abort), (0.09, T.t_bg_error), (0.02, T.t_retry), (0.3, T.t_idem),
            (2, T.t_pricing), (1, T.t_notify),
        ])

    def L(self, t, lvl, logger, msg, thread):
        v = self.variant
        if v == 'logback':
            return '%s [%s] %-5s %s - %s' % (tfmt(t, 'sp3dot'), thread, lvl, abbr_logger(logger, 36), msg)
        if v == 'spring':
            ts = tfmt(t, 'iso3off', self.off) if self.off else tfmt(t, 'iso3z')
            return '%s %5s %d --- [%s] [%15s] %-40s : %s' % (ts, lvl, self.pid, self.name, thread[-15:], abbr_logger(logger, 40), msg)
        return '%s %-5s [%s] %s:%d - %s' % (tfmt(t, 'sp3comma'), lvl, thread, logger.rsplit('.', 1)[-1], self.ln_id(logger), msg)

    def http_thread(self):
        return 'http-nio-8080-exec-%d' % (1 + self.rng.skew(200, 1.6))

    def kafka_thread(self, i=None):
        return 'org.springframework.kafka.KafkaListenerEndpointContainer#0-%d-C-1' % (self.rng.randint(0, 3) if i is None else i)

    def lg(self, layer, ent=None):
        ent = ent or self.rng.choice(self.ents)
        return '%s.%s.%s%s' % (self.base, {'api': 'api', 'service': 'service', 'repo': 'repository', 'client': 'client', 'msg': 'messaging'}[layer], ent,
                               {'api': 'Controller', 'service': 'Service', 'repo': 'Repository', 'client': 'Client', 'msg': 'EventListener'}[layer])

    def t_req(self, t, status=None):
        r = self.rng
        method, ptpl, _, med, _, _ = self.eps.pick(r)
        path, _ = fill(ptpl, self.b, r)
        ms = int(r.ln(med * 0.85, 0.55) * self.lat(t)) + 1
        if status is None:
            x = r.random()
            status = 200 if method != 'POST' or x < 0.4 else 201
            if 'events' in path or 'telemetry' in path:
                status = 204 if method == 'POST' else status
            elif method == 'DELETE':
                status = 204
            if x < 0.004:
                status = 404
            elif x < 0.009:
                status = r.choice([400, 401, 403, 409])
        self.emit(t, self.L(t, 'INFO', self.req_logger, self.req_fmt.format(m=method, p=path.split('?')[0], s=status, ms=ms), self.http_thread()))

    def t_action(self, t):
        _, tpl = self.rng.choice(self.actions)
        self.emit(t, self.L(t, 'INFO', self.lg('service'), fill(tpl, self.b, self.rng)[0], self.http_thread()))

    def t_repo(self, t):
        r = self.rng
        ent = r.choice(self.ents)
        msg = r.choice(['Loaded %d %s rows for %s in %d ms' % (r.skew(50, 2), ent.lower(), self.b.user(r), int(r.ln(4, 0.6) * self.lat(t)) + 1),
                        'Fetching %s id=%d' % (ent, r.randint(1000, 999999))])
        self.emit(t, self.L(t, 'DEBUG', self.lg('repo', ent), msg, self.http_thread()))

    def t_cache(self, t):
        r = self.rng
        c = r.choice(self.cache_names)
        if r.random() < 0.8:
            msg = "Cache '%s' hit for key '%s'" % (c, r.hexs(10))
            lvl = 'DEBUG'
        else:
            msg = "Cache '%s' miss for key '%s', loading from database" % (c, r.hexs(10))
            lvl = 'DEBUG' if r.random() < 0.7 else 'INFO'
        self.emit(t, self.L(t, lvl, self.base + '.config.CacheLoggingListener', msg, self.http_thread()))

    def t_client(self, t):
        r = self.rng
        peer = r.choice(self.peers)
        self.emit(t, self.L(t, 'INFO', '%s.client.%sClient' % (self.base, ''.join(x.title() for x in peer.split('-'))),
                            'Call to %s %s /internal/%s returned %d in %d ms' % (peer, r.choice(['GET', 'POST']), r.choice(['lookup', 'reserve', 'quote', 'validate']),
                                                                             200 if r.random() > 0.002 else 503, int(r.ln(22, 0.6) * self.lat(t)) + 1), self.http_thread()))

    def t_listener(self, t):
        r = self.rng
        ent = r.choice(self.ents)
        self.emit(t, self.L(t, 'INFO', self.lg('msg', ent), 'Received %sUpdated event key=%s partition=%d offset=%d' % (
            ent, r.uuid(), r.randint(0, 11), int(self.b.offset_base + (t - self.b.t0) * 2.1) + r.randint(0, 40)), self.kafka_thread()))

    def t_publish(self, t):
        r = self.rng
        topic = r.choice(self.topics)
        self.emit(t, self.L(t, 'DEBUG', self.base + '.messaging.OutboxPublisher', 'Published %s to %s-%d@%d' % (
            r.choice(self.actions)[0].title().replace(' ', ''), topic, r.randint(0, 11), int(self.b.offset_base + (t - self.b.t0) * 1.3)), self.http_thread()))

    def t_jwt(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'DEBUG', self.base + '.security.JwtAuthenticationFilter', 'Authenticated user %s with scopes [%s]' % (
            self.b.user(r), r.choice(['read, write', 'read', 'read, write, admin', 'orders:read'])), self.http_thread()))

    def t_validation(self, t):
        r = self.rng
        ent = r.choice(self.ents)
        fld, val, dm = r.choice([('quantity', '0', 'must be greater than or equal to 1'), ('email', 'foo@', 'must be a well-formed email address'),
                                 ('currency', 'EURO', 'size must be between 3 and 3'), ('postalCode', '', 'must not be blank')])
        msg = ("Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public "
               "org.springframework.http.ResponseEntity<%s.api.dto.%sResponse> %s.api.%sController.create(%s.api.dto.Create%sRequest): "
               "[Field error in object 'create%sRequest' on field '%s': rejected value [%s]; default message [%s]] ]" % (
                   self.base, ent, self.base, ent, self.base, ent, ent, fld, val, dm))
        self.emit(t, self.L(t, 'WARN', 'org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver', msg, self.http_thread()))

    def t_hibernate(self, t):
        self.emit(t, self.L(t, 'WARN', 'org.hibernate.orm.query', 'HHH90003004: firstResult/maxResults specified with collection fetch; applying in memory', self.http_thread()))

    def t_slowq(self, t):
        r = self.rng
        tbl, fk = r.choice(self.b.dom['tables'])
        self.emit(t, self.L(t, 'WARN', self.base + '.config.SlowQueryListener', 'Slow query (%d ms): select %s0_.id, %s0_.status from %s %s0_ where %s0_.%s=?' % (
            r.randint(500, 2600), tbl[0], tbl[0], tbl, tbl[0], tbl[0], fk), self.http_thread()))

    def t_nores(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'WARN', 'org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver',
                            'Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource %s.]' % r.choice(
                                ['favicon.ico', 'api/v1/health', '.env', 'actuator/prometheus2', 'api/%s' % r.hexs(6)]), self.http_thread()))

    def t_abort(self, t):
        self.emit(t, self.L(t, 'WARN', 'org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver',
                            'Resolved [org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe]', self.http_thread()))

    def t_bg_error(self, t):
        r = self.rng
        fam = r.choice(['lock', 'illegal_state', 'jackson', 'lock'])
        ch = java_family(r, fam, self.h)
        msg = 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s: %s] with root cause' % (ch[0][0], ch[0][1])
        lines = [self.L(t, 'ERROR', 'org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]', msg, self.http_thread())]
        lines += self.js.trace(ch[-1:], 'web', r.choice(['Post', 'Put']))
        self.emit(t, '\n'.join(lines))

    def retry_line(self, t, w, a, bo, mx=10):
        r = self.rng
        st = self.retry_style
        if st == 'kafka':
            node = r.randint(0, len(self.b.kafka) - 1)
            return self.L(t, 'WARN', 'org.apache.kafka.clients.NetworkClient',
                          '[Consumer clientId=consumer-%s-%d, groupId=%s] Connection to node %d (%s/%s:9092) could not be established. Node may not be available.' % (
                              self.group, w % 4 + 1, self.group, node, self.b.kafka[node], self.b.kafka_ip[node]), self.kafka_thread(w % 4))
        if st == 'custom':
            return self.L(t, 'WARN', self.base + '.infra.ConnectionSupervisor', 'Retrying connection to %s:5432 (attempt %d/%d), next attempt in %d ms' % (
                self.b.dbhost, a, mx, int(bo * 1000)), 'db-reconnect-%d' % w)
        if st == 'resilience4j':
            return self.L(t, 'WARN', self.base + '.config.ResilienceEventLogger', "Retry '%s', waiting PT%sS until attempt '%d'. Last attempt failed with exception 'java.net.ConnectException: Connection refused'." % (
                self.peers[0], ('%.3f' % bo).rstrip('0').rstrip('.'), a + 1), self.http_thread())
        return self.L(t, 'INFO', 'io.lettuce.core.protocol.ConnectionWatchdog', 'Reconnecting, last destination was %s/%s:6379' % (self.b.redis, self.b.redis_ip), 'lettuce-eventExecutorLoop-1-%d' % (w % 8 + 1)) + '\n' + \
            self.L(t + 0.002, 'WARN', 'io.lettuce.core.protocol.ConnectionWatchdog', 'Cannot reconnect to [%s/<unresolved>:6379]: Connection refused: %s/%s:6379' % (
                self.b.redis, self.b.redis, self.b.redis_ip), 'lettuce-epollEventLoop-4-%d' % (w % 4 + 1))

    def t_retry(self, t):
        self.emit(t, self.retry_line(t, 0, 1, 0.5))

    def t_idem(self, t):
        self.emit(t, self.L(t, 'INFO', self.base + '.web.IdempotencyInterceptor', 'Idempotent request detected key=%s, returning cached response' % self.rng.uuid(), self.http_thread()))

    def t_pricing(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'DEBUG', self.lg('service'), 'Applying %d rules to %s %s' % (r.randint(1, 14), r.choice(self.ents).lower(), r.uuid()), self.http_thread()))

    def t_notify(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'INFO', self.base + '.notification.NotificationDispatcher', 'Queued %s notification for user %s via %s' % (
            r.choice(['confirmation', 'reminder', 'receipt', 'digest', 'alert']), self.b.user(r), r.choice(['email', 'push', 'sms'])), 'task-%d' % r.randint(1, 8)))

    def healthy(self, t):
        self.tpl.pick(self.rng)(t)

    def periodic(self):
        r = self.rng
        pool = self.h['pool']
        for t in self.every(30):
            act = min(pool, r.skew(pool, 2))
            self.emit(t, self.L(t, 'DEBUG', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=0)' % (pool, act, pool - act), 'HikariPool-1 housekeeper'))
            self.emit(t + 0.001, self.L(t + 0.001, 'DEBUG', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueing=0).', 'HikariPool-1 housekeeper'))
        for t in self.every(300, 1):
            ms = int(r.ln(40, 0.6))
            self.emit(t, self.L(t, 'INFO', self.base + '.jobs.OutboxRelayJob', 'Outbox relay published %d events in %d ms' % (r.skew(80, 2), ms), 'scheduling-1'))
        for t in self.every(900, 2):
            self.emit(t, self.L(t, 'INFO', self.base + '.security.JwksKeyProvider', 'Refreshed JWKS from https://auth.%s.internal/.well-known/jwks.json (%d keys)' % (self.b.company, r.choice([2, 3])), 'scheduling-1'))
        for t in self.every(r.uniform(540, 600)):
            self.emit(t, self.L(t, 'INFO', 'org.apache.kafka.clients.NetworkClient', '[Consumer clientId=consumer-%s-1, groupId=%s] Node %d disconnected.' % (self.group, self.group, r.randint(0, 2)), self.kafka_thread(0)))
        for t in self.every(600, 3):
            self.emit(t, self.L(t, 'INFO', self.base + '.config.CacheMaintenance', "Evicted %d expired entries from cache '%s'" % (r.randint(0, 900), r.choice(self.cache_names)), 'scheduling-1'))
        for t in self.at_minute(r.randint(0, 59), r.uniform(0, 1)):
            d = r.uniform(2, 40)
            self.emit(t, self.L(t, 'INFO', self.base + '.jobs.ReconciliationJob', 'Reconciliation started for window ending %s' % tfmt(t, 'iso0z'), 'scheduling-1'))
            self.emit(t + d, self.L(t + d, 'INFO', self.base + '.jobs.ReconciliationJob', 'Reconciliation finished: %d %ss checked, %d mismatches, took %d ms' % (
                r.randint(200, 9000), self.ents[0].lower(), r.choice([0, 0, 0, 1, 2]), int(d * 1000)), 'scheduling-1'))
        for t in self.daily(r.randint(0, 23), r.randint(0, 59)):
            self.emit(t, self.L(t, 'INFO', self.base + '.jobs.NightlyExportJob', 'Nightly %s export uploaded to s3://%s-exports/%s/%s.csv.gz (%.1f MB)' % (
                self.ents[0].lower(), self.b.company, self.name, tfmt(t, 'iso0z')[:10], r.uniform(20, 400)), 'scheduling-2'))

    # -- incidents
    def inc_error_burst(self, s, e):
        r = self.rng
        fam = r.choice(['db_refused', 'http_timeout', 'redis', 'npe', 'kafka', 'grpc'])
        style = r.choice(['tomcat', 'service', 'listener'])
        ent = r.choice(self.ents)
        per_ev = 50
        rate = min(r.uniform(0.4, 3.0), 9000.0 / (e - s) / per_ev)
        t = s
        n = 0
        first = None
        while True:
            x = (t - s) / (e - s)
            f = min(1.0, max(x, 0.0) * 10) * (1.0 if x < 0.85 else max(0.2, (1 - x) / 0.15))
            t += r.expovariate(max(rate * f, 0.05))
            if t >= e:
                break
            ch = java_family(r, fam, self.h)
            if style == 'tomcat':
                msg = 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s: %s] with root cause' % (ch[0][0], ch[0][1])
                lines = [self.L(t, 'ERROR', 'org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]', msg, self.http_thread())]
                lines += self.js.trace(ch[-1:], 'web', 'Post')
            elif style == 'service':
                msg = 'Failed to process %s %s' % (ent.lower(), r.choice([r.uuid(), str(r.randint(10000, 999999))]))
                lines = [self.L(t, 'ERROR', self.lg('service', ent), msg, self.http_thread())] + self.js.trace(ch, 'web', 'Post', ent)
            else:
                msg = 'Error handler threw an exception' if r.random() < 0.3 else 'Backoff FixedBackOff{interval=0, currentAttempts=10, maxAttempts=9} exhausted for %s-%d@%d' % (
                    r.choice(self.topics), r.randint(0, 11), int(self.b.offset_base + (t - self.b.t0) * 2.1))
                tr = self.js.trace(ch, 'kafka', ent=ent)
                lines = [self.L(t, 'ERROR', 'org.springframework.kafka.listener.DefaultErrorHandler', msg, self.kafka_thread()),
                         "org.springframework.kafka.listener.ListenerExecutionFailedException: Listener method 'public void %s.onMessage(org.apache.kafka.clients.consumer.ConsumerRecord)' threw exception" % self.lg('msg', ent)]
                lines += ['\tat ' + x for x in KAFKA_LISTENER[:5]] + ['Caused by: ' + tr[0]] + tr[1:]
            if first is None:
                first = ch
            self.emit(t, '\n'.join(lines))
            if style != 'listener' and r.random() < 0.7:
                self.t_req(t + r.uniform(0.001, 0.02), status=500)
            n += 1
        return '%s: burst of ~%d ERROR entries with Java stack traces (%s: %s; root cause %s)' % (
            self.name, n, first[0][0], first[0][1][:100], first[-1][0])

    def inc_retry_storm(self, s, e):
        r = self.rng
        rate = min(r.uniform(5, 25), 14000.0 / (e - s) / (2 if self.retry_style == 'lettuce' else 1))
        mx = r.choice([5, 10, 20])
        self.storm(s, e, lambda t, w, a, bo: self.retry_line(t, w, a, bo, mx), rate, max_attempts=mx)
        desc = {'kafka': 'Kafka client "Connection to node N (%s...) could not be established"' % self.b.kafka[0],
                'custom': '"Retrying connection to %s:5432 (attempt N/%d)"' % (self.b.dbhost, mx),
                'resilience4j': "resilience4j \"Retry '%s', waiting ... until attempt N\"" % self.peers[0],
                'lettuce': 'lettuce "Reconnecting, last destination was %s" / "Cannot reconnect"' % self.b.redis}[self.retry_style]
        return '%s: retry storm, %s explodes in rate' % (self.name, desc)

    def inc_new_error(self, s, e):
        r = self.rng
        ent = r.choice(self.ents)
        opts = [
            (self.base + '.service.TaxService', 'Tax calculation failed for %s {id}: no tax rule for jurisdiction \'%s\'' % (ent.lower(), r.choice(['US-CO-DEN', 'CA-QC', 'DE-BY', 'IT-RM', 'AU-NSW'])), None),
            (self.base + '.messaging.OutboxPublisher', 'Could not publish %sChangedEvent to %s: RecordTooLargeException: The message is {big} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.' % (ent, r.choice(self.topics)), None),
            (self.base + '.web.WebhookController', 'Webhook signature verification failed for provider %s: computed {hex}, header {hex2}' % r.choice(PSPS), None),
            (self.base + '.client.CurrencyRatesClient', 'Currency conversion rate missing for %s->%s, rejecting %s {id}' % (self.b.currency, r.choice(['JPY', 'CHF', 'NOK', 'CZK']), ent.lower()), None),
            (self.lg('service', ent), 'Failed to map %sDto: Unrecognized field "%s" (class %s.api.dto.%sDto), not marked as ignorable (%d known properties)' % (
                ent, r.choice(['giftWrap', 'taxExempt', 'loyaltyTier', 'channelRef']), self.base, ent, r.randint(8, 30)), None),
            (self.base + '.client.AuthClient', 'JWKS refresh failed', 'ssl'),
        ]
        logger, tpl, fam = r.choice(opts)
        rate = r.uniform(1.5, 6.0) / 60
        t = s
        while True:
            t += r.expovariate(rate)
            if t >= e:
                break
            msg = tpl.replace('{id}', str(r.randint(100000, 999999))).replace('{big}', str(r.randint(1048600, 3000000))).replace('{hex}', r.hexs(16)).replace('{hex2}', r.hexs(16))
            lines = [self.L(t, 'ERROR', logger, msg, self.http_thread())]
            if fam:
                lines += self.js.trace(java_family(r, fam, self.h), 'sched')
            self.emit(t, '\n'.join(lines))
        return '%s: new error never seen before: "%s" (~%.1f/min)' % (self.name, tpl.replace('{id}', 'N').replace('{big}', 'N').replace('{hex}', 'X').replace('{hex2}', 'Y'), rate * 60)

    def inc_disk_full(self, s, e):
        r = self.rng
        n = r.randint(3, 8)
        times = sorted(r.uniform(s, e) for _ in range(n))
        what = r.choice(['export', 'upload', 'audit'])
        for t in times:
            if what == 'export':
                msg = 'Failed to write %s export to /var/lib/%s/exports/%s-%s.csv' % (self.ents[0].lower(), self.name, self.ents[0].lower(), r.hexs(8))
            elif what == 'upload':
                msg = 'Could not persist upload chunk to /tmp/uploads/%s.part' % r.uuid()
            else:
                msg = 'Failed to flush audit log buffer to /data/audit/audit-%s.log' % tfmt(t, 'iso0z')[:10]
            lines = [self.L(t, 'ERROR', self.base + '.storage.LocalFileStore', msg, self.http_thread())] + self.js.trace(java_family(r, 'disk', self.h), 'web', 'Post')
            self.emit(t, '\n'.join(lines))
        return '%s: %d "java.io.IOException: No space left on device" errors (%s writes)' % (self.name, n, what)


# -------------------------------------------------------------- Python worker / app
class PythonService(Service):
    arche = 'python'
    kinds = {'error_burst', 'silence', 'retry_storm', 'disk_full', 'new_error', 'latency_shift'}
    wrange = (1.0, 2.5)
    lpe = 1.25
    burstiness = 0.7
    dur_field = 'task runtimes ("succeeded in N s")'

    def setup(self):
        r, b = self.rng, self.b
        self.variant = r.choice(['celery', 'celery', 'std', 'std2', 'django'])
        self.fname = r.choice(['%s.log' % self.name, 'celery-%s.log' % self.name.split('-')[0]]) if self.variant == 'celery' else '%s.log' % self.name
        self.h = make_hosts(self)
        self.h['celery'] = True
        self.pkg = self.h['pkg']
        self.pid = r.randint(7, 400)
        self.tid = r.randint(139600000000000, 140000000000000)
        self.workers = r.randint(2, 8)
        verbs = ['sync_orders', 'send_email', 'generate_invoice', 'recalculate_stock', 'push_webhook', 'index_document', 'export_report',
                 'refresh_rates', 'process_refund', 'resize_image', 'update_search_index', 'notify_followers', 'import_tracking', 'expire_carts']
        self.tasks = ['%s.tasks.%s' % (self.pkg, v) for v in r.sample(verbs, 7)]
        self.task_med = {tk: r.choice([0.05, 0.12, 0.3, 0.8, 2.0]) for tk in self.tasks}
        self.tpick = Picker([(1.0 / (i + 1), tk) for i, tk in enumerate(self.tasks)])
        self.retry_style = r.choice(['urllib3', 'kombu', 'tenacity', 'plain'])
        self.buckets = ['%s-%s' % (b.company, x) for x in ('exports', 'uploads', 'reports')]
        T = self
        self.tpl = Picker([
            (40, T.t_task), (5, T.t_fetch), (3, T.t_upload), (4, T.t_email), (4, T.t_batch), (6, T.t_httpx),
            (2, T.t_urllib_conn), (2, T.t_cache), (0.3, T.t_ratelimited), (0.4, T.t_skip), (0.15, T.t_task_retry),
            (2, T.t_report), (2, T.t_webhook), (0.12, T.t_task_fail), (0.02, T.t_retry), (1, T.t_token), (1.5, T.t_dup),
        ])

    def L(self, t, lvl, logger, msg, proc=None):
        v = self.variant
        if v == 'celery':
            return '[%s: %s/%s] %s' % (tfmt(t, 'sp3comma'), lvl, proc or 'MainProcess', msg)
        if v == 'std':
            return '%s - %s - %s - %s' % (tfmt(t, 'sp3comma'), logger, lvl, msg)
        if v == 'std2':
            return '%s %-8s %s: %s' % (tfmt(t, 'sp3comma'), lvl, logger, msg)
        return '%s %s %s %d %d %s' % (lvl, tfmt(t, 'sp3comma'), logger.rsplit('.', 1)[-1], self.pid, self.tid, msg)

    def wproc(self):
        return 'ForkPoolWorker-%d' % self.rng.randint(1, self.workers)

    def t_task(self, t, force_fail=None):
        r = self.rng
        tk = self.tpick.pick(r)
        tid = r.uuid()
        self.emit(t, self.L(t, 'INFO', 'celery.worker.strategy', 'Task %s[%s] received' % (tk, tid)))
        d = r.ln(self.task_med[tk], 0.6) * self.lat(t)
        t2 = t + d + r.uniform(0.001, 0.05)
        res = r.choice(['None', 'None', "{'status': 'ok'}", str(r.randint(0, 500)), 'True'])
        self.emit(t2, self.L(t2, 'INFO', 'celery.app.trace', 'Task %s[%s] succeeded in %ss: %s' % (tk, tid, ('%.6f' % d).rstrip('0'), res), self.wproc()))

    def t_fetch(self, t):
        r = self.rng
        tbl, fk = r.choice(self.b.dom['tables'])
        self.emit(t, self.L(t, 'INFO', '%s.repository' % self.pkg, 'Fetched %d rows from %s (cursor=%d)' % (r.skew(500, 2), tbl, r.randint(1, 9000000)), self.wproc()))

    def t_upload(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'INFO', '%s.storage' % self.pkg, 'Uploaded %s/%s.json.gz to s3://%s (%d KiB)' % (
            tfmt(t, 'iso0z')[:10], r.uuid(), r.choice(self.buckets), r.randint(2, 9000)), self.wproc()))

    def t_email(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'INFO', '%s.notify' % self.pkg, 'Sent email template=%s to user_id=%s via %s message_id=<%s@%s>' % (
            r.choice(['order_confirmation', 'password_reset', 'weekly_digest', 'invoice_ready', 'shipping_update']), self.b.user(r),
            r.choice(['ses', 'sendgrid', 'postmark']), r.hexs(24), r.choice(['email.amazonses.com', 'sendgrid.net', 'mtasv.net'])), self.wproc()))

    def t_batch(self, t):
        r = self.rng
        ok = r.randint(20, 500)
        self.emit(t, self.L(t, 'INFO', '%s.pipeline' % self.pkg, 'Processed batch %s: %d ok, %d skipped in %.2fs' % (
            r.hexs(8), ok, r.skew(6, 3), r.ln(0.9, 0.5) * self.lat(t)), self.wproc()))

    def t_httpx(self, t):
        r = self.rng
        host = self.h['partner'] if r.random() < 0.6 else '%s.%s.svc.cluster.local' % (r.choice(self.b.dom['svcs']), self.b.ns)
        st = '200 OK' if r.random() > 0.004 else r.choice(['404 Not Found', '409 Conflict', '429 Too Many Requests'])
        self.emit(t, self.L(t, 'INFO', 'httpx', 'HTTP Request: %s https://%s/v1/%s "HTTP/1.1 %s"' % (
            r.choice(['GET', 'POST', 'POST']), host, r.choice(['charges', 'messages', 'events', 'records', 'items/%s' % r.hexs(8)]), st), self.wproc()))

    def t_urllib_conn(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'DEBUG', 'urllib3.connectionpool', 'Starting new HTTPS connection (%d): %s:443' % (r.randint(1, 3), self.h['partner']), self.wproc()))

    def t_cache(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'DEBUG', '%s.cache' % self.pkg, 'cache %s key=%s:%s ttl=%d' % (r.choice(['hit', 'hit', 'hit', 'miss', 'set']), self.pkg, r.hexs(10), r.choice([60, 300, 3600])), self.wproc()))

    def t_ratelimited(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'WARNING', '%s.clients' % self.pkg, 'Rate limited by %s, backing off %.1fs' % (self.h['partner'], r.uniform(0.5, 8)), self.wproc()))

    def t_skip(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'WARNING', '%s.pipeline' % self.pkg, "Skipping record %s: missing field '%s'" % (r.hexs(12), r.choice(['email', 'country', 'sku', 'amount'])), self.wproc()))

    def t_task_retry(self, t):
        r = self.rng
        tk = self.tpick.pick(r)
        self.emit(t, self.L(t, 'INFO', 'celery.app.trace', "Task %s[%s] retry: Retry in %ds: %s" % (
            tk, r.uuid(), r.choice([10, 30, 60]), r.choice(["ConnectionResetError(104, 'Connection reset by peer')", "HTTPError('502 Server Error: Bad Gateway')",
                                                           "ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='%s', port=443): Read timed out. (read timeout=10)\"))" % self.h['partner']])), self.wproc()))

    def t_report(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'INFO', '%s.reports' % self.pkg, 'Generated report %s (%d rows) in %.2fs' % (r.uuid()[:8], r.randint(10, 50000), r.ln(2.0, 0.6) * self.lat(t)), self.wproc()))

    def t_webhook(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'INFO', '%s.webhooks' % self.pkg, 'Webhook %s for account %s dispatched, status=%d' % (
            r.choice(['order.updated', 'invoice.paid', 'shipment.delivered', 'task.completed']), r.hexs(10), r.choice([200, 200, 200, 202, 204])), self.wproc()))

    def t_token(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'INFO', '%s.auth' % self.pkg, 'Token for %s expires in %ds, refreshing' % (self.h['partner'], r.randint(30, 300)), self.wproc()))

    def t_dup(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'DEBUG', '%s.pipeline' % self.pkg, 'Skipping duplicate event %s (seen %ds ago)' % (r.uuid(), r.randint(1, 3000)), self.wproc()))

    def fail_lines(self, t, fam, tk=None):
        r = self.rng
        tk = tk or self.tpick.pick(r)
        tb = py_traceback(r, fam, self.h)
        last = [x for x in tb if not x.startswith(' ') and ': ' in x and not x.startswith('Traceback')][-1]
        exc_name, _, exc_msg = last.partition(': ')
        short = exc_name.split('.')[-1]
        if self.variant == 'celery':
            head = "Task %s[%s] raised unexpected: %s(%s)" % (tk, r.uuid(), short, repr(exc_msg.split('\n')[0]))
            return [self.L(t, 'ERROR', 'celery.app.trace', head, self.wproc())] + tb
        head = r.choice(['Unhandled exception in %s' % tk, 'Task %s failed' % tk, 'Error while processing job %s' % r.uuid()])
        return [self.L(t, 'ERROR', '%s.worker' % self.pkg, head, self.wproc())] + tb

    def t_task_fail(self, t):
        self.emit(t, '\n'.join(self.fail_lines(t, self.rng.choice(['keyerror', 'json', 'softlimit', 'attr']))))

    def retry_line(self, t, w, a, bo):
        r = self.rng
        st = self.retry_style
        if st == 'urllib3':
            return self.L(t, 'WARNING', 'urllib3.connectionpool', "Retrying (Retry(total=%d, connect=None, read=None, redirect=None, status=None)) after connection broken by "
                          "'NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused')': /v1/%s" % (
                              max(0, 5 - a), r.hexs(10), r.choice(['charges', 'events', 'records'])), 'ForkPoolWorker-%d' % (w % self.workers + 1))
        if st == 'kombu':
            return self.L(t, 'ERROR', 'celery.worker.consumer.consumer', 'consumer: Cannot connect to amqp://%s:**@%s:5672//: [Errno 111] Connection refused.\nTrying again in %.2f seconds... (%d/100)\n' % (
                self.b.company, self.b.rabbit, min(32.0, 2.0 * a), a))
        if st == 'tenacity':
            return self.L(t, 'WARNING', '%s.db' % self.pkg, 'Retrying %s.db.connect in %.1f seconds as it raised OperationalError: (psycopg2.OperationalError) connection to server at "%s" (%s), port 5432 failed: Connection refused.' % (
                self.pkg, bo, self.b.dbhost, self.b.db_ip), 'ForkPoolWorker-%d' % (w % self.workers + 1))
        return self.L(t, 'WARNING', '%s.db' % self.pkg, 'retrying connection to %s:5432 attempt %d' % (self.b.dbhost, a), 'ForkPoolWorker-%d' % (w % self.workers + 1))

    def t_retry(self, t):
        self.emit(t, self.retry_line(t, 0, 1, 1.0))

    def healthy(self, t):
        self.tpl.pick(self.rng)(t)

    def periodic(self):
        r = self.rng
        beat = [('cleanup-expired-sessions', 300), ('refresh-exchange-rates', 900), ('sync-partner-catalog', 3600)]
        for name, per in beat:
            for t in self.every(per):
                tk = r.choice(self.tasks)
                self.emit(t, self.L(t, 'INFO', 'celery.beat', 'Scheduler: Sending due task %s (%s)' % (name, tk)))
        for t in self.every(r.choice([60, 120]), 0.5):
            self.emit(t, self.L(t, 'DEBUG' if r.random() < 0.5 else 'INFO', '%s.health' % self.pkg, 'heartbeat ok: %d active tasks, prefetch=%d, rss=%dMiB' % (
                r.randint(0, self.workers), self.workers * 4, r.randint(120, 480))))
        for t in self.daily(r.randint(0, 23), r.randint(0, 59)):
            self.emit(t, self.L(t, 'INFO', '%s.backup' % self.pkg, 'Daily backup of %s finished: s3://%s/backups/%s.dump (%.1f GiB, %ds)' % (
                self.b.dom['db'], self.buckets[0], tfmt(t, 'iso0z')[:10], r.uniform(2, 40), r.randint(120, 1500))))
        for t in self.at_minute(r.randint(0, 59)):
            self.emit(t, self.L(t, 'INFO', '%s.maintenance' % self.pkg, 'Rotated API credentials cache (%d entries)' % r.randint(10, 90)))

    # -- incidents
    def inc_error_burst(self, s, e):
        r = self.rng
        fam = r.choice(['requests_timeout', 'pg_refused', 'redis', 'keyerror', 'attr', 'boto'])
        tk = self.tpick.pick(r)
        rate = min(r.uniform(0.4, 3.0), 9000.0 / (e - s) / 16)
        t = s
        n = 0
        sample = None
        while True:
            x = (t - s) / (e - s)
            f = min(1.0, max(x, 0.0) * 10) * (1.0 if x < 0.85 else max(0.2, (1 - x) / 0.15))
            t += r.expovariate(max(rate * f, 0.05))
            if t >= e:
                break
            lines = self.fail_lines(t, fam, tk if r.random() < 0.7 else None)
            sample = sample or lines
            self.emit(t, '\n'.join(lines))
            n += 1
        exc = [x for x in sample if not x.startswith(' ') and ': ' in x and not x.startswith('Traceback') and not x.startswith('[') and not x[:4].isdigit()]
        return '%s: burst of ~%d task failures with Python tracebacks (%s)' % (self.name, n, (exc[-1] if exc else fam)[:140])

    def inc_retry_storm(self, s, e):
        r = self.rng
        rate = min(r.uniform(5, 25), 14000.0 / (e - s) / (3 if self.retry_style == 'kombu' else 1))
        if self.retry_style == 'kombu':
            rate = min(rate, 3)
        self.storm(s, e, self.retry_line, rate, max_attempts=0 if self.retry_style == 'kombu' else None)
        desc = {'urllib3': 'urllib3 "Retrying (Retry(total=N ...)) after connection broken by NewConnectionError"',
                'kombu': 'celery "consumer: Cannot connect to amqp://...@%s:5672//... Trying again"' % self.b.rabbit,
                'tenacity': '"Retrying %s.db.connect in N seconds as it raised OperationalError"' % self.pkg,
                'plain': '"retrying connection to %s:5432 attempt N"' % self.b.dbhost}[self.retry_style]
        return '%s: retry storm, %s explodes in rate' % (self.name, desc)

    def inc_new_error(self, s, e):
        r = self.rng
        opts = [
            ("Failed to render template 'emails/%s.html': jinja2.exceptions.UndefinedError: 'dict object' has no attribute '%s'" % (
                r.choice(['order_confirmation', 'digest', 'invoice']), r.choice(['shipping_eta', 'first_name', 'tax_total'])), None),
            ('S3 upload failed for s3://%s/{key}: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied' % self.buckets[1], None),
            ("Schema mismatch in event %s v%d: field '%s' expected int, got str" % (r.choice(['OrderPlaced', 'InvoicePaid', 'ParcelScanned']), r.randint(2, 4), r.choice(['amount', 'qty', 'weight_g'])), None),
            ('1 validation error for %sPayload\n%s\n  Field required [type=missing, input_value={...}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.9/v/missing' % (
                r.choice(['Webhook', 'Refund', 'Tracking']), r.choice(['event_id', 'currency', 'carrier_code'])), None),
            ('Signature mismatch for webhook from %s (key id %s)' % (r.choice(PSPS), r.hexs(6)), None),
        ]
        tpl, _ = r.choice(opts)
        rate = r.uniform(1.5, 6.0) / 60
        t = s
        while True:
            t += r.expovariate(rate)
            if t >= e:
                break
            msg = tpl.replace('{key}', '%s/%s.json' % (tfmt(t, 'iso0z')[:10], r.uuid()))
            self.emit(t, self.L(t, 'ERROR', '%s.pipeline' % self.pkg, msg, self.wproc()))
        return '%s: new error never seen before: "%s" (~%.1f/min)' % (self.name, tpl.split('\n')[0].replace('{key}', 'KEY'), rate * 60)

    def inc_disk_full(self, s, e):
        r = self.rng
        n = r.randint(3, 8)
        for t in sorted(r.uniform(s, e) for _ in range(n)):
            if r.random() < 0.5:
                self.emit(t, '\n'.join(self.fail_lines(t, 'disk')))
            else:
                self.emit(t, self.L(t, 'ERROR', '%s.export' % self.pkg, "Failed to write export /var/lib/%s/tmp/export-%s.csv: [Errno 28] No space left on device" % (self.name, r.hexs(8)), self.wproc()))
        return '%s: %d "[Errno 28] No space left on device" errors' % (self.name, n)


# -------------------------------------------------------------- Go service, logfmt-ish text
class GoService(Service):
    arche = 'logfmt'
    kinds = {'silence', 'retry_storm', 'latency_shift', 'panic', 'new_error'}
    wrange = (1.5, 3.5)
    burstiness = 0.9

    def setup(self):
        r, b = self.rng, self.b
        self.variant = r.choice(['gokit', 'logrus', 'zerolog', 'hclog'])
        self.fname = self.name + r.choice(['.log', '.log', '-stderr.log'])
        self.off = r.choice([0, 0, 60, -300]) if self.variant == 'logrus' else 0
        self.dkey, self.dfmt = r.choice([('duration', 'go'), ('took', 'go'), ('duration_ms', 'ms'), ('latency', 's'), ('elapsed', 'go')])
        self.dur_field = '%s= values of "request handled"-style lines' % self.dkey
        self.sub = r.choice(['api', 'server', 'worker', 'http', 'core'])
        self.h = make_hosts(self)
        self.eps = Picker([(e[2], e) for e in b.dom['endpoints'] if e[5] == 'api'])
        self.grpc_svc = '%s.v1.%sService' % (b.company, r.choice(b.dom['entities']))
        self.peers = r.sample([s for s in b.dom['svcs'] if s != self.name], 3)
        self.retry_style = r.choice(['dial', 'grpc', 'nats', 'plain'])
        self.retry_addr = r.choice(['%s:5432' % b.dbhost, '%s:6379' % b.redis, '%s:9090' % self.peers[0]])
        self.version = 'v%d.%d.%d' % (r.randint(1, 3), r.randint(0, 40), r.randint(0, 12))
        self.callers = {}
        self.req_msg = r.choice(['request handled', 'http request', 'served', 'request completed'])
        T = self
        self.tpl = Picker([
            (40, T.t_req), (10, T.t_grpc), (3, T.t_cache), (4, T.t_flush), (3, T.t_lag), (3, T.t_auth), (2, T.t_dns),
            (3, T.t_job), (0.3, T.t_ratelimit), (0.4, T.t_invalid), (0.1, T.t_upstream_fail), (0.5, T.t_canceled),
            (0.25, T.t_tls), (0.02, T.t_retry), (2, T.t_enqueue), (1.5, T.t_sql), (1.5, T.t_ws), (1, T.t_webhook), (0.8, T.t_idem),
        ])

    def caller(self, key):
        if key not in self.callers:
            self.callers[key] = '%s.go:%d' % (self.rng.choice(['server', 'handler', 'middleware', 'worker', 'store', 'client', 'consumer', 'main']), self.rng.randint(20, 400))
        return self.callers[key]

    def dur(self, sec):
        if self.dfmt == 'go':
            return godur(sec)
        if self.dfmt == 'ms':
            return '%.3f' % (sec * 1000)
        return '%.6f' % sec

    def L(self, t, lvl, msg, kv=()):
        v = self.variant
        kvs = ' '.join('%s=%s' % (k, lf(x)) for k, x in kv)
        if v == 'gokit':
            return ('ts=%s caller=%s level=%s msg=%s %s' % (tfmt(t, 'iso9z'), self.caller(re.sub(r'\d+', 'N', msg)), lvl, lf(msg), kvs)).rstrip()
        if v == 'logrus':
            ts = tfmt(t, 'iso0off', self.off) if self.off else tfmt(t, 'iso0z')
            return ('time="%s" level=%s msg=%s %s' % (ts, {'warn': 'warning'}.get(lvl, lvl), lf(msg), kvs)).rstrip()
        if v == 'zerolog':
            return ('%s %s %s %s' % (tfmt(t, 'iso3z'), {'info': 'INF', 'warn': 'WRN', 'error': 'ERR', 'debug': 'DBG'}[lvl], msg, kvs)).rstrip()
        ls = '[%s]' % lvl.upper()
        return '%s %s%s%s: %s%s' % (tfmt(t, 'iso3z'), ls, ' ' * (8 - len(ls)), self.sub, msg, (': ' + kvs) if kvs else '')

    def std(self, t, msg):
        return '%s %s' % (tfmt(t, 'gostd'), msg)

    def t_req(self, t):
        r = self.rng
        method, ptpl, _, med, (lo, hi), _ = self.eps.pick(r)
        path, _ = fill(ptpl, self.b, r)
        st = 200 if method != 'POST' else r.choice([200, 201])
        x = r.random()
        if x < 0.004:
            st = 404
        elif x < 0.008:
            st = r.choice([400, 401, 422])
        elif x < 0.0085:
            st = 500
        sec = r.ln(med * 0.8, 0.55) / 1000.0 * self.lat(t)
        if r.random() < 0.008:
            sec *= r.uniform(3, 10)
        kv = [('method', method), ('path', path.split('?')[0]), ('status', st), (self.dkey, self.dur(sec)), ('bytes', r.randint(lo, hi) if hi else 0),
              ('request_id', self.b.req_id(r))]
        if r.random() < 0.5:
            kv.append(('remote', '%s:%d' % (self.b.internal_ip(r), r.randint(32768, 60999))))
        self.emit(t, self.L(t, 'info' if st < 500 else 'error', self.req_msg, kv))

    def t_grpc(self, t):
        r = self.rng
        code = 'OK' if r.random() > 0.006 else r.choice(['NotFound', 'InvalidArgument', 'DeadlineExceeded', 'Unavailable'])
        kv = [('grpc.service', self.grpc_svc), ('grpc.method', r.choice(['Get', 'List', 'Create', 'Reserve', 'BatchGet'])),
              ('grpc.code', code), ('grpc.time_ms', '%.3f' % (r.ln(6, 0.6) * self.lat(t))), ('peer.address', '%s:%d' % (self.b.internal_ip(r), r.randint(32768, 60999)))]
        self.emit(t, self.L(t, 'info' if code in ('OK', 'NotFound', 'InvalidArgument') else 'warn', 'finished unary call with code ' + code, kv))

    def t_cache(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'debug', 'cache refreshed', [('cache', r.choice(['routes', 'tenants', 'prices', 'flags'])), ('entries', r.randint(50, 9000)), ('took', godur(r.ln(0.03, 0.6)))]))

    def t_flush(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'info', 'flushed batch', [('topic', r.choice(self.b.dom['topics'])), ('count', r.randint(1, 500)), ('bytes', r.randint(500, 900000))]))

    def t_lag(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'debug', 'consumer lag', [('group', self.name), ('partition', r.randint(0, 11)), ('lag', r.skew(300, 3))]))

    def t_auth(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'debug', 'authorized request', [('subject', self.b.user(r)), ('scopes', r.choice(['read', 'read,write', 'admin']))]))

    def t_dns(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'debug', 'resolved upstream', [('host', '%s.%s.svc.cluster.local' % (r.choice(self.peers), self.b.ns)), ('addrs', r.randint(1, 4)), ('took', godur(r.ln(0.0008, 0.7)))]))

    def t_job(self, t):
        r = self.rng
        job = r.choice(['reindex', 'compact', 'sync', 'expire', 'rollup'])
        self.emit(t, self.L(t, 'info', 'job completed', [('job', job), ('id', r.hexs(12)), ('items', r.randint(0, 2000)), ('took', godur(r.ln(0.4, 0.8) * self.lat(t)))]))

    def t_ratelimit(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'warn', 'rate limit exceeded', [('client', 'key_%s' % r.hexs(8)), ('limit', r.choice([50, 100, 500])), ('window', '1s')]))

    def t_invalid(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'warn', 'invalid request', [('err', r.choice(['json: cannot unmarshal string into Go struct field CreateRequest.quantity of type int',
                                                                           'missing required field "currency"', 'invalid UUID length: 35', 'unexpected EOF'])),
                                                          ('request_id', self.b.req_id(r))]))

    def t_upstream_fail(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'error', 'upstream request failed', [('upstream', r.choice(self.peers)), ('err', r.choice(['context deadline exceeded', 'EOF',
                                                                                                                     'read: connection reset by peer'])), ('attempt', 1)]))

    def t_canceled(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'info', 'client canceled request', [('path', fill(self.eps.pick(r)[1], self.b, r)[0].split('?')[0]), ('err', 'context canceled')]))

    def t_tls(self, t):
        r = self.rng
        self.emit(t, self.std(t, 'http: TLS handshake error from %s:%d: %s' % (r.public_ip(), r.randint(1024, 65000), r.choice(['EOF', 'EOF', 'tls: first record does not look like a TLS handshake',
                                                                                                                             'read tcp 10.0.1.12:8443->%s:%d: read: connection reset by peer' % (r.public_ip(), r.randint(1024, 65000)),
                                                                                                                             'tls: client offered only unsupported versions: [302 301]']))))

    def retry_line(self, t, w, a, bo):
        r = self.rng
        st = self.retry_style
        if st == 'dial':
            return self.L(t, 'warn', 'dial failed, backing off', [('addr', self.retry_addr), ('attempt', a), ('backoff', godur(bo)),
                                                                  ('err', 'dial tcp %s:%s: connect: connection refused' % (self.b.internal_ip(r) if 'db' not in self.retry_addr else self.b.db_ip, self.retry_addr.rsplit(':', 1)[1]))])
        if st == 'grpc':
            return '%s WARNING: [core] [Channel #%d SubChannel #%d] grpc: addrConn.createTransport failed to connect to {Addr: "%s:9090", ServerName: "%s:9090", }. Err: connection error: desc = "transport: Error while dialing: dial tcp %s:9090: connect: connection refused"' % (
                tfmt(t, 'gostd'), w % 6 + 1, w + 7, self.h['peer_ip'], self.peers[0], self.h['peer_ip'])
        if st == 'nats':
            return self.L(t, 'warn', 'nats: reconnecting', [('url', 'nats://nats.%s.svc:4222' % self.b.ns), ('attempt', a), ('err', 'dial tcp: lookup nats.%s.svc: i/o timeout' % self.b.ns)])
        return self.L(t, 'warn', 'retrying connection to %s attempt %d' % (self.retry_addr, a), [('worker', w)])

    def t_retry(self, t):
        self.emit(t, self.retry_line(t, 0, 1, 0.1))

    def t_enqueue(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'info', 'enqueued task', [('queue', r.choice(['default', 'critical', 'low'])), ('task', r.choice(['send_notification', 'recalc', 'webhook'])), ('id', r.uuid())]))

    def t_sql(self, t):
        r = self.rng
        tbl, fk = r.choice(self.b.dom['tables'])
        self.emit(t, self.L(t, 'debug', 'query', [('sql', 'SELECT id, status FROM %s WHERE %s = $1' % (tbl, fk)), ('rows', r.skew(100, 3)), ('took', godur(r.ln(0.002, 0.7) * self.lat(t)))]))

    def t_ws(self, t):
        r = self.rng
        if r.random() < 0.5:
            self.emit(t, self.L(t, 'info', 'websocket connected', [('conn_id', r.hexs(12)), ('user', self.b.user(r)), ('subprotocol', 'v2.json')]))
        else:
            self.emit(t, self.L(t, 'info', 'websocket closed', [('conn_id', r.hexs(12)), ('code', r.choice([1000, 1001, 1001, 1006])), ('duration', godur(r.ln(240, 1.2)))]))

    def t_webhook(self, t):
        r = self.rng
        self.emit(t, self.L(t, 'info', 'webhook delivered', [('endpoint', 'https://%s/hooks/%s' % (r.choice(['hooks.zapier.com', 'example-erp.net', 'api.partner.io']), r.hexs(8))),
                                                            ('status', r.choice([200, 200, 202, 204])), ('attempt', 1), (self.dkey, self.dur(r.ln(0.25, 0.6)))]))

    def t_idem(self, t):
        self.emit(t, self.L(t, 'debug', 'idempotency key replayed', [('key', self.rng.uuid()), ('age', godur(self.rng.uniform(1, 3000)))]))

    def healthy(self, t):
        self.tpl.pick(self.rng)(t)

    def startup(self, t):
        r = self.rng
        out = [(t, self.L(t, 'info', 'starting %s' % self.name, [('version', self.version), ('commit', r.hexs(7)), ('go', 'go1.%d.%d' % (r.randint(21, 23), r.randint(0, 9)))]))]
        t += r.uniform(0.01, 0.1)
        out.append((t, self.L(t, 'info', 'loaded configuration', [('path', '/etc/%s/config.yaml' % self.name), ('env', 'production')])))
        t += r.uniform(0.05, 0.6)
        out.append((t, self.L(t, 'info', 'connected to database', [('host', self.b.dbhost), ('pool_max', r.choice([10, 20, 25]))])))
        t += r.uniform(0.01, 0.3)
        out.append((t, self.L(t, 'info', 'listening', [('addr', ':8080'), ('grpc', ':9090'), ('metrics', ':9100')])))
        return out

    def periodic(self):
        r = self.rng
        for t in self.every(60, 0.2):
            self.emit(t, self.L(t, 'debug', 'runtime stats', [('goroutines', r.randint(30, 600)), ('heap_alloc', '%dMiB' % r.randint(30, 400)), ('num_gc', int((t - self.t0) / 9) + 1000), ('gc_pause', godur(r.ln(0.0004, 0.5)))]))
        for t in self.every(30):
            self.emit(t, self.L(t, 'debug', 'lease renewed', [('lease', '%s-leader' % self.name), ('holder', self.b.pod_name(r, self.name) if r.random() < 0.01 else self.name + '-0'), ('ttl', '15s')]))
        for t in self.every(900, 1):
            self.emit(t, self.L(t, 'info', 'certificate check', [('cert', '/etc/tls/tls.crt'), ('not_after', tfmt(self.t0 + 86400 * r.randint(20, 60), 'iso0z')), ('ok', 'true')]))
        for t in self.at_minute(r.randint(0, 59), r.uniform(0, 5)):
            self.emit(t, self.L(t, 'info', 'compaction finished', [('segments', r.randint(2, 40)), ('reclaimed', '%dMiB' % r.randint(1, 900)), ('took', godur(r.uniform(0.5, 30)))]))

    # -- incidents
    def inc_panic(self, s, e):
        r = self.rng
        t = s
        mod = 'github.com/%s/%s' % (self.b.company, self.name)
        kind = r.choice(['nil', 'index', 'map', 'conv', 'closed'])
        head = {'nil': 'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]' % (r.choice([0x0, 0x8, 0x18, 0x30]), r.randint(0x400000, 0xc00000)),
                'index': 'panic: runtime error: index out of range [%d] with length %d' % (r.randint(1, 9), r.randint(0, 1)),
                'map': 'fatal error: concurrent map writes',
                'conv': 'panic: interface conversion: interface {} is nil, not string',
                'closed': 'panic: send on closed channel'}[kind]
        pkgs = ['internal/handler', 'internal/service', 'internal/store', 'internal/cache']
        frames = []
        for i in range(r.randint(3, 6)):
            p = r.choice(pkgs)
            frames.append('%s/%s.(*%s).%s(0xc000%s, {0x%x, 0xc000%s})\n\t/src/%s/%s.go:%d +0x%x' % (
                mod, p, r.choice(['Handler', 'Service', 'Store', 'Cache', 'Pricer']), r.choice(['Get', 'Apply', 'Reserve', 'lookup', 'merge', 'ServeHTTP']),
                r.hexs(6), r.randint(0x1000000, 0x2000000), r.hexs(6), p, r.choice(['orders', 'items', 'cache', 'quote']), r.randint(30, 500), r.randint(0x20, 0x4ff)))
        gid = r.randint(20, 90000)
        crash = r.random() < 0.6 or kind == 'map'
        if crash:
            lines = head + '\n\ngoroutine %d [running]:\n' % gid + '\n'.join(frames) + \
                '\nnet/http.HandlerFunc.ServeHTTP(0xc000%s, {0x1d2e6a0, 0xc000%s}, 0xc000%s)\n\t/usr/local/go/src/net/http/server.go:2220 +0x29\nnet/http.serverHandler.ServeHTTP({0xc000%s}, {0x1d2e6a0, 0xc000%s}, 0xc000%s)\n\t/usr/local/go/src/net/http/server.go:3210 +0x8e\nnet/http.(*conn).serve(0xc000%s, {0x1d31b68, 0xc000%s})\n\t/usr/local/go/src/net/http/server.go:2092 +0x5d0\ncreated by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3360 +0x485' % tuple(r.hexs(6) for _ in range(8))
            self.emit(t, lines)
            gap = r.uniform(3, 45)
            self.silences.append((t + 0.001, t + gap))
            for tt, x in self.startup(t + gap + 0.01):
                self.emit(tt, x)
            return '%s: Go %s with goroutine trace; process crashed and restarted ~%.0fs later (startup lines)' % (self.name, head.split('\n')[0], gap)
        lines = '%s http: panic serving %s:%d: %s\ngoroutine %d [running]:\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1947 +0xbe\npanic({0x%x?, 0xc000%s?})\n\t/usr/local/go/src/runtime/panic.go:785 +0x132\n' % (
            tfmt(t, 'gostd'), self.b.internal_ip(r), r.randint(32768, 60999), head.split('\n')[0].replace('panic: ', ''), gid, r.randint(0x900000, 0xa00000), r.hexs(6)) + '\n'.join(frames) + \
            '\nnet/http.serverHandler.ServeHTTP({0xc000%s?}, {0x1d2e6a0?, 0xc000%s?}, 0x6?)\n\t/usr/local/go/src/net/http/server.go:3210 +0x8e\nnet/http.(*conn).serve(0xc000%s, {0x1d31b68, 0xc000%s})\n\t/usr/local/go/src/net/http/server.go:2092 +0x5d0\ncreated by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3360 +0x485' % tuple(r.hexs(6) for _ in range(4))
        self.emit(t, lines)
        return '%s: single recovered Go panic in HTTP handler ("http: panic serving ...: %s") with goroutine trace' % (self.name, head.split('\n')[0].replace('panic: ', ''))

    def inc_retry_storm(self, s, e):
        r = self.rng
        rate = min(r.uniform(6, 30), 14000.0 / (e - s))
        self.storm(s, e, self.retry_line, rate, max_attempts=0 if self.retry_style == 'grpc' else None)
        desc = {'dial': '"dial failed, backing off" addr=%s attempt=N' % self.retry_addr,
                'grpc': 'grpc "addrConn.createTransport failed to connect to %s:9090 ... Reconnecting"' % self.peers[0],
                'nats': '"nats: reconnecting" attempt=N',
                'plain': '"retrying connection to %s attempt N"' % self.retry_addr}[self.retry_style]
        return '%s: retry storm, %s explodes in rate' % (self.name, desc)

    def inc_new_error(self, s, e):
        r = self.rng
        opts = [
            ('failed to refresh token', 'err', 'oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_client","error_description":"client secret expired"}'),
            ('x509 verification failed', 'err', 'x509: certificate has expired or is not yet valid: current time %s is after %s' % (tfmt(s, 'iso0z'), tfmt(s - 3600 * r.randint(1, 20), 'iso0z'))),
            ('unexpected message type', 'type', r.choice(['order.v3.Adjusted', 'parcel.v2.Merged', 'tenant.v1.Split'])),
            ('failed to write checkpoint', 'err', 'open /data/checkpoints/%s.ckpt: permission denied' % self.name),
            ('quota lookup failed', 'err', 'pq: relation "tenant_quotas_v2" does not exist'),
            ('failed to decode cursor', 'err', 'illegal base64 data at input byte %d' % r.randint(4, 40)),
        ]
        msg, k, v = r.choice(opts)
        rate = r.uniform(1.5, 6.0) / 60
        t = s
        while True:
            t += r.expovariate(rate)
            if t >= e:
                break
            self.emit(t, self.L(t, 'error', msg, [(k, v), ('request_id', self.b.req_id(r))]))
        return '%s: new error never seen before: msg="%s" %s="%s" (~%.1f/min)' % (self.name, msg, k, v.split('\n')[0][:90], rate * 60)


# -------------------------------------------------------------- syslog (RFC 3164)
class Syslog(Service):
    arche = 'syslog'
    kinds = {'oom_kill', 'panic', 'disk_full'}
    wrange = (0.6, 1.5)
    burstiness = 0.5

    def setup(self):
        r, b = self.rng, self.b
        self.host = b.node_short
        self.fname = r.choice(['syslog', 'messages', '%s-syslog.log' % self.host, 'kern-and-daemons.log'])
        self.up0 = r.uniform(2e5, 6e6)
        self.myip = b.node_ip
        self.aws = b.cloud == 'aws'
        self.nic = r.choice(['ens5', 'eth0']) if self.aws else 'ens4'
        self.ntp = '169.254.169.123' if self.aws else 'metadata.google.internal (169.254.169.254)'
        self.hw = 'Amazon EC2 %s/, BIOS 1.0 10/16/2017' % r.choice(['m5.xlarge', 'm6i.2xlarge', 'c5.2xlarge', 'r5.large']) if self.aws else 'Google Google Compute Engine/Google Compute Engine, BIOS Google 08/08/2024'
        self.kver = r.choice(['5.15.0-1051-aws #56~20.04.1-Ubuntu', '6.8.0-1018-aws #19~22.04.1-Ubuntu']) if self.aws else r.choice(['6.1.100+ #1 SMP PREEMPT_DYNAMIC Sat Aug 24 16:19:44 UTC 2024', '5.15.0-1062-gke #68-Ubuntu'])
        self.mac = ':'.join(r.hexs(2) for _ in range(6))
        self.p = {k: r.randint(300, 3000) for k in ['kubelet', 'containerd', 'sshd', 'chronyd', 'resolved', 'ssm', 'dhcp', 'journald', 'rsyslogd', 'networkd']}
        self.ufw = r.random() < 0.7
        self.pods = [b.pod_name(r, s) for s in r.sample(b.dom['svcs'], 5)]
        self.cron_pid = r.randint(10000, 30000)
        self.T = Picker([(20 if self.ufw else 0.01, self.t_ufw), (18, self.t_kubelet), (8, self.t_containerd), (3, self.t_ssh_probe), (0.3, self.t_chrony),
                         (0.2, self.t_resolved), (1.5, self.t_veth), (0.5, self.t_audit), (1, self.t_ssm)])

    def L(self, t, prog, msg, pid=None):
        return '%s %s %s%s: %s' % (tfmt(t, 'syslog'), self.host, prog, ('[%d]' % pid) if pid else '', msg)

    def K(self, t, msg):
        up = self.up0 + (t - self.t0)
        return self.L(t, 'kernel', '[%5d.%06d] %s' % (int(up), int((up % 1) * 1e6), msg))

    def nextpid(self):
        self.cron_pid += self.rng.randint(1, 40)
        return self.cron_pid

    def klog(self, t, lvl, src, msg):
        return '%s%s %7d %s] %s' % (lvl, tfmt(t, 'klog'), self.p['kubelet'], src, msg)

    def t_ufw(self, t):
        r = self.rng
        port = r.choice([23, 22, 3389, 445, 8080, 5900, 2375, 6379, 9200, 1433, 8443, 81, r.randint(1000, 65000)])
        self.emit(t, self.K(t, '[UFW BLOCK] IN=%s OUT= MAC=%s:%s:08:00 SRC=%s DST=%s LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 SYN URGP=0' % (
            self.nic, self.mac, ':'.join(r.hexs(2) for _ in range(6)), r.public_ip(), self.myip, r.choice([40, 44, 60]), r.randint(40, 250), r.randint(1, 65535),
            r.randint(1024, 65535), port, r.choice([1024, 65535, 29200, 14600]))))

    def t_kubelet(self, t):
        r = self.rng
        pod = r.choice(self.pods)
        x = r.random()
        if x < 0.35:
            m = self.klog(t, 'I', 'kubelet_getters.go:218', '"Pod status is inconsistent with cached status for pod, a reconciliation should be triggered" pod="%s/%s"' % (self.b.ns, pod)) if r.random() < 0.1 else \
                self.klog(t, 'I', 'prober.go:107', '"Probe succeeded" probeType="Liveness" pod="%s/%s" podUID="%s" containerName="%s"' % (self.b.ns, pod, r.uuid(), pod.rsplit('-', 2)[0]))
        elif x < 0.6:
            m = self.klog(t, 'I', 'reconciler_common.go:%d' % r.choice([231, 245, 159]), '"operationExecutor.MountVolume started for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\") pod \\"%s\\""' % (
                r.alnum(5), r.uuid(), r.alnum(5), pod))
        elif x < 0.8:
            m = self.klog(t, 'I', 'kuberuntime_manager.go:1050', '"Removing container" containerID="containerd://%s"' % r.hexs(64)) if r.random() < 0.3 else \
                self.klog(t, 'I', 'log.go:245', '"Finished parsing log file" path="/var/log/pods/%s_%s_%s/%s/0.log"' % (self.b.ns, pod, r.uuid(), pod.rsplit('-', 2)[0]))
        elif x < 0.97:
            m = self.klog(t, 'I', 'container_gc.go:88', '"Attempting to delete unused containers"') if r.random() < 0.5 else \
                self.klog(t, 'I', 'image_gc_manager.go:%d' % r.choice([354, 402]), '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=%d highThreshold=85 amountToFree=%d lowThreshold=80' % (r.randint(86, 88), r.randint(10 ** 8, 10 ** 9))) if r.random() < 0.02 else \
                self.klog(t, 'I', 'kubelet_node_status.go:%d' % r.choice([497, 680]), '"Fast updating node status as it just became ready"') if r.random() < 0.01 else \
                self.klog(t, 'I', 'cpu_manager.go:%d' % r.choice([395, 221]), '"RemoveStaleState: removing container" podUID="%s" containerName="%s"' % (r.uuid(), pod.rsplit('-', 2)[0]))
        else:
            m = self.klog(t, 'W', 'prober.go:104', '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="%s" probeResult="failure" output="Get \\"http://10.%d.%d.%d:8080/ready\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (
                self.b.ns, pod, r.uuid(), pod.rsplit('-', 2)[0], r.randint(0, 3), r.randint(0, 255), r.randint(2, 254)))
        self.emit(t, self.L(t, 'kubelet', m, self.p['kubelet']))

    def t_containerd(self, t):
        r = self.rng
        ts = tfmt(t, 'iso9z')
        m = r.choice(['time="%s" level=info msg="shim disconnected" id=%s namespace=k8s.io' % (ts, r.hexs(64)),
                      'time="%s" level=warning msg="cleaning up after shim disconnected" id=%s namespace=k8s.io' % (ts, r.hexs(64)),
                      'time="%s" level=info msg="cleaning up dead shim" namespace=k8s.io' % ts,
                      'time="%s" level=info msg="StopPodSandbox for \\"%s\\" returns successfully"' % (ts, r.hexs(64)),
                      'time="%s" level=info msg="ImageUpdate event name:\\"%s/%s:%s\\" labels:{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}"' % (ts, self.b.registry, r.choice(self.b.dom['svcs']), self.b.version),
                      'time="%s" level=info msg="RemoveContainer for \\"%s\\" returns successfully"' % (ts, r.hexs(64))])
        self.emit(t, self.L(t, 'containerd', m, self.p['containerd']))

    def t_ssh_probe(self, t):
        r = self.rng
        ip = r.public_ip()
        port = r.randint(20000, 65000)
        pid = self.nextpid()
        user = r.choice(['admin', 'test', 'ubuntu', 'oracle', 'user', 'postgres', 'git', 'ftpuser', 'root', 'support', 'pi'])
        if user == 'root':
            self.emit(t, self.L(t, 'sshd', 'Connection closed by authenticating user root %s port %d [preauth]' % (ip, port), pid))
            return
        self.emit(t, self.L(t, 'sshd', 'Invalid user %s from %s port %d' % (user, ip, port), pid))
        t2 = t + r.uniform(0.1, 2)
        self.emit(t2, self.L(t2, 'sshd', 'Received disconnect from %s port %d:11: Bye Bye [preauth]' % (ip, port), pid))
        self.emit(t2 + 0.0003, self.L(t2 + 0.0003, 'sshd', 'Disconnected from invalid user %s %s port %d [preauth]' % (user, ip, port), pid))

    def t_chrony(self, t):
        r = self.rng
        src = self.ntp.split(' ')[0]
        self.emit(t, self.L(t, 'chronyd', r.choice(['Selected source %s' % self.ntp, 'Source %s online' % src, 'System clock wrong by %.6f seconds, adjustment started' % r.uniform(-0.02, 0.02)]), self.p['chronyd']))

    def t_resolved(self, t):
        self.emit(t, self.L(t, 'systemd-resolved', 'Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.2.', self.p['resolved']))

    def t_veth(self, t):
        r = self.rng
        v = 'veth' + r.hexs(8)
        n = r.randint(2, 30)
        self.emit(t, self.K(t, 'IPv6: ADDRCONF(NETDEV_CHANGE): %s: link becomes ready' % v))
        self.emit(t + 0.0004, self.K(t + 0.0004, 'cni0: port %d(%s) entered blocking state' % (n, v)))
        self.emit(t + 0.0008, self.K(t + 0.0008, 'cni0: port %d(%s) entered forwarding state' % (n, v)))

    def t_audit(self, t):
        r = self.rng
        self.emit(t, self.K(t, 'audit: type=1400 audit(%d.%03d:%d): apparmor="DENIED" operation="open" class="file" profile="cri-containerd.apparmor.d" name="/proc/sys/kernel/%s" pid=%d comm="%s" requested_mask="r" denied_mask="r" fsuid=0 ouid=0' % (
            int(t), int((t % 1) * 1000), r.randint(100, 9999), r.choice(['osrelease', 'random/boot_id']), r.randint(1000, 60000), r.choice(['node', 'java', 'python3']))))

    def t_ssm(self, t):
        r = self.rng
        if not self.aws:
            self.emit(t, self.L(t, 'google_guest_agent', r.choice(['Updating keys for user %s.' % r.choice(['gke-admin', 'ops']), 'OS Login is not enabled on this instance.',
                                                                   'Adding existing user %s to google-sudoers group.' % r.choice(['ops', 'deploy'])]), self.p['ssm']))
            return
        self.emit(t, self.L(t, 'amazon-ssm-agent', '%s INFO [ssm-agent-worker] [MessageService] [MGSInteractor] %s' % (tfmt(t, 'sp3dot')[:-4], r.choice(
            ['listening reply.', 'Send ack for message %s' % r.uuid(), 'Sending reply %s' % r.uuid()])), self.p['ssm']))

    def healthy(self, t):
        self.T.pick(self.rng)(t)

    def periodic(self):
        r = self.rng
        for t in self.at_minute(17, r.uniform(0, 0.5)):
            pid = self.nextpid()
            self.emit(t, self.L(t, 'CRON', 'pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)', pid))
            self.emit(t + 0.002, self.L(t + 0.002, 'CRON', '(root) CMD (cd / && run-parts --report /etc/cron.hourly)', pid + 1))
            self.emit(t + 0.05, self.L(t + 0.05, 'CRON', 'pam_unix(cron:session): session closed for user root', pid))
        for m in range(5, 60, 10):
            for t in self.at_minute(m, r.uniform(0, 0.3)):
                pid = self.nextpid()
                self.emit(t, self.L(t, 'CRON', '(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)', pid))
                self.emit(t + 0.01, self.L(t + 0.01, 'systemd', 'Starting sysstat-collect.service - system activity accounting tool...', 1))
                self.emit(t + 0.05, self.L(t + 0.05, 'systemd', 'sysstat-collect.service: Deactivated successfully.', 1))
                self.emit(t + 0.051, self.L(t + 0.051, 'systemd', 'Finished sysstat-collect.service - system activity accounting tool.', 1))
        for t in self.every(r.uniform(1700, 1800)):
            self.emit(t, self.L(t, 'systemd-networkd', '%s: DHCPv4 address %s/20, gateway 10.0.0.1 acquired from 10.0.0.1' % (self.nic, self.myip), self.p['networkd']))
        for t in self.every(1800, 1):
            if not self.aws:
                self.emit(t, self.L(t, 'google_guest_agent', 'Metadata server: refreshed instance attributes (etag %s)' % r.hexs(16), self.p['ssm']))
                continue
            self.emit(t, self.L(t, 'amazon-ssm-agent', '%s INFO [CredentialRefresher] Next credential rotation will be in %.1f minutes' % (tfmt(t, 'sp3dot')[:-4], r.uniform(29, 31)), self.p['ssm']))
        for t in self.daily(0, 0):
            for i, m in enumerate(['Starting logrotate.service - Rotate log files...',
                                   '[origin software="rsyslogd" swVersion="8.2312.0" x-pid="%d" x-info="https://www.rsyslog.com"] rsyslogd was HUPed' % self.p['rsyslogd'],
                                   'logrotate.service: Deactivated successfully.', 'Finished logrotate.service - Rotate log files.']):
                tt = t + 0.3 * i + r.uniform(0, 0.2)
                self.emit(tt, self.L(tt, 'rsyslogd' if 'HUP' in m else 'systemd', m, None if 'HUP' in m else 1))
        for h in (r.randint(0, 11), r.randint(12, 23)):
            for t in self.daily(h, r.randint(0, 59)):
                self.emit(t, self.L(t, 'systemd', 'Starting certbot.service - Certbot...', 1))
                self.emit(t + 1.4, self.L(t + 1.4, 'systemd', 'certbot.service: Deactivated successfully.', 1))
                self.emit(t + 1.41, self.L(t + 1.41, 'systemd', 'Finished certbot.service - Certbot.', 1))
        for t in self.daily(r.randint(0, 23), r.randint(0, 59)):
            for i, m in enumerate(['Starting apt-daily.service - Daily apt download activities...', 'apt-daily.service: Deactivated successfully.',
                                   'Finished apt-daily.service - Daily apt download activities.']):
                self.emit(t + i * 3, self.L(t + i * 3, 'systemd', m, 1))
        hours = (self.t1 - self.t0) / 3600
        for _ in range(r.poisson(hours * 0.25)):
            t = r.uniform(self.t0, self.t1)
            pid = self.nextpid()
            sid = r.randint(100, 3000)
            adm = r.choice(['ubuntu', 'ec2-user', 'ops', 'deploy'])
            src = self.b.internal_ip(r)
            self.emit(t, self.L(t, 'sshd', 'Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s' % (adm, src, r.randint(40000, 60000), r.alnum(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')), pid))
            self.emit(t + 0.02, self.L(t + 0.02, 'sshd', 'pam_unix(sshd:session): session opened for user %s(uid=1000) by (uid=0)' % adm, pid))
            self.emit(t + 0.05, self.L(t + 0.05, 'systemd-logind', 'New session %d of user %s.' % (sid, adm), r.randint(500, 900)))
            self.emit(t + 0.06, self.L(t + 0.06, 'systemd', 'Started session-%d.scope - Session %d of User %s.' % (sid, sid, adm), 1))
            tt = t + r.uniform(10, 120)
            for _ in range(r.randint(1, 4)):
                self.emit(tt, self.L(tt, 'sudo', '%8s : TTY=pts/0 ; PWD=/home/%s ; USER=root ; COMMAND=%s' % (adm, adm, r.choice(
                    ['/usr/bin/journalctl -u kubelet --since today', '/usr/bin/systemctl status containerd', '/usr/bin/crictl ps', '/usr/bin/df -h', '/usr/bin/tail -n 200 /var/log/syslog']))))
                self.emit(tt + 0.001, self.L(tt + 0.001, 'sudo', 'pam_unix(sudo:session): session opened for user root(uid=0) by %s(uid=1000)' % adm))
                self.emit(tt + 0.3, self.L(tt + 0.3, 'sudo', 'pam_unix(sudo:session): session closed for user root'))
                tt += r.uniform(5, 90)
            self.emit(tt, self.L(tt, 'sshd', 'Received disconnect from %s port %d:11: disconnected by user' % (src, r.randint(40000, 60000)), pid))
            self.emit(tt + 0.01, self.L(tt + 0.01, 'sshd', 'pam_unix(sshd:session): session closed for user %s' % adm, pid))
            self.emit(tt + 0.02, self.L(tt + 0.02, 'systemd-logind', 'Session %d logged out. Waiting for processes to exit.' % sid, r.randint(500, 900)))

    # -- incidents
    def inc_oom_kill(self, s, e):
        r = self.rng
        t = s
        proc = r.choice(['java', 'python3', 'node', 'postgres', 'envoy', 'ruby', 'gunicorn', 'celery'])
        pid = r.randint(2000, 90000)
        uid = r.choice([0, 999, 1000, 65532])
        vm = r.randint(3, 14) * 1024 * 1024 + r.randint(0, 999999)
        rss = int(vm * r.uniform(0.4, 0.8))
        memcg = r.random() < 0.5
        full = r.random() < 0.5
        lines = []
        if full:
            lines.append('%s invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=%d' % (proc, r.choice([0, 936, 999])))
            lines.append('CPU: %d PID: %d Comm: %s Not tainted %s' % (r.randint(0, 7), pid + r.randint(1, 40), proc, self.kver))
            lines.append('Hardware name: %s' % self.hw)
            lines += ['Call Trace:', ' <TASK>', ' dump_stack_lvl+0x4a/0x63', ' dump_header+0x4a/0x1f4', ' oom_kill_process.cold+0xb/0x10', ' out_of_memory+0x1bd/0x4f0',
                      ' mem_cgroup_out_of_memory+0x13a/0x150' if memcg else ' __alloc_pages_slowpath.constprop.0+0xc3e/0xd20',
                      ' try_charge_memcg+0x6b5/0x780' if memcg else ' __alloc_pages+0x2fa/0x330',
                      ' charge_memcg+0x45/0xb0' if memcg else ' alloc_pages_vma+0x85/0x1f0',
                      ' do_anonymous_page+0x1a1/0x3c0', ' __handle_mm_fault+0x7a9/0x8d0', ' handle_mm_fault+0xd8/0x2c0', ' do_user_addr_fault+0x1c3/0x670',
                      ' exc_page_fault+0x77/0x170', ' asm_exc_page_fault+0x27/0x30', 'RIP: 0033:0x7f%s' % r.hexs(10), ' </TASK>']
            if memcg:
                lines.append('memory: usage %dkB, limit %dkB, failcnt %d' % (rss + 2048, rss + 2048, r.randint(1, 900)))
            lines.append('Tasks state (memory values in pages):')
            lines.append('[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name')
            for nm in r.sample(['systemd-journal', 'containerd-shim', 'pause', 'kubelet', 'fluent-bit', 'node_exporter'], 3):
                p = r.randint(300, 60000)
                lines.append('[%7d] %5d %5d %8d %8d %14d %8d %13d %s' % (p, 0, p, r.randint(3000, 400000), r.randint(100, 40000), r.randint(40000, 900000), 0, r.choice([-999, -998, 0, 936]), nm))
            lines.append('[%7d] %5d %5d %8d %8d %14d %8d %13d %s' % (pid, uid, pid, vm // 4, rss // 4, r.randint(3000000, 9000000), 0, 0, proc))
        if memcg or full:
            cg = '/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope' % (r.uuid().replace('-', '_'), r.hexs(64)) if memcg else '/system.slice/%s.service' % proc
            lines.append('oom-kill:constraint=%s,nodemask=(null),cpuset=%s,mems_allowed=0,%s,task_memcg=%s,task=%s,pid=%d,uid=%d' % (
                'CONSTRAINT_MEMCG' if memcg else 'CONSTRAINT_NONE', cg.rsplit('/', 1)[-1] if memcg else '/', 'oom_memcg=' + cg if memcg else 'global_oom', cg, proc, pid, uid))
        kill = '%sut of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:%d' % (
            'Memory cgroup o' if memcg else 'O', pid, proc, vm, rss, r.randint(0, 30000), uid, r.randint(3000, 12000), r.choice([0, 936, 999]) if memcg else 0)
        lines.append(kill)
        tt = t
        for x in lines:
            self.emit(tt, self.K(tt, x))
            tt += r.uniform(0, 0.0002)
        if r.random() < 0.6:
            tt += r.uniform(0.01, 0.3)
            self.emit(tt, self.K(tt, 'oom_reaper: reaped process %d (%s), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB' % (pid, proc)))
        if not memcg:
            tt += 0.05
            self.emit(tt, self.L(tt, 'systemd', '%s.service: A process of this unit has been killed by the OOM killer.' % proc, 1))
            self.emit(tt + 0.03, self.L(tt + 0.03, 'systemd', '%s.service: Main process exited, code=killed, status=9/KILL' % proc, 1))
            self.emit(tt + 0.031, self.L(tt + 0.031, 'systemd', "%s.service: Failed with result 'oom-kill'." % proc, 1))
        return '%s: kernel OOM killer killed %s (pid %d)%s: "%s"' % (self.host, proc, pid, ' in a memory cgroup' if memcg else '', kill[:90])

    def inc_panic(self, s, e):
        r = self.rng
        t = s
        proc = r.choice(['envoy', 'haproxy', 'fluent-bit', 'node_exporter', 'nginx', 'redis-server', 'pgbouncer'])
        pid = r.randint(2000, 90000)
        lib = r.choice(['libc.so.6', 'libc-2.31.so', 'libssl.so.3', proc, 'libjemalloc.so.2'])
        m = '%s[%d]: segfault at %x ip %016x sp %016x error %d in %s[%x+%x]' % (proc, pid, r.choice([0, 8, 0x10, 0x7f0000001000]), r.randint(0x550000000000, 0x7fffffffffff),
                                                                              r.randint(0x7ff000000000, 0x7fffffffffff), r.choice([4, 6, 14, 15]), lib, r.randint(0x7f0000000000, 0x7fffffffffff) & ~0xfff, r.randint(0x20000, 0x200000) & ~0xfff)
        self.emit(t, self.K(t, m))
        self.emit(t + 0.0001, self.K(t + 0.0001, 'Code: %s' % ' '.join(r.hexs(2) for _ in range(24))))
        unit = proc.replace('_', '-')
        t2 = t + r.uniform(0.02, 0.3)
        self.emit(t2, self.L(t2, 'systemd', '%s.service: Main process exited, code=dumped, status=11/SEGV' % unit, 1))
        self.emit(t2 + 0.002, self.L(t2 + 0.002, 'systemd', "%s.service: Failed with result 'core-dump'." % unit, 1))
        t3 = t2 + r.choice([1, 5, 10]) + r.uniform(0, 0.05)
        self.emit(t3, self.L(t3, 'systemd', '%s.service: Scheduled restart job, restart counter is at 1.' % unit, 1))
        self.emit(t3 + 0.01, self.L(t3 + 0.01, 'systemd', 'Started %s.service.' % unit, 1))
        return '%s: %s segfaulted (kernel "segfault at ... in %s"), core dumped, systemd restarted it' % (self.host, proc, lib)

    def inc_disk_full(self, s, e):
        r = self.rng
        n = r.randint(3, 8)
        for t in sorted(r.uniform(s, e) for _ in range(n)):
            x = r.random()
            if x < 0.3:
                self.emit(t, self.L(t, 'systemd-journald', 'Failed to write entry (%d items, %d bytes), ignoring: No space left on device' % (r.randint(9, 30), r.randint(300, 4000)), self.p['journald']))
            elif x < 0.55:
                self.emit(t, self.L(t, 'rsyslogd', "file '/var/log/syslog'[7] write error - see https://www.rsyslog.com/solving-rsyslog-write-errors/ for help OS error: No space left on device [v8.2312.0 try https://www.rsyslog.com/e/2027 ]", self.p['rsyslogd']))
            elif x < 0.8:
                self.emit(t, self.L(t, 'containerd', 'time="%s" level=error msg="PullImage \\"%s/%s:%s\\" failed" error="failed to pull and unpack image \\"%s/%s:%s\\": failed to extract layer sha256:%s: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/%d/fs/usr/lib/%s: no space left on device"' % (
                    tfmt(t, 'iso9z'), self.b.registry, self.b.dom['svcs'][0], self.b.version, self.b.registry, self.b.dom['svcs'][0], self.b.version, r.hexs(64), r.randint(100, 9000), r.choice(['libssl.so.3', 'python3.11/os.py', 'jvm/lib/modules'])), self.p['containerd']))
            else:
                self.emit(t, self.L(t, 'kubelet', self.klog(t, 'E', 'kuberuntime_manager.go:1256', '"Unhandled Error" err="container start failed: failed to create containerd task: failed to create shim task: OCI runtime create failed: write /run/containerd/io.containerd.runtime.v2.task/k8s.io/%s/config.json: no space left on device"' % r.hexs(64)), self.p['kubelet']))
        return '%s: %d "No space left on device" errors from journald/rsyslogd/containerd/kubelet' % (self.host, n)


# -------------------------------------------------------------- PostgreSQL server log
class Postgres(Service):
    arche = 'postgres'
    kinds = {'silence', 'disk_full', 'new_error'}
    wrange = (0.8, 2.0)
    lpe = 1.45
    burstiness = 0.6

    def setup(self):
        r, b = self.rng, self.b
        self.variant = r.choice(['m_p', 'm_p_ud', 't_p_l'])
        self.ver = r.choice([14, 15, 16])
        self.fname = r.choice(['postgresql-%d-main.log' % self.ver, 'postgresql.log', 'pg-primary.log', 'postgresql-%s.log' % tfmt(self.t0, 'iso0z')[:10]])
        self.db = b.dom['db']
        self.min_dur = r.choice([100, 200, 250, 500])
        self.log_conn = r.random() < 0.7
        self.ckpt = r.choice([300, 300, 900])
        self.apps = [(b.dbuser, s, b.internal_ip(r)) for s in r.sample(b.dom['svcs'], 4)] + [('readonly', 'metabase', b.internal_ip(r)), (b.dbuser, 'PostgreSQL JDBC Driver', b.internal_ip(r))]
        self.sess = {}
        for _ in range(r.randint(15, 45)):
            self.new_session(self.t0 - r.uniform(0, 3600))
        self.bg = {'checkpointer': r.randint(30, 200), 'autovac': r.randint(1000, 30000)}
        self.lnum = {}
        self.wal = [r.randint(0x10, 0x3ff), r.randint(0, 0xffffffff)]
        T = self
        self.T = Picker([(35, T.t_slow), (15, T.t_exec), (8 if self.log_conn else 0.001, T.t_conn), (2, T.t_autovac), (2, T.t_analyze),
                         (0.4, T.t_dup), (0.1, T.t_timeout), (0.4, T.t_reset), (0.2, T.t_eof), (0.2, T.t_lock), (0.6, T.t_temp),
                         (0.3, T.t_notx), (0.03, T.t_authfail), (0.06, T.t_notnull), (0.08, T.t_cancel)])

    def new_session(self, t):
        r = self.rng
        user, app, ip = r.choice(self.apps)
        pid = r.randint(10000, 4000000)
        self.sess[pid] = {'user': user, 'db': self.db, 'app': app, 'ip': ip, 'port': r.randint(32768, 60999), 'start': t}
        return pid

    def P(self, t, pid, sev, msg):
        s = self.sess.get(pid)
        v = self.variant
        if v == 'm_p':
            pre = '%s [%d] ' % (tfmt(t, 'sp3utc'), pid)
        elif v == 'm_p_ud':
            pre = '%s [%d] %s' % (tfmt(t, 'sp3utc'), pid, ('%s@%s ' % (s['user'], s['db'])) if s else '')
        else:
            self.lnum[pid] = self.lnum.get(pid, 0) + 1
            if s:
                pre = '%s [%d]: [%d-1] user=%s,db=%s,app=%s,client=%s ' % (tfmt(t, 'sp0utc'), pid, self.lnum[pid], s['user'], s['db'], s['app'], s['ip'])
            else:
                pre = '%s [%d]: [%d-1] user=,db=,app=,client= ' % (tfmt(t, 'sp0utc'), pid, self.lnum[pid])
        return '%s%s:  %s' % (pre, sev, msg)

    def multi(self, t, pid, parts):
        return '\n'.join(self.P(t, pid, sev, msg) for sev, msg in parts)

    def pick_sess(self):
        return self.rng.choice(list(self.sess))

    def query(self, literal):
        r = self.rng
        (t1, fk1), (t2, fk2) = r.sample(self.b.dom['tables'], 2)
        # typed placeholders: {i}=id {s}=status {t}=timestamp {f}=foreign key {j}=json payload {k}=lock key
        qs = ['SELECT * FROM %s WHERE id = {i}' % t1,
              'SELECT id, status, created_at FROM %s WHERE %s = {f} ORDER BY created_at DESC LIMIT 50' % (t1, fk1),
              'UPDATE %s SET status = {s}, updated_at = now() WHERE id = {i}' % t1,
              'INSERT INTO %s (%s, status, payload, created_at) VALUES ({f}, {s}, {j}, now()) RETURNING id' % (t1, fk1),
              'SELECT count(*) FROM %s WHERE created_at >= {t}' % t1,
              "DELETE FROM %s WHERE expires_at < now() - interval '7 days'" % t1,
              'SELECT a.*, b.id AS b_id FROM %s a JOIN %s b ON b.%s = a.id WHERE a.%s = {f}' % (t1, t2, fk2, fk1),
              'WITH recent AS (SELECT %s, max(created_at) AS last_at FROM %s GROUP BY %s) SELECT * FROM recent WHERE last_at < {t}' % (fk1, t1, fk1),
              'SELECT pg_advisory_xact_lock({k})',
              'SELECT id, status FROM %s WHERE status = {s} AND updated_at < {t} ORDER BY updated_at LIMIT 500 FOR UPDATE SKIP LOCKED' % t1,
              'COMMIT']
        q = r.choice(qs)
        params = []
        uuid_ids = self.b.rid_style == 0

        def val(kind):
            if kind == 'i':
                return "'%s'" % r.uuid() if uuid_ids else str(r.randint(1000, 9000000))
            if kind == 'f':
                return "'%s'" % self.b.user(r) if r.random() < 0.5 else str(r.randint(1000, 900000))
            if kind == 's':
                return "'%s'" % r.choice(['pending', 'paid', 'shipped', 'active', 'open', 'failed', 'processing'])
            if kind == 't':
                return "'%s'" % tfmt(self.t0 - r.randint(0, 86400 * 30), 'sp0utc').replace(' UTC', '+00')
            if kind == 'j':
                return "'{\"source\":\"%s\",\"v\":%d}'" % (r.choice(['api', 'import', 'webhook']), r.randint(1, 3))
            return str(r.randint(10 ** 6, 10 ** 9))

        n = [0]

        def rep(m):
            n[0] += 1
            v = val(m.group(1))
            params.append('$%d = %s' % (n[0], v))
            return v if literal else '$%d' % n[0]
        q2 = re.sub(r'\{(\w)\}', rep, q)
        return q2, params

    def dur(self, t):
        return self.min_dur * (1 + self.rng.expovariate(1.4))

    def t_slow(self, t):
        pid = self.pick_sess()
        q, _ = self.query(True)
        self.emit(t, self.P(t, pid, 'LOG', 'duration: %.3f ms  statement: %s' % (self.dur(t), q)))

    def t_exec(self, t):
        r = self.rng
        pid = self.pick_sess()
        q, params = self.query(False)
        name = r.choice(['<unnamed>', 'S_%d' % r.randint(1, 40)])
        parts = [('LOG', 'duration: %.3f ms  execute %s: %s' % (self.dur(t), name, q))]
        if params:
            parts.append(('DETAIL', 'parameters: ' + ', '.join(params)))
        self.emit(t, self.multi(t, pid, parts))

    def t_conn(self, t):
        r = self.rng
        old = self.pick_sess()
        s = self.sess[old]
        el = max(1.0, t - s['start'])
        self.emit(t, self.P(t, old, 'LOG', 'disconnection: session time: %d:%02d:%06.3f user=%s database=%s host=%s port=%d' % (
            el // 3600, (el % 3600) // 60, el % 60, s['user'], s['db'], s['ip'], s['port'])))
        del self.sess[old]
        t2 = t + r.uniform(0.001, 2.0)
        pid = self.new_session(t2)
        s = self.sess[pid]
        self.emit(t2, self.P(t2, pid, 'LOG', 'connection received: host=%s port=%d' % (s['ip'], s['port'])))
        self.emit(t2 + 0.004, self.P(t2 + 0.004, pid, 'LOG', 'connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)' % (
            s['user'], s['db'], s['app'])))

    def t_autovac(self, t):
        r = self.rng
        tbl, _ = r.choice(self.b.dom['tables'])
        pages = r.randint(200, 200000)
        sc = r.randint(10, pages)
        el = r.uniform(0.02, 30)
        msg = ('automatic vacuum of table "%s.public.%s": index scans: %d\n\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)\n'
               '\ttuples: %d removed, %d remain, %d are dead but not yet removable\n\tremovable cutoff: %d, which was %d XIDs old when operation ended\n'
               '\tnew relfrozenxid: %d, which is %d XIDs ahead of previous value\n\tindex scan needed: %d pages from table (%.2f%% of total) had %d dead item identifiers removed\n'
               '\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s\n\tbuffer usage: %d hits, %d misses, %d dirtied\n\tWAL usage: %d records, %d full page images, %d bytes\n'
               '\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s') % (
            self.db, tbl, r.choice([0, 1, 1]), pages, sc, 100.0 * sc / pages, r.randint(0, 90000), r.randint(1000, 9000000), r.randint(0, 300),
            r.randint(10 ** 6, 9 * 10 ** 8), r.randint(1, 4000), r.randint(10 ** 6, 9 * 10 ** 8), r.randint(1, 90000), r.randint(0, sc), r.uniform(0, 20), r.randint(0, 90000),
            r.uniform(0, 40), r.uniform(0, 20), r.randint(100, 900000), r.randint(0, 9000), r.randint(0, 9000), r.randint(0, 90000), r.randint(0, 9000), r.randint(0, 10 ** 8),
            el * 0.3, el * 0.05, el)
        pid = r.randint(100000, 4000000)
        self.emit(t, self.P(t, pid, 'LOG', msg))

    def t_analyze(self, t):
        r = self.rng
        tbl, _ = r.choice(self.b.dom['tables'])
        el = r.uniform(0.05, 8)
        self.emit(t, self.P(t, r.randint(100000, 4000000), 'LOG', 'automatic analyze of table "%s.public.%s"\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s\n\tbuffer usage: %d hits, %d misses, %d dirtied\n\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s' % (
            self.db, tbl, r.uniform(0, 60), r.uniform(0, 5), r.randint(100, 90000), r.randint(0, 9000), r.randint(0, 900), el * 0.4, el * 0.05, el)))

    def t_dup(self, t):
        r = self.rng
        pid = self.pick_sess()
        tbl, fk = r.choice(self.b.dom['tables'])
        key = r.choice([fk, 'idempotency_key', 'external_ref'])
        val = r.choice([r.uuid(), str(r.randint(1000, 9999999)), '%s@example.%s' % (r.alnum(8), r.choice(['com', 'org', 'de']))])
        self.emit(t, self.multi(t, pid, [('ERROR', 'duplicate key value violates unique constraint "%s_%s_key"' % (tbl, key)),
                                         ('DETAIL', 'Key (%s)=(%s) already exists.' % (key, val)),
                                         ('STATEMENT', 'INSERT INTO %s (%s, status, created_at) VALUES ($1, $2, now())' % (tbl, key))]))

    def t_timeout(self, t):
        pid = self.pick_sess()
        q, _ = self.query(False)
        self.emit(t, self.multi(t, pid, [('ERROR', 'canceling statement due to statement timeout'), ('STATEMENT', q)]))

    def t_reset(self, t):
        self.emit(t, self.P(t, self.pick_sess(), 'LOG', 'could not receive data from client: Connection reset by peer'))

    def t_eof(self, t):
        self.emit(t, self.P(t, self.pick_sess(), 'LOG', 'unexpected EOF on client connection with an open transaction'))

    def t_lock(self, t):
        r = self.rng
        a, bpid = self.pick_sess(), self.pick_sess()
        x = r.randint(10 ** 6, 9 * 10 ** 8)
        tbl, _ = r.choice(self.b.dom['tables'])
        q = 'UPDATE %s SET status = $1, updated_at = now() WHERE id = $2' % tbl
        ctx = 'while updating tuple (%d,%d) in relation "%s"' % (r.randint(0, 90000), r.randint(1, 80), tbl)
        self.emit(t, self.multi(t, a, [('LOG', 'process %d still waiting for ShareLock on transaction %d after 1000.%03d ms' % (a, x, r.randint(0, 999))),
                                       ('DETAIL', 'Process holding the lock: %d. Wait queue: %d.' % (bpid, a)), ('CONTEXT', ctx), ('STATEMENT', q)]))
        w = r.uniform(0.05, 3)
        t2 = t + w
        self.emit(t2, self.multi(t2, a, [('LOG', 'process %d acquired ShareLock on transaction %d after %.3f ms' % (a, x, 1000 + w * 1000)), ('CONTEXT', ctx), ('STATEMENT', q)]))

    def t_temp(self, t):
        r = self.rng
        pid = self.pick_sess()
        q, _ = self.query(True)
        self.emit(t, self.multi(t, pid, [('LOG', 'temporary file: path "base/pgsql_tmp/pgsql_tmp%d.%d", size %d' % (pid, r.randint(0, 12), r.randint(10 ** 6, 2 * 10 ** 9))), ('STATEMENT', q)]))

    def t_notx(self, t):
        self.emit(t, self.P(t, self.pick_sess(), 'WARNING', 'there is no transaction in progress'))

    def t_authfail(self, t):
        r = self.rng
        pid = r.randint(100000, 4000000)
        self.emit(t, self.P(t, pid, 'FATAL', 'password authentication failed for user "%s"' % r.choice(['readonly', 'metabase', 'postgres'])) + '\n' +
                  self.P(t, pid, 'DETAIL', 'Connection matched file "/etc/postgresql/%d/main/pg_hba.conf" line %d: "hostssl all all 10.0.0.0/8 scram-sha-256"' % (self.ver, r.randint(90, 130))))

    def t_notnull(self, t):
        r = self.rng
        pid = self.pick_sess()
        tbl, fk = r.choice(self.b.dom['tables'])
        self.emit(t, self.multi(t, pid, [('ERROR', 'null value in column "%s" of relation "%s" violates not-null constraint' % (fk, tbl)),
                                         ('DETAIL', 'Failing row contains (%d, null, pending, %s).' % (r.randint(1000, 9000000), tfmt(t, 'sp3utc').replace(' UTC', '+00'))),
                                         ('STATEMENT', 'INSERT INTO %s (%s, status, created_at) VALUES ($1, $2, $3)' % (tbl, fk))]))

    def t_cancel(self, t):
        pid = self.pick_sess()
        q, _ = self.query(False)
        self.emit(t, self.multi(t, pid, [('ERROR', 'canceling statement due to user request'), ('STATEMENT', q)]))

    def healthy(self, t):
        self.T.pick(self.rng)(t)

    def periodic(self):
        r = self.rng
        cp = self.bg['checkpointer']
        for t in self.every(self.ckpt, 0.0):
            self.emit(t, self.P(t, cp, 'LOG', 'checkpoint starting: time'))
            w = self.ckpt * 0.9 * r.uniform(0.97, 1.0)
            bufs = r.randint(200, 30000)
            self.wal[1] += r.randint(10 ** 6, 10 ** 8)
            if self.wal[1] > 0xffffffff:
                self.wal[0] += 1
                self.wal[1] -= 0xffffffff
            self.emit(t + w, self.P(t + w, cp, 'LOG', 'checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%X/%08X, redo lsn=%X/%08X' % (
                bufs, bufs / 1638.4, r.randint(0, 3), r.randint(0, 8), w - 0.1, r.uniform(0.001, 0.09), w, r.randint(5, 120), r.uniform(0.001, 0.02), r.uniform(0.0005, 0.004),
                r.randint(10000, 900000), r.randint(10000, 900000), self.wal[0], self.wal[1], self.wal[0], max(0, self.wal[1] - r.randint(10 ** 5, 10 ** 6)))))
        mv = r.choice(['daily_sales', 'search_facets', 'account_usage_rollup', 'shipment_stats'])
        for t in self.at_minute(r.randint(0, 59), r.uniform(0, 10)):
            d = r.uniform(1500, 45000)
            self.emit(t + d / 1000, self.P(t + d / 1000, self.pick_sess(), 'LOG', 'duration: %.3f ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY %s' % (d, mv)))
        for t in self.daily(r.randint(0, 23), r.randint(0, 59)):
            pid = r.randint(100000, 4000000)
            self.sess[pid] = {'user': 'backup', 'db': self.db, 'app': 'pg_dump', 'ip': self.b.internal_ip(r), 'port': r.randint(32768, 60999), 'start': t}
            self.emit(t, self.P(t, pid, 'LOG', 'connection authorized: user=backup database=%s application_name=pg_dump SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)' % self.db))
            d = r.uniform(60, 900)
            tt = t + 1
            for tbl, _ in self.b.dom['tables'][:4]:
                tt += d / 5
                self.emit(tt, self.P(tt, pid, 'LOG', 'duration: %.3f ms  statement: COPY public.%s TO stdout;' % (d / 5 * 1000 * r.uniform(0.5, 1), tbl)))
            self.emit(t + d, self.P(t + d, pid, 'LOG', 'disconnection: session time: 0:%02d:%06.3f user=backup database=%s host=%s port=%d' % (
                int(d // 60), d % 60, self.db, self.sess[pid]['ip'], self.sess[pid]['port'])))
            del self.sess[pid]

    def inc_disk_full(self, s, e):
        r = self.rng
        n = r.randint(3, 8)
        for t in sorted(r.uniform(s, e) for _ in range(n)):
            pid = self.pick_sess()
            tbl, fk = r.choice(self.b.dom['tables'])
            if r.random() < 0.6:
                self.emit(t, self.multi(t, pid, [('ERROR', 'could not extend file "base/%d/%d": No space left on device' % (r.choice([16384, 16401, 24576]), r.randint(16000, 90000))),
                                                 ('HINT', 'Check free disk space.'),
                                                 ('STATEMENT', 'INSERT INTO %s (%s, status, payload, created_at) VALUES ($1, $2, $3, now()) RETURNING id' % (tbl, fk))]))
            else:
                q, _ = self.query(True)
                self.emit(t, self.multi(t, pid, [('ERROR', 'could not write to file "base/pgsql_tmp/pgsql_tmp%d.%d": No space left on device' % (pid, r.randint(0, 9))), ('STATEMENT', q)]))
        return 'postgres: %d "No space left on device" errors (could not extend file / could not write temp file)' % n

    def inc_new_error(self, s, e):
        r = self.rng
        tbl, fk = r.choice(self.b.dom['tables'])
        col = r.choice(['discount_code', 'tenant_region', 'archived_at', 'priority_v2', 'legacy_ref'])
        opts = [
            [('ERROR', 'column "%s" does not exist at character %d' % (col, r.randint(20, 140))), ('STATEMENT', 'SELECT id, %s FROM %s WHERE %s = $1' % (col, tbl, fk))],
            [('ERROR', 'relation "%s_archive" does not exist at character %d' % (tbl, r.randint(15, 60))), ('STATEMENT', 'INSERT INTO %s_archive SELECT * FROM %s WHERE created_at < $1' % (tbl, tbl))],
            [('ERROR', 'permission denied for table %s' % tbl), ('STATEMENT', 'UPDATE %s SET status = $1 WHERE id = $2' % tbl)],
            [('ERROR', 'invalid input syntax for type uuid: "{bad}"'), ('CONTEXT', 'unnamed portal parameter $1 = \'...\''), ('STATEMENT', 'SELECT * FROM %s WHERE id = $1' % tbl)],
            [('ERROR', 'value too long for type character varying(%d)' % r.choice([32, 64, 128])), ('STATEMENT', 'UPDATE %s SET %s = $1 WHERE id = $2' % (tbl, fk))],
        ]
        parts = r.choice(opts)
        app = r.choice(self.apps)
        rate = r.uniform(1.5, 6.0) / 60
        t = s
        while True:
            t += r.expovariate(rate)
            if t >= e:
                break
            pid = r.choice([p for p, x in self.sess.items() if x['app'] == app[1]] or list(self.sess))
            pp = [(a, b.replace('{bad}', r.choice([r.hexs(12), 'undefined', 'null', r.uuid()[:-2]]))) for a, b in parts]
            self.emit(t, self.multi(t, pid, pp))
        return 'postgres: new error never seen before: "%s: %s" (~%.1f/min)' % (parts[0][0], parts[0][1], rate * 60)


# -------------------------------------------------------------- Kubernetes events
class K8sEvents(Service):
    arche = 'k8s'
    kinds = {'oom_kill'}
    wrange = (0.03, 0.08)
    burstiness = 0.3

    def setup(self):
        r, b = self.rng, self.b
        self.variant = r.choice(['json', 'text'])
        self.fname = 'k8s-events.log' if self.variant == 'text' else r.choice(['kube-events.jsonl', 'event-exporter.log'])
        self.ns = b.ns
        self.deploys = {s: (r.choice(['7d9f8b6c5', '5c8d7f9b4', '6b7c9d8f5', '84f7c6d9b', '59d6b8f7c']), r.randint(2, 8)) for s in r.sample(b.dom['svcs'], 5)}
        self.nodes = b.nodes
        self.cron = [(r.choice(['report-rollup', 'cleanup-orphans', 'sync-catalog', 'send-digests', 'refresh-tokens']), r.choice([300, 600, 900, 1800]), 'registry/%s' % r.choice(['jobs', 'ops'])) for _ in range(r.randint(1, 3))]
        self.T = Picker([(3, self.t_unhealthy), (2, self.t_scale_up), (1.5, self.t_scale_down), (1, self.t_sync), (0.8, self.t_dns), (0.4, self.t_metric),
                         (0.5, self.t_restart_probe), (0.3, self.t_leader)])

    def E(self, t, typ, reason, kind, name, msg, comp='kubelet', host=None, count=1):
        if self.variant == 'text':
            return '%s %-10s %-8s %-22s %s/%s %s' % (tfmt(t, 'iso0z'), self.ns, typ, reason, kind.lower(), name, msg)
        r = self.rng
        ts = tfmt(t, 'iso0z')
        o = {'metadata': {'name': '%s.%s' % (name, r.hexs(16)), 'namespace': self.ns, 'uid': r.uuid(), 'resourceVersion': str(r.randint(10 ** 7, 10 ** 9)), 'creationTimestamp': ts},
             'reason': reason, 'message': msg, 'source': {'component': comp, 'host': host} if host else {'component': comp},
             'firstTimestamp': ts, 'lastTimestamp': ts, 'count': count, 'type': typ, 'eventTime': None, 'reportingComponent': comp, 'reportingInstance': host or '',
             'involvedObject': {'kind': kind, 'namespace': self.ns if kind != 'Node' else '', 'name': name, 'uid': r.uuid(), 'apiVersion': {'Pod': 'v1', 'Node': 'v1', 'Job': 'batch/v1', 'CronJob': 'batch/v1',
                                                                                                                                          'ReplicaSet': 'apps/v1', 'Deployment': 'apps/v1', 'HorizontalPodAutoscaler': 'autoscaling/v2',
                                                                                                                                          'Ingress': 'networking.k8s.io/v1', 'Lease': 'coordination.k8s.io/v1'}.get(kind, 'v1')}}
        return json.dumps(o, separators=(',', ':'))

    def pod_start(self, t, pod, container, image, node):
        r = self.rng
        out = [(t, self.E(t, 'Normal', 'Scheduled', 'Pod', pod, 'Successfully assigned %s/%s to %s' % (self.ns, pod, node), 'default-scheduler'))]
        t += r.uniform(0.5, 2)
        if r.random() < 0.8:
            out.append((t, self.E(t, 'Normal', 'Pulled', 'Pod', pod, 'Container image "%s" already present on machine' % image, 'kubelet', node)))
        else:
            out.append((t, self.E(t, 'Normal', 'Pulling', 'Pod', pod, 'Pulling image "%s"' % image, 'kubelet', node)))
            d = r.uniform(1, 9)
            t += d
            out.append((t, self.E(t, 'Normal', 'Pulled', 'Pod', pod, 'Successfully pulled image "%s" in %.3fs (%.3fs including waiting). Image size: %d bytes.' % (image, d, d + 0.1, r.randint(3 * 10 ** 7, 4 * 10 ** 8)), 'kubelet', node)))
        t += r.uniform(0.05, 0.4)
        out.append((t, self.E(t, 'Normal', 'Created', 'Pod', pod, 'Created container %s' % container, 'kubelet', node)))
        t += r.uniform(0.05, 0.4)
        out.append((t, self.E(t, 'Normal', 'Started', 'Pod', pod, 'Started container %s' % container, 'kubelet', node)))
        return out

    def t_unhealthy(self, t):
        r = self.rng
        d = r.choice(list(self.deploys))
        pod = '%s-%s-%s' % (d, self.deploys[d][0], r.alnum(5))
        self.emit(t, self.E(t, 'Warning', 'Unhealthy', 'Pod', pod, 'Readiness probe failed: Get "http://10.%d.%d.%d:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % (
            r.randint(0, 3), r.randint(0, 255), r.randint(2, 254)), 'kubelet', r.choice(self.nodes), count=r.randint(1, 4)))

    def t_scale_up(self, t):
        r = self.rng
        d = r.choice(list(self.deploys))
        h, n = self.deploys[d]
        n2 = n + r.randint(1, 2)
        self.deploys[d] = (h, n2)
        self.emit(t, self.E(t, 'Normal', 'SuccessfulRescale', 'HorizontalPodAutoscaler', d, 'New size: %d; reason: cpu resource utilization (percentage of request) above target' % n2, 'horizontal-pod-autoscaler'))
        self.emit(t + 0.01, self.E(t + 0.01, 'Normal', 'ScalingReplicaSet', 'Deployment', d, 'Scaled up replica set %s-%s to %d from %d' % (d, h, n2, n), 'deployment-controller'))
        for _ in range(n2 - n):
            pod = '%s-%s-%s' % (d, h, r.alnum(5))
            tt = t + r.uniform(0.02, 0.1)
            self.emit(tt, self.E(tt, 'Normal', 'SuccessfulCreate', 'ReplicaSet', '%s-%s' % (d, h), 'Created pod: %s' % pod, 'replicaset-controller'))
            for x, y in self.pod_start(tt + 0.01, pod, d, '%s/%s:%s' % (self.b.registry, d, self.b.version), r.choice(self.nodes)):
                self.emit(x, y)

    def t_scale_down(self, t):
        r = self.rng
        d = r.choice(list(self.deploys))
        h, n = self.deploys[d]
        if n <= 2:
            return
        n2 = n - 1
        self.deploys[d] = (h, n2)
        pod = '%s-%s-%s' % (d, h, r.alnum(5))
        self.emit(t, self.E(t, 'Normal', 'SuccessfulRescale', 'HorizontalPodAutoscaler', d, 'New size: %d; reason: All metrics below target' % n2, 'horizontal-pod-autoscaler'))
        self.emit(t + 0.01, self.E(t + 0.01, 'Normal', 'ScalingReplicaSet', 'Deployment', d, 'Scaled down replica set %s-%s to %d from %d' % (d, h, n2, n), 'deployment-controller'))
        self.emit(t + 0.03, self.E(t + 0.03, 'Normal', 'SuccessfulDelete', 'ReplicaSet', '%s-%s' % (d, h), 'Deleted pod: %s' % pod, 'replicaset-controller'))
        self.emit(t + 0.05, self.E(t + 0.05, 'Normal', 'Killing', 'Pod', pod, 'Stopping container %s' % d, 'kubelet', r.choice(self.nodes)))

    def t_sync(self, t):
        self.emit(t, self.E(t, 'Normal', 'Sync', 'Ingress', self.rng.choice(list(self.deploys)), 'Scheduled for sync', 'nginx-ingress-controller'))

    def t_dns(self, t):
        r = self.rng
        d = r.choice(list(self.deploys))
        self.emit(t, self.E(t, 'Warning', 'DNSConfigForming', 'Pod', '%s-%s-%s' % (d, self.deploys[d][0], r.alnum(5)),
                            'Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.100.0.10 169.254.169.253 10.0.0.2', 'kubelet', r.choice(self.nodes)))

    def t_metric(self, t):
        d = self.rng.choice(list(self.deploys))
        self.emit(t, self.E(t, 'Warning', 'FailedGetResourceMetric', 'HorizontalPodAutoscaler', d, 'failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)', 'horizontal-pod-autoscaler'))

    def t_restart_probe(self, t):
        r = self.rng
        d = r.choice(list(self.deploys))
        self.emit(t, self.E(t, 'Warning', 'ProbeWarning', 'Pod', '%s-%s-%s' % (d, self.deploys[d][0], r.alnum(5)),
                            'Readiness probe warning: Probe terminated redirects, Response body: ', 'kubelet', r.choice(self.nodes)))

    def t_leader(self, t):
        r = self.rng
        self.emit(t, self.E(t, 'Normal', 'LeaderElection', 'Lease', r.choice(['cert-manager-controller', 'cluster-autoscaler', 'external-dns']),
                            '%s-%s-%s became leader' % (r.choice(['cert-manager', 'cluster-autoscaler', 'external-dns']), r.choice(['6d4b8f7c9', '5f9c7d8b6']), r.alnum(5)), 'leader-election'))

    def healthy(self, t):
        self.T.pick(self.rng)(t)

    def periodic(self):
        r = self.rng
        for name, per, img in self.cron:
            h0 = math.floor(self.t0 / per) * per
            t = h0 + per
            old = None
            while t < self.t1:
                ts = int(t / 60)
                job = '%s-%d' % (name, ts)
                pod = '%s-%s' % (job, r.alnum(5))
                tt = t + r.uniform(0.0, 1.5)
                self.emit(tt, self.E(tt, 'Normal', 'SuccessfulCreate', 'CronJob', name, 'Created job %s' % job, 'cronjob-controller'))
                self.emit(tt + 0.02, self.E(tt + 0.02, 'Normal', 'SuccessfulCreate', 'Job', job, 'Created pod: %s' % pod, 'job-controller'))
                evs = self.pod_start(tt + 0.05, pod, name, '%s/%s:%s' % (self.b.registry, img.split('/')[1], self.b.version), r.choice(self.nodes))
                for x, y in evs:
                    self.emit(x, y)
                done = evs[-1][0] + r.uniform(2, min(per * 0.6, 120))
                self.emit(done, self.E(done, 'Normal', 'Completed', 'Job', job, 'Job completed', 'job-controller'))
                self.emit(done + 0.5, self.E(done + 0.5, 'Normal', 'SawCompletedJob', 'CronJob', name, 'Saw completed job: %s, condition: Complete' % job, 'cronjob-controller'))
                if old:
                    self.emit(done + 0.6, self.E(done + 0.6, 'Normal', 'SuccessfulDelete', 'CronJob', name, 'Deleted job %s' % old, 'cronjob-controller'))
                old = job
                t += per

    def inc_oom_kill(self, s, e):
        r = self.rng
        node = r.choice(self.nodes)
        proc = r.choice(['java', 'node', 'python3', 'envoy'])
        pid = r.randint(2000, 90000)
        vm = r.randint(2, 9) * 1024 * 1024
        msg = 'Memory cgroup out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:%d' % (
            pid, proc, vm, int(vm * r.uniform(0.4, 0.7)), r.randint(1000, 40000), r.choice([0, 1000, 65532]), r.randint(2000, 9000), r.choice([936, 968, 999]))
        self.emit(s, self.E(s, 'Warning', 'OOMKilling', 'Node', node, msg, 'kernel-monitor', node))
        d = r.choice(list(self.deploys))
        pod = '%s-%s-%s' % (d, self.deploys[d][0], r.alnum(5))
        t = s + r.uniform(1, 4)
        self.emit(t, self.E(t, 'Normal', 'Pulled', 'Pod', pod, 'Container image "%s/%s:%s" already present on machine' % (self.b.registry, d, self.b.version), 'kubelet', node))
        self.emit(t + 0.2, self.E(t + 0.2, 'Normal', 'Created', 'Pod', pod, 'Created container %s' % d, 'kubelet', node))
        self.emit(t + 0.4, self.E(t + 0.4, 'Normal', 'Started', 'Pod', pod, 'Started container %s' % d, 'kubelet', node))
        return 'node-problem-detector OOMKilling event on %s: %s; container %s restarted' % (node, msg[:80], pod)


# ============================================================== scenario assembly
ARCH = {'access': AccessLog, 'json': JsonService, 'java': JavaService, 'python': PythonService, 'logfmt': GoService,
        'syslog': Syslog, 'postgres': Postgres, 'k8s': K8sEvents}
ELIGIBLE = {
    'error_burst': {'java': 3, 'python': 2, 'json': 3},
    'silence': {'access': 2, 'java': 2, 'python': 2, 'json': 2, 'logfmt': 2, 'postgres': 1},
    'retry_storm': {'java': 2, 'python': 2, 'json': 2, 'logfmt': 2},
    'latency_shift': {'access': 3, 'json': 2, 'logfmt': 2, 'java': 1, 'python': 1},
    'oom_kill': {'syslog': 3, 'k8s': 1},
    'panic': {'logfmt': 3, 'syslog': 1},
    'disk_full': {'postgres': 2, 'python': 1, 'java': 1, 'syslog': 1},
    'http_5xx': {'access': 3, 'json': 1},
    'new_error': {'java': 2, 'python': 2, 'json': 2, 'logfmt': 2, 'postgres': 1},
    'traffic_flood': {'access': 1},
}
FILL_W = {'access': 3, 'json': 2.5, 'java': 2, 'python': 1.5, 'logfmt': 2, 'syslog': 1.5, 'postgres': 1.5, 'k8s': 1}
MAXDUP = {'json': 2, 'logfmt': 2}
DUR = {'error_burst': (180, 1200), 'silence': (600, 2700), 'retry_storm': (300, 1500), 'latency_shift': (600, 2100),
       'oom_kill': (0, 0), 'panic': (0, 0), 'disk_full': (120, 720), 'http_5xx': (300, 900), 'new_error': (1200, 5400),
       'traffic_flood': (300, 900)}


class Scenario:
    def __init__(self, seed, idx, kinds):
        self.seed = seed
        self.idx = idx
        self.kinds = list(kinds)

    # ---- world helpers used by services
    def make_shape(self, r, t0, t1, burstiness):
        n = max(1, int(t1 - t0))
        nm = n // 60 + 2
        walk = []
        x = 0.0
        for _ in range(nm):
            x = 0.92 * x + r.gauss(0, 0.05)
            walk.append(math.exp(x))
        bursts = []
        for _ in range(r.poisson((t1 - t0) / 3600 * burstiness)):
            bursts.append((r.uniform(t0, t1), r.uniform(60, 420), r.uniform(1.2, 1.9)))
        arr = [0.0] * n
        tz = self.tz_shift
        amp = self.diurnal_amp
        for i in range(n):
            t = t0 + i
            h = ((t + tz) % 86400) / 3600.0
            d = (1 - amp) + amp * (0.5 - 0.5 * math.cos(2 * math.pi * (h - 4) / 24)) ** 1.3
            v = d * walk[i // 60]
            for bs, bd, bm in bursts:
                if bs <= t < bs + bd:
                    v *= 1 + (bm - 1) * math.sin(math.pi * (t - bs) / bd)
            arr[i] = v
        return arr

    def internal_ip(self, r):
        return '10.%d.%d.%d' % (r.choice(self.subnets), r.randint(0, 255), r.randint(2, 254))

    def client(self, r):
        return self.clients[r.skew(len(self.clients), 2.2)]

    def user(self, r):
        return self.users[r.skew(len(self.users), 2.0)]

    def skew_id(self, r, n):
        return r.skew(n, 2.5)

    def order_id(self, r):
        return self.oid_fmt(r)

    def hashid(self, r, prefix, n):
        key = (prefix, n)
        if key not in self.idpools:
            self.idpools[key] = [r.alnum(n, 'abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(1500)]
        pool = self.idpools[key]
        return pool[r.skew(len(pool), 2.0)]

    def req_id(self, r):
        if self.rid_style == 0:
            return r.uuid()
        if self.rid_style == 1:
            return r.hexs(16)
        return 'req_' + r.alnum(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')

    def pod_name(self, r, svc):
        return '%s-%s-%s' % (svc, r.alnum(r.choice([9, 10])), r.alnum(5))

    # ---- build
    def setup_world(self, r):
        self.dname = r.choice(list(DOMAINS))
        self.dom = DOMAINS[self.dname]
        self.company = r.choice(COMPANIES)
        self.site = '%s%s.%s' % (r.choice({'shop': ['www.', 'shop.', ''], 'saas': ['app.', ''], 'logistics': ['www.', 'track.', 'ship.']}[self.dname]), self.company, r.choice(TLDS))
        day = datetime.datetime(2026, 1, 1, tzinfo=UTC) + datetime.timedelta(days=r.randrange(365))
        start = day + datetime.timedelta(hours=r.randrange(24), minutes=r.randrange(60), seconds=r.randrange(60))
        self.t0 = start.timestamp()
        self.t1 = self.t0 + r.uniform(2.0, 8.0) * 3600
        self.tz_shift = r.choice([0, 3600, 7200, -5 * 3600, -8 * 3600, 5.5 * 3600, 9 * 3600])
        self.diurnal_amp = r.uniform(0.45, 0.8)
        self.currency = r.choice(['EUR', 'USD', 'GBP', 'EUR', 'USD'])
        self.build_hash = r.hexs(8)
        self.version = '%d.%d.%d' % (r.randint(1, 4), r.randint(0, 60), r.randint(0, 20))
        self.cloud = r.choice(['aws', 'gcp'])
        self.registry = r.choice(['%d.dkr.ecr.eu-west-1.amazonaws.com' % r.randint(10 ** 11, 10 ** 12 - 1) if self.cloud == 'aws' else 'europe-docker.pkg.dev/%s-prod/apps' % self.company,
                                  'ghcr.io/%s' % self.company, 'registry.%s.internal' % self.company])
        self.ns = r.choice(['prod', 'production', '%s-prod' % self.dname, 'default', 'apps'])
        self.subnets = r.sample(range(0, 8), 3)
        self.dbhost = r.choice(['db-primary', 'pg-main', 'postgres-0.postgres', '%s-db.internal' % self.dname, 'pgbouncer', 'db-rw.%s.svc.cluster.local' % self.ns])
        self.db_ip = self.internal_ip(r)
        self.redis = r.choice(['redis-master', 'cache-redis', 'redis.%s.svc.cluster.local' % self.ns, 'redis-sentinel', 'elasticache-prod.abc123.0001.euw1.cache.amazonaws.com'])
        self.redis_ip = self.internal_ip(r)
        nb = r.randint(3, 5)
        self.kafka = [r.choice(['kafka-%d.kafka-headless.%s.svc.cluster.local' % (i, self.ns), 'b-%d.msk-prod.x1y2z3.c4.kafka.eu-west-1.amazonaws.com' % (i + 1)]) for i in range(nb)]
        self.kafka = ['kafka-%d.kafka-headless' % i for i in range(nb)] if r.random() < 0.5 else ['b-%d.msk-prod.x1y2z3.c4.kafka.eu-west-1.amazonaws.com' % (i + 1) for i in range(nb)]
        self.kafka_ip = [self.internal_ip(r) for _ in range(nb)]
        self.rabbit = r.choice(['rabbitmq', 'rabbitmq.%s.svc' % self.ns, 'mq-1'])
        self.dbuser = r.choice(['app', '%s_app' % self.dname, 'svc_rw', 'api'])
        if self.cloud == 'aws':
            self.node_ip = self.internal_ip(r)
            self.node_short = 'ip-' + self.node_ip.replace('.', '-')
            self.nodes = ['ip-%s.%s.compute.internal' % (self.internal_ip(r).replace('.', '-'), r.choice(['eu-west-1', 'us-east-1'])) for _ in range(r.randint(3, 8))]
        else:
            self.node_ip = self.internal_ip(r)
            pool = 'gke-prod-%s-pool-%s' % (r.choice(['default', 'general', 'highmem']), r.hexs(8))
            self.nodes = ['%s-%s' % (pool, r.alnum(4)) for _ in range(r.randint(3, 8))]
            self.node_short = self.nodes[0]
        self.offset_base = r.randint(10 ** 6, 10 ** 9)
        self.clients = []
        for _ in range(4000):
            if r.random() < 0.03:
                self.clients.append((r.public_ip(), r.choice(BOT_UAS)))
            else:
                self.clients.append((r.public_ip(), r.choice(BROWSER_UAS)))
        st = r.randint(0, 2)
        if st == 0:
            self.users = [str(r.randint(1000, 9999999)) for _ in range(6000)]
        elif st == 1:
            self.users = ['usr_' + r.alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(6000)]
        else:
            self.users = [r.uuid() for _ in range(6000)]
        ost = r.randint(0, 2)
        self.oid_fmt = [lambda rr: str(rr.randint(10 ** 7, 10 ** 8)), lambda rr: 'ORD-%s' % rr.alnum(8, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'), lambda rr: rr.uuid()][ost]
        self.rid_style = r.randint(0, 2)
        self.idpools = {}

    def plan_files(self, r):
        arches = []
        inc = []
        for k in self.kinds:
            el = ELIGIBLE[k]
            w = []
            for a, wt in el.items():
                have = arches.count(a)
                w.append((wt * (1.5 if have else 1.0), a))
            a = r.choices([x for _, x in w], [x for x, _ in w])[0]
            if a not in arches:
                arches.append(a)
            inc.append((k, a))
        n_files = max(r.randint(3, 6), len(arches))
        pool = [a for a in FILL_W]
        while len(arches) < n_files:
            a = r.choices(pool, [FILL_W[x] for x in pool])[0]
            if arches.count(a) >= MAXDUP.get(a, 1):
                continue
            if a in ('k8s',) and 'k8s' in arches:
                continue
            arches.append(a)
        r.shuffle(arches)
        return arches, inc

    def build(self, scale):
        r = RNG(self.seed * 1000003 + self.idx * 7919 + 17)
        self.setup_world(r)
        arches, inc = self.plan_files(r)
        planned = {i: [] for i in range(len(arches))}
        inc_files = []
        for k, a in inc:
            cands = [i for i, x in enumerate(arches) if x == a]
            i = r.choice(cands)
            planned[i].append(k)
            inc_files.append((k, i))
        used_names = set()
        svcs = []
        for i, a in enumerate(arches):
            if a == 'access':
                name = 'edge'
            elif a == 'syslog':
                name = 'host'
            elif a == 'postgres':
                name = 'postgres'
            elif a == 'k8s':
                name = 'k8s-events'
            else:
                name = r.choice([s for s in self.dom['svcs'] if s not in used_names])
            used_names.add(name)
            srng = RNG(r.getrandbits(64))
            svc = ARCH[a](self, srng, name, planned[i])
            if a == 'access':
                svc.name = svc.fname.rsplit('.', 1)[0]
            if a == 'syslog':
                svc.name = svc.host
            base = svc.fname
            k = 2
            while svc.fname in [x.fname for x in svcs] or svc.fname == 'truth.json':
                svc.fname = base.replace('.', '-%d.' % k, 1) if '.' in base else '%s-%d' % (base, k)
                k += 1
            svcs.append(svc)
        # incident windows
        truth = []
        for k, i in inc_files:
            svc = svcs[i]
            s, e = self.pick_window(r, svc, k)
            svc.busy.append((s, e))
            ts, te, desc = svc.add_incident(k, s, e)
            truth.append({'kind': k, 'file': svc.fname, 'start': iso_truth(ts), 'end': iso_truth(te), 'description': desc,
                          '_s': ts, '_e': te})
        # volumes
        target = r.uniform(60000, 130000) * scale
        weights = [r.uniform(*s.wrange) for s in svcs]
        tw = sum(weights)
        for s, w in zip(svcs, weights):
            s.generate(target * w / tw / s.lpe)
        total = sum(s.nlines() for s in svcs)
        return svcs, truth, total

    def pick_window(self, r, svc, kind):
        dmin, dmax = DUR[kind]
        lo = svc.t0 + 1800 + r.uniform(300, 1200)
        for attempt in range(400):
            relax = attempt >= 200
            d = r.uniform(dmin, dmax) if not relax else dmin
            to_end = not relax and ((kind == 'silence' and r.random() < 0.25) or (kind == 'new_error' and r.random() < 0.45))
            if to_end:
                s = r.uniform(lo, max(lo, svc.t1 - max(dmin, 900)))
                e = svc.t1
            else:
                hi = svc.t1 - 600 - d
                if hi < lo:
                    d = max(dmin * 0.5, svc.t1 - 600 - lo)
                    hi = lo
                s = r.uniform(lo, hi)
                e = s + max(d, 1.0)
            if all(e + 900 < a or s > b + 900 for a, b in svc.busy):
                return s, e
        raise RuntimeError('could not place %s in %s' % (kind, svc.fname))


def plan_kinds(seed):
    m = RNG(seed * 31 + 7)
    healthy = set(m.sample(range(10), 2))
    inc_idx = [i for i in range(10) if i not in healthy]
    counts = [m.choice([1, 1, 2, 2, 2, 3]) for _ in inc_idx]
    while sum(counts) < len(ALL_KINDS):
        j = m.choice([j for j, c in enumerate(counts) if c < 3])
        counts[j] += 1
    pool = ALL_KINDS[:] + [m.choice(ALL_KINDS) for _ in range(sum(counts) - len(ALL_KINDS))]
    for _ in range(500):
        m.shuffle(pool)
        out = []
        p = 0
        for c in counts:
            out.append(pool[p:p + c])
            p += c
        if all(len(set(x)) == len(x) for x in out):
            break
    plan = {}
    for i, ks in zip(inc_idx, out):
        plan[i] = ks
    for i in healthy:
        plan[i] = []
    return plan


def main():
    if len(sys.argv) != 3:
        sys.stderr.write('usage: gen.py OUTDIR SEED\n')
        sys.exit(2)
    outdir = sys.argv[1]
    seed = int(sys.argv[2])
    os.makedirs(outdir, exist_ok=True)
    plan = plan_kinds(seed)
    for idx in range(10):
        sc = Scenario(seed, idx, plan[idx])
        scale = 1.0
        for attempt in range(6):
            svcs, truth, total = sc.build(scale)
            if MIN_LINES * 1.03 <= total <= MAX_LINES * 0.97:
                break
            scale *= 95000.0 / total
        else:
            raise RuntimeError('scenario %d: could not hit line budget (%d)' % (idx + 1, total))
        d = os.path.join(outdir, 's%02d' % (idx + 1))
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for s in svcs:
            s.write(os.path.join(d, s.fname))
        truth.sort(key=lambda x: x['_s'])
        out = {'incidents': [{k: v for k, v in x.items() if not k.startswith('_')} for x in truth], 'healthy': not truth}
        with open(os.path.join(d, 'truth.json'), 'w') as f:
            json.dump(out, f, indent=2)
            f.write('\n')
        sys.stderr.write('s%02d: %d files, %d lines, %.1fh, incidents: %s\n' % (
            idx + 1, len(svcs), total, (sc.t1 - sc.t0) / 3600, ', '.join('%s@%s' % (x['kind'], x['file']) for x in truth) or 'none (healthy)'))


if __name__ == '__main__':
    main()
