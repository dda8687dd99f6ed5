import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '../../components/app-shell';
import { LiveStreamProvider } from '../../components/live-stream';
import { SessionProvider } from '../../components/session-provider';

export const dynamic = 'force-dynamic';

/** The auth guard: without the session's CSRF cookie there is no session to refresh, so sign in. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const jar = await cookies();
  if (!jar.has('logai_csrf')) redirect('/sign-in');
  return (
    <SessionProvider>
      <LiveStreamProvider>
        <AppShell>{children}</AppShell>
      </LiveStreamProvider>
    </SessionProvider>
  );
}
