import { describe, expect, it } from 'vitest';
import { TimestampReader } from '../fields/timestamp-reader';
import { checkPointPairs } from './checkpoint-record';
import { parseSyslog5424 } from './parse-syslog-line';

describe("Check Point's Log Exporter records (RFC 5424, the record in its structured data)", () => {
  const line = (pairs: string) =>
    `<134>1 2023-02-07T23:31:17Z cp-gw02 CheckPoint 24801 - [action:"Prevent"; flags:"411908"; origin:"10.0.0.2"; ${pairs}]`;

  it('reads the action, what a threat blade matched, the blade as service and the severity as level', () => {
    const fields = parseSyslog5424(
      line(
        'malware_family:"Emotet"; product:"Anti-Bot"; protection_name:"Trojan.Win32.Emotet.TC.a"; severity:"Critical"; src:"10.30.5.183"',
      ),
      new TimestampReader(2023),
    );
    expect(fields).toMatchObject({
      timestamp: Date.parse('2023-02-07T23:31:17Z'),
      level: 'error',
      service: 'Anti-Bot',
      message: 'Prevent: Trojan.Win32.Emotet.TC.a',
      attributes: { host: 'cp-gw02', action: 'Prevent', src: '10.30.5.183', malware_family: 'Emotet' },
    });
    const accept = parseSyslog5424(
      line('product:"VPN-1 & FireWall-1"; service:"443"; dst:"35.207.251.118"').replace('Prevent', 'Accept'),
      new TimestampReader(2023),
    );
    expect(accept).toMatchObject({ level: 'info', service: 'VPN-1 & FireWall-1', message: 'Accept' });
  });

  it('leaves standard structured data and a record with a message as they are', () => {
    expect(checkPointPairs('[exampleSDID@32473 iut="3" eventSource="Application"]')).toBeNull();
    const fields = parseSyslog5424(
      '<165>1 2003-10-11T22:14:15.003Z host app - ID47 [exampleSDID@32473 iut="3"] An application event',
      new TimestampReader(2003),
    );
    expect(fields).toMatchObject({
      message: 'An application event',
      attributes: { structuredData: '[exampleSDID@32473 iut="3"]' },
    });
  });
});
