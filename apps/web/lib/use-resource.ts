'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './http';

export interface Resource<T> {
  data: T | null;
  error: string | null;
  isLoading: boolean;
  reload: () => Promise<void>;
  setData: (update: (current: T | null) => T | null) => void;
}

/** Loads data for a view; keeps the last data while reloading so live refreshes never blank the page. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Resource<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(true);
  const loader = useRef(load);
  loader.current = load;
  const controller = useRef<AbortController | null>(null);

  const reload = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setLoading(true);
    try {
      const value = await loader.current(current.signal);
      if (current.signal.aborted) return;
      setDataState(value);
      setError(null);
    } catch (caught) {
      if (current.signal.aborted) return;
      setError(errorMessage(caught));
    } finally {
      if (!current.signal.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    return () => controller.current?.abort();
  }, [key, reload]);

  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error, isLoading, reload, setData };
}
