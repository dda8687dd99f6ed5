"""Game servers (Unreal, Unity Player.log, Source srcds, Factorio), Rails (+lograge), .NET console formatters."""
import json
from fmtbase import Base, MON, hexid, alnum, uuid4, pub_ip, priv_ip

NAMES = ['xXSlayerXx', 'Mira', 'toaster', 'K4rl', 'nyx', 'BobTheBuilder', 'pixel_witch', 'Zed', 'fr0st', 'Lumen', 'gh0st', 'Quokka']


class Unreal(Base):
    name = 'unreal'
    software = 'Unreal Engine dedicated server'
    res = 0.001
    utc = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'panic', 'oom_kill')
    mix = (('info', 0.75), ('warn', 0.2), ('debug', 0.05))

    def setup(self):
        self.frame = self.r.randint(0, 999)

    def L(self, t, msg):
        g, f = self.tm(t)
        self.frame = (self.frame + self.r.randint(1, 40)) % 1000
        return f"[{g.tm_year}.{g.tm_mon:02d}.{g.tm_mday:02d}-{g.tm_hour:02d}.{g.tm_min:02d}.{g.tm_sec:02d}:{self.ms(f):03d}][{self.frame:3d}]{msg}"

    def bg(self, t, kind):
        r = self.r
        n = r.choice(NAMES)
        ip = pub_ip(r)
        if kind == 'warn':
            return self.L(t, f"LogNet: Warning: UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: 30.01, Real: 30.01, Good: 30.01, DriverTime: {r.uniform(1000, 90000):.2f}, Threshold: 30.00, [UNetConnection] RemoteAddr: {ip}:{r.randint(1024, 65000)}, Name: IpConnection_{r.randint(0, 200)}, Driver: GameNetDriver IpNetDriver_0, IsServer: YES, PC: BP_PlayerController_C_{r.randint(0, 90)}, Owner: BP_PlayerController_C_{r.randint(0, 90)}, UniqueId: NULL:{n}-{hexid(r, 32).upper()}")
        if kind == 'debug':
            return self.L(t, "LogCharacterMovement: Warning: ServerMove: TimeStamp expired: %.6f, CurrentTimeStamp: %.6f, Character: BP_Hero_C_%d" % (r.uniform(100, 900), r.uniform(100, 900), r.randint(0, 90)))
        return r.choice([
            lambda: self.L(t, f"LogNet: Login request: ?Name={n} userId: NULL:{n}-{hexid(r, 32).upper()} platform: NULL"),
            lambda: self.L(t, f"LogNet: Join succeeded: {n}"),
            lambda: self.L(t, f"LogNet: NotifyAcceptingConnection accepted from: {ip}:{r.randint(1024, 65000)}"),
            lambda: self.L(t, "LogNet: UChannel::ReceivedSequencedBunch: Bunch.bClose == true. ChIndex == 0. Calling ConditionalCleanUp."),
            lambda: self.L(t, f"LogGameMode: Display: Match State Changed from WaitingToStart to InProgress"),
        ])()

    def hb(self, t):
        return self.L(t, f"LogOnlineSession: Display: OSS: Session heartbeat sent, players={self.r.randint(0, 64)}")

    def err(self, t, k):
        return self.L(t, f"LogScript: Warning: Script Msg: Accessed None trying to read property CurrentWeapon")

    def err_sig(self, k):
        return "Accessed None trying to read property CurrentWeapon"

    def newerr(self, t):
        return self.L(t, "LogHttp: Warning: 0x7f3a%s: request failed, libcurl error: 7 (Couldn't connect to server)" % hexid(self.r, 8))

    def newerr_sig(self):
        return "libcurl error: 7 (Couldn't connect to server)"

    retry_sig = 'LogOnline: Warning: OSS: Beacon connection failed, retrying'

    def retry(self, t, i):
        return self.L(t, f"LogOnline: Warning: OSS: Beacon connection failed, retrying ({i + 1})")

    oom_sig = 'Ran out of memory allocating'

    def oom(self, t):
        n = self.r.randint(10**6, 10**9)
        return [(t, self.L(t, "LogMemory: Warning: Platform Memory Stats for LinuxServer") + "\n" + self.L(t, f"LogMemory: Warning: Process Physical Memory: {self.r.randint(7000, 8000)}.00 MB used, {self.r.randint(7000, 8000)}.00 MB peak") + "\n" + self.L(t, f"LogMemory: Fatal error: Ran out of memory allocating {n} bytes with alignment 16. Last error msg: Cannot allocate memory."))] + self.start(t + 40)

    panic_sig = '=== Critical error: ==='

    def panic(self, t):
        r = self.r
        lines = [self.L(t, "LogCore: Error: === Critical error: ==="),
                 self.L(t, "LogCore: Error: Unhandled Exception: SIGSEGV: invalid attempt to read memory at address 0x0000000000000010"),
                 self.L(t, "LogCore: Error: [Callstack] 0x00007f%s libUnrealServer-Engine.so!AActor::GetActorLocation() const [Runtime/Engine/Classes/GameFramework/Actor.h:1842]" % hexid(r, 10)),
                 self.L(t, "LogCore: Error: [Callstack] 0x00007f%s libUnrealServer-Game.so!AHeroCharacter::ServerFire_Implementation() [Source/Game/HeroCharacter.cpp:311]" % hexid(r, 10)),
                 self.L(t, "LogExit: Executing StaticShutdownAfterError")]
        return [(t, '\n'.join(lines))] + self.start(t + 35)

    def start(self, t):
        return [(t, "Log file open, %s" % self._open(t)),
                (t + 0.001, self.L(t + 0.001, "LogInit: Build: ++UE5+Release-5.3-CL-29314046" if self.year >= 2023 else "LogInit: Build: ++UE4+Release-4.27-CL-18319896")),
                (t + 0.002, self.L(t + 0.002, "LogInit: Command Line:  -log -port=7777")),
                (t + 4.2, self.L(t + 4.2, "LogNet: GameNetDriver IpNetDriver_0 IpNetDriver listening on port 7777")),
                (t + 4.3, self.L(t + 4.3, "LogWorld: Bringing World /Game/Maps/Arena.Arena up for play (max tick rate 30) at 2026.11.25-10.00.00"))]

    def _open(self, t):
        import time as _t
        g = _t.gmtime(int(t + self.sc.off))
        return f"{g.tm_mon:02d}/{g.tm_mday:02d}/{g.tm_year % 100:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"

    def stop(self, t):
        return [(t, self.L(t, "LogExit: Exiting.")), (t + 0.2, "Log file closed, " + self._open(t + 0.2))]


