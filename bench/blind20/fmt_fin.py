"""Finance: QuickFIX (C++) messages log, QuickFIX/J engine log (SLF4J/logback),
jPOS Q2 log (ISO 8583 switch), Temenos-T24-like COB agent log (invented)."""
from fmt_base import Fmt, MONU, off_str

SOH = '\x01'
SYMS = [('VOD.L', 'GBP', 72.5), ('SAP.DE', 'EUR', 168.0), ('AAPL', 'USD', 181.0), ('NESN.S', 'CHF', 98.0),
        ('7203.T', 'JPY', 2890.0), ('BHP.AX', 'AUD', 45.0), ('RELIANCE.NS', 'INR', 2950.0), ('ASML.AS', 'EUR', 880.0)]


def fixmsg(fields, sep):
    """fields: list of (tag, value) without 8/9/10. Returns the message with a real
    BodyLength and CheckSum, shown with `sep` instead of SOH."""
    body = ''.join('%d=%s%s' % (k, v, SOH) for k, v in fields[1:])
    head = '8=%s%s' % (fields[0][1], SOH)
    msg = head + '9=%d%s' % (len(body), SOH) + body
    cs = sum(msg.encode('ascii')) % 256
    msg += '10=%03d%s' % (cs, SOH)
    return msg.replace(SOH, sep)


class FixState:
    """Order book shared by the two FIX formats' renderers (per file)."""

    def __init__(self, f):
        self.f = f
        self.pending = []
        self.live = []
        self.oid = f.ri(10 ** 6, 10 ** 7)

    def new(self):
        f = self.f
        s, ccy, px = f.ch(SYMS)
        o = {'cl': '%s%d' % (f.ch(['OMS', 'ALG', 'DMA']), f.ri(10 ** 8, 10 ** 9)), 'sym': s,
             'side': f.ch('12'), 'qty': f.ch([100, 200, 500, 1000, 2500, 5000]) * f.ri(1, 4),
             'px': round(px * f.r.uniform(0.98, 1.02), 2), 'cum': 0, 'ccy': ccy}
        self.pending.append(o)
        if len(self.pending) > 300:
            self.pending.pop(0)
        return o


