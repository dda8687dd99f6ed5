#!/usr/bin/env python3
"""blind18 incident-bundle generator.  usage: gen.py OUTDIR SEED"""
import sys, os, json, gzip, math, calendar, datetime as dt
from zoneinfo import ZoneInfo
from core import *
from formats5 import all_specs

KINDS = ["error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence", "oom_kill", "disk_full", "panic"]
ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns",
         "Asia/Tokyo", "America/Los_Angeles", "Europe/London", "America/Sao_Paulo", "Pacific/Auckland", "Asia/Tehran"]
DUR = {"error_burst": (5, 20), "new_error": (5, 20), "retry_storm": (5, 15), "latency_shift": (10, 30), "http_5xx": (5, 20),
       "traffic_flood": (5, 15), "silence": (10, 40), "oom_kill": (3, 4), "disk_full": (3, 8), "panic": (3, 4)}
CAPK = {"retry_storm": "retry_storm", "latency_shift": "latency_shift", "http_5xx": "http_5xx", "traffic_flood": "traffic_flood", "silence": "silence"}


def plan(seed):
    r = R(seed, "all", "-", "plan")
    scen = list(range(1, 11))
    healthy = set(r.sample(scen, 2))
    sick = [s for s in scen if s not in healthy]
    ks = KINDS[:]
    r.shuffle(ks)
    a = {s: [] for s in scen}
    for i, s in enumerate(sick):
        a[s].append(ks[i])
    for k in ks[8:]:
        c = [s for s in sick if len(a[s]) < 2]
        a[r.choice(c)].append(k)
    for s in sick:
        if len(a[s]) < 3 and r.random() < 0.3:
            a[s].append(r.choice([k for k in KINDS if k not in a[s]]))
    return a


# ------------------------------------------------------------------ crash texts per runtime
GO_OOM_HEAD = """fatal error: runtime: out of memory

runtime stack:
runtime.throw({{0x2b6f1e8?, 0x{a}?}})
	/usr/local/go/src/runtime/panic.go:1077 +0x5c fp=0x7ffd8b5e0c08 sp=0x7ffd8b5e0bd8 pc=0x43c9dc
runtime.sysMapOS(0xc1c4000000, 0x4000000?)
	/usr/local/go/src/runtime/mem_linux.go:167 +0x11b fp=0x7ffd8b5e0c50 sp=0x7ffd8b5e0c08 pc=0x41d8fb
runtime.sysMap(...)
	/usr/local/go/src/runtime/mem.go:155
runtime.(*mheap).grow(0x4b0b2a0, 0x2000?)
	/usr/local/go/src/runtime/mheap.go:1534 +0x236 fp=0x7ffd8b5e0cc8 sp=0x7ffd8b5e0c50 pc=0x42f4f6
runtime.(*mheap).allocSpan(0x4b0b2a0, 0x2000, 0x0, 0x1?)
	/usr/local/go/src/runtime/mheap.go:1246 +0x1b0 fp=0x7ffd8b5e0d68 sp=0x7ffd8b5e0cc8 pc=0x42ec30
runtime.systemstack()
	/usr/local/go/src/runtime/asm_amd64.s:509 +0x4a fp=0x7ffd8b5e0d78 sp=0x7ffd8b5e0d70 pc=0x46eb0a

goroutine {g} [running]:
runtime.systemstack_switch()
	/usr/local/go/src/runtime/asm_amd64.s:474 fp=0xc0123f5a30 sp=0xc0123f5a28 pc=0x46eaa0
runtime.(*mheap).alloc(0x4000000?, 0x2000?, 0x0?)
	/usr/local/go/src/runtime/mheap.go:961 +0x65 fp=0xc0123f5a78 sp=0xc0123f5a30 pc=0x42e545
runtime.mallocgc(0x4000000, 0x2a4e1c0, 0x1)
	/usr/local/go/src/runtime/malloc.go:1247 +0x6f5 fp=0xc0123f5ae8 sp=0xc0123f5a78 pc=0x412a15
runtime.makeslice(0x0?, 0x0?, 0x0?)
	/usr/local/go/src/runtime/slice.go:103 +0x49 fp=0xc0123f5b10 sp=0xc0123f5ae8 pc=0x4553a9"""

GO_PANIC_HEAD = """panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x{a} pc=0x{pc}]

goroutine {g} [running]:"""

