import sys
sys.dont_write_bytecode = True
from fmt_base import *

REL = [(2018, 'queens', '17.0.13', '12.0.6', '13.0.7'), (2019, 'stein', '19.1.0', '14.1.0', '15.1.0'),
       (2020, 'ussuri', '21.2.0', '16.4.0', '17.0.0'), (2021, 'wallaby', '23.2.1', '18.1.1', '19.1.0'),
       (2022, 'yoga', '25.1.1', '20.2.0', '21.1.0'), (2023, 'antelope', '27.1.0', '22.0.0', '23.0.0'),
       (2024, 'caracal', '29.0.1', '24.0.0', '25.0.0'), (2025, 'dalmatian', '30.0.0', '25.0.0', '26.0.0'),
       (2026, 'epoxy', '31.0.0', '26.0.0', '27.0.0')]


class Oslo(Fmt):
    res = 1
    theme = 'openstack'
    logger = 'nova'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'panic')

    def setup(self, r):
        self.pid = r.randint(1800, 60000)
        self.wpids = [self.pid + r.randint(5, 60) + i for i in range(4)]
        self.users = [hexs(r, 32) for _ in range(4)]
        self.projs = [hexs(r, 32) for _ in range(4)]
        self.insts = [uuid(r) for _ in range(24)]
        self.rel = [x for x in REL if x[0] <= self.year][-1]
        self.newctx = self.year >= 2021

    def ts(self, t):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        return '%04d-%02d-%02d %02d:%02d:%02d.%03d' % (Y, Mo, D, h, mi, (t // 1000) % 60, t % 1000)

    def ctx(self, r, user=True):
        u = '%032x' % r.getrandbits(128)
        rid = '%s-%s-%s-%s-%s' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
        if not user:
            return ('[None req-%s - - - - - -]' if self.newctx else '[req-%s - - - - -]') % rid
        if self.newctx:
            return '[None req-%s %s %s - - default default]' % (rid, r.choice(self.users), r.choice(self.projs))
        return '[req-%s %s %s - default default]' % (rid, r.choice(self.users), r.choice(self.projs))

    def L(self, t, lvl, name, ctx, msg, pid=None):
        return '%s %d %s %s %s %s' % (self.ts(t), pid or self.pid, lvl, name, ctx, msg)

    def inst(self, r):
        return '[instance: %s] ' % r.choice(self.insts)

    def amqp_retry(self, r, t):
        return self.L(t, 'ERROR', 'oslo.messaging._drivers.impl_rabbit', '[-]',
                      '[%s] AMQP server on %s:5672 is unreachable: [Errno 111] ECONNREFUSED. Trying again in %d seconds.: ConnectionRefusedError: [Errno 111] ECONNREFUSED'
                      % (uuid(r), self.sc.ctl, r.choice([1, 2, 4, 6, 8, 10, 16, 32])))

    def amqp_ok(self, r, t):
        return self.L(t, 'INFO', 'oslo.messaging._drivers.impl_rabbit', '[-]',
                      '[%s] Reconnected to AMQP server on %s:5672 via [amqp] client with port %d.' % (uuid(r), self.sc.ctl, r.randint(33000, 60000)))

    def retry(self, r, t):
        return self.amqp_retry(r, t)

    def retry_ok(self, r, t):
        return self.amqp_ok(r, t)

    def crash(self, r, t):
        lines = [(0, self.L(t, 'CRITICAL', self.logger, '[-]', 'Unhandled error: oslo_config.cfg.ConfigFileValueError: Value for option connection is not valid: database connection lost'))]
        tb = ['Traceback (most recent call last):',
              '  File "/usr/bin/%s", line 10, in <module>' % self.binname,
              '    sys.exit(main())',
              '  File "/usr/lib/python3/dist-packages/%s/cmd/%s.py", line 58, in main' % (self.logger, self.binname.split('-')[-1]),
              '    service.wait()',
              '  File "/usr/lib/python3/dist-packages/oslo_service/service.py", line 345, in wait',
              '    status, signo = self._wait_for_exit_or_signal()',
              'oslo_config.cfg.ConfigFileValueError: Value for option connection is not valid: database connection lost']
        for x in tb:
            lines.append((0, self.L(t, 'ERROR', self.logger, '', x).replace('  ' + x if False else ' ' + x, ' ' + x)))
        return lines


def _oslo_tb_fix(s):
    return s


class NovaCompute(Oslo):
    fname = 'nova-compute.log'
    logger = 'nova'
    binname = 'nova-compute'
    weight = 1.3
    has_dur = True
    req_share = 0.08
    kinds = Oslo.kinds + ('latency_shift', 'disk_full')

    def req(self, r, t, st, mult):
        return self.L(t, 'INFO', 'nova.compute.manager', self.ctx(r), self.inst(r) + 'Took %.2f seconds to spawn the instance on the hypervisor.' % (lognorm(r, 9.0, 0.35) * mult))

    def info(self, r, t):
        x = r.random()
        if x < 0.25:
            return self.L(t, 'INFO', 'nova.compute.manager', '[-]', self.inst(r) + 'VM %s (Lifecycle Event)' % r.choice(['Started', 'Resumed', 'Paused', 'Stopped']))
        if x < 0.45:
            return self.L(t, 'INFO', 'nova.compute.claims', self.ctx(r), self.inst(r) + 'Claim successful on node %s' % self.host)
        if x < 0.6:
            return self.L(t, 'INFO', 'nova.virt.libvirt.driver', '[-]', self.inst(r) + 'Instance spawned successfully.')
        if x < 0.75:
            return self.L(t, 'INFO', 'nova.compute.manager', self.ctx(r), self.inst(r) + 'Took %.2f seconds to build instance.' % lognorm(r, 14, 0.3))
        if x < 0.88:
            return self.L(t, 'INFO', 'nova.compute.manager', self.ctx(r, False), self.inst(r) + 'During sync_power_state the instance has a pending task (%s). Skip.' % r.choice(['spawning', 'deleting', 'resize_migrating']))
        return self.L(t, 'INFO', 'nova.virt.libvirt.driver', self.ctx(r), self.inst(r) + 'Deletion of /var/lib/nova/instances/%s_del complete' % r.choice(self.insts))

    def warn(self, r, t):
        return self.L(t, 'WARNING', 'nova.compute.manager', self.ctx(r, False), 'While synchronizing instance power states, found %d instances in the database and %d instances on the hypervisor.' % (r.randint(10, 30), r.randint(10, 30)))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'ERROR', 'nova.compute.manager', self.ctx(r), self.inst(r) + 'Instance failed to spawn: nova.exception.PortBindingFailed: Binding failed for port %s, please check neutron logs for more information.' % uuid(r))
        if i == 1:
            return self.L(t, 'ERROR', 'nova.compute.manager', self.ctx(r), self.inst(r) + 'Setting instance vm_state to ERROR: nova.exception.RescheduledException: Build of instance was re-scheduled: internal error: process exited while connecting to monitor')
        return self.L(t, 'ERROR', 'nova.virt.libvirt.driver', self.ctx(r), self.inst(r) + 'Failed to start libvirt guest: libvirt.libvirtError: Requested operation is not valid: domain is already running')

    def newerr(self, r, t):
        return self.L(t, 'ERROR', 'nova.compute.manager', self.ctx(r), self.inst(r) + 'Failed to allocate network(s): nova.exception.VirtualInterfaceCreateException: Virtual Interface creation failed')

    def diskfull(self, r, t):
        return self.L(t, 'ERROR', 'nova.compute.manager', self.ctx(r), self.inst(r) + "Instance failed to spawn: OSError: [Errno 28] No space left on device: '/var/lib/nova/instances/_base/%s.part'" % hexs(r, 40))

    def banner(self, r, t):
        return [(0, self.L(t, 'INFO', 'os_vif', '[-]', 'Loaded VIF plugins: linux_bridge, noop, ovs')),
                (400, self.L(t + 400, 'INFO', 'nova.virt.driver', '[-]', "Loading compute driver 'libvirt.LibvirtDriver'")),
                (2100, self.L(t + 2100, 'INFO', 'nova.service', '[-]', 'Starting compute node (version %s)' % self.rel[2]))]

    def stop(self, r, t):
        return [(0, self.L(t, 'INFO', 'oslo_service.service', '[-]', 'Caught SIGTERM, exiting')),
                (300, self.L(t + 300, 'INFO', 'oslo_service.service', '[-]', 'Stopping services'))]

    def periodic(self):
        def rt(r, t):
            return self.L(t, 'INFO', 'nova.compute.resource_tracker', self.ctx(r, False),
                          'Final resource view: name=%s phys_ram=515742MB used_ram=%dMB phys_disk=1787GB used_disk=%dGB total_vcpus=64 used_vcpus=%d pci_stats=[]'
                          % (self.host, r.randint(200000, 480000), r.randint(300, 1500), r.randint(20, 120)))
        return [(60, rt)]


class NovaApi(Oslo):
    fname = 'nova-api.log'
    binname = 'nova-api'
    weight = 1.8
    req_share = 0.8
    has_status = True
    has_dur = True
    kinds = Oslo.kinds + ('latency_shift', 'http_5xx')
    paths = [('GET', '/v2.1/servers/detail', 1.5), ('GET', '/v2.1/servers/%s', 0.15), ('GET', '/v2.1/flavors/detail', 0.05),
             ('POST', '/v2.1/servers', 0.9), ('GET', '/v2.1/os-hypervisors/detail', 0.3), ('DELETE', '/v2.1/servers/%s', 0.4),
             ('GET', '/v2.1/os-availability-zone', 0.03), ('POST', '/v2.1/servers/%s/action', 0.3)]

    def req(self, r, t, st, mult):
        m, p, med = r.choice(self.paths)
        if '%s' in p:
            p = p % r.choice(self.insts)
        if m == 'POST' and st == 200:
            st = 202
        if m == 'DELETE' and st in (200, 201):
            st = 204
        dur = lognorm(r, med, 0.5) * mult
        ln = 0 if st == 204 else r.randint(200, 40000)
        lvl = 'INFO'
        return self.L(t, lvl, 'nova.osapi_compute.wsgi.server', self.ctx(r),
                      '%s "%s %s HTTP/1.1" status: %d len: %d time: %.7f' % (ip(r, '10.11'), m, p, st, ln, dur), pid=r.choice(self.wpids))

    def info(self, r, t):
        return self.L(t, 'INFO', 'nova.api.openstack.wsgi', self.ctx(r), 'HTTP exception thrown: Instance %s could not be found.' % r.choice(self.insts), pid=r.choice(self.wpids))

    def warn(self, r, t):
        return self.L(t, 'WARNING', 'nova.api.openstack.compute.servers', self.ctx(r), 'Flavor disk is smaller than the minimum size specified in image metadata', pid=r.choice(self.wpids))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'ERROR', 'nova.api.openstack.wsgi', self.ctx(r), 'Unexpected exception in API method: keystoneauth1.exceptions.connection.ConnectFailure: Unable to establish connection to http://%s:9696/v2.0/ports: Connection aborted.' % self.sc.ctl, pid=r.choice(self.wpids))
        if i == 1:
            return self.L(t, 'ERROR', 'nova.compute.api', self.ctx(r), 'Failed to get quota usages for project: oslo_db.exception.DBDeadlock: (pymysql.err.OperationalError) (1213, \'Deadlock found when trying to get lock; try restarting transaction\')', pid=r.choice(self.wpids))
        return self.L(t, 'ERROR', 'nova.scheduler.client.report', self.ctx(r), 'Failed to retrieve allocation candidates from placement API for filters: Got 503: Service Unavailable', pid=r.choice(self.wpids))

    def newerr(self, r, t):
        return self.L(t, 'ERROR', 'nova.api.openstack.wsgi', self.ctx(r), 'Unexpected exception in API method: nova.exception.CellTimeout: Timeout waiting for response from cell', pid=r.choice(self.wpids))

    def banner(self, r, t):
        out = [(0, self.L(t, 'INFO', 'oslo_service.service', '[-]', 'Starting %d workers' % len(self.wpids)))]
        for i, w in enumerate(self.wpids):
            out.append((200 + 90 * i, self.L(t + 200 + 90 * i, 'INFO', 'nova.osapi_compute.wsgi.server', '[-]', '(%d) wsgi starting up on http://0.0.0.0:8774' % w, pid=w)))
        return out

    def stop(self, r, t):
        return [(0, self.L(t, 'INFO', 'oslo_service.service', '[-]', 'Caught SIGTERM, stopping children')),
                (500, self.L(t + 500, 'INFO', 'oslo_service.service', '[-]', 'Waiting on %d children to exit' % len(self.wpids)))]

    def periodic(self):
        def hc(r, t):
            return self.L(t, 'INFO', 'nova.osapi_compute.wsgi.server', '[-]', '%s "GET / HTTP/1.1" status: 200 len: 399 time: %.7f' % (self.sc.ctl, lognorm(r, 0.002, 0.3)), pid=r.choice(self.wpids))
        return [(10, hc)]


