"""Deployment / configuration-management formats: Terraform TF_LOG, Puppet agent, Chef client, Salt minion,
Argo CD application controller, Flux kustomize-controller, Nomad client (journald)."""
import json
from datetime import datetime
from base import (Base, mk, off, P_ISO, P_SP, hx, uuid, ip, lognorm, wpick, go_panic, US, MON)

AWS_OPS = [('EC2', 'DescribeInstances', 'aws_instance'), ('EC2', 'DescribeSecurityGroups', 'aws_security_group'),
           ('S3', 'GetBucketPolicy', 'aws_s3_bucket'), ('S3', 'HeadBucket', 'aws_s3_bucket'),
           ('IAM', 'GetRole', 'aws_iam_role'), ('IAM', 'ListAttachedRolePolicies', 'aws_iam_role'),
           ('RDS', 'DescribeDBInstances', 'aws_db_instance'), ('Route 53', 'ListResourceRecordSets', 'aws_route53_record'),
           ('EKS', 'DescribeCluster', 'aws_eks_cluster'), ('EC2', 'DescribeVpcs', 'aws_vpc')]
TF_VER = {2020: ('0.14.3', '3.22.0', 'go1.15.2'), 2021: ('1.0.11', '3.74.0', 'go1.16.4'), 2022: ('1.3.6', '4.48.0', 'go1.19.3'),
          2023: ('1.5.7', '5.17.0', 'go1.20.7'), 2024: ('1.7.4', '5.40.0', 'go1.21.5'), 2025: ('1.10.5', '5.94.1', 'go1.23.3'),
          2026: ('1.13.4', '6.14.0', 'go1.24.6')}


