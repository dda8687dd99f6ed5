"""Job-runner log formats: Airflow scheduler, Celery worker with embedded beat."""
import math

from core import US, MIN, HOUR, Gen, TS, hexs, uuid4, rid, off_str, f_iso, poisson

AIRFLOW_BY_YEAR = {2019: '1.10.6', 2020: '1.10.12', 2021: '2.2.2', 2022: '2.4.3', 2023: '2.7.3', 2024: '2.9.2',
                   2025: '2.10.4', 2026: '3.1.2'}


class Airflow(Gen):
    FMT = 'airflow'
    KINDS = ('latency_shift', 'retry_storm', 'error_burst', 'new_error', 'silence')
    WEIGHT = 0.5

    def setup(self):
        v, sc = self.vrng, self.sc
        self.ver = AIRFLOW_BY_YEAR[sc.year]
        y = sc.year
        self.style = 'old' if y <= 2020 else ('comma' if y <= 2022 else 'iso')
        if self.style == 'iso':
            o = sc.tz_off if v.random() < 0.4 else 0
            self.oz = off_str(o, False)
            self.ts = TS(lambda tm: f_iso(tm), o)
        elif self.style == 'comma':
            self.ts = TS(lambda tm: '%04d-%02d-%02d, %02d:%02d:%02d UTC' % tm[:6], 0)
            self.PREC = US
        else:
            self.ts = TS(lambda tm: f_iso(tm, ' '), 0)
        self.sj = 'scheduler_job_runner.py' if self.style == 'iso' else 'scheduler_job.py'
        names = ['etl_orders', 'sync_crm', 'load_warehouse', 'refresh_features', 'export_finance', 'dq_checks',
                 'ingest_events', 'rollup_metrics', 'send_reports', 'backup_configs', 'train_ranker', 'partner_feeds']
        self.dags = []
        for d in v.sample(names, v.randint(4, 8)):
            every = v.choice([5, 10, 15, 15, 30, 60])
            tasks = [(t, v.uniform(3, 120), v.choice(['PythonOperator', 'BashOperator', 'SQLExecuteQueryOperator', 'KubernetesPodOperator']))
                     for t in v.sample(['extract', 'transform', 'load', 'validate', 'notify', 'compact', 'publish', 'snapshot', 'dedupe', 'score'], v.randint(2, 6))]
            self.dags.append((d, every, tasks))
        self.fname = v.choice(['airflow-scheduler.log', 'scheduler.log', 'airflow-scheduler-%d.log' % v.randint(0, 1)])
        self.job = v.randint(10000, 900000)
        self.pid = v.randint(100, 30000)

    def kinds(self):
        if self.style == 'old':   # Airflow 1.10 does not log task durations in the scheduler
            return tuple(k for k in self.KINDS if k != 'latency_shift')
        return self.KINDS

    def edate(self, run):
        return run[len('scheduled__'):]

    def pyd(self, run):
        y, mo, d, h, mi = int(run[11:15]), int(run[16:18]), int(run[19:21]), int(run[22:24]), int(run[25:27])
        return 'datetime.datetime(%d, %d, %d, %d, %d, tzinfo=<TimezoneInfo [UTC, GMT, +00:00:00, STD]>)' % (y, mo, d, h, mi)

    def line(self, us, lvl, src, msg):
        if self.style == 'iso':
            t = '%s.%03d%s' % (self.ts(us), us % US // 1000, self.oz)
        elif self.style == 'comma':
            t = self.ts(us)
        else:
            t = '%s,%03d' % (self.ts(us), us % US // 1000)
        return '[%s] {%s} %s - %s' % (t, src, lvl, msg)

    def dts(self, us):
        import time as _t
        tm = _t.gmtime(us // US)
        return '%04d-%02d-%02d %02d:%02d:%02d.%06d+00:00' % (tm[:6] + (us % US,))

    def rid_(self, us):
        import time as _t
        tm = _t.gmtime(us // US)
        return 'scheduled__%04d-%02d-%02dT%02d:%02d:%02d+00:00' % tm[:6]

    def ti(self, d, t, run, st):
        if self.style == 'old':
            return '<TaskInstance: %s.%s %s [%s]>' % (d, t, self.edate(run).replace('T', ' '), st)
        return '<TaskInstance: %s.%s %s [%s]>' % (d, t, run, st)

    def key(self, d, t, run, tn):
        return "TaskInstanceKey(dag_id='%s', task_id='%s', run_id='%s', try_number=%d, map_index=-1)" % (d, t, run, tn)

    def task_block(self, us, d, t, run, dur, op, tn=1, inc=None, state='success', prio=1):
        rng = self.rng
        sj = self.sj
        self.add(us, self.line(us, 'INFO', '%s:411' % sj, '1 tasks up for execution:\n\t%s' % self.ti(d, t, run, 'scheduled')), inc=inc)
        self.add(us + 300, self.line(us + 300, 'INFO', '%s:476' % sj, 'DAG %s has 0/16 running and queued tasks' % d), inc=inc)
        self.add(us + 700, self.line(us + 700, 'INFO', '%s:587' % sj, 'Setting the following tasks to queued state:\n\t%s' % self.ti(d, t, run, 'scheduled')), inc=inc)
        if self.style == 'old':
            self.add(us + 2000, self.line(us + 2000, 'INFO', '%s:1112' % sj, "Sending ('%s', '%s', %s, %d) to executor with priority %d and queue default" % (d, t, self.pyd(run), tn, prio)), inc=inc)
            self.add(us + 2500, self.line(us + 2500, 'INFO', 'base_executor.py:58', "Adding to queue: ['airflow', 'run', '%s', '%s', '%s', '--local', '--pool', 'default_pool', '-sd', '/opt/airflow/dags/%s.py']" % (d, t, self.edate(run), d)), inc=inc)
            st = us + rng.randint(1, 4) * US
            en = st + int(dur * US)
            self.add(en + 200000, self.line(en + 200000, 'INFO', '%s:1212' % sj, 'Executor reports execution of %s.%s execution_date=%s exited with status %s for try_number %d' % (
                d, t, self.edate(run).replace('T', ' '), 'success' if state == 'success' else 'failed', tn)), inc=inc)
            return en + 200000
        self.add(us + 2000, self.line(us + 2000, 'INFO', '%s:625' % sj, 'Sending %s to executor with priority %d and queue default' % (self.key(d, t, run, tn), prio)), inc=inc)
        self.add(us + 2500, self.line(us + 2500, 'INFO', 'base_executor.py:144', "Adding to queue: ['airflow', 'tasks', 'run', '%s', '%s', '%s', '--local', '--subdir', 'DAGS_FOLDER/%s.py']" % (d, t, run, d)), inc=inc)
        st = us + rng.randint(1, 4) * US
        en = st + int(dur * US)
        self.job += 1
        self.add(en + 200000, self.line(en + 200000, 'INFO', '%s:677' % sj, 'Received executor event with state %s for task instance %s' % ('success' if state == 'success' else 'failed', self.key(d, t, run, tn))), inc=inc)
        self.add(en + 210000, self.line(en + 210000, 'INFO', '%s:713' % sj,
                                       'TaskInstance Finished: dag_id=%s, task_id=%s, run_id=%s, map_index=-1, run_start_date=%s, run_end_date=%s, run_duration=%.6f, state=%s, executor_state=%s, try_number=%d, max_tries=2, job_id=%d, pool=default_pool, queue=default, priority_weight=%d, operator=%s, queued_dttm=%s, queued_by_job_id=1, pid=%d' % (
                                           d, t, run, self.dts(st), self.dts(en), dur, state, 'success' if state == 'success' else 'failed', tn, self.job, prio, op, self.dts(us + 2000), rng.randint(1000, 60000))), inc=inc)
        return en + 210000

    def build(self):
        rng = self.rng
        # estimate lines per task ~ 9 physical lines; scale number of runs by target
        total_tasks = 0
        for d, every, tasks in self.dags:
            total_tasks += (self.end - self.start) / (every * MIN) * len(tasks)
        scale = self.target * 0.93 / max(1.0, total_tasks * 9.0)
        while scale < 0.9:
            k = min(range(len(self.dags)), key=lambda j: self.dags[j][1])
            d, every, tasks = self.dags[k]
            if every >= 120:
                if len(self.dags) <= 2:
                    break
                self.dags.pop(k)
            else:
                self.dags[k] = (d, every * 2, tasks)
            total_tasks = sum((self.end - self.start) / (e * MIN) * len(ts) for _, e, ts in self.dags)
            scale = self.target * 0.93 / max(1.0, total_tasks * 9.0)
        if scale > 1.0:   # more DAGs in the same scheduler: replicate with suffixes
            extra = []
            for k in range(1, int(scale) + 1):
                for d, every, tasks in self.dags:
                    extra.append(('%s_%s' % (d, rng.choice(['eu', 'us', 'apac', 'v2', 'hourly', 'backfill']) + str(k)), every, tasks))
            self.dags += extra[:int(len(self.dags) * (scale - 1)) + 1]
        sj = self.sj
        for d, every, tasks in self.dags:
            ph = rng.randint(0, every - 1) * MIN
            t = (self.start // (every * MIN)) * every * MIN + ph
            while t < self.end:
                if t >= self.start:
                    run = self.rid_(t - every * MIN)
                    s = t + rng.randint(200000, 4000000)
                    if self.style == 'old':
                        self.add(s, self.line(s, 'INFO', 'scheduler_job.py:594', 'Created <DagRun %s @ %s: %s, externally triggered: False>' % (
                            d, self.dts(t - every * MIN)[:19] + '+00:00', run)))
                    else:
                        self.add(s, self.line(s, 'INFO', 'dag.py:3722', 'Setting next_dagrun for %s to %s, run_after=%s' % (d, self.dts(t).replace('.000000', ''), self.dts(t + every * MIN)[:19] + '+00:00')))
                    cur = s + rng.randint(100000, 900000)
                    for k, (tk, dur0, op) in enumerate(tasks):
                        lm = self.lat_mult(cur)
                        dur = dur0 * math.exp(rng.gauss(0, 0.25)) * lm
                        if cur > self.end:
                            break
                        cur = self.task_block(cur, d, tk, run, dur, op, prio=len(tasks) - k) + rng.randint(500000, 3000000)
                    if cur < self.end:
                        self.add(cur, self.line(cur, 'INFO', 'dagrun.py:653', 'Marking run <DagRun %s @ %s: %s, state:running, queued_at: %s. externally triggered: False> successful' % (
                            d, self.dts(t - every * MIN), run, self.dts(s))))
                        if self.style != 'old':
                            self.add(cur + 500, self.line(cur + 500, 'INFO', 'dagrun.py:704', 'DagRun Finished: dag_id=%s, execution_date=%s, run_id=%s, run_start_date=%s, run_end_date=%s, run_duration=%.6f, state=success, external_trigger=False, run_type=scheduled, data_interval_start=%s, data_interval_end=%s, dag_hash=%s' % (
                                d, self.dts(t - every * MIN), run, self.dts(s), self.dts(cur), (cur - s) / US, self.dts(t - every * MIN), self.dts(t), hexs(rng, 32))))
                t += every * MIN
        for t in self.periodic(5 * MIN, 3 * US):
            self.add(t, self.line(t, 'INFO', '%s:1574' % sj, 'Adopting or resetting orphaned tasks for active dag runs'))
        for t in self.periodic(HOUR, 5 * US, phase=rng.randint(1, 59) * MIN):
            self.add(t, self.line(t, 'INFO', 'scheduler_job_runner.py:1787' if self.style == 'iso' else 'scheduler_job.py:1320', 'Marked 0 SchedulerJob instances as failed'))
        self.inject_generic()

    def restart(self, us):
        rng = self.rng
        self.add(us, self.line(us, 'INFO', '%s:267' % self.sj, 'Exiting gracefully upon receiving signal 15'), force=True)
        down = rng.randint(15, 60) * US
        t = us + down
        self.add(t, '  ____________       _____________\n ____    |__( )_________  __/__  /________      __\n____  /| |_  /__  ___/_  /_ __  /_  __ \\_ | /| / /\n___  ___ |  / _  /   _  __/ _  / / /_/ /_ |/ |/ /\n _/_/  |_/_/  /_/    /_/    /_/  \\____/____/|__/', force=True)
        self.add(t + 1000, self.line(t + 1000, 'INFO', 'executor_loader.py:115', 'Loaded executor: CeleryExecutor'), force=True)
        self.add(t + 90000, self.line(t + 90000, 'INFO', '%s:798' % self.sj, 'Starting the scheduler'), force=True)
        self.add(t + 95000, self.line(t + 95000, 'INFO', '%s:805' % self.sj, 'Processing each file at most -1 times'), force=True)
        return down

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['dag'] = rng.choice(self.dags)
            inc.desc = 'tasks of DAG %s failing and being retried over and over (up_for_retry storm)' % ctx['dag'][0]
        d, every, tasks = ctx['dag']
        tk = rng.choice(tasks)[0]
        run = self.rid_(us - (us % (every * MIN)) - every * MIN)
        tn = i % 3 + 1
        if self.style == 'old':
            self.add(us, self.line(us, 'INFO', '%s:1212' % self.sj, 'Executor reports execution of %s.%s execution_date=%s exited with status failed for try_number %d' % (
                d, tk, self.edate(run).replace('T', ' '), tn)) + '\n' +
                self.line(us + 900, 'INFO', 'taskinstance.py:1150', 'Marking task as UP_FOR_RETRY. dag_id=%s, task_id=%s, execution_date=%s, start_date=%s, end_date=%s' % (
                    d, tk, self.edate(run).replace('+00:00', '').replace('-', '').replace(':', ''), self.dts(us - 2 * US)[:19].replace('-', '').replace(' ', 'T').replace(':', ''), self.dts(us)[:19].replace('-', '').replace(' ', 'T').replace(':', ''))), inc=inc)
            return
        self.add(us, self.line(us, 'INFO', '%s:677' % self.sj, 'Received executor event with state failed for task instance %s' % self.key(d, tk, run, tn)) + '\n' +
                 self.line(us + 900, 'INFO', '%s:713' % self.sj, 'TaskInstance Finished: dag_id=%s, task_id=%s, run_id=%s, map_index=-1, run_start_date=%s, run_end_date=%s, run_duration=%.6f, state=up_for_retry, executor_state=failed, try_number=%d, max_tries=3, job_id=%d, pool=default_pool, queue=default, priority_weight=1, operator=PythonOperator, queued_dttm=%s, queued_by_job_id=1, pid=%d' % (
                     d, tk, run, self.dts(us - 2 * US), self.dts(us), rng.uniform(0.8, 2.5), tn, self.job + i, self.dts(us - 3 * US), rng.randint(1000, 60000))), inc=inc)

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            inc.desc = 'burst of "Executor reports task instance ... finished (failed) although the task says it\'s queued" errors (tasks killed externally)'
        d, every, tasks = rng.choice(self.dags)
        tk = rng.choice(tasks)[0]
        run = self.rid_(us - (us % (every * MIN)) - every * MIN)
        if self.style == 'old':
            self.add(us, self.line(us, 'ERROR', '%s:1280' % self.sj, 'Executor reports task instance <TaskInstance: %s.%s %s [queued]> finished (failed) although the task says its queued. Was the task killed externally?' % (d, tk, self.edate(run).replace('T', ' '))), inc=inc)
            return
        self.add(us, self.line(us, 'ERROR', '%s:740' % self.sj, "Executor reports task instance %s finished (failed) although the task says it's queued. (Info: None) Was the task killed externally?" % self.ti(d, tk, run, 'queued')), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['dag'] = rng.choice(['partner_sync', 'ledger_export', 'churn_scores'])
            inc.desc = 'new recurring DAG import error in %s.py (ModuleNotFoundError)' % ctx['dag']
        py = {2019: '3.7', 2020: '3.8', 2021: '3.9', 2022: '3.10', 2023: '3.11', 2024: '3.11', 2025: '3.12', 2026: '3.12'}[self.sc.year]
        self.add(us, self.line(us, 'ERROR', 'dagbag.py:346', 'Failed to import: /opt/airflow/dags/%s.py\nTraceback (most recent call last):\n  File "/home/airflow/.local/lib/python%s/site-packages/airflow/models/dagbag.py", line 342, in parse\n    loader.exec_module(new_module)\n  File "<frozen importlib._bootstrap_external>", line 940, in exec_module\n  File "<frozen importlib._bootstrap>", line 241, in _call_with_frames_removed\n  File "/opt/airflow/dags/%s.py", line 14, in <module>\n    from plugins.hooks.warehouse import WarehouseHook\nModuleNotFoundError: No module named \'plugins.hooks.warehouse\'' % (ctx['dag'], py, ctx['dag'])), inc=inc)


# =====================================================================
CELERY_BY_YEAR = {2019: ('4.3.0', 'rhubarb'), 2020: ('4.4.7', 'cliffs'), 2021: ('5.1.2', 'sun-harmonics'),
                  2022: ('5.2.7', 'dawn-chorus'), 2023: ('5.3.4', 'emerald-rush'), 2024: ('5.4.0', 'opalescent'),
                  2025: ('5.5.0', 'immunity'), 2026: ('5.5.3', 'immunity')}


def pyfloat(x):
    return repr(float('%.17g' % x))


class Celery(Gen):
    FMT = 'celery'
    KINDS = ('latency_shift', 'retry_storm', 'error_burst', 'new_error', 'silence', 'traffic_flood')
    WEIGHT = 0.7

    def setup(self):
        v, sc = self.vrng, self.sc
        self.app = v.choice([sc.slug, 'proj', 'backend', sc.slug + '_tasks'])
        self.local = sc.tz_off != 0 and v.random() < 0.45
        self.ts = TS(lambda tm: f_iso(tm, ' '), sc.tz_off if self.local else 0)
        self.ver, self.codename = CELERY_BY_YEAR[sc.year]
        self.host = 'celery@%s-worker-%s-%s' % (self.app.replace('_', '-'), rid(v, 9, 'bcdfghjklmnpqrstvwxz2456789'), rid(v, 5, 'bcdfghjklmnpqrstvwxz2456789'))
        self.conc = v.choice([2, 4, 4, 8])
        mods = v.sample(['notifications', 'billing', 'accounts', 'reports', 'search', 'media', 'sync', 'orders'], 3)
        self.tasks = []
        for m in mods:
            for fn in v.sample(['send_email', 'send_push', 'reindex', 'generate_pdf', 'charge', 'refresh_cache', 'sync_record', 'thumbnail', 'webhook', 'recalc'], 2):
                self.tasks.append(('%s.tasks.%s' % (m, fn), v.uniform(0.01, 2.5), v.uniform(0.2, 3)))
        self.beat = [(rng_name, period) for rng_name, period in [('%s.tasks.%s' % (mods[0], 'cleanup_sessions'), 300), ('%s.tasks.%s' % (mods[1], 'hourly_rollup'), 3600),
                                                                 ('%s.tasks.%s' % (mods[2], 'heartbeat'), 60)]]
        self.fname = v.choice(['celery-worker.log', 'worker.log', '%s-celery.log' % self.app.replace('_', '-')])
        self.peer = v.choice(['smtp.%s' % sc.internal, 'api.sendgrid.com', 'pg-main.%s' % sc.internal, 'redis.%s' % sc.internal])

    def line(self, us, lvl, proc, msg):
        return '[%s,%03d: %s/%s] %s' % (self.ts(us), us % US // 1000, lvl, proc, msg)

    def banner(self, us, inc=None):
        rng = self.rng
        tm = self.ts(us)
        ban = [' ', ' -------------- %s v%s (%s)' % (self.host, self.ver, self.codename),
               '--- ***** ----- ',
               '-- ******* ---- Linux-5.15.0-1051-aws-x86_64-with-glibc2.36 %s' % tm,
               '- *** --- * --- ', '- ** ---------- [config]',
               '- ** ---------- .> app:         %s:0x7f%010x' % (self.app, rng.getrandbits(40)),
               '- ** ---------- .> transport:   redis://redis:6379/0',
               '- ** ---------- .> results:     redis://redis:6379/1',
               '- *** --- * --- .> concurrency: %d (prefork)' % self.conc,
               '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
               '--- ***** ----- ', ' -------------- [queues]',
               '                .> celery           exchange=celery(direct) key=celery', '                ', '',
               '[tasks]'] + ['  . %s' % t[0] for t in sorted(self.tasks)] + ['  . %s' % b[0] for b in self.beat] + ['']
        self.add(us, '\n'.join(ban), inc=inc, force=True)
        t = us + rng.randint(200000, 900000)
        msgs = ['beat: Starting...', 'Connected to redis://redis:6379/0', 'mingle: searching for neighbors', 'mingle: all alone', '%s ready.' % self.host]
        if self.local:
            msgs.insert(0, 'timezone: %s' % self.tzdecl())
        for m in msgs:
            self.add(t, self.line(t, 'INFO', 'Beat' if m.startswith('beat') else 'MainProcess', m), inc=inc, force=True)
            t += rng.randint(10000, 1100000)
        return t

    def restart(self, us):
        rng = self.rng
        self.add(us, ' \nworker: Warm shutdown (MainProcess)', force=True)
        down = rng.randint(5, 25) * US
        ready = self.banner(us + down)
        return ready - us

    def run_task(self, us, name, rt, tid=None, proc=None, inc=None, ok=True):
        rng = self.rng
        tid = tid or uuid4(rng)
        self.add(us, self.line(us, 'INFO', 'MainProcess', 'Task %s[%s] received' % (name, tid)), inc=inc)
        e = us + rng.randint(1000, 40000) + int(rt * US)
        p = proc or 'ForkPoolWorker-%d' % rng.randint(1, self.conc)
        if ok:
            self.add(e, self.line(e, 'INFO', p, 'Task %s[%s] succeeded in %ss: %s' % (name, tid, pyfloat(rt), rng.choice(['None', 'None', 'True', "{'ok': True}"]))), inc=inc)
        return tid, e, p

    def build(self):
        rng = self.rng
        if self.local:
            self.banner(self.start)
        base = self.rate_for(self.target * 0.9, 2.02)
        fl = self.win('traffic_flood')
        for inc in fl:
            inc.p['task'] = rng.choice(self.tasks)
        for m, ms in self.minutes():
            cv = self.curve(m)
            n = poisson(rng, base * cv * self.noise[m - self.m0])
            finc = self.active(fl, ms)
            nf = poisson(rng, base * cv * (finc.p['mult'] - 1)) if finc else 0
            for k in range(n + nf):
                us = ms + rng.randrange(MIN)
                if not (self.start <= us < self.end):
                    continue
                name, rt0, w = finc.p['task'] if k >= n else self.tasks[min(len(self.tasks) - 1, int(rng.paretovariate(1.3)) - 1)]
                rt = rt0 * math.exp(rng.gauss(0, 0.5)) * self.lat_mult(us)
                if k < n and rng.random() < 0.004:
                    tid = uuid4(rng)
                    self.add(us, self.line(us, 'INFO', 'MainProcess', 'Task %s[%s] received' % (name, tid)))
                    e = us + int(rt * US)
                    p = 'ForkPoolWorker-%d' % rng.randint(1, self.conc)
                    self.add(e, self.line(e, 'INFO', p, 'Task %s[%s] retry: Retry in 10s: %s' % (name, tid, rng.choice(
                        ["ConnectionError('Connection reset by peer')", "SMTPServerDisconnected('Connection unexpectedly closed')", "ReadTimeout('timed out')"]))))
                    self.run_task(e + 10 * US + rng.randint(0, 900000), name, rt, tid)
                    continue
                self.run_task(us, name, rt)
        for name, period in self.beat:
            for t in self.periodic(period * US, 0, phase=rng.randint(0, period - 1) * US):
                self.add(t, self.line(t, 'INFO', 'Beat', 'Scheduler: Sending due task %s (%s)' % (name.split('.')[-1].replace('_', '-'), name)))
                self.run_task(t + rng.randint(2000, 30000), name, rng.uniform(0.005, 0.4) if period < 3600 else rng.uniform(5, 60))
        for t in self.arrivals(0.01):
            self.add(t, self.line(t, 'INFO', 'MainProcess', 'missed heartbeat from celery@%s-worker-%s-%s' % (self.app.replace('_', '-'), rid(rng, 9, 'bcdfghjklmnpqrstvwxz2456789'), rid(rng, 5, 'bcdfghjklmnpqrstvwxz2456789'))))
        self.inject_generic()

    def tb(self, rng, name, last):
        mod = name.rsplit('.', 1)[0].replace('.', '/')
        return ('Traceback (most recent call last):\n  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task\n    R = retval = fun(*args, **kwargs)\n'
                '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 760, in __protected_call__\n    return self.run(*args, **kwargs)\n'
                '  File "/app/%s.py", line %d, in %s\n    %s\n%s') % (mod, rng.randint(20, 200), name.rsplit('.', 1)[1], rng.choice(['result = client.post(url, json=payload, timeout=10)', 'row = session.execute(stmt).one()', 'conn.send_message(msg)']), last)

    def t_error_burst(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['task'] = rng.choice(self.tasks)[0]
            inc.desc = 'burst of OperationalError exceptions in task %s' % ctx['task']
        tid = uuid4(rng)
        p = 'ForkPoolWorker-%d' % rng.randint(1, self.conc)
        last = 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.'
        self.add(us, self.line(us, 'ERROR', p, "Task %s[%s] raised unexpected: OperationalError('(psycopg2.OperationalError) server closed the connection unexpectedly')\n%s" % (
            ctx['task'], tid, self.tb(rng, ctx['task'], last))), inc=inc)

    def t_retry_storm(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['task'] = rng.choice(self.tasks)[0]
            inc.desc = 'retry storm: task %s retrying against %s' % (ctx['task'], self.peer)
        tid = uuid4(rng)
        p = 'ForkPoolWorker-%d' % rng.randint(1, self.conc)
        self.add(us, self.line(us, 'INFO', 'MainProcess', 'Task %s[%s] received' % (ctx['task'], tid)) + '\n' +
                 self.line(us + 3000, 'INFO', p, "Task %s[%s] retry: Retry in %ds: ConnectionRefusedError(111, 'Connection refused')" % (ctx['task'], tid, rng.choice([5, 10, 20, 30]))), inc=inc)

    def t_new_error(self, inc, i, n, us, ctx):
        rng = self.irng
        if i == 0:
            ctx['task'] = rng.choice(self.tasks)[0]
            ctx['k'] = rng.choice(['locale', 'template_id', 'tax_rate'])
            inc.desc = "new recurring KeyError('%s') in task %s" % (ctx['k'], ctx['task'])
        tid = uuid4(rng)
        p = 'ForkPoolWorker-%d' % rng.randint(1, self.conc)
        self.add(us, self.line(us, 'ERROR', p, "Task %s[%s] raised unexpected: KeyError('%s')\n%s" % (ctx['task'], tid, ctx['k'], self.tb(rng, ctx['task'], "KeyError: '%s'" % ctx['k']))), inc=inc)
