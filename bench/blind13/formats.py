"""Log formats for blind13. Each class renders lines exactly as the software writes them."""
import json
from fmtbase import MON, DOW, US, ip, hx, uuid, fmt_dur_go, go_panic, go_oom, java_trace, node_stack

ALL_KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx',
             'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic']


class Fmt:
    fname = 'x.log'
    res = 3            # fractional digits of the timestamp (truth resolution)
    weight = 1.0       # share of scenario traffic
    acc = False        # writes request lines with status
    dur = False        # request lines carry a duration
    p_acc = 0.0        # fraction of normal lines that are request lines
    can = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'panic')
    restartable = True
    INFO = WARN = ERR = NEW = ()

    def __init__(self, sc, r):
        self.sc, self.r, self.c, self.year = sc, r, sc.clock, sc.year
        self.host = sc.host
        self.pid = r.randint(300, 32000)
        self.setup()

    def setup(self):
        pass

    def kinds(self):
        k = list(self.can)
        if self.acc:
            k.append('http_5xx')
        if self.dur:
            k.append('latency_shift')
        if self.oom.__func__ is not Fmt.oom:
            k.append('oom_kill')
        if self.disk.__func__ is not Fmt.disk:
            k.append('disk_full')
        return k

    # ---- generic
    def frac(self, t):
        if self.res == 0:
            return ''
        return '%0*d' % (self.res, (t % US) // 10 ** (6 - self.res)) if self.res <= 6 else '%06d%03d' % (t % US, self.r.randint(0, 999))

    def _pick(self, lst, k=None):
        f = lst[k % len(lst)] if k is not None else self.r.choice(lst)
        v = f(self)
        return v if isinstance(v, tuple) else (None, v)

    def info(self, t):
        lvl, m = self._pick(self.INFO)
        return self.ln(t, lvl or 'info', m)

    def warn(self, t):
        lvl, m = self._pick(self.WARN)
        return self.ln(t, lvl or 'warn', m)

    def err(self, t, k=None):
        lvl, m = self._pick(self.ERR, k)
        return self.ln(t, lvl or 'error', m)

    def newerr(self, t, k=0):
        lvl, m = self._pick(self.NEW, k)
        return self.ln(t, lvl or 'error', m)

    def retry(self, t):
        return self.warn(t)

    def retry_ok(self, t):
        d = self.r.randint(1, 6) * US
        return [(0, self.retry(t)), (d, self.info(t + d))]

    def hb(self, t):
        return self.info(t)

    def oom(self, t):
        return None

    def disk(self, t):
        return None

    def panic(self, t):
        return [(0, self.ln(t, 'error', 'fatal error'))]

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'shutting down'))]

    def start(self, t):
        return [(0, self.ln(t, 'info', 'starting'))]

    periodic = ()

    def req(self):
        r = self.r
        x = r.random()
        st = 200 if x < 0.86 else 304 if x < 0.9 else 404 if x < 0.95 else 401 if x < 0.975 else 201 if x < 0.995 else r.choice([500, 502, 503, 504])
        d = r.lognormvariate(-3.2, 0.8)
        return st, d


# ======================================================================= telecom
class Kamailio(Fmt):
    fname = 'kamailio.log'
    res = 0
    weight = 1.2

    def setup(self):
        self.kpids = [self.pid + i for i in range(1, 9)]

    def ln(self, t, lvl, msg):
        g = self.c.tm(t)
        L = {'info': 'INFO', 'warn': 'WARNING', 'error': 'ERROR', 'crit': 'CRITICAL', 'notice': 'NOTICE', 'alert': 'ALERT'}[lvl]
        return '%s %2d %02d:%02d:%02d %s /usr/sbin/kamailio[%d]: %s: %s' % (
            MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, self.host, self.r.choice(self.kpids), L, msg)

    def cid(self):
        return '%s@%s' % (hx(self.r, 16), ip(self.r))

    def pfx(self, meth='INVITE'):
        if self.year >= 2021:
            return '{1 %d %s %s} ' % (self.r.randint(1, 20000), meth, self.cid())
        return ''

    def u(self):
        return '%d' % self.r.randint(1000, 1999)

    INFO = [
        lambda s: '%s<script>: REGISTER from sip:%s@voip.example.net (%s:5060) expires=3600' % (s.pfx('REGISTER'), s.u(), ip(s.r, 'pub')),
        lambda s: '%s<script>: INVITE sip:%s@voip.example.net from sip:%s@voip.example.net relayed to %s:5080' % (s.pfx(), s.u(), s.u(), ip(s.r)),
        lambda s: '%s<script>: BYE for call-id %s' % (s.pfx('BYE'), s.cid()),
        lambda s: ('notice', '%s<script>: dispatcher: selected destination sip:%s:5080 in set 1' % (s.pfx(), ip(s.r))),
        lambda s: '%s<script>: ACK in-dialog route from %s' % (s.pfx('ACK'), ip(s.r, 'pub')),
    ]
    WARN = [
        lambda s: '<core> [core/parser/msg_parser.c:%d]: parse_msg(): ERROR: parse_msg: message=<OPTIONS sip:%s SIP/2.0>' % (s.r.choice([688, 695]), ip(s.r, 'pub')),
        lambda s: 'pike [pike_funcs.c:223]: pike_check_req(): PIKE - BLOCKing ip %s, node=0x7f%010x' % (ip(s.r, 'pub'), s.r.getrandbits(40)),
        lambda s: 'tm [t_reply.c:%d]: local_reply(): no branch for local reply' % s.r.randint(900, 1300),
    ]
    ERR = [
        lambda s: 'tm [t_fwd.c:1530]: t_send_branch(): sending request on branch 0 failed',
        lambda s: '<core> [core/tcp_main.c:4827]: tcpconn_main_timeout(): connect %s:5061 failed (timeout)' % ip(s.r),
        lambda s: 'sl [sl_funcs.c:%d]: sl_reply_error(): stateless error reply used: Unsupported URI Scheme (6)' % s.r.choice([415, 413]),
        lambda s: 'auth_db [authorize.c:%d]: get_ha1(): no credentials for user %s found' % (s.r.randint(100, 200), s.u()),
    ]
    NEW = [
        lambda s: 'db_mysql [km_dbase.c:%d]: db_mysql_submit_query(): driver error on query: Lost connection to MySQL server during query (2013)' % s.r.randint(120, 130),
        lambda s: 'tls [tls_server.c:1244]: tls_h_read_f(): protocol level error',
    ]

    def retry(self, t):
        return self.ln(t, 'error', 'db_mysql [km_dbase.c:%d]: db_mysql_submit_query(): driver error on query: Can\'t connect to MySQL server on \'%s\' (111) (2003)' % (self.r.randint(120, 130), ip(self.r, '172')))

    def retry_ok(self, t):
        d = self.r.randint(1, 3) * US
        return [(0, self.ln(t, 'warn', 'dispatcher [dispatch.c:%d]: ds_next_dst(): no more destinations, retrying on set 2' % self.r.randint(2400, 2500))),
                (d, self.ln(t + d, 'info', '<script>: failover INVITE relayed to %s:5080' % ip(self.r)))]

    def oom(self, t):
        r = self.r
        a = [(0, self.ln(t, 'error', '<core> [core/mem/q_malloc.c:%d]: qm_malloc(): qm_malloc(0x7f%010x, 4288) called from tm: t_funcs.c: build_cell(%d), module: tm; Free fragment not found!' % (r.choice([423, 425]), r.getrandbits(40), r.randint(200, 400))))]
        for i in range(r.randint(3, 12)):
            dd = r.randint(1, 40) * 1000 * (i + 1)
            a.append((dd, self.ln(t + dd, 'error', 'tm [h_table.c:%d]: build_cell(): out of shm memory' % r.randint(290, 300))))
        return a

    def panic(self, t):
        r = self.r
        p = r.choice(self.kpids)
        return [(0, self.ln(t, 'alert', '<core> [main.c:784]: handle_sigs(): child process %d exited by a signal 11' % p)),
                (0, self.ln(t, 'alert', '<core> [main.c:787]: handle_sigs(): core was generated')),
                (1000, self.ln(t, 'info', '<core> [main.c:809]: handle_sigs(): terminating due to SIGCHLD')),
                (r.randint(4, 12) * US, self.ln(t + 13 * US, 'notice', '<core> [main.c:2847]: main(): version: kamailio 5.%d.%d (x86_64/linux) %s' % (self.ver(), r.randint(0, 5), hx(r, 6))))]

    def ver(self):
        return 2 if self.year < 2019 else 3 if self.year < 2020 else 4 if self.year < 2021 else 5 if self.year < 2022 else 6 if self.year < 2023 else 7 if self.year < 2024 else 8

    def stop(self, t):
        return [(0, self.ln(t, 'notice', '<core> [main.c:820]: handle_sigs(): SIGTERM received, program terminates'))]

    def start(self, t):
        return [(0, self.ln(t, 'notice', '<core> [main.c:2847]: main(): version: kamailio 5.%d.%d (x86_64/linux) %s' % (self.ver(), self.r.randint(0, 5), hx(self.r, 6)))),
                (200000, self.ln(t, 'info', '<core> [main.c:2924]: main(): processing config file /etc/kamailio/kamailio.cfg')),
                (900000, self.ln(t, 'info', 'rr [../outbound/api.h:52]: ob_load_api(): unable to import bind_ob - maybe module is not loaded')),
                (1500000, self.ln(t, 'info', '<core> [core/tcp_main.c:5194]: tcp_init(): using SO_REUSEADDR'))]


