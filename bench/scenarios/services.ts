import { accessLine, javaLine, jsonLine, logfmtLine, syslogLine, type Emitted } from './formats';
import type { Random } from './random';

export interface Conditions {
  /** Multiplies durations / request times (latency incidents). */
  latency: number;
}

export interface Periodic {
  everyMs: number;
  offsetMs: number;
  make(r: Random, ts: number): Emitted[];
}

export interface Service {
  name: string;
  file: string;
  render(service: string, e: Emitted): string[];
  /** Events per second at the base load. */
  rate: number;
  normal(r: Random, ts: number, c: Conditions): Emitted;
  periodic: Periodic[];
}

const ROUTES = ['/v1/orders', '/v1/users', '/v1/cart', '/v1/search', '/v1/payments', '/v1/products'];
const JAVA_TRACE = (r: Random) => [
  'java.net.SocketTimeoutException: Read timed out',
  '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
  '\tat com.example.billing.gateway.PaymentClient.charge(PaymentClient.java:' + r.int(80, 140) + ')',
  '\tat com.example.billing.InvoiceService.settle(InvoiceService.java:212)',
  '\t... 14 more',
];

export const api: Service = {
  name: 'api',
  file: 'api.jsonl',
  render: jsonLine,
  rate: 6,
  normal(r, ts, c): Emitted {
    const x = r.next();
    const route = r.pick(ROUTES);
    if (x < 0.7) {
      const ms = Math.round(r.logNormal(35, 0.5) * c.latency);
      return {
        ts,
        level: 'info',
        msg: 'request completed',
        fields: {
          method: r.pick(['GET', 'GET', 'POST']),
          path: `${route}/${r.int(1, 99999)}`,
          status: 200,
          duration_ms: ms,
          request_id: r.hex(12),
        },
      };
    }
    if (x < 0.85)
      return {
        ts,
        level: 'info',
        msg: `user ${r.int(1000, 99999)} authenticated via ${r.pick(['password', 'sso', 'token'])}`,
      };
    if (x < 0.95) return { ts, level: 'debug', msg: `cache miss for key product:${r.int(1, 50000)}` };
    if (x < 0.997)
      return {
        ts,
        level: 'warn',
        msg: `rate limit approaching for client ${r.hex(8)} (${r.int(80, 95)}% of quota)`,
      };
    return {
      ts,
      level: 'error',
      msg: `upstream timeout calling inventory after ${r.int(2000, 5000)} ms`,
      fields: { request_id: r.hex(12) },
    };
  },
  periodic: [
    {
      everyMs: 30_000,
      offsetMs: 3_000,
      make: (r, ts) => [
        {
          ts,
          level: 'info',
          msg: 'health check ok',
          fields: { db: 'up', cache: 'up', latency_ms: r.int(1, 4) },
        },
      ],
    },
    {
      everyMs: 3_600_000,
      offsetMs: 1_200_000,
      make: (_, ts) => [{ ts, level: 'warn', msg: 'TLS certificate for api.example.com expires in 29 days' }],
    },
    {
      // An hourly export: a burst of 300 lines that a 2-hour file shows only twice.
      everyMs: 3_600_000,
      offsetMs: 2_100_000,
      make: (r, ts) =>
        Array.from({ length: 300 }, (_, i) => ({
          ts: ts + i * 150,
          level: 'info' as const,
          msg: `report export: wrote row ${i} of ${r.int(300, 310)}`,
        })),
    },
  ],
};

export const nginx: Service = {
  name: 'nginx',
  file: 'access.log',
  render: accessLine,
  rate: 8,
  normal(r, ts, c): Emitted {
    const x = r.next();
    const status =
      x < 0.965
        ? 200
        : x < 0.985
          ? r.pick([301, 304])
          : x < 0.998
            ? r.pick([404, 401, 403])
            : r.pick([500, 502]);
    const path = r.next() < 0.2 ? `/static/${r.hex(8)}.js` : `${r.pick(ROUTES)}/${r.int(1, 99999)}`;
    return {
      ts,
      level: status >= 500 ? 'error' : 'info',
      msg: '',
      http: {
        method: r.pick(['GET', 'GET', 'GET', 'POST']),
        path,
        status,
        bytes: r.int(200, 40000),
        seconds: r.logNormal(0.04, 0.5) * c.latency,
        client: `10.0.${r.int(0, 20)}.${r.int(1, 254)}`,
      },
    };
  },
  periodic: [],
};

