import { useCallback, useEffect, useRef, useState } from 'react';

/** Where the draft stands: nothing typed yet, a save under way, saved at a time, or the last save failed. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown };

export interface Autosave<V> {
  /** The form's values; `null` until `start` gives the first ones. */
  values: V | null;
  state: SaveState;
  /** The values the form opens with (once: later calls are ignored, so a refetch does not overwrite typing). */
  start: (initial: V) => void;
  /** Merges a change into the values; the save follows `delay` ms after the last change. */
  change: (patch: Partial<V>) => void;
  /** Saves now if anything changed since the last save; resolves to false when the save failed. */
  flush: () => Promise<boolean>;
  /** Saves the current values again after a failure. */
  retry: () => Promise<boolean>;
}

/**
 * A form that saves itself as the person types ("Черновик сохранён 14:02"): `save` runs a moment after the last
 * change, and at once on `flush` (before moving to another step, checking or submitting). The endpoint behind
 * `save` should be idempotent: a save may repeat one that already reached the server.
 */
export function useAutosave<V extends object>(
  save: (values: V) => Promise<unknown>,
  { delay = 900 }: { delay?: number } = {},
): Autosave<V> {
  const [values, setValues] = useState<V | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<V | null>(null);
  const dirty = useRef(false);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const start = useCallback((initial: V) => {
    if (latest.current) return;
    latest.current = initial;
    setValues(initial);
  }, []);

  const flush = useCallback(async () => {
    if (!dirty.current || !latest.current) return true;
    dirty.current = false;
    setState({ kind: 'pending' });
    try {
      await saveRef.current(latest.current);
      setState({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      setState({ kind: 'error', error });
      return false;
    }
  }, []);

  // Save a moment after the last change.
  useEffect(() => {
    if (!values || !dirty.current) return;
    const timer = setTimeout(() => void flush(), delay);
    return () => clearTimeout(timer);
  }, [values, flush, delay]);

  const change = useCallback((patch: Partial<V>) => {
    setValues((v) => {
      const next = v ? { ...v, ...patch } : v;
      latest.current = next;
      return next;
    });
    dirty.current = true;
  }, []);

  const retry = useCallback(() => {
    dirty.current = true;
    return flush();
  }, [flush]);

  return { values, state, start, change, flush, retry };
}
