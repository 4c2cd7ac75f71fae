import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type UrlFilterPatch<K extends string> = Partial<Record<K | 'page', string | number>>;

/** What `useUrlFilters` returns; `ListPage` takes it whole as its `filters` state. */
export interface UrlFilters<K extends string> {
  /** Every key, '' when absent from the URL. */
  values: Record<K, string>;
  /** 1-based. */
  page: number;
  /** Whether any filter is set (the page number does not count). */
  filtered: boolean;
  /** Sets some keys; changing a filter goes back to page 1, '' removes a key. */
  update: (patch: UrlFilterPatch<K>) => void;
  /** Clears every filter and the page, keeping other parameters of the URL. */
  reset: () => void;
}

/**
 * List filters kept in the URL so that a view can be shared. Changing a filter goes back to page 1;
 * empty values are dropped.
 *
 *   const filters = useUrlFilters(['q', 'kind'] as const);
 *   const list = useOrganizations(filters.values, filters.page);
 */
export function useUrlFilters<K extends string>(keys: readonly K[]): UrlFilters<K> {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filtered = keys.some((k) => values[k] !== '');

  const update = useCallback(
    (patch: UrlFilterPatch<K>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === '' || v === undefined || v === null) next.delete(k);
            else next.set(k, String(v));
          }
          if (!('page' in patch)) next.delete('page');
          if (next.get('page') === '1') next.delete('page');
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );

  const keyList = keys.join('|');
  const reset = useCallback(() => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const k of [...keyList.split('|'), 'page']) next.delete(k);
      return next;
    });
  }, [keyList, setParams]);

  return { values, page, filtered, update, reset };
}
