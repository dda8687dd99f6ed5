"""Shared helpers for the blind15 formats: timestamp builders, ids, journald wrapper, Base class."""
import math
from bisect import bisect_right
from datetime import datetime, timezone

MON = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
US = 1000000
MIN = 60 * US


def off(d, colon=False, z=False):
    o = int(d.utcoffset().total_seconds() // 60)
    if z and o == 0:
        return 'Z'
    sg = '+' if o >= 0 else '-'
    o = abs(o)
    return f"{sg}{o // 60:02d}{':' if colon else ''}{o % 60:02d}"


def mk(tz, pre, nd=0, sep='.', suf=None):
    """Timestamp formatter for absolute integer microseconds. pre(d)/suf(d) are cached per minute."""
    cache = {}
    div = 10 ** (6 - nd) if nd <= 6 else 1

    def f(t):
        m, rem = divmod(t, MIN)
        c = cache.get(m)
        if c is None:
            d = datetime.fromtimestamp(m * 60, tz)
            c = cache[m] = (pre(d), suf(d) if suf else '')
        s, u = divmod(rem, US)
        if nd == 0:
            return f"{c[0]}{s:02d}{c[1]}"
        if nd == 9:
            return f"{c[0]}{s:02d}{sep}{u:06d}{(t * 37) % 1000:03d}{c[1]}"
        return f"{c[0]}{s:02d}{sep}{u // div:0{nd}d}{c[1]}"
    return f


def P_ISO(d):
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:"


def P_SP(d):
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:"


def hx(r, n):
    return f"{r.getrandbits(4 * n):0{n}x}"


def uuid(r):
    h = hx(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def ip(r, net=10):
    return f"{net}.{r.randint(0, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def lognorm(r, med, sig=0.5):
    return med * math.exp(sig * r.gauss(0.0, 1.0))


KSAFE = 'bcdfghjklmnpqrstvwxz2456789'   # k8s rand.SafeEncodeString alphabet


def pod(r, name):
    return f"{name}-{''.join(r.choice(KSAFE) for _ in range(r.choice((9, 10))))}-{''.join(r.choice(KSAFE) for _ in range(5))}"


def wpick(r, items):
    """items: list of (weight, value)."""
    tot = 0.0
    for w, _ in items:
        tot += w
    x = r.random() * tot
    for w, v in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][1]


GO_PANICS = [
    ("panic: runtime error: invalid memory address or nil pointer dereference",
     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x{a} pc=0x{pc}]"),
    ("panic: assignment to entry in nil map", None),
    ("panic: runtime error: index out of range [3] with length 3", None),
    ("panic: send on closed channel", None),
]


def go_panic(r, frames):
    """Go runtime panic text; frames: list of (func, file) pairs, innermost first."""
    head, sig = r.choice(GO_PANICS)
    out = [head]
    if sig:
        out.append(sig.format(a=f"{r.choice((0x18, 0x20, 0x30, 0x48, 0x0)):x}", pc=hx(r, 7)))
    out.append('')
    out.append(f"goroutine {r.randint(20, 4000)} [running]:")
    for fn, fl in frames:
        out.append(f"{fn}(0xc000{hx(r, 6)}, {{0x{hx(r, 7)}, 0x{hx(r, 2)}}})")
        out.append(f"\t{fl}:{r.randint(40, 1900)} +0x{r.randint(0x10, 0x3ff):x}")
    out.append(f"created by {frames[-1][0].rsplit('.', 1)[0]}.Start in goroutine {r.randint(1, 90)}")
    out.append(f"\t{frames[-1][1]}:{r.randint(40, 900)} +0x{r.randint(0x10, 0x3ff):x}")
    return out


JAVA_OOM_FRAMES = [
    "java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
    "java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)",
    "java.base/java.lang.AbstractStringBuilder.append(AbstractStringBuilder.java:582)",
    "java.base/java.lang.StringBuilder.append(StringBuilder.java:179)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
]


class Base:
    name = '?'
    fname = 'x.log'
    nd = 0                  # fraction digits of the line-start timestamp
    absolute = False        # line-start timestamp carries zone/offset/epoch
    weight = 1.0            # share of the scenario's line budget
    low = None              # (a, b) natural lines/min for low-volume files; None = shares budget
    years = (2018, 2026)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood')
    crlf = False
    bom = False
    ident = None
    unit = None
    desc = None
    warn_p = 0.02
    raw_crash = False       # crash text lines carry no timestamp

    def __init__(s, sc, r):
        s.sc = sc
        s.tz = sc.tz
        s.year = sc.year
        s.host = sc.host
        s.rt = []
        s.pids = [r.randint(400, 40000)]
        s.setup(r)

    def setup(s, r):
        pass

    def pid(s, t):
        return s.pids[bisect_right(s.rt, t)]

    def new_pid(s, t, r):
        s.rt.append(t)
        s.pids.append(s.pids[-1] + r.randint(30, 3000))

    def periodic(s):
        return ()

    def retry_ok(s, t, r):
        return None

    def errs(s):
        return []

    def down(s, r):
        return r.randint(3, 40) * US

    # ---- journald / syslog wrapper
    def jsetup(s, r, styles=None):
        if styles is None:
            styles = ['syslog', 'short'] + (['rfc3339'] if s.year >= 2023 else [])
        st = r.choice(styles)
        s.jst = st
        tz = s.tz
        if st == 'syslog':
            s.jts = mk(tz, lambda d: f"{MON[d.month]} {d.day:2d} {d.hour:02d}:{d.minute:02d}:")
            s.nd = 0
        elif st == 'short':
            s.jts = mk(tz, lambda d: f"{MON[d.month]} {d.day:02d} {d.hour:02d}:{d.minute:02d}:")
            s.nd = 0
        elif st == 'precise':
            s.jts = mk(tz, lambda d: f"{MON[d.month]} {d.day:02d} {d.hour:02d}:{d.minute:02d}:", 6)
            s.nd = 6
        elif st == 'iso':
            colon = s.year >= 2023
            s.jts = mk(tz, P_ISO, 0, suf=lambda d: off(d, colon))
            s.nd = 0
            s.absolute = True
        elif st == 'rfc3339':
            s.jts = mk(tz, P_ISO, 6, suf=lambda d: off(d, True))
            s.nd = 6
            s.absolute = True

    def J(s, t, msg, ident=None, pid=None):
        return f"{s.jts(t)} {s.host} {ident or s.ident}[{pid or s.pid(t)}]: {msg}"

    def JM(s, t, lines, ident=None, pid=None):
        p = f"{s.jts(t)} {s.host} {ident or s.ident}[{pid or s.pid(t)}]: "
        return '\n'.join(p + x for x in lines)

    def sd(s, t, msg):
        return f"{s.jts(t)} {s.host} systemd[1]: {msg}"

    def sd_oom(s, t, r):
        u = s.unit
        out = [(t, s.sd(t, f"{u}: A process of this unit has been killed by the OOM killer."))]
        t += r.randint(2000, 90000)
        out.append((t, s.sd(t, f"{u}: Main process exited, code=killed, status=9/KILL")))
        out.append((t, s.sd(t, f"{u}: Failed with result 'oom-kill'.")))
        if s.year >= 2021:
            out.append((t, s.sd(t, f"{u}: Consumed {r.randint(1, 59)}min {r.randint(0, 59)}.{r.randint(0, 999):03d}s CPU time.")))
        return out

    def sd_crashed(s, t, r, status='2/INVALIDARGUMENT'):
        u = s.unit
        return [(t, s.sd(t, f"{u}: Main process exited, code=exited, status={status}")),
                (t, s.sd(t, f"{u}: Failed with result 'exit-code'."))]

    def sd_start(s, t, r, after):
        u = s.unit
        out = []
        if after == 'crash':
            out.append((t, s.sd(t, f"{u}: Scheduled restart job, restart counter is at 1.")))
            out.append((t, s.sd(t, f"Stopped {s.desc}.")))
        t += r.randint(1000, 30000)
        out.append((t, s.sd(t, f"Starting {s.desc}...")))
        return out, t

    def sd_stop(s, t, r):
        return [(t, s.sd(t, f"Stopping {s.desc}..."))]

    def sd_stopped(s, t, r):
        out = []
        if s.year >= 2021:
            out.append((t, s.sd(t, f"{s.unit}: Deactivated successfully.")))
        out.append((t, s.sd(t, f"Stopped {s.desc}.")))
        return out

    # default crash/start/stop for journald-wrapped Go daemons
    def go_frames(s):
        return [("main.main", "/src/main.go")]

    def crash(s, t, r, kind):
        if kind == 'oom_kill':
            return s.sd_oom(t, r)
        lines = go_panic(r, s.go_frames())
        out = [(t, s.JM(t, lines))]
        t += r.randint(1000, 20000)
        return out + s.sd_crashed(t, r)

    def start(s, t, r, after):
        pre, t = s.sd_start(t, r, after)
        lines = s.banner(t, r)
        return pre + lines

    def stop(s, t, r):
        out = s.sd_stop(t, r)
        t += r.randint(1000, 5000)
        out += s.stop_lines(t, r)
        t = out[-1][0] + r.randint(10000, 900000)
        out += s.sd_stopped(t, r)
        return out

    def stop_lines(s, t, r):
        return []

    def banner(s, t, r):
        return [(t, s.J(t, 'starting'))]

    def seq(s, t, r, msgs, fn, lo=200, hi=40000):
        """Render a list of messages with small increasing time steps."""
        out = []
        for m in msgs:
            out.append((t, fn(t, m)))
            t += r.randint(lo, hi)
        return out
