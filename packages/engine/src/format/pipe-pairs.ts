// A message of key=value pairs joined by "|", SOH or ";" without a blank — a FIX engine's message log
// (QuickFIX: `20241005-06:00:03.112 : 8=FIX.4.4|9=172|35=D|34=86614|49=BANKOMS|…|10=226|`), OpenSIPS'
// accounting (`ACC: transaction answered: timestamp=…;method=INVITE;from_tag=…;call_id=…;code=200`)
// — is one whitespace token to the miner: every message its own pattern (4,278 of 5,000), mined at a
// few hundred lines a second. Its separators before a key are read as blanks, so each pair is a token
// of its own (32 patterns, the message type a word of each: `35=D`, `35=8`).

/** Four pairs in a row, each closed by the separator (SOH, \x01, is FIX's own: the control character is meant). */
// eslint-disable-next-line no-control-regex
const PAIRS = /(?:[A-Za-z0-9_.]{1,32}=[^\s|\x01;]*[|\x01;]){4}/;
// eslint-disable-next-line no-control-regex
const SEPARATOR_BEFORE_KEY = /[|\x01;](?=[A-Za-z0-9_.]{1,32}=)/g;

/** The message with the separators of its joined pairs read as blanks (itself when it has none). */
export function spacedPairs(message: string): string {
  if (message.indexOf('|') < 0 && message.indexOf('\x01') < 0 && message.indexOf(';') < 0) return message;
  return PAIRS.test(message) ? message.replace(SEPARATOR_BEFORE_KEY, ' ') : message;
}
