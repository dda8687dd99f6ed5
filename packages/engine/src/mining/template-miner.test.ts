import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LogEvent } from '../types';
import { FREE_TEXT_RUN, TemplateMiner } from './template-miner';
import { patternId } from './pattern-id';

function event(message: string, line = 1, timestamp: number | null = null): LogEvent {
  return {
    file: 'f.log',
    line,
    lineCount: 1,
    raw: message,
    timestamp,
    timestampInherited: false,
    level: 'info',
    service: null,
    message,
    attributes: {},
    format: 'text',
    truncated: false,
  };
}

/** A word of three letters for each number below 17,576 ("aaa", "baa", …): no mask takes it. */
function word(i: number): string {
  return [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26]
    .map((k) => String.fromCharCode(97 + k))
    .join('');
}

/** Mines the messages with and without remembered line shapes and expects the very same results. */
/**
 * A pool and tenant that held still, then moved: t0's cluster, t1's (one word apart, kept apart by the
 * sibling rule), then p1 generalises the first to TENANTS_TEMPLATE, which takes in the second.
 */
const TENANTS = [
  'connection pool p0 near capacity: 2/50 in use by tenant t0',
  'connection pool p0 near capacity: 9/50 in use by tenant t1',
  'connection pool p1 near capacity: 9/50 in use by tenant t1',
];
const TENANTS_TEMPLATE = 'connection pool <*> near capacity: <*> in use by tenant <*>';

function expectShapesChangeNothing(messages: string[]): void {
  const fast = new TemplateMiner();
  const plain = new TemplateMiner({ shapes: false });
  for (const m of messages) {
    const a = fast.mine(event(m));
    const b = plain.mine(event(m));
    expect([a.template, a.params], m).toEqual([b.template, b.params]);
  }
  expect(fast.patterns()).toEqual(plain.patterns());
}

/**
 * Tokens ending in a hex run whose letters vary (ids, hashes, UUIDs), with prefixes and suffixes that
 * masking treats differently. Short alphabets make look-alikes frequent; dashes and few letters make
 * runs that masking keeps ("ab-ab1ab") beside ones it masks.
 */
const hexToken = fc
  .tuple(
    fc.constantFrom('', 'blk_', '0x', 'ab12', 'x', 'y', '-', '/', 'bglio3', 'id=', 'a=1,', '"'),
    fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', 'b', 'f', 'A', '0', '1', '9', '-'),
        minLength: 8,
        maxLength: 9,
      }),
      fc.string({ unit: fc.constantFrom('a', '1', '-'), minLength: 8, maxLength: 8 }),
    ),
    fc.constantFrom('', ',', ')', '.', '.log', ':80', 'x1', 'g', 'h', '7'),
  )
  .map((p) => p.join(''));

/** 80 values drawn from a pool of at most `size`, so that values return after look-alikes. */
function fromPool<T>(value: fc.Arbitrary<T>, size: number): fc.Arbitrary<T[]> {
  return fc
    .tuple(
      fc.array(value, { minLength: 1, maxLength: size }),
      fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
    )
    .map(([pool, picks]) => picks.map((n) => pool[n % pool.length] as T));
}

