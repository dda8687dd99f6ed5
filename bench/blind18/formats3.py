"""Remaining blind18 formats (istiod, cert-manager, external-dns, harbor, keda, knative, vault, connect, nifi, logstash, kibana, otel, jaeger)."""
from formats2 import *


def _std(name, **kw):
    return Spec(name=name, **kw)


def istiod(y):
    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        return f"{iso(t, 0, 6)}\t{LW[l]}\t{src}\t{msg}" if src else f"{iso(t, 0, 6)}\t{LW[l]}\t{msg}"

    def node(rng):
        return f"{rng.choice(['web', 'api', 'checkout', 'cart'])}-{sfx(rng, 10)}-{sfx(rng)}.prod-{ri(rng, 1, 400)}"

    def info(rng):
        x = rng.random()
        if x < 0.3:
            return ("I", "ads", f"CDS: PUSH for node:{node(rng)} resources:{ri(rng, 30, 200)} size:{rng.uniform(10, 300):.1f}kB", [])
        if x < 0.55:
            return ("I", "ads", f"EDS: PUSH for node:{node(rng)} resources:{ri(rng, 30, 200)} size:{rng.uniform(5, 90):.1f}kB empty:0 cached:{ri(rng, 20, 200)}/{ri(rng, 200, 210)}", [])
        if x < 0.7:
            return ("I", "ads", f"LDS: PUSH for node:{node(rng)} resources:{ri(rng, 10, 40)} size:{rng.uniform(20, 200):.1f}kB", [])
        if x < 0.8:
            return ("I", "ads", f"RDS: PUSH for node:{node(rng)} resources:{ri(rng, 5, 30)} size:{rng.uniform(2, 50):.1f}kB cached:0/{ri(rng, 5, 30)}", [])
        if x < 0.9:
            return ("I", "ads", f"ADS: new connection for node:{node(rng)}", [])
        return ("I", "ads", f"ADS: \"{ip(rng)}:{ri(rng, 30000, 60000)}\" {node(rng)} terminated", [])

    def hb(rng):
        return ("I", "ads", f"Push debounce stable[{ri(rng, 100, 9000)}] {ri(rng, 1, 9)} for config ServiceEntry/prod/{sfx(rng)}.svc.cluster.local: {rng.uniform(100, 110):.4f}ms since last change, {rng.uniform(100, 900):.4f}ms since last push, full=true", [])

    def w(rng):
        return ("W", "ads", f"ADS:LDS: ACK ERROR {node(rng)} Internal:Error adding/updating listener(s) 0.0.0.0_8080: duplicate filter chain match", [])

    def e1(rng):
        return ("E", "klog", f"k8s.io/client-go@v0.28.3/tools/cache/reflector.go:229: Failed to watch *v1alpha3.Sidecar: the server could not find the requested resource (get sidecars.networking.istio.io)", [])

    def e2(rng):
        return ("E", "model", f"failed to get proxy {ip(rng)} ... : no ServiceInstances for node {node(rng)}", []) if False else \
            ("E", "ads", f"ADS: \"{ip(rng)}:{ri(rng, 30000, 60000)}\" {node(rng)} terminated with error: rpc error: code = Unavailable desc = client disconnected", [])

    def start(rng):
        return [("I", "FLAG", "--caCertFile=\"\"", []), ("I", None, "initializing mesh configuration ./etc/istio/config/mesh", []),
                ("I", None, f"mesh configuration: {{\"defaultConfig\":{{\"discoveryAddress\":\"istiod.istio-system.svc:15012\"}}}}", []),
                ("I", None, "version: 1.20.2-3fd6f9ac2bd0e2d2e4d2c1c7a0b5c7f0b0e1f2a3-Clean", []),
                ("I", "model", "reloading network gateways", []), ("I", None, "starting discovery service", []),
                ("I", "bootstrap", "Starting Istiod Server with primary cluster Kubernetes", []), ("I", None, "All controller caches have been synced up in " + godur(lognorm(rng, 0.2)) + ", marking server ready", [])]

    def stop(rng):
        return [("I", None, "Stopping Istiod", []) if False else ("I", None, "Received terminated signal, shutting down", []) if False else ("I", "cmd", "received signal: terminated", []) if False else ("I", None, "Istiod server terminated: received terminated signal", [])]

    def ne(rng):
        return ("E", "validationController", "failed to update validatingwebhookconfiguration istio-validator-istio-system (failurePolicy=Fail, resourceVersion=81234): Internal error occurred: failed calling webhook \"rev.validation.istio.io\": x509: certificate signed by unknown authority", [])

    def disk(rng):
        return ("E", "ca", "failed to write the root certificate: open /var/run/secrets/istio-dns/root-cert.pem: no space left on device" if False else f"failed to write file /var/run/secrets/istio-dns/cert-chain.pem: write /var/run/secrets/istio-dns/cert-chain.pem: no space left on device", [])

    return Spec(name="istiod", file="istiod-6c9b8f7d4-k2x8p_istio-system_discovery.log", absk="Z", rt="go", vol=70, heavy=True, render=render, info=[info], warn=[w],
                err=[("klog 'Failed to watch *v1alpha3.Sidecar'", e1), ("ads 'terminated with error: ... client disconnected'", e2)], hb=(60, hb), start=start, stop=stop,
                newerr=[("validationController x509 unknown authority", ne)], disk=disk,
                gofr=("istio.io/istio", [("pilot/pkg/networking/core/v1alpha3.(*ConfigGeneratorImpl).buildSidecarOutboundListeners", "pilot/pkg/networking/core/v1alpha3/listener.go:712"), ("pilot/pkg/xds.(*LdsGenerator).Generate", "pilot/pkg/xds/lds.go:101")]),
                ts_re=HEAD_ISO, tsk="iso", err_re=r"^\S+\terror\t", start_re=r"starting discovery service|Starting Istiod Server")


