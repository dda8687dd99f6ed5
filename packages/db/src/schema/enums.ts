// Closed sets of values, enforced by check constraints and shared with the domain.
export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const UPLOAD_STATUSES = ['pending', 'queued', 'processing', 'completed', 'failed'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ANOMALY_STATUSES = ['open', 'acknowledged', 'resolved', 'muted'] as const;
export type AnomalyStatus = (typeof ANOMALY_STATUSES)[number];

export const ANOMALY_TYPES = [
  'error_spike',
  'volume_spike',
  'volume_drop',
  'pattern_spike',
  'new_pattern',
  'rare_event',
  'latency_degradation',
] as const;
export type AnomalyType = (typeof ANOMALY_TYPES)[number];

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const ALERT_CHANNELS = ['webhook', 'slack', 'pagerduty', 'email', 'sns'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'retrying'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
