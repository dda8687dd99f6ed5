'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { AuthForm, formText } from '../../../components/auth-form';
import { Field, TextInput } from '../../../components/ui/field';
import { signIn } from '../../../lib/api-client';
import { safeNext } from '../../../lib/safe-next';

export function SignInForm() {
  const router = useRouter();
  const next = safeNext(useSearchParams().get('next'));
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600 dark:text-slate-400">
        Welcome back. Your uploads and anomalies are waiting.
      </p>
      <AuthForm
        submitLabel="Sign in"
        busyLabel="Signing in…"
        onSubmit={async (form) => {
          await signIn({ email: formText(form, 'email'), password: formText(form, 'password') });
          router.replace(next);
        }}
      >
        <Field label="E-mail">
          <TextInput name="email" type="email" autoComplete="email" required autoFocus />
        </Field>
        <Field label="Password">
          <TextInput name="password" type="password" autoComplete="current-password" required />
        </Field>
      </AuthForm>
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        New to LogAi?{' '}
        <Link href="/sign-up" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          Create an account
        </Link>
      </p>
    </>
  );
}
