import { Bell, BookOpen, FileStack, LogIn, Radar, Search, ShieldCheck, Sparkles, Upload } from 'lucide-react';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { ApiStatus } from '../components/api-status';
import { FeatureCard } from '../components/feature-card';
import { publicApiUrl } from '../lib/server-api';

export const dynamic = 'force-dynamic';

const features = [
  {
    icon: Upload,
    title: 'Drop in anything',
    text: 'Plain, gzip, zip or tar.gz incident bundles, from the browser, the CLI or the HTTP API. Gigabyte files stream; nothing is buffered.',
  },
  {
    icon: FileStack,
    title: 'Patterns, not lines',
    text: 'Every line is parsed and grouped into stable patterns, so a million lines become the few dozen things that actually happened.',
  },
  {
    icon: Radar,
    title: 'Anomalies that explain themselves',
    text: 'Error spikes, silent services, retry storms, latency shifts, first-ever errors: each with what was expected, what was seen and the lines that prove it.',
  },
  {
    icon: Sparkles,
    title: 'A summary you can act on at 3 a.m.',
    text: 'What broke, when, how badly and where to look first. Built in and deterministic, or written by your LLM on a redacted digest.',
  },
  {
    icon: Bell,
    title: 'Alerts where your team already is',
    text: 'Slack, PagerDuty, webhooks and e-mail, with rules on type, severity and pattern.',
  },
  {
    icon: Search,
    title: 'Search and chart what happened',
    text: 'Filter by time, level and pattern, zoom the histogram, and read every event with its context.',
  },
] as const;

export default async function LandingPage() {
  // Someone with a session goes straight to work; everyone else is invited to sign in.
  const isSignedIn = (await cookies()).has('logai_csrf');
  const entry = isSignedIn
    ? { href: '/dashboard', short: 'Open LogAi', long: 'Open your dashboard' }
    : { href: '/sign-in', short: 'Sign in', long: 'Sign in to analyse logs' };
  return (
    <div className="mx-auto flex min-h-screen max-w-6xl flex-col px-6">
      <header className="flex items-center justify-between py-6">
        <span className="flex items-center gap-2 text-lg font-semibold">
          <Radar aria-hidden className="h-6 w-6 text-sky-600 dark:text-sky-400" />
          LogAi
        </span>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          <a href={`${publicApiUrl}/docs`} className="inline-flex items-center gap-1 hover:underline">
            <BookOpen aria-hidden className="h-4 w-4" />
            API docs
          </a>
          <Link
            href={entry.href}
            className="inline-flex items-center gap-1 rounded-lg bg-sky-600 px-3 py-2 font-medium text-white hover:bg-sky-700"
          >
            <LogIn aria-hidden className="h-4 w-4" />
            {entry.short}
          </Link>
        </nav>
      </header>

      <main className="flex-1">
        <section className="py-16 sm:py-24">
          <ApiStatus />
          <h1 className="mt-6 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
            Find out what your logs are telling you, before the incident call does.
          </h1>
          <p className="mt-6 max-w-2xl text-lg leading-8 text-slate-600 dark:text-slate-400">
            LogAi is a self-hosted log analysis service. Drop in log files or a whole incident bundle: it
            parses them, mines their patterns, detects anomalies with the evidence behind them and writes a
            summary an on-call engineer can act on.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href={entry.href}
              className="inline-flex items-center gap-2 rounded-lg bg-sky-600 px-4 py-2.5 font-medium text-white hover:bg-sky-700"
            >
              <LogIn aria-hidden className="h-5 w-5" />
              {entry.long}
            </Link>
            <span className="inline-flex items-center gap-2 rounded-lg border border-slate-300 px-4 py-2.5 font-mono text-sm dark:border-slate-700">
              npx logai analyze app.log
            </span>
          </div>
        </section>

        <section aria-labelledby="features" className="pb-24">
          <h2 id="features" className="sr-only">
            What LogAi does
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {features.map((feature) => (
              <FeatureCard key={feature.title} icon={feature.icon} title={feature.title}>
                {feature.text}
              </FeatureCard>
            ))}
          </ul>
        </section>
      </main>

      <footer className="flex items-center gap-2 border-t border-slate-200 py-6 text-sm text-slate-500 dark:border-slate-800">
        <ShieldCheck aria-hidden className="h-4 w-4" />
        Self-hosted: your logs stay on your machines. Secrets are redacted before anything reaches an LLM.
      </footer>
    </div>
  );
}
