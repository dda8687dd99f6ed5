"""CI / build formats: GitLab Runner (text via journald, JSON), Buildkite agent, Gradle daemon, TeamCity server."""
import json
from base import (Base, mk, off, P_ISO, P_SP, hx, uuid, ip, lognorm, wpick, go_panic, JAVA_OOM_FRAMES, US, DOW, MON)

RUNNER_VER = {2018: ('11.4.2', 'cf91d5e1'), 2019: ('12.5.0', '577f813d'), 2020: ('13.6.0', '8fa89735'),
              2021: ('14.5.2', 'e91107dd'), 2022: ('15.7.1', '6d480948'), 2023: ('16.6.1', 'f5da3c5a'),
              2024: ('17.5.3', '12030cf4'), 2025: ('18.2.1', 'a9b2c3d4'), 2026: ('18.8.0', '5e6f7a8b')}
GROUPS = ['platform', 'web', 'payments', 'infra', 'mobile', 'data']
REPOS = ['api', 'frontend', 'billing-service', 'terraform-live', 'ios-app', 'etl-jobs', 'docs', 'auth', 'gateway']


class GitLabRunner(Base):
    name = 'GitLab Runner'
    fname = 'gitlab-runner.log'
    weight = 1.3
    ident = 'gitlab-runner'
    unit = 'gitlab-runner.service'
    desc = 'GitLab Runner'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'http_5xx',
             'oom_kill', 'panic', 'disk_full')
    json_mode = False

    def setup(s, r):
        if s.json_mode:
            s.tsj = mk(s.tz, P_ISO, 0, suf=lambda d: off(d, True, True))
            s.nd = 0
            s.absolute = True
            s.raw_crash = True
        else:
            s.jsetup(r)
            if r.random() < 0.15:
                s.bom = True
                s.crlf = True      # exported with PowerShell Out-File on a Windows box
        s.ver, s.rev = RUNNER_VER[s.year]
        s.major = int(s.ver.split('.')[0])
        s.gl = r.choice(['gitlab.example.com', 'git.corp.example.net', 'gitlab.internal'])
        s.runners = [''.join(r.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-') for _ in range(8))
                     for _ in range(r.randint(1, 3))]
        s.projects = [(r.randint(12, 4800), f"{r.choice(GROUPS)}/{r.choice(REPOS)}") for _ in range(14)]
        s.job = r.randint(100000, 9000000)
        s.jobs = []
        s.maxb = r.choice((4, 8, 10, 16))

    def L(s, t, lvl, msg, **kv):
        if s.json_mode:
            d = dict(kv)
            d['level'] = lvl
            d['msg'] = msg
            d['time'] = s.tsj(t)
            return json.dumps(d, sort_keys=True, separators=(',', ':'))
        pre = {'warning': 'WARNING: ', 'error': 'ERROR: '}.get(lvl, '')
        body = pre + f"{msg:<50}  " + ' '.join(f"{k}={v}" for k, v in sorted(kv.items()))
        return s.J(t, body.rstrip())

    def url(s, p):
        return f"https://{s.gl}/{p[1]}.git"

    def dur(s, r):
        v = lognorm(r, 95, 0.9)
        if s.major < 13:
            m, sec = divmod(v, 60)
            return 'duration', (f"{int(m)}m{sec:.7f}s" if m else f"{sec:.7f}s")
        return 'duration_s', f"{v:.9f}"

    def _job(s, r):
        if not s.jobs or (len(s.jobs) < s.maxb and r.random() < 0.08):
            s.job += r.randint(1, 40)
            s.jobs.append([s.job, r.choice(s.projects), r.choice(s.runners), 0])
            return s.jobs[-1], True
        return r.choice(s.jobs), False

    def norm(s, t, r, L, bad):
        j, new = s._job(r)
        jid, p, rn, sent = j
        if new:
            return s.L(t, 'info', 'Checking for jobs... received', job=jid, repo_url=s.url(p), runner=rn)
        x = r.random()
        if x < 0.80 or len(s.jobs) < 2:
            n = sent + r.randint(200, 9000)
            j[3] = n
            if r.random() < bad:
                c = r.choice((500, 502, 503, 504))
                txt = {500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'}[c]
                return s.L(t, 'warning', 'Appending trace to coordinator... failed', code=c, job=jid,
                           **{'job-log': f"0-{sent}", 'job-status': 'running'}, runner=rn, status=f"{c} {txt}")
            kv = {'code': 202, 'job': jid, 'job-log': f"0-{n}", 'job-status': 'running', 'runner': rn,
                  'sent-log': f"{sent}-{n - 1}", 'status': '202 Accepted'}
            if s.major >= 13:
                kv['update-interval'] = '3s'
            return s.L(t, 'info', 'Appending trace to coordinator...ok', **kv)
        s.jobs.remove(j)
        k, v = s.dur(r)
        if r.random() < bad:
            c = r.choice((500, 502, 503))
            return s.L(t, 'warning', 'Submitting job to coordinator... failed', code=c, job=jid,
                       **{'job-status': 'success'}, runner=rn, status=f"{c} {'Bad Gateway' if c == 502 else 'Service Unavailable' if c == 503 else 'Internal Server Error'}")
        if r.random() < 0.5 and s.major >= 15:
            return s.L(t, 'info', 'Submitting job to coordinator...ok', bytesize=r.randint(900, 400000),
                       checksum=f"crc32:{hx(r, 8)}", code=200, job=jid, **{'job-status': 'success'}, runner=rn,
                       **{'update-interval': '0s'})
        return s.L(t, 'info', 'Job succeeded', **{k: v}, job=jid, project=p[0], runner=rn)

    def warn(s, t, r):
        j, _ = s._job(r)
        k, v = s.dur(r)
        return s.L(t, 'warning', 'Job failed: exit code 1', **{k: v}, job=j[0], project=j[1][0], runner=j[2])

    def errs(s):
        def e0(t, r):
            j, _ = s._job(r)
            k, v = s.dur(r)
            return s.L(t, 'error', 'Job failed (system failure): prepare environment: Process exited with status 1. '
                       'Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information',
                       **{k: v}, job=j[0], project=j[1][0], runner=j[2])

        def e1(t, r):
            return s.L(t, 'error', 'Checking for jobs... forbidden', runner=r.choice(s.runners),
                       status=f"POST https://{s.gl}/api/v4/jobs/request: 403 Forbidden")

        def e2(t, r):
            j, _ = s._job(r)
            return s.L(t, 'error', 'Job failed: execution took longer than 1h0m0s seconds',
                       **{s.dur(r)[0]: '3600.4'}, job=j[0], project=j[1][0], runner=j[2])

        def e3(t, r):
            return s.L(t, 'warning', 'Failed to process runner', builds=len(s.jobs),
                       error='failed to update executor: docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
                       executor='docker', runner=r.choice(s.runners))
        return [e0, e1, e2, e3]

    def retry(s, t, r):
        rn = r.choice(s.runners)
        return s.L(t, 'warning', 'Checking for jobs... failed', runner=rn,
                   status=f"couldn't execute POST against https://{s.gl}/api/v4/jobs/request: Post \"https://{s.gl}/api/v4/jobs/request\": "
                   f"dial tcp {s.sc.ip_gl}:443: connect: connection refused")

    def newerr(s, t, r):
        j, _ = s._job(r)
        k, v = s.dur(r)
        return s.L(t, 'error', 'Job failed (system failure): failed to pull image "docker.io/library/node:20-alpine" with specified policies [always]: '
                   'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by '
                   'authenticating and upgrading: https://www.docker.com/increase-rate-limit (manager.go:237:0s)',
                   **{k: v}, job=j[0], project=j[1][0], runner=j[2])

    def disk(s, t, r):
        j, _ = s._job(r)
        return s.L(t, 'error', f"Job failed (system failure): Error response from daemon: mkdir /var/lib/docker/overlay2/{hx(r, 64)}-init: no space left on device (docker.go:{r.choice((657, 720))}:0s)",
                   **{s.dur(r)[0]: f"{lognorm(r, 4, 0.5):.6f}"}, job=j[0], project=j[1][0], runner=j[2])

    def go_frames(s):
        return [("gitlab.com/gitlab-org/gitlab-runner/executors/docker.(*executor).Cleanup",
                 "/builds/gitlab-org/gitlab-runner/executors/docker/docker.go"),
                ("gitlab.com/gitlab-org/gitlab-runner/common.(*Build).Run",
                 "/builds/gitlab-org/gitlab-runner/common/build.go"),
                ("gitlab.com/gitlab-org/gitlab-runner/commands.(*RunCommand).processRunner",
                 "/builds/gitlab-org/gitlab-runner/commands/multi.go")]

    def crash(s, t, r, kind):
        if s.json_mode:
            return [(t, '\n'.join(go_panic(r, s.go_frames())))]
        return Base.crash(s, t, r, kind)

    def banner(s, t, r):
        s.jobs = []
        mb = {'builds': 0}
        if s.major >= 14:
            mb['max_builds'] = s.maxb
        msgs = [('Runtime platform', dict(arch='amd64', os='linux', pid=s.pid(t), revision=s.rev, version=s.ver)),
                ('Starting multi-runner from /etc/gitlab-runner/config.toml...', mb),
                ('Running in system-mode.', {}),
                ('Configuration loaded', mb),
                ('listen_address not defined, metrics & debug endpoints disabled', mb),
                ('[session_server].listen_address not defined, session endpoints disabled', mb)]
        if s.major >= 14:
            msgs.append(('Initializing executor providers', mb))
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'info', m[0], **m[1]), 100, 4000)

    def start(s, t, r, after):
        if s.json_mode:
            t += r.randint(1000, 8000)
            return s.banner(t, r)
        return Base.start(s, t, r, after)

    def stop(s, t, r):
        if s.json_mode:
            return s.seq(t, r, ['Shutting down...'], lambda tt, m: s.L(tt, 'info', m, builds=len(s.jobs))) + \
                s.seq(t + 900000, r, ['All workers stopped. Can exit now'], lambda tt, m: s.L(tt, 'info', m, builds=0))
        return Base.stop(s, t, r)

    def stop_lines(s, t, r):
        return s.seq(t, r, [('Received signal: terminated', {}), ('Shutting down...', {'builds': len(s.jobs)}),
                            ('All workers stopped. Can exit now', {'builds': 0})],
                     lambda tt, m: s.L(tt, 'warning' if 'signal' in m[0] else 'info', m[0], **m[1]), 500, 60000)

    def periodic(s):
        def idle(t, r):
            if s.major >= 15 and r.random() < 0.5:
                return None
            return None
        return ()


