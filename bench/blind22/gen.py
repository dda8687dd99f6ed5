#!/usr/bin/env python3
"""blind22: deterministic generator of SIEM-style log bundles (security appliances, identity
providers, cloud-provider logs) with planted, labelled incidents.

usage: python3 gen.py OUTDIR SEED
"""
import datetime as dt
import gzip
import io
import json
import math
import os
import random
import sys

from common import Ctx, Fmt, TZS, UTC, utc
import fmt_net as N
import fmt_cloud as C
import fmt_host as H

KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood',
         'silence', 'oom_kill', 'disk_full', 'panic']

# theme -> pool of (format class, file name or None, host name template)
THEMES = {
    'perimeter-fw-pair': [(N.FortiGate, 'fortigate-a.log', 'FGT-EDGE-A'), (N.FortiGate, 'fortigate-b.log', 'FGT-EDGE-B'),
                          (N.PanOS, None, 'PA-3220-01'), (N.CiscoASA, None, 'asa-edge01'), (N.Iptables, None, 'bastion01'),
                          (N.CheckPoint, None, 'cp-gw01'), (H.Wazuh, None, 'wazuh-mgr01')],
    'vpn-concentrator': [(N.StrongSwan, None, 'vpn-gw01'), (N.NetScaler, None, 'ns-vpx01'), (N.FortiGate, None, 'FGT-VPN-01'),
                         (C.Okta, None, None), (N.Iptables, None, 'vpn-gw01'), (H.Selinux, None, 'vpn-gw01'),
                         (N.CiscoASA, None, 'asa-vpn01')],
    'waf-and-lb': [(N.F5Ltm, None, 'bigip-lb01'), (N.F5Asm, None, 'bigip-lb01'), (C.AwsWaf, None, None),
                   (C.ElbClassic, None, None), (N.NetScaler, None, 'ns-adc01'), (C.AppService, None, None),
                   (N.LeefDS, None, 'dsm01')],
    'idp-cluster': [(H.ShibProcess, None, 'idp1'), (H.ShibAudit, None, 'idp1'), (H.Keycloak, None, 'kc-0'),
                    (C.Okta, None, None), (C.AadSignin, None, None), (H.Snare, None, 'DC01'), (N.F5Ltm, None, 'bigip-idp01')],
    'serverless-aws': [(C.Lambda, None, 'orders-api'), (C.AwsWaf, None, None), (C.ElbClassic, None, None),
                       (C.S3Access, None, None), (C.Lambda, 'lambda-payments.log', 'payments-worker'), (C.Okta, None, None)],
    'azure-tenant': [(C.AadSignin, None, None), (C.AzureActivity, None, None), (C.AppService, None, None),
                     (H.Snare, None, 'DC02'), (C.Okta, None, None), (H.Wazuh, None, 'wazuh-az01')],
    'gcp-project': [(C.GcpRun, None, 'orders-api'), (C.GcpRun, 'gcp-run-checkout.json', 'checkout'), (H.Keycloak, None, 'kc-0'),
                    (N.Iptables, None, 'bastion-gcp'), (H.Selinux, None, 'bastion-gcp'), (H.Wazuh, None, 'wazuh-gcp')],
    'mail-gateway': [(H.Sendmail, None, 'mx1'), (H.Zimbra, None, 'zmb01'), (H.Wazuh, None, 'wazuh01'), (N.Iptables, None, 'mx1'),
                     (N.BlueCoat, None, 'proxysg01'), (N.Sophos, None, 'XG330')],
    'siem-collector': [(H.Wazuh, None, 'wazuh-mgr01'), (N.LeefDS, None, 'dsm01'), (H.Selinux, None, 'siem-col01'),
                       (H.Snare, None, 'DC01'), (N.CheckPoint, None, 'cp-gw02'), (N.PanOS, None, 'PA-5220-02')],
    'secure-web-gateway': [(N.BlueCoat, None, 'proxysg02'), (N.Sophos, None, 'XG230'), (N.PanOS, None, 'PA-850'),
                           (C.AadSignin, None, None), (N.Iptables, None, 'proxy-gw01')],
    'dc-edge': [(N.Srx, None, 'srx-edge01'), (N.CiscoASA, None, 'asa-dc01'), (N.F5Ltm, None, 'bigip-dc01'),
                (N.Sophos, None, 'XG450'), (N.Srx, 'srx-edge02.log', 'srx-edge02'), (H.Wazuh, None, 'wazuh-dc01')],
    'web-hosting': [(C.AppService, None, None), (C.S3Access, None, None), (N.F5Asm, None, 'bigip-waf02'),
                    (H.Zimbra, None, 'zmb02'), (H.Selinux, None, 'web03'), (N.LeefDS, None, 'dsm02')],
}
ABS_CLOCKS = ('utc', 'offset', 'epoch')


