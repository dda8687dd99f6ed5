import { describe, expect, it } from 'vitest';
import { parseTimestamp, timeOfDay } from './parse-timestamp';

const ctx = { year: 2026 };
const utc = (s: string): number => Date.parse(s);

describe('parseTimestamp', () => {
  it.each([
    ['2026-11-25T10:00:00Z', '2026-11-25T10:00:00.000Z'],
    ['2026-11-25T10:00:00.123+01:00', '2026-11-25T09:00:00.123Z'],
    ['2026-11-25T10:00:00-0500', '2026-11-25T15:00:00.000Z'],
    ['2015-10-18 18:01:47,978', '2015-10-18T18:01:47.978Z'],
    ['2017-07-01 11:37:52.339', '2017-07-01T11:37:52.339Z'],
    ['25/Nov/2026:10:00:00 +0000', '2026-11-25T10:00:00.000Z'],
    ['25/Nov/2026:10:00:00 +0100', '2026-11-25T09:00:00.000Z'],
    ['Nov 25 10:00:00', '2026-11-25T10:00:00.000Z'],
    ['Sun Dec 04 04:47:44 2005', '2005-12-04T04:47:44.000Z'],
    ['081109 203615', '2008-11-09T20:36:15.000Z'],
    ['17/06/09 20:10:40', '2017-06-09T20:10:40.000Z'],
    // WebSphere's M/d/yy, its numbers unpadded: no yy/mm/dd, which pads them.
    ['8/6/24 14:16:12:785 UTC', '2024-08-06T14:16:12.785Z'],
    ['12/6/24 14:16:12:785 UTC', '2024-12-06T14:16:12.785Z'],
    ['20171223-22:15:29:606', '2017-12-23T22:15:29.606Z'],
    // TIBCO BusinessWorks 5: the year, the month's name, the day, milliseconds after a colon, its
    // offset from GMT in hours (blind20 2/s09); Temenos T24's time before its date (2/s08).
    ['2016 Jul 15 06:40:04:061 GMT +1', '2016-07-15T05:40:04.061Z'],
    ['2008 Oct 20 15:36:42:457 GMT -8', '2008-10-20T23:36:42.457Z'],
    ['2026-11-25 10:00:00 UTC+5:30', '2026-11-25T04:30:00.000Z'],
    ['Mon Nov 25 10:00:00 UTC 2026', '2026-11-25T10:00:00.000Z'],
    ['13:45:02 26 MAR 2021', '2021-03-26T13:45:02.000Z'],
    // SSSD's microseconds after a colon (blind21 2/s07).
    ['(2018-11-13 17:44:02:047811)', '2018-11-13T17:44:02.047Z'],
    // ISO 8601's basic format (AWS's X-Amz-Date, iCalendar, some Go and C++ loggers).
    ['20261125T100000Z', '2026-11-25T10:00:00.000Z'],
    ['20261125T100002.123Z', '2026-11-25T10:00:02.123Z'],
    ['20261125T100003+0100', '2026-11-25T09:00:03.000Z'],
    ['20261125T100003.5-0500', '2026-11-25T15:00:03.500Z'],
    ['20261125T235959', '2026-11-25T23:59:59.000Z'],
    // Zabbix's process id, date and time.
    ['1234:20261125:100000.123', '2026-11-25T10:00:00.123Z'],
    ['123456:20261125:235959.001', '2026-11-25T23:59:59.001Z'],
    // OpenVPN's microseconds after whole seconds.
    ['2026-11-25 10:00:00 us=123456', '2026-11-25T10:00:00.123Z'],
    ['2026-11-25 10:00:00 us=23456', '2026-11-25T10:00:00.023Z'],
    ['2005-06-03-15.42.50.675872', '2005-06-03T15:42:50.675Z'],
    ['2026/11/25 10:00:00', '2026-11-25T10:00:00.000Z'],
    ['11/25/2026 10:00:00 PM', '2026-11-25T22:00:00.000Z'],
    // US order unless the first number cannot be a month (UK, France); a dotted date is day first.
    ['05/11/2026 10:00:00', '2026-05-11T10:00:00.000Z'],
    ['25/11/2026 10:00:00', '2026-11-25T10:00:00.000Z'],
    // The common log format's layout with the month in digits (Proxmox's pveproxy): day first.
    ['09/05/2024:19:09:00 +0545', '2024-05-09T13:24:00.000Z'],
    ['10/05/2024:00:45:59 +0200', '2024-05-09T22:45:59.000Z'],
    ['25.11.2026 10:00:00.123', '2026-11-25T10:00:00.123Z'],
    ['05.11.2026 10:00:00', '2026-11-05T10:00:00.000Z'],
    ['25-Nov-2026 10:00:00.123', '2026-11-25T10:00:00.123Z'],
    ['25.11.26 10:00:00', '2026-11-25T10:00:00.000Z'],
    ['11/25/26 10:00:00', '2026-11-25T10:00:00.000Z'],
    // Epoch seconds with a fraction (Squid, auditd, Python's time.time()): its milliseconds.
    ['1764064800.123456', '2025-11-25T10:00:00.123Z'],
    ['1764064800.5', '2025-11-25T10:00:00.500Z'],
    ['1125 10:00:00.123456', '2026-11-25T10:00:00.123Z'],
    ['200117 07:33:41.670503', '2020-01-17T07:33:41.670Z'],
    ['25 Nov 2026 10:00:00.123', '2026-11-25T10:00:00.123Z'],
    ['25 Nov 10:00:00.123', '2026-11-25T10:00:00.123Z'],
    ['Nov 25 10:00:00.250', '2026-11-25T10:00:00.250Z'],
    ['03-17 16:13:38.811', '2026-03-17T16:13:38.811Z'],
    ['03-05 16:13:38', '2026-03-05T16:13:38.000Z'],
    ['[10.30 16:49:06]', '2026-10-30T16:49:06.000Z'],
    // A zone abbreviation after the local time (PostgreSQL's %t, `date`).
    ['2026-11-25 10:00:00.123 UTC', '2026-11-25T10:00:00.123Z'],
    ['2026-11-25 10:00:00.123 EST', '2026-11-25T15:00:00.123Z'],
    ['2026-07-25 10:00:00 PDT', '2026-07-25T17:00:00.000Z'],
    ['2026-07-25 10:00:00 CEST', '2026-07-25T08:00:00.000Z'],
    ['Wed Nov 25 10:00:00 JST 2026', '2026-11-25T01:00:00.000Z'],
    // Beyond RFC 822 and Europe: WebLogic's JVM in São Paulo, a server in Kathmandu.
    ['Feb 25, 2022, 11:43:56,082 PM BRT', '2022-02-26T02:43:56.082Z'],
    ['2026-11-25 10:00:00 NPT', '2026-11-25T04:15:00.000Z'],
    // A name's "-2" after the time is no zone offset (Celery's "[… 21:07:12,642: INFO/ForkPoolWorker-2]").
    ['[2026-08-13 21:07:12,642: INFO/ForkPoolWorker-2]', '2026-08-13T21:07:12.642Z'],
    ['2026-11-25T10:00:00+05:30', '2026-11-25T04:30:00.000Z'],
  ])('parses %s', (text, iso) => {
    expect(parseTimestamp(text, ctx)).toBe(utc(iso));
  });

  it.each([
    ['1764064800', 1764064800000],
    ['1764064800123', 1764064800123],
    ['1764064800123456', 1764064800123],
    ['1764064800123456789', 1764064800123],
  ])('parses the epoch value %s by its digit count', (text, ms) => {
    expect(parseTimestamp(text, ctx)).toBe(ms);
  });

  it('reads a two-digit date that is both yy/mm/dd and mm/dd/yy in the year nearer the one expected', () => {
    // WebSphere's "10/11/25" beside files of 2025 is 11 October 2025, not 25 November 2010.
    expect(parseTimestamp('10/11/25 15:31:31:376 UTC', { year: 2025, localOffsetMinutes: 0 })).toBe(
      Date.parse('2025-10-11T15:31:31.376Z'),
    );
    // Spark's yy/mm/dd where only it reads, or its year is the nearer.
    expect(parseTimestamp('17/06/09 20:10:40', { year: 2025, localOffsetMinutes: 0 })).toBe(
      Date.parse('2017-06-09T20:10:40Z'),
    );
    expect(parseTimestamp('12/06/09 20:10:40', { year: 2025, localOffsetMinutes: 0 })).toBe(
      Date.parse('2012-06-09T20:10:40Z'),
    );
  });

  // A time of day is no date: "19:09:06" was read as yy:mm:dd, 2019-09-06; nor is a year and a time
  // of day after it ("2026, 9:01:02" of WebLogic's "Mar 18, 2026, 9:01:02,863 AM"), 1 September;
  // nor a number, a blank, then a month and a day (Commvault's thread id "6735" before "03/25").
  it.each([
    'hello',
    'INFO',
    '12',
    '2026-13-45 99:99:99',
    '19:09:06,559',
    '09:05:07',
    '2026, 9:01:02,863',
    '2026 10:01:02',
    '6735  03/25 20:33:05',
    '2021 03/25 20:33:05',
    '1201  05/25 13:08:13',
    'dec   01/16 05:22:42',
  ])('returns null for %s', (text) => {
    expect(parseTimestamp(text, ctx)).toBeNull();
  });
});

describe('timeOfDay', () => {
  it.each([
    ['10:23:45', 37_425_000],
    ['[10:23:45,123]', 37_425_123],
    ['[10:23:45 INF]', 37_425_000],
    ['[10:23:45.5 WRN]', 37_425_500],
    ['[10:23:45 word]', null],
    ['10:23:45 INF', null],
    ['24:00:00', null],
  ])('reads %s', (text, ms) => {
    expect(timeOfDay(text)).toBe(ms);
  });
});