class FreeSwitch(Fmt):
    fname = 'freeswitch.log'
    res = 6
    weight = 1.3
    can = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'panic')

    def ln(self, t, lvl, msg, uid=None):
        g = self.c.tm(t)
        L = {'info': 'INFO', 'warn': 'WARNING', 'error': 'ERR', 'crit': 'CRIT', 'notice': 'NOTICE', 'debug': 'DEBUG'}[lvl]
        ts = '%04d-%02d-%02d %02d:%02d:%02d.%06d' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, t % US)
        idle = (' %.2f%%' % self.r.uniform(60, 99.9)) if self.year >= 2019 else ''
        pre = (uid + ' ') if (uid and self.year >= 2019) else ''
        return '%s%s%s [%s] %s' % (pre, ts, idle, L, msg)

    def info(self, t):
        r = self.r
        u = uuid(r)
        k = r.randint(0, 5)
        ext, dst = r.randint(1000, 1099), r.randint(2000000, 9999999)
        if k == 0:
            return self.ln(t, 'notice', 'switch_channel.c:1142 New Channel sofia/internal/%d@%s [%s]' % (ext, ip(r), u), u)
        if k == 1:
            return self.ln(t, 'info', 'mod_dialplan_xml.c:639 Processing %d <%d>->%d in context default' % (ext, ext, dst), u)
        if k == 2:
            return self.ln(t, 'notice', 'sofia.c:8736 Channel [sofia/internal/%d@%s] has been answered' % (ext, ip(r)), u)
        if k == 3:
            return self.ln(t, 'notice', 'switch_channel.c:4692 Hangup sofia/internal/%d@%s [CS_EXECUTE] [NORMAL_CLEARING]' % (ext, ip(r)), u)
        if k == 4:
            return self.ln(t, 'info', 'switch_core_session.c:2910 Session %d (sofia/external/%d) Ended' % (r.randint(100, 99999), dst), u)
        return self.ln(t, 'debug', 'sofia.c:%d Channel sofia/internal/%d@%s entering state [calling][0]' % (r.randint(7000, 7100), ext, ip(r)), u)

    WARN = [
        lambda s: 'sofia_reg.c:1813 SIP auth challenge (REGISTER) on sofia profile \'internal\' for [%d@%s] from ip %s' % (s.r.randint(1000, 1099), s.host, ip(s.r, 'pub')),
        lambda s: 'switch_core_media.c:%d Invalid Jitterbuffer spec [0] must be between 20 and 10000' % s.r.randint(4000, 4300),
        lambda s: 'switch_rtp.c:%d No audio on RTP, timeout after 60 seconds' % s.r.randint(7000, 7600),
    ]
    ERR = [
        lambda s: 'sofia_reg.c:3210 Can\'t find user [%d@%s] from %s\nYou must define a domain called \'%s\' in your directory and add a user with the id="%d" attribute\nand you must configure your device to use the proper domain in it\'s authentication credentials.' % (s.r.randint(100, 999), s.host, ip(s.r, 'pub'), s.host, s.r.randint(100, 999)),
        lambda s: 'mod_sofia.c:%d sofia/external/%d Unknown error. failed: NORMAL_TEMPORARY_FAILURE' % (s.r.randint(5000, 5100), s.r.randint(2000000, 9999999)),
        lambda s: 'switch_core_codec.c:%d Codec G729 Not Found' % s.r.randint(100, 130),
    ]
    NEW = [
        lambda s: 'switch_core_db.c:%d SQL ERR [database is locked]' % s.r.randint(200, 230),
        lambda s: 'mod_lua.cpp:203 /usr/share/freeswitch/scripts/ivr_main.lua:88: attempt to index a nil value (global \'session\')\nstack traceback:\n\t/usr/share/freeswitch/scripts/ivr_main.lua:88: in main chunk',
    ]

    def retry(self, t):
        return self.ln(t, 'warn', 'sofia_reg.c:%d %s Failed Registration with status Request Timeout [408]. failure #%d' % (self.r.randint(480, 500), 'gateway::carrier1', self.r.randint(1, 60)))

    def panic(self, t):
        r = self.r
        return [(0, self.ln(t, 'crit', 'switch_core.c:2898 Caught signal 11 (Segmentation fault), attempting to shutdown FreeSWITCH')),
                (20 * US, self.ln(t + 20 * US, 'info', 'switch_core.c:2432 \n\n%s\n\n' % 'FreeSWITCH Version 1.10.%d-release~64bit (-release 64bit)\n\nFreeSWITCH Started\nMax Sessions [1000]\nSession Rate [30]\nSQL [Enabled]' % r.randint(7, 11)))]

    def stop(self, t):
        return [(0, self.ln(t, 'notice', 'switch_core.c:3123 Shutting down FreeSWITCH')),
                (300000, self.ln(t, 'info', 'switch_loadable_module.c:1960 Stopping: mod_sofia')),
                (900000, self.ln(t, 'notice', 'switch_core.c:3203 Clean Shutdown Completed'))]

    def start(self, t):
        return [(0, self.ln(t, 'info', 'switch_core.c:2432 \n\nFreeSWITCH Version 1.10.%d-release~64bit (-release 64bit)\n\nFreeSWITCH Started\nMax Sessions [1000]\nSession Rate [30]\nSQL [Enabled]' % self.r.randint(7, 11)))]


