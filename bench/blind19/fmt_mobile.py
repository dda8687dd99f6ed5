"""Mobile formats: Android logcat (threadtime/time/brief/epoch/zone), tombstones,
Flutter, iOS idevicesyslog + crash reports, React Native Metro."""
import time
from fmtbase import Fmt, MON, hexs, uuid, pick, api_path, METHODS, REASON

APPS = [("com.acme.shop", "Shop"), ("io.fieldkit.app", "FieldKit"), ("com.northwind.delivery", "Northwind"),
        ("de.stadtrad.app", "Stadtrad"), ("com.brightpath.fitness", "BrightPath")]
DEVICES = [("google/redfin/redfin:13/TQ3A.230805.001/10316531:user/release-keys", "Pixel 5"),
           ("google/oriole/oriole:14/AP1A.240305.019.A1/11445699:user/release-keys", "Pixel 6"),
           ("samsung/a52qnsxx/a52q:12/SP1A.210812.016/A525FXXU4BVJ1:user/release-keys", "Galaxy A52"),
           ("google/sargo/sargo:10/QQ3A.200805.001/6578210:user/release-keys", "Pixel 3a")]

SYS_TAGS = {"ActivityManager", "ActivityTaskManager", "WindowManager", "ConnectivityService", "PackageManager",
            "PowerManagerService", "BatteryService", "NetworkMonitor"}
SF_TAGS = {"SurfaceFlinger", "BufferQueueProducer"}