def klog_render(t, off, l, src, msg, kv):
    if l == "R":
        return msg
    return f"{l if l != 'D' else 'I'}{klogts(t, off)} {1:7d} {src}] {msg}" + "".join(f" {k}={json.dumps(v) if isinstance(v, str) else v}" for k, v in kv)


KLOG_TS = r"^[IWEF](?P<ts>\d{4} \d\d:\d\d:\d\d\.\d{6}) +\d+ "


def certmanager(y):
    def info(rng):
        n = f"{rng.choice(['api', 'web', 'grafana', 'argocd'])}-tls"
        x = rng.random()
        if x < 0.4:
            return ("I", "conditions.go:192", '"Setting lastTransitionTime for Certificate condition"', [("condition", "Ready"), ("lastTransitionTime", "2024-03-05 10:41:00.1 +0000 UTC")]) if False else \
                ("I", "controller.go:162", '"re-queuing item due to optimistic locking on resource"', [("logger", "cert-manager.certificates-trigger"), ("key", f"prod/{n}")])
        if x < 0.7:
            return ("I", "trigger_controller.go:215", '"Not re-issuing certificate as existing certificate is still valid"', [("logger", "cert-manager.certificates-trigger"), ("key", f"prod/{n}")]) if False else \
                ("I", "setup.go:208", '"skipping re-verifying ACME account as cached registration details look sufficient"', [("logger", "cert-manager.controller"), ("related_resource_name", "letsencrypt-prod"), ("related_resource_kind", "Secret")])
        return ("I", "controller.go:162", '"re-queuing item due to optimistic locking on resource"', [("logger", "cert-manager.certificates-key-manager"), ("key", f"prod/{n}")])

    def hb(rng):
        return ("I", "controller.go:162", '"re-queuing item due to optimistic locking on resource"', [("logger", "cert-manager.certificates-readiness"), ("key", "prod/api-tls")]) if False else \
            ("I", "setup.go:208", '"skipping re-verifying ACME account as cached registration details look sufficient"', [("logger", "cert-manager.controller"), ("related_resource_name", "letsencrypt-prod"), ("related_resource_namespace", "cert-manager"), ("related_resource_kind", "Secret")])

    def e1(rng):
        return ("E", "controller.go:167", '"re-queuing item due to error processing" err="Operation cannot be fulfilled on certificates.cert-manager.io \\"api-tls\\": the object has been modified; please apply your changes to the latest version and try again"', [("logger", "cert-manager.certificates-issuing"), ("key", "prod/api-tls")])

    def e2(rng):
        return ("E", "sync.go:186", '"propagation check failed" err="DNS record for \\"example.org\\" not yet propagated"', [("logger", "cert-manager.challenges"), ("resource_name", f"api-tls-1-{ri(rng, 10 ** 9, 4 * 10 ** 9)}-{ri(rng, 10 ** 9, 4 * 10 ** 9)}"), ("resource_namespace", "prod"), ("resource_kind", "Challenge"), ("dnsName", "example.org"), ("type", "DNS-01")])

    def retry(rng, a=1):
        return ("E", "controller.go:167", '"re-queuing item due to error processing" err="error getting ACME client: Get \\"https://acme-v02.api.letsencrypt.org/directory\\": dial tcp 172.65.32.248:443: i/o timeout"', [("logger", "cert-manager.orders"), ("key", "prod/api-tls-1-3412209873")])

    def start(rng):
        return [("I", "start.go:75", '"starting controller"', [("logger", "cert-manager.controller"), ("version", "v1.13.3"), ("git-commit", "5f9a7a9ff05a53d5ae5d2d96be6e7f20fe4f9a6b")]),
                ("I", "controller.go:250", '"configured acme dns01 nameservers"', [("logger", "cert-manager.controller.build-context"), ("nameservers", ["10.96.0.10:53"])]),
                ("I", "leaderelection.go:250", "attempting to acquire leader lease kube-system/cert-manager-controller...", []),
                ("I", "leaderelection.go:260", "successfully acquired lease kube-system/cert-manager-controller", []),
                ("I", "controller.go:83", '"starting controller"', [("logger", "cert-manager.certificates-trigger")])]

    def stop(rng):
        return [("I", "start.go:213", '"shutting down due to SIGTERM"', [("logger", "cert-manager.controller")]) if False else ("I", "controller.go:131", '"shutting down queue as workqueue signaled shutdown"', [("logger", "cert-manager.certificates-trigger")]),
                ("I", "leaderelection.go:285", "failed to renew lease kube-system/cert-manager-controller: timed out waiting for the condition", []) if False else ("I", "start.go:206", '"Stopping controller manager"', [])]

    def ne(rng):
        return ("E", "sync.go:270", '"error issuing certificate" err="failed to sign certificate: acme: urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates already issued for: example.org"', [("logger", "cert-manager.orders"), ("resource_name", "api-tls-1-3412209873"), ("resource_namespace", "prod")])

    def disk(rng):
        return ("E", "controller.go:167", '"re-queuing item due to error processing" err="open /tmp/cert-manager-' + hexs(rng, 8) + ': no space left on device"', [("logger", "cert-manager.certificaterequests-issuer-acme"), ("key", "prod/api-tls-1")])

    return Spec(name="cert-manager", file="cert-manager-7d75f47cc5-hq9zt_cert-manager_cert-manager-controller.log", absk="local", rt="go", vol=6, heavy=False,
                render=klog_render, info=[info], err=[("\"re-queuing item due to error processing\" object has been modified", e1), ("challenges \"propagation check failed\"", e2)],
                retry=retry, retry_re=r"error getting ACME client", hb=(120, hb), start=start, stop=stop, newerr=[("orders \"error issuing certificate\" rateLimited", ne)], disk=disk,
                gofr=("github.com/cert-manager/cert-manager", [("pkg/controller/certificates/issuing.(*controller).ProcessItem", "pkg/controller/certificates/issuing/issuing_controller.go:190"), ("pkg/controller.(*controller).worker", "pkg/controller/controller.go:163")]),
                ts_re=KLOG_TS, tsk="klog", err_re=r"^E\d{4} ", start_re=r"starting controller\" logger=\"cert-manager.controller\"")


