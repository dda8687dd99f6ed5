"""Apache httpd 2.4 error log (proxy_fcgi to PHP-FPM) and the PHP-FPM log with
PHP error_log lines."""
import time

from b6core import (US, SEC, MIN, R, Stamp, Picker, p_php, DOW, MON, hexs, pub_ip, priv_ip,
                    ver)
from b6base import LogFile, Track


def p_apache(t):
    return ('%s %s %02d %02d:%02d:%02d' % (DOW[t[6]], MON[t[1] - 1], t[2], t[3], t[4], t[5]), t[0])


def php_warnings(v, sc, root, php):
    """Background PHP warning/deprecation templates valid for the PHP version."""
    n = [x.replace('-', '').capitalize() for x in sc.nouns]
    p8 = php >= '8.0'
    out = []
    files = ['%s/app/Http/Controllers/%sController.php' % (root, n[0]),
             '%s/app/Http/Controllers/%sController.php' % (root, n[1]),
             '%s/app/Services/%sService.php' % (root, n[2]),
             '%s/app/Http/Middleware/TrackCampaign.php' % root,
             '%s/resources/views/partials/%s-card.blade.php' % (root, n[0].lower()),
             '%s/app/Support/helpers.php' % root]
    keys = ['utm_source', 'ref', 'currency', 'locale', 'coupon', 'sort']
    for i in range(v.randint(7, 12)):
        f = v.choice(files)
        line = v.randint(12, 480)
        k = v.choice(keys)
        r = v.random()
        if p8:
            if r < 0.3:
                m = 'PHP Warning:  Undefined array key "%s" in %s on line %d' % (k, f, line)
            elif r < 0.45:
                m = 'PHP Warning:  Trying to access array offset on value of type null in %s on line %d' % (f, line)
            elif r < 0.6:
                m = 'PHP Warning:  Attempt to read property "%s" on null in %s on line %d' % (
                    v.choice(['id', 'name', 'price', 'slug']), f, line)
            elif r < 0.8 and php >= '8.1':
                m = ('PHP Deprecated:  %s(): Passing null to parameter #1 ($string) of type string is '
                     'deprecated in %s on line %d' % (v.choice(['strlen', 'trim', 'htmlspecialchars', 'str_replace']), f, line))
            elif php >= '8.2' and r < 0.9:
                m = ('PHP Deprecated:  Creation of dynamic property App\\Models\\%s::$%s is deprecated in %s on line %d'
                     % (n[v.randint(0, 2)], k, f, line))
            else:
                m = 'PHP Warning:  Undefined variable $%s in %s on line %d' % (k, f, line)
        else:
            if r < 0.4:
                m = 'PHP Notice:  Undefined index: %s in %s on line %d' % (k, f, line)
            elif r < 0.7 and php >= '7.4':
                m = 'PHP Notice:  Trying to access array offset on value of type null in %s on line %d' % (f, line)
            else:
                m = 'PHP Notice:  Undefined variable: %s in %s on line %d' % (k, f, line)
        out.append((m, v.uniform(0.2, 3.0)))
    return Picker(out)


