import { describe, expect, it } from 'vitest';
import { redact } from './redact';

// Realistic secrets: each must disappear from the output.
const SECRETS: [string, string][] = [
  ['email', 'password reset requested by jane.doe+ops@example.co.uk from the web'],
  ['ipv4', 'connection from 203.0.113.42:51234 accepted'],
  ['ipv6', 'client 2001:db8:85a3::8a2e:370:7334 connected'],
  ['ipv6', 'listening on fe80:0000:0000:0000:0202:b3ff:fe1e:8329'],
  ['aws', 'using credentials AKIAIOSFODNN7EXAMPLE for s3 upload'],
  [
    'jwt',
    'token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c rejected',
  ],
  ['bearer', 'Authorization: Bearer ya29.a0AfH6SMBx3kZ9q8vN2wLmPq7RtYu'],
  ['url', 'connecting to postgres://app:S3cr3t!pw@db.internal:5432/app'],
  ['pem', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq9\nq2vZ3xk=\n-----END RSA PRIVATE KEY-----'],
  ['card', 'charge failed for card 4111 1111 1111 1111 amount=12.00'],
  ['card', 'card=5500-0000-0000-0004 declined'],
  ['kv', 'login user=bob password=hunter2 ok'],
  ['kv', 'db_password: "correct horse battery"'],
  ['kv', 'request ?api_key=9f8e7d6c5b4a&page=2'],
  ['kv', 'clientSecret=abc123XYZ789 loaded'],
  ['json', '{"user":"bob","password":"hunter2","level":"info"}'],
  ['json', '{"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}'],
  ['json', '{"accessToken":"q1w2e3r4t5y6"}'],
];

const SECRET_VALUES = [
  'jane.doe+ops@example.co.uk',
  '203.0.113.42',
  '2001:db8:85a3::8a2e:370:7334',
  'fe80:0000:0000:0000:0202:b3ff:fe1e:8329',
  'AKIAIOSFODNN7EXAMPLE',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'ya29.a0AfH6SMBx3kZ9q8vN2wLmPq7RtYu',
  'S3cr3t!pw',
  'MIIEowIBAAKCAQEA7bq9',
  '4111 1111 1111 1111',
  '5500-0000-0000-0004',
  'hunter2',
  'correct horse',
  '9f8e7d6c5b4a',
  'abc123XYZ789',
  'wJalrXUtnFEMI',
  'q1w2e3r4t5y6',
];

// Look-alikes: must survive untouched.
const LOOK_ALIKES = [
  'request took 1764064800000 ms since epoch 1764064800',
  'order 1234567890123456 shipped',
  'version 10.2.1 deployed, build 2026.11.25',
  'at 10:20:30 the job ran; std::vector resized',
  'token_count=4312 prompt_tokens=1200',
  'password_changed=true passwordless=false',
  'the passenger list has 42 entries; secretary_name=alice',
  'GET /api/users/42 200 0.123',
  'user@localhost refused',
  'sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'uuid 123e4567-e89b-12d3-a456-426614174000 processed',
  'password: ******** (masked) token=[REDACTED]',
  'mac aa:bb:cc:dd:ee:ff seen',
];

describe('redact', () => {
  it.each(SECRETS)('removes a %s secret', (_, text) => {
    const out = redact(text);
    expect(out).toMatch(/\[REDACTED:/);
    for (const value of SECRET_VALUES) expect(out).not.toContain(value);
  });

  it.each(LOOK_ALIKES)('keeps the look-alike %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('keeps the surrounding text readable', () => {
    expect(redact('login user=bob password=hunter2 ok')).toBe('login user=bob password=[REDACTED:secret] ok');
    expect(redact('{"user":"bob","password":"hunter2"}')).toBe(
      '{"user":"bob","password":"[REDACTED:secret]"}',
    );
  });

  it('leaves addresses when IP redaction is turned off', () => {
    expect(redact('from 203.0.113.42', { ipAddresses: false })).toBe('from 203.0.113.42');
    expect(redact('mail bob@example.com', { emails: false })).toBe('mail bob@example.com');
  });
});
