"""Desktop-fleet formats: Chromium debug log, electron-log, VS Code, Steam, Firefox MOZ_LOG."""
from fbase import F, hx, HX, guid, lognorm, MON, DOW

SITES = ['mail.contoso.com', 'intranet.contoso.com', 'docs.google.com', 'teams.microsoft.com',
         'github.com', 'login.microsoftonline.com', 'www.youtube.com', 'app.slack.com',
         'jira.contoso.com', 'cdn.jsdelivr.net', 'fonts.gstatic.com', 'outlook.office.com']


class Chrome(F):
    key = 'chrome_debug.log'
    weight = 1.0

    def setup(self, r):
        self.win = self.sc['platform'] == 'win'
        self.res = 1
        self.subms = not self.win
        self.eol = '\n'
        self.pids = [r.randrange(1200, 30000) for _ in range(6)]
        self.tids = {p: [r.randrange(1200, 30000) for _ in range(4)] for p in self.pids}
        y = self.year
        self.major = 64 + (y - 2018) * 8 + r.randrange(0, 6)

    def L(self, t, r, lvl, src, msg, pid=None):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        pid = pid or r.choice(self.pids)
        tid = r.choice(self.tids[pid]) if pid in self.tids else pid + 4
        frac = '%03d' % ms if self.win else '%03d%03d' % (ms, r.randrange(1000))
        return '[%d:%d:%02d%02d/%02d%02d%02d.%s:%s:%s] %s' % (pid, tid, M, D, h, mi, se, frac, lvl, src, msg)

    def _hms(self, t):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%02d:%02d:%02d.%03d' % (h, mi, se, ms)

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.22:
            site = r.choice(SITES)
            msgs = ['"[Violation] \'setTimeout\' handler took %dms"' % r.randrange(50, 400),
                    '"[Violation] Forced reflow while executing JavaScript took %dms"' % r.randrange(30, 200),
                    '"[DOM] Input elements should have autocomplete attributes (suggested: \\"current-password\\"): (More info: https://goo.gl/9p2vKq) %o"',
                    '"Uncaught (in promise) AbortError: The play() request was interrupted by a call to pause()."',
                    '"Refused to load the image \'https://%s/pixel.gif\' because it violates the following Content Security Policy directive: \\"img-src \'self\' data:\\"."' % r.choice(SITES)]
            ln = r.randrange(1, 900)
            return self.L(t, r, 'INFO', 'CONSOLE(%d)' % ln, '%s, source: https://%s/static/js/main.%s.js (%d)' % (r.choice(msgs), site, hx(r, 8), ln))
        if x < 0.40:
            code = r.choice([-202, -202, -200, -201, -107, -100])
            return self.L(t, r, 'ERROR', 'ssl_client_socket_impl.cc(%d)' % (978 if self.major < 100 else 992),
                          'handshake failed; returned -1, SSL error code 1, net_error %d' % code)
        if x < 0.52:
            if self.win:
                m = r.choice(['USB: usb_device_handle_win.cc:1046 Failed to read descriptor from node connection: A device attached to the system is not functioning. (0x1F)',
                              'Bluetooth: bluetooth_adapter_winrt.cc:1074 Getting Default Adapter failed.',
                              'USB: usb_service_win.cc:415 Could not read device interface GUIDs: The system cannot find the file specified. (0x2)'])
            else:
                m = r.choice(['Bluetooth: bluetooth_adapter_bluez.cc:1213 Failed to get adapter: org.bluez.Error.NotReady',
                              'USB: usb_service_linux.cc:186 Failed to enumerate devices: No such file or directory'])
            return self.L(t, r, 'ERROR', 'device_event_log_impl.cc(%d)' % (214 if self.major < 110 else 218), '[%s] %s' % (self._hms(t), m))
        if x < 0.62:
            return self.L(t, r, 'ERROR', 'page_load_metrics_update_dispatcher.cc(%d)' % 157,
                          'Invalid first_paint %.3f s for first_image_paint %.3f s' % (r.uniform(0.5, 2), r.uniform(0.2, 0.5)))
        if x < 0.70:
            return self.L(t, r, 'ERROR', 'socket_manager.cc(147)', 'Failed to resolve address for stun.l.google.com., errorcode: -105')
        if x < 0.78:
            return self.L(t, r, 'ERROR', 'registration_request.cc(291)', 'Registration response error message: DEPRECATED_ENDPOINT')
        if x < 0.86:
            return self.L(t, r, 'ERROR', 'command_buffer_proxy_impl.cc(%d)' % r.choice([125, 127]),
                          'ContextResult::kTransientFailure: Failed to send GpuControl.CreateCommandBuffer.')
        if x < 0.93:
            return self.L(t, r, 'ERROR', 'interface_endpoint_client.cc(%d)' % 725,
                          'Message %d rejected by interface blink.mojom.WidgetHost' % r.choice([0, 1, 3]))
        return self.L(t, r, 'INFO', 'CONSOLE(0)', '"Autofocus processing was blocked because a document already has a focused element.", source: https://%s/ (0)' % r.choice(SITES))

    def warn(self, t, r):
        m = r.choice(['external_registry_loader_win.cc(153)] Unable to read registry key at path: Software\\Google\\Chrome\\Extensions\\%s' % hx(r, 32)[:32].translate(str.maketrans('0123456789abcdef', 'abcdefghijklmnop')),
                      'chrome_browser_main_extra_parts_metrics.cc(%d)] Unable to record Chrome version for this installation.' % 226,
                      'gcm_store_impl.cc(%d)] Failed to read G-services settings.' % 1142])
        src, msg = m.split('] ', 1)
        return self.L(t, r, 'WARNING', src, msg)

    def err(self, t, r):
        x = r.random()
        if x < 0.4:
            return self.burst(t, r)
        if x < 0.7:
            return self.L(t, r, 'ERROR', 'cache_util_win.cc(20)' if self.win else 'simple_backend_impl.cc(736)',
                          'Unable to move the cache: Access is denied. (0x5)' if self.win else 'Simple Cache Backend: wrong file structure on disk: 1 path: /home/user/.cache/google-chrome/Default/Cache/Cache_Data')
        return self.L(t, r, 'ERROR', 'disk_cache.cc(205)', 'Unable to create cache')

    def burst(self, t, r):
        return self.L(t, r, 'ERROR', 'connection_factory_impl.cc(434)', 'Failed to connect to MCS endpoint with error -%d' % r.choice([106, 106, 105]))

    def newerr(self, t, r):
        return self.L(t, r, 'ERROR', 'database.cc(%d)' % r.choice([1808, 1854]),
                      'History sqlite error 11, errno 0: database disk image is malformed, sql: SELECT id,url,title,visit_count,typed_count,last_visit_time,hidden FROM urls WHERE url=?')


