'use client';
import { ROLE_VALUES, Role, type CreatedInvitation } from '@logai/contracts';
import { MailPlus } from 'lucide-react';
import { useState } from 'react';
import { createInvitation, listInvitations, revokeInvitation } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/http';
import { isAtMost } from '../../lib/permissions';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../session-provider';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ConfirmButton } from '../ui/confirm-button';
import { SecretBox } from '../ui/copy-button';
import { Field, Select, TextInput } from '../ui/field';
import { EmptyState, ErrorNote, Skeleton } from '../ui/states';

export function InvitationsSettings() {
  const { me } = useSession();
  const invitations = useResource(() => listInvitations(), 'invitations');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  return (
    <Card id="invitations" title="Invitations">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const result = await createInvitation(email, role);
            setCreated(result);
            setEmail('');
            await invitations.reload();
          } catch (caught) {
            setError(errorMessage(caught));
          } finally {
            setBusy(false);
          }
        }}
      >
        <div className="min-w-56 flex-1">
          <Field label="E-mail to invite">
            <TextInput
              type="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </Field>
        </div>
        <div className="w-36">
          <Field label="Role">
            <Select value={role} onChange={(event) => setRole(Role.parse(event.target.value))}>
              {ROLE_VALUES.filter((value) => isAtMost(value, me.role)).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={isBusy}>
          <MailPlus aria-hidden className="h-4 w-4" />
          Invite
        </Button>
      </form>
      {error ? (
        <div className="mt-3">
          <ErrorNote>{error}</ErrorNote>
        </div>
      ) : null}
      {created ? (
        <div
          role="status"
          className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm dark:border-emerald-900 dark:bg-emerald-950/40"
        >
          {created.emailed ? (
            <p>An invitation was e-mailed to {created.invitation.email}.</p>
          ) : created.acceptUrl ? (
            <>
              <p className="mb-2">
                No mail server is configured: pass this link to {created.invitation.email} yourself. It works
                once, until {formatDateTime(created.invitation.expiresAt)}.
              </p>
              <SecretBox value={created.acceptUrl} label="Invitation link" />
            </>
          ) : (
            <p>Invitation created for {created.invitation.email}.</p>
          )}
        </div>
      ) : null}

      <div className="mt-5">
        {invitations.error ? (
          <ErrorNote onRetry={() => void invitations.reload()}>{invitations.error}</ErrorNote>
        ) : null}
        {!invitations.data ? (
          <Skeleton className="h-16 w-full" />
        ) : invitations.data.items.length === 0 ? (
          <EmptyState title="No invitations yet">Invite a colleague by e-mail above.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800" aria-label="Invitations">
            {invitations.data.items.map((invitation) => (
              <li
                key={invitation.id}
                className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              >
                <div>
                  <span className="font-medium">{invitation.email}</span>{' '}
                  <span className="text-slate-500 dark:text-slate-400">
                    · {invitation.role} · {invitation.status}
                    {invitation.status === 'pending' ? ` until ${formatDateTime(invitation.expiresAt)}` : ''}
                  </span>
                </div>
                {invitation.status === 'pending' ? (
                  <ConfirmButton
                    label="Revoke"
                    ariaLabel={`Revoke the invitation of ${invitation.email}`}
                    title="Revoke this invitation?"
                    confirmLabel="Revoke"
                    onConfirm={async () => {
                      await revokeInvitation(invitation.id);
                      await invitations.reload();
                    }}
                  >
                    The link sent to {invitation.email} stops working.
                  </ConfirmButton>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