class Terraform(Base):
    name = 'Terraform (TF_LOG)'
    fname = 'terraform.log'
    weight = 0.7
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'latency_shift', 'http_5xx',
             'panic', 'disk_full')
    raw_crash = True

    def setup(s, r):
        s.old = s.year < 2020
        if s.old:
            s.ts = mk(s.tz, lambda d: f"{d.year:04d}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}:", 0)
            s.nd = 0
            s.tfv, s.awsv, s.gov = ('0.11.14', '2.70.0', 'go1.12.4')
            s.prov = f"plugin.terraform-provider-aws_v{s.awsv}_x4"
            s.kinds = tuple(k for k in Terraform.kinds if k not in ('http_5xx', 'latency_shift'))
        else:
            s.ts = mk(s.tz, P_ISO, 3, suf=lambda d: off(d))
            s.nd = 3
            s.absolute = True
            s.tfv, s.awsv, s.gov = TF_VER[s.year]
            s.prov = f"provider.terraform-provider-aws_v{s.awsv}_x5"
        s.region = r.choice(['eu-central-1', 'us-east-1', 'eu-west-1', 'ap-south-1', 'ap-southeast-2', 'sa-east-1'])
        s.sdk = 'aws-sdk-go-v2' if s.year >= 2023 else 'aws-sdk-go'
        s.req = uuid(r)

    def L(s, t, lvl, msg):
        if s.old:
            return f"{s.ts(t)} [{lvl}] {msg}"
        return f"{s.ts(t)} {'[' + lvl + ']':<7} {msg}"

    def tail(s, t, op):
        return (f"tf_provider_addr=registry.terraform.io/hashicorp/aws tf_req_id={s.req} tf_resource_type={op[2]} "
                f"tf_rpc=ReadResource timestamp={s.ts(t)}")

    def norm(s, t, r, L, bad):
        op = r.choice(AWS_OPS)
        if s.old:
            x = r.random()
            if x < 0.6:
                return s.L(t, 'DEBUG', f"{s.prov}: {s.ts(t)} [DEBUG] [aws-sdk-go] DEBUG: {'Request' if x < 0.3 else 'Response'} {op[0].lower().replace(' ', '')}/{op[1]} Details:")
            if x < 0.8:
                return s.L(t, 'TRACE', f"dag/walk: vertex \"{op[2]}.{r.choice(['main', 'this', 'web', 'logs'])}\" is waiting for \"provider.aws\"")
            return s.L(t, 'DEBUG', f"ReferenceTransformer: \"{op[2]}.{r.choice(['main', 'this', 'web'])}\" references: []")
        x = r.random()
        if x < 0.08:
            s.req = uuid(r)
            return s.L(t, 'DEBUG', f"{s.prov}: HTTP Request Sent: @caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.0.0-beta.{s.year - 1980}/logging/tf_logger.go:45 "
                       f"@module=aws aws.operation={op[1]} aws.region={s.region} aws.sdk={s.sdk} aws.service=\"{op[0]}\" "
                       f"http.method=POST http.url=https://{op[0].lower().replace(' ', '')}.{s.region}.amazonaws.com/ " + s.tail(t, op))
        if x < 0.75:
            if r.random() < bad:
                code = r.choice((500, 502, 503, 503))
            else:
                code = 200 if r.random() > 0.004 else r.choice((400, 403, 404))
            d = int(lognorm(r, 180, 0.55) * L) + 8
            return s.L(t, 'DEBUG', f"{s.prov}: HTTP Response Received: @caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.0.0-beta.{s.year - 1980}/logging/tf_logger.go:45 "
                       f"@module=aws aws.operation={op[1]} aws.region={s.region} aws.sdk={s.sdk} aws.service=\"{op[0]}\" "
                       f"http.duration={d} http.response.header.x_amzn_requestid={uuid(r)} http.status_code={code} " + s.tail(t, op))
        if x < 0.85:
            return s.L(t, 'TRACE', f"vertex \"{op[2]}.{r.choice(['main', 'this', 'web', 'logs'])}\": visit complete")
        if x < 0.93:
            return s.L(t, 'DEBUG', f"ReferenceTransformer: \"{op[2]}.{r.choice(['main', 'this', 'web'])}\" references: []")
        return s.L(t, 'INFO', f"{s.prov}: {op[2]}.{r.choice(['main', 'this', 'web'])}: Refreshing state... [id={hx(r, 17)}]")

    def warn(s, t, r):
        return s.L(t, 'WARN', f"Provider \"registry.terraform.io/hashicorp/aws\" produced an invalid plan for aws_s3_bucket.{r.choice(['logs', 'assets', 'backups'])}, but we are tolerating it because it is using the legacy plugin SDK.")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'ERROR', f"{s.prov}: Response contains error diagnostic: @caller=github.com/hashicorp/terraform-plugin-go@v0.{s.year - 2000}.0/tfprotov5/internal/diag/diagnostics.go:58 "
                       f"@module=sdk.proto diagnostic_detail= diagnostic_severity=ERROR diagnostic_summary=\"reading EC2 Instance (i-{hx(r, 17)}): couldn't find resource\" "
                       f"tf_proto_version=5.4 tf_provider_addr=registry.terraform.io/hashicorp/aws tf_req_id={uuid(r)} tf_resource_type=aws_instance tf_rpc=ReadResource")

        def e1(t, r):
            return s.L(t, 'ERROR', f"Checkpoint error: Get \"https://checkpoint-api.hashicorp.com/v1/check/terraform?arch=amd64&os=linux&signature=&version={s.tfv}\": dial tcp: lookup checkpoint-api.hashicorp.com: i/o timeout")

        def e2(t, r):
            return s.L(t, 'ERROR', f"Error acquiring the state lock: ConditionalCheckFailedException: The conditional request failed")
        return [e0, e1, e2]

    def retry(s, t, r):
        op = r.choice(AWS_OPS)
        return s.L(t, 'DEBUG', f"{s.prov}: [aws-sdk-go] DEBUG: Retrying Request {op[0].lower().replace(' ', '')}/{op[1]}, attempt {r.randint(2, 25)}")

    def newerr(s, t, r):
        return s.L(t, 'ERROR', f"vertex \"aws_autoscaling_group.workers\" error: waiting for Auto Scaling Group (workers-{hx(r, 6)}) capacity satisfied: scaling activity ({uuid(r)}): Failed: InsufficientInstanceCapacity")

    def disk(s, t, r):
        return s.L(t, 'ERROR', f"backend/local: failed to write state snapshot: write terraform.tfstate.{r.randint(1, 9)}.backup: no space left on device")

    def crash(s, t, r, kind):
        frames = [("github.com/hashicorp/terraform/internal/terraform.(*NodeApplyableResourceInstance).managedResourceExecute",
                   "/home/runner/work/terraform/terraform/internal/terraform/node_resource_apply_instance.go"),
                  ("github.com/hashicorp/terraform/internal/terraform.(*ContextGraphWalker).Execute",
                   "/home/runner/work/terraform/terraform/internal/terraform/graph_walk_context.go")]
        lines = ['!!!!!!!!!!!!!!!!!!!!!!!!!!! TERRAFORM CRASH !!!!!!!!!!!!!!!!!!!!!!!!!!!!', '',
                 'Terraform crashed! This is always indicative of a bug within Terraform.',
                 'Please report the crash with Terraform[1] so that we can fix this.', '',
                 'When reporting bugs, please include your terraform version, the stack trace',
                 'shown below, and any additional information which may help replicate the issue.', '',
                 '[1]: https://github.com/hashicorp/terraform/issues', '',
                 '!!!!!!!!!!!!!!!!!!!!!!!!!!! TERRAFORM CRASH !!!!!!!!!!!!!!!!!!!!!!!!!!!!', ''] + go_panic(r, frames)
        return [(t, '\n'.join(lines))]

    def down(s, r):
        return r.randint(20, 240) * US

    def banner(s, t, r):
        s.req = uuid(r)
        if s.old:
            msgs = [('INFO', f"Terraform version: {s.tfv}  "), ('INFO', f"Go runtime version: {s.gov}"),
                    ('INFO', 'CLI args: []string{"/usr/local/bin/terraform", "plan", "-input=false", "-out=tfplan"}'),
                    ('DEBUG', 'Attempting to open CLI config file: /root/.terraformrc'),
                    ('DEBUG', 'File doesn\'t exist, but doesn\'t need to. Ignoring.'),
                    ('INFO', 'CLI command args: []string{"plan", "-input=false", "-out=tfplan"}')]
        else:
            msgs = [('INFO', f"Terraform version: {s.tfv}"), ('DEBUG', f"using github.com/hashicorp/go-tfe v1.{s.year - 1990}.0"),
                    ('DEBUG', f"using github.com/hashicorp/hcl/v2 v2.{s.year - 2004}.0"),
                    ('INFO', f"Go runtime version: {s.gov}"),
                    ('INFO', 'CLI args: []string{"terraform", "plan", "-input=false", "-out=tfplan"}'),
                    ('DEBUG', 'Attempting to open CLI config file: /home/ci/.terraformrc'),
                    ('INFO', 'Loading CLI configuration from /home/ci/.terraformrc'),
                    ('DEBUG', 'checking for credentials in "/home/ci/.terraform.d/plugins"'),
                    ('INFO', 'provider: configuring client automatic mTLS'),
                    ('DEBUG', f"provider: starting plugin: path=.terraform/providers/registry.terraform.io/hashicorp/aws/{s.awsv}/linux_amd64/terraform-provider-aws_v{s.awsv}_x5 args=[\".terraform/providers/registry.terraform.io/hashicorp/aws/{s.awsv}/linux_amd64/terraform-provider-aws_v{s.awsv}_x5\"]"),
                    ('DEBUG', f"provider: plugin started: path=.terraform/providers/registry.terraform.io/hashicorp/aws/{s.awsv}/linux_amd64/terraform-provider-aws_v{s.awsv}_x5 pid={s.pid(t) + 17}")]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1]), 100, 30000)

    def start(s, t, r, after):
        return s.banner(t, r)

    def stop(s, t, r):
        msgs = [('DEBUG', 'provider.stdio: received EOF, stopping recv loop: err="rpc error: code = Unavailable desc = error reading from server: EOF"'),
                ('DEBUG', f"provider: plugin process exited: path=.terraform/providers/registry.terraform.io/hashicorp/aws/{s.awsv}/linux_amd64/terraform-provider-aws_v{s.awsv}_x5 pid={s.pid(t) + 17}"),
                ('DEBUG', 'provider: plugin exited')]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1]), 100, 3000)

    def periodic(s):
        def run(t, r):
            return s.banner(t, r)
        return ((780, run),)


