import { describe, expect, it } from 'vitest';
import { exceptionClassOf, exceptionOf, lastWordsOf } from './crash-gaps';
import { minedEvent } from './testing/synthetic';

describe('exceptionClassOf: the exception of a multi-line event', () => {
  it("reads a Python traceback's closing line, a Java trace's last cause, and Elixir's parenthesised exception", () => {
    expect(
      exceptionClassOf(
        'Internal Server Error: /x\nTraceback (most recent call last):\n  File "a.py", line 3, in f\npsycopg2.OperationalError: server closed the connection',
      ),
    ).toBe('psycopg2.OperationalError');
    expect(
      exceptionClassOf(
        'Failed\njava.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)\nCaused by: java.sql.SQLTransientConnectionException: pool exhausted\n\t... 4 more',
      ),
    ).toBe('java.sql.SQLTransientConnectionException');
    expect(
      exceptionClassOf(
        '#PID<0.389.0> running ShopWeb.Endpoint (connection #PID<0.717.0>, stream id 1) terminated\nServer: shop.example:80 (http)\nRequest: GET /api/v1/invoices\n** (exit) an exception was raised:\n    ** (Protocol.UndefinedError) protocol Jason.Encoder not implemented for %Shop.Session{}\n        (jason 1.4.1) lib/jason.ex:213: Jason.Encoder.Any.encode/2',
      ),
    ).toBe('Protocol.UndefinedError');
  });

  it("reads the timeouts Python's requests raises, named without Error", () => {
    expect(
      exceptionClassOf(
        'Traceback (most recent call last):\n  File "/app/sync.py", line 4, in f\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host=\'api\', port=443): Read timed out.',
        0,
      ),
    ).toBe('requests.exceptions.ReadTimeout');
    expect(exceptionClassOf('Timeout: 30 s', 0)).toBe(null);
  });
});

describe('exceptionOf: the exception and the opening of its message', () => {
  const trace = (line: string) =>
    `Failed to process batch 20662\n${line}\n   at Repo.CreateAsync() in C:\\src\\Repo.cs:line 314`;

  it("tells one class's failures apart by their message, its variables masked", () => {
    const deadlock = exceptionOf(
      trace(
        'Microsoft.Data.SqlClient.SqlException: Transaction (Process ID 273) was deadlocked on lock resources with another process',
      ),
    );
    const again = exceptionOf(
      trace(
        'Microsoft.Data.SqlClient.SqlException: Transaction (Process ID 78) was deadlocked on lock resources with another process',
      ),
    );
    const timeout = exceptionOf(
      trace(
        'Microsoft.Data.SqlClient.SqlException: Execution Timeout Expired.  The timeout period elapsed prior to completion',
      ),
    );
    expect(deadlock).toEqual({
      name: 'Microsoft.Data.SqlClient.SqlException',
      shape: 'Transaction (Process ID <*> was deadlocked …',
    });
    expect(again).toEqual(deadlock);
    expect(timeout?.name).toBe(deadlock?.name);
    expect(timeout?.shape).not.toBe(deadlock?.shape);
  });

  it('has no shape for an exception that says nothing more, or only a value', () => {
    expect(exceptionOf(trace('java.lang.NullPointerException'))).toEqual({
      name: 'java.lang.NullPointerException',
      shape: '',
    });
    expect(exceptionOf(trace("KeyError: 'a81f9c2e'"))).toEqual({ name: 'KeyError', shape: '' });
    expect(exceptionOf(trace('panic: runtime error: index out of range [5] with length 3'))?.shape).toBe(
      'runtime error: index out of range …',
    );
    expect(exceptionOf('no exception here\n  at nothing')).toBe(null);
    // Ids, counts, quoted values, paths, addresses and pairs are variables; the words around them stay.
    expect(
      exceptionOf(trace('java.io.FileNotFoundException: /data/in/x.csv (No such file or directory)'))?.shape,
    ).toBe('<*> (No such file or directory)');
    expect(exceptionOf(trace('ConnectException: Connection refused: db@10.0.0.7 port=5432'))?.shape).toBe(
      'Connection refused: <*> <*>',
    );
    expect(exceptionOf(trace("ValueError: invalid literal for int() with base 10: 'x'"))?.shape).toBe(
      'invalid literal for int() with base …',
    );
  });

  it('quotes an event whose first line is its time alone by its message, read past that line', () => {
    // Bitcoin Core's report of an exception: a time alone, a rule of stars, then `EXCEPTION: …`.
    const raw =
      '2024-04-16T22:39:45Z \n\n************************\nEXCEPTION: St12out_of_range\nbitcoin in ThreadMessageHandler';
    const event = {
      ...minedEvent(Date.parse('2024-04-16T22:39:45Z'), {
        template: 'EXCEPTION: St12out_of_range\nbitcoin in ThreadMessageHandler',
        level: 'error',
      }),
      raw,
      lineCount: 5,
    };
    expect(lastWordsOf(event)?.exemplar.text).toBe(
      'EXCEPTION: St12out_of_range\n…\nbitcoin in ThreadMessageHandler',
    );
    // A first line that says it is quoted as written.
    const said = {
      ...event,
      raw: '2024-04-16T22:39:45Z EXCEPTION: St12out_of_range\nbitcoin in ThreadMessageHandler',
      lineCount: 2,
    };
    expect(lastWordsOf(said)?.exemplar.text).toBe(
      '2024-04-16T22:39:45Z EXCEPTION: St12out_of_range\n…\nbitcoin in ThreadMessageHandler',
    );
  });
});