class St:
    __slots__ = ('lat', 'p5xx', 'flood')

    def __init__(self):
        self.lat, self.p5xx, self.flood = 1.0, 0.0, False


def ptimes(rng, a, b, rate):
    out, t = [], a
    if rate <= 0:
        return out
    while True:
        t += rng.expovariate(rate)
        if t >= b:
            return out
        out.append(t)


def gen_file(fmt, T0, T1, rate, incs, restarts, rng):
    """Return sorted list of (t, text) for one file."""
    recs = []

    def add(t, text, keep=False):
        if text is None:
            return
        if isinstance(text, list):
            for tt, x in text:
                recs.append((tt, len(recs), x, keep))
        else:
            recs.append((t, len(recs), text, keep))

    bursts = []
    for _ in range(rng.randint(2, 6)):
        a = rng.uniform(T0, T1 - 300)
        b = a + rng.uniform(60, 300)
        if all(b + 300 < x or a > y + 300 for x, y, _ in bursts):
            bursts.append((a, b, rng.uniform(1.5, 2.4)))
    floods, lats, p5s, quiet = [], [], [], []
    phase = rng.uniform(0, 2 * math.pi)
    for inc in incs:
        S, E, k = inc['_s'], inc['_e'], inc['kind']
        if k == 'traffic_flood':
            floods.append((S, E, rng.uniform(6.5, 11)))
        elif k == 'latency_shift':
            lats.append((S, E, rng.uniform(3.5, 8)))
        elif k == 'http_5xx':
            p5s.append((S, E, rng.uniform(0.18, 0.5)))
        elif k == 'silence':
            quiet.append((S, E))

    def mult(t):
        m = 1.0 + 0.12 * math.sin(2 * math.pi * t / 86400 + phase)
        for a, b, f in bursts:
            if a <= t < b:
                m *= f
        for a, b, f in floods:
            if a <= t < b:
                m *= f
        return m

    st = St()
    t = T0 + rng.uniform(0.05, 3)
    while t < T1:
        st.lat, st.p5xx, st.flood = 1.0, 0.0, False
        for a, b, f in lats:
            if a <= t < b:
                st.lat = f * rng.uniform(0.85, 1.15)
        for a, b, f in p5s:
            if a <= t < b:
                st.p5xx = f
        for a, b, f in floods:
            if a <= t < b:
                st.flood = rng.random() < (1 - 1 / f)
        add(t, fmt.normal(t, st))
        t += rng.expovariate(rate * mult(t))
    for t in ptimes(rng, T0, T1, fmt.warn_per_min / 60):
        add(t, fmt.warn(t))
    err_rate = fmt.err_per_min / 60
    for t in ptimes(rng, T0, T1, err_rate):
        add(t, fmt.err(t))
    for t in ptimes(rng, T0, T1, 0.25 / 60):
        add(t, fmt.retry_ok(t))
    if fmt.hb_every:
        t = T0 + rng.uniform(1, fmt.hb_every)
        while t < T1:
            add(t, fmt.heartbeat(t))
            t += fmt.hb_every + rng.uniform(-0.4, 0.4)
    blackouts = []
    for t0 in restarts:
        t1 = t0 + rng.uniform(15, 90)
        items = fmt.restart(t0, t1)
        for t, x in items:
            add(t, x, True)
        blackouts.append((t0, max(t for t, _ in items)))
    for inc in incs:
        S, E, k = inc['_s'], inc['_e'], inc['kind']
        first = S + rng.uniform(1, 20)
        last = E - rng.uniform(1, 20)
        if k == 'error_burst':
            r = max(err_rate * rng.uniform(15, 40), 30 / (E - S))
            for t in [first] + ptimes(rng, first, last, r):
                add(t, fmt.err(t), True)
        elif k == 'new_error':
            r = max(rng.uniform(2, 12) / 60, 15 / (E - S))
            for t in [first] + ptimes(rng, first, last, r) + [last]:
                add(t, fmt.new_err(t), True)
        elif k == 'retry_storm':
            r = rng.uniform(0.25, 1.5)
            for t in [first] + ptimes(rng, first, last, r) + [last]:
                add(t, fmt.retry(t), True)
        elif k == 'disk_full':
            r = rng.uniform(0.08, 0.6)
            for t in [first] + ptimes(rng, first, last, r) + [last]:
                add(t, fmt.disk(t), True)
        elif k in ('oom_kill', 'panic'):
            t = first
            while t < last - 40:
                items = fmt.oom(t) if k == 'oom_kill' else fmt.panic(t)
                for tt, x in items:
                    add(tt, x, True)
                end = max(tt for tt, _ in items)
                blackouts.append((t + 0.5, end))
                t = end + rng.uniform(90, 420)
        elif k == 'silence':
            if type(fmt).restart is not Fmt.restart and rng.random() < 0.75:
                for tt, x in fmt.restart(None, E + rng.uniform(0.5, 20)):
                    add(tt, x, True)
    out = []
    for t, s, text, keep in sorted(recs):
        if any(a < t < b for a, b in quiet):
            continue
        if not keep and any(a < t < b for a, b in blackouts):
            continue
        out.append((t, text))
    return out