# ======================================================================= IoT
class Emqx(Fmt):
    fname = 'emqx.log.1'
    res = 6
    weight = 1.2

    def ln(self, t, lvl, msg):
        g = self.c.tm(t)
        if self.year >= 2022:
            L = {'info': 'info', 'warn': 'warning', 'error': 'error', 'crit': 'critical', 'notice': 'notice'}[lvl]
            return '%04d-%02d-%02dT%02d:%02d:%02d.%06d%s [%s] %s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, t % US, self.c.offstr(), L, msg)
        L = {'info': 'info', 'warn': 'warning', 'error': 'error', 'crit': 'critical', 'notice': 'notice'}[lvl]
        return '%04d-%02d-%02d %02d:%02d:%02d.%03d [%s] %s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, L, msg)

    def v5(self):
        return self.year >= 2022

    def cl(self):
        return 'sensor-%s' % hx(self.r, 6)

    def info(self, t):
        r = self.r
        c, a = self.cl(), '%s:%d' % (ip(r, '172'), r.randint(30000, 60000))
        if self.v5():
            k = r.randint(0, 2)
            if k == 0:
                return self.ln(t, 'info', 'clientid: %s, msg: terminate, peername: %s, reason: {shutdown,tcp_closed}' % (c, a))
            if k == 1:
                return self.ln(t, 'info', 'msg: client_connected, mfa: emqx_channel:handle_in/2, peername: %s, clientid: %s, username: iot' % (a, c))
            return self.ln(t, 'info', 'msg: session_subscribed, mfa: emqx_session_mem:subscribe/4, clientid: %s, topic: devices/%s/cmd' % (c, c))
        k = r.randint(0, 1)
        if k == 0:
            return self.ln(t, 'info', '[MQTT] %s@%s Client connected, username=iot' % (c, a))
        return self.ln(t, 'info', '%s@%s [Channel] Received Subscribe, topic: devices/%s/cmd' % (c, a, c))

    WARN = [
        lambda s: ('msg: dropped_msg_due_to_mqueue_is_full, clientid: %s, topic: devices/telemetry, qos: 1' % s.cl()) if s.v5() else '[Session] Dropped msg due to mqueue is full: Message(Id=%s, QoS=1, Topic=devices/telemetry)' % hx(s.r, 32).upper(),
        lambda s: ('msg: cannot_publish_to_topic_due_to_not_authorized, clientid: %s, topic: $SYS/brokers, reason: not_authorized' % s.cl()) if s.v5() else '[Protocol] Cannot publish message to $SYS/brokers due to not_authorized',
    ]
    ERR = [
        lambda s: ('msg: authentication_failure, clientid: %s, peername: %s:%d, reason: bad_username_or_password' % (s.cl(), ip(s.r, 'pub'), s.r.randint(30000, 60000))) if s.v5() else '[MQTT] %s@%s:%d Client connect failed with reason: bad_username_or_password' % (s.cl(), ip(s.r, 'pub'), s.r.randint(30000, 60000)),
        lambda s: ('msg: frame_parse_error, clientid: %s, reason: frame_too_large, size: %d' % (s.cl(), s.r.randint(1048577, 4000000))) if s.v5() else '[Channel] Frame error: frame_too_large',
    ]
    NEW = [
        lambda s: ('msg: failed_to_write_message_to_bridge, connector: mqtt:cloud_uplink, reason: {badarg,<<"payload too large">>}') if s.v5() else '[Bridge] Failed to publish to cloud_uplink: {badarg,payload_too_large}',
    ]

    def retry(self, t):
        if self.v5():
            return self.ln(t, 'warn', 'msg: health_check_failed, connector: http:webhook_ingest, status: disconnected, reason: {shutdown,econnrefused}')
        return self.ln(t, 'warn', '[WebHook] Failed to reconnect webhook server http://%s:9000/ingest, Reason: econnrefused' % ip(self.r))

    def disk(self, t):
        if self.v5():
            return self.ln(t, 'error', 'msg: failed_to_write_to_durable_storage, shard: <<"%d">>, reason: {error,enospc}' % self.r.randint(0, 15))
        return self.ln(t, 'error', '[Mnesia] Failed to log transaction: {file_error,"/opt/emqx/data/mnesia/emqx@127.0.0.1/LATEST.LOG",enospc}')

    def oom(self, t):
        r = self.r
        return [(0, self.ln(t, 'warn', ('msg: alarm_is_activated, name: high_system_memory_usage, message: <<"System memory usage is higher than 70%">>' if self.v5() else '[Alarm Handler] New Alarm: system_memory_high_watermark, Alarm Info: []'))),
                (r.randint(20, 60) * US, 'Crash dump is being written to: erl_crash.dump...eheap_alloc: Cannot allocate %d bytes of memory (of type "heap").' % r.choice([762886488, 1098556904, 3568429496])),
                (90 * US, self.start(t + 90 * US)[0][1])]

    def panic(self, t):
        r = self.r
        pid = '<0.%d.0>' % r.randint(1000, 40000)
        return [(0, self.ln(t, 'error', 'crasher:\n    initial call: emqx_connection:init/4\n    pid: %s\n    registered_name: []\n    exception error: bad argument\n      in function  ets:lookup/2\n         called as ets:lookup(emqx_channel_info,<<"%s">>)\n      in call from emqx_cm:get_chan_info/2 (emqx_cm.erl, line 245)\n    ancestors: [emqx_listeners,emqx_sup,<0.1905.0>]\n    message_queue_len: 0\n    messages: []\n    links: [<0.2210.0>]\n    dictionary: []\n    trap_exit: false\n    status: running\n    heap_size: 987\n    stack_size: 28\n    reductions: %d\n  neighbours:' % (pid, self.cl(), r.randint(10000, 900000))))]

    def stop(self, t):
        return [(0, self.ln(t, 'notice', ('msg: stopping_apps, apps: [emqx_management,emqx_dashboard,emqx_conf,emqx]') if self.v5() else 'EMQ X Broker 4.4.%d is stopped' % self.r.randint(3, 19)))]

    def start(self, t):
        if self.v5():
            return [(0, self.ln(t, 'notice', 'msg: listener_started, listener: tcp:default, bind: 0.0.0.0:1883')),
                    (50000, self.ln(t, 'notice', 'EMQX 5.%d.%d is running now!' % (self.r.randint(1, 8), self.r.randint(0, 3))))]
        return [(0, self.ln(t, 'info', 'Starting emqx on node emqx@127.0.0.1')),
                (400000, self.ln(t, 'info', 'EMQ X Broker 4.%d.%d is running now!' % (self.r.randint(2, 4), self.r.randint(0, 19))))]


class HiveMQ(Fmt):
    fname = 'hivemq.log'
    res = 3

    def ln(self, t, lvl, msg):
        g = self.c.tm(t)
        L = {'info': 'INFO ', 'warn': 'WARN ', 'error': 'ERROR', 'debug': 'DEBUG', 'crit': 'ERROR', 'notice': 'INFO '}[lvl]
        return '%04d-%02d-%02d %02d:%02d:%02d,%03d %s - %s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, L, msg)

    INFO = [
        lambda s: ('debug', 'Client ID: %s, IP: %s connected to broker.' % ('tracker-%d' % s.r.randint(1, 900), ip(s.r, '172'))),
        lambda s: 'Client ID: %s, IP: %s disconnected gracefully.' % ('tracker-%d' % s.r.randint(1, 900), ip(s.r, '172')),
        lambda s: ('debug', 'Client ID: %s, IP: %s subscribed to topic fleet/+/position' % ('tracker-%d' % s.r.randint(1, 900), ip(s.r, '172'))),
    ]
    WARN = [
        lambda s: 'Client ID: tracker-%d, IP: %s sent a PUBLISH with a QoS of 2 which is larger than the max allowed QoS of 1' % (s.r.randint(1, 900), ip(s.r, '172')),
        lambda s: 'The message queue of client tracker-%d is full, message to topic fleet/%d/cmd dropped.' % (s.r.randint(1, 900), s.r.randint(1, 900)),
    ]
    ERR = [
        lambda s: 'Client ID: tracker-%d, IP: %s was disconnected. reason: Sent CONNECT with an incorrect password.' % (s.r.randint(1, 900), ip(s.r, 'pub')),
        lambda s: 'Unable to connect to Kafka cluster \'kafka-prod\': Timeout expired while fetching topic metadata',
    ]
    NEW = [lambda s: 'Extension "hivemq-postgresql-extension" threw an exception while processing a PUBLISH: org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for non-replication superuser connections']

    def retry(self, t):
        return self.ln(t, 'warn', 'Cluster node %s is unreachable. Trying to reconnect.' % hx(self.r, 5).upper())

    def oom(self, t):
        r = self.r
        return [(0, self.ln(t, 'error', 'Uncaught Exception in thread "hivemq-event-loop-%d". Stacktrace:\n' % r.randint(1, 8) +
                 java_trace(r, 'java.lang.OutOfMemoryError: Java heap space', ['java.base/java.util.Arrays.copyOf(Arrays.java:3537)', 'io.netty.buffer.PooledByteBufAllocator.newHeapBuffer(PooledByteBufAllocator.java:374)', 'com.hivemq.codec.decoder.MQTTMessageDecoder.decode(MQTTMessageDecoder.java:95)']))),
                (40 * US, self.start(t + 40 * US)[0][1])]

    def disk(self, t):
        return self.ln(t, 'error', 'Could not write to persistence \'client_session\': java.io.IOException: No space left on device')

    def panic(self, t):
        r = self.r
        return [(0, self.ln(t, 'error', 'An unexpected error occurred on the cluster transport:\n' + java_trace(r, 'java.lang.NullPointerException: Cannot invoke "com.hivemq.cluster.ClusterNode.getId()" because "node" is null', ['com.hivemq.cluster.ClusterStateService.onViewChange(ClusterStateService.java:211)', 'org.jgroups.JChannel.up(JChannel.java:764)', 'java.base/java.lang.Thread.run(Thread.java:833)']))),
                (US, self.ln(t + US, 'info', 'Shutting down HiveMQ. Please wait, this could take a while...')),
                (30 * US, self.start(t + 30 * US)[0][1])]

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Shutting down HiveMQ. Please wait, this could take a while...')), (2 * US, self.ln(t, 'info', 'Shutdown completed.'))]

    def start(self, t):
        return [(0, self.ln(t, 'info', 'Starting HiveMQ Community Edition Server')), (300000, self.ln(t, 'info', 'HiveMQ version: 2023.%d' % self.r.randint(1, 9))),
                (2000000, self.ln(t, 'info', 'Started TCP Listener on address 0.0.0.0 and on port 1883')), (2500000, self.ln(t, 'info', 'Started HiveMQ in %dms' % self.r.randint(1500, 6000)))]


