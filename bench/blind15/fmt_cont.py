"""Container runtime / orchestration formats: Docker daemon (journalctl -o short-iso), containerd and CRI-O
(journalctl), kube-proxy / kube-scheduler (journalctl -o short-precise wrapping klog)."""
from base import (Base, mk, off, P_ISO, P_SP, hx, uuid, ip, lognorm, wpick, go_panic, pod, US, MON)

DOCKER_VER = {2018: ('18.09.0', '4d60db4', 'v1.39'), 2019: ('19.03.5', '633a0ea', 'v1.40'), 2020: ('20.10.0', 'eeddea2', 'v1.41'),
              2021: ('20.10.12', '459d0df', 'v1.41'), 2022: ('20.10.21', '3056208', 'v1.41'), 2023: ('24.0.7', '311b9ff', 'v1.43'),
              2024: ('26.1.4', 'de5c9cf', 'v1.45'), 2025: ('28.1.1', '01f442b', 'v1.49'), 2026: ('29.1.2', '4e1f2c7', 'v1.52')}
IMAGES = ['nginx:1.25-alpine', 'redis:7.2', 'postgres:15.4', 'registry.example.com/shop/api:2.14.1', 'registry.example.com/shop/web:5.3.0',
          'grafana/grafana:10.2.3', 'prom/node-exporter:v1.7.0', 'busybox:1.36', 'python:3.11-slim', 'registry.k8s.io/pause:3.9']
NAMES = ['web', 'api', 'worker', 'redis', 'db', 'nginx', 'grafana', 'exporter', 'cron', 'queue']


def nstime(tz):
    return mk(tz, P_ISO, 9, suf=lambda d: off(d, True, True))


