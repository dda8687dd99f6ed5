import { describe, expect, it } from 'vitest';
import { headerAttributes } from './header-pairs';

describe('headerAttributes', () => {
  it("keeps a text header's key=value tokens as attributes", () => {
    const line =
      '2022-01-24T07:10:27.349Z pid=16 tid=fhoe class=ActionMailer::MailDeliveryJob jid=8c89d7ac elapsed=0.376 INFO: done';
    expect(headerAttributes(line, line.indexOf('done'))).toEqual({
      pid: '16',
      tid: 'fhoe',
      class: 'ActionMailer::MailDeliveryJob',
      jid: '8c89d7ac',
      elapsed: '0.376',
    });
  });

  it("reads the pairs of Kafka's log context without the group's commas and bracket", () => {
    const line =
      '[2026-11-25 10:00:02,789] WARN [ReplicaFetcher replicaId=1, leaderId=2, fetcherId=0] Error in response';
    expect(headerAttributes(line, line.indexOf('Error'))).toEqual({
      replicaId: '1',
      leaderId: '2',
      fetcherId: '0',
    });
    const broker = '[2026-11-25 10:00:04,001] INFO [Partition orders-3 broker=1] Shrinking ISR';
    expect(headerAttributes(broker, broker.indexOf('Shrinking'))).toEqual({ broker: '1' });
    const own = '10:00:00 list=[a,b] f=g(x) INFO msg';
    expect(headerAttributes(own, own.indexOf('msg'))).toEqual({ list: '[a,b]', f: 'g(x)' });
  });

  it("leaves the message's pairs to the template, and headers without pairs empty", () => {
    const line = '2026-11-25 10:00:00,123 INFO [main] c.e.Server - started port=8080 took=12ms';
    expect(headerAttributes(line, line.indexOf('started'))).toEqual({});
    // Tokens that are not key=value pairs ("[main]", "a==b", "=x") are not attributes.
    const odd = '10:00:00 [tag=1] =x a==b key= INFO msg';
    expect(headerAttributes(odd, odd.indexOf('msg'))).toEqual({});
  });
});
