#!/usr/bin/env python3
"""blind19 incident-bundle generator: mobile, embedded, robotics and less common runtimes.

usage: gen.py OUTDIR SEED      -> OUTDIR/s01 .. OUTDIR/s10 (+ OUTDIR/blind19-manifest.json for check.py)
"""
import datetime
import gzip
import io
import json
import math
import os
import random
import sys
import zoneinfo

from fmt_mobile import LogcatThreadtime, LogcatTime, LogcatBrief, LogcatEpoch, LogcatZone, FlutterRun, IdeviceSyslog, Metro
from fmt_server import Deno, BunPino, Vapor, Timbre, Log4perl, Katip
from fmt_embedded import (Zephyr, EspIdf, SerialCapture, PX4, Ros2Launch, Ros1Stdout, BitBake, KernelConsole, KernLog,
                          Journal, Mender, SWUpdate)
from fmtbase import status_code

GEN = "blind19"
FORMATS = {c.key: c for c in [LogcatThreadtime, LogcatTime, LogcatBrief, LogcatEpoch, LogcatZone, FlutterRun, IdeviceSyslog,
                              Metro, Deno, BunPino, Vapor, Timbre, Log4perl, Katip, Zephyr, EspIdf, SerialCapture, PX4,
                              Ros2Launch, Ros1Stdout, BitBake, KernelConsole, KernLog, Journal, Mender, SWUpdate]}
BOOT_DELAY = {"kernel_console": 3.0, "zephyr": 0.25, "serial_capture": 0.3, "esp_idf": 0.0}

THEMES = [
    ("android_shop", [["logcat_threadtime", "logcat_time"], ["logcat_epoch", "logcat_zone"], ["bun_pino", "deno", "vapor"]],
     [["flutter", "metro"], ["logcat_brief"], ["timbre", "katip"]]),
    ("ios_app", [["idevicesyslog"], ["vapor", "bun_pino", "deno"]], [["metro", "flutter"], ["log4perl", "katip"], ["journal"]]),
    ("ros2_robot", [["ros2_launch"], ["kernel_console", "kern_log", "journal"]], [["px4"], ["mender", "swupdate"], ["serial_capture"], ["zephyr"]]),
    ("ros1_robot", [["ros1_stdout"], ["kern_log", "journal"]], [["px4"], ["serial_capture"], ["esp_idf"], ["mender"]]),
    ("zephyr_gateway", [["zephyr"], ["mender", "journal"], ["serial_capture"]], [["kernel_console"], ["swupdate"], ["bun_pino"]]),
    ("esp32_fleet", [["esp_idf"], ["serial_capture"], ["deno", "bun_pino", "timbre"]], [["mender"], ["katip"], ["log4perl"]]),
    ("polyglot_backend", [["timbre"], ["katip"], ["log4perl"]], [["vapor"], ["deno"], ["journal"]]),
    ("yocto_build", [["bitbake"], ["journal", "kern_log"], ["kernel_console"]], [["swupdate"], ["mender"], ["serial_capture"]]),
    ("android_farm", [["logcat_time", "logcat_threadtime"], ["logcat_brief"], ["logcat_zone", "logcat_epoch"]], [["kernel_console"], ["flutter"], ["katip"]]),
    ("drone_gcs", [["px4"], ["ros2_launch", "ros1_stdout"], ["serial_capture"]], [["journal"], ["deno"], ["mender"]]),
]
ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns",
         "Asia/Tokyo", "America/Los_Angeles", "Europe/London", "America/Sao_Paulo", "Pacific/Auckland", "Asia/Shanghai", "Europe/Helsinki"]
KINDS = ["error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence", "oom_kill", "disk_full", "panic"]
DUR = {"error_burst": (5, 20), "new_error": (5, 20), "retry_storm": (5, 15), "latency_shift": (10, 30), "http_5xx": (5, 20),
       "traffic_flood": (5, 15), "silence": (10, 40), "oom_kill": (3.6, 4), "disk_full": (3, 8), "panic": (3.6, 4)}
