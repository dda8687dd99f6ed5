"""blind18 formats, part 5: logstash, kibana, otel collector, jaeger collector; plus the registry."""
from formats4 import *


def logstash(y):
    pl = y >= 2019

    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        L = {"I": "INFO ", "W": "WARN ", "E": "ERROR", "D": "DEBUG"}[l]
        lg, plug = src
        ids = f"[main][{plug}]" if (pl and plug) else ("[main]" if pl and plug == "" else "")
        return f"[{iso(t, off, 3, '', 'T', ',')}][{L}][{lg:<25}]{ids} {msg}"

    PID = "8f2b6a1c4d3e5f7a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a"

    def info(rng):
        return ("W", ("logstash.outputs.elasticsearch", PID), f'Could not index event to Elasticsearch. {{:status=>400, :action=>["index", {{:_id=>nil, :_index=>"logs-{rng.choice(["app", "nginx"])}-2024.03.05", :routing=>nil}}, {{"message"=>"..."}}], :response=>{{"index"=>{{"_index"=>"logs-app-2024.03.05", "_id"=>"{sfx(rng, 20)}", "status"=>400, "error"=>{{"type"=>"mapper_parsing_exception", "reason"=>"failed to parse field [status] of type [long] in document with id \'{sfx(rng, 20)}\'. Preview of field\'s value: \'-\'", "caused_by"=>{{"type"=>"illegal_argument_exception", "reason"=>"For input string: \\"-\\""}}}}}}}}}}', [])

    def hb(rng):
        return ("I", ("logstash.outputs.elasticsearch", PID), f"Restored connection to ES instance {{:url=>\"http://elasticsearch:9200/\"}}", []) if False else \
            ("I", ("logstash.inputs.beats" if False else "filewatch.observingtail", ""), "START, creating Discoverer, Watch with file and sincedb collections" if False else f"QUIT - closing all files and shutting down." if False else "sincedb_write: /usr/share/logstash/data/plugins/inputs/file/.sincedb_" + hexs(rng, 32)[:32] + " (time = 2024-03-05 10:41:00 +0000)" if False else "Beats inputs: Starting input listener {:address=>\"0.0.0.0:5044\"}" if False else "Flushing buffer at interval {:instance=>\"#<LogStash::Outputs::ElasticSearch::Buffer>\", :interval=>1}" if False else "Pipeline main running", []) if False else \
            ("I", ("logstash.javapipeline", ""), "Pipeline `main` is running" if False else "Pipeline Java execution initialization time {\"seconds\"=>0.86}", []) if False else \
            ("I", ("logstash.outputs.elasticsearch", PID), "Retrying individual bulk actions that failed or were rejected by the previous bulk request. {:count=>1}", [])

    def e1(rng):
        return ("E", ("logstash.filters.ruby", "a1b2c3"), "Ruby exception occurred: undefined method `[]' for nil:NilClass {:class=>\"NoMethodError\", :backtrace=>[\"(ruby filter code):3:in `block in filter_method'\", \"/usr/share/logstash/vendor/bundle/jruby/3.1.0/gems/logstash-filter-ruby-3.1.8/lib/logstash/filters/ruby.rb:96:in `inline_script'\"]}", [])

    def e2(rng):
        return ("E", ("logstash.outputs.elasticsearch", PID), "Encountered a retryable error (will retry with exponential backoff) {:code=>503, :url=>\"http://elasticsearch:9200/_bulk\", :content_length=>" + str(ri(rng, 1000, 90000)) + "}" if False else
                "Attempted to send a bulk request but Elasticsearch appears to be unreachable or down {:message=>\"Elasticsearch Unreachable: [http://elasticsearch:9200/][Manticore::SocketTimeout] Read timed out\", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :will_retry_in_seconds=>2}", [])

    def retry(rng, a=1):
        return ("I", ("logstash.outputs.elasticsearch", PID), f"Retrying failed action {{:status=>429, :action=>[\"index\", {{:_id=>nil, :_index=>\"logs-app-2024.03.05\", :routing=>nil}}, {{\"message\"=>\"...\"}}], :error=>{{\"type\"=>\"es_rejected_execution_exception\", \"reason\"=>\"rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes={ri(rng, 10 ** 6, 10 ** 8)}, max_coordinating_and_primary_bytes=107374182]\"}}}}", [])

    def start(rng):
        return [("I", ("logstash.runner", None), "Log4j configuration path used is: /usr/share/logstash/config/log4j2.properties", []),
                ("I", ("logstash.runner", None), "Starting Logstash {\"logstash.version\"=>\"8.12.2\", \"jruby.version\"=>\"jruby 9.4.5.0 (3.1.4) 2023-11-02 1abae2700f OpenJDK 64-Bit Server VM 17.0.10+7 on 17.0.10+7 +indy +jit [x86_64-linux]\"}", []),
                ("I", ("logstash.agent", None), "Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}", []),
                ("I", ("logstash.javapipeline", ""), "Starting pipeline {:pipeline_id=>\"main\", \"pipeline.workers\"=>4, \"pipeline.batch.size\"=>125, \"pipeline.batch.delay\"=>50, \"pipeline.max_inflight\"=>500}", []),
                ("I", ("logstash.javapipeline", ""), "Pipeline started {\"pipeline.id\"=>\"main\"}", []),
                ("I", ("logstash.agent", None), "Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]}", [])]

    def stop(rng):
        return [("W", ("logstash.runner", None), "SIGTERM received. Shutting down.", []), ("I", ("logstash.javapipeline", ""), "Pipeline terminated {\"pipeline.id\"=>\"main\"}", []),
                ("I", ("logstash.pipelinesregistry", None), "Removed pipeline from registry successfully {:pipeline_id=>:main}", []), ("I", ("logstash.runner", None), "Logstash shut down.", [])]

    def ne(rng):
        return ("E", ("logstash.javapipeline", ""), "Pipeline worker error, the pipeline will be stopped {:pipeline_id=>\"main\", :error=>\"(ArgumentError) invalid byte sequence in UTF-8\", :exception=>Java::OrgJrubyExceptions::ArgumentError}", [])

    def disk(rng):
        return ("E", ("org.logstash.ackedqueue.io.MmapPageIOV2", None), "Error writing to page /usr/share/logstash/data/queue/main/page." + str(ri(rng, 10, 99)) + ": java.io.IOException: No space left on device", [])

    def oom(rng):
        return ("E", ("logstash.javapipeline", ""), "Pipeline worker error, the pipeline will be stopped {:pipeline_id=>\"main\", :error=>\"Java heap space\", :exception=>Java::JavaLang::OutOfMemoryError}\njava.lang.OutOfMemoryError: Java heap space\nDumping heap to java_pid1.hprof ...", [])

    return Spec(name="logstash", file="logstash-plain.log", absk="local", rt="jvm", vol=10, heavy=False, render=render, info=[info, hb], err=[("ruby filter 'Ruby exception occurred: undefined method'", e1), ("elasticsearch output 'appears to be unreachable or down'", e2)],
                retry=retry, retry_re=r"Retrying failed action \{:status=>429", hb=(90, hb), start=start, stop=stop, newerr=[("javapipeline 'Pipeline worker error' invalid byte sequence", ne)], disk=disk, oom_line=oom, crlf_p=0.5,
                ts_re=r"^\[(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3})\]\[", tsk="iso", err_re=r"^\[[^\]]+\]\[ERROR\]", start_re=r"Starting Logstash")


