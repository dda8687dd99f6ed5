"""Formats: TiDB/TiKV, ProxySQL, Patroni, pgBackRest, Meilisearch, JupyterHub, NSQ, CouchDB, ArangoDB, memcached."""
from base import Fmt, MON, DAY, ip, hexs, uuid  # noqa: F401

SQLS = ['SELECT * FROM orders WHERE customer_id = ? LIMIT 100', 'UPDATE accounts SET balance = balance - ? WHERE id = ?',
        'INSERT INTO events (id, ts, payload) VALUES (?, ?, ?)', 'SELECT count(*) FROM sessions WHERE expires_at > now()',
        'DELETE FROM cart_items WHERE cart_id = ?', 'SELECT id, name FROM products WHERE category = ? ORDER BY rank']


def tq(v):
    v = str(v)
    if v == '' or any(c in v for c in ' ="[]\n\\,:'):
        return '"' + v.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
    return v


def tf(**kw):
    return ' '.join('[%s=%s]' % (tq(k.replace('__', ' ').replace('_X', '-')), tq(v)) for k, v in kw.items())


class TiDB(Fmt):
    def stamped(self, lv, m):
        return not (isinstance(m, tuple) and m[0] is None)

    key = 'tidb'
    fname = 'tidb.log'
    label = 'tidb-server'
    res = 0.001
    weight = 1.2
    LV = {'D': 'DEBUG', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'FATAL'}

    def setup(self):
        self.old = self.year <= 2018
        self.ver = {2018: '2.1.8', 2019: '3.0.5', 2020: '4.0.8', 2021: '5.0.3', 2022: '5.4.1', 2023: '6.5.3',
                    2024: '7.5.1', 2025: '8.1.1', 2026: '8.5.2'}[self.year]
        self.conns = 100

    def ts_sec(self, s):
        return '%04d/%02d/%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        src, msg, fields = m if isinstance(m, tuple) else (None, m, '')
        if src is None:
            return msg
        if self.old:
            return '%s.%s %s: [%s] %s%s' % (self.sec(t), self.ms(t), src, self.LV[lv].lower().replace('warn', 'warning'),
                                           msg, (' ' + fields.replace('] [', ', ').strip('[]')) if fields else '')
        return '[%s.%s %s] [%s] [%s] [%s]%s' % (self.sec(t), self.ms(t), self.ozc, self.LV[lv], src, tq(msg),
                                                 (' ' + fields) if fields else '')

    def cid(self, r):
        return r.randint(2, 4000) * 2 + 3000000 * (self.year > 2021)

    def info(self, r):
        x = r.random()
        c = self.cid(r)
        if x < 0.3:
            return 'I', ('server.go:%d' % r.choice([558, 622, 640]), 'new connection', tf(conn=c, remoteAddr='%s:%d' % (ip(r), r.randint(30000, 65000))))
        if x < 0.55:
            return 'I', ('conn.go:%d' % r.choice([1072, 1121]), 'connection closed', tf(conn=c))
        if x < 0.7:
            return 'I', ('session.go:3240', 'CRUCIAL OPERATION', tf(conn=c, schemaVersion=r.randint(300, 900), cur_db='shop', sql='ANALYZE TABLE orders', user='admin@%s' % ip(r)))
        if x < 0.8:
            return 'I', ('2pc.go:1152', 'send TxnHeartBeat', tf(startTS=436000000000000000 + r.getrandbits(40), newTTL=r.randint(20000, 90000)))
        if x < 0.9:
            return 'I', ('domain.go:226', 'diff load InfoSchema success', tf(currentSchemaVersion=r.randint(300, 900), neededSchemaVersion=r.randint(300, 900), start__time='%.6fms' % (r.random() * 3), phyTblIDs='[%d]' % r.randint(80, 400), actionTypes='[8]'))
        return 'I', ('gc_worker.go:%d' % r.choice([680, 1070]), '[gc worker] there\'s already a gc job running, skipped', tf(leaderTick__on=hexs(r, 16)))

    def warn(self, r):
        if r.random() < 0.5:
            return 'W', ('expensivequery.go:%d' % r.choice([118, 145]), 'expensive_query', tf(cost_time='%.6fs' % r.uniform(60, 300), conn_id=self.cid(r), user='app', database='shop', txn_start_ts=436000000000000000 + r.getrandbits(40), mem_max='%d Bytes (%.1f MB)' % (r.randint(2**24, 2**29), r.uniform(16, 500)), sql=r.choice(SQLS)))
        return 'W', ('region_request.go:%d' % r.choice([1432, 1566]), 'tikv reports `ServerIsBusy` retry later', tf(reason='scheduler is busy', ctx='region ID: %d, meta: id:%d, peer: id:%d store_id:%d, addr: %s:20160' % (r.randint(10, 9000), r.randint(10, 9000), r.randint(10, 9000), r.randint(1, 6), ip(r))))

    def _dispatch(self, r, err):
        c = self.cid(r)
        return [('I' if self.year < 2020 else 'I', ('conn.go:1125', 'command dispatched failed', tf(conn=c, connInfo='id:%d, addr:%s:%d status:10, collation:utf8mb4_general_ci,  user:app' % (c, ip(r), r.randint(30000, 65000)), command='Execute', status='inTxn:1, autocommit:1', sql=r.choice(SQLS), txn_mode='PESSIMISTIC', err=err)))]

    errors = (
        ('Write conflict', lambda s, r: s._dispatch(r, '[kv:9007]Write conflict, txnStartTS=%d, conflictStartTS=%d, conflictCommitTS=%d, key={tableID=%d, handle=%d} primary={tableID=%d, handle=%d} [try again later]' % (436000000000000000 + r.getrandbits(40), 436000000000000000 + r.getrandbits(40), 436000000000000000 + r.getrandbits(40), r.randint(60, 200), r.randint(1, 10**6), r.randint(60, 200), r.randint(1, 10**6)))),
        ('Lock wait timeout', lambda s, r: [('E', ('conn.go:1125', 'command dispatched failed', tf(conn=s.cid(r), command='Query', sql=r.choice(SQLS), err='[tikv:1205]Lock wait timeout exceeded; try restarting transaction')))]),
        ('terror: broken pipe', lambda s, r: [('E', ('terror.go:307', 'encountered error', tf(error='write tcp %s:4000->%s:%d: write: broken pipe' % (ip(r), ip(r), r.randint(30000, 65000)), stack='github.com/pingcap/tidb/util/logutil.(*errorLogger).LogError\\n\\tgithub.com/pingcap/tidb/server/conn.go:1051')))]),
    )
    new_errors = (
        ('DDL job error', lambda s, r: [('E', ('ddl_worker.go:945', '[ddl] run DDL job error', tf(worker='worker 1, tp general', error='[ddl:8214]Cancelled DDL job')))]),
        ('schema changed', lambda s, r: [('E', ('session.go:1042', 'can not retry txn', tf(conn=s.cid(r), label='general', error='[domain:8028]Information schema is changed during the execution of the statement(for example, table definition may be updated by other DDL ran in parallel). If you see this error often, try increasing `tidb_max_delta_schema_count`. [try again later]', IsBatchInsert='false', IsPessimistic='false', InRestrictedSQL='false', tidb_retry_limit=10, tidb_disable_txn_auto_retry='true')))]),
    )
    storm = ('PD tso stream reconnect', lambda s, r: ('E', ('tso_dispatcher.go:%d' % r.choice([363, 401]), '[tso] create tso stream error', tf(dc_Xlocation='global', error='[PD:client:ErrClientCreateTSOStream]create TSO stream failed, retry timeout: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp %s:2379: connect: connection refused"' % ip(r, '10.20')))))

    def disk(self, r):
        return [('E', ('executor.go:%d' % r.choice([1876, 1902]), 'spill to disk failed', tf(conn=self.cid(r), error='write /tmp/%d_tidb/MC4wLjAuMDo0MDAwLzAuMC4wLjA6MTAwODA=/tmp-storage/chunk.ListInDisk%d: no space left on device' % (r.randint(0, 3), r.randint(10**8, 10**9))))) ]

    def oom(self, r):
        c = self.cid(r)
        return [('W', ('memory_usage_alarm.go:%d' % 140, 'tidb-server has the risk of OOM because of memory usage exceeds alarm ratio. Running SQLs and heap profile will be recorded in record path', tf(is_server_memory_limit_set='true', system_memory_total=68719476736, system_memory_usage=r.randint(6 * 10**10, 6.8 * 10**10), tidb_server_memory_limit=54975581388, tidb_memory_usage_alarm_ratio=0.7, record_path='/tmp/0_tidb/MC4wLjAuMDo0MDAwLzAuMC4wLjA6MTAwODA=/tmp-storage/record'))),
                ('W', ('servermemorylimit.go:%d' % 126, 'global memory controller tries to kill the top1 memory consumer', tf(conn=c, sql_digest=hexs(r, 64), sql_text='SELECT o.*, l.* FROM orders o JOIN lineitem l ON o.id = l.order_id ORDER BY l.price', tidb_server_memory_limit=54975581388, tidb_mem_usage=r.randint(5.5 * 10**10, 6 * 10**10), sql_mem_usage=r.randint(3 * 10**10, 4 * 10**10)))),
                ('E', ('conn.go:1125', 'command dispatched failed', tf(conn=c, command='Query', err='[executor:8176]Your query has been cancelled due to exceeding the allowed memory limit for the tidb-server instance and this query is currently using the most memory. Please try narrowing your query scope or increase the tidb_server_memory_limit and try again.[conn=%d]' % c)))]

    def panic(self, r):
        g = r.randint(1000, 900000)
        pc = hexs(r, 6)
        lines = ['panic: runtime error: invalid memory address or nil pointer dereference',
                 '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]' % pc, '',
                 'goroutine %d [running]:' % g,
                 'github.com/pingcap/tidb/executor.(*HashJoinExec).runJoinWorker(0xc0%s, 0x1)' % hexs(r, 8),
                 '\t/home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/executor/join.go:528 +0x%x' % r.randint(0x100, 0x900),
                 'github.com/pingcap/tidb/executor.(*HashJoinExec).fetchAndProbeHashTable.func2()',
                 '\t/home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/executor/join.go:1088 +0x3c',
                 'github.com/pingcap/tidb/util.(*WaitGroupWrapper).RunWithRecover.func1()',
                 '\t/home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/util/wait_group_wrapper.go:154 +0x6e',
                 'created by github.com/pingcap/tidb/util.(*WaitGroupWrapper).RunWithRecover in goroutine %d' % (g - r.randint(1, 50)),
                 '\t/home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/util/wait_group_wrapper.go:147 +0x7e']
        return [('F', (None, '\n'.join(lines), ''))]

    def stop(self, r):
        return [('I', ('signal_posix.go:54', 'got signal to exit', tf(signal='terminated'))),
                ('I', ('server.go:%d' % 900, 'setting tidb-server to report unhealthy (shutting-down)', '')),
                ('I', ('server.go:%d' % 912, '[server] graceful shutdown.', '')),
                ('I', ('gc_worker.go:%d' % 251, '[gc worker] quit', tf(uuid=hexs(r, 16)))),
                ('I', ('main.go:%d' % 906, 'disconnect all connections', ''))]

    def start(self, r):
        return [('I', ('printer.go:%d' % 47, 'Welcome to TiDB.', tf(Release__Version='v' + self.ver, Edition='Community', Git__Commit__Hash=hexs(r, 40), Git__Branch='HEAD', UTC__Build__Time='%d-%02d-%02d 03:51:12' % (self.year - (r.random() < 0.5), r.randint(1, 12), r.randint(1, 28)), GoVersion='go1.%d.%d' % (min(23, 12 + self.year - 2019), r.randint(1, 9)), Race__Enabled='false', Check__Table__Before__Drop='false'))),
                ('I', ('main.go:%d' % 364, 'disable Prometheus push client', '')),
                ('I', ('store.go:%d' % 75, 'new store', tf(path='tikv://10.20.0.11:2379,10.20.0.12:2379,10.20.0.13:2379'))),
                ('I', ('server.go:%d' % 244, 'server is running MySQL protocol', tf(addr='0.0.0.0:4000'))),
                ('I', ('http_status.go:%d' % 90, 'for status and metrics report', tf(listening__on__addr='0.0.0.0:10080')))]

    def retry_ok(self, r):
        a = '%s:20160' % ip(r, '10.20')
        return [('W', ('client_batch.go:%d' % 642, 'batchRecvLoop fails when receiving, needs to reconnect', tf(target=a, forwardedHost='', error='rpc error: code = Unavailable desc = error reading from server: EOF'))),
                ('I', ('client_batch.go:%d' % 713, 'batchRecvLoop re-create streaming success', tf(target=a, forwardedHost='')))]


