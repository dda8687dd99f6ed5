'use client';
import { FileUp, LayoutDashboard, LogOut, Menu, Radar, Settings, Siren, X } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { signOut } from '../lib/api-client';
import { LiveIndicator } from './live-indicator';
import { OrganizationSwitcher } from './organization-switcher';
import { useSession } from './session-provider';
import { ThemeToggle } from './theme-toggle';

const NAV = [
  { href: '/dashboard', label: 'Dashboard', icon: LayoutDashboard },
  { href: '/uploads', label: 'Uploads', icon: FileUp },
  { href: '/anomalies', label: 'Anomalies', icon: Siren },
  { href: '/settings', label: 'Settings', icon: Settings },
] as const;

export function AppShell({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [isMenuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <div className="min-h-screen bg-slate-50 dark:bg-slate-950">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-sky-600 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white/90 px-4 py-3 backdrop-blur lg:hidden dark:border-slate-800 dark:bg-slate-900/90">
        <Brand />
        <button
          type="button"
          className="rounded-lg p-2 hover:bg-slate-100 dark:hover:bg-slate-800"
          aria-expanded={isMenuOpen}
          aria-controls="app-navigation"
          aria-label={isMenuOpen ? 'Close menu' : 'Open menu'}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {isMenuOpen ? <X aria-hidden className="h-5 w-5" /> : <Menu aria-hidden className="h-5 w-5" />}
        </button>
      </header>
      <div className="lg:flex">
        <aside
          id="app-navigation"
          className={`${isMenuOpen ? 'block' : 'hidden'} border-b border-slate-200 bg-white lg:sticky lg:top-0 lg:block lg:h-screen lg:w-60 lg:shrink-0 lg:border-b-0 lg:border-r dark:border-slate-800 dark:bg-slate-900`}
        >
          <Sidebar pathname={pathname} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
          <div className="mx-auto max-w-7xl">{children}</div>
        </main>
      </div>
    </div>
  );
}

function Brand() {
  return (
    <Link href="/dashboard" className="flex items-center gap-2 rounded text-lg font-semibold">
      <Radar aria-hidden className="h-6 w-6 text-sky-600 dark:text-sky-400" />
      LogAi
    </Link>
  );
}

function Sidebar({ pathname }: { pathname: string }) {
  const { me } = useSession();
  const router = useRouter();
  const [isSigningOut, setSigningOut] = useState(false);
  return (
    <div className="flex h-full flex-col gap-4 p-4">
      <div className="hidden items-center justify-between lg:flex">
        <Brand />
        <LiveIndicator />
      </div>
      <OrganizationSwitcher />
      <nav aria-label="Main" className="flex-1">
        <ul className="space-y-1">
          {NAV.map(({ href, label, icon: Icon }) => {
            const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href}>
                <Link
                  href={href}
                  aria-current={isCurrent ? 'page' : undefined}
                  className={`flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium ${
                    isCurrent
                      ? 'bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-200'
                      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
                  }`}
                >
                  <Icon aria-hidden className="h-4 w-4" />
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="border-t border-slate-200 pt-3 dark:border-slate-800">
        <p className="truncate text-sm font-medium" title={me.user.email}>
          {me.user.fullName}
        </p>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">
          {me.user.email} · <span className="capitalize">{me.role}</span>
        </p>
        <div className="mt-2 flex items-center gap-1">
          <ThemeToggle />
          <button
            type="button"
            disabled={isSigningOut}
            onClick={async () => {
              setSigningOut(true);
              // Signing out must always leave the app, even if the API is unreachable.
              await signOut().catch(() => undefined);
              router.replace('/sign-in');
            }}
            className="inline-flex items-center gap-2 rounded-lg px-2 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            <LogOut aria-hidden className="h-4 w-4" />
            Sign out
          </button>
        </div>
      </div>
    </div>
  );
}
