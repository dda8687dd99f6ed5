import type { Message } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { LiveHub } from '../../plugins/live-hub';
import { authenticated, errors } from '../responses';

const HEARTBEAT_MS = 15_000;

export function stream(app: App): void {
  const hub = new LiveHub(app.deps.pubsub);
  app.addHook('onClose', async () => hub.close());
  app.get(
    '/api/v1/stream',
    {
      schema: {
        tags: ['live'],
        summary: "Server-sent events: the organisation's upload progress and new anomalies",
        description:
          'Events `upload.updated` and `anomaly.created` (JSON in `data`, see StreamEvent in the contracts), a heartbeat ' +
          'comment every 15 s, and `id:` for resuming with the Last-Event-ID header (or ?lastEventId=).',
        security: authenticated,
        querystring: z.object({ lastEventId: z.string().max(100).optional() }),
        produces: ['text/event-stream'],
        response: errors(401),
      },
    },
    async (request, reply) => {
      const ctx = await requireAuth(request);
      const header = request.headers['last-event-id'];
      const lastEventId = typeof header === 'string' ? header : request.query.lastEventId;
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      raw.write('retry: 3000\n\n');
      const send = (message: Message) => {
        const { id, type, data } = message;
        raw.write(`id: ${String(id)}\nevent: ${String(type)}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const { missed, leave } = await hub.join(ctx.organizationId, send, lastEventId);
      for (const message of missed) send(message);
      const heartbeat = setInterval(
        () => raw.write(`: heartbeat ${new Date().toISOString()}\n\n`),
        HEARTBEAT_MS,
      );
      request.raw.once('close', () => {
        clearInterval(heartbeat);
        leave();
      });
    },
  );
}
