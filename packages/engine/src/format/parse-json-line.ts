import type { AttributeValue, Level } from '../types';
import { levelAt, levelFromNumber, normalizeLevel } from '../fields/normalize-level';
import { internalized } from '../fields/strings';
import type { TimestampReader } from '../fields/timestamp-reader';
import { levelOfStatus, pathOf, routeOf } from './parse-access-line';
import type { ParsedFields } from './parsed-fields';

/**
 * `severity`: MongoDB's one-letter "s" (F, E, W, I, D1–D5), taken only when it is one. `error`: a key
 * `withError` may read (the value stays an attribute; the role only says the line has one).
 */
export type Role = 'time' | 'level' | 'severity' | 'status' | 'message' | 'service' | 'error';

// Common key names of structured loggers (pino, bunyan, logrus, zap, serilog, ECS, python-json-logger…).
/** Time keys, the surest first: a line with "date" (a business date) and "timestamp" takes the latter. */
const TIME_KEYS = [
  '@timestamp',
  'timestamp',
  'time',
  'ts',
  '@t',
  'eventTime',
  // Kubernetes Event objects (kubectl get events -o json, event exporters): when it last happened.
  'lastTimestamp',
  // The Kubernetes API server's audit log (when the request came; `stageTimestamp` is when its stage
  // ended), Cloudflare's Logpush (RFC 3339 or epoch nanoseconds, as the job is set up).
  'requestReceivedTimestamp',
  'EdgeStartTimestamp',
  'asctime',
  'datetime',
  't',
  'date',
  'firstTimestamp',
  'metadata.creationTimestamp',
  // MongoDB 4.4+: {"t":{"$date":"2026-03-04T10:15:00.123+00:00"},"s":"I","c":"NETWORK",…}.
  't.$date',
  // JSON access logs: Envoy's start_time, nginx's $time_iso8601 / $time_local, log4j2's timeMillis,
  // Kong's started_at (epoch ms).
  'start_time',
  'startTime',
  'started_at',
  'time_iso8601',
  'time_local',
  'timeMillis',
  // journalctl -o json: microseconds since the epoch, as a string.
  '__REALTIME_TIMESTAMP',
  // .NET's JSON console formatter: {"Timestamp":…,"LogLevel":…,"Category":…,"Message":…,"Exception":…};
  // Serilog's JsonFormatter's `RenderedMessage`.
  'Timestamp',
  // Okta's System Log (its API, its exports): {"displayMessage":…,"eventType":…,"published":…}.
  'published',
];
// Where structured loggers put the error beside a generic message (zap, zerolog, logrus: "error",
// "err"; ECS: "error.message"), and where MongoDB puts what its storage engine said under the one
// message "WiredTiger message" / "WiredTiger error message" ({"attr":{"message":{"msg":"Checkpoint has
// been running for 32 seconds…"}}}, or a string in older versions).
// Okta's `outcome.reason` of an event that failed or was denied ("INVALID_CREDENTIALS", "Org rate limit
// exceeded for /api/v1/authn"; null when it succeeded).
const ERROR_KEYS = [
  'error',
  'err',
  'error.message',
  'errorMessage',
  'attr.message.msg',
  'attr.message',
  'outcome.reason',
];

/**
 * Where a service puts its error's text when its error field says only "error" (Google Cloud's Error
 * Reporting fields: {"message":"Unhandled exception","error":"error","stack_trace":"rpc error: code =
 * Unavailable desc = connection refused"}): a stack field of one line is the error's text. (A stack
 * trace of several lines is not: its exception's class is read from it apart, see exceptionClassOf.)
 */
const STACK_KEYS = ['stack_trace', 'stacktrace', 'stack', 'error.stack_trace', 'exception', 'Exception'];

/** Each key, then its Google Cloud spelling (`jsonPayload.error`), spelled once. */
const withPayload = (keys: readonly string[]): string[] => keys.flatMap((k) => [k, `jsonPayload.${k}`]);
const ERROR_LOOKUP = withPayload(ERROR_KEYS);
const STACK_LOOKUP = withPayload(STACK_KEYS);

