"""blind6 core helpers: seeded RNGs, integer-microsecond time, stamps,
pickers, Poisson sampling, ids, addresses, the scenario catalogue and the
per-minute traffic shape.  Standard library only."""
import base64
import bisect
import math
import random
import time

US = 1000000
SEC = US
MIN = 60 * US
HOUR = 60 * MIN


def R(*parts):
    """A random.Random seeded with a string such as 'blind6/1/s03/x.log/body'."""
    return random.Random('blind6/' + '/'.join(str(p) for p in parts))


MON = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
       'Nov', 'Dec')
DOW = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')


def offs(off_min, style='colon'):
    sign = '-' if off_min < 0 else '+'
    a = abs(off_min)
    if style == 'colon':
        return '%s%02d:%02d' % (sign, a // 60, a % 60)
    return '%s%02d%02d' % (sign, a // 60, a % 60)


class Stamp:
    """Second-resolution prefix cache: fn(struct_time) -> str, local offset."""
    __slots__ = ('fn', 'off', 'c')

    def __init__(self, fn, off_min=0):
        self.fn = fn
        self.off = off_min * 60
        self.c = {}

    def __call__(self, sec):
        p = self.c.get(sec)
        if p is None:
            p = self.fn(time.gmtime(sec + self.off))
            self.c[sec] = p
        return p


def p_iso(t):
    return '%04d-%02d-%02dT%02d:%02d:%02d' % (t[0], t[1], t[2], t[3], t[4], t[5])


def p_sp(t):
    return '%04d-%02d-%02d %02d:%02d:%02d' % (t[0], t[1], t[2], t[3], t[4], t[5])


def p_clf(t):
    return '%02d/%s/%04d:%02d:%02d:%02d' % (t[2], MON[t[1] - 1], t[0], t[3], t[4], t[5])


def p_php(t):
    return '%02d-%s-%04d %02d:%02d:%02d' % (t[2], MON[t[1] - 1], t[0], t[3], t[4], t[5])


def p_hms(t):
    return '%02d:%02d:%02d' % (t[3], t[4], t[5])


def p_date(t):
    return '%04d-%02d-%02d' % (t[0], t[1], t[2])


def iso_ms(ts, up=False):
    """ISO-8601 UTC with milliseconds and Z (floor, or ceil with up=True)."""
    if up:
        ts = -(-ts // 1000) * 1000
    s, us = divmod(ts, US)
    t = time.gmtime(s)
    return '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (t[0], t[1], t[2], t[3], t[4], t[5], us // 1000)


class Picker:
    __slots__ = ('items', 'cum', 'tot', 'n')

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        c = 0.0
        self.cum = []
        for p in pairs:
            c += p[1]
            self.cum.append(c)
        self.tot = c
        self.n = len(self.items)

    def __call__(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        return self.items[i if i < self.n else self.n - 1]


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam < 40:
        L = math.exp(-lam)
        k = 0
        p = rng.random()
        while p > L:
            k += 1
            p *= rng.random()
        return k
    v = int(round(rng.gauss(lam, math.sqrt(lam))))
    return v if v > 0 else 0


def hexs(rng, n):
    return '%0*x' % (n, rng.getrandbits(4 * n))


def uuid4(rng):
    h = '%032x' % rng.getrandbits(128)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[int(h[16], 16) & 3],
                                  h[17:20], h[20:32])


def b64id(rng, nbytes=15):
    return base64.urlsafe_b64encode(rng.getrandbits(8 * nbytes).to_bytes(nbytes, 'big')).decode()


_B36 = '0123456789abcdefghijklmnopqrstuvwxyz'


def b36(n):
    s = ''
    while True:
        n, r = divmod(n, 36)
        s = _B36[r] + s
        if not n:
            return s


_BAD_A = (0, 10, 100, 127, 169, 172, 192, 198, 203)


def pub_ip(rng):
    while True:
        a = rng.randint(1, 223)
        if a in _BAD_A:
            continue
        return '%d.%d.%d.%d' % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def priv_ip(rng, b, c_lo=0, c_hi=63):
    return '10.%d.%d.%d' % (b, rng.randint(c_lo, c_hi), rng.randint(4, 250))


def spread(rng, t0, t1, n, bell=True):
    """n sorted times in [t0, t1] with the first at t0 and the last at t1."""
    if n <= 1:
        return [t0]
    out = [t0, t1]
    span = t1 - t0
    for _ in range(n - 2):
        if bell:
            x = (rng.random() + rng.random() + rng.random()) / 3.0
            x = 0.55 * x + 0.45 * rng.random()
        else:
            x = rng.random()
        out.append(t0 + int(span * x))
    out.sort()
    return out


# --------------------------------------------------------------------------
# software versions by year
VERS = {
    'mongodb': [(2019, '4.4.2'), (2021, '5.0.6'), (2022, '6.0.4'), (2023, '6.0.12'),
                (2024, '7.0.14'), (2025, '8.0.5'), (2026, '8.0.12')],
    'mysql': [(2019, '8.0.18'), (2020, '8.0.22'), (2021, '8.0.27'), (2022, '8.0.31'),
              (2023, '8.0.35'), (2024, '8.0.39'), (2025, '8.0.41'), (2026, '8.0.44')],
    'consul': [(2019, '1.6.2'), (2020, '1.8.6'), (2021, '1.10.4'), (2022, '1.13.3'),
               (2023, '1.16.3'), (2024, '1.19.2'), (2025, '1.20.5'), (2026, '1.21.4')],
    'nomad': [(2019, '0.10.2'), (2020, '1.0.1'), (2021, '1.2.3'), (2022, '1.4.3'),
              (2023, '1.6.5'), (2024, '1.8.4'), (2025, '1.9.7'), (2026, '1.10.5')],
    'vault': [(2019, '1.3.0'), (2020, '1.6.1'), (2021, '1.9.2'), (2022, '1.12.2'),
              (2023, '1.15.4'), (2024, '1.17.6'), (2025, '1.19.2'), (2026, '1.20.4')],
    'gunicorn': [(2019, '19.9.0'), (2020, '20.0.4'), (2021, '20.1.0'), (2023, '21.2.0'),
                 (2024, '22.0.0'), (2025, '23.0.0')],
    'python': [(2019, '3.7'), (2020, '3.8'), (2021, '3.9'), (2022, '3.10'), (2023, '3.11'),
               (2024, '3.12'), (2025, '3.13')],
    'apache': [(2019, '2.4.41'), (2020, '2.4.46'), (2021, '2.4.51'), (2022, '2.4.54'),
               (2023, '2.4.57'), (2024, '2.4.62'), (2025, '2.4.63'), (2026, '2.4.65')],
    'php': [(2019, '7.3'), (2020, '7.4'), (2021, '8.0'), (2022, '8.1'), (2023, '8.2'),
            (2024, '8.3'), (2025, '8.4')],
    'cassandra': [(2019, '3.11.5'), (2020, '3.11.9'), (2021, '4.0.1'), (2022, '4.0.7'),
                  (2023, '4.1.3'), (2024, '4.1.6'), (2025, '5.0.3'), (2026, '5.0.5')],
    'java': [(2019, '1.8.0_232'), (2021, '11.0.13'), (2023, '11.0.21'), (2025, '17.0.14')],
    'rabbitmq': [(2019, '3.7.23'), (2020, '3.8.9'), (2021, '3.9.11'), (2022, '3.10.13'),
                 (2023, '3.12.10'), (2024, '3.13.7'), (2025, '3.13.7')],
    'erlang': [(2019, '22.1.8'), (2020, '23.1.5'), (2021, '24.2'), (2022, '25.1.2'),
               (2023, '25.3.2.8'), (2024, '26.2.5'), (2025, '26.2.5.9')],
    'sidekiq': [(2019, '6.0.3'), (2020, '6.1.2'), (2021, '6.4.0'), (2022, '6.5.8'),
                (2023, '7.2.0'), (2024, '7.3.2'), (2025, '7.3.9'), (2026, '8.0.7')],
    'ruby': [(2019, '2.6.5'), (2020, '2.7.2'), (2021, '3.0.3'), (2022, '3.1.3'),
             (2023, '3.2.2'), (2024, '3.3.5'), (2025, '3.4.2')],
    'kernel': [(2019, '4.19.0-6-cloud-amd64 #1 Debian 4.19.67-2+deb10u2'),
               (2021, '5.10.0-9-cloud-amd64 #1 Debian 5.10.70-1'),
               (2023, '6.1.0-13-cloud-amd64 #1 Debian 6.1.55-1'),
               (2025, '6.1.0-31-cloud-amd64 #1 Debian 6.1.128-1')],
    'cowboy': [(2019, '2.7.0'), (2021, '2.9.0'), (2023, '2.10.0'), (2025, '2.12.0')],
    'phoenix': [(2019, '1.4.11'), (2020, '1.5.7'), (2022, '1.6.15'), (2023, '1.7.10'),
                (2025, '1.7.20')],
    'squid': [(2019, '4.6'), (2021, '4.13'), (2023, '5.7'), (2025, '6.10')],
}


def ver(name, year):
    best = VERS[name][0][1]
    for y, v in VERS[name]:
        if y <= year:
            best = v
    return best


# --------------------------------------------------------------------------
# scenario catalogue
DOMAINS = {
    'ecommerce': dict(
        nouns=['products', 'carts', 'orders', 'customers', 'reviews', 'wishlists',
               'promotions', 'shipments', 'inventory', 'addresses'],
        profile='consumer', suffix=['Goods', 'Outfitters', 'Market', 'Supply'],
        jobs=['OrderConfirmationJob', 'InventorySyncJob', 'AbandonedCartJob', 'InvoicePdfJob',
              'PriceFeedImportJob', 'ReviewModerationJob', 'ShipmentTrackingJob'],
        partners=['api.stripe.com', 'api.shipengine.com', 'api.sendgrid.com', 'hooks.slack.com',
                  'api.taxjar.com', 'api.algolia.net'],
        words=['boots', 'linen+shirt', 'rain+jacket', 'gift+card', 'ceramic+mug', 'tote']),
    'fintech': dict(
        nouns=['accounts', 'payments', 'transfers', 'cards', 'statements', 'beneficiaries',
               'ledger-entries', 'fx-quotes', 'mandates'],
        profile='business', suffix=['Pay', 'Ledger', 'Capital', 'Money'],
        jobs=['SettlementBatchJob', 'StatementRenderJob', 'KycRefreshJob', 'FxRateSyncJob',
              'ChargebackImportJob', 'ReconciliationJob'],
        partners=['api.stripe.com', 'api.plaid.com', 'api.onfido.com', 'api.twilio.com',
                  'sqs.eu-west-1.amazonaws.com'],
        words=['rent', 'payroll', 'invoice+2231', 'refund', 'groceries']),
    'logistics': dict(
        nouns=['shipments', 'parcels', 'routes', 'depots', 'drivers', 'tracking-events',
               'labels', 'manifests', 'pickups'],
        profile='business', suffix=['Freight', 'Logistics', 'Parcel', 'Haulage'],
        jobs=['LabelPrintJob', 'RouteOptimisationJob', 'ManifestCloseJob', 'CarrierSyncJob',
              'ProofOfDeliveryJob', 'EtaRecomputeJob'],
        partners=['api.here.com', 'maps.googleapis.com', 'api.dhl.com', 'hooks.slack.com',
                  'api.twilio.com'],
        words=['rotterdam', 'pallet', 'express', 'returns', 'depot+7']),
    'healthcare': dict(
        nouns=['appointments', 'patients', 'practitioners', 'slots', 'prescriptions',
               'invoices', 'referrals', 'clinics'],
        profile='business', suffix=['Health', 'Care', 'Clinics', 'Medical'],
        jobs=['AppointmentReminderJob', 'InsuranceClaimJob', 'LabResultImportJob',
              'SlotGenerationJob', 'InvoiceExportJob'],
        partners=['api.twilio.com', 'api.sendgrid.com', 'fhir.payer-gateway.net',
                  'hooks.slack.com'],
        words=['dermatology', 'physio', 'blood+test', 'dr+ahmed', 'pediatrics']),
    'media': dict(
        nouns=['videos', 'playlists', 'channels', 'subscriptions', 'comments', 'thumbnails',
               'recommendations', 'watch-history'],
        profile='consumer', suffix=['Stream', 'Media', 'TV', 'Studios'],
        jobs=['TranscodeCallbackJob', 'ThumbnailJob', 'RecommendationRefreshJob',
              'SubtitleImportJob', 'ViewCountFlushJob'],
        partners=['s3.eu-west-1.amazonaws.com', 'api.mux.com', 'fcm.googleapis.com',
                  'api.stripe.com'],
        words=['documentary', 'live', 'cooking', 'f1+highlights', 'lofi']),
    'edtech': dict(
        nouns=['courses', 'lessons', 'enrollments', 'quizzes', 'submissions', 'grades',
               'classrooms', 'certificates'],
        profile='business', suffix=['Learn', 'Academy', 'Classroom', 'Tutor'],
        jobs=['GradeSyncJob', 'CertificateRenderJob', 'ProgressDigestJob',
              'PlagiarismCheckJob', 'RosterImportJob'],
        partners=['api.openai.com', 'api.sendgrid.com', 'oauth2.googleapis.com',
                  'api.zoom.us'],
        words=['algebra', 'python+basics', 'french+a2', 'chemistry', 'essay']),
    'travel': dict(
        nouns=['flights', 'hotels', 'bookings', 'itineraries', 'fares', 'travellers',
               'vouchers', 'seat-maps'],
        profile='consumer', suffix=['Trips', 'Travel', 'Voyages', 'Journeys'],
        jobs=['FareRefreshJob', 'BookingConfirmationJob', 'PnrSyncJob', 'VoucherExpiryJob',
              'ItineraryPdfJob'],
        partners=['api.amadeus.com', 'api.stripe.com', 'api.sendgrid.com',
                  'distribution-xml.booking.com'],
        words=['lisbon', 'tokyo+ryokan', 'ski', 'city+break', 'nairobi']),
    'saas_crm': dict(
        nouns=['contacts', 'deals', 'companies', 'pipelines', 'activities', 'notes',
               'webhooks', 'reports', 'sequences'],
        profile='business', suffix=['CRM', 'Pipeline', 'Desk', 'Works'],
        jobs=['WebhookDeliveryJob', 'ReportExportJob', 'EmailSyncJob', 'DedupeContactsJob',
              'SequenceStepJob', 'CsvImportJob'],
        partners=['gmail.googleapis.com', 'graph.microsoft.com', 'api.sendgrid.com',
                  'hooks.slack.com', 'api.hubapi.com'],
        words=['acme', 'renewal', 'q3+pipeline', 'churn', 'enterprise']),
    'iot': dict(
        nouns=['devices', 'telemetry', 'firmware', 'alerts', 'sites', 'gateways', 'commands',
               'readings'],
        profile='flat', suffix=['Sense', 'Telemetry', 'Grid', 'Devices'],
        jobs=['FirmwareRolloutJob', 'AlertDigestJob', 'ReadingRollupJob', 'DeviceSyncJob',
              'CertRotationJob'],
        partners=['iot.eu-west-1.amazonaws.com', 'api.twilio.com', 'hooks.slack.com',
                  's3.eu-west-1.amazonaws.com'],
        words=['thermostat', 'meter+42', 'offline', 'battery', 'substation']),
    'food_delivery': dict(
        nouns=['restaurants', 'menus', 'orders', 'couriers', 'deliveries', 'ratings',
               'coupons', 'baskets'],
        profile='consumer', suffix=['Eats', 'Bites', 'Kitchen', 'Dash'],
        jobs=['CourierAssignmentJob', 'MenuImportJob', 'PayoutJob', 'RatingReminderJob',
              'SurgePricingJob'],
        partners=['api.stripe.com', 'maps.googleapis.com', 'fcm.googleapis.com',
                  'api.twilio.com'],
        words=['ramen', 'pizza', 'vegan', 'burrito', 'sushi']),
    'gaming': dict(
        nouns=['matches', 'players', 'leaderboards', 'items', 'store', 'sessions', 'friends',
               'clans'],
        profile='consumer', suffix=['Games', 'Arcade', 'Play', 'Interactive'],
        jobs=['SeasonRolloverJob', 'LeaderboardSnapshotJob', 'ReceiptValidationJob',
              'MatchReplayJob', 'BanWaveJob'],
        partners=['api.steampowered.com', 'androidpublisher.googleapis.com',
                  'buy.itunes.apple.com', 'hooks.slack.com'],
        words=['ranked', 'skin', 'battle+pass', 'clan+war', 'speedrun']),
    'realestate': dict(
        nouns=['listings', 'agents', 'viewings', 'offers', 'mortgages', 'neighbourhoods',
               'saved-searches', 'valuations'],
        profile='consumer', suffix=['Homes', 'Estates', 'Property', 'Realty'],
        jobs=['ListingImportJob', 'PriceAlertJob', 'ValuationRefreshJob', 'ViewingReminderJob',
              'PhotoResizeJob'],
        partners=['maps.googleapis.com', 'api.sendgrid.com', 's3.eu-west-1.amazonaws.com',
                  'api.zoopla.co.uk'],
        words=['2+bed', 'garden', 'studio', 'near+station', 'detached']),
}

CO_A = ['Bramble', 'Quill', 'Cobalt', 'Harrow', 'Tidewater', 'Juniper', 'Larkspur',
        'Copperleaf', 'Fennel', 'Marlowe', 'Saltmarsh', 'Wren', 'Halcyon', 'Pinecrest',
        'Oakhollow', 'Driftwood', 'Ember', 'Kestrel', 'Nimbus', 'Orchard', 'Peregrine',
        'Ravelin', 'Sable', 'Thistle', 'Umber', 'Vesper', 'Willowby', 'Yarrow', 'Zephyr',
        'Ashgrove', 'Bellweather', 'Cinder', 'Dunmore', 'Foxglove', 'Gannet', 'Heron']

TZS = [(-480, 'us-west-2'), (-300, 'us-east-1'), (-180, 'sa-east-1'), (0, 'eu-west-1'),
       (0, 'eu-west-2'), (60, 'eu-central-1'), (60, 'eu-west-3'), (120, 'eu-north-1'),
       (330, 'ap-south-1'), (480, 'ap-southeast-1'), (540, 'ap-northeast-1'),
       (600, 'ap-southeast-2')]


def curve(h, profile, weekend):
    def g(mu, s):
        d = abs(h - mu)
        d = min(d, 24 - d)
        return math.exp(-0.5 * (d / s) ** 2)
    if profile == 'business':
        v = 0.10 + 1.0 * g(10.8, 2.4) + 0.85 * g(15.3, 2.3)
        if weekend:
            v = 0.10 + 0.35 * (v - 0.10)
        return v
    if profile == 'consumer':
        v = 0.14 + 0.55 * g(12.5, 2.4) + 1.0 * g(20.4, 2.1)
        if weekend:
            v *= 1.1
        return v
    return 0.65 + 0.25 * g(14.0, 5.0)


def make_shape(rng, w0, minutes, tz_off, profile):
    """Normalized (mean 1) per-minute traffic factor for a scenario window."""
    out = []
    x = 0.0
    bursts = []
    for _ in range(poisson(rng, minutes / 40.0)):
        bursts.append((rng.randrange(minutes), rng.randint(1, 4), rng.uniform(1.25, 1.85)))
    base_s = w0 // US
    for m in range(minutes + 2):
        t = base_s + m * 60 + 30 + tz_off * 60
        day = (t // 86400 + 3) % 7          # 1970-01-01 was a Thursday
        lh = (t % 86400) / 3600.0
        c = curve(lh, profile, day >= 5)
        x = 0.93 * x + rng.gauss(0.0, 0.04)
        f = c * math.exp(x)
        for bs, bd, bf in bursts:
            if bs <= m < bs + bd:
                f *= bf
        out.append(f)
    mean = sum(out) / len(out)
    return [v / mean for v in out]