class TiKV(TiDB):
    key = 'tikv'
    fname = 'tikv.log'
    label = 'tikv-server'
    weight = 1.3

    def rec(self, t, lv, m):
        src, msg, fields = m
        if self.old:
            return '%s.%s %s %s: %s%s' % (self.sec(t), self.ms(t), self.LV[lv], src, msg, (' ' + fields) if fields else '')
        return '[%s.%s %s] [%s] [%s] [%s]%s' % (self.sec(t), self.ms(t), self.ozc, self.LV[lv], src, tq(msg), (' ' + fields) if fields else '')

    def info(self, r):
        x = r.random()
        rid = r.randint(2, 40000)
        if x < 0.25:
            return 'I', ('raft.rs:%d' % r.choice([1550, 1101]), 'became follower at term %d' % r.randint(6, 90), tf(term=r.randint(6, 90), raft_id=r.randint(2, 9000), region_id=rid))
        if x < 0.45:
            return 'I', ('apply.rs:%d' % 1493, 'execute admin command', tf(command='cmd_type: CompactLog compact_log { compact_index: %d compact_term: %d }' % (r.randint(10**5, 10**7), r.randint(6, 60)), index=r.randint(10**5, 10**7), term=r.randint(6, 60), peer_id=r.randint(2, 9000), region_id=rid))
        if x < 0.6:
            return 'I', ('pd.rs:%d' % 1213, 'try to split region', tf(region_epoch='conf_ver: 5 version: %d' % r.randint(10, 400), new_region_ids='[new_region_id: %d new_peer_ids: [%d, %d, %d]]' % (r.randint(2, 9000), r.randint(2, 9000), r.randint(2, 9000), r.randint(2, 9000)), region_id=rid))
        if x < 0.75:
            return 'I', ('compaction_filter.rs:%d' % 417, 'Compaction filter reports', tf(total=r.randint(1000, 90000), filtered=r.randint(0, 900), skipped=0, mvcc_deletions=r.randint(0, 90), orphan_versions=0))
        if x < 0.88:
            return 'I', ('peer.rs:%d' % 4251, 'deleting applied snap file', tf(snap_file='%d_%d_%d' % (rid, r.randint(6, 60), r.randint(10**5, 10**7)), region_id=rid, peer_id=r.randint(2, 9000)))
        return 'I', ('kv.rs:%d' % 1044, 'check leader', tf(store_id=r.randint(1, 6), regions=r.randint(10, 3000)))

    def warn(self, r):
        return 'W', ('endpoint.rs:%d' % 780, 'error-response', tf(err='Key is locked (will clean up) primary_lock: 7480000000000000%X5F72800000000000%04X lock_version: %d key: 7480000000000000%X5F7280 lock_ttl: 3000 txn_size: 1 min_commit_ts: %d' % (r.randint(16, 255), r.randint(0, 9999), 436000000000000000 + r.getrandbits(40), r.randint(16, 255), 436000000000000000 + r.getrandbits(40))))

    errors = (
        ('batch_raft send response fail', lambda s, r: [('E', ('kv.rs:%d' % 1121, 'KvService::batch_raft send response fail', tf(err='RemoteStopped')))]),
        ('failed to send extra message', lambda s, r: [('E', ('peer.rs:%d' % 5370, 'failed to send extra message', tf(type='MsgHibernateResponse', err='Transport(Full)', target='id: %d store_id: %d' % (r.randint(2, 9000), r.randint(1, 6)), region_id=r.randint(2, 40000), peer_id=r.randint(2, 9000))))]),
    )
    new_errors = (
        ('region not found', lambda s, r: [('E', ('scheduler.rs:%d' % 1093, 'get snapshot failed', tf(cid=r.randint(10**5, 10**7), err='Error(Request(message: "region %d is missing" region_not_found { region_id: %d }))' % ((lambda x: (x, x))(r.randint(2, 40000))))))]),
    )
    storm = ('raft connection aborted', lambda s, r: ('W', ('raft_client.rs:%d' % 562, 'connection aborted', tf(store_id=r.randint(4, 6), sink_error='Some(RpcFinished(Some(RpcStatus { code: 14-UNAVAILABLE, message: "failed to connect to all addresses", details: [] })))', receiver_err='None', addr='%s:20160' % ip(r, '10.20')))))

    def disk(self, r):
        return [('E', ('engine.rs:%d' % 156, 'failed to write to engine', tf(err='Engine(Status { code: IoError, sub_code: None, sev: NoError, state: "IO error: No space left on deviceWhile appending to file: /var/lib/tikv/data/db/%06d.log: No space left on device" })' % r.randint(1000, 90000))))]

    oom = None

    def panic(self, r):
        bt = '\\n'.join(['   0: tikv_util::set_panic_hook::{{closure}}', '             at home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tikv/components/tikv_util/src/lib.rs:452:18',
                         '   1: std::panicking::rust_panic_with_hook', '             at library/std/src/panicking.rs:702:17',
                         '   2: raftstore::store::peer_storage::PeerStorage<EK,ER>::apply_snapshot', '   3: raftstore::store::fsm::peer::PeerFsmDelegate<EK,ER,T>::on_raft_message',
                         '   4: raftstore::store::fsm::store::RaftPoller<EK,ER,T>::handle_normal', '   5: batch_system::batch::Poller<N,C,Handler>::poll', '   6: std::sys::unix::thread::Thread::new::thread_start'])
        rid = r.randint(2, 40000)
        return [('F', ('lib.rs:%d' % 465, '[region %d] %d unexpected raft log index: last_index %d < applied_index %d' % (rid, r.randint(2, 9000), r.randint(1000, 2000), r.randint(2001, 3000)),
                       tf(backtrace=bt.replace('\\n', '\n'), location='components/raftstore/src/store/peer_storage.rs:%d' % r.randint(400, 900), thread_name='raftstore-%d-%d' % (r.randint(1, 9), r.randint(0, 3)))))]

    def stop(self, r):
        return [('I', ('signal_handler.rs:%d' % 24, 'receive signal 15, stopping server...', '')),
                ('I', ('server.rs:%d' % 470, 'stopping server...', '')),
                ('I', ('mod.rs:%d' % 316, 'stop raftstore...', '')), ('I', ('lib.rs:%d' % 90, 'tikv-server exit', ''))]

    def start(self, r):
        v = self.ver
        return [('I', ('lib.rs:%d' % 80, 'Welcome to TiKV', '')), ('I', ('lib.rs:%d' % 85, 'Release Version:   %s' % v, '')),
                ('I', ('lib.rs:%d' % 85, 'Edition:           Community', '')), ('I', ('lib.rs:%d' % 85, 'Git Commit Hash:   %s' % hexs(r, 40), '')),
                ('I', ('lib.rs:%d' % 85, 'Rust Version:      rustc 1.%d.0-nightly' % (50 + self.year - 2019), '')),
                ('I', ('mod.rs:%d' % 74, 'cgroup quota: memory=Some(9223372036854771712), cpu=None, cores={0, 1, 2, 3, 4, 5, 6, 7}', '')),
                ('I', ('server.rs:%d' % 330, 'listening on addr', tf(addr='0.0.0.0:20160')))]

    def retry_ok(self, r):
        a = '%s:20160' % ip(r, '10.20')
        return [('W', ('raft_client.rs:%d' % 800, 'resolve store address failed', tf(err='Other("[components/pd_client/src/util.rs:878]: request timeout")', store_id=r.randint(4, 6))))
                , ('I', ('raft_client.rs:%d' % 726, 'resolve store address ok', tf(addr=a, store_id=r.randint(4, 6))))]


