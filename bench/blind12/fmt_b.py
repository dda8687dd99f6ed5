"""Formats: JupyterHub, NSQ, CouchDB, memcached, GlusterFS, FoundationDB, Bacula, rspamd, ClamAV, CUPS."""
from base import Fmt, MON, DAY, ip, hexs, uuid  # noqa: F401
from fmt_a import pytb

USERS = ['alice', 'bob', 'chen', 'dmitri', 'eva', 'farah', 'gopal', 'hiro', 'ines', 'jonas']


class JupyterHub(Fmt):
    key = 'jupyterhub'
    fname = 'jupyterhub.log'
    label = 'jupyterhub'
    res = 0.001
    latency = True
    http = True
    weight = 0.6

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        src, msg = m
        if src is None:
            return msg
        return '[%s %s.%s %s %s] %s' % (lv if lv != 'F' else 'C', self.sec(t), self.ms(t), 'JupyterHub', src, msg)

    def traffic(self, r, lat, p5):
        if r.random() < 0.1:
            return self.info(r)
        u = r.choice(USERS)
        meth, path, base = r.choice([('GET', '/hub/api/users/%s' % u, 9), ('POST', '/hub/api/users/%s/activity' % u, 14), ('GET', '/hub/api/authorizations/token/[secret]', 6),
                                     ('GET', '/hub/home', 25), ('GET', '/hub/spawn-pending/%s' % u, 18), ('GET', '/hub/api/user', 7)])
        d = base * r.lognormvariate(0, 0.45) * lat
        st = 200
        lv = 'I'
        if r.random() < p5:
            st, lv = r.choice([500, 502, 503]), 'E'
        elif r.random() < 0.01:
            st, lv = 404, 'W'
        elif meth == 'POST':
            st = 200
        who = '%s@%s' % (u if r.random() < 0.8 else 'jupyterhub-idle-culler', ip(r))
        if st >= 500:
            return lv, ('log:%d' % 191, '%d %s %s (%s) %.2fms' % (st, meth, path, who, d))
        return lv, ('log:%d' % 191, '%d %s %s (%s) %.2fms' % (st, meth, path, who, d))

    def info(self, r):
        u = r.choice(USERS)
        return 'I', r.choice([('proxy:%d' % 347, 'Checking routes'), ('base:%d' % 1040, 'User %s server took %.3f seconds to start' % (u, r.uniform(2, 30))),
                              ('spawner:%d' % 2303, 'Attempting to create pod jupyter-%s, with timeout 3' % u), ('reflector:%d' % 252, 'watching for pods with label selector=\'component=singleuser-server\' in namespace jhub')])

    def warn(self, r):
        return 'W', ('base:%d' % 1214, 'User %s is slow to become responsive (timeout=30)' % r.choice(USERS))

    errors = (
        ('Unhandled error starting server', lambda s, r: [('E', ('user:%d' % 884, 'Unhandled error starting %s\'s server: pod jhub/jupyter-%s did not start in 300 seconds!' % ((lambda u: (u, u))(r.choice(USERS)))))]),
        ('Failed to add user to proxy', lambda s, r: [('E', ('proxy:%d' % 298, 'Failed to add user %s to proxy!' % r.choice(USERS)))]),
    )
    new_errors = (
        ('Uncaught exception GET /hub/api/users', lambda s, r: [('E', ('web:%d' % 1798, 'Uncaught exception GET /hub/api/users (%s)\n    HTTPServerRequest(protocol=\'http\', host=\'hub:8081\', method=\'GET\', uri=\'/hub/api/users\', version=\'HTTP/1.1\', remote_ip=\'%s\')\n' % ((lambda a: (a, a))(ip(r))) + pytb([('/usr/local/lib/python3.11/site-packages/tornado/web.py', 1713, '_execute', 'result = await result'), ('/usr/local/lib/python3.11/site-packages/jupyterhub/apihandlers/users.py', 121, 'get', 'data = [')], 'sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) database is locked')))]),
    )
    storm = ('proxy API retry', lambda s, r: ('W', ('proxy:%d' % 851, 'api_request to the proxy failed with status code 599, retrying...')))

    def disk(self, r):
        return [('E', ('app:%d' % 3312, 'Failed to write cookie secret to /srv/jupyterhub/jupyterhub_cookie_secret: [Errno 28] No space left on device'))]

    def panic(self, r):
        return [('E', ('app:%d' % 3290, '\n' + pytb([('/usr/local/lib/python3.11/site-packages/jupyterhub/app.py', 3287, 'launch_instance_async', 'await self.start()'), ('/usr/local/lib/python3.11/site-packages/jupyterhub/app.py', 3117, 'start', 'await self.proxy.check_routes(self.users, self._service_map)'),
                                                 ('/usr/local/lib/python3.11/site-packages/jupyterhub/proxy.py', 381, 'check_routes', 'routes = await self.get_all_routes()')], 'tornado.curl_httpclient.CurlError: HTTP 599: Connection timed out after 20001 milliseconds')))]

    def start(self, r):
        v = {2018: '0.9.4', 2019: '1.0.0', 2020: '1.2.2', 2021: '1.4.2', 2022: '2.3.1', 2023: '4.0.2', 2024: '4.1.5', 2025: '5.2.1', 2026: '5.3.0'}[self.year]
        return [('I', ('app:%d' % 2859, 'Running JupyterHub version %s' % v)), ('I', ('app:%d' % 2889, 'Using Authenticator: oauthenticator.generic.GenericOAuthenticator-16.2.1')),
                ('I', ('app:%d' % 2889, 'Using Spawner: kubespawner.spawner.KubeSpawner-6.2.0')), ('I', ('app:%d' % 1924, 'Not using allowed_users. Any authenticated user will be allowed.')),
                ('I', ('app:%d' % 3144, 'Hub API listening on http://:8081/hub/')), ('I', ('app:%d' % 3390, 'JupyterHub is now running at http://:8000'))]

    def stop(self, r):
        return [('I', ('app:%d' % 3410, 'Received signal SIGTERM, initiating shutdown...')), ('I', ('app:%d' % 3180, 'Cleaning up PID file /srv/jupyterhub/jupyterhub.pid')), ('I', ('app:%d' % 3210, '...done'))]


