"""Traffic model and incident application for one log file (blind21)."""
import math

from fmtbase import poisson

CURVES = {
    # relative load by local hour 0..23 (linear interpolation between hours)
    "office": [0.30, 0.25, 0.22, 0.22, 0.25, 0.35, 0.55, 0.85, 1.25, 1.50, 1.55, 1.50,
               1.30, 1.40, 1.50, 1.45, 1.30, 1.05, 0.80, 0.65, 0.55, 0.48, 0.40, 0.34],
    "consumer": [0.70, 0.50, 0.38, 0.32, 0.30, 0.35, 0.50, 0.75, 0.90, 0.95, 1.00, 1.05,
                 1.10, 1.05, 1.00, 1.00, 1.05, 1.15, 1.35, 1.55, 1.65, 1.55, 1.25, 0.95],
    "flat": [0.88, 0.86, 0.85, 0.85, 0.86, 0.88, 0.92, 0.98, 1.04, 1.08, 1.10, 1.10,
             1.08, 1.09, 1.10, 1.09, 1.07, 1.04, 1.02, 1.00, 0.98, 0.95, 0.92, 0.90],
    "batch": [1.30, 1.55, 1.60, 1.50, 1.30, 1.00, 0.80, 0.75, 0.85, 0.95, 1.00, 1.00,
              0.95, 0.95, 1.00, 1.00, 0.95, 0.90, 0.85, 0.85, 0.90, 0.95, 1.05, 1.15],
}


def curve_value(name, local_minute_of_day):
    c = CURVES[name]
    h = (local_minute_of_day / 60.0) % 24
    i = int(h)
    f = h - i
    return c[i] * (1 - f) + c[(i + 1) % 24] * f


