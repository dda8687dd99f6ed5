// PHP-FPM's access log in its documented format (`access.format = "%R - %u %t \"%m %r%Q%q\" %s %f
// %{mili}d %{kilo}M %C%%"`): `217.120.113.165 -  26/May/2023:06:45:00 -0230 "GET /index.php" 200
// /var/www/html/index.php 38.975 2048 58.67%` — the client, the user (often empty: two blanks), the
// time without brackets, the method and URI in quotes without a protocol, the status, the script, the
// request's time in ms, its memory in KB, its CPU share. Read as an access log's line.
import type { TimestampReader } from '../fields/timestamp-reader';
import { requestFields } from './parse-access-line';
import type { ParsedFields } from './parsed-fields';

const FPM =
  /^(\S+) - (\S*) +(\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}) "([A-Z]{3,12}) ([^"\s]*)" (\d{3}) (\S+) (\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?)%$/;

/** Whether a line is a PHP-FPM access line (see FPM). */
export function opensWithFpmAccess(line: string): boolean {
  return line.endsWith('%') && FPM.test(line);
}

/** A PHP-FPM access line read as an access log's line, or null for another line. */
export function parseFpmAccessLine(line: string, time: TimestampReader): ParsedFields | null {
  if (!line.endsWith('%')) return null;
  const m = FPM.exec(line);
  if (m === null) return null;
  const status = Number(m[6]);
  const method = m[4] ?? '';
  const path = m[5] ?? '';
  return requestFields(time.read(m[3] ?? ''), method, path, status, {
    client: m[1] ?? null,
    ...(m[2] ? { user: m[2] } : {}),
    method,
    path,
    status,
    script: m[7] ?? '',
    requestTime: Number(m[8]) / 1000,
    memoryKb: Number(m[9]),
    cpu: Number(m[10]),
  });
}
