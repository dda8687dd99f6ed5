#!/usr/bin/env python3
"""blind8: deterministic generator of production log bundles with labelled incidents.

usage: python3 gen.py OUTDIR SEED
"""
import calendar
import gzip
import json
import math
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fmts  # noqa: E402

US = 1_000_000
MIN = 60 * US
KINDS = ["error_burst", "silence", "retry_storm", "latency_shift", "oom_kill", "new_error",
         "disk_full", "panic", "http_5xx", "traffic_flood"]
EVENT_KINDS = {"error_burst", "retry_storm", "new_error", "oom_kill", "disk_full", "panic"}

# ---------------------------------------------------------------- time zones (own DST rules)


def _nth_sunday(y, m, n):
    d = 1 + (6 - calendar.weekday(y, m, 1)) % 7
    return d + 7 * (n - 1)


def _last_sunday(y, m):
    last = calendar.monthrange(y, m)[1]
    return last - (calendar.weekday(y, m, last) - 6) % 7


def _utc(y, mo, d, h):
    return calendar.timegm((y, mo, d, h, 0, 0))


def _eu(y, s):
    return _utc(y, 3, _last_sunday(y, 3), 1) <= s < _utc(y, 10, _last_sunday(y, 10), 1)


def _us(std):
    def f(y, s):
        a = _utc(y, 3, _nth_sunday(y, 3, 2), 2) - std * 3600
        b = _utc(y, 11, _nth_sunday(y, 11, 1), 2) - (std + 1) * 3600
        return a <= s < b
    return f


def _au(y, s):  # Sydney: DST from 1st Sun Oct 02:00 std to 1st Sun Apr 03:00 dst
    end = _utc(y, 4, _nth_sunday(y, 4, 1), 3) - 11 * 3600
    start = _utc(y, 10, _nth_sunday(y, 10, 1), 2) - 10 * 3600
    return s < end or s >= start


ZONES = {
    "UTC": (0, None), "Europe/Berlin": (3600, _eu), "Europe/London": (0, _eu),
    "America/New_York": (-5 * 3600, _us(-5)), "America/Chicago": (-6 * 3600, _us(-6)),
    "America/Los_Angeles": (-8 * 3600, _us(-8)), "Asia/Kolkata": (19800, None),
    "Asia/Kathmandu": (20700, None), "Australia/Sydney": (36000, _au), "America/Bogota": (-18000, None),
    "Asia/Tokyo": (32400, None), "Europe/Helsinki": (7200, _eu),
}


def tz_offset(zone, s):
    std, rule = ZONES[zone]
    y = __import__("time").gmtime(s).tm_year
    return std + (3600 if rule and rule(y, s) else 0)


# ---------------------------------------------------------------- helpers


def poisson(r, mu):
    if mu <= 0:
        return 0
    if mu < 30:
        L, k, p = math.exp(-mu), 0, 1.0
        while True:
            p *= r.random()
            if p <= L:
                return k
            k += 1
    return max(0, int(round(r.gauss(mu, math.sqrt(mu)))))


