'use client';
import { StreamEvent } from '@logai/contracts';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { refreshSession } from '../lib/http';

type Listener = (event: StreamEvent) => void;
type LiveState = 'connecting' | 'live' | 'offline';

interface LiveValue {
  state: LiveState;
  subscribe: (listener: Listener) => () => void;
}

const LiveContext = createContext<LiveValue | null>(null);

/** One server-sent-events connection per tab, shared by every view that shows live data. */
export function LiveStreamProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let stopped = false;
    let lastEventId = '';

    const dispatch = (event: StreamEvent) => {
      for (const listener of listeners.current) listener(event);
    };

    const connect = () => {
      if (stopped) return;
      setState('connecting');
      // A new EventSource does not send Last-Event-ID by itself: pass it so missed events are replayed.
      source = new EventSource(
        lastEventId ? `/api/v1/stream?lastEventId=${encodeURIComponent(lastEventId)}` : '/api/v1/stream',
      );
      source.onopen = () => {
        attempts = 0;
        setState('live');
      };
      for (const type of ['upload.updated', 'anomaly.created'] as const) {
        source.addEventListener(type, (message) => {
          try {
            if (message.lastEventId) lastEventId = message.lastEventId;
            const parsed = StreamEvent.safeParse({ type, data: JSON.parse(message.data) });
            if (parsed.success) dispatch(parsed.data);
          } catch {
            // A malformed message is dropped; the next one carries the current state anyway.
          }
        });
      }
      source.onerror = () => {
        // The browser retries on its own after a dropped connection; a refused one (401 when the access
        // token expired) closes the source: refresh the session and reconnect with a growing delay.
        if (source?.readyState !== EventSource.CLOSED) {
          setState('connecting');
          return;
        }
        setState('offline');
        attempts += 1;
        const delay = Math.min(30_000, 1000 * 2 ** Math.min(attempts, 5));
        retryTimer = setTimeout(() => {
          void refreshSession().finally(connect);
        }, delay);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, []);

  const value = useRef<LiveValue>({
    state,
    subscribe: (listener) => {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  });
  value.current = { ...value.current, state };

  return <LiveContext.Provider value={value.current}>{children}</LiveContext.Provider>;
}

export function useLiveState(): LiveState {
  return useContext(LiveContext)?.state ?? 'offline';
}

/** Calls `listener` for every live event while the component is mounted. */
export function useLiveEvents(listener: Listener): void {
  const context = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => context?.subscribe((event) => latest.current(event)), [context]);
}

/**
 * Calls `poll` every few seconds while `active` (an analysis in progress): every 5 s without the live
 * stream, every 10 s with it — its delivery is at-most-once (see the PubSub port), and a lost update
 * must not leave a view stuck on a stage that has long passed.
 */
export function useFollowUp(active: boolean, poll: () => void): void {
  const state = useLiveState();
  const latest = useRef(poll);
  latest.current = poll;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => latest.current(), state === 'live' ? 10_000 : 5_000);
    return () => clearInterval(timer);
  }, [active, state]);
}
