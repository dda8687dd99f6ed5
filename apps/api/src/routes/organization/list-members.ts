import { MemberList } from '@logai/contracts';
import { listMembers as listMembersVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function listMembers(app: App): void {
  app.get(
    '/api/v1/organization/members',
    {
      schema: {
        tags: ['organization'],
        summary: 'Members of the organisation and their roles',
        security: authenticated,
        response: { 200: MemberList, ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await listMembersVerb({ ctx: await requireAuth(request) }) }),
  );
}