class NSQ(Fmt):
    def stamped(self, lv, m):
        return not m.startswith('\x00')

    key = 'nsqd'
    fname = 'nsqd.log'
    label = 'nsqd'
    res = 1e-6
    weight = 0.8
    LV = {'I': 'INFO', 'W': 'WARNING', 'E': 'ERROR', 'F': 'FATAL', 'D': 'DEBUG'}

    def setup(self):
        self.old = self.year <= 2018

    def ts_sec(self, s):
        return '%04d/%02d/%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        if m.startswith('\x00'):
            return m[1:]
        if self.old:
            return '[nsqd] %s.%s %s' % (self.sec(t), self.us(t), m)
        return '[nsqd] %s.%s %s: %s' % (self.sec(t), self.us(t), self.LV[lv], m)

    def info(self, r):
        c = '%s:%d' % (ip(r), r.randint(30000, 65000))
        x = r.random()
        if x < 0.3:
            return 'I', 'TCP: new client(%s)' % c
        if x < 0.55:
            return 'I', 'CLIENT(%s): desired protocol magic \'  V2\'' % c
        if x < 0.8:
            return 'I', 'PROTOCOL(V2): [%s] exiting ioloop' % c
        if x < 0.9:
            return 'I', '[%s] IDENTIFY: {ClientID:%s Hostname:%s HeartbeatInterval:30000 OutputBufferSize:16384 OutputBufferTimeout:250 FeatureNegotiation:true TLSv1:false Deflate:false DeflateLevel:6 Snappy:false SampleRate:0 UserAgent:go-nsq/1.1.0 MsgTimeout:0}' % (c, r.choice(['worker-1', 'indexer', 'mailer']), r.choice(['worker-1', 'indexer', 'mailer']))
        return 'I', 'PROTOCOL(V2): [%s] exiting messagePump' % c

    def warn(self, r):
        return 'W', 'PROTOCOL(V2): [%s:%d] heartbeat timeout' % (ip(r), r.randint(30000, 65000)) if not self.old else 'PROTOCOL(V2): [%s:%d] heartbeat timeout' % (ip(r), r.randint(30000, 65000))

    errors = (
        ('failed to read command', lambda s, r: [('E', '[%s:%d] - E_INVALID invalid command - read tcp %s:4150->%s:%d: read: connection reset by peer' % ((lambda a, p: (a, p, ip(r), a, p))(ip(r), r.randint(30000, 65000))))]),
        ('lookupd connection', lambda s, r: [('E', 'LOOKUPD(%s:4160): error connecting to lookupd - dial tcp %s:4160: i/o timeout' % ((lambda a: (a, a))(ip(r, '10.50'))))]),
    )
    new_errors = (
        ('E_PUB_FAILED', lambda s, r: [('E', '[%s:%d] - E_PUB_FAILED PUB failed exiting' % (ip(r), r.randint(30000, 65000)))]),
    )
    storm = ('lookupd reconnect', lambda s, r: ('W', 'LOOKUPD(%s:4160): connection closed, reconnecting' % ip(r, '10.50')))

    def disk(self, r):
        return [('E', 'DISKQUEUE(%s): failed to writeOne() - write /var/lib/nsq/%s.diskqueue.%06d.dat: no space left on device' % ((lambda tp: (tp, tp, r.randint(0, 300)))(r.choice(['events', 'mail_out', 'index_jobs']))))]

    def panic(self, r):
        g = r.randint(20, 900)
        return [('F', '\x00panic: runtime error: index out of range [%d] with length %d\n\ngoroutine %d [running]:\ngithub.com/nsqio/nsq/nsqd.(*Topic).messagePump(0xc000%s)\n\t/home/travis/gopath/src/github.com/nsqio/nsq/nsqd/topic.go:%d +0x%x\ngithub.com/nsqio/nsq/internal/util.(*WaitGroupWrapper).Wrap.func1()\n\t/home/travis/gopath/src/github.com/nsqio/nsq/internal/util/wait_group_wrapper.go:14 +0x2c\ncreated by github.com/nsqio/nsq/internal/util.(*WaitGroupWrapper).Wrap\n\t/home/travis/gopath/src/github.com/nsqio/nsq/internal/util/wait_group_wrapper.go:13 +0x5a' % (r.randint(2, 9), r.randint(0, 1), g, hexs(r, 6), r.randint(200, 400), r.randint(0x100, 0x800)))]

    def start(self, r):
        v = {2018: '1.0.0-compat', 2019: '1.2.0', 2020: '1.2.0', 2021: '1.2.1', 2022: '1.2.1', 2023: '1.2.1', 2024: '1.3.0', 2025: '1.3.0', 2026: '1.3.0'}[self.year]
        return [('I', 'nsqd v%s (built w/go1.%d.%d)' % (v, 10 + self.year - 2018, r.randint(1, 9))), ('I', 'ID: %d' % r.randint(1, 1000)),
                ('I', 'NSQ: persisting topic/channel metadata to nsqd.dat'), ('I', 'TCP: listening on [::]:4150'), ('I', 'HTTP: listening on [::]:4151'),
                ('I', 'LOOKUP(%s:4160): adding peer' % ip(r, '10.50')), ('I', 'LOOKUP connecting to %s:4160' % ip(r, '10.50'))]

    def stop(self, r):
        return [('I', 'TCP: closing [::]:4150'), ('I', 'HTTP: closing [::]:4151'), ('I', 'NSQ: persisting topic/channel metadata to nsqd.dat'),
                ('I', 'TOPIC(events): closing'), ('I', 'CHANNEL(indexer): closing')]


