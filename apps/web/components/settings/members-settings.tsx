'use client';
import { ROLE_VALUES, Role, type Member } from '@logai/contracts';
import { UserMinus } from 'lucide-react';
import { useState } from 'react';
import { changeMemberRole, listMembers, removeMember } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/http';
import { isAtMost } from '../../lib/permissions';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../session-provider';
import { Card } from '../ui/card';
import { ConfirmButton } from '../ui/confirm-button';
import { Select } from '../ui/field';
import { ErrorNote, Skeleton } from '../ui/states';

export function MembersSettings() {
  const { me, can } = useSession();
  const members = useResource(() => listMembers(), 'members');
  const [error, setError] = useState<string | null>(null);
  const mayManage = can('members.manage');

  const replace = (updated: Member) =>
    members.setData((current) =>
      current
        ? { items: current.items.map((item) => (item.userId === updated.userId ? updated : item)) }
        : current,
    );

  return (
    <Card id="members" title="Members">
      {members.error ? <ErrorNote onRetry={() => void members.reload()}>{members.error}</ErrorNote> : null}
      {error ? (
        <div className="mb-3">
          <ErrorNote>{error}</ErrorNote>
        </div>
      ) : null}
      {!members.data ? (
        <Skeleton className="h-24 w-full" />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:mx-0">
          <table className="w-full min-w-[36rem] text-left text-sm" aria-label="Members">
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-2 sm:px-2">
                  Person
                </th>
                <th scope="col" className="px-2 py-2">
                  Role
                </th>
                <th scope="col" className="px-2 py-2">
                  Joined
                </th>
                <th scope="col" className="px-2 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {members.data.items.map((member) => {
                const isSelf = member.userId === me.user.id;
                // Nobody grants or touches a role above their own; the API enforces it as well.
                const mayEdit = mayManage && isAtMost(member.role, me.role);
                return (
                  <tr key={member.userId}>
                    <td className="px-4 py-2 sm:px-2">
                      <div className="font-medium">
                        {member.fullName}
                        {isSelf ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}
                      </div>
                      <div className="text-xs text-slate-500 dark:text-slate-400">{member.email}</div>
                    </td>
                    <td className="px-2 py-2">
                      {mayEdit ? (
                        <Select
                          aria-label={`Role of ${member.fullName}`}
                          className="w-32"
                          value={member.role}
                          onChange={async (event) => {
                            setError(null);
                            try {
                              replace(await changeMemberRole(member.userId, Role.parse(event.target.value)));
                            } catch (caught) {
                              setError(errorMessage(caught));
                            }
                          }}
                        >
                          {ROLE_VALUES.filter((role) => isAtMost(role, me.role)).map((role) => (
                            <option key={role} value={role}>
                              {role}
                            </option>
                          ))}
                        </Select>
                      ) : (
                        <span className="capitalize">{member.role}</span>
                      )}
                    </td>
                    <td className="px-2 py-2 text-slate-600 dark:text-slate-400">
                      {formatDateTime(member.joinedAt)}
                    </td>
                    <td className="px-2 py-2 text-right">
                      {mayEdit ? (
                        <ConfirmButton
                          label={isSelf ? 'Leave' : 'Remove'}
                          ariaLabel={`Remove ${member.fullName}`}
                          icon={<UserMinus aria-hidden className="h-3.5 w-3.5" />}
                          title={`Remove ${member.fullName}?`}
                          confirmLabel="Remove"
                          onConfirm={async () => {
                            await removeMember(member.userId);
                            members.setData((current) =>
                              current
                                ? { items: current.items.filter((item) => item.userId !== member.userId) }
                                : current,
                            );
                          }}
                        >
                          They lose access to this organisation at once; their uploads stay.
                        </ConfirmButton>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
