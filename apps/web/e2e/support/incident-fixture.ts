// A two-file incident bundle: an API and its database, an hour of calm, then the primary database
// goes away for five minutes and the API's errors spike. Generated, so the repository holds no big files.

export interface FixtureFile {
  name: string;
  content: string;
}

/** A line only the search test looks for. */
export const KNOWN_LINE = 'payment pay_7Q2XK9 declined by gateway: card expired';
export const INCIDENT_START = '2026-11-20T14:40:00Z';
export const INCIDENT_END = '2026-11-20T14:45:00Z';

const START = Date.parse('2026-11-20T14:00:00Z');
const ROUTES = ['/api/orders', '/api/cart', '/api/users/me', '/api/catalog', '/api/checkout'];

export function incidentFixture(): FixtureFile[] {
  const api: string[] = [];
  const db: string[] = [];
  const incidentFrom = Date.parse(INCIDENT_START);
  const incidentTo = Date.parse(INCIDENT_END);
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let second = 0; second < 3600; second += 1) {
    const time = START + second * 1000;
    const ts = new Date(time).toISOString();
    const isIncident = time >= incidentFrom && time < incidentTo;
    for (let index = 0; index < 3; index += 1) {
      const route = ROUTES[Math.floor(random() * ROUTES.length)] ?? '/api/orders';
      const ms = Math.floor(20 + random() * 60);
      if (isIncident && index > 0) {
        api.push(
          `${ts} ERROR [api] request failed route=${route}: connection refused to db-primary:5432 after ${ms} ms`,
        );
      } else {
        api.push(`${ts} INFO [api] GET ${route} 200 in ${ms} ms`);
      }
    }
    if (second === 1234) api.push(`${ts} WARN [api] ${KNOWN_LINE}`);
    if (second % 10 === 0) {
      db.push(
        isIncident
          ? `${ts} ERROR [db] replication lag check failed: primary db-primary unreachable`
          : `${ts} INFO [db] checkpoint complete: wrote ${Math.floor(100 + random() * 900)} buffers`,
      );
    }
  }
  api.splice(
    2000,
    0,
    `${new Date(START + 666_000).toISOString()} ERROR [api] unhandled exception in worker\njava.lang.IllegalStateException: pool closed\n    at com.shop.db.Pool.acquire(Pool.java:88)\n    at com.shop.api.Orders.list(Orders.java:41)`,
  );
  return [
    { name: 'api.log', content: `${api.join('\n')}\n` },
    { name: 'db.log', content: `${db.join('\n')}\n` },
  ];
}