def php_fatal(root, kind, noun, rng):
    N = noun.replace('-', '').capitalize()
    if kind == 'pdo':
        f = '%s/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php' % root
        return ['PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in %s:70' % f,
                'Stack trace:',
                "#0 %s(70): PDO->__construct('mysql:host=db-p...', 'app', Object(SensitiveParameterValue), Array)" % f,
                '#1 %s(46): Illuminate\\Database\\Connectors\\Connector->createPdoConnection()' % f,
                '#2 %s/app/Repositories/%sRepository.php(%d): Illuminate\\Database\\Connection->select()' % (root, N, rng.randint(20, 90)),
                '#3 %s/public/index.php(52): Illuminate\\Foundation\\Http\\Kernel->handle()' % root,
                '#4 {main}',
                '  thrown in %s on line 70' % f]
    if kind == 'redis':
        f = '%s/vendor/predis/predis/src/Connection/AbstractConnection.php' % root
        return ['PHP Fatal error:  Uncaught Predis\\Connection\\ConnectionException: Connection timed out '
                '[tcp://redis:6379] in %s:155' % f,
                'Stack trace:',
                '#0 %s/vendor/predis/predis/src/Connection/StreamConnection.php(128): '
                'Predis\\Connection\\AbstractConnection->onConnectionError()' % root,
                '#1 %s/app/Services/%sService.php(%d): Predis\\Client->get()' % (root, N, rng.randint(20, 90)),
                '#2 {main}',
                '  thrown in %s on line 155' % f]
    if kind == 'type':
        return ['PHP Fatal error:  Uncaught TypeError: App\\Services\\%sService::total(): Argument #1 ($amount) '
                'must be of type int, string given, called in %s/app/Http/Controllers/%sController.php on line %d '
                'and defined in %s/app/Services/%sService.php:%d' % (N, root, N, 88, root, N, 31),
                'Stack trace:',
                '#0 %s/app/Http/Controllers/%sController.php(88): App\\Services\\%sService->total()' % (root, N, N),
                '#1 {main}',
                '  thrown in %s/app/Services/%sService.php on line 31' % (root, N)]
    if kind == 'memory':
        return ['PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) '
                'in %s/vendor/laravel/framework/src/Illuminate/Collections/Collection.php on line 1512' % root]
    # 'undefined method'
    return ['PHP Fatal error:  Uncaught Error: Call to undefined method App\\Models\\%s::legacyPrice() in '
            '%s/app/Http/Controllers/%sController.php:%d' % (N, root, N, 142),
            'Stack trace:',
            '#0 %s/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\%sController->show()' % (root, N),
            '#1 {main}',
            '  thrown in %s/app/Http/Controllers/%sController.php on line 142' % (root, N)]