class LogcatThreadtime(Fmt):
    key = "logcat_threadtime"
    clock = "local"
    fname = "logcat.txt"
    share = 1.6
    crlf_p = 0.25
    req_share = 0.10
    dur_median = 140.0
    kinds = ("error_burst", "new_error", "retry_storm", "latency_shift", "traffic_flood", "silence",
             "oom_kill", "disk_full", "panic")

    def setup(self, r):
        self.pkg, self.appname = pick(r, APPS)
        self.tail = self.pkg[-15:]
        self.fp, self.model = pick(r, DEVICES)
        self.uid = 10000 + r.randrange(100, 400)
        self.syspid = r.randrange(1300, 1900)
        self.sfpid = r.randrange(500, 800)
        self.wpapid = r.randrange(900, 1200)
        self.apihost = "api.%s.example" % self.appname.lower()
        self.rr = __import__("random").Random("render/" + self.pkg + str(self.syspid))

    # -- pid / tid resolution --
    def ptid(self, tag, st):
        if tag in SYS_TAGS:
            p = self.syspid
        elif tag in SF_TAGS:
            p = self.sfpid
        elif tag in ("wpa_supplicant",):
            p = self.wpapid
        elif tag == "lmkd":
            p = 412
        elif tag in ("DEBUG", "crash_dump64"):
            p = st.get("dbgpid", st["pid"] + 40)
        else:
            p = st["pid"]
        if tag in ("AndroidRuntime", "Choreographer", "Process", "ActivityThread"):
            return p, p
        return p, p + self.rr.randrange(0, 60) if self.rr.random() < 0.7 else p

    def tstr(self, t):
        g = self.lt(t)
        return "%02d-%02d %02d:%02d:%02d.%03d" % (g[1], g[2], g[3], g[4], g[5], int((t % 1) * 1000))

    def head(self, t, lvl, tag, st):
        p, tid = self.ptid(tag, st)
        return "%s %5d %5d %s %-8s: " % (self.tstr(t), p, tid, lvl, tag)

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        if "\n" not in msg:
            return self.head(t, lvl, tag, st) + msg
        h = self.head(t, lvl, tag, st)
        return "\n".join(h + m for m in msg.split("\n"))

    # -- content --
    def gc(self, r):
        tag = "art" if self.year < 2019 else self.tail
        return ("I", tag, "Background concurrent copying GC freed %d(%dMB) AllocSpace objects, %d(%dKB) LOS objects, "
                "%d%% free, %dMB/%dMB, paused %dus,%dus total %.3fms" % (
                    r.randrange(20000, 300000), r.randrange(1, 30), r.randrange(0, 40), r.randrange(0, 900),
                    r.randrange(20, 60), r.randrange(8, 60), r.randrange(60, 120), r.randrange(40, 900),
                    r.randrange(20, 300), r.lognormvariate(3.5, 0.5)))

    def info(self, r):
        x = r.random()
        if x < 0.16:
            return self.gc(r)
        if x < 0.28:
            return ("D", "OkHttp", "--> %s https://%s%s" % (pick(r, METHODS), self.apihost, api_path(r)))
        if x < 0.38:
            return ("I", "wpa_supplicant", "wlan0: CTRL-EVENT-SIGNAL-CHANGE above=%d signal=%d noise=9999 txrate=%d"
                    % (r.randrange(0, 2), -r.randrange(45, 80), pick(r, [6500, 72200, 144400, 433300, 866700])))
        if x < 0.46:
            return ("I", "ActivityManager", "Start proc %d:%s/u0a%d for service {%s/%s}" % (
                r.randrange(4000, 30000), pick(r, ["com.google.android.gms.persistent", "com.android.vending",
                                                  "com.google.process.gapps", "com.android.chrome"]),
                r.randrange(10, 300), "com.google.android.gms", "com.google.android.gms.chimera.PersistentApiService"))
        if x < 0.53:
            return ("I", "ActivityManager", "Killing %d:%s/u0a%d (adj %d): empty #%d" % (
                r.randrange(4000, 30000), pick(r, ["com.android.chrome", "com.google.android.youtube",
                                                  "com.spotify.music", "com.whatsapp"]),
                r.randrange(10, 300), pick(r, [905, 915, 925, 935, 945]), r.randrange(17, 33)))
        if x < 0.62:
            return ("D", "ConnectivityService", "NetworkAgentInfo [WIFI () - %d] validation passed" % r.randrange(100, 200))
        if x < 0.72:
            return ("I", "Choreographer", "Skipped %d frames!  The application may be doing too much work on its main thread." % r.randrange(30, 90))
        if x < 0.82:
            return ("D", "CartRepository", "Loaded %d items from cache in %d ms" % (r.randrange(1, 40), r.randrange(1, 30)))
        if x < 0.9:
            return ("I", "PowerManagerService", pick(r, ["Waking up from Asleep (uid=1000, reason=WAKE_REASON_POWER_BUTTON, details=android.policy:POWER)...",
                                                         "Going to sleep due to timeout (uid 1000)...",
                                                         "Going to sleep due to power_button (uid 1000)..."]))
        return ("D", "SurfaceFlinger", "duplicate layer name: changing SurfaceView[%s/%s.MainActivity] to SurfaceView[%s/%s.MainActivity]#%d"
                % (self.pkg, self.pkg, self.pkg, self.pkg, r.randrange(1, 9)))

    def warn(self, r):
        return pick(r, [
            ("W", "ActivityManager", "Slow operation: %dms so far, now at startProcess: done updating pids map" % r.randrange(51, 400)),
            ("W", "Looper", "Slow Looper main: doFrame is %dms late because of %d msg, msg 1 took %dms (seq=%d running=%dms runnable=%dms late=%dms h=android.app.ActivityThread$H w=159)"
             % (r.randrange(200, 900), r.randrange(1, 4), r.randrange(200, 900), r.randrange(100, 9999), r.randrange(100, 800), r.randrange(1, 40), r.randrange(1, 9))),
            ("W", "System", "A resource failed to call close. "),
            ("W", "WindowManager", "Failed looking up window session=Session{%s %d:u0a%d} callers=com.android.server.wm.WindowManagerService.windowForClientLocked:5912"
             % (hexs(r, 7), r.randrange(4000, 30000), self.uid - 10000)),
        ])

    def e_prop(self, r):
        return ("E", "libc", 'Access denied finding property "%s"' % pick(r, ["vendor.camera.aux.packagelist", "persist.vendor.sys.fp.vendor", "ro.vendor.df.effect.conf.xml"]))

    def e_bq(self, r):
        return ("E", "BufferQueueProducer", "[SurfaceView[%s/%s.MainActivity](BLAST)#%d](id:%x,api:1,p:%d,c:%d) dequeueBuffer: BufferQueue has been abandoned"
                % (self.pkg, self.pkg, r.randrange(1, 9), r.randrange(0x1000, 0xfffff), r.randrange(4000, 30000), self.sfpid))

    def e_http(self, r):
        return ("E", "OkHttp", "<-- HTTP FAILED: java.net.SocketTimeoutException: timeout")

    errors = (e_prop, e_bq, e_http)

    def n_sql(self, r):
        return ("E", "SQLiteLog", "(11) database corruption at line %d of [%s]" % (r.choice([70940, 71017, 87541]), hexs(r, 10)))

    def n_billing(self, r):
        return ("E", "BillingClient", "Unable to query purchases: BillingResult{responseCode=SERVICE_DISCONNECTED, debugMessage=Service connection is disconnected.}")

    def n_exo(self, r):
        return ("E", "ExoPlayerImplInternal", "Playback error: com.google.android.exoplayer2.ExoPlaybackException: Source error, errorCode=ERROR_CODE_IO_BAD_HTTP_STATUS")

    new_errors = (n_sql, n_billing, n_exo)

    def request(self, r, status, dur):
        url = "https://%s%s" % (self.apihost, api_path(r))
        if self.year >= 2019:
            return ("D", "OkHttp", "<-- %d %s (%dms, %d-byte body)" % (status, url, dur, r.randrange(0, 9000)))
        return ("D", "OkHttp", "<-- %d %s %s (%dms, %d-byte body)" % (status, REASON.get(status, ""), url, dur, r.randrange(0, 9000)))

    def retry(self, r, attempt):
        return ("W", "SyncWorker", 'Sync attempt %d failed: java.net.UnknownHostException: Unable to resolve host "%s": No address associated with hostname; retrying in %d ms'
                % (attempt, self.apihost, 1000 * 2 ** min(attempt, 5)))

    def retry_ok(self, r):
        return ("I", "SyncWorker", "Sync succeeded after %d attempts (%d items)" % (r.randrange(2, 4), r.randrange(1, 50)))

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("I", "SyncWorker", "Periodic sync tick: %d pending uploads" % r.randrange(0, 5))

    def banner(self, r, st):
        return [(0.0, "I", "ActivityManager", "Start proc %d:%s/u0a%d for top-activity {%s/%s.MainActivity}" % (st["pid"], self.pkg, self.uid - 10000, self.pkg, self.pkg)),
                (0.04, "I", self.tail, "Using CollectorTypeCC GC."),
                (0.35, "I", "OpenGLRenderer", "Initialized EGL, version 1.4"),
                (0.9, "I", "ActivityTaskManager", "Displayed %s/.MainActivity: +%dms" % (self.pkg, r.randrange(400, 1900)))]

    def stop(self, r, st):
        return [(0.0, "I", "ActivityManager", "Force stopping %s appid=%d user=0: from pid %d" % (self.pkg, self.uid, r.randrange(2000, 9000))),
                (0.01, "I", "ActivityManager", "Killing %d:%s/u0a%d (adj 0): stop %s due to from pid %d" % (st["pid"], self.pkg, self.uid - 10000, self.pkg, r.randrange(2000, 9000)))]

    def _died(self, st, r):
        return [(0.02, "I", "Process", "Sending signal. PID: %d SIG: 9" % st["pid"]),
                (0.08, "I", "ActivityManager", "Process %s (pid %d) has died: fg  TOP " % (self.pkg, st["pid"]))]

    def oom(self, r, st):
        msg = ("FATAL EXCEPTION: main\nProcess: %s, PID: %d\njava.lang.OutOfMemoryError: Failed to allocate a %d byte allocation with %d free bytes and %dMB until OOM, target footprint 268435456, growth limit 268435456\n"
               "\tat android.graphics.BitmapFactory.nativeDecodeStream(Native Method)\n\tat android.graphics.BitmapFactory.decodeStreamInternal(BitmapFactory.java:762)\n"
               "\tat android.graphics.BitmapFactory.decodeStream(BitmapFactory.java:738)\n\tat %s.ui.GalleryAdapter.onBindViewHolder(GalleryAdapter.kt:%d)\n"
               "\tat androidx.recyclerview.widget.RecyclerView$Adapter.bindViewHolder(RecyclerView.java:7254)\n\tat android.os.Looper.loop(Looper.java:288)\n"
               "\tat android.app.ActivityThread.main(ActivityThread.java:7918)\n\tat java.lang.reflect.Method.invoke(Native Method)\n"
               "\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:936)") % (
            self.pkg, st["pid"], r.randrange(20000000, 60000000), r.randrange(1000000, 9000000), r.randrange(2, 30), self.pkg, r.randrange(40, 200))
        return [(0.0, "E", "AndroidRuntime", msg)] + self._died(st, r)

    def panic(self, r, st):
        if r.random() < 0.5:
            msg = ("FATAL EXCEPTION: main\nProcess: %s, PID: %d\njava.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference\n"
                   "\tat %s.ui.CartFragment.renderTotals(CartFragment.kt:%d)\n\tat %s.ui.CartFragment.onViewCreated$lambda$3(CartFragment.kt:61)\n"
                   "\tat androidx.lifecycle.LiveData.considerNotify(LiveData.java:133)\n\tat android.os.Handler.handleCallback(Handler.java:942)\n"
                   "\tat android.os.Looper.loop(Looper.java:288)\n\tat android.app.ActivityThread.main(ActivityThread.java:7918)\n"
                   "\tat com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:548)") % (
                self.pkg, st["pid"], self.pkg, r.randrange(60, 300), self.pkg)
            st["aux"] = None
            return [(0.0, "E", "AndroidRuntime", msg)] + self._died(st, r)
        st["dbgpid"] = st["pid"] + r.randrange(30, 90)
        tid = st["pid"] + r.randrange(10, 50)
        lines = [(0.0, "F", "libc", "Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0 in tid %d (RenderThread), pid %d (%s)" % (tid, st["pid"], self.pkg)),
                 (0.21, "F", "DEBUG", "*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\nBuild fingerprint: '%s'\nRevision: '0'\nABI: 'arm64'\n"
                  "pid: %d, tid: %d, name: RenderThread  >>> %s <<<\nuid: %d\nsignal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0\nCause: null pointer dereference\n"
                  "backtrace:\n      #00 pc 000000000004c8a4  /data/app/~~%s==/%s-%s==/lib/arm64/libnative-render.so (Renderer::draw(Frame const&)+52)\n"
                  "      #01 pc 000000000004b1f0  /data/app/~~%s==/%s-%s==/lib/arm64/libnative-render.so (Java_%s_render_NativeRenderer_nDraw+96)\n"
                  "      #02 pc 0000000000355630  /apex/com.android.art/lib64/libart.so (art_quick_generic_jni_trampoline+144)"
                  % (self.fp, st["pid"], tid, self.pkg, self.uid, hexs(r, 6), self.pkg, hexs(r, 6), hexs(r, 6), self.pkg, hexs(r, 6), self.pkg.replace(".", "_"))),
                 (0.6, "E", "tombstoned", "Tombstone written to: /data/tombstones/tombstone_%02d" % r.randrange(0, 10))]
        st["aux"] = ("tombstone", tid)
        return lines + self._died(st, r)

    def disk(self, r):
        return pick(r, [
            ("E", "SQLiteLog", "(13) statement aborts at 42: [INSERT INTO event_log(ts,type,payload) VALUES (?,?,?)] database or disk is full"),
            ("E", "SQLiteDatabase", "Error inserting ts=%d type=view payload=<BLOB>\nandroid.database.sqlite.SQLiteFullException: database or disk is full (code 13 SQLITE_FULL)" % r.randrange(10**12, 2 * 10**12)),
            ("W", "System.err", "java.io.IOException: No space left on device"),
        ])

    def aux_file(self, r, t, st, info):
        """Android tombstone for a native crash."""
        _, tid = info
        name = "tombstone_%02d" % r.randrange(0, 10)
        out = ["*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***",
               "Build fingerprint: '%s'" % self.fp, "Revision: '0'", "ABI: 'arm64'"]
        if self.year >= 2020:
            g = self.lt(t)
            out.append("Timestamp: %04d-%02d-%02d %02d:%02d:%02d.%09d%s" % (g[0], g[1], g[2], g[3], g[4], g[5], int((t % 1) * 1e9), self.offstr()))
            out.append("Process uptime: %ds" % r.randrange(60, 20000))
            out.append("Cmdline: %s" % self.pkg)
        out += ["pid: %d, tid: %d, name: RenderThread  >>> %s <<<" % (st["pid"], tid, self.pkg), "uid: %d" % self.uid,
                "signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0000000000000000", "Cause: null pointer dereference"]
        regs = ["x%-2d %016x" % (i, r.getrandbits(40)) for i in range(29)]
        for i in range(0, 28, 4):
            out.append("    " + "  ".join(regs[i:i + 4]))
        out += ["    lr  0000007c2f04b1f4  sp  0000007b8e1fe6c0  pc  0000007c2f04c8a4  pst 0000000060001000", "",
                "backtrace:"]
        frames = ["/lib/arm64/libnative-render.so (Renderer::draw(Frame const&)+52)",
                  "/lib/arm64/libnative-render.so (Java_%s_render_NativeRenderer_nDraw+96)" % self.pkg.replace(".", "_")]
        for i, f in enumerate(frames):
            out.append("      #%02d pc %016x  /data/app/~~%s==/%s-%s==%s (BuildId: %s)" % (i, r.getrandbits(24), hexs(r, 6), self.pkg, hexs(r, 6), f, hexs(r, 32)))
        for i, f in enumerate(["/apex/com.android.art/lib64/libart.so (art_quick_generic_jni_trampoline+144)",
                               "/apex/com.android.art/lib64/libart.so (art_quick_invoke_stub+548)",
                               "/system/lib64/libandroid_runtime.so (android::AndroidRuntime::start(char const*, android::Vector<android::String8> const&, bool)+916)"]):
            out.append("      #%02d pc %016x  %s" % (i + 2, r.getrandbits(24), f))
        return name, "\n".join(out) + "\n"


