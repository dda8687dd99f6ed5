import { Anomaly, ChangeAnomalyStatus, IdParams } from '@logai/contracts';
import { changeAnomalyStatus as changeAnomalyStatusVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function changeAnomalyStatus(app: App): void {
  app.patch(
    '/api/v1/anomalies/:id',
    {
      schema: {
        tags: ['anomalies'],
        summary: 'Acknowledge, resolve, mute or reopen an anomaly, with a note',
        security: authenticated,
        params: IdParams,
        body: ChangeAnomalyStatus,
        response: { 200: Anomaly, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      changeAnomalyStatusVerb({
        ctx: await requireAuth(request),
        anomalyId: request.params.id,
        input: request.body,
      }),
  );
}