class UnityPlayer(Base):
    """Unity Player.log (no timestamps, Debug.Log stack trace and (Filename: ...) trailer)."""
    name = 'unity'
    software = 'Unity Player.log'
    timestamped = False
    restartable = False
    lpe = 6.0
    kinds = ()
    mix = (('info', 0.8), ('warn', 0.2))

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return f"[Netcode] Client {r.randint(1, 64)} RTT spike: {r.randint(200, 900)} ms\nUnityEngine.StackTraceUtility:ExtractStackTrace ()\nUnityEngine.DebugLogHandler:LogFormat (UnityEngine.LogType,UnityEngine.Object,string,object[])\nUnityEngine.Logger:Log (UnityEngine.LogType,object)\nUnityEngine.Debug:LogWarning (object)\nNetworkMonitor:Update () (at Assets/Scripts/Net/NetworkMonitor.cs:{r.randint(20, 200)})\n\n(Filename: Assets/Scripts/Net/NetworkMonitor.cs Line: {r.randint(20, 200)})\n"
        return f"Player {r.choice(NAMES)} spawned at ({r.uniform(-200, 200):.1f}, 0.0, {r.uniform(-200, 200):.1f})\nUnityEngine.StackTraceUtility:ExtractStackTrace ()\nUnityEngine.Debug:Log (object)\nSpawnManager:Spawn (ulong) (at Assets/Scripts/SpawnManager.cs:{r.randint(20, 200)})\n\n(Filename: Assets/Scripts/SpawnManager.cs Line: {r.randint(20, 200)})\n"

    def start(self, t):
        return [(t, "Mono path[0] = '/srv/game/Server_Data/Managed'\nMono config path = '/srv/game/Server_Data/MonoBleedingEdge/etc'\nPreloaded 'lib_burst_generated.so'\nInitialize engine version: 2022.3.21f1 (bf5d7d0c2f6b)\n[Subsystems] Discovering subsystems at path /srv/game/Server_Data/UnitySubsystems\nForcing GfxDevice: Null\nGfxDevice: creating device client; threaded=0; jobified=0\nNullGfxDevice:\n    Version:  NULL 1.0 [1.0]\n    Renderer: Null Device\n    Vendor:   Unity Technologies\nBegin MonoManager ReloadAssembly\n- Completed reload, in  0.093 seconds\nUnloadTime: 0.861000 ms\n")]


