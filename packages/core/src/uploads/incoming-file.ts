import type { Readable } from 'node:stream';

/** One file of an upload request, read in order (a multipart body yields them one after another). */
export interface IncomingFile {
  name: string;
  stream: Readable;
}

/** A file name as people will see it: no directories, no control characters, at most 255 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((character) => character.charCodeAt(0) >= 0x20 && character.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return cleaned || 'upload.log';
}