NEEDS_BUSY = {"traffic_flood", "silence"}
NEEDS_REQ = {"latency_shift", "http_5xx"}


def R(seed, sc, f, purpose):
    return random.Random("%s/%s/%s/%s/%s" % (GEN, seed, sc, f, purpose))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= r.random()
            if p <= L:
                return k
            k += 1
    return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def can(fmt, kind):
    if kind not in fmt.kinds or fmt.clock == "none":
        return False
    if kind in NEEDS_BUSY and not (fmt.busy and fmt.share >= 0.8):
        return False
    if kind in NEEDS_REQ and fmt.req_share <= 0:
        return False
    if kind == "http_5xx" and fmt.key in ("ros2_launch", "serial_capture", "logcat_threadtime", "logcat_time", "logcat_epoch",
                                           "logcat_zone", "idevicesyslog"):
        return False
    if kind == "new_error" and not fmt.new_errors:
        return False
    if kind == "error_burst" and not fmt.errors:
        return False
    if kind == "retry_storm" and fmt.retry(random.Random(0), 1) is None:
        return False
    if kind in ("oom_kill", "panic", "disk_full"):
        probe = {"pid": 1000, "boot": 0.0, "now": 1.6e9}
        m = {"oom_kill": fmt.oom, "panic": fmt.panic, "disk_full": lambda r, st: fmt.disk(r)}[kind]
        return m(random.Random(0), probe) is not None
    return True


# ------------------------------------------------------------------ planning
def plan_files(seed, sc, theme):
    r = R(seed, sc, "-", "files")
    name, req, opt = theme
    for _ in range(200):
        keys = [r.choice(s) for s in req]
        nopt = r.randrange(max(0, 3 - len(keys)), min(len(opt), 5 - len(keys)) + 1)
        for s in r.sample(opt, nopt):
            k = r.choice(s)
            if k not in keys:
                keys.append(k)
        lo = max(FORMATS[k].min_year for k in keys)
        hi = min(FORMATS[k].max_year for k in keys)
        if lo <= hi:
            break
    year = r.randint(lo, hi)
    fmts = []
    for k in keys:
        fmts.append(FORMATS[k](R(seed, sc, k, "setup"), year, "host"))
    if not any(f.clock == "abs" for f in fmts):
        k = "journal" if "journal" not in keys else "mender"
        if len(fmts) >= 5:
            fmts.pop(r.choice([i for i, f in enumerate(fmts) if f.clock == "none"] or [len(fmts) - 1]))
        fmts.append(FORMATS[k](R(seed, sc, k, "setup"), year, "host"))
    names = set()
    for f in fmts:
        base = f.fname
        n = 2
        while f.fname in names:
            f.fname = base.replace(".", "-%d." % n, 1)
            n += 1
        names.add(f.fname)
    return name, year, fmts


def choose_window(seed, sc, year, hours):
    r = R(seed, sc, "-", "window")
    zname = r.choice(ZONES)
    z = zoneinfo.ZoneInfo(zname)
    for _ in range(1000):
        day = datetime.date(year, 1, 1) + datetime.timedelta(days=r.randrange(1, 362))
        lt = datetime.datetime(day.year, day.month, day.day, r.randrange(0, 24), r.randrange(0, 60), tzinfo=z)
        ws = lt.timestamp()
        ws -= ws % 60
        we = ws + hours * 3600
        a = datetime.datetime.fromtimestamp(ws, z)
        b = datetime.datetime.fromtimestamp(we, z)
        ua = datetime.datetime.fromtimestamp(ws, datetime.timezone.utc)
        ub = datetime.datetime.fromtimestamp(we, datetime.timezone.utc)
        if a.utcoffset() != b.utcoffset() or a.year != year or b.year != year or ua.year != year or ub.year != year:
            continue
        return zname, int(a.utcoffset().total_seconds()), ws, we
    raise RuntimeError("no window")