class NodeRed(Fmt):
    fname = 'node-red.log'
    res = 0

    def ln(self, t, lvl, msg):
        g = self.c.tm(t)
        return '%d %s %02d:%02d:%02d - [%s] %s' % (g.tm_mday, MON[g.tm_mon - 1], g.tm_hour, g.tm_min, g.tm_sec, {'info': 'info', 'warn': 'warn', 'error': 'error', 'debug': 'debug', 'crit': 'error', 'notice': 'info'}[lvl], msg)

    INFO = [
        lambda s: '[mqtt-broker:emqx] Connected to broker: mqtt://%s:1883' % ip(s.r, '172'),
        lambda s: '[debug:telemetry] {"temp":%.1f,"hum":%d,"device":"th-%d"}' % (s.r.uniform(15, 30), s.r.randint(30, 70), s.r.randint(1, 60)),
        lambda s: '[function:parse payload] decoded %d bytes from %s' % (s.r.randint(8, 52), hx(s.r, 16)),
    ]
    WARN = [
        lambda s: '[function:parse payload] Unexpected field "rssi" in frame',
        lambda s: '[http request:push] Timeout while sending to http://%s:8080/api/v1/%s/telemetry' % (ip(s.r), hx(s.r, 20)),
    ]
    ERR = [
        lambda s: '[function:parse payload] TypeError: Cannot read properties of undefined (reading \'temperature\')',
        lambda s: '[http request:push] RequestError: connect ECONNREFUSED %s:8080' % ip(s.r),
    ]
    NEW = [lambda s: '[postgresql:history] error: duplicate key value violates unique constraint "readings_pkey"']

    def retry(self, t):
        return self.ln(t, 'info', '[mqtt-broker:emqx] Connection failed to broker: mqtt://%s:1883' % ip(self.r, '172'))

    def oom(self, t):
        r = self.r
        body = ('\n<--- Last few GCs --->\n\n[1:0x%x]  %d ms: Mark-sweep (reduce) 2046.4 (2083.9) -> 2045.9 (2084.4) MB, 1520.3 / 0.0 ms  (average mu = 0.112, current mu = 0.004) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb7b3e0 node::Abort() [node-red]\n 2: 0xa8c8aa  [node-red]\n 3: 0xd69100 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, bool) [node-red]'
                % (r.getrandbits(40), r.randint(1000000, 9000000)))
        return [(0, body)] + self.start(t, r.randint(5, 20) * US)

    def panic(self, t):
        r = self.r
        return [(0, self.ln(t, 'error', 'uncaughtException: Cannot read properties of null (reading \'payload\')')),
                (0, node_stack(r, 'TypeError: Cannot read properties of null (reading \'payload\')', ['Function.<anonymous> (/data/node_modules/node-red-contrib-modbus/src/modbus-read.js:%d:27)' % r.randint(100, 300), 'process.processTicksAndRejections (node:internal/process/task_queues:95:5)']))] + self.start(t, r.randint(5, 20) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Stopping flows')), (500000, self.ln(t, 'info', 'Stopped flows'))]

    def start(self, t, d=0):
        r = self.r
        return [(d, 'Welcome to Node-RED\n==================='), (d + 10000, ''),
                (d + 20000, self.ln(t + d, 'info', 'Node-RED version: v3.%d.%d' % (r.randint(0, 1), r.randint(0, 9)))),
                (d + 30000, self.ln(t + d, 'info', 'Node.js  version: v18.%d.0' % r.randint(12, 19))),
                (d + 40000, self.ln(t + d, 'info', 'Linux 5.15.0-%d-generic x64 LE' % r.randint(50, 100))),
                (d + 500000, self.ln(t + d, 'info', 'Starting flows')), (d + 900000, self.ln(t + d, 'info', 'Started flows'))]


class OpenHAB(Fmt):
    fname = 'openhab.log'
    res = 3

    def ln(self, t, lvl, msg, cat='org.openhab.core.model.script.rules'):
        g = self.c.tm(t)
        L = {'info': 'INFO ', 'warn': 'WARN ', 'error': 'ERROR', 'debug': 'DEBUG', 'crit': 'ERROR', 'notice': 'INFO '}[lvl]
        c = cat[-36:] if len(cat) > 36 else cat.ljust(36)
        return '%04d-%02d-%02d %02d:%02d:%02d.%03d [%s] [%s] - %s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, L, c, msg)

    def info(self, t):
        r = self.r
        k = r.randint(0, 3)
        if k == 0:
            return self.ln(t, 'info', 'Item \'LivingRoom_Temperature\' changed from %.1f °C to %.1f °C' % (r.uniform(18, 24), r.uniform(18, 24)), 'openhab.event.ItemStateChangedEvent')
        if k == 1:
            return self.ln(t, 'info', 'Item \'%s_Power\' changed from %d W to %d W' % (r.choice(['Washer', 'Dryer', 'Fridge', 'Office']), r.randint(0, 900), r.randint(0, 900)), 'openhab.event.ItemStateChangedEvent')
        if k == 2:
            return self.ln(t, 'info', 'Thing \'zwave:device:%s:node%d\' changed from OFFLINE to ONLINE' % (hx(r, 10), r.randint(2, 40)), 'openhab.event.ThingStatusInfoChangedEvent')
        return self.ln(t, 'info', 'Motion detected in %s, lights on' % r.choice(['hallway', 'kitchen', 'garage']), 'org.openhab.core.model.script.motion')

    def warn(self, t):
        r = self.r
        return self.ln(t, 'warn', 'Handler ZWaveControllerHandler tried updating the thing status although the handler was already disposed.' if r.random() < 0.5 else 'Received message from unknown node %d' % r.randint(50, 99), 'org.openhab.binding.zwave.handler.ZWaveControllerHandler')

    def err(self, t, k=None):
        r = self.r
        k = r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'error', 'Script execution of rule with UID \'heating-%d\' failed: cannot invoke method public abstract java.lang.String org.openhab.core.types.State.toFullString() on null in heating' % r.randint(1, 5), 'org.openhab.core.automation.module.script.internal.handler.AbstractScriptModuleHandler')
        return self.ln(t, 'error', 'Error connecting to MQTT broker: Unable to connect to server (32103) - java.net.ConnectException: Connection refused', 'org.openhab.binding.mqtt.handler.AbstractBrokerHandler')

    def newerr(self, t, k=0):
        return self.ln(t, 'error', 'Could not persist item \'Energy_Meter_Total\': org.influxdb.InfluxDBIOException: java.net.SocketTimeoutException: timeout', 'org.openhab.persistence.influxdb.internal.InfluxDBPersistenceService')

    def retry(self, t):
        return self.ln(t, 'warn', 'Reconnect to broker \'tcp://%s:1883\' failed, retrying in 10 seconds' % ip(self.r, '172'), 'org.openhab.core.io.transport.mqtt.MqttBrokerConnection')

    def disk(self, t):
        return self.ln(t, 'error', 'Error writing to file /var/lib/openhab/persistence/rrd4j/Energy_Meter_Total.rrd: No space left on device', 'org.openhab.persistence.rrd4j.internal.RRD4jPersistenceService')

    def oom(self, t):
        r = self.r
        return [(0, self.ln(t, 'error', 'Exception in thread "OH-rule-%d"\n' % r.randint(1, 9) + java_trace(r, 'java.lang.OutOfMemoryError: Java heap space', ['java.base/java.util.Arrays.copyOf(Arrays.java:3537)', 'org.eclipse.xtext.xbase.interpreter.impl.XbaseInterpreter.evaluate(XbaseInterpreter.java:287)']), 'org.openhab.core.internal.common.AbstractInvocationHandler'))] + self.start(t, r.randint(30, 60) * US)

    def panic(self, t):
        r = self.r
        return [(0, self.ln(t, 'error', 'Exception in thread "OH-eventexecutor-1"\n' + java_trace(r, 'java.lang.IllegalStateException: Invalid BundleContext.', ['org.apache.felix.framework.BundleContextImpl.checkValidity(BundleContextImpl.java:512)', 'org.openhab.core.internal.events.EventHandler.handleEvent(EventHandler.java:118)']), 'org.openhab.core.internal.events.EventHandler'))] + self.start(t, r.randint(30, 60) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'openHAB runtime has been terminated.', 'org.openhab.core.internal.service.ReadyServiceImpl'))]

    def start(self, t, d=0):
        return [(d, self.ln(t + d, 'info', 'Time zone set to \'%s\'.' % self.sc.tzname, 'org.openhab.core.i18n.internal.I18nProviderImpl')),
                (d + 900000, self.ln(t + d, 'info', 'Loading model \'default.items\'', 'org.openhab.core.model.core.internal.ModelRepositoryImpl')),
                (d + 9000000, self.ln(t + d, 'info', 'Started Jetty 9.4.%d on port 8080' % self.r.randint(40, 54), 'org.openhab.ui.internal.UIService'))]