class GitLabRunnerJSON(GitLabRunner):
    name = 'GitLab Runner (JSON)'
    json_mode = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'http_5xx', 'panic', 'disk_full')
    years = (2020, 2026)


class Buildkite(Base):
    name = 'Buildkite agent'
    fname = 'buildkite-agent.log'
    low = (4, 14)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'disk_full', 'panic')
    raw_crash = True

    def setup(s, r):
        s.ts = mk(s.tz, P_SP, 0)
        s.ver = {2018: '3.5.4', 2019: '3.17.0', 2020: '3.26.0', 2021: '3.33.3', 2022: '3.41.0', 2023: '3.59.0',
                 2024: '3.84.0', 2025: '3.95.1', 2026: '3.101.0'}[s.year]
        base = s.host
        s.agents = [f"{base}-{i}" for i in range(1, r.choice((2, 4, 6)) + 1)]
        s.org = r.choice(['acme', 'example-inc', 'widgets'])
        s.pipes = ['api', 'web-app', 'infra', 'mobile-release', 'data-pipeline']
        s.build = r.randint(1000, 90000)
        s.running = {}
        s.waitmsg = 'Waiting for instructions...' if s.year >= 2023 else 'Waiting for work...'

    def L(s, t, lvl, msg):
        return f"{s.ts(t)} {lvl:<6} {msg}"

    def norm(s, t, r, L, bad):
        a = r.choice(s.agents)
        j = s.running.get(a)
        if j is None:
            if r.random() < 0.3:
                return s.L(t, 'INFO', f"{a} {s.waitmsg}")
            s.build += r.randint(0, 3)
            j = s.running[a] = [uuid(r), r.choice(s.pipes), s.build, 0]
            return s.L(t, 'INFO', f"{a} Assigned job {j[0]}. Accepting...")
        j[3] += 1
        url = f"https://buildkite.com/{s.org}/{j[1]}/builds/{j[2]}"
        if j[3] == 1:
            return s.L(t, 'INFO', f"{a} Starting job {j[0]} for build at {url}")
        if j[3] < 4 and r.random() < 0.5:
            return s.L(t, 'INFO', f"{a} Uploading {r.randint(1, 40)} files that match \"{r.choice(['dist/**/*', 'coverage/*.xml', 'build/reports/**/*', 'tmp/*.log'])}\"")
        del s.running[a]
        return s.L(t, 'INFO', f"{a} Finished job {j[0]} for build at {url}")

    def warn(s, t, r):
        a = r.choice(s.agents)
        return s.L(t, 'WARN', f"{a} POST https://agent.buildkite.com/v3/jobs/{uuid(r)}/chunks?sequence={r.randint(2, 900)}&offset={r.randint(1000, 900000)}&size={r.randint(10, 90000)}: 502 Bad Gateway (Attempt 1/10 Retrying in 5s)")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'ERROR', f"{r.choice(s.agents)} Failed to upload artifact \"coverage/lcov.info\": PUT https://buildkiteartifacts.com/{uuid(r)}: 403 Forbidden")

        def e1(t, r):
            return s.L(t, 'WARN', f"{r.choice(s.agents)} Job {uuid(r)} was canceled, stopping process")

        def e2(t, r):
            return s.L(t, 'ERROR', f"{r.choice(s.agents)} Failed to find any files matching pattern \"test-results/*.xml\"")
        return [e0, e1, e2]

    def retry(s, t, r):
        a = r.choice(s.agents)
        n = r.randint(1, 60)
        return s.L(t, 'WARN', f"{a} POST https://agent.buildkite.com/v3/ping: dial tcp: lookup agent.buildkite.com on 127.0.0.53:53: read udp 127.0.0.1:{r.randint(30000, 60000)}->127.0.0.53:53: i/o timeout (Attempt {n}/60 Retrying in 5s)")

    def newerr(s, t, r):
        a = r.choice(s.agents)
        return s.L(t, 'ERROR', f"{a} Error running job: error starting process: fork/exec /usr/bin/bash: resource temporarily unavailable")

    def disk(s, t, r):
        a = r.choice(s.agents)
        return s.L(t, 'ERROR', f"{a} Failed to write job log chunk: write /var/lib/buildkite-agent/builds/{a}/{s.org}/{r.choice(s.pipes)}/.git/objects/pack/tmp_pack_{hx(r, 6)}: no space left on device")

    def crash(s, t, r, kind):
        frames = [("github.com/buildkite/agent/v3/agent.(*JobRunner).streamJobLogsAfterProcessStart",
                   "/go/src/github.com/buildkite/agent/agent/job_runner.go"),
                  ("github.com/buildkite/agent/v3/agent.(*AgentWorker).Start",
                   "/go/src/github.com/buildkite/agent/agent/agent_worker.go")]
        return [(t, '\n'.join(go_panic(r, frames)))]

    def banner(s, t, r):
        s.running = {}
        msgs = [('NOTICE', f"Starting buildkite-agent v{s.ver} with PID: {s.pid(t)}"),
                ('NOTICE', 'The agent source code can be found here: https://github.com/buildkite/agent'),
                ('NOTICE', 'For questions and support, email us at: hello@buildkite.com'),
                ('INFO', 'Configuration loaded path=/etc/buildkite-agent/buildkite-agent.cfg'),
                ('INFO', 'Registering agent with Buildkite...')]
        for a in s.agents:
            msgs.append(('INFO', f"Successfully registered agent \"{a}\" with tags [queue=default os=linux]"))
        for a in s.agents:
            msgs.append(('INFO', f"{a} Connecting to Buildkite..."))
            msgs.append(('INFO', f"{a} {s.waitmsg}"))
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1]), 50, 900000)

    def start(s, t, r, after):
        return s.banner(t + r.randint(2, 20) * US, r)

    def stop(s, t, r):
        msgs = [('NOTICE', 'Received signal `terminated`')] + [('INFO', f"{a} Gracefully stopping agent. Since there is no job running, the agent will disconnect immediately") for a in s.agents] + \
            [('INFO', f"{a} Disconnecting...") for a in s.agents] + [('INFO', f"{a} Disconnected") for a in s.agents]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1]), 100, 300000)