HS_ERR = """#
# A fatal error has been detected by the Java Runtime Environment:
#
#  SIGSEGV (0xb) at pc=0x00007f{pc}, pid=1, tid={tid}
#
# JRE version: OpenJDK Runtime Environment Temurin-17.0.9+9 (17.0.9+9) (build 17.0.9+9)
# Java VM: OpenJDK 64-Bit Server VM Temurin-17.0.9+9 (17.0.9+9, mixed mode, sharing, tiered, compressed oops, compressed class ptrs, g1 gc, linux-amd64)
# Problematic frame:
# V  [libjvm.so+0x{off}]  G1ParScanThreadState::copy_to_survivor_space(G1HeapRegionAttr, oopDesc*, markWord)+0x{o2}
#
# Core dump will be written. Default location: Core dumps may be processed with "/usr/share/apport/apport -p%p -s%s -c%c -d%d -P%P -u%u -g%g -- %E" (or dumping to /opt/app/core.1)
#
# An error report file with more information is saved as:
# /tmp/hs_err_pid1.log
#
# If you would like to submit a bug report, please visit:
#   https://github.com/adoptium/adoptium-support/issues
#"""

NODE_OOM = """
<--- Last few GCs --->

[7:0x{h}]  {ms} ms: Mark-Compact 3987.4 (4129.6) -> 3972.1 (4131.1) MB, 2319.4 / 0.0 ms  (average mu = 0.162, current mu = 0.031) allocation failure; scavenge might not succeed
[7:0x{h}]  {ms2} ms: Mark-Compact 3988.0 (4131.1) -> 3974.9 (4133.8) MB, 2425.8 / 0.0 ms  (average mu = 0.094, current mu = 0.012) allocation failure; scavenge might not succeed


<--- JS stacktrace --->

FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory
 1: 0xb7a940 node::Abort() [/usr/share/kibana/bin/../node/bin/node]
 2: 0xa8e823  [/usr/share/kibana/bin/../node/bin/node]
 3: 0xd5c990 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, bool) [/usr/share/kibana/bin/../node/bin/node]
 4: 0xd5cd37 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, bool) [/usr/share/kibana/bin/../node/bin/node]
 5: 0xf3a435  [/usr/share/kibana/bin/../node/bin/node]
 6: 0xf4c91d v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [/usr/share/kibana/bin/../node/bin/node]"""

NODE_PANIC = """/usr/share/kibana/node_modules/@kbn/core-saved-objects-api-server-internal/src/lib/repository.js:1079
      const {{ originId, updated_at: updatedAt }} = body._source[type];
                                                               ^

TypeError: Cannot read properties of undefined (reading '{p}')
    at SavedObjectsRepository.get (/usr/share/kibana/node_modules/@kbn/core-saved-objects-api-server-internal/src/lib/repository.js:1079:64)
    at processTicksAndRejections (node:internal/process/task_queues:95:5)
    at TaskManagerRunner.run (/usr/share/kibana/x-pack/plugins/task_manager/server/task_running/task_runner.js:301:22)

Node.js v18.18.2"""


def crash_entries(spec, kind, rng):
    """returns list of ('raw', text) / ('line', tuple) entries"""
    out = []
    if spec.rt == "go":
        mod, fr = spec.gofr
        g = rng.randint(200, 90000)
        if kind == "oom_kill":
            head = GO_OOM_HEAD.format(a=rng.randint(1, 9), g=g)
        else:
            head = GO_PANIC_HEAD.format(a=rng.choice(["0", "8", "18", "30", "48"]), pc=hexs(rng, 7), g=g)
        body = []
        for fn, fl in fr:
            body.append(f"{mod}/{fn}(0xc000{hexs(rng, 6)}, {{0x{hexs(rng, 7)}, 0xc00{hexs(rng, 7)}}})")
            body.append(f"\t/go/src/{mod}/{fl} +0x{hexs(rng, 3)}")
        body.append(f"created by {mod}/{fr[-1][0].split('.', 1)[0]}.(*Manager).Run in goroutine {rng.randint(1, 200)}")
        body.append(f"\t/go/src/{mod}/{fr[-1][1].rsplit(':', 1)[0]}:{rng.randint(50, 900)} +0x{hexs(rng, 3)}")
        tail = f"\n\ngoroutine 1 [chan receive, {rng.randint(3, 900)} minutes]:\nmain.main()\n\t/go/src/{mod}/cmd/main.go:{rng.randint(100, 900)} +0x{hexs(rng, 3)}"
        out.append(("raw", head + "\n" + "\n".join(body) + tail))
    elif spec.rt == "jvm":
        if kind == "oom_kill":
            out.append(("line", spec.oom_line(rng)))
            out.append(("raw", "Terminating due to java.lang.OutOfMemoryError: Java heap space"))
        else:
            out.append(("raw", HS_ERR.format(pc=hexs(rng, 10), tid=rng.randint(30, 400), off=hexs(rng, 6), o2=hexs(rng, 3))))
    else:
        if kind == "oom_kill":
            ms = rng.randint(10 ** 6, 9 * 10 ** 6)
            out.append(("raw", NODE_OOM.format(h=hexs(rng, 12), ms=ms, ms2=ms + rng.randint(2000, 5000))))
        else:
            out.append(("raw", NODE_PANIC.format(p=rng.choice(["attributes", "id", "references"]))))
    return out