class ThingsBoard(Fmt):
    fname = 'thingsboard.log'
    res = 3
    weight = 1.1

    def ln(self, t, lvl, msg, th=None, lg=None):
        g = self.c.tm(t)
        L = {'info': 'INFO ', 'warn': 'WARN ', 'error': 'ERROR', 'debug': 'DEBUG', 'crit': 'ERROR', 'notice': 'INFO '}[lvl]
        th = th or self.r.choice(['http-nio-0.0.0.0-8080-exec-%d' % self.r.randint(1, 10), 'TB-Core-Consumer-%d' % self.r.randint(0, 3), 'sql-queue-0-ts-%d' % self.r.randint(0, 3), 'nioEventLoopGroup-5-%d' % self.r.randint(1, 8)])
        lg = lg or self.r.choice(['o.t.s.s.q.DefaultTbCoreConsumerService', 'o.t.s.t.m.s.MqttTransportHandler', 'o.t.s.d.s.s.JpaSqlTimeseriesDao'])
        return '%04d-%02d-%02d %02d:%02d:%02d,%03d [%s] %s %s - %s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, th, L, lg, msg)

    INFO = [
        lambda s: '[%s] Processing connect msg for client: %s!' % (uuid(s.r), hx(s.r, 20)),
        lambda s: '[%s] Client connected!' % uuid(s.r),
        lambda s: 'TB Core Consumer stats: [totalMsgs = [%d] successfulMsgs = [%d] toCoreMsgs = [%d]]' % ((lambda a: (a, a, a))(s.r.randint(100, 9000))),
        lambda s: 'Queue-based SQL [ts] stats: [queueSize = [%d] totalAdded = [%d] totalSaved = [%d]]' % ((lambda a: (s.r.randint(0, 40), a, a))(s.r.randint(100, 9000))),
    ]
    WARN = [
        lambda s: '[%s] Failed to process publish msg [v1/devices/me/telemetry][%d]' % (uuid(s.r), s.r.randint(1, 60000)),
        lambda s: '[%s] Device with token [%s] is not found' % (uuid(s.r), hx(s.r, 20)),
    ]
    ERR = [
        lambda s: '[%s] Failed to process device connect command: %s' % (uuid(s.r), 'Invalid device credentials'),
        lambda s: 'Failed to process rule node [%s] msg: org.thingsboard.rule.engine.api.TbNodeException: Failed to parse JSON' % uuid(s.r),
    ]
    NEW = [lambda s: 'Failed to send message to kafka topic: tb_core.notifications.%s\norg.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.' % (s.host, s.r.randint(1048600, 3000000))]

    def retry(self, t):
        return self.ln(t, 'warn', '[Consumer clientId=tb-core-consumer-%d, groupId=tb-core-node] Connection to node -1 (kafka/%s:9092) could not be established. Broker may not be available.' % (self.r.randint(0, 3), ip(self.r, '172')), 'kafka-coordinator-heartbeat-thread | tb-core-node', 'o.a.k.c.NetworkClient')

    def disk(self, t):
        return self.ln(t, 'error', 'Failed to save timeseries: org.postgresql.util.PSQLException: ERROR: could not extend file "base/16384/%d": No space left on device\n  Hint: Check free disk space.' % self.r.randint(16000, 99999))

    def oom(self, t):
        r = self.r
        return [(0, self.ln(t, 'error', 'Unexpected error during message processing\n' + java_trace(r, 'java.lang.OutOfMemoryError: Java heap space', ['java.base/java.util.Arrays.copyOf(Arrays.java:3537)', 'com.google.protobuf.ByteString.copyFrom(ByteString.java:427)', 'org.thingsboard.server.queue.common.TbProtoQueueMsg.<init>(TbProtoQueueMsg.java:34)'])))] + self.start(t, r.randint(30, 80) * US)

    def panic(self, t):
        r = self.r
        return [(0, self.ln(t, 'error', 'Application run failed\n' + java_trace(r, 'org.springframework.beans.factory.BeanCreationException: Error creating bean with name \'tbCoreConsumerService\'', ['org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)', 'org.thingsboard.server.ThingsboardServerApplication.main(ThingsboardServerApplication.java:69)'], ('java.lang.IllegalStateException: Failed to fetch partitions for topic tb_core', ['org.thingsboard.server.queue.kafka.TbKafkaAdmin.createTopicIfNotExists(TbKafkaAdmin.java:72)'])), 'main', 'o.s.boot.SpringApplication'))] + self.start(t, r.randint(30, 80) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Stopping ThingsBoard ...', 'SpringApplicationShutdownHook', 'o.t.s.ThingsboardInstallService'))]

    def start(self, t, d=0):
        return [(d, self.ln(t + d, 'info', 'Starting ThingsboardServerApplication v3.%d.%d using Java 17.0.%d with PID %d' % (self.r.randint(4, 7), self.r.randint(0, 3), self.r.randint(5, 10), self.r.randint(7, 60)), 'main', 'o.t.s.ThingsboardServerApplication')),
                (d + 20 * US, self.ln(t + d, 'info', 'Started ThingsboardServerApplication in %.3f seconds (process running for %.3f)' % (self.r.uniform(18, 40), self.r.uniform(20, 45)), 'main', 'o.t.s.ThingsboardServerApplication'))]


class ChirpStack(Fmt):
    fname = 'chirpstack.log'
    res = 6

    def ln(self, t, lvl, msg, span=''):
        g = self.c.tm(t, False)
        if self.year >= 2022:
            L = {'info': ' INFO', 'warn': ' WARN', 'error': 'ERROR', 'debug': 'DEBUG', 'crit': 'ERROR', 'notice': ' INFO'}[lvl]
            return '%04d-%02d-%02dT%02d:%02d:%02d.%06dZ %s %s%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, t % US, L, span, msg)
        L = {'info': 'info', 'warn': 'warning', 'error': 'error', 'debug': 'debug', 'crit': 'error', 'notice': 'info'}[lvl]
        if '"' in msg and not msg.startswith('"'):
            msg = msg.replace('"', '\\"')
        return 'time="%04d-%02d-%02dT%02d:%02d:%02d.%06d%03dZ" level=%s msg="%s"%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, t % US, self.r.randint(0, 999), L, msg, (' ' + span) if span else '')

    def v4(self):
        return self.year >= 2022

    def info(self, t):
        r = self.r
        d = hx(r, 16)
        if self.v4():
            k = r.randint(0, 2)
            sp = 'up{deduplication_id=%s}: ' % uuid(r)
            if k == 0:
                return self.ln(t, 'info', 'chirpstack::uplink: Uplink received m_type="UnconfirmedDataUp"', sp)
            if k == 1:
                return self.ln(t, 'info', 'chirpstack::uplink::data: Sending uplink event dev_eui=%s event="up"' % d, sp + 'data_up{dev_eui="%s"}: ' % d)
            return self.ln(t, 'info', 'chirpstack::gateway::backend::mqtt: Message received from gateway region_id="eu868" topic="eu868/gateway/%s/event/up" qos=0 json=false' % hx(r, 16), 'gateway{gateway_id="%s"}: ' % hx(r, 16))
        return self.ln(t, 'info', 'uplink: frame(s) collected', 'ctx_id=%s mtype=UnconfirmedDataUp uplink_ids="[%d]"' % (uuid(r), r.randint(1, 999)))

    def warn(self, t):
        if self.v4():
            return self.ln(t, 'warn', 'chirpstack::uplink::data: Frame-counter reset or rollover detected dev_eui=%s' % hx(self.r, 16))
        return self.ln(t, 'warn', 'uplink: frame-counter did not increment', 'dev_eui=%s ctx_id=%s' % (hx(self.r, 16), uuid(self.r)))

    def err(self, t, k=None):
        r = self.r
        k = r.randint(0, 1) if k is None else k % 2
        if self.v4():
            return self.ln(t, 'error', ['chirpstack::uplink: Deduplication error error=Object does not exist (id: %s)' % hx(r, 16), 'chirpstack::uplink::data: Handle uplink error error=MIC of join-request is invalid, make sure keys are correct'][k])
        return self.ln(t, 'error', ['uplink: processing uplink frame error', 'uplink: handle uplink frame error'][k], 'ctx_id=%s error="get device-session error: object does not exist"' % uuid(r))

    def newerr(self, t, k=0):
        if self.v4():
            return self.ln(t, 'error', 'chirpstack::integration::postgresql: Integration error error=error returned from database: could not obtain lock on relation "event_up"')
        return self.ln(t, 'error', 'integration/postgresql: insert uplink error', 'error="pq: could not obtain lock on relation event_up"')

    def retry(self, t):
        if self.v4():
            return self.ln(t, 'error', 'chirpstack::storage: Redis connection error, retrying error=Connection refused (os error 111)')
        return self.ln(t, 'error', 'storage: redis connection error, retrying', 'error="dial tcp %s:6379: connect: connection refused"' % ip(self.r, '172'))

    def panic(self, t):
        r = self.r
        if self.v4():
            return [(0, 'thread \'tokio-runtime-worker\' panicked at chirpstack/src/gateway/backend/semtechudp.rs:%d:%d:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace' % (r.randint(100, 400), r.randint(10, 60)))] + self.start(t, r.randint(3, 10) * US)
        return [(0, go_panic(r, 'runtime error: invalid memory address or nil pointer dereference', [('github.com/brocaar/chirpstack-network-server/v3/internal/uplink.collectAndCallOnce.func1', '/chirpstack-network-server/internal/uplink/collect.go')]))] + self.start(t, r.randint(3, 10) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'chirpstack: Shutting down' if self.v4() else 'signal received'))]

    def start(self, t, d=0):
        if self.v4():
            return [(d, self.ln(t + d, 'info', 'chirpstack: Starting ChirpStack LoRaWAN Network Server version="4.%d.%d" docs="https://www.chirpstack.io/"' % (self.r.randint(0, 9), self.r.randint(0, 2)))),
                    (d + 300000, self.ln(t + d, 'info', 'chirpstack::storage: Setting up PostgreSQL connection pool'))]
        return [(d, self.ln(t + d, 'info', 'starting ChirpStack Network Server', 'band="EU868" docs="https://www.chirpstack.io/" net_id=000000 version=3.16.%d' % self.r.randint(0, 8)))]


