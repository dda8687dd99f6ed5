import { ChangeMemberRole, Member, MemberParams } from '@logai/contracts';
import { changeMemberRole as changeMemberRoleVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function changeMemberRole(app: App): void {
  app.patch(
    '/api/v1/organization/members/:userId',
    {
      schema: {
        tags: ['organization'],
        summary: "Change a member's role (admin; only owners make owners; the last owner stays)",
        security: authenticated,
        params: MemberParams,
        body: ChangeMemberRole,
        response: { 200: Member, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      changeMemberRoleVerb({
        ctx: await requireAuth(request),
        userId: request.params.userId,
        input: request.body,
      }),
  );
}