class Puppet(Base):
    name = 'Puppet agent (journald)'
    fname = 'puppet-agent.log'
    ident = 'puppet-agent'
    unit = 'puppet.service'
    desc = 'Puppet agent'
    low = (1.5, 5)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'oom_kill')

    def setup(s, r):
        s.jsetup(r)
        s.fqdn = f"{s.host}.{s.sc.domain}"
        s.master = r.choice(['puppet', f"puppet.{s.sc.domain}", f"puppetserver-01.{s.sc.domain}"])
        s.ver = {2018: '5.5.8', 2019: '6.4.2', 2020: '6.19.1', 2021: '7.12.1', 2022: '7.21.0', 2023: '7.26.0',
                 2024: '8.4.0', 2025: '8.10.0', 2026: '8.16.0'}[s.year]
        s.res = ['File[/etc/motd]', 'Service[ntpd]', 'Package[htop]', 'File[/etc/ssh/sshd_config]', 'Exec[apt_update]',
                 'File[/etc/sudoers.d/ops]', 'Service[node_exporter]', 'Cron[logrotate-app]']
        s.cls = ['Profile::Base', 'Ntp::Service', 'Ssh::Config', 'Profile::Monitoring', 'Apt::Update']

    def norm(s, t, r, L, bad):
        res = r.choice(s.res)
        c = r.choice(s.cls)
        if res.startswith('File'):
            return s.J(t, f"(/Stage[main]/{c}/{res}/content) content changed '{{md5}}{hx(r, 32)}' to '{{md5}}{hx(r, 32)}'")
        if res.startswith('Service'):
            return s.J(t, f"(/Stage[main]/{c}/{res}) Triggered 'refresh' from 1 event")
        if res.startswith('Exec'):
            return s.J(t, f"(/Stage[main]/{c}/{res}/returns) executed successfully")
        return s.J(t, f"(/Stage[main]/{c}/{res}/ensure) created")

    def warn(s, t, r):
        return s.J(t, "Unable to fetch my node definition, but the agent run will continue:")

    def errs(s):
        def e0(t, r):
            return s.J(t, f"(/Stage[main]/Profile::Base/Exec[apt_update]/returns) change from 'notrun' to ['0'] failed: '/usr/bin/apt-get update' returned 100 instead of one of [0]")

        def e1(t, r):
            return s.J(t, f"Could not retrieve fact='ec2_metadata', resolution='<anonymous>': execution expired")

        def e2(t, r):
            return s.J(t, f"(/Stage[main]/Profile::Monitoring/Service[node_exporter]) Dependency Package[node-exporter] has failures: true")
        return [e0, e1, e2]

    def retry(s, t, r):
        return s.J(t, f"Connection to https://{s.master}:8140/puppet/v3 failed, trying next route: Request to https://{s.master}:8140/puppet/v3 timed out connect operation after {r.choice(['120.001', '120.003', '120.000'])} seconds")

    def newerr(s, t, r):
        return s.J(t, f"Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error: Evaluation Error: Error while evaluating a Function Call, Lookup of key 'profile::app::db_password' failed: DataBinding 'hiera': Unable to decrypt value (file: /etc/puppetlabs/code/environments/production/modules/profile/manifests/app.pp, line: {r.randint(10, 90)}, column: 3) on node {s.fqdn}")

    def disk(s, t, r):
        return s.J(t, f"(/Stage[main]/{r.choice(s.cls)}/{r.choice(s.res[:1] + s.res[3:4] + s.res[5:6])}) Could not back up /etc/{r.choice(['motd', 'ssh/sshd_config', 'sudoers.d/ops'])}: No space left on device @ io_write - /opt/puppetlabs/puppet/cache/clientbucket/{hx(r, 1)}/{hx(r, 1)}/{hx(r, 32)}/contents")

    def periodic(s):
        def run(t, r):
            out = []
            msgs = ['Retrieving pluginfacts', 'Retrieving plugin', 'Loading facts']
            if s.year >= 2020:
                msgs += [f"Requesting catalog from {s.master}:8140 ({s.sc.ip_gl})", f"Catalog compiled by {s.master}"]
            msgs += [f"Caching catalog for {s.fqdn}", f"Applying configuration version '{t // US}'"]
            for m in msgs:
                out.append((t, s.J(t, m)))
                t += r.randint(300000, 4000000)
            t += r.randint(1, 30) * US
            out.append((t, s.J(t, f"Applied catalog in {lognorm(r, 9, 0.5):.2f} seconds")))
            return out
        return ((1800, run),)

    def banner(s, t, r):
        return [(t, s.J(t, f"Starting Puppet client version {s.ver}"))]