class LogcatTime(LogcatThreadtime):
    key = "logcat_time"
    fname = "logcat-time.txt"

    def head(self, t, lvl, tag, st):
        p, _ = self.ptid(tag, st)
        return "%s %s/%-8s(%5d): " % (self.tstr(t), lvl, tag, p)


class LogcatBrief(LogcatThreadtime):
    key = "logcat_brief"
    clock = "none"
    fname = "logcat-brief.txt"
    share = 0.8
    kinds = ()

    def head(self, t, lvl, tag, st):
        p, _ = self.ptid(tag, st)
        return "%s/%-8s(%5d): " % (lvl, tag, p)


class LogcatEpoch(LogcatThreadtime):
    key = "logcat_epoch"
    clock = "abs"
    fname = "logcat-epoch.txt"
    crlf_p = 0.0

    def head(self, t, lvl, tag, st):
        p, tid = self.ptid(tag, st)
        return "%10d.%03d %5d %5d %s %-8s: " % (int(t), int((t % 1) * 1000), p, tid, lvl, tag)


class LogcatZone(LogcatThreadtime):
    """adb logcat -v threadtime,year,zone (optionally UTC)."""
    key = "logcat_zone"
    clock = "abs"
    fname = "logcat-year-zone.txt"
    crlf_p = 0.0

    def setup(self, r):
        LogcatThreadtime.setup(self, r)
        self.utc = r.random() < 0.5

    def head(self, t, lvl, tag, st):
        p, tid = self.ptid(tag, st)
        if self.utc:
            g = time.gmtime(int(t))
            z = "+0000"
        else:
            g = self.lt(t)
            z = self.offstr()
        return "%04d-%02d-%02d %02d:%02d:%02d.%03d %s %5d %5d %s %-8s: " % (g[0], g[1], g[2], g[3], g[4], g[5], int((t % 1) * 1000), z, p, tid, lvl, tag)