def logrus(t, off, l, src, msg, kv, nano=False):
    if l == "R":
        return msg
    return f"time=\"{iso(t, 0, 9 if nano else 0)}\" level={LW[l].replace('warn', 'warning')} msg={lq(msg)}" + "".join(f" {k}={lq(v)}" for k, v in kv)


LOGRUS_TS = r'^(?:\S+ +\d+ \S+ \S+ \S+: )?time="(?P<ts>[^"]+)"'


def externaldns(y):
    def hb(rng):
        return ("I", None, "All records are already up to date", [])

    def info(rng):
        return ("I", None, rng.choice([f"Desired change: CREATE {sfx(rng)}.example.org A [Id: /hostedzone/Z1D633PJN98FT9]", f"Desired change: UPSERT {sfx(rng)}.example.org TXT [Id: /hostedzone/Z1D633PJN98FT9]", "Applying provider record filter for domains: [example.org. .example.org.]", f"{ri(rng, 2, 6)} record(s) in zone example.org. [Id: /hostedzone/Z1D633PJN98FT9] were successfully updated"]), [])

    def e1(rng):
        return ("E", None, "failed to list hosted zones: RequestError: send request failed\ncaused by: Get \"https://route53.amazonaws.com/2013-04-01/hostedzone\": dial tcp 52.46.154.77:443: i/o timeout", [])

    def e2(rng):
        return ("E", None, "Failure in zone example.org. [Id: /hostedzone/Z1D633PJN98FT9] when submitting change batch: InvalidChangeBatch: [Tried to create resource record set [name='api.example.org.', type='A'] but it already exists]\n\tstatus code: 400, request id: " + uuid(rng), [])

    def retry(rng, a=1):
        return ("E", None, "Throttling: Rate exceeded\n\tstatus code: 400, request id: " + uuid(rng), [])

    def start(rng):
        return [("I", None, "config: {APIServerURL: KubeConfig: RequestTimeout:30s DefaultTargets:[] ContourLoadBalancerService:heptio-contour/contour Sources:[service ingress] Provider:aws DomainFilter:[example.org] Policy:upsert-only Registry:txt TXTOwnerID:my-cluster Interval:1m0s}", []),
                ("I", None, "Instantiating new Kubernetes client", []), ("I", None, "Using inCluster-config based on serviceaccount-token", []), ("I", None, "Created Kubernetes client https://10.96.0.1:443", [])]

    def stop(rng):
        return [("I", None, "Received SIGTERM. Terminating...", [])]

    def ne(rng):
        return ("F" if False else "E", None, "records retrieval failed: failed to list resource records: AccessDenied: User: arn:aws:sts::123456789012:assumed-role/external-dns/1709 is not authorized to perform: route53:ListResourceRecordSets on resource: hostedzone/Z1D633PJN98FT9\n\tstatus code: 403, request id: " + uuid(rng), [])

    def disk(rng):
        return ("E", None, "failed to write txt cache: open /tmp/external-dns-cache: no space left on device", [])

    return Spec(name="external-dns", file="external-dns.log", absk="Z", rt="go", vol=1, heavy=False, render=lambda *a: logrus(*a), info=[info], err=[("'failed to list hosted zones' i/o timeout", e1), ("'Failure in zone ... InvalidChangeBatch'", e2)],
                retry=retry, retry_re=r"Throttling: Rate exceeded", hb=(60, hb), start=start, stop=stop, newerr=[("'records retrieval failed' AccessDenied", ne)], disk=disk,
                gofr=("sigs.k8s.io/external-dns", [("provider/aws.(*AWSProvider).records", "provider/aws/aws.go:432"), ("controller.(*Controller).RunOnce", "controller/controller.go:204")]),
                ts_re=LOGRUS_TS, tsk="iso", err_re=r" level=error ", start_re=r"Instantiating new Kubernetes client")