def plan_seed(seed):
    rs = random.Random("%s/%s/-/-/seedplan" % (GEN, seed))
    order = list(range(len(THEMES)))
    rs.shuffle(order)
    scen = []
    for i in range(10):
        sc = "s%02d" % (i + 1)
        name, year, fmts = plan_files(seed, sc, THEMES[order[i]])
        scen.append({"sc": sc, "theme": name, "year": year, "fmts": fmts, "incs": []})
    healthy = set(rs.sample(range(10), 2))
    sick = [i for i in range(10) if i not in healthy]

    def capable(i, k):
        return [f for f in scen[i]["fmts"] if can(f, k)]

    kinds = KINDS[:]
    rs.shuffle(kinds)
    for k in kinds:
        c = [i for i in sick if len(scen[i]["incs"]) < 3 and k not in [x[0] for x in scen[i]["incs"]] and capable(i, k)]
        if not c:
            raise RuntimeError("seed %s: no scenario can carry %s" % (seed, k))
        m = min(len(scen[i]["incs"]) for i in c)
        i = rs.choice([i for i in c if len(scen[i]["incs"]) == m])
        scen[i]["incs"].append((k, rs.choice(capable(i, k))))
    for i in sick:
        while len(scen[i]["incs"]) < 3 and (not scen[i]["incs"] or rs.random() < 0.35):
            ks = [k for k in KINDS if k not in [x[0] for x in scen[i]["incs"]] and capable(i, k)
                  and not (k in ("panic", "oom_kill") and any(x[0] in ("panic", "oom_kill") for x in scen[i]["incs"]))]
            if not ks:
                break
            k = rs.choice(ks)
            scen[i]["incs"].append((k, rs.choice(capable(i, k))))
    for s in scen:
        r = R(seed, s["sc"], "-", "incidents")
        r.shuffle(s["incs"])
        durs = [r.uniform(*DUR[k]) * 60 for k, _ in s["incs"]]
        need = 30 * 60 + sum(durs) + 40 * 60 * max(0, len(durs) - 1) + 600
        hours = r.uniform(max(2.0, need / 3600 + 0.3), 8.0)
        hours = min(8.0, math.ceil(hours * 4) / 4)
        s["zone"], s["off"], s["ws"], s["we"] = choose_window(seed, s["sc"], s["year"], hours)
        for f in s["fmts"]:
            if f.key == "bitbake":
                g = datetime.datetime.fromtimestamp(s["ws"] - r.uniform(600, 7200), datetime.timezone.utc) + datetime.timedelta(seconds=s["off"])
                f.fname = g.strftime("%Y%m%d%H%M%S") + ".log"
        slack = max(0.0, (s["we"] - s["ws"]) - need)
        w = [r.random() for _ in range(len(durs) + 1)]
        tot = sum(w) or 1
        t = s["ws"] + 15 * 60 + 30
        placed = []
        for (k, f), d, wi in zip(s["incs"], durs, w):
            t += slack * wi / tot
            st = float(int(t))
            placed.append({"kind": k, "fmt": f, "start": st, "dur": d})
            t = st + d + 40 * 60 + 60
        s["incs"] = placed
        # benign restart in about half of the scenarios
        s["restart"] = None
        rr = R(seed, s["sc"], "-", "restart")
        cands = [f for f in s["fmts"] if f.key not in ("kern_log",)]
        up = [f for f in cands if f.clock == "uptime"]
        if rr.random() < 0.5 and cands:
            f = rr.choice(up) if up and rr.random() < 0.7 else rr.choice(cands)
            for _ in range(300):
                t = rr.uniform(s["ws"] + 12 * 60, s["we"] - 12 * 60)
                if all(t < x["start"] - 10 * 60 or t > x["start"] + x["dur"] + 10 * 60 for x in s["incs"]):
                    s["restart"] = (f, float(int(t)))
                    break
    return scen


# ------------------------------------------------------------------ traffic
def daily(h):
    return 0.35 + 0.65 * math.exp(-((h - 14.0) / 5.0) ** 2)


