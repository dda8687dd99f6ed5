import { randomBytes } from 'node:crypto';
import { SignUp } from '@logai/contracts';
import { memberships, organizations, transaction, users } from '@logai/db';
import type { AccountDeps, Context } from '../context';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { isUniqueViolation } from '../db-errors';
import { issueSession, type IssuedSession } from './issue-session';
import { hashPassword } from './passwords';
import { clientKey, enforceRateLimits } from './rate-limits';

/** Creates an organisation and its owner, and signs the owner in. */
export async function signUp({
  ctx,
  input,
}: {
  ctx: Context<AccountDeps>;
  input: SignUp;
}): Promise<IssuedSession> {
  const { email, password, fullName, organizationName } = SignUp.parse(input);
  await enforceRateLimits(ctx, [[`sign-up:ip:${clientKey(ctx)}`, ctx.deps.rateLimits.signUpPerIp]]);
  const hashedPassword = await hashPassword(password);
  try {
    return await transaction(ctx.deps.db, async (tx) => {
      const [organization] = await tx
        .insert(organizations)
        .values({ name: organizationName, slug: slugify(organizationName) })
        .returning();
      if (!organization) throw new Error('organisation insert returned nothing');
      const [user] = await tx
        .insert(users)
        .values({ email, hashedPassword, fullName, organizationId: organization.id, role: 'owner' })
        .returning();
      if (!user) throw new Error('user insert returned nothing');
      await tx
        .insert(memberships)
        .values({ organizationId: organization.id, userId: user.id, role: 'owner' });
      const actor = { kind: 'user' as const, id: user.id, userId: user.id };
      await recordAudit(ctx, { action: 'user.signed_up', organizationId: organization.id, actor }, tx);
      return issueSession(ctx, tx, {
        user: { id: user.id, email: user.email, fullName: user.fullName },
        organization: { id: organization.id, name: organization.name, slug: organization.slug },
        role: 'owner',
      });
    });
  } catch (error) {
    // Sign-up cannot hide that an address is taken without e-mail verification; the per-IP limit
    // above makes probing for addresses slow.
    if (isUniqueViolation(error, 'users_email_key')) {
      throw new AppError(
        'CONFLICT',
        'an account with this e-mail address cannot be created; sign in instead',
      );
    }
    throw error;
  }
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'org'}-${randomBytes(3).toString('hex')}`;
}