def plan_seed(seed):
    prng = random.Random(f'blind22/{seed}/plan')
    themes = list(THEMES)
    prng.shuffle(themes)
    themes = themes[:10]
    healthy = set(prng.sample(range(10), 2))
    return themes, healthy


def pick_window(rng, tz):
    from zoneinfo import ZoneInfo
    z = ZoneInfo(tz)
    while True:
        day = dt.datetime(rng.choice([2023, 2024]), rng.randint(2, 11), rng.randint(1, 28), tzinfo=UTC)
        hours = rng.choice([2, 3, 4, 5, 6, 7, 8]) if rng.random() < 0.4 else round(rng.uniform(2, 8), 2)
        start = day + dt.timedelta(minutes=rng.randint(0, 24 * 60 - 1))
        end = start + dt.timedelta(hours=hours)
        a = (start - dt.timedelta(days=1)).astimezone(z).utcoffset()
        b = (end + dt.timedelta(days=1)).astimezone(z).utcoffset()
        if a == b:
            return start.timestamp(), end.timestamp()


def build_scenario(seed, idx, theme, healthy, needed, attempt=0, scale=1.0):
    rng = random.Random(f'blind22/{seed}/s{idx:02d}/plan')
    tz = rng.choice(TZS)
    T0, T1 = pick_window(rng, tz)
    ctx = Ctx(random.Random(f'blind22/{seed}/s{idx:02d}/ctx'), tz)
    pool = THEMES[theme]
    k = rng.randint(3, min(6, len(pool)))
    chosen = rng.sample(range(len(pool)), k)
    if not any(pool[i][0].clock in ABS_CLOCKS for i in chosen):
        absl = [i for i in range(len(pool)) if pool[i][0].clock in ABS_CLOCKS and i not in chosen]
        chosen[rng.randrange(len(chosen))] = rng.choice(absl)
    chosen.sort()
    fmts = []
    names = set()
    for i in chosen:
        cls, fname, host = pool[i]
        f = cls(ctx, random.Random(f'blind22/{seed}/s{idx:02d}/f{i}/{attempt}'), host or ctx.org, fname)
        if f.fname in names:
            continue
        names.add(f.fname)
        fmts.append(f)
    # incidents
    incs = []
    if not healthy:
        n = rng.choice([1, 2, 2, 3, 3])
        used = set()
        for j in range(n):
            opts = []
            for fi, f in enumerate(fmts):
                if fi in used:
                    continue
                for kk in sorted(f.kinds()):
                    opts.append((fi, kk))
            if not opts:
                break
            low = min(needed.get(o[1], 0) for o in opts)
            pref = [o for o in opts if needed.get(o[1], 0) == low]
            fi, kk = rng.choice(pref)
            used.add(fi)
            needed[kk] = needed.get(kk, 0) + 1
            W = T1 - T0
            dur = rng.randint(16, 40) if kk == 'silence' else rng.randint(5, 40)
            if incs and rng.random() < 0.5:
                s = incs[0]['_s'] + rng.randint(-8, 12) * 60
            else:
                s = T0 + 35 * 60 + rng.uniform(0, W - 35 * 60 - dur * 60 - 6 * 60)
            s = max(T0 + 35 * 60, min(s, T1 - dur * 60 - 6 * 60))
            s = math.floor(s / 60) * 60
            if s < T0 + 30 * 60:
                s += 60
            incs.append({'kind': kk, 'fi': fi, '_s': s, '_e': s + dur * 60})
    # benign restart
    restarts = {}
    if rng.random() < 0.55:
        cands = [fi for fi, f in enumerate(fmts) if type(f).restart is not Fmt.restart]
        if cands:
            fi = rng.choice(cands)
            for _ in range(20):
                t = rng.uniform(T0 + 20 * 60, T1 - 10 * 60)
                if all(abs(t - i['_s']) > 15 * 60 and abs(t - i['_e']) > 15 * 60 and not (i['_s'] < t < i['_e'])
                       for i in incs):
                    restarts[fi] = [t]
                    break
    return rng, ctx, tz, T0, T1, fmts, incs, restarts