const TIME_RANK = new Map(TIME_KEYS.map((k, i) => [k, i]));
const ROLES = new Map<string, Role>([
  ...TIME_KEYS.map((k) => [k, 'time'] as const),
  // journald's PRIORITY is a syslog severity ("3"), as a string.
  ...[
    'level',
    'lvl',
    'severity',
    'loglevel',
    'log.level',
    'levelname',
    '@l',
    'severity_text',
    'PRIORITY',
    // (Not `Level`: PowerShell's CSV exports hold Windows' own number there, 2 an error, 4 information.)
    'LogLevel',
  ].map((k) => [k, 'level'] as const),
  ['s', 'severity'],
  // Datadog's level attribute (its JSON and CSV exports), when it holds a level word: elsewhere a
  // "status" is an HTTP status or a job's state, kept as an attribute.
  ['status', 'status'],
  ['Status', 'status'],
  // GCP Cloud Logging's textPayload / jsonPayload.message, journald's MESSAGE.
  ...[
    'message',
    'msg',
    '@m',
    '@mt',
    'log',
    'text',
    'event',
    'body',
    'MESSAGE',
    'textPayload',
    'jsonPayload.message',
    // CloudWatch Logs Insights' export.
    '@message',
    'Message',
    'RenderedMessage',
    'displayMessage',
  ].map((k) => [k, 'message'] as const),
  ...[
    'service',
    'service.name',
    'app',
    'application',
    'logger',
    'logger_name',
    'component',
    'name',
    'SYSLOG_IDENTIFIER',
    '_COMM',
    '@logStream',
    'Category',
  ].map((k) => [k, 'service'] as const),
  ...withPayload([...ERROR_KEYS, ...STACK_KEYS]).map((k) => [k, 'error'] as const),
]);
const MAX_ATTRIBUTES = 64;

/** The field a record's key is read as (time, level, message, service…), if it is one of the usual names. */
export function roleOfKey(key: string): Role | undefined {
  return ROLES.get(key);
}

/** Keys of a line whose roles and dotted names are remembered for the next line (see Flattener.visited). */
const MEMO_KEYS = 64;

/** The picked fields and attributes of one JSON line, filled by `flatten` (reused: no per-key objects). */
class Flattener {
  time: AttributeValue | undefined = undefined;
  /** The key the time was taken from, and its rank in TIME_KEYS. */
  timeKey = '';
  timeRank = 0;
  level: AttributeValue | undefined = undefined;
  /** A "status" that names a level: the level when no level key is there. */
  statusLevel: string | undefined = undefined;
  message: AttributeValue | undefined = undefined;
  /** The key the message was taken from. */
  messageKey = '';
  service: AttributeValue | undefined = undefined;
  /** Whether a key of ERROR_KEYS or STACK_KEYS was seen (most lines have none: no lookups then). */
  hasError = false;
  size = 0;
  out: Record<string, AttributeValue> = {};

  reset(): void {
    this.time = this.level = this.message = this.service = this.statusLevel = undefined;
    this.hasError = false;
    this.size = 0;
    this.out = {};
    this.visited = 0;
  }

  /**
   * The keys visited on the line before, by their place in the visit, with their roles and their
   * dotted names: a file's lines mostly share their keys, in order, and JSON.parse gives each key as
   * the same string object line after line, so one comparison stands for a lookup of its role and,
   * for a nested key, the two of its dotted name.
   */
  private visited = 0;
  // Filled with strings from the start: comparing a string with an array's hole (undefined) compiles
  // to V8's generic equality.
  private readonly seenKeys: string[] = new Array<string>(MEMO_KEYS).fill('');
  private readonly seenRoles: (Role | undefined)[] = new Array<Role | undefined>(MEMO_KEYS).fill(undefined);
  private readonly seenPrefixes: string[] = new Array<string>(MEMO_KEYS).fill('');
  private readonly seenLeaves: string[] = new Array<string>(MEMO_KEYS).fill('');
  private readonly seenJoined: string[] = new Array<string>(MEMO_KEYS).fill('');

