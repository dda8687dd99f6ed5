"""Backend formats of less common runtimes: Deno, Bun/Node + pino-http, Swift Vapor
(SwiftLog), Clojure timbre, Perl Log::Log4perl, Haskell katip."""
import json
import time
from fmtbase import Fmt, hexs, uuid, pick, api_path, METHODS, ip

ALLK = ("error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence",
        "oom_kill", "disk_full", "panic")


def jstr(s):
    return json.dumps(s, ensure_ascii=False)


class Deno(Fmt):
    key = "deno"
    clock = "abs"
    fname = "deno-server.log"
    share = 1.2
    req_share = 0.7
    dur_median = 14.0
    min_year = 2021
    kinds = ALLK

    def head(self, t, lvl, tag, st):
        return ""

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        return '{"level":"%s","datetime":%d,"message":%s}' % (
            {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "CRITICAL"}[lvl], int(t * 1000), jstr(msg))

    def info(self, r):
        return pick(r, [("I", "", "kv: cache hit ratio %.2f over last %d lookups" % (r.uniform(0.6, 0.99), r.randrange(100, 5000))),
                        ("I", "", "cron: expired %d sessions" % r.randrange(0, 60)),
                        ("D", "", "db pool: %d/%d connections in use" % (r.randrange(1, 10), 10)),
                        ("I", "", "ws: client %s subscribed to orders.%d" % (hexs(r, 8), r.randrange(1000, 9999)))])

    def warn(self, r):
        return ("W", "", "slow query (%d ms): SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 50" % r.randrange(300, 2000))

    def e_pg(self, r):
        return ("E", "", "db query failed: PostgresError: canceling statement due to statement timeout")

    def e_fetch(self, r):
        return ("E", "", "upstream fetch failed: TypeError: error sending request for url (https://payments.example.net/v2/charge): connection closed before message completed")

    errors = (e_pg, e_fetch)

    def n_jwt(self, r):
        return ("E", "", "auth: JWT verification failed: Error: The jwt's alg does not match the specified algorithm (kid %s)" % hexs(r, 8))

    def n_s3(self, r):
        return ("E", "", "s3 upload failed: S3Error: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.")

    new_errors = (n_jwt, n_s3)

    def request(self, r, status, dur):
        return ("I", "", "%s %s %d %dms" % (pick(r, METHODS), api_path(r), status, dur))

    def retry(self, r, attempt):
        return ("W", "", "redis: connection lost (ECONNREFUSED 10.0.2.7:6379), retrying in %dms (attempt %d)" % (250 * 2 ** min(attempt, 5), attempt))

    def retry_ok(self, r):
        return ("I", "", "redis: reconnected")

    heartbeat_every = 30

    def heartbeat(self, r):
        return ("D", "", "healthcheck ok (uptime %ds)" % r.randrange(100, 100000))

    def banner(self, r, st):
        v = "1.%d.%d" % (min(46, 10 + (self.year - 2021) * 10), r.randrange(0, 6)) if self.year < 2025 else "2.%d.%d" % (self.year - 2025, r.randrange(0, 5))
        return [(0.0, "RAW", "", "Task start deno run --allow-net --allow-env --allow-read=./data --allow-write=./data main.ts"),
                (0.4, "I", "", "starting orders-api (deno %s, v8 12.%d)" % (v, r.randrange(0, 9))),
                (0.5, "I", "", "connected to postgres at db.internal:5432 (pool size 10)"),
                (0.6, "RAW", "", "Listening on http://0.0.0.0:8000/")]

    def stop(self, r, st):
        return [(0.0, "I", "", "SIGTERM received, draining connections"), (0.3, "I", "", "server closed")]

    def oom(self, r, st):
        return [(0.0, "RAW", "", "\n<--- Last few GCs --->\n\n[%d:0x%s]  %d ms: Mark-Compact 2043.1 (2082.4) -> 2041.9 (2083.1) MB, 1650.22 / 0.00 ms  (average mu = 0.112, current mu = 0.024) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\n\n#\n# Fatal JavaScript out of memory: Reached heap limit\n#"
                 % (st["pid"], hexs(r, 12), r.randrange(100000, 9000000))),
                (0.2, "RAW", "", "error: Task start failed: process exited with signal SIGTRAP")]

    def panic(self, r, st):
        return [(0.0, "RAW", "", "error: Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'id')\n    at handleOrderEvent (file:///app/src/orders/events.ts:%d:31)\n    at eventLoopTick (ext:core/01_core.js:168:7)\n    at async Object.dispatch (file:///app/src/bus.ts:57:9)" % r.randrange(40, 200))]

    def disk(self, r):
        return ("E", "", "failed to persist upload %s: No space left on device (os error 28): write '/app/data/uploads/%s.part'" % (hexs(r, 12), hexs(r, 12)))


