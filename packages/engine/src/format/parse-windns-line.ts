import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

// Windows Server's DNS debug log (`dns.log`, packet logging): "5/13/2025 4:36:06 PM 1C01 PACKET
// 00001DA313EBC893 UDP Snd 10.1.9.197      e2e6 R Q [8082   DR SERVFAIL] A      (3)cdn(8)partner1(3)net(0)"
// — the local time, the thread, the packet's context, protocol, direction, remote address, query id,
// R for a response, the opcode, the flags in hex and letters with the response code, the question's
// type and name (each label after its length in parentheses).

const PACKET =
  /^(\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d:\d\d(?: [AP]M)?) [0-9A-F]+ PACKET +[0-9A-F]+ (UDP|TCP) (Snd|Rcv) (\S+) +[0-9a-f]+ ([R ]) ([A-Z?]) \[[0-9a-f]+ +[A-Z]* +([A-Z]+)\] +(\S+) +(\S+)/;

/** Whether a line is a packet line of the DNS debug log (see PACKET). */
export function opensWithDnsPacket(line: string): boolean {
  return line.indexOf(' PACKET ') > 0 && PACKET.test(line);
}

/** The response codes that are a failure of the server (SERVFAIL) or a refusal. */
const CODE_LEVELS: Record<string, Level | undefined> = { SERVFAIL: 'error', REFUSED: 'warn' };

/** "(3)cdn(8)partner1(3)net(0)" as "cdn.partner1.net". */
function questionName(encoded: string): string {
  return encoded.replace(/\(\d+\)/g, '.').replace(/^\.|\.$/g, '');
}

/**
 * A packet line read by its columns: a query (`Rcv query A`) or a response with its code (`Snd
 * response A SERVFAIL`) as the message, a SERVFAIL an error and a REFUSED a warning; the remote
 * address, the protocol and the question's name are attributes.
 */
export function parseDnsPacketLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = PACKET.exec(line);
  if (m === null) return null;
  const response = m[5] === 'R';
  const code = m[7] ?? '';
  return {
    timestamp: time.read(m[1] ?? ''),
    level: response ? (CODE_LEVELS[code] ?? 'info') : 'info',
    service: null,
    message: `${m[3] ?? ''} ${response ? 'response' : 'query'} ${m[8] ?? ''}${response ? ` ${code}` : ''}`,
    attributes: { protocol: m[2] ?? '', client: m[4] ?? '', question: questionName(m[9] ?? '') },
    format: 'text',
  };
}
