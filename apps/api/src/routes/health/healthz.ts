import { Health } from '@logai/contracts';
import type { App } from '../../app';

export function healthz(app: App): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'The process is up',
        response: { 200: Health },
      },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );
}
