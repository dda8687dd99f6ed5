"""Checker-side time stamp, duration and status parsing (independent of the generator).

parse_time(format_key, line, scenario_manifest, file_manifest) returns
  None                      line carries no time stamp of its own
  float                     UTC epoch seconds
  (float, bool)             epoch plus whether a second, embedded time agrees
"""
import re
from calendar import timegm

MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}

RX_RFC = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?([+-])(\d\d):?(\d\d) ")
RX_BSD = re.compile(r"^([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) ")
RX_NAMED = re.compile(r"^(\d\d)-([A-Z][a-z]{2})-(\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3}) ")
RX_ISOZ = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})Z ")
RX_WINDNS = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d\d):(\d\d) (AM|PM) ")
RX_WINDHCP = re.compile(r"^\d\d,(\d\d)/(\d\d)/(\d\d),(\d\d):(\d\d):(\d\d),")
RX_FRR = re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))? [A-Z]+: ")
RX_YMD = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(?= )")
RX_EPOCHUS = re.compile(r"^(\d{10})\.(\d{6}): ")
RX_CTIME = re.compile(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4}) : ")
RX_KRB = re.compile(r"^([A-Z][a-z]{2}) (\d\d) (\d\d):(\d\d):(\d\d) \S+ krb5kdc\[\d+\]\(\w+\): ")
RX_SSSD = re.compile(r"^\((\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?::(\d{6}))?\): \[")
RX_AST_B = re.compile(r"^\[([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d)\] [A-Z]+\[\d+\]")
RX_AST_I = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\] [A-Z]+\[\d+\]")
RX_QLOG = re.compile(r"^(\d{10})\|")
RX_O5GS = re.compile(r"^(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}): \[")
RX_UERAN = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\] \[")
RX_TERM = re.compile(r"^Log (?:started|ended): (\d{4})-(\d\d)-(\d\d)  (\d\d):(\d\d):(\d\d)$")
RX_HIST = re.compile(r"^(?:Start|End)-Date: (\d{4})-(\d\d)-(\d\d)  (\d\d):(\d\d):(\d\d)$")

# embedded second clocks used for consistency checks
RX_NM_EPOCH = re.compile(r"<\w+> +\[(\d{10})\.(\d{4})\] ")
RX_AUDIT = re.compile(r"audit\((\d{10})\.\d{3}:\d+\)")
RX_HAP_ACC = re.compile(r" \[(\d\d)/([A-Z][a-z]{2})/(\d{4}):(\d\d):(\d\d):(\d\d)\.(\d{3})\] ")
RX_KRB_AUTH = re.compile(r"AS_REQ .*: ISSUE: authtime (\d+),")
RX_O5GS_UTC = re.compile(r"UTC \[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\] Timezone")
RX_CI_AT = re.compile(r"running '[\w:-]+' at [A-Z][a-z]{2}, (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) \+0000")
RX_UU_INNER = re.compile(r" unattended-upgrades: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) ")

SYSLOG = {"dhcpd", "kern", "haproxy", "wpa_supplicant", "networkmanager", "networkd", "zed", "smartd",
          "multipath", "mountd", "slapd", "opensips", "chronyd", "unattended_upgrades"}

DUR_RE = {
    "haproxy": re.compile(r"\] \S+ \S+ -?\d+/-?\d+/-?\d+/(-?\d+)/-?\d+ \d{3} "),
    "slapd": re.compile(r"SEARCH RESULT tag=101 err=0 qtime=\S+ etime=(\d+\.\d+)"),
    "cloud_init": re.compile(r"took (\d+\.\d+) seconds"),
    "chrony_measurements": re.compile(r"^\S+ \S+ \S+ +[N+-?] +\d+ \d{3} \d{3} \d{4} +\d+ +\d+ \S+ +\S+ +(\S+)"),
    "named_general": re.compile(r"Transfer completed: .*?, (\d+\.\d+) secs"),
    "asterisk_queue": re.compile(r"\|CONNECT\|(\d+)\|"),
}
STATUS_RE = {
    "haproxy": re.compile(r"\] \S+ \S+ -?\d+/-?\d+/-?\d+/-?\d+/-?\d+ (\d{3}) "),
}


def loc(y, mo, d, h, mi, s, off):
    return timegm((y, mo, d, h, mi, s, 0, 0, 0)) - off


def frac(x):
    return float("0." + x) if x else 0.0


def _syslog(line, sc):
    m = RX_RFC.match(line)
    if m:
        g = m.groups()
        off = (int(g[8]) * 3600 + int(g[9]) * 60) * (1 if g[7] == "+" else -1)
        if off != sc["offset"]:
            return None
        return loc(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), off) + frac(g[6])
    m = RX_BSD.match(line)
    if m:
        g = m.groups()
        return loc(sc["year"], MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4]), sc["offset"])
    return None