class BunPino(Fmt):
    """pino / pino-http JSON lines; Bun runtime from 2023, Node.js before."""
    key = "bun_pino"
    clock = "abs"
    fname = "api.log"
    share = 1.4
    req_share = 0.75
    dur_median = 11.0
    kinds = ALLK

    def setup(self, r):
        self.bun = self.year >= 2023
        self.fname = "bun-api.log" if self.bun else "node-api.log"
        self.reqid = r.randrange(1, 1000)
        self.hostn = "api-%s-%s" % (hexs(r, 9), hexs(r, 5))
        self.pre = None

    def head(self, t, lvl, tag, st):
        return ""

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        lv = {"D": 20, "I": 30, "W": 40, "E": 50, "F": 60}[lvl]
        pre = '{"level":%d,"time":%d,"pid":%d,"hostname":"%s"' % (lv, int(t * 1000), st["pid"], self.hostn)
        if tag == "REQ":
            return pre + msg
        if tag == "ERR":
            m, e = msg.split("\x00")
            return pre + ',"err":%s,"msg":%s}' % (e, jstr(m))
        return pre + ',"msg":%s}' % jstr(msg)

    def info(self, r):
        return pick(r, [("I", "", "queue: processed %d jobs in %dms" % (r.randrange(1, 50), r.randrange(5, 400))),
                        ("I", "", "cache: refreshed catalog (%d products)" % r.randrange(800, 5000)),
                        ("D", "", "ws: %d clients connected" % r.randrange(0, 300))])

    def warn(self, r):
        return ("W", "", "rate limit exceeded for client %s" % ip(r, "172.16"))

    def _err(self, r, msg, etype, emsg, extra=""):
        stack = "%s: %s\n    at %s" % (etype, emsg, pick(r, ["TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
                                                             "Socket.<anonymous> (/app/node_modules/ioredis/built/Redis.js:170:41)",
                                                             "processTicksAndRejections (node:internal/process/task_queues:95:5)"]))
        return ("E", "ERR", msg + "\x00" + '{"type":"%s","message":%s,"stack":%s%s}' % (etype, jstr(emsg), jstr(stack), extra))

    def e_redis(self, r):
        return self._err(r, "cache get failed", "Error", "connect ECONNREFUSED 10.0.2.5:6379", ',"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"10.0.2.5","port":6379')

    def e_val(self, r):
        return self._err(r, "payment webhook rejected", "Error", "No signatures found matching the expected signature for payload")

    errors = (e_redis, e_val)

    def n_mongo(self, r):
        return self._err(r, "order sync failed", "MongoServerError", "E11000 duplicate key error collection: shop.orders index: externalId_1 dup key: { externalId: \"%s\" }" % hexs(r, 10), ',"code":11000')

    def n_tls(self, r):
        return self._err(r, "carrier API call failed", "Error", "unable to verify the first certificate", ',"code":"UNABLE_TO_VERIFY_LEAF_SIGNATURE"')

    new_errors = (n_mongo, n_tls)

    def request(self, r, status, dur):
        self.reqid += 1
        m = pick(r, METHODS)
        body = (',"req":{"id":%d,"method":"%s","url":"%s","query":{},"params":{},"headers":{"host":"api.internal:3000","user-agent":"%s"},"remoteAddress":"%s","remotePort":%d},'
                '"res":{"statusCode":%d,"headers":{"content-type":"application/json; charset=utf-8","content-length":"%d"}},"responseTime":%d,"msg":"request completed"}') % (
            self.reqid, m, api_path(r), pick(r, ["okhttp/4.12.0", "Shop/812 CFNetwork/1494.0.7 Darwin/23.4.0", "Mozilla/5.0"]),
            "::ffff:" + ip(r), r.randrange(30000, 65000), status, r.randrange(2, 9000), dur)
        return ("I", "REQ", body)

    def retry(self, r, attempt):
        return ("W", "", "[ioredis] Unhandled error event: connect ETIMEDOUT; reconnecting, retrying in %dms (attempt %d)" % (50 * attempt, attempt))

    def retry_ok(self, r):
        return ("I", "", "redis ready")

    heartbeat_every = 30

    def heartbeat(self, r):
        return ("D", "", "health: ok rss=%dMB heapUsed=%dMB" % (r.randrange(80, 300), r.randrange(40, 200)))

    def banner(self, r, st):
        rt = "Bun v1.%d.%d" % (min(2, self.year - 2023), r.randrange(0, 20)) if self.bun else "Node.js v%d.%d.%d" % (min(20, 8 + (self.year - 2017) * 2), r.randrange(0, 19), r.randrange(0, 5))
        return [(0.0, "I", "", "starting shop-api 3.%d.%d on %s" % (r.randrange(0, 9), r.randrange(0, 20), rt)),
                (0.3, "I", "", "connected to redis at 10.0.2.5:6379"),
                (0.5, "I", "", "Server listening at http://0.0.0.0:3000")]

    def stop(self, r, st):
        return [(0.0, "I", "", "received SIGTERM, shutting down gracefully"), (0.2, "I", "", "server closed")]

    def oom(self, r, st):
        if self.bun:
            return [(0.0, "RAW", "", "RangeError: Out of memory\n      at JSON.stringify (native)\n      at exportOrders (/app/src/export.ts:88:23)\n\nBun v1.1.8 (89d25807) Linux x64\nerror: script \"start\" was terminated by signal SIGKILL (Forced quit)")]
        return [(0.0, "RAW", "", "\n<--- Last few GCs --->\n\n[%d:0x%s]  %d ms: Mark-sweep 2046.8 (2083.7) -> 2045.9 (2083.9) MB, 1882.6 / 0.0 ms  (average mu = 0.097, current mu = 0.010) allocation failure scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb7a940 node::Abort() [node]\n 2: 0xa8e823  [node]\n 3: 0xd5c940 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, bool) [node]\n 4: 0xd5cce7 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, bool) [node]"
                 % (st["pid"], hexs(r, 12), r.randrange(100000, 9000000)))]

    def panic(self, r, st):
        if self.bun:
            return [(0.0, "RAW", "", "============================================================\nBun v1.1.8 (89d25807) Linux x64\nArgs: \"bun\" \"run\" \"src/index.ts\"\nFeatures: jsc Bun.stdin fetch http_server spawn tsconfig\nBuiltins: \"bun:main\" \"node:buffer\" \"node:crypto\" \"node:net\"\nElapsed: %dms | User: %dms | Sys: %dms\nRSS: 0.54GB | Peak: 0.61GB | Commit: 1.02GB | Faults: 12\n\npanic(main thread): Segmentation fault at address 0x10\noh no: Bun has crashed. This indicates a bug in Bun, not your code.\n\nTo send a redacted crash report to Bun's team,\nplease file a GitHub issue using the link below:\n\n https://bun.report/1.1.8/lr189d2580AggkgCgxqm/Cmn2vpBuxB23mqC2w0mpCA2AA\n"
                     % (r.randrange(10**5, 10**7), r.randrange(10**4, 10**6), r.randrange(10**3, 10**5)))]
        return [(0.0, "RAW", "", "/app/dist/services/cart.js:%d\n        throw new Error(`invariant violated: cart ${id} has no owner`);\n        ^\n\nError: invariant violated: cart %d has no owner\n    at CartService.checkout (/app/dist/services/cart.js:212:15)\n    at async /app/dist/routes/orders.js:48:9\n\nNode.js v%d.19.0"
                 % (212, r.randrange(1000, 99999), min(20, 8 + (self.year - 2017) * 2)))]

    def disk(self, r):
        return self._err(r, "failed to write upload chunk", "Error", "ENOSPC: no space left on device, write", ',"errno":-28,"code":"ENOSPC","syscall":"write"')


