// Every call the browser makes to the API, typed with the contracts and parsed with their schemas.
import {
  AnomalyPage,
  Anomaly,
  ApiKeyList,
  AuditLogPage,
  CreatedApiKey,
  CreatedInvitation,
  Dashboard,
  EventContext,
  EventPage,
  Histogram,
  InvitationList,
  Me,
  Member,
  MemberList,
  Organization,
  PatternPage,
  Session,
  Summary,
  Upload,
  UploadComparison,
  UploadPage,
  type AnomalyStatus,
  type Level,
  type Role,
  type Severity,
  type UploadStatus,
} from '@logai/contracts';
import { apiRequest, apiSend, type QueryValue } from './http';

const V1 = '/api/v1';

// Accounts and sessions ------------------------------------------------------------------------------
export const signIn = (input: { email: string; password: string; organizationId?: string }) =>
  apiRequest(Session, `${V1}/auth/sign-in`, {
    method: 'POST',
    body: { ...input, session: 'cookie' },
    isAuthCall: true,
  });
export const signUp = (input: {
  email: string;
  password: string;
  fullName: string;
  organizationName: string;
}) =>
  apiRequest(Session, `${V1}/auth/sign-up`, {
    method: 'POST',
    body: { ...input, session: 'cookie' },
    isAuthCall: true,
  });
export const acceptInvitation = (input: { token: string; password: string; fullName?: string }) =>
  apiRequest(Session, `${V1}/invitations/accept`, {
    method: 'POST',
    body: { ...input, session: 'cookie' },
    isAuthCall: true,
  });
export const signOut = () => apiSend(`${V1}/auth/sign-out`, { method: 'POST', body: {}, isAuthCall: true });
export const getMe = () => apiRequest(Me, `${V1}/auth/me`);

// Organisation ---------------------------------------------------------------------------------------
export const getOrganization = () => apiRequest(Organization, `${V1}/organization`);
export const renameOrganization = (name: string) =>
  apiRequest(Organization, `${V1}/organization`, { method: 'PATCH', body: { name } });
export const deleteOrganization = () => apiSend(`${V1}/organization`, { method: 'DELETE' });
export const listMembers = () => apiRequest(MemberList, `${V1}/organization/members`);
export const changeMemberRole = (userId: string, role: Role) =>
  apiRequest(Member, `${V1}/organization/members/${userId}`, { method: 'PATCH', body: { role } });
export const removeMember = (userId: string) =>
  apiSend(`${V1}/organization/members/${userId}`, { method: 'DELETE' });
export const listInvitations = () => apiRequest(InvitationList, `${V1}/organization/invitations`);
export const createInvitation = (email: string, role: Role) =>
  apiRequest(CreatedInvitation, `${V1}/organization/invitations`, { method: 'POST', body: { email, role } });
export const revokeInvitation = (id: string) =>
  apiSend(`${V1}/organization/invitations/${id}`, { method: 'DELETE' });
export const listApiKeys = () => apiRequest(ApiKeyList, `${V1}/organization/api-keys`);
export const createApiKey = (name: string, role: 'member' | 'viewer') =>
  apiRequest(CreatedApiKey, `${V1}/organization/api-keys`, { method: 'POST', body: { name, role } });
export const revokeApiKey = (id: string) =>
  apiSend(`${V1}/organization/api-keys/${id}`, { method: 'DELETE' });
export const listAuditLogs = (cursor?: string) =>
  apiRequest(AuditLogPage, `${V1}/organization/audit-logs`, { query: { limit: 50, cursor } });

// Uploads and analysis -------------------------------------------------------------------------------
export const getDashboard = () => apiRequest(Dashboard, `${V1}/dashboard`);
export const listUploads = (query: { status?: UploadStatus; cursor?: string; limit?: number } = {}) =>
  apiRequest(UploadPage, `${V1}/uploads`, { query });
export const getUpload = (id: string) => apiRequest(Upload, `${V1}/uploads/${id}`);
export const deleteUpload = (id: string) => apiSend(`${V1}/uploads/${id}`, { method: 'DELETE' });
export const getSummary = (id: string) => apiRequest(Summary, `${V1}/uploads/${id}/summary`);
export const compareUploads = (id: string, otherId: string) =>
  apiRequest(UploadComparison, `${V1}/uploads/${id}/compare/${otherId}`);

export interface AnomalyFilter {
  uploadId?: string;
  severity?: Severity[];
  status?: AnomalyStatus[];
  type?: string[];
  cursor?: string;
}
export const listAnomalies = (filter: AnomalyFilter) =>
  apiRequest(AnomalyPage, `${V1}/anomalies`, { query: { ...filter, limit: 50 } });
export const changeAnomalyStatus = (id: string, status: AnomalyStatus, note?: string) =>
  apiRequest(Anomaly, `${V1}/anomalies/${id}`, {
    method: 'PATCH',
    body: { status, note: note || undefined },
  });

export const listPatterns = (id: string, query: { level?: Level[]; q?: string; cursor?: string }) =>
  apiRequest(PatternPage, `${V1}/uploads/${id}/patterns`, { query: { ...query, limit: 50 } });

export interface EventFilter {
  from?: string;
  to?: string;
  level?: Level[];
  pattern?: string;
  file?: string;
  q?: string;
}
const filterQuery = (filter: EventFilter): Record<string, QueryValue> => ({ ...filter });
export const listEvents = (id: string, filter: EventFilter, cursor?: string, signal?: AbortSignal) =>
  apiRequest(EventPage, `${V1}/uploads/${id}/events`, {
    query: { ...filterQuery(filter), cursor, limit: 200 },
    signal,
  });
export const getEventContext = (id: string, eventId: string) =>
  apiRequest(EventContext, `${V1}/uploads/${id}/events/${eventId}/context`, {
    query: { before: 10, after: 10 },
  });
export const getHistogram = (id: string, filter: EventFilter, buckets = 120, signal?: AbortSignal) =>
  apiRequest(Histogram, `${V1}/uploads/${id}/histogram`, {
    query: { ...filterQuery(filter), buckets },
    signal,
  });
