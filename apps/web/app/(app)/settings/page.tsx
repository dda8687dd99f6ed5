'use client';
import { ApiKeysSettings } from '../../../components/settings/api-keys-settings';
import { AuditLogSettings } from '../../../components/settings/audit-log-settings';
import { InvitationsSettings } from '../../../components/settings/invitations-settings';
import { MembersSettings } from '../../../components/settings/members-settings';
import { OrganizationSettings } from '../../../components/settings/organization-settings';
import { useSession } from '../../../components/session-provider';
import { PageHeader } from '../../../components/ui/card';

const SECTIONS = [
  { id: 'organization', label: 'Organisation' },
  { id: 'members', label: 'Members' },
  { id: 'invitations', label: 'Invitations', permission: 'invitations.manage' },
  { id: 'api-keys', label: 'API keys', permission: 'api_keys.manage' },
  { id: 'audit-log', label: 'Audit log', permission: 'audit.read' },
] as const;

export default function SettingsPage() {
  const { can } = useSession();
  const visible = SECTIONS.filter((section) => !('permission' in section) || can(section.permission));
  return (
    <>
      <PageHeader title="Settings" description="Your organisation, its people and its machine access." />
      <nav aria-label="Settings sections" className="mb-6 flex flex-wrap gap-2">
        {visible.map((section) => (
          <a
            key={section.id}
            href={`#${section.id}`}
            className="rounded-full border border-slate-200 bg-white px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800"
          >
            {section.label}
          </a>
        ))}
      </nav>
      <div className="space-y-6">
        <OrganizationSettings />
        <MembersSettings />
        {can('invitations.manage') ? <InvitationsSettings /> : null}
        {can('api_keys.manage') ? <ApiKeysSettings /> : null}
        {can('audit.read') ? <AuditLogSettings /> : null}
      </div>
    </>
  );
}
