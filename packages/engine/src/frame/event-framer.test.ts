import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventFramer, type FramedEvent } from './event-framer';
import { isContinuation, newFramingState } from './is-continuation';

function frame(lines: string[], max = 1 << 16): FramedEvent[] {
  const framer = new EventFramer(max);
  const out: FramedEvent[] = [];
  lines.forEach((l, i) => {
    const e = framer.push(l, i + 1);
    if (e) out.push(e);
  });
  const last = framer.flush();
  if (last) out.push(last);
  return out;
}

describe('EventFramer', () => {
  it('joins a Java stack trace with its cause into the event before it', () => {
    const events = frame([
      '10:00 ERROR Job failed',
      'java.lang.IllegalStateException: boom',
      '\tat com.acme.Job.run(Job.java:42)',
      'Caused by: java.io.IOException: disk full',
      '\t... 2 more',
      '10:01 INFO next',
    ]);
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 5],
      [6, 1],
    ]);
  });

  it("joins .NET, PHP and Ruby stack traces and a Rust panic's message to the event they belong to", () => {
    const events = frame([
      '2026-11-25 10:00:01.456 +00:00 [ERR] Unhandled exception',
      'System.InvalidOperationException: Sequence contains no elements',
      '   at Shop.Api.Controllers.OrdersController.Get(Int32 id) in /src/OrdersController.cs:line 42',
      '2026-11-25 10:00:01.500 +00:00 [ERR] Query failed',
      'Npgsql.PostgresException (0x80004005): 42P01: relation "orders" does not exist',
      '[25-Nov-2026 10:00:00 UTC] PHP Fatal error:  Uncaught Error: Call to a member function getId() on null',
      'Stack trace:',
      '#0 /var/www/src/Controller.php(17): Order->total()',
      '#1 {main}',
      '  thrown in /var/www/src/Order.php on line 42',
      "E, [2026-11-25T10:00:00.123456 #1234] ERROR -- : NoMethodError (undefined method `name' for nil):",
      "app/controllers/orders_controller.rb:42:in `show'",
      "actionpack (7.0.4) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'",
      '2026-11-25T10:00:02.000Z INFO  api: serving',
      "thread 'tokio-runtime-worker' panicked at src/handlers.rs:42:17:",
      'called `Option::unwrap()` on a `None` value',
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
      '2026-11-25T10:00:03.000Z INFO  api: restarting worker',
      'Completed 500 Internal Server Error in 12ms',
    ]);
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 3],
      [4, 2],
      [6, 5],
      [11, 3],
      [14, 1],
      [15, 3],
      [18, 1],
      [19, 1],
    ]);
  });

  it("joins Elixir's and Erlang's crash reports to the error line before them", () => {
    const events = frame([
      '10:00:02.323 [error] GenServer App.Cache terminating',
      '** (KeyError) key :id not found in: %{}',
      '    (app 0.1.0) lib/app/cache.ex:20: App.Cache.handle_call/3',
      'Last message (from #PID<0.123.0>): {:get, :user}',
      'State: %{size: 0}',
      '10:00:03.000 [error] ** Generic server app_cache terminating',
      '** Last message in was {get,user}',
      '** Reason for termination ==',
      '** {badarg,[{ets,lookup,[cache,user],[]}]}',
      '10:00:04.000 [info] recovered',
      'State: running',
    ]);
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 5],
      [6, 4],
      [10, 1],
      [11, 1],
    ]);
  });

  it("joins ClickHouse's numbered frames (after a blank line) to the error that printed them", () => {
    const events = frame([
      '2021.10.17 08:47:15.802251 [ 6462 ] {0ad72f21} <Error> executeQuery: Code: 241. DB::Exception: Memory limit (for query) exceeded',
      '',
      '0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000001561eaed in /usr/bin/clickhouse',
      '1. DB::InterpreterSelectQuery::executeImpl(DB::QueryPlan&, std::optional<DB::Pipe>) @ 0x0000000013a53890 in /usr/bin/clickhouse',
      '12. ./build_docker/../src/Server/TCPHandler.cpp:2008: DB::TCPHandler::run() @ 0x000000000fbd33fe',
      '2021.10.17 08:47:16.001000 [ 9124 ] {} <Trace> SystemLog (system.query_log): Flushed system log up to offset 4460432',
      '10. item 7 @ 0x1f written',
    ]);
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 5],
      [6, 1],
      [7, 1],
    ]);
  });

  it('starts a new event at a traceback nobody logged: one written after an INFO or DEBUG line', () => {
    const traceback = [
      'Traceback (most recent call last):',
      '  File "/app/pipeline/clients/partner.py", line 356, in run',
      '    return self._send(batch)',
      'redis.exceptions.ConnectionError: Error 111 connecting to cache:6379. Connection refused.',
    ];
    const after = (first: string) =>
      frame([first, ...traceback, '2026-03-05 11:08:20,178 INFO [pipeline.worker] starting ldap-sync']).map(
        (e) => [e.line, e.lineCount],
      );
    // The crash after ordinary work: the service's last line, the traceback, the restart.
    const crash = [
      [1, 1],
      [2, 4],
      [6, 1],
    ];
    expect(
      after('2026-03-05 11:07:52,512 INFO [pipeline.worker] Rate limit bucket refilled for client 46091'),
    ).toEqual(crash);
    expect(
      after('DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.example.com:443'),
    ).toEqual(crash);
    expect(
      after('[2026-03-05 11:07:52,512: INFO/MainProcess] Task sync[1f2e] succeeded in 0.4s: None'),
    ).toEqual(crash);
    // absl/glog write the level as a letter before the date (TensorFlow's training loop).
    expect(
      after(
        'I0217 10:35:21.956789 139872419940165 train.py:312] step 55288, loss = 1.4399 (0.103 sec/batch)',
      ),
    ).toEqual(crash);
    // Logged exceptions (logger.exception, logger.warning(exc_info=True)) keep their traceback, even
    // when the message itself mentions info.
    const logged = [
      [1, 5],
      [6, 1],
    ];
    expect(after('2026-03-05 11:07:52,512 ERROR [pipeline.sync] failed to fetch account info')).toEqual(
      logged,
    );
    expect(after('2026-03-05 11:07:52,512 WARNING [pipeline.sync] retrying after error')).toEqual(logged);
    expect(after('ERROR:app.jobs:job failed')).toEqual(logged);
    expect(after('E0217 10:35:21.956789 139872419940165 train.py:330] checkpoint failed')).toEqual(logged);
  });

  it('keeps a Python traceback, its final exception line included, with its event', () => {
    const events = frame([
      'ERROR task crashed',
      'Traceback (most recent call last):',
      '  File "/app/w.py", line 10, in run',
      'ValueError: bad input',
      'INFO next task',
    ]);
    expect(events.map((e) => e.lineCount)).toEqual([4, 1]);
  });

  it('keeps a Go panic and its goroutine dump together', () => {
    const events = frame([
      'panic: runtime error: index out of range',
      '',
      'goroutine 1 [running]:',
      'main.handler(0xc000010000)',
      '\t/app/main.go:42 +0x1d',
      'exit status 2',
      '2026/11/25 10:00:05 listening',
    ]);
    expect(events.map((e) => e.lineCount)).toEqual([6, 1]);
  });

  it('joins a Node error and its indented frames', () => {
    const events = frame([
      'ERROR request failed',
      "TypeError: Cannot read properties of undefined (reading 'id')",
      '    at handler (/app/s.js:1:2)',
      'INFO ok',
    ]);
    expect(events.map((e) => e.lineCount)).toEqual([3, 1]);
  });

  it('truncates an oversized event with a marker and still counts its lines', () => {
    const events = frame(['start', ...Array.from({ length: 50 }, () => '\tat x.y(Z.java:1)')], 100);
    expect(events).toHaveLength(1);
    expect(events[0]?.truncated).toBe(true);
    expect(events[0]?.lineCount).toBe(51);
    expect(events[0]?.text).toContain('…[truncated');
  });

  it('never loses, duplicates or reorders a line', () => {
    const lineArb = fc.oneof(
      fc.string({ maxLength: 20 }).filter((s) => !s.includes('\n')),
      fc.constantFrom(
        '\tat a.b(C.java:1)',
        'Caused by: x',
        'Traceback (most recent call last):',
        '',
        'goroutine 1 [running]:',
        'ValueError: v',
        '  indented',
      ),
    );
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 60 }), (lines) => {
        const events = frame(lines);
        const rebuilt = events.flatMap((e) => e.text.split('\n').slice(0, e.lineCount));
        expect(rebuilt).toEqual(lines.length === 0 ? [] : lines);
        let next = 1;
        for (const e of events) {
          expect(e.line).toBe(next);
          next += e.lineCount;
        }
        expect(next - 1).toBe(lines.length);
      }),
    );
  });
});