class ProxySQL(Fmt):
    def stamped(self, lv, m):
        return m[0] is not None

    key = 'proxysql'
    fname = 'proxysql.log'
    label = 'proxysql'
    res = 1.0
    weight = 0.5
    LV = {'I': 'INFO', 'W': 'WARNING', 'E': 'ERROR', 'F': 'ERROR', 'D': 'INFO'}

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        src, msg = m
        if src is None:
            return msg
        if src == '':
            return '%s [%s] %s' % (self.sec(t), self.LV[lv], msg)
        return '%s %s: [%s] %s' % (self.sec(t), src, self.LV[lv], msg)

    def hg(self, r):
        return '(%d,%s,3306)' % (r.choice([10, 20, 30]), ip(r, '10.20'))

    def info(self, r):
        x = r.random()
        if x < 0.35:
            return 'I', ('MySQL_Monitor.cpp:%d:monitor_read_only_thread()' % 1430, 'Read only check on server %s:3306 is_readonly=%d' % (ip(r, '10.20'), r.random() < 0.6))
        if x < 0.6:
            return 'I', ('MySQL_HostGroups_Manager.cpp:%d:generate_mysql_servers_table()' % 1623, 'Dumping current MySQL Servers structures for hostgroup ALL')
        if x < 0.8:
            return 'I', ('MySQL_HostGroups_Manager.cpp:%d:commit()' % 1312, 'MySQL_HostGroups_Manager::commit() locked for %dms' % r.randint(0, 9))
        return 'I', ('ProxySQL_Admin.cpp:%d:flush_mysql_variables___database_to_runtime()' % 8100, 'Computed checksum for \'LOAD MYSQL VARIABLES TO RUNTIME\' was \'0x%s\', with epoch \'%d\'' % (hexs(r, 16).upper(), r.randint(1600000000, 1700000000)))

    def warn(self, r):
        return 'W', ('MySQL_Session.cpp:%d:handler()' % 4410, 'Error during query on %s: 1213, Deadlock found when trying to get lock; try restarting transaction' % self.hg(r))

    errors = (
        ('Access denied', lambda s, r: [('E', ('MySQL_Session.cpp:%d:handler___status_CONNECTING_CLIENT___STATE_SERVER_HANDSHAKE()' % 5300, 'ProxySQL Error: Access denied for user \'%s\'@\'%s\' (using password: YES)' % (r.choice(['app', 'report', 'etl']), ip(r))))]),
        ('missed heartbeats', lambda s, r: [('E', ('MySQL_Monitor.cpp:%d:monitor_ping()' % 2600, 'Server %s:3306 missed 3 heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online.' % ip(r, '10.20')))]),
    )
    new_errors = (
        ('Max connect timeout', lambda s, r: [('E', ('MySQL_Session.cpp:%d:handler()' % 2800, 'Max connect timeout reached while reaching hostgroup %d after %dms' % (r.choice([10, 20]), r.randint(10000, 10099))))]),
    )
    storm = ('monitor connect timeout', lambda s, r: ('E', ('MySQL_Monitor.cpp:%d:monitor_connect_thread()' % 1130, 'Timeout on connect to %s:3306 after 600ms. If the server is overload, increase mysql-monitor_connect_timeout.' % ip(r, '10.20'))))

    def disk(self, r):
        return [('E', ('ProxySQL_Admin.cpp:%d:flush_logs()' % 5420, 'Error writing to /var/lib/proxysql/proxysql_stats.db: database or disk is full')),
                ('E', ('MySQL_Logger.cpp:%d:flush_log()' % 400, 'Unable to write query log /var/lib/proxysql/queries.log.%08d : No space left on device' % r.randint(1, 40)))]

    def panic(self, r):
        return [('E', ('', 'ProxySQL crashed due to segfault')), ('E', ('', 'Error: signal 11:')),
                ('E', (None, '/usr/bin/proxysql(_Z13crash_handleri+0x2a)[0x55%s]\n/lib/x86_64-linux-gnu/libc.so.6(+0x3ef10)[0x7f%s]\n/usr/bin/proxysql(_ZN13MySQL_Session7handlerEv+0x1b4c)[0x55%s]\n/usr/bin/proxysql(_ZN12MySQL_Thread3runEv+0x61a)[0x55%s]\n/usr/bin/proxysql(_Z24mysql_worker_thread_funcPv+0x6b)[0x55%s]\n/lib/x86_64-linux-gnu/libpthread.so.0(+0x76db)[0x7f%s]\n/lib/x86_64-linux-gnu/libc.so.6(clone+0x3f)[0x7f%s]' % tuple(hexs(r, 10) for _ in range(7)))),
                ('E', ('', 'To report a crashing bug visit: https://github.com/sysown/proxysql/issues')),
                ('E', ('', 'For support visit: https://proxysql.com/services/support/')),
                ('I', ('', 'ProxySQL SHA1 checksum: %s' % hexs(r, 40))),
                ('W', ('', 'ProxySQL crashed. Restarting!'))]

    def start(self, r):
        v = {2018: '1.4.9', 2019: '2.0.6', 2020: '2.0.15', 2021: '2.2.0', 2022: '2.4.4', 2023: '2.5.5', 2024: '2.6.3', 2025: '2.7.1', 2026: '3.0.1'}[self.year]
        return [('I', ('', 'ProxySQL version %s-percona-1.1' % v if r.random() < 0.3 else 'ProxySQL version %s-%d-g%s' % (v, r.randint(1, 40), hexs(r, 7)))),
                ('I', ('', 'Detected OS: Linux proxysql-%d 5.15.0-%d-generic #%d-Ubuntu SMP x86_64' % (r.randint(1, 3), r.randint(40, 90), r.randint(40, 100)))),
                ('I', ('', 'Using config file /etc/proxysql.cnf')), ('I', ('', 'Current RLIMIT_NOFILE: 102400')),
                ('I', ('', 'Using OpenSSL version: OpenSSL 3.0.2 15 Mar 2022')),
                ('I', ('', 'ProxySQL started')),
                ('I', ('Admin_Bootstrap.cpp:%d:bootstrap()' % 700, 'Admin initialized in 0.%06d secs.' % r.randint(1000, 90000))),
                ('I', ('MySQL_Thread.cpp:%d:init()' % 2600, 'Standard MySQL Threads Handler initialized in 0.%06d secs.' % r.randint(100, 9000)))]

    def stop(self, r):
        return [('I', ('', 'Received SIGTERM: shutting down')), ('I', ('', 'Shutdown angel process')),
                ('I', ('MySQL_Thread.cpp:%d:~MySQL_Threads_Handler()' % 2700, 'Shutdown Standard MySQL Threads Handler')), ('I', ('', 'Exiting...'))]


