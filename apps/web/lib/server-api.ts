import 'server-only';
import { Readiness } from '@logai/contracts';
import { loadWebConfig } from '@logai/config';

const config = loadWebConfig();

/** The API's address as the visitor's browser reaches it. */
export const publicApiUrl = config.LOGAI_PUBLIC_API_URL;

/** Reads the API's readiness; null when the API cannot be reached. */
export async function fetchReadiness(): Promise<Readiness | null> {
  try {
    const response = await fetch(`${config.LOGAI_API_URL}/readyz`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(2000),
    });
    return Readiness.parse(await response.json());
  } catch {
    return null;
  }
}
