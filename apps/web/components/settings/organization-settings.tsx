'use client';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { deleteOrganization, getOrganization, renameOrganization } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/http';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../session-provider';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ConfirmButton } from '../ui/confirm-button';
import { Field, TextInput } from '../ui/field';
import { ErrorNote, Skeleton } from '../ui/states';

export function OrganizationSettings() {
  const { can, reload: reloadSession } = useSession();
  const organization = useResource(() => getOrganization(), 'organization');
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mayEdit = can('organization.update');

  return (
    <Card id="organization" title="Organisation">
      {organization.error ? (
        <ErrorNote onRetry={() => void organization.reload()}>{organization.error}</ErrorNote>
      ) : null}
      {!organization.data ? (
        <Skeleton className="h-10 w-full max-w-md" />
      ) : (
        <div className="space-y-4">
          <form
            className="flex max-w-xl flex-wrap items-end gap-3"
            onSubmit={async (event) => {
              event.preventDefault();
              try {
                const updated = await renameOrganization(name ?? organization.data?.name ?? '');
                organization.setData(() => updated);
                setName(null);
                setMessage({ ok: true, text: 'Saved.' });
                await reloadSession();
              } catch (caught) {
                setMessage({ ok: false, text: errorMessage(caught) });
              }
            }}
          >
            <div className="min-w-56 flex-1">
              <Field label="Name">
                <TextInput
                  value={name ?? organization.data.name}
                  onChange={(event) => setName(event.target.value)}
                  disabled={!mayEdit}
                  required
                />
              </Field>
            </div>
            {mayEdit ? (
              <Button type="submit" disabled={name === null || name === organization.data.name}>
                Rename
              </Button>
            ) : null}
          </form>
          {message ? (
            message.ok ? (
              <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
                {message.text}
              </p>
            ) : (
              <ErrorNote>{message.text}</ErrorNote>
            )
          ) : null}
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500 dark:text-slate-400">Slug</dt>
              <dd className="font-mono">{organization.data.slug}</dd>
            </div>
            <div>
              <dt className="text-slate-500 dark:text-slate-400">Members</dt>
              <dd>{organization.data.memberCount}</dd>
            </div>
            <div>
              <dt className="text-slate-500 dark:text-slate-400">Created</dt>
              <dd>{formatDateTime(organization.data.createdAt)}</dd>
            </div>
          </dl>
          {can('organization.delete') ? (
            <div className="rounded-lg border border-rose-200 p-4 dark:border-rose-900">
              <h3 className="font-medium text-rose-700 dark:text-rose-300">Danger zone</h3>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                Deleting the organisation removes its uploads, analyses, members and keys for good.
              </p>
              <div className="mt-3">
                <ConfirmButton
                  label="Delete organisation"
                  icon={<Trash2 aria-hidden className="h-4 w-4" />}
                  variant="danger"
                  title="Delete this organisation?"
                  confirmLabel="Delete for good"
                  requireText={organization.data.name}
                  onConfirm={async () => {
                    await deleteOrganization();
                    window.location.assign('/sign-in');
                  }}
                >
                  Everything in <strong>{organization.data.name}</strong> is removed. This cannot be undone.
                </ConfirmButton>
              </div>
            </div>
          ) : null}
        </div>
      )}
    </Card>
  );
}
