#!/usr/bin/env python3
"""blind23 - deterministic generator of labelled HPC / ML / data-engineering log bundles.

usage: python3 gen.py OUTDIR SEED
"""
import gzip
import io
import json
import math
import os
import re
import sys
from datetime import datetime, timezone, timedelta
from random import Random
from zoneinfo import ZoneInfo

from base import Fmt, hexs, uuid4, ip
import fmt_hpc as H
import fmt_ml as M
import fmt_data as D

KINDS = ["error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood",
         "silence", "oom_kill", "disk_full", "panic"]

# theme -> (pool of (class, host pattern)), description
THEMES = {
    "slurm_cluster": ([(H.Slurmctld, "slurmctl01"), (H.Slurmd, "cn%03d"), (H.SlurmJobcomp, "slurmctl01"), (H.Kernel, "cn%03d"),
                       (H.Gpfs, "cn%03d"), (H.OodAccess, "ondemand01"), (M.JupyterHub, "jhub01")], "Slurm HPC cluster with GPFS and Open OnDemand"),
    "pbs_cluster": ([(H.PbsServer, "pbs1"), (H.PbsMom, "cn%03d"), (H.Kernel, "cn%03d"), (H.LustreOSS, "oss%02d"),
                     (H.GlobusXfer, "dtn%02d"), (D.GridFtp, "dtn%02d")], "PBS Pro cluster on Lustre with a Globus DTN"),
    "gpu_training": ([(M.TorchTrain, "gpu%03d"), (H.Kernel, "gpu%03d"), (M.NvidiaSmi, "gpu%03d"), (H.Slurmd, "gpu%03d"),
                      (M.Mlflow, "mlflow01"), (M.DeepSpeed, "gpu%03d")], "multi-node GPU LLM training job"),
    "hadoop": ([(D.NameNode, "nn01"), (D.DataNode, "dn%02d"), (D.NodeManager, "dn%02d"), (D.Spark, "edge01"),
                (D.HBase, "rs%02d"), (H.Kernel, "dn%02d")], "Hadoop/YARN cluster running Spark ETL and HBase"),
    "ray_dask": ([(M.Raylet, "ray-worker-%02d"), (M.GcsServer, "ray-head"), (M.DaskScheduler, "dask-sched"), (M.DaskWorker, "cn%03d"),
                  (M.JupyterHub, "jhub01"), (H.Kernel, "cn%03d")], "Ray and Dask analytics cluster behind JupyterHub"),
    "data_platform": ([(D.Dagster, "etl01"), (D.Dbt, "etl01"), (D.Prefect, "etl02"), (D.Luigi, "etl03"), (M.Mlflow, "mlflow01")],
                      "data-pipeline platform (Dagster, dbt, Prefect, Luigi, MLflow)"),
    "bioinformatics": ([(D.Nextflow, "login02"), (D.Snakemake, "login03"), (H.Slurmctld, "slurmctl01"), (H.Kernel, "cn%03d"),
                        (H.GlobusXfer, "dtn%02d"), (H.Gpfs, "cn%03d")], "genomics workflows (Nextflow, Snakemake) on Slurm"),
    "parallel_fs": ([(H.LustreOSS, "oss%02d"), (H.Gpfs, "nsd%02d"), (H.BeeGFS, "stor%02d"), (H.Kernel, "cn%03d"),
                     (D.GridFtp, "dtn%02d"), (H.GlobusXfer, "dtn%02d")], "parallel file systems (Lustre, GPFS, BeeGFS) and data movers"),
    "lsf_condor": ([(H.Lsf, "lsfmaster"), (H.CondorSched, "submit01"), (H.CondorStart, "cn%03d"), (H.Kernel, "cn%03d"),
                    (H.OodAccess, "ondemand01")], "IBM LSF and HTCondor high-throughput pool"),
    "tf_horovod": ([(M.TensorFlow, "gpu%03d"), (M.Horovod, "gpu%03d"), (M.NvidiaSmi, "gpu%03d"), (H.Kernel, "gpu%03d"),
                    (M.JupyterHub, "jhub01"), (M.Mlflow, "mlflow01")], "TensorFlow / Horovod distributed training"),
}

TZS = ["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles", "Europe/Berlin", "Europe/London",
       "Europe/Paris", "Asia/Tokyo", "Asia/Shanghai", "Australia/Sydney", "Asia/Kolkata", "UTC"]