class CouchDB(Fmt):
    key = 'couchdb'
    fname = 'couchdb.log'
    label = 'couchdb'
    res = 1e-6
    latency = True
    http = True
    weight = 1.0
    LV = {'I': 'notice', 'W': 'warning', 'E': 'error', 'F': 'critical', 'D': 'info'}

    def ts_sec(self, s):
        return '%04d-%02d-%02dT%02d:%02d:%02d' % self.ut(s)[:6]

    def rec(self, t, lv, m):
        return '[%s] %s.%sZ couchdb@127.0.0.1 %s' % (self.LV[lv], self.sec(t), self.us(t), m)

    def pid(self, r):
        return '<0.%d.%d>' % (r.randint(100, 32000), r.randint(0, 9))

    def traffic(self, r, lat, p5):
        if r.random() < 0.05:
            return self.info(r)
        db = r.choice(['orders', 'users', '_users', 'sessions', 'catalog'])
        meth, path, base = r.choice([('GET', '/%s/%s' % (db, hexs(r, 32)), 4), ('PUT', '/%s/%s' % (db, hexs(r, 32)), 14), ('POST', '/%s/_find' % db, 25),
                                     ('GET', '/%s/_all_docs?include_docs=true&limit=100' % db, 30), ('GET', '/_up', 1), ('GET', '/%s/_changes?feed=longpoll&since=now' % db, 8)])
        d = int(base * r.lognormvariate(0, 0.5) * lat) + 1
        st, ok = (200, 'ok') if meth != 'PUT' else (201, 'ok')
        if r.random() < p5:
            st, ok = r.choice([(500, 'ok'), (503, 'ok')])
        elif r.random() < 0.015:
            st, ok = (404, 'ok') if meth == 'GET' else (409, 'ok')
        return ('I', '%s %s localhost:5984 %s %s %s %s %d %s %d' % (self.pid(r), hexs(r, 10), ip(r), r.choice(['admin', 'app', 'undefined']), meth, path, st, ok, d))

    def info(self, r):
        return 'I', r.choice(['%s -------- Starting compaction for db "shards/%08x-%08x/%s.%d"' % (self.pid(r), 0, 0x7fffffff, r.choice(['orders', 'users']), r.randint(1500000000, 1700000000)),
                              '%s -------- couch_replicator_scheduler: Job {"%s+continuous","%s"} started as <0.%d.0>' % (self.pid(r), hexs(r, 32), 'orders-to-dr', r.randint(100, 9000)),
                              '%s -------- Compaction for db "shards/80000000-ffffffff/users.1601234567" completed.' % self.pid(r)])

    def warn(self, r):
        return 'W', '%s -------- mem3_sync shards/00000000-7fffffff/orders.1601234567 couchdb@10.60.0.%d {badrpc,{\'EXIT\',timeout}}' % (self.pid(r), r.randint(2, 9))

    errors = (
        ('rexi_EXIT', lambda s, r: [('E', '%s %s rexi_server: from: couchdb@10.60.0.%d(<0.%d.0>) mfa: fabric_rpc:open_shard/2 exit:timeout [{rexi,init_stream,1,[{file,"src/rexi.erl"},{line,265}]},{rexi,stream2,3,[{file,"src/rexi.erl"},{line,205}]},{fabric_rpc,view_cb,2,[{file,"src/fabric_rpc.erl"},{line,462}]}]' % (s.pid(r), hexs(r, 10), r.randint(2, 9), r.randint(100, 9000)))]),
        ('req_err', lambda s, r: [('E', '%s %s req_err(%d) unknown_error : normal\n    [<<"chttpd:handle_req_after_auth/2 L423">>,<<"chttpd:process_request/1 L404">>,<<"chttpd:handle_request_int/1 L345">>,<<"mochiweb_http:headers/6 L150">>,<<"proc_lib:init_p_do_apply/3 L247">>]' % (s.pid(r), hexs(r, 10), r.randint(10**8, 10**10)))]),
    )
    new_errors = (
        ('all_dbs_active', lambda s, r: [('E', '%s %s could not open shards/00000000-7fffffff/orders.1601234567.couch: all_dbs_active' % (s.pid(r), hexs(r, 10)))]),
    )
    storm = ('replicator retry', lambda s, r: ('W', '%s -------- Replicator, request GET to "http://10.60.1.%d:5984/orders/_changes?feed=continuous&style=all_docs&since=%%22%d-g1AAAAEzeJzLYWBg%%22" failed due to error {error,req_timedout}' % (s.pid(r), r.randint(2, 9), r.randint(1000, 90000))))

    def disk(self, r):
        return [('E', '%s %s Could not write to file /opt/couchdb/data/shards/00000000-7fffffff/orders.1601234567.couch: enospc' % (self.pid(r), hexs(r, 10)))]

    def panic(self, r):
        p = self.pid(r)
        return [('E', '%s -------- gen_server <0.%d.0> terminated with reason: no match of right hand value {error,einval} at couch_file:pread_iolist/2(line:%d) <= couch_btree:get_node/2(line:%d) <= couch_btree:lookup/3(line:%d)\n  last msg: {\'$gen_call\',{<0.%d.0>,#Ref<0.%d.%d.%d>},{pread_iolist,%d}}\n     state: {file,{file_descriptor,prim_file,{#Port<0.%d>,%d}},%d,%d,true,0,undefined}\n    extra: []' % (p, r.randint(100, 9000), r.randint(400, 600), r.randint(700, 900), r.randint(300, 400), r.randint(100, 9000), r.randint(1, 9), r.randint(10**8, 10**9), r.randint(1, 9), r.randint(10**5, 10**8), r.randint(1000, 9000), r.randint(20, 90), r.randint(10**5, 10**8), r.randint(10**5, 10**8))),
                ('E', '%s -------- CRASH REPORT Process  (<0.%d.0>) with 1 neighbors exited with reason: no match of right hand value {error,einval} at couch_file:pread_iolist/2(line:%d) <= couch_btree:get_node/2(line:%d) at gen_server:handle_common_reply/8(line:751) <= proc_lib:init_p_do_apply/3(line:247); initial_call: {couch_file,init,[\'Argument__1\']}, ancestors: [<0.%d.0>], message_queue_len: 0, messages: [], links: [<0.%d.0>], dictionary: [], trap_exit: true, status: running, heap_size: 987, stack_size: 28, reductions: %d' % (p, r.randint(100, 9000), r.randint(400, 600), r.randint(700, 900), r.randint(100, 9000), r.randint(100, 9000), r.randint(1000, 90000)))]

    def oom(self, r):
        return [('E', '%s -------- ***** Ignoring the process_info from <0.%d.0> that exceeded max_heap_size\n  Context:  maximum heap size reached\n  Max Heap Size:  %d\n  Total Heap Size:  %d\n  Kill:  true\n  Error Logger:  true' % (self.pid(r), r.randint(100, 9000), 134217728, r.randint(134217729, 160000000))),
                ('E', '%s -------- CRASH REPORT Process couch_index_server (<0.%d.0>) with 0 neighbors exited with reason: killed at proc_lib:init_p_do_apply/3(line:247)' % (self.pid(r), r.randint(100, 9000)))]

    def start(self, r):
        v = {2018: '2.1.2', 2019: '2.3.1', 2020: '3.1.0', 2021: '3.1.1', 2022: '3.2.2', 2023: '3.3.2', 2024: '3.3.3', 2025: '3.4.2', 2026: '3.5.0'}[self.year]
        return [('D', '<0.%d.0> -------- Apache CouchDB %s is starting.' % (r.randint(200, 300), v)), ('D', '<0.%d.0> -------- Starting couch_sup' % r.randint(200, 300)),
                ('I', '<0.%d.0> -------- config: [chttpd] port set to 5984' % r.randint(200, 300)),
                ('D', '<0.%d.0> -------- Apache CouchDB has started. Time to relax.' % r.randint(200, 300)), ('I', '<0.%d.0> -------- rexi_server : started servers' % r.randint(300, 400)),
                ('I', '<0.%d.0> -------- rexi_buffer : started servers' % r.randint(300, 400))]

    def stop(self, r):
        return [('I', '<0.%d.0> -------- SIGTERM received - shutting down' % r.randint(80, 120))]