def curve(h):
    return 0.55 + 0.45 * math.exp(-((h - 14.5) ** 2) / 18.0) + 0.1 * math.exp(-((h - 10) ** 2) / 4.0)


def gen_file(seed, sc, spec, t0, W, off, rate, incs, restart, err_lam):
    fn = spec.file
    rng = R(seed, sc, fn, "traffic")
    t1 = t0 + W * 60
    ctx = Ctx()
    L = []  # (t, keep, text)
    rend = spec.render
    raw = spec.raw or (lambda t, o, x: x)

    def emit(t, tup, keep=False):
        L.append((t, keep, rend(t, off, *tup)))

    # bursts
    bursts = []
    br = R(seed, sc, fn, "bursts")
    for h in range(0, W, 60):
        for _ in range(br.randint(1, 3)):
            s = h + br.uniform(0, 60)
            bursts.append((s, s + br.uniform(1, 4), br.uniform(1.4, 2.4)))
    flood = [(i["s"], i["e"], i["p"]) for i in incs if i["kind"] == "traffic_flood"]
    lat = [(i["s"], i["e"], i["p"]) for i in incs if i["kind"] == "latency_shift"]
    h5 = [(i["s"], i["e"], i["p"]) for i in incs if i["kind"] == "http_5xx"]
    wf = R(seed, sc, fn, "warn").uniform(0.01, 0.035) if spec.warn else 0
    reqw = spec.reqw if spec.req else 0
    info, warn = spec.info, spec.warn
    errs = spec.err
    ew = [R(seed, sc, fn, "errw").uniform(0.3, 1) for _ in errs]
    for m in range(W):
        tm = t0 + m * 60
        h = ((tm + off) % 86400) / 3600.0
        mult = curve(h)
        for s, e, f in bursts:
            if s <= m < e:
                mult *= f
        for s, e, f in flood:
            if s <= tm < e:
                mult *= f
        n = pois(rng, rate * mult)
        ts = sorted(tm + rng.random() * 60 for _ in range(n))
        for t in ts:
            x = rng.random()
            if x < wf:
                tup = rng.choice(warn)(rng)
            elif x < wf + reqw:
                ctx.dmul, ctx.p5xx = 1.0, 0.0
                for s, e, f in lat:
                    if s <= t < e:
                        ctx.dmul = f
                for s, e, f in h5:
                    if s <= t < e:
                        ctx.p5xx = f
                tup = spec.req(rng, ctx)
            elif info:
                tup = rng.choice(info)(rng)
            else:
                tup = spec.req(rng, ctx)
            emit(t, tup)
        # routine errors
        for _ in range(pois(rng, err_lam * (0.5 + 0.5 * mult))):
            lab, f = rng.choices(errs, ew)[0]
            emit(tm + rng.random() * 60, f(rng))
        # retried-then-succeeded
        if spec.retry and rng.random() < 0.04:
            t = tm + rng.random() * 50
            k = rng.randint(1, 3)
            for a in range(1, k + 1):
                emit(t, spec.retry(rng, a))
                t += 2 ** (a - 1) + rng.random()
            if spec.retry_ok:
                emit(t, spec.retry_ok(rng))
    # heartbeats
    if spec.hb:
        per, f = spec.hb
        hr = R(seed, sc, fn, "hb")
        t = t0 + hr.uniform(0, per)
        while t < t1:
            emit(t + hr.uniform(0, 0.2), f(hr))
            t += per
    # incidents
    block = []
    ir = R(seed, sc, fn, "incidents")
    for i in incs:
        k, s, e, p = i["kind"], i["s"], i["e"], i["p"]
        if k in ("error_burst", "new_error", "retry_storm", "disk_full"):
            if k == "error_burst":
                f = errs[i["tpl"]][1]
            elif k == "new_error":
                f = spec.newerr[i["tpl"]][1]
            elif k == "disk_full":
                f = spec.disk
            a = 0
            for tm in range(int(s), int(e), 60):
                for t in sorted(tm + ir.random() * 60 for _ in range(pois(ir, p))):
                    a += 1
                    emit(t, spec.retry(ir, a) if k == "retry_storm" else f(ir), True)
        elif k == "silence":
            block.append((s, e))
        elif k in ("oom_kill", "panic"):
            tc = s + ir.uniform(10, 50)
            tr = tc + ir.uniform(20, 100)
            if spec.rt == "jvm" or spec.rt == "node":
                # a few normal lines right before the crash
                pass
            for typ, x in crash_entries(spec, k, ir):
                if typ == "raw":
                    L.append((tc, True, raw(tc, off, x)))
                else:
                    emit(tc, x, True)
                tc += 0.001
            block.append((tc, tr))
            t = tr
            for tup in spec.start(ir):
                emit(t, tup, True)
                t += ir.uniform(0.005, 0.4)
    if restart is not None:
        rr = R(seed, sc, fn, "restart")
        t = restart
        for tup in spec.stop(rr):
            emit(t, tup, True)
            t += rr.uniform(0.001, 0.3)
        t2 = t + rr.uniform(5, 45)
        block.append((t, t2))
        t = t2
        for tup in spec.start(rr):
            emit(t, tup, True)
            t += rr.uniform(0.005, 0.4)
    # first lines of the window: the file is not restarted at the edge, just continuing
    out = []
    for t, keep, txt in L:
        if t < t0 or t >= t1:
            continue
        if not keep and any(a <= t < b for a, b in block):
            continue
        if keep and any(a <= t < b for a, b in block if (b - a) > 300):
            continue
        out.append((t, txt))
    out.sort(key=lambda x: x[0])
    return out


