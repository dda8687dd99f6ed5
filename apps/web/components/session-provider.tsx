'use client';
import type { Me } from '@logai/contracts';
import { usePathname, useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getMe } from '../lib/api-client';
import { ApiError, errorMessage, SESSION_LOST_EVENT } from '../lib/http';
import { can, type Permission } from '../lib/permissions';
import { Button } from './ui/button';
import { ErrorNote, Spinner } from './ui/states';

interface SessionValue {
  me: Me;
  can: (permission: Permission) => boolean;
  reload: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Loads who is signed in; sends anyone without a session to the sign-in page, then back here. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toSignIn = useCallback(() => {
    const next = `${window.location.pathname}${window.location.search}`;
    router.replace(`/sign-in?next=${encodeURIComponent(next)}`);
  }, [router]);

  const reload = useCallback(async () => {
    try {
      setError(null);
      setMe(await getMe());
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) toSignIn();
      else setError(errorMessage(caught));
    }
  }, [toSignIn]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    window.addEventListener(SESSION_LOST_EVENT, toSignIn);
    return () => window.removeEventListener(SESSION_LOST_EVENT, toSignIn);
  }, [toSignIn]);

  const value = useMemo(
    () => (me ? { me, can: (permission: Permission) => can(me.role, permission), reload } : null),
    [me, reload],
  );

  if (error) {
    return (
      <div className="mx-auto max-w-md p-8">
        <ErrorNote>Could not load your session: {error}</ErrorNote>
        <Button className="mt-4" onClick={() => void reload()}>
          Try again
        </Button>
      </div>
    );
  }
  if (!value) {
    return (
      <div className="flex min-h-screen items-center justify-center" data-path={pathname}>
        <Spinner label="Loading your workspace" />
      </div>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