class Memcached(Fmt):
    key = 'memcached'
    fname = 'memcached.log'
    label = 'memcached'
    kinds = ()
    weight = 1.2

    def ts_sec(self, s):
        return ''

    def rec(self, t, lv, m):
        return m

    def setup(self):
        self.fd = 30

    def info(self, r):
        fd = r.randint(28, 400)
        k = '%s:%s' % (r.choice(['sess', 'user', 'rl', 'cfg', 'page']), hexs(r, 12))
        x = r.random()
        if x < 0.35:
            return 'I', '<%d get %s\n>%d sending key %s\n>%d END' % (fd, k, fd, k, fd) if r.random() < 0.6 else '<%d get %s\n>%d END' % (fd, k, fd)
        if x < 0.6:
            return 'I', '<%d set %s 0 %d %d\n>%d STORED' % (fd, k, r.choice([60, 300, 3600]), r.randint(10, 9000), fd)
        if x < 0.75:
            return 'I', '<%d new auto-negotiating client connection\n%d: Client using the ascii protocol' % (fd, fd)
        if x < 0.88:
            return 'I', '<%d delete %s\n>%d DELETED' % (fd, k, fd) if r.random() < 0.7 else '<%d delete %s\n>%d NOT_FOUND' % (fd, k, fd)
        if x < 0.95:
            return 'I', '<%d connection closed.' % fd
        return 'I', '<%d incr %s 1\n>%d %d' % (fd, k, fd, r.randint(1, 900))

    def warn(self, r):
        return 'W', '<%d touch %s 300\n>%d NOT_FOUND' % ((lambda fd: (fd, 'sess:' + hexs(r, 12), fd))(r.randint(28, 400)))

    errors = (('CLIENT_ERROR', lambda s, r: [('E', '>%d CLIENT_ERROR bad data chunk' % r.randint(28, 400))]),)
    new_errors = (('SERVER_ERROR', lambda s, r: [('E', '>%d SERVER_ERROR object too large for cache' % r.randint(28, 400))]),)

    def disk(self, r):
        return []

    def panic(self, r):
        return []

    def start(self, r):
        return [('I', 'slab class   1: chunk size        96 perslab   10922\nslab class   2: chunk size       120 perslab    8738\nslab class   3: chunk size       152 perslab    6898\nslab class   4: chunk size       192 perslab    5461\n<26 server listening (auto-negotiate)\n<27 server listening (auto-negotiate)')]

    def stop(self, r):
        return [('I', 'Signal handled: Terminated.')]