  /** Visits the scalars of a parsed object in key order; nested keys are joined with dots. */
  object(record: Record<string, unknown>, prefix: string): void {
    // for…in over a JSON.parse result visits the same own keys, in the same order, as
    // Object.entries, without building a [key, value] array per key.
    for (const k in record) {
      const value = record[k];
      const at = this.visited++;
      const remembered = at < MEMO_KEYS;
      let key = k;
      if (prefix) {
        if (remembered && this.seenLeaves[at] === k && this.seenPrefixes[at] === prefix)
          key = this.seenJoined[at] as string;
        else {
          key = this.join(prefix, k);
          if (remembered) {
            this.seenPrefixes[at] = prefix;
            this.seenLeaves[at] = k;
            this.seenJoined[at] = key;
          }
        }
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        // A document exported from Elasticsearch or OpenSearch ({"_index": …, "_source": {…}}): its
        // fields are the record's own ("@timestamp", "message"), not "_source.message".
        this.object(value as Record<string, unknown>, prefix === '' && k === '_source' ? '' : key);
        continue;
      }
      const scalar =
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
          ? value
          : JSON.stringify(value);
      // (No role takes null: its role is not looked up.)
      if (scalar !== null) {
        let role: Role | undefined;
        if (remembered && this.seenKeys[at] === key) role = this.seenRoles[at];
        else {
          role = ROLES.get(key);
          if (remembered) {
            this.seenKeys[at] = key;
            this.seenRoles[at] = role;
          }
        }
        if (this.pick(role, scalar, key)) continue;
      }
      if (this.size >= MAX_ATTRIBUTES) continue;
      this.size++;
      this.out[key] = scalar;
    }
  }

  /** Dotted keys, made once: building and internalising "req.id" on every line costs more. */
  private readonly joined = new Map<string, Map<string, string>>();

  private joinedSize = 0;

  private join(prefix: string, k: string): string {
    let byKey = this.joined.get(prefix);
    if (byKey === undefined) {
      byKey = new Map();
      this.joined.set(prefix, byKey);
    }
    let key = byKey.get(k);
    if (key === undefined) {
      // Internalized, as JSON.parse's own keys are: the key memo's `===` (see `object`) stays a
      // pointer check only while every key it compares is, and storing an attribute under it needs no
      // lookup of its text in V8's string table.
      key = internalized(`${prefix}.${k}`);
      // Bounded: objects keyed by ids would otherwise grow it without end.
      if (++this.joinedSize > 4096) {
        this.joined.clear();
        this.joinedSize = 0;
      } else byKey.set(k, key);
    }
    return key;
  }

  /** Takes the value for its role if the role is still empty. */
  private pick(role: Role | undefined, value: string | number | boolean, key: string): boolean {
    // Most keys have no role: told apart before the switch, whose cases then compare strings with
    // strings (with undefined among them, V8 called its generic equality for every case of every key).
    if (role === undefined) return false;
    switch (role) {
      case 'time': {
        const rank = TIME_RANK.get(key) ?? TIME_KEYS.length;
        if (this.time !== undefined) {
          if (rank >= this.timeRank) return false;
          // A surer time key after a weaker one: the weaker one's value is an attribute after all.
          if (this.size < MAX_ATTRIBUTES) {
            this.size++;
            this.out[this.timeKey] = this.time;
          }
        }
        this.time = value;
        this.timeKey = key;
        this.timeRank = rank;
        return true;
      }
      case 'level':
        if (this.level !== undefined) return false;
        this.level = value;
        return true;
      case 'severity':
        if (this.level !== undefined || !isSeverityLetter(value)) return false;
        this.level = value.charAt(0);
        return true;
      case 'status':
        if (
          typeof value === 'string' &&
          this.statusLevel === undefined &&
          levelAt(value, 0, value.length) !== null
        )
          this.statusLevel = value;
        return false;
      case 'message':
        if (this.message !== undefined) {
          // structlog's `event` is its message, but beside a `message` it names what happened (SSIS's
          // text log: `event,computer,…,message`, OnError, OnProgress): the message is the message.
          if (this.messageKey !== 'event' || (key !== 'message' && key !== 'msg')) return false;
          if (this.size < MAX_ATTRIBUTES) {
            this.size++;
            this.out[this.messageKey] = this.message;
          }
        }
        this.message = value;
        this.messageKey = key;
        return true;
      case 'service':
        if (this.service !== undefined) return false;
        this.service = value;
        return true;
      case 'error':
        this.hasError = true;
        return false;
      default:
        return false;
    }
  }
}

// Traefik's JSON access log names them RequestMethod and RequestPath; Kong's file log nests them
// (request.method, request.uri).
const METHOD_KEYS = [
  'method',
  'request_method',
  'http_method',
  'httpMethod',
  'http.request.method',
  'RequestMethod',
  'request.method',
  // Cloudflare's Logpush.
  'ClientRequestMethod',
];
const PATH_KEYS = [
  'path',
  'uri',
  'request_uri',
  'requestUri',
  'url.path',
  'url',
  'RequestPath',
  'request.uri',
  'ClientRequestPath',
  'ClientRequestURI',
];