def _agree(t, other, tol):
    return (t, abs(t - other) <= tol)


def parse_time(k, line, sc, meta):
    off = sc["offset"]
    if k in SYSLOG:
        t = _syslog(line, sc)
        if t is None:
            return None
        if k == "networkmanager":
            m = RX_NM_EPOCH.search(line)
            if m:
                return _agree(t, int(m.group(1)), 1.01)
        elif k == "kern":
            m = RX_AUDIT.search(line)
            if m:
                return _agree(t, int(m.group(1)), 1.01)
        elif k == "haproxy":
            m = RX_HAP_ACC.search(line)
            if m:
                g = m.groups()
                acc = loc(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), off)
                return (t, -1.01 <= t - acc <= 120)
        elif k == "unattended_upgrades":
            m = RX_UU_INNER.search(line)
            if m:
                g = [int(x) for x in m.groups()]
                return _agree(t, loc(g[0], g[1], g[2], g[3], g[4], g[5], off), 1.01)
        return t
    if k in ("named_query", "named_general"):
        m = RX_NAMED.match(line)
        if m:
            g = m.groups()
            return loc(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), off) + frac(g[6])
        m = RX_ISOZ.match(line)
        if m:
            g = m.groups()
            return loc(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), 0) + frac(g[6])
        return None
    if k == "win_dns":
        m = RX_WINDNS.match(line)
        if not m:
            return None
        g = m.groups()
        h = int(g[3]) % 12 + (12 if g[6] == "PM" else 0)
        return loc(int(g[2]), int(g[0]), int(g[1]), h, int(g[4]), int(g[5]), off)
    if k == "win_dhcp":
        m = RX_WINDHCP.match(line)
        if not m:
            return None
        g = [int(x) for x in m.groups()]
        return loc(2000 + g[2], g[0], g[1], g[3], g[4], g[5], off)
    if k == "frr":
        m = RX_FRR.match(line)
        if not m:
            return None
        g = m.groups()
        return loc(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), off) + frac(g[6])
    if k in ("bird", "dpkg", "cloud_init", "chrony_measurements", "chrony_tracking", "chrony_refclocks"):
        m = RX_YMD.match(line)
        if not m:
            return None
        g = m.groups()
        utc = k.startswith("chrony_") or k == "cloud_init"
        t = loc(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), 0 if utc else off) + frac(g[6])
        if k == "cloud_init":
            m2 = RX_CI_AT.search(line)
            if m2:
                h = m2.groups()
                return _agree(t, loc(int(h[2]), MON[h[1]], int(h[0]), int(h[3]), int(h[4]), int(h[5]), 0), 1.01)
        return t
    if k == "hostapd":
        m = RX_EPOCHUS.match(line)
        return int(m.group(1)) + int(m.group(2)) / 1e6 if m else None
    if k == "freeradius":
        m = RX_CTIME.match(line)
        if not m:
            return None
        g = m.groups()
        return loc(int(g[5]), MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4]), off)
    if k == "krb5kdc":
        m = RX_KRB.match(line)
        if not m:
            return None
        g = m.groups()
        t = loc(sc["year"], MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4]), off)
        m2 = RX_KRB_AUTH.search(line)
        if m2:
            return _agree(t, int(m2.group(1)), 1.01)
        return t
    if k == "sssd":
        m = RX_SSSD.match(line)
        if not m:
            return None
        g = m.groups()
        return loc(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), off) + (int(g[6]) / 1e6 if g[6] else 0)
    if k == "asterisk_full":
        m = RX_AST_B.match(line)
        if m:
            g = m.groups()
            return loc(sc["year"], MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4]), off)
        m = RX_AST_I.match(line)
        if m:
            g = [int(x) for x in m.groups()]
            return loc(g[0], g[1], g[2], g[3], g[4], g[5], off)
        return None
    if k == "asterisk_queue":
        m = RX_QLOG.match(line)
        return int(m.group(1)) if m else None
    if k == "open5gs":
        m = RX_O5GS.match(line)
        if not m:
            return None
        g = m.groups()
        t = loc(sc["year"], int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), off) + frac(g[5])
        m2 = RX_O5GS_UTC.search(line)
        if m2:
            h = [int(x) for x in m2.groups()]
            return _agree(t, loc(h[0], h[1], h[2], h[3], h[4], h[5], 0), 1.01)
        return t
    if k == "ueransim":
        m = RX_UERAN.match(line)
        if not m:
            return None
        g = m.groups()
        return loc(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), off) + frac(g[6])
    if k == "apt_term":
        m = RX_TERM.match(line)
    elif k == "apt_history":
        m = RX_HIST.match(line)
    else:
        raise KeyError("checker knows no clock for format %r" % k)
    if not m:
        return None
    g = [int(x) for x in m.groups()]
    return loc(g[0], g[1], g[2], g[3], g[4], g[5], off)