class Vapor(Fmt):
    key = "vapor"
    clock = "abs"
    fname = "vapor.log"
    share = 1.2
    req_share = 0.75
    dur_median = 9.0
    min_year = 2020
    kinds = ("error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence",
             "disk_full", "panic")
    LV = {"D": "debug", "I": "info", "W": "warning", "E": "error", "F": "critical", "N": "notice"}

    def head(self, t, lvl, tag, st):
        g = self.lt(t)
        src, _, rid = tag.partition("#")
        meta = " request-id=%s" % rid if rid else ""
        ts = "%04d-%02d-%02dT%02d:%02d:%02d%s" % (g[0], g[1], g[2], g[3], g[4], g[5], self.offstr())
        if self.year >= 2023:
            return "%s %s codes.vapor.application :%s [%s] " % (ts, self.LV[lvl], meta, src)
        return "%s %s codes.vapor.application :%s " % (ts, self.LV[lvl], meta)

    def info(self, r):
        return pick(r, [("I", "App", "Queues: dispatched job SendPushNotification id=%s" % uuid(r, True)),
                        ("I", "App", "Queues: job EmailReceipt finished in %dms" % r.randrange(20, 900)),
                        ("D", "FluentKit", "query read orders filters=[orders[customer_id] = $1] limits=[count(50)]")])

    def warn(self, r):
        return ("W", "Vapor#%s" % uuid(r, True), "Abort.%d: %s" % pick(r, [(404, "Not Found"), (401, "Unauthorized"), (422, "Unprocessable Entity")]))

    def e_psql(self, r):
        return ("E", "Vapor#%s" % uuid(r, True), "PSQLError(code: server, serverInfo: [sqlState: 40001, message: could not serialize access due to concurrent update])")

    def e_apns(self, r):
        return ("E", "App", "APNS push failed for device %s: BadDeviceToken" % hexs(r, 12))

    errors = (e_psql, e_apns)

    def n_redis(self, r):
        return ("E", "Vapor#%s" % uuid(r, True), "RedisConnectionPoolError(baseError: RedisConnectionPoolError.BaseError.timedOutWaitingForConnection)")

    def n_jwt(self, r):
        return ("E", "Vapor#%s" % uuid(r, True), "JWTError(identifier: \"signatureVerificationFailed\", reason: \"Signature verification failed\")")

    new_errors = (n_redis, n_jwt)

    def request(self, r, status, dur):
        rid = uuid(r, True)
        m, p = pick(r, METHODS), api_path(r)
        return [("I", "Vapor#" + rid, "%s %s" % (m, p)),
                ("I", "App#" + rid, "%s %s %d %.2fms" % (m, p, status, dur + r.random()))]

    def retry(self, r, attempt):
        return ("W", "App", "Queues: lost connection to Redis, retrying in %ds (attempt %d)" % (min(2 ** attempt, 30), attempt))

    def retry_ok(self, r):
        return ("I", "App", "Queues: reconnected to Redis")

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("I", "App", "Queues: scheduled job CleanupExpiredTokens ran (%d removed)" % r.randrange(0, 40))

    def banner(self, r, st):
        return [(0.0, "I", "FluentKit", "[Migrator] Starting prepare"), (0.2, "I", "FluentKit", "[Migrator] No new migrations"),
                (0.4, "N", "Vapor", "Server starting on http://0.0.0.0:8080")]

    def stop(self, r, st):
        return [(0.0, "N", "Vapor", "Server shutting down")]

    def panic(self, r, st):
        if self.year >= 2023:
            return [(0.0, "RAW", "", "Swift/ContiguousArrayBuffer.swift:600: Fatal error: Index out of range\n\n\U0001f4a3 Program crashed: System trap at 0x00007f%s\n\nThread 3 crashed:\n\n0 0x00007f%s _assertionFailure(_:_:file:line:flags:) + 265 in libswiftCore.so\n1 [ra] 0x0000561%s OrderController.summary(req:) + 812 in App at /app/Sources/App/Controllers/OrderController.swift:88:29\n2 [ra] 0x0000561%s closure #1 in RoutesBuilder.get<A>(_:use:) + 54 in App\n\nBacktrace took 0.41s"
                     % (hexs(r, 9), hexs(r, 9), hexs(r, 9), hexs(r, 9)))]
        return [(0.0, "RAW", "", "Fatal error: Index out of range: file Swift/ContiguousArrayBuffer.swift, line 444\nCurrent stack trace:\n0    libswiftCore.so                    0x00007f%s swift_reportError + 50\n1    libswiftCore.so                    0x00007f%s _swift_stdlib_reportFatalErrorInFile + 115\n2    App                                0x0000561%s $s3App15OrderControllerV7summary3reqAA0C0V7NIOCore15EventLoopFutureCy5VaporAL7RequestC_tF + 812\nReceived signal 4. Backtrace:"
                 % (hexs(r, 9), hexs(r, 9), hexs(r, 9)))]

    def disk(self, r):
        return ("E", "App", "Failed to store upload %s: NIOCore.IOError: write(descriptor:pointer:size:): No space left on device (errno: 28)" % uuid(r, True))


