"""blind18 formats, part 4: keda, knative, vault, kafka connect, nifi, logstash, kibana, otel collector, jaeger."""
from formats3 import *


def keda(y):
    epoch = y <= 2021
    LV = {"I": "INFO", "W": "WARN", "E": "ERROR", "D": "DEBUG"}

    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        stack = None
        if l == "E":
            stack = "github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).checkScalers\n\t/workspace/pkg/scaling/scale_handler.go:360\ngithub.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).startScaleLoop\n\t/workspace/pkg/scaling/scale_handler.go:162"
        if epoch:
            d = {"level": LW[l], "ts": float(f"{t:.7f}"), "logger": src, "msg": msg}
            d.update(kv)
            if stack:
                d["stacktrace"] = stack
            return jd(d)
        head = f"{iso(t, 0, 0)}\t{LV[l]}\t{src}" + (f"\t{msg}" if msg else "")
        return head + zapfields(kv) + ("\n" + stack if stack else "")

    SO = ["worker", "consumer", "payments-processor", "email-sender"]

    def info(rng):
        s = rng.choice(SO)
        return rng.choice([("I", "scaleexecutor", "Successfully updated ScaleTarget", [("scaledobject.Name", s), ("scaledObject.Namespace", "prod"), ("scaleTarget.Name", s), ("Original Replicas Count", ri(rng, 1, 5)), ("New Replicas Count", ri(rng, 1, 9))]),
                           ("I", "controllers.ScaledObject", "Reconciling ScaledObject", [("ScaledObject.Namespace", "prod"), ("ScaledObject.Name", s)]) if epoch else
                           ("I", "Reconciling ScaledObject", "", [("controller", "scaledobject"), ("controllerGroup", "keda.sh"), ("controllerKind", "ScaledObject"), ("ScaledObject", {"name": s, "namespace": "prod"}), ("namespace", "prod"), ("name", s), ("reconcileID", uuid(rng))])])

    def hb(rng):
        s = rng.choice(SO)
        return ("I", "scaleexecutor", "Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount", [("scaledobject.Name", s), ("scaledObject.Namespace", "prod"), ("scaleTarget.Name", s), ("Original Replicas Count", 1), ("New Replicas Count", 0)]) if False else \
            ("I", "controllers.ScaledObject" if epoch else "Reconciling ScaledObject", "Reconciling ScaledObject" if epoch else "", [("ScaledObject.Namespace", "prod"), ("ScaledObject.Name", s)])

    def e1(rng):
        return ("E", "prometheus_scaler", "error executing prometheus query", [("type", "ScaledObject"), ("namespace", "prod"), ("name", "worker"), ("error", "prometheus query api returned error. status: 503 response: ")])

    def e2(rng):
        return ("E", "scale_handler", "error getting scale decision", [("scaledobject.Name", "consumer"), ("scaledObject.Namespace", "prod"), ("scaleTarget.Name", "consumer"), ("error", "error getting Kafka consumer group lag: kafka: client has run out of available brokers to talk to (Is your cluster reachable?)")])

    def start(rng):
        return [("I", "setup", "Starting manager", []), ("I", "setup", "KEDA Version: 2.12.1", []), ("I", "setup", "Git Commit: " + hexs(rng, 40), []),
                ("I", "setup", "Go Version: go1.20.8", []), ("I", "setup", "Go OS/Arch: linux/amd64", []),
                ("I", "setup", "Running on Kubernetes 1.28", [("version", "v1.28.5")]),
                ("I", "controller-runtime.metrics", "Metrics server is starting to listen", [("addr", ":8080")]),
                ("I", "Starting EventSource", "", [("controller", "scaledobject"), ("controllerGroup", "keda.sh"), ("controllerKind", "ScaledObject"), ("source", "kind source: *v1alpha1.ScaledObject")])]

    def stop(rng):
        return [("I", "Stopping and waiting for non leader election runnables", "", []), ("I", "Stopping and waiting for leader election runnables", "", []), ("I", "Wait completed, proceeding to shutdown the manager", "", [])]

    def ne(rng):
        return ("E", "scale_handler", "error getting scale decision", [("scaledobject.Name", "email-sender"), ("scaledObject.Namespace", "prod"), ("scaleTarget.Name", "email-sender"), ("error", "error inspecting rabbitMQ: Exception (403) Reason: \"access to queue 'emails' in vhost '/' refused for user 'keda'\"")])

    def disk(rng):
        return ("E", "cert-rotation", "could not refresh CA and server certs", [("error", "open /certs/tls.crt: no space left on device")])

    return Spec(name="keda", file="keda-operator.log", absk="epoch" if epoch else "Z", rt="go", vol=15, heavy=False, render=render, info=[info], err=[("prometheus_scaler 'error executing prometheus query'", e1), ("scale_handler 'error getting scale decision' kafka brokers", e2)],
                hb=(30, hb), start=start, stop=stop, newerr=[("scale_handler rabbitMQ access refused", ne)], disk=disk,
                gofr=("github.com/kedacore/keda/v2", [("pkg/scalers.(*kafkaScaler).getLagForPartition", "pkg/scalers/kafka_scaler.go:612"), ("pkg/scaling.(*scaleHandler).checkScalers", "pkg/scaling/scale_handler.go:360")]),
                ts_re=(r'^\{"level":"\w+","ts":(?P<ts>[\d.e+]+),' if epoch else r"^(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\t"), tsk="epoch" if epoch else "iso",
                err_re=(r'^\{"level":"error"' if epoch else r"^\S+\tERROR\t"), start_re=r"Starting manager")


