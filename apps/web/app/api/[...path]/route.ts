import { loadWebConfig } from '@logai/config';

// The browser talks to the API through this same-origin proxy, so session cookies stay first-party
// and no CORS is needed. Bodies stream both ways: large uploads and server-sent events never buffer.
export const dynamic = 'force-dynamic';

const apiUrl = loadWebConfig().LOGAI_API_URL;

/** Per-hop headers (RFC 9110 §7.6.1) and those fetch recomputes after decoding. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);
const NOT_FROM_UPSTREAM = new Set([...HOP_BY_HOP, 'content-encoding', 'content-length', 'set-cookie']);

async function forward(request: Request, context: { params: Promise<{ path: string[] }> }) {
  const { path } = await context.params;
  const incoming = new URL(request.url);
  const target = `${apiUrl}/api/${path.map(encodeURIComponent).join('/')}${incoming.search}`;

  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) headers.set(name, value);
  });
  const client = request.headers.get('x-forwarded-for');
  if (client) headers.set('x-forwarded-for', client);

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  // `duplex: 'half'` streams the request body instead of buffering it (undici needs it for streams).
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers,
    body: hasBody ? request.body : undefined,
    redirect: 'manual',
    signal: request.signal,
    cache: 'no-store',
  };
  if (hasBody) init.duplex = 'half';
  let upstream: Response;
  try {
    upstream = await fetch(target, init);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unknown error';
    return Response.json(
      { code: 'INTERNAL', message: `the API is not reachable (${message})`, requestId: 'web-proxy' },
      { status: 502 },
    );
  }

  const responseHeaders = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!NOT_FROM_UPSTREAM.has(name)) responseHeaders.set(name, value);
  });
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
  if (upstream.headers.get('content-type')?.startsWith('text/event-stream')) {
    // `no-transform` keeps Next's compression from holding back events.
    responseHeaders.set('cache-control', 'no-cache, no-transform');
    responseHeaders.set('x-accel-buffering', 'no');
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

export { forward as GET, forward as POST, forward as PUT, forward as PATCH, forward as DELETE };