describe('TemplateMiner', () => {
  it('groups messages that differ in masked values and gives them one stable id', () => {
    const miner = new TemplateMiner();
    const a = miner.mine(event('Received block blk_1 of size 67108864 from /10.0.0.1'));
    const b = miner.mine(event('Received block blk_2 of size 512 from /10.0.0.2'));
    expect(a.template).toBe('Received block <*> of size <*> from <*>');
    expect(b.patternId).toBe(a.patternId);
    expect(b.params).toEqual(['blk_2', '512', '/10.0.0.2']);
    expect(a.patternId).toBe(patternId('Received block <*> of size <*> from <*>'));
  });

  it('turns a word into a variable only once it takes several values', () => {
    const miner = new TemplateMiner();
    for (const m of ['Failed password for root', 'Failed none for root']) miner.mine(event(m));
    expect(
      miner
        .patterns()
        .map((p) => p.template)
        .sort(),
    ).toEqual(['Failed none for root', 'Failed password for root']);
    const users = ['alice', 'bob', 'carol', 'dave', 'erin'];
    const mined = users.map((u) => miner.mine(event(`Invalid user ${u} from 10.0.0.1`)));
    const last = mined[mined.length - 1];
    expect(last?.template).toBe('Invalid user <*> from <*>');
    const first = mined[0]?.clusterId;
    expect(first === undefined ? undefined : miner.templateOf(first)).toBe('Invalid user <*> from <*>');
  });

  it("reads a dot leader padding a name to a column as a value, not a word per name's length", () => {
    // Laravel's queue worker: each job's lines have as many dots as its name leaves room for.
    const miner = new TemplateMiner();
    const lines = [
      'App\\Jobs\\SendOrderConfirmation ................... RUNNING',
      'App\\Jobs\\SendOrderConfirmation .............. 57.93ms DONE',
      'App\\Jobs\\RecalculateLoyaltyPoints ................ RUNNING',
      'App\\Jobs\\RecalculateLoyaltyPoints ........... 64.76ms DONE',
      'App\\Jobs\\WarmCategoryCache ....................... RUNNING',
      'App\\Jobs\\WarmCategoryCache .................. 12.1ms DONE',
    ];
    const mined = lines.map((line) => miner.mine(event(line)));
    expect(mined.map((m) => m.template)).toEqual([
      'App\\Jobs\\SendOrderConfirmation <*> RUNNING',
      'App\\Jobs\\SendOrderConfirmation <*> <*> DONE',
      'App\\Jobs\\RecalculateLoyaltyPoints <*> RUNNING',
      'App\\Jobs\\RecalculateLoyaltyPoints <*> <*> DONE',
      'App\\Jobs\\WarmCategoryCache <*> RUNNING',
      'App\\Jobs\\WarmCategoryCache <*> <*> DONE',
    ]);
    // An ellipsis, and dots glued to a word (BGL's "alignment......0"), stay as written.
    expect(new TemplateMiner().mine(event('waiting for lock ... done')).template).toBe(
      'waiting for lock ... done',
    );
  });

  it('merges two values of one key= at once: a key holds data (user=root, user=guest)', () => {
    const miner = new TemplateMiner();
    const a = miner.mine(
      event('authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=10.0.0.1 user=root'),
    );
    const b = miner.mine(
      event('authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=10.0.0.9 user=guest'),
    );
    expect(b.template).toBe(
      'authentication failure; logname= uid=<*> euid=<*> tty=NODEVssh ruser= rhost=<*> user=<*>',
    );
    expect(a.clusterId === undefined ? undefined : miner.templateOf(a.clusterId)).toBe(b.template);
    expect(miner.patterns()).toHaveLength(1);
  });

  it('reads a date inside the message as one value, its month and weekday names too, not those words elsewhere', () => {
    const miner = new TemplateMiner();
    const a = miner.mine(event('connection from 10.0.0.1 (host-1.example.net) at Sat Jun 18 02:08:10 2005'));
    const b = miner.mine(event('connection from 10.0.0.2 (host-2.example.net) at Mon Jul  4 11:00:01 2005'));
    expect(a.template).toBe('connection from <*> (<*>) at <*>');
    expect(a.params).toEqual(['10.0.0.1', 'host-1.example.net', 'Sat Jun 18 02:08:10 2005']);
    expect(b.params[2]).toBe('Mon Jul  4 11:00:01 2005');
    expect(b.patternId).toBe(a.patternId);
    // One variable of the pattern's statistics, holding the whole date.
    const stats = miner.patterns().find((p) => p.id === a.patternId)?.variables;
    expect(stats?.map((v) => [v.index, v.top.length])).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    // The same words with another time of day, or none, are other lines of that pattern's length.
    const c = miner.mine(event('connection from 10.0.0.3 (host-3.example.net) at Tue Jul  5 09:00'));
    expect(c.template).toBe('connection from <*> (<*>) at <*>');
    expect(c.patternId).not.toBe(a.patternId);
    expect(miner.mine(event('connection from 10.0.0.4 (h4.example.net) at noon')).template).toBe(
      'connection from <*> (<*>) at noon',
    );
    expect(miner.mine(event('backup ran on 18 Jun 2005')).template).toBe('backup ran on <*>');
    expect(miner.mine(event('May I ask why')).template).toBe('May I ask why');
    expect(miner.mine(event('Sun Microsystems JVM started')).template).toBe('Sun Microsystems JVM started');
  });

  it('masks a user\'s name after "for user" or "invalid user", even when only root\'s is seen', () => {
    const miner = new TemplateMiner();
    expect(miner.mine(event('session closed for user root')).template).toBe('session closed for user <*>');
    expect(miner.mine(event('session opened for user news by (uid=0)')).template).toBe(
      'session opened for user <*> by (uid=<*>)',
    );
    expect(miner.mine(event('Invalid user admin from 10.0.0.1')).template).toBe('Invalid user <*> from <*>');
    // Not a word after "user" without them, nor one ending a sentence.
    expect(miner.mine(event('check pass; user unknown')).template).toBe('check pass; user unknown');
    expect(miner.mine(event('closed by user request')).template).toBe('closed by user request');
  });

  it('keeps past participles apart however many there are (what happened is no value)', () => {
    const miner = new TemplateMiner();
    const words = ['Started', 'Paused', 'Resumed', 'Stopped', 'Started', 'Crashed'];
    const mined = words.map((w, i) => miner.mine(event(`[instance: ${1000 + i}] VM ${w} (Lifecycle Event)`)));
    expect(mined.map((m) => m.template)).toEqual(
      words.map((w) => `[instance: <*>] VM ${w} (Lifecycle Event)`),
    );
    // Names merge as before.
    const names = ['alice', 'bob', 'carol', 'dave'].map((n) => miner.mine(event(`login ok for ${n} today`)));
    expect(names.at(-1)?.template).toBe('login ok for <*> today');
  });

  it('lets a first word that became a variable take later messages with another word there', () => {
    const miner = new TemplateMiner();
    const names = [
      'com.apple.a',
      'com.apple.b',
      'com.apple.c',
      'com.apple.d',
      'com.apple.suggestions.harvest',
    ];
    const mined = names.map((n) =>
      miner.mine(event(`${n}: scheduler told me to run this job; ignoring for 12 seconds`)),
    );
    expect(mined[4]?.template).toBe('<*>: scheduler told me to run this job; ignoring for <*> seconds');
    expect(
      new Set(mined.map((m) => (m.clusterId === undefined ? '' : miner.templateOf(m.clusterId ?? -1)))).size,
    ).toBe(1);
  });

  it('folds a cluster into one whose template came to cover it (a value that held still, then moved)', () => {
    // A tenant id steady for thousands of lines, then the next: one word differs, which alone the
    // sibling rule keeps apart; once the pool changes too, the first template becomes "pool <*> …
    // tenant <*>", and the lines of "p0 … t1" are its events, not a pattern of their own.
    const miner = new TemplateMiner();
    const lines = [
      'connection pool p0 near capacity: 2/50 in use by tenant t0',
      'connection pool p0 near capacity: 8/50 in use by tenant t0',
      'connection pool p0 near capacity: 9/50 in use by tenant t1',
      'connection pool p1 near capacity: 9/50 in use by tenant t1',
      'connection pool p0 near capacity: 3/50 in use by tenant t1',
    ];
    const mined = lines.map((l, i) => miner.mine(event(l, i + 1)));
    const general = 'connection pool <*> near capacity: <*> in use by tenant <*>';
    expect(mined.map((m) => miner.templateOf(m.clusterId ?? -1))).toEqual(lines.map(() => general));
    expect(mined[4]?.template).toBe(general);
    expect(miner.patterns().map((p) => [p.count, p.template])).toEqual([[5, general]]);
  });

  it('folds the clusters a new cluster covers into it (disk sda1, disk sdb1, then disk <*>)', () => {
    const miner = new TemplateMiner();
    const lines = [
      'disk sda1 usage 91%',
      'disk sdb1 usage 93%',
      'disk nvme0n1p2 usage 95%',
      'disk sda1 usage 97%',
    ];
    const mined = lines.map((l, i) => miner.mine(event(l, i + 1)));
    expect(new Set(mined.map((m) => miner.templateOf(m.clusterId ?? -1)))).toEqual(
      new Set(['disk <*> usage <*>%']),
    );
    expect(mined[3]?.template).toBe('disk <*> usage <*>%');
    expect(miner.patterns()).toHaveLength(1);
    // Not what only looks alike: another word where the template has a word, or another length.
    const other = new TemplateMiner();
    const others = [
      'disk sda1 usage 91%',
      'disk sda1 load 91%',
      'disk sda1 usage 91% now',
      'disk nvme0n1p2 usage 95%',
    ];
    for (const l of others) other.mine(event(l));
    const templates = other.patterns().map((p) => p.template);
    expect(templates.sort()).toEqual([
      'disk <*> usage <*>%',
      'disk sda1 load <*>%',
      'disk sda1 usage <*>% now',
    ]);
  });

  it('keeps the method of a quoted request line inside a message: GET and DELETE are two events', () => {
    const miner = new TemplateMiner();
    const line = (method: string, path: string) =>
      event(`10.11.10.1 "${method} ${path} HTTP/1.1" status: 200 len: 1893 time: 0.24`);
    const paths = ['/v2/servers/detail', '/v2/flavors', '/v2/images/7', '/v2/os-keypairs', '/v2/limits'];
    for (const path of paths)
      for (const method of ['GET', 'DELETE', 'POST', 'PUT']) miner.mine(line(method, path));
    const get = miner.mine(line('GET', '/v2/servers/42'));
    const del = miner.mine(line('DELETE', '/v2/servers/42'));
    expect(get.template).toBe('<*> "GET <*> <*>" status: <*> len: <*> time: <*>');
    expect(del.template).toBe('<*> "DELETE <*> <*>" status: <*> len: <*> time: <*>');
  });

  it('reads an empty value as a value: "()" beside "(<*>)" is one event (sshd without a host name)', () => {
    const miner = new TemplateMiner();
    const named = miner.mine(event('connection from 10.0.0.1 (host-1.example.net) at noon'));
    const none = miner.mine(event('connection from 10.0.0.2 () at noon'));
    expect(none.template).toBe('connection from <*> (<*>) at noon');
    expect(none.patternId).toBe(
      miner.mine(event('connection from 10.0.0.1 (h.example.net) at noon')).patternId,
    );
    expect(named.patternId).not.toBe(
      miner.mine(event('connection from 10.0.0.1 [h.example.net] at noon')).patternId,
    );
  });

  it('keeps all-caps values of one key= apart (status=FAILED, status=OK)', () => {
    const miner = new TemplateMiner();
    miner.mine(event('job 12 finished status=FAILED'));
    miner.mine(event('job 13 finished status=OK'));
    expect(miner.patterns()).toHaveLength(2);
  });

  it('keeps state words apart (RUNNING vs FAILED)', () => {
    const miner = new TemplateMiner();
    for (let i = 0; i < 5; i++) {
      miner.mine(event(`attempt_${i} TaskAttempt Transitioned from NEW to RUNNING`));
      miner.mine(event(`attempt_${i} TaskAttempt Transitioned from RUNNING to FAILED`));
    }
    expect(miner.patterns()).toHaveLength(2);
  });

  it('reports counts, time range, samples and variable statistics', () => {
    const miner = new TemplateMiner({ maxSamples: 2 });
    [5, 7, 9, 11].forEach((ms, i) => miner.mine(event(`took ${ms} ms`, i + 1, 1000 + i)));
    const [p] = miner.patterns();
    expect(p?.count).toBe(4);
    expect(p?.firstSeen).toBe(1000);
    expect(p?.lastSeen).toBe(1003);
    expect(p?.samples).toHaveLength(2);
    expect(p?.variables[0]?.distinct).toBe(4);
    expect(p?.variables[0]?.numeric?.min).toBe(5);
    expect(p?.variables[0]?.numeric?.max).toBe(11);
  });

  it('gives the same patterns and statistics without params on the events, or without the events (logai templates)', () => {
    const withParams = new TemplateMiner();
    const without = new TemplateMiner({ params: false });
    // Past the 1,024 events whose values are all tracked, into the sampled ones (one in eight): the
    // events tracked have theirs (read for the statistics), the others none.
    let none = 0;
    for (let i = 0; i < 3000; i++) {
      const m = `took ${i % 97} ms for user ${word(i % 13)} on shard ${i % 5}`;
      const a = withParams.mine(event(m, i + 1, 1000 + i));
      const b = without.mine(event(m, i + 1, 1000 + i));
      expect([b.template, b.patternId]).toEqual([a.template, a.patternId]);
      expect(a.params.length).toBe(3);
      if (b.params.length === 0) none++;
      else expect(b.params).toEqual(a.params);
    }
    expect(none).toBeGreaterThan(1500);
    expect(without.patterns()).toEqual(withParams.patterns());
    expect(without.patterns()[0]?.variables.length).toBeGreaterThan(0);
    // The patterns alone, in batches (addBatch): the same again.
    const alone = new TemplateMiner();
    for (let from = 0; from < 3000; from += 500)
      alone.addBatch(
        Array.from({ length: 500 }, (_, k) => {
          const i = from + k;
          return event(`took ${i % 97} ms for user ${word(i % 13)} on shard ${i % 5}`, i + 1, 1000 + i);
        }),
      );
    expect(alone.patterns()).toEqual(withParams.patterns());
  });

  it("keeps each route of an access log a pattern: merged only where routes differ in one segment, not an API's version (blind20 12/s09)", () => {
    const miner = new TemplateMiner();
    const routes = [
      'edi/v1/messages',
      'edi/v1/messages/<*>/mdn',
      'claims/v2/claims',
      'claims/v2/claims/<*>',
      'claims/v2/claims/<*>/status',
      'orders/v1/orders',
      'orders/v1/orders/<*>',
      'orders/v0/orders/<*>',
      'policy/v3/quotes',
      'api/am/gateway/v2/server-startup-healthcheck',
      ...['first-post', 'second-post', 'third-post', 'fourth-post', 'fifth-post'].map((p) => `blog/${p}`),
    ];
    for (let k = 0; k < 200; k++) miner.mine(event(`GET ${routes[k % routes.length] ?? ''}`, k + 1));
    expect(
      miner
        .patterns()
        .map((p) => p.template)
        .sort(),
    ).toEqual(
      [
        'GET api/am/gateway/v2/server-startup-healthcheck',
        'GET blog/<*>',
        'GET claims/v2/claims',
        'GET claims/v2/claims/<*>',
        'GET claims/v2/claims/<*>/status',
        'GET edi/v1/messages',
        'GET edi/v1/messages/<*>/mdn',
        'GET orders/v0/orders/<*>',
        'GET orders/v1/orders',
        'GET orders/v1/orders/<*>',
        'GET policy/v3/quotes',
      ].sort(),
    );
    // A route's variable is one segment: `claims/v2/claims/<*>` does not take `…/<*>/status`.
    expect(miner.mine(event('GET claims/v2/claims/<*>/status')).template).toBe(
      'GET claims/v2/claims/<*>/status',
    );
  });

  it('keeps at most maxClusters clusters', () => {
    const miner = new TemplateMiner({ maxClusters: 50 });
    for (let i = 0; i < 500; i++)
      miner.mine(
        event(
          `message kind${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} only`,
        ),
      );
    expect(miner.patterns().length).toBeLessThanOrEqual(50);
  });

  it('evicts the least recently used cluster, over thousands of evictions', () => {
    // The hot cluster is moved to the end of the order every 1,024 events (see touch): with 600 kept,
    // the 512 new clusters made in between never reach it; the others go oldest first.
    const miner = new TemplateMiner({ maxClusters: 600 });
    const hot = 'heartbeat from the scheduler';
    const mined = [];
    for (let i = 0; i < 6000; i++) {
      mined.push(miner.mine(event(`${word(i)} sent ${word(i + 7000)} home`)));
      miner.mine(event(hot));
    }
    const patterns = miner.patterns();
    expect(patterns).toHaveLength(600);
    expect(patterns[0]).toMatchObject({ template: hot, count: 6000 });
    const live = new Set(patterns.map((p) => p.template));
    expect(mined.slice(-599).every((m) => live.has(m.template))).toBe(true);
    expect(mined.slice(0, -599).some((m) => live.has(m.template))).toBe(false);
  });

  it('forgets the oldest tenth of the clusters gone beyond rememberGone, not all of them', () => {
    const miner = new TemplateMiner({ maxClusters: 10, rememberGone: 100 });
    const mined = Array.from({ length: 300 }, (_, i) =>
      miner.mine(event(`${word(i)} sent ${word(i + 5000)} home`)),
    );
    const known = mined.map((m) => miner.templateOf(m.clusterId ?? -1) === m.template);
    // 290 evicted: the first 100 remembered, then the oldest 10 forgotten at every tenth more: the
    // last 100 evicted and the 10 still alive answer (clearing all at 100 kept only the last 90).
    expect(known.slice(-110).every(Boolean)).toBe(true);
    expect(known.slice(0, 100).some(Boolean)).toBe(false);
    expect(miner.templateOf(mined[0]?.clusterId ?? -1)).toBeUndefined();
  });

  it('answers templateOf for evicted clusters and for clusters merged into one evicted since', () => {
    const miner = new TemplateMiner({ maxClusters: 20 });
    const tenants = TENANTS.map((l) => miner.mine(event(l)));
    const mined = Array.from({ length: 200 }, (_, i) =>
      miner.mine(event(`${word(i)} sent ${word(i + 5000)} home`)),
    );
    expect(miner.patterns()).toHaveLength(20);
    for (const m of mined) expect(miner.templateOf(m.clusterId ?? -1)).toBe(m.template);
    for (const m of tenants) {
      expect(miner.templateOf(m.clusterId ?? -1)).toBe(TENANTS_TEMPLATE);
    }
  });

  it('names the live cluster a cluster now counts with: itself, the one it was merged into, none once evicted', () => {
    const miner = new TemplateMiner({ maxClusters: 20 });
    const [t0 = -1, t1 = -2, p1 = -3] = TENANTS.map((l) => miner.mine(event(l)).clusterId ?? -1);
    expect(t1).not.toBe(t0);
    expect(p1).toBe(t0);
    expect(miner.liveClusterOf(t0)).toBe(t0);
    expect(miner.liveClusterOf(t1)).toBe(t0);
    for (let i = 0; i < 40; i++) miner.mine(event(`${word(i)} sent ${word(i + 5000)} home`));
    expect(miner.liveClusterOf(t0)).toBeUndefined();
    expect(miner.liveClusterOf(t1)).toBeUndefined();
    expect(miner.liveClusterOf(12345)).toBeUndefined();
  });

  it('keeps evicted templates in the store it is given, all of them, and no more in memory', () => {
    const store = new Map<number, string>();
    const miner = new TemplateMiner({
      maxClusters: 10,
      rememberGone: 20,
      evicted: { set: (id, t) => store.set(id, t), get: (id) => store.get(id) },
    });
    const mined = Array.from({ length: 300 }, (_, i) =>
      miner.mine(event(`${word(i)} sent ${word(i + 5000)} home`)),
    );
    expect(store.size).toBe(290);
    for (const m of mined) expect(miner.templateOf(m.clusterId ?? -1)).toBe(m.template);
    expect((miner as unknown as { gone: Map<number, unknown> }).gone.size).toBe(0);
  });

  it('forgets a gone cluster keepGone does not want, asking only once its events were returned', () => {
    const returned = new Set<number>();
    const miner = new TemplateMiner({ maxClusters: 20, keepGone: (id) => returned.has(id) && id % 2 === 0 });
    const mineBatch = (lines: string[]) => {
      const mined = miner.mineBatch(lines.map((l) => event(l)));
      for (const m of mined) returned.add(m.clusterId ?? -1);
      return mined;
    };
    // In one batch: t0's cluster, t1's, then p1 generalises the first, which takes in the second.
    const tenants = mineBatch(TENANTS);
    const ids = tenants.map((m) => m.clusterId ?? -1);
    expect(new Set(ids).size).toBe(2);
    const words = Array.from({ length: 200 }, (_, i) => `${word(i)} sent ${word(i + 5000)} home`);
    const mined = [...mineBatch(words.slice(0, 100)), ...mineBatch(words.slice(100))];
    mineBatch(['one more line']);
    // The merged cluster went before its event was returned: asked at the next batch, it was kept.
    for (const id of ids.filter((i) => i % 2 === 0)) {
      expect(miner.templateOf(id)).toBe(TENANTS_TEMPLATE);
    }
    const evicted = mined.slice(0, 150);
    for (const m of evicted) {
      const id = m.clusterId ?? -1;
      expect(miner.templateOf(id)).toBe(id % 2 === 0 ? m.template : undefined);
    }
  });

  it('sorts patterns by count, descending', () => {
    const miner = new TemplateMiner();
    miner.mine(event('rare thing happened'));
    for (let i = 0; i < 3; i++) miner.mine(event(`common thing ${i}`));
    expect(miner.patterns().map((p) => p.count)).toEqual([3, 1]);
  });
});