# ======================================================================= observability
class Fluentd(Fmt):
    res = 0
    can = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')

    def setup(self):
        self.fname = 'fluentd.log' if self.year >= 2023 else 'td-agent.log'

    def ln(self, t, lvl, msg, w='#0 '):
        g = self.c.tm(t)
        L = {'info': 'info', 'warn': 'warn', 'error': 'error', 'debug': 'debug', 'crit': 'fatal', 'notice': 'info'}[lvl]
        return '%04d-%02d-%02d %02d:%02d:%02d %s [%s]: %s%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, self.c.offstr(False), L, w, msg)

    INFO = [
        lambda s: 'following tail of /var/log/containers/%s-%s_default_app-%s.log' % (s.r.choice(['api', 'worker', 'web']), hx(s.r, 5), hx(s.r, 64)),
        lambda s: 'detected rotation of /var/log/containers/%s-%s_default_app-%s.log; waiting 5 seconds' % (s.r.choice(['api', 'worker', 'web']), hx(s.r, 5), hx(s.r, 64)),
        lambda s: ('debug', 'Created new chunk chunk_id="%s" metadata=#<struct Fluent::Plugin::Buffer::Metadata timekey=nil, tag="kubernetes.var.log", variables=nil, seq=0>' % hx(s.r, 32)),
    ]
    WARN = [
        lambda s: 'pattern not matched: "%s"' % ('E%s %d %s' % (s.r.choice(['0304', '0305']), s.r.randint(1, 99), 'kubelet.go:2163] "Error syncing pod"')),
        lambda s: 'buffer flush took longer time than slow_flush_log_threshold: elapsed_time=%.9f slow_flush_log_threshold=20.0 plugin_id="object:%x"' % (s.r.uniform(20, 40), s.r.getrandbits(12)),
    ]
    ERR = [
        lambda s: 'unexpected error on reading data host="%s" port=%d error_class=Errno::ECONNRESET error="Connection reset by peer"' % (ip(s.r), s.r.randint(30000, 60000)),
        lambda s: 'dump an error event: error_class=Fluent::Plugin::Parser::ParserError error="pattern not matched with data \'%s\'" location=nil tag="app.log" time=%d' % (hx(s.r, 12), s.r.randint(1500000000, 1800000000)),
    ]
    NEW = [lambda s: 'failed to write data into buffer by buffer overflow action=:throw_exception']

    def retry(self, t):
        r = self.r
        nt = self.c.tm(t + r.randint(2, 60) * US)
        return self.ln(t, 'warn', 'failed to flush the buffer. retry_times=%d next_retry_time=%04d-%02d-%02d %02d:%02d:%02d %s chunk="%s" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\\"elasticsearch\\", :port=>9200, :scheme=>\\"http\\"}): Connection refused - connect(2) for %s:9200 (Errno::ECONNREFUSED)"' % (r.randint(0, 17), nt.tm_year, nt.tm_mon, nt.tm_mday, nt.tm_hour, nt.tm_min, nt.tm_sec, self.c.offstr(False), hx(r, 32), ip(r, '172')))

    def retry_ok(self, t):
        d = self.r.randint(2, 9) * US
        return [(0, self.retry(t)), (d, self.ln(t + d, 'warn', 'retry succeeded. chunk_id="%s"' % hx(self.r, 32)))]

    def disk(self, t):
        return self.ln(t, 'error', 'failed to write data into buffer by buffer overflow action=:throw_exception') if False else self.ln(t, 'warn', 'emit transaction failed: error_class=Errno::ENOSPC error="No space left on device @ io_write - /var/log/fluentd/buffer/buffer.b%s.log" location="/opt/fluent/lib/ruby/3.2.0/fileutils.rb:%d:in `write\'" tag="kubernetes.var.log.containers"' % (hx(self.r, 32), self.r.randint(100, 900)))

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Received graceful stop', '')), (US, self.ln(t, 'info', 'Worker 0 finished with status 0', ''))]

    def start(self, t, d=0):
        v = '1.16.%d' % self.r.randint(1, 5) if self.year >= 2023 else '1.%d.%d' % (self.r.randint(11, 15), self.r.randint(0, 4))
        return [(d, self.ln(t + d, 'info', 'starting fluentd-%s pid=%d ruby="3.2.2"' % (v, self.r.randint(7, 900)), '')),
                (d + 200000, self.ln(t + d, 'info', 'spawn command to main:  cmdline=["/opt/fluent/bin/ruby", "-Eascii-8bit:ascii-8bit", "/opt/fluent/bin/fluentd", "--log", "/var/log/fluent/fluentd.log", "--daemon", "/var/run/fluent/fluentd.pid", "--under-supervisor"]', '')),
                (d + 1200000, self.ln(t + d + 1200000, 'info', 'fluentd worker is now running worker=0', '#0 '))]