class Chef(Base):
    name = 'Chef Infra client'
    fname = 'client.log'
    absolute = True
    low = (1.5, 6)
    kinds = ('error_burst', 'new_error', 'retry_storm', 'disk_full')

    def setup(s, r):
        s.ts = mk(s.tz, lambda d: '[' + P_ISO(d), 0, suf=lambda d: off(d, True) + ']')
        s.ver = {2018: '14.5.33', 2019: '15.4.45', 2020: '16.6.14', 2021: '17.6.18', 2022: '17.10.0', 2023: '18.2.7',
                 2024: '18.4.12', 2025: '18.7.3', 2026: '19.1.2'}[s.year]
        s.infra = s.year >= 2020
        s.fqdn = f"{s.host}.{s.sc.domain}"
        s.srv = f"https://chef.{s.sc.domain}/organizations/{r.choice(['acme', 'ops', 'prod'])}"
        s.res = [('template[/etc/nginx/nginx.conf]', 'nginx::default', 22), ('service[nginx]', 'nginx::default', 40),
                 ('package[openssl]', 'base::packages', 12), ('file[/etc/motd]', 'base::default', 7),
                 ('execute[systemctl daemon-reload]', 'app::service', 31), ('user[deploy]', 'base::users', 18),
                 ('remote_file[/opt/app/release.tar.gz]', 'app::deploy', 9), ('directory[/var/log/app]', 'app::default', 5)]

    def L(s, t, lvl, msg):
        return f"{s.ts(t)} {lvl}: {msg}"

    def norm(s, t, r, L, bad):
        res, rec, ln = r.choice(s.res)
        x = r.random()
        if x < 0.6:
            act = 'create' if res.split('[')[0] in ('template', 'file', 'directory', 'user', 'remote_file') else 'install' if res.startswith('package') else 'run' if res.startswith('execute') else 'start'
            return s.L(t, 'INFO', f"Processing {res} action {act} ({rec} line {ln})")
        if x < 0.8:
            what = r.choice(['sending restart action to service[nginx] (delayed)', 'backed up to /var/chef/backup/etc/motd.chef-' + hx(r, 14), 'updated content', "not queuing delayed action restart on service[nginx] (delayed), as it's already been queued"])
            return s.L(t, 'INFO', f"{res} {what}")
        return s.L(t, 'INFO', f"{res} {'created' if x < 0.9 else 'skipped due to only_if'}")

    def warn(s, t, r):
        return s.L(t, 'WARN', f"{s.res[0][0]} {r.choice(['property `variables` should be a Hash', 'cookbook version constraint is deprecated'])}")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'ERROR', f"Server returned error 500 for {s.srv}/reports/nodes/{s.fqdn}/runs, retrying 1/5 in {r.randint(3, 9)}s")

        def e1(t, r):
            return s.L(t, 'ERROR', f"Running exception handlers")

        def e2(t, r):
            return s.L(t, 'WARN', f"Skipping final node save because override_runlist was given")
        return [e0, e1, e2]

    def retry(s, t, r):
        return s.L(t, 'ERROR', f"Connection refused connecting to {s.srv}/nodes/{s.fqdn}, retry {r.randint(1, 5)}/5")

    def newerr(s, t, r):
        return s.L(t, 'ERROR', f"template[/etc/nginx/nginx.conf] (nginx::default line 22) had an error: Chef::Mixin::Template::TemplateError: undefined method `[]' for nil:NilClass")

    def disk(s, t, r):
        return s.L(t, 'ERROR', f"remote_file[/opt/app/release.tar.gz] (app::deploy line 9) had an error: Errno::ENOSPC: No space left on device @ io_write - /var/chef/cache/release.tar.gz-chef-{hx(r, 12)}")

    def periodic(s):
        def run(t, r):
            cl = 'Chef Infra Client' if s.infra else 'Chef'
            msgs = [f"*** {cl} {s.ver} ***", 'Platform: x86_64-linux', f"{'Chef-client' if not s.infra else 'Chef-client'} pid: {s.pid(t)}",
                    'Run List is [role[base], recipe[nginx], recipe[app::deploy]]',
                    'Run List expands to [base::default, base::packages, base::users, nginx::default, app::default, app::deploy, app::service]',
                    f"Starting {cl} Run for {s.fqdn}", 'Running start handlers', 'Start handlers complete.',
                    f"Loading cookbooks [app@{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 20)}, base@2.0.1, nginx@12.2.0]"]
            out = s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'INFO', m), 10000, 900000)
            t = out[-1][0] + int(lognorm(r, 25, 0.4) * US)
            fin = [f"{cl} Run complete in {lognorm(r, 25, 0.4):.6f} seconds", 'Running report handlers', 'Report handlers complete']
            return out + s.seq(t, r, fin, lambda tt, m: s.L(tt, 'INFO', m), 1000, 90000)
        return ((1800, run),)


SALT_VER = {2018: '2018.3.3', 2019: '2019.2.2', 2020: '3001.1', 2021: '3003.3', 2022: '3004.2', 2023: '3006.4',
            2024: '3006.8', 2025: '3007.1', 2026: '3007.6'}
STATES = [('pkg.installed', 'nginx'), ('file.managed', '/etc/nginx/sites-enabled/app.conf'), ('service.running', 'nginx'),
          ('file.managed', '/etc/logrotate.d/app'), ('user.present', 'deploy'), ('cmd.run', 'systemctl daemon-reload'),
          ('pkg.latest', 'openssl'), ('file.directory', '/srv/app/releases')]


