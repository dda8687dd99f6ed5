"""Shared helpers for the blind18 generator (timestamps, randomness, renderers)."""
import math, random, time, json

GEN = "blind18"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def R(seed, scen, fname, purpose):
    return random.Random(f"{GEN}/{seed}/{scen}/{fname}/{purpose}")


def _g(t, off):
    s = math.floor(t)
    return time.gmtime(s + off), int((t - s) * 1e6)


def frac(us, d, sep="."):
    if d == 0:
        return ""
    if d <= 6:
        return sep + f"{us:06d}"[:d]
    return sep + f"{us:06d}" + f"{(us * 37) % 1000:03d}"


def offs(off, colon):
    sg = "+" if off >= 0 else "-"
    a = abs(off)
    h, m = a // 3600, (a % 3600) // 60
    return f"{sg}{h:02d}:{m:02d}" if colon else f"{sg}{h:02d}{m:02d}"


_IC = {}


def iso(t, off=0, d=3, z="Z", sep="T", fsep="."):
    """z: 'Z' -> UTC with Z; 'o' -> local+hhmm (Z if off==0); 'c' -> local +hh:mm; '' -> local no zone"""
    if z == "Z":
        off = 0
    s = math.floor(t)
    key = (s, off, z, sep)
    p = _IC.get(key)
    if p is None:
        if len(_IC) > 20000:
            _IC.clear()
        g = time.gmtime(s + off)
        p = f"{g.tm_year:04d}-{g.tm_mon:02d}-{g.tm_mday:02d}{sep}{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"
        zz = "Z" if z == "Z" else (("Z" if off == 0 else offs(off, False)) if z == "o" else (offs(off, True) if z == "c" else ""))
        p = (p, zz)
        _IC[key] = p
    us = int((t - s) * 1e6)
    return p[0] + frac(us, d, fsep) + p[1]


def slash(t, off, d=0):
    g, us = _g(t, off)
    return f"{g.tm_year:04d}/{g.tm_mon:02d}/{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}{frac(us, d)}"


def syslogts(t, off):
    g, us = _g(t, off)
    return f"{MON[g.tm_mon - 1]} {g.tm_mday:2d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"


def klogts(t, off):
    g, us = _g(t, off)
    return f"{g.tm_mon:02d}{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{us:06d}"


def pois(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def _trim(x):
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return s if s else "0"


def godur(sec):
    if sec < 1e-3:
        return _trim(sec * 1e6) + "µs"
    if sec < 1:
        return _trim(sec * 1e3) + "ms"
    if sec < 60:
        return _trim(sec) + "s"
    m = int(sec // 60)
    return f"{m}m{_trim(sec - 60 * m)}s"


import re as _re
_NQ = _re.compile(r'[ ="\t\n\\]')


def lf(v):
    """logfmt value"""
    if type(v) is int:
        return str(v)
    v = str(v)
    if v == "" or _NQ.search(v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    return v


_LQ = _re.compile(r"[^a-zA-Z0-9\-._/@^+]")


def lq(v):
    """logrus value quoting (quotes anything outside [a-zA-Z0-9-._/@^+])"""
    if type(v) is int:
        return str(v)
    v = str(v)
    if v == "" or _LQ.search(v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    return v


def kvs(kv):
    return "".join(f" {k}={lf(v)}" for k, v in kv)


def jd(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def zapfields(kv):
    if not kv:
        return ""
    return "\t" + json.dumps(dict(kv), ensure_ascii=False)


ALNUM = "bcdfghjklmnpqrstvwxz2456789"
B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def hexs(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def sfx(rng, n=5):
    x = rng.getrandbits(5 * n)
    return "".join(ALNUM[(x >> (5 * i)) & 31 % 27] if False else ALNUM[((x >> (5 * i)) & 31) % 27] for i in range(n))


def ulid(rng):
    x = rng.getrandbits(120)
    return "01" + "".join(B32[(x >> (5 * i)) & 31] for i in range(24))


def ip(rng, pre="10.244"):
    return f"{pre}.{rng.randint(0, 15)}.{rng.randint(2, 250)}"


def uuid(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def lognorm(rng, median, sigma=0.6):
    return median * math.exp(rng.gauss(0, sigma))


class Ctx:
    """per-line request context (latency multiplier / 5xx share)"""
    __slots__ = ("dmul", "p5xx")

    def __init__(self):
        self.dmul = 1.0
        self.p5xx = 0.0

    def status(self, rng, ok=200):
        if self.p5xx and rng.random() < self.p5xx:
            return rng.choice((500, 502, 503, 503, 504))
        x = rng.random()
        if x < 0.0015:
            return rng.choice((500, 502, 503))
        if x < 0.085:
            return rng.choice((400, 401, 403, 404, 404, 404, 409, 429))
        if x < 0.15:
            return rng.choice((301, 302, 304, 304))
        return ok if rng.random() < 0.9 else rng.choice((200, 201, 204))


def ri(rng, a, b):
    """fast randint"""
    return a + int(rng.random() * (b - a + 1))
