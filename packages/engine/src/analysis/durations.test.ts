import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttributeValue, MinedEvent } from '../types';
import {
  codeSlotOf,
  codeWordOf,
  DurationKeys,
  durationSlots,
  hasTimeUnit,
  httpStatus,
  isIdleRequest,
  isLongPoll,
  isProbeRequest,
  keyNamesUnit,
  lnOfMs,
  looksLikeSeconds,
  noteUnitless,
  parseDurationParam,
  partOf,
  pathKeyOf,
  placeholderUnitOf,
  readsAsSeconds,
  slotMs,
  statusOfParam,
  statusSlotOf,
  toMs,
} from './durations';

/** The duration attributes DurationKeys finds, in milliseconds, by name. */
function collected(attributes: Record<string, AttributeValue>): Record<string, number> {
  const out = { names: [] as string[], values: [] as number[], count: 0 };
  new DurationKeys().collect(attributes, out);
  return Object.fromEntries(out.names.map((name, i) => [name, out.values[i] ?? NaN]));
}

describe('durations', () => {
  it("reads the unit a message template writes after a duration's placeholder", () => {
    const serilog = 'HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms';
    expect(placeholderUnitOf(serilog, 'Elapsed')).toBe('ms');
    expect(placeholderUnitOf('Job done in {Duration} seconds', 'Duration')).toBe('s');
    expect(placeholderUnitOf('Query took {ElapsedMicroseconds}us', 'ElapsedMicroseconds')).toBe('us');
    expect(placeholderUnitOf('Flushed {Count} items in {Elapsed}', 'Elapsed')).toBeNull();
    expect(placeholderUnitOf('Flushed {Elapsed} sessions', 'Elapsed')).toBeNull();
    expect(placeholderUnitOf('request completed in 12 ms', 'Elapsed')).toBeNull();
  });

  it("finds the variable holding a process's exit or return code, not another number", () => {
    expect(codeSlotOf('Starter pid <*> exited with status <*>')).toBe(1);
    expect(codeWordOf('Starter pid <*> exited with status <*>', 1)).toBe('status');
    expect(codeSlotOf('Script `chk_haproxy` now returning <*>')).toBe(0);
    expect(codeWordOf('Script `chk_haproxy` now returning <*>', 0)).toBe('returning');
    expect(codeSlotOf('job <*> finished in <*> rc=<*>')).toBe(2);
    expect(codeWordOf('job <*> finished in <*> rc=<*>', 2)).toBe('rc');
    expect(codeSlotOf('Process <*> exited, exit code: <*>')).toBe(1);
    // Codes that are no process's end: a message code, a status word, an HTTP status.
    expect(codeSlotOf('ciod: Message code <*> is not <*> or <*>')).toBe(-1);
    expect(codeSlotOf('Job <*> status <*>')).toBe(-1);
    expect(codeSlotOf('Sent <*> in <*>')).toBe(-1);
    expect(codeSlotOf('cache hit ratio 0.93')).toBe(-1);
    // A count, an answer, a finished flow's HTTP status.
    expect(codeSlotOf('Rate quote <*> returned <*> options')).toBe(-1);
    expect(codeSlotOf('TimingFilter:<*> - Request finished: POST <*> returned <*> in <*> ms')).toBe(-1);
    expect(codeSlotOf('ExecutionContext$ExecutionTask.call() : Flow <*> completed, target status <*>')).toBe(
      -1,
    );
  });

  it("finds the status in a web framework's line about a request it answered", () => {
    expect(statusSlotOf('Sent <*> in <*>')).toBe(0);
    // Plex: the status right before the method and the path.
    expect(statusSlotOf('[<*>] <*> GET <*> (<*> live) #<*> GZIP <*> <*> bytes (pipelined: <*>)')).toBe(1);
    // ASP.NET Core: the status after the lone "-" that follows the URL (a DELETE's empty body: "- -").
    expect(statusSlotOf('Request finished <*> GET <*> - <*> <*> application/json;+charset=<*> <*>')).toBe(2);
    expect(statusSlotOf('Request finished <*> DELETE <*> - <*> - - <*>')).toBe(2);
    expect(statusSlotOf('Request starting <*> GET <*> - - -')).toBe(-1);
    // morgan (Express): method, path, status.
    expect(statusSlotOf('GET <*> <*> <*> - <*> ms')).toBe(1);
    expect(statusSlotOf('GET <*> from <*>')).toBe(-1);
    // Vapor (Swift): the same after its request id and tag (blind19 15/s02); not after a word.
    expect(statusSlotOf('request-id=<*> [App] GET <*> <*> <*>')).toBe(2);
    expect(statusSlotOf('request-id=<*> [Vapor] GET <*>')).toBe(-1);
    expect(statusSlotOf('retrying GET <*> <*> times')).toBe(-1);
    // A Go service's request log: method, path, an arrow, status (blind5 32/s01).
    expect(statusSlotOf('GET <*> -> <*> (<*>, <*> bytes)')).toBe(1);
    expect(statusSlotOf('GET <*> -> HTTP <*> in <*> ms')).toBe(1);
    // OkHttp's logging interceptor: the status after its response arrow (blind7 13/s01), not a request's.
    expect(statusSlotOf('<-- <*> <*> (<*>, <*> body)')).toBe(0);
    expect(statusSlotOf('<-- <*> OK <*> (<*>, <*> body)')).toBe(0);
    expect(statusSlotOf('<-- END HTTP (<*> body)')).toBe(-1);
    expect(statusSlotOf('--> GET <*>')).toBe(-1);
    // A quoted request line, then its status (katip's request logger, blind19 2/s07).
    expect(statusSlotOf('"GET <*>" <*> <*>')).toBe(1);
    expect(statusSlotOf('"POST <*> HTTP/1.1" <*> <*> <*>')).toBe(1);
    expect(statusSlotOf('"GET <*>" failed')).toBe(-1);
    // …also after a client and a time, as Jetty's RequestLog writes it in Pulsar's broker log.
    expect(statusSlotOf('<*> - - [<*>] "GET <*> HTTP/1.1" <*> <*> "-" "<*>" <*>')).toBe(3);
    expect(statusSlotOf('sync <*> -> <*>')).toBe(-1);
    // Synapse (Matrix): the status before the quoted request, whose method may vary (blind17 22/s04).
    const synapse =
      '<*> - <*> - <*> - <*> Processed request: <*> (<*>, <*>) (<*>) <*> <*> "<*> <*> <*>" "<*>" [<*> dbevts]';
    expect(statusSlotOf(synapse)).toBe(9);
    expect(statusSlotOf('<*> - Processed request: "<*>" in <*>')).toBe(-1);
    expect(statusSlotOf('Processed request <*> "<*>"')).toBe(-1);
    expect(statusSlotOf('[<*>] Completed <*> Internal Server Error in <*> (ActiveRecord: <*>)')).toBe(1);
    expect(statusSlotOf('[<*>] Completed <*> OK in <*> (Views: <*> | ActiveRecord: <*>)')).toBe(1);
    expect(statusSlotOf('[<*>] Completed <*> <*> <*> in <*> (Views: <*>)')).toBe(1);
    expect(statusSlotOf('Completed <*> jobs in <*>')).toBe(-1);
    // Gitea's request lines, old and new.
    expect(statusSlotOf('[Macaron] <*> <*> Completed GET <*> <*> Internal Server Error in <*>')).toBe(3);
    expect(statusSlotOf('router: completed GET <*> for <*> <*> OK in <*> @ <*>')).toBe(2);
    expect(statusSlotOf('Completed <*> OK')).toBe(-1);
    expect(statusSlotOf('Sent <*> emails')).toBe(-1);
    expect(statusSlotOf('Processing by <*> as HTML')).toBe(-1);
    // A status key's pair after a message (hclog: Terraform's providers), a token of two variables before it.
    const terraform =
      'provider.terraform-provider-aws_v4.<*>: HTTP Response Received: @caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.<*>.go:<*> aws.operation=<*> http.duration=<*> http.status_code=<*> tf_req_id=<*>';
    expect(statusSlotOf(terraform)).toBe(4);
    expect(statusSlotOf('job <*> finished status=<*>')).toBe(1);
    expect(statusSlotOf('job <*> finished state=<*>')).toBe(-1);
    expect(statusSlotOf('<*> "GET <*> HTTP/1.1" status: <*> len: <*> time: <*>')).toBe(2);
    // Its duration: the event's variable 3 (`v2.<*>.go:<*>` is one variable, as readParams reads it).
    expect(durationSlots(terraform).map((s) => s.index)).toEqual([3]);
    expect(statusOfParam('503')).toBe(503);
    expect(statusOfParam('42')).toBeNull();
    expect(statusOfParam('999')).toBeNull();
    expect(statusOfParam(undefined)).toBeNull();
  });

  it("takes a request's path as the kind of work only where the message is not the route already", () => {
    expect(pathKeyOf({ method: 'GET', path: '/v1/billing/42', status: 200 }, 'request completed')).toBe(
      'path',
    );
    expect(pathKeyOf({ 'http.url': '/x' }, 'request completed')).toBe('http.url');
    expect(pathKeyOf({ path: '/v1/billing/42' }, 'GET v1/billing/<*>')).toBeNull();
    // A path that is not a request's (a file's) is no route.
    expect(pathKeyOf({ path: 'C:\\data\\x.csv' }, 'imported <*>')).toBeNull();
    expect(pathKeyOf({ file: '/var/data/x.csv' }, 'imported <*>')).toBeNull();
  });

  it('finds duration variables from the template text', () => {
    expect(durationSlots('Invoice <*> generated in <*> ms').map((s) => s.index)).toEqual([1]);
    expect(durationSlots('request took <*>').map((s) => s.name)).toEqual(['took']);
    // Hive's query times.
    expect(
      durationSlots('Completed executing command(queryId=<*>); Time taken: <*> seconds').map((s) => [
        s.index,
        s.name,
        s.unit,
      ]),
    ).toEqual([[1, 'time taken', 's']]);
    // A unit spelled out after the variable (OpenStack's nova-compute: `Took 13.34 seconds to spawn …`).
    expect(
      durationSlots('[instance: <*>] Took <*> seconds to spawn the instance').map((s) => s.unit),
    ).toEqual(['s']);
    expect(durationSlots('backup took <*> min').map((s) => s.unit)).toEqual(['m']);
    expect(durationSlots('query took <*> milliseconds').map((s) => s.unit)).toEqual(['ms']);
    // The word before a parenthesis (Proxmox's pvestatd), a unit required there.
    expect(
      durationSlots('status update time (<*> seconds)').map((s) => [s.name, s.unit, s.needsUnit]),
    ).toEqual([['time', 's', false]]);
    expect(durationSlots('changed at time (<*>)').map((s) => s.needsUnit)).toEqual([true]);
    // Slurm's `usec=1218`: a key that is a unit alone.
    expect(
      durationSlots('_slurm_rpc_submit_batch_job: JobId=<*> InitPrio=<*> usec=<*>').map((s) => [
        s.index,
        s.unit,
      ]),
    ).toEqual([[2, 'us']]);
    // A camelCase key ending with its unit (an interface engine's `durMs=`), not a time's.
    expect(durationSlots('GET <*> status=<*> durMs=<*> client=<*>').map((s) => [s.index, s.unit])).toEqual([
      [2, 'ms'],
    ]);
    expect(durationSlots('job <*> startTimeMs=<*>')).toEqual([]);
    // A unit and what took it: Calico Felix's `msecToApply=12.9`.
    expect(
      durationSlots('Finished applying updates to dataplane. msecToApply=<*>').map((s) => [s.index, s.unit]),
    ).toEqual([[0, 'ms']]);
    expect(durationSlots('first byte microsToFirstByte=<*>').map((s) => s.unit)).toEqual(['us']);
    expect(durationSlots('retries msecondary=<*> msToken=<*>')).toEqual([]);
    // A combined access line as a message, its time taken closing it (Jetty's RequestLog in Pulsar's).
    expect(
      durationSlots('<*> - - [<*>] "GET <*> HTTP/1.1" <*> <*> "-" "<*>" <*>').map((s) => [s.index, s.unit]),
    ).toEqual([[6, 'ms']]);
    expect(
      durationSlots('<*> - - [<*> <*>] "GET <*> <*>" <*> <*> "<*>" "Pulsar-Java-v3.<*>" <*>'),
    ).toHaveLength(1);
    expect(durationSlots('<*> - - [<*>] "GET <*> HTTP/1.1" <*> <*> "-" "<*>"')).toEqual([]);
    // Unbound's log-replies: the time after the answer's code, in seconds.
    expect(
      durationSlots('reply: <*> <*> AAAA IN NOERROR <*> <*> <*>').map((s) => [s.index, s.name, s.unit]),
    ).toEqual([[2, 'reply', 's']]);
    expect(durationSlots('query: <*> <*> A IN')).toEqual([]);
    // Solr's QTime (ms); 389-ds' and OpenLDAP's etime and qtime (seconds).
    expect(
      durationSlots('webapp=/solr path=/select params=<*> hits=<*> status=<*> QTime=<*>').map((s) => [
        s.index,
        s.name,
        s.unit,
      ]),
    ).toEqual([[3, 'qtime', null]]);
    expect(
      durationSlots('conn=<*> op=<*> RESULT err=<*> tag=<*> nentries=<*> wtime=<*> optime=<*> etime=<*>').map(
        (s) => [s.index, s.name, s.unit],
      ),
    ).toEqual([[7, 'etime', 's']]);
    expect(durationSlots('user <*> logged in <*> times').every((s) => s.needsUnit)).toBe(true);
    expect(durationSlots('uptime <*> seconds, <*> users')).toEqual([]);
    // MySQL's slow query log; not its row counts.
    expect(
      durationSlots('# Query_time: <*> Lock_time: <*> Rows_sent: <*> Rows_examined: <*>').map((s) => s.index),
    ).toEqual([0, 1]);
    // MySQL writes those in seconds, without saying so.
    expect(durationSlots('# Query_time: <*> Lock_time: <*> Rows_sent: <*>').map((s) => s.unit)).toEqual([
      's',
      's',
    ]);
    expect(durationSlots('query time: <*>').map((s) => s.unit)).toEqual([null]);
    // Postfix's delivery time.
    expect(
      durationSlots('<*>: to=<*>, relay=<*>, delay=<*>, delays=<*>, dsn=<*>, status=sent').map(
        (s) => s.index,
      ),
    ).toEqual([3]);
    // A key that ends with its unit (go-hclog's pairs in the message, gRPC's `grpc.time_ms`).
    const slots = (template: string) => durationSlots(template).map((s) => [s.index, s.name, s.unit]);
    expect(slots('request completed: method=<*> path=<*> status=<*> duration_ms=<*> bytes=<*>')).toEqual([
      [3, 'duration', 'ms'],
    ]);
    expect(slots('finished unary call: grpc.code=<*> grpc.time_ms=<*> peer.address=<*>')).toEqual([
      [1, 'time', 'ms'],
    ]);
    expect(slots('sync done: elapsed_seconds=<*> items=<*>')).toEqual([[0, 'elapsed', 's']]);
    expect(slots('stats: uptime_s=<*> retries=<*>')).toEqual([]);
  });

  it("finds a duration among a JSON object's values inside a message, one token of several variables", () => {
    // Druid's request log: the query, then its statistics, each a JSON object without blanks.
    const druid =
      '<*> {"queryType":<*>"},"context":{"queryId":"<*>"}} {"query/time":<*>,"query/bytes":<*>,"success":<*>,"identity":"allowAll"}';
    const [slot, ...others] = durationSlots(druid);
    expect(others).toEqual([]);
    expect(slot).toMatchObject({
      index: 2,
      name: 'time',
      part: 0,
      literals: [',"query/bytes":', ',"success":'],
    });
    // The miner's variable is all of the token's variables with the text between (see readParams).
    const params = [
      '2018-07-10T11:13:03.585Z',
      'scan","dataSource":{"type":"table"},"context":{"queryId":"b953695e',
    ];
    expect(slot && slotMs(slot, [...params, '86,"query/bytes":227507,"success":true'])).toBe(86);
    expect(slot && slotMs(slot, [...params, 'oops'])).toBeNull();
    // A later variable of the token: read between the texts around it.
    const [took] = durationSlots('done {"rows":<*>,"took_ms":<*>,"cached":<*>}');
    expect(took).toMatchObject({ index: 0, name: 'took', unit: 'ms', part: 1 });
    expect(took && slotMs(took, ['12,"took_ms":250,"cached":false'])).toBe(250);
    expect(partOf('12,"took_ms":250,"cached":false', [',"took_ms":', ',"cached":'], 2)).toBe('false');
    expect(partOf('12', [',"took_ms":', ',"cached":'], 1)).toBeNull();
    // A unit in parentheses after the word (HDFS' clienttrace, blind23 16/s05).
    expect(
      durationSlots('src: <*>, dest: <*>, bytes: <*>, op: HDFS_WRITE, blockid: <*>, duration(ns): <*>').map(
        (s) => [s.index, s.name, s.unit],
      ),
    ).toEqual([[4, 'duration', 'ns']]);
    expect(durationSlots('elapsed (ms): <*>').map((s) => s.unit)).toEqual(['ms']);
    // An abbreviated unit alone: BIND's zone transfers (blind21 15/s03); not a time counted up.
    expect(
      durationSlots(
        "transfer of '<*>' from <*>: Transfer completed: <*> messages, <*> records, <*> bytes, <*> secs (<*> bytes/sec) (serial <*>)",
      ).map((s) => [s.index, s.unit]),
    ).toEqual([[5, 's']]);
    expect(durationSlots('server up <*> secs, <*> clients')).toEqual([]);
    expect(durationSlots('uptime <*> seconds')).toEqual([]);
    // A time as a JSON string is no duration; nor is a key that only opens with the word.
    expect(durationSlots('event {"time":"<*>","level":<*>}')).toEqual([]);
    expect(durationSlots('event {"timestamp":<*>,"n":<*>}')).toEqual([]);
  });

  it("reads a table of timers after its unit: DeepSpeed's and Megatron-LM's `time (ms) | name: value | …`", () => {
    const deepspeed =
      'time (ms) | fwd_microstep: <*> | bwd_microstep: <*> | bwd_inner_microstep: <*> | step_microstep: <*>';
    expect(durationSlots(deepspeed).map((s) => [s.index, s.name, s.unit])).toEqual([
      [0, 'fwd_microstep', 'ms'],
      [1, 'bwd_microstep', 'ms'],
      [2, 'bwd_inner_microstep', 'ms'],
      [3, 'step_microstep', 'ms'],
    ]);
    expect(
      durationSlots('iteration <*>/ <*> | time (s) | forward-compute: <*> | optimizer: <*>').map((s) => [
        s.name,
        s.unit,
      ]),
    ).toEqual([
      ['forward-compute', 's'],
      ['optimizer', 's'],
    ]);
    // Without the unit before them, such names say nothing of time.
    expect(durationSlots('stats | fwd_microstep: <*> | tokens: <*>')).toEqual([]);
  });

  it('reads values with their unit in milliseconds', () => {
    expect(parseDurationParam('1.5s', null)).toBe(1500);
    expect(parseDurationParam('250', 'ms')).toBe(250);
    expect(parseDurationParam('42', null, true)).toBeNull();
    expect(parseDurationParam('42ms', null, true)).toBe(42);
    expect(parseDurationParam('abc', null)).toBeNull();
    // ISO 8601's durations, as Java's Duration prints them (Jitsi's `health check in PT0.016S`).
    expect(parseDurationParam('PT0.016S', null, true)).toBe(16);
    expect(parseDurationParam('PT1M30.5S', null, true)).toBe(90_500);
    expect(parseDurationParam('P1DT2H', null, true)).toBe(26 * 3_600_000);
    expect(parseDurationParam('PT', null, true)).toBeNull();
    expect(parseDurationParam('PTS', null, true)).toBeNull();
  });

  it('converts each unit to milliseconds, and reads anything else (or none) as milliseconds', () => {
    const units: [string | null | undefined, number][] = [
      ['s', 2000],
      ['sec', 2000],
      ['ms', 2],
      ['us', 0.002],
      ['µs', 0.002],
      ['ns', 0.000002],
      ['m', 120_000],
      ['h', 7_200_000],
      // Not units (or not these): milliseconds.
      [null, 2],
      [undefined, 2],
      ['', 2],
      ['S', 2],
      ['MS', 2],
      ['min', 2],
      ['secs', 2],
      ['se', 2],
      ['xs', 2],
      ['sex', 2],
      ['d', 2],
    ];
    for (const [unit, ms] of units) expect([unit, toMs(2, unit)]).toEqual([unit, ms]);
  });

  it('reads a number by hand to the same value parseFloat gives, however many decimals it has', () => {
    const digits = (min: number, max: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
    fc.assert(
      fc.property(
        digits(1, 15),
        fc.option(digits(1, 20), { nil: undefined }),
        fc.constantFrom('', 'ms', 's', 'us', 'ns', 'sec'),
        (whole, fraction, unit) => {
          const number = fraction === undefined ? whole : `${whole}.${fraction}`;
          const read = parseDurationParam(`${number}${unit}`, 'ms');
          expect(read).toBe(toMs(parseFloat(number), unit === '' ? 'ms' : unit));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a status of three digits, and nothing else', () => {
    expect(['200', '404', '599', '100'].map(statusOfParam)).toEqual([200, 404, 599, 100]);
    expect(['099', '600', '20x', ' 20', '1e2', '2.0', '-20'].map(statusOfParam)).toEqual(Array(7).fill(null));
  });

  it('reads duration attributes, and leaves look-alike keys alone', () => {
    expect(
      collected({
        duration_ms: 12,
        requestTime: 0.25,
        items: 40,
        ms: 7,
        status: 200,
        latency: '30',
        durable: 1,
      }),
    ).toEqual({ duration_ms: 12, requestTime: 250, ms: 7, latency: 30 });
  });

  it('reads attribute values that carry their own unit, as logfmt and Go write them', () => {
    const attributes = {
      duration: '120ms',
      elapsed: '1.5s',
      took_ms: '80µs',
      'job.duration': '2m30s',
      latency: '',
      rt: 'fast',
      time_taken: -3,
      // zerolog's Dur fields.
      dur: '197.807531ms',
    };
    expect(collected(attributes)).toEqual({
      duration: 120,
      elapsed: 1500,
      took_ms: 0.08,
      'job.duration': 150_000,
      dur: 197.807531,
    });
  });

  it("takes a key's unit from its suffix before its name", () => {
    const attributes = {
      request_time_ms: 250,
      'event.duration': 3_000_000,
      elapsed_ns: 500_000,
      latency_us: 1500,
      timestamp_ns: 1_700_000_000_000_000_000,
    };
    expect(collected(attributes)).toEqual({
      request_time_ms: 250,
      'event.duration': 3,
      elapsed_ns: 0.5,
      latency_us: 1.5,
    });
  });

  it('knows a value glued to a time unit for a duration, wherever it stands', () => {
    expect(['18.829ms', '1.5s', '250us', '3ns'].map(hasTimeUnit)).toEqual([true, true, true, true]);
    expect(['1306M', '18.829', 'ms', '5 ms', 'v2s', '2048M)'].map(hasTimeUnit)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads an HTTP status from the usual attribute names', () => {
    expect(httpStatus({ status: 503 })).toBe(503);
    expect(httpStatus({ status_code: '404' })).toBe(404);
    expect(httpStatus({ status: 'ok' })).toBeNull();
    // Nested objects, flattened: pino-http/bunyan, ECS and OpenTelemetry.
    expect(httpStatus({ 'res.statusCode': 500 })).toBe(500);
    expect(httpStatus({ 'http.response.status_code': 502 })).toBe(502);
    // The Docker registry's logrus fields (Harbor's registry: `http.response.status=502`).
    expect(httpStatus({ 'http.response.status': '502' })).toBe(502);
    expect(httpStatus({ response_code: 504 })).toBe(504);
    // Traefik's: the status the client got.
    expect(httpStatus({ DownstreamStatus: 502, OriginStatus: 0 })).toBe(502);
    // Kong's file log: the response's.
    expect(httpStatus({ 'response.status': 503, upstream_status: '503' })).toBe(503);
    // Go's http.Response.Status, the reason phrase after the digits (GitLab Runner, blind15 10/s08).
    expect(httpStatus({ status: '502 Bad Gateway' })).toBe(502);
    expect(httpStatus({ status: '200 OK' })).toBe(200);
    expect(httpStatus({ status: '500 items' })).toBeNull();
  });

  it('reads a number with its unit, or a Go compound duration, as a plain reading of them does', () => {
    const pattern = /^(\d+(?:\.\d+)?)(ms|s|sec|us|µs|ns)?$/;
    const inMs = (value: number, unit: string | null | undefined): number =>
      unit === 'h'
        ? value * 3_600_000
        : unit === 'm'
          ? value * 60_000
          : unit === 's' || unit === 'sec'
            ? value * 1000
            : unit === 'us' || unit === 'µs'
              ? value / 1000
              : unit === 'ns'
                ? value / 1e6
                : value;
    const reference = (param: string, unit: string | null, needsUnit: boolean): number | null => {
      const match = pattern.exec(param.trim());
      if (match) {
        if (needsUnit && match[2] === undefined) return null;
        return inMs(Number(match[1]), match[2] ?? unit);
      }
      // Go's compound durations: number-unit parts, each with its unit.
      const parts = [...param.trim().matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)];
      if (parts.length === 0 || parts.map((p) => p[0]).join('') !== param.trim()) return null;
      return parts.reduce((ms, p) => ms + inMs(Number(p[1]), p[2]), 0);
    };
    const text = fc.array(fc.constantFrom(...'0123456789.smecuµnh x'.split('')), { maxLength: 10 });
    fc.assert(
      fc.property(text, fc.constantFrom(null, 'ms', 's', 'us'), fc.boolean(), (chars, unit, needsUnit) => {
        const param = chars.join('');
        expect(parseDurationParam(param, unit, needsUnit)).toBe(reference(param, unit, needsUnit));
      }),
      { numRuns: 5000 },
    );
  });

  it('tells seconds written without a unit from milliseconds by their decimals', () => {
    // Caddy's duration, Sidekiq's elapsed=, MySQL's Query_time, zap's and gunicorn's float seconds.
    for (const v of [0.012345, 0.034, 0.125, 2.000123, 1.234567, 3e-7])
      expect(looksLikeSeconds(v), `${v}`).toBe(true);
    // Milliseconds: whole, lograge's two decimals, Serilog's four above a millisecond; and zero.
    for (const v of [12, 1, 12.34, 0.25, 12.3456, 250.5, 0]) expect(looksLikeSeconds(v), `${v}`).toBe(false);
  });

  it('reads a series as seconds only when most of its unit-less values look so', () => {
    const series = (values: number[], unitGuessed = true) => {
      const guess = { unitGuessed, unitSamples: 0, secondsVotes: 0 };
      for (const v of values) noteUnitless(guess, v);
      return readsAsSeconds(guess);
    };
    const seconds = [0.012, 0.034, 0.0451, 0.102, 0.0088, 0.25, 0.061, 0.019];
    expect(series(seconds)).toBe(true);
    expect(series(seconds, false)).toBe(false); // the key or template named a unit
    expect(series(seconds.slice(0, 5))).toBe(false); // too few to tell
    expect(series([...seconds, 12, 15, 9])).toBe(false); // whole milliseconds among them
    expect(series([12.34, 8.5, 103.25, 40.1, 7.75, 19.2, 11, 15.5])).toBe(false);
    // pino-http's and Fastify's `responseTime` names its unit: milliseconds of many decimals.
    expect(keyNamesUnit('responseTime')).toBe(true);
    expect(keyNamesUnit('res.responseTime')).toBe(true);
    expect(collected({ responseTime: 60.74761241508187 })).toEqual({ responseTime: 60.74761241508187 });
    expect(keyNamesUnit('latency')).toBe(false);
    // A unit and what took it, as a logfmt or JSON key (Calico Felix's msecToApply).
    expect(collected({ durMs: 12, queryTimeMs: 30, startTimeMs: 1_700_000_000_000 })).toEqual({
      durMs: 12,
      queryTimeMs: 30,
    });
    expect(collected({ msecToApply: 12.5, 'req.microsToFirstByte': 1500, msToken: 7 })).toEqual({
      msecToApply: 12.5,
      'req.microsToFirstByte': 1.5,
    });
  });

  it('tells probes and scrapes from requests by their path, in the attribute or the first variable', () => {
    const byPath = (path: string) =>
      isProbeRequest({ attributes: { path }, params: [] } as unknown as MinedEvent);
    const probes = [
      '/healthz',
      '/health',
      '/api/health-check',
      '/readyz?verbose',
      '/Ping',
      '/metrics/',
      '/v1/livez',
    ];
    for (const path of probes) expect(byPath(path), path).toBe(true);
    const requests = [
      '/api/orders/4183',
      '/',
      '/hello',
      '/pingback',
      '/a/b/healthz',
      '/metrics-ui/x',
      '/login49',
    ];
    for (const path of requests) expect(byPath(path), path).toBe(false);
    const inMessage = { attributes: {}, params: ['/readiness', '200'] } as unknown as MinedEvent;
    expect(isProbeRequest(inMessage)).toBe(true);
  });

  it('tells probes by their path as the whole expression does, its prefilter of two letters notwithstanding', () => {
    // The expression of durations.ts (PROBE_PATH), read without the prefilter that spares most paths it.
    const probe =
      /^\/(?:[\w-]+\/)?(?:healthz?|health[-_]?check|livez?|liveness|readyz?|readiness|ping|metrics)\/?(?:[?#]|$)/i;
    const words = ['health', 'Healthz', 'health-check', 'HEALTH_CHECK', 'livez', 'Liveness', 'readyz'];
    words.push('readiness', 'ping', 'Metrics', 'login', 'reports', 'products', 'me', 'li', 'h', 'api');
    words.push('v1', 'pingback', '');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', '/', '?x=1', '#top', '2'),
        (segments, end) => {
          const path = `/${segments.join('/')}${end}`;
          const byPath = isProbeRequest({ attributes: { path }, params: [] } as unknown as MinedEvent);
          expect(byPath, path).toBe(path.length <= 40 && probe.test(path));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("tells long polls from requests by their query string: Consul's, Nomad's, etcd's and Kubernetes' waits", () => {
    const polls = [
      '/v1/job/redis/allocations?index=72998842',
      '/v1/health/service/web?dc=dc1&index=1234&wait=5m',
      '/v1/kv/config?wait=30s&index=17',
      '/v2/keys/foo?wait=true',
      '/api/v1/namespaces/default/pods?resourceVersion=4711&watch=true',
      '/apis/apps/v1/deployments?watch=1&timeoutSeconds=300',
    ];
    for (const path of polls) expect(isLongPoll(path), path).toBe(true);
    const requests = [
      '/v1/jobs',
      '/index.html?x=1',
      '/search?q=index=3',
      '/api/items?page=2&reindex=1',
      '/docs/wait=5',
      '/api/watchlist?watch=false',
      '/v1/kv/config?waiting=1',
    ];
    for (const path of requests) expect(isLongPoll(path), path).toBe(false);
    const event = (attributes: Record<string, AttributeValue>, params: string[]) =>
      ({ attributes, params }) as unknown as MinedEvent;
    expect(isIdleRequest(event({ path: '/v1/nodes?index=88' }, []))).toBe(true);
    expect(isIdleRequest(event({}, ['/v1/nodes?index=88', '200']))).toBe(true);
    expect(isIdleRequest(event({}, ['/healthz']))).toBe(true);
    expect(isIdleRequest(event({ path: '/v1/nodes' }, ['/v1/nodes?index=88']))).toBe(false);
  });
});

describe('lnOfMs', () => {
  const reference = (ms: number): number => Math.log(ms > 0 ? ms : 0.5);

  it('is the logarithm Math.log gives, a zero counting as half a millisecond', () => {
    for (let ms = 0; ms <= 5000; ms++) expect(Object.is(lnOfMs(ms), reference(ms))).toBe(true);
    for (const ms of [-0, -1, -4095, 0.5, 4095.5, 4096, 2 ** 32 + 5, 1e12, NaN, Infinity, -Infinity])
      expect(Object.is(lnOfMs(ms), reference(ms))).toBe(true);
    expect(lnOfMs(0)).toBe(Math.log(0.5));
  });

  it('agrees with Math.log on any double (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -10, max: 5000 })), (ms) =>
        Object.is(lnOfMs(ms), reference(ms)),
      ),
      { numRuns: 2000 },
    );
  });
});
