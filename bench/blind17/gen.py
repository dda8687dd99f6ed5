#!/usr/bin/env python3
"""blind17: realistic incident-bundle generator. Usage: python3 gen.py OUTDIR SEED"""
import sys
sys.dont_write_bytecode = True
import os, re, json, gzip, math, random
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats as FM

GEN = "blind17"
KINDS = ["error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence", "oom_kill", "disk_full", "panic"]
TZS = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Australia/Adelaide",
       "Asia/Tokyo", "America/Los_Angeles", "Europe/London", "America/Sao_Paulo", "Australia/Sydney", "Asia/Singapore",
       "Pacific/Auckland", "Europe/Helsinki", "America/Chicago"]
BYKEY = {c.key: c for c in FM.ALL}


def RNG(seed, sc, f, p):
    return random.Random("%s/%s/%s/%s/%s" % (GEN, seed, sc, f, p))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p < L:
            return k
        k += 1


class Scen:
    pass


def overridden(f, name):
    return getattr(type(f), name) is not getattr(FM.F, name)


def compatible(f, kind):
    c = f.caps
    if kind == "retry_storm":
        return "retry" in c
    if kind == "latency_shift":
        return "dur" in c
    if kind == "http_5xx":
        return "req" in c and f.key not in ("wowza",)
    if kind == "oom_kill":
        return "oom" in c
    if kind == "disk_full":
        return "disk" in c
    if kind == "panic":
        return "crash" in c
    if kind == "new_error":
        return f.key not in ("discourse", "icecast_acc")
    if kind == "silence":
        return f.rate >= 20
    return True


