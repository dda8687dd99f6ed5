import type { App } from '../app';
import { createApiKey } from './api-keys/create-api-key';
import { listApiKeys } from './api-keys/list-api-keys';
import { revokeApiKey } from './api-keys/revoke-api-key';
import { me } from './auth/me';
import { refresh } from './auth/refresh';
import { signIn } from './auth/sign-in';
import { signOut } from './auth/sign-out';
import { signUp } from './auth/sign-up';
import { healthz } from './health/healthz';
import { readyz } from './health/readyz';
import { acceptInvitation } from './invitations/accept-invitation';
import { createInvitation } from './invitations/create-invitation';
import { listInvitations } from './invitations/list-invitations';
import { revokeInvitation } from './invitations/revoke-invitation';
import { changeMemberRole } from './organization/change-member-role';
import { deleteOrganization } from './organization/delete-organization';
import { getOrganization } from './organization/get-organization';
import { listAuditLogs } from './organization/list-audit-logs';
import { listMembers } from './organization/list-members';
import { removeMember } from './organization/remove-member';
import { renameOrganization } from './organization/rename-organization';
import { changeAnomalyStatus } from './anomalies/change-anomaly-status';
import { getAnomaly } from './anomalies/get-anomaly';
import { listAnomalies } from './anomalies/list-anomalies';
import { getDashboard } from './dashboard/get-dashboard';
import { stream } from './stream/stream';
import { compareUploads } from './uploads/compare-uploads';
import { completeDirectUpload } from './uploads/complete-direct-upload';
import { createDirectUpload } from './uploads/create-direct-upload';
import { createUpload } from './uploads/create-upload';
import { deleteUpload } from './uploads/delete-upload';
import { getEventContext } from './uploads/get-event-context';
import { getHistogram } from './uploads/get-histogram';
import { getSummary } from './uploads/get-summary';
import { getUpload } from './uploads/get-upload';
import { listPatterns } from './uploads/list-patterns';
import { listUploads } from './uploads/list-uploads';
import { searchEvents } from './uploads/search-events';
import { createPing } from './system/create-ping';
import { getPing } from './system/get-ping';

const ROUTES = [
  healthz,
  readyz,
  createPing,
  getPing,
  signUp,
  signIn,
  refresh,
  signOut,
  me,
  acceptInvitation,
  getOrganization,
  renameOrganization,
  deleteOrganization,
  listMembers,
  changeMemberRole,
  removeMember,
  listAuditLogs,
  createInvitation,
  listInvitations,
  revokeInvitation,
  createApiKey,
  listApiKeys,
  revokeApiKey,
  listUploads,
  createDirectUpload,
  completeDirectUpload,
  getUpload,
  deleteUpload,
  getSummary,
  listPatterns,
  searchEvents,
  getEventContext,
  getHistogram,
  compareUploads,
  listAnomalies,
  getAnomaly,
  changeAnomalyStatus,
  getDashboard,
  stream,
];

export async function registerRoutes(app: App): Promise<void> {
  for (const route of ROUTES) route(app);
  await createUpload(app);
}