class NeutronServer(Oslo):
    fname = 'server.log'
    binname = 'neutron-server'
    logger = 'neutron'
    weight = 1.5
    req_share = 0.7
    has_status = True
    has_dur = True
    kinds = Oslo.kinds + ('latency_shift', 'http_5xx')

    def req(self, r, t, st, mult):
        m, p = r.choice([('GET', '/v2.0/ports?device_id=%s' % r.choice(self.insts)), ('GET', '/v2.0/networks?shared=True'),
                         ('GET', '/v2.0/security-groups?tenant_id=%s' % r.choice(self.projs)), ('POST', '/v2.0/ports'),
                         ('PUT', '/v2.0/ports/%s' % uuid(r)), ('GET', '/v2.0/floatingips?port_id=%s' % uuid(r))])
        if m == 'POST' and st == 200:
            st = 201
        return self.L(t, 'INFO', 'neutron.wsgi', self.ctx(r), '%s "%s %s HTTP/1.1" status: %d  len: %d time: %.7f'
                      % (ip(r, '10.11'), m, p, st, r.randint(180, 9000), lognorm(r, 0.06, 0.7) * mult), pid=r.choice(self.wpids))

    def info(self, r, t):
        x = r.random()
        if x < 0.4:
            return self.L(t, 'INFO', 'neutron.notifiers.nova', '[-]', 'Nova event response: {\'server_uuid\': \'%s\', \'name\': \'network-vif-plugged\', \'status\': \'completed\', \'tag\': \'%s\', \'code\': 200}' % (r.choice(self.insts), uuid(r)))
        if x < 0.7:
            return self.L(t, 'INFO', 'neutron.plugins.ml2.plugin', self.ctx(r, False), 'Attempt 1 to bind port %s' % uuid(r))
        return self.L(t, 'INFO', 'neutron.db.provisioning_blocks', self.ctx(r, False), 'Provisioning for port %s completed by entity L2.' % uuid(r))

    def warn(self, r, t):
        return self.L(t, 'WARNING', 'neutron.db.agents_db', self.ctx(r, False), 'Agent healthcheck: found 1 dead agents out of %d:\n                Type       Last heartbeat host\nOpen vSwitch agent %s %s' % (r.randint(8, 30), self.localdt(t - 90000), 'cmp%02d' % r.randint(1, 20)))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'ERROR', 'neutron.plugins.ml2.managers', self.ctx(r, False), 'Failed to bind port %s on host cmp%02d for vnic_type normal using segments [{\'network_type\': \'vxlan\', \'physical_network\': None, \'segmentation_id\': %d}]' % (uuid(r), r.randint(1, 20), r.randint(1000, 9000)))
        if i == 1:
            return self.L(t, 'ERROR', 'neutron.notifiers.nova', '[-]', 'Failed to notify nova on events: [{\'server_uuid\': \'%s\', \'name\': \'network-changed\'}]: keystoneauth1.exceptions.http.Conflict' % r.choice(self.insts))
        return self.L(t, 'ERROR', 'neutron.api.v2.resource', self.ctx(r), 'update failed: No details.: neutron_lib.exceptions.PortNotFound: Port %s could not be found.' % uuid(r))

    def newerr(self, r, t):
        return self.L(t, 'ERROR', 'neutron.agent.rpc', self.ctx(r, False), 'Failed reporting state!: oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID %s' % hexs(r, 32))

    def retry(self, r, t):
        if r.random() < 0.5:
            return self.L(t, 'WARNING', 'oslo_db.sqlalchemy.engines', '[-]', 'SQL connection failed. %d attempts left.: oslo_db.exception.DBConnectionError: (pymysql.err.OperationalError) (2003, "Can\'t connect to MySQL server on \'%s\' ([Errno 111] ECONNREFUSED)")' % (r.randint(1, 9), self.sc.ctl))
        return self.amqp_retry(r, t)

    def banner(self, r, t):
        return [(0, self.L(t, 'INFO', 'neutron.common.config', '[-]', 'Logging enabled!')),
                (5, self.L(t + 5, 'INFO', 'neutron.common.config', '[-]', '/usr/bin/neutron-server version %s' % self.rel[3])),
                (900, self.L(t + 900, 'INFO', 'neutron.manager', '[-]', 'Loading core plugin: ml2')),
                (2600, self.L(t + 2600, 'INFO', 'neutron.service', '[-]', 'Neutron service started, listening on 0.0.0.0:9696'))]

    def stop(self, r, t):
        return [(0, self.L(t, 'INFO', 'oslo_service.service', '[-]', 'Caught SIGTERM, stopping children'))]

    def periodic(self):
        def hb(r, t):
            return self.L(t, 'INFO', 'neutron.wsgi', '[-]', '%s "GET / HTTP/1.1" status: 200  len: 244 time: %.7f' % (self.sc.ctl, lognorm(r, 0.001, 0.3)), pid=r.choice(self.wpids))
        return [(8, hb)]


