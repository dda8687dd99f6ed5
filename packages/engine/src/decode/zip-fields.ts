// Little-endian fields and file names as a zip writes them, for its local headers and its directory.
import { isUtf8 } from 'node:buffer';

export function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}
export function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

// Code page 437's upper half: what zip tools wrote names in before the UTF-8 flag (Windows still does).
const CP437 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * A file name as a zip stores it: UTF-8 when its flag (bit 11) says so or its bytes are valid UTF-8
 * (Info-ZIP on Linux writes them unflagged), else code page 437.
 */
export function zipName(bytes: Uint8Array, flags: number): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if ((flags & 0x800) !== 0 || isUtf8(buffer)) return buffer.toString('utf8');
  let name = '';
  for (const byte of bytes) name += byte < 0x80 ? String.fromCharCode(byte) : (CP437[byte - 0x80] ?? '?');
  return name;
}

/** The 8-byte values of the Zip64 extra field among the extra fields in b[from, to), or null when none. */
export function zip64Fields(b: Uint8Array, from: number, to: number): number[] | null {
  for (let at = from; at + 4 <= to; at += 4 + u16(b, at + 2)) {
    if (u16(b, at) !== 1) continue;
    const end = Math.min(to, at + 4 + u16(b, at + 2));
    const values: number[] = [];
    for (let v = at + 4; v + 8 <= end; v += 8) values.push(u64(b, v));
    return values;
  }
  return null;
}