class Salt(Base):
    name = 'Salt minion'
    fname = 'minion'
    nd = 3
    weight = 0.6
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'latency_shift')

    def setup(s, r):
        s.ts = mk(s.tz, P_SP, 3, ',')
        s.jid0 = None
        s.job = 0
        s.jpid = s.pids[0] + 10
        s.master = f"salt.{s.sc.domain}"
        s.ver = SALT_VER[s.year]

    def L(s, t, name, line, lvl, pid, msg):
        return f"{s.ts(t)} [{name:<17}:{line:<4}][{lvl:<8}][{pid}] {msg}"

    def jid(s, t):
        d = datetime.fromtimestamp(t // US, s.tz)
        return f"{d:%Y%m%d%H%M%S}{t % US:06d}"

    def norm(s, t, r, L, bad):
        x = r.random()
        if x < 0.04 or s.jid0 is None:
            s.jid0 = s.jid(t)
            s.jpid = s.pid(t) + r.randint(1, 3000)
            return s.L(t, 'salt.minion', 1652 if s.year < 2023 else 1652, 'INFO', s.pid(t),
                       f"User {r.choice(['root', 'sudo_ops', 'root'])} Executing command {r.choice(['state.apply', 'state.highstate', 'state.apply'])} with jid {s.jid0}")
        if x < 0.07:
            return s.L(t, 'salt.minion', 1706, 'INFO', s.pid(t), f"Starting a new job {s.jid0} with PID {s.jpid}")
        st, nm = r.choice(STATES)
        if x < 0.45:
            return s.L(t, 'salt.state', 319, 'INFO', s.jpid, f"Running state [{nm}] at time {s.ts(t)[11:19]}.{t % US:06d}")
        if x < 0.62:
            return s.L(t, 'salt.state', 355, 'INFO', s.jpid, f"Executing state {st} for [{nm}]")
        if x < 0.72:
            return s.L(t, 'salt.state', 325, 'INFO', s.jpid, r.choice(['All specified packages are already installed', 'File /etc/logrotate.d/app is in the correct state',
                                                                      'The service nginx is already running', 'User deploy is present and up to date', 'Directory /srv/app/releases is in the correct state']))
        if x < 0.95:
            d = lognorm(r, 40, 0.9) * L
            return s.L(t, 'salt.state', 2194, 'INFO', s.jpid, f"Completed state [{nm}] at time {s.ts(t)[11:19]}.{t % US:06d} (duration_in_ms={d:.3f})")
        return s.L(t, 'salt.minion', 2061 if s.year < 2023 else 2200, 'INFO', s.jpid, f"Returning information for job: {s.jid0}")

    def warn(s, t, r):
        return s.L(t, 'salt.state', 324, 'WARNING', s.jpid, "State for file: /etc/nginx/sites-enabled/app.conf - Neither 'source' nor 'contents' nor 'contents_pillar' nor 'contents_grains' was defined, yet 'replace' was set to 'True'. As there is no source to replace the file with, 'replace' has been set to 'False' to avoid reading the file unnecessarily.")

    def errs(s):
        def e0(t, r):
            return s.L(t, 'salt.loaded.int.module.cmdmod', 845, 'ERROR', s.jpid, "Command '/usr/bin/apt-get -q update' failed with return code: 100")

        def e1(t, r):
            return s.L(t, 'salt.state', 325, 'ERROR', s.jpid, "{'pid': %d, 'retcode': 1, 'stderr': 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process %d (unattended-upgr)', 'stdout': ''}" % (s.jpid + 3, r.randint(900, 9000)))

        def e2(t, r):
            return s.L(t, 'salt.minion', 2012, 'ERROR', s.pid(t), f"Failed to send event to master: Nonce verification error")
        return [e0, e1, e2]

    def retry(s, t, r):
        if r.random() < 0.55:
            return s.L(t, 'salt.transport.zeromq', 335 if s.year < 2023 else 566, 'WARNING', s.pid(t), f"SaltReqTimeoutError, retrying. ({r.randint(1, 3)}/3)")
        return s.L(t, 'salt.crypt', 709, 'ERROR', s.pid(t), "The Salt Master has cached the public key for this node, this salt minion will wait for 10 seconds before attempting to re-authenticate")

    def newerr(s, t, r):
        return s.L(t, 'salt.minion', 2012, 'ERROR', s.jpid, "Failed to get pillar data: Pillar render error: Rendering SLS 'app.secrets' failed. Please see master log for details.")

    def retry_ok(s, t, r):
        a = s.L(t, 'salt.transport.zeromq', 335 if s.year < 2023 else 566, 'DEBUG', s.pid(t), 'SaltReqTimeoutError, retrying. (1/3)')
        t2 = t + r.randint(1, 60) * US
        return [(t, a), (t2, s.L(t2, 'salt.minion', 2061, 'INFO', s.jpid, f"Returning information for job: {s.jid0}"))]

    def periodic(s):
        def mine(t, r):
            return s.L(t, 'salt.utils.schedule', 1678 if s.year < 2023 else 1789, 'INFO', s.pid(t), f"Running scheduled job: __mine_interval with jid {s.jid(t)}")
        def alive(t, r):
            return s.L(t, 'salt.utils.schedule', 1678 if s.year < 2023 else 1789, 'INFO', s.pid(t), f"Running scheduled job: __master_alive_{s.master} with jid {s.jid(t)}")
        return ((3600, mine), (300, alive))

    def start(s, t, r, after):
        msgs = [('salt.cli.daemons', 83, f"Setting up the Salt Minion \"{s.host}.{s.sc.domain}\""),
                ('salt.cli.daemons', 87 if s.year < 2023 else 306, 'Starting up the Salt Minion'),
                ('salt.utils.event', 1105, f"Starting pull socket on /var/run/salt/minion/minion_event_{hx(r, 10)}_pull.ipc"),
                ('salt.minion', 1163, 'Creating minion process manager'),
                ('salt.minion', 1342, f"Minion is starting as user 'root'"),
                ('salt.minion', 2586, f"Salt version {s.ver}: Minion is ready to receive requests!")]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1], 'INFO', s.pid(tt), m[2]), 1000, 900000)

    def stop(s, t, r):
        msgs = [('salt.cli.daemons', 106 if s.year < 2023 else 89, 'The Salt Minion is shutting down..'),
                ('salt.cli.daemons', 106 if s.year < 2023 else 89, 'The salt minion is shut down')]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, m[0], m[1], 'INFO', s.pid(tt), m[2]), 100000, 1500000)


ARGO_VER = {2019: 'v1.3.6+89be1c9', 2020: 'v1.8.1+c2547dc', 2021: 'v2.1.7+a408e29', 2022: 'v2.5.4+86b2dde',
            2023: 'v2.9.3+6eba5be', 2024: 'v2.10.2+fcf5d8c', 2025: 'v3.0.6+db93798', 2026: 'v3.2.1+8c4ab63'}
APPS = ['guestbook', 'payments-api', 'web-frontend', 'ingress-nginx', 'cert-manager', 'monitoring', 'orders',
        'search', 'keycloak', 'redis', 'kafka-ui', 'external-dns', 'grafana', 'loki', 'billing', 'notifications']


