import { zoneOffsetMinutes } from '@logai/engine';
import { AppError } from '../errors';

/** The time zone an uploader gave, checked (an IANA name or an offset), or undefined for none. */
export function uploadTimeZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined) return undefined;
  if (zoneOffsetMinutes(timeZone, Date.now()) === null)
    throw new AppError(
      'VALIDATION',
      `unknown timezone "${timeZone}" (an IANA name such as Europe/Berlin, or an offset such as +05:30)`,
    );
  return timeZone;
}