# ============================================================ QuickFIX C++
class QfixMessages(Fmt):
    key = 'qfix_messages'
    label = 'QuickFIX engine messages log'
    fnames = ['FIX.4.4-BANKOMS-EXCHGW.messages.current.log', 'FIX.4.2-BANKOMS-BRKX.messages.current.log']
    clock = 'utc'
    weight = 3.0
    curve = 'business'
    caps = ('error_burst', 'new_error')
    hb_period = 30.0

    def init(self):
        p = self.name.split('.messages')[0].split('-')
        self.ver, self.me, self.them = p[0], p[1], p[2]
        self.sep = self.ch(['|', '^A'])
        self.so = self.ri(1000, 90000)
        self.si = self.ri(1000, 90000)
        self.st = FixState(self)
        self.err_names = ['35=3 session Reject "Value is incorrect (out of range) for this tag"',
                          '35=8 ExecutionReport OrdStatus=8 rejected "Price outside dynamic band"',
                          '35=9 OrderCancelReject "Too late to cancel"']
        self.new = self.ch([('j', 'Throttle limit exceeded: 200 messages per second'),
                            ('3', 'SendingTime accuracy problem')])
        self.new_name = '35=%s %s' % self.new

    def ts(self, t):
        p, f = self.utc_cached(t, lambda m: '%04d%02d%02d-%02d:%02d:%02d' % m[:6])
        return '%s.%03d' % (p, int(f * 1000))

    def msg(self, t, out, mtype, body):
        if out:
            self.so += 1
            h = [(8, self.ver), (35, mtype), (34, self.so), (49, self.me), (52, self.ts(t)), (56, self.them)]
        else:
            self.si += 1
            h = [(8, self.ver), (35, mtype), (34, self.si), (49, self.them), (52, self.ts(t - 0.002)), (56, self.me)]
        return '%s : %s' % (self.ts(t), fixmsg(h + body, self.sep))

    def templates(self):
        return [(30, self.new_order), (28, self.ack), (24, self.fill), (5, self.cancel), (5, self.cancel_ack),
                (2, self.status), (3, self.replace), (0.4, self.testreq)]

    def replace(self, t):
        if not self.st.live:
            return self.new_order(t)
        o = self.ch(self.st.live)
        npx = round(o['px'] * self.r.uniform(0.995, 1.005), 2)
        old = o['cl']
        o['cl'] = 'R' + old[1:] if old[0] != 'R' else 'Q' + old[1:]
        o['px'] = npx
        return [self.msg(t, True, 'G', [(11, o['cl']), (37, o['oid']), (38, o['qty']), (40, 2), (41, old), (44, '%.2f' % npx), (54, o['side']), (55, o['sym']), (60, self.ts(t))]),
                self.msg(t, False, '8', [(6, '0'), (11, o['cl']), (14, o['cum']), (17, 'E%s' % self.hx(10)), (37, o['oid']), (38, o['qty']), (39, 0 if o['cum'] == 0 else 1),
                                         (41, old), (44, '%.2f' % npx), (54, o['side']), (55, o['sym']), (60, self.ts(t)), (150, 5), (151, o['qty'] - o['cum'])])]

    def testreq(self, t):
        tid = 'TEST%d' % self.ri(1000, 9999)
        return [self.msg(t, False, '1', [(112, tid)]), self.msg(t, True, '0', [(112, tid)])]

    def new_order(self, t):
        o = self.st.new()
        return [self.msg(t, True, 'D', [(1, 'ACC%05d' % self.ri(1, 400)), (11, o['cl']), (15, o['ccy']), (21, 1), (38, o['qty']),
                                        (40, 2), (44, '%.2f' % o['px']), (54, o['side']), (55, o['sym']), (59, 0), (60, self.ts(t))])]

    def ack(self, t):
        if not self.st.pending:
            return self.new_order(t)
        o = self.st.pending.pop(0)
        self.st.oid += 1
        o['oid'] = 'X%d' % self.st.oid
        self.st.live.append(o)
        if len(self.st.live) > 400:
            self.st.live.pop(0)
        return [self.msg(t, False, '8', [(6, '0'), (11, o['cl']), (14, 0), (17, 'E%s' % self.hx(10)), (37, o['oid']), (38, o['qty']),
                                         (39, 0), (44, '%.2f' % o['px']), (54, o['side']), (55, o['sym']), (60, self.ts(t)), (150, 0), (151, o['qty'])])]

    def fill(self, t):
        if not self.st.live:
            return self.ack(t)
        o = self.ch(self.st.live)
        left = o['qty'] - o['cum']
        q = left if self.r.random() < 0.5 else max(1, left // self.ri(2, 5))
        o['cum'] += q
        done = o['cum'] >= o['qty']
        if done:
            self.st.live.remove(o)
        return [self.msg(t, False, '8', [(6, '%.4f' % o['px']), (11, o['cl']), (14, o['cum']), (17, 'E%s' % self.hx(10)), (31, '%.2f' % o['px']),
                                         (32, q), (37, o['oid']), (38, o['qty']), (39, 2 if done else 1), (54, o['side']), (55, o['sym']),
                                         (60, self.ts(t)), (150, 'F'), (151, o['qty'] - o['cum'])])]

    def cancel(self, t):
        if not self.st.live:
            return self.new_order(t)
        o = self.ch(self.st.live)
        o['ccl'] = 'C' + o['cl']
        return [self.msg(t, True, 'F', [(11, o['ccl']), (37, o['oid']), (38, o['qty']), (41, o['cl']), (54, o['side']), (55, o['sym']), (60, self.ts(t))])]

    def cancel_ack(self, t):
        c = [o for o in self.st.live[-40:] if 'ccl' in o]
        if not c:
            return self.fill(t)
        o = c[0]
        self.st.live.remove(o)
        return [self.msg(t, False, '8', [(6, '0'), (11, o['ccl']), (14, o['cum']), (17, 'E%s' % self.hx(10)), (37, o['oid']), (38, o['qty']),
                                         (39, 4), (41, o['cl']), (54, o['side']), (55, o['sym']), (60, self.ts(t)), (150, 4), (151, 0)])]

    def status(self, t):
        o = self.st.live[0] if self.st.live else self.st.new()
        return [self.msg(t, True, 'H', [(11, o['cl']), (54, o['side']), (55, o['sym'])])]

    def error(self, t, i):
        if i == 0:
            return [self.msg(t, False, '3', [(45, self.so - self.ri(0, 5)), (58, 'Value is incorrect (out of range) for this tag'), (371, self.ch([40, 59, 54])), (372, 'D'), (373, 5)])]
        if i == 1:
            o = self.st.new()
            self.st.pending.remove(o)
            return [self.msg(t, False, '8', [(6, '0'), (11, o['cl']), (14, 0), (17, 'E%s' % self.hx(10)), (37, 'NONE'), (38, o['qty']), (39, 8),
                                             (54, o['side']), (55, o['sym']), (58, 'Price outside dynamic band'), (60, self.ts(t)), (103, 99), (150, 8), (151, 0)])]
        o = self.ch(self.st.live) if self.st.live else self.st.new()
        return [self.msg(t, False, '9', [(11, 'C' + o['cl']), (37, o.get('oid', 'NONE')), (39, 2), (41, o['cl']), (58, 'Too late to cancel'), (102, 0), (434, 1)])]

    def new_error(self, t):
        mt, txt = self.new
        if mt == 'j':
            return [self.msg(t, False, 'j', [(45, self.so), (58, txt), (372, 'D'), (380, 99)])]
        return [self.msg(t, False, '3', [(45, self.so), (58, txt), (372, 'D'), (373, 10)])]

    def heartbeat(self, t):
        return [self.msg(t, True, '0', []), self.msg(t, False, '0', [])]

    def startup(self, t):
        def logon_out():
            self.so = 0
            self.si = 0
            return [self.msg(t, True, 'A', [(98, 0), (108, 30), (141, 'Y')])]
        return [(0.0, logon_out),
                (0.05, lambda: [self.msg(t + 0.05, False, 'A', [(98, 0), (108, 30), (141, 'Y')])])]

    def shutdown(self, t):
        return [(0.0, lambda: [self.msg(t, True, '5', [(58, 'Session shutdown')])]),
                (0.04, lambda: [self.msg(t + 0.04, False, '5', [])])]


# ======================================================= QuickFIX/J + SLF4J
class QfjEngine(Fmt):
    key = 'qfj_engine'
    label = 'QuickFIX/J OMS gateway log (SLF4J/logback)'
    fnames = ['oms-fix-gateway.log', 'quickfixj-engine.log']
    weight = 1.2
    caps = ('error_burst', 'new_error', 'retry_storm')
    hb_period = 30.0
    retry_name = 'Disconnecting: Encountered END_OF_STREAM (reconnect loop)'

    def init(self):
        self.sess = ['FIX.4.4:BANKOMS->EXCHGW', 'FIX.4.4:BANKOMS->LSEGDC', 'FIX.4.2:BANKOMS->BRKX']
        self.sq = {s: self.ri(1000, 50000) for s in self.sess}
        self.rq = {s: self.ri(1000, 50000) for s in self.sess}
        self.remote = {s: '%s:%d' % (self.ip(), self.ch([9876, 9880, 5001, 7001])) for s in self.sess}
        self.err_names = ['quickfixj.errorEvent Reject sent for Message', 'OMS rejected execution report (58=...)',
                          'Rejecting invalid message: quickfix.FieldNotFound']
        self.new = self.ch(['MsgSeqNum too low, expecting %d but received %d', 'Disconnecting: Timed out waiting for heartbeat'])
        self.new_name = self.new.replace('%d', 'N')
        self.st = FixState(self)

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02d %02d:%02d:%02d' % m[:6])
        return '%s.%03d' % (p, int(f * 1000))

    def L(self, t, th, lvl, lg, msg):
        return '%s [%s] %-5s %s - %s' % (self.ts(t), th, lvl, lg, msg)

    def ev(self, t, s, msg, lvl='INFO', lg='quickfixj.event', th='QFJ Message Processor'):
        return self.L(t, th, lvl, lg, '%s: %s' % (s, msg))

    def fmsg(self, t, s, out, mt, body):
        ver, pair = s.split(':')
        a, b = pair.split('->')
        if out:
            self.sq[s] += 1
            h = [(8, ver), (35, mt), (34, self.sq[s]), (49, a), (52, self._u(t)), (56, b)]
        else:
            self.rq[s] += 1
            h = [(8, ver), (35, mt), (34, self.rq[s]), (49, b), (52, self._u(t - 0.003)), (56, a)]
        return self.L(t, 'QFJ Message Processor', 'INFO', 'quickfixj.msg.%s' % ('outgoing' if out else 'incoming'),
                      '%s: %s' % (s, fixmsg(h + body, '^A')))

    def _u(self, t):
        p, f = self.utc_cached(t, lambda m: '%04d%02d%02d-%02d:%02d:%02d' % m[:6])
        return '%s.%03d' % (p, int(f * 1000))

    def templates(self):
        r = self
        return [
            (10, lambda t: r.app_new(t)),
            (10, lambda t: r.app_exec(t)),
            (6, lambda t: [r.L(t, 'oms-router-%d' % r.ri(1, 8), 'INFO', 'c.b.oms.routing.SmartOrderRouter',
                               'Routed %s %s %d @ %.2f to %s (score %.3f)' % r.route())]),
            (4, lambda t: [r.L(t, 'oms-risk-%d' % r.ri(1, 4), 'INFO', 'c.b.oms.risk.PreTradeRiskCheck',
                               'Order %s%d passed pre-trade checks (notional %.0f, limit %.0f)' % (r.ch(['OMS', 'ALG']), r.ri(10 ** 8, 10 ** 9), r.r.uniform(1e3, 5e6), 1e7))]),
            (0.6, lambda t: [r.ev(t, r.ch(r.sess), 'MsgSeqNum too high, expecting %d but received %d' % (r.ri(1000, 9000), r.ri(9001, 9100)), 'WARN')]),
            (0.5, lambda t: [r.ev(t, r.ch(r.sess), 'Sent ResendRequest FROM: %d TO: 0' % r.ri(1000, 9000))]),
            (0.4, lambda t: [r.L(t, 'oms-risk-%d' % r.ri(1, 4), 'WARN', 'c.b.oms.risk.PreTradeRiskCheck', 'Order %s%d near limit: notional %.0f of %.0f' % (r.ch(['OMS', 'ALG']), r.ri(10 ** 8, 10 ** 9), r.r.uniform(8e6, 1e7), 1e7))]),
        ]

    def route(self):
        s, c, px = self.ch(SYMS)
        return (self.ch(['BUY', 'SELL']), s, self.ri(1, 50) * 100, px * self.r.uniform(0.99, 1.01), self.ch(self.sess).split('->')[1], self.r.random())

    def app_new(self, t):
        o = self.st.new()
        s = self.ch(self.sess)
        o['s'] = s
        return [self.fmsg(t, s, True, 'D', [(11, o['cl']), (21, 1), (38, o['qty']), (40, 2), (44, '%.2f' % o['px']), (54, o['side']), (55, o['sym']), (59, 0), (60, self._u(t))])]

    def app_exec(self, t):
        if not self.st.pending:
            return self.app_new(t)
        o = self.st.pending.pop(0)
        s = o.get('s', self.sess[0])
        return [self.fmsg(t, s, False, '8', [(6, 0), (11, o['cl']), (14, 0), (17, self.hx(12)), (37, self.ri(10 ** 6, 10 ** 7)), (38, o['qty']), (39, 0),
                                              (54, o['side']), (55, o['sym']), (150, 0), (151, o['qty'])]),
                self.L(t, 'QFJ Message Processor', 'INFO', 'c.b.oms.fix.FixApplication', 'ExecutionReport ClOrdID=%s OrdStatus=NEW LeavesQty=%d' % (o['cl'], o['qty']))]

    def error(self, t, i):
        s = self.ch(self.sess)
        if i == 0:
            return [self.ev(t, s, 'Reject sent for Message %d: Value is incorrect (out of range) for this tag:%d' % (self.rq[s], self.ch([40, 59, 21])), 'ERROR', 'quickfixj.errorEvent')]
        if i == 1:
            return [self.L(t, 'QFJ Message Processor', 'ERROR', 'c.b.oms.fix.FixApplication', 'Order %s%d rejected by %s: 58=%s' % (
                self.ch(['OMS', 'ALG']), self.ri(10 ** 8, 10 ** 9), s.split('->')[1], self.ch(['Price outside dynamic band', 'Unknown symbol', 'Instrument halted'])))]
        return [self.ev(t, s, 'Rejecting invalid message: quickfix.FieldNotFound: Field was not found in message, field=%d' % self.ch([55, 54, 38]), 'ERROR', 'quickfixj.errorEvent')]

    def new_error(self, t):
        s = self.sess[0]
        if '%d' in self.new:
            return [self.ev(t, s, self.new % (self.sq[s] + self.ri(1, 50), self.ri(1, 40)), 'ERROR', 'quickfixj.errorEvent')]
        return [self.ev(t, s, self.new, 'ERROR', 'quickfixj.errorEvent', 'QFJ Timer')]

    def retry(self, t):
        return [self.ev(t, self.sess[0], 'Disconnecting: Encountered END_OF_STREAM', 'INFO', 'quickfixj.event', 'NioProcessor-%d' % self.ri(2, 9))]

    def retry_ok(self, t):
        s = self.sess[0]
        loc = '/%s:%d' % (self.ip(), self.ri(40000, 60000))
        m = 'MINA session created: local=%s, class org.apache.mina.transport.socket.nio.NioSocketSession, remote=/%s' % (loc, self.remote[s])
        return [(0.0, self.retry(t)), (5.0, [self.ev(t + 5, s, m, th='QFJ Timer')]), (5.01, [self.ev(t + 5.01, s, 'Initiated logon request', th='QFJ Timer')]),
                (5.2, self.retry(t + 5.2)), (10.0, [self.ev(t + 10, s, m, th='QFJ Timer')]), (10.01, [self.ev(t + 10.01, s, 'Initiated logon request', th='QFJ Timer')]),
                (10.05, [self.ev(t + 10.05, s, 'Received logon')])]

    def heartbeat(self, t):
        out = []
        for k, s in enumerate(self.sess):
            out.append(self.fmsg(t, s, True, '0', []))
        return out

    def startup(self, t):
        out = [(0.0, [self.L(t, 'main', 'INFO', 'c.b.oms.OmsFixGateway', 'OMS FIX gateway 3.%d.%d starting (QuickFIX/J 2.3.1)' % (self.ri(0, 9), self.ri(0, 20)))])]
        dt = 0.4
        for s in self.sess:
            out.append((dt, [self.ev(t + dt, s, 'Session %s schedule is daily, 06:00:00-UTC - 22:00:00-UTC' % s, th='main')]))
            dt += 0.01
            out.append((dt, [self.ev(t + dt, s, 'Created session: %s' % s, th='main')]))
            dt += 0.02
        out.append((dt, [self.L(t + dt, 'main', 'INFO', 'quickfix.mina.initiator.AbstractSocketInitiator', 'SessionTimer started')]))
        dt += 1.0
        for s in self.sess:
            loc = '/%s:%d' % (self.ip(), self.ri(40000, 60000))
            out.append((dt, [self.ev(t + dt, s, 'MINA session created: local=%s, class org.apache.mina.transport.socket.nio.NioSocketSession, remote=/%s' % (loc, self.remote[s]), th='QFJ Timer')]))
            out.append((dt + 0.01, [self.ev(t + dt + 0.01, s, 'Initiated logon request', th='QFJ Timer')]))
            out.append((dt + 0.08, [self.ev(t + dt + 0.08, s, 'Received logon')]))
            dt += 0.2
        return out

    def shutdown(self, t):
        out = [(0.0, [self.L(t, 'Thread-1', 'INFO', 'c.b.oms.OmsFixGateway', 'Shutdown requested, logging out sessions')])]
        dt = 0.1
        for s in self.sess:
            out.append((dt, [self.ev(t + dt, s, 'Initiated logout request', th='Thread-1')]))
            out.append((dt + 0.05, [self.ev(t + dt + 0.05, s, 'Received logout response')]))
            dt += 0.1
        out.append((dt + 0.5, [self.L(t + dt + 0.5, 'Thread-1', 'INFO', 'quickfix.mina.initiator.AbstractSocketInitiator', 'Stopping session timer')]))
        return out


# ============================================================== jPOS Q2 log
class JposQ2(Fmt):
    key = 'jpos'
    label = 'jPOS Q2 payment switch log (ISO 8583)'
    fnames = ['q2.log', 'switch-q2.log']
    clock = 'offset'
    absolute = True
    weight = 3.0
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'oom_kill')
    lat_name = 'txnmgr "elapsed=Nms" / lifespan'
    retry_name = 'channel <connect> Try N ... Unable to connect'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space in Q2 (JVM exited, Q2 restarted)'

    def init(self):
        self.oc = off_str(self.off, z=True)
        self.acq = '%s:%d' % (self.ip(), self.ch([8000, 8583, 9000]))
        self.iss = self.ch(['visa', 'mastercard', 'national-switch'])
        self.issip = '%s:%d' % (self.ip(172), self.ch([5000, 6000, 7001]))
        self.stan = self.ri(1, 900000)
        self.head = self.ri(10 ** 5, 10 ** 7)
        self.txn = self.ri(1, 4)
        self.ver = self.ch(['2.1.8', '2.1.9', '3.0.0'])
        self.tries = 0
        self.err_names = ['QueryRemoteHost MUX timeout', 'ISOException unpacking field 2', 'ValidateTerminal unknown terminal']
        self.new = self.ch([
            "HSM thales-1 command 'CA' (translate PIN) returned error code 20 (PIN block does not contain valid values)",
            'org.jpos.iso.ISOException: Field length 37 too long. Max: 19 (field 35 Track 2)',
        ])
        self.new_name = self.new[:70]

    def at(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02dT%02d:%02d:%02d' % m[:6])
        return '%s.%03d%s' % (p, int(f * 1000), self.oc)

    def log(self, t, realm, life, body):
        return ['<log realm="%s" at="%s" lifespan="%dms">' % (realm, self.at(t), life)] + body + ['</log>']

    def fields(self, t, mti, resp=None):
        m = self.tm(t)[0]
        self.stan = self.stan % 999999 + 1
        pan = '%s%s' % (self.ch(['411111', '542418', '450875', '676770']), '______' + '%04d' % self.ri(0, 9999))
        f = [(0, mti), (2, pan), (3, self.ch(['000000', '010000', '200000'])), (4, '%012d' % self.ri(100, 500000)),
             (7, '%02d%02d%02d%02d%02d' % (m.tm_mon, m.tm_mday, m.tm_hour, m.tm_min, m.tm_sec)), (11, '%06d' % self.stan),
             (12, '%02d%02d%02d' % (m.tm_hour, m.tm_min, m.tm_sec)), (13, '%02d%02d' % (m.tm_mon, m.tm_mday)),
             (22, self.ch(['051', '071', '010', '812'])), (25, '00'), (32, '%06d' % self.ri(100000, 999999)),
             (37, '%d%03d%06d' % (m.tm_year % 10, m.tm_yday, self.stan)), (41, 'T%07d' % self.ri(1, 9999999)),
             (42, 'MERCH%010d' % self.ri(1, 10 ** 9)), (49, self.ch(['978', '840', '826', '356', '554', '036']))]
        if resp:
            f = [(0, mti), (3, f[2][1]), (4, f[3][1]), (11, f[5][1]), (37, f[10][1]), (38, '%06d' % self.ri(0, 999999)), (39, resp), (41, f[11][1])]
        return ['      <field id="%d" value="%s"/>' % x for x in f]

    def isolog(self, t, realm, direction, mti, resp=None):
        tag = 'receive' if direction == 'incoming' else 'send'
        return self.log(t, realm, self.ri(0, 3), ['  <%s>' % tag, '    <isomsg direction="%s">' % direction,
                                                  '      <!-- org.jpos.iso.packager.GenericPackager[cfg/iso87ascii.xml] -->'] +
                        self.fields(t, mti, resp) + ['    </isomsg>', '  </%s>' % tag])

    def txnmgr(self, t):
        e = self.dur(t, 85, 0.5)
        self.head += 1
        steps = ['org.jpos.transaction.Open', 'com.acme.switch.CheckFields', 'com.acme.switch.ValidateTerminal',
                 'com.acme.switch.QueryRemoteHost', 'org.jpos.transaction.Close', 'org.jpos.transaction.SendResponse']
        ps = [0.4, 0.3, 1.2, max(0.5, e - 3.2), 0.6, 0.4]
        body = ['  <debug>', '    txnmgr-%d:%d' % (self.ri(1, 32), self.head)]
        body += ['    \tprepare: %s %s' % (s, 'READONLY NO_JOIN' if k < 2 else 'READONLY') for k, s in enumerate(steps)]
        body += ['    \t commit: %s' % s for s in steps[-2:]]
        body += ['    in-transit=%d/%d, head=%d, tail=%d, paused=0, outstanding=0, active-sessions=%d/32, tps=%d, peak=%d, avg=%.2f, elapsed=%dms' % (
            self.ri(0, 6), self.ri(0, 6), self.head + 1, self.head + 1, self.ri(2, 32), self.ri(1, 60), self.ri(60, 200), self.r.uniform(20, 120), e),
            '    <profiler>']
        acc = 0.0
        for s, p in zip(steps, ps):
            acc += p
            body.append('      prepare: %s [%.1f/%.1f]' % (s, p, acc))
        body += ['      end [%.1f/%.1f]' % (0.3, acc + 0.3), '    </profiler>', '  </debug>']
        return self.log(t, 'txnmgr', int(e), body)

    def templates(self):
        r = self
        return [
            (10, lambda t: r.isolog(t, 'channel/' + r.acq, 'incoming', r.ch(['0100', '0200', '0200', '0200']))),
            (10, lambda t: r.isolog(t, 'channel/' + r.issip, 'outgoing', r.ch(['0110', '0210', '0210']), r.ch(['00'] * 12 + ['05', '51', '55', '91']))),
            (9, lambda t: r.txnmgr(t)),
            (1, lambda t: r.isolog(t, 'channel/' + r.acq, 'incoming', '0420')),
            (0.3, lambda t: r.log(t, 'txnmgr', 0, ['  <warn>', '    txnmgr-%d: high in-transit %d/%d' % (r.ri(1, 32), r.ri(20, 30), 32), '  </warn>'])),
            (0.4, lambda t: r.log(t, 'com.acme.switch.CheckFields', 0, ['  <warn>', '    field 55 (ICC data) missing for chip transaction stan=%06d, falling back to magstripe rules' % r.ri(1, 999999), '  </warn>'])),
        ]

    def error(self, t, i):
        if i == 0:
            return self.log(t, 'com.acme.switch.QueryRemoteHost', 15000 + self.ri(0, 40), ['  <warn>', '    MUX timeout: mux=%s-mux stan=%06d timeout=15000' % (self.iss, self.ri(1, 999999)), '  </warn>'])
        if i == 1:
            return self.log(t, 'channel/' + self.acq, 1, ['  <receive>', '    <iso-exception>',
                                                          '      org.jpos.iso.ISOException: org.jpos.iso.IFA_LLNUM: Problem unpacking field 2 (java.lang.NumberFormatException: For input string: "4X") unpacking field=2, consumed=14',
                                                          '      <nested-exception>', '      java.lang.NumberFormatException: For input string: "4X"',
                                                          '      </nested-exception>', '    </iso-exception>', '  </receive>'])
        return self.log(t, 'com.acme.switch.ValidateTerminal', 0, ['  <error>', '    Unknown terminal T%07d for merchant MERCH%010d, responding 58' % (self.ri(1, 9999999), self.ri(1, 10 ** 9)), '  </error>'])

    def new_error(self, t):
        return self.log(t, 'com.acme.switch.TranslatePIN', self.ri(1, 30), ['  <error>', '    ' + self.new, '  </error>'])

    def retry(self, t):
        self.tries += 1
        h = self.issip.replace(':', ' ')
        return self.log(t, 'channel/' + self.issip, 0, ['  <connect>', '    Try %d %s' % (self.tries % 5, self.issip.replace(':', ':')),
                                                        '    Connection refused (Connection refused)', '    Unable to connect', '  </connect>'])

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (5.0, self.retry(t + 5)),
                (10.0, self.log(t + 10, 'channel-adaptor/' + self.iss, 0, ['  <info>', '    %s-channel connected to %s' % (self.iss, self.issip), '  </info>']))]

    def heartbeat(self, t):
        m = self.tm(t)[0]
        self.stan = self.stan % 999999 + 1
        f = [(0, '0800'), (7, '%02d%02d%02d%02d%02d' % (m.tm_mon, m.tm_mday, m.tm_hour, m.tm_min, m.tm_sec)),
             (11, '%06d' % self.stan), (70, '301')]
        return self.log(t, 'channel/' + self.issip, self.ri(0, 2), ['  <send>', '    <isomsg direction="outgoing">',
                                                                   '      <!-- org.jpos.iso.packager.GenericPackager[cfg/iso87ascii.xml] -->'] +
                        ['      <field id="%d" value="%s"/>' % x for x in f] + ['    </isomsg>', '  </send>'])

    def startup(self, t):
        m = self.tm(t)[0]
        out = [(0.0, self.log(t, 'Q2.system', 2, ['  <info>', '    Q2 started, deployDir=/opt/jpos/deploy, environment=prod',
                                                  '    jPOS %s master/%s (2023-05-12 21:03:05 UTC)' % (self.ver, self.hx(7)),
                                                  '    Instance: %s' % self.uuid(), '    Uptime: PT0.%03dS' % self.ri(100, 999), '  </info>']))]
        dt = 0.3
        for d in ['00_logger.xml', '10_channel_acquirer.xml', '20_channel_%s.xml' % self.iss, '30_mux_%s.xml' % self.iss, '40_txnmgr.xml', '99_sysmon.xml']:
            out.append((dt, self.log(t + dt, 'Q2.system', 0, ['  <info>', '    deploy: /opt/jpos/deploy/' + d, '  </info>'])))
            dt += self.r.uniform(0.05, 0.6)
        out.append((dt, self.log(t + dt, 'channel-adaptor/' + self.iss, 0, ['  <info>', '    %s-channel connected to %s' % (self.iss, self.issip), '  </info>'])))
        return out

    def shutdown(self, t):
        out = [(0.0, self.log(t, 'Q2.system', 0, ['  <info>', '    shutting down', '  </info>']))]
        dt = 0.2
        for d in ['40_txnmgr.xml', '30_mux_%s.xml' % self.iss, '20_channel_%s.xml' % self.iss, '10_channel_acquirer.xml']:
            out.append((dt, self.log(t + dt, 'Q2.system', 0, ['  <info>', '    undeploying:' + d, '  </info>'])))
            dt += self.r.uniform(0.05, 0.5)
        out.append((dt, self.log(t + dt, 'Q2.system', 0, ['  <info>', '    shutdown done', '  </info>'])))
        return out

    def oom(self, t):
        a = self.log(t, 'txnmgr', self.ri(2000, 9000), ['  <error>', '    txnmgr-%d: java.lang.OutOfMemoryError: Java heap space' % self.ri(1, 32),
                                                         '    java.lang.OutOfMemoryError: Java heap space',
                                                         '    \tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
                                                         '    \tat org.jpos.iso.ISOMsg.clone(ISOMsg.java:498)',
                                                         '    \tat org.jpos.transaction.TransactionManager.run(TransactionManager.java:453)', '  </error>'])
        b = self.log(t + 0.8, 'Q2.system', 0, ['  <error>', '    java.lang.OutOfMemoryError: Java heap space (Q2 exiting)', '  </error>'])
        return [(0.0, a), (0.8, b)]