class ArgoCD(Base):
    name = 'Argo CD application controller'
    fname = 'argocd-application-controller.log'
    weight = 1.2
    absolute = True
    years = (2019, 2026)
    raw_crash = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'latency_shift', 'panic', 'disk_full')

    def setup(s, r):
        s.ts = mk(s.tz if r.random() < 0.2 else __import__('datetime').timezone.utc, P_ISO, 0, suf=lambda d: off(d, True, True))
        s.new = s.year >= 2021
        s.apps = r.sample(APPS, r.randint(8, 16))
        s.ns = {a: r.choice([a, a, 'default', 'apps']) for a in s.apps}
        s.ver = ARGO_VER[s.year]

    def L(s, t, lvl, msg, tail=''):
        m = msg.replace('"', '\\"')
        return f"time=\"{s.ts(t)}\" level={lvl} msg=\"{m}\"{(' ' + tail) if tail else ''}"

    def app(s, a):
        return f"argocd/{a}" if s.new else a

    def norm(s, t, r, L, bad):
        a = r.choice(s.apps)
        x = r.random()
        if x < 0.38:
            ms = [int(lognorm(r, m, 0.7) * L) for m in (2, 6, 20, 4, 3)]
            tot = sum(ms) + int(lognorm(r, 12, 0.6) * L)
            if s.new:
                tail = (f"application={s.app(a)} dedup_ms=0 dest-name= dest-namespace={s.ns[a]} dest-server=\"https://kubernetes.default.svc\" "
                        f"diff_ms={ms[0]} fields.level={r.choice([0, 1, 2, 2])} git_ms={ms[2]} health_ms={ms[3]} live_ms={ms[1]} patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms={tot}")
            else:
                tail = f"application={a} dedup_ms=0 diff_ms={ms[0]} git_ms={ms[2]} health_ms={ms[3]} live_ms={ms[1]} settings_ms=0 sync_ms=0 time_ms={tot}"
            return s.L(t, 'info', 'Reconciliation completed', tail)
        if x < 0.6:
            return s.L(t, 'info', f"Refreshing app status (controller refresh requested), level ({r.choice([1, 2, 3])})", f"application={s.app(a)}")
        if x < 0.8:
            return s.L(t, 'info', f"Comparing app state (cluster: https://kubernetes.default.svc, namespace: {s.ns[a]})", f"application={s.app(a)}")
        if x < 0.93:
            return s.L(t, 'info', 'No status changes. Skipping patch', f"application={s.app(a)}")
        return s.L(t, 'info', 'Skipping auto-sync: application status is Synced', f"application={s.app(a)}")

    def warn(s, t, r):
        return s.L(t, 'warning', f"Failed to get cached managed resources for tree reconciliation, fall back to full reconciliation", f"application={s.app(r.choice(s.apps))}")

    def errs(s):
        def e0(t, r):
            a = r.choice(s.apps)
            return s.L(t, 'error', f"Failed to cache app resources: error getting resource tree: failed to get app hosts: context deadline exceeded", f"application={s.app(a)} dedup_ms=0 diff_ms=0")

        def e1(t, r):
            return s.L(t, 'warning', f"Partial success when performing preview discovery: unable to retrieve the complete list of server APIs: metrics.k8s.io/v1beta1: the server is currently unable to handle the request")

        def e2(t, r):
            a = r.choice(s.apps)
            return s.L(t, 'error', f"ComparisonError: Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = failed to list refs: authentication required", f"application={s.app(a)}")
        return [e0, e1, e2]

    def retry(s, t, r):
        return s.L(t, 'warning', f"Failed to sync cluster, retrying in {r.choice([1, 2, 4, 8])}s", f"error=\"the server has asked for the client to provide credentials\" server=\"https://kubernetes.default.svc\"")

    def newerr(s, t, r):
        a = r.choice(s.apps)
        return s.L(t, 'error', f"Failed to generate manifest: rpc error: code = Unknown desc = Manifest generation error (cached): `kustomize build .` failed exit status 1: Error: accumulating resources: accumulation err='accumulating resources from '../base': missing Resource metadata'", f"application={s.app(a)}")

    def disk(s, t, r):
        a = r.choice(s.apps)
        return s.L(t, 'error', f"Failed to persist app state: failed to write /tmp/_argocd-repo/{uuid(r)}/.git/FETCH_HEAD: no space left on device", f"application={s.app(a)}")

    def crash(s, t, r, kind):
        frames = [("github.com/argoproj/argo-cd/v2/controller.(*ApplicationController).processAppRefreshQueueItem",
                   "/go/src/github.com/argoproj/argo-cd/controller/appcontroller.go"),
                  ("github.com/argoproj/argo-cd/v2/controller.(*ApplicationController).Run.func3",
                   "/go/src/github.com/argoproj/argo-cd/controller/appcontroller.go")]
        return [(t, '\n'.join(go_panic(r, frames)))]

    def start(s, t, r, after):
        t += r.randint(5, 30) * US
        msgs = [('ArgoCD Application Controller is starting', f"built=\"{s.year}-0{r.randint(1, 9)}-1{r.randint(0, 9)}T1{r.randint(0, 9)}:2{r.randint(0, 9)}:0{r.randint(0, 9)}Z\" commit={hx(r, 40)} namespace=argocd version={s.ver}"),
                ('Processing all cluster shards', ''), ('appResyncPeriod=3m0s, appHardResyncPeriod=0s, appResyncJitter=0s', ''),
                ('Starting configmap/secret informers', ''), ('Configmap/secret informer synced', ''),
                ('Start syncing cluster', 'server="https://kubernetes.default.svc"'),
                ('Cluster successfully synced', 'server="https://kubernetes.default.svc"')]
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'info', m[0], m[1]), 10000, 3000000)

    def stop(s, t, r):
        return s.seq(t, r, ['Shutting down informers', 'Stopping controller'], lambda tt, m: s.L(tt, 'info', m), 10000, 300000)

    def periodic(s):
        def sync(t, r):
            return [(t, s.L(t, 'info', 'Start syncing cluster', 'server="https://kubernetes.default.svc"')),
                    (t + 2 * US, s.L(t + 2 * US, 'info', 'Cluster successfully synced', 'server="https://kubernetes.default.svc"'))]
        return ((600, sync),)


KS = ['flux-system', 'infrastructure', 'apps', 'monitoring', 'cert-manager', 'ingress', 'tenants', 'policies', 'crds', 'secrets']