class Srcds(Base):
    """Source engine dedicated server log (logs/LMMDDNNN.log)."""
    name = 'srcds'
    software = 'Source dedicated server (srcds)'
    res = 1.0
    restartable = False
    kinds = ('traffic_flood', 'silence')
    mix = (('info', 1.0),)

    def setup(self):
        self.tf2 = self.year >= 2024 or self.r.random() < 0.3
        self.players = {}

    def L(self, t, msg):
        g, f = self.tm(t)
        return f"L {g.tm_mon:02d}/{g.tm_mday:02d}/{g.tm_year} - {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}: {msg}"

    def pl(self, team=None):
        r = self.r
        n = r.choice(NAMES)
        uid = 2 + NAMES.index(n)
        sid = f"[U:1:{100000 + uid * 7919}]" if self.tf2 else f"STEAM_1:{uid % 2}:{50000 + uid * 7919}"
        teams = ['Red', 'Blue'] if self.tf2 else ['CT', 'TERRORIST']
        return f'"{n}<{uid}><{sid}><{team if team is not None else r.choice(teams)}>"'

    def bg(self, t, kind):
        r = self.r
        w = r.choice(['scattergun', 'tf_projectile_rocket', 'minigun', 'sniperrifle']) if self.tf2 else r.choice(['ak47', 'm4a1_silencer', 'awp', 'deagle', 'glock'])
        x = r.random()
        if x < 0.5:
            if self.tf2:
                return self.L(t, f'{self.pl()} killed {self.pl()} with "{w}" (attacker_position "{r.randint(-3000, 3000)} {r.randint(-3000, 3000)} {r.randint(-300, 300)}") (victim_position "{r.randint(-3000, 3000)} {r.randint(-3000, 3000)} {r.randint(-300, 300)}")')
            return self.L(t, f'{self.pl()} [{r.randint(-2000, 2000)} {r.randint(-2000, 2000)} {r.randint(-200, 200)}] killed {self.pl()} [{r.randint(-2000, 2000)} {r.randint(-2000, 2000)} {r.randint(-200, 200)}] with "{w}"' + (' (headshot)' if r.random() < 0.3 else ''))
        if x < 0.7:
            return self.L(t, f'{self.pl()} say "{r.choice(["gg", "nice", "lag?", "rush b", "ty", "lol", "wp"])}"')
        if x < 0.8:
            p = self.pl('')
            return self.L(t, f'{p} connected, address "{pub_ip(r)}:27005"') + "\n" + self.L(t + 0.5, f'{p} STEAM USERID validated')
        if x < 0.9:
            return self.L(t, f'{self.pl()} disconnected (reason "Disconnect")')
        return self.L(t, 'World triggered "Round_Start"') if not self.tf2 else self.L(t, 'World triggered "Round_Start"')

    def hb(self, t):
        return self.L(t, f'server_cvar: "sv_tags" "{"alltalk,nocrits" if self.tf2 else "secure"}"') if self.r.random() < 0.1 else self.L(t, '"Console<0><Console><Console>" say "Server status: ok"')

    def start(self, t):
        return [(t, self.L(t, f'Log file started (file "logs/{self.fname}") (game "/home/steam/{"tf" if self.tf2 else "csgo"}") (version "{self.r.randint(7000, 9000)}")')),
                (t + 0.01, self.L(t + 0.01, f'Loading map "{"ctf_2fort" if self.tf2 else "de_dust2"}"')),
                (t + 0.02, self.L(t + 0.02, 'server cvars start')), (t + 0.03, self.L(t + 0.03, 'server cvars end'))]