class Vector(Fmt):
    fname = 'vector.log'
    res = 6

    def ln(self, t, lvl, msg, span='', tgt='vector::topology::builder'):
        g = self.c.tm(t, False)
        L = {'info': ' INFO', 'warn': ' WARN', 'error': 'ERROR', 'debug': 'DEBUG', 'crit': 'ERROR', 'notice': ' INFO'}[lvl]
        return '%04d-%02d-%02dT%02d:%02d:%02d.%06dZ %s %s%s: %s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, t % US, L, (span + ': ') if span else '', tgt, msg)

    SP = 'sink{component_kind="sink" component_id=es_out component_type=elasticsearch}'

    def info(self, t):
        r = self.r
        k = r.randint(0, 2)
        if k == 0:
            return self.ln(t, 'info', 'Found new file to watch. file=/var/log/pods/default_%s-%s/app/0.log' % (r.choice(['api', 'web']), hx(r, 5)), 'source{component_kind="source" component_id=k8s_logs component_type=kubernetes_logs}', 'vector::internal_events::file::source')
        if k == 1:
            return self.ln(t, 'info', 'Stopped watching file. file=/var/log/pods/default_%s-%s/app/0.log' % (r.choice(['api', 'web']), hx(r, 5)), 'source{component_kind="source" component_id=k8s_logs component_type=kubernetes_logs}', 'vector::internal_events::file::source')
        return self.ln(t, 'debug', 'Sending HTTP request. uri=http://elasticsearch:9200/_bulk method=POST version=HTTP/1.1 headers={"content-type": "application/x-ndjson"} body=[%d bytes]' % r.randint(2000, 900000), self.SP + ':request{request_id=%d}:http' % r.randint(1, 90000), 'vector::internal_events::http_client')

    def warn(self, t):
        return self.ln(t, 'warn', 'Event field is not a string, skipping. field="message" internal_log_rate_limit=true', 'transform{component_kind="transform" component_id=parse component_type=remap}', 'vector::internal_events::remap')

    def err(self, t, k=None):
        r = self.r
        k = r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'error', 'Mapping failed with event. error="function call error for \\"parse_json\\" at (14:38): unable to parse json: expected value at line 1 column 1" error_type="conversion_failed" stage="processing" internal_log_rate_limit=true', 'transform{component_kind="transform" component_id=parse component_type=remap}', 'vector::internal_events::remap')
        return self.ln(t, 'error', 'Response contained errors. error_code="http_response_200" response=Response { status: 200, version: HTTP/1.1 } error_type="request_failed" stage="sending" internal_log_rate_limit=true', self.SP + ':request{request_id=%d}' % r.randint(1, 90000), 'vector::sinks::elasticsearch::service')

    def newerr(self, t, k=0):
        return self.ln(t, 'error', 'Failed to parse file fingerprint. error=Permission denied (os error 13) file=/var/log/pods/kube-system_etcd-%s/etcd/0.log error_type="reader_failed" stage="receiving"' % self.host, 'source{component_kind="source" component_id=k8s_logs component_type=kubernetes_logs}', 'vector::internal_events::file::source')

    def retry(self, t):
        return self.ln(t, 'warn', 'Retrying after error. error=Failed to make HTTP(S) request: error trying to connect: tcp connect error: Connection refused (os error 111) internal_log_rate_limit=true', self.SP + ':request{request_id=%d}' % self.r.randint(1, 90000), 'vector::sinks::util::retries')

    def disk(self, t):
        return self.ln(t, 'error', 'Error writing to disk buffer. error=No space left on device (os error 28) error_type="writer_failed" stage="sending"', self.SP, 'vector_buffers::variants::disk_v2::writer')

    def panic(self, t):
        r = self.r
        return [(0, 'thread \'vector-worker\' panicked at src/sinks/util/buffer/mod.rs:%d:%d:\nattempt to subtract with overflow\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace' % (r.randint(100, 300), r.randint(5, 40))),
                (2000, self.ln(t, 'error', 'An error occurred that Vector couldn\'t handle: the task panicked and was aborted.', '', 'vector::topology')),
                (3000, self.ln(t, 'info', 'Vector has stopped.', '', 'vector'))] + self.start(t, r.randint(3, 10) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Signal received. signal="SIGTERM"', '', 'vector::signal')), (1000, self.ln(t, 'info', 'Vector has stopped.', '', 'vector'))]

    def start(self, t, d=0):
        v = '0.%d.%d' % (min(45, 10 + (self.year - 2018) * 5), self.r.randint(0, 2))
        return [(d, self.ln(t + d, 'info', 'Log level is enabled. level="info"', '', 'vector::app')),
                (d + 4000, self.ln(t + d, 'info', 'Loading configs. paths=["/etc/vector/vector.yaml"]', '', 'vector::app')),
                (d + 300000, self.ln(t + d, 'info', 'Vector has started. debug="false" version="%s" arch="x86_64" revision="%s %04d-%02d-%02d"' % (v, hx(self.r, 7), self.year, 1, 10), '', 'vector::app'))]


class Filebeat(Fmt):
    res = 3
    weight = 0.6
    can = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')

    def setup(self):
        if self.year >= 2022:
            self.fname = 'filebeat-%04d%02d%02d.ndjson' % self.sc.day0
        else:
            self.fname = 'filebeat'

    def ln(self, t, lvl, msg, lg='input.harvester', fo=('log/harvester.go', 310), extra=None):
        if self.year >= 2022:
            g = self.c.tm(t, False)
            d = {'log.level': {'crit': 'error', 'notice': 'info'}.get(lvl, lvl), '@timestamp': '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000),
                 'log.logger': lg, 'log.origin': {'file.name': fo[0], 'file.line': fo[1]}, 'message': msg}
            if extra:
                d.update(extra)
            d['service.name'] = 'filebeat'
            d['ecs.version'] = '1.6.0'
            return json.dumps(d, separators=(',', ':'))
        g = self.c.tm(t)
        L = {'info': 'INFO', 'warn': 'WARN', 'error': 'ERROR', 'debug': 'DEBUG', 'crit': 'ERROR', 'notice': 'INFO'}[lvl]
        s = '%04d-%02d-%02dT%02d:%02d:%02d.%03d%s\t%s\t[%s]\t%s:%d\t%s' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, (t % US) // 1000, self.c.offstr(False), L, lg.split('.')[0], fo[0], fo[1], msg)
        if extra:
            s += '\t' + json.dumps(extra, separators=(',', ':'))
        return s

    def f(self):
        return '/var/log/app/%s.log' % self.r.choice(['api', 'worker', 'audit', 'payments'])

    def info(self, t):
        r = self.r
        k = r.randint(0, 3)
        if k == 0:
            return self.ln(t, 'info', 'Harvester started for paths: [%s]' % self.f(), 'input.harvester', ('log/harvester.go', 310), {'input_id': uuid(r), 'source_file': self.f(), 'harvester_id': uuid(r)})
        if k == 1:
            return self.ln(t, 'info', 'File is inactive. Closing because close_inactive of 5m0s reached.', 'input.harvester', ('log/harvester.go', 326), {'source_file': self.f()})
        if k == 2:
            return self.ln(t, 'info', 'Non-zero metrics in the last 30s', 'monitoring', ('log/log.go', 187), {'monitoring': {'metrics': {'beat': {'cpu': {'total': {'ticks': r.randint(10000, 900000)}}}, 'libbeat': {'output': {'events': {'acked': r.randint(100, 9000), 'total': r.randint(100, 9000)}}}}}})
        return self.ln(t, 'info', 'Connection to backoff(elasticsearch(http://elasticsearch:9200)) established', 'publisher_pipeline_output', ('pipeline/client_worker.go', 147))

    def warn(self, t):
        return self.ln(t, 'warn', 'Cannot index event (status=400): dropping event! Enable debug logs to view the event and cause.', 'elasticsearch', ('elasticsearch/client.go', 446))

    def err(self, t, k=None):
        k = self.r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'error', 'Harvester could not be started on new file: %s, Err: error setting up harvester: Harvester setup failed. Unexpected file opening error: Failed opening %s: open %s: permission denied' % ((self.f(),) * 3), 'input', ('log/input.go', 558))
        return self.ln(t, 'error', 'failed to publish events: write tcp %s:%d->%s:5044: write: connection reset by peer' % (ip(self.r), self.r.randint(30000, 60000), ip(self.r)), 'logstash', ('pipeline/client_worker.go', 176))

    def newerr(self, t, k=0):
        return self.ln(t, 'error', 'Failed to connect to backoff(elasticsearch(https://elasticsearch:9200)): x509: certificate has expired or is not yet valid', 'publisher_pipeline_output', ('pipeline/client_worker.go', 150))

    def retry(self, t):
        return self.ln(t, 'info', 'Attempting to reconnect to backoff(elasticsearch(http://elasticsearch:9200)) with %d reconnect attempt(s)' % self.r.randint(1, 40), 'publisher_pipeline_output', ('pipeline/client_worker.go', 139))

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Stopping filebeat', 'beat', ('instance/beat.go', 462))), (300000, self.ln(t, 'info', 'filebeat stopped.', 'beat', ('instance/beat.go', 498)))]

    def start(self, t, d=0):
        v = ('8.%d.%d' if self.year >= 2022 else '7.%d.%d') % (self.r.randint(1, 15), self.r.randint(0, 3))
        return [(d, self.ln(t + d, 'info', 'Home path: [/usr/share/filebeat] Config path: [/etc/filebeat] Data path: [/var/lib/filebeat] Logs path: [/var/log/filebeat]', 'beat', ('instance/beat.go', 729))),
                (d + 2000, self.ln(t + d, 'info', 'Beat ID: %s' % uuid(self.r), 'beat', ('instance/beat.go', 737))),
                (d + 90000, self.ln(t + d, 'info', 'filebeat start running.', 'beat', ('instance/beat.go', 450), {'version': v} if self.year >= 2022 else None))]