describe('TemplateMiner on free text', () => {
  /** "search for" and four words, none of them at its place in another line: a query a line. */
  const query = (i: number, words = 4) =>
    `search for ${Array.from({ length: words }, (_, k) => word((i * 7919 + k * 4409) % 17_576)).join(' ')}`;

  it('makes one pattern of a bucket where every line is a template of its own, after FREE_TEXT_RUN lines', () => {
    const miner = new TemplateMiner();
    const run = FREE_TEXT_RUN;
    const mined = Array.from({ length: run }, (_, i) => miner.mine(event(query(i), i + 1)));
    expect(miner.patterns()).toHaveLength(run);
    for (let i = run; i < run + 500; i++) mined.push(miner.mine(event(query(i), i + 1)));
    const general = 'search for <*> <*> <*> <*>';
    const patterns = miner.patterns();
    expect(patterns.map((p) => [p.template, p.count])).toEqual([[general, run + 500]]);
    expect(patterns[0]?.variables.map((v) => v.distinct)).toEqual([100, 100, 100, 100]);
    // Every line's cluster, the first ones folded into the general one, now answers with its template.
    expect(new Set(mined.map((e) => miner.templateOf(e.clusterId ?? -1)))).toEqual(new Set([general]));
    expect(mined.slice(run).every((e) => e.template === general)).toBe(true);
  });

  it('mines free text alike with and without remembered line shapes, lines seen again too', () => {
    // The general cluster's lines are not remembered in the caches (they seldom repeat): a line seen
    // again is placed again, and lands where it did.
    const lines = Array.from({ length: FREE_TEXT_RUN + 400 }, (_, i) => query(i % (FREE_TEXT_RUN + 150)));
    expectShapesChangeNothing(lines);
  });

  it('leaves a bucket to the usual rules while its clusters are matched again', () => {
    // Every line of a run half as long as FREE_TEXT_RUN comes twice at its end: no run is long enough.
    const miner = new TemplateMiner();
    const half = FREE_TEXT_RUN / 2;
    for (let i = 0; i < 3 * FREE_TEXT_RUN; i++) {
      miner.mine(event(query(i)));
      if (i % half === half - 1) miner.mine(event(query(i)));
    }
    const patterns = miner.patterns();
    expect(patterns).toHaveLength(3 * FREE_TEXT_RUN);
    expect(patterns.some((p) => p.template.includes('<*>'))).toBe(false);
  });

  it('never takes one-off warnings or errors for free text: a new error stays a pattern of its own', () => {
    const miner = new TemplateMiner();
    const lines = 2 * FREE_TEXT_RUN;
    for (let i = 0; i < lines; i++) {
      miner.mine({ ...event(query(i)), level: i % 50 === 0 ? 'warn' : i % 2 ? 'error' : 'info' });
    }
    const patterns = miner.patterns();
    expect(patterns).toHaveLength(lines);
    expect(patterns.some((p) => p.template.includes('<*>'))).toBe(false);
  });

  it('keeps a word that takes a few values where the others vary: a pattern per value', () => {
    const kinds = ['books', 'music', 'shoes'];
    const miner = new TemplateMiner();
    const lines = 7 * FREE_TEXT_RUN;
    // Two words vary (one would be the sibling rule's): no cluster is ever matched twice.
    for (let i = 0; i < lines; i++) miner.mine(event(`${query(i, 2)} in ${kinds[i % 3]}`));
    const patterns = miner.patterns();
    expect(patterns.map((p) => p.template).sort()).toEqual(kinds.map((k) => `search for <*> <*> in ${k}`));
    expect(patterns.reduce((n, p) => n + p.count, 0)).toBe(lines);
  });

  it('takes every length of such a bucket apart, and keeps the words of the prefix', () => {
    const miner = new TemplateMiner();
    const lines = 4 * FREE_TEXT_RUN;
    for (let i = 0; i < lines; i++) miner.mine(event(query(i, 3 + (i % 2))));
    const patterns = miner.patterns().map((p) => [p.template, p.count]);
    expect(patterns).toHaveLength(2);
    expect(new Set(patterns.map(String))).toEqual(
      new Set([`search for <*> <*> <*>,${lines / 2}`, `search for <*> <*> <*> <*>,${lines / 2}`]),
    );
  });
});

