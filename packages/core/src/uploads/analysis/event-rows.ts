import type { MinedEvent } from '@logai/engine';

/** The log_events columns the worker COPYs, in order. */
export const EVENT_COLUMNS = [
  'organization_id',
  'upload_id',
  'file',
  'line',
  'line_count',
  'ts',
  'level',
  'service',
  'cluster_id',
  'message',
  'message_offset',
  'raw',
  'attributes',
] as const;

/**
 * COPY … FROM STDIN into `table` (log_events, or an upload's table before it becomes a partition), in
 * PostgreSQL's binary format: no text parsing on the server (about 30% faster).
 */
export function copyEventsInto(table: string): string {
  if (!/^[a-z0-9_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  return `copy ${table} (${EVENT_COLUMNS.join(', ')}) from stdin with (format binary)`;
}

// PostgreSQL's epoch (2000-01-01) in Unix milliseconds.
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
// PostgreSQL text cannot hold NUL.
const NUL = String.fromCharCode(0);
const HEADER = Buffer.concat([
  Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
  Buffer.alloc(4), // flags
  Buffer.alloc(4), // header extension length
]);
const TRAILER = Buffer.from([0xff, 0xff]);

function uuidBytes(uuid: string): Buffer {
  const bytes = Buffer.from(uuid.replaceAll('-', ''), 'hex');
  if (bytes.length !== 16) throw new Error(`not a uuid: ${uuid}`);
  return bytes;
}

/**
 * Encodes events as rows of a binary COPY into reusable memory: `add` appends one event, `take`
 * hands over the rows added so far (with the file header before the first ones).
 */
export class EventRowEncoder {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private at = 0;
  private started = false;
  private readonly ids: Buffer;
  private readonly files = new Map<string, Uint8Array>();
  private readonly levels = new Map<string, Uint8Array>();
  private readonly services = new Map<string, Uint8Array>();

  constructor(organizationId: string, uploadId: string) {
    this.ids = Buffer.concat([
      Buffer.from([0, 0, 0, 16]),
      uuidBytes(organizationId),
      Buffer.from([0, 0, 0, 16]),
      uuidBytes(uploadId),
    ]);
  }

  add(event: MinedEvent): void {
    const attributes = hasKeys(event.attributes) ? attributesJson(event.attributes) : null;
    // Worst case of UTF-8 is 3 bytes per UTF-16 unit; the fixed fields take under 100 bytes.
    const texts = event.file.length + (event.service?.length ?? 0) + event.message.length + event.raw.length;
    this.reserve(3 * (texts + (attributes?.length ?? 0)) + 128);
    const b = this.buffer;
    let at = this.at;
    b[at] = 0;
    b[at + 1] = EVENT_COLUMNS.length;
    at += 2;
    at += this.ids.copy(b, at);
    at = this.repeated(this.files, event.file, at);
    at = int32(b, 4, at);
    at = int32(b, event.line, at);
    at = int32(b, 4, at);
    at = int32(b, event.lineCount, at);
    if (event.timestamp === null) at = int32(b, -1, at);
    else {
      // int64 microseconds since 2000, written as two halves (exact: well within 2^53).
      const us = Math.round(event.timestamp - PG_EPOCH_MS) * 1000;
      const high = Math.floor(us / 4294967296);
      at = int32(b, 8, at);
      at = int32(b, high, at);
      at = int32(b, us - high * 4294967296, at);
    }
    at = event.level === null ? int32(b, -1, at) : this.repeated(this.levels, event.level, at);
    at = event.service === null ? int32(b, -1, at) : this.repeated(this.services, event.service, at);
    if (event.clusterId === undefined) at = int32(b, -1, at);
    else {
      at = int32(b, 4, at);
      at = int32(b, event.clusterId, at);
    }
    // A message that ends the raw text is stored as its offset there: much less to write and keep.
    const offset = messageOffset(event.raw, event.message);
    if (offset < 0) {
      at = this.text(event.message, at);
      at = int32(b, -1, at);
    } else {
      at = int32(b, -1, at);
      at = int32(b, 4, at);
      at = int32(b, offset, at);
    }
    at = this.text(event.raw, at);
    if (attributes === null) at = int32(b, -1, at);
    else {
      // jsonb's binary form: a version byte, then the JSON text.
      const length = b.write(attributes, at + 5);
      int32(b, length + 1, at);
      b[at + 4] = 1;
      at += 5 + length;
    }
    this.at = at;
  }

  /** The rows added since the last call (a copy: the memory is reused). */
  take(): Buffer {
    const rows = this.buffer.subarray(0, this.at);
    const out = this.started ? Buffer.from(rows) : Buffer.concat([HEADER, rows]);
    this.started = true;
    this.at = 0;
    return out;
  }

  /** The end of the COPY data (the header too when no row was added). */
  finish(): Buffer {
    const rest = this.take();
    return Buffer.concat([rest, TRAILER]);
  }

  /**
   * A short text that repeats from row to row (file, level, service): its length-prefixed bytes are
   * encoded once and copied byte by byte, cheaper than a call into the encoder for a few characters.
   */
  private repeated(cache: Map<string, Uint8Array>, value: string, at: number): number {
    let bytes = cache.get(value);
    if (bytes === undefined) {
      if (value.length > 256) return this.text(value, at);
      const body = Buffer.from(withoutNul(value), 'utf8');
      bytes = new Uint8Array(4 + body.length);
      int32(bytes, body.length, 0);
      bytes.set(body, 4);
      if (cache.size >= 1024) cache.clear();
      cache.set(value, bytes);
    }
    const b = this.buffer;
    for (let i = 0; i < bytes.length; i++) b[at + i] = bytes[i] ?? 0;
    return at + bytes.length;
  }

  private text(value: string, at: number): number {
    const length = this.buffer.write(withoutNul(value), at + 4);
    int32(this.buffer, length, at);
    return at + 4 + length;
  }

  private reserve(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes));
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }
}

/**
 * Where `message` starts in `raw` when it is its end, in characters as PostgreSQL counts them (code
 * points), or -1. NUL characters are dropped from stored text, so neither may hold one.
 */
export function messageOffset(raw: string, message: string): number {
  if (message.length === 0 || !raw.endsWith(message) || raw.includes(NUL)) return -1;
  const offset = raw.length - message.length;
  // A surrogate pair before the message is one character to PostgreSQL, two to JavaScript.
  if (SURROGATE.test(raw)) {
    for (let i = 0; i < offset; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return -1;
    }
  }
  return offset;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A big-endian int32 at `at` (Buffer#writeInt32BE checks its arguments on every call); returns the end. */
function int32(b: Uint8Array, value: number, at: number): number {
  b[at] = value >>> 24;
  b[at + 1] = value >>> 16;
  b[at + 2] = value >>> 8;
  b[at + 3] = value;
  return at + 4;
}

const withoutNul = (value: string): string => (value.includes(NUL) ? value.replaceAll(NUL, '') : value);

/** The attributes as JSON for jsonb, which refuses the escape \u0000: NUL characters are dropped. */
function attributesJson(attributes: Record<string, unknown>): string {
  const json = JSON.stringify(attributes);
  if (!json.includes('\\u0000')) return json;
  return JSON.stringify(attributes, (_key, value: unknown) =>
    typeof value === 'string' ? withoutNul(value) : value,
  );
}

function hasKeys(record: Record<string, unknown>): boolean {
  for (const _ in record) return true;
  return false;
}