class Keystone(Oslo):
    fname = 'keystone.log'
    binname = 'keystone-manage'
    logger = 'keystone'
    weight = 1.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')

    def info(self, r, t):
        x = r.random()
        if x < 0.6:
            return self.L(t, 'INFO', 'keystone.common.wsgi', self.ctx(r), 'POST http://%s:5000/v3/auth/tokens' % self.sc.ctl, pid=r.choice(self.wpids))
        if x < 0.85:
            return self.L(t, 'INFO', 'keystone.common.wsgi', self.ctx(r), 'GET http://%s:5000/v3/auth/tokens' % self.sc.ctl, pid=r.choice(self.wpids))
        return self.L(t, 'INFO', 'keystone.common.wsgi', self.ctx(r), 'GET http://%s:5000/v3/projects/%s' % (self.sc.ctl, r.choice(self.projs)), pid=r.choice(self.wpids))

    def warn(self, r, t):
        return self.L(t, 'WARNING', 'keystone.server.flask.application', self.ctx(r), 'Authorization failed. The request you have made requires authentication. from %s' % ip(r, '10.11'), pid=r.choice(self.wpids))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'WARNING', 'keystone.server.flask.application', self.ctx(r), 'Could not find project: %s.' % hexs(r, 32), pid=r.choice(self.wpids))
        if i == 1:
            return self.L(t, 'ERROR', 'keystone.server.flask.application', self.ctx(r), 'Unable to validate token: Token was revoked.', pid=r.choice(self.wpids))
        return self.L(t, 'ERROR', 'keystone.common.fernet_utils', '[-]', 'Either [fernet_tokens] key_repository does not exist or Keystone does not have sufficient permission to access it: /etc/keystone/fernet-keys/', pid=r.choice(self.wpids))

    def newerr(self, r, t):
        return self.L(t, 'ERROR', 'keystone.server.flask.application', self.ctx(r), 'Unable to connect to LDAP server: ldap.SERVER_DOWN: {\'result\': -1, \'desc\': "Can\'t contact LDAP server", \'errno\': 110, \'info\': \'Connection timed out\'}', pid=r.choice(self.wpids))

    def retry(self, r, t):
        return self.L(t, 'WARNING', 'oslo_db.sqlalchemy.engines', '[-]', 'SQL connection failed. %d attempts left.: oslo_db.exception.DBConnectionError: (pymysql.err.OperationalError) (2013, \'Lost connection to MySQL server during query\')' % r.randint(1, 9), pid=r.choice(self.wpids))

    def retry_ok(self, r, t):
        return self.L(t, 'INFO', 'keystone.common.wsgi', self.ctx(r), 'POST http://%s:5000/v3/auth/tokens' % self.sc.ctl, pid=r.choice(self.wpids))

    def periodic(self):
        def hb(r, t):
            return self.L(t, 'INFO', 'keystone.common.wsgi', self.ctx(r), 'GET http://%s:5000/v3/auth/tokens' % self.sc.ctl, pid=r.choice(self.wpids))
        return [(15, hb)]