def iso_ms(us):
    s, f = divmod(us, US)
    import time as _t
    return _t.strftime("%Y-%m-%dT%H:%M:%S", _t.gmtime(s)) + ".%03dZ" % (f // 1000)


def q(t, res):
    return t - t % res


# ---------------------------------------------------------------- scenario planning


class Plan:
    pass


def make_window(r, year):
    while True:
        doy = r.randint(3, 358)
        s0 = calendar.timegm((year, 1, 1, 0, 0, 0)) + doy * 86400 + r.randint(0, 86399)
        dur = r.randint(2 * 3600 + 300, 8 * 3600 - 600)
        return s0, dur


def curve(off, us):
    h = ((us // US + off) % 86400) / 3600.0
    return 0.58 + 0.42 * math.cos(2 * math.pi * (h - 14.5) / 24.0)


class FileGen:
    """Builds the event list for one file."""

    def __init__(self, F, seed, sid, w0, w1, incs, restarts):
        self.F, self.w0, self.w1, self.incs, self.restarts = F, w0, w1, incs, restarts
        base = "blind8/%s/%s/%s/" % (seed, sid, F.fname)
        self.rt = random.Random(base + "traffic")
        self.rn = random.Random(base + "noise")
        self.ri = random.Random(base + "incidents")

    def build(self):
        F, rt, rn = self.F, self.rt, self.rn
        w0, w1, res = self.w0, self.w1, F.res
        ev = []
        lat_w = [(i["ws"], i["we"], i["factor"]) for i in self.incs if i["kind"] == "latency_shift"]
        p5_w = [(i["ws"], i["we"], i["p"]) for i in self.incs if i["kind"] == "http_5xx"]
        fl_w = [(i["ws"], i["we"], i["factor"]) for i in self.incs if i["kind"] == "traffic_flood"]
        drop = []  # (a, b) ranges where nothing is written
        for i in self.incs:
            if i["kind"] == "silence":
                drop.append((i["ws"], i["we"] + 2 * US if not i.get("forever") else w1 + 10 * MIN))
        f_first = q(w0 + rt.randint(0, 50 * US), res)
        if getattr(F, "boot", None) and F.mono:
            f_first = max(f_first, q(F.boot + 4 * US, res))
        forever = any(i.get("forever") for i in self.incs)
        f_last = q(w1 - rt.randint(0, 50 * US), res)
        self.f_first, self.f_last = f_first, f_last
        # short bursts x1.3-1.8 lasting 1-4 min, away from flood windows
        bursts = []
        for _ in range(rt.randint(2, 6)):
            bs = rt.randint(w0 + 20 * MIN, w1 - 20 * MIN)
            be = bs + rt.randint(60, 240) * US
            if all(be < a - 40 * MIN or bs > b + 40 * MIN for a, b, _f in fl_w):
                bursts.append((bs, be, rt.uniform(1.3, 1.8)))
        base = F.eps  # events per second at curve 1.0
        t = w0 - w0 % MIN
        while t < w1:
            c = curve(F.off, t) * base
            for bs, be, bf in bursts:
                if bs <= t < be:
                    c *= bf
            n = poisson(rt, c * 60)
            fl = 0
            for a, b, f in fl_w:
                if a <= t + 30 * US <= b:
                    fl = poisson(rt, c * 60 * (f - 1))
            for k in range(n + fl):
                tt = q(t + rt.randrange(MIN), res)
                if tt < f_first or tt > f_last:
                    continue
                if k >= n:
                    if fl_w and any(a <= tt <= b for a, b, _f in fl_w):
                        ev.append((tt, 1, "flood", None))
                    continue
                lat, p5 = 1.0, 0.0
                for a, b, f in lat_w:
                    if a <= tt <= b:
                        lat = f
                for a, b, p in p5_w:
                    if a <= tt <= b:
                        p5 = p
                ev.append((tt, 1, "normal", (lat, p5)))
            t += MIN
        # noise streams
        dur_min = (w1 - w0) / MIN

        def stream(rate_per_min, name, arg=None):
            n = poisson(rn, rate_per_min * dur_min)
            for _ in range(n):
                ev.append((q(rn.randint(f_first, f_last), res), 2, name, arg))
        if F.warn_rate[1] > 0:
            stream(rn.uniform(*F.warn_rate), "warn")
        if F.err_max > 0:
            stream(rn.uniform(0.06, max(0.07, min(0.3, F.err_max))), "error")
        if F.has_retry:
            stream(rn.uniform(0.03, 0.2), "retry")
        if F.job_every:
            p = F.job_every * MIN
            t = f_first + rn.randint(0, F.job_every * 60) * US
            t -= t % MIN
            while t < f_last:
                if t > f_first:
                    ev.append((q(t + rn.randint(0, 2000) * 1000, res), 2, "job", None))
                t += p
        if F.hb_every:
            p = F.hb_every * MIN
            t = f_first + p
            while t < f_last:
                ev.append((q(t + rn.randint(0, 999) * 1000, res), 2, "heartbeat", None))
                t += p
        ev.append((f_first, 0, "heartbeat", None))
        if not forever:
            ev.append((f_last, 9, "heartbeat", None))
        # benign restarts
        for rs in self.restarts:
            ev.append((q(rs, res), 3, "shutdown", None))
            rb = q(rs + rn.randint(4 * US, 50 * US), res)
            ev.append((rb, 3, "banner", None))
            drop.append((q(rs, res) + 1, rb - 1))
        # incidents (event kinds)
        ri = self.ri
        for inc in self.incs:
            k = inc["kind"]
            ws, we = inc["ws"], inc["we"]
            if k in EVENT_KINDS:
                ws = q(ws + ri.randint(0, 999), res)
                we = q(we - ri.randint(0, 999), res)
            times = []
            if k == "error_burst":
                n = inc["n"]
                times = sorted(q(ri.randint(ws, we), res) for _ in range(n - 2)) + [ws, we]
                for x in times:
                    ev.append((x, 4, "burst_error", None))
            elif k == "retry_storm":
                n = inc["n"]
                times = sorted(q(ri.randint(ws, we), res) for _ in range(n - 2)) + [ws, we]
                for x in times:
                    ev.append((x, 4, "storm_retry", None))
            elif k == "new_error":
                x = ws
                while x <= we:
                    times.append(x)
                    ev.append((x, 4, "newerr", None))
                    x = q(x + ri.randint(25_000_000, 80_000_000), res)
            elif k == "disk_full":
                x = ws
                while x <= we:
                    times.append(x)
                    ev.append((x, 4, "disk", None))
                    x = q(x + ri.randint(8_000_000, 70_000_000), res)
            elif k in ("panic", "oom_kill"):
                for c in inc["crashes"]:
                    c = q(c + ri.randint(0, 999_999), res)
                    b = q(c + ri.randint(2_000_000, 40_000_000), res)
                    ev.append((c, 4, "crash_panic" if k == "panic" else "crash_oom", None))
                    ev.append((b, 4, "banner", None))
                    drop.append((c + 1, b - 1))
                    times += [c, b]
            if times:
                inc["t_first"], inc["t_last"] = min(times), max(times)
        keep_kinds = ("burst_error", "storm_retry", "newerr", "disk", "crash_panic", "crash_oom", "banner",
                      "shutdown")
        sil = [(i["ws"], i["we"] + 2 * US if not i.get("forever") else w1 + 10 * MIN)
               for i in self.incs if i["kind"] == "silence"]
        down = drop[len(sil):]
        if sil or down:
            out = []
            for e in ev:
                x = e[0]
                if any(a <= x <= b for a, b in sil):
                    continue
                if e[2] not in keep_kinds and any(a <= x <= b for a, b in down):
                    continue
                out.append(e)
            ev = out
        ev.sort(key=lambda e: (e[0], e[1], e[2]))
        return ev

    def render(self, ev):
        F = self.F
        out = []
        ap = out.append
        ext = out.extend
        h = F.header(ev[0][0]) if ev else []
        ext(h)
        recs = []
        for t, _p, name, arg in ev:
            r = getattr(F, name)(t, arg)
            recs.append([r] if r.__class__ is str else r)
        if F.reverse:
            recs.reverse()
        for r in recs:
            ext(r)
        if not any(i.get("forever") for i in self.incs):
            ext(F.footer(ev[-1][0]))
        return out


# ---------------------------------------------------------------- seed planning


def place(r, kind, w0, w1, taken, F):
    """Pick an incident window in a file, honouring the spacing rules."""
    lo = w0 + 41 * MIN + 60 * US
    hi = w1 - 9 * MIN - 60 * US
    for _ in range(60):
        inc = {"kind": kind}
        if kind == "error_burst":
            d = r.uniform(2.2, 7.5)
            inc["n"] = r.randint(max(28, int(math.ceil(8.2 * d))), 80)
        elif kind == "retry_storm":
            d = r.uniform(3.2, 13.5)
            inc["n"] = r.randint(max(160, int(math.ceil(17.5 * d))), 480)
        elif kind == "new_error":
            d = r.uniform(13.5, 44)
        elif kind == "latency_shift":
            d = r.uniform(15.5, 54)
            inc["factor"] = r.uniform(3.0, 6.0)
        elif kind == "http_5xx":
            d = r.uniform(8.5, 34)
            inc["p"] = r.uniform(0.055, 0.12)
        elif kind == "traffic_flood":
            d = r.uniform(10.5, 34)
            inc["factor"] = r.uniform(2.4, 5.0)
        elif kind == "silence":
            d = r.uniform(12.5, 39)
        elif kind == "disk_full":
            d = r.uniform(7.5, 24)
        else:  # panic / oom_kill
            nc = r.randint(1, 3)
            d = 1.0 + (nc - 1) * 6.0
            inc["nc"] = nc
        dl = int(d * MIN)
        if hi - lo - dl <= 0:
            continue
        ws = r.randint(lo, hi - dl)
        ws = q(ws, US if F.res >= US else 1000)
        we = ws + dl
        per_min = F.eps * 60 * curve(F.off, ws)
        if kind == "http_5xx" and per_min * F.status_share * d * inc["p"] < 14:
            continue
        if kind == "latency_shift" and per_min * F.lat_share * d < 40:
            continue
        if kind == "traffic_flood" and per_min * d < 40:
            continue
        if kind == "silence" and per_min < 2.5:
            continue
        forever = kind == "silence" and r.random() < 0.2
        if forever:
            we = w1 - 3 * MIN
            ws = max(ws, we - int(r.uniform(20, 40) * MIN))
            if ws < lo:
                continue
        if any(not (we + 13 * MIN < a or ws > b + 13 * MIN) for a, b in taken):
            continue
        if forever and any(a > ws for a, b in taken):
            continue
        if kind in ("panic", "oom_kill"):
            cs, x = [], ws
            for _ in range(inc["nc"]):
                cs.append(q(x, F.res))
                x += r.randint(150, 330) * US
            inc["crashes"] = cs
        inc["ws"], inc["we"] = q(ws, F.res), q(we, F.res)
        if forever:
            inc["forever"] = True
            inc["we"] = w1
        return inc
    return None


def plan_seed(seed):
    r = random.Random("blind8/%s/plan" % seed)
    pool = list(fmts.FORMATS)
    r.shuffle(pool)
    sizes = [r.randint(3, 6) for _ in range(10)]
    deal, scen_fmts = 0, []
    for n in sizes:
        got = []
        while len(got) < n:
            f = pool[deal % len(pool)]
            deal += 1
            if f not in got:
                got.append(f)
        scen_fmts.append(got)
    years = [r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]) for _ in range(10)]
    if all(y == 2026 for y in years):
        years[r.randrange(10)] = 2021
    if sum(1 for y in years if y != 2026) == 10:
        years[r.randrange(10)] = 2026
    healthy = set(r.sample(range(10), 2))
    return r, scen_fmts, years, healthy


def build_scenarios(seed):
    r, scen_fmts, years, healthy = plan_seed(seed)
    scen = []
    zones = [z for z in ZONES if z != "UTC"] + ["UTC"]
    for i in range(10):
        sid = "s%02d" % (i + 1)
        rs = random.Random("blind8/%s/%s/scenario" % (seed, sid))
        zone = rs.choice(zones)
        while True:
            s0, dur = make_window(rs, years[i])
            o0, o1 = tz_offset(zone, s0), tz_offset(zone, s0 + dur)
            if o0 == o1 and __import__("time").gmtime(s0 + dur + 14 * 3600).tm_year == years[i] \
                    and __import__("time").gmtime(s0 - 14 * 3600).tm_year == years[i]:
                break
        files = []
        ABS = [fmts.Suricata, fmts.ZeekConn, fmts.K8sAudit, fmts.Cloudflare, fmts.NodeDebug, fmts.GHActions,
               fmts.MongoLegacy, fmts.DB2Diag, fmts.MacLogShow, fmts.VaultAudit, fmts.ModSec]
        if not any(c in ABS for c in scen_fmts[i]):
            scen_fmts[i][-1] = rs.choice([c for c in ABS if c not in scen_fmts[i]])
        for cls in scen_fmts[i]:
            fz = zone
            if cls.zone_mode == "utc":
                fz = "UTC"
            elif cls.zone_mode == "any" and rs.random() < 0.3:
                fz = rs.choice(zones)
                if tz_offset(fz, s0) != tz_offset(fz, s0 + dur):
                    fz = zone
            F = cls(random.Random("blind8/%s/%s/%s/content" % (seed, sid, cls.key)),
                    years[i], tz_offset(fz, s0), fz, s0 * US)
            files.append(F)
        rv = random.Random("blind8/%s/%s/volume" % (seed, sid))
        target = rv.randint(58000, 100000)
        weights = [F.weight * rv.uniform(0.7, 1.3) for F in files]
        est = sum(target * w / sum(weights) * F.bpl * (0.12 if F.gz else 1.0) for F, w in zip(files, weights))
        if est > 17.5e6:
            target = max(56000, int(target * 17.5e6 / est))
        for F, wgt in zip(files, weights):
            calibrate(F, s0 * US, (s0 + dur) * US, target * wgt / sum(weights))
            F.prepare(s0 * US, (s0 + dur) * US, [])
        scen.append({"sid": sid, "zone": zone, "w0": s0 * US, "w1": (s0 + dur) * US,
                     "files": files, "healthy": i in healthy, "incs": [[] for _ in files]})
    # distribute incident kinds
    order = list(KINDS)
    r.shuffle(order)
    sick = [i for i in range(10) if i not in healthy]
    total = r.randint(14, 18)
    wanted = order + [None] * (total - len(order))
    count = {i: 0 for i in sick}
    placed = 0
    for k in wanted:
        for _attempt in range(400):
            kind = k if k else r.choice(KINDS)
            cand = [i for i in sick if count[i] < 3]
            zero = [i for i in cand if count[i] == 0]
            i = r.choice(zero if zero and k is None else cand)
            S = scen[i]
            fi = [j for j, F in enumerate(S["files"]) if kind in F.kinds]
            if not fi:
                continue
            j = r.choice(fi)
            F = S["files"][j]
            taken = [(x["ws"], x["we"]) for x in S["incs"][j]]
            if any(x.get("forever") for x in S["incs"][j]):
                continue
            inc = place(r, kind, S["w0"], S["w1"], taken, F)
            if inc is None:
                continue
            S["incs"][j].append(inc)
            count[i] += 1
            placed += 1
            break
        else:
            raise SystemExit("could not place %s" % k)
    for i in sick:
        while count[i] == 0:
            S = scen[i]
            j = r.randrange(len(S["files"]))
            F = S["files"][j]
            kind = r.choice(sorted(F.kinds))
            inc = place(r, kind, S["w0"], S["w1"], [], F)
            if inc:
                S["incs"][j].append(inc)
                count[i] += 1
    return scen


def restarts_for(F, rr, w0, w1, incs):
    if not F.has_banner or rr.random() > 0.4:
        return []
    for _ in range(30):
        t = rr.randint(w0 + 15 * MIN, w1 - 15 * MIN)
        if all(t + 2 * MIN < i["ws"] - 13 * MIN or t > i["we"] + 13 * MIN for i in incs):
            return [t]
    return []


def write_file(path, lines, F):
    text = F.eol.join(lines) + F.eol
    if F.enc == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(F.enc, "replace")
    if F.gz:
        data = gzip.compress(data, compresslevel=6, mtime=0)
    with open(path, "wb") as fh:
        fh.write(data)
    return len(data)


def calibrate(F, w0, w1, share_lines):
    # mean curve over the window
    n, acc = 0, 0.0
    t = w0
    while t < w1:
        acc += curve(F.off, t)
        n += 1
        t += 5 * MIN
    mean = acc / max(1, n)
    secs = (w1 - w0) / US
    F.eps = max(share_lines / F.lpe / secs / mean, 0.0005)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip())
        sys.exit(2)
    out, seed = sys.argv[1], sys.argv[2]
    scen = build_scenarios(seed)
    for S in scen:
        d = os.path.join(out, S["sid"])
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            os.remove(os.path.join(d, fn))
        incidents = []
        for F, incs in zip(S["files"], S["incs"]):
            rr = random.Random("blind8/%s/%s/%s/restarts" % (seed, S["sid"], F.fname))
            g = FileGen(F, seed, S["sid"], S["w0"], S["w1"], incs,
                        restarts_for(F, rr, S["w0"], S["w1"], incs))
            ev = g.build()
            lines = g.render(ev)
            write_file(os.path.join(d, F.fname), lines, F)
            for inc in incs:
                k = inc["kind"]
                if k in EVENT_KINDS:
                    a, b = inc["t_first"], inc["t_last"]
                    b = int(math.ceil(b / 1000.0)) * 1000
                else:
                    a, b = inc["ws"], inc["we"]
                incidents.append({"kind": k, "file": F.fname, "start": iso_ms(a), "end": iso_ms(b),
                                  "description": F.describe(inc)})
        incidents.sort(key=lambda x: (x["start"], x["file"]))
        with open(os.path.join(d, "truth.json"), "w") as fh:
            json.dump({"incidents": incidents}, fh, indent=2)
            fh.write("\n")


if __name__ == "__main__":
    main()