describe('patternId', () => {
  it('is stable across runs and insensitive to spacing', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z<>*]{1,6}$/), { minLength: 1, maxLength: 8 }), (words) => {
        const t = words.join(' ');
        expect(patternId(t)).toBe(patternId(`  ${words.join('   ')} `));
        expect(patternId(t)).toMatch(/^[0-9a-f]{16}$/);
      }),
    );
    // Pinned: ids are stored and compared across uploads, so the fingerprint must never drift.
    expect(patternId('User <*> logged in')).toBe('d5006eb9a395a555');
  });

  it('gives the same template the same id in two miners (two files, two runs)', () => {
    const lines = ['disk /dev/sda1 is 97% full', 'disk /dev/sdb2 is 12% full'];
    const a = new TemplateMiner();
    const b = new TemplateMiner();
    const ida = lines.map((l) => a.mine(event(l)).patternId);
    const idb = [...lines].reverse().map((l) => b.mine(event(l)).patternId);
    expect(new Set([...ida, ...idb]).size).toBe(1);
  });
});

describe('TemplateMiner edge cases', () => {
  it('keeps one pattern per template, also for all-variable messages', () => {
    const miner = new TemplateMiner();
    for (let i = 0; i < 5; i++) miner.mine(event(`${i} ${i * 7}`));
    const templates = miner.patterns().map((p) => p.template);
    expect(templates).toEqual(['<*> <*>']);
  });

  it('reads a hex run as one mark in a shape only where masking makes one variable of it', () => {
    fc.assert(
      fc.property(fromPool(hexToken, 24), (tokens) =>
        expectShapesChangeNothing(tokens.map((t) => `task ${t} done`)),
      ),
      { numRuns: 300 },
    );
  });

  it('mines alike with and without remembered line shapes when lines differ in kept digits', () => {
    // Lines of one structure that share a shape and differ only in kept digits ("ssh2"/"ssh3",
    // "ab3:45"/"ab4:45"), which must then pick different keys.
    const kept = fc
      .tuple(
        fc.constantFrom('ab', 'ssh', 'jk'),
        fc.nat(3),
        fc.constantFrom('', ':45', '_init()', '(7)', ':x'),
      )
      .map((p) => p.join(''));
    const lines = fc.tuple(fromPool(hexToken, 12), fc.array(kept, { minLength: 80, maxLength: 80 }));
    fc.assert(
      fc.property(lines, ([hexes, words]) =>
        expectShapesChangeNothing(hexes.map((h, i) => `task ${h} done ${words[i] ?? ''}`)),
      ),
      { numRuns: 300 },
    );
  });

  it('mines alike with and without remembered line shapes, whatever the digits', () => {
    // Words that keep their digits, whole (ssh2, bglio344, jk2_init()) or beside a variable (ab3:45).
    const word = fc.constantFrom(
      'mount',
      'bglio344',
      'bglio559',
      'ssh2',
      'ssh3',
      'utf8',
      'R02-M1',
      'port',
      'true',
      'jk2_init()',
      'jk7_init()',
    );
    const value = fc.oneof(
      fc.nat(99).map((n) => `ab${n % 10}:${n}`),
      fc.nat(99999).map(String),
      fc.nat(999).map((n) => `/p/gb${n}`),
      fc.nat(99).map((n) => `blk_${n}`),
      fc.nat(9999).map((n) => `10.0.${n % 256}.1:${n}`),
      fc.nat(9999).map((n) => `id=${n}`),
    );
    const message = fc
      .array(fc.oneof(word, value, hexToken), { minLength: 1, maxLength: 6 })
      .map((t) => t.join(' '));
    fc.assert(fc.property(fc.array(message, { minLength: 1, maxLength: 120 }), expectShapesChangeNothing), {
      numRuns: 200,
    });
  });

  it('mines alike whether a bucket is compared whole or searched by its words', () => {
    // Few first words and lengths, so buckets grow past the limit; words that become "<*>:" and
    // "[<*>]" (with fixed edges), state words, values; an eviction now and then (maxClusters 40).
    const word = fc.constantFrom(
      'alpha',
      'beta',
      'gamma',
      'delta',
      'to',
      'from',
      'RUNNING',
      'FAILED',
      'alice:',
      'bob:',
      'carol:',
      '[x]',
      '[y]',
      'user=root',
      'user=guest',
      'Started',
      'Stopped',
    );
    const value = fc.oneof(
      fc.nat(99999).map(String),
      fc.nat(999).map((n) => `/p/q${n}`),
    );
    const message = fc
      .tuple(
        fc.constantFrom('job', 'task', 'svc:'),
        fc.array(fc.oneof(word, word, value), { minLength: 1, maxLength: 6 }),
      )
      .map(([head, rest]) => [head, ...rest].join(' '));
    const mineAll = (messages: string[], bucketScanLimit: number): string[] => {
      const miner = new TemplateMiner({ bucketScanLimit, maxClusters: 40 });
      const out = messages.map((m, i) => {
        const r = miner.mine(event(m, i + 1));
        return `${r.clusterId} ${r.patternId} ${r.template}`;
      });
      return [...out, JSON.stringify(miner.patterns())];
    };
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 300 }), (messages) => {
        expect(mineAll(messages, 0)).toEqual(mineAll(messages, Infinity));
      }),
      { numRuns: 150 },
    );
  });
});