class Gluster(Fmt):
    def stamped(self, lv, m):
        return m[0] is not None

    key = 'glusterd'
    fname = 'glusterd.log'
    label = 'glusterd'
    res = 1e-6
    weight = 0.7

    def setup(self):
        self.tz = self.year >= 2021

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.ut(s)[:6]

    def rec(self, t, lv, m):
        msgid, src, msg = m
        if msgid is None:
            return msg
        return '[%s.%s%s] %s [%s] [%s] %s: %s' % (self.sec(t), self.us(t), ' +0000' if self.tz else '', lv if lv != 'F' else 'C', ('MSGID: %d' % msgid) if msgid else '', src, self.xl, msg) if msgid else \
            '[%s.%s%s] %s [%s] %s: %s' % (self.sec(t), self.us(t), ' +0000' if self.tz else '', lv if lv != 'F' else 'C', src, self.xl, msg)

    xl = '0-management'

    def info(self, r):
        x = r.random()
        if x < 0.3:
            return 'I', (106487, 'glusterd-handler.c:1498:__glusterd_handle_cli_list_friends', 'Received cli list req')
        if x < 0.55:
            return 'I', (106499, 'glusterd-handler.c:4363:__glusterd_handle_status_volume', 'Received status volume req for volume %s' % r.choice(['gv0', 'data', 'home']))
        if x < 0.75:
            return 'I', (106493, 'glusterd-rpc-ops.c:%d:__glusterd_friend_update_cbk' % 670, 'Received ACC from uuid: %s, host: gfs%02d, port: 0' % (uuid(r), r.randint(1, 6)))
        return 'I', (106143, 'glusterd-pmap.c:%d:pmap_registry_bind' % 359, 'adding brick /data/glusterfs/%s/brick1 on port %d' % (r.choice(['gv0', 'data']), r.randint(49152, 49160)))

    def warn(self, r):
        return 'W', (0, 'socket.c:%d:__socket_rwv' % 719, 'readv on /var/run/gluster/%s.socket failed (No data available)' % hexs(r, 32))

    errors = (
        ('Locking failed', lambda s, r: [('E', (106116, 'glusterd-mgmt.c:%d:gd_mgmt_v3_collate_errors' % 282, 'Locking failed on gfs%02d. Please check log file for details.' % r.randint(1, 6)))]),
        ('Staging failed', lambda s, r: [('E', (106152, 'glusterd-syncop.c:%d:gd_stage_op_phase' % 1260, 'Staging failed on gfs%02d. Error: Volume %s does not exist' % (r.randint(1, 6), r.choice(['gv1', 'scratch']))))]),
    )
    new_errors = (
        ('quorum lost', lambda s, r: [('C', (106002, 'glusterd-server-quorum.c:%d:glusterd_do_volume_quorum_action' % 355, 'Server quorum lost for volume %s. Stopping local bricks.' % r.choice(['gv0', 'data'])))]),
    )
    storm = ('reconnect to peer', lambda s, r: ('E', (0, 'socket.c:%d:socket_connect_finish' % 3245, 'connection to %s:24007 failed (Connection refused); disconnecting socket' % ip(r, '10.70'))))

    def disk(self, r):
        return [('W', (113001, 'posix-helpers.c:%d:posix_disk_space_check_thread_proc' % 2106, 'disk space on brick /data/glusterfs/gv0/brick1 is low [Threshold: 5.00%%, free: %.2f%%]' % r.uniform(0, 0.4))),
                ('E', (113064, 'posix-inode-fd-ops.c:%d:posix_writev' % 1900, 'write failed: offset %d, [No space left on device]' % r.randint(0, 2**30)))] if self.key == 'glusterbrick' else \
            [('E', (106054, 'glusterd-utils.c:%d:glusterd_store_perform_volume_store' % 2061, 'Failed to store volume info file for gv0 [No space left on device]'))]

    def panic(self, r):
        v = self.ver()
        return [('C', (None, None, 'pending frames:\nframe : type(0) op(0)\npatchset: git://git.gluster.org/glusterfs.git\nsignal received: 11\ntime of crash: \n%04d-%02d-%02d %02d:%02d:%02d\nconfiguration details:\nargp 1\nbacktrace 1\ndlfcn 1\nlibpthread 1\nllistxattr 1\nsetfsid 1\nspinlock 1\nepoll.h 1\nxattr.h 1\nst_atim.tv_nsec 1\npackage-string: glusterfs %s\n/lib64/libglusterfs.so.0(+0x2a53c)[0x7f%s]\n/lib64/libglusterfs.so.0(gf_print_trace+0x37c)[0x7f%s]\n/lib64/libc.so.6(+0x36400)[0x7f%s]\n/usr/lib64/glusterfs/%s/xlator/mgmt/glusterd.so(+0x%x)[0x7f%s]\n/lib64/libpthread.so.0(+0x7ea5)[0x7f%s]\n/lib64/libc.so.6(clone+0x6d)[0x7f%s]\n---------' % (tuple(self.ut(int(self.now))[:6]) + (v,) + tuple(hexs(r, 10) for _ in range(3)) + (v, r.randint(0x10000, 0xfffff)) + tuple(hexs(r, 10) for _ in range(3)))))]

    def ver(self):
        return {2018: '3.12.15', 2019: '6.5', 2020: '7.8', 2021: '9.3', 2022: '10.2', 2023: '10.4', 2024: '11.1', 2025: '11.1', 2026: '11.2'}[self.year]

    def start(self, r):
        return [('I', (100030, 'glusterfsd.c:%d:main' % 2685, 'Started running /usr/sbin/glusterd version %s (args: /usr/sbin/glusterd -p /var/run/glusterd.pid --log-level INFO)' % self.ver())),
                ('I', (0, 'glusterfsd.c:%d:glusterfs_pidfile_setup' % 2370, 'Pid of current running process is %d' % r.randint(1000, 60000))),
                ('I', (106478, 'glusterd.c:%d:init' % 1422, 'Maximum allowed open file descriptors set to 65536')),
                ('I', (106479, 'glusterd.c:%d:init' % 1476, 'Using /var/lib/glusterd as working directory')),
                ('I', (106479, 'glusterd.c:%d:init' % 1482, 'Using /var/run/gluster as pid file working directory')),
                ('I', (106513, 'glusterd-store.c:%d:glusterd_retrieve_op_version' % 2193, 'retrieved op-version: %d' % (self.year * 10 - 9000 + 90000)))]

    def stop(self, r):
        return [('W', (0, 'glusterfsd.c:%d:cleanup_and_exit' % 1645, 'received signum (15), shutting down'))]