def gen_file(seed, s, fmt, target):
    sc, ws, we = s["sc"], s["ws"], s["we"]
    fmt.off = s["off"] if fmt.clock != "utcnaive" else 0
    rp = R(seed, sc, fmt.fname, "params")
    r = R(seed, sc, fmt.fname, "traffic")
    rc = R(seed, sc, fmt.fname, "lifecycle")
    nmin = int((we - ws) // 60)
    # per-minute multipliers: daily curve in local time x natural bursts
    mult = []
    for m in range(nmin):
        h = ((ws + m * 60 + s["off"]) % 86400) / 3600.0
        mult.append(daily(h))
    for hr in range(0, nmin, 60):
        for _ in range(rp.randint(1, 3)):
            b0 = hr + rp.randrange(0, 60)
            for m in range(b0, min(nmin, b0 + rp.randint(1, 4))):
                mult[m] *= rp.uniform(1.5, 2.5)
    base = target / sum(mult)
    warn_p = rp.uniform(0.01, 0.04)
    err_rate = rp.uniform(0.05, 0.6) if fmt.errors else 0
    err_w = [rp.uniform(0.2, 1.0) for _ in fmt.errors]
    retry_rate = rp.uniform(0.02, 0.1) if fmt.retry(rp, 1) else 0
    sigma = rp.uniform(0.55, 0.85)

    incs = [x for x in s["incs"] if x["fmt"] is fmt]
    ev = []
    seq = [0]

    def add(t, lvl, tag, msg):
        seq[0] += 1
        ev.append((t, seq[0], 0, lvl, tag, msg))

    def add_state(t, st):
        seq[0] += 1
        ev.append((t, seq[0], 1, dict(st), None, None))

    def addr(t, x):
        if x is None:
            return
        if isinstance(x, list):
            for i, y in enumerate(x):
                add(t + i * 0.0004, *y)
        else:
            add(t, *x)

    # lifecycle (crashes and restarts) in time order
    gst = {"pid": rc.randrange(900, 30000), "boot": ws - rc.uniform(1200, 20 * 3600)}
    boots = [gst["boot"]]
    dead = []
    life = []
    for x in incs:
        if x["kind"] in ("oom_kill", "panic"):
            life.append((x["start"], x["kind"], x))
    if s["restart"] and s["restart"][0] is fmt:
        life.append((s["restart"][1], "restart", None))
    life.sort(key=lambda z: z[0])
    add_state(ws - 1, gst)
    aux = []
    for t0, what, x in life:
        t0 += rc.uniform(0.05, 0.95)
        gst["now"] = t0
        if what == "restart":
            lines = fmt.stop(rc, gst)
            gap = rc.uniform(5, 60)
        else:
            lines = fmt.oom(rc, gst) if what == "oom_kill" else fmt.panic(rc, gst)
            gap = rc.uniform(20, 150)
        add_state(t0 - 0.001, gst)
        for dt, lvl, tag, msg in lines:
            add(t0 + dt, lvl, tag, msg)
        last = t0 + max(dt for dt, *_ in lines) if lines else t0
        if gst.get("aux"):
            aux.append(fmt.aux_file(rc, t0, gst, gst["aux"]))
            gst["aux"] = None
        tr = last + gap
        fmt.new_pid(rc, gst)
        gst["boot"] = tr + BOOT_DELAY.get(fmt.key, 0.0)
        gst["now"] = tr
        boots.append(gst["boot"])
        add_state(tr - 0.0005, gst)
        bl = fmt.banner(rc, gst)
        for dt, lvl, tag, msg in bl:
            add(tr + dt, lvl, tag, msg)
        tend = tr + (max(d for d, *_ in bl) if bl else 0)
        dead.append((t0 + 0.01, tr + (bl[-1][0] if bl else 0) + 0.01))
        if x is not None:
            x["end"] = math.ceil(tend + 1)
    for x in incs:
        if x["kind"] == "silence":
            dead.append((x["start"], x["start"] + x["dur"]))
        if "end" not in x:
            x["end"] = x["start"] + x["dur"]

    def is_dead(t):
        for a, b in dead:
            if a <= t <= b:
                return True
        return False

    def inwin(kind, t):
        for x in incs:
            if x["kind"] == kind and x["start"] <= t < x["end"]:
                return x
        return None

    # incident parameters
    for x in incs:
        k = x["kind"]
        if k == "error_burst":
            x["tpl"] = rp.choice(fmt.errors)
            x["rate"] = rp.uniform(8, 25)
        elif k == "new_error":
            x["tpl"] = rp.choice(fmt.new_errors)
            x["rate"] = rp.uniform(4, 15)
        elif k == "retry_storm":
            x["rate"] = rp.uniform(30, 100)
        elif k == "latency_shift":
            x["factor"] = rp.uniform(3.5, 8)
        elif k == "http_5xx":
            x["p5"] = rp.uniform(0.3, 0.6)
        elif k == "traffic_flood":
            x["factor"] = rp.uniform(5, 9)
        elif k == "disk_full":
            x["rate"] = rp.uniform(4, 14)

    def request(t):
        lat = inwin("latency_shift", t)
        h5 = inwin("http_5xx", t)
        st = status_code(r, h5["p5"] if h5 else 0.0015)
        d = r.lognormvariate(math.log(fmt.dur_median), sigma)
        if lat:
            d *= lat["factor"]
        if st >= 500 and not h5:
            d *= r.uniform(1, 3)
        return fmt.request(r, st, max(0.4, d))

    req_share = fmt.req_share
    for m in range(nmin):
        m0 = ws + m * 60
        lam = base * mult[m]
        fl = inwin("traffic_flood", m0 + 30)
        if fl:
            lam *= fl["factor"]
        n = poisson(r, lam)
        ts = sorted(m0 + r.random() * 60 for _ in range(n))
        for t in ts:
            if dead and is_dead(t):
                continue
            x = r.random()
            if x < req_share:
                addr(t, request(t))
            elif x < req_share + warn_p:
                addr(t, fmt.warn(r))
            else:
                addr(t, fmt.info(r))
        # routine errors
        for _ in range(poisson(r, err_rate)):
            t = m0 + r.random() * 60
            if not is_dead(t):
                addr(t, r.choices(fmt.errors, err_w)[0](fmt, r))
        # retried-then-succeeded operations
        if retry_rate and r.random() < retry_rate:
            t = m0 + r.random() * 40
            k = r.randint(1, 3)
            for a in range(1, k + 1):
                if not is_dead(t):
                    addr(t, fmt.retry(r, a))
                t += min(2 ** a, 8) + r.random()
            if not is_dead(t):
                addr(t, fmt.retry_ok(r))
    # incident lines
    for x in incs:
        k = x["kind"]
        a, b = x["start"], x["end"]
        if k in ("error_burst", "new_error", "retry_storm", "disk_full"):
            mm = int((b - a) // 60) + 1
            att = 1
            for i in range(mm):
                for _ in range(poisson(r, x["rate"])):
                    t = a + i * 60 + r.random() * 60
                    if t >= b or is_dead(t):
                        continue
                    if k == "retry_storm":
                        addr(t, fmt.retry(r, att))
                        att = att + 1 if att < 12 else 1
                    elif k == "disk_full":
                        addr(t, fmt.disk(r))
                    else:
                        addr(t, x["tpl"](fmt, r))
            if k == "retry_storm":
                addr(b + 2, fmt.retry_ok(r))
    # heartbeats covering both window edges
    if fmt.heartbeat(rp) is not None:
        P = fmt.heartbeat_every
        t = ws + rp.uniform(0.5, min(50, P * 0.8))
        while t < we:
            if not is_dead(t):
                addr(t, fmt.heartbeat(r))
            t += P * rp.uniform(0.97, 1.03)
    ev.sort(key=lambda e: (e[0], e[1]))
    # render
    out = []
    rst = {}
    for t, _, kind, lvl, tag, msg in ev:
        if kind == 1:
            rst = lvl
            continue
        if t < ws or t >= we:
            continue
        out.append(fmt.emit(t, lvl, tag, msg, rst))
    return out, boots, aux


# ------------------------------------------------------------------ output
def describe(x, fname):
    k = x["kind"]
    f = x["fmt"]
    return {"error_burst": "routine error template of %s repeated at %.0f/min" % (fname, x.get("rate", 0)),
            "new_error": "a never-before-seen error template in %s repeated at %.0f/min" % (fname, x.get("rate", 0)),
            "retry_storm": "reconnect/retry lines in %s at %.0f/min" % (fname, x.get("rate", 0)),
            "latency_shift": "request/operation durations in %s multiplied by %.1f" % (fname, x.get("factor", 0)),
            "http_5xx": "%.0f%% of responses in %s are 5xx" % (100 * x.get("p5", 0), fname),
            "traffic_flood": "line rate of %s multiplied by %.1f with the usual templates" % (fname, x.get("factor", 0)),
            "silence": "%s writes nothing (process hung) and then resumes" % fname,
            "oom_kill": "%s out-of-memory kill followed by restart banner in %s" % (f.key, fname),
            "disk_full": "'No space left on device'-style errors repeated in %s at %.0f/min" % (fname, x.get("rate", 0)),
            "panic": "%s crash text followed by restart banner in %s" % (f.key, fname)}[k]


def write_file(path, lines, gz, crlf):
    text = "\n".join(lines) + "\n" if lines else ""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode("utf-8")
    if gz:
        bio = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=bio, mtime=0, compresslevel=6) as g:
            g.write(data)
        data = bio.getvalue()
    with open(path, "wb") as fh:
        fh.write(data)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    outdir, seed = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    scen = plan_seed(seed)
    manifest = {"generator": GEN, "seed": seed, "scenarios": {}}
    for s in scen:
        sc = s["sc"]
        d = os.path.join(outdir, sc)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            os.remove(os.path.join(d, old))
        r = R(seed, sc, "-", "volume")
        total = r.uniform(60000, 120000)
        shares = sum(f.share for f in s["fmts"])
        files = {}
        truth = []
        for f in s["fmts"]:
            rf = R(seed, sc, f.fname, "file")
            gz = f.gz_ok and rf.random() < 0.25
            crlf = rf.random() < f.crlf_p
            lines, boots, aux = gen_file(seed, s, f, total * f.share / shares)
            name = f.fname + (".gz" if gz else "")
            write_file(os.path.join(d, name), lines, gz, crlf)
            files[name] = {"key": f.key, "clock": f.clock, "off": f.off, "year": s["year"], "boots": boots, "crlf": crlf, "gz": gz}
            f.outname = name
            for an, at in aux:
                with open(os.path.join(d, an), "w", newline="\n") as fh:
                    fh.write(at)
                files[an] = {"key": "aux_" + f.key, "clock": "aux", "off": f.off, "year": s["year"], "boots": [], "crlf": False, "gz": False}
        for x in sorted(s["incs"], key=lambda z: z["start"]):
            truth.append({"kind": x["kind"], "file": x["fmt"].outname, "start": iso(x["start"]), "end": iso(math.ceil(x["end"])),
                          "description": describe(x, x["fmt"].outname)})
        with open(os.path.join(d, "truth.json"), "w") as fh:
            json.dump({"incidents": truth}, fh, indent=1)
            fh.write("\n")
        manifest["scenarios"][sc] = {"theme": s["theme"], "zone": s["zone"], "off": s["off"], "year": s["year"],
                                     "window": [iso(s["ws"]), iso(s["we"])], "files": files,
                                     "restart": [s["restart"][0].outname, iso(s["restart"][1])] if s["restart"] else None}
    with open(os.path.join(outdir, "blind19-manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