class Flux(Base):
    name = 'Flux kustomize-controller (JSON)'
    fname = 'kustomize-controller.log'
    absolute = True
    nd = 3
    years = (2021, 2026)
    weight = 0.5
    raw_crash = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'latency_shift', 'panic')

    def setup(s, r):
        s.old = s.year < 2023
        s.ts = mk(__import__('datetime').timezone.utc, P_ISO, 3, suf=lambda d: 'Z')
        s.ks = r.sample(KS, r.randint(5, 10))
        s.ver = {2021: 'v0.16.0', 2022: 'v0.31.3', 2023: 'v1.1.1', 2024: 'v1.2.4', 2025: 'v1.5.1', 2026: 'v1.7.0'}[s.year]

    def L(s, t, lvl, msg, name=None, **kv):
        d = {'level': lvl, 'ts': s.ts(t)}
        if name is None:
            d['logger'] = 'setup'
            d['msg'] = msg
        elif s.old:
            d['logger'] = 'controller.kustomization'
            d['msg'] = msg
            d['reconciler group'] = 'kustomize.toolkit.fluxcd.io'
            d['reconciler kind'] = 'Kustomization'
            d['name'] = name
            d['namespace'] = 'flux-system'
        else:
            d['msg'] = msg
            d['controller'] = 'kustomization'
            d['controllerGroup'] = 'kustomize.toolkit.fluxcd.io'
            d['controllerKind'] = 'Kustomization'
            d['Kustomization'] = {'name': name, 'namespace': 'flux-system'}
            d['namespace'] = 'flux-system'
            d['name'] = name
            d['reconcileID'] = kv.pop('rid', '00000000-0000-4000-8000-000000000000')
        d.update(kv)
        return json.dumps(d, separators=(',', ':'))

    def rev(s, r):
        h = hx(r, 40)
        return f"main@sha1:{h}" if not s.old else f"main/{h}"

    def norm(s, t, r, L, bad):
        k = r.choice(s.ks)
        x = r.random()
        if x < 0.55:
            d = lognorm(r, 1.2, 0.6) * L
            return s.L(t, 'info', f"Reconciliation finished in {d:.9f}s, next run in {r.choice(['10m0s', '5m0s', '1h0m0s', '10m0s'])}", k, rid=uuid(r), revision=s.rev(r))
        if x < 0.85:
            out = {f"{r.choice(['Deployment', 'Service', 'ConfigMap', 'HelmRelease', 'Namespace'])}/{k}/{r.choice(APPS)}": r.choice(['unchanged', 'unchanged', 'configured'])
                   for _ in range(r.randint(1, 4))}
            return s.L(t, 'info', 'server-side apply completed', k, rid=uuid(r), output=out, revision=s.rev(r))
        return s.L(t, 'info', f"All dependencies are ready, proceeding with reconciliation", k, rid=uuid(r))

    def warn(s, t, r):
        return s.L(t, 'info', 'Dependencies do not meet ready condition, retrying in 30s', r.choice(s.ks), rid=uuid(r))

    def errs(s):
        def e0(t, r):
            return s.L(t, 'error', 'Reconciler error', r.choice(s.ks), rid=uuid(r),
                       error="kustomization path not found: stat /tmp/kustomization-%d/clusters/prod/apps: no such file or directory" % r.randint(10 ** 8, 10 ** 9))

        def e1(t, r):
            return s.L(t, 'error', 'Reconciliation failed after %.9fs, revision %s: HelmRelease/monitoring/kube-prometheus-stack dry-run failed: failed to get API group resources: unable to retrieve the complete list of server APIs' % (lognorm(r, 2, .5), s.rev(r)), r.choice(s.ks), rid=uuid(r))
        return [e0, e1]

    def retry(s, t, r):
        return s.L(t, 'error', f"Reconciliation failed after {lognorm(r, 0.4, .4):.9f}s, next try in {r.choice(['30s', '1m0s', '2m0s'])}", r.choice(s.ks), rid=uuid(r),
                   error="GitRepository.source.toolkit.fluxcd.io \"flux-system\" not found: artifact not found")

    def newerr(s, t, r):
        return s.L(t, 'error', 'Reconciler error', r.choice(s.ks), rid=uuid(r),
                   error="failed to decrypt and format 'flux-system/secrets/db.yaml': error decrypting sops tree: Error getting data key: 0 successful groups required, got 0")

    def crash(s, t, r, kind):
        frames = [("github.com/fluxcd/kustomize-controller/internal/controller.(*KustomizationReconciler).reconcile",
                   "/workspace/internal/controller/kustomization_controller.go"),
                  ("sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem",
                   "/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.16.3/pkg/internal/controller/controller.go")]
        return [(t, '\n'.join(go_panic(r, frames)))]

    def start(s, t, r, after):
        t += r.randint(5, 40) * US
        msgs = ['starting manager', 'Starting server', 'attempting to acquire leader lease flux-system/kustomize-controller-leader-election...',
                'successfully acquired lease flux-system/kustomize-controller-leader-election', 'Starting EventSource', 'Starting Controller',
                'Starting workers']
        return s.seq(t, r, msgs, lambda tt, m: s.L(tt, 'info', m), 1000, 5000000)

    def stop(s, t, r):
        return []


NOMAD_VER = {2018: '0.8.6', 2019: '0.10.2', 2020: '1.0.1', 2021: '1.2.3', 2022: '1.4.3', 2023: '1.6.3', 2024: '1.7.5',
             2025: '1.10.0', 2026: '1.11.1'}
TASKS = ['web', 'api', 'worker', 'redis', 'nginx', 'envoy', 'fluent-bit', 'migrate', 'cron-cleanup', 'postgres-exporter']