export const worker: Service = {
  name: 'worker',
  file: 'worker.log',
  render: logfmtLine,
  rate: 3,
  normal(r, ts, c): Emitted {
    const x = r.next();
    const queue = r.pick(['emails', 'thumbnails', 'exports', 'webhooks']);
    if (x < 0.75)
      return {
        ts,
        level: 'info',
        msg: 'job processed',
        fields: {
          queue,
          job_id: r.int(1, 9_999_999),
          duration_ms: Math.round(r.logNormal(120, 0.6) * c.latency),
        },
      };
    if (x < 0.95)
      return { ts, level: 'info', msg: 'job enqueued', fields: { queue, job_id: r.int(1, 9_999_999) } };
    if (x < 0.999)
      return { ts, level: 'debug', msg: 'queue depth sampled', fields: { queue, depth: r.int(0, 40) } };
    return { ts, level: 'warn', msg: `retrying connection to redis:6379 (attempt ${r.int(1, 2)})` };
  },
  periodic: [
    {
      everyMs: 1_800_000,
      offsetMs: 600_000,
      make: (r, ts) =>
        Array.from({ length: 150 }, (_, i) => ({
          ts: ts + i * 200,
          level: 'info' as const,
          msg: 'backup: uploaded chunk',
          fields: { chunk: i, bytes: r.int(1e6, 5e6) },
        })),
    },
  ],
};

export const billing: Service = {
  name: 'billing',
  file: 'billing.log',
  render: javaLine,
  rate: 2,
  normal(r, ts, c): Emitted {
    const x = r.next();
    if (x < 0.6)
      return {
        ts,
        level: 'info',
        msg: `Invoice ${r.int(100000, 999999)} generated for customer ${r.int(1, 20000)} in ${Math.round(r.logNormal(45, 0.4) * c.latency)} ms`,
      };
    if (x < 0.9)
      return {
        ts,
        level: 'info',
        msg: `Payment ${r.hex(10)} authorised amount=${(r.next() * 300).toFixed(2)} currency=EUR`,
        fields: { logger: 'com.example.billing.PaymentService' },
      };
    if (x < 0.998)
      return { ts, level: 'debug', msg: `Loaded tariff table v${r.int(10, 12)} (${r.int(200, 260)} rows)` };
    return {
      ts,
      level: 'error',
      msg: `Failed to settle invoice ${r.int(100000, 999999)}`,
      trace: JAVA_TRACE(r),
    };
  },
  periodic: [
    {
      everyMs: 300_000,
      offsetMs: 45_000,
      make: (r, ts) => [
        {
          ts,
          level: 'info',
          msg: `GC pause (G1 Young Generation) ${r.int(8, 60)} ms`,
          fields: { thread: 'GC' },
        },
      ],
    },
  ],
};

export const host: Service = {
  name: 'host',
  file: 'syslog',
  render: syslogLine,
  rate: 0.3,
  normal(r, ts): Emitted {
    const x = r.next();
    if (x < 0.5)
      return {
        ts,
        level: 'info',
        msg: `Accepted publickey for deploy from 10.0.${r.int(0, 9)}.${r.int(1, 254)} port ${r.int(30000, 60000)} ssh2`,
        fields: { tag: `sshd[${r.int(1000, 30000)}]` },
      };
    if (x < 0.8)
      return {
        ts,
        level: 'info',
        msg: `Started Session ${r.int(100, 9999)} of user deploy.`,
        fields: { tag: 'systemd[1]' },
      };
    return {
      ts,
      level: 'info',
      msg: `eth0: link stats rx=${r.int(1e6, 9e6)} tx=${r.int(1e6, 9e6)}`,
      fields: { tag: 'kernel' },
    };
  },
  periodic: [
    {
      everyMs: 3_600_000,
      offsetMs: 1_020_000,
      make: (r, ts) => [
        {
          ts,
          level: 'info',
          msg: '(root) CMD (run-parts /etc/cron.hourly)',
          fields: { tag: `CRON[${r.int(1000, 30000)}]` },
        },
      ],
    },
    {
      everyMs: 900_000,
      offsetMs: 300_000,
      make: (r, ts) => [
        {
          ts,
          level: 'info',
          msg: 'logrotate: rotating /var/log/app/*.log, 0 files rotated',
          fields: { tag: `logrotate[${r.int(1000, 30000)}]` },
        },
      ],
    },
  ],
};

export const SERVICES = { api, nginx, worker, billing, host } as const;
export type ServiceName = keyof typeof SERVICES;
