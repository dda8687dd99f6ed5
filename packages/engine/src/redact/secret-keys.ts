// Decides whether a key of a key=value or JSON pair names a secret. Segment-based, so "password" and
// "apiKey" match while "token_count", "passenger" and "secretary_name" do not.
const SECRET_SEGMENTS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'credential',
  'credentials',
  'authorization',
  'auth',
  'cookie',
  'signature',
  'privatekey',
  'secretkey',
  'accesskey',
]);
const SECRET_COMPOUNDS = [
  'apikey',
  'accesskey',
  'privatekey',
  'secretkey',
  'clientsecret',
  'accesstoken',
  'refreshtoken',
  'sessiontoken',
];
const HARMLESS_LAST = new Set([
  'count',
  'length',
  'len',
  'type',
  'ttl',
  'expiry',
  'expires',
  'expiration',
  'at',
  'in',
  'enabled',
  'required',
  'name',
  'url',
  'uri',
  'file',
  'path',
  'hint',
  'policy',
  'version',
  'changed',
  'reset',
  'used',
  'limit',
  'size',
  'kind',
  'id',
  'ids',
  'header',
  'endpoint',
  'method',
  'valid',
  'strength',
]);

export function segmentsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isSecretKey(key: string): boolean {
  const segments = segmentsOf(key);
  const last = segments.at(-1);
  if (!last || HARMLESS_LAST.has(last)) return false;
  const joined = segments.join('');
  return segments.some((s) => SECRET_SEGMENTS.has(s)) || SECRET_COMPOUNDS.some((c) => joined.endsWith(c));
}

/** Values that carry no secret even under a secret-looking key. */
export function isHarmlessValue(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, '');
  return (
    v === '' ||
    /^(true|false|null|none|undefined|bearer|basic|token|\*+|\[redacted[^\]]*\]|<redacted>|x+)$/i.test(v)
  );
}