DESC = {
    "error_burst": "the routine error \"{t}\" in {f} jumps many-fold above its usual rate",
    "new_error": "a never-seen error \"{t}\" starts repeating in {f}",
    "retry_storm": "retries and timeouts against a dependency pile up in {f} (\"{t}\")",
    "latency_shift": "logged durations in {f} rise several-fold (slowdown)",
    "http_5xx": "the share of 5xx responses in {f} rises sharply",
    "traffic_flood": "record volume in {f} rises many-fold (\"{t}\")",
    "silence": "output to {f} stops for the whole interval: the process is hung or gone",
    "oom_kill": "processes run out of memory and are killed/restarted, seen in {f} (\"{t}\")",
    "disk_full": "writes fail because the storage is full, seen in {f} (\"{t}\")",
    "panic": "a crash with its dump/core in {f} (\"{t}\"), followed by a restart",
}


class Scenario:
    pass


def has_restart(cls):
    return cls.restart is not Fmt.restart


def cap(s):
    return s[:1].upper() + s[1:]


def iso(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def lpe_of(cls, sc, fn, n=150):
    r = Random("probe")
    f = cls(sc, r, "probe01")
    tot = 0
    for i in range(n):
        tot += len(getattr(f, fn)(sc.t0 + i))
    return tot / n


def make_scenario(seed, idx, theme, healthy):
    r = Random("blind23/%s/s%02d/plan" % (seed, idx))
    sc = Scenario()
    sc.idx, sc.theme, sc.healthy, sc.seed = idx, theme, healthy, seed
    sc.tzname = r.choice(TZS)
    tz = ZoneInfo(sc.tzname)
    W = r.randrange(120, 481, 5) * 60
    day = datetime(2023, 2, 1, tzinfo=timezone.utc) + timedelta(days=r.randrange(0, 600))
    while True:
        lstart = datetime(day.year, day.month, day.day, r.randrange(0, 24), r.choice([0, 0, 15, 30, 45]), tzinfo=tz)
        t0 = lstart.timestamp()
        if lstart.utcoffset() == datetime.fromtimestamp(t0 + W, tz).utcoffset() and day.month not in (12, 1):
            break
        day += timedelta(days=11)
    sc.t0 = float(t0) + r.randrange(0, 60)
    sc.t1 = sc.t0 + W
    sc.off = int(lstart.utcoffset().total_seconds())
    sc.cluster = r.choice(["hpc", "taurus", "perlmutter2", "midway", "sherlock3", "greatlakes", "cascade", "orion"])
    sc.domain = r.choice(["hpc.example.edu", "cluster.uni-example.de", "research.example.org", "ai.example.com", "cs.example.ac.uk"])
    sc.fsname = r.choice(["lustre", "scratch", "fs1", "lus01", "work"])
    sc.gpfsfs = r.choice(["gpfs0", "projects", "fs1", "home"])
    sc.iso = None
    sc.run = r.choice(["llama-7b", "vit-h14", "gpt-neo", "resnet152", "bert-large", "sdxl-ft", "mixtral"]) + "-%s" % hexs(r, 6)
    sc.master = "gpu%03d" % r.randrange(1, 64)
    sc.bp, sc.dnid, sc.dnhost, sc.epoch = r.randrange(10 ** 8, 2 * 10 ** 9), uuid4(r), "dn%02d" % r.randrange(1, 24), r.randrange(1, 80)
    sc.wid, sc.salt = hexs(r, 32), r.randrange(10 ** 8, 10 ** 9)
    pool, sc.desc = THEMES[theme]
    n = r.randint(3, min(6, len(pool)))
    picks = r.sample(range(len(pool)), n)
    picks.sort()
    sc.files = []
    for i in picks:
        cls, hp = pool[i]
        host = hp % r.randrange(1, 200) if "%" in hp else hp
        sc.files.append([cls, host])
    if not any(c.clock == "abs" for c, _ in sc.files):
        ks = [c for c, _ in sc.files]
        if H.Kernel not in ks:
            kc = [p for p in pool if p[0] is H.Kernel]
            if len(sc.files) >= 6:
                sc.files.pop(r.randrange(len(sc.files)))
            sc.files.append([H.Kernel, kc[0][1] % r.randrange(1, 200) if "%" in kc[0][1] else kc[0][1]])
        sc.iso = True
    sc.incs = []
    sc.rng = r
    return sc


def plan_seed(seed):
    r = Random("blind23/%s/seed" % seed)
    themes = list(THEMES)
    r.shuffle(themes)
    healthy = set(r.sample(range(10), 2))
    scs = [make_scenario(seed, i + 1, themes[i], i in healthy) for i in range(10)]
    sick = [s for s in scs if not s.healthy]
    cap = {s.idx: r.randint(1, 3) for s in sick}
    kinds = KINDS[:]
    r.shuffle(kinds)

    def cands(k, full):
        out = []
        for s in sick:
            if full and len(s.incs) >= 3:
                continue
            if not full and len(s.incs) >= cap[s.idx]:
                continue
            for fi, (c, _) in enumerate(s.files):
                if k in c.kinds and all(fj != fi for _, fj in s.incs):
                    out.append((s, fi))
        return out

    for k in kinds:
        c = cands(k, False) or cands(k, True)
        if c:
            s, fi = r.choice(c)
            s.incs.append((k, fi))
    for s in sick:
        while len(s.incs) < cap[s.idx]:
            opts = [(k, fi) for fi, (c, _) in enumerate(s.files) for k in c.kinds if all(fj != fi for _, fj in s.incs)]
            if not opts:
                break
            s.incs.append(r.choice(opts))
        if not s.incs:  # fall back: any file with any kind
            fi = r.randrange(len(s.files))
            s.incs.append((r.choice(s.files[fi][0].kinds), fi))
    # timing
    for s in sick:
        rr = Random("blind23/%s/s%02d/times" % (seed, s.idx))
        out = []
        cur = s.t0 + 35 * 60
        slots = len(s.incs)
        for j, (k, fi) in enumerate(s.incs):
            left = s.t1 - 10 * 60 - cur
            need_after = (slots - j - 1) * 20 * 60
            lo = 15 if k == "silence" else 6
            hi = max(lo, min(40, int((left - need_after) / 60 / 1.5)))
            dur = rr.randint(lo, hi) * 60
            slack = max(0, left - need_after - dur)
            st = cur + rr.uniform(0, slack * 0.5)
            st = math.floor(st / 60) * 60
            if st < s.t0 + 30 * 60:
                st += 60 * math.ceil((s.t0 + 30 * 60 - st) / 60)
            en = st + dur
            if en > s.t1 - 5 * 60:
                continue
            out.append({"kind": k, "fi": fi, "s": st, "e": en})
            cur = en + 10 * 60
        s.incs = out
        if not out:
            s.healthy = True
    return scs


def gen_file(sc, fi, f_scale, attempt):
    cls, host = sc.files[fi]
    seed, idx = sc.seed, sc.idx
    r = Random("blind23/%s/s%02d/f%d/%s/a%d" % (seed, idx, fi, cls.key, attempt))
    er = Random("blind23/%s/s%02d/f%d/%s/ev%d" % (seed, idx, fi, cls.key, attempt))
    fmt = cls(sc, r, host)
    W0, W1 = sc.t0, sc.t1
    incs = [i for i in sc.incs if i["fi"] == fi]
    lpe = sc.lpe[fi]
    rate = cls.base * (f_scale if (cls.scal or sc.allfixed) else 1.0)
    ev = []
    dead = []
    # natural bursts and diurnal drift
    bursts = []
    for _ in range(er.randint(2, 6)):
        bs = er.uniform(W0, W1)
        bursts.append((bs, bs + er.uniform(90, 480), er.uniform(1.5, 2.5)))
    ph = er.uniform(0, 2 * math.pi)

    def mod(t):
        m = 1.0 + 0.18 * math.sin(ph + (t - W0) / 86400 * 2 * math.pi * 3)
        for a, b, k in bursts:
            if a <= t < b:
                m *= k
        return m

    if cls.period:
        t = W0 + er.uniform(0, cls.period)
        while t < W1:
            ev.append((t, "n"))
            t += cls.period * er.uniform(0.98, 1.02)
    else:
        mx = 1.18 * 2.5 * 2.5
        lam = rate * mx / 60.0
        t = W0 + er.expovariate(lam)
        while t < W1:
            if er.random() < mod(t) / mx:
                ev.append((t, "n"))
            t += er.expovariate(lam)

    def stream(tag, s, e, per_min, first=True):
        if first:
            ev.append((s + er.uniform(1, 30), tag))
        if per_min <= 0:
            return
        t = s + er.expovariate(per_min / 60.0)
        while t < e:
            ev.append((t, tag))
            t += er.expovariate(per_min / 60.0)

    restarts = []
    lat_w, p5_w = [], []
    for inc in incs:
        k, s, e = inc["kind"], inc["s"], inc["e"]
        if k == "silence":
            dead.append((s - 0.5, e))
            if has_restart(cls):
                restarts.append(e)
        elif k in ("oom_kill", "panic"):
            c = s + er.uniform(0, 20)
            while True:
                ev.append((c, "oom" if k == "oom_kill" else "panic"))
                if cls.dies and has_restart(cls):
                    g = min(er.uniform(40, 150), max(20, e - c - 15))
                    dead.append((c + 0.2, c + g))
                    restarts.append(c + g)
                c += er.uniform(240, 720)
                if c > e - 150:
                    break
        elif k == "disk_full":
            stream("disk", s, e, er.uniform(1, 6))
        elif k == "new_error":
            stream("new", s, e, er.uniform(0.6, 3))
        elif k == "retry_storm":
            stream("retry", s, e, er.uniform(6, 20))
        elif k == "error_burst":
            stream("err", s, e, max(er.uniform(3, 8), 15 * rate * cls.perr))
            for _ in range(3):
                ev.append((er.uniform(W0 + 120, s - 600), "err"))
        elif k == "traffic_flood":
            kf = er.uniform(6, 10)
            stream("flood", s, e, rate * lpe * (kf - 1) / sc.lpef[fi], False)
        elif k == "latency_shift":
            lat_w.append((s, e, er.uniform(3, 8)))
        elif k == "http_5xx":
            p5_w.append((s, e, er.uniform(0.15, 0.45)))
    if sc.benign and sc.benign[0] == fi:
        bt = sc.benign[1]
        g = er.uniform(20, 100)
        ev.append((bt, "stop"))
        dead.append((bt + 0.1, bt + g))
        restarts.append(bt + g)
    for t in restarts:
        ev.append((t, "restart"))
    ev.sort(key=lambda x: x[0])
    dead.sort()
    lines = fmt.header(W0)
    if has_restart(cls) and r.random() < 0.3:
        lines += fmt.restart(W0)
    di = 0
    calls = {"n": fmt.normal, "err": fmt.err, "new": fmt.new_err, "retry": fmt.retry, "flood": fmt.flood,
             "oom": fmt.oom, "panic": fmt.panic, "disk": fmt.disk, "stop": fmt.stop, "restart": fmt.restart}
    for t, tag in ev:
        if t >= W1:
            break
        if tag != "restart":
            skip = False
            for a, b in dead:
                if a <= t < b:
                    skip = True
                    break
            if skip:
                continue
        if lat_w:
            fmt.lat = 1.0
            for a, b, k in lat_w:
                if a <= t < b:
                    fmt.lat = 1 + (k - 1) * min(1.0, (t - a) / 60.0)
        if p5_w:
            fmt.p5 = 0.0
            for a, b, k in p5_w:
                if a <= t < b:
                    fmt.p5 = k
        lines.extend(calls[tag](t))
    return lines


def describe(sc, inc, lines_sample):
    cls, host = sc.files[inc["fi"]]
    k = inc["kind"]
    t = lines_sample.get(inc["fi"], "")
    return DESC[k].format(f="%s (%s on %s)" % (sc.fnames[inc["fi"]], cls.key, host), t=t)


def sample_line(sc, fi, tag):
    """one representative signature text for descriptions (from a probe instance)."""
    cls, host = sc.files[fi]
    f = cls(sc, Random("desc"), host)
    fn = {"error_burst": "err", "new_error": "new_err", "retry_storm": "retry", "traffic_flood": "flood",
          "oom_kill": "oom", "disk_full": "disk", "panic": "panic"}.get(tag)
    if not fn:
        return ""
    ls = [x for x in getattr(f, fn)(sc.t0 + 3600) if x.strip()]
    pick_ = None
    for kw in ("Killed process", "Xid", "out of memory", "OutOfMemory", "segfault", "Segmentation", "Assert", "No space", "rc = -28",
               "Check failed", "F tensorflow", "SIGKILL", "exceeding memory", "oom_kill event", "OOM", "Out of space", "Error", "error"):
        for x in ls:
            if kw in x:
                pick_ = x
                break
        if pick_:
            break
    s = pick_ or (ls[0] if ls else "")
    s = STRIP.sub("", s)
    s = s[:150].rstrip()
    return s.replace('"', "'")


STRIP = re.compile(r"^(?:\[rank\d+\]:)?[\[(]?[\w/:\-.,+ ]*?\d\d:\d\d:\d\d(?:[.,]\d+)?(?: ?[+-]\d\d:?\d\d)?(?: \d{4})?\]?[;: ]*")


def build(outdir, seed):
    scs = plan_seed(seed)
    for sc in scs:
        br = Random("blind23/%s/s%02d/benign" % (seed, sc.idx))
        sc.benign = None
        if br.random() < 0.5:
            opts = [fi for fi, (c, _) in enumerate(sc.files) if has_restart(c) and not any(i["fi"] == fi for i in sc.incs)]
            if opts:
                for _ in range(20):
                    bt = br.uniform(sc.t0 + 20 * 60, sc.t1 - 20 * 60)
                    if all(not (i["s"] - 20 * 60 < bt < i["e"] + 20 * 60) for i in sc.incs):
                        sc.benign = (br.choice(opts), bt)
                        break
        names = []
        for cls, host in sc.files:
            nm = cls.fname
            if nm.startswith("."):
                nm = nm[1:]
            names.append(nm)
        sc.fnames = names
        sc.lpe = [lpe_of(c, sc, "normal") for c, _ in sc.files]
        sc.lpef = [lpe_of(c, sc, "flood") for c, _ in sc.files]
        W = (sc.t1 - sc.t0) / 60.0
        sc.allfixed = not any(c.scal for c, _ in sc.files)
        target = Random("blind23/%s/s%02d/vol" % (seed, sc.idx)).uniform(68000, 100000)
        fixed = sum(c.base * W * l for (c, _), l in zip(sc.files, sc.lpe) if not (c.scal or sc.allfixed))
        scal = sum(c.base * W * l for (c, _), l in zip(sc.files, sc.lpe) if (c.scal or sc.allfixed))
        f_scale = max(0.15, (target - fixed) / max(scal, 1))
        for attempt in range(6):
            outs = [gen_file(sc, fi, f_scale, attempt) for fi in range(len(sc.files))]
            tot = sum(len(o) for o in outs)
            if 62000 <= tot <= 115000:
                break
            f_scale *= target / max(1, tot) if tot else 2
            f_scale = max(0.05, f_scale)
        d = os.path.join(outdir, "s%02d" % sc.idx)
        os.makedirs(d, exist_ok=True)
        gzr = Random("blind23/%s/s%02d/gz" % (seed, sc.idx))
        gzi = gzr.randrange(len(sc.files)) if gzr.random() < 0.4 else -1
        for fi, lines in enumerate(outs):
            data = ("\n".join(lines) + "\n").encode("utf-8")
            if fi == gzi:
                bio = io.BytesIO()
                with gzip.GzipFile(filename="", mode="wb", fileobj=bio, mtime=0) as g:
                    g.write(data)
                with open(os.path.join(d, sc.fnames[fi] + ".gz"), "wb") as fh:
                    fh.write(bio.getvalue())
            else:
                with open(os.path.join(d, sc.fnames[fi]), "wb") as fh:
                    fh.write(data)
        samples = {}
        truth = []
        for inc in sorted(sc.incs, key=lambda i: i["s"]):
            samples[inc["fi"]] = sample_line(sc, inc["fi"], inc["kind"])
            truth.append({"kind": inc["kind"], "file": sc.fnames[inc["fi"]], "start": iso(inc["s"]), "end": iso(inc["e"]),
                          "description": cap(describe(sc, inc, samples)).rstrip(".") + "."})
        with open(os.path.join(d, "truth.json"), "w") as fh:
            json.dump({"incidents": truth}, fh, indent=2)
            fh.write("\n")


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    build(sys.argv[1], sys.argv[2])


if __name__ == "__main__":
    main()