def pytb(frames, exc):
    out = ['Traceback (most recent call last):']
    for f, ln, fn, code in frames:
        out.append('  File "%s", line %d, in %s' % (f, ln, fn))
        out.append('    ' + code)
    out.append(exc)
    return '\n'.join(out)


class Patroni(Fmt):
    key = 'patroni'
    fname = 'patroni.log'
    label = 'patroni'
    res = 0.001
    weight = 0.35
    max_rate = 30
    LV = {'I': 'INFO', 'W': 'WARNING', 'E': 'ERROR', 'F': 'CRITICAL', 'D': 'DEBUG'}
    periodic = ((10, 'hb10'),)

    def setup(self):
        self.node = 'pg-node%d' % (1 + (self.sc.idx % 3))

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        return '%s,%s %s: %s' % (self.sec(t), self.ms(t), self.LV[lv], m)

    def hb10(self, r):
        return [('I', 'no action. I am (%s), the leader with the lock' % self.node)]

    def info(self, r):
        x = r.random()
        if x < 0.6:
            return 'I', 'no action. I am (%s), the leader with the lock' % self.node
        if x < 0.8:
            return 'I', 'Lock owner: %s; I am %s' % (self.node, self.node)
        return 'I', 'Dropped unknown replication slot \'%s\'' % r.choice(['pg_node3', 'wal_archiver', 'debezium'])

    heartbeat = hb10

    def warn(self, r):
        return 'W', 'Request failed to %s: GET http://%s:8008/patroni (HTTPConnectionPool(host=\'%s\', port=8008): Read timed out. (read timeout=2))' % ((lambda a: ('pg-node3', a, a))(ip(r, '10.30')))

    errors = (
        ('Failed to determine PostgreSQL state', lambda s, r: [('E', 'Failed to determine PostgreSQL state from the connection, falling back to cached role')]),
        ('get_cluster', lambda s, r: [('E', 'get_cluster\n' + pytb([('/usr/lib/python3/dist-packages/patroni/dcs/etcd3.py', 661, '_load_cluster', 'cluster = self._cluster_from_nodes(self._client.get_cluster(path))'),
                                                                   ('/usr/lib/python3/dist-packages/patroni/dcs/etcd3.py', 457, 'get_cluster', 'for node in self.prefix(path, serializable=False):')],
                                                                  'patroni.dcs.etcd3.Etcd3Exception: etcdserver: request timed out')), ('E', 'Error communicating with DCS')]),
    )
    new_errors = (
        ('pg_rewind failed', lambda s, r: [('E', 'Failed to rewind from healty primary: pg-node%d' % r.randint(2, 3)), ('W', 'Postgresql is not running.')]),
    )
    storm = ('urllib3 retry to etcd', lambda s, r: ('W', 'Retrying (Retry(total=%d, connect=None, read=None, redirect=0, status=None)) after connection broken by \'ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f%s>, \'Connection to %s timed out. (connect timeout=1.6666666666666667)\')\': /v2/keys/service/pg-cluster/' % (r.randint(0, 1), hexs(r, 9), ip(r, '10.30'))))

    def disk(self, r):
        return [('E', 'Exception when called state_handler.last_operation()\n' + pytb([('/usr/lib/python3/dist-packages/patroni/ha.py', 1540, '_run_cycle', 'self.touch_member()'),
                                                                                       ('/usr/lib/python3/dist-packages/patroni/postgresql/__init__.py', 350, 'last_operation', 'return self._wal_position(self.is_leader(), self._cluster_info_state_get(\'wal_position\'),')],
                                                                                      'psycopg2.errors.DiskFull: could not extend file "base/16384/%d": No space left on device\nHINT:  Check free disk space.' % r.randint(16000, 90000)))]

    def oom(self, r):
        return [('W', 'Postgresql is not running.'),
                ('I', 'postmaster pid=%d' % r.randint(1000, 90000)),
                ('W', 'Postgresql is not running.'),
                ('I', 'Lock owner: %s; I am %s' % (self.node, self.node)),
                ('I', 'starting as readonly because i had the session lock'),
                ('E', 'postmaster: server process (PID %d) was terminated by signal 9: Killed' % r.randint(1000, 90000))]

    def panic(self, r):
        return [('E', 'Unexpected exception\n' + pytb([('/usr/lib/python3/dist-packages/patroni/ha.py', 1600, 'run_cycle', 'info = self._run_cycle()'),
                                                       ('/usr/lib/python3/dist-packages/patroni/ha.py', 1490, '_run_cycle', 'return self.process_healthy_cluster()'),
                                                       ('/usr/lib/python3/dist-packages/patroni/ha.py', 1020, 'process_healthy_cluster', 'if self.update_lock(True):'),
                                                       ('/usr/lib/python3/dist-packages/patroni/ha.py', 930, 'update_lock', 'last_lsn = self.state_handler.last_operation()')],
                                                      'AttributeError: \'NoneType\' object has no attribute \'get\'')),
                ('F', 'Unexpected exception'), ('I', 'Shutting down...')]

    def stop(self, r):
        return [('I', 'Received SIGTERM, shutting down'), ('I', 'Leader key released'), ('I', 'Lock owner: None; I am %s' % self.node)]

    def start(self, r):
        return [('I', 'Selected new etcd server http://%s:2379' % ip(r, '10.30')), ('I', 'No PostgreSQL configuration items changed, nothing to reload.'),
                ('I', 'Lock owner: None; I am %s' % self.node), ('I', 'trying to bootstrap from leader \'%s\'' % self.node),
                ('I', 'acquired session lock as a leader'), ('I', 'establishing a new patroni connection to the postgres cluster')]

    def retry_ok(self, r):
        return [('W', 'Request failed to pg-node3: GET http://%s:8008/patroni (HTTPConnectionPool(host=\'pg-node3\', port=8008): Max retries exceeded with url: /patroni (Caused by ReadTimeoutError("HTTPConnectionPool(host=\'pg-node3\', port=8008): Read timed out. (read timeout=2)")))' % ip(r, '10.30')),
                ('I', 'no action. I am (%s), the leader with the lock' % self.node)]