class CinderVolume(Oslo):
    fname = 'volume.log'
    binname = 'cinder-volume'
    logger = 'cinder'
    weight = 0.7
    kinds = Oslo.kinds + ('disk_full',)

    def info(self, r, t):
        x = r.random()
        v = uuid(r)
        if x < 0.3:
            return self.L(t, 'INFO', 'cinder.volume.flows.manager.create_volume', self.ctx(r), 'Volume %s: being created as raw with specification: {\'status\': \'creating\', \'volume_name\': \'volume-%s\', \'volume_size\': %d}' % (v, v, r.choice([10, 20, 40, 100])))
        if x < 0.55:
            return self.L(t, 'INFO', 'cinder.volume.flows.manager.create_volume', self.ctx(r), 'Volume volume-%s (%s): created successfully' % (v, v))
        if x < 0.75:
            return self.L(t, 'INFO', 'cinder.volume.manager', self.ctx(r), 'Attaching volume %s to instance %s at mountpoint /dev/vdb on host None.' % (v, r.choice(self.insts)))
        return self.L(t, 'INFO', 'cinder.volume.manager', self.ctx(r), 'Deleted volume successfully.')

    def warn(self, r, t):
        return self.L(t, 'WARNING', 'cinder.volume.drivers.lvm', self.ctx(r, False), 'Volume group cinder-volumes has %.2f GB free, thin pool usage at %d%%' % (r.uniform(100, 900), r.randint(60, 79)))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'ERROR', 'cinder.volume.manager', self.ctx(r), 'Unable to terminate volume connection: Unexpected error while running command.\nCommand: cinder-rtstool delete-initiator iqn.2010-10.org.openstack:volume-%s iqn.1994-05.com.redhat:%s\nExit code: 1' % (uuid(r), hexs(r, 12)))
        if i == 1:
            return self.L(t, 'ERROR', 'oslo_messaging.rpc.server', self.ctx(r), 'Exception during message handling: cinder.exception.VolumeIsBusy: deleting volume volume-%s that has snapshot' % uuid(r))
        return self.L(t, 'ERROR', 'cinder.volume.drivers.lvm', self.ctx(r), 'Error creating snapshot: Logical volume "_snapshot-%s" already exists in volume group "cinder-volumes"' % uuid(r))

    def newerr(self, r, t):
        return self.L(t, 'ERROR', 'cinder.volume.flows.manager.create_volume', self.ctx(r), 'Failed to copy image %s to volume: %s, error: Image conversion timed out' % (uuid(r), uuid(r)))

    def diskfull(self, r, t):
        return self.L(t, 'ERROR', 'cinder.image.image_utils', self.ctx(r), 'Failed to convert image to raw: qemu-img: error while writing at byte %d: No space left on device' % (r.randint(1, 999) * 1048576))

    def banner(self, r, t):
        return [(0, self.L(t, 'INFO', 'cinder.volume.manager', '[-]', 'Starting volume driver LVMVolumeDriver (3.0.0)')),
                (1800, self.L(t + 1800, 'INFO', 'cinder.volume.manager', '[-]', 'Driver initialization completed successfully.')),
                (2300, self.L(t + 2300, 'INFO', 'cinder.service', '[-]', 'Starting cinder-volume node (version %s)' % self.rel[4]))]

    def stop(self, r, t):
        return [(0, self.L(t, 'INFO', 'oslo_service.service', '[-]', 'Caught SIGTERM, exiting'))]

    def periodic(self):
        def st(r, t):
            return self.L(t, 'INFO', 'cinder.volume.manager', self.ctx(r, False), 'Updating volume status')
        return [(60, st)]