class GlusterBrick(Gluster):
    key = 'glusterbrick'
    fname = 'data-glusterfs-gv0-brick1.log'
    label = 'glusterfsd brick'
    xl = '0-gv0-server'

    def info(self, r):
        x = r.random()
        c = 'CTX_ID:%s-GRAPH_ID:0-PID:%d-HOST:ws%03d-PC_NAME:gv0-client-0-RECON_NO:-0' % (uuid(r), r.randint(1000, 60000), r.randint(1, 300))
        if x < 0.4:
            return 'I', (115029, 'server-handshake.c:%d:server_setvolume' % 550, 'accepted client from %s (version: %s) with subvol /data/glusterfs/gv0/brick1' % (c, self.ver()))
        if x < 0.75:
            return 'I', (0, 'server.c:%d:server_rpc_notify' % 486, 'Disconnected client: %s' % c)
        return 'I', (101055, 'client_t.c:%d:gf_client_unref' % 437, 'Shutting down connection %s' % c)

    errors = (
        ('fsetxattr failed', lambda s, r: [('E', (113001, 'posix-inode-fd-ops.c:%d:posix_fsetxattr' % 2981, 'fsetxattr on fd=%d failed [Operation not supported]' % r.randint(10, 300)))]),
        ('stat failed', lambda s, r: [('E', (0, 'server-rpc-fops_v2.c:%d:server4_stat_cbk' % 1142, '%d: STAT /share/%s/%s.docx (%s), client: CTX_ID:%s, error-xlator: gv0-posix [No such file or directory]' % (r.randint(1000, 90000), r.choice(USERS), hexs(r, 6), uuid(r), uuid(r))))]),
    )


