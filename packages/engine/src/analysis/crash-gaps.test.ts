import { describe, expect, it } from 'vitest';
import { exceptionClassOf } from './crash-gaps';

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
