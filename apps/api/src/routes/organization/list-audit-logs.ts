import { AuditLogPage, PageQuery } from '@logai/contracts';
import { listAuditLogs as listAuditLogsVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function listAuditLogs(app: App): void {
  app.get(
    '/api/v1/organization/audit-logs',
    {
      schema: {
        tags: ['organization'],
        summary: 'The audit log, newest first (admin)',
        security: authenticated,
        querystring: PageQuery,
        response: { 200: AuditLogPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listAuditLogsVerb({ ctx: await requireAuth(request), input: request.query }),
  );
}