def mean_curve(name, t0, t1, off):
    n = max(1, int((t1 - t0) // 60))
    s = 0.0
    for m in range(n):
        s += curve_value(name, ((t0 + off) // 60 + m) % 1440)
    return s / n


def norm(t, x):
    """normalise a template result to a list of (t, line)"""
    if isinstance(x, str):
        return [(t, x)]
    if not x:
        return []
    if isinstance(x[0], tuple):
        return list(x)
    return [(t, l) for l in x]


class FilePlan:
    def __init__(self, fname, fmt, rate, curve, incidents, restart, extra_gaps=()):
        self.fname = fname
        self.extra_gaps = list(extra_gaps)   # (t_from, t_to): sibling process down
        self.fmt = fmt
        self.rate = rate              # normal events per minute at curve 1.0
        self.curve = curve
        self.incidents = incidents    # list of dicts (kind, t0, t1, params)
        self.restart = restart        # dict(t=...) or None


def generate(fp, sc, mkrng):
    """return the file's lines (no terminators) and fill crash/banner times into incidents"""
    fmt = fp.fmt
    t0, t1 = sc.t0, sc.t1
    rt = mkrng("traffic")
    ri = mkrng("incidents")
    items = []          # (t, seq, line)
    seq = [0]

    def add(pairs, tag=0, rec=None):
        for tt, line in pairs:
            seq[0] += 1
            items.append((tt, seq[0], line, tag, tt if rec is None else rec))

    incs = fp.incidents
    floods = [(i["t0"], i["t1"], i["mult"]) for i in incs if i["kind"] == "traffic_flood"]
    lats = [(i["t0"], i["t1"], i["mult"]) for i in incs if i["kind"] == "latency_shift"]
    h5 = [(i["t0"], i["t1"], i["p"]) for i in incs if i["kind"] == "http_5xx"]
    mods = lats + h5

    # restart times let formats switch pid / counters at the right moment
    switch = []
    for i in incs:
        if i["kind"] in ("oom_kill", "panic"):
            switch.append(i["t0"] + i["gap"])
    if fp.restart:
        switch.append(fp.restart["t"] + fp.restart["gap"])
    for a, b in fp.extra_gaps:
        switch.append(b)
    fmt.set_switches(sorted(switch))

    def setmods(t):
        if not mods:
            return
        fmt.lat = 1.0
        fmt.p5xx = fmt.base5xx
        for a, b, v in lats:
            if a <= t < b:
                fmt.lat = v
        for a, b, v in h5:
            if a <= t < b:
                fmt.p5xx = v

    # natural bursts: a few per hour, 1-3 min, x1.5-2.6
    bursts = []
    hours = (t1 - t0) / 3600.0
    for _ in range(poisson(rt, 3.0 * hours)):
        bs = t0 + rt.random() * (t1 - t0)
        bursts.append((bs, bs + rt.uniform(60, 180), rt.uniform(1.5, 2.6)))

    # 1) schedule every record as (t, fn, extra?) ; 2) render in time order so that
    #    counters (event ids, connection numbers, channel ids) grow with time.
    reqs = []

    def req(t, fn, tag=0):
        reqs.append((t, len(reqs), fn, tag))

    nmin = int((t1 - t0) // 60)
    wf = fmt.WARN_FRAC * rt.uniform(0.5, 1.5)
    has_err = bool(fmt.ERRORS)
    err_rate = fmt.ERR_RATE
    retry_rate = fmt.RETRY_RATE if fmt.RETRY else 0.0
    lmin0 = (t0 + sc.off) // 60
    for m in range(nmin):
        ms = t0 + 60 * m
        cv = curve_value(fp.curve, (lmin0 + m) % 1440)
        mult = cv
        for a, b, v in bursts:
            if a <= ms + 30 < b:
                mult *= v
        for a, b, v in floods:
            if a <= ms < b:
                mult *= v
        if fp.rate > 0:
            n = poisson(rt, fp.rate * mult)
            for _ in range(n):
                t = ms + rt.random() * 60
                req(t, fmt.warn if rt.random() < wf else fmt.normal)
        if has_err:
            for _ in range(poisson(rt, err_rate * min(cv, 1.3))):
                t = ms + rt.random() * 60
                req(t, fmt.err_fns[0 if rt.random() < 0.5 else rt.randrange(len(fmt.err_fns))])
        if retry_rate:
            for _ in range(poisson(rt, retry_rate)):
                t = ms + rt.random() * 50
                k = rt.choice((1, 1, 1, 2, 2, 3))
                for j in range(k):
                    req(t, fmt.retry_fn)
                    t += rt.uniform(0.5, 3.0) * (j + 1)
                if fmt.retry_ok_fn:
                    req(t, fmt.retry_ok_fn)

    # heartbeats / housekeeping: phase small so both edges are covered
    if fmt.HB:
        period, name = fmt.HB
        fn = getattr(fmt, name)
        t = t0 + rt.uniform(1, min(period, 45))
        while t < t1:
            req(t, fn)
            t += period * rt.uniform(0.98, 1.02)
        tl = t1 - rt.uniform(2, 40)
        if tl - (t - period) > 60:
            req(tl, fn)
    fmt.setmods = setmods
    per = fmt.periodic(t0, t1, rt)
    fmt.lat = 1.0
    fmt.p5xx = fmt.base5xx
    if per:
        add(per)
    if fp.rate > 0 or not (fmt.HB or per):
        for tt in (t0 + rt.uniform(0.5, 20), t1 - rt.uniform(0.5, 20)):
            req(tt, fmt.normal)

    # ----------------------------------------------------------- incidents
    gaps = []
    for inc in incs:
        k = inc["kind"]
        a, b = inc["t0"], inc["t1"]
        if k in ("error_burst", "new_error", "retry_storm", "disk_full"):
            fn = inc["fn"]
            lam = inc["lam"]
            mm = a
            while mm < b - 1:
                n = poisson(ri, lam * ri.uniform(0.85, 1.15))
                if k != "retry_storm":
                    n = max(n, 2)
                for _ in range(n):
                    t = mm + ri.random() * 60
                    if t < b:
                        req(t, fn, 1)
                mm += 60
        elif k == "silence":
            gaps.append([a, b, False])
        elif k in ("oom_kill", "panic"):
            req(a, fmt.oom_fn if k == "oom_kill" else fmt.panic_fn, 1)
            tb = a + inc["gap"]
            inc["_gap"] = [a - 0.001, tb, True]
            gaps.append(inc["_gap"])
            req(tb, fmt.banner, 2)
    if fp.restart:
        rs = fp.restart
        req(rs["t"], fmt.shutdown, 1)
        tb = rs["t"] + rs["gap"]
        rs["_gap"] = [rs["t"] - 0.001, tb, True]
        gaps.append(rs["_gap"])
        req(tb, fmt.banner, 3)
    for a, b in fp.extra_gaps:
        g = [a - 0.001, b, True]
        gaps.append(g)
        req(b, fmt.banner, 4)

    reqs.sort(key=lambda x: (x[0], x[1]))
    for t, _, fn, tag in reqs:
        setmods(t)
        pairs = norm(t, fn(t))
        if pairs and tag in (2, 3, 4):
            end = max(tt for tt, _ in pairs)
            for g in gaps:
                if g[2] and abs(g[1] - t) < 1e-6:
                    g[1] = max(g[1], end + 0.0005)
            if tag == 2:
                for inc in incs:
                    if "_gap" in inc and abs(inc["t0"] + inc["gap"] - t) < 1e-6:
                        inc["t1"] = end + 1.0
            elif tag == 3:
                fp.restart["t1"] = end + 1.0
        add(pairs, 1 if tag else 0, t)
    fmt.lat = 1.0
    fmt.p5xx = fmt.base5xx
    if gaps:
        keep = []
        for it in items:
            if it[3]:
                keep.append(it)
                continue
            drop = False
            for a, b, proc in gaps:
                if a <= it[0] < b or (proc and it[4] < a <= it[0]):
                    drop = True
                    break
            if not drop:
                keep.append(it)
        items = keep
    items = [it for it in items if t0 <= it[0] < t1]
    items.sort(key=lambda x: (x[0], x[1]))
    return [it[2] for it in items]