class Factorio(Base):
    """Factorio headless server factorio-current.log (seconds since start)."""
    name = 'factorio'
    software = 'Factorio server'
    res = 0.001
    restartable = False
    kinds = ('traffic_flood', 'silence', 'new_error', 'retry_storm')
    mix = (('info', 0.9), ('warn', 0.1))

    def setup(self):
        self.t0 = self.sc.start - self.r.uniform(600, 20000)
        self.ver = {2018: '0.16.51', 2019: '0.17.79', 2020: '1.0.0', 2021: '1.1.46', 2022: '1.1.74', 2023: '1.1.101', 2024: '2.0.15', 2025: '2.0.55'}.get(self.year, '2.0.72')

    def L(self, t, msg):
        return f"{t - self.t0:8.3f} {msg}"

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, f"Warning ServerMultiplayerManager.cpp:{r.randint(700, 1200)}: Can't send heartbeat to peer({r.randint(1, 30)}) because connection is not established.")
        return r.choice([
            lambda: self.L(t, f"Info ServerMultiplayerManager.cpp:{r.randint(700, 1200)}: Received peer info for peer({r.randint(1, 30)}) username({r.choice(NAMES)})."),
            lambda: self.L(t, f"Info GameActionHandler.cpp:{r.randint(4000, 6000)}: Player {r.choice(NAMES)} joined the game"),
            lambda: self.L(t, f"Info ServerMultiplayerManager.cpp:{r.randint(700, 1200)}: updateTick({r.randint(10**6, 10**8)}) received stateChanged peerID({r.randint(1, 30)}) oldState(ConnectedDownloadingMap) newState(ConnectedLoadingMap)"),
            lambda: self.L(t, f"Info AppManagerStates.cpp:{r.randint(1900, 2100)}: Saving game as /opt/factorio/saves/_autosave{r.randint(1, 5)}.zip"),
            lambda: self.L(t, f"Info AppManagerStates.cpp:{r.randint(1900, 2100)}: Saving finished"),
        ])()

    def hb(self, t):
        return self.L(t, f"Info ServerRouter.cpp:{self.r.randint(500, 600)}: Asking pingpong servers ({self.r.randint(1, 4)}) to forward connection from {pub_ip(self.r)}:34197")

    def newerr(self, t):
        return self.L(t, f"Error ServerMultiplayerManager.cpp:{self.r.randint(80, 120)}: MultiplayerManager failed: \"Failed to read mod-settings.dat: unexpected end of file\"")

    def newerr_sig(self):
        return 'MultiplayerManager failed'

    retry_sig = 'Error ServerRouter.cpp'

    def retry(self, t, i):
        return self.L(t, f"Error ServerRouter.cpp:{self.r.randint(500, 600)}: mapping public ip port (34197) failed, retrying ({i + 1})")

    def start(self, t):
        g, f = self.tm(self.t0)
        return [(self.t0, f"   0.000 {g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}; Factorio {self.ver} (build {self.r.randint(50000, 90000)}, linux64, headless{', space-age' if self.year >= 2025 else ''})\n   0.001 Operating system: Linux (Debian 12)\n   0.002 Program arguments: \"/opt/factorio/bin/x64/factorio\" \"--start-server\" \"/opt/factorio/saves/world.zip\" \"--server-settings\" \"/opt/factorio/data/server-settings.json\"\n   0.003 Read data path: /opt/factorio/data\n   0.004 Write data path: /opt/factorio [{self.r.randint(10000, 90000)}/{self.r.randint(100000, 900000)}MB]\n   0.010 Running in headless mode")]