class Dockerd(Base):
    name = 'Docker daemon (journalctl -o short-iso)'
    fname = 'docker.service.log'
    ident = 'dockerd'
    unit = 'docker.service'
    desc = 'Docker Application Container Engine'
    weight = 1.2
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic', 'disk_full')

    def setup(s, r):
        s.jsetup(r, ['iso'])
        s.tt = nstime(s.tz)
        s.ver, s.commit, s.api = DOCKER_VER[s.year]
        s.ctrs = [hx(r, 64) for _ in range(18)]
        s.reg = f"registry.{s.sc.domain}"

    def D(s, t, lvl, msg, tail=''):
        m = msg.replace('"', '\\"')
        return s.J(t, f"time=\"{s.tt(t)}\" level={lvl} msg=\"{m}\"{(' ' + tail) if tail else ''}")

    def norm(s, t, r, L, bad):
        c = r.choice(s.ctrs)
        x = r.random()
        if x < 0.55:
            return s.D(t, 'info', 'ignoring event', f"container={c} module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"")
        if x < 0.75 and s.year >= 2021:
            return s.D(t, 'info', 'shim disconnected', f"id={c}" + (' namespace=moby' if s.year >= 2023 else ''))
        if x < 0.83:
            return s.D(t, 'info', 'Container failed to exit within 10s of signal 15 - using the force', f"container={c}")
        if x < 0.9:
            return s.D(t, 'info', f"Layer sha256:{hx(r, 64)} cleaned up")
        if x < 0.95:
            return s.D(t, 'warning', 'cleaning up after shim disconnected', f"id={c} namespace=moby")
        return s.D(t, 'info', 'ignoring event', f"container={c} module=libcontainerd namespace=moby topic=/containers/delete type=\"*events.ContainerDelete\"")

    def warn(s, t, r):
        return s.D(t, 'warning', f"Error getting v2 registry: Get \"https://{s.reg}/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)")

    def errs(s):
        def e0(t, r):
            n = r.choice(NAMES[:3])
            return s.D(t, 'error', f"Handler for GET /{s.api}/containers/{n}-{r.randint(1, 9)}/json returned error: No such container: {n}-{r.randint(1, 9)}")

        def e1(t, r):
            c = r.choice(s.ctrs)
            return s.D(t, 'error', f"Error setting up exec command in container {c[:12]}: Container {c} is not running")

        def e2(t, r):
            return s.D(t, 'error', f"Not continuing with pull after error: manifest unknown: manifest unknown")
        return [e0, e1, e2]

    def retry(s, t, r):
        return s.D(t, 'info', f"Attempting next endpoint for pull after error: Get \"https://{s.reg}/v2/\": dial tcp {s.sc.ip_gl}:443: connect: connection refused")

    def newerr(s, t, r):
        c = r.choice(s.ctrs)
        return s.D(t, 'error', f"failed to start container {c[:12]}: Error response from daemon: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting cgroup config for procHooks process: unable to freeze: unknown")

    def disk(s, t, r):
        if r.random() < 0.5:
            return s.D(t, 'error', f"Handler for POST /{s.api}/containers/create returned error: mkdir /var/lib/docker/overlay2/{hx(r, 64)}-init: no space left on device")
        c = r.choice(s.ctrs)
        return s.D(t, 'error', 'Error writing log message', f"container={c} driver=json-file error=\"write /var/lib/docker/containers/{c}/{c}-json.log: no space left on device\"")

    def go_frames(s):
        return [("github.com/docker/docker/daemon.(*Daemon).ProcessEvent", "/go/src/github.com/docker/docker/daemon/monitor.go"),
                ("github.com/docker/docker/libcontainerd/remote.(*client).processEventStream", "/go/src/github.com/docker/docker/libcontainerd/remote/client.go")]

    def banner(s, t, r):
        gd = 'graphdriver' if s.year >= 2020 else 'graphdriver(s)'
        msgs = [('info', 'Starting up', ''), ('info', 'detected 127.0.0.53 nameserver, assuming systemd-resolved, so using resolv.conf: /run/systemd/resolve/resolv.conf', ''),
                ('info', '[graphdriver] using prior storage driver: overlay2', ''), ('info', 'Loading containers: start.', ''),
                ('info', 'Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address', ''),
                ('info', 'Loading containers: done.', ''),
                ('info', 'Docker daemon', f"commit={s.commit} containerd-snapshotter=false {gd}=overlay2 version={s.ver}" if s.year >= 2024 else f"commit={s.commit} {gd}=overlay2 version={s.ver}"),
                ('info', 'Daemon has completed initialization', ''), ('info', 'API listen on /run/docker.sock', '')]
        return s.seq(t, r, msgs, lambda tt, m: s.D(tt, m[0], m[1], m[2]), 1000, 900000)

    def stop_lines(s, t, r):
        msgs = [('info', "Processing signal 'terminated'", ''),
                ('info', 'stopping event stream following graceful shutdown', 'error="<nil>" module=libcontainerd namespace=moby'),
                ('info', 'Daemon shutdown complete', '')]
        return s.seq(t, r, msgs, lambda tt, m: s.D(tt, m[0], m[1], m[2]), 1000, 2000000)

    def periodic(s):
        def ndb(t, r):
            return s.D(t, 'info', f"NetworkDB stats {s.host}({hx(r, 12)}) - netID:{hx(r, 25)} leaving:false netPeers:{r.randint(2, 6)} entries:{r.randint(4, 60)} Queue qLen:0 netMsg/s:0")
        return ((300, ndb),) if s.sc.flag('swarm') else ()


CONTAINERD_VER = {2018: ('1.2.0', 'c4446665cb9c30056f4998ed953e6d4ff22c7c39'), 2019: ('1.2.10', 'b34a5c8af56e510852c35414db4c1f4fa6172339'),
                  2020: ('1.4.3', '269548fa27e0089a8b8278fc4fc781d7f65a939b'), 2021: ('1.4.12', '7b11cfaabd73bb80907dd23182b9347b4245eb5d'),
                  2022: ('1.6.12', 'a05d175400b1145e5e6a735a6710579d181e7fb0'), 2023: ('1.7.11', '64b8a811b07ba6288238eefc14d898ee0b5b99ba'),
                  2024: ('1.7.18', 'ae71819c4f5e67bb4d5ae76a6b735f29cc25774e'), 2025: ('2.0.5', 'fb4c30d4ede3531652d86197bf3fc9515e5276d9'),
                  2026: ('2.2.0', '1c4457e00facac03ce1d75f7b6777a7a851e5c41')}


class Containerd(Base):
    name = 'containerd (journalctl)'
    fname = 'containerd.log'
    ident = 'containerd'
    unit = 'containerd.service'
    desc = 'containerd container runtime'
    weight = 1.3
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic', 'disk_full')

    def setup(s, r):
        s.jsetup(r, ['short', 'short', 'precise'])
        s.tt = nstime(s.tz)
        s.ver, s.rev = CONTAINERD_VER[s.year]
        s.pods = [(pod(r, n), r.choice(['shop', 'default', 'monitoring', 'payments', 'kube-system']), n, uuid(r), hx(r, 64), hx(r, 64))
                  for n in NAMES for _ in range(2)]
        s.reg = f"registry.{s.sc.domain}"

    def D(s, t, lvl, msg, tail=''):
        m = msg.replace('\\', '\\\\').replace('"', '\\"')
        return s.J(t, f"time=\"{s.tt(t)}\" level={lvl} msg=\"{m}\"{(' ' + tail) if tail else ''}")

    def norm(s, t, r, L, bad):
        p, ns, n, u, sb, c = r.choice(s.pods)
        x = r.random()
        if x < 0.5:
            if r.random() < 0.5:
                return s.D(t, 'info', f"ExecSync for \"{c}\" with command [/bin/sh -c {r.choice(['pg_isready -U app', 'redis-cli ping', 'wget -qO- localhost:8080/healthz'])}] and timeout 1 (s)")
            return s.D(t, 'info', f"ExecSync for \"{c}\" returns with exit code 0")
        if x < 0.6:
            return s.D(t, 'info', f"RunPodSandbox for &PodSandboxMetadata{{Name:{p},Uid:{u},Namespace:{ns},Attempt:0,}} returns sandbox id \"{sb}\"")
        if x < 0.7:
            return s.D(t, 'info', f"CreateContainer within sandbox \"{sb}\" for &ContainerMetadata{{Name:{n},Attempt:0,}} returns container id \"{c}\"")
        if x < 0.8:
            return s.D(t, 'info', f"StartContainer for \"{c}\" returns successfully")
        if x < 0.86:
            return s.D(t, 'info', f"StopPodSandbox for \"{sb}\" returns successfully")
        if x < 0.9:
            return s.D(t, 'info', f"TearDown network for sandbox \"{sb}\" successfully")
        if x < 0.95:
            return s.D(t, 'info', 'shim disconnected', f"id={c}" + (' namespace=k8s.io' if s.year >= 2023 else ''))
        return s.D(t, 'info', f"RemoveContainer for \"{c}\" returns successfully")

    def warn(s, t, r):
        c = r.choice(s.pods)[5]
        return s.D(t, 'warning', 'cleaning up after shim disconnected', f"id={c} namespace=k8s.io")

    def errs(s):
        def e0(t, r):
            c = hx(r, 64)
            return s.D(t, 'error', f"ContainerStatus for \"{c}\" failed", f"error=\"rpc error: code = NotFound desc = an error occurred when try to find container \\\"{c}\\\": not found\"")

        def e1(t, r):
            sb = r.choice(s.pods)[4]
            return s.D(t, 'error', f"StopPodSandbox for \"{sb}\" failed", f"error=\"failed to destroy network for sandbox \\\"{sb}\\\": plugin type=\\\"calico\\\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized\"")

        def e2(t, r):
            p = r.choice(s.pods)
            return s.D(t, 'error', f"ExecSync for \"{p[5]}\" failed", "error=\"rpc error: code = DeadlineExceeded desc = failed to exec in container: timeout 1s exceeded: context deadline exceeded\"")
        return [e0, e1, e2]

    def retry(s, t, r):
        img = r.choice(IMAGES[3:5])
        return s.D(t, 'info', 'trying next host', f"error=\"failed to do request: Head \\\"https://{s.reg}/v2/{img.split('/', 1)[1].replace(':', '/manifests/')}\\\": dial tcp {s.sc.ip_gl}:443: i/o timeout\" host={s.reg}")

    def newerr(s, t, r):
        p = r.choice(s.pods)
        return s.D(t, 'error', f"CreateContainer within sandbox \"{p[4]}\" for &ContainerMetadata{{Name:{p[2]},Attempt:{r.randint(1, 9)},}} failed",
                   "error=\"failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting \\\"/var/lib/kubelet/pods/%s/volumes/kubernetes.io~configmap/config\\\" to rootfs at \\\"/etc/app\\\": not a directory: unknown\"" % p[3])

    def disk(s, t, r):
        img = r.choice(IMAGES)
        return s.D(t, 'error', f"PullImage \"{img}\" failed", f"error=\"failed to pull and unpack image \\\"{img}\\\": failed to extract layer sha256:{hx(r, 64)}: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/{r.randint(100, 9000)}/fs/usr/lib/x86_64-linux-gnu/libcrypto.so.3: no space left on device: unknown\"")

    def go_frames(s):
        return [("github.com/containerd/containerd/pkg/cri/server.(*criService).handleEvent",
                 "/go/src/github.com/containerd/containerd/pkg/cri/server/events.go"),
                ("github.com/containerd/containerd/pkg/cri/server.(*eventMonitor).start.func1",
                 "/go/src/github.com/containerd/containerd/pkg/cri/server/events.go")]

    def banner(s, t, r):
        msgs = [('info', 'starting containerd', f"revision={s.rev} version={s.ver}")]
        for pl, ty in [('io.containerd.content.v1.content', 'io.containerd.content.v1'), ('io.containerd.snapshotter.v1.overlayfs', 'io.containerd.snapshotter.v1'),
                       ('io.containerd.metadata.v1.bolt', 'io.containerd.metadata.v1'), ('io.containerd.runtime.v2.task', 'io.containerd.runtime.v2'),
                       ('io.containerd.grpc.v1.cri', 'io.containerd.grpc.v1')]:
            msgs.append(('info', f"loading plugin \"{pl}\"...", f"type={ty}"))
        msgs += [('info', 'serving...', 'address=/run/containerd/containerd.sock.ttrpc'), ('info', 'serving...', 'address=/run/containerd/containerd.sock'),
                 ('info', 'Start subscribing containerd event', ''), ('info', 'Start recovering state', ''), ('info', 'Start event monitor', ''),
                 ('info', 'Start snapshots syncer', ''), ('info', 'Start cni network conf syncer for default', ''), ('info', 'Start streaming server', ''),
                 ('info', f"containerd successfully booted in {lognorm(r, 0.05, 0.4):.6f}s", '')]
        return s.seq(t, r, msgs, lambda tt, m: s.D(tt, m[0], m[1], m[2]), 100, 40000)

    def stop_lines(s, t, r):
        msgs = [('info', 'Stop CRI service', ''), ('info', 'Stop CRI service', ''), ('info', 'Event monitor stopped', ''), ('info', 'Stream server stopped', '')]
        return s.seq(t, r, msgs, lambda tt, m: s.D(tt, m[0], m[1], m[2]), 100, 200000)


class CRIO(Base):
    name = 'CRI-O (journalctl)'
    fname = 'crio.log'
    ident = 'crio'
    unit = 'crio.service'
    desc = 'Container Runtime Interface for OCI (CRI-O)'
    weight = 1.2
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic', 'disk_full')

    def setup(s, r):
        s.jsetup(r, ['short', 'precise', 'syslog'])
        s.tt = mk(s.tz, P_SP, 9, suf=lambda d: off(d, True, True))
        s.api = 'runtime.v1' if s.year >= 2022 else 'runtime.v1alpha2'
        s.ver = {2018: '1.12.3', 2019: '1.16.1', 2020: '1.19.0', 2021: '1.22.1', 2022: '1.25.1', 2023: '1.28.1',
                 2024: '1.30.4', 2025: '1.33.2', 2026: '1.35.0'}[s.year]
        s.pods = [(pod(r, n), r.choice(['shop', 'default', 'monitoring', 'payments']), n, hx(r, 64), hx(r, 64)) for n in NAMES for _ in range(2)]
        s.reg = f"registry.{s.sc.domain}"

    def D(s, t, lvl, msg, tail=''):
        m = msg.replace('"', '\\"')
        return s.J(t, f"time=\"{s.tt(t)}\" level={lvl} msg=\"{m}\"{(' ' + tail) if tail else ''}")

    def rpc(s, r, svc, m):
        return f"id={uuid(r)} name=/{s.api}.{svc}/{m}"

    def norm(s, t, r, L, bad):
        p, ns, n, sb, c = r.choice(s.pods)
        x = r.random()
        if x < 0.5:
            return s.D(t, 'info', f"Checking image status: {r.choice(IMAGES)}", s.rpc(r, 'ImageService', 'ImageStatus'))
        if x < 0.6:
            return s.D(t, 'info', f"Image {r.choice(IMAGES)} not found" if r.random() < 0.2 else f"Pulled image: {r.choice(IMAGES)}", s.rpc(r, 'ImageService', 'PullImage'))
        if x < 0.68:
            return s.D(t, 'info', f"Running pod sandbox: {ns}/{p}/POD", s.rpc(r, 'RuntimeService', 'RunPodSandbox'))
        if x < 0.76:
            return s.D(t, 'info', f"Creating container: {ns}/{p}/{n}", s.rpc(r, 'RuntimeService', 'CreateContainer'))
        if x < 0.84:
            return s.D(t, 'info', f"Created container {c[:13]}: {ns}/{p}/{n}", s.rpc(r, 'RuntimeService', 'CreateContainer'))
        if x < 0.9:
            return s.D(t, 'info', 'Started container', f"PodID={sb} containerID={c} description={ns}/{p}/{n} " + s.rpc(r, 'RuntimeService', 'StartContainer') + f" sandboxID={sb}")
        if x < 0.95:
            return s.D(t, 'info', f"Stopped pod sandbox: {sb}", s.rpc(r, 'RuntimeService', 'StopPodSandbox'))
        return s.D(t, 'info', f"Removed container {c}: {ns}/{p}/{n}", s.rpc(r, 'RuntimeService', 'RemoveContainer'))

    def warn(s, t, r):
        c = r.choice(s.pods)[4]
        return s.D(t, 'warning', f"Stopping container {c} with stop signal timed out: timeout reached after 30 seconds waiting for container process to exit", s.rpc(r, 'RuntimeService', 'StopContainer'))

    def errs(s):
        def e0(t, r):
            p = r.choice(s.pods)
            return s.D(t, 'info', f"Image {s.reg}/shop/api:2.{r.randint(0, 20)}.{r.randint(0, 9)} not found", s.rpc(r, 'ImageService', 'ImageStatus'))

        def e1(t, r):
            p = r.choice(s.pods)
            return s.D(t, 'error', f"Failed to cleanup (probably retrying): failed to destroy network for pod sandbox k8s_{p[0]}_{p[1]}_{uuid(r)}_0({p[3]}): error removing pod {p[1]}_{p[0]} from CNI network \"k8s-pod-network\": plugin type=\"calico\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized")
        return [e0, e1]

    def retry(s, t, r):
        return s.D(t, 'warning', f"Failed, retrying in 1s ... ({r.randint(1, 3)}/3). Error: initializing source docker://{s.reg}/shop/api:2.14.1: pinging container registry {s.reg}: Get \"https://{s.reg}/v2/\": dial tcp {s.sc.ip_gl}:443: i/o timeout")

    def newerr(s, t, r):
        p = r.choice(s.pods)
        return s.D(t, 'warning', f"Error reserving ctr name k8s_{p[2]}_{p[0]}_{p[1]}_{uuid(r)}_{r.randint(1, 9)} for id {hx(r, 64)}: name is reserved")

    def disk(s, t, r):
        return s.D(t, 'error', f"Error pulling image {s.reg}/shop/api:2.14.1: writing blob: storing blob to file \"/var/tmp/container_images_storage{r.randint(10 ** 8, 10 ** 9)}/{r.randint(1, 9)}\": write /var/tmp/container_images_storage{r.randint(10 ** 8, 10 ** 9)}/{r.randint(1, 9)}: no space left on device", s.rpc(r, 'ImageService', 'PullImage'))

    def go_frames(s):
        return [("github.com/cri-o/cri-o/server.(*Server).StopPodSandbox", "github.com/cri-o/cri-o/server/sandbox_stop_linux.go"),
                ("github.com/cri-o/cri-o/server/otel-collector.UnaryInterceptor.func1", "github.com/cri-o/cri-o/server/otel-collector/interceptors.go")]

    def banner(s, t, r):
        msgs = [f"Starting CRI-O, version: {s.ver}, git: {hx(r, 40)}(clean)", 'Node configuration value for hugetlb cgroup is true',
                'Node configuration value for pid cgroup is true', 'Node configuration value for memoryswap cgroup is true',
                'Node configuration value for cgroup v2 is true', 'Node configuration value for systemd CollectMode is true',
                'Checkpoint/restore support disabled', 'Using seccomp default profile when unspecified: true',
                'No blockio config file specified, blockio not configured', 'RDT not available in the host system',
                'Registered SIGHUP reload watcher', 'Starting seccomp notifier watcher', 'Create NRI interface', 'NRI interface is disabled in the configuration.']
        return s.seq(t, r, msgs, lambda tt, m: s.D(tt, 'info', m), 100, 200000)

    def stop_lines(s, t, r):
        return s.seq(t, r, ['Stopping CRI-O server', 'Graceful shutdown of CRI-O completed'] if s.year >= 2022 else ['Shutting down CRI-O'], lambda tt, m: s.D(tt, 'info', m), 1000, 2000000)


K8S_VER = {2018: 'v1.12.3', 2019: 'v1.16.3', 2020: 'v1.19.4', 2021: 'v1.22.4', 2022: 'v1.25.4', 2023: 'v1.28.4',
           2024: 'v1.30.2', 2025: 'v1.33.1', 2026: 'v1.35.0'}
NODES = [f"node-{i}" for i in range(1, 9)]


class KubeBase(Base):
    weight = 0.9
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'panic', 'oom_kill')

    def setup(s, r):
        s.jsetup(r, ['precise'])
        s.kts = mk(s.tz, lambda d: f"{d.month:02d}{d.day:02d} {d.hour:02d}:{d.minute:02d}:", 6)
        s.ver = K8S_VER[s.year]
        s.structured = s.year >= 2021
        s.api = s.sc.ip(r)
        s.kpid = r.randint(900, 9000)
        s.svcs = [f"{ns}/{n}:{p}" for ns in ('shop', 'monitoring', 'payments', 'default') for n in NAMES[:5] for p in ('http',)]
        s.setup2(r)

    def setup2(s, r):
        pass

    def K(s, t, lvl, src, msg):
        return s.J(t, f"{lvl}{s.kts(t - 3)}    {s.pid(t)} {src}] {msg}")

    def go_frames(s):
        return [("k8s.io/kubernetes/pkg/proxy/iptables.(*Proxier).syncProxyRules", "k8s.io/kubernetes/pkg/proxy/iptables/proxier.go"),
                ("k8s.io/kubernetes/pkg/util/async.(*BoundedFrequencyRunner).tryRun", "k8s.io/kubernetes/pkg/util/async/bounded_frequency_runner.go")]


