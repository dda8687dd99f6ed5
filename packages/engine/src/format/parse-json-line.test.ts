import { detectFormat } from './detect-format';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimestampReader } from '../fields/timestamp-reader';
import { parseJsonLine } from './parse-json-line';

const parse = (line: string) => parseJsonLine(line, new TimestampReader(2026));

describe('parseJsonLine', () => {
  it('reads a date and a time of day apart together', () => {
    expect(
      parse('{"date":"2026-11-25","time":"10:00:02","level":"warn","message":"disk 91% full"}')?.timestamp,
    ).toBe(Date.parse('2026-11-25T10:00:02Z'));
  });

  it('keeps the fraction of an epoch in float seconds (zap), to the millisecond', () => {
    expect(parse('{"level":"info","ts":1764064800.123456,"msg":"ok"}')?.timestamp).toBe(
      Date.parse('2025-11-25T10:00:00.123Z'),
    );
    expect(parse('{"ts":1764064801.5,"msg":"ok"}')?.timestamp).toBe(Date.parse('2025-11-25T10:00:01.500Z'));
    expect(parse('{"time":1764064800123,"msg":"ok"}')?.timestamp).toBe(
      Date.parse('2025-11-25T10:00:00.123Z'),
    );
  });

  it('adds the error beside a generic message to it (zap\'s "error"), so each failure has its pattern', () => {
    expect(
      parse('{"level":"error","msg":"request failed","error":"upstream accounts: context deadline exceeded"}')
        ?.message,
    ).toBe('request failed: upstream accounts: context deadline exceeded');
    expect(parse('{"level":"error","msg":"job failed","err":"boom\\n  at x"}')?.message).toBe(
      'job failed: boom',
    );
    expect(parse('{"level":"info","msg":"done","error":""}')?.message).toBe('done');
  });

  it('takes a one-line stack field for the error where the error says only "error" (Google Cloud\'s jsonPayload)', () => {
    const gke = (payload: string) =>
      parse(
        `{"jsonPayload":{"message":"Unhandled exception",${payload}},"severity":"ERROR","timestamp":"2026-08-26T20:12:38.902Z"}`,
      )?.message;
    expect(
      gke('"error":"error","stack_trace":"rpc error: code = Unavailable desc = connection refused"'),
    ).toBe('Unhandled exception: rpc error: code = Unavailable desc = connection refused');
    expect(
      gke(
        '"error":"requests.exceptions.ReadTimeout","stack_trace":"Traceback (most recent call last):\\n  File x"',
      ),
    ).toBe('Unhandled exception: requests.exceptions.ReadTimeout');
    // A stack trace of several lines is not the error's text (its class is read from it apart).
    expect(gke('"error":"error","stack_trace":"Traceback (most recent call last):\\n  File x"')).toBe(
      'Unhandled exception',
    );
  });

  it("reads Okta's System Log: published, displayMessage, severity, and a failure's reason in the message", () => {
    const event = (display: string, result: string, reason: string | null) =>
      JSON.stringify({
        actor: { id: '00uL3GgV074lqHPbAyIX', type: 'User', alternateId: 'lea.jones@example.com' },
        displayMessage: display,
        eventType: 'user.session.start',
        outcome: { result, reason },
        published: '2024-08-17T11:31:01.608Z',
        severity: result === 'SUCCESS' ? 'INFO' : 'WARN',
        uuid: '36a0e213-bb04-4b73-bd8d-d496d9ab5e4c',
      });
    expect(parse(event('User login to Okta', 'SUCCESS', null))).toMatchObject({
      timestamp: Date.parse('2024-08-17T11:31:01.608Z'),
      level: 'info',
      message: 'User login to Okta',
    });
    expect(parse(event('User login to Okta', 'FAILURE', 'INVALID_CREDENTIALS'))).toMatchObject({
      level: 'warn',
      message: 'User login to Okta: INVALID_CREDENTIALS',
    });
  });

  it('reads an AWS WAF record as what the web ACL did and the rule that decided it', () => {
    const record = (action: string, rule: string) =>
      JSON.stringify({
        timestamp: 1675917240321,
        formatVersion: 1,
        webaclId: 'arn:aws:wafv2:eu-central-1:508474686239:regional/webacl/prod-web-acl/29615ef2',
        terminatingRuleId: rule,
        action,
        ruleGroupList: [{ ruleGroupId: 'AWS#AWSManagedRulesCommonRuleSet', terminatingRule: null }],
        httpRequest: { clientIp: '77.182.35.135', uri: '/api/v1/orders', httpMethod: 'GET', headers: [] },
      });
    expect(parse(record('ALLOW', 'Default_Action'))).toMatchObject({
      timestamp: 1675917240321,
      level: 'info',
      service: 'waf',
      message: 'ALLOW Default_Action',
    });
    expect(parse(record('BLOCK', 'AWS-AWSManagedRulesSQLiRuleSet'))).toMatchObject({
      level: 'warn',
      message: 'BLOCK AWS-AWSManagedRulesSQLiRuleSet',
    });
  });

  it("reads Azure Monitor's resource log records (Entra ID's sign-ins) as their operation and how it ended", () => {
    const record = (resultType: string, level: number, description: string) =>
      JSON.stringify({
        time: '2023-09-01T00:00:01.7502238Z',
        resourceId: '/tenants/38688138-7e39-4b9b-a54c-2b61a23698f7/providers/Microsoft.aadiam',
        operationName: 'Sign-in activity',
        operationVersion: '1.0',
        category: 'SignInLogs',
        resultType,
        resultSignature: 'None',
        resultDescription: description,
        durationMs: 0,
        callerIpAddress: '188.247.83.189',
        identity: 'Fatima Larsen',
        Level: level,
        properties: {
          userPrincipalName: 'fatima.larsen@contoso.de',
          status: { errorCode: Number(resultType) },
        },
      });
    expect(parse(record('0', 4, ''))).toMatchObject({
      timestamp: Date.parse('2023-09-01T00:00:01.750Z'),
      level: 'info',
      service: 'SignInLogs',
      message: 'Sign-in activity',
      attributes: {
        callerIpAddress: '188.247.83.189',
        'properties.userPrincipalName': 'fatima.larsen@contoso.de',
      },
    });
    expect(
      parse(record('50126', 2, 'Error validating credentials due to invalid username or password.')),
    ).toMatchObject({
      level: 'error',
      message: 'Sign-in activity: 50126 Error validating credentials due to invalid username or password.',
    });
  });

  it("reads journalctl's JSON export: its time, priority, program and message", () => {
    const fields = parse(
      '{ "__REALTIME_TIMESTAMP" : "1717914949022788", "PRIORITY" : "3", "SYSLOG_IDENTIFIER" : "shop-sync", "_COMM" : "shop-sync", "MESSAGE" : "disk write failed" }',
    );
    expect(fields).toMatchObject({
      timestamp: Date.parse('2024-06-09T06:35:49.022Z'),
      level: 'error',
      service: 'shop-sync',
      message: 'disk write failed',
    });
  });

  it(".NET's JSON console formatter's capitalised keys, Serilog's JsonFormatter's rendered message", () => {
    expect(
      parse(
        '{"Timestamp":"2024-10-26T00:11:18.1786632Z","EventId":0,"LogLevel":"Error","Category":"Matchmaking.Services.PartyService","Message":"Failed to notify party members","Exception":"Grpc.Core.RpcException: Status(StatusCode=\\"DeadlineExceeded\\")\\n   at Matchmaking.Services.PartyService.NotifyAsync(Party party)","State":{"Message":"Failed to notify party members"}}',
      ),
    ).toMatchObject({
      timestamp: Date.parse('2024-10-26T00:11:18.178Z'),
      level: 'error',
      service: 'Matchmaking.Services.PartyService',
      message: 'Failed to notify party members',
    });
    expect(
      parse(
        '{"Timestamp":"2024-10-26T02:11:18.1786632+02:00","Level":"Warning","MessageTemplate":"Retry {Attempt} for {Order}","RenderedMessage":"Retry 3 for 42","Properties":{"Attempt":3,"Order":42}}',
      ),
    ).toMatchObject({
      timestamp: Date.parse('2024-10-26T00:11:18.178Z'),
      message: 'Retry 3 for 42',
    });
  });

  it('reads a CloudTrail record as its call: service, name, and the error when it was refused', () => {
    const call = (extra: string) =>
      parse(
        `{"eventTime":"2026-11-20T10:00:15Z","eventSource":"iam.amazonaws.com","eventName":"CreateAccessKey","userIdentity":{"userName":"ci"}${extra}}`,
      );
    expect(call('')).toMatchObject({
      timestamp: Date.parse('2026-11-20T10:00:15Z'),
      level: 'info',
      service: 'iam.amazonaws.com',
      message: 'iam CreateAccessKey',
      attributes: { 'userIdentity.userName': 'ci' },
    });
    expect(call(',"errorCode":"AccessDenied","errorMessage":"User is not authorized"')).toMatchObject({
      level: 'error',
      message: 'iam CreateAccessKey: AccessDenied',
    });
    // A message of its own wins; so do a level and a service of its own.
    expect(call(',"message":"rotated","level":"warn","service":"rotator"')).toMatchObject({
      level: 'warn',
      service: 'rotator',
      message: 'rotated',
    });
  });

  it("reads the Kubernetes API server's and Vault's audit records as their calls, failures with their reasons", () => {
    const audit = (verb: string, resource: string, status: string) =>
      parse(
        `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"b934418c-d85a-45ce-b7d5-9f7961105897","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/orders/${resource}/x","verb":"${verb}","user":{"username":"system:node:ip-10-0-4-50"},"objectRef":{"resource":"${resource}","namespace":"orders"},"responseStatus":{"metadata":{}${status}},"requestReceivedTimestamp":"2022-08-10T14:04:21.423290Z","stageTimestamp":"2022-08-10T14:04:21.427234Z"}`,
      );
    expect(audit('update', 'leases', ',"code":200')).toMatchObject({
      timestamp: Date.parse('2022-08-10T14:04:21.423Z'),
      level: 'info',
      service: 'kube-apiserver',
      message: 'update leases',
      // Its latency: from its time (received, to the millisecond) to its stage's end (blind8 30/s03).
      attributes: { latency_ms: 4.234 },
    });
    expect(
      audit('list', 'pods', ',"status":"Failure","reason":"ServiceUnavailable","code":503'),
    ).toMatchObject({
      level: 'error',
      message: 'list pods: ServiceUnavailable',
    });
    expect(audit('get', 'configmaps', ',"status":"Failure","reason":"NotFound","code":404')).toMatchObject({
      level: 'info',
      message: 'get configmaps: NotFound',
    });
    const vault = (type: string, extra: string) =>
      parse(
        `{"time":"2026-12-25T08:15:03.099927320Z","type":"${type}","auth":{"client_token":"hmac-sha256:6142947","policies":["default"]},"request":{"id":"681eb96a","operation":"read","client_token":"hmac-sha256:6142947","path":"secret/data/shared/root-ca","remote_address":"10.42.4.95"}${extra}}`,
      );
    expect(vault('request', '')).toMatchObject({
      timestamp: Date.parse('2026-12-25T08:15:03.099Z'),
      level: 'info',
      service: 'vault',
      message: 'request read secret/data/shared/root-ca',
    });
    expect(vault('response', ',"error":"1 error occurred:\\n\\t* permission denied\\n\\n"')).toMatchObject({
      level: 'error',
      message: 'response read secret/data/shared/root-ca: permission denied',
    });
  });

  it("reads MinIO's audit records as their S3 calls, a failure with its status's words", () => {
    const call = (name: string, code: number, words: string) =>
      parse(
        `{"version":"1","deploymentid":"3a6f925a","time":"2024-09-05T18:15:15.178078271Z","event":"","trigger":"incoming","api":{"name":"${name}","bucket":"backups","object":"logs/x.json","status":"${words}","statusCode":${code},"timeToResponse":"3992479ns","timeToResponseInNS":"3992479"},"remotehost":"10.0.1.164","requestID":"9BE5A99B62968BE7"}`,
      );
    expect(call('DeleteObject', 204, 'No Content')).toMatchObject({
      timestamp: Date.parse('2024-09-05T18:15:15.178Z'),
      level: 'info',
      service: 'minio',
      message: 'DeleteObject',
      attributes: { 'api.statusCode': 204 },
    });
    expect(call('PutObject', 503, 'Service Unavailable')).toMatchObject({
      level: 'error',
      message: 'PutObject: Service Unavailable',
    });
  });

  it("reads Cloudflare's Logpush requests and network monitors' records (Suricata's EVE, Zeek's JSON) as their kind", () => {
    expect(
      parse(
        '{"ClientIP":"170.163.18.123","ClientRequestHost":"api.acme.io","ClientRequestMethod":"GET","ClientRequestURI":"/api/v1/orders/42?x=1","EdgeEndTimestamp":"2026-12-25T08:08:47Z","EdgeResponseStatus":502,"EdgeStartTimestamp":"2026-12-25T08:08:46Z","OriginResponseDurationMs":81}',
      ),
    ).toMatchObject({ timestamp: Date.parse('2026-12-25T08:08:46Z'), message: 'GET api/v1/orders/<*>' });
    expect(
      parse('{"EdgeStartTimestamp":1766650126123456789,"ClientRequestMethod":"GET","ClientRequestURI":"/"}')
        ?.timestamp,
    ).toBe(Date.parse('2025-12-25T08:08:46.123Z'));
    const eve = (type: string, body: string) =>
      parse(
        `{"timestamp":"2025-10-21T18:13:38.474742+0000","flow_id":491161336740675,"in_iface":"enp3s0f1","event_type":"${type}","src_ip":"145.176.83.91","dest_ip":"10.20.1.31","proto":"TCP",${body}}`,
      );
    expect(
      eve(
        'alert',
        '"alert":{"action":"allowed","signature_id":2024897,"signature":"ET POLICY Python-urllib/ Suspicious User Agent","severity":2}',
      ),
    ).toMatchObject({
      timestamp: Date.parse('2025-10-21T18:13:38.474Z'),
      level: 'warn',
      service: 'suricata',
      message: 'alert: ET POLICY Python-urllib/ Suspicious User Agent',
    });
    expect(
      eve('http', '"http":{"hostname":"shop","url":"/api/v1/products","http_method":"GET","status":503}'),
    ).toMatchObject({
      level: 'error',
      message: 'GET api/v1/products',
      attributes: { 'http.status': 503 },
    });
    // A request's level is its answer's, as an access log's; none without an answer.
    expect(eve('http', '"http":{"url":"/a","http_method":"GET","status":404}')?.level).toBe('warn');
    expect(eve('http', '"http":{"url":"/a","http_method":"GET"}')?.level).toBeNull();
    expect(
      eve('dns', '"dns":{"type":"answer","rrname":"pool.ntp.org","rrtype":"A","rcode":"SERVFAIL"}')?.message,
    ).toBe('dns answer A SERVFAIL');
    expect(
      parse(
        '{"ts":"2022-08-10T14:04:55.776654Z","uid":"Ct9S5OdxXvPmWlqc42","id.orig_h":"10.10.13.220","id.orig_p":4332,"id.resp_h":"142.115.126.83","id.resp_p":443,"proto":"tcp","service":"ssl","duration":0.608378,"conn_state":"SF"}',
      ),
    ).toMatchObject({ level: 'info', service: 'zeek', message: 'tcp ssl SF' });
  });

  it("reads a Kubernetes Event object's type as its level and its reporting component as its service", () => {
    const event = (type: string) =>
      parse(
        `{"kind":"Event","type":"${type}","reason":"BackOff","message":"Back-off restarting failed container","source":{"component":"kubelet"},"lastTimestamp":"2026-11-20T10:00:30Z"}`,
      );
    expect(event('Warning')).toMatchObject({ level: 'warn', service: 'kubelet' });
    expect(event('Normal')).toMatchObject({ level: 'info', service: 'kubelet' });
    expect(parse('{"kind":"Deployment","type":"Warning","message":"x"}')?.level).toBeNull();
    // An event exporter that leaves the object's kind out: an object about another, with a reason.
    expect(
      parse(
        '{"reason":"FailedScheduling","message":"0/3 nodes are available","source":{"component":"default-scheduler"},"type":"Warning","involvedObject":{"kind":"Pod","name":"api-7d9f"},"lastTimestamp":"2026-11-20T10:00:30Z"}',
      ),
    ).toMatchObject({ level: 'warn', service: 'default-scheduler' });
    expect(parse('{"type":"Warning","involvedObject":{"kind":"Pod"},"message":"x"}')?.level).toBeNull();
  });

  it("reads winston's npm levels http and silly from a level field, not from a message's words", () => {
    expect(parse('{"level":"http","message":"POST /api/carts 201 768 - 71.164 ms"}')?.level).toBe('info');
    expect(parse('{"level":"silly","message":"cache probe"}')?.level).toBe('trace');
    expect(parse('{"msg":"http: TLS handshake error from 10.0.0.1:1234: EOF"}')?.level).toBeNull();
  });

  it("reads Serilog's compact JSON: @t, @l, @mt", () => {
    const fields = parse(
      '{"@t":"2026-11-25T10:00:01.1234567Z","@mt":"Payment {PaymentId} failed","@l":"Error","PaymentId":7}',
    );
    expect(fields).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:01.123Z'),
      level: 'error',
      message: 'Payment {PaymentId} failed',
      attributes: { PaymentId: 7 },
    });
  });

  it('reads Information where Serilog leaves "@l" out', () => {
    expect(parse('{"@t":"2026-11-25T10:00:01Z","@mt":"Started {Job}","Job":"sync"}')?.level).toBe('info');
    expect(parse('{"time":"2026-11-25T10:00:01Z","msg":"started"}')?.level).toBeNull();
  });

  it("reads MongoDB's log: the time in t.$date, the level in a one-letter s", () => {
    const line = (s: string) =>
      `{"t":{"$date":"2026-03-04T10:15:02.789+01:00"},"s":"${s}","c":"STORAGE","id":22435,"ctx":"WTCheckpointThread","msg":"WiredTiger error","attr":{"error":28}}`;
    expect(parse(line('E'))).toMatchObject({
      timestamp: Date.parse('2026-03-04T09:15:02.789Z'),
      level: 'error',
      message: 'WiredTiger error',
      attributes: { c: 'STORAGE', 'attr.error': 28 },
    });
    expect(parse(line('W'))?.level).toBe('warn');
    expect(parse(line('D2'))?.level).toBe('debug');
    expect(parse(line('F'))?.level).toBe('fatal');
    // Any other "s" is an attribute like the rest.
    expect(parse('{"time":"2026-03-04T10:15:00Z","s":"ok","msg":"done"}')).toMatchObject({
      level: null,
      attributes: { s: 'ok' },
    });
  });

  it('reads what MongoDB\'s storage engine said under its one message "WiredTiger message"', () => {
    const line = (attr: string) =>
      `{"t":{"$date":"2026-10-17T09:41:57.625+01:00"},"s":"W","c":"STORAGE","id":22430,"ctx":"WTCheckpointThread","msg":"WiredTiger message","attr":${attr}}`;
    expect(
      parse(
        line(
          '{"message":{"ts_sec":1792226517,"category":"WT_VERB_CHECKPOINT","msg":"Checkpoint has been running for 32 seconds and wrote: 80325 pages (3842 MB)"}}',
        ),
      )?.message,
    ).toBe('WiredTiger message: Checkpoint has been running for 32 seconds and wrote: 80325 pages (3842 MB)');
    // Older versions write the text itself.
    expect(parse(line('{"error":13,"message":"__posix_open_file, 805: Permission denied"}'))?.message).toBe(
      'WiredTiger message: __posix_open_file, 805: Permission denied',
    );
  });

  it("reads Envoy's JSON access log: start_time, and the method and route as the message", () => {
    const fields = parse(
      '{"authority":"app.example.com","bytes_sent":4670,"duration":16,"method":"GET","path":"/api/posts/7497113?x=1","protocol":"HTTP/2","response_code":503,"start_time":"2026-05-08T07:13:38.545Z","upstream_service_time":"16"}',
    );
    expect(fields).toMatchObject({
      timestamp: Date.parse('2026-05-08T07:13:38.545Z'),
      message: 'GET api/posts/<*>',
      attributes: { response_code: 503, duration: 16, path: '/api/posts/7497113?x=1' },
    });
    // nginx's JSON log with a full URL; a line without a method keeps its keys as the message.
    expect(
      parse(
        '{"time_iso8601":"2026-05-08T07:13:38+00:00","request_method":"POST","url":"https://a.example/v1/x"}',
      )?.message,
    ).toBe('POST v1/x');
    expect(parse('{"time":"2026-05-08T07:13:38Z","job":"sync","rows":12}')?.message).toBe('job=sync rows=12');
  });

  it("reads Traefik's JSON access log: its empty msg gives way to the method and route", () => {
    const fields = parse(
      '{"ClientHost":"182.62.253.11","DownstreamStatus":502,"Duration":45099133,"OriginStatus":0,"RequestMethod":"GET","RequestPath":"/api/v1/deals/8812","RequestProtocol":"HTTP/1.1","level":"info","msg":"","time":"2019-05-15T21:16:26-05:00"}',
    );
    expect(fields).toMatchObject({
      timestamp: Date.parse('2019-05-16T02:16:26Z'),
      level: 'info',
      message: 'GET api/v1/deals/<*>',
      attributes: { DownstreamStatus: 502 },
    });
    // Without a request, the keys and values stand in for an empty message too.
    expect(parse('{"time":"2026-05-08T07:13:38Z","msg":"","job":"sync","rows":12}')?.message).toBe(
      'job=sync rows=12',
    );
  });

  it("reads Kong's file log: started_at (epoch ms), the nested request's method and route as the message", () => {
    const fields = parse(
      '{"latencies":{"request":25,"kong":0,"proxy":25},"service":{"name":"instructor-svc","port":8080},"request":{"querystring":{},"size":449,"uri":"/api/v1/instructors/42","url":"https://api.eldora.cloud:8443/api/v1/instructors/42","method":"GET"},"client_ip":"41.114.228.179","response":{"status":502,"size":7677},"upstream_status":"502","started_at":1565125181000}',
    );
    expect(fields).toMatchObject({
      timestamp: 1565125181000,
      service: 'instructor-svc',
      message: 'GET api/v1/instructors/<*>',
      attributes: { 'response.status': 502, 'latencies.request': 25 },
    });
  });

  it("reads a line whose backslashes start no JSON escape: nginx's \\x22, a PHP class name as it is", () => {
    expect(
      parse(
        '{"time_local":"05/Dec/2026:16:01:02 +0000","request":"GET /a HTTP/1.1","status":200,"http_user_agent":"curl \\x22x\\x22","path":"C:\\\\tmp"}',
      )?.attributes,
    ).toMatchObject({ http_user_agent: 'curl "x"', path: 'C:\\tmp' });
    expect(
      parse(
        '{"level":3,"message":"failed","class":"Doctrine\\DBAL\\Driver","time":"2026-12-05T16:04:12-03:00"}',
      )?.attributes,
    ).toMatchObject({ class: 'Doctrine\\DBAL\\Driver' });
    expect(parse('{"message":"broken \\ and unclosed')).toBeNull();
  });

  it("reads numeric levels counting up (Nextcloud's 0 debug … 4 fatal) where the file's detection says so", () => {
    const line =
      '{"level":1,"time":"2026-12-05T16:01:02-03:00","app":"cron","message":"Finished background job"}';
    expect(parse(line)?.level).toBe('fatal');
    expect(parseJsonLine(line, new TimestampReader(2026), true)?.level).toBe('info');
    const lines = [0, 1, 1, 1, 2, 3, 1, 4].map((l) => line.replace('"level":1', `"level":${l}`));
    expect(detectFormat(lines).ascendingLevels).toBe(true);
    // Syslog's severities (GELF): mostly 6, or 3; and levels beyond 4.
    expect(
      detectFormat(lines.map((l) => l.replace(/"level":\d/, '"level":6'))).ascendingLevels,
    ).toBeUndefined();
    expect(detectFormat([...lines, line.replace('"level":1', '"level":7')]).ascendingLevels).toBeUndefined();
  });

  it('takes "timestamp" over a business "date" written before it, and keeps the date', () => {
    const fields = parse(
      '{"event":"pickup_scheduled","date":"2026-08-15","level":"info","timestamp":"2026-08-13T21:06:48.171901Z"}',
    );
    expect(fields).toMatchObject({
      timestamp: Date.parse('2026-08-13T21:06:48.171Z'),
      message: 'pickup_scheduled',
      attributes: { date: '2026-08-15' },
    });
    // Alone, "date" is still the time.
    expect(parse('{"date":"2026-08-15T10:00:00Z","msg":"ok"}')?.timestamp).toBe(
      Date.parse('2026-08-15T10:00:00Z'),
    );
  });

  it('reads the time of a Kubernetes Event object', () => {
    const fields = parse(
      '{"metadata":{"name":"x.1","creationTimestamp":"2026-04-21T18:41:30Z"},"reason":"OOMKilling","message":"Memory cgroup out of memory: Killed process 34987 (node)","firstTimestamp":"2026-04-21T18:41:34Z","lastTimestamp":"2026-04-21T18:41:35Z","eventTime":null,"type":"Warning"}',
    );
    expect(fields?.timestamp).toBe(Date.parse('2026-04-21T18:41:35Z'));
    expect(fields?.message).toMatch(/^Memory cgroup out of memory/);
  });
});

