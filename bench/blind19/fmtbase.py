"""Shared helpers and the base class for blind19 log formats.

A format object turns abstract events (utc time, level, tag, message) into
real-looking log lines.  Levels are normalised to one of D I W E F.
Each format declares its clock:
  abs      - absolute time in every line (zone/offset/Z/epoch)
  local    - zone-less wall-clock time in the scenario's zone
  utcnaive - zone-less wall-clock time that the software writes in UTC
  uptime   - time since boot (reset by restarts)
  none     - no time at all
"""
import time

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def hexs(r, n):
    return "%0*x" % (n, r.getrandbits(4 * n))


def uuid(r, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (hexs(r, 8), hexs(r, 4), hexs(r, 3), "89ab"[r.randrange(4)], hexs(r, 3), hexs(r, 12))
    return s.upper() if upper else s


def ip(r, net="10.0"):
    return "%s.%d.%d" % (net, r.randrange(0, 32), r.randrange(2, 254))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


API_PATHS = ["/api/v1/items", "/api/v1/items/{id}", "/api/v1/cart", "/api/v1/orders", "/api/v1/orders/{id}",
             "/api/v1/users/me", "/api/v1/search", "/api/v1/devices/{id}/telemetry", "/api/v1/auth/refresh",
             "/healthz", "/api/v1/config", "/api/v1/notifications"]
METHODS = ["GET"] * 12 + ["POST"] * 4 + ["PUT", "DELETE", "PATCH"]
REASON = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
          304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
          409: "Conflict", 422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error",
          502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


def api_path(r):
    p = pick(r, API_PATHS)
    if "{id}" in p:
        p = p.replace("{id}", str(r.randrange(1000, 99999)))
    if p.endswith("items") and r.random() < 0.4:
        p += "?page=%d" % r.randrange(1, 20)
    return p


class Fmt:
    key = "base"
    clock = "abs"
    fname = "app.log"
    share = 1.0          # relative volume within a scenario
    min_year = 2017
    max_year = 2026
    crlf_p = 0.0
    gz_ok = True
    req_share = 0.0      # fraction of lines that are request lines
    dur_median = 20.0    # ms
    busy = True
    levels = {"D": "D", "I": "I", "W": "W", "E": "E", "F": "F"}
    kinds = ()           # incident kinds this format can carry

    def __init__(self, r, year, host):
        self.year = year
        self.host = host
        self.off = 0
        self._cs = None
        self._ct = None
        self.setup(r)

    def setup(self, r):
        pass

    # ---- time helpers ----
    def lt(self, t):
        s = int(t)
        if s != self._cs:
            self._cs = s
            self._ct = time.gmtime(s + self.off)
        return self._ct

    def offstr(self, colon=False):
        o = self.off
        sign = "+" if o >= 0 else "-"
        o = abs(o)
        if colon:
            return "%s%02d:%02d" % (sign, o // 3600, o % 3600 // 60)
        return "%s%02d%02d" % (sign, o // 3600, o % 3600 // 60)

    # ---- rendering ----
    def head(self, t, lvl, tag, st):
        raise NotImplementedError

    def emit(self, t, lvl, tag, msg, st):
        """Return the text (possibly several lines) for one event."""
        if lvl == "RAW":
            return msg
        if "\n" not in msg:
            return self.head(t, lvl, tag, st) + msg
        first, rest = msg.split("\n", 1)
        return self.head(t, lvl, tag, st) + first + "\n" + rest

    # ---- content (override) ----
    def info(self, r):
        return ("I", "app", "ok")

    def warn(self, r):
        return ("W", "app", "slow")

    errors = ()          # routine error template functions (self, r)
    new_errors = ()      # candidate never-seen error templates

    def request(self, r, status, dur):
        return None

    def retry(self, r, attempt):
        return None

    def retry_ok(self, r):
        return None

    def heartbeat(self, r):
        return None

    heartbeat_every = 60

    def banner(self, r, st):
        return [(0.0, "I", "app", "starting")]

    def stop(self, r, st):
        return [(0.0, "I", "app", "stopping")]

    def oom(self, r, st):
        return None

    def disk(self, r):
        return None

    def panic(self, r, st):
        return None

    def new_pid(self, r, st):
        st["pid"] = st.get("pid", 1000) + r.randrange(30, 900)


def status_code(r, p5=0.0015):
    x = r.random()
    if x < p5:
        return pick(r, [500, 500, 502, 503, 504])
    x = r.random()
    if x < 0.86:
        return pick(r, [200] * 8 + [201, 204])
    if x < 0.93:
        return pick(r, [304, 304, 302, 301])
    return pick(r, [404, 404, 401, 400, 403, 409, 422, 429])
