import { describe, expect, it } from 'vitest';
import { read, text } from '../read/test-helpers';
import { readQuotedPairs } from './quoted-pairs';

describe('messages of quoted pairs joined by commas', () => {
  it('reads the pairs, a quote inside a value kept, and refuses any other text', () => {
    expect(
      readQuotedPairs(
        'a="1",b_c="two, three",d.e="say \\"hi\\"",request="GET / HTTP/1.1\\r\\nHost: x\\r\\n"',
      ),
    ).toEqual({
      a: '1',
      b_c: 'two, three',
      'd.e': 'say \\"hi\\"',
      request: 'GET / HTTP/1.1\\r\\nHost: x\\r\\n',
    });
    expect(readQuotedPairs('a="1",b="2",c="3"')).toBeNull(); // too few to tell
    expect(readQuotedPairs('a="1",b="2",c="3",d="4" and more')).toBeNull();
    expect(readQuotedPairs('a="1", b="2",c="3",d="4"')).toBeNull();
    expect(readQuotedPairs('user="bob" logged in')).toBeNull();
  });

  it("reads F5 BIG-IP ASM's request log under syslog: the request, its status, a blocked one by its violation", async () => {
    const asm = (i: number, status: string, code: string, uri: string, violations = '') =>
      `Mar 13 16:45:${String(i).padStart(2, '0')} bigip-waf02 ASM:unit_hostname="bigip-waf02.initech.com",management_ip_address="10.0.0.28",policy_name="/Common/asm_shop",violations="${violations}",support_id="1090370189013162${i}",request_status="${status}",response_code="${code}",ip_client="31.130.199.147",method="GET",protocol="HTTPS",date_time="2024-03-13 16:45:02",severity="${violations ? 'Error' : 'Informational'}",uri="${uri}",request="GET ${uri} HTTP/1.1\\r\\nHost: api.initech.com\\r\\n",response="Response logging disabled"`;
    const lines = Array.from({ length: 30 }, (_, i) =>
      i === 7
        ? asm(i, 'blocked', '0', '/login', 'Attack signature detected')
        : asm(i, 'passed', i === 5 ? '503' : '200', `/api/v2/products/${100 + i}`),
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      level: 'info',
      service: 'ASM',
      message: 'GET api/v2/products/<*>',
      attributes: { response_code: '200', ip_client: '31.130.199.147', request_status: 'passed' },
    });
    expect(events[5]?.attributes['response_code']).toBe('503');
    expect(events[7]).toMatchObject({ level: 'error', message: 'blocked: Attack signature detected' });
  });
});