def render_scenario(seed, idx, theme, healthy, needed):
    target = None
    scale = 1.0
    for attempt in range(4):
        nd = dict(needed)
        rng, ctx, tz, T0, T1, fmts, incs, restarts = build_scenario(seed, idx, theme, healthy, nd, attempt)
        vrng = random.Random(f'blind22/{seed}/s{idx:02d}/vol')
        if target is None:
            target = vrng.uniform(72000, 98000)
        W = T1 - T0
        ws = [f.weight * vrng.uniform(0.75, 1.3) for f in fmts]
        files = {}
        total = 0
        for fi, f in enumerate(fmts):
            rate = target * scale * ws[fi] / sum(ws) / W / getattr(f, 'lines_per_rec', 1.0)
            frng = random.Random(f'blind22/{seed}/s{idx:02d}/gen{fi}/{attempt}')
            recs = gen_file(f, T0, T1, rate, [i for i in incs if i['fi'] == fi], restarts.get(fi, []), frng)
            head = f.header(T0) or []
            lines = head + [x for _, x in recs]
            text = '\n'.join(lines) + '\n'
            total += text.count('\n')
            files[f.fname] = (f, text)
        if 62000 <= total <= 118000:
            break
        scale *= target / total
    else:
        raise SystemExit('scenario %d: line count %d out of range' % (idx, total))
    needed.clear()
    needed.update(nd)
    return rng, T0, T1, files, fmts, incs, total


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip())
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    themes, healthy = plan_seed(seed)
    needed = {k: 0 for k in KINDS}
    os.makedirs(out, exist_ok=True)
    for idx in range(10):
        sdir = os.path.join(out, 's%02d' % (idx + 1))
        os.makedirs(sdir, exist_ok=True)
        for old in os.listdir(sdir):
            os.remove(os.path.join(sdir, old))
        rng, T0, T1, files, fmts, incs, total = render_scenario(seed, idx, themes[idx], idx in healthy, needed)
        gz = set()
        if rng.random() < 0.35:
            gz = set(rng.sample(sorted(files), rng.randint(1, 2)))
        for name, (f, text) in files.items():
            data = text.replace('\n', '\r\n') if f.crlf else text
            raw = data.encode('utf-8')
            if name in gz:
                bio = io.BytesIO()
                with gzip.GzipFile(filename='', mode='wb', fileobj=bio, mtime=0) as g:
                    g.write(raw)
                with open(os.path.join(sdir, name + '.gz'), 'wb') as fh:
                    fh.write(bio.getvalue())
            else:
                with open(os.path.join(sdir, name), 'wb') as fh:
                    fh.write(raw)
        truth = {'incidents': []}
        for inc in sorted(incs, key=lambda i: (i['_s'], i['kind'])):
            f = fmts[inc['fi']]
            truth['incidents'].append({
                'kind': inc['kind'], 'file': f.fname,
                'start': utc(inc['_s']).strftime('%Y-%m-%dT%H:%M:%SZ'),
                'end': utc(inc['_e']).strftime('%Y-%m-%dT%H:%M:%SZ'),
                'description': f.describe(inc['kind']),
            })
        with open(os.path.join(sdir, 'truth.json'), 'w') as fh:
            json.dump(truth, fh, indent=2)
            fh.write('\n')
        print('s%02d %-20s files=%d lines=%d incidents=%s' % (idx + 1, themes[idx], len(files), total,
                                                            ','.join(i['kind'] for i in truth['incidents']) or '-'))


if __name__ == '__main__':
    main()
