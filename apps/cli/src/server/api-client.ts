import { ErrorBody } from '@logai/contracts';

/** The server answered with an error: 4xx are the caller's to fix (exit 1), 5xx the server's. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** No HTTP answer at all: wrong URL, server down, connection cut. */
export class ServerUnreachableError extends Error {}

export interface ServerTarget {
  /** Without a trailing slash, e.g. http://localhost:8000. */
  url: string;
  apiKey: string;
}

interface Schema<T> {
  parse(value: unknown): T;
}

/** Where the CLI talks to the LogAi API: bearer authentication, error bodies turned into ApiError. */
export class ApiClient {
  constructor(readonly target: ServerTarget) {}

  /** Sends a request; answers the response when it is 2xx, throws ApiError or ServerUnreachableError otherwise. */
  async send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${this.target.apiKey}`);
    let response: Response;
    try {
      response = await fetch(`${this.target.url}${path}`, { ...init, headers });
    } catch (err) {
      if (init.signal?.aborted) throw err;
      throw new ServerUnreachableError(
        `cannot reach the LogAi server at ${this.target.url}: ${reasonOf(err)}`,
      );
    }
    if (!response.ok) throw await apiErrorOf(response);
    return response;
  }

  async getJson<T>(path: string, schema: Schema<T>): Promise<T> {
    const response = await this.send(path, { headers: { accept: 'application/json' } });
    return schema.parse(await readJson(response, this.target.url));
  }
}

export async function readJson(response: Response, serverUrl: string): Promise<unknown> {
  try {
    return await response.json();
  } catch (err) {
    throw new ServerUnreachableError(
      `the LogAi server at ${serverUrl} sent an unreadable answer: ${reasonOf(err)}`,
    );
  }
}

async function apiErrorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let message = `HTTP ${response.status} ${response.statusText}`.trim();
  try {
    const body = ErrorBody.safeParse(JSON.parse(text));
    if (body.success) message = body.data.message;
  } catch {
    // Not JSON (a proxy's error page, say): the status line is all we can say.
  }
  return new ApiError(response.status, message);
}

/** fetch hides the useful part ("ECONNREFUSED 127.0.0.1:8000") in `cause`. */
export function reasonOf(err: unknown): string {
  if (err instanceof Error && err.cause instanceof Error) {
    const code = 'code' in err.cause && typeof err.cause.code === 'string' ? `${err.cause.code} ` : '';
    return `${code}${err.cause.message}`.trim();
  }
  return err instanceof Error ? err.message : String(err);
}
