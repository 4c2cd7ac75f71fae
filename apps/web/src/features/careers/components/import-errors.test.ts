import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.ts';
import { rowErrorsOf } from './import-errors.ts';

const rowError = (row: number, column: string) => ({ row, column, code: 'required', message: 'Заполните' });

describe('rowErrorsOf', () => {
  it('reads the row errors and their full count from a 422 import problem', () => {
    const error = new ApiError(422, {
      code: 'talent.import_invalid',
      errors: [rowError(1, 'email'), rowError(3, 'status')] as never,
      errorCount: 250,
    });
    expect(rowErrorsOf(error)).toEqual({ errors: [rowError(1, 'email'), rowError(3, 'status')], count: 250 });
  });

  it('counts the listed errors when the problem does not say how many there are', () => {
    const error = new ApiError(422, { errors: [rowError(2, 'full_name')] as never });
    expect(rowErrorsOf(error)?.count).toBe(1);
  });

  it('leaves other failures to the generic message', () => {
    expect(rowErrorsOf(new ApiError(403, { code: 'talent.not_career_office' }))).toBeNull();
    expect(
      rowErrorsOf(new ApiError(400, { errors: [{ field: 'query.kind', message: 'Invalid' }] })),
    ).toBeNull();
    // A 422 with field errors of the request (not of rows) is not a refused file.
    expect(
      rowErrorsOf(new ApiError(422, { errors: [{ field: 'file', message: 'is required' }] })),
    ).toBeNull();
    expect(rowErrorsOf(new Error('boom'))).toBeNull();
  });
});