def pick_window(r, need):
    while True:
        year = r.randint(2017, 2026)
        zname = r.choice(ZONES)
        z = ZoneInfo(zname)
        W = max(need, int(r.uniform(2, 8) * 60))
        if W > 480:
            continue
        mon = r.randint(1, 12)
        day = r.randint(1, 28)
        hh = r.randint(0, 23)
        mi = r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        loc = dt.datetime(year, mon, day, hh, mi, tzinfo=z)
        st = loc.astimezone(dt.timezone.utc)
        en = st + dt.timedelta(minutes=W)
        if loc.utcoffset() != en.astimezone(z).utcoffset():
            continue
        if st.year != year or en.year != year or en.astimezone(z).year != year:
            continue
        return year, zname, int(loc.utcoffset().total_seconds()), calendar.timegm(st.timetuple()), W


def scenario(seed, n, kinds, outdir):
    sc = f"s{n:02d}"
    r = R(seed, sc, "-", "scenario")
    durs = [r.randint(*DUR[k]) for k in kinds]
    need = 30 + sum(durs) + 45 * max(0, len(kinds) - 1) + 10
    year, zname, off, t0, W = pick_window(r, max(need, 120))
    specs = all_specs(year)
    chosen = []
    for k in kinds:
        cand = [s for s in specs if k in s.caps]
        mine = [s for s in chosen if k in s.caps]
        if mine and r.random() < 0.4:
            continue
        cand2 = [s for s in cand if s not in chosen]
        chosen.append(r.choice(cand2 or cand))
    nf = r.randint(3, 6)
    rest = [s for s in specs if s not in chosen]
    r.shuffle(rest)
    if not any(s.heavy for s in chosen):
        chosen.append([s for s in rest if s.heavy][0])
    while len(chosen) < nf:
        chosen.append([s for s in rest if s not in chosen][0])
    if not any(s.absk != "local" for s in chosen):
        cand = [s for s in rest if s.absk != "local" and s not in chosen]
        if len(chosen) >= 6:
            chosen[-1] = cand[0]
        else:
            chosen.append(cand[0])
    # incidents: assign files and times
    incs = []
    order = list(range(len(kinds)))
    r.shuffle(order)
    slack = W - 30 - sum(durs) - 45 * (len(kinds) - 1)
    cuts = sorted(r.uniform(0, slack) for _ in range(len(kinds)))
    t = t0 + 15 * 60 + 60
    prev = 0
    for j, oi in enumerate(order):
        k, d = kinds[oi], durs[oi]
        t += int((cuts[j] - prev) // 1) * 60 if j == 0 else int((cuts[j] - prev) // 1) * 60
        prev = cuts[j]
        s = t - (t % 60)
        e = s + d * 60
        cand = [c for c in chosen if k in c.caps]
        spec = r.choice(cand)
        p = {"error_burst": r.uniform(8, 22), "new_error": r.uniform(3, 12), "retry_storm": r.uniform(20, 60), "latency_shift": r.uniform(3.8, 7.5),
             "http_5xx": r.uniform(0.35, 0.58), "traffic_flood": r.uniform(5.5, 8.5), "disk_full": r.uniform(3, 15)}.get(k, 0)
        inc = {"kind": k, "spec": spec, "s": s, "e": e, "p": p, "tpl": 0}
        if k == "error_burst":
            inc["tpl"] = r.randrange(len(spec.err))
        if k == "new_error":
            inc["tpl"] = r.randrange(len(spec.newerr))
        incs.append(inc)
        t = e + 45 * 60
    # volumes
    T = r.randint(57000, 74000)
    cm = sum(curve(((t0 + 60 * m + off) % 86400) / 3600.0) for m in range(W)) / W * 1.12
    light = sum(s.vol * W * cm for s in chosen if not s.heavy)
    heavy = sum(s.vol * W * cm for s in chosen if s.heavy)
    scale = max(0.4, min(12.0, (T - light) / max(heavy, 1)))
    # benign restart
    restart = {}
    if r.random() < 0.5:
        rs = r.choice(chosen)
        for _ in range(20):
            tb = t0 + r.uniform(20 * 60, W * 60 - 20 * 60)
            if all(abs(tb - i["s"]) > 15 * 60 and abs(tb - i["e"]) > 15 * 60 and not (i["s"] <= tb <= i["e"]) for i in incs):
                restart[rs.file] = tb
                break
    d = os.path.join(outdir, sc)
    os.makedirs(d, exist_ok=True)
    truth = []
    for spec in chosen:
        fr = R(seed, sc, spec.file, "file")
        gz = fr.random() < 0.25
        crlf = fr.random() < spec.crlf_p
        rate = spec.vol * (scale if spec.heavy else 1.0)
        err_lam = fr.uniform(0.05, 0.5) if not spec.heavy else fr.uniform(0.2, 0.9)
        my = [i for i in incs if i["spec"] is spec]
        lines = gen_file(seed, sc, spec, t0, W, off, rate, my, restart.get(spec.file), err_lam)
        nl = "\r\n" if crlf else "\n"
        txt = nl.join(x for _, x in lines) + nl
        if crlf:
            txt = txt.replace("\r\n", "\n").replace("\n", "\r\n")
        data = txt.encode("utf-8")
        name = spec.file + (".gz" if gz else "")
        if gz:
            data = gzip.compress(data, compresslevel=6, mtime=0)
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
        for i in my:
            truth.append((i["s"], {"kind": i["kind"], "file": name, "start": iso(i["s"], 0, 0), "end": iso(i["e"], 0, 0), "description": describe(i, spec)}))
    truth.sort(key=lambda x: x[0])
    with open(os.path.join(d, "truth.json"), "w") as f:
        json.dump({"incidents": [x[1] for x in truth]}, f, indent=1)
        f.write("\n")
    return year, zname, W, [s.file for s in chosen]


def describe(i, spec):
    k, p = i["kind"], i["p"]
    n = spec.name
    if k == "error_burst":
        return f"{n}: routine error {spec.err[i['tpl']][0]} raised to about {p:.0f} lines per minute."
    if k == "new_error":
        return f"{n}: never-before-seen error {spec.newerr[i['tpl']][0]} repeated about {p:.0f} times a minute."
    if k == "retry_storm":
        return f"{n}: retry/reconnect template repeated about {p:.0f} times a minute."
    if k == "latency_shift":
        return f"{n}: logged request/operation durations multiplied by about {p:.1f}."
    if k == "http_5xx":
        return f"{n}: about {p * 100:.0f}% of logged responses are 5xx."
    if k == "traffic_flood":
        return f"{n}: line rate multiplied by about {p:.1f} with the usual templates."
    if k == "silence":
        return f"{n}: the process hangs and the file writes nothing, then resumes."
    if k == "oom_kill":
        return f"{n}: {spec.rt} runtime out-of-memory crash text followed by the startup banner."
    if k == "disk_full":
        return f"{n}: 'no space left on device' write errors about {p:.0f} a minute."
    if k == "panic":
        what = {"go": "Go nil-pointer panic with goroutine dump", "jvm": "JVM SIGSEGV fatal-error banner (hs_err)", "node": "Node.js uncaught TypeError crash"}[spec.rt]
        return f"{n}: {what} followed by the startup banner."
    return n


def main():
    out, seed = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    a = plan(seed)
    for n in range(1, 11):
        y, z, W, files = scenario(seed, n, a[n], out)
        if os.environ.get("BLIND18_VERBOSE"):
            print(f"s{n:02d} {y} {z} {W}min {a[n]} {files}", file=sys.stderr)


if __name__ == "__main__":
    main()