class PgBackRest(Fmt):
    key = 'pgbackrest'
    fname = 'main-archive-push-async.log'
    label = 'pgbackrest'
    res = 0.001
    weight = 0.15
    max_rate = 12
    LV = {'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'ASSERT', 'D': 'DETAIL'}

    def setup(self):
        self.seg = 0x10000003A00000000 + self.sc.idx * 977
        self.v = {2018: '2.07', 2019: '2.19', 2020: '2.30', 2021: '2.36', 2022: '2.41', 2023: '2.47', 2024: '2.54.0', 2025: '2.55.1', 2026: '2.56.0'}[self.year]

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        p, msg = m if isinstance(m, tuple) else (0, m)
        return '%s.%s P%02d %6s: %s' % (self.sec(t), self.ms(t), p, self.LV[lv], msg)

    def walname(self):
        self.seg += 1
        s = self.seg
        return '%08X%08X%08X' % (1, (s >> 8) & 0xFFFFFFFF, s & 0xFF)

    def info(self, r):
        x = r.random()
        if x < 0.35:
            return 'I', 'archive-push-async command begin %s: [%s] --archive-async --exec-id=%d-%s --log-level-console=off --log-level-file=detail --pg1-path=/var/lib/postgresql/15/main --process-max=2 --repo1-path=/var/lib/pgbackrest --spool-path=/var/spool/pgbackrest --stanza=main' % (self.v, self.walname(), r.randint(1000, 99999), hexs(r, 8))
        if x < 0.7:
            return 'I', 'pushed WAL file \'%s\' to the archive asynchronously' % self.walname()
        if x < 0.85:
            return 'D', (1, 'pushed WAL file \'%s\' to the archive' % self.walname())
        return 'I', 'archive-push-async command end: completed successfully (%dms)' % r.randint(80, 2600)

    def warn(self, r):
        return 'W', 'WAL file \'%s\' already exists in the repo1 archive with the same checksum\n      HINT: this is valid in some recovery scenarios but may also indicate a problem.' % self.walname()

    errors = (
        ('[082] WAL segment not archived', lambda s, r: [('E', '[082]: WAL segment %s was not archived before the 60000ms timeout\n            HINT: check the archive_command to ensure that all options are correct (especially --stanza).\n            HINT: check the PostgreSQL server log for errors.' % s.walname())]),
        ('[104] repo connection', lambda s, r: [('E', '[104]: archive-push command encountered error(s):\n            repo1: [HostConnectError] unable to connect to \'backup01.example.lan:8432 (%s)\': [111] Connection refused' % ip(r, '10.30'))]),
    )
    new_errors = (
        ('[044] archive mismatch', lambda s, r: [('E', '[044]: WAL file \'%s\' already exists in the repo1 archive with a different checksum' % s.walname())]),
    )
    storm = ('TLS connect retry', lambda s, r: ('W', (0, 'unable to connect to \'backup01.example.lan:8432 (%s)\': [110] Connection timed out, retry in %dms' % (ip(r, '10.30'), r.choice([250, 500, 1000, 2000])))))
    can_silence = False

    def disk(self, r):
        return [('E', '[047]: unable to write \'/var/spool/pgbackrest/archive/main/out/%s.ok\': [28] No space left on device' % self.walname())]

    def panic(self, r):
        return [('F', '[025]: ASSERTION: bufUsed(this) + size <= bufSize(this)\n            STACK TRACE:\n            common/type/buffer:bufCat:(this: {used: %d, size: %d}, cat: {used: %d, size: %d})\n            command/archive/push/push:cmdArchivePushAsync:(void)\n            main:main:(debug log level required for parameters)' % (r.randint(1000, 9000), 8192, r.randint(8192, 16000), 16384)),
                ('I', 'archive-push-async command end: aborted with exception [025]')]

    def stop(self, r):
        return [('I', 'archive-push-async command end: terminated on signal [SIGTERM]')]

    def start(self, r):
        return [('I', 'archive-push-async command begin %s: [%s] --archive-async --exec-id=%d-%s --log-level-console=off --log-level-file=detail --pg1-path=/var/lib/postgresql/15/main --process-max=2 --repo1-path=/var/lib/pgbackrest --stanza=main' % (self.v, self.walname(), r.randint(1000, 99999), hexs(r, 8)))]

    def restart_gap(self, r):
        return 1 + r.random() * 4


class Meili(Fmt):
    def stamped(self, lv, m):
        return m[0] is not None

    key = 'meilisearch'
    fname = 'meilisearch.log'
    label = 'meilisearch'
    latency = True
    http = True
    weight = 1.0
    LV = {'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'ERROR', 'D': 'DEBUG'}

    def setup(self):
        self.new = self.year >= 2024
        self.res = 1e-6 if self.new else 1.0

    def ts_sec(self, s):
        return '%04d-%02d-%02dT%02d:%02d:%02d' % self.ut(s)[:6]

    def rec(self, t, lv, m):
        tgt, msg = m
        if tgt is None:
            return msg
        if self.new:
            return '%s.%sZ %5s %s: %s' % (self.sec(t), self.us(t), self.LV[lv], tgt, msg)
        return '[%sZ %-5s %s] %s' % (self.sec(t), self.LV[lv], tgt, msg)

    def traffic(self, r, lat, p5):
        if r.random() < 0.08:
            return self.info(r)
        idx = r.choice(['products', 'movies', 'docs', 'customers'])
        meth, path, base = r.choice([('POST', '/indexes/%s/search' % idx, 0.004), ('POST', '/indexes/%s/search' % idx, 0.006), ('GET', '/indexes/%s/documents/%d' % (idx, r.randint(1, 99999)), 0.0015),
                                     ('POST', '/multi-search', 0.009), ('GET', '/health', 0.0002), ('PUT', '/indexes/%s/documents' % idx, 0.012), ('GET', '/tasks/%d' % r.randint(1000, 90000), 0.0006)])
        d = base * r.lognormvariate(0, 0.5) * lat
        st = 200 if meth != 'PUT' else 202
        if path == '/health':
            st = 200
        elif r.random() < p5:
            st = r.choice([500, 500, 503, 502])
        elif r.random() < 0.01:
            st = r.choice([400, 404])
        ua = r.choice(['Meilisearch JavaScript (v0.37.0)', 'Meilisearch Python (v0.28.0)', 'curl/7.81.0', 'Go-http-client/1.1'])
        size = r.randint(2, 60000) if st < 300 else r.randint(80, 300)
        lv = 'E' if st >= 500 and not self.new else 'I'
        if self.new:
            return lv, ('meilisearch', '')[0:0] or ('HTTP request{method=%s host="%s:7700" route=%s query_parameters= user_agent=%s status_code=%d}' % (meth, ip(r, '10.40'), path, ua, st), 'meilisearch: close time.busy=%s time.idle=%s' % (self.fd(d), self.fd(d * r.uniform(0.05, 0.3))))
        return lv, ('actix_web::middleware::logger', '%s "%s %s HTTP/1.1" %d %d "-" "%s" %.6f' % (ip(r), meth, path, st, size, ua, d))

    def rec_new_fix(self):
        pass

    @staticmethod
    def fd(d):
        if d < 0.001:
            return '%.1fµs' % (d * 1e6)
        if d < 1:
            return '%.2fms' % (d * 1e3)
        return '%.2fs' % d

    def info(self, r):
        x = r.random()
        if x < 0.5:
            return 'I', ('index_scheduler', 'A batch of tasks was successfully completed with %d successful tasks and 0 failed tasks.' % r.randint(1, 40))
        return 'I', ('milli::update::index_documents', 'indexing %d documents in %d batches' % (r.randint(1, 5000), r.randint(1, 4)))

    def warn(self, r):
        return 'W', ('meilisearch::search', 'The number of hits is bounded by the `maxTotalHits` setting (1000)')

    errors = (
        ('document_not_found', lambda s, r: [('E', ('meilisearch::error', 'Document `%d` not found. (code: document_not_found)' % r.randint(1, 99999)))]),
        ('invalid_search_filter', lambda s, r: [('E', ('meilisearch::error', 'Attribute `price` is not filterable. Available filterable attributes are: `category, brand`.\n1:6 price > 100 (code: invalid_search_filter)'))]),
    )
    new_errors = (
        ('task batch failed', lambda s, r: [('E', ('index_scheduler', 'A batch of tasks was completed with %d successful tasks and %d failed tasks. error=Index `products` not found.' % (r.randint(0, 3), r.randint(1, 9))))]),
    )
    storm = None

    def disk(self, r):
        return [('E', ('index_scheduler', 'Batch failed Internal error: No space left on device (os error 28)'))]

    def panic(self, r):
        return [('E', (None, 'thread \'indexing-thread-%d\' panicked at \'called `Result::unwrap()` on an `Err` value: Io(Os { code: 5, kind: Uncategorized, message: "Input/output error" })\', milli/src/update/index_documents/mod.rs:%d:%d\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace' % (r.randint(0, 7), r.randint(200, 700), r.randint(10, 60))))]

    def oom(self, r):
        return [('E', (None, 'memory allocation of %d bytes failed' % (2 ** r.randint(30, 34)))), ('E', (None, 'Aborted (core dumped)'))]
    oom_restarts = True

    def start(self, r):
        v = {2018: '0.1.0', 2019: '0.8.4', 2020: '0.15.0', 2021: '0.24.0', 2022: '0.30.2', 2023: '1.5.1', 2024: '1.10.2', 2025: '1.13.0', 2026: '1.20.0'}[self.year]
        return [('I', (None, '\n888b     d888          d8b 888 d8b                                            888\n8888b   d8888          Y8P 888 Y8P                                            888\n88888b.d88888              888                                                888\n888Y88888P888  .d88b.  888 888 888 .d8888b   .d88b.   8888b.  888d888 .d8888b 88888b.\n888 Y888P 888 d8P  Y8b 888 888 888 88K      d8P  Y8b     "88b 888P"  d88P"    888 "88b\n888  Y8P  888 88888888 888 888 888 "Y8888b. 88888888 .d888888 888    888      888  888\n888   "   888 Y8b.     888 888 888      X88 Y8b.     888  888 888    Y88b.    888  888\n888       888  "Y8888  888 888 888  88888P\'  "Y8888  "Y888888 888     "Y8888P 888  888\n\nConfig file path:\t"none"\nDatabase path:\t\t"./data.ms"\nServer listening on:\t"http://0.0.0.0:7700"\nEnvironment:\t\t"production"\nCommit SHA:\t\t"%s"\nCommit date:\t\t"%d-%02d-%02dT10:11:12Z"\nPackage version:\t"%s"\n\nAnonymous telemetry:\t"Disabled"\n\nA master key has been set. Requests to Meilisearch won\'t be authorized unless you provide an authentication key.\n\nDocumentation:\t\thttps://www.meilisearch.com/docs\nSource code:\t\thttps://github.com/meilisearch/meilisearch\nDiscord:\t\thttps://discord.meilisearch.com\n' % (hexs(r, 40), self.year, r.randint(1, 12), r.randint(1, 28), v))),
                ('I', ('actix_server::builder', 'starting %d workers' % r.choice([4, 8]))),
                ('I', ('actix_server::server', 'Actix runtime found; starting in Actix runtime'))]

    def stop(self, r):
        return [('I', ('actix_server::server', 'SIGTERM received; starting graceful shutdown')),
                ('I', ('actix_server::worker', 'shutting down idle worker')), ('I', ('actix_server::accept', 'accept thread stopped'))]
