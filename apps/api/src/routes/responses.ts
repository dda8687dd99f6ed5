import { ErrorBody } from '@logai/contracts';

/** Error responses of a route, for its OpenAPI entry: `...errors(400, 401, 404)`. */
export function errors(...statuses: number[]): Record<number, typeof ErrorBody> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBody]));
}

/** The security requirement of an authenticated route (Bearer token or API key, or the cookie). */
export const authenticated: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];
