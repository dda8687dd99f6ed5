'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { AuthForm, formText } from '../../../components/auth-form';
import { Field, TextInput } from '../../../components/ui/field';
import { signUp } from '../../../lib/api-client';

export default function SignUpPage() {
  const router = useRouter();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600 dark:text-slate-400">
        You become the owner of a new organisation; invite your team from Settings.
      </p>
      <AuthForm
        submitLabel="Create account"
        busyLabel="Creating your account…"
        onSubmit={async (form) => {
          await signUp({
            fullName: formText(form, 'fullName'),
            email: formText(form, 'email'),
            password: formText(form, 'password'),
            organizationName: formText(form, 'organizationName'),
          });
          router.replace('/dashboard');
        }}
      >
        <Field label="Your name">
          <TextInput name="fullName" autoComplete="name" required autoFocus />
        </Field>
        <Field label="Work e-mail">
          <TextInput name="email" type="email" autoComplete="email" required />
        </Field>
        <Field label="Password" hint="At least 10 characters.">
          <TextInput name="password" type="password" autoComplete="new-password" minLength={10} required />
        </Field>
        <Field label="Organisation name" hint="Your team or company; you can rename it later.">
          <TextInput name="organizationName" autoComplete="organization" required />
        </Field>
      </AuthForm>
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{' '}
        <Link href="/sign-in" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          Sign in
        </Link>
      </p>
    </>
  );
}