class Rails(Base):
    """Rails production.log (ActiveSupport::Logger::SimpleFormatter with log_tags [:request_id]) or lograge."""
    name = 'rails'
    software = 'Ruby on Rails production.log'
    res = 0.000001
    access = True
    has_dur = True
    lpe = 4.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'disk_full', 'oom_kill')
    mix = (('req', 0.9), ('info', 0.05), ('warn', 0.05))

    def setup(self):
        self.lograge = self.fname.endswith('lograge') or self.r.random() < 0.35
        self.ruby34 = self.year >= 2025
        self.alloc = self.year >= 2020
        self.pids = [self.r.randint(100, 9000) for _ in range(4)]
        self.nk = 0
        from fmtbase import off_str
        self.osfx = off_str(self.off, colon=False, z=False)

    def L(self, t, lvl, msg, rid=None):
        g, f = self.tm(t)
        tag = f"[{rid}] " if rid else ''
        pid = self.cur_pid or self.r.choice(self.pids)
        return f"{lvl[0]}, [{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.us(f):06d} #{pid}] {lvl:>5} -- : {tag}{msg}"

    def h(self, d):
        sep = ' => ' if self.ruby34 else '=>'
        return '{' + ', '.join(f'"{k}"{sep}"{v}"' for k, v in d.items()) + '}'

    cur_pid = None

    def req(self, t, q):
        self.cur_pid = self.r.choice(self.pids)
        try:
            return self._req(t, q)
        finally:
            self.cur_pid = None

    def _req(self, t, q):
        rid = uuid4(self.r)
        ctrl, act = self.r.choice([('OrdersController', 'index'), ('OrdersController', 'show'), ('ProductsController', 'index'), ('Api::V1::CartsController', 'update'), ('SessionsController', 'create')])
        reason = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 422: 'Unprocessable Entity', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'}.get(q.status, 'OK')
        d = q.dur
        v = d * self.r.uniform(0.2, 0.6)
        db = d * self.r.uniform(0.1, 0.4)
        if self.lograge:
            return self.L(t + d / 1000, 'INFO', f"method={q.method} path={q.path.split('?')[0]} format=html controller={ctrl} action={act} status={q.status} allocations={self.r.randint(500, 90000)} duration={d:.2f} view={v:.2f} db={db:.2f}", rid)
        g, f = self.tm(t)
        at = f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.osfx}"
        out = [self.L(t, 'INFO', f'Started {q.method} "{q.path}" for {q.ip} at {at}', rid),
               self.L(t + 0.001, 'INFO', f"Processing by {ctrl}#{act} as {'JSON' if 'Api' in ctrl else 'HTML'}", rid)]
        if q.method != 'GET' or '?' in q.path:
            out.append(self.L(t + 0.001, 'INFO', f"  Parameters: {self.h({'page': str(self.r.randint(1, 9))} if q.method == 'GET' else {'authenticity_token': '[FILTERED]', 'id': str(self.r.randint(1, 9999))})}", rid))
        te = t + d / 1000
        head = '\n'.join(out)
        out = []
        if q.status >= 500:
            out.append(self.L(te, 'INFO', f"Completed {q.status} {reason} in {int(d)}ms (ActiveRecord: {db:.1f}ms{' | Allocations: %d' % self.r.randint(500, 90000) if self.alloc else ''})", rid))
            out.append(self.L(te, 'FATAL', '  ', rid))
            out.append(f"[{rid}] ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use):")
            out.append(f"[{rid}]   ")
            out.append(f"[{rid}] app/controllers/orders_controller.rb:{self.r.randint(5, 60)}:in {'`' if self.year < 2025 else chr(39)}index'")
            return [(t, head), (te, '\n'.join(out))]
        out.append(self.L(te, 'INFO', f"Completed {q.status} {reason} in {int(round(d))}ms (Views: {v:.1f}ms | ActiveRecord: {db:.1f}ms{' | Allocations: %d' % self.r.randint(500, 90000) if self.alloc else ''})", rid))
        return [(t, head), (te, '\n'.join(out))]

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'WARN', f"Can't verify CSRF token authenticity.", uuid4(r))
        return self.L(t, 'INFO', f"[ActiveJob] [ActionMailer::MailDeliveryJob] [{uuid4(r)}] Performed ActionMailer::MailDeliveryJob (Job ID: {uuid4(r)}) from Async(default) in {r.uniform(10, 900):.2f}ms")

    def hb(self, t):
        return self.L(t, 'INFO', f'Started GET "/up" for 127.0.0.1 at {self._at(t)}', uuid4(self.r)) if not self.lograge else self.L(t, 'INFO', f"method=GET path=/up format=html controller=Rails::HealthController action=show status=200 allocations=180 duration=0.61 view=0.12 db=0.00", uuid4(self.r))

    def _at(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.osfx}"

    def err(self, t, k):
        return self.L(t, 'ERROR', "Stripe::APIConnectionError: Could not connect to Stripe (https://api.stripe.com). Please check your internet connection and try again.", uuid4(self.r))

    def err_sig(self, k):
        return "Stripe::APIConnectionError"

    def newerr(self, t):
        return self.L(t, 'ERROR', "PG::TRDeadlockDetected: ERROR:  deadlock detected\nDETAIL:  Process 4242 waits for ShareLock on transaction 99182; blocked by process 4251.", uuid4(self.r))

    def newerr_sig(self):
        return "PG::TRDeadlockDetected"

    retry_sig = 'Redis::CannotConnectError'

    def retry(self, t, i):
        return self.L(t, 'WARN', f"Error connecting to Redis on redis:6379 (Redis::CannotConnectError), retrying in {min(30, 2 ** (i % 6))}s")

    disk_sig = 'No space left on device'

    def disk(self, t):
        return self.L(t, 'ERROR', f"Errno::ENOSPC: No space left on device @ io_write - /rails/storage/{hexid(self.r, 2)}/{hexid(self.r, 2)}/{alnum(self.r, 28).lower()}", uuid4(self.r))

    oom_sig = 'failed to allocate memory (NoMemoryError)'

    def oom(self, t):
        return [(t, self.L(t, 'FATAL', "[ActiveJob] [ExportJob] failed to allocate memory (NoMemoryError)") + "\n/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/result.rb:91:in `map': failed to allocate memory (NoMemoryError)")] + self.start(t + 10)

    panic_sig = '[BUG] Segmentation fault'

    def panic(self, t):
        return [(t, self.L(t, 'INFO', "[ActiveJob] [ThumbnailJob] Performing ThumbnailJob") + f"\n/usr/local/bundle/gems/ruby-vips-2.2.1/lib/vips/image.rb:243: [BUG] Segmentation fault at 0x0000000000000000\nruby 3.3.0 (2023-12-25 revision 5124f9ac75) [x86_64-linux]\n\n-- Control frame information -----------------------------------------------\nc:0012 p:---- s:0071 e:000070 CFUNC  :vips_image_new_from_file\n\n-- C level backtrace information -------------------------------------------\n/usr/local/lib/libruby.so.3.3(rb_vm_bugreport+0x8a4) [0x7f{hexid(self.r, 10)}]")] + self.start(t + 8)

    def start(self, t):
        return [(t, f"=> Booting Puma\n=> Rails {'7.1.3' if self.year >= 2024 else '6.1.4'} application starting in production \n=> Run `bin/rails server --help` for more startup options\nPuma starting in single mode...\n* Puma version: 6.4.2 (ruby 3.3.0-p0) (\"The Eagle of Durango\")\n*  Min threads: 5\n*  Max threads: 5\n*  Environment: production\n*          PID: {self.r.randint(1, 9000)}\n* Listening on http://0.0.0.0:3000\nUse Ctrl-C to stop")]

    def stop(self, t):
        return [(t, "- Gracefully stopping, waiting for requests to finish\n=== puma shutdown: %s ===\n- Goodbye!" % self._at(t).replace(self.osfx, ('-' if self.off < 0 else '+') + self.osfx[1:]))]


