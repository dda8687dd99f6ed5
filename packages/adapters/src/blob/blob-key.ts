import { AppError } from '@logai/core';

/**
 * Checks a blob key such as `org/upload/sha256`: relative, `/`-separated, no empty, `.` or `..`
 * segments, no NUL or backslash. Keys come from our code, but a bad one must never escape the store.
 */
export function assertBlobKey(key: string): string[] {
  const segments = splitKey(key, 'key');
  if (segments.length === 0) throw invalid(key, 'key', 'is empty');
  return segments;
}

/** Like a key, but a trailing `/` is allowed; the empty prefix (the whole store) is refused. */
export function assertBlobPrefix(prefix: string): string[] {
  const segments = splitKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix, 'prefix');
  if (segments.length === 0) throw invalid(prefix, 'prefix', 'is empty: refusing to delete the whole store');
  return segments;
}

function splitKey(key: string, what: string): string[] {
  if (key === '') return [];
  if (key.includes('\0')) throw invalid(key, what, 'contains a NUL byte');
  if (key.includes('\\')) throw invalid(key, what, 'contains a backslash');
  if (key.startsWith('/')) throw invalid(key, what, 'is absolute');
  const segments = key.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw invalid(key, what, `has an empty, "." or ".." segment`);
    }
  }
  return segments;
}

function invalid(key: string, what: string, reason: string): AppError {
  return new AppError('VALIDATION', `blob ${what} ${JSON.stringify(key)} ${reason}`);
}

/** Checks an inclusive byte range as the BlobStore port defines it. */
export function assertRange(range: { start: number; end?: number }): void {
  const { start, end } = range;
  const isValid =
    Number.isSafeInteger(start) &&
    start >= 0 &&
    (end === undefined || (Number.isSafeInteger(end) && end >= start));
  if (!isValid) throw new AppError('VALIDATION', `invalid byte range ${JSON.stringify(range)}`);
}