describe('parseJsonLine: exports of log stores', () => {
  it("reads an Elasticsearch or OpenSearch document's _source as the record", () => {
    const doc = parse(
      '{"_index":"logs-2026.11.25","_id":"a2","_source":{"@timestamp":"2026-11-25T10:00:01.223Z","log":{"level":"error"},"message":"db connect failed","service":{"name":"api"}}}',
    );
    expect(doc).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:01.223Z'),
      level: 'error',
      service: 'api',
      message: 'db connect failed',
      attributes: { _index: 'logs-2026.11.25', _id: 'a2' },
    });
  });

  it("reads the time and level of an application's text line held as the message of a record without a level", () => {
    // `aws logs filter-log-events`: the record's time is CloudWatch's, the line's header is the application's.
    const event = parse(
      '{"logStreamName":"ecs/api/abc","timestamp":1764064801223,"message":"2026-11-25T10:00:01.223Z ERROR db connect failed: connection refused"}',
    );
    expect(event).toMatchObject({ level: 'error', message: 'db connect failed: connection refused' });
    expect(event?.timestamp).toBe(1764064801223);
    const own = parse('{"message":"2026-11-25 10:00:02,323 [WARN] slow query"}');
    expect(own).toMatchObject({
      level: 'warn',
      message: 'slow query',
      timestamp: Date.parse('2026-11-25T10:00:02.323Z'),
    });
    // A record with a level keeps its message; a message without a level word after its time too.
    expect(parse('{"level":"info","message":"2026-11-25T10:00:01Z ERROR x"}')?.message).toBe(
      '2026-11-25T10:00:01Z ERROR x',
    );
    expect(parse('{"message":"2026-11-25T10:00:01Z took 12 ms"}')).toMatchObject({
      level: null,
      message: '2026-11-25T10:00:01Z took 12 ms',
    });
  });

  it('takes a "status" that names a level as the level (Datadog), and keeps an HTTP status as an attribute', () => {
    expect(
      parse('{"date":"2026-11-25T10:00:01Z","status":"error","message":"boom","service":"api"}')?.level,
    ).toBe('error');
    expect(parse('{"status":"warn","level":"info","message":"x"}')?.level).toBe('info');
    const http = parse('{"status":200,"msg":"served"}');
    expect(http).toMatchObject({ level: null, attributes: { status: 200 } });
    expect(parse('{"status":"ok","msg":"x"}')?.level).toBeNull();
  });
});

