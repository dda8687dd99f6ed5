export { createInvitation } from './create-invitation';
export { listInvitations } from './list-invitations';
export { revokeInvitation } from './revoke-invitation';
export { acceptInvitation } from './accept-invitation';
