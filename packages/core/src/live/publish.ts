import type { StreamEvent } from '@logai/contracts';
import type { Deps } from '../context';

/** The pub/sub channel of one organisation's live feed (GET /api/v1/stream). */
export function organizationChannel(organizationId: string): string {
  return `org.${organizationId}`;
}

let sequence = 0;

/**
 * Publishes a live event. Its id (time + process-local sequence) orders events and lets a reconnecting
 * browser resume with Last-Event-ID. Live delivery is best effort: a failure is logged, never thrown.
 */
export async function publishEvent(deps: Deps, organizationId: string, event: StreamEvent): Promise<void> {
  sequence = (sequence + 1) % 1_000_000;
  const id = `${Date.now()}-${String(sequence).padStart(6, '0')}-${process.pid}`;
  try {
    await deps.pubsub.publish(organizationChannel(organizationId), { id, ...event });
  } catch (error) {
    deps.logger.warn({ err: error, type: event.type }, 'could not publish a live event');
  }
}