/** "GET api/<*>/items" for a JSON access-log line with a method and a path, else null. */
function requestOf(attributes: Record<string, AttributeValue>): string | null {
  let method: AttributeValue | undefined;
  for (const key of METHOD_KEYS) if ((method = attributes[key]) !== undefined) break;
  if (typeof method !== 'string' || !/^[A-Z]{3,7}$/.test(method)) return null;
  for (const key of PATH_KEYS) {
    const url = attributes[key];
    const path = typeof url === 'string' ? pathOf(url) : null;
    if (path !== null) return `${method} ${routeOf(path)}`;
  }
  return null;
}

/**
 * An AWS CloudTrail record (`eventSource`, `eventName`, `errorCode` when the call failed): the call is
 * its message ("s3 GetObject", with ": AccessDenied" when refused), its service the AWS
 * service called, and a failed call an error — a burst of AccessDenied is what an engineer looks for.
 */
function apiCallOf(
  attributes: Record<string, AttributeValue>,
): { message: string; service: string; level: Level } | null {
  const name = attributes['eventName'];
  const source = attributes['eventSource'];
  if (typeof name !== 'string' || typeof source !== 'string') return null;
  const error = attributes['errorCode'];
  const failed = typeof error === 'string' && error !== '';
  // "s3 GetObject": the service's host name would read as a variable.
  const call = `${source.endsWith('.amazonaws.com') ? source.slice(0, -14) : source} ${name}`;
  return {
    message: failed ? `${call}: ${error}` : call,
    service: source,
    level: failed ? 'error' : 'info',
  };
}

/** Milliseconds from `fromMs` to a later ISO 8601 time (its fraction to the microsecond); null unless it reads. */
function msUntil(fromMs: number | null, to: AttributeValue | undefined): number | null {
  if (fromMs === null || typeof to !== 'string') return null;
  const fraction = /\.(\d+)/.exec(to);
  const toMs = Date.parse(to.replace(/\.\d+/, '')) + (fraction ? Number(`0.${fraction[1] ?? ''}`) * 1000 : 0);
  const ms = toMs - fromMs;
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms * 1000) / 1000 : null;
}

/**
 * A record of an audit log, as its call: the Kubernetes API server's (`audit.k8s.io`: the verb and
 * the resource, `list pods`, `get configmaps`, with the reason when it failed, `update leases:
 * ServiceUnavailable`; a 5xx answer an error) and HashiCorp Vault's audit device (`request`/`response`
 * records of an operation on a path, `response read secret/data/payments/api-keys`, with the error's
 * last line when it failed — `1 error occurred: * permission denied` — and level error then), MinIO's
 * audit log (the S3 call, `DeleteObject`, with the status's words when it failed, `PutObject: Service
 * Unavailable`). Such a record has no message, and its keys and values (tokens' HMACs, ids, users) are
 * no template.
 */
function auditCallOf(
  attributes: Record<string, AttributeValue>,
  timestamp: number | null,
): { message: string; service: string; level: Level } | null {
  const apiVersion = attributes['apiVersion'];
  if (typeof apiVersion === 'string' && apiVersion.startsWith('audit.k8s.io/')) {
    const verb = attributes['verb'];
    if (typeof verb !== 'string') return null;
    const resource = attributes['objectRef.resource'];
    const sub = attributes['objectRef.subresource'];
    const uri = attributes['requestURI'];
    const target =
      typeof resource === 'string'
        ? typeof sub === 'string' && sub !== ''
          ? `${resource}/${sub}`
          : resource
        : typeof uri === 'string'
          ? (pathOf(uri) ?? uri)
          : '';
    const code = attributes['responseStatus.code'];
    const reason = attributes['responseStatus.reason'];
    const failed = typeof code === 'number' && code >= 400;
    const call = `${verb} ${target}`;
    // The request's latency: from when it came to when its answer was complete (the API server's
    // own `apiserver_request_duration_seconds` measures the same), read by the latency detector.
    // (From the record's time, its `requestReceivedTimestamp`, read to the millisecond.)
    const took =
      attributes['stage'] === 'ResponseComplete' ? msUntil(timestamp, attributes['stageTimestamp']) : null;
    if (took !== null) attributes['latency_ms'] = took;
    return {
      message: failed ? `${call}: ${typeof reason === 'string' && reason !== '' ? reason : code}` : call,
      service: 'kube-apiserver',
      level: typeof code === 'number' && code >= 500 ? 'error' : 'info',
    };
  }
  // MinIO's audit log: the S3 call, with its status's words when it failed.
  const api = attributes['api.name'];
  if (typeof api === 'string' && attributes['deploymentid'] !== undefined) {
    const code = attributes['api.statusCode'];
    const words = attributes['api.status'];
    const failed = typeof code === 'number' && code >= 400;
    return {
      message: failed && typeof words === 'string' ? `${api}: ${words}` : api,
      service: 'minio',
      level: typeof code === 'number' && code >= 500 ? 'error' : 'info',
    };
  }
  const type = attributes['type'];
  const operation = attributes['request.operation'];
  const path = attributes['request.path'];
  if (
    (type !== 'request' && type !== 'response') ||
    typeof operation !== 'string' ||
    typeof path !== 'string'
  )
    return null;
  const error = attributes['error'];
  const failed = typeof error === 'string' && error.trim() !== '';
  const call = `${type} ${operation} ${path}`;
  return {
    message: failed ? `${call}: ${lastLine(error)}` : call,
    service: 'vault',
    level: failed ? 'error' : 'info',
  };
}

