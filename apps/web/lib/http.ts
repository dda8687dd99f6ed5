import { ErrorBody } from '@logai/contracts';

/** Anything with zod's `parse`: responses are parsed with the contracts' schemas, never cast. */
export interface Schema<T> {
  parse(value: unknown): T;
}

export type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** An API refusal, with the API's own words: they are written for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const SESSION_LOST_EVENT = 'logai:session-lost';

/** The double-submit CSRF token: the API set it in a readable cookie, we echo it in a header. */
export function csrfToken(): string | null {
  if (typeof document === 'undefined') return null;
  const entry = document.cookie.split('; ').find((part) => part.startsWith('logai_csrf='));
  return entry ? decodeURIComponent(entry.slice('logai_csrf='.length)) : null;
}

export function withCsrf(headers: Record<string, string> = {}): Record<string, string> {
  const token = csrfToken();
  return token ? { ...headers, 'x-csrf-token': token } : headers;
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time: parallel 401s share it, since each refresh token works only once. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: withCsrf({ 'content-type': 'application/json' }),
    body: '{}',
    credentials: 'same-origin',
  })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export function buildPath(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body = ErrorBody.parse(JSON.parse(text));
    const details = body.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return new ApiError(
      response.status,
      body.code,
      details ? `${body.message} (${details})` : body.message,
      body.requestId,
    );
  } catch {
    return new ApiError(
      response.status,
      'INTERNAL',
      `the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Sign-in and friends must not try to refresh a session they are creating. */
  isAuthCall?: boolean;
  signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const attempt = () =>
    fetch(buildPath(path, options.query), {
      method,
      headers: method === 'GET' ? headers : withCsrf(headers),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  const response = await attempt();
  if (response.status !== 401 || options.isAuthCall) return response;
  // The 15-minute access token expired: refresh transparently and retry once.
  if (await refreshSession()) {
    const retried = await attempt();
    if (retried.status !== 401) return retried;
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(SESSION_LOST_EVENT));
  return response;
}

/** Calls the API and parses its answer with `schema`; throws ApiError on a refusal. */
export async function apiRequest<T>(
  schema: Schema<T>,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(path, options);
  if (!response.ok) throw await toApiError(response);
  return schema.parse(await response.json());
}

/** Calls an endpoint that answers 204 No Content. */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options);
  if (!response.ok) throw await toApiError(response);
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  // fetch's own words for a dropped connection mean nothing to a person.
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return 'LogAi could not be reached; check your connection and try again';
  }
  // A response that does not match the contracts: a version mismatch between web app and API.
  if (error instanceof Error && error.name === 'ZodError') return 'the API answered in an unexpected shape';
  if (error instanceof Error) return error.message;
  return 'something went wrong';
}
