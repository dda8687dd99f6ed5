'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { AuthForm, formText } from '../../../../components/auth-form';
import { Field, TextInput } from '../../../../components/ui/field';
import { ErrorNote } from '../../../../components/ui/states';
import { acceptInvitation } from '../../../../lib/api-client';

export function AcceptInvitationForm() {
  const router = useRouter();
  const token = useSearchParams().get('token');
  const [hasAccount, setHasAccount] = useState(false);

  if (!token) {
    return (
      <>
        <h1 className="text-2xl font-semibold tracking-tight">Join your team</h1>
        <div className="mt-4">
          <ErrorNote>This link has no invitation token. Open the full link from your invitation.</ErrorNote>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Join your team</h1>
      <p className="mb-4 mt-1 text-sm text-slate-600 dark:text-slate-400">
        You were invited to an organisation on LogAi.
      </p>
      <fieldset className="mb-5 grid grid-cols-2 gap-1 rounded-lg bg-slate-100 p-1 text-sm dark:bg-slate-800">
        <legend className="sr-only">Do you already have a LogAi account?</legend>
        {[
          { value: false, label: 'I am new here' },
          { value: true, label: 'I have an account' },
        ].map((option) => (
          <label
            key={option.label}
            className={`cursor-pointer rounded-md px-3 py-1.5 text-center font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-500 ${
              hasAccount === option.value
                ? 'bg-white shadow-sm dark:bg-slate-900'
                : 'text-slate-600 dark:text-slate-400'
            }`}
          >
            <input
              type="radio"
              name="account"
              className="sr-only"
              checked={hasAccount === option.value}
              onChange={() => setHasAccount(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <AuthForm
        submitLabel="Accept invitation"
        busyLabel="Joining…"
        onSubmit={async (form) => {
          await acceptInvitation({
            token,
            password: formText(form, 'password'),
            fullName: hasAccount ? undefined : formText(form, 'fullName'),
          });
          router.replace('/dashboard');
        }}
      >
        {hasAccount ? null : (
          <Field label="Your name">
            <TextInput name="fullName" autoComplete="name" required />
          </Field>
        )}
        <Field
          label={hasAccount ? 'Your password' : 'Choose a password'}
          hint={hasAccount ? 'The password of your existing account.' : 'At least 10 characters.'}
        >
          <TextInput
            name="password"
            type="password"
            autoComplete={hasAccount ? 'current-password' : 'new-password'}
            minLength={hasAccount ? undefined : 10}
            required
          />
        </Field>
      </AuthForm>
    </>
  );
}
