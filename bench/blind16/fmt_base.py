import sys
sys.dont_write_bytecode = True
from core import *

ALL = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood',
       'silence', 'oom_kill', 'disk_full', 'panic']


class Fmt:
    fname = 'x.log'
    absolute = False
    res = 1000           # timestamp resolution in ms
    weight = 1.0         # share of scenario volume
    req_share = 0.0      # share of events that are timed/request lines
    has_status = False
    has_dur = False
    warn_p = 0.025
    crlf = False
    bom = False
    gz_ok = True
    theme = ''
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence')
    nerr = 3

    def __init__(self, sc, r):
        self.sc = sc
        self.ck = sc.clock
        self.year = sc.year
        self.host = sc.host
        self.r0 = r
        self.setup(r)

    def setup(self, r):
        pass

    def periodic(self):
        return []

    def status(self, r):
        x = r.random()
        if x < 0.70: return 200
        if x < 0.74: return 201
        if x < 0.78: return 204
        if x < 0.80: return 301
        if x < 0.88: return 304
        if x < 0.915: return 401
        if x < 0.997: return 404
        return r.choice([500, 502, 503])

    # bsd syslog prefix "Mar  5 10:41:00"
    def bsd(self, t):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        return '%s %2d %02d:%02d:%02d' % (MON[Mo - 1], D, h, mi, (t // 1000) % 60)

    def iso_off(self, t, frac=0, colon=True):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        s = '%04d-%02d-%02dT%02d:%02d:%02d' % (Y, Mo, D, h, mi, (t // 1000) % 60)
        if frac == 3:
            s += '.%03d' % (t % 1000)
        return s + offs(off, colon)

    def localdt(self, t, sep=' ', frac=''):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        s = '%04d-%02d-%02d%s%02d:%02d:%02d' % (Y, Mo, D, sep, h, mi, (t // 1000) % 60)
        if frac:
            s += frac + '%03d' % (t % 1000)
        return s

    def utcz(self, t, frac=True):
        Y, Mo, D, h, mi, wd, off = self.sc.uclock.lt(t)
        s = '%04d-%02d-%02dT%02d:%02d:%02d' % (Y, Mo, D, h, mi, (t // 1000) % 60)
        if frac:
            s += '.%03d' % (t % 1000)
        return s + 'Z'
