"""Scenario themes: which files (formats) a scenario holds and how they are configured.

Each builder gets the scenario object and a random.Random dedicated to the
theme setup; it returns a list of file specs (dicts):
  name, cls, w (share of the scenario volume) or rate (fixed events/min),
  opts (format options), gz (bool), siblings (files of the same process).
"""
from fmt_dns import NamedQuery, NamedGeneral, WinDns
from fmt_dhcp import Dhcpd, WinDhcp
from fmt_routing import Frr, Bird
from fmt_kernel import kern_class
from fmt_http import Haproxy
from fmt_wifi import Hostapd, FreeRadius, WpaSupplicant, NetworkManager
from fmt_cloud import CloudInit, Networkd
from fmt_storage import Zed, Smartd, Multipath, Mountd
from fmt_identity import Krb5kdc, Sssd, Slapd
from fmt_voip import AsteriskFull, AsteriskQueue, OpenSips
from fmt_mobile import Open5gsAmf, Open5gsSmf, Open5gsUpf, Ueransim
from fmt_time import Chronyd, ChronyMeasurements, ChronyTracking, ChronyRefclocks
from fmt_patch import Dpkg, AptTerm, AptHistory, UnattendedUpgrades

KernRouter = kern_class("router")
KernStorage = kern_class("storage")


def F(name, cls, w=None, rate=None, gz=False, siblings=(), **opts):
    return dict(name=name, cls=cls, w=w, rate=rate, opts=opts, gz=gz, siblings=list(siblings))


def style(r, p_abs=0.4):
    x = r.random()
    if x < p_abs * 0.6:
        return "rfc3339"
    if x < p_abs:
        return "journal"
    return "bsd"


def dns_dhcp_infra(sc, r):
    utc = r.random() < 0.35
    st = style(r, 0.0 if utc else 1.0)
    relays = ["%s.%d.1" % (sc.lan, 16 + 4 * i) for i in range(3)] + ["eth1"]
    return [F("queries.log", NamedQuery, w=5.0, gz=r.random() < 0.3, iso_utc=utc),
            F("named.log", NamedGeneral, w=0.45, siblings=["queries.log"], iso_utc=utc),
            F("dhcpd.log", Dhcpd, w=2.0, style=st, relays=relays, host="dhcp1"),
            F("DhcpSrvLog-%s.log" % sc.wday, WinDhcp, w=1.0, pool="%s.%d" % (sc.lan, 40))]


def bgp_edge_router(sc, r):
    a = r.random() < 0.5
    return [F("frr.log", Frr, w=3.0, gz=r.random() < 0.25, ms=r.random() < 0.5),
            F("bird.log", Bird, w=1.6, ms=r.random() < 0.4),
            F("kern.log", KernRouter, w=1.8, style=style(r, 1.0) if a else "bsd"),
            F("haproxy.log", Haproxy, w=2.4, style="bsd" if a else style(r, 1.0), profile="edge", host="lb1")]


def wifi_campus(sc, r):
    relays = ["10.%d.%d.1" % (r.randint(20, 60), i * 4) for i in range(4)]
    ssid = r.choice(("eduroam", "eduroam", "Campus-WiFi"))
    return [F("hostapd.log", Hostapd, w=3.0, gz=r.random() < 0.3),
            F("radius.log", FreeRadius, w=2.0),
            F("dhcpd.log", Dhcpd, w=1.6, style=style(r, 0.5), relays=relays, nclients=2500, host="dhcp1",
              pool="10.%d.16" % r.randint(100, 120)),
            F("wpa_supplicant.log", WpaSupplicant, rate=r.uniform(2.5, 5.0), style=style(r, 0.5), host="wifiprobe1", ssid=ssid),
            F("NetworkManager.log", NetworkManager, rate=r.uniform(0.6, 1.4), style=style(r, 0.5), host="wifiprobe1", ssid=ssid)]


