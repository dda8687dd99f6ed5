import { Anomaly, IdParams } from '@logai/contracts';
import { getAnomaly as getAnomalyVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function getAnomaly(app: App): void {
  app.get(
    '/api/v1/anomalies/:id',
    {
      schema: {
        tags: ['anomalies'],
        summary: 'One anomaly with its evidence',
        security: authenticated,
        params: IdParams,
        response: { 200: Anomaly, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getAnomalyVerb({ ctx: await requireAuth(request), anomalyId: request.params.id }),
  );
}