def make_scenario(seed, i, kinds, years):
    name = "s%02d" % i
    r = RNG(seed, name, "-", "scenario")
    sc = Scen()
    sc.name = name
    sc.year = years[i - 1]
    while True:
        sc.tzname = r.choice(TZS)
        tz = ZoneInfo(sc.tzname)
        hours = r.uniform(2, 8)
        day = r.randint(1, 360)
        start = datetime(sc.year, 1, 1, tzinfo=timezone.utc).timestamp() + day * 86400 + r.randint(0, 95) * 900
        end = start + int(hours * 3600 / 60) * 60
        a = datetime.fromtimestamp(start, tz)
        b = datetime.fromtimestamp(end, tz)
        if a.utcoffset() == b.utcoffset() and a.year == b.year == sc.year and datetime.fromtimestamp(end, timezone.utc).year == sc.year:
            break
    sc.ws, sc.we = start, end
    sc.off = int(a.utcoffset().total_seconds())
    sc.tzabbr = a.tzname()
    sc.W = int((end - start) // 60)
    # formats
    theme = r.choice(sorted(FM.THEMES))
    need = set(kinds)
    for _ in range(200):
        pool = [k for k in FM.THEMES[theme] if BYKEY[k].min_year <= sc.year]
        extra = [c.key for c in FM.ALL if c.min_year <= sc.year and c.key not in pool]
        n = r.randint(3, 6)
        keys = r.sample(pool, min(n, len(pool)))
        if len(keys) < n:
            keys += r.sample(extra, n - len(keys))
        elif r.random() < 0.3 and len(keys) < 6:
            keys.append(r.choice(extra))
        files = [BYKEY[k](sc, RNG(seed, name, BYKEY[k].fname, "content")) for k in keys]
        wsum = sum(f.weight for f in files)
        blen = 0.0
        for f in files:
            pr = BYKEY[f.key](sc, RNG(seed, name, f.fname, "probe"))
            if hasattr(pr, "req"):
                pr.latmul = 1.0
            blen += f.weight / wsum * sum(len(pr.info(sc.ws + j)) + 1 for j in range(40)) / 40 * f.lpe
        tot_lines = int(max(70000, min(125000, r.uniform(9.5e6, 13e6) / blen))) / 0.78
        for f in files:
            f.rate = tot_lines * f.weight / wsum / sc.W
        if not any(f.absolute for f in files):
            continue
        # assign incidents
        ok, plan = True, []
        for kd in kinds:
            cands = [f for f in files if compatible(f, kd)]
            if not cands:
                ok = False
                break
            used = [p[1] for p in plan]
            fresh = [f for f in cands if f not in used]
            plan.append((kd, r.choice(fresh or cands)))
        if ok:
            break
        theme = r.choice(sorted(FM.THEMES))
    else:
        raise RuntimeError("cannot build scenario")
    sc.files = files
    # place incidents
    sc.incs = []
    DUR = {"error_burst": (3, 12), "new_error": (3, 12), "retry_storm": (4, 14), "latency_shift": (10, 40), "http_5xx": (4, 15),
           "traffic_flood": (5, 30), "silence": (10, 40), "oom_kill": (1, 3), "disk_full": (3, 14), "panic": (1, 3)}
    for kd, f in plan:
        for _ in range(400):
            d = r.uniform(*DUR[kd]) * 60
            s0 = sc.ws + 41 * 60 + r.random() * (sc.we - sc.ws - 41 * 60 - 11 * 60 - d)
            if s0 < sc.ws + 41 * 60:
                continue
            if all(not (p["f"] is f and s0 < p["e"] + 15 * 60 and p["s"] < s0 + d + 15 * 60) for p in sc.incs):
                sc.incs.append({"kind": kd, "f": f, "s": float(int(s0)), "e": float(int(s0) + int(d))})
                break
    # benign restart
    sc.restart = None
    if r.random() < 0.5:
        rf = [f for f in files if overridden(f, "start") and overridden(f, "stop")]
        if rf:
            f = r.choice(rf)
            for _ in range(100):
                t = sc.ws + r.uniform(20 * 60, sc.we - sc.ws - 20 * 60)
                if all(abs(t - p["s"]) > 16 * 60 and abs(t - p["e"]) > 16 * 60 and not (p["s"] <= t <= p["e"]) for p in sc.incs):
                    sc.restart = (f, t)
                    break
    return sc


def curve(hour):
    return 0.55 + 0.45 * max(0.0, math.sin(math.pi * (hour - 6) / 16)) if 6 <= hour <= 22 else 0.55


def gen_file(seed, sc, f):
    r = RNG(seed, sc.name, f.fname, "traffic")
    ev = []
    seq = [0]

    def add(t, text):
        seq[0] += 1
        ev.append((round(t, 6), seq[0], text))

    incs = [p for p in sc.incs if p["f"] is f]
    dead = []
    for p in incs:
        if p["kind"] == "silence":
            dead.append((p["s"] - 0.001, p["e"] + 0.999))
    wt = [0.6, 0.3, 0.1]
    r.shuffle(wt)
    # event incidents
    for p in incs:
        k, s, e = p["kind"], p["s"], p["e"]
        ts = []
        if k in ("error_burst", "new_error", "retry_storm", "disk_full"):
            dur = e - s
            if k == "disk_full":
                n = r.randint(30, 150)
            elif k == "retry_storm":
                n = int(dur / 60 * r.uniform(15, 50))
            else:
                n = int(dur / 60 * r.uniform(6, 25))
            kk = wt.index(min(wt))   # the rare ordinary error template bursts
            p["k"] = kk
            times = sorted([s] + [s + r.random() * dur for _ in range(n - 2)] + [e])
            for t in times:
                t = round(t, 6)
                if k == "error_burst":
                    add(t, f.err(t, kk))
                elif k == "new_error":
                    add(t, f.newerr(t))
                elif k == "retry_storm":
                    add(t, f.retry(t))
                else:
                    add(t, f.disk(t))
                ts.append(t)
            if k == "error_burst":   # make sure the template also occurs, rarely, outside
                for _ in range(3):
                    t = sc.ws + r.random() * (sc.we - sc.ws)
                    if abs(t - s) > 20 * 60 and abs(t - e) > 20 * 60:
                        add(t, f.err(t, kk))
        elif k in ("oom_kill", "panic"):
            tc = round(s, 6)
            seqs = f.oom(tc) if k == "oom_kill" else f.crash(tc)
            for d, txt in seqs:
                add(tc + d, txt)
                ts.append(tc + d)
            if not re.match(r"^(\[?\d|\{|JVB |[IWEF]\d{4} |\w{3} \d\d |INFO|WARN|ERROR|CRIT)", seqs[0][1]):
                p["untimed"] = round(tc, 6)
            gap = r.uniform(20, 150)
            tb = tc + gap
            banner = f.restart_after(tb, k) if hasattr(f, "restart_after") else f.start(tb)
            for d, txt in banner:
                add(tb + d, txt)
                ts.append(tb + d)
            dead.append((tc + 0.000001, max(ts) + 0.5))
        if ts:
            p["ts0"], p["ts1"] = min(ts), max(ts)
    if sc.restart and sc.restart[0] is f:
        t = sc.restart[1]
        st = f.stop(t)
        for d, txt in st:
            add(t + d, txt)
        tb = t + max(d for d, _ in st) + r.uniform(5, 40)
        bn = f.start(tb)
        for d, txt in bn:
            add(tb + d, txt)
        dead.append((t + 0.0001, tb + max(d for d, _ in bn) + 0.1))

    def is_dead(t):
        for a, b in dead:
            if a <= t <= b:
                return True
        return False

    lat = [(p["s"], p["e"], p.setdefault("mul", r.uniform(3.5, 7.5))) for p in incs if p["kind"] == "latency_shift"]
    fail = [(p["s"], p["e"], p.setdefault("share", r.uniform(0.3, 0.6))) for p in incs if p["kind"] == "http_5xx"]
    flood = [(p["s"], p["e"], p.setdefault("mul", r.uniform(5, 9))) for p in incs if p["kind"] == "traffic_flood"]
    orig_req = f.req if hasattr(f, "req") else None
    f.latmul = 1.0
    if orig_req:
        f.req = lambda e, st, ms, *a: orig_req(e, st, ms * f.latmul, *a)
    # natural bursts
    bursts = []
    for h in range(sc.W // 60 + 1):
        for _ in range(r.randint(1, 3)):
            b0 = sc.ws + h * 3600 + r.random() * 3600
            bursts.append((b0, b0 + r.uniform(60, 240), r.uniform(1.3, 1.8)))
    base = f.rate / f.lpe
    err_rate = r.uniform(0.05, 0.3)
    warn_p = r.uniform(0.01, 0.04)
    retry_rate = r.uniform(0.02, 0.08) if "retry" in f.caps else 0
    dur_mu = None
    for m in range(sc.W):
        t0 = sc.ws + m * 60
        hour = ((t0 + sc.off) % 86400) / 3600
        lam = base * curve(hour)
        for a, b, x in bursts:
            if a <= t0 < b:
                lam *= x
        for a, b, x in flood:
            if a <= t0 + 30 < b:
                lam *= x
        n = poisson(r, lam)
        for _ in range(n):
            t = round(t0 + r.random() * 60, 6)
            if is_dead(t):
                continue
            mul = 1.0
            for a, b, x in lat:
                if a <= t <= b:
                    mul = x
            f.latmul = mul
            u = r.random()
            if u < warn_p:
                add(t, f.warn(t))
            elif "req" in f.caps and r.random() < f.req_share:
                st = r.choices([200, 201, 204, 301, 304, 401, 404], [80, 4, 3, 1, 6, 2, 4])[0]
                p5 = 0.0015
                for a, b, x in fail:
                    if a <= t <= b:
                        p5 = x
                if r.random() < p5:
                    st = r.choice([500, 502, 503, 504])
                add(t, f.req(t, st, r.lognormvariate(3.2, 0.8)))
            else:
                add(t, f.info(t))
        f.latmul = 1.0
        for _ in range(poisson(r, err_rate)):
            t = round(t0 + r.random() * 60, 6)
            if not is_dead(t):
                add(t, f.err(t, r.choices([0, 1, 2], wt)[0]))
        if retry_rate and r.random() < retry_rate:
            t = round(t0 + r.random() * 50, 6)
            if not is_dead(t) and not is_dead(t + 12):
                for d, txt in f.retry_ok(t):
                    add(t + d, txt)
    # heartbeats incl. both edges
    t = sc.ws + r.uniform(0.5, min(20, f.hb_every))
    while t < sc.we - 0.5:
        if not is_dead(t):
            mul = 1.0
            for a, b, x in lat:
                if a <= t <= b:
                    mul = x
            f.latmul = mul
            add(round(t, 6), f.hb(round(t, 6)))
        t += f.hb_every * r.uniform(0.97, 1.03)
    f.latmul = 1.0
    tl = round(sc.we - r.uniform(0.5, 5), 6)
    add(tl, f.hb(tl))
    ev.sort()
    for p in incs:
        if "untimed" in p:   # crash text without its own timestamp: it belongs to the preceding timestamped line
            i = next(j for j, x in enumerate(ev) if x[0] >= p["untimed"])
            if i > 0:
                p["ts0"] = min(p["ts0"], ev[i - 1][0])
    head = ""
    if f.key == "wowza":
        head = f.header(sc.ws) + "\n"
    text = head + "\n".join(x[2] for x in ev) + "\n"
    return text, len(ev)


def main():
    out, seed = sys.argv[1], int(sys.argv[2])
    r = RNG(seed, "-", "-", "plan")
    healthy = sorted(r.sample(range(1, 11), 2))
    sick = [i for i in range(1, 11) if i not in healthy]
    ks = KINDS[:]
    r.shuffle(ks)
    assign = {i: [] for i in sick}
    for j, k in enumerate(ks):
        assign[sick[j % 8]].append(k)
    for i in sick:
        while len(assign[i]) < 3 and r.random() < 0.35:
            assign[i].append(r.choice(KINDS))
    years = [r.randint(2018, 2026) for _ in range(10)]
    for j in r.sample(range(10), 2):
        years[j] = r.randint(2018, 2025)
    for i in range(1, 11):
        sc = make_scenario(seed, i, assign.get(i, []), years)
        d = os.path.join(out, sc.name)
        os.makedirs(d, exist_ok=True)
        gzr = RNG(seed, sc.name, "-", "gzip")
        truth = []
        texts = []
        for f in sc.files:
            text, n = gen_file(seed, sc, f)
            texts.append((f, text))
        for f, text in texts:
            data = text
            if f.windows_os:
                data = data.replace("\n", "\r\n")
            b = data.encode("utf-8")
            name = f.fname
            if gzr.random() < 0.25:
                name += ".gz"
                with open(os.path.join(d, name), "wb") as fh:
                    with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=5) as gz:
                        gz.write(b)
            else:
                with open(os.path.join(d, name), "wb") as fh:
                    fh.write(b)
            f.outname = name
        for p in sorted(sc.incs, key=lambda p: p["s"]):
            f = p["f"]
            if "ts0" in p:
                s, e = math.floor(p["ts0"]), math.ceil(p["ts1"] + 1e-9)
            else:
                s, e = math.floor(p["s"]), math.ceil(p["e"])
            iso = lambda x: datetime.fromtimestamp(x, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            truth.append({"kind": p["kind"], "file": f.outname, "start": iso(s), "end": iso(e),
                          "description": "%s: %s (%s)" % (f.key, p["kind"].replace("_", " "), {"latency_shift": "x%.1f" % p.get("mul", 0), "http_5xx": "%d%% 5xx" % (100 * p.get("share", 0)),
                                                                                              "traffic_flood": "x%.1f rate" % p.get("mul", 0)}.get(p["kind"], "planted"))})
        with open(os.path.join(d, "truth.json"), "w") as fh:
            json.dump({"incidents": truth}, fh, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
