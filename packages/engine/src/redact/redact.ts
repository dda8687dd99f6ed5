import { isHarmlessValue, isSecretKey } from './secret-keys';

export interface RedactOptions {
  /** Replace IPv4/IPv6 addresses (default true). */
  ipAddresses?: boolean;
  /** Replace e-mail addresses (default true). */
  emails?: boolean;
}

export type RedactionKind =
  | 'private-key'
  | 'jwt'
  | 'bearer'
  | 'url-password'
  | 'aws-key'
  | 'secret'
  | 'card'
  | 'email'
  | 'ipv6'
  | 'ipv4';

const mark = (kind: RedactionKind) => `[REDACTED:${kind}]`;

const PRIVATE_KEY =
  /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END \1PRIVATE KEY\2-----|$)/g;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{8,}/g;
const BEARER = /\b(Bearer|Token|Basic)\s+[A-Za-z0-9._~+/=-]{12,}/g;
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]+):([^\s@/]+)@/gi;
const AWS_KEY = /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g;
const JSON_PAIR = /"([^"\\]{1,64})"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
const KV_PAIR = /(?<![\w-])([A-Za-z_][\w.-]{0,63})(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&"'}\]]+)/g;
const CARD = /(?<![\d-])[3-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])/g;
const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;
const IPV4 =
  /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)(?![\w])/g;

function passesLuhn(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    total += d;
  }
  return total % 10 === 0;
}

function isIpv6(candidate: string): boolean {
  const groups = candidate.split(':');
  if (!groups.every((g) => /^[0-9A-Fa-f]{0,4}$/.test(g)) || !/\d/.test(candidate)) return false;
  const compressed = candidate.split('::').length - 1;
  if (compressed > 1) return false;
  return compressed === 1 ? groups.filter(Boolean).length >= 2 : groups.length === 8;
}

/**
 * Removes secrets and personal data from text before it leaves the engine (LLM digests). Markers say
 * what was removed, so a reader still understands the line.
 */
export function redact(text: string, options: RedactOptions = {}): string {
  let out = text
    .replace(PRIVATE_KEY, mark('private-key'))
    .replace(JWT, mark('jwt'))
    .replace(BEARER, (_, scheme: string) => `${scheme} ${mark('bearer')}`)
    .replace(URL_PASSWORD, (_, head: string) => `${head}:${mark('url-password')}@`)
    .replace(AWS_KEY, mark('aws-key'))
    .replace(JSON_PAIR, (all, key: string, sep: string, value: string) =>
      isSecretKey(key) && !isHarmlessValue(value) ? `"${key}"${sep}"${mark('secret')}"` : all,
    )
    .replace(KV_PAIR, (all, key: string, sep: string, value: string) =>
      isSecretKey(key) && !isHarmlessValue(value) && !value.startsWith('[REDACTED')
        ? `${key}${sep}${mark('secret')}`
        : all,
    )
    .replace(CARD, (all) => (passesLuhn(all.replace(/\D/g, '')) ? mark('card') : all));
  if (options.emails !== false) out = out.replace(EMAIL, mark('email'));
  if (options.ipAddresses !== false) {
    out = out.replace(IPV6, (all) => (isIpv6(all) ? mark('ipv6') : all)).replace(IPV4, mark('ipv4'));
  }
  return out;
}