def kibana(y):
    ecs = y >= 2022

    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        kd = dict(kv)
        if ecs:
            lv = "DEBUG" if "status" in kd else {"I": "INFO", "W": "WARN", "E": "ERROR", "D": "DEBUG"}[l]
            d = {"ecs": {"version": "8.11.0"}, "@timestamp": iso(t, off, 3, "c"), "message": msg, "log": {"level": lv, "logger": src}, "process": {"pid": 7, "uptime": round((t % 86400) + 12.5, 3)}}
            if "status" in kd:
                d.update({"http": {"request": {"method": kd["method"].upper(), "mime_type": "application/json", "referrer": "https://kibana.example.org/app/discover"},
                                   "response": {"body": {"bytes": kd["bytes"]}, "status_code": kd["status"], "responseTime": kd["rt"]}},
                          "url": {"path": kd["path"], "query": ""}, "user_agent": {"original": "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"}, "client": {"ip": kd["ip"]}})
            d["service"] = {"node": {"roles": ["background_tasks", "ui"]}}
            return jd(d)
        if "status" in kd:
            return jd({"type": "response", "@timestamp": iso(t, 0, 0), "tags": [], "pid": 7, "method": kd["method"], "statusCode": kd["status"], "req": {"url": kd["path"], "method": kd["method"], "headers": {"host": "kibana.example.org", "user-agent": "Mozilla/5.0"}, "remoteAddress": kd["ip"], "userAgent": "Mozilla/5.0", "referer": "https://kibana.example.org/app/discover"}, "res": {"statusCode": kd["status"], "responseTime": kd["rt"], "contentLength": kd["bytes"]}, "message": msg})
        tags = [{"I": "info", "W": "warning", "E": "error", "D": "debug"}[l]] + src.split(".")
        return jd({"type": "log", "@timestamp": iso(t, 0, 0), "tags": tags, "pid": 7, "message": msg})

    P = ["/api/status", "/internal/bsearch", "/api/saved_objects/_find", "/internal/search/ese", "/api/alerting/rules/_find", "/internal/security/me", "/api/fleet/agents"]

    def req(rng, c):
        st = c.status(rng)
        rt = max(1, int(lognorm(rng, 35, 0.9) * c.dmul))
        m = rng.choice(["get", "get", "post"])
        p = rng.choice(P)
        b = ri(rng, 100, 90000)
        return ("I", "http.server.response", f"{m.upper()} {p} {st} {rt}ms - {b / 1024:.1f}KB", [("method", m), ("path", p), ("status", st), ("rt", rt), ("bytes", b), ("ip", ip(rng, "10.20"))])

    def hb(rng):
        return ("I", "plugins.taskManager" if ecs else "plugins.taskManager.taskManager", "Task Manager utilization is " + str(ri(rng, 1, 30)) + "%" if False else "Kibana is now available", []) if False else \
            ("I", "plugins.securitySolution" if False else "plugins.reporting.store", "Task " if False else "Reporting store: polled 0 pending jobs" if False else "Kibana instance status: available" if False else "Checking for expired sessions" if False else "Scheduling session index cleanup task", []) if False else \
            ("I", "plugins.security.session.index", "Scheduling session index cleanup" if False else "Cleaning up expired and invalid sessions", [])

    def w(rng):
        return ("W", "plugins.security.config" if False else "plugins.taskManager", f"Detected potential performance issue with Task Manager. Set 'xpack.task_manager.monitored_stats_health_verbose_log.enabled: true' in your Kibana.yml to enable debug logging", [])

    def e1(rng):
        return ("E", "plugins.alerting", f"Executing Rule default:.es-query:{uuid(rng)} has resulted in Error: search_phase_execution_exception: [illegal_argument_exception] Reason: Text fields are not optimised for operations that require per-document field data", [])

    def e2(rng):
        return ("E", "plugins.taskManager", f"Task alerting:.index-threshold \"{uuid(rng)}\" failed: Error: Saved object [alert/{uuid(rng)}] not found", [])

    def retry(rng, a=1):
        return ("E", "elasticsearch-service", "Unable to retrieve version information from Elasticsearch nodes. connect ECONNREFUSED 10.0.9.14:9200", [])

    def start(rng):
        if ecs:
            return [("I", "root", "Kibana is starting", []), ("I", "node", "Kibana process configured with roles: [background_tasks, ui]", []),
                    ("I", "plugins-service", "Plugin \"cloudChat\" is disabled.", []), ("I", "http.server.Preboot", "http server running at http://0.0.0.0:5601", []),
                    ("I", "plugins-system.standard", "Setting up [142] plugins: [translations,monitoringCollection,licensing,globalSearch,features,security,taskManager,alerting]", []),
                    ("I", "http.server.Kibana", "http server running at http://0.0.0.0:5601", []), ("I", "status", "Kibana is now available (was degraded)", [])]
        return [("I", "plugins-service", "Plugin \"visTypeXy\" is disabled.", []), ("I", "plugins-system", "Setting up [97] plugins: [taskManager,licensing,globalSearch,security,alerts]", []),
                ("I", "listening.info", "Server running at http://0.0.0.0:5601", []), ("I", "http.server.Kibana", "http server running at http://0.0.0.0:5601", [])]

    def stop(rng):
        return [("I", "root", "SIGTERM received - initiating shutdown", []), ("I", "root", "Kibana is shutting down", []), ("I", "plugins-system.standard", "Stopping all plugins.", [])]

    def ne(rng):
        return ("E", "plugins.fleet", "Error: [resource_not_found_exception] Reason: Unable to find pipeline [logs-system.syslog-1.6.4], with { statusCode=404 }", [])

    def disk(rng):
        return ("E", "plugins.reporting", "Error: ENOSPC: no space left on device, write", [])

    return Spec(name="kibana", file="kibana.log" if ecs else "kibana.json.log", absk="c" if ecs else "Z", rt="node", vol=60, heavy=True, render=render, req=req, reqw=0.88,
                info=[hb], warn=[w], err=[("alerting 'Executing Rule ... has resulted in Error'", e1), ("taskManager 'Task ... failed: Saved object not found'", e2)],
                retry=retry, retry_re=r"Unable to retrieve version information from Elasticsearch nodes", hb=(60, hb), start=start, stop=stop,
                newerr=[("fleet 'Unable to find pipeline'", ne)], disk=disk, crlf_p=0.3,
                ts_re=r'"@timestamp":"(?P<ts>[^"]+)"', tsk="iso", err_re=r'"log":\{"level":"ERROR"|"tags":\["error"', start_re=r"Kibana is starting|Server running at http",
                dur_re=r'"responseTime":(?P<v>\d+)(?P<u>)', st_re=r'"(?:statusCode|status_code)":(?P<s>\d{3})')


