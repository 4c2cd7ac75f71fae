import type { ImportRowError } from '@inohub/contracts/talent/imports';
import { ApiError } from '../../../lib/api.ts';

/**
 * The rows' errors of a refused import, as the server sends them in its 422 problem: `errors` are the first
 * 200 row errors and `errorCount` counts them all (docs/domain/talent.md, "Imports"). Null for any other failure.
 */
export function rowErrorsOf(error: unknown): { errors: ImportRowError[]; count: number } | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const errors = (error.errors as unknown as ImportRowError[]).filter(
    (e) => typeof e.row === 'number' && typeof e.column === 'string',
  );
  const count = typeof error.extra.errorCount === 'number' ? error.extra.errorCount : errors.length;
  if (count === 0) return null;
  return { errors, count: Math.max(count, errors.length) };
}