class FDB(Fmt):
    key = 'fdb'
    label = 'fdbserver'
    res = 1e-6
    eol = '\r\n'
    weight = 1.0
    SEV = {'D': '10', 'I': '10', 'W': '20', 'E': '40', 'F': '40'}

    def setup(self):
        self.addr = '10.80.0.%d:4500' % (10 + self.sc.idx)
        self.fname = 'trace.%s.%d.%s.0.1.xml' % (self.addr.replace(':', '.'), self.sc.ws - 3000, hexs(__import__('random').Random('fdb%d' % self.sc.ws), 8))
        self.dt = self.year >= 2021
        self.roles = 'SS,TL'

    def header(self, t):
        return '<?xml version="1.0"?>\n<Trace>\n'
    footer = '</Trace>\n'

    def ts_sec(self, s):
        return '%04d-%02d-%02dT%02d:%02d:%02dZ' % self.ut(s)[:6]

    def rec(self, t, lv, m):
        typ, attrs = m
        sev = '30' if lv == 'W' and typ in ('N2_ConnectError',) else self.SEV[lv]
        dt = (' DateTime="%s"' % self.sec(t)) if self.dt else ''
        return '<Event Severity="%s" Time="%d.%s"%s Type="%s" ID="%s" %s Machine="%s" LogGroup="default" Roles="%s" />' % (sev, int(t), self.us(t), dt, typ, attrs[0], attrs[1], self.addr, self.roles)

    def info(self, r):
        x = r.random()
        z = '0000000000000000'
        if x < 0.3:
            return 'I', ('StorageMetrics', (hexs(r, 16), 'Elapsed="5.00001" BytesQueried="%d %.1f %d" FinishedQueries="%d %.2f %d" BytesInput="%d %.1f %d" Version="%d" DurableVersion="%d" TrackLatest="fdb/%s"' % (r.randint(10**6, 10**8), r.uniform(100, 9000), r.randint(10**9, 10**11), r.randint(10, 9000), r.uniform(1, 900), r.randint(10**5, 10**7), r.randint(10**6, 10**8), r.uniform(100, 9000), r.randint(10**9, 10**11), r.randint(10**12, 10**13), r.randint(10**12, 10**13), hexs(r, 8))))
        if x < 0.55:
            return 'I', ('ProcessMetrics', (z, 'Elapsed="5.00002" CPUSeconds="%.6f" MainThreadCPUSeconds="%.6f" UptimeSeconds="%.4f" Memory="%d" ResidentMemory="%d" UnusedAllocatedMemory="%d" MbpsSent="%.4f" MbpsReceived="%.4f" DiskTotalBytes="%d" DiskFreeBytes="%d" DiskQueueDepth="%d" DiskIdleSeconds="%.4f" DiskReads="%d" DiskWrites="%d"' % (r.uniform(0, 5), r.uniform(0, 5), r.uniform(1000, 900000), r.randint(10**9, 4 * 10**9), r.randint(10**9, 4 * 10**9), r.randint(10**6, 10**8), r.uniform(0, 90), r.uniform(0, 90), 1999421485056, r.randint(6 * 10**11, 9 * 10**11), r.randint(0, 9), r.uniform(0, 5), r.randint(0, 9000), r.randint(0, 9000))))
        if x < 0.72:
            return 'I', ('MachineLoadDetail', (z, 'User="%d" Nice="0" System="%d" Idle="%d" IOWait="%d" IRQ="0" SoftIRQ="%d" Steal="0" Guest="0"' % (r.randint(10**5, 10**7), r.randint(10**5, 10**7), r.randint(10**7, 10**9), r.randint(0, 10**5), r.randint(0, 10**5))))
        if x < 0.86:
            return 'I', ('TLogMetrics', (hexs(r, 16), 'Elapsed="5.00003" BytesInput="%d %.1f %d" BytesDurable="%d %.1f %d" Version="%d" QueueCommittedVersion="%d" PersistentDataVersion="%d" TrackLatest="fdb/%s"' % (r.randint(10**6, 10**8), r.uniform(100, 9000), r.randint(10**9, 10**11), r.randint(10**6, 10**8), r.uniform(100, 9000), r.randint(10**9, 10**11), r.randint(10**12, 10**13), r.randint(10**12, 10**13), r.randint(10**12, 10**13), hexs(r, 8))))
        return 'I', ('PingLatency', (z, 'Elapsed="10.0001" PeerAddr="10.80.0.%d:4500" MinLatency="%.6f" MaxLatency="%.6f" MeanLatency="%.6f" MedianLatency="%.6f" P90Latency="%.6f" Count="%d" BytesReceived="%d" BytesSent="%d"' % (r.randint(10, 30), r.uniform(0.0001, 0.0003), r.uniform(0.001, 0.01), r.uniform(0.0002, 0.001), r.uniform(0.0002, 0.001), r.uniform(0.0005, 0.002), r.randint(10, 40), r.randint(10**4, 10**7), r.randint(10**4, 10**7))))

    def warn(self, r):
        return 'W', ('SlowTask', ('0000000000000000', 'TaskID="%d" MClocks="%.4f" Duration="%.6f" SampleRate="1" NumYields="0"' % (r.randint(10**7, 10**9), r.uniform(100, 900), r.uniform(0.05, 0.4))))

    errors = (
        ('N2_ReadError', lambda s, r: [('W', ('N2_ReadError', ('0000000000000000', 'SuppressedEventCount="%d" PeerAddr="10.80.0.%d:%d" ErrorCode="2" Message="End of file"' % (r.randint(0, 9), r.randint(10, 30), r.randint(30000, 60000)))))]),
        ('TransactionTooOld', lambda s, r: [('E', ('GetValueAttachID', (hexs(r, 16), 'Error="transaction_too_old" ErrorDescription="Transaction is too old to perform reads or be committed" ErrorCode="1007"')))]),
    )
    new_errors = (
        ('StorageServerFailed', lambda s, r: [('E', ('StorageServerFailed', (hexs(r, 16), 'Reason="Error" Error="worker_removed" ErrorDescription="Normal worker shut down" ErrorCode="1202"')))]),
    )
    storm = ('N2_ConnectError', lambda s, r: ('W', ('N2_ConnectError', ('0000000000000000', 'SuppressedEventCount="%d" ErrorCode="111" Message="Connection refused" PeerAddr="10.80.0.%d:4500"' % (r.randint(0, 40), r.randint(10, 30))))))

    def disk(self, r):
        return [('E', ('StorageServerFailed', (hexs(r, 16), 'Reason="Error" Error="io_error" ErrorDescription="Disk i/o operation failed" ErrorCode="1510" Note="No space left on device"'))),
                ('W', ('KVFileWriteError', ('0000000000000000', 'Filename="/var/lib/foundationdb/data/4500/storage-%s.sqlite-wal" Error="io_error" ErrorCode="1510" UnixErrorCode="1c" UnixError="No space left on device"' % hexs(r, 32))))]

    def oom(self, r):
        return [('E', ('OutOfMemory', ('0000000000000000', 'Message="Out of memory" Backtrace="addr2line -e fdbserver.debug -p -C -f -i 0x2f4c1b5 0x2f4b3a1 0x13a8c4e 0x13a9d1f 0x7f%s"' % hexs(r, 10)))),
                ('E', ('MemoryLimit', ('0000000000000000', 'Limit="8589934592" ResidentMemory="%d" Note="Process exceeded memory limit"' % r.randint(8589934593, 9 * 10**9))))]
    oom_restarts = True

    def panic(self, r):
        return [('E', ('Crash', ('0000000000000000', 'Signal="11" Name="Segmentation fault" Trace="addr2line -e fdbserver.debug -p -C -f -i 0x%x 0x%x 0x%x 0x7f%s"' % (r.randint(0x1000000, 0x3000000), r.randint(0x1000000, 0x3000000), r.randint(0x1000000, 0x3000000), hexs(r, 10)))))]

    def start(self, r):
        v = {2018: '5.2.5', 2019: '6.1.12', 2020: '6.2.28', 2021: '6.3.23', 2022: '7.1.21', 2023: '7.1.33', 2024: '7.3.37', 2025: '7.3.57', 2026: '7.3.63'}[self.year]
        return [('I', ('ProgramStart', ('0000000000000000', 'Cycles="%d" RandomSeed="%d" SourceVersion="%s" Version="%s" PackageName="%s" BuildTime="" CommandLine="/usr/sbin/fdbserver --cluster_file=/etc/foundationdb/fdb.cluster --datadir=/var/lib/foundationdb/data/4500 --listen_address=public --logdir=/var/log/foundationdb --public_address=auto:4500" BuggifyEnabled="0" MemoryLimit="8589934592" VirtualMemoryLimit="0"' % (r.randint(10**9, 10**11), r.randint(0, 2**31), hexs(r, 40), v, v[:3])))),
                ('I', ('Net2Starting', ('0000000000000000', ''))), ('I', ('WorkerStarting', ('0000000000000000', 'ProcessClass="storage"'))),
                ('I', ('Role', (hexs(r, 16), 'As="Worker" Transition="Begin"')))]

    def stop(self, r):
        return [('I', ('SignalReceived', ('0000000000000000', 'Signal="15"'))), ('I', ('Role', (hexs(r, 16), 'As="Worker" Transition="End" Reason="Error" Error="please_reboot"')))]

    def restart_gap(self, r):
        return 1 + r.random() * 5