describe('parseJsonLine remembering the keys of the line before', () => {
  // Keys with roles and without, nested or not, in any order: what a line gives must not depend on
  // the lines read before it (the flattener remembers each place's key, role and dotted name).
  const key = fc.constantFrom(
    'ts',
    'time',
    'level',
    'lvl',
    'msg',
    'message',
    'service',
    'error',
    'id',
    'ms',
    'req',
  );
  const scalar = fc.oneof(
    fc.constantFrom('info', 'error', '2026-11-25T10:00:00Z', 'ok'),
    fc.integer(),
    fc.constant(null),
  );
  const record: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
    node: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, scalar, tie('node')), { maxKeys: 5 }),
  })).node as fc.Arbitrary<Record<string, unknown>>;

  it('reads a line alike whatever line came before (property)', () => {
    fc.assert(
      fc.property(record, record, record, (before, other, line) => {
        const text = JSON.stringify(line);
        parse(JSON.stringify(before));
        const afterBefore = JSON.stringify(parse(text));
        parse(JSON.stringify(other));
        const afterOther = JSON.stringify(parse(text));
        parse(text);
        const afterItself = JSON.stringify(parse(text));
        expect(afterBefore).toBe(afterOther);
        expect(afterItself).toBe(afterOther);
      }),
      { numRuns: 500 },
    );
  });
});