/** The last line of a text that is not blank, trimmed (Vault's `1 error occurred:\n\t* permission denied\n\n`). */
function lastLine(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').replace(/^\s*\* /, '').trim();
    if (line !== '') return line.length > 300 ? line.slice(0, 300) : line;
  }
  return '';
}

/**
 * A network monitor's record, which has no message: Suricata's EVE JSON (`event_type`: an alert is its
 * signature, at the level its severity gives — 1 error, 2 warning, 3 info —, a request its method and
 * route at its status's level (a 5xx an error), a DNS answer its type and code, a flow its protocol and
 * how it ended, an anomaly its event;
 * `suricata` the service) and Zeek's JSON logs (a connection's protocol, service and state, `tcp ssl
 * SF`; a DNS query's type and answer code; `zeek` the service, not the connection's `service`, which
 * is its protocol). Each kind of record a pattern, not every combination of its keys and values.
 */
function networkRecordOf(
  attributes: Record<string, AttributeValue>,
  service: AttributeValue | undefined,
): { message: string; service: string; level: Level | null } | null {
  const type = attributes['event_type'];
  const text = (key: string): string => {
    const v = attributes[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '-';
  };
  if (typeof type === 'string' && (attributes['flow_id'] !== undefined || type === 'stats')) {
    let message = type;
    let level: Level | null = 'info';
    if (type === 'alert') {
      message = `alert: ${text('alert.signature')}`;
      const severity = attributes['alert.severity'];
      level = severity === 1 ? 'error' : severity === 2 ? 'warn' : 'info';
    } else if (type === 'http') {
      const url = attributes['http.url'];
      const path = typeof url === 'string' ? (url.startsWith('/') ? url : pathOf(url)) : null;
      message = `${text('http.http_method')} ${path === null ? '' : routeOf(path)}`.trim();
      // The server's answer, as an access log's request takes it (none: a request without an answer).
      const status = attributes['http.status'];
      level = typeof status === 'number' && status >= 100 ? levelOfStatus(status) : null;
    } else if (type === 'dns') message = `dns ${text('dns.type')} ${text('dns.rrtype')} ${text('dns.rcode')}`;
    else if (type === 'flow')
      message = `flow ${text('app_proto')} ${text('flow.state')} ${text('flow.reason')}`;
    else if (type === 'anomaly') message = `anomaly ${text('anomaly.event')}`;
    else if (type === 'tls') message = `tls ${text('tls.version')}`;
    return { message, service: 'suricata', level };
  }
  if (typeof attributes['uid'] !== 'string' || attributes['id.orig_h'] === undefined) return null;
  if (attributes['conn_state'] !== undefined) {
    const protocol = typeof service === 'string' ? service : '-';
    return { message: `${text('proto')} ${protocol} ${text('conn_state')}`, service: 'zeek', level: 'info' };
  }
  if (attributes['query'] !== undefined && attributes['rcode_name'] !== undefined)
    return { message: `dns ${text('qtype_name')} ${text('rcode_name')}`, service: 'zeek', level: 'info' };
  return null;
}

/**
 * An AWS WAF record (`webaclId`, `action`, `terminatingRuleId`; no message): what the web ACL did and
 * the rule that decided it, `BLOCK AWS-AWSManagedRulesSQLiRuleSet` or `ALLOW Default_Action`, a block a
 * warning. Its keys and values (headers, labels, rule groups: each request a new combination) are no
 * template: read so, new shapes of the same allowed traffic were "new patterns" all along.
 */
function wafRecordOf(
  attributes: Record<string, AttributeValue>,
): { message: string; service: string; level: Level } | null {
  const action = attributes['action'];
  const rule = attributes['terminatingRuleId'];
  if (typeof attributes['webaclId'] !== 'string' || typeof action !== 'string' || typeof rule !== 'string')
    return null;
  return { message: `${action} ${rule}`, service: 'waf', level: action === 'BLOCK' ? 'warn' : 'info' };
}

/** Azure's levels by number (Azure Monitor's resource logs, Entra ID's sign-in logs: `"Level":4`). */
const AZURE_LEVELS: readonly (Level | undefined)[] = [undefined, 'fatal', 'error', 'warn', 'info', 'debug'];

/**
 * A record of Azure Monitor's resource logs (the common schema of every diagnostic setting's export:
 * `time`, `resourceId`, `operationName`, `category`, `resultType`, `Level`, `properties`…; Entra ID's
 * sign-in and audit logs, Key Vault's, App Service's): its operation is its message, with the result
 * and its description when it failed ("Sign-in activity: 50126 Error validating credentials…"), its
 * category the service, its `Level` (a number, 2 an error, 4 information, or a word) the level. Read
 * with its fields for a message, each sign-in was a pattern of its own.
 */
function azureRecordOf(
  attributes: Record<string, AttributeValue>,
): { message: string; service: string; level: Level | null } | null {
  const operation = attributes['operationName'];
  const category = attributes['category'];
  if (typeof operation !== 'string' || typeof category !== 'string' || attributes['resourceId'] === undefined)
    return null;
  const result = attributes['resultType'];
  const failed =
    result !== undefined &&
    result !== 0 &&
    result !== '0' &&
    result !== '' &&
    !/^(?:success|succeeded|start|started|accept|accepted|active|resolved|updated)$/i.test(String(result));
  const description = attributes['resultDescription'];
  const why = typeof description === 'string' && description !== '' ? ` ${lastLine(description)}` : '';
  const level = attributes['Level'] ?? attributes['level'];
  return {
    message: failed ? `${operation}: ${String(result)}${why}` : operation,
    service: category,
    level:
      typeof level === 'number'
        ? (AZURE_LEVELS[level] ?? null)
        : typeof level === 'string'
          ? normalizeLevel(level)
          : failed
            ? 'warn'
            : 'info',
  };
}

/**
 * A Kubernetes Event object (`kubectl get events -o json`'s items, an event exporter's lines): its
 * `type` is its level (Warning, Normal), the component that reported it its service. An exporter may
 * leave out the object's own `kind`: an object about another (`involvedObject`) with a `reason` is one.
 */
function kubernetesEventOf(
  attributes: Record<string, AttributeValue>,
): { level: Level; service: string | null } | null {
  if (
    attributes['kind'] !== 'Event' &&
    (attributes['involvedObject.kind'] === undefined || typeof attributes['reason'] !== 'string')
  )
    return null;
  const type = attributes['type'];
  if (type !== 'Warning' && type !== 'Normal') return null;
  const component = attributes['source.component'] ?? attributes['reportingComponent'];
  return {
    level: type === 'Warning' ? 'warn' : 'info',
    service: typeof component === 'string' && component !== '' ? component : null,
  };
}

/** SSIS's log events that name a level (the others, OnProgress, OnInformation, PackageStart…, are information). */
const SSIS_LEVELS = new Map<string, Level>([
  ['OnError', 'error'],
  ['OnTaskFailed', 'error'],
  ['OnWarning', 'warn'],
  ['OnInformation', 'info'],
  ['OnProgress', 'info'],
  ['OnPreExecute', 'info'],
  ['OnPostExecute', 'info'],
  ['PackageStart', 'info'],
  ['PackageEnd', 'info'],
]);

/** "F", "E", "W", "I", or a debug level "D1"–"D5" (MongoDB's severities). */
function isSeverityLetter(value: string | number | boolean): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2) return false;
  const c = value.charCodeAt(0);
  if (value.length === 2) return c === 68 && value.charCodeAt(1) >= 49 && value.charCodeAt(1) <= 53;
  return c === 70 || c === 69 || c === 87 || c === 73 || c === 68;
}