class Timbre(Fmt):
    key = "timbre"
    fname = "shop-api.log"
    share = 1.2
    req_share = 0.6
    dur_median = 18.0
    kinds = ALLK

    def setup(self, r):
        self.iso = self.year >= 2023
        self.clock = "abs" if self.iso else "utcnaive"
        self.hostn = pick(r, ["ip-10-0-3-17", "api-2", "clj-worker-1", "shop-prod-b"])

    def head(self, t, lvl, tag, st):
        g = time.gmtime(int(t))
        if self.iso:
            ts = "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g[0], g[1], g[2], g[3], g[4], g[5], int((t % 1) * 1000))
        else:
            ts = "%02d-%02d-%02d %02d:%02d:%02d" % (g[0] % 100, g[1], g[2], g[3], g[4], g[5])
        return "%s %s %s [%s] - " % (ts, self.hostn, {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}[lvl], tag)

    def info(self, r):
        return pick(r, [("I", "shop.jobs.reindex:41", "reindexed %d products in %d ms" % (r.randrange(10, 900), r.randrange(20, 2000))),
                        ("I", "shop.events:77", "published %d events to topic orders" % r.randrange(1, 40)),
                        ("D", "shop.cache:23", "cache miss for key product:%d" % r.randrange(1000, 99999))])

    def warn(self, r):
        return ("W", "shop.http.middleware:58", "slow request threshold exceeded uri=%s" % api_path(r))

    def e_pg(self, r):
        return ("E", "shop.db:88", "Query failed: org.postgresql.util.PSQLException: ERROR: could not serialize access due to concurrent update")

    def e_http(self, r):
        return ("E", "shop.carrier:112", "Carrier API call failed: clojure.lang.ExceptionInfo: clj-http: status 502 {:status 502, :reason-phrase \"Bad Gateway\"}")

    errors = (e_pg, e_http)

    def n_kafka(self, r):
        return ("E", "shop.events:91", "Send failed: org.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576" % r.randrange(1100000, 3000000))

    def n_spec(self, r):
        return ("E", "shop.http.coerce:30", "Request coercion failed: clojure.lang.ExceptionInfo: Spec assertion failed {:spec :shop.spec/order, :problems [{:path [:lines], :pred clojure.core/seq}]}")

    new_errors = (n_kafka, n_spec)

    def request(self, r, status, dur):
        return ("I", "ring.logger:0", "{:request-method :%s, :uri \"%s\", :server-name \"api.internal\", :ring.logger/type :finish, :status %d, :ring.logger/ms %d}"
                % (pick(r, METHODS).lower(), api_path(r).split("?")[0], status, dur))

    def retry(self, r, attempt):
        return ("W", "shop.db:140", "HikariPool-1 - Connection is not available, retrying in %d ms (attempt %d)" % (500 * attempt, attempt))

    def retry_ok(self, r):
        return ("I", "shop.db:146", "database connection re-established")

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("I", "shop.health:19", "heartbeat ok threads=%d heap-used=%dMB" % (r.randrange(40, 90), r.randrange(200, 900)))

    def banner(self, r, st):
        return [(0.0, "I", "shop.main:31", "Starting shop-api 2.%d.%d (Clojure 1.11.1, Java 17.0.%d)" % (r.randrange(0, 9), r.randrange(0, 9), r.randrange(2, 10))),
                (1.5, "I", "com.zaxxer.hikari.HikariDataSource:?", "HikariPool-1 - Start completed."),
                (2.2, "I", "shop.main:44", "HTTP server listening on port 3000")]

    def stop(self, r, st):
        return [(0.0, "I", "shop.main:60", "Shutdown hook: stopping system"), (0.4, "I", "com.zaxxer.hikari.HikariDataSource:?", "HikariPool-1 - Shutdown completed.")]

    def oom(self, r, st):
        return [(0.0, "E", "shop.main:72", "Uncaught exception on thread async-thread-macro-3\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)\n\tat clojure.data.json$write_string.invokeStatic(json.clj:412)\n\tat shop.export$orders__GT_json.invoke(export.clj:57)"),
                (0.1, "RAW", "", "Terminating due to java.lang.OutOfMemoryError: Java heap space")]

    def panic(self, r, st):
        return [(0.0, "RAW", "", "#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f%s, pid=1, tid=%d\n#\n# JRE version: OpenJDK Runtime Environment Temurin-17.0.9+9 (17.0.9+9) (build 17.0.9+9)\n# Java VM: OpenJDK 64-Bit Server VM Temurin-17.0.9+9 (17.0.9+9, mixed mode, sharing, tiered, compressed oops, compressed class ptrs, g1 gc, linux-amd64)\n# Problematic frame:\n# C  [libzstd-jni-1.5.5-6.so+0x4e5f]  ZSTD_decompressStream+0x3f\n#\n# Core dump will be written. Default location: /app/core\n#\n# An error report file with more information is saved as:\n# /app/hs_err_pid1.log\n#\n# If you would like to submit a bug report, please visit:\n#   https://github.com/adoptium/adoptium-support/issues\n# The crash happened outside the Java Virtual Machine in native code.\n# See problematic frame for where to report the bug.\n#"
                 % (hexs(r, 9), r.randrange(20, 90)))]

    def disk(self, r):
        return ("E", "shop.export:120", "Export failed: java.io.IOException: No space left on device")