GRADLE_VER = {2018: '4.10.2', 2019: '5.6.2', 2020: '6.7.1', 2021: '7.3.3', 2022: '7.6', 2023: '8.5', 2024: '8.10.2', 2025: '8.14', 2026: '9.2.1'}


class GradleDaemon(Base):
    name = 'Gradle daemon'
    weight = 0.9
    absolute = True
    nd = 3
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence', 'disk_full')

    def setup(s, r):
        s.win = r.random() < 0.3
        s.crlf = s.win
        s.ts = mk(s.tz, P_ISO, 3, suf=lambda d: off(d))
        s.ver = GRADLE_VER[s.year]
        s.fname = f"daemon-{s.pids[0]}.out.log"
        s.home = 'C:\\Users\\ci\\.gradle' if s.win else '/home/ci/.gradle'
        s.dir = 'C:\\builds\\app' if s.win else '/builds/app'
        s.mods = ['app', 'core', 'api', 'model', 'web', 'common']
        s.tasks = ['compileJava', 'processResources', 'classes', 'compileTestJava', 'test', 'jar', 'compileKotlin', 'checkstyleMain', 'javadoc']
        s.state = 0

    def L(s, t, lvl, cat, msg):
        return f"{s.ts(t)} [{lvl}] [{cat}] {msg}"

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.45:
            return s.L(t, 'LIFECYCLE', 'class org.gradle.internal.buildevents.TaskExecutionLogger',
                       f"> Task :{r.choice(s.mods)}:{r.choice(s.tasks)}{r.choice(['', '', ' UP-TO-DATE', ' FROM-CACHE', ' NO-SOURCE'])}")
        if x < 0.6:
            return s.L(t, 'DEBUG', 'org.gradle.launcher.daemon.server.DaemonStateCoordinator',
                       r.choice(['Daemon is busy, sleeping until state changes.', 'resetting idle timer',
                                 'Command execution: started DaemonCommandExecution[command = Build{id=%s, currentDir=%s}, connection = DefaultDaemonConnection: socket connection from /127.0.0.1:%d to /127.0.0.1:%d] after 0.0 minutes of idle'
                                 % (uuid(r), s.dir, r.randint(40000, 60000), r.randint(40000, 60000))]))
        if x < 0.72:
            return s.L(t, 'DEBUG', 'org.gradle.launcher.daemon.server.SynchronizedDispatchConnection',
                       f"thread {r.randint(20, 400)}: dispatching class org.gradle.launcher.daemon.protocol.{r.choice(['BuildEvent', 'OutputMessage', 'Success', 'BuildStarted'])}")
        if x < 0.8:
            return s.L(t, 'INFO', 'org.gradle.launcher.daemon.server.DefaultIncomingConnectionHandler',
                       f"Received command: Build{{id={uuid(r)}, currentDir={s.dir}}}.")
        if x < 0.88:
            return s.L(t, 'DEBUG', 'org.gradle.launcher.daemon.server.DaemonRegistryUpdater',
                       f"Marking the daemon as {r.choice(['busy', 'idle'])}, address: [{uuid(r)} port:{r.randint(35000, 45000)}, addresses:[localhost/127.0.0.1]]")
        if x < 0.94:
            return s.L(t, 'LIFECYCLE', 'org.gradle.internal.buildevents.BuildResultLogger',
                       f"BUILD SUCCESSFUL in {int(lognorm(r, 40, 0.7))}s")
        return s.L(t, 'INFO', 'org.gradle.launcher.daemon.server.exec.ForwardClientInput', "Closing daemon's stdin at end of input.")

    def warn(s, t, r):
        return s.L(t, 'WARN', 'org.gradle.internal.deprecation.DeprecatedFeatureUsage',
                   "Deprecated Gradle features were used in this build, making it incompatible with Gradle %s." % (str(int(s.ver.split('.')[0]) + 1) + '.0'))

    def errs(s):
        def e0(t, r):
            return s.L(t, 'ERROR', 'org.gradle.internal.buildevents.BuildExceptionReporter',
                       f"Execution failed for task ':{r.choice(s.mods)}:test'.")

        def e1(t, r):
            return s.L(t, 'ERROR', 'org.gradle.internal.buildevents.BuildExceptionReporter',
                       f"Could not resolve all files for configuration ':{r.choice(s.mods)}:compileClasspath'.")

        def e2(t, r):
            return s.L(t, 'LIFECYCLE', 'org.gradle.internal.buildevents.BuildResultLogger',
                       f"BUILD FAILED in {int(lognorm(r, 30, 0.6))}s")
        return [e0, e1, e2]

    def retry(s, t, r):
        return s.L(t, 'INFO', 'org.gradle.internal.resource.transport.http.HttpClientHelper',
                   f"Received status code 503 from server: Service Unavailable, retrying GET https://repo.maven.apache.org/maven2/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.pom (attempt {r.randint(2, 3)} of 3)")

    def newerr(s, t, r):
        return s.L(t, 'ERROR', 'org.gradle.internal.buildevents.BuildExceptionReporter',
                   f"Unable to make progress running work. There are items queued for execution but none of them can be started")

    def disk(s, t, r):
        m = r.choice(s.mods)
        p = f"{s.dir}\\{m}\\build\\tmp\\compileJava\\previous-compilation-data.bin" if s.win else f"{s.dir}/{m}/build/tmp/compileJava/previous-compilation-data.bin"
        return s.L(t, 'ERROR', 'org.gradle.internal.buildevents.BuildExceptionReporter',
                   f"java.io.IOException: No space left on device (while writing {p})")

    def stop(s, t, r):
        return []

    def start(s, t, r, after):
        return []


