'use client';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { errorMessage } from '../lib/http';
import { Button } from './ui/button';
import { ErrorNote } from './ui/states';

/** A form that submits once at a time and shows the API's refusal in its own words. */
export function AuthForm({
  submitLabel,
  busyLabel,
  onSubmit,
  children,
}: {
  submitLabel: string;
  busyLabel: string;
  onSubmit: (form: FormData) => Promise<void>;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(new FormData(event.currentTarget));
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };
  return (
    <form className="space-y-4" onSubmit={submit} noValidate={false}>
      {children}
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      <Button type="submit" disabled={isBusy} className="w-full">
        {isBusy ? busyLabel : submitLabel}
      </Button>
    </form>
  );
}

export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