APPS = [('Fleetdesk', 'fleetdesk', 'api.fleetdesk.io'), ('Notewell', 'notewell', 'sync.notewell.app'),
        ('Brightchat', 'brightchat', 'edge.brightchat.com')]
ELECTRON = {2018: (3, 66), 2019: (6, 76), 2020: (11, 87), 2021: (15, 94), 2022: (21, 106),
            2023: (26, 116), 2024: (31, 126), 2025: (36, 136), 2026: (40, 144)}


NODE = {2018: '10.2.0', 2019: '12.4.0', 2020: '12.18.3', 2021: '16.5.0', 2022: '16.17.1', 2023: '18.16.1',
        2024: '20.16.0', 2025: '22.14.0', 2026: '22.20.0'}
KERNEL = {2018: '4.15.0-29-generic', 2019: '5.0.0-23-generic', 2020: '5.4.0-42-generic', 2021: '5.11.0-27-generic',
          2022: '5.15.0-46-generic', 2023: '6.2.0-26-generic', 2024: '6.5.0-21-generic', 2025: '6.8.0-51-generic',
          2026: '6.14.0-29-generic'}


class Electron(F):
    key = 'main.log'
    weight = 1.0
    res = 1
    has_lat = True
    has_5xx = True

    def setup(self, r):
        self.win = self.sc['platform'] == 'win'
        self.eol = '\r\n' if self.win else '\n'
        self.app, self.slug, self.api = r.choice(APPS)
        self.ver = '%d.%d.%d' % (r.randrange(1, 6), r.randrange(0, 20), r.randrange(0, 9))
        e, c = ELECTRON[self.year]
        self.ev = '%d.%d.%d' % (e, r.randrange(0, 4), r.randrange(0, 12))
        self.cv = '%d.0.%d.%d' % (c, r.randrange(3000, 6500), r.randrange(20, 220))
        self.user = self.sc['user']
        self.paths = [('GET', '/v2/sync', 120), ('POST', '/v2/sync', 220), ('GET', '/v2/presence', 60),
                      ('GET', '/v2/notifications', 90), ('PUT', '/v2/settings', 140), ('GET', '/v2/files/%s', 180),
                      ('POST', '/v2/telemetry', 70), ('GET', '/v2/me', 50)]

    def L(self, t, lvl, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '[%04d-%02d-%02d %02d:%02d:%02d.%03d] [%s]%s %s' % (Y, M, D, h, mi, se, ms, lvl, ' ' * max(0, 5 - len(lvl)), msg)

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.72:
            m, p, med = r.choice(self.paths)
            if '%s' in p:
                p = p % hx(r, 12)
            d = int(lognorm(r, med, 0.55) * lat) + 1
            if r.random() < fail:
                st = r.choice([500, 502, 503, 503, 504])
                return self.L(t, 'error', '%s https://%s%s %d %dms' % (m, self.api, p, st, d))
            st = r.choice([200] * 30 + [201, 204, 204, 304, 304, 401, 404])
            if m == 'POST' and st == 200:
                st = 201
            return self.L(t, 'info', '%s https://%s%s %d %dms' % (m, self.api, p, st, d))
        if x < 0.80:
            return self.L(t, 'info', 'Sync completed: %d changes pulled, %d pushed' % (r.randrange(0, 40), r.randrange(0, 8)))
        if x < 0.85:
            return self.L(t, 'info', r.choice(['Window focus changed: focused=true', 'Window focus changed: focused=false',
                                               'Tray: unread count %d' % r.randrange(0, 30), 'powerMonitor: unlock-screen',
                                               'powerMonitor: lock-screen', 'Notification shown (category=mention)']))
        if x < 0.90:
            return self.L(t, 'debug', 'WebSocket ping rtt=%dms' % int(lognorm(r, 45, 0.4)))
        if x < 0.95:
            t2 = t + r.randrange(100, 900)
            return [(t, self.L(t, 'info', 'Checking for update')),
                    (t2, self.L(t2, 'info', 'Update for version %s is not available (latest version: %s, downgrade is disallowed).' % (self.ver, self.ver)))]
        return self.L(t, 'verbose', 'IPC renderer -> main: %s' % r.choice(['get-settings', 'badge-count', 'open-external', 'spellcheck-languages']))

    def warn(self, t, r):
        m, p, med = r.choice(self.paths)
        return self.L(t, 'warn', r.choice(['Slow request %s https://%s%s took %dms' % (m, self.api, p.replace('%s', 'x'), r.randrange(3000, 9000)),
                                          'Notification permission not granted by OS',
                                          'Spellchecker dictionary download is slow (en-US)']))

    def err(self, t, r):
        x = r.random()
        if x < 0.4:
            return self.burst(t, r)
        if x < 0.7:
            return self.L(t, 'error', 'Error: net::ERR_NETWORK_CHANGED')
        return self.L(t, 'error', 'Failed to load spellchecker dictionary en-US: net::ERR_TIMED_OUT')

    def burst(self, t, r):
        return self.L(t, 'error', 'Error: net::ERR_CONNECTION_RESET')

    def newerr(self, t, r):
        return self.L(t, 'error', 'Error: self-signed certificate in certificate chain (code SELF_SIGNED_CERT_IN_CHAIN)')

    def retry(self, t, r, i):
        if r.random() < 0.7:
            m, p, med = r.choice(self.paths[:3])
            return self.L(t, 'warn', 'Request %s https://%s%s failed: net::ERR_CONNECTION_REFUSED, retrying in %dms (attempt %d/8)' % (m, self.api, p, 1000 * (1 + i % 8), 1 + i % 8))
        return self.L(t, 'info', 'Reconnecting websocket wss://%s/socket (attempt %d) in %ds' % (self.api, i + 1, min(30, 1 + i)))

    def _base(self):
        if self.win:
            return 'C:\\Users\\%s\\AppData\\Local\\Programs\\%s\\resources\\app.asar' % (self.user, self.slug)
        return '/opt/%s/resources/app.asar' % self.app

    def panic(self, t, r):
        b = self._base()
        sep = '\\' if self.win else '/'
        fr = ['    at SyncEngine.applyDelta (%s%sdist%smain%ssync.js:%d:%d)' % (b, sep, sep, sep, r.randrange(200, 900), r.randrange(5, 60)),
              '    at SyncEngine.onMessage (%s%sdist%smain%ssync.js:%d:%d)' % (b, sep, sep, sep, r.randrange(100, 200), r.randrange(5, 60)),
              '    at WebSocket.emit (node:events:%d:%d)' % (517, 28),
              '    at Receiver.receiverOnMessage (%s%snode_modules%sws%slib%swebsocket.js:1%d:%d)' % (b, sep, sep, sep, sep, r.randrange(10, 99), 20),
              '    at Receiver.emit (node:events:517:28)']
        te = "TypeError: Cannot read properties of undefined (reading 'revision')" if self.year >= 2021 else "TypeError: Cannot read property 'revision' of undefined"
        if self.year < 2021:
            fr[2] = '    at WebSocket.emit (events.js:%d:%d)' % (182, 13)
            fr[4] = '    at Receiver.emit (events.js:182:13)'
        txt = self.L(t, 'error', 'Uncaught Exception: ') + '\n' + te + '\n' + '\n'.join(fr)
        return [(t, txt)]

    def banner(self, t, r):
        lines = [self.L(t, 'info', '%s %s starting (electron %s, chrome %s, node %s)' % (self.app, self.ver, self.ev, self.cv, NODE[self.year])),
                 self.L(t + 3, 'info', 'Platform: %s, locale en-US' % (('win32 10.0.%d x64' % (17134 if self.year < 2020 else 19045)) if self.win else 'linux %s x64' % KERNEL[self.year])),
                 self.L(t + 5, 'info', 'Logging to %s' % (('C:\\Users\\%s\\AppData\\Roaming\\%s\\logs\\main.log' % (self.user, self.app)) if self.win else '/home/%s/.config/%s/logs/main.log' % (self.user, self.app))),
                 self.L(t + r.randrange(500, 1500), 'info', 'App ready in %dms' % r.randrange(500, 1500))]
        return [(t, '\n'.join(lines[:3])), (t + 1600, lines[3])]

    def stop(self, t, r):
        return [(t, self.L(t, 'info', 'before-quit received') + '\n' + self.L(t + 12, 'info', 'Shutting down sync engine')),
                (t + 400, self.L(t + 400, 'info', 'App quit'))]


class VSCode(F):
    key = 'renderer.log'
    weight = 0.8

    def setup(self, r):
        self.win = self.sc['platform'] == 'win'
        self.eol = '\r\n' if self.win else '\n'
        self.old = self.year <= 2022
        self.res = 1
        self.fname = 'renderer.log' if not self.old else 'renderer1.log'
        self.rid = hx(r, 5) + '\u2026'
        self.user = self.sc['user']
        self.exts = ['ms-python.python', 'ms-vscode.cpptools', 'dbaeumer.vscode-eslint', 'esbenp.prettier-vscode',
                     'redhat.vscode-yaml', 'golang.go', 'ms-azuretools.vscode-docker', 'eamodio.gitlens']

    def L(self, t, lvl, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        if self.old:
            return '[%04d-%02d-%02d %02d:%02d:%02d.%03d] [renderer1] [%s] %s' % (Y, M, D, h, mi, se, ms, lvl, msg)
        return '%04d-%02d-%02d %02d:%02d:%02d.%03d [%s] %s' % (Y, M, D, h, mi, se, ms, lvl, msg)

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.25:
            return self.L(t, 'trace', 'CommandService#executeCommand %s' % r.choice(['editor.action.formatDocument', 'workbench.action.files.save', 'git.refresh', 'workbench.action.quickOpen', 'editor.action.triggerSuggest', 'cursorMove']))
        if x < 0.45:
            return self.L(t, 'trace', 'KeybindingService#dispatch %s %s' % (r.choice(['ctrl+s', 'ctrl+p', 'ctrl+shift+p', 'ctrl+space', 'alt+shift+f']), r.choice(['workbench.action.files.save', 'workbench.action.quickOpen', 'editor.action.triggerSuggest'])))
        if x < 0.60:
            return self.L(t, 'info', '[perf] Render performance baseline is %dms' % int(lognorm(r, 30, 0.4)))
        if x < 0.70:
            return self.L(t, 'trace', 'resolving remote authority: ssh-remote+%s (attempt: 1)' % self.sc['host'].lower()) if r.random() < 0.1 else self.L(t, 'trace', 'StorageService#flush: %d changes' % r.randrange(1, 20))
        if x < 0.80:
            return self.L(t, 'info', 'Settings Sync: Account status changed from uninitialized to available') if r.random() < 0.05 else self.L(t, 'trace', 'TextFileService: resolved %s' % r.choice(['src/main.py', 'src/app.ts', 'README.md', 'package.json', 'go.mod', 'Dockerfile']))
        if x < 0.90:
            return self.L(t, 'info', '[remote-connection][ExtensionHost][%s][reconnect] received socket timeout event (unacknowledgedMsgCount: %d, timeSinceOldestUnacknowledgedMsg: %d, timeSinceLastReceivedSomeData: %d).' % (self.rid, r.randrange(1, 4), r.randrange(20000, 21000), r.randrange(20000, 21000))) if r.random() < 0.01 else self.L(t, 'trace', 'ExtensionService#_activateById %s' % r.choice(self.exts))
        return self.L(t, 'error', '[Extension Host] rejected promise not handled within 1 second: Error: Canceled') if r.random() < 0.1 else \
            self.L(t, 'trace', 'Received response %s (%d)' % (r.choice(['textDocument/codeAction', 'textDocument/hover', 'textDocument/documentSymbol']), r.randrange(1, 5000)))

    def warn(self, t, r):
        return self.L(t, 'warning', r.choice([
            "Via 'product.json#extensionEnabledApiProposals' extension '%s' wants API proposal 'terminalDataWriteEvent' but that proposal DOES NOT EXIST. Likely, the proposal has been finalized (check 'vscode.d.ts') or was abandoned." % r.choice(self.exts),
            "[%s]: Cannot register '%s.path'. This property is already registered." % (r.choice(self.exts), r.choice(['python', 'go', 'yaml'])),
            'Settings Sync: Failed to synchronise settings as there is a new remote version available. Synchronizing again...']))

    def err(self, t, r):
        if r.random() < 0.4:
            return self.burst(t, r)
        return self.L(t, 'error', r.choice(["[Extension Host] Error: Cannot find module 'vscode-languageclient/node'",
                                            "Unable to write file 'vscode-userdata:/%s/User/workspaceStorage/%s/state.vscdb' (Unknown (FileSystemError): Error: EBUSY: resource busy or locked)" % ('c%3A/Users/' + self.user + '/AppData/Roaming/Code' if self.win else '/home/' + self.user + '/.config/Code', hx(r, 32))]))

    def burst(self, t, r):
        return self.L(t, 'error', '[Extension Host] Error: Request textDocument/semanticTokens/full failed with message: Client is not running')

    def newerr(self, t, r):
        return self.L(t, 'error', "Error: EACCES: permission denied, open '%s'" % ('c:\\Users\\%s\\AppData\\Roaming\\Code\\User\\globalStorage\\storage.json' % self.user if self.win else '/home/%s/.config/Code/User/globalStorage/storage.json' % self.user))

    def retry(self, t, r, i):
        k = i % 5
        if k == 0:
            return self.L(t, 'info', '[remote-connection][ExtensionHost][%s][reconnect] received socket timeout event (unacknowledgedMsgCount: %d, timeSinceOldestUnacknowledgedMsg: %d, timeSinceLastReceivedSomeData: %d).' % (self.rid, r.randrange(1, 4), r.randrange(20000, 21000), r.randrange(20000, 21000)))
        if k == 1:
            return self.L(t, 'info', '[remote-connection][ExtensionHost][%s][reconnect] starting reconnecting loop. You can get more information with the trace log level.' % self.rid)
        if k == 2:
            return self.L(t, 'info', '[remote-connection][ExtensionHost][%s][reconnect] resolving connection...' % self.rid)
        if k == 3:
            return self.L(t, 'info', '[remote-connection][ExtensionHost][%s][reconnect] connecting to Managed(%d)...' % (self.rid, r.randrange(1, 9)))
        return self.L(t, 'error', '[remote-connection][ExtensionHost][%s][reconnect] A temporarily not available error occurred while trying to reconnect, will try again...' % self.rid)


class Steam(F):
    key = 'content_log.txt'
    weight = 0.5

    def setup(self, r):
        self.apps = [730, 570, 440, 1172470, 271590, 578080, 1245620, 252490, 359550, 1091500]
        self.cache = ['cache%d-%s.steamcontent.com' % (r.randrange(1, 20), c) for c in ['fra1', 'ams1', 'lhr1', 'iad1', 'sea1', 'sgp1']]

    def L(self, t, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '[%04d-%02d-%02d %02d:%02d:%02d] %s' % (Y, M, D, h, mi, se, msg)

    def normal(self, t, r, lat, fail):
        x = r.random()
        a = r.choice(self.apps)
        if x < 0.35:
            return self.L(t, 'Current download rate: %.3f Mbps' % lognorm(r, 80, 0.6))
        if x < 0.5:
            c = r.choice(self.cache)
            return self.L(t, "Created download interface of type 'SteamCache' (7) to host %s (%s)" % (c, c))
        if x < 0.62:
            return self.L(t, 'AppID %d state changed : %s' % (a, r.choice(['Fully Installed,', 'Update Required,Fully Installed,', 'Update Required,Fully Installed,Update Queued,', 'Fully Installed,Update Running,'])))
        if x < 0.72:
            return self.L(t, 'AppID %d update changed : %s' % (a, r.choice(['Running Update,Downloading,', 'Running Update,Downloading,Staging,', 'Running Update,Committing,', 'None'])))
        if x < 0.80:
            n = r.randrange(10 ** 6, 10 ** 9)
            return self.L(t, 'AppID %d update started : download 0/%d, store 0/%d, reuse 0/%d, delta 0/%d, stage 0/0' % (a, n, n + r.randrange(10 ** 6), r.randrange(0, 10 ** 6), n // 3))
        if x < 0.87:
            return self.L(t, 'AppID %d scheduler finished : removed from schedule (result No Error, state 0xc)' % a)
        if x < 0.93:
            b = r.randrange(9000000, 13000000)
            return self.L(t, 'AppID %d finished update (BuildID %d => %d)' % (a, b, b + r.randrange(1, 9000)))
        return self.L(t, 'AppID %d App update changed : %s' % (a, r.choice(['Running Update,Validating,', 'Running Update,Preallocating,', 'Running Update,Reconfiguring,'])))

    def warn(self, t, r):
        return self.L(t, 'AppID %d update canceled : Suspended' % r.choice(self.apps))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, 'Failed to get Steam3 app info for AppID %d' % r.choice(self.apps))

    def burst(self, t, r):
        return self.L(t, 'AppID %d update canceled : Content servers unavailable (Depot download failed)' % r.choice(self.apps[:3]))

    def newerr(self, t, r):
        return self.L(t, 'AppID %d update canceled : Corrupt update files (Failed to validate depot %d manifest)' % (r.choice(self.apps[3:6]), r.choice(self.apps[3:6]) + 1))

    def retry(self, t, r, i):
        c = self.cache[i % 2]
        return self.L(t, 'HTTP (SteamCache,%d) - %s (%s): Request failed (Connection reset), retrying (%d)' % (r.randrange(1, 60), c, '%d.%d.%d.%d:80' % (23, 67, r.randrange(1, 250), r.randrange(1, 250)), 1 + i % 6))

    def disk(self, t, r):
        a = self.apps[0]
        if r.random() < 0.6:
            return self.L(t, 'AppID %d update canceled : Not enough disk space (%s)' % (a, r.choice(['Staging', 'Preallocating', 'Committing'])))
        return self.L(t, 'Failed writing chunk %s for depot %d : Not enough disk space' % (hx(r, 40), a + 1))


class Firefox(F):
    key = 'log.txt-main.0'
    weight = 1.2
    absolute = True
    res = 1
    subms = True
    lpe = 3.0

    def setup(self, r):
        self.pid = r.randrange(1500, 60000)
        self.fname = 'log.txt-main.%d' % self.pid
        self.hosts = SITES

    def L(self, t, thread, lvl, mod, msg):
        (Y, M, D, h, mi, se, _), ms = self.U(t)
        return '%04d-%02d-%02d %02d:%02d:%02d.%03d000 UTC - [Parent %d: %s]: %s/%s %s' % (Y, M, D, h, mi, se, ms, self.pid, thread, lvl, mod, msg)

    def ptr(self, r):
        return '%x' % (0x7f0000000000 + r.getrandbits(36) * 16)

    def normal(self, t, r, lat, fail):
        x = r.random()
        p = self.ptr(r)
        host = r.choice(self.hosts)
        if x < 0.35:
            out = [self.L(t, 'Main Thread', 'D', 'nsHttp', 'Creating HttpBaseChannel @%s' % p),
                   self.L(t, 'Main Thread', 'D', 'nsHttp', 'nsHttpChannel::AsyncOpen [this=%s]' % p),
                   self.L(t + 1, 'Main Thread', 'D', 'nsHttp', 'nsHttpChannel::BeginConnect [this=%s]' % p)]
            return '\n'.join(out)
        if x < 0.55:
            st = r.choice([200] * 12 + [204, 301, 304, 304, 404])
            out = [self.L(t, 'Socket Thread', 'I', 'nsHttp', 'http response ['),
                   self.L(t, 'Socket Thread', 'I', 'nsHttp', '  HTTP/2 %d ' % st),
                   self.L(t, 'Socket Thread', 'I', 'nsHttp', '  content-type: %s' % r.choice(['text/html; charset=utf-8', 'application/json', 'image/webp', 'text/javascript'])),
                   self.L(t, 'Socket Thread', 'I', 'nsHttp', '  server: %s' % r.choice(['nginx', 'cloudflare', 'ESF', 'Microsoft-IIS/10.0'])),
                   self.L(t, 'Socket Thread', 'I', 'nsHttp', '    OriginalHeaders'),
                   self.L(t, 'Socket Thread', 'I', 'nsHttp', ']')]
            return '\n'.join(out)
        if x < 0.70:
            return self.L(t, 'DNS Resolver #%d' % r.randrange(1, 9), 'D', 'nsHostResolver', 'DNS lookup thread - lookup completed for host [%s]: success.' % host)
        if x < 0.80:
            return self.L(t, 'Socket Thread', 'D', 'nsHttp', 'nsHttpConnectionMgr::ProcessPendingQForEntry [ci=.S......[tlsflags0x00000000]%s:443 {NPN-TOKEN h2} ent=%s active=%d idle=0 urgent-start-queue=0 queued=%d]' % (host, self.ptr(r), r.randrange(1, 6), r.randrange(0, 3)))
        if x < 0.90:
            return self.L(t, 'Cache2 I/O', 'D', 'cache2', 'CacheEntry::Load [this=%s, trunc=0]' % p)
        return self.L(t, 'Socket Thread', 'V', 'nsHttp', 'nsHttpTransaction::OnSocketStatus [this=%s status=4b000%d progress=%d]' % (p, r.choice([3, 5, 6, 8]), r.randrange(0, 90000)))

    def warn(self, t, r):
        return self.L(t, 'Main Thread', 'W', 'nsHttp', 'nsHttpChannel::OnStartRequest [this=%s] Cross-Origin-Resource-Policy mismatch, blocking response' % self.ptr(r))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, 'Socket Thread', 'E', 'nsSocketTransport', 'nsSocketTransport::OnSocketReady [this=%s] PR_CONNECT_REFUSED_ERROR' % self.ptr(r))

    def burst(self, t, r):
        return self.L(t, 'Socket Thread', 'E', 'nsHttp', 'nsHttpTransaction::HandleContent [this=%s] connection reset by peer (804b0014)' % self.ptr(r))

    def newerr(self, t, r):
        return self.L(t, 'Socket Thread', 'E', 'nsHttp', 'nsHttpChannel::OnStopRequest [this=%s] SSL_ERROR_BAD_CERT_DOMAIN for proxy.contoso.local:3128' % self.ptr(r))