const flattener = new Flattener();

/**
 * npm's (winston's) level names that name no level elsewhere, read only as a level field's value:
 * "http" (between info and verbose: winston's request lines, `{"level":"http","message":"POST
 * /api/carts 201 …"}`) and "silly" (below debug). In a message "http" is a word like any other.
 */
const NPM_LEVELS = new Map<string, Level>([
  ['http', 'info'],
  ['silly', 'trace'],
]);

/** "3", "30": a numeric level written as a string (journald's PRIORITY). */
function isSmallNumber(value: string): boolean {
  const n = value.length;
  if (n === 0 || n > 2) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Parses a JSON object line; null when the line is not one. Nested objects become dotted keys. */
/**
 * An epoch number: its integer digits say the unit (s, ms, µs, ns); a fraction is kept to the
 * millisecond (zap writes float seconds: 1764064800.123456).
 */
function epochTime(ts: number, time: TimestampReader): number | null {
  const whole = Math.trunc(ts);
  const at = time.read(String(whole));
  if (at === null || whole === ts || whole === 0) return at;
  return Math.floor(at + (ts - whole) * (at / whole));
}

export function parseJsonLine(
  line: string,
  time: TimestampReader,
  ascendingLevels = false,
): ParsedFields | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = withLooseEscapes(line);
    if (value === undefined) return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  return parseJsonRecord(value as Record<string, unknown>, time, ascendingLevels);
}