class KubeProxy(KubeBase):
    name = 'kube-proxy (journalctl -o short-precise, klog)'
    fname = 'kube-proxy.log'
    ident = 'kube-proxy'
    unit = 'kube-proxy.service'
    desc = 'Kubernetes Kube-Proxy Server'
    kinds = KubeBase.kinds + ('latency_shift',)

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.6:
            d = lognorm(r, 14, 0.45) * L
            if s.structured:
                return s.K(t, 'I', f"proxier.go:{r.choice((820, 824))}", f"\"SyncProxyRules complete\" elapsed=\"{d:.6f}ms\"")
            return s.K(t, 'I', 'proxier.go:1477', f"syncProxyRules took {d:.6f}ms")
        if x < 0.8:
            return s.K(t, 'I', 'proxier.go:809' if s.structured else 'proxier.go:700', '"Syncing iptables rules"' if s.structured else 'Syncing iptables rules')
        sv = r.choice(s.svcs)
        if s.structured:
            v = r.choice(['Adding new service port', 'Removing service port', 'Updating existing service port'])
            return s.K(t, 'I', 'service.go:322', f"\"{v}\" portName=\"{sv}\" servicePort=\"10.96.{r.randint(0, 255)}.{r.randint(1, 254)}:80/TCP\"")
        return s.K(t, 'I', 'service.go:357', f"Adding new service port \"{sv}\" at 10.96.{r.randint(0, 255)}.{r.randint(1, 254)}:80/TCP")

    def warn(s, t, r):
        return s.K(t, 'W', 'iptables.go:210' if s.structured else 'proxier.go:1420', '"Failed to list IPv6 rules, IPv6 iptables may not work"' if s.structured else 'Failed to execute iptables-restore for nat: exit status 4 (iptables-restore: line 7 failed)')

    def errs(s):
        def e0(t, r):
            return s.K(t, 'E', 'proxier.go:1547', f"\"Failed to execute iptables-restore\" err=<\n\texit status 4: iptables-restore: line {r.randint(5, 90)} failed\n >" if s.structured else f"Failed to execute iptables-restore: exit status 4 (iptables-restore: line {r.randint(5, 90)} failed)")

        def e1(t, r):
            return s.K(t, 'E', 'proxier.go:1550', '"Sync failed" retryingTime="30s"' if s.structured else 'Sync failed; retrying in 30s')
        return [e0, e1]

    def retry(s, t, r):
        return s.K(t, 'E', 'reflector.go:147' if s.structured else 'reflector.go:125', f"k8s.io/client-go/informers/factory.go:{r.choice((150, 159))}: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: Get \"https://{s.api}:6443/apis/discovery.k8s.io/v1/endpointslices?labelSelector=%21service.kubernetes.io%2Fheadless%2C%21service.kubernetes.io%2Fservice-proxy-name&limit=500&resourceVersion=0\": dial tcp {s.api}:6443: connect: connection refused")

    def newerr(s, t, r):
        return s.K(t, 'E', 'proxier.go:1534' if s.structured else 'proxier.go:1430', '"Failed to ensure chain jumps" err=<\n\terror checking rule: exit status 2: iptables v1.8.7 (nf_tables): Couldn\'t load match `comment\':No such file or directory\n >' if s.structured
                   else "Failed to ensure that filter chain KUBE-EXTERNAL-SERVICES jumps to INPUT: error checking rule: exit status 2: iptables v1.6.1: Couldn't load match `comment':No such file or directory")

    def banner(s, t, r):
        if s.structured:
            msgs = [('I', 'server.go:865', f"\"Version info\" version=\"{s.ver}\""), ('I', 'server.go:867', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'),
                    ('I', 'server_others.go:72', '"Using iptables proxy"'), ('I', 'config.go:188', '"Starting service config controller"'),
                    ('I', 'shared_informer.go:311', '"Waiting for caches to sync" controller="service config"'),
                    ('I', 'shared_informer.go:318', '"Caches are synced" controller="service config"')]
        else:
            msgs = [('I', 'server_others.go:186', 'Using iptables Proxier.'), ('I', 'server.go:555', f"Version: {s.ver}"),
                    ('I', 'config.go:187', 'Starting service config controller'), ('I', 'controller_utils.go:1027', 'Waiting for caches to sync for service config controller'),
                    ('I', 'controller_utils.go:1034', 'Caches are synced for service config controller')]
        return s.seq(t, r, msgs, lambda tt, m: s.K(tt, m[0], m[1], m[2]), 100, 300000)


class KubeScheduler(KubeBase):
    name = 'kube-scheduler (journalctl -o short-precise, klog)'
    fname = 'kube-scheduler.log'
    ident = 'kube-scheduler'
    unit = 'kube-scheduler.service'
    desc = 'Kubernetes Scheduler Plugin'

    def norm(s, t, r, L, bad):
        nsn = f"{r.choice(['shop', 'payments', 'monitoring', 'default'])}/{pod(r, r.choice(NAMES))}"
        if s.structured:
            ev = r.randint(3, 8)
            return s.K(t, 'I', 'schedule_one.go:286' if s.year >= 2023 else 'scheduler.go:623', f"\"Successfully bound pod to node\" pod=\"{nsn}\" node=\"{r.choice(NODES)}\" evaluatedNodes={ev} feasibleNodes={r.randint(1, ev)}")
        return s.K(t, 'I', 'scheduler.go:572', f"pod {nsn} is bound successfully on node \"{r.choice(NODES)}\", 8 nodes evaluated, {r.randint(1, 8)} nodes were found feasible.")

    def warn(s, t, r):
        nsn = f"{r.choice(['shop', 'payments'])}/{pod(r, r.choice(NAMES))}"
        return s.K(t, 'I', 'schedule_one.go:867' if s.structured else 'factory.go:653', f"\"Unable to schedule pod; no fit; waiting\" pod=\"{nsn}\" err=\"0/8 nodes are available: 3 Insufficient cpu, 5 node(s) didn't match pod's node affinity/selector. preemption: 0/8 nodes are available: 3 No preemption victims found for incoming pod, 5 Preemption is not helpful for scheduling.\"" if s.structured
                   else f"Unable to schedule {nsn}: no fit: 0/8 nodes are available: 3 Insufficient cpu, 5 node(s) didn't match node selector.; waiting")

    def errs(s):
        def e0(t, r):
            nsn = f"{r.choice(['shop', 'payments'])}/{pod(r, r.choice(NAMES))}"
            return s.K(t, 'E', 'schedule_one.go:1004', f"\"Error scheduling pod; retrying\" err=\"0/8 nodes are available: 8 node(s) had volume node affinity conflict. preemption: 0/8 nodes are available: 8 Preemption is not helpful for scheduling.\" pod=\"{nsn}\"")

        def e1(t, r):
            return s.K(t, 'E', 'framework.go:1188', f"\"Failed running PreBind plugin\" err=\"binding volumes: timed out waiting for the condition\" plugin=\"VolumeBinding\" pod=\"shop/{pod(r, 'db')}\"")
        return [e0, e1]

    def retry(s, t, r):
        return s.K(t, 'E', 'leaderelection.go:332' if s.structured else 'leaderelection.go:306', f"error retrieving resource lock kube-system/kube-scheduler: Get \"https://{s.api}:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s\": dial tcp {s.api}:6443: connect: connection refused")

    def newerr(s, t, r):
        return s.K(t, 'E', 'scheduler.go:379', f"\"Error updating pod\" err=\"pods \\\"{pod(r, 'worker')}\\\" is forbidden: unable to validate against any pod security policy: []\" pod=\"payments/{pod(r, 'worker')}\"")

    def banner(s, t, r):
        msgs = [('I', 'serving.go:348', '"Generated self-signed cert in-memory"'), ('I', 'server.go:154', f"\"Starting Kubernetes Scheduler\" version=\"{s.ver}\""),
                ('I', 'server.go:156', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'),
                ('I', 'secure_serving.go:213', '"Serving securely on [::]:10259"'),
                ('I', 'leaderelection.go:250', '"attempting to acquire leader lease kube-system/kube-scheduler..."'),
                ('I', 'leaderelection.go:260', '"successfully acquired lease kube-system/kube-scheduler"')]
        if not s.structured:
            msgs = [(a, b, c.strip('"').replace('" version="', ' version ')) for a, b, c in msgs]
        return s.seq(t, r, msgs, lambda tt, m: s.K(tt, m[0], m[1], m[2]), 100, 900000)

    def go_frames(s):
        return [("k8s.io/kubernetes/pkg/scheduler/framework/plugins/noderesources.(*Fit).Filter", "k8s.io/kubernetes/pkg/scheduler/framework/plugins/noderesources/fit.go"),
                ("k8s.io/kubernetes/pkg/scheduler.(*Scheduler).scheduleOne", "k8s.io/kubernetes/pkg/scheduler/schedule_one.go")]
