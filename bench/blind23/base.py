"""blind23 - shared helpers and the Fmt base class every log format derives from.

Times inside the generator are float seconds since the Unix epoch (UTC).  A format
renders them either as absolute time (UTC / numeric offset / epoch) or as the local
wall clock of the scenario (self.off seconds east of UTC, constant in the window).
"""
from datetime import datetime, timedelta

EPOCH = datetime(1970, 1, 1)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

USERS = ["alice", "bchen", "cmoreno", "dpatel", "ekowalski", "fnguyen", "gsingh", "hlarsen",
         "imurphy", "jokafor", "kweber", "lrossi", "mtanaka", "nsvensson", "oadeyemi", "pdubois",
         "qzhang", "rgarcia", "sfischer", "tbrown", "svc_etl", "mlops", "hpcadmin"]
GROUPS = ["physics", "chem", "bio", "astro", "cs", "climate", "genomics", "mlgroup"]
JOBNAMES = ["run.sh", "md_equil", "train_resnet", "wrf_d02", "vasp_relax", "bwa_align", "lmp_melt",
            "cp2k_opt", "gromacs_npt", "sweep", "postproc", "openfoam_les", "qe_scf", "nemo_bench",
            "ipython", "blast_chunk", "fastqc", "star_index", "hmmer_scan", "namd_fep"]
MODELS = ["stg_orders", "stg_customers", "stg_payments", "int_order_items", "fct_orders",
          "dim_customers", "dim_products", "fct_sessions", "stg_events", "int_sessionized",
          "fct_revenue_daily", "dim_dates", "stg_inventory", "fct_inventory_snapshots",
          "int_user_first_touch", "mart_marketing_attribution", "stg_ads_spend", "fct_ltv"]
SAMPLES = ["S%02d" % i for i in range(1, 97)]


def lt(t, off=0):
    """naive datetime for epoch seconds t shifted by off seconds."""
    return EPOCH + timedelta(seconds=t + off)


def hexs(r, n):
    return "%0*x" % (n, r.getrandbits(4 * n))


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[r.randrange(4)], h[17:20], h[20:])


def ip(r, net="10.1"):
    return "%s.%d.%d" % (net, r.randrange(0, 8), r.randrange(2, 250))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def wpick(r, pairs):
    """pairs: [(weight, value)]"""
    tot = sum(w for w, _ in pairs)
    x = r.random() * tot
    for w, v in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][1]


def lognorm(r, med, sigma=0.35):
    return med * r.lognormvariate(0, sigma)


class Fmt:
    """Base of a log format.

    key      short format key; fname default file name; clock 'local' or 'abs'
    base     natural events per minute; scal: may be scaled up to reach volume
    period   if set, normal events are periodic (seconds) instead of Poisson
    perr     probability that a normal event is the format's routine error (err())
    kinds    incident kinds this format can carry
    dies     whether the writer process dies on oom/panic (file goes quiet, restarts)
    """
    key = "fmt"
    fname = "app.log"
    clock = "local"
    base = 10.0
    scal = True
    period = None
    perr = 0.004
    kinds = ()
    dies = True
    gz_ok = True

    def __init__(self, sc, r, host=None):
        self.sc = sc
        self.r = r
        self.off = sc.off if self.clock == "local" else 0
        self.host = host or "node01"
        self.lat = 1.0       # latency multiplier (latency_shift)
        self.p5 = 0.0        # extra 5xx share (http_5xx)
        self.pid = r.randrange(1200, 60000)
        self.setup()

    def setup(self):
        pass

    # -- helpers -------------------------------------------------------------
    def L(self, t):
        return lt(t, self.off)

    def newpid(self):
        self.pid = self.r.randrange(1200, 99999)
        return self.pid

    # -- to be provided by formats -------------------------------------------
    def header(self, t):
        return []

    def normal(self, t):
        raise NotImplementedError

    def err(self, t):
        return self.normal(t)

    def new_err(self, t):
        return self.err(t)

    def retry(self, t):
        return self.err(t)

    def flood(self, t):
        return self.normal(t)

    def oom(self, t):
        return []

    def disk(self, t):
        return []

    def panic(self, t):
        return []

    def stop(self, t):
        return []

    def restart(self, t):
        return []