class Log4perl(Fmt):
    key = "log4perl"
    clock = "local"
    fname = "shop-worker.log"
    share = 1.0
    req_share = 0.55
    dur_median = 35.0
    kinds = ALLK

    def head(self, t, lvl, tag, st):
        g = self.lt(t)
        return "%04d/%02d/%02d %02d:%02d:%02d [%d] %-5s %s - " % (g[0], g[1], g[2], g[3], g[4], g[5], st["pid"],
                                                               {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}[lvl], tag)

    def info(self, r):
        return pick(r, [("I", "Shop::Queue", "picked job %d (type=%s)" % (r.randrange(10**5, 10**6), pick(r, ["invoice", "label", "email"]))),
                        ("I", "Shop::Invoice", "rendered invoice INV-%d (%d pages)" % (r.randrange(10**5, 10**6), r.randrange(1, 6))),
                        ("D", "Shop::DB", "prepare_cached: SELECT id, state FROM jobs WHERE state = ? LIMIT 20")])

    def warn(self, r):
        return ("W", "Shop::Queue", "job %d took longer than expected" % r.randrange(10**5, 10**6))

    def e_dead(self, r):
        return ("E", "Shop::Model::Order", "DBD::Pg::st execute failed: ERROR:  deadlock detected at /opt/shop/lib/Shop/Model/Order.pm line 212.")

    def e_lwp(self, r):
        return ("E", "Shop::Carrier", "tracking request to https://carrier.example.net/track/%d failed: 500 read timeout" % r.randrange(10**8, 10**9))

    def e_smtp(self, r):
        return ("E", "Shop::Mailer", "Net::SMTP: connect to smtp.example.net:587 failed: Connection timed out")

    errors = (e_dead, e_lwp, e_smtp)

    def n_json(self, r):
        return ("E", "Shop::Webhook", "malformed JSON string, neither tag, array, object, number, string or atom, at character offset 0 (before \"<html>\\r\\n<head><t...\") at /opt/shop/lib/Shop/Webhook.pm line 57.")

    def n_utf8(self, r):
        return ("E", "Shop::Export", "Wide character in print at /opt/shop/lib/Shop/Export.pm line 133.")

    new_errors = (n_json, n_utf8)

    def request(self, r, status, dur):
        return ("I", "Shop::Web", "%s %s %d %.1fms" % (pick(r, METHODS), api_path(r), status, dur + r.random()))

    def retry(self, r, attempt):
        return ("W", "Shop::DB", "DBI connect('dbname=shop;host=db.internal','shop',...) failed: could not connect to server: Connection refused; retrying in %ds (attempt %d)" % (min(2 ** attempt, 30), attempt))

    def retry_ok(self, r):
        return ("I", "Shop::DB", "reconnected to dbname=shop;host=db.internal")

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("I", "Shop::Daemon", "alive: %d jobs queued, %d workers busy" % (r.randrange(0, 200), r.randrange(0, 8)))

    def banner(self, r, st):
        return [(0.0, "I", "Shop::Daemon", "shop-worker 3.4.%d starting (perl 5.%d.%d, pid %d)" % (r.randrange(0, 9), pick(r, [30, 32, 34, 36, 38]), r.randrange(0, 3), st["pid"])),
                (0.2, "I", "Shop::DB", "connected to dbname=shop;host=db.internal"),
                (0.3, "I", "Shop::Web", "Listening at \"http://*:3000\"")]

    def stop(self, r, st):
        return [(0.0, "I", "Shop::Daemon", "caught SIGTERM, finishing current jobs"), (0.5, "I", "Shop::Daemon", "shutdown complete")]

    def oom(self, r, st):
        return [(0.0, "RAW", "", "Out of memory!"), (0.01, "RAW", "", "Out of memory during \"large\" request for 134221824 bytes, total sbrk() is 2147618816 bytes at /opt/shop/lib/Shop/Export.pm line 96.")]

    def panic(self, r, st):
        return [(0.0, "F", "Shop::Worker", "Can't call method \"id\" on an undefined value at /opt/shop/lib/Shop/Worker.pm line %d." % r.randrange(100, 400)),
                (0.01, "RAW", "", "Can't call method \"id\" on an undefined value at /opt/shop/lib/Shop/Worker.pm line 214.\n\tShop::Worker::run(Shop::Worker=HASH(0x55d%s)) called at /opt/shop/bin/shop-worker line 31" % hexs(r, 7))]

    def disk(self, r):
        return ("E", "Shop::Spool", "Cannot write /var/spool/shop/out/%d.json: No space left on device at /opt/shop/lib/Shop/Spool.pm line 88." % r.randrange(10**5, 10**6))