class DotnetSystemd(Base):
    """Microsoft.Extensions.Logging systemd console formatter with TimestampFormat set."""
    name = 'dotnet_systemd'
    software = '.NET Microsoft.Extensions.Logging (systemd formatter)'
    res = 0.001
    access = True
    has_dur = True
    min_year = 2021
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full')
    mix = (('req', 0.85), ('info', 0.1), ('warn', 0.05))
    PRI = {'Trace': 7, 'Debug': 7, 'Information': 6, 'Warning': 4, 'Error': 3, 'Critical': 2}

    def setup(self):
        self.net8 = self.year >= 2024

    def ts(self, t):
        g, f = self.tm(t)
        return f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{self.ms(f):03d} "

    def L(self, t, lvl, cat, eid, msg, exc=None, state=None):
        m = msg if exc is None else msg + ' ' + exc
        m = m.replace('\r\n', ' ').replace('\n', ' ')
        return f"<{self.PRI[lvl]}>{self.ts(t)}{cat}[{eid}] {m}"

    def req(self, t, q):
        ct = 'application/json;+charset=utf-8'
        url = f"http://matchmaking.internal{q.path}"
        if self.net8:
            s = f"Request finished HTTP/1.1 {q.method} {url} - {q.status} {q.size} {ct} {q.dur:.4f}ms"
        else:
            s = f"Request finished HTTP/1.1 {q.method} {url} - - - {q.status} - {ct} {q.dur:.4f}ms"
        out = self.L(t + q.dur / 1000, 'Information', 'Microsoft.AspNetCore.Hosting.Diagnostics', 2, s)
        if q.status >= 500:
            out = self.L(t + q.dur / 1000, 'Error', 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware' if self.net8 else 'Microsoft.AspNetCore.Server.Kestrel', 1 if self.net8 else 13, "An unhandled exception has occurred while executing the request.",
                         "System.TimeoutException: The operation has timed out.\n   at Matchmaking.Services.QueueService.EnqueueAsync(Ticket ticket) in /src/Matchmaking/Services/QueueService.cs:line 88\n   at Matchmaking.Controllers.TicketsController.Post(TicketRequest req) in /src/Matchmaking/Controllers/TicketsController.cs:line 31") + "\n" + out
        return out

    def bg(self, t, kind):
        r = self.r
        if kind == 'warn':
            return self.L(t, 'Warning', 'Microsoft.EntityFrameworkCore.Query', 20504, "Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured.")
        return self.L(t, 'Information', r.choice(['Matchmaking.Services.QueueService', 'Matchmaking.Services.SessionService']), 0, r.choice([f"Ticket {uuid4(r)} matched into session {r.randint(10000, 99999)}", f"Queue depth {r.randint(0, 400)} for region {r.choice(['eu', 'na', 'sa', 'ap'])}", f"Session {r.randint(10000, 99999)} closed after {r.randint(60, 2400)}s"]))

    def hb(self, t):
        return self.L(t, 'Debug', 'Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService', 101, f"Health check processing with combined status Healthy completed after {self.r.uniform(0.5, 4):.4f}ms")

    def err(self, t, k):
        return self.L(t, 'Error', 'Matchmaking.Services.PartyService', 0, "Failed to notify party members", "Grpc.Core.RpcException: Status(StatusCode=\"DeadlineExceeded\", Detail=\"Deadline Exceeded\")\n   at Matchmaking.Services.PartyService.NotifyAsync(Party party)")

    def err_sig(self, k):
        return "Failed to notify party members"

    def newerr(self, t):
        return self.L(t, 'Error', 'Microsoft.EntityFrameworkCore.Database.Command', 20102, "Failed executing DbCommand (30,012ms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\nSELECT t.\"Id\" FROM \"Tickets\" AS t WHERE t.\"Region\" = @__p_0")

    def newerr_sig(self):
        return "Failed executing DbCommand"

    retry_sig = 'StackExchange.Redis.RedisConnectionException'

    def retry(self, t, i):
        return self.L(t, 'Warning', 'Matchmaking.Infrastructure.RedisConnectionFactory', 0, f"Redis reconnect attempt {i + 1} failed", "StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis:6379/Interactive")

    disk_sig = 'No space left on device'

    def disk(self, t):
        return self.L(t, 'Error', 'Matchmaking.Services.ReplayArchiver', 0, "Archiving replay failed", "System.IO.IOException: No space left on device : '/data/replays/%s.bin'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)" % uuid4(self.r))

    oom_sig = 'System.OutOfMemoryException'

    def oom(self, t):
        return [(t, self.L(t, 'Critical', 'Microsoft.AspNetCore.Server.Kestrel', 0, "Unhandled exception while processing request.", "System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n   at System.Collections.Generic.List`1.set_Capacity(Int32 value)"))] + self.start(t + 6)

    panic_sig = 'Unhandled exception. System.InvalidOperationException'

    def panic(self, t):
        return [(t, self.L(t, 'Information', 'Matchmaking.Services.QueueService', 0, "Rebalancing queues") + "\nUnhandled exception. System.InvalidOperationException: Collection was modified; enumeration operation may not execute.\n   at System.Collections.Generic.Dictionary`2.Enumerator.MoveNext()\n   at Matchmaking.Services.QueueService.Rebalance() in /src/Matchmaking/Services/QueueService.cs:line 142\n   at System.Threading.Thread.StartCallback()")] + self.start(t + 4)

    def start(self, t):
        return [(t, self.L(t, 'Information', 'Microsoft.Hosting.Lifetime', 14, "Now listening on: http://[::]:8080")),
                (t + 0.001, self.L(t + 0.001, 'Information', 'Microsoft.Hosting.Lifetime', 0, "Application started. Press Ctrl+C to shut down.")),
                (t + 0.002, self.L(t + 0.002, 'Information', 'Microsoft.Hosting.Lifetime', 0, "Hosting environment: Production")),
                (t + 0.003, self.L(t + 0.003, 'Information', 'Microsoft.Hosting.Lifetime', 0, "Content root path: /app"))]

    def stop(self, t):
        return [(t, self.L(t, 'Information', 'Microsoft.Hosting.Lifetime', 0, "Application is shutting down..."))]


class DotnetJson(DotnetSystemd):
    """Microsoft.Extensions.Logging JSON console formatter (TimestampFormat "o", UseUtcTimestamp)."""
    name = 'dotnet_json'
    software = '.NET Microsoft.Extensions.Logging (JSON formatter)'
    res = 0.0000001
    utc = True
    LV = {'Trace': 'Trace', 'Debug': 'Debug', 'Information': 'Information', 'Warning': 'Warning', 'Error': 'Error', 'Critical': 'Critical'}

    def L(self, t, lvl, cat, eid, msg, exc=None, state=None):
        g, f = self.tm(t)
        ts = f"{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{int(f * 1e7):07d}Z"
        d = {'Timestamp': ts, 'EventId': eid, 'LogLevel': lvl, 'Category': cat, 'Message': msg}
        if exc:
            d['Exception'] = exc
        d['State'] = state or {'Message': msg, '{OriginalFormat}': msg}
        return json.dumps(d, ensure_ascii=True, separators=(',', ':'))
