import { AnomalyPage, AnomalyQuery } from '@logai/contracts';
import { listAnomalies as listAnomaliesVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function listAnomalies(app: App): void {
  app.get(
    '/api/v1/anomalies',
    {
      schema: {
        tags: ['anomalies'],
        summary: 'Anomalies across uploads; filter by upload, severity, status, type (comma-separated)',
        security: authenticated,
        querystring: AnomalyQuery,
        response: { 200: AnomalyPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listAnomaliesVerb({ ctx: await requireAuth(request), input: request.query }),
  );
}
