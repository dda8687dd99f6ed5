import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ThemeScript } from '../components/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'LogAi — log analysis for on-call engineers', template: '%s · LogAi' },
  description:
    'Drop in log files; get patterns, anomalies that explain themselves and a summary you can act on.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
