import type { LucideIcon } from 'lucide-react';

export function FeatureCard({
  icon: Icon,
  title,
  children,
}: {
  icon: LucideIcon;
  title: string;
  children: string;
}) {
  return (
    <li className="rounded-2xl border border-slate-200 p-6 dark:border-slate-800">
      <Icon aria-hidden className="h-6 w-6 text-sky-600 dark:text-sky-400" />
      <h3 className="mt-4 font-semibold">{title}</h3>
      <p className="mt-2 text-sm leading-6 text-slate-600 dark:text-slate-400">{children}</p>
    </li>
  );
}
