"""Ops/infra logs: HashiCorp hclog (Consul/Nomad/Vault), RabbitMQ 3.x,
journalctl -o short-iso, Sidekiq."""
import math

from b6core import (US, SEC, MIN, R, Stamp, Picker, p_iso, p_sp, hexs, uuid4, priv_ip, pub_ip,
                    ver, offs, b36)
from b6base import LogFile, Track


# ===========================================================================
class HcLog(LogFile):
    KIND = 'hclog'
    PREC = 1000
    LPE = 1.05
    ALPHA = 0.5
    SUPPORTS = frozenset({'error_burst', 'retry_storm', 'new_error', 'silence', 'panic', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.prod = self.spec['hint']['product']
        self.pv = ver(self.prod, sc.year)
        self.off = v.choice([0, 0, sc.tz])
        self.zs = 'Z' if self.off == 0 else offs(self.off, 'plain')
        self.stamp = Stamp(p_iso, self.off)
        self.node = '%s-%s-%d' % (self.prod, v.choice(['server', 'srv', 'core']), v.randint(1, 3))
        self.ip = priv_ip(v, sc.vpc_b, 0, 15)
        self.peers = [priv_ip(v, sc.vpc_b, 0, 15) for _ in range(2)]
        self.agents = [priv_ip(v, sc.vpc_b, 16, 63) for _ in range(v.randint(6, 30))]
        self.services = list(sc.svcs) + ['redis', 'postgres', 'rabbitmq', 'web']
        self.dc = sc.region if v.random() < 0.5 else v.choice(['dc1', 'prod', 'primary'])
        self.index = v.randint(10**5, 10**8)
        self.allocs = [uuid4(v) for _ in range(40)]
        self.build_templates()

    def L(self, ts, lvl, sub, msg):
        s, us = divmod(ts, US)
        return '%s.%03d%s %s %s: %s' % (self.stamp(s), us // 1000, self.zs, ('[%s]' % lvl).ljust(7), sub, msg)

    def build_templates(self):
        v = self.vr
        rng = self.rng
        P = self.prod
        svcs = self.services
        ag = self.agents
        T = []
        if P == 'consul':
            T = [
                (6, 'DEBUG', 'agent.http', lambda r: 'Request finished: method=GET url=/v1/health/service/%s?index=%d&passing=1&stale=&wait=60000ms from=%s:%d latency=%s' % (
                    r.choice(svcs), self.index, r.choice(ag), r.randint(30000, 60000),
                    r.choice(['1m0.%09ds' % r.randint(0, 99999999), '%.6fms' % r.uniform(0.05, 2)]))),
                (3, 'DEBUG', 'agent', lambda r: 'Service in sync: service=%s-%d' % (r.choice(svcs), r.randint(1, 6))),
                (2, 'DEBUG', 'agent', lambda r: 'Check in sync: check=service:%s-%d' % (r.choice(svcs), r.randint(1, 6))),
                (1, 'DEBUG', 'agent', lambda r: 'Node info in sync'),
                (2, 'DEBUG', 'agent.server.memberlist.lan', lambda r: 'memberlist: Stream connection from=%s:%d' % (r.choice(ag), r.randint(30000, 60000))),
                (1, 'DEBUG', 'agent.server.memberlist.lan', lambda r: 'memberlist: Initiating push/pull sync with: %s %s:8301' % (r.choice(svcs) + '-%d' % r.randint(1, 6), r.choice(ag))),
                (0.6, 'INFO', 'agent', lambda r: 'Synced check: check=service:%s-%d' % (r.choice(svcs), r.randint(1, 6))),
                (0.3, 'INFO', 'agent', lambda r: 'Synced service: service=%s-%d' % (r.choice(svcs), r.randint(1, 6))),
                (0.25, 'WARN', 'agent', lambda r: 'Check socket connection failed: check=service:%s-%d error="dial tcp %s:%d: connect: connection refused"' % (
                    r.choice(svcs), r.randint(1, 6), r.choice(ag), r.choice([8080, 9090, 3000]))),
                (0.05, 'WARN', 'agent.server.memberlist.lan', lambda r: 'memberlist: Refuting a suspect message (from: %s-%d)' % (r.choice(svcs), r.randint(1, 6))),
                (0.05, 'INFO', 'agent.server.serf.lan', lambda r: 'serf: EventMemberUpdate: %s-%d' % (r.choice(svcs), r.randint(1, 6))),
            ]
        elif P == 'nomad':
            ev = [('Received', 'Task received by client'), ('Task Setup', 'Building Task Directory'),
                  ('Driver', 'Downloading image'), ('Started', 'Task started by client'),
                  ('Killing', 'Sent interrupt. Waiting 5s before force killing'), ('Killed', 'Task successfully killed'),
                  ('Terminated', 'Exit Code: 0')]
            T = [
                (5, 'DEBUG', 'http', lambda r: 'request complete: method=GET path=/v1/%s?index=%d duration=%s' % (
                    r.choice(['jobs', 'allocations', 'nodes', 'job/%s/allocations' % r.choice(svcs)]), self.index,
                    r.choice(['%.6fms' % r.uniform(0.1, 9), '%.6fs' % r.uniform(1, 300)]))),
                (2, 'DEBUG', 'worker', lambda r: 'dequeued evaluation: worker_id=%s eval_id=%s type=service namespace=default job_id=%s node_id="" triggered_by=%s' % (
                    uuid4(r), uuid4(r), r.choice(svcs), r.choice(['job-register', 'node-update', 'alloc-failure']))),
                (2, 'DEBUG', 'worker.service_sched', lambda r: 'reconciled current state with desired state: eval_id=%s job_id=%s namespace=default worker_id=%s' % (uuid4(r), r.choice(svcs), uuid4(r))),
                (1.5, 'INFO', 'client.alloc_runner.task_runner', lambda r: (lambda e: 'Task event: alloc_id=%s task=%s type="%s" msg="%s" failed=false' % (
                    r.choice(self.allocs), r.choice(svcs), e[0], e[1]))(r.choice(ev))),
                (0.4, 'INFO', 'client.driver_mgr.docker', lambda r: 'created container: driver=docker container_id=%s' % hexs(r, 64)),
                (0.4, 'INFO', 'client.driver_mgr.docker', lambda r: 'started container: driver=docker container_id=%s' % hexs(r, 64)),
                (0.3, 'INFO', 'client.gc', lambda r: 'marking allocation for GC: alloc_id=%s' % r.choice(self.allocs)),
                (0.1, 'WARN', 'client.alloc_runner.task_runner.task_hook.logmon', lambda r: 'timed out waiting for read-side of process output pipe to close: alloc_id=%s task=%s' % (r.choice(self.allocs), r.choice(svcs))),
            ]
        else:
            T = [
                (3, 'INFO', 'expiration', lambda r: 'revoked lease: lease_id=database/creds/%s/%s' % (r.choice(svcs), b36(r.getrandbits(120)))),
                (2, 'DEBUG', 'core', lambda r: 'renewing lease: lease_id=auth/kubernetes/login/h%s' % hexs(r, 40)),
                (1.5, 'DEBUG', 'secrets.database.database_%s' % hexs(v, 8), lambda r: 'creating user: username=v-kubernetes-%s-%s' % (r.choice(svcs)[:8], b36(r.getrandbits(60)))),
                (1, 'INFO', 'core', lambda r: 'request forwarding setup complete' if r.random() < 0.01 else 'successfully renewed token: accessor=%s ttl=768h0m0s' % b36(r.getrandbits(100))),
                (0.2, 'WARN', 'core', lambda r: 'rejecting request: path=auth/kubernetes/login error="permission denied" remote_addr=%s' % r.choice(ag)),
            ]
        self.tpl = Picker([((lvl, sub, fn), w) for w, lvl, sub, fn in T])

    def background(self):
        rng = self.rng
        for ts in self.arrivals(self.ev_per_min):
            lvl, sub, fn = self.tpl(rng)
            self.add(ts, self.L(ts, lvl, sub, fn(rng)))
            self.index += rng.randint(0, 3)
        raft = 'agent.server.raft' if self.prod == 'consul' else ('nomad.raft' if self.prod == 'nomad' else 'storage.raft')
        for ts in self.ticks(self.vr.choice([1800, 2700, 3600]), 120):
            i = self.index + rng.randint(1000, 90000)
            self.add(ts, self.L(ts, 'INFO', raft, 'starting snapshot up to: index=%d' % i))
            t2 = ts + rng.randint(5000, 900000)
            self.add(t2, self.L(t2, 'INFO', 'snapshot', 'creating new snapshot: path=/opt/%s/data/raft/snapshots/%d-%d-%d.tmp' % (
                self.prod, rng.randint(2, 40), i, t2 // 1000)))
            t3 = t2 + rng.randint(5000, 400000)
            self.add(t3, self.L(t3, 'INFO', raft, 'compacting logs: from=%d to=%d' % (i - 20480, i - 10240)))
            self.add(t3 + 900, self.L(t3 + 900, 'INFO', raft, 'snapshot complete up to: index=%d' % i))
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = '%s stops writing its log%s' % (self.prod, ' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        lvl, sub, fn = self.tpl(self.rng)
        return self.L(ts, lvl, sub, fn(self.rng))

    def shutdown(self, ts, tag, rng):
        t = ts
        rows = {'consul': [('agent', 'Caught: signal=terminated'), ('agent', 'Gracefully shutting down agent...'),
                           ('agent.server', 'server starting leave'), ('agent', 'Graceful leave complete'),
                           ('agent', 'Requesting shutdown'), ('agent.server', 'shutting down server'),
                           ('agent', 'consul server down'), ('agent', 'shutdown complete'),
                           ('agent', 'Exit code: code=0')],
                'nomad': [('agent', 'requesting shutdown'), ('client', 'shutting down'),
                          ('nomad', 'shutting down server'), ('agent', 'shutdown complete')],
                'vault': [('core', 'marked as sealed'), ('core', 'pre-seal teardown starting'),
                          ('rollback', 'stopping rollback manager'), ('core', 'pre-seal teardown complete'),
                          ('core', 'stopping cluster listeners'), ('core', 'vault is sealed')]}[self.prod]
        for sub, msg in rows:
            self.add(t, self.L(t, 'INFO', sub, msg), tag)
            t += int(rng.uniform(0.001, 0.5) * US)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        P = self.prod
        t = ts
        if P == 'consul':
            banner = ['==> Starting Consul agent...',
                      '               Version: \'%s\'' % self.pv,
                      '            Build Date: \'%d-%02d-%02d 15:45:15 +0000 UTC\'' % (self.sc.year - 1 if self.sc.year > 2019 else 2019, rng.randint(1, 12), rng.randint(1, 28)),
                      '               Node ID: \'%s\'' % uuid4(self.vr.__class__('nodeid' + self.node)),
                      '             Node name: \'%s\'' % self.node,
                      '            Datacenter: \'%s\' (Segment: \'<all>\')' % self.dc,
                      '                Server: true (Bootstrap: false)',
                      '           Client Addr: [0.0.0.0] (HTTP: 8500, HTTPS: -1, gRPC: -1, gRPC-TLS: 8503, DNS: 8600)',
                      '          Cluster Addr: %s (LAN: 8301, WAN: 8302)' % self.ip,
                      '     Gossip Encryption: true',
                      '      Auto-Encrypt-TLS: false',
                      '           ACL Enabled: true',
                      '',
                      '==> Log data will now stream in as it occurs:',
                      '']
            rows = [('agent.server.raft', 'initial configuration: index=%d servers="[{Suffrage:Voter ID:%s Address:%s:8300} {Suffrage:Voter ID:%s Address:%s:8300}]"' % (
                        self.index, uuid4(rng), self.peers[0], uuid4(rng), self.peers[1])),
                    ('agent.server.raft', 'entering follower state: follower="Node at %s:8300 [Follower]" leader-address= leader-id=' % self.ip),
                    ('agent.server.serf.wan', 'serf: EventMemberJoin: %s.%s %s' % (self.node, self.dc, self.ip)),
                    ('agent', 'Started DNS server: address=0.0.0.0:8600 network=udp'),
                    ('agent', 'Starting server: address=[::]:8500 network=tcp protocol=http'),
                    ('agent', 'started state syncer'),
                    ('agent', 'Consul agent running!')]
        elif P == 'nomad':
            banner = ['==> Loaded configuration from /etc/nomad.d/nomad.hcl',
                      '==> Starting Nomad agent...',
                      '==> Nomad agent configuration:',
                      '',
                      '       Advertise Addrs: HTTP: %s:4646; RPC: %s:4647; Serf: %s:4648' % (self.ip, self.ip, self.ip),
                      '            Bind Addrs: HTTP: [0.0.0.0:4646]; RPC: 0.0.0.0:4647; Serf: 0.0.0.0:4648',
                      '                Client: true',
                      '             Log Level: DEBUG',
                      '               Node Id: %s' % uuid4(self.vr.__class__('nodeid' + self.node)),
                      '                Region: global (DC: %s)' % self.dc,
                      '                Server: true (Bootstrap: false)',
                      '               Version: %s' % self.pv,
                      '',
                      '==> Nomad agent started! Log data will stream in below:',
                      '']
            rows = [('nomad.raft', 'initial configuration: index=%d servers="[{Suffrage:Voter ID:%s Address:%s:4647}]"' % (self.index, uuid4(rng), self.peers[0])),
                    ('nomad.raft', 'entering follower state: follower="Node at %s:4647 [Follower]" leader-address= leader-id=' % self.ip),
                    ('nomad', 'serf: EventMemberJoin: %s.global %s' % (self.node, self.ip)),
                    ('client', 'using state directory: state_dir=/opt/nomad/data/client'),
                    ('client', 'node registration complete'),
                    ('client', 'started client: node_id=%s' % uuid4(rng))]
        else:
            banner = ['==> Vault server configuration:',
                      '',
                      'Administrative Namespace: ',
                      '             Api Address: https://%s:8200' % self.ip,
                      '                     Cgo: disabled',
                      '         Cluster Address: https://%s:8201' % self.ip,
                      '   Environment Variables: HOME, HOSTNAME, PATH, VAULT_ADDR',
                      '              Go Version: go1.21.3',
                      '              Listener 1: tcp (addr: "0.0.0.0:8200", cluster address: "0.0.0.0:8201", tls: "enabled")',
                      '               Log Level: info',
                      '                 Storage: raft (HA available)',
                      '                 Version: Vault v%s, built %d-%02d-%02dT10:00:00Z' % (self.pv, max(2019, self.sc.year - 1), rng.randint(1, 12), rng.randint(1, 28)),
                      '',
                      '==> Vault server started! Log data will stream in below:',
                      '']
            rows = [('proxy environment', 'http_proxy="" https_proxy="" no_proxy=""'),
                    ('storage.raft.fsm', 'raft FSM db file has wider permissions than needed'),
                    ('core', 'Initializing version history cache for core'),
                    ('core', 'stored unseal keys supported, attempting fetch'),
                    ('core', 'vault is unsealed'),
                    ('core', 'entering standby mode')]
        lines = banner + [self.L(t, 'INFO', sub, msg) for sub, msg in rows[:1]]
        self.add(t, '\n'.join(lines), tag)
        for sub, msg in rows[1:]:
            t += int(rng.uniform(0.001, 0.4) * US)
            self.add(t, self.L(t, 'INFO', sub, msg), tag)
        return t

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        P = self.prod
        mod = {'consul': 'github.com/hashicorp/consul/agent/proxycfg', 'nomad': 'github.com/hashicorp/nomad/client/allocrunner',
               'vault': 'github.com/hashicorp/vault/vault'}[P]
        fn = {'consul': '(*handlerConnectProxy).handleUpdate', 'nomad': '(*allocRunner).handleAllocUpdate',
              'vault': '(*ExpirationManager).revokeCommon'}[P]
        fl = {'consul': 'agent/proxycfg/connect_proxy.go', 'nomad': 'client/allocrunner/alloc_runner.go',
              'vault': 'vault/expiration.go'}[P]
        head = self.L(ts, 'ERROR', {'consul': 'agent.proxycfg', 'nomad': 'client.alloc_runner', 'vault': 'expiration'}[P],
                      'unexpected nil entry while handling update: key=%s' % uuid4(rng))
        g = rng.randint(1000, 90000)
        body = ['panic: runtime error: invalid memory address or nil pointer dereference',
                '[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]' % (rng.choice([0x18, 0x30, 0x48]), 0x1d00000 + rng.getrandbits(20)),
                '',
                'goroutine %d [running]:' % g,
                '%s.%s(0xc00%s, {0x2f1b8a8, 0xc000%s})' % (mod, fn, hexs(rng, 7), hexs(rng, 6)),
                '\t%s/%s:%d +0x%x' % ('github.com/hashicorp/' + P, fl, rng.randint(100, 900), rng.getrandbits(12)),
                '%s.(*state).run(0xc000%s, {0x2f1b8a8, 0xc0009d6f00})' % (mod, hexs(rng, 6)),
                '\t%s/%s:%d +0x%x' % ('github.com/hashicorp/' + P, fl.rsplit('/', 1)[0] + '/state.go', rng.randint(100, 900), rng.getrandbits(12)),
                'created by %s.(*state).Watch in goroutine %d' % (mod, rng.randint(100, 900)),
                '\t%s/%s:%d +0x%x' % ('github.com/hashicorp/' + P, fl.rsplit('/', 1)[0] + '/state.go', rng.randint(100, 900), rng.getrandbits(8))]
        self.add(ts, head + '\n' + '\n'.join(body), ev['tag'])
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = '%s crashes with a Go nil-pointer panic and is restarted%s' % (P, '' if n == 1 else ' (%d times)' % n)

    def ev_error(self, ts, tag, rng):
        P = self.prod
        if P == 'consul':
            m = ('agent.http', 'Request error: method=PUT url=/v1/kv/config/%s/settings from=%s:%d error="rpc error making call: rpc error making call: Permission denied"' % (
                rng.choice(self.services), rng.choice(self.agents), rng.randint(30000, 60000)))
        elif P == 'nomad':
            m = ('client.alloc_runner.task_runner', 'running driver failed: alloc_id=%s task=%s error="Failed to pull `registry.internal/%s:%s`: API error (429): toomanyrequests: rate limit exceeded"' % (
                rng.choice(self.allocs), rng.choice(self.services), rng.choice(self.services), hexs(rng, 7)))
        else:
            m = ('secrets.database.database_%s' % hexs(self.vr.__class__('dbid' + self.node), 8),
                 'error creating database user: error="pq: remaining connection slots are reserved for non-replication superuser connections"')
        self.add(ts, self.L(ts, 'ERROR', m[0], m[1]), tag)

    def ev_retry(self, ts, tag, rng):
        a = rng.randint(1, 6)
        if self.prod == 'vault':
            m = ('storage.raft', 'failed to heartbeat to, retrying: peer=%s:8201 backoff time=%dms error="dial tcp %s:8201: connect: connection refused"' % (
                self.peers[0], 10 * 2 ** a, self.peers[0]))
        else:
            m = ('agent.client' if self.prod == 'consul' else 'client.rpc',
                 'RPC failed, retrying: method=%s server=%s:%d attempt=%d error="rpc error: EOF"' % (
                     rng.choice(['Catalog.Register', 'Health.ServiceNodes', 'Coordinate.Update'] if self.prod == 'consul'
                                else ['Node.UpdateAlloc', 'Node.GetClientAllocs', 'Node.UpdateStatus']),
                     self.peers[a % 2], 8300 if self.prod == 'consul' else 4647, a))
        self.add(ts, self.L(ts, 'WARN', m[0], m[1]), tag)

    def new_error_tpl(self, rng):
        P = self.prod
        if P == 'consul':
            return ('agent.server.autopilot', 'Failed to reconcile current state with the desired state: error="failed to remove server %s: need at least one voter in configuration"')
        if P == 'nomad':
            return ('client.alloc_runner.task_runner.task_hook', 'failed to set up task hook: hook=csi_hook error="claim volumes: could not claim volume %s: rpc error: volume max claims reached"')
        return ('core', 'failed to persist entity alias: alias_id=%s error="failed to update entity: duplicate alias name"')

    def ev_new_error(self, ts, tag, rng, tpl):
        self.add(ts, self.L(ts, 'ERROR', tpl[0], tpl[1] % uuid4(rng)), tag)

    def ev_disk(self, ts, tag, rng, first):
        P = self.prod
        if P == 'vault':
            self.add(ts, self.L(ts, 'ERROR', 'audit', 'backend failed to log response: backend=file/ error="write /vault/logs/audit.log: no space left on device"'), tag)
            self.add(ts + 300, self.L(ts + 300, 'ERROR', 'core', 'failed to audit response: request_path=%s error="1 error occurred:\\n\\t* no audit backend succeeded in logging the response\\n\\n"' % rng.choice(
                ['auth/kubernetes/login', 'database/creds/app', 'secret/data/%s' % rng.choice(self.services)])), tag)
        else:
            raft = 'agent.server.raft' if P == 'consul' else 'nomad.raft'
            if rng.random() < 0.5:
                self.add(ts, self.L(ts, 'ERROR', raft, 'failed to append to logs: error="write /opt/%s/data/raft/raft.db: no space left on device"' % P), tag)
            else:
                self.add(ts, self.L(ts, 'ERROR', raft, 'failed to take snapshot: error="failed to create snapshot: write /opt/%s/data/raft/snapshots/%d-%d-%d.tmp/state.bin: no space left on device"' % (
                    P, rng.randint(2, 40), self.index, ts // 1000)), tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = '%s cannot write to its data/audit volume: no space left on device' % self.prod

    def inject(self, inc):
        LogFile.inject(self, inc)
        k = inc['kind']
        if k == 'error_burst':
            inc['desc'] = 'burst of %s ERROR lines' % self.prod
        elif k == 'retry_storm':
            inc['desc'] = '%s retries RPCs/heartbeats to a peer in a tight loop' % self.prod
        elif k == 'new_error':
            inc['desc'] = 'a never-seen %s error starts recurring' % self.prod


# ===========================================================================
class RabbitMQ(LogFile):
    KIND = 'rabbitmq'
    LPE = 3.1
    ALPHA = 0.85
    SUPPORTS = frozenset({'error_burst', 'new_error', 'silence', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.rv = ver('rabbitmq', sc.year)
        self.ev_ = ver('erlang', sc.year)
        self.new = self.rv >= '3.9'
        self.off = v.choice([0, 0, sc.tz]) if self.new else 0
        self.stamp = Stamp(p_sp, self.off)
        self.zs = offs(self.off)
        self.node = 'rabbit@%s' % self.spec['hint']['host']
        self.sip = priv_ip(v, sc.vpc_b, 0, 15)
        self.cips = [priv_ip(v, sc.vpc_b, 16, 47) for _ in range(v.randint(5, 20))]
        self.vhost = v.choice(['/', '/', sc.slug[:10]])
        self.users = [s.replace('-', '_') for s in sc.svcs]
        self.pidn = v.randint(5000, 90000)
        self.queues = sc.D.get('queues') or ['%s.%s' % (n.replace('-', '_'), e) for n in sc.nouns[:4] for e in ('created', 'updated')]
        self.vhost_id = b36(v.getrandbits(120)).upper()[:25]
        self.ma = v.random() < 0.25

    def pid(self, rng):
        self.pidn += rng.randint(1, 60)
        return '<0.%d.0>' % self.pidn

    def L(self, ts, lvl, pid, msg):
        s, us = divmod(ts, US)
        if self.new:
            return '%s.%06d%s [%s] %s %s' % (self.stamp(s), us, self.zs, lvl, pid, msg)
        return '%s.%03d [%s] %s %s' % (self.stamp(s), us // 1000, lvl, pid, msg)

    def apid(self, ts, rng):
        return '<0.%d.0>' % (self.pids.at(ts) + rng.randint(1, 40))

    def background(self):
        rng = self.rng
        self.pids = Track(self.pidn)
        for ts in self.arrivals(self.ev_per_min):
            p = self.pid(rng)
            self.pids.rec(ts, self.pidn)
            ip = self.cips[int(rng.random() * len(self.cips))]
            u = self.users[int(rng.random() * len(self.users))]
            conn = '%s (%s:%d -> %s:5672)' % (p, ip, rng.randint(32768, 60999), self.sip)
            self.add(ts, self.L(ts, 'info', p, 'accepting AMQP connection %s' % conn))
            t2 = ts + rng.randint(2000, 30000)
            self.add(t2, self.L(t2, 'info', p, "connection %s: user '%s' authenticated and granted access to vhost '%s'" % (conn, u, self.vhost)))
            life = int(rng.expovariate(1.0 / (rng.choice([0.8, 5, 600]))) * US) + 50000
            t3 = t2 + life
            if t3 < self.fe:
                c2 = "%s, vhost: '%s', user: '%s')" % (conn[:-1], self.vhost, u)
                if rng.random() < 0.12:
                    self.add(t3, self.L(t3, 'warning', p, 'closing AMQP connection %s:\nclient unexpectedly closed TCP connection' % c2))
                else:
                    self.add(t3, self.L(t3, 'info', p, 'closing AMQP connection %s' % c2))
        for ts in self.arrivals(0.01, flat=True):
            p = self.apid(ts, rng)
            self.add(ts, self.L(ts, 'error', p, "Channel error on connection %s (%s:%d -> %s:5672, vhost: '%s', user: '%s'), channel 1:\n"
                                "operation basic.ack caused a channel exception precondition_failed: unknown delivery tag %d" % (
                                    p, rng.choice(self.cips), rng.randint(32768, 60999), self.sip, self.vhost,
                                    rng.choice(self.users), rng.randint(1, 900))))
        if self.ma:
            ts = self.fs + int(rng.uniform(0.2, 0.8) * (self.fe - self.fs))
            alw = rng.randint(3, 12) * 1024 ** 3 // 10 * 4
            self.add(ts, self.L(ts, 'info', '<0.481.0>', 'vm_memory_high_watermark set. Memory used:%d allowed:%d' % (alw + rng.randint(1, 10**7), alw)))
            self.add(ts + 300, self.L(ts + 300, 'warning', '<0.479.0>', "memory resource limit alarm set on node '%s'.\n\n"
                                      "**********************************************************\n"
                                      "*** Publishers will be blocked until this alarm clears ***\n"
                                      "**********************************************************" % self.node))
            t = ts + int(rng.uniform(4, 40) * US)
            self.add(t, self.L(t, 'info', '<0.481.0>', 'vm_memory_high_watermark clear. Memory used:%d allowed:%d' % (alw - rng.randint(10**6, 10**8), alw)))
            self.add(t + 200, self.L(t + 200, 'warning', '<0.479.0>', "memory resource limit alarm cleared on node '%s'" % self.node))
            self.add(t + 400, self.L(t + 400, 'warning', '<0.479.0>', 'memory resource limit alarm cleared across the cluster'))
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'RabbitMQ stops writing its log%s' % (' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        p = self.apid(ts, self.rng)
        return self.L(ts, 'info', p, 'accepting AMQP connection %s (%s:%d -> %s:5672)' % (p, self.cips[0], 40000, self.sip))

    def shutdown(self, ts, tag, rng):
        t = ts
        for msg in ['RabbitMQ is asked to stop...',
                    'Stopping RabbitMQ applications and their dependencies in the following order:\n    rabbitmq_prometheus\n'
                    '    rabbitmq_management\n    rabbitmq_web_dispatch\n    rabbitmq_management_agent\n    rabbit\n    mnesia\n'
                    '    rabbit_common\n    ra\n    os_mon',
                    'Stopping application \'rabbitmq_prometheus\'', 'Stopping application \'rabbit\'',
                    'Successfully stopped RabbitMQ and its dependencies',
                    'Halting Erlang VM with the following applications:\n    ranch\n    ssl\n    public_key\n    crypto\n'
                    '    asn1\n    syslog\n    sasl\n    stdlib\n    kernel']:
            self.add(t, self.L(t, 'info', '<0.%d.0>' % rng.randint(200, 900), msg), tag)
            t += int(rng.uniform(0.01, 1.5) * US)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        t = ts
        yr = self.sc.year
        p = '<0.230.0>'
        rows = [('notice', '<0.44.0>', 'Application syslog exited with reason: stopped'),
                ('notice', p, 'Logging: switching to configured handler(s); following messages may not be visible in this log output'),
                ('notice', p, 'Logging: configured log handlers are now ACTIVE'),
                ('info', p, '\n Starting RabbitMQ %s on Erlang %s [jit]\n Copyright (c) 2007-%d VMware, Inc. or its affiliates.\n'
                            ' Licensed under the MPL 2.0. Website: https://rabbitmq.com' % (self.rv, self.ev_, min(yr, 2024))),
                ('info', p, '\n node           : %s\n home dir       : /var/lib/rabbitmq\n config file(s) : /etc/rabbitmq/conf.d/10-defaults.conf\n'
                            ' cookie hash    : %s==\n log(s)         : /var/log/rabbitmq/%s.log\n data dir       : /var/lib/rabbitmq/mnesia/%s' % (
                                self.node, hexs(self.vr.__class__('ck' + self.node), 20), self.node, self.node)),
                ('info', p, 'Running boot step pre_boot defined by app rabbit'),
                ('info', p, 'Running boot step rabbit_global_counters defined by app rabbit'),
                ('info', p, 'Running boot step database defined by app rabbit'),
                ('info', p, 'Waiting for Mnesia tables for 30000 ms, 9 retries left'),
                ('info', p, 'Successfully synced tables from a peer'),
                ('info', p, 'Running boot step networking defined by app rabbit'),
                ('info', '<0.%d.0>' % rng.randint(600, 900), 'started TCP listener on [::]:5672'),
                ('info', p, 'Server startup complete; 4 plugins started.\n * rabbitmq_prometheus\n * rabbitmq_management\n'
                            ' * rabbitmq_web_dispatch\n * rabbitmq_management_agent')]
        for lvl, pid, msg in rows:
            self.add(t, self.L(t, lvl, pid, msg), tag)
            t += int(rng.uniform(0.002, 0.6) * US)
        return t

    def chan_err(self, ts, rng, op, exc, tag):
        p = self.apid(ts, rng)
        self.add(ts, self.L(ts, 'error', p, "Channel error on connection %s (%s:%d -> %s:5672, vhost: '%s', user: '%s'), channel %d:\n"
                            "operation %s caused a channel exception %s" % (
                                p, rng.choice(self.cips), rng.randint(32768, 60999), self.sip, self.vhost,
                                rng.choice(self.users), rng.randint(1, 9), op, exc)), tag)

    def ev_error(self, ts, tag, rng):
        self.chan_err(ts, rng, 'basic.ack', 'precondition_failed: PRECONDITION_FAILED - unknown delivery tag %d' % rng.randint(1, 9000), tag)

    def new_error_tpl(self, rng):
        q = rng.choice(self.queues)
        return rng.choice([('queue.declare', "precondition_failed: inequivalent arg 'x-queue-type' for queue '%s' in vhost '%s': "
                                             "received none but current is the value 'quorum' of type 'longstr'" % (q, self.vhost)),
                           ('basic.publish', "not_found: no exchange '%s.v2' in vhost '%s'" % (q.split('.')[0], self.vhost))])

    def ev_new_error(self, ts, tag, rng, tpl):
        self.chan_err(ts, rng, tpl[0], tpl[1], tag)

    def disk_full(self, inc, rng):
        tag = inc['idx']
        t = inc['t0']
        lim = rng.choice([50000000, 1000000000, 2000000000])
        self.add(t, self.L(t, 'info', '<0.490.0>', 'Free disk space is insufficient. Free bytes: %d. Limit: %d' % (lim - rng.randint(10**5, 10**7), lim)), tag)
        self.add(t + 400, self.L(t + 400, 'warning', '<0.487.0>', "disk resource limit alarm set on node '%s'.\n\n"
                                 "**********************************************************\n"
                                 "*** Publishers will be blocked until this alarm clears ***\n"
                                 "**********************************************************" % self.node), tag)
        t += int(rng.uniform(8, 40) * US)
        while t < inc['t1'] - 2 * SEC:
            if rng.random() < 0.6:
                self.add(t, self.L(t, 'error', self.apid(t, rng), 'Error writing queue index segment for queue \'%s\' in vhost \'%s\': {error,enospc}'
                                   % (rng.choice(self.queues), self.vhost)), tag)
            else:
                self.add(t, self.L(t, 'error', '<0.%d.0>' % rng.randint(600, 900), 'rabbit_msg_store: failed to write file "/var/lib/rabbitmq/mnesia/%s/msg_stores/vhosts/%s/msg_store_persistent/%d.rdq": enospc'
                                   % (self.node, self.vhost_id, rng.randint(1, 900))), tag)
            t += int(rng.uniform(10, 60) * US)
        t = inc['t1']
        self.add(t - 800, self.L(t - 800, 'info', '<0.490.0>', 'Free disk space is sufficient. Free bytes: %d. Limit: %d' % (lim * rng.randint(3, 40), lim)), tag)
        self.add(t - 400, self.L(t - 400, 'warning', '<0.487.0>', "disk resource limit alarm cleared on node '%s'" % self.node), tag)
        self.add(t, self.L(t, 'warning', '<0.487.0>', 'disk resource limit alarm cleared across the cluster'), tag)
        inc['desc'] = 'RabbitMQ disk resource limit alarm (publishers blocked) with enospc write errors until space is freed'

    def inject(self, inc):
        LogFile.inject(self, inc)
        if inc['kind'] == 'error_burst':
            inc['desc'] = 'burst of channel errors (PRECONDITION_FAILED unknown delivery tag) from a misbehaving consumer'
        elif inc['kind'] == 'new_error':
            inc['desc'] = 'a never-seen channel exception starts recurring'


# ===========================================================================
class Journal(LogFile):
    KIND = 'journal'
    HEAVY = True
    LPE = 1.0
    ALPHA = 0.85
    CRASH_DOWN = False
    RESTART_DOWN = False
    SUPPORTS = frozenset({'error_burst', 'retry_storm', 'new_error', 'silence', 'panic', 'oom_kill', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.precise = v.random() < 0.3
        self.PREC = 1 if self.precise else SEC
        self.off = v.choice([0, 0, sc.tz])
        self.zs = offs(self.off, 'colon' if sc.year >= 2023 else 'plain')
        self.stamp = Stamp(p_iso, self.off)
        self.host = self.spec['hint']['host']
        self.lang = v.choice(['python', 'go', 'node'])
        base = v.choice(sc.svcs)
        self.unit = '%s-%s' % (base, v.choice(['worker', 'api', 'consumer', 'scheduler']))
        self.desc = ' '.join(w.capitalize() for w in self.unit.split('-'))
        self.exe = {'python': 'python3', 'go': self.unit, 'node': 'node'}[self.lang]
        self.public = v.random() < 0.6
        self.newsd = sc.year >= 2023
        self.kver = ver('kernel', sc.year)
        self.ver = '%d.%d.%d' % (v.randint(1, 4), v.randint(0, 30), v.randint(0, 9))
        self.queue = v.choice(sc.D['jobs'])
        self.partner = v.choice(sc.D['partners'])
        self.spid = [v.randint(300, 900), v.randint(400, 1200), v.randint(600, 1500)]  # journald, logind, resolved
        self.cronpid = v.randint(10000, 60000)
        self.session = v.randint(10, 900)
        self.mod = self.unit.replace('-', '_')

    def t(self, ts):
        s, us = divmod(ts, US)
        if self.precise:
            return '%s.%06d%s' % (self.stamp(s), us, self.zs)
        return self.stamp(s) + self.zs

    def J(self, ts, ident, pid, msg):
        if pid is None:
            return '%s %s %s: %s' % (self.t(ts), self.host, ident, msg)
        return '%s %s %s[%d]: %s' % (self.t(ts), self.host, ident, pid, msg)

    def app_pid(self, ts):
        import bisect
        return self.app_pids[bisect.bisect_right(self.app_t, ts) - 1]

    def applog(self, ts, lvl, msg, **kv):
        lang = self.lang
        if lang == 'python':
            return '%s %s: %s%s' % (lvl, self.mod + '.' + ('consumer' if lvl == 'INFO' else 'client'), msg,
                                    ''.join(' %s=%s' % (k, v) for k, v in kv.items()))
        if lang == 'go':
            s, us = divmod(ts, US)
            return 'time=%s.%03dZ level=%s msg="%s"%s' % (self.stamp0(s), us // 1000, 'WARN' if lvl == 'WARNING' else lvl, msg,
                                                       ''.join(' %s=%s' % (k, v) for k, v in kv.items()))
        lv = {'INFO': 30, 'WARNING': 40, 'ERROR': 50}[lvl]
        return '{"level":%d,"time":%d,"pid":%d,"hostname":"%s","msg":"%s"%s}' % (
            lv, ts // 1000, self.app_pid(ts), self.host, msg,
            ''.join(',"%s":%s' % (k, v if isinstance(v, int) else '"%s"' % v) for k, v in kv.items()))

    def app(self, ts, lvl, msg, tag=None, **kv):
        self.add(ts, self.J(ts, self.unit if self.lang != 'python' else self.unit, self.app_pid(ts), self.applog(ts, lvl, msg, **kv)), tag)

    def plan_events(self):
        LogFile.plan_events(self)
        self.stamp0 = Stamp(p_iso)
        pid = self.vr.randint(1000, 40000)
        self.app_t = [self.fs - 3600 * US]
        self.app_pids = [pid]
        self.app_down = []
        for e in self.events:
            pid += self.vr.randint(50, 4000)
            self.app_t.append(e['tr'])
            self.app_pids.append(pid)
            self.app_down.append((e['tc'], e['tr'] + 2 * SEC))

    def background(self):
        rng = self.rng
        E = self.ev_per_min
        downs = self.app_down
        for ts in self.arrivals(E * 0.8):
            if downs and self.in_any(ts, downs):
                continue
            r = rng.random()
            if r < 0.85:
                self.app(ts, 'INFO', 'processed message', id=str(rng.randint(10**6, 10**9)), queue=self.queue,
                         duration_ms=int(rng.lognormvariate(3.2, 0.8)))
            elif r < 0.99:
                self.app(ts, 'INFO', 'batch committed', size=rng.randint(10, 500), lag_ms=rng.randint(0, 3000))
            else:
                self.app(ts, 'WARNING', 'upstream call failed, retrying', attempt=1, host=self.partner,
                         error='"read timeout"')
        # cron every minute with pam session lines
        for ts in self.clock_ticks(60, offset_s=1, jitter_s=0.5):
            self.cronpid += rng.randint(2, 40)
            c = self.cronpid
            self.add(ts, self.J(ts, 'CRON', c, 'pam_unix(cron:session): session opened for user %s(uid=%d) by (uid=0)' % ('app', 1001) if self.newsd
                                else 'pam_unix(cron:session): session opened for user app by (uid=0)'))
            self.add(ts + 2000, self.J(ts + 2000, 'CRON', c + 1, '(app) CMD (/usr/local/bin/queue-metrics --push >/dev/null 2>&1)'))
            t3 = ts + int(rng.uniform(0.3, 2.5) * US)
            self.add(t3, self.J(t3, 'CRON', c, 'pam_unix(cron:session): session closed for user app'))
        for ts in self.clock_ticks(600, offset_s=0):
            u = 'sysstat-collect.service'
            self.add(ts, self.J(ts, 'systemd', 1, ('Starting %s - system activity accounting tool...' % u) if self.newsd else 'Starting system activity accounting tool...'))
            self.add(ts + 40000, self.J(ts + 40000, 'systemd', 1, '%s: Deactivated successfully.' % u if self.newsd else '%s: Succeeded.' % u))
            self.add(ts + 41000, self.J(ts + 41000, 'systemd', 1, ('Finished %s - system activity accounting tool.' % u) if self.newsd else 'Finished system activity accounting tool.'))
        for ts in self.clock_ticks(86400, offset_s=(0 - self.off * 60) % 86400, jitter_s=2):
            for i, m in enumerate(['Starting logrotate.service - Rotate log files...' if self.newsd else 'Starting Rotate log files...',
                                   'logrotate.service: Deactivated successfully.' if self.newsd else 'logrotate.service: Succeeded.',
                                   'Finished logrotate.service - Rotate log files.' if self.newsd else 'Finished Rotate log files.']):
                self.add(ts + i * 400000, self.J(ts + i * 400000, 'systemd', 1, m))
        for ts in self.clock_ticks(43200, offset_s=self.vr.randint(0, 43000), jitter_s=600):
            for i, m in enumerate(['Starting certbot.service - Certbot...' if self.newsd else 'Starting Certbot...',
                                   'certbot.service: Deactivated successfully.' if self.newsd else 'certbot.service: Succeeded.',
                                   'Finished certbot.service - Certbot.' if self.newsd else 'Finished Certbot.']):
                self.add(ts + i * 1500000, self.J(ts + i * 1500000, 'systemd', 1, m))
        if self.public:
            for ts in self.arrivals(E * 0.06, flat=True):
                ip = pub_ip(rng)
                pid = rng.randint(20000, 900000)
                port = rng.randint(30000, 65000)
                u = rng.choice(['admin', 'test', 'ubuntu', 'oracle', 'git', 'user', 'postgres', 'ftpuser'])
                if rng.random() < 0.5:
                    self.add(ts, self.J(ts, 'sshd', pid, 'Invalid user %s from %s port %d' % (u, ip, port)))
                    self.add(ts + 300000, self.J(ts + 300000, 'sshd', pid, 'Received disconnect from %s port %d:11: Bye Bye [preauth]' % (ip, port)))
                    self.add(ts + 300500, self.J(ts + 300500, 'sshd', pid, 'Disconnected from invalid user %s %s port %d [preauth]' % (u, ip, port)))
                else:
                    self.add(ts, self.J(ts, 'sshd', pid, 'Connection closed by authenticating user root %s port %d [preauth]' % (ip, port)))
            for ts in self.arrivals(E * 0.06, flat=True):
                self.add(ts, self.J(ts, 'kernel', None, '[UFW BLOCK] IN=ens5 OUT= MAC=%s SRC=%s DST=%s LEN=44 TOS=0x00 PREC=0x00 TTL=%d '
                                    'ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0' % (
                                        '02:%s:%s:%s:%s:%s:%s:%s:%s:%s:%s:%s:08:00' % tuple(hexs(rng, 2) for _ in range(11)),
                                        pub_ip(rng), '10.%d.0.12' % self.sc.vpc_b, rng.randint(30, 250), rng.randint(1, 65000),
                                        rng.randint(1024, 65000), rng.choice([23, 3389, 445, 8080, 5900, 6379, 9200, 2375]))))
        for ts in self.arrivals(0.02, flat=True):
            self.add(ts, self.J(ts, 'systemd-journald', self.spid[0], 'Data hash table of /var/log/journal/%s/system.journal has a fill level at 75.0 (%d of %d items, %d file size, %d bytes per hash table item), suggesting rotation.' % (
                hexs(self.vr.__class__('mid' + self.host), 32), 174763, 233016, 134217728, 575)))
            self.add(ts + 300, self.J(ts + 300, 'systemd-journald', self.spid[0], '/var/log/journal/%s/system.journal: Journal header limits reached or header out-of-date, rotating.' % hexs(self.vr.__class__('mid' + self.host), 32)))
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'the host journal export stops%s' % (' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        self.cronpid += 3
        return self.J(ts, 'CRON', self.cronpid, '(app) CMD (/usr/local/bin/queue-metrics --push >/dev/null 2>&1)')

    # ---- restarts/crashes --------------------------------------------------
    def shutdown(self, ts, tag, rng):
        ip = priv_ip(rng, self.sc.vpc_b, 0, 3)
        port = rng.randint(40000, 65000)
        sp = rng.randint(20000, 900000)
        self.session += 1
        t = ts - 4 * SEC
        rows = [('sshd', sp, 'Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s' % (ip, port, hexs(rng, 43))),
                ('sshd', sp, 'pam_unix(sshd:session): session opened for user deploy(uid=1000) by (uid=0)' if self.newsd else 'pam_unix(sshd:session): session opened for user deploy by (uid=0)'),
                ('systemd-logind', self.spid[1], 'New session %d of user deploy.' % self.session),
                ('systemd', 1, ('Started session-%d.scope - Session %d of User deploy.' if self.newsd else 'Started Session %d of user deploy.') % ((self.session, self.session) if self.newsd else (self.session,))),
                ('sudo', sp + 7, '  deploy : PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart %s.service' % self.unit),
                ('sudo', sp + 7, 'pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid=1000)' if self.newsd else 'pam_unix(sudo:session): session opened for user root by deploy(uid=0)')]
        for ident, pid, msg in rows:
            self.add(t, self.J(t, ident, pid, msg), tag)
            t += int(rng.uniform(0.05, 0.7) * US)
        t = ts
        self.add(t, self.J(t, 'systemd', 1, ('Stopping %s.service - %s...' % (self.unit, self.desc)) if self.newsd else 'Stopping %s...' % self.desc), tag)
        self.add(t + 2000, self.J(t + 2000, self.unit, self.app_pid(ts), self.applog(t + 2000, 'INFO', 'received SIGTERM, shutting down')), tag)
        t += int(rng.uniform(0.3, 3) * US)
        self.add(t, self.J(t, 'systemd', 1, '%s.service: Deactivated successfully.' % self.unit if self.newsd else '%s.service: Succeeded.' % self.unit), tag)
        self.add(t + 300, self.J(t + 300, 'systemd', 1, ('Stopped %s.service - %s.' % (self.unit, self.desc)) if self.newsd else 'Stopped %s.' % self.desc), tag)
        self.add(t + 500, self.J(t + 500, 'systemd', 1, '%s.service: Consumed %dmin %d.%03ds CPU time.' % (self.unit, rng.randint(1, 59), rng.randint(0, 59), rng.randint(0, 999))), tag)
        self._sess = (sp, ip, port)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        t = ts
        if after != 'restart':
            self.add(t, self.J(t, 'systemd', 1, '%s.service: Scheduled restart job, restart counter is at %d.' % (self.unit, self._rc)), tag)
            t += 300
            self.add(t, self.J(t, 'systemd', 1, ('Stopped %s.service - %s.' % (self.unit, self.desc)) if self.newsd else 'Stopped %s.' % self.desc), tag)
        t += 500
        self.add(t, self.J(t, 'systemd', 1, ('Started %s.service - %s.' % (self.unit, self.desc)) if self.newsd else 'Started %s.' % self.desc), tag)
        t += int(rng.uniform(0.05, 1.5) * US)
        self.add(t, self.J(t, self.unit, self.app_pid(t), self.applog(t, 'INFO', 'starting %s' % self.unit, version=self.ver)), tag)
        t += int(rng.uniform(0.05, 0.8) * US)
        self.add(t, self.J(t, self.unit, self.app_pid(t), self.applog(t, 'INFO', 'connected to broker, consuming', queue=self.queue)), tag)
        if after == 'restart':
            sp, ip, port = self._sess
            t2 = t + int(rng.uniform(1, 5) * US)
            for ident, pid, msg in [('sudo', sp + 7, 'pam_unix(sudo:session): session closed for user root'),
                                    ('sshd', sp, 'Received disconnect from %s port %d:11: disconnected by user' % (ip, port)),
                                    ('sshd', sp, 'Disconnected from user deploy %s port %d' % (ip, port)),
                                    ('sshd', sp, 'pam_unix(sshd:session): session closed for user deploy'),
                                    ('systemd-logind', self.spid[1], 'Session %d logged out. Waiting for processes to exit.' % self.session),
                                    ('systemd-logind', self.spid[1], 'Removed session %d.' % self.session)]:
                self.add(t2, self.J(t2, ident, pid, msg), tag)
                t2 += int(rng.uniform(0.01, 0.3) * US)
            t = max(t, t2)
        return t

    def systemd_fail(self, t, tag, code, status, result):
        self.add(t, self.J(t, 'systemd', 1, '%s.service: Main process exited, code=%s, status=%s' % (self.unit, code, status)), tag)
        self.add(t + 200, self.J(t + 200, 'systemd', 1, "%s.service: Failed with result '%s'." % (self.unit, result)), tag)
        self.add(t + 400, self.J(t + 400, 'systemd', 1, '%s.service: Consumed %dh %dmin %d.%03ds CPU time.' % (
            self.unit, self.rng.randint(0, 3), self.rng.randint(0, 59), self.rng.randint(0, 59), self.rng.randint(0, 999))), tag)

    def crash_oom(self, ev, rng):
        ts = ev['tc']
        tag = ev['tag']
        self._rc = ev['j'] + 1
        pid = self.app_pid(ts)
        kt = [('%s invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0' % self.exe),
              'CPU: %d PID: %d Comm: %s Not tainted %s' % (rng.randint(0, 3), pid, self.exe[:15], self.kver),
              'Hardware name: Amazon EC2 %s/, BIOS 1.0 10/16/2017' % rng.choice(['t3.large', 'm5.large', 'c6i.xlarge']),
              'Call Trace:', ' <TASK>', ' dump_stack_lvl+0x44/0x5c', ' dump_header+0x4a/0x211', ' oom_kill_process.cold+0xb/0x10',
              ' out_of_memory+0x1fd/0x4c0', ' __alloc_pages_slowpath.constprop.0+0xc6b/0xe50', ' __alloc_pages+0x305/0x330',
              ' folio_alloc+0x17/0x50', ' __filemap_get_folio+0x155/0x340', ' filemap_fault+0x139/0x910', ' __do_fault+0x36/0x130',
              ' do_fault+0x1da/0x410', ' __handle_mm_fault+0x660/0xfa0', ' handle_mm_fault+0xdb/0x2d0', ' do_user_addr_fault+0x191/0x550',
              ' exc_page_fault+0x70/0x170', ' asm_exc_page_fault+0x22/0x30', ' </TASK>', 'Mem-Info:',
              'active_anon:%d inactive_anon:%d isolated_anon:0' % (rng.randint(1500000, 1900000), rng.randint(1000, 90000)),
              'Tasks state (memory values in pages):',
              '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
              '[    %3d]     0   %3d    12345     1234   102400        0          -250 systemd-journal' % (self.spid[0], self.spid[0]),
              '[  %5d]  1001 %5d  %7d  %7d %8d        0             0 %s' % (pid, pid, rng.randint(1900000, 2100000), rng.randint(1800000, 1950000), rng.randint(14000000, 16000000), self.exe[:15]),
              'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/%s.service,task=%s,pid=%d,uid=1001' % (self.unit, self.exe[:15], pid),
              'Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:0' % (
                  pid, self.exe[:15], rng.randint(7000000, 8200000), rng.randint(6900000, 7600000), rng.randint(1000, 9000), rng.randint(14000, 16000))]
        t = ts
        for l in kt:
            self.add(t, self.J(t, 'kernel', None, l), tag)
            t += rng.randint(1, 60)
        t += int(rng.uniform(0.05, 0.4) * US)
        self.add(t, self.J(t, 'systemd', 1, '%s.service: A process of this unit has been killed by the OOM killer.' % self.unit), tag)
        self.systemd_fail(t + 100, tag, 'killed', '9/KILL', 'oom-kill')
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = 'the kernel OOM killer kills %s (%s) and systemd restarts the unit%s' % (
            self.unit, self.exe, '' if n == 1 else ' (%d times)' % n)

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        tag = ev['tag']
        self._rc = ev['j'] + 1
        pid = self.app_pid(ts)
        t = ts
        if self.lang == 'go':
            g = rng.randint(30, 900)
            for l in ['panic: runtime error: index out of range [%d] with length %d' % (rng.randint(1, 9), 0), '',
                      'goroutine %d [running]:' % g,
                      'main.(*consumer).handle(0xc000%s, {0xc00%s, 0x%x, 0x%x})' % (hexs(rng, 6), hexs(rng, 7), rng.randint(100, 900), rng.randint(100, 900)),
                      '\t/src/internal/consumer/handle.go:%d +0x%x' % (rng.randint(40, 300), rng.getrandbits(10)),
                      'main.(*consumer).run(0xc000%s)' % hexs(rng, 6),
                      '\t/src/internal/consumer/run.go:%d +0x%x' % (rng.randint(40, 300), rng.getrandbits(10)),
                      'created by main.main in goroutine 1',
                      '\t/src/cmd/%s/main.go:%d +0x%x' % (self.unit, rng.randint(40, 300), rng.getrandbits(10))]:
                self.add(t, self.J(t, self.unit, pid, l), tag)
                t += rng.randint(5, 60)
            self.systemd_fail(t + 2000, tag, 'exited', '2/INVALIDARGUMENT', 'exit-code')
        else:
            lib = rng.choice(['libcrypto.so.3', 'libc.so.6', 'libxml2.so.2'])
            self.add(t, self.J(t, 'kernel', None, '%s[%d]: segfault at %x ip 00007f%s sp 00007ffd%s error 4 in %s[7f%s+%x] likely on CPU %d (core %d, socket 0)' % (
                self.exe[:15], pid, rng.choice([0, 8, 0x10, 0x28]), hexs(rng, 10), hexs(rng, 8), lib, hexs(rng, 10), rng.randint(10**5, 10**6),
                rng.randint(0, 3), rng.randint(0, 3))), tag)
            self.add(t + 20, self.J(t + 20, 'kernel', None, 'Code: ' + ' '.join(hexs(rng, 2) for _ in range(20)) + ' <48> 8b 07 ' + ' '.join(hexs(rng, 2) for _ in range(8))), tag)
            t += int(rng.uniform(0.2, 1.5) * US)
            self.systemd_fail(t, tag, 'dumped', '11/SEGV', 'core-dump')
            ind = ' ' * (len(self.J(t, 'systemd-coredump', 99999, '')) - 1)
            cd = ['Process %d (%s) of user 1001 dumped core.' % (pid, self.exe[:15]), '',
                  'Stack trace of thread %d:' % pid,
                  '#0  0x00007f%s n/a (%s + 0x%x)' % (hexs(rng, 10), lib, rng.getrandbits(20)),
                  '#1  0x00007f%s n/a (%s + 0x%x)' % (hexs(rng, 10), lib, rng.getrandbits(20)),
                  '#2  0x000055%s n/a (%s + 0x%x)' % (hexs(rng, 10), self.exe, rng.getrandbits(20)),
                  'ELF object binary architecture: AMD x86-64']
            t += int(rng.uniform(0.5, 2) * US)
            self.add(t, self.J(t, 'systemd-coredump', rng.randint(10**4, 10**6), cd[0]) + ''.join('\n' + ind + x for x in cd[1:]), tag)
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = '%s crashes (%s) and systemd restarts it%s' % (
            self.unit, 'Go panic' if self.lang == 'go' else 'segfault, core dumped', '' if n == 1 else ' (%d times)' % n)

    def ev_error(self, ts, tag, rng):
        pid = self.app_pid(ts)
        if self.lang == 'python':
            lines = ['ERROR %s.consumer: failed to process message id=%d' % (self.mod, rng.randint(10**6, 10**9)),
                     'Traceback (most recent call last):',
                     '  File "/opt/%s/%s/consumer.py", line 88, in handle' % (self.unit, self.mod),
                     '    self.repo.save(event)',
                     '  File "/opt/%s/%s/repo.py", line 41, in save' % (self.unit, self.mod),
                     '    cur.execute(INSERT_SQL, row)',
                     'psycopg2.errors.DeadlockDetected: deadlock detected']
            t = ts
            for l in lines:
                self.add(t, self.J(t, self.unit, pid, l), tag)
                t += rng.randint(20, 200)
        else:
            self.app(ts, 'ERROR', 'failed to process message', tag, id=str(rng.randint(10**6, 10**9)), error='"deadlock detected (SQLSTATE 40P01)"')

    def ev_retry(self, ts, tag, rng):
        self.app(ts, 'WARNING', 'upstream call failed, retrying', tag, attempt=rng.randint(1, 8), host=self.partner,
                 error='"503 Service Unavailable"')

    def new_error_tpl(self, rng):
        return rng.choice(['schema', 'cert'])

    def ev_new_error(self, ts, tag, rng, tpl):
        if tpl == 'schema':
            self.app(ts, 'ERROR', 'message rejected: schema validation failed', tag, id=str(rng.randint(10**6, 10**9)),
                     field='"shipping.address.country_code"', reason='"unknown enum value"')
        else:
            self.app(ts, 'ERROR', 'TLS handshake with partner failed', tag, host=self.partner,
                     error='"x509: certificate signed by unknown authority"')

    def ev_disk(self, ts, tag, rng, first):
        if self.lang == 'python':
            err = "[Errno 28] No space left on device: '/var/spool/%s/batch-%d.json'" % (self.unit, rng.randint(10**5, 10**7))
        elif self.lang == 'go':
            err = 'write /var/spool/%s/batch-%d.json: no space left on device' % (self.unit, rng.randint(10**5, 10**7))
        else:
            err = "ENOSPC: no space left on device, write '/var/spool/%s/batch-%d.json'" % (self.unit, rng.randint(10**5, 10**7))
        self.app(ts, 'ERROR', 'failed to write spool file', tag, error='"%s"' % err.replace('"', "'"))
        if rng.random() < 0.3:
            self.add(ts + 500, self.J(ts + 500, 'systemd-journald', self.spid[0],
                                      'Failed to write entry (%d items, %d bytes), ignoring: No space left on device' % (
                                          rng.randint(9, 25), rng.randint(300, 4000))), tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = '%s cannot write spool files and journald drops entries: No space left on device' % self.unit

    def inject(self, inc):
        LogFile.inject(self, inc)
        k = inc['kind']
        if k == 'error_burst':
            inc['desc'] = 'burst of %s processing errors (deadlock detected)' % self.unit
        elif k == 'retry_storm':
            inc['desc'] = '%s retries calls to %s in a storm (503 Service Unavailable)' % (self.unit, self.partner)
        elif k == 'new_error':
            inc['desc'] = 'a never-seen %s error starts recurring' % self.unit


# ===========================================================================
class Sidekiq(LogFile):
    KIND = 'sidekiq'
    HEAVY = True
    PREC = 1000
    LPE = 2.0
    ALPHA = 0.85
    SUPPORTS = frozenset({'error_burst', 'retry_storm', 'new_error', 'latency_shift', 'silence', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.sv = ver('sidekiq', sc.year)
        self.rv = ver('ruby', sc.year)
        self.stamp = Stamp(p_iso)
        self.container = v.random() < 0.6
        self.tids = [b36(v.getrandbits(40))[:5 + v.randint(0, 2)] for _ in range(v.choice([5, 10, 15, 25]))]
        jobs = list(sc.D['jobs'])
        self.jobs = [(j, v.choice(['default', 'default', 'mailers', 'critical', 'low']), v.uniform(0.05, 3.0)) for j in jobs]
        self.jpick = Picker([(j, 1.0 / (i + 1)) for i, j in enumerate(self.jobs)])
        self.cron = [(v.choice(jobs), v.choice([300, 600, 900]))]
        self.pfail = v.uniform(0.001, 0.004)
        self.app = sc.app_name
        self.redis = v.choice(['redis://redis:6379/0', 'redis://%s-redis.internal:6379/1' % sc.slug])

    def L(self, ts, tid, lvl, msg, cls=None, jid=None, el=None):
        s, us = divmod(ts, US)
        ctx = ''
        if cls:
            ctx = ' class=%s jid=%s' % (cls, jid)
            if el is not None:
                ctx += ' elapsed=%.3f' % el
        return '%s.%03dZ pid=%d tid=%s%s %s: %s' % (self.stamp(s), us // 1000, self.pid_at(ts), tid, ctx, lvl, msg)

    def job(self, ts, rng, j=None, tag=None, fail=None, el=None):
        cls, q, med = j or self.jpick(rng)
        tid = self.tids[int(rng.random() * len(self.tids))]
        jid = hexs(rng, 24)
        if el is None:
            el = med * math.exp(rng.gauss(0, 0.6)) * self.lat_mult(ts)
            if rng.random() < 0.01:
                el *= rng.paretovariate(1.4)
        self.add(ts, self.L(ts, tid, 'INFO', 'start', cls, jid), tag)
        te = ts + int(el * US)
        if fail is None and rng.random() < self.pfail:
            fail = ('Net::ReadTimeout', 'Net::ReadTimeout with #<TCPSocket:(closed)>', 0)
        if fail:
            self.failed(te, tid, cls, q, jid, el, fail, rng, tag)
        else:
            self.add(te, self.L(te, tid, 'INFO', 'done', cls, jid, el), tag)

    def failed(self, te, tid, cls, q, jid, el, fail, rng, tag, bt=True):
        ecls, emsg, rc = fail
        self.add(te, self.L(te, tid, 'INFO', 'fail', cls, jid, el), tag)
        js = ('{"context":"Job raised exception","job":{"retry":true,"queue":"%s","class":"%s","args":[%d],"jid":"%s",'
              '"created_at":%.7f,"enqueued_at":%.7f,"error_message":"%s","error_class":"%s","failed_at":%.7f,"retry_count":%d}}' % (
                  q, cls, rng.randint(1, 10**6), jid, te / US - el - 30, te / US - el - 0.2, emsg.replace('"', '\\"'), ecls, te / US, rc))
        self.add(te + 1000, self.L(te + 1000, tid, 'WARN', js), tag)
        self.add(te + 1200, self.L(te + 1200, tid, 'WARN', '%s: %s' % (ecls, emsg)), tag)
        if bt:
            gems = '/usr/local/bundle/gems'
            lines = ['%s/net-protocol-0.2.2/lib/net/protocol.rb:229:in `rbuf_fill\'' % gems if ecls.startswith('Net') else
                     '/app/app/services/%s.rb:%d:in `call\'' % (cls.replace('Job', '').lower(), rng.randint(10, 90)),
                     '/app/app/jobs/%s.rb:%d:in `perform\'' % (''.join('_' + c.lower() if c.isupper() else c for c in cls).lstrip('_'), rng.randint(5, 40)),
                     '%s/sidekiq-%s/lib/sidekiq/processor.rb:202:in `execute_job\'' % (gems, self.sv),
                     '%s/sidekiq-%s/lib/sidekiq/processor.rb:170:in `block (2 levels) in process\'' % (gems, self.sv)]
            self.add(te + 1300, self.L(te + 1300, tid, 'WARN', lines[0]) + '\n' + '\n'.join(lines[1:]), tag)

    def background(self):
        rng = self.rng
        for ts in self.arrivals(self.ev_per_min):
            self.job(ts, rng)
        for cls, per in self.cron:
            j = [x for x in self.jobs if x[0] == cls][0]
            for ts in self.clock_ticks(per, offset_s=0.1, jitter_s=1):
                self.job(ts, rng, j)
        for inc in self.incs:
            if inc['kind'] == 'latency_shift':
                inc['desc'] = 'Sidekiq job durations (elapsed=) rise about %.1fx with a 90 s ramp' % inc['params']['k']
            elif inc['kind'] == 'silence':
                inc['desc'] = 'Sidekiq stops logging%s' % (' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        cls, q, med = self.jobs[0]
        return self.L(ts, self.tids[0], 'INFO', 'start', cls, hexs(self.rng, 24))

    def first_pid(self):
        return 1 if self.container else self.vr.randint(300, 30000)

    def next_pid(self, pid):
        return 1 if self.container else pid + self.vr.randint(50, 3000)

    def shutdown(self, ts, tag, rng):
        t = ts
        tid = self.tids[0]
        for m in ['Shutting down', 'Terminating quiet threads for default capsule' if self.sv >= '7' else 'Terminating quiet workers',
                  'Scheduler exiting...', 'Pausing to allow jobs to finish...', 'Bye!']:
            self.add(t, self.L(t, tid, 'INFO', m), tag)
            t += int(rng.uniform(0.01, 2) * US)
        return t

    def startup(self, ts, tag, rng, after='restart'):
        t = ts
        tid = b36(rng.getrandbits(40))[:6]
        for m in ['Booting Sidekiq %s with Sidekiq::RedisConnection::RedisClientAdapter options {:url=>"%s"}' % (self.sv, self.redis)
                  if self.sv >= '7' else 'Booting Sidekiq %s with redis options {:url=>"%s"}' % (self.sv, self.redis),
                  'Running in ruby %s (%d-%02d-%02d revision %s) +YJIT [x86_64-linux]' % (self.rv, max(2019, self.sc.year - 1), rng.randint(1, 12), rng.randint(1, 28), hexs(rng, 10)),
                  'See LICENSE and the LGPL-3.0 for licensing details.',
                  'Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org',
                  'Sidekiq %s connecting to Redis with options {:size=>%d, :pool_name=>"internal", :url=>"%s"}' % (self.sv, len(self.tids) + 5, self.redis),
                  'Starting processing, hit Ctrl-C to stop']:
            self.add(t, self.L(t, tid, 'INFO', m), tag)
            t += int(rng.uniform(0.005, 0.6) * US)
        return t

    def ev_error(self, ts, tag, rng):
        self.job(ts - int(rng.uniform(0.05, 0.8) * US), rng, None, tag,
                 fail=('PG::ConnectionBad', 'PG::ConnectionBad: connection to server at "10.0.3.17", port 5432 failed: FATAL:  '
                       'remaining connection slots are reserved for non-replication superuser connections', rng.randint(0, 3)),
                 el=rng.uniform(0.05, 0.8))

    def ev_retry(self, ts, tag, rng):
        cls, q, med = self.jobs[0]
        tid = self.tids[int(rng.random() * len(self.tids))]
        self.failed(ts, tid, cls, q, hexs(rng, 24), rng.uniform(0.2, 5), ('Faraday::ConnectionFailed', 'Failed to open TCP connection to %s:443 (Connection refused - connect(2) for "%s" port 443)' % (
            self.sc.D['partners'][0], self.sc.D['partners'][0]), rng.randint(0, 12)), rng, tag, bt=False)

    def new_error_tpl(self, rng):
        return rng.choice(self.jobs[1:] or self.jobs), rng.choice([
            ('NoMethodError', "undefined method `amount_cents' for nil:NilClass" if self.sv < '7.2' else "undefined method 'amount_cents' for nil"),
            ('ActiveRecord::RecordNotUnique', 'PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_payouts_on_external_id"')])

    def ev_new_error(self, ts, tag, rng, tpl):
        j, (ecls, emsg) = tpl
        self.job(ts - int(0.3 * US), rng, j, tag, fail=(ecls, emsg, rng.randint(0, 5)), el=0.3)

    def ev_disk(self, ts, tag, rng, first):
        j = self.jobs[-1]
        self.job(ts - int(0.5 * US), rng, j, tag, fail=('Errno::ENOSPC', 'No space left on device @ io_write - /app/tmp/exports/report-%d.csv' % rng.randint(10**4, 10**7), 0),
                 el=0.5)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = 'export jobs fail with Errno::ENOSPC: No space left on device'

    def inject(self, inc):
        LogFile.inject(self, inc)
        k = inc['kind']
        if k == 'error_burst':
            inc['desc'] = 'burst of failing jobs (PG::ConnectionBad: connection slots exhausted)'
        elif k == 'retry_storm':
            inc['desc'] = 'storm of %s failures scheduled for retry (Faraday::ConnectionFailed)' % self.jobs[0][0]
        elif k == 'new_error':
            inc['desc'] = 'a never-seen exception starts failing one job class repeatedly'
