'use client';
import type { CreatedApiKey } from '@logai/contracts';
import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { createApiKey, listApiKeys, revokeApiKey } from '../../lib/api-client';
import { formatDateTime, formatRelative } from '../../lib/format';
import { errorMessage } from '../../lib/http';
import { useResource } from '../../lib/use-resource';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ConfirmButton } from '../ui/confirm-button';
import { SecretBox } from '../ui/copy-button';
import { Field, Select, TextInput } from '../ui/field';
import { EmptyState, ErrorNote, Skeleton } from '../ui/states';

export function ApiKeysSettings() {
  const keys = useResource(() => listApiKeys(), 'api-keys');
  const [name, setName] = useState('');
  const [role, setRole] = useState<'member' | 'viewer'>('member');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const active = keys.data?.items.filter((key) => !key.revokedAt) ?? [];

  return (
    <Card id="api-keys" title="API keys">
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        For the CLI and CI pipelines: <code className="font-mono">authorization: Bearer lak_…</code>. A key
        acts as a member (may upload) or a viewer (reads only).
      </p>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            setCreated(await createApiKey(name, role));
            setName('');
            await keys.reload();
          } catch (caught) {
            setError(errorMessage(caught));
          }
        }}
      >
        <div className="min-w-56 flex-1">
          <Field label="Key name">
            <TextInput
              required
              placeholder="CI uploader"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </Field>
        </div>
        <div className="w-36">
          <Field label="Acts as">
            <Select
              value={role}
              onChange={(event) => setRole(event.target.value === 'viewer' ? 'viewer' : 'member')}
            >
              <option value="member">member</option>
              <option value="viewer">viewer</option>
            </Select>
          </Field>
        </div>
        <Button type="submit">
          <KeyRound aria-hidden className="h-4 w-4" />
          Create key
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
          className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
        >
          <p className="mb-2 font-medium">
            Copy the key “{created.apiKey.name}” now: it is shown only once and cannot be recovered.
          </p>
          <SecretBox value={created.secret} label="API key" />
          <Button variant="ghost" size="sm" className="mt-2" onClick={() => setCreated(null)}>
            I have stored it
          </Button>
        </div>
      ) : null}
      <div className="mt-5">
        {keys.error ? <ErrorNote onRetry={() => void keys.reload()}>{keys.error}</ErrorNote> : null}
        {!keys.data ? (
          <Skeleton className="h-16 w-full" />
        ) : active.length === 0 ? (
          <EmptyState title="No API keys">Create one to upload from the CLI or a CI job.</EmptyState>
        ) : (
          <div className="-mx-4 overflow-x-auto sm:mx-0">
            <table className="w-full min-w-[36rem] text-left text-sm" aria-label="API keys">
              <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
                <tr>
                  <th scope="col" className="px-4 py-2 sm:px-2">
                    Name
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Prefix
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Role
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Created
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Last used
                  </th>
                  <th scope="col" className="px-2 py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {active.map((key) => (
                  <tr key={key.id}>
                    <td className="px-4 py-2 font-medium sm:px-2">{key.name}</td>
                    <td className="px-2 py-2 font-mono text-xs">{key.prefix}…</td>
                    <td className="px-2 py-2">{key.role}</td>
                    <td className="px-2 py-2">{formatDateTime(key.createdAt)}</td>
                    <td className="px-2 py-2">{key.lastUsedAt ? formatRelative(key.lastUsedAt) : 'never'}</td>
                    <td className="px-2 py-2 text-right">
                      <ConfirmButton
                        label="Revoke"
                        ariaLabel={`Revoke the key ${key.name}`}
                        title={`Revoke “${key.name}”?`}
                        confirmLabel="Revoke key"
                        onConfirm={async () => {
                          await revokeApiKey(key.id);
                          await keys.reload();
                        }}
                      >
                        Anything still using this key is refused from now on.
                      </ConfirmButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Card>
  );
}