def tc_cat(c):
    return c[-30:].rjust(30)


class TeamCity(Base):
    name = 'TeamCity server'
    fname = 'teamcity-server.log'
    weight = 0.9
    nd = 3
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill')

    def setup(s, r):
        s.win = r.random() < 0.3
        s.crlf = s.win
        s.ts = mk(s.tz, lambda d: '[' + P_SP(d), 3, ',', suf=lambda d: ']')
        s.ver = {2018: ('2018.1.3', 58658), 2019: ('2019.1.4', 66526), 2020: ('2020.2.1', 85899), 2021: ('2021.2.3', 99711),
                 2022: ('2022.10.1', 116934), 2023: ('2023.11.3', 147512), 2024: ('2024.07.3', 160765),
                 2025: ('2025.03.3', 186049), 2026: ('2025.11.1', 197398)}[s.year]
        s.bts = [f"{p}_{b}" for p in ('Backend', 'Frontend', 'Mobile', 'Infra') for b in ('Build', 'Test', 'Deploy')]
        s.agents = [f"agent-{i:02d}" for i in range(1, r.randint(4, 14))]
        s.bid = r.randint(100000, 900000)
        s.running = []

    def L(s, t, lvl, cat, msg):
        return f"{s.ts(t)} {lvl:>6} - {tc_cat(cat)} - {msg}"

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.25 or not s.running:
            s.bid += r.randint(1, 5)
            b = (s.bid, r.choice(s.bts), r.choice(s.agents))
            s.running.append(b)
            if len(s.running) > 30:
                s.running.pop(0)
            return s.L(t, 'INFO', 'jetbrains.buildServer.ACTIVITIES',
                       f"Build started; Running build {{id={b[0]}, buildTypeId={b[1]}}}, agent: \"{b[2]}\"")
        if x < 0.45:
            b = s.running.pop(r.randrange(len(s.running)))
            d = int(lognorm(r, 180, 0.8))
            return s.L(t, 'INFO', 'jetbrains.buildServer.ACTIVITIES',
                       f"Build finished; Finished build {{id={b[0]}, buildTypeId={b[1]}}}, status: {r.choice(['SUCCESS'] * 8 + ['FAILURE'])}, duration: {d // 60}m {d % 60}s")
        if x < 0.75:
            return s.L(t, 'INFO', 'jetbrains.buildServer.VCS',
                       f"Finished collecting changes for {r.randint(1, 4)} VCS root(s) in {int(lognorm(r, 300, 0.8))}ms, found {r.choice([0, 0, 0, 1, 2])} changes")
        if x < 0.9:
            return s.L(t, 'INFO', 'jetbrains.buildServer.serverSide.impl.BuildQueueImpl',
                       f"Build promotion {{id={s.bid + r.randint(1, 9)}, configuration={{id={r.choice(s.bts)}}}}} added to queue, triggered by 'VCS Trigger'")
        return s.L(t, 'INFO', 'jetbrains.buildServer.AGENT',
                   f"Agent \"{r.choice(s.agents)}\" {{id={r.randint(1, 40)}, host=\"{s.sc.ip(r)}:9090\", protocol=\"unidirectional\"}} has been registered")

    def warn(s, t, r):
        return s.L(t, 'WARN', 'jetbrains.buildServer.AGENT',
                   f"Agent \"{r.choice(s.agents)}\" has not sent ping for more than 2 minutes, it will be unregistered if no ping received within 3 minutes")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'WARN', 'jetbrains.buildServer.VCS',
                       f"Error collecting changes for VCS root 'https://git.example.com/app.git#refs/heads/main': jetbrains.buildServer.vcs.VcsException: Failed to perform checking for changes: 'git fetch' command failed.")

        def e1(t, r):
            return s.L(t, 'ERROR', 'jetbrains.buildServer.SERVER',
                       f"Failed to send notification to user 'ops': javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25")

        def e2(t, r):
            return s.L(t, 'WARN', 'jetbrains.buildServer.serverSide.impl.auth.ServerAuthUtil',
                       f"Failed to authenticate user 'deploy-bot' via token: token expired")
        return [e0, e1, e2]

    def retry(s, t, r):
        return s.L(t, 'WARN', 'jetbrains.buildServer.serverSide.db.DBFunctions',
                   f"Failed to obtain database connection, will retry in 5 seconds (attempt {r.randint(1, 20)}): org.postgresql.util.PSQLException: Connection to db.example.com:5432 refused.")

    def newerr(s, t, r):
        return s.L(t, 'ERROR', 'jetbrains.buildServer.serverSide.artifacts.ArtifactsGuard',
                   f"Failed to publish artifacts of build {s.bid}: java.net.SocketTimeoutException: Read timed out\n"
                   f"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"
                   f"\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)")

    def crash(s, t, r, kind):
        txt = s.L(t, 'ERROR', 'jetbrains.buildServer.SERVER', 'Unhandled exception in thread "TeamCity Executor 12": java.lang.OutOfMemoryError: Java heap space') + \
            '\njava.lang.OutOfMemoryError: Java heap space\n' + '\n'.join('\tat ' + f for f in JAVA_OOM_FRAMES)
        t2 = t + r.randint(200, 3000) * 1000
        txt2 = s.L(t2, 'ERROR', 'jetbrains.buildServer.SERVER', 'Server is shutting down because of OutOfMemoryError; heap dump written to ' +
                   ('C:\\TeamCity\\logs\\java_pid%d.hprof' % s.pid(t) if s.win else '/opt/teamcity/logs/java_pid%d.hprof' % s.pid(t)))
        return [(t, txt), (t2, txt2)]

    def down(s, r):
        return r.randint(30, 120) * US

    def start(s, t, r, after):
        os_ = 'Windows Server 2019, version 10.0, amd64' if s.win else 'Linux, version 5.15.0-91-generic, amd64'
        o = off(__import__('datetime').datetime.fromtimestamp(t // US, s.tz), True)
        msgs = [('jetbrains.buildServer.STARTUP', '=========================================================='),
                ('jetbrains.buildServer.STARTUP', 'Starting TeamCity server'),
                ('jetbrains.buildServer.STARTUP', f"TeamCity version: {s.ver[0]} (build {s.ver[1]}), data format version {1000 + s.year % 100}"),
                ('jetbrains.buildServer.STARTUP', f"OS: {os_}, Current user: {'SYSTEM' if s.win else 'tcuser'}, Time zone: {s.sc.tzname} (UTC{o})"),
                ('jetbrains.buildServer.STARTUP', 'Java: 17.0.9, OpenJDK 64-Bit Server VM (17.0.9+9-LTS, mixed mode), OpenJDK Runtime Environment (17.0.9+9-LTS), Amazon.com Inc.; JVM parameters: -Xmx4g -XX:ReservedCodeCacheSize=640m -Dteamcity.configuration.path=../conf/teamcity-startup.properties'),
                ('jetbrains.buildServer.STARTUP', 'Server IP addresses: ' + s.sc.ip(r)),
                ('jetbrains.buildServer.STARTUP', 'Starting database migration check...'),
                ('jetbrains.buildServer.STARTUP', 'TeamCity server is running (startup took %d seconds)' % r.randint(40, 160))]
        s.running = []
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', m[0], m[1]), 100, 15000000)

    def stop(s, t, r):
        msgs = ['Received shutdown request', 'Stopping TeamCity server...', 'Stopping build agents communication...',
                'TeamCity server stopped']
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', 'jetbrains.buildServer.SERVER', m), 100, 8000000)

    def periodic(s):
        def clean(t, r):
            return s.L(t, 'INFO', 'jetbrains.buildServer.serverSide.impl.cleanup.ServerCleanupManager',
                       'Disk usage watcher: artifacts directory has %d%% free space' % r.randint(35, 80))
        return ((600, clean),)
