import { z } from 'zod';
import { AppError } from '../errors';

const Cursor = z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) });

/** Opaque keyset cursors: the sort key of the last row of a page. */
export function encodeCursor(position: { at: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ at: position.at.toISOString(), id: position.id })).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const parsed = Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { at: new Date(parsed.at), id: parsed.id };
  } catch {
    throw new AppError('VALIDATION', 'invalid cursor: pass back the nextCursor of the previous page');
  }
}