class Nomad(Base):
    name = 'Nomad client (journald)'
    fname = 'nomad.log'
    ident = 'nomad'
    unit = 'nomad.service'
    desc = 'Nomad'
    weight = 0.9
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill', 'panic', 'disk_full')

    def setup(s, r):
        s.jsetup(r, ['short', 'short', 'precise'])
        s.hts = mk(s.tz, P_ISO, 3, suf=lambda d: off(d, False, True))
        s.ver = NOMAD_VER[s.year]
        s.allocs = [(uuid(r), r.choice(TASKS)) for _ in range(24)]
        s.srv = s.sc.ip(r)

    def H(s, t, lvl, msg):
        return s.J(t, f"    {s.hts(t)} {'[' + lvl + ']':<7} {msg}")

    def norm(s, t, r, L, bad):
        a, task = r.choice(s.allocs)
        x = r.random()
        if x < 0.45:
            ev = wpick(r, [(3, ('Received', 'Task received by client')), (3, ('Task Setup', 'Building Task Directory')),
                           (2, ('Driver', 'Downloading image')), (4, ('Started', 'Task started by client')),
                           (2, ('Terminated', 'Exit Code: 0')), (1, ('Killing', 'Sent interrupt. Waiting 5s before force killing')),
                           (1, ('Killed', 'Task successfully killed')), (1, ('Restarting', f"Task restarting in {lognorm(r, 16, .3):.9f}s"))])
            ty = ev[0] if ' ' not in ev[0] else f'"{ev[0]}"'
            return s.H(t, 'INFO', f"client.alloc_runner.task_runner: Task event: alloc_id={a} task={task} type={ty} msg=\"{ev[1]}\" failed=false")
        if x < 0.6:
            verb = r.choice(['created', 'started', 'stopped'])
            return s.H(t, 'INFO', f"client.driver_mgr.docker: {verb} container: container_id={hx(r, 64)} driver=docker")
        if x < 0.8:
            ad, rm, up = r.randint(0, 2), r.randint(0, 2), r.randint(0, 5)
            return s.H(t, 'INFO', f"client: allocation updates applied: added={ad} removed={rm} updated={up} ignored={r.randint(5, 30)} errors=0")
        if x < 0.9:
            return s.H(t, 'INFO', f"client.gc: marking allocation for GC: alloc_id={a}")
        return s.H(t, 'INFO', f"agent: (runner) rendered \"(dynamic)\" => \"/opt/nomad/data/alloc/{a}/{task}/local/config.env\"")

    def warn(s, t, r):
        a, task = r.choice(s.allocs)
        return s.H(t, 'WARN', f"client.alloc_runner.task_runner.task_hook.logmon: failed to read from log fifo: alloc_id={a} task={task} error=\"read /opt/nomad/data/alloc/{a}/alloc/logs/.{task}.stdout.fifo: file already closed\"")

    def errs(s):
        def e0(t, r):
            a, task = r.choice(s.allocs)
            return s.H(t, 'ERROR', f"client.alloc_runner.task_runner: running driver failed: alloc_id={a} task={task} error=\"Failed to pull `registry.{s.sc.domain}/{task}:1.{r.randint(0, 9)}.{r.randint(0, 9)}`: API error (404): manifest unknown\"")

        def e1(t, r):
            a, task = r.choice(s.allocs)
            return s.H(t, 'ERROR', f"client.driver_mgr.docker: failed to start container: driver=docker container_id={hx(r, 64)} attempt={r.randint(1, 5)} error=\"API error (500): driver failed programming external connectivity on endpoint {task}-{a}: Bind for 0.0.0.0:{r.randint(20000, 32000)} failed: port is already allocated\"")

        def e2(t, r):
            return s.H(t, 'WARN', f"client.gc: garbage collection skipped because no terminal allocations: reason=\"disk usage of 87 is over gc threshold of 80\"")
        return [e0, e1, e2]

    def retry(s, t, r):
        if r.random() < 0.5:
            return s.H(t, 'ERROR', f"client: error heartbeating. retrying: error=\"failed to update status: rpc error: failed to get conn: dial tcp {s.srv}:4647: connect: connection refused\" period={lognorm(r, 1.5, .4):.9f}s")
        return s.H(t, 'ERROR', f"client.rpc: error performing RPC to server: error=\"rpc error: failed to get conn: dial tcp {s.srv}:4647: connect: connection refused\" rpc=Node.UpdateStatus server={s.srv}:4647")

    def newerr(s, t, r):
        a, task = r.choice(s.allocs)
        return s.H(t, 'ERROR', f"client.alloc_runner.task_runner.task_hook: failed to get Vault token: alloc_id={a} task={task} error=\"failed to derive Vault token: Can't request Vault token for terminal allocation\"")

    def disk(s, t, r):
        a, task = r.choice(s.allocs)
        return s.H(t, 'ERROR', f"client.alloc_runner.task_runner: prestart failed: alloc_id={a} task={task} error=\"prestart hook \\\"task_dir\\\" failed: Couldn't create destination file /opt/nomad/data/alloc/{a}/{task}/local/template.env: write /opt/nomad/data/alloc/{a}/{task}/local/template.env: no space left on device\"")

    def go_frames(s):
        return [("github.com/hashicorp/nomad/client/allocrunner/taskrunner.(*TaskRunner).handleKill",
                 "github.com/hashicorp/nomad/client/allocrunner/taskrunner/task_runner.go"),
                ("github.com/hashicorp/nomad/client/allocrunner/taskrunner.(*TaskRunner).Run",
                 "github.com/hashicorp/nomad/client/allocrunner/taskrunner/task_runner.go")]

    def banner(s, t, r):
        lines = ['==> Loaded configuration from /etc/nomad.d/nomad.hcl', '==> Starting Nomad agent...',
                 '==> Nomad agent configuration:', '',
                 f"       Advertise Addrs: HTTP: {s.sc.ip(r)}:4646", '            Bind Addrs: HTTP: [0.0.0.0:4646]',
                 '                Client: true', '             Log Level: INFO', '                Region: global (DC: dc1)',
                 '                Server: false', f"               Version: {s.ver}", '',
                 '==> Nomad agent started! Log data will stream in below:', '']
        out = [(t, s.JM(t, lines))]
        t += r.randint(100000, 900000)
        out.append((t, s.H(t, 'INFO', f"client: using state directory: state_dir=/opt/nomad/data/client")))
        out.append((t, s.H(t, 'INFO', f"client: node registration complete")))
        return out

    def stop_lines(s, t, r):
        return [(t, s.J(t, '==> Caught signal: interrupt')), (t, s.H(t, 'INFO', 'agent: requesting shutdown')),
                (t + 200000, s.H(t + 200000, 'INFO', 'client: shutting down')), (t + 900000, s.H(t + 900000, 'INFO', 'agent: shutdown complete'))]