class Katip(Fmt):
    key = "katip"
    clock = "utcnaive"
    fname = "shop-api.katip.log"
    share = 1.0
    req_share = 0.6
    dur_median = 8.0
    kinds = ALLK

    def setup(self, r):
        self.hostn = pick(r, ["hs-api-1", "ip-10-1-4-22", "katip-box"])
        self.fname = pick(r, ["shop-api.log", "server.log", "app.log"])

    def head(self, t, lvl, tag, st):
        g = time.gmtime(int(t))
        ns, _, loc = tag.partition("|")
        return "[%04d-%02d-%02d %02d:%02d:%02d][shop-api.%s][%s][%s][PID %d][ThreadId %d][%s] " % (
            g[0], g[1], g[2], g[3], g[4], g[5], ns, {"D": "Debug", "I": "Info", "W": "Warning", "E": "Error", "F": "Critical", "N": "Notice"}[lvl],
            self.hostn, st["pid"], 5 + int(t * 7) % 400, loc)

    def info(self, r):
        return pick(r, [("I", "worker|main:Shop.Worker src/Shop/Worker.hs:64:7", "processed batch of %d events" % r.randrange(1, 100)),
                        ("D", "db|main:Shop.DB src/Shop/DB.hs:41:3", "pool stats: %d idle, %d in use" % (r.randrange(0, 10), r.randrange(0, 10))),
                        ("I", "cache|main:Shop.Cache src/Shop/Cache.hs:29:5", "evicted %d entries" % r.randrange(0, 500))])

    def warn(self, r):
        return ("W", "web|main:Shop.Web src/Shop/Web.hs:102:9", "client sent invalid JSON body: Error in $: not enough input")

    def e_sql(self, r):
        return ("E", "db|main:Shop.DB src/Shop/DB.hs:77:11", "SqlError {sqlState = \"40P01\", sqlExecStatus = FatalError, sqlErrorMsg = \"deadlock detected\", sqlErrorDetail = \"\", sqlErrorHint = \"\"}")

    def e_http(self, r):
        return ("E", "carrier|main:Shop.Carrier src/Shop/Carrier.hs:58:5", "HttpExceptionRequest Request { host = \"carrier.example.net\" port = 443 secure = True } ResponseTimeout")

    errors = (e_sql, e_http)

    def n_aeson(self, r):
        return ("E", "webhook|main:Shop.Webhook src/Shop/Webhook.hs:33:7", "decode failed: Error in $.data.amount: parsing Int failed, expected Number, but encountered String")

    def n_stm(self, r):
        return ("E", "worker|main:Shop.Worker src/Shop/Worker.hs:91:7", "thread blocked indefinitely in an MVar operation")

    new_errors = (n_aeson, n_stm)

    def request(self, r, status, dur):
        return ("I", "web|main:Shop.Web src/Shop/Web.hs:55:5", "\"%s %s\" %d %.6fs" % (pick(r, METHODS), api_path(r), status, dur / 1000.0))

    def retry(self, r, attempt):
        return ("W", "db|main:Shop.DB src/Shop/DB.hs:120:9", "libpq: connection to server at \"db.internal\" (10.0.0.12), port 5432 failed: Connection refused; retrying in %ds (attempt %d)" % (min(2 ** attempt, 30), attempt))

    def retry_ok(self, r):
        return ("I", "db|main:Shop.DB src/Shop/DB.hs:126:9", "database connection restored")

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("I", "health|main:Shop.Health src/Shop/Health.hs:18:3", "heartbeat: gc live bytes %d" % r.randrange(10**7, 10**9))

    def banner(self, r, st):
        return [(0.0, "N", "main|main:Main app/Main.hs:32:5", "Starting shop-api 0.4.%d on port 8080" % r.randrange(0, 9)),
                (0.2, "I", "db|main:Shop.DB src/Shop/DB.hs:22:3", "Connected to postgres (pool size 10)")]

    def stop(self, r, st):
        return [(0.0, "N", "main|main:Main app/Main.hs:48:5", "Received SIGTERM, shutting down")]

    def oom(self, r, st):
        return [(0.0, "RAW", "", "shop-api: Heap exhausted;\nshop-api: Current maximum heap size is 1073741824 bytes (1024 MB).\nshop-api: Use `+RTS -M<size>' to increase it.")]

    def panic(self, r, st):
        cs = "\nCallStack (from HasCallStack):\n  error, called at libraries/base/GHC/List.hs:1646:3 in base:GHC.List\n  errorEmptyList, called at libraries/base/GHC/List.hs:85:11 in base:GHC.List\n  badHead, called at libraries/base/GHC/List.hs:81:28 in base:GHC.List\n  head, called at src/Shop/Cart.hs:88:14 in shop-api-0.4.2-inplace:Shop.Cart" if self.year >= 2024 else ""
        return [(0.0, "RAW", "", "shop-api: Prelude.head: empty list" + cs)]

    def disk(self, r):
        return ("E", "snapshot|main:Shop.Snapshot src/Shop/Snapshot.hs:40:9", "Failed to write snapshot: /var/lib/shop/snap.tmp: hPutBuf: resource exhausted (No space left on device)")