class GlanceApi(Oslo):
    fname = 'api.log'
    binname = 'glance-api'
    logger = 'glance'
    weight = 0.9
    req_share = 0.75
    has_status = True
    has_dur = True
    kinds = Oslo.kinds + ('latency_shift', 'http_5xx', 'disk_full')

    def req(self, r, t, st, mult):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        m, p = r.choice([('GET', '/v2/images?limit=20'), ('GET', '/v2/images/%s' % uuid(r)), ('GET', '/v2/schemas/image'),
                         ('GET', '/v2/images/%s/file' % uuid(r)), ('HEAD', '/v2/images/%s' % uuid(r)), ('GET', '/')])
        if p == '/':
            st = 300
        return self.L(t, 'INFO', 'eventlet.wsgi.server', self.ctx(r) if p != '/' else '[-]',
                      '%s - - [%02d/%s/%04d %02d:%02d:%02d] "%s %s HTTP/1.1" %d %d %.6f'
                      % (ip(r, '10.11'), D, MON[Mo - 1], Y, h, mi, (t // 1000) % 60, m, p, st, r.randint(300, 20000), lognorm(r, 0.05, 0.8) * mult), pid=r.choice(self.wpids))

    def info(self, r, t):
        return self.L(t, 'INFO', 'glance.api.v2.image_data', self.ctx(r), 'Image %s upload complete' % uuid(r), pid=r.choice(self.wpids))

    def warn(self, r, t):
        return self.L(t, 'WARNING', 'glance.api.v2.images', self.ctx(r), 'Could not find image %s' % uuid(r), pid=r.choice(self.wpids))

    def err(self, r, t, i):
        if i == 0:
            return self.L(t, 'ERROR', 'glance.api.v2.image_data', self.ctx(r), 'Failed to upload image data due to HTTP error: 413 Request Entity Too Large: Image exceeds the storage quota', pid=r.choice(self.wpids))
        if i == 1:
            return self.L(t, 'ERROR', 'glance.common.wsgi', self.ctx(r), 'Caught error: Connection to the database failed, retried 0 times', pid=r.choice(self.wpids))
        return self.L(t, 'ERROR', 'glance_store._drivers.rbd', self.ctx(r), 'Failed to delete image %s: image has snapshots' % uuid(r), pid=r.choice(self.wpids))

    def newerr(self, r, t):
        return self.L(t, 'ERROR', 'glance.api.v2.image_data', self.ctx(r), 'Failed to upload image data due to internal error: glance_store.exceptions.BackendException: Failed to create image: timed out', pid=r.choice(self.wpids))

    def diskfull(self, r, t):
        return self.L(t, 'ERROR', 'glance_store._drivers.filesystem', self.ctx(r), "Error writing to file /var/lib/glance/images/%s: [Errno 28] No space left on device" % uuid(r), pid=r.choice(self.wpids))

    def periodic(self):
        def hb(r, t):
            return self.req(r, t, 300, 1.0).replace('"GET /v2/images?limit=20', '"GET /').replace('"GET /v2/schemas/image', '"GET /') if False else self.L(t, 'INFO', 'eventlet.wsgi.server', '[-]', '%s - - [%s] "GET /healthcheck HTTP/1.1" 200 137 %.6f' % (self.sc.ctl, self.apachedt(t), lognorm(r, 0.001, 0.3)), pid=r.choice(self.wpids))
        return [(10, hb)]

    def apachedt(self, t):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        return '%02d/%s/%04d %02d:%02d:%02d' % (D, MON[Mo - 1], Y, h, mi, (t // 1000) % 60)

    def banner(self, r, t):
        return [(0, self.L(t, 'INFO', 'glance.common.wsgi', '[-]', 'Starting %d workers' % len(self.wpids)))] + \
            [(100 + 50 * i, self.L(t + 100 + 50 * i, 'INFO', 'glance.common.wsgi', '[-]', 'Started child %d' % w)) for i, w in enumerate(self.wpids)]

    def stop(self, r, t):
        return [(0, self.L(t, 'INFO', 'glance.common.wsgi', '[-]', 'Caught SIGTERM, exiting'))]


# oslo traceback lines: "<ts> <pid> ERROR nova <line>"
def _fix_crash(cls):
    def crash(self, r, t):
        msg = 'Unhandled error: oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID %s' % hexs(r, 32)
        pre = '%s %d ERROR %s ' % (self.ts(t), self.pid, self.logger)
        out = [(0, '%s %d CRITICAL %s [-] %s' % (self.ts(t), self.pid, self.logger, msg))]
        tb = ['Traceback (most recent call last):',
              '  File "/usr/bin/%s", line 10, in <module>' % self.binname,
              '    sys.exit(main())',
              '  File "/usr/lib/python3/dist-packages/%s/cmd/%s.py", line 58, in main' % (self.logger, self.binname.split('-')[-1]),
              '    service.wait()',
              '  File "/usr/lib/python3/dist-packages/oslo_service/service.py", line 345, in wait',
              '    status, signo = self._wait_for_exit_or_signal()',
              'oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID %s' % hexs(r, 32),
              '']
        for x in tb:
            out.append((0, pre + x))
        return out
    cls.crash = crash
    return cls


for _c in (NovaCompute, NovaApi, NeutronServer, CinderVolume, GlanceApi, Keystone):
    _fix_crash(_c)
for _c in (Keystone,):
    _c.banner = lambda self, r, t: [(0, self.L(t, 'INFO', 'keystone.server.flask.core', '[-]', 'Starting Keystone, version %s' % self.rel[1]))]
    _c.stop = lambda self, r, t: [(0, self.L(t, 'INFO', 'keystone.server.flask.core', '[-]', 'Keystone shutting down'))]

FORMATS = [NovaCompute, NovaApi, NeutronServer, Keystone, CinderVolume, GlanceApi]