# ===========================================================================
class ApacheError(LogFile):
    KIND = 'apache_error'
    LPE = 1.0
    ALPHA = 0.9
    SUPPORTS = frozenset({'error_burst', 'new_error', 'silence', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.av = ver('apache', sc.year)
        self.php = ver('php', sc.year)
        self.os = v.choice(['(Debian)', '(Ubuntu)'])
        self.ssl = 'OpenSSL/%s' % ('1.1.1d' if sc.year < 2022 else '3.0.%d' % v.randint(2, 15))
        self.root = v.choice(['/var/www/html', '/var/www/%s/current' % sc.slug, '/srv/www/%s' % sc.slug])
        self.stamp = Stamp(p_apache)
        self.master = v.randint(600, 2000)
        self.tids = [139700000000000 + v.randint(0, 999999) * 4096 * 64 for _ in range(40)]
        self.host = sc.web_host
        self.warn = php_warnings(v, sc, self.root, self.php)
        self.clients = [pub_ip(v) for _ in range(300)]
        self.reqtimeout = v.random() < 0.6
        self.lb = priv_ip(v, sc.vpc_b, 0, 15)
        self.burst = v.choice(['pdo', 'redis'])

    def t(self, ts):
        p, y = self.stamp(ts // US)
        return '[%s.%06d %d]' % (p, ts % US, y)

    def child(self, ts, rng):
        ep = self.pid_at(ts)
        return ep + 1 + int(rng.random() * 6) * 17, self.tids[int(rng.random() * 40)]

    def L(self, ts, mod, rng, msg, client=True, pid=None):
        if pid is None:
            pid, tid = self.child(ts, rng)
        else:
            tid = self.tids[0]
        if client:
            return '%s [%s] [pid %d:tid %d] [client %s:%d] %s' % (
                self.t(ts), mod, pid, tid, self.clients[int(rng.random() * 300)] if client is True else client,
                rng.randint(1024, 65535), msg)
        return '%s [%s] [pid %d:tid %d] %s' % (self.t(ts), mod, pid, tid, msg)

    def ref(self, rng):
        if rng.random() < 0.4:
            return ", referer: https://%s/%s" % (self.host, rng.choice(self.sc.nouns))
        return ''

    def fcgi(self, ts, rng, lines, tag=None):
        msg = "AH01071: Got error 'PHP message: %s'%s" % ('\\n'.join(lines), self.ref(rng))
        self.add(ts, self.L(ts, 'proxy_fcgi:error', rng, msg), tag)

    def background(self):
        rng = self.rng
        E = self.ev_per_min
        for ts in self.arrivals(E * 0.72):
            m = self.warn(rng)
            if rng.random() < 0.12:
                m = m + '\\nPHP message: ' + self.warn(rng)
            self.fcgi(ts, rng, [m])
        for ts in self.arrivals(E * 0.08, flat=True):
            self.add(ts, self.L(ts, 'authz_core:error', rng, 'AH01630: client denied by server configuration: %s%s'
                                % (self.root, rng.choice(['/.env', '/.git/config', '/storage/logs/laravel.log',
                                                          '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php',
                                                          '/.aws/credentials']))))
        for ts in self.arrivals(E * 0.05, flat=True):
            self.add(ts, self.L(ts, 'proxy_fcgi:error', rng, "AH01071: Got error 'Primary script unknown'"))
        for ts in self.arrivals(E * 0.02, flat=True):
            self.add(ts, self.L(ts, 'core:error', rng, 'AH00126: Invalid URI in request GET %s HTTP/1.1' % rng.choice(
                ['/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh', '/..%2f..%2f..%2fetc/passwd', '/icons/.%2e/%2e%2e/etc/hosts'])))
        if self.reqtimeout:
            for ts in self.arrivals(E * 0.1):
                self.add(ts, self.L(ts, 'reqtimeout:info', rng, 'AH01382: Request header read timeout'))
        for ts in self.arrivals(E * 0.02):
            self.add(ts, self.L(ts, 'ssl:error', rng, 'AH02032: Hostname %s provided via SNI and hostname %s '
                                'provided via HTTP have no compatible SSL setup' % (self.host, self.clients[0])))
        for ts in self.arrivals(0.03):
            self.add(ts, self.L(ts, 'proxy_fcgi:error', rng, 'AH01067: Failed to read FastCGI header'))
            self.add(ts + 40, self.L(ts + 40, 'proxy_fcgi:error', rng,
                                     '(104)Connection reset by peer: AH01075: Error dispatching request to : '))
        # logrotate (cron.daily 06:25 local) -> graceful restart
        for ts in self.clock_ticks(86400, offset_s=(6 * 3600 + 25 * 60 - self.sc.tz * 60) % 86400, jitter_s=40):
            self.graceful(ts, rng)
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'the Apache error log stops being written%s' % (
                    ' for good' if inc['params'].get('stop') else ' and later resumes')

    def graceful(self, ts, rng, tag=None):
        m = self.pid_at(ts)
        self.add(ts, self.L(ts, 'mpm_event:notice', rng, 'AH00493: SIGUSR1 received.  Doing graceful restart',
                            client=False, pid=m), tag)
        t = ts + rng.randint(2000, 60000)
        self.add(t, self.L(t, 'mpm_event:notice', rng, 'AH00489: Apache/%s %s %s configured -- resuming normal '
                           'operations' % (self.av, self.os, self.ssl), client=False, pid=m), tag)
        t += rng.randint(20, 200)
        self.add(t, self.L(t, 'core:notice', rng, "AH00094: Command line: '/usr/sbin/apache2'", client=False, pid=m), tag)
        return t

    def routine(self, ts):
        return self.L(ts, 'proxy_fcgi:error', self.rng, "AH01071: Got error 'PHP message: %s'" % self.warn(self.rng))

    def shutdown(self, ts, tag, rng):
        m = self.pid_at(ts)
        self.add(ts, self.L(ts, 'mpm_event:notice', rng, 'AH00492: caught SIGWINCH, shutting down gracefully',
                            client=False, pid=m), tag)
        return ts

    def startup(self, ts, tag, rng, after='restart'):
        m = self.pid_at(ts)
        self.add(ts, self.L(ts, 'mpm_event:notice', rng, 'AH00489: Apache/%s %s %s configured -- resuming normal '
                            'operations' % (self.av, self.os, self.ssl), client=False, pid=m), tag)
        t = ts + rng.randint(20, 300)
        self.add(t, self.L(t, 'core:notice', rng, "AH00094: Command line: '/usr/sbin/apache2'", client=False, pid=m), tag)
        return t

    # incidents
    def ev_error(self, ts, tag, rng):
        self.fcgi(ts, rng, php_fatal(self.root, self.burst, rng.choice(self.sc.nouns), rng), tag)

    def new_error_tpl(self, rng):
        return rng.choice(['type', 'memory', 'method']), rng.choice(self.sc.nouns[:3])

    def ev_new_error(self, ts, tag, rng, tpl):
        self.fcgi(ts, rng, php_fatal(self.root, tpl[0], tpl[1], rng), tag)

    def ev_disk(self, ts, tag, rng, first):
        r = rng.random()
        if r < 0.45:
            self.fcgi(ts, rng, ['PHP Warning:  file_put_contents(%s/storage/framework/cache/data/%s/%s/%s): Failed to '
                                'open stream: No space left on device in %s/vendor/laravel/framework/src/Illuminate/'
                                'Filesystem/Filesystem.php on line 204' % (self.root, hexs(rng, 2), hexs(rng, 2),
                                                                            hexs(rng, 40), self.root)], tag)
        elif r < 0.8:
            self.fcgi(ts, rng, ['PHP Warning:  session_start(): open(/var/lib/php/sessions/sess_%s, O_RDWR) failed: '
                                'No space left on device (28) in %s/app/bootstrap.php on line 19' % (hexs(rng, 26), self.root)],
                      tag)
        else:
            self.add(ts, self.L(ts, 'core:error', rng, '(28)No space left on device: AH00646: Error writing to '
                                '/var/log/apache2/other_vhosts_access.log', client=False), tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = 'PHP cache/session writes and Apache log writes fail with No space left on device'

    def inject(self, inc):
        LogFile.inject(self, inc)
        if inc['kind'] == 'error_burst':
            inc['desc'] = 'burst of uncaught PHP fatal errors (%s) relayed through proxy_fcgi' % (
                'PDOException: Connection refused' if self.burst == 'pdo' else 'Predis ConnectionException')
        elif inc['kind'] == 'new_error':
            inc['desc'] = 'a never-seen PHP fatal error starts recurring in the Apache error log'


# ===========================================================================
class PhpFpm(LogFile):
    KIND = 'phpfpm'
    PREC = SEC
    LPE = 1.35
    ALPHA = 0.9
    CRASH_DOWN = False
    CRASH_GAP = (2.0, 8.0)
    SUPPORTS = frozenset({'error_burst', 'new_error', 'silence', 'panic', 'oom_kill', 'disk_full'})

    def setup(self):
        v = self.vr
        sc = self.sc
        self.php = ver('php', sc.year)
        self.pool = v.choice(['www', 'www', sc.slug[:10]])
        self.root = v.choice(['/var/www/html', '/var/www/%s/current' % sc.slug])
        self.stamp = Stamp(p_php)
        self.errlog = v.random() < 0.55
        self.maxch = v.choice([20, 30, 50, 80])
        self.warn = php_warnings(v, sc, self.root, self.php)
        self.child = v.randint(1000, 30000)
        self.systemd = v.random() < 0.6
        self.burst = v.choice(['pdo', 'redis'])
        self.sock = '/run/php/php%s-fpm.sock' % self.php

    def t(self, ts):
        return '[%s]' % self.stamp(ts // US)

    def F(self, ts, lvl, msg):
        return '%s %s: %s' % (self.t(ts), lvl, msg)

    def P(self, ts, msg):
        return '[%s UTC] %s' % (self.stamp(ts // US), msg)

    def nc(self, rng):
        self.child += rng.randint(1, 30)
        return self.child

    def php_lines(self, ts, lines, tag=None):
        if self.errlog:
            self.add(ts, '\n'.join([self.P(ts, lines[0])] + lines[1:]), tag)
        else:
            c = self.kids.at(ts) - 7
            out = ['%s WARNING: [pool %s] child %d said into stderr: "NOTICE: PHP message: %s"' % (
                self.t(ts), self.pool, c, lines[0])]
            for l in lines[1:]:
                out.append('%s WARNING: [pool %s] child %d said into stderr: "%s"' % (self.t(ts), self.pool, c, l))
            self.add(ts, '\n'.join(out), tag)

    def background(self):
        rng = self.rng
        E = self.ev_per_min
        self.kids = Track(self.child)
        for ts in self.arrivals(E * 0.2):
            c = self.nc(rng)
            self.kids.rec(ts, c)
            self.add(ts, self.F(ts, 'NOTICE', '[pool %s] child %d exited with code 0 after %.6f seconds from start'
                                % (self.pool, c - rng.randint(40, 400), rng.uniform(60, 4000))))
            self.add(ts + 2000, self.F(ts + 2000, 'NOTICE', '[pool %s] child %d started' % (self.pool, c)))
        for ts in self.arrivals(E * 0.62):
            self.php_lines(ts, [self.warn(rng)])
        for ts in self.arrivals(E * 0.05):
            c = self.kids.at(ts) - rng.randint(1, 20)
            self.add(ts, self.F(ts, 'WARNING', '[pool %s] child %d, script \'%s/public/index.php\' (request: "%s /index.php") '
                                'executing too slow (%.6f sec), logging' % (self.pool, c, self.root,
                                                                           rng.choice(['GET', 'POST']), rng.uniform(5, 9))))
            self.add(ts, self.F(ts, 'NOTICE', 'child %d stopped for tracing' % c))
            self.add(ts, self.F(ts, 'NOTICE', 'about to trace %d' % c))
            self.add(ts, self.F(ts, 'NOTICE', 'finished trace of %d' % c))
        for ts in self.arrivals(E * 0.02):
            self.add(ts, self.F(ts, 'WARNING', '[pool %s] seems busy (you may need to increase pm.start_servers, or '
                                'pm.min/max_spare_servers), spawning %d children, there are 0 idle, and %d total children'
                                % (self.pool, rng.choice([8, 16, 32]), rng.randint(5, self.maxch - 1))))
        for ts in self.arrivals(0.01):
            self.add(ts, self.F(ts, 'WARNING', '[pool %s] server reached pm.max_children setting (%d), consider raising it'
                                % (self.pool, self.maxch)))
        for ts in self.clock_ticks(86400, offset_s=(6 * 3600 + 25 * 60 - self.sc.tz * 60) % 86400, jitter_s=40):
            self.add(ts, self.F(ts, 'NOTICE', 'error log file re-opened'))
        for inc in self.incs:
            if inc['kind'] == 'silence':
                inc['desc'] = 'the PHP-FPM log stops being written%s' % (
                    ' for good' if inc['params'].get('stop') else ' and later resumes')

    def routine(self, ts):
        if self.errlog:
            return self.P(ts, self.warn(self.rng))
        return self.F(ts, 'NOTICE', '[pool %s] child %d started' % (self.pool, self.child + 3))

    def first_pid(self):
        return self.vr.randint(300, 3000)

    def shutdown(self, ts, tag, rng):
        self.add(ts, self.F(ts, 'NOTICE', 'Terminating ...'), tag)
        self.add(ts + 300000, self.F(ts + 300000, 'NOTICE', 'exiting, bye-bye!'), tag)
        return ts + 300000

    def startup(self, ts, tag, rng, after='restart'):
        if after != 'restart':
            self.add(ts, self.F(ts, 'NOTICE', '[pool %s] child %d started' % (self.pool, self.kids.at(ts) + rng.randint(1, 9))), tag)
            return ts
        self.add(ts, self.F(ts, 'NOTICE', 'fpm is running, pid %d' % self.pid_at(ts)), tag)
        self.add(ts + 2000, self.F(ts + 2000, 'NOTICE', 'ready to handle connections'), tag)
        t = ts + 2000
        if self.systemd:
            t += 1000
            self.add(t, self.F(t, 'NOTICE', 'systemd monitor interval set to 10000ms'), tag)
        return t

    def crash_oom(self, ev, rng):
        ts = ev['tc']
        c = self.kids.at(ts) - rng.randint(1, 15)
        self.add(ts, self.F(ts, 'WARNING', '[pool %s] child %d exited on signal 9 (SIGKILL) after %.6f seconds from start'
                            % (self.pool, c, rng.uniform(5, 900))), ev['tag'])
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = ('PHP-FPM children are SIGKILLed by the kernel OOM killer (%d time%s) and re-spawned'
                             % (n, 's' if n > 1 else ''))

    def crash_panic(self, ev, rng):
        ts = ev['tc']
        c = self.kids.at(ts) - rng.randint(1, 15)
        self.add(ts, self.F(ts, 'WARNING', '[pool %s] child %d exited on signal 11 (SIGSEGV - core dumped) after %.6f '
                            'seconds from start' % (self.pool, c, rng.uniform(1, 600))), ev['tag'])
        n = len(ev['inc']['params']['crashes'])
        ev['inc']['desc'] = ('PHP-FPM children crash with SIGSEGV (core dumped) (%d time%s) and are re-spawned'
                             % (n, 's' if n > 1 else ''))

    def ev_error(self, ts, tag, rng):
        self.php_lines(ts, php_fatal(self.root, self.burst, rng.choice(self.sc.nouns), rng), tag)

    def new_error_tpl(self, rng):
        return rng.choice(['type', 'memory', 'method']), rng.choice(self.sc.nouns[:3])

    def ev_new_error(self, ts, tag, rng, tpl):
        self.php_lines(ts, php_fatal(self.root, tpl[0], tpl[1], rng), tag)

    def ev_disk(self, ts, tag, rng, first):
        if rng.random() < 0.5:
            self.php_lines(ts, ['PHP Warning:  Unknown: write failed: No space left on device (28) in Unknown on line 0'], tag)
        else:
            self.php_lines(ts, ['PHP Warning:  file_put_contents(): Only 0 of %d bytes written, possibly out of free disk '
                                'space in %s/app/Support/Cache.php on line 88' % (rng.randint(200, 90000), self.root)], tag)
            self.php_lines(ts + 1, ['PHP Warning:  fopen(%s/storage/logs/app.log): Failed to open stream: No space left '
                                    'on device in %s/vendor/monolog/monolog/src/Monolog/Handler/StreamHandler.php on line 146'
                                    % (self.root, self.root)], tag)

    def disk_full(self, inc, rng):
        LogFile.disk_full(self, inc, rng)
        inc['desc'] = 'PHP session and file writes fail: No space left on device'

    def inject(self, inc):
        LogFile.inject(self, inc)
        if inc['kind'] == 'error_burst':
            inc['desc'] = 'burst of uncaught PHP fatal errors (%s)' % (
                'PDOException: Connection refused' if self.burst == 'pdo' else 'Predis ConnectionException')
        elif inc['kind'] == 'new_error':
            inc['desc'] = 'a never-seen PHP fatal error starts recurring'