# ============================================================ T24-like COB
class T24Cob(Fmt):
    key = 't24_cob'
    label = 'Temenos T24-like COB agent log (invented)'
    fnames = ['COMO_COB_tSA_agents_{ymd}.log', 'tSA_COB_{ymd}.log']
    curve = 'batch'
    weight = 1.5
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'panic', 'disk_full')
    lat_name = 'agent "took N ms" per key block'
    retry_name = 'record locked by port N, retrying'
    panic_name = 'jBASE "** Error [ SEGVIO ] ** Segmentation violation" in an agent, Program aborted with core dump, TSM restarted'
    disk_name = 'jBASE write failed: No space left on device (errno 28)'

    def init(self):
        self.co = self.ch(['BNK', 'GB1', 'EU1'])
        self.jobs = ['AC.ACCRUAL.PROCESSING', 'LD.COB.PROCESSING', 'EB.EOD.INTEREST.CALC', 'AC.STMT.PRINT', 'PD.CAPTURE',
                     'FT.EOD.PROCESSING', 'RE.CONSOL.UPDATE', 'SC.VALUATION']
        self.batch = ['A100', 'A200', 'S300', 'R400', 'D500']
        self.nag = self.ri(6, 16)
        self.done = {}
        self.err_names = ['EB.EOD.ERROR raised: MISSING CURRENCY RECORD', 'OFS ERROR: ACCOUNT RECORD MISSING', 'Unable to read record from FBNK.ACCOUNT.CLOSURE']
        self.new = self.ch(['EB.EOD.ERROR raised for LD.COB.PROCESSING key LD%d: INTEREST RATE NOT DEFINED FOR KEY 1EUR%s',
                            'FATAL.ERROR in RE.CONSOL.UPDATE: CONSOLIDATE.ASST.LIAB key %d INVALID LINE IN %s'])
        self.new_name = self.new.split(':')[0].replace('%d', 'N')

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%02d:%02d:%02d %02d %s %04d' % (m[3], m[4], m[5], m[2], MONU[m[1] - 1], m[0]))
        return p

    def L(self, t, ag, job, msg):
        return '%s [tSA_%d] %s/%s - %s' % (self.ts(t), ag, self.co, job, msg)

    def ag(self):
        return self.ri(1, self.nag)

    def templates(self):
        r = self
        J = lambda: r.ch(r.jobs)
        return [
            (20, lambda t: [r.L(t, r.ag(), J(), 'Processed %d keys (%d of %d) took %d ms' % (r.ch([100, 250, 500]), r.ri(1000, 90000), r.ri(90000, 400000), r.dur(t, 2400)))]),
            (10, lambda t: [r.L(t, r.ag(), J(), 'Agent picked up contract %s%d from F.JOB.LIST.%d' % (r.ch(['LD', 'MM', 'PD', 'SC']), r.ri(10 ** 9, 10 ** 10), r.ri(1, 16)))]),
            (6, lambda t: [r.L(t, r.ag(), J(), 'OFS request processed: FUNDS.TRANSFER,PHX/I/PROCESS,,FT%02d%03d%s status=1' % (r.ri(16, 26), r.ri(1, 365), r.aid(5)))]),
            (4, lambda t: [r.L(t, r.ag(), J(), 'Selection list built: %d keys in LIST.FILE F.JOB.LIST.%d' % (r.ri(1000, 400000), r.ri(1, 16)))]),
            (3, lambda t: [r.L(t, r.ag(), 'BATCH', 'Processing BATCH %s/%s - JOB %s' % (r.co, r.ch(r.batch), J()))]),
            (3, lambda t: [r.L(t, r.ag(), J(), 'Job completed: %d keys, 0 errors, elapsed %02d:%02d:%02d' % (r.ri(1000, 400000), r.ri(0, 2), r.ri(0, 59), r.ri(0, 59)))]),
            (3, lambda t: [r.L(t, r.ag(), J(), 'F.BATCH record %s/%s updated: PROCESS.STATUS=%d' % (r.co, r.ch(r.batch), r.ri(1, 2)))]),
            (2, lambda t: [r.L(t, r.ag(), J(), 'STMT.ENTRY written for account %d amount %.2f %s' % (r.ri(10 ** 9, 10 ** 10), r.r.uniform(1, 1e5), r.ch(['EUR', 'USD', 'GBP'])))]),
            (0.8, lambda t: [r.L(t, r.ag(), J(), 'WARNING: contract %s%d skipped: maturity date in the past' % (r.ch(['LD', 'MM']), r.ri(10 ** 9, 10 ** 10)))]),
            (0.6, lambda t: [r.L(t, r.ag(), J(), 'WARNING: override RECEIVED.DATE.IN.FUTURE accepted for %s%d' % (r.ch(['FT', 'TT']), r.ri(10 ** 9, 10 ** 10)))]),
        ]

    def error(self, t, i):
        if i == 0:
            return [self.L(t, self.ag(), 'AC.ACCRUAL.PROCESSING', 'EB.EOD.ERROR raised for key %d: MISSING CURRENCY RECORD %s' % (self.ri(10 ** 9, 10 ** 10), self.ch(['JPY', 'ZAR', 'NPR'])))]
        if i == 1:
            return [self.L(t, self.ag(), 'FT.EOD.PROCESSING', 'OFS ERROR: FT%02d%03d%s//-1/NO,DEBIT.ACCT.NO:1:1=ACCOUNT RECORD MISSING' % (self.ri(16, 26), self.ri(1, 365), self.aid(5)))]
        return [self.L(t, self.ag(), 'AC.STMT.PRINT', 'ERROR: Unable to read record %d from FBNK.ACCOUNT.CLOSURE' % self.ri(10 ** 9, 10 ** 10))]

    def new_error(self, t):
        m = self.tm(t)[0]
        job = 'LD.COB.PROCESSING' if self.new.startswith('EB.EOD') else 'RE.CONSOL.UPDATE'
        return [self.L(t, self.ag(), job, self.new % (self.ri(10 ** 10, 10 ** 11), '%04d%02d%02d' % (m.tm_year, m.tm_mon, m.tm_mday)))]

    def retry(self, t):
        return [self.L(t, self.ag(), self.ch(self.jobs[:3]), 'Record FBNK.ACCOUNT>%d locked by port %d, retrying (attempt %d)' % (self.ri(10 ** 9, 10 ** 10), self.ri(1, 60), self.ri(1, 9)))]

    def retry_ok(self, t):
        a = self.ag()
        acct = self.ri(10 ** 9, 10 ** 10)
        return [(0.0, [self.L(t, a, 'AC.ACCRUAL.PROCESSING', 'Record FBNK.ACCOUNT>%d locked by port %d, retrying (attempt 1)' % (acct, 23))]),
                (2.0, [self.L(t + 2, a, 'AC.ACCRUAL.PROCESSING', 'Record FBNK.ACCOUNT>%d locked by port %d, retrying (attempt 2)' % (acct, 23))]),
                (4.0, [self.L(t + 4, a, 'AC.ACCRUAL.PROCESSING', 'Lock on FBNK.ACCOUNT>%d obtained, processing continues' % acct)])]

    def heartbeat(self, t):
        return ['%s [TSM] %s/COB - TSM heartbeat: service COB RUNNING, agents %d/%d active, stage %s' % (self.ts(t), self.co, self.nag, self.nag, self.ch(self.batch))]

    def startup(self, t):
        m = self.tm(t)[0]
        out = [(0.0, ['%s [TSM] %s/COB - TSM started for service COB (pid %d), mode PHANTOM' % (self.ts(t), self.co, self.ri(1000, 60000))])]
        dt = 0.5
        for a in range(1, self.nag + 1):
            out.append((dt, ['%s [tSA_%d] %s/COB - Agent started, port %d' % (self.ts(t + dt), a, self.co, 100 + a)]))
            dt += self.r.uniform(0.1, 0.8)
        out.append((dt, ['%s [TSM] %s/COB - COB resumed for company %s, run date %04d%02d%02d' % (self.ts(t + dt), self.co, self.co, m.tm_year, m.tm_mon, m.tm_mday)]))
        return out

    def shutdown(self, t):
        out = [(0.0, ['%s [TSM] %s/COB - TSM stop requested: TSA.SERVICE COB STOP' % (self.ts(t), self.co)])]
        dt = 0.5
        for a in range(1, self.nag + 1):
            out.append((dt, ['%s [tSA_%d] %s/COB - Agent stopped' % (self.ts(t + dt), a, self.co)]))
            dt += self.r.uniform(0.05, 0.4)
        return out

    def panic(self, t):
        a = self.ag()
        return [(0.0, [self.L(t, a, 'AC.ACCRUAL.PROCESSING', '** Error [ SEGVIO ] ** '),
                       ' Segmentation violation , Line   %d , Source AC.ACCRUAL.CALC.b' % self.ri(100, 900),
                       ' Trap from an error message, error message name = SEGVIO',
                       ' Source changed to ./AC.ACCRUAL.CALC.b',
                       ' Program aborted, core dump written to /t24/bnk/bnk.run/core.%d' % self.ri(1000, 60000)]),
                (1.0, ['%s [TSM] %s/COB - agent tSA_%d died (signal 11), COB halted' % (self.ts(t + 1), self.co, a)])]

    def disk(self, t):
        return [self.L(t, self.ag(), self.ch(['AC.STMT.PRINT', 'EB.EOD.INTEREST.CALC']), 'jBASE: write to /t24/bnk/bnk.data/ac/FBNK_STMT_ENTRY failed: No space left on device (errno 28)')]


FORMATS = {c.key: c for c in (QfixMessages, QfjEngine, JposQ2, T24Cob)}