class FlutterRun(LogcatBrief):
    """Console of `flutter run` against an Android device (no time stamps)."""
    key = "flutter"
    fname = "flutter_run.log"
    share = 0.6
    crlf_p = 0.4
    min_year = 2019

    def info(self, r):
        x = r.random()
        if x < 0.45:
            return ("I", "flutter", "[Api] %s %s -> %d (%d ms)" % (pick(r, METHODS), api_path(r), pick(r, [200, 200, 200, 201, 304]), int(r.lognormvariate(4.8, 0.6))))
        if x < 0.65:
            return ("D", "EGL_emulation", "app_time_stats: avg=%.2fms min=%.2fms max=%.2fms count=%d" % (r.uniform(14, 25), r.uniform(2, 8), r.uniform(30, 90), r.randrange(40, 61)))
        if x < 0.8:
            return ("I", "flutter", "[Bloc] %s" % pick(r, ["CartBloc Transition { currentState: CartLoaded, event: CartItemAdded, nextState: CartLoading }",
                                                           "AuthBloc Change { currentState: Authenticated, nextState: Authenticated }",
                                                           "FeedBloc Transition { currentState: FeedLoading, event: FeedRefreshed, nextState: FeedLoaded }"]))
        return ("I", "flutter", "[Sync] %d records pushed" % r.randrange(1, 40))

    def warn(self, r):
        return ("W", "Gralloc4", "allocator 3.x is not supported")

    def heartbeat(self, r):
        return ("I", "flutter", "[Heartbeat] ws ping ok")

    def e_img(self, r):
        return ("E", "flutter", "[Image] Failed to load https://cdn.%s.example/img/%d.jpg: HttpException: Invalid statusCode: 404" % (self.appname.lower(), r.randrange(1000, 99999)))

    def e_sock(self, r):
        return ("E", "flutter", "[Api] SocketException: Connection reset by peer (OS Error: Connection reset by peer, errno = 104)")

    errors = (e_img, e_sock)

    def request(self, r, status, dur):
        return None

    def banner(self, r, st):
        return [(0.0, "RAW", "", "Launching lib/main.dart on %s in debug mode..." % self.model),
                (0.1, "RAW", "", "Running Gradle task 'assembleDebug'..."),
                (28.0, "RAW", "", "\u2713  Built build/app/outputs/flutter-apk/app-debug.apk."),
                (30.0, "RAW", "", "Installing build/app/outputs/flutter-apk/app-debug.apk..."),
                (33.0, "RAW", "", "Syncing files to device %s..." % self.model),
                (34.0, "RAW", "", "Flutter run key commands.\nr Hot reload. \U0001f525\U0001f525\U0001f525\nR Hot restart.\nh List all available interactive commands.\nd Detach (terminate \"flutter run\" but leave application running).\nc Clear the screen\nq Quit (terminate the application on the device)."),
                (34.5, "RAW", "", "A Dart VM Service on %s is available at: http://127.0.0.1:%d/%s=/" % (self.model, r.randrange(40000, 60000), hexs(r, 11)))]

    def stop(self, r, st):
        return [(0.0, "RAW", "", "Application finished.")]