def knative(y):
    new = y >= 2020

    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        if new:
            d = {"severity": LW[l].upper().replace("WARN", "WARNING"), "timestamp": iso(t, 0, 9), "logger": "controller", "caller": src, "message": msg, "commit": "f1bd929"}
        else:
            d = {"level": LW[l], "ts": iso(t, 0, 3), "logger": "controller", "caller": src, "msg": msg, "knative.dev/controller": "revision-controller"}
        d.update(kv)
        return jd(d)

    def req(rng, c):
        d = lognorm(rng, 0.0009, 1.0) * c.dmul
        k = f"prod/{rng.choice(['hello', 'orders', 'thumbnailer', 'events'])}-{ri(rng, 1, 40):05d}"
        return ("I", "controller/controller.go:550", "Reconcile succeeded", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq"), ("knative.dev/controller", "knative.dev.serving.pkg.reconciler.revision.Reconciler"),
                ("knative.dev/kind", "serving.knative.dev.Revision"), ("knative.dev/traceid", uuid(rng)), ("knative.dev/key", k), ("duration", godur(d))])

    def info(rng):
        return ("I", "revision/reconcile_resources.go:76", "Reconciling deployment", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq"), ("knative.dev/key", "prod/hello-00003")]) if False else \
            ("I", "configmap/store.go:158", "config-autoscaler config \"config-autoscaler\" config was added or updated: &autoscalerconfig.Config{EnableScaleToZero:true, ContainerConcurrencyTargetFraction:0.7}", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq")])

    def hb(rng):
        return ("I", "leaderelection/context.go:156", "\"controller-6b9c7d8f5-2lmxq_" + "8c1e5a40" + "\" has started leading \"controller.knative.dev.serving.pkg.reconciler.revision.reconciler.00-of-01\"", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq")]) if False else \
            ("I", "controller/controller.go:550", "Reconcile succeeded", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq"), ("knative.dev/controller", "knative.dev.serving.pkg.reconciler.configuration.Reconciler"), ("knative.dev/kind", "serving.knative.dev.Configuration"), ("knative.dev/traceid", uuid(rng)), ("knative.dev/key", "prod/hello"), ("duration", godur(lognorm(rng, 0.0004)))])

    def e1(rng):
        return ("E", "controller/controller.go:566", "Reconcile error", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq"), ("knative.dev/key", "prod/orders-00007"), ("duration", godur(lognorm(rng, 0.01))), ("error", "failed to update deployment \"orders-00007-deployment\": Operation cannot be fulfilled on deployments.apps \"orders-00007-deployment\": the object has been modified; please apply your changes to the latest version and try again")])

    def e2(rng):
        return ("E", "controller/controller.go:566", "Reconcile error", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq"), ("knative.dev/key", "prod/events-00002"), ("duration", godur(lognorm(rng, 0.3))), ("error", "failed to resolve image to digest: Get \"https://index.docker.io/v2/\": context deadline exceeded")])

    def w(rng):
        return ("W", "revision/resolve.go:122", "Failed to resolve tag, using unresolved image", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq"), ("image", "docker.io/acme/thumbnailer:latest")]) if False else \
            ("W", "controller/controller.go:553", "Reconcile succeeded with warnings" if False else "Requeuing key", [("knative.dev/key", "prod/hello-00003"), ("after", "5s")])

    def start(rng):
        return [("I", "sharedmain/main.go:297", "Starting configuration manager...", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq")]),
                ("I", "sharedmain/main.go:303", "Starting informers...", []), ("I", "sharedmain/main.go:309", "Starting controllers...", []),
                ("I", "controller/controller.go:496", "Starting controller and workers", [("knative.dev/controller", "knative.dev.serving.pkg.reconciler.revision.Reconciler")])]

    def stop(rng):
        return [("I", "controller/controller.go:516", "Shutting down workers", [("knative.dev/controller", "knative.dev.serving.pkg.reconciler.revision.Reconciler")])]

    def ne(rng):
        return ("E", "controller/controller.go:566", "Reconcile error", [("knative.dev/pod", "controller-6b9c7d8f5-2lmxq"), ("knative.dev/key", "prod/thumbnailer-00011"), ("duration", "1.2ms"), ("error", "failed to create PA \"thumbnailer-00011\": admission webhook \"validation.webhook.autoscaling.internal.knative.dev\" denied the request: validation failed: invalid value: 0: spec.containerConcurrency")])

    def disk(rng):
        return ("E", "sharedmain/main.go:281", "Failed to write profile", [("error", "open /tmp/heap-profile: no space left on device")])

    return Spec(name="knative", file="controller-6b9c7d8f5-2lmxq_knative-serving_controller.log", absk="Z", rt="go", vol=35, heavy=True, render=render, req=req, reqw=0.85, info=[info], warn=[w],
                err=[("'Reconcile error' object has been modified", e1), ("'Reconcile error' failed to resolve image to digest", e2)], hb=(60, hb), start=start, stop=stop,
                newerr=[("'Reconcile error' admission webhook denied containerConcurrency", ne)], disk=disk,
                gofr=("knative.dev/serving", [("pkg/reconciler/revision.(*Reconciler).reconcileDeployment", "pkg/reconciler/revision/reconcile_resources.go:69"), ("pkg/reconciler/revision.(*Reconciler).ReconcileKind", "pkg/reconciler/revision/revision.go:157")]),
                ts_re=(r'^\{"severity":"\w+","timestamp":"(?P<ts>[^"]+)"' if new else r'^\{"level":"\w+","ts":"(?P<ts>[^"]+)"'), tsk="iso",
                err_re=r'^\{"(?:severity":"ERROR|level":"error)"', start_re=r"Starting configuration manager", dur_re=r'"duration":"' + GO_DUR + '"')


def vault(y):
    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        return hclog(t, off, l, src, msg, kv)

    def info(rng):
        x = rng.random()
        if x < 0.5:
            return ("I", "expiration", "revoked lease", [("lease_id", f"auth/kubernetes/login/h{hexs(rng, 40)}")])
        if x < 0.8:
            return ("I", "expiration", "revoked lease", [("lease_id", f"database/creds/readonly/{sfx(rng, 24)}")])
        return ("I", "secrets.database.database_" + "8c2f1a3e", "rotated root credentials" if False else "password rotated", [("name", "app-role")]) if False else ("I", "rollback", "attempting rollback", [("path", "database/")])

    def hb(rng):
        return ("I", "storage.raft.fsm", "snapshot persisted", [("term", 12), ("index", ri(rng, 10 ** 6, 9 * 10 ** 6))]) if False else ("I", "rollback", "attempting rollback", [("path", "sys/")])

    def w(rng):
        return ("W", "core", "unable to make request to active node", [("error", "rpc error: code = Canceled desc = context canceled")]) if False else ("W", "auth.kubernetes.auth_kubernetes_1a2b3c4d", "login unauthorized", [("err", "lookup failed: service account unauthorized; this could mean it has been deleted or recreated with a new token")])

    def e1(rng):
        return ("E", "secrets.database.database_8c2f1a3e", "error creating database object", [("error", "error verifying connection: dial tcp 10.0.5.20:5432: connect: connection timed out")])

    def e2(rng):
        return ("E", "core", "failed to revoke lease", [("lease_id", f"database/creds/readonly/{sfx(rng, 24)}"), ("error", "failed to revoke entry: resp: (*logical.Response)(nil) err: pq: role \"v-kubernet-readonly-" + sfx(rng, 20) + "\" does not exist")])

    def retry(rng, a=1):
        return ("E", "expiration", "failed to revoke lease", [("lease_id", f"database/creds/readonly/{sfx(rng, 24)}"), ("error", "failed to revoke entry: resp: (*logical.Response)(nil) err: dial tcp 10.0.5.20:5432: i/o timeout"), ("retry", f"{2 ** min(a, 8)}s" if False else godur(2 ** min(a, 6)))]) if False else \
            ("W", "core.cluster-listener", "no TLS config found for ALPN; retrying", [("ALPN", '["req_fw_sb-act_v1"]')]) if False else \
            ("E", "storage.raft", "failed to heartbeat to", [("peer", "vault-2.vault-internal:8201"), ("backoff time", godur(0.01 * 2 ** min(a, 6))), ("error", "dial tcp 10.0.7.12:8201: connect: connection refused")])

    def start(rng):
        return [("R", None, "==> Vault server configuration:\n\nAdministrative Namespace: \n             Api Address: https://vault.example.org:8200\n                     Cgo: disabled\n         Cluster Address: https://vault-0.vault-internal:8201\n   Environment Variables: HOME, HOSTNAME, KUBERNETES_PORT, PATH, SKIP_CHOWN, SKIP_SETCAP, VAULT_ADDR\n              Go Version: go1.21.4\n              Listener 1: tcp (addr: \"[::]:8200\", cluster address: \"[::]:8201\", max_request_duration: \"1m30s\", max_request_size: \"33554432\", tls: \"enabled\")\n               Log Level: info\n                   Mlock: supported: true, enabled: false\n           Recovery Mode: false\n                 Storage: raft (HA available)\n                 Version: Vault v1.15.4, built 2023-12-04T17:45:28Z\n             Version Sha: 9b61934559ba31150860e618cf18e816cbddc630\n\n==> Vault server started! Log data will stream in below:\n", []),
                ("I", "proxy environment", "", [("http_proxy", ""), ("https_proxy", ""), ("no_proxy", "")]),
                ("I", "core", "Initializing version history cache for core", []),
                ("I", "core", "stored unseal keys supported, attempting fetch", []),
                ("I", "core", "vault is unsealed", []),
                ("I", "core", "entering standby mode", [])]

    def stop(rng):
        return [("R", None, "==> Vault shutdown triggered", []), ("I", "core", "marked as sealed", []), ("I", "core", "pre-seal teardown starting", []),
                ("I", "core", "stopping raft active node", []), ("I", "core", "pre-seal teardown complete", []), ("I", "core", "stopping cluster listeners", []), ("I", "core", "vault is sealed", [])]

    def ne(rng):
        return ("E", "core", "error checking for renewal", [("error", "failed to renew entry: resp: (*logical.Response)(nil) err: permission denied on pki/issue/internal: 1 error occurred:\n\t* issuer has expired\n\n")])

    def disk(rng):
        return ("E", "storage.raft", "failed to write to log", [("error", "write /vault/data/raft/raft.db: no space left on device")])

    return Spec(name="vault", file="vault.log", absk="o", rt="go", vol=8, heavy=False, render=render, info=[info], warn=[w],
                err=[("database 'error creating database object' connection timed out", e1), ("core 'failed to revoke lease' role does not exist", e2)],
                retry=retry, retry_re=r"failed to heartbeat to: .*backoff time", hb=(60, hb), start=start, stop=stop, newerr=[("core 'error checking for renewal' issuer has expired", ne)], disk=disk, crlf_p=0.2,
                gofr=("github.com/hashicorp/vault", [("vault.(*ExpirationManager).renewEntry", "vault/expiration.go:1690"), ("vault.(*ExpirationManager).Renew", "vault/expiration.go:1412")]),
                ts_re=HEAD_ISO, tsk="iso", err_re=r"\[ERROR\]", start_re=r"Vault server started!")


JVM_OOM_FRAMES = "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)\n\tat java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:132)"


def connect(y):
    ctx = y >= 2020
    conns = ["inventory-connector", "orders-cdc", "MirrorSourceConnector", "MirrorCheckpointConnector"]

    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        L = {"I": "INFO", "W": "WARN", "E": "ERROR", "D": "DEBUG"}[l]
        c = kv[0][1] if kv and kv[0][0] == "ctx" and ctx else ""
        h, _, rest = msg.partition("\n")
        return f"[{iso(t, off, 3, '', ' ', ',')}] {L} {c}{h} ({src})" + ("\n" + rest if rest else "")

    def cx(n, i):
        return [("ctx", f"[{n}|task-{i}] ")]

    def req(rng, c):
        n = rng.choice(conns[:2])
        i = ri(rng, 0, 2)
        if y <= 2021:
            return ("I", "org.apache.kafka.connect.runtime.WorkerSourceTask:" + "515", f"WorkerSourceTask{{id={n}-{i}}} Finished commitOffsets successfully in {max(0, int(lognorm(rng, 6, 0.7) * c.dmul))} ms", cx(n, i))
        return ("I", "org.apache.kafka.connect.runtime.WorkerSourceTask:" + "233", f"WorkerSourceTask{{id={n}-{i}}} Committing offsets for {ri(rng, 1, 4000)} acknowledged messages", [("ctx", f"[{n}|task-{i}|offsets] ")])

    def info(rng):
        n = rng.choice(conns[:2])
        return rng.choice([("I", "io.debezium.connector.common.BaseSourceTask:" + "213", f"{ri(rng, 1, 9000)} records sent during previous 00:{ri(rng, 0, 1):02d}:{ri(rng, 0, 59):02d}.{ri(rng, 0, 999):03d}, last recorded offset of {{server=dbserver1}} partition is {{transaction_id=null, ts_sec={1709600000 + ri(rng, 0, 90000)}, file=mysql-bin.{ri(rng, 100, 200):06d}, pos={ri(rng, 10 ** 5, 10 ** 8)}, row=1, server_id=223344, event=2}}", cx(n, 0)),
                           ("I", "org.apache.kafka.connect.mirror.MirrorSourceTask:" + "125", f"WorkerSourceTask{{id=MirrorSourceConnector-{ri(rng, 0, 3)}}} flushing {ri(rng, 0, 9000)} outstanding messages for offset commit", cx("MirrorSourceConnector", ri(rng, 0, 3))),
                           ("I", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:" + "1074", f"[Consumer clientId=connector-consumer-MirrorSourceConnector-{ri(rng, 0, 3)}, groupId=connect-MirrorSourceConnector] Found no committed offset for partition events-{ri(rng, 0, 11)}", cx("MirrorSourceConnector", 0))])

    def hb(rng):
        return ("I", "org.apache.kafka.connect.mirror.MirrorCheckpointTask:" + "192", "refreshing idle consumers group offsets at target cluster took " + str(ri(rng, 2, 90)) + " ms" if False else f"WorkerSourceTask{{id=MirrorCheckpointConnector-0}} Committing offsets", cx("MirrorCheckpointConnector", 0))

    def w(rng):
        return ("W", "org.apache.kafka.clients.NetworkClient:" + "814", f"[Consumer clientId=connector-consumer-MirrorSourceConnector-0, groupId=connect-MirrorSourceConnector] Connection to node {ri(rng, 0, 2)} (kafka-{ri(rng, 0, 2)}.source.internal/10.1.2.{ri(rng, 2, 200)}:9092) could not be established. Broker may not be available.", cx("MirrorSourceConnector", 0))

    def e1(rng):
        n = rng.choice(conns[:2])
        return ("E", "org.apache.kafka.connect.runtime.WorkerSourceTask:" + "509", f"WorkerSourceTask{{id={n}-0}} Failed to flush, timed out while waiting for producer to flush outstanding {ri(rng, 1, 5000)} messages", cx(n, 0))

    def e2(rng):
        n = rng.choice(conns[:2])
        return ("E", "org.apache.kafka.connect.runtime.SourceTaskOffsetCommitter:" + "114", f"WorkerSourceTask{{id={n}-0}} Failed to commit offsets", cx(n, 0))

    def retry(rng, a=1):
        return ("W", "org.apache.kafka.clients.producer.internals.Sender:" + "687", f"[Producer clientId=connector-producer-inventory-connector-0] Got error produce response with correlation id {ri(rng, 1000, 999999)} on topic-partition dbserver1.inventory.orders-{ri(rng, 0, 5)}, retrying ({2147483647 - a} attempts left). Error: NOT_LEADER_OR_FOLLOWER", cx("inventory-connector", 0))

    def start(rng):
        return [("I", "org.apache.kafka.connect.cli.ConnectDistributed:" + "68", "Kafka Connect distributed worker initialization took " + str(ri(rng, 900, 3000)) + "ms", []) if False else ("I", "org.apache.kafka.connect.runtime.WorkerInfo:" + "71", "Kafka Connect worker initializing ...", []),
                ("I", "org.apache.kafka.connect.runtime.WorkerInfo:" + "51", "WorkerInfo values: \n\tjvm.args = -Xms1G, -Xmx2G, -XX:+UseG1GC, -XX:MaxGCPauseMillis=20, -Djava.awt.headless=true\n\tjvm.spec = Eclipse Adoptium, OpenJDK 64-Bit Server VM, 17.0.9, 17.0.9+9\n\tjvm.classpath = /kafka/libs/activation-1.1.1.jar:/kafka/libs/connect-api-3.6.1.jar\n\tos.spec = Linux, amd64, 5.15.0-91-generic\n\tos.vcpus = 4", []),
                ("I", "org.apache.kafka.common.utils.AppInfoParser:" + "119", "Kafka version: 3.6.1", []),
                ("I", "org.apache.kafka.common.utils.AppInfoParser:" + "120", "Kafka commitId: 5e3c2b738d253ff5", []),
                ("I", "org.apache.kafka.connect.runtime.Connect:" + "57", "Kafka Connect started", []),
                ("I", "org.apache.kafka.connect.runtime.distributed.DistributedHerder:" + "1752", "[Worker clientId=connect-1, groupId=connect-cluster] Starting connectors and tasks using config offset 123", [])]

    def stop(rng):
        return [("I", "org.apache.kafka.connect.runtime.Connect:" + "67", "Kafka Connect stopping", []),
                ("I", "org.apache.kafka.connect.runtime.distributed.DistributedHerder:" + "805", "[Worker clientId=connect-1, groupId=connect-cluster] Herder stopping", []),
                ("I", "org.apache.kafka.connect.runtime.Connect:" + "72", "Kafka Connect stopped", [])]

    def ne(rng):
        return ("E", "io.debezium.pipeline.ErrorHandler:" + "52", "Producer failure\nio.debezium.DebeziumException: Error processing binlog event\n\tat io.debezium.connector.mysql.MySqlStreamingChangeEventSource.handleEvent(MySqlStreamingChangeEventSource.java:366)\n\tat com.github.shyiko.mysql.binlog.BinaryLogClient.notifyEventListeners(BinaryLogClient.java:1263)\nCaused by: org.apache.kafka.connect.errors.ConnectException: Encountered change event for table inventory.orders whose schema isn't known to this connector", cx("orders-cdc", 0))

    def disk(rng):
        return ("E", "org.apache.kafka.connect.storage.FileOffsetBackingStore:" + "99", "Failed to write offsets to /tmp/connect.offsets\njava.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)\n\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:349)", [])

    def oom(rng):
        return ("E", "org.apache.kafka.connect.runtime.WorkerTask:" + "212", "WorkerSourceTask{id=inventory-connector-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted\njava.lang.OutOfMemoryError: Java heap space\n" + JVM_OOM_FRAMES, cx("inventory-connector", 0))

    return Spec(name="kafka-connect", file="connect.log", absk="local", rt="jvm", vol=30, heavy=True, render=render, req=req, reqw=0.5, info=[info], warn=[w],
                err=[("WorkerSourceTask 'Failed to flush, timed out while waiting for producer'", e1), ("SourceTaskOffsetCommitter 'Failed to commit offsets'", e2)],
                retry=retry, retry_re=r"Got error produce response .* retrying", hb=(60, hb), start=start, stop=stop, newerr=[("Debezium ErrorHandler 'Producer failure' schema isn't known", ne)], disk=disk, oom_line=oom,
                ts_re=r"^\[(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\] ", tsk="iso", err_re=r"^\[[^\]]+\] ERROR ", start_re=r"Kafka Connect worker initializing",
                dur_re=(r"Finished commitOffsets successfully in (?P<v>\d+) (?P<u>ms)" if y <= 2021 else None))


def nifi(y):
    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        L = {"I": "INFO", "W": "WARN", "E": "ERROR", "D": "DEBUG"}[l]
        return f"{iso(t, off, 3, '', ' ', ',')} {L} [{src[0]}] {src[1]} {msg}"

    def th(rng):
        return f"Timer-Driven Process Thread-{ri(rng, 1, 10)}"

    def pid(rng):
        return uuid(rng)[:8] + "-018e-1000-" + hexs(rng, 4) + "-" + hexs(rng, 12)

    def info(rng):
        x = rng.random()
        if x < 0.5:
            u = uuid(rng)
            body = f"LogAttribute[id={pid(rng)}] logging for flow file StandardFlowFileRecord[uuid={u},claim=StandardContentClaim [resourceClaim=StandardResourceClaim[id={1709600000000 + ri(rng, 0, 10 ** 8)}-{ri(rng, 1, 900)}, container=default, section={ri(rng, 1, 1000)}], offset={ri(rng, 0, 10 ** 6)}, length={ri(rng, 100, 90000)}],offset=0,name={u}.json,size={ri(rng, 100, 90000)}]"
            if rng.random() < 0.03:
                body += f"\n--------------------------------------------------\nStandard FlowFile Attributes\nKey: 'entryDate'\n\tValue: 'Tue Mar 05 10:41:00 UTC 2024'\nKey: 'lineageStartDate'\n\tValue: 'Tue Mar 05 10:40:58 UTC 2024'\nKey: 'fileSize'\n\tValue: '{ri(rng, 100, 90000)}'\nFlowFile Attribute Map Content\nKey: 'filename'\n\tValue: '{u}.json'\nKey: 'path'\n\tValue: './'\nKey: 'uuid'\n\tValue: '{u}'\n--------------------------------------------------"
            return ("I", (th(rng), "o.a.n.processors.standard.LogAttribute"), body, [])
        if x < 0.8:
            return ("I", (th(rng), "o.a.n.p.standard.PutFile" if False else "o.a.n.c.s.StandardProcessScheduler"), f"Starting ConsumeKafkaRecord_2_6[id={pid(rng)}]" if False else f"Running ExecuteSQL[id={pid(rng)}] ...", []) if False else \
                ("I", ("Flow Service Tasks Thread-2", "o.a.nifi.controller.StandardFlowService"), f"Saved flow controller org.apache.nifi.controller.FlowController@{hexs(rng, 8)} // Another save pending = false", [])
        return ("I", ("pool-9-thread-1", "o.a.n.c.r.c.StandardResourceClaimManager" if False else "o.a.n.c.r.WriteAheadFlowFileRepository"), "Initiating checkpoint of FlowFile Repository", [])

    def hb(rng):
        return ("I", ("pool-9-thread-1", "o.a.n.c.r.WriteAheadFlowFileRepository"), f"Successfully checkpointed FlowFile Repository with {ri(rng, 0, 900)} records in {int(lognorm(rng, 8))} milliseconds", [])

    def w(rng):
        return ("W", (th(rng), "o.a.n.controller.tasks.ConnectableTask"), f"Processing halted: uncaught exception in Component [PutSQL[id={pid(rng)}]]" if False else f"Administratively Yielding PutSQL[id={pid(rng)}] due to uncaught Exception" if False else f"PutDatabaseRecord[id={pid(rng)}] Penalizing StandardFlowFileRecord[uuid={uuid(rng)}] for 30 sec", [])

    def e1(rng):
        return ("E", (th(rng), "o.a.nifi.processors.standard.InvokeHTTP"), f"InvokeHTTP[id={pid(rng)}] Routing to Failure due to exception: java.net.SocketTimeoutException: timeout: java.net.SocketTimeoutException: timeout\njava.net.SocketTimeoutException: timeout\n\tat okio.SocketAsyncTimeout.newTimeoutException(JvmOkio.kt:147)\n\tat okio.AsyncTimeout.access$newTimeoutException(AsyncTimeout.kt:158)\n\tat okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:180)", [])

    def e2(rng):
        return ("E", (th(rng), "o.a.nifi.processors.standard.PutSQL"), f"PutSQL[id={pid(rng)}] Failed to update database due to a failed batch update, java.sql.BatchUpdateException: Duplicate entry '{ri(rng, 1000, 99999)}' for key 'PRIMARY'. There were a total of 1 FlowFiles that failed, 0 that succeeded, and 0 that were not execute and will be routed to retry; ", [])

    def start(rng):
        return [("I", ("main", "org.apache.nifi.NiFi"), "Launching NiFi...", []),
                ("I", ("main", "o.a.n.r.v.FileBasedVariableRegistry" if False else "org.apache.nifi.nar.NarUnpacker"), "Expanding 98 NAR files with all processors...", []),
                ("I", ("main", "org.eclipse.jetty.server.Server"), "jetty-10.0.19; built: 2023-12-15T20:38:32.477Z; git: 8492d1c78f122bb30cce20aecfa07e7283facd04; jvm 21.0.2+13-LTS", []),
                ("I", ("main", "o.a.n.c.StandardFlowService"), "Starting Flow Controller with flow.json.gz", []) if False else ("I", ("main", "org.apache.nifi.web.server.JettyServer"), "NiFi has started. The UI is available at the following URLs:", []),
                ("I", ("main", "org.apache.nifi.web.server.JettyServer"), "https://nifi-0.nifi-headless.nifi.svc.cluster.local:8443/nifi", []),
                ("I", ("main", "org.apache.nifi.NiFi"), f"Started Application Controller in {rng.uniform(40, 90):.3f} seconds ({ri(rng, 10 ** 10, 9 * 10 ** 10)} ns)", [])]

    def stop(rng):
        return [("I", ("Thread-1", "org.apache.nifi.NiFi"), "Application Server shutdown started", []), ("I", ("Thread-1", "o.a.n.c.StandardFlowService"), "Shutting down Flow Controller", []) if False else ("I", ("Thread-1", "o.a.n.controller.FlowController"), "Initiated graceful shutdown of flow controller...waiting up to 10 seconds", []),
                ("I", ("Thread-1", "org.apache.nifi.NiFi"), "Application Server shutdown completed", [])]

    def ne(rng):
        return ("E", (th(rng), "o.a.n.p.kafka.pubsub.PublishKafkaRecord_2_6"), f"PublishKafkaRecord_2_6[id={pid(rng)}] Failed to send StandardFlowFileRecord[uuid={uuid(rng)}] to Kafka: org.apache.kafka.common.errors.RecordTooLargeException: The message is 1638400 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.", [])

    def disk(rng):
        return ("E", (th(rng), "o.a.n.c.r.StandardProcessSession" if False else "o.a.n.c.repository.FileSystemRepository"), f"Failed to write content to claim StandardResourceClaim[id={1709600000000 + ri(rng, 0, 10 ** 8)}-1, container=default, section=1]\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:287)", [])

    def oom(rng):
        return ("E", (th(rng), "o.a.n.controller.tasks.ConnectableTask"), f"Processing halted: uncaught exception in Component [ConvertRecord[id={pid(rng)}]]\njava.lang.OutOfMemoryError: Java heap space\n" + JVM_OOM_FRAMES, [])

    return Spec(name="nifi", file="nifi-app.log", absk="local", rt="jvm", vol=45, heavy=True, render=render, info=[info], warn=[w],
                err=[("InvokeHTTP 'Routing to Failure due to exception' SocketTimeoutException", e1), ("PutSQL 'Failed to update database due to a failed batch update'", e2)],
                hb=(120, hb), start=start, stop=stop, newerr=[("PublishKafkaRecord 'RecordTooLargeException'", ne)], disk=disk, oom_line=oom, crlf_p=0.35,
                ts_re=r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) [A-Z]+ \[", tsk="iso", err_re=r"^\S+ \S+ ERROR \[", start_re=r"Launching NiFi")
