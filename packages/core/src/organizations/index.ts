export { getOrganization } from './get-organization';
export { renameOrganization } from './rename-organization';
export { deleteOrganization } from './delete-organization';
export { listMembers } from './list-members';
export { changeMemberRole } from './change-member-role';
export { removeMember } from './remove-member';