def otelcol(y):
    V = {2021: "v0.40.0", 2022: "v0.66.0", 2023: "v0.89.0", 2024: "v0.96.0", 2025: "v0.120.0", 2026: "v0.128.0"}.get(y, "v0.40.0")
    newc = y >= 2023

    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        return f"{iso(t, 0, 3)}\t{LW[l]}\t{src}\t{msg}" + zapfields(kv)

    def cal(f):
        if not newc:
            return f.split("/", 1)[1] if "@" in f.split("/")[0] else f
        return f

    def info(rng):
        if rng.random() < 0.5:
            return ("I", "MetricsExporter" if y < 2024 else "Metrics", "", [("kind", "exporter"), ("data_type", "metrics"), ("name", "debug" if y >= 2024 else "logging"), ("resource metrics", ri(rng, 1, 8)), ("metrics", ri(rng, 10, 300)), ("data points", ri(rng, 10, 900))]) if False else \
                ("I", "TracesExporter" if y < 2024 else "Traces", "", [("kind", "exporter"), ("data_type", "traces"), ("name", "debug" if y >= 2024 else "logging"), ("resource spans", ri(rng, 1, 8)), ("spans", ri(rng, 1, 500))])
        return ("I", "MetricsExporter" if y < 2024 else "Metrics", "", [("kind", "exporter"), ("data_type", "metrics"), ("name", "debug" if y >= 2024 else "logging"), ("resource metrics", ri(rng, 1, 8)), ("metrics", ri(rng, 10, 300)), ("data points", ri(rng, 10, 900))])

    def r2(f):
        def render2(t, off, l, src, msg, kv):
            if l == "R":
                return msg
            if msg == "":
                return f"{iso(t, 0, 3)}\t{LW[l]}\t{src}" + zapfields(kv)
            return render(t, off, l, src, msg, kv)
        return render2

    def w(rng):
        return ("W", cal(f"batchprocessor@{V}/batch_processor.go:258"), "Sender failed", [("kind", "processor"), ("name", "batch"), ("pipeline", "logs"), ("error", "sending queue is full")])

    def e1(rng):
        return ("E", cal(f"exporterhelper@{V}/queue_sender.go:101" if y >= 2024 else "exporterhelper/queued_retry.go:391"), "Exporting failed. Dropping data.", [("kind", "exporter"), ("data_type", "metrics"), ("name", "prometheusremotewrite"), ("error", "Permanent error: Permanent error: remote write returned HTTP status 400 Bad Request; err = %!w(<nil>): out of order sample"), ("dropped_items", ri(rng, 10, 900))])

    def e2(rng):
        return ("E", cal(f"scraperhelper@{V}/scrapercontroller.go:197"), "Error scraping metrics", [("kind", "receiver"), ("name", "prometheus/self"), ("data_type", "metrics"), ("error", "Get \"http://10.0.4.8:8888/metrics\": dial tcp 10.0.4.8:8888: connect: connection refused"), ("scraper", "prometheus/self")]) if False else \
            ("E", cal(f"kafkaexporter@{V}/kafka_exporter.go:57" if False else f"otlpreceiver@{V}/otlp.go:152"), "Error sending data" if False else "grpc: error while marshaling: proto: Marshal called with nil", [("kind", "receiver"), ("name", "otlp"), ("data_type", "traces")])

    def retry(rng, a=1):
        return ("I", cal(f"exporterhelper@{V}/retry_sender.go:118" if y >= 2024 else "exporterhelper/queued_retry.go:433"), "Exporting failed. Will retry the request after interval.",
                [("kind", "exporter"), ("data_type", "traces"), ("name", "otlp/tempo"), ("error", "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.96.14.2:4317: connect: connection refused\""), ("interval", godur(rng.uniform(2, 30)))])

    def start(rng):
        return [("I", cal(f"service@{V}/telemetry.go:59" if newc else "service/telemetry.go:95"), "Setting up own telemetry...", []),
                ("I", cal(f"service@{V}/service.go:143"), "Starting otelcol-contrib...", [("Version", V[1:]), ("NumCPU", 4)]),
                ("I", cal(f"extensions/extensions.go:34" if not newc else f"extensions/extensions.go:34"), "Starting extensions...", []),
                ("I", cal(f"otlpreceiver@{V}/otlp.go:102"), "Starting GRPC server", [("kind", "receiver"), ("name", "otlp"), ("data_type", "traces"), ("endpoint", "0.0.0.0:4317")]),
                ("I", cal(f"service@{V}/service.go:169"), "Everything is ready. Begin running and processing data.", [])]

    def stop(rng):
        return [("I", cal(f"otelcol@{V}/collector.go:258"), "Received signal from OS", [("signal", "terminated")]), ("I", cal(f"service@{V}/service.go:179"), "Starting shutdown...", []),
                ("I", cal(f"extensions/extensions.go:59"), "Stopping extensions...", []), ("I", cal(f"service@{V}/service.go:193"), "Shutdown complete.", [])]

    def ne(rng):
        return ("E", cal(f"exporterhelper@{V}/queue_sender.go:101" if y >= 2024 else "exporterhelper/queued_retry.go:391"), "Exporting failed. Dropping data.", [("kind", "exporter"), ("data_type", "logs"), ("name", "loki"), ("error", "Permanent error: HTTP 400 \"Bad Request\": entry for stream '{exporter=\"OTLP\"}' has timestamp too old"), ("dropped_items", 17)])

    def disk(rng):
        return ("E", cal(f"filestorage@{V}/client.go:98" if False else f"exporterhelper@{V}/queue_sender.go:101"), "Failed to persist queue item" if False else "Exporting failed. Dropping data.", [("kind", "exporter"), ("data_type", "traces"), ("name", "otlp/tempo"), ("error", "write /var/lib/otelcol/file_storage/exporter_otlp_tempo_traces: no space left on device"), ("dropped_items", 512)])

    return Spec(name="otelcol", file="otelcol-contrib.log", absk="Z", rt="go", vol=20, heavy=False, render=r2(None), info=[info], warn=[w],
                err=[("exporter 'Exporting failed. Dropping data.' out of order sample", e1), ("otlp receiver marshal error", e2)], retry=retry, retry_re=r"Exporting failed\. Will retry the request after interval",
                hb=(60, info), start=start, stop=stop, newerr=[("loki exporter 'timestamp too old'", ne)], disk=disk,
                gofr=("go.opentelemetry.io/collector", [("exporter/exporterhelper.(*retrySender).send", "exporter/exporterhelper/retry_sender.go:118"), ("processor/batchprocessor.(*shard).sendItems", "processor/batchprocessor/batch_processor.go:256")]),
                ts_re=HEAD_ISO, tsk="iso", err_re=r"^\S+\terror\t", start_re=r"Starting otelcol")


