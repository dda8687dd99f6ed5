import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { AppError } from '../errors';

/**
 * Counts and hashes bytes on their way to the blob store, and stops the stream as soon as the upload
 * passes its size limit, so an oversized file is refused without being stored.
 */
export function measureStream(limit: { alreadyRead: number; maxBytes: number }) {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (limit.alreadyRead + bytes > limit.maxBytes) {
        callback(
          new AppError(
            'LIMIT_EXCEEDED',
            `the upload is larger than the limit of ${formatBytes(limit.maxBytes)}; split it or raise UPLOAD_MAX_BYTES`,
          ),
        );
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, sha256: hash.digest('hex') }) };
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