/** Nextcloud's numeric levels (see FormatDetection.ascendingLevels). */
const ASCENDING: readonly (Level | undefined)[] = ['debug', 'info', 'warn', 'error', 'fatal'];

/** A backslash and what it escapes, read left to right: a JSON escape, nginx's `\xHH`, or neither. */
const ESCAPE = /\\(?:(["\\/bfnrt]|u[0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))?/g;

/**
 * A line that is JSON but for backslashes that start no JSON escape — nginx's `log_format` without
 * `escape=json` writes a quote as `\x22`, a hand-made encoder a PHP class's `Doctrine\DBAL\…` as it
 * is — read with `\xHH` as its character and any other such backslash as itself; undefined when it is
 * not JSON even so. Only lines JSON.parse refused come here.
 */
export function withLooseEscapes(line: string): unknown {
  if (line.indexOf('\\') < 0) return undefined;
  try {
    return JSON.parse(
      line.replace(ESCAPE, (all: string, json?: string, hex?: string) =>
        json !== undefined ? all : hex !== undefined ? `\\u00${hex}` : '\\\\',
      ),
    );
  } catch {
    return undefined;
  }
}

/** A value as text: a string as it is (`String` of one is still a builtin call, twice a line). */
function asText(value: AttributeValue): string {
  return typeof value === 'string' ? value : String(value);
}

/** A parsed record's fields: a JSON line's, a CSV row's (see parse-csv-line.ts). */
export function parseJsonRecord(
  value: Record<string, unknown>,
  time: TimestampReader,
  ascendingLevels = false,
): ParsedFields {
  const f = flattener;
  f.reset();
  f.object(value, '');
  const attributes = f.out;
  const ts = f.time;
  const lv = f.level ?? f.statusLevel;
  // An empty message says nothing (Traefik's access log writes `"msg":""`): the request, or the
  // keys and values, stand in for it as for a line without one.
  const msg = f.message === '' ? undefined : f.message;
  const svc = f.service;
  let timestamp: number | null = null;
  if (typeof ts === 'number') timestamp = epochTime(ts, time);
  else if (typeof ts === 'string') {
    timestamp = time.read(ts);
    // A date and a time of day apart: FortiGate's "date=2026-11-25 time=10:00:00".
    const date = attributes['date'];
    if (timestamp === null && typeof date === 'string' && f.timeKey === 'time')
      timestamp = time.read(`${date} ${ts}`);
  }
  // Serilog's compact JSON leaves "@l" out for Information.
  const level =
    typeof lv === 'number'
      ? ascendingLevels
        ? (ASCENDING[lv] ?? null)
        : levelFromNumber(lv)
      : typeof lv === 'string'
        ? isSmallNumber(lv)
          ? levelFromNumber(Number(lv))
          : (normalizeLevel(lv) ?? NPM_LEVELS.get(lv.toLowerCase()) ?? null)
        : msg !== undefined && (f.messageKey === '@m' || f.messageKey === '@mt')
          ? 'info'
          : null;
  // Without a message field: an AWS API call's (CloudTrail's record), a request's method and route,
  // as an access log's (Envoy's and nginx's JSON access logs), else the keys and values stand in for
  // it so the event still gets a template.
  const call =
    msg === undefined
      ? svc === undefined
        ? (apiCallOf(attributes) ??
          auditCallOf(attributes, timestamp) ??
          networkRecordOf(attributes, svc) ??
          wafRecordOf(attributes) ??
          azureRecordOf(attributes))
        : networkRecordOf(attributes, svc)
      : null;
  const message =
    msg !== undefined
      ? asText(msg)
      : (call?.message ??
        requestOf(attributes) ??
        Object.entries(attributes)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(' '));
  const event = level === null && call === null ? kubernetesEventOf(attributes) : null;
  // SSIS's log events (its text file provider's `event` column): an error, a failed task, a warning.
  const ssis =
    level === null && typeof attributes['event'] === 'string'
      ? SSIS_LEVELS.get(attributes['event'])
      : undefined;
  const fields: ParsedFields = {
    timestamp,
    level: call !== null ? (level ?? call.level) : (event?.level ?? ssis ?? level),
    service: call !== null ? call.service : svc === undefined ? (event?.service ?? null) : asText(svc),
    message: msg === undefined || !f.hasError ? message : withError(message, attributes),
    attributes,
    format: 'json',
  };
  if (fields.level === null && typeof msg === 'string') innerHeader(fields, time);
  return fields;
}

/**
 * A record without a level whose message is a text log line with its own header — a time, then a
 * level ("2026-11-25T10:00:01.223Z ERROR db connect failed", as `aws logs filter-log-events` returns
 * an application's lines): the level is read and the header left out of the message; its time stands
 * in when the record has none.
 */
function innerHeader(fields: ParsedFields, time: TimestampReader): void {
  const message = fields.message;
  const c = message.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 91)) return;
  let end = message.indexOf(' ');
  if (end < 8 || end > 40) return;
  let at = time.read(message.slice(0, end));
  // A date and a time apart: "2026-11-25 10:00:01,223 ERROR …".
  const next = message.indexOf(' ', end + 1);
  if (next > end + 1 && message.charCodeAt(end + 1) >= 48 && message.charCodeAt(end + 1) <= 57) {
    const both = time.read(message.slice(0, next));
    if (both !== null) {
      at = both;
      end = next;
    }
  }
  if (at === null) return;
  let from = end + 1;
  while (message.charCodeAt(from) === 32) from++;
  let to = message.indexOf(' ', from);
  if (to < 0) to = message.length;
  const level = to - from <= 12 ? levelAt(message, from, to) : null;
  if (level === null) return;
  while (message.charCodeAt(to) === 32) to++;
  fields.level = level;
  fields.message = message.slice(to);
  fields.timestamp ??= at;
}

/**
 * "request failed: upstream accounts: context deadline exceeded" for zap's {"msg":"request failed",
 * "error":"upstream accounts: …"}: the error is what tells one failure from another, so it is part
 * of the message (its first line), and each kind of error gets a pattern of its own.
 */
export function withError(message: string, attributes: Record<string, AttributeValue>): string {
  const error = errorText(attributes, ERROR_LOOKUP, true) ?? errorText(attributes, STACK_LOOKUP, false);
  return error === null ? message : `${message}: ${error}`;
}

/** An error field's value that names no error. */
const PLACEHOLDER = /^(?:error|err|exception|null|none|undefined|-)$/i;

/**
 * The first line of the first of `keys` with an error's text (see withPayload); `multiLine`: whether a
 * value of several lines counts (its first line), else only one of a line.
 */
function errorText(
  attributes: Record<string, AttributeValue>,
  keys: readonly string[],
  multiLine: boolean,
): string | null {
  for (const key of keys) {
    const error = attributes[key];
    if (typeof error !== 'string' || error.length === 0 || PLACEHOLDER.test(error)) continue;
    const newline = error.indexOf('\n');
    if (newline >= 0 && !multiLine) continue;
    const first = newline < 0 ? error : error.slice(0, newline);
    return first.length > 300 ? first.slice(0, 300) : first;
  }
  return null;
}