class IdeviceSyslog(Fmt):
    key = "idevicesyslog"
    clock = "local"
    fname = "idevicesyslog.log"
    share = 1.5
    req_share = 0.12
    dur_median = 160.0
    crlf_p = 0.0
    kinds = ("error_burst", "new_error", "retry_storm", "latency_shift", "traffic_flood", "silence",
             "oom_kill", "disk_full", "panic")
    LV = {"D": "Debug", "I": "Notice", "W": "Warning", "E": "Error", "F": "Fault"}

    def setup(self, r):
        self.bundle, self.app = pick(r, APPS)
        self.bundle = "com.%s.%s" % (self.bundle.split(".")[1], self.app)
        self.dev = pick(r, ["iPhone", "Annas-iPhone", "QA-iPhone-12", "iPad"])
        self.procs = {"SpringBoard": 57, "backboardd": 64, "locationd": 83, "wifid": 45, "mDNSResponder": 211,
                      "CommCenter": 98, "kernel": 0, "symptomsd": 131, "dasd": 112, "runningboardd": 35,
                      "nsurlsessiond": 120, "ReportCrash": 0}

    def head(self, t, lvl, tag, st):
        g = self.lt(t)
        base = tag.split("(", 1)[0]
        pid = self.procs.get(base, st["pid"])
        if base == "ReportCrash":
            pid = st.get("rcpid", 4321)
        return "%s %2d %02d:%02d:%02d %s %s[%d] <%s>: " % (MON[g[1] - 1], g[2], g[3], g[4], g[5], self.dev, tag, pid, self.LV[lvl])

    def info(self, r):
        a = self.app
        x = r.random()
        if x < 0.15:
            return ("I", "wifid(WiFiPolicy)", "__WiFiLQAMgrLogStats(Home-5G:Stationary): Rssi: %d {0 0} Snr: %d Cca: %d (S:0 O:%d I:%d) TxFrms: %d TxFail: 0 TxRetries: %d" % (
                -r.randrange(45, 80), r.randrange(15, 45), r.randrange(5, 60), r.randrange(0, 30), r.randrange(0, 20), r.randrange(0, 400), r.randrange(0, 40)))
        if x < 0.3:
            return ("I", "runningboardd(RunningBoard)", "Acquiring assertion targeting [app<application.%s.%d.%d(501)>:%d] from originator [osservice<com.apple.SpringBoard>:57] with description <RBSAssertionDescriptor| \"FBWorkspace (ProcessLaunch)\" ID:35-57-%d>"
                    % (self.bundle, r.randrange(10**7, 10**8), r.randrange(10**7, 10**8), 1000 + r.randrange(9000), r.randrange(1000, 99999)))
        if x < 0.42:
            return ("I", "mDNSResponder", "[R%d] DNSServiceQueryRecord(15000, 0, <private>, Addr) START PID[%d](%s)" % (r.randrange(1000, 99999), 1000 + r.randrange(9000), a))
        if x < 0.55:
            return ("I", "%s(CFNetwork)" % a, "Task <%s>.<%d> finished successfully" % (uuid(r, True), r.randrange(1, 400)))
        if x < 0.65:
            return ("D", "locationd", "{\"msg\":\"CLMM\", \"event\":\"fix\", \"lat\":\"<private>\", \"hacc\":%.1f}" % r.uniform(4, 60))
        if x < 0.75:
            return ("I", "dasd(DuetActivitySchedulerDaemon)", "Trying to run com.apple.%s:%s" % (pick(r, ["photos", "CacheDelete", "backgroundtaskd"]), hexs(r, 6).upper()))
        if x < 0.85:
            return ("I", "SpringBoard(FrontBoard)", "[app<%s>:%d] Workspace assertion state did change: %s" % (self.bundle, 1000 + r.randrange(9000), pick(r, ["ForegroundFocal", "BackgroundNonVisible", "BackgroundVisible"])))
        return ("I", "%s" % a, "[Feed] rendered %d cells in %d ms" % (r.randrange(5, 40), r.randrange(2, 40)))

    def warn(self, r):
        return pick(r, [("W", "symptomsd(SymptomEvaluator)", "NBSM: TCP progress metrics score: %d, problem ratio: %.2f" % (r.randrange(10, 80), r.random())),
                        ("W", "%s(UIKitCore)" % self.app, "[Assert] UITableView was told to layout its visible cells and other contents without being in the view hierarchy")])

    def e_timeout(self, r):
        return ("E", "%s(CFNetwork)" % self.app, 'Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."' % (uuid(r, True), r.randrange(1, 400)))

    def e_wifi(self, r):
        return ("E", "wifid(IO80211)", "__WiFiDeviceManagerScanErrorCallback: Error Domain=com.apple.wifi.apple80211API.error Code=-528342014")

    def e_cc(self, r):
        return ("E", "CommCenter(CommCenter)", "#E [cellular] QMI: Svc=0xe2(BSP) Ind MsgId=0xe021 Bin=[<private>] failed: timeout")

    errors = (e_timeout, e_wifi, e_cc)

    def n_core(self, r):
        return ("E", self.app, "[CoreData] error: (2067) UNIQUE constraint failed: ZORDER.ZREMOTEID")

    def n_sk(self, r):
        return ("E", "%s(StoreKit)" % self.app, 'Failed to fetch products: Error Domain=SKErrorDomain Code=0 "An unknown error occurred"')

    new_errors = (n_core, n_sk)

    def request(self, r, status, dur):
        return ("I", self.app, "[API] %s %s -> %d (%d ms)" % (pick(r, METHODS), api_path(r), status, dur))

    def retry(self, r, attempt):
        return ("I", self.app, "[Sync] Upload failed (NSURLErrorDomain -1009), retrying in %d s (attempt %d)" % (2 ** min(attempt, 5), attempt))

    def retry_ok(self, r):
        return ("I", self.app, "[Sync] Upload completed (%d items)" % r.randrange(1, 30))

    heartbeat_every = 90

    def heartbeat(self, r):
        return ("I", "dasd(DuetActivitySchedulerDaemon)", "Evaluating %d activities based on triggers" % r.randrange(3, 40))

    def banner(self, r, st):
        return [(0.0, "I", "runningboardd(RunningBoard)", "Launch request for app<application.%s(501)> is using uid 501 (divined from auid 501 euid 501)" % self.bundle),
                (0.05, "I", "SpringBoard(FrontBoard)", "[app<%s>:%d] Bootstrap success!" % (self.bundle, st["pid"])),
                (0.4, "I", "%s(UIKitCore)" % self.app, "Received configuration update from daemon (initial)"),
                (0.9, "I", self.app, "[App] launched v4.%d.%d (build %d)" % (r.randrange(0, 9), r.randrange(0, 9), r.randrange(300, 900)))]

    def stop(self, r, st):
        return [(0.0, "I", "SpringBoard(FrontBoard)", "[app<%s>:%d] Received termination request" % (self.bundle, st["pid"])),
                (0.2, "I", "runningboardd(RunningBoard)", "[app<application.%s(501)>:%d] termination reported by launchd (0, 0, 0)" % (self.bundle, st["pid"]))]

    def _exit(self, st, how):
        return (0.9, "I", "SpringBoard(FrontBoard)", "[application<%s>:%d] Process exited: <RBSProcessExitContext| specific, status:<RBSProcessExitStatus| domain:%s>>." % (self.bundle, st["pid"], how))

    def oom(self, r, st):
        return [(0.0, "I", "kernel", "memorystatus: killing_specific_process pid %d [%s] (per-process-limit 3) %dKB - memorystatus_available_pages: %d" % (st["pid"], self.app, r.randrange(1400000, 2100000), r.randrange(20000, 40000))),
                (0.3, "I", "ReportCrash", "Formulating report for corpse[%d] %s" % (st["pid"], self.app)),
                self._exit(st, "jetsam(2) code:0")]

    def panic(self, r, st):
        st["rcpid"] = r.randrange(2000, 9000)
        g = self.lt(st["now"])
        stamp = "%04d-%02d-%02d-%02d%02d%02d" % (g[0], g[1], g[2], g[3], g[4], g[5])
        st["aux"] = ("ios_crash", stamp)
        ext = "ips"
        return [(0.0, "I", self.app, "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[__NSCFNumber length]: unrecognized selector sent to instance 0x%s'\n*** First throw call stack:\n(0x18a2b3c4 0x1823f5a8 0x18a4e1c0 0x18a2c8f4 0x18a2b1e8 0x104c1f2a 0x18c41a64 0x18c3e0f0)\nlibc++abi: terminating due to uncaught exception of type NSException" % hexs(r, 9)),
                (0.2, "I", "ReportCrash", "Formulating report for corpse[%d] %s" % (st["pid"], self.app)),
                (0.6, "I", "ReportCrash", "Saved type '109(<private>)' report (1 of max 25) at /private/var/mobile/Library/Logs/CrashReporter/%s-%s.%s" % (self.app, stamp, ext)),
                self._exit(st, "signal(2) code:SIGABRT(6)")]

    def disk(self, r):
        return ("E", self.app, '[Cache] write failed: Error Domain=NSPOSIXErrorDomain Code=28 "No space left on device"')

    def aux_file(self, r, t, st, info):
        stamp = info[1]
        g = self.lt(t)
        dt = "%04d-%02d-%02d %02d:%02d:%02d.%04d %s" % (g[0], g[1], g[2], g[3], g[4], g[5], int((t % 1) * 10000), self.offstr())
        frames = ["0   CoreFoundation                	0x000000018a2b3c4c __exceptionPreprocess + 164",
                  "1   libobjc.A.dylib               	0x00000001823f5a8c objc_exception_throw + 60",
                  "2   CoreFoundation                	0x000000018a4e1c04 -[NSObject(NSObject) doesNotRecognizeSelector:] + 136",
                  "3   %-30s	0x0000000104c1f2a8 CartViewController.updateTotals() + 812" % self.app,
                  "4   UIKitCore                     	0x000000018c41a648 -[UIViewController _sendViewDidLoadWithAppearanceProxyObjectTaggingEnabled] + 84"]
        if self.year >= 2022:
            hdr = '{"app_name":"%s","timestamp":"%s","app_version":"4.2.1","slice_uuid":"%s","build_version":"812","platform":2,"bundleID":"%s","share_with_app_devs":1,"is_first_party":0,"bug_type":"309","os_version":"iPhone OS 17.3.1 (21D61)","roots_installed":0,"name":"%s","incident_id":"%s"}' % (
                self.app, dt[:22] + dt[24:], uuid(r), self.bundle, self.app, uuid(r, True))
            body = ('{\n  "uptime" : %d,\n  "procRole" : "Foreground",\n  "version" : 2,\n  "userID" : 501,\n  "deployVersion" : 210,\n  "modelCode" : "iPhone14,5",\n'
                    '  "procName" : "%s",\n  "pid" : %d,\n  "captureTime" : "%s",\n  "exception" : {"codes":"0x0000000000000000, 0x0000000000000000","rawCodes":[0,0],"type":"EXC_CRASH","signal":"SIGABRT"},\n'
                    '  "asi" : {"libsystem_c.dylib":["abort() called"]},\n  "faultingThread" : 0,\n  "lastExceptionBacktrace" : [%s]\n}\n') % (
                r.randrange(1000, 90000), self.app, st["pid"], dt, ",".join('{"imageOffset":%d,"imageIndex":%d}' % (r.randrange(10000, 900000), i) for i in range(5)))
            return "%s-%s.ips" % (self.app, stamp), hdr + "\n" + body
        txt = ["Incident Identifier: %s" % uuid(r, True), "CrashReporter Key:   %s" % hexs(r, 40), "Hardware Model:      iPhone12,1",
               "Process:             %s [%d]" % (self.app, st["pid"]),
               "Path:                /private/var/containers/Bundle/Application/%s/%s.app/%s" % (uuid(r, True), self.app, self.app),
               "Identifier:          %s" % self.bundle, "Version:             812 (4.2.1)", "Code Type:           ARM-64 (Native)",
               "Role:                Foreground", "Parent Process:      launchd [1]", "Coalition:           %s [%d]" % (self.bundle, r.randrange(300, 900)), "",
               "Date/Time:           %s" % dt, "Launch Time:         %s" % dt, "OS Version:          iPhone OS 14.8 (18H17)",
               "Release Type:        User", "Baseband Version:    2.06.00", "Report Version:      104", "",
               "Exception Type:  EXC_CRASH (SIGABRT)", "Exception Codes: 0x0000000000000000, 0x0000000000000000",
               "Exception Note:  EXC_CORPSE_NOTIFY", "Triggered by Thread:  0", "", "Last Exception Backtrace:"] + frames + [
               "", "Thread 0 name:  Dispatch queue: com.apple.main-thread", "Thread 0 Crashed:",
               "0   libsystem_kernel.dylib        	0x00000001b8c6d964 __pthread_kill + 8",
               "1   libsystem_pthread.dylib       	0x00000001d4a2e1c8 pthread_kill + 268",
               "2   libsystem_c.dylib             	0x0000000191c4ab4c abort + 180", ""]
        return "%s-%s.crash" % (self.app, stamp), "\n".join(txt) + "\n"


