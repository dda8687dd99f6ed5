import { Radar } from 'lucide-react';
import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col items-start justify-center gap-4 px-6">
      <Radar aria-hidden className="h-8 w-8 text-sky-600 dark:text-sky-400" />
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-slate-600 dark:text-slate-400">
        The address may be mistyped, or what it pointed to was deleted.
      </p>
      <Link href="/" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
        Back to the start page
      </Link>
    </main>
  );
}