def harbor(y):
    def render(t, off, l, src, msg, kv):
        p = f"{syslogts(t, off)} 172.18.0.1 registry[{src or 4823}]: "
        return p + (msg if l in ("R", "A") else logrus(t, off, l, None, msg, kv, nano=True))

    REPOS = ["library/nginx", "prod/api", "prod/web", "infra/busybox", "team-a/worker"]

    def req(rng, c):
        st = c.status(rng, 200)
        d = lognorm(rng, 0.025, 0.9) * c.dmul
        rep = rng.choice(REPOS)
        uri = rng.choice([f"/v2/{rep}/manifests/{rng.choice(['latest', 'v1.4.2', 'sha256:' + hexs(rng, 64)])}", f"/v2/{rep}/blobs/sha256:{hexs(rng, 64)}", "/v2/"])
        if uri == "/v2/" and st == 200:
            st = 401 if rng.random() < 0.5 else 200
        return ("I", None, "response completed", [("go.version", "go1.21.4"), ("http.request.host", "harbor.example.com"), ("http.request.id", uuid(rng)), ("http.request.method", "HEAD" if rng.random() < 0.3 else "GET"),
                ("http.request.remoteaddr", ip(rng, "10.20")), ("http.request.uri", uri), ("http.request.useragent", "containerd/v1.7.11"), ("http.response.contenttype", "application/vnd.docker.distribution.manifest.v2+json"),
                ("http.response.duration", godur(d)), ("http.response.status", st), ("http.response.written", ri(rng, 0, 30000))])

    def acc(rng):
        return ("A", None, f'172.18.0.8 - - [{"05/Mar/2024:10:41:00 +0000"}] "GET /v2/ HTTP/1.1" 401 87 "" "containerd/v1.7.11"', [])

    def hb(rng):
        return ("I", None, "response completed", [("go.version", "go1.21.4"), ("http.request.host", "registry:5000"), ("http.request.id", uuid(rng)), ("http.request.method", "GET"), ("http.request.remoteaddr", "172.18.0.1"), ("http.request.uri", "/"), ("http.request.useragent", "Go-http-client/1.1"), ("http.response.duration", godur(lognorm(rng, 0.0002))), ("http.response.status", 200), ("http.response.written", 0)])

    def w(rng):
        return ("W", None, "error authorizing context: authorization token required", [("go.version", "go1.21.4"), ("http.request.host", "harbor.example.com"), ("http.request.method", "GET"), ("http.request.uri", "/v2/")])

    def e1(rng):
        return ("E", None, "response completed with error", [("err.code", "manifest unknown"), ("err.detail", "unknown tag=" + rng.choice(["v9", "dev", "rc1"])), ("err.message", "manifest unknown"), ("go.version", "go1.21.4"), ("http.request.method", "GET"), ("http.request.uri", f"/v2/{rng.choice(REPOS)}/manifests/dev"), ("http.response.status", 404)])

    def e2(rng):
        return ("E", None, "response completed with error", [("err.code", "blob unknown"), ("err.message", "blob unknown to registry"), ("go.version", "go1.21.4"), ("http.request.method", "HEAD"), ("http.request.uri", f"/v2/{rng.choice(REPOS)}/blobs/sha256:{hexs(rng, 64)}"), ("http.response.status", 404)])

    def retry(rng, a=1):
        return ("E", None, "retrying after error connecting to redis: dial tcp 172.18.0.4:6379: connect: connection refused", []) if False else \
            ("W", None, "error connecting to redis, will retry", [("error", "dial tcp 172.18.0.4:6379: connect: connection refused")])

    def start(rng):
        return [("I", None, "debug server listening :5001", [("go.version", "go1.21.4"), ("instance.id", uuid(rng)), ("service", "registry"), ("version", "v2.8.3.m")]),
                ("I", None, "configuring endpoint harbor (http://core:8080/service/notifications), timeout=3s, headers=map[]", [("go.version", "go1.21.4")]),
                ("I", None, "using redis blob descriptor cache", [("go.version", "go1.21.4")]),
                ("I", None, "listening on [::]:5000", [("go.version", "go1.21.4"), ("instance.id", uuid(rng)), ("service", "registry"), ("version", "v2.8.3.m")])]

    def stop(rng):
        return [("I", None, "stopping server gracefully. Draining connections for 0s", [])]

    def ne(rng):
        return ("E", None, "response completed with error", [("err.code", "unknown"), ("err.detail", "filesystem: Path not found: /docker/registry/v2/repositories/prod/api/_layers/sha256/" + "3f1c0aa2" * 8 + "/link"), ("err.message", "unknown error"), ("go.version", "go1.21.4"), ("http.request.method", "GET"), ("http.response.status", 500)])

    def disk(rng):
        return ("E", None, "response completed with error", [("err.code", "unknown"), ("err.detail", f"filesystem: mkdir /storage/docker/registry/v2/repositories/prod/api/_uploads/{uuid(rng)}: no space left on device"), ("err.message", "unknown error"), ("http.request.method", "PATCH"), ("http.response.status", 500)])

    def raw(t, off, text):
        p = f"{syslogts(t, off)} 172.18.0.1 registry[4823]: "
        return "\n".join(p + x for x in text.split("\n") if x)

    return Spec(name="harbor-registry", file="registry.log", absk="local", rt="go", vol=60, heavy=True, render=render, raw=raw, req=req, reqw=0.85, info=[hb], warn=[w],
                err=[("'response completed with error' manifest unknown", e1), ("'response completed with error' blob unknown", e2)], retry=retry, retry_re=r"error connecting to redis, will retry",
                hb=(10, hb), start=start, stop=stop, newerr=[("'response completed with error' filesystem Path not found", ne)], disk=disk,
                gofr=("github.com/docker/distribution", [("registry/storage.(*linkedBlobStore).Stat", "registry/storage/linkedblobstore.go:358"), ("registry/handlers.(*blobHandler).GetBlob", "registry/handlers/blob.go:79")]),
                ts_re=r"^(?P<ts>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) \S+ registry\[", tsk="syslog", err_re=r" level=error ", start_re=r"listening on \[::\]:5000",
                dur_re=r"http\.response\.duration=" + GO_DUR, st_re=r"msg=\"response completed\".* http\.request\.uri=/v2/.* http\.response\.status=(?P<s>\d{3})")
