import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AcceptInvitationForm } from './accept-invitation-form';

export const metadata: Metadata = { title: 'Join your team' };

export default function AcceptInvitationPage() {
  return (
    <Suspense>
      <AcceptInvitationForm />
    </Suspense>
  );
}