class Promtail(Fmt):
    fname = 'promtail.log'
    res = 9
    weight = 0.7

    def ln(self, t, lvl, msg, caller='filetarget.go:%d', extra=''):
        g = self.c.tm(t, False)
        L = {'info': 'info', 'warn': 'warn', 'error': 'error', 'debug': 'debug', 'crit': 'error', 'notice': 'info'}[lvl]
        if '%d' in caller:
            caller = caller % self.r.randint(100, 400)
        ts = '%04d-%02d-%02dT%02d:%02d:%02d.%06d%03dZ' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, t % US, self.r.randint(0, 999))
        if self.year >= 2023:
            return 'level=%s ts=%s caller=%s msg="%s"%s' % (L, ts, caller, msg, extra)
        return 'level=%s ts=%s caller=%s msg="%s"%s' % (L, ts[:23] + 'Z', caller, msg, extra)

    def frac(self, t):
        return super().frac(t)

    def info(self, t):
        r = self.r
        p = '/var/log/pods/default_%s-%s_%s/app/0.log' % (r.choice(['api', 'web', 'db']), hx(r, 5), uuid(r))
        k = r.randint(0, 2)
        if k == 0:
            return self.ln(t, 'info', 'Adding target', 'filetargetmanager.go:%d', ' key="/var/log/pods/*%s/app/*.log:{app=\\"%s\\"}"' % (uuid(r), r.choice(['api', 'web'])))
        if k == 1:
            return self.ln(t, 'info', 'tail routine: started', 'tailer.go:%d', ' path=%s' % p)
        return self.ln(t, 'info', 'Seeked %s - &{Offset:0 Whence:0}' % p, 'log.go:168', ' component=tailer')

    def warn(self, t):
        return self.ln(t, 'warn', 'could not determine if log file is compressed', 'tailer.go:%d', ' path=/var/log/syslog err="EOF"')

    def err(self, t, k=None):
        k = self.r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'error', 'error reading file', 'tailer.go:%d', ' path=/var/log/pods/default_api-%s/app/0.log err="file was truncated"' % hx(self.r, 5))
        return self.ln(t, 'error', 'failed to remove directory from watcher', 'filetarget.go:%d', ' error="can\'t remove non-existent inotify watch for: /var/log/pods/default_web-%s/app"' % hx(self.r, 5))

    def newerr(self, t, k=0):
        return self.ln(t, 'error', 'final error sending batch', 'client.go:%d', ' component=client host=loki:3100 status=400 tenant= error="server returned HTTP status 400 Bad Request (400): entry for stream \'{app=\\"api\\"}\' has timestamp too old"')

    def retry(self, t):
        return self.ln(t, 'warn', 'error sending batch, will retry', 'client.go:%d', ' component=client host=loki:3100 status=-1 tenant= error="Post \\"http://loki:3100/loki/api/v1/push\\": dial tcp %s:3100: connect: connection refused"' % ip(self.r, '172'))

    def disk(self, t):
        return self.ln(t, 'error', 'error writing positions file', 'positions.go:%d', ' error="open /run/promtail/.positions.yaml%d: no space left on device"' % self.r.randint(100000000, 999999999))

    def panic(self, t):
        r = self.r
        return [(0, go_panic(r, 'runtime error: index out of range [3] with length 3', [('github.com/grafana/loki/clients/pkg/promtail/targets/file.(*tailer).readLines', '/src/loki/clients/pkg/promtail/targets/file/tailer.go')], sig=False))] + self.start(t, r.randint(3, 10) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', '=== received SIGINT/SIGTERM ===\\n*** exiting', 'signals.go:55'))]

    def start(self, t, d=0):
        return [(d, self.ln(t + d, 'info', 'Starting Promtail', 'main.go:%d', ' version="(version=2.%d.%d, branch=HEAD, revision=%s)"' % (min(9, self.year - 2016), self.r.randint(0, 5), hx(self.r, 9)))),
                (d + 3000, self.ln(t + d, 'info', 'server listening on addresses', 'server.go:%d', ' http=[::]:9080 grpc=[::]:%d' % self.r.randint(30000, 45000)))]


class Jaeger(Fmt):
    fname = 'jaeger-collector.log'
    res = 6
    weight = 0.5

    def ln(self, t, lvl, msg, caller='app/span_processor.go:%d', extra=None):
        if '%d' in caller:
            caller = caller % self.r.randint(80, 300)
        L = {'crit': 'fatal', 'notice': 'info'}.get(lvl, lvl)
        if self.year >= 2023:
            g = self.c.tm(t, False)
            ts = '"%04d-%02d-%02dT%02d:%02d:%02d.%06dZ"' % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, t % US)
        else:
            ts = '%d.%06d' % (t // US, t % US)
            ts = ts.rstrip('0')
        s = '{"level":"%s","ts":%s,"caller":"%s","msg":%s' % (L, ts, caller, json.dumps(msg))
        if extra:
            s += ',' + json.dumps(extra, separators=(',', ':'))[1:-1]
        return s + '}'

    def info(self, t):
        r = self.r
        if r.random() < 0.5:
            return self.ln(t, 'info', 'Span batch processed', 'app/span_processor.go:%d', {'queue-size': r.randint(0, 200), 'spans': r.randint(1, 500)})
        return self.ln(t, 'info', 'Health Check state change', 'healthcheck/handler.go:129', {'status': 'ready'}) if r.random() < 0.01 else self.ln(t, 'debug', 'Span written to the storage by the collector', 'app/span_processor.go:%d', {'trace-id': hx(r, 32), 'span-id': hx(r, 16)})

    def warn(self, t):
        return self.ln(t, 'warn', 'grpc: Server.Serve failed to create ServerTransport: connection error: desc = "transport: http2Server.HandleStreams failed to receive the preface from client: EOF"', 'grpclog/component.go:71', {'system': 'grpc', 'grpc_log': True})

    def err(self, t, k=None):
        k = self.r.randint(0, 1) if k is None else k % 2
        if k == 0:
            return self.ln(t, 'error', 'Failed to save span', 'app/span_processor.go:%d', {'error': 'elastic: Error 429 (Too Many Requests): rejected execution of coordinating operation [type=es_rejected_execution_exception]'})
        return self.ln(t, 'error', 'Elasticsearch could not process bulk request', 'config/config.go:%d', {'request_count': self.r.randint(1, 40), 'failed_count': self.r.randint(1, 40), 'error': 'es_rejected_execution_exception'})

    def newerr(self, t, k=0):
        return self.ln(t, 'error', 'Failed to save span', 'app/span_processor.go:%d', {'error': 'elastic: Error 400 (Bad Request): mapper_parsing_exception: failed to parse field [tag.http@status_code] of type [long]'})

    def retry(self, t):
        return self.ln(t, 'warn', 'Elasticsearch bulk request failed, retrying', 'config/config.go:%d', {'attempt': self.r.randint(1, 9), 'error': 'dial tcp %s:9200: i/o timeout' % ip(self.r, '172')})

    def panic(self, t):
        r = self.r
        return [(0, go_panic(r, 'runtime error: invalid memory address or nil pointer dereference', [('github.com/jaegertracing/jaeger/cmd/collector/app.(*spanProcessor).saveSpan', '/home/runner/work/jaeger/jaeger/cmd/collector/app/span_processor.go'), ('github.com/jaegertracing/jaeger/pkg/queue.(*BoundedQueue).StartConsumers.func1', '/home/runner/work/jaeger/jaeger/pkg/queue/bounded_queue.go')]))] + self.start(t, r.randint(3, 10) * US)

    def oom(self, t):
        r = self.r
        return [(0, go_oom(r, [('github.com/jaegertracing/jaeger/pkg/queue.(*BoundedQueue).Produce', '/home/runner/work/jaeger/jaeger/pkg/queue/bounded_queue.go')]))] + self.start(t, r.randint(3, 10) * US)

    def stop(self, t):
        return [(0, self.ln(t, 'info', 'Received signal, shutting down', 'flags/service.go:%d', {'signal': 'terminated'})), (50000, self.ln(t, 'info', 'Shutdown complete', 'flags/service.go:%d'))]

    def start(self, t, d=0):
        return [(d, self.ln(t + d, 'info', 'Mounting metrics handler on admin server', 'flags/service.go:%d', {'route': '/metrics'})),
                (d + 2000, self.ln(t + d, 'info', 'Starting jaeger-collector gRPC server', 'server/grpc.go:%d', {'grpc.host-port': ':14250'})),
                (d + 3000, self.ln(t + d, 'info', 'Health Check state change', 'healthcheck/handler.go:129', {'status': 'ready'}))]