describe('isContinuation', () => {
  it('agrees with its regular expressions on any line', () => {
    const java = /^(?:[a-zA-Z_$][\w$]*\.)+[\w$]*(?:Exception|Error|Throwable)(?::|$)/;
    const nodeOrPy = /^[A-Z]\w*(?:Error|Exception|Warning)(?::|$)/;
    const dotnet = /^(?:[A-Z_]\w*\.)+\w*(?:Exception|Error)(?::| \(0x[0-9A-Fa-f]+\)|$)/;
    const ruby = /^(?:[\w-]+ \([\w.]+\) )?[\w./@-]+\.rb:\d+:in [`']/;
    const word = fc.constantFrom(
      'System.',
      ' (0x80004005)',
      '.rb:',
      '42:in `',
      'app/',
      '(7.0.4) ',
      'Error',
      'Exception',
      'Warning',
      'Key',
      'java.lang.',
      'x',
      ':',
      ' ',
      'E',
      '_',
      '9',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (parts) => {
        const line = parts.join('');
        const c = line.charCodeAt(0);
        if (c === 32 || c === 9 || (c >= 48 && c <= 57) || c === 123) return;
        const expected =
          (c >= 97 && c <= 122 && java.test(line)) ||
          (c >= 97 && c <= 122 && ruby.test(line)) ||
          (c >= 65 && c <= 90 && dotnet.test(line)) ||
          nodeOrPy.test(line) ||
          /^(Caused by: |Suppressed: |During handling of the above|The above exception was the direct cause|\[signal )/.test(
            line,
          );
        expect(isContinuation(line, newFramingState())).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