def jaeger(y):
    def render(t, off, l, src, msg, kv):
        if l == "R":
            return msg
        d = {"level": LW[l], "ts": float(f"{t:.7f}"), "caller": src, "msg": msg}
        d.update(kv)
        return jd(d)

    def info(rng):
        return ("I", "grpc@v1.59.0/clientconn.go:1380" if False else "channelz/funcs.go:340", "[core][Channel #1 SubChannel #2] Subchannel Connectivity change to READY", [("system", "grpc"), ("grpc_log", True)]) if rng.random() < 0.2 else \
            ("I", "app/span_processor.go:" + "176", "Span processor stats" if False else "Queue capacity adjusted" if False else "Resizing the internal span queue", [("new-size", ri(rng, 2000, 9000)), ("average-span-size-bytes", ri(rng, 500, 2000))])

    def hb(rng):
        return ("I", "healthcheck/handler.go:129" if False else "app/span_processor.go:176", "Resizing the internal span queue", [("new-size", ri(rng, 2000, 9000)), ("average-span-size-bytes", ri(rng, 500, 2000))])

    def e1(rng):
        return ("E", "app/span_processor.go:" + "143", "Failed to save span", [("error", "gocql: no response received from cassandra within timeout period"), ("stacktrace", "github.com/jaegertracing/jaeger/cmd/collector/app.(*spanProcessor).saveSpan\n\tgithub.com/jaegertracing/jaeger/cmd/collector/app/span_processor.go:143")])

    def e2(rng):
        return ("E", "config/config.go:" + "148", "Elasticsearch could not process bulk request", [("request_count", ri(rng, 1, 900)), ("failed_count", ri(rng, 1, 50)), ("error", "elastic: Error 429 (Too Many Requests): rejected execution of coordinating operation [type=es_rejected_execution_exception]"), ("response", None)])

    def start(rng):
        return [("I", "flags/service.go:" + "119", "Mounting metrics handler on admin server", [("route", "/metrics")]),
                ("I", "flags/admin.go:" + "129", "Mounting expvar handler on admin server", [("route", "/debug/vars")]),
                ("I", "flags/admin.go:" + "143", "Starting admin HTTP server", [("http-addr", ":14269")]),
                ("I", "app/collector.go:" + "167", "Starting jaeger-collector gRPC server" if False else "Starting jaeger-collector HTTP server", [("http host-port", ":14268")]),
                ("I", "healthcheck/handler.go:" + "129", "Health Check state change", [("status", "ready")])]

    def stop(rng):
        return [("I", "flags/service.go:" + "139", "Shutting down", []), ("I", "healthcheck/handler.go:" + "129", "Health Check state change", [("status", "unavailable")]), ("I", "flags/service.go:" + "147", "Shutdown complete", [])]

    def ne(rng):
        return ("E", "app/span_processor.go:" + "143", "Failed to save span", [("error", "Error 400 (Bad Request): failed to parse field [tags.value] of type [long] in document [type=mapper_parsing_exception]")])

    def disk(rng):
        return ("E", "app/span_processor.go:" + "143", "Failed to save span", [("error", "write /badger/data/000123.vlog: no space left on device")])

    return Spec(name="jaeger-collector", file="jaeger-collector.log", absk="epoch", rt="go", vol=3, heavy=False, render=render, info=[info],
                err=[("'Failed to save span' cassandra timeout", e1), ("'Elasticsearch could not process bulk request' 429", e2)], hb=(120, hb), start=start, stop=stop,
                newerr=[("'Failed to save span' mapper_parsing_exception", ne)], disk=disk,
                gofr=("github.com/jaegertracing/jaeger", [("cmd/collector/app.(*spanProcessor).saveSpan", "cmd/collector/app/span_processor.go:143"), ("cmd/collector/app.ChainedProcessSpan.func1", "cmd/collector/app/model_consumer.go:35")]),
                ts_re=r'"ts":(?P<ts>[\d.e+]+),', tsk="epoch", err_re=r'^\{"level":"error"', start_re=r"Starting admin HTTP server")


BUILDERS = [prometheus, alertmanager, thanos, loki, mimir, consul, etcd, coredns, cilium, felix, istiod, certmanager, externaldns, harbor, keda, knative, vault, connect, nifi, logstash, kibana, otelcol, jaeger]


def all_specs(y):
    out = []
    for b in BUILDERS:
        s = b(y)
        if s.name == "otelcol" and y < 2019:
            continue
        out.append(s)
    return out


def by_file(y):
    return {s.file: s for s in all_specs(y)}
