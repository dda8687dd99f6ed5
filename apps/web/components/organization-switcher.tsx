'use client';
import { Building2, ChevronsUpDown } from 'lucide-react';
import { useState } from 'react';
import { signIn } from '../lib/api-client';
import { errorMessage } from '../lib/http';
import { useSession } from './session-provider';
import { Button } from './ui/button';
import { TextInput } from './ui/field';
import { ErrorNote } from './ui/states';

/**
 * Shows the current organisation; with several, lets the user switch. A switch is a new sign-in with
 * `organizationId`, so the API asks for the password again (access tokens name one organisation).
 */
export function OrganizationSwitcher() {
  const { me } = useSession();
  const [target, setTarget] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const others = me.organizations.filter((organization) => organization.id !== me.organization.id);

  if (!others.length) {
    return (
      <div className="flex items-center gap-2 rounded-lg bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">
        <Building2 aria-hidden className="h-4 w-4 shrink-0 text-slate-500" />
        <span className="truncate font-medium">{me.organization.name}</span>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <label className="block text-xs font-medium text-slate-500 dark:text-slate-400" htmlFor="org-switcher">
        Organisation
      </label>
      <div className="relative">
        <select
          id="org-switcher"
          value={target ?? me.organization.id}
          onChange={(event) => {
            setError(null);
            setTarget(event.target.value === me.organization.id ? null : event.target.value);
          }}
          className="w-full appearance-none rounded-lg bg-slate-100 px-3 py-2 pr-8 text-sm font-medium dark:bg-slate-800"
        >
          {me.organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name} ({organization.role})
            </option>
          ))}
        </select>
        <ChevronsUpDown
          aria-hidden
          className="pointer-events-none absolute right-2 top-2.5 h-4 w-4 text-slate-500"
        />
      </div>
      {target ? (
        <form
          className="space-y-2"
          onSubmit={async (event) => {
            event.preventDefault();
            setBusy(true);
            try {
              await signIn({ email: me.user.email, password, organizationId: target });
              window.location.assign('/dashboard');
            } catch (caught) {
              setError(errorMessage(caught));
              setBusy(false);
            }
          }}
        >
          <TextInput
            type="password"
            required
            autoComplete="current-password"
            aria-label="Your password, to switch organisation"
            placeholder="Password to switch"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          {error ? <ErrorNote>{error}</ErrorNote> : null}
          <Button type="submit" size="sm" disabled={isBusy} className="w-full">
            Switch organisation
          </Button>
        </form>
      ) : null}
    </div>
  );
}
