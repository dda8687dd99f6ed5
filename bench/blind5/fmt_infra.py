"""Infrastructure log formats: JVM unified GC log, Redis, Mosquitto, CockroachDB (crdb-v2),
HAProxy TCP mode via syslog, kernel log via syslog, ZooKeeper and Kafka Connect (log4j)."""
import math

from core import (US, MIN, HOUR, Gen, TS, hexs, uuid4, rid, off_str, f_iso, f_clf, f_syslog,
                  MON, public_ip, poisson)

JDK_BY_YEAR = {2019: '11.0.5+10', 2020: '11.0.9+11', 2021: '11.0.13+8', 2022: '17.0.5+8', 2023: '17.0.9+9',
               2024: '21.0.3+9-LTS', 2025: '21.0.6+7-LTS', 2026: '25.0.1+8-LTS'}


class JvmGc(Gen):
    FMT = 'jvm_gc'
    WEIGHT = 0.7
    PREC = 1000
    OWN_RESTARTS = True

    def setup(self):
        v, sc = self.vrng, self.sc
        self.svc = sc.take_service(v)
        self.g1 = v.random() < 0.75
        self.detail = v.random() < 0.55
        self.deco = v.choice(['time', 'utctime', 'time,uptime', 'utctime,uptime', 'time,uptime'])
        off = sc.tz_off if self.deco.startswith('time') else 0
        self.offz = off_str(off, False)
        self.ts = TS(lambda tm: f_iso(tm), off)
        self.uptime = 'uptime' in self.deco
        self.heap = v.choice([1024, 2048, 2048, 4096, 8192])
        self.jvm0 = self.start - int(v.uniform(0.2, 25) * 86400 * US)
        self.jdk = JDK_BY_YEAR[sc.year]
        self.fname = v.choice(['%s-gc.log', 'gc-%s.log', '%s.gc.log']) % self.svc
        self.rmi = v.random() < 0.3
        self.ncpu = v.choice([2, 4, 4, 8])
        self.tagw = 12 if self.detail else 2
        self.upw = 0

    def kinds(self):
        return ('latency_shift', 'silence', 'oom_kill')

    def line(self, us, tags, msg, level='info'):
        d = '[%s.%03d%s]' % (self.ts(us), us % US // 1000, self.offz)
        if self.uptime:
            u = '%.3fs' % ((us - self.jvm0) / US)
            self.upw = max(self.upw, len(u))
            d += '[%-*s]' % (self.upw, u)
        self.tagw = max(self.tagw, len(tags))
        return '%s[%s][%-*s] %s' % (d, level, self.tagw, tags, msg)

    def header(self, us, inc=None):
        rng = self.rng
        self.jvm0 = us - rng.randint(3000, 9000)
        self.upw = 0
        self.tagw = 2
        self.gcid = 0
        self.old = self.heap * 0.03
        t = us
        lines = [('gc', 'Using %s' % ('G1' if self.g1 else 'Parallel'))]
        if self.detail:
            lines += [('gc,init', 'Version: %s (release)' % self.jdk), ('gc,init', 'CPUs: %d total, %d available' % (self.ncpu, self.ncpu)),
                      ('gc,init', 'Memory: %dM' % (self.heap * 2 + 1500)), ('gc,init', 'Large Page Support: Disabled'),
                      ('gc,init', 'NUMA Support: Disabled'), ('gc,init', 'Compressed Oops: Enabled (Zero based)')]
            if self.g1:
                lines.append(('gc,init', 'Heap Region Size: %dM' % (1 if self.heap <= 2048 else 2)))
            lines += [('gc,init', 'Heap Min Capacity: %dM' % (self.heap // 8)), ('gc,init', 'Heap Initial Capacity: %dM' % (self.heap // 8)),
                      ('gc,init', 'Heap Max Capacity: %s' % ('%dG' % (self.heap // 1024))), ('gc,init', 'Pre-touch: Disabled'),
                      ('gc,init', 'Parallel Workers: %d' % self.ncpu)]
            if self.g1:
                lines += [('gc,init', 'Concurrent Workers: 1'), ('gc,init', 'Concurrent Refinement Workers: %d' % self.ncpu),
                          ('gc,init', 'Periodic GC: Disabled')]
            lines += [('gc,metaspace', 'CDS archive(s) mapped at: [0x0000000800000000-0x0000000800bd4000-0x0000000800bd4000), size 12402688, SharedBaseAddress: 0x0000000800000000, ArchiveRelocationMode: 1.'),
                      ('gc,metaspace', 'Compressed class space mapped at: 0x0000000801000000-0x0000000841000000, reserved size: 1073741824'),
                      ('gc,metaspace', 'Narrow klass base: 0x0000000800000000, Narrow klass shift: 0, Narrow klass range: 0x100000000')]
        for tg, m in lines:
            self.add(t, self.line(t, tg, m), inc=inc, force=True)
            t += rng.randint(50, 2000)
        return t

    def restart(self, us):
        rng = self.rng
        if self.detail:
            self.add(us, self.line(us, 'gc,heap,exit', 'Heap') + '\n' + self.line(us, 'gc,heap,exit', ' %s total %dK, used %dK [0x0000000%x, 0x0000000800000000)' % (
                'garbage-first heap  ' if self.g1 else 'PSYoungGen     ', self.heap * 1024, int(self.old * 1024), 0x780000000)), force=True)
        down = rng.randint(10, 40) * US
        self.header(us + down)
        return down

    def gc_young(self, us, kind, pause_ms, before, after, inc=None):
        rng = self.rng
        gid = self.gcid
        self.gcid += 1
        cap = self.heap
        end = us + int(pause_ms * 1000)
        if self.g1:
            cause = '(G1 Evacuation Pause)' if kind != 'humongous' else '(G1 Humongous Allocation)'
            title = {'normal': 'Pause Young (Normal) ', 'cstart': 'Pause Young (Concurrent Start) ', 'prep': 'Pause Young (Prepare Mixed) ',
                     'mixed': 'Pause Young (Mixed) ', 'humongous': 'Pause Young (Concurrent Start) ', 'evacfail': 'Pause Young (Normal) '}[kind] + cause
            if kind == 'evacfail':
                title += ' (Evacuation Failure)'
        else:
            title = 'Pause Young (Allocation Failure)'
        if self.detail:
            out = [self.line(us, 'gc,start', 'GC(%d) %s' % (gid, title))]
            if self.g1:
                out.append(self.line(us, 'gc,task', 'GC(%d) Using %d workers of %d for evacuation' % (gid, self.ncpu, self.ncpu)))
            txt = '\n'.join(out)
            self.add(us, txt, inc=inc)
            out = []
            if self.g1:
                ev = pause_ms * rng.uniform(0.7, 0.85)
                rest = pause_ms - ev
                out.append(self.line(end, 'gc,phases', 'GC(%d)   Pre Evacuate Collection Set: %.1fms' % (gid, rest * 0.15)))
                if not self.jdk.startswith('11'):
                    out.append(self.line(end, 'gc,phases', 'GC(%d)   Merge Heap Roots: %.1fms' % (gid, rest * 0.2)))
                out += [self.line(end, 'gc,phases', 'GC(%d)   Evacuate Collection Set: %.1fms' % (gid, ev)),
                        self.line(end, 'gc,phases', 'GC(%d)   Post Evacuate Collection Set: %.1fms' % (gid, rest * 0.5)),
                        self.line(end, 'gc,phases', 'GC(%d)   Other: %.1fms' % (gid, rest * 0.15))]
                rs = 1 if cap <= 2048 else 2
                eden = int((before - self.old_before) / rs)
                out += [self.line(end, 'gc,heap', 'GC(%d) Eden regions: %d->0(%d)' % (gid, eden, eden + rng.randint(-3, 3))),
                        self.line(end, 'gc,heap', 'GC(%d) Survivor regions: %d->%d(%d)' % (gid, self.surv, self.surv2, max(self.surv2, eden // 8))),
                        self.line(end, 'gc,heap', 'GC(%d) Old regions: %d->%d' % (gid, int(self.old_before / rs), int(self.old / rs))),
                        self.line(end, 'gc,heap', 'GC(%d) Humongous regions: %d->%d' % (gid, self.hum, self.hum))]
            else:
                out.append(self.line(end, 'gc,heap', 'GC(%d) PSYoungGen: %dK->%dK(%dK)' % (gid, int((before - self.old_before) * 1024), int(self.surv2 * 1024), int(cap * 0.33 * 1024))))
                out.append(self.line(end, 'gc,heap', 'GC(%d) ParOldGen: %dK->%dK(%dK)' % (gid, int(self.old_before * 1024), int(self.old * 1024), int(cap * 0.67 * 1024))))
            ms = self.meta
            if self.jdk.startswith('11'):
                out.append(self.line(end, 'gc,metaspace', 'GC(%d) Metaspace: %dK->%dK(%dK)' % (gid, ms, ms, ms + 1048576)))
            else:
                out.append(self.line(end, 'gc,metaspace', 'GC(%d) Metaspace: %dK(%dK)->%dK(%dK) NonClass: %dK(%dK)->%dK(%dK) Class: %dK(%dK)->%dK(%dK)' % (
                    gid, ms, ms + 640, ms, ms + 640, ms * 0.88, ms * 0.88 + 512, ms * 0.88, ms * 0.88 + 512, ms * 0.12, ms * 0.12 + 128, ms * 0.12, ms * 0.12 + 128)))
            out.append(self.line(end, 'gc', 'GC(%d) %s %dM->%dM(%dM) %.3fms' % (gid, title, before, after, cap, pause_ms)))
            out.append(self.line(end, 'gc,cpu', 'GC(%d) User=%.2fs Sys=%.2fs Real=%.2fs' % (
                gid, pause_ms * self.ncpu * 0.8 / 1000, pause_ms * 0.05 / 1000, pause_ms / 1000)))
            self.add(end, '\n'.join(out), inc=inc)
        else:
            self.add(end, self.line(end, 'gc', 'GC(%d) %s %dM->%dM(%dM) %.3fms' % (gid, title, before, after, cap, pause_ms)), inc=inc)

    def gc_full(self, us, cause, pause_ms, before, after, inc=None):
        gid = self.gcid
        self.gcid += 1
        end = us + int(pause_ms * 1000)
        title = 'Pause Full (%s)' % cause
        if self.detail:
            self.add(us, self.line(us, 'gc,start', 'GC(%d) %s' % (gid, title)), inc=inc)
            self.add(end, self.line(end, 'gc', 'GC(%d) %s %dM->%dM(%dM) %.3fms' % (gid, title, before, after, self.heap, pause_ms)) + '\n' +
                     self.line(end, 'gc,cpu', 'GC(%d) User=%.2fs Sys=%.2fs Real=%.2fs' % (gid, pause_ms * self.ncpu * 0.7 / 1000, pause_ms * 0.04 / 1000, pause_ms / 1000)), inc=inc)
        else:
            self.add(end, self.line(end, 'gc', 'GC(%d) %s %dM->%dM(%dM) %.3fms' % (gid, title, before, after, self.heap, pause_ms)), inc=inc)
        return end

    def build(self):
        rng = self.rng
        cap = self.heap
        lpe = (13.5 if self.g1 else 6.2) if self.detail else 1.06
        n_gc = max(50, self.target * 0.97 / lpe)
        per_min = n_gc / self.mass()   # GCs per minute at curve*noise==1
        self.gcid = int((self.start - self.jvm0) / US / 20)
        self.old = cap * rng.uniform(0.15, 0.3)
        self.meta = rng.randint(60000, 160000)
        self.surv = 4
        self.surv2 = 4
        self.hum = 0
        base_pause = rng.uniform(3, 12) * (cap / 2048) ** 0.3
        eden = cap * rng.uniform(0.35, 0.55)
        mixed_left = 0
        ooms = self.win('oom_kill')
        t = self.start + rng.randint(0, 3 * US)
        rmi_next = self.start + rng.randint(1, 59) * MIN if self.rmi else None
        done = set()
        rs = sorted(self.restarts)
        while t < self.end:
            m = t // MIN
            cv = self.curve(m) * self.noise[m - self.m0]
            lm = self.lat_mult(t)
            itv = 60.0 / (per_min * cv) * rng.uniform(0.55, 1.45)
            if lm > 1:
                itv /= 1.4
            nt = t + int(itv * US)
            pend = [i for i in ooms if id(i) not in done and i.s <= nt]
            if pend:
                done.add(id(pend[0]))
                t = self.oom(pend[0])
                mixed_left = 0
                continue
            if rs and nt >= rs[0]:
                r0 = rs.pop(0)
                down = self.restart(r0)
                self.gaps.append((r0, r0 + down))
                self.old = cap * rng.uniform(0.03, 0.06)
                mixed_left = 0
                t = r0 + down + rng.randint(1, 4) * US
                continue
            t = nt
            if t >= self.end:
                break
            if rmi_next and t >= rmi_next:
                before = int(self.old + eden * rng.uniform(0.2, 0.8))
                self.old = cap * rng.uniform(0.08, 0.16)
                t = self.gc_full(t, 'System.gc()', rng.uniform(150, 600) * (cap / 2048) ** 0.5, before, int(self.old)) + US
                rmi_next += HOUR
                continue
            self.old_before = self.old
            before = int(self.old + eden * rng.uniform(0.95, 1.02) + self.surv)
            promo = cap * rng.uniform(0.002, 0.012)
            self.surv = self.surv2
            self.surv2 = max(1, int(self.surv * rng.uniform(0.7, 1.3)) + rng.randint(-1, 1))
            kind = 'normal'
            if self.g1:
                if mixed_left > 0:
                    kind = 'mixed'
                    promo = -self.old * rng.uniform(0.08, 0.2)
                    mixed_left -= 1
                elif self.old > cap * 0.45:
                    kind = 'cstart'
                elif rng.random() < 0.01:
                    kind = 'humongous'
            self.old = max(cap * 0.05, self.old + promo)
            after = int(self.old + self.surv2)
            pause = base_pause * math.exp(rng.gauss(0, 0.3)) * (1.8 if kind == 'mixed' else 1.0) * lm
            if rng.random() < 0.01:
                pause *= rng.uniform(2, 4)
            self.gc_young(t, kind, pause, before, after)
            t += int(pause * 1000)
            if self.g1 and kind == 'cstart':
                gid = self.gcid
                self.gcid += 1
                t1 = t + rng.randint(500, 5000)
                self.add(t1, self.line(t1, 'gc', 'GC(%d) Concurrent Mark Cycle' % gid))
                t2 = t1 + rng.randint(80, 700) * 1000
                rp = rng.uniform(2, 12) * lm
                h = int(self.old + eden * 0.2)
                self.add(t2, self.line(t2, 'gc', 'GC(%d) Pause Remark %dM->%dM(%dM) %.3fms' % (gid, h, h - rng.randint(0, 20), cap, rp)))
                t3 = t2 + int(rp * 1000) + rng.randint(5, 60) * 1000
                cp = rng.uniform(0.05, 1.2) * lm
                self.add(t3, self.line(t3, 'gc', 'GC(%d) Pause Cleanup %dM->%dM(%dM) %.3fms' % (gid, h, h, cap, cp)))
                t4 = t3 + rng.randint(1, 30) * 1000
                self.add(t4, self.line(t4, 'gc', 'GC(%d) Concurrent Mark Cycle %.3fms' % (gid, (t4 - t1) / 1000)))
                t = t4
                mixed_left = rng.randint(3, 7)
            elif not self.g1 and self.old > cap * 0.62:
                before = int(self.old + self.surv2)
                self.old = cap * rng.uniform(0.18, 0.3)
                t = self.gc_full(t + rng.randint(100, 2000), 'Ergonomics', rng.uniform(120, 700) * (cap / 2048) ** 0.6 * lm, before, int(self.old)) + 1000

    def oom(self, inc):
        """Heap exhaustion: back-to-back full GCs reclaiming nothing, then the JVM is killed and restarts."""
        rng = self.irng
        cap = self.heap
        t = inc.s
        n = rng.randint(4, 9)
        old = cap * 0.9
        for k in range(n):
            if rng.random() < 0.5 or k == 0:
                self.old_before = old
                before = int(cap * rng.uniform(0.985, 0.999))
                self.surv, self.surv2 = 0, 0
                self.old = old
                self.gc_young(t, 'evacfail' if self.g1 else 'normal', rng.uniform(30, 90), before, before - rng.randint(0, 4), inc=inc)
                t += rng.randint(100, 900) * 1000
            before = int(cap * rng.uniform(0.995, 1.0))
            after = int(cap * rng.uniform(0.975, 0.995))
            t = self.gc_full(t, 'G1 Compaction Pause' if self.g1 else 'Ergonomics', rng.uniform(900, 3500) * (cap / 2048) ** 0.5, before, after, inc=inc)
            t += rng.randint(200, 4000) * 1000
        down = rng.randint(8, 45) * US
        self.gaps.append((t, t + down))
        end = self.header(t + down, inc=inc)
        self.old = cap * 0.03
        inc.desc = 'JVM heap exhausted (%d back-to-back Full GCs at ~100%% of %dM), process OOM-killed and restarted' % (n, cap)
        return end + rng.randint(1, 5) * US


# =====================================================================
REDIS_BY_YEAR = {2019: '5.0.7', 2020: '6.0.9', 2021: '6.2.6', 2022: '7.0.5', 2023: '7.2.3', 2024: '7.2.5',
                 2025: '7.4.2', 2026: '8.2.1'}


class Redis(Gen):
    FMT = 'redis'
    WEIGHT = 0.6

    def setup(self):
        v, sc = self.vrng, self.sc
        self.ver = REDIS_BY_YEAR[sc.year]
        self.major = int(self.ver[0])
        self.pid = v.choice([1, 1, 7, v.randint(100, 4000)])
        self.aof = v.random() < 0.4
        self.dbs = [(0, v.randint(2000, 2000000))] + ([(v.randint(1, 5), v.randint(100, 50000))] if v.random() < 0.5 else [])
        self.fname = v.choice(['redis-server.log', 'redis.log', 'redis-6379.log', 'redis-%s.log' % v.choice(['cache', 'sessions', 'queue'])])
        self.ts = TS(lambda tm: '%02d %s %04d %02d:%02d:%02d' % (tm.tm_mday, MON[tm.tm_mon - 1], tm.tm_year, tm.tm_hour, tm.tm_min, tm.tm_sec), 0)
        self.clients = ['10.0.%d.%d' % (v.randint(0, 7), v.randint(2, 250)) for _ in range(v.randint(5, 25))]
        self.cid = v.randint(1000, 900000)
        self.childpid = self.pid + v.randint(50, 5000)

    def kinds(self):
        return ('disk_full', 'error_burst', 'silence', 'traffic_flood')

    def line(self, us, mark, msg, role='M', pid=None):
        return '%d:%s %s.%03d %s %s' % (pid or self.pid, role, self.ts(us), us % US // 1000, mark, msg)

    def banner(self, us, inc=None):
        rng = self.rng
        t = us
        L = [('C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
             ('C', '#', 'Redis version=%s, bits=64, commit=00000000, modified=0, pid=%d, just started' % (self.ver, self.pid)),
             ('C', '#', 'Configuration loaded'),
             ('M', '*', 'monotonic clock: POSIX clock_gettime'),
             ('M', '*', 'Running mode=standalone, port=6379.'),
             ('M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
             ('M', '*', 'Server initialized'),
             ('M', '*', 'Loading RDB produced by version %s' % self.ver),
             ('M', '*', 'RDB age %d seconds' % rng.randint(2, 400)),
             ('M', '*', 'RDB memory usage when created %.2f Mb' % (self.dbs[0][1] / 4000.0)),
             ('M', '*', 'Done loading RDB, keys loaded: %d, keys expired: %d.' % (self.dbs[0][1], rng.randint(0, 500))),
             ('M', '*', 'DB loaded from disk: %.3f seconds' % (self.dbs[0][1] / 1e6 * rng.uniform(0.5, 1.5))),
             ('M', '*', 'Ready to accept connections' + (' tcp' if self.major >= 7 else ''))]
        for role, mark, msg in L:
            self.add(t, self.line(t, mark, msg, role), inc=inc, force=True)
            t += rng.randint(100, 3000) if 'DB loaded' not in msg else int(self.dbs[0][1] * rng.uniform(0.5, 1.5))
        return t

    def restart(self, us):
        rng = self.rng
        t = us
        for mark, msg in [('#', 'Received SIGTERM scheduling shutdown...'), ('#', 'User requested shutdown...'),
                          ('*', 'Saving the final RDB snapshot before exiting.'), ('*', 'DB saved on disk'),
                          ('#', 'Redis is now ready to exit, bye bye...')]:
            self.add(t, self.line(t, mark, msg), force=True)
            t += rng.randint(1000, 400000)
        down = rng.randint(4, 20) * US
        self.banner(us + down)
        return down

    def save(self, t, changes, secs, fail=None, inc=None):
        rng = self.rng
        self.childpid += rng.randint(1, 60)
        cp = self.childpid
        self.add(t, self.line(t, '*', '%d changes in %d seconds. Saving...' % (changes, secs)), inc=inc)
        t += rng.randint(200, 3000)
        self.add(t, self.line(t, '*', 'Background saving started by pid %d' % cp), inc=inc)
        t += rng.randint(20000, 900000)
        if fail:
            if self.major >= 7 and rng.random() < 0.5:
                self.add(t, self.line(t, '#', 'Failed opening the temp RDB file temp-%d.rdb (in server root dir /data) for saving: No space left on device' % cp, 'C', cp), inc=inc)
            else:
                self.add(t, self.line(t, '#', 'Write error saving DB on disk: No space left on device', 'C', cp), inc=inc)
            t += rng.randint(20000, 120000)
            self.add(t, self.line(t, '#', 'Background saving error'), inc=inc)
            return t
        self.add(t, self.line(t, '*', 'DB saved on disk', 'C', cp))
        t += rng.randint(100, 2000)
        if self.major >= 7:
            c = rng.randint(0, 12)
            self.add(t, self.line(t, '*', 'Fork CoW for RDB: current %d MB, peak %d MB, average %d MB' % (c, c + rng.randint(0, 4), c // 2), 'C', cp))
        else:
            self.add(t, self.line(t, '*', 'RDB: %d MB of memory used by copy-on-write' % rng.randint(0, 12), 'C', cp))
        t += rng.randint(30000, 120000)
        self.add(t, self.line(t, '*', 'Background saving terminated with success'))
        return t

    def build(self):
        rng = self.rng
        per5 = len(self.dbs)
        period_lines = (self.end - self.start) / (5 * US) * per5
        conn_lines = max(0.0, self.target * 0.95 - period_lines)
        base = self.rate_for(conn_lines, 2.0)
        fl = self.win('traffic_flood')
        for inc in fl:
            inc.p['ips'] = rng.sample(self.clients, 2)
        for m, ms in self.minutes():
            cv = self.curve(m)
            n = poisson(rng, base * cv * self.noise[m - self.m0])
            finc = self.active(fl, ms)
            # a flood multiplies the whole file volume: extra connections cover the periodic lines too
            nf = poisson(rng, (finc.p['mult'] - 1) * (base * cv * 2 + per5 * 12) / 2.0) if finc else 0
            for k in range(n + nf):
                us = ms + rng.randrange(MIN)
                if not (self.start <= us < self.end):
                    continue
                ip = rng.choice(finc.p['ips']) if k >= n else rng.choice(self.clients)
                port = rng.randint(32768, 60999)
                self.add(us, self.line(us, '-', 'Accepted %s:%d' % (ip, port)))
                dur = rng.expovariate(1 / 3.0) if k < n else rng.uniform(0.001, 0.05)
                t2 = us + int(dur * US)
                self.cid += 1
                if self.major >= 7 and self.ver >= '7.2':
                    msg = 'Client closed connection id=%d addr=%s:%d laddr=10.0.1.5:6379 fd=%d name= age=%d idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=1928 events=r cmd=quit user=default redir=-1 resp=2 lib-name= lib-ver=' % (
                        self.cid, ip, port, rng.randint(8, 300), int(dur))
                else:
                    msg = 'Client closed connection'
                self.add(t2, self.line(t2, '-', msg))
        keys = {d: k for d, k in self.dbs}
        for t in self.periodic(5 * US, 0, phase=rng.randint(0, 4999) * 1000):
            for d, _ in self.dbs:
                keys[d] = max(10, int(keys[d] * rng.uniform(0.999, 1.0012)))
                k = keys[d]
                self.add(t, self.line(t, '-', 'DB %d: %d keys (%d volatile) in %d slots HT.' % (d, k, int(k * 0.3), 1 << max(4, (k - 1).bit_length()))))
        disk = self.win('disk_full')
        t = self.start + rng.randint(30, 300) * US
        while t < self.end:
            cv = self.curve(t // MIN)
            if self.active(disk, t):
                t += 5 * US
                continue
            busy = cv > 0.45
            secs = 60 if busy else 300
            t = self.save(t, rng.randint(10000, 90000) if busy else rng.randint(10, 9000), secs)
            t += secs * US + rng.randint(0, 2000000)
        if self.aof:
            for t in self.periodic(rng.randint(40, 120) * MIN, 10 * MIN):
                cp = self.childpid = self.childpid + rng.randint(1, 50)
                seq = [('*', 'Starting automatic rewriting of AOF on 100% growth', 'M', None),
                       ('*', 'Background append only file rewriting started by pid %d' % cp, 'M', None),
                       ('*', 'Successfully created the temporary AOF base file temp-rewriteaof-bg-%d.aof' % cp, 'C', cp),
                       ('*', 'Fork CoW for AOF rewrite: current %d MB, peak %d MB, average %d MB' % (2, 3, 1), 'C', cp),
                       ('*', 'Background AOF rewrite terminated with success', 'M', None),
                       ('*', 'Background AOF rewrite finished successfully', 'M', None)]
                for mk, msg, role, p in seq:
                    self.add(t, self.line(t, mk, msg, role, p))
                    t += rng.randint(1000, 500000)
        if rng.random() < 0.3:
            t = rng.randint(self.start, self.end - 1)
            self.add(t, self.line(t, '#', 'Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from %s:%d aborted.' % (
                public_ip(rng), rng.randint(1024, 65535))))
        for inc in disk:
            self.inject_disk(inc)
        self.inject_generic()

    def inject_disk(self, inc):
        rng = self.irng
        t = inc.s
        n = 0
        while t < inc.e:
            t = self.save(t, rng.randint(10, 20000), 300 if rng.random() < 0.5 else 60, fail=True, inc=inc)
            n += 1
            t += int(rng.uniform(5.0, 6.5) * US)
        inc.desc = 'RDB background saves failing: No space left on device (%d failed attempts, retried every ~5s)' % n

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['aof'] = self.aof
            inc.desc = ('Asynchronous AOF fsync too slow (disk busy) warnings burst' if self.aof
                        else 'burst of pub/sub clients closed for overcoming output buffer limits')
        if ctx['aof']:
            self.add(us, self.line(us, '#', 'Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.'), inc=inc)
        else:
            self.cid += 1
            self.add(us, self.line(us, '#', 'Client id=%d addr=%s:%d laddr=10.0.1.5:6379 fd=%d name= age=%d idle=0 flags=P db=0 sub=1 psub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 obl=0 oll=%d omem=%d tot-mem=%d events=rw cmd=subscribe user=default redir=-1 scheduled to be closed ASAP for overcoming of output buffer limits.' % (
                self.cid, rng.choice(self.clients), rng.randint(32768, 60999), rng.randint(8, 300), rng.randint(10, 3000),
                rng.randint(2000, 9000), rng.randint(33554432, 40000000), rng.randint(33554432, 40000000))), inc=inc)


# =====================================================================
MOSQ_BY_YEAR = {2019: '1.6.7', 2020: '1.6.12', 2021: '2.0.11', 2022: '2.0.15', 2023: '2.0.18', 2024: '2.0.18',
                2025: '2.0.20', 2026: '2.0.22'}


class Mosquitto(Gen):
    FMT = 'mosquitto'
    SHAPE = 'machine'
    WEIGHT = 0.9
    PREC = US

    def setup(self):
        v, sc = self.vrng, self.sc
        self.epoch = v.random() < 0.8
        if not self.epoch:
            self.ts = TS(lambda tm: f_iso(tm), 0)
        self.ver = MOSQ_BY_YEAR[sc.year]
        self.v2 = self.ver.startswith('2')
        pre = v.choice(['tracker', 'meter', 'sensor', 'gw', 'therm', 'pump'])
        self.devs = ['%s-%s' % (pre, hexs(v, 6)) for _ in range(v.randint(150, 1200))]
        self.dev_ip = {d: '10.%d.%d.%d' % (v.randint(20, 40), v.randint(0, 255), v.randint(2, 250)) for d in self.devs}
        self.subs = ['%s-%d' % (v.choice(['ingest-worker', 'telegraf', 'bridge-consumer']), i) for i in range(1, v.randint(2, 4))]
        self.root = v.choice(['fleet', 'plant', 'site', 'v1/devices'])
        self.user = v.choice(['device', 'fleet', sc.slug])
        self.autosave = v.choice([20, 30, 45, 300, 1800])   # <=45: autosave_on_changes (saves every few dozen s when busy)
        self.fname = v.choice(['mosquitto.log', 'mqtt-broker.log', 'mosquitto-%s.log' % sc.slug])
        self.lb = '10.0.0.%d' % v.randint(2, 30)
        self.mid = {}

    def kinds(self):
        k = ['retry_storm', 'error_burst', 'silence', 'traffic_flood']
        if self.autosave <= 45:
            k.append('disk_full')
        return k

    def line(self, us, msg):
        if self.epoch:
            return '%d: %s' % (us // US, msg)
        return '%s: %s' % (self.ts(us), msg)

    def connect(self, us, d, inc=None, storm=False):
        rng = self.rng
        ip = self.dev_ip[d]
        port = rng.randint(1024, 65535)
        self.add(us, self.line(us, 'New connection from %s:%d on port 1883.' % (ip, port)), inc=inc)
        us += rng.randint(1000, 200000)
        if storm:
            self.add(us, self.line(us, 'Client %s already connected, closing old connection.' % d), inc=inc)
        self.add(us, self.line(us, 'New client connected from %s:%d as %s (p2, c%d, k60, u\'%s\').' % (ip, port, d, 0 if storm else 1, self.user)), inc=inc)
        self.add(us, self.line(us, 'Sending CONNACK to %s (0, 0)' % d), inc=inc)

    def banner(self, us, inc=None):
        rng = self.rng
        t = us
        for m in ['mosquitto version %s starting' % self.ver, 'Config loaded from /mosquitto/config/mosquitto.conf.',
                  'Opening ipv4 listen socket on port 1883.', 'Opening ipv6 listen socket on port 1883.',
                  'mosquitto version %s running' % self.ver]:
            self.add(t, self.line(t, m), inc=inc, force=True)
            t += rng.randint(100, 20000)
        return t

    def restart(self, us):
        rng = self.rng
        self.add(us, self.line(us, 'mosquitto version %s terminating' % self.ver), force=True)
        self.add(us + 1000, self.line(us + 1000, 'Saving in-memory database to /mosquitto/data/mosquitto.db.'), force=True)
        down = rng.randint(3, 12) * US
        t = self.banner(us + down)
        for d in rng.sample(self.devs, min(len(self.devs), 60)):
            self.connect(t + rng.randint(0, 30 * US), d)
        for s in self.subs:
            self.connect_sub(t + rng.randint(0, 5 * US), s)
        return down

    def connect_sub(self, us, s):
        rng = self.rng
        self.add(us, self.line(us, 'New connection from 10.244.%d.%d:%d on port 1883.' % (rng.randint(0, 9), rng.randint(2, 250), rng.randint(30000, 60000))), force=True)
        self.add(us + 500, self.line(us + 500, 'New client connected from 10.244.%d.%d:%d as %s (p2, c1, k60).' % (rng.randint(0, 9), rng.randint(2, 250), rng.randint(30000, 60000), s)), force=True)

    def publish(self, us, d, inc=None):
        rng = self.rng
        q = 1 if rng.random() < 0.4 else 0
        mid = self.mid.get(d, 0) + 1 if q else 0
        self.mid[d] = mid
        topic = '%s/%s/%s' % (self.root, d, rng.choice(['telemetry', 'telemetry', 'status', 'gps']))
        sz = rng.randint(40, 400)
        out = [self.line(us, "Received PUBLISH from %s (d0, q%d, r0, m%d, '%s', ... (%d bytes))" % (d, q, mid, topic, sz))]
        if q:
            out.append(self.line(us, 'Sending PUBACK to %s (m%d, rc0)' % (d, mid)))
        for s in self.subs:
            out.append(self.line(us, "Sending PUBLISH to %s (d0, q0, r0, m0, '%s', ... (%d bytes))" % (s, topic, sz)))
        self.add(us, '\n'.join(out), inc=inc)

    def build(self):
        rng = self.rng
        lpp = 1.4 + len(self.subs)
        base = self.rate_for(self.target * 0.9, lpp)
        fl = self.win('traffic_flood')
        for inc in fl:
            inc.p['dev'] = rng.choice(self.devs)
        for m, ms in self.minutes():
            cv = self.curve(m)
            n = poisson(rng, base * cv * self.noise[m - self.m0])
            finc = self.active(fl, ms)
            nf = poisson(rng, base * cv * (finc.p['mult'] - 1)) if finc else 0
            for k, off in enumerate(sorted(rng.randrange(MIN) for _ in range(n + nf))):
                us = ms + off
                if self.start <= us < self.end:
                    self.publish(us, rng.choice(self.devs))
            if nf:
                # flood: one device publishing in a tight loop
                for off in sorted(rng.randrange(MIN) for _ in range(nf)):
                    us = ms + off
                    if self.start <= us < self.end:
                        self.publish(us, finc.p['dev'])
        for t in self.periodic(60 * US, 60 * US):
            for s in self.subs:
                self.add(t, self.line(t, 'Received PINGREQ from %s' % s) + '\n' + self.line(t, 'Sending PINGRESP to %s' % s))
        for t in self.periodic(10 * US, 0, phase=rng.randint(0, 9999) * 1000):
            self.add(t, self.line(t, 'New connection from %s:%d on port 1883.' % (self.lb, rng.randint(30000, 60000))))
            self.add(t + 300, self.line(t + 300, 'Client <unknown> closed its connection.' if self.v2 else 'Socket error on client <unknown>, disconnecting.'))
        for t in self.arrivals(rng.uniform(0.3, 1.5)):
            d = rng.choice(self.devs)
            k = rng.random()
            if k < 0.55:
                m = ('Client %s closed its connection.' if self.v2 else 'Client %s disconnected.') % d
            elif k < 0.85:
                m = 'Client %s has exceeded timeout, disconnecting.' % d
            else:
                m = 'Socket error on client %s, disconnecting.' % d
            self.add(t, self.line(t, m))
            self.connect(t + rng.randint(2, 90) * US, d)
        for t in self.periodic(self.autosave * US, self.autosave * US // 3 if self.autosave < 60 else 0):
            if not self.active(self.win('disk_full'), t):
                self.add(t, self.line(t, 'Saving in-memory database to /mosquitto/data/mosquitto.db.'))
        for inc in self.win('disk_full'):
            n = 0
            for t in self.periodic(self.autosave * US, self.autosave * US // 3, start=inc.s, end=inc.e):
                self.add(t, self.line(t, 'Saving in-memory database to /mosquitto/data/mosquitto.db.') + '\n' +
                         self.line(t, 'Error saving in-memory database, unable to open /mosquitto/data/mosquitto.db.new for writing.') + '\n' +
                         self.line(t, 'Error: No space left on device.'), inc=inc)
                n += 1
            inc.desc = 'mosquitto persistence failing: No space left on device (%d autosave attempts)' % n
        self.inject_generic()

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['devs'] = rng.sample(self.devs, min(len(self.devs), 4 * n))
            inc.desc = 'mass device disconnects: socket errors and keepalive timeouts (%d clients)' % len(ctx['devs'])
        out = []
        for j in range(rng.randint(2, 6)):   # devices behind the same flaky network drop together
            d = rng.choice(ctx['devs'])
            m = ('Socket error on client %s, disconnecting.' if rng.random() < 0.6 else 'Client %s has exceeded timeout, disconnecting.') % d
            out.append(self.line(us, m))
        self.add(us, '\n'.join(out), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['devs'] = rng.sample(self.devs, min(len(self.devs), rng.randint(20, 60)))
            inc.desc = 'reconnect storm: %d devices repeatedly reconnecting with the same client id' % len(ctx['devs'])
        if i % 3 == 0:
            d = rng.choice(ctx['devs'])
            self.connect(us, d, inc=inc, storm=True)


# =====================================================================
CRDB_BY_YEAR = {2019: 'v19.2.2', 2020: 'v20.2.3', 2021: 'v21.2.3', 2022: 'v22.2.1', 2023: 'v23.1.11',
                2024: 'v23.2.6', 2025: 'v24.3.5', 2026: 'v25.3.2'}


def sz(rng, lo, hi):
    v = rng.uniform(lo, hi)
    return '%.1f %s' % ((v, 'M') if v < 1024 else (v / 1024, 'G'))


class Cockroach(Gen):
    FMT = 'cockroach'
    WEIGHT = 0.7
    PREC = 1
    KINDS = ('error_burst', 'retry_storm', 'disk_full', 'silence', 'new_error')

    def setup(self):
        v, sc = self.vrng, self.sc
        self.node = v.randint(1, 5)
        self.host = 'crdb-%d' % (self.node - 1)
        self.ver = CRDB_BY_YEAR[sc.year]
        self.ts = TS(lambda tm: '%02d%02d%02d %02d:%02d:%02d' % (tm.tm_year % 100, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec), 0)
        st = time_tuple(self.start)
        self.fname = 'cockroach.%s.root.%04d-%02d-%02dT%02d_%02d_%02dZ.%06d.log' % ((self.host,) + st + (1,))
        self.cnt = 0
        self.job = v.randint(1000, 90000)
        self.sst = v.randint(10000, 900000)
        self.tables = [v.randint(104, 180) for _ in range(6)]
        self.app = v.choice(['app', sc.slug, 'svc_' + sc.slug])

    def line(self, us, sev, gid, src, tags, msg):
        p = '%s%s.%06d %d %s \u22ee [%s] \x01 ' % (sev, self.ts(us), us % US, gid, src, tags)
        ls = msg.split('\n')
        return '\n'.join([p + ' ' + ls[0]] + [p + '+' + l for l in ls[1:]])

    def finalize(self):
        Gen.finalize(self)
        out = []
        cnt = 0
        for r in self.out:
            if '\x01' in r[3]:
                cnt += 1
                r = r[:3] + (r[3].replace('\x01', str(cnt)),) + r[4:]
            out.append(r)
        self.out = out

    def header(self, us):
        p = 'I%s.%06d 1 util/log/file_sync_buffer.go:238 \u22ee [config]   ' % (self.ts(us), us % US)
        st = time_tuple(us)
        self.add(us, '\n'.join(p + x for x in [
            'file created at: %04d/%02d/%02d %02d:%02d:%02d' % st,
            'running on machine: \u2039%s\u203a' % self.host,
            'binary: CockroachDB CCL %s (x86_64-pc-linux-gnu, built %04d/%02d/%02d 01:53:43, go1.%d.%d)' % (self.ver, st[0] if st[1] > 2 else st[0] - 1, (st[1] - 3) % 12 + 1, 12, max(12, 19 + (st[0] - 2022) // 2), 10),
            'arguments: [\u2039/cockroach/cockroach\u203a \u2039start\u203a \u2039--join=crdb-0,crdb-1,crdb-2\u203a \u2039--cache=.25\u203a \u2039--max-sql-memory=.25\u203a \u2039--logtostderr=WARNING\u203a]',
            'log format (utf8=\u2713): crdb-v2',
            'line format: [IWEF]yymmdd hh:mm:ss.uuuuuu goid [chan@]file:line redactionmark \\[tags\\] [counter] msg']), force=True)

    def build(self):
        rng = self.rng
        n = self.node
        self.header(self.start)
        per10 = (self.end - self.start) / (10 * US)
        comp_lines = max(0.0, self.target * 0.95 - per10 - (self.end - self.start) / MIN * 4.2)
        base = self.rate_for(comp_lines, 1.0)
        for t in self.periodic(10 * US, 0, phase=rng.randint(0, 9999) * 1000):
            cv = self.curve(t // MIN)
            rss = rng.uniform(2.5, 3.5)
            self.add(t, self.line(t, 'I', rng.randint(200, 9000), 'server/status/runtime_log.go:47', 'n%d' % n,
                                  'runtime stats: %.1f GiB RSS, %d goroutines (stacks: %.1f MiB), %d MiB/%d MiB Go alloc/total (heap fragmentation: %d MiB, heap reserved: %d MiB, heap released: %d MiB), %d MiB/%d MiB CGO alloc/total (%.1f CGO/sec), %.1f/%.1f %%(u/s)time, %.1f %%gc (%dx), %.1f MiB/%.1f MiB (r/w)net' % (
                                      rss, int(400 + 900 * cv + rng.randint(0, 80)), rng.uniform(4, 12), rng.randint(200, 600), rng.randint(600, 900), rng.randint(5, 40),
                                      rng.randint(5, 60), rng.randint(50, 300), rng.randint(800, 1400), rng.randint(1400, 1600), rng.uniform(500, 4000) * cv,
                                      rng.uniform(10, 80) * cv, rng.uniform(2, 10) * cv, rng.uniform(0, 1.5), rng.randint(0, 3), rng.uniform(0.5, 30) * cv, rng.uniform(0.5, 30) * cv)))
        for t in self.periodic(60 * US, 0, phase=rng.randint(0, 59999) * 1000):
            self.add(t, self.line(t, 'I', rng.randint(200, 9000), 'gossip/gossip.go:1422', 'n%d' % n,
                                  'gossip status (ok, 3 nodes)\ngossip client (1/3 cur/max conns)\n  %d: crdb-%d:26257 (%dm0s: infos %d/%d sent/received, bytes %dB/%dB sent/received)\ngossip server (1/3 cur/max conns, infos %d/%d sent/received, bytes %dB/%dB sent/received)' % (
                                      n % 3 + 1, n % 3, rng.randint(30, 600), rng.randint(20, 90), rng.randint(20, 90), rng.randint(5000, 30000), rng.randint(5000, 30000),
                                      rng.randint(40, 200), rng.randint(40, 200), rng.randint(9000, 90000), rng.randint(9000, 90000))))
        for t in self.arrivals(base):
            self.job += 1
            if rng.random() < 0.55:
                a = sz(rng, 2, 60)
                self.add(t, self.line(t, 'I', rng.randint(200, 9000), 'storage/pebble.go:1219', 'n%d,s%d,pebble' % (n, n),
                                      '[JOB %d] compacted(default) L%d [%06d] (%s) + L%d [%06d %06d] (%s) -> L%d [%06d] (%s), in %.1fs (%.1fs total), output rate %s/s' % (
                                          self.job, rng.randint(0, 5), self.sst, a, 6, self.sst - rng.randint(1, 999), self.sst - rng.randint(1000, 5000), sz(rng, 20, 200),
                                          6, self.sst + 1, sz(rng, 20, 220), rng.uniform(0.1, 3), rng.uniform(0.1, 3.5), sz(rng, 20, 120))))
                self.sst += 2
            else:
                self.add(t, self.line(t, 'I', rng.randint(200, 9000), 'storage/pebble.go:1219', 'n%d,s%d,pebble' % (n, n),
                                      '[JOB %d] flushed 1 memtable to L0 [%06d] (%s), in %.1fs (%.1fs total), output rate %s/s' % (
                                          self.job, self.sst, sz(rng, 0.5, 8), rng.uniform(0.02, 0.4), rng.uniform(0.02, 0.5), sz(rng, 5, 60))))
                self.sst += 1
        for t in self.periodic(HOUR, 5 * MIN, phase=rng.randint(1, 59) * MIN):
            jid = rng.randint(10 ** 17, 10 ** 18)
            self.add(t, self.line(t, 'I', rng.randint(200, 9000), 'jobs/adopt.go:261', 'n%d' % n, 'job %d: resuming execution' % jid))
            t2 = t + rng.randint(1, 20) * US
            self.add(t2, self.line(t2, 'I', rng.randint(200, 9000), 'jobs/registry.go:1584', 'n%d' % n, 'AUTO SQL STATS COMPACTION job %d: stepping through state succeeded' % jid))
        for t in self.arrivals(0.03):
            r = rng.randint(100, 9000)
            tb = rng.choice(self.tables)
            self.add(t, self.line(t, 'I', rng.randint(200, 9000), 'kv/kvserver/replica_command.go:439', 'n%d,split,s%d,r%d/%d:\u2039/Table/%d/1/%d{-/%d}\u203a' % (n, n, r, n, tb, rng.randint(1000, 9999), rng.randint(10000, 99999)),
                                  'initiating a split of this range at key \u2039/Table/%d/1/%d\u203a [r%d] (\u2039512 MiB above threshold size 512 MiB\u203a)' % (tb, rng.randint(1000, 99999), r + rng.randint(1, 500))))
        for t in self.arrivals(0.04):
            self.add(t, self.line(t, 'W', rng.randint(200, 9000), 'sql/pgwire/conn.go:766', 'n%d,client=10.0.%d.%d:%d,user=\u2039%s\u203a' % (n, rng.randint(0, 9), rng.randint(2, 250), rng.randint(30000, 60000), self.app),
                                  'error while reading from client: \u2039read tcp 10.0.1.%d:26257->10.0.%d.%d:%d: read: connection reset by peer\u203a' % (
                                      rng.randint(2, 250), rng.randint(0, 9), rng.randint(2, 250), rng.randint(30000, 60000))))
        for inc in self.win('disk_full'):
            self.inject_disk(inc)
        self.inject_generic()

    def restart(self, us):
        return 0

    def inject_disk(self, inc):
        rng = self.irng
        n = self.node
        t = inc.s
        k = 0
        while t <= inc.e:
            if rng.random() < 0.6:
                self.add(t, self.line(t, 'E', rng.randint(200, 9000), 'storage/pebble.go:1260', 'n%d,s%d,pebble' % (n, n),
                                      'background error: write \u2039/cockroach/cockroach-data/%06d.sst\u203a: no space left on device' % (self.sst + rng.randint(0, 30))), inc=inc)
            else:
                self.add(t, self.line(t, 'E', rng.randint(200, 9000), 'kv/kvserver/store_raft.go:664', 'n%d,s%d,r%d/%d:\u2039/Table/%d/1{-/%d}\u203a' % (n, n, rng.randint(50, 9000), n, rng.choice(self.tables), rng.randint(100, 9999)),
                                      'unable to append raft log entries: \u2039write /cockroach/cockroach-data/auxiliary/sideloading/r1XXX/r%d/i%d.t%d\u203a: no space left on device' % (rng.randint(1000, 9999), rng.randint(10, 99999), rng.randint(5, 20))), inc=inc)
            k += 1
            t += rng.randint(2, 12) * US
        inc.desc = 'store s%d out of disk space: pebble/raft writes failing with "no space left on device" (%d errors)' % (n, k)

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        nd = self.node
        if i == 0:
            inc.desc = 'node liveness heartbeat failures and slow range RPCs on n%d' % nd
        if rng.random() < 0.5:
            self.add(us, self.line(us, 'W', rng.randint(200, 9000), 'kv/kvserver/liveness/liveness.go:821', 'n%d,liveness-hb' % nd,
                                   'failed node liveness heartbeat: operation \u2039"node liveness heartbeat"\u203a timed out after %.1fs (given timeout 3s): context deadline exceeded' % rng.uniform(3.0, 4.6)), inc=inc)
        else:
            r = rng.randint(50, 9000)
            self.add(us, self.line(us, 'W', rng.randint(200, 9000), 'kv/kvclient/kvcoord/dist_sender.go:1681', 'n%d,client=10.0.%d.%d:%d,user=\u2039%s\u203a' % (nd, rng.randint(0, 9), rng.randint(2, 250), rng.randint(30000, 60000), self.app),
                                   'slow range RPC: have been waiting %.2fs (%d attempts) for RPC Get [\u2039/Table/%d/1/%d/0\u203a] to r%d:\u2039/Table/%d{-/1}\u203a [(n%d,s%d):%d, (n%d,s%d):%d, next=4, gen=%d]; resp: \u2039(err: <nil>), *kvpb.GetResponse\u203a' % (
                                       rng.uniform(60, 130), rng.randint(1, 90), rng.choice(self.tables), rng.randint(1, 99999), r, rng.choice(self.tables),
                                       1, 1, 1, 2, 2, 2, rng.randint(10, 300))), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        nd = self.node
        if i == 0:
            inc.desc = 'transaction retry storm (TransactionRetryWithProtoRefreshError / WriteTooOld) on n%d' % nd
        self.add(us, self.line(us, 'W', rng.randint(200, 9000), 'sql/conn_executor_exec.go:2207', 'n%d,client=10.0.%d.%d:%d,user=\u2039%s\u203a' % (nd, rng.randint(0, 9), rng.randint(2, 250), rng.randint(30000, 60000), self.app),
                               'retrying transaction (attempt %d) after error: TransactionRetryWithProtoRefreshError: \u2039WriteTooOldError: write for key /Table/%d/1/%d/0 at timestamp %d.%09d,0 too old; must write at or above %d.%09d,1\u203a' % (
                                   i % 7 + 2, rng.choice(self.tables), rng.randint(1, 9999), us // US, rng.randint(0, 999999999), us // US, rng.randint(0, 999999999))), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        nd = self.node
        if i == 0:
            ctx['job'] = rng.randint(10 ** 17, 10 ** 18)
            ctx['tb'] = rng.choice(self.tables)
            inc.desc = 'new recurring changefeed error: kafka brokers unavailable (job %d)' % ctx['job']
        self.add(us, self.line(us, 'E', rng.randint(200, 9000), 'ccl/changefeedccl/changefeed_stmt.go:1287', 'n%d,job=CHANGEFEED id=%d' % (nd, ctx['job']),
                               'changefeed %d encountered retryable error: \u2039kafka: client has run out of available brokers to talk to: dial tcp 10.0.6.%d:9092: connect: connection refused\u203a' % (
                                   ctx['job'], rng.randint(2, 250))), inc=inc)


def time_tuple(us):
    import time as _t
    tm = _t.gmtime(us // US)
    return tuple(tm[:6])


# =====================================================================
HAP_BY_YEAR = {2019: '2.0.8', 2020: '2.2.4', 2021: '2.4.4', 2022: '2.6.6', 2023: '2.8.3', 2024: '2.8.9', 2025: '3.0.7', 2026: '3.2.5'}


class HAProxy(Gen):
    FMT = 'haproxy'
    KINDS = ('error_burst', 'latency_shift', 'traffic_flood', 'silence')
    WEIGHT = 0.9
    PREC = US

    def setup(self):
        v, sc = self.vrng, self.sc
        self.host = v.choice(['lb-%d', 'haproxy-%d', 'edge-lb%d']) % v.randint(1, 4)
        self.pid = v.randint(800, 40000)
        self.bsd = v.random() < 0.7
        if self.bsd:
            self.sts = TS(f_syslog, 0)
        else:
            o = sc.tz_off if v.random() < 0.5 else 0
            self.sts = TS(lambda tm: f_iso(tm) + off_str(o), o)
        self.ats = TS(f_clf, 0)
        fams = [('redis_fe', 'redis_be', 'redis', 6379, 8.0), ('ldap_fe', 'ldap_be', 'ldap', 389, 40.0),
                ('pg_rw', 'pg_back', 'pg', 5432, 120.0), ('smtp_relay', 'smtp_back', 'mx', 25, 350.0),
                ('amqp_fe', 'amqp_be', 'rabbit', 5672, 90.0)]
        self.fes = []
        for fe, be, s, port, tt in v.sample(fams, v.randint(1, 2)):
            srvs = ['%s-%d' % (s, i) for i in range(1, v.randint(2, 4) + 1)]
            self.fes.append((fe, be, srvs, tt * v.uniform(0.6, 1.5), v.uniform(0.3, 1)))
        w = [f[4] for f in self.fes]
        self.fw = [x / sum(w) for x in w]
        self.clients = ['10.0.%d.%d' % (v.randint(0, 15), v.randint(2, 250)) for _ in range(v.randint(15, 80))]
        self.ver = HAP_BY_YEAR[sc.year]
        self.fname = v.choice(['haproxy.log', 'haproxy-tcp.log', '%s-haproxy.log' % self.host])

    def pre(self, us):
        return '%s %s haproxy[%d]: ' % (self.sts(us), self.host, self.pid)

    def sess(self, us, ip, fe, be, srv, tw, tc, tt, by, st, ac, rc=0):
        a = us - int(tt * 1000)
        return '%s%s:%d [%s.%03d] %s %s/%s %d/%d/%d %d %s %d/%d/%d/%d/%d 0/0' % (
            self.pre(us), ip, self.rng.randint(1024, 65535), self.ats(a), a % US // 1000, fe, be, srv, tw, tc, tt, by, st,
            ac, ac, max(0, ac - 1), max(0, ac // 3), rc)

    def restart(self, us):
        rng = self.rng
        self.add(us, self.pre(us) + '[WARNING]  (1) : Reexecuting Master process', force=True)
        t = us + rng.randint(50000, 300000)
        for fe, be, srvs, tt, w in self.fes:
            self.add(t, self.pre(t) + 'Proxy %s started.' % fe, force=True)
            self.add(t, self.pre(t) + 'Proxy %s started.' % be, force=True)
        old = self.pid
        self.pid += rng.randint(5, 400)
        self.add(t + 1000, self.pre(t + 1000) + '[NOTICE]   (1) : New worker (%d) forked' % self.pid, force=True)
        self.add(t + 2000, self.pre(t + 2000) + '[NOTICE]   (1) : Loading success.', force=True)
        t3 = t + rng.randint(1, 30) * US
        self.add(t3, self.pre(t3) + '[NOTICE]   (1) : haproxy version is %s' % self.ver, force=True)
        return 0

    def build(self):
        rng = self.rng
        base = self.rate_for(self.target * 0.97, 1.0)
        fl = self.win('traffic_flood')
        for inc in fl:
            inc.p['ips'] = rng.sample(self.clients, 2)
            inc.p['fe'] = 0
        for m, ms in self.minutes():
            cv = self.curve(m)
            n = poisson(rng, base * cv * self.noise[m - self.m0])
            finc = self.active(fl, ms)
            nf = poisson(rng, base * cv * (finc.p['mult'] - 1)) if finc else 0
            ac = int(3 + 60 * cv * rng.uniform(0.8, 1.2))
            for k, off in enumerate(sorted(rng.randrange(MIN) for _ in range(n + nf))):
                us = ms + off
                if not (self.start <= us < self.end):
                    continue
                flood = finc is not None and rng.random() < nf / float(n + nf)
                fi = 0 if flood else (0 if rng.random() < self.fw[0] else len(self.fes) - 1)
                fe, be, srvs, tt0, w = self.fes[fi]
                lm = self.lat_mult(us)
                tc = int(rng.choice([0, 0, 0, 1, 1, 2]) * lm + (rng.random() < 0.5 and lm > 1) * rng.randint(1, 4))
                tt = int(tt0 * math.exp(rng.gauss(0, 0.45)) * lm) + tc
                u = rng.random()
                st = '--'
                if u < 0.025:
                    st = 'cD'
                    tt = 30000 + rng.randint(0, 40)
                elif u < 0.04:
                    st = 'CD'
                elif u < 0.043:
                    st = 'sD'
                    tt = 30000 + rng.randint(0, 30)
                by = rng.randint(60, 9000) if st == '--' else rng.randint(0, 500)
                ip = rng.choice(finc.p['ips']) if flood else rng.choice(self.clients)
                self.add(us, self.sess(us, ip, fe, be, rng.choice(srvs), 0, tc, tt, by, st, ac + (nf // 30 if finc else 0)))
        self.inject_generic()

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        fe, be, srvs, tt, w = self.fes[0]
        if i == 0:
            ctx['srv'] = rng.choice(srvs)
            left = len(srvs) - 1
            self.add(us, self.pre(us) + 'Server %s/%s is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. %d active and 0 backup servers left. %d sessions active, 0 requeued, 0 remaining in queue.' % (
                be, ctx['srv'], left, rng.randint(0, 12)), inc=inc)
            inc.desc = 'backend %s/%s down: connection-refused sessions (SC) and health-check failures' % (be, ctx['srv'])
            return
        if i == n - 1:
            self.add(us, self.pre(us) + 'Server %s/%s is UP, reason: Layer4 check passed, check duration: 0ms. %d active and 0 backup servers online. 0 sessions requeued, 0 total in queue.' % (
                be, ctx['srv'], len(srvs)), inc=inc)
            return
        self.add(us, self.sess(us, rng.choice(self.clients), fe, be, ctx['srv'], 0, -1, rng.randint(0, 3), 0, 'SC', rng.randint(5, 40), rc=rng.randint(1, 3)), inc=inc)


# =====================================================================
KERNEL_BY_YEAR = {2019: '4.15.0-1051-aws', 2020: '5.4.0-1029-aws', 2021: '5.4.0-1056-aws', 2022: '5.15.0-1019-aws',
                  2023: '5.15.0-1051-aws', 2024: '6.5.0-1017-aws', 2025: '6.8.0-1021-aws', 2026: '6.14.0-1012-aws'}


class Kern(Gen):
    FMT = 'kern'
    KINDS = ('oom_kill', 'error_burst', 'new_error')
    WEIGHT = 0.3
    PREC = US

    def setup(self):
        v, sc = self.vrng, self.sc
        a, b = v.randint(0, 15), v.randint(2, 250)
        self.host = v.choice(['ip-10-0-%d-%d' % (a, b), 'node-%d' % v.randint(1, 9), 'k8s-worker-%02d' % v.randint(1, 30)])
        self.bsd = v.random() < 0.65
        if self.bsd:
            self.sts = TS(f_syslog, 0)
        else:
            o = sc.tz_off if v.random() < 0.5 else 0
            self.oz = off_str(o)
            self.sts = TS(lambda tm: f_iso(tm), o)
            self.PREC = 1
        self.boot = self.start - int(v.uniform(1, 120) * 86400 * US)
        self.kver = KERNEL_BY_YEAR[sc.year]
        self.myip = '10.0.%d.%d' % (a, b)
        self.mac = ':'.join('%02x' % v.randint(0, 255) for _ in range(6))
        self.port = 3
        self.fname = v.choice(['kern.log', 'kern-%s.log' % self.host, 'kernel.log'])

    def line(self, us, msg):
        up = us - self.boot
        if self.bsd:
            p = self.sts(us)
        else:
            p = '%s.%06d%s' % (self.sts(us), us % US, self.oz)
        return '%s %s kernel: [%5d.%06d] %s' % (p, self.host, up // US, up % US, msg)

    def build(self):
        rng = self.rng
        base = self.rate_for(self.target * 0.75, 1.0)
        for t in self.arrivals(base, shape=False):
            ip = public_ip(rng)
            dpt = rng.choice([22, 23, 445, 3389, 5900, 8080, 8443, 6379, 2375, 9200, 5432, 1433, 81, 8888])
            self.add(t, self.line(t, '[UFW BLOCK] IN=ens5 OUT= MAC=%s:02:%02x:%02x:%02x:%02x:%02x:08:00 SRC=%s DST=%s LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d %sPROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 SYN URGP=0' % (
                self.mac, rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255),
                ip, self.myip, rng.choice([40, 44, 60]), rng.randint(30, 250), rng.randint(1, 65535), 'DF ' if rng.random() < 0.3 else '',
                rng.randint(1024, 65535), dpt, rng.choice([1024, 65535, 29200, 14600]))))
        for t in self.periodic(rng.choice([5, 10, 15]) * MIN, 40 * US):
            self.pod_churn(t)
        for t in self.arrivals(0.01):
            self.add(t, self.line(t, 'audit: type=1400 audit(%d.%03d:%d): apparmor="DENIED" operation="open" class="file" profile="cri-containerd.apparmor.d" name="/proc/sys/kernel/%s" pid=%d comm="%s" requested_mask="r" denied_mask="r" fsuid=%d ouid=0' % (
                t // US, t % US // 1000, rng.randint(100, 9999), rng.choice(['osrelease', 'hostname', 'random/boot_id']), rng.randint(1000, 99999),
                rng.choice(['node', 'java', 'python3', 'postgres']), rng.choice([0, 1000, 999]))))
        for inc in self.win('oom_kill'):
            self.inject_oom(inc)
        self.inject_generic()

    def pod_churn(self, t, inc=None):
        rng = self.rng
        self.port = self.port % 40 + 1
        veth = 'veth%s' % hexs(rng, 8)
        p = self.port
        msgs = ['cni0: port %d(%s) entered blocking state' % (p, veth), 'cni0: port %d(%s) entered disabled state' % (p, veth),
                'device %s entered promiscuous mode' % veth, 'IPv6: ADDRCONF(NETDEV_CHANGE): %s: link becomes ready' % veth,
                'cni0: port %d(%s) entered blocking state' % (p, veth), 'cni0: port %d(%s) entered forwarding state' % (p, veth)]
        for m in msgs:
            self.add(t, self.line(t, m), inc=inc)
            t += rng.randint(50, 5000)
        t += rng.randint(20, 300) * US
        for m in ['cni0: port %d(%s) entered disabled state' % (p, veth), 'device %s left promiscuous mode' % veth,
                  'cni0: port %d(%s) entered disabled state' % (p, veth)]:
            if t < self.end:
                self.add(t, self.line(t, m), inc=inc)
            t += rng.randint(50, 3000)

    def inject_oom(self, inc):
        rng = self.irng
        t = inc.s
        proc = rng.choice(['java', 'node', 'python3', 'ruby', 'postgres', 'dotnet'])
        pid = rng.randint(3000, 4000000)
        lim = rng.choice([512, 1024, 2048, 4096]) * 1024
        cg = 'kubepods-burstable-pod%s.slice' % uuid4(rng).replace('-', '_')
        cid = hexs(rng, 64)
        gfp = 'gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=%d' % rng.choice([969, 985, 999, 1000])
        trace = ['%s invoked oom-killer: %s' % (proc, gfp),
                 'CPU: %d PID: %d Comm: %s Not tainted %s #%d-Ubuntu' % (rng.randint(0, 7), pid + rng.randint(1, 50), proc, self.kver, rng.randint(20, 80)),
                 'Hardware name: Amazon EC2 %s/, BIOS 1.0 10/16/2017' % rng.choice(['m5.xlarge', 'm6i.2xlarge', 'c5.2xlarge', 'r5.large']),
                 'Call Trace:', ' <TASK>', ' dump_stack_lvl+0x4a/0x63', ' dump_header+0x4a/0x1f3', ' oom_kill_process.cold+0xb/0x10',
                 ' out_of_memory+0x1bd/0x500', ' mem_cgroup_out_of_memory+0x13a/0x150', ' try_charge_memcg+0x6c6/0x780',
                 ' charge_memcg+0x45/0xb0', ' __mem_cgroup_charge+0x2d/0x80', ' do_anonymous_page+0x10b/0x3b0',
                 ' __handle_mm_fault+0x7be/0x900', ' handle_mm_fault+0xd8/0x2c0', ' do_user_addr_fault+0x1c2/0x660',
                 ' exc_page_fault+0x77/0x170', ' asm_exc_page_fault+0x27/0x30', ' </TASK>',
                 'memory: usage %dkB, limit %dkB, failcnt %d' % (lim, lim, rng.randint(1, 5000)),
                 'memory+swap: usage %dkB, limit 9007199254740988kB, failcnt 0' % lim,
                 'kmem: usage %dkB, limit 9007199254740988kB, failcnt 0' % rng.randint(5000, 40000),
                 'Memory cgroup stats for /kubepods.slice/kubepods-burstable.slice/%s/cri-containerd-%s.scope:' % (cg, cid),
                 'anon %d\nfile %d\nkernel %d\nshmem 0' % (lim * 1000, rng.randint(100000, 9000000), rng.randint(100000, 9000000)),
                 'Tasks state (memory values in pages):',
                 '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
                 '[%7d] 65535 %5d      243        1    28672        0          -998 pause' % (pid - rng.randint(10, 900), pid - rng.randint(10, 900)),
                 '[%7d]  1000 %5d %8d %8d %14d        0           %d %s' % (pid, pid, lim // 2, lim // 4 - rng.randint(0, 900), rng.randint(1000000, 9000000), 969, proc),
                 'oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/%s,task_memcg=/kubepods.slice/kubepods-burstable.slice/%s/cri-containerd-%s.scope,task=%s,pid=%d,uid=1000' % (
                     cid, cg, cg, cid, proc, pid),
                 'Memory cgroup out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:969' % (
                     pid, proc, lim * 2, lim - rng.randint(0, 9000), rng.randint(10000, 60000), rng.randint(2000, 9000))]
        body = []
        for ln in trace:
            for l in ln.split('\n'):
                body.append(self.line(t, l))
                t += rng.randint(1, 40)
        self.add(inc.s, '\n'.join(body), inc=inc, force=True)
        t += rng.randint(20, 900) * 1000
        self.add(t, self.line(t, 'oom_reaper: reaped process %d (%s), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB' % (pid, proc)), inc=inc, force=True)
        inc.desc = 'kernel memory-cgroup OOM killer killed %s (pid %d) at its %d MiB limit' % (proc, pid, lim // 1024)

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['dev'] = rng.choice(['nvme1n1', 'nvme2n1', 'xvdf'])
            inc.desc = 'block device %s I/O errors and timeouts' % ctx['dev']
        d = ctx['dev']
        k = rng.random()
        if k < 0.35:
            m = 'nvme nvme%s: I/O %d QID %d timeout, aborting' % (d[4] if d.startswith('nvme') else '1', rng.randint(1, 1023), rng.randint(1, 8))
        elif k < 0.8:
            m = 'blk_update_request: I/O error, dev %s, sector %d op 0x1:(WRITE) flags 0x800 phys_seg %d prio class 0' % (d, rng.randint(10 ** 6, 10 ** 9), rng.randint(1, 32))
        else:
            m = 'EXT4-fs warning (device %s): ext4_end_bio:%d: I/O error 10 writing to inode %d starting block %d)' % (d, rng.choice([343, 344]), rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 5, 10 ** 8))
        self.add(us, self.line(us, m), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'new recurring kernel error: nf_conntrack table full, dropping packets'
        m = 'nf_conntrack: nf_conntrack: table full, dropping packet'
        if rng.random() < 0.5:
            m = 'net_ratelimit: %d callbacks suppressed\n' % rng.randint(3, 900) + m
        body = '\n'.join(self.line(us, l) for l in m.split('\n'))
        self.add(us, body, inc=inc)


# =====================================================================
ZK_BY_YEAR = {2019: '3.5.6', 2020: '3.6.2', 2021: '3.7.0', 2022: '3.8.0', 2023: '3.8.3', 2024: '3.9.2', 2025: '3.9.3', 2026: '3.9.4'}


class ZooKeeper(Gen):
    FMT = 'zookeeper'
    KINDS = ('error_burst', 'new_error', 'silence', 'disk_full')
    WEIGHT = 0.6

    def setup(self):
        v, sc = self.vrng, self.sc
        self.myid = v.randint(1, 3)
        self.local = sc.tz_off != 0 and v.random() < 0.4
        self.ts = TS(lambda tm: f_iso(tm, ' '), sc.tz_off if self.local else 0)
        self.ver = ZK_BY_YEAR[sc.year]
        self.clients = ['10.0.%d.%d' % (v.randint(0, 15), v.randint(2, 250)) for _ in range(v.randint(6, 30))]
        self.mon = ['10.0.0.%d' % v.randint(2, 40) for _ in range(v.randint(1, 2))]
        self.zxid = (v.randint(2, 9) << 32) + v.randint(1000, 900000)
        self.sid = (self.myid << 56) + v.randint(1, 2 ** 40)
        self.fname = v.choice(['zookeeper.log', 'zookeeper-%d.log' % self.myid, 'zookeeper-server-%d.out' % self.myid])

    def line(self, us, lvl, thread, cls, ln, msg):
        return '%s,%03d [myid:%d] - %-5s [%s:%s@%d] - %s' % (self.ts(us), us % US // 1000, self.myid, lvl, thread, cls, ln, msg)

    def banner(self, us, inc=None):
        rng = self.rng
        t = us
        L = [('main', 'QuorumPeerConfig', 177, 'Reading configuration from: /conf/zoo.cfg'),
             ('main', 'Environment', 98, 'Server environment:zookeeper.version=%s-%s, built on %04d-%02d-%02d 12:51 UTC' % (self.ver, hexs(rng, 40), self.sc.year, rng.randint(1, 9), rng.randint(1, 28))),
             ('main', 'Environment', 98, 'Server environment:java.version=17.0.9'),
             ('main', 'Environment', 98, 'Server environment:os.name=Linux')]
        if self.local:
            L.append(('main', 'Environment', 98, 'Server environment:%s' % self.tzdecl()))
        L += [('main', 'QuorumPeer', 2096, 'LOOKING'),
              ('QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled)' % self.myid, 'FastLeaderElection', 979, 'New election. My id = %d, proposed zxid=0x%x' % (self.myid, self.zxid)),
              ('QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled)' % self.myid, 'QuorumPeer', 1548, 'FOLLOWING'),
              ('QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled)' % self.myid, 'Learner', 734, 'Learner received UPTODATE message')]
        for th, cls, ln, m in L:
            self.add(t, self.line(t, 'INFO', th, cls, ln, m), inc=inc, force=True)
            t += rng.randint(1000, 300000)
        return t

    def restart(self, us):
        rng = self.rng
        self.add(us, self.line(us, 'INFO', 'SIGTERM handler', 'QuorumPeerMain', 109, 'Received signal TERM') + '\n' +
                 self.line(us + 2000, 'INFO', 'main', 'ZooKeeperServer', 850, 'shutting down'), force=True)
        down = rng.randint(5, 20) * US
        self.banner(us + down)
        return down

    def build(self):
        rng = self.rng
        if self.local:
            self.banner(self.start)
        period = (self.end - self.start) / (10 * US) * len(self.mon)
        base = self.rate_for(max(0.0, self.target * 0.95 - period), 2.2)
        w = 1
        for t in self.periodic(10 * US, US):
            for ip in self.mon:
                w = w % 8 + 1
                self.add(t, self.line(t, 'INFO', 'NIOWorkerThread-%d' % w, 'NIOServerCnxn', 518, 'Processing %s command from /%s:%d' % (
                    rng.choice(['ruok', 'mntr', 'srvr']), ip, rng.randint(30000, 60000))))
        for t in self.arrivals(base):
            ip = rng.choice(self.clients)
            port = rng.randint(30000, 60999)
            self.sid += rng.randint(1, 3)
            sid = self.sid
            self.add(t, self.line(t, 'INFO', 'CommitProcWorkThread-%d' % rng.randint(1, 8), 'ZooKeeperServer', 1136,
                                  'Established session 0x%x with negotiated timeout %d for client /%s:%d' % (sid, rng.choice([6000, 10000, 30000, 40000]), ip, port)))
            t2 = t + int(rng.expovariate(1 / 90.0) * US)
            k = rng.random()
            if k < 0.9:
                self.add(t2, self.line(t2, 'INFO', 'NIOWorkerThread-%d' % rng.randint(1, 8), 'NIOServerCnxn', 1056,
                                       'Closed socket connection for client /%s:%d which had sessionid 0x%x' % (ip, port, sid)))
            elif k < 0.96:
                self.add(t2, self.line(t2, 'WARN', 'NIOWorkerThread-%d' % rng.randint(1, 8), 'NIOServerCnxn', 380,
                                       'Unable to read additional data from client, it probably closed the socket: address = /%s:%d, session = 0x%x' % (ip, port, sid)))
            else:
                self.add(t2, self.line(t2, 'INFO', 'SessionTracker', 'ZooKeeperServer', 627, 'Expiring session 0x%x, timeout of %dms exceeded' % (sid, 30000)))
        for t in self.periodic(rng.randint(12, 40) * MIN, 5 * MIN):
            self.zxid += rng.randint(20000, 120000)
            self.add(t, self.line(t, 'INFO', 'SyncThread:%d' % self.myid, 'FileTxnLog', 284, 'Creating new log file: log.%x' % self.zxid))
            self.add(t + 3000, self.line(t + 3000, 'INFO', 'Snapshot Thread', 'FileTxnSnapLog', 479, 'Snapshotting: 0x%x to /data/version-2/snapshot.%x' % (self.zxid, self.zxid)))
        for t in self.periodic(HOUR, US, phase=rng.randint(1, 59) * MIN):
            self.add(t, self.line(t, 'INFO', 'PurgeTask', 'DatadirCleanupManager$PurgeTask', 139, 'Purge task started.'))
            self.add(t + 20000, self.line(t + 20000, 'INFO', 'PurgeTask', 'FileTxnSnapLog', 124, 'zookeeper.snapshot.trust.empty : false'))
            self.add(t + 90000, self.line(t + 90000, 'INFO', 'PurgeTask', 'DatadirCleanupManager$PurgeTask', 145, 'Purge task completed.'))
        for inc in self.win('disk_full'):
            self.inject_disk(inc)
        self.inject_generic()

    def inject_disk(self, inc):
        rng = self.irng
        t = inc.s
        n = 0
        while t < inc.e - 20 * US:
            n += 1
            self.add(t, self.line(t, 'ERROR', 'SyncThread:%d' % self.myid, 'ZooKeeperCriticalThread', 49,
                                  'Severe unrecoverable error, from thread : SyncThread:%d' % self.myid) +
                     '\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)\n\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)\n\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:285)\n\tat org.apache.zookeeper.server.persistence.FileTxnLog.append(FileTxnLog.java:292)\n\tat org.apache.zookeeper.server.persistence.FileTxnSnapLog.append(FileTxnSnapLog.java:592)\n\tat org.apache.zookeeper.server.ZKDatabase.append(ZKDatabase.java:663)\n\tat org.apache.zookeeper.server.SyncRequestProcessor.run(SyncRequestProcessor.java:181)',
                     inc=inc, force=True)
            t2 = t + rng.randint(5000, 90000)
            self.add(t2, self.line(t2, 'INFO', 'SyncThread:%d' % self.myid, 'ZooKeeperServerListenerImpl', 42,
                                   'Thread SyncThread:%d exits, error code 1' % self.myid) + '\n' +
                     self.line(t2 + 500, 'INFO', 'SyncThread:%d' % self.myid, 'ZooKeeperServer', 850, 'shutting down'), inc=inc, force=True)
            down = rng.randint(10, 40) * US
            self.gaps.append((t, t2 + down))
            t = self.banner(t2 + down, inc=inc)
            t += rng.randint(20, 120) * US
        inc.desc = 'ZooKeeper txn log writes fail with "No space left on device"; SyncThread dies and server restarts %d times' % n

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'quorum connectivity errors: leader connection resets with stack traces'
        self.add(us, self.line(us, 'WARN', 'QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled)' % self.myid, 'Follower', 131,
                               'Exception when following the leader') +
                 '\njava.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)\n\tat java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)\n\tat java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:244)\n\tat java.base/java.io.DataInputStream.readInt(DataInputStream.java:381)\n\tat org.apache.jute.BinaryInputArchive.readInt(BinaryInputArchive.java:96)\n\tat org.apache.zookeeper.server.quorum.QuorumPacket.deserialize(QuorumPacket.java:86)\n\tat org.apache.zookeeper.server.quorum.Learner.readPacket(Learner.java:228)\n\tat org.apache.zookeeper.server.quorum.Follower.followLeader(Follower.java:124)',
                 inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['ip'] = rng.choice(self.clients)
            inc.desc = 'new recurring warning: too many connections from %s (client connection leak)' % ctx['ip']
        self.add(us, self.line(us, 'WARN', 'NIOServerCxnFactory.AcceptThread:0.0.0.0/0.0.0.0:2181', 'NIOServerCnxnFactory$AcceptThread', 230,
                               'Too many connections from /%s - max is 60' % ctx['ip']), inc=inc)


class Connect(Gen):
    FMT = 'kafka_connect'
    KINDS = ('error_burst', 'retry_storm', 'new_error', 'silence')
    WEIGHT = 0.6

    def setup(self):
        v, sc = self.vrng, self.sc
        self.local = sc.tz_off != 0 and v.random() < 0.4
        self.ts = TS(lambda tm: f_iso(tm, ' '), sc.tz_off if self.local else 0)
        cands = [('orders-cdc', 'source', 'io.debezium.connector.postgresql.PostgresConnector'),
                 ('s3-sink', 'sink', 'io.confluent.connect.s3.S3SinkConnector'),
                 ('jdbc-sink', 'sink', 'io.confluent.connect.jdbc.JdbcSinkConnector'),
                 ('es-sink', 'sink', 'io.confluent.connect.elasticsearch.ElasticsearchSinkConnector')]
        self.conns = v.sample(cands, v.randint(2, 3))
        self.tasks = {c[0]: v.randint(1, 4) for c in self.conns}
        self.topics = v.sample(['orders', 'payments', 'customers', 'shipments', 'events', 'audit'], 3)
        self.fname = v.choice(['connect.log', 'connect-distributed.log', 'kafka-connect-%d.log' % v.randint(0, 2)])

    def line(self, us, lvl, ctx, msg, cls, ln):
        c = ('[%s] ' % ctx) if ctx else ''
        return '[%s,%03d] %s %s%s (%s:%d)' % (self.ts(us), us % US // 1000, lvl, c, msg, cls, ln)

    def banner(self, us):
        rng = self.rng
        t = us
        L = [('INFO', '', 'Kafka Connect worker initializing ...', 'org.apache.kafka.connect.cli.AbstractConnectCli', 114),
             ('INFO', '', 'WorkerInfo values: \n\tjvm.args = -Xms256M, -Xmx2G, -XX:+UseG1GC\n\tjvm.spec = Eclipse Adoptium, OpenJDK 64-Bit Server VM, 17.0.9, 17.0.9+9\n\tos.spec = Linux, amd64, 5.15.0', 'org.apache.kafka.connect.runtime.WorkerInfo', 72)]
        if self.local:
            L.append(('INFO', '', 'Worker local time zone %s' % self.tzdecl(), 'org.apache.kafka.connect.runtime.WorkerInfo', 80))
        L.append(('INFO', '', 'Kafka Connect started', 'org.apache.kafka.connect.runtime.Connect', 57))
        for lvl, c, m, cls, ln in L:
            self.add(t, self.line(t, lvl, c, m, cls, ln), force=True)
            t += rng.randint(1000, 900000)
        return t

    def restart(self, us):
        rng = self.rng
        self.add(us, self.line(us, 'INFO', '', 'Kafka Connect stopping', 'org.apache.kafka.connect.runtime.Connect', 67), force=True)
        down = rng.randint(15, 60) * US
        t = self.banner(us + down)
        for c, kind, cls in self.conns:
            for k in range(self.tasks[c]):
                t += rng.randint(1000, 400000)
                self.add(t, self.line(t, 'INFO', '%s|task-%d' % (c, k), '%sTask{id=%s-%d} Executing %s task' % ('WorkerSource' if kind == 'source' else 'WorkerSink', c, k, kind),
                                      'org.apache.kafka.connect.runtime.WorkerTask', 212), force=True)
        return down

    def build(self):
        rng = self.rng
        if self.local:
            self.banner(self.start)
        ntask = sum(self.tasks.values())
        per = (self.end - self.start) / MIN * ntask * 1.5
        base = self.rate_for(max(0.0, self.target * 0.95 - per), 1.0)
        for c, kind, cls in self.conns:
            for k in range(self.tasks[c]):
                ph = rng.randint(0, 59999) * 1000
                for t in self.periodic(MIN, 0, phase=ph):
                    ctx = '%s|task-%d' % (c, k)
                    if kind == 'source':
                        self.add(t, self.line(t, 'INFO', ctx, '%d records sent during previous 00:01:%02d.%03d, last recorded offset of {server=%s} partition is {transaction_id=null, lsn_proc=%d, lsn_commit=%d, lsn=%d, txId=%d, ts_usec=%d}' % (
                            int(rng.uniform(100, 9000) * self.curve(t // MIN)), rng.randint(0, 2), rng.randint(0, 999), self.sc.slug, t // 7, t // 7, t // 7, t // 10 ** 9, t),
                            'io.debezium.connector.common.BaseSourceTask', 195))
                        self.add(t + 300, self.line(t + 300, 'INFO', ctx + '|offsets', 'WorkerSourceTask{id=%s-%d} Committing offsets for %d acknowledged messages' % (c, k, rng.randint(50, 9000)),
                                                    'org.apache.kafka.connect.runtime.WorkerSourceTask', 233))
                    else:
                        tp = rng.choice(self.topics)
                        if c == 's3-sink':
                            self.add(t, self.line(t, 'INFO', ctx, 'Files committed to S3. Target commit offset for %s-%d is %d' % (tp, rng.randint(0, 11), t // 10 ** 5),
                                                  'io.confluent.connect.s3.TopicPartitionWriter', 635))
                        elif c == 'jdbc-sink':
                            self.add(t, self.line(t, 'INFO', ctx, 'Completed write operation for %d records to the database' % rng.randint(10, 500),
                                                  'io.confluent.connect.jdbc.sink.JdbcDbWriter', 100))
                        else:
                            self.add(t, self.line(t, 'INFO', ctx, 'Bulk request %d completed with %d records in %dms' % (rng.randint(1, 99999), rng.randint(10, 500), rng.randint(5, 400)),
                                                  'io.confluent.connect.elasticsearch.ElasticsearchClient', 467))
        for t in self.arrivals(base):
            c, kind, cls = rng.choice(self.conns)
            k = rng.randrange(self.tasks[c])
            ctx = '%s|task-%d' % (c, k)
            u = rng.random()
            if u < 0.5 and kind == 'sink':
                self.add(t, self.line(t, 'INFO', ctx, '[Consumer clientId=connector-consumer-%s-%d, groupId=connect-%s] Node %d was unable to process the fetch request with (sessionId=%d, epoch=%d): INVALID_FETCH_SESSION_EPOCH.' % (
                    c, k, c, rng.randint(0, 5), rng.randint(10 ** 8, 2 ** 31), rng.randint(1, 9999)), 'org.apache.kafka.clients.FetchSessionHandler', 551))
            elif u < 0.95:
                self.add(t, self.line(t, 'INFO', ctx, '[Consumer clientId=connector-consumer-%s-%d, groupId=connect-%s] Seeking to offset %d for partition %s-%d' % (
                    c, k, c, t // 10 ** 5, rng.choice(self.topics), rng.randint(0, 11)), 'org.apache.kafka.clients.consumer.KafkaConsumer', 1591))
            else:
                self.add(t, self.line(t, 'WARN', ctx, '[Producer clientId=connector-producer-%s-%d] Connection to node %d (kafka-%d.kafka-headless/10.244.%d.%d:9092) could not be established. Broker may not be available.' % (
                    c, k, -1 * rng.randint(1, 3), rng.randint(0, 2), rng.randint(0, 9), rng.randint(2, 250)), 'org.apache.kafka.clients.NetworkClient', 814))
        self.inject_generic()

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['c'] = next((c for c in self.conns if c[1] == 'sink'), self.conns[0])[0]
            inc.desc = 'burst of sink write failures with stack traces in connector %s' % ctx['c']
        c = ctx['c']
        self.add(us, self.line(us, 'ERROR', '%s|task-%d' % (c, rng.randrange(self.tasks[c])), 'WorkerSinkTask{id=%s-%d} Commit of offsets threw an unexpected exception for sequence number %d: null' % (
            c, rng.randrange(self.tasks[c]), rng.randint(100, 99999)), 'org.apache.kafka.connect.runtime.WorkerSinkTask', 278) +
            '\norg.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before successfully committing offsets {%s-%d=OffsetAndMetadata{offset=%d, leaderEpoch=null, metadata=\'\'}}' % (
                rng.choice(self.topics), rng.randint(0, 11), rng.randint(10 ** 5, 10 ** 8)), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['c'] = self.conns[0][0]
            inc.desc = 'producer retry storm: NOT_LEADER_OR_FOLLOWER errors during broker failover'
        c = ctx['c']
        k = rng.randrange(self.tasks[c])
        self.add(us, self.line(us, 'WARN', '%s|task-%d' % (c, k), '[Producer clientId=connector-producer-%s-%d] Got error produce response with correlation id %d on topic-partition %s-%d, retrying (%d attempts left). Error: NOT_LEADER_OR_FOLLOWER' % (
            c, k, rng.randint(1000, 999999), rng.choice(self.topics), rng.randint(0, 11), 2147483647 - (i % 6 + 1)), 'org.apache.kafka.clients.producer.internals.Sender', 654), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['c'] = next((c for c in self.conns if c[1] == 'sink'), self.conns[0])[0]
            ctx['tp'] = rng.choice(self.topics)
            inc.desc = 'new recurring deserialization error (Unknown magic byte) in connector %s on topic %s' % (ctx['c'], ctx['tp'])
        c = ctx['c']
        k = rng.randrange(self.tasks[c])
        self.add(us, self.line(us, 'ERROR', '%s|task-%d' % (c, k), "Error encountered in task %s-%d. Executing stage 'VALUE_CONVERTER' with class 'io.confluent.connect.avro.AvroConverter', where consumed record is {topic='%s', partition=%d, offset=%d, timestamp=%d, timestampType=CreateTime}." % (
            c, k, ctx['tp'], rng.randint(0, 11), rng.randint(10 ** 5, 10 ** 8), us // 1000), 'org.apache.kafka.connect.runtime.errors.LogReporter', 66) +
            '\norg.apache.kafka.connect.errors.DataException: Failed to deserialize data for topic %s to Avro: \n\tat io.confluent.connect.avro.AvroConverter.toConnectData(AvroConverter.java:148)\n\tat org.apache.kafka.connect.runtime.WorkerSinkTask.lambda$convertAndTransformRecord$4(WorkerSinkTask.java:518)\nCaused by: org.apache.kafka.common.errors.SerializationException: Unknown magic byte!' % ctx['tp'], inc=inc)