def cloud_vm_boot(sc, r):
    return [F("cloud-init.log", CloudInit, w=3.0, gz=r.random() < 0.3),
            F("systemd-networkd.log", Networkd, w=0.6, style=r.choice(("journal", "rfc3339"))),
            F("haproxy.log", Haproxy, w=2.2, style=style(r, 0.4), profile="config", host="cfg-lb1")]


def storage_server(sc, r):
    sts = [style(r, 0.5) for _ in range(5)]
    if all(s == "bsd" for s in sts):
        sts[r.randrange(5)] = r.choice(("rfc3339", "journal"))
    return [F("kern.log", KernStorage, w=0.5, style=sts[0]),
            F("zed.log", Zed, w=0.9, style=sts[1]),
            F("smartd.log", Smartd, w=0.0, style=sts[2], interval=r.choice((600, 600, 900))),
            F("multipath.log", Multipath, w=2.6, style=sts[3], gz=r.random() < 0.3),
            F("mountd.log", Mountd, w=1.0, style=sts[4])]


def identity_realm(sc, r):
    return [F("krb5kdc.log", Krb5kdc, w=2.5),
            F("sssd_%s.log" % sc.domain, Sssd, w=2.6, usec=r.random() < 0.4, gz=r.random() < 0.25),
            F("slapd.log", Slapd, w=2.8, style=style(r, 1.0)),
            F("dns.log", WinDns, w=2.2)]


def voip_pbx(sc, r):
    return [F("full", AsteriskFull, w=3.0, siblings=["queue_log"], iso=r.random() < 0.35),
            F("queue_log", AsteriskQueue, w=0.5),
            F("opensips.log", OpenSips, w=1.6, style=style(r, 0.5), gz=r.random() < 0.3, host="sbc1")]


def mobile_core_5g(sc, r):
    ver = r.choice(("2.7.0", "2.6.6", "2.7.1"))
    return [F("amf.log", Open5gsAmf, w=3.0, ver=ver),
            F("smf.log", Open5gsSmf, w=1.5, ver=ver),
            F("upf.log", Open5gsUpf, w=1.1, ver=ver, gz=r.random() < 0.3),
            F("gnb.log", Ueransim, w=1.4),
            F("chrony.log", Chronyd, rate=r.uniform(0.15, 0.4), style=r.choice(("rfc3339", "journal")))]


def ntp_time_service(sc, r):
    return [F("chrony.log", Chronyd, rate=r.uniform(0.2, 0.5), style=style(r, 0.5), refclock=True),
            F("measurements.log", ChronyMeasurements, w=1.0, nsrc=r.randint(6, 12)),
            F("tracking.log", ChronyTracking, w=1.0, interval=r.choice((1, 2, 4)), ref=r.choice(("PPS0", "PHC0"))),
            F("refclocks.log", ChronyRefclocks, w=10.0, gz=r.random() < 0.4)]


def patching_fleet(sc, r):
    return [F("haproxy.log", Haproxy, w=3.0, style=style(r, 0.5), profile="mirror", host="mirror-lb1"),
            F("dpkg.log", Dpkg, w=2.0),
            F("term.log", AptTerm, w=0.0),
            F("history.log", AptHistory, w=0.0),
            F("unattended-upgrades.log", UnattendedUpgrades, w=0.8, host="loghost1")]


THEMES = {
    "dns_dhcp_infra": (dns_dhcp_infra, "office", ("ns1", "corp")),
    "bgp_edge_router": (bgp_edge_router, "flat", ("edge-rtr1", "net")),
    "wifi_campus": (wifi_campus, "office", ("wlc1", "campus")),
    "cloud_vm_boot": (cloud_vm_boot, "batch", ("ci-hv3", "build")),
    "storage_server": (storage_server, "flat", ("stor1", "lab")),
    "identity_realm": (identity_realm, "office", ("kdc1", "corp")),
    "voip_pbx": (voip_pbx, "office", ("pbx1", "tel")),
    "mobile_core_5g": (mobile_core_5g, "consumer", ("core5g-1", "mno")),
    "ntp_time_service": (ntp_time_service, "flat", ("ntp1", "time")),
    "patching_fleet": (patching_fleet, "batch", ("mirror1", "ops")),
}