class Metro(Fmt):
    key = "metro"
    clock = "none"
    fname = "metro.log"
    share = 0.5
    crlf_p = 0.4
    min_year = 2018
    kinds = ()

    def head(self, t, lvl, tag, st):
        return {"I": " LOG  ", "D": " LOG  ", "W": " WARN  ", "E": " ERROR  ", "F": " ERROR  "}[lvl]

    def info(self, r):
        x = r.random()
        if x < 0.5:
            return ("I", "", "[api] %s %s %d %dms" % (pick(r, METHODS), api_path(r), pick(r, [200, 200, 201, 304]), int(r.lognormvariate(4.8, 0.6))))
        if x < 0.75:
            return ("I", "", "[nav] %s -> %s" % (pick(r, ["Home", "Cart", "Search", "Profile"]), pick(r, ["ProductDetail", "Checkout", "Orders", "Settings"])))
        return ("I", "", "[store] hydrated %d keys from AsyncStorage" % r.randrange(3, 40))

    def warn(self, r):
        return ("W", "", "VirtualizedList: You have a large list that is slow to update - make sure your renderItem function renders components that follow React performance best practices like PureComponent, shouldComponentUpdate, etc. {\"contentLength\": %d, \"dt\": %d, \"prevDt\": %d}" % (r.randrange(3000, 20000), r.randrange(500, 3000), r.randrange(500, 3000)))

    def e_net(self, r):
        return ("E", "", "[api] TypeError: Network request failed")

    errors = (e_net,)

    def heartbeat(self, r):
        return ("I", "", "[ws] ping")

    heartbeat_every = 120

    def banner(self, r, st):
        v = "0.%d.%d" % (min(80, 50 + (self.year - 2018) * 5), r.randrange(0, 9))
        return [(0.0, "RAW", "", "               ######                ######               \n             ###     ####        ####     ###             \n            ##          ###    ###          ##            \n            ##             ####             ##            \n            ##             ####             ##            \n            ##           ##    ##           ##            \n            ##         ###      ###         ##            \n             ##  ########################  ##             \n\n                  Welcome to Metro v%s\n              Fast - Scalable - Integrated\n\n" % v),
                (2.0, "RAW", "", "info Reloading app..."),
                (6.0, "RAW", "", " BUNDLE  ./index.js \n"),
                (7.5, "I", "", "Running \"%s\" with {\"rootTag\":1,\"initialProps\":{}}" % pick(r, ["ShopApp", "FieldKit", "main"]))]

    def stop(self, r, st):
        return [(0.0, "RAW", "", "info Stopping server")]
